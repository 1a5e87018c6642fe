"""Paper 2: Harlow Vale Hospitals NHS Trust integrated performance report (board 29 January 2026).
Laid out as two-page spreads: each physical page is A3 landscape holding two A4 portrait pages side by
side, each with its own page number. As in a DTP export, the 'master page' items (header bands and
footers of both halves) are drawn first, then the left page's frames, then the right page's; on the
quality/workforce spread the two metric tables were built as one table across the spread, so their
rows are drawn alternately. On the infographic page the shapes, the big numbers and the captions are
three separate layers."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import Doc, balanced  # noqa: E402

OUT = (Path(__file__).resolve().parent.parent / "docs" /
       "harlow-vale-trust-integrated-performance-report-2026-01-29.pdf")
TEAL = (0, 105, 110)
DARK = (20, 45, 60)
PALE = (226, 242, 242)
GREY = (95, 95, 95)
WHITE = (255, 255, 255)
PW, PH = 210, 297       # one A4 half
MX = 15                 # margin inside a half

doc = Doc("L", "A3")

S = {
    "h": dict(family="Sans", style="B", size=10.5, lh=5.2, before=2.5, after=1.0, color=TEAL),
    "p": dict(family="Serif", style="", size=9.6, lh=4.4, before=0.5, after=1.6),
    "b": dict(family="Serif", style="", size=9.6, lh=4.4, before=0.2, after=0.8, indent=4, bullet="-"),
}


def master(left_no, right_no, left_title, right_title):
    doc.add_page()
    for k, (no, title) in enumerate(((left_no, left_title), (right_no, right_title))):
        ox = k * PW
        if no == 1:
            continue
        doc.box(ox, 0, PW, 14, fill=TEAL)
        doc.txt(ox + MX, 3, 120, 8, title, style="B", size=12, family="Sans", color=WHITE)
        doc.txt(ox + PW - MX - 60, 4, 60, 6, "December 2025 data", align="R", style="", size=8.5,
                color=WHITE)
    for k, no in enumerate((left_no, right_no)):
        ox = k * PW
        if no == 1:
            continue
        doc.set_draw_color(*TEAL)
        doc.set_line_width(0.3)
        doc.line(ox + MX, PH - 13, ox + PW - MX, PH - 13)
        doc.txt(ox + MX, PH - 11.5, 130, 5, "Harlow Vale Hospitals NHS Trust | Integrated Performance "
                "Report", style="", size=7.5, color=GREY)
        doc.txt(ox + PW - MX - 30, PH - 11.5, 30, 5, str(no), align="R", style="B", size=9, color=TEAL)


def columns(ox, y, h, items, ncol=2, gap=6):
    w = (PW - 2 * MX - gap * (ncol - 1)) / ncol
    frames = [(ox + MX + c * (w + gap), y, w, h) for c in range(ncol)]
    left, used = balanced(doc, items, frames, S)
    assert not left, left
    return y + used


HDR = ["Metric", "Target", "Oct 2025", "Nov 2025", "Dec 2025", "Trend"]
CWID = [66, 24, 20, 20, 20, 30]


def metric_header(ox, y):
    x = ox + MX
    for k, hd in enumerate(HDR):
        doc.box(x, y, CWID[k], 7, fill=DARK, draw=WHITE)
        doc.txt(x + 1.5, y + 1, CWID[k] - 3, 5, hd, align="L" if k in (0, 5) else "R", style="B",
                size=8, family="Sans", color=WHITE)
        x += CWID[k]
    return y + 7


def metric_row_height(row):
    doc.set_font("Sans", "", 8.3)
    return max(len(doc.split(CWID[0] - 3, row[0])), len(doc.split(CWID[1] - 3, row[1]))) * 3.9 + 2.6


def metric_row(ox, y, row, shade, h=None):
    doc.set_font("Sans", "", 8.3)
    l0 = doc.split(CWID[0] - 3, row[0])
    l1 = doc.split(CWID[1] - 3, row[1])
    h = h or metric_row_height(row)
    doc.box(ox + MX, y, sum(CWID), h, fill=PALE if shade else None)
    doc.set_draw_color(190, 210, 210)
    doc.set_line_width(0.15)
    doc.line(ox + MX, y + h, ox + MX + sum(CWID), y + h)
    yy = y + 1.3
    for ln in l0:
        doc.txt(ox + MX + 1.5, yy, CWID[0] - 3, 3.9, ln, style="", size=8.3)
        yy += 3.9
    yy = y + 1.3
    for ln in l1:
        doc.txt(ox + MX + CWID[0] + 1.5, yy, CWID[1] - 3, 3.9, ln, align="R", style="", size=8.3)
        yy += 3.9
    x = ox + MX + CWID[0] + CWID[1]
    for k in range(3):
        doc.txt(x + 1.5, y + 1.3, CWID[2 + k] - 3, 3.9, row[2 + k], align="R", style="", size=8.3)
        x += CWID[2 + k]
    col = {"Improving": (20, 120, 60), "Deteriorating": (180, 40, 40)}.get(row[5], (90, 90, 90))
    doc.txt(x + 1.5, y + 1.3, CWID[5] - 3, 3.9, row[5], style="B", size=8.3, color=col)
    return y + h


def metric_table(ox, y, rows):
    y = metric_header(ox, y)
    for k, r in enumerate(rows):
        y = metric_row(ox, y, r, k % 2 == 1)
    return y


def title(ox, y, text, size=15):
    doc.txt(ox + MX, y, PW - 2 * MX, 8, text, style="B", size=size, family="Sans", color=DARK)
    return y + 10


# ================================================================================================
# spread 1: page 1 cover, page 2 report cover sheet
master(1, 2, "", "Report to the Trust Board")
ox = 0
doc.box(0, 0, PW, PH, fill=TEAL)
doc.box(MX, 40, 6, 60, fill=WHITE)
doc.txt(MX + 12, 40, 170, 8, "Harlow Vale Hospitals NHS Trust", style="B", size=16, family="Sans",
        color=WHITE)
doc.txt(MX + 12, 58, 170, 14, "Integrated Performance", style="B", size=30, color=WHITE)
doc.txt(MX + 12, 72, 170, 14, "Report", style="B", size=30, color=WHITE)
doc.txt(MX + 12, 92, 170, 8, "Reporting period: December 2025", style="", size=13, color=WHITE)
doc.txt(MX + 12, 200, 170, 7, "Trust Board meeting in public", style="B", size=12, color=WHITE)
doc.txt(MX + 12, 208, 170, 7, "Thursday 29 January 2026", style="", size=12, color=WHITE)
doc.txt(MX + 12, 216, 170, 7, "Agenda item 7.2", style="", size=12, color=WHITE)

ox = PW
y = title(ox, 22, "Integrated Performance Report: cover sheet", 13)
cover = [
    ("Meeting", "Trust Board (Part 1, meeting in public), Thursday 29 January 2026, Board Room, Harlow Vale "
                "General Hospital"),
    ("Agenda item", "7.2"),
    ("Presented by", "Dr Olusegun Adeyemi-Clarke, Chief Operating Officer, and Maureen Castellanos, Chief "
                     "Nurse"),
    ("Executive leads", "Dr Olusegun Adeyemi-Clarke (operational performance); Maureen Castellanos "
                        "(quality and safety); Joanne Pelletier-Rowe, Director of People (workforce); "
                        "Andrew Kiszely, Director of Finance (finance)"),
    ("Prepared by", "Nadia Sorensen, Head of Performance and Business Intelligence"),
    ("Purpose", "For assurance. The report summarises the Trust's performance in December 2025 against "
                "national standards and the Trust's own targets, with the actions being taken where "
                "performance is off track."),
    ("Recommendations", "The Board is asked to note performance for December 2025, to take assurance from "
                        "the recovery actions for urgent and emergency care, and to approve the revised "
                        "four-hour trajectory of 76% for March 2026."),
    ("Board Assurance Framework", "BAF 1 Urgent and emergency care capacity (score 20); BAF 3 Elective and "
                                  "cancer recovery (score 16); BAF 6 Workforce supply and wellbeing (score 12)"),
    ("Previously considered", "Quality Committee, 20 January 2026; People Committee, 21 January 2026; "
                              "Finance and Performance Committee, 22 January 2026"),
]
for lab, val in cover:
    doc.set_font("Serif", "", 9.6)
    lines = doc.split(120, val)
    h = len(lines) * 4.5 + 3
    doc.box(ox + MX, y, 50, h, fill=PALE, draw=(190, 210, 210))
    doc.box(ox + MX + 50, y, 130, h, draw=(190, 210, 210))
    doc.txt(ox + MX + 2, y + 1.5, 46, 4.5, lab, style="B", size=9, family="Sans")
    yy = y + 1.5
    for ln in lines:
        doc.txt(ox + MX + 53, yy, 124, 4.5, ln, style="", size=9.6, family="Serif")
        yy += 4.5
    y += h

# ================================================================================================
# spread 2: page 3 infographic, page 4 executive summary
master(3, 4, "December 2025 at a glance", "Executive summary")
ox = 0
TILES = [  # (number, caption, caption position, shape)
    ("71.2%", "of A&E patients were admitted, transferred or discharged within four hours (standard 78%)",
     "below", "circle"),
    ("311", "ambulance handovers took longer than one hour", "above", "box"),
    ("58,412", "outpatient appointments were held in December", "below", "circle"),
    ("1,126", "people had been waiting more than a year for planned treatment", "above", "box"),
    ("76.8%", "of people referred with suspected cancer were told whether they had it within 28 days",
     "below", "circle"),
    ("96%", "of inpatients would recommend our wards to friends and family", "above", "box"),
    ("104", "patients a day were well enough to leave hospital but still in a bed", "beside", "box"),
    ("5.8%", "staff sickness absence, the highest since January 2023", "below", "circle"),
    ("£3.8m", "deficit so far this financial year, £1.1m more than planned", "above", "box"),
]
y0 = 28
cw, ch = 60, 78
pos = []
for k, t in enumerate(TILES):
    c, r = k % 3, k // 3
    pos.append((ox + MX + c * cw, y0 + r * ch))
# layer 1: shapes
for (x, y), t in zip(pos, TILES):
    if t[3] == "circle":
        doc.set_fill_color(*TEAL)
        doc.ellipse(x + 14, y + 6, 32, 32, style="F")
    else:
        doc.box(x + 5, y + 24 if t[2] == "above" else y + 6, 50, 22, fill=DARK, radius=3)
# layer 2: the big numbers, row by row
for (x, y), t in zip(pos, TILES):
    if t[3] == "circle":
        doc.txt(x + 10, y + 17, 40, 10, t[0], align="C", style="B", size=17, family="Sans", color=WHITE)
    elif t[2] == "beside":
        doc.txt(x + 5, y + 12, 50, 10, t[0], align="C", style="B", size=22, family="Sans", color=WHITE)
    else:
        doc.txt(x + 5, y + 30, 50, 10, t[0], align="C", style="B", size=22, family="Sans", color=WHITE)
# layer 3: captions
for (x, y), t in zip(pos, TILES):
    doc.set_font("Sans", "", 8.8)
    lines = doc.split(50, t[1])
    if t[2] == "below":
        yy = y + 41
    elif t[2] == "above":
        yy = y + 22 - 4 * len(lines)
    else:
        yy = y + 31
    for ln in lines:
        doc.txt(x + 5, yy, 50, 4, ln, align="C", style="", size=8.8, color=DARK)
        yy += 4
doc.txt(ox + MX, 265, 180, 5, "Figures are for December 2025 unless stated. Finance figures are for the "
        "year to 31 December 2025 (Month 9).", style="I", size=7.5, color=GREY)

ox = PW
summary = [
    ("h", "Overview"),
    ("p", "December was the most pressured month for urgent care since the Trust was formed in 2019. "
          "Attendances at the Emergency Department at Harlow Vale General Hospital averaged 412 a day, 9% "
          "more than in December 2024, driven by an early flu season: on 23 December 86 patients with "
          "flu were in our beds."),
    ("p", "Four-hour performance fell to 71.2%, against the 78% standard that the Trust had committed to "
          "reach by March 2026. The share of patients who spent more than 12 hours in the department rose "
          "to 5.1%. The Board is asked to approve a revised trajectory of 76% for March 2026."),
    ("h", "Planned care and cancer"),
    ("p", "The number of people waiting more than 52 weeks fell for the fourth month running, to 1,126, "
          "and waits of more than 65 weeks fell to 27. The waiting list itself grew to 50,403. The cancer "
          "Faster Diagnosis Standard was missed for the first time since June, at 76.8%, after a rise in "
          "urgent breast and skin referrals."),
    ("h", "Quality and safety"),
    ("p", "There were no MRSA infections or never events in December. The never event reported in "
          "November, a wrong-site nerve block in the Day Surgery Unit, is being investigated under the "
          "Patient Safety Incident Response Framework; no lasting harm was caused. Six hospital-onset C. "
          "difficile cases were reported, above the monthly threshold of four."),
    ("h", "Our people"),
    ("p", "Sickness absence rose to 5.8%, mostly respiratory illness. The vacancy rate improved to 9.4% "
          "as 63 internationally recruited nurses started work between October and December. Agency "
          "spending fell to 3.6% of the pay bill."),
    ("h", "Finance"),
    ("p", "At Month 9 the Trust has a deficit of £3.8m, £1.1m worse than plan, mainly because of the "
          "cost of escalation beds and agency doctors in the Emergency Department. The Trust still "
          "forecasts that it will meet its full-year plan of a £3.5m deficit, with unmitigated risks of "
          "£2.4m."),
]
columns(ox, 24, 255, summary)

# ================================================================================================
# spread 3: page 5 UEC table, page 6 UEC narrative
master(5, 6, "Urgent and emergency care", "Urgent and emergency care: commentary")
ox = 0
y = title(ox, 20, "Urgent and emergency care metrics")
UEC = [
    ("Patients seen within 4 hours in ED (all types)", "78%", "76.4%", "74.9%", "71.2%", "Deteriorating"),
    ("Patients spending more than 12 hours in ED", "2% or less", "2.8%", "3.4%", "5.1%", "Deteriorating"),
    ("Average ambulance handover time", "30 min", "36 min", "41 min", "52 min", "Deteriorating"),
    ("Ambulance handovers over 60 minutes", "0", "142", "198", "311", "Deteriorating"),
    ("Emergency patients treated in same day emergency care (SDEC)", "35%", "31.8%", "33.0%", "33.6%",
     "Improving"),
    ("General and acute bed occupancy", "92%", "94.6%", "95.8%", "97.3%", "Deteriorating"),
    ("Patients with no criteria to reside (daily average)", "65", "88", "92", "104", "Deteriorating"),
    ("Non-elective average length of stay (days)", "5.5", "6.4", "6.6", "7.1", "Deteriorating"),
    ("Virtual ward occupancy", "80%", "71%", "76%", "83%", "Improving"),
]
y = metric_table(ox, y, UEC)
y += 6
doc.para(ox + MX, y, 180, 4.2, "Trend compares December with the average of the previous six months. "
         "Improving or Deteriorating is shown where the change is statistically significant (special "
         "cause variation); Stable otherwise.", style="I", size=8, family="Sans", color=GREY)

ox = PW
uec = [
    ("h", "Why performance fell"),
    ("p", "General and acute bed occupancy reached 97.3% in December, and on average 104 patients a day "
          "no longer met the criteria to reside in hospital but were waiting for a care home place, home "
          "care or community rehabilitation. With few empty beds, patients waited in the Emergency "
          "Department for a ward, and ambulance crews waited to hand patients over: the average handover "
          "took 52 minutes and 311 handovers took longer than an hour."),
    ("h", "What we are doing"),
    ("p", "The urgent and emergency care recovery plan, overseen by the Chief Operating Officer, has five "
          "actions for January to March 2026:"),
    ("b", "opening Beechwood Ward, a 24-bed winter escalation ward, from 2 January 2026;"),
    ("b", "opening the discharge lounge seven days a week from 8 December 2025;"),
    ("b", "extending Hospital Ambulance Liaison Officer cover until midnight;"),
    ("b", "a 45-minute rapid-release agreement with Fennmoor Ambulance Service NHS Trust, so crews are "
          "released even when no cubicle is free;"),
    ("b", "extending the frailty same day emergency care unit to 12 hours a day, seven days a week, from "
          "19 January 2026."),
    ("p", "The discharge work is led jointly with Harlow Vale County Council and the Stanbrook Integrated "
          "Care Board. A joint 'discharge to assess' team of 18 staff started on 5 January 2026."),
    ("h", "Outlook"),
    ("p", "The revised trajectory is for four-hour performance of 74% in January, 75% in February and 76% "
          "in March 2026. The Trust will not meet the 78% standard by March 2026, and the Finance and "
          "Performance Committee has asked for a plan to reach it during 2026/27."),
    ("p", "Virtual ward occupancy rose to 83%, above the 80% target for the first time, which allowed an "
          "average of 37 patients a day to be cared for at home instead of in a hospital bed."),
]
columns(ox, 24, 255, uec)

# ================================================================================================
# spread 4: page 7 planned care table, page 8 narrative
master(7, 8, "Planned care and cancer", "Planned care and cancer: commentary")
ox = 0
y = title(ox, 20, "Planned care and cancer metrics")
ELEC = [
    ("Patients waiting under 18 weeks for treatment (RTT)", "62%", "58.9%", "59.4%", "58.7%", "Stable"),
    ("Total waiting list (RTT)", "48,500", "49,212", "49,870", "50,403", "Deteriorating"),
    ("Patients waiting more than 52 weeks", "1,000", "1,284", "1,197", "1,126", "Improving"),
    ("Patients waiting more than 65 weeks", "0", "41", "33", "27", "Improving"),
    ("Diagnostic tests: patients waiting over 6 weeks", "5%", "18.2%", "16.9%", "21.4%", "Deteriorating"),
    ("Cancer Faster Diagnosis Standard (28 days)", "77%", "78.3%", "79.1%", "76.8%", "Deteriorating"),
    ("Cancer 62-day referral to first treatment", "75%", "68.2%", "70.5%", "66.9%", "Stable"),
    ("Cancer 31-day decision to treatment", "96%", "93.4%", "94.8%", "92.7%", "Stable"),
    ("Capped theatre utilisation", "85%", "79.6%", "81.2%", "76.4%", "Deteriorating"),
    ("Outpatient appointments delivered", "57,000", "61,340", "62,015", "58,412", "Stable"),
]
y = metric_table(ox, y, ELEC)

ox = PW
elec = [
    ("h", "Waiting times for planned care"),
    ("p", "The share of patients waiting under 18 weeks was 58.7% in December, against the national "
          "target of 62% by March 2026. The 27 patients waiting more than 65 weeks are mostly in "
          "gynaecology (14) and ear, nose and throat surgery (9); each has a treatment date in January or "
          "February 2026."),
    ("p", "Capped theatre utilisation fell to 76.4% because 212 elective operations were cancelled in "
          "December to free beds for emergency patients. Every cancelled patient has been offered a new "
          "date within 28 days, as the national standard requires."),
    ("h", "Diagnostics"),
    ("p", "21.4% of patients waited more than six weeks for a diagnostic test, mainly for non-obstetric "
          "ultrasound and echocardiography. A second CT scanner at the Stanbrook Community Diagnostic "
          "Centre will open in March 2026, and two locum sonographers started in January."),
    ("h", "Cancer"),
    ("p", "Urgent suspected cancer referrals for breast and skin rose by 18% in November and December "
          "compared with the same months in 2024. The Faster Diagnosis Standard fell to 76.8%, just below "
          "the 77% target. Performance against the 62-day standard was 66.9%; lower gastrointestinal and "
          "urology pathways account for most of the patients treated after 62 days."),
    ("p", "Actions led by Dr Felix Hartigan, Medical Director, include a straight-to-test pathway for "
          "lower gastrointestinal referrals from February 2026 and additional weekend clinics for breast "
          "referrals, funded by the Trust's share of the regional cancer alliance allocation."),
]
columns(ox, 24, 255, elec)

# ================================================================================================
# spread 5: page 9 quality and safety, page 10 workforce (one table across the spread)
master(9, 10, "Quality and safety", "Our people")
QUAL = [
    ("Hospital-onset C. difficile infections", "4 or fewer", "5", "3", "6", "Stable"),
    ("MRSA bloodstream infections", "0", "0", "1", "0", "Stable"),
    ("Inpatient falls with moderate or severe harm", "3 or fewer", "4", "2", "5", "Stable"),
    ("Category 3 and 4 pressure ulcers acquired in hospital", "2 or fewer", "3", "1", "4", "Stable"),
    ("Never events", "0", "0", "1", "0", "Stable"),
    ("VTE risk assessment completed", "95%", "96.1%", "95.7%", "94.9%", "Deteriorating"),
    ("Friends and Family Test: inpatients who would recommend", "95%", "95.8%", "96.4%", "96.0%", "Stable"),
    ("Friends and Family Test: ED patients who would recommend", "85%", "79.2%", "77.6%", "74.1%",
     "Deteriorating"),
    ("Complaints answered within 25 working days", "85%", "71%", "68%", "74%", "Improving"),
]
WORK = [
    ("Vacancy rate", "8.0%", "9.9%", "9.6%", "9.4%", "Improving"),
    ("Sickness absence", "4.5%", "4.9%", "5.3%", "5.8%", "Deteriorating"),
    ("Staff turnover (12 months rolling)", "11.5%", "12.8%", "12.5%", "12.3%", "Improving"),
    ("Statutory and mandatory training compliance", "90%", "88.1%", "88.7%", "87.9%", "Stable"),
    ("Appraisals completed in the last 12 months", "90%", "79.4%", "80.2%", "78.8%", "Stable"),
    ("Agency spending as a share of the pay bill", "3.2%", "4.1%", "3.9%", "3.6%", "Improving"),
    ("Nursing and midwifery staff in post (WTE)", "3,150", "3,061", "3,089", "3,112", "Improving"),
]
y = title(0, 20, "Quality and safety metrics")
title(PW, 20, "Workforce metrics")
y = metric_header(0, y)
metric_header(PW, y - 7)
for k in range(max(len(QUAL), len(WORK))):
    hq = metric_row_height(QUAL[k]) if k < len(QUAL) else 0
    hw = metric_row_height(WORK[k]) if k < len(WORK) else 0
    h = max(hq, hw)
    if k < len(QUAL):
        metric_row(0, y, QUAL[k], k % 2 == 1, h)
    if k < len(WORK):
        metric_row(PW, y, WORK[k], k % 2 == 1, h)
    y += h
yq = y + 6
qual = [
    ("h", "Commentary"),
    ("p", "Six hospital-onset C. difficile infections were reported in December, bringing the year to date "
          "to 41 against an annual threshold of 48. Two cases on Larch Ward were linked, and the ward was "
          "deep cleaned with hydrogen peroxide vapour on 17 December."),
    ("p", "Five falls caused moderate or severe harm, three of them on the acute medical unit at night. "
          "The falls prevention group, chaired by the Deputy Chief Nurse, is trialling bed sensors on "
          "two wards."),
    ("p", "ED Friends and Family Test results fell to 74.1%; comments mainly concern waiting times and "
          "patients being cared for in corridors. Maureen Castellanos, Chief Nurse, reviews corridor care "
          "every day with the site team."),
]
columns(0, yq, 270 - yq, qual)
work = [
    ("h", "Commentary"),
    ("p", "Sickness absence reached 5.8%, the highest since January 2023, with respiratory illness "
          "accounting for 41% of days lost. Staff flu vaccination uptake was 52.3% by 31 December, below "
          "the Trust's goal of 60%."),
    ("p", "The vacancy rate fell to 9.4%. Sixty-three internationally recruited nurses started between "
          "October and December, and a further 40 are due by March 2026. Nursing and midwifery staff in "
          "post rose to 3,112 whole-time equivalents."),
    ("p", "Appraisal completion remains below target at 78.8%. Joanne Pelletier-Rowe, Director of People, "
          "has asked every division to complete outstanding appraisals for band 7 and above by the end of "
          "February 2026."),
]
columns(PW, yq, 270 - yq, work)

# ================================================================================================
# spread 6: page 11 finance, page 12 risks and glossary
master(11, 12, "Finance", "Risks and glossary")
ox = 0
y = title(ox, 20, "Finance summary: Month 9 (to 31 December 2025)")
FIN = [
    ("Measure (£m)", "Plan", "Actual", "Variance"),
    ("Year-to-date surplus / (deficit)", "(2.70)", "(3.80)", "(1.10)"),
    ("Cost improvement programme delivered", "10.40", "8.90", "(1.50)"),
    ("Capital expenditure", "14.80", "11.60", "3.20"),
    ("Agency staff costs", "9.10", "10.35", "(1.25)"),
    ("Cash balance at 31 December", "15.00", "18.40", "3.40"),
    ("Full-year forecast surplus / (deficit)", "(3.50)", "(3.50)", "0.00"),
]
fw = [96, 28, 28, 28]
for k, r in enumerate(FIN):
    x = ox + MX
    for c in range(4):
        doc.box(x, y, fw[c], 7, fill=DARK if k == 0 else (PALE if k % 2 == 0 else None),
                draw=(190, 210, 210))
        doc.txt(x + 1.5, y + 1, fw[c] - 3, 5, r[c], align="L" if c == 0 else "R",
                style="B" if k == 0 else "", size=8.5, family="Sans", color=WHITE if k == 0 else None)
        x += fw[c]
    y += 7
fin = [
    ("h", "Commentary"),
    ("p", "At the end of December the Trust reported a deficit of £3.8m against a planned deficit of £2.7m, "
          "£1.1m worse than plan. The main reasons are the cost of the escalation beds opened in November "
          "(£1.9m to date) and agency medical staff covering rota gaps in the Emergency Department."),
    ("p", "The cost improvement programme has delivered £8.9m against £10.4m planned for the year to date. "
          "The full-year programme is £14.2m, and £1.6m of schemes are still rated high risk."),
    ("p", "Andrew Kiszely, Director of Finance, continues to forecast that the Trust will meet its plan of a "
          "£3.5m deficit for 2025/26. Unmitigated risks of £2.4m remain, mainly further escalation costs "
          "and the cost of industrial action by resident doctors."),
    ("p", "Capital spending is £3.2m behind plan because the Stanbrook CT scanner installation moved from "
          "December to February. The full capital programme of £21.3m is still forecast to be spent by "
          "31 March 2026."),
]
columns(ox, y + 6, 262 - y - 6, fin)

ox = PW
y = title(ox, 20, "Principal risks (Board Assurance Framework)")
BAF = [
    ("BAF 1", "Demand for urgent care exceeds bed capacity, causing long waits and harm", "20", "Chief "
     "Operating Officer"),
    ("BAF 3", "Elective and cancer waiting times do not recover to national standards", "16", "Chief "
     "Operating Officer"),
    ("BAF 6", "Not enough staff, or staff unwell, to run services safely", "12", "Director of People"),
    ("BAF 8", "The Trust does not deliver its 2025/26 financial plan", "15", "Director of Finance"),
]
bw = [18, 100, 16, 46]
x = ox + MX
for c, hd in enumerate(["Ref", "Risk", "Score", "Lead"]):
    doc.box(x, y, bw[c], 7, fill=DARK)
    doc.txt(x + 1.5, y + 1, bw[c] - 3, 5, hd, style="B", size=8.3, family="Sans", color=WHITE)
    x += bw[c]
y += 7
for r in BAF:
    doc.set_font("Sans", "", 8.3)
    l1 = doc.split(bw[1] - 3, r[1])
    l3 = doc.split(bw[3] - 3, r[3])
    h = max(len(l1), len(l3)) * 3.9 + 2.6
    x = ox + MX
    for c in range(4):
        doc.box(x, y, bw[c], h, draw=(190, 210, 210))
        lines = {1: l1, 3: l3}.get(c, [r[c]])
        yy = y + 1.3
        for ln in lines:
            doc.txt(x + 1.5, yy, bw[c] - 3, 3.9, ln, style="", size=8.3)
            yy += 3.9
        x += bw[c]
    y += h
y += 8
y = title(ox, y, "Glossary", 13)
GLOSS = [
    ("BAF", "Board Assurance Framework: the principal risks to the Trust's objectives"),
    ("CIP", "Cost improvement programme: planned savings"),
    ("ED", "Emergency Department (A&E)"),
    ("FDS", "Faster Diagnosis Standard: people told within 28 days of an urgent referral whether they "
            "have cancer"),
    ("HALO", "Hospital Ambulance Liaison Officer"),
    ("NCTR", "No criteria to reside: patients well enough to leave hospital"),
    ("PSIRF", "Patient Safety Incident Response Framework"),
    ("RTT", "Referral to treatment: the waiting time for planned care, measured from referral"),
    ("SDEC", "Same day emergency care: assessment and treatment without an overnight stay"),
    ("VTE", "Venous thromboembolism (blood clots)"),
    ("WTE", "Whole-time equivalent"),
]
for a, d in GLOSS:
    doc.txt(ox + MX, y, 20, 4.4, a, style="B", size=9, family="Sans", color=TEAL)
    y = doc.para(ox + MX + 22, y, 158, 4.4, d, style="", size=9.3, family="Serif") + 1.2

assert doc.page_no() == 6
doc.output(str(OUT))
print("wrote", OUT)
