"""Write ../questions.jsonl (h001-h057). Quotes were copied from pypdf's extract_text() of one page
(whitespace collapsed); check.py verifies them."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "questions.jsonl"
W = "westmere-icb-finance-report-2026-02-10.pdf"
H = "harlow-vale-trust-integrated-performance-report-2026-01-29.pdf"
A = "ashcombe-council-public-health-annual-report-2025.pdf"
NA = "NOT_IN_CORPUS"

Q = []


def q(question, audience, typ, answer, key_facts, sources):
    Q.append(dict(id=f"h{len(Q) + 1:03d}", question=question, audience=audience, type=typ,
                  answer=answer, key_facts=key_facts,
                  sources=[dict(doc=d, quote=t) for d, t in sources]))


def na(question, audience):
    q(question, audience, "unanswerable", NA, [], [])


# ================================================================================================
# Paper 1: Westmere ICB finance report (landscape spreadsheet tables)
q("How much has Westmere ICB actually spent on continuing healthcare for adults so far this year, "
  "compared with the budget?", "staff", "table",
  "£67.34m in the year to January 2026 (Month 10) against a year-to-date budget of £61.92m, an overspend "
  "of £5.42m. The full-year forecast is £80.80m against a budget of £74.30m.",
  ["67.34", "61.92"],
  [(W, "Continuing healthcare: adults 6.19 6.85 (0.66) 61.92 67.34 (5.42) 74.30 80.80 (6.50)")])
q("whats the forecast outturn for primary care presribing this year", "staff", "table",
  "Primary care prescribing is forecast to cost £207.50m in 2025/26 against an annual budget of £201.60m, "
  "an adverse variance of £5.90m.",
  ["207.50", "5.90"],
  [(W, "Primary care prescribing 16.80 17.52 (0.72) 168.00 172.962 (4.96) 201.60 207.50 (5.90)")])
q("In January alone, what did the ICB spend on out of area mental health placements and what was "
  "budgeted for the month?", "public", "table",
  "£1.16m was spent in Month 10 (January 2026) against a monthly budget of £0.78m, £0.38m over budget.",
  ["1.16", "0.78"],
  [(W, "Mental health out of area placements 0.78 1.16 (0.38) 7.83 10.98 (3.15) 9.40 13.20 (3.80)3")])
q("year to date acute services total - budget v actual?", "staff", "table",
  "Acute services in total: year-to-date budget £1,095.40m, actual £1,101.43m, an overspend of £6.03m. "
  "The forecast for the year is £1,321.60m against £1,314.50m.",
  ["1,101.43", "6.03"],
  [(W, "Subtotal: acute services 109.54 110.30 (0.76) 1,095.40 1,101.43 (6.03) 1,314.50 1,321.60 (7.10)")])
q("What is the ICB forecast to spend in total this financial year, against its annual budget?", "public",
  "table",
  "Total ICB expenditure is forecast at £2,448.05m against an annual budget of £2,436.75m, an overspend "
  "of £11.30m before mitigations.",
  ["2,448.05", "2,436.75"],
  [(W, "TOTAL ICB EXPENDITURE 203.03 204.55 (1.52) 2,030.60 2,040.22 (9.62) 2,436.75 2,448.05 (11.30)")])
q("Which of the ICB's savings schemes are rated red, and what are they expected to deliver?", "staff",
  "table",
  "Two: continuing healthcare package reviews and brokerage (forecast £3.10m against a plan of £4.80m) "
  "and repatriation of mental health out of area placements (forecast £1.40m against £3.20m).",
  ["package reviews", "out of area placements"],
  [(W, "Continuing healthcare package reviews and brokerage Colette Ndiaye, Chief Nursing Officer "
       "Recurrent 4.80 4.00 2.30 3.10 Red"),
   (W, "Repatriation of mental health out of area placements Marcus Quillfeldt, Director of Mental Health "
       "Commissioning Recurrent 3.20 2.60 0.90 1.40 Red")])
q("Who wrote the Month 10 finance report for the Westmere board?", "public", "who",
  "Tomasz Wielgosz, Deputy Director of Financial Planning and Reporting. The executive lead, who presents "
  "it, is Priya Ramanathan, Chief Finance Officer.",
  ["Tomasz Wielgosz"],
  [(W, "Report author Tomasz Wielgosz, Deputy Director of Financial Planning and Reporting")])
q("how far off plan is westmere icb at month 10", "public", "number",
  "It has overspent by £9.62m in the year to date against a breakeven plan; January alone was £1.52m "
  "adverse.",
  ["9.62"],
  [(W, "At Month 10 (January 2026) the ICB reports a year-to-date overspend of £9.62m against its "
       "breakeven plan. The in-month position was £1.52m adverse")])
q("What actions have been identified to close the forecast gap?", "staff", "list",
  "Mitigations of £8.10m: slippage on mental health investment (£2.40m), a further non-recurrent balance "
  "sheet review (£3.20m), controls on discretionary spending (£1.10m) and vacancy control in ICB running "
  "costs (£1.40m). That leaves an unmitigated gap of £3.20m.",
  ["slippage", "balance sheet review", "discretionary spending", "vacancy control"],
  [(W, "Slippage on mental health investment Marcus Quillfeldt 2.40 Non-recurrent balance sheet review "
       "(additional) Priya Ramanathan 3.20 Controls on discretionary spending Priya Ramanathan 1.10 Vacancy "
       "control in ICB running costs Sian Darroch-Evans 1.40")])
q("Are there any financial risks that aren't in the ICB's forecast yet?", "public", "list",
  "Yes, £5.70m in total: continuing healthcare price increases beyond plan (£2.10m), Category M generic "
  "drug price changes from April (£1.60m), further growth in independent sector activity (£1.20m) and "
  "the costs of industrial action by resident doctors (£0.80m).",
  ["Category M", "industrial action", "5.70"],
  [(W, "Continuing healthcare price increases beyond plan Colette Ndiaye (2.10) Category M generic drug "
       "price changes from April Ruth Abernethy (1.60) Further growth in independent sector activity Dr "
       "Anjali Mehta-Frost (1.20) Costs of industrial action by resident doctors"),
   (W, "The further risks in Table 3 total £5.70m and are not included in the forecast.")])
q("Why is spending on out-of-area mental health beds over budget, and what does the year-end forecast "
  "assume will happen to the numbers?", "public", "multi_hop",
  "On 31 January 2026, 23 adults were in acute mental health beds outside Westmere against a plan of 9, "
  "giving a year-to-date overspend of £3.15m. The forecast assumes the number falls from 23 to 15 by the "
  "end of March 2026.",
  ["23", "15"],
  [(W, "Mental health out of area placements are £3.15m overspent. On 31 January 2026 there were 23 "
       "adults placed in acute mental health beds outside Westmere, against a plan of 9."),
   (W, "The forecast assumes the number of out of area placements falls from 23 to 15 by the end of March "
       "2026.")])
q("when will westmere get more mental health beds so people dont have to go out of area", "public",
  "fact",
  "Twelve new beds at the Larkspur Unit in Ravensholt are due to open in May 2026.",
  ["Larkspur", "May 2026"],
  [(W, "Twelve new beds at the Larkspur Unit in Ravensholt are due to open in May 2026.")])
q("Is the ICB paying its suppliers on time?", "staff", "number",
  "Yes: it paid 96.4% of non-NHS invoices by value within 30 days in the year to date, against the "
  "Better Payment Practice Code target of 95%.",
  ["96.4%"],
  [(W, "The ICB paid 96.4% of non-NHS invoices by value within 30 days in the year to date, against the "
       "Better Payment Practice Code target of 95%.")])
q("How much has the medicines optimisation savings scheme delivered so far?", "staff", "table",
  "£4.10m delivered to date against £5.40m planned to date (annual plan £6.50m, forecast £5.20m); it is "
  "rated amber. The lead is Ruth Abernethy, Director of Medicines Optimisation.",
  ["4.10", "5.40"],
  [(W, "Medicines optimisation: generic switches and waste Ruth Abernethy, Director of Medicines "
       "Optimisation Recurrent 6.50 5.40 4.10 5.20 Amber")])
na("What is Westmere ICB's financial plan for 2026/27 - is it planning a deficit?", "public")
na("How many nurse assessors work in Westmere ICB's continuing healthcare team in total?", "staff")
na("What did the Orchard Lane Surgery extension in Kingsbury cost altogether?", "public")
na("How much did the ICB pay Southern Counties Ambulance Service in 2024/25?", "staff")
na("When will the ICB restructure be finished?", "staff")

# ================================================================================================
# Paper 2: Harlow Vale integrated performance report (A3 spreads, infographic)
q("how many outpatient appointments did harlow vale do in december", "public", "number",
  "58,412 outpatient appointments were held in December 2025 (against a target of 57,000).",
  ["58,412"],
  [(H, "71.2% 311 58,412 1,126 76.8% 96% 104 5.8% £3.8m"),
   (H, "ambulance handovers took longer than one hour outpatient appointments were held in December")])
q("Harlow Vale at a glance - what was staff sickness in December and is that unusually high?", "staff",
  "number",
  "5.8% sickness absence in December 2025, the highest since January 2023 (target 4.5%).",
  ["5.8%", "January 2023"],
  [(H, "71.2% 311 58,412 1,126 76.8% 96% 104 5.8% £3.8m"),
   (H, "staff sickness absence, the highest since January 2023")])
q("What was Harlow Vale's 4 hour A&E performance in October and November 2025?", "public", "table",
  "76.4% in October and 74.9% in November 2025, against a target of 78%; it fell to 71.2% in December.",
  ["76.4%", "74.9%"],
  [(H, "Patients seen within 4 hours in ED (all types) 78% 76.4% 74.9% 71.2% Deteriorating")])
q("average ambulance handover time last month?", "public", "table",
  "52 minutes in December 2025, against a target of 30 minutes (41 minutes in November, 36 in October).",
  ["52 min"],
  [(H, "Average ambulance handover time 30 min 36 min 41 min 52 min Deteriorating")])
q("diagnostic waits over 6 weeks at harlow vale in november", "staff", "table",
  "16.9% of patients were waiting over 6 weeks for a diagnostic test in November 2025, against a 5% "
  "target (18.2% in October, 21.4% in December).",
  ["16.9%"],
  [(H, "Diagnostic tests: patients waiting over 6 weeks 5% 18.2% 16.9% 21.4% Deteriorating")])
q("How is the trust doing on the 62-day cancer standard, and what's the target?", "public", "table",
  "66.9% in December 2025 against a target of 75% (68.2% in October, 70.5% in November); the trend is "
  "rated stable.",
  ["66.9%", "75%"],
  [(H, "Cancer 62-day referral to first treatment 75% 68.2% 70.5% 66.9% Stable")])
q("What is the staff turnover rate at Harlow Vale?", "staff", "table",
  "12.3% (12 months rolling) in December 2025, against a target of 11.5%; it has improved from 12.8% in "
  "October.",
  ["12.3%"],
  [(H, "Staff turnover (12 months rolling) 11.5% 12.8% 12.5% 12.3% Improving")])
q("was there a never event at harlow vale recently and what happened", "public", "multi_hop",
  "Yes, one in November 2025: a wrong-site nerve block in the Day Surgery Unit, being investigated under "
  "the Patient Safety Incident Response Framework; no lasting harm was caused. There were none in October "
  "or December.",
  ["November", "nerve block"],
  [(H, "The never event reported in November, a wrong-site nerve block in the Day Surgery Unit, is being "
       "investigated under the Patient Safety Incident Response Framework"),
   (H, "Never events 0 0 1 0 Stable Appraisals completed in the last 12 months 90% 79.4% 80.2% 78.8% "
       "Stable")])
q("C diff cases in december compared to the limit?", "staff", "table",
  "Six hospital-onset C. difficile infections in December against a monthly threshold of 4 or fewer; "
  "41 in the year to date against an annual threshold of 48.",
  ["4 or fewer", "41"],
  [(H, "Hospital-onset C. difficile infections 4 or fewer 5 3 6 Stable"),
   (H, "Six hospital-onset C. difficile infections were reported in December, bringing the year to date "
       "to 41 against an annual threshold of 48.")])
q("Who is leading the work to improve cancer waiting times?", "public", "who",
  "Dr Felix Hartigan, Medical Director; actions include a straight-to-test pathway for lower "
  "gastrointestinal referrals from February 2026 and extra weekend breast clinics.",
  ["Felix Hartigan"],
  [(H, "Actions led by Dr Felix Hartigan, Medical Director, include a straight-to-test pathway for lower "
       "gastrointestinal referrals from February 2026")])
q("what is the trust doing about A&E pressures this winter", "public", "list",
  "Five actions for January to March 2026: opening Beechwood Ward (24 escalation beds) from 2 January; "
  "opening the discharge lounge seven days a week from 8 December; extending Hospital Ambulance Liaison "
  "Officer cover until midnight; a 45-minute rapid-release agreement with Fennmoor Ambulance Service; and "
  "extending the frailty same day emergency care unit to 12 hours a day, seven days a week.",
  ["Beechwood Ward", "discharge lounge", "rapid-release", "frailty"],
  [(H, "opening Beechwood Ward, a 24-bed winter escalation ward, from 2 January 2026; - opening the "
       "discharge lounge seven days a week from 8 December 2025; - extending Hospital Ambulance Liaison "
       "Officer cover until midnight;"),
   (H, "a 45-minute rapid-release agreement with Fennmoor Ambulance Service NHS Trust, so crews are "
       "released even when no cubicle is free; - extending the frailty same day emergency care unit to 12 "
       "hours a day")])
q("Which principal risks are on Harlow Vale's board assurance framework?", "staff", "list",
  "BAF 1: demand for urgent care exceeds bed capacity (score 20); BAF 3: elective and cancer waiting "
  "times do not recover (16); BAF 6: not enough staff, or staff unwell, to run services safely (12); "
  "BAF 8: the Trust does not deliver its 2025/26 financial plan (15).",
  ["bed capacity", "waiting times", "not enough staff", "financial plan"],
  [(H, "BAF 1 Demand for urgent care exceeds bed capacity, causing long waits and harm 20 Chief Operating "
       "Officer BAF 3 Elective and cancer waiting times do not recover to national standards 16"),
   (H, "BAF 6 Not enough staff, or staff unwell, to run services safely 12 Director of People BAF 8 The "
       "Trust does not deliver its 2025/26 financial plan 15 Director of Finance")])
q("Why is capital spending behind at harlow vale?", "staff", "fact",
  "Capital spending is £3.2m behind plan (£11.6m against £14.8m) because installation of the Stanbrook "
  "CT scanner moved from December to February; the full £21.3m programme is still forecast to be spent "
  "by 31 March 2026.",
  ["£3.2m", "CT scanner"],
  [(H, "Capital spending is £3.2m behind plan because the Stanbrook CT scanner installation moved from "
       "December to February.")])
q("what's the new four hour target for march", "staff", "fact",
  "A revised trajectory of 76% for March 2026 (74% in January and 75% in February), instead of the 78% "
  "standard, which the Trust will not meet by March.",
  ["76%"],
  [(H, "The revised trajectory is for four-hour performance of 74% in January, 75% in February and 76% in "
       "March 2026.")])
na("How much is Beechwood Ward costing the trust to run?", "public")
na("What was Harlow Vale's four-hour A&E performance in December 2024?", "public")
na("How do I contact Nadia Sorensen about the performance data?", "staff")
na("What is Harlow Vale Hospitals' hospital standardised mortality ratio (HSMR)?", "staff")
na("When does the new MRI scanner at the Stanbrook Community Diagnostic Centre open?", "public")

# ================================================================================================
# Paper 3: Ashcombe public health annual report (newsletter, three columns, sidebar)
q("how many people aged 85+ will live in ashcombe in 2030", "public", "table",
  "About 9,800 in 2030, up from 8,300 in 2025 and rising to 12,100 by 2035.",
  ["9,800"],
  [(A, "65-84 52,700 58,900 64,300 +22.0% 85+ 8,300 9,800 12,100 +45.8%")])
q("How many under-18s is Ashcombe projected to have in 2035?", "staff", "table",
  "56,100 children and young people aged 0-17 in 2035, down 4.8% from 58,900 in 2025.",
  ["56,100"],
  [(A, "0-17 58,900 57,400 56,100 -4.8% 18-64 166,200 165,100 163,800 -1.4%")])
q("What is female life expectancy in Fellbridge and Rooke?", "public", "table",
  "84.0 years, compared with 82.9 for Ashcombe and 83.2 for England.",
  ["84.0"],
  [(A, "Male life expectancy at birth (years) 80.4 79.1 79.3 Female life expectancy at birth (years) 84.0 "
       "82.9 83.2 Emergency falls admissions, 65+ (per 100,000) 1,980 2,150 1,980 Fellbridge and Rooke")])
q("falls admission rate for over 65s in ashcombe town centre", "staff", "table",
  "2,410 emergency admissions for falls per 100,000 people aged 65 and over, against 2,150 for Ashcombe "
  "and 1,980 for England.",
  ["2,410"],
  [(A, "Female life expectancy at birth (years) 81.2 82.9 83.2 Emergency falls admissions, 65+ (per "
       "100,000) 2,410 2,150 1,980 Ashcombe Town Centre")])
q("How many people from Saltings Coast went to Steady Steps classes?", "public", "table",
  "103 participants in 2024/25, at 5 venues: 9% of all participants, although Saltings Coast has 30% of "
  "the borough's residents aged 65 and over.",
  ["103"],
  [(A, "Fellbridge and Rooke 12 418 37% 27% Saltings Coast 5 103 9% 30%")])
q("did the council manage to make the play parks smoke free", "public", "table",
  "Yes. The 2024 recommendation is marked done: all 52 council play areas have been smoke-free since June "
  "2025.",
  ["52", "June 2025"],
  [(A, "Make all council play areas smoke-free Done All 52 play areas smoke-free since June 2025")])
q("What proportion of Ashcombe's residents are 65 or older?", "public", "number",
  "1 in 5 residents is aged 65 or over (of 286,100 people living in Ashcombe in 2025).",
  ["1 in 5"],
  [(A, "286,100 people live in Ashcombe in 2025 ■ 1 in 5 residents is aged 65 or over")])
q("who is responsible for the adult social care demand risk on the council's risk register", "staff",
  "who",
  "Graham Oyelaran, Director of Adult Social Care, owns corporate risk CR-11.",
  ["Graham Oyelaran"],
  [(A, "This is recorded on the corporate risk register as risk CR-11, owned by the Director of Adult "
       "Social Care, Graham Oyelaran.")])
q("What does the director of public health recommend in this year's report?", "public", "list",
  "Five recommendations: make healthy ageing one of three priorities of the refreshed Joint Local Health "
  "and Wellbeing Strategy from April 2026; extend Steady Steps to every locality with at least a quarter "
  "of places in Saltings Coast by March 2027; complete minor home adaptations for over-65s within 28 days "
  "of assessment; set up a Saltings Coast healthy ageing partnership with £250,000 over two years; and "
  "have every Board member organisation sign the Age-friendly Ashcombe charter by December 2026.",
  ["healthy ageing", "Steady Steps", "home adaptations", "£250,000", "Age-friendly"],
  [(A, "1. The Health and Wellbeing Board makes healthy ageing one of the three priorities of the "
       "refreshed Joint Local Health and Wellbeing Strategy from April 2026."),
   (A, "2. The council and NHS Ashcombe and Tarrant Integrated Care Board extend Steady Steps so that "
       "classes run in every locality"),
   (A, "3. The council's housing service completes minor home adaptations for residents aged 65 and over "
       "within 28 days of assessment."),
   (A, "4. A Saltings Coast healthy ageing partnership is set up, with £250,000 over two years from the "
       "public health reserve"),
   (A, "5. Every member organisation of the Board signs the Age-friendly Ashcombe charter by December "
       "2026.")])
q("what did public health achieve last year in ashcombe", "public", "list",
  "In 2024/25: Steady Steps classes for 1,140 residents in 38 venues; 9,870 NHS Health Checks (14% more "
  "than 2023/24); 1,215 people quit smoking at four weeks; 2,300 Winter Warmth home energy visits and 410 "
  "homes improved; 640 older people matched with Ashcombe Connects befrienders; and 78.4% flu vaccine "
  "uptake among over-65s.",
  ["9,870", "1,215", "640", "78.4%"],
  [(A, "NHS Health Checks: 9,870 checks for people aged 40 to 74, 14% more than in 2023/24. • Stop smoking "
       "service: 1,215 people had quit at four weeks."),
   (A, "Winter Warmth: 2,300 home energy visits and 410 homes improved. • Ashcombe Connects befriending: 640 "
       "older people matched with volunteers. • Flu vaccination: 78.4% of residents aged 65 and over "
       "vaccinated")])
q("Saltings Coast has the worst falls rate - what share of Steady Steps places go there now, and what "
  "is the report asking for?", "staff", "multi_hop",
  "Only 9% of Steady Steps participants (103 of 1,140) lived in Saltings Coast in 2024/25. "
  "Recommendation 2 asks for classes in every locality with at least a quarter of places in Saltings "
  "Coast by March 2027.",
  ["9%", "a quarter"],
  [(A, "Fellbridge and Rooke 12 418 37% 27% Saltings Coast 5 103 9% 30%"),
   (A, "extend Steady Steps so that classes run in every locality, with at least a quarter of places in "
       "Saltings Coast, by March 2027.")])
q("how many older people in ashcombe feel lonely", "public", "number",
  "11% of residents aged 65 and over said they felt lonely often or always in the 2025 Ashcombe "
  "Residents' Survey; among those living alone it was 19%.",
  ["11%", "19%"],
  [(A, "In the 2025 Ashcombe Residents' Survey, 11% of residents aged 65 and over said they felt lonely "
       "often or always. Among those living alone the figure was 19%.")])
q("How much money did the Men's Shed get from the council?", "public", "fact",
  "A grant of £12,000 from the council's Healthy Communities Fund when it opened in 2023 in a former "
  "lifeboat store.",
  ["£12,000"],
  [(A, "The Men's Shed opened in a former lifeboat store in 2023 with a grant of £12,000 from the "
       "council's Healthy Communities Fund.")])
q("what will the recommendations cost the council", "staff", "number",
  "Recommendations 2 and 4 would cost £410,000 in 2026/27, to be met from the public health reserve "
  "(which stood at £2.3m on 31 March 2025).",
  ["£410,000"],
  [(A, "Recommendations 2 and 4 would cost £410,000 in 2026/27, to be met from the public health reserve, "
       "which stood at £2.3m on 31 March 2025.")])
na("How many care home places are there in Ashcombe at the momment?", "public")
na("What is healthy life expectancy for men in Saltings Coast?", "staff")
na("What are the opening times of the Saltings Coast Men's Shed?", "public")
na("How much did the Steady Steps programme cost to run in 2024/25?", "staff")
na("who chairs the ashcombe health and wellbeing board", "public")

assert len(Q) == 57, len(Q)
OUT.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in Q))
print("wrote", OUT, len(Q))
