"""The bundle file: what it holds, its seal and checks, and the merge's rules at headquarters."""

import dataclasses
import datetime as dt
import hashlib
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from desktop.core import clock
from desktop.core.errors import Cancelled
from desktop.services import demo
from desktop.store import audit, open_database, write
from desktop.store import bundle as store_bundle
from desktop.store.audit import GENESIS
from desktop.store.bundle import BundleInfo, BundleRefused, checking
from desktop.store.engine import column_types
from tests import engines

STAMP = "2026-03-01T09:00:00Z"


@pytest.fixture
def office(db, clerk, supervisor, monkeypatch):
    """An office file with 40 departures in contingents of 20, one finalized (a manifest),
    all written on 20 February 2026."""
    monkeypatch.setattr(clock, "utc_now", lambda: dt.datetime(2026, 2, 20, 9, 0, tzinfo=dt.UTC))
    demo.fill(db, clerk, 40, office="ISB", seed=3, contingent_size=20, supervisor=supervisor)
    return db


@pytest.fixture
def hq(tmp_path):
    database = open_database(tmp_path / "hq.db")
    yield database
    database.close()


def make(db, out: Path, **options) -> store_bundle.Made:
    return store_bundle.export(
        db,
        out,
        office="ISB",
        office_name="Islamabad",
        created_at=STAMP,
        created_by="tariq",
        rawangi_version="test",
        **options,
    )


def merge(hq, path: Path) -> store_bundle.MergeCounts:
    with store_bundle.opened(path) as bundle, store_bundle.attached(hq, bundle), write(hq):
        return store_bundle.merge(hq, bundle.info)


def repack(source: Path, target: Path, change_payload=None, **info_changes) -> Path:
    """A properly sealed bundle with its payload or bundle.json changed (a forgery)."""
    folder = target.parent / (target.name + "-parts")
    folder.mkdir()
    with zipfile.ZipFile(source) as archive:
        archive.extractall(folder)
        values = json.loads(archive.read("bundle.json"))
    payload = folder / "payload.sqlite"
    if change_payload:
        conn = sqlite3.connect(payload, isolation_level=None)
        change_payload(conn)
        conn.close()
        values["payload_sha256"] = hashlib.sha256(payload.read_bytes()).hexdigest()
    values.update(info_changes)
    info = BundleInfo(**{k: v for k, v in values.items()})
    store_bundle.pack(payload, info, target)
    return target


# -- what a bundle holds -------------------------------------------------------------------------


def test_a_bundle_holds_a_payload_and_its_description(office, tmp_path):
    made = make(office, tmp_path / "isb.zip")

    with zipfile.ZipFile(made.path) as archive:
        assert archive.namelist() == ["bundle.json", "payload.sqlite"]
        described = json.loads(archive.read("bundle.json"))
        payload = archive.read("payload.sqlite")
    assert described["format"] == "rawangi-bundle" and described["version"] == 1
    assert described["office"] == "ISB" and described["office_name"] == "Islamabad"
    assert described["since"] is None and described["audit_start_hash"] == GENESIS
    assert described["audit_head"] == audit.head(office)
    assert described["payload_sha256"] == hashlib.sha256(payload).hexdigest()
    assert described["counts"]["departures"] == 40
    assert (
        described["counts"]["audit"]
        == office.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    )
    assert made.sha256 == hashlib.sha256(made.path.read_bytes()).hexdigest()


def test_the_payload_has_every_departure_column_and_no_pdf(office, tmp_path):
    made = make(office, tmp_path / "isb.zip")

    with store_bundle.opened(made.path) as bundle:
        conn = sqlite3.connect(bundle.payload)
        departure_columns = [r[1] for r in conn.execute("PRAGMA table_info(departures)")]
        manifest_columns = [r[1] for r in conn.execute("PRAGMA table_info(manifests)")]
        (count,) = conn.execute("SELECT count(*) FROM manifests").fetchone()
        conn.close()
    assert departure_columns == [name for name, _ in column_types(office, "departures")]
    assert "pdf" not in manifest_columns and "canonical" not in manifest_columns
    assert {"sha256", "fingerprint", "audit_head", "superseded_at"} <= set(manifest_columns)
    assert count == 1


