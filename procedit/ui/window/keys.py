"""Key sequences of the actions: declared once, expanded per platform, never registered twice.

An action declares its keys as a list of *explicit* sequences ("Ctrl+D") and Qt *standard keys*
(``QKeySequence.StandardKey.Delete``). A standard key means different sequences on different
platforms (Qt's keyboard schemes: Windows, macOS, X11, KDE, GNOME); X11's Delete, for instance,
is ``Del, Ctrl+D``. :func:`expand` turns the declarations into sequences for one platform:

- a key the app names explicitly wins: a standard key's *alternate* binding that another action
  (or the same one) names explicitly is left out (X11's Ctrl+D stays Duplicate's);
- a sequence never appears twice (Qt would find a key registered twice ambiguous and fire
  neither).

What is left to collide — two explicit keys, or a standard key's primary binding against
anything — is a mistake of the declarations: :func:`collisions` names it, and the tests check it
for every platform's bindings (tests/ui/test_keys_overlap.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtGui import QKeySequence

SK = QKeySequence.StandardKey
KeySpec = Sequence["SK | str"]
Bindings = Callable[[SK], list[str]]


def live_bindings(key: SK) -> list[str]:
    """The running platform's bindings of a standard key, primary first, as portable text."""
    return [s.toString(QKeySequence.SequenceFormat.PortableText) for s in QKeySequence.keyBindings(key)]


def normal(sequence: str) -> str:
    """A sequence in Qt's portable text ("ctrl+d" → "Ctrl+D"), so that equal keys compare equal."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.PortableText)


def expand(specs: Mapping[str, KeySpec], bindings: Bindings = live_bindings) -> dict[str, list[str]]:
    """The sequences of every action (by name) on the platform whose standard keys ``bindings`` gives."""
    explicit = {normal(k) for spec in specs.values() for k in spec if isinstance(k, str)}
    result: dict[str, list[str]] = {}
    for name, spec in specs.items():
        keys: list[str] = []
        for entry in spec:
            if isinstance(entry, str):
                candidates = [normal(entry)]
            else:
                bound = bindings(entry)
                # the primary binding always counts; alternates yield to keys named explicitly
                candidates = bound[:1] + [k for k in bound[1:] if k not in explicit]
            keys.extend(k for k in candidates if k and k not in keys)
        result[name] = keys
    return result


def collisions(owners: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """``{sequence: [owner, …]}`` for every sequence claimed more than once in ``(owner, sequence)``."""
    claimed: dict[str, list[str]] = {}
    for owner, sequence in owners:
        claimed.setdefault(normal(sequence), []).append(owner)
    return {k: v for k, v in claimed.items() if len(v) > 1}


def sequences(keys: Iterable[str]) -> list[QKeySequence]:
    return [QKeySequence(k) for k in keys]
