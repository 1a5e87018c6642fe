"""Tables written as text (Markdown pipe tables, tab-separated rows pasted from PDFs) read with their header
row, as PDF and Word tables are (:mod:`ingest.table_rows`).

A row of a table whose columns are its categories ("Prevention | Early Years | Adults' Mental Health" over
rows of coordinators and oversight groups) says nothing about which category a cell belongs to once it is
a chunk of its own: "Coordinators: Chief Nursing Officer | Coordinators: Director of Public Health". Its header
row, marked here, goes with it: the chunker carries it to every chunk of the table's rows (``table_header``).

A pipe table marks its header row with the separator under it. Tab-separated rows mark nothing, so their first
row is taken for a header when its cells are short labels (not figures, not "Title:" labels of a key-value
form) and the rows under it are plainly something else: the labels are bold and the rows are not, the rows
hold figures, or their cells are at least twice as long as the labels.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.blocks import Block, kept_cells
from ingest.pdf_lines import is_figure, is_year
from ingest.table_rows import printed_row

_LABEL_WORDS = 8  # a column label is a short phrase
_LONGER = 2.0  # body cells at least this many times the labels' length in words: the labels head them
_BOLD = re.compile(r"^\s*(?:<(?:b|strong)\b[^>]*>|\*\*|__).*(?:</(?:b|strong)>|\*\*|__)\s*$", re.I | re.S)


@dataclass
class TextRow:
    """One row of a text table: its block, its cells as written and as plain text."""

    block: Block
    raw: list[str]
    cells: list[str]
    after_blank: bool = False  # a blank line stands between it and the row above


def mark_header(rows: Sequence[TextRow]) -> None:
    """Mark the header row of one table, and write each body row as printed ("row name | value | ..."), so
    the chunker carries the header to every chunk of the table's rows (``table_header``).

    A header heads the rows directly under it: rows after a blank line may be another table set beside it
    (an attendance list, then the minutes' numbered items), and are left as they are."""
    rows = list(rows)
    ends = next((i for i, row in enumerate(rows) if i and row.after_blank), len(rows))
    rows = rows[:ends]
    if len(rows) < 2 or any(row.block.header for row in rows[1:]):
        return
    if not rows[0].block.header and not _headed(rows):
        return
    rows[0].block.header = True
    for row in rows:  # a label spanning columns once, an empty cell under the columns it spans after the first
        kept = dict(kept_cells(row.cells))
        if text := printed_row(kept.get(i, "") for i in range(len(row.cells))):
            row.block.text = text


def _headed(rows: Sequence[TextRow]) -> bool:
    """A table without a marked header whose first row reads as its columns' labels (see the module docstring)."""
    head = [c for c in rows[0].cells if c]
    if len(head) < 2 or not all(_label(c) for c in head):
        return False
    body = [c for row in rows[1:] for c in row.cells if c]
    if not body:
        return False
    bold = all(_BOLD.match(raw) for raw in rows[0].raw if raw.strip()) and not all(
        _BOLD.match(raw) for row in rows[1:] for raw in row.raw if raw.strip()
    )
    figures = any(is_figure(c) and not is_year(c) for row in rows[1:] for c in row.cells[1:] if c)
    longer = _mean_words(body) >= _LONGER * _mean_words(head)
    return bold or figures or longer


def _label(text: str) -> bool:
    return (
        len(text.split()) <= _LABEL_WORDS
        and not text.endswith((":", ";", ","))
        and (not is_figure(text) or is_year(text))
        and not text[:1].islower()
    )


def _mean_words(cells: Sequence[str]) -> float:
    return sum(len(c.split()) for c in cells) / len(cells)
