"""Build ../docs/tarnwick-hwb-year-in-numbers-2025-26.pdf: the public "year in numbers" summary of the
fictional Tarnwick Health and Wellbeing Board's annual report 2025/26, written as one HTML page with CSS
(source/tarnwick-year-in-numbers-2025-26.html) and printed to PDF by headless Chromium, as a council web
team prints a web report.

Layout: a coloured masthead; a chair's welcome; nine KPI cards in a CSS grid (big number, caption, change
line with an arrow character and a word); two inline SVG charts whose category labels, data labels,
axis ticks and average line label are SVG <text> elements; a two-column (CSS columns) section; a pull
quote; a small HTML table; a "what's next" list; a closing footer; and a running footer printed in the @page
margin boxes (@bottom-left title, @bottom-right "Page n of N"). Figures are worked out here and asserted. Run with /work/gen5venv/bin/python (standard
library only, plus pypdf for the page count) and chromium on the PATH."""
import html
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
HTML = HERE / "tarnwick-year-in-numbers-2025-26.html"
OUT = HERE.parent / "docs" / "tarnwick-hwb-year-in-numbers-2025-26.pdf"
E = html.escape

# ---------------------------------------------------------------- figures
# Physically active adults by locality, 2025/26: (locality, adults, % active)
LOC = [("Tarnwick Town", 38200, 61.4), ("Copsley", 21400, 58.0), ("Ravensgill", 17900, 52.7),
       ("Millcroft", 14600, 66.9), ("Oakenby", 12300, 70.2), ("Saltrigg", 16100, 49.5)]
AVG = round(sum(a * p for _, a, p in LOC) / sum(a for _, a, _ in LOC), 1)
assert AVG == 59.5, AVG
assert max(LOC, key=lambda r: r[2])[0] == "Oakenby" and min(LOC, key=lambda r: r[2])[0] == "Saltrigg"

# Social prescribing referrals by main reason, 2025/26 (% of referrals)
REFERRALS = 9870
REASONS = [("Loneliness and isolation", 29), ("Low mood and anxiety", 22), ("Money and debt", 18),
           ("Housing", 11), ("Physical activity and weight", 9), ("Long-term conditions", 7), ("Other", 4)]
assert sum(p for _, p in REASONS) == 100

# Smokefree Tarnwick
QUITS, QUIT_DATES = 1236, 2131
assert round(100 * QUITS / QUIT_DATES) == 58

# KPI cards: number, caption, arrow, change words
CARDS = [
    ("18,420", "NHS Health Checks completed for adults aged 40 to 74", "▲", "Up 12% on 2024/25"),
    (f"{QUITS:,}", "people quit smoking for four weeks or more with Smokefree Tarnwick", "▲", "Up 9% on 2024/25"),
    ("88.1%", "of children had both doses of the MMR vaccine by their fifth birthday", "▼",
     "Down 0.8 points on 2024/25"),
    (f"{REFERRALS:,}", "residents were supported by a social prescribing link worker", "▲", "Up 21% on 2024/25"),
    ("2,140", "older people joined strength and balance classes to prevent falls", "▲", "Up 18% on 2024/25"),
    ("412", "homes made warmer and cheaper to heat through Warm Homes Tarnwick", "●", "New this year"),
    ("£1.2m", "awarded in 96 community wellbeing grants to local groups", "▲", "Up £0.3m on 2024/25"),
    ("6,300", "children in 41 primary schools ran the Daily Mile", "▬", "Same as 2024/25"),
    ("3,480", "visits to the Safe Haven mental health crisis café in Tarnwick Town", "▲", "Up 6% on 2024/25"),
]

# Headline indicators: indicator, 2023/24, 2024/25, 2025/26, goal for 2027, direction
INDICATORS = [
    ("Adults who smoke", "14.9%", "13.8%", "12.6%", "10%", "Improving"),
    ("Year 6 children living with obesity", "24.1%", "24.6%", "23.9%", "21%", "Improving"),
    ("Physically active adults", "57.1%", "58.3%", f"{AVG}%", "62%", "Improving"),
    ("Healthy life expectancy, women (years)", "60.2", "59.8", "59.1", "62.0", "Worsening"),
    ("Alcohol-related hospital admissions per 100,000 people", "612", "598", "571", "520", "Improving"),
    ("Emergency admissions for falls, people aged 65 and over, per 100,000", "2,214", "2,187", "2,031",
     "1,900", "Improving"),
]


