"""Build docs/brackenfold-community-trust-virtual-wards-review-2026-03-26.docx.

A Word paper read as .docx directly. python-docx 1.2 makes the package (styles, A4 section, header and
footer, core properties) and the relationships for the hyperlink, the footnotes part and the comments
part; the body is then written as WordprocessingML by hand, because python-docx has no API for what real
trust papers carry: tracked changes (w:ins / w:del, including a deleted paragraph mark and an inserted
list item), comments, a floating text box (wps:txbx > w:txbxContent, with the VML fallback copy that Word
also writes), content controls (w:sdt at run, cell and block level: plain text, date, drop-down, a
data-bound title and one still showing its placeholder), a w:hyperlink, footnotes, a table with
vertically merged cells (w:vMerge) and a nested table, numbered paragraphs from numbering definitions,
words split over several runs (rsid churn, w:proofErr) and non-breaking hyphens (w:noBreakHyphen).

All figures are computed here and asserted, so the text, tables and key messages agree.
Run: /tmp/b6venv/bin/python make_brackenfold.py
"""
import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.shared import Cm, Pt, RGBColor
from lxml import etree

OUT = Path(__file__).resolve().parent.parent / "docs" / "brackenfold-community-trust-virtual-wards-review-2026-03-26.docx"

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "wp14": "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "w10": "urn:schemas-microsoft-com:office:word",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
}
NSDECL = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())
W = "{%s}" % NS["w"]

# ----------------------------------------------------------------------------------------------- figures
DAYS = 31 + 30 + 31 + 31 + 28                     # 1 October 2025 to 28 February 2026
# pathway: beds, admissions, average length of stay (days), readmitted within 30 days
VW = [("Frailty", 28, 699, 5.2, 66), ("Respiratory", 18, 556, 4.3, 40), ("Heart failure", 14, 244, 6.4, 28)]
vw_rows, tot_bd, tot_adm, tot_beds, tot_readm = [], 0, 0, 0, 0
for name, beds, adm, los, readm in VW:
    bd = adm * los
    occ = bd / (beds * DAYS)
    vw_rows.append((name, str(beds), f"{adm:,}", f"{los:.1f}", f"{occ:.0%}", f"{readm / adm:.1%}"))
    tot_bd += bd; tot_adm += adm; tot_beds += beds; tot_readm += readm
TOT_OCC = tot_bd / (tot_beds * DAYS)
vw_rows.append(("Total", str(tot_beds), f"{tot_adm:,}", f"{tot_bd / tot_adm:.1f}", f"{TOT_OCC:.0%}",
                f"{tot_readm / tot_adm:.1%}"))
assert tot_beds == 60 and f"{TOT_OCC:.0%}" == "84%", (tot_beds, TOT_OCC)
assert [r[4] for r in vw_rows[:3]] == ["86%", "88%", "74%"], vw_rows
assert vw_rows[1][5] == "7.2%" and tot_adm == 1499

# UCR two-hour performance: locality, team, referrals, seen within two hours
UCR = [("North", "Aldwick", 712, 583), ("North", "Stowford", 598, 479), ("South", "Harrowby", 834, 598),
       ("South", "Kelsey Cross", 641, 497), ("Central", "Brackenfold Town", 1130, 912)]
ucr_ref = sum(r[2] for r in UCR)
ucr_seen = sum(r[3] for r in UCR)
UCR_PCT = f"{ucr_seen / ucr_ref:.1%}"
assert ucr_ref == 3915 and UCR_PCT == "78.4%", (ucr_ref, ucr_seen / ucr_ref)
ucr_pcts = {t: f"{s / r:.1%}" for _, t, r, s in UCR}
assert ucr_pcts["Kelsey Cross"] == "77.5%" and ucr_pcts["Harrowby"] == "71.7%", ucr_pcts
REASONS = [("falls without serious injury", 31), ("worsening frailty or reduced mobility", 22),
           ("urinary or chest infections", 17), ("carer breakdown", 9)]
WTE, VAC = 148.6, 19.4
assert f"{VAC / WTE:.1%}" == "13.1%"
BUDGET, FORECAST = 5.8, 6.1
assert round(FORECAST - BUDGET, 1) == 0.3

# ----------------------------------------------------------------------------------------------- XML kit
REV = {"ins": 0}


def _id():
    REV["ins"] += 1
    return REV["ins"]


