"""Build docs/sallowfield-rookham-ft-board-pack-2026-05-14.pdf: a combined public board pack.

Each agenda item is its own Word document written with python-docx 1.2 (source/sallowfield/*.docx), with
its own header ("Board of Directors meeting in public – 14 May 2026") and footer ("Item 8 – Finance report
... Page 2 of 5", PAGE / NUMPAGES fields, so the count restarts in every item). The draft minutes and the
action log are saved as OpenDocument (.odt) by LibreOffice first, as a secretariat working in Writer would
keep them, and exported from the .odt. Every item is exported to PDF by LibreOffice Writer
(soffice --headless --convert-to pdf), the PDFs are joined by pypdf with one bookmark per item, and every
page is then stamped with the board portal's running pack page number ("Pack page 17 of 31", top right).
The front cover and agenda are built last, in a second pass, so the agenda's page column is right.

Figures are computed and asserted here so the minutes, CEO report, IPR, finance report and committee
reports agree where they overlap (and differ where they should: the March minutes quote month-10 figures).
Run: /tmp/b6venv/bin/python make_sallowfield.py
"""
import shutil
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
WORK = HERE / "sallowfield"
OUT = HERE.parent / "docs" / "sallowfield-rookham-ft-board-pack-2026-05-14.pdf"
TRUST = "Sallowfield and Rookham Hospitals NHS Foundation Trust"
MEETING = "Board of Directors meeting in public"
DATE = "14 May 2026"
NAVY = RGBColor(0x00, 0x30, 0x87)
BLUE_HEX, PALE_HEX, GREY_HEX = "005EB8", "DCE6F2", "EDEDED"

# ------------------------------------------------------------------------------------------- figures
# Finance, 2025/26 outturn (£m). Plan and actual; deficit = income - expenditure.
PLAN = {"Income": 590.1, "Pay": 402.6, "Non-pay": 181.2, "Financing costs": 16.1}
ACT = {"Income": 596.3, "Pay": 411.9, "Non-pay": 180.6, "Financing costs": 16.5}


def surplus(d):
    return round(d["Income"] - d["Pay"] - d["Non-pay"] - d["Financing costs"], 1)


PLAN_DEF, ACT_DEF = surplus(PLAN), surplus(ACT)
assert (PLAN_DEF, ACT_DEF) == (-9.8, -12.7), (PLAN_DEF, ACT_DEF)
VAR = round(ACT_DEF - PLAN_DEF, 1)
assert VAR == -2.9
M10_FORECAST = -14.2                      # reported to the March board (minutes)
assert round(ACT_DEF - M10_FORECAST, 1) == 1.5
CIP_PLAN, CIP_DONE, CIP_REC = 26.0, 21.4, 13.9
assert f"{CIP_DONE / CIP_PLAN:.0%}" == "82%"
AGENCY = 14.8
assert f"{AGENCY / ACT['Pay']:.1%}" == "3.6%"
CAP_PLAN, CAP_SPENT, CASH = 33.0, 31.5, 18.3
BUD_2627, CIP_2627, CIP_ID = 612.4, 29.5, 22.3
CIP_GAP = round(CIP_2627 - CIP_ID, 1)
assert CIP_GAP == 7.2 and f"{CIP_2627 / BUD_2627:.1%}" == "4.8%"
CAP_2627, CDC_2627 = 36.8, 14.6

# IPR: (metric, standard, Jan, Feb, Mar)
UEC = [("A&E 4-hour standard (all types)", "76% by March 2026", "69.8%", "72.1%", "76.4%"),
       ("Patients waiting 12 hours or more from arrival in A&E", "Reduce", "1,412", "1,108", "886"),
       ("Average ambulance handover time (minutes)", "30", "41", "37", "32"),
       ("Patients with no criteria to reside (daily average)", "60", "97", "91", "84")]
ELEC = [("Referral to treatment within 18 weeks", "60% by March 2026", "57.3%", "57.9%", "58.6%"),
        ("Patients waiting over 52 weeks", "1% of list", "1,244", "1,160", "1,071"),
        ("Patients waiting over 65 weeks", "0", "38", "21", "9"),
        ("Diagnostic tests waiting over 6 weeks", "5%", "18.4%", "16.9%", "14.2%"),
        ("Cancer 28-day Faster Diagnosis Standard", "80%", "76.8%", "78.2%", "80.4%"),
        ("Cancer 62-day treatment standard", "75%", "68.1%", "70.5%", "71.9%")]
QUAL = [("Falls with moderate harm or above", "–", "6", "4", "5"),
        ("Category 3 and 4 pressure ulcers (hospital-acquired)", "0", "2", "1", "0"),
        ("C. difficile cases (hospital-onset and community-onset, healthcare-associated)", "58 in year", "6", "4", "5"),
        ("MRSA bloodstream infections", "0", "0", "1", "0"),
        ("Complaints answered within 30 working days", "80%", "71%", "74%", "78%")]
WF = [("Sickness absence", "4.5%", "5.6%", "5.2%", "4.9%"),
      ("Staff turnover (12-month rolling)", "11%", "10.8%", "10.6%", "10.5%"),
      ("Vacancy rate", "7%", "7.9%", "7.6%", "7.1%"),
      ("Agency spend as % of pay bill", "3.2%", "3.9%", "3.7%", "3.6%"),
      ("Appraisal rate", "90%", "82%", "83%", "85%"),
      ("Mandatory training compliance", "90%", "88%", "89%", "91%")]
CDIFF_YEAR = 61
DEFS = [
    ("A&E 4-hour standard", "Share of all A&E attendances (types 1, 2 and 3, including the urgent treatment centre at "
     "Rookham) admitted, transferred or discharged within four hours of arrival.", "ECDS"),
    ("12-hour waits from arrival", "Patients whose time in the emergency department, from arrival to leaving, was "
     "12 hours or more. This is not the same as the 12-hour trolley wait from decision to admit.", "ECDS"),
    ("Ambulance handover time", "Average time from the ambulance arriving to the patient being handed over to "
     "emergency department staff, from the ambulance service's handover system.", "Ambulance trust"),
    ("No criteria to reside", "Patients in an acute bed at 8am each day who no longer meet the criteria to stay in "
     "hospital, averaged over the month.", "Daily sitrep"),
    ("Referral to treatment within 18 weeks", "Share of patients on the waiting list at the month end who have waited "
     "18 weeks or less since referral.", "RTT return"),
    ("Cancer 28-day Faster Diagnosis Standard", "Share of patients referred urgently with suspected cancer who were "
     "told they have cancer, or that cancer was ruled out, within 28 days.", "Cancer waiting times"),
    ("Cancer 62-day treatment standard", "Share of patients starting first treatment within 62 days of an urgent "
     "referral, screening referral or consultant upgrade.", "Cancer waiting times"),
    ("Falls with moderate harm or above", "Inpatient falls reported as causing moderate harm, severe harm or death, "
     "after review by the falls lead.", "Incident system"),
    ("Capped theatre utilisation", "Time patients spend in theatre as a share of planned session time, with overruns "
     "not counted.", "Model Health System"),
    ("Agency spend as % of pay bill", "Agency staff costs divided by total pay costs for the month.", "Ledger"),
]
PROD = [("Capped theatre utilisation", "85%", "78.4%", "80.1%", "81.6%"),
        ("Day case rate", "85%", "82.9%", "83.5%", "84.2%"),
        ("Outpatient did-not-attend rate", "6%", "7.8%", "7.4%", "7.1%"),
        ("Average length of stay, emergency admissions (days)", "4.8", "5.6", "5.4", "5.1"),
        ("Outpatients moved to patient-initiated follow-up", "5%", "3.9%", "4.4%", "5.2%")]

# Maternity, quarter 4: (measure, Jan, Feb, Mar) and a Q4 column worked out here
MAT = [("Births", 402, 371, 390), ("Stillbirths", 1, 2, 0), ("Neonatal deaths", 0, 1, 1),
       ("Term admissions to the neonatal unit", 19, 16, 21), ("Third and fourth degree tears", 11, 8, 9),
       ("Postpartum haemorrhage of 1.5 litres or more", 14, 12, 17)]
MAT_RATES = [("Caesarean birth rate", "38.6%", "40.2%", "39.0%", "39.3%"),
             ("One-to-one care in established labour", "98.9%", "98.1%", "98.7%", "98.6%"),
             ("Labour ward coordinator supernumerary", "96%", "95%", "97%", "96%")]
BIRTHS_Q4 = sum(r[1:] and sum(r[1:]) for r in MAT[:1])
assert BIRTHS_Q4 == 1163

# Freedom to Speak Up, 2025/26
FTSU_Q = [46, 51, 55, 62]
FTSU_TOTAL = sum(FTSU_Q)
assert FTSU_TOTAL == 214
FTSU_GROUPS = [("Nursing and midwifery", 71), ("Administrative and clerical", 41),
               ("Healthcare support workers", 38), ("Medical and dental", 22), ("Allied health professionals", 19),
               ("Estates and facilities", 15), ("Other or not disclosed", 8)]
assert sum(n for _, n in FTSU_GROUPS) == FTSU_TOTAL
FTSU_THEMES = [("Inappropriate attitudes and behaviours", 81), ("Worker safety or wellbeing", 47),
               ("Patient safety or quality", 41), ("Bullying or harassment", 29), ("Other", 16)]
assert sum(n for _, n in FTSU_THEMES) == FTSU_TOTAL

# People
PEOPLE = {
    "chair": "Margaret Oyelaran", "vice": "Peter Anstruther", "karim": "Dr Aisha Karim", "lund": "Geoffrey Lund",
    "morlais": "Sian Morlais", "obi": "Terence Obi", "brandreth": "Hollie Brandreth",
    "ceo": "Daniel Whitcombe", "cfo": "Fiona Raeburn", "coo": "Sanjay Mehra", "cn": "Claire Pendry",
    "md": "Dr Ewan Lasker", "cpo": "Rachel Osei-Bonsu", "strat": "Imogen Thackeray",
    "dom": "Joanne Tiller", "ftsu": "Marcus Ebdon", "cosec": "Hannah Loxley",
}


# ------------------------------------------------------------------------------------------- docx kit
def shade(cell, hexfill):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{hexfill}"/>'))


def field(run, instr):
    """Append a simple field (PAGE, NUMPAGES) after a run's paragraph content."""
    fld = parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" {instr} "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
                    f'<w:t>1</w:t></w:r></w:fldSimple>')
    run._r.addnext(fld)
    return fld


