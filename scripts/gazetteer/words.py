"""Telling ordinary English words from names, at build time.

Two signals, because neither is enough alone:

* WordNet says whether a word (or its base form: "said" -> "say", "miles" -> "mile") is written
  in lower case as the lemma of some non-instance synset, i.e. is an ordinary word at all, and
  how often those lower-case senses were tagged in the SemCor corpus (cntlist.rev): the
  *strength* of the ordinary-word reading ("hope" 171, "mark" 75, "john" 2 for the toilet sense,
  "turkey" 2, "chad" 0).
* wordfreq's Zipf frequency of the lower-cased word in English (folding case, so it counts names
  too: "john" 5.4). It catches function words WordNet lacks ("of", "why", "may" as a modal) and
  measures how common a name is in English text at all.

The rules built on these (documented where they are used):

    ordinary(w)   = WordNet has w (or a base form) in lower case, or w is missing from WordNet
                    with Zipf >= 5.0 (a function word: "of", "with")
    strong(w)     = strength >= 20, or strength >= 5 with Zipf >= 4.8, or ordinary with
                    Zipf >= 5.5  ("will", "may", "said", "mark", "hope", "rose", "bill")
"""

import math

from wordfreq import zipf_frequency


class Words:
    def __init__(self, wordnet):
        self.wn = wordnet
        self._cache = {}

    def zipf(self, text):
        return zipf_frequency(text.lower(), "en")

    def info(self, word):
        """(ordinary, strength, zipf) for one token."""
        w = word.lower()
        hit = self._cache.get(w)
        if hit is None:
            found, strength = self.wn.common_use(w)
            z = self.zipf(w)
            in_wn = bool(self.wn.by_lemma.get(w))
            ordinary = found or (not in_wn and z >= 5.0)
            hit = (ordinary, strength, z)
            self._cache[w] = hit
        return hit

    def ordinary(self, word):
        return self.info(word)[0]

    def strength(self, word):
        return self.info(word)[1]

    def strong(self, word):
        ordinary, s, z = self.info(word)
        return s >= 20 or (s >= 5 and z >= 4.8) or (ordinary and z >= 5.5)

    def phrase_ordinary(self, text):
        """A multi-word surface made only of ordinary words ("Green Bay", "Round Rock")."""
        tokens = [t for t in text.replace("-", " ").split() if t]
        return bool(tokens) and all(self.ordinary(t.strip(".'")) for t in tokens)

    def place_word_verdict(self, name, population):
        """For a one-word place name: None (not an ordinary word), 'a' (keep, ambiguous) or
        'drop'.

        An ordinary word names a place in running text only when the place is big enough for
        the name to be common as a name: keep it, flagged `a`, when log10(population) >= the
        word's Zipf frequency ("Reading" 318k: 5.50 >= 5.14; "Nice" 343k: 5.53 >= 5.37; "Mobile"
        183k: 5.26 >= 4.85); drop it otherwise ("Police" 34k: 4.53 < 5.33) and always when the
        word is extremely common (Zipf >= 5.5: "Of", "Man", "Best", "Why"). A city of a million
        or more whose word reading is weak (not Words.strong) is not ambiguous at all."""
        ordinary, _s, z = self.info(name)
        if not ordinary:
            return None
        if z >= 5.5 or not population or math.log10(population) < z:
            return "drop"
        if population >= 1000000 and not self.strong(name):
            return None     # "Shanghai" (to shanghai), "Surat": the city is what text means
        return "a"
