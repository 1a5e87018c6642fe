"""Lunsdale Community and Mental Health NHS Trust: Quarter 3 2025/26 performance, a slide deck presented to the
Trust Board. Written as an OpenDocument presentation (.odp) with odfpy, then exported to PDF by LibreOffice
Impress (soffice --headless --convert-to pdf). Speaker notes are in the .odp and are not printed.

    python make_lunsdale.py   # -> lunsdale/lunsdale-q3-performance.odp, ../docs/lunsdale-...pdf
"""
import shutil
import subprocess
import tempfile
from pathlib import Path

from odf.opendocument import OpenDocumentChart, OpenDocumentPresentation
from odf.style import (ChartProperties, DrawingPageProperties, GraphicProperties, ListLevelProperties,
                       MasterPage, PageLayout, PageLayoutProperties, ParagraphProperties, Style,
                       TableCellProperties, TableColumnProperties, TextProperties)
from odf.text import List, ListItem, ListLevelStyleBullet, ListLevelStyleNumber, ListStyle, P, Span
from odf import chart, draw, presentation, table

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "docs" / "lunsdale-cmht-board-q3-performance-slides-2026-01-29.pdf"
ODP = HERE / "lunsdale" / "lunsdale-q3-performance.odp"

NAVY, TEAL, GREY = "#1f3a5f", "#0f7c80", "#5a5a5a"

# ---------------------------------------------------------------- figures (checked with asserts)
ACCESS = [  # measure, standard, Oct, Nov, Dec, RAG
    ("Talking therapies: first treatment within 6 weeks", "75%", "91.8%", "92.4%", "93.1%", "Green"),
    ("Early intervention in psychosis: treatment within 2 weeks", "60%", "72.0%", "66.7%", "70.6%", "Green"),
    ("Crisis team: face-to-face within 4 hours", "80%", "78.2%", "81.5%", "76.9%", "Amber"),
    ("Crisis line: calls answered within 60 seconds", "90%", "74.0%", "72.8%", "71.4%", "Red"),
    ("Memory assessment within 6 weeks of referral", "60%", "48.3%", "51.0%", "52.7%", "Red"),
    ("Community paediatrics: waiting under 18 weeks", "92%", "61.2%", "60.4%", "59.8%", "Red"),
    ("Out of area placements: bed days in month", "0", "151", "139", "122", "Red"),
]
OAP_Q3 = sum(int(r[k]) for r in ACCESS if r[0].startswith("Out of area") for k in (2, 3, 4))
OAP_Q2 = 655
assert OAP_Q3 == 412

OCC = [  # ward, November, December (% occupancy, leave beds included)
    ("Fellside", 96, 97), ("Brackenridge", 95, 94), ("Larkholme", 90, 88),
    ("Thornbeck PICU", 98, 101), ("Willowmere", 85, 82), ("Ashgill Rehab", 79, 76)]
ADULT_ACUTE = ["Fellside", "Brackenridge", "Larkholme"]
avg_acute_dec = round(sum(d for w, n, d in OCC if w in ADULT_ACUTE) / len(ADULT_ACUTE))
assert avg_acute_dec == 93

FIN = [  # line, plan YTD, actual YTD (£m); costs negative
    ("Income", 142.6, 143.9), ("Pay", -101.8, -104.1), ("Non-pay", -37.9, -37.5),
    ("Financing costs", -3.4, -3.4)]
plan_sd = round(sum(p for _, p, _ in FIN), 1)
act_sd = round(sum(a for _, _, a in FIN), 1)
assert (plan_sd, act_sd) == (-0.5, -1.1), (plan_sd, act_sd)
SAV_PLAN, SAV_DONE = 7.4, 6.1
assert round(SAV_PLAN - SAV_DONE, 1) == 1.3
RESTRAINT_Q2, RESTRAINT_Q3 = 21, 13
assert round(100 * (RESTRAINT_Q2 - RESTRAINT_Q3) / RESTRAINT_Q2) == 38


def money(v):
    return f"({abs(v):.1f})" if v < 0 else f"{v:.1f}"


# ---------------------------------------------------------------- document and styles
doc = OpenDocumentPresentation()
pl = PageLayout(name="PL16x9")
pl.addElement(PageLayoutProperties(pagewidth="28cm", pageheight="15.75cm", printorientation="landscape",
                                   margin="0cm"))
doc.automaticstyles.addElement(pl)

