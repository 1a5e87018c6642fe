"""Markdown (with embedded HTML) into blocks: tables as rows, tags gone, no text lost."""

from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.blocks import HEADING, LIST_ITEM, PARAGRAPH, SOFT_HEADING_LEVEL, TABLE_ROW
from ingest.markdown import parse_markdown
from tests.helpers import CORPUS_DIR, ICP_PAPER, RECOVERY_PLAN


def kinds(parsed):
    return [(b.kind, b.text) for b in parsed.blocks]


def rows(parsed):
    return [b.text for b in parsed.blocks if b.kind == TABLE_ROW]


def test_html_table_becomes_rows_of_cells():
    parsed = parse_markdown(
        "Intro line.\n\n"
        "<table><tr><td><b>Borough</b></td><td><b>Beds</b></td></tr>"
        "<tr><td><p>Bexley &amp; Bromley</p></td><td>1,234</td></tr>"
        "<tr><td>Lewisham</td><td><ul><li>ward A</li><li>ward B</li></ul></td></tr></table>\n\n"
        "After the table.\n"
    )
    assert rows(parsed) == ["Borough | Beds", "Bexley & Bromley | 1,234", "Lewisham | • ward A • ward B"]
    assert "<" not in "".join(rows(parsed)) and "&amp;" not in parsed.text
    assert kinds(parsed)[0] == (PARAGRAPH, "Intro line.") and kinds(parsed)[-1] == (PARAGRAPH, "After the table.")
    assert len({b.table for b in parsed.blocks if b.kind == TABLE_ROW}) == 1


def test_tab_separated_rows_with_html_cells_as_in_the_shipped_papers():
    parsed = parse_markdown(
        "No.\tItem\tPaper\tLead\n"
        "1.\t<p><b>Welcome and introduction</b></p> <p><i>Receive apologies</i></p>\tA\tRD / KW\n"
    )
    assert rows(parsed) == [
        "No. | Item | Paper | Lead",
        "1. | Welcome and introduction Receive apologies | A | RD / KW",
    ]


def test_entities_are_unescaped_and_tags_stripped_in_text():
    parsed = parse_markdown("Spend of &pound;3m&nbsp;was <b>agreed</b> &ndash; see <i>annex</i> &#8220;B&#8221;.")
    assert parsed.text == "Spend of £3m was agreed – see annex “B”."


def test_a_stray_less_than_sign_survives():
    parsed = parse_markdown("Few needed to self-isolate (<3%), and a < b holds; 2<3 too.")
    assert parsed.text == "Few needed to self-isolate (<3%), and a < b holds; 2<3 too."


def test_pipe_table_header_and_merged_cells():
    parsed = parse_markdown("| Area | Q1 | Q2 |\n|---|:---:|---:|\n| Bexley | 10 | 12 |\n| Total | Total | 22 |\n")
    blocks = [b for b in parsed.blocks if b.kind == TABLE_ROW]
    assert [b.text for b in blocks] == ["Area | Q1 | Q2", "Bexley | 10 | 12", "Total |  | 22"]
    assert [b.header for b in blocks] == [True, False, False]


def test_placeholder_header_cells_of_converted_pdfs_are_dropped():
    # "Col2" is what a PDF-to-Markdown converter writes for an empty header cell, not a label.
    parsed = parse_markdown("|Summary report|Col2|\n|---|---|\n|Item No:|5|\n|Col2 review|Col3|\n")
    assert rows(parsed) == ["Summary report", "Item No: | 5", "Col2 review | Col3"]
    assert [b.header for b in parsed.blocks] == [True, False, False]


def test_equal_figures_in_neighbouring_columns_are_both_kept():
    # A merged label repeats its text; two columns with the same figure are two facts.
    parsed = parse_markdown("| Area | Q1 | Q2 |\n|---|---|---|\n| Bexley | 10 | 10 |\n")
    assert rows(parsed)[1] == "Bexley | 10 | 10"


def test_a_merged_cell_of_prose_with_figures_is_said_once():
    # A converter writes a cell spanning four columns four times; its figures do not make it four facts.
    summary = "We cut running costs by 45% by quarter 3 and opened 2 new clinics."
    parsed = parse_markdown("| Summary | | | |\n|---|---|---|---|\n" + "|" + f"{summary}|" * 4 + "\n")
    assert rows(parsed)[1] == summary


def test_bold_only_lines_are_soft_headings():
    parsed = parse_markdown(
        "# Paper\n\n**Bexley Local Care Partnership**\n\nText about Bexley.\n\n"
        "**This bold line is a sentence.**\n\nMore text.\n"
    )
    assert kinds(parsed) == [
        (HEADING, "Paper"),
        (HEADING, "Bexley Local Care Partnership"),
        (PARAGRAPH, "Text about Bexley."),
        (PARAGRAPH, "This bold line is a sentence."),
        (PARAGRAPH, "More text."),
    ]
    assert [b.level for b in parsed.blocks[:2]] == [1, SOFT_HEADING_LEVEL]


def test_bold_lines_repeated_as_running_headers_are_not_headings():
    text = "\n\n".join(f"**Item 5**\n\nPage {i} text." for i in range(3))
    parsed = parse_markdown(text)
    assert not any(b.is_heading for b in parsed.blocks)
    assert "Item 5" in parsed.text


