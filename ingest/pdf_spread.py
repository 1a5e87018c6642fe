"""The right-hand half of a table printed across two facing pages (a two-page spread).

A table too wide for one page is often set across a spread: the left page holds the row
labels and the first columns, the right page the remaining columns of the same rows, in the
same order, with no labels of their own. Read alone, the right page's rows are bare figures
("2030: 3,222 | 2031: 3,259"); here they get the labels of the left page's rows, in order
("Aged 0-4 | 2030: 3,222 | ..."), and the table's id, so its title names them too.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest.pdf_lines import is_figure
from ingest.pdf_tables import TableText


@dataclass
class RowLabels:
    """The rows of the last table on a page, for a right-hand page to label its own."""

    table: int
    key_label: str  # the header over the labels ("Age band")
    labels: list[str]


def row_labels(table: TableText) -> RowLabels | None:
    """The table's row labels, when every row has one that is words, not a figure."""
    keys = table.keys
    if len(keys) < 2 or not all(keys) or any(is_figure(key) for key in keys):
        return None
    return RowLabels(table.carried.table if table.carried else -1, table.key_label, list(keys))


def label_right_half(table: TableText, left: RowLabels) -> bool:
    """Give a table of unlabelled rows the labels of the left page's rows, if it has as many."""
    keys = table.keys
    if table.by_group or len(keys) != len(left.labels) or not all(keys) or not all(is_figure(key) for key in keys):
        return False
    table.rows = [f"{label} | {row}" for label, row in zip(left.labels, table.rows, strict=True)]
    if table.header and left.key_label:
        table.header = f"{left.key_label} | {table.header}"
    if table.carried is not None:
        table.carried.table = left.table
    return True
