"""Build ../docs/fernbridge-community-trust-quality-report-2026-01.docx with python-docx: an invented
community NHS trust's quarterly quality report. All names and figures are invented; totals are
computed below."""
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).resolve().parent.parent / "docs" / "fernbridge-community-trust-quality-report-2026-01.docx"

# ---- figures ---------------------------------------------------------------------------------
PU_FALLS = [  # service, cat2, cat3, cat4, unstageable, falls no/low harm, falls moderate/severe
    ("District nursing – North locality", 38, 6, 1, 3, 12, 0),
    ("District nursing – South locality", 44, 9, 2, 4, 9, 1),
    ("Elmhurst Community Hospital (Beech and Rowan wards)", 7, 1, 0, 1, 31, 2),
    ("Thornley Community Hospital (Heron ward)", 5, 2, 0, 0, 26, 1),
    ("Brackenfield intermediate care unit", 4, 0, 0, 1, 18, 1),
]
TOT = [sum(r[i] for r in PU_FALLS) for i in range(1, 7)]
assert TOT == [98, 18, 3, 9, 96, 5], TOT
cat34 = TOT[1] + TOT[2]
falls_total = TOT[4] + TOT[5]

FFT = [  # service, responses, positive, negative, positive % in quarter 2
    ("Community nursing (district and specialist nursing teams)", 1842, 1768, 37, "95.6%"),
    ("Community hospitals (Elmhurst and Thornley inpatient wards)", 611, 556, 24, "92.3%"),
    ("Podiatry and foot protection service", 958, 929, 10, "96.8%"),
    ("Musculoskeletal (MSK) physiotherapy service", 1204, 1120, 36, "92.1%"),
    ("Children’s therapies (speech and language, occupational therapy and physiotherapy)", 387, 344, 19, "90.4%"),
]
fft_resp = sum(r[1] for r in FFT)
fft_pos = sum(r[2] for r in FFT)
fft_neg = sum(r[3] for r in FFT)
pc = lambda a, b: f"{100 * a / b:.1f}%"
assert fft_resp == 5002 and pc(fft_pos, fft_resp) == "94.3%", (fft_resp, pc(fft_pos, fft_resp))

COMPLAINT_THEMES = [("Communication and information", 17, "the largest single theme this quarter"),
                    ("Care and treatment", 10, "mainly about wound care and continence products"),
                    ("Waiting times and access", 12, "almost all about therapy services for children and adults"),
                    ("Staff attitude", 8, "of which 5 related to telephone contact with teams")]
complaints = sum(n for _, n, _ in COMPLAINT_THEMES)
assert complaints == 47

d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
sec = d.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
sec.header.paragraphs[0].text = "Fernbridge Community Health NHS Trust\tQuality report – Quarter 3 2025/26"
sec.footer.paragraphs[0].text = "Trust Board (public) 29 January 2026 – Agenda item 9 – OFFICIAL"


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def para(text, style=None, bold=False, notes=()):
    """Paragraph; notes is a list of (after_text, marker) to put superscript markers after text."""
    p = d.add_paragraph(style=style)
    if not notes:
        r = p.add_run(text)
        r.bold = bold
        return p
    rest = text
    for after, mark in notes:
        i = rest.index(after) + len(after)
        p.add_run(rest[:i]).bold = bold
        sup = p.add_run(mark)
        sup.font.superscript = True
        rest = rest[i:]
    p.add_run(rest).bold = bold
    return p


def bold_heading(text):
    """A heading that is only a bold Normal paragraph (no heading style)."""
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(11)
    return p


# ---- title and cover sheet ---------------------------------------------------------------------
d.add_paragraph("Quality Report: Quarter 3 2025/26 (October to December 2025)", style="Title")
para("Fernbridge Community Health NHS Trust", bold=True)

cover = [
    ("Meeting", "Trust Board (meeting in public)"),
    ("Date of meeting", "29 January 2026"),
    ("Agenda item", "9"),
    ("Executive lead", "Dr Naomi Achterberg, Chief Nurse and Director of Quality"),
    ("Report authors", "Ben Tredwell, Head of Patient Safety; Leila Farrant, Quality Improvement Lead"),
    ("Purpose", "Assurance"),
    ("Previously considered by", "Quality and Safety Committee, 20 January 2026"),
    ("Recommendation", "The Board is asked to note the report and the assurance provided by the Quality and Safety Committee, and to approve the draft quality priorities for 2026/27 in section 7."),
    ("Board Assurance Framework risks", "BAF 1 (patient safety in community settings); BAF 4 (workforce supply)"),
]
t = d.add_table(rows=0, cols=2)
no_borders(t)
for k, v in cover:
    row = t.add_row().cells
    row[0].text = k
    row[0].paragraphs[0].runs[0].bold = True
    row[1].text = v
    shade(row[0], "E7EEF6")
