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

from dataclasses import replace

from ingest.pdf_lines import Cell, Line, is_figure
from ingest.pdf_zones import Zone, crosses

_CAPTION_WORDS = 2.5  # words per caption cell, on average: phrases, not column labels


def figure_boxes(zone: Zone, lines: list[Line]) -> list[str] | None:
    """Each figure of the zone with its caption ("7,678 NHS Health Checks delivered"), or None
    when the zone is not a grid of captioned figures."""
    filled = [lines[i] for i in range(zone.first, zone.last + 1) if not lines[i].blank]
    cells = {line.number: zone.cells(line) for line in filled}
    return _stacked(zone, filled, cells)


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


def _caption_line(line: Line, zone: Zone) -> bool:
    return not line.blank and not crosses(line, zone.gutters) and not any(is_figure(c.text) for c in line.cells)


def _stacked(zone: Zone, filled: list[Line], cells: dict[int, list[Cell]]) -> list[str] | None:
    """Captions over or under their figures: lines of figures and lines of words, never mixed."""
    figure_lines = [n for n, cs in cells.items() if all(is_figure(c.text) for c in cs)]
    word_lines = [n for n, cs in cells.items() if not any(is_figure(c.text) for c in cs)]
    if len(figure_lines) + len(word_lines) < len(filled) or not figure_lines or not word_lines:
        return None  # a line with a label beside its figures: a table
    if not any(len(cells[n]) >= 2 for n in figure_lines):
        return None
    if not _phrases([c for n in word_lines for c in cells[n]]):
        return None  # short labels over figures: a table's header
    below = filled[0].number in figure_lines  # captions under their figures, or over them
    boxes: dict[tuple[int, int], list[str]] = {}  # (figure line, column) -> texts in reading order
    for k in range(len(zone.columns)):
        column = [(n, c) for n in sorted(cells) for c in cells[n] if zone.column_of(c) == k]
        figures = [(n, c) for n, c in column if n in figure_lines]
        if not figures:
            continue
        for n, cell in figures:
            boxes[(n, k)] = [cell.text]
        for block in _blocks([(n, c) for n, c in column if n in word_lines]):
            owner = _owner(block, [n for n, _ in figures], below)
            text = " ".join(c.text for _, c in block)
            if block[0][0] < owner:
                boxes[(owner, k)].insert(0, text)
            else:
                boxes[(owner, k)].append(text)
    if any(len(texts) < 2 for texts in boxes.values()):
        return None  # a figure with no words beside it: not a captioned grid
    return [" ".join(boxes[key]) for key in sorted(boxes)]


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
