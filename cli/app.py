"""The parser, the shared options, and dispatch to the command modules."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from settings import Settings, SettingsError

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_UNAVAILABLE = 0, 1, 2, 3

# Each module has register(subparsers, common) and sets `handler` on the parsers it adds.
COMMAND_MODULES = ["cli.documents", "cli.questions", "cli.web", "cli.evaluation", "cli.bench"]

# Options that map straight onto a Settings field (argparse dest == field name).
SETTING_OPTIONS = (
    "index_dir",
    "chroma_url",
    "collection",
    "embedding_model",
    "chunk_tokens",
    "chunk_overlap_tokens",
    "max_file_mb",
    "backend",
    "k",
    "host",
    "port",
    "ui_mode",
    "data_dir",
)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    group = common.add_argument_group("index (also BPA_* environment variables)")
    group.add_argument("--index-dir", help="on-disk index folder (BPA_INDEX_DIR)")
    group.add_argument("--chroma-url", help="use a Chroma server, e.g. http://127.0.0.1:8000 (BPA_CHROMA_URL)")
    group.add_argument("--collection", help="index name inside Chroma (BPA_COLLECTION)")
    group.add_argument(
        "--embedding-model",
        help="minilm-int8 (default), minilm or a sentence-transformers folder (BPA_EMBEDDING_MODEL)",
    )

    parser = argparse.ArgumentParser(
        prog="board-assistant",
        description="Answer questions about published NHS board papers, citing the passages used.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        settings = Settings.from_env(**{name: getattr(args, name, None) for name in SETTING_OPTIONS})
        return args.handler(args, settings)
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        from vectorstore.errors import StoreUnavailable
        from vectorstore.index import IndexUpdateError

        if isinstance(exc, StoreUnavailable):
            print(f"error: the index is unavailable: {exc}", file=sys.stderr)
            return EXIT_UNAVAILABLE
        if isinstance(exc, IndexUpdateError):
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_FAILED
        raise
