"""Check ../questions.jsonl against the three papers in ../docs using the matching rule of the shared evaluation
formats (/work/shared/evals/README.md), and print a summary. Adapted from evals/unseen_layouts6/source/check.py:
same rule, for an Impress slide deck PDF, a Chromium-printed report PDF and a LibreOffice-written .docx.

Passages a quote is matched against (see extract.py): for the PDFs each page's pypdf extract_text(); for the
.docx the blocks of the text Word shows (paragraphs with their list or heading numbers, whole tables, header
and footer).

  python check.py       # summary
  python check.py -v    # also each quote's passage and coverage
"""
import html
import json
import re
import sys
import zipfile
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path

from extract import docx_blocks, pdf_pages

ROOT = Path(__file__).resolve().parent.parent
QFILE = ROOT / "questions.jsonl"
DOCS = ROOT / "docs"
SRC = ROOT / "source"
TYPES = {"fact", "number", "list", "who", "table", "multi_hop", "unanswerable"}
FIELDS = ["id", "question", "audience", "type", "answer", "key_facts", "sources"]
PREFIX = "r"
HOME = ["lunsdale-cmht-board-q3-performance-slides-2026-01-29.pdf",
        "eastmere-cc-scrutiny-care-market-report-2026-03-10.pdf",
        "rushmere-hwb-better-care-fund-plan-2026-27.docx"]
NEED = {"table": 2, "list": 2, "who": 1, "multi_hop": 1, "unanswerable": 5}
QUOTE_WORDS = (5, 40)

# ---- layout-targeted items (each group is verified below)
CHART = {"r006", "r007"}            # a key fact is only a chart data label (slide 6)
TWO_COL_SLIDE = {"r009", "r010"}    # from the two-column slide (slide 5)
SLIDE_TABLE = {"r002", "r003", "r011", "r014"}   # a native Impress table (slides 4 and 8)
WIDE_TABLE = {"r023": 5, "r024": 4, "r025": 5, "r026": None, "r033": 4}  # landscape appendix table; page or None
REPEATED_HEADER = {"r023"}          # quotes the thead row repeated on a continuation page
MULTICOL = {"r031"}                 # from the CSS multi-column section
ENDNOTE = {"r027", "r028", "r033"}  # needs an endnote (page 3) as well as the body text or table
SIDEBAR = {"r021", "r027"}          # from the floated "At a glance" sidebar
MERGED = {"r040", "r041", "r044", "r045"}   # rows of a docx table with merged (gridSpan / vMerge) header or theme cells
TWO_COL_SECTION = {"r046", "r047"}  # from the two-column section of the .docx
LIST_NUMBERED = {"r048"}            # items of an (a)-(d) list whose letters come from numbering.xml
# probes run over every document's normalised text for the unanswerable items: each pattern must NOT match,
# and each "present" phrase must (the near-miss anchor)
PROBES = {
    "r015": ([r"supplied by", r"supplier", r"call handling system cost", r"£[0-9,.]+k? for the (new )?call"],
             ["New call-handling system goes live on 9 February 2026"]),
    "r016": ([r"\d[\d,]* children (are )?waiting( in total)?\b(?! more)", r"waiting list (of|is) [0-9,]+ children"],
             ["1,284 children waiting more than 18 weeks"]),
    "r017": ([r"allied health", r"\bahp"], ["Registered nurses 13.2%; medical staff 9.6%"]),
    "r018": ([r"larkholme[a-z0-9 ]{0,40}(refurb|close)", r"(refurb|close)[a-z0-9 ]{0,40}larkholme"],
             ["Fellside Brackenridge Larkholme"]),
    "r019": ([r"recovery rate", r"moving to recovery", r"reliable recovery"],
             ["Talking therapies: first treatment within 6 weeks"]),
    "r034": ([r"£[0-9.]+ (an|per|a) hour", r"hourly rate (of|is) £"], ["at the full hourly rate"]),
    "r035": ([r"\bchair(man|woman)?\b", r"chaired by"], ["Adult Social Care and Health Scrutiny Committee"]),
    "r036": ([r"£[0-9.]+ (an|per|a) hour", r"hourly rate (of|is) £"], ["£1,120 for nursing care"]),
    "r037": ([r"closed in 2025", r"(closure|closed)[a-z ]{0,20} of [a-z]+ (house|court|lodge|manor)",
              r"beds (were )?lost"], ["after two home closures in 2025"]),
    "r038": ([r"brightways[a-z ]{0,40}(good|outstanding|inadequate|requires improvement|rated)"],
             ["Fenland Care Partnership and Brightways Home Support"]),
    "r053": ([r"£[0-9,]+ (a|per) (bed )?(week|night|day)[a-z ]{0,30}pelham", r"pelham court[a-z ]{0,40}£"],
             ["24 discharge to assess beds at Pelham Court"]),
    "r054": ([r"\bchair(man|woman|ed)?\b"], ["Rushmere Place Joint Commissioning Group"]),
    "r055": ([r"2025 26[a-z ]{0,30}falls response[a-z ]{0,30}£", r"falls response[a-z ]{0,40}2025 26[a-z ]{0,20}£"],
             ["Community falls response service 1,240 310 – 1,550"]),
    "r056": ([r"\d[\d,]* (people|patients) (used|received|were supported by) (home first|reablement)",
              r"reablement[a-z ]{0,30}\d[\d,]* (people|patients)"], ["Home First reablement"]),
    "r057": ([r"(assessment|eia)[a-z ]{0,40}(signed off|approved) (on|by)"],
             ["An equality impact assessment has been completed."]),
}

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


