"""Users and signing in: first-run set-up, sign-in with lock-out, and the admin's user actions."""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from collections.abc import Mapping

import sqlite_utils
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from desktop.core import clock
from desktop.core.errors import NotFound, SignInRefused, ValidationError
from desktop.core.ids import new_id
from desktop.core.roles import Action, Actor, Role
from desktop.core.users import (
    FAILURE_WINDOW,
    MAX_FAILURES,
    User,
    is_locked,
    lock_duration,
    normalize_name,
    parse_stamp,
    password_problem,
)
from desktop.services.access import authorize
from desktop.store import audit, settings, write
from desktop.store import users as user_rows

log = logging.getLogger("rawangi.services")

# Argon2id with OWASP's minimum parameters (19 MiB, 2 passes): about 40 ms on an office PC.
# The parameters live in each hash; a hash made with other parameters is redone at sign-in.
HASHER = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)
DEMO_USERS: Mapping[str, Role] = {
    "clerk": Role.CLERK,
    "supervisor": Role.SUPERVISOR,
    "admin": Role.ADMIN,
}
SYSTEM = "rawangi"  # the acting name of what the program does on its own (first-run set-up)


def needs_setup(db: sqlite_utils.Database) -> bool:
    """A file without users needs the first-run set-up before anyone can sign in."""
    return user_rows.count(db) == 0


def _checked_password(password: str) -> str:
    problem = password_problem(password)
    if problem:
        raise ValidationError(problem, "password")
    return HASHER.hash(password)


def _actor(user: User) -> Actor:
    return Actor(user.name, user.role, user.office)


def initialize(
    db: sqlite_utils.Database,
    *,
    office: str,
    admin_name: str,
    password: str,
    office_name: str = "",
) -> Actor:
    """First run: the office this PC serves (known or new) and its first admin.

    Raises:
        ValidationError: a bad office code or name, user name or password.
        PermissionDenied: the file already has users.
    """
    code = office.strip().upper()
    if len(code) != 3 or not code.isalpha() or not code.isascii():
        raise ValidationError("An office code is three letters, e.g. ISB.", "office")
    name = normalize_name(admin_name)
    password_hash = _checked_password(password)
    at = clock.utc_stamp()
    with write(db):
        if user_rows.count(db):
            raise ValidationError("This database is already set up; sign in instead.", "office")
        known = dict(settings.offices(db))
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
        settings.put(db, "office", code)
        user = User(new_id(), name, Role.ADMIN, code)
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
            },
        )
    return _actor(user)


def sign_in(db: sqlite_utils.Database, name: str, password: str) -> Actor:
    """Check a user's password; five failures within 15 minutes lock the account.

    Raises:
        SignInRefused: wrong name or password, locked or deactivated account (logged).
    """
    now = clock.utc_now()
    at = clock.utc_stamp(now)
    typed = name.strip().lower()
    user = user_rows.by_name(db, typed)
    if user is None:
        with write(db):
            audit.append(
                db,
                at=at,
                user=typed or "?",
                action="sign_in_failed",
                entity="user",
                after={"name": typed},
                reason="unknown user",
            )
        raise SignInRefused("Wrong user name or password.")
    if not user.active:
        with write(db):
            audit.append(
                db,
                at=at,
                user=user.name,
                action="sign_in_failed",
                entity="user",
                entity_id=user.id,
                reason="deactivated",
            )
        raise SignInRefused(f"The account {user.name} is deactivated; ask an admin.")
    if is_locked(user, now):
        with write(db):
            audit.append(
                db, at=at, user=user.name, action="sign_in_locked", entity="user", entity_id=user.id
            )
        until = parse_stamp(user.locked_until).astimezone().strftime("%H:%M")
        raise SignInRefused(
            f"The account {user.name} is locked after too many wrong passwords until {until}; "
            "an admin can unlock it."
        )
    stored = user_rows.password_hash(db, user.id)
    if not _verify(stored, password):
        _failed(db, user, now)  # raises
    with write(db):
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
    return _actor(user)


