"""Check ../questions.jsonl against the three papers in ../docs using the matching rule of the shared
evaluation formats (/work/shared/evals/README.md), and print a summary. Adapted from
evals/unseen_layouts5/source/check.py: same rule and checks, for a Word .docx read directly and two PDFs.

Passages a quote is matched against (see extract.py): for the PDFs each page's pypdf extract_text(); for the
.docx the blocks of the text Word shows (paragraphs, whole tables, the text box, footnotes, header/footer),
with tracked insertions in and deletions out.

  python check.py            # summary
  python check.py -v         # also each quote's passage and coverage
  python check.py --soffice  # also convert the .docx with LibreOffice and check the PDF shows its text
"""
import html
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path

from extract import docx_blocks, docx_features, pdf_info, pdf_pages

ROOT = Path(__file__).resolve().parent.parent
QFILE = ROOT / "questions.jsonl"
DOCS = ROOT / "docs"
TYPES = {"fact", "number", "list", "who", "table", "multi_hop", "unanswerable"}
FIELDS = ["id", "question", "audience", "type", "answer", "key_facts", "sources"]
PREFIX = "q"
HOME = ["brackenfold-community-trust-virtual-wards-review-2026-03-26.docx",
        "sallowfield-rookham-ft-board-pack-2026-05-14.pdf",
        "wyndmoor-hospitals-quality-account-summary-2025-26.pdf"]
NEED = {"table": 2, "list": 2, "who": 1, "multi_hop": 1, "unanswerable": 5}
QUOTE_WORDS = (5, 40)

# ---- layout-targeted items (each group is verified below)
# Word features (paper 1)
INSERTED = {"q003", "q004", "q011", "q013"}       # a key fact is in tracked-inserted text (w:ins)
TEXTBOX = {"q008"}                                 # the answer is only in the key-messages text box
FOOTNOTE = {"q007", "q014"}                        # quoted from a footnote
VMERGE = {"q006"}                                  # needs the vertically merged locality cell of the row above
NESTED = {"q009"}                                  # quoted from a table nested in a cell
SDT = {"q001", "q002"}                             # a key fact is held in a content control (w:sdt)
HYPERLINK = {"q012"}                               # a key fact is the text of a w:hyperlink
# Board pack (paper 2): which agenda item each answer must be read from ("agenda" = the agenda page)
ITEM = {"q020": {"agenda"}, "q021": {3}, "q022": {8}, "q023": {3, 8}, "q024": {8}, "q025": {7}, "q026": {4},
        "q027": {10}, "q028": {10}, "q029": {9}, "q030": {6}, "q031": {11}, "q032": {8}, "q033": {7}}
