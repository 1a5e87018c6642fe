"""Check a question set against the shared format and against the documents it quotes.

    python -m evals.check_dataset FILE --docs DIR [DIR ...]

Problems (exit code 1): a line that is not a question in the format (fields, types, allowed
``audience``/``type`` values, duplicate ids, unanswerable rows that are not ``NOT_IN_CORPUS``
with empty ``key_facts``/``sources``, answerable rows without them, ``multi_hop`` with fewer
than two sources), a gold answer that fails its own key facts, a source document not found in
the ``--docs`` folders, and a quote not found in its document: for text documents (.md, .txt,
.html, and Word's .docx as ingest reads it) the quote must be an exact substring (runs of whitespace, line breaks included, count as
one space, as quotes that join lines do); for PDFs, whose text depends on the extractor, it
must be contained, by the shared matching rule (``evals.matching``), in the pypdf text of one
page or of two consecutive pages.

Any question may carry a ``note`` (what its writer checked). A follow-up set may add ``history`` (the earlier turns, a list of ``[question, answer]`` pairs)
and ``standalone`` (the follow-up resolved by hand; it needs a ``history``).

Warnings (reported, exit code unaffected): unknown fields, and a key fact that none of the
row's quotes contains (the answer may then rest on text the gold sources do not point to).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from evals.matching import contains_fact, contains_quote, quote_coverage, tokens

NOT_IN_CORPUS = "NOT_IN_CORPUS"
AUDIENCES = frozenset({"staff", "public"})
TYPES = frozenset({"fact", "number", "list", "who", "table", "multi_hop", "unanswerable"})
FIELDS = ("id", "question", "audience", "type", "answer", "key_facts", "sources")
# A follow-up set's earlier turns and hand-resolved question; a writer's note on what was checked.
OPTIONAL_FIELDS = ("history", "standalone", "note")
TEXT_SUFFIXES = frozenset({".md", ".markdown", ".txt", ".html", ".htm", ".docx"})


@dataclass(frozen=True)
class Finding:
    line: int
    qid: str
    message: str
    warning: bool = False

    def render(self, path: str) -> str:
        kind = "warning" if self.warning else "problem"
        return f"{path}:{self.line}: {self.qid or '?'}: {kind}: {self.message}"


@dataclass
class Report:
    questions: int = 0
    findings: list[Finding] = field(default_factory=list)

    @property
    def problems(self) -> list[Finding]:
        return [f for f in self.findings if not f.warning]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.warning]


# ---------------------------------------------------------------- documents


class DocumentSet:
    """The documents named by ``sources[].doc``, looked up by file name in the given folders."""

    def __init__(self, folders: Sequence[Path]):
        self.folders = [Path(f) for f in folders]

    def find(self, name: str) -> Path | None:
        for folder in self.folders:
            candidate = folder / name
            if candidate.is_file():
                return candidate
        return None

    def check_quote(self, name: str, quote: str) -> str | None:
        """None when the quote is found in the document, else why not."""
        if Path(name).name != name:
            return f"doc {name!r} must be a bare file name, not a path"
        path = self.find(name)
        if path is None:
            return f"doc {name!r} not found in {', '.join(map(str, self.folders))}"
        try:
            if path.suffix.lower() == ".pdf":
                return _check_pdf_quote(path, quote)
            return _check_text_quote(path, quote)
        except (OSError, ValueError, PyPdfError) as exc:  # unreadable: a finding, not a crash
            return f"doc {name!r} could not be read ({type(exc).__name__}: {exc})"


def _check_text_quote(path: Path, quote: str) -> str | None:
    text = _read_text(path)
    if quote in text or _collapse(quote) in _collapsed_text(path):
        return None
    best = max((quote_coverage(quote, part) for part in _windows(text, quote)), default=0.0)
    hint = f" (closest passage covers {best:.0%} of its tokens)" if best else ""
    kind = "text" if path.suffix.lower() in TEXT_SUFFIXES else path.suffix or "text"
    return f"quote is not an exact substring of {path.name} ({kind}){hint}: {_short(quote)}"


def _check_pdf_quote(path: Path, quote: str) -> str | None:
    pages = _pdf_pages(path)
    spans = list(pages) + [a + "\n" + b for a, b in itertools.pairwise(pages)]
    if any(contains_quote(span, quote) for span in spans):
        return None
    best = max((quote_coverage(quote, span) for span in spans), default=0.0)
    return (
        f"quote not found in the pypdf text of {path.name} by the matching rule "
        f"(best page covers {best:.0%} of its tokens): {_short(quote)}"
    )


@lru_cache(maxsize=64)
def _read_text(path: Path) -> str:
    if path.suffix.lower() == ".docx":  # the text ingest reads from a Word paper
        from ingest.docx import parse_docx
        from ingest.docx_read import read_docx
        from ingest.load import IngestError

        try:
            return parse_docx(read_docx(path, path.read_bytes())).text
        except IngestError as exc:
            raise ValueError(exc.reason) from None
    return path.read_text(encoding="utf-8")


@lru_cache(maxsize=64)
def _collapsed_text(path: Path) -> str:
    return _collapse(_read_text(path))


def _collapse(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=16)
def _pdf_pages(path: Path) -> tuple[str, ...]:
    return tuple(page.extract_text() or "" for page in PdfReader(path).pages)


def _windows(text: str, quote: str) -> Iterable[str]:
    """Overlapping slices of the text about twice the quote's length, for the near-miss hint."""
    size = max(200, 2 * len(quote))
    step = size // 2
    for start in range(0, max(len(text) - step, 1), step):
        yield text[start : start + size]


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


# ---------------------------------------------------------------- rows