# ---------------------------------------------------------------- SVG charts
def bar_chart():
    w, h, left, bottom, top = 640, 300, 46, 250, 30
    plot_h = bottom - top
    ymax = 80
    bw, gap = 62, 36
    parts = [f'<svg class="chart" viewBox="0 0 {w} {h}" width="100%" role="img" '
             f'aria-label="Bar chart of physically active adults by locality">']
    for tick in range(0, ymax + 1, 20):
        y = bottom - plot_h * tick / ymax
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{w - 10}" y2="{y:.1f}" class="grid"/>')
        parts.append(f'<text x="{left - 8}" y="{y + 4:.1f}" class="tick" text-anchor="end">{tick}%</text>')
    for i, (name, _, pct) in enumerate(LOC):
        x = left + 22 + i * (bw + gap)
        y = bottom - plot_h * pct / ymax
        cls = "bar low" if pct < AVG else "bar"
        parts.append(f'<rect x="{x}" y="{y:.1f}" width="{bw}" height="{bottom - y:.1f}" class="{cls}"/>')
        parts.append(f'<text x="{x + bw / 2}" y="{y - 6:.1f}" class="dlabel" text-anchor="middle">{pct}%</text>')
        parts.append(f'<text x="{x + bw / 2}" y="{bottom + 18}" class="cat" text-anchor="middle">{E(name)}</text>')
    ya = bottom - plot_h * AVG / ymax
    parts.append(f'<line x1="{left}" y1="{ya:.1f}" x2="{w - 10}" y2="{ya:.1f}" class="avg"/>')
    parts.append(f'<text x="{w - 12}" y="{ya - 6:.1f}" class="avglabel" text-anchor="end">'
                 f'Tarnwick average {AVG}%</text>')
    parts.append(f'<line x1="{left}" y1="{bottom}" x2="{w - 10}" y2="{bottom}" class="axis"/>')
    parts.append("</svg>")
    return "\n".join(parts)


def hbar_chart():
    w, rowh, left = 640, 30, 210
    h = rowh * len(REASONS) + 16
    maxv = 35
    parts = [f'<svg class="chart" viewBox="0 0 {w} {h}" width="100%" role="img" '
             f'aria-label="Bar chart of reasons for social prescribing referrals">']
    for i, (name, pct) in enumerate(REASONS):
        y = 8 + i * rowh
        bw = (w - left - 60) * pct / maxv
        parts.append(f'<text x="{left - 10}" y="{y + 17}" class="cat" text-anchor="end">{E(name)}</text>')
        parts.append(f'<rect x="{left}" y="{y + 3}" width="{bw:.1f}" height="{rowh - 10}" class="hbar"/>')
        parts.append(f'<text x="{left + bw + 6:.1f}" y="{y + 17}" class="dlabel">{pct}%</text>')
    parts.append("</svg>")
    return "\n".join(parts)


