"""A table row as text, whatever format the table came from.

"Podiatry | 12 weeks | 11 weeks": the row's cells in the order they are printed, one " | " between
cells, under the table's header row ("Service | May 2025 | June 2025"), which the chunker carries to
every chunk of the table (``table_header``). The cells keep the order a reader copies them in, so a
row quoted from the page ("Podiatry 12 weeks 11 weeks") is found in the passage as printed; writing
each value after its column's label ("May 2025: 12 weeks") broke that run of values, and 12 of 57
quotes of three unseen papers matched no passage (see `evals/FINDINGS.md`, "A second batch of unseen layouts").
"""

from __future__ import annotations

from collections.abc import Iterable


def printed_row(cells: Iterable[str]) -> str:
    """The row's cells in printed order; an empty cell between two filled ones stays, empty, so the cells
    after it stay under their columns ("A | 1 |  | 3"); empty cells at either end are left out."""
    texts = [text.strip() for text in cells]
    filled = [i for i, text in enumerate(texts) if text]
    return " | ".join(texts[filled[0] : filled[-1] + 1]) if filled else ""
