"""Which element of one map is which element of the other.

Two maps that share lineage (a TO BE made from an AS IS, one map in two versions of a file)
pair by id and by ``origin``. Maps that share none (a reference model, an imported map,
another file) pair processes by code, then by name: exactly, then by similarity. The user's
decisions (``ProcessMap.pairings``: confirmed or broken pairs) come first and are obeyed.
Links pair by lineage, else by their paired ends; what a process holds (inputs, outputs,
stages, criteria, documents) pairs by lineage, else by its name, inside paired processes.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from procedit.model import ProcessMap

# how a pair was found, strongest first; a person confirms or breaks the weaker ones
CONFIRMED, SAME_ID, LINEAGE, CODE, NAME, SIMILAR, ENDS = (
    "confirmed",
    "id",
    "lineage",
    "code",
    "name",
    "similar",
    "ends",
)
SIMILARITY = 0.6  # below this two names are not taken for the same process
_SIMILAR_WORK = 250_000  # beyond this many name comparisons, only exact names pair


@dataclass
class Matching:
    """new id → old id for the paired processes, parties and links of two maps."""

    pairs: dict[str, str] = field(default_factory=dict)
    how: dict[str, str] = field(default_factory=dict)  # new id → CONFIRMED, SAME_ID, ...
    score: dict[str, float] = field(default_factory=dict)  # new id → name similarity (0..1)
    _reverse: dict[str, str] | None = field(default=None, repr=False, compare=False)

    def old_to_new(self) -> dict[str, str]:
        return {o: n for n, o in self.pairs.items()}

    def new_of(self, old_id: str) -> str | None:
        """The new counterpart of an old element (built once the pairing is complete)."""
        if self._reverse is None or len(self._reverse) != len(self.pairs):
            self._reverse = self.old_to_new()
        return self._reverse.get(old_id)

    def add(self, new: str, old: str, how: str, score: float = 1.0) -> None:
        self.pairs[new] = old
        self.how[new] = how
        self.score[new] = score


def normalize(text: str) -> str:
    """A name as compared: case, ё, punctuation and spacing do not matter."""
    text = text.casefold().replace("ё", "е")
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def _stems(text: str) -> set[str]:
    # a crude stem (the first five letters) lets Russian word forms meet:
    # «Генерация лидов» ~ «Генерировать лиды»
    return {w[:5] for w in normalize(text).split() if len(w) > 2}


def similarity(a: str, b: str) -> float:
    """How alike two names are, 0..1: the best of the character overlap, the word-stem overlap
    and 0.85 when every word of one name is in the other."""
    na, nb = normalize(a), normalize(b)
    if not na or not nb:
        return 0.0
    if na == nb:
        return 1.0
    ratio = difflib.SequenceMatcher(None, na, nb, autojunk=False).ratio()
    sa, sb = _stems(a), _stems(b)
    if not (sa and sb):
        return ratio
    shared = len(sa & sb)
    jaccard = shared / len(sa | sb)
    # one name says all the other says, and more: «Генерация лидов» ~ «Генерация лидов по заказу продаж»
    contained = 0.85 if shared == min(len(sa), len(sb)) else 0.0
    return max(ratio, jaccard, contained)


def decisions(old: ProcessMap, new: ProcessMap) -> tuple[dict[str, str], set[tuple[str, str]]]:
    """The user's pairings between the two maps, kept on either: (confirmed new → old, broken pairs)."""
    confirmed: dict[str, str] = {}
    broken: set[tuple[str, str]] = set()
    for pairing in new.pairings:
        if pairing.paired:
            confirmed[pairing.mine] = pairing.theirs
        else:
            broken.add((pairing.mine, pairing.theirs))
    for pairing in old.pairings:
        if pairing.paired:
            confirmed.setdefault(pairing.theirs, pairing.mine)
        else:
            broken.add((pairing.theirs, pairing.mine))
    return confirmed, broken


def match_maps(old: ProcessMap, new: ProcessMap, similar: bool = True) -> Matching:
    """Pair the processes, parties and links of ``new`` with those of ``old``."""
    confirmed, broken = decisions(old, new)
    result = Matching()
    for collection in ("processes", "parties"):
        olds, news = getattr(old, collection), getattr(new, collection)
        keys: list[Callable[[Any], str]] = [lambda e: normalize(e.name)]
        if collection == "processes":
            keys.insert(0, lambda e: normalize(e.code))
        pair_elements(olds, news, result, keys, confirmed, broken, similar=similar)
    _pair_links(old, new, result)
    return result


