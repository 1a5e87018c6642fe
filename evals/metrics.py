"""Every metric of the evaluation, each a function with its definition.

All matching uses the shared rule in :mod:`evals.matching` (a passage *contains* a gold
quote when 70% of the quote's tokens match in order; a text *contains* a key fact when
its normalised tokens occur as a phrase). Per-question metrics return ``None`` when they
do not apply to the question (retrieval metrics on an unanswerable question, for
instance); an aggregate is the mean over the questions where the metric applies.

Grounding is measured twice, so the product does not grade itself: once with the
verifier's own verdicts (``Answer.sentences``), and once with the lexical entailment
check defined here, which knows nothing of the product's code.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from evals.matching import contains_fact, contains_quote, first_words, tokens
from evals.results import Result

RECALL_KS = (1, 4, 8)
CURVE_KS = tuple(range(1, 11))
NDCG_K = 8
BUDGET_WORDS = 800
# A sentence is lexically supported when this share of its content words, and every one of
# its figures, appear in the passages it cites.
LEXICAL_SUPPORT = 0.75
STAGE_ORDER = ("prepare", "rewrite", "retrieve", "select", "generate", "verify", "total")

_MARKER = re.compile(r"\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\]")
_MARKER_RUN = r"(?:\s*\[\d{1,3}(?:\s*[,;]\s*\d{1,3})*\])"
# A sentence ends at . ! ? (then any closing quote and [n] markers) before a space and a
# non-lowercase character, or at a run of markers before a capital: "... [1] Next ...".
_SENTENCE_END = re.compile(rf"[.!?][\"'”’)]*{_MARKER_RUN}*(?=\s+[^\sa-z]|\s*$)|{_MARKER_RUN}+(?=\s+[A-Z\"“‘(])")
_ABBREVIATIONS = frozenset({"dr", "mr", "mrs", "ms", "prof", "st", "cllr", "no", "e.g", "i.e", "etc", "vs", "approx"})
_SPACE_BEFORE_STOP = re.compile(r"\s+([.,;:!?])")
_BULLET = re.compile(r"^\s*(?:[-•*]|\d{1,3}[.)])\s+")
_SUFFIXES = ("ing", "ed", "es", "s")
_STOPWORD_TEXT = """
a about above after again against all also am an and any are as at be because been before being below between both
but by can could did do does doing down during each few for from further had has have having he her here hers him
his how i if in into is it its itself just me more most my no nor not now of off on once only or other our ours out
over own same she should so some such than that the their theirs them then there these they this those through to
too under until up very was we were what when where which while who whom why will with would you your yours
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


# --- retrieval --------------------------------------------------------------------------
def quotes_found(passages: Sequence[str], quotes: Sequence[str]) -> list[bool]:
    """For each gold quote, whether some passage contains it (shared 70% rule)."""
    return [any(contains_quote(p, q) for p in passages) for q in quotes]


def recall_at_k(passages: Sequence[str], quotes: Sequence[str], k: int) -> float | None:
    """Share of the gold quotes contained in some passage among the top ``k`` retrieved.

    A question with three quotes that finds two of them in the top k scores 2/3. ``None``
    when the question has no gold quotes (unanswerable)."""
    if not quotes:
        return None
    found = quotes_found(passages[:k], quotes)
    return sum(found) / len(quotes)


def reciprocal_rank(passages: Sequence[str], quotes: Sequence[str]) -> float | None:
    """1 / rank of the first retrieved passage containing any gold quote; 0 if none does.

    MRR is its mean. ``None`` without gold quotes."""
    if not quotes:
        return None
    for rank, passage in enumerate(passages, start=1):
        if any(contains_quote(passage, q) for q in quotes):
            return 1.0 / rank
    return 0.0


