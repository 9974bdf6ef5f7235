"""What an import made and what it could not represent, in one summary (Russian and English)."""

from __future__ import annotations

from dataclasses import dataclass, field

# BPMN kind → (English plural, Russian "N ..." form)
_KINDS: dict[str, tuple[str, str]] = {
    "event": ("events", "событий"),
    "gateway": ("gateways", "шлюзов"),
    "data": ("data objects and stores", "объектов и хранилищ данных"),
    "annotation": ("annotations and groups", "аннотаций и групп"),
    "other": ("other elements", "прочих элементов"),
}
_NAMES = 10  # maps named in the summary's line of maps laid out; the rest are counted


def family(kind: str) -> str:
    if kind.endswith("Event"):
        return "event"
    if kind.endswith("Gateway"):
        return "gateway"
    if kind.startswith("data") or kind in ("dataStore",):
        return "data"
    if kind in ("textAnnotation", "association", "group"):
        return "annotation"
    return "other"


@dataclass
class Summary:
    maps: int = 0
    processes: int = 0
    parties: int = 0
    links: int = 0
    lanes: int = 0
    bridged: int = 0  # links made through gateways (and intermediate events)
    skipped: dict[str, int] = field(default_factory=dict)  # BPMN kind → count
    laid_out: list[str] = field(default_factory=list)  # maps without diagram positions
    notes: list[tuple[str, str]] = field(default_factory=list)  # (English, Russian)

    def note(self, en: str, ru: str) -> None:
        if (en, ru) not in self.notes:
            self.notes.append((en, ru))

    def families(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for kind, n in self.skipped.items():
            fam = family(kind)
            out[fam] = out.get(fam, 0) + n
        return out

    def text(self, lang: str = "en") -> str:
        ru = lang == "ru"
        if ru:
            head = (
                f"Импортировано: карт {self.maps}, процессов {self.processes}, внешних сторон {self.parties}, "
                f"связей {self.links}, дорожек {self.lanes}."
            )
        else:
            head = (
                f"Imported {self.maps} map(s), {self.processes} process(es), {self.parties} external "
                f"part(y/ies), {self.links} link(s), {self.lanes} lane(s)."
            )
        lines = [head]
        fams = self.families()
        if fams:
            parts = [f"{n} {_KINDS[f][1 if ru else 0]}" for f, n in sorted(fams.items())]
            lines.append(
                ("Не представлено в procedit: " if ru else "Not represented in procedit: ") + ", ".join(parts) + "."
            )
        if self.bridged:
            lines.append(
                f"Передачи через шлюзы сохранены как связи: {self.bridged}."
                if ru
                else f"Hand-offs routed through gateways kept as {self.bridged} link(s)."
            )
        if self.laid_out:
            names = ", ".join(self.laid_out[:_NAMES])
            if len(self.laid_out) > _NAMES:  # (a thousand names made a message box taller than the screen)
                more = len(self.laid_out) - _NAMES
                names += f" и ещё {more}" if ru else f" and {more} more"
            lines.append(
                f"Без координат в файле, расставлены автоматически: {names}."
                if ru
                else f"No diagram positions in the file, laid out automatically: {names}."
            )
        lines.extend(ru_ if ru else en for en, ru_ in self.notes)
        return "\n".join(lines)
