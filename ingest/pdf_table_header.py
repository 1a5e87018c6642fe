"""The header of a table found in layout text: which lines it is, and one label per column.

Columns are where the body's cells are. A header cell over one column labels it; one over
several (a cell above another header line, like "Headcount" over "GP" and "GP: patient
ratio") prefixes each of their labels; on the header's last line, a cell pypdf ran across
two columns ("Utilisation Utilisation") is cut between them. Neighbouring body columns
under one header cell with no label of their own ("Practice ranges" over "9% -" and "98%")
are one column. A two-level header ("Rating" over "Latest" and "Previous") heads a table of
words as well as one of figures, and a word drawn in pieces in a narrow column ("Tota" over
"l") is read whole.
"""

from __future__ import annotations

import functools
import itertools
import re

from ingest.pdf_lines import Cell, Line, has_digit, is_figure, is_year, join_wrapped, label_like, spans_below
from ingest.pdf_zones import Zone

_MAX_HEADER_LINES = 4
_DIGITS = re.compile(r"\d+")

Grid = dict[int, str]  # column -> text of one line
Extent = tuple[int, int] | None  # where a column's body cells lie


def grid(zone: Zone, line: Line) -> Grid:
    if line.number in zone.spanning:  # a group's title across the columns: the row label of its own row
        return {0: line.text}
    cells: dict[int, list[str]] = {}
    for cell in zone.cells(line):
        cells.setdefault(zone.column_of(cell), []).append(cell.text)
    return {k: " ".join(texts) for k, texts in cells.items()}


def header_lines(filled: list[tuple[Line, Grid]]) -> int:
    """How many of the table's first lines are its header."""
    return _figure_header(filled) or _word_header(filled)


def _figure_header(filled: list[tuple[Line, Grid]]) -> int:
    """In a table of figures: the lines above the first row with figures and a label for them.

    A label is a word in a column of words; "per 1,000" above figures in a column of figures
    is still header.
    """

    def figures(grid: Grid) -> bool:
        return any(is_figure(t) and not is_year(t) for t in grid.values())  # years head columns

    figure_columns = _figure_columns(filled)

    def labelled(grid: Grid) -> bool:
        return any(not is_figure(t) and k not in figure_columns for k, t in grid.items())

    # A table of figures has them on a good share of its lines, not in one stray cell.
    if sum(1 for _, g in filled if figures(g)) * 4 < len(filled):
        return 0
    first = next((n for n, (_, g) in enumerate(filled) if figures(g) and labelled(g)), None)
    if first is None:
        first = next((n for n, (_, g) in enumerate(filled) if figures(g)), 0)
    if first > _MAX_HEADER_LINES:
        return 0
    shapes = _shapes(filled[first:])
    starts_row = first > 0 and _labels_wrap_up(filled[first:]) and _label_only(filled[first - 1][1])
    count = 0
    for n, (line, g) in enumerate(filled[:first]):
        # One header line names the key column (a second one only wraps it, right under it, with no digits);
        # past that, a line with text there is already a record (a group's name set apart by a blank line), as
        # is one shaped like the figures below ("HC 10" over "HC 3"), or the first line of the first row's label
        # where the rows' labels wrap above their figures.
        named = 0 in g and any(0 in h for _, h in filled[:count])
        apart = count > 0 and line.number > filled[count - 1][0].number + 1
        first_row = named and starts_row and n == first - 1
        if (named and (apart or any(has_digit(t) for t in g.values()))) or _like_body(g, shapes) or first_row:
            break
        if not _header_ok(line, g):
            return 0
        count += 1
    return count


def _label_only(grid: Grid) -> bool:
    return list(grid) == [0]


def _labels_wrap_up(body: list[tuple[Line, Grid]]) -> bool:
    """Rows set apart by blank lines whose long labels wrap with the figures beside their last line ("Long
    name of the" / "service    12   40"), never beside their first: a label line alone, after a blank line and
    right above a line of figures, and no label line alone right under figures and before a blank line."""
    numbers = [line.number for line, _ in body]

    def joined(i: int, j: int) -> bool:
        return 0 <= i < len(body) and 0 <= j < len(body) and numbers[j] == numbers[i] + 1

    def figures(i: int) -> bool:
        return any(is_figure(t) for k, t in body[i][1].items() if k != 0)

    alone = [i for i, (_, g) in enumerate(body) if _label_only(g)]
    up = sum(1 for i in alone if not joined(i - 1, i) and joined(i, i + 1) and figures(i + 1))
    down = sum(1 for i in alone if joined(i - 1, i) and figures(i - 1) and not joined(i, i + 1))
    return up > 0 and down == 0