def new_doc(item_no, item_label, landscape=False, draft=False):
    d = Document()
    s = d.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    else:
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2.0)
    s.top_margin, s.bottom_margin = Cm(2.2), Cm(2.0)
    s.header_distance = s.footer_distance = Cm(1.0)
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(11)
    st.element.get_or_add_rPr().find(qn("w:rFonts")).set(qn("w:eastAsia"), "Arial")
    st.paragraph_format.space_after = Pt(8)
    st.paragraph_format.line_spacing = 1.15
    for name, size in (("Heading 1", 13), ("Heading 2", 11.5), ("Title", 18)):
        h = d.styles[name]
        h.font.name, h.font.size, h.font.color.rgb, h.font.bold = "Arial", Pt(size), NAVY, True
        rpr = h.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
            rpr.insert(0, rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), "Arial")
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
        h.paragraph_format.space_before = Pt(12 if name != "Title" else 0)
        h.paragraph_format.space_after = Pt(4)
    hp = s.header.paragraphs[0]
    tab = s.page_width - s.left_margin - s.right_margin

    def only_right_tab(p):
        """Clear the Header/Footer style's US-letter tab stops (centre 4680, right 9360) and set one right tab
        at the A4 text width."""
        ppr = p._p.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:tabs {nsdecls("w")}><w:tab w:val="clear" w:pos="4680"/>'
                             f'<w:tab w:val="clear" w:pos="9360"/><w:tab w:val="right" w:pos="{int(tab) // 635}"/></w:tabs>'))
    only_right_tab(hp)
    r = hp.add_run(f"{TRUST}\t{MEETING} – {DATE}")
    r.font.size, r.font.color.rgb = Pt(8), RGBColor(0x42, 0x55, 0x63)
    if draft:
        r2 = s.header.add_paragraph().add_run("DRAFT – subject to approval by the Board")
        r2.font.size, r2.font.bold, r2.font.color.rgb = Pt(8), True, RGBColor(0xC0, 0x00, 0x00)
        s.header.paragraphs[1].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = s.footer.paragraphs[0]
    only_right_tab(fp)
    r = fp.add_run(f"Item {item_no} – {item_label}\tPage ")
    r.font.size = Pt(8)
    f1 = field(r, "PAGE")
    r_of = parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> of </w:t></w:r>')
    f1.addnext(r_of)
    f2 = parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" NUMPAGES "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
                   f'<w:t>1</w:t></w:r></w:fldSimple>')
    r_of.addnext(f2)
    return d


def para(d, text, bold=False, size=None, italic=False, align=None, after=None, style=None, keep=False):
    p = d.add_paragraph(style=style)
    parts = text.split("**")
    for k, t in enumerate(parts):
        if t:
            r = p.add_run(t)
            r.bold = bold or (k % 2 == 1)
            r.italic = italic
            if size:
                r.font.size = Pt(size)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def numbered(d, num, text):
    """A numbered paragraph typed as text with a hanging indent (the way most trust templates do it)."""
    p = para(d, f"{num}\t{text}")
    pf = p.paragraph_format
    pf.left_indent, pf.first_line_indent = Cm(1.1), Cm(-1.1)
    pf.tab_stops.add_tab_stop(Cm(1.1))
    return p


def bullets(d, items):
    for it in items:
        p = d.add_paragraph(style="List Bullet")
        for k, t in enumerate(it.split("**")):
            if t:
                p.add_run(t).bold = k % 2 == 1
        p.paragraph_format.space_after = Pt(3)


def table(d, header, rows, widths, bold_last=False, size=9.5, align_right_from=1, header_fill=BLUE_HEX):
    t = d.add_table(rows=1, cols=len(header))
    t.style = d.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for k, h in enumerate(header):
        c = t.rows[0].cells[k]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold, r.font.size, r.font.color.rgb = True, Pt(size), RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, header_fill)
    t.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        last = bold_last and i == len(rows) - 1
        for k, v in enumerate(row):
            cells[k].text = ""
            p = cells[k].paragraphs[0]
            for j, part in enumerate(str(v).split("\n")):
                if j:
                    p = cells[k].add_paragraph()
                r = p.add_run(part)
                r.font.size, r.bold = Pt(size), last
                if align_right_from is not None and k >= align_right_from:
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if last:
                shade(cells[k], GREY_HEX)
        t.rows[-1]._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
    for k, w in enumerate(widths):
        t.columns[k].width = Cm(w)
    for row in t.rows:
        for k, w in enumerate(widths):
            row.cells[k].width = Cm(w)
    for p in t.rows[0].cells[0].paragraphs:
        p.paragraph_format.keep_with_next = True
    d.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def caption(d, text):
    p = para(d, text, bold=True, size=9.5, after=3, keep=True)
    return p


def cover_sheet(d, item_no, title, fields):
    """A one-page cover sheet: item kicker, title, label/value table, then a page break."""
    para(d, f"Agenda item {item_no}", bold=True, size=11, after=2).runs[0].font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
    d.add_paragraph(title, style="Title")
    base = [("Meeting", MEETING), ("Date", DATE), ("Agenda item", str(item_no)), ("Report title", title)]
    t = d.add_table(rows=0, cols=2)
    t.style = d.styles["Table Grid"]
    t.autofit = False
    for label, value in base + fields:
        cells = t.add_row().cells
        cells[0].text = ""
        r = cells[0].paragraphs[0].add_run(label)
        r.bold, r.font.size = True, Pt(10)
        shade(cells[0], PALE_HEX)
        cells[1].text = ""
        for j, part in enumerate(value.split("\n")):
            p = cells[1].paragraphs[0] if j == 0 else cells[1].add_paragraph()
            p.paragraph_format.space_after = Pt(3)
            if part.startswith("• "):
                p.paragraph_format.left_indent = Cm(0.4)
                p.paragraph_format.first_line_indent = Cm(-0.4)
            p.add_run(part).font.size = Pt(10)
    t.columns[0].width, t.columns[1].width = Cm(4.3), Cm(12.7)
    for row in t.rows:
        row.cells[0].width, row.cells[1].width = Cm(4.3), Cm(12.7)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save(d, name):
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"{name}.docx"
    d.save(path)
    return path


# ------------------------------------------------------------------------------------------- items
P_ = PEOPLE


