"""Tables a PDF draws with ruled cell borders, read cell by cell with pdfplumber.

Word and most office suites export a table with its borders drawn as lines. Where every cell
is boxed, the boxes say which words belong together: a cell that wraps over three lines is one
cell, a header set over two lines ("Exec" over "lead") is one label, a header cell merged over
four columns ("2024/25" over Q1-Q4) labels each of them. Read from the text alone, the wrapped
lines of neighbouring cells interleave and a two-level header looks like two rows of text. So a
ruled grid is taken as it is drawn (pdfplumber's "lines" strategy), its cells written as a Word
table's are (:mod:`ingest.docx_tables`), and its words are left out of the page's layout text,
where a marker line holds its place among the page's paragraphs.

A grid is taken only when its cells say what the values are (see :func:`_labelled`): two rows or
more with text in two cells or more, under a bold header or as labels beside values; or the rest of
a table the page before ended in, however short. A single boxed paragraph, a one-column list of
boxes, boxes whose borders cut through words (shading behind runs of text) or any other grid is
left to the layout reader.
"""

from __future__ import annotations

import io
import itertools
import logging
import re
from dataclasses import dataclass, replace
from typing import Any

from ingest.docx_read import Cell, Table
from ingest.docx_tables import bold_header_rows, layout

MARKER = "\ue000"  # a private-use character: no document's text holds it
MARKERS = re.compile(f"{MARKER}table \\d+\\.\\d+{MARKER}")
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_EDGE = 1.0  # points a word's baseline may stand outside a cell's box and still be in it
_SPACE = 0.15  # a gap between two characters wider than this share of the font size is a space
_MAX_CELLS = 2_000  # a page-long table of 60 rows and 12 columns has 720


@dataclass(frozen=True)
class RuledTable:
    box: tuple[float, float, float, float]  # x0, top, x1, bottom, in points from the page's top left
    table: Table
    drawn: str = ""  # every word the grid holds on its page (a row's end may move to the page before's table)

    def holds(self, x: float, top: float) -> bool:
        x0, y0, x1, y1 = self.box
        return x0 - _EDGE <= x <= x1 + _EDGE and y0 - _EDGE <= top <= y1 + _EDGE


def marker(page: int, index: int) -> str:
    """The line that stands in a page's layout text where its ``index``-th ruled table is."""
    return f"{MARKER}table {page}.{index}{MARKER}"


def ruled_tables(data: bytes, pages: int) -> list[list[RuledTable]]:
    """Each page's ruled tables, top to bottom; none for a page (or a file) pdfplumber cannot read."""
    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    out: list[list[RuledTable]] = [[] for _ in range(pages)]
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for number, page in enumerate(pdf.pages[:pages]):
                try:
                    out[number] = _page_tables(page)
                except Exception:  # noqa: BLE001 -- one page's drawing must not stop the others
                    out[number] = []
    except Exception:  # noqa: BLE001 -- then the layout reader reads every page, as before
        return [[] for _ in range(pages)]
    return _rows_rejoined(_labelled(out))


def _labelled(pages: list[list[RuledTable]]) -> list[list[RuledTable]]:
    """The ruled tables whose cells say what their values are: those with a header set in bold over plain rows,
    a label column beside a value column (a cover sheet), and a page's first table going on from the page
    before's last one with as many columns. Any other grid (lines drawn inside a table's cells, which cut
    one row in several; a header the grid cuts in pieces) is left to the layout reader, which finds labels
    by where the text stands."""
    out: list[list[RuledTable]] = []
    last_width = 0  # the columns of the page before's last table kept (0: none)
    for tables in pages:
        kept = []
        for k, ruled in enumerate(tables):
            rows, titles, _ = layout(ruled.table)
            width = len(rows[0]) if rows else 0
            continues = k == 0 and 0 < last_width == width
            table = len(rows) >= 2 and sum(map(_filled, rows)) >= 2
            if continues or (table and (width == 2 or bold_header_rows(rows[titles:]))):
                kept.append(ruled)
        out.append(kept)
        last_width = len(layout(kept[-1].table)[0][0]) if kept else 0
    return out


def _filled(row: tuple[Cell | None, ...]) -> bool:
    """A row with text in two cells or more."""
    return len({c.key for c in row if c is not None and c.text}) >= 2


def _rows_rejoined(pages: list[list[RuledTable]]) -> list[list[RuledTable]]:
    """A row broken over a page, as a word processor lets a long row break: the part on the next page heads
    the table there (under its repeated header, if any) with no row label and most cells empty. Its cells'
    text is put at the end of the same cells of the row it goes on from, the last on the page before. (A
    row under a label merged down from the page before has no label either, but its cells are filled.)"""
    for before, after in itertools.pairwise(pages):
        if not before or not after:
            continue
        last, first = before[-1], after[0]
        rows, titles, header = layout(first.table)
        width = len(rows[0]) if rows else 0
        if width != len(layout(last.table)[0][0]) or len(rows) <= titles + header + 1:
            continue
        part = rows[titles + header]
        filled = [c for c in dict.fromkeys(part) if c is not None and c.text]
        if part[0] is None or part[0].text or not filled or len(filled) * 2 > width:
            continue
        end = list(last.table.rows[-1])
        for column, cell in enumerate(part):
            if cell is not None and cell.text and column < len(end) and (was := end[column]) is not None:
                end = [replace(c, text=f"{c.text} {cell.text}".strip()) if c is was else c for c in end]
        before[-1] = replace(last, table=Table((*last.table.rows[:-1], tuple(end)), last.table.marked_header))
        kept = tuple(row for row in first.table.rows if row is not part)
        after[0] = replace(first, table=Table(kept, first.table.marked_header))
    return pages


