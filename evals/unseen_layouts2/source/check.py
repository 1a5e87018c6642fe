"""Check ../questions.jsonl against the PDFs in ../docs using the matching rule of the shared
evaluation formats, and print a summary. Adapted from evals/unseen_layouts/source/check.py: same rule;
also checks the id sequence and the per-paper mix of question types."""
import html
import json
import re
import sys
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
QFILE = ROOT / "questions.jsonl"
DOCS = ROOT / "docs"
TYPES = {"fact", "number", "list", "who", "table", "multi_hop", "unanswerable"}
FIELDS = ["id", "question", "audience", "type", "answer", "key_facts", "sources"]
# home document of each block of 19 questions (14 answerable + 5 unanswerable)
HOME = ["westmere-icb-finance-report-2026-02-10.pdf",
        "harlow-vale-trust-integrated-performance-report-2026-01-29.pdf",
        "ashcombe-council-public-health-annual-report-2025.pdf"]

TAG = re.compile(r"</?[a-zA-Z][^<>]{0,300}>")
TOK = re.compile(r"[a-z0-9£%]+")


def normalise(text):
    text = TAG.sub(" ", text)
    text = html.unescape(text)
    text = (text.replace("\u2018", "'").replace("\u2019", "'")
            .replace("\u201c", '"').replace("\u201d", '"'))
    return TOK.findall(text.lower())


def coverage(quote_toks, passage_toks):
    if not quote_toks:
        return 0.0
    sm = SequenceMatcher(None, quote_toks, passage_toks, autojunk=False)
    got = sum(b.size for b in sm.get_matching_blocks() if b.size >= 2)
    return got / len(quote_toks)


def contains_fact(fact, text_toks):
    f = " ".join(normalise(fact))
    return bool(f) and f in " ".join(text_toks)


def main():
    pages = {}
    for pdf in sorted(DOCS.glob("*.pdf")):
        pages[pdf.name] = [p.extract_text() or "" for p in PdfReader(str(pdf)).pages]
    page_toks = {d: [normalise(t) for t in ps] for d, ps in pages.items()}
    page_ws = {d: [" ".join(t.split()) for t in ps] for d, ps in pages.items()}

    qs = [json.loads(l) for l in QFILE.read_text().splitlines() if l.strip()]
    problems = []
    n_quotes = n_quotes_ok = n_exact = n_facts = n_facts_ok = 0
    by_type = Counter()
    by_doc_type = defaultdict(Counter)
    by_aud = Counter()
    table_per_doc = Counter()
    ids = set()
    for k, q in enumerate(qs):
        qid = q.get("id")
        home = HOME[min(k // 19, 2)]
        if list(q.keys()) != FIELDS:
            problems.append(f"{qid}: fields {list(q.keys())}")
        if qid != f"h{k + 1:03d}":
            problems.append(f"{qid}: expected id h{k + 1:03d}")
        if (q["type"] == "unanswerable") != (k % 19 >= 14):
            problems.append(f"{qid}: each paper's block is 14 answerable then 5 unanswerable")
        if any(s["doc"] != home for s in q["sources"]):
            problems.append(f"{qid}: a source is not from the paper's own document")
        if qid in ids:
            problems.append(f"{qid}: duplicate id")
        ids.add(qid)
        if q["type"] not in TYPES:
            problems.append(f"{qid}: bad type {q['type']}")
        if q["audience"] not in ("staff", "public"):
            problems.append(f"{qid}: bad audience")
        by_type[q["type"]] += 1
        by_doc_type[home][q["type"]] += 1
        by_aud[q["audience"]] += 1

        if q["type"] == "unanswerable":
            if q["answer"] != "NOT_IN_CORPUS" or q["key_facts"] or q["sources"]:
                problems.append(f"{qid}: unanswerable must have NOT_IN_CORPUS, [] and []")
            continue
        if not q["sources"] or not q["key_facts"]:
            problems.append(f"{qid}: answerable item without sources or key facts")
        if q["type"] == "multi_hop" and len(q["sources"]) < 2:
            problems.append(f"{qid}: multi_hop needs 2+ sources")
        quote_toks_all = []
        for s in q["sources"]:
            n_quotes += 1
            doc, quote = s["doc"], s["quote"]
            if doc not in pages:
                problems.append(f"{qid}: unknown doc {doc}")
                continue
            nw = len(quote.split())
            if not 8 <= nw <= 40:
                problems.append(f"{qid}: quote has {nw} words (want 8-40): {quote[:60]}")
            qt = normalise(quote)
            quote_toks_all += qt
            best, best_page = 0.0, None
            for i, pt in enumerate(page_toks[doc]):
                c = coverage(qt, pt)
                if c > best:
                    best, best_page = c, i + 1
            if best >= 0.7:
                n_quotes_ok += 1
            else:
                problems.append(f"{qid}: quote matched only {best:.0%} (best page {best_page}): {quote[:70]}")
            if any(" ".join(quote.split()) in w for w in page_ws[doc]):
                n_exact += 1
            s["_page"] = best_page
            s["_cov"] = best
        if q["type"] == "table":
            table_per_doc[home] += 1
        for f in q["key_facts"]:
            n_facts += 1
            nf = len(normalise(f))
            if nf == 0 or nf > 4:
                problems.append(f"{qid}: key fact '{f}' should be 1-4 tokens")
            if contains_fact(f, quote_toks_all):
                n_facts_ok += 1
            else:
                problems.append(f"{qid}: key fact '{f}' not in its quotes")
            if not contains_fact(f, normalise(q["answer"])):
                problems.append(f"{qid}: key fact '{f}' not in the gold answer")

    print(f"questions: {len(qs)}   audience: {dict(by_aud)}")
    print("by type:", dict(sorted(by_type.items())))
    for d in HOME:
        c = by_doc_type[d]
        ans = sum(v for t, v in c.items() if t != "unanswerable")
        print(f"  {d}: answerable {ans}, unanswerable {c['unanswerable']}, "
              f"table {table_per_doc[d]}, " + ", ".join(f"{t} {v}" for t, v in sorted(c.items())))
    print(f"quotes matched (>=70% rule): {n_quotes_ok}/{n_quotes}   "
          f"exact substrings after whitespace collapse: {n_exact}/{n_quotes}")
    print(f"key facts found in their quotes: {n_facts_ok}/{n_facts}")
    if "-v" in sys.argv:
        for q in qs:
            for s in q["sources"]:
                print(f"  {q['id']} p{s.get('_page')} {s.get('_cov', 0):.0%} {s['doc'][:20]}")
    for d in HOME:
        c = by_doc_type[d]
        need = {"table": 5, "list": 2, "who": 1, "multi_hop": 1, "unanswerable": 5}
        for t, n in need.items():
            if c[t] < n:
                problems.append(f"{d}: only {c[t]} {t} questions (want {n}+)")
    if problems:
        print(f"PROBLEMS ({len(problems)}):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