def item_minutes():
    d = new_doc(3, "Draft minutes of the meeting held on 12 March 2026", draft=True)
    d.add_paragraph("Minutes of the Board of Directors meeting in public", style="Title")
    para(d, "Held on Thursday 12 March 2026 at 9.30am in the Boardroom, Education Centre, Sallowfield General "
            "Hospital, and livestreamed", italic=True)
    t = d.add_table(rows=0, cols=2)
    t.autofit = False
    present = [
        ("Present", f"{P_['chair']}, Chair\n{P_['vice']}, Vice Chair and Senior Independent Director\n"
                    f"{P_['karim']}, Non-executive Director\n{P_['lund']}, Non-executive Director\n"
                    f"{P_['morlais']}, Non-executive Director\n{P_['ceo']}, Chief Executive\n"
                    f"{P_['cfo']}, Chief Finance Officer and Deputy Chief Executive\n{P_['coo']}, Chief Operating Officer\n"
                    f"{P_['cn']}, Chief Nurse\n{P_['md']}, Medical Director\n{P_['cpo']}, Chief People Officer"),
        ("In attendance", f"{P_['brandreth']}, Associate Non-executive Director\n{P_['strat']}, Director of Strategy "
                          f"and Partnerships\n{P_['dom']}, Director of Midwifery (minute BoD 26/039)\n"
                          f"{P_['cosec']}, Company Secretary (minutes)\nSix governors and eleven members of the public "
                          "observed the meeting; 48 people watched the livestream"),
        ("Apologies", f"{P_['obi']}, Non-executive Director"),
    ]
    for label, value in present:
        cells = t.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = ""
        for j, line in enumerate(value.split("\n")):
            p = cells[1].paragraphs[0] if j == 0 else cells[1].add_paragraph()
            p.add_run(line)
            p.paragraph_format.space_after = Pt(0)
    t.columns[0].width, t.columns[1].width = Cm(3.5), Cm(13.5)
    for row in t.rows:
        row.cells[0].width, row.cells[1].width = Cm(3.5), Cm(13.5)
    d.add_paragraph()

    def minute(ref, title, paras, resolved=None, actions=()):
        para(d, f"BoD 26/{ref}\t{title}", bold=True, keep=True, after=3).paragraph_format.tab_stops.add_tab_stop(Cm(2.4))
        for ptxt in paras:
            para(d, ptxt)
        if resolved:
            para(d, f"**RESOLVED:** {resolved}")
        for a in actions:
            para(d, f"**ACTION:** {a}")

    minute("031", "Welcome, apologies and quorum",
           [f"The Chair welcomed everyone to the meeting, including governors and members of the public in the room "
            f"and online. Apologies were received from {P_['obi']}. The meeting was quorate."])
    minute("032", "Declarations of interest",
           [f"{P_['karim']} declared that she had been appointed a trustee of St Bride's Hospice, Sallowfield, from "
            "1 March 2026. The Board noted that this did not conflict with any item on the agenda. No other "
            "declarations were made."])
    minute("033", "Minutes of the previous meeting and action log",
           ["The minutes of the meeting held on 15 January 2026 were approved as a correct record. The Board "
            "reviewed the action log and agreed to close the six actions marked as complete."])
    minute("034", "Patient story",
           [f"{P_['cn']} introduced Mr and Mrs Hale, who described Mr Hale's care after he was admitted with sepsis "
            "in December. They praised the speed of treatment in the emergency department but said that he had "
            "waited 19 hours for a bed on a ward, and that they had found it hard to get information while he "
            "was in a corridor. Mrs Hale said that the staff on Ward 22 had been wonderful once he reached the "
            "ward, and that the sepsis nurse had telephoned them after he went home to check on his recovery. "
            "The Board thanked them for sharing their experience. "
            f"{P_['coo']} said that ending corridor care was the trust's first operational priority and that "
            "progress would be reported through the integrated performance report."])
    minute("035", "Chief Executive's report",
           [f"{P_['ceo']} highlighted the pressure on urgent care in January and February, when the hospital had "
            "run at more than 98% bed occupancy on 41 days. Resident doctors had taken industrial action from 3 to "
            "7 February; 214 outpatient appointments and 37 operations had been rescheduled.",
            "He reported that the business case for the Rookham Community Diagnostic Centre had been approved by "
            "NHS England on 20 February 2026 and that construction was expected to start in April.",
            f"{P_['vice']} asked whether the trust was confident of filling the radiographer posts the centre "
            f"would need. {P_['cpo']} said that a joint recruitment campaign with the University of Sallowfield "
            "would start in May, and that 14 student radiographers on placement at the trust had been offered "
            "posts on qualifying.",
            f"{P_['brandreth']} asked about the effect of the industrial action on patients waiting for cancer "
            f"treatment. {P_['md']} said that no cancer operations had been cancelled and that consultants had "
            "covered all emergency rotas."],
           resolved="The Board noted the Chief Executive's report.")
    minute("036", "Integrated performance report (January 2026 data)",
           [f"{P_['coo']} presented the report. A&E 4-hour performance was 69.8% in January, below the trajectory "
            "of 72%, and 1,412 patients had waited 12 hours or more from arrival. Referral to treatment performance "
            "was 57.3%, and 38 patients had waited more than 65 weeks.",
            f"{P_['karim']} asked about the rise in falls with moderate harm on the older people's wards. "
            f"{P_['cn']} said that six falls with moderate harm had been reported in January and that a thematic "
            "review was under way.",
            f"{P_['morlais']} noted that sickness absence remained above 5% for the third month running. "
            f"{P_['cpo']} said that winter viruses accounted for much of the rise, and that the trust's flu "
            "vaccination rate for frontline staff had been 52%, lower than last year.",
            f"{P_['vice']} asked when the Board could expect the 62-day cancer standard to be met. {P_['coo']} "
            "said that the trust's plan was to reach 75% by March 2027, with most of the improvement coming from "
            "urology once the second robotic surgery list started in the summer."],
           resolved="The Board took limited assurance on urgent and emergency care performance and reasonable "
                    "assurance on elective recovery.",
           actions=[f"Set out the recovery trajectory for 12-hour waits in A&E in the next integrated performance "
                    f"report. ({P_['coo']})",
                    f"Review falls with harm on the older people's wards and report to the Quality Committee. "
                    f"({P_['cn']})"])
    minute("037", "Finance report, month 10 2025/26",
           [f"{P_['cfo']} reported a year-to-date deficit of £11.9m at month 10, against a planned deficit of £8.1m. "
            f"The forecast outturn was a deficit of £{-M10_FORECAST}m, compared with the planned deficit of "
            f"£{-PLAN_DEF}m agreed with the ICB. The main causes were the cost of escalation beds kept open since "
            "November and the shortfall in the efficiency programme, which had delivered £17.6m of savings to date.",
            f"{P_['vice']}, as chair of the Finance and Performance Committee, said that the committee had "
            "challenged the reliance on non-recurrent savings and would look at the 2026/27 plan in detail in April.",
            f"{P_['lund']} asked whether the cash position was at risk. {P_['cfo']} said that cash would remain "
            "above the minimum balance of £10m at the year end and that no revenue support would be needed in "
            "2025/26."],
           resolved="The Board noted the month 10 position and the forecast outturn.",
           actions=[f"Bring the final 2026/27 financial plan and efficiency schedule to the May Board. ({P_['cfo']})"])
    minute("038", "Operational plan 2026/27",
           [f"{P_['strat']} presented the draft operational plan for submission to the ICB on 27 March. The plan "
            "commits the trust to 82% A&E 4-hour performance by March 2027, 65% of patients treated within 18 "
            "weeks, and a balanced financial position, which depends on savings of about £29m.",
            f"The Board discussed the risk of committing to a balanced plan. {P_['ceo']} said that the plan had "
            "been agreed with the ICB and the other trusts in the system and that the risks would be set out in "
            "the board assurance framework.",
            f"{P_['lund']} said that he could support the submission only if the Board was clear that the savings "
            "required were larger than any the trust had delivered before. He asked that the final plan in May show "
            "how much of the savings programme had been identified and how much was still to find."],
           resolved="The Board approved the draft operational plan 2026/27 for submission, and delegated final "
                    "sign-off to the Chief Executive and Chair.")
    minute("039", "Maternity and neonatal safety report",
           [f"{P_['dom']} reported that the Care Quality Commission had inspected maternity services at Sallowfield "
            "General Hospital on 10 and 11 February 2026. Initial feedback had praised the kindness of staff and "
            "the bereavement service, and had raised concerns about waits to be seen in maternity triage and about "
            "the checking of emergency equipment. An improvement plan had been put in place straight away.",
            "She also presented the evidence for the maternity incentive scheme year 7, which showed that the "
            "trust met all ten safety actions."],
           resolved="The Board approved the maternity incentive scheme year 7 declaration of compliance with all "
                    "ten safety actions, for the Chief Executive to sign.",
           actions=[f"Share the CQC maternity inspection report with the Board when it is published. ({P_['dom']})"])
    minute("040", "Board assurance framework, quarter 3",
           [f"{P_['cosec']} presented the board assurance framework. The score of BAF 4 (financial sustainability) "
            "had risen from 16 to 20. The Board agreed the scores and asked the Audit Committee to review the "
            "controls on BAF 2 (workforce supply) at its April meeting. The Board also asked for a development "
            "session on the new NHS oversight framework."],
           resolved="The Board approved the quarter 3 board assurance framework.",
           actions=[f"Arrange a Board development session on the new NHS oversight framework. ({P_['cosec']})"])
    minute("041", "Learning from deaths report, quarter 3",
           [f"{P_['md']} presented the report. The Summary Hospital-level Mortality Indicator (SHMI) was 1.05 for "
            "the 12 months to October 2025, in the 'as expected' range. Medical examiners had scrutinised 98% of "
            "deaths in the quarter, and 41 structured judgement reviews had been completed.",
            "Two deaths were judged more likely than not to have been avoidable. Both involved delays in "
            "recognising that a patient's condition was getting worse on a medical ward at night, and the learning "
            "had been built into the deteriorating patient programme.",
            f"{P_['lund']} asked how families were involved. {P_['md']} said that the bereavement team offered every "
            "family the chance to raise concerns with the medical examiner, and that 23 families had done so in the "
            "quarter."],
           resolved="The Board noted the learning from deaths report.")
    minute("042", "Guardian of Safe Working Hours report, quarter 3",
           [f"{P_['md']} presented the report on behalf of Dr Ruth Caldecott, Guardian of Safe Working Hours. "
            "Resident doctors had submitted 187 exception reports in the quarter, 82% of them about working beyond "
            "their rostered hours. Most came from general medicine and general surgery.",
            "The Guardian had levied fines of £4,380 for breaches of the rules on rest, which had been paid into "
            "the resident doctors' fund. Rota gaps in the emergency department were being filled by the new "
            "physician associate and advanced clinical practitioner roles."],
           resolved="The Board noted the report.")
    minute("043", "Reports from committee chairs",
           [f"{P_['lund']} reported that the Audit Committee had recommended the reappointment of Harcastle "
            "Pryce LLP as external auditor for a further two years. The Board approved the recommendation.",
            f"{P_['morlais']} reported that the People Committee had reviewed the 2025 staff survey results and "
            "would receive the action plan in June."])
    minute("044", "Questions from governors and the public",
           ["Mr Roy Castellan, a member of the public, asked why carers of patients at Rookham Community Hospital "
            f"had to pay for parking. {P_['ceo']} said that carers of patients staying more than three days could "
            "apply to the ward for a free weekly carer's permit, and that blue badge holders park free on both "
            "sites. He agreed to reply in writing.",
            "A public governor, Mrs Sheila Poynton, asked when Ward 9 would reopen. "
            f"{P_['coo']} said that Ward 9 would reopen as a 24-bed surgical ward in June 2026 after refurbishment."],
           actions=[f"Reply in writing to Mr Castellan about parking for carers at Rookham. ({P_['cosec']})"])
    minute("045", "Any other business and date of next meeting",
           [f"There was no other business. The next meeting in public will be held on Thursday 14 May 2026 at "
            f"9.30am. The Board then resolved to exclude the press and public for the confidential part of the "
            f"meeting. The meeting closed at 12.55pm."])
    para(d, "Signed as a correct record: ............................................ Chair      "
            "Date: ....................", after=0)
    return save(d, "03-draft-minutes-2026-03-12")


ACTIONS = [
    ("A/25/061", "13 Nov 2025", "BoD 25/118", "Provide a breakdown of agency spend by staff group in the finance "
     "report.", P_["cfo"], "Jan 2026", "Closed", "Included in the month 9 finance report to the January Board."),
    ("A/26/004", "15 Jan 2026", "BoD 26/009", "Report the findings of the corridor care review to the Board.",
     P_["coo"], "Mar 2026", "Closed", "Reported under the Chief Executive's report in March."),
    ("A/26/007", "15 Jan 2026", "BoD 26/012", "Bring proposals for a staff car parking permit scheme at Rookham "
     "Community Hospital.", P_["cpo"], "May 2026", "Open", "Deferred to July 2026 so that the staff side can be "
     "consulted on the permit charges."),
    ("A/26/018", "12 Mar 2026", "BoD 26/036", "Set out the recovery trajectory for 12-hour waits in A&E in the "
     "next integrated performance report.", P_["coo"], "May 2026", "Proposed for closure",
     "Trajectory included in the integrated performance report, item 7, section 2."),
    ("A/26/019", "12 Mar 2026", "BoD 26/036", "Review falls with harm on the older people's wards and report to the "
     "Quality Committee.", P_["cn"], "Jun 2026", "Open", "Thematic review completed on 17 April; findings to the "
     "Quality Committee on 23 June 2026."),
    ("A/26/020", "12 Mar 2026", "BoD 26/037", "Bring the final 2026/27 financial plan and efficiency schedule to "
     "the May Board.", P_["cfo"], "May 2026", "Proposed for closure", "See the finance report, item 8, section 7."),
    ("A/26/021", "12 Mar 2026", "BoD 26/039", "Share the CQC maternity inspection report with the Board when it is "
     "published.", P_["dom"], "May 2026", "Open", "The CQC has told the trust to expect the draft report for "
     "factual accuracy checking in June 2026."),
    ("A/26/022", "12 Mar 2026", "BoD 26/044", "Reply in writing to Mr Castellan about parking for carers at "
     "Rookham.", P_["cosec"], "Apr 2026", "Closed", "Letter sent on 24 March 2026."),
    ("A/26/023", "12 Mar 2026", "BoD 26/040", "Arrange a Board development session on the new NHS oversight "
     "framework.", P_["cosec"], "Jul 2026", "Open", "Session being arranged with NHS England's regional team."),
]


def item_action_log():
    d = new_doc(4, "Action log", landscape=True)
    d.add_paragraph("Board of Directors (public): action log", style="Title")
    para(d, "Open actions, and actions closed since the last meeting. Actions proposed for closure are closed if "
            "the Board agrees.", italic=True)
    table(d, ["Ref", "Meeting", "Minute", "Action", "Lead", "Due", "Status", "Update"],
          [a for a in ACTIONS], [1.9, 2.0, 2.0, 6.3, 3.3, 1.7, 2.3, 6.2], size=8.5, align_right_from=None)
    counts = {s: sum(a[6] == s for a in ACTIONS) for s in ("Open", "Proposed for closure", "Closed")}
    para(d, f"Summary: {counts['Open']} open, {counts['Proposed for closure']} proposed for closure, "
            f"{counts['Closed']} closed since the last meeting.", size=9)
    return save(d, "04-action-log")


