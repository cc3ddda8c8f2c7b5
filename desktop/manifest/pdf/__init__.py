"""The contingent manifest as PDF bytes: plain data in, the signed official list out.

What the rest of Rawangi uses, from the modules that hold the parts: `fonts` (the shipped
fonts, text widths and line breaks), `typesetting` (text and shapes as raw PDF operators),
`pages` (the page frame and pagination), `tables`, `headers` (letterhead, running header,
footer), `closing` (totals and signatures), `metadata` (the file's information, QR text,
saving) and `document` (`build_pdf`, which puts them together).
"""

from desktop.manifest.pdf.document import Progress, build_pdf
from desktop.manifest.pdf.fonts import register_fonts, text_width, wrap
from desktop.manifest.pdf.metadata import (
    META_AUDIT_HEAD,
    META_CODE,
    META_COUNT,
    META_DATA_VERSION,
    META_FINGERPRINT,
    META_REVISION,
    QR_PREFIX,
    pdf_date,
    qr_payload,
    save_canvas,
)

__all__ = [
    "META_AUDIT_HEAD",
    "META_CODE",
    "META_COUNT",
    "META_DATA_VERSION",
    "META_FINGERPRINT",
    "META_REVISION",
    "QR_PREFIX",
    "Progress",
    "build_pdf",
    "pdf_date",
    "qr_payload",
    "register_fonts",
    "save_canvas",
    "text_width",
    "wrap",
]
