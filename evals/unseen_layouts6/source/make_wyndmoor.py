"""Build docs/wyndmoor-hospitals-quality-account-summary-2025-26.pdf.

A four-page "Quality Account 2025/26: summary for patients, families and carers" laid out as a design tool
(InDesign, Publisher, or a "print to PDF" driver) writes it: fpdf2 2.8 places every word with its own text()
call, and some text letter by letter, so the content stream holds no space characters at all: the gaps
between words exist only as positions. On top of that the pages use the devices a designer uses:

- master-page furniture drawn first on each page (top band, running title, folio, a rotated side tab);
- letter-spaced capitals for the trust name and section kickers (each letter placed with +2.6 pt tracking);
- small capitals made by hand (capitals at full size, lower case as capitals at 78%), per letter run;
- a drop cap three lines deep at the start of the welcome;
- justified body text in narrow columns, with a few words hyphenated at the line end;
- a three-column newsletter page whose stories flow from column to column, and a pull-quote set across
  columns 2 and 3 in the middle of the page, drawn last (it sits on the top layer);
- "at a glance" figures set glyph by glyph with tight tracking, caption underneath;
- a table set as positioned text with no rules at all (right-aligned figures, wrapped row labels);
- the CQC ratings set as a two-column list of positioned words with coloured dots;
- one line squeezed to fit its box (word spaces cut to 40%), as designers do with a contact strip.

Figures are invented and checked with asserts. Run: /tmp/b6venv/bin/python make_wyndmoor.py
"""
import re
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).resolve().parent.parent / "docs" / "wyndmoor-hospitals-quality-account-summary-2025-26.pdf"
FONTS = "/usr/share/fonts/truetype/liberation2/"
W, H = 595.28, 841.89
NAVY, BLUE, TEAL, GREY, INK = (0, 48, 135), (0, 94, 184), (0, 133, 120), (90, 98, 108), (33, 37, 41)
PALE, TINT = (232, 237, 247), (240, 246, 245)

pdf = FPDF(unit="pt", format="A4")
pdf.set_auto_page_break(False)
pdf.set_creator("Adobe InDesign 19.2 (Windows)")          # what the design studio's export would say
pdf.set_producer("Adobe PDF Library 17.0")
pdf.set_title("Quality Account 2025/26: summary for patients, families and carers")
pdf.set_author("Wyndmoor Hospitals NHS Trust")
for fam, files in {"Serif": ("LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic"),
                   "Sans": ("LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic"),
                   "Narrow": ("../liberation/LiberationSansNarrow-Regular", "../liberation/LiberationSansNarrow-Bold",
                              "../liberation/LiberationSansNarrow-Italic")}.items():
    for style, f in zip(("", "B", "I"), files):
        pdf.add_font(fam, style, FONTS + f + ".ttf")


# ------------------------------------------------------------------------------------------ setting kit
def font(fam, style, size, color=INK):
    pdf.set_font(fam, style, size)
    pdf.set_text_color(*color)


def sw(s):
    return pdf.get_string_width(s)


def word(x, y, w):
    """One word, one text() call: no space glyph anywhere."""
    pdf.text(x, y, w)


def glyphs(x, y, s, track=0.0):
    """Letter by letter, with tracking; a space is only an advance."""
    for ch in s:
        if ch != " ":
            pdf.text(x, y, ch)
        x += sw(ch) + track
    return x


def spaced_caps(x, y, s, track=2.6):
    return glyphs(x, y, s.upper(), track)


def small_caps(x, y, s, size, fam="Sans", style="B", color=NAVY, ratio=0.78):
    """Hand-made small capitals: upper case at `size`, lower case as capitals at size*ratio, one run per
    case change; words separated by position only."""
    for k, w in enumerate(s.split()):
        if k:
            font(fam, style, size, color)
            x += sw(" ")
        for run in re.findall(r"[a-z']+|[^a-z']+", w):
            small = run[0].islower() or run[0] == "'" and run.islower()
            font(fam, style, size * ratio if small else size, color)
            t = run.upper() if small else run
            pdf.text(x, y, t)
            x += sw(t)
    return x


