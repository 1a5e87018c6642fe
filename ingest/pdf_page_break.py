"""The top of a page that carries on the table the page before ended in.

A table cut by a page break may leave only a row or two (and their wrapped cells) on the
next page: too few to be found as a table on their own, but laid out in the same columns.
"""

from __future__ import annotations

from ingest.pdf_lines import Line
from ingest.pdf_zones import MAX_BLANKS, Zone


def continued_zone(lines: list[Line], first: int, anchors: list[int]) -> Zone | None:
    """Lines from ``first`` laid out in the columns that start at ``anchors``, or None.

    The first line must be a row, with cells starting where two or more columns start (a
    page title is not), or the first line of a row's label, wrapped over its figures: text in the
    first column alone, right above (no blank line between) such a row. The lines after it must
    stay within the columns.
    """
    starts = [x for x in anchors if x >= 0]
    if len(starts) < 2 or not (_row_at(lines[first], starts) or _label_over_row(lines, first, starts)):
        return None
    last, blanks = first, 0
    for line in lines[first + 1 :]:
        blanks = blanks + 1 if line.blank else 0
        if blanks > MAX_BLANKS or not (line.blank or _within(line, starts)):
            break
        last = line.number if not line.blank else last
    rows = [i for i in range(first, last + 1) if not lines[i].blank]
    return Zone(first, last, [(x - 1, x) for x in starts[1:]], rows)


def _row_at(line: Line, starts: list[int]) -> bool:
    return len(line.cells) >= 2 and all(_at_column(cell.start, starts) for cell in line.cells)


def _label_over_row(lines: list[Line], first: int, starts: list[int]) -> bool:
    head = lines[first].cells
    return (
        len(head) == 1
        and abs(head[0].start - starts[0]) <= _slack(starts[0])
        and _within(lines[first], starts)
        and first + 1 < len(lines)
        and _row_at(lines[first + 1], starts)
    )


def _slack(x: int) -> int:
    """How far a column may drift between pages (their character widths differ a little)."""
    return max(3, round(0.08 * x))


def _within(line: Line, starts: list[int]) -> bool:
    if line.start < starts[0] - _slack(starts[0]):
        return False
    return not any(cell.start < x - _slack(x) and cell.end > x + _slack(x) for cell in line.cells for x in starts)


def _at_column(x: int, starts: list[int]) -> bool:
    return any(abs(x - start) <= _slack(start) for start in starts)
