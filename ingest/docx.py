"""Parse Word (.docx) documents into blocks.

What :mod:`ingest.docx_read` read becomes the blocks every parser produces: Word's heading
styles ("Heading 1".."Heading 9", and "Title" above them) are the section headings; in a paper
that uses none, a short paragraph set wholly in bold is a heading as a bold line is in Markdown
(one that recurs, such as "OFFICIAL", is not); list paragraphs are list items with the bullet
("- ") or the number Word draws; tables are rows whose every value keeps its row label and
column header (:mod:`ingest.docx_tables`), where they stand among the paragraphs.
"""

from __future__ import annotations

from ingest.blocks import HEADING, LIST_ITEM, PARAGRAPH, SOFT_HEADING_LEVEL, TABLE_ROW, Block, ParsedDocument, assemble
from ingest.docx_read import DocxContent, Paragraph, Table
from ingest.docx_tables import table_text
from vectorstore.text import recurring

_SOFT_WORDS = 12  # a bold paragraph this short, or shorter, can be a heading


def parse_docx(content: DocxContent) -> ParsedDocument:
    blocks: list[Block] = []
    table_id = 0
    for part in outline(content):
        if isinstance(part, Block):
            blocks.append(part)
            continue
        table_id += 1
        text = table_text(part)
        blocks += [Block(PARAGRAPH, title) for title in text.titles]
        if text.header:
            blocks.append(Block(TABLE_ROW, text.header, table=table_id, header=True))
        blocks += [Block(TABLE_ROW, row, table=table_id) for row in text.rows]
    return assemble(blocks, metadata=dict(content.metadata))


def outline(content: DocxContent) -> list[Block | Table]:
    """The paragraphs as blocks (headings, list items, paragraphs) and the tables as read, in order."""
    paragraphs = [item for item in content.items if isinstance(item, Paragraph)]
    styled = any(p.role in ("heading", "title") for p in paragraphs)
    shift = 1 if any(p.role == "title" for p in paragraphs) else 0  # "Title" is the level above "Heading 1"
    repeated = recurring((p.text for p in paragraphs if p.bold), 3)
    out: list[Block | Table] = []
    for item in content.items:
        if isinstance(item, Table):
            out.append(item)
        elif item.role == "heading":
            out.append(Block(HEADING, item.text, level=min(item.level + shift, 6)))
        elif item.role == "title":
            out.append(Block(HEADING, item.text, level=1))
        elif item.role == "item":
            out.append(Block(LIST_ITEM, f"{item.marker} {item.text}"))
        elif not styled and item.bold and _soft_heading(item.text) and item.text not in repeated:
            out.append(Block(HEADING, item.text, level=SOFT_HEADING_LEVEL))
        else:
            out.append(Block(PARAGRAPH, item.text))
    return out


def _soft_heading(text: str) -> bool:
    """Short, not a sentence, with letters in it: what a bold line must be to head a section."""
    words = text.split()
    return 0 < len(words) <= _SOFT_WORDS and not text.endswith((".", ",", ";")) and any(ch.isalpha() for ch in text)
