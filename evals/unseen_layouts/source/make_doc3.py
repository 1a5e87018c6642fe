import sys
sys.path.insert(0, "/work/gen/src")
from docxhelp import *

OUT = "/work/gen/src/southbridge-council-health-scrutiny-minutes-2026-01-20.docx"
doc = new_document(size=11.5)
doc.styles["Footer"].font.size = Pt(8)
doc.styles["Normal"].paragraph_format.line_spacing = 1.1
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
header_footer(sec, "Southbridge Council | Health Scrutiny Committee | Minutes | 20 January 2026",
              "Minutes subject to approval at the next meeting")


def P(t, bold=False, italic=False, size=None, align=None, after=None):
    p = doc.add_paragraph()
    r = p.add_run(t)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def item(code, title):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(f"{code}\t{title.upper()}")
    r.bold = True
    r.font.size = Pt(11.5)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(3.2))


def resolved(lines):
    p = doc.add_paragraph()
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run("RESOLVED:")
    r.bold = True
    for i, line in enumerate(lines):
        q = doc.add_paragraph()
        q.paragraph_format.left_indent = Cm(1.0)
        q.paragraph_format.first_line_indent = Cm(-0.8)
        q.paragraph_format.space_after = Pt(3)
        q.add_run(f"({'abcdefgh'[i]})\t{line}")


def attendance(label, text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(3.2)
    p.paragraph_format.first_line_indent = Cm(-3.2)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(3.2))
    r = p.add_run(label + "\t")
    r.bold = True
    p.add_run(text)


