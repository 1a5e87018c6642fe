"""Build ../docs/amberlow-stenfield-ft-performance-scorecard-2026-01.pdf: the integrated performance
scorecard workbook of the fictional Amberlow and Stenfield Hospitals NHS Foundation Trust (month 10,
January 2026), written as an .xlsx with openpyxl (source/amberlow-scorecard-m10.xlsx) and exported to one
PDF by LibreOffice Calc (soffice --headless --convert-to pdf), as a performance team prints a workbook.

Three sheets, each landscape A4 with gridlines printed and "fit to 1 page wide":
- "Scorecard": 32 metrics in 7 merged group rows, months Apr-25..Jan-26 across the top (real dates shown
  with the number format mmm-yy), YTD, a RAG word with a coloured fill, a trend word and the lead's
  initials; the header row is a print title, so it repeats on every printed page;
- "Waiting list": incomplete pathways by specialty and weeks waited, with a total row;
- "Cancer and notes": January cancer standards by tumour site, then notes, RAG rules and the leads' names.
Every total, percentage and RAG word is worked out here and asserted. Run with /work/gen5venv/bin/python."""
import datetime as dt
import subprocess
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

HERE = Path(__file__).resolve().parent
XLSX = HERE / "amberlow-scorecard-m10.xlsx"
OUT = HERE.parent / "docs" / "amberlow-stenfield-ft-performance-scorecard-2026-01.pdf"

TRUST = "Amberlow and Stenfield Hospitals NHS Foundation Trust"
MONTHS = [dt.date(2025, m, 1) for m in range(4, 13)] + [dt.date(2026, 1, 1)]
P, N, M1, GBP = "pct", "int", "num1", "gbp"     # value formats

