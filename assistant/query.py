"""What a question asks for: its informative terms and the kind of answer it expects."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from vectorstore.lexical import tokenize
from vectorstore.text import MONTH, MONTHS, WEEKDAYS

# Words that frame a question rather than say what it is about.
_FRAME_WORDS = set(
    tokenize(
        "what whats which who whom whose when where why how many much does do did is are was were "
        "according say says said tell describe explain mention mentioned give list main key "
        "anything something someone papers paper document documents"
    )
)

# A sum of money: the money word heads its phrase ("the budget for", "funding did"; not "the cost pressure",
# "the funding model").
_MONEY_NOUN = (
    r"(?:money|funding|cash|capital|investment|budget|cost|price|fee|salary|overspend|underspend|deficit|surplus|"
    r"allocation|savings?)(?=\s*(?:[?,.;:]|$)|\s+(?:of|for|in|on|at|to|from|by|over|is|was|were|are|will|would|has|had|"
    r"have|did|does|do|that|the|this|its|their)\b)"
)

# The kind of answer a question expects, read off its question words (first match wins):
# "how much did X cost" wants an amount of money, "what share" a percentage, "how many" a
# count, "when" a date. Finer kinds let the answer step and the refusal gate check that a
# passage holds that kind of thing, not just any figure.
_ANSWER_TYPES: list[tuple[str, re.Pattern[str]]] = [
    ("phone", re.compile(r"\b(phone|telephone|contact) number\b|\bnumber (to|for) (call|ring|phone)\b", re.I)),
    ("email", re.compile(r"\be-?mail( address)?\b", re.I)),
    ("time", re.compile(r"\bwhat (time|times|hours)\b|\bopening hours\b|\bwhat hours\b", re.I)),
    (
        "date",
        re.compile(
            r"^\s*when\b|\bwhat (date|day|year|month)\b|\bwhich (date|day|year|month)\b|\bby when\b|"
            r"\bhow soon\b|\bin what year\b|\bon what date\b",
            re.I,
        ),
    ),
    (
        "percent",
        re.compile(
            r"\bwhat (proportion|percentage|share|fraction|rate|percent)\b|\bpercentage\b|\bper ?cent\b|"
            r"\bwhat %|\bhow many per ?cent\b",
            re.I,
        ),
    ),
    (
        "money",
        re.compile(
            # "how much (extra) funding", "what budget", "what is the (annual) budget": a sum of money is asked for.
            rf"\bhow much\s+(?:[\w'’-]+\s+){{0,2}}?{_MONEY_NOUN}|\bwhat\s+(?:(?:is|was|will be) the\s+"
            rf")?(?:[\w'’-]+\s+){{0,2}}?{_MONEY_NOUN}|\bwhat (sum|amount of (money|funding))\b|\bhow much\b.{{0,60}}\b"
            r"(cost|costs|costing|spend|spent|pay|paid|paying|raise|raised|invest|invested|worth|fund|funded|save|"
            r"saved|receive|received|charge)\b|"
            # "What did the new ward cost to build?", "How much is the five-year contract with the supplier
            # worth?": the verb asks for a sum however long the thing costed is named.
            r"\b(?:how much|what)\s+(?:is|was|are|were|does|do|did|will|would|could|might|has|have|had)\b[^?,;]{0,120}?"
            r"\b(?:cost|worth)(?=\s*(?:[?,.;:]|$)|\s+(?:to|in|the|each|per|about|around|over)\b)",
            re.I,
        ),
    ),
    ("count", re.compile(r"\bhow many\b|\bwhat number of\b|\bthe number of\b", re.I)),
    # "How long does it take?", "what is the average wait?", "what are waiting times like?": a length of time. A
    # question about a list, queue or backlog ("how long is the waiting list?") asks how big it is: any figure.
    (
        "duration",
        re.compile(
            r"\bhow long\b(?![^?,;]*\b(?:lists?|queues?|backlogs?|registers?)\b)|"
            r"\bwhat(?:['’]?s|\s+(?:is|are|was|were|will be))\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
            r"(?:wait(?:ing)?\s+times?|waits?)\b(?!\s+lists?\b)",
            re.I,
        ),
    ),
    (
        "number",
        re.compile(
            r"\bhow (much|long|large|big|often|far)\b|\bwhat (number|amount|level|figure|total|size|value)\b|"
            r"\bby how much\b|\b(how|what) .{0,40}\b(cost|spend|budget|rise|fall|increase|decrease|grow|drop)\b",
            re.I,
        ),
    ),
    (
        "person",
        re.compile(
            # "who" that opens a clause asks for someone ("..., and who leads it?"); after a noun it does not
            # ("the share of adults who are inactive")
            r"(?:^\s*|[,;:.?!]\s*|\b(?:and|but|or|then)\s+)who\b|\bwhich (person|people|member|director|officer|chair|"
            r"councillor)\b",
            re.I,
        ),
    ),
]
# "What is the name of X?" asks for a person's name only when X is a post or a person.
_NAME_OF = re.compile(r"\bname of (?:the |a |an |\w+['’]s )?((?:\S+\s+){0,5}\S+)", re.I)

_CAPITALISED = re.compile(r"\b(?:[A-Z][\w&'’-]*|[A-Z]{2,})(?:\s+(?:of|and|for|the|&)?\s*(?:[A-Z][\w&'’-]*|[A-Z]{2,}))*")

_GENERIC_NAMES = set(
    tokenize(
        "nhs sel icb ics icp uk england london covid south east north west at in the how what who which when where why "
        + " ".join(MONTHS)
        + " "
        + " ".join(WEEKDAYS)
    )
)

_QUOTED = re.compile(r"(?:^|(?<=[\s(]))['‘\"“]([^'’\"”]{2,60})['’\"”](?=[\s,.?!;:)]|$)")
_DEFINITION = re.compile(
    r"^\s*what\s+(?:is|are|was|were)\s+(?:an?\s+|the\s+)?(?P<a>.+?)\s*\??$|"
    r"^\s*what\s+(?:does|do|did)\s+(?:the\s+.{1,40}?\s+)?(?:mean|means)\s+by\s+(?P<b>.+?)\s*\??$|"
    r"^\s*what\s+(?:does|do)\s+(?P<c>.+?)\s+(?:mean|stand for)\s*\??$",
    re.I,
)


@dataclass(frozen=True)
class QueryAnalysis:
    text: str
    terms: tuple[str, ...]  # informative stemmed terms, in order, no repeats
    # phone | email | time | date | percent | money | count | duration | number | person | name | None
    answer_type: str | None
    names: tuple[str, ...]  # capitalised phrases (places, organisations, people)
    phrases: tuple[str, ...] = ()  # quoted phrases ('Care Well'), matched as a whole
    defines: str | None = None  # the X of "what is X?" / "what does ... mean by X?"


def analyse(question: str) -> QueryAnalysis:
    terms = tuple(dict.fromkeys(t for t in tokenize(question) if t not in _FRAME_WORDS))
    answer_type = next((name for name, pattern in _ANSWER_TYPES if pattern.search(question)), None)
    if answer_type is None and (asked := _NAME_OF.search(question)) and _PERSON_ASKED.search(asked.group(1)):
        answer_type = "person"  # "the name of the new Director of Estates"; "the name of the campaign" is no person's
    if answer_type == "person" and _POST_NAMED.search(question):
        answer_type = "name"  # "Who is the Chief Nursing Officer?" names the post: only a person's name answers it
    names = tuple(
        dict.fromkeys(
            re.sub(r"['’]s?$", "", m.group(0))
            for m in _CAPITALISED.finditer(question)
            if m.start() > 0 or len(m.group(0).split()) > 1 or m.group(0).isupper()
        )
    )
    phrases = tuple(dict.fromkeys(m.group(1).strip() for m in _QUOTED.finditer(question)))
    definition = _DEFINITION.match(question)
    defines = None
    if definition:
        subject = next(g for g in definition.groups() if g)
        defines = phrases[0] if phrases else re.sub(r"\s+(?:referred to|mentioned|described)\b.*$", "", subject)
    return QueryAnalysis(question, terms, answer_type, names, phrases, defines)


def without_names(analysis: QueryAnalysis) -> str:
    """The question without the names it gives: what it asks about them ("How many beds does Hannah House
    have?" -> "How many beds does have?"). A near miss names what the papers name and asks what they lack."""
    text = analysis.text
    for name in sorted(analysis.names, key=len, reverse=True):
        text = text.replace(name, " ")
    return " ".join(text.split())


def specific_names(analysis: QueryAnalysis) -> list[list[str]]:
    """Terms of each specific name in the question: not acronyms ("A&E"), not generic ("NHS")."""
    return [_name_terms(name) for name in analysis.names if is_specific(name)]


def is_specific(name: str) -> bool:
    """A name with a real word in it (not only acronyms) and a term that is not generic ("NHS", "London")."""
    return any(len(w) >= 4 and not w.isupper() for w in name.split()) and bool(_name_terms(name))


def _name_terms(name: str) -> list[str]:
    return [t for t in tokenize(name) if t not in _GENERIC_NAMES]


def plain_words(text: str) -> str:
    """Lower-case words and figures joined by spaces: for whole-phrase matching (stop words kept)."""
    return " ".join(re.findall(r"[a-z0-9£%&]+", text.lower().replace("’", "'")))


def contains_phrase(text: str, phrase: str) -> bool:
    """Whether ``text`` has ``phrase``'s words in order (ignoring case and punctuation)."""
    wanted = plain_words(phrase)
    return bool(wanted) and f" {wanted} " in f" {plain_words(text)} "


def phrases_held(phrases: Sequence[str], text: str, section: object = "") -> int:
    """How many of the phrases a question quotes a passage holds whole, in its text or its section path."""
    where = f"{section or ''}\n{text}"
    return sum(contains_phrase(where, p) for p in phrases)


_NUMBER_WORDS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"hundred|thousand|million|billion|half|third|quarter|dozen|double|twice|treble|triple)"
)
_HONORIFIC = r"(?:Dr|Cllr|Councillor|Sir|Dame|Professor|Prof|Mr|Mrs|Ms|Miss|Lord|Baroness|Rt Hon)\.?"
_NOT_NAMES = set(
    [
        "nhs",
        "south",
        "east",
        "west",
        "north",
        "london",
        "trust",
        "council",
        "board",
        "care",
        "health",
        "integrated",
        "partnership",
        "committee",
        "icb",
        "ics",
        "icp",
        "sel",
        "the",
        "our",
        "local",
        "hospital",
        "foundation",
        "service",
        "services",
        "university",
        "college",
        "kings",
        "king's",
        "national",
        "england",
        "government",
        "department",
        "chief",
        "executive",
        "officer",
        "director",
        "chair",
        "lead",
        "mental",
        "public",
        "primary",
        "group",
        "team",
        "programme",
        "plan",
        "strategy",
        "report",
        "item",
        "enclosure",
        "annex",
        "appendix",
        "section",
        *MONTHS,
        *WEEKDAYS[:5],  # Monday to Friday, as before: the weekend's days were never in this list
    ]
)
# Figures that are not amounts: years, day-of-month dates, clock times, section numbers ("4.1 The ...", "- 4.3 A key
# area ...": a number opening the line before a capitalised word, "A" and "I" included). A month is
# written out or cut short (vectorstore.text.MONTH: "Sept", "September"; not "decision", "market" or "Mayor").
_NOT_AMOUNTS = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\b|\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|"
    r"\b(?:19|20)\d\d(?:/\d\d(?:\d\d)?)?\b|\b(?:[01]?\d|2[0-3]):[0-5]\d\b|\b(?:[01]?\d|2[0-3])[.:][0-5]\d\s?[ap]m\b|"
    r"\b\d{1,2}\s?[ap]m\b|"
    r"^\W*(?:\d{1,3}\.)+\d{0,3}\s+(?=(?-i:[A-Z](?:[a-z]|\s)))|\b\d{1,2}/\d{1,2}/\d{2,4}\b|covid-19",
    re.I,
)
_FIGURE = re.compile(rf"(?<![\w:-])[£$€]?\d|\b{_NUMBER_WORDS}\b", re.I)
_TYPE_PATTERNS = {
    "money": re.compile(
        r"[£$€]\s?\d|\b\d[\d,.]*\s?(?:million|billion|bn|m|k)\b|\bpounds\b|\b(?:million|billion)\b", re.I
    ),
    "percent": re.compile(
        rf"\d\s?%|\bper ?cent\b|\bpercentage points?\b|\b(?:\d+|{_NUMBER_WORDS})\s+(?:in|out of)\s+(?:every\s+)?"
        rf"(?:\d+|{_NUMBER_WORDS})\b|\b(?:half|third|quarter|two-thirds|three-quarters|majority)\b",
        re.I,
    ),
    "date": re.compile(
        rf"\b(?:19|20)\d\d\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b|\b{MONTH}\b|\bQ[1-4]\b|\b(?:spring|summer|"
        r"autumn|winter)\b",
        re.I,
    ),
    # "12 weeks", "52+ weeks", "a fortnight", "18-month", "within two working days", "same-day", "the 2WW standard"
    # (two-week wait), "60 seconds".
    "duration": re.compile(
        rf"(?:(?<![\d,.])\d[\d,.]*\+?|\b(?:{_NUMBER_WORDS}|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:six|seven|eigh|nine)ty|"
        r"several|few|an?))[\s-]*(?:(?:working|calendar|clear)\s+)?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|"
        r"weeks?|wks?|months?|years?|yrs?|decades?)\b|\b\d+\s?ww\b|\bfortnights?\b|\bsame[\s-]day\b|\bovernight\b",
        re.I,
    ),
    "time": re.compile(r"\b\d{1,2}[.:]\d\d\s?(?:[ap]m)?\b|\b\d{1,2}\s?[ap]m\b|\bmidday\b|\bnoon\b", re.I),
    "phone": re.compile(r"(?<!\d)(?:\+44\s?|0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)"),
    "email": re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b"),
}