COVER_SHEET = {"q028"}                             # "what is the board asked to do", from a cover sheet
# Design-tool PDF (paper 3)
POS_TABLE = {"q041", "q042", "q043"}               # rows of the table set as positioned text, no rules
PULL_QUOTE = {"q045"}                              # the pull-quote, drawn last on page 2
GLANCE = {"q051"}                                  # an "at a glance" figure set glyph by glyph
SMALL_CAPS = {"q048"}                              # quotes a hand-made small-caps heading
# probes run over every document's normalised text for the unanswerable items: each pattern must NOT match
# (what the answer would have to look like), and each "present" phrase must (the near-miss anchor)
PROBES = {
    "q015": ([r"considered by (the )?[a-z]+ committee", r"previously considered by (?!click)"],
             ["Previously considered by Click or tap here to enter text."]),
    "q016": ([r"cost[a-z ]{0,30} (per|a) (bed )?day", r"per bed day", r"£[0-9,.]+ (per|a) (bed )?day"],
             ["Occupancy is the number of bed days used"]),
    "q017": ([r"harrowby[a-z0-9 ]{0,30}january", r"harrowby team saw"],
             ["South locality in January (64.8%)"]),
    "q018": ([r"heart failure[a-z0-9 ]{0,60}(friends and family|good or very good)",
              r"(friends and family|good or very good)[a-z0-9 ]{0,60}heart failure"],
             ["91% rated the virtual ward service good or very good"]),
    "q019": ([r"supplier", r"supplied by", r"provided by [a-z]+ (ltd|limited|plc|health)"],
             ["The remote monitoring contract ends in October 2026"]),
    "q034": ([r"apr(il)? 2026 [0-9]", r"in april[a-z0-9 ]{0,40}(4 hour|a&e)", r"(4 hour|a&e)[a-z0-9 ]{0,60}april 2026"],
             ["Figures for April will be in the next report."]),
    "q035": ([r"\b(rated|rating)\b[a-z ]{0,40}maternity", r"maternity[a-z ]{0,40}\b(rated|rating)\b",
              r"maternity[a-z ]{0,40}(requires improvement|inadequate|outstanding)"],
             ["The trust has not yet received the draft report."]),
    "q036": ([r"agency[a-z0-9£% ]{0,60}£[0-9.]+m?[a-z ]{0,20}(in )?march", r"march[a-z ]{0,30}agency spend (was|of) £"],
             ["Agency spend was 3.6% of the pay bill in March"]),
    "q037": ([r"concerns[a-z0-9 ]{0,40}rookham", r"rookham[a-z ]{0,40}concerns"],
             ["Rookham Community Hospital 4"]),
    "q038": ([r"development session[a-z ]{0,80}\d{1,2} (june|july|august|september)",
              r"\d{1,2} (june|july) 2026[a-z ]{0,40}development session"],
             ["Session being arranged with NHS England's regional team."]),
    "q053": ([r"ashby fold[a-z0-9 ]{0,80}(sepsis|antibiotic)", r"(sepsis|antibiotic)[a-z0-9% ]{0,80}ashby fold"],
             ["hospitals in Wyndmoor, Ashby Fold and Tunstead"]),
    "q054": ([r"\d+% (off|discount)", r"discount of \d", r"\d+ per ?cent"],
             ["get a discount in our restaurants"]),
    "q055": ([r"frailty unit[a-z0-9 ]{0,40}\d+ beds?", r"\d+ bed[a-z ]{0,30}frailty"],
             ["A new acute frailty unit next to the emergency department"]),
    "q056": ([r"speak up[a-z0-9 ]{0,60}patient safety", r"patient safety[a-z0-9 ]{0,40}(speak up|guardians)"],
             ["Staff raised 186 concerns with our Freedom to Speak Up"]),
    "q057": ([r"2023/24", r"2023 24"], ["MRSA bloodstream infections 2 1"]),
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
    passages, kinds, info = {}, {}, {}
    for path in sorted(DOCS.iterdir()):
        if path.suffix == ".pdf":
            passages[path.name] = pdf_pages(path)
            kinds[path.name] = [f"page {i + 1}" for i in range(len(passages[path.name]))]
            info[path.name] = pdf_info(path)
        elif path.suffix == ".docx":
            blocks = docx_blocks(path)
            passages[path.name] = [t for _, t in blocks]
            kinds[path.name] = [k for k, _ in blocks]
            info[path.name] = docx_features(path)
    return passages, kinds, info


def text_operands_with_spaces(path):
    """Every string a text-showing operator draws, decoded; returns how many operands contain a space."""
    from pypdf import PdfReader
    n_ops = n_space = 0
    for page in PdfReader(str(path)).pages:
        parts = []
        page.extract_text(visitor_text=lambda t, cm, tm, fd, fs: parts.append(t))
        for t in parts:
            if t.strip():
                n_ops += 1
                if " " in t.strip():
                    n_space += 1
    return n_ops, n_space


def sanity(passages, kinds, info, problems):
    """The layout features the README promises, as the files and the extractor show them."""
    # 1. Word .docx: the features python-docx's simple API does not write
    bf = HOME[0]
    f = info[bf]
    vis = " " + " ".join(" ".join(normalise(p)) for p in passages[bf]) + " "
    want = {"ins": len(f["ins"]) >= 4, "del": len(f["del"]) >= 3, "comments": len(f["comments"]) >= 2,
            "textbox in mc:Choice and mc:Fallback": f["textbox_choice"] and f["textbox_choice"] == f["textbox_fallback"],
            "content controls (text, date, drop-down)": {"text", "date", "dropDownList"} <= set(f["sdt_kinds"]),
            "cell-level content control": f["sdt_cell_level"] >= 1, "data-bound content control": f["sdt_bound"] >= 1,
            "placeholder content control": len(f["sdt_placeholder"]) == 1, "hyperlink": len(f["hyperlink"]) >= 1,
            "footnotes": f["footnote_refs"] >= 2 and "footnote" in kinds[bf], "vMerge": f["vmerge_continue"] >= 2,
            "nested table": len(f["nested_table"]) >= 2, "numbered paragraphs": f["numbered_paragraphs"] >= 20,
            "non-breaking hyphen": f["no_break_hyphens"] >= 1, "split runs": f["proof_errors"] >= 2,
            "text box read once": sum(k == "textbox" for k in kinds[bf]) == 1}
    for k, ok in want.items():
        if not ok:
            problems.append(f"docx: feature missing or wrong: {k}")
    leaked = [d for d in f["del"] if f" {' '.join(normalise(d))} " in vis]
    if leaked:
        problems.append(f"docx: deleted text shows in the visible text: {leaked}")
    for c in f["comments"]:
        if f" {' '.join(normalise(c))} " in vis:
            problems.append(f"docx: comment text shows in the visible text: {c[:40]}")
    if not re.search(r"^\(c\)\tapprove the extension", "\n".join(passages[bf]), re.M):
        problems.append("docx: the inserted recommendation is not item (c) after the deleted one")
    bw = sum(len(p.split()) for p in passages[bf])
    # 2. board pack: 30-40 pages, per-item footers restarting, pack stamp, cover sheets, agenda
    sp = passages[HOME[1]]
    n = len(sp)
    if not 30 <= n <= 40:
        problems.append(f"pack: {n} pages (want 30-40)")
    if not all(p.rstrip().endswith(f"Pack page {i + 1} of {n}") for i, p in enumerate(sp)):
        problems.append("pack: the stamped 'Pack page N of M' is not the last line of every page")
    if not all("Board of Directors meeting in public – 14 May 2026" in p.splitlines()[0] for p in sp):
        problems.append("pack: running header missing on a page")
    item_of, restarts = page_items(sp)
    if restarts < 9:
        problems.append(f"pack: page numbering restarts only {restarts} times")
    covers = [i + 1 for i, p in enumerate(sp) if re.search(r"^Agenda item \d+$", p, re.M)
              and "Executive summary" in p and "Recommendation" in p and "Previously considered" in p]
    agenda = any("Item Time Title Presenter Purpose Page" in p for p in sp)
    if len(covers) != 5 or not agenda:
        problems.append(f"pack: cover sheets on pages {covers} (want 5), agenda table {agenda}")
    subj = {"deficit": {item_of[i] for i, p in enumerate(sp) if "deficit" in p},
            "A&E 4-hour": {item_of[i] for i, p in enumerate(sp) if "4-hour" in p},
            "CQC maternity": {item_of[i] for i, p in enumerate(sp) if "CQC" in p and "maternity" in p.lower()}}
    for k, items in subj.items():
        if len(items - {"agenda"}) < 3:
            problems.append(f"pack: '{k}' is discussed in only {sorted(map(str, items))}")
    from pypdf import PdfReader
    outline = len(PdfReader(str(DOCS / HOME[1])).outline)
    if outline != 10:
        problems.append(f"pack: {outline} bookmarks (want 10)")
    pw = sum(len(p.split()) for p in sp)
    # 3. design-tool PDF: no space glyphs, letter-spaced and small-caps headings, drop cap, pull-quote last
    wp = passages[HOME[2]]
    ops, spaced = text_operands_with_spaces(DOCS / HOME[2])
    if spaced:
        problems.append(f"design PDF: {spaced} of {ops} text operands contain a space character")
    tracked = sum(len(re.findall(r"^(?:[A-Z&] ){5,}[A-Z&]$", p, re.M)) for p in wp)
    checks = {"drop cap": "W\ne are proud" in wp[0], "pull-quote after the columns": wp[1].rstrip().endswith(
        "Daughter of a patient on Brambleby Ward, Wyndmoor General Hospital"),
        "squeezed line runs together": "Otherformats,includinglargeprint" in wp[3],
        "small caps": "SAFER CARE FOR PEOPLE WITH A LEARNING DISABILITY" in ws(wp[3]),
        "4 pages": len(wp) == 4, "letter-spaced headings": tracked >= 8,
        "creator": "InDesign" in str((PdfReader(str(DOCS / HOME[2])).metadata or {}).get("/Creator", ""))}
    for k, ok in checks.items():
        if not ok:
            problems.append(f"design PDF: {k} not as described")
    ww = sum(len(p.split()) for p in wp)
    print(f"content words: docx {bw} ({len(passages[bf])} blocks; {len(f['ins'])} insertions, {len(f['del'])} "
          f"deletions, {len(f['comments'])} comments, {len(f['sdt'])} content controls), pack {pw} ({n} pages, "
          f"{len(covers)} cover sheets on {covers}), design PDF {ww} ({len(wp)} pages, {ops} text operands, "
          f"{spaced} with a space; {tracked} letter-spaced lines)")
    return item_of


def page_items(pages):
    """Item number of each pack page, from its footer ('Item 8 – ... Page 2 of 5'); and how many times the
    per-item page count restarts at 1."""
    out, restarts = [], 0
    for p in pages:
        m = re.search(r"^Item (\d+) – .*Page (\d+) of (\d+)$", p, re.M)
        if m:
            out.append(int(m.group(1)))
            restarts += m.group(2) == "1"
        else:
            out.append("agenda" if "Front cover and agenda" in p else None)
    return out, restarts


def main():
    passages, kinds, info = load()
    ptoks = {d: [normalise(t) for t in ps] for d, ps in passages.items()}
    pws = {d: [ws(t) for t in ps] for d, ps in passages.items()}
    qs = [json.loads(l) for l in QFILE.read_text(encoding="utf-8").splitlines() if l.strip()]
    problems = []
    item_of = sanity(passages, kinds, info, problems)
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
            if not QUOTE_WORDS[0] <= nw <= QUOTE_WORDS[1]:
                problems.append(f"{qid}: quote has {nw} words (want {QUOTE_WORDS}): {quote[:60]}")
            qt = normalise(quote)
            quote_toks_all += qt
            best, best_i = 0.0, None
            for i, pt in enumerate(ptoks[doc]):
                c = coverage(qt, pt)
                if c > best:
                    best, best_i = c, i
            if best >= 0.7:
                n_quotes_ok += 1
            else:
                problems.append(f"{qid}: quote matched only {best:.0%} (best passage {best_i}): {quote[:70]}")
            exact = [i for i, w in enumerate(pws[doc]) if ws(quote) in w]
            if exact:
                n_exact += 1
                best_i = exact[0] if best_i not in exact else best_i
            else:
                problems.append(f"{qid}: quote is not an exact substring of a passage: {quote[:70]}")
            s["_where"], s["_cov"], s["_kind"] = best_i, best, kinds[doc][best_i] if best_i is not None else None
        for fct in q["key_facts"]:
            n_facts += 1
            nf = len(normalise(fct))
            if nf == 0 or nf > 4:
                problems.append(f"{qid}: key fact '{fct}' should be 1-4 tokens")
            if contains_fact(fct, quote_toks_all):
                n_facts_ok += 1
            else:
                problems.append(f"{qid}: key fact '{fct}' not in its quotes")
            if not contains_fact(fct, normalise(q["answer"])):
                problems.append(f"{qid}: key fact '{fct}' not in the gold answer")

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
    layout = check_layout_groups(byid, passages, kinds, info, item_of, problems)
    probe_unanswerable(byid, passages, problems)
    print("layout items: " + "; ".join(f"{k} {v}" for k, v in layout.items()))
    print(f"quotes matched (>=70% rule): {n_quotes_ok}/{n_quotes}   "
          f"exact substrings after whitespace collapse: {n_exact}/{n_quotes}")
    print(f"key facts found in their quotes: {n_facts_ok}/{n_facts}")
    report_python_docx(byid, problems)
    if "--soffice" in sys.argv:
        soffice_check(passages, problems)
    if "-v" in sys.argv:
        for q in qs:
            for s in q["sources"]:
                print(f"  {q['id']} {s.get('_kind')} (passage {s.get('_where')}) {s.get('_cov', 0):.0%} {s['doc'][:24]}")
    if problems:
        print(f"PROBLEMS ({len(problems)}):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("ALL CHECKS PASSED")


def check_layout_groups(byid, passages, kinds, info, item_of, problems):
    bf, sp_doc, wy = HOME
    f = info[bf]
    out = {}

    def facts_in(qid, texts):
        return [x for x in byid[qid]["key_facts"]
                if any(contains_fact(x, normalise(t)) for t in texts)]

    def group(name, ids, ok):
        good = sorted(i for i in ids if ok(byid[i]))
        if good != sorted(ids):
            problems.append(f"{name} items {sorted(ids)}: only {good} pass")
        out[name] = good

    vis_no_box = [t for t, k in zip(passages[bf], kinds[bf]) if k != "textbox"]
    group("inserted", INSERTED, lambda q: facts_in(q["id"], f["ins"]))
    group("text box", TEXTBOX, lambda q: all(s["_kind"] == "textbox" for s in q["sources"])
          and any(not facts_in(q["id"], [t]) for t in vis_no_box) and not facts_in(q["id"], vis_no_box))
    group("footnote", FOOTNOTE, lambda q: any(s["_kind"] == "footnote" for s in q["sources"]))
    group("vMerge", VMERGE, lambda q: any(s["_kind"] == "table" and re.search(
        r"\n(?!South)[^\n]*Kelsey Cross", passages[bf][s["_where"]]) and "South" in s["quote"] for s in q["sources"]))
    group("nested table", NESTED, lambda q: any(ws(s["quote"]) in ws(t) for s in q["sources"] for t in f["nested_table"]))
    group("content control", SDT, lambda q: facts_in(q["id"], f["sdt"]))
    group("hyperlink", HYPERLINK, lambda q: facts_in(q["id"], f["hyperlink"]))

    def right_item(q):
        got = {item_of[s["_where"]] for s in q["sources"]}
        return got == ITEM[q["id"]]
    group("named item", set(ITEM), right_item)
    sp = passages[sp_doc]
    group("cover sheet", COVER_SHEET, lambda q: all("Executive summary" in sp[s["_where"]] for s in q["sources"]))
    wp = passages[wy]
    def pos(page, text):
        return ws(wp[page]).find(ws(text))

    group("positioned table", POS_TABLE, lambda q: all(
        s["_where"] == 2 and pos(2, "Summary Hospital-level") <= pos(2, s["quote"]) < pos(2, "Sources:")
        for s in q["sources"]))
    group("pull-quote", PULL_QUOTE, lambda q: all(
        s["_where"] == 1 and pos(1, s["quote"]) > pos(1, "AT A GLANCE") > 0 for s in q["sources"]))
    group("glance figure", GLANCE, lambda q: all(
        s["_where"] == 0 and pos(0, s["quote"]) > pos(0, "OUR YEAR AT A GLANCE") > 0 for s in q["sources"]))
    group("small caps", SMALL_CAPS, lambda q: any(re.search(r"\b[A-Z]{4,} [A-Z]{3,} [A-Z]{3,}", s["quote"])
                                                  for s in q["sources"]))
    return out


def probe_unanswerable(byid, passages, problems):
    """Each unanswerable item's probes run over every passage (page or block) of its own paper."""
    unans = [i for i, q in byid.items() if q["type"] == "unanswerable"]
    if sorted(unans) != sorted(PROBES):
        problems.append(f"probes cover {sorted(PROBES)} but the unanswerable items are {sorted(unans)}")
    for qid, (absent, present) in PROBES.items():
        doc = HOME[(int(qid[1:]) - 1) // 19]
        for pat in absent:
            for i, p in enumerate(passages[doc]):
                m = re.search(pat, " ".join(normalise(p)))
                if m:
                    problems.append(f"{qid}: probe /{pat}/ matches passage {i} ('{m.group(0)}'): the answer may be there")
        for ph in present:
            if not any(ws(ph) in ws(p) for p in passages[doc]):
                problems.append(f"{qid}: near-miss anchor not found: {ph}")


def report_python_docx(byid, problems):
    """Informative: how many paper-1 key facts python-docx's simple API (document.paragraphs and
    document.tables cell.text) would not see, and how many deleted passages it would."""
    try:
        import docx
    except ImportError:
        return
    d = docx.Document(str(DOCS / HOME[0]))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.extend(c.text for c in r.cells)
    toks = normalise(" ".join(parts))
    missed = [f"{i}:{x}" for i, q in byid.items() if i <= "q019" and q["type"] != "unanswerable"
              for x in q["key_facts"] if not contains_fact(x, toks)]
    print(f"python-docx simple API misses {len(missed)} of the docx key facts: {', '.join(missed)}")


def soffice_check(passages, problems):
    """Convert the .docx with LibreOffice (headless) and check the PDF has the body text, the text box,
    a footnote and the inserted text."""
    from pypdf import PdfReader
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(DOCS / HOME[0])],
                           capture_output=True, timeout=180)
        pdfs = list(Path(tmp).glob("*.pdf"))
        if r.returncode or not pdfs:
            problems.append("soffice could not convert the .docx")
            return
        text = ws(" ".join(p.extract_text() for p in PdfReader(str(pdfs[0])).pages))
        n = len(PdfReader(str(pdfs[0])).pages)
    need = ["kept an estimated 1,180 people", "confirmed recurrent funding of £5.6m",
            "at least 70% of urgent community response referrals", "Erin Marlowe",
            "Virtual wards: a guide for patients and carers"]
    miss = [x for x in need if x not in text]
    if miss:
        problems.append(f"LibreOffice PDF lacks {miss}")
    print(f"LibreOffice opened the .docx: {n} pages, {len(text.split())} words; "
          f"{len(need) - len(miss)}/{len(need)} probe phrases present")


if __name__ == "__main__":
    main()
