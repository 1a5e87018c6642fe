"""Write ../questions.jsonl (m001-m057). Quotes are copied from pypdf extract_text() of one page (PDFs)
or from the file text (TXT), whitespace collapsed; check.py verifies them."""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
W = "wrenford-hwb-strategy-progress-report-2026-03-12.pdf"
H = "harrowdene-hospitals-performance-dashboard-2025-12.pdf"
T = "thornhallow-dc-health-scrutiny-minutes-2026-01-20.txt"
Q = []


def q(question, audience, typ, answer, key_facts=(), sources=()):
    doc = [W, H, T][len(Q) // 19]
    Q.append({"id": f"m{len(Q) + 1:03d}", "question": question, "audience": audience, "type": typ,
              "answer": answer, "key_facts": list(key_facts),
              "sources": [{"doc": doc, "quote": s} for s in sources]})


def u(question, audience):
    q(question, audience, "unanswerable", "NOT_IN_CORPUS")


# ---------------- Wrenford (reportlab, two-column) ----------------
q("How many reception children are obese in Wrenford compared with the national figure?", "public", "table",
  "11.3% of reception-age children are living with obesity (up from 10.9% at baseline), against 9.6% in England; the status is Worsening.",
  ["11.3%", "9.6%"],
  ["Reception-age children living with obesity 10.9% 11.3% 9.6% Worsening"])
q("flu jab uptake in over 65s - latest figure?", "staff", "table",
  "77.4% of people aged 65 and over had a flu vaccination (baseline 76.9%, England 74.9%), rated No change.",
  ["77.4%"],
  ["Flu vaccination, 65 and over 76.9% 77.4% 74.9% No change"])
q("How much is the discharge to assess budget overspent by?", "staff", "table",
  "Discharge to assess beds are forecast at £4,310,000 against a plan of £3,980,000, an overspend of £330,000.",
  ["4,310", "330"],
  ["Scheme 2025/26 (£000) Plan Forecast Variance Reablement and rehabilitation 6,420 6,515 +95 "
   "Discharge to assess beds 3,980 4,310 +330"])
q("whats the forecast outturn for the whole better care fund this year", "staff", "table",
  "£17,145,000 (£17.145m) against a plan of £16,840,000, a variance of +£305,000.",
  ["17,145"],
  ["Care technology 690 655 –35 Total 16,840 17,145 +305"])
q("Has the suicide rate in Wrenford gone up, and when is the new prevention plan coming to the board?", "public",
  "multi_hop",
  "Yes: it rose from 12.4 to 13.0 per 100,000 (England 10.7), and a refreshed suicide prevention action plan will come to the Board in September 2026.",
  ["13.0", "September 2026"],
  ["Hypertension treated to target 61% 66% 68% Improving Suicide rate per 100,000 12.4 13.0 10.7 Worsening",
   "A refreshed suicide prevention action plan will come to the Board in September 2026."])
q("What is the health and wellbeing board being asked to agree?", "staff", "list",
  "Four recommendations: note progress on the four priorities; note the £305,000 Better Care Fund overspend and ask the Joint Commissioning Group for a recovery plan in June; agree childhood obesity and suicide prevention as focus areas for the 14 May 2026 session; delegate approval of the 2026/27 BCF plan to the Director of Public Health and the Place Director.",
  ["recovery plan", "childhood obesity", "delegate"],
  ["1. note the progress made against the four strategy priorities in 2025/26; 2. note the forecast "
   "overspend of £305,000 on the Better Care Fund and agree that the Better Care Fund Joint Commissioning "
   "Group brings a recovery plan",
   "3. agree that childhood obesity and suicide prevention are the Board's two focus areas for the "
   "development session on 14 May 2026; and 4. delegate approval of the 2026/27 Better Care Fund plan to "
   "the Director of Public Health"])
q("what did the council do for children and pregnant women this year under starting well", "public", "list",
  "The Smokefree Pregnancy Service was extended to all three maternity units with CO testing; two new family hubs opened (Castlegate and Brindle Park, five in all); a peer breastfeeding support service with 46 volunteers; and a healthy weight pathway with a tier 2 family programme started by 212 families.",
  ["Smokefree Pregnancy Service", "family hubs", "healthy weight"],
  ["the Smokefree Pregnancy Service extended to Wrenford General, Hallam Vale and the Millbrook birth "
   "centre, with carbon monoxide testing at every antenatal appointment;",
   "two new family hubs opened, at Castlegate in June 2025 and at Brindle Park in October 2025, making "
   "five in all;",
   "a healthy weight pathway for children, with a tier 2 family programme that 212 families started in "
   "the year."])
q("Who leads the ageing well priority?", "staff", "who",
  "Lorraine Achebe, Director of Adult Social Care.",
  ["Lorraine Achebe"],
  ["4.3.1 The lead is Lorraine Achebe, Director of Adult Social Care. Emergency admissions for falls "
   "among people aged 65 and over fell"])
q("who wrote the strategy progress report for the HWB?", "public", "who",
  "Rachel Fenwick, Public Health Strategy Manager; the report is from Dr Owen Castellan, Director of Public Health.",
  ["Rachel Fenwick"],
  ["Report of Dr Owen Castellan, Director of Public Health Author Rachel Fenwick, Public Health Strategy Manager"])
q("How many of the strategy's outcome measures have got worse, and which ones?", "public", "fact",
  "Four of the 17 have worsened (nine improved, four have not changed, four have worsened): childhood obesity, suicide, fuel poverty and households in temporary accommodation.",
  ["four have worsened", "fuel poverty"],
  ["Nine of the 17 outcome indicators have improved since the strategy began, four have not changed and "
   "four have worsened. The four that have worsened are childhood obesity, suicide, fuel poverty and "
   "households in temporary accommodation."])
q("how many people actually quit smoking with the stop smoking service?", "public", "number",
  "702 people had quit at four weeks, out of 1,388 who set a quit date.",
  ["702", "1,388"],
  ["the Stop Smoking Service supported 1,388 people to set a quit date, of whom 702 had quit at four weeks."])
q("What is the most recent number of families in temporary accommodation in Wrenford?", "staff", "number",
  "437 households at 31 December 2025 (the table's latest figure, 402, is for 31 March 2025).",
  ["437"],
  ["3. Households in temporary accommodation is a count at 31 March, not a rate. The latest figure is "
   "for 31 March 2025; the figure at 31 December 2025 was 437."])
q("How much of the BCF overspend would the council have to pick up?", "staff", "number",
  "£115,900 (38%), with the ICB paying £189,100 (62%), on the current forecast.",
  ["£115,900"],
  ["which are 38% council and 62% ICB. On the current forecast this would be £115,900 for the council "
   "and £189,100 for the ICB."])
q("How many people did the new falls response service help?", "public", "number",
  "It reached 1,517 people who had fallen at home, 78% of whom did not need to go to hospital.",
  ["1,517", "78%"],
  ["reached 1,517 people who had fallen at home, 78% of whom did not need to go to hospital."])
u("How many families use the Castlegate family hub each month?", "public")
u("How much does the Wrenford Stop Smoking Service cost to run?", "staff")
u("how many people died by suicide in wrenford last year", "public")
u("What is the national deadline for submitting the 2026/27 Better Care Fund plan?", "staff")
u("Which ward in Wrenford has the highest rate of fuel poverty?", "public")

# ---------------- Harrowdene (matplotlib dashboard) ----------------
q("how long are ambulances waiting to hand over patients at harrowdene", "public", "number",
  "The average ambulance handover time in December was 41 minutes, against a standard of 30 minutes (rated Red).",
  ["41 min"],
  ["41 min average ambulance handover time (standard 30 minutes)"])
q("What was A&E 4 hour performance in June?", "staff", "number",
  "78.4% in June 2025, the best month of the year and above the 78% target.",
  ["78.4%"],
  ["Apr May Jun Jul Aug Sep Oct Nov Dec Month (2025) 60 65 70 75 80 85% seen within 4 hours 76.1% 77.8% 78.4%"])
q("Which emergency department did worst on the four hour target in December?", "public", "table",
  "Harrowdene General ED: 6,485 of 9,412 attendances within 4 hours, 68.9%.",
  ["Harrowdene General", "68.9%"],
  ["Site Attendances Within 4 hours % Harrowdene General ED 9,412 6,485 68.9%"])
q("how many orthopaedic patients have been waiting over a year?", "public", "number",
  "412 trauma and orthopaedics patients were waiting over 52 weeks in December 2025.",
  ["412"],
  ["All other Urology Ophthalmology Gynaecology General surgery ENT Trauma and orthopaedics 309 121 144 "
   "197 231 268 412"])
q("What percentage of echo patients are waiting more than six weeks?", "staff", "table",
  "35.0% (402 of 1,150 waiting for echocardiography).",
  ["35.0%"],
  ["Non-obstetric ultrasound 5,960 1,020 17.1% Echocardiography 1,150 402 35.0% Endoscopy 1,880 611 32.5%"])
q("What was the faster diagnosis standard in August?", "staff", "number",
  "80.6% in August 2025, above the 80% target.",
  ["80.6%"],
  ["Apr May Jun Jul Aug Sep Oct Nov Dec Month (2025) 60 65 70 75 80 85% of patients 76.8% 78.1% 77.4% "
   "79.0% 80.6%"])
q("62 day cancer performance for bowel (lower GI)?", "staff", "table",
  "54.8% in December 2025: 17 of 31 lower GI patients treated within 62 days.",
  ["54.8%"],
  ["Breast 48 42 87.5% Lower GI 31 17 54.8% Lung 22 14 63.6%"])
q("what's the 62 day cancer figure this month and what RAG rating has it got", "public", "number",
  "71.5% of patients started treatment within 62 days of referral (interim target 75%), rated Red.",
  ["71.5%", "Red"],
  ["71.5% started treatment within 62 days of referral (interim target 75%) Red"])
q("How much did Harrowdene spend on agency staff in October?", "public", "number",
  "£1.36m in October 2025, above the £1.10m monthly cap.",
  ["£1.36m"],
  ["Apr May Jun Jul Aug Sep Oct Nov Dec Month (2025) 0.8 0.9 1.0 1.1 1.2 1.3 1.4 1.5 1.6£ million £1.31m "
   "£1.27m £1.18m £1.22m £1.15m £1.24m £1.36m"])
q("appraisal rate in the surgery division?", "staff", "table",
  "83% (mandatory training 90%).",
  ["83%"],
  ["Division Mandatory training Appraisal Medicine 86% 79% Surgery 90% 83%"])
q("Who is the executive lead for cancer performance?", "staff", "who",
  "Mr Adebayo Lawson, Medical Director.",
  ["Adebayo Lawson"],
  ["colonoscopy lists at Kestle Road. Executive lead: Mr Adebayo Lawson, Medical Director."])
q("How far off plan is the year to date deficit, and what savings are needed in Q4 to hit the year end plan?",
  "staff", "multi_hop",
  "The year-to-date deficit is £6.8m against a planned £5.9m (£0.9m worse than plan); meeting the full-year £4.2m deficit plan depends on £3.1m of savings in the last quarter.",
  ["£6.8m", "£3.1m"],
  ["£6.8m deficit for the year to date against a planned deficit of £5.9m",
   "The trust still expects to meet its full-year plan of a £4.2m deficit, but this depends on £3.1m of "
   "savings in the last quarter."])
q("Which specialties have the most people waiting more than 52 weeks?", "public", "list",
  "Trauma and orthopaedics (412), ENT (268) and general surgery (231), out of 1,682 in total.",
  ["Trauma and orthopaedics", "ENT", "General surgery"],
  ["All other Urology Ophthalmology Gynaecology General surgery ENT Trauma and orthopaedics 309 121 144 "
   "197 231 268 412"])
q("give me the headline workforce numbers - vacancies, sickness, agency", "staff", "list",
  "Vacancy rate 7.9% (target below 8%, Green); sickness absence 5.6% in December (target 4.5%, Red); agency spend £1.42m in December against a £1.10m monthly cap (Red).",
  ["7.9%", "5.6%", "£1.42m"],
  ["7.9% vacancy rate across all staff groups (target below 8%) Green 5.6% sickness absence in December "
   "(target 4.5%) Red £1.42m spent on agency staff in December (monthly cap £1.10m)"])
u("How many patients waited more than 12 hours in A&E at St Aldhelm's in December?", "public")
u("How much is the mobile MRI scanner at St Aldhelm's costing the trust?", "staff")
u("How many extra colonoscopy lists has the Vale Cancer Alliance funded at Kestle Road?", "staff")
u("What is staff turnover at Harrowdene, according to Fiona Strachan's workforce figures?", "staff")
u("What was the 62-day cancer performance for breast patients in November?", "public")

# ---------------- Thornhallow (plain text minutes) ----------------
q("Category 2 ambulance response time in Thornhallow?", "public", "table",
  "44 min 20 s (mean, October to December 2025) against a 30-minute standard; the region was 36 min 52 s and Thornhallow was 51 min 37 s in July to September.",
  ["44 min 20 s"],
  ["Category 2 30 min 44 min 20 s 36 min 52 s 51 min 37 s"])
q("what's the 90th centile response for category 3 calls in thornhallow compared with the region", "staff",
  "table",
  "5 h 41 min in Thornhallow (October to December 2025) against 4 h 26 min for the region; the standard is 2 hours.",
  ["5 h 41 min", "4 h 26 min"],
  ["Category 3 2 hours 5 h 41 min 4 h 26 min 6 h 18 min (90th centile)"])
q("How many GP appointments did the Saltmarsh and Coast network provide in December?", "public", "table",
  "14,920 appointments from its 4 practices in December 2025, 39% on the same day.",
  ["14,920"],
  ["Thornhallow Town 6 31,850 44% Saltmarsh and Coast 4 14,920 39%"])
q("How long do people wait for the adult community mental health team now?", "public", "table",
  "A median of 6 weeks in quarter 3 2025/26, with 1,204 referrals; the new hub at Barrowgate has been open since September 2025.",
  ["1,204", "6"],
  ["Adult community mental 1,204 6 New hub at Barrowgate health team (Thornhallow) since September 2025"])
q("eating disorder waiting times thornhallow", "staff", "table",
  "A median wait of 14 weeks for adult eating disorders in quarter 3 (97 referrals); two therapist posts are vacant.",
  ["14", "97"],
  ["Eating disorders (adult) 97 14 Two vacant therapist posts"])
q("When is the scrutiny panel looking at dentists?", "public", "table",
  "At the 17 March 2026 meeting (dental access in Thornhallow, with NHS Ridgeland ICB).",
  ["17 March 2026"],
  ["17 March 2026 Dental access in Thornhallow (NHS Ridgeland ICB); Adult social care charging policy"])
q("who chaired the health scrutiny panel in january", "public", "who",
  "Councillor Margaret Ellerby (Chair), with Councillor Declan Furness as Vice-Chair.",
  ["Margaret Ellerby"],
  ["Present: Councillor Margaret Ellerby (Chair) Councillor Declan Furness (Vice-Chair)"])
q("Which councillors sent apologies to the 20 January meeting?", "staff", "who",
  "Councillors Brian Hobbs and Felicity Oduya (Ashok Mistry substituted for Councillor Hobbs).",
  ["Brian Hobbs", "Felicity Oduya"],
  ["Peter Cawood Democratic Services Officer Apologies: Councillors Brian Hobbs and Felicity Oduya"])
q("What did the panel decide about ambulance response times?", "public", "list",
  "(a) to note the report; (b) to ask Northvale Ambulance Service to report Category 2 times for Saltmarsh and the coastal wards separately at the July 2026 meeting; (c) for the Scrutiny Officer to work with the communities team on a campaign to recruit community first responders in Saltmarsh.",
  ["July 2026", "community first responders"],
  ["(a) That the report be noted. (b) That Northvale Ambulance Service NHS Trust be asked to report "
   "Category 2 response times for Saltmarsh and the coastal wards separately at the July 2026 meeting.",
   "(c) That the Scrutiny Officer work with the council's communities team on a campaign to recruit "
   "community first responders in Saltmarsh."])
q("what is the ambulance service doing to improve waits in thornhallow", "public", "list",
  "It has recruited 38 newly qualified paramedics (11 at Thornhallow station), introduced a clinical validation hub that reassesses lower-acuity Category 3 and 4 calls by phone, and will start a falls response car in Saltmarsh in April 2026.",
  ["38", "clinical validation hub", "falls response car"],
  ["The trust had recruited 38 newly qualified paramedics since September, 11 of them based at "
   "Thornhallow station, and had introduced a clinical validation hub that reassessed lower-acuity "
   "Category 3 and 4 calls by phone.",
   "a falls response car staffed by an emergency care assistant and a technician would start in "
   "Saltmarsh in April 2026."])
q("The ambulance trust was asked to come back about Saltmarsh response times - on what date is that?", "staff",
  "multi_hop",
  "At the meeting on 7 July 2026, where ambulance response in Saltmarsh and the coast is on the work programme.",
  ["7 July 2026"],
  ["That Northvale Ambulance Service NHS Trust be asked to report Category 2 response times for "
   "Saltmarsh and the coastal wards separately at the July 2026 meeting.",
   "7 July 2026 Ambulance response in Saltmarsh and the coast; Hospital discharge review"])
q("is fellside surgery closing", "public", "fact",
  "Not decided yet: the Barrowgate Medical Group has applied to close the Fellside branch because it cannot recruit a second GP, and the ICB's Primary Care Commissioning Committee will consider it on 26 February 2026 after a six-week engagement.",
  ["second GP", "26 February 2026"],
  ["no decision had been taken; the Barrowgate Medical Group had applied to close it because it could "
   "not recruit a second GP for the branch. The ICB's Primary Care Commissioning Committee would "
   "consider the application on 26 February 2026"])
q("How many Thornhallow mental health patients were sent to beds out of area?", "staff", "number",
  "17 patients in the quarter, for a total of 412 bed days.",
  ["17", "412 bed days"],
  ["the trust had placed 17 Thornhallow patients in mental health beds outside the Ridgeland area in the "
   "quarter, for a total of 412 bed days."])
q("wat percentage of patients can get thru to there GP on the phone", "public", "number",
  "58% of Thornhallow patients found it easy to get through on the phone, up from 49% a year earlier.",
  ["58%"],
  ["patient survey showed 58% of Thornhallow patients found it easy to get through on the phone, up from "
   "49% a year earlier."])
u("How many volunteers does the Saltmarsh first responder scheme need before it can restart?", "public")
u("What will happen to the Fellside branch surgery building if it closes?", "public")
u("How much will the ICB pay the specialist provider for the 40 eating disorder places?", "staff")
u("What are the opening hours of the Barrowgate community mental health hub?", "public")
u("how many NHS dentists in Thornhallow are taking on new patients", "public")

assert len(Q) == 57
(ROOT / "questions.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in Q),
                                      encoding="utf-8")
print("wrote", len(Q), "questions")
