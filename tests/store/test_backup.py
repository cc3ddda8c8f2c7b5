import datetime as dt
import logging
import os
import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from desktop import services
from desktop.core.errors import StorageError
from desktop.core.roles import Actor, Role
from desktop.services import demo
from desktop.store import audit, backup, departures, office_settings, open_database, write
from desktop.store.db import connect
from desktop.store.schema import migrations
from tests.factories import person
from tests.store.fixtures import damaged

# Backups by copy are a file's; the office server's are pg_dump's.
pytestmark = pytest.mark.file_only("a backup is a copy of the file")

NOW = dt.datetime(2026, 3, 1, 9, 30, 15, tzinfo=dt.UTC)
CLERK = Actor("amina", Role.CLERK, "ISB")


def fill(db, count: int = 200) -> None:
    demo.fill(db, CLERK, count, office="ISB", seed=3)


def count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM departures").fetchone()[0]
    finally:
        conn.close()


def integrity(path: Path) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()


# -- taking ---------------------------------------------------------------------------------------


def test_a_backup_is_a_checked_copy_that_says_what_it_is(db, tmp_path):
    fill(db)
    folder = tmp_path / "backups"
    info = backup.take(db, folder, reason="on demand", now=NOW)
    assert info.path == folder / "rawangi-20260301-093015.db"
    assert [p.name for p in folder.iterdir()] == [info.path.name]  # no .partial left
    assert info.verified and info.reason == "on demand"
    assert info.audit_head == audit.head(db) != audit.GENESIS
    assert info.source == str(tmp_path / "office.db")
    assert info.size == info.path.stat().st_size
    assert info.taken_at == NOW
    assert count(info.path) == 200
    assert integrity(info.path) == [("ok",)]
    copy = connect(info.path, readonly=True)
    assert office_settings.get(copy, "backup.taken_at") == "2026-03-01T09:30:15Z"
    assert office_settings.get(copy, "backup.reason") == "on demand"
    assert office_settings.get(copy, "backup.audit_head") == info.audit_head
    assert copy.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert audit.verify(copy, expect_head=info.audit_head).ok
    copy.close()
    # Read back from the file: the same facts.
    assert backup.list_backups(folder) == [info]


def test_two_backups_in_the_same_second_get_two_names(db, tmp_path):
    first = backup.take(db, tmp_path, reason="a", now=NOW)
    second = backup.take(db, tmp_path, reason="b", now=NOW)
    assert first.path != second.path
    assert second.path.name == "rawangi-20260301-093015-2.db"


def test_progress_is_reported_and_can_cancel(db, tmp_path):
    fill(db)
    seen = []
    info = backup.take(db, tmp_path, reason="x", progress=lambda d, t: seen.append((d, t)),
                       pages_per_step=16)  # fmt: skip
    assert len(seen) > 2
    assert seen[-1][0] == seen[-1][1] == seen[0][1]
    assert info.verified

    def cancel(done, total):
        raise backup.BackupCancelled

    folder = tmp_path / "cancelled"
    with pytest.raises(backup.BackupCancelled):
        backup.take(db, folder, reason="x", progress=cancel, pages_per_step=16)
    assert list(folder.iterdir()) == []  # nothing kept


def test_a_copy_that_fails_its_check_is_not_kept(tmp_path):
    corpus = damaged.build(tmp_path / "corpus")
    source = corpus["zeroed-middle-pages"]
    before = source.read_bytes()
    db = connect(source, readonly=True)
    folder = tmp_path / "backups"
    with pytest.raises(StorageError, match=r"failed its integrity check .*; no backup was kept"):
        backup.take(db, folder, reason="daily")
    db.close()
    assert list(folder.iterdir()) == []
    assert source.read_bytes() == before


def test_a_folder_that_cannot_be_made_is_explained(db, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError, match=r"backup folder .* cannot be created"):
        backup.take(db, blocker / "backups", reason="x")


def test_a_full_backup_disk_keeps_nothing(db, tmp_path, monkeypatch):
    fill(db)
    real_connect = sqlite3.connect

    def small_disk(target, *args, **kwargs):
        conn = real_connect(target, *args, **kwargs)
        if str(target).endswith(".partial"):
            conn.execute("PRAGMA max_page_count = 5")  # the backup disk fills up
        return conn

    monkeypatch.setattr(backup.sqlite3, "connect", small_disk)
    with pytest.raises(StorageError, match=r"backup folder .* is full; no backup was kept"):
        backup.take(db, tmp_path / "backups", reason="x")
    assert list((tmp_path / "backups").iterdir()) == []


