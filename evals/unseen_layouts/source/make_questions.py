"""Writes /work/gen/gen_questions.jsonl. Quotes are copied from pypdf page text."""
import json

D1 = "northmoor-trust-board-2026-03-12.pdf"
D2 = "eastvale-icb-winter-plan-2025-10-21.pdf"
D3 = "southbridge-council-health-scrutiny-minutes-2026-01-20.pdf"


def Q(question, audience, type_, answer, key_facts, sources):
    return dict(question=question, audience=audience, type=type_, answer=answer, key_facts=key_facts,
                sources=[{"doc": d, "quote": q} for d, q in sources])


def U(question, audience):
    return dict(question=question, audience=audience, type="unanswerable", answer="NOT_IN_CORPUS",
                key_facts=[], sources=[])


doc1 = [
    Q("whats the sickness absence rate at northmoor for december 2025", "staff", "table",
      "6.1% in December 2025, against a target of 4.8% or less; it was 5.6% in January 2026 and is rated red.",
      ["6.1%"],
      [(D1, "Well-led Sickness absence (in month) DoP 4.8% or less 5.2% 6.1% 5.6% Red")]),
    Q("How long was the community paeds waiting list in November 2025, and what is it supposed to be?", "public", "table",
      "1,988 children and young people in November 2025, against a target of 1,600 or fewer. It rose to 2,061 in "
      "December and 2,147 in January.",
      ["1,988", "1,600"],
      [(D1, "Responsive Community paediatrics waiting list COO 1,600 or fewer 1,988 2,061 2,147 Red")]),
    Q("How many virtual ward admissions did Northmoor have in the last quarter of 2024/25?", "staff", "table",
      "1,102 virtual ward admissions in Q4 2024/25.",
      ["1,102"],
      [(D1, "Virtual ward admissions 812 845 1,034 1,102 968 1,011 1,247")]),
    Q("Who owns the cyber risk on Northmoor's corporate risk register, and what is it being rescored to?", "staff", "table",
      "Simon Achterberg, Director of Digital, owns risk NCH-R11; the score is proposed to come down from 15 to 12 (amber).",
      ["Simon Achterberg", "12"],
      [(D1, "NCH-R11 Cyber attack or major IT outage disrupts clinical systems and access to patient records. "
            "Director of Digital (Simon Achterberg) 12 (4 x 3) down from 15 Amber")]),
    Q("Which community hospital ward had the worst RN day shift fill rate in January?", "staff", "table",
      "The winter escalation ward at Kelbrook Community Hospital, with a registered nurse day fill rate of 81.2%; it "
      "fell below the 85% escalation threshold on 11 shifts.",
      ["winter escalation ward", "81.2%"],
      [(D1, "Winter escalation ward Kelbrook Community Hospital 12 81.2% 93.0% 90.3% 101.6% 7.2"),
       (D1, "The registered nurse day fill rate on the winter escalation ward fell below the 85% escalation threshold on 11 shifts.")]),
    Q("How far behind its financial plan is the trust at month 10?", "public", "number",
      "£0.64m adverse: a year-to-date deficit of £1.84m against a planned deficit of £1.20m.",
      ["£0.64m", "£1.84m"],
      [(D1, "At Month 10 the Trust reports a year-to-date deficit of £1.84m against a planned deficit of £1.20m, "
            "an adverse variance of £0.64m.")]),
    Q("what are the main cost improvement schemes this year at northmoor", "staff", "list",
      "Consolidating community hospital bank staffing (£1.3m), the digital dictation and letters project (£0.6m) and "
      "estates rationalisation at Moorside Clinic (£0.45m).",
      ["bank staffing", "digital dictation", "Moorside Clinic"],
      [(D1, "The largest schemes are the consolidation of community hospital bank staffing (£1.3m), the digital "
            "dictation and letters project (£0.6m) and estates rationalisation at Moorside Clinic (£0.45m).")]),
    Q("What are the proposed quality account priorities for next year?", "public", "list",
      "For 2026/27: reducing harm from pressure ulcers, improving the experience of children waiting for assessment, "
      "and earlier recognition of deteriorating patients on virtual wards.",
      ["pressure ulcers", "children waiting for assessment", "deteriorating patients"],
      [(D1, "The committee reviewed the draft Quality Account priorities for 2026/27: reducing harm from pressure "
            "ulcers, improving the experience of children waiting for assessment, and earlier recognition of "
            "deteriorating patients on virtual wards.")]),
    Q("who is taking over from peter lindqvist as chair of the audit and risk committee?", "public", "who",
      "Margaret Ellery-Cole, a non-executive director who joined on 1 March 2026, chairs the Audit and Risk Committee "
      "from 1 April 2026.",
      ["Margaret Ellery-Cole"],
      [(D1, "Margaret Ellery-Cole joined the Board as a non-executive director on 1 March 2026. Margaret is a chartered "
            "accountant and former finance director in local government, and will chair the Audit and Risk Committee "
            "from 1 April 2026, succeeding Peter Lindqvist")]),
    Q("what did CQC rate northmoors childrens community services", "public", "fact",
      "Good overall, with Requires Improvement for the responsive key question because of waits for paediatric assessment.",
      ["Good", "Requires Improvement"],
      [(D1, "The service was rated Good overall, with Requires Improvement for the responsive key question because of "
            "waiting times for paediatric assessment.")]),
    Q("What share of Northmoor staff would recomend the trust as a place to work in the 2025 staff survey?", "staff", "number",
      "63%, above the national average for community trusts of 61%; the response rate was 54%.",
      ["63%"],
      [(D1, "Our response rate rose to 54%, from 49% last year. 63% of colleagues would recommend the Trust as a "
            "place to work, above the national average for community trusts of 61%.")]),
    Q("Which team won team of the year at the staff awards?", "staff", "who",
      "The Westfield District Nursing Team (Northmoor Stars awards, 27 February 2026).",
      ["Westfield District Nursing Team"],
      [(D1, "Team of the Year went to the Westfield District Nursing Team.")]),
    Q("By how much did the community paediatrics waiting list grow between the end of December, as reported to the "
      "council's scrutiny committee, and January?", "public", "multi_hop",
      "It rose from 2,061 at the end of December 2025 to 2,147 in January 2026, an increase of 86; the longest wait "
      "went from 56 to 58 weeks.",
      ["2,061", "2,147"],
      [(D3, "Mr Okafor reported that 2,061 children and young people were waiting at the end of December 2025, of whom "
            "812 lived in Southbridge. The longest wait was 56 weeks."),
       (D1, "the community paediatrics waiting list reached 2,147 children and young people, and the longest wait is "
            "now 58 weeks;")]),
    Q("how many speak up concerns were raised in Q3?", "staff", "number",
      "47 concerns were raised with the Freedom to Speak Up Guardian in the third quarter, up from 35 in the second.",
      ["47", "35"],
      [(D1, "Staff raised 47 concerns with our Freedom to Speak Up Guardian, Tomasz Nowicki, in the third quarter, "
            "up from 35 in the second.")]),
]
un1 = [
    U("Who is Northmoor Community Health's chief medical officer?", "public"),
    U("How much is Northmoor paying Brightwell Child Development Partnership for the 320 outsourced assessments?", "public"),
    U("How many patient safety incident investigations has Northmoor commissioned so far in 2025/26?", "staff"),
    U("What did Jonathan Baird MP say after his meeting with Dr Marsh about children's assessment waits?", "public"),
    U("What is the value of the Eastvale community services collaborative agreement Northmoor signed in February?", "staff"),
]

