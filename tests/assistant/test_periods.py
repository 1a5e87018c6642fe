"""The periods a question names and those a passage covers. Made-up sentences."""

from __future__ import annotations

from assistant.periods import Periods, asked_periods, covers, periods_in


def test_a_question_names_months_and_financial_years():
    assert asked_periods("What was the waiting list in February 2031?") == Periods(frozenset({2}))
    assert asked_periods("waiting list sept") == Periods(frozenset({9}))
    for written in ("2030/31", "2030-31", "2030/2031", "2030 to 2031", "30/31"):
        assert asked_periods(f"What was spent in {written}?") == Periods(years=frozenset({2030})), written
    # Two years that do not run on, "may" the verb and a question without a period name nothing.
    assert not asked_periods("What changed between 2019-2023?")
    assert not asked_periods("May the board see the plan?")
    assert not asked_periods("How may residents complain?")
    assert asked_periods("What opened in May?").months == {5}
    assert not asked_periods("How many beds does Brook Lodge have?")


def test_a_passage_covers_periods_in_any_form_and_its_papers_date():
    found = periods_in(["Metric | Feb-31 | Mar-31", "Reviewed 06/07/2030", "The 29/30 outturn"])
    assert found.months == {2, 3, 7} and found.years == {2029}
    dated = periods_in([], ["2031-05-14"])
    assert dated.months == {5} and dated.years == {2030, 2031}  # May 2031 falls in 2031/32; it reports on 2030/31


def test_covering_needs_each_kind_of_period_asked():
    asked = Periods(frozenset({2}), frozenset({2030}))
    assert covers(asked, Periods(frozenset({2, 3}), frozenset({2030})))
    assert not covers(asked, Periods(frozenset({2}), frozenset({2031})))
    assert not covers(asked, Periods(frozenset({1}), frozenset({2030})))
    assert covers(Periods(), Periods())