def rpr(b=False, i=False, sz=None, color=None, sup=False, style=None, u=False):
    x = ""
    if style:
        x += f'<w:rStyle w:val="{style}"/>'
    if b:
        x += "<w:b/><w:bCs/>"
    if i:
        x += "<w:i/><w:iCs/>"
    if color:
        x += f'<w:color w:val="{color}"/>'
    if sz:
        x += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    if u:
        x += '<w:u w:val="single"/>'
    if sup:
        x += '<w:vertAlign w:val="superscript"/>'
    return f"<w:rPr>{x}</w:rPr>" if x else ""


def R(text, rsid="00A3D1F2", **kw):
    """One run. '~' in the text becomes a non-breaking hyphen element (Word shows '-', no w:t char)."""
    parts = text.split("~")
    inner = ""
    for k, ptxt in enumerate(parts):
        if k:
            inner += "<w:noBreakHyphen/>"
        if ptxt:
            inner += f'<w:t xml:space="preserve">{escape(ptxt)}</w:t>'
    return f'<w:r w:rsidR="{rsid}">{rpr(**kw)}{inner}</w:r>'


def SPLIT(*pieces, **kw):
    """A word or phrase split over several runs with different rsids, as Word leaves text edited over
    several sessions; a w:proofErr pair sits round the split word."""
    rs = ["00B81C44", "00D27E90", "0061F3AB", "00C90A17"]
    out = '<w:proofErr w:type="spellStart"/>'
    for k, p in enumerate(pieces):
        out += R(p, rsid=rs[k % len(rs)], **kw)
        if k == 0:
            out += '<w:proofErr w:type="spellEnd"/>'
    return out


AUTH_EXEC = "Alasdair Quennell"
AUTH_PERF = "Priya Okafor"


def INS(runs, author=AUTH_EXEC, date="2026-03-17T14:22:00Z"):
    return f'<w:ins w:id="{_id() + 100}" w:author="{author}" w:date="{date}">{runs}</w:ins>'


def DEL(text, author=AUTH_EXEC, date="2026-03-17T14:20:00Z", **kw):
    return (f'<w:del w:id="{_id() + 100}" w:author="{author}" w:date="{date}"><w:r w:rsidDel="00E4410B">'
            f'{rpr(**kw)}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')


COMMENTS = []


