"""Paper 3: Ashcombe Borough Council, Director of Public Health annual report 2025, to the Health and
Wellbeing Board (10 December 2025). Styled like a newsletter: a masthead, three threaded text columns,
a coloured sidebar with a pull quote and a key facts box (drawn before the main columns, as a DTP
layer), a table whose first column has cells spanning three rows (the merged cell's text is drawn after
the rows it spans, vertically centred), a projections table by year and age band, and a glossary."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import Doc, balanced  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "ashcombe-council-public-health-annual-report-2025.pdf"
PLUM = (102, 36, 98)
PINK = (246, 232, 244)
SAGE = (222, 236, 214)
GREEN = (52, 110, 60)
GREY = (90, 90, 90)
WHITE = (255, 255, 255)
W, H = 210, 297
M = 12
NP = 6

doc = Doc("P", "A4")
S = {
    "h": dict(family="Sans", style="B", size=10, lh=4.8, before=2.2, after=0.8, color=PLUM),
    "p": dict(family="Serif", style="", size=9.2, lh=4.1, before=0.3, after=1.8),
    "b": dict(family="Serif", style="", size=9.2, lh=4.1, before=0.2, after=1.0, indent=3.5,
              bullet="\u2022"),
    "n": dict(family="Serif", style="", size=9.2, lh=4.1, before=0.2, after=1.2, indent=0),
}


def page(section):
    doc.add_page()
    doc.box(0, 0, W, 16, fill=PLUM)
    doc.txt(M, 4, 120, 8, "Ashcombe Public Health Annual Report 2025", style="B", size=11, family="Sans",
            color=WHITE)
    doc.txt(W - M - 80, 4.5, 80, 7, section, align="R", style="I", size=9, family="Sans", color=WHITE)
    doc.set_draw_color(*PLUM)
    doc.line(M, H - 12, W - M, H - 12)
    doc.txt(M, H - 11, 120, 5, "Living well for longer | Ashcombe Borough Council", style="", size=7.5,
            family="Sans", color=GREY)
    doc.txt(W - M - 30, H - 11, 30, 5, f"{doc.page_no()}", align="R", style="B", size=8.5, color=PLUM)


def cols3(y, h, items, x0=M, width=W - 2 * M, gap=5):
    w = (width - 2 * gap) / 3
    frames = [(x0 + c * (w + gap), y, w, h) for c in range(3)]
    left, used = balanced(doc, items, frames, S)
    assert not left, left[:1]
    return y + used


def heading(y, text, size=16):
    doc.txt(M, y, W - 2 * M, 9, text, style="B", size=size, family="Sans", color=PLUM)
    doc.set_draw_color(*PLUM)
    doc.set_line_width(0.6)
    doc.line(M, y + 10, M + 40, y + 10)
    doc.set_line_width(0.2)
    return y + 13


def sidebar(x, y, w, h, blocks):
    doc.box(x, y, w, h, fill=PINK)
    yy = y + 5
    for kind, a, b in blocks:
        if kind == "quote":
            doc.txt(x + 4, yy - 2, 10, 12, "\u201c", style="B", size=34, family="Serif", color=PLUM)
            yy += 8
            yy = doc.para(x + 5, yy, w - 10, 5.2, a, style="I", size=11.5, family="Serif", color=PLUM)
            yy = doc.para(x + 5, yy + 2, w - 10, 4, b, style="B", size=8, family="Sans", color=GREY) + 6
        elif kind == "facts":
            top = yy
            doc.set_font("Sans", "", 8.6)
            n = sum(len(doc.split(w - 16, f)) for f in b)
            hh = 13 + n * 4 + len(b) * 2.4
            doc.box(x + 3, top, w - 6, hh, fill=PLUM)
            doc.txt(x + 6, top + 3, w - 12, 6, a, style="B", size=11, family="Sans", color=WHITE)
            yy = top + 12
            for f in b:
                doc.txt(x + 6, yy, 4, 4, "\u25A0", style="", size=6, family="Sans", color=(240, 190, 230))
                yy = doc.para(x + 10, yy, w - 16, 4, f, style="", size=8.6, family="Sans",
                              color=WHITE) + 2.4
            yy = top + hh + 6
        elif kind == "text":
            yy = doc.para(x + 5, yy, w - 10, 4.1, a, style=b or "", size=8.8, family="Sans",
                          color=(40, 40, 40)) + 2
        elif kind == "title":
            yy = doc.para(x + 5, yy, w - 10, 5.5, a, style="B", size=11, family="Sans", color=PLUM) + 1
    return yy


# ================================================================================================
# page 1: masthead, report details, sidebar, foreword in three columns
page("Report to the Health and Wellbeing Board")
SBX, SBW = 150, 48
# sidebar layer first
sidebar(SBX, 20, SBW, 265, [
    ("quote", "Too many of our older residents spend their last years in poor health. That is not "
              "inevitable, and it is not fair.", "Dr Helena Marchetti-Boyd, Director of Public Health"),
    ("facts", "Key facts", [
        "286,100 people live in Ashcombe in 2025",
        "1 in 5 residents is aged 65 or over",
        "8.9 years: the gap in men's life expectancy between Saltings Coast and Upper Wendle Valley",
        "1,310 emergency hospital admissions for falls among residents aged 65 and over in 2024/25",
        "12.4% of adults smoke, compared with 11.6% in England",
        "£17.8m public health grant in 2025/26",
    ]),
])
doc.txt(M, 21, 130, 14, "Living well for longer", style="B", size=24, family="Serif", color=PLUM)
doc.txt(M, 33, 130, 7, "Ageing in Ashcombe: the annual report of the Director of Public Health",
        style="I", size=10.5, family="Serif", color=GREY)
# report details box
details = [
    ("Report to", "Ashcombe Health and Wellbeing Board"),
    ("Meeting date", "Wednesday 10 December 2025, 2pm, Ashcombe Town Hall"),
    ("Agenda item", "8"),
    ("Report of", "Dr Helena Marchetti-Boyd, Director of Public Health"),
    ("Presented by", "Dr Helena Marchetti-Boyd, with Kwabena Osei-Fairweather, Consultant in Public Health"),
    ("Cabinet member", "Cllr Rajinder Sandhu-Wells, Cabinet Member for Health, Wellbeing and Adult Social "
                       "Care"),
    ("Purpose", "For endorsement. The report describes how the health of older residents is changing and "
                "makes five recommendations to the Board and its partners."),
    ("Recommendation", "That the Board endorses the report and its five recommendations (page 5) and asks "
                       "the Director of Public Health to report progress in December 2026."),
    ("Wards affected", "All wards"),
]
y = 43
doc.set_font("Sans", "", 8.3)
hh = 4 + sum(len(doc.split(97, v)) * 4 + 0.9 for _, v in details)
doc.box(M, y, 133, hh, fill=SAGE)
yy = y + 2.5
for lab, val in details:
    doc.txt(M + 2.5, yy, 30, 4, lab, style="B", size=8.3, family="Sans", color=GREEN)
    yy = doc.para(M + 33, yy, 97, 4, val, style="", size=8.3, family="Sans") + 0.9
doc.box(M, y, 133, hh, draw=GREEN, lw=0.4)
y = yy + 7
doc.txt(M, y, 130, 7, "Foreword", style="B", size=14, family="Serif", color=PLUM)
fore = [
    ("p", "Ashcombe is getting older. Over the next ten years the number of residents aged 85 and over "
          "will grow by almost half, while the number of children and working-age adults will fall "
          "slightly. That is a success story: more of us are living into our eighties and nineties than "
          "ever before."),
    ("p", "But a long life is not the same as a healthy one. On average, men in Ashcombe spend their last "
          "17.4 years in poor health and women their last 20 years. Where you live makes a large "
          "difference: a man in Saltings Coast can expect to die 8.9 years earlier than a man in Upper "
          "Wendle Valley, only eleven miles away."),
    ("p", "This report looks at what drives those differences, at what the council and its partners did "
          "in 2024/25 and at what we should do next. Much of the answer lies outside the NHS, in warm and "
          "safe homes, in staying active and in staying connected to other people."),
    ("p", "I am grateful to the residents of the Saltings Coast Men's Shed, the Ashcombe Connects "
          "volunteers and the staff of the council's public health intelligence team, led by Lucy "
          "Trenholme, who helped to prepare this report."),
    ("p", "Dr Helena Marchetti-Boyd, Director of Public Health, November 2025"),
]
cols3(y + 9, H - 16 - (y + 9), fore, width=133, gap=4)

# ================================================================================================
# page 2: our changing population, projections table
page("1. Our changing population")
y = heading(21, "1. Our changing population")
pop = [
    ("p", "Ashcombe has an estimated 286,100 residents in 2025. Council projections suggest the population "
          "will grow to 296,300 by 2035, an increase of 3.6%. The growth is almost entirely among older "
          "people."),
    ("p", "The number of residents aged 65 to 84 is projected to rise from 52,700 to 64,300 by 2035, an "
          "increase of 22%. The number aged 85 and over, the group most likely to need care, rises from "
          "8,300 to 12,100, an increase of 45.8%. Over the same period the number of children and young "
          "people aged under 18 falls by 4.8%."),
    ("h", "What this means for services"),
    ("p", "For every 100 residents of working age there are now 37 aged 65 or over. By 2035 there will be "
          "47. Fewer working-age adults will be available to work in health and care, and more older "
          "people will be providing unpaid care: the 2021 Census recorded 6,950 Ashcombe residents aged 65 "
          "and over who were unpaid carers."),
    ("p", "If the proportion of people aged 85 and over who live in care homes stays at today's level of "
          "13%, Ashcombe will need about 490 more care home places by 2035. Helping people to stay healthy "
          "and independent for longer is therefore not only better for residents, it is essential if "
          "services are to remain affordable."),
    ("h", "Where older residents live"),
    ("p", "Older residents are concentrated in Saltings Coast, where 29% of the population is aged 65 or "
          "over, and in Upper Wendle Valley (26%). Ashcombe Town Centre has the youngest population, with "
          "14% aged 65 or over."),
]
y = cols3(y, 112, pop) + 6
doc.txt(M, y, 186, 6, "Table 1: Projected population of Ashcombe by age band, 2025 to 2035", style="B",
        size=10.5, family="Sans", color=PLUM)
y += 8
PROJ = [
    ("Age band", "2025", "2030", "2035", "Change 2025 to 2035"),
    ("0-17", "58,900", "57,400", "56,100", "-4.8%"),
    ("18-64", "166,200", "165,100", "163,800", "-1.4%"),
    ("65-84", "52,700", "58,900", "64,300", "+22.0%"),
    ("85+", "8,300", "9,800", "12,100", "+45.8%"),
    ("All ages", "286,100", "291,200", "296,300", "+3.6%"),
]
pw = [50, 32, 32, 32, 40]
for k, r in enumerate(PROJ):
    x = M
    fill = PLUM if k == 0 else (PINK if k == len(PROJ) - 1 else (None if k % 2 else (248, 244, 248)))
    for c in range(5):
        doc.box(x, y, pw[c], 7.5, fill=fill, draw=(200, 180, 200))
        doc.txt(x + 2, y + 1.2, pw[c] - 4, 5, r[c], align="L" if c == 0 else "R",
                style="B" if k in (0, len(PROJ) - 1) else "", size=9, family="Sans",
                color=WHITE if k == 0 else None)
        x += pw[c]
    y += 7.5
doc.txt(M, y + 2, 186, 4, "Source: Ashcombe Borough Council population projections (2023-based), rounded to the "
        "nearest 100.", style="I", size=7.8, family="Sans", color=GREY)
y += 14
# a small bar chart beside a short text section
doc.txt(M, y, 60, 6, "Residents aged 85 and over", style="B", size=9.5, family="Sans", color=PLUM)
base = y + 62
for k, (yr, v) in enumerate((("2025", 8300), ("2030", 9800), ("2035", 12100))):
    bh = v / 12100 * 45
    bx = M + 4 + k * 19
    doc.box(bx, base - bh, 13, bh, fill=PLUM if k == 2 else (170, 120, 165))
    doc.txt(bx - 3, base - bh - 5.5, 19, 5, f"{v:,}", align="C", style="B", size=8.5, family="Sans")
    doc.txt(bx - 3, base + 1, 19, 5, yr, align="C", style="", size=8.5, family="Sans", color=GREY)
care = [
    ("h", "Living alone"),
    ("p", "At the 2021 Census 38% of Ashcombe residents aged 75 and over lived alone. For many that is a "
          "choice, but it also means that a fall or a sudden illness can go unnoticed for longer."),
    ("h", "Unpaid carers"),
    ("p", "Ashcombe Carers Together, the council's carers' support service, supported 2,480 unpaid carers "
          "in 2024/25, of whom 31% were themselves aged 65 or over. Carers were offered 1,900 hours of "
          "replacement care so that they could take a break."),
    ("h", "Working in care"),
    ("p", "About 4,100 people work in Ashcombe's care homes and home care agencies. The vacancy rate in "
          "adult social care was 8.7% in 2024/25, and one in three care workers is aged 55 or over."),
]
w2 = 186 - 66
fr = [(M + 66 + c * (w2 / 2 + 2.5), y, w2 / 2 - 2.5, H - 18 - y) for c in range(2)]
left, _ = balanced(doc, care, fr, S)
assert not left

# ================================================================================================
# page 3: where you live matters; table with row-spanning first column
page("2. Where you live matters")
y = heading(21, "2. Where you live matters")
place = [
    ("p", "Life expectancy in Ashcombe as a whole is close to the England average, but the borough average "
          "hides wide differences between its four localities (Table 2)."),
    ("p", "A man born in Saltings Coast can expect to live 74.9 years, 8.9 years fewer than a man born in "
          "Upper Wendle Valley (83.8 years). For women the gap is 5.8 years. Saltings Coast also has the "
          "highest rate of emergency admissions for falls among people aged 65 and over, at 2,690 per "
          "100,000, more than one and a half times the rate in Upper Wendle Valley."),
    ("p", "Healthy life expectancy, the number of years people can expect to live in good health, is 61.7 "
          "years for men and 62.9 years for women in Ashcombe. Both are below the state pension age, so "
          "many residents reach retirement already living with long-term conditions."),
    ("p", "The gap is driven by differences in income, housing and smoking. One in five adults in Saltings "
          "Coast smokes, and 18% of its homes have an energy efficiency rating of E or below, compared "
          "with 7% across the borough."),
]
y = cols3(y, 70, place) + 6
doc.txt(M, y, 186, 6, "Table 2: Life expectancy and falls admissions by locality", style="B", size=10.5,
        family="Sans", color=PLUM)
y += 8
tw = [40, 78, 26, 21, 21]
hdr = ["Locality", "Indicator", "Locality value", "Ashcombe", "England"]
x = M
for c, hd in enumerate(hdr):
    doc.box(x, y, tw[c], 8, fill=PLUM, draw=WHITE)
    doc.txt(x + 2, y + 1.5, tw[c] - 4, 5, hd, align="L" if c < 2 else "R", style="B", size=8.8,
            family="Sans", color=WHITE)
    x += tw[c]
y += 8
IND = ["Male life expectancy at birth (years)", "Female life expectancy at birth (years)",
       "Emergency falls admissions, 65+ (per 100,000)"]
BORO = [("79.1", "79.3"), ("82.9", "83.2"), ("2,150", "1,980")]
LOC = [
    ("Ashcombe Town Centre", ["76.8", "81.2", "2,410"]),
    ("Fellbridge and Rooke", ["80.4", "84.0", "1,980"]),
    ("Saltings Coast", ["74.9", "80.3", "2,690"]),
    ("Upper Wendle Valley", ["83.8", "86.1", "1,730"]),
]
RH = 7
for g, (name, vals) in enumerate(LOC):
    top = y
    shade = (248, 244, 248) if g % 2 else None
    for k in range(3):
        x = M + tw[0]
        cells = [IND[k], vals[k], BORO[k][0], BORO[k][1]]
        for c in range(4):
            doc.box(x, y, tw[c + 1], RH, fill=shade, draw=(200, 180, 200))
            doc.txt(x + 2, y + 1.2, tw[c + 1] - 4, 5, cells[c], align="L" if c == 0 else "R", style="",
                    size=8.6, family="Sans")
            x += tw[c + 1]
        y += RH
    # the merged first-column cell: drawn after the rows it spans, text vertically centred
    doc.box(M, top, tw[0], 3 * RH, fill=shade or WHITE, draw=(200, 180, 200))
    doc.txt(M + 2, top + 1.5 * RH - 2.5, tw[0] - 4, 5, name, style="B", size=8.6, family="Sans",
            color=PLUM)
doc.txt(M, y + 2, 186, 4, "Life expectancy 2021-23; falls admissions 2024/25, directly age-standardised. "
        "Sources: OHID Fingertips and Ashcombe public health intelligence.", style="I", size=7.8,
        family="Sans", color=GREY)
y += 10
more = [
    ("h", "Healthy life expectancy"),
    ("p", "Men in Ashcombe live on average 17.4 years in poor health and women 20.0 years. Reducing the "
          "time people spend in poor health, not only extending life, is the aim of the recommendations "
          "in this report."),
    ("h", "Localities"),
    ("p", "Ashcombe's four localities match the areas served by its four primary care networks. Locality "
          "profiles, with data for every ward, are published on the Ashcombe Joint Strategic Needs "
          "Assessment website."),
    ("h", "A note on the figures"),
    ("p", "Falls admission rates are age-standardised so that localities with older populations can be "
          "compared fairly. Life expectancy figures for small areas can change from year to year by "
          "chance, so they are pooled over three years."),
]
cols3(y, H - 16 - y, more)

# ================================================================================================
# page 4: falls, frailty and loneliness, with a case-study sidebar
page("3. Falls, frailty and loneliness")
sidebar(SBX, 20, SBW, 265, [
    ("title", "Case study: Saltings Coast Men's Shed", None),
    ("text", "The Men's Shed opened in a former lifeboat store in 2023 with a grant of £12,000 from the "
             "council's Healthy Communities Fund. It now has 46 members, the oldest aged 93, who repair "
             "furniture and bicycles for local families.", ""),
    ("text", "Members are offered a blood pressure check each month by a health and wellbeing coach from "
             "the local primary care network.", ""),
    ("quote", "I hadn't spoken to anyone for days at a time. Now I'm here three mornings a week.",
     "Derek, 81, Men's Shed member"),
])
y = heading(21, "3. Falls, frailty and loneliness")
falls = [
    ("h", "Falls"),
    ("p", "In 2024/25 there were 1,310 emergency hospital admissions for falls among Ashcombe residents "
          "aged 65 and over, including 298 for a broken hip. A hip fracture costs the NHS and social care "
          "about £14,200 in the first year, and around one in four older people who break a hip are living "
          "in a care home a year later."),
    ("p", "Strength and balance exercise reduces the risk of falling by about a quarter. The council's "
          "Steady Steps programme offers free 24-week classes in community venues; 1,140 residents took "
          "part in 2024/25, in 38 venues. Only 9% of participants lived in Saltings Coast (Table 3), although it has "
          "the highest falls rate."),
    ("h", "Frailty"),
    ("p", "An estimated 9,400 residents aged 65 and over are living with moderate or severe frailty. GP "
          "practices identify frailty using the electronic frailty index, and 61% of people identified as "
          "severely frail have had a structured medication review in the last year."),
    ("h", "Loneliness"),
    ("p", "In the 2025 Ashcombe Residents' Survey, 11% of residents aged 65 and over said they felt lonely "
          "often or always. Among those living alone the figure was 19%. Loneliness is linked to higher "
          "rates of heart disease, depression and dementia."),
    ("p", "Ashcombe Connects, the befriending service commissioned from Ashcombe Age Concern, matched 640 "
          "older people with volunteer befrienders in 2024/25. Referrals come from GP practices, social "
          "prescribers, the fire service's home safety visits and the residents themselves."),
    ("h", "Warm and safe homes"),
    ("p", "Cold, damp homes make falls, heart and lung disease worse. The Winter Warmth scheme made 2,300 "
          "home energy visits in 2024/25 and fitted 410 homes with insulation or heating improvements, "
          "funded by the council and the Better Care Fund."),
]
y = cols3(y, H - 18 - y, falls, width=133, gap=4) + 8
doc.txt(M, y, 133, 6, "Table 3: Steady Steps classes by locality, 2024/25", style="B", size=10.5,
        family="Sans", color=PLUM)
y += 8
STEPS = [
    ("Locality", "Venues", "Participants", "Share of participants", "Share of residents aged 65+"),
    ("Ashcombe Town Centre", "11", "352", "31%", "18%"),
    ("Fellbridge and Rooke", "12", "418", "37%", "27%"),
    ("Saltings Coast", "5", "103", "9%", "30%"),
    ("Upper Wendle Valley", "10", "267", "23%", "25%"),
    ("Ashcombe", "38", "1,140", "100%", "100%"),
]
sw = [41, 17, 23, 26, 26]
for k, r in enumerate(STEPS):
    doc.set_font("Sans", "B", 8.3)
    h = 13 if k == 0 else 6.5
    x = M
    for c in range(5):
        doc.box(x, y, sw[c], h, fill=PLUM if k == 0 else (PINK if k == len(STEPS) - 1 else None),
                draw=(200, 180, 200))
        ls = doc.split(sw[c] - 3, r[c]) if k == 0 else [r[c]]
        yy = y + (h - 4 * len(ls)) / 2
        for ln in ls:
            doc.txt(x + 1.5, yy, sw[c] - 3, 4, ln, align="L" if c == 0 else "R",
                    style="B" if k in (0, len(STEPS) - 1) else "", size=8.3, family="Sans",
                    color=WHITE if k == 0 else None)
            yy += 4
        x += sw[c]
    y += h
doc.para(M, y + 2, 133, 3.8, "Saltings Coast has 30% of the borough's residents aged 65 and over but only "
         "9% of Steady Steps participants, and the fewest venues.", style="I", size=8, family="Sans", color=GREY)

# ================================================================================================
# page 5: what we did, recommendations, implications
page("4. Our year and 5. Recommendations")
y = heading(21, "4. What we did in 2024/25")
did = [
    ("p", "Highlights of the public health programme in 2024/25:"),
    ("b", "Steady Steps strength and balance classes: 1,140 residents in 38 venues."),
    ("b", "NHS Health Checks: 9,870 checks for people aged 40 to 74, 14% more than in 2023/24."),
    ("b", "Stop smoking service: 1,215 people had quit at four weeks."),
    ("b", "Winter Warmth: 2,300 home energy visits and 410 homes improved."),
    ("b", "Ashcombe Connects befriending: 640 older people matched with volunteers."),
    ("b", "Flu vaccination: 78.4% of residents aged 65 and over vaccinated, above the 75% national "
          "ambition."),
]
y = cols3(y, 62, did)
y = heading(y + 5, "5. Recommendations")
recs = [
    ("n", "1. The Health and Wellbeing Board makes healthy ageing one of the three priorities of the "
          "refreshed Joint Local Health and Wellbeing Strategy from April 2026."),
    ("n", "2. The council and NHS Ashcombe and Tarrant Integrated Care Board extend Steady Steps so that "
          "classes run in every locality, with at least a quarter of places in Saltings Coast, by March "
          "2027."),
    ("n", "3. The council's housing service completes minor home adaptations for residents aged 65 and "
          "over within 28 days of assessment."),
    ("n", "4. A Saltings Coast healthy ageing partnership is set up, with £250,000 over two years from the "
          "public health reserve, led by residents and local voluntary groups."),
    ("n", "5. Every member organisation of the Board signs the Age-friendly Ashcombe charter by December "
          "2026."),
    ("h", "Implications and risks"),
    ("p", "Financial: the public health grant for 2025/26 is £17.8m. Recommendations 2 and 4 would cost "
          "£410,000 in 2026/27, to be met from the public health reserve, which stood at £2.3m on 31 March "
          "2025."),
    ("p", "Legal: the Director of Public Health must prepare an annual report on the health of the local "
          "population, and the council must publish it."),
    ("p", "Equality: the recommendations target the locality with the lowest life expectancy and will "
          "benefit older and disabled residents. An equality impact assessment will be completed for "
          "recommendation 4."),
    ("p", "Risk: if the growth in frailty is not slowed, demand for adult social care will rise faster "
          "than the council's budget. This is recorded on the corporate risk register as risk CR-11, "
          "owned by the Director of Adult Social Care, Graham Oyelaran."),
]
y = cols3(y, 120, recs) + 6
doc.txt(M, y, 186, 6, "Table 4: Progress on the recommendations of the 2024 annual report", style="B",
        size=10.5, family="Sans", color=PLUM)
y += 8
PROG = [
    ("2024 recommendation", "Status", "Progress to November 2025"),
    ("Offer NHS Health Checks in large workplaces", "Done", "Checks offered at 14 employers, including "
     "Ashcombe Borough Council and the Saltings Coast port"),
    ("Make all council play areas smoke-free", "Done", "All 52 play areas smoke-free since June 2025"),
    ("Extend Ashcombe Connects to Fellbridge and Rooke", "Done", "Service started in Fellbridge in "
     "February 2025"),
    ("Commission a healthy weight service for adults", "Delayed", "Procurement paused until the 2026/27 "
     "grant is confirmed"),
    ("Publish a Joint Strategic Needs Assessment chapter on older people", "Done", "Published in September "
     "2025"),
]
gw = [74, 22, 90]
for k, r in enumerate(PROG):
    doc.set_font("Sans", "B" if k == 0 else "", 8.5)
    ls = [doc.split(gw[c] - 4, r[c]) for c in range(3)]
    h = max(len(l) for l in ls) * 4 + 3
    x = M
    for c in range(3):
        fill = PLUM if k == 0 else ((255, 236, 200) if (c == 1 and r[1] == "Delayed") else
                                    (SAGE if c == 1 else None))
        doc.box(x, y, gw[c], h, fill=fill, draw=(200, 180, 200))
        yy = y + 1.5
        for ln in ls[c]:
            doc.txt(x + 2, yy, gw[c] - 4, 4, ln, style="B" if k == 0 else "", size=8.5, family="Sans",
                    color=WHITE if k == 0 else None)
            yy += 4
        x += gw[c]
    y += h

# ================================================================================================
# page 6: glossary, contacts
page("Glossary")
y = heading(21, "Glossary of acronyms")
GL = [
    ("ASC", "Adult social care"), ("BCF", "Better Care Fund, pooled NHS and council money"),
    ("COPD", "Chronic obstructive pulmonary disease"), ("CVD", "Cardiovascular disease"),
    ("DPH", "Director of Public Health"), ("eFI", "Electronic frailty index"),
    ("HLE", "Healthy life expectancy"), ("HWB", "Health and Wellbeing Board"),
    ("ICB", "Integrated care board"), ("JLHWS", "Joint Local Health and Wellbeing Strategy"),
    ("JSNA", "Joint Strategic Needs Assessment"), ("LE", "Life expectancy"),
    ("MECC", "Making Every Contact Count"), ("OHID", "Office for Health Improvement and Disparities"),
    ("ONS", "Office for National Statistics"), ("PCN", "Primary care network"),
    ("PHOF", "Public Health Outcomes Framework"), ("UKHSA", "UK Health Security Agency"), ("VCSE", "Voluntary, community and social enterprise sector"),
]
gl_items = [("n", f"{a}  {d}") for a, d in GL]
S["n"] = dict(S["n"])
y = cols3(y, 64, gl_items) + 10
doc.box(M, y, W - 2 * M, 36, fill=SAGE)
yy = doc.para(M + 5, y + 5, 176, 5, "About this report", style="B", size=11, family="Sans", color=GREEN)
for t in [
    "Report author: Lucy Trenholme, Public Health Intelligence Manager, with Kwabena Osei-Fairweather, "
    "Consultant in Public Health.",
    "Background papers: Ashcombe Joint Strategic Needs Assessment (older people chapter, 2025); Ashcombe "
    "Residents' Survey 2025; Director of Public Health annual report 2024.",
    "Large-print and easy-read versions are available from the public health team at Ashcombe Town Hall.",
]:
    yy = doc.para(M + 5, yy + 1, 176, 4.4, t, style="", size=9.2, family="Serif") + 1
assert doc.page_no() == NP
doc.output(str(OUT))
print("wrote", OUT)
