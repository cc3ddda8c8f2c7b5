"""Every reading command, `export` and `backup` against each troubled file of the corpus: no
traceback, no byte changed, the right message naming the file, the right exit code."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.__main__ import main
from tests.store.fixtures import troubled
from tests.store.fixtures.troubled import KINDS, READ_ONLY, SOUND


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> troubled.Corpus:
    return troubled.build(tmp_path_factory.mktemp("troubled"))


@pytest.fixture(autouse=True)
def password(monkeypatch):
    monkeypatch.setenv("RAWANGI_PASSWORD", troubled.PASSWORD)


def commands(corpus: troubled.Corpus, out) -> dict[str, list[str]]:
    return {
        "find": ["find", "muh", "--user", "clerk"],
        "contingent list": ["contingent", "list", "--user", "clerk"],
        "user list": ["user", "list", "--user", "root"],
        "audit verify": ["audit", "verify"],
        "manifest verify": ["manifest", "verify", str(corpus.manifest_pdf)],
        "check": ["check"],
        "export": ["export", "--user", "clerk", "--out", str(out / "departures.csv")],
        "backup": ["backup", "--user", "supervisor", "--to", str(out / "backups")],
    }


COMMANDS = [
    "find",
    "contingent list",
    "user list",
    "audit verify",
    "manifest verify",
    "check",
    "export",
    "backup",
]
WRITES = {"export", "backup"}  # they must write (an audit row, a file): refused when read-only


@dataclass
class Run:
    """One command against one kind of file, and what it left."""

    path: Path
    code: int
    out: str
    err: str
    before: dict[str, bytes]
    after: dict[str, bytes]
    made: list[Path]  # what appeared where exports and backups go


@pytest.fixture
def run(corpus, tmp_path, monkeypatch, capsys):
    def run_(kind: str, command: str) -> Run:
        folder = tmp_path / "desk"
        path = troubled.place(corpus, kind, folder)
        out = tmp_path / "out"
        out.mkdir()
        before = troubled.snapshot(folder)
        with troubled.prepared(kind, path, monkeypatch):
            code = main([*commands(corpus, out)[command], "--db", str(path)])
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err
        made = list(out.iterdir())
        return Run(path, code, captured.out, captured.err, before, troubled.snapshot(folder), made)

    return run_


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_troubled_file_is_one_line_exit_1_and_left_as_it_was(run, kind, command):
    done = run(kind, command)
    assert done.code == 1
    assert done.out == ""
    lines = done.err.splitlines()
    assert len(lines) == 1, done.err
    (line,) = lines
    assert line.startswith("rawangi: ")
    assert str(done.path) in line  # names the file
    assert KINDS[kind] in line  # says what is wrong
    assert done.after == done.before  # not a byte changed, nothing created beside it
    assert done.made == []  # no export, no backup


@pytest.mark.parametrize("command", COMMANDS)
def test_a_sound_file_answers_every_command(run, command):
    done = run(SOUND, command)
    assert done.code == 0, done.err
    assert done.err == ""


@pytest.mark.parametrize("command", COMMANDS)
def test_a_read_only_file_is_read_and_never_written(run, command):
    done = run(READ_ONLY, command)
    assert done.after == done.before
    if command in WRITES:
        assert done.code == 1
        (line,) = done.err.splitlines()
        assert str(done.path) in line and "read-only" in line
        assert done.made == []
        return
    assert done.code == 0, done.err
    if command in ("find", "contingent list", "user list"):
        # What was read cannot be in the file's audit log: the log file has it, and it says so.
        (note,) = done.err.splitlines()
        assert "read-only" in note and "log file" in note
    else:
        assert done.err == ""
