"""Shared helpers: folding like the annotator's matcher, script checks, TSV lines."""

import re
import unicodedata

LABELS = {"PLACE", "NATIONALITY", "ORG", "PERSON", "TITLE", "KEYWORD", "DATE", "MONEY", "NUMBER"}

_QUOTES = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "`": "'", "\u00b4": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
    "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
}
_HYPHENS = "-\u2010\u2011\u00ad"


def strip_accents(text):
    out = []
    for c in unicodedata.normalize("NFD", text):
        if unicodedata.category(c) == "Mn":
            continue
        out.append(c)
    return unicodedata.normalize("NFC", "".join(out))


def fold(text, lower=False):
    """The matcher's folding (src/fold.rs), near enough to compare surfaces: quotes, hyphens
    and whitespace runs, Latin accents; optionally lower-cased."""
    s = "".join(_QUOTES.get(c, c) for c in text)
    s = "".join(" " if c in _HYPHENS or c.isspace() else c for c in s)
    s = strip_accents(s)
    s = re.sub(r" +", " ", s).strip()
    # Letters the accent stripping leaves alone but the text may spell plainly.
    s = s.translate(str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d",
                                   "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe"}))
    return s.lower() if lower else s


def is_latin(text):
    """Every letter is a Latin letter (accents allowed)."""
    for c in text:
        if c.isalpha():
            try:
                name = unicodedata.name(c)
            except ValueError:
                return False
            if not name.startswith("LATIN"):
                return False
    return True


def has_word_char(text):
    return any(c.isalnum() for c in text)


# Lower-case particles that may stand inside a proper name ("Rio de Janeiro", "Stoke-on-Trent").
NAME_PARTICLES = {
    "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "adh", "ath", "ed", "es", "ul", "ud",
    "de", "del", "della", "dei", "di", "da", "do", "dos", "das", "du", "la", "le", "les", "los",
    "las", "lo", "of", "on", "upon", "the", "and", "am", "an der", "im", "in", "sur", "en", "y",
    "e", "van", "von", "der", "den", "bin", "ibn", "bint", "binti", "ben", "aan", "op", "sul",
    "sous", "lès", "ob", "bei", "ez", "et", "er", "esh", "ech", "eth", "un", "wal", "wa",
}


def looks_like_name(text):
    """Capitalised words (particles aside), no digits, not all capitals, plausible punctuation."""
    if not text or not text[0].isupper() or any(c.isdigit() for c in text):
        return False
    if re.search(r"[()\[\]{}/\\,;:!?=+*&%$#@<>|_~^\"]", text):
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 2 or all(c.isupper() for c in letters):
        return False
    for w in re.split(r"[ \-]+", text):
        if not w:
            return False
        if w[0].isupper() or w.lower() in NAME_PARTICLES:
            continue
        if w[0] in "'ʿʾ‘’`" and w[1:2].isupper():      # ‘Amarah, 'Arish
            continue
        if len(w) > 2 and w[1] in "'’" and w[2].isupper():  # d'Or
            continue
        return False
    return True


def any_case(flags, surfaces, words, given=frozenset()):
    """`flags` with `i` (any letter case) added where every surface of a place's line reads as
    that place in lower case too, as web text writes it ("i live in kerala", "flights to
    mexico"): three letters or more, not an abbreviation in capitals, not a given name, not
    opening with "The" (in any case the surface would take in the article of "the
    Netherlands"), and no ordinary English word (a name of several words: not made only of
    ordinary words, so "united states" keeps its case). Ambiguous lines (flag `a`) are never
    widened."""
    if flags != "u":
        return flags
    for s in surfaces:
        letters = s.replace(".", "")
        if len(re.sub(r"\W", "", letters)) < 3 or letters.isupper() or s in given \
                or s.split()[0] == "The":
            return flags
        if words.phrase_ordinary(letters) if " " in letters else words.ordinary(letters):
            return flags
    return "ui"


def tsv_line(label, name, aliases=(), flags="", ident="", link=""):
    assert label in LABELS, label
    for field in (name, ident, link, *aliases):
        assert "\t" not in field and "|" not in field and "\n" not in field, field
    cols = [label, name, "|".join(aliases) if aliases else "-", flags or "-", ident or "-", link or "-"]
    while len(cols) > 2 and cols[-1] == "-":
        cols.pop()
    return "\t".join(cols)


def demonym_plural(word):
    """The plural of a demonym used as a noun ("Iraqis"), or None when the English plural is the
    same word or not used ("the French", "Chinese", "Swiss")."""
    if word.endswith(("ese", "ss", "sh", "ch", "x", "z", "s", "ic")):
        return None
    if word.endswith("man") and not word.endswith(("German", "Omani", "Roman")):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"