def test_since_takes_changed_records_and_the_audit_rows_from_then_with_the_hash_before(
    office, clerk, tmp_path
):
    (last_id,) = office.conn.execute("SELECT max(id) FROM audit").fetchone()
    later = "2026-03-05T08:00:00Z"
    (departure_id,) = office.conn.execute("SELECT id FROM departures LIMIT 1").fetchone()
    with write(office):
        office.conn.execute(
            "UPDATE departures SET remarks = 'late', version = version + 1, updated_at = ? "
            "WHERE id = ?",
            (later, departure_id),
        )
        audit.append(office, at=later, user="amina", action="edit", entity="departure",
                     entity_id=departure_id, after={"remarks": "late"})  # fmt: skip

    made = make(
        office, tmp_path / "since.zip", since="2026-03-05", since_stamp="2026-03-05T00:00:00Z"
    )

    info = made.info
    assert info.counts["departures"] == 1 and info.counts["audit"] == 1
    assert info.audit_start_id == last_id + 1
    (before,) = office.conn.execute("SELECT hash FROM audit WHERE id = ?", (last_id,)).fetchone()
    assert info.audit_start_hash == before and info.audit_head == audit.head(office)
    with store_bundle.opened(made.path) as bundle:  # the chain verifies from the start hash
        assert bundle.info == info


def test_since_with_nothing_new_gives_an_empty_bundle_that_verifies(office, tmp_path):
    made = make(
        office, tmp_path / "none.zip", since="2099-01-01", since_stamp="2099-01-01T00:00:00Z"
    )

    assert made.info.counts == {t: 0 for t in store_bundle.TABLES} | {"offices": 4}
    assert made.info.audit_start_hash == made.info.audit_head == audit.head(office)
    with store_bundle.opened(made.path):
        pass


def test_a_database_whose_audit_log_is_broken_makes_no_bundle(office, tmp_path):
    engines.tamper(office, "audit", "UPDATE audit SET reason = 'edited' WHERE id = 3")

    with pytest.raises(BundleRefused, match=r"audit log of this database does not verify.*row 3"):
        make(office, tmp_path / "isb.zip")

    assert list(tmp_path.glob("isb.zip*")) == []


# -- checks --------------------------------------------------------------------------------------


@pytest.fixture
def made(office, tmp_path) -> store_bundle.Made:
    return make(office, tmp_path / "isb.zip")


def refusal(path: Path) -> str:
    with pytest.raises(BundleRefused) as caught, store_bundle.opened(path):
        pass
    text = str(caught.value)
    assert "\n" not in text
    return text


def test_a_file_that_is_not_a_zip_is_refused(tmp_path):
    path = tmp_path / "notes.zip"
    path.write_text("not a bundle")
    assert refusal(path) == (
        "notes.zip was refused: it is not a zip file, so not a Rawangi bundle; nothing was "
        "imported."
    )


def test_a_missing_file_is_refused(tmp_path):
    assert refusal(tmp_path / "gone.zip").startswith("There is no bundle at")


@pytest.mark.parametrize("member", ["bundle.json", "payload.sqlite"])
def test_a_zip_without_a_part_is_refused(made, tmp_path, member):
    path = tmp_path / "partial.zip"
    with zipfile.ZipFile(made.path) as source, zipfile.ZipFile(path, "w") as target:
        for name in source.namelist():
            if name != member:
                target.writestr(name, source.read(name))
    assert f"it holds no {member}" in refusal(path)


def test_a_bundle_from_a_newer_format_is_refused(made, tmp_path):
    newer = repack(made.path, tmp_path / "newer.zip", version=2)
    assert "made by a newer Rawangi (bundle format 2" in refusal(newer)


def test_a_rezipped_bundle_without_the_seal_is_refused(made, tmp_path):
    path = tmp_path / "rezipped.zip"
    with zipfile.ZipFile(made.path) as source, zipfile.ZipFile(path, "w") as target:
        for name in source.namelist():
            target.writestr(name, source.read(name))
    assert "changed or damaged after it was made" in refusal(path)


def test_a_payload_that_differs_from_its_sha256_is_refused(made, tmp_path):
    forged = repack(made.path, tmp_path / "forged.zip", payload_sha256="0" * 64)
    assert "payload.sqlite does not match the SHA-256 in bundle.json" in refusal(forged)


def test_an_invalid_bundle_json_is_refused(made, tmp_path):
    forged = repack(made.path, tmp_path / "forged.zip", office="Islamabad")
    assert "its bundle.json is not valid (office is not a three-letter code)" in refusal(forged)


def test_a_changed_audit_row_is_refused(made, tmp_path):
    def edit(conn):
        conn.execute("UPDATE audit SET user = 'someone else' WHERE id = 5")

    forged = repack(made.path, tmp_path / "forged.zip", edit)
    assert "its audit log does not verify (audit row 5 does not match its hash" in refusal(forged)


def test_removed_newest_audit_rows_are_refused(made, tmp_path):
    def cut(conn):
        conn.execute("DELETE FROM audit WHERE id = (SELECT max(id) FROM audit)")

    counts = dict(made.info.counts, audit=made.info.counts["audit"] - 1)
    forged = repack(made.path, tmp_path / "forged.zip", cut, counts=counts)
    assert "not at the head" in refusal(forged)


