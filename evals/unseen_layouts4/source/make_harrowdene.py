"""Harrowdene Hospitals NHS Foundation Trust: integrated performance dashboard, month 9 2025/26.
matplotlib PdfPages, 4 landscape A4 pages: KPI tiles (big figure + caption, fig.text), charts with
data labels, axis labels, titles and legends, an ax.table per page, RAG words and a commentary box."""
import textwrap
from pathlib import Path
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.patches import FancyBboxPatch

OUT = Path(__file__).resolve().parent.parent / "docs" / "harrowdene-hospitals-performance-dashboard-2025-12.pdf"
plt.rcParams.update({"pdf.fonttype": 42, "font.family": "DejaVu Sans", "font.size": 9,
                     "axes.spines.top": False, "axes.spines.right": False})
NAVY, GREY = "#13365c", "#555555"
RAG = {"Red": "#c0392b", "Amber": "#d68910", "Green": "#1e8449"}
NPAGES = 4
MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def pct(a, b):
    return round(100 * a / b, 1)


# ---------------- data ----------------
SITES = [("Harrowdene General ED", 9412, 6485), ("St Aldhelm's ED", 6105, 4640),
         ("Kestle Road UTC", 5230, 4905)]
att = sum(s[1] for s in SITES)
w4 = sum(s[2] for s in SITES)
four_hr = pct(w4, att)
assert (att, w4, four_hr) == (20747, 16030, 77.3), (att, w4, four_hr)
FOURHR = [76.1, 77.8, 78.4, 78.0, 77.5, 76.2, 75.9, 74.6, four_hr]

SPEC52 = [("Trauma and orthopaedics", 412), ("ENT", 268), ("General surgery", 231),
          ("Gynaecology", 197), ("Ophthalmology", 144), ("Urology", 121), ("All other", 309)]
w52 = sum(n for _, n in SPEC52)
assert w52 == 1682
DIAG = [("MRI", 3210, 845), ("CT", 2480, 310), ("Non-obstetric ultrasound", 5960, 1020),
        ("Echocardiography", 1150, 402), ("Endoscopy", 1880, 611)]
dw = sum(d[1] for d in DIAG)
d6 = sum(d[2] for d in DIAG)
diag_pct = pct(d6, dw)
assert (dw, d6, diag_pct) == (14680, 3188, 21.7), (dw, d6, diag_pct)

TUM = [("Breast", 48, 42), ("Lower GI", 31, 17), ("Lung", 22, 14), ("Skin", 57, 49),
       ("Urology", 44, 24), ("Gynaecology", 18, 11), ("Other sites", 40, 29)]
tt = sum(t[1] for t in TUM)
t62 = sum(t[2] for t in TUM)
c62 = pct(t62, tt)
assert (tt, t62, c62) == (260, 186, 71.5), (tt, t62, c62)
FDS = [76.8, 78.1, 77.4, 79.0, 80.6, 78.9, 79.7, 80.2, 79.3]
D62 = [66.2, 67.5, 68.9, 67.1, 69.8, 70.4, 72.0, 70.9, c62]

AGENCY = [1.31, 1.27, 1.18, 1.22, 1.15, 1.24, 1.36, 1.39, 1.42]
CAP = 1.10
ytd_agency = round(sum(AGENCY), 2)
assert ytd_agency == 11.54, ytd_agency
assert round(ytd_agency - CAP * 9, 2) == 1.64
TRAIN = [("Medicine", "86%", "79%"), ("Surgery", "90%", "83%"), ("Women and children", "92%", "88%"),
         ("Clinical support", "94%", "85%"), ("Corporate", "95%", "91%")]


# ---------------- drawing helpers ----------------
def page(pdf, n, title, build):
    fig = plt.figure(figsize=(11.69, 8.27))
    fig.patches.append(FancyBboxPatch((0, 0.925), 1, 0.075, boxstyle="square,pad=0",
                                      transform=fig.transFigure, color=NAVY, zorder=0))
    fig.text(0.03, 0.958, "Harrowdene Hospitals NHS Foundation Trust", color="white", fontsize=13,
             weight="bold", va="center")
    fig.text(0.97, 0.958, "Integrated performance dashboard – Month 9 (December 2025)", color="white",
             fontsize=10, ha="right", va="center")
    fig.text(0.03, 0.895, title, color=NAVY, fontsize=15, weight="bold", va="center")
    build(fig)
    fig.text(0.03, 0.018, "Board of Directors (public) – 5 February 2026 – Item 8", fontsize=7.5, color=GREY)
    fig.text(0.97, 0.018, f"Page {n} of {NPAGES}", fontsize=7.5, color=GREY, ha="right")
    pdf.savefig(fig)
    plt.close(fig)


