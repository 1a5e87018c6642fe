"""The numbers the learned answer model reads: of a candidate passage, of a passage unit, of a question.

Every feature is general (how much of the question a text covers, how close it is in
meaning, whether it holds the kind of thing asked for, where it sits) and none names a
document, an organisation or a question. The weights that combine them are fitted by
``evals/training.py`` on independent question sets over many documents, with
leave-one-document-out cross-validation, and shipped in ``assistant/answer_model.json``.

- :func:`passage_features`: for reranking the candidates both retrievers found.
- :func:`unit_features`: for each sentence, list item or table row of the passages an
  answer is built from: is this where the answer is?
- :func:`question_features`: for the refusal gate: do the passages answer at all?
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import cast

import numpy as np

from assistant.query import QueryAnalysis, asks_for_list, phrases_held, satisfies, specific_names
from vectorstore.lexical import tokenize
from vectorstore.text import FIGURE
from vectorstore.units import Unit, split_units

TABLE_KINDS = ("row", "cell")  # the units that are table rows and their cells
ITEM_KINDS = ("item", *TABLE_KINDS)  # ... and list items

PASSAGE_FEATURES = (
    "bm25",  # BM25 score over the question's best BM25 score among the candidates (0 if BM25 missed it)
    "dense",  # cosine similarity of the passage vector (heading path included) to the question
    "e5",  # the same by the second passage model (e5; 0 for every candidate when one has no vector)
    "unit_sim",  # similarity of the passage's closest unit to the question
    "unit_evidence",  # best 0.6 * similarity + 0.4 * coverage over the passage's units
    "coverage",  # IDF-weighted share of the question's terms in the passage text
    "context_coverage",  # the same, counting the section path, the pack item and the document's title, meeting, ...
    "document",  # ... in the document's title, meeting, publisher and file name alone: the question names this paper
    "typed",  # the passage holds the kind of thing asked for (a figure, a name, a date)
    "log_words",
    "dense_rel",  # dense minus the best dense similarity among the candidates
    "unit_sim_rel",  # unit_sim minus the best among the candidates
    "document_rel",  # document minus the best among the candidates: another paper matches the question's naming better
    "phrase",  # share of the phrases the question quotes ('Care Well') found whole in the passage or its section path
)

UNIT_FEATURES = (
    "sim",  # similarity of the unit to the question
    "sim_rel",  # minus the best similarity among all units read for this question
    "coverage",  # IDF-weighted share of the question's terms in the unit
    "context",  # ... in the unit, its section path and document title/meeting/publisher
    "context_rel",
    "window",  # ... in the unit with its neighbours and the context
    "focus",  # ... of the question's words outside its names, in the unit and its neighbours (context not counted)
    "rarest_missing",  # IDF of the rarest question term the window lacks, over the rarest term's IDF (0: none lacking)
    "passage",  # ... anywhere in the passage and its context
    "typed",  # holds the kind of thing asked for
    "typed_context",  # typed * context: the right kind of thing about the right subject
    "bigrams",  # share of the question's word pairs found in the unit
    "figures",  # how many figures the unit holds (capped at 5, scaled to 0..1)
    "rank",  # the passage's rank (0 = first)
    "position",  # where in the passage the unit sits (0 = first, 1 = last)
    "log_words",
    "heading",  # a short line without closing punctuation (a heading or caption), or a line of a title the paper marks
    "lead_in",  # ends with ':' or 'as follows': announces what follows
    "item",  # a list item
    "row",  # a table row or cell
    "novel",  # share of the unit's terms the question does not have (0: it only repeats the question)
    "names",  # the passage mentions every specific name the question gives
    "list_question",  # the question asks for several things
    "list_item",  # list_question * item: a list item, when a list is asked for
    "list_lead",  # list_question * the context coverage of the line that introduces the item's list or rows
    "previous_context",  # context coverage of the unit before (a lead-in or heading that matches)
    "next_context",  # context coverage of the unit after
    "asked_sim",  # similarity of the unit to what the question asks: the question without its names
)

QUESTION_FEATURES = (
    "best",  # the best unit's logit
    "second",  # the second best unit's logit
    "best_typed",  # the best logit among units that hold the kind of thing asked for
    "names_found",  # the passages mention every specific name the question gives
    "missing",  # IDF-weighted share of the question's terms found nowhere in the passages or their context
    "missing_max",  # the rarest such term's IDF over the IDF of an unseen term
    "top_passage",  # the first passage's reranker logit
    "typed_window",  # question terms around the best unit holding the kind of thing asked for (context counted)
    "typed_sim",  # that unit's similarity to the question
    "typed_rarest_missing",  # that unit's rarest_missing: the question's most specific word is not there
    "best_rarest_missing",  # the same for the best unit
    "best_sim",  # the highest similarity of any unit to the question: is anything read on the subject at all?
    "typed_focus",  # the question's words outside its names (what it asks about them) in that unit and its neighbours
    "best_focus",  # the same for the best unit
    "best_asked_sim",  # the best unit's similarity to what the question asks (its names left out)
    "typed_asked_sim",  # the same for the best unit holding the kind of thing asked for
    "max_asked_sim",  # the highest such similarity of any unit: is anything read on what is asked at all?
)

HEADING_WORDS = 12  # a heading, caption or label is shorter than this; a line this long says something itself
_LEAD_IN = re.compile(r":\s*$|\b(?:below|as follows|the following)\W{0,3}$", re.I)
_CLOSED = re.compile(r"[.!?:;)\]]\s*$")
# An amount: money, a percentage, a decimal or a number grouped in thousands (not a year, a range or an item number).
_AMOUNT = re.compile(r"[£$€]\s?\d|\d\s?%|\d\.\d|\d{1,3}(?:,\d{3})+")
_NUMBERED = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s")  # "1.2 Background": a section's number, not an amount


@dataclass(frozen=True)
class TermStats:
    """The index's term statistics: IDF of each stemmed term, and words seen in lower case."""

    idf: Mapping[str, float]
    unseen: float
    common_words: frozenset[str] = frozenset()

    def weight(self, term: str) -> float:
        return self.idf.get(term, self.unseen)

    def coverage(self, terms: Sequence[str], have: set[str] | frozenset[str]) -> float:
        """IDF-weighted share of ``terms`` present in ``have``."""
        total = sum(self.weight(t) for t in terms)
        return sum(self.weight(t) for t in terms if t in have) / total if total else 0.0