def ndcg_at_k(passages: Sequence[str], quotes: Sequence[str], k: int = NDCG_K) -> float | None:
    """Normalised discounted cumulative gain over the top ``k`` passages.

    The gain at a rank is the number of gold quotes first found there (a passage repeating
    a quote found higher up gains nothing), discounted by log2(rank + 1). The ideal puts
    one quote at each of the first min(quotes, k) ranks; a passage holding several quotes
    can beat that ideal, so the score is capped at 1. ``None`` without gold quotes."""
    if not quotes:
        return None
    seen: set[int] = set()
    dcg = 0.0
    for rank, passage in enumerate(passages[:k], start=1):
        new = {i for i, q in enumerate(quotes) if i not in seen and contains_quote(passage, q)}
        seen |= new
        dcg += len(new) / math.log2(rank + 1)
    ideal = sum(1.0 / math.log2(rank + 1) for rank in range(1, min(len(quotes), k) + 1))
    return min(1.0, dcg / ideal)


def recall_at_words(passages: Sequence[str], quotes: Sequence[str], budget: int = BUDGET_WORDS) -> float | None:
    """recall@800w of the shared README: the ranked passages concatenated and cut to the
    first ``budget`` words; the share of gold quotes that text contains. Fair across chunk
    sizes, unlike recall@k. ``None`` without gold quotes."""
    if not quotes:
        return None
    text = first_words(list(passages), budget)
    return sum(contains_quote(text, q) for q in quotes) / len(quotes)


def context_sufficient(passages: Sequence[str], facts: Sequence[str], k: int) -> float | None:
    """1.0 when every key fact occurs in the top ``k`` passages (what the answer step reads),
    else 0.0: could a perfect reader answer from this context? ``None`` without key facts."""
    if not facts:
        return None
    context = "\n".join(passages[:k])
    return 1.0 if all(contains_fact(context, f) for f in facts) else 0.0


# --- answers ----------------------------------------------------------------------------
def strip_markers(text: str) -> str:
    """The answer without its [n] markers, so a marker cannot split a key-fact phrase."""
    return _MARKER.sub(" ", text)


def key_fact_recall(answer: str, facts: Sequence[str], refused: bool = False) -> float | None:
    """Share of the key facts the answer text contains (shared rule); a refusal scores 0.
    ``None`` without key facts."""
    if not facts:
        return None
    if refused:
        return 0.0
    text = strip_markers(answer)
    return sum(contains_fact(text, f) for f in facts) / len(facts)


# --- sentences and citations --------------------------------------------------------------
def answer_sentences(answer: str) -> list[tuple[str, list[int]]]:
    """(sentence without markers, the passage numbers it cites) for each answer sentence.

    Each line (a list item) is split at sentence ends; markers after a full stop belong to
    the sentence before them; a line holding only markers belongs to the line above."""
    out: list[tuple[str, list[int]]] = []
    for line in answer.splitlines():
        start = 0
        pieces = []
        for match in _SENTENCE_END.finditer(line):
            before = line[start : match.start()].split()
            if match.group(0)[0] == "." and before and before[-1].lower() in _ABBREVIATIONS:
                continue
            pieces.append(line[start : match.end()])
            start = match.end()
        pieces.append(line[start:])
        for piece in pieces:
            cited = [int(n) for m in _MARKER.finditer(piece) for n in re.split(r"\s*[,;]\s*", m.group(1))]
            text = _SPACE_BEFORE_STOP.sub(r"\1", _BULLET.sub("", _MARKER.sub("", piece))).strip()
            if re.search(r"[A-Za-z0-9£%]", text):
                out.append((text, list(dict.fromkeys(cited))))
            elif cited and out:
                out[-1][1].extend(n for n in cited if n not in out[-1][1])
    return out


def citation_recall(answer: str) -> float | None:
    """ALCE-style citation recall as the issue defines it: share of answer sentences that
    carry at least one [n] citation. ``None`` for an empty answer."""
    sentences = answer_sentences(answer)
    if not sentences:
        return None
    return sum(bool(cited) for _, cited in sentences) / len(sentences)


def citation_precision(cited_texts: Sequence[str], quotes: Sequence[str], facts: Sequence[str]) -> float | None:
    """Share of the cited passages that contain a gold quote or a key fact: are the
    passages the answer points at the right ones? ``None`` when nothing is cited."""
    if not cited_texts:
        return None
    relevant = [
        any(contains_quote(t, q) for q in quotes) or any(contains_fact(t, f) for f in facts) for t in cited_texts
    ]
    return sum(relevant) / len(relevant)


