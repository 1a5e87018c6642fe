"""Wrenford Health and Wellbeing Board, 12 March 2026, item 7: JLHWS annual progress report.
reportlab platypus: BaseDocTemplate, one-column first page, two-column later pages, Table
flowables (SPAN group header, long table with repeatRows=1), a shaded callout, ListFlowables,
superscript note markers and a Notes section, running header/footer drawn in onPage callbacks."""
from pathlib import Path
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, ListFlowable, ListItem, KeepTogether, NextPageTemplate)

OUT = Path(__file__).resolve().parent.parent / "docs" / "wrenford-hwb-strategy-progress-report-2026-03-12.pdf"
FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", FD + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSI", FD + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSB")

body = ParagraphStyle("body", fontName="LS", fontSize=9.5, leading=12.5, spaceAfter=5)
h1 = ParagraphStyle("h1", fontName="LSB", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4,
                    textColor=colors.HexColor("#1d4f7a"))
h2 = ParagraphStyle("h2", fontName="LSB", fontSize=10, leading=13, spaceBefore=5, spaceAfter=3)
title = ParagraphStyle("title", fontName="LSB", fontSize=17, leading=21, spaceAfter=8,
                       textColor=colors.HexColor("#1d4f7a"))
cell = ParagraphStyle("cell", fontName="LS", fontSize=7.5, leading=9)
cellb = ParagraphStyle("cellb", fontName="LSB", fontSize=7.5, leading=9)
note = ParagraphStyle("note", fontName="LS", fontSize=8, leading=10, spaceAfter=3)
P = lambda t, s=body: Paragraph(t, s)
sup = lambda n: f"<super>{n}</super>"

# ---------------- figures ----------------
BCF = [  # scheme, plan, forecast (GBP 000)
    ("Reablement and rehabilitation", 6420, 6515),
    ("Discharge to assess beds", 3980, 4310),
    ("Carers support and breaks", 1150, 1120),
    ("Disabled facilities grant", 2860, 2640),
    ("Community equipment service", 1740, 1905),
    ("Care technology", 690, 655),
]
plan_t = sum(p for _, p, _ in BCF)
fc_t = sum(f for _, _, f in BCF)
assert (plan_t, fc_t) == (16840, 17145), (plan_t, fc_t)
var_t = fc_t - plan_t
assert var_t == 305
d2a_over = 4310 - 3980
assert d2a_over == 330
assert round(var_t * 1000 * 0.38) == 115900 and round(var_t * 1000 * 0.62) == 189100

def k(n):
    return f"{n:,}"

def v(n):
    return ("+" if n > 0 else "–" if n < 0 else "") + f"{abs(n):,}"

IND = [  # group, rows(indicator, baseline, latest, England, status)
    ("Starting well", [
        ("Smoking at time of delivery", "11.8%", "9.6%", "7.4%", "Improving"),
        ("Breastfeeding at 6 to 8 weeks", "41.2%", "44.5%", "49.2%", "Improving"),
        ("Reception-age children living with obesity", "10.9%", "11.3%", "9.6%", "Worsening"),
        ("Good level of development at age 5", "63.1%", "65.8%", "67.7%", "Improving"),
        ("Second MMR dose by age 5", "84.0%", "83.2%", "83.9%", "No change"),
    ]),
    ("Living well", [
        ("Adults who smoke", "15.4%", "13.1%", "11.9%", "Improving"),
        ("Physically inactive adults", "27.8%", "26.9%", "22.0%", "No change"),
        ("Alcohol-related admissions per 100,000", "612", "587", "504", "Improving"),
        ("Hypertension treated to target", "61%", "66%", "68%", "Improving"),
        ("Suicide rate per 100,000", "12.4", "13.0", "10.7", "Worsening"),
    ]),
    ("Ageing well", [
        ("Emergency admissions for falls, 65 and over, per 100,000", "2,210", "2,054", "1,984", "Improving"),
        ("Flu vaccination, 65 and over", "76.9%", "77.4%", "74.9%", "No change"),
        ("Dementia diagnosis rate", "58.3%", "62.7%", "64.8%", "Improving"),
        ("Discharged to usual place of residence", "91.2%", "92.6%", "93.0%", "Improving"),
    ]),
    ("Healthy places", [
        ("Households in fuel poverty", "14.6%", "15.2%", "13.1%", "Worsening"),
        ("Households in temporary accommodation", "318", "402", "n/a", "Worsening"),
        ("Healthy life expectancy, females (years)", "60.1", "59.8", "63.9", "No change"),
    ]),
]
n_rows = sum(len(r) for _, r in IND)
n_imp = sum(1 for _, r in IND for x in r if x[4] == "Improving")
n_wor = sum(1 for _, r in IND for x in r if x[4] == "Worsening")
n_nc = n_rows - n_imp - n_wor
assert (n_rows, n_imp, n_wor, n_nc) == (17, 9, 4, 4), (n_rows, n_imp, n_wor, n_nc)

