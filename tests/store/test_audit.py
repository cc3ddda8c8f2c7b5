import random
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop import services
from desktop.store import audit, open_database, write
from desktop.store.db import EngineError
from desktop.store.schema import migrations
from tests import engines
from tests.factories import person


@pytest.fixture
def logged(db, clerk):
    """A log with a few dozen rows of different kinds."""
    for i in range(12):
        stored = services.record_departure(
            db, clerk, person(cnic=f"35202-12345{i:02d}-1", passport_no=f"AB12345{i:02d}")
        )
        services.update_departure(db, clerk, stored.id, {"trade": "Welder"}, version=1)
        services.change_status(db, clerk, stored.id, "withdrawn", reason=f"reason {i}")
    return db


def tamper(db, sql, *args):
    """What someone with sqlite3 (or the server's superuser) could do: drop the guards, change
    the table."""
    engines.tamper(db, "audit", sql, *args)


def test_an_untouched_log_verifies(logged):
    verdict = audit.verify(logged)
    assert verdict.ok and verdict.rows == 36 and verdict.head == audit.head(logged)
    assert "audit log OK: 36 rows" in verdict.message


def test_the_log_refuses_changes_through_sql(logged):
    with pytest.raises(EngineError, match="append-only"):
        logged.conn.execute("UPDATE audit SET reason = 'x' WHERE id = 3")
    with pytest.raises(EngineError, match="append-only"):
        logged.conn.execute("DELETE FROM audit WHERE id = 3")


COLUMNS = ("at", "user", "action", "entity", "entity_id", "before", "after", "reason", "hash")


@pytest.mark.parametrize("seed", range(40))
def test_any_edit_of_any_column_of_any_row_is_caught(logged, seed):
    rng = random.Random(seed)
    row_id = rng.randint(1, 36)
    column = rng.choice(COLUMNS)
    (old,) = logged.conn.execute(f"SELECT {column} FROM audit WHERE id = ?", (row_id,)).fetchone()
    new = (old or "") + rng.choice(["x", " ", "0", "é"])
    tamper(logged, f"UPDATE audit SET {column} = ? WHERE id = ?", new, row_id)
    verdict = audit.verify(logged)
    assert not verdict.ok and verdict.broken_id == row_id
    assert f"audit row {row_id}" in verdict.message


def test_a_deleted_row_is_caught(logged):
    tamper(logged, "DELETE FROM audit WHERE id = 10")
    verdict = audit.verify(logged)
    assert not verdict.ok and verdict.broken_id == 11


def test_reordered_rows_are_caught(logged):
    # Swap the contents of two rows (ids stay in place, the chain does not).
    a = logged.conn.execute("SELECT * FROM audit WHERE id = 5").fetchone()
    b = logged.conn.execute("SELECT * FROM audit WHERE id = 6").fetchone()
    tamper(logged, "DELETE FROM audit WHERE id IN (5, 6)")
    logged.conn.execute("INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (5, *b[1:]))
    logged.conn.execute("INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (6, *a[1:]))
    verdict = audit.verify(logged)
    assert not verdict.ok and verdict.broken_id == 5


def test_renumbered_rows_are_caught(logged):
    tamper(logged, "UPDATE audit SET id = id + 1000 WHERE id >= 20")
    assert not audit.verify(logged).ok


def test_a_deleted_tail_is_caught_with_the_expected_head(logged):
    head = audit.head(logged)
    tamper(logged, "DELETE FROM audit WHERE id > 30")
    assert audit.verify(logged).ok  # on its own, a shorter chain is still a chain
    verdict = audit.verify(logged, expect_head=head)
    assert not verdict.ok and "newest rows were removed" in verdict.message


def test_an_older_expected_head_is_fine(logged):
    (older,) = logged.conn.execute("SELECT hash FROM audit WHERE id = 20").fetchone()
    assert audit.verify(logged, expect_head=older).ok


def test_the_migration_chains_rows_written_before_the_chain(tmp_path):
    """A file from before the hash chain: its rows are chained and verify afterwards."""
    from desktop.store.db import connect

    path = tmp_path / "old.db"
    old = connect(path)
    with write(old):
        migrations.apply(old, stop_before="0003_audit_hash_chain")
    with write(old):
        for i in range(5):
            old.conn.execute(
                "INSERT INTO audit(at, user, action, entity, reason) "
                "VALUES (?, 'old', 'record', 'departure', ?)",
                (f"2025-01-0{i + 1}T00:00:00Z", f"row {i}"),
            )
    old.close()
    upgraded = open_database(path)
    assert migrations.pending(upgraded) == []
    verdict = audit.verify(upgraded)
    assert verdict.ok and verdict.rows == 5
    with write(upgraded):
        audit.append(upgraded, at="2026-03-01T00:00:00Z", user="new", action="x", entity="y")
    assert audit.verify(upgraded).ok
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        upgraded.conn.execute("UPDATE audit SET reason = '' WHERE id = 1")


names = st.text(st.characters(codec="utf-8"), max_size=12)


# One database for all examples is fine: each example appends after the rows already there.
@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(surnames=st.lists(names, min_size=1, max_size=5), contingent=st.none() | names)
def test_rows_made_for_bulk_records_are_those_append_would_write(db, surnames, contingent):
    # Imports build their "record" rows in bulk, away from the database; each must be
    # byte for byte what `append` writes for the same values, so that the chain verifies.
    stored = {
        "id": [f"key-{i}" for i in range(len(surnames))],
        "surname": surnames,
        "cnic": ["35202-1234567-1"] * len(surnames),
        "contingent_id": [contingent] * len(surnames),
    }
    columns = ("surname", "cnic", "contingent_id")
    with write(db):
        last_id, previous = audit._last(db)
        created = audit.CreatedRows(
            db, stored, at="2026-03-01T09:00:00Z", user="clerk", reason='list "A"',
            columns=columns,
        )  # fmt: skip
        created.make()
        assert created.write(db) == len(surnames)
    rows = db.conn.execute(
        "SELECT id, at, user, action, entity, entity_id, before, after, reason, hash "
        "FROM audit WHERE id > ? ORDER BY id",
        (last_id,),
    ).fetchall()
    for index, row in enumerate(rows):
        after = {name: stored[name][index] for name in columns}
        expected = (last_id + 1 + index, "2026-03-01T09:00:00Z", "clerk", "record",
                    "departure", f"key-{index}", None, audit.dumps(after), 'list "A"')  # fmt: skip
        assert tuple(row[:9]) == expected
        previous = audit.row_hash(previous, expected)
        assert row[9] == previous
    assert audit.verify(db).ok
