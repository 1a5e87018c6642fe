from pptx import Presentation
from pptx.util import Inches, Pt, Emu
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN, MSO_ANCHOR

OUT = "/work/gen/src/eastvale-icb-winter-plan-2025-10-21.pptx"
NAVY = RGBColor(0x00, 0x30, 0x87)
BLUE = RGBColor(0x00, 0x5E, 0xB8)
TEAL = RGBColor(0x00, 0x7F, 0x7F)
LIGHT = RGBColor(0xE8, 0xED, 0xEE)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
DARK = RGBColor(0x23, 0x1F, 0x20)
GREY = RGBColor(0x60, 0x60, 0x60)

prs = Presentation()
prs.slide_width = Inches(13.333)
prs.slide_height = Inches(7.5)
BLANK = prs.slide_layouts[6]
FOOT = "Eastvale Integrated Care Board | Winter Plan 2025/26 | Board meeting in public, 21 October 2025"
slide_no = [0]


def tb(slide, x, y, w, h, text, size=16, bold=False, color=DARK, align=PP_ALIGN.LEFT,
       fill=None, anchor=MSO_ANCHOR.TOP, font="Arial", line_color=None):
    shp = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(x), Inches(y), Inches(w), Inches(h)) if (fill or line_color) \
        else slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    if fill or line_color:
        if fill:
            shp.fill.solid()
            shp.fill.fore_color.rgb = fill
        else:
            shp.fill.background()
        if line_color:
            shp.line.color.rgb = line_color
            shp.line.width = Pt(1.25)
        else:
            shp.line.fill.background()
        shp.shadow.inherit = False
    tf = shp.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = anchor
    tf.margin_left = tf.margin_right = Inches(0.1)
    tf.margin_top = tf.margin_bottom = Inches(0.05)
    lines = text if isinstance(text, list) else [text]
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        r = p.add_run()
        r.text = line
        r.font.size = Pt(size)
        r.font.bold = bold
        r.font.color.rgb = color
        r.font.name = font
        p.alignment = align
    return shp


def bullets_box(slide, x, y, w, h, items, size=15, color=DARK, space=6):
    shp = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    tf = shp.text_frame
    tf.word_wrap = True
    for i, it in enumerate(items):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        sub = it.startswith("  ")
        r = p.add_run()
        r.text = ("\u2013 " if sub else "\u2022 ") + it.strip()
        r.font.size = Pt(size - 2 if sub else size)
        r.font.color.rgb = color
        r.font.name = "Arial"
        p.space_after = Pt(space)
        if sub:
            p.level = 1
    return shp


def new_slide(title, subtitle=None):
    s = prs.slides.add_slide(BLANK)
    slide_no[0] += 1
    bar = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, prs.slide_width, Inches(1.0))
    bar.fill.solid()
    bar.fill.fore_color.rgb = NAVY
    bar.line.fill.background()
    bar.shadow.inherit = False
    tb(s, 0.45, 0.12, 11.5, 0.8, title, size=26, bold=True, color=WHITE, anchor=MSO_ANCHOR.MIDDLE)
    if subtitle:
        tb(s, 0.45, 1.08, 12.4, 0.5, subtitle, size=14, color=GREY)
    tb(s, 0.45, 7.0, 10.5, 0.35, FOOT, size=9, color=GREY)
    tb(s, 12.2, 7.0, 0.8, 0.35, str(slide_no[0]), size=9, color=GREY, align=PP_ALIGN.RIGHT)
    return s


