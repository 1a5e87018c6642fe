"""Reader's-eye text of each document, as the quotes were copied: pypdf extract_text() of each page, one
passage per page (all three papers in this batch are PDFs). Pages carrying /Rotate 90 are extracted like any
other page; pypdf reads their text whichever way it runs."""


def pdf_pages(path):
    from pypdf import PdfReader
    return [p.extract_text() or "" for p in PdfReader(str(path)).pages]


def pdf_info(path):
    """Per page: (rotation, mediabox width, mediabox height); and the document's /Producer."""
    from pypdf import PdfReader
    r = PdfReader(str(path))
    pages = [(p.rotation, float(p.mediabox.width), float(p.mediabox.height)) for p in r.pages]
    return pages, (r.metadata or {}).get("/Producer", "")
