"""Check ../questions.jsonl against the three papers in ../docs using the matching rule of the shared
evaluation formats (/work/shared/evals/README.md), and print a summary. Adapted from
evals/unseen_layouts4/source/check.py: same rule and checks, for three PDFs from three new producers.

Passages a quote is matched against (see extract.py): each page's pypdf extract_text()."""
import html
import json
import re
import sys
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path

from extract import pdf_info, pdf_pages

ROOT = Path(__file__).resolve().parent.parent
QFILE = ROOT / "questions.jsonl"
DOCS = ROOT / "docs"
TYPES = {"fact", "number", "list", "who", "table", "multi_hop", "unanswerable"}
FIELDS = ["id", "question", "audience", "type", "answer", "key_facts", "sources"]
PREFIX = "p"
# home document of each block of 19 questions (14 answerable + 5 unanswerable)
HOME = ["hollinsford-dunmarsh-icb-board-pack-2026-03-18.pdf",
        "amberlow-stenfield-ft-performance-scorecard-2026-01.pdf",
        "tarnwick-hwb-year-in-numbers-2025-26.pdf"]
NEED = {"table": 4, "list": 2, "who": 1, "multi_hop": 1, "unanswerable": 5}
# items aimed at a layout feature (each is checked below)
ROTATED = {"p007", "p009", "p012", "p013"}          # answered from a /Rotate 90 page of the pack
DETACHED = {"p021", "p022"}                                  # scorecard rows whose wrapped metric name is
                                                             # printed at the foot of the page
CARD_OR_LABEL = {"p039", "p040", "p041", "p043"}            # only in a KPI card or an SVG chart's labels

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


def load():
    out, info = {}, {}
    for path in sorted(DOCS.iterdir()):
        if path.suffix == ".pdf":
            out[path.name] = pdf_pages(path)
            info[path.name] = pdf_info(path)
    return out, info


def sanity(passages, info, problems):
    """The layout features the README promises, as the extractor sees them."""
    # 1. board pack: LibreOffice documents joined by pypdf, landscape pages turned into /Rotate 90 pages
    bp = passages[HOME[0]]
    pages, producer = info[HOME[0]]
    n = len(bp)
    if not 12 <= n <= 18:
        problems.append(f"board pack: {n} pages (want 12-18)")
    if not all(f"Page {i + 1} of {n}" in p for i, p in enumerate(bp)):
        problems.append("board pack: running footer 'Page N of M' missing on a page")
    rot = [i + 1 for i, (r, w, h) in enumerate(pages) if r == 90 and w < h]
    if len(rot) < 2 or any(r not in (0, 90) for r, _, _ in pages) or any(w > h for _, w, h in pages):
        problems.append(f"board pack: rotated pages {rot}; every page should be a portrait MediaBox")
    if not ("Table 1: System financial position" in bp[rot[0] - 1]
            and sum("Ref Strategic" in bp[i - 1] for i in rot) == 2):
        problems.append("board pack: the finance table and the two-page BAF are not on the rotated pages")
    covers = sum(("Executive lead" in p and "Author" in p and "Previously considered" in p) for p in bp)
    restarts = sum(len(re.findall(r"^1\. [A-Z]", p, re.M)) for p in bp)
    agenda = any("Item Title Presenter Purpose Time" in p for p in bp)
    if covers != 4 or restarts != 4 or not agenda:
        problems.append(f"board pack: {covers} cover sheets, {restarts} '1.' headings, agenda table {agenda}")
    bw = sum(len(p.split()) for p in bp)
    # 2. Calc workbook: landscape, print titles repeat the scorecard header, RAG words
    sp = passages[HOME[1]]
    spages, sprod = info[HOME[1]]
    if not all(w > h and r == 0 for r, w, h in spages) or "LibreOffice" not in sprod:
        problems.append(f"workbook: pages not landscape or producer {sprod!r}")
    hdr = "Ref Metric Target Apr-25 May-25 Jun-25 Jul-25 Aug-25 Sep-25 Oct-25 Nov-25 Dec-25 Jan-26 YTD RAG"
    reps = sum(hdr in p for p in sp)
    rag = Counter(w for p in sp[:2] for w in re.findall(r"\b(Red|Amber|Green)\b", p))
    sheets = [re.search(r"Foundation Trust\s+(Scorecard|Waiting list|Cancer and notes)", p) for p in sp]
    if reps != 2 or sum(rag.values()) < 32 or not all(sheets):
        problems.append(f"workbook: header on {reps} pages, RAG {dict(rag)}, sheet names {sheets}")
    if not sp[0].rstrip().endswith("very good"):
        problems.append("workbook: wrapped metric names are no longer printed at the foot of page 1")
    sw = sum(len(p.split()) for p in sp)
    # 3. Chromium print: margin-box footer on each page, chart labels and cards as text
    tp = passages[HOME[2]]
    tpages, tprod = info[HOME[2]]
    if "Skia" not in tprod or not all(p.startswith(f"Page {i + 1} of {len(tp)}") for i, p in enumerate(tp)):
        problems.append(f"infographic: producer {tprod!r} or the @page footer is missing")
    labels = ["61.4%\nTarnwick Town", "Tarnwick average 59.5%", "Loneliness and isolation 29%"]
    arrows = sum(p.count(a) for p in tp for a in "▲▼●▬")
    if not all(any(x in p for p in tp) for x in labels) or arrows != 9:
        problems.append(f"infographic: chart labels or the 9 card change arrows missing ({arrows})")
    tw = sum(len(p.split()) for p in tp)
    print(f"content words: board pack {bw} ({n} pages, rotated {rot}, {covers} cover sheets), "
          f"workbook {sw} ({len(sp)} landscape pages, header on {reps}, RAG {dict(rag)}), "
          f"infographic {tw} ({len(tp)} pages, {arrows} card arrows)")
    return rot


