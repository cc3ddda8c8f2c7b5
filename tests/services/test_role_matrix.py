"""Every service × clerk, supervisor, admin: allowed actions succeed, refused ones raise the
permission error and leave a 'refused' row in the audit log (DESIGN.md "Roles")."""

from __future__ import annotations

import itertools

import pytest

from desktop import services
from desktop.core.errors import PermissionDenied
from desktop.core.roles import PERMISSIONS, Action, Actor, Role
from desktop.services import demo, users
from tests.factories import person

PASSWORD = "matrix-password"
_serial = itertools.count(1)


def fresh_person():
    n = next(_serial)
    return person(cnic=f"35202-{n:07d}-1", passport_no=f"AB{n:07d}")


def recorded(db):
    clerk = Actor("setup-clerk", Role.CLERK, "ISB")
    return services.record_departure(db, clerk, fresh_person())


def _record(db, actor):
    services.record_departure(db, actor, fresh_person())


def _edit(db, actor):
    stored = recorded(db)
    services.update_departure(db, actor, stored.id, {"trade": "Welder"}, version=stored.version)


def _status(db, actor):
    stored = recorded(db)
    services.change_status(db, actor, stored.id, "departed")


def _demo(db, actor):
    demo.fill(db, actor, 3, office="ISB", seed=1)


def _create_user(db, actor):
    users.create_user(db, actor, f"user{next(_serial)}", "clerk", PASSWORD)


def _change_user(db, actor):
    users.change_user(db, actor, "target", role="supervisor")


def _reset_password(db, actor):
    users.reset_password(db, actor, "target", PASSWORD + "2")


def _unlock(db, actor):
    users.unlock(db, actor, "target")


def _list_users(db, actor):
    users.list_users(db, actor)


# service name -> (the role-table action it needs, a call that exercises it)
SERVICES = {
    "record_departure": (Action.RECORD_DEPARTURE, _record),
    "update_departure": (Action.EDIT_DEPARTURE, _edit),
    "change_status": (Action.CHANGE_STATUS, _status),
    "demo.fill": (Action.RECORD_DEPARTURE, _demo),
    "users.create_user": (Action.MANAGE_USERS, _create_user),
    "users.change_user": (Action.MANAGE_USERS, _change_user),
    "users.reset_password": (Action.MANAGE_USERS, _reset_password),
    "users.unlock": (Action.MANAGE_USERS, _unlock),
    "users.list_users": (Action.MANAGE_USERS, _list_users),
}


@pytest.fixture
def office_db(db):
    admin = users.initialize(db, office="ISB", admin_name="root", password=PASSWORD)
    users.create_user(db, admin, "target", "clerk", PASSWORD)
    return db


def refusals(db):
    return db.conn.execute("SELECT count(*) FROM audit WHERE action = 'refused'").fetchone()[0]


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
@pytest.mark.parametrize("service", sorted(SERVICES))
def test_the_role_table_is_enforced_by_every_service(office_db, service, role):
    action, call = SERVICES[service]
    actor = Actor(f"a-{role.value}", role, "ISB")
    before = refusals(office_db)
    if role in PERMISSIONS[action]:
        call(office_db, actor)
        assert refusals(office_db) == before
    else:
        with pytest.raises(PermissionDenied, match=f"{actor.name} \\({role.value}\\) may not"):
            call(office_db, actor)
        assert refusals(office_db) == before + 1
