"""Users and signing in: first-run set-up, sign-in with lock-out, and the admin's user actions."""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from collections.abc import Mapping
from typing import TYPE_CHECKING, TypedDict

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from desktop.core import clock
from desktop.core.errors import NotFound, PermissionDenied, SignInRefused, ValidationError
from desktop.core.ids import new_id
from desktop.core.roles import Action, Actor, Role
from desktop.core.users import (
    FAILURE_WINDOW,
    MAX_FAILURES,
    User,
    is_locked,
    lock_duration,
    normalize_name,
    normalize_person_text,
    parse_stamp,
    password_problem,
)
from desktop.services import audit_seals
from desktop.services.access import authorize
from desktop.services.audit_rows import name_marker, record
from desktop.services.office_database import office_code
from desktop.store import Database, audit, office_settings, write
from desktop.store import users as user_rows
from desktop.store.db import DatabaseReadOnly, db_path, reading

if TYPE_CHECKING:  # the keys' library loads only when something is signed
    from desktop.trust.seals import Signer

log = logging.getLogger("rawangi.services")

# Argon2id with OWASP's minimum parameters (19 MiB, 2 passes): about 40 ms on an office PC.
# The parameters live in each hash; a hash made with other parameters is redone at sign-in.
HASHER = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)
DEMO_USERS: Mapping[str, Role] = {
    "clerk": Role.CLERK,
    "supervisor": Role.SUPERVISOR,
    "admin": Role.ADMIN,
}
# The demo users' full names and designations, as a real office's manifests would print them.
DEMO_PEOPLE: Mapping[str, tuple[str, str]] = {
    "clerk": ("Muhammad Asif", "Data Entry Clerk"),
    "supervisor": ("Samina Qureshi", "Assistant Protector of Emigrants"),
    "admin": ("Farhan Siddiqui", "System Administrator"),
}
SYSTEM = "rawangi"  # the acting name of what the program does on its own (first-run set-up)
ALREADY_SET_UP = "This database is already set up; sign in instead."
DEMO_SETTING = "demo"  # "1" in a file that `rawangi demo` made: the only kind it adds to


def needs_setup(db: Database) -> bool:
    """A file without users needs the first-run set-up before anyone can sign in."""
    return user_rows.count(db) == 0


def _checked_password(password: str) -> str:
    problem = password_problem(password)
    if problem:
        raise ValidationError(problem, "password")
    return HASHER.hash(password)


class _Person(TypedDict):
    full_name: str
    designation: str


def _person(full_name: str, designation: str) -> _Person:
    """The full name and designation as stored (refused with the field named)."""
    return _Person(
        full_name=normalize_person_text(full_name, "full_name"),
        designation=normalize_person_text(designation, "designation"),
    )


def _actor(user: User) -> Actor:
    return Actor(user.name, user.role, user.office)


def initialize(
    db: Database,
    *,
    office: str,
    admin_name: str,
    password: str,
    office_name: str = "",
    full_name: str = "",
    designation: str = "",
) -> Actor:
    """First run: the office this PC serves (known or new) and its first admin.

    Args:
        full_name: the admin's name as manifests print it (else the login name is printed).
        designation: the admin's title, e.g. "Deputy Director".

    Raises:
        ValidationError: a bad office code or name, user name or password.
        PermissionDenied: the file already has users.
    """
    with reading(db):
        set_up = user_rows.count(db) > 0
    if set_up:
        record(db, user=SYSTEM, action="refused", entity="setup", reason=ALREADY_SET_UP)
        raise ValidationError(ALREADY_SET_UP, "office")
    code = office.strip().upper()
    if len(code) != 3 or not code.isalpha() or not code.isascii():
        raise ValidationError("An office code is three letters, e.g. ISB.", "office")
    name = normalize_name(admin_name)
    person = _person(full_name, designation)
    password_hash = _checked_password(password)
    at = clock.utc_stamp()
    with write(db):
        if user_rows.count(db):
            raise ValidationError(ALREADY_SET_UP, "office")
        known = dict(office_settings.offices(db))
        if code not in known:
            if not office_name.strip():
                raise ValidationError(f"Give the name of the new office {code}.", "office_name")
            user_rows.add_office(db, code, office_name.strip())
            audit.append(
                db,
                at=at,
                user=SYSTEM,
                action="create",
                entity="office",
                entity_id=code,
                after={"code": code, "name": office_name.strip()},
            )
        office_settings.put(db, "office", code)
        user = User(new_id(), name, Role.ADMIN, code, **person)
        user_rows.insert(db, user, password_hash, by=SYSTEM, at=at)
        audit.append(
            db,
            at=at,
            user=SYSTEM,
            action="setup",
            entity="user",
            entity_id=user.id,
            after={
                "name": name,
                "role": "admin",
                "office": code,
                "password": audit.secret_fingerprint(password_hash),
                **person,
            },
        )
    return _actor(user)


