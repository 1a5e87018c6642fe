"""Word (.docx) papers made in the test with python-docx: structure, tables, lists, furniture, bad files,
and a question answered from one through the real pipeline, model and on-disk Chroma index."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from cli import main
from ingest.blocks import HEADING, LIST_ITEM, PARAGRAPH, SOFT_HEADING_LEVEL, TABLE_ROW
from ingest.chunk import ChunkingOptions, chunk_document
from ingest.load import IngestError, load_file
from ingest.parse import parse
from ingest.pipeline import IngestOptions, ingest
from ingest.structure import describe
from tests.helpers import (
    DOCX_FURNITURE,
    PRESSURE_ACTIONS,
    RECOMMENDATIONS,
    SOUTH_BOARD,
    board_docx,
    chunk_with,
    docx_bytes,
    encrypted_docx,
    old_word_doc,
    write,
)
from vectorstore.units import split_units

MAX = 10 * 1024 * 1024
TITLE_PATH = "Riverside Community Health Trust Board — Meeting held in public on 17 July 2025"
WAIT_ROWS = [
    "Service | April 2025 | May 2025 | June 2025",
    "Podiatry | 14 weeks | 12 weeks | 11 weeks",
    "Speech and language therapy | 31 weeks | 29 weeks | 27 weeks",
    "District nursing | Not reported (system change) |  | 2 days",  # merged over April and May: once, June's under June
]


def parsed_docx(path):
    loaded = load_file(path, MAX)
    parsed = parse(loaded)
    return parsed, describe(path.name, path.name, loaded.kind, parsed)


def chunks_of(path):
    parsed, info = parsed_docx(path)
    return info, chunk_document(parsed, info)


# --- structure -------------------------------------------------------------------------------------
def test_word_heading_styles_make_the_section_paths_under_the_title(tmp_path):
    info, chunks = chunks_of(write(tmp_path, "riverside.docx", board_docx()))
    assert (info.title, info.kind, info.date) == ("Riverside Community Health Trust Board papers", "docx", "2025-07-17")
    assert info.meeting == "Riverside Community Health Trust Board" and info.pages is None
    assert chunk_with(chunks, PRESSURE_ACTIONS[0]).metadata["section"] == (
        f"{TITLE_PATH} > Quality and safety report > Pressure ulcers"
    )
    assert chunk_with(chunks, RECOMMENDATIONS[0]).metadata["section"] == (
        f"{TITLE_PATH} > Quality and safety report > Recommendations"
    )
    assert chunk_with(chunks, "Podiatry").metadata["section"] == f"{TITLE_PATH} > Community performance"
    assert all(c.metadata["kind"] == "docx" and "page" not in c.metadata for c in chunks)


def test_the_title_comes_from_the_properties_else_the_first_heading_else_the_file_name(tmp_path):
    from docx import Document

    _, info = parsed_docx(write(tmp_path, "untitled.docx", board_docx(title="")))
    assert info.title == "Riverside Community Health Trust Board"  # the "Title" paragraph
    plain = Document()
    plain.add_paragraph("The committee noted the update on estates backlog maintenance.")
    _, info = parsed_docx(write(tmp_path, "estates_update-2025.docx", docx_bytes(plain)))
    assert info.title == "Estates update 2025"


def test_list_paragraphs_are_list_items_with_their_bullets_and_numbers(tmp_path):
    parsed, _ = parsed_docx(write(tmp_path, "riverside.docx", board_docx()))
    items = [b.text for b in parsed.blocks if b.kind == LIST_ITEM]
    assert items == [f"- {a}" for a in PRESSURE_ACTIONS] + [f"{n}. {r}" for n, r in enumerate(RECOMMENDATIONS, 1)]
    _, chunks = chunks_of(write(tmp_path, "riverside.docx", board_docx()))
    listed = chunk_with(chunks, PRESSURE_ACTIONS[0])
    # The lead-in stays with its list, and the answer step reads each item as an item.
    # (It is the section's first chunk, so it opens with the heading over it.)
    assert listed.page_content.startswith(
        "Pressure ulcers\nThe ward teams took three actions to reduce pressure ulcers:\n- "
    )
    assert [u.kind for u in split_units(listed.page_content)] == ["sentence", "sentence", "item", "item", "item"]
    assert chunk_with(chunks, RECOMMENDATIONS[1]).metadata["content"] == "list"


def test_table_rows_keep_their_row_label_and_column_header(tmp_path):
    parsed, _ = parsed_docx(write(tmp_path, "riverside.docx", board_docx()))
    rows = [b for b in parsed.blocks if b.kind == TABLE_ROW]
    assert [b.text for b in rows] == WAIT_ROWS  # the merged cell once, the empty row gone
    assert [b.header for b in rows] == [True, False, False, False] and {b.table for b in rows} == {1}
    _, chunks = chunks_of(write(tmp_path, "riverside.docx", board_docx()))
    assert chunk_with(chunks, "Podiatry").page_content.split("\n")[2:6] == WAIT_ROWS  # under heading and lead-in


def test_tables_are_read_where_they_stand_among_the_paragraphs(tmp_path):
    parsed, _ = parsed_docx(write(tmp_path, "riverside.docx", board_docx()))
    kinds = [(b.kind, b.text[:24]) for b in parsed.blocks]
    at = kinds.index((TABLE_ROW, WAIT_ROWS[0][:24]))
    assert kinds[at - 1] == (PARAGRAPH, "Community waiting times ")
    assert kinds[at + 4] == (PARAGRAPH, "Speech and language ther")  # the paragraph after the table, after its rows
    assert parsed.text.index("set out below.") < parsed.text.index("Podiatry") < parsed.text.index("remain the longest")


def test_headers_and_footers_are_not_read(tmp_path):
    parsed, _ = parsed_docx(write(tmp_path, "riverside.docx", board_docx()))
    for furniture in DOCX_FURNITURE:
        assert furniture not in parsed.text
    assert "furniture" not in parsed.text.lower() and "OFFICIAL" not in parsed.text


CAPITAL = (
    "The committee reviewed the capital programme for the year, which funds the new endoscopy suite, "
    "the replacement of two ageing boilers at the community hospital and the first phase of the electronic "
    "patient record. Slippage on the boilers was reported because the supplier had not confirmed a delivery "
    "date, and members asked for a revised timetable at the next meeting."
)


def unstyled_paper() -> bytes:
    """A paper typed without heading styles: bold lines for headings, a bold header row not marked to
    repeat, a row label merged down two rows, and a bold "OFFICIAL" line on every page."""
    from docx import Document

    document = Document()
    for heading, text in [
        ("Finance and Performance Committee", "Minutes of the meeting on 3 June 2025."),
        ("Capital programme", CAPITAL),
        ("Bed capacity", "Bed figures by area are below."),
    ]:
        document.add_paragraph().add_run("OFFICIAL").bold = True
        document.add_paragraph().add_run(heading).bold = True
        document.add_paragraph(text)
    rows = [
        ("Area", "Measure", "Q1", "Q2"),
        ("Acute", "Bed occupancy", "94%", "92%"),
        ("", "Discharges before noon", "18%", "21%"),
        ("Community", "Virtual ward beds", "40", "55"),
    ]
    table = document.add_table(rows=4, cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.paragraphs[0].add_run(text).bold = r == 0
    table.cell(1, 0).merge(table.cell(2, 0)).paragraphs[0].runs[0].text = "Acute"
    mixed = document.add_paragraph("Partly ")
    mixed.add_run("bold").bold = True  # not wholly bold: a paragraph
    return docx_bytes(document)


def test_without_heading_styles_short_bold_paragraphs_head_the_sections(tmp_path):
    parsed, _ = parsed_docx(write(tmp_path, "minutes.docx", unstyled_paper()))
    headings = [(b.text, b.level) for b in parsed.blocks if b.kind == HEADING]
    assert headings == [
        ("Finance and Performance Committee", SOFT_HEADING_LEVEL),
        ("Capital programme", SOFT_HEADING_LEVEL),
        ("Bed capacity", SOFT_HEADING_LEVEL),
    ]  # the recurring bold "OFFICIAL" is not one
    assert (PARAGRAPH, "Partly bold") in [(b.kind, b.text) for b in parsed.blocks]
    rows = [(b.text, b.header) for b in parsed.blocks if b.kind == TABLE_ROW]
    assert rows == [
        ("Area | Measure | Q1 | Q2", True),
        ("Acute | Bed occupancy | 94% | 92%", False),
        ("Acute | Discharges before noon | 18% | 21%", False),  # the merged label on each row
        ("Community | Virtual ward beds | 40 | 55", False),
    ]
    _, info = parsed_docx(write(tmp_path, "minutes.docx", unstyled_paper()))
    chunks = chunk_document(parsed, info, ChunkingOptions(min_tokens=16))
    # A bold heading ends a chunk that has substance (here more than 16 word pieces), as a bold line in Markdown does.
    assert chunk_with(chunks, "Virtual ward beds").metadata["section"] == "Bed capacity"
    assert (info.meeting, info.date) == ("Finance and Performance Committee", "2025-06-03")


def test_tracked_changes_read_as_accepted_hidden_text_left_out_and_content_controls_opened(tmp_path):
    from docx import Document
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = Document()
    paragraph = document.add_paragraph("The board approved ")
    paragraph._p.append(parse_xml(f'<w:ins {w} w:id="1" w:author="a"><w:r><w:t>eleven</w:t></w:r></w:ins>'))
    paragraph._p.append(parse_xml(f'<w:del {w} w:id="2" w:author="a"><w:r><w:delText>nine</w:delText></w:r></w:del>'))
    paragraph._p.append(parse_xml(f"<w:r {w}><w:rPr><w:vanish/></w:rPr><w:t> hidden note</w:t></w:r>"))
    paragraph.add_run(" business cases.")
    document.element.body.insert(
        0,
        parse_xml(
            f"<w:sdt {w}><w:sdtContent><w:p><w:r><w:t>Report of the Chief Nurse</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        ),
    )
    parsed, _ = parsed_docx(write(tmp_path, "changes.docx", docx_bytes(document)))
    assert [b.text for b in parsed.blocks] == ["Report of the Chief Nurse", "The board approved eleven business cases."]


def test_a_text_box_is_read_once_after_the_paragraph_that_anchors_it(tmp_path):
    from docx import Document
    from docx.oxml import parse_xml

    names = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml"'
    )
    box = "<w:txbxContent><w:p><w:r><w:t>96% of patients were seen within two hours.</w:t></w:r></w:p></w:txbxContent>"
    document = Document()
    anchor = document.add_paragraph("Urgent community response met its target.")
    anchor._p.append(
        parse_xml(
            f'<w:r {names}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>{box}'
            f"</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}"
            "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        )
    )
    document.add_paragraph("The next paragraph.")
    parsed, _ = parsed_docx(write(tmp_path, "box.docx", docx_bytes(document)))
    assert [b.text for b in parsed.blocks] == [
        "Urgent community response met its target.",
        "96% of patients were seen within two hours.",
        "The next paragraph.",
    ]


def test_footnotes_and_endnotes_are_read_after_the_paragraph_or_table_that_marks_them(tmp_path):
    from docx import Document
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def notes(kind: str, texts: dict[int, str]) -> bytes:
        separators = f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
        body = "".join(
            f'<w:{kind} w:id="{i}"><w:p><w:r><w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> {t}</w:t></w:r>'
            f"</w:p></w:{kind}>"
            for i, t in texts.items()
        )
        return f"<w:{kind}s {w}>{separators}{body}</w:{kind}s>".encode()

    def mark(paragraph, kind: str, note: int, deleted: bool = False, custom: bool = False) -> None:
        own = ' w:customMarkFollows="1"' if custom else ""
        run = f'<w:r {w}><w:{kind}Reference w:id="{note}"{own}/></w:r>'
        paragraph._p.append(parse_xml(f'<w:del {w} w:id="9" w:author="a">{run}</w:del>' if deleted else run))

    document = Document()
    mark(document.add_paragraph("Discharges within a day rose to 64%."), "footnote", 7)
    mark(document.add_paragraph("Table 3: Beds by ward"), "footnote", 8)
    table = document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, [("Ward", "Beds"), ("Maple", "24")], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    mark(document.add_paragraph("The plan was approved."), "endnote", 2)
    mark(document.add_paragraph("A withdrawn remark."), "footnote", 9, deleted=True)
    mark(document.add_paragraph("Discharges within a day are counted weekly."), "footnote", 7)  # read once
    mark(document.add_paragraph("Bank staff are included."), "footnote", 10, custom=True)  # marked "*": no number
    document.add_paragraph("The last paragraph.")
    package = document.part.package
    for kind, content_type, texts in (
        (
            "footnote",
            CONTENT_TYPE.WML_FOOTNOTES,
            {7: "Within 24 hours of being fit.", 8: "Staffed beds only.", 9: "Gone.", 10: "Paid by the hour."},
        ),
        ("endnote", CONTENT_TYPE.WML_ENDNOTES, {2: "Approved by the Finance Committee in March."}),
    ):
        part = Part(PackURI(f"/word/{kind}s.xml"), content_type, notes(kind, texts), package)
        document.part.relate_to(part, getattr(RELATIONSHIP_TYPE, f"{kind.upper()}S"))
    parsed, _ = parsed_docx(write(tmp_path, "notes.docx", docx_bytes(document)))
    assert [b.text for b in parsed.blocks] == [
        "Discharges within a day rose to 64%.",
        "Footnote 1: Within 24 hours of being fit.",
        "Table 3: Beds by ward",
        "Ward | Beds",
        "Maple | 24",
        "Footnote 2: Staffed beds only.",
        "The plan was approved.",
        "Endnote 1: Approved by the Finance Committee in March.",
        "A withdrawn remark.",  # its note was marked in a deleted run: not read
        "Discharges within a day are counted weekly.",
        "Bank staff are included.",
        "Footnote: Paid by the hour.",
        "The last paragraph.",
    ]
    broken = Part(PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, b"<w:footnotes", package)
    document.part.rels[
        next(r for r, rel in document.part.rels.items() if rel.reltype == RELATIONSHIP_TYPE.FOOTNOTES)
    ]._target = broken
    with pytest.raises(IngestError, match="a damaged Word document"):
        parsed_docx(write(tmp_path, "damaged-notes.docx", docx_bytes(document)))


# --- bad files ------------------------------------------------------------------------------------------
def with_part(name: str, data: bytes) -> bytes:
    """The board paper's package with one part replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(board_docx())) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.namelist():
            target.writestr(item, data if item == name else source.read(item))
    return out.getvalue()