def test_lists_and_markdown_markup():
    parsed = parse_markdown(
        "- first *point* with [a link](http://x.org/a_(b))\n- second \\*literal\\* star\n1. numbered\n"
    )
    assert kinds(parsed) == [
        (LIST_ITEM, "- first point with a link"),
        (LIST_ITEM, "- second *literal* star"),
        (LIST_ITEM, "1. numbered"),
    ]


def test_bullets_of_converted_pdfs_open_list_items():
    parsed = parse_markdown("■ Wards\n\n· Clinics\n\n➢ Homes\n\n— Hubs\n\n*Not a bullet*\n")
    assert kinds(parsed) == [
        (LIST_ITEM, "- Wards"),
        (LIST_ITEM, "- Clinics"),
        (LIST_ITEM, "- Homes"),
        (LIST_ITEM, "- Hubs"),
        (PARAGRAPH, "Not a bullet"),
    ]


def test_block_offsets_point_into_the_normalised_text():
    parsed = parse_markdown((CORPUS_DIR / ICP_PAPER).read_text(encoding="utf-8"))
    for block in parsed.blocks:
        assert parsed.text[block.start : block.end] == block.text


def _html_cells(source: str) -> list[str]:
    cells = re.findall(r"<t[dh]\b[^>]*>(.*?)</t[dh]>", source, flags=re.S | re.I)
    out = []
    for cell in cells:
        text = html.unescape(re.sub(r"<[^>]+>", " ", cell))
        text = " ".join(text.replace("*", "").split())
        if text:
            out.append(text)
    return out


def test_every_cell_of_the_shipped_corpus_tables_is_kept():
    for name in (ICP_PAPER, RECOVERY_PLAN):
        source = (CORPUS_DIR / name).read_text(encoding="utf-8")
        flat = " ".join(parse_markdown(source).text.replace("*", "").replace("•", " ").split())
        cells = _html_cells(source)
        missing = [c for c in cells if " ".join(c.replace("•", " ").split()) not in flat]
        assert not missing, f"{name}: {len(missing)} of {len(cells)} cells lost, e.g. {missing[:3]}"


def test_the_shipped_recovery_plan_keeps_its_less_than_sign():
    parsed = parse_markdown((CORPUS_DIR / RECOVERY_PLAN).read_text(encoding="utf-8"))
    assert "self-isolate during the COVID pandemic (<3%)." in parsed.text


# Prose of words, figures and signs that are not Markdown markup: every character survives.
_PROSE = st.text(alphabet=st.sampled_from(list("abcXYZ019 <%().,;:'£")), min_size=1, max_size=120)


@settings(max_examples=200, deadline=None)
@given(_PROSE)
def test_plain_prose_loses_no_characters(text):
    parsed = parse_markdown(text)
    assert "".join(parsed.text.split()) == "".join(text.split())


PLAIN_MINUTES = """LOWFIELD PARISH HEALTH FORUM

PRESENT
=======

Councillor Ada Brill (Chair)

12. COMMUNITY TRANSPORT
-----------------------

12.1  The forum heard that the dial-a-ride service carried more
      passengers this year.

Table 1: Trips by route

Route              Trips      Trips        Note
                   2031/32    2030/31
------------------------------------------------------------
North loop         4,120      3,880        Extra Saturday
                                           run from May
Hospital shuttle   2,905      3,010        Driver vacancy
(weekdays)
Total              7,025      6,890
------------------------------------------------------------

12.2  The forum agreed to review the routes in the spring.
"""


def test_plain_text_reads_underlined_titles_as_headings_and_space_aligned_tables_with_their_header():
    parsed = parse_markdown(PLAIN_MINUTES, markdown=False)
    headings = [(b.text, b.level) for b in parsed.blocks if b.kind == HEADING]
    assert headings == [("PRESENT", 1), ("12. COMMUNITY TRANSPORT", 2)]
    rows = [b for b in parsed.blocks if b.kind == TABLE_ROW]
    assert [b.text for b in rows if b.header] == ["Route | Trips 2031/32 | Trips 2030/31 | Note"]
    assert [b.text for b in rows if not b.header] == [
        "North loop | 4,120 | 3,880 | Extra Saturday run from May",
        "Hospital shuttle (weekdays) | 2,905 | 3,010 | Driver vacancy",
        "Total | 7,025 | 6,890",
    ]
    assert len({b.table for b in rows}) == 1
    assert "---" not in parsed.text and "===" not in parsed.text  # rules are not text
    paragraphs = [b.text for b in parsed.blocks if b.kind == PARAGRAPH]
    assert "12.1 The forum heard that the dial-a-ride service carried more passengers this year." in paragraphs
    assert paragraphs[-1] == "12.2 The forum agreed to review the routes in the spring."


def test_a_markdown_title_underlined_is_a_heading_but_a_sentence_over_a_rule_is_not():
    parsed = parse_markdown("Finance update\n==============\n\nSpend rose.\n\nThe board noted the report.\n---\n")
    assert [(b.kind, b.text, b.level) for b in parsed.blocks] == [
        (HEADING, "Finance update", 1),
        (PARAGRAPH, "Spend rose.", 0),
        (PARAGRAPH, "The board noted the report.", 0),
    ]