doc2 = [
    Q("What's the longest an ambulance handover should take under the winter plan?", "public", "number",
      "45 minutes at most, with no handover waits over one hour.",
      ["45 min"],
      [(D2, "45 min maximum ambulance handover time, with no waits over one hour")]),
    Q("how many virtual ward beds will there be across eastvale this winter", "public", "number",
      "180 virtual ward beds by December (60 at Eastvale General Hospital and 120 run by Northmoor Community Health).",
      ["180"],
      [(D2, "108 extra escalation and step-down beds at peak 180 virtual ward beds across Eastvale by December")]),
    Q("What is the ICB doing this winter to get patients discharged home quicker?", "public", "list",
      "Under its 'Home sooner' priority: a transfer of care hub at Eastvale General Hospital staffed 7 days a week, 40 "
      "extra discharge to assess packages a week from December, 30 step-down beds from Riverside Care Group, and a "
      "weekly review of every patient staying 21 days or more.",
      ["transfer of care hub", "40 extra discharge", "30 step-down beds", "21 days"],
      [(D2, "3. Home sooner • Transfer of care hub at Eastvale General Hospital staffed 7 days a week • 40 extra "
            "discharge to assess packages a week from December"),
       (D2, "• 30 step-down beds commissioned from Riverside Care Group • Weekly review of every patient staying 21 days or more")]),
    Q("What are the three priorities in Eastvale's winter plan?", "public", "list",
      "1. Keep people well; 2. Right care, first time; 3. Home sooner.",
      ["keep people well", "right care, first time", "home sooner"],
      [(D2, "Our three priorities for winter 1. Keep people well • Flu, COVID-19 and RSV vaccination"),
       (D2, "2. Right care, first time • One single point of access for urgent community response"),
       (D2, "3. Home sooner • Transfer of care hub at Eastvale General Hospital staffed 7 days a week")]),
    Q("How many extra winter beds is Southbridge Royal Infirmary opening, and when?", "staff", "table",
      "22 winter escalation beds, open from 15 December 2025 (lead: Karen Whitlow, Chief Operating Officer).",
      ["22", "15 December 2025"],
      [(D2, "Eastvale Hospitals NHS FT Southbridge Royal Infirmary 388 22 0 15 December 2025 Karen Whitlow Chief "
            "Operating Officer")]),
    Q("who's the operational lead for the mental health trust's winter escalation beds", "staff", "table",
      "Joanne Mbeki, Director of Operations at Eastvale and Southbridge Mental Health Partnership NHS FT (6 beds from "
      "5 January 2026).",
      ["Joanne Mbeki"],
      [(D2, "Eastvale and Southbridge Mental Health Partnership NHS FT 246 6 0 5 January 2026 Joanne Mbeki Director of Operations")]),
    Q("What flu jab uptake did Eastvale get for 2 and 3 year olds last winter, and what are they aiming for now?", "public", "table",
      "41.2% in 2024/25; the 2025/26 ambition is 50.0%, using nasal spray at GP practices and family hubs.",
      ["41.2%", "50.0%"],
      [(D2, "Children aged 2 and 3 41.2% 50.0% Nasal spray at GP practices and family hubs")]),
    Q("Which winter risks does the ICB think are most likely to happen?", "staff", "table",
      "Two risks are rated high likelihood: an early or severe flu season (also high impact) and workforce gaps and "
      "sickness at the peak (medium impact).",
      ["flu season", "workforce gaps"],
      [(D2, "Flu season arrives early or is severe, as seen in the southern hemisphere High High Vaccination push in "
            "October; surge beds can open two weeks early"),
       (D2, "Workforce gaps and sickness at the peak High Medium Shared staff bank; wellbeing offer; early rosters")]),
    Q("how much of the winter funding goes to virtual wards?", "staff", "number",
      "£2.2m of the £14.2m.",
      ["£2.2m"],
      [(D2, "Discharge to assess and step-down care £3.1m Virtual wards £2.2m")]),
    Q("When is the escalation ward at Kelbrook opening this winter?", "public", "fact",
      "4 November 2025, when the 12-bed escalation ward opens.",
      ["4 Nov"],
      [(D2, "November 2025 4 Nov: Kelbrook escalation ward opens (12 beds) 17 Nov: System Coordination Centre moves to 7-day cover")]),
    Q("How many extra same day GP appointmnets will the winter hubs offer?", "public", "number",
      "9,800 extra same-day appointments from six winter access hubs between 1 December 2025 and 31 March 2026.",
      ["9,800"],
      [(D2, "Six winter access hubs, one in each primary care network area, will provide 9,800 extra same-day "
            "appointments between 1 December 2025 and 31 March 2026, including evenings and Saturdays.")]),
    Q("Who chairs the urgent and emergency care board that oversees the winter plan?", "staff", "who",
      "Marcus Hale, the ICB's Chief Operating Officer.",
      ["Marcus Hale"],
      [(D2, "Delivery will be overseen by the Urgent and Emergency Care Board, chaired by Marcus Hale, with monthly "
            "reports to the ICB Quality and Performance Committee.")]),
    Q("The winter plan set a four-hour A&E target for March. How was Eastvale General doing against it in December?",
      "public", "multi_hop",
      "The target is 78% by March 2026; in December 2025 Eastvale General saw 71.3% within four hours, below the "
      "December trajectory of 74%.",
      ["78%", "71.3%"],
      [(D2, "78% of A&E patients seen within four hours by March 2026"),
       (D3, "Mr Hale reported that 71.3% of patients at Eastvale General Hospital's emergency department had been seen "
            "within four hours in December 2025, against the plan's trajectory of 74% for that month")]),
    Q("What was the ICB board asked to agree on the winter plan?", "staff", "list",
      "To approve the Winter Plan 2025/26, note the £14.2m winter funding and its allocation, delegate to the Chief "
      "Operating Officer authority to move up to £250,000 between schemes, and note a post-winter review in May 2026.",
      ["Winter Plan 2025/26", "£14.2m", "£250,000", "May 2026"],
      [(D2, "1. approve the Eastvale Winter Plan 2025/26; 2. note the £14.2m system winter funding and its allocation "
            "across schemes; 3. delegate to the Chief Operating Officer authority to move up to £250,000 between schemes"),
       (D2, "4. note that a post-winter review will come to the Board in May 2026.")]),
]
un2 = [
    U("Which organisation came out worst in the Operation Frostline winter exercise?", "staff"),
    U("How much is the ICB paying Riverside Care Group for each step-down bed?", "public"),
    U("What was COVID-19 vaccine uptake among over-65s in Eastvale last winter?", "public"),
    U("Who is the chief executive of Eastvale Integrated Care Board?", "public"),
    U("How many hours were lost to ambulance handover delays in December 2025?", "staff"),
]