def item_ceo():
    d = new_doc(6, "Chief Executive's report")
    cover_sheet(d, 6, "Chief Executive's report", [
        ("Purpose", "For information"),
        ("Executive lead", f"{P_['ceo']}, Chief Executive"),
        ("Author", f"{P_['ceo']}, Chief Executive, with the executive team"),
        ("Executive summary", "The report updates the Board on the trust's performance over the winter, the "
                              "year-end financial position, the Rookham Community Diagnostic Centre, our people, "
                              "and national and system developments since the last meeting in March."),
        ("Recommendation", "The Board is asked to note the report."),
        ("Previously considered by", "Not applicable"),
        ("Link to strategic objectives", "All"),
        ("Board assurance framework", "BAF 1 (urgent care capacity), BAF 2 (workforce supply), BAF 4 (financial "
                                      "sustainability)"),
        ("Equality impact", "No specific impact; equality matters are covered in the individual reports"),
    ])
    d.add_paragraph("Chief Executive's report", style="Heading 1")
    d.add_paragraph("1. Introduction", style="Heading 2")
    numbered(d, "1.1", "This is my first report to the Board since the end of the financial year. Winter was the "
                       "hardest our staff have faced since the pandemic, and I want to thank every colleague who "
                       "worked extra shifts, stayed late or came in on their days off. Our performance in March "
                       "shows what that effort achieved.")
    d.add_paragraph("2. Operational performance", style="Heading 2")
    numbered(d, "2.1", "In March 76.4% of patients were seen, treated and admitted or discharged within four hours "
                       "of arriving in A&E. This is our best performance for two years and meant we met the 76% "
                       "national standard for March 2026. The new same day emergency care unit, which opened next to "
                       "the emergency department on 2 March, now sees about 70 patients a day who would otherwise "
                       "have waited in the department.")
    numbered(d, "2.2", "We stopped using corridors to care for patients on 20 March and have not used them since. "
                       "The number of patients waiting 12 hours or more in A&E fell to 886 in March, from 1,412 in "
                       "January. The trajectory for the rest of the year is in the integrated performance report.")
    numbered(d, "2.3", "We ended the year with nine patients waiting more than 65 weeks for treatment, all of them "
                       "by their own choice or for clinical reasons. Cancer performance improved, and we met the "
                       "Faster Diagnosis Standard in March for the first time this year.")
    d.add_paragraph("3. Finance", style="Heading 2")
    numbered(d, "3.1", f"We ended 2025/26 with a deficit of £{-ACT_DEF}m against a planned deficit of "
                       f"£{-PLAN_DEF}m. The figures are unaudited and are set out in the finance report (item 8). We "
                       "delivered £21.4m of savings, short of our £26.0m target, and too much of that was one-off.")
    numbered(d, "3.2", "Our plan for 2026/27 is to break even. That is a big step, and it depends on saving "
                       f"£{CIP_2627}m. The Finance and Performance Committee has looked closely at the plan, and its "
                       "chair's report (item 11) sets out what it found.")
    d.add_paragraph("4. Rookham Community Diagnostic Centre", style="Heading 2")
    numbered(d, "4.1", "Building work on the Rookham Community Diagnostic Centre started on 7 April 2026. The centre "
                       "is funded by £18.4m of national capital and will open in summer 2027, offering CT, MRI, "
                       "ultrasound, X-ray, endoscopy and phlebotomy. When it is fully open it will provide about "
                       "96,000 tests a year and take much of the pressure off the imaging department at Sallowfield "
                       "General.")
    numbered(d, "4.2", "We held two drop-in sessions for Rookham residents in April, attended by 130 people. The main "
                       "concerns were parking and buses, and we are working with Sallowfield Borough Council on a "
                       "new bus stop outside the centre.")
    d.add_paragraph("5. Our people", style="Heading 2")
    numbered(d, "5.1", "The 2025 NHS Staff Survey results were published on 12 March. 49% of our staff took part, up "
                       "from 44%. Our staff engagement score rose from 6.6 to 6.8, and 58% of staff would recommend "
                       "the trust as a place to work, up from 54%. Scores on speaking up fell, and the Freedom to "
                       "Speak Up Guardian's annual report (item 10) looks at why.")
    numbered(d, "5.2", "Resident doctors took further industrial action from 22 to 26 April. Consultants and other "
                       "staff covered the gaps, and we kept all cancer and urgent operations going. 168 outpatient "
                       "appointments and 29 operations had to be moved.")
    numbered(d, "5.3", "I am pleased to report that our hospital at home team won Team of the Year at the North "
                       "Wessover Health and Care Awards on 30 April, and that Gemma Aldous, a healthcare support "
                       "worker on Ward 14, received a Chief Nursing Officer's Silver Award.")
    numbered(d, "5.4", "Since the last meeting I have:")
    bullets(d, ["spent a night shift with the site management team and the hospital at night team;",
                "visited the new same day emergency care unit, the discharge lounge and Ward 14;",
                "met the Sallowfield and Rookham Council of Governors on 15 April;",
                "joined the Rookham Patient Participation Group's annual meeting; and",
                "met the leaders of Sallowfield Borough Council and Wessover County Council to discuss delayed "
                "discharges and the community diagnostic centre."])
    d.add_paragraph("6. Estates and digital", style="Heading 2")
    numbered(d, "6.1", "Ward 9 will reopen in June 2026 as a 24-bed surgical ward after a £2.6m refurbishment, with "
                       "single rooms and a bay for patients recovering from orthopaedic surgery. Staff car parking "
                       "charges at both hospitals will change on 1 July 2026, after consultation with staff side "
                       "colleagues.")
    numbered(d, "6.2", "The second phase of our electronic patient record, covering outpatients and theatres, will go "
                       "live on 14 September 2026. More than 2,600 staff have already been trained.")
    d.add_paragraph("7. National and system news", style="Heading 2")
    numbered(d, "7.1", "NHS Sallowfield and Rookham Integrated Care Board will merge with its neighbour to form NHS "
                       "Wessover Integrated Care Board from 1 April 2027. The ICB is consulting on its new structure "
                       "and expects the number of ICB staff working on our area to fall by about a third.")
    numbered(d, "7.2", "The trust has joined the Wessover Elective Collaborative, through which four trusts will "
                       "share theatre lists and waiting lists for orthopaedics, ophthalmology and general surgery "
                       "from July 2026.")
    d.add_paragraph("8. Recommendation", style="Heading 2")
    numbered(d, "8.1", "The Board is asked to note the report.")
    para(d, f"**{P_['ceo']}**, Chief Executive, 6 May 2026")
    return save(d, "06-chief-executive-report")


def item_ipr():
    d = new_doc(7, "Integrated performance report, March 2026")
    cover_sheet(d, 7, "Integrated performance report, March 2026", [
        ("Purpose", "For assurance"),
        ("Executive leads", f"{P_['coo']}, Chief Operating Officer\n{P_['cn']}, Chief Nurse\n"
                            f"{P_['cpo']}, Chief People Officer"),
        ("Author", "Kiran Dhaliwal, Head of Performance and Information"),
        ("Executive summary", "A&E 4-hour performance reached 76.4% in March and met the national standard. "
                              "12-hour waits fell for the third month. Elective and cancer performance improved but "
                              "remain below standard. C. difficile cases ended the year above the threshold. "
                              "Sickness absence fell below 5% for the first time since October."),
        ("Recommendation", "The Board is asked to:\n• take reasonable assurance on urgent and emergency care, "
                           "elective and cancer performance;\n• take limited assurance on infection prevention "
                           "and control; and\n• note the 12-hour waits trajectory for 2026/27."),
        ("Previously considered by", "Finance and Performance Committee, 23 April 2026; Quality Committee, 28 April "
                                     "2026; People Committee, 30 April 2026"),
        ("Board assurance framework", "BAF 1, BAF 2, BAF 3 (quality and safety of care)"),
        ("Equality impact", "Waiting list data by ethnicity and deprivation are reported quarterly to the Finance "
                            "and Performance Committee"),
    ])
    d.add_paragraph("Integrated performance report, March 2026", style="Heading 1")
    d.add_paragraph("1. Summary", style="Heading 2")
    numbered(d, "1.1", "This report covers performance to the end of March 2026, the last month of the 2025/26 "
                       "year. Figures for April will be in the next report. Each table shows the last three months "
                       "against the standard that applied in 2025/26.")
    numbered(d, "1.2", "The main points this month are:")
    bullets(d, ["A&E 4-hour performance met the national standard of 76% in March, for the first time since "
                "April 2024.",
                "12-hour waits in A&E fell for the third month running, to 886, and corridor care ended on 20 March.",
                "Referral to treatment performance improved to 58.6% but did not reach the 60% target for March 2026.",
                "The Faster Diagnosis Standard was met in March (80.4%); the 62-day standard was not (71.9%).",
                f"There were {CDIFF_YEAR} C. difficile cases in the year, above the threshold of 58.",
                "Sickness absence fell to 4.9% and mandatory training reached 91%."])
    numbered(d, "1.3", "Section 6 reports productivity measures for the first time, as the Finance and Performance "
                       "Committee asked in January. They will be part of the report from now on.")
    d.add_paragraph("2. Urgent and emergency care", style="Heading 2")
    caption(d, "Table 1: Urgent and emergency care")
    table(d, ["Measure", "Standard", "Jan 2026", "Feb 2026", "Mar 2026"], UEC, [7.2, 3.2, 2.2, 2.2, 2.2])
    numbered(d, "2.1", "A&E 4-hour performance rose for the third month in a row and met the 76% standard in March. "
                       "Type 1 performance (the main emergency department only) was 64.2%.")
    numbered(d, "2.2", "The recovery trajectory for 12-hour waits, requested by the Board in March, is to have fewer "
                       "than 700 patients a month waiting 12 hours or more by June 2026 and fewer than 500 a month "
                       "by September 2026, before winter. It depends on reducing the number of patients with no "
                       "criteria to reside to 60 a day.")
    numbered(d, "2.3", "Ambulance handovers averaged 32 minutes in March. 214 handovers took longer than 60 minutes, "
                       "down from 486 in January.")
    d.add_paragraph("3. Elective care and cancer", style="Heading 2")
    caption(d, "Table 2: Elective care and cancer")
    table(d, ["Measure", "Standard", "Jan 2026", "Feb 2026", "Mar 2026"], ELEC, [7.2, 3.2, 2.2, 2.2, 2.2])
    numbered(d, "3.1", "The waiting list was 58,912 at the end of March. Nine patients were waiting more than 65 "
                       "weeks: six chose to wait and three were not fit for surgery.")
    numbered(d, "3.2", "Diagnostic waits improved as the mobile MRI scanner at Rookham added 1,150 scans in the "
                       "quarter. Echocardiography and endoscopy have the longest waits.")
    numbered(d, "3.3", "The 62-day cancer standard was not met. Urology and lower gastrointestinal cancers account for "
                       "more than half of the patients treated after 62 days.")
    d.add_paragraph("4. Quality and safety", style="Heading 2")
    caption(d, "Table 3: Quality and safety")
    table(d, ["Measure", "Standard", "Jan 2026", "Feb 2026", "Mar 2026"], QUAL, [7.2, 3.2, 2.2, 2.2, 2.2])
    numbered(d, "4.1", f"There were {CDIFF_YEAR} C. difficile cases in 2025/26 against a threshold of 58. Ribotyping "
                       "found no link between most of the cases; two linked cases on Ward 12 led to a deep clean and "
                       "a review of antibiotic prescribing.")
    numbered(d, "4.2", "The MRSA bloodstream infection in February was a patient in the intensive care unit. The "
                       "post-infection review found it was linked to a central line and the learning has been shared.")
    numbered(d, "4.3", "Complaints answered within 30 working days rose to 78% in March. The complaints team has "
                       "cleared its backlog of cases older than three months.")
    d.add_paragraph("5. Our people", style="Heading 2")
    caption(d, "Table 4: Workforce")
    table(d, ["Measure", "Standard", "Jan 2026", "Feb 2026", "Mar 2026"], WF, [7.2, 3.2, 2.2, 2.2, 2.2])
    numbered(d, "5.1", "Sickness absence fell to 4.9% in March, the lowest since October, but is still above the "
                       "4.5% target. Anxiety, stress and depression remain the most common cause.")
    numbered(d, "5.2", "Agency spend was 3.6% of the pay bill in March, above the 3.2% ceiling. Most agency spend is "
                       "on medical staff in the emergency department and on registered mental health nurses to "
                       "care for patients who need one-to-one support.")
    numbered(d, "5.3", "Appraisal rates remain the furthest from target. Each division has a recovery plan, and the "
                       "People Committee will review progress in June.")
    d.add_paragraph("6. Productivity", style="Heading 2")
    caption(d, "Table 5: Productivity")
    table(d, ["Measure", "Standard", "Jan 2026", "Feb 2026", "Mar 2026"], PROD, [7.2, 3.2, 2.2, 2.2, 2.2])
    numbered(d, "6.1", "Capped theatre utilisation rose to 81.6% in March but remains below the 85% standard. Late "
                       "starts are the main cause: 38% of lists started more than 15 minutes late in March. A new "
                       "theatre scheduling system goes live in June 2026.")
    numbered(d, "6.2", "The outpatient did-not-attend rate fell to 7.1% after two-way text reminders were extended to "
                       "all specialties in January. Each missed appointment costs the trust about £120.")
    numbered(d, "6.3", "Length of stay for emergency admissions fell to 5.1 days as the number of patients with no "
                       "criteria to reside came down. Each day saved on average frees about 38 beds.")
    d.add_paragraph("7. Recommendation", style="Heading 2")
    numbered(d, "7.1", "The Board is asked to take reasonable assurance on urgent and emergency care, elective and "
                       "cancer performance, take limited assurance on infection prevention and control, and note "
                       "the 12-hour waits trajectory.")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("Appendix A: Definitions of measures", style="Heading 2")
    table(d, ["Measure", "Definition", "Source"], DEFS, [4.4, 9.6, 3.0], align_right_from=None, size=9)
    return save(d, "07-integrated-performance-report")


