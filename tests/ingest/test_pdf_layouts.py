"""Tables and figures of real papers' layouts keep their labels: every value is chunked with its
row label, its table's header row and its title, its cells in printed order under the header's
(tests/ingest/pdf_layouts.py makes the PDFs)."""

from __future__ import annotations

import io
import itertools
import textwrap
from pathlib import Path

import pypdf
import pytest

from assistant.answer import Passage
from ingest import pipeline
from ingest.chunk import _shortened, chunk_document
from ingest.load import load_file
from ingest.parse import parse
from ingest.pdf_charts import chart_pages
from ingest.pdf_layout import layout_text
from ingest.pdf_page_columns import column_pages
from ingest.pipeline import IngestOptions, ingest
from ingest.structure import describe
from tests.helpers import write
from tests.ingest import pdf_layouts as layouts

MAX = 10 * 1024 * 1024


def parse_pdf_bytes(tmp_path, data: bytes, name: str = "paper.pdf"):
    loaded = load_file(write(tmp_path, name, data), MAX)
    parsed = parse(loaded)
    return loaded, parsed, chunk_document(parsed, describe(name, name, "pdf", parsed))


def rows(parsed) -> list:
    return [b for b in parsed.blocks if b.kind == "table_row" and not b.header]


# --- (a) a table over three pages ---------------------------------------------------------
@pytest.mark.parametrize("repeat_header", [False, True])
def test_every_chunk_of_a_three_page_table_names_its_title_and_columns(tmp_path, repeat_header):
    loaded, parsed, chunks = parse_pdf_bytes(tmp_path, layouts.long_table_pdf(repeat_header))
    assert len(loaded.pages) == 3
    body = rows(parsed)
    assert [b.text.split(" | ")[0] for b in body] == layouts.PRACTICES  # each row once, in order
    assert {b.page for b in body} == {1, 2, 3}
    assert len({b.table for b in body}) == 1  # one table, whether or not its header is repeated
    for i, block in enumerate(body):
        name, march, april, may, same_day = layouts.practice_row(i, layouts.PRACTICES[i])
        assert block.text == f"{name} | {march} | {april} | {may} | {same_day}"
    header = " | ".join(layouts.MONTHS_HEADER)
    with_rows = [c for c in chunks if any(name in c.page_content for name in layouts.PRACTICES)]
    assert {c.metadata["page"] for c in with_rows} == {1, 2, 3}
    for chunk in with_rows:
        lines = chunk.page_content.splitlines()
        assert layouts.TABLE_TITLE in lines or chunk.metadata["section"].endswith(f" > {layouts.TABLE_TITLE}")
        assert chunk.metadata["table_header"] == header  # the header row goes with every chunk of rows
    first = next(c for c in with_rows)
    # Under the section's heading and the lead-in, the title and header with the rows
    assert first.page_content.splitlines()[2:4] == [layouts.TABLE_TITLE, header]


# --- (b) a table across a two-page spread --------------------------------------------------
@pytest.mark.parametrize(
    "right_title, left_aligned",
    [("", False), ("", True), ("Projected population by age band (continued)", False)],
    ids=["bare", "columns-lined-up-with-the-left-page", "own-title"],
)
def test_the_right_half_of_a_spread_gets_the_row_labels_of_the_left(tmp_path, right_title, left_aligned):
    _, parsed, chunks = parse_pdf_bytes(tmp_path, layouts.spread_pdf(right_title, left_aligned))
    left = [b for b in rows(parsed) if b.page == 1]
    right = [b for b in rows(parsed) if b.page == 2]
    assert len(left) == len(right) == len(layouts.AGE_BANDS)
    for band, (a, b) in enumerate(zip(left, right, strict=True)):
        name = layouts.AGE_BANDS[band]
        assert a.text == name + "".join(f" | {layouts.projection(band, y)}" for y in layouts.SPREAD_YEARS[:6])
        assert b.text == name + "".join(f" | {layouts.projection(band, y)}" for y in layouts.SPREAD_YEARS[6:])
    assert {b.table for b in left} == {b.table for b in right}  # one table: its title names both halves
    headers = [b.text for b in parsed.blocks if b.header]
    assert headers[1] == "Age band | " + " | ".join(str(y) for y in layouts.SPREAD_YEARS[6:])
    right_chunks = [c for c in chunks if c.metadata["page"] == 2]
    assert all("Aged " in c.page_content for c in right_chunks)


