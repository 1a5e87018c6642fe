"""`board-assistant users add|list|remove`, `feedback export` and `ui`'s refusal to start staff mode without accounts."""

from __future__ import annotations

import csv
import io

from cli import main
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
