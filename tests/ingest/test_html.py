"""HTML documents into blocks: structure kept, scripts dropped, escaped text kept as text."""

from __future__ import annotations

from ingest.blocks import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW
from ingest.html import parse_html
from ingest.structure import describe

PAGE = """<!DOCTYPE html>
<html><head><title>Trust Board papers</title>
<style>.x { color: red }</style>
<script>var secret = "<b>not text</b>"; if (a < b) { run(); }</script>
</head>
<body>
<h1>Trust Board</h1>
<p>Meeting held on 12&nbsp;March 2024 &ndash; public session.</p>
<script type="text/javascript">document.write("tracking pixel");</script>
<noscript>Enable JavaScript</noscript>
<h2>Item 2 Enclosure B</h2>
<p>Write &lt;script&gt;alert(1)&lt;/script&gt; in a form and it shows as text. Under (&lt;3%) of staff; A &amp; E.</p>
<p>Names like a_b_c, *stars*, #tags and pipes | stay literal.</p>
<ul><li>First <b>point</b></li><li>Second &pound;5m point</li></ul>
<table>
  <tr><th>Site</th><th>Beds</th><th>Occupancy</th></tr>
  <tr><td>King&#39;s</td><td>1,024</td><td>94%</td></tr>
  <tr><td colspan="2">Total across <i>both</i> sites</td><td>92%</td></tr>
</table>
</body></html>
"""


def test_headings_paragraphs_lists_and_tables():
    parsed = parse_html(PAGE)
    blocks = [(b.kind, b.level, b.text) for b in parsed.blocks]
    assert blocks[:3] == [
        (HEADING, 1, "Trust Board"),
        (PARAGRAPH, 0, "Meeting held on 12 March 2024 – public session."),
        (HEADING, 2, "Item 2 Enclosure B"),
    ]
    assert (LIST_ITEM, 0, "- First point") in blocks and (LIST_ITEM, 0, "- Second £5m point") in blocks
    assert [b.text for b in parsed.blocks if b.kind == TABLE_ROW] == [
        "Site | Beds | Occupancy",
        "King's | 1,024 | 94%",
        "Total across both sites |  | 92%",  # the merged cell said once, 92% still under its own column
    ]


def test_th_row_is_the_table_header():
    parsed = parse_html(PAGE)
    rows = [b for b in parsed.blocks if b.kind == TABLE_ROW]
    assert [b.header for b in rows] == [True, False, False]


def test_script_style_and_noscript_contents_are_dropped():
    text = parse_html(PAGE).text
    for dropped in ("secret", "not text", "run()", "tracking pixel", "color: red", "Enable JavaScript"):
        assert dropped not in text


def test_escaped_markup_is_kept_as_text():
    text = parse_html(PAGE).text
    assert "Write <script>alert(1)</script> in a form and it shows as text." in text
    assert "Under (<3%) of staff; A & E." in text


def test_text_is_not_read_as_markdown_a_second_time():
    text = parse_html(PAGE).text
    assert "Names like a_b_c, *stars*, #tags and pipes | stay literal." in text


def test_title_element_is_used_when_there_is_no_h1():
    parsed = parse_html(
        "<html><head><title>Audit &amp; Risk Committee</title></head>"
        "<body><p>Minutes of the meeting on 3 May 2023.</p></body></html>"
    )
    assert parsed.blocks[0].kind == HEADING and parsed.blocks[0].text == "Audit & Risk Committee"
    info = describe("audit.html", "audit.html", "html", parsed)
    assert (info.title, info.date, info.meeting) == ("Audit & Risk Committee", "2023-05-03", "Audit & Risk Committee")


def test_block_offsets_point_into_the_normalised_text():
    parsed = parse_html(PAGE)
    for block in parsed.blocks:
        assert parsed.text[block.start : block.end] == block.text


SITE_PAGE = """<html><head><title>Committee minutes - Borough website</title></head><body>
<header><a href="/">Borough home</a><nav><ul><li>Bins and recycling</li><li>Council tax</li></ul></nav></header>
<div class="breadcrumb" role="navigation">Home &gt; Meetings &gt; Minutes</div>
<main>
<h1>Health Committee, 9 May 2024</h1>
<dl><dt>Venue</dt><dd>Room 4, Civic Centre</dd><dt>Chair:</dt><dd>Cllr Ada Finch</dd></dl>
<details><summary>Declarations of interest</summary><p>None were declared.</p></details>
<table>
<tr><th>Ward</th><th>Measure</th><th>2023</th></tr>
<tr><td rowspan="2">Northgate</td><td>Visits</td><td>410</td></tr>
<tr><td>Referrals</td><td>97</td></tr>
<tr><td>Southgate</td><td>Visits</td><td>388</td></tr>
</table>
</main>
<footer>Cookies | Accessibility statement | Contact us</footer>
</body></html>
"""


def test_a_page_with_main_content_is_read_from_there_only():
    text = parse_html(SITE_PAGE).text
    for chrome in ("Borough home", "Bins and recycling", "Home > Meetings", "Cookies", "Accessibility statement"):
        assert chrome not in text
    assert "Health Committee, 9 May 2024" in text and "None were declared." in text


def test_navigation_is_dropped_even_without_main_content():
    page = SITE_PAGE.replace("<main>", "<div>").replace("</main>", "</div>")
    text = parse_html(page).text
    assert "Bins and recycling" not in text and "Home > Meetings" not in text
    assert "Cookies" in text  # no main content marked: the rest of the page is kept


def test_a_page_whose_main_content_is_empty_or_misnamed_is_read_whole():
    empty_main = SITE_PAGE.replace("<main>", '<main></main><div role="main-menu">').replace(
        "</main>\n<footer", "</div>\n<footer"
    )
    text = parse_html(empty_main).text
    assert "Health Committee, 9 May 2024" in text and "Bins and recycling" not in text  # menus still left out


def test_a_term_and_its_description_are_one_line():
    blocks = [b.text for b in parse_html(SITE_PAGE).blocks]
    assert "Venue: Room 4, Civic Centre" in blocks and "Chair: Cllr Ada Finch" in blocks


def test_a_summary_is_a_block_of_its_own():
    blocks = [b.text for b in parse_html(SITE_PAGE).blocks]
    assert "Declarations of interest" in blocks and "None were declared." in blocks


def test_a_row_label_spanning_rows_labels_each_of_them():
    rows = [b.text for b in parse_html(SITE_PAGE).blocks if b.kind == TABLE_ROW]
    assert rows == [
        "Ward | Measure | 2023",
        "Northgate | Visits | 410",
        "Northgate | Referrals | 97",  # not "Referrals | 97" shifted under Ward and Measure
        "Southgate | Visits | 388",
    ]
