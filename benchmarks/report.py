"""Write a benchmark run: ``results.json`` (everything measured) and ``results.md`` (the short table)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

RESULTS_JSON = "results.json"
RESULTS_MD = "results.md"


def write(results: dict[str, Any], out: Path) -> tuple[Path, Path]:
    out.mkdir(parents=True, exist_ok=True)
    (out / RESULTS_JSON).write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    (out / RESULTS_MD).write_text(markdown(results), encoding="utf-8")
    return out / RESULTS_JSON, out / RESULTS_MD


def markdown(results: dict[str, Any]) -> str:
    parts = [f"Machine: {_machine(results.get('machine', {}))}.", ""]
    if "ingest" in results:
        parts += _ingest(results["ingest"])
    if "query" in results:
        parts += _query(results["query"])
    if "load" in results:
        parts += _load(results["load"])
    if "scale" in results:
        parts += _scale(results["scale"])
    if "cli" in results:
        parts += _cli(results["cli"])
    for part, error in results.get("errors", {}).items():
        parts += [f"**{part}: not measured** ({error})", ""]
    return "\n".join(parts).rstrip() + "\n"


def _machine(m: dict[str, Any]) -> str:
    return f"{m.get('cpu', '?')}, {m.get('cores', '?')} cores, {m.get('memory_gb', '?')} GB RAM, Python {m.get('python', '?')}"


def _when(part: dict[str, Any]) -> str:
    """When a part ran and how busy the machine was then (other work shares these cores)."""
    load = part.get("load_average_1m_at_start")
    text = f"measured {part.get('measured', '?')}, {part.get('seconds', '?')} s"
    return text + (f", 1-min load average {load} at the start" if load is not None else "")


def _row(*cells: Any) -> str:
    return "| " + " | ".join(_fmt(c) for c in cells) + " |"


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.2f}" if value < 100 else f"{value:,.0f}"
    return str(value)


def _ingest(r: dict[str, Any]) -> list[str]:
    lines = [
        f"**Ingest** (shipped corpus, from empty; each run in its own process; {_when(r)})",
        "",
        "| system | chunks | ingest s | chunks/s | pages/s | parse s | embedding s | writing s | "
        "chunk embedding chunks/s | peak RSS MB | recall@4 |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for model, runs in r.get("ours", {}).items():
        lines.append(_ours_row(f"ours ({model})", runs["fresh"]))
    v = r.get("vanilla")
    if v:
        lines.append(
            _row(
                "vanilla LangChain (1000/200, Chroma.from_documents)",
                v["chunks"],
                v["ingest_s"],
                v["chunks_per_s"],
                v["pages_per_s"],
                None,
                None,
                None,
                v["chunks_per_s"],
                v["peak_rss_mb"],
                None,
            )
        )
    w = r.get("with_extra")
    if w:
        lines.append(_ours_row(f"ours ({w['model']}), corpus + {' + '.join(Path(f).name for f in w['extra'])}", w))
    lines.append("")
    for model, runs in r.get("ours", {}).items():
        again = runs["reingest"]
        lines.append(
            f"Re-ingest of the unchanged corpus ({model}): {again['ingest_s']:.2f} s in the pipeline, "
            f"{again['command_wall_s']:.1f} s for the whole `board-assistant ingest` command."
        )
    c = r.get("comparison", {})
    if c.get("ours_over_vanilla_chunks_per_s") is not None:
        lines.append(
            f"Ours/vanilla: chunks/s ×{c['ours_over_vanilla_chunks_per_s']}, corpus ingest time "
            f"×{_inverse(c.get('vanilla_over_ours_ingest_time'))}, peak RSS ×{c.get('ours_over_vanilla_peak_rss')} "
            "(vanilla embeds with the float model through sentence-transformers, as a LangChain tutorial does)."
        )
    if c.get("int8_speedup_ingest") is not None:
        lines.append(
            f"int8 ONNX (minilm-int8) over the float model (minilm): ingest speed ×{c['int8_speedup_ingest']}, "
            f"chunk embedding speed ×{c['int8_speedup_chunk_embedding']} (below 1: slower); dev recall@4 "
            f"{c['recall@4_minilm']} → {c['recall@4_minilm_int8']}."
        )
    lines += _embedding(r.get("embedding"))
    return lines + [""]


def _ours_row(name: str, f: dict[str, Any]) -> str:
    return _row(
        name,
        f["chunks"],
        f["ingest_s"],
        f["chunks_per_s"],
        f["pages_per_s"],
        f.get("parse_chunk_s"),
        f.get("chunk_embedding_s"),
        f.get("store_write_s"),
        f["chunks_per_s_embedding_only"],
        f["peak_rss_mb"],
        f.get("quality", {}).get("recall@4"),
    )


def _embedding(e: dict[str, Any] | None) -> list[str]:
    if not e:
        return []
    lines = [
        "",
        f"Embedding alone ({e['chunks']} chunks and {e['units']} sentences of the corpus; chunks/s · sentences/s):",
        "",
    ]
    models = list(e["models"])
    lines += ["| batches | " + " | ".join(models) + " |", "| --- |" + " --- |" * len(models)]
    for row in e["models"][models[0]]:
        cells = [f"{e['models'][m][row]['chunks_per_s']} · {e['models'][m][row]['units_per_s']}" for m in models]
        lines.append(f"| {row.replace('_', ' ')} | " + " | ".join(cells) + " |")
    return lines


def _inverse(value: float | None) -> float | None:
    return round(1 / value, 2) if value else None


def _query(r: dict[str, Any]) -> list[str]:
    lines = [
        f"**Query** ({r['questions']} dev questions, warm, ms; {_when(r)})",
        "",
        "| system | retrieval p50 | p95 | p99 | rerank p50 | p95 | full answer p50 | p95 | p99 | "
        "first answer p50 | p95 | recall@4 |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name in ("ours", "vanilla"):
        m = r.get(name)
        if m:
            ret, full, rerank = m["retrieval_ms"], m["full_answer_ms"], m.get("rerank_ms", {})
            cold = m.get("cold_total_ms", {})
            lines.append(
                _row(
                    name,
                    ret.get("p50"),
                    ret.get("p95"),
                    ret.get("p99"),
                    rerank.get("p50"),
                    rerank.get("p95"),
                    full.get("p50"),
                    full.get("p95"),
                    full.get("p99"),
                    cold.get("p50"),
                    cold.get("p95"),
                    m["quality"].get("recall@4"),
                )
            )
    lines += [
        "",
        "Retrieval: both searches and their fusion (ours: the `search` part of the retrieve stage; vanilla: its "
        "dense search); rerank: our reranker over the fused candidates. First answer: each question asked "
        "once in a fresh process with no sentence vector stored, as after an ingest, before the warm passes "
        "(the sentences of passages met for the first time are embedded then, and kept).",
    ]
    stages = r.get("ours", {}).get("stages_ms", {})
    if stages:
        split = ", ".join(f"{s} {v.get('p50')}" for s, v in stages.items() if s != "total")
        lines += ["", f"Our per-stage p50 (ms): {split}."]
    return lines + [""]


def _load(r: dict[str, Any]) -> list[str]:
    title = (
        f"**Load** (concurrent sessions through the web chat's `/ask` API on loopback; app start "
        f"{r.get('startup_s')} s; {_when(r)})"
    )
    lines = [
        title,
        "",
        "| sessions | answered | errors | throughput q/s | p50 ms | p95 ms |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for n, m in r.get("levels", {}).items():
        lat = m["latency_ms"]
        lines.append(_row(n, m["answered"], m["errors"], m["throughput_qps"], lat.get("p50"), lat.get("p95")))
    return lines + [""]


def _scale(r: dict[str, Any]) -> list[str]:
    lines = [
        f"**Scale** (synthetic corpora on a `chroma run` server on loopback; ingest from empty; query latency "
        f"from the dev questions, warm passes: {_warm_passes(r)}; {_when(r)})",
        "",
        "| size | documents | chunks | ingest s | chunks/s | disk MB | query p50 ms | p95 ms | recall@4 |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for size, m in r.get("sizes", {}).items():
        ing, q = m.get("ingest", {}), m.get("query", {})
        full = q.get("full_answer_ms", {})
        lines.append(
            _row(
                size,
                m["corpus"]["documents"],
                ing.get("chunks"),
                ing.get("ingest_s"),
                ing.get("chunks_per_s"),
                m.get("disk_mb", {}).get("total"),
                full.get("p50"),
                full.get("p95"),
                q.get("quality", {}).get("recall@4"),
            )
        )
    for size, why in r.get("skipped", {}).items():
        lines.append(f"\n{size} not run: {why}.")
    return lines + [""]


def _warm_passes(r: dict[str, Any]) -> str:
    passes = {m.get("query", {}).get("warm_passes") for m in r.get("sizes", {}).values()} - {None}
    return "/".join(str(p) for p in sorted(passes)) or "none"


def _cli(r: dict[str, Any]) -> list[str]:
    ask, phases = r.get("ask_s", {}), r.get("phases_s", {})
    lines = [
        f"**CLI** (`{r.get('command')}`, each run a fresh process on the shipped corpus; {_when(r)})",
        "",
        "| runs | p50 s | min s | max s | imports s | open index s | embedding model s | first answer s |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
        _row(
            r.get("runs"),
            _seconds(ask.get("p50")),
            min(r.get("wall_s") or [None], key=lambda v: v or 0),
            max(r.get("wall_s") or [None], key=lambda v: v or 0),
            phases.get("imports_s"),
            phases.get("open_index_s"),
            phases.get("embedding_model_s"),
            phases.get("first_answer_s"),
        ),
        "",
        f"Loading sentence-transformers instead (what embedding the question needed before): "
        f"{r.get('sentence_transformers_load_s')} s.",
    ]
    return lines + [""]


def _seconds(ms: float | None) -> float | None:
    return None if ms is None else round(ms / 1000, 2)