def table(slide, x, y, w, h, header, rows, col_w, size=12, header_fill=NAVY):
    gt = slide.shapes.add_table(len(rows) + 1, len(header), Inches(x), Inches(y), Inches(w), Inches(h)).table
    for i, cw in enumerate(col_w):
        gt.columns[i].width = Inches(cw)
    for r, row in enumerate([header] + rows):
        for c, val in enumerate(row):
            cell = gt.cell(r, c)
            cell.text = ""
            tf = cell.text_frame
            tf.word_wrap = True
            for k, line in enumerate(val.split("\n")):
                p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
                run = p.add_run()
                run.text = line
                run.font.size = Pt(size)
                run.font.name = "Arial"
                run.font.bold = (r == 0) or (row[0].startswith("Total"))
                run.font.color.rgb = WHITE if r == 0 else DARK
            cell.fill.solid()
            cell.fill.fore_color.rgb = header_fill if r == 0 else (LIGHT if r % 2 == 0 else WHITE)
            cell.margin_left = cell.margin_right = Inches(0.06)
            cell.margin_top = cell.margin_bottom = Inches(0.03)
    return gt


# 1 ------------------------------------------------------------ title slide
s = prs.slides.add_slide(BLANK)
slide_no[0] += 1
bg = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, prs.slide_width, prs.slide_height)
bg.fill.solid()
bg.fill.fore_color.rgb = NAVY
bg.line.fill.background()
band = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, Inches(5.3), prs.slide_width, Inches(0.12))
band.fill.solid()
band.fill.fore_color.rgb = RGBColor(0x41, 0xB6, 0xE6)
band.line.fill.background()
tb(s, 0.8, 0.6, 8, 0.5, "Eastvale Integrated Care Board", size=20, bold=True, color=WHITE)
tb(s, 0.8, 1.9, 11.5, 1.4, "Winter Plan 2025/26", size=48, bold=True, color=WHITE)
tb(s, 0.8, 3.1, 11.5, 1.0, "Keeping Eastvale well and our urgent and emergency care safe from October 2025 to March 2026",
   size=22, color=WHITE)
tb(s, 0.8, 4.3, 11.5, 0.9, ["Board meeting in public, 21 October 2025, agenda item 9",
                            "Presented by Marcus Hale, Chief Operating Officer, and Dr Nia Pemberton, Chief Medical Officer"],
   size=15, color=WHITE)
tb(s, 0.8, 5.7, 11.5, 1.0, ["Developed with Eastvale Hospitals NHS Foundation Trust, Northmoor Community Health NHS Trust, "
                            "Eastvale and Southbridge Mental Health Partnership NHS Foundation Trust, North West Ambulance "
                            "Service, Southbridge Council, Eastvale Borough Council and our primary care networks"],
   size=12, color=WHITE)

# 2 ------------------------------------------------------------ purpose
s = new_slide("Purpose of this paper")
bullets_box(s, 0.6, 1.4, 7.3, 5.4, [
    "NHS England asked every integrated care board to agree a system winter plan, tested through a regional "
    "exercise, before the end of October 2025.",
    "This plan was developed by the Eastvale Urgent and Emergency Care Board with all system partners and was tested "
    "at the winter exercise 'Operation Frostline' on 24 September 2025.",
    "It sets out how we will keep people well, manage demand and maintain flow through hospitals during winter 2025/26.",
    "The plan is funded from a £14.2m system winter allocation, of which £9.0m is recurrent urgent and emergency care "
    "funding and £5.2m is non-recurrent.",
    "Delivery will be overseen by the Urgent and Emergency Care Board, chaired by Marcus Hale, with monthly reports to "
    "the ICB Quality and Performance Committee.",
], size=16)
tb(s, 8.3, 1.5, 4.5, 4.9, ["The Board is asked to:", "",
                           "1. approve the Winter Plan 2025/26;",
                           "2. note the £14.2m winter funding and how it is allocated;",
                           "3. delegate to the Chief Operating Officer authority to move up to £250,000 between "
                           "schemes during winter, reporting any changes to the next Board."],
   size=15, fill=LIGHT, color=DARK)

