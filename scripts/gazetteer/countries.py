"""Countries and territories (ISO 3166-1) and their nationalities.

Two files, because the licences differ:

* 20_countries.tsv from world-countries (ODbL 1.0): official names, English alternative
  spellings, and the English demonyms as NATIONALITY entities linked to their country.
* 22_country_codes.tsv from i18n-iso-countries (MIT): the English names and short forms
  ("UAE", "UK", "U.S.").

Both use the same canonical names (the common English name in news: "United States", "Russia",
"Iran", "Ivory Coast"), chosen by CANONICAL below and otherwise i18n-iso-countries' English name,
so that the two files' lines merge into one entity per country.
"""

import json
import os
import re

from common import any_case, demonym_plural, fold, is_latin, looks_like_name
from registry import emit

# Canonical names where the ISO/i18n English name is not the one news uses.
CANONICAL = {
    "AX": "Åland Islands", "BN": "Brunei", "BQ": "Caribbean Netherlands", "CC": "Cocos Islands",
    "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo", "CI": "Ivory Coast",
    "CN": "China", "CV": "Cape Verde", "CZ": "Czech Republic", "FK": "Falkland Islands",
    "FM": "Micronesia", "GB": "United Kingdom", "GM": "Gambia", "IR": "Iran", "KR": "South Korea",
    "LA": "Laos", "MD": "Moldova", "MF": "Saint Martin", "MK": "North Macedonia", "MO": "Macau",
    "NL": "Netherlands", "PN": "Pitcairn Islands", "PS": "Palestine", "RE": "Réunion",
    "RU": "Russia", "SH": "Saint Helena", "SX": "Sint Maarten", "SY": "Syria", "TF":
    "French Southern Territories", "TL": "East Timor", "TR": "Turkey", "TW": "Taiwan",
    "TZ": "Tanzania", "US": "United States", "VA": "Vatican City", "VG": "British Virgin Islands",
    "VI": "United States Virgin Islands", "VN": "Vietnam", "SZ": "Eswatini",
    "ST": "São Tomé and Príncipe", "CW": "Curaçao", "BL": "Saint Barthélemy",
    "GS": "South Georgia and the South Sandwich Islands", "HM": "Heard Island and McDonald Islands",
    "UM": "United States Minor Outlying Islands", "KP": "North Korea",
}

# A surface that two countries share goes to the one news means by it; the others lose it.
SHARED_SURFACE_OWNER = {"Congo": "CD"}

# Demonyms that two entries share go to the sovereign state.
DEMONYM_OWNER = {"French": "FR", "Dutch": "NL", "Congolese": "CD", "Dominican": "DO",
                 "Indian": "IN", "American": "US", "Norwegian": "NO", "Channel Islander": "GG",
                 "Virgin Islander": "VI"}

# Spellings in world-countries that are not names of the country in English text.
BAD_ALT = {"Prathet", "Mexicanos", "Portuguesa", "Timor", "Lao", "Island", "Mann", "Mannin",
           "Dominique", "Pleasant Island", "Somers Isles"}

ENGLISH_TOKENS = {"of", "the", "and", "republic", "kingdom", "state", "states", "united",
                  "federal", "democratic", "people's", "islamic", "arab", "socialist", "islands",
                  "island", "commonwealth", "principality", "union", "federation", "sultanate",
                  "emirates", "grand", "duchy", "territory", "independent", "sovereign",
                  "bailiwick", "collectivity", "department", "hashemite", "plurinational",
                  "bolivarian", "oriental", "co", "operative", "cooperative", "special",
                  "administrative", "region", "nation", "confederation", "most", "serene",
                  "hellenic", "argentine", "lebanese", "swiss", "gabonese", "togolese",
                  "italian", "french", "portuguese", "kyrgyz", "slovak", "russian", "syrian",
                  "tunisian", "yemeni", "czech", "north", "south", "east", "west", "great",
                  "britain", "northern", "ireland", "korea", "china", "congo", "america",
                  "mexican", "the", "china's", "group", "lands", "antarctic", "southern"}


def _load(paths):
    wc = os.path.join(paths["world-countries"], "package", "countries.json")
    en = os.path.join(paths["i18n-iso-countries"], "package", "langs", "en.json")
    with open(wc, encoding="utf-8") as f:
        world = json.load(f)
    with open(en, encoding="utf-8") as f:
        i18n = json.load(f)["countries"]
    return world, i18n


def _i18n_names(value):
    return value if isinstance(value, list) else [value]


def canonical_names(paths):
    """ISO alpha-2 code -> canonical English name."""
    _world, i18n = _load(paths)
    out = {}
    for code, value in i18n.items():
        names = [n for n in _i18n_names(value) if "," not in n and "(" not in n]
        out[code] = CANONICAL.get(code) or names[0]
    return out


