"""What an ingest shows while it runs: a bar on a terminal, a line per file in a log, nothing when quiet.

Real ingests of small fixtures (real model, real Chroma), their output captured.
"""

from __future__ import annotations

import fcntl
import io
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

from ingest.pipeline import IngestOptions, ingest
from ingest.progress import BarProgress, IngestProgress, LineProgress, progress_for
from tests.helpers import EAST_PLAN, NORTH_COMMITTEE, SOUTH_BOARD, board_pdf, write

BOARD_ASSISTANT = str(Path(sys.executable).with_name("board-assistant"))
LINE = re.compile(r"^ingest: \[(\d+)/(\d+)\] (\S+): (\d+) chunks in (\d+\.\d) s$")


def _papers(folder: Path) -> Path:
    write(folder, "south.md", SOUTH_BOARD)
    write(folder, "north.md", NORTH_COMMITTEE)
    write(folder, "east.md", EAST_PLAN)
    return folder


def _terminal() -> tuple[io.TextIOWrapper, int]:
    """A text stream that is a terminal (the slave side of a pty, 120 columns), and the master's fd."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))  # tqdm draws nothing at width 0
    return io.TextIOWrapper(os.fdopen(slave, "wb", buffering=0), encoding="utf-8", write_through=True), master


def _read_all(master: int) -> str:
    out = b""
    while True:
        try:
            block = os.read(master, 65536)
        except OSError:
            break
        if not block:
            break
        out += block
    return out.decode("utf-8", "replace")


def test_redirected_output_gets_a_line_per_file_as_it_finishes(tmp_path, index):
    stream = io.StringIO()
    assert not stream.isatty()
    progress = progress_for(stream)
    assert isinstance(progress, LineProgress)
    report = ingest([_papers(tmp_path / "papers")], index, IngestOptions(), progress=progress)
    assert report.ok and len(report.added) == 3
    lines = stream.getvalue().splitlines()
    assert lines[0] == "ingest: 3 file(s) to read (0.0 MB)"
    done = [LINE.match(line) for line in lines[1:4]]
    assert all(done), lines
    chunks = {r.doc_id: r.chunks for r in report.added}
    assert [(m[1], m[2], m[3], int(m[4])) for m in done] == [
        ("1", "3", "east.md", chunks["east.md"]),
        ("2", "3", "north.md", chunks["north.md"]),
        ("3", "3", "south.md", chunks["south.md"]),
    ]
    assert lines[4] == f"ingest: writing the index ({report.embedded} new chunks)"
    assert re.fullmatch(r"ingest: index written in \d+\.\d s", lines[5]) and len(lines) == 6


def test_a_failed_file_has_its_line_and_the_others_go_on(tmp_path, index):
    papers = _papers(tmp_path / "papers")
    write(papers, "broken.pdf", b"%PDF-1.4 not really a pdf")
    stream = io.StringIO()
    report = ingest([papers], index, IngestOptions(), progress=progress_for(stream))
    assert [Path(e.path).name for e in report.failed] == ["broken.pdf"] and len(report.added) == 3
    assert "ingest: [1/4] broken.pdf: failed (reason below)" in stream.getvalue().splitlines()


def test_a_terminal_gets_one_overall_bar_with_files_and_chunks(tmp_path, index):
    papers = _papers(tmp_path / "papers")
    write(papers, "report.pdf", board_pdf())
    stream, master = _terminal()
    progress = progress_for(stream)
    assert isinstance(progress, BarProgress)
    report = ingest([papers], index, IngestOptions(batch_size=2), progress=progress)
    stream.close()
    output = _read_all(master)
    os.close(master)
    assert report.ok and report.embedded > 4
    assert "ingest: [" not in output  # no per-file lines on a terminal
    # One bar, redrawn in place: chunks done of the total, the files done, a rate and time left.
    draws = re.findall(r"Ingesting:\s+\d+%\|[^|]*\| (\d+)/(\d+) \[[^\]]*chunk/s, files (\d)/4\]", output)
    assert draws, output[-2000:]
    assert draws[-1][0] == str(report.embedded) and draws[-1][2] == "4"
    assert any(int(done) < int(total) for done, total, _ in draws)  # seen part way
    assert "Writing the index" in output and output.endswith("\n")  # closed, not left mid-line


def test_quiet_shows_nothing(tmp_path, index):
    progress = progress_for(io.StringIO(), quiet=True)
    assert type(progress) is IngestProgress
    report = ingest([_papers(tmp_path / "papers")], index, IngestOptions(progress=False))
    assert report.ok and len(report.added) == 3


def test_the_command_logs_a_line_per_file_when_redirected_and_nothing_when_quiet(tmp_path):
    papers = tmp_path / "papers"
    write(papers, "south.md", SOUTH_BOARD)
    write(papers, "north.md", NORTH_COMMITTEE)
    env = {k: v for k, v in os.environ.items() if not k.startswith("BPA_")}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [BOARD_ASSISTANT, "ingest", "--index-dir", str(tmp_path / "index"), *args],
            capture_output=True,
            text=True,
            timeout=300,
            env=env,
            check=False,
        )

    logged = run(str(papers))
    assert logged.returncode == 0, logged.stderr
    lines = [line for line in logged.stderr.splitlines() if line.startswith("ingest: [")]
    assert [LINE.match(line)[3] for line in lines] == ["north.md", "south.md"]
    assert "added     north.md" in logged.stdout and "0 file(s) failed" in logged.stdout

    write(papers, "east.md", EAST_PLAN)
    quiet = run("--quiet", str(papers))
    assert quiet.returncode == 0 and quiet.stderr == ""
    assert "added     east.md" in quiet.stdout and "unchanged 2 document(s)" in quiet.stdout


def test_a_file_name_cannot_start_a_line_of_its_own(tmp_path, index):
    papers = tmp_path / "papers"
    write(papers, "south\nerror: forged.md", SOUTH_BOARD)
    stream = io.StringIO()
    assert ingest([papers], index, IngestOptions(), progress=progress_for(stream)).ok
    lines = stream.getvalue().splitlines()
    assert "ingest: [1/1] south\\nerror: forged.md: " in lines[1]
    assert not any(line.startswith("error:") for line in lines)