# 3 ------------------------------------------------------------ lessons
s = new_slide("Winter 2024/25: what we learned", "Findings from the system debrief held on 14 May 2025")
bullets_box(s, 0.6, 2.05, 6.0, 4.8, [
    "Eastvale General Hospital's emergency department had its busiest ever day on 2 January 2025, with 612 attendances.",
    "Average ambulance handover time reached 52 minutes in January 2025; 1,930 hours were lost to handover delays that month.",
    "On average 19% of acute beds were occupied by patients who no longer met the criteria to reside.",
    "Flu admissions peaked at 164 inpatients across both acute hospitals on 6 January 2025.",
], size=15)
bullets_box(s, 6.9, 2.05, 5.9, 4.8, [
    "Plan escalation capacity earlier: beds opened in late December were too late for the first surge.",
    "Discharge is the biggest lever: every day of delay cost the system around 120 bed days a week.",
    "Primary care same-day hubs reduced minor illness attendances at the emergency department where they were open.",
    "Staff sickness peaked at 7.1% in the first week of January; wellbeing support needs to start before the peak.",
], size=15)
tb(s, 0.6, 1.55, 6.0, 0.4, "What happened", size=16, bold=True, color=BLUE)
tb(s, 6.9, 1.55, 5.9, 0.4, "What we will do differently", size=16, bold=True, color=BLUE)

# 4 ------------------------------------------------------------ at a glance infographic
s = new_slide("Winter plan at a glance")
figs = [
    ("£14.2m", "total system winter funding for 2025/26"),
    ("108", "extra escalation and step-down beds at peak"),
    ("180", "virtual ward beds across Eastvale by December"),
    ("78%", "of A&E patients seen within four hours by March 2026"),
    ("45 min", "maximum ambulance handover time, with no waits over one hour"),
    ("75%", "flu vaccine uptake ambition for people aged 65 and over"),
]
for i, (num, label) in enumerate(figs):
    col, row = i % 3, i // 3
    x = 0.6 + col * 4.15
    y = 1.45 + row * 2.75
    box = s.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Inches(x), Inches(y), Inches(3.9), Inches(2.45))
    box.fill.solid()
    box.fill.fore_color.rgb = LIGHT
    box.line.fill.background()
    box.shadow.inherit = False
    tb(s, x + 0.15, y + 0.2, 3.6, 1.1, num, size=48, bold=True, color=[BLUE, TEAL, NAVY][col], align=PP_ALIGN.CENTER)
    tb(s, x + 0.2, y + 1.35, 3.5, 0.95, label, size=15, color=DARK, align=PP_ALIGN.CENTER)

# 5 ------------------------------------------------------------ three priorities side by side
s = new_slide("Our three priorities for winter")
boxes = [
    ("1. Keep people well", [
        "Flu, COVID-19 and RSV vaccination, with outreach clinics in the 20% most deprived neighbourhoods",
        "Proactive reviews for the 2,400 people with the highest frailty scores",
        "Warm homes referrals with Southbridge Council's Warm Spaces scheme",
        "Respiratory hubs in four primary care networks",
    ]),
    ("2. Right care, first time", [
        "One single point of access for urgent community response, open 8am to 8pm, 7 days a week",
        "Ambulance crews can call a senior clinician before conveying to hospital",
        "Pharmacy First promoted for minor illness",
        "Mental health crisis cafe in Southbridge open 7 nights a week",
    ]),
    ("3. Home sooner", [
        "Transfer of care hub at Eastvale General Hospital staffed 7 days a week",
        "40 extra discharge to assess packages a week from December",
        "30 step-down beds commissioned from Riverside Care Group",
        "Weekly review of every patient staying 21 days or more",
    ]),
]
for i, (head, items) in enumerate(boxes):
    x = 0.5 + i * 4.2
    hdr = tb(s, x, 1.35, 3.95, 0.75, head, size=20, bold=True, color=WHITE, fill=[BLUE, TEAL, NAVY][i],
             anchor=MSO_ANCHOR.MIDDLE)
    frame = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(x), Inches(2.1), Inches(3.95), Inches(4.7))
    frame.fill.background()
    frame.line.color.rgb = [BLUE, TEAL, NAVY][i]
    frame.shadow.inherit = False
    bullets_box(s, x + 0.1, 2.25, 3.75, 4.5, items, size=16, space=10)

