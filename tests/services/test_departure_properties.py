"""record_departure and check_departure over any mix of valid and invalid fields (Hypothesis).

Whatever a clerk types: no crash, nothing invalid saved, and every problem named by its field.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop import services
from desktop.core import rules
from desktop.core.errors import RuleViolation
from desktop.core.roles import Actor, Role
from desktop.store import departures, open_database
from tests.factories import person

CLERK = Actor("amina", Role.CLERK, "ISB")
TODAY = dt.date(2026, 3, 1)  # tests/conftest.py's fixed day

# Values that break a blocking rule whatever the other fields hold.
INVALID: dict[str, tuple[str, ...]] = {
    "surname": ("", "Kh@n", "Khan2"),
    "given_names": ("Imr4n", "Ali@"),  # empty is allowed: some people have one name
    "cnic": ("", "12345", "95202-1234567-1", "35202-12345A7-1"),
    "passport_no": ("", "AB12345678901", "AB-12$"),
    "passport_expiry": ("", "2031-13-01", "20-05-2031x"),
    "birth_date": ("", "1990-02-30", "2030-01-01"),  # a minor is judged on a departure date
    "sex": ("", "Q"),
    "destination": ("", "Narnia"),
    "channel": ("", "XYZ"),
    "departure_date": ("", "2026-02-30", "soon"),
}


@st.composite
def typed_values(draw: st.DrawFn) -> tuple[dict[str, object], set[str]]:
    """What a clerk typed, and the fields made invalid on purpose."""
    values = person()
    broken: set[str] = set()
    for field, bad in INVALID.items():
        if draw(st.booleans()):
            values[field] = draw(st.sampled_from(bad))
            broken.add(field)
    # Any text at all in the free-text fields: never a crash, whatever is said of it.
    for field in ("father_name", "employer", "remarks", "phone", "visa_no", "trade"):
        if draw(st.integers(0, 3)) == 0:
            values[field] = draw(st.text(max_size=40))
    return values, broken


def _blocks_of_stored(db, departure_id: str) -> list[rules.Problem]:
    stored = departures.get(db, departure_id)
    assert stored is not None
    reread, problems = rules.read_departure(stored.to_row())
    return rules.blocks(problems + rules.check_departure(reread, today=TODAY))


@settings(
    max_examples=60,
    deadline=None,  # the database work takes what it takes; time is no part of the property
    suppress_health_check=[HealthCheck.too_slow],
)
@given(typed_values())
def test_any_typing_is_saved_valid_or_refused_naming_every_broken_field(typed):
    values, broken = typed
    db = open_database(":memory:")
    try:
        review = services.review_departure(db, CLERK, values)
        keys = [services.warning_key(p) for p in review.warnings]
        try:
            stored = services.record_departure(db, CLERK, values, acknowledged=keys)
        except RuleViolation as refused:
            named = {p.field for p in refused.problems}
            assert broken <= named, f"not named: {broken - named}"
            assert all(p.text for p in refused.problems)
            assert departures.count(db) == 0
        else:
            assert not broken, f"saved although {broken} were invalid"
            assert _blocks_of_stored(db, str(stored.id)) == []
    finally:
        db.close()


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(sorted(person())), st.text(max_size=30)))
def test_check_departure_says_something_of_any_text_and_never_crashes(changes):
    departure, problems = rules.read_departure(person(**changes))
    problems += rules.check_departure(departure, today=TODAY)
    assert all(p.field is not None and p.text for p in problems)