def item_finance():
    d = new_doc(8, "Finance report, month 12 2025/26")
    cover_sheet(d, 8, "Finance report, month 12 2025/26", [
        ("Purpose", "For assurance and approval"),
        ("Executive lead", f"{P_['cfo']}, Chief Finance Officer and Deputy Chief Executive"),
        ("Author", "Owain Treharne, Deputy Director of Finance"),
        ("Executive summary", f"The trust ended 2025/26 with an unaudited deficit of £{-ACT_DEF}m, £{-VAR}m worse than "
                              f"the planned deficit of £{-PLAN_DEF}m. Savings of £{CIP_DONE}m were delivered against "
                              f"a target of £{CIP_PLAN}m. Capital spend was £{CAP_SPENT}m and cash at 31 March was "
                              f"£{CASH}m. The 2026/27 plan is to break even, with savings of £{CIP_2627}m of which "
                              f"£{CIP_GAP}m is not yet identified."),
        ("Recommendation", f"The Board is asked to:\n• note the unaudited financial position for 2025/26;\n• approve "
                           f"the 2026/27 revenue budget of £{BUD_2627}m and the capital plan of £{CAP_2627}m; and\n"
                           f"• note the risk from the £{CIP_GAP}m of savings not yet identified."),
        ("Previously considered by", "Finance and Performance Committee, 23 April 2026"),
        ("Board assurance framework", "BAF 4 (financial sustainability)"),
        ("Equality impact", "Savings schemes with a possible impact on patients have a quality and equality impact "
                            "assessment signed off by the Medical Director and Chief Nurse"),
    ])
    d.add_paragraph("Finance report, month 12 2025/26", style="Heading 1")
    d.add_paragraph("1. Summary", style="Heading 2")
    numbered(d, "1.1", f"The trust ended the year with a deficit of £{-ACT_DEF}m, subject to audit. This is £{-VAR}m "
                       f"worse than the plan of a £{-PLAN_DEF}m deficit agreed with the ICB, but better than the "
                       "forecast made at month 10, because of extra income for elective activity in February and "
                       "March and lower spending on escalation beds after corridor care ended.")
    numbered(d, "1.2", "The accounts will be audited by Harcastle Pryce LLP and presented to the Audit Committee on "
                       "18 June 2026 before submission to NHS England by 30 June.")
    d.add_paragraph("2. Income and expenditure", style="Heading 2")
    caption(d, "Table 1: Income and expenditure, 2025/26 (£m)")
    rows = []
    for k in PLAN:
        v = ACT[k] - PLAN[k] if k == "Income" else PLAN[k] - ACT[k]
        rows.append((k, f"{PLAN[k]:.1f}", f"{ACT[k]:.1f}", f"{v:.1f}" if v >= 0 else f"({-v:.1f})"))
    rows.append(("Surplus / (deficit)", f"({-PLAN_DEF:.1f})", f"({-ACT_DEF:.1f})", f"({-VAR:.1f})"))
    table(d, ["", "Annual plan", "Actual", "Variance: favourable / (adverse)"], rows, [6.0, 3.0, 3.0, 4.6],
          bold_last=True)
    caption(d, "Table 2: Income by source, 2025/26 (£m)")
    inc = [("ICB and NHS England clinical income", 538.9, 541.8), ("Education and training", 20.8, 21.7),
           ("Research and development", 4.6, 4.9), ("Other operating income (car parking, catering, "
           "accommodation and other)", 25.8, 27.9)]
    assert round(sum(x[1] for x in inc), 1) == PLAN["Income"] and round(sum(x[2] for x in inc), 1) == ACT["Income"]
    rows = [(n, f"{p:.1f}", f"{a:.1f}", f"{a - p:.1f}") for n, p, a in inc]
    rows.append(("Total income", f"{PLAN['Income']:.1f}", f"{ACT['Income']:.1f}", f"{ACT['Income'] - PLAN['Income']:.1f}"))
    table(d, ["Source", "Annual plan", "Actual", "Variance"], rows, [8.6, 2.6, 2.6, 2.8], bold_last=True)
    numbered(d, "2.1", f"Income was £{ACT['Income'] - PLAN['Income']:.1f}m above plan, mainly from elective "
                       "activity above the agreed baseline and from education and training income.")
    numbered(d, "2.2", f"Pay was £{ACT['Pay'] - PLAN['Pay']:.1f}m over budget. Escalation beds, which were open from "
                       "November to March, cost £4.7m, and cover for industrial action cost £1.3m. Agency spend for "
                       f"the year was £{AGENCY}m, {AGENCY / ACT['Pay']:.1%} of the pay bill, against the national "
                       "ceiling of 3.2%.")
    numbered(d, "2.3", "Non-pay was slightly under budget. Drugs costs were £1.9m over budget, mostly high-cost "
                       "cancer drugs that are paid for by commissioners, and this was offset by lower spending on "
                       "outsourced activity and on energy.")
    d.add_paragraph("3. Efficiency programme", style="Heading 2")
    numbered(d, "3.1", f"The trust delivered £{CIP_DONE}m of savings against its £{CIP_PLAN}m target "
                       f"({CIP_DONE / CIP_PLAN:.0%}). Only £{CIP_REC}m of the savings were recurrent; the rest were "
                       "one-off, mostly vacancies held and the release of provisions.")
    caption(d, "Table 3: Savings delivered by category, 2025/26 (£m)")
    cip = [("Workforce and rostering", 7.9, 6.1), ("Medicines optimisation", 3.6, 3.4),
           ("Procurement and non-pay", 4.8, 3.9), ("Theatre and outpatient productivity", 5.2, 3.2),
           ("Estates and facilities", 2.1, 1.9), ("Corporate services", 2.4, 2.9)]
    assert round(sum(x[1] for x in cip), 1) == CIP_PLAN and round(sum(x[2] for x in cip), 1) == CIP_DONE
    rows = [(n, f"{p:.1f}", f"{a:.1f}", f"{a - p:.1f}" if a >= p else f"({p - a:.1f})") for n, p, a in cip]
    rows.append(("Total", f"{CIP_PLAN:.1f}", f"{CIP_DONE:.1f}", f"({CIP_PLAN - CIP_DONE:.1f})"))
    table(d, ["Category", "Target", "Delivered", "Variance"], rows, [7.6, 3.0, 3.0, 3.0], bold_last=True)
    d.add_paragraph("4. Capital", style="Heading 2")
    numbered(d, "4.1", f"Capital spend was £{CAP_SPENT}m against a plan of £{CAP_PLAN}m. The main schemes were the "
                       "same day emergency care unit (£6.8m), replacement of two CT scanners (£3.2m), the electronic "
                       "patient record (£5.4m), backlog maintenance (£7.1m) and design and enabling works for the "
                       "Rookham Community Diagnostic Centre (£2.1m). The underspend of £1.5m was agreed with the ICB "
                       "and is carried into 2026/27.")
    caption(d, "Table 4: Capital programme, 2025/26 (£m)")
    capx = [("Same day emergency care unit", 7.0, 6.8), ("CT scanner replacement (two scanners)", 3.2, 3.2),
            ("Electronic patient record", 5.9, 5.4), ("Backlog maintenance", 7.3, 7.1),
            ("Rookham Community Diagnostic Centre: design and enabling works", 2.4, 2.1),
            ("Medical equipment", 4.6, 4.5), ("IT infrastructure and cyber security", 2.6, 2.4)]
    assert round(sum(x[1] for x in capx), 1) == CAP_PLAN and round(sum(x[2] for x in capx), 1) == CAP_SPENT
    rows = [(n, f"{p:.1f}", f"{a:.1f}", f"{p - a:.1f}") for n, p, a in capx]
    rows.append(("Total", f"{CAP_PLAN:.1f}", f"{CAP_SPENT:.1f}", f"{CAP_PLAN - CAP_SPENT:.1f}"))
    table(d, ["Scheme", "Plan", "Actual", "Underspend"], rows, [8.6, 2.6, 2.6, 2.8], bold_last=True)
    d.add_paragraph("5. Cash", style="Heading 2")
    numbered(d, "5.1", f"Cash at 31 March 2026 was £{CASH}m, above the minimum balance of £10m. The trust paid 94% "
                       "of invoices within 30 days, below the 95% target of the Better Payment Practice Code.")
    caption(d, "Table 5: Statement of financial position at 31 March 2026 (£m, unaudited)")
    bs = [("Non-current assets (property, plant, equipment and intangibles)", "412.6"),
          ("Current assets excluding cash", "48.9"), ("Cash", f"{CASH}"), ("Current liabilities", "(96.4)"),
          ("Non-current liabilities", "(61.7)"), ("Total net assets", "321.7"),
          ("Public dividend capital", "298.4"), ("Revaluation reserve", "104.6"),
          ("Income and expenditure reserve", "(81.3)"), ("Total taxpayers' equity", "321.7")]
    assert round(412.6 + 48.9 + CASH - 96.4 - 61.7, 1) == 321.7 == round(298.4 + 104.6 - 81.3, 1)
    table(d, ["", "31 March 2026"], bs, [12.6, 4.0])
    d.add_paragraph("6. Risks", style="Heading 2")
    numbered(d, "6.1", "The year-end figures may change during the audit. The main judgement is the valuation of "
                       "land and buildings, which the District Valuer is reviewing.")
    d.add_paragraph("7. Financial plan 2026/27", style="Heading 2")
    numbered(d, "7.1", f"The 2026/27 plan is to break even, on a revenue budget of £{BUD_2627}m. It needs savings of "
                       f"£{CIP_2627}m ({CIP_2627 / BUD_2627:.1%} of expenditure). Schemes worth £{CIP_ID}m have been "
                       f"identified, leaving £{CIP_GAP}m still to find. The biggest schemes are a reduction of 120 "
                       "posts in corporate and clinical support services, closing the remaining escalation beds, and "
                       "moving 40% of follow-up outpatient appointments to patient-initiated follow-up.")
    numbered(d, "7.2", f"The capital plan for 2026/27 is £{CAP_2627}m, including £{CDC_2627}m for the Rookham "
                       "Community Diagnostic Centre, £6.0m for the electronic patient record and £8.2m for "
                       "backlog maintenance.")
    numbered(d, "7.3", "The Finance and Performance Committee reviewed the plan on 23 April and recommends it to the "
                       "Board. The committee asked for a monthly report on the unidentified savings until the gap "
                       "is closed.")
    d.add_paragraph("8. Recommendation", style="Heading 2")
    numbered(d, "8.1", f"The Board is asked to note the unaudited financial position for 2025/26, approve the "
                       f"2026/27 revenue budget of £{BUD_2627}m and capital plan of £{CAP_2627}m, and note the risk "
                       f"from the £{CIP_GAP}m of savings not yet identified.")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("Appendix 1: Position by division, 2025/26 (£m)", style="Heading 2")
    divs = [("Medicine and emergency care", -4.6), ("Surgery and anaesthetics", -1.1),
            ("Women's and children's", 0.3), ("Clinical support services", -0.4),
            ("Estates and facilities", 0.5), ("Corporate services", 1.2)]
    central = round(VAR - sum(v for _, v in divs), 1)
    divs.append(("Central budgets and reserves", central))
    assert round(sum(v for _, v in divs), 1) == VAR and central == 1.2, central
    rows = [(n, f"{v:.1f}" if v >= 0 else f"({-v:.1f})") for n, v in divs] + [("Total variance", f"({-VAR:.1f})")]
    table(d, ["Division", "Variance to budget: favourable / (adverse)"], rows, [9.0, 7.0], bold_last=True)
    para(d, "Medicine and emergency care overspent because of the escalation beds and medical agency cover in the "
            "emergency department. Central budgets include the release of provisions that are no longer needed.")
    d.add_paragraph("Appendix 2: Main financial risks for 2026/27", style="Heading 2")
    table(d, ["Risk", "Value (£m)", "Mitigation"],
          [("Savings not identified", f"{CIP_GAP}", "Monthly review by the Finance and Performance Committee; "
            "a second round of divisional savings workshops in May"),
           ("Escalation beds needed again next winter", "3.5", "Reduce patients with no criteria to reside to 60 a day "
            "with the councils; winter plan to the Board in September"),
           ("Elective income below plan", "2.8", "Weekly theatre scheduling meeting; Wessover Elective Collaborative "
            "to share capacity"),
           ("Further industrial action", "1.5", "No funding assumed; rotas planned in advance by the medical "
            "workforce team")], [4.6, 2.2, 10.2], align_right_from=None)
    return save(d, "08-finance-report-m12")


