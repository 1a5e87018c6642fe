"""Shared helpers for the three generator scripts: fonts, line splitting and flowing text into
columns with absolute positioning (fpdf2)."""
from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/liberation/"


class Doc(FPDF):
    def __init__(self, orientation="P", fmt="A4"):
        super().__init__(orientation=orientation, unit="mm", format=fmt)
        self.set_auto_page_break(False)
        self.set_margins(0, 0, 0)
        for fam, stem in (("Sans", "LiberationSans"), ("Serif", "LiberationSerif"),
                          ("Narrow", "LiberationSansNarrow")):
            self.add_font(fam, "", FONT_DIR + stem + "-Regular.ttf")
            self.add_font(fam, "B", FONT_DIR + stem + "-Bold.ttf")
            self.add_font(fam, "I", FONT_DIR + stem + "-Italic.ttf")

    # -- small drawing helpers ---------------------------------------------------------------
    def txt(self, x, y, w, h, text, align="L", style="", size=None, family=None, color=None):
        if family or size or style is not None:
            self.set_font(family or self.font_family, style, size or self.font_size_pt)
        if color is not None:
            self.set_text_color(*color)
        self.set_xy(x, y)
        self.cell(w, h, text, align=align)
        if color is not None:
            self.set_text_color(0, 0, 0)

    def box(self, x, y, w, h, fill=None, draw=None, lw=0.2, radius=0):
        style = ""
        if fill is not None:
            self.set_fill_color(*fill)
            style += "F"
        if draw is not None:
            self.set_draw_color(*draw)
            self.set_line_width(lw)
            style += "D"
        if style:
            self.rect(x, y, w, h, style=style, round_corners=bool(radius), corner_radius=radius)

    def para(self, x, y, w, lh, text, align="L", style="", size=None, family=None, color=None):
        """Write a wrapped paragraph line by line; returns the y after it."""
        if family or size or style is not None:
            self.set_font(family or self.font_family, style, size or self.font_size_pt)
        lines = self.split(w, text)
        for ln in lines:
            self.txt(x, y, w, lh, ln, align=align, color=color, style=None)
            y += lh
        return y

    def split(self, w, text):
        return self.multi_cell(w, 4, text, dry_run=True, output="LINES", align="L")


def flow(doc, items, frames, styles, draw=True):
    """Flow items [(style, text)] through frames [(x, y, w, h)] in order, splitting paragraphs
    between frames line by line (as threaded text frames do). styles maps a style name to
    dict(family, style, size, lh, before, after, indent, color, bullet). Returns the items that did
    not fit (the rest of a split paragraph first)."""
    items = list(items)
    fi = 0
    if not frames:
        return items
    x, y0, w, h = frames[0]
    y = y0
    while items:
        sname, text = items[0]
        st = styles[sname]
        doc.set_font(st.get("family", "Sans"), st.get("style", ""), st["size"])
        indent = st.get("indent", 0)
        bullet = st.get("bullet")
        lines = doc.split(w - indent, text)
        lh = st["lh"]
        if y > y0:
            y += st.get("before", 0)
        k = 0
        while k < len(lines):
            if y + lh > y0 + h + 0.01:
                fi += 1
                if fi >= len(frames):
                    rest = " ".join(lines[k:])
                    items[0] = (sname + ("" if k == 0 else ""), rest)
                    return items
                x, y0, w, h = frames[fi]
                y = y0
                # re-split the remainder for the new frame's width
                rest = " ".join(lines[k:])
                lines = lines[:k] + doc.split(w - indent, rest)
            if draw and bullet and k == 0:
                doc.txt(x, y, indent, lh, bullet, style=None, color=st.get("color"))
            if draw:
                doc.txt(x + indent, y, w - indent, lh, lines[k], style=None, color=st.get("color"))
            y += lh
            k += 1
        y += st.get("after", 0)
        items.pop(0)
    return items


def balanced(doc, items, frames, styles):
    """Flow into frames of equal height, using the smallest height (up to the frames' own) that fits,
    so that columns come out balanced as in a newsletter."""
    hmax = frames[0][3]
    lo, hi = 5.0, hmax
    if flow(doc, items, frames, styles, draw=False):
        return flow(doc, items, frames, styles), hmax
    while hi - lo > 0.5:
        mid = (lo + hi) / 2
        if flow(doc, items, [(x, y, w, mid) for x, y, w, _ in frames], styles, draw=False):
            lo = mid
        else:
            hi = mid
    return flow(doc, items, [(x, y, w, hi + 0.5) for x, y, w, _ in frames], styles), hi + 0.5
