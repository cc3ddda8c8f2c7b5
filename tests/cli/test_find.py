import json

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from desktop import services
from desktop.__main__ import main
from desktop.cli import find
from desktop.services import users
from tests.factories import person

PASSWORD = "find-clerk-password"


@pytest.fixture
def path(db_target, db, clerk, monkeypatch):
    monkeypatch.setenv("RAWANGI_PASSWORD", PASSWORD)
    admin = users.initialize(db, office="ISB", admin_name="root", password=PASSWORD)
    users.create_user(db, admin, clerk.name, "clerk", PASSWORD)
    services.record_departure(db, clerk, person())
    services.record_departure(
        db, clerk, person(surname="Raza", cnic="61101-1111111-3", passport_no="EF1111111")
    )
    return db_target


def find_(path: str, *args: str) -> int:
    return main(["find", *args, "--db", path, "--user", "amina"])


def test_json_is_an_array_of_objects_keyed_by_column(path, capsys):
    assert find_(path, "3520212345671", "--format", "json") == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["cnic"] == "35202-1234567-1" and row["surname"] == "KHAN"
    assert {"id", "given_names", "passport_no", "status", "office"} <= row.keys()


def test_nothing_found_is_an_empty_array(path, capsys):
    assert find_(path, "zzzz", "--format", "json") == 0
    assert json.loads(capsys.readouterr().out) == []


def test_table_and_csv(path, capsys):
    assert find_(path, "raza") == 0
    out = capsys.readouterr().out
    assert "RAZA" in out and "KHAN" not in out
    assert find_(path, "ef1111111", "--format", "csv") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("id,surname,given_names") and len(lines) == 2


def test_limit(path, capsys):
    assert find_(path, "muh", "--limit", "1", "--format", "json") == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.text(max_size=30), st.sampled_from(["-x", "-", "-5", "--foo", "-h x"])))
def test_any_query_text_exits_0(path, capsys, text):
    # Only the spellings of options themselves (--db, --limit=5, --help, --) need `--` first.
    assume(not find.is_option(text))
    assert find_(path, text, "--format", "json") == 0
    assert isinstance(json.loads(capsys.readouterr().out), list)
