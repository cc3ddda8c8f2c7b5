"""Shared fixtures. Qt runs offscreen: the platform must be chosen before any QApplication."""

from __future__ import annotations

import datetime as dt
import logging
import os
import re

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


@pytest.fixture(autouse=True)
def questions(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """No test ever waits on a modal box: questions are answered "yes" and recorded here
    (tests that need another answer patch `desktop.gui.dialogs.ask` themselves)."""
    asked: list[tuple[str, str]] = []
    try:
        from desktop.gui import dialogs
    except ImportError:  # pragma: no cover - Qt not importable: no dialogs either
        return asked

    def ask(parent, title, text, **kwargs):
        asked.append((title, text))
        return True

    def inform(parent, title, text, **kwargs):
        asked.append((title, text))

    def choose(parent, title, text, items):
        asked.append((title, text))
        return 0 if items else None

    monkeypatch.setattr(dialogs, "ask", ask)
    monkeypatch.setattr(dialogs, "inform", inform)
    monkeypatch.setattr(dialogs, "choose", choose)
    return asked


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "office.db")
    yield database
    database.close()


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
