"""``report.html``: one self-contained page a developer can read to see what failed and why.

Headline table (with the baseline and ratios when there is one), breakdowns by question
type and audience, a recall@k curve, the latency distribution per stage, and every failed
question with its gold answer, the answer given and what was retrieved. Plots are inline
SVG drawn with matplotlib; no script, stylesheet or font is fetched. Every string from the
questions, answers or documents is escaped (board papers contain HTML).
"""

from __future__ import annotations

import html
import io
import math
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from matplotlib.figure import Figure

from evals import metrics
from evals.matching import contains_quote
from evals.results import Result

if TYPE_CHECKING:
    from evals.runner import Evaluation

DESCRIPTIONS = {
    "recall@1": "share of gold quotes in the top passage",
    "recall@4": "share of gold quotes in the top 4 passages",
    "recall@8": "share of gold quotes in the top 8 passages",
    "mrr": "1 / rank of the first passage with a gold quote",
    "ndcg@8": "ranking quality of the top 8 (gold quotes found, discounted by rank)",
    "recall@800w": "share of gold quotes in the first 800 words retrieved (fair across chunk sizes)",
    "context_sufficiency": "all key facts present in the top-k passages the answer reads",
    "key_fact_recall": "share of key facts the answer contains",
    "answered_rate": "answerable questions that got an answer",
    "refusal_precision": "refusals that were on unanswerable questions",
    "refusal_recall": "unanswerable questions that were refused",
    "grounding_verifier": "answer sentences the product's verifier marks supported",
    "verifier_kept": "generated sentences the verifier kept",
    "grounding_lexical": "answer sentences lexically entailed by the passages they cite (independent check)",
    "citation_precision": "cited passages holding a gold quote or key fact",
    "citation_recall": "answer sentences carrying a citation",
}
STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:1200px;color:#1d2a35;
padding:0 1rem}h1{font-size:1.6rem}h2{margin-top:2.2rem;border-bottom:2px solid #005eb8;padding-bottom:.2rem}
table{border-collapse:collapse;margin:.6rem 0;font-size:.88rem}th,td{border:1px solid #c8d1d9;padding:.3rem .5rem;
vertical-align:top;text-align:left}th{background:#eef3f8}td.num{text-align:right;font-variant-numeric:tabular-nums}
.better{color:#00703c;font-weight:600}.worse{color:#b3261e;font-weight:600}.muted{color:#5f6b76}
.wide{overflow-x:auto}.plots{display:flex;flex-wrap:wrap;gap:1rem}.plots figure{margin:0}
figcaption{font-size:.85rem;color:#5f6b76}.passage{font-size:.8rem;margin:.2rem 0;padding:.2rem .4rem;
border-left:3px solid #c8d1d9;white-space:pre-wrap}.hit{border-left-color:#00703c}
table.failed{table-layout:fixed;width:100%}table.failed td{overflow-wrap:anywhere}td.a{white-space:pre-wrap}
"""
LOWER_IS_BETTER = re.compile(r"^latency_")
_SVG_METADATA = re.compile(r"<metadata>.*?</metadata>\s*", re.DOTALL)


def write_report(evaluation: Evaluation, path: Path) -> Path:
    """Write the report of ``evaluation`` to ``path`` (one HTML file, nothing else)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(evaluation), encoding="utf-8")
    return path


def render(evaluation: Evaluation) -> str:
    ours, base = evaluation.metrics, evaluation.baseline_metrics
    sections = [
        _intro(evaluation),
        _section("Headline", _headline_table(ours, base, evaluation.ratios)),
        _section("By question type", _breakdown(ours["by_type"], base and base["by_type"])),
        _section("By audience", _breakdown(ours["by_audience"], base and base["by_audience"])),
        _section("By document", _breakdown(ours["by_document"], base and base.get("by_document"))),
        _section(
            "Retrieval: recall@k",
            _figure(_recall_plot(ours, base), "Mean share of gold quotes found in the top k passages."),
        ),
        _section("Latency", _latency(evaluation)),
    ]
    if evaluation.follow_ups is not None:
        sections.append(_section("Follow-ups: rewritten beside resolved by hand", _follow_ups(evaluation.follow_ups)))
    if base is not None:
        sections.append(_section("Compared with vanilla LangChain", _comparison(ours, base)))
    sections.append(
        _section(
            f"Failed questions ({_count_failed(evaluation.results, evaluation.k)})",
            _failed_table(evaluation.results, evaluation.k),
        )
    )
    if evaluation.baseline is not None:
        sections.append(
            _section(
                f"Failed questions, vanilla ({_count_failed(evaluation.baseline, evaluation.k)})",
                "<details><summary>show</summary>" + _failed_table(evaluation.baseline, evaluation.k) + "</details>",
            )
        )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<title>Board Papers Assistant evaluation</title>"
        f"<style>{STYLE}</style></head><body>\n" + "\n".join(sections) + "\n</body></html>\n"
    )


# --- pieces ---------------------------------------------------------------------------
def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _fmt(value: Any, digits: int = 2) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return _e(value)


def _section(title: str, body: str) -> str:
    return f"<section><h2>{_e(title)}</h2>\n{body}\n</section>"


def _intro(evaluation: Evaluation) -> str:
    m = evaluation.metrics
    errors = f', <span class="worse">{m["errors"]} errors</span>' if m["errors"] else ""
    missing = sorted({d for r in evaluation.results for d in r.missing_docs})
    note = (
        (
            f'<p class="worse">Questions cite documents the index does not hold (counted as misses): '
            f"{_e(', '.join(missing))}</p>"
        )
        if missing
        else ""
    )
    return (
        f"<h1>Board Papers Assistant: evaluation</h1><p>Dataset <code>{_e(evaluation.dataset)}</code>, "
        f"{m['questions']} questions{errors}; answers read the top k = {evaluation.k} passages; "
        f"run {_e(evaluation.created)}.</p>{note}"
    )


def _ratio_cell(name: str, ratio: float | None) -> str:
    if ratio is None:
        return '<td class="num">–</td>'
    good = ratio < 1 if LOWER_IS_BETTER.match(name) else ratio > 1
    bad = ratio > 1 if LOWER_IS_BETTER.match(name) else ratio < 1
    css = "better" if good else "worse" if bad else ""
    return f'<td class="num {css}">{ratio:.2f}×</td>'


def _headline_table(ours: dict, base: dict | None, ratios: dict | None) -> str:
    ratios = ratios or {}
    head = (
        "<tr><th>metric</th><th>ours</th>"
        + ("<th>vanilla</th><th>ratio</th>" if base else "")
        + "<th>meaning</th></tr>"
    )
    rows = []
    for name, value in ours["headline"].items():
        cells = f'<td>{_e(name)}</td><td class="num">{_fmt(value)}</td>'
        if base:
            cells += f'<td class="num">{_fmt(base["headline"].get(name))}</td>' + _ratio_cell(name, ratios.get(name))
        rows.append(f'<tr>{cells}<td class="muted">{_e(DESCRIPTIONS.get(name, ""))}</td></tr>')
    for stage in ("retrieve", "generate", "verify", "total"):
        lat = ours["latency_ms"].get(stage)
        if lat is None:
            continue
        for p in ("p50", "p95"):
            name = f"latency_{stage}_{p}"
            cells = f'<td>{_e(f"latency {stage} {p} (ms)")}</td><td class="num">{_fmt(lat[p], 0)}</td>'
            if base:
                b = base["latency_ms"].get(stage)
                cells += f'<td class="num">{_fmt(b[p] if b else None, 0)}</td>' + _ratio_cell(name, ratios.get(name))
            rows.append(f'<tr>{cells}<td class="muted">milliseconds</td></tr>')
    return f'<table class="headline">{head}{"".join(rows)}</table>'


def _follow_ups(f: dict[str, Any]) -> str:
    """Each follow-up searched as the rewrite made it, beside the same question resolved by hand."""
    names = list(f["rewritten"])
    head = "<tr><th>question searched</th>" + "".join(f"<th>{_e(n)}</th>" for n in names) + "</tr>"
    rows = "".join(
        f"<tr><td>{_e(label)}</td>" + "".join(f'<td class="num">{_fmt(f[key][n])}</td>' for n in names) + "</tr>"
        for label, key in (("the follow-up, rewritten", "rewritten"), ("resolved by hand, asked alone", "standalone"))
    )
    budget = f"recall@{metrics.BUDGET_WORDS}w"
    per = "".join(
        f"<tr><td>{_e(q['id'])}</td><td>{_e(q['follow_up'])}</td><td>{_e(q['rewritten'])}</td>"
        f'<td>{_e(q["standalone"])}</td><td class="num">{_fmt(q[budget + "_rewritten"])}</td>'
        f'<td class="num">{_fmt(q[budget + "_standalone"])}</td></tr>'
        for q in f["per_question"]
    )
    return (
        f"<p>{f['questions']} follow-up questions, each asked after its earlier turns (and searched as the "
        "rewrite made it), and again as the question resolved by hand, asked on its own.</p>"
        f'<table>{head}{rows}</table><details><summary>per question</summary><div class="wide"><table>'
        f"<tr><th>id</th><th>follow-up</th><th>rewritten</th><th>resolved by hand</th><th>{budget} rewritten</th>"
        f"<th>{budget} by hand</th></tr>{per}</table></div></details>"
    )


def _group_table(groups: dict[str, dict[str, Any]]) -> str:
    names = list(metrics.HEADLINE)
    head = "<tr><th>group</th><th>n</th>" + "".join(f"<th>{_e(n)}</th>" for n in names) + "</tr>"
    rows = "".join(
        f'<tr><td>{_e(group)}</td><td class="num">{values["n"]}</td>'
        + "".join(f'<td class="num">{_fmt(values.get(n))}</td>' for n in names)
        + "</tr>"
        for group, values in groups.items()
    )
    return f'<div class="wide"><table>{head}{rows}</table></div>'


def _breakdown(ours: dict, base: dict | None) -> str:
    body = "<h3>ours</h3>" + _group_table(ours) if base else _group_table(ours)
    if base:
        body += "<h3>vanilla</h3>" + _group_table(base)
    return body


def _latency(evaluation: Evaluation) -> str:
    stages = metrics.stage_latencies(evaluation.results)
    rows = "".join(
        f'<tr><td>{_e(stage)}</td><td class="num">{v["n"]}</td><td class="num">{_fmt(v["p50"], 0)}</td>'
        f'<td class="num">{_fmt(v["p95"], 0)}</td></tr>'
        for stage, v in evaluation.metrics["latency_ms"].items()
    )
    table = f"<table><tr><th>stage</th><th>n</th><th>p50 ms</th><th>p95 ms</th></tr>{rows}</table>"
    series = {f"ours {s}": v for s, v in stages.items() if s in ("retrieve", "generate", "verify", "total")}
    if evaluation.baseline is not None:
        base = metrics.stage_latencies(evaluation.baseline)
        series.update({f"vanilla {s}": v for s, v in base.items()})
    caption = "Per-question milliseconds by stage (box: quartiles; whiskers: 1.5 IQR; dots: outliers)."
    return table + _figure(_latency_plot(series), caption)


def _comparison(ours: dict, base: dict) -> str:
    caption = (
        "Headline metrics, ours and vanilla, on the same questions in the same run (no bar: the metric does "
        "not apply, e.g. no verifier or no refusals). Vanilla: RecursiveCharacterTextSplitter 1000/200, dense "
        "top-k in its own Chroma index, the same chat model and prompt, no reranker, gate or verifier."
    )
    return _figure(_comparison_plot(ours, base), caption)


def _count_failed(results: Sequence[Result], k: int) -> int:
    return sum(bool(metrics.failure_reasons(r, k)) for r in results)


def _failed_table(results: Sequence[Result], k: int) -> str:
    rows = []
    for r in results:
        reasons = metrics.failure_reasons(r, k)
        if not reasons:
            continue
        q = r.question
        gold = _e(q.answer) + (
            f'<br><span class="muted">key facts: {_e("; ".join(q.key_facts))}</span>' if q.key_facts else ""
        )
        rows.append(
            f'<tr><td>{_e(q.id)}<br><span class="muted">{_e(q.type)} · {_e(q.audience)}</span></td>'
            f'<td>{_e(q.question)}</td><td class="a">{gold}</td><td class="a">{_e(r.answer)}</td>'
            f"<td>{'<br>'.join(_e(x) for x in reasons)}</td><td>{_retrieved_html(r, k)}</td></tr>"
        )
    if not rows:
        return "<p>None.</p>"
    head = (
        '<colgroup><col style="width:7%"><col style="width:15%"><col style="width:15%">'
        '<col style="width:17%"><col style="width:12%"><col style="width:34%"></colgroup>'
        "<tr><th>id</th><th>question</th><th>gold</th><th>answer</th><th>why it failed</th>"
        f"<th>retrieved (top {max(k, 4)}; green = holds a gold quote)</th></tr>"
    )
    return f'<table class="failed">{head}{"".join(rows)}</table>'


def _retrieved_html(result: Result, k: int) -> str:
    quotes = [s.quote for s in result.question.sources]
    parts = []
    for rank, p in enumerate(result.retrieved[: max(k, 4)], start=1):
        hit = any(contains_quote(p["text"], q) for q in quotes)
        text = " ".join(p["text"].split())
        snippet = text[:300] + ("…" if len(text) > 300 else "")
        parts.append(
            f'<div class="passage{" hit" if hit else ""}"><b>{rank}.</b> {_e(p["doc"])} '
            f'<span class="muted">({p.get("score", 0):.2f})</span><br>{_e(snippet)}</div>'
        )
    return "".join(parts) or '<span class="muted">nothing retrieved</span>'


# --- plots ----------------------------------------------------------------------------
def _svg(fig: Figure) -> str:
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight")
    svg = buffer.getvalue()
    svg = svg[svg.find("<svg") :]  # drop the XML prolog and doctype: the SVG sits inside HTML
    return _SVG_METADATA.sub("", svg)  # RDF block with a timestamp: noise in a diff


def _figure(svg: str, caption: str) -> str:
    return f"<figure>{svg}<figcaption>{_e(caption)}</figcaption></figure>"


def _new_figure(width: float, height: float) -> Figure:
    import matplotlib

    matplotlib.rcParams["svg.fonttype"] = "none"  # text stays text: smaller, and searchable
    return Figure(figsize=(width, height))


def _recall_plot(ours: dict, base: dict | None) -> str:
    fig = _new_figure(6, 3.4)
    ax = fig.subplots()
    for label, m, style in (("ours", ours, "o-"), ("vanilla", base, "s--")):
        if m is None:
            continue
        ks = [int(k) for k in m["recall_curve"]]
        ax.plot(ks, [m["recall_curve"][str(k)] or 0 for k in ks], style, label=label)
    ax.set_xlabel("k (passages)")
    ax.set_ylabel("recall@k")
    ax.set_ylim(0, 1.02)
    ax.grid(alpha=0.3)
    ax.legend()
    return _svg(fig)


def _latency_plot(series: dict[str, list[float]]) -> str:
    fig = _new_figure(max(5.0, 1.1 * len(series) + 2), 3.6)
    ax = fig.subplots()
    labels = [name for name, values in series.items() if values]
    ax.boxplot([series[n] for n in labels], tick_labels=labels)
    ax.set_ylabel("ms")
    ax.set_yscale("log")
    ax.grid(alpha=0.3, axis="y")
    ax.tick_params(axis="x", labelrotation=30)
    return _svg(fig)


def _comparison_plot(ours: dict, base: dict) -> str:
    names = [n for n in metrics.HEADLINE if ours["headline"].get(n) is not None or base["headline"].get(n) is not None]
    fig = _new_figure(10, 3.8)
    ax = fig.subplots()
    xs = range(len(names))
    for shift, label, m in ((-0.2, "ours", ours), (0.2, "vanilla", base)):
        values = [m["headline"].get(n) for n in names]
        ax.bar([x + shift for x in xs], [math.nan if v is None else v for v in values], width=0.4, label=label)
    ax.set_xticks(list(xs), names, rotation=40, ha="right")
    ax.set_ylim(0, 1.05)
    ax.grid(alpha=0.3, axis="y")
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=2, frameon=False)
    return _svg(fig)
