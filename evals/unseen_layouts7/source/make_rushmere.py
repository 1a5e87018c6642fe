"""Rushmere Borough Council, Health and Wellbeing Board, 16 April 2026, item 7: Better Care Fund plan 2026/27.
Written as an OpenDocument text file (.odt) with odfpy, then saved as Word .docx by LibreOffice Writer
(soffice --headless --convert-to docx). The .docx is the document read.

Two passes: the table of contents is written into the .odt (LibreOffice does not refresh it when it converts
headless), so pass 1 converts to PDF to find each heading's page, and pass 2 writes the page numbers in.

    python make_rushmere.py   # -> rushmere/rushmere-bcf-plan.odt, ../docs/rushmere-...docx
"""
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from odf.opendocument import OpenDocumentText
from odf.style import (Columns, FontFace, ListLevelProperties, PageLayout, PageLayoutProperties,
                       ParagraphProperties, SectionProperties, Style, TabStop, TabStops, TableCellProperties,
                       TableColumnProperties, TableProperties, TextProperties, MasterPage, Footer, Column)
from odf.text import (H, IndexBody, IndexTitle, List, ListItem, ListLevelStyleNumber, OutlineLevelStyle,
                      OutlineStyle, P, Section, Span, Tab, TableOfContent, TableOfContentSource,
                      IndexTitleTemplate, TableOfContentEntryTemplate, IndexEntryChapter, IndexEntryText,
                      IndexEntryTabStop, IndexEntryPageNumber, IndexSourceStyles, IndexSourceStyle, PageNumber, PageCount, ListStyle)
from odf import table

HERE = Path(__file__).resolve().parent
ODT = HERE / "rushmere" / "rushmere-bcf-plan.odt"
OUT = HERE.parent / "docs" / "rushmere-hwb-better-care-fund-plan-2026-27.docx"

# ---------------------------------------------------------------- figures (asserted)
SCHEMES = [  # theme, scheme, ICB minimum contribution, iBCF, DFG (£000)
    ("Keeping people well at home", "Community falls response service", 1240, 310, 0),
    ("Keeping people well at home", "Carers' support and short breaks", 1085, 420, 0),
    ("Keeping people well at home", "Home adaptations and equipment", 0, 0, 2960),
    ("Getting people home from hospital", "Discharge to assess beds", 3420, 1150, 0),
    ("Getting people home from hospital", "Home First reablement", 2870, 960, 0),
    ("Getting people home from hospital", "Trusted assessors", 410, 0, 0),
    ("Protecting adult social care", "Home care and care home packages", 4950, 2340, 0),
    ("Protecting adult social care", "Care Act duties", 690, 0, 0),
]
ICB = sum(s[2] for s in SCHEMES)
IBCF = sum(s[3] for s in SCHEMES)
DFG = sum(s[4] for s in SCHEMES)
TOTAL = ICB + IBCF + DFG
assert (ICB, IBCF, DFG, TOTAL) == (14665, 5180, 2960, 22805), (ICB, IBCF, DFG, TOTAL)
PREV_TOTAL = 21940
assert round(100 * (TOTAL - PREV_TOTAL) / PREV_TOTAL, 1) == 3.9
THEME_TOT = {}
for s in SCHEMES:
    THEME_TOT[s[0]] = THEME_TOT.get(s[0], 0) + s[2] + s[3] + s[4]
assert THEME_TOT["Getting people home from hospital"] == 8810

METRICS = [  # metric, 2024/25 actual, 2025/26 plan, 2025/26 forecast, 2026/27 ambition
    ("Emergency admissions, people aged 65 and over, per 100,000", "2,480", "2,400", "2,436", "2,350"),
    ("Emergency admissions due to falls, people aged 65 and over, per 100,000", "2,050", "1,990", "2,011", "1,940"),
    ("Average days from discharge-ready date to discharge", "1.4", "1.1", "1.2", "0.9"),
    ("Permanent admissions to care homes, people aged 65 and over, per 100,000", "612", "590", "574", "560"),
]