d.add_paragraph()

# ---- callout -----------------------------------------------------------------------------------
call = d.add_table(rows=1, cols=1)
c = call.rows[0].cells[0]
shade(c, "FFF2CC")
c.paragraphs[0].add_run("Key messages this quarter").bold = True
c.add_paragraph(f"Category 3 and 4 pressure ulcers acquired in our care rose to {cat34} this quarter, "
                "from 14 in quarter 2, driven by the South district nursing locality. A recovery plan is in place.")
c.add_paragraph(f"Patient feedback remains strong: {pc(fft_pos, fft_resp)} of Friends and Family Test "
                "responses were positive, above our 93% target.")
c.add_paragraph("Safeguarding adults level 3 training is below target at 84.6% and is the main area where the "
                "Quality and Safety Committee gave only partial assurance.")
d.add_paragraph()

# ---- 1 -------------------------------------------------------------------------------------------
d.add_heading("1. Executive summary", level=1)
para("This report gives the Board an overview of the quality of care provided by Fernbridge Community "
     "Health NHS Trust in the third quarter of 2025/26. It covers patient safety, infection prevention and "
     "control, patient experience, clinical effectiveness and safe staffing, and it proposes the trust’s "
     "quality priorities for 2026/27. The Quality and Safety Committee reviewed the detail on 20 January 2026.")
para("Overall the quarter was a difficult one for our community nursing teams. Demand on district nursing "
     "rose by 7% compared with the same quarter last year, partly because of a rise in people discharged from "
     "hospital with complex wound care needs. Staff reported more incidents than in any previous quarter, "
     "which we see as a sign of a healthy reporting culture rather than of poorer care, and the proportion "
     "of incidents causing no or low harm stayed above 90%.")
para("The committee gave reasonable assurance on patient safety, infection control, patient experience and "
     "clinical effectiveness, and partial assurance on workforce, because of safeguarding training compliance "
     "and the continued vacancy rate among registered nurses in the South locality.")

# ---- 2 -------------------------------------------------------------------------------------------
d.add_heading("2. Patient safety", level=1)
d.add_heading("2.1 Incident reporting", level=2)
para("Staff reported 2,146 patient safety incidents in quarter 3, compared with 1,987 in quarter 2. Of these, "
     "1,953 (91%) resulted in no harm or low harm, 171 in moderate harm, 19 in severe harm and 3 were deaths "
     "where the incident may have contributed. Each of the 22 incidents graded severe harm or death was "
     "reviewed at the weekly Patient Safety Incident Response Panel.",
     notes=[("quarter 3,", "1")])
bold_heading("Patient Safety Incident Investigations")
para("Under the trust’s Patient Safety Incident Response Plan, the panel commissioned four new Patient Safety "
     "Incident Investigations (PSIIs) in the quarter:")
for x in ["a category 4 pressure ulcer in a patient on the South district nursing caseload (PSII-2025-14);",
          "a fall resulting in a fractured hip on Rowan ward, Elmhurst Community Hospital (PSII-2025-15);",
          "a delay in giving insulin to a housebound patient over a bank holiday weekend (PSII-2025-16);",
          "a missed opportunity to recognise sepsis in a patient at the Brackenfield intermediate care unit (PSII-2025-17)."]:
    para(x, style="List Number")
para("Two investigations commissioned in quarter 2 were completed in the quarter and their safety actions "
     "are being monitored by the Patient Safety Group.")

d.add_heading("2.2 Pressure ulcers and falls", level=2)
para(f"Table 1 shows pressure ulcers acquired in the trust’s care and patient falls by service. There were "
     f"{sum(TOT[:4])} trust-acquired pressure ulcers in the quarter, {cat34} of them category 3 or 4. The South "
     f"locality accounted for 11 of the category 3 and 4 ulcers. There were {falls_total} falls, {TOT[5]} of "
     "which caused moderate or severe harm.", notes=[("by service.", "2")])
para("Table 1: Pressure ulcers and falls by service, quarter 3 2025/26", bold=True)

tb = d.add_table(rows=2, cols=7)
tb.style = "Table Grid"
tb.alignment = WD_TABLE_ALIGNMENT.CENTER
h0, h1 = tb.rows[0].cells, tb.rows[1].cells
a = h0[0].merge(h1[0]); a.text = "Service"
b = h0[1].merge(h0[4]); b.text = "Pressure ulcers (trust-acquired)"
cc = h0[5].merge(h0[6]); cc.text = "Patient falls"
for cell, txt in zip(h1[1:], ["Category 2", "Category 3", "Category 4", "Unstageable",
                              "No or low harm", "Moderate or severe harm"]):
    cell.text = txt
