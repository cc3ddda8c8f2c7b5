"""What the PDF file says about itself: its information dictionary (Rawangi's own keys,
the revision's date), the text of its QR code, and saving with reproducible bytes."""

from __future__ import annotations

import datetime as dt
import io
import threading
from typing import Any, Final

from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import PDFInfo, PDFString
from reportlab.pdfgen.canvas import Canvas

from desktop.core.errors import ValidationError
from desktop.manifest import styles as st
from desktop.manifest.canonical import CURRENT_VERSION
from desktop.manifest.data import ManifestData
from desktop.manifest.pdf.pages import Geometry

# The custom keys of the PDF's document information dictionary (see
# superseded.read_metadata).
META_CODE: Final = "RawangiCode"
META_REVISION: Final = "RawangiRevision"
META_COUNT: Final = "RawangiCount"
META_FINGERPRINT: Final = "RawangiFingerprint"
META_AUDIT_HEAD: Final = "RawangiAuditHead"
META_DATA_VERSION: Final = "RawangiDataVersion"

QR_PREFIX: Final = "RAWANGI-MANIFEST"


def pdf_date(stamp: str) -> str:
    """A stored UTC stamp (``2026-11-27T10:15:00Z``) as a PDF date (``D:20261127101500+00'00'``).

    Args:
        stamp: an ISO-8601 moment; one without a zone is taken as UTC.

    Returns:
        The date string of the PDF's document information.

    Raises:
        ValidationError: the stamp is not an ISO-8601 date and time.
    """
    try:
        moment = dt.datetime.fromisoformat(stamp.strip())
    except ValueError:
        raise ValidationError(
            f"The manifest's generation time {stamp!r} is not a date and time.", "generated_at"
        ) from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return f"D:{moment:%Y%m%d%H%M%S}+00'00'"


class _ManifestInfo(PDFInfo):  # type: ignore[misc]  # reportlab ships no types
    """The document information dictionary with Rawangi's own keys and dates.

    reportlab writes only the standard keys (title, author, ...) and offers no way to add
    others; this subclass appends ours to its output. In invariant mode (same data, same
    bytes) reportlab dates every file 2000-01-01; the revision's own generation time is as
    deterministic and tells a reader when the manifest was made.
    """

    def __init__(self, created: str, extra: dict[str, str]) -> None:
        super().__init__()
        self.extra = extra
        self._dateFormatter = lambda *_parts: created

    def format(self, document: Any) -> bytes:
        standard = bytes(super().format(document)).rstrip()
        if not standard.endswith(b">>"):  # reportlab changed its format: fail loudly
            raise RuntimeError("unexpected PDF info dictionary format from reportlab")
        own = b"".join(
            b"\n/" + key.encode("ascii") + b" " + PDFString(value).format(document)
            for key, value in sorted(self.extra.items())
        )
        return standard[:-2].rstrip() + own + b"\n>>"


_save_lock = threading.Lock()


def save_canvas(canvas: Canvas) -> None:
    """``canvas.save()`` with the page streams only deflated, not also ASCII85-encoded.

    Every PDF of this package is saved through here, so that its bytes never depend on what
    another thread has set in reportlab's global configuration meanwhile.

    ASCII85 makes a PDF a quarter larger for no use today, and reportlab's pure-Python
    encoder took a third of the time of a 10,000-person manifest. reportlab reads the choice
    from its global ``rl_config.useA85`` while saving, so it is switched off for the save only,
    under a lock, and always to the same value: the bytes stay reproducible.
    """
    with _save_lock:
        previous = rl_config.useA85
        rl_config.useA85 = 0
        try:
            canvas.save()
        finally:
            rl_config.useA85 = previous


def qr_payload(data: ManifestData, print_hash: str) -> str:
    """The text in the manifest's QR code.

    Args:
        data: the manifest.
        print_hash: its fingerprint.

    Returns:
        ``RAWANGI-MANIFEST|<code>|<revision>|<count>|<fingerprint>``.
    """
    return f"{QR_PREFIX}|{data.contingent_code}|{data.revision}|{len(data.rows)}|{print_hash}"


def new_canvas(buffer: io.BytesIO, data: ManifestData, geo: Geometry, print_hash: str) -> Canvas:
    """A canvas in invariant mode, with the manifest's metadata set."""
    canvas = Canvas(
        buffer,
        pagesize=(geo.width, geo.height),
        invariant=1,
        pageCompression=1,
        lang="en",
        # Else every page starts by selecting Helvetica, which is not embedded.
        initialFontName=st.FONT_REGULAR,
    )
    # reportlab has no public way to add custom info keys: replace its info object.
    canvas._doc.info = _ManifestInfo(
        pdf_date(data.generated_at),
        {
            META_CODE: data.contingent_code,
            META_REVISION: str(data.revision),
            META_COUNT: str(len(data.rows)),
            META_FINGERPRINT: print_hash,
            META_AUDIT_HEAD: data.audit_head,
            META_DATA_VERSION: str(CURRENT_VERSION),
        },
    )
    canvas.setTitle(f"Contingent Manifest {data.contingent_code} rev {data.revision}")
    canvas.setAuthor(f"{data.office_name} ({data.office_code})")
    canvas.setSubject(
        f"Manifest of contingent {data.contingent_code}, flight {data.flight} from "
        f"{data.airport} on {data.departure_date}: {len(data.rows)} people"
    )
    canvas.setKeywords(
        f"Rawangi, contingent manifest, {data.contingent_code}, {data.flight}, {data.office_code}"
    )
    canvas.setCreator("Rawangi")
    return canvas
