"""What a person sees while an ingest runs: one bar in a terminal, a line per file in a log, or nothing.

The pipeline reports events (a file parsed, chunks embedded, a file done, the index being
written); :func:`progress_for` picks how to show them from where the output goes:

- a terminal: one overall bar counting chunks, with the files done and an ETA;
- anything else (a log file, CI, a service manager's journal): one line per file as it
  finishes (name, chunks, seconds), then one for the index write;
- ``quiet``: nothing.

The number of chunks is known only once a file is parsed, so until every file is, the bar's
total counts the files still to parse at the chunks per byte of those parsed so far.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Any, TextIO

from ingest.load import printable

if TYPE_CHECKING:
    from tqdm import tqdm


class IngestProgress:
    """Receives the pipeline's events and shows nothing (the ``quiet`` choice)."""

    def start(self, files: int, total_bytes: int) -> None:
        """``files`` (of ``total_bytes`` together) are to be parsed and embedded."""

    def parsed(self, name: str, chunks: int, size: int) -> None:
        """A file is cut into ``chunks`` chunks (of which some may be reused, not embedded)."""

    def embedded(self, chunks: int) -> None:
        """``chunks`` more chunks have their vectors (embedded now or reused)."""

    def file_done(self, name: str, chunks: int, seconds: float) -> None:
        """A file is parsed and embedded; ``seconds`` since its parsing started."""

    def file_failed(self, name: str, size: int) -> None:
        """A file of ``size`` bytes could not be read; its error is in the report."""

    def writing(self, chunks: int) -> None:
        """Every file is ready; the index of ``chunks`` new chunks is being written."""

    def finish(self) -> None:
        """The ingest is over (done or failed)."""


class LineProgress(IngestProgress):
    """A line per finished file, for output that is not a terminal."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.files = 0
        self.done = 0
        self.started = time.perf_counter()

    def start(self, files: int, total_bytes: int) -> None:
        self.files = files
        self.started = time.perf_counter()
        if files:
            self._say(f"ingest: {files} file(s) to read ({total_bytes / 1e6:.1f} MB)")

    def file_done(self, name: str, chunks: int, seconds: float) -> None:
        self.done += 1
        self._say(f"ingest: [{self.done}/{self.files}] {printable(name)}: {chunks} chunks in {seconds:.1f} s")

    def file_failed(self, name: str, size: int) -> None:
        self.done += 1
        self._say(f"ingest: [{self.done}/{self.files}] {printable(name)}: failed (reason below)")

    def writing(self, chunks: int) -> None:
        self._writing_started = time.perf_counter()
        self._say(f"ingest: writing the index ({chunks} new chunks)")

    def finish(self) -> None:
        if hasattr(self, "_writing_started"):
            self._say(f"ingest: index written in {time.perf_counter() - self._writing_started:.1f} s")

    def _say(self, line: str) -> None:
        print(line, file=self.stream, flush=True)


class BarProgress(IngestProgress):
    """One overall tqdm bar over the chunks, with files done and an ETA, for a terminal."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.bar: tqdm[Any] | None = None
        self.files = 0
        self.done = 0
        self.total_bytes = 0
        self.parsed_bytes = 0
        self.parsed_chunks = 0

    def start(self, files: int, total_bytes: int) -> None:
        from tqdm import tqdm

        self.files, self.total_bytes = files, total_bytes
        if files:
            self.bar = tqdm(
                total=0, unit="chunk", desc="Ingesting", file=self.stream, dynamic_ncols=True, smoothing=0.1
            )
            self._postfix()

    def parsed(self, name: str, chunks: int, size: int) -> None:
        self.parsed_bytes += size
        self.parsed_chunks += chunks
        if self.bar is not None:
            left = max(0, self.total_bytes - self.parsed_bytes)
            per_byte = self.parsed_chunks / self.parsed_bytes if self.parsed_bytes else 0.0
            self.bar.total = self.parsed_chunks + round(left * per_byte)
            self.bar.refresh()

    def embedded(self, chunks: int) -> None:
        if self.bar is not None:
            self.bar.update(chunks)

    def file_done(self, name: str, chunks: int, seconds: float) -> None:
        self.done += 1
        self._postfix()

    def file_failed(self, name: str, size: int) -> None:
        self.done += 1
        self.total_bytes = max(0, self.total_bytes - size)  # it adds no chunks
        self._postfix()

    def writing(self, chunks: int) -> None:
        if self.bar is not None:
            self.bar.set_description("Writing the index")
            self.bar.refresh()

    def finish(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    def _postfix(self) -> None:
        if self.bar is not None:
            self.bar.set_postfix_str(f"files {self.done}/{self.files}")


def progress_for(stream: TextIO | None = None, quiet: bool = False) -> IngestProgress:
    """The bar on a terminal, a line per file elsewhere, nothing when ``quiet``."""
    stream = stream or sys.stderr
    if quiet:
        return IngestProgress()
    return BarProgress(stream) if _is_terminal(stream) else LineProgress(stream)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
