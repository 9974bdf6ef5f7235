"""Name lookups every section shares: people, departments, processes and parties by id,
dates in the document's language, names in signature lines (initials and surname)."""

from __future__ import annotations

import datetime as dt
import re

from procedit.model import Link, Person, Position, Process, ProcessMap, Project

from .texts import Texts

REF_LIMIT = 240  # a name quoted in another place (tables, lists) is cut to this length


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def proc_title(p: Process, limit: int | None = None) -> str:
    title = " ".join(x for x in (p.code.strip(), p.name.strip()) if x)
    return shorten(title, limit) if limit else title


def cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def initials(name: str) -> str:
    """A name as signature lines print it (ГОСТ Р 7.0.97): initials, then the surname.

    "Зайцев Кирилл Андреевич" -> "К. А. Зайцев" (Russian order: surname first);
    "Mary Ann Smith" -> "M. A. Smith"; one word or initials already: unchanged.
    """
    words = name.split()
    if len(words) < 2 or not all(_WORD.fullmatch(w) for w in words):
        return " ".join(words)
    if cyrillic(name):
        surname, given = words[0], words[1:]
    else:
        surname, given = words[-1], words[:-1]
    return " ".join(f"{w[0].upper()}." for w in given) + " " + surname


class Names:
    """The project's lookups, built once per document."""

    def __init__(self, project: Project, t: Texts) -> None:
        self.project = project
        self.t = t
        self.people: dict[str, Person] = {p.id: p for p in project.people}
        self.positions: dict[str, Position] = {q.id: q for q in project.positions}
        self.departments = {d.id: d for d in project.departments}
        self.goals = {g.id: g for g in project.strategy.goals}
        self.maps = {m.id: m for m in project.maps}
        self.names: dict[str, str] = {}
        for d in project.departments:
            self.names[d.id] = shorten(d.name, REF_LIMIT)
        for p in project.people:
            self.names[p.id] = shorten(p.name, REF_LIMIT)
        for q in project.positions:
            self.names[q.id] = shorten(q.name, REF_LIMIT)
        for m in project.maps:
            for proc in m.processes:
                self.names[proc.id] = proc_title(proc, REF_LIMIT)
            for party in m.parties:
                self.names[party.id] = shorten(party.name, REF_LIMIT)
        self._links: dict[str, dict[str, list[Link]]] = {}

    def links_of(self, pmap: ProcessMap, node_id: str) -> list[Link]:
        """The links of ``pmap`` that start or end at ``node_id`` (indexed once per map)."""
        index = self._links.get(pmap.id)
        if index is None:
            index = {}
            for link in pmap.links:
                index.setdefault(link.source_id, []).append(link)
                if link.target_id != link.source_id:
                    index.setdefault(link.target_id, []).append(link)
            self._links[pmap.id] = index
        return index.get(node_id, [])

    def position(self, p: Person) -> str:
        """The position a person holds (the register's name, else their free-text position)."""
        held = self.positions.get(p.position_id) if p.position_id else None
        if held is not None and held.name.strip():
            return shorten(held.name, REF_LIMIT)
        return shorten(p.position, REF_LIMIT)

    def name_of(self, ref: str | None) -> str:
        if not ref:
            return ""
        return self.names.get(ref, self.t["person_missing"] if ref.startswith("person") else "")

    def person_line(self, person_id: str | None) -> str:
        """ "Name, position" of a person (for cards)."""
        p = self.people.get(person_id or "")
        if p is None:
            return ""
        name, position = shorten(p.name, REF_LIMIT), self.position(p)
        return f"{name}, {position}" if position and name else (name or position)

    def performer(self, ref: str | None) -> str:
        """A performer is a person's position (with their name), a register position or a department."""
        p = self.people.get(ref or "")
        if p is not None:
            pos, name = self.position(p), shorten(initials(p.name), REF_LIMIT)
            return f"{pos} ({name})" if pos and name else (pos or name)
        return self.name_of(ref)

    def position_label(self, person_id: str | None) -> str:
        """The column of a person in a responsibility matrix: the position they hold (the
        register's, else their free-text one; the person's name when they hold none). An id
        that is not a person's (a register position, a department) is its own name."""
        p = self.people.get(person_id or "")
        if p is None:
            return self.name_of(person_id)
        return self.position(p) or shorten(p.name, REF_LIMIT) or self.t["no_name"]

    def signer(self, person_id: str | None) -> tuple[str, str]:
        """(position, "И. О. Фамилия") of a person, for signature lines."""
        p = self.people.get(person_id or "")
        if p is None:
            return "", ""
        return self.position(p), shorten(initials(p.name), REF_LIMIT)

    def date(self, d: dt.date | None) -> str:
        if d is None:
            return ""
        return d.strftime("%d.%m.%Y") if self.t.lang == "ru" else d.isoformat()