# (ref, metric, target text, target, amber limit, direction, format, ytd rule, lead, ten monthly values)
GROUPS = [
    ("Urgent and emergency care", [
        ("U1", "A&E 4-hour performance (all types)", "78%", 78, 73, "hi", P, "mean", "COO",
         [74.2, 75.8, 76.9, 75.1, 76.4, 74.9, 73.8, 72.6, 70.9, 71.8]),
        ("U2", "12-hour waits in A&E from arrival (% of attendances)", "2.0% or less", 2.0, 4.0, "lo", P, "mean",
         "COO", [2.9, 2.4, 2.1, 2.6, 2.3, 3.0, 3.4, 3.9, 5.2, 4.6]),
        ("U3", "Ambulance handovers over 45 minutes", "0", 0, 50, "lo", N, "sum", "COO",
         [112, 96, 71, 88, 64, 120, 143, 187, 265, 214]),
        ("U4", "General and acute bed occupancy", "92% or less", 92, 95, "lo", P, "mean", "COO",
         [93.1, 92.4, 91.8, 92.0, 91.5, 93.3, 94.6, 95.2, 97.1, 96.4]),
        ("U5", "Patients not meeting the criteria to reside (daily average)", "60 or fewer", 60, 75, "lo", N,
         "mean", "COO", [71, 68, 64, 66, 62, 70, 77, 81, 92, 86]),
    ]),
    ("Elective care", [
        ("E1", "Referral to treatment: incomplete pathways within 18 weeks", "65% by Mar-26", 65, 60, "hi", P,
         None, "COO", [58.4, 58.9, 59.3, 59.6, 59.9, 60.2, 60.8, 61.1, 60.6, 61.4]),
        ("E2", "Total waiting list (incomplete pathways)", "61,500 (plan)", 61500, 63000, "lo", N, None, "COO",
         [64812, 64390, 63977, 63655, 63402, 63010, 62488, 62105, 62340, 61873]),
        ("E3", "Patients waiting over 52 weeks", "600 (plan)", 600, 900, "lo", N, None, "COO",
         [1642, 1530, 1401, 1322, 1205, 1118, 1021, 934, 902, 857]),
        ("E4", "Patients waiting over 65 weeks", "0", 0, 10, "lo", N, None, "COO",
         [88, 74, 61, 52, 40, 33, 27, 21, 19, 14]),
        ("E5", "Day case rate", "85%", 85, 80, "hi", P, "mean", "CMO",
         [83.1, 84.0, 84.6, 83.9, 85.2, 85.8, 84.9, 85.5, 83.7, 85.9]),
        ("E6", "Theatre utilisation (capped)", "85%", 85, 80, "hi", P, "mean", "COO",
         [78.2, 79.5, 80.1, 80.8, 77.6, 81.9, 82.4, 83.0, 79.8, 82.7]),
    ]),
    ("Cancer", [
        ("C1", "Faster Diagnosis Standard: diagnosis or all-clear within 28 days", "80%", 80, 77, "hi", P, "mean",
         "CMO", [76.5, 77.2, 78.9, 79.4, 80.3, 78.8, 80.6, 81.2, 79.1, 78.4]),
        ("C2", "31 days from decision to treat to first treatment", "96%", 96, 93, "hi", P, "mean", "CMO",
         [94.8, 95.1, 96.3, 95.6, 94.2, 95.9, 96.4, 96.8, 95.0, 94.7]),
        ("C3", "62 days from urgent referral to first treatment", "75%", 75, 70, "hi", P, "mean", "CMO",
         [66.4, 68.1, 69.5, 71.2, 70.3, 72.8, 73.4, 74.1, 71.6, 72.9]),
    ]),
    ("Diagnostics", [
        ("D1", "Patients waiting over 6 weeks for a diagnostic test", "5% or less", 5, 10, "lo", P, "mean", "COO",
         [14.2, 12.8, 11.5, 10.9, 11.8, 9.7, 8.4, 7.9, 9.3, 8.1]),
    ]),
    ("Quality and safety", [
        ("Q1", "C. difficile infections (annual threshold 64)", "5 a month or fewer", 5, 7, "lo", N, "sum", "CNO",
         [6, 4, 7, 5, 3, 6, 8, 5, 7, 6]),
        ("Q2", "MRSA bloodstream infections", "0", 0, 0, "lo", N, "sum", "CNO",
         [0, 0, 1, 0, 0, 0, 0, 1, 0, 0]),
        ("Q3", "Inpatient falls with moderate or severe harm", "3 or fewer", 3, 5, "lo", N, "sum", "CNO",
         [4, 2, 3, 5, 1, 3, 2, 4, 6, 3]),
        ("Q4", "Category 3 and 4 pressure ulcers acquired in hospital", "2 or fewer", 2, 4, "lo", N, "sum", "CNO",
         [3, 2, 1, 2, 4, 2, 3, 1, 5, 2]),
        ("Q5", "Never events", "0", 0, 0, "lo", N, "sum", "CMO", [0, 0, 0, 1, 0, 0, 0, 0, 0, 1]),
        ("Q6", "Friends and Family Test: inpatients rating care good or very good", "95%", 95, 90, "hi", P,
         "mean", "CNO", [94.1, 94.8, 95.3, 95.0, 94.6, 93.9, 94.4, 95.1, 93.2, 94.0]),
        ("Q7", "Complaints answered within 40 working days", "90%", 90, 80, "hi", P, "mean", "CNO",
         [72.0, 75.4, 78.9, 81.3, 84.6, 80.2, 77.5, 82.8, 79.1, 83.6]),
        ("Q8", "Hospital Standardised Mortality Ratio (rolling 12 months)", "100 or less", 100, 105, "lo", M1,
         None, "CMO", [103.2, 102.8, 102.1, 101.7, 101.9, 100.8, 100.2, 99.6, 99.1, 98.7]),
    ]),
    ("Workforce", [
        ("W1", "Vacancy rate", "8% or less", 8, 10, "lo", P, None, "CPO",
         [9.8, 9.6, 9.4, 9.9, 9.5, 9.0, 8.7, 8.4, 8.2, 7.9]),
        ("W2", "Sickness absence", "4.5% or less", 4.5, 5.5, "lo", P, "mean", "CPO",
         [4.6, 4.4, 4.3, 4.5, 4.7, 4.9, 5.2, 5.6, 6.1, 5.8]),
        ("W3", "Staff turnover (rolling 12 months)", "11% or less", 11, 12.5, "lo", P, None, "CPO",
         [12.4, 12.2, 12.1, 11.9, 11.7, 11.6, 11.4, 11.2, 11.0, 10.9]),
        ("W4", "Mandatory training compliance", "90%", 90, 85, "hi", P, None, "CPO",
         [86.2, 86.9, 87.4, 87.0, 86.1, 87.8, 88.5, 89.1, 88.7, 89.6]),
        ("W5", "Appraisal rate", "90%", 90, 80, "hi", P, None, "CPO",
         [78.4, 79.1, 80.6, 79.8, 78.2, 80.9, 82.3, 83.0, 82.1, 84.5]),
    ]),
    ("Finance", [
        ("F1", "Variance to plan, year to date (£m)", "0.0 or better", 0.0, -1.0, "hi", GBP, None, "CFO",
         [0.1, 0.0, -0.4, -0.6, -0.9, -1.2, -1.5, -1.8, -2.4, -2.6]),
        ("F2", "Efficiency savings delivered (% of year-to-date plan)", "100%", 100, 90, "hi", P, None, "CFO",
         [92.0, 94.5, 91.3, 89.8, 88.6, 90.4, 91.2, 90.7, 89.5, 90.1]),
        ("F3", "Agency spend (% of pay bill)", "3.2% or less", 3.2, 4.0, "lo", P, "mean", "CFO",
         [4.1, 3.9, 3.8, 3.6, 3.7, 3.5, 3.4, 3.6, 3.9, 3.7]),
        ("F4", "Cash balance (£m)", "15.0 or more", 15.0, 10.0, "hi", GBP, None, "CFO",
         [28.4, 26.1, 25.7, 23.9, 22.6, 21.0, 19.8, 18.2, 16.9, 15.4]),
    ]),
]
LEADS = [("COO", "Louise Okafor, Chief Operating Officer"),
         ("CMO", "Dr Hamish Grieve, Chief Medical Officer"),
         ("CNO", "Bethan Carver, Chief Nurse"),
         ("CPO", "Ravi Chaudhry, Chief People Officer"),
         ("CFO", "Elaine Stubbs, Chief Financial Officer")]


