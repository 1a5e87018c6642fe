"""Read PDFs with pypdf (layout mode, so table rows stay rows) and parse pages into blocks.

Layout text keeps columns aligned with runs of spaces. Tables are found by the gutters
their rows share (:mod:`ingest.pdf_zones`) and written out row by row with their column
labels (:mod:`ingest.pdf_tables`), so "Total number of appointments | April 2023: 73,727"
read on its own still says what the figure is. The rest is running text
(:mod:`ingest.pdf_prose`); a short first line of a page (a slide or section title) becomes
a soft heading. Page numbers are dropped, and running headers and footers are kept only
where they first appear; text that layout mode cannot see (inside form XObjects: stamps,
"This page is intentionally left blank") is taken from pypdf's plain extraction and added
at the end of its page.
"""

from __future__ import annotations

import io
import itertools
import logging
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from ingest.blocks import (
    HEADING,
    PARAGRAPH,
    SOFT_HEADING_LEVEL,
    TABLE_ROW,
    Block,
    ParsedDocument,
    assemble,
)
from ingest.docx_read import Table
from ingest.docx_tables import table_text
from ingest.load import IngestError
from ingest.pdf_bold import BoldLines, BoldRuns
from ingest.pdf_charts import chart_pages
from ingest.pdf_drop_caps import with_drop_caps
from ingest.pdf_figures import figure_boxes, with_captions_above, with_figures_around, without_loose_words
from ingest.pdf_layout import layout_text
from ingest.pdf_letter_spacing import closed_up
from ingest.pdf_lines import EDGE_LINES, Line, cells_of, continues, ends_open, split_lines, vocabulary
from ingest.pdf_page_break import continued_zone
from ingest.pdf_page_columns import column_pages, running_lines
from ingest.pdf_prose import ProseWriter
from ingest.pdf_ruled import MARKER, MARKERS, RuledTable, marker, ruled_tables
from ingest.pdf_sheets import sheet_pages
from ingest.pdf_side_tables import side_by_side
from ingest.pdf_spread import RowLabels, label_right_half, row_labels
from ingest.pdf_tables import (
    Carried,
    TableText,
    build_table,
    inner_columns,
    table_blocks,
    text_columns,
    with_text_around,
)
from ingest.pdf_zones import Zone, crosses, find_tables
from vectorstore.text import BULLET, MONTH, is_page_number, recurring