def test_a_backup_taken_while_another_connection_writes_is_consistent(tmp_path, caplog, clerk):
    path = tmp_path / "office.db"
    setup = open_database(path)
    fill(setup, 150)
    setup.close()
    writer_db = connect(path)
    reader_db = connect(path)
    stop = threading.Event()
    saved = threading.Semaphore(0)
    failures: list[BaseException] = []

    def writer():
        n = 0
        while not stop.is_set():
            n += 1
            values = person(cnic=f"61101-{n:07d}-1", passport_no=f"CD{n:07d}")
            try:
                services.record_departure(writer_db, clerk, values)
            except StorageError:
                continue  # busy while the backup copies in one step: try again
            except BaseException as error:  # noqa: BLE001 - reported by the main thread
                failures.append(error)
                return
            saved.release()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert saved.acquire(timeout=30)
        before = count(path)

        def wait_for_a_write(done, total):
            # Between steps the backup holds no lock: wait for the writer to commit, so that
            # SQLite must start the copy over (and, after a few times, copy in one step).
            while saved.acquire(blocking=False):
                pass  # commits from before this step do not count
            saved.acquire(timeout=10)

        with caplog.at_level(logging.INFO, logger="rawangi.store"):
            info = backup.take(
                reader_db, tmp_path / "b", reason="x", progress=wait_for_a_write, pages_per_step=8
            )
        assert saved.acquire(timeout=30)
        after = count(path)
    finally:
        stop.set()
        thread.join(timeout=60)
        writer_db.close()
        reader_db.close()
    assert failures == []
    assert "copying it in one step" in caplog.text  # the writer really did interfere
    assert integrity(info.path) == [("ok",)]
    assert before <= count(info.path) <= after
    copy = connect(info.path, readonly=True)
    assert audit.verify(copy, expect_head=info.audit_head).ok
    (records,) = copy.conn.execute("SELECT count(*) FROM audit WHERE action = 'record'").fetchone()
    assert records == departures.count(copy)  # no departure without its audit row
    copy.close()


def test_a_source_inside_a_transaction_is_refused(db, tmp_path):
    db.conn.execute("BEGIN")
    with pytest.raises(RuntimeError):
        backup.take(db, tmp_path, reason="x")
    db.conn.execute("ROLLBACK")


# -- listing and pruning --------------------------------------------------------------------------


def test_listing_newest_first_with_strangers_unverified(db, tmp_path):
    folder = tmp_path / "backups"
    older = backup.take(db, folder, reason="daily", now=NOW - dt.timedelta(days=2))
    newer = backup.take(db, folder, reason="on demand", now=NOW)
    # A raw file copy dropped in by hand, a broken file, an unfinished backup.
    shutil.copyfile(tmp_path / "office.db", folder / "rawangi-20260228-120000.db")
    (folder / "rawangi-20260227-120000.db").write_bytes(b"%PDF-1.4 nonsense")
    (folder / "rawangi-20260301-100000.db.partial").write_bytes(b"half")
    listed = backup.list_backups(folder)
    assert [i.path.name for i in listed] == [
        newer.path.name,
        "rawangi-20260228-120000.db",
        "rawangi-20260227-120000.db",
        older.path.name,  # 2026-02-27 09:30:15
    ]
    assert [i.verified for i in listed] == [True, False, False, True]
    assert "unreadable" in listed[2].problem
    assert listed[1].taken_at == dt.datetime(2026, 2, 28, 12, tzinfo=dt.UTC)  # from its name
    assert backup.newest_verified(folder) == newer
    assert backup.newest_verified(folder, source=tmp_path / "office.db") == newer
    assert backup.newest_verified(folder, source=tmp_path / "other.db") is None
    assert backup.list_backups(tmp_path / "nowhere") == []