def test_a_table_of_figures_after_a_different_table_is_left_alone(tmp_path):
    """Only a table with as many rows as the left page's, and no labels of its own, is a right half."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    for count in (4, 3):
        pdf.add_page()
        with pdf.table(col_widths=(40, 30, 30), text_align=("LEFT", "RIGHT", "RIGHT")) as table:
            for cells in [("Year", "Beds", "Staff")] + [
                (str(2020 + i), str(100 + i), str(50 + i)) for i in range(count)
            ]:
                row = table.row()
                for cell in cells:
                    row.cell(cell)
    _, parsed, _ = parse_pdf_bytes(tmp_path, bytes(pdf.output()))
    assert [b.text for b in rows(parsed) if b.page == 2] == [
        "2020 | 100 | 50",
        "2021 | 101 | 51",
        "2022 | 102 | 52",
    ]


# --- (c) key figures in boxes ----------------------------------------------------------------
@pytest.mark.parametrize("columns, above", [(3, False), (2, False), (3, True), (2, True)])
def test_each_key_figure_stays_with_the_words_in_its_box(tmp_path, columns, above):
    _, parsed, chunks = parse_pdf_bytes(tmp_path, layouts.key_figures_pdf(columns, captions_above=above))
    texts = [b.text for b in parsed.blocks]
    for figure, caption in layouts.KEY_FIGURES:
        expected = f"{caption} {figure}" if above else f"{figure} {caption}"
        assert expected in texts
        assert any(expected in c.page_content.splitlines() for c in chunks)
    assert not rows(parsed)
    assert texts[-1] == "Performance against each indicator is set out in the sections that follow."


# --- labels wrapped under their figures ------------------------------------------------------
def test_a_label_wrapped_under_its_row_stays_in_that_row(tmp_path):
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.wrapped_labels_pdf())
    assert [b.text for b in rows(parsed)] == [
        f"{name} | {q2} | {q3} | {total}" for name, q2, q3, total in layouts.SERVICES
    ]


def test_a_page_starting_mid_paragraph_has_no_title(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    pdf.cell(0, 6, "Introduction", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.cell(0, 6, "Customer services - satisfaction with advisors met its target. The", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "share of calls answered rose to 94% and is now above target.", new_x="LMARGIN", new_y="NEXT")
    _, parsed, chunks = parse_pdf_bytes(tmp_path, bytes(pdf.output()))
    assert [b.kind for b in parsed.blocks if b.page == 2] == ["paragraph"]
    assert chunks[-1].metadata["section"] == "Introduction"


# --- a new parser version re-ingests what was ingested before ----------------------------------
def test_a_parser_version_bump_reingests_unchanged_files(tmp_path, index, monkeypatch):
    paper = write(tmp_path, "glance.pdf", layouts.key_figures_pdf(3))
    first = ingest([paper], index, IngestOptions(progress=False))
    assert [r.doc_id for r in first.added] == ["glance.pdf"]
    again = ingest([paper], index, IngestOptions(progress=False))
    assert again.unchanged == ["glance.pdf"] and not again.replaced
    monkeypatch.setattr(pipeline, "PARSER_VERSION", pipeline.PARSER_VERSION + "-next")
    bumped = ingest([paper], index, IngestOptions(progress=False))
    assert [r.doc_id for r in bumped.replaced] == ["glance.pdf"] and not bumped.unchanged


# --- (d) two-level headers: group labels over the columns under them ---------------------------
def test_figures_under_a_grouped_header_keep_their_year_and_measure(tmp_path):
    """Years spanning the kinds of harm under them, a word drawn in two pieces, one line of figures
    and no row labels, and a paragraph below whose sentences are two spaces apart: each year's
    figures are read as a row of their own, each with its kind of harm, not as a flat line."""
    _, parsed, chunks = parse_pdf_bytes(tmp_path, layouts.grouped_header_pdf())
    expected = [
        f"{year} | " + " | ".join(map(str, figures))
        for year, figures in zip(layouts.HARM_YEARS, layouts.HARM_FALLS, strict=True)
    ]
    assert [b.text for b in rows(parsed)] == expected
    assert [b.text for b in parsed.blocks if b.header] == [" | ".join(layouts.HARMS)]  # "Moder" + "ate" is "Moderate"
    lines = next(c for c in chunks if expected[0] in c.page_content).page_content.splitlines()
    title = lines.index("Quarter 2")  # the table's title, then its header and rows
    assert lines[title + 1 : title + 2 + len(expected)] == [" | ".join(layouts.HARMS), *expected]
    assert "Falls prevention" in [b.text for b in parsed.blocks]


@pytest.mark.parametrize("repeat_header", [False, True])
def test_a_grouped_header_labels_the_rows_continued_on_the_next_page(tmp_path, repeat_header):
    """The next page sets its text in a narrower character grid, so its columns sit further left."""
    _, parsed, chunks = parse_pdf_bytes(tmp_path, layouts.grouped_header_over_a_page_break_pdf(repeat_header))
    body = rows(parsed)
    assert {b.page for b in body} == {1, 2}
    assert len({b.table for b in body}) == 1
    expected = []
    for i, name in enumerate(layouts.WARDS):
        cells = [name]
        for year_index in range(len(layouts.WARD_YEARS)):
            cells += [str(value) for value in layouts.ward_falls(i, year_index)]
        expected.append(" | ".join(cells))
    assert [b.text for b in body] == expected
    second = [c for c in chunks if c.metadata["page"] == 2 and "Elm Ward" in c.page_content]
    header = next(b.text for b in parsed.blocks if b.header)
    assert header == "Ward | " + " | ".join(f"{y} {m}" for y in layouts.WARD_YEARS for m in layouts.WARD_MEASURES)
    assert second and all(c.metadata["table_header"] == header for c in second)


def test_ratings_under_a_grouped_header_keep_their_columns(tmp_path):
    """A table of words: "Rating" spans "This quarter" and "Last quarter", and the label of a column
    of arrows drawn as shapes ("Trend") is not put on another column's values."""
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.rated_table_pdf())
    assert [b.text for b in rows(parsed)] == [f"{name} | {now} | {before}" for name, now, before in layouts.RATED]
    assert [b.text for b in parsed.blocks if b.header] == [
        "Contact centre indicators | Rating This quarter | Rating Last quarter"
    ]


# --- (e) minutes whose items are headed by bold titles -----------------------------------------
def test_bold_item_titles_name_the_places_they_start_without_changing_the_chunks(tmp_path):
    loaded, parsed, chunks = parse_pdf_bytes(tmp_path, layouts.minutes_pdf())
    # The first item's title runs over two lines and is one title; the paragraph below repeats its words in a
    # regular face and the long bold sentence is emphasis: neither is a title; nor is the bold date.
    assert [title for _, title in parsed.titles][1:] == list(layouts.MINUTE_ITEMS)
    assert all(" ".join(parsed.text[at:].split()).startswith(title) for at, title in parsed.titles)
    # The blocks and chunks are those the text alone gives: the titles name the places, not cut the text.
    from ingest.pdf import parse_pdf

    plain = parse_pdf(loaded.pages, loaded.pdf_metadata)
    assert plain.text == parsed.text and not plain.titles
    bare = chunk_document(plain, describe("paper.pdf", "paper.pdf", "pdf", plain))
    assert [c.page_content for c in bare] == [c.page_content for c in chunks]
    # A chunk's section is the title in force where it starts (the page's first line when none is).
    assert [c.metadata["section"] for c in chunks] == ["Westbrook Borough Council", _shortened(layouts.MINUTE_ITEMS[0])]
    assert [c.metadata["section"] for c in bare] == ["Westbrook Borough Council"] * 2

    def cited_under(line: str) -> str:
        chunk = next(c for c in chunks if line in c.page_content)
        return Passage.from_document(chunk).placed(chunk.page_content.index(line)).section

    assert cited_under("Minutes of a meeting") == "Westbrook Borough Council"  # before any item
    assert cited_under("1. Councillor Amberley") == _shortened(layouts.MINUTE_ITEMS[0])
    assert cited_under("2. RESOLVED that") == _shortened(layouts.MINUTE_ITEMS[0])
    assert cited_under("3. There was no other") == layouts.MINUTE_ITEMS[1]


def test_a_bold_numbered_one_word_line_is_a_section_title_but_a_bold_word_alone_is_a_label(tmp_path):
    _, parsed, chunks = parse_pdf_bytes(tmp_path, layouts.numbered_one_word_titles_pdf())
    assert [title for _, title in parsed.titles] == [
        "Harbourside Community Trust Board",
        "1. Purpose",
        "2.1 Background",
    ]

    def cited_under(line: str) -> str:
        chunk = next(c for c in chunks if line in c.page_content)
        return Passage.from_document(chunk).placed(chunk.page_content.index(line)).section

    assert cited_under("Last winter the trust") == "2.1 Background"
    assert cited_under("The board is asked") == "2.1 Background"  # "Recommendation" and the date head nothing


def test_cells_of_a_row_drawn_as_one_text_object_stay_under_their_labels(tmp_path):
    # Office suites draw a table row as one text object, moving to each cell with Td; whatever the first cell's
    # length, each later cell is read at its printed column, so under its own label.
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.one_text_object_rows_pdf())
    assert [b.text for b in rows(parsed)] == [
        f"{action} | {lead} | {when} | {outcome}" for action, lead, when, outcome in layouts.ACTIONS
    ]


def test_words_set_a_space_or_two_apart_stay_one_line_of_prose(tmp_path):
    # Justified text is drawn in pieces a little more than a space apart: the pieces are one sentence, not cells,
    # so the layout keeps them as pypdf sets them (no gap a column finder could take for a gutter).
    data = layouts.one_text_object_rows_pdf()
    page = pypdf.PdfReader(io.BytesIO(data)).pages[0]
    sentence = layout_text(page).rstrip().splitlines()[-1]
    assert sentence == page.extract_text(extraction_mode="layout").rstrip().splitlines()[-1]
    assert "   " not in sentence
    _, parsed, _ = parse_pdf_bytes(tmp_path, data)
    assert [b.text for b in parsed.blocks if b.kind == "paragraph"] == [" ".join(layouts.ACTIONS_NOTE)]