# ---------------- page furniture ----------------
W, H = A4
M = 18 * mm

def furniture(c, doc):
    c.saveState()
    c.setFont("LS", 7.5)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(M, H - 11 * mm, "Wrenford Health and Wellbeing Board – 12 March 2026")
    c.drawRightString(W - M, H - 11 * mm, "Agenda item 7 – Strategy progress report 2025/26")
    c.setStrokeColor(colors.HexColor("#1d4f7a"))
    c.line(M, H - 13 * mm, W - M, H - 13 * mm)
    c.line(M, 13 * mm, W - M, 13 * mm)
    c.drawString(M, 9 * mm, "Wrenford Borough Council and NHS Vale and Wrenford ICB – OFFICIAL")
    c.drawRightString(W - M, 9 * mm, f"Page {doc.page}")
    c.restoreState()

doc = BaseDocTemplate(str(OUT), pagesize=A4, leftMargin=M, rightMargin=M, topMargin=18 * mm,
                      bottomMargin=18 * mm, title="Joint Local Health and Wellbeing Strategy: progress report 2025/26",
                      author="Wrenford Borough Council", creator="Wrenford committee papers")
fw = W - 2 * M
fh = H - 36 * mm
gap = 7 * mm
cw = (fw - gap) / 2
first = Frame(M, 18 * mm, fw, fh, id="one")
left = Frame(M, 18 * mm, cw, fh, id="left")
right = Frame(M + cw + gap, 18 * mm, cw, fh, id="right")
doc.addPageTemplates([PageTemplate("first", [first], onPage=furniture),
                      PageTemplate("twocol", [left, right], onPage=furniture)])

S = []
S += [P("Wrenford Borough Council", ParagraphStyle("o", parent=body, fontName="LSB", fontSize=10)),
      P("Joint Local Health and Wellbeing Strategy 2024–2029: annual progress report 2025/26", title)]
cover = [
    ("Meeting", "Wrenford Health and Wellbeing Board"),
    ("Date", "Thursday 12 March 2026, 2.00 pm, Council Chamber, Wrenford Civic Centre"),
    ("Report of", "Dr Owen Castellan, Director of Public Health"),
    ("Author", "Rachel Fenwick, Public Health Strategy Manager"),
    ("Board sponsors", "Councillor Amara Lindqvist (Chair) and Tomasz Greaves, Place Director, NHS Vale and Wrenford ICB"),
    ("Wards affected", "All wards"),
    ("Key decision", "No"),
]
ct = Table([[P(a, cellb), P(b, cell)] for a, b in cover], colWidths=[38 * mm, fw - 38 * mm])
ct.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa9b8")),
                        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e3ebf3")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
S += [ct, Spacer(1, 8)]

S += [P("1. Purpose of the report", h1),
      P("1.1 This report sets out the progress made in the second year of the Joint Local Health and "
        "Wellbeing Strategy 2024–2029, which the Board agreed in March 2024. It summarises what has been "
        "delivered under each of the four priorities, reports the latest position on the 17 indicators in "
        "the outcomes framework, and gives the forecast outturn for the Better Care Fund for 2025/26."),
      P("1.2 The report was considered in draft by the Wrenford Place Partnership Executive on 19 February "
        "2026, whose comments on the falls and temporary accommodation indicators have been included."),
      P("2. Recommendations", h1),
      P("The Health and Wellbeing Board is asked to:"),
      ListFlowable([
          ListItem(P("note the progress made against the four strategy priorities in 2025/26;")),
          ListItem(P("note the forecast overspend of £305,000 on the Better Care Fund and agree that the "
                     "Better Care Fund Joint Commissioning Group brings a recovery plan to the June meeting;")),
          ListItem(P("agree that childhood obesity and suicide prevention are the Board's two focus areas "
                     "for the development session on 14 May 2026; and")),
          ListItem(P("delegate approval of the 2026/27 Better Care Fund plan to the Director of Public Health "
                     "and the Place Director, in consultation with the Chair, to meet the national deadline.")),
      ], bulletType="1", bulletFormat="%s.", leftIndent=16, bulletFontName="LS", bulletFontSize=9.5),
      Spacer(1, 8)]

callout = Table([[[
    P("<b>Key messages</b>", ParagraphStyle("km", parent=body, fontSize=10.5)),
    P("Nine of the 17 outcome indicators have improved since the strategy began, four have not changed "
      "and four have worsened. The four that have worsened are childhood obesity, suicide, fuel poverty and "
      "households in temporary accommodation."),
    P("Smoking at the time of delivery has fallen from 11.8% to 9.6%, the largest improvement in the "
      "framework, after the Smokefree Pregnancy Service was extended to all three maternity units."),
    P("The Better Care Fund is forecast to spend £17.145m against a plan of £16.84m. Almost all of the "
      "pressure is in discharge to assess beds, which are £330,000 over plan."),
]]], colWidths=[fw])
callout.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fff4d6")),
                             ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#d9a400")),
                             ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                             ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
