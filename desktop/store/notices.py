"""Hearing what other desks change on the office server (PostgreSQL's LISTEN/NOTIFY).

Every committed change to a departure, a contingent, a manifest or a user sends a notice on
`server_schema.NOTICE_CHANNEL` (the step "0002_change_notices"). A desk listens on a connection
of its own: its socket becomes readable when a notice arrives, and `heard` reads what came,
without waiting. A file has no other desks: nothing to listen to there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.store.engine import Database, ServerDatabase, connect_server
from desktop.store.server_schema import NOTICE_CHANNEL

# The tables whose notices people see in the views; the text before the colon of a notice.
NOTICE_KINDS = ("departures", "contingents", "manifests", "users")


@dataclass(frozen=True)
class Notice:
    """One change another connection committed: the kind of record and its id (for a manifest,
    its contingent's id)."""

    kind: str
    id: str


class ChangeNotices:
    """A listening connection to the office server."""

    def __init__(self, db: ServerDatabase) -> None:
        self._listener = connect_server(db.address)
        self._listener.conn.execute(f"LISTEN {NOTICE_CHANNEL}")
        self._own = db

    def fileno(self) -> int:
        """The socket to watch: readable when a notice (or the server's goodbye) arrives."""
        return int(self._listener.conn.raw.fileno())

    @property
    def closed(self) -> bool:
        return self._listener.conn.closed

    def heard(self) -> list[Notice]:
        """The notices that arrived, oldest first, without waiting; the desk's own changes
        (made on `db`'s connection, already shown) left out.

        Raises:
            ServerUnreachable: the listening connection is gone.
        """
        from desktop.store.db import storage_error  # noqa: PLC0415 - db imports the engine

        raw: Any = self._listener.conn.raw
        own_pid = None if self._own.conn.closed else self._own.conn.raw.info.backend_pid
        found: list[Notice] = []
        try:
            for notice in raw.notifies(timeout=0):
                if notice.pid == own_pid:
                    continue
                kind, _, record_id = str(notice.payload).partition(":")
                if kind in NOTICE_KINDS and record_id:
                    found.append(Notice(kind, record_id))
        except Exception as error:
            raise storage_error(error, self._own.address) from error
        return found

    def close(self) -> None:
        self._listener.close()


def listen(db: Database) -> ChangeNotices | None:
    """A listener for the other desks' changes; None on a file (no other desks).

    Raises:
        ServerUnreachable: the server cannot be reached.
    """
    if not isinstance(db, ServerDatabase):
        return None
    return ChangeNotices(db)