CSS = """
@page { size: A4; margin: 12mm 12mm 18mm 12mm;
  @bottom-left { content: "Tarnwick Health and Wellbeing Board – Annual report 2025/26: our year in numbers";
                 font-family: "Liberation Sans", Arial, sans-serif; font-size: 8pt; color: #50606c; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages);
                  font-family: "Liberation Sans", Arial, sans-serif; font-size: 8pt; color: #50606c; } }
* { box-sizing: border-box; }
body { font-family: "Liberation Sans", Arial, "DejaVu Sans", sans-serif; color: #1d2b36; margin: 0;
       font-size: 10.5pt; line-height: 1.35; }
.masthead { background: #0b5c5a; color: #fff; padding: 16px 22px 18px; border-radius: 10px; display: flex;
            justify-content: space-between; align-items: flex-end; }
.masthead .org { font-size: 12pt; font-weight: bold; letter-spacing: 0.5px; }
.masthead h1 { font-size: 28pt; margin: 4px 0 2px; line-height: 1.05; }
.masthead .sub { font-size: 11pt; opacity: 0.9; }
.masthead .badge { text-align: right; font-size: 9pt; }
.masthead .badge b { display: block; font-size: 20pt; }
.welcome { margin: 14px 4px 10px; font-size: 11pt; }
.welcome .sig { font-size: 9.5pt; color: #50606c; }
h2 { color: #0b5c5a; font-size: 15pt; margin: 18px 0 8px; border-bottom: 3px solid #f2a900; padding-bottom: 3px; }
.cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 10px; }
.card { border-radius: 10px; padding: 12px 14px; background: #eef6f5; border-top: 6px solid #0b5c5a;
        break-inside: avoid; }
.card:nth-child(3n+2) { background: #fff6e0; border-top-color: #f2a900; }
.card:nth-child(3n) { background: #eef1fa; border-top-color: #3b5ba5; }
.card .num { font-size: 26pt; font-weight: bold; color: #0b5c5a; line-height: 1.1; }
.card .cap { font-size: 9.5pt; margin: 4px 0 8px; min-height: 36px; }
.card .chg { font-size: 9pt; font-weight: bold; color: #50606c; }
.card .chg .up { color: #1f7a3a; } .card .chg .down { color: #b42318; }
.chartbox { break-inside: avoid; border: 1px solid #d6dde2; border-radius: 8px; padding: 10px 14px 6px;
            margin-bottom: 12px; }
.chartbox h3 { margin: 0 0 4px; font-size: 11pt; }
.chartbox .note { font-size: 8.5pt; color: #50606c; margin: 2px 0 4px; }
svg .grid { stroke: #e3e8ec; stroke-width: 1; } svg .axis { stroke: #6b7a86; stroke-width: 1.2; }
svg .bar { fill: #0b5c5a; } svg .bar.low { fill: #7fb2b0; } svg .hbar { fill: #3b5ba5; }
svg .avg { stroke: #f2a900; stroke-width: 2; stroke-dasharray: 6 4; }
svg text { font-family: "Liberation Sans", Arial, sans-serif; }
svg .tick { font-size: 11px; fill: #6b7a86; } svg .cat { font-size: 12px; fill: #1d2b36; }
svg .dlabel { font-size: 13px; font-weight: bold; fill: #1d2b36; }
svg .avglabel { font-size: 12px; font-weight: bold; fill: #9a6a00; }
.twocol { column-count: 2; column-gap: 26px; }
.twocol h3 { color: #3b5ba5; font-size: 11.5pt; margin: 0 0 4px; break-after: avoid; }
.twocol p { margin: 0 0 9px; }
blockquote.pull { margin: 14px 30px; padding: 12px 20px; border-left: 8px solid #f2a900; background: #fff6e0;
                  font-size: 13.5pt; font-style: italic; color: #3d3000; break-inside: avoid; }
blockquote.pull cite { display: block; font-size: 9.5pt; font-style: normal; margin-top: 6px; color: #50606c; }
table.ind { border-collapse: collapse; width: 100%; font-size: 9.5pt; break-inside: avoid; }
table.ind caption { text-align: left; font-weight: bold; font-size: 11pt; margin-bottom: 4px; }
table.ind th { background: #0b5c5a; color: #fff; padding: 5px 6px; text-align: right; }
table.ind th:first-child, table.ind td:first-child { text-align: left; }
table.ind td { padding: 4px 6px; border-bottom: 1px solid #d6dde2; text-align: right; }
table.ind tr:nth-child(even) td { background: #f4f7f8; }
ul.next li { margin-bottom: 4px; }
.keep { break-inside: avoid; }
footer.page { margin-top: 16px; font-size: 8.5pt; color: #50606c; border-top: 1px solid #b9c4cb;
              padding-top: 5px; display: flex; justify-content: space-between; }
.about { font-size: 9pt; color: #50606c; margin-top: 10px; }
"""


def arrow_class(a):
    return {"▲": "up", "▼": "down"}.get(a, "")


def page():
    cards = "\n".join(
        f'<div class="card"><div class="num">{E(n)}</div><div class="cap">{E(c)}</div>'
        f'<div class="chg"><span class="{arrow_class(a)}">{a}</span> {E(w)}</div></div>'
        for n, c, a, w in CARDS)
    rows = "\n".join("<tr>" + "".join(f"<td>{E(v)}</td>" for v in r) + "</tr>" for r in INDICATORS)
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Tarnwick Health and Wellbeing Board – our year in numbers 2025/26</title>
<style>{CSS}</style></head>
<body>
<header class="masthead">
  <div><div class="org">Tarnwick Health and Wellbeing Board</div>
  <h1>Our year in numbers</h1>
  <div class="sub">Annual report 2025/26 – a summary for residents</div></div>
  <div class="badge">April 2025 to March 2026<b>2025/26</b>Published June 2026</div>
</header>