S += [KeepTogether([callout]), NextPageTemplate("twocol")]

S += [P("3. Background", h1),
      P("3.1 The strategy was written jointly by Wrenford Borough Council and NHS Vale and Wrenford "
        "Integrated Care Board, with Healthwatch Wrenford, the Wrenford Voluntary Action network and the "
        "borough's two NHS trusts. It has four priorities, taken from the life-course approach in the "
        "Joint Strategic Needs Assessment: starting well, living well, ageing well and healthy places."),
      P("3.2 Wrenford has a population of 214,600." + sup(1) + " Life expectancy at birth is 78.1 years for "
        "men and 82.0 years for women, but there is a gap of 9.4 years for men between the most and least "
        "deprived wards. Closing that gap is the overarching aim of the strategy."),
      P("3.3 Each priority has a lead officer and a small delivery group that reports to the Wrenford Place "
        "Partnership Executive every quarter. The Board receives a full progress report once a year and a "
        "short exception report at every other meeting."),
      P("4. Progress against the priorities", h1),
      P("4.1 Starting well", h2),
      P("4.1.1 The lead for this priority is Bernadette Osei, Assistant Director for Early Help. The main "
        "pieces of work delivered in 2025/26 were:"),
      ListFlowable([
          ListItem(P("the Smokefree Pregnancy Service extended to Wrenford General, Hallam Vale and the "
                     "Millbrook birth centre, with carbon monoxide testing at every antenatal appointment;"), value="•"),
          ListItem(P("two new family hubs opened, at Castlegate in June 2025 and at Brindle Park in "
                     "October 2025, making five in all;"), value="•"),
          ListItem(P("a peer breastfeeding support service, run by the Wrenford Voluntary Action network, "
                     "with 46 trained volunteers; and"), value="•"),
          ListItem(P("a healthy weight pathway for children, with a tier 2 family programme that 212 "
                     "families started in the year."), value="•"),
      ], bulletType="bullet", start="•", leftIndent=12, bulletFontName="LS"),
      P("4.1.2 Childhood obesity remains the biggest concern under this priority. The proportion of "
        "reception-age children living with obesity rose from 10.9% to 11.3%, against 9.6% in England, and "
        "in the five most deprived wards it is 14.8%." + sup(2) + " The Board is asked to make it a focus "
        "area for the May development session."),
      P("4.2 Living well", h2),
      P("4.2.1 The lead is Hamid Rezaei, Consultant in Public Health. Adult smoking prevalence has fallen to "
        "13.1%, and the Stop Smoking Service supported 1,388 people to set a quit date, of whom 702 had quit "
        "at four weeks. The swap to stop scheme gave out 2,400 vape starter kits, targeted at routine and "
        "manual workers and people in contact with mental health services."),
      P("4.2.2 Blood pressure checks have been offered in 24 community pharmacies and at the Wrenford "
        "Market health kiosk, which together carried out 6,930 checks and referred 811 people to their GP "
        "practice. The share of patients with hypertension treated to target rose from 61% to 66%."),
      P("4.2.3 The suicide rate has risen to 13.0 per 100,000, against 10.7 in England. The number of "
        "deaths each year is small, so the rate moves a lot from year to year, but the Suicide Prevention "
        "Partnership has noted a rise among men aged 40 to 59. A refreshed suicide prevention action plan "
        "will come to the Board in September 2026."),
      P("4.3 Ageing well", h2),
      P("4.3.1 The lead is Lorraine Achebe, Director of Adult Social Care. Emergency admissions for falls "
        "among people aged 65 and over fell from 2,210 to 2,054 per 100,000, after the falls response "
        "service began in April 2025. The service is run by the ambulance trust with the council's "
        "community alarm team and reached 1,517 people who had fallen at home, 78% of whom did not need to "
        "go to hospital."),
      P("4.3.2 The dementia diagnosis rate rose to 62.7%, helped by memory assessment clinics held in three "
        "primary care networks. It is still short of the national ambition of 66.7%."),
      P("4.4 Healthy places", h2),
      P("4.4.1 The lead is Gareth Mulholland, Head of Housing and Environmental Health. This is the "
        "priority where the wider pressures on households show most. Fuel poverty rose to 15.2% of "
        "households and the number of households in temporary accommodation rose from 318 to 402." + sup(3)),
      P("4.4.2 The warm homes programme fitted insulation or heating upgrades in 287 homes, and the "
        "winter wellbeing grant helped 1,050 households with energy bills. The healthy streets scheme "
        "introduced school streets at nine primary schools."),
      P("5. Outcomes framework", h1),
      P("5.1 Table 1 shows the 17 indicators. Baseline figures are for 2022/23 and latest figures for "
        "2024/25 unless shown otherwise in the notes. The status compares the latest figure with the "
        "baseline."),
      P("<b>Table 1: Outcomes framework indicators</b>", body),
      ]