BAD_FILES = {
    "cut-short.docx": (lambda: board_docx()[:4000], "a damaged Word document (its zip package cannot be read"),
    "locked.docx": (encrypted_docx, "password-protected Word document"),
    "old-format.docx": (old_word_doc, "an old binary Word document (.doc), not .docx"),
    "minutes.doc": (old_word_doc, "unsupported file type '.doc'"),
    "notes.docx": (lambda: b"Plain text saved with the wrong extension.", "not a Word document"),
    "broken-xml.docx": (lambda: with_part("word/document.xml", b"<w:document"), "a damaged Word document"),
    "figures.docx": (
        lambda: with_part(
            "[Content_Types].xml",
            zipfile.ZipFile(io.BytesIO(board_docx()))
            .read("[Content_Types].xml")
            .replace(b"wordprocessingml.document.main", b"spreadsheetml.sheet.main"),
        ),
        "an Excel workbook, not a Word document",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_file_that_is_not_a_readable_docx_is_refused_saying_why(tmp_path, name):
    make, reason = BAD_FILES[name]
    path = write(tmp_path, name, make())
    with pytest.raises(IngestError) as caught:
        load_file(path, MAX)
    assert caught.value.path == str(path) and reason in caught.value.reason
    assert str(caught.value) == f"{path}: {caught.value.reason}" and "\n" not in str(caught.value)
    if name.endswith(".doc"):
        assert "save it as .docx" in caught.value.reason


def test_a_word_document_without_text_is_refused(tmp_path):
    from docx import Document

    with pytest.raises(IngestError) as caught:
        load_file(write(tmp_path, "blank.docx", docx_bytes(Document())), MAX)
    assert caught.value.reason == "no text in the Word document"


# --- through the pipeline, into a real index ------------------------------------------------------------
def test_bad_word_files_are_reported_while_the_others_go_in_and_the_index_stays_whole(tmp_path, index):
    first = tmp_path / "first"
    write(first, "south.md", SOUTH_BOARD)
    assert ingest([first], index, IngestOptions(progress=False)).ok
    before = index.generation(refresh=True).number

    only_bad = tmp_path / "bad"
    write(only_bad, "locked.docx", encrypted_docx())
    report = ingest([only_bad], index, IngestOptions(progress=False))
    assert [e.reason.split(":")[0] for e in report.failed] == ["password-protected Word document"]
    assert index.generation(refresh=True).number == before  # nothing to commit: the live index untouched
    assert [d.doc_id for d in index.documents()] == ["south.md"]

    second = tmp_path / "second"
    write(second, "riverside.docx", board_docx())
    write(second, "old.docx", old_word_doc())
    write(second, "cut.docx", board_docx()[:4000])
    lock = write(second, "~$verside.docx", b"\x0bJane Porter" + bytes(150))  # Word's owner file while it is open
    report = ingest([second], index, IngestOptions(progress=False))
    assert sorted(e.path.rsplit("/", 1)[-1] for e in report.failed) == ["cut.docx", "old.docx"]
    assert report.warnings == [f"{lock}: skipped, a Word lock file (the document is open in Word)"]
    assert [r.doc_id for r in report.added] == ["riverside.docx"]
    records = {d.doc_id: d for d in index.documents()}
    assert sorted(records) == ["riverside.docx", "south.md"]
    assert (records["riverside.docx"].kind, records["riverside.docx"].date) == ("docx", "2025-07-17")
    assert index.original_path("riverside.docx").read_bytes() == (second / "riverside.docx").read_bytes()
    assert ingest([second / "riverside.docx"], index, IngestOptions(progress=False)).unchanged == ["riverside.docx"]


@pytest.fixture(scope="module")
def docx_index_dir(tmp_path_factory, embeddings):
    folder = tmp_path_factory.mktemp("docx")
    papers = folder / "papers"
    write(papers, "riverside.docx", board_docx())
    write(papers, "south.md", SOUTH_BOARD)
    assert main(["ingest", "--quiet", str(papers), "--index-dir", str(folder / "index")]) == 0
    return folder / "index"


def ask_json(index_dir, capsys, question: str) -> dict:
    capsys.readouterr()
    assert main(["ask", question, "--json", "--index-dir", str(index_dir)]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_table_question_is_answered_from_the_docx_with_its_citation(docx_index_dir, capsys):
    answer = ask_json(docx_index_dir, capsys, "How long was the wait for speech and language therapy in June 2025?")
    assert not answer["refused"] and "27 weeks" in answer["text"]
    cited = answer["citations"][0]
    assert cited["doc"] == "riverside.docx" and cited["title"] == "Riverside Community Health Trust Board papers"
    assert cited["section"] == f"{TITLE_PATH} > Community performance"
    assert "Service | April 2025 | May 2025 | June 2025\n" in cited["text"]
    assert "Speech and language therapy | 31 weeks | 29 weeks" in cited["text"]


def test_a_list_question_is_answered_with_the_items_of_the_docx(docx_index_dir, capsys):
    answer = ask_json(docx_index_dir, capsys, "What actions did the ward teams take to reduce pressure ulcers?")
    assert not answer["refused"]
    assert all(action in answer["text"] for action in PRESSURE_ACTIONS)
    assert {c["doc"] for c in answer["citations"]} == {"riverside.docx"}


def test_a_bold_group_row_under_a_bold_header_titles_its_rows_and_is_not_a_header_level(tmp_path):
    # "Housing" merged across the table, bold like the header above it, names the rows under it; read as a second
    # header level it would prefix every column's label ("Measure Housing", "Baseline Housing").
    from docx import Document

    document = Document()
    document.add_paragraph("Outcome measures are below.")
    rows = [
        ("Measure", "Baseline", "Latest"),
        ("Housing", "", ""),
        ("Homes insulated", "210", "290"),
        ("Families in temporary homes", "88", "95"),
    ]
    table = document.add_table(rows=4, cols=3)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).paragraphs[0].add_run(text).bold = r < 2
    table.cell(1, 0).merge(table.cell(1, 2))
    parsed, _ = parsed_docx(write(tmp_path, "measures.docx", docx_bytes(document)))
    table_rows = [b for b in parsed.blocks if b.kind == TABLE_ROW]
    assert [b.text for b in table_rows if b.header] == ["Measure | Baseline | Latest"]
    assert [b.text for b in table_rows if not b.header] == [
        "Housing",
        "Homes insulated | 210 | 290",
        "Families in temporary homes | 88 | 95",
    ]