def main():
    passages, info = load()
    ptoks = {d: [normalise(t) for t in ps] for d, ps in passages.items()}
    pws = {d: [" ".join(t.split()) for t in ps] for d, ps in passages.items()}

    qs = [json.loads(l) for l in QFILE.read_text(encoding="utf-8").splitlines() if l.strip()]
    problems = []
    rot = sanity(passages, info, problems)
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
            else:
                problems.append(f"{qid}: quote is not an exact substring of a page: {quote[:70]}")
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
        for t, need in NEED.items():
            if c[t] < need:
                problems.append(f"{d}: only {c[t]} {t} questions (want {need}+)")
    byid = {q["id"]: q for q in qs}
    on_rot = sorted(i for i in ROTATED if any(s.get("_where") in rot for s in byid[i]["sources"]))
    if on_rot != sorted(ROTATED):
        problems.append(f"rotated-page items {sorted(ROTATED)}, but only {on_rot} are quoted from rotated pages")
    sp1 = passages[HOME[1]][0]
    tail = sp1[sp1.rindex("CNO\n") + 4:]          # the lines pypdf prints after the last table row of page 1
    det = sorted(i for i in DETACHED if any(s["quote"] in " ".join(tail.split()) for s in byid[i]["sources"]))
    if det != sorted(DETACHED):
        problems.append(f"detached-name items: only {det} quote a name from the foot of page 1")
    body = " " + " ".join(" ".join(normalise(p)) for p in passages[HOME[2]]) + " "

    def only_in_quotes(q):
        """Some key fact occurs in the document only where the item's quotes (a card or chart labels) are."""
        quotes = " " + " ".join(" ".join(normalise(s["quote"])) for s in q["sources"]) + " "
        return any(body.count(f" {' '.join(normalise(f))} ") == quotes.count(f" {' '.join(normalise(f))} ") > 0
                   for f in q["key_facts"])

    cards = sorted(i for i in CARD_OR_LABEL if only_in_quotes(byid[i]))
    if cards != sorted(CARD_OR_LABEL):
        problems.append(f"card/label items: only {cards} have a key fact found nowhere but in their card or chart")
    print(f"layout items: rotated pages {on_rot}; detached metric names {det}; KPI card or chart label {cards}")
    print(f"quotes matched (>=70% rule): {n_quotes_ok}/{n_quotes}   "
          f"exact substrings after whitespace collapse: {n_exact}/{n_quotes}")
    print(f"key facts found in their quotes: {n_facts_ok}/{n_facts}")
    if "-v" in sys.argv:
        for q in qs:
            for s in q["sources"]:
                print(f"  {q['id']} page {s.get('_where')} {s.get('_cov', 0):.0%} {s['doc'][:24]}")
    if problems:
        print(f"PROBLEMS ({len(problems)}):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
