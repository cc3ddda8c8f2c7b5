"""Durability: a program killed while saving, a full disk, a read-only file. Nothing
acknowledged is ever lost and nothing is ever half-saved."""

import pytest

from bench import crash_test
from desktop import services
from desktop.core.errors import StorageError
from desktop.store import audit, departures, health
from desktop.store.db import connect
from tests.factories import person

FAST_KILLS = 15


def test_killing_a_saving_program_loses_nothing(tmp_path):
    figures = crash_test.run(FAST_KILLS, tmp_path, seed=2026)
    print("\n".join(figures.lines()))  # shown with -s, and in the report of a failure
    assert figures.problems == []
    assert figures.kills == FAST_KILLS
    assert figures.acknowledged > 0
    assert figures.lost == 0
    assert figures.half_saved == 0
    assert figures.integrity_failures == 0
    assert figures.chain_failures == 0
    # Timing decides where each kill lands; a good share must be inside a save.
    assert figures.inside >= 2


def numbered(n: int) -> dict[str, object]:
    """A different valid person for each n."""
    return person(cnic=f"35202-{n:07d}-1", passport_no=f"AB{n:07d}", surname=f"Khan{'a' * n}")


@pytest.mark.file_only("a file's pages on a full disk")
def test_a_full_disk_fails_the_save_keeps_the_rest_and_saving_works_again(db, clerk):
    saved = [services.record_departure(db, clerk, numbered(n)) for n in range(1, 4)]
    (pages,) = db.conn.execute("PRAGMA page_count").fetchone()
    # The disk is "full": the file may not grow by a single page.
    db.conn.execute(f"PRAGMA max_page_count = {pages}")
    refused = None
    for n in range(4, 200):
        try:
            saved.append(services.record_departure(db, clerk, numbered(n)))
        except StorageError as error:
            refused = (n, error)
            break
    assert refused is not None, "the file never needed a new page"
    n, error = refused
    assert "is full; nothing was saved. Free some space and save again." in str(error)
    # The earlier records are intact, the failed one left no trace, not even in the audit log.
    assert departures.count(db) == len(saved)
    for departure in saved:
        assert services.get_departure(db, departure.id) == departure
    assert db.conn.execute("SELECT count(*) FROM audit WHERE action = 'record'").fetchone()[0] == (
        len(saved)
    )
    assert health.full_check(db) is None
    assert audit.verify(db).ok
    # Space is freed: the same save goes through.
    db.conn.execute("PRAGMA max_page_count = 1073741823")
    again = services.record_departure(db, clerk, numbered(n))
    assert services.get_departure(db, again.id) == again
    assert audit.verify(db).ok


@pytest.mark.file_only("a read-only file")
def test_a_read_only_database_refuses_a_save_and_stays_as_it_was(tmp_path, db, clerk):
    services.record_departure(db, clerk, numbered(1))
    path = tmp_path / "office.db"
    before = path.read_bytes()
    readonly = connect(path, readonly=True)
    try:
        with pytest.raises(StorageError, match="read-only here; nothing was saved"):
            services.record_departure(readonly, clerk, numbered(2))
        assert departures.count(readonly) == 1  # still readable
    finally:
        readonly.close()
    assert path.read_bytes() == before
