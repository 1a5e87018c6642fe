"""StoreUnavailable: the one error vectorstore/ raises when a store it reads or writes cannot be used.

The stores fail in many ways: a Chroma server that is down or restarting (httpx's connection
and timeout errors, or an HTTP error status), an on-disk index whose database is locked,
unreadable or damaged (chromadb's errors, sqlite3's), the sentence-vector file beside it
(sqlite3's). Inside vectorstore/ every such failure becomes a :class:`StoreUnavailable` whose
message names the store and what was being done, so the assistant, the web chat and the command
line catch that one type and never read exception messages to guess what went wrong.

Errors that mean a bug rather than an outage (a malformed filter, a duplicate id) are not turned
into it: they would be reported as "try again later" for ever.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator


class StoreUnavailable(RuntimeError):
    """The index or a store beside it cannot be used (server down, file unreadable, database damaged)."""


def is_store_error(exc: BaseException) -> bool:
    """Whether ``exc`` says a store cannot be used now (as opposed to a wrong call)."""
    if isinstance(exc, StoreUnavailable | sqlite3.Error):
        return True
    # Imported only once an error is met: whoever raised these has imported them already.
    import httpx
    from chromadb import errors

    if isinstance(exc, httpx.HTTPError):
        return True
    wrong_call = (
        errors.InvalidArgumentError,
        errors.DuplicateIDError,
        errors.IDAlreadyExistsError,
        errors.InvalidUUIDError,
        errors.UniqueConstraintError,
        errors.BatchSizeExceededError,
    )
    return isinstance(exc, errors.ChromaError) and not isinstance(exc, wrong_call)


@contextlib.contextmanager
def store_errors(store: str, doing: str) -> Iterator[None]:
    """Turn a store's failure inside the block into ``StoreUnavailable("<store> is unavailable: <doing> failed (...)")``."""
    try:
        yield
    except StoreUnavailable:
        raise
    except Exception as exc:
        if not is_store_error(exc):
            raise
        detail = str(exc).strip() or "no detail given"
        raise StoreUnavailable(f"{store} is unavailable: {doing} failed ({type(exc).__name__}: {detail})") from exc
