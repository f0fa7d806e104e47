"""Which entity each surface already belongs to, in file priority order.

The annotator lets the earliest file win when one surface has several readings, so a generated
file gains nothing by repeating a surface an earlier file already gave to another entity; it
would only grow the data. The registry answers "may this file still use this surface?".
"""

from collections import defaultdict

from common import fold


class Registry:
    def __init__(self):
        self.exact = {}            # folded surface -> (label, canonical)
        self.lower = {}            # lower-cased folded surface of `i` entries -> (label, canonical)
        self.entities = {}         # (label, canonical) -> file that introduced it
        self.surfaces = defaultdict(set)   # (label, canonical) -> folded surfaces
        # Lower-cased surfaces a later hand-written file gives to titles and keywords: no
        # generated place or name may take them before that file is read.
        self.reserved_lower = set()
        self.ids = {}              # (label, canonical) -> ID given by a hand-written file

    def owner(self, surface, insensitive=False):
        f = fold(surface)
        hit = self.exact.get(f) or self.lower.get(f.lower())
        if hit is None and insensitive:
            low = f.lower()
            for key in (low, low.capitalize(), low.title(), low.upper()):
                hit = self.exact.get(key)
                if hit:
                    break
        return hit

    def free(self, label, canonical, surface, insensitive=False):
        """The surface is unused, or already used by this very entity."""
        hit = self.owner(surface, insensitive)
        if hit is None:
            return fold(surface, True) not in self.reserved_lower
        return hit == (label, canonical)

    def claim(self, label, canonical, surface, insensitive=False):
        key = (label, canonical)
        f = fold(surface)
        self.exact.setdefault(f, key)
        if insensitive:
            self.lower.setdefault(f.lower(), key)
        self.surfaces[key].add(f)

    def has_entity(self, label, canonical):
        return (label, canonical) in self.entities

    def add_entity(self, label, canonical, source):
        self.entities.setdefault((label, canonical), source)


def emit(registry, source, label, canonical, aliases=(), flags="", ident="", link="",
         merge_with=()):
    """Claims the surfaces of one entity for `source` and returns its TSV fields, or None when
    its canonical name already belongs to another entity. An entity of the same label and
    canonical name from an earlier line merges with this one only when that line came from
    `merge_with` (a country of the hand-written places file, say) or when a hand-written line
    gave it this very ID (a city by its GeoNames id, a US state by its ISO code); otherwise this
    one is a different thing of the same name ("Valencia" in Venezuela) and is left out. Aliases
    taken elsewhere, or already given by an earlier line of the same entity, are left out."""
    from common import tsv_line
    insensitive = "i" in flags
    if not registry.free(label, canonical, canonical, insensitive):
        return None
    earlier = registry.entities.get((label, canonical))
    same_id = bool(ident) and registry.ids.get((label, canonical)) == ident
    if earlier is not None and earlier not in merge_with and not same_id:
        return None
    done = set(registry.surfaces[(label, canonical)])
    kept = []
    seen = {fold(canonical)}
    for a in aliases:
        f = fold(a)
        if f in seen or f in done or not registry.free(label, canonical, a, insensitive):
            continue
        seen.add(f)
        kept.append(a)
    new_entity = not registry.has_entity(label, canonical)
    if not new_entity and not kept and not (ident or link):
        return None
    registry.add_entity(label, canonical, source)
    for s in [canonical, *kept]:
        registry.claim(label, canonical, s, insensitive)
    return tsv_line(label, canonical, kept, flags, ident, link)
