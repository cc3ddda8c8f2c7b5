"""The contingent manifest: plain data in, PDF bytes out.

No database, no Qt: a service builds a `ManifestData` and calls `build_pdf`; the bytes and
their fingerprint are stored with the manifest. `stamp_superseded` and `read_metadata` work on
stored bytes.
"""

from desktop.manifest.canonical import canonical_json, fingerprint
from desktop.manifest.data import (
    ManifestData,
    ManifestRow,
    ManifestTotals,
    NotTravelledRow,
    compute_totals,
    sample_manifest,
)
from desktop.manifest.pdf import build_pdf, qr_payload
from desktop.manifest.superseded import read_metadata, stamp_superseded

__all__ = [
    "ManifestData",
    "ManifestRow",
    "ManifestTotals",
    "NotTravelledRow",
    "build_pdf",
    "canonical_json",
    "compute_totals",
    "fingerprint",
    "qr_payload",
    "read_metadata",
    "sample_manifest",
    "stamp_superseded",
]
