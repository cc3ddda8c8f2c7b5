"""Rows of the audit log that change no record (a sign-in, a print, a read, a screen lock, a
sign-out), and what the log keeps of a user name nobody has; on a file that cannot take them,
a line in the log file instead."""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Mapping
from typing import Any

from desktop.core import clock
from desktop.store import Database, audit, write
from desktop.store.db import DatabaseDamaged, DatabaseReadOnly, local_key

log = logging.getLogger("rawangi.services")


def name_marker(typed: str) -> str:
    """What the audit log and the log file keep of a user name nobody has: a keyed hash.

    The same text gives the same marker on this computer, so that repeated attempts can be
    told apart, but the text (perhaps a password typed in the wrong box) cannot be read back
    from the log, its backups or the bundles sent to headquarters: the key stays on this
    computer, outside the database.
    """
    digest = hmac.new(local_key(), typed.encode("utf-8"), hashlib.sha256).hexdigest()
    return f"#{digest[:16]}"


def record(
    db: Database,
    *,
    user: str,
    action: str,
    entity: str,
    entity_id: str | None = None,
    after: Mapping[str, Any] | None = None,
    reason: str = "",
) -> bool:
    """Add a row that changes no record (a sign-in, a print, a read) to the audit log.

    On a file that is read-only here, or found damaged (which is never written), the row
    cannot be written: the log file gets a line instead, and the action goes on. Returns
    whether the row is in the audit log.
    """
    try:
        with write(db):
            audit.append(
                db,
                at=clock.utc_stamp(),
                user=user,
                action=action,
                entity=entity,
                entity_id=entity_id,
                after=after,
                reason=reason,
            )
    except (DatabaseReadOnly, DatabaseDamaged) as error:
        why = "read-only here" if isinstance(error, DatabaseReadOnly) else "damaged"
        log.info(
            "%s (%s) by %s is not in the audit log: the database is %s%s",
            action,
            entity,
            user,
            why,
            f" ({reason})" if reason else "",
        )
        return False
    return True


def screen_locked(db: Database, user: str) -> bool:
    """The audit log's word that `user`'s screen was locked (idle, or by hand).

    Returns whether the row is in the audit log (not on a file that is read-only here).
    """
    return record(db, user=user, action="screen_lock", entity="session")


def session_ended(db: Database, user: str, reason: str) -> bool:
    """The audit log's word that `user`'s session ended (signed out, or another signed in).

    Returns whether the row is in the audit log (not on a file that is read-only here).
    """
    return record(db, user=user, action="sign_out", entity="session", reason=reason)