def pair_elements(
    olds: Sequence[Any],
    news: Sequence[Any],
    result: Matching,
    keys: Sequence[Callable[[Any], str]],
    confirmed: dict[str, str] | None = None,
    broken: set[tuple[str, str]] | None = None,
    similar: bool = False,
    name: Callable[[Any], str] = lambda e: e.name,
) -> None:
    """Pair two lists of entities into ``result``: decisions, id, lineage, each key, similarity."""
    broken = broken or set()
    old_by_id = {e.id: e for e in olds}
    free_old = dict(old_by_id)
    free_new = {e.id: e for e in news}

    def take(new_id: str, old_id: str, how: str, score: float = 1.0) -> None:
        result.add(new_id, old_id, how, score)
        del free_new[new_id]
        del free_old[old_id]

    for new_id, old_id in (confirmed or {}).items():
        if new_id in free_new and old_id in free_old:
            take(new_id, old_id, CONFIRMED)
    for new_id in [i for i in free_new if i in free_old and (i, i) not in broken]:
        take(new_id, new_id, SAME_ID)
    if free_new and free_old:
        by_origin: dict[str, str] = {}
        for e in free_old.values():
            if e.origin and e.origin not in by_origin:
                by_origin[e.origin] = e.id
        for e in list(free_new.values()):
            for candidate in (e.origin, by_origin.get(e.id), by_origin.get(e.origin or "")):
                if candidate and candidate in free_old and (e.id, candidate) not in broken:
                    take(e.id, candidate, LINEAGE)
                    break
    for key in keys:
        if not (free_new and free_old):
            break
        for new_id, old_id in _unique_key_pairs(free_old.values(), free_new.values(), key):
            if (new_id, old_id) not in broken:
                take(new_id, old_id, CODE if key is keys[0] and len(keys) > 1 else NAME)
    if similar and free_new and free_old and len(free_new) * len(free_old) <= _SIMILAR_WORK:
        scored = sorted(
            (
                (similarity(name(n), name(o)), n.id, o.id)
                for n in free_new.values()
                for o in free_old.values()
                if (n.id, o.id) not in broken
            ),
            key=lambda t: -t[0],
        )
        for score, new_id, old_id in scored:
            if score < SIMILARITY:
                break
            if new_id in free_new and old_id in free_old:
                take(new_id, old_id, SIMILAR, score)


def _unique_key_pairs(
    olds: Iterable[Any], news: Iterable[Any], key: Callable[[Any], str]
) -> list[tuple[str, str]]:
    def index(items: Iterable[Any]) -> dict[str, str | None]:
        seen: dict[str, str | None] = {}
        for e in items:
            k = key(e)
            if k:
                seen[k] = None if k in seen else e.id
        return seen

    old_index, new_index = index(olds), index(news)
    return [(n, old_index[k]) for k, n in new_index.items() if n and old_index.get(k)]


def _pair_links(old: ProcessMap, new: ProcessMap, result: Matching) -> None:
    """Links: by id and lineage, then a link whose ends are paired meets the old link between them."""
    pair_elements(old.links, new.links, result, keys=[], name=lambda e: e.label)
    taken = set(result.pairs.values())
    free_old: dict[tuple[str, str], list[str]] = {}
    for lk in old.links:
        if lk.id not in taken:
            free_old.setdefault((lk.source_id, lk.target_id), []).append(lk.id)
    for lk in new.links:
        if lk.id in result.pairs:
            continue
        ends = (result.pairs.get(lk.source_id), result.pairs.get(lk.target_id))
        candidates = free_old.get(ends) if None not in ends else None  # type: ignore[arg-type]
        if candidates:
            result.add(lk.id, candidates.pop(0), ENDS)


def pair_items(olds: Sequence[Any], news: Sequence[Any], key: str) -> dict[str, str]:
    """new id → old id for what two paired processes hold (criteria by name, inputs by what)."""
    result = Matching()
    pair_elements(olds, news, result, keys=[lambda e: normalize(getattr(e, key))])
    return result.pairs
