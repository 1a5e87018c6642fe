"""Build ../docs/hollinsford-dunmarsh-icb-board-pack-2026-03-18.pdf: a combined board pack of the
fictional NHS Hollinsford and Dunmarsh Integrated Care Board (meeting in public, 18 March 2026).

How it is made, as a board secretary's office would make it:
- five Word documents are written with python-docx (hollinsford/00-cover-agenda.docx and one per paper,
  A-D); each paper has its own cover sheet and its own heading numbering starting at 1;
- Papers B and C have a landscape section for a wide table (the finance table, the BAF);
- LibreOffice (soffice --headless --convert-to pdf) exports each document to PDF;
- pypdf joins them and turns each landscape page into a portrait page whose content is drawn turned by
  90 degrees, with /Rotate 90 so that it displays as landscape (what "rotate pages" in a PDF editor does
  to a portrait pack).
The running footer "Page N of M" counts the whole pack: each document's first section starts its PAGE
field at the right number (w:pgNumType w:start) and M is written in; a first pass counts the pages.

Run with /work/gen5venv/bin/python (python-docx 1.2, pypdf 7.1) and soffice on the PATH."""
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from pypdf import PageObject, PdfReader, PdfWriter, Transformation

HERE = Path(__file__).resolve().parent
BUILD = HERE / "hollinsford"
OUT = HERE.parent / "docs" / "hollinsford-dunmarsh-icb-board-pack-2026-03-18.pdf"

ORG = "NHS Hollinsford and Dunmarsh Integrated Care Board"
FOOT = "NHS Hollinsford and Dunmarsh ICB – Board meeting in public – 18 March 2026"
BLUE = RGBColor(0x00, 0x5E, 0xB8)
DARK = RGBColor(0x00, 0x30, 0x87)

# ---------------------------------------------------------------- figures (worked out here, asserted)
# Finance, month 11 2025/26, £m in tenths (negative = deficit / adverse)
FIN_COLS = ["Annual plan", "YTD plan", "YTD actual", "YTD variance", "Forecast outturn", "Forecast variance",
            "Annual plan", "Delivered YTD", "Forecast", "Spend YTD", "Ceiling YTD", "Annual plan", "Spend YTD"]
FIN = {  # plan, ytd plan, ytd actual, fot | eff plan, eff ytd, eff fot | agency ytd, ceiling | cap plan, cap ytd
    "Hollinsford Teaching Hospitals NHS Foundation Trust": (-48, -44, -79, -48, 314, 241, 289, 148, 126, 385, 269),
    "Dunmarsh and Carrbeck Hospitals NHS Trust": (-20, -18, -31, -20, 186, 132, 164, 97, 81, 210, 134),
    "Hawsley Community and Mental Health NHS Trust": (12, 11, 14, 12, 92, 80, 89, 62, 64, 84, 51),
    "NHS Hollinsford and Dunmarsh ICB": (56, 51, 86, 56, 65, 59, 65, None, None, 62, 28),
}


def fin_rows():
    rows = []
    tot = [0] * 13
    for name, (pl, yp, ya, fo, ep, ey, ef, ag, ac, cp, cy) in FIN.items():
        vals = [pl, yp, ya, ya - yp, fo, fo - pl, ep, ey, ef, ag, ac, cp, cy]
        rows.append((name, vals))
        tot = [t + (v or 0) for t, v in zip(tot, vals)]
    rows.append(("Hollinsford and Dunmarsh system total", tot))
    return rows


FROWS = fin_rows()
FT = dict(zip(["plan", "yp", "ya", "yv", "fo", "fv", "ep", "ey", "ef", "ag", "ac", "cp", "cy"], FROWS[-1][1]))
assert FT["plan"] == 0 and FT["yp"] == 0 and FT["ya"] == -10 and FT["yv"] == -10 and FT["fo"] == 0
assert FT["ep"] == 657 and FT["ey"] == 512 and FT["ef"] == 607
assert round(100 * FT["ey"] / FT["ep"], 1) == 77.9
assert FT["ag"] == 307 and FT["ac"] == 271 and FT["ag"] - FT["ac"] == 36
assert FT["cp"] == 741 and FT["cy"] == 482 and round(100 * FT["cy"] / FT["cp"]) == 65
HTH, DCH, HCMH, ICBF = [r[1] for r in FROWS[:4]]
assert HTH[3] == -35 and DCH[3] == -13 and HCMH[3] == 3 and ICBF[3] == 35
assert HCMH[9] < HCMH[10] and HTH[9] > HTH[10] and DCH[9] > DCH[10]
assert FT["ep"] - FT["ef"] == 50 and HTH[6] - HTH[8] == 25      # £5.0m shortfall, largest at HTH (£2.5m)
RISKS = {"HTH": 34, "DCH": 19, "ICB": 9}
assert sum(RISKS.values()) == 62                               # £6.2m unmitigated risk
MITIGATIONS = 41
assert sum(RISKS.values()) - MITIGATIONS == 21                 # £2.1m net risk


# ICB expenditure by budget area, month 11, £m in tenths: annual budget, YTD budget, YTD actual
ICB_EXP = [
    ("Acute services", 14126, 12949, 12956),
    ("Mental health services", 2864, 2625, 2629),
    ("Community health services", 1983, 1818, 1812),
    ("Continuing healthcare", 962, 882, 869),
    ("Primary care prescribing", 2127, 1950, 1924),
    ("Delegated primary medical care (GP services)", 1689, 1548, 1548),
    ("Dental, pharmacy and optometry services", 745, 683, 689),
    ("Other programme services", 418, 383, 378),
    ("ICB running costs", 327, 300, 298),
]
EXP_TOT = tuple(sum(r[k] for r in ICB_EXP) for k in (1, 2, 3))
assert EXP_TOT[1] - EXP_TOT[2] == 35                       # ties to the ICB's £3.5m favourable YTD variance
assert ICB_EXP[-1][1] == 327                               # the running-cost allowance in Paper A
_var = {r[0]: r[2] - r[3] for r in ICB_EXP}
assert max(_var, key=_var.get) == "Primary care prescribing" and _var["Primary care prescribing"] == 26
assert sorted(_var.values(), reverse=True)[1] == _var["Continuing healthcare"] == 13


def m(v):
    """£m in tenths -> finance style: brackets for negatives, '–' for not applicable."""
    if v is None:
        return "–"
    s = f"{abs(v) / 10:,.1f}"
    return f"({s})" if v < 0 else s


