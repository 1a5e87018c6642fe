"""Build ../docs/kingsmere-council-adults-committee-minutes-2026-02-04.html: minutes of an invented
council committee, published the way a committee-management website (moderngov-like) publishes them.
All people, places and figures are invented. Budget figures are computed below so they agree."""
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "docs" / "kingsmere-council-adults-committee-minutes-2026-02-04.html"

# ---- budget arithmetic (£m) -------------------------------------------------------------------
base = 104.8
growth, fees, other_infl = 7.4, 5.9, 0.4
savings = {"Expanding reablement to reduce long-term care": 1.8,
           "Technology-enabled care": 0.9,
           "Review of high-cost care packages": 2.1,
           "Redesign of in-house day services": 0.7,
           "Recovery of continuing healthcare contributions": 0.7}
sav = round(sum(savings.values()), 1)
net = round(base + growth + fees + other_infl - sav, 1)
income = {"client contributions": 21.4, "Better Care Fund and other health income": 11.8, "ring-fenced grants": 3.1}
gross = round(net + sum(income.values()), 1)
inc = round(net - base, 1)
pct = round(100 * inc / base, 1)
assert (sav, net, gross, inc, pct) == (6.2, 112.3, 148.6, 7.5, 7.2), (sav, net, gross, inc, pct)
hc_old, hc_new = 24.90, 26.45
res_old, res_new = 812, 859
hc_pct = round(100 * (hc_new / hc_old - 1), 1)
res_pct = round(100 * (res_new / res_old - 1), 1)
assert (hc_pct, res_pct) == (6.2, 5.8)
zones = {"North": 3900, "Central": 4100, "East": 3300, "Riverside": 2900}
zone_total = sum(zones.values())
assert zone_total == 14200
annual = 31.5
five_year = round(annual * 5, 1)

def m(x):
    return f"&pound;{x:.1f}m"

sav_items = "\n".join(f"          <li>{k} &ndash; {m(v)}</li>" for k, v in savings.items())
zone_rows = ", ".join(f"{k} ({v:,} hours)" for k, v in zones.items())

