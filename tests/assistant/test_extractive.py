"""Composing an extractive answer from unit probabilities: what a reader needs around the best unit.

The probabilities are set by hand here, so each test checks the composition rule itself
(the learned unit model is checked by the evaluation, not by these tests). The passages
are made up.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from langchain_core.documents import Document

from assistant.extractive import (
    AnswerSelector,
    PassageRef,
    ScoredUnit,
    _introducers_first,
    _reading,
    compose,
    part_answer,
    render,
)
from assistant.features import TermStats, unit_features
from assistant.model import AnswerModel, Composition
from assistant.query import analyse, without_names
from vectorstore.unit_vectors import UnitEmbeddingCache


@pytest.fixture(scope="module")
def cache(embeddings):
    return UnitEmbeddingCache(embeddings)


def scored(cache, question: str, passages: list[PassageRef], probabilities: dict[str, float]) -> list[ScoredUnit]:
    """Every unit of the passages, with the probability given for the unit starting with a key (else 0.01)."""
    analysis = analyse(question)
    rows = unit_features(
        analysis, [(p.text, p.context) for p in passages], cache.query(question), cache.vectors, TermStats({}, 1.0)
    )
    out = []
    for row in rows:
        p = next((v for k, v in probabilities.items() if row.unit.text.startswith(k)), 0.01)
        out.append(ScoredUnit(passages[row.passage].n, row, p))
    return out


def texts(chosen) -> list[str]:
    return [u.text for u in sorted(chosen.values(), key=lambda u: (u.row.passage, u.row.unit.start))]


def test_a_lead_in_brings_the_lines_it_announces_even_without_bullets(cache):
    passage = PassageRef(
        1,
        "Safe staffing report",
        "Children's services",
        "\n".join(
            [
                "Brook Lodge is the respite unit. The agency hours used this spring are outlined below.",
                "Grade 2 = 310 hours (40 shifts)",
                "Grade 5 = 12.5 hours (2 shifts)",
                "Total Agency = 322.5 hours",
                "Agency use rose because of long-term sickness in the night team, which is now resolved.",
            ]
        ),
    )
    question = "How many agency hours did Brook Lodge use this spring?"
    units = scored(cache, question, [passage], {"Brook Lodge is": 0.2, "The agency hours": 0.9})
    answer = render([u for u in units if u.key in compose(question, units, Composition())])
    assert "- Grade 2 = 310 hours (40 shifts) [1]" in answer and "- Total Agency = 322.5 hours [1]" in answer
    assert "night team" not in answer


def test_a_short_line_after_bulleted_items_ends_the_list(cache):
    passage = PassageRef(
        1,
        "Quarterly report",
        "Libraries",
        "\n".join(
            [
                "The new mobile library routes will cover these villages:",
                "- Ashby Parva",
                "- Little Marsh",
                "- Upper Heyford",
                "Museum services",
                "Visitor numbers at the town museum rose by a tenth.",
            ]
        ),
    )
    question = "Which villages will the mobile library routes cover?"
    units = scored(cache, question, [passage], {"The new mobile": 0.9})
    chosen = texts(compose(question, units, Composition(keep_ratio=0.9)))
    assert chosen[:4] == [
        "The new mobile library routes will cover these villages:",
        "- Ashby Parva",
        "- Little Marsh",
        "- Upper Heyford",
    ]
    assert "Museum services" not in chosen  # the next section's heading, not a fourth village


def test_a_heading_brings_the_sentence_under_it(cache):
    passage = PassageRef(1, "Annual report", "Finance", "Capital programme\nThe capital programme for 2031 is £4.2m.")
    question = "How big is the capital programme?"
    units = scored(cache, question, [passage], {"Capital programme": 0.9, "The capital": 0.3})
    assert texts(compose(question, units, Composition(keep_ratio=0.9))) == [
        "Capital programme",
        "The capital programme for 2031 is £4.2m.",
    ]


def test_a_title_the_passage_ends_on_is_not_quoted_bare(cache):
    # Minutes: a chunk runs from the end of one item into the title of the next (a title the paper marks bold).
    text = (
        "The committee agreed the new opening hours for the Riverside Day Centre.\n"
        "15. 31/00081 - Review of the Transport Arrangements for Day Centre Members and their Carers\n"
        "(Item 9)"
    )
    title = "15. 31/00081 - Review of the Transport Arrangements for Day Centre Members and their Carers"
    passage = PassageRef(1, "Minutes", "14. Day centres", text, titles=((73, title),))
    question = "What did the committee agree for the Riverside Day Centre transport?"
    units = scored(cache, question, [passage], {"The committee": 0.8, "15. 31/00081": 0.9})
    assert texts(compose(question, units, Composition(keep_ratio=0.5))) == [
        "The committee agreed the new opening hours for the Riverside Day Centre."
    ]


def test_a_heading_a_passage_ends_on_keeps_the_sentence_the_next_passage_goes_on_with(cache):
    # A chunk ends on a heading and the chunk after it goes on with the heading's sentence: the heading is not
    # bare, as its next line (read across the two passages) is quoted.
    first = PassageRef(1, "Annual report", "Estates", "The estates team met in June.\nBoiler replacement")
    second = PassageRef(
        2,
        "Annual report",
        "Estates",
        "The new boilers at Northgate Clinic cost £310,000 and were fitted in May.",
        continues=1,
    )
    question = "What did the boiler replacement cost?"
    units = scored(cache, question, [first, second], {"Boiler replacement": 0.9, "The new boilers": 0.85})
    chosen = compose(question, units, Composition(keep_ratio=0.5), {2: 1})
    assert texts(chosen) == [
        "Boiler replacement",
        "The new boilers at Northgate Clinic cost £310,000 and were fitted in May.",
    ]
    # Without the passage it goes on into, the heading is the last line read, and bare.
    alone = scored(cache, question, [first], {"Boiler replacement": 0.9, "The estates": 0.5})
    assert texts(compose(question, alone, Composition(keep_ratio=0.5))) == ["The estates team met in June."]


def test_the_answer_opens_on_the_first_passage_and_a_better_scored_unit_elsewhere_joins_it(cache):
    # The reranker's first passage leads the answer even when a unit of a lower passage scores higher: that unit
    # joins it when it gives what the first lacks (here the word "open"), but does not replace it.
    first = PassageRef(1, "Estates report", "Clinics", "The Harbour Road clinic was leased in June 2029.")
    second = PassageRef(2, "Board minutes", "Questions", "Members heard the clinic would open in March 2031.")
    question = "When will the Harbour Road clinic open?"
    units = scored(cache, question, [first, second], {"The Harbour Road": 0.5, "Members heard": 0.9})
    assert texts(compose(question, units, Composition(keep_ratio=0.5, other_passage_ratio=0.8))) == [
        "The Harbour Road clinic was leased in June 2029.",
        "Members heard the clinic would open in March 2031.",
    ]


def test_a_first_passage_without_the_kind_of_thing_asked_gives_way_to_one_that_gives_it(cache):
    # "When ...?" asks for a date: the first passage gives none, the second does; the first is beside the point.
    first = PassageRef(1, "Estates report", "Clinics", "The Harbour Road clinic is being fitted out.")
    second = PassageRef(2, "Board minutes", "Questions", "Members heard the clinic would open in March 2031.")
    question = "When will the Harbour Road clinic open?"
    units = scored(cache, question, [first, second], {"The Harbour Road": 0.5, "Members heard": 0.9})
    settings = Composition(keep_ratio=0.5, other_passage_ratio=0.8)
    assert texts(compose(question, units, settings)) == ["Members heard the clinic would open in March 2031."]
    # Had the second passage given no date either, the first would still lead.
    second = PassageRef(2, "Board minutes", "Questions", "Members heard the clinic would open after the works.")
    units = scored(cache, question, [first, second], {"The Harbour Road": 0.5, "Members heard": 0.9})
    assert texts(compose(question, units, settings))[0] == "The Harbour Road clinic is being fitted out."


def test_another_passage_is_not_cited_for_repeating_what_the_answer_already_says(cache):
    # The second passage scores higher but only restates the question: citing it points the reader at nothing new.
    first = PassageRef(1, "Estates report", "Clinics", "The Harbour Road clinic will open in March 2031.")
    second = PassageRef(2, "Board minutes", "Questions", "Members asked when the Harbour Road clinic would open.")
    question = "When will the Harbour Road clinic open?"
    units = scored(cache, question, [first, second], {"The Harbour Road": 0.5, "Members asked": 0.9})
    assert texts(compose(question, units, Composition(keep_ratio=0.5, other_passage_ratio=0.8))) == [
        "The Harbour Road clinic will open in March 2031.",
    ]


def test_words_the_index_uses_in_lower_case_do_not_make_another_passage_give_a_name(cache):
    # "Who ...?" and the answer holds no name: a passage whose only capitalised words are ones the papers also
    # write in lower case ("young carers") gives no name either, so it is not cited (the gate's test of a name).
    first = PassageRef(1, "Estates report", "Clinics", "The new clinic project is on schedule.")
    second = PassageRef(2, "Board minutes", "Visits", "Young Carers visited the new clinic project.")
    question = "Who leads the new clinic project?"
    units = scored(cache, question, [first, second], {"The new clinic": 0.5, "Young Carers": 0.9})
    settings = Composition(keep_ratio=0.5, other_passage_ratio=0.8)
    assert texts(compose(question, units, settings, common_words=frozenset({"young", "carers"}))) == [
        "The new clinic project is on schedule."
    ]
    # Without the index's words "Young Carers" reads as a name, and the passage giving it answers "who".
    assert texts(compose(question, units, settings)) == ["Young Carers visited the new clinic project."]


def test_more_rows_of_the_quoted_table_join_from_the_passage_it_continues_in(cache):
    # A table cut over two chunks: the rows in the second passage are further records of the same table, though
    # they hold no word of the question the first rows lack (and "which clinics have ..." is no list question).
    first = PassageRef(1, "Estates report", "Harbour ratings", "Clinic | Overall rating\nNorthgate Clinic | Excellent")
    second = PassageRef(2, "Estates report", "Harbour ratings", "Clinic | Overall rating\nSouthgate Clinic | Excellent")
    question = "Which Harbour clinics have an overall rating of Excellent?"
    units = scored(cache, question, [first, second], {"Northgate": 0.6, "Southgate": 0.6})
    chosen = texts(compose(question, units, Composition(keep_ratio=0.5, other_passage_ratio=0.8)))
    assert any(t.startswith("Southgate Clinic") for t in chosen) and any(
        t.startswith("Northgate Clinic") for t in chosen
    )


def test_a_lead_in_whose_list_is_not_read_is_not_quoted_unless_it_states_an_amount(cache):
    # A chunk ends on a lead-in and its list sits in a chunk not read: the lead-in alone announces nothing.
    passage = PassageRef(
        1,
        "Library services report",
        "Branch review",
        "The review of branch opening hours finished in May.\nThe consultation raised these points:",
    )
    question = "What points did the branch hours consultation raise?"
    units = scored(cache, question, [passage], {"The consultation": 0.9, "The review": 0.5})
    assert texts(compose(question, units, Composition(keep_ratio=0.4))) == [
        "The review of branch opening hours finished in May."
    ]
    # A lead-in whose list is quoted (any item of it) is kept with it.
    listed = PassageRef(
        1,
        "Library services report",
        "Branch review",
        "The consultation raised these points:\n- Later evening hours\n- Weekend opening at Eastgate\n- More study space",
    )
    units = scored(cache, question, [listed], {"- Weekend": 0.9, "The consultation": 0.5})
    assert texts(compose(question, units, Composition(keep_ratio=0.4))) == [
        "The consultation raised these points:",
        "- Later evening hours",
        "- Weekend opening at Eastgate",
        "- More study space",
    ]
    # A lead-in giving an amount says something itself.
    counted = PassageRef(
        1,
        "Library services report",
        "Branch review",
        "The review of branch opening hours finished in May.\nThe consultation drew 1,240 responses, which raised:",
    )
    units = scored(cache, question, [counted], {"The consultation": 0.9, "The review": 0.5})
    assert "The consultation drew 1,240 responses, which raised:" in texts(
        compose(question, units, Composition(keep_ratio=0.4))
    )


def test_a_sentence_whose_paragraph_goes_on_into_a_lead_in_brings_the_lead_in_and_its_list(cache):
    text = (
        "The depot runs a shared van scheme with the council. This arrangement allows:\n"
        "- Weekend deliveries to the outlying villages\n"
        "- Shared drivers in winter\n"
        "The scheme is reviewed every year."
    )
    passage = PassageRef(1, "Fleet report", "Vans", text)

    def quoted(question: str, passage: PassageRef) -> list[str]:
        units = scored(cache, question, [passage], {"The depot runs": 0.9})
        return texts(compose(question, units, Composition(keep_ratio=0.5)))

    assert quoted("What does the van scheme with the council let the depot do?", passage) == [
        "The depot runs a shared van scheme with the council.",
        "This arrangement allows:",
        "- Weekend deliveries to the outlying villages",
        "- Shared drivers in winter",
    ]
    # A question asking for a name is answered by the sentence that gives it, without the list.
    sentence = ["The depot runs a shared van scheme with the council."]
    assert quoted("Who runs the van scheme with the council?", passage) == sentence
    # A lead-in that opens a paragraph of its own announces something else: it does not come.
    apart = PassageRef(1, "Fleet report", "Vans", text.replace("council. This", "council.\nThe depot also"))
    assert quoted("What does the van scheme with the council let the depot do?", apart) == sentence


def test_a_sentence_pointing_back_brings_the_one_before(cache):
    passage = PassageRef(
        1, "Plan", "Workforce", "The trust opened a nursing academy in Ashford. This doubled applications."
    )
    question = "What doubled applications?"
    units = scored(cache, question, [passage], {"This doubled": 0.9})
    assert texts(compose(question, units, Composition(keep_ratio=0.9))) == [
        "The trust opened a nursing academy in Ashford.",
        "This doubled applications.",
    ]


def test_further_units_join_within_the_budget_and_other_passages_need_more(cache):
    first = PassageRef(1, "Plan", "Estates", "The new clinic opens in Dover in May. It has six consulting rooms. " * 1)
    second = PassageRef(2, "Minutes", "Estates", "A new pharmacy in Deal is planned for the autumn.")
    question = "Where are new clinics and pharmacies opening?"
    probabilities = {"The new clinic": 0.9, "It has six": 0.5, "A new pharmacy": 0.6}
    units = scored(cache, question, [first, second], probabilities)
    same_only = texts(compose(question, units, Composition(keep_ratio=0.5, other_passage_ratio=0.95)))
    assert "A new pharmacy in Deal is planned for the autumn." not in same_only
    both = texts(compose(question, units, Composition(keep_ratio=0.5, other_passage_ratio=0.6)))
    assert "A new pharmacy in Deal is planned for the autumn." in both
    tight = texts(compose(question, units, Composition(keep_ratio=0.5, other_passage_ratio=0.6, budget_words=10)))
    assert tight == ["The new clinic opens in Dover in May."]


def test_a_list_cut_between_two_chunks_is_read_across_the_cut(cache):
    # The next chunk of the same section repeats the last item (chunk overlap) and goes on with the list.
    first = PassageRef(
        1,
        "Estates strategy",
        "Section 4",
        "The review found three problems with the depots:\n- Roofs that leak in heavy rain\n- Heating that fails",
    )
    second = PassageRef(
        3, "Estates strategy", "Section 4", "- Heating that fails\n- Car parks too small for the fleet", continues=1
    )
    unrelated = PassageRef(2, "Minutes", "Item 9", "- Car parks were resurfaced last year")
    question = "What problems did the review find with the depots?"
    units = scored(cache, question, [first, unrelated, second], {"The review found": 0.9})
    answer = render([u for u in units if u.key in compose(question, units, Composition(), {3: 1})])
    assert answer.count("Heating that fails") == 1
    assert "- Car parks too small for the fleet [3]" in answer and "resurfaced" not in answer
    alone = render([u for u in units if u.key in compose(question, units, Composition())])
    assert "Car parks too small" not in alone  # without the link, the other chunk is another passage


def test_a_lead_in_is_shown_above_its_items_when_the_chunk_it_ends_goes_on_in_a_better_ranked_passage(cache):
    # The better-ranked passage (numbered first) goes on from a lower-ranked chunk that ends on a heading, the
    # lead-in of a list and its first item. The answer shows the heading and lead-in above the item of the first
    # passage, then the lead-in's other item, then the rest in passage order.
    lower = PassageRef(
        3,
        "Parks report",
        "Section 2",
        "Rangers cleared the lake paths in March.\nWildflower verges\nThe following plans were agreed this year:\n"
        "- Seed mix trial on the ring road",
    )
    upper = PassageRef(1, "Parks report", "Section 2", "- Verge mowing calendar for the northern wards", continues=3)
    question = "Which wildflower verge plans were agreed this year?"
    units = scored(cache, question, [upper, lower], {})
    by_passage = sorted(units, key=lambda u: (u.n, u.row.unit.start))
    assert [u.text.split()[0] for u in by_passage] == ["-", "Rangers", "Wildflower", "The", "-"]
    ordered = _introducers_first(by_passage, _reading(units, {1: 3}))
    assert [u.text for u in ordered] == [
        "Wildflower verges",
        "The following plans were agreed this year:",
        "- Verge mowing calendar for the northern wards",
        "- Seed mix trial on the ring road",
        "Rangers cleared the lake paths in March.",
    ]
    # In one passage the reading order already has it so, and nothing moves.
    one = PassageRef(1, "Parks report", "Section 2", lower.text + "\n- Verge mowing calendar for the northern wards")
    alone = sorted(scored(cache, question, [one], {}), key=lambda u: u.row.unit.start)
    assert _introducers_first(alone, _reading(alone, {})) == alone


def test_a_sentence_opening_on_this_report_does_not_bring_the_sentence_before_it(cache):
    # "This ..." points back to the sentence before, which comes with it; "This report ..." points at the paper
    # itself and stands alone.
    passage = PassageRef(
        1,
        "Harbour Trust board",
        "Winter",
        "Frost closed two wards last year.\nThis report sets out how the Harbour Trust will staff its wards.",
    )
    question = "How will the Harbour Trust staff its wards this winter?"
    units = scored(cache, question, [passage], {"This report": 0.9})
    assert texts(compose(question, units, Composition(keep_ratio=0.5))) == [
        "This report sets out how the Harbour Trust will staff its wards."
    ]
    pointing = PassageRef(1, "Harbour Trust board", "Winter", passage.text.replace("This report sets", "This sets"))
    units = scored(cache, question, [pointing], {"This sets": 0.9})
    assert len(compose(question, units, Composition(keep_ratio=0.5))) == 2


def test_a_part_with_few_words_of_its_own_is_answered_about_what_the_rest_of_the_question_names(cache):
    # "when did she start" alone is closest to any line with a date; read with the whole question, it is the
    # date the chair started. A part that names its own subject keeps its own best line.
    passage = PassageRef(
        1,
        "Board papers",
        "Chair's report",
        "Ann Lee chairs the Harbour Trust.\nShe started on 3 May 2031.\nThe next meeting is on 9 June 2031.",
    )
    question = "Who chairs the Harbour Trust, and when did she start?"
    whole = scored(cache, question, [passage], {"Ann Lee": 0.8, "She started": 0.3, "The next": 0.05})
    part = scored(cache, "when did she start", [passage], {"She started": 0.2, "The next": 0.3})
    assert part_answer("when did she start", part, whole).text == "She started on 3 May 2031."
    own = "when is the next Harbour Trust board meeting"
    part = scored(cache, own, [passage], {"She started": 0.2, "The next": 0.3})
    assert part_answer(own, part, whole).text == "The next meeting is on 9 June 2031."


def test_passages_are_marked_with_the_chunk_they_go_on_from():
    def chunk(doc: str, section: str, index: int) -> Document:
        return Document("text", metadata={"doc_id": doc, "section": section, "chunk_index": index, "title": doc})

    refs = PassageRef.numbered([chunk("a", "S", 8), chunk("b", "S", 4), chunk("a", "S", 7), chunk("a", "T", 9)])
    assert [r.continues for r in refs] == [3, 0, 0, 0]


def test_the_selector_quotes_the_passages_and_caches_their_scores(cache):
    selector = AnswerSelector(cache, TermStats({}, 1.0), AnswerModel.load())
    passage = PassageRef(
        1, "Board papers", "Chair's report", "Dana Whitlock chairs the Rivermouth board. It meets monthly."
    )
    units = selector.answer_units("Who chairs the Rivermouth board?", [passage])
    assert units and all(u.n == 1 for u in units)
    assert "Dana Whitlock" in render(units)
    first, _ = selector.units("Who chairs the Rivermouth board?", [passage])
    again, _ = selector.units("Who chairs the Rivermouth board?", [passage])
    assert first is again and np.isfinite([u.probability for u in first]).all()


def test_units_are_also_compared_with_what_the_question_asks_its_names_left_out(cache):
    # A near miss names what the papers name and asks what they lack: the line that repeats the name is
    # close to the question, but only a line about beds is close to what it asks.
    question = "How many beds does Larkspur Lodge have?"
    analysis = analyse(question)
    assert without_names(analysis) == "How many beds does have?"
    text = "Larkspur Lodge is run by the Fenwick trust.\n\nThe unit has twelve beds for respite stays."
    selector = AnswerSelector(cache, TermStats({}, 1.0), AnswerModel.load())
    name_line, beds_line = selector.rows(analysis, [PassageRef(1, "Board papers", "Respite", text)])
    assert name_line.features["sim"] > name_line.features["asked_sim"]  # the name no longer counts
    assert beds_line.features["asked_sim"] > name_line.features["asked_sim"]
    # A question that gives no names asks all it says: the two similarities are the same.
    [row] = selector.rows(analyse("how many beds are there?"), [PassageRef(1, "Board papers", "Respite", "Ten beds.")])
    assert row.features["asked_sim"] == row.features["sim"]


def test_a_quoted_row_brings_its_tables_header_row_when_the_passage_shows_it(cache):
    # Rows are written as printed, cells in order: the header row says which figure is which, as a list's lead-in
    # says what its items are. A passage holding later rows only (its header given apart) quotes the row alone.
    header = "Service | Spring 2031 | Summer 2031"
    text = f"Waits fell at both clinics over the summer.\n{header}\nHarbour foot clinic | 9 weeks | 7 weeks\nQuay eye clinic | 4 weeks | 5 weeks"
    question = "How long was the wait at the Harbour foot clinic in summer 2031?"
    with_header = PassageRef(1, "Clinic report", "Waiting times", text, table_header=header)
    units = scored(cache, question, [with_header], {"Harbour foot": 0.9})
    chosen = compose(question, units, Composition(keep_ratio=0.9), headers={1: header})
    assert texts(chosen) == [header, "Harbour foot clinic | 9 weeks | 7 weeks"]
    assert texts(compose(question, units, Composition(keep_ratio=0.9))) == ["Harbour foot clinic | 9 weeks | 7 weeks"]
    later = PassageRef(
        1, "Clinic report", "Waiting times", "Harbour foot clinic | 9 weeks | 7 weeks", table_header=header
    )
    units = scored(cache, question, [later], {"Harbour foot": 0.9})
    assert texts(compose(question, units, Composition(keep_ratio=0.9), headers={1: header})) == [
        "Harbour foot clinic | 9 weeks | 7 weeks"
    ]


def _long_rows_answer(cache, question, rows, labels, best, where):
    """The answer to ``question`` from one passage of table rows, each too long to quote whole (so read cell by
    cell), the cell ``best`` scoring highest, the passage titled by ``where`` (paper, section); and the rows' lines."""
    lines = [
        " | ".join([name] + [f"{label}: {v}" for label, v in zip(labels, values, strict=True)])
        for name, values in rows.items()
    ]
    passage = PassageRef(1, *where, "\n".join(lines))
    units = scored(cache, question, [passage], {best: 0.9})
    assert all(u.row.unit.kind == "cell" for u in units)  # the rows are long enough to be read cell by cell
    chosen = compose(question, units, Composition(keep_ratio=0.9))
    return render(sorted(chosen.values(), key=lambda u: u.row.unit.start)), lines


