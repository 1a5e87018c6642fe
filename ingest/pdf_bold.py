"""Which lines of a PDF page are set wholly in a bold face.

Layout text (what :mod:`ingest.pdf` parses) keeps where text sits but not its font, so a bold
line, which heads a section in a PDF as it does in Word and Markdown (an item of a meeting's
minutes, a report's section), reads as one more line of prose. pypdf's plain extraction
reports each run of text with its font: :class:`BoldRuns` collects the bold runs of a page,
and a layout line is bold when its text lies inside one stretch of consecutive bold runs
(:class:`BoldLines`).
Whitespace is ignored in the comparison, as the two extractions break and space runs
differently ("Lib" "rary" in one, "Library" in the other).
"""

from __future__ import annotations

import re
from typing import Any

# Bold faces by their names ("Arial-BoldMT", "Calibri Bold", "Montserrat-Black", "SemiBold"), or a font
# descriptor's weight of 600 or more.
_BOLD_NAME = re.compile(r"bold|black|heavy|demi", re.IGNORECASE)
_BOLD_WEIGHT = 600
_SPACE = re.compile(r"\s+")


def is_bold(font: Any) -> bool:
    """Whether a pypdf font dictionary names a bold face."""
    if not font:
        return False
    try:
        name = str(font.get("/BaseFont", ""))
        descriptor = font.get("/FontDescriptor")
        weight = descriptor.get_object().get("/FontWeight") if descriptor is not None else None
    except Exception:  # noqa: BLE001 -- a damaged font dictionary only means "not known to be bold"
        return False
    return bool(_BOLD_NAME.search(name.split("+")[-1])) or (isinstance(weight, (int, float)) and weight >= _BOLD_WEIGHT)


class BoldRuns:
    """The visitor for ``page.extract_text(visitor_text=...)``: stretches of consecutive bold text."""

    def __init__(self) -> None:
        self._stretches: list[str] = []
        self._open = False

    def __call__(self, text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if not text.strip():
            return
        if is_bold(font):
            if self._open:
                self._stretches[-1] += _SPACE.sub("", text)
            else:
                self._stretches.append(_SPACE.sub("", text))
            self._open = True
        else:
            self._open = False

    @property
    def stretches(self) -> list[str]:
        """Each stretch's text without whitespace."""
        return list(self._stretches)


class BoldLines:
    """One page's bold text, read line by line in the order of the page: each line found takes its text out
    of the stretch it lies in, so a later line repeating words of a bold title (the same words wrapped
    differently in the paragraph below it) is not bold."""

    def __init__(self, stretches: list[str]) -> None:
        self._stretches = stretches
        self._read = [0] * len(stretches)  # how far each stretch has been read

    def holds(self, text: str) -> bool:
        """Whether the layout line ``text`` lies inside a stretch of bold text not yet read."""
        squeezed = _SPACE.sub("", text)
        if not squeezed:
            return False
        for k, stretch in enumerate(self._stretches):
            at = stretch.find(squeezed, self._read[k])
            if at >= 0:
                self._read[k] = at + len(squeezed)
                return True
        return False
