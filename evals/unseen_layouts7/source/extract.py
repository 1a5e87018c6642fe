"""Reader's-eye text of each document, as the quotes were copied.

- PDF: pypdf extract_text() of each page (plain mode), one passage per page.
- DOCX: the text Word shows in its final view ("No Markup" / "Simple Markup"), read from the XML parts
  with the standard library only. One passage per block, as a reader would select it: each body paragraph;
  each top-level table (one line per row, cells in order joined by spaces, a nested table's rows inline in
  the cell that holds it); each text box (its paragraphs, one per line); each footnote; and the header and
  footer paragraphs.
  Rules, as Word displays the document:
  * w:ins content is read; w:del / w:delText and w:moveFrom are not; a paragraph whose mark and content
    are all deleted disappears (and takes no list number);
  * content controls (w:sdt at block, row, cell and run level) are read through their w:sdtContent,
    including one still showing its placeholder text (Word shows it in grey);
  * a text box (mc:AlternateContent) is read once, from mc:Choice (wps:txbx); the VML copy in
    mc:Fallback is skipped. Its paragraphs become passages after the paragraph that anchors it;
  * w:hyperlink, w:smartTag, w:fldSimple and field results are read; w:instrText is not;
  * w:tab -> tab, w:br / w:cr -> newline, w:noBreakHyphen -> '-', w:softHyphen -> nothing;
  * footnote references show their number (glued on, as the superscript is); comment marks show nothing
    (comments are margin notes, not part of the paper's text, and are not passages);
  * numbered paragraphs get the number Word draws ('1.', '3.2', '(c)') from numbering.xml, counted over
    the paragraphs that are not deleted.
- Whitespace inside a passage is collapsed by the checker before the exact-substring test.
"""
import re
import zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


def pdf_pages(path):
    from pypdf import PdfReader
    return [p.extract_text() or "" for p in PdfReader(str(path)).pages]


def pdf_info(path):
    """Per page: (rotation, mediabox width, mediabox height); and the document's /Producer."""
    from pypdf import PdfReader
    r = PdfReader(str(path))
    pages = [(p.rotation, float(p.mediabox.width), float(p.mediabox.height)) for p in r.pages]
    return pages, (r.metadata or {}).get("/Producer", "")


def _letter(n):
    s = ""
    while n:
        n, m = divmod(n - 1, 26)
        s = chr(97 + m) + s
    return s