def test_a_cell_quoted_from_a_long_row_brings_the_cell_that_names_the_row(cache):
    """A row too long to quote whole is read cell by cell; "Oct – Dec 2030: 64%" alone does not say which row."""
    quarters = ["Jan – Mar 2030", "Apr – Jun 2030", "Jul – Sep 2030", "Oct – Dec 2030"]
    rows = {
        "Renew a fishing licence": ["71%", "70%", "69%", "64%", "12,480"],
        "Book a ferry crossing for a wheelchair user": ["55%", "58%", "61%", "59%", "3,115"],
    }
    labels = [f"Made online {q}" for q in quarters] + ["Transactions made in the last 12 months"]
    question = "What share of fishing licence renewals were made online from October to December 2030?"
    answer, _ = _long_rows_answer(
        cache,
        question,
        rows,
        labels,
        "Made online Oct – Dec 2030: 64%",
        ("Quarterly performance report", "Digital services"),
    )
    assert answer == "- Renew a fishing licence | Made online Oct – Dec 2030: 64% [1]"


def test_a_row_name_quoted_from_a_long_row_brings_the_rest_of_its_row(cache):
    """The cell naming a row matches the question best, but a name alone answers nothing: its row's cells come
    with it, on one line."""
    labels = ["Item", "Interest declared", "Type of interest", "Action taken"]
    rows = {
        "Councillor Wren Alderley": [
            "CB/31/004",
            "Volunteer treasurer of the Quayside rowing club, which hires boats and a slipway from the council each summer",
            "Other registrable interest",
            "Remained in the room but took no part in the discussion or the vote on the boat hire contract",
        ],
        "Councillor Tobias Fenn": [
            "CB/31/006",
            "Owner of a bakery on the market square whose deliveries the new parking proposals would restrict",
            "Disclosable pecuniary interest",
            "Left the room for the whole of the item and took no part in the discussion or the vote",
        ],
    }
    question = "What interest did Councillor Wren Alderley declare?"
    answer, lines = _long_rows_answer(
        cache, question, rows, labels, "Councillor Wren Alderley", ("Cabinet minutes", "Declarations of interest")
    )
    assert answer == f"- {lines[0]} [1]"


