"""Small documents and builders shared by the tests (kept small: embedding is the slow part)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from pathlib import Path

from langchain_core.embeddings import Embeddings

from vectorstore.embeddings import embedding_name

REPO_ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = REPO_ROOT / "data" / "corpus"
ICP_PAPER = "sel-icp-papers-2023-04-25.md"
RECOVERY_PLAN = "sel-recovery-plan-2020-10.md"

# A board paper in the Markdown dialect of the shipped corpus, small enough to embed in a second.
SOUTH_BOARD = """# South Borough Health Board

Meeting held on 14 March 2024

## Item 3 Enclosure C

### Finance report

The trust reported a deficit of £2.1m at month 10, which is £0.4m better than plan.

### Workforce

Vacancy rates fell to 8.2% in February, the lowest level for three years.

## Item 4 Enclosure D

### Questions from the public

A resident asked about parking charges at the hospital; the chair agreed to reply in writing.
"""

NORTH_COMMITTEE = """# North Trust Quality Committee

Minutes of the meeting on 9 June 2022

## Infection control

There were two cases of C. difficile in May, both investigated with no lapses in care found.

## Maternity services

The maternity unit was rated good by the Care Quality Commission after its inspection.
"""

EAST_PLAN = """# East District Winter Plan

Published 30 September 2023

## Urgent care

Extra ambulance handover capacity will open in November to cut waits outside the emergency department.

## Vaccination

Flu vaccination clinics for care home residents start in October in every borough.
"""


def new_index(folder: Path, embeddings: Embeddings, name: str = "test_index"):
    """An empty (or reopened) on-disk ChunkIndex in ``folder``: Chroma in folder/chroma, BM25 in folder/lexical."""
    from vectorstore.chroma import open_client
    from vectorstore.index import ChunkIndex

    return ChunkIndex(open_client(path=folder / "chroma"), embeddings, name, folder / "lexical")


def write(folder: Path, name: str, text: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def write_manifest(folder: Path, entries: Iterable[dict]) -> Path:
    return write(folder, "manifest.json", json.dumps({"documents": list(entries)}))


def long_paper(title: str, date: str, sections: int, paragraphs: int = 3) -> str:
    """A paper of ``sections`` headed sections with distinct sentences (for larger ingests)."""
    topics = ["beds", "staffing", "finance", "waiting lists", "estates", "digital", "equality", "estates risk"]
    lines = [f"# {title}", "", f"Meeting held on {date}", ""]
    for s in range(1, sections + 1):
        topic = topics[s % len(topics)]
        lines += [f"## {s} Report on {topic} number {s}", ""]
        for p in range(1, paragraphs + 1):
            lines += [
                f"Paragraph {p} of section {s} says the {topic} position moved by {s * 7 + p}% "
                f"against plan, and the board asked for a further update on {topic} in quarter {p}.",
                "",
            ]
    return "\n".join(lines)


# --- PDFs, made with fpdf2 -------------------------------------------------------------
APPOINTMENTS = [
    ("Measure", "January", "February"),
    ("Total appointments", "73,727", "83,357"),
    ("Missed appointments", "1,204", "998"),
    ("Waiting over 18 weeks", "4.2%", "3.9%"),
]


def board_pdf(title: str = "Board Performance Report") -> bytes:
    """Three pages: an introduction, a table with a header row and figures, a recommendation."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(
        0,
        6,
        "Meeting of the Trust Board, 12 March 2024. This paper sets out how the trust "
        "performed against the elective recovery targets during the winter period.",
    )
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 10, "Appointments by month", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    with pdf.table(col_widths=(60, 40, 40)) as table:
        for cells in APPOINTMENTS:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.add_page()
    pdf.multi_cell(0, 6, "The board is asked to note the report and the actions being taken to reduce waiting times.")
    return bytes(pdf.output())


def imageless_pdf() -> bytes:
    """Two pages with drawings only: what a scan without OCR looks like to a text extractor."""
    from fpdf import FPDF

    pdf = FPDF()
    for _ in range(2):
        pdf.add_page()
        pdf.rect(20, 20, 100, 60, style="F")
    return bytes(pdf.output())