# What names a paper: its title, meeting and publisher, and its file name, which often names it when the title
# read from the paper does not ("kent-performance-report-q3.pdf" titled "Kent County Council"; a pack titled
# "Bundle Public Board Meeting"). Over the eight sample papers, counting the file name lifts recall@800w
# (leave-one-document-out) from 0.875 to 0.903, on six of the eight papers.
_DOCUMENT_FIELDS = ("title", "meeting", "publisher", "source")


def context_terms(
    metadata: Mapping[str, object], fields: Sequence[str] = ("section", "item", "table_header", *_DOCUMENT_FIELDS)
) -> set[str]:
    """Terms of where a passage sits: its section path, the pack item it is in ("Item 8 – Finance report"), the header
    row of its table's rows (or the lead-in of its list's items), and its document's title, meeting, publisher, file
    name. (The answer step's units read the item in their location.)"""
    return set(tokenize(" ".join(str(metadata.get(k) or "") for k in fields)))


def passage_features(
    analysis: QueryAnalysis,
    text: str,
    metadata: Mapping[str, object],
    unit_sims: np.ndarray,
    stats: TermStats,
) -> dict[str, float]:
    """One candidate passage. ``metadata`` carries the retrievers' signals (see :mod:`assistant.retrieval`):
    ``bm25``, ``bm25_top`` and ``dense`` (absent: not found by that retriever). Their ranks are not read: a rank
    depends on how many papers the index holds, so a reranker fitted on a few papers would misjudge it in many."""
    units = split_units(text)
    terms = set(tokenize(text))
    unit_cov = [stats.coverage(analysis.terms, set(tokenize(u.text))) for u in units]
    sims = [float(s) for s in unit_sims] or [0.0]
    top = float(metadata.get("bm25_top") or 0.0)  # type: ignore[arg-type]
    return {
        "bm25": float(metadata.get("bm25") or 0.0) / top if top > 0 else 0.0,  # type: ignore[arg-type]
        "dense": float(metadata.get("dense") or 0.0),  # type: ignore[arg-type]
        "e5": float(metadata.get("e5") or 0.0),  # type: ignore[arg-type]
        "unit_sim": max(sims),
        "unit_evidence": max((0.6 * s + 0.4 * c for s, c in zip(sims, unit_cov, strict=False)), default=0.0),
        "coverage": stats.coverage(analysis.terms, terms),
        "context_coverage": stats.coverage(analysis.terms, terms | context_terms(metadata)),
        "document": stats.coverage(analysis.terms, context_terms(metadata, _DOCUMENT_FIELDS)),
        "typed": float(satisfies(analysis.answer_type, text, stats.common_words)),
        "log_words": math.log1p(len(text.split())),
        "phrase": _quoted_found(analysis, text, metadata),
    }