def test_a_bare_figure_or_bracketed_fragment_is_not_an_answer_line(cache):
    passage = PassageRef(
        1,
        "Committee minutes",
        "Highways",
        "\n".join(
            [
                "12. Winter gritting routes",
                "(Item 7)",
                "The committee agreed to add the Dale Road estate to the priority gritting routes from December.",
                "14",
            ]
        ),
    )
    question = "Which estate was added to the priority gritting routes?"
    units = scored(cache, question, [passage], {"12. Winter": 0.9, "(Item 7)": 0.85, "The committee": 0.8, "14": 0.8})
    chosen = texts(compose(question, units, Composition(keep_ratio=0.5)))
    assert "The committee agreed to add the Dale Road estate to the priority gritting routes from December." in chosen
    assert "(Item 7)" not in chosen and "14" not in chosen  # a page number and an item's number say nothing alone


def test_a_sentence_wholly_in_brackets_still_says_something(cache):
    passage = PassageRef(
        1,
        "Strategy",
        "Voluntary sector",
        "(In our survey of 2031, nine in ten groups reported rising demand.)\nGrants were frozen.",
    )
    question = "What did groups report in the survey?"
    units = scored(cache, question, [passage], {"(In our survey": 0.9})
    assert texts(compose(question, units, Composition(keep_ratio=0.9))) == [
        "(In our survey of 2031, nine in ten groups reported rising demand.)"
    ]


