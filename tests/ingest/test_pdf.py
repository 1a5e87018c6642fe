"""PDFs made in the test with fpdf2: page numbers, tables, and the ways a PDF can be unreadable."""

from __future__ import annotations

import pytest

from ingest.chunk import chunk_document
from ingest.load import IngestError, load_file
from ingest.parse import parse
from ingest.structure import describe
from tests.helpers import board_pdf, encrypted_pdf, imageless_pdf, write

MAX = 10 * 1024 * 1024


def chunks_of(path):
    loaded = load_file(path, MAX)
    parsed = parse(loaded)
    info = describe(path.name, path.name, loaded.kind, parsed)
    return info, chunk_document(parsed, info)


def chunk_with(chunks, text):
    found = [c for c in chunks if text in c.page_content]
    assert found, f"no chunk contains {text!r}"
    return found[0]


def test_pages_are_numbered_in_chunk_metadata(tmp_path):
    info, chunks = chunks_of(write(tmp_path, "board.pdf", board_pdf()))
    assert info.pages == 3
    assert chunk_with(chunks, "elective recovery targets").metadata["page"] == 1
    assert chunk_with(chunks, "Total appointments").metadata["page"] == 2
    assert chunk_with(chunks, "board is asked to note").metadata["page"] == 3
    assert all("page_end" not in c.metadata for c in chunks)  # no chunk spans two pages


def test_table_rows_keep_header_labels_and_figures(tmp_path):
    _, chunks = chunks_of(write(tmp_path, "board.pdf", board_pdf()))
    table = chunk_with(chunks, "Total appointments")
    assert table.metadata["content"] == "table"
    lines = table.page_content.splitlines()
    assert lines == [
        "Measure | January | February",
        "Total appointments | January: 73,727 | February: 83,357",
        "Missed appointments | January: 1,204 | February: 998",
        "Waiting over 18 weeks | January: 4.2% | February: 3.9%",
    ]
    assert table.metadata["section"] == "Appointments by month"


def test_pdf_metadata_title_and_date_from_the_text(tmp_path):
    info, chunks = chunks_of(write(tmp_path, "board.pdf", board_pdf("Elective Recovery Board Report")))
    assert info.title == "Elective Recovery Board Report"
    assert info.date == "2024-03-12"
    assert all(c.metadata["title"] == "Elective Recovery Board Report" for c in chunks)


def test_chunk_bodies_are_slices_of_the_page_text(tmp_path):
    loaded = load_file(write(tmp_path, "board.pdf", board_pdf()), MAX)
    parsed = parse(loaded)
    for chunk in chunk_document(parsed, describe("board.pdf", "board.pdf", "pdf", parsed)):
        assert parsed.text[chunk.metadata["start"]:chunk.metadata["end"]] == chunk.page_content


@pytest.mark.parametrize("name, data", [
    ("truncated.pdf", board_pdf()[:700]),
    ("garbage.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 20),
    ("not-a-pdf.pdf", b"Quarterly report, saved with the wrong extension.\n" * 20),
])
def test_corrupt_pdf_is_refused_with_a_reason(tmp_path, name, data):
    path = write(tmp_path, name, data)
    with pytest.raises(IngestError) as caught:
        load_file(path, MAX)
    assert caught.value.path == str(path)
    assert "not a readable PDF" in caught.value.reason
    assert str(caught.value).startswith(f"{path}: ")
    assert "\n" not in str(caught.value)


def test_encrypted_pdf_is_refused_with_a_reason(tmp_path):
    path = write(tmp_path, "secret.pdf", encrypted_pdf())
    with pytest.raises(IngestError) as caught:
        load_file(path, MAX)
    assert caught.value.path == str(path)
    assert "encrypted PDF" in caught.value.reason and "password" in caught.value.reason


def test_pdf_encrypted_with_an_empty_user_password_is_read(tmp_path):
    # Many published papers are "encrypted" only to restrict printing: anyone may open them.
    path = write(tmp_path, "restricted.pdf", encrypted_pdf(user_password=""))
    _, chunks = chunks_of(path)
    assert chunk_with(chunks, "Total appointments").metadata["page"] == 2


def test_pdf_without_text_is_refused_with_a_reason(tmp_path):
    path = write(tmp_path, "scan.pdf", imageless_pdf())
    with pytest.raises(IngestError) as caught:
        load_file(path, MAX)
    assert caught.value.path == str(path)
    assert "no extractable text" in caught.value.reason