dp = Style(name="dp1", family="drawing-page")
dp.addElement(DrawingPageProperties(backgroundsize="full", fill="solid", fillcolor="#ffffff"))
doc.automaticstyles.addElement(dp)
master = MasterPage(name="Lunsdale", pagelayoutname=pl)
doc.masterstyles.addElement(master)


def gstyle(name, fill=None, **text):
    st = Style(name=name, family="graphic")
    gp = dict(stroke="none", autogrowheight="false", textareaverticalalign="top",
              paddingtop="0.1cm", paddingbottom="0.1cm", paddingleft="0.2cm", paddingright="0.2cm")
    if fill:
        gp.update(fill="solid", fillcolor=fill)
    else:
        gp.update(fill="none")
    st.addElement(GraphicProperties(**gp))
    doc.automaticstyles.addElement(st)
    return st


def pstyle(name, size="18pt", bold=False, color="#000000", align="start", before="0cm", after="0.15cm"):
    st = Style(name=name, family="paragraph")
    st.addElement(ParagraphProperties(textalign=align, margintop=before, marginbottom=after))
    tp = dict(fontname="Liberation Sans", fontfamily="Liberation Sans", fontsize=size, color=color)
    if bold:
        tp["fontweight"] = "bold"
    st.addElement(TextProperties(**tp))
    doc.automaticstyles.addElement(st)
    return st


G_PLAIN = gstyle("gr1")
G_BAND = gstyle("gr2", fill=NAVY)
G_BOX = gstyle("gr3", fill="#e8f1f2")
G_TABLE = gstyle("gr4")
P_TITLE = pstyle("P1", "28pt", True, NAVY)
P_BODY = pstyle("P2", "18pt")
P_SUB = pstyle("P3", "15pt", color=GREY)
P_BAND = pstyle("P4", "11pt", color="#ffffff")
P_BIG = pstyle("P5", "36pt", True, "#ffffff")
P_BIGSUB = pstyle("P6", "20pt", False, "#ffffff")
P_CELL = pstyle("P7", "12pt", after="0cm")
P_CELLB = pstyle("P8", "12pt", True, "#ffffff", after="0cm")
P_HEAD2 = pstyle("P9", "20pt", True, TEAL)
P_NOTE = pstyle("P10", "12pt", color=GREY)
P_NOTES = pstyle("P11", "12pt")

bullets = ListStyle(name="L1")
for lvl, ch, ind in ((1, "\u2022", 0.0), (2, "\u2013", 1.0)):
    b = ListLevelStyleBullet(level=lvl, bulletchar=ch)
    b.addElement(ListLevelProperties(spacebefore=f"{ind}cm", minlabelwidth="0.8cm"))
    b.addElement(TextProperties(fontfamily="Liberation Sans", color=TEAL))
    bullets.addElement(b)
doc.automaticstyles.addElement(bullets)
numbers = ListStyle(name="L2")
n1 = ListLevelStyleNumber(level=1, numformat="1", numsuffix=".")
n1.addElement(ListLevelProperties(spacebefore="0cm", minlabelwidth="1cm"))
numbers.addElement(n1)
doc.automaticstyles.addElement(numbers)

cell_styles = {}
for name, fill in (("ce_head", NAVY), ("ce_body", "#ffffff"), ("ce_band", "#f1f4f8"), ("ce_green", "#d9ead3"),
                   ("ce_amber", "#fce5b6"), ("ce_red", "#f4cccc")):
    st = Style(name=name, family="table-cell")
    st.addElement(GraphicProperties(fill="solid", fillcolor=fill))
    st.addElement(TableCellProperties(border="0.03pt solid #9aa5b1", paddingtop="0.08cm", paddingbottom="0.08cm",
                                      paddingleft="0.15cm", paddingright="0.15cm"))
    doc.automaticstyles.addElement(st)
    cell_styles[name] = st


def colstyle(name, width):
    st = Style(name=name, family="table-column")
    st.addElement(TableColumnProperties(columnwidth=width))
    doc.automaticstyles.addElement(st)
    return st


# ---------------------------------------------------------------- slide helpers
slide_no = [0]
PENDING_NOTES = []