_OPEN_END = re.compile(r"[.!?:;,\-–/]$")  # a title does not end a sentence or run on
_SENTENCE_END = re.compile(r"[a-z)][.!?]\s+\S")  # a sentence ends inside the line
_MIN_ZONE_LINES = 3  # lines of the part of a table or of columns of text left above a ruled table in it
_RUNNING = 0.15  # share of pages a running header or footer is on, at least
# Bold lines name the section they start when together they read as a title of at most this many lines and
# words: a minute's item title runs to three lines ("90. 24/00109 - Transfer the 18-25 section of ... Directorate").
_BOLD_TITLE_LINES = 3
_BOLD_TITLE_WORDS = 40
_NAMING = re.compile(r"\b[^\W\d_]{3,}")  # a word of three letters or more
_DATE_WORD = re.compile(rf"\b(?:{MONTH}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.IGNORECASE)
# A section or item number opening a line: "84. ", "2.1 ", "2.1. " (not a year or an amount: "2025 ", "12 ").
# A page's number ending a line: "7", "Page 7", "Page 7 of 10", "7 of 10".
_TRAILING_PAGE_NUMBER = re.compile(r"\s+(?:page\s+)?(\d{1,4})(?:\s+of\s+\d{1,4})?\s*$", re.IGNORECASE)
_GLUED = re.compile(r"\d+|[^\W\d_]+|[^\w\s]+")  # the figures, the letters and the marks of a word
_SECTION_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.\s|^\d{1,3}(?:\.\d{1,3})+\s")


def read_pdf(
    path: Path, data: bytes, max_pages: int
) -> tuple[list[str], dict[str, str], list[list[str]], dict[str, Table]]:
    """Layout text of every page, the document metadata, each page's bold text and its ruled tables (each under
    the marker line that holds its place in its page's text), or an IngestError."""
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
    except Exception as exc:  # noqa: BLE001 -- pypdf raises assorted errors on damaged files
        raise IngestError(path, f"not a readable PDF ({type(exc).__name__}: {_short(exc)})") from None
    if count == 0:
        raise IngestError(path, "the PDF has no pages")
    if count > max_pages:
        raise IngestError(path, f"too many pages ({count}; the limit is {max_pages})")
    ruled = ruled_tables(data, count)
    read = [_page_text(reader, i, ruled[i]) for i in range(count)]
    tables = {marker(i + 1, k): t.table for i, page in enumerate(ruled) for k, t in enumerate(page)}
    return [text for text, _ in read], _metadata(reader), [bold for _, bold in read], tables


def _open_without_password(reader: object) -> bool:
    try:
        return bool(reader.decrypt(""))  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 -- any failure means it cannot be opened without a password
        return False


def _page_text(reader: object, index: int, ruled: list[RuledTable]) -> tuple[str, list[str]]:
    """Layout text of the page (its ruled tables' text left out), plus any plain-mode lines whose words layout
    mode missed; and its bold text."""
    page = reader.pages[index]  # type: ignore[attr-defined]
    bold = BoldRuns()
    try:
        plain = page.extract_text(visitor_text=bold) or ""
    except Exception:  # noqa: BLE001 -- one damaged page must not stop the others
        plain = ""
    try:
        layout = layout_text(page, ruled, index + 1)
    except Exception:  # noqa: BLE001
        return plain, []
    drawn = " ".join(t.drawn for t in ruled)  # the tables' words, left out of the layout text but read
    missing = missing_lines(f"{layout}\n{drawn}", plain)
    return layout + ("\n\n" + "\n".join(missing) if missing else ""), bold.stretches


def missing_lines(layout: str, plain: str) -> list[str]:
    """Lines of ``plain`` with words found nowhere in ``layout`` (page numbers aside). A word of figures and letters
    run together is found where its parts are: plain mode joins two runs drawn with no space between them, which
    layout mode sets apart ("Page 2 of 3" and a footer's title: "3Annual")."""
    words = Counter(layout.split())
    squeezed = "".join(layout.split())
    out = []
    for line in plain.splitlines():
        flat = " ".join(line.split())
        if not flat or is_page_number(flat):
            continue
        lost = False
        for word in flat.split():
            if words[word] > 0:
                words[word] -= 1
            elif word not in squeezed and not all(piece in squeezed for piece in _GLUED.findall(word)):
                lost = True
        if lost:
            out.append(flat)
    return out


def _metadata(reader: object) -> dict[str, str]:
    try:
        meta = reader.metadata or {}  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001
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
def parse_pdf(
    pages: list[str],
    metadata: dict[str, str] | None = None,
    bold: list[list[str]] | None = None,
    tables: dict[str, Table] | None = None,
) -> ParsedDocument:
    """Blocks of the pages' layout text. ``bold`` holds each page's bold text (:mod:`ingest.pdf_bold`): bold titles
    name the places they start (:attr:`ParsedDocument.titles`), without changing the blocks or their text.
    ``tables`` holds the ruled tables (:mod:`ingest.pdf_ruled`) by the marker lines that stand for them."""
    pages = with_drop_caps(closed_up(pages))  # letter-spaced headings as their words, drop capitals in theirs
    # A sheet holding two pages side by side is read as those two pages, both under the sheet's number; a page set in
    # columns of text as its columns.
    held = list(enumerate(sheet_pages(pages), start=1))
    running = running_lines([page for _, pages_held in held for page in pages_held])
    sheets = [
        (number, piece)
        for number, pages_held in held
        for page in pages_held
        for column in column_pages(page, running)
        for piece in chart_pages(column)
    ]
    page_lines = _page_numbers_dropped([split_lines(text) for _, text in sheets])
    furniture = _furniture(page_lines)
    blocks: list[Block] = []
    table_ids = iter(range(1, 1_000_000))
    carried: Carried | None = None
    left: RowLabels | None = None  # the rows of the previous page's last table
    seen: set[str] = set()
    words = vocabulary(pages)
    titles: list[tuple[int, str, str]] = []  # (page, first line, whole title)
    ruled: RuledCarried | None = None  # the ruled table the previous page ended in
    for (number, _), lines in zip(sheets, page_lines, strict=True):
        lines = _without_furniture(lines, furniture, seen)
        reader = _PageReader(number, lines, furniture, carried, left, words, bold[number - 1] if bold else None)
        page_blocks, carried = reader.read(table_ids, tables or {}, ruled)
        ruled = reader.ends_in_ruled
        left = row_labels(reader.last_table) if reader.last_table is not None else None
        blocks.extend(page_blocks)
        titles += [(number, first, whole) for first, whole in reader.titles]
    parsed = assemble(blocks, pages=len(pages), metadata=metadata or {})
    parsed.titles = _placed(parsed, titles)
    return parsed


def _placed(parsed: ParsedDocument, titles: list[tuple[int, str, str]]) -> list[tuple[int, str]]:
    """Each bold title with where it starts in the document's text: the first showing of its first line on its page
    or later, after the title before it. A title whose line the blocks do not hold word for word is left out."""
    page_start: dict[int, int] = {}
    for block in parsed.blocks:
        if block.page is not None:
            page_start.setdefault(block.page, block.start)
    placed: list[tuple[int, str]] = []
    at = 0
    for page, first, whole in titles:
        words = first.split()
        found = re.compile(r"\s+".join(map(re.escape, words))).search(parsed.text, max(at, page_start.get(page, at)))
        if found is not None:
            placed.append((found.start(), whole))
            at = found.end()
    return placed


def _edges(lines: list[Line]) -> list[Line]:
    """The page's first and last few lines that hold text, each once (a short page's first are its last)."""
    filled = [line for line in lines if not line.blank]
    return filled if len(filled) <= 2 * EDGE_LINES else filled[:EDGE_LINES] + filled[-EDGE_LINES:]


def _running(pages: int) -> int:
    """On how many pages a line must recur to be a running header or footer."""
    return max(3, round(pages * _RUNNING))


def _page_numbers_dropped(page_lines: list[list[Line]]) -> list[list[Line]]:
    """Pages whose running header or footer ends in the page's number ("Annual Report 2025 | 7", "... Page 3 of
    10") without that number, so the rest reads alike on every page and is known for furniture. Only where the
    rest recurs on many pages (as furniture must) and the numbers differ from page to page: a table header
    repeated on each page that ends in a year keeps it."""
    found: dict[str, list[tuple[int, int, str, str]]] = {}  # the rest's words -> (page, line, number, rest)
    for number, lines in enumerate(page_lines):
        for line in _edges(lines):
            m = _TRAILING_PAGE_NUMBER.search(line.raw)
            rest = line.raw[: m.start()].rstrip() if m else ""
            if m and rest.strip():
                found.setdefault(" ".join(rest.split()), []).append((number, line.number, m.group(1), rest))
    out = [list(lines) for lines in page_lines]
    for seen in found.values():
        if len(seen) >= _running(len(page_lines)) and len({n for _, _, n, _ in seen}) * 2 > len(seen):
            for page, k, _, rest in seen:
                out[page][k] = Line(k, rest, cells_of(rest))
    return out


def _furniture(page_lines: list[list[Line]]) -> set[str]:
    """Lines at the top or bottom of many pages (running headers, footers, classification marks).

    Not the header row of a table repeated on each page it runs over (a line of three or more
    cells), nor a label of it wrapped onto the line under it ("Shared" over "Outcome"): they label
    the rows under them. Nor a title that one run of consecutive pages shares, on
    fewer than a third of the pages (five slides of a deck's section, each titled "Priorities ~
    Public Health"): it names those pages, as a page's own title does."""
    at_edges: list[str] = []
    cells: dict[str, int] = {}
    pages: dict[str, list[int]] = {}
    for number, lines in enumerate(page_lines):
        edges = _edges(lines)
        texts = {line.text for line in edges}
        at_edges.extend(texts)
        cells.update({line.text: len(line.cells) for line in edges})
        top = [line for line in lines if not line.blank][:EDGE_LINES]
        for above, line in itertools.pairwise(top):
            if len(above.cells) >= 3:  # a header's label wrapped onto the next line, at the top of the page
                cells[line.text] = max(cells[line.text], len(above.cells))
        for text in texts:
            pages.setdefault(text, []).append(number)
    return {
        text
        for text in recurring(at_edges, _running(len(page_lines)))
        if len(text) < 120 and cells[text] < 3 and not _shared_title(pages[text], len(page_lines))
    }


def _shared_title(pages: list[int], count: int) -> bool:
    """Pages that are one consecutive run, fewer than a third of the document's: a section's title, not furniture."""
    return pages[-1] - pages[0] + 1 == len(pages) and len(pages) < count / 3


def _without_furniture(lines: list[Line], furniture: set[str], seen: set[str]) -> list[Line]:
    """The page without page numbers, and without running headers and footers after their first showing."""
    edges = {line.number for line in _edges(lines)}
    out = []
    for line in lines:
        drop = line.number in edges and (line.text in seen or is_page_number(line.text))
        if line.number in edges and line.text in furniture:
            seen.add(line.text)
        out.append(Line(line.number, "") if drop else line)
    return out


@dataclass(frozen=True)
class RuledCarried:
    """What a ruled table continued on the next page needs: its column labels and its id."""

    labels: list[str]
    table: int


class _PageReader:
    """One page's lines -> blocks, in order: tables where the zones are, running text elsewhere."""

    def __init__(
        self,
        number: int,
        lines: list[Line],
        furniture: set[str],
        carried: Carried | None,
        left: RowLabels | None,
        words: frozenset[str] = frozenset(),
        bold: list[str] | None = None,
    ) -> None:
        self.number, self.lines, self.furniture, self.carried = number, lines, furniture, carried
        self.bold = BoldLines(bold or [])  # the page's bold text (ingest.pdf_bold)
        self.bold_lines: list[Line] = []  # consecutive bold lines just read
        self.titles: list[tuple[str, str]] = []  # bold titles read: (first line, whole title)
        self.words = words  # the document's vocabulary, to mend words broken over two lines
        self.left = left  # the rows a right-hand page of a spread would label its own by
        self.last_table: TableText | None = None
        self.prose = ProseWriter(number, _right_margin(lines))
        self.out: list[Block] = []
        self.content_seen = False
        self.ends_in_table: Carried | None = None  # the table to continue on the next page
        # The page's last ruled table, which a ruled table at the top of the next page may go on from (a footnote
        # or a page's footer may stand between them).
        self.ends_in_ruled: RuledCarried | None = None

    def read(
        self, table_ids: Iterator[int], ruled: dict[str, Table], carried_ruled: RuledCarried | None
    ) -> tuple[list[Block], Carried | None]:
        zones = self._zones()
        captions = {i for zone in zones.values() for i in zone.caption}
        i = 0
        while i < len(self.lines):
            if MARKER in self.lines[i].text:
                # A ruled table's place; text beside the table's top edge may share its line: read after it.
                found = MARKERS.findall(self.lines[i].text)
                for key in found:
                    if (table := ruled.get(key)) is not None:
                        self._ruled(table, next(table_ids), None if self.content_seen else carried_ruled)
                rest = MARKERS.sub(" ", self.lines[i].raw).rstrip()
                if rest.strip():
                    self._line(Line(self.lines[i].number, rest, cells_of(rest)))
                i += 1
                continue
            zone = zones.get(i)
            if zone is not None:
                self._bold_title()
                self._zone(zone, table_ids)
                i = zone.last + 1
                continue
            if i not in captions:
                self._line(self.lines[i])
            i += 1
        self._flush()
        return self.out, self.ends_in_table

    def _ruled(self, table: Table, table_id: int, carried: RuledCarried | None) -> None:
        """A ruled table (:mod:`ingest.pdf_ruled`), written as a Word table is; at the top of a page, it goes on
        with the ruled table the page before ended in when it has as many columns and no other header."""
        self._flush()
        text = table_text(table, carried.labels if carried is not None else None)
        if carried is not None and text.labels == carried.labels and not text.titles:
            table_id = carried.table
        self.out += [Block(PARAGRAPH, title, page=self.number, table=table_id) for title in text.titles]
        if text.header:
            self.out.append(Block(TABLE_ROW, text.header, page=self.number, table=table_id, header=True))
        self.out += [Block(TABLE_ROW, row, page=self.number, table=table_id) for row in text.rows]
        self.content_seen, self.ends_in_table = True, None
        self.ends_in_ruled = RuledCarried(text.labels, table_id)

    def _zones(self) -> dict[int, Zone]:
        zones: dict[int, Zone] = {}
        for found in find_tables(self.lines):
            unruled = self._unruled(found)  # a ruled table's place is read from its cells
            if unruled is None:
                continue
            grown = with_text_around(
                without_loose_words(
                    with_figures_around(with_captions_above(unruled, self.lines), self.lines), self.lines
                ),
                self.lines,
            )
            zone = self._unruled(_under_lines_across(grown, self.lines)) or unruled
            if any(other.last >= zone.first for other in zones.values()):
                zone = unruled
            zones[zone.first] = zone
        top = next((line.number for line in self.lines if not line.blank and line.text not in self.furniture), None)
        if self.carried is not None and top is not None and top not in zones:
            continued = continued_zone(self.lines, top, self.carried.anchors)
            # A zone found inside the rows it carries on (all but a wrapped label's first line) gives way to it.
            inside = [first for first, zone in zones.items() if first <= continued.last] if continued else []
            if continued is not None and all(zones[first].last <= continued.last for first in inside):
                if inside:  # where that zone ends, the table does: the columns alone may take in a line below it
                    last = max(zones[first].last for first in inside)
                    continued = replace(continued, last=last, rows=[k for k in continued.rows if k <= last])
                for first in inside:
                    del zones[first]
                zones[continued.first] = continued
        return zones

    def _unruled(self, zone: Zone) -> Zone | None:
        """The zone above the first ruled table's place in it (see :func:`_above`), or the zone if it holds none."""
        marked = next((k for k in range(zone.first, zone.last + 1) if MARKER in self.lines[k].text), None)
        return zone if marked is None else _above(zone, marked, self.lines)

    def _zone(self, zone: Zone, table_ids: Iterator[int]) -> None:
        columns = text_columns(zone, self.lines)
        if columns is not None:
            for k in zone.caption:
                self.prose.feed(self.lines[k])
            if zone.spanning:  # lines across the columns head them all: a paragraph of their own
                self.prose.feed(Line(-1, ""))
                for k in zone.spanning:
                    self.prose.feed(self.lines[k])
                self.prose.feed(Line(-1, ""))
            _feed_columns(self.prose, columns)
            self.content_seen, self.ends_in_table = True, None
            return
        boxes = figure_boxes(zone, self.lines)
        if boxes is not None:
            for k in zone.caption:
                self.prose.feed(self.lines[k])
            self._flush()
            self.out.extend(Block(PARAGRAPH, text, page=self.number) for text in boxes)
            self.content_seen, self.ends_in_table = True, None
            return
        self._flush()
        parts = side_by_side(zone, self.lines)
        if parts is not None:  # two tables side by side: each its own, neither going on over the page
            for part, part_lines in parts:
                self.last_table = build_table(part, part_lines, next(table_ids), None, self.words)
                self.out.extend(table_blocks(self.last_table, self.number))
            self.content_seen, self.ends_in_table = True, None
            return
        carried = None if self.content_seen or zone.caption else self.carried
        table = build_table(zone, self.lines, next(table_ids), carried, self.words)
        continues = carried is not None and table.carried is not None and table.carried.table == carried.table
        if self.left is not None and self.last_table is None and not continues:
            label_right_half(table, self.left)
        self.last_table = table
        self.out.extend(table_blocks(table, self.number))
        self.content_seen, self.ends_in_table = True, table.carried

    def _line(self, line: Line) -> None:
        if len(line.cells) < 3 and line.text not in self.furniture and self.bold.holds(line.text):
            self.bold_lines.append(line)  # a bold title may run over lines: it is judged when it ends
        elif self._bold_title():
            self.prose.flush()  # a title ends where plain text follows it with no blank line between
        if line.blank:
            self.prose.feed(line)
        elif line.text in self.furniture:
            self._flush()  # a running header's first showing: kept, but not the page's title
            self.out.append(Block(PARAGRAPH, line.text, page=self.number))
        elif not self.content_seen and len(line.cells) < 3 and _is_title(line.text):
            self.out.append(Block(HEADING, line.text, level=SOFT_HEADING_LEVEL, page=self.number))
            self.content_seen, self.ends_in_table = True, None
        else:
            self.prose.feed(line)
            self.content_seen, self.ends_in_table = True, None

    def _bold_title(self) -> bool:
        """The bold lines just read name the section they start when together they read as a title (an item of a
        meeting's minutes, a report's section), not when they are running text (a bold sentence, a bold lead-in).
        True when they were a title."""
        lines, self.bold_lines = self.bold_lines, []
        flat = " ".join(line.text for line in lines)
        if lines and len(lines) <= _BOLD_TITLE_LINES and _is_bold_title(flat):
            self.titles.append((lines[0].text, flat))
            return True
        return False

    def _flush(self) -> None:
        self._bold_title()
        self.prose.flush()
        self.out.extend(self.prose.blocks)
        self.prose.blocks = []


def _under_lines_across(zone: Zone, lines: list[Line]) -> Zone:
    """Columns of text without the lines across their gutters at the top (a page's running header, set over the
    columns): the zone from the first line that keeps to its column, when the rest reads as columns of text."""
    first = zone.first
    while first < zone.last and (lines[first].blank or crosses(lines[first], zone.gutters)):
        first += 1
    if first == zone.first or zone.spanning or zone.caption:
        return zone
    kept = replace(zone, first=first, rows=[k for k in zone.rows if k >= first])
    return kept if text_columns(kept, lines) is not None else zone


def _above(zone: Zone, number: int, lines: list[Line]) -> Zone | None:
    """The part of the zone above line ``number`` and the lines across its gutters right over it (a ruled table's
    place and its title, under columns of text that a sidebar runs on beside): None if fewer than three lines."""
    last = number - 1
    while last > zone.first and (lines[last].blank or crosses(lines[last], zone.gutters)):
        last -= 1
    if last - zone.first < _MIN_ZONE_LINES - 1:
        return None
    return replace(zone, last=last, rows=[k for k in zone.rows if k <= last])


def _feed_columns(prose: ProseWriter, columns: list[list[Line]]) -> None:
    """Side-by-side columns of text, read one after the other (a sentence that runs on from the foot of one column
    to the head of the next stays one paragraph); a column that holds columns of its own is read the same way
    where they stand."""
    margin = prose.right_margin
    for k, column in enumerate(columns):
        if k and not (columns[k - 1] and column and continues(columns[k - 1][-1].text, column[0].text)):
            prose.feed(Line(-1, ""))
        inner = inner_columns(column)
        if inner is not None:
            above, columns_within, below = inner
            _feed_columns(prose, [above] if above else [])
            if above:
                prose.feed(Line(-1, ""))
            _feed_columns(prose, columns_within)
            if below:
                prose.feed(Line(-1, ""))
            _feed_columns(prose, [below] if below else [])
            continue
        prose.right_margin = max(line.end for line in column)
        for line in column:
            prose.feed(line)
    prose.right_margin = margin


def _right_margin(lines: list[Line]) -> int:
    ends = sorted(line.end for line in lines if len(line.text.split()) >= 6)
    return ends[int(len(ends) * 0.9)] if ends else 80


def _is_bold_title(flat: str) -> bool:
    """Bold lines that read as a title: more than one word (or one after a section number, "84. Apologies"), and
    longer than a title's 12 words only in title case (a minute's "Transfer the 18-25 section of the
    Strengthening Independence Service from ..."), as a long bold line in sentence case is an emphasised
    sentence ("Further progress has been made in ...")."""
    words = flat.split()
    # One word, or a date ("24 October 2023"), is a label, not a title; unless a section or item number opens it
    # ("84. Apologies", "2.1 Background"): the number says a section starts here.
    naming = len(_NAMING.findall(_DATE_WORD.sub(" ", flat)))
    if naming < (1 if _SECTION_NUMBER.match(flat) else 2) or not _is_title(flat, _BOLD_TITLE_WORDS):
        return False
    long_words = [w for w in words if len(w) >= 4 and w[0].isalpha()]
    return len(words) <= 12 or sum(w[0].isupper() for w in long_words) >= len(long_words) / 2


def _is_title(flat: str, most_words: int = 12) -> bool:
    """A short line that reads as a title: not the start of a paragraph ("... met target. The")."""
    words = flat.split()
    return (
        0 < len(words) <= most_words
        and not _OPEN_END.search(flat)
        and not ends_open(flat)
        and not _SENTENCE_END.search(flat)
        and any(w[0].isupper() for w in words)
        and not any(BULLET.match(w) for w in words)
    )
