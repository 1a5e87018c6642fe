"""Structure: what a document is (title, meeting, date) and where each block sits in it.

Board papers rarely say who they are in a machine-readable way, so a manifest entry
wins where there is one and the text is read for the rest: the title from the PDF
metadata or the first heading, the meeting from an early line naming a board,
partnership or committee, the date from the first full date near the top.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ingest.blocks import HEADING, PARAGRAPH, SOFT_HEADING_LEVEL, Block, ParsedDocument
from vectorstore.dates import date_to_int, human_date
from vectorstore.text import MONTH, month_number

_MONTH = f"({MONTH})"
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+((?:19|20)\d\d)\b", re.I)
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+((?:19|20)\d\d)\b", re.I)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")
# Not \b: in file names such as "board_2023_05_12.pdf" an underscore is a separator, not a letter.
_ISO_DATE = re.compile(r"(?<![0-9A-Za-z])((?:19|20)\d\d)[-_](\d\d)(?:[-_](\d\d))?(?![0-9A-Za-z])")
_MEETING_WORDS = re.compile(
    r"\b(board|partnership|committee|council|assembly|meeting|forum|cabinet|panel|governing body)\b", re.I
)
_ITEM = re.compile(
    r"^(?:agenda\s+)?item\s+(?:no\.?\s*)?\d{1,3}(?![\d-])[a-z]{0,5}(?:\.\d{1,3})*\b"
    r"(?:\s*[-–:]?\s*(?:enclosure|annex|appendix)\s+[A-Z0-9]{1,3})?\b"
    r"|^enclosure\s+[A-Z0-9]{1,3}\b",
    re.I,
)
# A page count or folio at the end of an item line ("Page 2 of 5", "| 3", "- p.2", "(2 of 5)", "3/8", a bare "3").
_PAGE_FURNITURE = re.compile(
    r"(?:[\s|–—-]*(?:\bpages?\s+\d+(?:\s*(?:of|-|–)\s*\d+)?|\bp\.?\s*\d+|(?<![\d/,.])\(?\d{1,3}\s*(?:of|/)\s*\d{1,3}\)?"
    r"|(?<![\d/,.])\d{1,3}))+\s*$",
    re.I,
)
# Item lines this close together, this many in a row, are an agenda or contents list, not the start of a paper.
_AGENDA_GAP_CHARS = 400
_AGENDA_RUN = 3
_PATH_DEPTH = 4
_PATH_PART_CHARS = 90


@dataclass
class DocumentInfo:
    doc_id: str
    title: str
    source: str
    kind: str
    date: str | None = None
    meeting: str | None = None
    publisher: str | None = None
    licence: str | None = None
    pages: int | None = None

    @property
    def date_int(self) -> int | None:
        """YYYYMMDD for range filters; a month alone counts as its first day."""
        return date_to_int(self.date)

    @property
    def meeting_label(self) -> str | None:
        """ "Integrated Care Partnership, 25 April 2023" where both are known."""
        if not self.meeting:
            return None
        return f"{self.meeting}, {human_date(self.date)}" if self.date else self.meeting


def describe(
    doc_id: str, source: str, kind: str, parsed: ParsedDocument, entry: dict[str, Any] | None = None
) -> DocumentInfo:
    """Document metadata: the manifest ``entry`` where it has a field, the text otherwise."""
    entry = entry or {}
    early = "\n".join(b.text for b in parsed.blocks[:60])[:4000]
    title = entry.get("title") or _title(parsed, source)
    text = parsed.metadata.get("subject", "") + "\n" + early
    # A whole date beats a month alone: a slide deck's first pages may hold only a deadline ("March 2026") while
    # its file name gives the meeting's day ("...-2025-01-30.pdf").
    date = (
        entry.get("date")
        or find_date(text, whole=True)
        or find_date(source, whole=True)
        or find_date(text)
        or find_date(source)
    )
    meeting = entry["meeting"] if "meeting" in entry else _meeting(parsed)
    return DocumentInfo(
        doc_id=doc_id,
        title=title,
        source=source,
        kind=kind,
        date=date,
        meeting=meeting,
        publisher=entry.get("publisher") or _organisation(parsed.metadata.get("author") or ""),
        licence=entry.get("licence"),
        pages=parsed.pages,
    )


# Words that name an organisation rather than a person.
_ORGANISATION = re.compile(
    r"\b(?:council|nhs|trust|board|partnership|authority|committee|department|government|agency|commission|"
    r"office|service|services|university|college|foundation|group|network|alliance|ltd|limited|plc|cic|ccg|icb|"
    r"ics|borough|county|city|district|parish|health|care|hospital|hospitals)\b",
    re.I,
)


def _organisation(author: str) -> str | None:
    """A file's author field as the paper's publisher, when it names an organisation. Office software fills it
    with whoever made the file ("J Smith - CED SC"), which is not who publishes the paper."""
    author = " ".join(author.split())
    return author if _ORGANISATION.search(author) else None


def _title(parsed: ParsedDocument, source: str) -> str:
    meta_title = parsed.metadata.get("title", "")
    meta_title = re.sub(r"^\(public pack\)\s*", "", meta_title, flags=re.I).strip()
    if len(meta_title.split()) >= 3:
        return meta_title
    for block in parsed.blocks[:40]:
        if block.is_heading and block.level <= 2 and len(block.text.split()) >= 2:
            return block.text
    for block in parsed.blocks[:10]:
        if block.is_heading and len(block.text.split()) >= 2:
            return block.text
    stem = re.sub(r"[-_]+", " ", source.rsplit(".", 1)[0]).strip()
    return stem[:1].upper() + stem[1:]


def _meeting(parsed: ParsedDocument) -> str | None:
    subject = parsed.metadata.get("subject", "")
    if subject and _MEETING_WORDS.search(subject):
        return re.split(r",\s*\d", subject)[0].strip()
    for block in parsed.blocks[:40]:
        text = re.sub(r"^minutes of (the )?", "", block.text, flags=re.I).strip()
        words = text.split()
        if 2 <= len(words) <= 10 and _MEETING_WORDS.search(text) and not text.endswith("."):
            return re.sub(r"\s*[,–-]?\s*" + _DAY_MONTH_YEAR.pattern + r".*$", "", text, flags=re.I).strip() or text
    return None


def find_date(text: str, whole: bool = False) -> str | None:
    """The first date in ``text`` as ISO (YYYY-MM-DD, or YYYY-MM for a month alone; ``whole``: day, month and year
    only)."""
    candidates = []
    for m in _DAY_MONTH_YEAR.finditer(text):
        candidates.append((m.start(), _iso(m.group(3), month_number(m.group(2)), m.group(1))))
    for m in _NUMERIC_DATE.finditer(text):
        if 1 <= int(m.group(2)) <= 12:
            candidates.append((m.start(), _iso(m.group(3), int(m.group(2)), m.group(1))))
    for m in _ISO_DATE.finditer(text):
        if 1 <= int(m.group(2)) <= 12:
            candidates.append((m.start(), _iso(m.group(1), int(m.group(2)), m.group(3))))
    if not candidates:
        if whole:
            return None
        month = _MONTH_YEAR.search(text)
        return _iso(month.group(2), month_number(month.group(1)), None) if month else None
    return min(candidates)[1]


def _iso(year: str, month: int, day: str | None) -> str | None:
    if day is None:
        return f"{int(year):04d}-{month:02d}"
    if not 1 <= int(day) <= 31:
        return None
    return f"{int(year):04d}-{month:02d}-{int(day):02d}"


class SectionTracker:
    """Follows headings to know each block's section path and agenda item."""

    def __init__(self, blocks: Sequence[Block] = ()) -> None:
        """``blocks``: the whole document, so that agenda and contents lines can be told apart."""
        self.stack: list[tuple[int, str]] = []
        self.item: str | None = None
        self._listed = _contents_lines(blocks)
        self._last_heading: Block | None = None
        self._page_items = _running_items(blocks, self._listed)
        self._page: int | None = None

    def observe(self, block: Block) -> bool:
        """Update the position; True when the block is a heading (it starts a section)."""
        if block.page != self._page:
            self._page = block.page
            if block.page in self._page_items:
                self.item = self._page_items[block.page]
        self._track_item(block)
        if block.kind == HEADING:
            self._push(block)
            self._last_heading = block
            return True
        if (
            block.kind == PARAGRAPH
            and self._last_heading is not None
            and _is_subtitle(block.text)
            and self._last_heading.level < SOFT_HEADING_LEVEL
        ):
            level, text = self.stack[-1]
            self.stack[-1] = (level, f"{text} — {block.text}"[: 2 * _PATH_PART_CHARS])
        self._last_heading = None
        return False

    def _push(self, block: Block) -> None:
        level = block.level
        if _ITEM.match(block.text.strip()):
            self.stack.clear()  # a new agenda item starts a new paper
        number = _section_number(block.text)
        if number is not None:
            # Converted papers often get heading levels wrong; "4 ..." is a sibling of "2 ...".
            for i, (lvl, text) in enumerate(self.stack):
                other = _section_number(text)
                if other is not None and other != number and lvl < level:
                    del self.stack[i:]
                    level = lvl
                    break
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        text = block.text[:_PATH_PART_CHARS].rstrip()
        if not any(existing.split(" — ")[0] == text for _, existing in self.stack):  # repeated slide titles
            self.stack.append((level, text))

    @property
    def path(self) -> str:
        return " > ".join(text for _, text in self.stack[-_PATH_DEPTH:])

    def _track_item(self, block: Block) -> None:
        if id(block) in self._listed:
            self.item = None  # a contents list, and what follows it, belong to none of its items in particular
        elif name := _item_named(block):
            self.item = name


