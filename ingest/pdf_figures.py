"""Figures set large in boxes, each with a few words saying what it counts (an infographic page).

A page of key figures ("7,678" over "NHS Health Checks delivered", "74%" over "of assessments
completed within 28 days", two or three to a row) comes out of layout text as a grid: a line
of figures, then lines of captions, in the same columns. Read as a table, the figures become
a row of their own and the captions another, so no passage says what 7,678 is. Here each
figure is put back with the words in its box, in reading order: "7,678 NHS Health Checks
delivered".

Such a grid never mixes words and figures on one line (a table row has its label beside its
figures), and its captions are phrases, not the one-word labels of a table's header.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.pdf_lines import Cell, Line, is_figure, is_year
from ingest.pdf_ruled import MARKER
from ingest.pdf_zones import Zone, crosses

_CAPTION_WORDS = 2.5  # words per caption cell, on average: phrases, not column labels
_CAPTION_MAX_WORDS = 8  # words of a caption's line at most: a longer line is running text
_TAG_WORDS = 2  # words of a status set beside a figure on its line ("Amber", "Not met")
_MAX_GAP = 16  # blank lines between two rows of a dashboard's figures
_WITH_UNIT = re.compile(r"^[£$€]?\d[\d,.]*\s?[A-Za-z]{1,5}$")  # "45 min", "12 weeks", "3.2 days"


def figure_boxes(zone: Zone, lines: list[Line]) -> list[str] | None:
    """Each figure of the zone with its caption ("7,678 NHS Health Checks delivered"), or None
    when the zone is not a grid of captioned figures."""
    filled = [lines[i] for i in range(zone.first, zone.last + 1) if not lines[i].blank]
    cells = {line.number: zone.cells(line) for line in filled}
    return _stacked(filled, cells)


def with_captions_above(zone: Zone, lines: list[Line]) -> Zone:
    """The zone with the caption lines right above it that the table finder left out (a caption's
    first line can read like running text), when that makes it a grid of captioned figures."""
    first = zone.first
    while first > 0 and _caption_line(lines[first - 1], zone):
        first -= 1
    if first == zone.first:
        return zone
    grown = replace(zone, first=first, caption=[])
    return grown if figure_boxes(grown, lines) is not None else zone


def with_figures_around(zone: Zone, lines: list[Line]) -> Zone:
    """The zone grown over the lines of figures and short captions above and below it, across blank lines (a
    dashboard's rows of headline figures stand far apart, and the table finder takes each row, or none, for a
    table), when that makes it a grid of captioned figures. Above it, only from a run of lines that holds a figure:
    a short title set apart over a grid is no figure's caption."""
    first, last = _grid_top(lines, zone.first), _grid_edge(lines, zone.last, 1)
    if (first, last) == (zone.first, zone.last):
        return zone
    grown = without_loose_words(replace(zone, first=first, last=last, caption=[], spanning=[]), lines)
    return grown if figure_boxes(grown, lines) is not None else zone


def without_loose_words(zone: Zone, lines: list[Line]) -> Zone:
    """The zone without the groups of lines (no blank between them) holding no figure at its top and foot that no
    figure needs for its caption: a page's running header or a section's title over a dashboard's row of figures,
    or the title of a table under it, which the table finder or the grid's growth took in with the row. A group
    with a line of as many cells as the grid has columns (a line under each box: "Up 12% on last year") stays.
    The smallest such part of the zone that reads as a grid of captioned figures; the zone itself when none does."""
    groups = _groups(lines, zone.first, zone.last)
    cells = {n: zone.cells(lines[n]) for group in groups for n in group}
    columns = len(_figure_columns([c for found in cells.values() for c in found if _figure(c)]))
    holding = [
        k
        for k, group in enumerate(groups)
        if any(_figure(c) for n in group for c in cells[n]) or max(len(cells[n]) for n in group) >= columns
    ]
    if not holding:
        return zone
    for dropped in range(len(groups) - 1, -1, -1):  # the most groups left out first
        for top in range(min(dropped, holding[0]) + 1):
            bottom = len(groups) - 1 - (dropped - top)
            if bottom < holding[-1]:
                continue
            part = replace(zone, first=groups[top][0], last=groups[bottom][-1], caption=[], spanning=[])
            if (part.first, part.last) == (zone.first, zone.last):
                return zone
            if figure_boxes(part, lines) is not None:
                return part
    return zone


