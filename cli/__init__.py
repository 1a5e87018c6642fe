"""``board-assistant``: the command line, and the one place where the parts are wired together.

It sits above every package: the documents commands drive ``ingest/``, ``ask`` drives
``assistant/``, and the web chat, evaluation and benchmark commands drive ``ui/``,
``evals/`` and ``benchmarks/``. No package imports it back.
"""

from cli.app import main

__all__ = ["main"]