# 6 ------------------------------------------------------------ table of capacity
s = new_slide("Bed capacity by provider", "General and acute (G&A) beds, winter escalation and virtual ward capacity planned for the peak in January 2026")
rows = [
    ["Eastvale Hospitals NHS FT\nEastvale General Hospital", "712", "38", "60", "1 December 2025", "Karen Whitlow\nChief Operating Officer"],
    ["Eastvale Hospitals NHS FT\nSouthbridge Royal Infirmary", "388", "22", "0", "15 December 2025", "Karen Whitlow\nChief Operating Officer"],
    ["Northmoor Community Health NHS Trust\nKelbrook Community Hospital", "112", "12", "120", "4 November 2025", "Daniel Okafor\nChief Operating Officer"],
    ["Eastvale and Southbridge Mental Health\nPartnership NHS FT", "246", "6", "0", "5 January 2026", "Joanne Mbeki\nDirector of Operations"],
    ["Riverside Care Group\n(independent sector step-down beds)", "0", "30", "0", "1 December 2025", "Leanne Fox\nICB Head of Commissioning"],
    ["Total", "1,458", "108", "180", "", ""],
]
table(s, 0.5, 1.6, 12.3, 5.0, ["Provider and site", "Core G&A beds", "Winter escalation beds", "Virtual ward beds",
                               "Escalation beds open from", "Operational lead"],
      rows, [3.9, 1.4, 1.6, 1.4, 1.9, 2.1], size=12)

# 7 ------------------------------------------------------------ timeline
s = new_slide("Winter timeline: key milestones")
months = ["October 2025", "November 2025", "December 2025", "January 2026", "February 2026", "March 2026"]
line = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(0.5), Inches(2.15), Inches(12.3), Inches(0.08))
line.fill.solid()
line.fill.fore_color.rgb = NAVY
line.line.fill.background()
milestones = {
    0: ["1 Oct: flu and COVID-19 vaccination starts for over-75s and care homes", "21 Oct: ICB Board approves winter plan"],
    1: ["4 Nov: Kelbrook escalation ward opens (12 beds)", "17 Nov: System Coordination Centre moves to 7-day cover"],
    2: ["1 Dec: 38 escalation beds open at Eastvale General", "1 Dec: Riverside Care step-down beds open",
        "19 Dec: vaccination uptake checkpoint"],
    3: ["5 Jan: peak-weeks surge plan in force", "Elective activity protected: no routine cancellations planned"],
    4: ["10 Feb: mid-winter review at the Urgent and Emergency Care Board"],
    5: ["31 Mar: escalation beds close and four-hour target of 78% due",
        "May 2026: post-winter review to ICB Board"],
}
for i, m in enumerate(months):
    x = 0.5 + i * 2.07
    tb(s, x, 1.3, 1.95, 0.6, m, size=14, bold=True, color=WHITE, fill=[BLUE, TEAL][i % 2], align=PP_ALIGN.CENTER,
       anchor=MSO_ANCHOR.MIDDLE)
    dot = s.shapes.add_shape(MSO_SHAPE.OVAL, Inches(x + 0.85), Inches(2.07), Inches(0.24), Inches(0.24))
    dot.fill.solid()
    dot.fill.fore_color.rgb = [BLUE, TEAL][i % 2]
    dot.line.fill.background()
    y = 2.55
    for ms in milestones[i]:
        h = 0.2 + 0.2 * (len(ms) // 23 + 1)
        tb(s, x, y, 1.95, h, ms, size=11, color=DARK, line_color=[BLUE, TEAL][i % 2])
        y += h + 0.15

# 8 ------------------------------------------------------------ bar list of funding
s = new_slide("Where the £14.2m goes", "Winter funding by scheme, £ million")
spend = [
    ("Acute escalation beds", 4.6),
    ("Discharge to assess and step-down care", 3.1),
    ("Virtual wards", 2.2),
    ("Primary care same-day access hubs", 1.8),
    ("Urgent community response and single point of access", 1.2),
    ("Mental health crisis alternatives", 0.8),
    ("Vaccination outreach and communications", 0.5),
]
for i, (label, val) in enumerate(spend):
    y = 1.75 + i * 0.72
    tb(s, 0.5, y, 4.6, 0.6, label, size=14, color=DARK, align=PP_ALIGN.RIGHT, anchor=MSO_ANCHOR.MIDDLE)
    bar = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(5.3), Inches(y + 0.08), Inches(val * 1.35), Inches(0.45))
    bar.fill.solid()
    bar.fill.fore_color.rgb = [BLUE, TEAL][i % 2]
    bar.line.fill.background()
    bar.shadow.inherit = False
    tb(s, 5.4 + val * 1.35, y, 1.3, 0.6, f"£{val:.1f}m", size=14, bold=True, color=NAVY, anchor=MSO_ANCHOR.MIDDLE)
