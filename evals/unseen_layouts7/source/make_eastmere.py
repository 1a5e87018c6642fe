"""Eastmere County Council, Adult Social Care and Health Scrutiny Committee, 10 March 2026, item 6: care market
sustainability. A long HTML report styled with CSS and printed to PDF by headless Chromium.

    python make_eastmere.py   # -> eastmere/eastmere-care-market-report.html, ../docs/eastmere-...pdf
"""
import html
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
HTML = HERE / "eastmere" / "eastmere-care-market-report.html"
OUT = HERE.parent / "docs" / "eastmere-cc-scrutiny-care-market-report-2026-03-10.pdf"

# ---------------------------------------------------------------- data (totals asserted)
# locality -> [(home, provider, type, registered, occupied, council fee, self-funder fee, CQC)]
HOMES = {
    "Eastmere City": [
        ("Abbotsgate House", "Kingfisher Care Group", "Nursing", 64, 59, 1142, 1495, "Good"),
        ("Bramber Court", "Bramber Court Ltd", "Residential", 38, 35, 868, 1120, "Good"),
        ("Cloister View", "Hallmark Vale Homes", "Nursing", 72, 61, 1160, 1540, "Requires improvement"),
        ("Dyers Lane", "Eastmere County Council", "Residential (dementia)", 30, 29, 905, 905, "Good"),
        ("Furnival Lodge", "Kingfisher Care Group", "Residential", 44, 40, 872, 1185, "Outstanding"),
        ("St Clement's", "St Clement's Trust", "Residential", 26, 24, 851, 1060, "Good"),
        ("Wharfside", "Cedarcroft Healthcare", "Nursing (dementia)", 58, 54, 1215, 1610, "Good"),
    ],
    "Saltmarsh Coast": [
        ("Beacon Rise", "Cedarcroft Healthcare", "Nursing", 60, 48, 1128, 1450, "Requires improvement"),
        ("Coastguard House", "Coastguard House Ltd", "Residential", 22, 21, 840, 990, "Good"),
        ("Dunlin Court", "Hallmark Vale Homes", "Residential (dementia)", 40, 37, 930, 1245, "Good"),
        ("Marram Lodge", "Marram Care LLP", "Residential", 31, 25, 846, 1035, "Inadequate"),
        ("Sandpiper Grange", "Kingfisher Care Group", "Nursing (dementia)", 66, 63, 1208, 1575, "Good"),
        ("Tidewater", "Tidewater Homes Ltd", "Residential", 28, 27, 858, 1090, "Good"),
    ],
    "Hobbwick Vale": [
        ("Ashcombe Manor", "Ashcombe Care Ltd", "Nursing", 52, 50, 1135, 1520, "Good"),
        ("Hobbwick Hall", "Hallmark Vale Homes", "Residential", 46, 41, 876, 1210, "Good"),
        ("Lantern Court", "Eastmere County Council", "Residential (dementia)", 32, 32, 905, 905, "Outstanding"),
        ("Millrace House", "Millrace Care Ltd", "Residential", 24, 20, 842, 1015, "Requires improvement"),
        ("Orchard Bank", "Cedarcroft Healthcare", "Nursing (dementia)", 62, 58, 1222, 1630, "Good"),
        ("Quarry Hill", "Quarry Hill Homes Ltd", "Residential", 35, 33, 861, 1105, "Good"),
    ],
    "Norland Fens": [
        ("Dykeside", "Fenland Care Partnership", "Residential", 29, 26, 838, 985, "Good"),
        ("Fenway House", "Kingfisher Care Group", "Nursing", 48, 44, 1131, 1460, "Good"),
        ("Lode Cottage", "Lode Cottage Ltd", "Residential", 18, 16, 830, 960, "Good"),
        ("Reedham Court", "Hallmark Vale Homes", "Nursing (dementia)", 54, 45, 1196, 1540, "Requires improvement"),
        ("Sluice Gate", "Fenland Care Partnership", "Residential (dementia)", 36, 34, 918, 1150, "Good"),
    ],
    "Kestrel Downs": [
        ("Chalkhill", "Chalkhill Care Ltd", "Residential", 33, 31, 864, 1140, "Good"),
        ("Downsview", "Cedarcroft Healthcare", "Nursing", 70, 66, 1150, 1565, "Good"),
        ("Harrier House", "Kingfisher Care Group", "Residential (dementia)", 42, 39, 925, 1260, "Outstanding"),
        ("Juniper Lodge", "Juniper Lodge Ltd", "Residential", 20, 19, 845, 1080, "Good"),
        ("Wrenfield", "Hallmark Vale Homes", "Nursing (dementia)", 56, 51, 1204, 1595, "Requires improvement"),
    ],
}
LOC_TOT = {loc: (sum(h[3] for h in hs), sum(h[4] for h in hs)) for loc, hs in HOMES.items()}
REG = sum(r for r, _ in LOC_TOT.values())
OCC = sum(o for _, o in LOC_TOT.values())
N_HOMES = sum(len(hs) for hs in HOMES.values())
assert N_HOMES == 29 and REG == 1236 and OCC == 1128, (N_HOMES, REG, OCC)
OCC_PCT = round(100 * OCC / REG, 1)
assert OCC_PCT == 91.3, OCC_PCT
assert LOC_TOT["Saltmarsh Coast"] == (247, 221)
RATINGS = {}
for hs in HOMES.values():
    for h in hs:
        RATINGS[h[7]] = RATINGS.get(h[7], 0) + 1
