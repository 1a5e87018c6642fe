"""The chat's example questions: made from the indexed papers and checked, once per index generation.

Checking asks each candidate of the assistant, so it runs off the request path: at start-up
(the warm-up thread) and again when an upload or removal makes a new generation. A page load
takes the latest checked list, waiting a little for the first one.
"""

from __future__ import annotations

import logging
import threading

from assistant.examples import checked_examples
from ui.chat import AssistantSource
from vectorstore.errors import StoreUnavailable

log = logging.getLogger(__name__)


class ExampleQuestions:
    def __init__(self, source: AssistantSource, wanted: int = 6) -> None:
        self.source = source
        self.wanted = wanted
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._generation: str | None = None
        self._questions: list[str] = []

    def current(self, wait_s: float = 0.0) -> list[str]:
        """The checked examples of the index as it is now (recomputed after the index changed); waits
        up to ``wait_s`` for a check under way, and not at all when the index cannot be reached."""
        generation = self._generation_now()
        if generation is None:
            return list(self._questions)
        if generation != self._generation and not self._lock.locked():
            self._ready.clear()
            threading.Thread(target=self.refresh, name="bpa-examples", daemon=True).start()
        if generation != self._generation:
            self._ready.wait(wait_s)
        return list(self._questions)

    def refresh(self) -> list[str]:
        """Make and check the examples for the committed generation (one refresh at a time)."""
        with self._lock:
            generation = self._generation_now()
            if generation is not None and generation == self._generation:
                self._ready.set()
                return list(self._questions)
            assistant = self.source.get()
            questions: list[str] = []
            try:
                if assistant is not None and not assistant.index.is_empty():
                    lexical = assistant.index.lexical()
                    questions = checked_examples(assistant, lexical.metadatas, lexical.lowercase_words(), self.wanted)
            except Exception as exc:  # noqa: BLE001 - no examples is better than no page
                log.warning("example questions could not be made: %s", exc)
            self._questions, self._generation = questions, generation
            self._ready.set()
            return list(questions)

    def _generation_now(self) -> str | None:
        assistant = self.source.get()
        if assistant is None:
            return None
        try:
            return assistant.index.generation(refresh=True).collection
        except StoreUnavailable:  # the index is down: keep what was checked before
            return self._generation