def item_maternity():
    d = new_doc(9, "Maternity and neonatal safety report, quarter 4 2025/26")
    cover_sheet(d, 9, "Maternity and neonatal safety report, quarter 4 2025/26", [
        ("Purpose", "For assurance"),
        ("Executive lead", f"{P_['cn']}, Chief Nurse and Board maternity safety champion"),
        ("Authors", f"{P_['dom']}, Director of Midwifery\nDr Femi Adewale, Clinical Director for Obstetrics"),
        ("Executive summary", "The report gives the perinatal quality surveillance data for January to March 2026, "
                              "an update on the CQC inspection of February 2026 and the improvement plan for "
                              "maternity triage, midwifery staffing, and progress with Saving Babies' Lives "
                              "version 3."),
        ("Recommendation", "The Board is asked to:\n• note the perinatal quality surveillance data for quarter 4;\n"
                           "• take assurance from the progress of the maternity triage improvement plan; and\n"
                           "• approve the midwifery staffing establishment review, which adds 9.6 WTE midwives."),
        ("Previously considered by", "Quality Committee, 28 April 2026; Maternity and Neonatal Safety Champions "
                                     "meeting, 16 April 2026"),
        ("Board assurance framework", "BAF 3 (quality and safety of care)"),
        ("Equality impact", "Outcomes are monitored by ethnicity and deprivation; see section 7"),
    ])
    d.add_paragraph("Maternity and neonatal safety report, quarter 4 2025/26", style="Heading 1")
    d.add_paragraph("1. Perinatal quality surveillance", style="Heading 2")
    numbered(d, "1.1", "Table 1 shows the measures the Board reviews each quarter under the perinatal quality "
                       "surveillance model. All stillbirths and neonatal deaths are reviewed using the Perinatal "
                       "Mortality Review Tool with the family's involvement.")
    caption(d, "Table 1: Perinatal quality surveillance, January to March 2026")
    rows = [(m, f"{a:,}", f"{b:,}", f"{c:,}", f"{a + b + c:,}") for m, a, b, c in MAT] + list(MAT_RATES)
    table(d, ["Measure", "Jan 2026", "Feb 2026", "Mar 2026", "Quarter 4"], rows, [7.4, 2.4, 2.4, 2.4, 2.4])
    numbered(d, "1.2", "One of the two neonatal deaths and one stillbirth met the criteria for referral to Maternity "
                       "and Newborn Safety Investigations (MNSI), and both have been referred. The family of each "
                       "baby has been offered a named contact.")
    numbered(d, "1.3", "The rate of third and fourth degree tears was 2.4% of vaginal births in the quarter, within "
                       "the expected range. The obstetric anal sphincter injury care bundle is now used in 97% of "
                       "births.")
    d.add_paragraph("2. CQC inspection", style="Heading 2")
    numbered(d, "2.1", "The CQC inspected maternity services at Sallowfield General Hospital on 10 and 11 February "
                       "2026. The trust has not yet received the draft report. At the initial feedback meeting the "
                       "inspectors praised the kindness of staff, the bereavement suite and the infant feeding team, "
                       "and raised two concerns: how long women waited to be assessed in maternity triage, and gaps "
                       "in the daily checks of emergency equipment on the labour ward.")
    numbered(d, "2.2", "Daily equipment checks have been 100% complete since 16 February and are audited weekly by "
                       "the matron for the labour ward.")
    d.add_paragraph("3. Maternity triage", style="Heading 2")
    numbered(d, "3.1", "Maternity triage uses the Birmingham Symptom-specific Obstetric Triage System, under which "
                       "women should be assessed by a midwife within 15 minutes of arrival. In January only 61% were "
                       "assessed within 15 minutes. After a dedicated triage midwife was put on every shift and a "
                       "second assessment room opened on 2 March, this rose to 88% in March.")
    numbered(d, "3.2", "A new telephone triage line, staffed 24 hours a day by experienced midwives, will open on "
                       "1 June 2026 so that fewer women need to come in to be assessed.")
    d.add_paragraph("4. Midwifery staffing", style="Heading 2")
    numbered(d, "4.1", "The midwife to birth ratio was 1:27 in quarter 4, against the recommended 1:26. There were "
                       "14.2 WTE midwife vacancies at the end of March, and 11 newly qualified midwives will start "
                       "in September 2026.")
    numbered(d, "4.2", "The three-yearly review of the midwifery establishment, using the Birthrate Plus tool, "
                       "recommends 9.6 WTE more midwives at a cost of £0.52m a year. This is included in the 2026/27 "
                       "budget.")
    numbered(d, "4.3", "Training compliance is shown in Table 2. Anaesthetists' PROMPT compliance is below the 90% "
                       "standard because two sessions were cancelled during industrial action; both have been "
                       "rebooked for June.")
    caption(d, "Table 2: Maternity training compliance at 31 March 2026")
    table(d, ["Training", "Midwives", "Obstetricians", "Anaesthetists", "Standard"],
          [("PROMPT (multi-professional obstetric emergencies)", "94%", "91%", "88%", "90%"),
           ("Fetal monitoring", "96%", "92%", "–", "90%"),
           ("Newborn life support", "95%", "–", "–", "90%")], [7.0, 2.4, 2.6, 2.6, 2.2])
    d.add_paragraph("5. Saving Babies' Lives and the maternity incentive scheme", style="Heading 2")
    numbered(d, "5.1", "The trust has fully implemented 87% of the interventions in Saving Babies' Lives version 3, "
                       "up from 79% in quarter 3. The remaining gaps are in the reduction of smoking in pregnancy "
                       "and in fetal growth surveillance.")
    numbered(d, "5.2", "The declaration for year 7 of the maternity incentive scheme, approved by the Board in "
                       "March, was submitted on 30 March 2026.")
    d.add_paragraph("6. Safety champions and listening to families", style="Heading 2")
    numbered(d, "6.1", f"The Board maternity safety champion, {P_['cn']}, and the non-executive champion, "
                       f"{P_['karim']}, visited the labour ward, the birth centre and the neonatal unit on 9 April. "
                       "Staff told them that the second triage room had made a real difference, and raised the "
                       "shortage of breast pumps on the postnatal ward; 12 more pumps were ordered the same week.")
    numbered(d, "6.2", "The Maternity and Neonatal Voices Partnership held a 15 steps visit to the antenatal clinic "
                       "in March. Families asked for clearer signs to the clinic and for evening appointments for "
                       "working parents. Evening clinics will start on Tuesdays from June.")
    d.add_paragraph("7. Equity and equality", style="Heading 2")
    numbered(d, "7.1", "Continuity of carer teams for women from Black and Asian backgrounds and from the most "
                       "deprived areas now support 212 women. Interpreters were booked for 96% of appointments where "
                       "they were needed.")
    d.add_paragraph("8. Recommendation", style="Heading 2")
    numbered(d, "8.1", "The Board is asked to note the perinatal quality surveillance data, take assurance from the "
                       "progress of the triage improvement plan and approve the midwifery staffing establishment "
                       "review.")
    return save(d, "09-maternity-neonatal-safety-q4")


