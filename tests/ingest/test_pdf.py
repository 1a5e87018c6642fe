"""PDFs made in the test with fpdf2: page numbers, tables, and the ways a PDF can be unreadable."""

from __future__ import annotations

import io

import pytest

from ingest.chunk import chunk_document
from ingest.load import IngestError, load_file
from ingest.parse import parse
from ingest.pdf import missing_lines
from ingest.pdf_lines import is_year
from ingest.structure import describe
from tests.helpers import board_pdf, chunk_with, encrypted_pdf, imageless_pdf, write
from tests.ingest.pdf_layouts import helvetica_as_f1

MAX = 10 * 1024 * 1024


def chunks_of(path):
    loaded = load_file(path, MAX)
    parsed = parse(loaded)
    info = describe(path.name, path.name, loaded.kind, parsed)
    return info, chunk_document(parsed, info)


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
        "Appointments by month",  # the heading above it: the section's first chunk opens with it
        "Measure | January | February",
        "Total appointments | 73,727 | 83,357",
        "Missed appointments | 1,204 | 998",
        "Waiting over 18 weeks | 4.2% | 3.9%",
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
        assert parsed.text[chunk.metadata["start"] : chunk.metadata["end"]] == chunk.page_content


@pytest.mark.parametrize(
    "name, data",
    [
        ("truncated.pdf", board_pdf()[:700]),
        ("garbage.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 20),
        ("not-a-pdf.pdf", b"Quarterly report, saved with the wrong extension.\n" * 20),
    ],
)
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


# --- layouts of real board papers, made in the test ------------------------------------
SURVEY = (
    "The committee reviewed the quarterly access figures for every practice in the borough and agreed "
    "that the integrated care board should report again in the spring with a fuller analysis of "
    "telephone waiting times and of the effect of the new online booking system on demand."
)


def parsed_of(tmp_path, data: bytes, name: str = "paper.pdf"):
    loaded = load_file(write(tmp_path, name, data), MAX)
    return loaded, parse(loaded)


def rows_of(parsed, table_header: bool = False):
    return [b.text for b in parsed.blocks if b.kind == "table_row" and b.header == table_header]


def new_pdf():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    return pdf


def justify(pdf, text: str, width: float = 150) -> None:
    """Set a paragraph justified word by word, as word processors do: wide gaps fall anywhere."""
    lines: list[list[str]] = [[]]
    for word in text.split():
        if lines[-1] and pdf.get_string_width(" ".join(lines[-1] + [word])) > width:
            lines.append([])
        lines[-1].append(word)
    for n, words in enumerate(lines):
        y = pdf.get_y() + 4
        gap = pdf.get_string_width("  ")
        if n < len(lines) - 1 and len(words) > 1:
            gap = (width - sum(pdf.get_string_width(w) for w in words)) / (len(words) - 1)
        x = pdf.l_margin
        for word in words:
            pdf.text(x, y, word)
            x += pdf.get_string_width(word) + gap
        pdf.set_y(pdf.get_y() + 5)


def plain_words(loaded) -> list[str]:
    """Every word pypdf's plain extraction finds, bar bullets and "Page N" stamps."""
    from pypdf import PdfReader

    reader = PdfReader(loaded.path)
    words = []
    for page in reader.pages:
        words += [w for w in (page.extract_text() or "").split() if w not in "•●▪–-" and not w.isdigit()]
    return words


def test_justified_prose_stays_prose(tmp_path):
    pdf = new_pdf()
    for _ in range(3):
        justify(pdf, SURVEY)
        pdf.ln(4)
    loaded, parsed = parsed_of(tmp_path, bytes(pdf.output()))
    assert "  " in loaded.pages[0]  # the layout text has the stretched gaps a table would have
    assert not rows_of(parsed) and not rows_of(parsed, table_header=True)
    assert [b.text for b in parsed.blocks] == [SURVEY] * 3


def test_table_between_justified_paragraphs_with_wrapped_labels_and_a_two_level_header(tmp_path):
    pdf = new_pdf()
    justify(pdf, SURVEY)
    pdf.ln(4)
    with pdf.table(
        col_widths=(60, 25, 25, 25, 25),
        text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        v_align="TOP",
        num_heading_rows=2,
    ) as table:
        row = table.row()
        row.cell("Measure", rowspan=2)
        row.cell("Headcount", colspan=2, align="CENTER")
        row.cell("Full time equivalent", colspan=2, align="CENTER")
        row = table.row()
        for cell in ("GP", "Nurse", "GP", "Nurse"):
            row.cell(cell)
        for cells in (
            ("Bexley practices registered with the borough partnership", "152", "94", "131.3", "66.2"),
            ("Greenwich", "120", "80", "101.5", "60.1"),
            ("Lewisham and the wider south east London sector", "98", "61", "85.0", "49.9"),
        ):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.ln(4)
    justify(pdf, SURVEY)
    _, parsed = parsed_of(tmp_path, bytes(pdf.output()))
    assert rows_of(parsed, table_header=True) == [
        "Measure | Headcount GP | Headcount Nurse | Full time equivalent GP | Full time equivalent Nurse"
    ]
    assert rows_of(parsed) == [
        "Bexley practices registered with the borough partnership | 152 | 94 | 131.3 | 66.2",
        ("Greenwich | 120 | 80 | 101.5 | 60.1"),
        "Lewisham and the wider south east London sector | 98 | 61 | 85.0 | 49.9",
    ]
    paragraphs = [b.text for b in parsed.blocks if b.kind == "paragraph"]
    assert paragraphs == [SURVEY, SURVEY]


def test_labels_wrapped_above_their_figures_and_a_header_of_months_over_years(tmp_path):
    pdf = new_pdf()
    with pdf.table(
        col_widths=(80, 22, 22, 22),
        text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        v_align="BOTTOM",
        num_heading_rows=1,
        first_row_as_headings=True,
    ) as table:
        for cells in (
            ("Stockton practices", "April\n2023", "May\n2023", "June\n2023"),
            ("Total number of appointments", "73,727", "83,357", "89,189"),
            (
                (
                    "% of appointments where the time between booking and the date of the appointment "
                    "was either same day or 1 day"
                ),
                "46%",
                "45.6%",
                "44.5%",
            ),
            ("Number of appointments recorded as Did Not Attend (DNA)", "3,590", "4,067", "4,036"),
        ):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    _, parsed = parsed_of(tmp_path, bytes(pdf.output()))
    assert rows_of(parsed, table_header=True) == ["Stockton practices | April 2023 | May 2023 | June 2023"]
    assert rows_of(parsed) == [
        "Total number of appointments | 73,727 | 83,357 | 89,189",
        (
            "% of appointments where the time between booking and the date of the appointment was either same day "
            "or 1 day | 46% | 45.6% | 44.5%"
        ),
        "Number of appointments recorded as Did Not Attend (DNA) | 3,590 | 4,067 | 4,036",
    ]


BOROUGHS = [
    "Bexley",
    "Bromley",
    "Greenwich",
    "Lambeth",
    "Lewisham",
    "Southwark",
    "Croydon",
    "Sutton",
    "Merton",
    "Kingston",
    "Richmond",
    "Wandsworth",
    "Hounslow",
    "Hillingdon",
    "Ealing",
    "Brent",
    "Harrow",
    "Barnet",
    "Enfield",
    "Haringey",
    "Camden",
    "Islington",
    "Hackney",
    "Newham",
    "Redbridge",
    "Havering",
    "Barking",
    "Dartford",
    "Gravesham",
    "Medway",
    "Swale",
    "Maidstone",
    "Tonbridge",
    "Sevenoaks",
    "Ashford",
    "Canterbury",
    "Thanet",
    "Dover",
    "Folkestone",
    "Hythe",
    "Deal",
    "Sandwich",
    "Whitstable",
    "Faversham",
]


def borough_table_pdf(repeat_header: bool) -> bytes:
    pdf = new_pdf()
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, "Referrals by borough", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    with pdf.table(
        col_widths=(60, 30, 30, 30), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"), repeat_headings=int(repeat_header)
    ) as table:
        for cells in [("Borough", "Referrals", "Seen in 2 weeks", "Waiting")] + [
            (name, f"{1000 + n * 37:,}", f"{80 + n % 17}.{n % 10}%", str(100 + n * 3))
            for n, name in enumerate(BOROUGHS)
        ]:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    return bytes(pdf.output())


@pytest.mark.parametrize("repeat_header", [False, True])
def test_table_over_a_page_break_keeps_its_labels_and_page_numbers(tmp_path, repeat_header):
    loaded, parsed = parsed_of(tmp_path, borough_table_pdf(repeat_header))
    assert len(loaded.pages) == 2
    rows = {b.text.split(" | ")[0]: b for b in parsed.blocks if b.kind == "table_row" and not b.header}
    assert sorted(rows) == sorted(BOROUGHS)
    last = rows["Faversham"]
    assert last.page == 2 and last.text == "Faversham | 2,591 | 89.3% | 229"
    assert rows["Bexley"].page == 1
    first_on_two = next(b for b in parsed.blocks if b.page == 2 and not b.header)
    # The rows after the break are the same table's, so the chunker carries its header to them.
    assert first_on_two.kind == "table_row" and first_on_two.table == rows["Bexley"].table
    info = describe("paper.pdf", "paper.pdf", "pdf", parsed)
    chunks = [c for c in chunk_document(parsed, info) if c.metadata["page"] == 2]
    assert chunks and all(c.metadata["content"] == "table" for c in chunks)
    header = "Borough | Referrals | Seen in 2 weeks | Waiting"
    assert all(c.metadata.get("table_header") == header or c.page_content.startswith(header) for c in chunks)


def test_multi_line_cells_of_words_stay_in_their_record(tmp_path):
    pdf = new_pdf()
    with pdf.table(col_widths=(45, 55, 50), v_align="TOP") as table:
        for cells in (
            ("Practice", "Opening hours", "CQC rating"),
            (
                "Marsh House Medical Practice",
                "Monday to Friday: 08:00 - 18:00\n(closed 13:00 - 14:00 on a Wednesday)",
                "Good\nLatest inspection: 21/06/2016",
            ),
            (
                "Melrose Surgery",
                "Monday: 08:00 - 20:00\nTuesday to Friday: 08:00 - 17:00",
                "Outstanding\nLatest inspection: 04/07/2018",
            ),
        ):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    _, parsed = parsed_of(tmp_path, bytes(pdf.output()))
    assert rows_of(parsed, table_header=True) == ["Practice | Opening hours | CQC rating"]
    assert rows_of(parsed) == [
        (
            "Marsh House Medical Practice | Monday to Friday: 08:00 - 18:00 (closed 13:00 - 14:00 on a "
            "Wednesday) | Good Latest inspection: 21/06/2016"
        ),
        (
            "Melrose Surgery | Monday: 08:00 - 20:00 Tuesday to Friday: 08:00 - 17:00 | "
            "Outstanding Latest inspection: 04/07/2018"
        ),
    ]


def test_side_by_side_columns_of_text_are_read_one_after_the_other(tmp_path):
    left = (
        "Practices will be able to receive an average of thirteen thousand pounds to pay for extra support "
        "while they move to the modern general practice access model."
    )
    right = (
        "Ongoing funding lets primary care networks recruit to eighteen roles under the additional roles "
        "reimbursement scheme, with support from the integrated care board."
    )
    pdf = new_pdf()
    y = pdf.get_y()
    pdf.multi_cell(80, 5, left)
    pdf.set_xy(110, y)
    pdf.multi_cell(80, 5, right)
    _, parsed = parsed_of(tmp_path, bytes(pdf.output()))
    assert not rows_of(parsed)
    assert [b.text for b in parsed.blocks] == [left, right]


def form_xobject_pdf() -> bytes:
    """A page whose text sits in a form XObject (a stamp), which pypdf's layout mode does not read."""
    from pypdf import PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
        NumberObject,
    )

    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    fonts = helvetica_as_f1(writer)
    form = DecodedStreamObject()
    form.set_data(b"BT /F1 12 Tf 72 400 Td (This page is intentionally left blank) Tj ET")
    form.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject([NumberObject(0), NumberObject(0), NumberObject(595), NumberObject(842)]),
            NameObject("/Resources"): DictionaryObject({NameObject("/Font"): fonts}),
        }
    )
    content = DecodedStreamObject()
    content.set_data(b"BT /F1 14 Tf 72 760 Td (Appendix 2: workforce data) Tj ET q /Fm0 Do Q")
    page[NameObject("/Resources")] = DictionaryObject(
        {
            NameObject("/Font"): fonts,
            NameObject("/XObject"): DictionaryObject({NameObject("/Fm0"): writer._add_object(form)}),
        }
    )
    page[NameObject("/Contents")] = writer._add_object(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_text_that_layout_mode_misses_is_kept_on_its_page(tmp_path):
    from pypdf import PdfReader

    data = form_xobject_pdf()
    assert "blank" not in PdfReader(io.BytesIO(data)).pages[0].extract_text(extraction_mode="layout")
    _, parsed = parsed_of(tmp_path, data)
    assert [(b.text, b.page) for b in parsed.blocks] == [
        ("Appendix 2: workforce data", 1),
        ("This page is intentionally left blank", 1),
    ]


def test_running_headers_once_page_numbers_never_and_no_word_lost(tmp_path):
    pdf = new_pdf()
    pdf.set_auto_page_break(False)
    for number in range(1, 5):
        if number > 1:
            pdf.add_page()
        pdf.set_y(10)
        pdf.cell(0, 5, "This document was classified as: OFFICIAL", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(5)
        justify(pdf, f"Section {number}. " + SURVEY)
        pdf.set_y(280)
        pdf.cell(0, 5, f"Page {number}", align="C")
    loaded, parsed = parsed_of(tmp_path, bytes(pdf.output()))
    texts = [b.text for b in parsed.blocks]
    assert texts.count("This document was classified as: OFFICIAL") == 1
    assert not any(text.startswith("Page ") for text in texts)
    assert [b.page for b in parsed.blocks if b.text.startswith("Section")] == [1, 2, 3, 4]
    ours = set(parsed.text.split())
    assert [w for w in plain_words(loaded) if w not in ours and w != "Page"] == []


def test_a_title_a_run_of_slides_shares_names_each_of_them_and_a_running_footer_does_not(tmp_path):
    # A made-up deck of 15 slides: four in a row share the title "Priorities ~ Housing" (each other slide has its
    # own title), and every slide has the same footer.
    pdf = new_pdf()
    pdf.set_auto_page_break(False)
    titles = [f"Slide topic {n}" for n in range(1, 16)]
    titles[5:9] = ["Priorities ~ Housing"] * 4
    for number, title in enumerate(titles, start=1):
        if number > 1:
            pdf.add_page()
        pdf.set_y(10)
        pdf.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(5)
        pdf.multi_cell(0, 5, f"Commitment {number}: the council will review {number * 3} sites this year.")
        pdf.set_y(280)
        pdf.cell(0, 5, "Westbrook Council delivery plan")
    _, parsed = parsed_of(tmp_path, bytes(pdf.output()))
    headings = [(b.page, b.text) for b in parsed.blocks if b.is_heading]
    assert [page for page, text in headings if text == "Priorities ~ Housing"] == [6, 7, 8, 9]
    assert [b.text for b in parsed.blocks].count("Westbrook Council delivery plan") == 1


@pytest.mark.parametrize(
    "author, publisher",
    [
        ("Harbourside Borough Council", "Harbourside Borough Council"),
        ("NHS Riverford Integrated Care Board", "NHS Riverford Integrated Care Board"),
        ("Jo Bloggs - CED SC", None),  # whoever made the file, not who publishes the paper
        ("", None),
    ],
)
def test_a_pdf_author_is_its_publisher_only_when_it_names_an_organisation(tmp_path, author, publisher):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_author(author)
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "The board approved the harbour clinic's business case on 3 March 2031.")
    info, _ = chunks_of(write(tmp_path, "paper.pdf", bytes(pdf.output())))
    assert info.publisher == publisher


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("2031", True),
        ("2031/32", True),
        ("2031-32", True),
        ("31/32", True),
        ("99/00", True),
        ("31–32", True),
        ("12/15", False),  # a score, or a day and month
        ("3/4", False),
        ("1,203", False),
        ("31/32/33", False),
    ],
)
def test_a_year_or_financial_year_heads_a_column_where_a_figure_would_not(text, year):
    assert is_year(text) is year


def test_a_footer_run_into_the_page_number_in_plain_text_is_not_taken_for_text_layout_mode_missed():
    # Plain mode joins two runs drawn with no space between them ("Page 2 of 3" and the footer's title); layout
    # mode has both words apart. A stamp layout mode cannot see at all is still added.
    layout = "Our year in brief\n\nLowmead Council - Annual summary                  Page 2 of 3"
    plain = "Our year in brief\nPage 2 of 3Lowmead Council - Annual summary\nDRAFT FOR COMMENT 2"
    assert missing_lines(layout, plain) == ["DRAFT FOR COMMENT 2"]
