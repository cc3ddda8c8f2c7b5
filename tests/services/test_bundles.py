"""Headquarters bundles: four offices merged twice give exactly their union; newer versions win;
a changed byte is refused with the headquarters' file untouched; clerks may do neither."""

import datetime as dt
import hashlib
import shutil
import sqlite3
import threading
import zipfile
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from desktop import services
from desktop.core import clock
from desktop.core.errors import Cancelled, PermissionDenied
from desktop.core.roles import Actor, Role
from desktop.services import bundles, demo, users
from desktop.store import audit, open_database, register
from desktop.store import bundle as store_bundle
from desktop.store.bundle import SEAL_LENGTH, BundleRefused
from desktop.store.db import connect
from tests.conftest import TODAY
from tests.factories import person

PASSWORD = "a-long-password-1"
OFFICES = {"ISB": 11, "KHI": 22, "LHE": 33, "PEW": 44}
BUILT_AT = dt.datetime(2026, 2, 20, 9, 0, tzinfo=dt.UTC)
EXPORTED_AT = dt.datetime(2026, 2, 25, 9, 0, tzinfo=dt.UTC)
EDITED_AT = dt.datetime(2026, 3, 1, 10, 0, tzinfo=dt.UTC)


def build_office(path: Path, office: str, seed: int, count: int = 90) -> None:
    db = open_database(path)
    users.initialize(db, office=office, admin_name="boss", password=PASSWORD)
    users.ensure_demo_users(db, PASSWORD)
    demo.fill(
        db,
        users.demo_actor(db, "clerk"),
        count,
        office=office,
        seed=seed,
        contingent_size=30,
        supervisor=users.demo_actor(db, "supervisor"),
    )
    db.close()