def _groups(lines: list[Line], first: int, last: int) -> list[list[int]]:
    """The runs of lines holding text between ``first`` and ``last``, blank lines between them."""
    groups: list[list[int]] = []
    for k in range(first, last + 1):
        if lines[k].blank:
            continue
        if groups and groups[-1][-1] == k - 1:
            groups[-1].append(k)
        else:
            groups.append([k])
    return groups


def _grid_top(lines: list[Line], first: int) -> int:
    """The first line of the run of figures and short captions above ``first`` that starts with a group of lines
    (no blank between them) holding a figure: a group of words alone over the grid is its title."""
    top = _grid_edge(lines, first, -1)
    while top < first:
        end = top
        while end + 1 < len(lines) and not lines[end + 1].blank:
            end += 1
        if any(_figure(c) for line in lines[top : end + 1] for c in line.cells):
            return top
        top = end + 1
        while top < first and lines[top].blank:
            top += 1
    return first


def _grid_edge(lines: list[Line], start: int, step: int) -> int:
    """The last line, going from ``start`` by ``step``, of the run of figures and short captions it is in."""
    edge, k, blanks = start, start + step, 0
    while 0 <= k < len(lines) and blanks <= _MAX_GAP:
        line = lines[k]
        if line.blank:
            blanks += 1
        elif (
            MARKER not in line.text
            and all(is_figure(c.text) or len(c.text.split()) <= _CAPTION_MAX_WORDS for c in line.cells)
            and not _labelled_row(line)
        ):
            edge, blanks = k, 0
        else:
            break
        k += step
    return edge


def _labelled_row(line: Line) -> bool:
    """A table's row: a label, then two figures or more and nothing else ("Northgate  41  37"). A dashboard's line
    sets no words before its figures but a box's caption, beside one other box's figure at most."""
    first, *rest = line.cells
    return len(rest) >= 2 and not _figure(first) and all(_figure(c) for c in rest)


def _caption_line(line: Line, zone: Zone) -> bool:
    return not line.blank and not crosses(line, zone.gutters) and not any(is_figure(c.text) for c in line.cells)


def _figure(cell: Cell) -> bool:
    """A headline figure: a number, percentage or amount, or one with its unit ("45 min"); not a year (a caption may
    end "for 2025/26"), nor the end of a caption's bracket wrapped onto a line of its own ("(target" over "4.5%)")."""
    text = cell.text
    return (
        (is_figure(text) or bool(_WITH_UNIT.match(text))) and not is_year(text) and text.count(")") <= text.count("(")
    )