def _englishish(text, words, english_tokens):
    """An alternative spelling that English text uses: a proper name made of English words,
    of tokens from the countries' English names, or of tokens English text often contains."""
    if not is_latin(text) or not looks_like_name(text):
        return False
    tokens = [t.lower() for t in re.split(r"[ \-]+", fold(text)) if t]
    for t in tokens:
        if t in english_tokens:
            continue
        if len(tokens) == 1 and words.zipf(t) >= 3.0:
            continue
        if words.zipf(t) >= 3.5:
            continue
        return False
    return True


def build(paths, words, registry, first_names):
    world, i18n = _load(paths)
    canon = canonical_names(paths)
    by_code = {c["cca2"]: c for c in world}
    english_tokens = set(ENGLISH_TOKENS)
    for code, value in i18n.items():
        for n in _i18n_names(value):
            english_tokens.update(t.lower() for t in re.split(r"[ \-]+", fold(n)) if t)
    for c in world:
        english_tokens.update(t.lower() for t in re.split(r"[ \-]+", fold(c["name"]["common"])) if t)

    # Demonyms: every English demonym of every entry, to its owner.
    demonyms = {}
    for code in sorted(by_code):
        eng = by_code[code].get("demonyms", {}).get("eng") or {}
        for g in ("m", "f"):
            for d in re.split(r",| or ", eng.get(g) or ""):
                d = d.strip()
                if d:
                    demonyms.setdefault(d, []).append(code)
    demonym_owner = {}
    for d, codes in demonyms.items():
        codes = sorted(set(codes))
        owner = DEMONYM_OWNER.get(d, codes[0])
        if len(codes) > 1 and d not in DEMONYM_OWNER:
            owner = next((c for c in codes if by_code[c].get("independent")), codes[0])
        demonym_owner[d] = owner
    country_surfaces = {fold(n) for n in canon.values()}

    def flags_for(name):
        # Country names are proper names; an ordinary-word reading that is strong enough
        # (words.strong) makes a one-word name ambiguous. None of today's names qualifies
        # (turkey, chad, china and jersey are all rare as words next to the country).
        if " " not in name and words.strong(name):
            return "ua"
        return "u"

    # Surfaces per country from both sources, to settle the shared ones first.
    cand_world, cand_i18n = {}, {}
    for code in sorted(canon):
        c = by_code.get(code)
        alts = []
        if c:
            alts.append(c["name"]["common"])
            alts.append(c["name"]["official"])
            alts.extend(c.get("altSpellings", []))
        keep = []
        for a in alts:
            a = a.strip()
            if a in BAD_ALT or "," in a or "(" in a or len(fold(a)) < 3 or a.isupper():
                continue
            if a in demonyms:
                continue
            if " " not in a and (a in first_names or words.ordinary(a)):
                continue
            if not _englishish(a, words, english_tokens):
                continue
            keep.append(a)
        cand_world[code] = keep
        names = []
        for n in _i18n_names(i18n[code]):
            if "," in n or "(" in n:
                continue
            names.append(n)
        cand_i18n[code] = names
    owners = {}
    for cands in (cand_i18n, cand_world):
        for code, names in cands.items():
            for n in names:
                owners.setdefault(fold(n), set()).add(code)
    shared = {s for s, cs in owners.items() if len(cs) > 1}

    def allowed(code, name):
        f = fold(name)
        if f in shared:
            return SHARED_SURFACE_OWNER.get(name) == code
        return True

    world_lines, i18n_lines = [], []
    for code in sorted(canon, key=lambda c: canon[c]):
        name = canon[code]
        aliases = [a for a in cand_world[code] if allowed(code, a)]
        line = emit(registry, "20", "PLACE", name, aliases,
                    any_case(flags_for(name), [name, *aliases], words, first_names),
                    f"iso:{code}", merge_with={"14"})
        if line:
            world_lines.append(line)
    # Nationalities (world-countries demonyms), after the country names so that a demonym
    # never takes a country's name ("Djibouti", "Gibraltar").
    for d in sorted(demonym_owner):
        code = demonym_owner[d]
        if fold(d) in country_surfaces or code not in canon:
            continue
        pl = demonym_plural(d)
        aliases = [pl] if pl else []
        line = emit(registry, "20", "NATIONALITY", d, aliases, "u", "", canon[code],
                    merge_with={"16"})
        if line:
            world_lines.append(line)
    for code in sorted(canon, key=lambda c: canon[c]):
        name = canon[code]
        aliases = [a for a in cand_i18n[code] if allowed(code, a)]
        line = emit(registry, "22", "PLACE", name, aliases,
                    any_case(flags_for(name), [name, *aliases], words, first_names),
                    f"iso:{code}", merge_with={"14", "20"})
        if line:
            i18n_lines.append(line)
    return world_lines, i18n_lines, canon, set(demonym_owner)