def _stem(token: str) -> str:
    for suffix in _SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            return token[: -len(suffix)]
    return token


def content_tokens(text: str) -> set[str]:
    """Normalised (shared rule), stop words dropped, light suffix stripping."""
    return {_stem(t) for t in tokens(text) if t not in STOPWORDS}


def lexical_support(sentence: str, passages: Sequence[str]) -> float | None:
    """Share of the sentence's content words found in the passages; 0 if any figure in the
    sentence is missing from them. ``None`` for a sentence with no content words."""
    words = content_tokens(sentence)
    if not words:
        return None
    found = set().union(*(content_tokens(p) for p in passages)) if passages else set()
    if any(any(ch.isdigit() for ch in w) and w not in found for w in words):
        return 0.0
    return len(words & found) / len(words)


def lexical_grounding(answer: str, citations: dict[int, str], threshold: float = LEXICAL_SUPPORT) -> float | None:
    """Independent entailment check: share of answer sentences lexically supported by the
    passages they cite (``citations``: marker number -> passage text). A sentence citing
    nothing, or only numbers that are not among the citations, is unsupported.
    ``None`` when the answer has no sentence with content words."""
    verdicts = []
    for sentence, cited in answer_sentences(answer):
        support = lexical_support(sentence, [citations[n] for n in cited if n in citations])
        if support is not None:
            verdicts.append(support >= threshold and any(n in citations for n in cited))
    return sum(verdicts) / len(verdicts) if verdicts else None


def verifier_grounding(sentences: Sequence[dict[str, Any]] | None) -> float | None:
    """The product's own verifier: share of the shown answer sentences it marked supported.
    ``None`` when no verifier ran or the answer has no sentences."""
    if not sentences:
        return None
    return sum(bool(s["supported"]) for s in sentences) / len(sentences)


def verifier_kept(sentences: Sequence[dict[str, Any]] | None, dropped: int | None) -> float | None:
    """Share of the generated sentences the verifier kept (the rest were cut as unsupported):
    how often the generator strays from its passages. ``None`` when no verifier ran."""
    if sentences is None or dropped is None or not (len(sentences) + dropped):
        return None
    return len(sentences) / (len(sentences) + dropped)


# --- one question -------------------------------------------------------------------------
def question_scores(result: Result, k: int = 4) -> dict[str, float | None]:
    """Every per-question metric for one result (``None`` where it does not apply)."""
    q = result.question
    passages = [p["text"] for p in result.retrieved]
    quotes = [s.quote for s in q.sources] if q.answerable else []
    facts = list(q.key_facts) if q.answerable else []
    cited = {c["n"]: c["text"] for c in result.citations}
    scores: dict[str, float | None] = {f"recall@{n}": recall_at_k(passages, quotes, n) for n in RECALL_KS}
    scores.update(
        {
            "mrr": reciprocal_rank(passages, quotes),
            f"ndcg@{NDCG_K}": ndcg_at_k(passages, quotes, NDCG_K),
            f"recall@{BUDGET_WORDS}w": recall_at_words(passages, quotes),
            "context_sufficiency": context_sufficient(passages, facts, k),
            "key_fact_recall": key_fact_recall(result.answer, facts, refused=not result.answered),
            "answered": float(result.answered) if q.answerable else None,
            "grounding_lexical": lexical_grounding(result.answer, cited) if result.answered else None,
            "grounding_verifier": verifier_grounding(result.sentences) if result.answered else None,
            "verifier_kept": verifier_kept(result.sentences, result.dropped) if result.answered else None,
            "citation_precision": (
                citation_precision(list(cited.values()), quotes, facts) if result.answered and q.answerable else None
            ),
            "citation_recall": citation_recall(result.answer) if result.answered else None,
        }
    )
    return scores


