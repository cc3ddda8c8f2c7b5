"""Signed audit heads: the log's head hash signed by the office's key, stored in the log itself.

Anyone who can write the file can append audit rows with recomputed hashes, or rewrite old
rows and recompute the chain after them; only the office's key can sign a head. A seal row
(action "seal", entity "audit head", entity id the key id) holds in `after` the id and hash of
the row before it and the signature over both (`desktop.trust.seals.head_text`). Heads are
signed at each finalization, bundle export and backup, and at the first sign-in of a day, when
the office's key and its passphrase are at hand (a `Signer`); without one nothing is signed.

`check` reads the seals back: each signature must hold against a certificate of the office
(its current one, those in `history/`, or a trust list's), the chain must still pass through
each signed head, and the rows after the newest signed head are "not yet sealed".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

from desktop.core import clock
from desktop.store import Database, audit, write
from desktop.store.db import DatabaseReadOnly

if TYPE_CHECKING:  # the keys' library (0.1 s) loads only when a head is signed or checked
    from cryptography import x509

    from desktop.trust.seals import Signer


def _seals() -> ModuleType:
    from desktop.trust import seals  # noqa: PLC0415 - loaded when a head is signed or checked

    return seals


def seal_head(db: Database, signer: Signer, *, user: str, reason: str) -> int:
    """Store the current head signed by the office's key, inside the caller's write
    transaction; returns the seal row's id."""
    row_id, head = audit.newest(db)
    return audit.append(
        db,
        at=clock.utc_stamp(),
        user=user,
        action=audit.SEAL_ACTION,
        entity=audit.SEAL_ENTITY,
        entity_id=signer.kid,
        after={
            "head_id": row_id,
            "head": head,
            "kid": signer.kid,
            "office": signer.office,
            "signature": _seals().sign_head(signer, row_id, head),
        },
        reason=reason,
    )


def seal_now(db: Database, signer: Signer | None, *, user: str, reason: str) -> None:
    """`seal_head` in its own transaction; nothing without a signer or on a read-only file."""
    if signer is None:
        return
    try:
        with write(db):
            seal_head(db, signer, user=user, reason=reason)
    except DatabaseReadOnly:
        pass  # nothing can be appended to a file that is read-only here


def day_start(now: dt.datetime | None = None) -> str:
    """The UTC stamp of the start of today where this computer is."""
    moment = (now or clock.utc_now()).astimezone()
    return clock.utc_stamp(moment.replace(hour=0, minute=0, second=0, microsecond=0))


def due_today(db: Database, now: dt.datetime | None = None) -> bool:
    """Whether no head has been signed yet today (the first sign-in of a day signs one)."""
    return not audit.sealed_since(db, day_start(now))


@dataclass(frozen=True)
class SealCheck:
    """What `check` found of the signed heads."""

    ok: bool
    message: str
    seals: int = 0  # signed heads that hold
    sealed_through: int = 0  # the newest seal row's id (0: none)
    unsealed: int = 0  # rows after it


def check(db: Database, certificates: Iterable[x509.Certificate], *, chain_ok: bool) -> SealCheck:
    """Check every signed head of the log against the office's certificates.

    Args:
        certificates: the office's certificates (current, earlier ones, a trust list's).
        chain_ok: whether the chain verified: the stored hashes are then the recomputed ones,
            and each signed head must be the stored hash of its row.
    """
    known = list(certificates)
    found = audit.seals(db)
    good = 0
    last_seal = 0
    for seal_id, at, after in found:
        head_id, head = after.get("head_id"), after.get("head")
        kid, signature = after.get("kid"), after.get("signature")
        if not (
            isinstance(head_id, int)
            and isinstance(head, str)
            and isinstance(kid, str)
            and isinstance(signature, str)
        ):
            return SealCheck(False, f"the signed head at audit row {seal_id:,} cannot be read")
        if not known:
            return SealCheck(
                False,
                f"the head signed at audit row {seal_id:,} ({at}) cannot be checked: no "
                "certificate of this office is here (keys import it, or give --trust)",
            )
        certificate = _seals().head_signed_by(known, kid, head_id, head, signature)
        if certificate is None:
            if not any(_seals().keys.key_id(c).hex() == kid for c in known):
                return SealCheck(
                    False,
                    f"the head signed at audit row {seal_id:,} ({at}) is signed by key {kid}, "
                    "which no certificate of this office has",
                )
            return SealCheck(
                False,
                f"the signature of the head at audit row {seal_id:,} ({at}) does not hold: "
                "the row was changed",
            )
        if chain_ok and audit.hash_at(db, head_id) != head:
            return SealCheck(
                False,
                f"audit row {head_id:,} is not the head signed at row {seal_id:,} ({at}): "
                "the rows up to it were rewritten",
            )
        good += 1
        last_seal = max(last_seal, seal_id)
    if not good:
        total = audit.count_after(db, 0)
        return SealCheck(
            True, f"not yet sealed: {total:,} rows (no signed head in the log)", 0, 0, total
        )
    unsealed = audit.count_after(db, last_seal)
    return SealCheck(
        True,
        f"sealed: {good:,} signed head{'s' if good != 1 else ''} hold{'s' if good == 1 else ''}, "
        f"the newest at audit row {last_seal:,}; {_rows(unsealed)} after it not yet sealed",
        good,
        last_seal,
        unsealed,
    )


def _rows(count: int) -> str:
    return f"{count:,} row" if count == 1 else f"{count:,} rows"
