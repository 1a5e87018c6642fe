"""Paper 1: NHS Westmere ICB finance report, Month 10 2025/26 (board 10 February 2026).
A report 'printed from a spreadsheet': landscape A4, a wide table with a two-level header running over
three pages with its header repeated, subtotal and total rows, brackets for adverse variances,
superscript footnote markers in cells, numbered-paragraph commentary and a RAG-rated savings table."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import Doc, balanced  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "westmere-icb-finance-report-2026-02-10.pdf"
NAVY = (0, 48, 135)
LIGHT = (232, 237, 247)
SUB = (214, 222, 238)
GREY = (90, 90, 90)
PAGES = 7

doc = Doc("L", "A4")
W, H = 297, 210
M = 12


def frame(title_right="Finance Report: Month 10 2025/26"):
    doc.add_page()
    doc.box(0, 0, W, 9, fill=NAVY)
    doc.txt(M, 1.5, 150, 6, "NHS Westmere Integrated Care Board", style="B", size=10, family="Sans",
            color=(255, 255, 255))
    doc.txt(W - M - 150, 1.5, 150, 6, "Board meeting in public | 10 February 2026 | Agenda item 11",
            align="R", style="", size=9, color=(255, 255, 255))
    n = doc.page_no()
    doc.txt(M, H - 9, 150, 5, title_right, style="", size=7.5, color=GREY)
    doc.txt(W - M - 60, H - 9, 60, 5, f"Page {n} of {PAGES}", align="R", style="", size=7.5, color=GREY)


def money(v, dash_zero=False):
    if abs(v) < 0.005:
        return "-" if dash_zero else "0.00"
    s = f"{abs(v):,.2f}"
    return f"({s})" if v < 0 else s


# ------------------------------------------------------------------------------------------------
# page 1: cover sheet
frame()
doc.txt(M, 14, 200, 10, "Finance Report: Month 10 (January 2026)", style="B", size=18, color=NAVY)
doc.txt(M, 23, 200, 6, "Report to the Board of NHS Westmere Integrated Care Board", style="", size=10,
        color=GREY)
rows = [
    ("Meeting", "ICB Board meeting in public, 10 February 2026, 10:00, Council Chamber, Westmere Civic "
                "Centre"),
    ("Agenda item / paper", "Item 11 | Paper WICB 26/014"),
    ("Executive lead", "Priya Ramanathan, Chief Finance Officer"),
    ("Report author", "Tomasz Wielgosz, Deputy Director of Financial Planning and Reporting"),
    ("Presented by", "Priya Ramanathan, Chief Finance Officer, with Gareth Pennington-Moore, Non-Executive "
                     "Member and Chair of the Finance, Performance and Investment Committee"),
    ("Purpose", "For assurance and decision. The report sets out the ICB's revenue position at Month 10, "
                "the forecast for the year ending 31 March 2026, delivery of the efficiency programme and "
                "the financial risks that remain."),
    ("Recommendations", "The Board is asked to (a) note the year-to-date overspend of £9.62m; (b) note the "
                        "forecast overspend of £11.30m before mitigations and the unmitigated gap of £3.20m; "
                        "(c) approve the extension of the discretionary spending controls to 31 March 2026; "
                        "(d) note the shortfall against the efficiency plan."),
    ("Key risks", "Board Assurance Framework risk BAF-04 (failure to achieve financial balance), currently "
                  "scored 20 (likelihood 4, impact 5). Continuing healthcare prices and primary care "
                  "prescribing are the largest risks to the forecast."),
    ("Previously considered by", "Finance, Performance and Investment Committee, 29 January 2026 "
                                 "(Month 9 position)"),
    ("Conflicts of interest", "None identified."),
    ("Equality and quality impact", "The discretionary spending controls exclude patient-facing services; "
                                    "no adverse equality impact has been identified."),
]
y = 34
doc.set_font("Sans", "", 9)
for label, val in rows:
    lines = doc.split(205, val)
    h = max(7, 4.6 * len(lines) + 2.6)
    doc.box(M, y, 62, h, fill=LIGHT, draw=(170, 180, 200))
    doc.box(M + 62, y, 211, h, draw=(170, 180, 200))
    doc.txt(M + 2, y + 1.3, 58, 4.6, label, style="B", size=9)
    yy = y + 1.3
    doc.set_font("Sans", "", 9)
    for ln in lines:
        doc.txt(M + 64, yy, 205, 4.6, ln, style=None)
        yy += 4.6
    y += h

# ------------------------------------------------------------------------------------------------
# page 2: narrative commentary, numbered paragraphs in two wide columns
frame()
doc.txt(M, 13, 250, 8, "Commentary on the Month 10 position", style="B", size=14, color=NAVY)
S = {
    "h": dict(family="Sans", style="B", size=10, lh=5, before=2.5, after=0.8, color=NAVY),
    "p": dict(family="Sans", style="", size=8.8, lh=4.1, before=0.5, after=0.6),
}
paras = [
    ("h", "1. Summary"),
    ("p", "1.1 At Month 10 (January 2026) the ICB reports a year-to-date overspend of £9.62m against its "
          "breakeven plan. The in-month position was £1.52m adverse, the largest monthly deterioration so "
          "far this financial year."),
    ("p", "1.2 The forecast outturn before mitigations is an overspend of £11.30m. Mitigations of £8.10m "
          "have been identified (Table 3), leaving an unmitigated gap of £3.20m. The ICB continues to report "
          "a breakeven forecast to NHS England, with the gap recorded as a risk."),
    ("p", "1.3 The position includes the release of the whole £9.00m contingency reserve. No contingency "
          "remains to absorb further pressures in February and March."),
    ("h", "2. Main variances"),
    ("p", "2.1 Continuing healthcare for adults is £5.42m overspent year to date. The number of fully "
          "funded packages rose from 1,284 in April to 1,391 in January, and the average weekly cost of a "
          "nursing home placement is now £1,486, 9% above the planning assumption."),
    ("p", "2.2 Primary care prescribing is £4.96m overspent. Prices of several generic medicines rose after "
          "national shortages, and the number of items dispensed is 3.1% higher than last year. Prescribing "
          "data runs two months behind, so the January figure is an estimate."),
    ("p", "2.3 Independent sector elective activity is £3.86m overspent because providers have delivered "
          "more orthopaedic and ophthalmology activity than the indicative plan. From 1 February 2026 "
          "routine cataract referrals to independent providers are reviewed by the Westmere Referral "
          "Support Service before they are accepted."),
    ("p", "2.4 Mental health out of area placements are £3.15m overspent. On 31 January 2026 there were 23 "
          "adults placed in acute mental health beds outside Westmere, against a plan of 9. Twelve new beds "
          "at the Larkspur Unit in Ravensholt are due to open in May 2026."),
    ("p", "2.5 These pressures are partly offset by underspends on ICB running costs (£1.53m, mainly "
          "vacancies held ahead of the ICB restructure) and the Additional Roles Reimbursement Scheme "
          "(£0.94m), where practices have recruited more slowly than planned."),
    ("h", "3. Efficiency programme"),
    ("p", "3.1 The ICB's efficiency plan for 2025/26 is £23.70m. By Month 10 £14.90m had been delivered "
          "against a year-to-date plan of £19.65m. The forecast is £18.95m, a shortfall of £4.75m. Details "
          "of each scheme are given in Table 2."),
    ("h", "4. Cash, capital and payment performance"),
    ("p", "4.1 The ICB paid 96.4% of non-NHS invoices by value within 30 days in the year to date, against "
          "the Better Payment Practice Code target of 95%. The cash balance at 31 January 2026 was £1.87m, "
          "within the limit of 1.25% of the monthly drawdown."),
    ("p", "4.2 The primary care capital allocation of £4.35m is forecast to be spent in full; £2.81m had "
          "been spent by 31 January 2026, mainly on the extension of Orchard Lane Surgery in Kingsbury."),
]
left, _ = balanced(doc, paras, [(M, 24, 132, 170), (M + 141, 24, 132, 170)], S)
assert not left, left

# ------------------------------------------------------------------------------------------------
# pages 3-5: Table 1
# rows: (kind, label, annual budget, month variance, ytd variance, forecast variance, footnotes)
# footnotes: dict column -> marker, column one of label, mb, ma, mv, yb, ya, yv, fb, ff, fv
T = [
    ("sec", "Acute services"),
    ("row", "Westmere General Hospital NHS Foundation Trust", 612.40, 0, 0, 0, {}),
    ("row", "Kingsbury and Lowfield Hospitals NHS Trust", 438.75, 0, 0, 0, {}),
    ("row", "Tennant Valley University Hospitals NHS FT (out of area)", 96.30, -0.21, -1.64, -1.90, {}),
    ("row", "Independent sector providers (elective)", 41.20, -0.48, -3.86, -4.60, {"label": "1"}),
    ("row", "Non-contracted activity", 18.60, -0.12, -0.95, -1.10, {}),
    ("row", "Southern Counties Ambulance Service NHS Trust", 84.90, 0, 0, 0, {}),
    ("row", "Other acute contracts", 22.35, 0.05, 0.42, 0.50, {}),
    ("sub", "Subtotal: acute services"),
    ("sec", "Mental health and learning disability"),
    ("row", "Westmere and Ravensholt Partnership NHS FT", 174.80, 0, 0, 0, {}),
    ("row", "Mental health out of area placements", 9.40, -0.38, -3.15, -3.80, {"fv": "3"}),
    ("row", "Learning disability and autism packages", 27.60, -0.09, -0.71, -0.85, {}),
    ("row", "NHS Talking Therapies (independent providers)", 6.85, 0.04, 0.31, 0.35, {}),
    ("row", "Mental health voluntary sector grants", 4.20, 0, 0.02, 0, {}),
    ("sub", "Subtotal: mental health and learning disability"),
    ("sec", "Community services"),
    ("row", "Westmere Community Health CIC", 121.50, 0, 0, 0, {}),
    ("row", "Hospices and palliative care", 11.30, 0.02, 0.15, 0.20, {}),
    ("row", "Community equipment service (pooled budget)", 8.90, -0.06, -0.48, -0.55, {}),
    ("row", "Wheelchair services", 3.70, 0.01, 0.08, 0.10, {}),
    ("sub", "Subtotal: community services"),
    ("sec", "Primary care and prescribing"),
    ("row", "Delegated primary medical care (GP contracts)", 168.40, 0.03, 0.27, 0.30, {}),
    ("row", "Additional Roles Reimbursement Scheme", 21.90, 0.11, 0.94, 1.20, {}),
    ("row", "Primary care prescribing", 201.60, -0.72, -4.96, -5.90, {"ya": "2"}),
    ("row", "Delegated pharmacy, optometry and dental services", 88.20, 0.10, 0.85, 1.00, {}),
    ("row", "Local enhanced services", 6.10, -0.02, -0.14, -0.15, {}),
    ("sub", "Subtotal: primary care and prescribing"),
    ("sec", "Continuing healthcare"),
    ("row", "Continuing healthcare: adults", 74.30, -0.66, -5.42, -6.50, {}),
    ("row", "Children's continuing care", 5.80, -0.05, -0.38, -0.45, {}),
    ("row", "Funded nursing care", 14.70, 0.03, 0.21, 0.25, {}),
    ("row", "Section 117 aftercare (joint funded)", 10.90, -0.08, -0.62, -0.75, {}),
    ("sub", "Subtotal: continuing healthcare"),
    ("sec", "Other programme services"),
    ("row", "Better Care Fund (NHS minimum contribution)", 92.40, 0, 0, 0, {}),
    ("row", "NHS 111 and integrated urgent care", 13.60, 0.02, 0.16, 0.20, {}),
    ("row", "Hospital discharge funding", 9.75, -0.04, -0.30, -0.35, {}),
    ("row", "Other programme services", 12.85, 0.06, 0.55, 0.65, {}),
    ("sub", "Subtotal: other programme services"),
    ("tot", "Total programme costs"),
    ("sec", "Running costs and reserves"),
    ("row", "ICB running costs: pay", 18.60, 0.14, 1.22, 1.45, {}),
    ("row", "ICB running costs: non-pay", 5.90, 0.03, 0.31, 0.40, {}),
    ("row", "Contingency reserve", 9.00, 0.75, 7.50, 9.00, {"label": "4"}),
    ("grand", "TOTAL ICB EXPENDITURE"),
]


def values(a, mv, yv, fv):
    mb = round(a / 12, 2)
    yb = round(a * 10 / 12, 2)
    return [mb, round(mb - mv, 2), mv, yb, round(yb - yv, 2), yv, a, round(a - fv, 2), fv]


rows_out = []
acc_sub = [0.0] * 9
acc_prog = [0.0] * 9
acc_all = [0.0] * 9
for r in T:
    kind = r[0]
    if kind == "row":
        v = values(*r[2:6])
        acc_sub = [a + b for a, b in zip(acc_sub, v)]
        acc_all = [a + b for a, b in zip(acc_all, v)]
        rows_out.append(("row", r[1], v, r[6]))
    elif kind == "sub":
        rows_out.append(("sub", r[1], acc_sub, {}))
        acc_prog = [a + b for a, b in zip(acc_prog, acc_sub)]
        acc_sub = [0.0] * 9
    elif kind == "tot":
        rows_out.append(("tot", r[1], acc_prog, {}))
    elif kind == "grand":
        rows_out.append(("grand", r[1], acc_all, {}))
    else:
        rows_out.append(("sec", r[1], None, {}))

COLS = ["mb", "ma", "mv", "yb", "ya", "yv", "fb", "ff", "fv"]
LW = 84
CW = (W - 2 * M - LW) / 9
RH = 6.6
HDR_Y = 30


def table_header(y):
    doc.set_draw_color(150, 160, 185)
    doc.box(M, y, LW, 15, fill=NAVY)
    for g, name in enumerate(["Month 10 (January 2026)", "Year to date (April 2025 to January 2026)",
                              "Forecast outturn 2025/26"]):
        x = M + LW + g * 3 * CW
        doc.box(x, y, 3 * CW, 6, fill=NAVY, draw=(255, 255, 255), lw=0.3)
        doc.txt(x, y + 0.5, 3 * CW, 5, name, align="C", style="B", size=8, color=(255, 255, 255))
    doc.txt(M + 2, y + 8, LW - 4, 5, "Service area", style="B", size=8, color=(255, 255, 255))
    subs = ["Budget £m", "Actual £m", "Variance £m"] * 2 + ["Annual budget £m", "Forecast £m",
                                                           "Variance £m"]
    for k, s in enumerate(subs):
        x = M + LW + k * CW
        doc.box(x, y + 6, CW, 9, fill=NAVY, draw=(255, 255, 255), lw=0.3)
        doc.set_font("Sans", "B", 8)
        ls = doc.split(CW - 3, s)
        yy = y + 6 + (9 - 4 * len(ls)) / 2
        for ln in ls:
            doc.txt(x, yy, CW - 1.5, 4, ln, align="R", style=None, color=(255, 255, 255))
            yy += 4
    return y + 15


def table_row(y, kind, label, v, notes):
    fill = {"sub": SUB, "tot": (190, 202, 228), "grand": (160, 176, 212)}.get(kind)
    if kind == "sec":
        doc.box(M, y, W - 2 * M, RH, fill=LIGHT)
        doc.txt(M + 1.5, y + 0.8, LW, 5, label, style="B", size=8.3, color=NAVY)
        return
    if fill:
        doc.box(M, y, W - 2 * M, RH, fill=fill)
    doc.set_draw_color(200, 205, 215)
    doc.set_line_width(0.15)
    doc.line(M, y + RH, W - M, y + RH)
    bold = "B" if kind != "row" else ""
    doc.set_font("Sans", bold, 8.3)
    doc.set_xy(M + (4 if kind == "row" else 1.5), y + 0.8)
    doc.cell(doc.get_string_width(label) + 0.4, 5, label)
    if "label" in notes:
        doc.char_vpos = "SUP"
        doc.cell(3, 5, notes["label"])
        doc.char_vpos = "LINE"
    for k, c in enumerate(COLS):
        x = M + LW + k * CW
        text = money(v[k], dash_zero=c in ("mv", "yv", "fv"))
        if c in notes:
            doc.set_font("Sans", bold, 8.3)
            tw = doc.get_string_width(text)
            doc.txt(x + CW - 4.5 - tw, y + 0.8, tw + 0.2, 5, text, style=None)
            doc.char_vpos = "SUP"
            doc.set_xy(x + CW - 4.3, y + 0.8)
            doc.cell(3, 5, notes[c])
            doc.char_vpos = "LINE"
        else:
            doc.txt(x, y + 0.8, CW - 1.5, 5, text, align="R", style=bold, size=8.3)


per_page = [19, 19, 100]
i = 0
for pg in range(3):
    frame()
    if pg == 0:
        doc.txt(M, 13, 260, 7, "Table 1: Revenue expenditure by service area, Month 10 2025/26 (£m)",
                style="B", size=12, color=NAVY)
        doc.txt(M, 20.5, 270, 5, "Favourable variances are shown as positive numbers; adverse variances "
                "(overspends) are shown in brackets. Numbers may not add because of rounding.",
                style="I", size=8, color=GREY)
    else:
        doc.txt(M, 13, 260, 7, "Table 1 (continued): Revenue expenditure by service area, Month 10 "
                "2025/26 (£m)", style="B", size=12, color=NAVY)
    y = table_header(HDR_Y)
    n = 0
    while i < len(rows_out) and n < per_page[pg]:
        kind, label, v, notes = rows_out[i]
        table_row(y, kind, label, v, notes)
        y += RH
        i += 1
        n += 1
    if pg == 2:
        y += 4
        notes_text = [
            "Notes to Table 1",
            "1 Independent sector activity is paid at national tariff for each case, so activity above the "
            "indicative plan is an overspend. The forecast assumes February and March activity at the "
            "January run rate.",
            "2 Prescribing actuals are based on November 2025 dispensing data (two months in arrears) plus "
            "an estimate for December and January.",
            "3 The forecast assumes the number of out of area placements falls from 23 to 15 by the end of "
            "March 2026.",
            "4 The contingency reserve has been released in equal monthly amounts of £0.75m to offset "
            "pressures; nothing is left of it for the rest of the year.",
        ]
        for k, t in enumerate(notes_text):
            y = doc.para(M, y, 270, 4, t, style="B" if k == 0 else "", size=7.8,
                         color=NAVY if k == 0 else GREY)
assert i == len(rows_out)

# ------------------------------------------------------------------------------------------------
# page 6: savings schemes
frame()
doc.txt(M, 13, 260, 7, "Table 2: Efficiency schemes 2025/26, delivery to Month 10 (£m)", style="B",
        size=12, color=NAVY)
hdr = ["Scheme", "Lead", "Type", "Annual plan £m", "Plan to date £m", "Delivered to date £m",
       "Forecast £m", "RAG"]
wid = [74, 62, 27, 21, 21, 23, 21, 24]
SAV = [
    ("Medicines optimisation: generic switches and waste", "Ruth Abernethy, Director of Medicines "
     "Optimisation", "Recurrent", 6.50, 5.40, 4.10, 5.20, "Amber"),
    ("Continuing healthcare package reviews and brokerage", "Colette Ndiaye, Chief Nursing Officer",
     "Recurrent", 4.80, 4.00, 2.30, 3.10, "Red"),
    ("Repatriation of mental health out of area placements", "Marcus Quillfeldt, Director of Mental "
     "Health Commissioning", "Recurrent", 3.20, 2.60, 0.90, 1.40, "Red"),
    ("Outpatient follow-up reduction (patient-initiated follow-up)", "Dr Anjali Mehta-Frost, Chief "
     "Medical Officer", "Recurrent", 2.70, 2.25, 2.25, 2.70, "Green"),
    ("ICB running cost reduction (restructure)", "Sian Darroch-Evans, Chief People Officer",
     "Recurrent", 2.40, 2.00, 2.10, 2.55, "Green"),
    ("Community equipment service re-procurement", "Hollis Brand, Director of Community "
     "Commissioning", "Recurrent", 1.10, 0.90, 0.75, 1.00, "Amber"),
    ("Balance sheet review", "Priya Ramanathan, Chief Finance Officer", "Non-recurrent", 3.00, 2.50,
     2.50, 3.00, "Green"),
]
RAGC = {"Red": (230, 80, 70), "Amber": (245, 180, 40), "Green": (80, 170, 90)}
y = 23
x = M
doc.set_draw_color(150, 160, 185)
for k, hd in enumerate(hdr):
    doc.box(x, y, wid[k], 11, fill=NAVY, draw=(255, 255, 255), lw=0.3)
    doc.set_font("Sans", "B", 8)
    ls = doc.split(wid[k] - 3, hd)
    yy = y + (11 - 4 * len(ls)) / 2
    for ln in ls:
        doc.txt(x + 1.5, yy, wid[k] - 3, 4, ln, align="L" if k < 3 else "R", style=None,
                color=(255, 255, 255))
        yy += 4
    x += wid[k]
y += 11
tot = [0.0] * 4
for s in SAV:
    doc.set_font("Sans", "", 8.3)
    l0 = doc.split(wid[0] - 3, s[0])
    l1 = doc.split(wid[1] - 3, s[1])
    h = max(len(l0), len(l1)) * 4 + 2.4
    x = M
    for k in range(8):
        doc.box(x, y, wid[k], h, draw=(190, 195, 210),
                fill=RAGC[s[7]] if k == 7 else None)
        x += wid[k]
    yy = y + 1.2
    for ln in l0:
        doc.txt(M + 1.5, yy, wid[0] - 3, 4, ln, style=None)
        yy += 4
    yy = y + 1.2
    for ln in l1:
        doc.txt(M + wid[0] + 1.5, yy, wid[1] - 3, 4, ln, style=None)
        yy += 4
    x = M + wid[0] + wid[1]
    doc.txt(x + 1.5, y + 1.2, wid[2] - 3, 4, s[2], style=None)
    x += wid[2]
    for k in range(4):
        doc.txt(x, y + 1.2, wid[3 + k] - 1.5, 4, money(s[3 + k]), align="R", style=None)
        tot[k] += s[3 + k]
        x += wid[3 + k]
    doc.txt(x, y + 1.2, wid[7], 4, s[7], align="C", style="B", size=8.3)
    y += h
x = M
doc.box(M, y, sum(wid), 6.5, fill=SUB, draw=(190, 195, 210))
doc.txt(M + 1.5, y + 1.2, 120, 4, "Total efficiency programme", style="B", size=8.3)
x = M + sum(wid[:3])
for k in range(4):
    doc.txt(x, y + 1.2, wid[3 + k] - 1.5, 4, money(tot[k]), align="R", style="B", size=8.3)
    x += wid[3 + k]
y += 11
doc.txt(M, y, 270, 4, "RAG rating: Green = forecast to deliver at least 95% of plan; Amber = 70% to 94%; "
        "Red = below 70%.", style="I", size=7.8, color=GREY)
y += 7
S2 = {"h": S["h"], "p": dict(S["p"], size=8.8)}
more = [
    ("h", "Commentary on the efficiency programme"),
    ("p", "3.2 The two schemes rated red account for £3.50m of the forecast shortfall. Continuing "
          "healthcare package reviews have been slowed by a shortage of nurse assessors: 214 reviews were "
          "completed by the end of January against 410 planned. Two agency nurse assessors started on 12 "
          "January 2026."),
    ("p", "3.3 Repatriation of out of area placements depends on the opening of the Larkspur Unit, so most "
          "of the saving will now fall in 2026/27. The scheme will be carried forward into next year's plan."),
    ("p", "3.4 The balance sheet review is non-recurrent. The underlying shortfall on recurrent schemes is "
          "therefore larger than the headline figure, and it will add to the financial gap the ICB "
          "carries into 2026/27."),
]
left, _ = balanced(doc, more, [(M, y, 132, 190 - y), (M + 141, y, 132, 190 - y)], S2)
assert not left, left

# ------------------------------------------------------------------------------------------------
# page 7: risks and mitigations, recommendations
frame()
doc.txt(M, 13, 260, 7, "Table 3: Forecast risks and mitigations (£m)", style="B", size=12, color=NAVY)
RISK = [
    ("Forecast outturn before mitigations (Table 1)", "", "(11.30)", "tot"),
    ("Mitigations", "", "", "sec"),
    ("Slippage on mental health investment", "Marcus Quillfeldt", "2.40", "row"),
    ("Non-recurrent balance sheet review (additional)", "Priya Ramanathan", "3.20", "row"),
    ("Controls on discretionary spending", "Priya Ramanathan", "1.10", "row"),
    ("Vacancy control in ICB running costs", "Sian Darroch-Evans", "1.40", "row"),
    ("Total mitigations identified", "", "8.10", "tot"),
    ("Unmitigated gap", "", "(3.20)", "grand"),
    ("Further risks not in the forecast", "", "", "sec"),
    ("Continuing healthcare price increases beyond plan", "Colette Ndiaye", "(2.10)", "row"),
    ("Category M generic drug price changes from April", "Ruth Abernethy", "(1.60)", "row"),
    ("Further growth in independent sector activity", "Dr Anjali Mehta-Frost", "(1.20)", "row"),
    ("Costs of industrial action by resident doctors", "Priya Ramanathan", "(0.80)", "row"),
]
y = 22
wd = [120, 60, 28]
for k, hd in enumerate(["Item", "Lead", "£m"]):
    x = M + sum(wd[:k])
    doc.box(x, y, wd[k], 6.5, fill=NAVY, draw=(255, 255, 255))
    doc.txt(x + 1.5, y + 0.8, wd[k] - 3, 5, hd, align="R" if k == 2 else "L", style="B", size=8.3,
            color=(255, 255, 255))
y += 6.5
for it, lead, v, kind in RISK:
    fill = {"sec": LIGHT, "tot": SUB, "grand": (160, 176, 212)}.get(kind)
    doc.box(M, y, sum(wd), 6.2, fill=fill, draw=(200, 205, 215))
    st = "" if kind == "row" else "B"
    doc.txt(M + (4 if kind == "row" else 1.5), y + 0.6, wd[0], 5, it, style=st, size=8.3)
    doc.txt(M + wd[0] + 1.5, y + 0.6, wd[1], 5, lead, style="", size=8.3)
    doc.txt(M + wd[0] + wd[1], y + 0.6, wd[2] - 1.5, 5, v, align="R", style=st, size=8.3)
    y += 6.2
# narrative below the table, two columns
S3 = {"h": S["h"], "p": dict(S["p"], size=8.6, lh=4.0)}
rec = [
    ("h", "5. Risks and controls"),
    ("p", "5.1 The further risks in Table 3 total £5.70m and are not included in the forecast. The "
          "largest is continuing healthcare, where two providers have given notice of fee increases of "
          "more than 10% from 1 March 2026."),
    ("p", "5.2 The Finance, Performance and Investment Committee reviewed the mitigations on 29 January "
          "2026 and rated its assurance on the forecast as partial."),
    ("p", "5.3 Since 1 December 2025 all non-pay spending over £5,000 outside patient care has needed the "
          "approval of the Chief Finance Officer, and all new posts have gone to the vacancy control panel. "
          "The Board is asked to extend these controls to 31 March 2026."),
    ("h", "6. Recommendations"),
    ("p", "6.1 The Board is asked to: note the year-to-date overspend of £9.62m; note the forecast "
          "overspend of £11.30m before mitigations and the unmitigated gap of £3.20m; approve the "
          "extension of the spending controls in paragraph 5.3 to 31 March 2026; and note the forecast "
          "shortfall of £4.75m against the efficiency plan."),
    ("p", "Priya Ramanathan, Chief Finance Officer, 3 February 2026"),
]
left, _ = balanced(doc, rec, [(M, y + 6, 132, 192 - y - 6), (M + 141, y + 6, 132, 192 - y - 6)], S3)
assert not left, left

assert doc.page_no() == PAGES, doc.page_no()
doc.output(str(OUT))
print("wrote", OUT)