def small_caps_width(s, size, fam="Sans", style="B", ratio=0.78):
    w = 0.0
    for k, wd in enumerate(s.split()):
        if k:
            font(fam, style, size)
            w += sw(" ")
        for run in re.findall(r"[a-z']+|[^a-z']+", wd):
            small = run[0].islower()
            font(fam, style, size * ratio if small else size)
            w += sw(run.upper() if small else run)
    return w


def line(x, y, words, width=None, justify=False, fam="Serif", style="", size=9, color=INK, squeeze=1.0):
    font(fam, style, size, color)
    space = sw(" ") * squeeze
    if justify and width and len(words) > 1:
        natural = sum(sw(w) for w in words)
        space = (width - natural) / (len(words) - 1)
    for w in words:
        word(x, y, w)
        x += sw(w) + space
    return x


# the studio's hyphenation exceptions list: the only break points allowed
HYPH = {"departments": "depart-ments", "physiotherapists": "physio-therapists", "observation": "obser-vation",
        "commissioners": "commis-sioners", "electronic": "elec-tronic", "performance": "perfor-mance",
        "improvement": "improve-ment", "information": "infor-mation", "thromboembolism": "thrombo-embolism",
        "adjustments": "adjust-ments", "governors": "gover-nors", "experiences": "experi-ences"}


def break_lines(text, width, fam="Serif", style="", size=9, first_width=None):
    """Greedy line breaking by measured width; a long word may be hyphenated when the line would
    otherwise be very loose (as justified text in a narrow column is)."""
    font(fam, style, size)
    words = text.split()
    lines, cur, widths = [], [], [first_width or width]
    space = sw(" ")

    def cur_w(ws):
        return sum(sw(w) for w in ws) + space * max(0, len(ws) - 1)

    i = 0
    while i < len(words):
        w = words[i]
        lw = widths[0] if not lines else width
        if cur_w(cur + [w]) <= lw:
            cur.append(w)
            i += 1
            continue
        core = w.rstrip(",.;:")
        if cur and cur_w(cur) < 0.8 * lw and core.lower() in HYPH:
            head, tail = HYPH[core.lower()].split("-")
            head = w[:len(head)]
            if cur_w(cur + [head + "-"]) <= lw:
                cur.append(head + "-")
                words[i] = w[len(head):]
        if not cur:
            cur.append(w)
            i += 1
        lines.append(cur)
        cur = []
    if cur:
        lines.append(cur)
    return lines


class Flow:
    """Text frames threaded in order; blocks flow from frame to frame."""

    def __init__(self, frames):
        self.frames = list(frames)          # (x, top, width, bottom)
        self.k = 0
        self.y = self.frames[0][1]

    @property
    def f(self):
        return self.frames[self.k]

    def need(self, h):
        if self.y + h > self.f[3] + 0.1:
            self.k += 1
            assert self.k < len(self.frames), "text overflows the frames"
            self.y = self.f[1]

    def heading(self, text, size=10.5, color=NAVY, before=6, after=3):
        if self.y > self.f[1] + 1:
            self.y += before
        lines, cur = [], []
        for w in text.split():
            if cur and small_caps_width(" ".join(cur + [w]), size) > self.f[2]:
                lines.append(cur)
                cur = []
            cur.append(w)
        lines.append(cur)
        self.need(size * 1.25 * len(lines) + 30)          # keep with the next lines
        for ws_ in lines:
            self.y += size
            small_caps(self.f[0], self.y, " ".join(ws_), size, color=color)
            self.y += 2
        self.y += after

    def para(self, text, size=9, lead=11.6, fam="Serif", style="", color=INK, after=5, dropcap=None):
        x, _, width, _ = self.f
        if dropcap:
            # drop cap three lines deep: the first letter drawn large, the first three lines indented
            cap, text = text[0], text[1:]
            font("Serif", "B", lead * 3 + 4, NAVY)
            capw = sw(cap) + 3
            self.need(lead * 3)
            pdf.text(x, self.y + lead * 2 + size, cap)
            lines = break_lines(text, width - capw, fam, style, size)
            # re-break everything after the third line at full width
            head = lines[:3]
            rest = " ".join(" ".join(l) for l in lines[3:])
            lines = [(l, capw) for l in head] + [(l, 0) for l in break_lines(rest, width, fam, style, size)] if rest else [(l, capw) for l in head]
        else:
            lines = [(l, 0) for l in break_lines(text, width, fam, style, size)]
        for n, (ws, indent) in enumerate(lines):
            self.need(lead)
            x, _, width, _ = self.f
            self.y += lead
            last = n == len(lines) - 1
            line(x + indent, self.y - (lead - size), ws, width - indent, justify=not last, fam=fam, style=style,
                 size=size, color=color)
        self.y += after