def tile(fig, i, big, caption, rag):
    x0, y0, w, h = 0.03 + i * 0.2375, 0.70, 0.2225, 0.155
    fig.patches.append(FancyBboxPatch((x0, y0), w, h, boxstyle="round,pad=0,rounding_size=0.01",
                                      transform=fig.transFigure, facecolor="#eef3f8", edgecolor="#9fb3c8"))
    fig.text(x0 + 0.012, y0 + h - 0.045, big, fontsize=22, weight="bold", color=NAVY, va="center")
    fig.text(x0 + 0.012, y0 + h - 0.085, "\n".join(textwrap.wrap(caption, 38)), fontsize=8, va="top",
             color="#222222")
    fig.text(x0 + w - 0.012, y0 + h - 0.045, rag, fontsize=10, weight="bold", color=RAG[rag], ha="right",
             va="center")


def commentary(fig, rect, head, text, width=70):
    ax = fig.add_axes(rect)
    ax.set_axis_off()
    ax.add_patch(FancyBboxPatch((0, 0), 1, 1, boxstyle="round,pad=0,rounding_size=0.02",
                                transform=ax.transAxes, facecolor="#fffbe8", edgecolor="#d6b656"))
    ax.text(0.03, 0.95, head, weight="bold", fontsize=9.5, va="top", transform=ax.transAxes)
    body = "\n\n".join("\n".join(textwrap.wrap(p, width)) for p in text)
    ax.text(0.03, 0.86, body, fontsize=8, va="top", transform=ax.transAxes, linespacing=1.3)


def small_table(fig, rect, title, cols, rows, widths):
    ax = fig.add_axes(rect)
    ax.set_axis_off()
    ax.set_title(title, fontsize=9.5, weight="bold", loc="left")
    t = ax.table(cellText=rows, colLabels=cols, loc="upper center", cellLoc="left", colLoc="left",
                 colWidths=widths)
    t.auto_set_font_size(False)
    t.set_fontsize(7.5)
    t.scale(1, 1.35)
    for (r, c), cell in t.get_celld().items():
        cell.set_edgecolor("#9fb3c8")
        if r == 0:
            cell.set_facecolor("#dbe5f0")
            cell.get_text().set_weight("bold")


# ---------------- pages ----------------
def p1(fig):
    tile(fig, 0, f"{four_hr}%", "of A&E patients admitted, transferred or discharged within 4 hours "
         "(national target 78% by March 2026)", "Amber")
    tile(fig, 1, "1,184", "patients spent more than 12 hours in A&E from arrival, December", "Red")
    tile(fig, 2, "41 min", "average ambulance handover time (standard 30 minutes)", "Red")
    tile(fig, 3, "94.1%", "of general and acute beds occupied (plan 92%)", "Amber")
    ax = fig.add_axes([0.06, 0.09, 0.50, 0.50])
    bars = ax.bar(MONTHS, FOURHR, color="#4a7db3", label="4-hour performance (all types)")
    ax.bar_label(bars, labels=[f"{v}%" for v in FOURHR], fontsize=8, padding=2)
    ax.axhline(78, color=RAG["Red"], ls="--", lw=1.2, label="Target 78%")
    ax.set_ylim(60, 85)
    ax.set_ylabel("% seen within 4 hours")
    ax.set_xlabel("Month (2025)")
    ax.set_title("A&E 4-hour performance, April to December 2025", fontsize=10, weight="bold", loc="left")
    ax.legend(loc="lower left", fontsize=8)
    small_table(fig, [0.62, 0.44, 0.35, 0.17], "Attendances by site, December 2025",
                ["Site", "Attendances", "Within 4 hours", "%"],
                [[s, f"{a:,}", f"{w:,}", f"{pct(w, a)}%"] for s, a, w in SITES] +
                [["Trust total", f"{att:,}", f"{w4:,}", f"{four_hr}%"]], [0.36, 0.21, 0.27, 0.16])
    commentary(fig, [0.62, 0.07, 0.35, 0.33], "Commentary", [
        "Performance fell in October and November as attendances rose with an early flu season, then "
        f"recovered to {four_hr}% in December, helped by the Kestle Road UTC, which saw 93.8% of its "
        "patients within 4 hours.",
        "Twelve-hour waits remain the main concern and are concentrated at Harrowdene General, where "
        "patients waiting for a mental health bed accounted for 212 of the 1,184 long waits. The "
        "trust has opened a 12-space same day emergency care unit and the acute medical unit's "
        "discharge lounge now opens at 7am. Executive lead: Dr Priyanka Dhillon, Chief Operating Officer.",
    ], width=62)