def encrypted_pdf(user_password: str = "board-secret") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(board_pdf())))
    # RC4-128 is implemented inside pypdf; AES would need the cryptography package.
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# --- Word documents, made with python-docx -----------------------------------------------
WAITS = [
    ("Service", "April 2025", "May 2025", "June 2025"),
    ("Podiatry", "14 weeks", "12 weeks", "11 weeks"),
    ("Speech and language therapy", "31 weeks", "29 weeks", "27 weeks"),
    ("District nursing", "Not reported (system change)", "", "2 days"),  # April and May merged into one cell
    ("", "", "", ""),  # an empty row
]
PRESSURE_ACTIONS = [
    "Repositioning checks every two hours on the frailty wards",
    "A tissue viability nurse on every night shift",
    "Weekly audits of mattress stock",
]
RECOMMENDATIONS = [
    "Approve the revised falls policy",
    "Note the pressure ulcer actions",
    "Endorse the community staffing review",
]
DOCX_FURNITURE = ("OFFICIAL SENSITIVE board header", "Riverside board pack footer page furniture")


def docx_bytes(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def board_docx(title: str = "Riverside Community Health Trust Board papers") -> bytes:
    """A board paper as Word writes one: a title, Heading 1/2 sections, a bullet list after its lead-in,
    a numbered list, a table (header row marked to repeat, a merged cell, an empty row) with a paragraph
    after it, and a header and footer of page furniture."""
    from docx import Document
    from docx.oxml import OxmlElement

    document = Document()
    document.core_properties.title = title
    section = document.sections[0]
    section.header.paragraphs[0].text = DOCX_FURNITURE[0]
    section.footer.paragraphs[0].text = DOCX_FURNITURE[1]
    document.add_paragraph("Riverside Community Health Trust Board", style="Title")
    document.add_paragraph("Meeting held in public on 17 July 2025")
    document.add_heading("Quality and safety report", level=1)
    document.add_heading("Pressure ulcers", level=2)
    document.add_paragraph("The ward teams took three actions to reduce pressure ulcers:")
    for action in PRESSURE_ACTIONS:
        document.add_paragraph(action, style="List Bullet")
    document.add_heading("Recommendations", level=2)
    for recommendation in RECOMMENDATIONS:
        document.add_paragraph(recommendation, style="List Number")
    document.add_heading("Community performance", level=1)
    document.add_paragraph("Community waiting times by service are set out below.")
    table = document.add_table(rows=len(WAITS), cols=len(WAITS[0]))
    for r, row in enumerate(WAITS):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    merged = table.cell(3, 1).merge(table.cell(3, 2))
    merged.text = WAITS[3][1]
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))  # "repeat as header row"
    document.add_paragraph(
        "Speech and language therapy waits remain the longest; a recovery plan comes to the September board."
    )
    return docx_bytes(document)


def encrypted_docx(password: str = "board-secret") -> bytes:
    """The board paper saved with a password to open it, as Word encrypts one (msoffcrypto-tool)."""
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(board_docx())).encrypt(password, out)
    return out.getvalue()


def old_word_doc() -> bytes:
    """An old binary Word file's container: an OLE2 compound file holding a WordDocument stream
    (512-byte sectors: the FAT, the directory, then the stream), as Word 97-2003 saved .doc files."""
    import struct

    end, free, fat_sector, no_stream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    stream = struct.pack("<H", 0xA5EC) + bytes(4094)  # the Word binary's magic number, then nothing
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
    header += bytes(6) + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
    header += struct.pack("<I", 0) + struct.pack("<I", free) * 108
    fat = [fat_sector, end, *range(3, 10), end]
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat) + struct.pack("<I", free) * (128 - len(fat))

    def entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le") if name else b""
        head = encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1 if kind else 0)
        return head + struct.pack("<III", no_stream, no_stream, child) + bytes(36) + struct.pack("<IQ", start, size)

    directory = entry("Root Entry", 5, 1, end, 0) + entry("WordDocument", 2, no_stream, 2, len(stream))
    directory += entry("", 0, no_stream, 0, 0) * 2
    return header + fat_bytes + directory + stream


# --- an embedding model that fails, for crash tests -----------------------------------
class FailingEmbeddings(Embeddings):
    """The real model, except that ``embed_documents`` raises after ``fail_after`` calls."""

    def __init__(self, inner: Embeddings, fail_after: int) -> None:
        self.inner = inner
        self.name = embedding_name(inner)
        self.fail_after = fail_after
        self.calls = 0

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.calls += 1
        if self.calls > self.fail_after:
            raise RuntimeError(f"injected failure on embedding call {self.calls}")
        return self.inner.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)


class RenamedEmbeddings(Embeddings):
    """The real model under another name: what the index sees when the model setting changes."""

    def __init__(self, inner: Embeddings, name: str) -> None:
        self.inner = inner
        self.name = name

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.inner.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)


def chunk_with(chunks, text):
    """The first chunk whose text holds ``text`` (the test fails, naming it, when none does)."""
    found = [c for c in chunks if text in c.page_content]
    assert found, f"no chunk contains {text!r}"
    return found[0]