assert RATINGS == {"Good": 20, "Requires improvement": 5, "Outstanding": 3, "Inadequate": 1}, RATINGS

# home care: locality -> (hours commissioned per week, delivered, people waiting, of whom in hospital)
HOMECARE = {"Eastmere City": (9840, 9615, 14, 3), "Saltmarsh Coast": (5120, 4688, 37, 6),
            "Hobbwick Vale": (6310, 6142, 11, 1), "Norland Fens": (3980, 3511, 42, 8),
            "Kestrel Downs": (4450, 4380, 9, 2)}
HC_COMM = sum(v[0] for v in HOMECARE.values())
HC_DEL = sum(v[1] for v in HOMECARE.values())
HC_WAIT = sum(v[2] for v in HOMECARE.values())
HC_HOSP = sum(v[3] for v in HOMECARE.values())
assert (HC_COMM, HC_DEL, HC_WAIT, HC_HOSP) == (29700, 28336, 113, 20), (HC_COMM, HC_DEL, HC_WAIT, HC_HOSP)
HC_UNMET = HC_COMM - HC_DEL
assert HC_UNMET == 1364
BUDGET_M, PRESSURE_M = 214.6, 5.8
PROVIDERS = {}
for hs in HOMES.values():
    for h in hs:
        PROVIDERS[h[1]] = PROVIDERS.get(h[1], 0) + 1
assert sorted(PROVIDERS.values())[-2:] == [5, 5]  # Kingfisher Care Group and Hallmark Vale Homes: ten homes


def pct(a, b):
    return f"{100 * a / b:.1f}%"