def failure_reasons(result: Result, k: int = 4) -> list[str]:
    """Why a question counts as failed; empty when it passed.

    An answerable question fails when it is not answered or misses a key fact; an
    unanswerable one fails when it is answered."""
    q = result.question
    reasons = []
    if result.error:
        reasons.append(f"error: {result.error}")
    if result.missing_docs:
        reasons.append("cites documents that are not indexed: " + ", ".join(result.missing_docs))
    if not q.answerable:
        if not result.refused:
            reasons.append("answered a question the papers do not answer")
        return reasons
    if result.refused:
        reasons.append("refused an answerable question")
    missing = [f for f in q.key_facts if not contains_fact(strip_markers(result.answer), f)]
    if result.answered and missing:
        reasons.append("missing key facts: " + "; ".join(missing))
    passages = [p["text"] for p in result.retrieved]
    lost = [
        s.doc
        for s, found in zip(q.sources, quotes_found(passages[:8], [s.quote for s in q.sources]), strict=False)
        if not found
    ]
    if lost and reasons:
        reasons.append(f"{len(lost)} of {len(q.sources)} gold quotes not in the top 8 retrieved")
    return reasons


# --- a set of questions ------------------------------------------------------------------
def mean(values: Iterable[float | None]) -> float | None:
    """Mean of the values that are not ``None``; ``None`` if there are none."""
    kept = [v for v in values if v is not None]
    return sum(kept) / len(kept) if kept else None


def answered_rate(results: Sequence[Result]) -> float | None:
    """Share of answerable questions that got an answer (not refused, not empty, no error)."""
    return mean(float(r.answered) for r in results if r.question.answerable) if results else None


def refusal_precision(results: Sequence[Result]) -> float | None:
    """Of the questions the system refused, the share that are ``unanswerable``.
    ``None`` when it refused nothing."""
    refused = [r for r in results if r.refused]
    return sum(not r.question.answerable for r in refused) / len(refused) if refused else None


def refusal_recall(results: Sequence[Result]) -> float | None:
    """Of the ``unanswerable`` questions, the share the system refused.
    ``None`` when the set has none."""
    unanswerable = [r for r in results if not r.question.answerable]
    return sum(r.refused for r in unanswerable) / len(unanswerable) if unanswerable else None


