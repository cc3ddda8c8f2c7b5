import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services import demo
from desktop.store import register, write
from desktop.store.register import Count, RegisterFilter, Sort

AT = "2026-03-01T09:00:00Z"


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    """600 people of two offices, built once for the module."""
    from desktop.store import departures, open_database

    db = open_database(tmp_path_factory.mktemp("register") / "r.db")
    today = dt.date(2026, 3, 1)
    with write(db):
        departures.insert_many(
            db, list(demo.people(400, "ISB", seed=3, start=1, today=today)), user="t", at=AT
        )
        departures.insert_many(
            db, list(demo.people(200, "KHI", seed=4, start=401, today=today)), user="t", at=AT
        )
    yield db
    db.close()


def all_rows(db, flt, sort=None):
    return register.page(db, flt, sort or Sort(), 0, 10_000)


def as_dict(row):
    return dict(zip(register.COLUMNS, row, strict=True))


def test_the_unfiltered_count_is_exact(filled):
    assert register.count(filled, RegisterFilter()) == Count(600)


def test_a_whole_cnic_finds_exactly_that_person(filled):
    target = as_dict(all_rows(filled, RegisterFilter())[123])
    for typed in (
        target["cnic"],
        target["cnic"].replace("-", " "),
        target["cnic"].replace("-", ""),
    ):
        rows = all_rows(filled, RegisterFilter(text=typed))
        assert [as_dict(r)["id"] for r in rows] == [target["id"]]


def test_a_passport_number_finds_its_holder(filled):
    target = as_dict(all_rows(filled, RegisterFilter())[7])
    rows = all_rows(filled, RegisterFilter(text=target["passport_no"].lower()))
    assert [as_dict(r)["id"] for r in rows] == [target["id"]]


def test_a_name_prefix_finds_every_matching_name(filled):
    rows = [as_dict(r) for r in all_rows(filled, RegisterFilter(text="muh"))]
    expected = [
        as_dict(r)
        for r in all_rows(filled, RegisterFilter())
        if any(
            word.startswith("MUH")
            for part in (
                as_dict(r)["surname"],
                as_dict(r)["given_names"],
                as_dict(r)["father_name"],
            )
            for word in part.split()
        )
    ]
    assert rows and {r["id"] for r in rows} == {r["id"] for r in expected}


def test_filters_combine(filled):
    flt = RegisterFilter(
        text="khan",
        status="recorded",
        destination="SA",
        office="ISB",
        date_from=dt.date(2026, 1, 1),
        date_to=dt.date(2026, 12, 31),
    )
    rows = [as_dict(r) for r in all_rows(filled, flt)]
    assert rows
    for row in rows:
        assert row["status"] == "recorded" and row["destination"] == "SA" and row["office"] == "ISB"
        assert "2026-01-01" <= row["departure_date"] <= "2026-12-31"
        assert "KHAN" in f"{row['surname']} {row['given_names']} {row['father_name']}"
    assert register.count(filled, flt).value == len(rows)


def test_the_default_order_is_newest_first_and_the_window_matches_offsets(filled):
    total = register.count(filled, RegisterFilter()).value
    window = register.rowid_window(filled, total)
    assert window is not None
    plain = all_rows(filled, RegisterFilter())
    for offset in (0, 199, 598):
        assert (
            register.page(filled, RegisterFilter(), Sort(), offset, 50, window=window)
            == plain[offset : offset + 50]
        )


@pytest.mark.parametrize("column", sorted(register.SORTABLE))
def test_sorting_by_an_indexed_column_gives_the_same_rows_in_order(filled, column):
    rows = [as_dict(r) for r in all_rows(filled, RegisterFilter(), Sort(column, descending=True))]
    key = "surname" if column == "name" else column
    values = [r[key] for r in rows]
    assert values == sorted(values, reverse=True)
    deep = register.page(filled, RegisterFilter(), Sort(column, descending=True), 500, 20)
    assert [as_dict(r)["id"] for r in deep] == [r["id"] for r in rows[500:520]]


def test_counts_are_capped_where_counting_would_be_slow(filled):
    count = register.count(filled, RegisterFilter(text="a"), cap=10)
    assert count == Count(10, capped=True) and str(count) == "10+"


def test_nothing_found_is_an_empty_list(filled):
    assert all_rows(filled, RegisterFilter(text="zzzzqqq")) == []
    assert register.count(filled, RegisterFilter(text="zzzzqqq")) == Count(0)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.one_of(
        st.text(),
        st.sampled_from(
            ['"', "*", "-", "OR", "NEAR(", "AND NOT", "a*b", "^x", "میرا نام", "(", ":"]
        ),
        st.lists(st.sampled_from(['"', "*", "-", "OR", "NEAR(", "خان", "ali", "35202", "AB1"])).map(
            " ".join
        ),
    )
)
def test_any_search_text_returns_rows_or_nothing_never_an_error(filled, text):
    rows = register.search(filled, text, limit=20)
    assert isinstance(rows, list)
    register.count(filled, RegisterFilter(text=text))
