"""A Word (.docx) paper as the HTML the originals route shows: what ingest read, laid out.

Headings are the headings the parser made (so a citation's section path finds its anchor),
list items keep the bullet or number Word draws, and tables keep their header rows and merged
cells. Every text is escaped here; ``ui.originals`` cleans the page again before serving it.
"""

from __future__ import annotations

import html
from pathlib import Path

from ingest.blocks import HEADING, LIST_ITEM, SOFT_HEADING_LEVEL, Block
from ingest.docx import outline
from ingest.docx_read import Cell, Table, read_docx
from ingest.docx_tables import layout

esc = html.escape


def docx_html(path: Path) -> str:
    out = []
    for part in outline(read_docx(path, path.read_bytes())):
        out.append(_table(part) if isinstance(part, Table) else _block(part))
    return "\n".join(out)


def _block(block: Block) -> str:
    if block.kind == HEADING and block.level < SOFT_HEADING_LEVEL:
        return f"<h{block.level}>{esc(block.text)}</h{block.level}>"
    if block.kind == HEADING:
        return f"<p><strong>{esc(block.text)}</strong></p>"
    if block.kind == LIST_ITEM and block.text.startswith("- "):
        return f"<p>• {esc(block.text[2:])}</p>"
    return f"<p>{esc(block.text)}</p>"


def _table(table: Table) -> str:
    rows, titles, header = layout(table)
    lines = ["<table>"]
    for r, row in enumerate(rows):
        tag = "th" if r < titles + header else "td"
        cells = []
        for c, cell in enumerate(row):
            if cell is not None and ((c and row[c - 1] is cell) or (r and rows[r - 1][c] is cell)):
                continue  # covered by a merged cell to its left or above
            span = _span(rows, r, c, cell)
            cells.append(f"<{tag}{span}>{esc(cell.text) if cell else ''}</{tag}>")
        lines.append(f"<tr>{''.join(cells)}</tr>")
    lines.append("</table>")
    return "".join(lines)


def _span(rows: list[tuple[Cell | None, ...]], r: int, c: int, cell: Cell | None) -> str:
    if cell is None:
        return ""
    across = 1
    while c + across < len(rows[r]) and rows[r][c + across] is cell:
        across += 1
    down = 1
    while r + down < len(rows) and rows[r + down][c] is cell:
        down += 1
    return (f' colspan="{across}"' if across > 1 else "") + (f' rowspan="{down}"' if down > 1 else "")
