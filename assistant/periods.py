"""The periods a question asks about (a month, a financial year) and whether a passage covers them.

A question that names a period ("A&E performance in February", "MRSA cases in 2023/24") asks about that period;
a passage that never mentions it, in its text, its table's header, its section, its paper's title or its meeting's
date, answers about another period if at all: the papers' figures for January do not answer a question about
February. The gate refuses then (:meth:`assistant.gate.AnswerabilityGate.gives_what_is_asked`).

Reading a question is strict (a month written as a month, "May" only with its capital and not opening the
question, where "may" is a verb); reading a passage is lenient (any month-like word, "Feb-26", "30/11/2025",
"2023-24", "23/24"), so a passage is never taken to miss a period it gives in another form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from vectorstore.text import MONTH, month_number

_MONTH_WORD = re.compile(rf"\b({MONTH})\b", re.I)
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.](\d{1,2})[/.](?:19|20)?\d\d\b|\b(?:19|20)\d\d-(\d{1,2})-\d{1,2}\b")
# A financial year: "2023/24", "2023-24", "2023/2024", "2023 to 2024", and "23/24" (two years running).
_YEAR_PAIR = re.compile(r"\b((?:19|20)\d\d)\s*(?:/|-|–|to)\s*((?:19|20)?\d\d)\b")
_SHORT_PAIR = re.compile(r"(?<![\d/])(\d\d)/(\d\d)(?![\d/])")


@dataclass(frozen=True)
class Periods:
    months: frozenset[int] = frozenset()  # 1-12
    years: frozenset[int] = frozenset()  # financial years by their first calendar year: 2023/24 -> 2023

    def __bool__(self) -> bool:
        return bool(self.months or self.years)


def asked_periods(question: str) -> Periods:
    """The months and financial years a question names."""
    months = set()
    for match in _MONTH_WORD.finditer(question):
        word = match.group(1)
        # "may" is a verb unless written "May" inside the question ("How may ...", "May the board ...").
        if word.lower() == "may" and (word != "May" or not question[: match.start()].strip()):
            continue
        months.add(month_number(word))
    return Periods(frozenset(months), frozenset(_financial_years(question)))


def periods_in(texts: Iterable[str], dates: Iterable[str] = ()) -> Periods:
    """The months and financial years the texts mention, read leniently, and those their papers' dates stand for:
    a paper dated in a month covers that month, and the financial year it falls in and the one before (a report in
    May covers the year just ended). ``dates`` are ISO dates (YYYY-MM-DD or YYYY-MM)."""
    months: set[int] = set()
    years: set[int] = set()
    for text in texts:
        months.update(month_number(m.group(1)) for m in _MONTH_WORD.finditer(text))
        for match in _NUMERIC_DATE.finditer(text):
            number = int(match.group(1) or match.group(2))
            if 1 <= number <= 12:
                months.add(number)
        years.update(_financial_years(text))
    for date in dates:
        parts = date.split("-")
        if len(parts) >= 2 and parts[0].isdigit() and parts[1].isdigit():
            year, month = int(parts[0]), int(parts[1])
            months.add(month)
            first = year if month >= 4 else year - 1
            years.update((first, first - 1))
    return Periods(frozenset(months), frozenset(years))


def covers(asked: Periods, found: Periods) -> bool:
    """Whether what was found mentions each kind of period asked about: one of the months, one of the years."""
    return (not asked.months or bool(asked.months & found.months)) and (
        not asked.years or bool(asked.years & found.years)
    )


def _financial_years(text: str) -> set[int]:
    years = set()
    for match in _YEAR_PAIR.finditer(text):
        first, second = int(match.group(1)), int(match.group(2))
        if second % 100 == (first + 1) % 100:
            years.add(first)
    for match in _SHORT_PAIR.finditer(text):
        first, second = int(match.group(1)), int(match.group(2))
        if second == first + 1:
            years.add(2000 + first)
    return years