e = html.escape
CSS = r"""
@page { size: A4; margin: 22mm 17mm 20mm 17mm;
  @top-left { content: "Eastmere County Council \2013  Adult Social Care and Health Scrutiny Committee";
              font: 8pt 'Liberation Sans'; color: #555; }
  @top-right { content: "10 March 2026 \2013  Item 6"; font: 8pt 'Liberation Sans'; color: #555; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; color: #555; }
}
@page wide { size: A4 landscape; margin: 18mm 15mm 16mm 15mm; }
@page :first { @top-left { content: none; } @top-right { content: none; } }
body { font: 10.5pt/1.45 'Liberation Sans', Arial, sans-serif; color: #1a1a1a; }
h1 { font-size: 19pt; color: #27496d; margin: 0 0 4mm; }
h2 { font-size: 13pt; color: #27496d; border-bottom: 1.5px solid #27496d; padding-bottom: 1mm; margin-top: 7mm; }
h3 { font-size: 11pt; margin: 4mm 0 1mm; }
.masthead { border-top: 6px solid #27496d; padding-top: 3mm; margin-bottom: 5mm; }
.masthead .org { font-size: 11pt; letter-spacing: 0.5px; text-transform: uppercase; color: #27496d; }
table.cover { border-collapse: collapse; width: 100%; margin-bottom: 5mm; }
table.cover th { text-align: left; width: 36%; background: #eef2f7; }
table.cover th, table.cover td { border: 1px solid #b9c4d0; padding: 1.5mm 2mm; vertical-align: top; }
aside.sidebar { float: right; width: 62mm; margin: 1mm 0 3mm 5mm; padding: 3mm 4mm; background: #fff6e0;
  border-left: 4px solid #e0a100; font-size: 9.5pt; }
aside.sidebar h4 { margin: 0 0 2mm; font-size: 10.5pt; }
aside.sidebar ul { margin: 0; padding-left: 4mm; }
.cols2 { column-count: 2; column-gap: 8mm; column-rule: 1px solid #c9d3de; }
.cols2 p { margin-top: 0; }
blockquote { margin: 0 0 3mm; padding-left: 3mm; border-left: 3px solid #27496d; font-style: italic; }
sup.fn { font-size: 7pt; line-height: 0; }
table.data { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin: 2mm 0 4mm; }
table.data th, table.data td { border: 1px solid #9fb0c2; padding: 1.2mm 1.8mm; }
table.data thead th { background: #27496d; color: white; }
table.data td.n { text-align: right; }
tr.total td { font-weight: bold; background: #eef2f7; }
section.wide { page: wide; }
section.wide table.data { font-size: 8.8pt; }
section.wide table.data tr { break-inside: avoid; }
section.wide table.data thead { display: table-header-group; }
ol.endnotes { font-size: 9pt; }
.rec li { margin-bottom: 1.5mm; }
"""


def p(t):
    return f"<p>{t}</p>"


def fn(n):
    return f'<sup class="fn">{n}</sup>'