def ws(t):
    return " ".join(t.split())


def load():
    passages, kinds = {}, {}
    for path in sorted(DOCS.iterdir()):
        if path.suffix == ".pdf":
            passages[path.name] = pdf_pages(path)
            kinds[path.name] = [f"page {i + 1}" for i in range(len(passages[path.name]))]
        elif path.suffix == ".docx":
            blocks = docx_blocks(path)
            passages[path.name] = [t for _, t in blocks]
            kinds[path.name] = [k for k, _ in blocks]
    return passages, kinds


def where(doc, quote, passages):
    """Index of the passage that contains the quote exactly (after whitespace collapse), else best coverage."""
    for i, p in enumerate(passages[doc]):
        if ws(quote) in ws(p):
            return i
    qt = normalise(quote)
    return max(range(len(passages[doc])), key=lambda i: coverage(qt, normalise(passages[doc][i])))


def sanity(passages, kinds, problems):
    from pypdf import PdfReader
    # 1. Impress deck
    ld = HOME[0]
    r = PdfReader(str(DOCS / ld))
    meta = r.metadata or {}
    pages = passages[ld]
    if meta.get("/Creator") != "Impress" or len(pages) != 10:
        problems.append(f"deck: creator {meta.get('/Creator')}, {len(pages)} pages (want Impress, 10)")
    if not all(float(p.mediabox.width) > float(p.mediabox.height) for p in r.pages):
        problems.append("deck: a page is not landscape")
    odp = SRC / "lunsdale" / "lunsdale-q3-performance.odp"
    with zipfile.ZipFile(odp) as z:
        content = z.read("content.xml").decode()
        has_chart = any(n.startswith("Object 1/") for n in z.namelist())
    notes = re.findall(r'presentation:class="notes"><draw:text-box>(.*?)</draw:text-box>', content)
    note_text = [re.sub(r"<[^>]+>", " ", n) for n in notes]
    leaked = [n[:40] for n in note_text if " ".join(normalise(n))[:60] in " ".join(normalise(" ".join(pages)))]
    checks = {"speaker notes in the .odp": len(notes) >= 4, "notes not printed": not leaked,
              "native chart object": has_chart and "<chart:chart" not in content,
              "native tables": content.count("<table:table>") + content.count("<table:table ") >= 2,
              "sub-bullets": content.count("<text:list>") >= 4,
              "chart labels on slide 6": "96 95 90 98 85 79 97 94 88 101 82 76" in ws(pages[5]),
              "two-column slide": "What went well" in pages[4] and "Where we must improve" in pages[4]}
    for k, ok in checks.items():
        if not ok:
            problems.append(f"deck: {k}")
    # 2. Chromium report
    ed = HOME[1]
    r = PdfReader(str(DOCS / ed))
    pages = passages[ed]
    land = [i + 1 for i, p in enumerate(r.pages) if float(p.mediabox.width) > float(p.mediabox.height)]
    head = "Registered Occupied Vacant Council- funded Self- funded"
    rep = [i + 1 for i, p in enumerate(pages) if head in ws(p)]
    checks = {"Skia/PDF": "Skia" in str((r.metadata or {}).get("/Producer", "")),
              "landscape appendix pages 4-6": land == [4, 5, 6],
              "thead repeated on every landscape page": rep == [4, 5, 6],
              "running header from @page": all(p.startswith("Eastmere County Council – Adult Social Care and Health "
                                                           "Scrutiny Committee 10 March 2026 – Item 6") for p in pages[1:]),
              "page x of y": all(f"Page {i + 1} of {len(pages)}" in p for i, p in enumerate(pages)),
              "sidebar first on page 1": pages[0].split("\n")[1].startswith("At a glance"),
              "endnotes": "Notes\n1. Occupied beds" in pages[2]}
    html_src = (SRC / "eastmere" / "eastmere-care-market-report.html").read_text()
    for k, pat in {"column-count": "column-count: 2", "rowspan": 'rowspan="', "colspan": 'colspan="',
                   "named landscape page": "page: wide", "float sidebar": "float: right"}.items():
        checks[f"html {k}"] = pat in html_src
    for k, ok in checks.items():
        if not ok:
            problems.append(f"report: {k}")
    # 3. Writer .docx
    rd = HOME[2]
    with zipfile.ZipFile(DOCS / rd) as z:
        doc = z.read("word/document.xml").decode()
        app = z.read("docProps/app.xml").decode() if "docProps/app.xml" in z.namelist() else ""
    texts = passages[rd]
    checks = {"written by LibreOffice": "LibreOffice" in app,
              "TOC field in a content control": "docPartGallery" in doc and " TOC " in doc,
              "TOC entries": sum(1 for t in texts if re.match(r"^\d(\.\d)* .+\t\d$", t)) >= 15,
              "numbered headings 1 / 1.1 / 1.1.1": all(any(t.startswith(n) for t in texts)
                                                        for n in ("1 \tPurpose", "3.1 \tWhat", "3.3.1 \tHospital")),
              "two-column section": '<w:cols w:num="2"' in doc,
              "merged cells": "<w:gridSpan" in doc and "<w:vMerge" in doc,
              "appendix unnumbered": "Appendix A: Metrics and ambitions" in texts,
              "lettered list": any(t.startswith("(d)\t") for t in texts)}
    for k, ok in checks.items():
        if not ok:
            problems.append(f"docx: {k}")