def test_a_header_over_a_themes_title_row_labels_the_rows_under_the_title(tmp_path):
    # A theme's title runs across every column between the header and the rows; it is the table's group row,
    # not its end, so the header still labels the rows.
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.themed_action_table_pdf())
    assert [b.text for b in rows(parsed)] == [
        layouts.THEME,
        *(f"{what} | {lead} | {due} | {measure}" for what, lead, due, measure in layouts.THEMED_ROWS),
    ]


def test_a_tables_last_row_is_no_header_of_the_table_after_a_note(tmp_path):
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.two_tables_and_a_note_pdf())
    assert [b.text for b in rows(parsed)][-3:] == [" | ".join(row) for row in layouts.WARDS_B]


def test_a_header_label_wrapped_at_the_top_of_every_page_is_no_running_header(tmp_path):
    # "Outcome", under "Shared" at the top of each page, recurs like a running header; it is half a label.
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.plan_pages_with_a_wrapped_header_pdf())
    assert [b.text for b in rows(parsed)] == [
        f"{what} | {lead} | {due} | {outcome}" for page in layouts.PLAN_PAGES for what, lead, due, outcome in page
    ]


@pytest.mark.parametrize("across", [(layouts.PLAN_ACROSS,), (layouts.PLAN_ACROSS, layouts.PLAN_ACROSS_MORE)])
def test_aims_side_by_side_are_read_aim_by_aim_with_their_bulleted_actions(tmp_path, across):
    # A plan on a page: each aim's title wraps over two lines, a line (or two) runs across the columns, and each
    # aim's actions are bullets set a few spaces before their text, wrapping and ending on different lines.
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.plan_on_a_page_pdf(across))
    expected = ["Our plan on a page", " ".join(across)]
    for title, actions in zip(layouts.PLAN_AIMS, layouts.PLAN_ACTIONS, strict=True):
        expected.append(" ".join(title))
        expected += ["- " + " ".join(item) for item in actions]
    assert [b.text for b in parsed.blocks] == expected
    assert not rows(parsed)


def test_a_table_of_wrapped_words_keeps_its_labels_and_is_not_read_as_columns_of_text(tmp_path):
    # Every cell wraps and none is a bare figure; the cells of a row start on one line, which side-by-side
    # columns of text do not do.
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.wordy_action_table_pdf())
    assert [b.text for b in parsed.blocks if b.header] == [" | ".join(layouts.WORDY_HEADER)]
    assert [b.text for b in rows(parsed)] == [" | ".join(" ".join(cell) for cell in row) for row in layouts.WORDY_ROWS]


def test_text_boxes_side_by_side_are_read_box_by_box_though_their_lines_wrap_before_capitals(tmp_path):
    # Neither box's wrapped lines stop mid-phrase or go on in lower case; the lines are full to the box's edge, and
    # the boxes start their points on different lines. The first line (a bullet beside plain text) is no row.
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.side_by_side_boxes_pdf())
    expected = [layouts.BOXES_TITLE]
    expected += ["- " + " ".join(point) for point in layouts.BOXES_LEFT]
    expected += [" ".join(point) for point in layouts.BOXES_RIGHT]
    assert [b.text for b in parsed.blocks] == expected
    assert not rows(parsed)


def test_each_field_of_a_cover_sheet_is_a_row_of_its_own_where_no_blank_line_parts_two_fields(tmp_path):
    # Fields set apart by blank lines, but two of them on adjacent lines: a label ending ':' under another is a
    # field of its own, not the label above wrapped.
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.cover_sheet_pdf())
    assert [b.text for b in rows(parsed)] == [f"{label} | {value}" for label, value in layouts.COVER_FIELDS]


def test_minutes_with_references_in_the_margin_are_read_item_by_item_each_under_its_title(tmp_path):
    # A reference before a title is no table row (as a number before a point is not), and a bold title ends where
    # plain text follows it on the next line.
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.margin_referenced_minutes_pdf())
    expected = []
    for reference, title, paragraphs in layouts.MARGIN_ITEMS:
        expected += [f"{reference} {title}", *(" ".join(lines) for lines in paragraphs)]
    assert [b.text for b in parsed.blocks] == expected
    assert not rows(parsed)
    assert [title for _, title in parsed.titles] == [f"{ref} {title}" for ref, title, _ in layouts.MARGIN_ITEMS]


def test_a_two_column_table_of_short_financial_years_is_still_a_table(tmp_path):
    # "23/24" looks like a minute's reference ("23/045") but names a year: its rows stay a table's.
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.short_years_pdf())
    assert [b.text for b in parsed.blocks if b.header] == [" | ".join(layouts.YEARS_HEADER)]
    assert [b.text for b in rows(parsed)] == [f"{y} | {v}" for y, v in layouts.YEARS_ROWS]


def test_a_paragraph_with_a_box_of_points_beside_it_is_read_paragraph_first_then_the_points(tmp_path):
    # Only the paragraph runs on from line to line; the box starts a point on every line beside it, which no table
    # row does (one cell beside two of another column's entries).
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.sidebar_pdf())
    expected = [layouts.SIDEBAR_BODY, layouts.SIDEBAR_TITLE, *(f"- {point}" for point in layouts.SIDEBAR_POINTS)]
    assert [b.text for b in parsed.blocks] == expected
    assert not rows(parsed)


def test_second_level_points_opened_by_a_letter_o_are_list_items_not_a_table(tmp_path):
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.sub_bullets_pdf())
    assert [b.text for b in parsed.blocks] == [layouts.SUB_BULLET_LEAD, *(f"- {i}" for i in layouts.SUB_BULLET_ITEMS)]
    assert not rows(parsed)


def test_two_tables_side_by_side_are_read_as_two_tables_each_row_with_its_own_labels(tmp_path):
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.side_by_side_tables_pdf())
    expected = [" | ".join(row) for _, table in (layouts.SIDE_LEFT, layouts.SIDE_RIGHT) for row in table]
    assert [b.text for b in rows(parsed)] == expected
    headers = [" | ".join(header) for header, _ in (layouts.SIDE_LEFT, layouts.SIDE_RIGHT)]
    assert [b.text for b in parsed.blocks if b.header] == headers
    assert len({b.table for b in rows(parsed)}) == 2


def test_a_scorecard_with_a_status_column_between_figures_stays_one_table(tmp_path):
    # Words between figure columns and a row with its last cells empty, but no wide gap: one table.
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.status_scorecard_pdf())
    assert [b.text for b in parsed.blocks if b.header] == [" | ".join(layouts.STATUS_HEADER)]
    assert [b.text for b in rows(parsed)] == [" | ".join(cell for cell in row if cell) for row in layouts.STATUS_ROWS]


def test_rows_under_a_group_named_on_its_first_row_only_each_keep_their_own_figures_and_the_group(tmp_path):
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.grouped_rows_pdf())
    expected, group = [], ""
    for row in layouts.GROUPED_ROWS:
        group = row[0] or group
        expected.append(" | ".join([group, *row[1:]]))
    assert [b.text for b in rows(parsed)] == expected
    assert [b.text for b in parsed.blocks if b.header] == [" | ".join(layouts.GROUPED_HEADER)]