def _shapes(body: list[tuple[Line, Grid]]) -> dict[int, set[str]]:
    shapes: dict[int, set[str]] = {}
    for _, g in body:
        for k, text in g.items():
            if has_digit(text):
                shapes.setdefault(k, set()).add(_DIGITS.sub("9", text))
    return shapes


def _like_body(grid: Grid, shapes: dict[int, set[str]]) -> bool:
    numbered = [(k, t) for k, t in grid.items() if has_digit(t)]
    alike = sum(1 for k, t in numbered if _DIGITS.sub("9", t) in shapes.get(k, ()))
    return bool(numbered) and alike * 2 >= len(numbered)


def _word_header(filled: list[tuple[Line, Grid]]) -> int:
    """In a table of words: a first line of short labels over rows that hold digits (dates, times),
    or over a line of sub-labels some of them span (a two-level header: "Rating" over "Latest"
    and "Previous")."""
    if (
        len(filled) < 3
        or not label_like(filled[0][0].cells)
        or not (any(has_digit(t) for _, g in filled[1:] for t in g.values()) or _grouped(filled))
    ):
        return 0
    key = min(filled[0][1])
    count = 2 if _grouped(filled) else 1
    while (
        count < min(len(filled), _MAX_HEADER_LINES)
        and key not in filled[count][1]
        and label_like(filled[count][0].cells, wrapped=True, digits=True)  # "Region" over "Oct-Dec 2025" too
        and filled[count][0].number == filled[count - 1][0].number + 1
    ):
        count += 1
    return count


def _grouped(filled: list[tuple[Line, Grid]]) -> bool:
    """The first line has a label over two or more short labels of the line right under it:
    group labels over their sub-columns' labels (body rows keep to their columns)."""
    top, below = filled[0][0], filled[1][0]
    return (
        below.number == top.number + 1
        and label_like(below.cells, wrapped=True)
        and any(spans_below(cell, top, below) for cell in top.cells)
    )


def _figure_columns(filled: list[tuple[Line, Grid]]) -> set[int]:
    counts: dict[int, list[int]] = {}
    for _, g in filled:
        for k, text in g.items():
            counts.setdefault(k, [0, 0])[is_figure(text)] += 1
    return {k for k, (words, figures) in counts.items() if figures > words}


def _header_ok(line: Line, grid: Grid) -> bool:
    """A header line: short labels, or words and figures adding to the labels above ("per 1,000")."""
    return 0 not in grid or label_like(line.cells, wrapped=True, digits=True)


def column_labels(
    zone: Zone, header: list[Line], body: list[Line], words: frozenset[str] = frozenset()
) -> tuple[list[str], list[str], list[str]]:
    """One label per column, stacked from the header lines; any title spanning every column; and
    each column's group label (the part of its label spanning other columns too, or "").

    A word broken over two header lines ("Tota" over "l") is mended with ``words``, the
    document's vocabulary."""
    while True:
        extents = _extents(zone, body)
        own, over, caption = _header_parts(header, extents)
        merge = _mergeable(own, over, extents)
        if merge is None:
            labels = [" ".join([*over[k], *_stacked(own[k], words)]) for k in range(len(own))]
            return labels, caption, [" ".join(over[k]) for k in range(len(own))]
        zone.remove_gutter(merge - 1)


def _stacked(pieces: list[str], words: frozenset[str]) -> list[str]:
    return [functools.reduce(lambda a, b: join_wrapped(a, b, words), pieces)] if pieces else []


def _extents(zone: Zone, body: list[Line]) -> list[Extent]:
    spans: dict[int, tuple[int, int]] = {}
    for line in body:
        if line.number in zone.spanning:
            continue
        for cell in zone.cells(line):
            k = zone.column_of(cell)
            start, end = spans.get(k, (cell.start, cell.end))
            spans[k] = (min(start, cell.start), max(end, cell.end))
    return [spans.get(k) for k in range(len(zone.columns))]


