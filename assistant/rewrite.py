"""Follow-ups: turn "and what about Bromley?" into a question that stands on its own.

With an LLM backend the model rewrites the question (``prompts/rewrite_*``); otherwise
:func:`rewrite_rule` applies a small grammar of follow-ups to the previous turn (its
question, already resolved the same way, and its answer):

- **substitution**: "what about X?", "and X?", "and for X?", "same for X", "is it the
  same in X?" put X in place of the phrase of the previous question it stands for: a
  name for a name, a date for a date, a group of people for a group, a phrase with the
  same head noun, or the previous question's topic ("... about the Bristol flow model"
  → "... about ambulance handover delays"). A group or a place with nothing to replace
  narrows the previous question instead ("... for mental health for children").
- **reference**: "it", "they", "that", "them" stand for the previous question's topic,
  or for the thing its answer named when it asked "which programme ...?"; "he"/"she"
  for the person the answer (or question) named; "there" for its place, "then" for its
  date; "they" doing what a body does ("what did they decide?") for the body that spoke.
- **continuation**: "and what was decided?", "tell me more", "why?" ask about the
  previous topic.

Anything else stands alone and is searched as typed. The previous question is parsed
with a shallow clause grammar (wh-word, auxiliary, subject, verb, object, prepositional
phrases), enough to find its topic and the phrases a follow-up can replace.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from langchain_core.language_models import BaseChatModel

from prompts.loader import rewrite_messages
from vectorstore.text import MONTH_ABBREVIATIONS, MONTHS, first_sentence

# --- word classes -------------------------------------------------------------------------
_WH = {"what", "which", "who", "whom", "whose", "when", "where", "why", "how"}
_BE = {"is", "are", "was", "were", "be", "been", "being", "am", "'s"}
_AUX = _BE | {
    "do",
    "does",
    "did",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "should",
    "shall",
    "may",
    "might",
    "must",
}
_TOPIC_PREPS = {"about", "regarding", "concerning", "on", "re", "around"}
_PREPS = _TOPIC_PREPS | {
    "for",
    "in",
    "at",
    "to",
    "from",
    "with",
    "within",
    "by",
    "during",
    "into",
    "across",
    "among",
    "amongst",
    "between",
    "under",
    "over",
    "after",
    "before",
    "since",
    "until",
    "towards",
    "per",
    "than",
    "without",
    "outside",
    "inside",
    "through",
    "throughout",
    "against",
    "like",
}
_DETS = {"the", "a", "an", "our", "your", "my", "some", "any", "each", "every", "all", "no", "its", "their"}
_REFERENCES = {"it", "its", "itself", "they", "them", "their", "theirs", "themselves", "this", "that", "these", "those"}
_PERSONAL = {"he", "she", "him", "his", "her", "hers", "himself", "herself"}
_PRONOUNS = _REFERENCES | _PERSONAL | {"there", "then", "i", "we", "you", "us", "me"}
_LEADING = re.compile(
    r"^\s*(?:(?:and|but|so|also|ok|okay|right|then|well|now|oh|hmm|thanks|thank you)\b[\s,.!]*)+", re.I
)
_TRAILING = re.compile(r"\s*\b(?:too|as well|also|then)\s*(?=[?.!]*\s*$)", re.I)
# What a body or person does: "what did they decide?" means the body, not the topic.
_AGENT_VERBS = {
    "say",
    "said",
    "decide",
    "decided",
    "agree",
    "agreed",
    "propose",
    "proposed",
    "recommend",
    "recommended",
    "approve",
    "approved",
    "ask",
    "asked",
    "note",
    "noted",
    "conclude",
    "concluded",
    "resolve",
    "resolved",
    "suggest",
    "suggested",
    "commit",
    "committed",
    "plan",
    "planned",
    "want",
    "wanted",
    "promise",
    "promised",
    "minute",
    "minuted",
    "discuss",
    "discussed",
    "report",
    "reported",
    "think",
    "thought",
    "feel",
    "felt",
}


def _words(text: str) -> list[str]:
    return text.split()


_VERB_BASES = _words(
    "say mention minute discuss co-ordinate coordinate report note agree decide propose recommend approve plan raise ask happen live open "
    "close cost chair lead mean start begin end change improve reduce increase fall rise spend fund deliver include "
    "involve manage join take get make give do work run serve support cover affect need expect want go come see look "
    "find show set become sit hold meet apply use provide offer receive pay employ respond exist help aim achieve "
    "cause contribute attend present explain describe tell list publish launch stand move grow drop face tackle "
    "address ensure lose win buy build vote sign commit invest save cut merge conclude resolve suggest promise think "
    "feel cover happen last treat visit wait refer admit discharge staff sit remain continue compare differ stop "
    "shorten lengthen rank score perform"
)
_IRREGULAR = _words(
    "said says met held ran took got made gave done did went gone came saw seen found shown became sat spent led rose "
    "risen fell fallen began begun paid stood grew grown lost won bought built meant told thought felt does goes"
)


def _inflections(base: str) -> set[str]:
    stem = base[:-1] if base.endswith("e") else base
    forms = {base, base + "s", base + "es", base + "d", base + "ed", stem + "ed", stem + "ing"}
    if base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", base):  # stop -> stopped, plan -> planned
        forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return forms


_VERBS = set(_IRREGULAR).union(*(_inflections(b) for b in _VERB_BASES))
_POPULATION = re.compile(
    r"\b(?:children|child|young people|young person|youth|adults?|older (?:people|adults|residents)|elderly|"
    r"women|men|girls|boys|babies|infants|families|parents|mothers|fathers|carers|patients|residents|"
    r"staff|workforce|employees|students|pupils|veterans|refugees|people (?:with|who|living|aged)|"
    r"under[- ]\d+s?|over[- ]\d+s?|CYP|teenagers|adolescents|pensioners|homeless people|rough sleepers)\b",
    re.I,
)
# Service areas board papers are organised by: "and for mental health?" after a question on elective care.
_SERVICE = re.compile(
    r"\b(?:(?:elective|emergency|urgent|urgent and emergency|primary|community|social|secondary|acute|dental|"
    r"maternity|cancer|stroke|end of life|palliative|intermediate|children's|adult|adults'?|mental health|"
    r"specialist|continuing|home|hospital|outpatient|inpatient|day)\s+(?:care|services?|health)|mental health|"
    r"maternity|dentistry|pharmacy|public health|learning disabilit(?:y|ies)|autism|dementia|"
    r"district nursing|health visiting|social work|ambulance services?|111|999)\b",
    re.I,
)
_MONTHS = [*MONTHS, *MONTH_ABBREVIATIONS]
_TIME = re.compile(
    r"^(?:(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?|q[1-4]|quarter|month|week|year|winter|summer|spring|autumn|"
    r"today|yesterday|tomorrow|last|next|this|previous|" + "|".join(_MONTHS) + r")$",
    re.I,
)
# Organisations and roles that appear in every paper: a follow-up rarely means to replace them.
_GENERIC_NAMES = {
    "nhs",
    "icp",
    "icb",
    "ics",
    "sel",
    "ccg",
    "gp",
    "gps",
    "uk",
    "a&e",
    "cqc",
    "vcse",
    "covid",
    "covid-19",
}
_HONORIFIC = r"(?:Dr|Cllr|Councillor|Sir|Dame|Professor|Prof|Mr|Mrs|Ms|Miss|Lord|Baroness)\.?"
_PERSON = re.compile(rf"\b{_HONORIFIC}\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*|\b[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+\b")
_NOT_PERSON_WORDS = re.compile(
    r"\b(?:NHS|Council|Trust|Board|Committee|Partnership|London|Hospital|Foundation|Care|Health|Alliance|"
    r"Service|Services|Plan|Programme|Strategy|Group|Network|Borough|City|Centre|Team|Forum|Assembly|"
    r"England|Integrated|South|North|East|West|Local|Primary|Mental|Public|Our|The|This|What|Which|When)\b"
)
_TOKEN = re.compile(r"[£$]?\d[\d,./]*(?:[a-z%]+)?|[A-Za-z][A-Za-z0-9&'’-]*|[^\sA-Za-z0-9]")
_FRAME_TAIL = re.compile(r"\s*[-–—,;:]\s*(?:what|who|how|when|where|which|why|did|was|were|is|are)\b[^?]*$", re.I)
_ABOUT = re.compile(
    r"^(?:(?:what|how)\s+about|same\s+(?:question\s+)?(?=for|in|at|with|on|about)|(?:and\s+)?the\s+same\s+"
    r"(?=for|in|at|with|on|about)|(?:is|was|are|were)\s+(?:it|that|this|they)\s+the\s+same\s+(?=for|in|at|with|on))"
    r"\s*(?P<x>.+?)\s*[?.!]*$",
    re.I,
)
_BARE_CONTINUATION = re.compile(
    r"^(?:tell me more|more|go on|anything else|what else|say more|more detail|more details|details|why|how so|"
    r"how come|really|and|continue)\b",
    re.I,
)
_REFUSAL = re.compile(r"don.t answer this|do not answer this|no documents are indexed|search is unavailable", re.I)
_MARKERS = re.compile(r"\s*\[\d+\]")


@dataclass(frozen=True)
class _Token:
    text: str
    low: str
    start: int
    end: int


@dataclass(frozen=True)
class Phrase:
    """A noun phrase of a question: where it is, what kind, and its part in the clause."""

    start: int
    end: int
    text: str
    kind: str  # name | time | population | other
    role: str  # topic | subject | object | complement | wh | pp
    prep: str = ""  # the preposition before it, if any
    head: str = ""  # its last word, lower case


@dataclass(frozen=True)
class Parse:
    text: str
    phrases: tuple[Phrase, ...]
    verb: str = ""
    wh: str = ""  # the question word: what, which, who, how many, ...

    def topic(self, plural: bool | None = None) -> str:
        """What the question is about: the phrase after 'about', else its complement, object, subject or
        wh-noun (the one agreeing with ``plural``, for a pronoun) or first prepositional phrase, with the
        prepositional phrases that follow it ("the deficit at month 10")."""
        index = self._topic_index(plural)
        return "" if index is None else self._extended(index)

    def topic_phrase(self) -> Phrase | None:
        """The topic's own phrase, without what follows it ("the deficit")."""
        index = self._topic_index()
        return None if index is None else self.phrases[index]

    def _topic_index(self, plural: bool | None = None) -> int | None:
        roles: tuple[str, ...] = ("subject", "wh")
        if plural is not None:
            # "How many beds does the new ward have?": "it" is the ward, "them" the beds.
            firsts = [next((p for p in self.phrases if p.role == r and not _is_pronoun(p.text)), None) for r in roles]
            agree = [r for r, p in zip(roles, firsts, strict=True) if p is not None and _plural(p) == plural]
            roles = tuple(agree) + tuple(r for r in roles if r not in agree)
        for role in ("topic", "complement", "object", *roles, "pp"):
            found = [i for i, p in enumerate(self.phrases) if p.role == role and not _is_pronoun(p.text)]
            if found:
                return found[-1] if role == "topic" else found[0]
        return None

    def subject(self) -> Phrase | None:
        return next((p for p in self.phrases if p.role == "subject" and not _is_pronoun(p.text)), None)

    def extent(self, phrase: Phrase, kinds: tuple[str, ...]) -> int:
        """Where ``phrase`` ends with the prepositional phrases of these kinds right after it: "waiting lists
        for hip operations" is one topic, "the deficit | at month 10" a topic and its time."""
        end = phrase.end
        for p in self.phrases[self.phrases.index(phrase) + 1 :]:
            gap = self.text[end : p.start]
            if p.role != "pp" or p.kind not in kinds or not re.fullmatch(rf"\s*{re.escape(p.prep)}\s+", gap, re.I):
                break
            end = p.end
        return end

    def _extended(self, index: int) -> str:
        """The phrase and the prepositional phrases right after it (joined with their prepositions)."""
        parts = [self.phrases[index].text]
        last = self.phrases[index]
        for p in self.phrases[index + 1 :]:
            if p.role != "pp" or p.prep in _TOPIC_PREPS:
                break
            gap = self.text[last.end : p.start]
            if not re.fullmatch(rf"\s*(?:{_VERB_GAP})?\s*{re.escape(p.prep)}\s+", gap, re.I):
                break
            parts.append(f"{p.prep} {p.text}")
            last = p
        return " ".join(parts)


