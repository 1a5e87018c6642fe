"""Read PDFs with pypdf (layout mode, so table rows stay rows) and parse pages into blocks.

Layout text keeps columns aligned with runs of spaces. A line that splits into several
cells on such runs is a table row; the table's first rows whose cells are labels (no
figures) are its header, and every later row is written out with those labels
("Total appointments | April 2023: 73,727 | May 2023: 83,357"), so a row read on its own
still says what each figure is. Bullets become list items, wrapped lines are rejoined,
and a short first line of a page (a slide or section title) becomes a soft heading.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ingest.blocks import (
    HEADING, LIST_ITEM, PARAGRAPH, SOFT_HEADING_LEVEL, TABLE_ROW, Block, ParsedDocument, assemble, clean_inline,
)
from ingest.load import IngestError

_GAP = re.compile(r"\s{2,}")
_BULLET = re.compile(r"^(?:[•●▪◦■□➢►✓-]|–|—|\*)\s*")
_NUMBER_CELL = re.compile(r"^[(£$€-]?\s?\d[\d,.]*\s?(?:%|[kmb]|bn|m)?\)?$|^(?:n/?a|-|–|—)$", re.I)
_SENTENCE_END = re.compile(r"[.!?:;]$")


def read_pdf(path: Path, data: bytes, max_pages: int) -> tuple[list[str], dict[str, str]]:
    """Layout text of every page and the document metadata, or an IngestError."""
    import pypdf
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not _open_without_password(reader):
            raise IngestError(path, "encrypted PDF: it needs a password, so its text cannot be read")
        count = len(reader.pages)
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError) as exc:
        raise IngestError(path, f"not a readable PDF ({type(exc).__name__}: {_short(exc)})") from None
    except Exception as exc:  # pypdf raises assorted errors on damaged files
        raise IngestError(path, f"not a readable PDF ({type(exc).__name__}: {_short(exc)})") from None
    if count == 0:
        raise IngestError(path, "the PDF has no pages")
    if count > max_pages:
        raise IngestError(path, f"too many pages ({count}; the limit is {max_pages})")
    pages = [_page_text(reader, i) for i in range(count)]
    return pages, _metadata(reader)


def _open_without_password(reader: object) -> bool:
    try:
        return bool(reader.decrypt(""))  # type: ignore[attr-defined]
    except Exception:
        return False


def _page_text(reader: object, index: int) -> str:
    page = reader.pages[index]  # type: ignore[attr-defined]
    try:
        return page.extract_text(extraction_mode="layout") or ""
    except Exception:
        try:
            return page.extract_text() or ""
        except Exception:
            return ""


def _metadata(reader: object) -> dict[str, str]:
    try:
        meta = reader.metadata or {}  # type: ignore[attr-defined]
    except Exception:
        return {}
    out = {}
    for key in ("/Title", "/Author", "/Subject", "/CreationDate"):
        value = meta.get(key)
        if value:
            out[key.strip("/").lower()] = " ".join(str(value).split())
    return out


def _short(exc: Exception) -> str:
    text = " ".join(str(exc).split()) or "damaged file"
    return text[:120]


# --- page layout text -> blocks ------------------------------------------------------
@dataclass
class _Table:
    id: int
    labels: list[tuple[int, str]] = field(default_factory=list)  # (column start, label)
    pending_label: list[str] = field(default_factory=list)


def parse_pdf(pages: list[str], metadata: dict[str, str] | None = None) -> ParsedDocument:
    boilerplate = _boilerplate_lines(pages)
    blocks: list[Block] = []
    table_ids = iter(range(1, 1_000_000))
    for number, text in enumerate(pages, start=1):
        blocks.extend(_page_blocks(number, text, boilerplate, table_ids))
    return assemble(blocks, pages=len(pages), metadata=metadata or {})


def _boilerplate_lines(pages: list[str]) -> set[str]:
    """Lines on many pages (running headers, footers, classification marks)."""
    counts: Counter[str] = Counter()
    for text in pages:
        counts.update({" ".join(line.split()) for line in text.splitlines() if line.strip()})
    threshold = max(3, len(pages) // 4)
    return {line for line, n in counts.items() if n >= threshold and len(line) < 120}


def _page_blocks(number: int, text: str, boilerplate: set[str], table_ids) -> list[Block]:
    out: list[Block] = []
    para: list[str] = []
    kind = PARAGRAPH
    table: _Table | None = None
    titled = False

    def flush() -> None:
        nonlocal para, kind
        if para:
            out.append(Block(kind, clean_inline(" ".join(para), markdown=False), page=number))
        para, kind = [], PARAGRAPH

    lines = text.splitlines()
    for i, raw in enumerate(lines):
        line = raw.rstrip()
        flat = " ".join(line.split())
        if not flat:
            flush()
            continue
        if flat in boilerplate:
            continue
        if not titled:
            titled = True
            if _is_title(flat, lines[i + 1:]):
                out.append(Block(HEADING, clean_inline(flat, markdown=False), level=SOFT_HEADING_LEVEL, page=number))
                continue
        cells = _cells(line)
        if len(cells) >= 2 and _is_row(cells):
            flush()
            if table is None:
                table = _Table(next(table_ids))
            row = _table_row(table, cells)
            if row:
                out.append(Block(TABLE_ROW, clean_inline(row, markdown=False), page=number, table=table.id))
            continue
        if table is not None and len(cells) == 1 and not _SENTENCE_END.search(flat) and len(flat) < 80 \
                and _next_is_row(lines[i + 1:]):
            table.pending_label.append(flat)  # a row label wrapped over several lines
            continue
        table = None if len(cells) == 1 and not _next_is_row(lines[i + 1:]) else table
        if _BULLET.match(flat):
            flush()
            para, kind = [_BULLET.sub("- ", flat, count=1)], LIST_ITEM
        else:
            para.append(flat)
    flush()
    return out


def _cells(line: str) -> list[tuple[int, str]]:
    """(start column, text) of each run separated by 2+ spaces."""
    cells = []
    for m in re.finditer(r"\S+(?: \S+)*", line):
        cells.append((m.start(), m.group(0)))
    return cells


def _is_row(cells: list[tuple[int, str]]) -> bool:
    """Several cells with at least one figure, or three or more cells of short labels."""
    texts = [c[1] for c in cells]
    if any(_NUMBER_CELL.match(t) for t in texts[1:]):
        return True
    return len(texts) >= 3 and all(len(t.split()) <= 6 for t in texts)


def _next_is_row(lines: list[str]) -> bool:
    for line in lines[:3]:
        if line.strip():
            cells = _cells(line)
            return len(cells) >= 2 and _is_row(cells)
    return False


def _table_row(table: _Table, cells: list[tuple[int, str]]) -> str:
    texts = [c[1] for c in cells]
    figures = [t for t in texts if _NUMBER_CELL.match(t)]
    if not figures:
        # A row of labels: the header (or a second header line, e.g. years under months).
        if table.labels and len(cells) == len(table.labels):
            table.labels = [(col, f"{label} {text}") for (col, label), (_, text) in zip(table.labels, cells)]
        else:
            table.labels = list(cells)
        return " | ".join(texts)
    label = " ".join(table.pending_label + ([texts[0]] if not _NUMBER_CELL.match(texts[0]) else []))
    table.pending_label = []
    values = cells[1:] if not _NUMBER_CELL.match(texts[0]) else cells
    parts = [label] if label else []
    for col, value in values:
        header = _header_for(table, col, len(value))
        parts.append(f"{header}: {value}" if header else value)
    return " | ".join(parts)


def _header_for(table: _Table, col: int, width: int) -> str:
    """The header label whose column overlaps this cell's the most (right-aligned figures)."""
    best, best_overlap = "", 0
    for i, (start, label) in enumerate(table.labels):
        end = start + len(label)
        cell_end = col + width
        overlap = min(end, cell_end) - max(start, col)
        if overlap > best_overlap or (overlap == best_overlap and overlap > 0 and abs(end - cell_end) < 2):
            best, best_overlap = label, overlap
    if best:
        return best
    # No overlap: the nearest label to the left, if the header has one column per value.
    left = [label for start, label in table.labels if start <= col]
    return left[-1] if left and len(table.labels) > 1 and table.labels[0][0] < col else ""


def _is_title(flat: str, rest: list[str]) -> bool:
    words = flat.split()
    return 0 < len(words) <= 12 and not _SENTENCE_END.search(flat) and any(w[0].isupper() for w in words) \
        and not _BULLET.match(flat)