def _unit_contexts(units: Sequence[Unit], metadata: Mapping[str, object], context: set[str]) -> list[set[str]]:
    """Where each unit sits: the passage's context, with the section of the title in force at the unit where a new
    title takes over inside the passage (``metadata["titles"]``: offsets and titles, as in minutes whose chunk runs
    from one item into the next)."""
    titles = cast("Sequence[tuple[int, str]]", metadata.get("titles") or ())
    under = {title: context_terms({**metadata, "section": title}) for _, title in titles}
    return [next((under[t] for at, t in reversed(titles) if at <= unit.start), context) for unit in units]


def _quoted_found(analysis: QueryAnalysis, text: str, metadata: Mapping[str, object]) -> float:
    """A phrase the question quotes is the papers' own term: the share of them the passage holds whole."""
    if not analysis.phrases:
        return 0.0
    return phrases_held(analysis.phrases, text, metadata.get("section")) / len(analysis.phrases)


@dataclass(frozen=True)
class UnitRow:
    """One unit of one passage with its features."""

    passage: int  # index into the passages read (0 = first)
    index: int  # position of the unit in its passage
    unit: Unit
    features: dict[str, float]


def unit_features(
    analysis: QueryAnalysis,
    passages: Sequence[tuple[str, Mapping[str, object]]],
    question_vector: np.ndarray,
    unit_vectors: Callable[[list[str]], np.ndarray],
    stats: TermStats,
    asked_vector: np.ndarray | None = None,
) -> list[UnitRow]:
    """Every unit of the passages (text, metadata) read for a question, in passage order.

    ``asked_vector`` is the vector of the question without its names (:func:`assistant.query.without_names`);
    None when the question gives no names (then it is the question's vector)."""
    names = specific_names(analysis)
    question_bigrams = _bigrams(tokenize(analysis.text))
    asked = set(analysis.terms)
    rarest = max((stats.weight(t) for t in asked), default=0.0) or 1.0
    named = {t for name in analysis.names for t in tokenize(name)}
    focus = [t for t in analysis.terms if t not in named]  # what the question asks about the things it names
    list_question = float(asks_for_list(analysis.text))
    per_passage = [split_units(text) for text, _ in passages]
    texts = [u.text for units in per_passage for u in units]
    vectors = unit_vectors(texts) if texts else np.zeros((0, len(question_vector)))
    sims = vectors @ question_vector
    asked_sims = sims if asked_vector is None else vectors @ asked_vector
    rows: list[UnitRow] = []
    cursor = 0
    for rank, ((text, metadata), units) in enumerate(zip(passages, per_passage, strict=True)):
        context = context_terms(metadata)
        passage_terms = set(tokenize(text)) | context
        all_named = float(all(all(t in passage_terms for t in name) for name in names))
        terms = [set(tokenize(u.text)) for u in units]
        unit_contexts = _unit_contexts(units, metadata, context)
        titles = known_titles(metadata)
        contexts = [stats.coverage(analysis.terms, t | c) for t, c in zip(terms, unit_contexts, strict=True)]
        introduced = _introductions(units, contexts)
        for i, unit in enumerate(units):
            own, where = terms[i], unit_contexts[i]
            window = own | (terms[i - 1] if i else set()) | (terms[i + 1] if i + 1 < len(units) else set())
            lacking = [stats.weight(t) for t in asked if t not in window and t not in where]
            focus_window = stats.coverage(focus, window) if focus else 1.0
            words = len(unit.text.split())
            typed = float(satisfies(analysis.answer_type, unit.text, stats.common_words))
            features = {
                "sim": float(sims[cursor + i]),
                "coverage": stats.coverage(analysis.terms, own),
                "context": contexts[i],
                "window": stats.coverage(analysis.terms, window | where),
                "rarest_missing": max(lacking, default=0.0) / rarest,
                "focus": focus_window,
                "passage": stats.coverage(analysis.terms, passage_terms),
                "typed": typed,
                "typed_context": typed * contexts[i],
                "bigrams": len(question_bigrams & _bigrams(tokenize(unit.text))) / (len(question_bigrams) or 1),
                "figures": min(len(FIGURE.findall(unit.text)), 5) / 5,
                "rank": float(rank),
                "position": i / max(1, len(units) - 1),
                "log_words": math.log1p(words),
                "heading": float(is_heading(unit) or is_title_line(unit.text, titles)),
                "lead_in": float(leads_in(unit.text)),
                "item": float(unit.kind == "item"),
                "row": float(unit.kind in TABLE_KINDS),
                "novel": len(own - asked) / (len(own) or 1),
                "names": all_named,
                "list_question": list_question,
                "list_item": list_question * float(unit.kind == "item"),
                "list_lead": list_question * introduced[i],
                "previous_context": contexts[i - 1] if i else 0.0,
                "next_context": contexts[i + 1] if i + 1 < len(units) else 0.0,
                "asked_sim": float(asked_sims[cursor + i]),
            }
            rows.append(UnitRow(rank, i, unit, features))
        cursor += len(units)
    relative([r.features for r in rows], ("sim", "context"))
    return rows


