"""report.html renders in headless Chromium, self-contained, with hostile document text shown as text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from evals import metrics
from evals.dataset import Question, Source
from evals.report import render, write_report
from evals.results import Result
from evals.runner import Evaluation

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
QUOTE = "Block payments to cover core costs were implemented nationally"
HOSTILE = '<img src=x onerror="window.__pwned = 1"><script>window.__pwned = 2</script>'


def _result(q: Question, answer: str, refused: bool, passages: list[str], latency: float, cited: int = 1) -> Result:
    return Result(
        question=q,
        answer=answer,
        refused=refused,
        citations=[]
        if refused
        else [
            {"n": 1, "doc": "plan.md", "title": "Plan", "page": 3, "section": "Finance", "text": passages[cited - 1]}
        ],
        retrieved=[{"doc": "plan.md", "text": t, "score": 0.9 - i / 10} for i, t in enumerate(passages)],
        latency_ms=latency,
        timings={"retrieve": latency * 0.6, "generate": latency * 0.1, "verify": latency * 0.3},
        sentences=None if refused else [{"text": answer, "citations": [1], "support": 0.9, "supported": True}],
        dropped=0,
    )


def _evaluation() -> Evaluation:
    good = Question(
        "r1",
        "How was funding handled?",
        "staff",
        "fact",
        "Block payments",
        ("block payments",),
        (Source("plan.md", QUOTE),),
    )
    hostile = Question(
        "r2",
        f"What does {HOSTILE} mean?",
        "public",
        "fact",
        f"Gold {HOSTILE}",
        ("a&b <tag>",),
        (Source("plan.md", "a quote that nothing retrieved contains at all"),),
    )
    none = Question("r3", "Who is the chief nurse?", "public", "unanswerable", "NOT_IN_CORPUS")
    hit, other = f"{QUOTE}, with mechanisms.", f"Other text {HOSTILE} & more"
    ours = [
        _result(good, "Block payments were implemented nationally [1].", False, [hit, other] * 4, 900.0),
        _result(hostile, f"Answer quoting {HOSTILE} [1].", False, [other, hit], 1500.0),
        _result(none, "The published papers I have don't answer this.", True, [other], 400.0),
    ]
    base = [
        _result(good, "Other text [1].", False, [other, hit], 3000.0),
        _result(hostile, "Nothing [1].", False, [other], 2500.0),
        _result(none, "Someone [1].", False, [other], 2000.0),
    ]
    for r in base:
        r.sentences, r.dropped = None, None
    return Evaluation(
        dataset=f"dev {HOSTILE}.jsonl",
        k=4,
        results=ours,
        metrics=metrics.compute(ours),
        baseline=base,
        baseline_metrics=metrics.compute(base),
        created="2026-11-23T10:00:00",
    )


def test_every_string_from_questions_answers_and_passages_is_escaped():
    page = render(_evaluation())
    assert "<script>window" not in page and "<img src=x" not in page
    assert "&lt;script&gt;window.__pwned = 2&lt;/script&gt;" in page
    assert "a&amp;b &lt;tag&gt;" in page
    # Self-contained: nothing to fetch.
    assert "http://" not in page.replace("http://www.w3.org", "")
    assert not re.search(r"<(?:link|script|img|iframe)\b|<[a-z]+[^<>]*\s(?:src|href)=", page)


@pytest.mark.browser
def test_report_renders_in_chromium(tmp_path):
    from playwright.sync_api import sync_playwright

    path = write_report(_evaluation(), tmp_path / "report.html")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "eval-report.png"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--headless=new"])
        try:
            page = browser.new_page(viewport={"width": 1300, "height": 900})
            requests: list[str] = []
            page.on("request", lambda r: requests.append(r.url))
            page.goto(path.as_uri())
            assert page.title() == "Board Papers Assistant evaluation"
            assert page.evaluate("window.__pwned") is None  # the hostile markup stayed text
            headings = page.locator("h2").all_inner_texts()
            assert headings[:7] == [
                "Headline",
                "By question type",
                "By audience",
                "By document",
                "Retrieval: recall@k",
                "Latency",
                "Compared with vanilla LangChain",
            ]
            assert page.locator("svg").count() == 3  # recall curve, latency, comparison
            assert page.locator("svg").first.bounding_box()["width"] > 200
            headline = page.locator("table.headline tr")
            assert headline.count() == 1 + len(metrics.HEADLINE) + 8  # header, metrics, p50/p95 of 4 stages
            assert headline.nth(1).locator("td").all_inner_texts()[:4] == ["recall@1", "0.50", "0.00", "–"]
            assert headline.nth(2).locator("td").all_inner_texts()[:4] == ["recall@4", "0.50", "0.50", "1.00×"]
            failed = page.locator("table.failed").first.locator("tr")
            assert failed.count() == 2  # header + r2 (r1 passed, r3 refused as it should)
            assert "window.__pwned = 2" in failed.nth(1).inner_text()
            assert requests == [path.as_uri()]
            page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
    assert shot.stat().st_size > 20_000
