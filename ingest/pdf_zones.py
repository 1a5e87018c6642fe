"""Find the tables on a page of layout text by the columns their lines share.

A table's rows leave the same vertical strips of blank space (gutters) between their
cells; the wide gaps of a justified line fall at different places on every line. So a
run of lines is a table only where at least two of them share a gutter and most of each
row's gaps lie in one; lines whose gaps do not are prose, and a line of text crossing a
gutter in the middle of a run ends the table there. A group label of a two-level header
("2024/25" over "Fatal", "Serious", ...) may cross the gutters between the columns it heads
without closing them.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ingest.pdf_lines import Cell, Line, continues, is_figure, is_prose, label_like, spans_below
from vectorstore.text import BULLET, BULLET_MARK

_LIST_MARK = re.compile(
    rf"^(?:{BULLET_MARK}|\d{{1,2}}(?:\.\d{{1,2}})*[.)]?|[A-Za-z][.)]|\(?[a-z]\)"
    r"|\(?[ivx]{1,4}\)|\(\d{1,2}\))$"
)

# A minute's or paper's reference set in a margin before its text ("HS/26/003", "TB/25/101", "23/045"), not a year
# ("2024/25", "24/25") or a date ("12/03/2026").
_REFERENCE = re.compile(r"^[A-Za-z]{0,6}\d{0,4}(?:/[A-Za-z]{0,4}\d{1,5}[a-z]?)+$")
_DATE_OR_YEAR = re.compile(r"^(?:\d{1,2}/\d{1,2}/\d{2,4}|(?:19|20)?\d\d/\d\d)$")

MAX_BLANKS = 2  # blank lines a table may have between its rows
_MAX_BETWEEN = 12  # non-row lines (wrapped cells, blanks) between two rows of one table
_CONSISTENT = 0.5  # share of a row's gaps that must lie in a gutter
_MAX_GROUP_LINES = 4  # lines of a group's title (or an introduction) between a table's header and its rows
_MAX_HEADER_WRAPS = 2  # lines a header's labels wrap onto
RUNNING_WORDS = 6  # words on a line (or in a cell) of running text; a table's labels and values run shorter


@dataclass
class Zone:
    """Lines ``first..last`` (inclusive) of a page that form one table."""

    first: int
    last: int
    gutters: list[tuple[int, int]]
    rows: list[int] = field(default_factory=list)  # lines that shaped the columns
    caption: list[int] = field(default_factory=list)  # lines just above that title it
    spanning: list[int] = field(default_factory=list)  # lines across every column: a group's title row

    def column_of(self, cell: Cell) -> int:
        """The column a cell overlaps most (text may spill into a gutter)."""
        best, best_overlap = 0, -(10**9)
        for k, (start, end) in enumerate(self.columns):
            overlap = min(end, cell.end) - max(start, cell.start)
            if overlap > best_overlap:
                best, best_overlap = k, overlap
        return best

    def cells(self, line: Line) -> list[Cell]:
        """The line's cells, cut where a single space between two of them falls in a gutter."""
        return [piece for cell in line.cells for piece in self._cut(cell)]

    def _cut(self, cell: Cell) -> list[Cell]:
        pieces, begin = [], 0
        for i, char in enumerate(cell.text):
            if char == " " and any(start <= cell.start + i < end for start, end in self.gutters):
                pieces.append(Cell(cell.start + begin, cell.start + i, cell.text[begin:i]))
                begin = i + 1
        pieces.append(Cell(cell.start + begin, cell.end, cell.text[begin:]))
        pieces = [p for p in pieces if p.text]
        # Only a cut that leaves each piece over a column of its own separates two cells.
        homes = [self._inside(p) for p in pieces]
        if len(pieces) > 1 and None not in homes and len(set(homes)) == len(homes):
            return pieces
        return [cell]

    def _inside(self, cell: Cell) -> int | None:
        return next(
            (k for k, (start, end) in enumerate(self.columns) if min(end, cell.end) > max(start, cell.start)), None
        )

    def remove_gutter(self, index: int) -> None:
        del self.gutters[index]

    @property
    def columns(self) -> list[tuple[int, int]]:
        edges = [0] + [x for gutter in self.gutters for x in gutter] + [10**6]
        return [(edges[i], edges[i + 1]) for i in range(0, len(edges), 2)]