# ------------------------------------------------------------------------------------------ content
ORG = "Wyndmoor Hospitals NHS Trust"
GLANCE = [("598,200", "outpatient appointments"), ("102,460", "A&E attendances"),
          ("38,910", "operations and procedures"), ("4,286", "babies born"), ("7,812", "staff"),
          ("1,240", "volunteers")]
SEPSIS_2425, SEPSIS_2526, SEPSIS_TARGET = 78.9, 86.4, 90
FALLS_2425, FALLS_2526 = 61, 44
FALLS_CUT = (FALLS_2425 - FALLS_2526) / FALLS_2425
assert f"{FALLS_CUT:.0%}" == "28%" and FALLS_CUT > 0.20
NOON_2526, NOON_TARGET, NOON_2425 = 24.8, 33, 19.6
CARERS_PASSPORTS, CARERS_INVOLVED = 1930, 71

TABLE = [  # indicator, 2024/25, 2025/26, national, target or threshold
    ("Summary Hospital-level Mortality Indicator (SHMI)", "1.04", "1.01", "1.00", "As expected"),
    ("MRSA bloodstream infections", "2", "1", "–", "0"),
    ("C. difficile infections", "71", "64", "–", "66"),
    ("E. coli bloodstream infections", "118", "109", "–", "112"),
    ("Patients risk-assessed for blood clots (VTE) on admission", "93.1%", "95.4%", "92.8%", "95%"),
    ("Patient safety incidents reported", "14,312", "15,806", "–", "–"),
    ("Incidents causing severe harm or death", "0.3%", "0.2%", "0.3%", "–"),
    ("Never events", "3", "1", "–", "0"),
    ("Emergency readmissions within 30 days", "12.9%", "12.4%", "13.3%", "–"),
    ("Inpatient survey: overall experience (score out of 10)", "8.0", "8.2", "8.1", "–"),
    ("Staff who would recommend our care to friends or family", "63%", "66%", "62%", "–"),
]
CQC = [("Safe", "Requires improvement", (230, 145, 0)), ("Effective", "Good", (0, 150, 57)),
       ("Caring", "Outstanding", (0, 94, 184)), ("Responsive", "Requires improvement", (230, 145, 0)),
       ("Well-led", "Good", (0, 150, 57)), ("Overall", "Good", (0, 150, 57))]


def furniture(n, title="Quality Account 2025/26 summary"):
    """Master-page items, drawn first on every page."""
    pdf.set_fill_color(*NAVY)
    pdf.rect(0, 0, W, 8, "F")
    font("Sans", "", 7.5, GREY)
    x = line(36, 24, ORG.split(), fam="Sans", size=7.5, color=GREY)
    line(W - 36 - sw("Quality Account 2025/26 summary") - 2, 24, title.split(), fam="Sans", size=7.5, color=GREY)
    pdf.set_draw_color(*BLUE)
    pdf.set_line_width(0.5)
    pdf.line(36, 30, W - 36, 30)
    # folio
    font("Sans", "B", 8, NAVY)
    pdf.text(W - 36 - sw(str(n)), H - 22, str(n))
    font("Sans", "", 7, GREY)
    line(36, H - 22, "Wyndmoor Hospitals NHS Trust – Quality Account 2025/26 summary – published June 2026".split(),
         fam="Sans", size=7, color=GREY)
    # rotated side tab on the right edge, reading upwards
    pdf.set_fill_color(*TEAL)
    pdf.rect(W - 14, 300, 14, 240, "F")
    font("Sans", "B", 7, (255, 255, 255))
    with pdf.rotation(90, W - 4, 520):
        spaced_caps(W - 4, 520, "Quality Account", track=1.8)


