"""Reader's-eye text of each document, as the quotes were copied:
- PDF (reportlab and matplotlib): pypdf extract_text() of each page, one passage per page.
- TXT: the whole file as one passage (whitespace is collapsed by the matching rule anyway)."""


def pdf_pages(path):
    from pypdf import PdfReader
    return [p.extract_text() or "" for p in PdfReader(str(path)).pages]


def txt_text(path):
    return [open(path, encoding="utf-8").read()]