def find_tables(lines: list[Line]) -> list[Zone]:
    rowlike = {line.number for line in lines if _row_like(line)}
    zones: list[Zone] = []
    for cluster in _clusters(lines, rowlike):
        for zone in _settle(lines, cluster):
            zones.extend(z for z in _without_title(lines, zone) if not _one_wrapped_line(lines, z))
    floor = -1  # the last line of the table above: a header is never taken from it
    for zone in zones:
        _extend(lines, zone)
        _header_across_a_group_row(lines, zone, floor)
        _caption_above(lines, zone)
        floor = zone.last
    return zones


def _row_like(line: Line) -> bool:
    """Several cells, not a justified line, not a bulleted line or a number or reference before its text.
    Bullets in two cells or more are lists side by side (a slide's columns), a row."""
    if len(line.cells) < 2 or is_prose(line):
        return False
    if BULLET.match(line.cells[0].text):
        return sum(1 for c in line.cells if BULLET.match(c.text)) >= 2
    first = line.cells[0].text
    marked = _LIST_MARK.match(first) or (_REFERENCE.match(first) and not _DATE_OR_YEAR.match(first))
    return not (marked and len(line.cells) == 2)


def _clusters(lines: list[Line], rowlike: set[int]) -> list[list[int]]:
    """Row-like lines close enough together to belong to one table."""
    clusters: list[list[int]] = []
    current: list[int] = []
    for number in sorted(rowlike):
        before, after = lines[current[-1]] if current else None, lines[number]
        if before is not None and (
            not _bridgeable(lines[before.number + 1 : number], after, lines[current[0]].start)
            or (number > before.number + 1 and _labelled_figures(before) and _running_text(after))
        ):
            clusters.append(current)
            current = []
        current.append(number)
    if current:
        clusters.append(current)
    return [c for c in clusters if len(c) >= 2]


def _labelled_figures(line: Line) -> bool:
    """A table's row of figures under its label (not a line of key figures, each captioned under it)."""
    return not is_figure(line.cells[0].text) and _figures(line)


def _running_text(line: Line) -> bool:
    """Columns of running text, not a row of a table of figures: no figure, and a cell of a sentence's length. A
    table of figures does not go on into the commentary set in two columns under it."""
    return not any(is_figure(cell.text) for cell in line.cells) and any(
        len(cell.text.split()) >= RUNNING_WORDS for cell in line.cells
    )


def _bridgeable(between: list[Line], after: Line, left: int) -> bool:
    """Lines that can sit between two rows of one table: a few wrapped cells and blank lines,
    but not a title set apart by blank lines at the table's left edge (a new table follows) unless a row of
    figures follows it: then it names the group of rows under it ("Acute services" over the hospitals' budgets)."""
    if len(between) > _MAX_BETWEEN:
        return False
    blanks = 0
    for i, line in enumerate(between):
        blanks = blanks + 1 if line.blank else 0
        if blanks > MAX_BLANKS:
            return False
        isolated = 0 < i < len(between) - 1 and between[i - 1].blank and between[i + 1].blank
        if (
            isolated
            and len(line.cells) == 1
            and line.start <= left + 1
            and not line.text[:1].islower()
            and not _carries_on(line, between[i + 1 :] + [after])
            and not _figures(after)
        ):
            return False
    return True


def _figures(line: Line) -> bool:
    """A row of figures: two or more after its label."""
    return sum(1 for cell in line.cells[1:] if is_figure(cell.text)) >= 2


def _carries_on(line: Line, rest: list[Line]) -> bool:
    """The next line with text continues this one (a label wrapped over two rows' worth of lines)."""
    following = next((x for x in rest if not x.blank), None)
    return following is not None and continues(line.text, following.cells[0].text)


def _settle(lines: list[Line], rows: list[int]) -> list[Zone]:
    """Drop rows whose gaps miss the shared gutters, then split where text crosses a gutter."""
    while True:
        if len(rows) < 2:
            return []
        gutters = _gutters([lines[i] for i in rows])
        if not gutters:
            # Several tables (or a table and stray rows) run together: try the parts between blank
            # lines, or failing that, between any lines that are not rows.
            pieces = _split(lines, rows, lambda line: line.blank)
            if len(pieces) == 1:
                pieces = _split(lines, rows, lambda line: True)
            return [z for piece in pieces for z in _settle(lines, piece)] if len(pieces) > 1 else []
        kept = [i for i in rows if _consistency(lines[i], gutters) >= _CONSISTENT]
        if len(kept) == len(rows):
            break
        rows = kept
    keep = set(rows)
    breaks = [
        i for i in range(rows[0], rows[-1] + 1) if i not in keep and not lines[i].blank and crosses(lines[i], gutters)
    ]
    if not breaks:
        return [Zone(rows[0], rows[-1], gutters, rows)]
    zones: list[Zone] = []
    bounds = [rows[0] - 1, *breaks, rows[-1] + 1]
    for low, high in itertools.pairwise(bounds):
        zones.extend(_settle(lines, [i for i in rows if low < i < high]))
    return zones