def main():
    verbose = "-v" in sys.argv
    passages, kinds = load()
    problems = []
    items = [json.loads(l) for l in QFILE.read_text(encoding="utf-8").splitlines() if l.strip()]
    byid = {it["id"]: it for it in items}
    n_q = n_ok = n_exact = n_kf = n_kf_ok = 0
    for k, it in enumerate(items, 1):
        if list(it) != FIELDS:
            problems.append(f"{it.get('id')}: fields {list(it)}")
        if it["id"] != f"{PREFIX}{k:03d}":
            problems.append(f"{it['id']}: out of sequence")
        if it["type"] not in TYPES or it["audience"] not in ("staff", "public"):
            problems.append(f"{it['id']}: bad type or audience")
        block, pos = divmod(k - 1, 19)
        home = HOME[block]
        if it["type"] == "unanswerable":
            if pos < 14 or it["answer"] != "NOT_IN_CORPUS" or it["key_facts"] or it["sources"]:
                problems.append(f"{it['id']}: unanswerable item malformed or misplaced")
            continue
        if pos >= 14 or not it["sources"] or not it["key_facts"]:
            problems.append(f"{it['id']}: answerable item misplaced or without sources/key facts")
        qtoks_all = []
        for s in it["sources"]:
            n_q += 1
            if s["doc"] != home:
                problems.append(f"{it['id']}: quote from {s['doc']}, expected {home}")
            if s["doc"] not in passages:
                problems.append(f"{it['id']}: unknown doc {s['doc']}")
                continue
            qt = normalise(s["quote"])
            nw = len(s["quote"].split())
            if not QUOTE_WORDS[0] <= nw <= QUOTE_WORDS[1]:
                problems.append(f"{it['id']}: quote has {nw} words")
            best = max(range(len(passages[s["doc"]])), key=lambda i: coverage(qt, normalise(passages[s["doc"]][i])))
            cov = coverage(qt, normalise(passages[s["doc"]][best]))
            exact = any(ws(s["quote"]) in ws(p) for p in passages[s["doc"]])
            n_ok += cov >= 0.7
            n_exact += exact
            if cov < 0.7 or not exact:
                problems.append(f"{it['id']}: quote coverage {cov:.2f}, exact {exact}: {s['quote'][:70]}")
            if verbose:
                print(f"{it['id']} {kinds[s['doc']][best]:>10} cov {cov:.2f} exact {exact}  {s['quote'][:60]}")
            qtoks_all.extend(qt + ["|"])
        for f in it["key_facts"]:
            n_kf += 1
            ok = contains_fact(f, qtoks_all) and contains_fact(f, normalise(it["answer"]))
            n_kf_ok += ok
            if not ok:
                problems.append(f"{it['id']}: key fact {f!r} not in its quotes or answer")
    # per-paper mix
    mix = defaultdict(Counter)
    for k, it in enumerate(items):
        mix[HOME[k // 19]][it["type"]] += 1
    for d in HOME:
        for t, n in NEED.items():
            if mix[d][t] < n:
                problems.append(f"{d}: only {mix[d][t]} {t}")
    # layout-targeted groups
    P = passages

    def pages_of(qid):
        it = byid[qid]
        return [where(s["doc"], s["quote"], P) + 1 for s in it["sources"]]
    for qid in CHART:
        chart_line = ws(P[HOME[0]][5])
        facts = byid[qid]["key_facts"]
        if not any(f in chart_line for f in facts) or 6 not in pages_of(qid):
            problems.append(f"{qid}: not answered from the chart on slide 6")
        other = " ".join(P[HOME[0]][:5] + P[HOME[0]][6:])
        if any(re.search(rf"\b{f}%", other) for f in facts if f.isdigit()):
            problems.append(f"{qid}: the chart value is also elsewhere in the deck")
    for qid in TWO_COL_SLIDE:
        if set(pages_of(qid)) != {5}:
            problems.append(f"{qid}: not from the two-column slide")
    for qid in SLIDE_TABLE:
        if not set(pages_of(qid)) & {4, 8}:
            problems.append(f"{qid}: not from a slide table")
    for qid, pg in WIDE_TABLE.items():
        got = pages_of(qid)
        if not set(got) & {4, 5, 6} or (pg and pg not in got):
            problems.append(f"{qid}: not from the landscape appendix table (pages {got})")
    for qid in REPEATED_HEADER:
        it = byid[qid]
        if not any("Registered Occupied Vacant" in s["quote"] and where(s["doc"], s["quote"], P) > 3
                   for s in it["sources"]):
            problems.append(f"{qid}: does not quote the repeated header on a continuation page")
    for qid in MULTICOL:
        if not any("612 replies" in s["quote"] for s in byid[qid]["sources"]):
            problems.append(f"{qid}: not from the multi-column section")
    for qid in ENDNOTE:
        if 3 not in pages_of(qid):
            problems.append(f"{qid}: no endnote quoted")
    for qid in SIDEBAR:
        if not any(where(s["doc"], s["quote"], P) == 0 and "At a glance" in P[HOME[1]][0] and
                   ws(s["quote"]) in ws(P[HOME[1]][0].split("EASTMERE COUNTY COUNCIL")[0]) for s in byid[qid]["sources"]):
            problems.append(f"{qid}: not from the sidebar")
    rk = dict(zip(range(len(P[HOME[2]])), kinds[HOME[2]]))
    for qid in MERGED:
        if not any(rk[where(s["doc"], s["quote"], P)] == "table" for s in byid[qid]["sources"]):
            problems.append(f"{qid}: not from a merged-cell table")
    for qid in TWO_COL_SECTION:
        if not all(P[HOME[2]][where(s["doc"], s["quote"], P)].startswith(("Mr D, Thornleigh.", "Mrs K, Pelham Green."))
                   for s in byid[qid]["sources"]):
            problems.append(f"{qid}: not from the two-column section")
    for qid in LIST_NUMBERED:
        idx = [where(s["doc"], s["quote"], P) for s in byid[qid]["sources"]]
        if not all(re.match(r"^\([a-d]\)\t", P[HOME[2]][i]) for i in idx):
            problems.append(f"{qid}: not from the lettered list")
    # unanswerable probes
    alltext = {d: " ".join(normalise(" ".join(P[d]))) for d in P}
    for qid, (pats, present) in PROBES.items():
        if byid[qid]["type"] != "unanswerable":
            problems.append(f"{qid}: probe on an answerable item")
        for pat in pats:
            for d, t in alltext.items():
                if re.search(pat, t):
                    problems.append(f"{qid}: probe {pat!r} matches {d}")
        for ph in present:
            if not any(" ".join(normalise(ph)) in t for t in alltext.values()):
                problems.append(f"{qid}: anchor {ph!r} not found")
    if set(PROBES) != {it["id"] for it in items if it["type"] == "unanswerable"}:
        problems.append("probes do not cover exactly the unanswerable items")
    sanity(passages, kinds, problems)
    # summary
    words = {d: sum(len(p.split()) for p in P[d]) for d in HOME}
    print(f"words: deck {words[HOME[0]]} ({len(P[HOME[0]])} slides), report {words[HOME[1]]} "
          f"({len(P[HOME[1]])} pages), docx {words[HOME[2]]} ({len(P[HOME[2]])} blocks)")
    print(f"questions: {len(items)}   audience: {dict(Counter(it['audience'] for it in items))}")
    print(f"by type: {dict(sorted(Counter(it['type'] for it in items).items()))}")
    for d in HOME:
        c = mix[d]
        print(f"  {d}: answerable {sum(v for t, v in c.items() if t != 'unanswerable')}, "
              + ", ".join(f"{t} {v}" for t, v in sorted(c.items())))
    print(f"quotes matched (>=70% rule): {n_ok}/{n_q}   exact substrings after whitespace collapse: {n_exact}/{n_q}")
    print(f"key facts found in their quotes and answers: {n_kf_ok}/{n_kf}")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
