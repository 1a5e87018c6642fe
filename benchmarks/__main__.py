"""``python -m benchmarks [ingest|query|load|scale|cli|all] --out DIR`` (the same as ``board-assistant bench``)."""

from __future__ import annotations

import argparse
import sys

from benchmarks import workspace  # noqa: F401  (offline environment before anything loads a model)
from benchmarks.run import add_arguments, run


def main(argv: list[str] | None = None) -> int:
    from settings import Settings, SettingsError

    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    add_arguments(parser)
    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return run(args, settings)


if __name__ == "__main__":
    raise SystemExit(main())