def _split(lines: list[Line], rows: list[int], separates: Callable[[Line], bool]) -> list[list[int]]:
    pieces: list[list[int]] = [[rows[0]]]
    for a, b in itertools.pairwise(rows):
        if any(separates(line) for line in lines[a + 1 : b]):
            pieces.append([])
        pieces[-1].append(b)
    return pieces


def _without_title(lines: list[Line], zone: Zone) -> list[Zone]:
    """A short first line set off by a blank line from rows that have none between them is a title."""
    first, second = zone.rows[0], zone.rows[1]
    set_off = all(line.blank for line in lines[first + 1 : second]) and second > first + 1
    dense = not any(line.blank for line in lines[second : zone.last + 1])
    if set_off and dense and len(lines[first].cells) <= 2:
        return _settle(lines, zone.rows[1:])
    return [zone]


def _one_wrapped_line(lines: list[Line], zone: Zone) -> bool:
    """A line of short titles side by side, each carried on by the lines under it in its column ("Help people
    stay" over "well at home"): one line of titles wrapped, no rows, so no table. (Columns of running text
    also carry on line after line; they run longer than a title wraps.)"""
    filled = [line for line in lines[zone.first : zone.last + 1] if not line.blank]
    if len(filled) > _MAX_HEADER_WRAPS + 1 or not label_like(filled[0].cells):
        return False
    above = {zone.column_of(c): c.text for c in filled[0].cells}
    for line in filled[1:]:
        if not _carries_on_in_columns(zone, line, above):
            return False
        above.update((zone.column_of(c), c.text) for c in line.cells)
    return True


def _carries_on_in_columns(zone: Zone, line: Line, above: dict[int, str]) -> bool:
    """Each cell of the line, one to a column, reads on from ``above``'s text in its column."""
    columns = [zone.column_of(c) for c in line.cells]
    return len(set(columns)) == len(columns) and all(
        column in above and continues(above[column], cell.text)
        for cell, column in zip(line.cells, columns, strict=True)
    )


def _gutters(rows: list[Line]) -> list[tuple[int, int]]:
    """Strips blank in (nearly) every row, with text on both sides in enough rows to matter."""
    tolerance = len(rows) // 8  # a title or super-header may cross a gutter of a long table
    left = min(line.start for line in rows)
    right = max(line.end for line in rows)
    occupied = [0] * right
    for n, line in enumerate(rows):
        below = rows[n + 1] if n + 1 < len(rows) else None
        for cell in line.cells:
            if below is not None and spans_below(cell, line, below):
                continue  # a group label over the cells below: it heads their columns, it does not join them
            for x in range(cell.start, cell.end):
                occupied[x] += 1
    needed = max(2, math.ceil(0.3 * len(rows)))
    gutters = []
    x = left
    while x < right:
        if occupied[x] <= tolerance:
            start = x
            while x < right and occupied[x] <= tolerance:
                x += 1
            crossed = any(occupied[start:x])  # a tolerated header over it: it must be a clear strip
            if sum(1 for line in rows if _gap_in(line, start, x)) >= needed and (x - start >= 2 or not crossed):
                gutters.append((start, x))
        x += 1
    return gutters


def _gap_in(line: Line, start: int, end: int) -> bool:
    return any(a.end < end and b.start > start for a, b in zip(line.cells, line.cells[1:], strict=False))


def _consistency(line: Line, gutters: list[tuple[int, int]]) -> float:
    gaps = list(zip(line.cells, line.cells[1:], strict=False))
    if not gaps:
        return 1.0
    hits = sum(1 for a, b in gaps if any(a.end < end and b.start > start for start, end in gutters))
    return hits / len(gaps)


def crosses(line: Line, gutters: list[tuple[int, int]]) -> bool:
    """Text running right across a gutter (not just spilling into it)."""
    return any(cell.start < start and cell.end > end for cell in line.cells for start, end in gutters)


def _extend(lines: list[Line], zone: Zone) -> None:
    """Take in wrapped cells just below the last row."""
    below = zone.last + 1
    spaced = any(lines[i].blank for i in range(zone.first, zone.last))  # rows set apart by blank lines
    while True:
        if spaced and below + 1 < len(lines) and lines[below].blank:
            below += 1  # a wrapped cell can sit a blank line below, as the rows do
        if below >= len(lines) or lines[below].blank:
            break
        if not (_one_column(zone, lines[below]) and _wraps_on(lines, zone, below)) and not _all_wrap_on(
            lines, zone, below
        ):
            break
        zone.last = below
        below += 1