def _stacked(filled: list[Line], cells: dict[int, list[Cell]]) -> list[str] | None:
    """Captions over or under their figures, in columns that each hold figures and captions (a table's column of
    row labels holds no figure). Where a column has as many captions as figures, each figure has the caption of its
    place in the column, over or under it (a dashboard may set one figure of a row lower, its caption over it);
    otherwise a caption goes with the figure over it or under it, as the grid's first line says."""
    cells, tags = _tags_apart(cells)
    placed = [(n, c) for n, cs in cells.items() for c in cs]
    figures = [(n, c) for n, c in placed if _figure(c)]
    words = [(n, c) for n, c in placed if not _figure(c)]
    if not figures or not words or len({n for n, _ in figures}) == len(filled):
        return None
    if not any(len([c for c in cells[n] if _figure(c)]) >= 2 for n in cells) or not _phrases([c for _, c in words]):
        return None  # no row of figures, or short labels over figures: a table's header
    columns = _figure_columns([c for _, c in figures])
    by_column: dict[int, list[tuple[int, Cell]]] = {}
    for n, cell in placed:
        by_column.setdefault(_nearest(columns, cell), []).append((n, cell))
    if len(by_column) < len(columns) or any(len({n for n, _ in column}) < len(column) for column in by_column.values()):
        return None  # two cells of one line in one column: not one figure's box
    below = _figure(min(placed, key=lambda nc: (nc[0], nc[1].start))[1])  # the grid's way: captions under
    boxes: dict[tuple[int, int], list[str]] = {}  # (figure line, figure start) -> texts in reading order
    for column in by_column.values():
        column.sort(key=lambda nc: nc[0])
        lines_of_figures = [n for n, c in column if _figure(c)]
        if not lines_of_figures:
            return None
        for n, cell in column:
            if _figure(cell):
                boxes[(n, cell.start)] = [cell.text, *tags.get((n, cell.start), [])]
        starts = {n: c.start for n, c in column if _figure(c)}
        blocks = _blocks([(n, c) for n, c in column if not _figure(c)])
        # As many captions as figures in the column: the k-th caption is the k-th figure's, over or under it.
        owners = (
            lines_of_figures
            if len(blocks) == len(lines_of_figures)
            else [_owner(block, lines_of_figures, below) for block in blocks]
        )
        for block, owner in zip(blocks, owners, strict=True):
            text = " ".join(c.text for _, c in block)
            if block[0][0] < owner:
                boxes[(owner, starts[owner])].insert(0, text)
            else:
                boxes[(owner, starts[owner])].append(text)
    if any(len(texts) < 2 + len(tags.get(key, [])) for key, texts in boxes.items()):
        return None  # a figure with no caption (its status aside): not a captioned grid
    return [" ".join(boxes[key]) for key in sorted(boxes)]


def _tags_apart(cells: dict[int, list[Cell]]) -> tuple[dict[int, list[Cell]], dict[tuple[int, int], list[str]]]:
    """The lines without the word or two set right after a figure on its line (a status, "77.3%  Amber"; a
    direction, "41 min  Worse"), which belongs to the figure's box wherever the box's caption stands; and those
    words by the figure they follow (line, start). A table's row label comes before its figures, not after; a
    caption of the next box stands under or over that box's figure."""
    figures = [c for line in cells.values() for c in line if _figure(c)]
    kept: dict[int, list[Cell]] = {}
    tags: dict[tuple[int, int], list[str]] = {}
    for n, line in cells.items():
        kept[n] = []
        for cell in line:
            before = kept[n][-1] if kept[n] else None
            if (
                before is not None
                and _figure(before)
                and not _figure(cell)
                and len(cell.text.split()) <= _TAG_WORDS
                and not any(f.start < cell.end and cell.start < f.end for f in figures)
            ):
                tags.setdefault((n, before.start), []).append(cell.text)
            else:
                kept[n].append(cell)
    return kept, tags


def _figure_columns(figures: list[Cell]) -> list[float]:
    """The centres of the columns the figures stand in: figures overlapping across lines share one."""
    spans: list[list[float]] = []
    for cell in sorted(figures, key=lambda c: c.start):
        if spans and cell.start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], cell.end)
        else:
            spans.append([cell.start, cell.end])
    return [(a + b) / 2 for a, b in spans]


def _nearest(columns: list[float], cell: Cell) -> int:
    centre = (cell.start + cell.end) / 2
    return min(range(len(columns)), key=lambda k: abs(columns[k] - centre))


def _phrases(cells: list[Cell]) -> bool:
    return sum(len(c.text.split()) for c in cells) >= _CAPTION_WORDS * len(cells)


def _blocks(column: list[tuple[int, Cell]]) -> list[list[tuple[int, Cell]]]:
    """Runs of caption cells on consecutive lines (one box's wrapped caption)."""
    blocks: list[list[tuple[int, Cell]]] = []
    for n, cell in column:
        if blocks and n == blocks[-1][-1][0] + 1:
            blocks[-1].append((n, cell))
        else:
            blocks.append([(n, cell)])
    return blocks


def _owner(block: list[tuple[int, Cell]], figures: list[int], below: bool) -> int:
    """The figure line a caption block belongs to: the one above it where captions go under their
    figures, the one below where they go over them (the nearest, at the grid's edge)."""
    first, last = block[0][0], block[-1][0]
    above = [n for n in figures if n < first]
    under = [n for n in figures if n > last]
    if below:
        return above[-1] if above else under[0]
    return under[0] if under else above[-1]
