"""Extractive answering: quote the passages' best sentences, rows and list items, cited.

Each unit of each passage (sentence, list item, table row or cell) is scored against the
question: embedding similarity, IDF-weighted coverage of the question's terms (by the unit
alone, and with its section path), and whether it holds the kind of thing asked for (a
figure, a name, a date). The best unit is the answer. Another unit joins it only when it
scores nearly as well and covers question terms the answer lacks; a lead-in ("... are:")
brings its list items, and a sentence opening with "This"/"They" brings the one before.
A question in two parts ("who wrote X, and who leads it?") gets the best unit of each part.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from assistant.query import (
    QueryAnalysis,
    analyse,
    asks_for_list,
    contains_phrase,
    plain_words,
    satisfies,
    specific_names,
    sub_questions,
)
from assistant.rerank import coverage
from vectorstore.lexical import tokenize
from vectorstore.unit_vectors import UnitEmbeddingCache
from vectorstore.units import Unit, split_units

_ANAPHOR = re.compile(
    r"^(?:[-•]\s*)?(?:this|these|that|those|it|its|they|their|them|he|she|such|the latter|"
    r"the former|both|as a result|however|in addition|also)\b",
    re.I,
)
_ITEM_KINDS = ("item", "row", "cell")
# "1." "2.2." "3.04" "(a)" "b)" open a numbered paragraph; a bare "212" is a figure and stays.
_NUMBERING = re.compile(r"^(?:[-•]\s*)*(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.|\(\w{1,3}\)|[a-z]\))\s+(?=\S)")
_BULLET = re.compile(r"^(?:[-•]\s*)+")
# A unit that announces a list or table: "... include:", "... are outlined below.", "... as follows".
_LEAD_IN = re.compile(r":\s*$|\b(?:below|as follows|the following)\W{0,3}$", re.I)
_BARE_ITEM_WORDS = 20
_BARE_SENTENCE_WORDS = 10


@dataclass(frozen=True)
class PassageRef:
    n: int
    title: str
    location: str
    text: str


@dataclass
class ScoredUnit:
    n: int
    rank: int
    unit: Unit
    similarity: float
    coverage: float
    context_coverage: float
    typed: bool
    score: float
    listed: bool = field(default=False, compare=False)  # a bare line quoted as a list item

    @property
    def key(self) -> tuple[int, int]:
        return (self.n, self.unit.start)

    @property
    def words(self) -> int:
        return len(self.unit.text.split())


@dataclass(frozen=True)
class ExtractiveSettings:
    w_similarity: float = 0.5
    w_coverage: float = 0.3
    w_context: float = 0.2
    rank_penalty: float = 0.02
    untyped_factor: float = 0.7
    fragment_factor: float = 0.6  # units that add almost nothing to the question's own words
    phrase_bonus: float = 0.25  # the unit has a phrase the question quotes ('Care Well')
    definition_bonus: float = 0.15  # "X is ..." for "what is X?"
    long_unit_words: int = 60  # longer units are slightly penalised: coverage comes easily to them
    long_unit_factor: float = 0.9
    min_coverage_gain: float = 0.2  # what a further unit must add (IDF-weighted) to join the answer
    continuation_ratio: float = 0.6  # the sentence right after the best one joins above this share
    keep_same_passage: float = 0.85  # a further unit must score this share of the best one...
    keep_other_passage: float = 0.92  # ...or this share if it comes from another passage
    max_units: int = 3
    max_list_items: int = 10


class EvidenceScorer:
    """Scores passage units against a question (shared by answering and the refusal gate)."""

    def __init__(
        self,
        cache: UnitEmbeddingCache,
        idf: dict[str, float],
        unseen_idf: float,
        common_words: frozenset[str] = frozenset(),
        settings: ExtractiveSettings = ExtractiveSettings(),
    ) -> None:
        self.cache = cache
        self.idf = idf
        self.unseen = unseen_idf
        self.common_words = common_words
        self.settings = settings

    def score(self, analysis: QueryAnalysis, passages: Sequence[PassageRef]) -> list[ScoredUnit]:
        s = self.settings
        per_passage = [(rank, p, split_units(p.text)) for rank, p in enumerate(passages)]
        texts = [u.text for _, _, units in per_passage for u in units]
        if not texts:
            return []
        query = self.cache.query(analysis.text)
        sims = self.cache.vectors(texts) @ query
        scored, i = [], 0
        for rank, passage, units in per_passage:
            context_terms = set(tokenize(f"{passage.title} {passage.location}")) | _names_in(analysis, passage)
            for unit in units:
                terms = set(tokenize(unit.text))
                cov = coverage(analysis.terms, terms, self.idf, self.unseen)
                ctx = coverage(analysis.terms, terms | context_terms, self.idf, self.unseen)
                typed = satisfies(analysis.answer_type, unit.text, self.common_words)
                value = s.w_similarity * float(sims[i]) + s.w_coverage * cov + s.w_context * ctx - s.rank_penalty * rank
                value += self._bonus(analysis, unit.text)
                value *= 1.0 if typed else s.untyped_factor
                value *= s.fragment_factor if len(terms - set(analysis.terms)) < 2 else 1.0
                value *= s.long_unit_factor if len(unit.text.split()) > s.long_unit_words else 1.0
                scored.append(ScoredUnit(passage.n, rank, unit, float(sims[i]), cov, ctx, typed, value))
                i += 1
        return scored

    def _bonus(self, analysis: QueryAnalysis, text: str) -> float:
        bonus = 0.0
        if analysis.phrases and any(contains_phrase(text, p) for p in analysis.phrases):
            bonus += self.settings.phrase_bonus
        if analysis.defines and _defines(text, analysis.defines):
            bonus += self.settings.definition_bonus
        return bonus


def _names_in(analysis: QueryAnalysis, passage: PassageRef) -> set[str]:
    """The question's names ("Hannah House") that the passage mentions: every unit of it is about them."""
    names = specific_names(analysis)
    if not names:
        return set()
    terms = set(tokenize(passage.text))
    return {t for name in names if all(t in terms for t in name) for t in name}


