"""Write ../questions.jsonl (r001-r057): 19 questions per paper, 14 answerable then 5 unanswerable.
Quotes are copied from the reference text (pypdf extract_text() of one page for the PDFs, the visible text of
the .docx for Word, see extract.py) with whitespace collapsed."""
import json
from pathlib import Path

L = "lunsdale-cmht-board-q3-performance-slides-2026-01-29.pdf"
E = "eastmere-cc-scrutiny-care-market-report-2026-03-10.pdf"
R = "rushmere-hwb-better-care-fund-plan-2026-27.docx"
NO = "NOT_IN_CORPUS"


def q(question, audience, type_, answer, key_facts, sources):
    return dict(question=question, audience=audience, type=type_, answer=answer, key_facts=key_facts,
                sources=[{"doc": d, "quote": t} for d, t in sources])


def u(question, audience):
    return q(question, audience, "unanswerable", NO, [], [])


QS = [
    # ---------------------------------------------------------------- Lunsdale slide deck (Impress)
    q("Who presented the quarter 3 performance slides to the Lunsdale trust board?", "public", "who",
      "Dr Ruth Emberton, Chief Operating Officer, presented the Quarter 3 2025/26 performance report (agenda "
      "item 9, 29 January 2026).", ["Ruth Emberton"],
      [(L, "Trust Board meeting in public – 29 January 2026 – Agenda item 9 Presented by Dr Ruth Emberton, "
           "Chief Operating Officer")]),
    q("crisis team 4 hour face to face response november", "staff", "table",
      "81.5% of crisis team face-to-face responses were within 4 hours in November 2025, against an 80% "
      "standard (76.9% in December, rated Amber).", ["81.5%"],
      [(L, "Crisis team: face-to-face within 4 hours 80% 78.2% 81.5% 76.9% Amber")]),
    q("How did memory assessments within six weeks do in December, and what RAG rating did they get?", "staff",
      "table", "52.7% of memory assessments were within 6 weeks of referral in December 2025, against a 60% "
      "standard, so it was rated Red.", ["52.7%", "Red"],
      [(L, "Memory assessment within 6 weeks of referral 60% 48.3% 51.0% 52.7% Red")]),
    q("How many out-of-area placement bed days were used in Q3, and how does that compare with Q2?", "public",
      "number", "412 out of area bed days in Q3 2025/26, down from 655 in Q2; placements fell for the third "
      "quarter running.", ["412", "655"],
      [(L, "Out of area placements fell for the third quarter running – 412 bed days in Q3, down from 655 in Q2")]),
    q("what topics did the lunsdale q3 performance presentation cover", "public", "list",
      "Headlines for the quarter; access and waiting times; quality and safety; our people; money; and risks "
      "and what happens next.", ["Access and waiting times", "Quality and safety", "Our people", "Money"],
      [(L, "Headlines for the quarter – Ruth Emberton 2. Access and waiting times – Ruth Emberton 3. Quality "
           "and safety – Joanne Pilbury, Director of Nursing and Quality"),
       (L, "4. Our people – Sanjay Mistry-Hale, Director of People 5. Money – Callum Feriday, Director of "
           "Finance and Estates 6. Risks and what happens next")]),
    q("Thornbeck PICU bed occupancy in December?", "staff", "table",
      "Thornbeck PICU's occupancy was 101% in December 2025 (98% in November); occupancy includes patients on "
      "leave.", ["101"],
      [(L, "Fellside Brackenridge Larkholme Thornbeck PICU Willowmere Ashgill Rehab"),
       (L, "96 95 90 98 85 79 97 94 88 101 82 76 Bed occupancy, November and December 2025 (%)")]),
    q("Which inpatient ward had the lowest occupancy in November 2025?", "staff", "table",
      "Ashgill Rehab, at 79% in November 2025 (76% in December).", ["Ashgill", "79"],
      [(L, "Fellside Brackenridge Larkholme Thornbeck PICU Willowmere Ashgill Rehab"),
       (L, "96 95 90 98 85 79 97 94 88 101 82 76 Bed occupancy, November and December 2025 (%) November 2025 "
           "December 2025")]),
    q("How full were the adult acute wards in December compared with the target?", "public", "number",
      "The adult acute wards averaged 93% occupancy in December 2025, against the trust's 85% standard.",
      ["93%", "85%"],
      [(L, "Adult acute wards averaged 93% in December, against our 85% standard.")]),
    q("How many category 3 and 4 pressure ulcers happened in community care in Q3?", "staff", "number",
      "Category 3 and 4 pressure ulcers acquired in community care: 9 in Q3, up from 5 in Q2.", ["9 in Q3"],
      [(L, "Pressure ulcers acquired in our community care (category 3 and 4) – 9 in Q3, up from 5 in Q2")]),
    q("What went well on quality and safety in the quarter?", "public", "list",
      "No never events; prone restraint down 38% on Q2 (13 incidents from 21); Friends and Family Test 88% "
      "good or very good (3,406 responses); and all six inpatient wards passed the December infection control "
      "audit.", ["never events", "38%", "88%", "infection control audit"],
      [(L, "What went well • No never events in the quarter • Prone restraint down 38% on Q2 – 13 incidents in "
           "Q3, from 21 in Q2"),
       (L, "Friends and Family Test: 88% rated our services good or very good – 3,406 responses in the quarter "
           "• All six inpatient wards passed the December infection control audit")]),
    q("How far over plan is pay spending at month 9?", "staff", "table",
      "Pay was £104.1m against a plan of £101.8m for April to December, £2.3m worse than plan.",
      ["104.1", "2.3"],
      [(L, "£m, April to December Plan Actual Variance Income 142.6 143.9 1.3 Pay (101.8) (104.1) (2.3)")]),
    q("agency spend lunsdale q3", "staff", "number",
      "Agency spend was £1.34m in Q3, 2.9% of the pay bill, against a ceiling of 3.2%.", ["£1.34m", "2.9%"],
      [(L, "Agency spend £1.34m in Q3, 2.9% of the pay bill – The ceiling is 3.2%")]),
    q("Who is Lunsdale's director of people?", "public", "who",
      "Sanjay Mistry-Hale is the Director of People; he presented the 'Our people' section.",
      ["Sanjay Mistry-Hale"],
      [(L, "4. Our people – Sanjay Mistry-Hale, Director of People")]),
    q("When does the new crisis line phone system go live, and what share of calls were answered within a minute "
      "in October?", "public", "multi_hop",
      "The new call-handling system goes live on 9 February 2026. In October 2025, 74.0% of crisis line calls "
      "were answered within 60 seconds, against a 90% standard.", ["9 February 2026", "74.0%"],
      [(L, "Crisis line answering times fell short of the standard all quarter – 71.4% of calls answered within "
           "60 seconds in December – New call-handling system goes live on 9 February 2026"),
       (L, "Crisis line: calls answered within 60 seconds 90% 74.0% 72.8% 71.4% Red")]),
    u("Who supplies Lunsdale's new crisis line call-handling system and how much did it cost?", "staff"),
    u("How many children in total are on the community paediatrics waiting list at Lunsdale?", "public"),
    u("what is the vacancy rate for allied health professionals at lunsdale", "staff"),
    u("When will Larkholme ward close beds for refurbishment?", "public"),
    u("What was the talking therapies recovery rate in quarter 3?", "staff"),
    # ---------------------------------------------------------------- Eastmere committee report (Chromium)
    q("who wrote the care market report for the eastmere scrutiny committee", "staff", "who",
      "Owain Tellwright, Head of Commissioning (Older People); it is a report of Helen Marchbank, Executive "
      "Director of Adult Social Care and Health.", ["Owain Tellwright"],
      [(E, "Report author Owain Tellwright, Head of Commissioning (Older People), "
           "owain.tellwright@eastmere.gov.example")]),
    q("How many people in Eastmere are waiting for home care, and how many of them are stuck in hospital?",
      "public", "number", "113 people were waiting for a home care package in January 2026, 20 of them in "
      "hospital.", ["113", "20"],
      [(E, "113 people waiting for a home care package, 20 of them in hospital")]),
    q("What share of its commissioned home care hours did Norland Fens deliver?", "staff", "table",
      "88.2%: 3,511 of 3,980 hours a week (week beginning 12 January 2026), the lowest of the five "
      "localities.", ["88.2%"],
      [(E, "Commissioned Delivered % delivered Total of whom in hospital"),
       (E, "Norland Fens 3,980 3,511 88.2% 42 8")]),
    q("What does the council pay on average each week at Orchard Bank, and what do self-funders pay?", "public",
      "table", "The council pays an average of £1,222 a week at Orchard Bank (Cedarcroft Healthcare, nursing "
      "dementia care) and self-funders pay £1,630.", ["1,222", "1,630"],
      [(E, "Registered Occupied Vacant Council- funded Self- funded Hobbwick Vale"),
       (E, "Orchard Bank Cedarcroft Healthcare Nursing (dementia) 62 58 4 1,222 1,630 Good")]),
    q("beacon rise empty beds", "staff", "table",
      "Beacon Rise has 12 vacant beds: 60 registered, 48 occupied on 31 January 2026.", ["12"],
      [(E, "Beacon Rise Cedarcroft Healthcare Nursing 60 48 12 1,128 1,450 Requires improvement")]),
    q("Which area is Sluice Gate care home in, and what's its CQC rating?", "public", "table",
      "Sluice Gate is in Norland Fens and is rated Good.", ["Norland Fens", "Good"],
      [(E, "Norland Fens Dykeside Fenland Care Partnership Residential 29 26 3 838 985 Good"),
       (E, "Sluice Gate Fenland Care Partnership Residential (dementia) 36 34 2 918 1,150 Good Norland Fens total "
           "185 165 20")]),
    q("Which Eastmere care homes are rated requires improvement?", "public", "list",
      "Five homes: Cloister View, Beacon Rise, Millrace House, Reedham Court and Wrenfield.",
      ["Cloister View", "Beacon Rise", "Millrace House", "Reedham Court", "Wrenfield"],
      [(E, "Cloister View Hallmark Vale Homes Nursing 72 61 11 1,160 1,540 Requires improvement"),
       (E, "Beacon Rise Cedarcroft Healthcare Nursing 60 48 12 1,128 1,450 Requires improvement"),
       (E, "Millrace House Millrace Care Ltd Residential 24 20 4 842 1,015 Requires improvement"),
       (E, "Reedham Court Hallmark Vale Homes Nursing (dementia) 54 45 9 1,196 1,540 Requires improvement"),
       (E, "Wrenfield Hallmark Vale Homes Nursing (dementia) 56 51 5 1,204 1,595 Requires improvement")]),
    q("What is care home occupancy in Eastmere and how is it worked out?", "public", "fact",
      "91.3% of beds were occupied: occupied beds as a share of registered beds in the 29 homes on 31 January "
      "2026, with beds closed for refurbishment counted as registered.", ["91.3%", "registered beds"],
      [(E, "29 older people's care homes, 1,236 beds 91.3% of beds occupied"),
       (E, "Occupied beds as a share of registered beds in the 29 homes in Appendix A on 31 January 2026. Beds "
           "closed for refurbishment are counted as registered.")]),
    q("How much is the council expected to overspend on buying care this year, and against what budget?",
      "staff", "multi_hop",
      "A forecast overspend of £5.8m on care purchasing in 2025/26 (forecast at month 10), against a care "
      "purchasing budget of £142.3m within the £214.6m adult social care budget.", ["£5.8m", "£142.3m"],
      [(E, "The council expects to spend £5.8m more than budgeted on care purchasing in 2025/262, mainly because "
           "of the rise in the number of people funded in nursing care."),
       (E, "Forecast at month 10 (January 2026) against a care purchasing budget of £142.3m, part of the adult "
           "social care budget of £214.6m.")]),
    q("proposed care home fee rise for 2026/27?", "public", "fact",
      "Officers propose a 6.2% uplift for 2026/27, costing about £7.9m in a full year; the Cabinet Member will "
      "decide in March 2026.", ["6.2%", "£7.9m"],
      [(E, "Officers propose an uplift of 6.2% for 2026/27, made up of the rise in the National Living Wage and "
           "an allowance for inflation on other costs. The uplift would cost about £7.9m in a full year.")]),
    q("What is the council's standard weekly rate for nursing dementia care?", "public", "number",
      "£1,185 a week in 2025/26, before any NHS-funded nursing care contribution.", ["£1,185"],
      [(E, "The council's usual weekly rates for 2025/26 are £830 for residential care, £895 for residential "
           "dementia care, £1,120 for nursing care and £1,185 for nursing dementia care")]),
    q("What did the survey of home care users find?", "public", "fact",
      "612 people replied to the October-December 2025 survey run with Healthwatch Eastmere; 71% were satisfied "
      "or very satisfied, and the most common complaint was late or shortened visits (184 people).",
      ["612", "71%"],
      [(E, "There were 612 replies, and 71% said they were satisfied or very satisfied with their care. The most "
           "common complaint was late or shortened visits, raised by 184 people3.")]),
    q("What is the scrutiny committee being asked to do on the care market report?", "staff", "list",
      "(a) note the position of the care home and home care markets; (b) comment on the proposed approach to "
      "the 2026/27 fee uplift; (c) ask for a further report on the Norland Fens home care recruitment pilot in "
      "September 2026.", ["note the position", "fee uplift", "September 2026"],
      [(E, "a. note the position of the care home and home care markets set out in this report;"),
       (E, "b. comment on the proposed approach to the 2026/27 fee uplift in section 5; and"),
       (E, "c. ask for a further report on the home care recruitment pilot in Norland Fens to its meeting in "
           "September 2026.")]),
    q("Marram Lodge - what did CQC rate it, when was the report out, and how many of its beds are empty?",
      "public", "multi_hop",
      "Marram Lodge was rated Inadequate in December 2025; the report was published on 9 January 2026. It has "
      "31 registered beds, 25 occupied, so 6 vacant; new council placements are suspended.",
      ["Inadequate", "9 January 2026", "6"],
      [(E, "Marram Lodge was rated Inadequate by the Care Quality Commission in December 2025, and the council "
           "has suspended new placements there"),
       (E, "The inspection report was published on 9 January 2026. The home has 31 beds."),
       (E, "Marram Lodge Marram Care LLP Residential 31 25 6 846 1,035 Inadequate")]),
    u("How much an hour will home care workers in the Norland Fens travel time pilot be paid?", "staff"),
    u("Who chairs Eastmere's Adult Social Care and Health Scrutiny Committee?", "public"),
    u("what hourly rate does eastmere council pay home care providers", "staff"),
    u("Which two care homes closed in Eastmere in 2025 and how many beds were lost?", "public"),
    u("What CQC rating does Brightways Home Support have?", "public"),
    # ---------------------------------------------------------------- Rushmere BCF plan (Writer .docx)
    q("Who wrote the Better Care Fund plan report for the Rushmere health and wellbeing board?", "staff", "who",
      "Tamsin Okonjo-Reid, Head of Integrated Commissioning; the report is from Graham Lusty, Director of Adult "
      "Social Services, and Dr Priti Vasanthakumar, Place Director.", ["Tamsin Okonjo-Reid"],
      [(R, "Report author Tamsin Okonjo-Reid, Head of Integrated Commissioning")]),
    q("How much Improved Better Care Fund money goes to Home First reablement?", "staff", "table",
      "£960k from the Improved Better Care Fund, plus £2,870k from the ICB minimum contribution: £3,830k in "
      "total.", ["960"],
      [(R, "ICB minimum contribution Improved Better Care Fund Disabled Facilities Grant"),
       (R, "Home First reablement 2,870 960 – 3,830")]),
    q("trusted assessors - which theme is it under and how much does it get", "staff", "table",
      "Trusted assessors come under 'Getting people home from hospital' and get £410k, all from the ICB minimum "
      "contribution.", ["Getting people home from hospital", "410"],
      [(R, "Getting people home from hospital Discharge to assess beds 3,420 1,150 – 4,570 Home First reablement "
           "2,870 960 – 3,830 Trusted assessors 410 – – 410")]),
    q("Where does the money in Rushmere's BCF come from?", "public", "list",
      "Three sources: the ICB's minimum contribution (£14,665k), the Improved Better Care Fund grant to the "
      "council (£5,180k) and the Disabled Facilities Grant (£2,960k).",
      ["minimum contribution", "Improved Better Care Fund", "Disabled Facilities Grant"],
      [(R, "It has three sources: the ICB's minimum contribution (£14,665k), the Improved Better Care Fund grant "
           "paid to the council (£5,180k) and the Disabled Facilities Grant (£2,960k)")]),
    q("How big is the better care fund pooled budget for 2026/27 and how much has it gone up?", "public",
      "number", "£22,805k (£22.805m), up 3.9% on £21,940k in 2025/26.", ["22,805", "3.9%"],
      [(R, "The pooled budget for 2026/27 is £22,805k, up 3.9% on £21,940k in 2025/26.")]),
    q("falls admissions ambition 2026/27 rushmere", "staff", "table",
      "1,940 emergency admissions due to falls per 100,000 people aged 65 and over (2025/26 plan 1,990, "
      "forecast 2,011).", ["1,940"],
      [(R, "Emergency admissions due to falls, people aged 65 and over, per 100,000 2,050 1,990 2,011 1,940")]),
    q("What's the forecast for discharge delays this year compared with the plan?", "staff", "table",
      "An average of 1.2 days from discharge-ready date to discharge is forecast for 2025/26, against a plan of "
      "1.1 (1.4 in 2024/25; the 2026/27 ambition is 0.9).", ["1.2", "1.1"],
      [(R, "Metric 2024/25 2025/26 2026/27 Actual Plan Forecast Ambition"),
       (R, "Average days from discharge-ready date to discharge 1.4 1.1 1.2 0.9")]),
    q("how quickly did the falls team get to mr d", "public", "fact",
      "The falls response team reached Mr D, 84, of Thornleigh, in 52 minutes.", ["52 minutes"],
      [(R, "Mr D, Thornleigh. Mr D, who is 84, fell at home in November 2025 and could not get up. The falls "
           "response team reached him in 52 minutes")]),
    q("How long did Mrs K stay in the discharge to assess bed?", "public", "number",
      "12 days at Pelham Court, then she went home with four weeks of reablement.", ["12 days"],
      [(R, "She spent 12 days in a discharge to assess bed at Pelham Court, where therapists helped her regain "
           "her strength, and then went home with four weeks of reablement.")]),
    q("What is the health and wellbeing board asked to agree about the BCF?", "staff", "list",
      "(a) approve the 2026/27 plan with a pooled budget of £22.805m; (b) agree the metric ambitions in "
      "Appendix A; (c) delegate changes after NHS England's assurance to the Director of Adult Social Services "
      "and the Place Director jointly, reported back in July 2026; (d) note the case studies.",
      ["£22.805m", "metric ambitions", "delegate"],
      [(R, "approve the Better Care Fund plan for 2026/27, with a total pooled budget of £22.805m;"),
       (R, "agree the metric ambitions for 2026/27 set out in Appendix A;"),
       (R, "delegate to the Director of Adult Social Services and the Place Director, jointly, any changes "
           "needed after NHS England's assurance process, to be reported back in July 2026; and")]),
    q("How many people a day were stuck in Rushmere General after they were ready to go home?", "public",
      "number", "An average of 38 Rushmere residents a day in 2025/26, against an aim of 30.", ["38", "30"],
      [(R, "In 2025/26 an average of 38 Rushmere residents a day were in hospital beds at Rushmere General "
           "Hospital after they were ready to leave, against an aim of 30.")]),
    q("If the pooled budget overspends who pays?", "public", "fact",
      "Any overspend is shared 50:50 between the council and the ICB, under the section 75 agreement.",
      ["50:50"],
      [(R, "Any overspend on the pooled budget is shared 50:50 between the council and the ICB, as set out in "
           "the section 75 agreement.")]),
    q("What is the deadline for sending the BCF plan to NHS England, and when will the section 75 agreement be "
      "signed?", "staff", "multi_hop",
      "The plan goes to NHS England by the national deadline of 1 May 2026; the 2026/27 section 75 agreement "
      "will be signed by 30 June 2026.", ["1 May 2026", "30 June 2026"],
      [(R, "before it is submitted to NHS England by the national deadline of 1 May 2026"),
       (R, "The agreement for 2026/27 will be signed by 30 June 2026.")]),
    q("By how much does the ICB minimum contribution go up next year?", "staff", "number",
      "By 5.66% in 2026/27, to £14,665k.", ["5.66%"],
      [(R, "The ICB's minimum contribution rises by 5.66% in 2026/27.")]),
    u("What does a discharge to assess bed at Pelham Court cost per week?", "staff"),
    u("Who chairs the Rushmere Place Joint Commissioning Group?", "public"),
    u("How much BCF money did the falls response service get in 2025/26?", "staff"),
    u("how many people used home first reablement in rushmere last year", "public"),
    u("When was the BCF equality impact assessment signed off, and by whom?", "staff"),
]
FIELDS = ["id", "question", "audience", "type", "answer", "key_facts", "sources"]

if __name__ == "__main__":
    assert len(QS) == 57, len(QS)
    with open(Path(__file__).resolve().parent.parent / "questions.jsonl", "w", encoding="utf-8") as f:
        for i, item in enumerate(QS, 1):
            item = {"id": f"r{i:03d}", **item}
            f.write(json.dumps({k: item[k] for k in FIELDS}, ensure_ascii=False) + "\n")
    print("wrote", len(QS))
