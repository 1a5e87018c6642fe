"""Every metric on small hand-made cases, including the edges (nothing retrieved, no quotes, no refusals)."""

from __future__ import annotations

import math

import pytest

from evals import metrics
from evals.dataset import Question, Source
from evals.results import Result

Q1 = "Block payments to cover core costs were implemented nationally"
Q2 = "discharge costs were borne by the NHS on behalf of the system"
HIT1 = f"In April 2020 {Q1}, alongside other mechanisms."
HIT2 = f"As part of these arrangements {Q2}."
MISS = "The board noted the workforce report and thanked the team for their work."


def question(qid="q1", type_="fact", audience="staff", facts=("block payments",), quotes=(Q1,), answer="gold"):
    return Question(
        id=qid,
        question=f"question {qid}?",
        audience=audience,
        type=type_,
        answer=answer,
        key_facts=tuple(facts),
        sources=tuple(Source("plan.md", q) for q in quotes),
    )


def unanswerable(qid="u1", audience="public"):
    return Question(
        id=qid, question="Who is the chief nurse?", audience=audience, type="unanswerable", answer="NOT_IN_CORPUS"
    )


def result(
    q,
    answer="",
    refused=False,
    retrieved=(),
    citations=(),
    timings=None,
    latency=100.0,
    sentences=None,
    dropped=None,
    error=None,
):
    return Result(
        question=q,
        answer=answer,
        refused=refused,
        citations=[
            {"n": n, "doc": "plan.md", "title": "Plan", "page": None, "section": "", "text": t} for n, t in citations
        ],
        retrieved=[{"doc": "plan.md", "text": t, "score": 1.0} for t in retrieved],
        latency_ms=latency,
        timings=timings or {},
        sentences=sentences,
        dropped=dropped,
        error=error,
    )


# --- retrieval -----------------------------------------------------------------------
def test_recall_at_k_is_the_share_of_quotes_found_in_the_top_k():
    passages = [MISS, HIT1, MISS, HIT2]
    assert metrics.recall_at_k(passages, [Q1, Q2], 1) == 0
    assert metrics.recall_at_k(passages, [Q1, Q2], 2) == 0.5
    assert metrics.recall_at_k(passages, [Q1, Q2], 4) == 1
    assert metrics.recall_at_k([], [Q1], 4) == 0
    assert metrics.recall_at_k(passages, [], 4) is None


def test_a_quote_needs_70_percent_of_its_tokens_in_order():
    half = " ".join(Q1.split()[:4])  # 4 of 9 tokens
    assert metrics.recall_at_k([half], [Q1], 1) == 0
    most = " ".join(Q1.split()[:7])  # 7 of 9 tokens, in order
    assert metrics.recall_at_k([f"<p>{most}</p>"], [Q1], 1) == 1


def test_reciprocal_rank():
    assert metrics.reciprocal_rank([MISS, MISS, HIT1], [Q1]) == pytest.approx(1 / 3)
    assert metrics.reciprocal_rank([HIT2, HIT1], [Q1, Q2]) == 1
    assert metrics.reciprocal_rank([MISS], [Q1]) == 0
    assert metrics.reciprocal_rank([MISS], []) is None


def test_ndcg_rewards_early_and_new_quotes_only():
    assert metrics.ndcg_at_k([HIT1, HIT2, MISS], [Q1, Q2]) == pytest.approx(1)
    assert metrics.ndcg_at_k([MISS, HIT1], [Q1]) == pytest.approx(1 / math.log2(3))
    # The same quote again earns nothing: ranks 1 and 2 hold Q1, Q2 comes third.
    ideal = 1 + 1 / math.log2(3)
    assert metrics.ndcg_at_k([HIT1, HIT1, HIT2], [Q1, Q2]) == pytest.approx((1 + 1 / math.log2(4)) / ideal)
    # One passage holding both quotes beats the one-per-rank ideal: capped at 1.
    assert metrics.ndcg_at_k([HIT1 + " " + HIT2], [Q1, Q2]) == 1
    assert metrics.ndcg_at_k([MISS] * 8 + [HIT1], [Q1], k=8) == 0
    assert metrics.ndcg_at_k([HIT1], []) is None