def test_a_table_of_grouped_rows_under_a_two_level_header_keeps_its_header_for_every_group(tmp_path):
    # Each group's name stands on a line of its own between blank lines: it names the rows under it and
    # neither ends the table nor joins the header; the periods centred over their columns prefix their labels.
    _, parsed, chunks = parse_pdf_bytes(tmp_path, layouts.grouped_budget_pdf())
    labels = [f"{period} {label}" for period in layouts.BUDGET_PERIODS for label in layouts.BUDGET_LABELS[1:4]]
    header = " | ".join([layouts.BUDGET_LABELS[0], *labels])
    assert [b.text for b in parsed.blocks if b.header] == [header]
    expected = []
    for name, members, subtotal in layouts.BUDGET_GROUPS:
        expected += [name, *(" | ".join(row) for row in [*members, subtotal])]
    assert [b.text for b in rows(parsed)] == expected
    holding = [c for c in chunks if "Valley Community Services" in c.page_content]
    assert holding and all(c.metadata["table_header"] == header for c in holding)


def test_two_pages_printed_side_by_side_on_one_sheet_are_read_one_after_the_other(tmp_path):
    # The running footer shows twice on each sheet's last line: the sheet is cut there, so the commentary level
    # with the table's rows on the right-hand page is neither more columns of the table nor cut into its rows.
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.spread_sheets_pdf())
    table = [" | ".join(row) for row in layouts.SPREAD_ROWS]
    assert [b.text for b in rows(parsed)] == table * 2
    assert [b.text for b in parsed.blocks if b.header] == [" | ".join(layouts.SPREAD_HEADER)] * 2
    commentary = [b for b in parsed.blocks if b.text == " ".join(layouts.SPREAD_COMMENTARY)]
    assert [b.page for b in commentary] == [1, 2]


def test_a_sheet_is_cut_only_at_a_running_text_doubled_on_its_line():
    from ingest.pdf_sheets import sheet_pages

    footer = "Trust Board | Report     3" + " " * 20 + "Trust Board | Report     4"
    width = footer.index("Trust Board", 1)
    sheet = "\n".join(["Left page text" + " " * (width - 14) + "Right page text", footer])
    assert sheet_pages([sheet]) == [
        ["Left page text\nTrust Board | Report     3", "Right page text\nTrust Board | Report     4"]
    ]
    # Two equal cells of a table's last row, on one page only, with no page numbers: no spread.
    row = "Ward 4     Not applicable     Not applicable"
    assert sheet_pages([f"Ward      Status     Plan\n{row}"]) == [[f"Ward      Status     Plan\n{row}"]]
    # A line across the cut: no spread.
    across = "A sentence that runs right across the middle of the sheet and on" + " " * 40
    assert sheet_pages([f"{across}\n{footer}"]) == [[f"{across}\n{footer}"]]


def test_a_table_of_figures_does_not_go_on_into_the_commentary_in_two_columns_under_it(tmp_path):
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.table_over_text_columns_pdf())
    assert [b.text for b in parsed.blocks if b.header] == [" | ".join(layouts.STACKED_HEADER)]
    assert [b.text for b in rows(parsed)] == [" | ".join(row) for row in layouts.STACKED_ROWS]
    assert [b.text for b in parsed.blocks if b.kind == "paragraph"] == [
        layouts.STACKED_LEFT[0],
        " ".join(layouts.STACKED_LEFT[1:]),
        " ".join(layouts.STACKED_RIGHT),
    ]


def test_columns_of_text_stay_columns_when_a_sentence_ends_with_its_year_on_a_line_of_its_own(tmp_path):
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.text_columns_with_a_year_alone_pdf())
    assert not rows(parsed)
    assert [b.text for b in parsed.blocks] == [
        " ".join(layouts.COLUMN_LEFT[:3]),
        " ".join(layouts.COLUMN_LEFT[3:]),
        " ".join(layouts.COLUMN_RIGHT),
    ]


def test_a_list_running_from_one_column_of_text_into_the_next_keeps_its_order(tmp_path):
    # The left column's last item ends below the right column's last line: it is still the left column's.
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.flowing_list_pdf())
    items = [f"- {first} {second}" for first, second in layouts.FLOW_ITEMS + layouts.FLOW_RIGHT]
    assert [b.text for b in parsed.blocks] == [" ".join(layouts.FLOW_LEFT), *items, " ".join(layouts.FLOW_AFTER)]


def test_columns_of_text_within_a_column_beside_a_sidebar_are_read_column_by_column(tmp_path):
    # The sidebar's gutter runs the page's height; the three columns' gutters only under the lines across them.
    # A sentence running on from the foot of one column to the head of the next stays one paragraph.
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.foreword_columns_pdf())
    first, second, third = (" ".join(column) for column in layouts.FOREWORD_COLUMNS)
    assert [b.text for b in parsed.blocks if b.kind == "paragraph"] == [
        " ".join(layouts.FOREWORD_INTRO),
        f"{first} {second}",
        third,
    ]
    assert [b.text for b in parsed.blocks if b.kind == "list_item"] == [
        "- 1 in 5 residents is 65",
        "- 8.9 years: the gap in life expectancy",
        "- 12% of adults smoke",
    ]


def test_a_list_in_newspaper_columns_whose_items_start_level_is_read_column_by_column(tmp_path):
    # Items start on the same lines across the columns, as a table's rows do; but an item runs on from the foot of
    # the first column to the head of the second, which no table's cell does.
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.highlights_in_columns_pdf())
    assert not rows(parsed)
    assert [b.text for b in parsed.blocks] == [
        "Highlights of the year's programme in 2024/25:",
        "- Strength and balance classes: 1,140 residents in 38 venues.",
        "- Health checks: 9,870 checks for people aged 40 to 74, 14% more than the year before.",
        "- Stop smoking service: 1,215 people had quit at four weeks.",
        "- Warm homes: 2,300 visits.",
        "- Befriending: 640 older people matched with volunteers.",
        "- Flu vaccination: 78.4% of residents aged 65 and over vaccinated.",
    ]


def test_columns_of_text_over_a_ruled_table_are_read_column_by_column_under_a_running_header(tmp_path):
    # The sidebar runs on beside the ruled table, so one zone of columns took in the table's place and the running
    # header (with its year): the columns are read down to the table's title, and the header is no column's line.
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.columns_over_a_ruled_table_pdf())
    paragraphs = [b.text for b in parsed.blocks if b.kind == "paragraph"]
    columns = " ".join(line for column in layouts.REPORT_COLUMNS for line in column)
    assert columns.removeprefix("Falls ") in paragraphs
    assert any(p.startswith(" ".join(layouts.REPORT_SIDEBAR[:3])) for p in paragraphs)
    assert [b.text for b in parsed.blocks if b.kind == "table_row"] == [" | ".join(r) for r in layouts.REPORT_TABLE]
    assert not any("2025" in p for p in paragraphs)


def test_headline_figures_set_apart_and_staggered_each_keep_their_own_caption(tmp_path):
    # Rows of figures far apart (the table finder takes none of them whole); the middle figure of each row set
    # lower with its caption over it, on the line of its neighbours' captions.
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.staggered_figures_pdf())
    assert not rows(parsed)
    texts = [b.text for b in parsed.blocks]
    for n, (figure, caption) in enumerate(layouts.GLANCE_TILES):
        words = " ".join(caption)
        assert (f"{words} {figure}" if n % 3 == 1 else f"{figure} {words}") in texts
    assert len(texts) == len(layouts.GLANCE_TILES)


