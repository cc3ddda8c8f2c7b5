"""Every service × clerk, supervisor, admin: allowed actions succeed, refused ones raise the
permission error and leave a 'refused' row in the audit log (DESIGN.md "Roles")."""

from __future__ import annotations

import itertools

import pytest

from desktop import services
from desktop.core.errors import PermissionDenied
from desktop.core.roles import PERMISSIONS, Action, Actor, Role
from desktop.services import (
    backups,
    bundles,
    contingents,
    demo,
    export,
    importing,
    manifests,
    office,
    slips,
    users,
)
from desktop.store import contingents as contingent_rows
from desktop.store.engine import FileOnly, is_server
from desktop.store.register import RegisterFilter
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


FLIGHT = {
    "flight_no": "PK-731", "carrier": "PIA", "airport": "ISB", "departure_date": "2026-03-15",
    "departure_time": "09:30", "destinations": "SA", "capacity": "50",
}  # fmt: skip
SUPERVISOR = Actor("setup-supervisor", Role.SUPERVISOR, "ISB")
ADMIN = Actor("root", Role.ADMIN, "ISB")


def _open_contingent(db):
    contingent = contingents.create_contingent(db, SUPERVISOR, FLIGHT)
    contingents.add_people(db, SUPERVISOR, contingent.id, [recorded(db).id])
    return contingent


def _finalized(db):
    contingent = _open_contingent(db)
    contingents.finalize(db, SUPERVISOR, contingent.id)
    return contingent


def _create_contingent(db, actor):
    contingents.create_contingent(db, actor, FLIGHT)


def _add_people(db, actor):
    contingent = contingents.create_contingent(db, SUPERVISOR, FLIGHT)
    contingents.add_people(db, actor, contingent.id, [recorded(db).id])


def _remove_people(db, actor):
    contingent = _open_contingent(db)
    (member,) = contingent_rows.members(db, contingent.id)
    contingents.remove_people(db, actor, contingent.id, [member.id])


def _move_people(db, actor):
    source, target = _open_contingent(db), contingents.create_contingent(db, SUPERVISOR, FLIGHT)
    (member,) = contingent_rows.members(db, source.id)
    contingents.move_people(db, actor, source.id, target.id, [member.id])


def _override(db, actor):
    contingent = contingents.create_contingent(db, SUPERVISOR, FLIGHT)
    stranger = services.record_departure(
        db, Actor("setup-clerk", Role.CLERK, "ISB"), {**fresh_person(), "destination": "QA"}
    )
    contingents.add_people(db, actor, contingent.id, [stranger.id], override_reason="same flight")


def _finalize(db, actor):
    contingents.finalize(db, actor, _open_contingent(db).id)


def _reopen(db, actor):
    contingents.reopen(db, actor, _finalized(db).id, reason="one more passenger")


def _mark_departed(db, actor):
    contingents.mark_departed(db, actor, _finalized(db).id)


def _print(db, actor):
    manifests.manifest_copy(db, actor, _finalized(db).id)


def _slips(db, actor):
    slips.slips_pdf(db, actor, _finalized(db).code)


def _export(db, actor, tmp_path):
    export.export_register(db, actor, RegisterFilter(), tmp_path / f"x{next(_serial)}.csv")


def _backup(db, actor, tmp_path):
    try:
        backups.take_backup(db, actor, tmp_path / "backups")
    except FileOnly:
        # Past the role check, a backup by copy met the office server: its backups (pg_dump)
        # are their own work. The role table is what this test checks.
        assert is_server(db)


def _import(db, actor, tmp_path):
    path = tmp_path / f"list{next(_serial)}.csv"
    values = fresh_person()
    path.write_text(",".join(values) + "\n" + ",".join(str(v) for v in values.values()) + "\n")
    source = importing.read_source(path)
    importing.validate(db, actor, source, importing.mapping_for(db, source))


def _office_settings(db, actor):
    office.change_office_settings(db, actor, office.OfficeSettings(idle_minutes=7))


def _export_bundle(db, actor, tmp_path):
    bundles.export_bundle(db, actor, tmp_path / f"b{next(_serial)}.zip")


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
    "contingents.create_contingent": (Action.MANAGE_CONTINGENT, _create_contingent),
    "contingents.add_people": (Action.MANAGE_CONTINGENT, _add_people),
    "contingents.remove_people": (Action.MANAGE_CONTINGENT, _remove_people),
    "contingents.move_people": (Action.MANAGE_CONTINGENT, _move_people),
    "contingents.add_people (override)": (Action.OVERRIDE, _override),
    "contingents.finalize": (Action.FINALIZE, _finalize),
    "contingents.reopen": (Action.REOPEN, _reopen),
    "contingents.mark_departed": (Action.FINALIZE, _mark_departed),
    "manifests.manifest_copy": (Action.PRINT_MANIFEST, _print),
    "slips.slips_pdf": (Action.PRINT_SLIPS, _slips),
    "office.change_office_settings": (Action.OFFICE_SETTINGS, _office_settings),
}
# Services that also need a folder to write to.
WITH_FOLDER = {
    "export.export_register": (Action.EXPORT_DATA, _export),
    "backups.take_backup": (Action.TAKE_BACKUP, _backup),
    "importing.validate": (Action.IMPORT_LIST, _import),
    "bundles.export_bundle": (Action.EXPORT_BUNDLE, _export_bundle),
}


@pytest.fixture
def office_db(db):
    admin = users.initialize(db, office="ISB", admin_name="root", password=PASSWORD)
    users.create_user(db, admin, "target", "clerk", PASSWORD)
    return db


def refusals(db):
    return db.conn.execute("SELECT count(*) FROM audit WHERE action = 'refused'").fetchone()[0]


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
@pytest.mark.parametrize("service", sorted({*SERVICES, *WITH_FOLDER}))
def test_the_role_table_is_enforced_by_every_service(office_db, service, role, tmp_path):
    if service in SERVICES:
        action, call = SERVICES[service]
    else:
        action, with_folder = WITH_FOLDER[service]

        def call(db, actor):
            with_folder(db, actor, tmp_path)

    actor = Actor(f"a-{role.value}", role, "ISB")
    before = refusals(office_db)
    if role in PERMISSIONS[action]:
        call(office_db, actor)
        assert refusals(office_db) == before
    else:
        with pytest.raises(PermissionDenied, match=f"{actor.name} \\({role.value}\\) may not"):
            call(office_db, actor)
        assert refusals(office_db) == before + 1
