"""Headquarters bundles: an office's records in one sealed zip file, and merging them at HQ.

A bundle is a zip holding `payload.sqlite` (the office's offices, contingents, departures,
manifests without their PDF bytes, and audit rows) and `bundle.json` (what the bundle is: the
office, counts, the audit hashes and the payload's SHA-256). It carries every record the file
holds, whatever its `office` column says (an office's file holds its own), so that nothing is
left behind unseen; users, passwords and settings never leave the office.

Integrity, so that a bundle with any one byte changed is refused:
- the zip carries a seal in its comment: the SHA-256 of every byte before the comment's length
  field. Changing a byte before it breaks the hash, changing the length moves the seal, changing
  the seal's text makes it disagree with the hash. The zip's own CRCs leave its headers
  (timestamps, extra fields) unchecked; the seal covers them;
- `bundle.json` names the payload's SHA-256;
- `signature.json`, when the office has a certified key, is its signature over the bytes of
  `bundle.json` (so over the payload and the audit head): the seal catches damage, the
  signature forgery (`desktop.services.bundles` checks it against headquarters' trust list);
- the payload's audit rows are a hash chain: they are recomputed from the hash of the row
  before the first one (`audit_start_hash`, GENESIS for a whole log) to `audit_head`.

Audit rows and --since: a chain can only be checked from a known previous hash. A bundle made
with `since` holds every audit row from the first one written on or after that moment to the
newest (a contiguous run of ids, never a selection), with the hash of the row before it; one
without holds the whole log from GENESIS. At headquarters the rows go to `office_audit`, keyed
by (office, id); the headquarters' own `audit` chain stays its own.

The payload is built by attaching a new file to the office's connection and copying with
`INSERT … SELECT`, a block of rows per statement: each block holds the office's read lock for
tens of milliseconds, never the whole export, so that desks save while a bundle is made. Each
record is copied as committed when its block was read; one changed during the export may come
in its earlier version, and its change (written after the export began) travels in the next
bundle. References stay whole (see `making._copy_tables`).
The merge attaches the checked payload the same way and runs inside the caller's write
transaction: by UUID, new records are added, a higher `version` replaces a lower one, equal or
lower versions are left alone.

The modules: `contents` (what a bundle holds and says), `sealing`, `making`, `checking` and
`merging`.
"""

from desktop.store.bundle.checking import (
    Opened,
    opened,
)
from desktop.store.bundle.contents import (
    AUDIT_COLUMNS,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    MANIFEST_COLUMNS,
    PARTIAL,
    PAYLOAD,
    RECORD_TABLES,
    SIGNATURE,
    TABLES,
    BundleInfo,
    BundleRefused,
    CancelCheck,
    Progress,
    Sign,
    interruptible,
)
from desktop.store.bundle.making import (
    BLOCK_ROWS,
    Made,
    export,
    pack,
)
from desktop.store.bundle.merging import (
    MergeCounts,
    TableCounts,
    attached,
    merge,
)
from desktop.store.bundle.sealing import (
    SEAL_LENGTH,
    SEAL_PREFIX,
    seal,
)

__all__ = [
    "AUDIT_COLUMNS",
    "BLOCK_ROWS",
    "FORMAT",
    "FORMAT_VERSION",
    "MANIFEST",
    "MANIFEST_COLUMNS",
    "PARTIAL",
    "PAYLOAD",
    "RECORD_TABLES",
    "SEAL_LENGTH",
    "SEAL_PREFIX",
    "SIGNATURE",
    "TABLES",
    "BundleInfo",
    "BundleRefused",
    "CancelCheck",
    "Made",
    "MergeCounts",
    "Opened",
    "Progress",
    "Sign",
    "TableCounts",
    "attached",
    "export",
    "interruptible",
    "merge",
    "opened",
    "pack",
    "seal",
]
