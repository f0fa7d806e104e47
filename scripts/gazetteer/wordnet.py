"""A small reader for the WordNet 3.0 database files (Debian's wordnet-base).

Only what the gazetteer build needs: the lemmas of every synset with their letter case, the
sense-tagged frequencies of cntlist.rev, hypernym/instance links, and a minimal morphy.
"""

import os
import re
from collections import defaultdict

POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
SS_TYPE_NUM = {"n": 1, "v": 2, "a": 3, "s": 5, "r": 4}

# Detachment rules of WordNet's morphy (morph.c), by part of speech.
DETACH = {
    "n": [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
          ("men", "man"), ("ies", "y")],
    "v": [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
          ("ing", "e"), ("ing", "")],
    "a": [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
    "r": [],
}


class Synset:
    __slots__ = ("offset", "pos", "lexfile", "words", "hypernyms", "instance_of", "gloss")

    def __init__(self, offset, pos, lexfile, words, hypernyms, instance_of, gloss):
        self.offset = offset
        self.pos = pos
        self.lexfile = lexfile
        self.words = words          # [(lemma as written, lex_id)]
        self.hypernyms = hypernyms  # [(pos, offset)]
        self.instance_of = instance_of
        self.gloss = gloss

    def lemmas(self):
        return [w for w, _ in self.words]


class WordNet:
    def __init__(self, dictdir):
        self.synsets = {}                       # (pos, offset) -> Synset
        self.by_lemma = defaultdict(list)       # lower-case lemma -> [(pos, offset)]
        self.hyponyms = defaultdict(list)       # (pos, offset) -> [(pos, offset)]
        self.instances = defaultdict(list)      # (pos, offset) -> instance synsets
        self.exceptions = {p: {} for p in POS_FILES}
        self.sense_counts = {}                  # sense key prefix -> tagged count
        self.senses = {}                        # (lemma, pos) -> synset offsets, most frequent first
        for pos, name in POS_FILES.items():
            self._read_data(os.path.join(dictdir, "data." + name), pos)
            with open(os.path.join(dictdir, "index." + name), encoding="latin-1") as f:
                for line in f:
                    if line.startswith("  "):
                        continue
                    fields = line.split()
                    lemma, synset_cnt, p_cnt = fields[0], int(fields[2]), int(fields[3])
                    offsets = fields[6 + p_cnt: 6 + p_cnt + synset_cnt]
                    self.senses[(lemma.replace("_", " "), pos)] = [int(o) for o in offsets]
            with open(os.path.join(dictdir, name + ".exc"), encoding="latin-1") as f:
                for line in f:
                    parts = line.split()
                    if len(parts) >= 2:
                        self.exceptions[pos].setdefault(parts[0], parts[1:])
        with open(os.path.join(dictdir, "cntlist.rev"), encoding="latin-1") as f:
            for line in f:
                key, _num, count = line.split()
                lemma, rest = key.split("%", 1)
                ss, lexfile, lexid = rest.split(":")[:3]
                self.sense_counts[(lemma, int(ss), int(lexfile), int(lexid))] = int(count)

    def _read_data(self, path, pos):
        with open(path, encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                head, _, gloss = line.partition(" | ")
                fields = head.split()
                offset, lexfile, ss_type = int(fields[0]), int(fields[1]), fields[2]
                n = int(fields[3], 16)
                words = []
                for i in range(n):
                    w = fields[4 + 2 * i]
                    w = re.sub(r"\((a|p|ip)\)$", "", w)
                    words.append((w.replace("_", " "), int(fields[5 + 2 * i], 16)))
                k = 4 + 2 * n
                p_cnt = int(fields[k])
                hyper, inst = [], []
                for j in range(p_cnt):
                    sym, off, ppos = fields[k + 1 + 4 * j: k + 4 + 4 * j]
                    ppos = "a" if ppos == "s" else ppos
                    if sym == "@":
                        hyper.append((ppos, int(off)))
                    elif sym == "@i":
                        inst.append((ppos, int(off)))
                key = (pos, offset)
                syn = Synset(offset, ss_type, lexfile, words, hyper, inst, gloss.strip())
                self.synsets[key] = syn
                for w, _ in words:
                    self.by_lemma[w.lower()].append(key)
                for h in hyper:
                    self.hyponyms[h].append(key)
                for h in inst:
                    self.instances[h].append(key)

    def lookup(self, word, pos=None):
        """Synsets having `word` (any case) as a lemma."""
        keys = self.by_lemma.get(word.lower(), [])
        return [self.synsets[k] for k in keys if pos is None or k[0] == pos]

    def first_sense(self, lemma, pos="n"):
        """The most frequent sense of `lemma` (any case) as `pos`, or None."""
        offsets = self.senses.get((lemma.lower(), pos))
        return (pos, offsets[0]) if offsets else None

    def sense_count(self, syn, lemma):
        for w, lexid in syn.words:
            if w == lemma:
                return self.sense_counts.get(
                    (w.lower().replace(" ", "_"), SS_TYPE_NUM[syn.pos], syn.lexfile, lexid), 0)
        return 0

    def base_forms(self, word):
        """`word` itself and its WordNet base forms (exception lists and detachment rules)."""
        w = word.lower()
        out = {(w, p) for p in POS_FILES if self._has(w, p)}
        for p in POS_FILES:
            for base in self.exceptions[p].get(w, []):
                if self._has(base, p):
                    out.add((base, p))
            for suffix, repl in DETACH[p]:
                if w.endswith(suffix) and len(w) > len(suffix) + 1:
                    base = w[: len(w) - len(suffix)] + repl
                    if self._has(base, p):
                        out.add((base, p))
        return out

    def _has(self, lemma, pos):
        return any(k[0] == pos for k in self.by_lemma.get(lemma, []))

    def common_use(self, word):
        """How `word` is used as an ordinary (lower-case) word: (is it one, tagged frequency).

        A word counts as ordinary when it or one of its base forms is written in lower case as the
        lemma of some synset that is not an instance (a named thing). The frequency is the sum of
        the SemCor sense-tag counts of those lower-case senses."""
        found, count = False, 0
        for base, pos in self.base_forms(word):
            for key in self.by_lemma.get(base, []):
                if key[0] != pos:
                    continue
                syn = self.synsets[key]
                if syn.instance_of:
                    continue
                for w, _ in syn.words:
                    if w == base:
                        found = True
                        count += self.sense_count(syn, w)
        return found, count

    def hyponym_closure(self, key, instances=False):
        seen, stack = set(), [key]
        while stack:
            k = stack.pop()
            for h in self.hyponyms.get(k, []) + (self.instances.get(k, []) if instances else []):
                if h not in seen:
                    seen.add(h)
                    stack.append(h)
        return seen