_VERB_GAP = r"[A-Za-z'’-]+"  # a verb between a phrase and its place ("people live in Lambeth")


def _plural(p: Phrase) -> bool:
    head = p.head
    return head in ("people", "children", "staff", "men", "women", "data") or (
        head.endswith("s") and not head.endswith(("ss", "us", "is", "'s", "’s"))
    )


def _generic(name: str) -> bool:
    """ "the ICB", "NHS": a name every paper uses."""
    words = [w.lower() for w in name.split() if w.lower() not in _DETS]
    return bool(words) and all(w in _GENERIC_NAMES for w in words)


def _is_pronoun(text: str) -> bool:
    return text.lower() in _PRONOUNS


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.group(0), m.group(0).lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _kind(text: str) -> str:
    words = [w for w in re.findall(r"[A-Za-z0-9&'’/-]+", text) if w.lower() not in _DETS]
    if not words:
        return "other"
    if _is_population(text):
        return "population"
    if _is_service(text):
        return "service"
    if all(_TIME.match(w) or w.isdigit() for w in words) or (
        any(re.fullmatch(r"(?:19|20)\d\d(?:/\d\d)?", w) for w in words) and len(words) <= 3
    ):
        return "time"
    if all(w[:1].isupper() or w[:1].isdigit() or w.lower() in ("of", "and", "&", "the", "for") for w in words):
        return "name"
    return "other"