def rag(v, target, amber, direction):
    if direction == "hi":
        return "Green" if v >= target else "Amber" if v >= amber else "Red"
    return "Green" if v <= target else "Amber" if v <= amber else "Red"


def trend(vals, direction):
    d = vals[-1] - vals[-2]
    if abs(d) < 1e-9:
        return "Stable"
    return "Improving" if (d > 0) == (direction == "hi") else "Worsening"


def ytd(vals, rule, fmt):
    if rule == "sum":
        return sum(vals)
    if rule == "mean":
        return round(sum(vals) / len(vals), 1 if fmt == P else 0)
    return None


METRICS = {m[0]: m for _, ms in GROUPS for m in ms}
assert len(METRICS) == 32
RAGS = {r: rag(m[9][-1], m[3], m[4], m[5]) for r, m in METRICS.items()}
assert RAGS["U1"] == "Red" and RAGS["E2"] == "Amber" and RAGS["W1"] == "Green" and RAGS["C3"] == "Amber"
assert RAGS["Q5"] == "Red" and RAGS["W3"] == "Green" and RAGS["F4"] == "Green"

# ---- Waiting list by specialty, January 2026: code, name, total, 0-18, 18-52, 52-65, 65-78, over 78, median
WL = [
    ("100", "General surgery", 5912, 3488, 2361, 62, 1, 0, 15.2),
    ("101", "Urology", 4386, 2632, 1693, 61, 0, 0, 14.6),
    ("110", "Trauma and orthopaedics", 9874, 5134, 4461, 271, 6, 2, 19.8),
    ("120", "Ear, nose and throat", 6105, 3358, 2614, 130, 3, 0, 17.3),
    ("130", "Ophthalmology", 7642, 5044, 2545, 53, 0, 0, 12.1),
    ("140", "Oral surgery", 2310, 1271, 981, 58, 0, 0, 17.0),
    ("300", "General internal medicine", 1204, 915, 286, 3, 0, 0, 9.4),
    ("301", "Gastroenterology", 3987, 2472, 1487, 28, 0, 0, 13.8),
    ("320", "Cardiology", 3455, 2211, 1218, 26, 0, 0, 13.1),
    ("330", "Dermatology", 3120, 2028, 1071, 21, 0, 0, 12.6),
    ("340", "Respiratory medicine", 1876, 1238, 628, 10, 0, 0, 11.9),
    ("400", "Neurology", 2044, 1124, 874, 46, 0, 0, 16.8),
    ("410", "Rheumatology", 1563, 1016, 541, 6, 0, 0, 11.2),
    ("502", "Gynaecology", 4718, 2642, 2010, 64, 2, 0, 16.1),
    ("", "All other specialties", 3677, 3417, 256, 4, 0, 0, 7.5),
]
# the first count of each row was keyed in round; move patients between 0-18 and 18-52 weeks
_SHIFT = {"100": 37, "101": -51, "110": 29, "120": -22, "130": 16, "140": 33, "300": -9, "301": 14, "320": -17,
          "330": 21, "340": -13, "400": 18, "410": -11, "502": -41, "": -4}