tb(s, 0.5, 6.55, 12.3, 0.4, "£9.0m recurrent urgent and emergency care funding; £5.2m non-recurrent winter funding from NHS England.",
   size=12, color=GREY)

# 9 ------------------------------------------------------------ primary care
s = new_slide("Primary care, community pharmacy and NHS 111")
bullets_box(s, 0.6, 1.4, 12.0, 5.4, [
    "Six winter access hubs, one in each primary care network area, will provide 9,800 extra same-day appointments "
    "between 1 December 2025 and 31 March 2026, including evenings and Saturdays.",
    "Hubs will be hosted by the Eastvale GP Federation; the busiest hub, at Harbour Street Medical Centre, opens seven days a week.",
    "All 112 community pharmacies in Eastvale have signed up to Pharmacy First, which covers seven common conditions "
    "including sinusitis, sore throat and urinary tract infections in women.",
    "The NHS 111 clinical assessment service will add 14 clinicians on Saturdays and Sundays from 6 December, so more "
    "callers speak to a clinician instead of being sent to the emergency department.",
    "Urgent dental care: 40 extra urgent dental sessions a week through the Eastvale dental access scheme.",
    "GP practices will receive daily OPEL status updates and can refer directly to urgent community response.",
], size=16)

# 10 ------------------------------------------------------------ vaccination table
s = new_slide("Vaccination: uptake last winter and our ambition", "Flu vaccination unless stated; uptake at end of February")
vac = [
    ["People aged 65 and over", "71.8%", "75.0%", "Practices and pharmacies;\nhousebound visits by community nurses"],
    ["Under 65 in a clinical risk group", "39.5%", "45.0%", "Text reminders and\nevening clinics"],
    ["Pregnant women", "33.0%", "40.0%", "Offered at antenatal\nappointments"],
    ["Children aged 2 and 3", "41.2%", "50.0%", "Nasal spray at GP practices\nand family hubs"],
    ["Frontline health and care workers", "38.6%", "45.0%", "Peer vaccinators\nin every organisation"],
    ["Care home residents (COVID-19)", "79.0%", "82.0%", "Roving team visits\nall 86 care homes"],
]
table(s, 0.6, 1.7, 12.1, 4.6, ["Group", "2024/25 uptake", "2025/26 ambition", "How we will reach people"],
      vac, [3.9, 1.9, 2.0, 4.3], size=13)

# 11 ------------------------------------------------------------ mental health & children
s = new_slide("Mental health, children and young people")
bullets_box(s, 0.6, 1.4, 6.0, 5.4, [
    "Six additional crisis beds at Eastvale and Southbridge Mental Health Partnership from January 2026, reducing "
    "out-of-area placements.",
    "The Southbridge crisis cafe, run by the charity Safe Harbour, extends to seven nights a week from November.",
    "A mental health practitioner will work in the Eastvale General emergency department from 4pm to midnight.",
    "A target that no one waits more than 24 hours in the emergency department for a mental health bed.",
], size=15)
bullets_box(s, 6.9, 1.4, 6.0, 5.4, [
    "Children's respiratory hub at Southbridge Royal Infirmary open weekday afternoons from November to February.",
    "Paediatric virtual ward of 8 beds for children with bronchiolitis, run by Eastvale Hospitals.",
    "RSV vaccination for pregnant women from 28 weeks, offered at antenatal appointments.",
    "Clear advice to parents through the 'Healthier Together' website and school newsletters.",
], size=15)