def new_slide(title=None, notes=None):
    slide_no[0] += 1
    page = draw.Page(name=f"Slide{slide_no[0]}", masterpagename=master, stylename=dp)
    doc.presentation.addElement(page)
    # footer band on every slide (typed per slide, as many decks do)
    if slide_no[0] > 1:
        band = draw.Frame(stylename=G_BAND, width="28cm", height="0.8cm", x="0cm", y="14.95cm")
        tb = draw.TextBox()
        tb.addElement(P(stylename=P_BAND, text=f"Lunsdale Community and Mental Health NHS Trust \u2013 Trust Board "
                                               f"29 January 2026 \u2013 Item 9\u2003\u2003Slide {slide_no[0]}"))
        band.addElement(tb)
        page.addElement(band)
    if title:
        fr = draw.Frame(stylename=G_PLAIN, width="26cm", height="1.6cm", x="1cm", y="0.6cm")
        tb = draw.TextBox()
        tb.addElement(P(stylename=P_TITLE, text=title))
        fr.addElement(tb)
        page.addElement(fr)
    if notes:
        nt = presentation.Notes()
        nt.addElement(draw.PageThumbnail(width="14cm", height="7.9cm", x="3.5cm", y="2cm",
                                         pagenumber=str(slide_no[0])))
        fr = draw.Frame(width="17cm", height="12cm", x="2cm", y="11cm", placeholder="false")
        fr.setAttrNS("urn:oasis:names:tc:opendocument:xmlns:presentation:1.0", "class", "notes")
        tb = draw.TextBox()
        for line in notes:
            tb.addElement(P(stylename=P_NOTES, text=line))
        fr.addElement(tb)
        nt.addElement(fr)
        PENDING_NOTES.append((page, nt))   # presentation:notes must follow the slide's shapes
    return page


def text_frame(page, x, y, w, h, items, style=G_PLAIN):
    """items: list of ("p", style, text) / ("ul", [(text, [subtexts])]) / ("ol", [texts])."""
    fr = draw.Frame(stylename=style, width=f"{w}cm", height=f"{h}cm", x=f"{x}cm", y=f"{y}cm")
    tb = draw.TextBox()
    for it in items:
        if it[0] == "p":
            tb.addElement(P(stylename=it[1], text=it[2]))
        elif it[0] == "ul":
            lst = List(stylename=bullets)
            for text, subs in it[1]:
                li = ListItem()
                li.addElement(P(stylename=P_BODY, text=text))
                if subs:
                    sl = List()
                    for s in subs:
                        sli = ListItem()
                        sli.addElement(P(stylename=P_SUB, text=s))
                        sl.addElement(sli)
                    li.addElement(sl)
                lst.addElement(li)
            tb.addElement(lst)
        elif it[0] == "ol":
            lst = List(stylename=numbers)
            for text in it[1]:
                li = ListItem()
                li.addElement(P(stylename=P_BODY, text=text))
                lst.addElement(li)
            tb.addElement(lst)
    fr.addElement(tb)
    page.addElement(fr)


def table_frame(page, x, y, widths, rows, cell_fill=None):
    """A native Impress table (table:table inside a draw:frame)."""
    fr = draw.Frame(stylename=G_TABLE, width=f"{sum(widths)}cm", height=f"{0.9 * len(rows)}cm",
                    x=f"{x}cm", y=f"{y}cm")
    tbl = table.Table()
    for i, w in enumerate(widths):
        tbl.addElement(table.TableColumn(stylename=colstyle(f"co{slide_no[0]}_{i}", f"{w}cm")))
    for r, row in enumerate(rows):
        tr = table.TableRow()
        for c, val in enumerate(row):
            if r == 0:
                cs, ps = cell_styles["ce_head"], P_CELLB
            else:
                cs = cell_styles[(cell_fill(r, c, val) if cell_fill else None) or ("ce_band" if r % 2 == 0 else "ce_body")]
                ps = P_CELL
            tc = table.TableCell(stylename=cs)
            tc.addElement(P(stylename=ps, text=val))
            tr.addElement(tc)
        tbl.addElement(tr)
    fr.addElement(tbl)
    page.addElement(fr)


