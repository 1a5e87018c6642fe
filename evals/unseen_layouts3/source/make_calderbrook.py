"""Build ../docs/calderbrook-icb-primary-care-strategy-2025.pdf with fpdf2: an invented ICB's primary
care strategy, typeset the way a DTP/word-processor export comes out: words hyphenated at line ends,
fi/fl ligature glyphs in body text, a contents page with dot leaders, running header and footer,
superscript footnote markers with footnotes at the foot of the page, tables whose first column wraps,
and a table that runs onto the next page without repeating its header.
All names and figures are invented; totals are computed below."""
import re
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).resolve().parent.parent / "docs" / "calderbrook-icb-primary-care-strategy-2025.pdf"
FONTS = "/usr/share/fonts/truetype/liberation/"
NAVY = (0, 48, 135)
LM, RM, TOP, BOTTOM = 22, 22, 28, 297 - 22
W = 210 - LM - RM
NPAGES = 8

# ---- figures -----------------------------------------------------------------------------------
PCNS = [  # name, practices, registered patients, GP FTE
    ("Calderbrook Central and Millgate Primary Care Network", 7, 68400, 31.2),
    ("Ashby Moor, Hollin and Upper Dale Rural Primary Care Network", 9, 41200, 19.8),
    ("Riverside East and Canal Quarter Primary Care Network", 5, 52900, 21.4),
    ("Northgate, Saltley Bridge and Fenwick Primary Care Network", 6, 47300, 20.1),
    ("Kirkholme Valley Primary Care Network", 4, 33800, 16.9),
    ("Southfield and Brantwood Villages Primary Care Network", 6, 39600, 18.6),
]
n_prac = sum(p[1] for p in PCNS)
n_pat = sum(p[2] for p in PCNS)
n_fte = round(sum(p[3] for p in PCNS), 1)
per = lambda pat, fte: f"{round(pat / fte):,}"
assert (n_prac, n_pat, n_fte) == (37, 283200, 128.0), (n_prac, n_pat, n_fte)

INVEST = [  # area, 2025/26 .. 2029/30 (£m)
    ("Same-day access hubs in each neighbourhood", [1.2, 2.4, 2.6, 2.7, 2.8]),
    ("Practice resilience fund for practices at risk", [0.8, 0.8, 0.6, 0.5, 0.5]),
    ("Calderbrook GP Fellowship and additional salaried GP posts", [0.9, 1.6, 2.2, 2.5, 2.6]),
    ("Care navigation and reception team training", [0.3, 0.3, 0.2, 0.2, 0.2]),
    ("Cloud telephony and online consultation tools", [1.1, 0.7, 0.6, 0.6, 0.6]),
    ("Minor works grants for practice premises", [1.5, 2.0, 2.5, 2.5, 2.0]),
    ("Proactive care for people living with frailty", [0.6, 1.2, 1.8, 2.0, 2.1]),
    ("Community pharmacy integration and Pharmacy First support", [0.4, 0.5, 0.6, 0.6, 0.7]),
    ("Population health management analytics", [0.3, 0.4, 0.4, 0.4, 0.4]),
    ("Programme team and independent evaluation", [0.4, 0.4, 0.4, 0.4, 0.4]),
]
for a, v in INVEST:
    v.append(round(sum(v), 1))
INV_TOT = [round(sum(v[i] for _, v in INVEST), 1) for i in range(6)]
assert INV_TOT == [7.5, 10.3, 11.9, 12.4, 12.3, 54.4], INV_TOT

# ---- hyphenation and ligatures --------------------------------------------------------------------
VOW = set("aeiouy")


def lig(s):
    return s.replace("fi", "\ufb01").replace("fl", "\ufb02")