def p2(fig):
    tile(fig, 0, "58,412", "patients on the waiting list for planned hospital treatment (plan 56,900)", "Amber")
    tile(fig, 1, "61.4%", "waiting less than 18 weeks from referral (interim target 65% by March 2026)", "Amber")
    tile(fig, 2, "37", "patients waiting more than 65 weeks for treatment (target zero)", "Red")
    tile(fig, 3, f"{diag_pct}%", "of patients waiting more than 6 weeks for a diagnostic test (standard 5%)", "Red")
    ax = fig.add_axes([0.20, 0.09, 0.36, 0.50])
    names = [s for s, _ in SPEC52][::-1]
    vals = [n for _, n in SPEC52][::-1]
    bars = ax.barh(names, vals, color="#6c9bc9", label="Waiting over 52 weeks")
    ax.bar_label(bars, fontsize=8, padding=3)
    ax.set_xlabel("Number of patients")
    ax.set_xlim(0, 480)
    ax.set_title(f"Patients waiting over 52 weeks by specialty, December 2025 (total {w52:,})", fontsize=10,
                 weight="bold", loc="left", x=-0.35)
    ax.legend(loc="lower right", fontsize=8)
    small_table(fig, [0.62, 0.43, 0.35, 0.18], "Diagnostic waits by test (DM01), December 2025",
                ["Test", "Waiting", "Over 6 weeks", "% over 6 weeks"],
                [[n, f"{w:,}", f"{o:,}", f"{pct(o, w)}%"] for n, w, o in DIAG], [0.36, 0.16, 0.22, 0.28])
    commentary(fig, [0.62, 0.07, 0.35, 0.31], "Commentary", [
        "The waiting list grew by 640 in December, mainly in ENT and gynaecology. All 37 patients waiting "
        "over 65 weeks are in trauma and orthopaedics; 29 of them have a date for surgery before the end "
        "of February.",
        "Echocardiography is the most challenged test because two of the five physiologist posts are "
        "vacant. A mobile MRI scanner at St Aldhelm's from 12 January will add about 600 scans a month "
        "until the end of March. Executive lead: Dr Priyanka Dhillon, Chief Operating Officer.",
    ], width=62)


