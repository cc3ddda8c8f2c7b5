"""The office server's dumps are kept as a file's backups are: 7 daily, 4 weekly, 12 monthly."""

from __future__ import annotations

import datetime as dt

from desktop.core import retention
from desktop.store.server_admin import prune_dumps

ADDRESS = "postgresql://desk@server.local/rawangi"
NOW = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def _dump(folder, name, when):
    path = folder / f"rawangi-{name}-{when:%Y%m%d-%H%M%S}.dump"
    path.write_bytes(b"PGDMP")
    return path


def test_a_year_of_nightly_dumps_keeps_what_retention_keeps_and_nothing_else_is_touched(tmp_path):
    nights = [NOW - dt.timedelta(days=n, hours=10) for n in range(400)]
    dumps = {when: _dump(tmp_path, "rawangi", when) for when in nights}
    other_database = _dump(tmp_path, "training", nights[-1])
    foreign = tmp_path / "rawangi-rawangi-notes.dump"
    foreign.write_text("someone's notes")

    deleted = prune_dumps(tmp_path, ADDRESS, now=NOW)

    local = {when.astimezone(): path for when, path in dumps.items()}
    kept = retention.keep(local, NOW.astimezone())
    assert sorted(p for p in tmp_path.iterdir()) == sorted(
        [*(local[when] for when in kept), other_database, foreign]
    )
    assert len(deleted) == 400 - len(kept)
    assert 20 <= len(kept) <= 23  # 7 days, 4 weeks, 12 months, overlapping
    # A second run finds nothing more to delete.
    assert prune_dumps(tmp_path, ADDRESS, now=NOW) == []