P("SOUTHBRIDGE COUNCIL", bold=True, size=15, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
P("HEALTH SCRUTINY COMMITTEE", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
P("MINUTES of the meeting of the Health Scrutiny Committee held on Tuesday 20 January 2026 at 6.00pm in Committee "
  "Room 2, Southbridge Civic Centre, Market Square, Southbridge", align=WD_ALIGN_PARAGRAPH.CENTER)

attendance("Present:", "Councillor Rachel Thornbury (Chair), Councillor Amir Siddiqui (Vice-Chair), and Councillors "
           "Parveen Akhtar, Brenda Holloway, David Lumsden, Kevin O'Rourke, Jasmine Okoro (substitute), Sian Pritchard "
           "and Tom Redfearn")
attendance("Co-opted member:", "Margaret Yeung (Healthwatch Southbridge, non-voting)")
attendance("In attendance:", "Marcus Hale (Chief Operating Officer, Eastvale Integrated Care Board), Karen Whitlow "
           "(Chief Operating Officer, Eastvale Hospitals NHS Foundation Trust), Dr Helen Marsh (Chief Executive, "
           "Northmoor Community Health NHS Trust), Daniel Okafor (Chief Operating Officer, Northmoor Community Health "
           "NHS Trust), Joanne Mbeki (Director of Operations, Eastvale and Southbridge Mental Health Partnership NHS "
           "Foundation Trust), Dr Yasmin Farouk (Director of Public Health), Claire Atherton (Director of Adult Social "
           "Care), Owen Pike (Scrutiny Officer) and Lucy Danvers (Democratic Services Officer)")
attendance("Apologies:", "Councillor Graham Fenwick, Councillor Julie Marsden, and Councillor Ian Cole (Cabinet Member "
           "for Adult Social Care and Health, invited for item HS/26/009)")
P("Four members of the public and one representative of the local press were present. The meeting was webcast.",
  italic=True)

# -------------------------------------------------------------------------------------------------
item("HS/26/001", "Apologies for absence and substitutions")
P("Apologies for absence were received as recorded above. Councillor Jasmine Okoro attended as substitute for "
  "Councillor Graham Fenwick.")
resolved(["That the apologies and the substitution be noted."])

item("HS/26/002", "Declarations of interest")
P("The following declarations were made. The Democratic Services Officer confirmed that the register of members' "
  "interests had been checked before the meeting.")
decl = [
    ("Councillor Brenda Holloway", "HS/26/006", "Her daughter is employed as a district nurse by Northmoor Community "
     "Health NHS Trust.", "Other registrable interest", "Remained and took part in the discussion."),
    ("Councillor Kevin O'Rourke", "HS/26/007", "Unpaid trustee of Safe Harbour, the charity that runs the Southbridge "
     "crisis cafe.", "Other registrable interest", "Remained but took no part in the discussion of the crisis cafe contract."),
    ("Councillor David Lumsden", "HS/26/008", "Owner and superintendent pharmacist of Lumsden Pharmacy, Westgate, "
     "Southbridge.", "Disclosable pecuniary interest", "Left the room for the whole item."),
    ("Margaret Yeung (co-opted)", "All items", "Employed by Healthwatch Southbridge, which is funded by the Council.",
     "Non-registrable interest", "Remained and took part."),
]
table(doc, ["Member", "Item", "Interest declared", "Type of interest", "Action taken"], [list(d) for d in decl],
      [3.2, 2.0, 4.6, 2.9, 3.7], size=9.5, header_fill="404040")
doc.add_paragraph()
resolved(["That the declarations of interest be noted."])

item("HS/26/003", "Minutes of the previous meeting")
P("The minutes of the meeting held on 18 November 2025 were submitted. Councillor Pritchard pointed out that minute "
  "HS/25/061 recorded the number of care home beds in the borough as 1,241; the correct figure, as given in the "
  "report to that meeting, was 1,214.")
resolved(["That, subject to the correction of the care home bed figure in minute HS/25/061 to 1,214, the minutes of the "
          "meeting held on 18 November 2025 be approved as a correct record and signed by the Chair."])

# -------------------------------------------------------------------------------------------------
item("HS/26/004", "Public questions")
P("Two questions had been received from members of the public in accordance with the Council's procedure rules.")
P("Mr Alan Briggs, a resident of Hillcrest, asked what the Council was doing to make sure residents of the Hillcrest "
  "estate could still get their prescriptions after the closure of the local pharmacy in September 2025. The Chair "
  "replied that the matter would be considered under item HS/26/008 and that a written answer would be sent to Mr "
  "Briggs after the meeting.")
P("Ms Donna Keaveney, speaking on behalf of the Southbridge Autism Parents Network, asked why families were not told "
  "where their child was on the waiting list for an autism assessment. Dr Marsh replied that the Trust was testing a "
  "text message service that would tell families their approximate waiting time, and expected to introduce it from "
  "April 2026. Ms Keaveney asked a supplementary question about the number of educational psychologists employed by "
  "the Council; the Chair agreed that a written reply would be provided.")
resolved(["That the questions and the answers given be noted."])

# -------------------------------------------------------------------------------------------------
item("HS/26/005", "Winter pressures in the urgent and emergency care system")
P("Marcus Hale, Chief Operating Officer of Eastvale Integrated Care Board, introduced a report on how the local health "
  "and care system had coped over December and early January, measured against the Winter Plan 2025/26 that the "
  "Integrated Care Board had approved in October 2025. He was supported by Karen Whitlow of Eastvale Hospitals NHS "
  "Foundation Trust.")
P("Mr Hale reported that 71.3% of patients at Eastvale General Hospital's emergency department had been seen within "
  "four hours in December 2025, against the plan's trajectory of 74% for that month and the March 2026 target of 78%. "
  "Ambulance handovers had averaged 38 minutes in December, compared with 55 minutes in December 2024, and the "
  "ambulance release policy had been applied 212 times. All 108 planned escalation and step-down beds were open by "
  "15 December. Flu vaccine uptake among people aged 65 and over stood at 73.4% on 31 December.")
P("Members asked about patients being cared for in corridors. Ms Whitlow confirmed that temporary escalation spaces, "
  "including corridor areas, had been used on 14 days in December and on 9 days in the first two weeks of January, "
  "and that a senior nurse reviewed every patient in such a space each hour. Councillor Redfearn described a "
  "constituent in her nineties who had waited 19 hours for a bed and asked how many people over 80 had waited more "
  "than 12 hours. Mr Hale said he did not have the figures broken down by age with him but would provide them.")
P("Councillor Siddiqui asked whether the winter access hubs were reducing attendances at the emergency department. "
  "Mr Hale said that the hubs had provided 3,950 appointments in December, more than planned, and that early analysis "
  "suggested minor illness attendances at the emergency department had fallen by about 8% compared with last year. "
  "Margaret Yeung reported that Healthwatch Southbridge had heard from residents who did not know the hubs existed, "
  "particularly in the Eastfield and Canal Side wards, and urged better publicity.")
resolved([
    "That the update on winter pressures be noted.",
    "That Eastvale Integrated Care Board provide a breakdown of 12-hour waits in the emergency department by age group "
    "and by Southbridge electoral ward for the Committee's March meeting.",
    "That the Integrated Care Board be asked to target publicity about the winter access hubs at the Eastfield and "
    "Canal Side wards.",
    "That the Committee's thanks to NHS and council staff for their work over the winter period be placed on record.",
])

# -------------------------------------------------------------------------------------------------
item("HS/26/006", "Waiting times for community paediatric assessment")
P("Dr Helen Marsh, Chief Executive, and Daniel Okafor, Chief Operating Officer, of Northmoor Community Health NHS "
  "Trust presented a report on waiting times for community paediatrics, including assessments for autism and ADHD. "
  "The Committee had asked for the report after a petition signed by 1,350 residents was presented to full Council "
  "in October 2025.")
P("Mr Okafor reported that 2,061 children and young people were waiting at the end of December 2025, of whom 812 "
  "lived in Southbridge. The longest wait was 56 weeks. Referrals had risen by 38% over two years, while the number "
  "of community paediatricians had stayed the same. The Trust had started Saturday assessment clinics on 10 January "
  "2026 and commissioned 320 assessments from Brightwell Child Development Partnership. The Trust's aim was to stop "
  "the waiting list growing by September 2026 and to bring the longest wait below 52 weeks by March 2027.")
P("Margaret Yeung presented the findings of a Healthwatch Southbridge survey of 146 parents and carers: 71% said they "
  "had received no contact from the service while waiting, and 58% said their child's school had not been able to put "
  "support in place until a diagnosis was made. Members expressed concern about the effect of long waits on children's "
  "education. Councillor Akhtar asked whether support could be given on the basis of need rather than diagnosis. "
  "Dr Farouk said that the Council's special educational needs team had agreed a 'needs-led' approach with schools "
  "from September 2025, but that it was not yet consistently applied.")
P("Dr Marsh acknowledged that families' experience of waiting was not good enough, and said that since January every "
  "child waiting more than 18 weeks received a waiting-well contact at least every 12 weeks. Councillor Holloway asked "
  "that families be given a named person to contact. Dr Marsh agreed to take this back to the Trust.")
resolved([
    "That the report be noted and that the Committee records its concern at the length of waits for community "
    "paediatric assessment.",
    "That the Committee recommends to the Board of Northmoor Community Health NHS Trust that every family waiting for "
    "assessment be given a named contact within the service.",
    "That a task and finish group of four members, chaired by Councillor Parveen Akhtar, be set up to review the "
    "support available to families while they wait, and report back by July 2026.",
    "That Northmoor Community Health NHS Trust provide a further update to the Committee's meeting in July 2026.",
])

# -------------------------------------------------------------------------------------------------
item("HS/26/007", "Mental health crisis support")
P("Joanne Mbeki, Director of Operations at Eastvale and Southbridge Mental Health Partnership NHS Foundation Trust, "
  "introduced a report on crisis support for adults in Southbridge. The crisis cafe on Harbour Street, run by Safe "
  "Harbour on behalf of the Partnership, had received 1,118 visits between April and December 2025 and had opened "
  "seven nights a week since 3 November 2025. Around 60% of visitors had said that without the cafe they would have "
  "gone to the emergency department or called 999.")
P("Ms Mbeki said that 23 people had been placed in mental health beds outside the area in the third quarter of "
  "2025/26, down from 31 in the second quarter. Six additional crisis beds had opened on 5 January 2026 and she "
  "expected out-of-area placements to fall further. Members asked about support for 16 and 17 year olds, who could "
  "not use the adult cafe. Ms Mbeki explained that the children and young people's crisis team covered this age group "
  "and could be reached through NHS 111 by selecting the mental health option.")
P("Councillor Pritchard noted that the cafe's current funding ended on 31 March 2026 and asked what would happen "
  "after that. Ms Mbeki said that a decision would be made by the Integrated Care Board in February as part of its "
  "2026/27 planning.")
resolved([
    "That the report be noted.",
    "That the Partnership provide monthly figures for out-of-area placements for the whole of 2025.",
    "That the Chair write to Eastvale Integrated Care Board to support continued funding of the crisis cafe beyond "
    "March 2026.",
])

# -------------------------------------------------------------------------------------------------
item("HS/26/008", "Community pharmacy provision and Pharmacy First")
P("Councillor Lumsden left the meeting for this item.", italic=True)
P("Dr Yasmin Farouk, Director of Public Health, presented a supplementary statement to the Southbridge Pharmaceutical "
  "Needs Assessment. Four community pharmacies had closed in the borough since April 2024, at Greave Road, Millbank "
  "Parade, Tanner's Row and Hillcrest, leaving 38. The borough now had 19.6 pharmacies per 100,000 people, compared "
  "with an England average of 18.9. Dr Farouk's view was that there was no gap in necessary services, but that "
  "residents of the Hillcrest estate now had to travel further, and the nearest pharmacy was not open on Sundays.")
P("Members welcomed the Pharmacy First service and noted that 36 of the 38 pharmacies in Southbridge were taking "
  "part. Councillor O'Rourke asked about medicine shortages; Dr Farouk said that shortages of some hormone replacement "
  "therapy and ADHD medicines continued to be reported nationally and that pharmacists were working with GPs on "
  "alternatives.")
resolved([
    "That the supplementary statement to the Pharmaceutical Needs Assessment be noted.",
    "That the Health and Wellbeing Board be asked to consider bringing forward the full review of the Pharmaceutical "
    "Needs Assessment, currently due in 2027, in the light of the Hillcrest closure.",
    "That Eastvale Integrated Care Board be asked to explore Sunday opening hours for pharmacy services near the "
    "Hillcrest estate.",
])
P("Councillor Lumsden returned to the meeting.", italic=True)

# -------------------------------------------------------------------------------------------------
item("HS/26/009", "Hospital discharge and the Better Care Fund")
P("Claire Atherton, Director of Adult Social Care, gave an update on hospital discharge. Councillor Ian Cole, Cabinet "
  "Member for Adult Social Care and Health, had sent his apologies. Ms Atherton reported that the Council's Better "
  "Care Fund plan for 2025/26 totalled £28.7m, of which £6.4m was used for discharge. The Council had bought 40 extra "
  "discharge to assess home care packages a week since 1 December 2025 as part of the winter plan, and the joint "
  "discharge hub with Northmoor Community Health NHS Trust had reduced the average wait for a community hospital "
  "discharge from 9.2 days to 6.8 days.")
P("Members asked about the home care workforce. Ms Atherton said that the local home care market had 140 vacancies, "
  "about 9% of posts, and that the Council had raised the hourly rate paid to home care providers to £24.60 from "
  "April 2025. Councillor Okoro asked how many people were still waiting in hospital for a package of care; Ms "
  "Atherton said that on 16 January the figure was 27 across both acute hospitals, compared with 44 a year earlier.")
resolved([
    "That the update be noted.",
    "That a visit by Committee members to the transfer of care hub at Eastvale General Hospital be arranged before the "
    "March meeting.",
])

# -------------------------------------------------------------------------------------------------
item("HS/26/010", "Work programme 2025/26 and 2026/27")
P("Owen Pike, Scrutiny Officer, presented the Committee's work programme. Members agreed to add NHS dental access to "
  "the March meeting, following continued complaints from residents, and asked that the Healthwatch Southbridge annual "
  "report be considered in July alongside the community paediatrics update. The Chair reminded members that the "
  "Committee's joint meeting with Eastvale Borough Council's scrutiny committee on the Eastvale General Hospital "
  "redevelopment was provisionally arranged for 28 April 2026.")
resolved([
    "That the work programme be agreed, with the addition of NHS dental access at the March meeting.",
    "That the Healthwatch Southbridge annual report be scheduled for the July 2026 meeting.",
])

item("HS/26/011", "Date of next meeting")
P("The next meeting will be held on Tuesday 17 March 2026 at 6.00pm in Committee Room 2, Southbridge Civic Centre.")
P("The meeting closed at 8.47pm.", italic=True)
doc.add_paragraph()
P("Chair: ........................................................    Date: ..............................")

# -------------------------------------------------------------------------------------------------
doc.add_page_break()
P("HEALTH SCRUTINY COMMITTEE: ACTION LOG", bold=True, size=13)
P("Updated after the meeting of 20 January 2026. Completed actions are removed after they have been reported to one "
  "meeting.", italic=True)
actions = [
    ("HS/A/25/027", "Provide figures on the number of Southbridge residents unable to register with an NHS dentist, "
     "by ward.", "Marcus Hale, Eastvale ICB", "12 December 2025", "Overdue: chased on 12 January 2026. To be covered "
     "in the March report on dental access."),
    ("HS/A/25/031", "Circulate the Eastvale Winter Plan 2025/26 to all Committee members.", "Owen Pike, Scrutiny "
     "Officer", "28 November 2025", "Complete: circulated 24 November 2025."),
    ("HS/A/25/033", "Confirm the number of care home beds in the borough after the closure of Beechwood Lodge.",
     "Claire Atherton, Director of Adult Social Care", "20 January 2026", "Complete: 1,214 beds, reported at this "
     "meeting."),
    ("HS/A/26/001", "Provide a breakdown of 12-hour emergency department waits by age group and by electoral ward.",
     "Marcus Hale, Eastvale ICB", "17 March 2026", "Open"),
    ("HS/A/26/002", "Send the Committee's recommendation on named contacts for families waiting for paediatric "
     "assessment to the Northmoor Trust Board.", "Owen Pike, Scrutiny Officer", "6 February 2026", "Open"),
    ("HS/A/26/003", "Draft terms of reference and seek nominations for the task and finish group on support for "
     "families waiting for assessment.", "Owen Pike with Councillor Akhtar", "17 March 2026", "Open"),
    ("HS/A/26/004", "Provide monthly out-of-area mental health placement figures for January to December 2025.",
     "Joanne Mbeki, Mental Health Partnership", "17 March 2026", "Open"),
    ("HS/A/26/005", "Write to Eastvale ICB supporting continued funding of the Harbour Street crisis cafe.",
     "Councillor Thornbury, Chair", "6 February 2026", "In progress: draft letter with the Chair."),
    ("HS/A/26/006", "Ask the Health and Wellbeing Board to consider an early review of the Pharmaceutical Needs "
     "Assessment.", "Dr Yasmin Farouk, Director of Public Health", "26 February 2026", "Open: on the Health and "
     "Wellbeing Board agenda for 26 February."),
    ("HS/A/26/007", "Arrange a members' visit to the transfer of care hub at Eastvale General Hospital.",
     "Lucy Danvers, Democratic Services", "27 February 2026", "In progress: two dates offered by the hospital."),
    ("HS/A/26/008", "Send written replies to the public questions from Mr Briggs and Ms Keaveney, including the number "
     "of educational psychologists employed by the Council.", "Lucy Danvers, Democratic Services", "3 February 2026",
     "Complete: replies sent on 29 January 2026."),
]
table(doc, ["Action no.", "Action", "Owner", "Due date", "Status"], [list(a) for a in actions],
      [2.7, 5.3, 3.3, 2.3, 3.3], size=10, header_fill="404040", repeat=True)

doc.save(OUT)
print("saved")