def _verify(stored: str, password: str) -> bool:
    try:
        return bool(HASHER.verify(stored, password))
    except (VerificationError, InvalidHashError):
        return False


def _failed(db: sqlite_utils.Database, user: User, now: dt.datetime) -> None:
    at = clock.utc_stamp(now)
    since = clock.utc_stamp(now - FAILURE_WINDOW)
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


def _existing(db: sqlite_utils.Database, name: str) -> User:
    user = user_rows.by_name(db, name.strip().lower())
    if user is None:
        raise NotFound(f"There is no user {name.strip()!r}.")
    return user


def list_users(db: sqlite_utils.Database, actor: Actor) -> list[User]:
    """Every user of the file (admins only)."""
    authorize(db, actor, Action.MANAGE_USERS)
    return user_rows.all_users(db)


def create_user(
    db: sqlite_utils.Database,
    actor: Actor,
    name: str,
    role: Role | str,
    password: str,
    *,
    office: str | None = None,
) -> User:
    """Add a user with a role and an office.

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
    password_hash = _checked_password(password)
    at = clock.utc_stamp()
    with write(db):
        if user_office not in dict(settings.offices(db)):
            raise ValidationError(f"Unknown office {user_office}.", "office")
        if user_rows.by_name(db, user_name):
            raise ValidationError(f"The user name {user_name} is taken.", "name")
        user = User(new_id(), user_name, user_role, user_office)
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
            },
        )
    return user


def change_user(
    db: sqlite_utils.Database,
    actor: Actor,
    name: str,
    *,
    role: Role | str | None = None,
    office: str | None = None,
    active: bool | None = None,
) -> User:
    """Set a user's role or office, or (de)activate the account."""
    authorize(db, actor, Action.MANAGE_USERS)
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
            if office.upper() not in dict(settings.offices(db)):
                raise ValidationError(f"Unknown office {office.upper()}.", "office")
            changes["office"] = office.upper()
        if active is not None and active != user.active:
            if not active and user.name == actor.name:
                raise ValidationError("You cannot deactivate your own account.", "active")
            changes["active"] = int(active)
        if changes:
            before = {"role": user.role.value, "office": user.office, "active": user.active}
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


def _active_admins(db: sqlite_utils.Database) -> list[str]:
    return [u.name for u in user_rows.all_users(db) if u.role is Role.ADMIN and u.active]


def reset_password(db: sqlite_utils.Database, actor: Actor, name: str, password: str) -> None:
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


def unlock(db: sqlite_utils.Database, actor: Actor, name: str) -> None:
    """Lift a sign-in lock before it runs out."""
    authorize(db, actor, Action.MANAGE_USERS)
    at = clock.utc_stamp()
    with write(db):
        user = _existing(db, name)
        user_rows.update(db, user.id, by=actor.name, at=at, locked_until="", lock_count=0)
        audit.append(db, at=at, user=actor.name, action="unlock", entity="user", entity_id=user.id)


def ensure_demo_users(db: sqlite_utils.Database, password: str | None) -> dict[str, str]:
    """Users clerk, supervisor and admin for demonstrations; returns those created now.

    Works on a file with or without users: missing demo users are added, others kept. With no
    password given, each new user gets a generated one (returned, to be printed once).
    """
    created: dict[str, str] = {}
    office = settings.get(db, "office", "ISB")
    at = clock.utc_stamp()
    with write(db):
        for name, role in DEMO_USERS.items():
            if user_rows.by_name(db, name):
                continue
            secret = password or secrets.token_urlsafe(9)
            user = User(new_id(), name, role, office)
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


def demo_actor(db: sqlite_utils.Database, name: str = "clerk") -> Actor:
    """The demo user who records the demo data."""
    return _actor(_existing(db, name))