def test_a_bullet_set_apart_from_its_text_is_one_cell_with_it_but_a_dash_cell_is_a_value():
    from ingest.pdf_lines import cells_of

    assert [c.text for c in cells_of("•   Open a clinic      •  Hire staff")] == ["• Open a clinic", "• Hire staff"]
    assert [c.text for c in cells_of("Ward 4     -      12")] == ["Ward 4", "-", "12"]
    assert [c.text for c in cells_of("•            Far from its bullet")] == ["•", "Far from its bullet"]
    assert [c.text for c in cells_of("o   Second level")] == ["◦ Second level"]
    assert [c.text for c in cells_of("Ward o   12")] == ["Ward o", "12"]  # not opening the line: no bullet


def test_a_paragraph_between_a_header_and_its_rows_is_a_row_of_its_own_and_the_header_still_labels_them(tmp_path):
    # The introduction ends ":-", which reads as running on into the next line; a line
    # across the columns is a record of its own.
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.introduced_action_table_pdf())
    assert [b.text for b in rows(parsed)] == [
        " ".join(layouts.INTRODUCTION),
        *(f"{what} | {lead} | {due} | {measure}" for what, lead, due, measure in layouts.THEMED_ROWS),
    ]


# --- (p) tables drawn with ruled cells ----------------------------------------------------
def test_a_ruled_table_is_read_cell_by_cell_with_both_header_levels_and_over_a_page_break(tmp_path):
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.ruled_tables_pdf())
    texts = [b.text for b in rows(parsed)]
    # A cover sheet of labels and values has no header: each value keeps its own label.
    assert "Meeting | Finance Committee" in texts and "Agenda item | 7" in texts
    assert not any(b.header and "Meeting" in b.text for b in parsed.blocks)
    # A wrapped name is one cell, and the header has both levels over each figure's column.
    name, *figures = layouts.RULED_CLINICS[0]
    assert " | ".join([name, *figures]) in texts
    header = next(b.text for b in parsed.blocks if b.header)
    assert header.endswith(" | 2023/24 Q1 | 2023/24 Q2 | 2024/25 Q1 | 2024/25 Q2")
    # The row on the next page, with no header of its own, goes on in the table before (its header carried).
    name, *figures = layouts.RULED_CLINICS[3]
    last = next(b for b in rows(parsed) if b.text.startswith(name))
    assert last.page == 2 and last.text == " | ".join([name, *figures])
    assert last.table == next(b for b in rows(parsed) if b.text.startswith("Quayside")).table
    # The text around the tables is read once, in its place.
    words = " ".join(b.text for b in parsed.blocks)
    assert words.count("Quayside memory clinic") == 1 and words.count("Clinic activity report") == 1
    assert [b.text for b in parsed.blocks][-1] == "Contacts rose in every clinic over the year."


def test_a_ruled_table_on_a_page_drawn_at_a_scale_is_read_once(tmp_path):
    """A browser prints a page in device pixels under one scaling transformation: the table's words are left out of
    the layout text where the table's box is, in the page's points, and read from its cells only."""
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.drawn_at_scale(layouts.ruled_tables_pdf(), 0.8))
    texts = [b.text for b in rows(parsed)]
    assert "Meeting | Finance Committee" in texts
    name, *figures = layouts.RULED_CLINICS[0]
    assert " | ".join([name, *figures]) in texts
    words = " ".join(b.text for b in parsed.blocks)
    assert words.count("Quayside memory clinic") == 1 and words.count("Finance Committee") == 1


def test_a_ruled_grid_is_read_from_its_cells_only_under_a_bold_header(tmp_path):
    from ingest.pdf_ruled import ruled_tables

    (page,) = ruled_tables(layouts.ruled_grids_pdf(), 1)
    # Two grids are drawn; the one whose header looks like its rows is left to the layout reader.
    assert len(page) == 1
    assert [c.text for c in page[0].table.rows[0] if c is not None] == ["Practice", "GP", "Nurse", "Admin"]
    assert all(c is not None and c.bold for c in page[0].table.rows[0])


def test_a_ruled_row_broken_over_a_page_is_one_row(tmp_path):
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.broken_row_pdf())
    texts = [b.text for b in rows(parsed)]
    assert "R2 | Gaps in weekend cover for the community nursing teams | 12" in texts
    assert "R3 | Loss of the records system | 9" in texts
    assert sum("community nursing teams" in b.text for b in parsed.blocks) == 1


def test_text_beside_a_ruled_tables_top_row_is_read_and_the_table_kept(tmp_path):
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.ruled_table_with_a_side_note_pdf())
    assert "Podiatry | 9 weeks | 8 weeks" in [b.text for b in rows(parsed)]
    words = " ".join(b.text for b in parsed.blocks)
    assert words.count(layouts.RULED_SIDE_NOTE) == 1 and words.count("Audiology") == 1
    assert parsed.blocks[-1].text == "Both services met the 18-week standard."


def test_text_highlighted_run_by_run_is_read_as_prose_not_as_a_grid_of_word_pieces(tmp_path):
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.highlighted_runs_pdf())
    assert not rows(parsed)
    texts = [b.text for b in parsed.blocks]
    lines = ["".join(runs) for _, runs in layouts.HIGHLIGHTED_LINES]
    assert lines[0] in texts
    assert " ".join(lines[1:]) in texts


def test_a_drop_capital_is_read_back_into_the_word_it_opens(tmp_path):
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.drop_cap_pdf())
    text = " ".join(b.text for b in parsed.blocks)
    assert "W" + " ".join(layouts.DROP_CAP_TEXT) in text
    assert " W " not in f" {text} "


def test_a_letter_at_a_lines_start_without_text_wrapping_under_it_is_left_alone():
    from ingest.pdf_drop_caps import with_drop_caps

    rows = "A        applies to every ward\nB        applies to the day unit\nC        applies to clinics"
    assert with_drop_caps([rows]) == [rows]
    lead = "          ach ward keeps its own rota.\nE         very ward reports monthly."
    assert with_drop_caps([lead]) == [lead]  # no line wraps back under the "E"


STOCKTON = (
    Path(__file__).resolve().parents[3]
    / "shared/heldout/stockton-asc-health-select-committee-2023-10-24-gp-access-supplement.pdf"
)


@pytest.mark.skipif(not STOCKTON.exists(), reason="needs ../shared beside the repository")
def test_taking_ruled_tables_out_leaves_the_rest_of_the_page_laid_out_as_before():
    """A real slide whose prose sits beside a boxed list (no made-up page set in one font showed the fault):
    every line outside the table reads exactly as it did with the table in, no word run into the next."""
    from ingest.pdf_ruled import MARKERS, ruled_tables

    data = STOCKTON.read_bytes()
    reader = pypdf.PdfReader(io.BytesIO(data))
    tables = ruled_tables(data, len(reader.pages))[20]
    before = [line for line in layout_text(reader.pages[20]).splitlines() if line.strip()]
    after = [
        line
        for line in layout_text(reader.pages[20], tables, 21).splitlines()
        if line.strip() and not MARKERS.search(line)
    ]
    assert tables and after and all(line in before for line in after)


