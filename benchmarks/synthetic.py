"""A synthetic corpus N times the shipped one, for the scale benchmark.

Board-paper-like documents are made by recombining runs of real sections of the shipped
papers and perturbing them the way another organisation's papers differ: other region
and borough names, other figures and years, other wording, some sentences left out.
Each document gets its own organisation, meeting, date and title, and a manifest entry.

The shipped documents are copied in once. Paragraphs that share text with a dev-set gold
quote never go into a synthetic document, and every synthetic document is checked with
the evaluation's own matching rule, so each gold quote is still found exactly once: the
extra documents are distractors, not second copies of the answers.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from evals.matching import QUOTE_THRESHOLD, quote_coverage, tokens

SYNTHETIC_PUBLISHER = "Synthetic benchmark corpus (recombined from the shipped papers; not a real publication)"
_HEADING = re.compile(r"^ {0,3}#{1,6}\s")
_NUMBER = re.compile(r"(?<![\w.,-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?!\d)")
_SENTENCE_END = re.compile(r"(?<=[a-z)][.!?])\s+(?=[A-Z])")

REGIONS = [
    ("North Central London", "NCL", ["Barnet", "Camden", "Enfield", "Haringey", "Islington", "Hackney"]),
    ("North East London", "NEL", ["Newham", "Tower Hamlets", "Waltham Forest", "Redbridge", "Havering", "Barking"]),
    ("North West London", "NWL", ["Brent", "Ealing", "Harrow", "Hillingdon", "Hounslow", "Westminster"]),
    ("South West London", "SWL", ["Croydon", "Kingston", "Merton", "Richmond", "Sutton", "Wandsworth"]),
    ("Kent and Medway", "K&M", ["Dartford", "Maidstone", "Medway", "Canterbury", "Thanet", "Ashford"]),
    ("Surrey Heartlands", "SH", ["Guildford", "Woking", "Epsom", "Reigate", "Elmbridge", "Waverley"]),
    ("Sussex", "SXS", ["Brighton", "Hove", "Crawley", "Worthing", "Eastbourne", "Hastings"]),
    ("Frimley", "FRM", ["Slough", "Bracknell", "Farnham", "Camberley", "Windsor", "Maidenhead"]),
    ("Mid and South Essex", "MSE", ["Basildon", "Southend", "Thurrock", "Chelmsford", "Braintree", "Maldon"]),
    ("Hertfordshire and West Essex", "HWE", ["Watford", "Stevenage", "Harlow", "St Albans", "Hertford", "Dacorum"]),
    (
        "Bedfordshire, Luton and Milton Keynes",
        "BLMK",
        ["Bedford", "Luton", "Milton Keynes", "Dunstable", "Biggleswade", "Leighton Buzzard"],
    ),
    (
        "Buckinghamshire, Oxfordshire and Berkshire West",
        "BOB",
        ["Aylesbury", "Oxford", "Reading", "Banbury", "Wycombe", "Newbury"],
    ),
]
_SOURCE_REGION = ("South East London", "SEL", ["Bexley", "Bromley", "Greenwich", "Lambeth", "Lewisham", "Southwark"])
MEETINGS = [
    "Integrated Care Board",
    "Integrated Care Partnership",
    "Quality and Performance Committee",
    "Finance and Planning Committee",
    "People Committee",
    "Trust Board",
    "Primary Care Commissioning Committee",
    "Audit and Risk Committee",
    "Health and Wellbeing Board",
]
# Wording another organisation would use for the same thing (applied per document, both ways round).
WORDINGS = [
    ("patients", "service users"),
    ("residents", "local people"),
    ("improve", "strengthen"),
    ("support", "help"),
    ("services", "provision"),
    ("partners", "partner organisations"),
    ("workforce", "staff group"),
    ("priorities", "key aims"),
    ("programme", "work programme"),
    ("delivery", "implementation"),
    ("ensure", "make sure"),
    ("develop", "build"),
    ("reduce", "cut"),
    ("increase", "raise"),
    ("community", "neighbourhood"),
    ("population", "local population"),
    ("approach", "way of working"),
    ("outcomes", "results"),
    ("significant", "considerable"),
    ("across", "throughout"),
    ("including", "such as"),
    ("key", "main"),
    ("people", "individuals"),
    ("health", "wellbeing"),
    ("plan", "strategy"),
    ("care", "treatment"),
]


@dataclass(frozen=True)
class Section:
    source: str
    lines: tuple[str, ...]


@dataclass
class SyntheticCorpus:
    folder: Path
    factor: float
    documents: int
    synthetic_documents: int
    characters: int
    source_characters: int
    excluded_paragraphs: int
    rejected_documents: int
    quotes_checked: int
    quotes_in_own_document: int
    synthetic_documents_holding_a_quote: int

    def to_dict(self) -> dict:
        return {k: (str(v) if isinstance(v, Path) else v) for k, v in self.__dict__.items()}


def build_corpus(
    source_dir: Path, out_dir: Path, factor: float, quotes: Sequence[tuple[str, str]], seed: int = 0
) -> SyntheticCorpus:
    """Write the shipped documents plus synthetic ones until the text is ``factor`` times the shipped size.

    ``quotes`` are (doc, quote) pairs of the dev set; they must stay found exactly once.
    """
    rng = random.Random(seed)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    sources = sorted(source_dir.glob("*.md"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in sources}
    entries = [dict(e) for e in _manifest(source_dir) if e.get("file") in texts]
    for path in sources:
        shutil.copy2(path, out_dir / path.name)
    source_chars = sum(len(t) for t in texts.values())
    quote_grams = _quote_grams(q for _, q in quotes)
    sections, excluded = _section_pool(texts, quote_grams)
    quote_tokens = [tokens(q) for _, q in quotes]

    total, made, rejected = source_chars, 0, 0
    for title, meeting, when, region, name in _identities(rng):
        if total >= factor * source_chars:
            break
        text = _document(rng, sections, title, meeting, when, region, factor * source_chars - total)
        if _holds_a_quote(text, quote_tokens):
            rejected += 1  # a recombination came close to a gold passage: never ship a second copy
            if rejected > 100 + made:
                raise RuntimeError("synthetic documents keep matching gold quotes; check the exclusion rule")
            continue
        (out_dir / name).write_text(text, encoding="utf-8")
        entries.append(
            {
                "file": name,
                "title": title,
                "publisher": SYNTHETIC_PUBLISHER,
                "date": when.isoformat(),
                "meeting": meeting,
                "licence": "Open Government Licence v3.0 (derived)",
            }
        )
        total += len(text)
        made += 1
    (out_dir / "manifest.json").write_text(json.dumps({"documents": entries}, indent=1), encoding="utf-8")
    own, holding = quote_holders(out_dir, quotes, synthetic_prefix="syn-")
    return SyntheticCorpus(
        out_dir, factor, len(sources) + made, made, total, source_chars, excluded, rejected, len(quotes), own, holding
    )


def quote_holders(folder: Path, quotes: Sequence[tuple[str, str]], synthetic_prefix: str) -> tuple[int, int]:
    """(quotes found in their own document, synthetic documents holding any quote), by the matching rule.

    Checked on whole documents, which is stricter than on passages: a long document can
    gather a short quote's words from several places. Zero synthetic holders means the
    gold passages occur exactly where the shipped corpus has them, and nowhere else.
    """
    docs = {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.md")}
    grams = {name: _bigrams(tokens(text)) for name, text in docs.items()}
    own, holding = 0, set()
    for doc, quote in quotes:
        q = tokens(quote)
        for name, text in docs.items():
            if _bigram_bound(q, grams[name]) and quote_coverage(quote, text) >= QUOTE_THRESHOLD:
                own += name == doc
                if name.startswith(synthetic_prefix):
                    holding.add(name)
    return own, len(holding)


# --- sections -------------------------------------------------------------------------------
def _manifest(folder: Path) -> list[dict]:
    path = folder / "manifest.json"
    if not path.exists():
        return []
    return list(json.loads(path.read_text(encoding="utf-8")).get("documents", []))


def _section_pool(texts: dict[str, str], quote_grams: set[tuple[str, ...]]) -> tuple[list[Section], int]:
    """Every headed section of every source, minus the paragraphs that share text with a gold quote."""
    pool: list[Section] = []
    excluded = 0
    for name, text in texts.items():
        current: list[str] = []
        for line in text.split("\n"):
            if _HEADING.match(line) and current:
                pool.append(Section(name, tuple(current)))
                current = []
            current.append(line)
        if current:
            pool.append(Section(name, tuple(current)))
    kept = []
    for section in pool:
        lines = []
        for line in section.lines:
            if _grams(tokens(line), 4) & quote_grams:
                excluded += 1
                continue
            lines.append(line)
        if any(line.strip() and not _HEADING.match(line) for line in lines):
            kept.append(Section(section.source, tuple(lines)))
    return kept, excluded


def _quote_grams(quotes: Iterable[str]) -> set[tuple[str, ...]]:
    grams: set[tuple[str, ...]] = set()
    for quote in quotes:
        grams |= _grams(tokens(quote), 4)
    return grams


def _grams(toks: Sequence[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(toks[i : i + n]) for i in range(len(toks) - n + 1)}


# --- documents ------------------------------------------------------------------------------
def _identities(rng: random.Random) -> Iterable[tuple[str, str, date, tuple, str]]:
    """Distinct (title, meeting, date, region, file name) for ever more documents."""
    seen: set[str] = set()
    start = date(2018, 1, 1)
    while True:
        region = rng.choice(REGIONS)
        meeting = rng.choice(MEETINGS)
        when = start + timedelta(days=rng.randrange(8 * 365))
        name = f"syn-{_slug(region[0])}-{_slug(meeting)}-{when.isoformat()}.md"
        if name in seen:
            continue
        seen.add(name)
        title = f"{region[0]} {meeting} papers, {when.day} {when:%B %Y}"
        yield title, meeting, when, region, name


def _document(
    rng: random.Random, pool: list[Section], title: str, meeting: str, when: date, region: tuple, wanted: float
) -> str:
    target = min(rng.randrange(15_000, 60_000), max(2_000, int(wanted)))
    wording = {a: b for a, b in WORDINGS if rng.random() < 0.5}
    wording.update({b: a for a, b in WORDINGS if a not in wording and rng.random() < 0.3})
    year_shift = when.year - 2021
    parts = [f"# {title}", "", f"{meeting}, meeting held on {when.day} {when:%B %Y}", ""]
    size = sum(len(p) for p in parts)
    while size < target:
        start = rng.randrange(len(pool))
        run = [s for s in pool[start : start + rng.randint(2, 6)] if s.source == pool[start].source]
        for section in run:
            body = _perturb("\n".join(section.lines), rng, region, wording, year_shift)
            parts.append(body)
            size += len(body)
    return "\n".join(parts) + "\n"


def _perturb(text: str, rng: random.Random, region: tuple, wording: dict[str, str], year_shift: int) -> str:
    text = _rename(text, region)
    text = _NUMBER.sub(lambda m: _new_number(m, rng, year_shift), text)
    text = _reword(text, wording)
    return "\n".join(_drop_sentences(line, rng) for line in text.split("\n"))


def _rename(text: str, region: tuple) -> str:
    name, short, boroughs = region
    src_name, src_short, src_boroughs = _SOURCE_REGION
    text = re.sub(src_name, name, text, flags=re.IGNORECASE)
    text = re.sub(rf"\b{src_short}\b", short, text)
    for old, new in zip(src_boroughs, boroughs, strict=False):
        text = re.sub(rf"\b{old}\b", new, text)
    return text


def _new_number(match: re.Match[str], rng: random.Random, year_shift: int) -> str:
    whole, decimals = match.group(1), match.group(2) or ""
    value = int(whole.replace(",", ""))
    if 1990 <= value <= 2035 and not decimals and "," not in whole:
        return str(value + year_shift)
    if value < 2 and not decimals:
        return whole
    changed = float(f"{value}{decimals}") * rng.uniform(0.55, 1.6)
    if decimals:
        return f"{changed:,.{len(decimals) - 1}f}" if "," in whole else f"{changed:.{len(decimals) - 1}f}"
    return f"{round(changed):,}" if "," in whole else str(max(2, round(changed)))


def _reword(text: str, wording: dict[str, str]) -> str:
    if not wording:
        return text
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(wording, key=len, reverse=True)) + r")\b")
    return pattern.sub(lambda m: wording[m.group(1)], text)


def _drop_sentences(line: str, rng: random.Random) -> str:
    """Leave out about one sentence in seven of longer prose lines (tables and headings untouched)."""
    if _HEADING.match(line) or "\t" in line or "|" in line or len(line) < 200:
        return line
    sentences = _SENTENCE_END.split(line)
    if len(sentences) < 3:
        return line
    kept = [s for s in sentences if rng.random() > 0.15] or sentences[:1]
    return " ".join(kept)


def _holds_a_quote(text: str, quote_tokens: list[tuple[str, ...]]) -> bool:
    grams = _bigrams(tokens(text))
    return any(_bigram_bound(q, grams) and quote_coverage(" ".join(q), text) >= QUOTE_THRESHOLD for q in quote_tokens)


def _bigrams(toks: Sequence[str]) -> set[tuple[str, str]]:
    return set(itertools.pairwise(toks))


def _bigram_bound(quote: Sequence[str], grams: set[tuple[str, str]]) -> bool:
    """Could the text reach the quote threshold? Tokens matched in blocks of 2+ all sit in a shared bigram."""
    if not quote:
        return False
    covered = [False] * len(quote)
    for i in range(len(quote) - 1):
        if (quote[i], quote[i + 1]) in grams:
            covered[i] = covered[i + 1] = True
    return sum(covered) / len(quote) >= QUOTE_THRESHOLD


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
