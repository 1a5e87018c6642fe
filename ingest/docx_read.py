"""Read a Word (.docx) file with python-docx into its paragraphs and tables, in reading order.

The body is walked element by element (python-docx's ``paragraphs`` and ``tables`` lists lose
their order), into content controls and text boxes; a footnote or endnote is read as a paragraph of its own
("Footnote 1: ...") after the paragraph or table that marks it, so the definition or standard it gives
stays beside the text it belongs to. Headers, footers and comments are page furniture and reviewers'
notes, not the paper's text, and are not read. Tracked changes read as
accepted (insertions kept, deletions dropped); hidden text is left out. What cannot be read
(an old binary .doc, a password-protected file, a damaged package, another Office format) is
an :class:`IngestError` saying which.
"""

from __future__ import annotations

import io
import itertools
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.docx_styles import Numbering, Styles, numbering_of, on, outline_level, qn, value
from ingest.load import IngestError

MAX_EXPANDED_BYTES = 512 * 1024 * 1024  # a package whose parts unpack to more is refused (a zip bomb)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file: an old .doc, or an encrypted .docx
_P, _TBL, _TR, _TC, _R = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:r")
_SDT, _SDT_CONTENT, _CUSTOM = qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")
_TEXT_BOX = qn("w:txbxContent")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# A run under one of these is not read where it stands: deleted or moved-away text, the fallback copy of
# a drawing, or a text box (read as paragraphs of its own after the paragraph that anchors it).
_NOT_HERE = {qn("w:del"), qn("w:moveFrom"), _FALLBACK, _TEXT_BOX, _R}
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_NUMBERING = _RELATIONSHIPS + "numbering"
# The notes parts: the element a body run marks a note with, and the element the part holds it in.
_NOTES = {
    "Footnote": (_RELATIONSHIPS + "footnotes", qn("w:footnoteReference"), qn("w:footnote")),
    "Endnote": (_RELATIONSHIPS + "endnotes", qn("w:endnoteReference"), qn("w:endnote")),
}
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Paragraph:
    text: str
    role: str = "text"  # "heading" | "title" | "item" | "text"
    level: int = 0  # headings: 1-9, as Word numbers them
    marker: str = ""  # list items: "-" for a bullet, else the number Word draws ("1.", "a)")
    bold: bool = False  # every run with text in it is bold


@dataclass(frozen=True)
class Cell:
    text: str
    key: int  # one per Word cell: a merged cell has the same key at every grid position it covers
    bold: bool = False


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[Cell | None, ...], ...]  # one per layout-grid column; None where a row starts late or ends early
    marked_header: int = 0  # leading rows marked "repeat as header row at the top of each page"


@dataclass
class DocxContent:
    items: list[Paragraph | Table]
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def has_text(self) -> bool:
        return any(
            item.text if isinstance(item, Paragraph) else any(c and c.text for row in item.rows for c in row)
            for item in self.items
        )


def read_docx(path: Path, data: bytes) -> DocxContent:
    """The document's paragraphs and tables in reading order, and its title and subject."""
    document = open_docx(path, data)
    try:
        reader = _Reader(document)
    except IngestError as exc:  # a part read after the package was opened (the footnotes)
        raise IngestError(path, f"a damaged Word document ({exc.reason})") from None
    items = list(reader.read(document.element.body))
    core = document.core_properties
    metadata = {
        k: " ".join(v.split()) for k, v in (("title", core.title), ("subject", core.subject)) if v and v.strip()
    }
    return DocxContent(items, metadata)