def sign_in(db: Database, name: str, password: str, *, signer: Signer | None = None) -> Actor:
    """Check a user's password; five failures within 15 minutes lock the account.

    With a signer (the office's key at hand), the first sign-in of a day signs the audit head.

    Every attempt is in the audit log; a user name nobody has is kept only as a marker (it may
    be a password typed in the wrong box). On a file that is read-only here nothing can be
    written: attempts go to the log file instead, and the lock-out cannot count them.

    Raises:
        SignInRefused: wrong name or password, locked or deactivated account (logged).
        StorageError: the file is damaged or locked (then nothing is counted).
    """
    now = clock.utc_now()
    at = clock.utc_stamp(now)
    typed = name.strip().lower()
    with reading(db):
        user = user_rows.by_name(db, typed)
        stored = user_rows.password_hash(db, user.id) if user is not None else ""
    if user is None:
        record(
            db,
            user=name_marker(typed) if typed else "?",
            action="sign_in_failed",
            entity="user",
            reason="unknown user",
        )
        raise SignInRefused("Wrong user name or password.")
    if not user.active:
        record(
            db,
            user=user.name,
            action="sign_in_failed",
            entity="user",
            entity_id=user.id,
            reason="deactivated",
        )
        raise SignInRefused(f"The account {user.name} is deactivated; ask an admin.")
    if is_locked(user, now):
        record(db, user=user.name, action="sign_in_locked", entity="user", entity_id=user.id)
        until = parse_stamp(user.locked_until).astimezone().strftime("%H:%M")
        raise SignInRefused(
            f"The account {user.name} is locked after too many wrong passwords until {until}; "
            "an admin can unlock it."
        )
    if not _verify(stored, password):
        _failed(db, user, now)  # raises
    try:
        with write(db):
            user_rows.hold(db, user.id)
            stored = user_rows.password_hash(db, user.id)  # another desk may have rehashed it
            changes: dict[str, object] = {}
            rehashed: dict[str, dict[str, str]] = {}  # the new hash's trace, for the replay
            if HASHER.check_needs_rehash(stored):
                changes["password_hash"] = HASHER.hash(password)
                rehashed = {
                    "before": {"password": audit.secret_fingerprint(stored)},
                    "after": {"password": audit.secret_fingerprint(str(changes["password_hash"]))},
                }
            if user.lock_count or user.locked_until:
                changes.update(lock_count=0, locked_until="")
            if changes:
                user_rows.update(db, user.id, by=user.name, at=at, **changes)
            audit.append(
                db,
                at=at,
                user=user.name,
                action="sign_in",
                entity="user",
                entity_id=user.id,
                before=rehashed.get("before"),
                after=rehashed.get("after"),
            )
            if signer is not None and audit_seals.due_today(db, now):
                audit_seals.seal_head(db, signer, user=user.name, reason="first sign-in today")
    except DatabaseReadOnly:
        log.info("sign_in (user) by %s is not in the audit log: the database is read-only here",
                 user.name)  # fmt: skip
    return _actor(user)


def _verify(stored: str, password: str) -> bool:
    try:
        return bool(HASHER.verify(stored, password))
    except (VerificationError, InvalidHashError):
        return False