def chart_frame(page, x, y, w, h, title, cats, series, ytitle):
    """A native chart object (chart:chart in an embedded sub-document) with data labels."""
    ch = OpenDocumentChart()
    s_chart = Style(name="ch1", family="chart")
    s_chart.addElement(GraphicProperties(stroke="none", fill="none"))
    s_title = Style(name="ch2", family="chart")
    s_title.addElement(TextProperties(fontsize="13pt", fontweight="bold", fontfamily="Liberation Sans"))
    s_plot = Style(name="ch3", family="chart")
    s_plot.addElement(ChartProperties(vertical="false", overlap="-10", gapwidth="80"))
    s_axis = Style(name="ch4", family="chart")
    s_axis.addElement(ChartProperties(displaylabel="true", minimum="0", maximum="110", intervalmajor="10"))
    s_axis.addElement(TextProperties(fontsize="10pt", fontfamily="Liberation Sans"))
    s_xaxis = Style(name="ch5", family="chart")
    s_xaxis.addElement(ChartProperties(displaylabel="true"))
    s_xaxis.addElement(TextProperties(fontsize="10pt", fontfamily="Liberation Sans"))
    s_leg = Style(name="ch6", family="chart")
    s_leg.addElement(TextProperties(fontsize="10pt", fontfamily="Liberation Sans"))
    for s in (s_chart, s_title, s_plot, s_axis, s_xaxis, s_leg):
        ch.automaticstyles.addElement(s)
    s_series = []
    for i, col in enumerate(("#9db9d3", NAVY)):
        s = Style(name=f"chs{i}", family="chart")
        s.addElement(ChartProperties(datalabelnumber="value"))
        s.addElement(GraphicProperties(fill="solid", fillcolor=col, stroke="none"))
        s.addElement(TextProperties(fontsize="9pt", fontfamily="Liberation Sans"))
        ch.automaticstyles.addElement(s)
        s_series.append(s)
    c = chart.Chart(attributes={"class": "chart:bar"}, width=f"{w}cm", height=f"{h}cm", stylename=s_chart)
    t = chart.Title(stylename=s_title)
    t.addElement(P(text=title))
    c.addElement(t)
    c.addElement(chart.Legend(legendposition="bottom", stylename=s_leg))
    n = len(cats)
    last = chr(ord("A") + len(series))
    pa = chart.PlotArea(stylename=s_plot, datasourcehaslabels="both",
                        cellrangeaddress=f"local-table.$A$1:.${last}${n + 1}")
    ax = chart.Axis(dimension="x", name="primary-x", stylename=s_xaxis)
    ax.addElement(chart.Categories(cellrangeaddress=f"local-table.$A$2:.$A${n + 1}"))
    pa.addElement(ax)
    ay = chart.Axis(dimension="y", name="primary-y", stylename=s_axis)
    yt = chart.Title()
    yt.addElement(P(text=ytitle))
    ay.addElement(yt)
    pa.addElement(ay)
    for i, (name, vals) in enumerate(series):
        col = chr(ord("B") + i)
        pa.addElement(chart.Series(stylename=s_series[i], attributes={"class": "chart:bar"},
                                   valuescellrangeaddress=f"local-table.${col}$2:.${col}${n + 1}",
                                   labelcelladdress=f"local-table.${col}$1"))
    c.addElement(pa)
    lt = table.Table(name="local-table")
    hc = table.TableHeaderColumns()
    hc.addElement(table.TableColumn())
    lt.addElement(hc)
    cols = table.TableColumns()
    cols.addElement(table.TableColumn(numbercolumnsrepeated=str(len(series))))
    lt.addElement(cols)
    hr = table.TableHeaderRows()
    row = table.TableRow()
    row.addElement(table.TableCell())
    for name, _ in series:
        cell = table.TableCell(valuetype="string")
        cell.addElement(P(text=name))
        row.addElement(cell)
    hr.addElement(row)
    lt.addElement(hr)
    rows = table.TableRows()
    for k, cat in enumerate(cats):
        row = table.TableRow()
        cell = table.TableCell(valuetype="string")
        cell.addElement(P(text=cat))
        row.addElement(cell)
        for _, vals in series:
            cell = table.TableCell(valuetype="float", value=str(vals[k]))
            cell.addElement(P(text=str(vals[k])))
            row.addElement(cell)
        rows.addElement(row)
    lt.addElement(rows)
    c.addElement(lt)
    ch.chart.addElement(c)
    fr = draw.Frame(width=f"{w}cm", height=f"{h}cm", x=f"{x}cm", y=f"{y}cm")
    href = doc.addObject(ch)
    fr.addElement(draw.Object(href=href))
    page.addElement(fr)


# ---------------------------------------------------------------- slides
# 1 title
s = new_slide(notes=["Ruth to open. Thank the performance team; January data will come to the March Board as a "
                     "flash report."])