def check_row(row: object, line: int, docs: DocumentSet) -> list[Finding]:
    if not isinstance(row, dict):
        return [Finding(line, "", "not a JSON object")]
    qid = row["id"] if isinstance(row.get("id"), str) else ""
    found = [Finding(line, qid, msg) for msg in _shape_problems(row)]
    found += [
        Finding(line, qid, f"unknown field {name!r}", warning=True)
        for name in row
        if name not in FIELDS + OPTIONAL_FIELDS
    ]
    if any(not f.warning for f in found):
        return found  # the content checks below rely on the shape
    found += [Finding(line, qid, msg) for msg in _consistency_problems(row)]
    found += [Finding(line, qid, msg) for msg in _quote_problems(row, docs)]
    found += [Finding(line, qid, msg, warning=True) for msg in _fact_warnings(row)]
    return found


def _shape_problems(row: dict) -> list[str]:
    problems = [f"missing field {name!r}" for name in FIELDS if name not in row]
    for name in ("id", "question", "audience", "type", "answer"):
        if name in row and not (isinstance(row[name], str) and row[name].strip()):
            problems.append(f"{name!r} must be a non-empty string")
    if row.get("audience") not in AUDIENCES and isinstance(row.get("audience"), str):
        problems.append(f"audience {row['audience']!r} is not one of {sorted(AUDIENCES)}")
    if row.get("type") not in TYPES and isinstance(row.get("type"), str):
        problems.append(f"type {row['type']!r} is not one of {sorted(TYPES)}")
    facts = row.get("key_facts")
    if "key_facts" in row and not (isinstance(facts, list) and all(isinstance(f, str) for f in facts)):
        problems.append("'key_facts' must be a list of strings")
    sources = row.get("sources")
    if "sources" in row and not (isinstance(sources, list) and all(_is_source(s) for s in sources)):
        problems.append('\'sources\' must be a list of {"doc": str, "quote": str} objects')
    history = row.get("history")
    if "history" in row and not (
        isinstance(history, list)
        and history
        and all(
            isinstance(t, list) and len(t) == 2 and all(isinstance(x, str) and x.strip() for x in t) for t in history
        )
    ):
        problems.append("'history' must be a non-empty list of [question, answer] pairs of strings")
    if "standalone" in row and not (isinstance(row["standalone"], str) and row["standalone"].strip()):
        problems.append("'standalone' must be a non-empty string")
    if "standalone" in row and "history" not in row:
        problems.append("'standalone' belongs to a follow-up: it needs a 'history'")
    return problems


def _is_source(source: object) -> bool:
    return (
        isinstance(source, dict)
        and set(source) == {"doc", "quote"}
        and all(isinstance(source[k], str) and source[k].strip() for k in ("doc", "quote"))
    )


def _consistency_problems(row: dict) -> list[str]:
    unanswerable = row["type"] == "unanswerable"
    if unanswerable or row["answer"] == NOT_IN_CORPUS:
        wanted = {"type": "unanswerable", "answer": NOT_IN_CORPUS}
        problems = [
            f"an unanswerable question needs {name} {value!r}" for name, value in wanted.items() if row[name] != value
        ]
        problems += [f"an unanswerable question needs empty {name}" for name in ("key_facts", "sources") if row[name]]
        return problems
    problems = [
        f"an answerable question needs at least one entry in {name}"
        for name in ("key_facts", "sources")
        if not row[name]
    ]
    if row["type"] == "multi_hop" and len(row["sources"]) < 2:
        problems.append("a multi_hop question needs at least two sources")
    for fact in row["key_facts"]:
        if not tokens(fact):
            problems.append(f"key fact {fact!r} has no tokens under the matching rule")
        elif not contains_fact(row["answer"], fact):
            problems.append(f"the gold answer does not contain its own key fact {fact!r}")
    return problems


def _quote_problems(row: dict, docs: DocumentSet) -> list[str]:
    problems = [docs.check_quote(s["doc"], s["quote"]) for s in row["sources"]]
    return [p for p in problems if p]


def _fact_warnings(row: dict) -> list[str]:
    quotes = " \n ".join(s["quote"] for s in row["sources"])
    return [
        f"key fact {fact!r} is in none of the quotes"
        for fact in row["key_facts"]
        if tokens(fact) and not contains_fact(quotes, fact)
    ]


# ---------------------------------------------------------------- file


def check_file(path: Path, folders: Sequence[Path]) -> Report:
    docs = DocumentSet(folders)
    report = Report()
    seen: dict[str, int] = {}
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            report.questions += 1
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                report.findings.append(Finding(number, "", f"not valid JSON ({exc.msg})"))
                continue
            report.findings += check_row(row, number, docs)
            qid = row.get("id") if isinstance(row, dict) else None
            if isinstance(qid, str):
                if qid in seen:
                    report.findings.append(Finding(number, qid, f"duplicate id (first on line {seen[qid]})"))
                seen.setdefault(qid, number)
    if not report.questions:
        report.findings.append(Finding(0, "", "no questions in the file"))
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m evals.check_dataset",
        description="Check a question set's format and that every quote is found in its document.",
    )
    parser.add_argument("file", type=Path, help="question set (.jsonl)")
    parser.add_argument(
        "--docs",
        type=Path,
        nargs="+",
        required=True,
        metavar="DIR",
        help="folders holding the documents named in sources[].doc",
    )
    args = parser.parse_args(argv)
    missing = [str(p) for p in [args.file, *args.docs] if not p.exists()]
    if missing:
        parser.error(f"not found: {', '.join(missing)}")
    report = check_file(args.file, args.docs)
    for finding in report.findings:
        print(finding.render(str(args.file)))
    print(
        f"{args.file}: {report.questions} questions, {len(report.problems)} problems, {len(report.warnings)} warnings"
    )
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
