"""A day worked on a local file while the office server was gone, brought to the server."""

from __future__ import annotations

import pytest

from desktop import services
from desktop.services import local_day
from desktop.store import departures, open_database
from tests.factories import person


def test_the_local_days_records_reach_the_register_and_people_at_both_are_listed(
    db, supervisor, tmp_path
):
    local = open_database(tmp_path / "rawangi-local.db")
    try:
        kept = services.record_departure(local, supervisor, person(surname="Baig"))
        twice = services.record_departure(
            local, supervisor, person(cnic="61101-1111111-3", passport_no="EF1111111")
        )
    finally:
        local.close()
    # Meanwhile another desk recorded the second person on the server.
    services.record_departure(
        db, supervisor, person(cnic="61101-1111111-3", passport_no="EF1111111", surname="Raza")
    )

    brought = local_day.bring_records(
        tmp_path / "rawangi-local.db", db, supervisor, tmp_path / "local.zip"
    )

    assert departures.get(db, str(kept.id)) is not None
    assert departures.count(db) == 3
    assert [pair.local.id for pair in brought.at_both] == [str(twice.id)]
    assert brought.at_both[0].server.full_name.endswith("RAZA")
    text = "\n".join(brought.lines())
    assert "Recorded at both (1)" in text and "61101-1111111-3" in text
    # Brought twice: nothing changes (same UUIDs and versions).
    again = local_day.bring_records(
        tmp_path / "rawangi-local.db", db, supervisor, tmp_path / "again.zip"
    )
    moved = again.imported.counts.tables["departures"]
    assert (moved.added, moved.updated) == (0, 0)
    assert departures.count(db) == 3


def test_a_clerk_may_not_bring_a_local_file(db, clerk, tmp_path):
    from desktop.core.errors import PermissionDenied

    local = open_database(tmp_path / "rawangi-local.db")
    local.close()
    with pytest.raises(PermissionDenied):
        local_day.bring_records(tmp_path / "rawangi-local.db", db, clerk, tmp_path / "b.zip")
    assert not (tmp_path / "b.zip").exists()
    assert departures.count(db) == 0