# ---------------------------------------------------------------------------------------- page 1
pdf.add_page()
furniture(1)
pdf.set_fill_color(*PALE)
pdf.rect(36, 40, W - 72 - 14, 118, "F")
font("Sans", "B", 9, BLUE)
spaced_caps(50, 62, ORG)
font("Sans", "B", 30, NAVY)
line(50, 100, "Quality Account 2025/26".split(), fam="Sans", style="B", size=30, color=NAVY)
small_caps(50, 126, "Summary for patients, families and carers", 14, color=TEAL)
font("Sans", "", 9, GREY)
line(50, 146, "Published June 2026. The full Quality Account is on our website.".split(), fam="Sans", size=9,
     color=GREY)

# welcome, two-thirds width, with a drop cap
fl = Flow([(36, 172, 330, 612)])
fl.heading("Welcome", size=13)
fl.para("We are proud to share this summary of our Quality Account for 2025/26. A quality account is a report that "
        "every NHS trust publishes each year about the quality of its services: how safe our care is, how well it "
        "works, and what patients tell us about it. This summary picks out the main points for people who use our "
        "hospitals in Wyndmoor, Ashby Fold and Tunstead.", dropcap=True)
fl.para("It has been a demanding year. More people came to our emergency departments than ever before, and our "
        "staff have worked incredibly hard to keep patients safe. We met two of our four quality priorities in "
        "full and made real progress on a third. We did not meet our priority on discharging patients earlier in "
        "the day, and it stays a priority for 2026/27.")
fl.para("We were especially pleased that the number of falls causing harm to patients came down by more than a "
        "quarter, and that carers told us they feel more involved in decisions about the people they look after. "
        "Thank you to everyone who shared their experiences with us, and to our 1,240 volunteers, who gave more "
        "than 96,000 hours of their time.")
fl.para("We know there is more to do. Too many patients still wait too long in our emergency departments, and "
        "our last inspection rated us as requires improvement for safety. Our priorities for next year, on the last "
        "page, set out how we will put that right.")
fl.y += 4
font("Serif", "I", 9)
fl.para("Dr Harriet Lomax, Chief Executive", fam="Serif", style="I", after=1)
fl.para("Ben Achterberg, Chief Nurse and Director of Quality", fam="Serif", style="I", after=6)

# at a glance sidebar: figures glyph by glyph with tight tracking, caption below
pdf.set_fill_color(*TINT)
pdf.rect(384, 172, 161, 440, "F")
small_caps(396, 192, "Our year at a glance", 11, color=TEAL)
y = 226
for num, cap in GLANCE:
    font("Sans", "B", 22, NAVY)
    glyphs(396, y, num, track=-0.4)
    line(396, y + 13, cap.split(), fam="Sans", size=8.5, color=INK)
    y += 62
# "what is a quality account" box at the foot
pdf.set_fill_color(*NAVY)
pdf.rect(36, 632, 509, 168, "F")
fb = Flow([(50, 640, 230, 792), (300, 640, 230, 792)])
fb.heading("About this summary", size=11, color=(255, 255, 255))
fb.para("The full Quality Account 2025/26 runs to 86 pages and includes statements from our commissioners, "
        "Healthwatch Wyndmoor and the council's health scrutiny committee. It was approved by the Trust Board on "
        "18 June 2026.", size=8.5, lead=10.8, fam="Sans", color=(255, 255, 255))
fb.para("Every NHS trust must publish a quality account under the Health Act 2009. The priorities in it are "
        "chosen with patients, governors and staff, and we report on them every year.", size=8.5, lead=10.8,
        fam="Sans", color=(255, 255, 255))
