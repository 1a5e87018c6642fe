"""Tables a plain-text paper lays out with spaces, read as a PDF page's layout text is.

Minutes and agendas published as .txt set their tables in columns of spaces, with dashed rules
under the header and below the last row: the shape pypdf's layout text gives a PDF's tables. So
the PDF reader's table finder (:func:`ingest.pdf_zones.find_tables`) and table reader
(:func:`ingest.pdf_tables.build_table`) read them too: a header over two lines ("Region" over
"Oct-Dec 2025"), a first cell wrapped onto the line under its figures, a comment column wrapped
beside it. The rules are left out first: between a header and its rows they would cut one table
in two.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ingest.blocks import Block
from ingest.pdf_lines import split_lines, vocabulary
from ingest.pdf_tables import build_table, table_blocks
from ingest.pdf_zones import find_tables

RULE = re.compile(r"^\s*(?:-{3,}|={3,})\s*$")  # a line of dashes or equals signs alone


@dataclass(frozen=True)
class TextTable:
    first: int  # the table's first line (its title, if it has one) in the text's lines
    last: int  # its last line
    blocks: list[Block]


def fixed_width_tables(lines: list[str], next_id: Callable[[], int]) -> list[TextTable]:
    """The tables laid out with spaces among ``lines``, top to bottom; ``next_id`` gives each its table id."""
    kept = [i for i, line in enumerate(lines) if not RULE.match(line)]
    layout = split_lines("\n".join(lines[i] for i in kept))
    words = vocabulary(["\n".join(lines)])
    tables = []
    for zone in find_tables(layout):
        table = build_table(zone, layout, next_id(), None, words)
        first = min([zone.first, *zone.caption])
        tables.append(TextTable(kept[first], kept[zone.last], table_blocks(table)))
    return tables
