"""``board-assistant``: the command line, and the place where the parts are wired together.

Sub-commands import what they need when they run, so ``board-assistant docs`` does not
pay for loading the embedding model or the web framework.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Callable, Sequence

from assistant.settings import Settings, SettingsError

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_UNAVAILABLE = 0, 1, 2, 3

_COMMANDS: dict[str, Callable[[argparse.Namespace, Settings], int]] = {}


def command(name: str) -> Callable:
    def register(fn: Callable[[argparse.Namespace, Settings], int]) -> Callable:
        _COMMANDS[name] = fn
        return fn
    return register


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        settings = Settings.from_env(**_overrides(args))
        return _COMMANDS[args.command](args, settings)
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        from vectorstore.chroma import StoreUnavailable
        from vectorstore.index import IndexUpdateError

        if isinstance(exc, StoreUnavailable):
            print(f"error: the index is unavailable: {exc}", file=sys.stderr)
            return EXIT_UNAVAILABLE
        if isinstance(exc, IndexUpdateError):
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_FAILED
        raise


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    group = common.add_argument_group("index (also BPA_* environment variables)")
    group.add_argument("--index-dir", type=Path, help="on-disk index folder (BPA_INDEX_DIR)")
    group.add_argument("--chroma-url", help="use a Chroma server, e.g. http://127.0.0.1:8000 (BPA_CHROMA_URL)")
    group.add_argument("--collection", help="index name inside Chroma (BPA_COLLECTION)")
    group.add_argument("--embedding-model", help="minilm or a sentence-transformers folder (BPA_EMBEDDING_MODEL)")

    parser = argparse.ArgumentParser(
        prog="board-assistant",
        description="Answer questions about published NHS board papers, citing the passages used.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("ingest", parents=[common], help="add or update documents in the index")
    p.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the shipped corpus)")
    p.add_argument("--chunk-tokens", type=int, help="largest chunk, in tokens (BPA_CHUNK_TOKENS)")
    p.add_argument("--chunk-overlap-tokens", type=int, help="overlap between chunks (BPA_CHUNK_OVERLAP_TOKENS)")
    p.add_argument("--max-file-mb", type=float, help="refuse larger files (BPA_MAX_FILE_MB)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")

    sub.add_parser("docs", parents=[common], help="list the indexed documents")

    p = sub.add_parser("remove", parents=[common], help="remove documents from the index")
    p.add_argument("doc_ids", nargs="+", metavar="DOC", help="document id (file name, with or without extension)")
    return parser


def _overrides(args: argparse.Namespace) -> dict:
    names = ("index_dir", "chroma_url", "collection", "embedding_model", "chunk_tokens", "chunk_overlap_tokens",
             "max_file_mb", "backend", "k", "host", "port", "ui_mode")
    return {name: getattr(args, name, None) for name in names}


# --- documents ------------------------------------------------------------------------
@command("ingest")
def _ingest(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.store import open_index
    from ingest.chunk import ChunkingOptions
    from ingest.pipeline import IngestOptions, ingest

    paths = args.paths or [settings.corpus_dir]
    options = IngestOptions(
        chunking=ChunkingOptions(max_tokens=settings.chunk_tokens, overlap_tokens=settings.chunk_overlap_tokens),
        max_bytes=settings.max_file_bytes, batch_size=settings.embedding_batch,
        progress=not args.quiet and sys.stderr.isatty(),
    )
    report = ingest(paths, open_index(settings), options)
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for error in report.failed:
        print(f"error: {error}", file=sys.stderr)
    for record in report.added:
        print(f"added     {record.doc_id} ({record.chunks} chunks)")
    for record in report.replaced:
        print(f"replaced  {record.doc_id} ({record.chunks} chunks)")
    if report.unchanged:
        print(f"unchanged {len(report.unchanged)} document(s)")
    rate = f", {report.chunks_per_second:.1f} chunks/s embedding" if report.embedded else ""
    print(f"{report.chunks} chunks ({report.embedded} embedded, {report.reused} reused) in {report.seconds:.1f} s{rate}; "
          f"{len(report.failed)} file(s) failed")
    return EXIT_OK if report.ok else EXIT_FAILED


@command("docs")
def _docs(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.store import open_index
    from ingest.structure import human_date

    documents = open_index(settings).documents()
    if not documents:
        print("The index is empty. Run `board-assistant ingest` to add the shipped corpus.")
        return EXIT_OK
    rows = [("DOCUMENT", "TITLE", "MEETING", "DATE", "CHUNKS")]
    for d in documents:
        rows.append((d.doc_id, d.title, d.meeting or "-", human_date(d.date) or "-", str(d.chunks)))
    widths = [min(max(len(r[i]) for r in rows), 60) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(_fit(cell, w) for cell, w in zip(row, widths)).rstrip())
    return EXIT_OK


def _fit(text: str, width: int) -> str:
    return (text if len(text) <= width else text[:width - 1] + "…").ljust(width)


@command("remove")
def _remove(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.store import open_index

    index = open_index(settings)
    known = {d.doc_id for d in index.documents()}
    chosen, unknown = [], []
    for name in args.doc_ids:
        match = name if name in known else next((d for d in known if Path(d).stem == name), None)
        (chosen if match else unknown).append(match or name)
    for name in unknown:
        print(f"error: {name}: not in the index (see `board-assistant docs`)", file=sys.stderr)
    if chosen:
        index.commit(remove=chosen)
        for name in chosen:
            print(f"removed {name}")
    return EXIT_FAILED if unknown else EXIT_OK