def _is_population(text: str) -> bool:
    """A group of people leads the phrase ("older people in Bexley"), not a modifier ("the children's ward")."""
    lead = " ".join(w for w in text.split() if w.lower() not in _DETS)
    m = _POPULATION.match(lead)
    return m is not None and not re.match(r"['’]", lead[m.end() :])


def _is_service(text: str) -> bool:
    """A service area is the whole phrase ("mental health", "the elective care")."""
    lead = " ".join(w for w in text.split() if w.lower() not in _DETS)
    m = _SERVICE.fullmatch(lead)
    return m is not None


def parse(question: str) -> Parse:
    """The question's noun phrases with their roles (a shallow clause grammar; see the module docstring)."""
    tokens = _tokens(question)
    phrases: list[Phrase] = []
    state = "start"  # start -> (wh) -> expect_verb (after an auxiliary or a wh-noun) -> after_verb
    verb = wh = ""
    copula = False
    prep = ""
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.low in _WH:
            wh = wh or tok.low
            if tok.low == "how" and i + 1 < len(tokens) and tokens[i + 1].low in ("many", "much", "often", "long"):
                wh = f"how {tokens[i + 1].low}"
                i += 1
            state = "wh"
            i += 1
            continue
        if tok.low in _AUX and not prep:
            if state in ("start", "wh", "wh_noun"):
                copula = tok.low in _BE
                state = "expect_verb"
            elif state == "expect_verb" and tok.low in _BE:
                copula = True
            i += 1
            continue
        if tok.low in _PREPS and tok.low != "of":
            prep = tok.low
            i += 1
            continue
        if not _is_content(tok) and tok.low not in _DETS and not _is_pronoun(tok.text):
            prep = ""  # punctuation ends a phrase and its preposition
            i += 1
            continue
        if not prep and _is_verb(tokens, i, state):
            verb = tok.low
            state = "after_verb"
            i += 1
            continue
        j = _phrase_end(tokens, i, state if not prep else "")
        inverted_verb = state == "expect_verb" and not copula and not prep and _ends_in_verb(tokens, i, j)
        if inverted_verb:
            j -= 1  # "did Folake Segun | highlight about ...": after auxiliary and subject comes the verb
        start, end = tokens[i].start, tokens[j - 1].end
        text = question[start:end]
        role = _role(state, prep, copula, phrases)
        phrases.append(Phrase(start, end, text, _kind(text), role, prep, tokens[j - 1].low))
        if state == "wh" and not prep:
            state = "wh_noun"
        elif state == "expect_verb" and role == "complement":
            state = "after_verb"
        elif state == "after_verb" and role == "object":
            state = "after_object"
        prep = ""
        i = j
        if inverted_verb:
            verb, state = tokens[j].low, "after_verb"
            i += 1
    return Parse(question, tuple(phrases), verb, wh)


