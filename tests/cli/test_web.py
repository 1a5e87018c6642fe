"""`board-assistant users add|list|remove`, `feedback export` and `ui`'s refusal to start staff mode without accounts."""

from __future__ import annotations

import csv
import io
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from cli import main
from tests.helpers import REPO_ROOT
from ui.accounts import Accounts
from ui.feedback import FeedbackStore, Rated


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_users_add_reads_the_password_twice_and_refuses_a_mismatch(tmp_path, capsys, monkeypatch):
    answers = iter(["a long password", "a long password", "one password", "another password"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    code, out, _ = run(capsys, "users", "add", "editor", "--data-dir", str(tmp_path))
    assert code == 0 and "added editor" in out
    assert Accounts(tmp_path / "users.json").verify("editor", "a long password")
    code, _, err = run(capsys, "users", "add", "editor", "--data-dir", str(tmp_path))
    assert code == 1 and "do not match" in err
    assert Accounts(tmp_path / "users.json").verify("editor", "a long password")  # unchanged


def test_users_add_from_stdin_list_and_remove(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("stdin password\n"))
    assert run(capsys, "users", "add", "ops", "--password-stdin", "--data-dir", str(tmp_path))[0] == 0
    assert Accounts(tmp_path / "users.json").verify("ops", "stdin password")
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    code, _, err = run(capsys, "users", "add", "ops2", "--password-stdin", "--data-dir", str(tmp_path))
    assert code == 1 and "at least 8 characters" in err
    assert run(capsys, "users", "list", "--data-dir", str(tmp_path))[1] == "ops\n"
    assert run(capsys, "users", "remove", "ops", "--data-dir", str(tmp_path))[0] == 0
    assert run(capsys, "users", "remove", "ops", "--data-dir", str(tmp_path))[0] == 1


def test_feedback_export_writes_csv(tmp_path, capsys):
    store = FeedbackStore(tmp_path / "feedback.sqlite3")
    store.comment(store.rate(Rated("s", 0, "What was decided?", "The plan was approved. [1]", [{"n": 1}]), True), "ok")
    out_file = tmp_path / "out" / "feedback.csv"
    code, _, err = run(capsys, "feedback", "export", "--data-dir", str(tmp_path), "--out", str(out_file))
    assert code == 0 and "1 feedback row(s)" in err
    [row] = list(csv.DictReader(out_file.open(encoding="utf-8")))
    assert (row["question"], row["helpful"], row["comment"]) == ("What was decided?", "1", "ok")
    code, out, _ = run(capsys, "feedback", "export", "--data-dir", str(tmp_path))
    assert code == 0 and out.startswith("id,created_at") and "What was decided?" in out


def test_staff_mode_without_accounts_does_not_start(tmp_path, capsys):
    code, _, err = run(capsys, "ui", "--mode", "staff", "--data-dir", str(tmp_path), "--index-dir", str(tmp_path / "i"))
    assert code == 2 and "board-assistant users add" in err


def test_a_stopped_web_chat_leaves_no_exports_folder(tmp_path):
    """`board-assistant ui` stopped as a service manager stops it (SIGTERM) closes the chat: exit 0, nothing left."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "TMPDIR": str(temp), "PYTHONPATH": str(REPO_ROOT), "BPA_CHROMA_URL": ""}
    command = [str(Path(sys.executable).with_name("board-assistant")), "ui", "--port", str(port)]
    command += ["--data-dir", str(tmp_path / "data"), "--index-dir", str(tmp_path / "index")]
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT) as proc:
        try:
            deadline = time.monotonic() + 120
            while not _answers(f"http://127.0.0.1:{port}/config"):
                assert proc.poll() is None and time.monotonic() < deadline, proc.stdout.read().decode()
                time.sleep(0.3)
            [folder] = temp.glob("bpa-exports-*")
            proc.send_signal(signal.SIGTERM)
            code = proc.wait(timeout=60)
        finally:
            proc.kill()
        output = proc.stdout.read().decode()
    assert code == 0, output
    assert not folder.exists() and not list(temp.glob("bpa-exports-*"))


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False