def p3(fig):
    tile(fig, 0, "79.3%", "told whether they have cancer within 28 days of urgent referral (target 80%)", "Amber")
    tile(fig, 1, f"{c62}%", "started treatment within 62 days of referral (interim target 75%)", "Red")
    tile(fig, 2, "94.2%", "treated within 31 days of the decision to treat (standard 96%)", "Amber")
    tile(fig, 3, "2,914", "urgent suspected cancer referrals received in December", "Green")
    ax = fig.add_axes([0.06, 0.09, 0.50, 0.50])
    l1, = ax.plot(MONTHS, FDS, marker="o", color="#2e6da4", label="28-day Faster Diagnosis Standard")
    l2, = ax.plot(MONTHS, D62, marker="s", color="#8e44ad", label="62-day referral to treatment")
    for x, y in zip(MONTHS, FDS):
        ax.annotate(f"{y}%", (x, y), textcoords="offset points", xytext=(0, 7), ha="center", fontsize=7.5)
    for x, y in zip(MONTHS, D62):
        ax.annotate(f"{y}%", (x, y), textcoords="offset points", xytext=(0, -13), ha="center", fontsize=7.5)
    ax.axhline(80, color="#2e6da4", ls=":", lw=1, label="FDS target 80%")
    ax.axhline(75, color="#8e44ad", ls=":", lw=1, label="62-day interim target 75%")
    ax.set_ylim(60, 86)
    ax.set_ylabel("% of patients")
    ax.set_xlabel("Month (2025)")
    ax.set_title("Cancer standards, April to December 2025", fontsize=10, weight="bold", loc="left")
    ax.legend(loc="lower right", fontsize=7.5)
    small_table(fig, [0.62, 0.40, 0.35, 0.21], "62-day performance by tumour site, December 2025",
                ["Tumour site", "Treated", "Within 62 days", "%"],
                [[n, str(a), str(b), f"{pct(b, a)}%"] for n, a, b in TUM] +
                [["All sites", str(tt), str(t62), f"{c62}%"]], [0.36, 0.18, 0.28, 0.18])
    commentary(fig, [0.62, 0.07, 0.35, 0.28], "Commentary", [
        "The Faster Diagnosis Standard met the 80% target in August and November but not in December, "
        "when the skin pathway was affected by leave over the holiday period.",
        "Lower GI and urology remain furthest from the 62-day standard. A straight-to-test pathway for "
        "prostate cancer starts in March, and the Vale Cancer Alliance has funded extra colonoscopy "
        "lists at Kestle Road. Executive lead: Mr Adebayo Lawson, Medical Director.",
    ], width=62)


def p4(fig):
    tile(fig, 0, "7.9%", "vacancy rate across all staff groups (target below 8%)", "Green")
    tile(fig, 1, "5.6%", "sickness absence in December (target 4.5%)", "Red")
    tile(fig, 2, "£1.42m", "spent on agency staff in December (monthly cap £1.10m)", "Red")
    tile(fig, 3, "£6.8m", "deficit for the year to date against a planned deficit of £5.9m", "Amber")
    ax = fig.add_axes([0.06, 0.09, 0.50, 0.50])
    bars = ax.bar(MONTHS, AGENCY, color="#c97b63", label="Agency spend (£m)")
    ax.bar_label(bars, labels=[f"£{v:.2f}m" for v in AGENCY], fontsize=7.5, padding=2)
    ax.axhline(CAP, color=NAVY, ls="--", lw=1.2, label="Monthly cap £1.10m")
    ax.set_ylim(0.8, 1.6)
    ax.set_ylabel("£ million")
    ax.set_xlabel("Month (2025)")
    ax.set_title("Agency staff spend by month, April to December 2025", fontsize=10, weight="bold", loc="left")
    ax.legend(loc="upper left", fontsize=8)
    small_table(fig, [0.62, 0.42, 0.35, 0.19], "Mandatory training and appraisal by division",
                ["Division", "Mandatory training", "Appraisal"],
                [list(r) for r in TRAIN], [0.42, 0.32, 0.26])
    commentary(fig, [0.62, 0.07, 0.35, 0.31], "Commentary", [
        f"Agency spend has been above the cap in every month this year, a total of £{ytd_agency:.2f}m "
        "for April to December, £1.64m more than the cap allows. Most of it is for medical cover in "
        "the emergency department and for registered mental health nurses to support patients waiting "
        "in A&E.",
        "The year-to-date deficit is £0.9m worse than plan. The trust still expects to meet its full-year "
        "plan of a £4.2m deficit, but this depends on £3.1m of savings in the last quarter. Sickness "
        "absence rose with flu and covid-19. Executive leads: Fiona Strachan, Chief People Officer, and "
        "Martin Okoye, Chief Finance Officer.",
    ], width=62)


with PdfPages(OUT, metadata={"Title": "Integrated performance dashboard – Month 9 2025/26",
                             "Author": "Harrowdene Hospitals NHS Foundation Trust",
                             "CreationDate": None}) as pdf:
    page(pdf, 1, "Urgent and emergency care", p1)
    page(pdf, 2, "Planned care and diagnostics", p2)
    page(pdf, 3, "Cancer", p3)
    page(pdf, 4, "Workforce and finance", p4)
print("wrote", OUT)
