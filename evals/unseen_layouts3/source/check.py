"""Check ../questions.jsonl against the three papers in ../docs using the matching rule of the shared
evaluation formats (/work/shared/evals/README.md), and print a summary. Adapted from
evals/unseen_layouts2/source/check.py: same rule and checks, extended to HTML and DOCX.

Passages a quote is matched against (see extract.py):
- HTML: the page's visible text (html.parser; <script>, <style> and <head> skipped), one passage;
- DOCX: each body paragraph, each table row (cells joined by spaces, merged cells once), header/footer;
- PDF:  each page's pypdf extract_text()."""
import html
import json
import re
import sys
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path

from extract import docx_passages, html_text, pdf_pages

ROOT = Path(__file__).resolve().parent.parent
QFILE = ROOT / "questions.jsonl"
DOCS = ROOT / "docs"
TYPES = {"fact", "number", "list", "who", "table", "multi_hop", "unanswerable"}
FIELDS = ["id", "question", "audience", "type", "answer", "key_facts", "sources"]
PREFIX = "k"
# home document of each block of 19 questions (14 answerable + 5 unanswerable)
HOME = ["kingsmere-council-adults-committee-minutes-2026-02-04.html",
        "fernbridge-community-trust-quality-report-2026-01.docx",
        "calderbrook-icb-primary-care-strategy-2025.pdf"]
NEED = {"table": 4, "list": 2, "who": 1, "multi_hop": 1, "unanswerable": 5}

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


def load_passages():
    out = {}
    for path in sorted(DOCS.iterdir()):
        if path.suffix == ".html":
            out[path.name] = [html_text(path)]
        elif path.suffix == ".docx":
            out[path.name] = docx_passages(path)
        elif path.suffix == ".pdf":
            out[path.name] = pdf_pages(path)
    return out


def sanity(passages, problems):
    """The layout features the README promises, as the extractor sees them."""
    h = passages[HOME[0]][0]
    for bad in ("999.9m", "G-KMR0042XYZ", "font-family", "dataLayer"):
        if bad in h:
            problems.append(f"HTML: script/style text leaked into visible text: {bad}")
    words = len(h[h.find("Attendance"):h.find("Accessibility statement")].split())
    if not 1800 <= words <= 2500:
        problems.append(f"HTML: {words} words of content")
    dw = sum(len(p.split()) for p in passages[HOME[1]])
    pages = passages[HOME[2]]
    pw = sum(len(p.split()) for p in pages)
    body = "\n".join(pages)
    if not 6 <= len(pages) <= 8:
        problems.append(f"PDF: {len(pages)} pages")
    if "\ufb01" not in body or "\ufb02" not in body:
        problems.append("PDF: no ligature characters in the extracted text")
    if not re.search(r"[a-z]-\n[a-z]", body):
        problems.append("PDF: no line-end hyphenation in the extracted text")
    nhyph = len(re.findall(r"[a-z]-\n[a-z]", body))
    nlig = body.count("\ufb01") + body.count("\ufb02")
    print(f"content words: html {words}, docx {dw}, pdf {pw} ({len(pages)} pages, "
          f"{nlig} ligatures, {nhyph} hyphenated line ends)")


def main():
    passages = load_passages()
    ptoks = {d: [normalise(t) for t in ps] for d, ps in passages.items()}
    pws = {d: [" ".join(t.split()) for t in ps] for d, ps in passages.items()}

    qs = [json.loads(l) for l in QFILE.read_text(encoding="utf-8").splitlines() if l.strip()]
    problems = []
    sanity(passages, problems)
    n_quotes = n_quotes_ok = n_exact = n_facts = n_facts_ok = 0
    by_type, by_aud = Counter(), Counter()
    by_doc_type = defaultdict(Counter)
    ids = set()
    if len(qs) != 57:
        problems.append(f"{len(qs)} questions (want 57)")
    for k, q in enumerate(qs):
        qid = q.get("id")
        home = HOME[min(k // 19, 2)]
        if list(q.keys()) != FIELDS:
            problems.append(f"{qid}: fields {list(q.keys())}")
        if qid != f"{PREFIX}{k + 1:03d}":
            problems.append(f"{qid}: expected id {PREFIX}{k + 1:03d}")
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
        if not 1 <= len(q["key_facts"]) <= 3:
            problems.append(f"{qid}: {len(q['key_facts'])} key facts (want 1-3)")
        if q["type"] == "multi_hop" and len(q["sources"]) < 2:
            problems.append(f"{qid}: multi_hop needs 2+ sources")
        quote_toks_all = []
        for s in q["sources"]:
            n_quotes += 1
            doc, quote = s["doc"], s["quote"]
            if doc not in passages:
                problems.append(f"{qid}: unknown doc {doc}")
                continue
            nw = len(quote.split())
            if not 8 <= nw <= 40:
                problems.append(f"{qid}: quote has {nw} words (want 8-40): {quote[:60]}")
            qt = normalise(quote)
            quote_toks_all += qt
            best, best_i = 0.0, None
            for i, pt in enumerate(ptoks[doc]):
                c = coverage(qt, pt)
                if c > best:
                    best, best_i = c, i + 1
            if best >= 0.7:
                n_quotes_ok += 1
            else:
                problems.append(f"{qid}: quote matched only {best:.0%} (best passage {best_i}): {quote[:70]}")
            if any(" ".join(quote.split()) in w for w in pws[doc]):
                n_exact += 1
            s["_where"], s["_cov"] = best_i, best
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
        print(f"  {d}: answerable {ans}, " + ", ".join(f"{t} {v}" for t, v in sorted(c.items())))
        for t, n in NEED.items():
            if c[t] < n:
                problems.append(f"{d}: only {c[t]} {t} questions (want {n}+)")
    print(f"quotes matched (>=70% rule): {n_quotes_ok}/{n_quotes}   "
          f"exact substrings after whitespace collapse: {n_exact}/{n_quotes}")
    print(f"key facts found in their quotes: {n_facts_ok}/{n_facts}")
    if "-v" in sys.argv:
        for q in qs:
            for s in q["sources"]:
                print(f"  {q['id']} passage/page {s.get('_where')} {s.get('_cov', 0):.0%} {s['doc'][:24]}")
    if problems:
        print(f"PROBLEMS ({len(problems)}):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