def percentile(values: Sequence[float], q: float) -> float | None:
    """The ``q``-th percentile (0-100), linear between the closest ranks; ``None`` if empty."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def stage_latencies(results: Sequence[Result]) -> dict[str, list[float]]:
    """Milliseconds per stage over the results that ran it; ``total`` is the wall time."""
    stages: dict[str, list[float]] = {}
    for r in results:
        for stage, ms in r.timings.items():
            if stage != "total":
                stages.setdefault(stage, []).append(float(ms))
        stages.setdefault("total", []).append(float(r.latency_ms))
    order = {s: i for i, s in enumerate(STAGE_ORDER)}
    return dict(sorted(stages.items(), key=lambda item: (order.get(item[0], len(order) - 1), item[0])))


def latency(results: Sequence[Result]) -> dict[str, dict[str, float | None]]:
    """p50 and p95 latency in ms for each stage (retrieve, generate, verify, ..., total)."""
    return {
        stage: {"p50": percentile(ms, 50), "p95": percentile(ms, 95), "n": len(ms)}
        for stage, ms in stage_latencies(results).items()
    }


HEADLINE = (
    "recall@1",
    "recall@4",
    "recall@8",
    "mrr",
    f"ndcg@{NDCG_K}",
    f"recall@{BUDGET_WORDS}w",
    "context_sufficiency",
    "key_fact_recall",
    "answered_rate",
    "refusal_precision",
    "refusal_recall",
    "grounding_verifier",
    "verifier_kept",
    "grounding_lexical",
    "citation_precision",
    "citation_recall",
)


def headline(results: Sequence[Result], k: int = 4) -> dict[str, float | None]:
    """Every metric over a set of results: per-question means, then the set-level rates."""
    per_question = [question_scores(r, k) for r in results]
    names = per_question[0].keys() if per_question else ()
    values: dict[str, float | None] = {n: mean(s[n] for s in per_question) for n in names if n != "answered"}
    values["answered_rate"] = answered_rate(results)
    values["refusal_precision"] = refusal_precision(results)
    values["refusal_recall"] = refusal_recall(results)
    return {name: values.get(name) for name in HEADLINE}


def breakdown(results: Sequence[Result], key: Callable[[Result], str], k: int = 4) -> dict[str, dict[str, Any]]:
    """:func:`headline` for each group of results (by question type, by audience, ...)."""
    groups: dict[str, list[Result]] = {}
    for r in results:
        groups.setdefault(key(r) or "(none)", []).append(r)
    return {name: {"n": len(group), **headline(group, k)} for name, group in sorted(groups.items())}


def document_of(result: Result) -> str:
    """The document a question is about: its first gold source's; for an unanswerable question, the
    document of the first passage retrieved for it (the one its near miss came closest to)."""
    if result.question.sources:
        return result.question.sources[0].doc
    return str(result.retrieved[0].get("doc", "")) if result.retrieved else ""


def recall_curve(results: Sequence[Result], ks: Sequence[int] = CURVE_KS) -> dict[int, float | None]:
    """Mean recall@k for each k: how fast the gold passages come up the ranking."""
    answerable = [r for r in results if r.question.answerable]
    return {
        k: mean(
            recall_at_k([p["text"] for p in r.retrieved], [s.quote for s in r.question.sources], k) for r in answerable
        )
        for k in ks
    }


def compute(results: Sequence[Result], k: int = 4) -> dict[str, Any]:
    """Everything ``metrics.json`` holds for one system."""
    return {
        "questions": len(results),
        "errors": sum(r.error is not None for r in results),
        "headline": headline(results, k),
        "latency_ms": latency(results),
        "by_type": breakdown(results, lambda r: r.question.type, k),
        "by_audience": breakdown(results, lambda r: r.question.audience, k),
        "by_document": breakdown(results, document_of, k),
        "recall_curve": {str(n): v for n, v in recall_curve(results).items()},
    }


FOLLOW_UP_METRICS = (f"recall@{BUDGET_WORDS}w", "recall@4", "recall@8", "mrr", "key_fact_recall")


def follow_up_comparison(rewritten: Sequence[Result], standalone: Sequence[Result], k: int = 4) -> dict[str, Any]:
    """A follow-up set: each follow-up (searched as the rewrite made it) beside its hand-resolved
    question asked alone, on retrieval (recall@800w first) and key facts; per question too."""
    resolved = {r.question.id: r for r in standalone}
    pairs = [(r, resolved[r.question.id]) for r in rewritten if r.question.id in resolved]
    scores = [(question_scores(a, k), question_scores(b, k)) for a, b in pairs]
    return {
        "questions": len(pairs),
        "rewritten": {m: mean(a[m] for a, _ in scores) for m in FOLLOW_UP_METRICS},
        "standalone": {m: mean(b[m] for _, b in scores) for m in FOLLOW_UP_METRICS},
        "per_question": [
            {
                "id": a.question.id,
                "follow_up": a.question.question,
                "rewritten": a.searched,
                "standalone": b.question.question,
                f"recall@{BUDGET_WORDS}w_rewritten": sa[f"recall@{BUDGET_WORDS}w"],
                f"recall@{BUDGET_WORDS}w_standalone": sb[f"recall@{BUDGET_WORDS}w"],
            }
            for (a, b), (sa, sb) in zip(pairs, scores, strict=True)
        ],
    }


def ratios(ours: dict[str, Any], baseline: dict[str, Any]) -> dict[str, float | None]:
    """ours / baseline for every headline metric, and for p50 and p95 latency per stage
    present in both (a latency ratio above 1 means we are slower)."""
    out: dict[str, float | None] = {}
    for name, value in ours["headline"].items():
        base = baseline["headline"].get(name)
        out[name] = value / base if value is not None and base else None
    for stage, lat in ours["latency_ms"].items():
        base = baseline["latency_ms"].get(stage)
        for p in ("p50", "p95"):
            if base and lat[p] is not None and base[p]:
                out[f"latency_{stage}_{p}"] = lat[p] / base[p]
    return out
