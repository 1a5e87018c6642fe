"""Two pages printed side by side on one sheet (a printer's spread saved as one PDF page), read as two pages.

Such a sheet shows its running header or footer twice on one line, once for each page, the second copy as far
from the first as a page is wide ("Trust | Report  7" at the left edge, "Trust | Report  8" half way across).
Every line of the sheet is cut there, when no line runs across the cut, and the left page is read before the
right one: otherwise a table on the left page takes in the commentary beside it on the right as more columns,
and a dashboard's figures on the left are read in the same lines as the paragraphs on the right.
"""

from __future__ import annotations

import re
from collections import Counter

from ingest.pdf_lines import EDGE_LINES
from vectorstore.text import is_page_number

_RUN = re.compile(r"\S+(?: {1,2}\S+)*")  # text set apart from the rest of its line by three spaces or more
_TRAILING_NUMBER = re.compile(r"\s*(?:\|\s*)?(?:page\s+)?\d{1,4}$", re.IGNORECASE)
_MIN_COPY = 8  # characters of a running text long enough not to repeat on a line by chance


def sheet_pages(texts: list[str]) -> list[list[str]]:
    """The layout text of each page of a PDF as the pages it holds: itself, or the left and right pages of a spread.

    A line is a spread's running text only where it is doubled on two sheets or more, or numbers both its pages:
    two cells of one table's row that happen to match ("Not applicable") are neither."""
    found = [_spread(text.split("\n")) for text in texts]
    runs = Counter(spread[1] for spread in found if spread is not None)
    out = []
    for text, spread in zip(texts, found, strict=True):
        if spread is None or not (spread[2] or runs[spread[1]] >= 2):
            out.append([text])
            continue
        cut, lines = spread[0], text.split("\n")
        out.append(["\n".join(line[:cut].rstrip() for line in lines), "\n".join(line[cut:].rstrip() for line in lines)])
    return out


def _spread(lines: list[str]) -> tuple[int, str, bool] | None:
    """Where a sheet's lines are cut into its two pages; its running text; whether that line numbers the pages."""
    filled = [line for line in lines if line.strip()]
    for line in filled[:EDGE_LINES] + filled[-EDGE_LINES:]:
        doubled = _doubled(line)
        if doubled is None:
            continue
        width = doubled[0]
        if all(len(other) < width or other[width - 1] == " " for other in lines):
            return doubled
    return None


def _doubled(line: str) -> tuple[int, str, bool] | None:
    """When the line is one running text twice (page numbers aside): how far right the second copy starts from
    where the first starts (the width of a page), the text, and whether each copy has its page's number."""
    runs = [(m.start(), _TRAILING_NUMBER.sub("", m.group()), m.group()) for m in _RUN.finditer(line)]
    texts = [(start, run) for start, run, _ in runs if run and not is_page_number(run)]
    if len(texts) != 2:
        return None
    (first, copy), (second, other) = texts
    if copy != other or len(copy) < _MIN_COPY:
        return None
    numbers = sum(1 for _, run, whole in runs if not run or is_page_number(whole) or run != whole)
    return second - first, copy, numbers == 2