def satisfies(answer_type: str | None, text: str, common_words: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` contains the kind of thing the question asks for (a figure, a name, ...).

    ``common_words`` are words the corpus also uses in lower case: "Young People" is not a name.
    """
    if answer_type is None:
        return True
    if answer_type in ("person", "name"):
        return _has_person_name(text, common_words, posts=answer_type == "person")
    if answer_type in ("count", "number"):
        return bool(_FIGURE.search(_NOT_AMOUNTS.sub(" ", text)))
    return bool(_TYPE_PATTERNS[answer_type].search(text))


# "Which councils ...?", "Which trust will ...?": a question asking which body or place does something is answered
# by its name. Only nouns that name bodies and places: "which services" or "which risk factors" are answered in
# lower case.
_WHICH_BODY = re.compile(
    r"(?:^|[,:;]\s*|\band\s+)(?:which|what)\s+(?:(?!(?:is|are|was|were|do|does|did|has|have|had|will|would|can|"
    r"could|should|the|a|an|this|that|its|their|our)\b)[\w&'’-]+\s+){0,3}?(?:councils?|towns?|boroughs?|trusts?|hospitals?|"
    r"practices?|surger(?:y|ies)|pcns?|suppliers?|compan(?:y|ies)|firms?|contractors?|charit(?:y|ies)|"
    r"organi[sz]ations?)\b(?!\s*(?:of\b|['’]s\b))",
    re.I,
)


def asks_which_body(question: str) -> bool:
    """ "Which councils have signed up?", "what trust hosts it?": the answer names a body or place."""
    return bool(_WHICH_BODY.search(question))


_JOINERS = {"of", "and", "for", "the", "&"}  # the small words inside a name ("Council of the Isles")


def names_something_new(question: str, text: str, common_words: frozenset[str] = frozenset()) -> bool:
    """A proper name in ``text`` that the question does not give ("Riverside Council" for "which council?"). Words
    the corpus also writes in lower case are no name on their own: "Increased" opening a sentence, "Emergency
    Department" or "Public Health Officers" in title case."""
    asked = set(tokenize(question))
    for m in _CAPITALISED.finditer(text):
        name = m.group(0)
        if not is_specific(name) or set(tokenize(name)) <= asked:
            continue
        if all(word.lower() in common_words for word in re.findall(r"[\w'’-]+", name) if word.lower() not in _JOINERS):
            continue
        return True
    return False


# "Who ..." is answered by a person or by the post they hold ("the Director of Public Health").
_ROLE = re.compile(
    r"\b(?:Director|Chief (?:Executive|Officer|Nurse)|Chair|Vice Chair|Chairman|Chairwoman|Head of|Manager|"
    r"Secretary of State|Minister|Councillor|Cabinet Member|Leader|Mayor|Commissioner|Officer|Lead (?:Member|for))\b"
)


_POST_NAMED = re.compile(_ROLE.pattern, re.I)
_PERSON_ASKED = re.compile(rf"{_ROLE.pattern}|\b(?:person|people)\b", re.I)


def asked_post(question: str) -> str:
    """The post a "who is the <post>?" question names, with the title-case words around it: "Director of Elective
    Recovery", "chief executive of Leeds Teaching Hospitals"; "" when it names none."""
    m = _POST_NAMED.search(question)
    if m is None:
        return ""
    left = re.search(r"(?:[A-Z][\w&'’-]*\s+)*$", question[: m.start()])
    right = re.match(r"(?:\s+(?:(?:of|and|&|for)\s+)?[A-Z][\w&'’-]*)*", question[m.end() :])
    return ((left.group(0) if left else "") + m.group(0) + (right.group(0) if right else "")).strip()


def _has_person_name(text: str, common_words: frozenset[str], posts: bool = True) -> bool:
    """A person's name in ``text``, or (``posts``) the post someone holds."""
    if re.search(rf"\b{_HONORIFIC}\s+(?:[A-Z]\.?\s+)*[A-Z][a-z]", text) or (posts and _ROLE.search(text)):
        return True
    for m in re.finditer(
        r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]['’][A-Z][a-z]+)\b", text
    ):
        first, last = m.group(1).lower(), m.group(2).lower()
        if not ({first, last} & (_NOT_NAMES | common_words)):
            return True
    return False


_HEAD_SKIP = {
    "key",
    "main",
    "major",
    "underlying",
    "specific",
    "other",
    "new",
    "different",
    "particular",
    "kinds",
    "types",
    "sort",
    "sorts",
    "kind",
    "type",
    "exactly",
    "all",
    "the",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "several",
    "various",
    "recent",
    "current",
    "immediate",
}
_NOT_PLURAL = {
    "does",
    "is",
    "was",
    "has",
    "its",
    "this",
    "plus",
    "status",
    "process",
    "progress",
    "access",
    "business",
    "focus",
    "means",
    "news",
    "analysis",
    "basis",
    "crisis",
    "address",
    "less",
    "across",
}


def asks_for_list(question: str) -> bool:
    """ "What key challenges ...", "Which drivers ...", "What are ...", "What does X include": several things."""
    q = question.strip().lower()
    if re.search(
        r"\bwhat (?:are|were)\b|^\s*list\b|\blist (?:the|all)\b|\b(?:include|includes|including)\b|"
        r"\bmain points\b",
        q,
    ):
        return True
    m = re.match(r"^(?:[\w'’ ,]+[,:] )?(?:what|which)\s+(.*)$", q)
    if not m:
        return False
    words = re.findall(r"[a-z0-9'’-]+", m.group(1))[:4]
    while words and words[0] in _HEAD_SKIP:
        if words[0] in {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several"}:
            return True
        words = words[1:]
    head = words[0] if words else ""
    return head.endswith("s") and head not in _NOT_PLURAL and len(head) > 3


# A second question opens with "and", then a question word, often after a preposition ("..., and from what
# date?", "..., and in how many homes?").
_PART_SPLIT = re.compile(
    r"(?:,\s*|\s+)and\s+"
    r"(?=(?:(?:from|in|at|by|for|on|to|of|with)\s+)?(?:who|which|what|how|when|where|why|is|are|does|did|was|were)\b)|"
    r"\?\s+(?=\S)",
    re.I,
)


def sub_questions(question: str) -> list[str]:
    """The parts of a question that asks two things ("Who wrote X, and who leads it?")."""
    parts = [p.strip(" ,;?") for p in _PART_SPLIT.split(question)]
    parts = [p for p in parts if len(p.split()) >= 3]
    return parts if len(parts) > 1 else []