def test_recall_at_800_words_cuts_the_ranked_text_at_the_budget():
    filler = " ".join(["word"] * 795)
    assert metrics.recall_at_words([filler, HIT1], [Q1]) == 0  # the quote starts after word 800
    assert metrics.recall_at_words([HIT1, filler], [Q1]) == 1
    assert metrics.recall_at_words([" ".join(["word"] * 780), HIT1], [Q1], budget=800) == 1
    assert metrics.recall_at_words([HIT1], []) is None


def test_context_sufficiency_needs_every_key_fact_in_the_top_k():
    assert metrics.context_sufficient([HIT1, HIT2], ["block payments", "discharge costs"], k=2) == 1
    assert metrics.context_sufficient([HIT1, HIT2], ["block payments", "discharge costs"], k=1) == 0
    assert metrics.context_sufficient([HIT1], [], k=4) is None


# --- answers -----------------------------------------------------------------------------
def test_key_fact_recall_ignores_markers_case_and_html():
    facts = ["seamless", "co-produced", "anti-racist"]
    answer = "Services should be Seamless [1], co&#8209;produced and <b>anti-racist</b> [2]."
    assert metrics.key_fact_recall(answer, facts) == 1  # tokens only: punctuation and entities do not matter
    assert metrics.key_fact_recall("Services should be seamless and produced together.", facts) == pytest.approx(1 / 3)
    assert metrics.key_fact_recall("Block[1] payments were made.", ["block payments"]) == 1
    assert metrics.key_fact_recall("It rose by 175%.", ["175%"]) == 1
    assert metrics.key_fact_recall("It rose by 17.5%.", ["175%"]) == 0
    assert metrics.key_fact_recall("Block payments", ["block payments"], refused=True) == 0
    assert metrics.key_fact_recall("anything", []) is None


def test_answer_sentences_keep_markers_with_their_sentence():
    text = (
        "Block payments covered core costs. [1] Discharge costs fell to the NHS [2][3] The plan says so.\n"
        "- Seamless services [1]\n[4]\n- e.g. co-produced ones [2]."
    )
    assert metrics.answer_sentences(text) == [
        ("Block payments covered core costs.", [1]),
        ("Discharge costs fell to the NHS", [2, 3]),
        ("The plan says so.", []),
        ("Seamless services", [1, 4]),  # a line of markers belongs to the line above
        ("e.g. co-produced ones.", [2]),
    ]
    assert metrics.answer_sentences("") == []
    assert metrics.answer_sentences("It costs £2.1m in total [1]. Dr. Smith agreed [1, 2].") == [
        ("It costs £2.1m in total.", [1]),
        ("Dr. Smith agreed.", [1, 2]),
    ]


def test_citation_recall_is_the_share_of_sentences_with_a_marker():
    assert metrics.citation_recall("One [1]. Two. Three [2].") == pytest.approx(2 / 3)
    assert metrics.citation_recall("All cited [1]. Both [1][2].") == 1
    assert metrics.citation_recall("   ") is None


def test_citation_precision_counts_cited_passages_with_gold_evidence():
    assert metrics.citation_precision([HIT1, MISS], [Q1], ["block payments"]) == 0.5
    assert metrics.citation_precision([HIT2], [Q1], ["discharge costs"]) == 1  # a key fact is enough
    assert metrics.citation_precision([MISS], [Q1], []) == 0
    assert metrics.citation_precision([], [Q1], []) is None


