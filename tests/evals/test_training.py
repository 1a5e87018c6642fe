"""Fitting the answer model and cross-validating it, on the shipped corpus and a few dev questions."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from assistant.chain import Assistant
from assistant.extractive import PassageRef
from assistant.model import AnswerModel
from evals.dataset import DEFAULT_DATASET, Question, Source, load_dataset
from evals.folds import cross_validate, table
from evals.training import BUDGETS, GATE_SIGNS, answer_read, collect, fit, strongest_within_one_error
from settings import Settings

PLAN = "sel-recovery-plan-2020-10.md"


@pytest.fixture(scope="module")
def tables(corpus_index):
    questions = load_dataset(DEFAULT_DATASET)
    chosen = [q for q in questions if q.answerable][:10] + [q for q in questions if not q.answerable][:4]
    assistant = Assistant(Settings.from_env(), corpus_index, model=AnswerModel.blank())
    return assistant, collect(assistant, chosen)


def test_each_question_has_its_pool_its_gold_and_its_document(tables):
    _, rows = tables
    answerable = [t for t in rows if t.question.answerable]
    assert all(t.pool and len(t.features) == len(t.pool) == len(t.gold) for t in rows)
    assert sum(any(t.gold) for t in answerable) >= len(answerable) - 2  # the pool nearly always holds the gold
    assert all(t.group == t.question.sources[0].doc for t in answerable)
    assert all(t.group in {PLAN, "sel-icp-papers-2023-04-25.md"} for t in rows)  # unanswerable: their best BM25 hit's
    assert all(t.bm25 and t.dense for t in rows)


def test_a_fitted_model_keeps_the_gate_weights_whose_direction_is_known(tables):
    assistant, rows = tables
    model = fit(rows, assistant)
    weights = dict(zip(model.gate.features, model.gate.weights, strict=True))
    assert all(weights[name] * sign >= 0 for name, sign in GATE_SIGNS.items())
    assert 0.0 < model.gate_threshold < 1.0 and 0 < model.composition.keep_ratio < 1
    assert model.composition.budget_words in BUDGETS
    # A model fitted on questions answers them: the gold comes first for most answerable ones.
    ranked = [max(range(len(t.pool)), key=lambda i, t=t: model.reranker.logits(t.features)[i]) for t in rows]
    firsts = [t.gold[i] for t, i in zip(rows, ranked, strict=True) if t.question.answerable]
    assert sum(firsts) >= len(firsts) // 2


def test_leave_one_document_out_reports_each_document_and_the_baselines(tables):
    assistant, rows = tables
    report = cross_validate(assistant, rows)
    assert set(report.documents) == {t.group for t in rows} and len(report.documents) == 2
    assert {r.question.id for r in report.results} == {t.question.id for t in rows}
    for figures in (report.cross_validated, report.in_sample):
        assert set(figures) == {*report.documents, "all"}
        assert 0.0 <= figures["all"]["recall@800w"] <= 1.0
    assert report.bm25["all"] is not None and report.dense["all"] is not None
    text = table(report)
    assert "Leave-one-document-out" in text and "sel-recovery-plan-2020-10" in text
    assert report.to_json()["questions"]["all"] == len(rows)


def test_one_document_alone_still_fits(tables):
    assistant, rows = tables
    single = [replace(t, group="one") for t in rows]
    assert fit(single, assistant).gate.features


def _made_up_table(question_id: str, rows: list[dict[str, float]], gold: list[bool]):
    from langchain_core.documents import Document

    from evals.dataset import Question, Source
    from evals.training import QuestionTable

    question = Question(question_id, "made-up question?", key_facts=("fact",), sources=(Source("made-up.md", "quote"),))
    pool = [Document(page_content=f"passage {i}") for i in range(len(rows))]
    return QuestionTable(question, "made-up.md", pool, rows, gold, [], [])


def test_the_listwise_reranker_learns_what_sets_the_gold_apart_within_each_question():
    from evals.training import _listwise

    # "shared" is high for every candidate of some questions and low for all of others: it says
    # which question is easy, not which candidate answers it. "local" marks the gold in each list.
    tables = []
    for q in range(12):
        level = 5.0 if q % 2 else 0.0
        rows = [{"shared": level + 0.01 * i, "local": 1.0 if i == q % 4 else 0.0} for i in range(4)]
        tables.append(_made_up_table(f"q{q}", rows, [i == q % 4 for i in range(4)]))
    model = _listwise(tables, ("shared", "local"), penalty=0.1)
    weights = dict(zip(model.features, model.weights, strict=True))
    assert weights["local"] > 1.0 and abs(weights["shared"]) < 0.5 * weights["local"]
    for t in tables:
        assert max(range(4), key=lambda i, t=t: model.logits(t.features)[i]) == t.gold.index(True)


def test_the_strongest_penalty_within_one_standard_error_of_the_best_is_chosen():
    # Made-up per-question recalls: 0.3 is best, 1.0 and 3.0 are within its standard error (0.09), 10 is not.
    best = [1.0, 0.8, 0.6, 1.0, 0.6]  # mean 0.8, standard deviation 0.2, standard error 0.089
    scored = {0.3: best, 1.0: [0.75] * 5, 3.0: [0.72] * 5, 10.0: [0.70] * 5}
    assert strongest_within_one_error(scored) == 3.0
    # Scores that do not vary leave no room: the best is taken.
    assert strongest_within_one_error({0.3: [0.8] * 5, 3.0: [0.79] * 5}) == 0.3


def test_the_gate_learns_an_answerable_question_whose_passages_miss_its_answer_as_a_near_miss():
    question = Question(
        "q1",
        "When will the Harbour Road clinic open?",
        type="fact",
        answer="In March 2031.",
        key_facts=("March 2031",),
        sources=(Source("estates.md", "the clinic would open in March 2031"),),
    )
    holds = PassageRef(1, "Board minutes", "Questions", "Members heard the clinic would open in March 2031.")
    misses = PassageRef(2, "Estates report", "Clinics", "The Harbour Road clinic was leased in June 2029.")
    assert answer_read(question, [misses, holds])
    assert not answer_read(question, [misses])
    near_miss = replace(question, type="unanswerable", answer="NOT_IN_CORPUS")
    assert not answer_read(near_miss, [holds])


def test_a_rise_towards_the_passage_before_is_chosen_when_answers_run_on_past_a_lead_in():
    from langchain_core.documents import Document

    from assistant.features import PASSAGE_FEATURES
    from evals.training import QuestionTable, _HeldOutLogits, _neighbour_weights

    # Made-up papers: most questions are answered by the passage that matches them best ("topic" 3); one in
    # four by the passage after it, which continues a list the best one announces and matches little itself.
    # A linear reranker cannot rank that one above the distractors; rising towards the lead-in's score does.
    filler = " ".join(["word"] * 300)

    def table(paper: str, n: int, runs_on: bool) -> QuestionTable:
        quote = f"answer {paper} {n}"
        chunks = [(5, 3.0, not runs_on)] + ([(6, 0.5, True)] if runs_on else [])
        chunks += [(10 * (j + 1), 1.0 + 0.1 * j, False) for j in range(4)]
        pool = [
            Document(
                page_content=(quote + " " if gold else "") + filler,
                metadata={"doc_id": paper, "chunk_index": index},
            )
            for index, _, gold in chunks
        ]
        rows = [dict.fromkeys(PASSAGE_FEATURES, 0.0) | {"bm25": topic} for _, topic, _ in chunks]
        question = Question(f"{paper}-{n}", "made-up?", key_facts=("answer",), sources=(Source(paper, quote),))
        return QuestionTable(question, paper, pool, rows, [gold for *_, gold in chunks], [], [])

    tables = [table(f"paper{p}.md", n, runs_on=n == 3) for p in range(4) for n in range(4)]
    held_out = _HeldOutLogits(tables)
    chosen = _neighbour_weights(tables, held_out, penalty=0.1)
    assert chosen.after > 0 and chosen.before == 0
    assert np.mean(held_out.recalls(0.1, chosen)) == 1.0 > np.mean(held_out.recalls(0.1))
    # One paper alone: nothing to choose by, no rise.
    one = [table("paper0.md", n, runs_on=n == 3) for n in range(4)]
    assert _neighbour_weights(one, _HeldOutLogits(one), penalty=0.1) == AnswerModel.blank().neighbours
