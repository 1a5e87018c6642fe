"""PDF layouts of published board and council papers, made up and set with fpdf2 in the tests (one, whose
content stream is the point, written operator by operator with pypdf).

Each builder imitates a way real papers lay out figures (a long table over several pages, a
wide table across a two-page spread, key figures in boxes), with invented names and numbers.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from fpdf import FPDF, FontFace
from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from pypdf.generic import DictionaryObject, NameObject, StreamObject

PRACTICES = [
    f"{place} {kind}"
    for place in ("Riverside", "Hillcrest", "Oakfield", "Moorland", "Ashgrove", "Brookside", "Cedar", "Fernlea")
    for kind in (
        "Surgery",
        "Medical Centre",
        "Health Centre",
        "Practice",
        "Family Practice",
        "Group Practice",
        "Clinic",
    )
]
TABLE_TITLE = "Table 4: Appointments by practice and month"
MONTHS_HEADER = ("Practice", "March", "April", "May", "Same day %")


def practice_row(i: int, name: str) -> tuple[str, ...]:
    return (name, f"{1000 + i * 37:,}", f"{1100 + i * 41:,}", f"{900 + i * 29:,}", f"{30 + i % 40}%")


def long_table_pdf(repeat_header: bool) -> bytes:
    """A titled table of 56 practices running over three pages, its header repeated or not."""
    pdf = FPDF()
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "Practice activity report", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(
        0,
        5,
        "The practices below are listed by network. Appointment counts are for the three months to May, and "
        "the share of patients seen on the day they asked is shown beside them.",
    )
    pdf.ln(3)
    pdf.cell(0, 6, TABLE_TITLE, new_x="LMARGIN", new_y="NEXT")
    with pdf.table(
        col_widths=(60, 25, 25, 25, 25),
        text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        repeat_headings=int(repeat_header),
        line_height=9,
    ) as table:
        for cells in [MONTHS_HEADER] + [practice_row(i, name) for i, name in enumerate(PRACTICES)]:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.ln(3)
    pdf.multi_cell(0, 5, "The board is asked to note the figures and the actions the networks are taking.")
    return bytes(pdf.output())


AGE_BANDS = [f"Aged {band}" for band in ("0-4", "5-9", "10-14", "15-19", "20-39", "40-59", "60-74", "75-84", "85+")]
SPREAD_TITLE = "Projected population by age band, 2024 to 2035"
SPREAD_YEARS = list(range(2024, 2036))


def projection(band: int, year: int) -> str:
    return f"{(band + 3) * 1000 + (year - 2024) * 37 + band * 11:,}"


def spread_pdf(right_title: str = "", left_aligned: bool = False) -> bytes:
    """A table too wide for one landscape page, set across two: the left page has the title, the
    age bands and 2024-2029; the right page 2030-2035 for the same bands, in the same order, with
    no band labels (and a title of its own only if ``right_title``)."""
    pdf = FPDF(orientation="L")
    pdf.set_auto_page_break(False)
    for half, years in ((0, SPREAD_YEARS[:6]), (1, SPREAD_YEARS[6:])):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 12)
        title = SPREAD_TITLE if half == 0 else right_title
        if title:
            pdf.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(8)
        pdf.set_font("Helvetica", size=10)
        labels = half == 0
        widths = ((50,) if labels else ()) + (28,) * len(years)
        with pdf.table(
            col_widths=widths,
            width=sum(widths),
            align="LEFT" if labels or left_aligned else "RIGHT",
            text_align=(("LEFT",) if labels else ()) + ("RIGHT",) * len(years),
            borders_layout="NONE",
        ) as table:
            row = table.row()
            if labels:
                row.cell("Age band")
            for year in years:
                row.cell(str(year))
            for band, name in enumerate(AGE_BANDS):
                row = table.row()
                if labels:
                    row.cell(name)
                for year in years:
                    row.cell(projection(band, year))
        if half == 0:
            pdf.ln(4)
            pdf.cell(0, 5, "Source: made-up projections for the test.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


KEY_FIGURES = [
    ("7,410", "health checks delivered to eligible residents"),
    ("68%", "of care needs assessments completed within 28 days"),
    ("2,315", "Deprivation of Liberty Safeguards applications received"),
    ("4,906", "safeguarding concerns raised in the quarter"),
    ("88%", "of older people still at home 91 days after discharge"),
    ("£19.7m", "projected revenue overspend for the year"),
]


def key_figures_pdf(columns: int, captions_above: bool = False) -> bytes:
    """An "at a glance" page: six figures in large type in boxes, two or three to a row, each with
    a short caption under it (or over it), between two paragraphs."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, "Quarter 3 at a glance", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(
        0, 5, "The figures below summarise activity in the quarter to December, against the previous quarter."
    )
    width, top = 180 / columns, 45
    for i, (figure, caption) in enumerate(KEY_FIGURES):
        row, column = divmod(i, columns)
        x, y = 15 + column * width, top + row * 50
        pdf.rect(x, y, width - 6, 44)
        figure_y, caption_y = (y + 26, y + 4) if captions_above else (y + 4, y + 22)
        pdf.set_xy(x + 3, figure_y)
        pdf.set_font("Helvetica", "B", 28)
        pdf.cell(width - 12, 14, figure, align="C")
        pdf.set_xy(x + 3, caption_y)
        pdf.set_font("Helvetica", size=10)
        pdf.multi_cell(width - 12, 5, caption, align="C")
    pdf.set_xy(15, top + 50 * ((len(KEY_FIGURES) + columns - 1) // columns) + 5)
    pdf.multi_cell(0, 5, "Performance against each indicator is set out in the sections that follow.")
    return bytes(pdf.output())


SERVICES = [
    ("Renew a Library Book", "83%", "85%", "1,043,275"),
    ("Report a Fault on a Public Footpath", "74%", "64%", "116,378"),
    ("Book a place on a Speed Awareness Course", "91%", "87%", "46,751"),
    ("Apply for or renew a Disabled Parking Permit", "84%", "87%", "21,663"),
    ("Register a Birth", "91%", "91%", "18,066"),
]


def wrapped_labels_pdf() -> bytes:
    """A table whose long labels wrap onto a second line under their figures (cells aligned to the
    top), each new label starting with a capital."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    with pdf.table(
        col_widths=(55, 30, 30, 40),
        text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        v_align="TOP",
        line_height=4.5,
        padding=0.5,
    ) as table:
        for cells in [("Transaction", "Online Q2", "Online Q3", "Total in 12 months")] + SERVICES:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    return bytes(pdf.output())


HARMS = ("Minor", "Moderate", "Severe", "Total")
HARM_YEARS = ("2024/25", "2023/24", "2018/19")
HARM_FALLS = ((12, 340, 57, 409), (9, 301, 66, 376), (15, 280, 71, 366))


def grouped_header_pdf() -> bytes:
    """A table of figures under a two-level header: each year spans the kinds of harm under it,
    in columns so narrow that "Moderate" is drawn in two pieces ("Moder" over "ate"); a single
    row of figures, a note under it, and a paragraph whose sentences are set two spaces apart."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(
        0,
        5,
        "Falls on the wards fell in the quarter. The total is below last year's, and moderate or severe harm "
        "was rarer than before the pandemic; none of the falls in the period was fatal.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    width = 15.5
    with pdf.table(
        col_widths=(width,) * 12,
        width=12 * width,
        align="LEFT",
        text_align="LEFT",
        line_height=5,
        borders_layout="NONE",
        first_row_as_headings=False,
    ) as table:
        table.row().cell("Quarter 2", colspan=12, align="CENTER")
        row = table.row()
        for year in HARM_YEARS:
            row.cell(year, colspan=4, align="CENTER")
        row = table.row()
        for _ in HARM_YEARS:
            for harm in HARMS:
                row.cell(harm)
        row = table.row()
        for figures in HARM_FALLS:
            for figure in figures:
                row.cell(str(figure), align="CENTER")
    pdf.multi_cell(0, 5, "(Figures for 2024/25 are provisional.)", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, "Falls prevention", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(
        0,
        5,
        "Wards continue to review every fall that caused harm. The falls group meets monthly to share what the "
        "reviews find with the wards that report the most.  Each ward has a named lead for falls, and the leads "
        "are working with the physiotherapy team.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    return bytes(pdf.output())


WARDS = [f"{name} Ward" for name in ("Aster", "Birch", "Clover", "Daisy", "Elm", "Foxglove", "Hazel", "Iris")]
WARD_YEARS = ("2024/25", "2023/24")
WARD_MEASURES = ("Falls", "With harm")


def ward_falls(ward: int, year: int) -> tuple[str, str]:
    falls = 40 + ward * 7 - year * 3
    return str(falls), str(falls // 4 + ward % 3)


def grouped_header_over_a_page_break_pdf(repeat_header: bool) -> bytes:
    """A table of wards under a two-level header (each year spanning "Falls" and "With harm"),
    starting near the foot of a page so that three rows are on it and the rest on the next,
    where the header is repeated or not."""
    pdf = FPDF()
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(
        0,
        5,
        " ".join(
            f"Ward {name} reported its falls to the patient safety team each month of the year."
            for name in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        ),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_y(225)
    pdf.cell(0, 6, "Falls by ward, this year and last", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(
        col_widths=(50, 30, 30, 30, 30),
        width=170,
        align="LEFT",
        text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        line_height=7,
        borders_layout="NONE",
        num_heading_rows=2,
        repeat_headings=int(repeat_header),
        first_row_as_headings=True,
    ) as table:
        row = table.row()
        row.cell("Ward", rowspan=2)
        for year in WARD_YEARS:
            row.cell(year, colspan=2, align="CENTER")
        row = table.row()
        for _ in WARD_YEARS:
            for measure in WARD_MEASURES:
                row.cell(measure, align="RIGHT")
        for i, name in enumerate(WARDS):
            row = table.row()
            row.cell(name)
            for k in range(len(WARD_YEARS)):
                for value in ward_falls(i, k):
                    row.cell(value)
    return bytes(pdf.output())


RATED = [
    ("Share of calls answered within a minute", "GREEN", "AMBER"),
    ("Share of complaints answered on time", "RED", "RED"),
    ("Share of callers who rated their adviser as good", "AMBER", "GREEN"),
    ("Share of letters sent in plain English", "GREEN", "GREEN"),
]


def rated_table_pdf() -> bytes:
    """A table of ratings in words under a two-level header: "Rating" spans "This quarter" and
    "Last quarter", and a "Trend" column holds arrows drawn as shapes, not text."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 5, "Contact centre: two of the four indicators met their target.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    top = pdf.get_y()
    with pdf.table(
        col_widths=(90, 30, 30, 20),
        width=170,
        align="LEFT",
        text_align=("LEFT", "CENTER", "CENTER", "CENTER"),
        line_height=6,
        borders_layout="NONE",
        num_heading_rows=2,
        first_row_as_headings=True,
    ) as table:
        row = table.row()
        row.cell("Contact centre indicators")
        row.cell("Rating", colspan=2, align="CENTER")
        row.cell("Trend")
        row = table.row()
        row.cell("")
        row.cell("This quarter")
        row.cell("Last quarter")
        row.cell("")
        for name, now, before in RATED:
            row = table.row()
            for cell in (name, now, before, ""):
                row.cell(cell)
    for i, (_, now, before) in enumerate(RATED):  # the trend arrows: triangles, up or down
        x, y = 175, top + 12 + 6 * i + 1.5
        up = (now, before) in {("GREEN", "AMBER"), ("AMBER", "RED")}
        points = ((x, y + 3), (x + 3, y + 3), (x + 1.5, y)) if up else ((x, y), (x + 3, y), (x + 1.5, y + 3))
        pdf.polygon(points, style="F")
    pdf.set_y(top + 12 + 6 * len(RATED) + 4)
    pdf.multi_cell(0, 5, "The complaints team is clearing its backlog.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


MINUTE_ITEMS = (
    "12. 25/00042 - Replacement of the Northfield Library Heating System and the Eastgate Depot Roof "
    "Covering from the Property Maintenance Programme",
    "13. Any Other Business",
)
EMPHASISED = (
    "Members were reminded that the decision would be published within five working days and could be "
    "called in by any two non-executive members before it took effect."
)


def minutes_pdf() -> bytes:
    """A made-up council's minutes: items headed by bold titles (one over two lines), numbered paragraphs in a
    regular face, one of them repeating the item's words, and a long bold sentence that heads nothing."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "Westbrook Borough Council", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.cell(0, 8, "Monday 3 March 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(
        0,
        6,
        "Minutes of a meeting of the Executive held at the Civic Centre on 3 March 2025. Present: Councillor "
        "Amberley (Leader), Councillor Birchall, Councillor Castellan, Councillor Dunmore and Councillor Ellery. "
        "In attendance: the Chief Executive, the Director of Place, the Head of Property Services and the "
        "Democratic Services Officer. Apologies were received from Councillor Fairweather.",
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(0, 6, MINUTE_ITEMS[0])
    pdf.ln(2)
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(
        0,
        6,
        "1. Councillor Amberley introduced the report, which sought approval to replace the Northfield Library "
        "Heating System and the Eastgate Depot Roof Covering, both beyond economic repair, at a combined cost "
        "of 612,000 pounds met from the maintenance reserve.",
    )
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(0, 6, EMPHASISED)
    pdf.ln(2)
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "2. RESOLVED that the replacement works be approved and procured through the framework.")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(0, 6, MINUTE_ITEMS[1])
    pdf.ln(2)
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "3. There was no other business and the meeting closed at 11.40 am.")
    return bytes(pdf.output())


def numbered_one_word_titles_pdf() -> bytes:
    """A made-up report whose sections are headed by a bold number and one word ("1. Purpose"), with a bold
    one-word label ("Recommendation") that heads nothing and a bold date."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "Harbourside Community Trust Board", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for title, body in (
        ("1. Purpose", "This paper asks the board to approve the winter staffing plan for the two wards."),
        ("2.1 Background", "Last winter the trust used 1,240 agency shifts, most of them on the night rota."),
    ):
        pdf.set_font("Helvetica", "B", 11)
        pdf.multi_cell(0, 6, title)
        pdf.ln(2)
        pdf.set_font("Helvetica", size=11)
        pdf.multi_cell(0, 6, body)
        pdf.ln(4)
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(0, 6, "Recommendation")
    pdf.ln(2)
    pdf.multi_cell(0, 6, "12 January")
    pdf.ln(2)
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "The board is asked to approve the plan at its meeting next month.")
    return bytes(pdf.output())


ACTIONS_HEADER = ("What we will do", "Led by", "When", "Outcome")
ACTIONS = [
    ("Plan the refurbishment of the east wing outpatient clinics", "Head of Estates", "March 26", "SO2"),
    ("Sign off", "Director of Finance", "June 26", "SO1"),
    (
        "Agree a shared travel plan with the two neighbouring councils and the bus operators",
        "Head of Transport",
        "2027",
        "SO3",
    ),
]
ACTIONS_NOTE = ("The board", "noted the", "actions and", "asked for a", "progress report in the spring.")


def one_text_object_rows_pdf() -> bytes:
    """A slide-style action table as office suites write it: each row one text object (BT ... ET), its cells
    moved to their columns with Td, first cells long and short; and a sentence set word group by word group
    with ordinary spaces between, as justified text is."""

    def shown(text: str) -> str:
        return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj"

    columns = (40, 420, 560, 680)
    ops, y = [], 540
    for row in [ACTIONS_HEADER, *ACTIONS]:
        ops.append(f"BT /F1 10 Tf {columns[0]} {y} Td {shown(row[0])}")
        ops += [
            f"{right - left} 0 Td {shown(cell)}"
            for left, right, cell in zip(columns, columns[1:], row[1:], strict=False)
        ]
        ops.append("ET")
        y -= 24
    metrics = FPDF(unit="pt")
    metrics.set_font("Helvetica", size=10)
    space = metrics.get_string_width(" ")
    ops.append(f"BT /F1 10 Tf {columns[0]} {y - 24} Td")
    for words in ACTIONS_NOTE:  # each group set a space and a half after the one before
        ops.append(f"{shown(words)} {metrics.get_string_width(words) + 1.5 * space:.2f} 0 Td")
    ops.append("ET")
    writer = PdfWriter()
    page = writer.add_blank_page(842, 595)
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): helvetica_as_f1(writer)})
    content = StreamObject()
    content.set_data("\n".join(ops).encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def helvetica_as_f1(writer: PdfWriter) -> DictionaryObject:
    """A page's font resources for a content stream written by hand: Helvetica, named /F1."""
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    return DictionaryObject({NameObject("/F1"): writer._add_object(font)})


THEMED_HEADER = ("What we will do", "Lead", "Due", "Measure")
THEME = "Theme one: helping people stay well at home and out of hospital for longer through the whole of the winter"
THEMED_ROWS = [
    ("Open two more urgent community response teams", "Director of Nursing", "March 2026", "Teams in place"),
    ("Extend the falls service to weekends", "Head of Therapies", "June 2026", "Weekend visits made"),
    ("Train care home staff to spot early signs of decline", "Care Homes Lead", "2027", "Staff trained"),
]


ACTION_COLUMNS = (10, 130, 190, 230)


def themed_action_table_pdf() -> bytes:
    """An action plan whose header stands over a theme's title running across every column, then the rows."""
    pdf, y = _action_plan_header()
    pdf.text(ACTION_COLUMNS[0], y, THEME)
    _rows_at(pdf, ACTION_COLUMNS, THEMED_ROWS, y + 8)
    return bytes(pdf.output())


def _action_plan_header() -> tuple[FPDF, float]:
    """A landscape page titled "Winter plan: actions" with the plan's header in bold; the y under the header."""
    pdf = FPDF(orientation="L")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(10, 15, "Winter plan: actions")
    pdf.set_font("Helvetica", "B", 10)
    y = _rows_at(pdf, ACTION_COLUMNS, [THEMED_HEADER], 30.0)
    pdf.set_font("Helvetica", size=10)
    return pdf, y


def _rows_at(pdf: FPDF, columns: tuple[float, ...], rows: Sequence[Sequence[str]], y: float) -> float:
    """Each cell set at its column's x, a row every 8 mm from ``y``; the y of the line after them."""
    for row in rows:
        for x, cell in zip(columns, row, strict=True):
            pdf.text(x, y, cell)
        y += 8
    return y


def _lines_at(pdf: FPDF, x: float, y: float, lines: Sequence[str], step: float = 4.5) -> None:
    """Lines of text set one under another from ``y``, ``step`` mm apart, at ``x``."""
    for n, line in enumerate(lines):
        pdf.text(x, y + step * n, line)


WARDS_A = [("Ward", "Lead", "Status"), ("Larch", "Jo Smith", "Open"), ("Elm", "Kim Lee", "Open")]
WARDS_NOTE = "Two further wards were inspected in the spring after the estates survey found damp in their bays"
WARDS_B = [("Birch", "Amir Khan", "Closed"), ("Rowan", "Sam Patel", "Closed"), ("Holly", "Ann Jones", "Closed")]


def two_tables_and_a_note_pdf() -> bytes:
    """A table, a line of prose across its columns, and a second table without a header in the same columns:
    the first table's last row is no header of the second."""
    pdf = FPDF(orientation="L")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    columns = (10, 130, 190)
    y = _rows_at(pdf, columns, WARDS_A, 20.0)
    pdf.text(columns[0], y, WARDS_NOTE)
    _rows_at(pdf, columns, WARDS_B, y + 8)
    return bytes(pdf.output())


PLAN_HEADER = ("What we will do", "Lead", "Due", "Shared")  # the last label wraps: "Shared" over "Outcome"
PLAN_PAGES = [
    [
        ("Open a second discharge lounge", "Director of Operations", "March 2026", "SO2"),
        ("Publish the carers' strategy", "Head of Carers Support", "June 2026", "SO3"),
    ],
    [
        ("Recruit twelve district nurses", "Chief Nurse", "2027", "SO1"),
        ("Review the transport contract", "Head of Estates", "May 2026", "SO4"),
    ],
    [
        ("Extend the hospice at home service", "Director of Strategy", "2027", "SO2"),
        ("Launch the staff wellbeing hub", "Director of People", "April 2026", "SO5"),
    ],
    [
        ("Replace the patient record system", "Chief Digital Officer", "2028", "SO1"),
        ("Set up a frailty clinic in each town", "Clinical Director", "June 2027", "SO3"),
    ],
]


def plan_pages_with_a_wrapped_header_pdf() -> bytes:
    """An action plan over four pages, each topped by the same header whose last label wraps onto a second
    line ("Shared" over "Outcome"): the wrapped word recurs at the top of every page, as a running header does."""
    pdf = FPDF(orientation="L")
    columns = (10, 130, 190, 240)
    for rows in PLAN_PAGES:
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 10)
        _rows_at(pdf, columns, [PLAN_HEADER], 15.0)
        pdf.text(columns[-1], 20, "Outcome")
        pdf.set_font("Helvetica", size=10)
        _rows_at(pdf, columns, rows, 27.0)
    return bytes(pdf.output())


# A plan on a page: four aims side by side, each title wrapped over two lines, a line across all four, then
# each aim's bulleted actions (items of different lengths, so no two columns start an item on the same line).
PLAN_AIMS = [
    ("Help people stay", "well at home"),
    ("Cut waits for", "planned care"),
    ("Back unpaid", "carers"),
    ("Grow our own", "workforce"),
]
PLAN_ACROSS = "What we will do this year, aim by aim"
PLAN_ACROSS_MORE = "and how each action helps the others"
PLAN_ACTIONS: list[list[tuple[str, ...]]] = [
    [("Open two more", "community hubs"), ("Visit every care", "home each month", "with a therapist")],
    [("Add evening", "clinics at both", "hospitals"), ("Book follow-ups", "online")],
    [("Offer a break to", "every carer who", "asks for one"), ("Train staff to", "spot hidden carers")],
    [("Take on forty", "apprentices"), ("Open a staff", "wellbeing hub"), ("Pay the real", "living wage")],
]


def plan_on_a_page_pdf(across: Sequence[str] = (PLAN_ACROSS,)) -> bytes:
    """A slide of aims side by side: wrapped titles, a line (or lines) across the columns, then bulleted lists
    that wrap. The bullet glyph needs a Unicode font: matplotlib's DejaVu Sans (a dependency) is embedded."""
    from pathlib import Path

    import matplotlib

    pdf = FPDF(orientation="L")
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"))
    pdf.set_font("DejaVu", size=10)
    pdf.text(10, 15, "Our plan on a page")
    columns = (10, 80, 150, 220)
    for x, title in zip(columns, PLAN_AIMS, strict=True):
        _lines_at(pdf, x, 30, title, 5)
    for n, line in enumerate(across):
        pdf.text(100, 44 + 5 * n, line)  # across the gutter between the second and third columns
    for x, actions in zip(columns, PLAN_ACTIONS, strict=True):
        y = 50.0 + 5 * (len(across) - 1)
        for item in actions:
            pdf.text(x, y, "\u2022")
            for line in item:
                pdf.text(x + 5, y, line)  # the text a few spaces after its bullet, wrapped lines under it
                y += 5
    return bytes(pdf.output())


WORDY_HEADER = ("What we will do", "Led by", "When", "How we will know")
WORDY_ROWS: list[tuple[tuple[str, ...], ...]] = [
    (
        ("Review the grants we give to", "community groups and agree", "a fairer way to share them"),
        ("Head of Communities", "with the Grants Officer"),
        ("Starts April 2026,", "ends October 2026"),
        ("New grants scheme", "agreed by the board"),
    ),
    (
        ("Set up a shared fund with", "the public health team"),
        ("Head of Strategy",),
        ("Opens when the", "2026/27 budget is set"),
        ("Fund open and", "first awards made"),
    ),
]


def wordy_action_table_pdf() -> bytes:
    """An action plan of words and dates, no cell a bare figure: every cell wraps, each row's cells start on one
    line, and no blank line parts the rows."""
    pdf = FPDF(orientation="L")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.text(10, 15, "Communities: our commitments")
    columns = (10, 100, 170, 220)
    y = _rows_at(pdf, columns, [WORDY_HEADER], 25.0)
    for row in WORDY_ROWS:
        for x, cell in zip(columns, row, strict=True):
            _lines_at(pdf, x, y, cell, 5)
        y += 5 * max(len(cell) for cell in row)
    return bytes(pdf.output())


INTRODUCTION = [
    "Our community services face rising demand this winter, and the actions below were agreed with the",
    "hospital teams after a series of joint workshops on discharge, falls and the support of care homes. The",
    "key actions include:-",  # a colon and dash, as many British papers write it: it reads as running on
]


def introduced_action_table_pdf() -> bytes:
    """An action plan whose header stands over a paragraph introducing the rows, its lines running across the
    columns but its last one short and ending ":-"."""
    pdf, y = _action_plan_header()
    for line in INTRODUCTION:
        pdf.text(ACTION_COLUMNS[0], y, line)
        y += 5
    _rows_at(pdf, ACTION_COLUMNS, THEMED_ROWS, y + 5)
    return bytes(pdf.output())


RULED_COVER = (
    ("Meeting", "Finance Committee"),
    ("Agenda item", "7"),
    ("Presented by", "Jo Carver, Director of Finance"),
    ("Purpose", "For assurance"),
)
RULED_CLINICS = (
    ("Harbourside foot care and wound dressing service", "1,204", "1,310", "1,422", "1,587"),
    ("Quayside memory clinic", "388", "402", "415", "431"),
    ("Westgate falls prevention and strength classes", "2,010", "1,976", "2,145", "2,203"),
    ("Northgate leg ulcer clinic", "655", "671", "702", "698"),
)


def ruled_tables_pdf() -> bytes:
    """Tables drawn with every cell boxed, as a word processor exports them: a cover sheet of labels and values,
    then clinics' activity under a two-level header ("2023/24" in bold over Q1 and Q2 in plain type), its first
    column narrow enough that the names wrap, and its last row on the next page with no header above it."""
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.cell(0, 8, "Clinic activity report", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(40, 100), first_row_as_headings=False) as table:
        for label, value in RULED_COVER:
            row = table.row()
            pdf.set_font("Helvetica", "B", 10)
            row.cell(label)
            pdf.set_font("Helvetica", size=10)
            row.cell(value)
    pdf.ln(6)
    pdf.multi_cell(0, 5, "The table below gives each clinic's contacts by quarter.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    widths = (40, 25, 25, 25, 25)
    bold = FontFace(emphasis="BOLD")
    with pdf.table(col_widths=widths, first_row_as_headings=False) as table:
        top = table.row()
        top.cell("Clinic", rowspan=2, style=bold)
        top.cell("2023/24", colspan=2, style=bold)
        top.cell("2024/25", colspan=2, style=bold)
        under = table.row()
        for label in ("Q1", "Q2", "Q1", "Q2"):
            under.cell(label)
        for clinic in RULED_CLINICS[:3]:
            row = table.row()
            for text in clinic:
                row.cell(text)
    pdf.add_page()
    with pdf.table(col_widths=widths, first_row_as_headings=False) as table:
        for clinic in RULED_CLINICS[3:]:
            row = table.row()
            for text in clinic:
                row.cell(text)
    pdf.ln(6)
    pdf.multi_cell(0, 5, "Contacts rose in every clinic over the year.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def drawn_at_scale(data: bytes, scale: float) -> bytes:
    """The PDF with every page's drawing set at ``scale`` by a transformation outside any saved state, as a browser
    prints a page ("0.24 0 0 -0.24 0 842 cm", then everything in device pixels)."""
    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter()
    for page in reader.pages:
        drawn = page.get_contents()
        assert drawn is not None
        content = StreamObject()
        content.set_data(f"{scale} 0 0 {scale} 0 0 cm\n".encode() + drawn.get_data())
        added = writer.add_page(page)
        added[NameObject("/Contents")] = writer._add_object(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def ruled_grids_pdf() -> bytes:
    """Two boxed grids of staff numbers, each practice's headcount over its full-time equivalent in rows of their
    own: one under a bold header, one under a header set in plain type like its rows."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for bold in (True, False):
        with pdf.table(col_widths=(50, 30, 30, 30), first_row_as_headings=bold) as table:
            header = table.row()
            for label in ("Practice", "GP", "Nurse", "Admin"):
                header.cell(label)
            for name, seed in (("Harbour Lane Surgery", 3), ("Millbrook Practice", 7)):
                for kind, scale in (("HC", 1.0), ("FTE", 0.8)):
                    row = table.row()
                    row.cell(f"{name} {kind}")
                    for k in range(3):
                        row.cell(f"{(seed + k) * scale:g}")
        pdf.ln(10)
    return bytes(pdf.output())


def broken_row_pdf() -> bytes:
    """A boxed risk register over two pages, its header repeated, and one row broken over the page as a word
    processor breaks a long row: its description's last words head the second page's table, every other
    cell of that part empty."""
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    header = ("Risk", "Description", "Score")
    parts = (
        (("R1", "Late discharges from the ward", "16"), ("R2", "Gaps in weekend cover for the", "12")),
        (("", "community nursing teams", ""), ("R3", "Loss of the records system", "9")),
    )
    for rows in parts:
        pdf.add_page()
        pdf.set_font("Helvetica", size=10)
        with pdf.table(col_widths=(20, 100, 20)) as table:
            for row_text in (header, *rows):
                row = table.row()
                for text in row_text:
                    row.cell(text)
    return bytes(pdf.output())


HIGHLIGHTED_LINES = (
    ("B", ("Harbour Bri", "dge sche", "me appro", "ved by the Bo", "ard")),
    (
        "",
        (
            "Following a six-w",
            "eek consultation and two dro",
            "p-in sessions, the fin",
            "al design was agre",
            "ed in March.",
        ),
    ),
    ("", ("Work on the new foot", "path starts in June and sho", "uld finish before the autu", "mn half term.")),
    (
        "",
        (
            "The scheme costs £1.2m, of wh",
            "ich £0.8m comes from the tra",
            "nsport grant and the rest fr",
            "om developers.",
        ),
    ),
)


def highlighted_runs_pdf() -> bytes:
    """A bold line and a paragraph highlighted as a word processor does it: a filled box behind each run of text,
    the runs breaking inside words, the boxes tiling every line edge to edge (a grid to a table finder)."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_fill_color(255, 242, 0)
    pdf.set_xy(20, 30)
    for style, runs in HIGHLIGHTED_LINES:
        pdf.set_font("Helvetica", style, 10)
        pdf.set_x(20)
        for run in runs:
            pdf.cell(pdf.get_string_width(run), 6, run, fill=True)
        pdf.ln(6)
    return bytes(pdf.output())


DROP_CAP_TEXT = (
    "elcome to our annual report on the community",
    "dental service. This year the service saw more",
    "children than in any year since it opened, and",
    "waiting times for a first appointment fell to six",
    "weeks. We thank the dental nurses for their work.",
)


def drop_cap_pdf() -> bytes:
    """A paragraph opening on a drop capital: a large "W" three lines tall at the left margin, its foot on the
    third line, the first lines set in beside it, the rest of the paragraph back at the margin."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(20, 25, "Chair's introduction")
    pdf.set_font("Helvetica", size=10)
    for n, text in enumerate(DROP_CAP_TEXT):
        pdf.text(34 if n < 3 else 20, 40 + n * 5, text)
    pdf.set_font("Helvetica", size=40)
    pdf.text(20, 50, "W")
    return bytes(pdf.output())


RULED_SIDE_NOTE = "Figures are provisional"


def ruled_table_with_a_side_note_pdf() -> bytes:
    """A boxed table set at the left of the page, a note printed beside its top row, and a paragraph under it."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, "Waiting times for community services this quarter.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    top = pdf.get_y()
    with pdf.table(col_widths=(50, 25, 25), width=100, align="LEFT") as table:
        for cells in (
            ("Service", "July", "August"),
            ("Podiatry", "9 weeks", "8 weeks"),
            ("Audiology", "6 weeks", "7 weeks"),
        ):
            row = table.row()
            for text in cells:
                row.cell(text)
    after = pdf.get_y()
    pdf.set_xy(130, top + 1.5)
    pdf.cell(60, 5, RULED_SIDE_NOTE)
    pdf.set_xy(pdf.l_margin, after + 6)
    pdf.multi_cell(0, 5, "Both services met the 18-week standard.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


NUMBERED_FOOTER = "Harbourside Council | Cabinet | 4 March 2026"


def numbered_footer_pdf(pages: int = 5) -> bytes:
    """A report whose footer names the meeting and ends in the page's number, set well apart from it."""
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    for page in range(1, pages + 1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        pdf.multi_cell(0, 6, f"Section {page}. The committee reviewed item {page} and agreed its actions.")
        pdf.set_xy(10, 280)
        pdf.set_font("Helvetica", size=8)
        pdf.cell(150, 5, NUMBERED_FOOTER)
        pdf.cell(40, 5, f"Page {page} of {pages}", align="R")
    return bytes(pdf.output())


# Two text boxes side by side: bulleted points on the left, what the board is asked to do on the right. Each box's
# lines wrap before a capitalised word (no phrase left open), and the boxes start their points on different lines.
BOXES_TITLE = "Purpose of this paper"
BOXES_LEFT: list[tuple[str, ...]] = [
    (
        "The Harbourside Partnership Board agreed the plan with Greenway",
        "Practice Group and Western Ambulance Service on 3 March 2026.",
    ),
    (
        "Money for the plan comes from the Autumn Access Fund Grant set",
        "by Harbourside City Council in January, and Quayside Hospital",
        "Trust adds two clinics.",
    ),
]
BOXES_RIGHT: list[tuple[str, ...]] = [
    ("The committee is asked to:",),
    ("1. approve the plan for Autumn", "Access Week;"),
    ("2. note the money from the Autumn", "Access Fund Grant;"),
    ("3. ask for a report on Autumn", "Access Week in June."),
]


def side_by_side_boxes_pdf() -> bytes:
    """A cover page's two text boxes set side by side, the left one bulleted (the bullet needs a Unicode font:
    matplotlib's DejaVu Sans, a dependency, is embedded)."""
    from pathlib import Path

    import matplotlib

    pdf = FPDF(orientation="L")
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"))
    pdf.set_font("DejaVu", size=10)
    pdf.text(10, 15, BOXES_TITLE)
    y = 30.0
    for point in BOXES_LEFT:
        pdf.text(10, y, "\u2022")
        for line in point:
            pdf.text(15, y, line)
            y += 5
    y = 30.0
    for point in BOXES_RIGHT:
        for line in point:
            pdf.text(160, y, line)
            y += 5
    return bytes(pdf.output())


COVER_FIELDS = [
    ("Meeting:", "Trust Board (meeting held in public)"),
    ("Date:", "9 October 2025"),
    ("Agenda item:", "12"),
    ("Report title:", "Guardian of Safe Working annual report"),
    ("Executive lead:", "Dr Priya Nair, Medical Director"),
    ("Report author:", "Dr Tom Hillier, Guardian of Safe Working"),
    ("Purpose:", "For assurance"),
]


def cover_sheet_pdf() -> bytes:
    """A paper's cover sheet: bold field labels ending ':' beside their values, one field every 7 mm. The layout
    text sets a blank line between most fields but not all (the last two fields' lines come out adjacent)."""
    pdf = FPDF()
    pdf.add_page()
    y = 20.0
    for label, value in COVER_FIELDS:
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(10, y, label)
        pdf.set_font("Helvetica", size=10)
        pdf.text(50, y, value)
        y += 7
    return bytes(pdf.output())


# Minutes whose items carry a reference in the margin, a bold title beside it and the item's text under the title.
MARGIN_ITEMS: list[tuple[str, str, list[tuple[str, ...]]]] = [
    (
        "HC/26/014",
        "WAITING TIMES FOR HEARING TESTS",
        [
            (
                "The Director of Operations reported that 1,240 adults were waiting for a hearing test at the",
                "end of December, and that the longest wait had fallen to 19 weeks.",
            ),
            ("Members asked about evening clinics. Two would open at Quayside Hospital in March.",),
        ],
    ),
    (
        "HC/26/015",
        "HOME CARE CONTRACTS",
        [
            (
                "The Head of Commissioning presented the new contracts, which pay providers £25.10 an hour",
                "from April and require a named worker for every person receiving care.",
            ),
        ],
    ),
    (
        "HC/26/016",
        "WORK PROGRAMME",
        [("Members agreed to add dental access for children to the June meeting.",)],
    ),
]


def margin_referenced_minutes_pdf() -> bytes:
    """Minutes laid out with each item's reference in a left margin, its bold title beside the reference and the
    text under the title at the title's indent, with no blank line between title and text."""
    pdf = FPDF()
    pdf.add_page()
    y = 20.0
    for reference, title, paragraphs in MARGIN_ITEMS:
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(10, y, reference)
        pdf.text(40, y, title)
        pdf.set_font("Helvetica", size=10)
        for paragraph in paragraphs:
            for line in paragraph:
                y += 5
                pdf.text(40, y, line)
            y += 3
        y += 7
    return bytes(pdf.output())


SIDEBAR_BODY = (
    "The Trust has made steady progress on its winter plan. Bed occupancy averaged 94% in December, above the 92% "
    "planning assumption, because flu admissions rose earlier than expected. Virtual ward capacity reached 160 beds, "
    "and 1,120 patients were cared for at home who would otherwise have been admitted. Ambulance handovers improved "
    "in January, with the average falling to 31 minutes."
)
SIDEBAR_TITLE = "Key points"
SIDEBAR_POINTS = ["Occupancy 94% against 92% planned", "160 virtual ward beds", "Handovers down to 31 minutes"]


def sidebar_pdf() -> bytes:
    """A paragraph of running text with a narrow box of key points beside it, one short point to a line."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.set_xy(10, 20)
    pdf.multi_cell(120, 5, SIDEBAR_BODY)
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(145, 22, SIDEBAR_TITLE)
    pdf.set_font("Helvetica", size=9)
    y = 28.0
    for point in SIDEBAR_POINTS:
        pdf.set_xy(145, y)
        pdf.multi_cell(50, 4.5, "- " + point)
        y = pdf.get_y() + 1
    return bytes(pdf.output())


SUB_BULLET_LEAD = "Members compared the increases other councils had asked for, in particular:"
SUB_BULLET_ITEMS = ["Harbourside, 12%", "Quayside, 9 %", "Westbrook 7%"]


def sub_bullets_pdf() -> bytes:
    """A lead-in, then second-level points each opened by a letter "o" set a few spaces before its text, as Word
    writes its second-level bullet."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.text(20, 20, SUB_BULLET_LEAD)
    for n, item in enumerate(SUB_BULLET_ITEMS):
        pdf.text(26, 30 + 5 * n, "o")
        pdf.text(31, 30 + 5 * n, item)
    return bytes(pdf.output())


SIDE_LEFT = (
    ("Site", "Beds", "Occupied"),
    [("Westgate", "412", "96%"), ("Kelbrook", "118", "91%"), ("Moorside", "64", "88%")],
)
SIDE_RIGHT = (
    ("Staff group", "Vacancies", "Rate"),
    [
        ("Registered nurses", "142", "8.1%"),
        ("Healthcare assistants", "61", "5.4%"),
        ("Medical", "17", "3.2%"),
        ("Allied health", "23", "4.9%"),
    ],
)
STATUS_HEADER = ("Indicator", "Target", "Actual", "Status", "Year to date")
STATUS_ROWS = [
    ("Four-hour standard in the emergency department", "78%", "74%", "Behind", "72%"),
    ("Cancer 62-day standard", "75%", "77%", "Met", "76%"),
    ("Diagnostic waits over six weeks", "5%", "9%", "Behind", "11%"),
    ("New indicator from April", "90%", "88%", "", ""),
]


def _table_at(pdf: FPDF, xs: Sequence[float], header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    pdf.set_font("Helvetica", "B", 9)
    for x, label in zip(xs, header, strict=True):
        pdf.text(x, 25, label)
    pdf.set_font("Helvetica", size=9)
    for n, row in enumerate(rows):
        for x, text in zip(xs, row, strict=True):
            pdf.text(x, 32 + 6 * n, text)


def side_by_side_tables_pdf() -> bytes:
    """A dashboard: two small tables side by side, a wide gap between them, one table a row longer."""
    pdf = FPDF(orientation="L")
    pdf.add_page()
    _table_at(pdf, (10, 60, 80), *SIDE_LEFT)
    _table_at(pdf, (150, 210, 240), *SIDE_RIGHT)
    return bytes(pdf.output())


def status_scorecard_pdf() -> bytes:
    """A scorecard whose status column of words sits between figure columns, its last row's status and year to
    date not yet filled in."""
    pdf = FPDF(orientation="L")
    pdf.add_page()
    _table_at(pdf, (10, 110, 135, 160, 185), STATUS_HEADER, STATUS_ROWS)
    return bytes(pdf.output())


GROUPED_HEADER = ("Directorate", "Service", "Beds", "Occupancy")
GROUPED_ROWS = [
    ("Medicine", "Acute medical unit", "48", "97%"),
    ("", "Respiratory", "32", "94%"),
    ("", "Care of older people", "60", "99%"),
    ("Surgery", "General surgery", "40", "88%"),
    ("", "Orthopaedics", "36", "91%"),
]


def grouped_rows_pdf() -> bytes:
    """A table whose first column names a group on the group's first row only (a merged cell, unruled)."""
    pdf = FPDF(orientation="L")
    pdf.add_page()
    _table_at(pdf, (10, 70, 150, 180), GROUPED_HEADER, GROUPED_ROWS)
    return bytes(pdf.output())


YEARS_HEADER = ("Year", "Capital spend")
YEARS_ROWS = [("22/23", "£11.2m"), ("23/24", "£12.9m"), ("24/25", "£14.2m")]


def short_years_pdf() -> bytes:
    """A two-column table whose rows are named by financial years written short ("23/24")."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.text(10, 12, "Capital programme")
    for n, (year, value) in enumerate([YEARS_HEADER, *YEARS_ROWS]):
        pdf.text(10, 25 + 5 * n, year)
        pdf.text(60, 25 + 5 * n, value)
    return bytes(pdf.output())


BUDGET_PERIODS = ("This month", "Year to date")
BUDGET_LABELS = ("Area", "Budget £m", "Actual £m", "Variance £m", "Budget £m", "Actual £m", "Variance £m")
BUDGET_GROUPS = [
    (
        "Hospital care",
        [
            ("Lakeside Hospital Trust", "12.40", "12.40", "-", "98.10", "98.10", "-"),
            ("Harbour Hospitals Trust", "8.25", "8.61", "(0.36)", "66.00", "68.12", "(2.12)"),
            ("Independent providers", "1.10", "1.32", "(0.22)", "8.80", "10.05", "(1.25)"),
        ],
        ("Subtotal: hospital care", "21.75", "22.33", "(0.58)", "172.90", "176.27", "(3.37)"),
    ),
    (
        "Community care",
        [
            ("Valley Community Services", "4.05", "4.05", "-", "32.40", "32.40", "-"),
            ("Hospices", "0.62", "0.58", "0.04", "4.96", "4.70", "0.26"),
        ],
        ("Subtotal: community care", "4.67", "4.63", "0.04", "37.36", "37.10", "0.26"),
    ),
]


def grouped_budget_pdf() -> bytes:
    """A finance table: a title and a note, a two-level header (each period over its budget, actual and variance,
    the group line set apart by a blank line), then groups of rows, each under its name on a line of its own set
    apart by blank lines, the rows indented under it and a subtotal closing the group."""
    pdf = FPDF(orientation="L")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(10, 15, "Table 1: Spending by area (£m)")
    pdf.set_font("Helvetica", size=8)
    pdf.text(10, 21, "Overspends are shown in brackets.")
    columns = (10, 95, 120, 145, 175, 200, 225)
    for period, (left, right) in zip(BUDGET_PERIODS, ((95, 165), (175, 245)), strict=True):
        pdf.text((left + right - pdf.get_string_width(period)) / 2, 30, period)  # centred over its columns
    for x, label in zip(columns, BUDGET_LABELS, strict=True):
        pdf.text(x, 38, label)
    y = 48.0
    for name, members, subtotal in BUDGET_GROUPS:
        pdf.text(10, y, name)
        y += 8
        for row in members:
            for n, (x, cell) in enumerate(zip(columns, row, strict=True)):
                pdf.text(x + (3 if n == 0 else 0), y, cell)
            y += 5
        for x, cell in zip(columns, subtotal, strict=True):
            pdf.text(x, y, cell)
        y += 8
    return bytes(pdf.output())


SPREAD_FOOTER = "Riverside Trust | Performance Report"
SPREAD_HEADER = ("Metric", "Target", "Oct", "Nov")
SPREAD_ROWS = [
    ("Falls with harm", "3 or fewer", "4", "2"),
    ("Pressure ulcers", "2 or fewer", "1", "3"),
    ("Complaints answered in time", "85%", "71%", "68%"),
    ("Staff sickness absence", "4.5%", "5.3%", "5.8%"),
]
SPREAD_COMMENTARY = [
    "Falls with harm fell to two in November after the",
    "ward teams began hourly rounding on the two wards",
    "with the most falls. Complaints answered in time",
    "fell again because two case managers left.",
]


def spread_sheets_pdf() -> bytes:
    """Two pages printed side by side on each landscape sheet, each half with its own running footer and number:
    the left page a table of metrics, the right page commentary whose lines sit level with the table's rows."""
    pdf = FPDF(orientation="L")
    pdf.set_font("Helvetica", size=9)
    for sheet in range(2):
        pdf.add_page()
        pdf.text(10, 20, "Quality metrics")
        pdf.text(160, 20, "Commentary")
        _rows_at(pdf, (10, 70, 100, 120), [SPREAD_HEADER, *SPREAD_ROWS], 30.0)
        _lines_at(pdf, 160, 30, SPREAD_COMMENTARY, 4)
        for half in range(2):
            pdf.text(10 + 148 * half, 200, SPREAD_FOOTER)
            pdf.text(135 + 148 * half, 200, str(2 * sheet + half + 2))
    return bytes(pdf.output())


STACKED_HEADER = ("Indicator", "Target", "Q1", "Q2", "Q3")
STACKED_ROWS = [
    ("Falls with harm", "3 or fewer", "4", "2", "5"),
    ("Pressure ulcers", "2 or fewer", "1", "3", "2"),
    ("Never events", "0", "0", "1", "0"),
    ("Complaints answered in time", "85%", "71%", "68%", "74%"),
    ("Hand hygiene audits passed", "95%", "96%", "97%", "95%"),
    ("Medication incidents with harm", "5 or fewer", "3", "6", "4"),
    ("Patients asked about their care", "1,200", "1,310", "1,154", "1,262"),
    ("Staff sickness absence", "4.5%", "4.9%", "5.3%", "5.8%"),
    ("Vacancy rate", "8.0%", "9.9%", "9.6%", "9.4%"),
]
STACKED_LEFT = [
    "Commentary",
    "Falls with harm rose in the third",
    "quarter after two wards opened",
    "extra beds for the winter. The",
    "falls group reviews each fall.",
]
STACKED_RIGHT = [
    "Complaints are answered faster since the team",
    "recruited two case managers in the summer, and",
    "the backlog of older complaints is expected to",
    "clear by March. No lasting harm was caused.",
]


def table_over_text_columns_pdf() -> bytes:
    """A table of figures and, a blank line under it, commentary in two columns: the gap between the columns falls
    across the table's columns, and the right-hand column runs over three of them."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    y = _rows_at(pdf, (10, 80, 115, 135, 155), [STACKED_HEADER, *STACKED_ROWS], 20.0)
    _lines_at(pdf, 10, y, STACKED_LEFT, 4)
    _lines_at(pdf, 98, y, STACKED_RIGHT, 4)
    return bytes(pdf.output())


COLUMN_LEFT = [
    "The discharge team was set up with the",
    "county council and started work in January",
    "2026.",
    "It has seen more patients each week since",
    "then, and the wards report fewer delays.",
]
COLUMN_RIGHT = [
    "The revised trajectory is for four-hour",
    "performance of 74% in January and 76% by",
    "March, which the committee has accepted",
    "as the most the trust can reach this winter",
    "while the escalation ward stays open.",
]


def text_columns_with_a_year_alone_pdf() -> bytes:
    """Two columns of running text side by side; a sentence in the left one ends with its year wrapped onto a line
    of its own ("2026.")."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for x, column in ((10, COLUMN_LEFT), (110, COLUMN_RIGHT)):
        _lines_at(pdf, x, 30, column, 5)
    return bytes(pdf.output())


FLOW_LEFT = [
    "The recovery plan has four actions for the",
    "winter, agreed by the board in November:",
]
FLOW_ITEMS = [
    ("opening a winter ward of 24 beds from", "2 January;"),
    ("opening the discharge lounge at", "weekends from 8 December;"),
    ("extending ambulance liaison cover", "until midnight;"),
]
FLOW_RIGHT = [
    ("a rapid-release agreement with the", "ambulance service from 1 December."),
]
FLOW_AFTER = [
    "The discharge work is led jointly with",
    "the county council and started on time.",
]


def flowing_list_pdf() -> bytes:
    """Two columns of text, a list running from the foot of the left column to the head of the right one; each
    item a dash set apart from its text, its second line indented under the text, the left column's last item
    ending below the right column's last line."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    y = 30.0
    for line in FLOW_LEFT:
        pdf.text(10, y, line)
        y += 5
    for first, second in FLOW_ITEMS:
        pdf.text(10, y, "-")
        pdf.text(15, y, first)
        pdf.text(15, y + 5, second)
        y += 11
    y = 30.0
    for first, second in FLOW_RIGHT:
        pdf.text(110, y, "-")
        pdf.text(115, y, first)
        pdf.text(115, y + 5, second)
        y += 11
    for line in FLOW_AFTER:
        pdf.text(110, y, line)
        y += 5
    return bytes(pdf.output())


FOREWORD_COLUMNS = [
    [
        "The borough is getting older.",
        "Over the next ten years the",
        "number of residents aged 85",
        "and over will grow by half,",
        "while the number of younger",
        "adults will fall slightly. But",
        "a long life is not always a",
    ],
    [
        "healthy one: men here spend",
        "their last 17 years in poor",
        "health. Where you live makes",
        "a large difference to that,",
        "and this report looks at what",
        "drives those differences and",
        "what the council did about it.",
    ],
    [
        "Much of the answer lies in",
        "warm and safe homes, in",
        "staying active and in staying",
        "connected to other people.",
        "I thank the volunteers and",
        "staff who helped to prepare",
        "this report.",
    ],
]
FOREWORD_INTRO = [
    "The annual report of the Director of Public Health, presented to the",
    "Health and Wellbeing Board at its meeting on 10 December 2025.",
]
FOREWORD_FACTS = [
    "- 1 in 5 residents is 65",
    "- 8.9 years: the gap in",
    "   life expectancy",
    "- 12% of adults smoke",
]


def foreword_columns_pdf() -> bytes:
    """A foreword: two lines across the width of three columns of running text under them, a sentence running on
    from each column into the next, all beside a sidebar of key facts."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    _lines_at(pdf, 10, 20, FOREWORD_INTRO, 4.5)
    for x, column in zip((10, 55, 100), FOREWORD_COLUMNS, strict=True):
        _lines_at(pdf, x, 34, column, 4.5)
    _lines_at(pdf, 160, 20, FOREWORD_FACTS, 6)
    return bytes(pdf.output())


HIGHLIGHT_COLUMNS = [
    [
        "Highlights of the year's programme",
        "in 2024/25:",
        "- Strength and balance classes: 1,140",
        "  residents in 38 venues.",
        "- Health checks: 9,870 checks for",
    ],
    [
        "people aged 40 to 74, 14% more than",
        "the year before.",
        "- Stop smoking service: 1,215 people",
        "  had quit at four weeks.",
        "- Warm homes: 2,300 visits.",
    ],
    [
        "- Befriending: 640 older people",
        "  matched with volunteers.",
        "- Flu vaccination: 78.4% of residents",
        "  aged 65 and over vaccinated.",
        "",
    ],
]


def highlights_in_columns_pdf() -> bytes:
    """A list in three columns of a newspaper's kind: an item runs on from the foot of the first column to the head
    of the second, and items start level with each other across the columns."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    for x, column in zip((10, 75, 140), HIGHLIGHT_COLUMNS, strict=True):
        for n, line in enumerate(column):
            indent = 3 if line.startswith("  ") else 0
            pdf.text(x + indent, 30 + 4.5 * n, line.strip())
    return bytes(pdf.output())


REPORT_COLUMNS = [
    [
        "Falls",
        "In the year there were 1,310",
        "emergency admissions for falls",
        "among residents aged 65 and",
        "over. Strength and balance",
        "classes reduce the risk, but",
        "only 9% of those who took part",
    ],
    [
        "lived on the coast, although",
        "it has the highest falls rate.",
        "Frailty",
        "An estimated 9,400 residents",
        "are living with frailty, and",
        "most have had a review of",
        "their medicines in the last",
    ],
    [
        "year. Loneliness",
        "In the residents' survey, 11%",
        "of those aged 65 and over said",
        "they felt lonely often or",
        "always, and 19% of those",
        "living alone. A befriending",
        "service matched 640 people.",
    ],
]
REPORT_SIDEBAR = [
    "Case study: the Men's Shed",
    "The shed opened in a former",
    "lifeboat store with a grant",
    "of £12,000. It now has 46",
    "members, who repair bicycles",
    "for local families and meet",
    "three mornings a week, with a",
    "health check each month from",
    "the local primary care",
    "network's wellbeing coach.",
]
REPORT_TABLE = [("Locality", "Venues", "Participants"), ("Town Centre", "11", "352"), ("Coast", "5", "103")]


def columns_over_a_ruled_table_pdf() -> bytes:
    """A report's page: its running header (the report's name and year, the section's name) across the top; three
    columns of running text; under them, a ruled table with its title; and a case study in a sidebar running down
    beside the columns and the table."""
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    pdf.text(10, 12, "Borough Health Report 2025")
    pdf.text(150, 12, "3. Falls and frailty")
    for x, column in zip((10, 55, 100), REPORT_COLUMNS, strict=True):
        _lines_at(pdf, x, 25, column, 4.5)
    _lines_at(pdf, 150, 25, REPORT_SIDEBAR, 4.5)
    pdf.text(10, 60, "Table 3: Strength and balance classes by locality, 2024/25")
    pdf.set_xy(10, 63)
    bold = FontFace(emphasis="BOLD")
    with pdf.table(width=90, col_widths=(40, 25, 25), align="LEFT", first_row_as_headings=False) as table:
        for n, cells in enumerate(REPORT_TABLE):
            row = table.row()
            for text in cells:
                row.cell(text, style=bold if n == 0 else None)
    return bytes(pdf.output())


GLANCE_TILES = [
    ("71.2%", ["of patients were seen", "within four hours"]),
    ("311", ["ambulance handovers", "took over an hour"]),
    ("58,412", ["outpatient appointments", "were held in December"]),
    ("1,126", ["people had waited more", "than a year for treatment"]),
    ("76.8%", ["of people referred were", "told within 28 days"]),
    ("96%", ["of inpatients would", "recommend our wards"]),
]


def staggered_figures_pdf() -> bytes:
    """A dashboard's headline figures in two rows of three, without boxes: the middle figure of each row set lower,
    its caption over it, the others' captions under them; the rows far apart."""
    pdf = FPDF()
    pdf.add_page()
    for i, (figure, caption) in enumerate(GLANCE_TILES):
        row, column = divmod(i, 3)
        x, top = 15 + 65 * column, 40 + 70 * row
        middle = column == 1
        figure_y = top + (16 if middle else 8)
        caption_y = top if middle else top + 16
        pdf.set_font("Helvetica", "B", 20)
        pdf.text(x, figure_y, figure)
        pdf.set_font("Helvetica", size=9)
        _lines_at(pdf, x, caption_y, caption, 4)
    return bytes(pdf.output())


FUND_TITLE = "Table 3: Estates fund by year (£m)"
FUND_HEADER = ("Scheme", "24/25", "25/26", "26/27", "Total")
FUND_ROWS = [
    ("Roof and window replacement at the Old Mill Clinic and two branch surgeries", "0.4", "0.6", "0.2", "1.2"),
    ("Digital kiosks", "0.1", "0.1", "0.1", "0.3"),
    ("New consulting rooms in the Hartley Lane health centre extension project", "0.9", "1.1", "0.5", "2.5"),
    ("Shared reception redesign for the three Brookvale Road practices", "0.2", "0.3", "0.1", "0.6"),
    ("Car park resurfacing", "0.1", "0.2", "0.1", "0.4"),
    ("Accessible entrances and hearing loops for every branch surgery site", "0.3", "0.3", "0.2", "0.8"),
    ("Total", "2.0", "2.6", "1.2", "5.8"),
]


def typeset_table_pdf() -> bytes:
    """A typeset report's table: its header set in white on a filled band (no rule under it), financial years
    written short ("24/25") heading the columns, rows apart with a rule under each, a long first-column label
    wrapped with its figures beside its last line, and the table going on to the next page without its header,
    the first row there a wrapped one too."""
    pdf = FPDF()
    widths = (80, 20, 20, 20, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.text(15, 20, "The estates fund is spread over three years, as the table shows.")
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.text(15, 30, FUND_TITLE)
    y = 33.0
    pdf.set_fill_color(20, 40, 90)
    pdf.rect(15, y, sum(widths), 7, style="F")
    pdf.set_text_color(255, 255, 255)
    x = 15.0
    for k, (label, width) in enumerate(zip(FUND_HEADER, widths, strict=True)):
        pdf.text(x + 1.5 if k == 0 else x + width - 1.5 - pdf.get_string_width(label), y + 4.8, label)
        x += width
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", size=9.5)
    y += 7
    for n, row in enumerate(FUND_ROWS):
        if n == 3:  # the page ends: the rest of the table goes on at the top of the next one, without its header
            pdf.add_page()
            y = 20.0
        wrapped = pdf.multi_cell(widths[0] - 3, 4.4, row[0], dry_run=True, output="LINES")
        assert isinstance(wrapped, list)
        for k, line in enumerate(wrapped):
            pdf.text(16.5, y + 4.2 + 4.4 * k, line)
        last = y + 4.2 + 4.4 * (len(wrapped) - 1)
        x = 15.0 + widths[0]
        for value, width in zip(row[1:], widths[1:], strict=True):
            pdf.text(x + width - 1.5 - pdf.get_string_width(value), last, value)
            x += width
        y += 4.4 * len(wrapped) + 2.6
        pdf.line(15, y, 15 + sum(widths), y)
    pdf.set_font("Helvetica", size=10)
    pdf.text(15, y + 10, "Spending in each year is confirmed in the annual plan.")
    return bytes(pdf.output())


PAGE_LEFT = [
    "2. Progress this year",
    "2.1 The lead for this priority is Dana Whitcombe, Head of Early Years. The main pieces of work "
    "delivered this year were:",
    "- a new parenting course run in four libraries, with 120 families taking part;",
    "- free swimming for children under eight at the Millpond leisure centre; and",
    "- a healthy start vitamin scheme offered through every pharmacy in the borough.",
    "2.2 Tooth decay among five-year-olds remains the biggest concern, and a supervised brushing "
    "scheme will start in ten nurseries in the autumn.",
    "2.3 The board will hear from the parenting course's first families at its September meeting, and the "
    "leisure trust will report how many children took up free swimming over the summer holidays.",
]
PAGE_RIGHT_TEXT = (
    "3.1 The table shows the indicators the board agreed to follow, with the baseline year and the latest figure "
    "published by the national data service. Two of the three have improved since the strategy began, and the "
    "third is the subject of the supervised brushing scheme described in the left-hand column of this page."
)
PAGE_RIGHT_MORE = (
    "3.2 Figures for the current year will be published in the spring, when the board will decide whether to keep "
    "all three indicators or replace the vitamin measure with one on breastfeeding."
)
PAGE_TABLE = [
    ("Indicator", "Baseline", "Latest"),
    ("Tooth decay at five", "24.1%", "25.3%"),
    ("Swimming at eleven", "61%", "66%"),
    ("Vitamin uptake", "12%", "19%"),
]
PAGE_HEADER = "Lowmead Health and Wellbeing Board - 4 June 2031"


def two_column_page_pdf() -> bytes:
    """A report's page set in two columns of text under a running header: the left column's paragraphs and
    bullets, the right column's paragraph over a small table. Read across, each line pairs the two columns."""
    pdf = FPDF()
    for page in range(2):
        pdf.add_page()
        pdf.set_font("Helvetica", size=8)
        pdf.text(15, 10, PAGE_HEADER)
        pdf.text(180, 10, f"Page {page + 1}")
        pdf.set_font("Helvetica", size=10)
        if page == 0:
            pdf.set_xy(15, 20)
            pdf.multi_cell(180, 5, "1. Purpose. " + "This report sets out the progress made this year. " * 3)
            continue
        pdf.set_xy(15, 20)
        for paragraph in PAGE_LEFT:
            pdf.set_x(15)
            pdf.multi_cell(85, 5, paragraph, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        pdf.set_xy(110, 20)
        pdf.multi_cell(85, 5, "3. Outcomes", new_x="LEFT", new_y="NEXT")
        pdf.multi_cell(85, 5, PAGE_RIGHT_TEXT, new_x="LEFT", new_y="NEXT")
        pdf.set_xy(110, pdf.get_y() + 2)
        pdf.multi_cell(85, 5, PAGE_RIGHT_MORE, new_x="LEFT", new_y="NEXT")
        y = pdf.get_y() + 4
        for row in PAGE_TABLE:
            for x, cell in zip((110, 150, 172), row, strict=True):
                pdf.text(x, y, cell)
            y += 6
    return bytes(pdf.output())


CHART_MONTHS = ("Apr", "May", "Jun", "Jul", "Aug", "Sep")
CHART_VALUES = ("91.2%", "93.5%", "94.8%", "92.1%", "90.6%", "95.3%")  # seen within 2 hours
CHART_TITLE = "Urgent response within 2 hours, April to September"
CHART_NOTE = (
    "The service met its standard in every month. Referrals rose over the summer as the "
    "falls pathway took calls from the ambulance service."
)
BAR_TITLE = "Referrals waiting over 18 weeks by service"
BARS = (("Podiatry", "84"), ("Speech and language", "212"), ("Wheelchairs", "57"), ("Audiology", "139"))


def labelled_charts_pdf() -> bytes:
    """A dashboard's two charts drawn as vector graphics, as plotting tools and spreadsheets draw them: on page 1 a
    column chart (value axis ticked 85 to 100 in fives down its left, a data label over each bar, the months under
    the plot, an axis title under them) beside a box of commentary; on page 2 a bar chart (services labelled at the
    left, each value at its bar's end, the value axis ticked 0 to 250 under the plot)."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(15, 30, CHART_TITLE)
    base, top, low, high = 130.0, 40.0, 85.0, 100.0

    def height(value: float) -> float:
        return (value - low) / (high - low) * (base - top)

    pdf.set_font("Helvetica", size=8)
    for tick in range(85, 101, 5):
        pdf.text(15, base - height(tick) + 1, str(tick))
    for k, (month, value) in enumerate(zip(CHART_MONTHS, CHART_VALUES, strict=True)):
        x = 25 + 14 * k
        bar = height(float(value.rstrip("%")))
        pdf.rect(x, base - bar, 10, bar, style="F")
        pdf.text(x + 0.5, base - bar - 2, value)
        pdf.text(x + 2.5, base + 5, month)
    pdf.text(50, base + 11, "Month (2030)")
    pdf.set_xy(125, 40)
    pdf.set_font("Helvetica", size=9)
    pdf.multi_cell(70, 5, "Commentary", new_x="LEFT", new_y="NEXT")
    pdf.multi_cell(70, 5, CHART_NOTE)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(15, 30, BAR_TITLE)
    pdf.set_font("Helvetica", size=8)
    axis, scale = 60.0, 0.4  # the value axis's left edge; mm a referral
    for k, (service, value) in enumerate(BARS):
        y = 40 + 12 * k
        pdf.text(axis - 2 - pdf.get_string_width(service), y + 4, service)
        pdf.rect(axis, y, int(value) * scale, 6, style="F")
        pdf.text(axis + int(value) * scale + 2, y + 4, value)
    for tick in range(0, 251, 50):
        pdf.text(axis + tick * scale - pdf.get_string_width(str(tick)) / 2, 95, str(tick))
    pdf.text(axis + 35, 101, "Referrals")
    return bytes(pdf.output())


STATUS_TILES = [
    ("6.2%", "Red", ["staff turnover in the", "last twelve months (target", "5.5%)"], "Up 0.4 on May"),
    ("412", "Green", ["volunteers active across", "the three sites"], "Up 31 on May"),
    ("18 days", "Amber", ["average wait for a", "first physiotherapy", "appointment"], "Same as May"),
    ("88.4%", "Green", ["of complaints answered", "within 25 working days"], "Down 1.2 on May"),
]
TILES_SECTION = "People and experience"
TILES_TABLE_TITLE = "Complaints by site, May"
TILES_TABLE = [("Site", "Received", "Answered"), ("Northgate", "41", "37"), ("Eastfield", "28", "25")]


def status_tiles_pdf() -> bytes:
    """A dashboard's row of four tiles under a section title: each tile's figure with its status word to its right
    on the figure's line, its caption under them (one caption's bracket wrapped, so a line of its own reads
    "5.5%)") and its change on the month at the tile's foot; a table's title and the table well below the
    tiles."""
    pdf = FPDF(orientation="L")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(15, 25, TILES_SECTION)
    for k, (figure, status, caption, change) in enumerate(STATUS_TILES):
        x = 15 + 68 * k
        pdf.set_font("Helvetica", "B", 20)
        pdf.text(x, 45, figure)
        pdf.set_font("Helvetica", "B", 9)
        pdf.text(x + 45, 45, status)
        pdf.set_font("Helvetica", size=8)
        _lines_at(pdf, x, 58, caption, 4)
        pdf.text(x, 78, change)
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(150, 105, TILES_TABLE_TITLE)
    pdf.set_font("Helvetica", size=9)
    for r, row in enumerate(TILES_TABLE):
        for x, cell in zip((150, 190, 220), row, strict=True):
            pdf.text(x, 113 + 6 * r, cell)
    return bytes(pdf.output())


TURNED_TITLE = "Table 5: Capital schemes by quarter (£k)"
TURNED_TABLE = [
    ("Scheme", "Q1", "Q2", "Q3", "Q4", "Total"),
    ("Theatre ventilation", "120", "340", "210", "95", "765"),
    ("Ward refurbishment", "80", "150", "260", "310", "800"),
    ("Electronic records", "45", "60", "75", "90", "270"),
]


def turned_landscape_pdf() -> bytes:
    """A portrait pack with a landscape page turned into it as a PDF editor's "rotate pages" leaves one: the
    landscape page's content drawn turned a quarter on a portrait page set to display turned back (/Rotate 90),
    so its text runs up the page in the page's own coordinates; a portrait page of text before it."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(180, 5, "1. Introduction. The capital programme is set out in the table overleaf.")
    pdf.add_page(orientation="L")
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(15, 20, TURNED_TITLE)
    pdf.set_font("Helvetica", size=10)
    for r, row in enumerate(TURNED_TABLE):
        for x, cell in zip((15, 110, 140, 170, 200, 230), row, strict=True):
            pdf.text(x, 32 + 7 * r, cell)
    source = PdfReader(io.BytesIO(bytes(pdf.output())))
    writer = PdfWriter()
    writer.add_page(source.pages[0])
    landscape = source.pages[1]
    width, height = float(landscape.mediabox.width), float(landscape.mediabox.height)
    turned = PageObject.create_blank_page(width=height, height=width)
    turned.merge_transformed_page(landscape, Transformation().rotate(90).translate(height, 0))
    turned.rotation = 90
    writer.add_page(turned)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


PLACED_SENTENCES = (
    "Falls causing moderate or severe harm came down from fifty two to thirty seven this year.",
    "Every ward now runs a safety huddle at the start of each shift with the nurse in charge.",
)
PLACED_FIGURES = (("12,480", "home visits"), ("3,915", "volunteer hours"))


def words_placed_one_by_one_pdf() -> bytes:
    """A designed summary page as publishing tools write one: each word of the small body text drawn as a text
    object of its own at its place (no space characters; the gaps are made by placing), beside key figures in
    large type down the right-hand side."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(15, 20, "Our year in summary")
    for i, (figure, caption) in enumerate(PLACED_FIGURES):
        pdf.set_font("Helvetica", "B", 30)
        pdf.text(150, 40 + 30 * i, figure)
        pdf.set_font("Helvetica", size=9)
        pdf.text(150, 47 + 30 * i, caption)
    pdf.set_font("Helvetica", size=8)
    space = pdf.get_string_width(" ")
    for i, sentence in enumerate(PLACED_SENTENCES):
        x = 15.0
        for word in sentence.split():
            pdf.text(x, 40 + 10 * i, word)
            x += pdf.get_string_width(word) + space
    return bytes(pdf.output())


BANDED_INTRO = (
    "This summary sets out what the board heard about each service during the year and what comes next.",
    "Each service reported to a meeting of the board in public, and the papers for those meetings are online.",
    "Where a service has a new target for next year, the target is given at the end of its section below.",
)
BANDED_NOTE = "Figures are for the year to 31 March and come from the services' own records unless a source is given."
BANDED_LEFT = (
    "The community nursing teams made more visits than in any year before and kept waiting times for a first "
    "visit under two days in every locality despite the winter pressures on staffing across the county.",
    "Two new teams started in the spring, one for people leaving hospital and one for people living in care homes.",
    "The district nurses also began a trial of visits booked online by carers, which the board will hear about "
    "next year once the first six months of bookings have been looked at.",
)
BANDED_RIGHT = (
    "The therapy services opened two new clinics in the market towns so that fewer patients travel to the main "
    "hospital.",
    "The children's service moved into the family hubs this year, and the board heard that parents find the new "
    "rooms easier to reach by bus, though the waiting list for speech and language therapy is still too long.",
    "Podiatry began taking referrals from pharmacists in the summer, and expects to see more people each month "
    "when two more podiatrists join the team early in the new year.",
)


def banded_justified_columns_pdf() -> bytes:
    """A designed page: a title and an introduction across the page, then two columns of justified running text
    whose words are placed one by one (the gaps stretched to fill each line, so layout text sets them up to
    several spaces apart), then a note across the page again."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(15, 20, "Services in review")
    pdf.set_font("Helvetica", size=9)
    for i, line in enumerate(BANDED_INTRO):
        pdf.text(15, 28 + 5 * i, line)
    for x, paragraphs in ((15.0, BANDED_LEFT), (112.0, BANDED_RIGHT)):
        y = 48.0
        for paragraph in paragraphs:
            lines: list[list[str]] = [[]]
            for word in paragraph.split():
                if lines[-1] and pdf.get_string_width(" ".join([*lines[-1], word])) > 64:
                    lines.append([])
                lines[-1].append(word)
            for i, placed in enumerate(lines):
                width = sum(pdf.get_string_width(word) for word in placed)
                gap = (68 - width) / max(1, len(placed) - 1) if i < len(lines) - 1 else pdf.get_string_width(" ")
                at = x
                for word in placed:
                    pdf.text(at, y, word)
                    at += pdf.get_string_width(word) + gap
                y += 5
            y += 5
    pdf.text(15, 140, BANDED_NOTE)
    return bytes(pdf.output())
