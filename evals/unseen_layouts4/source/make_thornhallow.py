"""Thornhallow District Council, Health and Care Scrutiny Panel, minutes of 20 January 2026, as a
plain-text file: '=====' / '-----' underlined headings, numbered paragraphs (4.1, 4.2), fixed-width
tables aligned with spaces (one with a wrapped cell continued on the next line), an attendance list,
RESOLVED lists with (a)/(b)/(c), and lines hard-wrapped at 72 characters."""
import textwrap
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "docs" / "thornhallow-dc-health-scrutiny-minutes-2026-01-20.txt"
W = 72
L = []


def head(t, ch):
    L.extend([t, ch * len(t), ""])


def para(num, text):
    pre = f"{num}  " if num else ""
    L.extend(textwrap.wrap(text, W, initial_indent=pre, subsequent_indent=" " * len(pre)))
    L.append("")


def resolved(items, vote=None):
    L.append("RESOLVED:")
    L.append("")
    for letter, t in zip("abcdefg", items):
        L.extend(textwrap.wrap(t, W, initial_indent=f"({letter}) ", subsequent_indent="    "))
    L.append("")
    if vote:
        L.extend([vote, ""])


def table(rows, widths):
    """rows: list of lists of cell strings; a cell may hold several lines ('\n') - continuation lines
    are written on the following line(s) with the other columns blank, as a typist would."""
    for r in rows:
        if r == "-":
            L.append("-" * (sum(widths) + 2 * (len(widths) - 1)))
            continue
        parts = [c.split("\n") for c in r]
        for k in range(max(len(p) for p in parts)):
            cells = [(p[k] if k < len(p) else "") for p in parts]
            line = "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()
            assert len(line) <= W, line
            L.append(line)
    L.append("")


# ---------------- figures ----------------
AMB = [  # category, standard, Thornhallow Oct-Dec 2025, regional, Thornhallow Jul-Sep 2025
    ("Category 1", "7 min", "9 min 48 s", "8 min 11 s", "10 min 05 s"),
    ("Category 2", "30 min", "44 min 20 s", "36 min 52 s", "51 min 37 s"),
    ("Category 3\n(90th centile)", "2 hours", "5 h 41 min", "4 h 26 min", "6 h 18 min"),
    ("Category 4\n(90th centile)", "3 hours", "6 h 55 min", "5 h 47 min", "7 h 30 min"),
]
CMH = [  # service, referrals Q3, median wait weeks, note
    ("Adult community mental\nhealth team (Thornhallow)", 1204, 6, "New hub at Barrowgate\nsince September 2025"),
    ("Early intervention in\npsychosis", 58, 2, "Meets 2-week standard"),
    ("Talking therapies", 2310, 9, "Target is 6 weeks"),
    ("Eating disorders (adult)", 97, 14, "Two vacant therapist\nposts"),
    ("Memory assessment\nservice", 342, 11, "Extra clinic in\nSaltmarsh from March"),
]
cmh_total = sum(r[1] for r in CMH)
assert cmh_total == 4011, cmh_total
GP = [  # PCN, practices, appts Dec, same-day %, per 1000
    ("Thornhallow Town", 6, 31850, 44),
    ("Saltmarsh and Coast", 4, 14920, 39),
    ("Barrowgate and Fells", 5, 18230, 41),
]
gp_prac = sum(g[1] for g in GP)
gp_appts = sum(g[2] for g in GP)
assert (gp_prac, gp_appts) == (15, 65000), (gp_prac, gp_appts)
assert round(100 * sum(a * s for _, _, a, s in GP) / 100 / gp_appts) == 42

# ---------------- document ----------------
L += ["THORNHALLOW DISTRICT COUNCIL", "", "HEALTH AND CARE SCRUTINY PANEL", ""]
para(None, "MINUTES of the meeting of the Health and Care Scrutiny Panel held on Tuesday 20 January "
     "2026 at 6.30 pm in Committee Room 2, Thornhallow Guildhall, Market Street, Thornhallow.")