text_frame(s, 0, 0, 28, 9.2, [("p", P_BIGSUB, "Lunsdale Community and Mental Health NHS Trust"),
                              ("p", P_BIG, "Quarter 3 2025/26: how we performed"),
                              ("p", P_BIGSUB, "October to December 2025")], style=G_BAND)
text_frame(s, 1, 10, 26, 4.5, [
    ("p", P_BODY, "Trust Board meeting in public \u2013 29 January 2026 \u2013 Agenda item 9"),
    ("p", P_SUB, "Presented by Dr Ruth Emberton, Chief Operating Officer"),
    ("p", P_SUB, "For assurance")])

# 2 agenda
s = new_slide("What we will cover")
text_frame(s, 1.5, 2.6, 25, 11, [("ol", [
    "Headlines for the quarter \u2013 Ruth Emberton",
    "Access and waiting times \u2013 Ruth Emberton",
    "Quality and safety \u2013 Joanne Pilbury, Director of Nursing and Quality",
    "Our people \u2013 Sanjay Mistry-Hale, Director of People",
    "Money \u2013 Callum Feriday, Director of Finance and Estates",
    "Risks and what happens next"])])

# 3 headlines
s = new_slide("Headlines for the quarter", notes=[
    "The new call-handling system for the crisis line is supplied under the regional telephony framework; "
    "go-live was moved from January after testing found a fault with call queueing.",
    "Paediatrics: the ICB has been asked for non-recurrent money for a waiting list initiative."])
text_frame(s, 1, 2.4, 26, 12, [("ul", [
    ("Talking therapies beat the 6-week standard in every month of the quarter",
     ["93.1% in December, against a standard of 75%"]),
    ("Out of area placements fell for the third quarter running",
     [f"{OAP_Q3} bed days in Q3, down from {OAP_Q2} in Q2"]),
    ("Crisis line answering times fell short of the standard all quarter",
     ["71.4% of calls answered within 60 seconds in December",
      "New call-handling system goes live on 9 February 2026"]),
    ("Community paediatrics waits remain our biggest access risk",
     ["1,284 children waiting more than 18 weeks at 31 December 2025",
      "Longest wait 71 weeks; 212 children have waited more than a year"]),
])])

# 4 access table
s = new_slide("Access and waiting times")
widths = [11.0, 2.6, 2.6, 2.6, 2.6, 2.6]
rows = [("Measure", "Standard", "Oct 2025", "Nov 2025", "Dec 2025", "RAG (Dec)")] + [tuple(r) for r in ACCESS]
rag_fill = {"Green": "ce_green", "Amber": "ce_amber", "Red": "ce_red"}
table_frame(s, 1, 2.4, widths, rows, cell_fill=lambda r, c, v: rag_fill.get(v) if c == 5 else None)
text_frame(s, 1, 10.1, 26, 3, [("p", P_NOTE, "RAG compares December with the standard: Green met; Amber within "
                                             "5 points; Red more than 5 points short. Out of area placements: "
                                             "any bed day is Red."),
                               ("p", P_NOTE, "Source: Lunsdale performance warehouse, extracted 12 January 2026.")])

# 5 quality, two columns
s = new_slide("Quality and safety", notes=[
    "Joanne to present. The pressure ulcer rise is being looked at by the Patient Safety Incident Response "
    "group; the themes will come to the Quality Committee."])
text_frame(s, 1, 2.3, 12.6, 1, [("p", P_HEAD2, "What went well")])
text_frame(s, 1, 3.3, 12.6, 11, [("ul", [
    ("No never events in the quarter", []),
    ("Prone restraint down 38% on Q2", [f"{RESTRAINT_Q3} incidents in Q3, from {RESTRAINT_Q2} in Q2"]),
    ("Friends and Family Test: 88% rated our services good or very good", ["3,406 responses in the quarter"]),
    ("All six inpatient wards passed the December infection control audit", []),
])])
text_frame(s, 14.4, 2.3, 12.6, 1, [("p", P_HEAD2, "Where we must improve")])
text_frame(s, 14.4, 3.3, 12.6, 11, [("ul", [
    ("Pressure ulcers acquired in our community care (category 3 and 4)", ["9 in Q3, up from 5 in Q2"]),
    ("Three mixed-sex accommodation breaches on Fellside ward", ["All in November, during the bed pressures"]),
    ("Clinical supervision recorded for 74% of staff", ["Our target is 85%"]),
    ("Complaints answered within 40 working days: 68%", []),
])], style=G_BOX)