fb.para("Large print, easy read and audio versions of this summary are available from our Patient Advice and "
        "Liaison Service (PALS); the contact details are on page 4.", size=8.5, lead=10.8, fam="Sans",
        color=(255, 255, 255))

# ---------------------------------------------------------------------------------------- page 2
pdf.add_page()
furniture(2)
font("Sans", "B", 8.5, TEAL)
spaced_caps(36, 54, "Our quality priorities")
font("Sans", "B", 20, NAVY)
line(36, 80, "How did we do in 2025/26?".split(), fam="Sans", style="B", size=20, color=NAVY)
font("Serif", "I", 9.5, GREY)
line(36, 98, "Last year we chose four priorities with patients, carers, governors and staff. Here is what happened."
     .split(), fam="Serif", style="I", size=9.5, color=GREY)
# three columns; columns 2 and 3 are interrupted by the pull-quote (y 352-470)
CW, G = 155, 14
cx = [36, 36 + CW + G, 36 + 2 * (CW + G)]
TOP, BOT, PQ_TOP, PQ_BOT = 112, 800, 350, 468
frames = [(cx[0], TOP, CW, BOT), (cx[1], TOP, CW, PQ_TOP), (cx[1], PQ_BOT, CW, BOT)]
f2 = Flow(frames)
f2.heading("1. Spotting sepsis quickly")
f2.para("Sepsis is a life-threatening reaction to an infection, and every hour of delay in giving antibiotics "
        "increases the risk of death. Our target was for 90% of patients with suspected sepsis in our emergency "
        "departments to receive antibiotics within one hour of arrival.")
f2.para(f"We achieved {SEPSIS_2526}% over the year, up from {SEPSIS_2425}% in 2024/25, so we partly met this "
        "priority. Performance passed 90% in each of the last three months of the year after sepsis nurses were "
        "put on duty in both emergency departments from 8am to midnight.")
f2.para("Electronic sepsis alerts now appear on the observation screens on every adult ward, and 94% of nurses "
        "have completed the new sepsis training.")
f2.heading("2. Fewer falls that cause harm")
f2.para("Falls are the most common safety incident reported in hospitals. We aimed to cut the number of falls "
        "causing moderate harm, severe harm or death by 20%.")
f2.para(f"There were {FALLS_2526} such falls in 2025/26, compared with {FALLS_2425} the year before: a reduction "
        f"of {FALLS_CUT:.0%}, so we met this priority. The biggest change came on our care of the elderly wards, "
        "where bay nursing means a member of staff is always in each bay, and where every patient over 65 now "
        "has a lying and standing blood pressure check within 24 hours of admission.")
f2.para("Patients at high risk of falling are given non-slip socks and a bed or chair sensor, and physiotherapists "
        "see them within a day. Every fall that causes harm is reviewed by the ward team with the falls lead within "
        "72 hours, so that the learning reaches other wards quickly.")
f2.heading("3. Going home earlier in the day")
f2.para(f"Leaving hospital before midday frees beds for patients waiting in our emergency departments. Our target "
        f"was for a third ({NOON_TARGET}%) of patients to be discharged before midday. We reached {NOON_2526}%, up "
        f"from {NOON_2425}%, so we did not meet this priority.")
f2.para("The discharge lounge at Wyndmoor General Hospital moved to a larger room next to the main entrance in "
        "October, and the number of patients using it doubled. Medicines to take home are now prepared the "
        "evening before for patients expected to leave the next morning. Even so, too many discharges still "
        "wait for transport or for a care package to start, and this priority carries forward to 2026/27.")
f2.para("Ward teams now hold a short board round before 10am to agree who can go home that day, and a discharge "
        "coordinator works on each medical ward seven days a week. Patient transport bookings can be made the day "
        "before, which used to need 48 hours' notice.")
f2.heading("4. Listening to carers")
f2.para(f"In July 2025 we launched a carers' passport, which lets family carers visit at any time, get a discount "
        f"in our restaurants and park free of charge. {CARERS_PASSPORTS:,} passports were issued by March 2026.")
