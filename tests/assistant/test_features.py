"""The general features the answer model reads, on made-up passages."""

from __future__ import annotations

import numpy as np
import pytest
from langchain_core.documents import Document

from assistant.features import (
    TermStats,
    is_heading,
    is_title_line,
    known_titles,
    leads_in,
    relative,
    unit_features,
)
from assistant.query import analyse
from vectorstore.units import split_units

STATS = TermStats({"nurs": 5.0, "director": 2.0, "chief": 1.0, "offic": 1.0}, unseen=6.0)


def rows_for(question: str, text: str, metadata=None):
    units = split_units(text)
    vectors = np.eye(len(units) + 1, 8)[: len(units)]
    return unit_features(
        analyse(question), [(text, metadata or {})], np.ones(8), lambda texts: vectors[: len(texts)], STATS
    )


def test_the_rarest_question_word_a_unit_lacks_is_measured_against_the_rarest_word():
    rows = rows_for(
        "Who is the Chief Nursing Officer?",
        "Sam Patel is the Chief Finance Officer.\n\nSome filler line.\n\nLee Wong is the Chief Nursing Officer.",
    )
    finance, nursing = rows[0], rows[-1]
    assert finance.features["rarest_missing"] == pytest.approx(1.0)  # "nursing" is the rarest word, and absent
    assert nursing.features["rarest_missing"] == 0.0
    assert finance.features["typed"] == nursing.features["typed"] == 1.0


def test_headings_lead_ins_rows_and_items_are_told_apart():
    rows = rows_for("What is planned?", "Estates plan\nThe plan includes:\n- a new roof\nSite | Cost\nA | £2m")
    kinds = {r.unit.text: r.features for r in rows}
    assert kinds["Estates plan"]["heading"] == 1.0 and kinds["The plan includes:"]["lead_in"] == 1.0
    assert kinds["- a new roof"]["item"] == 1.0 and kinds["A | £2m"]["row"] == 1.0
    assert leads_in("Priorities are set out below.") and not leads_in("We met below the target.")
    assert is_heading(split_units("Capital programme")[0]) and not is_heading(split_units("It rose by 4%.")[0])
    # A line giving an amount states a value, though it lacks a full stop; a section's number is no amount.
    assert not is_heading(split_units("The fee per visit is £31.20 per patient")[0])
    assert not is_heading(split_units("Total agency hours 1,045")[0])
    assert is_heading(split_units("1.2 Background")[0]) and is_heading(split_units("Plans for 2031-35")[0])


def test_a_line_of_a_title_the_paper_marks_is_a_heading_however_long():
    # A minute's item title runs over two lines and past a dozen words; the paper marks it bold (metadata).
    text = (
        "The committee noted the figures.\n"
        "14. 31/00077 - Review of the Riverside Day Centre Opening Hours and the Transport Arrangements for\n"
        "Members of the Public\n"
        "The director said the hours would not change."
    )
    title = (
        "14. 31/00077 - Review of the Riverside Day Centre Opening Hours and the Transport Arrangements for Members …"
    )
    rows = rows_for("What hours?", text, {"titles": ((33, title),)})
    assert [r.features["heading"] for r in rows] == [0.0, 1.0, 1.0, 0.0]
    assert known_titles({"titles": ((0, "Quarterly\n Finance Report"),), "heading": "Estates"}) == [
        "Quarterly Finance Report",
        "Estates",
    ]
    assert is_title_line("Quarterly  Finance Report", ["Quarterly Finance Report"])
    assert is_title_line("Riverside Day Centre", ["Riverside Day Centre Opening Hours and the …"])
    assert not is_title_line("Finance", ["Quarterly Finance Report"])  # one word could be any sentence's
    assert not is_title_line("The finance report was noted.", ["Quarterly Finance Report"])


def test_context_counts_the_section_path_and_relative_values_are_to_the_best():
    rows = rows_for("Director of nursing", "She joined in May.", {"section": "Director of Nursing"})
    assert rows[0].features["coverage"] == 0.0 and rows[0].features["context"] == pytest.approx(1.0)
    values = [{"x": 1.0}, {"x": 3.0}]
    relative(values, ["x"])
    assert [v["x_rel"] for v in values] == [-2.0, 0.0]


