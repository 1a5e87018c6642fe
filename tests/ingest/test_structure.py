"""Structure: dates, titles and meetings, from the manifest where there is one, else from the text."""

from __future__ import annotations

import pytest

from ingest.blocks import HEADING, PARAGRAPH, Block
from ingest.manifest import load_manifest
from ingest.markdown import parse_markdown
from ingest.structure import SectionTracker, describe, find_date
from tests.helpers import CORPUS_DIR, ICP_PAPER, RECOVERY_PLAN, SOUTH_BOARD
from vectorstore.dates import date_to_int, human_date


def items_of(blocks):
    """The item the tracker holds at each block, by the block's text."""
    tracker = SectionTracker(blocks)
    items = {}
    for block in blocks:
        tracker.observe(block)
        items[block.text] = tracker.item
    return items


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Meeting on 25 April 2023 at 13.00", "2023-04-25"),
        ("Thursday, 1st March 2022", "2022-03-01"),
        ("2nd Feb 2021", "2021-02-02"),
        ("5 Sept. 2019", "2019-09-05"),
        ("held 3 Sep, 2020", "2020-09-03"),
        ("dated 12/03/2024", "2024-03-12"),
        ("2023-04-25 papers", "2023-04-25"),
        ("Recovery Plan October 2020", "2020-10"),
        ("sel-recovery-plan-2020-10.md", "2020-10"),
        ("board-papers-2023-04-25.pdf", "2023-04-25"),
        ("board_papers_2023_05_12.pdf", "2023-05-12"),
        ("trust_board_2024_01.pdf", "2024-01"),
        ("An update in May 2021, then the meeting of 14 March 2024", "2024-03-14"),
        ("first 2 June 2022, later 9 July 2022", "2022-06-02"),
        ("31/13/2023 is no date", None),
        ("reference 1234567 and 2019 alone", None),
        ("no date at all", None),
    ],
)
def test_find_date(text, expected):
    assert find_date(text) == expected


def test_date_helpers():
    assert date_to_int("2023-04-25") == 20230425 and date_to_int("2020-10") == 20201001 and date_to_int(None) is None
    assert human_date("2023-04-25") == "25 April 2023" and human_date("2020-10") == "October 2020"
    assert human_date(None) == ""


def _describe(name: str, text: str, entry: dict | None = None):
    return describe(name, name, "markdown", parse_markdown(text), entry)


def test_shipped_icp_paper_metadata_comes_from_the_manifest():
    entry = load_manifest(CORPUS_DIR)[ICP_PAPER]
    info = _describe(ICP_PAPER, (CORPUS_DIR / ICP_PAPER).read_text(encoding="utf-8"), entry)
    assert info.meeting == "Integrated Care Partnership"
    assert info.date == "2023-04-25"
    assert info.meeting_label == "Integrated Care Partnership, 25 April 2023"
    assert info.title == "South East London Integrated Care Partnership papers, 25 April 2023"
    assert info.licence == "Open Government Licence v3.0"
    assert info.publisher == "NHS South East London Integrated Care Board"


def test_shipped_icp_paper_without_manifest_is_read_from_its_text():
    info = _describe(ICP_PAPER, (CORPUS_DIR / ICP_PAPER).read_text(encoding="utf-8"))
    assert info.meeting == "Integrated Care Partnership"
    assert info.date == "2023-04-25"
    assert info.title == "Integrated Care Partnership"


def test_manifest_can_say_a_document_has_no_meeting():
    entry = load_manifest(CORPUS_DIR)[RECOVERY_PLAN]
    info = _describe(RECOVERY_PLAN, (CORPUS_DIR / RECOVERY_PLAN).read_text(encoding="utf-8"), entry)
    assert info.meeting is None and info.meeting_label is None
    assert (info.date, info.date_int) == ("2020-10", 20201001)
    assert info.title == "Our Healthier South East London Recovery Plan"


def test_manifestless_document_infers_title_date_and_meeting():
    info = _describe("south.md", SOUTH_BOARD)
    assert info.title == "South Borough Health Board"
    assert info.date == "2024-03-14"
    assert info.meeting == "South Borough Health Board"
    assert info.meeting_label == "South Borough Health Board, 14 March 2024"


def test_meeting_line_with_its_date_and_a_title_from_the_file_name():
    info = _describe(
        "governing-body-2021-07-08.md", "Minutes of the Audit Committee, 8 July 2021\n\nThe committee met in public.\n"
    )
    assert info.meeting == "Audit Committee"
    assert info.date == "2021-07-08"
    assert info.title == "Governing body 2021 07 08"


def test_date_falls_back_to_the_file_name():
    info = _describe("strategy-2022-11.md", "# Our Strategy for Health\n\nWe will improve care.\n")
    assert (info.title, info.date, info.meeting) == ("Our Strategy for Health", "2022-11", None)


