"""Parse: turn a loaded file into blocks over its normalised text, whatever its format."""

from __future__ import annotations

from ingest.blocks import ParsedDocument
from ingest.docx import parse_docx
from ingest.html import parse_html
from ingest.load import LoadedFile
from ingest.markdown import parse_markdown
from ingest.pdf import parse_pdf

# Bump when parsing or chunking changes what chunks come out, so re-ingest redoes the work.
PARSER_VERSION = "69"


def parse(loaded: LoadedFile) -> ParsedDocument:
    if loaded.kind == "pdf":
        return parse_pdf(loaded.pages, loaded.pdf_metadata, loaded.pdf_bold, loaded.pdf_tables)
    if loaded.kind == "docx":
        if loaded.docx is None:
            raise ValueError(f"{loaded.path}: a Word document loaded without its content")
        return parse_docx(loaded.docx)
    if loaded.kind == "html":
        return parse_html(loaded.text)
    return parse_markdown(loaded.text, markdown=loaded.kind == "markdown")