<section class="welcome">
<p>Welcome to our summary of the year. The Health and Wellbeing Board brings together Tarnwick Borough
Council, NHS Pellingham Integrated Care Board, Tarnwick General Hospital NHS Trust, Healthwatch Tarnwick and
Tarnwick Voluntary Action to improve health and reduce the gaps in health between our communities. These are
some of the things we achieved together in 2025/26, and where we still have work to do.</p>
<p class="sig">Councillor Imran Bashir, Chair of the Tarnwick Health and Wellbeing Board, and Dr Sunita
Greenhalgh, Director of Public Health</p>
</section>

<h2>2025/26 at a glance</h2>
<div class="cards">
{cards}
</div>

<div class="keep">
<h2>How active are we?</h2>
<div class="chartbox">
<h3>Adults who are physically active (150 minutes or more a week), by locality, 2025/26</h3>
<p class="note">Source: Tarnwick residents' lifestyle survey 2025 (4,812 adults). Lighter bars are below the
Tarnwick average.</p>
{bar_chart()}
</div>
</div>

<div class="chartbox">
<h3>Why people were referred to social prescribing, 2025/26</h3>
<p class="note">Main reason for referral, as a percentage of all {REFERRALS:,} people supported.</p>
{hbar_chart()}
</div>

<h2>What we did this year</h2>
<div class="twocol">
<h3>Starting well</h3>
<p>Family hubs opened in Copsley and Saltrigg in September 2025, so there are now four across the borough,
offering midwife clinics, health visiting, stay-and-play sessions and parenting support under one roof. Our
infant feeding team trained 64 volunteer peer supporters, and breastfeeding at 6 to 8 weeks rose to 47.3%.</p>
<p>Childhood vaccination remains a concern. Uptake of both MMR doses by age five fell to 88.1%, and the
school nursing team ran 19 catch-up clinics in the spring term.</p>
<h3>Living well</h3>
<p>Smokefree Tarnwick helped {QUITS:,} people to stop smoking: 58% of the {QUIT_DATES:,} people who set a
quit date were still smoke-free four weeks later. Free vapes were offered as a quit aid from July 2025.</p>
<p>The alcohol care team at Tarnwick General Hospital saw 1,104 patients, and alcohol-related admissions
fell for the third year running. Warm Homes Tarnwick fitted insulation, heat pumps or new boilers in 412
homes of people with a long-term health condition.</p>
<h3>Ageing well</h3>
<p>Strength and balance classes now run in 37 venues. Emergency admissions for falls among people aged 65
and over fell from 2,187 to 2,031 per 100,000. Fifty-eight businesses signed up to Dementia Friendly
Tarnwick, and the Ravensgill memory café opened in November 2025.</p>
</div>

<blockquote class="pull">“The link worker didn't just give me a leaflet – she came with me to the walking
group the first time. Six months on, I lead the Tuesday walk myself.”
<cite>Maureen, 68, Ravensgill, referred to social prescribing by her GP</cite></blockquote>

<div class="keep">
<h2>Our headline indicators</h2>
<table class="ind">
<caption>Progress against the goals in our Joint Health and Wellbeing Strategy 2022–2027</caption>
<thead><tr><th>Indicator</th><th>2023/24</th><th>2024/25</th><th>2025/26</th><th>Goal for 2027</th>
<th>Direction</th></tr></thead>
<tbody>
{rows}
</tbody></table>
</div>

<div class="keep">
<h2>What's next in 2026/27</h2>
<ul class="next">
<li>Open a fifth family hub, in Ravensgill, in spring 2027.</li>
<li>Extend Warm Homes Tarnwick to 600 more homes, with £2.6m from the council and the ICB.</li>
<li>Sign 20 local employers up to a Tarnwick Healthy Weight Declaration.</li>
<li>Consult residents on a new Joint Health and Wellbeing Strategy for 2027–2032 from October 2026.</li>
</ul>
<p class="about">The full annual report, with data sources and definitions, went to the Health and Wellbeing
Board on 9 July 2026. Large print and easy read versions are available: call 01632 960555.</p>
</div>
<footer class="page"><span>© Tarnwick Borough Council 2026 – Tarnwick Town Hall, Market Street, Tarnwick TK4 1AB</span>
<span>www.tarnwick.gov.uk/healthandwellbeing</span></footer>
</body></html>
"""


def main():
    HTML.write_text(page(), encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={OUT}", HTML.as_uri()], check=True, capture_output=True)
    from pypdf import PdfReader
    r = PdfReader(str(OUT))
    print(f"wrote {OUT.name}: {len(r.pages)} pages")


if __name__ == "__main__":
    main()
