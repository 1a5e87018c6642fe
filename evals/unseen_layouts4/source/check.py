"""Check ../questions.jsonl against the three papers in ../docs using the matching rule of the shared
evaluation formats (/work/shared/evals/README.md), and print a summary. Adapted from
evals/unseen_layouts3/source/check.py: same rule and checks, for two PDFs and a plain-text file.

Passages a quote is matched against (see extract.py):
- PDF (reportlab, matplotlib): each page's pypdf extract_text();
- TXT: the whole file, one passage."""
import html
import json
import re
import sys
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path

from extract import pdf_pages, txt_text

ROOT = Path(__file__).resolve().parent.parent
QFILE = ROOT / "questions.jsonl"
DOCS = ROOT / "docs"
TYPES = {"fact", "number", "list", "who", "table", "multi_hop", "unanswerable"}
FIELDS = ["id", "question", "audience", "type", "answer", "key_facts", "sources"]
PREFIX = "m"
# home document of each block of 19 questions (14 answerable + 5 unanswerable)
HOME = ["wrenford-hwb-strategy-progress-report-2026-03-12.pdf",
        "harrowdene-hospitals-performance-dashboard-2025-12.pdf",
        "thornhallow-dc-health-scrutiny-minutes-2026-01-20.txt"]
# dashboard items answered only by a chart data label or a KPI tile with its caption
TILE_OR_LABEL = {"m020", "m021", "m023", "m025", "m027", "m028", "m033"}
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
        if path.suffix == ".txt":
            out[path.name] = txt_text(path)
        elif path.suffix == ".pdf":
            out[path.name] = pdf_pages(path)
    return out


def sanity(passages, problems):
    """The layout features the README promises, as the extractor sees them."""
    wp = passages[HOME[0]]
    ww = sum(len(p.split()) for p in wp)
    if len(wp) != 3:
        problems.append(f"reportlab PDF: {len(wp)} pages (want 3)")
    hdr = "Indicator\nBaseline\nLatest\nEngland\nStatus"
    rep = sum(hdr in p for p in wp)
    if rep != 2:
        problems.append(f"reportlab PDF: Table 1 header on {rep} pages (want 2: repeatRows=1)")
    if not all(f"Page {i + 1}" in p for i, p in enumerate(wp)):
        problems.append("reportlab PDF: running footer page numbers missing")
    if "Ageing well" not in wp[1] or "Flu vaccination" not in wp[2]:
        problems.append("reportlab PDF: Table 1 no longer breaks between its 'Ageing well' group row and its rows")
    hp = passages[HOME[1]]
    hw = sum(len(p.split()) for p in hp)
    if len(hp) != 4:
        problems.append(f"matplotlib PDF: {len(hp)} pages (want 4)")
    rag = Counter(w for p in hp for w in re.findall(r"\b(Red|Amber|Green)\b", p))
    if sum(rag.values()) < 16:
        problems.append(f"matplotlib PDF: RAG words {dict(rag)}")
    if not all("Commentary" in p for p in hp):
        problems.append("matplotlib PDF: a page has no commentary box")
    tx = passages[HOME[2]][0]
    lines = tx.splitlines()
    tw = len(tx.split())
    if max(len(x) for x in lines) > 72:
        problems.append("TXT: a line is longer than 72 characters")
    n_eq = sum(1 for x in lines if x and set(x) == {"="})
    n_dash = sum(1 for i, x in enumerate(lines) if x and set(x) == {"-"} and i and len(lines[i - 1]) == len(x))
    n_res = tx.count("RESOLVED:")
    if n_eq < 1 or n_dash < 6 or n_res < 4 or "(c) " not in tx:
        problems.append(f"TXT: underlines = {n_eq}, - {n_dash}; RESOLVED {n_res}")
    print(f"content words: reportlab pdf {ww} ({len(wp)} pages, Table 1 header on {rep} pages), "
          f"matplotlib pdf {hw} ({len(hp)} pages, RAG words {dict(rag)}), txt {tw} "
          f"({len(lines)} lines, longest {max(len(x) for x in lines)}, {n_eq} '=' and {n_dash} '-' "
          f"underlined headings, {n_res} RESOLVED lists)")


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
    tl = [q["id"] for q in qs if q["id"] in TILE_OR_LABEL and q["sources"]]
    if len(tl) < 5:
        problems.append(f"only {len(tl)} dashboard items answered by a tile or data label")
    print(f"dashboard items answered only by a KPI tile or chart data label: {len(tl)} ({', '.join(tl)})")
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
