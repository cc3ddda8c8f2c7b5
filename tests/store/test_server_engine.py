"""The office server's own parts: the shared SQL as its driver reads it, name search without
FTS5 giving a file's answers, and desks saving at once (DESIGN.md "Several desks")."""

import datetime as dt
import random
import threading

import pytest

from desktop import services
from desktop.core.errors import RuleViolation
from desktop.services import demo
from desktop.store import audit, departures, open_database, register, write
from desktop.store.engine import server_sql
from desktop.store.register import RegisterFilter, Sort
from tests.factories import person

AT = "2026-03-01T09:00:00Z"

# -- the translation --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("shared", "server"),
    [
        ("SELECT id FROM departures WHERE cnic = ?", "SELECT id FROM departures WHERE cnic = %s"),
        (
            "UPDATE departures SET remarks = :remarks WHERE id = :id",
            "UPDATE departures SET remarks = %(remarks)s WHERE id = %(id)s",
        ),
        (
            "SELECT count(*) FROM audit WHERE user = ?",
            'SELECT count(*) FROM audit WHERE "user" = %s',
        ),
        ("SELECT 1 WHERE code = ? COLLATE NOCASE", "SELECT 1 WHERE code = %s"),
        ("SELECT '50%' || ?", "SELECT '50%' || %s"),  # quoted text stays as written
        (
            "SELECT x FROM t WHERE y LIKE 'a%' AND z = 5 % 2",
            "SELECT x FROM t WHERE y LIKE 'a%' AND z = 5 %% 2",
        ),
        ("SELECT 'it''s ?' , ?", "SELECT 'it''s ?' , %s"),
        ('SELECT "user", ? FROM audit', 'SELECT "user", %s FROM audit'),
        ("SELECT CAST(? AS json)::text", "SELECT CAST(%s AS json)::text"),
        (
            "SELECT a.username, users.user_id FROM users",
            "SELECT a.username, users.user_id FROM users",
        ),
    ],
)
def test_the_shared_sql_as_the_server_reads_it(shared, server):
    assert server_sql(shared) == server


# -- name search ------------------------------------------------------------------------------


def _people(count: int) -> list:
    rng = random.Random(14)
    today = dt.date(2026, 3, 1)
    return [
        demo.person(rng, "ISB", today, serial=n).replace(id=f"0190a000-0000-7000-8000-{n:012d}")
        for n in range(count)
    ]


def _queries(people: list, count: int) -> list[str]:
    rng = random.Random(15)
    words = sorted(
        {w for p in people for w in f"{p.surname} {p.given_names} {p.father_name}".split()}
    )
    queries = ["muh", "MUH", "m", "Khan", "muhammad ali"]
    while len(queries) < count - 5:
        queries.append(rng.choice(words)[: rng.randint(1, 3)].lower())
    for _ in range(3):  # longer prefixes: the key, then the names themselves
        word = rng.choice([w for w in words if len(w) > 4])
        queries.append(word[: rng.randint(4, len(word))].lower())
    queries += [f"{rng.choice(words)[:2]} {rng.choice(words)[:3]}" for _ in range(2)]
    return queries


def test_name_search_on_the_server_finds_what_fts_finds_on_a_file(server_address, tmp_path):
    people = _people(200)
    found = {}
    for name, target in (("file", tmp_path / "office.db"), ("server", server_address)):
        db = open_database(target)
        try:
            with write(db):
                departures.insert_many(db, people, user="demo", at=AT)
            found[name] = {
                query: (
                    [
                        row[0]
                        for row in register.page(db, RegisterFilter(text=query), Sort(), 0, 500)
                    ],
                    register.count(db, RegisterFilter(text=query)).value,
                )
                for query in _queries(people, 50)
            }
        finally:
            db.close()
    assert found["server"] == found["file"]
    assert len(found["file"]["muh"][0]) > 50  # the common prefix really finds many people
    assert sum(1 for ids, _ in found["file"].values() if not ids) < 10  # most queries find some


def test_a_name_typed_later_is_found_and_an_edited_one_no_longer(server_address):
    db = open_database(server_address)
    try:
        clerk = _clerk()
        stored = services.record_departure(db, clerk, person(surname="Qureshi"))
        assert [r["id"] for r in register.search(db, "qur")] == [stored.id]
        services.update_departure(db, clerk, stored.id, {"surname": "Abbasi"}, version=1)
        assert register.search(db, "qur") == []
        assert [r["id"] for r in register.search(db, "abbasi")] == [stored.id]
    finally:
        db.close()


# -- desks at once ----------------------------------------------------------------------------


def _clerk():
    from desktop.core.roles import Actor, Role

    return Actor("amina", Role.CLERK, "ISB")


def _desks(address: str, count: int) -> list:
    return [open_database(address) for _ in range(count)]