def k(v):
    return "–" if v == 0 else f"{v:,}"


def build_odt(pages):
    """pages: {heading text: page number} from pass 1 (or {} in pass 1)."""
    doc = OpenDocumentText()
    doc.fontfacedecls.addElement(FontFace(name="Liberation Sans", fontfamily="'Liberation Sans'",
                                          fontfamilygeneric="swiss", fontpitch="variable"))
    S = doc.styles
    A = doc.automaticstyles

    def ps(name, size="11pt", bold=False, before="0cm", after="0.21cm", parent=None, outline=None, auto=False,
           color=None, display=None, keep=False, align=None):
        st = Style(name=name, family="paragraph", displayname=display or name)
        if parent:
            st.setAttribute("parentstylename", parent)
        if outline:
            st.setAttribute("defaultoutlinelevel", str(outline))
        pp = dict(margintop=before, marginbottom=after)
        if keep:
            pp["keepwithnext"] = "always"
        if align:
            pp["textalign"] = align
        st.addElement(ParagraphProperties(**pp))
        tp = dict(fontname="Liberation Sans", fontsize=size)
        if bold:
            tp["fontweight"] = "bold"
        if color:
            tp["color"] = color
        st.addElement(TextProperties(**tp))
        (A if auto else S).addElement(st)
        return st

    ps("Standard")
    ps("Text body", parent="Standard")
    H1 = ps("Heading 1", "14pt", True, "0.5cm", "0.2cm", outline=1, color="#1d4e89", keep=True)
    H2 = ps("Heading 2", "12pt", True, "0.35cm", "0.15cm", outline=2, color="#1d4e89", keep=True)
    H3 = ps("Heading 3", "11pt", True, "0.25cm", "0.1cm", outline=3, keep=True)
    APPX = ps("Appendix heading", "14pt", True, "0.5cm", "0.2cm", color="#1d4e89", keep=True)
    TITLE = ps("Title", "20pt", True, "0cm", "0.3cm", color="#1d4e89")
    SUB = ps("Subtitle", "12pt", False, "0cm", "0.4cm")
    CONT_H = ps("Contents Heading", "14pt", True, "0.3cm", "0.2cm", color="#1d4e89")
    contents = []
    for lvl in (1, 2, 3):
        st = Style(name=f"Contents {lvl}", family="paragraph", displayname=f"Contents {lvl}")
        pp = ParagraphProperties(marginleft=f"{0.5 * (lvl - 1)}cm", marginbottom="0.08cm")
        tabs = TabStops()
        tabs.addElement(TabStop(position=f"{16.0 - 0.5 * (lvl - 1)}cm", type="right", leaderstyle="dotted",
                                leadertext="."))
        pp.addElement(tabs)
        st.addElement(pp)
        st.addElement(TextProperties(fontname="Liberation Sans", fontsize="10.5pt"))
        S.addElement(st)
        contents.append(st)
    CELL_P = ps("Table Contents", "10pt", after="0cm", parent="Standard")
    CELL_H = ps("Table Heading", "10pt", True, after="0cm", parent="Standard", color="#ffffff")
    CAPTION = ps("Caption", "10pt", True, "0.2cm", "0.15cm", keep=True)
    FOOT = ps("Footer", "8.5pt", after="0cm")

    # outline numbering 1 / 1.1 / 1.1.1
    ol = OutlineStyle(name="Outline")
    for lvl in range(1, 11):
        o = OutlineLevelStyle(level=lvl, numformat="1" if lvl <= 3 else "", displaylevels=str(min(lvl, 3)),
                              numsuffix=" " if lvl <= 3 else "")
        o.addElement(ListLevelProperties(minlabelwidth=f"{0.9 + 0.3 * (min(lvl, 3) - 1)}cm"))
        ol.addElement(o)
    S.addElement(ol)

    # recommendation list (a), (b) ...
    rec = ListStyle(name="LRec")
    lv = ListLevelStyleNumber(level=1, numformat="a", numprefix="(", numsuffix=")")
    lv.addElement(ListLevelProperties(spacebefore="0.6cm", minlabelwidth="0.8cm"))
    rec.addElement(lv)
    A.addElement(rec)

    # page layout, footer with page numbers
    pl = PageLayout(name="pm1")
    pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="2cm", marginbottom="1.5cm",
                                       marginleft="2.2cm", marginright="2.2cm", printorientation="portrait"))
    A.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    ft = Footer()
    fp = P(stylename=FOOT)
    fp.addText("Rushmere Health and Wellbeing Board, 16 April 2026, item 7 \u2013 Better Care Fund plan 2026/27"
               "\u2003\u2003Page ")
    fp.addElement(PageNumber(selectpage="current"))
    fp.addText(" of ")
    fp.addElement(PageCount())
    ft.addElement(fp)
    mp.addElement(ft)
    doc.masterstyles.addElement(mp)

    sec2 = Style(name="Sect2", family="section")
    sp = SectionProperties()
    cols = Columns(columncount="2", columngap="0.8cm")
    cols.addElement(Column(relwidth="1*", startindent="0cm", endindent="0.4cm"))
    cols.addElement(Column(relwidth="1*", startindent="0.4cm", endindent="0cm"))
    sp.addElement(cols)
    sec2.addElement(sp)
    A.addElement(sec2)

    def cellstyle(name, fill):
        st = Style(name=name, family="table-cell")
        st.addElement(TableCellProperties(backgroundcolor=fill, border="0.5pt solid #7f8fa6", padding="0.1cm"))
        A.addElement(st)
        return st
    C_HEAD = cellstyle("ceH", "#1d4e89")
    C_BODY = cellstyle("ceB", "#ffffff")
    C_THEME = cellstyle("ceT", "#e6eef7")
    C_TOT = cellstyle("ceS", "#d9e2ec")

    body = doc.text
    heads = []  # (level, number, text)
    counters = [0, 0, 0]

    def h(level, text):
        counters[level - 1] += 1
        for i in range(level, 3):
            counters[i] = 0
        num = ".".join(str(c) for c in counters[:level])
        heads.append((level, num, text))
        body.addElement(H(outlinelevel=level, stylename={1: H1, 2: H2, 3: H3}[level], text=text))

    def para(text, style="Text body"):
        body.addElement(P(stylename=style, text=text))

    def tbl(name, widths, rows, head_rows=1):
        """rows: list of lists of cells: str, or (str, colspan, rowspan), or None for a covered cell."""
        t = table.Table(name=name)
        tst = Style(name=name, family="table")
        tst.addElement(TableProperties(width=f"{sum(widths)}cm", align="left"))
        A.addElement(tst)
        t.setAttribute("stylename", tst)
        for i, w in enumerate(widths):
            cs = Style(name=f"{name}.{chr(65 + i)}", family="table-column")
            cs.addElement(TableColumnProperties(columnwidth=f"{w}cm"))
            A.addElement(cs)
            t.addElement(table.TableColumn(stylename=cs))
        hr = table.TableHeaderRows()
        for r, row in enumerate(rows):
            tr = table.TableRow()
            for c, cell in enumerate(row):
                if cell is None:
                    tr.addElement(table.CoveredTableCell())
                    continue
                text, cspan, rspan = cell if isinstance(cell, tuple) else (cell, 1, 1)
                head = r < head_rows
                style = C_HEAD if head else (C_TOT if str(row[0]).startswith("Total") else
                                             (C_THEME if rspan > 1 else C_BODY))
                tc = table.TableCell(stylename=style, valuetype="string")
                if cspan > 1:
                    tc.setAttribute("numbercolumnsspanned", str(cspan))
                if rspan > 1:
                    tc.setAttribute("numberrowsspanned", str(rspan))
                tc.addElement(P(stylename=CELL_H if head else CELL_P, text=text))
                tr.addElement(tc)
            (hr if r < head_rows else t).addElement(tr)
            if r == head_rows - 1:
                t.addElement(hr)
        body.addElement(t)

    # ---- title block
    body.addElement(P(stylename=SUB, text="Rushmere Borough Council \u2013 Health and Wellbeing Board"))
    body.addElement(P(stylename=TITLE, text="Better Care Fund plan 2026/27"))
    tbl("Cover", [4.5, 12.1], [
        ["Meeting", "Health and Wellbeing Board"],
        ["Date", "Thursday 16 April 2026"],
        ["Agenda item", "7"],
        ["Report of", "Graham Lusty, Director of Adult Social Services, and Dr Priti Vasanthakumar, Place "
                      "Director, Rushmere Place (Wendle and Tarne Integrated Care Board)"],
        ["Report author", "Tamsin Okonjo-Reid, Head of Integrated Commissioning"],
        ["Decision sought", "Approval"],
        ["Wards affected", "All wards"],
    ], head_rows=0)

    # ---- table of contents (pre-filled; page numbers from pass 1)
    toc = TableOfContent(name="Table of Contents1", protected="true")
    src = TableOfContentSource(outlinelevel="3", useindexsourcestyles="true")
    tt = IndexTitleTemplate(stylename=CONT_H)
    tt.addText("Contents")
    src.addElement(tt)
    for lvl in (1, 2, 3):
        et = TableOfContentEntryTemplate(outlinelevel=str(lvl), stylename=contents[lvl - 1])
        et.addElement(IndexEntryChapter())
        et.addElement(IndexEntryText())
        et.addElement(IndexEntryTabStop(type="right", leaderchar="."))
        et.addElement(IndexEntryPageNumber())
        src.addElement(et)
    iss = IndexSourceStyles(outlinelevel="1")
    iss.addElement(IndexSourceStyle(stylename=APPX))
    src.addElement(iss)
    toc.addElement(src)
    ib = IndexBody()
    it = IndexTitle(name="Table of Contents1_Head")
    it.addElement(P(stylename=CONT_H, text="Contents"))
    ib.addElement(it)
    toc.addElement(ib)
    body.addElement(toc)
    toc_ib = ib

    # ---- body
    h(1, "Purpose of the report")
    para("This report asks the Health and Wellbeing Board to approve the Better Care Fund (BCF) plan for "
         "2026/27 for Rushmere, before it is submitted to NHS England by the national deadline of 1 May 2026. "
         "The plan is a joint plan of Rushmere Borough Council and Wendle and Tarne Integrated Care Board "
         "(the ICB), agreed through the Rushmere Place Joint Commissioning Group on 24 March 2026.")
    h(1, "Recommendations")
    para("The Health and Wellbeing Board is asked to:")
    lst = List(stylename=rec)
    for t in ("approve the Better Care Fund plan for 2026/27, with a total pooled budget of "
              f"\u00a3{TOTAL / 1000:.3f}m;",
              "agree the metric ambitions for 2026/27 set out in Appendix A;",
              "delegate to the Director of Adult Social Services and the Place Director, jointly, any changes "
              "needed after NHS England's assurance process, to be reported back in July 2026; and",
              "note the case studies in section 6."):
        li = ListItem()
        li.addElement(P(stylename="Text body", text=t))
        lst.addElement(li)
    body.addElement(lst)
    h(1, "Background")
    h(2, "What the Better Care Fund is")
    para("The Better Care Fund is a pooled budget, held under a section 75 agreement, that brings together NHS "
         "and local authority money to support people to live independently and to leave hospital without "
         "delay. In Rushmere the council hosts the pooled budget.")
    h(2, "National conditions for 2026/27")
    para("The national policy framework sets four conditions: a jointly agreed plan signed off by the Health and "
         "Wellbeing Board; an NHS minimum contribution to adult social care; investment in NHS-commissioned "
         "out-of-hospital services; and plans to reduce delays in discharge. The ICB's minimum contribution rises "
         "by 5.66% in 2026/27.")
    h(2, "Local priorities")
    para("The plan supports two of the priorities in Rushmere's Joint Local Health and Wellbeing Strategy: "
         "ageing well, and joined-up care closer to home.")
    h(3, "Hospital discharge")
    para("In 2025/26 an average of 38 Rushmere residents a day were in hospital beds at Rushmere General Hospital "
         "after they were ready to leave, against an aim of 30. Most were waiting for a care home place or a "
         "reablement package. The plan keeps 24 discharge to assess beds at Pelham Court and adds a seven-day "
         "Home First service from June 2026.")
    h(3, "Falls and frailty")
    para("Falls are the most common reason for an emergency admission of an older person in Rushmere. The "
         "community falls response service, run by Rushmere Community Health Services, answered 2,914 calls in "
         "2025/26 and took 81% of the people it saw home rather than to hospital.")
    h(1, "Funding")
    h(2, "Sources of funding")
    para(f"The pooled budget for 2026/27 is \u00a3{TOTAL:,}k, up {100 * (TOTAL - PREV_TOTAL) / PREV_TOTAL:.1f}% on "
         f"\u00a3{PREV_TOTAL:,}k in 2025/26. It has three sources: the ICB's minimum contribution "
         f"(\u00a3{ICB:,}k), the Improved Better Care Fund grant paid to the council (\u00a3{IBCF:,}k) and the "
         f"Disabled Facilities Grant (\u00a3{DFG:,}k), which is passed to the council's housing service for home "
         "adaptations. There are no additional voluntary contributions this year.")
    h(2, "Spending by scheme")
    para("Table 1 shows how the fund will be spent, by theme and scheme.")
    body.addElement(P(stylename=CAPTION, text="Table 1: Better Care Fund 2026/27 by scheme (\u00a3000)"))
    rows = [[("Theme", 1, 2), ("Scheme", 1, 2), ("Funding source (\u00a3000)", 3, 1), None, None, ("Total (\u00a3000)", 1, 2)],
            [None, None, "ICB minimum contribution", "Improved Better Care Fund", "Disabled Facilities Grant", None]]
    themes = []
    for s in SCHEMES:
        if s[0] not in themes:
            themes.append(s[0])
    for th in themes:
        group = [s for s in SCHEMES if s[0] == th]
        for i, s in enumerate(group):
            rows.append([(th, 1, len(group)) if i == 0 else None, s[1], k(s[2]), k(s[3]), k(s[4]),
                         k(s[2] + s[3] + s[4])])
    rows.append([("Total", 2, 1), None, k(ICB), k(IBCF), k(DFG), k(TOTAL)])
    tbl("Table1", [3.4, 4.6, 2.2, 2.2, 2.2, 2.0], rows, head_rows=2)
    para("A dash means the scheme receives no money from that source.")
    h(1, "Performance in 2025/26")
    para("Rushmere met two of its four BCF ambitions in 2025/26. Permanent admissions to care homes fell below "
         "plan, and the falls response service kept emergency admissions due to falls close to plan. Discharge "
         "delays and emergency admissions of older people were above plan, mainly because of the winter. The "
         "figures are in Appendix A.")
    h(1, "Case studies")
    sec = Section(name="CaseStudies", stylename=sec2)
    for t in ("Mr D, Thornleigh. Mr D, who is 84, fell at home in November 2025 and could not get up. The "
              "falls response team reached him in 52 minutes, checked him over and helped him up. An occupational "
              "therapist visited two days later and arranged a grab rail and a pendant alarm, paid for from the "
              "Disabled Facilities Grant. He has not fallen since.",
              "Mrs K, Pelham Green. Mrs K, who is 91, was ready to leave hospital after a chest infection but "
              "could not yet manage at home. She spent 12 days in a discharge to assess bed at Pelham Court, "
              "where therapists helped her regain her strength, and then went home with four weeks of "
              "reablement. She now needs one care visit a day instead of the four first planned.",
              "What we learned. Both cases depended on staff from different organisations sharing information "
              "quickly. From September 2026 the falls team and the reablement service will use the same shared "
              "care record."):
        sec.addElement(P(stylename="Text body", text=t))
    body.addElement(sec)
    h(1, "Risks and mitigations")
    para("The main risks are that demand for discharge support rises faster than the budget, and that the "
         "reablement service cannot recruit enough staff for seven-day working. The Joint Commissioning Group "
         "reviews spending every quarter and can move money between schemes within the pooled budget.")
    h(1, "Implications")
    h(2, "Financial")
    para("The plan is within the resources available to both organisations. Any overspend on the pooled budget "
         "is shared 50:50 between the council and the ICB, as set out in the section 75 agreement.")
    h(2, "Legal")
    para("The pooled budget is held under section 75 of the National Health Service Act 2006. The agreement for "
         "2026/27 will be signed by 30 June 2026.")
    h(2, "Equalities")
    para("An equality impact assessment has been completed. It found no negative impact on people with "
         "protected characteristics.")
    body.addElement(P(stylename=APPX, text="Appendix A: Metrics and ambitions"))
    body.addElement(P(stylename=CAPTION, text="Table A1: BCF metrics, Rushmere"))
    mrows = [[("Metric", 1, 2), ("2024/25", 1, 1), ("2025/26", 2, 1), None, ("2026/27", 1, 1)],
             [None, "Actual", "Plan", "Forecast", "Ambition"]]
    mrows += [list(m) for m in METRICS]
    tbl("TableA1", [8.2, 2.1, 2.1, 2.1, 2.1], mrows, head_rows=2)
    para("Forecasts are for the full year, based on data to the end of February 2026. Rates use the Office for "
         "National Statistics mid-2024 population estimates.")
    body.addElement(P(stylename=APPX, text="Appendix B: Glossary"))
    for t in ("Discharge to assess: a short stay, in a bed or at home, after a person leaves hospital, so that "
              "their longer-term needs can be assessed once they have recovered.",
              "Improved Better Care Fund (iBCF): a grant paid directly to councils to support adult social care.",
              "Reablement: short-term help at home, usually for up to six weeks, to help a person relearn everyday "
              "tasks.",
              "Section 75 agreement: a legal agreement that lets the NHS and a council pool money and delegate "
              "functions to each other."):
        para(t)

    # fill the TOC body
    for lvl, num, text in heads + [(1, "", "Appendix A: Metrics and ambitions"), (1, "", "Appendix B: Glossary")]:
        pe = P(stylename=contents[lvl - 1])
        pe.addText((num + " " if num else "") + text)
        pe.addElement(Tab())
        pe.addText(str(pages.get(text, 0)))
        toc_ib.addElement(pe)
    return doc, heads