def split_points(word):
    """Candidate hyphenation points, best first: between two consonants (com-mis-sion), then after a
    vowel before a consonant (pa-tients). At least 3 letters each side; alphabetic words only."""
    core = word.rstrip(".,;:)")
    if len(core) < 7 or not core.isalpha() or core[0].isupper():
        return []
    low = core.lower()
    cc, vc = [], []
    for i in range(3, len(core) - 2):
        a, b = low[i - 1], low[i]
        if a not in VOW and b not in VOW and a != b and low[i - 2:i] not in ("ch", "sh", "th", "ph", "ck") \
                and low[i:i + 2] not in ("ch", "sh", "th", "ph", "ck", "st", "tr", "pr", "bl", "cl", "fl", "fr", "gr", "pl"):
            cc.append(i)
        elif a not in VOW and b not in VOW and a == b:
            cc.append(i)
        elif a in VOW and b not in VOW and i + 1 < len(low) and low[i + 1] in VOW:
            vc.append(i)
    return sorted(cc, reverse=True) + sorted(vc, reverse=True)


class Doc(FPDF):
    def __init__(self):
        super().__init__(format="A4")
        self.add_font("Serif", "", FONTS + "LiberationSerif-Regular.ttf")
        self.add_font("Serif", "I", FONTS + "LiberationSerif-Italic.ttf")
        self.add_font("Serif", "B", FONTS + "LiberationSerif-Bold.ttf")
        self.add_font("Sans", "", FONTS + "LiberationSans-Regular.ttf")
        self.add_font("Sans", "B", FONTS + "LiberationSans-Bold.ttf")
        self.set_auto_page_break(False)
        self.set_margins(LM, TOP, RM)
        self.notes = []           # footnotes for the current page
        self.heading_pages = {}

    def header(self):
        self.set_font("Sans", "", 8)
        self.set_text_color(90, 90, 90)
        self.text(LM, 14, "NHS Calderbrook Integrated Care Board")
        t = "Primary Care Strategy 2025\u20132030"
        self.text(210 - RM - self.get_string_width(t), 14, t)
        self.set_draw_color(*NAVY)
        self.set_line_width(0.4)
        self.line(LM, 16.5, 210 - RM, 16.5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        # footnotes for this page, then the running footer
        if self.notes:
            self.set_font("Serif", "", 8)
            h = sum(len(self.wrap(t, W - 5, 8)) for _, t in self.notes) * 3.6 + 3
            y = BOTTOM - 4 - h
            self.set_draw_color(0, 0, 0)
            self.set_line_width(0.2)
            self.line(LM, y, LM + 45, y)
            y += 4
            for mark, t in self.notes:
                self.set_font("Serif", "", 6)
                self.text(LM, y - 1.1, mark)
                self.set_font("Serif", "", 8)
                for ln in self.wrap(t, W - 5, 8):
                    self.text(LM + 3, y, lig(ln))
                    y += 3.6
            self.notes = []
        self.set_font("Sans", "", 8)
        self.set_text_color(90, 90, 90)
        self.line(LM, BOTTOM + 2, 210 - RM, BOTTOM + 2)
        self.text(LM, BOTTOM + 6, "Calderbrook ICB \u2013 published October 2025 \u2013 calderbrook.icb.nhs.uk")
        t = f"Page {self.page_no()} of {NPAGES}"   # fpdf2's {nb} alias is not replaced in text() with TTF fonts
        self.text(210 - RM - self.get_string_width(t), BOTTOM + 6, t)
        self.set_text_color(0, 0, 0)

    # -- text layout -------------------------------------------------------------------------
    def wrap(self, text, width, size, font="Serif", style="", hyphenate=False):
        """Greedy line breaking; optional hyphenation of the word that does not fit. Width is measured
        on the ligature form, as it will be drawn. Footnote markers (^n) are measured as nothing."""
        self.set_font(font, style, size)
        sw = lambda s: self.get_string_width(lig(re.sub(r"\^\d", "", s)))
        lines, cur = [], ""
        for word in text.split():
            trial = (cur + " " + word) if cur else word
            if sw(trial) <= width:
                cur = trial
                continue
            done = False
            if hyphenate and cur:
                for i in split_points(word):
                    if sw(cur + " " + word[:i] + "-") <= width:
                        lines.append(cur + " " + word[:i] + "-")
                        cur = word[i:]
                        done = True
                        break
            if not done:
                if cur:
                    lines.append(cur)
                cur = word
        if cur:
            lines.append(cur)
        return lines

    def draw_line(self, x, y, line, size, font="Serif", style=""):
        """Draw one line; ^n markers become raised small numbers glued to the previous word."""
        parts = re.split(r"(\^\d)", line)
        for part in parts:
            if not part:
                continue
            if part.startswith("^"):
                self.set_font(font, style, size * 0.62)
                self.text(x, y - size * 0.13, part[1])
                x += self.get_string_width(part[1])
            else:
                self.set_font(font, style, size)
                s = lig(part)
                self.text(x, y, s)
                x += self.get_string_width(s)

    def para(self, text, size=10.5, indent=0, after=2.6, lead=4.9, font="Serif", style=""):
        for ln in self.wrap(text, W - indent, size, font, style, hyphenate=True):
            self.y_ += lead
            self.draw_line(LM + indent, self.y_, ln, size, font, style)
        self.y_ += after
        self.check()

    def items(self, items, numbered=False, size=10.5):
        for k, it in enumerate(items, 1):
            mark = f"{k}." if numbered else "\u2022"
            lines = self.wrap(it, W - 7, size, hyphenate=True)
            for j, ln in enumerate(lines):
                self.y_ += 4.9
                if j == 0:
                    self.set_font("Serif", "", size)
                    self.text(LM + 1, self.y_, mark)
                self.draw_line(LM + 7, self.y_, ln, size)
            self.y_ += 1.2
        self.y_ += 1.5
        self.check()

    def heading(self, text, level=1):
        size = 14 if level == 1 else 11.5
        self.y_ += 4 if level == 1 else 2.5
        self.set_font("Sans", "B", size)
        self.set_text_color(*NAVY)
        self.y_ += size * 0.45
        self.text(LM, self.y_, text)
        self.set_text_color(0, 0, 0)
        self.y_ += 3
        self.heading_pages[text] = self.page_no()

    def note(self, mark, text):
        self.notes.append((mark, text))

    def check(self):
        room = BOTTOM - 6 - sum(len(self.wrap(t, W - 5, 8)) * 3.6 + 3 for _, t in self.notes) - (4 if self.notes else 0)
        assert self.y_ <= room, f"page {self.page_no()} overflows: y={self.y_:.1f} > {room:.1f}"

    def newpage(self):
        self.add_page()
        self.y_ = 22

    def table(self, headers, widths, rows, bold_last=False, header=True, size=9.5):
        """Simple ruled table; the first column wraps, the others are right-aligned and short."""
        lead = 4.4
        x0 = LM
        self.set_draw_color(150, 150, 150)
        self.set_line_width(0.2)
        if header:
            self.set_fill_color(*NAVY)
            self.rect(x0, self.y_, sum(widths), 7, style="F")
            self.set_text_color(255, 255, 255)
            self.set_font("Sans", "B", size)
            x = x0
            for i, (h, w) in enumerate(zip(headers, widths)):
                tx = x + 1.5 if i == 0 else x + w - 1.5 - self.get_string_width(h)
                self.text(tx, self.y_ + 4.8, h)
                x += w
            self.set_text_color(0, 0, 0)
            self.y_ += 7
        for r, row in enumerate(rows):
            last = bold_last and r == len(rows) - 1
            style = "B" if last else ""
            first = self.wrap(row[0], widths[0] - 3, size, "Sans", style)
            h = len(first) * lead + 2.6
            y = self.y_
            self.set_font("Sans", style, size)
            for j, ln in enumerate(first):
                self.text(x0 + 1.5, y + 4.2 + j * lead, ln)
            x = x0 + widths[0]
            ylast = y + 4.2 + (len(first) - 1) * lead
            for v, w in zip(row[1:], widths[1:]):
                self.text(x + w - 1.5 - self.get_string_width(v), ylast, v)
                x += w
            self.line(x0, y + h, x0 + sum(widths), y + h)
            self.y_ += h
        self.y_ += 3
        self.check()


def build(toc):
    pdf = Doc()
    # ---- page 1: cover -------------------------------------------------------------------------
    pdf.newpage()
    pdf.set_fill_color(*NAVY)
    pdf.rect(0, 60, 210, 95, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 28)
    pdf.text(LM, 88, "Primary Care Strategy")
    pdf.text(LM, 101, "2025\u20132030")
    pdf.set_font("Sans", "", 15)
    pdf.text(LM, 118, "Stronger practices, healthier communities")
    pdf.set_font("Sans", "", 11)
    pdf.text(LM, 140, "NHS Calderbrook Integrated Care Board")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 10)
    pdf.text(LM, 180, "Approved by the ICB Board on 16 October 2025")
    pdf.text(LM, 186, "Version 1.0 \u2013 for publication")
    pdf.text(LM, 192, "Lead director: Dr Ruth Oyelaran, Director of Primary Care and Chief Medical Officer")
    pdf.y_ = 192
    # ---- page 2: contents ------------------------------------------------------------------------
    pdf.newpage()
    pdf.heading("Contents")
    pdf.y_ += 4
    pdf.set_font("Serif", "", 11)
    for title in TOC_TITLES:
        page = str(toc.get(title, 0))
        left = title
        pw = pdf.get_string_width(page)
        room = W - pdf.get_string_width(left + " ") - pw - pdf.get_string_width(" ")
        dots = "." * int(room / pdf.get_string_width("."))
        pdf.y_ += 8
        pdf.text(LM, pdf.y_, f"{left} {dots}")
        pdf.text(LM + W - pw, pdf.y_, page)
    body(pdf)
    return pdf