def answer_units(question: str, passages: Sequence[PassageRef], scorer: EvidenceScorer) -> list[ScoredUnit]:
    """The units an answer quotes for the whole question and each of its parts, in reading order."""
    chosen: dict[tuple[int, int], ScoredUnit] = {}
    for part in [question] + sub_questions(question):
        analysis = analyse(part)
        for unit in compose(analysis, scorer.score(analysis, passages), scorer):
            chosen.setdefault(unit.key, unit)
    return _reading_order(_drop_contained(chosen.values()))


def compose(analysis: QueryAnalysis, scored: list[ScoredUnit], scorer: EvidenceScorer) -> list[ScoredUnit]:
    """The units that answer one question: the best, what completes it, and its list if it asks for one."""
    if not scored:
        return []
    settings, idf, unseen = scorer.settings, scorer.idf, scorer.unseen
    ranked = sorted(scored, key=lambda u: -u.score)
    best = ranked[0]
    chosen = {best.key: best}
    covered = _terms(best)
    for cand in ranked[1:]:
        ratio = settings.keep_same_passage if cand.n == best.n else settings.keep_other_passage
        if len(chosen) >= settings.max_units or cand.score < settings.keep_same_passage * best.score:
            break
        if cand.score < ratio * best.score:
            continue
        gain = coverage(analysis.terms, _terms(cand) - covered, idf, unseen)
        if gain >= settings.min_coverage_gain and not _redundant(cand, chosen.values()):
            chosen[cand.key] = cand
            covered |= _terms(cand)
    by_passage = _by_passage(scored)
    following = _next(best, by_passage[best.n])
    if (
        following is not None
        and following.unit.kind == "sentence"
        and best.unit.kind == "sentence"
        and following.unit.line == best.unit.line
        and following.score >= settings.continuation_ratio * best.score
    ):
        chosen.setdefault(following.key, following)  # the topic sentence's next sentence usually completes it
    if asks_for_list(analysis.text):
        anchor = _list_anchor(best, by_passage[best.n])
        for unit in _list_after(anchor, by_passage[best.n], settings.max_list_items):
            chosen.setdefault(unit.key, unit)
    for unit in [u for u in chosen.values() if _leads_in(u.unit.text)]:
        for item in _list_after(unit, by_passage[unit.n], settings.max_list_items):  # "... including:" and its list
            chosen.setdefault(item.key, item)
    for unit in list(chosen.values()):
        previous = _previous(unit, by_passage[unit.n])
        if previous is not None and _ANAPHOR.match(_strip_numbering(unit.unit.text)):
            chosen.setdefault(previous.key, previous)
        lead_in = _lead_in(unit, by_passage[unit.n])
        if lead_in is not None:
            chosen.setdefault(lead_in.key, lead_in)  # "... supported by:" says what a bare item is
    return _reading_order(chosen.values())


def render(units: list[ScoredUnit]) -> str:
    """Answer text: sentences run together, list items and rows on their own lines; each cited [n]."""
    lines: list[str] = []
    prose: list[str] = []
    for u in units:
        text = _strip_numbering(u.unit.text.strip())
        if u.unit.kind in _ITEM_KINDS or u.listed:
            if prose:
                lines.append(" ".join(prose))
                prose = []
            lines.append(f"- {text} [{u.n}]")
        else:
            prose.append(f"{text} [{u.n}]")
    if prose:
        lines.append(" ".join(prose))
    return "\n".join(lines)


def _strip_numbering(text: str) -> str:
    """ "- 4.09 Catherine Mbema welcomed ..." reads as "Catherine Mbema welcomed ..."."""
    return _NUMBERING.sub("", _BULLET.sub("", text)) or text