def _role(state: str, prep: str, copula: bool, phrases: list[Phrase]) -> str:
    if prep in _TOPIC_PREPS and phrases:
        return "topic"
    if prep:
        return "pp"
    if state == "wh":
        return "wh"
    if state == "expect_verb":
        return "complement" if copula else "subject"
    if state == "after_verb":
        return "object"
    if state == "wh_noun":
        return "subject"
    return "other"


def _ends_in_verb(tokens: list[_Token], i: int, j: int) -> bool:
    """In "did the board approve the plan" the run after the subject's auxiliary ends in the verb: a
    lower-case word after two or more words, followed by "about", a determiner or the end (not by "at":
    "does the new ward | at St Anne's have")."""
    words = [t for t in tokens[i:j] if t.low not in _DETS]
    last = tokens[j - 1]
    follows = tokens[j].low if j < len(tokens) else ""
    return (
        len(words) >= 2
        and last.text.isalpha()
        and last.text.islower()
        and not last.low.endswith(("'s", "’s"))
        and (not follows or follows in _TOPIC_PREPS | _DETS or not re.match(r"[A-Za-z0-9£$]", follows))
    )


def _is_content(tok: _Token) -> bool:
    return bool(re.match(r"[A-Za-z0-9£$]", tok.text)) and tok.low not in _WH | _AUX | _PREPS | _DETS | _PRONOUNS


def _after_determiner(tokens: list[_Token], i: int) -> bool:
    return i > 0 and (tokens[i - 1].low in _DETS or tokens[i - 1].low.endswith(("'s", "’s")))


def _is_verb(tokens: list[_Token], i: int, state: str) -> bool:
    """A known verb where the clause expects one: after "did the ICP", after "how many people",
    right after "who"; never after a determiner ("the plan") or before an auxiliary ("what support is")."""
    tok = tokens[i]
    if tok.low not in _VERBS or _after_determiner(tokens, i):
        return False
    if i + 1 < len(tokens) and tokens[i + 1].low in _AUX | {"of"}:
        return False  # "what support is ...", "the meeting of ..."
    if tok.low.endswith("ing") and state != "wh":
        return False  # "the previous meeting": a gerund is rarely the verb of a question
    if state in ("expect_verb", "wh_noun"):
        return True
    return state == "wh" and i > 0 and tokens[i - 1].low in _WH | {"many", "much", "often", "long"}