def test_reading_the_list_is_fast(db, tmp_path):
    folder = tmp_path / "backups"
    for day in range(20):
        backup.take(db, folder, reason="daily", now=NOW - dt.timedelta(days=day))
    started = time.perf_counter()
    assert len(backup.list_backups(folder)) == 20
    assert time.perf_counter() - started < 0.5


def test_prune_keeps_the_rotation_and_never_touches_unverified_files(db, tmp_path):
    folder = tmp_path / "backups"
    taken = [
        backup.take(db, folder, reason="daily", now=NOW - dt.timedelta(days=day))
        for day in range(0, 60, 2)
    ]
    stranger = folder / "rawangi-20251201-000000.db"
    stranger.write_bytes(b"not ours")
    abandoned = folder / "rawangi-20260101-000000.db.partial"
    abandoned.write_bytes(b"killed half way")
    old = (NOW - dt.timedelta(days=3)).timestamp()
    os.utime(abandoned, (old, old))
    fresh = folder / "rawangi-20260301-093000.db.partial"  # may still be being written
    fresh.write_bytes(b"in progress")
    deleted = backup.prune(folder, NOW)
    remaining = {i.path for i in backup.list_backups(folder) if i.verified}
    assert taken[0].path in remaining  # the newest
    assert remaining | set(deleted) >= {t.path for t in taken}
    assert len(remaining) < len(taken)
    assert stranger.exists() and fresh.exists()
    assert abandoned in deleted and not abandoned.exists()
    assert backup.prune(folder, NOW) == []  # nothing more to do


def test_prune_keeps_each_database_rotation_apart(tmp_path):
    folder = tmp_path / "backups"
    first, second = open_database(tmp_path / "a.db"), open_database(tmp_path / "b.db")
    a = backup.take(first, folder, reason="daily", now=NOW - dt.timedelta(days=40))
    b = backup.take(second, folder, reason="daily", now=NOW)
    first.close()
    second.close()
    assert backup.prune(folder, NOW) == []  # each is the newest of its own database
    assert a.path.exists() and b.path.exists()


# -- restoring ------------------------------------------------------------------------------------


def test_restore_round_trip_keeps_the_replaced_file(tmp_path):
    target = tmp_path / "office.db"
    db = open_database(target)
    fill(db, 100)
    taken = backup.take(db, tmp_path / "backups", reason="daily", now=NOW)
    fill(db, 50)  # recorded after the backup
    head_after = audit.head(db)
    db.close()
    backup_bytes = taken.path.read_bytes()
    replaced = backup.restore(taken.path, target, now=NOW)
    assert replaced is not None and replaced.parent == tmp_path
    assert replaced.name.startswith("office.replaced-") and replaced.suffix == ".db"
    assert count(target) == 100
    assert count(replaced) == 150  # nothing was thrown away
    restored = open_database(target)
    assert audit.head(restored) == taken.audit_head
    assert audit.verify(restored).ok
    assert (
        office_settings.get(restored, "backup.taken_at") == ""
    )  # the backup's label is not carried
    restored.close()
    assert taken.path.read_bytes() == backup_bytes  # the backup itself is untouched
    old = connect(replaced, readonly=True)
    assert audit.head(old) == head_after
    old.close()
    assert not list(tmp_path.glob("*.partial"))


def test_restore_onto_a_missing_file(tmp_path, db):
    taken = backup.take(db, tmp_path / "backups", reason="x")
    target = tmp_path / "new" / "office.db"
    target.parent.mkdir()
    assert backup.restore(taken.path, target) is None
    assert integrity(target) == [("ok",)]


def test_a_journal_left_by_a_crash_goes_with_the_replaced_file(tmp_path, db):
    taken = backup.take(db, tmp_path / "backups", reason="x")
    target = tmp_path / "office.db"
    db.close()
    journal = Path(f"{target}-journal")
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(504))
    replaced = backup.restore(taken.path, target)
    assert not journal.exists()
    assert Path(f"{replaced}-journal").exists()
    assert integrity(target) == [("ok",)]


