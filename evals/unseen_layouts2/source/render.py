"""Render the PDFs to PNG (for eyeballing the layouts only)."""
import sys
from pathlib import Path
import pypdfium2 as pdfium
root = Path(__file__).resolve().parent.parent
(root / "render").mkdir(exist_ok=True)
for pdf in sorted((root / "docs").glob("*.pdf")):
    if len(sys.argv) > 1 and sys.argv[1] not in pdf.name:
        continue
    d = pdfium.PdfDocument(str(pdf))
    for i in range(len(d)):
        img = d[i].render(scale=1.3).to_pil()
        img.save(root / "render" / f"{pdf.stem[:12]}-p{i+1}.png")