def item_ftsu():
    d = new_doc(10, "Freedom to Speak Up Guardian annual report 2025/26")
    cover_sheet(d, 10, "Freedom to Speak Up Guardian annual report 2025/26", [
        ("Purpose", "For discussion and approval"),
        ("Executive lead", f"{P_['cpo']}, Chief People Officer"),
        ("Author", f"{P_['ftsu']}, Freedom to Speak Up Guardian"),
        ("Executive summary", f"Staff raised {FTSU_TOTAL} concerns with the Freedom to Speak Up Guardian and "
                              "champions in 2025/26, up from 167 in 2024/25. The most common theme was "
                              "inappropriate attitudes and behaviours. Six people said they had suffered detriment "
                              "for speaking up. Staff survey scores on speaking up fell."),
        ("Recommendation", "The Board is asked to:\n• note the annual report;\n• approve the Freedom to Speak Up "
                           "priorities for 2026/27; and\n• approve the refreshed Speaking Up policy, which adopts "
                           "the national policy in full."),
        ("Previously considered by", "People Committee, 30 April 2026"),
        ("Board assurance framework", "BAF 2 (workforce supply); BAF 5 (culture and leadership)"),
        ("Equality impact", "Concerns are analysed by staff group and by protected characteristic where the person "
                            "speaking up agrees"),
    ])
    d.add_paragraph("Freedom to Speak Up Guardian annual report 2025/26", style="Heading 1")
    d.add_paragraph("1. Introduction", style="Heading 2")
    numbered(d, "1.1", "This report describes speaking up at the trust in 2025/26: how many concerns were raised, "
                       "what they were about, what was learned and what will change. It is written by the Freedom to "
                       "Speak Up Guardian, who reports directly to the Chief Executive and has a non-executive lead, "
                       f"{P_['morlais']}.")
    d.add_paragraph("2. Concerns raised", style="Heading 2")
    numbered(d, "2.1", f"{FTSU_TOTAL} concerns were raised in 2025/26, up from 167 in 2024/25 and 119 in 2023/24. "
                       f"By quarter there were {FTSU_Q[0]}, {FTSU_Q[1]}, {FTSU_Q[2]} and {FTSU_Q[3]}. 24 concerns "
                       "(11%) were raised anonymously, compared with a national average of 10%.")
    caption(d, "Table 1: Concerns raised by staff group, 2025/26")
    rows = [(g, str(n), f"{n / FTSU_TOTAL:.0%}") for g, n in FTSU_GROUPS] + [("Total", str(FTSU_TOTAL), "100%")]
    table(d, ["Staff group", "Concerns", "Share"], rows, [8.6, 3.0, 3.0], bold_last=True)
    caption(d, "Table 2: Concerns by main theme, 2025/26")
    rows = [(g, str(n), f"{n / FTSU_TOTAL:.0%}") for g, n in FTSU_THEMES] + [("Total", str(FTSU_TOTAL), "100%")]
    table(d, ["Theme", "Concerns", "Share"], rows, [8.6, 3.0, 3.0], bold_last=True)
    numbered(d, "2.2", "Nursing and midwifery staff raised the most concerns, but relative to the size of each staff "
                       "group, estates and facilities staff were the most likely to speak up. Very few concerns came "
                       "from doctors in training, and the Guardian is working with the Guardian of Safe Working "
                       "Hours to understand why.")
    numbered(d, "2.3", "Six people told the Guardian that they had suffered detriment as a result of speaking up, "
                       "such as being left off rotas or excluded by colleagues. Each case was investigated by a "
                       "manager from another division; two were upheld.")
    d.add_paragraph("3. What the staff survey tells us", style="Heading 2")
    numbered(d, "3.1", "In the 2025 NHS Staff Survey, 59.4% of staff said they felt safe to speak up about anything "
                       "that concerned them, down from 62.0% in 2024 and below the national average of 61.2%. Only "
                       "46.8% were confident that the organisation would address their concern.")
    numbered(d, "3.2", "Staff in the emergency department, theatres and estates gave the lowest scores. The Guardian "
                       "has held listening events in each of these areas and will repeat the survey questions in a "
                       "pulse survey in October 2026.")
    d.add_paragraph("4. How we compare", style="Heading 2")
    numbered(d, "4.1", "The trust received 22.6 concerns for every 1,000 staff, above the median of 18.9 for acute "
                       "trusts in the region. The Guardian reads the rise as a sign that staff are more willing to "
                       "speak up, not that there is more to speak up about, because the share of concerns raised "
                       "anonymously has fallen from 16% to 11%.")
    numbered(d, "4.2", "The National Guardian's Office reviewed the trust's speaking up arrangements in November "
                       "2025 using its self-assessment tool. It found the arrangements sound and recommended that "
                       "the Board receive speaking up reports twice a year, which will start in November 2026.")
    d.add_paragraph("5. Learning and improvement", style="Heading 2")
    numbered(d, "5.1", "Concerns raised in 2025/26 led to changes including an independent review of the culture in "
                       "the sterile services department, new rest facilities for night staff in the emergency "
                       "department, and a change to how agency staff are inducted on the surgical wards.")
    numbered(d, "5.2", "The network of Freedom to Speak Up champions grew from 41 to 62, and 91% of staff have "
                       "completed the national Speak Up training module.")
    numbered(d, "5.3", "Two examples, shared with the permission of the staff involved, show what speaking up can "
                       "change. A porter raised concerns about the lack of a second person to move bariatric "
                       "patients at night; a night porter rota was changed within a fortnight. A group of "
                       "healthcare support workers spoke up about being asked to take blood without training; "
                       "training and competency sign-off have been introduced for all support workers who take blood.")
    d.add_paragraph("6. Priorities for 2026/27", style="Heading 2")
    para(d, "The Guardian proposes four priorities for 2026/27:")
    bullets(d, ["increase the Guardian's time from 0.8 to 1.0 WTE and recruit champions in every division, "
                "including among resident doctors;",
                "train every manager in the **Listen Up** module by March 2027;",
                "report the outcomes of detriment cases to the People Committee each quarter; and",
                "raise the staff survey speaking up score above the national average by the 2026 survey."])
    d.add_paragraph("7. Recommendation", style="Heading 2")
    numbered(d, "7.1", "The Board is asked to note the annual report, approve the priorities for 2026/27 and approve "
                       "the refreshed Speaking Up policy.")
    d.add_paragraph("Appendix: Freedom to Speak Up champions by division, 31 March 2026", style="Heading 2")
    champs = [("Medicine and emergency care", 14), ("Surgery and anaesthetics", 12), ("Women's and children's", 9),
              ("Clinical support services", 10), ("Estates and facilities", 6), ("Corporate services", 7),
              ("Rookham Community Hospital", 4)]
    assert sum(n for _, n in champs) == 62
    table(d, ["Division", "Champions"], champs + [("Total", 62)], [10.0, 3.0], bold_last=True)
    return save(d, "10-freedom-to-speak-up-annual-report")


def item_committees():
    d = new_doc(11, "Committee chairs' assurance reports")
    d.add_paragraph("Committee chairs' assurance reports", style="Heading 1")
    para(d, "Each committee reports to the Board in the alert, advise and assure format: matters the Board needs "
            "to act on, matters it should know about, and areas where the committee gained assurance.", italic=True)

    def aaa(name, date, chair, alert, advise, assure):
        d.add_paragraph(f"{name}, {date}", style="Heading 2")
        para(d, f"Chair: {chair}", size=9.5, italic=True)
        t = d.add_table(rows=0, cols=2)
        t.style = d.styles["Table Grid"]
        t.autofit = False
        for label, fill, items in (("Alert", "F4CCCC", alert), ("Advise", "FFF2CC", advise), ("Assure", "D9EAD3", assure)):
            cells = t.add_row().cells
            cells[0].text = ""
            cells[0].paragraphs[0].add_run(label).bold = True
            shade(cells[0], fill)
            cells[1].text = ""
            for j, it in enumerate(items):
                p = cells[1].paragraphs[0] if j == 0 else cells[1].add_paragraph()
                p.add_run("• " + it).font.size = Pt(9.5)
                p.paragraph_format.space_after = Pt(3)
        t.columns[0].width, t.columns[1].width = Cm(2.6), Cm(14.4)
        for row in t.rows:
            row.cells[0].width, row.cells[1].width = Cm(2.6), Cm(14.4)
        d.add_paragraph()

    aaa("Finance and Performance Committee", "23 April 2026", f"{P_['vice']}, Non-executive Director",
        [f"£{CIP_GAP}m of the £{CIP_2627}m savings needed in 2026/27 has not yet been identified. The committee "
         "asked for a monthly report until the gap is closed and will hold an extra meeting in June if it is still "
         "above £4m.",
         "The recurrent underlying deficit, excluding one-off savings, is estimated at £20.2m."],
        ["The committee recommends the 2026/27 revenue budget and capital plan to the Board.",
         "The Wessover Elective Collaborative will change how waiting lists are reported from July 2026."],
        ["A&E 4-hour performance met the national standard in March.",
         "The unaudited year-end position was as forecast after month 11."])
    aaa("Quality Committee", "28 April 2026", f"{P_['karim']}, Non-executive Director",
        ["Waits in maternity triage remain too long, although assessment within 15 minutes rose to 88% in March. "
         "The committee will review the triage plan again in June.",
         f"C. difficile cases ended the year at {CDIFF_YEAR}, above the threshold of 58."],
        ["The falls thematic review has been completed and will come to the committee in June.",
         "The learning from deaths report showed a fall in the hospital's mortality rate (SHMI) to 1.03."],
        ["The committee gained assurance that corridor care has ended and that daily equipment checks on the "
         "labour ward are complete.",
         "The Freedom to Speak Up Guardian's report on patient safety concerns showed that each had been acted on."])
    aaa("Audit Committee", "22 April 2026", f"{P_['lund']}, Non-executive Director",
        ["Internal audit gave limited assurance on the management of medical rotas: rotas were published late and "
         "job plans were out of date for 31% of consultants."],
        ["The draft head of internal audit opinion for 2025/26 is moderate assurance.",
         "The external auditor, Harcastle Pryce LLP, will report on the annual accounts on 18 June 2026.",
         "The committee reviewed the controls on BAF 2 (workforce supply), as the Board asked in March, and found "
         "them adequate but not yet effective."],
        ["The counter fraud annual report showed 17 referrals in the year and recovery of £48,000.",
         "All internal audit actions due in the year were completed except two, which have new dates agreed."])
    aaa("People Committee", "30 April 2026", f"{P_['morlais']}, Non-executive Director",
        ["The staff survey speaking up score fell to 59.4%, below the national average."],
        ["Nurse recruitment for the new surgical ward (Ward 9) is on track for June 2026.",
         "The committee supports the Freedom to Speak Up priorities for 2026/27."],
        ["Mandatory training compliance reached 91% in March, above the 90% target."])
    return save(d, "11-committee-chairs-reports")