def _roman(n):
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
            (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


class _Numbering:
    def __init__(self, xml):
        self.levels, self.num_abs, self.counters = {}, {}, {}
        if xml is None:
            return
        root = ET.fromstring(xml)
        for a in root.findall(W + "abstractNum"):
            aid = a.get(W + "abstractNumId")
            for lvl in a.findall(W + "lvl"):
                ilvl = int(lvl.get(W + "ilvl"))
                g = lambda tag, d: (lvl.find(W + tag).get(W + "val") if lvl.find(W + tag) is not None else d)
                self.levels[(aid, ilvl)] = (int(g("start", "1")), g("numFmt", "decimal"), g("lvlText", ""))
        for n in root.findall(W + "num"):
            self.num_abs[n.get(W + "numId")] = n.find(W + "abstractNumId").get(W + "val")

    def label(self, num_id, ilvl):
        aid = self.num_abs.get(num_id)
        if aid is None or (aid, ilvl) not in self.levels:
            return ""
        c = self.counters.setdefault(aid, {})
        start = self.levels[(aid, ilvl)][0]
        c[ilvl] = c.get(ilvl, start - 1) + 1
        for deeper in [k for k in c if k > ilvl]:
            del c[deeper]
        _, fmt, text = self.levels[(aid, ilvl)]
        if fmt == "bullet":
            return "\u2022"

        def fmt_n(k):
            lv = self.levels.get((aid, k), (1, "decimal", ""))
            v = c.get(k, lv[0])
            f = lv[1] if k != ilvl else fmt
            return {"lowerLetter": _letter(v), "upperLetter": _letter(v).upper(), "lowerRoman": _roman(v),
                    "upperRoman": _roman(v).upper()}.get(f, str(v))
        return re.sub(r"%(\d)", lambda m: fmt_n(int(m.group(1)) - 1), text)


def _style_numbering(xml):
    """styleId -> (numId, ilvl) for paragraph styles whose numbering is set in the style (or a style it is based on)."""
    if xml is None:
        return {}
    root = ET.fromstring(xml)
    own, based = {}, {}
    for st in root.findall(W + "style"):
        sid = st.get(W + "styleId")
        b = st.find(W + "basedOn")
        if b is not None:
            based[sid] = b.get(W + "val")
        np_ = st.find(f"{W}pPr/{W}numPr")
        if np_ is not None:
            nid = np_.find(W + "numId")
            il = np_.find(W + "ilvl")
            if nid is not None:
                own[sid] = (nid.get(W + "val"), int(il.get(W + "val")) if il is not None else 0)
    out = {}
    for sid in set(own) | set(based):
        cur, seen = sid, set()
        while cur and cur not in own and cur not in seen:
            seen.add(cur)
            cur = based.get(cur)
        if cur in own:
            out[sid] = own[cur]
    return out


class _Docx:
    def __init__(self, path):
        self.z = zipfile.ZipFile(path)
        names = set(self.z.namelist())
        self.num = _Numbering(self.z.read("word/numbering.xml") if "word/numbering.xml" in names else None)
        self.style_num = _style_numbering(self.z.read("word/styles.xml") if "word/styles.xml" in names else None)
        self.fn_seq = 0
        self.passages = []

    # ---- inline content -> (text, [text-box paragraphs found inside])
    def inline(self, el, boxes):
        out = []
        for ch in el:
            t = ch.tag
            if t == W + "t":
                out.append(ch.text or "")
            elif t in (W + "delText", W + "instrText", W + "del", W + "moveFrom", W + "rPr", W + "pPr",
                       W + "sdtPr", W + "sdtEndPr", W + "commentReference", W + "annotationRef",
                       W + "footnoteRef", W + "fldChar", W + "proofErr", W + "bookmarkStart",
                       W + "bookmarkEnd", W + "commentRangeStart", W + "commentRangeEnd", W + "lastRenderedPageBreak"):
                continue
            elif t == W + "tab":
                out.append("\t")
            elif t in (W + "br", W + "cr"):
                out.append("\n")
            elif t == W + "noBreakHyphen":
                out.append("-")
            elif t == W + "softHyphen":
                continue
            elif t == W + "footnoteReference":
                self.fn_seq += 1
                out.append(str(self.fn_seq))
            elif t == MC + "AlternateContent":
                choice = ch.find(MC + "Choice")
                if choice is not None:
                    for tx in choice.iter(W + "txbxContent"):
                        boxes.append(tx)
            elif t == W + "txbxContent":        # VML-only text box (no AlternateContent wrapper)
                boxes.append(ch)
            else:                                # w:r, w:ins, w:hyperlink, w:sdt(Content), w:smartTag, w:fldSimple,
                out.append(self.inline(ch, boxes))   # w:moveTo, w:drawing/w:pict wrappers ...
        return "".join(out)

    def para(self, p):
        ppr = p.find(W + "pPr")
        mark_deleted = ppr is not None and ppr.find(f"{W}rPr/{W}del") is not None
        boxes = []
        text = self.inline(p, boxes)
        if mark_deleted and not text.strip():
            return None, boxes
        num = None
        if ppr is not None and ppr.find(W + "numPr") is not None:
            np_ = ppr.find(W + "numPr")
            nid = np_.find(W + "numId")
            il = np_.find(W + "ilvl")
            if nid is not None:
                num = (nid.get(W + "val"), int(il.get(W + "val")) if il is not None else 0)
        elif ppr is not None and ppr.find(W + "pStyle") is not None:
            # numbering set in the paragraph's style (as LibreOffice writes outline-numbered headings)
            num = self.style_num.get(ppr.find(W + "pStyle").get(W + "val"))
        if num and num[0] != "0":
            lab = self.num.label(*num)
            if lab:
                text = lab + "\t" + text
        return text, boxes

    # ---- blocks
    def blocks(self, parent, sink, kind="paragraph"):
        """Walk block-level children; append (kind, text) passages to sink."""
        for ch in parent:
            if ch.tag == W + "p":
                text, boxes = self.para(ch)
                if text is not None and text.strip():
                    sink.append((kind, text))
                for tx in boxes:
                    inner = []
                    self.blocks(tx, inner)
                    sink.append(("textbox", "\n".join(t for _, t in inner)))
            elif ch.tag == W + "tbl":
                rows = []
                for tr in ch.iter(W + "tr"):
                    if self._owner_tbl(tr) is ch:
                        row = self.row(tr)
                        if row.strip():
                            rows.append(row)
                if rows:
                    sink.append(("table", "\n".join(rows)))
            elif ch.tag == W + "sdt":
                content = ch.find(W + "sdtContent")
                if content is not None:
                    self.blocks(content, sink, kind)
            elif ch.tag in (W + "ins", W + "customXml", W + "moveTo"):
                self.blocks(ch, sink, kind)

    def _owner_tbl(self, tr):
        return self._parents[tr]

    def cell_text(self, tc):
        parts = []
        self.blocks(tc, parts)
        return " ".join(" ".join(t.split("\n")) for _, t in parts)

    def row(self, tr):
        cells = []
        for ch in tr:
            if ch.tag == W + "tc":
                cells.append(self.cell_text(ch))
            elif ch.tag == W + "sdt":                      # content control round a cell
                c = ch.find(W + "sdtContent")
                for tc in (c if c is not None else []):
                    if tc.tag == W + "tc":
                        cells.append(self.cell_text(tc))
        return " ".join(x for x in cells if x.strip())

    def part(self, name):
        root = ET.fromstring(self.z.read(name))
        # map every w:tr to its nearest enclosing w:tbl, so nested rows are read once, inside their cell
        self._parents = {}
        stack = []

        def walk(el):
            if el.tag == W + "tbl":
                stack.append(el)
            for c in el:
                if c.tag == W + "tr":
                    self._parents[c] = stack[-1]
                walk(c)
            if el.tag == W + "tbl":
                stack.pop()
        walk(root)
        return root


def docx_blocks(path):
    """[(kind, text)]: kind is paragraph, table, textbox, footnote, header or footer."""
    d = _Docx(path)
    out = []
    body = d.part("word/document.xml").find(W + "body")
    d.blocks(body, out)
    names = d.z.namelist()
    if "word/footnotes.xml" in names:
        root = d.part("word/footnotes.xml")
        k = 0
        for fn in root.findall(W + "footnote"):
            if fn.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            k += 1
            parts = []
            d.blocks(fn, parts)
            out.append(("footnote", f"{k} " + " ".join(t.strip() for _, t in parts)))
    for n in sorted(x for x in names if re.match(r"word/(header|footer)\d*\.xml$", x)):
        root = d.part(n)
        parts = []
        d.blocks(root, parts)
        out.extend(("header" if "header" in n else "footer", t) for _, t in parts)
    return [(k, t) for k, t in out if t.strip()]


def docx_passages(path):
    return [t for _, t in docx_blocks(path)]


def docx_features(path):
    """Text held in each Word feature, for the checker: what lies inside w:ins, w:del, content controls,
    hyperlinks, nested tables, text boxes (mc:Choice and mc:Fallback copies) and comments; and counts of the
    structures (w:vMerge continuation cells, numbered paragraphs, cell-level content controls)."""
    z = zipfile.ZipFile(path)
    doc = ET.fromstring(z.read("word/document.xml"))

    def txt(el, tag="t"):
        return "".join(t.text or "" for t in el.iter(W + tag))

    nested = []
    for tbl in doc.iter(W + "tbl"):
        for inner in tbl.iter(W + "tbl"):
            if inner is not tbl:
                nested.append(" ".join(" ".join(txt(tc) for tc in tr.iter(W + "tc")) for tr in inner.iter(W + "tr")))
    choice = [txt(tx) for c in doc.iter(MC + "Choice") for tx in c.iter(W + "txbxContent")]
    fallback = [txt(tx) for c in doc.iter(MC + "Fallback") for tx in c.iter(W + "txbxContent")]
    sdts = list(doc.iter(W + "sdt"))
    tr_sdt = sum(1 for tr in doc.iter(W + "tr") for ch in tr if ch.tag == W + "sdt")
    root_ns = {"ins": [txt(e) for e in doc.iter(W + "ins") if txt(e)],
               "del": [txt(e, "delText") for e in doc.iter(W + "del") if txt(e, "delText")],
               "sdt": [txt(e.find(W + "sdtContent")) for e in sdts if e.find(W + "sdtContent") is not None],
               "sdt_placeholder": [txt(e) for e in sdts if e.find(f"{W}sdtPr/{W}showingPlcHdr") is not None],
               "sdt_kinds": [next((c.tag.replace(W, "") for c in e.find(W + "sdtPr")
                                   if c.tag.replace(W, "") in ("text", "date", "dropDownList", "comboBox",
                                                                "richText")), "richText") for e in sdts],
               "sdt_cell_level": tr_sdt,
               "sdt_bound": sum(1 for e in sdts if e.find(f"{W}sdtPr/{W}dataBinding") is not None),
               "hyperlink": [txt(e) for e in doc.iter(W + "hyperlink")],
               "nested_table": nested,
               "textbox_choice": choice, "textbox_fallback": fallback,
               "vmerge_continue": sum(1 for v in doc.iter(W + "vMerge") if v.get(W + "val") in (None, "continue")),
               "numbered_paragraphs": sum(1 for p in doc.iter(W + "p") if p.find(f"{W}pPr/{W}numPr") is not None),
               "footnote_refs": sum(1 for _ in doc.iter(W + "footnoteReference")),
               "comment_refs": sum(1 for _ in doc.iter(W + "commentReference")),
               "no_break_hyphens": sum(1 for _ in doc.iter(W + "noBreakHyphen")),
               "proof_errors": sum(1 for _ in doc.iter(W + "proofErr"))}
    root_ns["comments"] = docx_comments(path)
    return root_ns


def docx_comments(path):
    """Comment texts (not passages: only used by the checker to keep quotes out of them)."""
    z = zipfile.ZipFile(path)
    if "word/comments.xml" not in z.namelist():
        return []
    root = ET.fromstring(z.read("word/comments.xml"))
    return ["".join(t.text or "" for t in c.iter(W + "t")) for c in root.findall(W + "comment")]


def docx_deleted(path):
    """Deleted text (w:delText), which must not be read."""
    z = zipfile.ZipFile(path)
    root = ET.fromstring(z.read("word/document.xml"))
    return ["".join(t.text or "" for t in d.iter(W + "delText")) for d in root.iter(W + "del")
            if any(True for _ in d.iter(W + "delText"))]


if __name__ == "__main__":
    import sys
    for k, p in docx_blocks(sys.argv[1]):
        print(k, repr(p))