assert sum(_SHIFT.values()) == 0
WL = [(c, n, t, a + _SHIFT[c], b - _SHIFT[c], *rest) for c, n, t, a, b, *rest in WL]
DEC_TOTALS = {"100": 5988, "101": 4402, "110": 9921, "120": 6166, "130": 7590, "140": 2298, "300": 1251,
              "301": 4010, "320": 3433, "330": 3169, "340": 1902, "400": 2051, "410": 1577, "502": 4850,
              "": 3732}
for row in WL:
    assert row[2] == sum(row[3:8]), row
WLT = [sum(r[k] for r in WL) for k in range(2, 8)]
assert WLT[0] == METRICS["E2"][9][-1] == 61873
assert sum(WLT[3:]) == METRICS["E3"][9][-1] == 857
assert sum(WLT[4:]) == METRICS["E4"][9][-1] == 14
assert round(100 * WLT[1] / WLT[0], 1) == METRICS["E1"][9][-1] == 61.4
assert sum(DEC_TOTALS.values()) == METRICS["E2"][9][-2] == 62340
assert max(WL, key=lambda r: r[2])[1] == "Trauma and orthopaedics"

# ---- Cancer by tumour site, January 2026: FDS told, within 28; 31-day treated, within; 62-day treated, within
CAN = [
    ("Breast", 402, 371, 48, 48, 34, 31),
    ("Lower gastrointestinal", 356, 241, 31, 28, 29, 17),
    ("Skin", 318, 290, 38, 37, 27, 24),
    ("Urology", 224, 139, 52, 47, 41, 24),
    ("Gynaecology", 171, 118, 14, 13, 11, 7),
    ("Head and neck", 118, 86, 12, 11, 9, 6),
    ("Upper gastrointestinal", 96, 70, 17, 17, 13, 9),
    ("Lung", 79, 65, 21, 20, 18, 13),
    ("Haematology", 28, 23, 9, 9, 6, 6),
    ("Other", 33, 27, 5, 4, 4, 3),
]
CT = [sum(r[k] for r in CAN) for k in range(1, 7)]


def pct(a, b):
    return round(100 * a / b, 1)


assert pct(CT[1], CT[0]) == METRICS["C1"][9][-1] == 78.4, pct(CT[1], CT[0])
assert pct(CT[3], CT[2]) == METRICS["C2"][9][-1] == 94.7, pct(CT[3], CT[2])
assert pct(CT[5], CT[4]) == METRICS["C3"][9][-1] == 72.9, pct(CT[5], CT[4])
for r in CAN:
    assert r[2] <= r[1] and r[4] <= r[3] and r[6] <= r[5], r
_fds = {r[0]: pct(r[2], r[1]) for r in CAN}
assert min(_fds, key=_fds.get) == "Urology"

# ---------------------------------------------------------------- styling
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
NAVY = PatternFill("solid", fgColor="1F3864")
GROUP = PatternFill("solid", fgColor="D9E1F2")
TOTAL = PatternFill("solid", fgColor="EDEDED")
RAGFILL = {"Red": PatternFill("solid", fgColor="FF9B9B"), "Amber": PatternFill("solid", fgColor="FFD966"),
           "Green": PatternFill("solid", fgColor="A9D08E")}
WHITE_B = Font(name="Arial", size=9, bold=True, color="FFFFFF")
BODY = Font(name="Arial", size=9)
BOLD = Font(name="Arial", size=9, bold=True)
FMT = {P: "0.0%", N: "#,##0", M1: "0.0", GBP: "#,##0.0;(#,##0.0)"}