def build_hq(path: Path) -> None:
    db = open_database(path)
    users.initialize(
        db, office="HQS", admin_name="boss", password=PASSWORD, office_name="Headquarters"
    )
    users.ensure_demo_users(db, PASSWORD)
    db.close()


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    """Four office files and an empty headquarters file, made once (tests copy them)."""
    folder = tmp_path_factory.mktemp("built")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(clock, "today", lambda: TODAY)
        patch.setattr(clock, "utc_now", lambda: BUILT_AT)
        patch.setattr(users, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
        files = {}
        for office, seed in OFFICES.items():
            files[office] = folder / f"{office}.db"
            build_office(files[office], office, seed)
        files["HQ"] = folder / "hq.db"
        build_hq(files["HQ"])
    return files


@pytest.fixture
def files(built, tmp_path, monkeypatch) -> dict[str, Path]:
    monkeypatch.setattr(clock, "utc_now", lambda: EXPORTED_AT)
    copies = {}
    for name, path in built.items():
        copies[name] = tmp_path / path.name
        shutil.copy(path, copies[name])
    return copies


@pytest.fixture
def hq(files):
    db = open_database(files["HQ"])
    yield db
    db.close()


def supervisor_of(office: str) -> Actor:
    return Actor("supervisor", Role.SUPERVISOR, office)


HQ_ADMIN = Actor("admin", Role.ADMIN, "HQS")


def export(path: Path, office: str, out: Path, since: dt.date | None = None) -> bundles.Made:
    db = open_database(path)
    try:
        return bundles.export_bundle(db, supervisor_of(office), out, since=since)
    finally:
        db.close()


def rows(db, sql: str) -> list[tuple]:
    return [tuple(row) for row in db.conn.execute(sql)]


def departure_rows(db, office: str | None = None) -> list[tuple]:
    where = f" WHERE office = '{office}'" if office else ""
    return rows(db, f"SELECT * FROM departures{where} ORDER BY id")


def contingent_rows(db, office: str) -> list[tuple]:
    return rows(db, f"SELECT * FROM contingents WHERE office = '{office}' ORDER BY id")


def snapshot(db) -> dict[str, list[tuple]]:
    return {
        table: rows(db, f"SELECT * FROM {table} ORDER BY 1, 2")
        for table in (
            "offices",
            "contingents",
            "departures",
            "office_manifests",
            "office_audit",
            "audit",
        )
    }


# -- the union -----------------------------------------------------------------------------------


def test_four_offices_imported_twice_give_exactly_the_union(files, hq, tmp_path):
    made = {o: export(files[o], o, tmp_path / f"{o}.zip") for o in OFFICES}

    first = [bundles.import_bundle(hq, HQ_ADMIN, made[o].path) for o in OFFICES]

    assert all(result.changed for result in first)
    for office in OFFICES:
        source = open_database(files[office])
        try:
            assert departure_rows(hq, office) == departure_rows(source)
            assert contingent_rows(hq, office) == contingent_rows(source, office)
            proof_columns = "id, contingent_id, revision, sha256, fingerprint"
            proofs = rows(source, f"SELECT {proof_columns} FROM manifests ORDER BY id")
            assert proofs, "the demo finalizes a contingent, so there is a manifest"
            assert proofs == rows(
                hq,
                f"SELECT {proof_columns} FROM office_manifests "
                f"WHERE office = '{office}' ORDER BY id",
            )
            # Every audit row up to the bundle's head (the export's own row came after it).
            kept = rows(
                hq,
                "SELECT id, at, user, action, entity, entity_id, before, after, reason, hash "
                f"FROM office_audit WHERE office = '{office}' ORDER BY id",
            )
            assert kept == rows(source, "SELECT * FROM audit ORDER BY id")[:-1]
            assert kept[-1][-1] == made[office].info.audit_head
        finally:
            source.close()
    total = sum(made[o].info.counts["departures"] for o in OFFICES)
    assert len(departure_rows(hq)) == total == 4 * 90
    after_first = snapshot(hq)

    second = [bundles.import_bundle(hq, HQ_ADMIN, made[o].path) for o in OFFICES]

    assert not any(result.changed for result in second)
    counts = made["KHI"].info.counts
    assert second[1].lines() == [
        f"Nothing new: all {made['KHI'].info.records:,} records were already here "
        f"(90 departures, {counts['contingents']} contingents, {counts['manifests']} manifests, "
        f"{counts['audit']:,} audit rows).",
        bundles.SEAL_NOTE,
    ]
    assert snapshot(hq) == after_first
    imports = audit.browse(hq, audit.AuditFilter(action="import_bundle"))
    assert sorted(row["after"]["office"] for row in imports) == sorted(OFFICES)
    assert audit.verify(hq).ok


def test_the_merged_file_opens_like_any_other_with_the_office_filled(files, hq, tmp_path):
    for office in ("KHI", "PEW"):
        bundles.import_bundle(hq, HQ_ADMIN, export(files[office], office, tmp_path / "b.zip").path)
    hq.close()

    merged = open_database(files["HQ"])
    try:
        assert register.count(merged, register.RegisterFilter(office="KHI")).value == 90
        assert register.count(merged, register.RegisterFilter(office="PEW")).value == 90
        someone = departure_rows(merged, "PEW")[0]
        surname = merged.conn.execute(
            "SELECT surname FROM departures WHERE id = ?", (someone[0],)
        ).fetchone()[0]
        found = register.search(merged, surname, limit=1000)
        assert someone[0] in {row["id"] for row in found}
        assert {row["office"] for row in found} <= {"KHI", "PEW"}
        assert all(row["office"] for row in found)
        # The name index agrees with the table after the bulk insert.
        merged.conn.execute(
            "INSERT INTO departures_fts(departures_fts, rank) VALUES ('integrity-check', 1)"
        )
        assert merged.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        merged.close()


def test_the_import_reports_counts_per_table(files, hq, tmp_path):
    made = export(files["LHE"], "LHE", tmp_path / "lhe.zip")

    result = bundles.import_bundle(hq, HQ_ADMIN, made.path)

    tables = result.counts.tables
    assert tables["departures"].added == 90 and tables["departures"].updated == 0
    assert tables["contingents"].added == made.info.counts["contingents"]
    assert tables["audit"].added == made.info.counts["audit"]
    assert tables["offices"].added == 0 and tables["offices"].unchanged == 4
    heading, *lines = result.lines()
    assert heading.startswith("Imported the bundle of LHE (Lahore) made 2026-02-25T09:00:00Z")
    assert "departures: 90 added, 0 updated, 0 unchanged" in lines
    (row,) = audit.browse(hq, audit.AuditFilter(action="import_bundle"))
    assert row["user"] == "admin" and row["after"]["office"] == "LHE"
    assert row["after"]["sha256"] == made.sha256
    assert row["after"]["counts"]["departures"]["added"] == 90


def test_the_export_is_audited_with_the_files_sha256(files, tmp_path):
    made = export(files["ISB"], "ISB", tmp_path / "isb.zip")

    assert made.sha256 == hashlib.sha256(made.path.read_bytes()).hexdigest()
    db = open_database(files["ISB"])
    try:
        (row,) = audit.browse(db, audit.AuditFilter(action="export_bundle"))
        assert row["user"] == "supervisor"
        assert row["after"]["sha256"] == made.sha256
        assert row["after"]["counts"]["departures"] == 90
        assert audit.verify(db).ok
    finally:
        db.close()
    assert not list(tmp_path.glob("*.partial"))


def test_an_unknown_office_is_added_at_headquarters(files, hq, tmp_path):
    office_db = open_database(files["ISB"])
    office_db.conn.execute("INSERT INTO offices(code, name) VALUES ('MUX', 'Multan')")
    office_db.close()

    bundles.import_bundle(hq, HQ_ADMIN, export(files["ISB"], "ISB", tmp_path / "b.zip").path)

    assert ("MUX", "Multan") in rows(hq, "SELECT code, name FROM offices")


# -- newer versions -----------------------------------------------------------------------------


def editable(db) -> services.Review:
    """A departure of the open contingent (people leaving later): a clerk may edit it."""
    (departure_id,) = db.conn.execute(
        "SELECT d.id FROM departures d JOIN contingents c ON c.id = d.contingent_id "
        "WHERE c.status = 'open' ORDER BY d.rowid LIMIT 1"
    ).fetchone()
    return services.get_departure(db, departure_id)


def test_a_newer_version_replaces_the_older_one_at_headquarters(files, hq, tmp_path, monkeypatch):
    full = export(files["KHI"], "KHI", tmp_path / "full.zip")
    bundles.import_bundle(hq, HQ_ADMIN, full.path)
    monkeypatch.setattr(clock, "utc_now", lambda: EDITED_AT)
    office_db = open_database(files["KHI"])
    departure = editable(office_db)
    clerk = users.demo_actor(office_db, "clerk")
    edited = services.update_departure(
        office_db, clerk, departure.id, {"employer": "QATAR AIRWAYS"}, version=departure.version
    )
    office_db.close()
    assert edited.version == departure.version + 1

    newer = export(files["KHI"], "KHI", tmp_path / "since.zip", since=dt.date(2026, 3, 1))
    result = bundles.import_bundle(hq, HQ_ADMIN, newer.path)

    assert newer.info.since == "2026-03-01"
    assert newer.info.counts["departures"] == 1
    assert newer.info.counts["contingents"] == 1  # the edited person's, for the foreign key
    assert newer.info.audit_start_id > 1
    tables = result.counts.tables
    assert (tables["departures"].updated, tables["departures"].added) == (1, 0)
    assert tables["contingents"].unchanged == 1
    row = hq.conn.execute(
        "SELECT employer, version, updated_at, office FROM departures WHERE id = ?",
        (departure.id,),
    ).fetchone()
    assert tuple(row) == ("QATAR AIRWAYS", edited.version, "2026-03-01T10:00:00Z", "KHI")
    assert (
        hq.conn.execute(
            "SELECT count(*) FROM office_audit WHERE office = 'KHI' AND action = 'edit'"
        ).fetchone()[0]
        == 1
    )

    # The older full bundle again: its lower version is left alone.
    again = bundles.import_bundle(hq, HQ_ADMIN, full.path)

    assert not again.changed
    assert again.counts.tables["departures"].unchanged == 90
    assert hq.conn.execute(
        "SELECT employer FROM departures WHERE id = ?", (departure.id,)
    ).fetchone() == ("QATAR AIRWAYS",)


def test_a_renamed_person_is_found_by_the_new_name_at_headquarters(
    files, hq, tmp_path, monkeypatch
):
    bundles.import_bundle(hq, HQ_ADMIN, export(files["PEW"], "PEW", tmp_path / "a.zip").path)
    monkeypatch.setattr(clock, "utc_now", lambda: EDITED_AT)
    office_db = open_database(files["PEW"])
    departure = editable(office_db)
    services.update_departure(
        office_db,
        users.demo_actor(office_db, "clerk"),
        departure.id,
        {"surname": "ZARGHUNWAL"},
        version=departure.version,
    )
    office_db.close()

    bundles.import_bundle(
        hq, HQ_ADMIN, export(files["PEW"], "PEW", tmp_path / "b.zip", since=TODAY).path
    )

    assert [row["id"] for row in register.search(hq, "zarghunwal")] == [departure.id]
    old_name_hits = {row["id"] for row in register.search(hq, departure.surname, limit=1000)}
    assert departure.id not in old_name_hits


# -- refusals ------------------------------------------------------------------------------------


def flipped(source: Path, target: Path, offset: int) -> Path:
    data = bytearray(source.read_bytes())
    data[offset] ^= 0xFF
    target.write_bytes(bytes(data))
    return target


def member_data_offset(path: Path, name: str) -> int:
    """Where a member's stored bytes begin in the zip."""
    with zipfile.ZipFile(path) as archive:
        entry = archive.getinfo(name)
    data = path.read_bytes()
    header = entry.header_offset
    name_length = int.from_bytes(data[header + 26 : header + 28], "little")
    extra_length = int.from_bytes(data[header + 28 : header + 30], "little")
    return header + 30 + name_length + extra_length


@pytest.mark.parametrize(
    "where",
    [
        "inside the payload",
        "inside bundle.json",
        "a zip header's date",
        "the directory's entry count",
        "the seal's length",
        "the seal",
    ],
)
def test_a_bundle_with_one_byte_changed_is_refused_and_nothing_is_written(
    files, hq, tmp_path, where
):
    made = export(files["ISB"], "ISB", tmp_path / "isb.zip")
    size = made.path.stat().st_size
    end_record = size - SEAL_LENGTH - 22
    offset = {
        "inside the payload": member_data_offset(made.path, "payload.sqlite") + 5000,
        "inside bundle.json": member_data_offset(made.path, "bundle.json") + 10,
        "a zip header's date": 10,  # the first local header's modification time
        "the directory's entry count": end_record + 8,
        "the seal's length": end_record + 20,
        "the seal": size - 3,
    }[where]
    damaged = flipped(made.path, tmp_path / "damaged.zip", offset)
    hq.close()
    before = files["HQ"].read_bytes()

    db = connect(files["HQ"])
    try:
        with pytest.raises(
            BundleRefused, match=r"^damaged\.zip was refused: .*nothing was imported"
        ):
            bundles.import_bundle(db, HQ_ADMIN, damaged)
    finally:
        db.close()

    assert files["HQ"].read_bytes() == before


def test_a_clerk_may_neither_export_nor_import(files, hq, tmp_path):
    office_db = open_database(files["ISB"])
    try:
        with pytest.raises(PermissionDenied, match="may not export a headquarters bundle"):
            bundles.export_bundle(office_db, Actor("clerk", Role.CLERK, "ISB"), tmp_path / "x.zip")
        (refusal,) = audit.browse(office_db, audit.AuditFilter(action="refused"))
        assert refusal["user"] == "clerk"
    finally:
        office_db.close()
    assert not list(tmp_path.glob("x.zip*"))
    made = export(files["ISB"], "ISB", tmp_path / "isb.zip")
    with pytest.raises(PermissionDenied, match="may not import a headquarters bundle"):
        bundles.import_bundle(hq, Actor("clerk", Role.CLERK, "HQS"), made.path)
    assert departure_rows(hq) == []


def test_a_cancelled_import_writes_nothing(files, hq, tmp_path):
    made = export(files["ISB"], "ISB", tmp_path / "isb.zip")
    steps = []

    def cancelled() -> bool:
        return bool(steps) and steps[-1].startswith("Merging")

    with pytest.raises(Cancelled, match="nothing was imported"):
        bundles.import_bundle(hq, HQ_ADMIN, made.path, progress=steps.append, cancelled=cancelled)

    assert departure_rows(hq) == []
    assert audit.browse(hq, audit.AuditFilter(action="import_bundle")) == []


def test_a_cancelled_export_leaves_no_file(files, tmp_path):
    db = open_database(files["ISB"])
    steps = []
    try:
        with pytest.raises(Cancelled, match="no bundle was written"):
            bundles.export_bundle(
                db,
                supervisor_of("ISB"),
                tmp_path / "isb.zip",
                progress=steps.append,
                cancelled=lambda: len(steps) >= 2,
            )
        assert audit.browse(db, audit.AuditFilter(action="export_bundle")) == []
    finally:
        db.close()
    assert list(tmp_path.glob("isb.zip*")) == []


def test_a_save_goes_through_while_a_bundle_export_runs(files, tmp_path, monkeypatch):
    """The export reads in short blocks: between two of them a desk saves at once (not "busy"),
    and the person saved meanwhile travels in the bundle too."""
    monkeypatch.setattr(store_bundle.making, "BLOCK_ROWS", 20)  # 90 departures: five blocks
    out = tmp_path / "isb.zip"
    paused, resume = threading.Event(), threading.Event()
    copying: list[str] = []
    outcome: dict[str, object] = {}

    def progress(text: str) -> None:
        if text.startswith("Copying"):
            copying.append(text)
            if len(copying) == 2:  # a block is copied, more are to come: hold the exporter
                paused.set()
                resume.wait(60)

    def exporter() -> None:
        db = open_database(files["ISB"])
        try:
            outcome["made"] = bundles.export_bundle(
                db, supervisor_of("ISB"), out, progress=progress
            )
        except Exception as error:  # noqa: BLE001 - reported by the test thread
            outcome["error"] = error
        finally:
            db.close()

    thread = threading.Thread(target=exporter)
    thread.start()
    try:
        assert paused.wait(60), "the exporter never reported a second copying step"
        desk = open_database(files["ISB"])
        desk.conn.execute("PRAGMA busy_timeout = 200")  # a held lock fails fast, not in 5 s
        try:
            saved = services.record_departure(
                desk,
                Actor("clerk", Role.CLERK, "ISB"),
                person(cnic="61101-7777777-1", passport_no="ZX7777777"),
            )
        finally:
            desk.close()
    finally:
        resume.set()
        thread.join(60)

    assert "error" not in outcome, outcome.get("error")
    made = outcome["made"]
    assert made.info.counts["departures"] == 91
    with bundles.checked(out) as bundle:
        payload = sqlite3.connect(bundle.payload)
        try:
            found = payload.execute(
                "SELECT surname FROM departures WHERE id = ?", (saved.id,)
            ).fetchall()
        finally:
            payload.close()
    assert found == [("KHAN",)]