def _on_desks(desks: list, work) -> list:
    """Run `work(desk, number)` on each desk's own thread, all starting together; returns what
    each returned or raised."""
    start = threading.Barrier(len(desks))
    outcomes: list = [None] * len(desks)

    def run(number: int) -> None:
        start.wait()
        try:
            outcomes[number] = work(desks[number], number)
        except Exception as error:  # noqa: BLE001 - the test looks at what each desk met
            outcomes[number] = error

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(desks))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def test_two_desks_saving_the_same_cnic_at_once_store_it_once(server_address):
    desks = _desks(server_address, 2)
    try:
        clerk = _clerk()
        outcomes = _on_desks(
            desks,
            lambda desk, n: services.record_departure(
                desk, clerk, person(cnic="35202-7654321-1", passport_no=f"XY765432{n}")
            ),
        )
        refused = [o for o in outcomes if isinstance(o, RuleViolation)]
        assert len(refused) == 1, outcomes
        assert "duplicate" in {p.code for p in refused[0].problems}
        (stored,) = (
            desks[0]
            .conn.execute("SELECT count(*) FROM departures WHERE cnic = ?", ("35202-7654321-1",))
            .fetchone()
        )
        assert stored == 1
    finally:
        for desk in desks:
            desk.close()


def test_a_desk_checking_a_cnic_waits_for_the_desk_saving_it(server_address, monkeypatch):
    """Desk A has stored the person but not yet committed; desk B's save of the same CNIC
    must wait for A's commit, then see A's record (without the lock it would not)."""
    desks = _desks(server_address, 3)
    inserted, release = threading.Event(), threading.Event()
    original = departures.insert

    def insert_then_hold(db, departure, **kwargs):
        stored = original(db, departure, **kwargs)
        if db is desks[0]:
            inserted.set()
            release.wait(60)  # a bound for a broken test, not a timing
        return stored

    monkeypatch.setattr(departures, "insert", insert_then_hold)
    clerk = _clerk()
    outcomes: dict = {}

    def save(name: str, db, passport_no: str) -> None:
        try:
            outcomes[name] = services.record_departure(
                db, clerk, person(cnic="35202-7654321-1", passport_no=passport_no)
            )
        except Exception as error:  # noqa: BLE001
            outcomes[name] = error

    a = threading.Thread(target=save, args=("a", desks[0], "XY7654320"))
    b = threading.Thread(target=save, args=("b", desks[1], "XY7654321"))
    try:
        a.start()
        inserted.wait(60)
        b.start()
        waiting = 0
        while not waiting and b.is_alive():  # B asks for the key A holds
            (waiting,) = (
                desks[2]
                .conn.execute(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                )
                .fetchone()
            )
        release.set()
        a.join()
        b.join()
        assert waiting == 1
        assert not isinstance(outcomes["a"], Exception)
        assert isinstance(outcomes["b"], RuleViolation)
    finally:
        release.set()
        for desk in desks:
            desk.close()


def test_eight_desks_appending_at_once_keep_one_audit_chain(server_address):
    desks = _desks(server_address, 8)
    try:
        clerk = _clerk()

        def save_five(desk, number):
            for k in range(5):
                services.record_departure(
                    desk,
                    clerk,
                    person(cnic=f"35202-7{number}{k:05d}-1", passport_no=f"XY7{number}{k:05d}"),
                )

        outcomes = _on_desks(desks, save_five)
        assert outcomes == [None] * 8
        verdict = audit.verify(desks[0])
        assert verdict.ok and verdict.rows == 40
    finally:
        for desk in desks:
            desk.close()


def test_two_desks_creating_contingents_on_one_day_get_two_codes(server_address):
    from desktop.core.roles import Actor, Role
    from desktop.services import contingents

    desks = _desks(server_address, 2)
    try:
        supervisor = Actor("tariq", Role.SUPERVISOR, "ISB")
        values = {
            "flight_no": "PK 731",
            "carrier": "PIA",
            "airport": "ISB",
            "departure_date": "2026-03-15",
            "departure_time": "09:30",
            "destinations": "Saudi Arabia",
            "capacity": "10",
        }
        outcomes = _on_desks(
            desks, lambda desk, n: contingents.create_contingent(desk, supervisor, values)
        )
        assert sorted(c.code for c in outcomes) == ["ISB-20260315-01", "ISB-20260315-02"]
    finally:
        for desk in desks:
            desk.close()


@pytest.mark.parametrize(
    "where",
    [
        "cnic = ?",
        "passport_no = ?",
        "cnic >= ? AND cnic < ?",
        "passport_no >= ? AND passport_no < ?",
    ],
)
def test_the_duplicate_check_and_the_key_searches_use_their_indexes(server_address, where):
    db = open_database(server_address)
    try:
        db.conn.execute("SET enable_seqscan = off")  # what a million rows make the planner do
        values = ("35202-12", "35202-12~")[: where.count("?")]
        plan = " ".join(
            row[0]
            for row in db.conn.execute(f"EXPLAIN SELECT id FROM departures WHERE {where}", values)
        )
        assert "Index" in plan and "Seq Scan" not in plan, plan
    finally:
        db.close()
