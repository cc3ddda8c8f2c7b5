"""Shared fixtures. Qt runs offscreen: the platform must be chosen before any QApplication."""

from __future__ import annotations

import datetime as dt
import os

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