hdr = [P("<b>Indicator</b>", cell), P("<b>Baseline</b>", cell), P("<b>Latest</b>", cell),
       P("<b>England</b>", cell), P("<b>Status</b>", cell)]
rows = [hdr]
style = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7f8c99")),
         ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#c9d8e6")),
         ("VALIGN", (0, 0), (-1, -1), "TOP"),
         ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
for g, rs in IND:
    r = len(rows)
    rows.append([P(f"<b>{g}</b>", cell), "", "", "", ""])
    style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#eef2f6"))]
    for x in rs:
        rows.append([P(x[0], cell)] + [P(y, cell) for y in x[1:]])
t1 = Table(rows, colWidths=[cw * 0.33, cw * 0.17, cw * 0.15, cw * 0.17, cw * 0.18], repeatRows=1)
t1.setStyle(TableStyle(style))
S += [t1, Spacer(1, 6)]

S += [P("6. Better Care Fund", h1),
      P("6.1 The Better Care Fund pools £16.84m of council and NHS money in 2025/26 under a section 75 "
        "agreement. The Better Care Fund Joint Commissioning Group, chaired by Tomasz Greaves, oversees it."),
      P("6.2 Table 2 shows the forecast outturn at month 10. The overspend on discharge to assess beds "
        "reflects higher demand over the winter and an average stay of 31 days against a planned 21 days."
        + sup(4) + " It is partly offset by slippage on disabled facilities grant adaptations."),
      P("<b>Table 2: Better Care Fund forecast outturn, month 10</b>", body)]
t2rows = [[P("<b>Scheme</b>", cell), P("<b>2025/26 (£000)</b>", cell), "", ""],
          ["", P("<b>Plan</b>", cell), P("<b>Forecast</b>", cell), P("<b>Variance</b>", cell)]]
for s, p, f in BCF:
    t2rows.append([P(s, cell), P(k(p), cell), P(k(f), cell), P(v(f - p), cell)])
t2rows.append([P("<b>Total</b>", cell), P(f"<b>{k(plan_t)}</b>", cell), P(f"<b>{k(fc_t)}</b>", cell),
               P(f"<b>{v(var_t)}</b>", cell)])
t2 = Table(t2rows, colWidths=[cw * 0.43, cw * 0.19, cw * 0.19, cw * 0.19], repeatRows=2)
t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7f8c99")),
                        ("SPAN", (1, 0), (3, 0)), ("SPAN", (0, 0), (0, 1)),
                        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#c9d8e6")),
                        ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#eef2f6")),
                        ("ALIGN", (1, 0), (-1, 0), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
S += [KeepTogether([t2]), Spacer(1, 6)]

S += [P("7. Financial implications", h1),
      P("7.1 The council and the ICB have agreed to share any Better Care Fund overspend at year end in "
        "proportion to their contributions, which are 38% council and 62% ICB. On the current forecast "
        "this would be £115,900 for the council and £189,100 for the ICB."),
      P("8. Risks", h1),
      P("8.1 The main risks to delivery of the strategy are:"),
      ListFlowable([
          ListItem(P("the end of the public health grant uplift after 2026/27, which funds the family "
                     "hubs' health visiting sessions;"), value="•"),
          ListItem(P("recruitment to the falls response service, which has two vacant posts out of 14; and"), value="•"),
          ListItem(P("rising demand for temporary accommodation, which is also a budget risk for the "
                     "council."), value="•"),
      ], bulletType="bullet", start="•", leftIndent=12, bulletFontName="LS"),
      P("8.2 These risks are on the Place Partnership risk register and are reviewed every quarter."),
      P("9. Next steps", h1),
      P("9.1 The Board's development session on 14 May 2026 will agree actions on the two focus areas. The "
        "next annual progress report will come to the Board in March 2027."),
      P("Background papers: Wrenford Joint Strategic Needs Assessment 2023; Better Care Fund plan 2025/26."),
      P("Notes", h2),
      P("1. Office for National Statistics mid-2024 population estimate.", note),
      P("2. National Child Measurement Programme 2024/25. The five wards are Castlegate, Brindle Park, "
        "Old Forge, Tanners Row and Millbrook South.", note),
      P("3. Households in temporary accommodation is a count at 31 March, not a rate. The latest figure is "
        "for 31 March 2025; the figure at 31 December 2025 was 437.", note),
      P("4. Average length of stay in discharge to assess beds, April to December 2025.", note),
      ]

doc.build(S)
print("wrote", OUT)