def test_lexical_support_and_grounding():
    # "covered" matches "cover" (light stemming); "hospital" is not in the passage.
    assert metrics.lexical_support("Block payments covered core hospital costs.", [HIT1]) == pytest.approx(5 / 6)
    assert metrics.lexical_support("The deficit was £2.4m.", ["The deficit was £2.1m at month 10."]) == 0
    assert metrics.lexical_support("The deficit was £2.1m.", ["The deficit was £2.1m at month 10."]) == 1
    assert metrics.lexical_support("It is what it is.", [HIT1]) is None  # no content words
    cited = {1: HIT1, 2: HIT2}
    assert metrics.lexical_grounding("Block payments were implemented nationally [1].", cited) == 1
    # Right words, wrong passage; no citation; a citation the answer does not list.
    assert metrics.lexical_grounding("Block payments were implemented nationally [2].", cited) == 0
    assert metrics.lexical_grounding("Block payments were implemented nationally.", cited) == 0
    assert metrics.lexical_grounding("Block payments were implemented nationally [7].", cited) == 0
    assert (
        metrics.lexical_grounding(
            "Block payments were implemented nationally [1]. Ambulances were cancelled [1].", cited
        )
        == 0.5
    )
    assert metrics.lexical_grounding("", cited) is None


def test_verifier_scores():
    sentences = [{"supported": True}, {"supported": False}, {"supported": True}, {"supported": True}]
    assert metrics.verifier_grounding(sentences) == 0.75
    assert metrics.verifier_grounding(None) is None
    assert metrics.verifier_grounding([]) is None
    assert metrics.verifier_kept(sentences, 4) == 0.5
    assert metrics.verifier_kept([], 0) is None
    assert metrics.verifier_kept(None, None) is None


# --- sets of questions --------------------------------------------------------------------
def test_refusal_precision_recall_and_answered_rate():
    results = [
        result(unanswerable("u1"), "The papers don't say.", refused=True),
        result(unanswerable("u2"), "Someone [1].", citations=[(1, MISS)]),
        result(question("a1"), "The papers don't say.", refused=True),
        result(question("a2"), "Block payments [1].", citations=[(1, HIT1)]),
        result(question("a3"), "", error="RuntimeError: boom"),
    ]
    assert metrics.refusal_recall(results) == 0.5
    assert metrics.refusal_precision(results) == 0.5
    assert metrics.answered_rate(results) == pytest.approx(1 / 3)  # an error is not an answer
    answerable = [r for r in results if r.question.answerable]
    assert metrics.refusal_recall(answerable) is None
    assert metrics.refusal_precision(results[3:]) is None  # nothing refused
    assert metrics.answered_rate([]) is None


def test_headline_means_each_metric_over_the_questions_it_applies_to():
    results = [
        result(
            question("a1"),
            "Block payments were implemented nationally [1].",
            retrieved=[HIT1, MISS],
            citations=[(1, HIT1)],
            sentences=[{"supported": True}],
            dropped=1,
        ),
        result(
            question("a2", facts=("discharge costs",), quotes=(Q2,)),
            "Nothing here [1].",
            retrieved=[MISS, HIT2],
            citations=[(1, MISS)],
            sentences=[{"supported": True}],
            dropped=0,
        ),
        result(unanswerable(), "The papers don't say.", refused=True, retrieved=[MISS]),
    ]
    h = metrics.headline(results, k=4)
    assert set(h) == set(metrics.HEADLINE)
    assert h["recall@1"] == 0.5 and h["recall@4"] == 1 and h["mrr"] == 0.75
    assert h["key_fact_recall"] == 0.5 and h["context_sufficiency"] == 1
    assert h["citation_precision"] == 0.5 and h["citation_recall"] == 1
    assert h["grounding_lexical"] == 0.5 and h["grounding_verifier"] == 1 and h["verifier_kept"] == 0.75
    assert h["refusal_recall"] == 1 and h["refusal_precision"] == 1 and h["answered_rate"] == 1
    assert all(v is None for v in metrics.headline([]).values())