def _running_items(blocks: Sequence[Block], listed: set[int]) -> dict[int, str]:
    """The item each page's running header or footer names ("Item 8 – Finance report   Page 2 of 5"), by page: an
    item line among a page's first or last two blocks that is no heading (a heading there starts an item: its text
    follows it). A pack's footer names the item of its own page; read where it stands, at the page's foot, it gave
    the item to the next page's text (the next paper's cover sheet)."""
    pages: dict[int, list[Block]] = {}
    for block in blocks:
        if block.page is not None:
            pages.setdefault(block.page, []).append(block)
    items: dict[int, str] = {}
    for page, on_page in pages.items():
        for block in [*on_page[:2], *on_page[-2:]]:
            if block.kind != HEADING and id(block) not in listed and (name := _item_named(block)):
                items[page] = name
    return items


def _item_line(block: Block) -> re.Match[str] | None:
    return _ITEM.match(block.text.strip()) if len(block.text) <= 80 else None


def _item_named(block: Block) -> str | None:
    """The item a line names, with the paper's title when the line gives one ("Item 8 – Finance report" from a
    footer "Item 8 – Finance report   Page 2 of 5"; "Item 8" from a sentence about it), or None. The title names
    the pack's paper in citations and to the reranker, as a document's own title does."""
    m = _item_line(block)
    if not m:
        return None
    number = " ".join(m.group(0).split())
    text = block.text.strip()
    if text.endswith((".", ":", ";", ",")):  # a sentence about the item, or one introducing what follows
        return number
    title = _PAGE_FURNITURE.sub("", text[m.end() :]).rstrip(" |–—-:")
    return " ".join(f"{number}{title}".split()) if title.strip(" |–—-:") else number


def _contents_lines(blocks: Sequence[Block]) -> set[int]:
    """Item lines in runs of several close together (an agenda, a bundle's contents page)."""
    listed: set[int] = set()
    run: list[Block] = []
    for block in [b for b in blocks if _item_line(b)] + [None]:
        if block is not None and run and block.start - run[-1].start <= _AGENDA_GAP_CHARS:
            run.append(block)
            continue
        if len(run) >= _AGENDA_RUN:
            listed.update(id(b) for b in run)
        run = [block] if block is not None else []
    return listed


def _is_subtitle(text: str) -> bool:
    """A short dated line under a heading ("Minutes of the meeting on 26 January 2023")."""
    words = text.split()
    return 0 < len(words) <= 12 and not text.rstrip().endswith((".", ":", ";", ",")) and find_date(text) is not None


_SECTION_NUMBER = re.compile(r"^(?:section\s+)?(\d{1,2})(?:\.?\s|\.$|$)", re.I)


def _section_number(text: str) -> int | None:
    """The top-level number of a numbered heading ("4 Restoring..." -> 4; "4.2 ..." -> None)."""
    m = _SECTION_NUMBER.match(text.strip())
    return int(m.group(1)) if m else None