FORWARD = [
    ("9 July 2026", "Rookham Community Hospital", "Annual report and accounts 2025/26 (for information after approval by "
     "the Audit Committee)\nQuality account 2025/26\nCQC maternity inspection report and action plan\nGuardian of "
     "Safe Working Hours annual report\nStaff survey action plan"),
    ("10 September 2026", "Sallowfield General Hospital", "Winter plan 2026/27\nEmergency preparedness annual "
     "assurance\nMedical revalidation annual report\nNursing and midwifery establishment review"),
    ("12 November 2026", "Sallowfield General Hospital", "Freedom to Speak Up six-monthly report\nBoard assurance "
     "framework, quarter 2\nGreen plan annual progress report\nMid-year financial review"),
    ("14 January 2027", "Rookham Community Hospital", "Operational planning 2027/28: first draft\nWorkforce race "
     "equality standard report\nSafeguarding annual report"),
    ("11 March 2027", "Sallowfield General Hospital", "Operational plan and budget 2027/28\nBoard effectiveness "
     "review\nRookham Community Diagnostic Centre: readiness to open"),
]


def item_forward_plan():
    d = new_doc(12, "Board forward plan 2026/27")
    d.add_paragraph("Board forward plan 2026/27: meetings in public", style="Heading 1")
    para(d, "Standing items at every meeting (patient or staff story, Chief Executive's report, integrated "
            "performance report, finance report, maternity and neonatal safety report and committee chairs' reports) "
            "are not listed. The plan is reviewed by the Company Secretary with the Chair before each meeting.",
         italic=True)
    table(d, ["Meeting", "Venue", "Items planned"], FORWARD, [3.2, 4.2, 9.6], align_right_from=None)
    para(d, f"{P_['cosec']}, Company Secretary, 5 May 2026", size=9.5)
    return save(d, "12-board-forward-plan")


def front_and_agenda(start_pages, total):
    """start_pages: item -> first pack page."""
    d = new_doc(0, "Front cover and agenda")
    s = d.sections[0]
    # the cover/agenda footer reads differently from the items' footers
    fp = s.footer.paragraphs[0]
    for r in fp.runs:
        r.text = r.text.replace("Item 0 – Front cover and agenda", "Front cover and agenda")
    para(d, "NHS", bold=True, size=26, align="right", after=0).runs[0].font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
    para(d, "Sallowfield and Rookham Hospitals", bold=True, size=13, align="right", after=0)
    para(d, "NHS Foundation Trust", bold=True, size=13, align="right", after=60)
    d.add_paragraph("Board of Directors", style="Title")
    para(d, "Meeting in public", bold=True, size=16, after=18)
    para(d, "Thursday 14 May 2026, 9.30am to 1.00pm", size=13, after=4)
    para(d, "Boardroom, Education Centre, Sallowfield General Hospital, Mill Lane, Sallowfield SF3 7QD", size=11, after=18)
    para(d, "Members of the public are welcome to attend in person or to watch the livestream on the trust's "
            "YouTube channel. Questions for item 13 should be sent to the Company Secretary by 5pm on Monday 11 May "
            "2026 at board.questions@sallowfield-rookham.nhs.uk.", size=10.5)
    para(d, f"Chair: {P_['chair']}", size=10.5, after=2)
    para(d, f"Company Secretary: {P_['cosec']}", size=10.5, after=40)
    para(d, f"This pack has {total} pages. Page numbers in the agenda refer to the pack page shown at the top "
            "right of each page.", size=9, italic=True)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("Agenda", style="Title")
    rows = [
        ("1", "09.30", "Welcome, apologies and quorum", "Chair", "Note", "Verbal"),
        ("2", "09.32", "Declarations of interest", "Chair", "Note", "Verbal"),
        ("3", "09.35", "Draft minutes of the meeting held on 12 March 2026", "Chair", "Approve", str(start_pages[3])),
        ("4", "09.40", "Action log and matters arising", f"{P_['cosec']}, Company Secretary", "Note", str(start_pages[4])),
        ("5", "09.45", "Patient story: a family's experience of the neonatal unit", f"{P_['cn']}, Chief Nurse", "Note",
         "Video"),
        ("6", "10.05", "Chief Executive's report", f"{P_['ceo']}, Chief Executive", "Note", str(start_pages[6])),
        ("7", "10.20", "Integrated performance report, March 2026",
         f"{P_['coo']}, Chief Operating Officer; {P_['cn']}, Chief Nurse; {P_['cpo']}, Chief People Officer",
         "Assurance", str(start_pages[7])),
        ("8", "10.50", "Finance report, month 12 2025/26", f"{P_['cfo']}, Chief Finance Officer", "Assurance and "
         "approval", str(start_pages[8])),
        ("", "11.10", "Break", "", "", ""),
        ("9", "11.20", "Maternity and neonatal safety report, quarter 4 2025/26",
         f"{P_['dom']}, Director of Midwifery; {P_['cn']}, Chief Nurse", "Assurance", str(start_pages[9])),
        ("10", "11.45", "Freedom to Speak Up Guardian annual report 2025/26", f"{P_['ftsu']}, Freedom to Speak Up "
         "Guardian", "Discussion and approval", str(start_pages[10])),
        ("11", "12.10", "Committee chairs' assurance reports: Finance and Performance, Audit, Quality, People",
         "Committee chairs", "Assurance", str(start_pages[11])),
        ("12", "12.30", "Board forward plan 2026/27", f"{P_['cosec']}, Company Secretary", "Note",
         str(start_pages[12])),
        ("13", "12.35", "Questions from governors and the public", "Chair", "Discuss", "Verbal"),
        ("14", "12.50", "Any other business", "Chair", "Note", "Verbal"),
        ("15", "12.55", "Date of next meeting: Thursday 9 July 2026, 9.30am, Rookham Community Hospital", "Chair",
         "Note", ""),
    ]
    t = table(d, ["Item", "Time", "Title", "Presenter", "Purpose", "Page"], rows,
              [1.1, 1.3, 6.0, 4.6, 2.3, 1.4], size=9, align_right_from=None)
    brk = t.rows[9]
    for c in brk.cells:
        shade(c, GREY_HEX)
    para(d, "Resolution: the Board will be invited to resolve that representatives of the press and other members "
            "of the public be excluded from the remainder of the meeting, having regard to the confidential nature "
            "of the business to be transacted.", size=9.5, italic=True)
    return save(d, "00-front-cover-and-agenda")


ITEMS = [(3, "Draft minutes of the meeting held on 12 March 2026", item_minutes, True),
         (4, "Action log", item_action_log, True),
         (6, "Chief Executive's report", item_ceo, False),
         (7, "Integrated performance report, March 2026", item_ipr, False),
         (8, "Finance report, month 12 2025/26", item_finance, False),
         (9, "Maternity and neonatal safety report, quarter 4", item_maternity, False),
         (10, "Freedom to Speak Up Guardian annual report 2025/26", item_ftsu, False),
         (11, "Committee chairs' assurance reports", item_committees, False),
         (12, "Board forward plan 2026/27", item_forward_plan, False)]


def soffice(src, fmt):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", str(WORK), str(src)],
                   check=True, capture_output=True, timeout=180)
    return src.with_suffix("." + fmt.split(":")[0])


def to_pdf(docx_path, via_odt):
    if via_odt:
        odt = soffice(docx_path, "odt")
        return soffice(odt, "pdf")
    return soffice(docx_path, "pdf")


def stamp_pages(writer, total):
    """The board portal's running pack page number, drawn over the top right of every page."""
    from fpdf import FPDF
    from pypdf import PdfReader
    import io
    for i, page in enumerate(writer.pages):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        o = FPDF(unit="pt", format=(w, h))
        o.add_page()
        o.add_font("LS", "", "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf")
        o.set_font("LS", size=8)
        o.set_text_color(90, 90, 90)
        txt = f"Pack page {i + 1} of {total}"
        o.text(w - 40 - o.get_string_width(txt), 22, txt)
        page.merge_page(PdfReader(io.BytesIO(o.output())).pages[0])


def main():
    from pypdf import PdfReader, PdfWriter
    if WORK.exists():
        shutil.rmtree(WORK)
    WORK.mkdir(parents=True)
    pdfs = []
    for no, label, fn, via_odt in ITEMS:
        pdfs.append((no, label, to_pdf(fn(), via_odt)))
    counts = {no: len(PdfReader(str(p)).pages) for no, _, p in pdfs}
    front_pages = 2
    for _ in range(3):
        start, page = {}, front_pages + 1
        for no, _, _ in pdfs:
            start[no] = page
            page += counts[no]
        total = page - 1
        front = to_pdf(front_and_agenda(start, total), False)
        n_front = len(PdfReader(str(front)).pages)
        if n_front == front_pages:
            break
        front_pages = n_front
    w = PdfWriter()
    w.append(str(front), import_outline=False)
    w.add_outline_item(title="Front cover and agenda", page_number=0)
    for no, label, p in pdfs:
        first = len(w.pages)
        w.append(str(p), import_outline=False)
        w.add_outline_item(title=f"Item {no} – {label}", page_number=first)
    assert len(w.pages) == total, (len(w.pages), total)
    assert 30 <= total <= 40, total
    stamp_pages(w, total)
    w.add_metadata({"/Title": f"{TRUST} – {MEETING} – {DATE} – public papers",
                    "/Author": f"{P_['cosec']}, Company Secretary"})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "wb") as f:
        w.write(f)
    # keep the .docx / .odt sources, drop the per-item PDFs
    for p in WORK.glob("*.pdf"):
        p.unlink()
    print(f"wrote {OUT.name}: {total} pages, {OUT.stat().st_size:,} bytes; items start at {start}; "
          f"pages per item {counts}")


if __name__ == "__main__":
    main()