head("ATTENDANCE", "=")
L += ["Present:",
      "  Councillor Margaret Ellerby (Chair)",
      "  Councillor Declan Furness (Vice-Chair)",
      "  Councillors Sunita Bhardwaj, Colin Pargeter, Yvonne Treadwell and",
      "  Ashok Mistry (substitute for Councillor Brian Hobbs)",
      "",
      "Co-opted member (non-voting):",
      "  Gwen Aldous, Healthwatch Thornhallow",
      "",
      "In attendance:",
      "  Keith Varley      Head of Operations (North), Northvale Ambulance",
      "                    Service NHS Trust",
      "  Dr Imogen Raikes  Medical Director, Ravensholt Community and Mental",
      "                    Health NHS Trust",
      "  Sarah Quaintance  Associate Director of Primary Care, NHS Ridgeland",
      "                    Integrated Care Board",
      "",
      "Officers:",
      "  Nadia Hollis      Scrutiny Officer",
      "  Peter Cawood      Democratic Services Officer",
      "",
      "Apologies:",
      "  Councillors Brian Hobbs and Felicity Oduya",
      ""]
head("31. DECLARATIONS OF INTEREST", "-")
para("31.1", "Councillor Bhardwaj declared a non-pecuniary interest in minute 34 as she works as a practice "
     "nurse at Millgate Surgery, which is part of the Thornhallow Town primary care network. She took part "
     "in the discussion but not the vote on that item.")
head("32. MINUTES OF THE PREVIOUS MEETING", "-")
para("32.1", "The minutes of the meeting held on 11 November 2025 were agreed as a correct record and "
     "signed by the Chair, subject to correcting the spelling of Saltmarsh in minute 27.")
head("33. AMBULANCE RESPONSE TIMES IN THORNHALLOW", "-")
para("33.1", "Keith Varley presented the report of Northvale Ambulance Service NHS Trust on response "
     "times in the district. Response times had improved since the summer but remained well short of "
     "the national standards for every category of call. The table below was tabled at the meeting.")
L += ["Table A: Mean response times (90th centile where stated)", ""]
table([["Call category", "Standard", "Thornhallow", "Region", "Thornhallow"],
       ["", "", "Oct-Dec 2025", "Oct-Dec 2025", "Jul-Sep 2025"], "-"] +
      [list(r) for r in AMB], [14, 8, 12, 12, 12])
para("33.2", "Mr Varley explained that the rural east of the district, around Saltmarsh and the coast "
     "road, had the longest waits because the nearest stations were at Thornhallow and Kettleby. Hospital "
     "handover delays at Ridgeland Royal Infirmary had cost an average of 1,150 crew hours a month over "
     "the quarter, down from 1,620 in the previous quarter.")
para("33.3", "The trust had recruited 38 newly qualified paramedics since September, 11 of them based "
     "at Thornhallow station, and had introduced a clinical validation hub that reassessed lower-acuity "
     "Category 3 and 4 calls by phone. About one in five of those calls was now closed with advice or "
     "referred to another service instead of sending an ambulance.")
para("33.4", "Members asked about community first responders. Mr Varley said there were 14 active "
     "community first responder schemes in the district, but the Saltmarsh scheme had been suspended "
     "since October because it had only two volunteers. The trust would welcome the council's help in "
     "recruiting more.")
para("33.5", "Gwen Aldous said Healthwatch had heard from several older residents who had waited "
     "on the floor after a fall for more than four hours. Mr Varley apologised and said that a falls "
     "response car staffed by an emergency care assistant and a technician would start in Saltmarsh "
     "in April 2026.")
resolved(["That the report be noted.",
          "That Northvale Ambulance Service NHS Trust be asked to report Category 2 response times "
          "for Saltmarsh and the coastal wards separately at the July 2026 meeting.",
          "That the Scrutiny Officer work with the council's communities team on a campaign to "
          "recruit community first responders in Saltmarsh."])
head("34. GP ACCESS IN THORNHALLOW", "-")
para("34.1", "Sarah Quaintance presented an update from NHS Ridgeland Integrated Care Board on access to "
     "GP practices. The district's 15 practices, in three primary care networks, had provided 65,000 "
     "appointments in December 2025, 4.2% more than in December 2024.")
L += ["Table B: GP appointments by primary care network, December 2025", ""]
table([["Primary care network", "Practices", "Appointments", "Same day"], "-"] +
      [[n, str(p), f"{a:,}", f"{s}%"] for n, p, a, s in GP] + ["-"] +
      [["Total", str(gp_prac), f"{gp_appts:,}", "42%"]], [24, 10, 13, 9])
para("34.2", "Ms Quaintance said that all but one practice now had a cloud-based telephone system that "
     "offered a call-back, and that the ICB's patient survey showed 58% of Thornhallow patients found it "
     "easy to get through on the phone, up from 49% a year earlier. The exception was Harbour Lane "
     "Surgery, which would move to the new system in February.")