# Running costs (CEO report 3.1)
RUN_ALLOW, RUN_CUT = 327, 98
assert round(100 * RUN_CUT / RUN_ALLOW) == 30
POSTS_NOW, POSTS_NEW = 460, 318
assert POSTS_NOW - POSTS_NEW == 142
# Urgent care, February 2026 (CEO report and IQPR)
ATT = {"HTH": 24310, "DCH": 17560}
WITHIN4 = {"HTH": 16968, "DCH": 13363}
assert sum(ATT.values()) == 41870
assert f"{100 * WITHIN4['HTH'] / ATT['HTH']:.1f}" == "69.8" and f"{100 * WITHIN4['DCH'] / ATT['DCH']:.1f}" == "76.1"
SYS4 = f"{100 * sum(WITHIN4.values()) / sum(ATT.values()):.1f}"
assert SYS4 == "72.4"
TWELVE = 2105
assert f"{100 * TWELVE / sum(ATT.values()):.1f}" == "5.0"
# Pharmacy First: quarter 3 vs quarter 2
PF_Q3, PF_Q2 = 12960, 10983
assert round(100 * (PF_Q3 / PF_Q2 - 1)) == 18

# BAF: (ref, objective, risk, lead, committee, inherent (L,I), previous, current (L,I), target (L,I), date, controls, gaps, trend)
BAF = [
    ("BAF1", "Improve access to urgent and emergency care",
     "If demand for urgent and emergency care continues to exceed capacity, then patients will wait too long "
     "in emergency departments and for ambulances, leading to avoidable harm.",
     "Marcus Fenwright, Director of Performance and Delivery", "Quality and Performance Committee",
     (5, 4), "16", (4, 4), (3, 4), "March 2027",
     "System urgent and emergency care plan; daily system control centre; virtual wards (310 beds); "
     "ambulance handover protocol.",
     "Gap: discharge delays for people with complex needs. Action: transfer of care hub at Hollinsford "
     "General to open June 2026.", "Static"),
    ("BAF2", "Reduce waiting times for planned care",
     "If elective capacity does not keep pace with referrals, then the waiting list will grow and patients "
     "will wait longer than 65 weeks.",
     "Marcus Fenwright, Director of Performance and Delivery", "Quality and Performance Committee",
     (4, 4), "12", (4, 3), (2, 4), "September 2026",
     "Elective recovery plan; validation of waiting lists; mutual aid between trusts; independent sector "
     "contracts.",
     "Gap: orthopaedic theatre capacity at Hollinsford. Action: two modular theatres from October 2026.",
     "Static"),
    ("BAF3", "Deliver financial sustainability",
     "If the system cannot close the gap in its 2026/27 financial plan, then it will not meet its "
     "statutory duty to break even and may face national intervention.",
     "Gareth Pellow, Chief Finance Officer", "Finance and Investment Committee",
     (5, 5), "16", (4, 5), (3, 4), "March 2027",
     "Monthly system finance group; efficiency programme; vacancy control panels; agency ceiling.",
     "Gap: £48.3m gap in the draft 2026/27 plan. Action: system recovery plan to the Board in May 2026.",
     "Increased"),
    ("BAF4", "Build a sustainable workforce",
     "If primary care and community services cannot recruit and keep enough staff, then access to local "
     "services will fall.",
     "Yvonne Breckon, Chief People Officer", "People Committee",
     (4, 4), "12", (3, 4), (3, 3), "March 2027",
     "System workforce plan; GP fellowship scheme; international recruitment of community nurses.",
     "Gap: retention of newly qualified nurses. Action: system preceptorship offer from April 2026.",
     "Static"),
    ("BAF5", "Reduce health inequalities",
     "If we do not target resources at the most deprived areas, then the gap in healthy life expectancy "
     "between the most and least deprived areas will widen.",
     "Dr Ruth Calloway, Chief Medical Officer", "Strategic Commissioning Committee",
     (4, 4), "12", (3, 4), (2, 4), "March 2028",
     "Health inequalities funding of £4.2m a year; Core20PLUS5 programme; population health management "
     "dashboards.",
     "Gap: data on ethnicity recording in primary care. Action: data quality audit by July 2026.",
     "Static"),
    ("BAF6", "Be a well-run organisation",
     "If the ICB loses key staff and knowledge during the change to its new operating model, then it may not "
     "carry out its statutory functions safely.",
     "Dr Nathaniel Osei, Chief Executive", "People Committee",
     (4, 5), "New", (4, 4), (2, 4), "December 2026",
     "Transition programme board; staff consultation plan; legal advice; functions handover log.",
     "Gap: capacity of the contracting team. Action: interim support agreed with a neighbouring ICB.",
     "New"),
    ("BAF7", "Be a well-run organisation",
     "If a cyber attack disables the digital systems of a provider in the system, then patient care will be "
     "disrupted and data may be lost.",
     "Priyanka Sandhu, Chief Digital Officer", "Audit and Risk Committee",
     (4, 5), "15", (3, 5), (2, 5), "March 2027",
     "Cyber security standards across providers; tested back-ups; 24/7 monitoring contract.",
     "Gap: three GP practices on unsupported software. Action: migration by June 2026.", "Static"),
    ("BAF8", "Work with partners to support people at home",
     "If the home care market in Dunmarsh cannot provide enough care, then people will stay in hospital longer "
     "than they need to and their independence will suffer.",
     "Leon Aldous, Director of Strategy and Partnerships", "Strategic Commissioning Committee",
     (4, 4), "12", (3, 4), (2, 4), "March 2027",
     "Joint commissioning plan with Dunmarsh Council; Better Care Fund schemes; daily discharge calls.",
     "Gap: 38 home care packages waiting to start. Action: joint recruitment drive for care workers from "
     "April 2026.", "Static"),
]
ASSURANCE = {
    "BAF1": "Monthly integrated quality and performance report; deep dive 12 February 2026 (partial assurance).",
    "BAF2": "Weekly waiting list reports; regional elective recovery review (January 2026).",
    "BAF3": "Monthly finance report; internal audit of financial controls (substantial assurance).",
    "BAF4": "Quarterly workforce report to the People Committee; staff survey results.",
    "BAF5": "Annual health inequalities report; Director of Public Health annual reports.",
    "BAF6": "Fortnightly transition programme reports to the Executive Management Team.",
    "BAF7": "Annual Data Security and Protection Toolkit returns; penetration test (November 2025).",
    "BAF8": "Monthly discharge data; Better Care Fund quarterly returns.",
}
for ref, _o, _r, _l, _c, inh, prev, cur, tgt, *_rest in BAF:
    assert inh[0] * inh[1] >= cur[0] * cur[1] >= tgt[0] * tgt[1], ref