# 6 chart
s = new_slide("Inpatient bed occupancy by ward", notes=[
    "Thornbeck is above 100% because patients on leave keep their bed. Larkholme will close four beds for "
    "refurbishment in the spring; dates to be confirmed."])
chart_frame(s, 1, 2.3, 18, 12.3, "Bed occupancy, November and December 2025 (%)",
            [w for w, _, _ in OCC], [("November 2025", [n for _, n, _ in OCC]),
                                     ("December 2025", [d for _, _, d in OCC])], "Occupancy (%)")
text_frame(s, 19.6, 3.0, 7.6, 11, [
    ("p", P_BODY, f"Adult acute wards averaged {avg_acute_dec}% in December, against our 85% standard."),
    ("p", P_BODY, "Occupancy includes patients on leave."),
    ("p", P_SUB, "Thornbeck is our psychiatric intensive care unit (PICU); Willowmere is for older adults; "
                 "Ashgill is a rehabilitation unit.")], style=G_BOX)

# 7 people
s = new_slide("Our people")
text_frame(s, 1, 2.4, 26, 12, [("ul", [
    ("Vacancy rate 8.9% in December (target 8.0%)",
     ["Registered nurses 13.2%; medical staff 9.6%", "46 newly qualified nurses started in September and October"]),
    ("Staff turnover 11.2% over the last 12 months", []),
    ("Sickness absence 5.6% in December (target 4.8%)",
     ["Anxiety, stress and depression the top reason, then colds and flu"]),
    ("Agency spend \u00a31.34m in Q3, 2.9% of the pay bill", ["The ceiling is 3.2%"]),
    ("Statutory and mandatory training compliance 91%", []),
])])

# 8 money
fin_rows = [("\u00a3m, April to December", "Plan", "Actual", "Variance")]
for line, p_, a in FIN:
    fin_rows.append((line, money(p_), money(a), money(round(a - p_, 1))))
fin_rows.append(("Surplus / (deficit)", money(plan_sd), money(act_sd), money(round(act_sd - plan_sd, 1))))
s = new_slide("Money: month 9 position", notes=[
    "Callum to present. The support is being discussed with the ICB finance director; the amount may change."])
table_frame(s, 1, 2.4, [7.5, 3, 3, 3], fin_rows,
            cell_fill=lambda r, c, v: "ce_red" if (r == len(fin_rows) - 1 and c == 3) else None)
text_frame(s, 18.2, 2.4, 9, 12, [("ul", [
    (f"Deficit of \u00a3{abs(act_sd):.1f}m to the end of December, \u00a3{abs(act_sd - plan_sd):.1f}m "
     f"worse than plan", []),
    (f"Efficiency savings: \u00a3{SAV_DONE}m delivered against a plan of \u00a3{SAV_PLAN}m", []),
    ("Capital: \u00a33.9m spent of an \u00a38.2m programme", []),
    ("Forecast: break-even for the year, relying on \u00a31.2m of non-recurrent support", []),
])])

# 9 risks and next steps
s = new_slide("Risks and what happens next")
text_frame(s, 1, 2.4, 26, 12, [("ul", [
    ("Top risks on the board assurance framework",
     ["BAF 2: demand for community paediatrics outstrips capacity (score 20)",
      "BAF 5: financial sustainability in 2026/27 (score 16)",
      "BAF 7: crisis line resilience (score 15)"]),
    ("Actions for Quarter 4",
     ["Paediatric waiting list validation finished by 28 February 2026",
      "Crisis line call-handling system live on 9 February 2026",
      "Memory assessment pathway redesign to the Quality Committee in March"]),
    ("The Quarter 4 report comes to the Board on 30 April 2026", []),
])])

# 10 questions
s = new_slide()
text_frame(s, 0, 4.5, 28, 5, [("p", P_BIG, "Questions?"),
                              ("p", P_BIGSUB, "performance@lunsdale-cmht.nhs.example")], style=G_BAND)


def build():
    for page, nt in PENDING_NOTES:
        page.addElement(nt)
    ODP.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(ODP))
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/profile", "--headless", "--convert-to",
                        "pdf", "--outdir", td, str(ODP)], check=True, capture_output=True, timeout=180)
        OUT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(Path(td) / (ODP.stem + ".pdf"), OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