def test_a_numbered_lead_in_brings_only_the_paragraphs_numbered_under_it(cache):
    passage = PassageRef(
        1,
        "Parks strategy",
        "Engagement",
        "\n".join(
            [
                "- 2.3. Two concerns were raised at the drop-in sessions:",
                "- 2.3.1. Gates are locked too early in winter.",
                "- 2.3.2. The paddling pool needs new fencing.",
                "- 2.4. A survey of allotment holders will run in June.",
                "- 2.5. The parks team will report back in the autumn.",
            ]
        ),
    )
    question = "What concerns were raised at the drop-in sessions?"
    units = scored(cache, question, [passage], {"- 2.3. Two": 0.9})
    answer = render([u for u in units if u.key in compose(question, units, Composition())])
    assert "Gates are locked" in answer and "new fencing" in answer
    assert "allotment" not in answer and "autumn" not in answer
    # Nor is the next paragraph read as an item of that list: it has no lead-in of its own.
    question = "When will the allotment survey run?"
    units = scored(cache, question, [passage], {"- 2.4. A survey": 0.9})
    answer = render([u for u in units if u.key in compose(question, units, Composition())])
    assert "June" in answer and "Two concerns" not in answer


def _harbour_passages() -> list[PassageRef]:
    first = PassageRef(
        1, "Estates report", "References", "4 Harbour Trust (2031). Ferry crossings and island clinics | HT"
    )
    second = PassageRef(
        2,
        "Estates report",
        "Island clinics",
        "\n".join(
            [
                "The island clinics face several difficulties, including:",
                "- Ferry cancellations in winter storms",
                "- Too few nurses willing to live on the island",
                "- Damp in the older clinic buildings",
                "The board will review the clinics in spring.",
            ]
        ),
    )
    return [first, second]


