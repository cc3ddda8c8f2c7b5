import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.errors import StorageError
from desktop.store import health, open_database, write
from desktop.store.db import connect
from tests.store.fixtures import damaged

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, Path]:
    return damaged.build(tmp_path_factory.mktemp("corpus"))


@pytest.fixture
def healthy(corpus, tmp_path) -> Path:
    path = tmp_path / "healthy.db"
    shutil.copyfile(corpus["empty"].with_name("healthy.db"), path)
    return path


def sidecars(path: Path) -> list[Path]:
    return [p for p in path.parent.iterdir() if p.name.startswith(path.name) and p != path]


# -- the corpus ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(damaged.KINDS))
def test_each_damaged_file_gets_a_clear_message_and_is_left_as_it_was(corpus, tmp_path, name):
    path = tmp_path / f"{name}.db"
    shutil.copyfile(corpus[name], path)
    before = path.read_bytes()
    problem = health.file_problem(path)
    assert problem is not None
    assert str(path) in problem  # names the file
    assert damaged.KINDS[name] in problem  # says what is wrong
    assert "restore the newest verified backup" in problem.lower()  # and what to do next
    assert "Nothing was changed" in problem
    assert path.read_bytes() == before
    assert sidecars(path) == []  # no journal or -shm left behind either


def test_a_sound_file_has_no_problem(healthy):
    before = healthy.read_bytes()
    assert health.file_problem(healthy) is None
    assert healthy.read_bytes() == before


def test_a_missing_file_is_no_problem(tmp_path):
    assert health.file_problem(tmp_path / "new.db") is None


def test_a_folder_is_not_a_database(tmp_path):
    assert "is a folder" in health.file_problem(tmp_path)


def test_without_check_only_the_bytes_are_looked_at(corpus):
    # Cheap enough for every start: damage inside the file waits for quick_check.
    assert health.file_problem(corpus["zeroed-middle-pages"], check=False) is None
    assert "cut short" in health.file_problem(corpus["cut-in-half"], check=False)


def test_full_and_quick_check_of_an_open_database(corpus, tmp_path, healthy):
    db = connect(healthy, readonly=True)
    assert health.full_check(db) is None
    assert health.quick_check(db) is None
    db.close()
    path = tmp_path / "zeroed.db"
    shutil.copyfile(corpus["zeroed-middle-pages"], path)
    before = path.read_bytes()
    db = connect(path, readonly=True)
    problem = health.full_check(db)
    db.close()
    assert problem is not None and "is damaged" in problem and str(path) in problem
    assert path.read_bytes() == before


# -- network shares -----------------------------------------------------------------------------

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
server:/export/offices /srv/offices nfs4 rw,vers=4.2 0 0
//fileserver/Rawangi\\040Data /mnt/rawangi\\040data cifs rw 0 0
amina@laptop:/home /mnt/laptop fuse.sshfs rw 0 0
/dev/sdb1 /srv/offices/local ext4 rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/srv/offices/isb/office.db", "nfs4 server:/export/offices"),
        ("/mnt/rawangi data/office.db", "cifs //fileserver/Rawangi Data"),
        ("/mnt/laptop/office.db", "fuse.sshfs"),
    ],
)
def test_a_database_on_a_network_mount_is_refused(path, kind):
    problem = health.network_share_problem(path, mounts=MOUNTS)
    assert problem is not None
    assert problem.startswith(f"{path} is on a network share ({kind}")
    assert "this computer's own disk" in problem


@pytest.mark.parametrize("path", ["/home/clerk/office.db", "/srv/offices/local/office.db"])
def test_a_local_disk_is_fine(path):
    assert health.network_share_problem(path, mounts=MOUNTS) is None


@pytest.mark.parametrize("path", [r"\\fileserver\rawangi\office.db", "//fileserver/rawangi/o.db"])
def test_a_unc_path_is_refused(path):
    problem = health.network_share_problem(path, mounts=MOUNTS)
    assert problem is not None and "network path" in problem


def test_this_test_folder_is_local(tmp_path):
    assert health.network_share_problem(tmp_path / "office.db") is None


# -- read-only ----------------------------------------------------------------------------------


def test_a_read_only_file_is_explained(healthy):
    reason = health.read_only_reason(healthy, writable=lambda p: p != healthy)
    assert reason is not None
    assert str(healthy) in reason and "read-only" in reason and "nothing can be saved" in reason


def test_a_read_only_folder_is_explained(healthy):
    reason = health.read_only_reason(healthy, writable=lambda p: p != healthy.parent)
    assert reason is not None and f"The folder {healthy.parent} is read-only" in reason


def test_a_writable_file_has_no_reason(healthy):
    assert health.read_only_reason(healthy) is None
    assert health.read_only_reason(healthy.with_name("new.db")) is None


def test_a_read_only_connection_refuses_to_save_and_changes_nothing(healthy):
    before = healthy.read_bytes()
    db = connect(healthy, readonly=True)
    with pytest.raises(StorageError, match="read-only"), write(db):
        db.conn.execute("DELETE FROM settings")
    db.close()
    assert healthy.read_bytes() == before


# -- unclean shutdown ---------------------------------------------------------------------------

CRASH_IN_TRANSACTION = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = DELETE")
conn.execute("PRAGMA cache_size = 2")  # changed pages spill into the file before the commit
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO offices(code, name) VALUES ('QTA', 'Quetta')")
conn.execute("CREATE TABLE filler(x)")
conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 900,) for _ in range(200)])
print("writing", flush=True)
sys.stdin.read()
"""


def test_a_killed_writer_leaves_a_hot_journal(healthy):
    assert not health.was_unclean(healthy)
    with subprocess.Popen(
        [sys.executable, "-c", CRASH_IN_TRANSACTION, str(healthy)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as writer:
        assert writer.stdout.readline().strip() == "writing"
        writer.kill()
        writer.wait(timeout=30)
    assert health.hot_journal(healthy)
    assert health.was_unclean(healthy)
    # Opening it rolls the interrupted transaction back: nothing of it remains.
    db = open_database(healthy)
    assert "QTA" not in {code for (code,) in db.conn.execute("SELECT code FROM offices")}
    assert "filler" not in db.table_names()
    assert health.full_check(db) is None
    db.close()
    assert not health.hot_journal(healthy)
    assert not health.was_unclean(healthy)


def test_the_open_marker(healthy):
    assert not health.was_unclean(healthy)
    assert health.mark_open(healthy)
    assert health.marker_path(healthy).exists()
    assert health.was_unclean(healthy)  # had the program died now, the next start would know
    health.mark_closed(healthy)
    assert not health.was_unclean(healthy)
    health.mark_closed(healthy)  # twice is fine


def test_the_marker_in_a_folder_that_cannot_be_written(tmp_path):
    assert not health.mark_open(tmp_path / "missing" / "office.db")


def test_a_journal_that_is_not_hot_does_not_count(healthy):
    Path(f"{healthy}-journal").write_bytes(b"\0" * 512)  # a finished journal, zeroed header
    assert not health.hot_journal(healthy)
    assert not health.was_unclean(healthy)
    Path(f"{healthy}-journal").unlink()


def test_quick_check_is_skipped_while_a_hot_journal_waits(healthy):
    Path(f"{healthy}-journal").write_bytes(health.JOURNAL_MAGIC + bytes(504))
    assert health.file_problem(healthy) is None  # judged after SQLite has rolled it back
    Path(f"{healthy}-journal").unlink()