def _phrase_end(tokens: list[_Token], i: int, state: str) -> int:
    """Index after the noun phrase starting at ``i``: determiners, words, names, figures, and
    'of'/'and' between them; a verb ends it where one is expected ("did the ICP | minute about")."""
    possessive = tokens[i].low in ("its", "their", "his", "her") and i + 1 < len(tokens) and _is_content(tokens[i + 1])
    if _is_pronoun(tokens[i].text) and tokens[i].low not in ("this", "that", "these", "those") and not possessive:
        return i + 1
    j = i
    while j < len(tokens):
        tok = tokens[j]
        if tok.low in ("of", "and", "&", "or") and j > i:
            if j + 1 < len(tokens) and (_is_content(tokens[j + 1]) or tokens[j + 1].low in _DETS):
                j += 1
                continue
            break
        if tok.low in _DETS or tok.low in ("this", "that", "these", "those"):
            if j > i and tokens[j - 1].low not in ("of", "and", "&", "or"):
                break
            j += 1
            continue
        if not _is_content(tok):
            break
        if state and j > i and _is_verb(tokens, j, "wh_noun" if state == "wh" else state):
            break
        j += 1
    return max(j, i + 1)


# --- resolving a follow-up --------------------------------------------------------------------
def previous_questions(history: Sequence[tuple[str, str]]) -> list[str]:
    return [text for role, text in history if role == "user" and text.strip()]