def _page_tables(page: Any) -> list[RuledTable]:
    if int(page.rotation or 0) % 360:
        return []  # a turned page's boxes and its text do not share one frame here
    found = []
    for grid in page.find_tables():
        table = _table(page, grid)
        if table is not None:
            drawn = " ".join(c.text for row in table.rows for c in dict.fromkeys(row) if c is not None)
            found.append(RuledTable(tuple(float(v) for v in grid.bbox), table, drawn))  # type: ignore[arg-type]
    return sorted(found, key=lambda t: t.box[1])


def _table(page: Any, grid: Any) -> Table | None:
    """The grid as a table of cells, a merged cell the same cell at every position it covers; None for a grid of
    more cells than any table prints (a chart's or a map's gridlines): the time to read one grows with the square
    of its cells (2,500 cells: a second)."""
    boxes = [tuple(b) for b in grid.cells]
    if len(boxes) > _MAX_CELLS:
        return None
    chars = page.chars
    cells: dict[tuple[float, ...], Cell] = {}
    where: dict[int, int] = {}  # id of a character -> the box it stands in
    for key, box in enumerate(boxes):
        inside = [c for c in chars if _inside(box, c)]
        where.update((id(c), key) for c in inside)
        text = _cell_text(inside)
        letters = [c for c in inside if not c["text"].isspace()]
        bold = bool(letters) and all(_BOLD_FONT.search(str(c.get("fontname", ""))) for c in letters)
        cells[box] = Cell(text, key, bold)
    if _cuts_words([c for c in chars if id(c) in where], where):
        return None
    # The grid's own columns and rows are where any cell starts: a merged cell spans several of them.
    columns = _bands([b[0] for b in boxes], max(b[2] for b in boxes))
    bands = _bands([b[1] for b in boxes], max(b[3] for b in boxes))
    rows = [tuple(_covering(cells, (x0 + x1) / 2, (y0 + y1) / 2) for x0, x1 in columns) for y0, y1 in bands]
    if len(columns) < 2 or not any(_filled(row) for row in rows):
        return None
    return Table(tuple(rows))


def _cuts_words(chars: list[dict[str, Any]], where: dict[int, int]) -> bool:
    """Whether a border of the grid runs through a word: two letters side by side on one line, no space between,
    in two boxes. A table's borders stand between its cells' words; boxes that cut words are shading drawn behind
    runs of text (highlighted lines, tinted headings) or a chart's gridlines behind its labels."""
    for line in _text_lines(chars):
        for a, b in itertools.pairwise(line):
            if (
                where[id(a)] != where[id(b)]
                and a["text"].isalpha()
                and b["text"].isalpha()
                and float(b["x0"]) - float(a["x1"]) <= float(a["size"]) * _SPACE
            ):
                return True
    return False


def _text_lines(chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The characters as lines of text, top to bottom, each left to right: one line while the tops stay within half
    a character's size of the line's first."""
    lines: list[list[dict[str, Any]]] = []
    for char in sorted(chars, key=lambda c: (round(c["top"]), c["x0"])):
        if lines and abs(lines[-1][0]["top"] - char["top"]) <= char["size"] / 2:
            lines[-1].append(char)
        else:
            lines.append([char])
    for line in lines:
        line.sort(key=lambda c: c["x0"])
    return lines


def _bands(starts: list[float], end: float) -> list[tuple[float, float]]:
    """The spans between consecutive distinct ``starts`` (within a point of each other: one) and ``end``."""
    edges: list[float] = []
    for start in sorted(starts):
        if not edges or start - edges[-1] > _EDGE:
            edges.append(start)
    return list(zip(edges, [*edges[1:], end], strict=True))


def _covering(cells: dict[tuple[float, ...], Cell], x: float, y: float) -> Cell | None:
    return next((cell for (x0, y0, x1, y1), cell in cells.items() if x0 <= x <= x1 and y0 <= y <= y1), None)


def _inside(box: tuple[float, ...], char: dict[str, Any]) -> bool:
    x0, top, x1, bottom = box
    x, y = (float(char["x0"]) + float(char["x1"])) / 2, (float(char["top"]) + float(char["bottom"])) / 2
    return x0 <= x <= x1 and top <= y <= bottom


def _cell_text(chars: list[dict[str, Any]]) -> str:
    """The cell's words in reading order, its wrapped lines joined: with a space, or with none after a hyphen
    that ends a line ("non-" over "executive" is "non-executive")."""
    texts = []
    for line in _text_lines(chars):
        words, last = "", None
        for char in line:
            if last is not None and char["x0"] - last["x1"] > char["size"] * _SPACE and not words.endswith(" "):
                words += " "
            words += char["text"]
            last = char
        texts.append(" ".join(words.split()))
    text = ""
    for line_text in filter(None, texts):
        if text.endswith("-") and line_text[:1].isalpha():
            text += line_text
        else:
            text += (" " if text else "") + line_text
    return text