f2.para(f"In our carers' survey, {CARERS_INVOLVED}% of carers said they felt involved in decisions about the "
        "person they care for, against a target of 70%, so we met this priority. Carers asked us to make it "
        "easier to speak to a doctor, and ward rounds on four wards now include a set time for families.")
f2.para("A carers' café runs on the first Wednesday of each month in the restaurant at Wyndmoor General Hospital, "
        "with staff from the carers' support service and the local carers' centre on hand to give advice.")
# column 3: two separate frames (not threaded): "what you told us" above the pull-quote, "at a glance" below
pdf.set_fill_color(*TINT)
pdf.rect(cx[2] - 4, TOP, CW + 8, PQ_TOP - TOP - 6, "F")
f3 = Flow([(cx[2] + 2, TOP + 4, CW - 4, PQ_TOP - 10)])
f3.heading("What you told us", size=10.5, color=TEAL, before=0)
f3.para("Friends and Family Test: 94% of inpatients rated their care good or very good, from 31,870 responses. "
        "The figure was 79% in our emergency departments, 96% in maternity and 95% in outpatients.",
        size=8.5, lead=10.8, fam="Sans")
f3.para("Complaints: we received 612 formal complaints, down from 688, and answered 84% within 40 working days.",
        size=8.5, lead=10.8, fam="Sans")
f3.para("Compliments: staff logged 9,400 thank-you cards, letters and messages.", size=8.5, lead=10.8, fam="Sans")
pdf.set_fill_color(*PALE)
pdf.rect(cx[2] - 4, PQ_BOT, CW + 8, 112, "F")
f4g = Flow([(cx[2] + 2, PQ_BOT + 4, CW - 4, PQ_BOT + 110)])
f4g.heading("At a glance", size=10.5, before=0)
for pr, res in [("Sepsis", "partly met"), ("Falls", "met"), ("Discharge before midday", "not met"),
                ("Carers", "met")]:
    f4g.y += 14
    x0 = f4g.f[0]
    line(x0, f4g.y, (pr + ":").split(), fam="Sans", style="B", size=8.5, color=NAVY)
    line(x0 + 106, f4g.y, res.split(), fam="Sans", size=8.5, color=INK)
# pull-quote across columns 2 and 3, drawn last (top layer)
pdf.set_draw_color(*TEAL)
pdf.set_line_width(1.2)
pdf.line(cx[1], PQ_TOP + 6, cx[2] + CW, PQ_TOP + 6)
pdf.line(cx[1], PQ_BOT - 8, cx[2] + CW, PQ_BOT - 8)
pq = Flow([(cx[1] + 8, PQ_TOP + 10, 2 * CW + G - 16, PQ_BOT - 30)])
pq.para("\u201cWhen Mum came home she had a named nurse to ring and I had my carer\u2019s passport. For the first "
        "time I felt like part of the team looking after her.\u201d", size=14, lead=17.5, fam="Serif", style="I",
        color=TEAL, after=2)
font("Sans", "", 8, GREY)
line(cx[1] + 8, pq.y + 8, "Daughter of a patient on Brambleby Ward, Wyndmoor General Hospital".split(), fam="Sans",
     size=8, color=GREY)

# ---------------------------------------------------------------------------------------- page 3
pdf.add_page()
furniture(3)
font("Sans", "B", 8.5, TEAL)
spaced_caps(36, 54, "Safety and outcomes")
font("Sans", "B", 20, NAVY)
line(36, 80, "How we compare".split(), fam="Sans", style="B", size=20, color=NAVY)
font("Serif", "", 9)
intro = Flow([(36, 88, 509, 140)])
intro.para("The table shows some of the measures that every trust reports in its quality account, for this year "
           "and last year, with the national average for acute trusts where there is one and our own target or "
           "the national threshold. A dash means that the figure does not apply.", size=9)