def test_section_tracker_paths_and_items():
    tracker = SectionTracker()
    parsed = parse_markdown(
        "# Papers\n\n## Item 3 Enclosure C\n\n### 1 Introduction\n\nText.\n\n#### 1.1 Scope\n\nText.\n\n"
        "### 2 Priorities\n\nText.\n\n**Bexley**\n\nText.\n\n## Item 4\n\nText.\n"
    )
    seen = []
    for block in parsed.blocks:
        if not tracker.observe(block):
            seen.append((tracker.path, tracker.item))
    assert seen == [
        ("Item 3 Enclosure C > 1 Introduction", "Item 3 Enclosure C"),
        ("Item 3 Enclosure C > 1 Introduction > 1.1 Scope", "Item 3 Enclosure C"),
        ("Item 3 Enclosure C > 2 Priorities", "Item 3 Enclosure C"),
        ("Item 3 Enclosure C > 2 Priorities > Bexley", "Item 3 Enclosure C"),
        ("Item 4", "Item 4"),
    ]


def test_a_contents_list_of_items_labels_nothing_and_minute_numbers_are_not_items():
    contents = "\n\n".join(f"Item {n} Paper number {n} - September 2025\n\n{n + 1}" for n in range(4, 12))
    parsed = parse_markdown(
        f"# Bundle Public Board Meeting\n\n{contents}\n\n**Item 2024-25 (58)**\n\nMinute text.\n\n"
        "**Safe staffing report**\n\nThere were four vacancies.\n"
    )
    items = items_of(parsed.blocks)
    assert items["Minute text."] is None and items["There were four vacancies."] is None


def test_an_item_named_in_a_page_footer_is_the_item_of_that_page():
    # A made-up pack: each paper's pages end with a footer naming its item ("Item 5 – ... Page 1 of 2"). Read where it
    # stands, the footer of the last page of item 4 gave item 4 to the first page of item 5 (its cover sheet). The item
    # is named with its paper's title, without the page count.
    pages = [
        ["Highways update", "Potholes repaired: 1,204.", "Item 4 – Highways update Page 1 of 1"],
        ["Library services review", "Purpose: for decision.", "Item 5 – Library services review Page 1 of 2"],
        ["Opening hours will not change.", "Item 5 – Library services review Page 2 of 2"],
    ]
    blocks = [
        Block(PARAGRAPH, text, page=n, start=2000 * n + 50 * i)
        for n, lines in enumerate(pages, start=1)
        for i, text in enumerate(lines)
    ]
    items = items_of(blocks)
    assert items["Potholes repaired: 1,204."] == "Item 4 – Highways update"
    assert items["Library services review"] == items["Purpose: for decision."] == "Item 5 – Library services review"
    assert items["Opening hours will not change."] == "Item 5 – Library services review"


def test_an_item_heading_at_the_foot_of_a_page_starts_its_item_there():
    # A made-up set of minutes: item 7 starts as a heading at the foot of a page, its text on the next. The page's
    # earlier text stays under item 6.
    blocks = [
        Block(HEADING, "Item 6 Parking charges", level=2, page=1, start=0),
        Block(PARAGRAPH, "Members discussed the charges.", page=1, start=50),
        Block(PARAGRAPH, "The committee agreed the new charges.", page=2, start=2000),
        Block(PARAGRAPH, "They start in April.", page=2, start=2100),
        Block(HEADING, "Item 7 Any other business", level=2, page=2, start=3000),
        Block(PARAGRAPH, "There was no other business.", page=3, start=5000),
    ]
    items = items_of(blocks)
    assert items["The committee agreed the new charges."] == "Item 6 Parking charges"
    assert items["There was no other business."] == "Item 7 Any other business"


def test_an_item_named_in_a_sentence_keeps_its_number_only():
    # A made-up minute: a short sentence that starts with an item's number names the item, not its title.
    blocks = [Block(PARAGRAPH, "Item 9 was deferred to June.", page=1, start=0)]
    tracker = SectionTracker(blocks)
    tracker.observe(blocks[0])
    assert tracker.item == "Item 9"


def test_a_whole_date_in_the_file_name_beats_a_month_alone_in_the_text():
    # A made-up deck whose first pages hold only a deadline; its file name gives the meeting's day.
    deck = "# Harbour delivery plan\n\nNew berths open by March 2027.\n"
    assert _describe("harbour-plan-2025-06-12.md", deck).date == "2025-06-12"
    dated = "# Harbour board\n\nMinutes of the meeting held on 3 May 2025.\n"
    assert _describe("harbour-plan-2025-06-12.md", dated).date == "2025-05-03"  # the paper's own day first
    assert _describe("harbour-plan.md", deck).date == "2027-03"  # no whole date anywhere: the month


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("Item 8 – Finance report   Page 2 of 5", "Item 8 – Finance report"),
        ("Item 8 – Finance report 3", "Item 8 – Finance report"),  # a bare folio
        ("ITEM 4 - MINUTES - 3/8", "ITEM 4 - MINUTES"),
        ("Item 8: Finance report (2 of 5)", "Item 8: Finance report"),
        ("Item 12 Finance report 2025/26", "Item 12 Finance report 2025/26"),  # a year is the title's
        ("Item 7 sets out the following:", "Item 7"),  # a sentence about the item
    ],
)
def test_an_item_line_names_the_item_without_its_page_count(line, item):
    assert items_of([Block(PARAGRAPH, line, page=1, start=0)]) == {line: item}