def _caption_above(lines: list[Line], zone: Zone) -> None:
    above = zone.first - 1
    if above >= 0 and len(lines[above].cells) == 1 and _over_gutter(lines[above].cells[0], zone.gutters):
        zone.caption.append(above)


def _header_across_a_group_row(lines: list[Line], zone: Zone, floor: int) -> None:
    """Take in a header set above the rows with a group's title between them ("What we have committed to |
    Led by | ..." over "Prevention programme ..." running across the columns, then the rows): a line of at least
    three short labels, each gap in one of the rows' gutters, with its wrapped labels under it. The title lines cross
    the gutters, so they had ended the table; they are its group rows."""
    above, blanks = zone.first - 1, 0
    spanning: list[int] = []
    while above >= 0 and len(spanning) <= _MAX_GROUP_LINES:
        line = lines[above]
        if line.blank:
            blanks += 1
            if blanks > MAX_BLANKS:
                return
        elif crosses(line, zone.gutters) or _ends_a_paragraph_across(lines, above, zone):
            spanning.append(above)
            blanks = 0
        else:
            break
        above -= 1
    if above < 0 or not spanning or len(spanning) > _MAX_GROUP_LINES:
        return
    # The header's labels may wrap over the lines under it ("Shared" over "Outcome"; "Help people stay" over
    # "well at home"): the highest line that reads as the header line is taken.
    wrapped = [above]
    while len(wrapped) <= _MAX_HEADER_WRAPS and wrapped[-1] > 0:
        line = lines[wrapped[-1] - 1]
        if line.blank or crosses(line, zone.gutters) or not label_like(lines[wrapped[-1]].cells, wrapped=True):
            break
        wrapped.append(wrapped[-1] - 1)
    first = next((n for n in reversed(wrapped) if _header_line(lines[n], zone, floor)), None)
    if first is not None:
        zone.first = first
        zone.spanning = sorted(spanning)


def _ends_a_paragraph_across(lines: list[Line], number: int, zone: Zone) -> bool:
    """The line is the short last line of a paragraph whose lines run across the columns (an introduction set
    between a table's header and its rows: "... on discharge, falls and the support of care homes. The" +
    "key actions include:-")."""
    above = lines[number - 1] if number > 0 else None
    return above is not None and crosses(above, zone.gutters) and continues(above.text, lines[number].text)


def _header_line(header: Line, zone: Zone, floor: int) -> bool:
    """At least three short labels, below the table above, each gap in one of the rows' gutters."""
    return (
        header.number > floor
        and len(header.cells) >= 3
        and label_like(header.cells)
        and not crosses(header, zone.gutters)
        and _consistency(header, zone.gutters) >= 1
    )


def _over_gutter(cell: Cell, gutters: list[tuple[int, int]]) -> bool:
    """The cell runs from one side of a gutter to the other (a title over columns may end where
    a gutter ends: "Quarter 3" centred over twelve columns)."""
    return any(cell.start < start and cell.end >= end for start, end in gutters)


def _one_column(zone: Zone, line: Line) -> bool:
    return not crosses(line, zone.gutters) and len({zone.column_of(c) for c in line.cells}) == 1


def _all_wrap_on(lines: list[Line], zone: Zone, number: int) -> bool:
    """Every cell of the line reads on from the text above it in its own column (side-by-side lists ending at
    different lines: "with a therapist" under "home each month", "living wage" under "Pay the real")."""
    line = lines[number]
    return not crosses(line, zone.gutters) and _carries_on_in_columns(zone, line, _lowest_cells(lines, zone))


def _lowest_cells(lines: list[Line], zone: Zone) -> dict[int, str]:
    """The text of the zone's lowest cell in each column."""
    lowest: dict[int, str] = {}
    for line in lines[zone.first : zone.last + 1]:
        lowest.update((zone.column_of(c), c.text) for c in line.cells)
    return lowest


def _wraps_on(lines: list[Line], zone: Zone, number: int) -> bool:
    """The line continues a cell of the line above it: it is in a column right of the first (a new
    row would fill that), or its text starts in lower case or in brackets."""
    cell = lines[number].cells[0]
    column = zone.column_of(cell)
    above = [c for c in lines[zone.last].cells if zone.column_of(c) == column]
    if column > 0 and above:
        return True
    return bool(above) and (continues(above[-1].text, cell.text) or cell.text.startswith("("))