TOC_TITLES = ["Foreword", "1. Introduction", "2. Where we are now", "3. What people told us",
              "4. Our priorities", "5. Workforce", "6. Estates and digital", "7. Funding the strategy",
              "8. Delivery and governance", "Glossary"]


def body(pdf):
    # ---- page 3 ---------------------------------------------------------------------------------
    pdf.newpage()
    pdf.heading("Foreword")
    pdf.para("General practice is the front door of the NHS in Calderbrook. Every year our 37 practices provide "
             "more than 2.1 million appointments, and for most people their practice team is the part of the "
             "health service they know best and trust most. Yet we know from what residents, patients and staff "
             "have told us that the front door has become harder to open. People find it difficult to get "
             "through on the phone at 8am, practices are struggling to recruit and keep GPs and nurses, and "
             "too many of our buildings are no longer fit for modern care.")
    pdf.para("This strategy sets out what the integrated care board, working with practices, primary care "
             "networks, community pharmacy, dentistry, optometry and our local authority partners, will do over "
             "the next five years. It is backed by a dedicated investment of \u00a354.4m, on top of the money "
             "practices already receive through their national contracts, and it makes specific commitments "
             "that we expect the public to hold us to.")
    pdf.para("We are grateful to everyone who took part in shaping it, and particularly to the patient "
             "participation groups who gave up their evenings to help us test our proposals.")
    pdf.para("Dr Ruth Oyelaran, Director of Primary Care and Chief Medical Officer; Marcus Hedley-Whyte, "
             "Chief Executive", style="I", after=4)
    pdf.heading("1. Introduction")
    pdf.para("The strategy covers the whole of primary care: general practice, community pharmacy, dentistry "
             "and optometry. Its main focus is general practice, because that is where the pressures are "
             "greatest and where the integrated care board has the most direct responsibility for "
             "commissioning. Commissioning of dentistry, pharmacy and optometry was delegated to the ICB in "
             "April 2023, and a separate oral health plan will follow in 2026.")
    pdf.para("The strategy responds to the national recovery plan for access to primary care and to the "
             "NHS ten-year plan's shift from hospital to community. It was developed between January and "
             "August 2025 with the Calderbrook Local Medical Committee, the six primary care networks, "
             "Calderbrook Metropolitan Borough Council and Healthwatch Calderbrook.^1")
    pdf.note("1", "Engagement was led jointly with Healthwatch Calderbrook. The full engagement report, "
                  "\u201cWhat you told us about your GP practice\u201d, is published on the ICB website.")
    # ---- page 4 ---------------------------------------------------------------------------------
    pdf.newpage()
    pdf.heading("2. Where we are now")
    pdf.para(f"Calderbrook has {n_prac} GP practices serving {n_pat:,} registered patients, organised into six "
             "primary care networks. The networks differ widely: Calderbrook Central and Millgate is a dense "
             "urban network with a young and highly mobile population, while the Ashby Moor, Hollin and "
             "Upper Dale network covers 140 square miles of moorland and market towns with the oldest "
             "population in the ICB area.")
    pdf.para(f"There are {n_fte} full-time equivalent (FTE) GPs working in Calderbrook practices, excluding "
             f"trainees and locums, which is one GP for every {per(n_pat, n_fte)} patients, against an "
             "England average of about 1 to 2,100.^2 Table 1 shows the position in each network.")
    pdf.note("2", "GP FTE from the NHS Digital General Practice Workforce collection, 30 June 2025; fully "
                  "qualified GPs only. Registered patients at 1 July 2025.")
    pdf.set_font("Sans", "B", 10)
    pdf.y_ += 5
    pdf.text(LM, pdf.y_, "Table 1: Primary care networks at a glance (June 2025)")
    pdf.y_ += 3
    rows = [(n, str(p), f"{pt:,}", f"{f:.1f}", per(pt, f)) for n, p, pt, f in PCNS]
    rows.append(("Calderbrook total", str(n_prac), f"{n_pat:,}", f"{n_fte:.1f}", per(n_pat, n_fte)))
    pdf.table(["Network", "Practices", "Patients", "GP FTE", "Pts/GP"], [78, 22, 24, 20, 22], rows,
              bold_last=True)
    pdf.para("Riverside East and Canal Quarter has the fewest GPs for its population, with one full-time "
             "equivalent GP for every 2,472 patients, and three of its five practices rely on locums for more "
             "than a fifth of their sessions. Kirkholme Valley is the best staffed.")
    pdf.para("In the national GP Patient Survey 2025, 64% of Calderbrook respondents described their overall "
             "experience of their practice as good, compared with 74% for England, and only 41% found it easy "
             "to get through to their practice on the phone. At the same time practices delivered 9% more "
             "appointments in 2024/25 than in 2019/20, and 43% of appointments were on the same day as booking.")
    pdf.para("Community pharmacy is an important part of the picture. There are 61 pharmacies in Calderbrook, "
             "and in the first year of Pharmacy First they treated more than 18,500 people for seven common "
             "conditions without a GP appointment. Eleven pharmacies have closed since 2021, most of them in "
             "the more deprived parts of Northgate and Riverside East.")
    # ---- page 5 ---------------------------------------------------------------------------------
    pdf.newpage()
    pdf.heading("3. What people told us")
    pdf.para("We received 4,860 responses to our online and paper survey, held 31 engagement events in "
             "libraries, markets, mosques and community centres, and ran focus groups with carers, people "
             "who are homeless, Gypsy and Traveller families, and young people. We also surveyed 412 members "
             "of practice staff. The main things people told us were:")
    pdf.items(["getting through on the phone at 8am is the single biggest frustration, and people want to be "
               "able to book ahead as well as on the day;",
               "people with long-term conditions want to see the same clinician each time and value continuity "
               "more than speed;",
               "many people do not know what pharmacists, physiotherapists and other practice staff can do, "
               "and some feel they are being \u201cfobbed off\u201d when they are offered someone who is not a GP;",
               "online booking and the NHS App work well for some people but must not become the only way in;",
               "practice staff are tired, and reception teams in particular face abuse from frustrated patients."])
    pdf.heading("4. Our priorities")
    pdf.para("From what people told us and the evidence we gathered, we have chosen five priorities for the "
             "next five years:")
    pdf.items(["Make it easier to get help on the day: every patient who contacts their practice will get an "
               "assessment of their need on the same day, and a same-day access hub in each neighbourhood "
               "will take the pressure off practices at peak times.",
               "Bring back continuity of care for those who need it most: every patient with three or more "
               "long-term conditions, or living with moderate or severe frailty, will have a named clinician.",
               "Grow and keep the primary care workforce, especially GPs and practice nurses.",
               "Modernise practice buildings and digital tools so teams can work efficiently and safely.",
               "Use community pharmacy, optometry and dentistry to their full potential, so people can get "
               "the right care closer to home."], numbered=True)
    pdf.para("Each priority has measurable goals, set out in the sections that follow and brought together in "
             "the outcomes framework that the ICB Board will receive every six months.")
    # ---- page 6 ---------------------------------------------------------------------------------
    pdf.newpage()
    pdf.para("By March 2028 we want at least 60% of people in Calderbrook to say it is easy to get through to "
             "their practice by phone, rising to 70% by 2030, and 72% to rate their overall experience as "
             "good. By March 2027 every practice will have cloud-based telephony with call-back and "
             "queue position, which most practices already have, and will use a single online consultation "
             "tool that allows patients to request help throughout opening hours.")
    pdf.para("The same-day access hubs will open in phases, beginning with Riverside East and Calderbrook "
             "Central in April 2026. Each hub will be run by its primary care network, staffed by GPs, "
             "advanced nurse practitioners, paramedics and pharmacists, and open from 8am to 8pm on weekdays "
             "and from 9am to 5pm on Saturdays.^3")
    pdf.note("3", "Hub opening hours replace the existing enhanced access arrangements in each network; "
                  "Sunday opening will be reviewed in 2027.")
    pdf.heading("5. Workforce")
    pdf.para("Our workforce goal is to increase the number of full-time equivalent GPs from 128.0 to 145 by "
             "March 2030, and practice nurses from 96 to 110. We will do this by keeping more of the GPs we "
             "train: only about half of the GPs who complete their training in Calderbrook currently stay "
             "to work here.")
    pdf.para("The Calderbrook GP Fellowship will offer every newly qualified GP a two-year salaried post with "
             "protected time for development, mentoring and a special interest such as frailty, mental health "
             "or dermatology. The first 12 fellows will start in August 2026, with a further 15 each year "
             "after that. A flexible staff pool will allow GPs approaching retirement to work sessions across "
             "practices without the commitments of partnership.")
    pdf.para("Primary care networks now employ 214 staff through the Additional Roles Reimbursement Scheme, "
             "including clinical pharmacists, first contact physiotherapists, paramedics, social prescribing "
             "link workers, mental health practitioners and care coordinators. We will help networks make "
             "the most of these roles by offering induction and supervision programmes, and by making "
             "sure patients understand who they are and what they do.^4")
    pdf.note("4", "Headcount at 31 March 2025. Roles are funded nationally through the network contract; "
                  "the ICB will fund supervision capacity from the investment in Table 2.")
    pdf.para("We will also support the wellbeing of practice staff. From April 2026 every practice will have "
             "access to the Calderbrook primary care wellbeing service, and we will run a public campaign "
             "against abuse of reception staff together with Calderbrook Metropolitan Borough Council.")
    # ---- page 7 ---------------------------------------------------------------------------------
    pdf.newpage()
    pdf.heading("6. Estates and digital")
    pdf.para("A survey of practice premises in 2024 found that 14 of our 37 practices work from buildings "
             "that are too small for their current list, and six from buildings in poor condition. The "
             "strategy includes \u00a310.5m of minor works grants over five years to add clinical rooms, "
             "improve accessibility and make better use of space. Two larger schemes, a new health centre "
             "at Saltley Bridge and an extension to Hollin Medical Practice, are being taken forward through "
             "the ICB's capital programme and are not included in Table 2.")
    pdf.para("On digital, our aims are that every practice uses cloud telephony, that records can be shared "
             "between practices and hubs, and that people who cannot or do not want to use online services "
             "get the same access as those who do. We will fund digital champions in each network to help "
             "patients use the NHS App.")
    pdf.para("We will also make better use of the information practices already hold. A population health "
             "management platform, shared by all six networks, will help practice teams find people at rising "
             "risk of hospital admission, such as people with several long-term conditions who have not been "
             "reviewed for a year, and offer them proactive care. The platform will be used under a data "
             "sharing agreement approved by every practice, and the Calderbrook Caldicott Guardians' group will "
             "review how it is used each year.")
    pdf.heading("7. Funding the strategy")
    pdf.para("The ICB will invest \u00a354.4m in primary care over the five years from 2025/26 to 2029/30, over "
             "and above the core GP contract funding of about \u00a3196m a year. The investment rises from "
             "\u00a37.5m in the first year to \u00a312.3m in 2029/30. Table 2 shows how it is divided.")
    pdf.para("The largest single areas are the same-day access hubs and the minor works grants. The practice "
             "resilience fund is front-loaded, because several practices need support now, and falls in later "
             "years as the GP Fellowship brings more salaried GPs into the practices that find it hardest "
             "to recruit.")
    pdf.set_font("Sans", "B", 10)
    pdf.y_ += 5
    pdf.text(LM, pdf.y_, "Table 2: Primary care investment plan, 2025/26 to 2029/30 (\u00a3m)")
    pdf.y_ += 3
    hdr = ["Investment area", "25/26", "26/27", "27/28", "28/29", "29/30", "Total"]
    wid = [70, 16, 16, 16, 16, 16, 16]
    fmt = lambda a, v: [a] + [f"{x:.1f}" for x in v]
    pdf.table(hdr, wid, [fmt(a, v) for a, v in INVEST[:7]])
    # ---- page 8: the table carries on without its header -----------------------------------------
    pdf.newpage()
    pdf.y_ = 24
    pdf.table(hdr, wid, [fmt(a, v) for a, v in INVEST[7:]] + [fmt("Total investment", INV_TOT)],
              bold_last=True, header=False)
    pdf.para("Spending in each year will be confirmed through the ICB's annual financial plan. If the ICB "
             "receives less growth funding than expected, the Primary Care Commissioning Committee will "
             "decide which areas to slow down, protecting the same-day access hubs and the GP Fellowship.")
    pdf.heading("8. Delivery and governance")
    pdf.para("The Primary Care Commissioning Committee, chaired by non-executive member Janet Kowalczyk, will "
             "oversee delivery of the strategy and receive a progress report every quarter. A Primary Care "
             "Strategy Delivery Group, led by the Deputy Director of Primary Care, Owen Mbatha, will manage "
             "the programme day to day. Progress against the outcomes framework will be reported to the ICB "
             "Board every six months, and an independent evaluation will report in 2028.")
    pdf.heading("Glossary")
    pdf.para("ARRS: Additional Roles Reimbursement Scheme, which funds networks to employ non-GP staff. "
             "FTE: full-time equivalent. PCN: primary care network, a group of practices working together "
             "for a population of 30,000 to 70,000 people. Pharmacy First: a national service allowing "
             "pharmacists to treat seven common conditions.", size=9.5)


toc = {}
for _ in range(2):
    pdf = build(toc)
    toc = {t: pdf.heading_pages[t] for t in TOC_TITLES}
assert pdf.page_no() == NPAGES, pdf.page_no()
pdf.set_creation_date(__import__("datetime").datetime(2025, 10, 20))
OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print("wrote", OUT, toc)