def question_features(
    analysis: QueryAnalysis,
    passages: Sequence[tuple[str, Mapping[str, object]]],
    rows: Sequence[UnitRow],
    logits: np.ndarray,
    top_passage: float,
    stats: TermStats,
) -> dict[str, float]:
    """The evidence for a whole question, from its passages and their units' logits."""
    have: set[str] = set()
    for text, metadata in passages:
        have |= set(tokenize(text)) | context_terms(metadata)
    weights = [stats.weight(t) for t in analysis.terms]
    missing = [w for t, w in zip(analysis.terms, weights, strict=True) if t not in have]
    names = specific_names(analysis)
    ordered = sorted((float(x) for x in logits), reverse=True)
    typed = [float(x) for x, r in zip(logits, rows, strict=True) if r.features["typed"]]
    floor = -10.0
    typed_rows = [(float(x), r) for r, x in zip(rows, logits, strict=True) if r.features["typed"]]
    best_typed = max(typed_rows, key=lambda pair: pair[0])[1] if typed_rows else None
    best_row = rows[int(np.argmax(logits))] if len(rows) else None
    return {
        "best_sim": max((r.features["sim"] for r in rows), default=0.0),
        "typed_focus": best_typed.features["focus"] if best_typed else 0.0,
        "best_focus": best_row.features["focus"] if best_row else 0.0,
        "best_asked_sim": best_row.features["asked_sim"] if best_row else 0.0,
        "typed_asked_sim": best_typed.features["asked_sim"] if best_typed else 0.0,
        "max_asked_sim": max((r.features["asked_sim"] for r in rows), default=0.0),
        "typed_rarest_missing": best_typed.features["rarest_missing"] if best_typed else 1.0,
        "best_rarest_missing": best_row.features["rarest_missing"] if best_row else 1.0,
        "typed_window": best_typed.features["window"] if best_typed else 0.0,
        "typed_sim": best_typed.features["sim"] if best_typed else 0.0,
        "best": ordered[0] if ordered else floor,
        "second": ordered[1] if len(ordered) > 1 else floor,
        "best_typed": max(typed, default=floor),
        "names_found": float(all(all(t in have for t in name) for name in names)),
        "missing": sum(missing) / (sum(weights) or 1.0),
        "missing_max": max(missing, default=0.0) / stats.unseen if stats.unseen else 0.0,
        "top_passage": top_passage,
    }


def states_amount(text: str) -> bool:
    """The line gives an amount (money, a percentage, a decimal, thousands), not counting a leading section number."""
    return bool(_AMOUNT.search(_NUMBERED.sub("", text)))