def page_setup(ws, title_rows, item_title):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.gridLines = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.25
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddHeader.left.text = TRUST
    ws.oddHeader.left.size = 8
    ws.oddHeader.right.text = item_title
    ws.oddHeader.right.size = 8
    ws.oddFooter.left.text = "Board of Directors (public) – 5 March 2026 – Item 9.1"
    ws.oddFooter.left.size = 8
    ws.oddFooter.right.text = "Page &P of &N"
    ws.oddFooter.right.size = 8


def title_block(ws, ncols, lines):
    for i, (text, size) in enumerate(lines, start=1):
        ws.cell(row=i, column=1, value=text).font = Font(name="Arial", size=size, bold=(i <= 2))
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=ncols)


def header_row(ws, row, heads, height=30):
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=row, column=j, value=h)
        c.font, c.fill, c.border = WHITE_B, NAVY, BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if isinstance(h, dt.date):
            c.number_format = "mmm-yy"
    ws.row_dimensions[row].height = height


def scorecard(wb):
    ws = wb.active
    ws.title = "Scorecard"
    heads = ["Ref", "Metric", "Target"] + MONTHS + ["YTD", "RAG", "Trend", "Lead"]
    nc = len(heads)
    title_block(ws, nc, [(TRUST, 14), ("Integrated performance scorecard 2025/26 – month 10 (January 2026)", 12),
                         ("Board of Directors meeting in public, 5 March 2026, agenda item 9.1. Presented by "
                          "Louise Okafor, Chief Operating Officer. RAG compares the latest month (Jan-26) with "
                          "the target; see the Cancer and notes sheet.", 9)])
    header_row(ws, 5, heads)
    r = 6
    for gname, metrics in GROUPS:
        c = ws.cell(row=r, column=1, value=gname.upper())
        c.font, c.fill = BOLD, GROUP
        c.alignment = Alignment(horizontal="left", vertical="center")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=nc)
        ws.row_dimensions[r].height = 16
        r += 1
        for ref, name, ttext, target, amber, direction, fmt, rule, lead, vals in metrics:
            row = [ref, name, ttext] + [v / 100 if fmt == P else v for v in vals]
            y = ytd(vals, rule, fmt)
            row += [("–" if y is None else (y / 100 if fmt == P else y)), RAGS[ref], trend(vals, direction), lead]
            for j, v in enumerate(row, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.font, c.border = BODY, BOX
                c.alignment = Alignment(vertical="center", wrap_text=(j == 2),
                                        horizontal="right" if 4 <= j <= 14 else "left")
                if 4 <= j <= 14 and not isinstance(v, str):
                    c.number_format = FMT[fmt]
            rc = ws.cell(row=r, column=15)
            rc.fill = RAGFILL[RAGS[ref]]
            rc.font = BOLD
            rc.alignment = Alignment(horizontal="center", vertical="center")
            ws.row_dimensions[r].height = 26
            r += 1
    for j, w in enumerate([5, 34, 13] + [7.5] * 10 + [8, 8, 10, 6], start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "D6"
    page_setup(ws, "5:5", "Scorecard")
    return r


def waiting_list(wb):
    ws = wb.create_sheet("Waiting list")
    heads = ["Code", "Specialty (treatment function)", "Total waiting", "0-18 weeks", "18-52 weeks",
             "52-65 weeks", "65-78 weeks", "Over 78 weeks", "% within 18 weeks", "Total Dec-25",
             "Change since Dec-25", "Median wait (weeks)"]
    nc = len(heads)
    title_block(ws, nc, [(TRUST, 14), ("Referral to treatment: incomplete pathways by specialty at the end of "
                                       "January 2026 (month 10)", 12),
                         ("Source: trust patient administration system, validated waiting list snapshot of "
                          "31 January 2026. Weeks waited are counted from referral.", 9)])
    header_row(ws, 5, heads, height=32)
    r = 6
    for code, name, tot, a, b, c_, d, e, med in WL:
        vals = [code, name, tot, a, b, c_, d, e, a / tot, DEC_TOTALS[code], tot - DEC_TOTALS[code], med]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.font, c.border = BODY, BOX
            c.number_format = {9: "0.0%", 12: "0.0", 11: "+#,##0;-#,##0;0"}.get(j, "#,##0")
        r += 1
    dec = sum(DEC_TOTALS.values())
    tot = ["", "Total", *WLT, WLT[1] / WLT[0], dec, WLT[0] - dec, ""]
    for j, v in enumerate(tot, start=1):
        c = ws.cell(row=r, column=j, value=v)
        c.font, c.border, c.fill = BOLD, BOX, TOTAL
        c.number_format = {9: "0.0%", 11: "+#,##0;-#,##0;0"}.get(j, "#,##0")
    assert WLT[0] - dec == -467
    r += 2
    notes = [f"{sum(WLT[3:]):,} patients had waited more than 52 weeks and {sum(WLT[4:])} more than 65 weeks "
             f"(scorecard E3 and E4). Of the 65-week waits, 8 are in trauma and orthopaedics.",
             "Median waits are for the specialty's incomplete pathways; the trust median is not shown because "
             "the specialties' distributions are not combined."]
    for t in notes:
        c = ws.cell(row=r, column=1, value=t)
        c.font = BODY
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=nc)
        r += 1
    for j, w in enumerate([6, 30, 10, 10, 10, 10, 10, 10, 10, 10, 11, 10], start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    page_setup(ws, "5:5", "Waiting list")
    assert sum(r[6] + r[7] for r in WL if r[1] == "Trauma and orthopaedics") == 8


def cancer_notes(wb):
    ws = wb.create_sheet("Cancer and notes")
    heads = ["Tumour site", "28-day FDS: patients told", "Told within 28 days", "FDS %",
             "31-day: patients treated", "Treated within 31 days", "31-day %",
             "62-day: patients treated", "Treated within 62 days", "62-day %"]
    nc = len(heads)
    title_block(ws, nc, [(TRUST, 14), ("Cancer waiting times by tumour site – January 2026 (provisional)", 12),
                         ("62-day figures count whole patients treated by the trust; shared breaches with other "
                          "trusts are not reallocated.", 9)])
    header_row(ws, 5, heads, height=32)
    r = 6
    for site, told, t28, tr31, w31, tr62, w62 in CAN + [("All tumour sites",) + tuple(CT)]:
        last = site == "All tumour sites"
        vals = [site, told, t28, t28 / told, tr31, w31, w31 / tr31, tr62, w62, w62 / tr62]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.font, c.border = (BOLD if last else BODY), BOX
            if last:
                c.fill = TOTAL
            c.number_format = "0.0%" if j in (4, 7, 10) else "#,##0"
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes and definitions").font = Font(name="Arial", size=11, bold=True)
    r += 1
    notes = [
        "1. RAG ratings compare the latest month with the target. Green: the target is met. Amber: the target is "
        "missed but the result is within the amber limit set for the metric (for example 73% for the A&E 4-hour "
        "standard). Red: worse than the amber limit.",
        "2. Trend compares January 2026 with December 2025: Improving, Worsening or Stable.",
        "3. YTD is the average of the months for rates and the total for counts. It is left blank (–) for "
        "snapshot and rolling 12-month measures.",
        "4. Cancer figures for January 2026 are provisional until NHS England publishes them on 12 March 2026.",
        "5. The C. difficile threshold for 2025/26 is 64 cases; 57 cases have been reported to the end of "
        "January.",
        "6. Leads:",
    ]
    assert sum(METRICS["Q1"][9]) == 57
    for t in notes:
        c = ws.cell(row=r, column=1, value=t)
        c.font = BODY
        c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=nc)
        ws.row_dimensions[r].height = 26 if len(t) > 150 else 14
        r += 1
    for code, name in LEADS:
        ws.cell(row=r, column=1, value=code).font = BOLD
        ws.cell(row=r, column=2, value=name).font = BODY
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        r += 1
    for j, w in enumerate([24, 12, 12, 9, 12, 12, 9, 12, 12, 9], start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    page_setup(ws, "5:5", "Cancer and notes")


def main():
    wb = Workbook()
    scorecard(wb)
    waiting_list(wb)
    cancer_notes(wb)
    wb.properties.creator = "Performance and Information Team"
    wb.properties.title = "Integrated performance scorecard M10 2025/26"
    wb.save(XLSX)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(XLSX)], check=True,
                       capture_output=True)
        Path(tmp, XLSX.stem + ".pdf").replace(OUT)
    from pypdf import PdfReader
    r = PdfReader(str(OUT))
    print(f"wrote {OUT.name}: {len(r.pages)} pages; RAG {dict((k, list(RAGS.values()).count(k)) for k in RAGFILL)}")


if __name__ == "__main__":
    main()
