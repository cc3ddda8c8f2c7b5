"""Shared fixtures. Qt runs offscreen: the platform must be chosen before any QApplication."""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest

from desktop.core import clock
from desktop.core.roles import Actor, Role
from desktop.store import open_database
from tests.factories import person

TODAY = dt.date(2026, 3, 1)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> dt.date:
    """Every test lives on 1 March 2026, so that ages and expiries do not drift."""
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """QSettings and the data folder point into a temporary folder, never at the user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    return home


@pytest.fixture(autouse=True)
def cheap_password_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id with tiny parameters: the same code path, milliseconds instead of 40 ms."""
    from argon2 import PasswordHasher

    from desktop.services import users

    monkeypatch.setattr(users, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


class Answers:
    """The answers a test gives to the window's modal questions (desktop/gui/dialogs.py).

    Every question is recorded in `asked` as (title, text). A yes/no question takes the next
    answer given with `yes`/`no` (yes when none is given), a choice the next `pick` (the first
    item when none). A dialog, a file or a folder must have its answer given first
    (`dialog`, `file`, `folder`): one nobody expected fails the test.
    """

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []
        self.dialogs: list[str] = []  # the class names of the dialogs run, in order
        # What each file box offered: (the name suggested or the folder, its file types).
        self.offered: list[tuple[str, str]] = []
        self._replies: deque[bool] = deque()
        self._picks: deque[int | None] = deque()
        self._fills: deque[Callable[[Any], bool] | bool] = deque()
        self._files: deque[tuple[Path | None, str]] = deque()
        self._folders: deque[Path | None] = deque()

    # -- what the test says ------------------------------------------------------------------

    def yes(self, times: int = 1) -> None:
        self._replies.extend([True] * times)

    def no(self, times: int = 1) -> None:
        self._replies.extend([False] * times)

    def pick(self, index: int | None) -> None:
        self._picks.append(index)

    def dialog(self, fill: Callable[[Any], bool] | bool) -> None:
        """The next dialog run: `fill(dialog)` does what a person would and says whether it
        was accepted; or plainly True/False (OK or Cancel, nothing typed)."""
        self._fills.append(fill)

    def file(self, path: Path | str | None, chosen: str = "") -> None:
        """The next file chosen (None: cancelled), with the file type chosen in a Save box."""
        self._files.append((None if path is None else Path(path), chosen))

    def folder(self, path: Path | str | None) -> None:
        self._folders.append(None if path is None else Path(path))

    def unanswered(self) -> list[str]:
        kinds = (("reply", self._replies), ("pick", self._picks), ("dialog", self._fills),
                 ("file", self._files), ("folder", self._folders))  # fmt: skip
        return [f"{len(q)} {name}(s)" for name, q in kinds if q]

    # -- the patched dialogs module ----------------------------------------------------------

    def ask(self, parent, title, text, **kwargs):
        self.asked.append((title, text))
        return self._replies.popleft() if self._replies else True

    def inform(self, parent, title, text, **kwargs):
        self.asked.append((title, text))

    def act(self, parent, title, text, buttons, **kwargs):
        """A message with several buttons: the next `pick` (the first button when none)."""
        self.asked.append((title, text))
        return self._picks.popleft() if self._picks else 0

    def warn(self, parent, title, text):
        self.asked.append((title, text))

    def choose(self, parent, title, text, items):
        self.asked.append((title, text))
        if self._picks:
            return self._picks.popleft()
        return 0 if items else None

    def run(self, dialog) -> bool:
        name = type(dialog).__name__
        self.dialogs.append(name)
        if not self._fills:
            pytest.fail(f"a dialog nobody expected was opened: {name} ({dialog.windowTitle()!r})")
        fill = self._fills.popleft()
        if callable(fill):
            return bool(fill(dialog))
        if fill:
            dialog.accept()
        else:
            dialog.reject()
        return fill

    def open_file(self, parent, title, folder, filters):
        self.offered.append((str(folder), filters))
        return self._path(self._files, title)[0]

    def save_file(self, parent, title, suggested, filters):
        self.offered.append((Path(suggested).name, filters))
        path, chosen = self._path(self._files, title)
        return None if path is None else (path, chosen or filters.split(";;")[0])

    def pick_folder(self, parent, title, folder):
        return self._path(self._folders, title)

    def fault(self, title, text, *, note, details):
        pytest.fail(f"a fault reached the crash dialog: {text}\n{details}")

    def _path(self, queue: deque[Any], title: str) -> Any:
        if not queue:
            pytest.fail(f"a file or folder nobody expected was asked for: {title!r}")
        return queue.popleft()


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """No test ever waits on a modal box: every question of desktop/gui/dialogs.py is answered
    here, as the test said beforehand (see Answers)."""
    given = Answers()
    try:
        from desktop.gui import dialogs
    except ImportError:  # pragma: no cover - Qt not importable: no dialogs either
        return given
    for name in ("ask", "act", "inform", "warn", "choose", "run", "open_file", "save_file",
                 "pick_folder", "fault"):  # fmt: skip
        monkeypatch.setattr(dialogs, name, getattr(given, name))
    return given


@pytest.fixture
def questions(answers: Answers) -> list[tuple[str, str]]:
    """The questions asked so far, (title, text) each, oldest first."""
    return answers.asked


# The office server half of the suite (DESIGN.md "Several desks: the office server"): tests of
# these folders that use `db` (or ask for `office_db`) run on a file and on a throwaway
# PostgreSQL (tests/server_cluster.py).
BOTH_ENGINES = ("store", "services", "cli")
_cluster: Any = None
_cluster_problem: str | None = None


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" not in metafunc.fixturenames:
        return
    parts = Path(str(metafunc.definition.path)).parts
    if "tests" in parts and parts[parts.index("tests") + 1] in BOTH_ENGINES:
        file_only = metafunc.definition.get_closest_marker("file_only")
        engines = ["file"] if file_only else ["file", "server"]
        metafunc.parametrize("engine", engines, indirect=True)


def server_cluster():
    """The session's throwaway PostgreSQL, started on first use (skips when there is none)."""
    global _cluster, _cluster_problem  # noqa: PLW0603 - one cluster per test session
    if _cluster is None and _cluster_problem is None:
        from tests import server_cluster as clusters

        try:
            _cluster = clusters.start()
        except RuntimeError as error:
            _cluster_problem = str(error)
    if _cluster is None:
        if os.environ.get("RAWANGI_REQUIRE_SERVER") == "1":
            pytest.fail(f"the office-server half must run here: {_cluster_problem}")
        pytest.skip(f"office-server half skipped: {_cluster_problem}")
    return _cluster


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """Which engine the test's register lives on: "file" (the default) or "server"."""
    return str(getattr(request, "param", "file"))


@pytest.fixture
def db_target(engine: str, tmp_path: Path):
    """What `--db` names for this test: a file path, or a fresh database on the test server."""
    if engine == "file":
        yield str(tmp_path / "office.db")
        return
    cluster = server_cluster()
    name = cluster.new_database()
    yield cluster.address(name)
    cluster.drop(name)


@pytest.fixture
def cluster():
    """The session's throwaway PostgreSQL, for tests of the office server alone (`server init`,
    pg_dump backups); skipped (or failed in CI) as the server half is."""
    return server_cluster()


@pytest.fixture
def db(db_target: str):
    database = open_database(db_target)
    yield database
    database.close()


@pytest.fixture
def server_address():
    """A fresh database on the test server, for tests of the office server alone (two desks'
    connections, the server against a file): its address."""
    cluster = server_cluster()
    name = cluster.new_database()
    yield cluster.address(name)
    cluster.drop(name)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _cluster_problem:
        terminalreporter.write_line(
            f"NOTE: the office-server half of the suite was skipped: {_cluster_problem}",
            yellow=True,
        )


@pytest.fixture
def clerk() -> Actor:
    return Actor("amina", Role.CLERK, "ISB")


@pytest.fixture
def supervisor() -> Actor:
    return Actor("tariq", Role.SUPERVISOR, "ISB")


@pytest.fixture
def admin() -> Actor:
    return Actor("root-admin", Role.ADMIN, "ISB")


@pytest.fixture
def valid_values() -> dict[str, object]:
    return person()


# -- logfail: a warning or an error logged by Rawangi fails the test ---------------------------
# As qutebrowser's logfail: any WARNING or above from a `rawangi.*` logger that the test did not
# declare with `@pytest.mark.expected_log("words of the line", ...)` fails the test, so that a
# failure quietly logged (and otherwise swallowed) cannot pass unnoticed.


class _LogFail(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def logfail(request: pytest.FixtureRequest):
    """Fail the test on an unexpected WARNING-or-above record of a `rawangi.*` logger."""
    handler = _LogFail()
    logger = logging.getLogger("rawangi")
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
    expected = [
        re.compile(pattern)
        for marker in request.node.iter_markers("expected_log")
        for pattern in marker.args
    ]
    unexpected = [
        f"{r.levelname} {r.name}: {r.getMessage()}"
        for r in handler.records
        if not any(p.search(r.getMessage()) for p in expected)
    ]
    if unexpected:
        pytest.fail("unexpected log lines:\n" + "\n".join(unexpected), pytrace=False)