doc3 = [
    Q("who was chairing southbridge health scrutiny in january 2026", "public", "who",
      "Councillor Rachel Thornbury chaired the meeting on 20 January 2026, with Councillor Amir Siddiqui as Vice-Chair.",
      ["Rachel Thornbury"],
      [(D3, "Present: Councillor Rachel Thornbury (Chair), Councillor Amir Siddiqui (Vice-Chair), and Councillors Parveen Akhtar")]),
    Q("Which councillors sent apologies to the January health scrutiny meeting?", "public", "list",
      "Councillors Graham Fenwick, Julie Marsden and Ian Cole (Cabinet Member for Adult Social Care and Health).",
      ["Graham Fenwick", "Julie Marsden", "Ian Cole"],
      [(D3, "Apologies: Councillor Graham Fenwick, Councillor Julie Marsden, and Councillor Ian Cole (Cabinet Member for "
            "Adult Social Care and Health, invited for item HS/26/009)")]),
    Q("Why did Cllr Lumsden leave the room during the meeting?", "public", "table",
      "He declared a disclosable pecuniary interest in the pharmacy item (HS/26/008) as owner and superintendent "
      "pharmacist of Lumsden Pharmacy, Westgate, and left the room for the whole item.",
      ["Lumsden Pharmacy", "disclosable pecuniary interest"],
      [(D3, "Councillor David Lumsden HS/26/008 Owner and superintendent pharmacist of Lumsden Pharmacy, Westgate, "
            "Southbridge. Disclosable pecuniary interest Left the room for the whole item.")]),
    Q("what interest did councillor o'rourke declare", "public", "table",
      "An other registrable interest as an unpaid trustee of Safe Harbour, the charity running the Southbridge crisis "
      "cafe; he stayed but took no part in discussing the crisis cafe contract.",
      ["trustee", "Safe Harbour"],
      [(D3, "Councillor Kevin O'Rourke HS/26/007 Unpaid trustee of Safe Harbour, the charity that runs the Southbridge "
            "crisis cafe. Other registrable interest Remained but took no part in the discussion of the crisis cafe contract.")]),
    Q("when's the deadline for the A&E 12 hour wait breakdown the committee asked for?", "staff", "table",
      "17 March 2026 (action HS/A/26/001, owner Marcus Hale, Eastvale ICB; status open).",
      ["17 March 2026"],
      [(D3, "HS/A/26/001 Provide a breakdown of 12-hour emergency department waits by age group and by electoral ward. "
            "Marcus Hale, Eastvale ICB 17 March 2026 Open")]),
    Q("Is anything overdue on the health scrutiny action log?", "staff", "table",
      "Yes: HS/A/25/027, figures on Southbridge residents unable to register with an NHS dentist by ward, owned by "
      "Marcus Hale and due 12 December 2025; it was chased on 12 January 2026.",
      ["NHS dentist", "12 December 2025"],
      [(D3, "HS/A/25/027 Provide figures on the number of Southbridge residents unable to register with an NHS dentist, "
            "by ward. Marcus Hale, Eastvale ICB 12 December 2025 Overdue: chased on 12 January 2026.")]),
    Q("whos organising the councillors' visit to the transfer of care hub, and by when", "staff", "table",
      "Lucy Danvers, Democratic Services, by 27 February 2026; in progress, with two dates offered by the hospital.",
      ["Lucy Danvers", "27 February 2026"],
      [(D3, "HS/A/26/007 Arrange a members' visit to the transfer of care hub at Eastvale General Hospital. Lucy "
            "Danvers, Democratic Services 27 February 2026 In progress: two dates offered by the hospital.")]),
    Q("What did the scrutiny committee decide about community paediatric waits?", "public", "list",
      "It noted the report and recorded concern; recommended to the Northmoor Trust Board that every waiting family get "
      "a named contact; set up a four-member task and finish group chaired by Councillor Parveen Akhtar to report by "
      "July 2026; and asked the Trust for a further update in July 2026.",
      ["named contact", "task and finish group", "Parveen Akhtar"],
      [(D3, "That the Committee recommends to the Board of Northmoor Community Health NHS Trust that every family "
            "waiting for assessment be given a named contact within the service."),
       (D3, "That a task and finish group of four members, chaired by Councillor Parveen Akhtar, be set up to review "
            "the support available to families while they wait, and report back by July 2026.")]),
    Q("How many Southbridge children were waiting for a community paediatric assessment at the end of December?", "public", "number",
      "812 of the 2,061 children and young people waiting lived in Southbridge.",
      ["812"],
      [(D3, "Mr Okafor reported that 2,061 children and young people were waiting at the end of December 2025, of whom "
            "812 lived in Southbridge.")]),
    Q("What did healthwatch find when it surveyed parents about the paediatric wait?", "public", "number",
      "Of 146 parents and carers, 71% had no contact from the service while waiting and 58% said school could not put "
      "support in place until a diagnosis.",
      ["71%", "58%"],
      [(D3, "a Healthwatch Southbridge survey of 146 parents and carers: 71% said they had received no contact from the "
            "service while waiting, and 58% said their child's school had not been able to put support in place")]),
    Q("Which chemists have shut in Southbridge since April 2024?", "public", "list",
      "Four: Greave Road, Millbank Parade, Tanner's Row and Hillcrest, leaving 38 pharmacies.",
      ["Greave Road", "Millbank Parade", "Tanner's Row", "Hillcrest"],
      [(D3, "in the borough since April 2024, at Greave Road, Millbank Parade, Tanner's Row and Hillcrest, leaving 38. "
            "The borough now had 19.6 pharmacies per 100,000 people")]),
    Q("How big is Southbridge's Better Care Fund this year and how much of it goes on hospital discharge?", "staff", "number",
      "£28.7m in 2025/26, of which £6.4m is used for discharge.",
      ["£28.7m", "£6.4m"],
      [(D3, "Ms Atherton reported that the Council's Better Care Fund plan for 2025/26 totalled £28.7m, of which £6.4m "
            "was used for discharge.")]),
    Q("Where can 16 and 17 year olds in a mental health crisis get help if they can't use the crisis cafe?", "public", "fact",
      "From the children and young people's crisis team, reached through NHS 111 by choosing the mental health option.",
      ["crisis team", "NHS 111"],
      [(D3, "Ms Mbeki explained that the children and young people's crisis team covered this age group and could be "
            "reached through NHS 111 by selecting the mental health option.")]),
    Q("The council is buying extra discharge to assess packages for winter. How many a week, and how much did the ICB "
      "winter plan put into discharge to assess and step-down care?", "staff", "multi_hop",
      "40 extra discharge to assess home care packages a week since 1 December 2025; the winter plan allocates £3.1m "
      "to discharge to assess and step-down care.",
      ["40", "£3.1m"],
      [(D3, "The Council had bought 40 extra discharge to assess home care packages a week since 1 December 2025 as "
            "part of the winter plan"),
       (D2, "Discharge to assess and step-down care £3.1m Virtual wards £2.2m")]),
]
un3 = [
    U("How many educational psychologists does Southbridge Council employ?", "public"),
    U("What did the Health and Wellbeing Board decide on 26 February about reviewing the pharmaceutical needs assessment early?", "staff"),
    U("What are the opening hours of the Harbour Street crisis cafe?", "public"),
    U("How many people aged over 80 waited more than 12 hours in A&E at Eastvale General in December?", "public"),
    U("who organised the petition about paediatric waiting times that went to full council?", "public"),
]

items = doc1 + un1 + doc2 + un2 + doc3 + un3
with open("/work/gen/gen_questions.jsonl", "w") as f:
    for i, it in enumerate(items, 1):
        rec = {"id": f"g{i:03d}"}
        rec.update(it)
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(items), "questions written")