parts = []
A = parts.append
A(f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Care market sustainability and home care
performance</title><style>{CSS}</style></head><body>
<div class="masthead"><div class="org">Eastmere County Council</div>
<div>Adult Social Care and Health Scrutiny Committee</div></div>
<h1>Care market sustainability and home care performance, 2025/26</h1>
<table class="cover">
<tr><th>Meeting</th><td>Adult Social Care and Health Scrutiny Committee</td></tr>
<tr><th>Date</th><td>Tuesday 10 March 2026</td></tr>
<tr><th>Agenda item</th><td>6</td></tr>
<tr><th>Report of</th><td>Helen Marchbank, Executive Director of Adult Social Care and Health</td></tr>
<tr><th>Cabinet member</th><td>Councillor Dev Anand-Roscoe, Cabinet Member for Adult Social Care</td></tr>
<tr><th>Report author</th><td>Owain Tellwright, Head of Commissioning (Older People), owain.tellwright@eastmere.gov.example</td></tr>
<tr><th>Electoral divisions affected</th><td>All</td></tr>
<tr><th>Classification</th><td>Open</td></tr>
</table>
<h2>1. Summary</h2>
<aside class="sidebar"><h4>At a glance (January 2026)</h4><ul>
<li>{N_HOMES} older people's care homes, {REG:,} beds</li>
<li>{OCC_PCT}% of beds occupied</li>
<li>{HC_COMM:,} home care hours commissioned a week</li>
<li>{HC_UNMET:,} hours a week not delivered</li>
<li>{HC_WAIT} people waiting for a home care package, {HC_HOSP} of them in hospital</li>
<li>Adult social care budget 2025/26: &pound;{BUDGET_M}m</li>
</ul></aside>
{p("This report gives the committee an update on the stability of the care market for older people in Eastmere: "
   "residential and nursing care homes, and home care. It follows the committee's request at its meeting on "
   "18 November 2025 for a fuller picture of the market after two home closures in 2025.")}
{p("Overall the market is stable but thin in two places. Care home occupancy has recovered to "
   f"{OCC_PCT}%{fn(1)}, close to where it was before the pandemic, and the supply of home care has grown by "
   "about 9% in a year. Pressures remain in Saltmarsh Coast and Norland Fens, where unmet home care hours are "
   "highest and recruitment is hardest, and in nursing care for people living with dementia, where vacancies "
   "are rare in every locality.")}
{p("The council expects to spend &pound;5.8m more than budgeted on care purchasing in 2025/26" + fn(2) +
   ", mainly because of the rise in the number of people funded in nursing care. The forecast is reported to "
   "Cabinet monthly.")}
<h2>2. Recommendations</h2>
<p>The committee is asked to:</p>
<ol class="rec" type="a">
<li>note the position of the care home and home care markets set out in this report;</li>
<li>comment on the proposed approach to the 2026/27 fee uplift in section 5; and</li>
<li>ask for a further report on the home care recruitment pilot in Norland Fens to its meeting in September 2026.</li>
</ol>
<h2>3. What people told us</h2>
<div class="cols2">
{p("Between October and December 2025 the council ran a survey of people who use home care and their carers, "
   "with Healthwatch Eastmere. There were 612 replies, and 71% said they were satisfied or very satisfied with "
   "their care. The most common complaint was late or shortened visits, raised by 184 people" + fn(3) + ".")}
{p("People in rural areas said that carers often have to travel between villages with no time allowed for "
   "the journey. Several said their visit times changed from week to week, which made it hard to plan "
   "appointments and family visits.")}
<blockquote>&ldquo;The carers are lovely but you never know if they're coming at eight or at eleven.&rdquo;
&ndash; a carer in Norland Fens</blockquote>
{p("Care home managers told us in a workshop on 4 December 2025 that agency nursing is their biggest cost "
   "pressure after wages. Eleven of the 29 homes used agency nurses every week in the autumn. Managers asked the "
   "council to pay fees on time and to agree the 2026/27 uplift before April, rather than in the summer as in "
   "2025.")}
{p("Providers also said that the council's brokerage team had improved: 83% of home care packages were placed "
   "within seven days of the request in January 2026, up from 64% a year earlier.")}
</div>
<h2>4. Home care</h2>
{p("Home care hours are commissioned from 23 providers on the council's framework. Table 1 shows the hours "
   "commissioned and delivered in a typical week in January 2026, and the people waiting for a package.")}
<table class="data"><thead><tr><th rowspan="2">Locality</th><th colspan="3">Hours a week (week beginning
12 January 2026)</th><th colspan="2">People waiting for a package</th></tr>
<tr><th>Commissioned</th><th>Delivered</th><th>% delivered</th><th>Total</th><th>of whom in hospital</th></tr>
</thead><tbody>
""")
for loc, (c, d, w, h) in HOMECARE.items():
    A(f'<tr><td>{loc}</td><td class="n">{c:,}</td><td class="n">{d:,}</td><td class="n">{pct(d, c)}</td>'
      f'<td class="n">{w}</td><td class="n">{h}</td></tr>')
A(f'<tr class="total"><td>Eastmere total</td><td class="n">{HC_COMM:,}</td><td class="n">{HC_DEL:,}</td>'
  f'<td class="n">{pct(HC_DEL, HC_COMM)}</td><td class="n">{HC_WAIT}</td><td class="n">{HC_HOSP}</td></tr>')
A("</tbody></table>")
A(p("Norland Fens delivered the lowest share of its commissioned hours. From April 2026 the council will pilot "
    "paying home care workers in Norland Fens for their travel time at the full hourly rate, at a cost of "
    "&pound;310,000 for the year" + fn(4) + ". The pilot will be run with two providers, Fenland Care "
    "Partnership and Brightways Home Support."))
A("<h2>5. Care home fees for 2026/27</h2>")
A(p("The council's usual weekly rates for 2025/26 are &pound;830 for residential care, &pound;895 for "
    "residential dementia care, &pound;1,120 for nursing care and &pound;1,185 for nursing dementia care, before "
    "any NHS-funded nursing care contribution. Many homes charge the council more than the usual rate, as the "
    "fee columns in Appendix A show."))
A(p("Officers propose an uplift of 6.2% for 2026/27, made up of the rise in the National Living Wage and an "
    "allowance for inflation on other costs. The uplift would cost about &pound;7.9m in a full year. A decision "
    "will be taken by the Cabinet Member in March 2026, after the committee's comments."))
A("<h2>6. Risks</h2>")
A(p("The main risks are: the closure of a further home at short notice, especially a nursing home; the "
    "financial health of the two largest providers, which between them run ten homes; and the "
    "continuing shortage of registered nurses. Marram Lodge was rated Inadequate by the Care Quality Commission "
    "in December 2025, and the council has suspended new placements there while the provider works through an "
    "improvement plan" + fn(5) + "."))
A("<h2>7. Background papers</h2>")
A(p("Market Sustainability and Improvement Fund plan 2025/26 (Cabinet, 15 July 2025); report to this committee, "
    "18 November 2025."))
A("<h2>Notes</h2><ol class=\"endnotes\">")
A(f"<li>Occupied beds as a share of registered beds in the {N_HOMES} homes in Appendix A on 31 January 2026. "
  "Beds closed for refurbishment are counted as registered.</li>")
A("<li>Forecast at month 10 (January 2026) against a care purchasing budget of &pound;142.3m, part of the adult "
  "social care budget of &pound;214.6m.</li>")
A("<li>Respondents could name more than one concern, so the figures add up to more than 612.</li>")
A("<li>Funded from the Market Sustainability and Improvement Fund for one year; continuation depends on an "
  "evaluation in early 2027.</li>")
A("<li>The inspection report was published on 9 January 2026. The home has 31 beds.</li>")
A("</ol>")
# Appendix: landscape table with rowspan localities, colspan groups, repeated thead
A('<section class="wide"><h2>Appendix A. Older people\'s care homes in Eastmere, 31 January 2026</h2>')
A('<table class="data"><thead><tr><th rowspan="2">Locality</th><th rowspan="2">Care home</th>'
  '<th rowspan="2">Provider</th><th rowspan="2">Type</th><th colspan="3">Beds</th>'
  '<th colspan="2">Average weekly fee (&pound;)</th><th rowspan="2">CQC rating</th></tr>'
  '<tr><th>Registered</th><th>Occupied</th><th>Vacant</th><th>Council-funded</th><th>Self-funded</th></tr>'
  '</thead><tbody>')
for loc, hs in HOMES.items():
    for i, h in enumerate(hs):
        first = f'<td rowspan="{len(hs) + 1}">{loc}</td>' if i == 0 else ""
        A(f"<tr>{first}<td>{e(h[0])}</td><td>{e(h[1])}</td><td>{h[2]}</td><td class=\"n\">{h[3]}</td>"
          f"<td class=\"n\">{h[4]}</td><td class=\"n\">{h[3] - h[4]}</td><td class=\"n\">{h[5]:,}</td>"
          f"<td class=\"n\">{h[6]:,}</td><td>{h[7]}</td></tr>")
    r, o = LOC_TOT[loc]
    A(f'<tr class="total"><td colspan="3">{loc} total</td><td class="n">{r}</td><td class="n">{o}</td>'
      f'<td class="n">{r - o}</td><td colspan="3"></td></tr>')
A(f'<tr class="total"><td colspan="4">Eastmere total ({N_HOMES} homes)</td><td class="n">{REG:,}</td>'
  f'<td class="n">{OCC:,}</td><td class="n">{REG - OCC}</td><td colspan="3"></td></tr>')
A("</tbody></table>")
A(p("Fees are the average actually paid in January 2026 and exclude the NHS-funded nursing care contribution. "
    "Homes run by Eastmere County Council charge self-funders the council rate."))
A("</section></body></html>")


def build():
    HTML.parent.mkdir(parents=True, exist_ok=True)
    HTML.write_text("\n".join(parts), encoding="utf-8")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={OUT}", HTML.as_uri()], check=True, capture_output=True, timeout=120)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
