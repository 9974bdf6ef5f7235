"""Balance: a decomposition map must agree with the process it details (IDEF0's rule).

A *decomposition* is a process P whose ``subprocess_map_id`` names a map S whose
``parent_process_id`` names P back. Its rules (scope ``balance``) look at P and S together and
put each finding on both sides: on P in its map, and on S as a whole (both named after P),
each message naming the fix:

- an input of P that no flow of S carries;
- an output of P that no sub-process of S produces;
- a flow crossing S's boundary (from or to one of S's external parties) that P's SIPOC does
  not list among its inputs or outputs;
- S has no owner: P, whose owner owns S as a whole, has none.

Flows are compared by their text, ignoring case and spacing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from procedit.model import Process, ProcessMap

from .context import ProjectFacts, node_name
from .findings import Finding
from .registry import RULES, WORDS, Rule, rule

WORDS.setdefault("sipoc_in_among", {"ru": "входов", "en": "inputs"})
WORDS.setdefault("sipoc_in_into", {"ru": "во входы", "en": "to the inputs"})
WORDS.setdefault("sipoc_out_among", {"ru": "выходов", "en": "outputs"})
WORDS.setdefault("sipoc_out_into", {"ru": "в выходы", "en": "to the outputs"})

# (map id, element id, element name, params)
Hit = tuple[str, str, str, dict[str, Any]]


def norm(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class Decomposition:
    parent: Process
    parent_map: str
    sub: ProcessMap

    @property
    def names(self) -> dict[str, str]:
        return {"submap": self.sub.name.strip() or self.sub.id}

    def on_both(self, **params: Any) -> Iterator[Hit]:
        """The same finding on the parent process and on the sub-map as a whole; both are named
        after the parent process (``{name}``), the decomposition they are about."""
        params = {**self.names, **params}
        name = node_name(self.parent)
        yield self.parent_map, self.parent.id, name, params
        yield self.sub.id, self.sub.id, name, params

    def boundary(self) -> Iterator[tuple[bool, str, Process]]:
        """(incoming?, text, sub-process) for each flow between a party of S and a sub-process."""
        parties = {q.id for q in self.sub.parties}
        procs = {p.id: p for p in self.sub.processes}
        for p in procs.values():
            for incoming, flows in ((True, p.inputs), (False, p.outputs)):
                for f in flows:
                    if f.party_id in parties and f.what.strip():
                        yield incoming, f.what, p
        for link in self.sub.links:
            if link.source_id in parties and link.target_id in procs and link.label.strip():
                yield True, link.label, procs[link.target_id]
            elif link.target_id in parties and link.source_id in procs and link.label.strip():
                yield False, link.label, procs[link.source_id]


@rule(
    "balance_input_not_carried",
    "interconnection",
    "warning",
    "balance",
    title=("Вход процесса не доходит до его подкарты", "Input of a process is missing on its sub-map"),
    message=(
        "Вход «{what}» процесса «{name}» не несёт ни один поток его карты декомпозиции «{submap}». "
        "Проведите на подкарте связь от поставщика к подпроцессу, который получает этот вход (или "
        "добавьте вход подпроцессу), либо уберите вход у процесса «{name}».",
        "Input “{what}” of process “{name}” is carried by no flow of its decomposition map "
        "“{submap}”. On the sub-map, draw a link from the supplier to the sub-process that receives "
        "it (or add the input to a sub-process), or remove the input from “{name}”.",
    ),
)
def input_not_carried(d: Decomposition) -> Iterator[Hit]:
    carried = {norm(f.what) for p in d.sub.processes for f in p.inputs}
    carried |= {norm(link.label) for link in d.sub.links}
    for f in d.parent.inputs:
        if f.what.strip() and norm(f.what) not in carried:
            yield from d.on_both(what=f.what.strip())


@rule(
    "balance_output_not_produced",
    "interconnection",
    "warning",
    "balance",
    title=(
        "Выход процесса не производится на подкарте",
        "Output of a process is not produced on its sub-map",
    ),
    message=(
        "Выход «{what}» процесса «{name}» не производит ни один подпроцесс его карты декомпозиции "
        "«{submap}». Добавьте этот выход подпроцессу, который его создаёт, и проведите связь к "
        "потребителю, либо уберите выход у процесса «{name}».",
        "Output “{what}” of process “{name}” is produced by no sub-process of its decomposition map "
        "“{submap}”. Add it to the outputs of the sub-process that makes it and draw a link to the "
        "consumer, or remove the output from “{name}”.",
    ),
)
def output_not_produced(d: Decomposition) -> Iterator[Hit]:
    procs = {p.id for p in d.sub.processes}
    produced = {norm(f.what) for p in d.sub.processes for f in p.outputs}
    produced |= {norm(link.label) for link in d.sub.links if link.source_id in procs}
    for f in d.parent.outputs:
        if f.what.strip() and norm(f.what) not in produced:
            yield from d.on_both(what=f.what.strip())


@rule(
    "balance_boundary_unlisted",
    "interconnection",
    "warning",
    "balance",
    title=(
        "Поток через границу подкарты не указан у процесса",
        "A flow across the sub-map's boundary is not in the process's SIPOC",
    ),
    message=(
        "Поток «{what}» пересекает границу карты декомпозиции «{submap}» (подпроцесс «{sub}»), но "
        "среди {among} процесса «{name}» его нет. Добавьте «{what}» {into} процесса «{name}» "
        "или уберите этот поток с подкарты.",
        "Flow “{what}” crosses the boundary of decomposition map “{submap}” (sub-process “{sub}”), "
        "but the {among} of process “{name}” do not list it. Add “{what}” {into} of “{name}”, "
        "or remove the flow from the sub-map.",
    ),
)
def boundary_unlisted(d: Decomposition) -> Iterator[Hit]:
    listed = {
        True: {norm(f.what) for f in d.parent.inputs},
        False: {norm(f.what) for f in d.parent.outputs},
    }
    seen: set[tuple[bool, str, str]] = set()
    for incoming, what, p in d.boundary():
        key = (incoming, norm(what), p.id)
        if key[1] in listed[incoming] or key in seen:
            continue
        seen.add(key)
        way = "sipoc_in" if incoming else "sipoc_out"
        yield from d.on_both(what=what.strip(), among=f"{way}_among", into=f"{way}_into", sub=node_name(p))


@rule(
    "submap_no_owner",
    "responsibility",
    "warning",
    "balance",
    title=("У карты декомпозиции нет владельца", "Decomposition map has no owner"),
    message=(
        "Карта «{submap}» детализирует процесс «{name}», у которого нет владельца, поэтому за карту "
        "в целом никто не отвечает. Назначьте владельца процессу «{name}»: он владеет и его подкартой.",
        "Map “{submap}” details process “{name}”, which has no owner, so nobody answers for the map "
        "as a whole. Make one person the owner of “{name}”: they own its sub-map as well.",
    ),
)
def submap_no_owner(d: Decomposition) -> Iterator[Hit]:
    if not d.parent.owner_id:
        yield d.sub.id, d.sub.id, node_name(d.parent), d.names


def balance_rules(facts: ProjectFacts) -> list[tuple[Rule, Any]]:
    return [
        (r, facts.severity(r.id, r.severity))
        for r in RULES.values()
        if r.scope == "balance" and facts.enabled(r.id)
    ]


def check_decomposition(facts: ProjectFacts, d: Decomposition) -> list[Finding]:
    """The findings of the balance rules on one decomposition (on both of its maps)."""
    found = []
    for r, severity in balance_rules(facts):
        for map_id, elem_id, name, params in r.check(d):
            found.append(
                Finding(r.id, r.principle, severity, map_id, elem_id, name, tuple(sorted(params.items())))
            )
    return found


def decompositions(maps: Iterable[ProcessMap]) -> list[Decomposition]:
    """Every consistent decomposition among ``maps`` (process → sub-map → the same process back)."""
    maps = list(maps)
    by_id = {m.id: m for m in maps}
    found = []
    for m in maps:
        for p in m.processes:
            sub = by_id.get(p.subprocess_map_id) if p.subprocess_map_id else None
            if sub is not None and sub.id != m.id and sub.parent_process_id == p.id:
                found.append(Decomposition(p, m.id, sub))
    return found


class BalanceTracker:
    """The balance findings of a document's decompositions, kept current change by change.

    Only the decompositions a change touches are checked again: the parent process edited, an
    element of the sub-map added, changed or removed, or maps added, removed or re-parented.
    """

    def __init__(self, doc: Any, facts: ProjectFacts):
        self.doc = doc
        self.facts = facts
        self.pairs: dict[str, tuple[str, str]] = {}  # parent process → (its map, its sub-map)
        self.subs: dict[str, str] = {}  # sub-map → parent process
        self.elems: dict[str, set[str]] = {}  # sub-map → its element ids when last checked
        self.found: dict[str, list[Finding]] = {}  # parent process → findings on both maps
        self.by_map: dict[str, dict[str, list[Finding]]] = {}
        self.reset(facts)

    def reset(self, facts: ProjectFacts) -> None:
        """Check every decomposition again (rule settings changed, or at the start)."""
        self.facts = facts
        self.pairs, self.found, self.by_map, self.elems = {}, {}, {}, {}
        self._rescan()
        for pid in self.pairs:
            self._check(pid)

    def _rescan(self) -> set[str]:
        """Find the decompositions again; returns the parent processes whose pairing changed."""
        doc = self.doc
        pairs: dict[str, tuple[str, str]] = {}
        for sm in doc.map_ids():
            pid = doc.map_header(sm).parent_process_id
            if not pid:
                continue
            p, pm = doc.get(pid), doc.map_of(pid)
            if isinstance(p, Process) and p.subprocess_map_id == sm and pm is not None and pm != sm:
                pairs[pid] = (pm, sm)
        changed = {pid for pid in set(pairs) | set(self.pairs) if pairs.get(pid) != self.pairs.get(pid)}
        self.pairs = pairs
        self.subs = {sm: pid for pid, (_pm, sm) in pairs.items()}
        return changed

    def update(self, change: Any) -> dict[str, set[str]]:
        """Follow a change; returns {map id: element ids whose balance findings changed}."""
        doc = self.doc
        affected: set[str] = set()
        rescan = bool(change.maps)
        for elem_id in change.ids:
            element = doc.get(elem_id)
            if (
                isinstance(element, Process)
                and element.subprocess_map_id != self.pairs.get(elem_id, ("", None))[1]
            ):
                rescan = True
            if elem_id in self.pairs or elem_id in self.found:
                affected.add(elem_id)
            map_id = doc.map_of(elem_id)
            if map_id is None:  # removed: from a sub-map?
                affected.update(
                    self.subs[sm] for sm, ids in self.elems.items() if elem_id in ids and sm in self.subs
                )
            elif map_id in self.subs:
                affected.add(self.subs[map_id])
        if rescan:
            affected |= self._rescan()
            affected |= {
                pid for pid, (pm, sm) in self.pairs.items() if pm in change.maps or sm in change.maps
            }
        touched: dict[str, set[str]] = {}
        for pid in affected:
            for f in self.found.pop(pid, ()):
                touched.setdefault(f.map_id, set()).add(f.element_id)
            if pid in self.pairs:
                for f in self._check(pid):
                    touched.setdefault(f.map_id, set()).add(f.element_id)
            else:
                self.elems.pop(next((sm for sm, p in self.subs.items() if p == pid), ""), None)
        for map_id, ids in touched.items():
            per = self.by_map.setdefault(map_id, {})
            for elem_id in ids:
                per.pop(elem_id, None)
        for found in self.found.values():
            for f in found:
                if f.element_id in touched.get(f.map_id, ()):
                    self.by_map[f.map_id].setdefault(f.element_id, []).append(f)
        return touched

    def _check(self, pid: str) -> list[Finding]:
        pm, sm = self.pairs[pid]
        sub = self.doc.map(sm)
        self.elems[sm] = {e.id for e in (*sub.processes, *sub.parties, *sub.links)}
        found = check_decomposition(self.facts, Decomposition(self.doc.get(pid), pm, sub))
        self.found[pid] = found
        for f in found:
            self.by_map.setdefault(f.map_id, {}).setdefault(f.element_id, []).append(f)
        return found
