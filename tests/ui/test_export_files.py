"""Where exported conversations live and for how long: the folder build() makes goes with the chat
(close, or interpreter exit), a caller's folder is never removed, and an export is kept for an hour."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from settings import Settings
from tests.helpers import REPO_ROOT
from ui.app import build
from ui.chat import EXPORT_MAX_AGE_S, EXPORT_NAME
from ui.conversation import Conversation

VACANCY = "What was the vacancy rate in February?"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _answered(chat) -> Conversation:
    conv = Conversation()
    for _ in chat.service.respond(conv, VACANCY, "s1"):
        pass
    return conv


def test_closing_the_chat_removes_the_export_folder_it_made_and_keeps_a_supplied_one(tmp_path, ui_assistant):
    settings = Settings.from_env(ui_mode="public", port=_free_port(), data_dir=tmp_path / "data")
    made = build(settings, ui_assistant)
    made.launch(block=False, quiet=True)
    try:
        path = made.service.export(_answered(made), "s1")
        assert path is not None and path.is_relative_to(made.export_dir) and "8.2%" in path.read_text()
    finally:
        made.close()
    assert not made.export_dir.exists()
    made.close()  # a second close is harmless

    supplied = tmp_path / "operator-exports"
    supplied.mkdir()
    (supplied / "theirs.txt").write_text("not the chat's", encoding="utf-8")
    chat = build(settings, ui_assistant, export_dir=supplied)
    path = chat.service.export(_answered(chat), "s1")
    chat.close()
    assert (supplied / "theirs.txt").read_text(encoding="utf-8") == "not the chat's"
    assert path is not None and path.exists() and path.parent.parent == supplied


def test_an_export_folder_made_by_build_goes_at_interpreter_exit_without_close(tmp_path):
    """The process ends without close(): the folder is still removed (a chat left open by a script or test)."""
    script = (
        "from pathlib import Path\n"
        "from settings import Settings\n"
        "from ui.app import build\n"
        "from ui.conversation import Conversation, Turn\n"
        f"chat = build(Settings.from_env(data_dir=Path({str(tmp_path / 'data')!r}), "
        f"index_dir=Path({str(tmp_path / 'index')!r})))\n"
        "path = chat.service.export(Conversation([Turn('q', '', None)]), 's1')\n"
        "assert path.exists()\n"
        "print(chat.export_dir)\n"
    )
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "PYTHONPATH": str(REPO_ROOT)}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    folder = Path(done.stdout.strip().splitlines()[-1])
    assert folder.parent == temp and folder.name.startswith("bpa-exports-")
    assert not folder.exists() and not list(temp.glob("bpa-exports-*"))


def test_an_old_export_is_swept_and_another_sessions_fresh_one_kept(tmp_path, ui_assistant):
    supplied = tmp_path / "exports"
    chat = build(Settings.from_env(data_dir=tmp_path / "data"), ui_assistant, export_dir=supplied)
    try:
        conv = _answered(chat)
        old = chat.service.export(conv, "old-session")
        hour_and_a_bit = time.time() - EXPORT_MAX_AGE_S - 60
        os.utime(old, (hour_and_a_bit, hour_and_a_bit))
        fresh = chat.service.export(conv, "fresh-session")
        not_quite = time.time() - EXPORT_MAX_AGE_S + 120  # 58 minutes old: still someone's to download
        os.utime(fresh, (not_quite, not_quite))
        (supplied / "operator-notes.txt").write_text("kept", encoding="utf-8")  # not exports: left alone
        (supplied / "operator-folder").mkdir()
        for theirs in ("operator-notes.txt", "operator-folder"):
            os.utime(supplied / theirs, (hour_and_a_bit, hour_and_a_bit))

        mine = chat.service.export(conv, "third-session")  # exporting sweeps
        assert mine is not None and mine.exists()
        assert not old.exists() and not old.parent.exists()
        assert fresh.exists() and "8.2%" in fresh.read_text(encoding="utf-8")
        assert (supplied / "operator-notes.txt").exists() and (supplied / "operator-folder").is_dir()
        assert sorted(p.parent.name for p in supplied.glob(f"*/{EXPORT_NAME}")) == ["fresh-session", "third-session"]

        again = chat.service.export(conv, "old-session")  # the swept session exports again: a new file
        assert again == old and again.exists()
    finally:
        chat.close()
    assert supplied.exists()