def _header_parts(header: list[Line], extents: list[Extent]) -> tuple[list[list[str]], list[list[str]], list[str]]:
    """Per column: header text over it alone, header text spanning it and others; and titles.

    Lines are read from the bottom up: an upper cell is placed against the labels below it,
    which sit over their columns the way it does, rather than against right-aligned figures.
    """
    count = sum(1 for e in extents if e)
    own: list[list[str]] = [[] for _ in extents]
    over: list[list[str]] = [[] for _ in extents]
    caption: list[str] = []
    below = list(extents)  # where each column's nearest label (or its figures) lies
    for n, line in enumerate(reversed(header)):
        lowest = n == 0
        reach = _reach(line.cells, below) if not lowest and len(line.cells) >= 2 else {}
        placed: dict[int, list[Cell]] = {}
        spanned: set[int] = set()  # columns under a label of this line that spans several
        astray: list[Cell] = []
        for i, cell in enumerate(line.cells):
            hits = [k for k, e in enumerate(below) if e and min(e[1], cell.end) > max(e[0], cell.start)]
            spans = [e for e in (extents[k] for k in hits) if e is not None]  # the lowest line's hits all have one
            pieces = _cut(cell, spans) if lowest and len(hits) >= 2 else None
            if pieces:
                for k, piece in zip(hits, pieces, strict=False):
                    own[k].insert(0, piece)
                continue
            hits = reach.get(i) or hits
            if len(hits) >= 3 and len(hits) >= count - 1:
                caption.insert(0, cell.text)  # over (nearly) every column: a title, not a label
                spanned.update(hits)
            elif len(hits) >= 2:
                for k in hits:
                    over[k].insert(0, cell.text)
                    spanned.add(k)
            elif hits:
                own[hits[0]].insert(0, cell.text)
                placed.setdefault(hits[0], []).append(cell)
            else:
                astray.append(cell)
        # A label over no column's text goes to the nearest column, unless a label of this line is
        # over it already (its own or a group label over it and others): then it heads a column
        # left empty ("Progress" beside "Timescale", "Trend" drawn as arrows beside "Rating"), and
        # is kept with the table's titles rather than put on another column's values.
        for cell in sorted(astray, key=lambda c: _distance(c, below)):
            k = _nearest(cell, below)
            if k not in placed and k not in spanned:
                own[k].insert(0, cell.text)
                placed[k] = [cell]
            else:
                caption.insert(0, cell.text)
        for k, cells in placed.items():
            below[k] = (min(c.start for c in cells), max(c.end for c in cells))
    return own, over, caption


def _cut(cell: Cell, extents: list[tuple[int, int]]) -> list[str] | None:
    """The cell cut at a space between each pair of the columns it runs across, if it has one."""
    pieces, begin = [], 0
    for left, right in itertools.pairwise(extents):
        cut = next(
            (i for i, ch in enumerate(cell.text) if ch == " " and i >= begin and left[1] <= cell.start + i < right[0]),
            None,
        )
        if cut is None:
            return None
        pieces.append(cell.text[begin:cut])
        begin = cut + 1
    pieces.append(cell.text[begin:])
    return pieces if all(pieces) else None


def _reach(cells: list[Cell], extents: list[Extent]) -> dict[int, list[int]]:
    """Columns under each cell of an upper header line (a cell over merged columns sits anywhere
    above them): each column goes to its nearest cell, if within half the gap to that cell's
    neighbour on the column's side."""
    reach: dict[int, list[int]] = {}
    for k, e in enumerate(extents):
        if not e:
            continue
        distance, i = min((max(c.start - e[1], e[0] - c.end, 0), i) for i, c in enumerate(cells))
        cell = cells[i]
        side = i + 1 if e[0] >= cell.end else i - 1  # the neighbour facing the column
        if not 0 <= side < len(cells):
            side = i - 1 if side > i else i + 1
        gap = max(cells[side].start - cell.end, cell.start - cells[side].end)
        if distance <= gap / 2:
            reach.setdefault(i, []).append(k)
    return reach


def _nearest(cell: Cell, extents: list[Extent]) -> int:
    distances = [(max(e[0] - cell.end, cell.start - e[1], 0), k) for k, e in enumerate(extents) if e]
    return min(distances)[1] if distances else 0


def _distance(cell: Cell, extents: list[Extent]) -> int:
    return min((max(e[0] - cell.end, cell.start - e[1], 0) for e in extents if e), default=0)


def _mergeable(own: list[list[str]], over: list[list[str]], extents: list[Extent]) -> int | None:
    """A value column with no label of its own, under the same header as the one to its left."""
    for k in range(2, len(own)):
        if extents[k] and not own[k] and set(over[k]) <= set(over[k - 1]) and (own[k - 1] or over[k - 1]):
            return k
    return None
