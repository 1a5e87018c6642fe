"""The web chat and what goes with it: ``ui`` (serve), ``users add|remove|list`` (staff), ``feedback export``."""

from __future__ import annotations

import argparse
import getpass
import os
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from cli.app import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from settings import Settings


def register(sub, common) -> None:
    data = argparse.ArgumentParser(add_help=False)
    data.add_argument("--data-dir", type=Path, help="folder of the feedback database and staff accounts (BPA_DATA_DIR)")
    p = sub.add_parser("ui", parents=[common, data], help="start the web chat (http://HOST:PORT)")
    p.add_argument("--mode", dest="ui_mode", choices=["public", "staff"], help="public or staff (BPA_UI_MODE)")
    p.add_argument("--host", help="address to listen on (BPA_HOST)")
    p.add_argument("--port", type=int, help="port to listen on (BPA_PORT)")
    p.add_argument("--backend", choices=["extractive", "openai", "llamacpp"], help="answer backend (BPA_BACKEND)")
    p.set_defaults(handler=_ui)

    users = sub.add_parser("users", help="staff accounts for the web chat's staff mode")
    actions = users.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = actions.add_parser("add", parents=[data], help="add a staff user, or set a new password")
    p.add_argument("name")
    p.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    p.set_defaults(handler=_users_add)
    p = actions.add_parser("remove", parents=[data], help="remove a staff user")
    p.add_argument("name")
    p.set_defaults(handler=_users_remove)
    p = actions.add_parser("list", parents=[data], help="list staff users")
    p.set_defaults(handler=_users_list)

    feedback = sub.add_parser("feedback", help="feedback given in the web chat")
    actions = feedback.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = actions.add_parser("export", parents=[data], help="write all feedback as CSV")
    p.add_argument("--out", type=Path, help="CSV file to write (default: standard output)")
    p.set_defaults(handler=_feedback_export)


def _ui(args: argparse.Namespace, settings: Settings) -> int:
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    from ui.app import StaffAccountsMissing, build

    chat = build(settings)
    restore_sigterm = _stop_on_sigterm()
    try:
        chat.warm_up_in_background()
        print(f"Board Papers Assistant ({settings.ui_mode}) on http://{settings.host}:{settings.port}", flush=True)
        chat.launch(block=True)
    except StaffAccountsMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        pass  # Ctrl+C or a service manager's stop is how a server ends, even while it is still starting
    finally:
        chat.close()  # and with it the conversation exports
        restore_sigterm()
    return EXIT_OK


def _stop_on_sigterm() -> Callable[[], object]:
    """A service manager's stop (SIGTERM) ends the server as Ctrl+C does, so the chat is closed, not killed.

    Returns what puts the previous handler back (nothing to do off the main thread, where none can be set).
    """
    if threading.current_thread() is not threading.main_thread():
        return lambda: None

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    return lambda: signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)


def _read_password(args: argparse.Namespace) -> str | None:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Password again: ") != first:
        print("error: the passwords do not match", file=sys.stderr)
        return None
    return first


def _users_add(args: argparse.Namespace, settings: Settings) -> int:
    from ui.accounts import AccountError, Accounts

    password = _read_password(args)
    if password is None:
        return EXIT_FAILED
    try:
        new = Accounts(settings.users_file).add(args.name, password)
    except AccountError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"{'added' if new else 'updated'} {args.name} in {settings.users_file}")
    return EXIT_OK


def _users_remove(args: argparse.Namespace, settings: Settings) -> int:
    from ui.accounts import Accounts

    if not Accounts(settings.users_file).remove(args.name):
        print(f"error: no user {args.name!r}", file=sys.stderr)
        return EXIT_FAILED
    print(f"removed {args.name}")
    return EXIT_OK


def _users_list(args: argparse.Namespace, settings: Settings) -> int:
    from ui.accounts import Accounts

    for name in Accounts(settings.users_file).names():
        print(name)
    return EXIT_OK


def _feedback_export(args: argparse.Namespace, settings: Settings) -> int:
    from ui.feedback import FeedbackStore

    store = FeedbackStore(settings.feedback_db)
    if args.out is None:
        count = store.export_csv(sys.stdout)
    else:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        with open(args.out, "w", encoding="utf-8", newline="") as handle:
            count = store.export_csv(handle)
        print(f"{count} feedback row(s) written to {args.out}", file=sys.stderr)
    return EXIT_OK
