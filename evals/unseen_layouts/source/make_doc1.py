import sys
sys.path.insert(0, "/work/gen/src")
from docxhelp import *
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK

OUT = "/work/gen/src/northmoor-trust-board-2026-03-12.docx"
MEETING = "Northmoor Community Health NHS Trust | Trust Board meeting in public | 12 March 2026"

doc = new_document()
fn = Footnotes(doc)
sec = doc.sections[0]
doc.styles["Footer"].font.size = Pt(8)
header_footer(sec, MEETING, "Public Trust Board, 12 March 2026 - Agenda item 6")


def H1(t):
    doc.add_heading(t, level=1)


def H2(t):
    doc.add_heading(t, level=2)


def P(t, bold=False, italic=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(t)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


# ------------------------------------------------------------------ cover sheet
p = doc.add_paragraph()
r = p.add_run("Northmoor Community Health NHS Trust")
r.bold = True
r.font.size = Pt(16)
r.font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
p = doc.add_paragraph()
r = p.add_run("Board report cover sheet")
r.bold = True
r.font.size = Pt(13)

cover = [
    ("Meeting", "Trust Board (meeting held in public)"),
    ("Date", "Thursday 12 March 2026, 10:00, Boardroom, Kelbrook House, Northmoor"),
    ("Agenda item", "6"),
    ("Report title", "Integrated Performance, Quality and Risk Report: Month 10 (January 2026)"),
    ("Presented by", "Priya Venkataraman, Chief Finance and Performance Officer, with Angela Brightmore, Chief Nurse"),
    ("Report author", "Graham Oduya, Head of Performance Intelligence"),
    ("Purpose", "Assurance and approval"),
    ("Previously considered by", "Quality and Performance Committee, 26 February 2026; Finance and Investment Committee, 3 March 2026"),
    ("Link to strategic objectives", "SO1 Safe, high-quality care; SO2 Timely access to community services; SO4 Sustainable use of resources"),
    ("Recommendation", "The Board is asked to note the Month 10 performance position, take assurance from the recovery actions set out in section 3, and approve the revised scores for corporate risks NCH-R07 and NCH-R11."),
    ("Equality impact", "No adverse impact identified. Waiting list data are now split by deprivation quintile (section 3.3)."),
    ("Freedom of Information status", "Open - publish with board papers"),
]
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for k, v in cover:
    cells = t.add_row().cells
    set_cell(cells[0], k, bold=True, size=10)
    shade(cells[0], "DEEAF6")
    set_cell(cells[1], v, size=10)
set_widths(t, [5.0, 12.0])

doc.add_paragraph()
P("Executive summary", bold=True, size=11)
P("Performance in January 2026 reflected a difficult winter month. Urgent community response remained well above the "
  "national standard and the Trust's virtual wards supported a record number of patients, but community waiting lists "
  "continued to grow, sickness absence rose to its highest level since January 2023, and the year-to-date financial "
  "position is £0.64m behind plan. The Chief Nurse has commissioned a deep dive into pressure ulcer harm following three "
  "category 3 ulcers acquired in our care during the month.")

doc.add_page_break()

# ------------------------------------------------------------------ section 1
H1("1. Purpose and summary of position")
H2("1.1 Purpose")
P("This report gives the Board an integrated view of quality, operational, workforce and financial performance for the "
  "ten months to 31 January 2026. It brings together the Integrated Performance Report (IPR), the quarterly activity "
  "trend and the corporate risk register so that the Board can see performance and risk side by side. Detailed metric "
  "definitions are held in the IPR data dictionary on the Trust intranet.")

ipr = [
    # Domain, indicator, target, Nov, Dec, Jan, RAG
    ("Safe", "Patient safety incidents reported", "No target", "372", "401", "388", "n/a"),
    ("Safe", "Incidents causing moderate harm or above", "12 or fewer a month", "9", "14", "11", "Green"),
    ("Safe", "Category 3 and 4 pressure ulcers acquired in our care", "1 or fewer a month", "2", "1", "3", "Red"),
    ("Safe", "Inpatient falls resulting in harm (community hospitals)", "2 or fewer a month", "1", "2", "2", "Green"),
    ("Safe", "C. difficile cases, cumulative year to date", "6 or fewer in year", "1", "2", "2", "Green"),
    ("Safe", "Medication incidents causing harm", "4 or fewer a month", "3", "5", "2", "Green"),
    ("Safe", "VTE risk assessment completed on admission", "95%", "96.1%", "95.4%", "94.8%", "Amber"),
    ("Caring", "Friends and Family Test - positive responses", "93%", "94.5%", "93.8%", "94.2%", "Green"),
    ("Caring", "Formal complaints received", "No target", "7", "5", "8", "n/a"),
    ("Caring", "Complaints answered within 40 working days", "90%", "91%", "86%", "88%", "Amber"),
    ("Responsive", "Urgent community response (UCR) referrals received", "No target", "1,402", "1,518", "1,633", "n/a"),
    ("Responsive", "UCR referrals seen within 2 hours", "70%", "79.2%", "77.5%", "81.4%", "Green"),
    ("Responsive", "Virtual ward occupancy (120 beds)", "80%", "74%", "82%", "78%", "Amber"),
    ("Responsive", "Total community waiting list (all services)", "11,000 or fewer", "11,842", "12,016", "12,305", "Red"),
    ("Responsive", "Patients waiting more than 52 weeks", "0", "96", "118", "131", "Red"),
    ("Responsive", "Community paediatrics waiting list", "1,600 or fewer", "1,988", "2,061", "2,147", "Red"),
    ("Responsive", "MSK physiotherapy: routine patients seen within 18 weeks", "92%", "89.4%", "88.1%", "90.6%", "Amber"),
    ("Responsive", "Podiatry: patients seen within 18 weeks", "92%", "95.0%", "94.7%", "95.3%", "Green"),
    ("Responsive", "Wheelchair service: children equipped within 18 weeks", "92%", "93.3%", "90.0%", "94.1%", "Green"),
    ("Responsive", "Bed days lost to delayed discharge (community hospitals)", "10% or less", "13.4%", "15.1%", "14.2%", "Red"),
    ("Effective", "Community hospital average length of stay (days)", "21 or fewer", "22.6", "24.0", "23.1", "Amber"),
    ("Effective", "Community hospital bed occupancy", "92%", "93.8%", "96.2%", "95.1%", "Amber"),
    ("Effective", "Virtual ward readmissions within 30 days", "8% or less", "6.9%", "7.4%", "7.1%", "Green"),
    ("Effective", "Clinical audit programme on track", "85%", "87%", "88%", "88%", "Green"),
    ("Well-led", "Vacancy rate", "8% or less", "8.4%", "8.1%", "7.9%", "Green"),
    ("Well-led", "Staff turnover (rolling 12 months)", "12% or less", "11.6%", "11.4%", "11.2%", "Green"),
    ("Well-led", "Sickness absence (in month)", "4.8% or less", "5.2%", "6.1%", "5.6%", "Red"),
    ("Well-led", "Statutory and mandatory training compliance", "90%", "90.8%", "91.0%", "91.3%", "Green"),
    ("Well-led", "Appraisal compliance", "90%", "84.2%", "82.9%", "83.7%", "Red"),
    ("Well-led", "Agency spend as a share of the pay bill", "3.2% or less", "3.0%", "2.8%", "2.6%", "Green"),
    ("Use of resources", "Year-to-date variance to financial plan (£m)", "0.00", "-0.52", "-0.61", "-0.64", "Red"),
    ("Use of resources", "Efficiency savings delivered year to date (£m)", "7.40", "5.90", "6.40", "6.90", "Amber"),
    ("Use of resources", "Capital spend year to date (£m)", "5.00", "3.20", "3.70", "4.10", "Amber"),
    ("Use of resources", "Cash balance (£m)", "12.0 or more", "17.1", "19.4", "18.6", "Green"),
    ("Use of resources", "Invoices paid within 30 days (Better Payment Practice Code)", "95%", "96.2%", "95.8%", "96.5%", "Green"),
]
n_green = sum(1 for r in ipr if r[6] == "Green")
n_amber = sum(1 for r in ipr if r[6] == "Amber")
n_red = sum(1 for r in ipr if r[6] == "Red")
n_rated = n_green + n_amber + n_red
print("IPR", len(ipr), n_rated, n_green, n_amber, n_red)

H2("1.2 Summary of position")
P(f"The IPR contains {len(ipr)} indicators, of which {n_rated} are measured against a target. In January {n_green} of "
  f"those {n_rated} met or exceeded their target (green), {n_amber} were within the agreed tolerance (amber) and {n_red} "
  "were off track (red). This compares with 16 green, 9 amber and 7 red in December. The red-rated indicators are "
  "concentrated in waiting times, delayed discharge, pressure ulcer harm, sickness absence, appraisal and the financial position.")
H2("1.3 Key messages")
P("The key messages for the Board this month are:")
bullets([
    "urgent community response teams saw 81.4% of referrals within two hours, the best performance since the service began in 2022;",
    "the total community waiting list grew for the seventh month in a row to 12,305, with 131 patients waiting more than 52 weeks;",
    "the community paediatrics waiting list reached 2,147 children and young people, and the longest wait is now 58 weeks;",
    "sickness absence was 5.6% in January, driven by seasonal respiratory illness and stress-related absence;",
    "the Trust is £0.64m behind its year-to-date financial plan but continues to forecast the planned full-year deficit of £1.50m; and",
    "two changes to corporate risk scores are recommended for approval (section 6).",
])

# ------------------------------------------------------------------ section 2
H1("2. Quality and safety")
H2("2.1 Patient safety incidents")
p = P("Staff reported 1,161 patient safety incidents in the quarter to 31 January 2026, a reporting rate the Patient Safety "
      "Team regards as healthy. Under the Patient Safety Incident Response Framework (PSIRF)")
fn.add(p, "PSIRF replaced the Serious Incident Framework in the Trust from 1 November 2023. Patient Safety Incident "
          "Investigations (PSIIs) are commissioned by the Patient Safety Incident Review Group, chaired by the Chief Medical Officer.")
p.add_run(" three new Patient Safety Incident Investigations were commissioned in January: one relating to a missed "
          "insulin visit by a district nursing team, one to a delayed response to a deteriorating patient on a virtual "
          "ward, and one to a fall with a hip fracture at Kelbrook Community Hospital.")
H2("2.2 Pressure ulcers")
P("There were three category 3 pressure ulcers acquired in our care in January, taking the year-to-date total of "
  "category 3 and 4 ulcers to 14, compared with 11 at the same point last year. Two of the three January cases were in "
  "patients on the caseload of the Ashby Vale district nursing team, which has carried a 22% vacancy rate since October. "
  "The Chief Nurse has asked Lorna Fairweather, Deputy Chief Nurse, to lead a deep dive, reporting to the Quality and "
  "Performance Committee in April 2026. The tissue viability team has restarted monthly React to Red training sessions "
  "for care home staff.")
H2("2.3 Infection prevention and control")
P("Two cases of C. difficile have been attributed to the Trust this year against a threshold of six. There have been no "
  "MRSA bacteraemia cases. Norovirus closed two bays on Heron Ward at Kelbrook Community Hospital for nine days in "
  "January; the outbreak was declared over on 27 January 2026.")
H2("2.4 Patient experience")
P("The Friends and Family Test positive score was 94.2% from 3,418 responses. Eight formal complaints were received in "
  "January; 88% of complaints closed in the month were answered within 40 working days, against a target of 90%. The most "
  "common complaint theme this year remains communication about waiting times, particularly in community paediatrics.")

# ------------------------------------------------------------------ section 3: IPR table over two pages
H1("3. Operational performance")
H2("3.1 Integrated performance report: Month 10 scorecard")
P("Table 1 shows each indicator for the last three months with its RAG rating for January 2026. Ratings use the "
  "tolerances agreed by the Board in April 2025.", italic=True)
LEAD = {"Safe": "CN", "Caring": "CN", "Responsive": "COO", "Effective": "CMO", "Well-led": "DoP", "Use of resources": "CFPO"}
table(doc, ["Domain", "Indicator", "Exec lead", "Target", "Nov 2025", "Dec 2025", "Jan 2026", "RAG (Jan)"],
      [[r[0], r[1], LEAD[r[0]]] + list(r[2:]) for r in ipr], [2.2, 5.0, 1.5, 2.4, 1.5, 1.5, 1.5, 1.5], size=9.5, repeat=True, rag_col=7)
P("Exec leads: CN Chief Nurse; COO Chief Operating Officer; CMO Chief Medical Officer; DoP Director of People; "
  "CFPO Chief Finance and Performance Officer.", italic=True, size=8.5)
P("Table 1: IPR scorecard, November 2025 to January 2026. n/a = activity measure with no target.", italic=True, size=8.5)

H2("3.2 Urgent community response and virtual wards")
p = P("The urgent community response service received 1,633 referrals in January, its highest monthly total, and saw "
      "81.4% within two hours")
fn.add(p, "The UCR two-hour standard measures the share of referrals to a crisis response team seen within two hours of "
          "the referral being accepted. The national ambition is at least 70%.")
p.add_run(". Referrals from North West Ambulance Service crews through the single point of access rose by 31% compared "
          "with January 2025. The virtual ward averaged 78% occupancy across its 120 beds, peaking at 104 patients on "
          "14 January. Frailty accounts for 61% of virtual ward admissions and respiratory conditions for 27%.")
H2("3.3 Community waiting lists")
P("The total community waiting list rose to 12,305. Community paediatrics accounts for most of the growth: referrals "
  "for autism and ADHD assessment have risen by 38% in two years. Saturday assessment clinics began on 10 January 2026, "
  "and 320 assessments have been commissioned from Brightwell Child Development Partnership, with the first "
  "appointments from March. Every child waiting more than 18 weeks now receives a waiting-well contact at least every "
  "12 weeks. Analysis by deprivation quintile shows that children from the most deprived fifth of neighbourhoods make up "
  "29% of the paediatric waiting list.")

H2("3.4 Quarterly activity trend")
P("Table 2 compares activity for each quarter of 2024/25 with the first three quarters of 2025/26. Figures are counts of "
  "contacts or referrals.", italic=True)
svc = [
    ("District nursing contacts", ["98,410", "96,122", "101,870", "104,305"], ["99,876", "97,540", "103,912"]),
    ("UCR referrals", ["3,604", "3,551", "4,128", "4,390"], ["4,011", "3,987", "4,580"]),
    ("Virtual ward admissions", ["812", "845", "1,034", "1,102"], ["968", "1,011", "1,247"]),
    ("MSK physiotherapy first appointments", ["6,215", "6,480", "6,102", "6,377"], ["6,590", "6,812", "6,455"]),
    ("Podiatry contacts", ["11,906", "12,044", "11,381", "11,720"], ["12,310", "12,488", "11,962"]),
    ("Speech and language therapy contacts (children)", ["4,120", "3,305", "4,412", "4,530"], ["4,297", "3,418", "4,604"]),
    ("Community paediatrics new referrals", ["702", "655", "748", "771"], ["795", "731", "836"]),
]
t2 = doc.add_table(rows=2, cols=8)
t2.style = "Table Grid"
hdr0, hdr1 = t2.rows[0].cells, t2.rows[1].cells
a = hdr0[0].merge(hdr1[0])
set_cell(a, "Service", bold=True, size=8.5, color="FFFFFF")
b = hdr0[1].merge(hdr0[4])
set_cell(b, "2024/25", bold=True, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER, color="FFFFFF")
c = hdr0[5].merge(hdr0[7])
set_cell(c, "2025/26 (year to date)", bold=True, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER, color="FFFFFF")
for i, q in enumerate(["Q1", "Q2", "Q3", "Q4", "Q1", "Q2", "Q3"]):
    set_cell(hdr1[i + 1], q, bold=True, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER, color="FFFFFF")
for row in t2.rows[:2]:
    for cell in row.cells:
        shade(cell, "1F3864")
for name, y1, y2 in svc:
    cells = t2.add_row().cells
    set_cell(cells[0], name, size=8.5)
    for i, v in enumerate(y1 + y2):
        set_cell(cells[i + 1], v, size=8.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
set_widths(t2, [5.0] + [1.7] * 7)
P("Table 2: Quarterly activity, 2024/25 and 2025/26. Q3 2025/26 covers October to December 2025.", italic=True, size=8.5)
P("Virtual ward admissions in Q3 2025/26 were 20.6% higher than in the same quarter of 2024/25, reflecting the "
  "expansion from 90 to 120 beds in September 2025. Speech and language therapy contacts dip in every second quarter "
  "because school-based sessions pause over the summer holidays.")

# ------------------------------------------------------------------ section 4, 5
H1("4. Workforce")
H2("4.1 Headline workforce indicators")
P("The vacancy rate fell to 7.9%, the first time it has been below the 8% target since April 2023, helped by the arrival "
  "of 28 internationally recruited community nurses between September and December 2025. Rolling turnover is 11.2%. "
  "Sickness absence was 5.6% in January; 34% of days lost were due to anxiety, stress and depression and 22% to coughs, "
  "colds and flu. Appraisal compliance remains below target at 83.7%, with the lowest rates in estates and facilities "
  "(71.2%) and children's services (78.9%).")
H2("4.2 Growing our own workforce")
P("A cohort of 22 nursing associate apprentices started in February 2026, the largest intake to date, and 9 registered "
  "nurse degree apprentices will qualify in September 2026. Staff flu vaccination uptake among frontline staff was 47.3% "
  "at the end of January, compared with 44.1% last winter.")

H1("5. Finance")
H2("5.1 Income and expenditure")
P("At Month 10 the Trust reports a year-to-date deficit of £1.84m against a planned deficit of £1.20m, an adverse "
  "variance of £0.64m. The main pressures are the cost of escalation beds kept open at Kelbrook Community Hospital "
  "(£0.41m year to date) and slippage on efficiency schemes. The Trust continues to forecast delivery of its planned "
  "full-year deficit of £1.50m, which relies on £0.9m of non-recurrent measures agreed with Eastvale Integrated Care Board.")
H2("5.2 Efficiency programme")
p = P("The 2025/26 efficiency target is £9.6m. By the end of January £6.9m had been delivered against a year-to-date plan "
      "of £7.4m, and 58% of savings delivered are recurrent")
fn.add(p, "Recurrent savings continue into 2026/27 without further action; non-recurrent savings, such as one-off "
          "vacancy savings, must be replaced next year.")
p.add_run(". The largest schemes are the consolidation of community hospital bank staffing (£1.3m), the digital "
          "dictation and letters project (£0.6m) and estates rationalisation at Moorside Clinic (£0.45m).")
H2("5.3 Capital and cash")
P("Capital spend to date is £4.1m against a plan of £5.0m and a full-year programme of £7.2m. The largest scheme is the "
  "£2.3m refurbishment of Harrowgate Lane Health Centre. The cash balance at 31 January was £18.6m.")

# ------------------------------------------------------------------ section 6: risk register
doc.add_page_break()
H1("6. Corporate risk register")
H2("6.1 Changes proposed this month")
P("The corporate risk register holds the risks scored 9 or above after current controls. Scores are likelihood multiplied "
  "by consequence on a 5 x 5 matrix: 15 to 25 is red, 8 to 12 amber and 1 to 6 green. The Executive Risk Group on "
  "18 February 2026 recommended two changes for Board approval. Risk NCH-R07 (community paediatric waits) should "
  "increase from 16 to 20 because the longest wait has passed 52 weeks and demand continues to rise. Risk NCH-R11 (cyber "
  "security) should reduce from 15 to 12 following completion of multi-factor authentication and Cyber Essentials Plus "
  "accreditation. Risk NCH-R21 is proposed for closure next month.")
H2("6.2 Register")
risks = [
    ("NCH-R03", "Insufficient community nursing capacity to meet rising caseload acuity, leading to missed or delayed visits and harm to housebound patients.",
     "Chief Nurse (Angela Brightmore)", "16\n(4 x 4)", "Red",
     "Caseload weighting tool in all 14 district nursing teams; 28 international nurses recruited; daily safety huddles linked to OPEL escalation."),
    ("NCH-R07", "Waits for community paediatric assessment, including autism and ADHD pathways, exceed 52 weeks, causing harm and poor experience for children and families.",
     "Chief Operating Officer (Daniel Okafor)", "20\n(5 x 4)\nup from 16", "Red",
     "Saturday clinics from January 2026; 320 assessments outsourced to Brightwell Child Development Partnership; waiting-well contact every 12 weeks."),
    ("NCH-R09", "Failure to deliver the 2025/26 financial plan, including the £9.6m efficiency programme.",
     "Chief Finance and Performance Officer (Priya Venkataraman)", "16\n(4 x 4)", "Red",
     "Weekly efficiency delivery board; vacancy control panel; £0.9m non-recurrent measures agreed with Eastvale ICB."),
    ("NCH-R14", "Delayed discharges from community hospital beds reduce capacity for step-up and step-down admissions.",
     "Chief Operating Officer (Daniel Okafor)", "15\n(5 x 3)", "Red",
     "Joint discharge hub with Southbridge Council; trusted assessor model for care home placements; weekly long length of stay review."),
    ("NCH-R11", "Cyber attack or major IT outage disrupts clinical systems and access to patient records.",
     "Director of Digital (Simon Achterberg)", "12\n(4 x 3)\ndown from 15", "Amber",
     "Multi-factor authentication for all users completed December 2025; Cyber Essentials Plus achieved; offline business continuity packs tested in every service."),
    ("NCH-R16", "High sickness absence, particularly stress and anxiety, reduces staffing levels and increases reliance on bank and agency staff.",
     "Director of People (Ruth Castellane)", "12\n(3 x 4)", "Amber",
     "Health and wellbeing hub; fast-track occupational health referrals; attendance management training for 180 line managers."),
    ("NCH-R19", "Ageing estate at Kelbrook Community Hospital, including an unreliable heating system, affects the patient environment and infection control.",
     "Director of Estates and Facilities (Imran Sadiq)", "9\n(3 x 3)", "Amber",
     "Temporary boiler hire over winter; £0.8m heating replacement in the 2026/27 capital plan; daily temperature checks on wards."),
    ("NCH-R21", "Patients with communication needs are not identified and supported in line with the Accessible Information Standard.",
     "Chief Nurse (Angela Brightmore)", "6\n(2 x 3)", "Green",
     "Communication needs flag built into the electronic patient record; interpreting contract renewed with LinguaCare; proposed for closure."),
]
table(doc, ["Risk ID", "Description", "Owner", "Score", "RAG", "Mitigation"],
      [list(r) for r in risks], [1.7, 4.6, 2.8, 1.7, 1.4, 5.0], size=8.5, repeat=True, rag_col=4)
P("Table 3: Corporate risk register, scores after current controls, February 2026.", italic=True, size=8.5)

H1("7. Recommendations")
P("The Board is asked to:")
bullets([
    "note the Month 10 performance position;",
    "take assurance from the recovery actions for community waiting lists, pressure ulcers and sickness absence;",
    "approve the increase in the score of risk NCH-R07 from 16 to 20; and",
    "approve the reduction in the score of risk NCH-R11 from 15 to 12.",
])

# ------------------------------------------------------------------ appendix
H1("Appendix A: Safer staffing in community hospitals, January 2026")
P("Fill rates compare hours worked with planned hours for registered nurses (RN) and healthcare support workers (HCSW). "
  "CHPPD is care hours per patient day. Fill rates above 100% reflect extra staff booked for enhanced observation.")
staffing = [
    ("Heron Ward", "Kelbrook Community Hospital", "24", "92.4%", "104.1%", "96.8%", "118.2%", "8.1"),
    ("Kingfisher Ward", "Kelbrook Community Hospital", "22", "88.7%", "97.5%", "100.0%", "109.4%", "7.6"),
    ("Winter escalation ward", "Kelbrook Community Hospital", "12", "81.2%", "93.0%", "90.3%", "101.6%", "7.2"),
    ("Larch Ward", "Ashby Vale Community Hospital", "20", "95.1%", "99.2%", "98.4%", "105.7%", "8.4"),
    ("Rowan Ward", "Ashby Vale Community Hospital", "18", "97.8%", "91.6%", "100.0%", "96.3%", "8.0"),
    ("Stroke rehabilitation unit", "Moorside Clinic", "16", "93.5%", "102.8%", "95.0%", "112.5%", "9.3"),
]
table(doc, ["Ward", "Site", "Beds", "RN day fill", "HCSW day fill", "RN night fill", "HCSW night fill", "CHPPD"],
      [list(r) for r in staffing], [3.3, 4.3, 1.2, 1.7, 1.8, 1.7, 1.8, 1.4], size=9)
P("Table A1: Planned versus actual staffing hours by ward, January 2026.", italic=True, size=8.5)
P("The registered nurse day fill rate on the winter escalation ward fell below the 85% escalation threshold on 11 shifts. "
  "On each occasion the nurse in charge completed a staffing risk assessment and the ward was supported by the "
  "Kelbrook site manager. No harm was linked to staffing levels. Kingfisher Ward has two registered nurse vacancies, "
  "which will be filled by internationally recruited nurses completing their OSCE preparation in April 2026.")

H1("Appendix B: Abbreviations")
abbr = [
    ("ADHD", "Attention deficit hyperactivity disorder"),
    ("CHPPD", "Care hours per patient day"),
    ("MSK", "Musculoskeletal"),
    ("OPEL", "Operational Pressures Escalation Levels, the national framework for reporting system pressure"),
    ("OSCE", "Objective structured clinical examination, the practical test for overseas-trained nurses"),
    ("PSII", "Patient Safety Incident Investigation"),
    ("PSIRF", "Patient Safety Incident Response Framework"),
    ("RAG", "Red, amber, green rating"),
    ("UCR", "Urgent community response: a two-hour crisis response service for people at home"),
    ("VTE", "Venous thromboembolism"),
]
table(doc, ["Abbreviation", "Meaning"], [list(a) for a in abbr], [3.0, 14.0], size=9)

# ------------------------------------------------------------------ CEO report in two columns
new = doc.add_section(WD_SECTION.NEW_PAGE)
header_footer(new, MEETING, "Public Trust Board, 12 March 2026 - Agenda item 7")
set_columns(new, 1)
p = doc.add_paragraph()
r = p.add_run("Agenda item 7: Chief Executive's report")
r.bold = True
r.font.size = Pt(14)
r.font.color.rgb = RGBColor(0x00, 0x30, 0x87)
P("Dr Helen Marsh, Chief Executive. For information.", italic=True)
cols = doc.add_section(WD_SECTION.CONTINUOUS)
set_columns(cols, 2)

topics = [
    ("Care Quality Commission inspection",
     "The CQC's report on our community health services for children, young people and families was published on "
     "9 February 2026 following the inspection in November 2025. The service was rated Good overall, with Requires "
     "Improvement for the responsive key question because of waiting times for paediatric assessment. Inspectors "
     "highlighted the kindness of our health visiting teams and the quality of safeguarding supervision."),
    ("Winter and system pressures",
     "The local system reported OPEL level 3 on 19 days in January. Our teams supported Eastvale General Hospital by "
     "taking step-down patients directly onto the virtual ward, and I thank colleagues for their flexibility. The "
     "winter escalation ward at Kelbrook Community Hospital will stay open until 30 April 2026."),
    ("NHS Staff Survey 2025",
     "Our response rate rose to 54%, from 49% last year. 63% of colleagues would recommend the Trust as a place to work, "
     "above the national average for community trusts of 61%. Scores fell on the question about having enough staff to do "
     "the job properly, and each directorate will agree three improvement actions by the end of April."),
    ("Northmoor Stars awards",
     "More than 240 nominations were received for this year's staff awards, held at Kelbrook Hall on 27 February 2026. "
     "Team of the Year went to the Westfield District Nursing Team. The Lifetime Achievement award was presented to "
     "Mavis Greenhalgh, a healthcare support worker who retires this spring after 41 years in community services."),
    ("Board changes",
     "Margaret Ellery-Cole joined the Board as a non-executive director on 1 March 2026. Margaret is a chartered "
     "accountant and former finance director in local government, and will chair the Audit and Risk Committee from "
     "1 April 2026, succeeding Peter Lindqvist, whose second term ends on 31 March 2026. On behalf of the Board I thank "
     "Peter for six years of service."),
    ("Electronic patient record",
     "The CareConnect electronic patient record went live in podiatry and MSK physiotherapy on 2 February 2026. Go-live "
     "went smoothly, with 96% of clinicians trained beforehand. The remaining eleven services will move onto CareConnect "
     "in three waves, finishing in September 2026."),
    ("Freedom to Speak Up",
     "Staff raised 47 concerns with our Freedom to Speak Up Guardian, Tomasz Nowicki, in the third quarter, up from 35 in "
     "the second. The most common theme was behaviours and relationships between colleagues. Speaking Up Month in October "
     "reached more than 600 staff through team visits."),
    ("Estates",
     "Work on the £2.3m refurbishment of Harrowgate Lane Health Centre started in January and is due to finish in June "
     "2026. During the works, sexual health and podiatry clinics have moved temporarily to Moorside Clinic."),
    ("Partnership working",
     "On 20 February 2026 the Trust signed the Eastvale community services collaborative agreement with Eastvale "
     "Integrated Care Board and Southbridge Council. The agreement sets shared priorities for intermediate care and "
     "aims to reduce the number of people waiting in hospital for community support by a quarter by March 2027."),
    ("Research and innovation",
     "The Trust recruited 412 participants to National Institute for Health and Care Research portfolio studies in the "
     "first three quarters of the year, already exceeding the full-year target of 350. Our podiatry team is the lead "
     "site for the FOOTSTEP study of remote monitoring for diabetic foot ulcers."),
    ("Green plan",
     "Twelve electric vehicles have joined the community nursing pool car fleet, funded by a £186,000 grant, and solar "
     "panels were installed on the roof of Moorside Clinic in December. Business mileage claims fell by 9% compared with "
     "the same period last year."),
    ("Volunteers",
     "We now have 168 active volunteers. The new volunteer driver scheme, run with Northmoor Age Concern, has made 530 "
     "journeys since October, taking patients home from Kelbrook Community Hospital and to outpatient appointments."),
    ("Tackling health inequalities",
     "Our Core20PLUS5 outreach clinics for people experiencing homelessness ran 46 sessions at the Harbour Street day "
     "centre between April and January, seeing 318 people. From April 2026 the clinics will add a weekly podiatry and "
     "wound care session, jointly funded with Southbridge Council public health."),
    ("Industrial action",
     "The Trust was not directly affected by national industrial action in January, although a small number of "
     "community paediatric clinics were rescheduled because medical staff were redeployed by a partner acute trust. All "
     "affected families were contacted and offered new appointments within four weeks."),
    ("Visits and engagement",
     "Since the last Board I have visited the Ashby Vale district nursing team, the wheelchair service workshop at "
     "Moorside Clinic and the night-time urgent community response team. I also met Jonathan Baird MP, the local "
     "Member of Parliament, on 13 February to discuss waits for children's assessments."),
]
for head, body in topics:
    p = doc.add_paragraph()
    r = p.add_run(head)
    r.bold = True
    r.font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    P(body)

# ------------------------------------------------------------------ committee chair's report
bal = doc.add_section(WD_SECTION.CONTINUOUS)
set_columns(bal, 1)
last = doc.add_section(WD_SECTION.NEW_PAGE)
set_columns(last, 1)
header_footer(last, MEETING, "Public Trust Board, 12 March 2026 - Agenda item 8")
p = doc.add_paragraph()
r = p.add_run("Agenda item 8: Chair's assurance report - Quality and Performance Committee")
r.bold = True
r.font.size = Pt(14)
r.font.color.rgb = RGBColor(0x00, 0x30, 0x87)
P("Committee meeting: 26 February 2026. Chair: Dr Farah Quereshi, Non-executive Director. The meeting was quorate.", italic=True)
aaa = [
    ("Alert", "The committee wishes to alert the Board to the continued growth of the community paediatrics waiting list "
              "and the rise in category 3 pressure ulcers. The committee did not receive sufficient assurance that the "
              "paediatric recovery plan will stop the list growing before autumn 2026, and has asked for a revised "
              "trajectory at its April meeting."),
    ("Advise", "The committee reviewed the draft Quality Account priorities for 2026/27: reducing harm from pressure "
               "ulcers, improving the experience of children waiting for assessment, and earlier recognition of "
               "deteriorating patients on virtual wards. Public consultation on the priorities closes on 20 March 2026."),
    ("Assure", "The committee received positive assurance on infection prevention and control, on the outcome of the CQC "
               "inspection of children's services, and on the clinical audit programme, which is 88% complete."),
    ("Decisions", "The committee approved the revised Safeguarding Adults policy and the Medicines Optimisation Strategy "
                  "2026 to 2029."),
]
table(doc, ["Category", "Matters considered"], [list(a) for a in aaa], [3.0, 14.0], size=10)
doc.add_paragraph()
P("Dr Farah Quereshi, Chair of the Quality and Performance Committee, March 2026", italic=True)

fn.finish()
doc.save(OUT)
print("saved", OUT)