def test_a_grid_of_more_cells_than_a_table_prints_is_left_to_the_layout_reader():
    """Gridlines drawn over a whole page (graph paper, a chart's background): 50 by 50 boxes, a figure in every
    other box, the first row's in bold."""
    from fpdf import FPDF

    from ingest.pdf_ruled import ruled_tables

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=5)
    for i in range(51):
        pdf.line(10 + i * 3.8, 10, 10 + i * 3.8, 200)
        pdf.line(10, 10 + i * 3.8, 200, 10 + i * 3.8)
    for row in range(50):
        pdf.set_font("Helvetica", "B" if row == 0 else "", size=5)  # a bold first row, as a header would be
        for column in range(0, 50, 2):
            pdf.text(10.5 + column * 3.8, 12.5 + row * 3.8, str(row))
    assert ruled_tables(bytes(pdf.output()), 1) == [[]]


def test_a_running_footer_that_ends_in_the_page_number_is_read_once(tmp_path):
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.numbered_footer_pdf())
    texts = [b.text for b in parsed.blocks]
    assert [t for t in texts if layouts.NUMBERED_FOOTER in t] == [layouts.NUMBERED_FOOTER]
    assert not any("Page 3 of 5" in t for t in texts)
    assert sum(t.startswith("Section ") for t in texts) == 5


def test_a_typeset_table_with_short_year_headings_and_labels_wrapped_over_their_figures_keeps_its_rows(tmp_path):
    # Three ways a typeset report's table lost its labels: a header of financial years written short ("24/25") was
    # read as a row of figures, the first line of the first row's wrapped label as a second header line, and the
    # first row after the page break (its label wrapped too) as a paragraph starting a new table with no header.
    loaded, parsed, chunks = parse_pdf_bytes(tmp_path, layouts.typeset_table_pdf())
    assert len(loaded.pages) == 2
    header = " | ".join(layouts.FUND_HEADER)
    assert [b.text for b in parsed.blocks if b.header] == [header]
    assert [b.text for b in rows(parsed)] == [" | ".join(row) for row in layouts.FUND_ROWS]
    assert [b.page for b in rows(parsed)] == [1, 1, 1, 2, 2, 2, 2]
    assert len({b.table for b in rows(parsed)}) == 1
    assert parsed.blocks[-1].kind == "paragraph"  # the sentence under the table is not a row of it
    total = next(c for c in chunks if "Total | 2.0" in c.page_content)
    assert total.metadata["table_header"] == header


def test_a_page_in_two_columns_of_text_is_read_column_by_column_with_the_table_in_its_column(tmp_path):
    # Read across, each line of the page pairs a line of the left column with one of the right; the table in the
    # right column made the table finder take both columns' sentences for cells. Cut at the gutter, each column
    # reads as a page of its own.
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.two_column_page_pdf())
    texts = [b.text for b in parsed.blocks if b.page == 2]
    bullets = [t for t in texts if t.startswith("- ")]
    assert bullets == [line for line in layouts.PAGE_LEFT if line.startswith("- ")]
    left_end = next(i for i, t in enumerate(texts) if t.startswith("2.2 Tooth decay"))
    right_start = next(i for i, t in enumerate(texts) if t.startswith("3.1 The table shows"))
    assert left_end < right_start
    assert texts[right_start] == layouts.PAGE_RIGHT_TEXT
    header = [b.text for b in parsed.blocks if b.header]
    assert header == [" | ".join(layouts.PAGE_TABLE[0])]
    assert [b.text for b in rows(parsed)] == [" | ".join(row) for row in layouts.PAGE_TABLE[1:]]


def test_a_table_of_two_wrapped_text_columns_is_not_cut_into_two_pages():
    # A risk and its mitigation start on the same line, row after row: a table, not a page's two columns.
    left = "Staff shortages on the wards may delay discharges"
    right = "Agency cover is booked a month ahead for every ward"
    register = [
        f"{left:<58}{right}",
        f"{'and lengthen stays for older patients.':<58}{'and reviewed at the weekly staffing meeting.'}",
    ]
    page = "\n".join(["Risk register", "", "", *(register * 6), "", "", "Page 4"])
    assert column_pages(page) == [page]


def test_each_data_label_of_a_chart_is_read_beside_its_category_under_the_charts_title(tmp_path):
    # Read as text, a column chart's labels stand lines above their months, at their bars' heights, beside the
    # commentary's lines; a bar chart's labels a line off their services. Read by the charts' axes, each label is
    # a row with its category, the chart's title over them, and the commentary stays one paragraph.
    _, parsed, chunks = parse_pdf_bytes(tmp_path, layouts.labelled_charts_pdf())
    by_page = {page: [b.text for b in rows(parsed) if b.page == page] for page in (1, 2)}
    assert by_page[1] == [f"{m} | {v}" for m, v in zip(layouts.CHART_MONTHS, layouts.CHART_VALUES, strict=True)]
    assert by_page[2] == [f"{service} | {value}" for service, value in layouts.BARS]
    assert layouts.CHART_NOTE in [b.text for b in parsed.blocks]
    for title, row in ((layouts.CHART_TITLE, "Jun | 94.8%"), (layouts.BAR_TITLE, "Audiology | 139")):
        holding = [c for c in chunks if row in c.page_content]
        assert holding and all(title in c.page_content or c.metadata["section"].endswith(title) for c in holding)


def test_a_tables_row_going_up_in_equal_steps_is_no_chart_axis():
    # A monthly trend rising by the same amount each month is in equal steps, but not round ones as an axis's are;
    # and months heading a table stand over their figures, not under them.
    table = [
        "Measure                 Target    Jan      Feb      Mar",
        "",
        "Savings to date (£m)    7.40      5.90     6.40     6.90",
        "Capital spend (£m)      5.00      3.20     3.70     4.10",
        "Beds open               120       110      115      120",
    ]
    page = "\n".join(["Finance summary", "", *table, "", "Page 3"])
    assert chart_pages(page) == [page]


def test_dashboard_tiles_keep_their_status_word_and_caption_and_leave_the_titles_around_them_alone(tmp_path):
    # Each tile's status stands beside its figure, between it and the next tile's figure; a caption's wrapped
    # bracket leaves a "5.5%)" on a line of its own; the change line at the tiles' foot, one under each, is theirs;
    # the section title over the row and the table title under it are no tile's caption.
    _, parsed, _ = parse_pdf_bytes(tmp_path, layouts.status_tiles_pdf())
    texts = [b.text for b in parsed.blocks if not b.table]
    for figure, status, caption, change in layouts.STATUS_TILES:
        assert f"{figure} {status} {' '.join(caption)} {change}" in texts
    assert layouts.TILES_SECTION in texts and layouts.TILES_TABLE_TITLE in [b.text for b in parsed.blocks]
    assert [b.text for b in rows(parsed)] == [" | ".join(row) for row in layouts.TILES_TABLE[1:]]


def test_a_landscape_page_turned_into_a_portrait_pack_is_read_as_it_displays(tmp_path):
    # Its text runs up the page in the page's own coordinates, which layout mode leaves out as rotated text; read
    # turned back, as a reader of the pack sees it, the table keeps its rows, header and title.
    _, parsed, chunks = parse_pdf_bytes(tmp_path, layouts.turned_landscape_pdf())
    assert [b.text for b in rows(parsed)] == [" | ".join(row) for row in layouts.TURNED_TABLE[1:]]
    assert [b.text for b in parsed.blocks if b.header] == [" | ".join(layouts.TURNED_TABLE[0])]
    assert {b.page for b in rows(parsed)} == {2}
    holding = [c for c in chunks if "Ward refurbishment" in c.page_content]
    assert holding and all(
        layouts.TURNED_TITLE in c.page_content or c.metadata["section"].endswith(layouts.TURNED_TITLE) for c in holding
    )


