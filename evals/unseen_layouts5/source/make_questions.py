"""Write ../questions.jsonl (p001-p057). Quotes are copied from pypdf extract_text() of one page of the
paper, whitespace collapsed (so wrapped table cells, detached metric names and chart labels are quoted in
the order pypdf gives them); check.py verifies them with the shared matching rule."""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
H = "hollinsford-dunmarsh-icb-board-pack-2026-03-18.pdf"
A = "amberlow-stenfield-ft-performance-scorecard-2026-01.pdf"
T = "tarnwick-hwb-year-in-numbers-2025-26.pdf"
Q = []


def q(question, audience, typ, answer, key_facts=(), sources=()):
    doc = [H, A, T][len(Q) // 19]
    Q.append({"id": f"p{len(Q) + 1:03d}", "question": question, "audience": audience, "type": typ,
              "answer": answer, "key_facts": list(key_facts),
              "sources": [{"doc": doc, "quote": s} for s in sources]})


def u(question, audience):
    q(question, audience, "unanswerable", "NOT_IN_CORPUS")


# ---------------- Hollinsford and Dunmarsh ICB board pack (LibreOffice + pypdf, rotated pages) ----------------
q("What time does the finance item start at the ICB board on 18 March?", "public", "table",
  "The finance report for month 11 2025/26 (item 6, Paper B), presented by Gareth Pellow, Chief Finance Officer, "
  "is scheduled for 10.45.",
  ["10.45"],
  ["6 Finance report, month 11 2025/26 Paper B, page 6 Gareth Pellow, Chief Finance Officer Assurance 10.45"])
q("where is the icb board meeting being held and can members of the public go", "public", "fact",
  "In the Council Chamber at Dunmarsh Town Hall, Kingsway, Dunmarsh, from 10.00am on Wednesday 18 March 2026. "
  "The public are welcome to attend or to watch the livestream on the ICB website.",
  ["Dunmarsh Town Hall", "livestream"],
  ["Council Chamber, Dunmarsh Town Hall, Kingsway, Dunmarsh DM1 4RT Chair: Helen Marchbank",
   "Members of the public are welcome to attend and to watch the livestream on the ICB website."])
q("How much does the ICB have to cut from its running costs, and how many jobs go?", "staff", "number",
  "It must cut running costs by 30%: £9.8m from a 2025/26 running-cost allowance of £32.7m. The proposed "
  "structure has 318 posts, 142 fewer than today.",
  ["£9.8m", "142"],
  ["3.1 All integrated care boards have been asked to cut their running costs by 30% by April 2027. For us this "
   "means a reduction of £9.8m from a 2025/26 running-cost allowance of £32.7m.",
   "3.2 The proposed structure has 318 posts, 142 fewer than today."])
q("what scans and tests can you get at the new diagnostic centre in dunmarsh", "public", "list",
  "The Dunmarsh Community Diagnostic Centre offers CT, MRI, ultrasound, X-ray, blood tests, echocardiography and "
  "lung function tests, seven days a week from 8am to 8pm.",
  ["MRI", "echocardiography", "lung function"],
  ["It offers CT, MRI, ultrasound, X-ray, blood tests, echocardiography and lung function tests, seven days a week "
   "from 8am to 8pm."])
q("What did the CQC find at Dunmarsh General maternity unit?", "public", "fact",
  "In a report published on 12 February 2026 the CQC rated maternity services at Dunmarsh General Hospital as "
  "requires improvement, with the safe domain rated inadequate. The trust has an action plan that the Local "
  "Maternity and Neonatal System monitors monthly.",
  ["requires improvement", "inadequate"],
  ["the Care Quality Commission rated maternity services at Dunmarsh General Hospital as requires improvement, "
   "with safe rated inadequate."])
q("RTT 18 week performance for the system in December?", "staff", "table",
  "61.7% of patients were waiting less than 18 weeks in December 2025 (62.1% in January 2026), against a "
  "standard of 65% by March 2026.",
  ["61.7%"],
  ["Referral to treatment within 18 weeks 65% by March 2026 61.7% 62.1% –"])
q("What is Dunmarsh and Carrbeck Hospitals' deficit so far this year, and how far off plan is it?", "staff",
  "table",
  "A year-to-date deficit of £3.1m against a planned deficit of £1.8m, so £1.3m adverse; it still forecasts its "
  "planned £2.0m deficit for the year.",
  ["3.1", "1.3"],
  ["Dunmarsh and Carrbeck Hospitals NHS Trust (2.0) (1.8) (3.1) (1.3) (2.0) 0.0 18.6 13.2 16.4 9.7 8.1 21.0 13.4"])
q("what is the board being asked to agree in the finance paper this month?", "staff", "list",
  "To note the month 11 financial position; to note the £6.2m of risk to the forecast and the mitigations; and to "
  "approve moving £1.5m of ICB capital to Dunmarsh and Carrbeck Hospitals NHS Trust for a second endoscopy room.",
  ["£6.2m", "£1.5m", "endoscopy"],
  ["(a) note the month 11 financial position; (b) note the £6.2m of risk to the forecast and the mitigations; "
   "(c) approve the transfer of £1.5m of ICB capital to Dunmarsh and Carrbeck Hospitals NHS Trust for a second "
   "endoscopy room."])
q("How much is the ICB underspent on prescribing at month 11?", "staff", "table",
  "£2.6m: primary care prescribing has cost £192.4m against a year-to-date budget of £195.0m (annual budget "
  "£212.7m).",
  ["192.4", "2.6"],
  ["Continuing healthcare 96.2 88.2 86.9 1.3 Primary care prescribing 212.7 195.0 192.4 2.6"])
q("What share of this year's efficiency savings plan has the system delivered?", "staff", "number",
  "£51.2m, which is 77.9% of the £65.7m plan; the forecast is £60.7m by 31 March, a £5.0m shortfall.",
  ["77.9%", "£51.2m"],
  ["3.1 The system has delivered £51.2m of efficiency savings, 77.9% of the £65.7m plan for the year."])
q("who wrote the board assurance framework paper", "staff", "who",
  "Kirsty Mallender, Head of Risk and Assurance; the executive lead is Joanna Threlfall, Director of Corporate "
  "Governance.",
  ["Kirsty Mallender"],
  ["Executive lead Joanna Threlfall, Director of Corporate Governance Author Kirsty Mallender, Head of Risk and "
   "Assurance"])
q("what's the risk score for a cyber attack on the ICB's risk register?", "public", "table",
  "The cyber security risk (BAF7) is scored 15 (3 × 5), likelihood 3 times impact 5, unchanged from January, with a target "
  "of 10 by March 2027. The lead is Priyanka Sandhu, Chief Digital Officer, and the Audit and Risk Committee "
  "oversees it.",
  ["15 (3 × 5)", "Priyanka Sandhu"],
  ["BAF7 Be a well- run organisation If a cyber attack disables the digital systems of a provider in the system,",
   "Priyanka Sandhu, Chief Digital Officer Audit and Risk Committee 20 (4 × 5) 15 15 (3 × 5) 10 by March 2027"])
q("Who leads the risk about delayed home care packages, and what is being done about it?", "staff", "table",
  "Leon Aldous, Director of Strategy and Partnerships, leads BAF8 (scored 12). 38 home care packages are waiting "
  "to start, and a joint recruitment drive for care workers starts in April 2026.",
  ["Leon Aldous", "38", "recruitment drive"],
  ["Leon Aldous, Director of Strategy and Partnerships Strategic Commissioning Committee 16 (4 × 4) 12 12 (3 × 4) "
   "8 by March 2027",
   "Gap: 38 home care packages waiting to start. Action: joint recruitment drive for care workers from April "
   "2026."])
q("Why has the financial sustainability risk gone up to 20, and when does next year's plan come to the board?",
  "staff", "multi_hop",
  "Because the draft 2026/27 financial plan shows a gap of £48.3m before further efficiencies; the final plan is "
  "due on 30 April 2026 and comes to the Board on 20 May 2026.",
  ["£48.3m", "20 May 2026"],
  ["3.1 BAF3 (financial sustainability) has increased from 16 to 20 (likelihood 4, impact 5) because the draft "
   "2026/27 financial plan shows a gap of £48.3m before further efficiencies",
   "The final plan is due on 30 April 2026 and will come to the Board on 20 May 2026."])
u("What was 62-day cancer performance across Hollinsford and Dunmarsh in February 2026?", "public")
u("How much is the ICB's voluntary redundancy scheme expected to cost?", "staff")
u("How long is the wait for an MRI scan at the Dunmarsh Community Diagnostic Centre?", "public")
u("What is Dunmarsh and Carrbeck Hospitals' capital budget for 2026/27?", "staff")
u("who chairs the ICB audit and risk committee", "public")

# ---------------- Amberlow and Stenfield FT scorecard workbook (openpyxl + LibreOffice Calc) ----------------
q("What was A&E 4 hour performance at Amberlow in December?", "public", "table",
  "70.9% in December 2025, against the 78% standard (71.8% in January 2026, rated Red).",
  ["70.9%"],
  ["U1 A&E 4-hour performance (all types) 78% 74.2% 75.8% 76.9% 75.1% 76.4% 74.9% 73.8% 72.6% 70.9% 71.8%"])
q("18 week RTT performance january", "staff", "table",
  "61.4% of incomplete pathways were within 18 weeks in January 2026, against a target of 65% by March 2026; "
  "rated Amber and improving.",
  ["61.4%"],
  ["E1 65% by Mar-26 58.4% 58.9% 59.3% 59.6% 59.9% 60.2% 60.8% 61.1% 60.6% 61.4% – Amber Improving COO",
   "Referral to treatment: incomplete pathways within 18 weeks"])
q("What percentage of people with suspected cancer got a diagnosis or all-clear within 28 days in November?",
  "public", "table",
  "81.2% in November 2025, above the 80% standard (it fell to 78.4% in January 2026).",
  ["81.2%"],
  ["C1 80% 76.5% 77.2% 78.9% 79.4% 80.3% 78.8% 80.6% 81.2% 79.1% 78.4% 79.0% Amber Worsening CMO",
   "Faster Diagnosis Standard: diagnosis or all-clear within 28 days"])
q("What's staff sickness at the trust and what RAG rating is it?", "staff", "number",
  "Sickness absence was 5.8% in January 2026 against a target of 4.5% or less, rated Red (average 5.0% for the "
  "year to date).",
  ["5.8%", "Red"],
  ["W2 Sickness absence 4.5% or less 4.6% 4.4% 4.3% 4.5% 4.7% 4.9% 5.2% 5.6% 6.1% 5.8% 5.0% Red Improving CPO"])
q("How many ambulance handovers took longer than 45 minutes this year so far?", "public", "table",
  "1,360 between April 2025 and January 2026, including 214 in January; the target is none, so it is rated Red.",
  ["1,360"],
  ["U3 Ambulance handovers over 45 minutes 0 112 96 71 88 64 120 143 187 265 214 1,360 Red Improving COO"])
q("how much cash has the trust got", "staff", "table",
  "£15.4m at the end of January 2026, down from £28.4m in April; the target is £15.0m or more, so it is rated "
  "Green but worsening.",
  ["15.4"],
  ["F4 Cash balance (£m) 15.0 or more 28.4 26.1 25.7 23.9 22.6 21.0 19.8 18.2 16.9 15.4 – Green Worsening CFO"])
q("How many people are on the orthopaedic waiting list and what's the typical wait?", "public", "table",
  "9,874 people were waiting for trauma and orthopaedics at the end of January 2026, with a median wait of 19.8 "
  "weeks; 52.3% had waited under 18 weeks.",
  ["9,874", "19.8"],
  ["110 Trauma and orthopaedics 9,874 5,163 4,432 271 6 2 52.3% 9,921 -47 19.8"])
q("Which specialty's waiting list grew the most between December and January?", "staff", "table",
  "Ophthalmology, up 52 from 7,590 to 7,642 (cardiology rose by 22 and oral surgery by 12; the rest fell).",
  ["Ophthalmology", "7,642"],
  ["130 Ophthalmology 7,642 5,060 2,529 53 0 0 66.2% 7,590 +52 12.1"])
q("How many patients have been waiting over a year for treatment?", "public", "number",
  "857 patients had waited more than 52 weeks at the end of January 2026, 14 of them more than 65 weeks.",
  ["857"],
  ["857 patients had waited more than 52 weeks and 14 more than 65 weeks (scorecard E3 and E4)."])
q("Did the trust hit the 62 day cancer target in January, and which tumour site was worst?", "staff",
  "multi_hop",
  "No: 72.9% against the 75% standard (rated Amber). Urology was the lowest, with 24 of 41 patients (58.5%) "
  "treated within 62 days.",
  ["72.9%", "Urology", "58.5%"],
  ["C3 62 days from urgent referral to first treatment 75% 66.4% 68.1% 69.5% 71.2% 70.3% 72.8% 73.4% 74.1% "
   "71.6% 72.9% 71.0% Amber",
   "Urology 224 139 62.1% 52 47 90.4% 41 24 58.5%"])
q("Who is responsible for complaints response times on the scorecard?", "staff", "who",
  "The lead is the CNO, Bethan Carver, Chief Nurse. 83.6% of complaints were answered within 40 working days in "
  "January against a 90% target.",
  ["Bethan Carver"],
  ["Q7 Complaints answered within 40 working days 90% 72.0% 75.4% 78.9% 81.3% 84.6% 80.2% 77.5% 82.8% 79.1% "
   "83.6% 79.5% Amber Improving CNO",
   "CNO Bethan Carver, Chief Nurse CPO Ravi Chaudhry, Chief People Officer"])
q("how many c diff cases has the hospital had against its limit this year", "public", "number",
  "57 cases to the end of January 2026, against a threshold of 64 for 2025/26.",
  ["57", "64"],
  ["5. The C. difficile threshold for 2025/26 is 64 cases; 57 cases have been reported to the end of January."])
q("Which cancers had the worst results for the 28 day faster diagnosis standard in January?", "public", "list",
  "Urology (62.1%), lower gastrointestinal (67.7%) and gynaecology (69.0%) were the lowest, against 78.4% for "
  "all tumour sites.",
  ["Urology", "Lower gastrointestinal", "Gynaecology"],
  ["Lower gastrointestinal 356 241 67.7% 31 28 90.3% 29 17 58.6%",
   "Urology 224 139 62.1% 52 47 90.4% 41 24 58.5% Gynaecology 171 118 69.0% 14 13 92.9% 11 7 63.6%"])
q("which workforce measures are off target?", "staff", "list",
  "Sickness absence (5.8%, Red), mandatory training compliance (89.6% against 90%, Amber) and the appraisal rate "
  "(84.5% against 90%, Amber). The vacancy rate and staff turnover met their targets.",
  ["Sickness absence", "Mandatory training", "Appraisal"],
  ["W2 Sickness absence 4.5% or less 4.6% 4.4% 4.3% 4.5% 4.7% 4.9% 5.2% 5.6% 6.1% 5.8% 5.0% Red",
   "W4 Mandatory training compliance 90% 86.2% 86.9% 87.4% 87.0% 86.1% 87.8% 88.5% 89.1% 88.7% 89.6% – Amber",
   "W5 Appraisal rate 90% 78.4% 79.1% 80.6% 79.8% 78.2% 80.9% 82.3% 83.0% 82.1% 84.5% – Amber"])
u("What was A&E 4-hour performance at Amberlow in February 2026?", "public")
u("What is the median wait for the trust's whole waiting list?", "staff")
u("What was 62-day performance for skin cancer in December 2025?", "staff")
u("How much money did Amberlow spend on agency staff in January?", "public")
u("how long is the waiting list for children's services (paediatrics) at amberlow", "public")

# ---------------- Tarnwick HWB year in numbers (HTML + CSS printed by headless Chromium) ----------------
q("How much was given out in community grants in Tarnwick last year?", "public", "number",
  "£1.2m was awarded in 96 community wellbeing grants to local groups in 2025/26, up £0.3m on 2024/25.",
  ["£1.2m", "96"],
  ["£1.2m awarded in 96 community wellbeing grants to local groups ▲ Up £0.3m on 2024/25"])
q("Is Warm Homes Tarnwick a new scheme? how many homes has it done", "public", "fact",
  "Yes, it is new this year. It made 412 homes warmer and cheaper to heat, fitting insulation, heat pumps or new "
  "boilers in homes of people with a long-term health condition.",
  ["412", "New this year"],
  ["412 homes made warmer and cheaper to heat through Warm Homes Tarnwick ● New this year"])
q("which part of tarnwick is the least physically active", "public", "number",
  "Saltrigg, where 49.5% of adults are physically active, against a Tarnwick average of 59.5%.",
  ["Saltrigg", "49.5%"],
  ["66.9% Millcroft 70.2% Oakenby 49.5% Saltrigg Tarnwick average 59.5%"])
q("What proportion of adults in Tarnwick smoke now, and what is the goal?", "public", "table",
  "12.6% of adults smoked in 2025/26, down from 13.8% in 2024/25; the goal is 10% by 2027.",
  ["12.6%", "10%"],
  ["Adults who smoke 14.9% 13.8% 12.6% 10% Improving"])
q("What are the main reasons people get referred to social prescribing?", "public", "list",
  "Loneliness and isolation (29%), low mood and anxiety (22%) and money and debt (18%), followed by housing "
  "(11%).",
  ["Loneliness", "Low mood", "Money and debt"],
  ["Loneliness and isolation 29% Low mood and anxiety 22% Money and debt 18% Housing 11%"])
q("When did the Copsley family hub open?", "public", "fact",
  "In September 2025, at the same time as the Saltrigg hub, making four family hubs across the borough.",
  ["September 2025"],
  ["Family hubs opened in Copsley and Saltrigg in September 2025, so there are now four across the borough,"])
q("Stop smoking service 4 week quit rate?", "staff", "number",
  "58%: Smokefree Tarnwick helped 1,236 people to stop, out of 2,131 who set a quit date.",
  ["58%", "2,131"],
  ["Smokefree Tarnwick helped 1,236 people to stop smoking: 58% of the 2,131 people who set a quit date were "
   "still smoke-free four weeks later."])
q("Are alcohol related hospital admissions going down in Tarnwick? what's the latest rate", "staff", "multi_hop",
  "Yes. They fell for the third year running, to 571 per 100,000 people in 2025/26 (598 in 2024/25); the goal "
  "for 2027 is 520.",
  ["third year", "571"],
  ["The alcohol care team at Tarnwick General Hospital saw 1,104 patients, and alcohol-related admissions",
   "fell for the third year running. Warm Homes Tarnwick fitted insulation",
   "Alcohol-related hospital admissions per 100,000 people 612 598 571 520 Improving"])
q("year 6 obesity rate tarnwick", "staff", "table",
  "23.9% of Year 6 children were living with obesity in 2025/26, down from 24.6% in 2024/25; the goal is 21% by "
  "2027.",
  ["23.9%"],
  ["Year 6 children living with obesity 24.1% 24.6% 23.9% 21% Improving"])
q("Is healthy life expectancy for women getting better or worse?", "public", "table",
  "Worsening: it fell to 59.1 years in 2025/26 from 59.8 in 2024/25 and 60.2 in 2023/24, against a goal of 62.0 "
  "years by 2027.",
  ["59.1", "Worsening"],
  ["Healthy life expectancy, women (years) 60.2 59.8 59.1 62.0 Worsening"])
q("whats the target for falls admissions in over 65s by 2027", "staff", "table",
  "The goal is 1,900 emergency admissions for falls per 100,000 people aged 65 and over; it was 2,031 in "
  "2025/26.",
  ["1,900"],
  ["Emergency admissions for falls, people aged 65 and over, per 100,000 2,214 2,187 2,031 1,900 Improving"])
q("Who chairs the Tarnwick health and wellbeing board?", "public", "who",
  "Councillor Imran Bashir; the summary is signed with Dr Sunita Greenhalgh, Director of Public Health.",
  ["Imran Bashir"],
  ["Councillor Imran Bashir, Chair of the Tarnwick Health and Wellbeing Board, and Dr Sunita Greenhalgh, "
   "Director of Public Health"])
q("What did the resident from Ravensgill say about social prescribing?", "public", "fact",
  "Maureen, 68, said her link worker came with her to the walking group the first time instead of just giving "
  "her a leaflet, and six months on she leads the Tuesday walk herself.",
  ["walking group", "Tuesday walk"],
  ["“The link worker didn't just give me a leaflet – she came with me to the walking group the first time. Six "
   "months on, I lead the Tuesday walk myself.”"])
q("what are the health and wellbeing board's plans for next year", "public", "list",
  "Open a fifth family hub in Ravensgill in spring 2027; extend Warm Homes Tarnwick to 600 more homes with "
  "£2.6m; sign 20 employers up to a Tarnwick Healthy Weight Declaration; and consult on a new Joint Health and "
  "Wellbeing Strategy for 2027–2032 from October 2026.",
  ["Ravensgill", "600 more homes", "Healthy Weight Declaration"],
  ["Open a fifth family hub, in Ravensgill, in spring 2027. Extend Warm Homes Tarnwick to 600 more homes, with "
   "£2.6m from the council and the ICB.",
   "Sign 20 local employers up to a Tarnwick Healthy Weight Declaration."])
u("How many people have used the Ravensgill memory café since it opened?", "public")
u("What percentage of adults smoke in Oakenby?", "public")
u("How much does the Safe Haven crisis café cost to run each year?", "staff")
u("What is the breastfeeding rate at 6 to 8 weeks in Saltrigg?", "staff")
u("what percentage of people invited for an NHS Health Check in Tarnwick took it up", "public")

assert len(Q) == 57
(ROOT / "questions.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in Q),
                                      encoding="utf-8")
print("wrote", len(Q), "questions")
