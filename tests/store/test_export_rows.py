"""Rows for an export: every match, in batches, counted exactly."""

from desktop.services import demo
from desktop.store import export_rows
from desktop.store.register import RegisterFilter


def test_batches_walk_every_match_once_in_rowid_order(db, clerk):
    demo.fill(db, clerk, 23, office="ISB", seed=2)
    flt = RegisterFilter(status="recorded")
    expected = [
        r
        for (r,) in db.conn.execute(
            "SELECT id FROM departures WHERE status = 'recorded' ORDER BY rowid"
        )
    ]

    batches = list(export_rows.batches(db, flt, size=4))

    assert [row[0] for batch in batches for row in batch] == expected
    assert all(len(batch) == 4 for batch in batches[:-1])
    assert export_rows.count_matching(db, flt) == len(expected)


def test_name_search_batches_through_the_name_index(db, clerk):
    demo.fill(db, clerk, 40, office="ISB", seed=3)
    (surname,) = db.conn.execute("SELECT surname FROM departures LIMIT 1").fetchone()
    found = [row for batch in export_rows.batches(db, RegisterFilter(text=surname), size=3)
             for row in batch]  # fmt: skip

    assert found
    assert all(surname in " ".join(row[1:4]) for row in found)  # surname, given, father
    assert export_rows.count_matching(db, RegisterFilter(text=surname)) == len(found)


def test_nothing_matches_an_empty_name_search(db, clerk):
    demo.fill(db, clerk, 3, office="ISB", seed=3)
    assert list(export_rows.batches(db, RegisterFilter(text="***"))) == []
    assert export_rows.count_matching(db, RegisterFilter(text="***")) == 0


def test_the_count_is_not_capped(db, clerk):
    demo.fill(db, clerk, 12, office="ISB", seed=1)
    assert (
        export_rows.count_matching(db, RegisterFilter(destination="SA"))
        == db.conn.execute("SELECT count(*) FROM departures WHERE destination = 'SA'").fetchone()[0]
    )