score = {b[0]: b[7][0] * b[7][1] for b in BAF}
assert score["BAF3"] == 20 and score["BAF1"] == 16 and score["BAF6"] == 16 and score["BAF7"] == 15
assert sorted(score.values(), reverse=True)[:3] == [20, 16, 16]
assert [b[0] for b in BAF if b[6] != "New" and int(b[6]) < score[b[0]]] == ["BAF3"]
assert not [b[0] for b in BAF if b[6] != "New" and int(b[6]) > score[b[0]]]


# ---------------------------------------------------------------- python-docx helpers
def fix_fonts(doc):
    for name in ["Normal", "Heading 1", "Heading 2", "Title", "Table Grid"]:
        st = doc.styles[name]
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.append(rf)
        for a in list(rf.attrib):
            del rf.attrib[a]
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), "Arial")
    n = doc.styles["Normal"]
    n.font.size = Pt(10)
    n.paragraph_format.space_after = Pt(5)
    n.paragraph_format.line_spacing = 1.1
    for name, size, color in [("Heading 1", 13, BLUE), ("Heading 2", 11, DARK), ("Title", 20, DARK)]:
        st = doc.styles[name]
        st.font.size = Pt(size)
        st.font.bold = True
        st.font.italic = False
        st.font.color.rgb = color
        st.paragraph_format.space_before = Pt(10)
        st.paragraph_format.space_after = Pt(4)


def a4(section, landscape=False):
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    section.top_margin = section.bottom_margin = Mm(18)
    section.left_margin = section.right_margin = Mm(18)
    section.footer_distance = Mm(9)
    section.header_distance = Mm(9)


def add_field(par, instr, shown="1"):
    for kind in ("begin", None, "separate"):
        r = par.add_run()
        if kind is None:
            t = OxmlElement("w:instrText")
            t.set(qn("xml:space"), "preserve")
            t.text = instr
            r._r.append(t)
        else:
            f = OxmlElement("w:fldChar")
            f.set(qn("w:fldCharType"), kind)
            r._r.append(f)
    par.add_run(shown)
    r = par.add_run()
    f = OxmlElement("w:fldChar")
    f.set(qn("w:fldCharType"), "end")
    r._r.append(f)


def set_start(section, start):
    sp = section._sectPr
    for old in sp.findall(qn("w:pgNumType")):
        sp.remove(old)
    if start is not None:
        pg = OxmlElement("w:pgNumType")
        pg.set(qn("w:start"), str(start))
        sp.insert(sp.index(sp.find(qn("w:pgMar"))) + 1, pg)


def furniture(doc, start, total, header_text=None):
    sec = doc.sections[0]
    set_start(sec, start)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Mm(174), alignment=2)  # right tab
    r = fp.add_run(FOOT + "\tPage ")
    r.font.size = Pt(8)
    add_field(fp, "PAGE")
    r2 = fp.add_run(f" of {total}")
    r2.font.size = Pt(8)
    for run in fp.runs:
        run.font.size = Pt(8)
    if header_text:
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        hr = hp.add_run(header_text)
        hr.font.size = Pt(9)
        hr.bold = True
        hr.font.color.rgb = DARK


