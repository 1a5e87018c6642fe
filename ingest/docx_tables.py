"""Word tables as a header row over rows written as printed: "Service | May 2025 | June 2025" over
"Podiatry | 12 weeks | 11 weeks" (:mod:`ingest.table_rows`).

The header is the leading rows Word marks to repeat at the top of each page; failing that,
leading rows set in bold over rows that are not; failing that, a first row of short labels over
rows of figures (at least half of them hold one). A plain row of labels under a header cell merged
over several columns is part of the header too. Header rows stack into one label per column
("2023/24" over "Q1" is "2023/24 Q1"); a row that is one cell across the whole table above them is
the table's title.
A merged cell is read once (an empty cell under the further columns it covers), a cell merged down
several rows gives its text to each of them (a row label stays with every row it labels), and
empty rows are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest.docx_read import Cell, Table
from ingest.pdf_lines import is_figure
from ingest.table_rows import printed_row

_LABEL_WORDS = 8  # a header cell found by its look is a short label
_HEADER_ROWS = 3  # bold leading rows taken for a header, at most


@dataclass(frozen=True)
class TableText:
    titles: list[str]  # rows that are one cell across the table, above its header
    header: str | None  # the column labels, as a row
    rows: list[str]
    labels: list[str]  # one per column ("" where none)


Row = tuple[Cell | None, ...]


def table_text(table: Table, carried: list[str] | None = None) -> TableText:
    """The table's rows as text. ``carried`` are the column labels of the part before a page break (a PDF's
    table), which label this part's rows when it has no header or title of its own and as many columns."""
    rows, titles, count = layout(table)
    width = len(rows[0]) if rows else 0
    labels = column_labels(rows[titles : titles + count], width)
    if carried is not None and not titles and not count and len(carried) == width:
        labels = carried
    header = printed_row(_runs(labels)) if count else None
    body = [text for row in rows[titles + count :] if (text := row_text(row))]
    return TableText([_text(row) for row in rows[:titles]], header or None, body, labels)


def layout(table: Table) -> tuple[list[Row], int, int]:
    """The table's rows that hold text (each as wide as the table), how many of them are title rows
    (one cell across the table) and how many after those are its header."""
    rows = [row for row in _rectangular(table) if any(c is not None and c.text for c in row)]
    titles = 0
    while len(rows) - titles > 1 and len(rows[0]) > 1 and _one_cell(rows[titles]):
        titles += 1
    return rows, titles, header_rows(table, rows[titles:], titles)


def header_rows(table: Table, rows: list[Row], skipped: int = 0) -> int:
    """How many of ``rows`` (the table's rows after ``skipped`` title rows) are its header."""
    if len(rows) < 2 or len(rows[0]) < 2:
        return 0
    marked = max(0, table.marked_header - skipped)
    if marked:
        return min(marked, len(rows) - 1)
    bold = bold_header_rows(rows)
    if bold:
        return _with_sub_labels(rows, bold)
    first = [c.text for c in dict.fromkeys(rows[0]) if c is not None and c.text]
    labels = len(first) >= 2 and all(not is_figure(t) and len(t.split()) <= _LABEL_WORDS for t in first)
    # Rows of figures: at least half the rows under it hold one. A table of labels and values whose values
    # are words ("Meeting | Trust Board", "Agenda item | 6", ...) has no header, whatever one value is.
    figures = sum(any(is_figure(c.text) for c in row[1:] if c is not None and c.text) for row in rows[1:])
    return _with_sub_labels(rows, 1) if labels and figures * 2 >= len(rows) - 1 else 0


def bold_header_rows(rows: list[Row]) -> int:
    """How many leading rows are set in bold over rows that are not (at most three; 0 when all are)."""
    if len(rows) < 2:
        return 0
    bold = 0
    while bold < min(_HEADER_ROWS, len(rows) - 1) and _all_bold(rows[bold]) and not (bold and _group_title(rows[bold])):
        bold += 1
    return bold if bold and not all(_all_bold(row) for row in rows[bold:]) else 0


def _group_title(row: Row) -> bool:
    """A row whose only text is in its first cell ("Starting well" across the table, over that group's rows): the
    title of the rows under it, not a second level of the header above it."""
    filled = {id(c) for c in row if c is not None and c.text}
    return len(row) > 1 and len(filled) == 1 and row[0] is not None and bool(row[0].text)


def _with_sub_labels(rows: list[Row], count: int) -> int:
    """``count`` header rows, and the row under them too when it labels the columns of a header cell merged
    over several ("RAG rating" over "Latest" and "Previous"): a row of short labels, no figures among them,
    that parts the merged cell's columns into two labels or more."""
    if count >= min(_HEADER_ROWS, len(rows) - 1):
        return count
    merged = [columns for cell, columns in _merged(rows[count - 1]) if cell is not None and len(columns) > 1]
    under = rows[count]
    texts = [c.text for c in dict.fromkeys(under) if c is not None and c.text]
    labels = bool(texts) and all(not is_figure(t) and len(t.split()) <= _LABEL_WORDS for t in texts)
    split = any(
        len({id(cell) for c in columns if (cell := under[c]) is not None and cell.text}) > 1 for columns in merged
    )
    return count + 1 if merged and labels and split else count


def column_labels(header: list[Row], width: int) -> list[str]:
    """One label per column: the header rows' texts in it, top to bottom, each once."""
    labels = []
    for column in range(width):
        texts: list[str] = []
        for row in header:
            cell = row[column]
            if cell is not None and cell.text and cell.text not in texts:
                texts.append(cell.text)
        labels.append(" ".join(texts))
    return labels


def row_text(row: Row) -> str:
    """The row as printed, "Podiatry | 12 weeks | 11 weeks": a cell merged over several columns once."""
    cells: list[str] = []
    for cell, columns in _merged(row):  # a cell merged over columns once, an empty cell under the others
        cells += [cell.text if cell is not None else ""] + [""] * (len(columns) - 1)
    return printed_row(cells)


def _text(row: Row) -> str:
    return next(c.text for c in row if c is not None)


def _rectangular(table: Table) -> list[Row]:
    width = max((len(row) for row in table.rows), default=0)
    return [row + (None,) * (width - len(row)) for row in table.rows]


def _merged(row: Row) -> list[tuple[Cell | None, list[int]]]:
    """The row's cells, each once, with the columns it covers."""
    out: list[tuple[Cell | None, list[int]]] = []
    for column, cell in enumerate(row):
        if out and cell is not None and out[-1][0] is cell:
            out[-1][1].append(column)
        else:
            out.append((cell, [column]))
    return out


def _one_cell(row: Row) -> bool:
    """A row that is one cell across the whole table (a title set in the table)."""
    cells = {id(c) for c in row if c is not None}
    return len(cells) == 1 and all(c is not None for c in row)


def _all_bold(row: Row) -> bool:
    filled = [c for c in row if c is not None and c.text]
    return bool(filled) and all(c.bold for c in filled)


def _runs(labels: list[str]) -> list[str]:
    """One label per column, a label repeated next to itself (a merged header cell) once and an empty label
    under the columns it spans after the first, so the header's cells stand over the rows' cells."""
    return [label if label and (not i or labels[i - 1] != label) else "" for i, label in enumerate(labels)]