def COMMENT(runs, author, initials, date, text):
    cid = len(COMMENTS)
    COMMENTS.append((cid, author, initials, date, text))
    return (f'<w:commentRangeStart w:id="{cid}"/>{runs}<w:commentRangeEnd w:id="{cid}"/>'
            f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>')


FOOTNOTES = []


def FOOTNOTE(text):
    FOOTNOTES.append(text)
    return (f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{len(FOOTNOTES)}"/></w:r>')


def P(runs, style=None, num=None, jc=None, after=None, before=None, keep=False, mark=None, ind=None):
    """num = (numId, ilvl); mark = 'del' / 'ins' to record the paragraph mark itself as a revision."""
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if keep:
        ppr += "<w:keepNext/>"
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if after is not None or before is not None:
        ppr += f'<w:spacing w:before="{before or 0}" w:after="{after if after is not None else 160}"/>'
    if ind:
        ppr += ind
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    if mark == "del":
        ppr += f'<w:rPr><w:del w:id="{_id() + 100}" w:author="{AUTH_EXEC}" w:date="2026-03-17T14:31:00Z"/></w:rPr>'
    elif mark == "ins":
        ppr += f'<w:rPr><w:ins w:id="{_id() + 100}" w:author="{AUTH_EXEC}" w:date="2026-03-17T14:33:00Z"/></w:rPr>'
    return f'<w:p w:rsidR="00A3D1F2" w:rsidRDefault="00A3D1F2">{"<w:pPr>" + ppr + "</w:pPr>" if ppr else ""}{runs}</w:p>'


def TC(content, w, shade=None, vmerge=None, span=None, valign=None):
    pr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont":
        pr += "<w:vMerge/>"
    if shade:
        pr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    if valign:
        pr += f'<w:vAlign w:val="{valign}"/>'
    if not content.rstrip().endswith("</w:p>"):
        content += P("")              # a cell must end with a paragraph (after a nested table too)
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>{content}</w:tc>"


def TR(cells, header=False, cant_split=True):
    pr = ""
    if cant_split:
        pr += "<w:cantSplit/>"
    if header:
        pr += "<w:tblHeader/>"
    return f'<w:tr w:rsidR="00A3D1F2">{"<w:trPr>" + pr + "</w:trPr>" if pr else ""}{cells}</w:tr>'


def TBL(widths, rows, style="TableGrid", borders=None, layout_fixed=True):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    pr = f'<w:tblStyle w:val="{style}"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
    if borders:
        pr += borders
    if layout_fixed:
        pr += '<w:tblLayout w:type="fixed"/>'
    pr += '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
    return f"<w:tbl><w:tblPr>{pr}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


def cellp(text, b=False, sz=20, jc=None, color=None):
    return P(R(text, b=b, sz=sz, color=color), after=40, jc=jc)


SDT_ID = {"n": 41870000}


def sdt_pr(alias, tag, kind, placeholder=False, binding=None):
    SDT_ID["n"] += 7311
    x = f'<w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{SDT_ID["n"]}"/>'
    if placeholder:
        x += '<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:showingPlcHdr/>'
    if binding:
        x += binding
    return f"<w:sdtPr>{x}{kind}</w:sdtPr>"


def SDT_RUN(alias, tag, text, kind="<w:text/>", placeholder=False, **kw):
    style = "PlaceholderText" if placeholder else None
    return (f"<w:sdt>{sdt_pr(alias, tag, kind, placeholder)}<w:sdtContent>"
            f"{R(text, style=style, **kw)}</w:sdtContent></w:sdt>")


NAVY, BLUE, PALE, GREY = "003087", "005EB8", "E8EDF7", "F2F2F2"

# ----------------------------------------------------------------------------------------------- content
TITLE = "Virtual wards and urgent community response: review of winter 2025/26"
AUTHOR = "Niamh Corrigan, Associate Director of Intermediate Care"
EXEC = "Dr Alasdair Quennell, Chief Operating Officer"
MEETING = "Trust Board (meeting in public)"
DATE_TXT = "26 March 2026"
NUM_H, NUM_P, NUM_REC = 10, 10, 11      # numIds: 10 = headings (lvl 0) and paragraphs (lvl 1); 11 = (a)


def H(text):
    return P(R(text, b=True, sz=26, color=NAVY), num=(NUM_H, 0), keep=True, before=240, after=120)


def NP(runs):
    return P(runs, num=(NUM_P, 1), after=140)


body = []

# --- masthead: trust name, then a block-level content control bound to the document title property
body.append(P(R("Brackenfold Community Healthcare", b=True, sz=28, color=BLUE), jc="right", after=0))
body.append(P(R("NHS Trust", b=True, sz=22, color=BLUE), jc="right", after=240))
binding = ('<w:dataBinding w:prefixMappings="xmlns:ns0=\'http://purl.org/dc/elements/1.1/\' '
           'xmlns:ns1=\'http://schemas.openxmlformats.org/package/2006/metadata/core-properties\' " '
           'w:xpath="/ns1:coreProperties[1]/ns0:title[1]" w:storeItemID="{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"/>')
body.append("<w:sdt>" + sdt_pr("Title", "", "<w:text/>", binding=binding) + "<w:sdtContent>"
            + P(R(TITLE, b=True, sz=36, color=NAVY), after=200) + "</w:sdtContent></w:sdt>")

# --- cover sheet: a two-column table; value cells hold content controls
LW, VW_ = 2600, 6426


def cover_row(label, value_xml, cell_sdt=None):
    lab = TC(cellp(label, b=True), LW, shade=PALE)
    if cell_sdt:   # a content control round the whole cell (w:tr > w:sdt > w:tc)
        alias, tag, kind = cell_sdt
        val = f"<w:sdt>{sdt_pr(alias, tag, kind)}<w:sdtContent>{TC(value_xml, VW_)}</w:sdtContent></w:sdt>"
    else:
        val = TC(value_xml, VW_)
    return TR(lab + val)


dd = ("<w:dropDownList>" + "".join(f'<w:listItem w:displayText="{x}" w:value="{x}"/>' for x in
                                   ["Approval", "Assurance", "Discussion", "Information"])
      + "</w:dropDownList>")
dd = dd.replace("<w:dropDownList>", '<w:dropDownList w:lastValue="Assurance"><w:listItem w:displayText="Choose an item." w:value=""/>')
date_kind = ('<w:date w:fullDate="2026-03-26T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/>'
             '<w:lid w:val="en-GB"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
rec_cover = (R("The Board is asked to note the review, support keeping all 60 virtual ward beds open in "
               "2026/27", sz=20)
             + INS(R(", approve the extension of the falls response car to the South locality", sz=20))
             + R(" and receive a further update in September 2026.", sz=20))
cover = TBL([LW, VW_], [
    cover_row("Meeting", P(SDT_RUN("Meeting", "MeetingName", MEETING, sz=20), after=40)),
    cover_row("Date of meeting", P(SDT_RUN("Meeting date", "MeetingDate", DATE_TXT, kind=date_kind, sz=20), after=40)),
    cover_row("Agenda item", cellp("12")),
    cover_row("Report title", P(SDT_RUN("Report title", "ReportTitle", TITLE, sz=20), after=40)),
    cover_row("Executive lead", P(SDT_RUN("Executive lead", "ExecLead", EXEC, sz=20), after=40)),
    cover_row("Report author", P(SDT_RUN("Author", "Author", AUTHOR, sz=20), after=40)),
    cover_row("Purpose", cellp("Assurance"), cell_sdt=("Purpose", "Purpose", dd)),
    cover_row("Previously considered by",
              P(SDT_RUN("Previously considered by", "PrevConsidered", "Click or tap here to enter text.",
                        placeholder=True, sz=20), after=40)),
    cover_row("Recommendation", P(rec_cover, after=40)),
    cover_row("Strategic objective", cellp("Deliver care closer to home and reduce avoidable hospital admissions")),
    cover_row("Board Assurance Framework", cellp("BAF 3 (capacity to meet urgent demand); BAF 5 (workforce supply)")),
])
body.append(cover)
body.append(P("", after=120))

# --- key messages text box, anchored to the first body paragraph (drawn floating at the right margin)
KEY = [
    ("Key messages", True),
    ("Virtual wards and the urgent community response (UCR) service kept an estimated 1,180 people out of "
     "hospital between October 2025 and February 2026.", False),
    (f"UCR saw {UCR_PCT} of urgent referrals within two hours, above the national standard, but the South "
     "locality fell short in January.", False),
    ("The ICB has agreed recurrent funding, so all 60 virtual ward beds stay open in 2026/27.", False),
    ("Nurse vacancies on the respiratory pathway remain the biggest risk to the service.", False),
]


def txbx_paras():
    out = ""
    for text, bold in KEY:
        out += P(R(text, b=bold, sz=24 if bold else 19, color=NAVY if bold else None), after=100)
    return out


EMU_W, EMU_H = 2286000, 3017520
textbox = f"""<w:r w:rsidR="00A3D1F2"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" wp14:anchorId="3A7F21C0" wp14:editId="5B92D1E4">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV>
<wp:extent cx="{EMU_W}" cy="{EMU_H}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Text Box 2"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>
<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="{EMU_W}" cy="{EMU_H}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="E8EDF7"/></a:solidFill>
<a:ln w="19050"><a:solidFill><a:srgbClr val="005EB8"/></a:solidFill><a:miter lim="800000"/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{txbx_paras()}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="Text Box 2" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:3.6pt;width:180pt;height:237.6pt;z-index:251659264;visibility:visible;mso-wrap-style:square;mso-position-horizontal:right;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" fillcolor="#e8edf7" strokecolor="#005eb8" strokeweight="1.5pt">
<v:textbox><w:txbxContent>{txbx_paras()}</w:txbxContent></v:textbox><w10:wrap type="square" anchorx="margin"/></v:shape>
</w:pict></mc:Fallback></mc:AlternateContent></w:r>"""

# 1. Purpose
body.append(H("Purpose"))
body.append(NP(textbox + R("This paper reviews how the virtual wards and the urgent community response service "
                           "performed over winter 2025/26 (October 2025 to February 2026), sets out what we "
                           "learned, and asks the Board to support the plan for 2026/27.")))
# 2. Background
body.append(H("Background"))
body.append(NP(R("The trust runs 60 virtual ward beds across three pathways: frailty, respiratory and heart "
                 "failure. Patients are cared for at home with remote monitoring and a daily clinical review by "
                 "a multidisciplinary team based at Kelsey Cross Health Centre.")))
body.append(NP(R("The urgent community response service provides a two-hour crisis response")
               + FOOTNOTE("The national standard is that at least 70% of urgent community response referrals "
                          "are seen within two hours of the referral being accepted.")
               + R(" for adults at risk of going into hospital, seven days a week from 8am to 10pm. Referrals "
                   "come from GPs, NHS 111, the ambulance service and care homes.")))
body.append(NP(R("Information for patients, including how to contact the virtual ward team out of hours, is "
                 "in the leaflet ")
               + '<w:hyperlink r:id="{LINK}" w:history="1">'
               + R("Virtual wards: a guide for patients and carers", rsid="00F1E6D2", style="Hyperlink",
                   color="0563C1", u=True)
               + "</w:hyperlink>"
               + R(" on the trust website. It is also available in Polish, Urdu and easy read.")))
# 3. Virtual ward activity
body.append(H("Virtual ward activity and outcomes"))
# the comment covers the whole sentence, so its reference mark comes after the footnote reference (LibreOffice
# 7.4 drops every footnote's text when a comment mark precedes a footnote mark in the same paragraph)
occ_sentence = COMMENT(R("Between 1 October 2025 and 28 February 2026 the virtual wards admitted "
                         f"{tot_adm:,} patients. Occupancy averaged ")
                       + DEL("81%", author=AUTH_PERF, date="2026-03-16T09:05:00Z")
                       + INS(R("84%"), author=AUTH_PERF, date="2026-03-16T09:05:00Z")
                       + R(" across the winter, against a planned 80%")
                       + FOOTNOTE("Occupancy is the number of bed days used divided by the number of bed days "
                                  "available. The 80% plan is the level the ICB funded for 2025/26.")
                       + R(", and peaked at 97% in the first week of January."),
                       AUTH_PERF, "PO", "2026-03-16T09:07:00Z",
                       "Updated from the validated February sitrep - please check Table 1 agrees.")
body.append(NP(occ_sentence))
body.append(P(R("Table 1: Virtual ward activity by pathway, 1 October 2025 to 28 February 2026", b=True, sz=20),
              keep=True, after=80))
w1 = [1700, 900, 1450, 1700, 1400, 1876]
hdr = ["Pathway", "Beds", "Admissions", "Average length of stay (days)", "Occupancy", "Readmitted within 30 days"]
rows = [TR("".join(TC(cellp(h, b=True, color="FFFFFF"), w, shade=BLUE) for h, w in zip(hdr, w1)), header=True)]
for k, r in enumerate(vw_rows):
    last = k == len(vw_rows) - 1
    rows.append(TR("".join(TC(cellp(v, b=last, jc=None if j == 0 else "right"), w, shade=GREY if last else None)
                           for j, (v, w) in enumerate(zip(r, w1)))))
body.append(TBL(w1, rows))
body.append(P("", after=60))
body.append(NP(R("The frailty pathway was the busiest, and most of its patients were referred by GPs and care "
                 "homes. Respiratory patients had the shortest stays; many were stepped down from Brackenfold "
                 "General Hospital two or three days earlier than they would otherwise have gone home.")))
body.append(NP(R("Of the 612 patients and carers who answered the Friends and Family Test, 91% rated the virtual "
                 "ward service good or very good.")))
body.append(NP(DEL("The heart failure pathway will close at the end of March 2026 because of low referral numbers. ")
               + INS(R("Referrals to the heart failure pathway fell in February. The community cardiology team will "
                       "review the referral criteria with the hospital heart failure nurses by the end of May 2026."))))
# 4. UCR
body.append(H("Urgent community response"))
body.append(NP(R(f"The service received {ucr_ref:,} two-hour referrals between October and February and saw "
                 f"{ucr_seen:,} of them ({UCR_PCT}) within two hours. Table 2 shows performance by locality and team.")))
body.append(P(R("Table 2: Urgent community response two-hour performance by locality and team, October 2025 to "
                "February 2026", b=True, sz=20), keep=True, after=80))
w2 = [1700, 2326, 1600, 1800, 1600]
hdr2 = ["Locality", "Team", "Referrals", "Seen within 2 hours", "% within 2 hours"]
rows = [TR("".join(TC(cellp(h, b=True, color="FFFFFF"), w, shade=BLUE) for h, w in zip(hdr2, w2)), header=True)]
prev = None
for loc, team, ref, seen in UCR:
    first = loc != prev
    prev = loc
    cells = TC(cellp(loc if first else ""), w2[0], vmerge="restart" if first else "cont", valign="center")
    cells += TC(cellp(team), w2[1]) + TC(cellp(f"{ref:,}", jc="right"), w2[2])
    cells += TC(cellp(f"{seen:,}", jc="right"), w2[3]) + TC(cellp(f"{seen / ref:.1%}", jc="right"), w2[4])
    rows.append(TR(cells))
rows.append(TR(TC(cellp("Trust total", b=True), w2[0] + w2[1], span=2, shade=GREY)
               + TC(cellp(f"{ucr_ref:,}", b=True, jc="right"), w2[2], shade=GREY)
               + TC(cellp(f"{ucr_seen:,}", b=True, jc="right"), w2[3], shade=GREY)
               + TC(cellp(UCR_PCT, b=True, jc="right"), w2[4], shade=GREY)))
body.append(TBL(w2, rows))
body.append(P("", after=60))
body.append(NP(COMMENT(R("Performance fell below the standard in the South locality in January (64.8%), when "
                         "sickness in the Harrowby team coincided with the heaviest snowfall for eight years."),
                       AUTH_EXEC, "AQ", "2026-03-17T14:40:00Z",
                       "Can we say how many shifts were covered? Happy to leave as is if not known.")
               + R(" Staff from the Brackenfold Town team covered Harrowby's evening shifts for three weeks.")))
body.append(NP(R("The most common reasons for a two-hour response were "
                 + ", ".join(f"{r} ({p}%)" for r, p in REASONS[:-1])
                 + f" and {REASONS[-1][0]} ({REASONS[-1][1]}%).")))
body.append(NP(R("Since 5 January 2026 the falls response car, staffed by a UCR nurse and a paramedic from the "
                 "ambulance trust, has picked up non-injury falls from the 999 queue in the North locality. It "
                 "attended 286 falls in its first eight weeks, and 82% of those patients were able to stay at home.")))
# 5. Workforce
body.append(H("Workforce"))
body.append(NP(R(f"The combined service has {WTE} whole-time equivalent (WTE) posts. At the end of February "
                 f"{VAC} WTE were ")
               + SPLIT("vac", "ant")
               + R(f" ({VAC / WTE:.1%}), most of them band 5 and band 6 nurses on the respiratory pathway. "
                   "Agency spend over the five months was £412,000.")))
body.append(NP(R("International ")
               + SPLIT("recruit", "ment")
               + R(" will bring eight nurses into the service between April and July 2026. We are also training "
                   "12 healthcare support workers as assistant practitioners with Brackenfold College; the first "
                   "cohort completes in September 2026.")))
body.append(NP(R("Flu vaccination uptake among the service's frontline staff was 61% and COVID~19 booster uptake "
                 "was 38%, both below the trust average.")))
# 6. Finance
body.append(H("Finance"))
body.append(NP(R(f"The service's budget for 2025/26 is £{BUDGET}m. We forecast spending £{FORECAST}m, an overspend "
                 f"of £{FORECAST - BUDGET:.1f}m caused mainly by agency cover for nurse vacancies.")))
body.append(NP(DEL("Funding beyond March 2026 has not yet been agreed with the ICB. ")
               + INS(R("On 12 March 2026 the ICB confirmed recurrent funding of £5.6m a year from 2026/27, which "
                       "keeps all 60 virtual ward beds open."))))
# 7. Plans for 2026/27
body.append(H("Plans for 2026/27"))
body.append(NP(R("From May 2026 the respiratory pathway will take referrals directly from the ambulance service's "
                 "clinical hub, so that crews can leave patients at home with monitoring instead of conveying them "
                 "to the emergency department.")))
body.append(NP(R("We have bid to the ICB's winter fund for eight more frailty beds in the South locality from "
                 "October 2026. If the bid succeeds the service will have 68 beds next winter.")))
body.append(NP(R("Remote monitoring will move to a new platform before the current contract ends in October 2026. "
                 "Patients already on the wards will keep their equipment until they are discharged.")))
# 8. Risks: Table 3 with a nested table in the mitigations cell
body.append(H("Risks"))
body.append(NP(R("Table 3 sets out the main risks to the service and the actions in place. All three are on the "
                 "Intermediate Care risk register and are reviewed monthly.")))
body.append(P(R("Table 3: Main risks and mitigations", b=True, sz=20), keep=True, after=80))
w3 = [2500, 1500, 5026]
nw = [2200, 1826, 900]
RISKS = [
    ("Nurse vacancies on the respiratory pathway mean we cannot safely staff all 18 respiratory beds",
     "16 (4 × 4)",
     [("International recruitment of eight nurses", "Erin Marlowe, Head of Nursing, Intermediate Care", "July 2026"),
      ("Bank incentive for weekend shifts", "Tomasz Wielgosz, Workforce Business Partner", "April 2026")]),
    ("The remote monitoring contract ends in October 2026",
     "12 (3 × 4)",
     [("Procure a new remote monitoring platform", "Leila Haddad, Chief Digital Officer", "August 2026")]),
    ("Demand from care homes in the South locality is more than UCR can meet at peak times",
     "9 (3 × 3)",
     [("Care home trusted assessor pilot", "Owen Prydderch, South Locality Manager", "June 2026"),
      ("Extend the falls response car to the South locality", "Niamh Corrigan", "June 2026")]),
]
rows = [TR("".join(TC(cellp(h, b=True, color="FFFFFF"), w, shade=BLUE)
                   for h, w in zip(["Risk", "Score (likelihood × impact)", "Mitigating actions"], w3)), header=True)]
for risk, score, acts in RISKS:
    nrows = [TR("".join(TC(cellp(h, b=True, sz=18), w, shade=GREY) for h, w in zip(["Action", "Owner", "Due"], nw)))]
    for a in acts:
        nrows.append(TR("".join(TC(cellp(x, sz=18), w) for x, w in zip(a, nw))))
    nested = TBL(nw, nrows)
    rows.append(TR(TC(cellp(risk), w3[0]) + TC(cellp(score, jc="center"), w3[1]) + TC(nested, w3[2]),
                   cant_split=True))
body.append(TBL(w3, rows))
body.append(P("", after=60))
# 9. Recommendations: an (a)-(d) list from a second numbering definition; one item inserted, one deleted
body.append(H("Recommendations"))
body.append(P(R("The Board is asked to:"), after=80))
body.append(P(R("note the performance of the virtual wards and urgent community response over winter 2025/26;"),
              num=(NUM_REC, 0), after=60))
body.append(P(R("support keeping all 60 virtual ward beds open in 2026/27 within the recurrent funding agreed by "
                "the ICB;"), num=(NUM_REC, 0), after=60))
body.append(P(DEL("agree to close the heart failure pathway from 1 April 2026;"), num=(NUM_REC, 0), after=60,
              mark="del"))
body.append(P(INS(R("approve the extension of the falls response car to the South locality from June 2026; and")),
              num=(NUM_REC, 0), after=60, mark="ins"))
body.append(P(R("receive a further update on the service in September 2026."), num=(NUM_REC, 0), after=160))
body.append(P(R("Niamh Corrigan", b=True) + R(", Associate Director of Intermediate Care", sz=22), after=0))
body.append(P(R("17 March 2026"), after=0))

# ----------------------------------------------------------------------------------------------- package
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
st = doc.styles["Normal"]
st.font.name, st.font.size = "Arial", Pt(11)
rpr_el = st.element.get_or_add_rPr()
rf = rpr_el.find(W + "rFonts")
for a in ("ascii", "hAnsi", "cs", "eastAsia"):
    rf.set(W + a, "Arial")
st.paragraph_format.space_after = Pt(8)
for sid, name, base in [("Hyperlink", "Hyperlink", None), ("FootnoteReference", "footnote reference", None),
                        ("CommentReference", "annotation reference", None), ("PlaceholderText", "Placeholder Text", None)]:
    s = doc.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
    if sid == "Hyperlink":
        s.font.color.rgb, s.font.underline = RGBColor(0x05, 0x63, 0xC1), True
    if sid == "FootnoteReference":
        s.font.superscript = True
    if sid == "PlaceholderText":
        s.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    if sid == "CommentReference":
        s.font.size = Pt(8)
for name, size in [("footnote text", 9), ("annotation text", 10)]:
    s = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    s.base_style = doc.styles["Normal"]
    s.font.size = Pt(size)
    s.paragraph_format.space_after = Pt(0)
# style ids python-docx derives from the names; make them the ones Word uses
for s in doc.styles:
    fix = {"Hyperlink": "Hyperlink", "footnote reference": "FootnoteReference",
           "annotation reference": "CommentReference", "Placeholder Text": "PlaceholderText",
           "footnote text": "FootnoteText", "annotation text": "CommentText"}.get(s.name)
    if fix:
        s.element.set(W + "styleId", fix)

hp = sec.header.paragraphs[0]
hp.text = "Brackenfold Community Healthcare NHS Trust\tAgenda item 12\tOFFICIAL"
for r in hp.runs:
    r.font.size, r.font.color.rgb = Pt(9), RGBColor(0x42, 0x55, 0x63)
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Trust Board (meeting in public) – 26 March 2026 – Virtual wards and UCR winter review\tPage ")
fr.font.size = Pt(9)
fld = etree.fromstring(f'<w:fldSimple {NSDECL} w:instr=" PAGE   \\* MERGEFORMAT "><w:r><w:rPr><w:sz w:val="18"/></w:rPr>'
                       f'<w:t>1</w:t></w:r></w:fldSimple>')
fp._p.append(fld)
for p in (hp, fp):
    ppr = p._p.get_or_add_pPr()
    ppr.append(etree.fromstring(f'<w:tabs {NSDECL}><w:tab w:val="center" w:pos="4819"/>'
                                f'<w:tab w:val="right" w:pos="9638"/></w:tabs>'))

cp = doc.core_properties
cp.title, cp.author, cp.subject = TITLE, "Niamh Corrigan", "Trust Board 26 March 2026, item 12"
cp.last_modified_by, cp.revision = AUTH_EXEC, 14

link_rid = doc.part.relate_to("https://www.brackenfoldcommunity.nhs.uk/services/virtual-wards/patient-guide",
                              RT.HYPERLINK, is_external=True)


def fn_xml():
    x = (f'<w:footnotes {NSDECL}><w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
         'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
         '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
         'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    for k, t in enumerate(FOOTNOTES, 1):
        x += (f'<w:footnote w:id="{k}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr>'
              '<w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
              f'<w:r><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>')
    return (x + "</w:footnotes>").encode()


def cm_xml():
    x = f"<w:comments {NSDECL}>"
    for cid, author, ini, date, text in COMMENTS:
        x += (f'<w:comment w:id="{cid}" w:author="{author}" w:date="{date}" w:initials="{ini}"><w:p><w:pPr>'
              '<w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
              f'<w:annotationRef/></w:r><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></w:comment>')
    return (x + "</w:comments>").encode()


body_xml = "".join(body).replace("{LINK}", link_rid)
frag = etree.fromstring(f"<w:body {NSDECL}>{body_xml}</w:body>")
b = doc.element.body
sect = b[-1]
for el in list(frag):
    sect.addprevious(el)

pkg = doc.part.package
fn_part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, fn_xml(), pkg)
doc.part.relate_to(fn_part, RT.FOOTNOTES)
cm_part = Part(PackURI("/word/comments.xml"), CT.WML_COMMENTS, cm_xml(), pkg)
doc.part.relate_to(cm_part, RT.COMMENTS)

# numbering: a two-level legal list for headings (1.) and paragraphs (1.1), and an (a) list
numbering = doc.part.numbering_part.element
absn = etree.fromstring(f"""<w:root {NSDECL}>
<w:abstractNum w:abstractNumId="20"><w:nsid w:val="5E1A2B3C"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0809001F"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr><w:rPr><w:b/><w:color w:val="{NAVY}"/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="21"><w:nsid w:val="6F2B3C4D"/><w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="08090017"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%1)"/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum></w:root>""")
first_num = numbering.find(W + "num")
for a in list(absn):
    first_num.addprevious(a)
numbering.append(etree.fromstring(f'<w:num {NSDECL} w:numId="{NUM_H}"><w:abstractNumId w:val="20"/></w:num>'))
numbering.append(etree.fromstring(f'<w:num {NSDECL} w:numId="{NUM_REC}"><w:abstractNumId w:val="21"/></w:num>'))

# settings: track changes on, footnote separators (in schema order)
settings = doc.settings.element
dts = settings.find(W + "defaultTabStop")
dts.addprevious(etree.fromstring(f"<w:trackRevisions {NSDECL}/>"))
settings.find(W + "compat").addprevious(etree.fromstring(
    f'<w:footnotePr {NSDECL}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'))

buf = io.BytesIO()
doc.save(buf)
# drop the template's 438 KB stylesWithEffects.xml copy and its thumbnail to keep the file small? No: keep
# the package as python-docx writes it, apart from the body, so the file is what a real save would hold.
OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_bytes(buf.getvalue())
with zipfile.ZipFile(OUT) as z:
    names = z.namelist()
    etree.fromstring(z.read("word/document.xml"))
print(f"wrote {OUT.name}: {OUT.stat().st_size:,} bytes, parts: {len(names)}, footnotes {len(FOOTNOTES)}, "
      f"comments {len(COMMENTS)}")