def test_list_items_carry_what_the_line_introducing_their_list_says_when_a_list_is_asked():
    text = (
        "The board met in May.\n"
        "The nursing directorate agreed the following priorities:\n"
        "- Safer wards\n"
        "- Better rotas\n"
        "Other matters:\n"
        "- Car parking"
    )
    rows = {r.unit.text: r.features for r in rows_for("Which priorities did the nursing directorate agree?", text)}
    first, second, other = rows["- Safer wards"], rows["- Better rotas"], rows["- Car parking"]
    assert first["list_item"] == second["list_item"] == 1.0
    assert first["list_lead"] == second["list_lead"] > 0.0  # both items are introduced by the matching line
    assert other["list_lead"] < first["list_lead"]  # "Other matters:" introduces the last item, not the first line
    assert rows["The board met in May."]["list_lead"] == 0.0
    plain = {r.unit.text: r.features for r in rows_for("Did the nursing directorate meet?", text)}
    assert plain["- Safer wards"]["list_item"] == plain["- Safer wards"]["list_lead"] == 0.0  # no list asked for


def test_a_question_naming_a_paper_or_its_organisation_matches_that_document_alone():
    from assistant.features import passage_features

    question = analyse("What did the Riverside nursing board agree?")
    text = "The board agreed the plan."
    named = {"title": "Riverside Nursing Board papers", "section": "Minutes"}
    other = {"title": "Hillside Finance Committee papers", "section": "Riverside nursing"}
    ours = passage_features(question, text, named, np.zeros(1), STATS)
    theirs = passage_features(question, text, other, np.zeros(1), STATS)
    assert ours["document"] > 0.5 and theirs["document"] == 0.0  # a section path naming it is not the paper
    assert ours["context_coverage"] == pytest.approx(theirs["context_coverage"])


def test_a_question_naming_a_paper_of_a_pack_matches_the_passages_of_its_item():
    from assistant.features import passage_features

    # A made-up pack: two of its papers give a deficit; the question names the one it means.
    question = analyse("What deficit did the draft minutes record?")
    text = "The deficit was £3.1m."
    pack = {"title": "Harbourside Trust Board papers", "section": "Finance"}
    named = {**pack, "item": "Item 3 – Draft minutes of the meeting held on 9 April 2026"}
    other = {**pack, "item": "Item 8 – Finance report, month 12"}
    ours = passage_features(question, text, named, np.zeros(1), STATS)
    theirs = passage_features(question, text, other, np.zeros(1), STATS)
    assert ours["context_coverage"] > theirs["context_coverage"]


def test_a_paper_is_named_by_its_file_name_when_its_title_does_not_name_it():
    from assistant.extractive import PassageRef
    from assistant.features import passage_features

    question = analyse("What does the winter plan say about beds?")
    text = "Twelve more beds open in December."
    named = {"title": "Board papers", "section": "Capacity", "source": "riverside-winter-plan-2025.pdf"}
    other = {"title": "Board papers", "section": "Capacity", "source": "riverside-annual-report-2025.pdf"}
    ours = passage_features(question, text, named, np.zeros(1), STATS)
    theirs = passage_features(question, text, other, np.zeros(1), STATS)
    assert ours["document"] > 0.0 and theirs["document"] == 0.0
    assert ours["context_coverage"] > theirs["context_coverage"]
    # The answer step's units read the same naming: the passage's context carries its paper's file name.
    ref = PassageRef.from_document(1, Document(page_content=text, metadata=named))
    [row] = rows_for("What does the winter plan say about beds?", text, ref.context)
    [plain] = rows_for("What does the winter plan say about beds?", text, {"title": "Board papers"})
    assert row.features["context"] > plain.features["context"]


def test_a_phrase_the_question_quotes_counts_only_when_found_whole():
    from assistant.features import passage_features

    question = analyse("What does 'Live Well' cover in the borough plan?")
    meta = {"title": "Borough plan", "section": "Priorities"}
    whole = passage_features(question, "Live Well: help to stay in work.", meta, np.zeros(1), STATS)
    apart = passage_features(question, "We help people live and work well.", meta, np.zeros(1), STATS)
    in_heading = passage_features(
        question, "Help to stay in work.", {**meta, "section": "Live well"}, np.zeros(1), STATS
    )
    assert whole["phrase"] == 1.0 and apart["phrase"] == 0.0 and in_heading["phrase"] == 1.0
    unquoted = passage_features(analyse("What does the plan cover?"), "Live Well.", meta, np.zeros(1), STATS)
    assert unquoted["phrase"] == 0.0


def test_a_unit_after_a_new_title_inside_its_passage_is_read_under_that_title():
    # Minutes whose passage runs from the end of one item into the next: the second item's lines sit under its title.
    text = "The report was noted.\n15. Director of Nursing appointment\nShe joined in May."
    titles = ((text.index("15."), "15. Director of Nursing appointment"),)
    rows = rows_for("Director of nursing", text, {"section": "14. Parking Charges", "titles": titles})
    noted, joined = rows[0].features, rows[-1].features
    assert noted["context"] == 0.0  # still under the parking item
    assert joined["context"] == pytest.approx(1.0)  # under the new item's title, though the passage starts before it