def test_words_placed_one_by_one_keep_their_spaces(tmp_path):
    # A publishing tool draws each word as a text object of its own and makes the gaps by placing; layout mode's
    # grid, its character width averaged over the page's large figures too, let the small body text run past its
    # columns and wrote its words together ("Fallscausingmoderate"). Each sentence now reads with its spaces, and
    # the figures beside it stay where they were.
    page = pypdf.PdfReader(io.BytesIO(layouts.words_placed_one_by_one_pdf())).pages[0]
    text = layout_text(page)
    for sentence in layouts.PLACED_SENTENCES:
        assert sentence in text
    for figure, caption in layouts.PLACED_FIGURES:
        assert figure in text and caption in text
    _, parsed, chunks = parse_pdf_bytes(tmp_path, layouts.words_placed_one_by_one_pdf())
    assert any(layouts.PLACED_SENTENCES[1] in c.page_content for c in chunks)


def test_columns_under_an_introduction_across_the_page_read_down_each_column(tmp_path):
    # A designed page: a title and introduction across the page, two columns of justified words placed one by one
    # (layout text sets them up to several spaces apart), a note across the foot. The page is not columns from top
    # to foot, and the columns' words were not one run, so the two columns were read line by line across each
    # other. Now the band of columns is read down each column in turn, between the lines across the page.
    _, parsed, chunks = parse_pdf_bytes(tmp_path, layouts.banded_justified_columns_pdf())
    text = "\n".join(c.page_content for c in chunks)
    flat = " ".join(text.split())
    for paragraph in (*layouts.BANDED_LEFT, *layouts.BANDED_RIGHT, *layouts.BANDED_INTRO, layouts.BANDED_NOTE):
        assert paragraph in flat
    assert flat.index(layouts.BANDED_INTRO[-1]) < flat.index(layouts.BANDED_LEFT[0])
    assert flat.index(layouts.BANDED_LEFT[-1]) < flat.index(layouts.BANDED_RIGHT[0])
    assert flat.index(layouts.BANDED_RIGHT[-1]) < flat.index(layouts.BANDED_NOTE)


ASIDE_PROSE = textwrap.wrap(
    "Our community teams made more home visits this year than ever before, and most patients were seen within two "
    "days of being referred by their GP. The rapid response service now covers the whole county seven days a week. "
    "Waiting times for therapy fell in every locality, although the east of the county still waits longest for a "
    "first appointment with a physiotherapist. We opened two new clinics in market towns, so fewer people need to "
    "travel far for their care. Staff turnover came down for the second year running, and sickness absence is now "
    "below the regional average for community trusts of our size. Volunteers gave more of their time than in any "
    "year since the trust was formed, on the wards, in the clinics and driving patients to appointments across the "
    "county, and the friends and family test rated our services good or very good in nine cases out of ten.",
    78,
)


def test_key_figures_set_beside_a_column_of_text_are_read_after_it_not_across_it():
    # A made-up summary page: a column of figures and their labels in the margin, beside the running text. Read across,
    # each figure landed in the middle of a sentence and its label two lines away from it.
    aside = ["", "", "", "48,200", "home visits", "", "", "1,930", "staff", "", "12", "clinics"]
    lines = [f"{text:<82}{figure}".rstrip() for text, figure in zip(ASIDE_PROSE, aside, strict=False)]
    header = f"{'Riverside Community Trust':<100}Annual summary 2025/26"
    page = "\n".join([header, "", "", *lines, "", "", "Page 2"])
    pieces = column_pages(page)
    assert any(ASIDE_PROSE[0] in piece and ASIDE_PROSE[-1] in piece and "48,200" not in piece for piece in pieces)
    figures = next(piece for piece in pieces if "48,200" in piece)
    read = [line.strip() for line in figures.split("\n") if line.strip()]
    assert read[read.index("48,200") :] == ["48,200", "home visits", "1,930", "staff", "12", "clinics"]


def test_a_short_column_whose_entries_start_with_the_rows_of_the_text_beside_it_is_a_table():
    # A made-up action log: each action's status stands on the line where the action starts. A table, not an aside.
    actions = [
        ("Review the discharge policy with the ward managers and", "Complete"),
        ("report back to the committee in March.", ""),
        ("Publish the updated visiting hours on the website and in", "Open"),
        ("every ward entrance by the end of the month.", ""),
        ("Agree the winter staffing plan with the two acute trusts", "Open"),
        ("before the November board meeting takes place.", ""),
    ]
    lines = [f"{action:<82}{status}" for action, status in actions * 2]
    page = "\n".join(["Action log", "", "", *lines, "", "", "Page 5"])
    assert column_pages(page) == [page]


def test_a_column_of_scores_beside_descriptions_without_full_stops_is_a_table():
    # A made-up risk register: descriptions wrap without full stops and each has its score on its first line. The
    # scores are figures with no label under them: a table's column, not key figures set beside the text.
    risks = [
        ("Insufficient capacity in the community to discharge patients who", "16"),
        ("are medically fit leading to delays in the acute wards", ""),
        ("Failure to deliver the cost improvement programme because of", "20"),
        ("reliance on non-recurrent savings in the current year", ""),
    ]
    lines = [f"{risk:<82}{score}".rstrip() for risk, score in risks * 3]
    header = f"{'Riverside Community Trust':<100}Risk register 2025/26"
    page = "\n".join([header, "", "", *lines, "", "", "Page 7"])
    assert len(column_pages(page)) == 1


@pytest.mark.parametrize("introduction", [False, True])
def test_a_display_title_spread_over_the_gutter_below_it_is_read_whole_above_the_columns(introduction):
    # A made-up quality account page: a design tool sets the title's words in large type, far apart on the layout
    # grid, and the gutter of the two columns under it runs between "for" and "2027/28". Cut there, the title lost
    # its year to the top of the right column; it is one line, read above both columns (on a page of columns, or
    # in a band of columns under an introduction across the page).
    left = [
        *textwrap.wrap(
            "We asked 1,460 patients, carers, staff and governors which areas mattered most to them, online and at "
            "eleven events in our hospitals. These are the priorities they chose.",
            44,
        ),
        "",
        *textwrap.wrap(
            "Shorter waits in A&E. Fewer than 3% of patients will wait more than twelve hours in our emergency "
            "departments, and a new frailty unit will open beside the department in the autumn.",
            44,
        ),
    ]
    right = [
        *textwrap.wrap(
            "Going home earlier. We will discharge a third of our patients before midday, and every ward will hold "
            "its board round before half past nine in the morning.",
            44,
        ),
        "",
        *textwrap.wrap(
            "Safer care for people with a learning disability. We will flag every such patient on our electronic "
            "record, so that reasonable adjustments are made from the moment they arrive. We will report progress "
            "on all three priorities to the Trust Board every quarter, and in next year's Quality Account.",
            44,
        ),
    ]
    title = f"{'Our':<12}{'plans':<26}{'for':<12}2027/28"
    assert title.index("2027/28") > 48  # right of the gutter
    body = [f"{a:<50}{b}".rstrip() for a, b in itertools.zip_longest(left, right, fillvalue="")]
    header = f"{'Riverside Community Trust':<100}Quality Account summary"
    intro = textwrap.wrap(
        "This summary sets out what we will do next year and how we chose it, with the people who use our services, "
        "their carers and our staff. Each priority has a measure, and we will report on every one of them to the "
        "Trust Board each quarter and in next year's Quality Account.",
        96,
    )
    cells = f"{'Wards':<12}{'Beds':<12}Staff"  # a row of one-word cells in the left column keeps its spaces
    top = [*(intro if introduction else []), cells, "LOOKING AHEAD", title]
    page = "\n".join([header, "", "", *top, "", *body, "", "", "Page 4"])
    running = {"Riverside Community Trust Quality Account summary", "Page #"}  # on every page of the summary
    pieces = [piece for piece in column_pages(page, running) if piece.strip()]
    lines = [" ".join(line.split()) for piece in pieces for line in piece.split("\n") if line.strip()]
    assert "Our plans for 2027/28" in lines
    assert lines.index("Our plans for 2027/28") < lines.index(left[0])
    assert lines.index(left[-1]) < lines.index(right[0])  # down the left column, then the right
    assert not any(line.startswith("2027/28") for line in lines)
    assert any(cells in piece.split("\n") for piece in pieces)