def test_counts_that_disagree_with_the_payload_are_refused(made, tmp_path):
    counts = dict(made.info.counts, departures=41)
    forged = repack(made.path, tmp_path / "forged.zip", counts=counts)
    assert "holds 40 rows of departures, bundle.json says 41" in refusal(forged)


def test_the_seal_covers_every_byte(made, tmp_path):
    data = made.path.read_bytes()
    headers = [*range(0, 100), *range(len(data) - 250, len(data))]  # local header; the end
    for offset in [*headers, *range(100, len(data) - 250, len(data) // 97)]:
        changed = bytearray(data)
        changed[offset] ^= 0x01
        path = tmp_path / "changed.zip"
        path.write_bytes(bytes(changed))
        refusal(path)


# -- merging -------------------------------------------------------------------------------------


def test_a_merge_adds_then_finds_nothing_new(office, hq, made):
    first = merge(hq, made.path)
    assert first.tables["departures"].added == 40 and first.changed
    assert first.records == made.info.records

    second = merge(hq, made.path)

    assert not second.changed
    assert second.tables["departures"].unchanged == 40
    assert second.tables["audit"].unchanged == made.info.counts["audit"]


def test_the_office_of_the_bundle_is_added_when_unknown(office, hq, made):
    hq.conn.execute("PRAGMA foreign_keys = OFF")
    hq.conn.execute("DELETE FROM offices WHERE code = 'ISB'")
    hq.conn.execute("PRAGMA foreign_keys = ON")

    counts = merge(hq, made.path)

    assert counts.tables["offices"].added == 1
    assert ("ISB", "Islamabad") in hq.conn.execute("SELECT code, name FROM offices").fetchall()


def test_an_audit_log_that_diverged_from_what_headquarters_holds_is_refused(office, hq, made):
    merge(hq, made.path)
    # As if headquarters had received another log for ISB before (a restored office database).
    hq.conn.execute("DROP TRIGGER office_audit_no_update")
    hq.conn.execute("UPDATE office_audit SET hash = 'different' WHERE id = 7")
    before = hq.conn.execute("SELECT count(*) FROM departures").fetchone()

    with pytest.raises(
        BundleRefused, match="differs from the one received from ISB before, from row 7"
    ):
        merge(hq, made.path)

    assert hq.conn.execute("SELECT count(*) FROM departures").fetchone() == before


def test_a_contingent_code_taken_by_another_contingent_is_refused(office, hq, made):
    (code,) = office.conn.execute("SELECT code FROM contingents LIMIT 1").fetchone()
    with write(hq):
        hq.conn.execute(
            "INSERT INTO contingents(id, code, office, created_at, updated_at) VALUES "
            "('another', ?, 'ISB', ?, ?)",
            (code, STAMP, STAMP),
        )

    with pytest.raises(BundleRefused, match=f"contingent code {code} .* belongs to another"):
        merge(hq, made.path)

    assert hq.conn.execute("SELECT count(*) FROM departures").fetchone() == (0,)


def test_departures_whose_contingent_nobody_sent_are_refused(office, hq, made, tmp_path):
    def drop(conn):
        conn.execute("DELETE FROM contingents")

    counts = dict(made.info.counts, contingents=0)
    forged = repack(made.path, tmp_path / "orphans.zip", drop, counts=counts)

    with pytest.raises(BundleRefused, match="belong to contingents that neither the bundle"):
        merge(hq, forged)


def test_columns_unknown_here_are_refused(office, hq, made, tmp_path):
    def widen(conn):
        conn.execute("ALTER TABLE departures ADD COLUMN biometrics TEXT")

    forged = repack(made.path, tmp_path / "newer-columns.zip", widen)

    with pytest.raises(BundleRefused, match=r"does not know \(departures.biometrics\)"):
        merge(hq, forged)


def test_a_long_statement_can_be_cancelled(db):
    with (
        pytest.raises(Cancelled, match="Stopped"),
        store_bundle.interruptible(db, lambda: True, "Stopped."),
    ):
        db.conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000000) "
            "SELECT count(*) FROM n"
        ).fetchone()
    assert db.conn.execute("SELECT 1").fetchone() == (1,)  # the connection works on


def test_info_round_trips_through_json():
    info = BundleInfo(
        office="KHI",
        office_name="Karachi",
        created_at=STAMP,
        created_by="tariq",
        since="2026-02-01",
        counts={t: 1 for t in store_bundle.TABLES},
        audit_head="a" * 64,
        audit_start_hash="b" * 64,
        audit_start_id=9,
        payload_sha256="c" * 64,
        rawangi_version="1.0",
    )
    assert checking._parse_info(info.to_json().encode()) == info
    assert dataclasses.replace(info, since=None).to_json().count('"since": null') == 1
