"""The contingent manifest as PDF bytes: plain data in, the signed official list out.

What the rest of Rawangi uses; the modules of this package hold the parts.
"""

from desktop.manifest.pdf.document import (
    META_AUDIT_HEAD,
    META_CODE,
    META_COUNT,
    META_DATA_VERSION,
    META_FINGERPRINT,
    META_REVISION,
    QR_PREFIX,
    Progress,
    build_pdf,
    pdf_date,
    qr_payload,
    register_fonts,
    save_canvas,
    text_width,
    wrap,
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
