"""Staff sessions end when their account is removed or re-passworded, and after an idle period."""

from __future__ import annotations

from ui.accounts import Accounts
from ui.sessions import StaffSessions


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_session_lives_while_used_and_ends_after_the_idle_period(tmp_path):
    accounts, clock = Accounts(tmp_path / "users.json"), Clock()
    accounts.add("carol", "a long password")
    sessions = StaffSessions(accounts, idle_s=60, clock=clock)
    sessions["t1"] = "carol"
    for _ in range(5):  # each request counts as activity
        clock.now += 50
        assert sessions.get("t1") == "carol"
    clock.now += 61
    assert sessions.get("t1") is None and "t1" not in list(sessions)
    assert sessions.get(None) is None  # Gradio looks up a missing cookie as None


def test_removal_and_a_new_password_end_every_session_of_that_user_only(tmp_path):
    accounts = Accounts(tmp_path / "users.json")
    accounts.add("carol", "a long password")
    accounts.add("dave", "a long password")
    other_process = Accounts(tmp_path / "users.json")  # `board-assistant users ...` runs elsewhere
    sessions = StaffSessions(accounts, idle_s=3600)
    sessions["c1"], sessions["c2"], sessions["d1"] = "carol", "carol", "dave"
    other_process.remove("carol")
    assert sessions.get("c1") is None and sessions.get("c2") is None and sessions.get("d1") == "dave"
    other_process.add("dave", "a new long password")
    assert sessions.get("d1") is None
    sessions["d2"] = "dave"
    assert sessions.get("d2") == "dave" and list(sessions) == ["d2"]


def test_logout_of_all_sessions_works_on_the_table(tmp_path):
    """Gradio's /logout walks the table and deletes the user's tokens."""
    accounts = Accounts(tmp_path / "users.json")
    accounts.add("carol", "a long password")
    sessions = StaffSessions(accounts, idle_s=3600)
    sessions["c1"] = sessions["c2"] = "carol"
    for token in list(sessions.keys()):
        if sessions[token] == "carol":
            del sessions[token]
    assert len(sessions) == 0
