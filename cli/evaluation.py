"""Evaluation: ``eval`` (score the assistant on a question set, optionally beside vanilla LangChain)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from cli.app import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from settings import Settings

EPILOG = """\
Writes OUT/results.jsonl (one line per question, the shared results format), OUT/metrics.json
and OUT/report.html. If the index is empty (a fresh install), the shipped corpus (BPA_CORPUS_DIR)
is ingested into it first, so the default question set can be answered. Questions citing documents
that are not indexed count as misses.
"""


def register(sub, common) -> None:
    p = sub.add_parser(
        "eval",
        parents=[common],
        help="score answers, retrieval, citations and refusals on a question set",
        description="Run every question of a question set through the assistant and score it.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--dataset",
        type=Path,
        action="append",
        help="question set in the shared JSONL format (repeatable; default: the 30 dev questions)",
    )
    p.add_argument("--out", type=Path, default=Path("eval-out"), help="output folder (default: eval-out)")
    p.add_argument("--k", type=int, help="passages an answer is built from (BPA_K)")
    p.add_argument("--backend", choices=["extractive", "openai", "llamacpp"], help="answer backend (BPA_BACKEND)")
    p.add_argument("--compare", choices=["vanilla"], help="also run the naive LangChain baseline and compare")
    p.add_argument(
        "--corpus",
        type=Path,
        action="append",
        metavar="PATH",
        help="documents the vanilla baseline indexes (repeatable; default: BPA_CORPUS_DIR)",
    )
    p.add_argument(
        "--folds",
        action="store_true",
        help="leave-one-document-out: fit the answer model on the other documents' questions, score each document's",
    )
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(handler=_eval)


def _eval(args: argparse.Namespace, settings: Settings) -> int:
    from evals.dataset import DEFAULT_DATASET, DatasetError, load_datasets

    datasets = args.dataset or [DEFAULT_DATASET]
    dataset = ", ".join(map(str, datasets))
    try:
        questions = load_datasets(datasets)
    except (OSError, DatasetError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    from assistant.chain import Assistant
    from assistant.store import open_index
    from evals.runner import ProductAnswerer, evaluate, missing_docs

    progress = not args.quiet and sys.stderr.isatty()
    index = open_index(settings)
    if index.is_empty() and not _ingest_shipped(index, settings, progress):
        return EXIT_FAILED
    if args.folds:
        return _folds(Assistant(settings, index), questions, args.out, progress, datasets)
    ours = ProductAnswerer(Assistant(settings, index))
    indexed = ours.indexed_docs()
    absent = sorted({d for q in questions for d in missing_docs(q, indexed)})
    if absent:
        print(
            f"note: the question set cites documents that are not indexed (counted as misses): {', '.join(absent)}",
            file=sys.stderr,
        )
    baseline = _vanilla(args, settings, index, indexed) if args.compare == "vanilla" else None
    try:
        evaluation = evaluate(
            questions, ours, args.out, k=settings.k, baseline=baseline, progress=progress, dataset=str(dataset)
        )
    finally:
        if baseline is not None:
            baseline.close()
    print(summary_table(evaluation.metrics, evaluation.baseline_metrics, evaluation.ratios))
    if evaluation.follow_ups is not None:
        print(follow_up_summary(evaluation.follow_ups))
    print(f"\nWrote {args.out / 'results.jsonl'}, {args.out / 'metrics.json'} and {args.out / 'report.html'}")
    errors = evaluation.metrics["errors"] + (evaluation.baseline_metrics or {}).get("errors", 0)
    if errors:
        print(f"error: {errors} question(s) raised while being answered (see report.html)", file=sys.stderr)
    return EXIT_FAILED if errors else EXIT_OK


def _folds(assistant, questions, out: Path, progress: bool, datasets: Sequence[Path]) -> int:
    from evals.folds import FOLDS_FILE, MODEL_FILE, FoldsError, run_folds, table

    try:
        report = run_folds(assistant, questions, out, progress, datasets)
    except FoldsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(table(report))
    print(
        f"\nWrote {out / FOLDS_FILE}, the held-out answers in {out / 'held-out'} and the model fitted on every question"
    )
    print(f"in {out / MODEL_FILE}")
    return EXIT_OK


def _ingest_shipped(index, settings: Settings, progress: bool) -> bool:
    from ingest.pipeline import IngestOptions, ingest

    print(f"The index is empty: ingesting the shipped corpus ({settings.corpus_dir}) first.", file=sys.stderr)
    report = ingest([settings.corpus_dir], index, IngestOptions.from_settings(settings, progress=progress))
    for error in report.failed:
        print(f"error: {error}", file=sys.stderr)
    if index.is_empty():
        print("error: nothing could be ingested; run `board-assistant ingest FILES` first", file=sys.stderr)
        return False
    return True


def _vanilla(args: argparse.Namespace, settings: Settings, index, indexed: set[str]):
    """The baseline over exactly the documents the evaluated index holds: the index's own copies of
    their files (``--corpus`` reads other files instead)."""
    from evals.vanilla import VanillaAnswerer, vanilla_chat_model

    names = {}
    if not args.corpus:
        names = {path: doc for doc in sorted(indexed) if (path := index.original_path(doc)) is not None}
    paths = args.corpus or list(names) or [settings.corpus_dir]
    print("Building the vanilla baseline (RecursiveCharacterTextSplitter 1000/200, dense top-k) ...", file=sys.stderr)
    baseline = VanillaAnswerer.build(
        paths, index.embeddings, vanilla_chat_model(settings, index), k=settings.k, only=indexed, names=names
    )
    unread = sorted(indexed - baseline.indexed_docs())
    if unread:
        print(
            f"note: vanilla found no file for these indexed documents (ingest them again to keep a copy): "
            f"{', '.join(unread)}",
            file=sys.stderr,
        )
    return baseline


def _cell(value, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def summary_table(ours: dict, base: dict | None = None, ratios: dict | None = None) -> str:
    """The headline metrics and p50/p95 latencies, with vanilla and ours/vanilla when compared."""
    from evals.text_table import aligned

    header = ["metric", "ours"] + (["vanilla", "ours/vanilla"] if base else [])
    ratios = ratios or {}
    rows = [header]
    for name, value in ours["headline"].items():
        row = [name, _cell(value)]
        if base:
            row += [_cell(base["headline"].get(name)), _ratio(ratios.get(name))]
        rows.append(row)
    for stage in ("retrieve", "generate", "verify", "total"):
        lat = ours["latency_ms"].get(stage)
        for p in ("p50", "p95"):
            b = base["latency_ms"].get(stage) if base else None
            if lat is None and b is None:
                continue
            row = [f"latency {stage} {p} ms", _cell(lat and lat[p], 0)]
            if base:
                row += [_cell(b and b[p], 0), _ratio(ratios.get(f"latency_{stage}_{p}"))]
            rows.append(row)
    questions = f"{ours['questions']} questions" + (f", {ours['errors']} errors" if ours["errors"] else "")
    return f"\n{questions}\n" + aligned(rows)


def follow_up_summary(follow_ups: dict) -> str:
    """Retrieval of the rewritten follow-ups beside the same questions resolved by hand."""
    lines = [f"\nFollow-ups ({follow_ups['questions']}): the rewritten question vs the one resolved by hand"]
    for name in follow_ups["rewritten"]:
        lines.append(
            f"  {name:<16} rewritten {_cell(follow_ups['rewritten'][name])}   "
            f"by hand {_cell(follow_ups['standalone'][name])}"
        )
    return "\n".join(lines)


def _ratio(value) -> str:
    return "-" if value is None else f"{value:.2f}x"