def _terms(unit: ScoredUnit) -> set[str]:
    return set(tokenize(unit.unit.text))


def _redundant(cand: ScoredUnit, chosen: Iterable[ScoredUnit]) -> bool:
    terms = _terms(cand)
    for other in chosen:
        theirs = _terms(other)
        if terms and theirs and len(terms & theirs) / len(terms | theirs) >= 0.6:
            return True
    return False


def _drop_contained(units: Iterable[ScoredUnit]) -> list[ScoredUnit]:
    """A unit inside another chosen unit of the same passage (a cell inside its row) goes."""
    units = list(units)
    return [
        u
        for u in units
        if not any(
            o is not u
            and o.n == u.n
            and o.unit.start <= u.unit.start
            and u.unit.end <= o.unit.end
            and (o.unit.end - o.unit.start) > (u.unit.end - u.unit.start)
            for o in units
        )
    ]


def _reading_order(units: Iterable[ScoredUnit]) -> list[ScoredUnit]:
    return sorted(units, key=lambda u: (u.rank, u.unit.start))


def _by_passage(scored: list[ScoredUnit]) -> dict[int, list[ScoredUnit]]:
    out: dict[int, list[ScoredUnit]] = {}
    for unit in scored:
        out.setdefault(unit.n, []).append(unit)
    for units in out.values():
        units.sort(key=lambda u: u.unit.start)
    return out


def _list_anchor(best: ScoredUnit, units: list[ScoredUnit]) -> ScoredUnit:
    """Where the list starts: the best unit, or the lead-in just before the item it is part of."""
    position = units.index(best)
    if best.unit.kind in _ITEM_KINDS:
        while position > 0 and units[position - 1].unit.kind in _ITEM_KINDS:
            position -= 1
        if position > 0 and _leads_in(units[position - 1].unit.text):
            return units[position - 1]
        return units[position]
    return best


def _list_after(anchor: ScoredUnit, units: list[ScoredUnit], limit: int) -> list[ScoredUnit]:
    """The anchor (if it leads in) and the run of list items or rows that follows it.

    After a lead-in ("... are outlined below.", "... as follows:") the run starts on the
    next line and short lines of their own count as items too: converted papers often
    lose the bullets ("Band 3 = 984 hours (101 shifts)").
    """
    position = units.index(anchor)
    leads_in = _leads_in(anchor.unit.text)
    run = [anchor] if leads_in or anchor.unit.kind in _ITEM_KINDS else []
    following = [u for u in units[position + 1 :] if not (leads_in and u.unit.line == anchor.unit.line)]
    for unit in following:
        if len(run) > limit:
            break
        if unit.unit.kind in _ITEM_KINDS:
            run.append(unit)
        elif leads_in and _bare_line(unit, units):
            unit.listed = True
            run.append(unit)
        elif not (leads_in and len(run) == 1 and _capitals(unit.unit.text)):  # a table's title: skipped
            break
    return run


def _leads_in(text: str) -> bool:
    return bool(_LEAD_IN.search(text))


def _bare_line(unit: ScoredUnit, units: list[ScoredUnit]) -> bool:
    """A short line on its own (one unit), not a lead-in or a capitals heading: an item that lost its bullet."""
    text = unit.unit.text
    alone = sum(u.unit.line == unit.unit.line for u in units) == 1
    words = len(text.split())
    prose = text.rstrip().endswith(".") and words > _BARE_SENTENCE_WORDS  # the text after the list goes on
    return alone and words <= _BARE_ITEM_WORDS and not prose and not _leads_in(text) and not _capitals(text)


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.7 * len(letters)


def _previous(unit: ScoredUnit, units: list[ScoredUnit]) -> ScoredUnit | None:
    position = units.index(unit)
    return units[position - 1] if position > 0 else None


def _lead_in(unit: ScoredUnit, units: list[ScoredUnit]) -> ScoredUnit | None:
    """The line ending in ':' that introduces the list or table this item belongs to, if any."""
    if unit.unit.kind not in _ITEM_KINDS:
        return None
    position = units.index(unit)
    while position > 0 and units[position - 1].unit.kind in _ITEM_KINDS:
        position -= 1
    if position > 0 and _leads_in(units[position - 1].unit.text):
        return units[position - 1]
    return None


def _next(unit: ScoredUnit, units: list[ScoredUnit]) -> ScoredUnit | None:
    position = units.index(unit)
    return units[position + 1] if position + 1 < len(units) else None


def _defines(text: str, subject: str) -> bool:
    """ "Core 24 is a ...", "'By and For' organisations are ...": the unit defines the subject."""
    body = plain_words(_strip_numbering(text))
    head = plain_words(subject)
    return bool(head) and body.startswith(head) and bool(re.search(r"\b(?:is|are|means|refers to)\b", text[:200]))