@pytest.mark.parametrize("name", ["zeroed-middle-pages", "pdf-renamed", "empty", "cut-in-half"])
def test_a_damaged_backup_is_refused_and_nothing_moves(tmp_path, db, name):
    corpus = damaged.build(tmp_path / "corpus")
    target = tmp_path / "office.db"
    before = target.read_bytes()
    with pytest.raises(StorageError, match=r"cannot be restored: .* Choose another backup."):
        backup.restore(corpus[name], target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["office.db"]


def test_a_missing_backup_is_refused(tmp_path):
    with pytest.raises(StorageError, match="There is no backup file"):
        backup.restore(tmp_path / "rawangi-x.db", tmp_path / "office.db")


def test_a_backup_from_a_newer_rawangi_is_refused(tmp_path, db):
    taken = backup.take(db, tmp_path / "backups", reason="x")
    conn = sqlite3.connect(taken.path)
    conn.execute(
        "INSERT INTO _sqlite_migrations(migration_set, name, applied_at) "
        "VALUES ('rawangi', '0099_from_the_future', '2027-01-01')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match=r"newer version of Rawangi .*0099_from_the_future"):
        backup.restore(taken.path, tmp_path / "office.db")


def test_a_failing_prepare_leaves_everything_as_it_was(tmp_path, db):
    taken = backup.take(db, tmp_path / "backups", reason="x")
    target = tmp_path / "office.db"
    db.close()
    before = target.read_bytes()
    seen = []

    def refuse(staged, aside):
        seen.append((staged, aside))
        assert integrity(staged) == [("ok",)]
        raise StorageError("no")

    with pytest.raises(StorageError, match="no"):
        backup.restore(taken.path, target, prepare=refuse)
    assert target.read_bytes() == before
    staged, aside = seen[0]
    assert not staged.exists() and not aside.exists()
    assert aside.name.startswith("office.replaced-")


# -- whose backups ---------------------------------------------------------------------------------


def database_at(path: Path, office: str = "ISB"):
    db = open_database(path)
    if office != "ISB":
        with write(db):
            office_settings.put(db, "office", office)
    return db


def zero_middle_pages(source: Path, target: Path) -> Path:
    """A copy of a database with three pages in its middle zeroed (a failing disk)."""
    data = bytearray(source.read_bytes())
    pages = len(data) // damaged.PAGE
    middle = pages // 2
    data[middle * damaged.PAGE : (middle + 3) * damaged.PAGE] = bytes(3 * damaged.PAGE)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(bytes(data))
    return target


def test_every_database_has_an_id_its_backups_and_restores_keep(tmp_path):
    first = database_at(tmp_path / "office.db")
    second = database_at(tmp_path / "demo.db")
    ids = {office_settings.get(first, "database_id"), office_settings.get(second, "database_id")}
    assert len(ids) == 2 and "" not in ids  # every new file gets its own
    taken = backup.take(first, tmp_path / "backups", reason="daily", now=NOW)
    assert taken.database_id == office_settings.get(first, "database_id")
    assert (taken.office, taken.office_name) == ("ISB", "Islamabad")
    assert backup.read_info(taken.path) == taken
    first.close()
    second.close()
    backup.restore(taken.path, tmp_path / "office.db", now=NOW)
    restored = open_database(tmp_path / "office.db")
    assert office_settings.get(restored, "database_id") == taken.database_id  # the same database
    restored.close()


def test_the_list_of_a_database_is_its_own_backups_wherever_it_was_taken(tmp_path):
    folder = tmp_path / "backups"
    office = database_at(tmp_path / "office.db")
    demo_file = database_at(tmp_path / "demo.db")
    mine = backup.take(office, folder, reason="daily", now=NOW - dt.timedelta(days=1))
    theirs = backup.take(demo_file, folder, reason="daily", now=NOW)
    office.close()
    demo_file.close()
    (folder / "rawangi-20260215-080000.db").write_bytes(b"copied by hand")
    shutil.move(tmp_path / "office.db", tmp_path / "moved.db")  # the office file moved
    moved = open_database(tmp_path / "moved.db")
    try:
        later = backup.take(moved, folder, reason="daily", now=NOW)
        listed = backup.list_backups(folder, of=backup.identity(moved))
        newest = backup.newest_verified(folder, of=backup.identity(moved))
    finally:
        moved.close()
    assert [i.path.name for i in listed] == [
        later.path.name,
        mine.path.name,
        "rawangi-20260215-080000.db",  # of nobody knows whom: shown, never counted
    ]
    assert theirs.path not in {i.path for i in listed}
    assert newest == later


def test_backups_from_before_database_ids_are_still_found(tmp_path):
    path = tmp_path / "office.db"
    old = connect(path)
    migrations.apply(old, stop_before="0011_database_id")
    fill(old, 20)
    folder = tmp_path / "backups"
    legacy = backup.take(old, folder, reason="daily", now=NOW - dt.timedelta(days=3))
    old.close()
    assert legacy.database_id == ""
    upgraded = open_database(path)  # the upgrade gives the file its id
    try:
        assert office_settings.get(upgraded, "database_id") != ""
        listed = backup.list_backups(folder, of=backup.identity(upgraded))
    finally:
        upgraded.close()
    assert [i.path for i in listed] == [legacy.path]
    assert (listed[0].office, listed[0].office_name) == ("ISB", "Islamabad")


def test_prune_keeps_one_rotation_per_database_by_id(tmp_path):
    folder = tmp_path / "backups"
    office = database_at(tmp_path / "office.db")
    morning = backup.take(office, folder, reason="daily", now=NOW - dt.timedelta(hours=3))
    office.close()
    shutil.move(tmp_path / "office.db", tmp_path / "moved.db")
    moved = open_database(tmp_path / "moved.db")
    evening = backup.take(moved, folder, reason="at exit", now=NOW)
    moved.close()
    demo_file = database_at(tmp_path / "demo.db")
    demo_days = [
        backup.take(demo_file, folder, reason="daily", now=NOW - dt.timedelta(days=day))
        for day in range(0, 30)
    ]
    demo_file.close()

    deleted = backup.prune(folder, NOW)

    # One database, moved: the two backups of one day are one rotation, the newer one kept.
    assert morning.path in deleted and evening.path.exists()
    # Another database's thirty backups never push this one's out.
    assert demo_days[0].path.exists()


def test_a_damaged_copy_elsewhere_is_offered_its_databases_backups(tmp_path):
    folder = tmp_path / "backups"
    office = database_at(tmp_path / "office.db", office="KHI")
    fill(office, 300)
    newer = backup.take(office, folder, reason="daily", now=NOW)
    older = backup.take(office, folder, reason="daily", now=NOW - dt.timedelta(days=1))
    office.close()
    other = database_at(tmp_path / "demo.db", office="KHI")
    backup.take(other, folder, reason="daily", now=NOW)
    other.close()
    copy = zero_middle_pages(tmp_path / "office.db", tmp_path / "elsewhere" / "copy.db")

    offered = backup.offered(folder, copy)

    assert [i.path for i in offered] == [newer.path, older.path]
    assert {(i.office, i.office_name) for i in offered} == {("KHI", "Karachi")}


def test_a_file_that_says_nothing_is_offered_the_backups_of_its_path_else_all(tmp_path):
    folder = tmp_path / "backups"
    office = database_at(tmp_path / "office.db")
    mine = backup.take(office, folder, reason="daily", now=NOW - dt.timedelta(days=1))
    office.close()
    demo_file = database_at(tmp_path / "demo.db")
    theirs = backup.take(demo_file, folder, reason="daily", now=NOW)
    demo_file.close()
    (tmp_path / "office.db").write_bytes(b"")  # nothing left to read
    (tmp_path / "stray.db").write_bytes(b"%PDF-1.4")

    assert [i.path for i in backup.offered(folder, tmp_path / "office.db")] == [mine.path]
    assert [i.path for i in backup.offered(folder, tmp_path / "stray.db")] == [
        theirs.path,
        mine.path,
    ]


def test_a_file_whose_schema_is_lost_is_still_known_by_its_id(tmp_path):
    folder = tmp_path / "backups"
    office = database_at(tmp_path / "office.db")
    mine = backup.take(office, folder, reason="daily", now=NOW - dt.timedelta(days=1))
    office.close()
    other = database_at(tmp_path / "demo.db")
    backup.take(other, folder, reason="daily", now=NOW)
    other.close()
    data = (tmp_path / "office.db").read_bytes()
    copy = tmp_path / "copy.db"
    copy.write_bytes(bytes(damaged.PAGE) + data[damaged.PAGE :])  # its first page zeroed

    assert backup.identity_of_file(copy).database_id == mine.database_id
    assert [i.path for i in backup.offered(folder, copy)] == [mine.path]