def test_a_box_of_ratings_announced_in_a_column_of_text_stays_in_its_column():
    # A made-up summary page: the left column's paragraph announces a box of ratings ("... as a whole:"), a small
    # table of two runs a line; the right column is running text. The left column has too few lines of running
    # text to be read as a column on its own, so the page was read across: each rating beside a sentence of the
    # audit column. The box is now part of its column's text.
    left = [
        "WHAT THE INSPECTORS SAY",
        "The inspectors last visited our hospitals in",
        "May 2025, looked at the medical wards, the",
        "maternity unit and urgent care, and published",
        "their report in July. These are our ratings",
        "for the trust as a whole:",
        f"{'Safe':<20}Requires improvement",
        f"{'Effective':<20}Good",
        f"{'Caring':<20}Outstanding",
        f"{'Responsive':<20}Good",
        f"{'Well-led':<20}Good",
    ]
    right = [
        "CLINICAL AUDIT",
        "We took part in 48 of the 50 national clinical",
        "audits that applied to our services. The two we",
        "missed were the audit of hip fractures, because",
        "of a change of lead, and one month of the falls",
        "audit, which was submitted late.",
        "",
        "LEARNING FROM DEATHS",
        "Every death in our hospitals was reviewed by a",
        "medical examiner, and 150 had a detailed review.",
        "Four deaths were judged more likely than not to",
        "have been avoidable, and we met each family.",
    ]
    body = [f"{a:<52}{b}".rstrip() for a, b in itertools.zip_longest(left, right, fillvalue="")]
    header = f"{'Riverside Hospitals NHS Trust':<100}Quality Account summary"
    page = "\n".join([header, "", "", *body, "", "", "Page 3"])
    running = {"Riverside Hospitals NHS Trust Quality Account summary", "Page #"}
    pieces = [piece for piece in column_pages(page, running) if piece.strip()]
    box = next(piece for piece in pieces if "Outstanding" in piece)
    read = [" ".join(line.split()) for line in box.split("\n") if line.strip()]
    assert read[read.index(left[5]) :] == [" ".join(line.split()) for line in left[5:]]
    assert not any("audit" in line for line in read)


def test_a_scorecard_of_ratings_and_comments_announced_by_a_lead_in_stays_one_table():
    # A made-up scorecard under a lead-in ending ':': each domain's rating and its one-sentence comment start on one
    # line. The ratings look like a box set in a column, but the comments beside start with them, row for row: a
    # table, not a column of text beside a box.
    rows = [
        ("Safe", "Amber", "Staffing on two wards fell below the safe level."),
        ("Effective", "Green", "Sepsis screening reached 94 per cent in March."),
        ("Caring", "Green", "Friends and family test stayed above 95 per cent."),
        ("Responsive", "Red", "Cancer 62 day standard missed for six months."),
        ("Well-led", "Amber", "New divisional structure in place since April."),
        ("Finance", "Red", "Deficit of 2.3 million pounds against the plan."),
        ("Workforce", "Amber", "Vacancy rate down to 7.1 per cent of posts."),
        ("Estates", "Red", "Two theatres closed for ventilation works."),
    ]
    lead = ["The board is asked to note the", "position in each domain below:"]
    body = [f"{line:<40}" for line in lead] + [f"{d:<20}{r:<20}{c}" for d, r, c in rows]
    header = f"{'Riverside Hospitals NHS Trust':<100}Board report"
    page = "\n".join(
        [header, "", "", "INTEGRATED PERFORMANCE SCORECARD", *(b.rstrip() for b in body), "", "", "Page 3"]
    )
    assert column_pages(page, {"Riverside Hospitals NHS Trust Board report", "Page #"}) == [page]


def test_a_one_word_heading_beside_a_tables_header_is_no_display_title():
    # A made-up page: "Finance" heads the left column and a table of one-word cells opens the right one. The two
    # together are three words set far apart, as a display title's are, but the header's words stand over the
    # rows' cells: it stays the right column's table header.
    def wrap(text: str) -> list[str]:
        return textwrap.wrap(text, 46)

    left = [
        "Finance",
        *wrap(
            "The trust ended the third quarter with a deficit of 2.3 million pounds, which is 0.4 million pounds "
            "worse than plan. Pay costs ran above budget on the medical wards."
        ),
        "",
        *wrap(
            "Agency spending fell for the fourth month running, and the cost improvement programme delivered 81 per "
            "cent of its target. The board asked for a recovery plan by the end of January, with monthly reports to "
            "the finance committee and a review of every vacancy held open for more than three months."
        ),
    ]
    table = [
        f"{'Service':<16}{'Plan':<10}Actual",
        f"{'Podiatry':<16}{'1,200':<10}1,350",
        f"{'Speech':<16}{'640':<10}702",
        f"{'Wheelchairs':<16}{'310':<10}298",
    ]
    right = [
        *table,
        "",
        *wrap(
            "Referrals to community services rose again this quarter, and waiting times for podiatry and speech and "
            "language therapy lengthened. The figures compare the quarter with the plan and with last year, for the "
            "three services that the board asked about in October."
        ),
        "",
        *wrap(
            "Podiatry waits are the longest since 2019, and the service has two vacancies it has not been able to "
            "fill since the summer."
        ),
    ]
    body = [f"{a:<52}{b}".rstrip() for a, b in itertools.zip_longest(left, right, fillvalue="")]
    header = f"{'Riverside Hospitals NHS Trust':<100}Board report"
    page = "\n".join([header, "", "", *body, "", "", "Page 3"])
    pieces = column_pages(page, {"Riverside Hospitals NHS Trust Board report", "Page #"})
    read = [[" ".join(line.split()) for line in piece.split("\n") if line.strip()] for piece in pieces]
    assert any(lines[:4] == [" ".join(row.split()) for row in table] for lines in read)
    assert not any("Finance Service" in line for lines in read for line in lines)
