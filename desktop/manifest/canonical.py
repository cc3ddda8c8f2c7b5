"""The manifest's canonical data and its fingerprint.

The fingerprint printed in every footer (and stored with every manifest) is the SHA-256 of a
versioned JSON document of what the manifest *says*. Anyone holding the data can recompute it;
anyone holding the paper can compare it.

What version 1 covers, decided once and fixed by the field lists below:

* header: office code and name, contingent code, revision, flight, carrier, airport,
  departure date and time, destinations, and the signatories (``prepared_by``,
  ``verified_by``): the names printed in the signature blocks are part of the document.
* every travelling person with every ``ManifestRow`` field, ``name_urdu`` included (an
  empty string when there is none), in print order;
* every not-travelled person with every ``NotTravelledRow`` field.

Not covered, because they are not content: ``generated_at`` (a reprint made later says the
same), ``audit_head`` (where the audit chain stood, not what the list says), ``page_size`` and
``urdu_names`` (how it is printed). The totals are derived from the rows.

Strings are taken exactly as given (no case folding or Unicode normalization): the fingerprint
is of the printed text.

Version 2 adds the signatories' designations (``prepared_by_designation``,
``verified_by_designation``), printed under their names since users have them.

A later version may add fields. It gets its own field lists and version number; earlier
versions' lists never change, so a manifest printed today can be re-verified by any later
program.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Final

from desktop.core.errors import ValidationError
from desktop.manifest.data import ManifestData

FORMAT: Final = "rawangi-manifest"
CURRENT_VERSION: Final = 2

# Version 1, frozen. Never edit these tuples; a new version gets lists of its own.
V1_HEADER_FIELDS: Final = (
    "office_code",
    "office_name",
    "contingent_code",
    "revision",
    "flight",
    "carrier",
    "airport",
    "departure_date",
    "departure_time",
    "destinations",
    "prepared_by",
    "verified_by",
)
V1_ROW_FIELDS: Final = (
    "serial",
    "name",
    "father_name",
    "cnic",
    "passport_no",
    "passport_expiry",
    "birth_date",
    "sex",
    "trade",
    "destination",
    "employer",
    "channel",
    "oep_licence_no",
    "protector_no",
    "name_urdu",
)
V1_NOT_TRAVELLED_FIELDS: Final = ("serial", "name", "cnic", "passport_no", "reason")

# Version 2, frozen likewise: the signatories' designations join the header.
V2_HEADER_FIELDS: Final = (
    *V1_HEADER_FIELDS,
    "prepared_by_designation",
    "verified_by_designation",
)
V2_ROW_FIELDS: Final = V1_ROW_FIELDS
V2_NOT_TRAVELLED_FIELDS: Final = V1_NOT_TRAVELLED_FIELDS

_FIELDS_BY_VERSION: Final[dict[int, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]] = {
    1: (V1_HEADER_FIELDS, V1_ROW_FIELDS, V1_NOT_TRAVELLED_FIELDS),
    2: (V2_HEADER_FIELDS, V2_ROW_FIELDS, V2_NOT_TRAVELLED_FIELDS),
}


def canonical_document(data: ManifestData, version: int = CURRENT_VERSION) -> dict[str, Any]:
    """The canonical content of a manifest as a JSON-ready dictionary.

    Args:
        data: the manifest.
        version: the canonical format version (1 or 2).

    Returns:
        ``{"format", "version", "header", "rows", "not_travelled"}``.

    Raises:
        ValidationError: the version is unknown.
    """
    try:
        header_fields, row_fields, absent_fields = _FIELDS_BY_VERSION[version]
    except KeyError:
        raise ValidationError(f"Unknown manifest data version {version}.", "version") from None
    return {
        "format": FORMAT,
        "version": version,
        "header": {name: getattr(data, name) for name in header_fields},
        # A visa note is covered when there is one; without one the document is as before.
        "rows": [
            {name: getattr(row, name) for name in row_fields}
            | ({"visa_note": row.visa_note} if row.visa_note else {})
            for row in data.rows
        ],
        "not_travelled": [
            {name: getattr(row, name) for name in absent_fields} for row in data.not_travelled
        ],
    }


def canonical_json(data: ManifestData, version: int = CURRENT_VERSION) -> bytes:
    """The canonical JSON bytes of a manifest: sorted keys, no whitespace, UTF-8.

    Non-ASCII text (Urdu names) is written as UTF-8, not as ``\\u`` escapes, so the bytes read
    as the document does.

    Args:
        data: the manifest.
        version: the canonical format version (1 or 2).

    Returns:
        The bytes that `fingerprint` hashes.
    """
    return json.dumps(
        canonical_document(data, version),
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        allow_nan=False,
    ).encode("utf-8")


def fingerprint(data: ManifestData, version: int = CURRENT_VERSION) -> str:
    """The SHA-256 (64 lower-case hex digits) of the manifest's canonical JSON.

    Args:
        data: the manifest.
        version: the canonical format version (1 or 2).

    Returns:
        The fingerprint printed in the footer and written to the PDF's metadata.
    """
    return hashlib.sha256(canonical_json(data, version)).hexdigest()