def open_docx(path: Path, data: bytes) -> Any:
    """The python-docx Document, or an IngestError saying why the file is not one."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if data.startswith(_OLE):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise IngestError(
                path, "password-protected Word document: save a copy without the password, then ingest that"
            )
        raise IngestError(path, "an old binary Word document (.doc), not .docx: open it in Word and save it as .docx")
    if data.lstrip()[:5] == b"{\\rtf":
        raise IngestError(path, "a Rich Text (RTF) file, not .docx: open it in Word and save it as .docx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            expanded = sum(info.file_size for info in package.infolist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        if data.startswith(b"PK"):  # a zip package, cut short or damaged
            raise IngestError(
                path, f"a damaged Word document (its zip package cannot be read: {_short(exc)})"
            ) from None
        raise IngestError(path, "not a Word document (a .docx file is a zip package; this file is not one)") from None
    if expanded > MAX_EXPANDED_BYTES:
        raise IngestError(
            path,
            f"the Word package unpacks to {expanded / 1048576:.0f} MB (the limit is {MAX_EXPANDED_BYTES >> 20} MB)",
        )
    try:
        return docx.Document(io.BytesIO(data))
    except ValueError as exc:
        if "content type is" not in str(exc):
            raise IngestError(path, f"a damaged Word document ({_short(exc)})") from None
        raise IngestError(path, _other_format(str(exc))) from None
    except (PackageNotFoundError, KeyError):
        raise IngestError(path, "not a Word document (the zip package has no Word document part)") from None
    except Exception as exc:  # noqa: BLE001 -- lxml and the zip reader raise assorted errors on damaged files
        raise IngestError(path, f"a damaged Word document ({type(exc).__name__}: {_short(exc)})") from None


def _other_format(message: str) -> str:
    content_type = message.rsplit("content type is", 1)[-1].strip(" '\"")
    if "spreadsheetml" in content_type:
        return "an Excel workbook, not a Word document"
    if "presentationml" in content_type:
        return "a PowerPoint presentation, not a Word document"
    if "macroEnabled" in content_type:
        return "a macro-enabled Word document (.docm): save it as .docx (without macros), then ingest that"
    if "template" in content_type:
        return "a Word template (.dotx): save it as a document (.docx), then ingest that"
    return f"not a Word document (its main part is {content_type or 'of an unknown type'})"


def _short(exc: Exception) -> str:
    return (" ".join(str(exc).split()) or "damaged file")[:120]


class _Reader:
    def __init__(self, document: Any) -> None:
        self.styles = Styles(document.styles.element)
        part = document.part
        try:
            numbering = part.part_related_by(_NUMBERING).element
        except KeyError:
            numbering = None
        self.numbering = Numbering(numbering)
        self.keys = itertools.count()
        self.notes = {kind: _notes(part, rel, tag) for kind, (rel, _, tag) in _NOTES.items()}
        self.numbered = {kind: itertools.count(1) for kind in _NOTES}  # Word numbers notes in the order they are marked
        self.pending: list[Paragraph] = []  # notes marked in the item being read (a table's cells included)

    def read(self, body: Any) -> Iterator[Paragraph | Table]:
        """The body's paragraphs and tables, each followed by the notes it marks; a paragraph's notes
        wait for the table right after it (a table's title marks a note on the table)."""
        for item in self.body(body):
            if isinstance(item, Paragraph):
                yield from self._flush()
            yield item
            if isinstance(item, Table):
                yield from self._flush()
        yield from self._flush()

    def _flush(self) -> list[Paragraph]:
        notes, self.pending = self.pending, []
        return notes

    def body(self, container: Any) -> Iterator[Paragraph | Table]:
        """Paragraphs and tables of a body, cell or text box, in order (content controls opened)."""
        for child in container.iterchildren():
            if child.tag == _P:
                yield from self.paragraph(child)
            elif child.tag == _TBL:
                yield self.table(child)
            elif child.tag == _SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    yield from self.body(content)
            elif child.tag == _CUSTOM:
                yield from self.body(child)

    def paragraph(self, p: Any) -> Iterator[Paragraph | Table]:
        ppr = p.find(qn("w:pPr"))
        style = self.styles.paragraph(value(ppr, "w:pStyle"))
        numbered = numbering_of(ppr) or style.numbering
        marker = self.numbering.label(*numbered) if numbered and numbered[0] else None  # counted even when empty
        runs = [r for r in p.iter(_R) if _here(r, p)]
        text = clean("".join(_run_text(r) for r in runs))
        if text and not style.contents:
            heading = outline_level(ppr) or style.heading
            bold = all(self._bold(r, style.bold) for r in runs if _run_text(r).strip())
            if heading:
                yield Paragraph(f"{marker} {text}" if marker and marker != "-" else text, "heading", heading, bold=bold)
            elif style.title:
                yield Paragraph(text, "title", 1, bold=bold)
            elif marker or (style.list_style and numbered is None):
                yield Paragraph(text, "item", marker=marker or "-", bold=bold)
            else:
                yield Paragraph(text, bold=bold)
        for box in p.iter(_TEXT_BOX):
            if _outermost_box(box, p):
                yield from self.body(box)
        for kind, (_, mark, _) in _NOTES.items():
            for reference in p.iter(mark):
                if not _here(reference.getparent(), p):
                    continue
                note_id = reference.get(qn("w:id"), "")
                # Word numbers every note it marks, one with no text too; a note marked with its own symbol
                # ("*") takes no number; a note marked twice is read once.
                custom = str(reference.get(qn("w:customMarkFollows"), "0")).lower() in ("1", "true", "on")
                number = "" if custom else f" {next(self.numbered[kind])}"
                note = self.notes[kind].pop(note_id, "")
                if note:
                    self.pending.append(Paragraph(f"{kind}{number}: {note}"))

    def _bold(self, run: Any, paragraph_bold: bool | None) -> bool:
        rpr = run.find(qn("w:rPr"))
        b = rpr.find(qn("w:b")) if rpr is not None else None
        if b is not None:
            return on(b)
        character = self.styles.character_bold(value(rpr, "w:rStyle"))
        return bool(character if character is not None else paragraph_bold)

    def table(self, tbl: Any) -> Table:
        rows: list[tuple[Cell | None, ...]] = []
        marked = 0
        for tr in _children(tbl, _TR):
            trpr = tr.find(qn("w:trPr"))
            before, after = _count(value(trpr, "w:gridBefore")), _count(value(trpr, "w:gridAfter"))
            cells: list[Cell | None] = [None] * before
            for tc in _children(tr, _TC):
                tcpr = tc.find(qn("w:tcPr"))
                span = max(1, _count(value(tcpr, "w:gridSpan")))
                merge = tcpr.find(qn("w:vMerge")) if tcpr is not None else None
                above = rows[-1][len(cells)] if rows and len(cells) < len(rows[-1]) else None
                if merge is not None and merge.get(qn("w:val"), "continue") == "continue" and above is not None:
                    cell: Cell | None = above  # the lower part of a vertically merged cell
                else:
                    cell = self.cell(tc)
                cells.extend([cell] * span)
            cells.extend([None] * after)
            if marked == len(rows) and trpr is not None and on(trpr.find(qn("w:tblHeader"))):
                marked += 1
            rows.append(tuple(cells))
        return Table(tuple(rows), marked)

    def cell(self, tc: Any) -> Cell:
        parts: list[str] = []
        bold = True
        for item in self.body(tc):
            if isinstance(item, Table):
                parts += [c.text for row in item.rows for c in dict.fromkeys(row) if c is not None and c.text]
                bold = False
            else:
                marker = "•" if item.marker == "-" else item.marker
                parts.append(f"{marker} {item.text}" if marker else item.text)
                bold = bold and item.bold
        text = " ".join(parts)
        return Cell(text, next(self.keys), bold and bool(text))


def _notes(part: Any, relationship: str, tag: str) -> dict[str, str]:
    """The text of each note in a footnotes or endnotes part, by its id (the separators have none)."""
    from docx.oxml import parse_xml

    try:
        notes = part.part_related_by(relationship)
    except KeyError:
        return {}
    try:
        root = notes.element if hasattr(notes, "element") else parse_xml(notes.blob)
    except Exception as exc:  # noqa: BLE001 -- lxml raises assorted errors on a damaged part
        raise IngestError(Path(str(notes.partname)), f"its notes part cannot be read ({_short(exc)})") from None
    out = {}
    for note in root.iterchildren(tag):
        paragraphs = (clean("".join(_run_text(r) for r in p.iter(_R) if _here(r, p))) for p in note.iter(_P))
        text = " ".join(t for t in paragraphs if t)
        if text and note.get(qn("w:type")) in (None, "normal"):
            out[note.get(qn("w:id"), "")] = text
    return out


def _children(element: Any, tag: str) -> Iterator[Any]:
    """``element``'s children named ``tag``, those inside content controls (rows, cells) included."""
    for child in element.iterchildren():
        if child.tag == tag:
            yield child
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _children(content, tag)
        elif child.tag == _CUSTOM:
            yield from _children(child, tag)


def _here(run: Any, p: Any) -> bool:
    """A run read as part of this paragraph's text: not deleted, not in a text box or drawing, not hidden."""
    parent = run.getparent()
    while parent is not None and parent is not p:
        if parent.tag in _NOT_HERE:
            return False
        parent = parent.getparent()
    rpr = run.find(qn("w:rPr"))
    return not (rpr is not None and on(rpr.find(qn("w:vanish"))))


def _outermost_box(box: Any, p: Any) -> bool:
    parent = box.getparent()
    while parent is not None and parent is not p:
        if parent.tag in (_FALLBACK, _TEXT_BOX):
            return False
        parent = parent.getparent()
    return True


_RUN_TEXT = {qn("w:tab"): " ", qn("w:ptab"): " ", qn("w:br"): " ", qn("w:cr"): " ", qn("w:noBreakHyphen"): "-"}


def _run_text(run: Any) -> str:
    out = []
    for child in run.iterchildren():
        if child.tag == qn("w:t"):
            out.append(child.text or "")
        elif child.tag in _RUN_TEXT:
            out.append(_RUN_TEXT[child.tag])
    return "".join(out)


def clean(text: str) -> str:
    """One line of text: breaks, tabs and runs of spaces as one space; soft hyphens and zero-width spaces gone."""
    text = text.replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", "")
    return _SPACES.sub(" ", text).strip()


def _count(text: str | None) -> int:
    return int(text) if text is not None and text.isdigit() else 0
