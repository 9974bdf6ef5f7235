"""Process codes as people type them: Latin and Cyrillic letters that look alike are one letter.

A code written "М-07" with a Cyrillic М and typed "M-07" with a Latin M on the command line (or
the other way round) is the same code to the person reading it; so are "м-07", "M–07" (a dash)
and " M-07 ". ``code_key`` gives the form two codes are compared by.
"""

from __future__ import annotations

# Cyrillic letters (lower case: keys are compared case-folded) and the Latin letters they look like
_LOOKALIKES = str.maketrans(
    {
        "а": "a",
        "в": "b",
        "е": "e",
        "ё": "e",
        "к": "k",
        "м": "m",
        "н": "h",
        "о": "o",
        "р": "p",
        "с": "c",
        "т": "t",
        "у": "y",
        "х": "x",
        "і": "i",
        "ј": "j",
        "ѕ": "s",
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2212": "-",  # minus sign
        "_": "-",
    }
)


def code_key(code: str) -> str:
    """The form codes are compared by: case-folded, look-alike letters Latin, dashes '-', no spaces."""
    return "".join(code.casefold().translate(_LOOKALIKES).split())