# 12 ------------------------------------------------------------ escalation
s = new_slide("System coordination and escalation")
bullets_box(s, 0.6, 1.4, 12.0, 5.4, [
    "The Eastvale System Coordination Centre will be staffed 8am to 8pm, seven days a week, from 17 November 2025, "
    "with an on-call director overnight.",
    "All providers report their Operational Pressures Escalation Level (OPEL) by 9:00 each day; at OPEL 3 a system "
    "call is held at 9:30 and 14:30.",
    "At OPEL 4 the ICB Chief Operating Officer convenes a system incident response and partners agree mutual aid, "
    "including diverting ambulances between the two acute sites.",
    "The Cold Weather Alert and UKHSA health alerts trigger extra welfare calls from community teams to vulnerable patients.",
    "Ambulance handovers: any patient waiting 45 minutes is released so crews can respond to calls in the community.",
], size=16)

# 13 ------------------------------------------------------------ workforce
s = new_slide("Our people this winter")
bullets_box(s, 0.6, 1.4, 12.0, 5.4, [
    "Bank staff pools are being shared across Eastvale Hospitals and Northmoor Community Health through a single "
    "staff bank agreement from November.",
    "Wellbeing support starts in October, before the peak, including free hot meals for night staff at both acute sites.",
    "Rosters for the Christmas and New Year period are to be published six weeks in advance.",
    "Target of 45% flu vaccine uptake for frontline health and care workers, with peer vaccinators in every organisation.",
    "Agency spend must stay within the system agency cap, set at 3.2% of the total pay bill.",
], size=16)

# 14 ------------------------------------------------------------ risks table
s = new_slide("Key risks to delivery")
risks = [
    ["Flu season arrives early or is severe,\nas seen in the southern hemisphere", "High", "High",
     "Vaccination push in October; surge beds can open two weeks early"],
    ["Social care market cannot supply enough\nhome care for discharge to assess", "Medium", "High",
     "Block-booked packages; Southbridge Council bridging team"],
    ["Workforce gaps and sickness at the peak", "High", "Medium",
     "Shared staff bank; wellbeing offer; early rosters"],
    ["Non-recurrent funding ends in March, so\nschemes stop abruptly", "Medium", "Medium",
     "Evaluation of each scheme by February to inform 2026/27 planning"],
    ["Industrial action by resident doctors", "Medium", "High",
     "Tested national playbook; consultant cover rotas agreed in advance"],
]
table(s, 0.6, 1.4, 12.1, 5.2, ["Risk", "Likelihood", "Impact", "Main mitigation"], risks, [4.6, 1.4, 1.3, 4.8], size=13)

# 15 ------------------------------------------------------------ monitoring
s = new_slide("How we will know it is working")
bullets_box(s, 0.6, 1.4, 12.0, 5.4, [
    "A weekly winter dashboard reviewed by the Urgent and Emergency Care Board every Tuesday.",
    "Core measures: four-hour A&E performance, ambulance handover times, 12-hour waits in the emergency department, "
    "patients with no criteria to reside, virtual ward occupancy and vaccination uptake.",
    "Each scheme has a named lead and will be evaluated by February 2026 so decisions on 2026/27 funding can be "
    "made in time.",
    "A mid-winter review will be held on 10 February 2026 and a full post-winter review reported to the ICB Board in May 2026.",
], size=16)

# 16 ------------------------------------------------------------ asks
s = new_slide("Recommendations")
tb(s, 0.8, 1.6, 11.7, 4.6, ["The Board is asked to:", "",
                            "1. approve the Eastvale Winter Plan 2025/26;",
                            "2. note the £14.2m system winter funding and its allocation across schemes;",
                            "3. delegate to the Chief Operating Officer authority to move up to £250,000 between schemes "
                            "during winter, with changes reported to the next Board meeting; and",
                            "4. note that a post-winter review will come to the Board in May 2026."],
   size=20, fill=LIGHT, color=DARK)

prs.save(OUT)
print("slides", len(prs.slides))
