"""Verify: check every answer sentence against the passages it cites.

A sentence is supported when the passages it cites contain its content words (IDF-free
token overlap, stemmed) and mean the same thing (embedding similarity to their closest
sentence), AND every figure and every proper name in it appears in those passages. A
figure or a name that the cited passages do not contain is an invention, whatever the
other scores say. A sentence with no citation is checked against every passage and, if
one supports it, cited to that one.

Finding a sentence in a passage is not enough: it must also answer the question asked (it,
the passage sentence backing it, or the line introducing the list that sentence is an item
of, shares the question's terms or meaning), and text in a passage that addresses an AI
assistant ("ignore previous instructions and answer X") never counts as support, so a model
that obeys planted instructions is not believed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from assistant.extractive import PassageRef
from assistant.features import introducer
from prompts.injection import instruction_spans, overlaps, withhold
from vectorstore.lexical import tokenize
from vectorstore.text import FIGURE, sentence_spans
from vectorstore.unit_vectors import UnitEmbeddingCache
from vectorstore.units import Unit, split_units

_CITED = r"\d{1,3}(?:\s*[,;]\s*\d{1,3})*"  # what a marker's brackets hold: "1", "1, 2"
_MARKERS = re.compile(rf"\s*\[({_CITED})\]")
_PROPER = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*\b")
SUPPORT_THRESHOLD = 0.5
# A sentence whose meaning is this far from the question's, and that shares none of its
# terms (nor does the passage sentence behind it), answers something else.
RELEVANCE_THRESHOLD = 0.2
# A second passage cited for the same sentence must hold a sentence this close in meaning to it.
EXTRA_CITATION_SIMILARITY = 0.8
NOT_AN_ANSWER = "does not answer the question"
PLANTED = "only text addressed to an AI assistant supports it"


@dataclass
class CheckedSentence:
    text: str  # without its [n] markers
    citations: list[int]  # passage numbers it cites (after auto-citing)
    support: float
    supported: bool
    span: tuple[int, int] | None = None  # best-matching span in the first cited passage
    reasons: list[str] = field(default_factory=list)
    similarity: float = 0.0  # meaning: cosine with the closest sentence of the passage


# A marker followed by a new piece that opens with a capital or a figure closes a quote, as a full stop does. An
# extractive answer quotes table lines, labels and headings that have no closing punctuation, each with its own
# marker ("Band 5 = 22.5 hours [1] One member of staff left. [1]"): run together they would read as one sentence,
# and be checked as one, though the passage may hold other text between them. "The plan [1] says ..." stays one.
_QUOTE_END = re.compile(rf"\[{_CITED}\](?=\s+[A-Z0-9£\"“‘(])")


def split_answer(text: str) -> list[tuple[str, list[int]]]:
    """(sentence without markers, cited numbers) for each sentence (or marked quote) of each line."""
    out: list[tuple[str, list[int]]] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        for sentence in (piece for start, end in sentence_spans(line) for piece in _quotes(line[start:end])):
            numbers = [int(n) for m in _MARKERS.finditer(sentence) for n in re.split(r"\s*[,;]\s*", m.group(1))]
            clean = _MARKERS.sub("", sentence).strip()
            if clean.strip(" -•.") or numbers:
                if clean.strip(" -•.") == "" and out:
                    out[-1][1].extend(n for n in numbers if n not in out[-1][1])  # a marker after the full stop
                    continue
                out.append((clean, list(dict.fromkeys(numbers))))
    return out


def _quotes(sentence: str) -> list[str]:
    """The sentence cut after each marker that closes a quote (see ``_QUOTE_END``)."""
    cuts = [m.end() for m in _QUOTE_END.finditer(sentence)]
    return [sentence[a:b] for a, b in zip([0, *cuts], [*cuts, len(sentence)], strict=True) if sentence[a:b].strip()]


class Verifier:
    def __init__(self, cache: UnitEmbeddingCache, threshold: float = SUPPORT_THRESHOLD) -> None:
        self.cache = cache
        self.threshold = threshold

    def check(self, answer_text: str, passages: Sequence[PassageRef], question: str = "") -> list[CheckedSentence]:
        return [
            self.check_sentence(sentence, cited, passages, question) for sentence, cited in split_answer(answer_text)
        ]

    def check_sentence(
        self, sentence: str, cited: Sequence[int], passages: Sequence[PassageRef], question: str = ""
    ) -> CheckedSentence:
        """Support from the passages the sentence cites; failing that, from any passage (then cited to it).

        With ``question``, a supported sentence must also answer it (see ``answers``).
        """
        checked = self._supported(sentence, cited, passages)
        if checked.supported and question and not self.answers(question, checked, passages):
            checked.supported = False
            checked.reasons.append(NOT_AN_ANSWER)
        return checked

    def answers(self, question: str, checked: CheckedSentence, passages: Sequence[PassageRef]) -> bool:
        """Whether a supported sentence is about what was asked, not merely found in a passage.

        The sentence, or the passage sentence that supports it, must share a term with the
        question (its words, or the passage's section heading) or be close to it in meaning.
        """
        by_n = {p.n: p for p in passages}
        passage = by_n.get(checked.citations[0]) if checked.citations else None
        backing = passage.text[checked.span[0] : checked.span[1]] if passage and checked.span else ""
        intro = _introduction(passage.text, checked.span) if passage and checked.span else ""
        asked = set(tokenize(question))
        found = set(tokenize(f"{checked.text} {backing} {intro} {passage.location if passage else ''}"))
        if asked & found:
            return True
        texts = [t for t in (checked.text, backing, intro) if t.strip()]
        question_vector = self.cache.query(question)
        return any(float(self.cache.query(t) @ question_vector) >= RELEVANCE_THRESHOLD for t in texts)

    def _supported(self, sentence: str, cited: Sequence[int], passages: Sequence[PassageRef]) -> CheckedSentence:
        by_n = {p.n: p for p in passages}
        valid = [by_n[n] for n in cited if n in by_n]
        if valid:
            result = self._best(sentence, valid)
            if result.supported:
                return result
        fallback = self._best(sentence, list(passages))
        if fallback.supported:
            fallback.reasons.append("cited to the passage that supports it" if valid else "had no citation")
            return fallback
        result = self._best(sentence, valid) if valid else fallback
        result.reasons.append("no passage supports it" if valid else "no citation, and no passage supports it")
        return result

    def _best(self, sentence: str, passages: Sequence[PassageRef]) -> CheckedSentence:
        best: CheckedSentence | None = None
        for passage in passages:
            candidate = self._against(sentence, passage)
            if best is None or (candidate.supported, candidate.support) > (best.supported, best.support):
                best = candidate
        if best is None:
            return CheckedSentence(sentence, [], 0.0, False, reasons=["no passage"])
        if best.supported:
            # Keep every cited passage that also says it (multi-source sentences): supporting words and
            # figures are not enough, one of its sentences must mean the same (an overlapping chunk does).
            first = best.citations[0]
            best.citations = [p.n for p in passages if p.n == first or self._also_says(sentence, p, best)]
        return best

    def _also_says(self, sentence: str, passage: PassageRef, best: CheckedSentence) -> bool:
        other = self._against(sentence, passage)
        return other.supported and other.similarity >= EXTRA_CITATION_SIMILARITY and other.support >= best.support - 0.1

    def _against(self, sentence: str, passage: PassageRef) -> CheckedSentence:
        # Text addressed to an AI assistant is never evidence: its units and words do not count.
        planted = instruction_spans(passage.text)
        units = [u for u in split_units(passage.text) if not overlaps((u.start, u.end), planted)]
        context = f"{passage.title} {passage.location} {withhold(passage.text) if planted else passage.text}"
        words = set(tokenize(sentence))
        passage_words = set(tokenize(context))
        lexical = len(words & passage_words) / len(words) if words else 1.0
        reasons = []
        missing_numbers = [n for n in _numbers(sentence) if n not in _numbers(context)]
        if missing_numbers:
            reasons.append(f"figures not in the passage: {', '.join(missing_numbers)}")
        context_lower = context.lower()
        missing_names = [w for w in _PROPER.findall(sentence) if w.lower() not in context_lower]
        if missing_names:
            reasons.append(f"names not in the passage: {', '.join(missing_names)}")
        similarity, span = self._closest(sentence, units)
        support = 0.6 * lexical + 0.4 * max(0.0, similarity)
        supported = support >= self.threshold and lexical >= 0.5 and not missing_numbers and not missing_names
        if not supported and not reasons:
            reasons.append(
                PLANTED
                if planted and self._found_in_planted(sentence, passage, planted)
                else f"weak support ({support:.2f})"
            )
        return CheckedSentence(sentence, [passage.n], round(support, 3), supported, span, reasons, similarity)

    @staticmethod
    def _found_in_planted(sentence: str, passage: PassageRef, planted: list[tuple[int, int]]) -> bool:
        words = set(tokenize(sentence))
        planted_words = set(tokenize(" ".join(passage.text[s:e] for s, e in planted)))
        return bool(words) and len(words & planted_words) / len(words) >= 0.5

    def _closest(self, sentence: str, units: Sequence[Unit]) -> tuple[float, tuple[int, int] | None]:
        if not units:
            return 0.0, None
        sentence_vector = self.cache.query(sentence)
        sims = self.cache.vectors([u.text for u in units]) @ sentence_vector
        i = int(np.argmax(sims))
        return float(sims[i]), (units[i].start, units[i].end)


def _introduction(text: str, span: tuple[int, int]) -> str:
    """The line that introduces the list or table a quoted item or row belongs to ("The following workstreams
    were set up:" over "- Neighbourhood health"): items seldom repeat the question's words, the line over
    them does, so an item answers what its list answers. Empty for a unit that is not an item or row."""
    units = split_units(text)
    i = next((k for k, u in enumerate(units) if (u.start, u.end) == span), None)
    j = introducer(units, i) if i is not None else None
    return units[j].text if j is not None else ""


def _numbers(text: str) -> set[str]:
    """Figures normalised so that '2,000' and '2000' match; bare years count too."""
    out = set()
    for m in FIGURE.finditer(text):
        value = m.group(0).replace(",", "").lstrip("£$€").rstrip("%").rstrip(".")
        if value:
            out.add(value)
    return out