def _turns(history: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """(question, answer) pairs from (role, text) history; an unanswered question gets ''."""
    turns: list[tuple[str, str]] = []
    for role, text in history:
        if role == "user" and text.strip():
            turns.append((text, ""))
        elif role == "assistant" and turns and not turns[-1][1]:
            turns[-1] = (turns[-1][0], "" if _REFUSAL.search(text or "") else _MARKERS.sub("", text or ""))
    return turns


def rewrite_rule(question: str, history: Sequence[tuple[str, str]]) -> str:
    """The follow-up ``question`` as a question that stands alone, given earlier (role, text) turns."""
    turns = _turns(history)
    if not turns:
        return question
    resolved, previous_answer = "", ""
    for earlier, answer in turns:  # each earlier question resolved against the ones before it
        resolved = resolve(earlier, resolved, previous_answer) if resolved else earlier
        previous_answer = answer
    return resolve(question, resolved, previous_answer)


def resolve(question: str, previous: str, answer: str = "") -> str:
    """``question`` made to stand alone, given the previous question (already standing alone) and its answer."""
    text = " ".join(question.split())
    body = _TRAILING.sub("", _LEADING.sub("", text)).strip()
    continued = body != text.strip()
    if not body or not previous.strip():
        return question
    about = _ABOUT.match(body)
    if about:
        return _tidy(_substitute(previous, _resolve_references(_frame_free(about.group("x")), previous, answer)))
    if _bare_phrase(body, continued):
        return _tidy(_substitute(previous, _frame_free(body)))
    tokens = _tokens(body)
    if any(_is_reference(tokens, i) for i in range(len(tokens))):
        resolved = _continue(_resolve_references(body, previous, answer), body, previous)
        return _tidy(_keep_place(resolved, parse(previous)))
    if _BARE_CONTINUATION.match(body) and len(_content_words(body)) <= 1:
        return _tidy(_about_topic(body, previous))
    if continued and _leans_on(body, previous):
        return _tidy(_about_topic(body, previous))
    if _relational_only(body):
        return _tidy(_insert_before_mark(body, _complement(body, parse(previous))))
    described = _definite_descriptions(body, parse(previous))
    if described != body:
        return _tidy(described)
    return question if not continued else _tidy(body)


def _frame_free(x: str) -> str:
    """X of "what about X - what was said?" without the trailing re-asking."""
    return _FRAME_TAIL.sub("", x).strip(" ?.!,;:") or x


def _bare_phrase(body: str, continued: bool) -> bool:
    """ "and Bromley?", "and for children and young people?", "in 2023?": a phrase, no clause."""
    tokens = _tokens(_frame_free(body))
    words = [t for t in tokens if re.match(r"[A-Za-z0-9£$]", t.text)]
    if not words or words[0].low in _WH or any(t.low in _AUX for t in words):
        return False
    if words[0].low in _PREPS and words[0].low != "of":
        return True
    return continued and len(words) <= 6 and not any(_is_pronoun(t.text) for t in words)


# Nouns that need a complement: "what was the impact?" asks for the impact of the previous topic.
_RELATIONAL = set(
    _words(
        "impact impacts effect effects cost costs budget outcome outcomes result results reason reasons risk risks "
        "benefit benefits timescale timescales timeline deadline progress status response update decision decisions "
        "figure figures total target targets aim aims purpose next steps plan plans evidence cause causes reaction "
        "reply answer"
    )
)


def _complement(body: str, previous: Parse) -> str:
    """ "the impact" -> "of industrial action"; "the response" -> "to Folake Segun about performance data"
    (the person or body the previous question named, when there was one, and its topic)."""
    words = _content_words(body)
    prep = "to" if any(w in ("response", "reaction", "reply", "answer") for w in words) else "of"
    subject = previous.subject()
    topic = previous.topic()
    if subject is not None and subject.kind == "name" and not _generic(subject.text):
        return f"{prep} {subject.text} about {topic}" if topic and topic != subject.text else f"{prep} {subject.text}"
    return f"{prep} {topic}"


def _relational_only(body: str) -> bool:
    words = _content_words(body)
    return bool(words) and len(words) <= 2 and all(w in _RELATIONAL for w in words)


def _content_words(text: str) -> list[str]:
    return [t.low for t in _tokens(text) if _is_content(t) and t.low not in _VERBS | {"tell", "more", "else"}]


def _leans_on(body: str, previous: str) -> bool:
    """ "and what did the board decide?" after a question about the board: no topic of its own."""
    parse_ = parse(body)
    if any(p.role in ("topic", "object", "complement") or p.role == "pp" for p in parse_.phrases):
        return False
    own = set(_content_words(body))
    return own <= set(_content_words(previous))


def _substitute(previous: str, x: str) -> str:
    """The previous question with the phrase X stands for replaced by X (or narrowed by X)."""
    prep, phrase = _split_prep(x)
    kind = _kind(phrase)
    parsed = parse(previous)
    candidates = _candidates(parsed, kind)
    head = (re.findall(r"[a-z0-9'’-]+", phrase.lower()) or [""])[-1]
    best = _best(candidates, kind, prep, head)
    if best is not None:
        end = best.end
        possessive = re.match(r"['’]s?", previous[end:])
        if possessive:  # "the adults' priority" -> "the children and young people's priority"
            phrase, end = phrase + "'s", end + possessive.end()
        return previous[: best.start] + phrase + previous[end:]
    if prep or kind in ("name", "time"):  # "and for children?", "and in Bromley?": narrows the question
        return _insert_before_mark(previous, f"{prep or _default_prep(kind)} {phrase}")
    topic = parsed.topic_phrase()
    if topic is not None:
        end = parsed.extent(topic, kinds=("other",))
        return previous[: topic.start] + phrase + previous[end:]
    return _insert_before_mark(previous, f"about {phrase}")


def _split_prep(x: str) -> tuple[str, str]:
    """ "for children" -> ("for", "children"); "the January one" -> ("", "January")."""
    words = x.split(None, 1)
    prep, phrase = "", x.strip()
    if len(words) == 2 and words[0].lower() in _PREPS and words[0].lower() not in ("of",):
        prep, phrase = words[0].lower(), words[1].strip()
    one = re.fullmatch(r"(?:the\s+)?(.+?)\s+ones?", phrase, re.I)
    return prep, one.group(1) if one else phrase


def _default_prep(kind: str) -> str:
    return {"name": "in", "time": "in", "population": "for", "service": "for"}.get(kind, "about")


def _candidates(parsed: Parse, kind: str) -> list[Phrase]:
    """Phrases of the previous question X could stand for: whole phrases, and the names, dates or
    groups inside them ("the Bristol flow model" holds the name "Bristol")."""
    found: list[Phrase] = []
    for p in parsed.phrases:
        if _is_pronoun(p.text):
            continue
        if p.kind == kind:
            found.append(p)
        if kind == "name":
            for m in re.finditer(r"\b(?:[A-Z][\w&'’-]*)(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&'’-]*)*", p.text):
                if m.group(0) != p.text and (m.start() > 0 or p.start > 0) and not _TIME.match(m.group(0)):
                    found.append(_inner(p, m.start(), m.end(), "name"))
        elif kind == "population":
            for m in _POPULATION.finditer(p.text):
                if re.match(r"['’]s\b", p.text[m.end() :]):
                    continue  # "the children's ward": a modifier, not the group
                if m.group(0) != p.text:
                    end = _population_end(p.text, m)
                    found.append(_inner(p, m.start(), end, "population"))
        elif kind == "service":
            for m in _SERVICE.finditer(p.text):
                if m.group(0) != p.text:
                    found.append(_inner(p, m.start(), m.end(), "service"))
        elif kind == "time":
            for m in re.finditer(r"\b(?:19|20)\d\d(?:/\d\d)?\b|\b(?:" + "|".join(_MONTHS) + r")\b", p.text, re.I):
                found.append(_inner(p, m.start(), m.end(), "time"))
    return [p for p in found if not (p.kind == "name" and _generic(p.text))]


def _population_end(text: str, match: re.Match[str]) -> int:
    """ "children" in "children and young people" runs to the end of the pair."""
    rest = text[match.end() :]
    more = re.match(r"\s+and\s+" + _POPULATION.pattern[2:-2] + r"\b", rest, re.I)
    return match.end() + (more.end() if more else 0)


def _inner(p: Phrase, start: int, end: int, kind: str) -> Phrase:
    text = p.text[start:end]
    return Phrase(p.start + start, p.start + end, text, kind, p.role, p.prep if start == 0 else "", text.lower())


def _best(candidates: list[Phrase], kind: str, prep: str, head: str) -> Phrase | None:
    def score(p: Phrase) -> float:
        s = 0.0
        if p.kind == kind and kind != "other":
            s += 3
        if head and p.head.rstrip("s") == head.rstrip("s"):
            s += 3
        if kind == "time" and _time_unit(p.head) == _time_unit(head):
            s += 2  # a month for a month, a year for a year
        if prep and p.prep == prep:
            s += 2
        if p.role == "topic":
            s += 1
        if p.role == "wh":
            s -= 1
        return s + p.start / 10_000  # the later of two equals

    if not candidates:
        return None
    best = max(candidates, key=score)
    if kind == "other" and score(best) < 2:
        return None  # no phrase of the same head or preposition: replace the topic instead
    return best


def _time_unit(word: str) -> str:
    if re.fullmatch(r"(?:19|20)\d\d(?:/\d\d)?", word):
        return "year"
    return "month" if word.lower() in _MONTHS else word.lower()


def _insert_before_mark(previous: str, addition: str) -> str:
    stripped = previous.rstrip()
    mark = re.search(r"[?.!]+$", stripped)
    end = mark.start() if mark else len(stripped)
    return f"{stripped[:end].rstrip()} {addition}{stripped[end:] or '?'}"


def _is_reference(tokens: list[_Token], i: int) -> bool:
    """Whether token ``i`` points back to the previous turn ("it", "they", "that?", "she", "there")."""
    low = tokens[i].low
    nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
    prev = tokens[i - 1].low if i > 0 else ""
    if low in ("this", "that", "these", "those"):
        # A determiner ("this meeting") or a conjunction ("said that the ...") does not point back.
        if i + 1 < len(tokens) and _is_content(tokens[i + 1]) and nxt not in ("mean", "means"):
            after = tokens[i + 2] if i + 2 < len(tokens) else None
            # "does that compare with ...": a pronoun before a verb; "does that plan work": a determiner.
            return prev in _AUX - _BE and nxt in _VERBS and not (after is not None and _is_content(after))
        return not nxt or nxt in _AUX | _PREPS | _DETS | {"?", ".", "!", ",", "mean", "means"} or prev in _PREPS | _AUX
    if low == "there":
        return prev not in _AUX and nxt not in _BE and not (i == 0 and nxt in _AUX)
    if low == "then":
        return False
    return low in _REFERENCES | _PERSONAL


def _definite_descriptions(body: str, parsed: Parse) -> str:
    """ "the programme" named in full when the previous question said which ("the community mental
    health transformation programme"): a short definite description points back like a pronoun."""
    tokens = _tokens(body)
    for i in reversed(range(len(tokens))):
        if tokens[i].low != "the":
            continue
        words = []
        for tok in tokens[i + 1 : i + 3]:
            if not _is_content(tok) or tok.text[:1].isupper():
                break
            words.append(tok)
        if not words or (i + 1 + len(words) < len(tokens) and _is_content(tokens[i + 1 + len(words)])):
            continue  # not a short description ("the programme"), or one that goes on
        head = words[-1].low
        fuller = [q for q in parsed.phrases if q.head == head and len(q.text.split()) > len(words) + 1]
        if fuller and all(w.low in fuller[0].text.lower() for w in words):
            body = body[: tokens[i].start] + fuller[0].text + body[words[-1].end :]
    return body


def _resolve_references(body: str, previous: str, answer: str) -> str:
    """Each pronoun of ``body`` replaced by what it stands for in the previous turn."""
    parsed = parse(previous)
    body = _definite_descriptions(body, parsed)
    tokens = _tokens(body)
    out: list[str] = []
    cursor = 0
    for i, tok in enumerate(tokens):
        if not _is_reference(tokens, i):
            continue
        replacement = _antecedent(tokens, i, parsed, previous, answer)
        if replacement is None:
            continue
        out.append(body[cursor : tok.start])
        out.append(replacement)
        cursor = tok.end
    out.append(body[cursor:])
    return "".join(out)


def _antecedent(tokens: list[_Token], i: int, parsed: Parse, previous: str, answer: str) -> str | None:
    low = tokens[i].low
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    possessive = low in ("its", "their", "his") or (low == "her" and nxt is not None and _is_content(nxt))
    if low in _PERSONAL:
        person = _person(answer) or _person(previous)
        if person is None:
            return None
        return f"{person}'s" if possessive else person
    if low == "there":
        place = _place(parsed)
        return f"in {place}" if place else None
    thing = _answer_entity(parsed, answer) or ""
    if low in ("they", "them", "their") and _agent_subject(tokens, i):
        subject = parsed.subject()
        thing = subject.text if subject is not None else thing
    thing = thing or parsed.topic(plural=low in ("they", "them", "their", "these", "those", "themselves"))
    if not thing:
        return None
    return f"{thing}'s" if possessive else thing


def _agent_subject(tokens: list[_Token], i: int) -> bool:
    """ "what did they decide?": the pronoun is the subject of what a body does."""
    rest = [t.low for t in tokens[i + 1 : i + 3]]
    return any(word in _AGENT_VERBS for word in rest)


def _continue(resolved: str, body: str, previous: str) -> str:
    """ "what did they decide?" → "What did the committee decide about waiting lists?": a follow-up
    whose pronoun stood for the body that spoke keeps the previous topic."""
    tokens = _tokens(body)
    agent = any(t.low in ("they", "them") and _agent_subject(tokens, i) for i, t in enumerate(tokens))
    if agent and not any(p.role in ("topic", "object", "pp") for p in parse(resolved).phrases):
        topic = parse(previous).topic()
        if topic and topic.lower() not in resolved.lower():
            return _insert_before_mark(resolved, f"about {topic}")
    return resolved


def _keep_place(resolved: str, previous: Parse) -> str:
    """ "how many of them ...?" after a question about Bromley stays about Bromley: the place the
    previous question was about carries over when the follow-up names none."""
    if any(p.kind == "name" and not _generic(p.text) for p in parse(resolved).phrases):
        return resolved
    place = _place(previous)
    if place and place.lower() not in resolved.lower():
        return _insert_before_mark(resolved, f"in {place}")
    return resolved


def _about_topic(body: str, previous: str) -> str:
    topic = parse(previous).topic() or previous.rstrip("?. ")
    if re.match(r"^(?:why|how so|how come)\b", body, re.I) and len(_content_words(body)) == 0:
        return f"Why {topic}?"
    if _BARE_CONTINUATION.match(body):
        return f"Tell me more about {topic}"
    return _insert_before_mark(body, f"about {topic}")


def _answer_entity(parsed: Parse, answer: str) -> str | None:
    """The thing the previous answer named, when the previous question asked which one it was."""
    if not answer or parsed.wh not in ("which", "what") or not any(p.role == "wh" for p in parsed.phrases):
        return None  # "which programme ...?" is answered by naming one; "how many ...?" by a figure
    first = first_sentence(answer.strip())
    for m in re.finditer(r"\b(?:[A-Z][\w&'’-]*)(?:\s+(?:of\s+|and\s+|&\s+|the\s+)?[A-Z][\w&'’-]*)*", first):
        words = m.group(0).split()
        while words and words[0].lower() in _DETS | _WH | _PRONOUNS:
            words = words[1:]
        single = len(words) == 1 and (m.start() == 0 or words[0].lower() in _GENERIC_NAMES)
        if words and not single:
            return " ".join(words)
    return None


def _person(text: str) -> str | None:
    for m in _PERSON.finditer(text or ""):
        name = m.group(0)
        if re.match(rf"^{_HONORIFIC}\s", name) or not _NOT_PERSON_WORDS.search(name):
            return name
    return None


def _place(parsed: Parse) -> str | None:
    """The place a question is about: a name after "in"/"at", or a name that is its subject."""
    names = [p for p in parsed.phrases if p.kind == "name" and not _generic(p.text)]
    located = [p for p in names if p.prep in ("in", "at", "across", "within") or p.role == "subject"]
    return located[-1].text if located else None


def _tidy(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"\s+([?.!,])", r"\1", text)
    text = re.sub(r"\b(\w+)(?:'s|’s)'s\b", r"\1's", text)
    return text[:1].upper() + text[1:] if text else text


def rewrite_with_model(question: str, history: Sequence[tuple[str, str]], model: BaseChatModel) -> str:
    """The LLM's stand-alone question; falls back to the rule if the reply is unusable."""
    if not previous_questions(history):
        return question
    try:
        reply = str(model.invoke(rewrite_messages(question, history[-6:])).content).strip()
    except Exception:
        return rewrite_rule(question, history)
    line = reply.splitlines()[0].strip().strip('"') if reply else ""
    if not line or len(line) > 4 * max(len(question), 80):
        return rewrite_rule(question, history)
    return line