for r in (tb.rows[0], tb.rows[1]):
    for cell in r.cells:
        shade(cell, "D9E2F3")
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True
for row in PU_FALLS + [("Total, all services",) + tuple(TOT)]:
    cells = tb.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = str(v)
        if row[0].startswith("Total"):
            cells[i].paragraphs[0].runs[0].bold = True
d.add_paragraph()
para("The tissue viability team has started a recovery plan in the South locality. It includes weekly "
     "caseload reviews for every patient with a category 2 ulcer, extra equipment for people at high risk, and "
     "SSKIN bundle refresher training. Falls on the inpatient wards were in line with previous quarters; "
     "Elmhurst Community Hospital is piloting low-rise beds and bed sensors on Rowan ward.")

d.add_heading("2.3 Safeguarding", level=2)
para("The safeguarding team received 286 enquiries from trust staff in the quarter, 41 more than in quarter 2. "
     "Staff made 63 adult safeguarding referrals to Fernbridge County Council and 27 referrals to children’s "
     "social care. Self-neglect remained the most common reason for adult referrals, followed by domestic abuse. "
     "The team supported two Safeguarding Adults Reviews led by the Fernbridge Safeguarding Adults Board; the "
     "trust’s actions from an earlier review, on hoarding and fire risk, have all been completed.")
para("Following a visit by the integrated care board’s designated nurse in November 2025, the team has "
     "agreed to add a safeguarding prompt to the district nursing first-visit template and to audit its use "
     "in quarter 4.")
bold_heading("Learning from deaths")
para("There were 74 deaths of patients in the trust’s inpatient and intermediate care beds or on a community "
     "caseload where the trust was the main provider of care in the 30 days before death. Most were expected "
     "deaths of people receiving end of life care at home. The medical examiner scrutinised all 19 inpatient "
     "deaths, and 6 cases were selected for a structured judgement review. None of the reviews judged that the "
     "death was more likely than not to have been avoidable, but two identified poor communication with "
     "families about the plan for end of life care. The palliative care team is leading a short improvement "
     "project on this with the Thornley Community Hospital ward team.")
bold_heading("Speaking up")
para("The Freedom to Speak Up Guardian, Amira Castell, received 23 concerns in the quarter, of which 9 "
     "related to patient safety or quality. Four were raised anonymously. Themes included staffing on night "
     "shifts at the Brackenfield intermediate care unit and the time taken to replace broken equipment. The "
     "Guardian reports to the People Committee every six months and meets the Chief Executive monthly.")

# ---- 3 -------------------------------------------------------------------------------------------
d.add_heading("3. Infection prevention and control", level=1)
bold_heading("Clostridioides difficile")
para("There were 3 cases of trust-apportioned Clostridioides difficile infection in the quarter, bringing the "
     "year to date to 8 cases against an annual threshold of 11. Post-infection reviews found no link between "
     "the cases and no lapses in care.", notes=[("threshold of 11.", "3")])
bold_heading("MRSA and other bloodstream infections")
para("There were no MRSA bloodstream infections in the quarter, and none so far this year. There was one "
     "E. coli bloodstream infection linked to a urinary catheter in a community patient, which is being reviewed.")
bold_heading("Flu and COVID-19 vaccination")
para("By 31 December 2025, 58.4% of frontline staff had received the flu vaccine and 31.7% the COVID-19 "
     "autumn booster. Flu uptake was 3.1 percentage points higher than at the same point last year. Peer "
     "vaccinators will continue to run sessions at all bases until the end of February.")

# ---- 4 -------------------------------------------------------------------------------------------
d.add_heading("4. Patient experience", level=1)
d.add_heading("4.1 Friends and Family Test", level=2)
para(f"The trust received {fft_resp:,} Friends and Family Test responses in the quarter. Overall "
     f"{pc(fft_pos, fft_resp)} rated their experience as very good or good, and {pc(fft_neg, fft_resp)} as poor or "
     "very poor. Table 2 gives the results by service.", notes=[("very good or good,", "4")])
para("Table 2: Friends and Family Test results by service, quarter 3 2025/26", bold=True)
tf = d.add_table(rows=1, cols=5)
tf.style = "Table Grid"
for cell, txt in zip(tf.rows[0].cells, ["Service", "Responses", "Positive", "Negative", "Positive, quarter 2"]):
    cell.text = txt
    cell.paragraphs[0].runs[0].bold = True
for s, n, p_, ng, q2 in FFT + [("Trust total, all community services", fft_resp, fft_pos, fft_neg, "94.0%")]:
    cells = tf.add_row().cells
    for cell, txt in zip(cells, [s, f"{n:,}", pc(p_, n), pc(ng, n), q2]):
        cell.text = txt
d.add_paragraph()
para("Children’s therapies had the lowest positive score, at "
     f"{pc(344, 387)}. Most negative comments were about the wait for a first appointment for occupational "
     "therapy, which averaged 19 weeks in December 2025.")

