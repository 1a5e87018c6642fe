"""Chunk: cut a parsed document into passages sized in the embedding model's word pieces, one section at a time.

Sizes are counted with the tokenizer of the model that embeds the chunks (``ChunkingOptions.window``;
all-MiniLM-L6-v2's by default): a chunk's body is at most ``max_tokens`` word pieces and never more than
the model reads, so the model sees all of every body. It is embedded with its section path and table
header in front (``embedding_text``), cut to what the window leaves.

Rules, in order of precedence:
- a chunk never crosses a heading (or a PDF page); bold "soft" headings only end a
  chunk that already has some substance (``min_tokens``), so papers whose every other
  line is bold do not shatter into fragments;
- a table or a list is kept whole when it fits in one chunk; a longer one is cut between
  rows/items, and each piece remembers the table's header row; neither a table's title nor its
  header row is ever the last line of a chunk whose rows start the next (a table kept with the
  text that introduces it ranks better than one cut off from it, so a long one is not moved);
- a row too long for one chunk is cut between sentences, and the next piece repeats the end of
  the one before, as a paragraph's do;
- a table's title (a short line just above it, or the caption the parser found) names every
  chunk of the table: chunks that do not hold it get it at the end of their section path,
  which retrieval, reranking and citations all read;
- a paragraph longer than a chunk is cut at the end of sentences and clauses (``clause_spans``), then
  between words; a word longer than a chunk (a URL, a run of dot leaders) between characters;
- consecutive chunks of one section share ``overlap_tokens`` of text;
- a section's first chunk opens with the heading above it (on its page), beyond ``max_tokens`` while the two
  fit what the model reads: the passage then says what it is about, as the page does.
Each chunk's body is an exact slice ``[start, end)`` of the normalised document text.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from langchain_core.documents import Document

from ingest.blocks import LIST_ITEM, PARAGRAPH, SOFT_HEADING_LEVEL, TABLE_ROW, Block, ParsedDocument
from ingest.structure import DocumentInfo, SectionTracker
from vectorstore.embeddings import TokenWindow, default_window
from vectorstore.index import header_apart
from vectorstore.text import clause_spans

# Sizes in word pieces (BPA_CHUNK_TOKENS, BPA_CHUNK_OVERLAP_TOKENS), with the numbers that sized chunks in cl100k
# tokens before: on the eight sample papers all-MiniLM-L6-v2's word pieces run 0.975 of cl100k tokens, and 192/32/48
# give 1,653 chunks where cl100k gave 1,663. Tables of contents, whose dot leaders cost a word piece a dot, are now
# cut to what the model reads. Leave-one-document-out over 308 questions, three sizes each (188/192/196), averaged,
# word pieces against cl100k: recall@800w -0.002, key facts -0.001, answered +0.012, refused +0.018, citation
# precision -0.003.
# MIN_TOKENS: a chunk shorter than this runs on over a bold (soft) heading that follows it on the same page, while
# the two fit in MAX_TOKENS. Papers converted to text with a bold line over every few sentences (a committee's
# name over its members, a risk's title over its appetite) otherwise leave passages of one or two sentences, read
# apart from the line after them. Leave-one-document-out over the 308 questions of the eight sample papers, each
# value on a fresh ingest (/work/idx/m*; the model refitted per fold), recall@800w / key facts: 48 0.924 / 0.756,
# 72 0.925 / 0.761, 96 0.930 / 0.771, 128 0.930 / 0.753 (1,693 chunks at 48, 1,644 at 96). Chosen on the other
# documents' questions, 96 wins for every held-out document; per document it moves Leeds 0.845 -> 0.879, SEL
# ICP 0.961 -> 0.975 and Stockton 0.935 -> 0.925, the rest unchanged. With the three unseen-layout papers (365
# questions, baseline re-run the same day) recall@800w 0.933 -> 0.939, key facts 0.735 -> 0.725, citation
# precision 0.833 -> 0.823.
MAX_TOKENS = 192
OVERLAP_TOKENS = 32
MIN_TOKENS = 96


@dataclass(frozen=True)
class ChunkingOptions:
    """Sizes in word pieces of ``window``'s tokenizer (None: the default embedding model's)."""

    max_tokens: int = MAX_TOKENS
    overlap_tokens: int = OVERLAP_TOKENS
    min_tokens: int = MIN_TOKENS
    window: TokenWindow | None = None

    @property
    def model_window(self) -> TokenWindow:
        return self.window or default_window()


def embedding_text(document: Document, window: TokenWindow | None = None) -> str:
    """What the embedding model reads for a chunk: its section path (and table header), then its body,
    within the model's window. The body always fits (the chunker sizes it in the model's word pieces);
    the prefix is cut from its end when the two together are longer than the window (a long heading path
    over a full chunk). Sizing bodies to leave the prefix room instead was measured worse
    (leave-one-document-out over 308 questions, 30 November; figures in commit 43fb4a5)."""
    window = window or default_window()
    meta = document.metadata
    prefix = "\n".join(filter(None, [meta.get("section", ""), header_apart(document.page_content, meta)]))
    room = window.size - window.count(document.page_content)
    if prefix and window.count(prefix) > room:
        prefix = _cut(prefix, room, window)
    return "\n".join(filter(None, [prefix, document.page_content]))


def _cut(text: str, limit: int, window: TokenWindow) -> str:
    """The longest run of whole words from the start of ``text`` within ``limit`` word pieces."""
    ends = [m.end() for m in re.finditer(r"\S+", text)]
    low, high = 0, len(ends)  # keep ends[:low] words; the answer is in [low, high]
    while low < high:
        middle = (low + high + 1) // 2
        if window.count(text[: ends[middle - 1]]) <= limit:
            low = middle
        else:
            high = middle - 1
    return text[: ends[low - 1]] if low else ""


@dataclass
class _Unit:
    start: int
    end: int
    tokens: int
    kind: str
    page: int | None
    table: int | None = None
    header: str | None = None  # header row of its table, or the lead-in of its list, for pieces without it
    lead_in: bool = False  # a line ending in ':' that introduces the list or table after it
    heads: bool = False  # a table's header row or title: it belongs with the rows after it
    title: str | None = None  # title of its table (rows and title lines)
    block: int = -1  # where its block starts: the pieces of one long block share it


@dataclass
class _Section:
    path: str
    item: str | None
    soft: bool
    after_hard_heading: bool = False  # a hard heading came since the previous section's text
    units: list[_Unit] = field(default_factory=list)
    opened: int = -1  # where the heading the path ends with starts in the document's text (-1: no heading yet)
    heading: Block | None = None  # the heading right above the section's first line, on its page


def chunk_document(
    parsed: ParsedDocument, info: DocumentInfo, options: ChunkingOptions = ChunkingOptions()
) -> list[Document]:
    window = options.model_window
    tokens = window.count
    options = dataclasses.replace(options, max_tokens=max(1, min(options.max_tokens, window.size)))
    sections = _sections(parsed, options, tokens)
    spans: list[tuple[_Section, list[_Unit]]] = []
    carry: tuple[_Section, list[_Unit]] | None = None
    for section in sections:
        pieces = _pack(section.units, options)
        # Measured on the real span: it also holds the soft heading's own text.
        if (
            carry
            and section.soft
            and not section.after_hard_heading
            and pieces
            and _size(carry[1]) < options.min_tokens
            and _same_page(carry[1], pieces[0])
            and tokens(parsed.text[carry[1][0].start : pieces[0][-1].end]) <= options.max_tokens
        ):
            carry = (carry[0], carry[1] + pieces[0])  # a soft heading does not end a small chunk
            pieces = pieces[1:]
        for piece in pieces:
            if carry:
                spans.append(carry)
            carry = (section, piece)
    if carry:
        spans.append(carry)
    return _documents(parsed, info, spans, tokens, window.size)


def _sections(parsed: ParsedDocument, options: ChunkingOptions, tokens: Callable[[str], int]) -> list[_Section]:
    tracker = SectionTracker(parsed.blocks)
    sections: list[_Section] = []
    current: _Section | None = None
    headers: dict[int, str] = {}
    titles: dict[int, str] = {}
    started: set[int] = set()
    hard = False
    opened = -1
    heading: Block | None = None
    lead_in: str | None = None  # "... include:" introducing the list that follows
    previous: Block | None = None
    previous_units: list[_Unit] = []
    for block in parsed.blocks:
        if tracker.observe(block):
            current, previous, lead_in, previous_units = None, None, None, []
            hard = hard or block.level < SOFT_HEADING_LEVEL
            opened, heading = block.start, block
            continue
        if current is None or (block.page != _last_page(current)):
            soft = bool(tracker.stack) and tracker.stack[-1][0] == SOFT_HEADING_LEVEL
            above = heading if heading is not None and heading.page == block.page else None
            current = _Section(tracker.path, tracker.item, soft, after_hard_heading=hard, opened=opened, heading=above)
            sections.append(current)
            hard = False
            heading = None
            previous_units = []
        caption = block.kind == PARAGRAPH and block.table is not None  # a title the parser found
        if caption and block.table is not None and _is_table_title(block) and block.table not in started:
            titles[block.table] = f"{titles[block.table]}\n{block.text}" if block.table in titles else block.text
        elif block.kind == TABLE_ROW and block.table is not None and block.table not in titles:
            if previous is not None and previous_units and _is_table_title(previous):
                titles[block.table] = previous.text
                for unit in previous_units:
                    unit.heads, unit.table = True, block.table
            else:
                titles[block.table] = ""
        if block.kind == TABLE_ROW and block.table is not None:
            started.add(block.table)  # a line the parser puts above its later rows names a group, not it
            if block.header:
                headers[block.table] = block.text
        if block.kind == LIST_ITEM:
            if previous is None or previous.kind != LIST_ITEM:
                lead_in = previous.text if previous is not None and _introduces(previous.text) else None
            header = lead_in
        else:
            header = headers.get(block.table) if block.table is not None and not block.header else None
        units = _units(parsed.text, block, header, options.max_tokens, tokens)
        for unit in units:
            unit.heads = caption or (block.kind == TABLE_ROW and block.header)
            unit.block = block.start
        current.units.extend(units)
        previous, previous_units = block, units
    for section in sections:
        for unit in section.units:
            if unit.table is not None:
                unit.title = titles.get(unit.table) or None
    return [s for s in sections if s.units]


_NOT_A_TITLE = re.compile(r"^(?:\*|\(?(?:data\s+)?sources?\b|notes?\b|key\b|figures may\b)", re.IGNORECASE)
_TITLE_WORDS = 20
_TITLE_CHARS = 90  # as much of a title as a section path holds of a heading


def _is_table_title(block: Block) -> bool:
    """A short line just above a table that names it ("Practice opening hours", "Tees Valley").

    Only on PDF pages: Markdown and HTML papers title their tables with headings, and lay out
    whole minutes in one table after a line such as "Present:"."""
    text = block.text.strip()
    return (
        block.kind == PARAGRAPH
        and block.page is not None
        and 0 < len(text.split()) <= _TITLE_WORDS
        and not text.endswith((".", ";", ","))
        and not _NOT_A_TITLE.match(text)
    )


def _introduces(text: str) -> bool:
    """A line ending in ':' introduces the list or table below it."""
    return text.rstrip().endswith(":")


def _last_page(section: _Section) -> int | None:
    return section.units[-1].page if section.units else None


def _units(text: str, block: Block, header: str | None, budget: int, tokens: Callable[[str], int]) -> list[_Unit]:
    """The block as one unit, or cut between clauses (then words) when it is longer than ``budget``."""
    n = tokens(text[block.start : block.end])
    if n <= budget:
        return [
            _Unit(
                block.start,
                block.end,
                n,
                block.kind,
                block.page,
                block.table,
                header,
                lead_in=block.kind not in (LIST_ITEM, TABLE_ROW) and _introduces(text[block.start : block.end]),
            )
        ]
    units = []
    for start, end in clause_spans(text, block.start, block.end):
        piece = tokens(text[start:end])
        if piece <= budget:
            units.append(_Unit(start, end, piece, block.kind, block.page, block.table, header))
        else:
            units.extend(_word_windows(text, start, end, block, header, budget, tokens))
    return units


def _word_windows(
    text: str,
    start: int,
    end: int,
    block: Block,
    header: str | None,
    budget: int,
    tokens: Callable[[str], int],
) -> list[_Unit]:
    words = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text[start:end])]
    words = [piece for s, e in words for piece in _characters(text, s, e, budget, tokens)]
    units, first = [], 0
    while first < len(words):
        last = first
        while last + 1 < len(words) and tokens(text[words[first][0] : words[last + 1][1]]) <= budget:
            last += 1
        s, e = words[first][0], words[last][1]
        units.append(_Unit(s, e, tokens(text[s:e]), block.kind, block.page, block.table, header))
        first = last + 1
    return units


def _characters(text: str, start: int, end: int, budget: int, tokens: Callable[[str], int]) -> list[tuple[int, int]]:
    """A word as it is, or cut into runs of characters of at most ``budget`` word pieces when it is longer."""
    pieces = []
    while tokens(text[start:end]) > budget and end - start > 1:
        low, high = start + 1, end - 1  # the longest run from ``start`` that fits ends in [low, high]
        while low < high:
            middle = (low + high + 1) // 2
            if tokens(text[start:middle]) <= budget:
                low = middle
            else:
                high = middle - 1
        pieces.append((start, low))
        start = low
    return [*pieces, (start, end)]


def _groups(units: list[_Unit]) -> list[list[_Unit]]:
    """Runs of rows of one table (with its title), or of list items (with the line introducing
    them), kept together."""
    groups: list[list[_Unit]] = []
    for unit in units:
        prev = groups[-1][-1] if groups else None
        together = prev is not None and (
            (unit.kind == TABLE_ROW and prev.table is not None and unit.table == prev.table)
            or (unit.kind == LIST_ITEM and prev.kind == LIST_ITEM)
            or (unit.kind in (LIST_ITEM, TABLE_ROW) and prev.lead_in)  # keep "... include:" with its list
        )
        if together:
            groups[-1].append(unit)
        else:
            groups.append([unit])
    return groups


def _pack(units: list[_Unit], options: ChunkingOptions) -> list[list[_Unit]]:
    pieces: list[list[_Unit]] = []
    current: list[_Unit] = []
    for group in _groups(units):
        if _size(current + group) <= options.max_tokens:
            current.extend(group)
            continue
        # A group that fits a chunk of its own gets one; a longer one fills this chunk, then the next.
        if current and _size(group) <= options.max_tokens:
            pieces.append(current)
            current = _overlap(current, options, group)
            if _size(current + group) <= options.max_tokens:
                current.extend(group)
                continue
        for i, unit in enumerate(group):
            # A title or header row goes to the next chunk when the first row after it would not fit.
            lead = group[i : _first_body(group, i) + 1]
            if _size(lead) > options.max_tokens:
                lead = [unit]
            if current and _size(current + lead) > options.max_tokens:
                pieces.append(current)
                current = _overlap(current, options, [unit])
            current.append(unit)
    if current:
        pieces.append(current)
    return pieces


def _first_body(group: list[_Unit], i: int) -> int:
    """Index of the first unit from ``i`` on that is not a title or header row."""
    while i < len(group) - 1 and group[i].heads:
        i += 1
    return i


def _overlap(previous: list[_Unit], options: ChunkingOptions, following: list[_Unit]) -> list[_Unit]:
    """The tail of the previous chunk that the next one repeats: never whole table rows (each piece
    carries the header), but the end of a row too long for one chunk when the next piece goes on with it."""
    first = following[0]
    same_row = first.kind == TABLE_ROW and bool(previous) and previous[-1].block == first.block
    if (first.kind == TABLE_ROW or first.heads) and not same_row:
        return []
    tail: list[_Unit] = []
    for unit in reversed(previous):
        if (
            (unit.kind == TABLE_ROW and unit.block != first.block)
            or _size([unit] + tail) > options.overlap_tokens
            or _size([unit] + tail + following) > options.max_tokens
        ):
            break
        tail.insert(0, unit)
    return tail


def _size(units: list[_Unit]) -> int:
    return sum(u.tokens for u in units) + max(0, len(units) - 1)


def _same_page(a: list[_Unit], b: list[_Unit]) -> bool:
    return a[-1].page == b[0].page


def _documents(
    parsed: ParsedDocument,
    info: DocumentInfo,
    spans: list[tuple[_Section, list[_Unit]]],
    tokens: Callable[[str], int],
    window: int,
) -> list[Document]:
    """The chunks; ``tokens`` in their metadata is the body's length in word pieces.

    A section's first chunk starts at the heading above it, when both are on one page and the two fit what the
    model reads: the passage a reader sees (and the answer step and BM25 read) says what it is about ("Adult
    Social Care", then its cabinet member and director), as the page does. Later chunks of the section name it
    in their section path only."""
    docs: list[Document] = []
    seen: dict[str, int] = {}
    for index, (section, units) in enumerate(spans):
        start, end = units[0].start, units[-1].end
        heading, places = _places(section, units, parsed.titles)
        above = section.heading
        if above is not None and units[0] is section.units[0] and tokens(parsed.text[above.start : end]) <= window:
            places = [(at + start - above.start, page, title) for at, page, title in places]
            start = above.start
        body = parsed.text[start:end]
        kinds = {u.kind for u in units}
        header = next((u.header for u in units if u.header), None)  # kept when the body shows it too
        path = heading or section.path
        title = next((u.title for u in units if u.title), None)
        if title and title.split("\n")[-1] not in body.split("\n") and not path.endswith(title):
            title = " ".join(title.split("\n"))[:_TITLE_CHARS].rstrip()
            path = f"{path} > {title}" if path else title
        chunk_id = _chunk_id(info.doc_id, path, body, seen)
        metadata = {
            "chunk_id": chunk_id,
            "doc_id": info.doc_id,
            "source": info.source,
            "title": info.title,
            "kind": info.kind,
            "date": info.date,
            "date_int": info.date_int,
            "meeting": info.meeting_label,
            "publisher": info.publisher,
            "licence": info.licence,
            "item": section.item,
            "section": path,
            "page": units[0].page,
            "page_end": units[-1].page if units[-1].page != units[0].page else None,
            "start": start,
            "end": end,
            "chunk_index": index,
            "content": "table" if kinds == {TABLE_ROW} else "list" if kinds == {LIST_ITEM} else "text",
            "table_header": header,
            "tokens": tokens(body),
            "heading": heading,
            "places": json.dumps(places) if places else None,
        }
        docs.append(
            Document(page_content=body, metadata={k: v for k, v in metadata.items() if v is not None}, id=chunk_id)
        )
    return docs


def _places(
    section: _Section, units: list[_Unit], titles: list[tuple[int, str]]
) -> tuple[str | None, list[tuple[int, int | None, str | None]]]:
    """Where in the paper each part of a chunk is: the title in force where the chunk starts (a bold title since
    the heading that opened its section; None: none since), which then names the chunk's section in place of
    that heading's path, and each later point where the page or that title changes, as (offset in the body, page,
    title), for the citations that quote from there.

    A chunk of minutes can run from the end of one item into the next: a sentence quoted from its second half
    is cited with the item it is in (and with its page, should a chunk run over a page break)."""
    start, end = units[0].start, units[-1].end
    title_starts = [at for at, _ in titles]  # in document order (ingest.pdf._placed)
    unit_starts = [u.start for u in units]

    def title_at(offset: int) -> str | None:
        i = bisect.bisect_right(title_starts, offset) - 1
        return _shortened(titles[i][1]) if i >= 0 and titles[i][0] > section.opened else None

    heading = title_at(start)
    inside = title_starts[bisect.bisect_right(title_starts, start) : bisect.bisect_left(title_starts, end)]
    places: list[tuple[int, int | None, str | None]] = []
    page, title = units[0].page, heading
    for at in sorted(set(unit_starts[1:]) | set(inside)):
        now_page = units[bisect.bisect_right(unit_starts, at) - 1].page
        now_title = title_at(at)
        if (now_page, now_title) != (page, title):
            places.append((at - start, now_page, now_title))
            page, title = now_page, now_title
    return heading, places


def _shortened(title: str) -> str:
    """As much of a title as a section path holds of a heading, cut between words and marked as cut: a minute's
    item title runs to 40 words ("90. 24/00109 - Transfer the 18-25 section of the ... Service …")."""
    if len(title) <= _TITLE_CHARS:
        return title
    cut = title[: _TITLE_CHARS + 1].rsplit(" ", 1)[0].rstrip(" ,;:-–")
    return f"{cut} …"


def _chunk_id(doc_id: str, path: str, body: str, seen: dict[str, int]) -> str:
    digest = hashlib.sha256(f"{doc_id}\x00{path}\x00{body}".encode()).hexdigest()[:24]
    seen[digest] = seen.get(digest, 0) + 1
    return digest if seen[digest] == 1 else f"{digest}-{seen[digest]}"