def _failed(db: Database, user: User, now: dt.datetime) -> None:
    at = clock.utc_stamp(now)
    since = clock.utc_stamp(now - FAILURE_WINDOW)
    try:
        with write(db):
            audit.append(
                db,
                at=at,
                user=user.name,
                action="sign_in_failed",
                entity="user",
                entity_id=user.id,
                reason="wrong password",
            )
            failures = user_rows.recent_failures(db, user.id, since)
            if failures >= MAX_FAILURES:
                lock_count = user.lock_count + 1
                until = now + lock_duration(lock_count)
                user_rows.update(
                    db,
                    user.id,
                    by=user.name,
                    at=at,
                    lock_count=lock_count,
                    locked_until=clock.utc_stamp(until),
                )
                audit.append(
                    db,
                    at=at,
                    user=user.name,
                    action="lock",
                    entity="user",
                    entity_id=user.id,
                    after={"locked_until": clock.utc_stamp(until)},
                    reason=f"{failures} wrong passwords",
                )
    except DatabaseReadOnly:
        log.info("sign_in_failed (user) by %s is not in the audit log: the database is "
                 "read-only here", user.name)  # fmt: skip
        raise SignInRefused("Wrong user name or password.") from None
    if failures >= MAX_FAILURES:
        minutes = int(lock_duration(user.lock_count + 1).total_seconds() // 60)
        raise SignInRefused(
            f"Wrong password. The account {user.name} is now locked for {minutes} minutes; "
            "an admin can unlock it."
        )
    left = MAX_FAILURES - failures
    raise SignInRefused(
        f"Wrong user name or password. {left} more wrong attempt{'s' if left > 1 else ''} "
        "will lock this account."
    )


# -- the admin's user actions ---------------------------------------------------------------------


def _existing(db: Database, name: str) -> User:
    user = user_rows.by_name(db, name.strip().lower())
    if user is None:
        raise NotFound(f"There is no user {name.strip()!r}.")
    return user


def list_users(db: Database, actor: Actor) -> list[User]:
    """Every user of the file (admins only)."""
    authorize(db, actor, Action.MANAGE_USERS)
    return user_rows.all_users(db)


def create_user(
    db: Database,
    actor: Actor,
    name: str,
    role: Role | str,
    password: str,
    *,
    office: str | None = None,
    full_name: str = "",
    designation: str = "",
) -> User:
    """Add a user with a role and an office.

    Args:
        full_name: the name manifests print for the user (else the login name).
        designation: the user's title, printed under the name, e.g. "Data Entry Clerk".

    Raises:
        PermissionDenied, ValidationError (bad name, role, office or password; name taken).
    """
    authorize(db, actor, Action.MANAGE_USERS)
    user_name = normalize_name(name)
    try:
        user_role = Role(role)
    except ValueError:
        raise ValidationError("The role is clerk, supervisor or admin.", "role") from None
    user_office = (office or actor.office).upper()
    person = _person(full_name, designation)
    password_hash = _checked_password(password)
    at = clock.utc_stamp()
    with write(db):
        if user_office not in dict(office_settings.offices(db)):
            raise ValidationError(f"Unknown office {user_office}.", "office")
        if user_rows.by_name(db, user_name):
            raise ValidationError(f"The user name {user_name} is taken.", "name")
        user = User(new_id(), user_name, user_role, user_office, **person)
        user_rows.insert(db, user, password_hash, by=actor.name, at=at)
        audit.append(
            db,
            at=at,
            user=actor.name,
            action="create",
            entity="user",
            entity_id=user.id,
            after={
                "name": user_name,
                "role": user_role.value,
                "office": user_office,
                "password": audit.secret_fingerprint(password_hash),
                **person,
            },
        )
    return user


def change_user(
    db: Database,
    actor: Actor,
    name: str,
    *,
    role: Role | str | None = None,
    office: str | None = None,
    active: bool | None = None,
    full_name: str | None = None,
    designation: str | None = None,
) -> User:
    """Set a user's role, office, full name or designation, or (de)activate the account.

    A changed full name or designation prints on manifests made from now on; those already
    stored keep the names they were made with.
    """
    authorize(db, actor, Action.MANAGE_USERS)
    typed = {
        field: normalize_person_text(value, field)
        for field, value in (("full_name", full_name), ("designation", designation))
        if value is not None
    }
    at = clock.utc_stamp()
    with write(db):
        user = _existing(db, name)
        changes: dict[str, object] = {}
        if role is not None and Role(role) != user.role:
            if user.role is Role.ADMIN and _active_admins(db) == [user.name]:
                raise ValidationError(
                    f"{user.name} is the only active admin; make someone else an admin first.",
                    "role",
                )
            changes["role"] = Role(role)
        if office is not None and office.upper() != user.office:
            if office.upper() not in dict(office_settings.offices(db)):
                raise ValidationError(f"Unknown office {office.upper()}.", "office")
            changes["office"] = office.upper()
        if active is not None and active != user.active:
            if not active and user.name == actor.name:
                raise ValidationError("You cannot deactivate your own account.", "active")
            changes["active"] = int(active)
        changes.update(
            {field: value for field, value in typed.items() if value != getattr(user, field)}
        )
        if changes:
            before = {
                "role": user.role.value,
                "office": user.office,
                "active": user.active,
                "full_name": user.full_name,
                "designation": user.designation,
            }
            user_rows.update(db, user.id, by=actor.name, at=at, **changes)
            after = {k: (v.value if isinstance(v, Role) else v) for k, v in changes.items()}
            audit.append(
                db,
                at=at,
                user=actor.name,
                action="edit",
                entity="user",
                entity_id=user.id,
                before={k: before[k] for k in after},
                after={k: bool(v) if k == "active" else v for k, v in after.items()},
            )
    return _existing(db, name)


def _active_admins(db: Database) -> list[str]:
    return [u.name for u in user_rows.all_users(db) if u.role is Role.ADMIN and u.active]


def reset_password(db: Database, actor: Actor, name: str, password: str) -> None:
    """Give a user a new password (it also lifts a lock)."""
    authorize(db, actor, Action.MANAGE_USERS)
    password_hash = _checked_password(password)
    at = clock.utc_stamp()
    with write(db):
        user = _existing(db, name)
        old_hash = user_rows.password_hash(db, user.id)
        user_rows.update(
            db,
            user.id,
            by=actor.name,
            at=at,
            password_hash=password_hash,
            locked_until="",
            lock_count=0,
        )
        audit.append(
            db,
            at=at,
            user=actor.name,
            action="reset_password",
            entity="user",
            entity_id=user.id,
            before={"password": audit.secret_fingerprint(old_hash)},
            after={"password": audit.secret_fingerprint(password_hash)},
        )


def unlock(db: Database, actor: Actor, name: str) -> None:
    """Lift a sign-in lock before it runs out."""
    authorize(db, actor, Action.MANAGE_USERS)
    at = clock.utc_stamp()
    with write(db):
        user = _existing(db, name)
        user_rows.update(db, user.id, by=actor.name, at=at, locked_until="", lock_count=0)
        audit.append(db, at=at, user=actor.name, action="unlock", entity="user", entity_id=user.id)


def ensure_demo_users(db: Database, password: str | None) -> dict[str, str]:
    """Users clerk, supervisor and admin for demonstrations; returns those created now.

    Works on a file with or without users: missing demo users are added, others kept. With no
    password given, each new user gets a generated one (returned, to be printed once).
    """
    created: dict[str, str] = {}
    office = office_code(db)
    at = clock.utc_stamp()
    with write(db):
        for name, role in DEMO_USERS.items():
            if user_rows.by_name(db, name):
                continue
            secret = password or secrets.token_urlsafe(9)
            full_name, designation = DEMO_PEOPLE[name]
            user = User(new_id(), name, role, office, full_name=full_name, designation=designation)
            password_hash = _checked_password(secret)
            user_rows.insert(db, user, password_hash, by=SYSTEM, at=at)
            audit.append(
                db,
                at=at,
                user=SYSTEM,
                action="create",
                entity="user",
                entity_id=user.id,
                after={
                    "name": name,
                    "role": role.value,
                    "office": office,
                    "password": audit.secret_fingerprint(password_hash),
                },
                reason="demo user",
            )
            created[name] = secret
    return created


def prepare_demo_file(db: Database, password: str | None) -> dict[str, str]:
    """Make a new (or empty) file a demo file with demo users; returns the users created now.

    A file `rawangi demo` made itself gets its missing demo users back. Any other file is an
    office's: demo users there would be admins nobody appointed, so it is refused (and the
    refusal is in that file's audit log).

    Raises:
        PermissionDenied: the file holds an office's users or records.
    """
    refuse_unless_demo_file(db)
    if not office_settings.flag(db, DEMO_SETTING):
        with write(db):
            office_settings.put(db, DEMO_SETTING, "1")
    return ensure_demo_users(db, password)


def refuse_unless_demo_file(db: Database) -> None:
    """Demo data goes only into a new (empty) file or one demo made itself.

    Raises:
        PermissionDenied: an office's file (the refusal is in its audit log).
    """
    with reading(db):
        demo = _is_demo_file(db)
        empty = not demo and _is_empty(db)
    if not (demo or empty):
        record(db, user=SYSTEM, action="refused", entity="demo", reason="not a demo database")
        name = db_path(db) or "This database"
        raise PermissionDenied(
            f"{name} holds an office's users or records, so demo data and demo users are not "
            "added to it. Give demo a new file with --db (it adds to files it made itself)."
        )


def _is_empty(db: Database) -> bool:
    return not user_rows.holds_people_or_records(db)


def _is_demo_file(db: Database) -> bool:
    if office_settings.flag(db, DEMO_SETTING):
        return True
    # Demo files made before the setting existed: only demo users, made by demo, and never
    # set up as an office (a setup row is what `rawangi init` and the first-run dialog leave).
    users = user_rows.all_users(db)
    made_by_demo = user_rows.count_made_by(db, SYSTEM)
    set_up = audit.has_action(db, "user", "setup")
    return (
        bool(users)
        and all(u.name in DEMO_USERS for u in users)
        and made_by_demo == len(users)
        and not set_up
    )


def demo_actor(db: Database, name: str = "clerk") -> Actor:
    """The demo user who records the demo data."""
    return _actor(_existing(db, name))
