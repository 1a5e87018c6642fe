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