def new_section(doc, landscape):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    a4(sec, landscape)
    set_start(sec, None)           # continue the numbering (add_section copies the previous sectPr)
    return sec


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def cell_text(cell, text, size=9, bold=False, align=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(1)
    p.paragraph_format.line_spacing = 1.0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
            p.paragraph_format.space_after = Pt(1)
            p.paragraph_format.line_spacing = 1.0
        r = p.add_run(line)
        r.font.size = Pt(size)
        r.bold = bold
        if color:
            r.font.color.rgb = color
        if align:
            p.alignment = align


def cell_margins(table, mm):
    tblpr = table._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:w"), str(int(mm * 56.7)))
        e.set(qn("w:type"), "dxa")
        mar.append(e)
    tblpr.append(mar)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    c.set(qn("w:val"), "true")
    trpr.append(c)


def widths(table, mm):
    table.autofit = False
    for i, w in enumerate(mm):
        table.columns[i].width = Mm(w)
        for c in table.columns[i].cells:
            c.width = Mm(w)


def para(doc, text, bold=False, size=None, align=None, color=None, after=None, italic=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = color
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def numbered(doc, num, text):
    """A numbered paragraph '2.1<tab>text' with a hanging indent, as board papers number them."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Mm(10)
    p.paragraph_format.first_line_indent = Mm(-10)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(10))
    p.add_run(f"{num}\t{text}")
    return p


def bullet(doc, text):
    p = doc.add_paragraph(style="List Bullet")
    p.add_run(text)
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def cover_sheet(doc, rows):
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (label, value) in enumerate(rows):
        cell_text(t.cell(i, 0), label, size=10, bold=True)
        shade(t.cell(i, 0), "DCE6F2")
        cell_text(t.cell(i, 1), value, size=10)
        no_split(t.rows[i])
    widths(t, [45, 129])
    return t


def purpose(choice):
    return "   ".join(("☒ " if c == choice else "☐ ") + c for c in ["Approve", "Assurance", "Discuss", "Note"])


def doc_start(start, total, header_text=None):
    doc = Document()
    fix_fonts(doc)
    a4(doc.sections[0])
    furniture(doc, start, total, header_text)
    return doc


def paper_title(doc, letter, title):
    para(doc, f"Paper {letter}", bold=True, size=11, color=BLUE, after=2)
    para(doc, title, bold=True, size=16, color=DARK, after=8)


# ---------------------------------------------------------------- the documents
def make_cover_agenda(start, total, pages):
    doc = doc_start(start, total)
    p = para(doc, "NHS", bold=True, size=22, align=WD_ALIGN_PARAGRAPH.RIGHT, color=BLUE, after=0)
    para(doc, "Hollinsford and Dunmarsh", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    para(doc, "Integrated Care Board", size=13, align=WD_ALIGN_PARAGRAPH.RIGHT, after=60)
    para(doc, "Board meeting in public", bold=True, size=28, color=DARK, after=12)
    para(doc, "Wednesday 18 March 2026", bold=True, size=16, after=2)
    para(doc, "10.00am to 1.00pm", size=14, after=10)
    para(doc, "Council Chamber, Dunmarsh Town Hall, Kingsway, Dunmarsh DM1 4RT", size=12, after=40)
    para(doc, "Chair: Helen Marchbank", size=12, after=4)
    para(doc, "Papers for the meeting", size=12, after=60)
    para(doc, "Members of the public are welcome to attend and to watch the livestream on the ICB website. "
              "Questions for item 4 must reach the Board Secretary by 5.00pm on Friday 13 March 2026. "
              "Contact Joanna Threlfall, Director of Corporate Governance, on 01632 960418.", size=10)
    para(doc, "Apologies for this meeting have been received from Colin Asquith, Non-executive Member.", size=10)
    page_break(doc)

    para(doc, "Agenda", bold=True, size=18, color=DARK, after=2)
    para(doc, "Board meeting in public – Wednesday 18 March 2026 at 10.00am – Council Chamber, Dunmarsh Town Hall",
         size=10, after=8)
    items = [
        ("1", "Welcome, apologies and quorum", "Helen Marchbank, Chair", "Note", "10.00"),
        ("2", "Declarations of interest", "Chair", "Note", "10.03"),
        ("3", "Minutes of the meeting held on 21 January 2026, matters arising and action log", "Chair",
         "Approve", "10.05"),
        ("4", "Questions from members of the public", "Chair", "Discuss", "10.10"),
        ("5", f"Chief Executive's report\nPaper A, page {pages['A']}", "Dr Nathaniel Osei, Chief Executive",
         "Note", "10.25"),
        ("6", f"Finance report, month 11 2025/26\nPaper B, page {pages['B']}",
         "Gareth Pellow, Chief Finance Officer", "Assurance", "10.45"),
        ("7", f"Board Assurance Framework, quarter 4 review\nPaper C, page {pages['C']}",
         "Joanna Threlfall, Director of Corporate Governance", "Approve", "11.15"),
        ("", "Comfort break", "", "", "11.35"),
        ("8", f"Integrated quality and performance report\nPaper D, page {pages['D']}",
         "Amara Lindqvist, Chief Nursing Officer, and Marcus Fenwright, Director of Performance and Delivery",
         "Assurance", "11.45"),
        ("9", "Reports from committee chairs (verbal): Audit and Risk; Quality and Performance; Finance and "
              "Investment", "Committee chairs", "Note", "12.30"),
        ("10", "Any other business", "Chair", "–", "12.50"),
        ("11", "Close. Date of next meeting: Wednesday 20 May 2026", "Chair", "–", "13.00"),
    ]
    t = doc.add_table(rows=len(items) + 1, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(["Item", "Title", "Presenter", "Purpose", "Time"]):
        cell_text(t.cell(0, j), h, size=10, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF))
        shade(t.cell(0, j), "005EB8")
    for i, row in enumerate(items, start=1):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, size=10, bold=(row[0] == "" and j == 1))
        if row[0] == "":
            for j in range(5):
                shade(t.cell(i, j), "E8EDEE")
    widths(t, [12, 70, 52, 22, 18])
    para(doc, "", after=4)
    para(doc, "The meeting is quorate when at least half of the members are present, including the Chair or "
              "Deputy Chair, at least one executive member and at least one partner member.", size=9)
    para(doc, "Papers marked “Note” are for information. Members are asked to read the papers before the meeting; "
              "presenters will speak only to the key points.", size=9)
    return doc


def make_paper_a(start, total):
    doc = doc_start(start, total, "Agenda item 5 – Paper A")
    paper_title(doc, "A", "Chief Executive's report")
    cover_sheet(doc, [
        ("Meeting", "ICB Board meeting in public"),
        ("Date", "18 March 2026"),
        ("Agenda item", "5"),
        ("Report title", "Chief Executive's report"),
        ("Executive lead", "Dr Nathaniel Osei, Chief Executive"),
        ("Author", "Anya Rook, Head of the Chief Executive's Office"),
        ("Purpose", purpose("Note")),
        ("Executive summary", "This report updates the Board on winter pressures, the ICB's new operating model, "
                              "the opening of the Dunmarsh Community Diagnostic Centre, urgent dental care, "
                              "pharmacy and staff recognition since the Board last met on 21 January 2026."),
        ("Recommendation", "The Board is asked to note the report."),
        ("Link to Board Assurance Framework", "BAF1 (urgent and emergency care), BAF4 (workforce), "
                                             "BAF6 (operating model transition)"),
        ("Previously considered by", "Not previously considered"),
        ("Financial implications", "None arising directly from this report"),
        ("Conflicts of interest", "None identified"),
    ])
    page_break(doc)
    doc.add_heading("1. Introduction", level=1)
    numbered(doc, "1.1", "This report sets out the main developments across the ICB and the Hollinsford and "
                         "Dunmarsh health and care system since the last Board meeting. Items covered in detail "
                         "elsewhere on the agenda, such as finance and performance, are not repeated here.")
    doc.add_heading("2. Winter and urgent care", level=1)
    numbered(doc, "2.1", f"February was the busiest month on record for our emergency departments, with "
                         f"{sum(ATT.values()):,} attendances at Hollinsford General Hospital and Dunmarsh General "
                         f"Hospital together.")
    numbered(doc, "2.2", "To cope with demand, partners opened 64 escalation beds between December and February, and "
                         "the virtual ward service grew to 310 beds, with average occupancy of 81% in February. "
                         "Most escalation beds will close by the end of April 2026.")
    numbered(doc, "2.3", "I want to thank staff in every part of the system, including the voluntary sector "
                         "partners who ran the Home from Hospital service seven days a week over the winter.")
    doc.add_heading("3. Our new operating model", level=1)
    numbered(doc, "3.1", f"All integrated care boards have been asked to cut their running costs by 30% by April "
                         f"2027. For us this means a reduction of £{RUN_CUT / 10:.1f}m from a 2025/26 running-cost "
                         f"allowance of £{RUN_ALLOW / 10:.1f}m.")
    numbered(doc, "3.2", f"The proposed structure has {POSTS_NEW} posts, {POSTS_NOW - POSTS_NEW} fewer than today. "
                         f"We will try to keep compulsory redundancies to a minimum by holding vacancies, by "
                         f"redeployment and through a voluntary redundancy scheme, which opened on 2 March 2026.")
    numbered(doc, "3.3", "A formal 45-day consultation with staff will start on 7 April 2026. We expect to confirm "
                         "the new structure in July 2026. Staff side colleagues have been involved in shaping the "
                         "proposals, and I am grateful for their constructive approach.")
    numbered(doc, "3.4", "The risks of the change are recorded on the Board Assurance Framework as a new risk, "
                         "BAF6 (Paper C).")
    doc.add_heading("4. Dunmarsh Community Diagnostic Centre", level=1)
    numbered(doc, "4.1", "The Dunmarsh Community Diagnostic Centre, at the former Riverside Retail Park, opened to "
                         "patients on 2 February 2026. It offers CT, MRI, ultrasound, X-ray, blood tests, "
                         "echocardiography and lung function tests, seven days a week from 8am to 8pm.")
    numbered(doc, "4.2", "The centre cost £14.6m of national capital. When it is fully open in June 2026 it will "
                         "provide 96,000 tests a year, most of them for patients referred by their GP.")
    numbered(doc, "4.3", "In its first four weeks the centre carried out 3,212 tests. Feedback from patients has been "
                         "very positive, particularly about parking and short waits on the day.")
    doc.add_heading("5. Primary care, dentistry and pharmacy", level=1)
    numbered(doc, "5.1", "Three urgent dental care centres opened in October 2025, in Hollinsford, Dunmarsh and "
                         "Carrbeck. To the end of February they had provided 5,410 urgent appointments for people "
                         "who do not have a regular NHS dentist.")
    numbered(doc, "5.2", f"Community pharmacies delivered {PF_Q3:,} Pharmacy First consultations in quarter 3, 18% "
                         f"more than in quarter 2. Sore throat and urinary tract infections were the most common.")
    numbered(doc, "5.3", "From 1 April 2026 Abbeyfield Surgery, Carrbeck Medical Practice and Lowther Street Health "
                         "Centre will merge to form the Carrbeck and District Primary Care Partnership, serving "
                         "38,400 registered patients. Patients do not need to do anything.")
    doc.add_heading("6. Recognition", level=1)
    numbered(doc, "6.1", "Bernadette Quayle, practice nurse at Lowther Street Health Centre, received the regional "
                         "Chief Nurse's Gold Award for her work to raise childhood immunisation rates on the "
                         "Carrbeck estates.")
    numbered(doc, "6.2", "The crisis resolution and home treatment team at Hawsley Community and Mental Health NHS "
                         "Trust was named Team of the Year at the Northern Health and Care Awards in February.")
    doc.add_heading("7. Recommendation", level=1)
    numbered(doc, "7.1", "The Board is asked to note this report.")
    para(doc, "Dr Nathaniel Osei, Chief Executive, March 2026", italic=True)
    return doc


def make_paper_b(start, total):
    doc = doc_start(start, total, "Agenda item 6 – Paper B")
    paper_title(doc, "B", "Finance report – month 11 2025/26")
    cover_sheet(doc, [
        ("Meeting", "ICB Board meeting in public"),
        ("Date", "18 March 2026"),
        ("Agenda item", "6"),
        ("Report title", "Finance report – month 11 2025/26 (February 2026)"),
        ("Executive lead", "Gareth Pellow, Chief Finance Officer"),
        ("Author", "Simon Harte, Deputy Chief Finance Officer"),
        ("Purpose", purpose("Assurance")),
        ("Executive summary", f"At month 11 the system has a year-to-date deficit of £{-FT['ya'] / 10:.1f}m "
                              f"against a breakeven plan. All four organisations still forecast that they will meet "
                              f"their 2025/26 plans, so the system forecast is breakeven, but "
                              f"£{sum(RISKS.values()) / 10:.1f}m of unmitigated risk remains."),
        ("Recommendation", "The Board is asked to:\n(a) note the month 11 financial position;\n"
                           f"(b) note the £{sum(RISKS.values()) / 10:.1f}m of risk to the forecast and the "
                           "mitigations;\n(c) approve the transfer of £1.5m of ICB capital to Dunmarsh and Carrbeck "
                           "Hospitals NHS Trust for a second endoscopy room."),
        ("Link to Board Assurance Framework", "BAF3 (financial sustainability)"),
        ("Previously considered by", "Finance and Investment Committee, 10 March 2026"),
        ("Financial implications", "As set out in the report"),
        ("Conflicts of interest", "None identified"),
    ])
    page_break(doc)
    doc.add_heading("1. Purpose", level=1)
    numbered(doc, "1.1", "This paper reports the financial position of the ICB and the three NHS trusts in the "
                         "system at month 11, the end of February 2026, and the forecast for the year.")
    doc.add_heading("2. System position", level=1)
    numbered(doc, "2.1", f"The system plan for 2025/26 is breakeven. At month 11 the system reports a deficit of "
                         f"£{-FT['ya'] / 10:.1f}m, which is £{-FT['yv'] / 10:.1f}m adverse to plan. Table 1 on the "
                         f"next page gives the position of each organisation.")
    numbered(doc, "2.2", f"Hollinsford Teaching Hospitals is £{-HTH[3] / 10:.1f}m adverse to its year-to-date plan, "
                         f"mainly because of escalation beds and agency medical staff in the emergency department. "
                         f"Dunmarsh and Carrbeck Hospitals is £{-DCH[3] / 10:.1f}m adverse. The ICB is "
                         f"£{ICBF[3] / 10:.1f}m favourable, mainly from lower prescribing costs and continuing "
                         f"healthcare.")
    numbered(doc, "2.3", "Every organisation still forecasts that it will deliver its plan for the year, which "
                         "depends on the mitigations in section 6.")
    doc.add_heading("3. Efficiency", level=1)
    numbered(doc, "3.1", f"The system has delivered £{FT['ey'] / 10:.1f}m of efficiency savings, 77.9% of the "
                         f"£{FT['ep'] / 10:.1f}m plan for the year. It forecasts £{FT['ef'] / 10:.1f}m by 31 March, "
                         f"a shortfall of £{(FT['ep'] - FT['ef']) / 10:.1f}m. The largest shortfall is at "
                         f"Hollinsford Teaching Hospitals (£{(HTH[6] - HTH[8]) / 10:.1f}m).")
    doc.add_heading("4. Agency staffing", level=1)
    numbered(doc, "4.1", f"Agency spend to the end of February was £{FT['ag'] / 10:.1f}m, "
                         f"£{(FT['ag'] - FT['ac']) / 10:.1f}m above the system's year-to-date ceiling of "
                         f"£{FT['ac'] / 10:.1f}m. Hawsley Community and Mental Health NHS Trust is the only trust "
                         f"within its ceiling.")
    doc.add_heading("5. Capital", level=1)
    numbered(doc, "5.1", f"Capital spend to date is £{FT['cy'] / 10:.1f}m, 65% of the £{FT['cp'] / 10:.1f}m plan. "
                         f"Organisations expect to spend their full allocations by 31 March; £19.6m is committed "
                         f"through orders already placed.")
    numbered(doc, "5.2", "The Finance and Investment Committee supported moving £1.5m of ICB capital to Dunmarsh and "
                         "Carrbeck Hospitals NHS Trust for a second endoscopy room at Carrbeck Community Hospital, "
                         "which will add 2,600 procedures a year. The Board is asked to approve this.")
    doc.add_heading("6. Risks to the forecast", level=1)
    numbered(doc, "6.1", f"Unmitigated risks total £{sum(RISKS.values()) / 10:.1f}m: £{RISKS['HTH'] / 10:.1f}m at "
                         f"Hollinsford Teaching Hospitals (escalation beds open in March and the cost of industrial "
                         f"action), £{RISKS['DCH'] / 10:.1f}m at Dunmarsh and Carrbeck Hospitals (efficiency "
                         f"shortfall) and £{RISKS['ICB'] / 10:.1f}m at the ICB (continuing healthcare prices).")
    numbered(doc, "6.2", f"Mitigations of £{MITIGATIONS / 10:.1f}m have been identified, leaving a net risk of "
                         f"£{(sum(RISKS.values()) - MITIGATIONS) / 10:.1f}m. The Chief Finance Officer is confident "
                         f"that the remaining risk can be managed within the system.")
    doc.add_heading("7. Financial plan for 2026/27", level=1)
    numbered(doc, "7.1", "The draft 2026/27 plan submitted on 27 February 2026 shows a gap of £48.3m before further "
                         "efficiencies. The final plan is due on 30 April 2026 and will come to the Board on 20 May "
                         "2026. The gap is reflected in the increased score of BAF3.")
    doc.add_heading("8. Recommendations", level=1)
    numbered(doc, "8.1", "The Board is asked to note the month 11 position and the risks to the forecast, and to "
                         "approve the transfer of £1.5m of capital set out in paragraph 5.2.")

    # landscape section: Table 1 (one wide table with a two-row header)
    new_section(doc, landscape=True)
    para(doc, "Table 1: System financial position by organisation, month 11 2025/26 (£m)", bold=True, size=11,
         color=DARK, after=6)
    ncol = 14
    t = doc.add_table(rows=2 + len(FROWS), cols=ncol)
    t.style = "Table Grid"
    groups = [(0, 0, "Organisation"), (1, 6, "Income and expenditure: surplus / (deficit)"),
              (7, 9, "Efficiency savings"), (10, 11, "Agency staff"), (12, 13, "Capital")]
    for a, b, label in groups:
        c = t.cell(0, a) if a == b else t.cell(0, a).merge(t.cell(0, b))
        cell_text(c, label, size=8.5, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    org = t.cell(0, 0).merge(t.cell(1, 0))
    cell_text(org, "Organisation", size=8.5, bold=True)
    for j, h in enumerate(FIN_COLS, start=1):
        cell_text(t.cell(1, j), h, size=8, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for i in range(2):
        for j in range(ncol):
            shade(t.cell(i, j), "DCE6F2")
    for i, (name, vals) in enumerate(FROWS, start=2):
        last = i == len(FROWS) + 1
        cell_text(t.cell(i, 0), name, size=8.5, bold=last)
        for j, v in enumerate(vals, start=1):
            cell_text(t.cell(i, j), m(v), size=8.5, bold=last, align=WD_ALIGN_PARAGRAPH.RIGHT)
        if last:
            for j in range(ncol):
                shade(t.cell(i, j), "F2F2F2")
    widths(t, [48] + [16.3] * 13)
    cell_margins(t, 1.0)
    para(doc, "", after=2)
    para(doc, "Notes: figures in brackets are deficits or adverse variances. YTD is the year to date, April 2025 to "
              "February 2026. The agency ceiling is the year-to-date share of each trust's annual ceiling; the ICB "
              "does not employ agency staff. Capital is spending against each organisation's capital allocation "
              "(CDEL).", size=8.5)
    para(doc, "Source: month 11 financial returns of each organisation, submitted 9 March 2026.", size=8.5,
         after=10)
    para(doc, "Table 2: ICB expenditure by budget area, month 11 2025/26 (£m)", bold=True, size=11, color=DARK,
         after=6)
    t2 = doc.add_table(rows=len(ICB_EXP) + 2, cols=5)
    t2.style = "Table Grid"
    for j, h in enumerate(["Budget area", "Annual budget", "YTD budget", "YTD actual",
                           "YTD variance: underspend / (overspend)"]):
        cell_text(t2.cell(0, j), h, size=8, bold=True, align=None if j == 0 else WD_ALIGN_PARAGRAPH.CENTER)
        shade(t2.cell(0, j), "DCE6F2")
    for i, (name, ab, yb, ya) in enumerate(ICB_EXP + [("Total ICB expenditure",) + EXP_TOT], start=1):
        last = i == len(ICB_EXP) + 1
        for j, v in enumerate([name, m(ab), m(yb), m(ya), m(yb - ya)]):
            cell_text(t2.cell(i, j), v, size=8.5, bold=last, align=None if j == 0 else WD_ALIGN_PARAGRAPH.RIGHT)
    widths(t2, [70, 22, 22, 22, 34])
    cell_margins(t2, 1.0)
    return doc


def make_paper_c(start, total):
    doc = doc_start(start, total, "Agenda item 7 – Paper C")
    paper_title(doc, "C", "Board Assurance Framework – quarter 4 review")
    cover_sheet(doc, [
        ("Meeting", "ICB Board meeting in public"),
        ("Date", "18 March 2026"),
        ("Agenda item", "7"),
        ("Report title", "Board Assurance Framework (BAF) – quarter 4 2025/26"),
        ("Executive lead", "Joanna Threlfall, Director of Corporate Governance"),
        ("Author", "Kirsty Mallender, Head of Risk and Assurance"),
        ("Purpose", purpose("Approve")),
        ("Executive summary", "The BAF sets out the eight principal risks to the ICB's strategic objectives. "
                              "Since January one risk has increased (BAF3, financial sustainability) and one new "
                              "risk has been added (BAF6, operating model transition). No risk has reduced."),
        ("Recommendation", "The Board is asked to approve the updated Board Assurance Framework, including the "
                           "new risk BAF6, and to note the increased score of BAF3."),
        ("Link to Board Assurance Framework", "All principal risks"),
        ("Previously considered by", "Executive Management Team, 24 February 2026; Audit and Risk Committee, "
                                     "4 March 2026"),
        ("Financial implications", "None arising directly from this report"),
        ("Conflicts of interest", "None identified"),
    ])
    page_break(doc)
    doc.add_heading("1. Purpose", level=1)
    numbered(doc, "1.1", "The Board Assurance Framework (BAF) records the principal risks that could stop the ICB "
                         "meeting its strategic objectives, the controls in place and the assurance the Board "
                         "receives. The full BAF is at Appendix 1.")
    doc.add_heading("2. How risks are scored", level=1)
    numbered(doc, "2.1", "Each risk is scored as likelihood multiplied by impact, each on a scale of 1 to 5. Scores "
                         "of 15 and above are high, 8 to 12 are moderate and 1 to 6 are low. Each risk has a target "
                         "score, the level the Board is prepared to accept, and a date by which it should be "
                         "reached.")
    numbered(doc, "2.2", "The Board's risk appetite is cautious for quality and safety, minimal for compliance and "
                         "regulation, and open for innovation and partnership working.")
    doc.add_heading("3. Changes since the last review", level=1)
    b3, b6 = BAF[2], BAF[5]
    numbered(doc, "3.1", f"BAF3 (financial sustainability) has increased from {b3[6]} to {score['BAF3']} "
                         f"(likelihood 4, impact 5) because the draft 2026/27 financial plan shows a gap of £48.3m "
                         f"before further efficiencies (Paper B, section 7).")
    numbered(doc, "3.2", f"BAF6 is a new risk about the change to the ICB's new operating model. It is scored "
                         f"{score['BAF6']}, with a target of {b6[8][0] * b6[8][1]} by {b6[9]}. The Chief Executive "
                         f"is the lead executive and the People Committee will oversee it.")
    numbered(doc, "3.3", "The scores of the other six risks are unchanged. No risk has reduced this quarter.")
    doc.add_heading("4. The highest risks", level=1)
    numbered(doc, "4.1", f"The three highest-scoring risks are BAF3 ({score['BAF3']}), BAF1 urgent and emergency "
                         f"care ({score['BAF1']}) and BAF6 ({score['BAF6']}). Four risks are rated high: BAF1, BAF3, "
                         f"BAF6 and BAF7.")
    assert [k for k, v in score.items() if v >= 15] == ["BAF1", "BAF3", "BAF6", "BAF7"]
    doc.add_heading("5. Assurance from committees", level=1)
    numbered(doc, "5.1", "The Quality and Performance Committee held a deep dive into BAF1 on 12 February 2026 and "
                         "took partial assurance. The People Committee will hold a deep dive into BAF4 on 14 April "
                         "2026.")
    numbered(doc, "5.2", "Internal audit's review of the risk management framework gave an opinion of substantial "
                         "assurance in January 2026.")
    doc.add_heading("6. Recommendation", level=1)
    numbered(doc, "6.1", "The Board is asked to approve the updated BAF, including the new risk BAF6, and to note "
                         "the increased score of BAF3.")

    new_section(doc, landscape=True)
    para(doc, "Appendix 1: Board Assurance Framework, March 2026", bold=True, size=11, color=DARK, after=6)
    heads = ["Ref", "Strategic objective", "Principal risk", "Lead executive", "Assuring committee",
             "Inherent score", "Score in Jan 2026", "Current score", "Target score and date",
             "Key controls", "Sources of assurance", "Gaps and actions", "Trend"]
    t = doc.add_table(rows=1 + len(BAF), cols=len(heads))
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        cell_text(t.cell(0, j), h, size=7.5, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF))
        shade(t.cell(0, j), "003087")
    repeat_header(t.rows[0])
    fills = {True: "F4C7C3", False: "FCE8B2"}
    for i, (ref, obj, risk, lead, com, inh, prev, cur, tgt, date, ctl, gaps, trend) in enumerate(BAF, start=1):
        vals = [ref, obj, risk, lead, com, f"{inh[0] * inh[1]} ({inh[0]} × {inh[1]})", prev,
                f"{cur[0] * cur[1]} ({cur[0]} × {cur[1]})", f"{tgt[0] * tgt[1]} by {date}", ctl, ASSURANCE[ref],
                gaps, trend]
        for j, v in enumerate(vals):
            cell_text(t.cell(i, j), v, size=8, bold=(j == 0))
        shade(t.cell(i, 7), fills[cur[0] * cur[1] >= 15])
        no_split(t.rows[i])
    widths(t, [11, 18, 35, 22, 22, 14, 14, 14, 16, 28, 25, 27, 15])
    cell_margins(t, 0.9)
    para(doc, "", after=2)
    para(doc, "Scores are likelihood × impact. High: 15-25. Moderate: 8-12. Low: 1-6.", size=8)
    return doc


IQ = [  # metric, standard, Dec 2025, Jan 2026, Feb 2026
    ("A&E four-hour performance (system)", "78% by March 2026", "71.0%", "70.2%", f"{SYS4}%"),
    ("12-hour waits from arrival in ED", "Fewer than 2%", "4.6%", "5.4%", "5.0%"),
    ("Category 2 ambulance response (mean)", "30 minutes", "39 min 05 s", "41 min 32 s", "36 min 48 s"),
    ("Referral to treatment within 18 weeks", "65% by March 2026", "61.7%", "62.1%", "–"),
    ("Patients waiting over 65 weeks", "0", "63", "41", "–"),
    ("Cancer: Faster Diagnosis Standard (28 days)", "80%", "76.9%", "78.6%", "–"),
    ("Cancer: 62-day referral to treatment", "75%", "70.8%", "69.3%", "–"),
    ("Out of area mental health placements (people)", "0", "19", "17", "14"),
    ("Talking therapies recovery rate", "50%", "48.1%", "50.4%", "49.2%"),
    ("Dementia diagnosis rate", "66.7%", "66.2%", "66.5%", "66.9%"),
]


def make_paper_d(start, total):
    doc = doc_start(start, total, "Agenda item 8 – Paper D")
    paper_title(doc, "D", "Integrated quality and performance report")
    cover_sheet(doc, [
        ("Meeting", "ICB Board meeting in public"),
        ("Date", "18 March 2026"),
        ("Agenda item", "8"),
        ("Report title", "Integrated quality and performance report – data to February 2026"),
        ("Executive leads", "Amara Lindqvist, Chief Nursing Officer\nMarcus Fenwright, Director of Performance "
                            "and Delivery"),
        ("Author", "Tom Varley, Head of Performance Intelligence"),
        ("Purpose", purpose("Assurance")),
        ("Executive summary", "Urgent care performance improved in February but remains below the national "
                              "standards. The waiting list fell for the third month running. Cancer performance is "
                              "below standard. The CQC has rated maternity services at Dunmarsh General Hospital as "
                              "requires improvement."),
        ("Recommendation", "The Board is asked to note the report and the actions being taken, and to take "
                           "partial assurance on urgent and emergency care, elective care and cancer."),
        ("Link to Board Assurance Framework", "BAF1 (urgent and emergency care), BAF2 (planned care)"),
        ("Previously considered by", "Quality and Performance Committee, 12 March 2026"),
        ("Financial implications", "None arising directly from this report"),
        ("Conflicts of interest", "None identified"),
    ])
    page_break(doc)
    doc.add_heading("1. Summary", level=1)
    numbered(doc, "1.1", "This report covers the latest data for the ICB's population: February 2026 for urgent "
                         "care and mental health, and January 2026 for elective care and cancer, which are "
                         "published a month later. Table 1 shows the key standards for the last three months.")
    para(doc, "Table 1: Key standards, Hollinsford and Dunmarsh system", bold=True, size=10, color=DARK, after=3)
    t = doc.add_table(rows=len(IQ) + 1, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(["Measure", "Standard", "Dec 2025", "Jan 2026", "Feb 2026"]):
        cell_text(t.cell(0, j), h, size=9, bold=True)
        shade(t.cell(0, j), "DCE6F2")
    for i, row in enumerate(IQ, start=1):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, size=9, align=None if j < 2 else WD_ALIGN_PARAGRAPH.RIGHT)
    widths(t, [68, 36, 23, 23, 23])
    para(doc, "– = not yet published.", size=8.5)
    doc.add_heading("2. Urgent and emergency care", level=1)
    numbered(doc, "2.1", f"Four-hour performance across the system was {SYS4}% in February, against the national "
                         f"standard of 78% by March 2026. Hollinsford General Hospital achieved "
                         f"{100 * WITHIN4['HTH'] / ATT['HTH']:.1f}% and Dunmarsh General Hospital "
                         f"{100 * WITHIN4['DCH'] / ATT['DCH']:.1f}%.")
    numbered(doc, "2.2", f"{TWELVE:,} patients spent more than 12 hours in an emergency department from arrival, "
                         f"5.0% of attendances. Most were waiting for a mental health bed or for a medical bed at "
                         f"Hollinsford General.")
    numbered(doc, "2.3", "The ambulance service's mean Category 2 response time for the ICB area improved to 36 "
                         "minutes 48 seconds, still above the 30-minute standard.")
    doc.add_heading("3. Elective care", level=1)
    numbered(doc, "3.1", "At the end of January 151,240 people were waiting for planned treatment, and 62.1% had "
                         "waited less than 18 weeks. 41 people had waited more than 65 weeks, all at Hollinsford "
                         "Teaching Hospitals in orthopaedics and spinal surgery, and 2,986 had waited more than 52 "
                         "weeks.")
    doc.add_heading("4. Cancer", level=1)
    numbered(doc, "4.1", "The Faster Diagnosis Standard was 78.6% in January, below the 80% standard. 62-day "
                         "performance fell to 69.3%, against 75%. Urology and lower gastrointestinal cancers are the "
                         "main pressures; a one-stop prostate clinic opens at Dunmarsh Community Diagnostic Centre "
                         "in April 2026.")
    doc.add_heading("5. Mental health", level=1)
    numbered(doc, "5.1", "14 people were in out of area mental health placements at the end of February, for a "
                         "total of 388 bed days in the month. In talking therapies 1,612 people started treatment "
                         "in February, and the recovery rate was 49.2% against the 50% standard.")
    doc.add_heading("6. Quality and safety", level=1)
    numbered(doc, "6.1", "Maternity: in a report published on 12 February 2026 the Care Quality Commission rated "
                         "maternity services at Dunmarsh General Hospital as requires improvement, with safe rated "
                         "inadequate. The trust has an action plan and the ICB's Local Maternity and Neonatal "
                         "System is monitoring it monthly.")
    numbered(doc, "6.2", "Infection prevention: there have been 118 cases of C. difficile infection so far this year "
                         "against an annual threshold of 131, and one MRSA bloodstream infection, at Dunmarsh "
                         "General Hospital in February.")
    numbered(doc, "6.3", "Never events: one never event (a retained swab after surgery) was reported at Hollinsford "
                         "Teaching Hospitals in January and is being investigated.")
    doc.add_heading("7. Recommendation", level=1)
    numbered(doc, "7.1", "The Board is asked to note the report and the actions being taken, and to take partial "
                         "assurance on urgent and emergency care, elective care and cancer.")
    return doc


# ---------------------------------------------------------------- build
PARTS = [("00-cover-agenda", None), ("A-chief-executive-report", "A"), ("B-finance-report-m11", "B"),
         ("C-board-assurance-framework", "C"), ("D-integrated-quality-performance-report", "D")]
MAKERS = {None: make_cover_agenda, "A": make_paper_a, "B": make_paper_b, "C": make_paper_c, "D": make_paper_d}


def build(starts, total, pages, tmp):
    pdfs = []
    for (stem, key), start in zip(PARTS, starts):
        doc = MAKERS[key](start, total, pages) if key is None else MAKERS[key](start, total)
        path = BUILD / f"{stem}.docx"
        doc.save(path)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(path)],
                       check=True, capture_output=True)
        pdfs.append(Path(tmp) / f"{stem}.pdf")
    return pdfs


def main():
    BUILD.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        # pass 1: count each document's pages
        pdfs = build([1] * len(PARTS), 99, {k: 0 for k in "ABCD"}, tmp)
        counts = [len(PdfReader(str(p)).pages) for p in pdfs]
        starts, n = [], 1
        for c in counts:
            starts.append(n)
            n += c
        total = n - 1
        pages = {key: s for (stem, key), s in zip(PARTS, starts) if key}
        # pass 2: the real numbering
        pdfs = build(starts, total, pages, tmp)
        assert [len(PdfReader(str(p)).pages) for p in pdfs] == counts, "page counts moved in pass 2"
        w = PdfWriter()
        rotated = []
        for p in pdfs:
            for page in PdfReader(str(p)).pages:
                wd, ht = float(page.mediabox.width), float(page.mediabox.height)
                if wd > ht:   # landscape page -> portrait page, content turned, /Rotate 90
                    new = PageObject.create_blank_page(width=ht, height=wd)
                    new.merge_transformed_page(page, Transformation().rotate(90).translate(ht, 0))
                    new.rotation = 90
                    w.add_page(new)
                    rotated.append(len(w.pages))
                else:
                    w.add_page(page)
        w.add_metadata({"/Title": "ICB Board meeting in public – 18 March 2026 – papers",
                        "/Author": "NHS Hollinsford and Dunmarsh ICB"})
        w.write(OUT)
    r = PdfReader(str(OUT))
    assert len(r.pages) == total
    for i, page in enumerate(r.pages, start=1):
        assert f"Page {i} of {total}" in page.extract_text(), i
    assert len(rotated) >= 2
    print(f"wrote {OUT.name}: {total} pages, parts {counts}, starts {starts}, rotated pages {rotated}")


if __name__ == "__main__":
    main()