d.add_heading("4.2 Complaints", level=2)
para(f"The trust received {complaints} formal complaints in the quarter, compared with 39 in quarter 2. "
     "44 (94%) were acknowledged within three working days. Of the 41 complaints closed in the quarter, 36 "
     "(88%) were answered within the agreed 40 working days, against a target of 85%. The main themes were:")
for theme, n, why in COMPLAINT_THEMES:
    para(f"{theme}: {n} complaints, {why}", style="List Bullet")
    if theme.startswith("Communication"):
        for sub in ["not being told when a district nurse visit would be cancelled or moved",
                    "discharge letters from the community hospitals reaching GPs late"]:
            para(sub, style="List Bullet 2")
    if theme.startswith("Waiting"):
        for sub in ["children’s occupational therapy", "wheelchair services assessments"]:
            para(sub, style="List Bullet 2")
para("Two complaints were referred to the Parliamentary and Health Service Ombudsman during the quarter; "
     "neither has yet been accepted for investigation.")

# ---- 5 -------------------------------------------------------------------------------------------
d.add_heading("5. Clinical effectiveness", level=1)
para("The clinical audit programme for 2025/26 contains 34 audits, of which 21 are complete, 10 are in "
     "progress and 3 have been deferred to 2026/27. Two audits reported in the quarter.")
d.add_heading("5.1 Wound assessment audit", level=3)
para("The audit of 120 district nursing records found that 78% of new wounds had a full wound assessment "
     "documented within 72 hours of the first visit, up from 64% at the previous audit in 2024. The standard is "
     "95%. A digital wound assessment form with mandatory fields will go live in March 2026.")
d.add_heading("5.2 Deterioration (NEWS2) audit", level=3)
para("In the community hospitals, 93% of observation sets had a complete NEWS2 score and 88% of patients "
     "with a score of 5 or more were escalated in line with policy. The sepsis case under PSII-2025-17 has "
     "been shared with all inpatient teams as a learning example.")

# ---- 6 -------------------------------------------------------------------------------------------
d.add_heading("6. Workforce and safe staffing", level=1)
bold_heading("Staffing levels on the wards")
para("Average fill rates for registered nurses on the inpatient wards were 94.1% for day shifts and 97.3% "
     "for night shifts. No shift fell below the agreed minimum staffing level. Spending on agency nurses in "
     "the quarter was £412,000, down from £538,000 in quarter 2.")
bold_heading("Vacancies and training")
para("The registered nurse vacancy rate was 9.8% across the trust and 14.2% in the South district nursing "
     "locality. Twelve internationally educated nurses will join the South teams between February and April "
     "2026. Mandatory training compliance was 91.2% against a target of 90%, but safeguarding adults level 3 "
     "training was 84.6% against the same target. Extra virtual sessions have been booked for February and "
     "March 2026.")

# ---- 7 -------------------------------------------------------------------------------------------
d.add_heading("7. Draft quality priorities for 2026/27", level=1)
para("The following priorities were developed with staff, governors and the patient panel, and are proposed "
     "for inclusion in the 2026/27 Quality Account:")
PRIOS = [
    ("Safety: reduce category 3 and 4 pressure ulcers acquired in our care by 20%.",
     ["roll out SSKIN bundle training to all district nursing teams by June 2026;",
      "introduce the digital wound assessment form in every locality."]),
    ("Experience: cut the average wait for children’s occupational therapy to 12 weeks.",
     ["add two new therapy posts funded by the integrated care board;",
      "offer group sessions for families while they wait."]),
    ("Effectiveness: make sure every patient whose NEWS2 score is 5 or more is escalated correctly.",
     ["monthly NEWS2 spot checks on every ward;",
      "deterioration training for all registered and unregistered staff."]),
]
for top, subs in PRIOS:
    para(top, style="List Number")
    for s in subs:
        para(s, style="List Number 2")

d.add_heading("8. Recommendation", level=1)
para("The Board is asked to note the report and the assurance levels given by the Quality and Safety Committee, "
     "and to approve the three draft quality priorities for 2026/27.")

# ---- notes ---------------------------------------------------------------------------------------
bold_heading("Notes")
NOTES = [
    "Incident figures were extracted from the trust’s incident reporting system on 8 January 2026 and may change as incidents are reviewed.",
    "Pressure ulcer figures include only ulcers that developed while the patient was in the trust’s care, as validated by the tissue viability team.",
    "The annual threshold for Clostridioides difficile is set by NHS England for each trust for 2025/26.",
    "Positive means a response of “very good” or “good”; negative means “poor” or “very poor”.",
]
for i, n in enumerate(NOTES, 1):
    para(f"{i}. {n}")

OUT.parent.mkdir(parents=True, exist_ok=True)
d.save(OUT)
print("wrote", OUT)
