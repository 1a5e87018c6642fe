"""Write ../questions.jsonl: q001-q057, 19 per paper (14 answerable, then 5 unanswerable near misses).

Quotes are copied from the reader's-eye text (extract.py): for the .docx, the text Word shows (insertions
in, deletions out, content controls, text box, footnotes); for the PDFs, one page of pypdf extract_text().
check.py verifies every quote and key fact under the shared matching rule."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "questions.jsonl"
BF = "brackenfold-community-trust-virtual-wards-review-2026-03-26.docx"
SR = "sallowfield-rookham-ft-board-pack-2026-05-14.pdf"
WY = "wyndmoor-hospitals-quality-account-summary-2025-26.pdf"

Q = []


def q(question, audience, type_, answer, key_facts, sources):
    Q.append({"id": f"q{len(Q) + 1:03d}", "question": question, "audience": audience, "type": type_,
              "answer": answer, "key_facts": key_facts,
              "sources": [{"doc": d, "quote": s} for d, s in sources]})


def u(question, audience):
    q(question, audience, "unanswerable", "NOT_IN_CORPUS", [], [])


# ------------------------------------------------------------------ 1. Brackenfold: Word .docx read directly
q("Who wrote the virtual wards and UCR winter review for the Brackenfold trust board?", "staff", "who",
  "Niamh Corrigan, Associate Director of Intermediate Care, is the report author; the executive lead is "
  "Dr Alasdair Quennell, Chief Operating Officer.",
  ["Niamh Corrigan"],
  [(BF, "Executive lead Dr Alasdair Quennell, Chief Operating Officer Report author Niamh Corrigan, Associate "
        "Director of Intermediate Care")])
q("when is the virtual wards review going to the board and is it for approval or assurance?", "public", "fact",
  "It goes to the Brackenfold Trust Board meeting in public on 26 March 2026 as agenda item 12, and its purpose "
  "is Assurance.",
  ["26 March 2026", "Assurance"],
  [(BF, "Date of meeting 26 March 2026 Agenda item 12"),
   (BF, "Report author Niamh Corrigan, Associate Director of Intermediate Care Purpose Assurance")])
q("What was average occupancy on the virtual wards over the winter?", "staff", "number",
  "Occupancy averaged 84% between 1 October 2025 and 28 February 2026, against a planned 80%, and peaked at 97% "
  "in the first week of January.",
  ["84%"],
  [(BF, "the virtual wards admitted 1,499 patients. Occupancy averaged 84% across the winter, against a planned")])
q("Has the ICB agreed to keep funding the virtual wards after March 2026?", "staff", "fact",
  "Yes. On 12 March 2026 the ICB confirmed recurrent funding of £5.6m a year from 2026/27, which keeps all 60 "
  "virtual ward beds open.",
  ["£5.6m", "recurrent funding"],
  [(BF, "On 12 March 2026 the ICB confirmed recurrent funding of £5.6m a year from 2026/27, which keeps all 60 "
        "virtual ward beds open.")])
q("How many patients did the respiratory virtual ward admit over winter and what was its 30 day readmission rate?",
  "staff", "table",
  "The respiratory pathway (18 beds) admitted 556 patients between October 2025 and February 2026, and 7.2% were "
  "readmitted within 30 days.",
  ["556", "7.2%"],
  [(BF, "Occupancy Readmitted within 30 days Frailty 28 699 5.2 86% 9.4% Respiratory 18 556 4.3 88% 7.2%")])
q("Which locality is the Kelsey Cross UCR team in, and what % of its urgent referrals did it see within 2 hours?",
  "public", "table",
  "Kelsey Cross is in the South locality (with Harrowby). It saw 497 of its 641 two-hour referrals in time, 77.5%.",
  ["South", "77.5%"],
  [(BF, "South Harrowby 834 598 71.7% Kelsey Cross 641 497 77.5%")])
q("what is the national target for urgent community response 2 hour visits", "public", "number",
  "The national standard is that at least 70% of urgent community response referrals are seen within two hours of "
  "the referral being accepted.",
  ["70%"],
  [(BF, "The national standard is that at least 70% of urgent community response referrals are seen within two "
        "hours of the referral being accepted.")])
q("How many people did the virtual wards and urgent community response keep out of hospital this winter?",
  "public", "number",
  "An estimated 1,180 people were kept out of hospital between October 2025 and February 2026.",
  ["1,180"],
  [(BF, "Virtual wards and the urgent community response (UCR) service kept an estimated 1,180 people out of "
        "hospital between October 2025 and February 2026.")])
q("Who's responsible for the international nurse recruitment for the respiratory pathway, and when is it due?",
  "staff", "who",
  "Erin Marlowe, Head of Nursing, Intermediate Care, owns the action to recruit eight international nurses; it is "
  "due in July 2026.",
  ["Erin Marlowe", "July 2026"],
  [(BF, "International recruitment of eight nurses Erin Marlowe, Head of Nursing, Intermediate Care July 2026")])
q("What are the most common reasons people need a 2-hour urgent comunity response?", "public", "list",
  "Falls without serious injury (31%), worsening frailty or reduced mobility (22%), urinary or chest infections "
  "(17%) and carer breakdown (9%).",
  ["falls without serious injury", "urinary or chest infections", "carer breakdown"],
  [(BF, "The most common reasons for a two-hour response were falls without serious injury (31%), worsening "
        "frailty or reduced mobility (22%), urinary or chest infections (17%) and carer breakdown (9%).")])
q("What is the trust board being asked to agree in the virtual wards paper?", "staff", "list",
  "To note the winter performance of the virtual wards and UCR; support keeping all 60 virtual ward beds open in "
  "2026/27; approve extending the falls response car to the South locality (from June 2026); and receive a "
  "further update in September 2026.",
  ["60 virtual ward beds", "South locality", "September 2026"],
  [(BF, "The Board is asked to note the review, support keeping all 60 virtual ward beds open in 2026/27, approve "
        "the extension of the falls response car to the South locality and receive a further update in September "
        "2026.")])
q("where can I find out how to contact the virtual ward team out of hours?", "public", "fact",
  "In the leaflet 'Virtual wards: a guide for patients and carers' on the trust website, which is also available in "
  "Polish, Urdu and easy read.",
  ["guide for patients", "trust website"],
  [(BF, "is in the leaflet Virtual wards: a guide for patients and carers on the trust website.")])
q("Is the heart failure virtual ward being closed?", "staff", "fact",
  "The paper does not propose closing it. Referrals to the heart failure pathway fell in February, and the "
  "community cardiology team will review the referral criteria with the hospital heart failure nurses by the end of "
  "May 2026; all 60 beds stay open in 2026/27.",
  ["referral criteria", "end of May 2026"],
  [(BF, "The community cardiology team will review the referral criteria with the hospital heart failure nurses by "
        "the end of May 2026.")])
q("Why did UCR in the South locality miss the two hour standard in January, and what is that standard?", "staff",
  "multi_hop",
  "South locality performance fell to 64.8% in January, when sickness in the Harrowby team coincided with the "
  "heaviest snowfall for eight years. The national standard it missed is at least 70% of referrals seen within two "
  "hours.",
  ["64.8%", "snowfall", "70%"],
  [(BF, "Performance fell below the standard in the South locality in January (64.8%), when sickness in the "
        "Harrowby team coincided with the heaviest snowfall for eight years."),
   (BF, "at least 70% of urgent community response referrals are seen within two hours of the referral being "
        "accepted.")])
u("Which committee looked at the virtual wards review before it came to the board?", "staff")
u("How much does a virtual ward bed cost per day at Brackenfold?", "public")
u("What was the Harrowby team's two-hour response rate in January?", "staff")
u("What Friends and Family Test score did the heart failure virtual ward get?", "public")
u("Which company supplies the remote monitoring kit for Brackenfold's virtual wards?", "staff")

# ------------------------------------------------------------------ 2. Sallowfield and Rookham: LibreOffice pack
q("What time is the maternity item at the Sallowfield board on 14 May and who is presenting it?", "public", "table",
  "Item 9, the maternity and neonatal safety report for quarter 4 2025/26, is at 11.20, presented by Joanne Tiller, "
  "Director of Midwifery, and Claire Pendry, Chief Nurse.",
  ["11.20", "Joanne Tiller"],
  [(SR, "9 11.20 Maternity and neonatal safety report, quarter 4 2025/26 Joanne Tiller, Director of Midwifery; "
        "Claire Pendry, Chief Nurse Assurance")])
q("In the draft minutes of the March board, what year-end deficit was the trust forecasting?", "staff", "number",
  "At month 10 the forecast outturn was a deficit of £14.2m, against the planned deficit of £9.8m agreed with the "
  "ICB (the year-to-date deficit was £11.9m against a plan of £8.1m).",
  ["£14.2m"],
  [(SR, "The forecast outturn was a deficit of £14.2m, compared with the planned deficit of £9.8m agreed with the "
        "ICB.")])
q("What was Sallowfield and Rookham's final deficit for 2025/26 in the finance report, and how far off plan was it?",
  "public", "number",
  "A deficit of £12.7m (unaudited), which is £2.9m worse than the planned £9.8m deficit agreed with the ICB.",
  ["£12.7m", "£2.9m"],
  [(SR, "The trust ended the year with a deficit of £12.7m, subject to audit. This is £2.9m worse than the plan of "
        "a £9.8m deficit agreed with the ICB")])
q("How did the year-end deficit compare with what was forecast at the March board meeting?", "staff", "multi_hop",
  "The March minutes record a month 10 forecast deficit of £14.2m; the May finance report gives an unaudited "
  "year-end deficit of £12.7m, so the outturn was £1.5m better than forecast, though still worse than the £9.8m "
  "plan.",
  ["£14.2m", "£12.7m"],
  [(SR, "The forecast outturn was a deficit of £14.2m, compared with the planned deficit of £9.8m agreed with the "
        "ICB."),
   (SR, "The trust ended the year with a deficit of £12.7m, subject to audit.")])
q("What is the board being asked to do with the finance report at the May meeting?", "staff", "list",
  "To note the unaudited financial position for 2025/26, approve the 2026/27 revenue budget of £612.4m and capital "
  "plan of £36.8m, and note the risk from the £7.2m of savings not yet identified.",
  ["£612.4m", "£36.8m", "£7.2m"],
  [(SR, "The Board is asked to note the unaudited financial position for 2025/26, approve the 2026/27 revenue "
        "budget of £612.4m and capital plan of £36.8m, and note the risk from the £7.2m of savings not yet "
        "identified.")])
q("What was A&E 4 hour performance at Sallowfield in February 2026?", "public", "table",
  "72.1% in February 2026 (69.8% in January and 76.4% in March, against the 76% standard for March 2026).",
  ["72.1%"],
  [(SR, "A&E 4-hour standard (all types) 76% by March 2026 69.8% 72.1% 76.4%")])
q("Who is leading the action on a staff car parking permit scheme at Rookham and where has it got to?", "staff",
  "who",
  "Rachel Osei-Bonsu, Chief People Officer. The action is still open: it has been deferred to July 2026 so that the "
  "staff side can be consulted on the permit charges.",
  ["Rachel Osei-Bonsu", "July 2026"],
  [(SR, "Bring proposals for a staff car parking permit scheme at Rookham Community Hospital. Rachel Osei-Bonsu May "
        "2026 Open Deferred to July 2026 so that the staff side can be consulted on the permit charges.")])
q("how many concerns were raised with the freedom to speak up gaurdian last year", "public", "number",
  "214 concerns in 2025/26, up from 167 in 2024/25 and 119 in 2023/24; 24 (11%) were raised anonymously.",
  ["214", "167"],
  [(SR, "214 concerns were raised in 2025/26, up from 167 in 2024/25 and 119 in 2023/24.")])
q("What is the board asked to do with the Freedom to Speak Up annual report?", "staff", "list",
  "To note the annual report, approve the Freedom to Speak Up priorities for 2026/27, and approve the refreshed "
  "Speaking Up policy, which adopts the national policy in full.",
  ["priorities for 2026/27", "Speaking Up policy"],
  [(SR, "• note the annual report; • approve the Freedom to Speak Up priorities for 2026/27; and • approve the "
        "refreshed Speaking Up policy, which adopts the national policy in full.")])
q("What was the caesarean birth rate in February 2026, and for the quarter as a whole?", "public", "table",
  "40.2% in February 2026; 39.3% for quarter 4 (January to March 2026).",
  ["40.2%", "39.3%"],
  [(SR, "Postpartum haemorrhage of 1.5 litres or more 14 12 17 43 Caesarean birth rate 38.6% 40.2% 39.0% 39.3%")])
q("When will the new Rookham diagnostic centre open and what tests will it do?", "public", "fact",
  "It will open in summer 2027, offering CT, MRI, ultrasound, X-ray, endoscopy and phlebotomy (about 96,000 tests "
  "a year). It is funded by £18.4m of national capital and building started on 7 April 2026.",
  ["summer 2027", "endoscopy"],
  [(SR, "The centre is funded by £18.4m of national capital and will open in summer 2027, offering CT, MRI, "
        "ultrasound, X-ray, endoscopy and phlebotomy.")])
q("Who chairs the quality committee and what did it alert the board about?", "public", "who",
  "Dr Aisha Karim. The Quality Committee (28 April 2026) alerted the Board that waits in maternity triage remain "
  "too long, although assessment within 15 minutes rose to 88% in March, and that C. difficile cases ended the "
  "year at 61, above the threshold of 58.",
  ["Dr Aisha Karim", "maternity triage", "61"],
  [(SR, "Quality Committee, 28 April 2026 Chair: Dr Aisha Karim, Non-executive Director Alert • Waits in maternity "
        "triage remain too long"),
   (SR, "C. difficile cases ended the year at 61, above the threshold of 58.")])
q("How much of next year's savings target hasn't been found yet?", "staff", "number",
  "£7.2m. The 2026/27 plan needs savings of £29.5m (4.8% of expenditure) and schemes worth £22.3m have been "
  "identified.",
  ["£7.2m", "£29.5m"],
  [(SR, "It needs savings of £29.5m (4.8% of expenditure). Schemes worth £22.3m have been identified, leaving "
        "£7.2m still to find.")])
q("What's the trajectory for 12 hour waits in A&E in the performance report, and how many waited 12 hours or more "
  "in March?", "staff", "table",
  "886 patients waited 12 hours or more from arrival in March (1,412 in January). The trajectory is fewer than 700 "
  "a month by June 2026 and fewer than 500 a month by September 2026.",
  ["886", "fewer than 500", "September 2026"],
  [(SR, "Patients waiting 12 hours or more from arrival in A&E Reduce 1,412 1,108 886"),
   (SR, "fewer than 700 patients a month waiting 12 hours or more by June 2026 and fewer than 500 a month by "
        "September 2026")])
u("What was A&E 4-hour performance at Sallowfield in April 2026?", "public")
u("What rating did the CQC give Sallowfield General's maternity services after the February inspection?", "public")
u("How much did Sallowfield and Rookham spend on agency staff in March 2026, in pounds?", "staff")
u("How many Freedom to Speak Up concerns were raised at Rookham Community Hospital?", "staff")
u("What date is the board development session on the NHS oversight framework?", "staff")

# ------------------------------------------------------------------ 3. Wyndmoor: design-tool PDF, no space glyphs
q("Did Wyndmoor hospitals hit their sepsis antibiotics target last year?", "public", "number",
  "Partly. 86.4% of patients with suspected sepsis in the emergency departments got antibiotics within one hour "
  "over 2025/26, against a target of 90% (up from 78.9% in 2024/25).",
  ["86.4%", "90%"],
  [(WY, "Our target was for 90% of patients with suspected sepsis in our emergency departments to receive "
        "antibiotics within one hour of arrival."),
   (WY, "We achieved 86.4% over the year, up from 78.9% in 2024/25, so we partly met this priority.")])
q("how many falls causing harm were there in 2025/26 compared with the year before", "public", "number",
  "44 falls causing moderate harm, severe harm or death, compared with 61 the year before: a 28% reduction, beating "
  "the 20% target.",
  ["44", "61", "28%"],
  [(WY, "There were 44 such falls in 2025/26, compared with 61 the year before: a reduction of 28%, so we met this "
        "priority.")])
q("What was Wyndmoor's SHMI this year and what's the national average?", "public", "table",
  "The Summary Hospital-level Mortality Indicator was 1.01 in 2025/26 (1.04 in 2024/25), against a national "
  "average of 1.00; it is in the 'as expected' range.",
  ["1.01", "1.00"],
  [(WY, "Summary Hospital-level Mortality Indicator (SHMI) 1.04 1.01 1.00 As expected")])
q("C diff infections 2025/26 vs threshold?", "staff", "table",
  "64 C. difficile infections in 2025/26 against a threshold of 66 (71 in 2024/25).",
  ["64", "66"],
  [(WY, "C. difficile infections 71 64 – 66")])
q("What percentage of Wyndmoor staff would recommend the hospitals' care to friends or family?", "public", "table",
  "66% in 2025/26, up from 63% in 2024/25, against a national average of 62%.",
  ["66%"],
  [(WY, "Staff who would recommend our care to friends or family 63% 66% 62% –")])
q("what are wyndmoor hospitals cqc ratings", "public", "list",
  "Overall: Good. Safe: Requires improvement; Effective: Good; Caring: Outstanding; Responsive: Requires "
  "improvement; Well-led: Good. The CQC last inspected in October 2024 and reported in February 2025.",
  ["Caring: Outstanding", "Requires improvement", "Overall: Good"],
  [(WY, "Safe Requires improvement Effective Good Caring Outstanding Responsive Requires improvement Well-led Good "
        "Overall Good")])
q("What did the daughter of the patient on Brambleby Ward say?", "public", "fact",
  "That when her mum came home she had a named nurse to ring and the daughter had her carer's passport, and for "
  "the first time she felt like part of the team looking after her.",
  ["named nurse", "part of the team"],
  [(WY, "\u201cWhen Mum came home she had a named nurse to ring and I had my carer\u2019s passport. For the first "
        "time I felt like part of the team looking after her.\u201d")])
q("How many carers passports have been given out and what do they let you do?", "public", "number",
  "1,930 by March 2026. The carers' passport, launched in July 2025, lets family carers visit at any time, get a "
  "discount in the hospital restaurants and park free of charge.",
  ["1,930", "park free"],
  [(WY, "In July 2025 we launched a carers' passport, which lets family carers visit at any time, get a discount in "
        "our restaurants and park free of charge. 1,930 passports were issued by March 2026.")])
q("Which quality priority did the trust miss in 2025/26 and by how much?", "staff", "fact",
  "Going home earlier in the day: 24.8% of patients were discharged before midday against a target of 33% (up "
  "from 19.6%). It carries forward to 2026/27.",
  ["24.8%", "33%"],
  [(WY, "Our target was for a third (33%) of patients to be discharged before midday. We reached 24.8%, up from "
        "19.6%, so we did not meet this priority.")])
q("what are the hospital's quality priorities for next year (2026/27)?", "public", "list",
  "Shorter waits in A&E (fewer than 2% of patients spending more than 12 hours in the emergency departments); "
  "going home earlier in the day (33% of patients discharged before midday by March 2027); and safer care for "
  "people with a learning disability (90% with a hospital passport in use).",
  ["12 hours", "before midday", "learning disability"],
  [(WY, "Fewer than 2% of patients will spend more than 12 hours in our emergency"),
   (WY, "We will discharge 33% of patients before midday by March 2027"),
   (WY, "SAFER CARE FOR PEOPLE WITH A LEARNING DISABILITY We will flag every patient with a learning disability or "
        "autism on our electronic record")])
q("Who wrote the welcome in the Wyndmoor quality account summary?", "public", "who",
  "Dr Harriet Lomax, Chief Executive, and Ben Achterberg, Chief Nurse and Director of Quality.",
  ["Harriet Lomax", "Ben Achterberg"],
  [(WY, "Dr Harriet Lomax, Chief Executive Ben Achterberg, Chief Nurse and Director of Quality")])
q("How many national clinical audits did Wyndmoor take part in?", "staff", "number",
  "52 of the 54 national clinical audits that applied (96%). It missed the national audit of dementia and one month "
  "of the inpatient falls audit data.",
  ["52 of the 54", "96%"],
  [(WY, "We took part in 52 of the 54 national clinical audits that applied to our services (96%).")])
q("how many outpatient appointments did wyndmoor hospitals do last year", "public", "number",
  "598,200 outpatient appointments in 2025/26.",
  ["598,200"],
  [(WY, "598,200 outpatient appointments 102,460 A&E attendances")])
q("The welcome says the last inspection rated the trust requires improvement for safety - when was that inspection?",
  "staff", "multi_hop",
  "The CQC last inspected the hospitals in October 2024 and published its report in February 2025; it rated Safe "
  "as requires improvement (overall Good).",
  ["October 2024", "February 2025"],
  [(WY, "our last inspection rated us as requires improvement for safety."),
   (WY, "The Care Quality Commission last inspected our hospitals in October 2024 and published its report in "
        "February 2025.")])
u("What was the sepsis antibiotics-within-an-hour rate at the Ashby Fold emergency department?", "public")
u("How much discount do carers get in the Wyndmoor hospital restaurants with a carers' passport?", "public")
u("How many beds will the new acute frailty unit at Wyndmoor General have?", "staff")
u("How many of the speak up concerns raised at Wyndmoor were about patient safety?", "staff")
u("What were Wyndmoor's MRSA bloodstream infection numbers in 2023/24?", "staff")

assert len(Q) == 57
OUT.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in Q), encoding="utf-8")
print(f"wrote {OUT.name}: {len(Q)} questions")
