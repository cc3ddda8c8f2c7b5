import dataclasses
import datetime as dt

import pytest

from desktop.core.departure import Departure
from desktop.core.errors import StaleRecord
from desktop.store import departures, register, write
from desktop.store.register import RegisterFilter

AT = "2026-03-01T09:00:00Z"


def full_departure(**changes) -> Departure:
    values = dict(
        surname="KHAN",
        given_names="MUHAMMAD IMRAN",
        father_name="ABDUL RASHID KHAN",
        cnic="35202-1234567-1",
        passport_no="AB1234567",
        passport_expiry=dt.date(2031, 5, 20),
        nationality="PAK",
        birth_date=dt.date(1990, 4, 12),
        sex="M",
        phone="+923001234567",
        trade="Electrician",
        destination="SA",
        employer="AL RAJHI",
        visa_no="V123",
        channel="OEP",
        oep_licence_no="1234/RWP",
        protector_no="PE-1",
        remarks="first trip",
        departure_date=dt.date(2026, 3, 15),
        status="recorded",
        office="ISB",
    )
    values.update(changes)
    return Departure(**values)


def test_every_field_round_trips(db):
    with write(db):
        stored = departures.insert(db, full_departure(), user="amina", at=AT)
    again = departures.get(db, stored.id)
    assert again == stored
    for field in dataclasses.fields(Departure):
        assert getattr(again, field.name) == getattr(stored, field.name), field.name
    row = departures.get_row(db, stored.id)
    assert row["created_by"] == row["updated_by"] == "amina"
    assert row["created_at"] == AT and row["version"] == 1
    assert len(stored.id) == 36


def test_keys_are_time_ordered(db):
    with write(db):
        first = departures.insert(db, full_departure(), user="a", at=AT)
        second = departures.insert(
            db, full_departure(cnic="35202-1234568-1", passport_no="AB1234568"), user="a", at=AT
        )
    assert first.id < second.id


def test_update_raises_the_version_and_refuses_a_stale_copy(db):
    with write(db):
        stored = departures.insert(db, full_departure(), user="a", at=AT)
    with write(db):
        changed = departures.update(db, stored.replace(trade="Welder"), user="b", at=AT)
    assert changed.version == 2
    assert departures.get(db, stored.id).trade == "Welder"
    with pytest.raises(StaleRecord, match="Someone else saved"), write(db):
        departures.update(db, stored.replace(trade="Cook"), user="c", at=AT)
    assert departures.get(db, stored.id).trade == "Welder"


def test_a_failed_write_leaves_nothing_behind(db):
    with pytest.raises(RuntimeError), write(db):
        departures.insert(db, full_departure(), user="a", at=AT)
        raise RuntimeError("power cut")
    assert departures.count(db) == 0


def test_the_database_refuses_a_malformed_cnic_even_if_code_forgets_to_check(db):
    from desktop.store.db import EngineError

    with pytest.raises(EngineError), write(db):
        departures.insert(db, full_departure(cnic="3520212345671"), user="a", at=AT)


def test_duplicates_are_found_by_cnic_or_passport(db):
    with write(db):
        a = departures.insert(db, full_departure(), user="a", at=AT)
        departures.insert(
            db, full_departure(cnic="61101-7654321-3", passport_no="ZZ7654321"), user="a", at=AT
        )
    by_cnic = departures.duplicates(db, "35202-1234567-1", "QQ0000000")
    by_passport = departures.duplicates(db, "99999-9999999-9", "AB1234567")
    assert [d.id for d in by_cnic] == [a.id] == [d.id for d in by_passport]
    assert by_cnic[0].full_name == "MUHAMMAD IMRAN KHAN"
    assert departures.duplicates(db, "35202-1234567-1", "AB1234567", exclude_id=a.id) == []


def test_bulk_insert_indexes_names_and_keeps_the_trigger(db):
    people = [
        full_departure(
            cnic=f"35202-{i:07d}-1", passport_no=f"AB{i:07d}", surname=f"KHAN{'X' * (i % 3)}"
        )
        for i in range(500)
    ]
    with write(db):
        departures.insert_many(db, people, user="demo", at=AT)
    assert register.count(db, RegisterFilter(text="khan")).value == 500
    with write(db):
        departures.insert(
            db, full_departure(cnic="35202-9999999-1", surname="RAZA"), user="a", at=AT
        )
    assert [found["surname"] for found in register.search(db, "raza")] == ["RAZA"]