def test_breakdowns_by_type_and_audience_cover_every_metric():
    results = [
        result(question("a1", type_="fact", audience="staff"), "Block payments [1].", citations=[(1, HIT1)]),
        result(question("a2", type_="number", audience="public")),
        result(unanswerable("u1", audience="public"), "x", refused=True),
    ]
    m = metrics.compute(results)
    assert set(m["by_type"]) == {"fact", "number", "unanswerable"}
    assert set(m["by_audience"]) == {"public", "staff"}
    assert m["by_audience"]["public"]["n"] == 2
    assert m["by_audience"]["staff"]["key_fact_recall"] == 1
    assert m["by_type"]["unanswerable"]["refusal_recall"] == 1
    assert set(m["by_type"]["fact"]) == {"n", *metrics.HEADLINE}


def test_breakdown_by_document_puts_an_unanswerable_question_under_its_closest_document():
    results = [
        result(question("a1"), "Block payments [1].", citations=[(1, HIT1)], retrieved=[HIT1]),
        result(unanswerable("u1"), "x", refused=True, retrieved=[MISS]),
        result(unanswerable("u2"), "x", refused=True),
    ]
    m = metrics.compute(results)
    assert set(m["by_document"]) == {"plan.md", "(none)"}
    assert m["by_document"]["plan.md"]["n"] == 2 and m["by_document"]["plan.md"]["refusal_recall"] == 1
    assert m["by_document"]["plan.md"]["key_fact_recall"] == 1


def test_percentiles_and_stage_latency():
    assert metrics.percentile([], 50) is None
    assert metrics.percentile([5.0], 95) == 5
    assert metrics.percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.5
    assert metrics.percentile(list(map(float, range(1, 101))), 95) == pytest.approx(95.05)
    results = [
        result(question(f"q{i}"), timings={"retrieve": 10.0 * i, "generate": 1.0, "total": 999.0}, latency=100.0 * i)
        for i in range(1, 5)
    ]
    results.append(result(unanswerable(), timings={"retrieve": 50.0}, latency=60.0))  # refused before generating
    lat = metrics.latency(results)
    assert list(lat) == ["retrieve", "generate", "total"]
    assert lat["retrieve"]["n"] == 5 and lat["generate"]["n"] == 4
    assert lat["total"]["p50"] == 200  # the wall time the runner measured, not the stage sum
    assert lat["retrieve"]["p95"] == pytest.approx(48.0)


def test_ratios_divide_ours_by_the_baseline_and_skip_zeros():
    ours = {
        "headline": {"recall@4": 0.8, "refusal_recall": 1.0, "grounding_verifier": 1.0},
        "latency_ms": {"total": {"p50": 300.0, "p95": 600.0, "n": 3}},
    }
    base = {
        "headline": {"recall@4": 0.4, "refusal_recall": 0.0, "grounding_verifier": None},
        "latency_ms": {"total": {"p50": 100.0, "p95": 0.0, "n": 3}},
    }
    r = metrics.ratios(ours, base)
    assert r["recall@4"] == 2
    assert r["refusal_recall"] is None and r["grounding_verifier"] is None
    assert r["latency_total_p50"] == 3 and "latency_total_p95" not in r


def test_failure_reasons_explain_each_miss():
    good = result(question("a1"), "Block payments [1].", retrieved=[HIT1], citations=[(1, HIT1)])
    assert metrics.failure_reasons(good) == []
    missed = result(question("a2"), "Something else [1].", retrieved=[MISS], citations=[(1, MISS)])
    assert metrics.failure_reasons(missed) == [
        "missing key facts: block payments",
        "1 of 1 gold quotes not in the top 8 retrieved",
    ]
    assert metrics.failure_reasons(result(question("a3"), refused=True)) == [
        "refused an answerable question",
        "1 of 1 gold quotes not in the top 8 retrieved",
    ]
    assert metrics.failure_reasons(result(unanswerable(), "Someone [1].")) == [
        "answered a question the papers do not answer"
    ]
    assert metrics.failure_reasons(result(unanswerable(), "No.", refused=True)) == []
    crashed = result(question("a4"), error="RuntimeError: boom")
    crashed.missing_docs = ("other.md",)
    assert metrics.failure_reasons(crashed)[:2] == [
        "error: RuntimeError: boom",
        "cites documents that are not indexed: other.md",
    ]