def _harbour_answer(cache, question: str, reference: float) -> list[str]:
    """The lines quoted when the reference line scores ``reference`` and the list's items 0.2, 0.2 and 0.15."""
    probabilities = {"4 Harbour": reference, "- Ferry": 0.2, "- Too few": 0.2, "- Damp": 0.15}
    units = scored(cache, question, _harbour_passages(), probabilities)
    return texts(compose(question, units, Composition(keep_ratio=0.5)))


def test_a_list_question_opens_on_a_list_whose_items_together_outweigh_the_best_line(cache):
    # A reference line scores best alone, but each item of the announced list holds part of what is asked: the
    # items together outweigh it, so the answer quotes the list with its lead-in (the line joins it on its merit).
    assert _harbour_answer(cache, "What difficulties do the island clinics face?", 0.5)[1:] == [
        "The island clinics face several difficulties, including:",
        "- Ferry cancellations in winter storms",
        "- Too few nurses willing to live on the island",
        "- Damp in the older clinic buildings",
    ]


def test_a_list_that_does_not_outweigh_the_best_line_is_not_quoted_over_it(cache):
    reference = ["4 Harbour Trust (2031). Ferry crossings and island clinics | HT"]
    assert _harbour_answer(cache, "What difficulties do the island clinics face?", 0.9) == reference
    # nor for a question asking for one thing
    assert _harbour_answer(cache, "Which island clinic is damp?", 0.5) == reference


def test_a_citation_names_the_item_once_when_the_section_path_starts_with_it():
    from assistant.answer import Passage

    # A made-up pack: one paper's item is named in its running footer, another's by the heading its path starts with.
    footer = Passage(chunk_id="a", doc="pack.pdf", title="Board", text="x", score=1.0, section="Income", page=3)
    footer = dataclasses.replace(footer, item="Item 8 – Finance report")
    heading = dataclasses.replace(footer, item="Item 7: Quality report", section="Item 7: Quality report > Falls")
    assert footer.location == "Item 8 – Finance report · Income · p. 3"
    assert heading.location == "Item 7: Quality report > Falls · p. 3"
    other = dataclasses.replace(footer, item="Item 1", section="Item 12 – Risk register > Risks")
    assert other.location == "Item 1 · Item 12 – Risk register > Risks · p. 3"