# table as positioned text: no rules, right-aligned figures, wrapped labels
col_x = [36, 330, 390, 455, 545]          # label left; right edges of the four figure columns
hy = intro.y + 14
font("Narrow", "B", 8.5, NAVY)
for text, right in zip(["2024/25", "2025/26", "National average", "Target or threshold"], col_x[1:]):
    parts = text.split()
    if len(parts) > 1 and sw(text) > 52:
        # two-line header cell
        l1, l2 = parts[0], " ".join(parts[1:])
        line(right - sw(l1), hy - 10, [l1], fam="Narrow", style="B", size=8.5, color=NAVY)
        line(right - sw(l2), hy, l2.split(), fam="Narrow", style="B", size=8.5, color=NAVY)
    else:
        line(right - sw(text), hy, parts, fam="Narrow", style="B", size=8.5, color=NAVY)
line(36, hy, ["Indicator"], fam="Narrow", style="B", size=8.5, color=NAVY)
y = hy + 8
for k, (label, *vals) in enumerate(TABLE):
    lines_ = break_lines(label, 210, "Sans", "", 9)
    h = 12 * len(lines_) + 5
    if k % 2 == 0:
        pdf.set_fill_color(*TINT)
        pdf.rect(36, y, 509, h, "F")
    yy = y + 11
    for ws in lines_:
        line(40, yy, ws, fam="Sans", size=9)
        yy += 12
    font("Sans", "B", 9)
    for v, right in zip(vals, col_x[1:]):
        font("Sans", "B" if right == col_x[2] else "", 9)
        t = v.split()
        line(right - 4 - sw(v), y + 11, t, fam="Sans", style="B" if right == col_x[2] else "", size=9)
    y += h
font("Sans", "I", 7.5, GREY)
notes = Flow([(36, y + 2, 509, y + 40)])
notes.para("Sources: NHS England, UK Health Security Agency, NHS Digital and the NHS Staff Survey 2025. SHMI is "
           "for the 12 months to December 2025. Patient safety incident figures are from our own reporting system.",
           size=7.5, lead=9.4, fam="Sans", style="I", color=GREY)
# lower half: two columns: CQC ratings (left), audit/research/deaths (right)
top = notes.y + 12
small_caps(36, top + 12, "What the CQC says about us", 11.5)
font("Serif", "", 9)
cq = Flow([(36, top + 18, 240, top + 60)])
cq.para("The Care Quality Commission last inspected our hospitals in October 2024 and published its report in "
        "February 2025. These are our ratings for the trust as a whole:", size=9)
y = cq.y + 6
for dom, rating, col in CQC:
    pdf.set_fill_color(*col)
    pdf.ellipse(38, y - 7, 8, 8, "F")
    line(52, y, [dom], fam="Sans", style="B", size=9.5, color=INK)
    line(130, y, rating.split(), fam="Sans", size=9.5, color=INK)
    y += 16
cqy = y
rf = Flow([(300, top, 245, H - 40)])
rf.heading("Clinical audit and research", size=11.5, before=0)
rf.para("We took part in 52 of the 54 national clinical audits that applied to our services (96%). The two we "
        "missed were the national audit of dementia, because of a change of lead, and the national audit of "
        "inpatient falls data for one month, which was submitted late.", size=9)
rf.para("4,102 patients took part in 163 research studies, including 38 studies led from Wyndmoor.", size=9)
rf.heading("Learning from deaths", size=11.5)
rf.para("1,912 patients died in our hospitals in 2025/26. Medical examiners reviewed every death, and 212 had a "
        "detailed case record review. Six deaths were judged more likely than not to have been avoidable; in "
        "each case we met the family and have changed how we work.", size=9)
rf.heading("Speaking up", size=11.5)
rf.para("Staff raised 186 concerns with our Freedom to Speak Up Guardians, and 67% of staff said they feel safe "
        "to speak up about anything that concerns them.", size=9)
assert cqy < H - 40

