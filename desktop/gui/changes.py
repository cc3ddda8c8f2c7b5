"""Records changed, said once: every view learns of a change to the data in one way.

After a service changes data, `perform` (or whoever did it, e.g. a background job or, later,
the office server) publishes a `Change` on the hub of that database file; the views showing
those records subscribe to `hub(db).changed` and read again only what they show.

    changes.perform(contingents.mark_departed, db, actor, contingent_id, no_shows=absent)

A change may be published from any thread: it reaches the subscribers on the GUI thread.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from desktop.core.contingent import Contingent
from desktop.core.departure import Departure
from desktop.store import Database
from desktop.store.db import ServerUnreachable, db_path, engine_errors, storage_error
from desktop.store.engine import connection_lost, reconnect

T = TypeVar("T")

DEPARTURES = "departures"
CONTINGENTS = "contingents"
MANIFESTS = "manifests"
USERS = "users"
SETTINGS = "settings"
AUDIT = "audit"
KINDS = (DEPARTURES, CONTINGENTS, MANIFESTS, USERS, SETTINGS, AUDIT)


@dataclass(frozen=True)
class Change:
    """What changed: kinds of records, and their ids where known (empty: any of that kind)."""

    kinds: frozenset[str]
    departure_ids: frozenset[str] = field(default_factory=frozenset)
    contingent_ids: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        unknown = set(self.kinds) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown kinds of change: {sorted(unknown)}")

    def touches(self, *kinds: str) -> bool:
        """True when any of these kinds of records changed."""
        return any(kind in self.kinds for kind in kinds)

    def touches_departure(self, departure_id: str | None) -> bool:
        """True when this departure may have changed."""
        if DEPARTURES not in self.kinds or departure_id is None:
            return False
        return not self.departure_ids or departure_id in self.departure_ids

    def touches_contingent(self, contingent_id: str) -> bool:
        """True when this contingent, or who is in it, may have changed."""
        if not self.touches(CONTINGENTS, DEPARTURES, MANIFESTS):
            return False
        return not self.contingent_ids or contingent_id in self.contingent_ids


def change(
    *kinds: str, departure_ids: Iterable[str] = (), contingent_ids: Iterable[str] = ()
) -> Change:
    return Change(
        frozenset(kinds),
        frozenset(str(i) for i in departure_ids),
        frozenset(str(i) for i in contingent_ids),
    )


class Hub(QObject):
    """The changes of one database file. Subscribe to `changed`; call `publish`."""

    changed = Signal(object)  # a Change, always on the GUI thread
    server_gone = Signal(str)  # the office server cannot be reached: the message to show
    server_back = Signal()  # connected again (a reconnect, or the next save's retry)
    _arrived = Signal(object)  # from another thread: queued to the hub's own (GUI) thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._arrived.connect(self._deliver)

    def publish(self, what: Change) -> None:
        """Tell every subscriber; from a worker thread, once the GUI thread is free."""
        if QThread.currentThread() is self.thread():
            self.changed.emit(what)
        else:
            self._arrived.emit(what)

    @Slot(object)
    def _deliver(self, what: Change) -> None:
        self.changed.emit(what)


_hubs: dict[str, Hub] = {}
_hubs_lock = threading.Lock()


def hub(db: Database | str) -> Hub:
    """The hub of a database file (every connection to the same file shares it)."""
    path = db if isinstance(db, str) else db_path(db)
    with _hubs_lock:
        found = _hubs.get(path)
        if found is None:
            found = Hub()
            app = QCoreApplication.instance()
            if app is not None and found.thread() is not app.thread():
                found.moveToThread(app.thread())  # made by a worker: delivered on the GUI thread
            _hubs[path] = found
    return found


def publish(db: Database | str, what: Change) -> None:
    hub(db).publish(what)


# What each service changes, said once. Every change writes the audit log too.
SERVICE_CHANGES: dict[str, tuple[str, ...]] = {
    "departures.record_departure": (DEPARTURES, CONTINGENTS),
    "departures.update_departure": (DEPARTURES, CONTINGENTS),
    "departures.change_status": (DEPARTURES, CONTINGENTS),
    "contingents.create_contingent": (CONTINGENTS,),
    "contingents.add_people": (CONTINGENTS, DEPARTURES),
    "contingents.remove_people": (CONTINGENTS, DEPARTURES),
    "contingents.move_people": (CONTINGENTS, DEPARTURES),
    "contingents.finalize": (CONTINGENTS, MANIFESTS),
    "contingents.reopen": (CONTINGENTS, MANIFESTS),
    "contingents.mark_departed": (CONTINGENTS, DEPARTURES, MANIFESTS),
    "importing.commit": (DEPARTURES, CONTINGENTS),
    "importing.remember_mapping": (SETTINGS,),
    "bundles.import_bundle": (DEPARTURES, CONTINGENTS, MANIFESTS, USERS),
    "users.initialize": (USERS, SETTINGS),
    "users.create_user": (USERS,),
    "users.change_user": (USERS,),
    "users.reset_password": (USERS,),
    "users.unlock": (USERS,),
    "office.change_office_settings": (SETTINGS,),
    "backups.take_backup": (),
    "manifests.manifest_copy": (MANIFESTS,),
}
# The arguments that name the records changed.
_CONTINGENT_ARGUMENTS = ("contingent_id", "from_id", "to_id")
_DEPARTURE_ARGUMENTS = ("departure_id", "departure_ids")


def _service_name(fn: Callable[..., Any]) -> str:
    return f"{fn.__module__.rsplit('.', 1)[-1]}.{fn.__name__}"


def kinds_of(fn: Callable[..., Any]) -> tuple[str, ...]:
    """The kinds of records a service changes; for one not listed (a stand-in of a test),
    every kind: a view read again for nothing is better than a stale one."""
    listed = SERVICE_CHANGES.get(_service_name(fn))
    return KINDS if listed is None else (*listed, AUDIT)


def change_of(
    fn: Callable[..., Any], args: tuple[Any, ...], kw: dict[str, Any], result: Any
) -> Change:
    """The change a service call made: its kinds, with ids from its arguments and result."""
    try:
        bound = inspect.signature(fn).bind_partial(*args, **kw).arguments
    except TypeError:
        bound = dict(kw)
    contingent_ids: set[str] = set()
    departure_ids: set[str] = set()
    for name in _CONTINGENT_ARGUMENTS:
        if isinstance(bound.get(name), str):
            contingent_ids.add(bound[name])
    for name in _DEPARTURE_ARGUMENTS:
        value = bound.get(name)
        if isinstance(value, str):
            departure_ids.add(value)
        elif isinstance(value, Iterable):
            departure_ids.update(str(v) for v in value)
    if isinstance(result, Contingent):
        contingent_ids.add(str(result.id))
    elif isinstance(result, Departure) and result.id:
        departure_ids.add(str(result.id))
    return change(*kinds_of(fn), departure_ids=departure_ids, contingent_ids=contingent_ids)


def reconnect_if_lost(db: Database) -> None:
    """The office server was gone: connect again before the next read or save (nothing on a
    file). The hub says so either way.

    Raises:
        ServerUnreachable: it is still gone.
    """
    if not connection_lost(db):
        return
    try:
        reconnect(db)  # type: ignore[arg-type]  # only a server's connection is ever lost
    except ServerUnreachable as error:
        hub(db).server_gone.emit(str(error))
        raise
    hub(db).server_back.emit()


@contextmanager
def guarded(db: Database) -> Iterator[None]:
    """Reads and saves of the window: a connection to the office server lost earlier is made
    again first, and the engine's failures people can act on (the server gone, a busy file)
    come out as StorageError, the server's loss also told to the hub (the window's banner and
    its Reconnect entry)."""
    reconnect_if_lost(db)
    try:
        yield
    except engine_errors() as error:
        found = storage_error(error, db_path(db))
        if found is error:
            raise  # not one people can act on: a bug, for the crash handler
        if isinstance(found, ServerUnreachable):
            hub(db).server_gone.emit(str(found))
        raise found from error
    except ServerUnreachable as error:
        hub(db).server_gone.emit(str(error))
        raise


def perform(fn: Callable[..., T], db: Database, *args: Any, **kw: Any) -> T:
    """Call a service (`fn(db, *args, **kw)`) and publish what it changed; its errors pass
    (the engine's as StorageError, see `guarded`)."""
    with guarded(db):
        result = fn(db, *args, **kw)
    publish(db, change_of(fn, (db, *args), kw, result))
    return result
