import json
import logging
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.errors import StorageError
from desktop.store import lock

ROOT = Path(__file__).resolve().parents[2]
# A second program: takes the lock, says so, and holds it until its stdin closes.
HOLDER = """
import sys
from pathlib import Path
from desktop.core.errors import StorageError
from desktop.store import lock
sys.stdin.readline() if len(sys.argv) > 2 else None  # wait for "go" in a race
try:
    held = lock.acquire(Path(sys.argv[1]))
except StorageError as error:
    print("lost", error, flush=True)
    sys.exit(0)
print("won", flush=True)
sys.stdin.read()
held.release()
"""


def start_holder(db: Path, *, race: bool = False) -> subprocess.Popen[str]:
    args = [sys.executable, "-c", HOLDER, str(db)] + (["race"] if race else [])
    return subprocess.Popen(
        args,
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def finished_pid() -> int:
    """The id of a process that has already ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_acquire_writes_who_holds_it_and_release_removes_it(tmp_path):
    db = tmp_path / "office.db"
    held = lock.acquire(db)
    written = json.loads((tmp_path / "office.db.lock").read_text())
    assert written["host"] == socket.gethostname()
    assert written["pid"] == os.getpid()
    assert written["started"].endswith("Z")
    assert "user" in written
    assert held.held and held.took_over is None
    held.release()
    assert not (tmp_path / "office.db.lock").exists()
    held.release()  # a second release does nothing


def test_context_manager_releases(tmp_path):
    db = tmp_path / "office.db"
    with lock.acquire(db) as held:
        assert held.path.exists()
    assert not held.path.exists()
    with lock.acquire(db):  # free again
        pass


def test_a_second_open_in_the_same_process_is_refused(tmp_path):
    db = tmp_path / "office.db"
    with lock.acquire(db), pytest.raises(StorageError, match=f"process {os.getpid()}"):
        lock.acquire(db)


def test_a_live_program_holding_it_is_named(tmp_path):
    db = tmp_path / "office.db"
    with start_holder(db) as other:
        assert other.stdout.readline().strip() == "won"
        with pytest.raises(StorageError) as refused:
            lock.acquire(db)
        other.stdin.close()  # it lets go and ends
    message = str(refused.value)
    assert "office.db is already open in Rawangi on" in message
    assert socket.gethostname() in message
    assert f"by process {other.pid}" in message
    assert "(since " in message and message.endswith("Close it there first.")
    # It let go cleanly: the file is free, and nothing was stale.
    with lock.acquire(db) as held:
        assert held.took_over is None


@pytest.mark.expected_log("Took over the stale lock")
def test_a_killed_program_leaves_a_stale_lock_that_is_taken_over(tmp_path, caplog):
    db = tmp_path / "office.db"
    with start_holder(db) as other:
        assert other.stdout.readline().strip() == "won"
        other.kill()  # SIGKILL: no chance to clean up
        other.wait(timeout=30)
    assert (tmp_path / "office.db.lock").exists()
    with caplog.at_level(logging.WARNING, logger="rawangi.store"):
        held = lock.acquire(db)
    assert held.took_over is not None and held.took_over.pid == other.pid
    assert "stale lock" in caplog.text and str(other.pid) in caplog.text
    assert json.loads(held.path.read_text())["pid"] == os.getpid()
    held.release()


@pytest.mark.expected_log("Took over the stale lock")
def test_a_lock_file_naming_a_dead_process_is_stale(tmp_path, caplog):
    db = tmp_path / "office.db"
    dead = finished_pid()
    assert not lock.process_alive(dead)
    stale = {"host": socket.gethostname(), "pid": dead, "started": "2026-02-28T10:00:00Z",
             "user": "amina"}  # fmt: skip
    (tmp_path / "office.db.lock").write_text(json.dumps(stale))
    with caplog.at_level(logging.WARNING, logger="rawangi.store"), lock.acquire(db) as held:
        assert held.took_over == lock.Holder.read(json.dumps(stale))
    assert f"left by process {dead}" in caplog.text


def test_a_lock_from_another_computer_is_respected(tmp_path):
    db = tmp_path / "office.db"
    theirs = {"host": "RECEPTION-PC", "pid": 4321, "started": "2026-03-01T04:00:00Z",
              "user": "tariq"}  # fmt: skip
    (tmp_path / "office.db.lock").write_text(json.dumps(theirs))
    with pytest.raises(
        StorageError, match="on RECEPTION-PC by process 4321 \\(tariq\\)"
    ) as refused:
        lock.acquire(db)
    assert "delete office.db.lock beside it" in str(refused.value)
    assert json.loads((tmp_path / "office.db.lock").read_text()) == theirs  # left alone


def test_an_unreadable_lock_file_without_holder_is_taken_over(tmp_path):
    db = tmp_path / "office.db"
    (tmp_path / "office.db.lock").write_text("")
    with lock.acquire(db) as held:
        assert held.took_over is None
        assert json.loads(held.path.read_text())["pid"] == os.getpid()


def test_two_programs_racing_cannot_both_win(tmp_path):
    db = tmp_path / "office.db"
    racers = [start_holder(db, race=True) for _ in range(5)]
    for racer in racers:
        racer.stdin.write("go\n")
        racer.stdin.flush()
    answers = [racer.stdout.readline().split()[0] for racer in racers]
    for racer in racers:
        racer.stdin.close()
        racer.wait(timeout=30)
        racer.stdout.close()
    assert answers.count("won") == 1
    assert answers.count("lost") == 4


def test_the_lock_folder_must_be_writable(tmp_path):
    with pytest.raises(StorageError, match=r"cannot create office.db.lock"):
        lock.acquire(tmp_path / "missing-folder" / "office.db")


def test_process_alive():
    assert lock.process_alive(os.getpid())
    assert not lock.process_alive(finished_pid())
    assert not lock.process_alive(0)
