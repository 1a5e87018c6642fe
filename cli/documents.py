"""Documents: ``ingest`` (add or update), ``docs`` (list), ``remove``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cli.app import EXIT_FAILED, EXIT_OK
from ingest.load import printable
from settings import Settings


def register(sub, common) -> None:
    p = sub.add_parser("ingest", parents=[common], help="add or update documents in the index")
    p.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the shipped corpus)")
    p.add_argument(
        "--chunk-tokens", type=int, help="largest chunk, in the embedding model's word pieces (BPA_CHUNK_TOKENS)"
    )
    p.add_argument("--chunk-overlap-tokens", type=int, help="overlap between chunks (BPA_CHUNK_OVERLAP_TOKENS)")
    p.add_argument("--max-file-mb", type=float, help="refuse larger files (BPA_MAX_FILE_MB)")
    p.add_argument(
        "--quiet", action="store_true", help="no progress (else a bar on a terminal, a line per file in a log)"
    )
    p.set_defaults(handler=_ingest)

    p = sub.add_parser("docs", parents=[common], help="list the indexed documents")
    p.set_defaults(handler=_docs)

    p = sub.add_parser("remove", parents=[common], help="remove documents from the index")
    p.add_argument("doc_ids", nargs="+", metavar="DOC", help="document id (file name, with or without extension)")
    p.set_defaults(handler=_remove)


def _ingest(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.store import open_index
    from ingest.pipeline import IngestOptions, ingest

    paths = args.paths or [settings.corpus_dir]
    options = IngestOptions.from_settings(settings, progress=not args.quiet)
    report = ingest(paths, open_index(settings), options)
    for warning in report.warnings:
        print(f"warning: {printable(warning)}", file=sys.stderr)
    for error in report.failed:
        print(f"error: {error}", file=sys.stderr)
    for record in report.added:
        note = f"; {report.notes[record.doc_id]}" if record.doc_id in report.notes else ""
        print(f"added     {printable(record.doc_id)} ({record.chunks} chunks{printable(note)})")
    for record in report.replaced:
        print(f"replaced  {printable(record.doc_id)} ({record.chunks} chunks)")
    if report.unchanged:
        print(f"unchanged {len(report.unchanged)} document(s)")
    split = ""
    if report.chunks:
        rate = f" ({report.chunks_per_second:.1f} chunks/s)" if report.embedded else ""
        split = (
            f" (reading and parsing {report.parse_seconds:.1f} s, embedding {report.embed_seconds:.1f} s{rate}, "
            f"writing the index {report.store_seconds:.1f} s)"
        )
    print(
        f"{report.chunks} chunks ({report.embedded} embedded, {report.reused} reused) in {report.seconds:.1f} s"
        f"{split}; {len(report.failed)} file(s) failed"
    )
    return EXIT_OK if report.ok else EXIT_FAILED


def _docs(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.store import open_index
    from vectorstore.dates import human_date

    documents = open_index(settings).documents()
    if not documents:
        print("The index is empty. Run `board-assistant ingest` to add the shipped corpus.")
        return EXIT_OK
    rows: list[tuple[str, ...]] = [("DOCUMENT", "TITLE", "MEETING", "DATE", "PAGES", "CHUNKS", "INGESTED")]
    for d in documents:
        cells = (
            d.doc_id,
            d.title,
            d.meeting or "",
            human_date(d.date),
            str(d.pages or ""),
            str(d.chunks),
            d.ingested_at[:16].replace("T", " "),
        )
        rows.append(tuple(printable(c) for c in cells))
    print(_table(rows))
    return EXIT_OK


# Column widths before a cell wraps onto more lines (nothing is cut: a title is read in full).
_WIDTHS = (40, 44, 36, 17, 5, 6, 16)


def _table(rows: list[tuple[str, ...]]) -> str:
    """Columns as wide as their longest cell up to a limit; longer cells wrap within their column."""
    import textwrap

    widths = [min(max(len(r[i]) for r in rows), limit) for i, limit in enumerate(_WIDTHS)]
    lines = []
    for row in rows:
        cells = [textwrap.wrap(cell, w, break_long_words=True) or [""] for cell, w in zip(row, widths, strict=True)]
        for n in range(max(len(c) for c in cells)):
            parts = [(c[n] if n < len(c) else "").ljust(w) for c, w in zip(cells, widths, strict=True)]
            lines.append("  ".join(parts).rstrip())
    return "\n".join(lines)


def _remove(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.store import open_index

    index = open_index(settings)
    chosen, problems = resolve_documents(index.documents(), args.doc_ids)
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if chosen:  # the names that say which document they mean are removed; the others are reported
        index.commit(remove=chosen)
        for name in chosen:
            print(f"removed {printable(name)}")
    return EXIT_FAILED if problems else EXIT_OK


def resolve_documents(documents, names: list[str]) -> tuple[list[str], list[str]]:
    """(document ids, problems) for names given on the command line: an id, a path, or a file name that must
    match one document only."""
    from vectorstore.index import find_documents

    chosen: list[str] = []
    problems: list[str] = []
    for name in names:
        found = find_documents(documents, name)
        if len(found) == 1:
            chosen.append(found[0].doc_id)
        elif not found:
            problems.append(f"{name}: not in the index (see `board-assistant docs`)")
        else:
            ids = ", ".join(sorted(d.doc_id for d in found))
            problems.append(f"{name}: {len(found)} documents match ({ids}); name one of them")
    return list(dict.fromkeys(chosen)), problems