def convert(src, fmt, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation=file://{outdir}/profile", "--headless", "--convert-to",
                    fmt, "--outdir", str(outdir), str(src)], check=True, capture_output=True, timeout=180)
    return Path(outdir) / (Path(src).stem + "." + fmt.split(":")[0])


def heading_pages(pdf, heads):
    from pypdf import PdfReader
    texts = [" ".join((pg.extract_text() or "").split()) for pg in PdfReader(str(pdf)).pages]
    found = {}
    for lvl, num, text in heads:
        needle = f"{num} {text}" if num else text
        hits = [i + 1 for i, t in enumerate(texts) if needle in t]
        assert hits, needle
        found[text] = hits[-1]  # the last hit: the first is the contents page
    return found


def build():
    ODT.parent.mkdir(parents=True, exist_ok=True)
    pages = {}
    with tempfile.TemporaryDirectory() as td:
        for rnd in (1, 2):
            doc, heads = build_odt(pages)
            doc.save(str(ODT))
            docx = convert(ODT, "docx:MS Word 2007 XML", td)
            pdf = convert(docx, "pdf", td)
            allh = heads + [(1, "", "Appendix A: Metrics and ambitions"), (1, "", "Appendix B: Glossary")]
            new = heading_pages(pdf, allh)
            if rnd == 2:
                assert new == pages, (new, pages)
            pages = new
        OUT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(docx, OUT)
    print("wrote", OUT, "pages", sorted(set(pages.values())))


if __name__ == "__main__":
    build()
