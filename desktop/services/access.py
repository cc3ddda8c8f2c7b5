"""Permission checks that leave a trace: every refusal is written to the audit log."""

from __future__ import annotations

from desktop.core.errors import PermissionDenied
from desktop.core.roles import Action, Actor, require
from desktop.services.audit_rows import record
from desktop.store import Database
from desktop.store.db import in_transaction


def authorize(db: Database, actor: Actor, action: Action) -> None:
    """Refuse what the actor's role may not do, and log the refusal.

    Call it before opening the action's own write transaction: the refusal is committed on its
    own, so that it stays in the log although the action does not happen.

    Raises:
        PermissionDenied: the role table does not allow it.
    """
    try:
        require(actor, action)
    except PermissionDenied as refusal:
        if not in_transaction(db):
            # A read-only file cannot take the row: the log file gets it (`record`).
            record(
                db,
                user=actor.name,
                action="refused",
                entity="permission",
                entity_id=action.name.lower(),
                reason=str(refusal),
            )
        raise