HTML = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Minutes: Adults Committee, Wednesday 4 February 2026 6.30 pm | Kingsmere Borough Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body {{ font-family: Arial, Helvetica, sans-serif; margin: 0; color: #1b1b1b; }}
  .site-header {{ background: #003a5d; color: #fff; padding: 12px 24px; }}
  .site-header a {{ color: #fff; }}
  nav.breadcrumb ol {{ list-style: none; display: flex; gap: 6px; }}
  .mgSectionTitle {{ font-size: 1.3em; border-bottom: 2px solid #003a5d; }}
  table.mgDecisions td, table.mgDecisions th {{ border: 1px solid #999; padding: 4px 8px; vertical-align: top; }}
  .mgFootnote {{ font-size: 0.85em; border-left: 3px solid #aaa; padding-left: 8px; }}
  /* content: "Adult social care budget 2026/27 approved"; (not visible text) */
</style>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{ dataLayer.push(arguments); }}
  gtag('js', new Date());
  gtag('config', 'G-KMR0042XYZ');
  var mgMsg = "Committee approved net budget of 999.9m and 57 savings schemes";
</script>
</head>
<body>
<div id="cookie-banner" class="cookie-banner">
  <p>We use cookies to make this website work and to understand how you use it. <a href="/cookies">Cookie settings</a> <button>Accept all cookies</button></p>
</div>
<header class="site-header">
  <a class="skip-link" href="#mgContent">Skip to main content</a>
  <div class="logo"><a href="https://www.kingsmere.gov.uk">Kingsmere Borough Council</a></div>
  <nav class="primary-nav" aria-label="Main">
    <ul>
      <li><a href="/mgCommitteeStructure.aspx">Committees</a></li>
      <li><a href="/mgCalendarMonthView.aspx">Meetings calendar</a></li>
      <li><a href="/mgMemberIndex.aspx">Your councillors</a></li>
      <li><a href="/mgDelegatedDecisions.aspx">Decisions</a></li>
      <li><a href="/mgPlansHome.aspx">Forward plans</a></li>
      <li><a href="/mgEPetitionListDisplay.aspx">Petitions</a></li>
      <li><a href="/ieDocSearch.aspx">Search documents</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a> &gt;</li>
    <li><a href="/mgCommitteeStructure.aspx">Committees</a> &gt;</li>
    <li><a href="/mgCommitteeDetails.aspx?ID=412">Adults Committee</a> &gt;</li>
    <li><a href="/ieListDocuments.aspx?CId=412&amp;MId=9087">Meeting 4 February 2026</a> &gt;</li>
    <li aria-current="page">Minutes</li>
  </ol>
</nav>
<div class="page-wrap">
<aside class="mgSideBar" aria-label="Meeting documents">
  <h2>Meeting documents</h2>
  <ul>
    <li><a href="/documents/g9087/Agenda.pdf">Agenda frontsheet (PDF, 212KB)</a></li>
    <li><a href="/documents/g9087/Reports.pdf">Reports pack (PDF, 3MB)</a></li>
    <li><a href="/documents/g9087/Printed%20minutes.pdf">Printed minutes (PDF, 180KB)</a></li>
    <li><a href="/documents/g9087/Public%20questions.pdf">Public questions and answers (PDF, 96KB)</a></li>
  </ul>
  <h2>Committee information</h2>
  <ul>
    <li><a href="/mgCommitteeMembers.aspx?ID=412">Membership</a></li>
    <li><a href="/mgCommitteeMeetings.aspx?ID=412">Past and future meetings</a></li>
    <li><a href="/mgRss.aspx?ID=412">RSS feed</a></li>
  </ul>
</aside>
<main id="mgContent">
<h1 class="mgMainTitle">Minutes</h1>
<p class="mgSubTitle">Adults Committee<br>Wednesday, 4th February, 2026 6.30&nbsp;pm</p>
<p><strong>Venue:</strong> Council Chamber, Kingsmere Civic Centre, Portland Square, Kingsmere KM1 2RE. <a href="/mgWebcast.aspx?MId=9087">View the webcast</a></p>
<p><strong>Contact:</strong> Mark Ellery, Principal Democratic Services Officer &ndash; 01632 960 418</p>

<h2 class="mgSectionTitle">Attendance</h2>
<div class="mgAttendance">
  <h3>Present</h3>
  <p>Councillor Helen Okafor (Chair), Councillor Martin Blaylock (Vice-Chair), Councillors Peter Ames (substitute), Priya Chandran, David Furness, Gwen Hallam, Tomasz Nowicki, Ruth Penberthy, Simon Quaye, Angela Rudd and Liam Sutcliffe.</p>
  <p>Co-opted member (non-voting): Dorothy Mensah, Healthwatch Kingsmere.</p>
  <h3>Apologies</h3>
  <p>Councillor Jean Whitlock.</p>
  <h3>Officers</h3>
  <ul>
    <li>Claire Donnelly &ndash; Director of Adult Social Care</li>
    <li>Rakesh Varma &ndash; Head of Finance (People Services)</li>
    <li>Joanne Treloar &ndash; Assistant Director, Commissioning and Market Development</li>
    <li>Siobhan Kerr &ndash; Head of Safeguarding and Quality</li>
    <li>Mark Ellery &ndash; Principal Democratic Services Officer</li>
  </ul>
</div>

<h2 class="mgSectionTitle">Items</h2>

<div class="mgItem" id="item38">
<h3>38. Apologies for absence and substitutions</h3>
<p>Apologies for absence were received from Councillor Jean Whitlock. Councillor Peter Ames attended as her substitute.</p>
</div>

<div class="mgItem" id="item39">
<h3>39. Declarations of interest</h3>
<p>Councillor Ruth Penberthy declared a non-pecuniary interest in item 43 (home care recommissioning) because a close family member receives home care from one of the council&rsquo;s current providers. She remained in the meeting and took part in the discussion and vote.</p>
<p>Councillor Simon Quaye declared an interest in item 44 (carers strategy refresh) as a trustee of Kingsmere Carers Centre. He left the chamber for that item and did not take part in the discussion or vote.</p>
</div>

<div class="mgItem" id="item40">
<h3>40. Minutes of the previous meeting</h3>
<p>The minutes of the meeting held on 3 December 2025 were agreed as a correct record and signed by the Chair, subject to one correction: in minute 31 the name of the extra care scheme should read &ldquo;Greyfriars Lodge&rdquo; and not &ldquo;Greyfield Lodge&rdquo;.</p>
</div>

<div class="mgItem" id="item41">
<h3>41. Public questions</h3>
<p>Two public questions had been received in line with the council&rsquo;s procedure rules. The full text of each question and the answer given is set out below.</p>
<details>
  <summary>Question 1 &ndash; Mr Alan Bristow: the future of Meadowside Day Centre</summary>
  <p><em>Question:</em> &ldquo;Local families have heard that Meadowside Day Centre will close in the summer. Can the Chair confirm whether the centre is closing and when families will be told?&rdquo;</p>
  <p><em>Answer from Councillor Okafor:</em> No decision has been taken to close Meadowside Day Centre or any other day centre. The budget includes a proposal to redesign the council&rsquo;s four in-house day services, and a public consultation on the options will run from 16 February to 10 May 2026. Every family using Meadowside will receive a letter and an invitation to a drop-in session before the consultation opens.</p>
  <p>Mr Bristow asked a supplementary question about transport. The Chair confirmed that transport to day services would be included in the consultation and that a written reply would be sent.</p>
</details>
<details>
  <summary>Question 2 &ndash; Ms Farida Hussain: waiting times for care assessments</summary>
  <p><em>Question:</em> &ldquo;How many people are currently waiting for a Care Act assessment, and how long are they waiting?&rdquo;</p>
  <p><em>Answer from Councillor Okafor:</em> At the end of December 2025, 412 people were waiting for a Care Act assessment, down from 538 at the end of September 2025. The median wait from referral to assessment was 23 days. Anyone whose needs are urgent is seen within two working days by the duty team.</p>
</details>
</div>

<div class="mgItem" id="item42">
<h3>42. Adult social care budget 2026/27</h3>
<p>Rakesh Varma, Head of Finance (People Services), introduced the report, which set out the proposed adult social care budget for 2026/27 for the committee to recommend to Cabinet and Full Council.</p>
<p>The proposed net budget was {m(net)}, an increase of {m(inc)} ({pct}%) on the restated 2025/26 net budget of {m(base)}<sup>1</sup>. The gross budget was {m(gross)}, with income of &pound;21.4m from client contributions, &pound;11.8m from the Better Care Fund and other health income, and &pound;3.1m of ring-fenced grants. The main cost pressures were demographic growth and rising complexity of need ({m(growth)}), fee uplifts for care providers, largely driven by the increase in the National Living Wage ({m(fees)}), and other inflation ({m(other_infl)}).</p>
<p>To balance the budget the directorate proposed savings of {m(sav)} across five schemes:</p>
<ol class="savings">
{sav_items}
</ol>
<p>Mr Varma explained that the 2% adult social care precept on council tax would raise about &pound;2.6m, which had already been allowed for in the council&rsquo;s overall funding position.</p>
<p>Proposed fee rates for 2026/27 were set out in appendix&nbsp;C. The standard home care hourly rate would rise from &pound;24.90 to &pound;26.45 ({hc_pct}%), and the standard weekly rate for residential care for older people would rise from &pound;{res_old} to &pound;{res_new} ({res_pct}%).</p>
<p>Members asked about the risk in the savings programme. Claire Donnelly, Director of Adult Social Care, said the review of high-cost care packages carried the most risk because it depended on recruiting three additional social workers, and that the reablement saving relied on the new reablement team being fully staffed by June 2026. Councillor Furness asked what would happen if savings were not achieved; the Director said any shortfall would first be met from the directorate&rsquo;s own risk reserve of &pound;1.5m.</p>
<p>Councillor Nowicki asked whether the day services redesign was a closure proposal by another name. The Director said the consultation would consider several options, including moving some sessions into community venues, and that no option assumed closing a centre without alternative provision.</p>
<p>Dorothy Mensah of Healthwatch Kingsmere asked for the equality impact assessments to be published alongside the consultation. The Chair agreed.</p>
<p>Councillor Blaylock moved an amendment to remove the day services saving; it was seconded by Councillor Rudd and lost (4 in favour, 7 against).</p>
<p><strong>RESOLVED:</strong></p>
<ol type="a" class="resolved">
  <li>That Cabinet be recommended to approve a net adult social care budget for 2026/27 of {m(net)}.</li>
  <li>That the savings programme of {m(sav)} set out in appendix&nbsp;B be noted, and that delivery be reported to the committee every quarter.</li>
  <li>That the fee rates for 2026/27 in appendix&nbsp;C be approved, including a standard home care rate of &pound;26.45 an hour.</li>
  <li>That the equality impact assessments be published with the day services consultation.</li>
</ol>
<p>(Voting on the substantive recommendations: 7 in favour, 3 against, 1 abstention.)</p>
<aside class="mgFootnote" role="note">
  <p><sup>1</sup> The 2025/26 budget has been restated to exclude &pound;0.6m for the sensory impairment team, which transferred to the Children and Families directorate on 1 October 2025.</p>
</aside>
</div>

<div class="mgItem" id="item43">
<h3>43. Home care recommissioning</h3>
<p>Joanne Treloar, Assistant Director, Commissioning and Market Development, presented the proposed model for recommissioning home care. The council currently buys about {zone_total:,} hours of home care a week from 38 providers under a framework that ends on 30 September 2026.</p>
<p>The proposed model would divide the borough into four zones, each with a lead provider responsible for picking up all new packages in its zone, supported by a small number of approved back-up providers. Based on current hours the zones would be: {zone_rows}.</p>
<p>The new contracts would start on 1 October 2026 and run for five years, with an option to extend for up to two more years. The estimated value was &pound;{annual}m a year, or &pound;{five_year}m over the first five years.</p>
<p>Councillor Penberthy welcomed the focus on continuity but asked how the council would prevent providers handing back packages in rural parts of the East zone. Ms Treloar said the specification included a rural travel-time payment and a requirement to cover the whole zone, with penalties for packages not picked up within 48 hours.</p>
<p>Councillor Hallam asked whether care workers would be paid for travel time. Ms Treloar confirmed that all lead providers would have to pay at least the Real Living Wage and pay for travel time between visits, and that this had been costed in the rate.</p>
<p><strong>RESOLVED:</strong></p>
<ol type="a" class="resolved">
  <li>That the four-zone lead provider model for home care be approved.</li>
  <li>That authority to award the contracts be delegated to the Director of Adult Social Care, in consultation with the Chair of the committee.</li>
  <li>That a report on the outcome of the tender be brought to the committee in July 2026.</li>
</ol>
<p>(Voting: unanimous.)</p>
</div>

<div class="mgItem" id="item44">
<h3>44. Carers strategy refresh 2026&ndash;2030</h3>
<p>Councillor Quaye left the chamber for this item.</p>
<p>The Director of Adult Social Care introduced the draft Kingsmere Carers Strategy 2026&ndash;2030, developed with carers, Kingsmere Carers Centre and NHS partners. According to the 2021 Census there are 19,870 unpaid carers in Kingsmere, of whom 6,140 provide 50 or more hours of care a week. Only about 4,300 carers are known to the council or the Carers Centre.</p>
<p>The draft strategy has four priorities:</p>
<ul class="priorities">
  <li>identifying carers earlier and recognising them, including through GP practices and pharmacies;</li>
  <li>making breaks easier to arrange, including a new flexible carers&rsquo; break grant;</li>
  <li>supporting young carers and young adult carers as they move into adulthood;</li>
  <li>helping carers stay in work or return to work.</li>
</ul>
<p>The budget for carers&rsquo; breaks in 2026/27 would be &pound;640,000, of which &pound;180,000 would fund the new flexible break grants of up to &pound;300 each.</p>
<p>Councillor Chandran asked how young carers would be involved. The Director said that the young carers&rsquo; forum had co-written the third priority and would be consulted through schools.</p>
<p><strong>RESOLVED:</strong> That the draft Carers Strategy 2026&ndash;2030 be endorsed for public consultation from 9 March to 19 April 2026, and that the final strategy be brought back to the committee for approval.</p>
<p>(Voting: unanimous of those present and voting.)</p>
</div>

<div class="mgItem" id="item45">
<h3>45. Work programme</h3>
<p>The committee noted its work programme. Members asked for a report on the backlog of Deprivation of Liberty Safeguards applications to be added to the meeting on 25 March 2026, and for Siobhan Kerr to attend to present it.</p>
<p><strong>RESOLVED:</strong> That the work programme be noted, with the addition of a report on Deprivation of Liberty Safeguards for 25 March 2026.</p>
</div>

<h2 class="mgSectionTitle">Summary of decisions</h2>
<table class="mgDecisions">
  <caption>Decisions taken at this meeting</caption>
  <thead>
    <tr><th scope="col">Minute</th><th scope="col">Subject</th><th scope="col">Decision</th><th scope="col">Vote</th></tr>
  </thead>
  <tbody>
    <tr><td rowspan="2">42</td><td>Adult social care budget 2026/27</td><td>Recommend a net budget of {m(net)} to Cabinet</td><td>7 for, 3 against, 1 abstention</td></tr>
    <tr><td>Fee rates 2026/27</td><td>Home care rate &pound;26.45 an hour; older people&rsquo;s residential care &pound;{res_new} a week</td><td>7 for, 3 against, 1 abstention</td></tr>
    <tr><td>43</td><td>Home care recommissioning</td><td>Four-zone lead provider model approved; award delegated to the Director</td><td>Unanimous</td></tr>
    <tr><td>44</td><td>Carers strategy refresh</td><td>Draft endorsed for consultation 9 March to 19 April 2026</td><td>Unanimous</td></tr>
    <tr><td>45</td><td>Work programme</td><td>DoLS backlog report added for 25 March 2026</td><td>Noted</td></tr>
  </tbody>
</table>

<h2 class="mgSectionTitle">Action log</h2>
<table class="mgDecisions mgActions">
  <thead>
    <tr><th>Ref</th><th>Action</th><th>Owner</th><th>Due</th></tr>
  </thead>
  <tbody>
    <tr><td>A42/1</td><td>Report savings delivery to the committee each quarter</td><td>Rakesh Varma</td><td>June 2026</td></tr>
    <tr><td>A42/2</td><td>Publish equality impact assessments with the day services consultation</td><td>Claire Donnelly</td><td>16 February 2026</td></tr>
    <tr><td>A41/1</td><td>Written reply to Mr Bristow on day centre transport</td><td>Joanne Treloar</td><td>18 February 2026</td></tr>
    <tr><td>A43/1</td><td>Report the outcome of the home care tender</td><td>Joanne Treloar</td><td>July 2026</td></tr>
    <tr><td>A45/1</td><td>Report on the Deprivation of Liberty Safeguards backlog</td><td>Siobhan Kerr</td><td>25 March 2026</td></tr>
  </tbody>
</table>

<h2 class="mgSectionTitle">Terms used in these minutes</h2>
<dl class="glossary">
  <dt>Reablement</dt>
  <dd>Short-term support, usually for up to six weeks, to help people regain skills and confidence at home after an illness or a hospital stay.</dd>
  <dt>Better Care Fund</dt>
  <dd>A pooled budget shared by the council and the NHS Kingsmere and Ashby Integrated Care Board to fund joined-up health and care services.</dd>
  <dt>Lead provider</dt>
  <dd>A home care agency that must accept every new package of care in its zone, subcontracting to approved back-up providers where it cannot.</dd>
  <dt>Deprivation of Liberty Safeguards (DoLS)</dt>
  <dd>Legal protections for people in care homes and hospitals who lack capacity to consent to arrangements that restrict their liberty.</dd>
</dl>

<p class="mgMeetingClose">The meeting ended at 8.52&nbsp;pm.</p>
<p class="mgMeetingClose">Chair: ____________________</p>
</main>
</div>
<footer class="site-footer">
  <ul>
    <li><a href="/accessibility">Accessibility statement</a></li>
    <li><a href="/privacy">Privacy notice</a></li>
    <li><a href="/cookies">Cookies</a></li>
    <li><a href="/contact">Contact democratic services</a></li>
  </ul>
  <p>&copy; Kingsmere Borough Council 2026. Civic Centre, Portland Square, Kingsmere KM1 2RE.</p>
  <p>Powered by Modern.Gov-style committee management software.</p>
</footer>
<script src="/SiteSpecific/js/mgSiteScripts.js"></script>
</body>
</html>
"""

OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(HTML, encoding="utf-8")
print("wrote", OUT)