def is_heading(unit: Unit) -> bool:
    """A short line with no closing punctuation (a heading, a caption, a label): says what follows, not an answer.
    A line that gives an amount ("Fee per visit is £31.20", "Uptake 64%") states a value: it is no heading."""
    text = unit.text
    return (
        unit.kind == "sentence"
        and len(text.split()) < HEADING_WORDS
        and not _CLOSED.search(text)
        and not states_amount(text)
    )


def known_titles(metadata: Mapping[str, object]) -> list[str]:
    """The titles the paper itself marks in a passage (a PDF's bold item and section titles: the one in force
    where the passage starts and any that take over inside it), whitespace-normalised; a title cut short for a
    section path keeps its "…"."""
    titles = [title for _, title in cast("Sequence[tuple[int, str]]", metadata.get("titles") or ())]
    if heading := metadata.get("heading"):
        titles.append(str(heading))
    return [" ".join(title.split()) for title in titles]


def is_title_line(text: str, titles: Sequence[str]) -> bool:
    """A line of one of the passage's marked titles (:func:`known_titles`): the whole title, a line of a title set
    over several lines, or the start of a long title cut short ("12. Transfer of the service from ... …"). It names
    the item or section that follows; it is not an answer. A single word never counts (it is as likely a word of a
    sentence)."""
    line = " ".join(text.split())
    if len(line.split()) < 2:
        return False
    for title in titles:
        whole = title.removesuffix(" …")
        if f" {line} " in f" {whole} " or (title.endswith(" …") and f"{line} ".startswith(f"{whole} ")):
            return True
    return False


def _introductions(units: Sequence[Unit], contexts: Sequence[float]) -> list[float]:
    """For each list item or table row: the context coverage of the line that introduces it (see
    :func:`introducer`); 0 for other units. Items rarely repeat the question's words; the line
    announcing them does."""
    return [contexts[j] if (j := introducer(units, i)) is not None else 0.0 for i in range(len(units))]


def introducer(units: Sequence[Unit], i: int) -> int | None:
    """Where the line introducing list item or table row ``i`` is: the nearest item above it in its run
    that leads in, as in "Risks include:", else the line just above the run ("The following workstreams
    have been set up:"). None for a unit that is not an item or row, or a run that opens the text.

    Papers number their paragraphs ("4.5 Three themes emerged:", "4.5.1 ...", "4.6 ..."): a numbered lead-in
    introduces only the items numbered under it, not the paragraph numbered after it."""
    if units[i].kind not in ITEM_KINDS:
        return None
    number = paragraph_number(units[i].text)
    j = i - 1
    while j >= 0 and units[j].kind in ITEM_KINDS and not (leads_in(units[j].text) and numbered_under(number, units[j])):
        j -= 1
    return j if j >= 0 else None


# "- 4.5.1. There is ...", "3.2 Finance": a paragraph's number of two or more levels (a lone "4." is as often a
# list's own count as a paragraph's number, and "2025." is a year).
_PARAGRAPH_NUMBER = re.compile(r"^(?:[-•*]\s*)*(\d{1,3}(?:\.\d{1,3})+)\.?\s")


def paragraph_number(text: str) -> tuple[str, ...] | None:
    """The paragraph number a line opens with, as its levels ("4.5.1" is 4, 5, 1); None when it has none."""
    m = _PARAGRAPH_NUMBER.match(text.strip())
    return tuple(m.group(1).split(".")) if m else None


def numbered_under(number: tuple[str, ...] | None, lead_in: Unit) -> bool:
    """Whether an item numbered ``number`` can be in the list of ``lead_in``: yes unless both are numbered
    and the item's number does not go on from the lead-in's (4.5.1 under 4.5; 4.6 is not)."""
    above = paragraph_number(lead_in.text)
    return number is None or above is None or (len(number) > len(above) and number[: len(above)] == above)


def leads_in(text: str) -> bool:
    """ "... include:", "... are outlined below.", "... as follows": announces a list or table."""
    return bool(_LEAD_IN.search(text))


def _bigrams(terms: Sequence[str]) -> set[tuple[str, str]]:
    return set(zip(terms, terms[1:], strict=False))


def relative(rows: Sequence[dict[str, float]], names: Sequence[str]) -> None:
    """Add ``<name>_rel`` to each row: its value minus the best value among the question's rows."""
    for name in names:
        best = max((r[name] for r in rows), default=0.0)
        for r in rows:
            r[f"{name}_rel"] = r[name] - best