# ---------------------------------------------------------------------------------------- page 4
pdf.add_page()
furniture(4)
font("Sans", "B", 8.5, TEAL)
spaced_caps(36, 54, "Looking ahead")
font("Sans", "B", 20, NAVY)
line(36, 80, "Our priorities for 2026/27".split(), fam="Sans", style="B", size=20, color=NAVY)
c1 = Flow([(cx[0], 96, CW, 730)])
c1.para("We asked 1,460 patients, carers, staff and governors which areas mattered most to them, in an online "
        "survey and at 11 events in our hospitals and in the community. These are the priorities they chose.")
c1.heading("Shorter waits in A&E")
c1.para("Fewer than 2% of patients will spend more than 12 hours in our emergency departments, from about 6% "
        "in 2025/26. A new acute frailty unit next to the emergency department at Wyndmoor General will open in "
        "September 2026.")
c1.heading("Going home earlier in the day")
c1.para("This priority continues. We will discharge 33% of patients before midday by March 2027, and every ward "
        "will hold its board round before 9.30am.")
c1.heading("Safer care for people with a learning disability")
c1.para("We will flag every patient with a learning disability or autism on our electronic record, so that "
        "reasonable adjustments are made from the moment they arrive. Our target is that 90% of these patients "
        "have a hospital passport in use during their stay.")
c1.para("We will report progress on all three priorities to the Trust Board every quarter, and in next year's "
        "Quality Account.")
c2 = Flow([(cx[1], 96, CW, 730)])
c2.heading("What others say about us", size=11.5, before=0)
c2.para("\u201cPatients have told us the carers' passport made a real difference. We would like the trust to "
        "do more about waits in A&E, and we are pleased this is a priority for next year.\u201d",
        fam="Serif", style="I")
c2.para("Healthwatch Wyndmoor", fam="Sans", style="B", size=8.5, after=8)
c2.para("\u201cThe account gives a fair picture of the year. The ICB will continue to work with the trust on "
        "discharge, where progress has been slower than we all hoped.\u201d", fam="Serif", style="I")
c2.para("NHS Wyndmoor and Lunesdale Integrated Care Board", fam="Sans", style="B", size=8.5, after=8)
c2.para("\u201cGovernors took part in choosing every priority. We will keep asking how the changes feel to "
        "patients on the wards, not only what the numbers say.\u201d", fam="Serif", style="I")
c2.para("Council of Governors", fam="Sans", style="B", size=8.5, after=8)
c3 = Flow([(cx[2], 96, CW, 730)])
c3.heading("Tell us what you think", size=11.5, before=0)
c3.para("You can comment on this summary or on any of our services through our Patient Advice and Liaison "
        "Service (PALS), which is open from 9am to 4.30pm, Monday to Friday.")
c3.para("Telephone: 01632 960418", fam="Sans", size=8.5, after=1)
c3.para("Email: pals@wyndmoorhospitals.nhs.uk", fam="Sans", size=8.5, after=1)
c3.para("Post: PALS, Wyndmoor General Hospital, Brewery Lane, Wyndmoor WY4 2HT", fam="Sans", size=8.5, after=6)
c3.heading("Words we use", size=11.5, before=8)
for term, defn in [("CQC", "the Care Quality Commission, which inspects health and care services"),
                   ("Never event", "a serious incident that should never happen if national guidance is followed"),
                   ("SHMI", "a measure comparing the number of deaths with the number expected"),
                   ("VTE", "venous thromboembolism, a blood clot")]:
    c3.para(f"{term}: {defn}.", size=8.5, lead=10.6, after=2)
# the contact strip: one line squeezed to fit its box (word spaces cut to 40%)
pdf.set_fill_color(*NAVY)
pdf.rect(36, 742, 509, 40, "F")
line(46, 760, "Join our 11,200 public members and help shape our hospitals: wyndmoorhospitals.nhs.uk/members"
     .split(), fam="Sans", style="B", size=10, color=(255, 255, 255))
line(46, 774, "Other formats, including large print, easy read and audio, are available from PALS on 01632 960418, "
     "and interpreters for 140 languages.".split(), fam="Narrow", size=8.2, color=(255, 255, 255), squeeze=0.4)

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print(f"wrote {OUT.name}: {OUT.stat().st_size:,} bytes, {pdf.pages_count} pages")