para("34.3", "Members raised concerns about the planned closure of the branch surgery at Fellside. Ms "
     "Quaintance said no decision had been taken; the Barrowgate Medical Group had applied to close it "
     "because it could not recruit a second GP for the branch. The ICB's Primary Care Commissioning "
     "Committee would consider the application on 26 February 2026 after a six-week engagement period "
     "with patients.")
para("34.4", "Councillor Pargeter asked how patients without a car would reach Barrowgate. Ms Quaintance "
     "said the practice had offered a prescription delivery service and home visits for housebound "
     "patients, and that the ICB was discussing a community transport scheme with the council.")
resolved(["That the update be noted.",
          "That the Panel respond to the Fellside engagement, stating its concern about travel for "
          "patients without a car, and that the Chair and Vice-Chair agree the response.",
          "That the Panel consider whether the proposed closure of Fellside branch surgery is a "
          "substantial variation in service once the ICB has decided."],
         "(Councillor Bhardwaj did not vote on this item.)")
head("35. COMMUNITY MENTAL HEALTH SERVICES", "-")
para("35.1", "Dr Imogen Raikes presented a report from Ravensholt Community and Mental Health NHS Trust on "
     "the community mental health transformation programme in Thornhallow. The programme had brought "
     "together the trust, GP practices and two voluntary sector partners, Thornhallow Mind and the "
     "Open Door Project, in a single community hub model.")
L += ["Table C: Referrals and waits, quarter 3 2025/26 (October to December)", ""]
table([["Service", "Referrals", "Median wait", "Comment"],
       ["", "", "(weeks)", ""], "-"] +
      [[s, f"{r:,}", str(w), c] for s, r, w, c in CMH] + ["-"] +
      [["All services", f"{cmh_total:,}", "", ""]], [25, 9, 11, 21])
para("35.2", "Dr Raikes said that the adult community mental health team's median wait had fallen from 11 "
     "weeks to 6 weeks since the Barrowgate hub opened. Eating disorder waits were the greatest concern "
     "and the trust had agreed with the ICB to commission 40 places a year from a specialist provider "
     "while it recruited.")
para("35.3", "In answer to a question from Councillor Treadwell, Dr Raikes said that the trust had placed "
     "17 Thornhallow patients in mental health beds outside the Ridgeland area in the quarter, for a total "
     "of 412 bed days. The trust aimed to end inappropriate out of area placements by March 2027.")
para("35.4", "The Chair thanked Dr Raikes and asked that the Panel visit the Barrowgate hub.")
resolved(["That the report be noted.",
          "That a visit to the Barrowgate community mental health hub be arranged for members before the "
          "end of April 2026.",
          "That Ravensholt Community and Mental Health NHS Trust report on eating disorder waiting times "
          "and out of area placements at the September 2026 meeting."])
head("36. WORK PROGRAMME 2026", "-")
para("36.1", "Nadia Hollis presented the draft work programme. Members agreed to add dental access, which "
     "had been raised by residents at the Chair's surgery, and to move the hospital discharge review to "
     "July.")
L += ["Table D: Work programme 2026", ""]
table([["Meeting", "Items"], "-",
       ["17 March 2026", "Dental access in Thornhallow (NHS Ridgeland ICB);\n"
                         "Adult social care charging policy"],
       ["7 July 2026", "Ambulance response in Saltmarsh and the coast;\n"
                       "Hospital discharge review"],
       ["22 September 2026", "Eating disorders and out of area placements;\n"
                             "Winter plan 2026/27"],
       ["24 November 2026", "Healthwatch Thornhallow annual report"]], [19, 51])
resolved(["That the work programme be agreed with the changes set out at 36.1."])
head("37. DATE OF NEXT MEETING", "-")
para("37.1", "Tuesday 17 March 2026 at 6.30 pm, Committee Room 2, Thornhallow Guildhall.")
L += ["The meeting closed at 8.47 pm.", "", "Chair ............................   Date ..............", "",
      "Contact: Peter Cawood, Democratic Services Officer,",
      "democratic.services@thornhallow.gov.example", ""]
assert all(len(x) <= W for x in L), [x for x in L if len(x) > W]
OUT.write_text("\n".join(L), encoding="utf-8")
print("wrote", OUT, len(" ".join(L).split()), "words")
