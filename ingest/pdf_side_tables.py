"""Two tables set side by side on a page (a dashboard's small tables), found as one zone: split them.

The table finder sees one run of rows sharing gutters. Two tables side by side read, column by
column, as a label column and its figures, then another label column and its figures
("Site | Beds | Occupied | Staff group | Vacancies | Rate"). That alone is also how a scorecard with a
status column between figures reads, so the split needs more: the tables' rows disagree (a line with
figures on one side only: the tables have different numbers of rows), and the gap between the tables is
the zone's widest. Each side is then a table of its own, its cells only.
"""

from __future__ import annotations

from dataclasses import replace

from ingest.pdf_lines import Line, is_figure
from ingest.pdf_table_header import grid
from ingest.pdf_zones import Zone

_FIGURES = 0.5  # share of a column's cells that are figures, for a column of figures


def side_by_side(zone: Zone, lines: list[Line]) -> list[tuple[Zone, list[Line]]] | None:
    """The two tables side by side in the zone, each with the page's lines cut to its side; or None."""
    body = [lines[i] for i in range(zone.first, zone.last + 1) if not lines[i].blank and i not in zone.spanning]
    grids = [grid(zone, line) for line in body]
    kinds = [_kind([g[k] for g in grids if k in g]) for k in range(len(zone.columns))]
    split = next(
        (
            k
            for k in range(2, len(kinds) - 1)
            if kinds[0] == kinds[k] == "words" and kinds[k - 1] == "figures" and "figures" in kinds[k + 1 :]
        ),
        None,
    )
    if split is None or not any(_one_side(g, split) for g in grids):
        return None
    between = zone.gutters[split - 1]  # the gutter between the two tables: the widest
    if any(end - start >= between[1] - between[0] for start, end in zone.gutters if (start, end) != between):
        return None
    x = between[0]
    left = [Line(line.number, line.raw, [c for c in zone.cells(line) if c.end <= x]) for line in lines]
    right = [Line(line.number, line.raw, [c for c in zone.cells(line) if c.start > x]) for line in lines]
    return [
        (replace(zone, gutters=zone.gutters[: split - 1], spanning=[]), left),
        (replace(zone, gutters=zone.gutters[split:], caption=list(zone.caption), spanning=[]), right),
    ]


def _kind(texts: list[str]) -> str:
    figures = sum(1 for t in texts if is_figure(t))
    return "figures" if texts and figures >= _FIGURES * len(texts) else "words"


def _one_side(cells: dict[int, str], split: int) -> bool:
    """Figures on one side of the split and nothing on the other: a row one table has and the other has not."""
    left = {k: t for k, t in cells.items() if k < split}
    right = {k: t for k, t in cells.items() if k >= split}
    side = left or right
    return not (left and right) and any(is_figure(t) for t in side.values())
