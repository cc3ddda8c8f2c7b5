"""Realistic synthetic departures for demonstrations, tests and benchmarks.

Every person passes the rules of `desktop.core.rules`: valid CNIC with the right gender digit,
Pakistani passport valid well past departure, adult, OEP departures with a licence number.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator

import sqlite_utils

from desktop.core import clock, dates, rules
from desktop.core.departure import DEPARTED, RECORDED, Departure, recorded_fields
from desktop.core.ids import new_id
from desktop.core.roles import Action, Actor, require
from desktop.store import audit, departures, write

MALE_NAMES = (
    "MUHAMMAD", "AHMED", "ALI", "HASSAN", "HUSSAIN", "IMRAN", "USMAN", "BILAL", "HAMZA", "ASAD",
    "ZUBAIR", "TARIQ", "SHAHID", "KASHIF", "ADNAN", "FAISAL", "WAQAS", "NAVEED", "SAEED",
    "ABDUL REHMAN", "ABDULLAH", "IRFAN", "JUNAID", "KAMRAN", "RIZWAN", "SAJID", "SHAHZAD",
    "ZEESHAN", "YASIR", "ARSLAN", "UMAIR", "FAHAD", "NADEEM", "AAMIR", "ASIF", "KHALID",
    "RASHID", "SOHAIL", "WASEEM", "ZAHID", "GHULAM", "NOOR", "ATIF", "BABAR", "DANISH",
)  # fmt: skip
FEMALE_NAMES = (
    "AYESHA", "FATIMA", "ZAINAB", "MARYAM", "SANA", "SAIMA", "NADIA", "RABIA", "HINA", "AMNA",
    "SADIA", "ASMA", "BUSHRA", "FARAH", "IQRA", "KIRAN", "MEHWISH", "NAZIA", "SAMINA",
    "SHAZIA", "UZMA", "HUMA", "LUBNA", "MISBAH", "NOSHEEN", "RUKHSANA", "TAHIRA",
)  # fmt: skip
SURNAMES = (
    "KHAN", "AHMED", "ALI", "HUSSAIN", "SHAH", "MALIK", "BUTT", "CHAUDHRY", "QURESHI", "IQBAL",
    "AKHTAR", "RAZA", "MIRZA", "SHEIKH", "SIDDIQUI", "ABBASI", "AWAN", "BHATTI", "GONDAL",
    "JANJUA", "KHATTAK", "YOUSAFZAI", "AFRIDI", "BALOCH", "JATOI", "MEMON", "RAJPUT", "ARAIN",
    "NIAZI", "GILANI", "BAIG", "CHEEMA", "DOGAR", "GORAYA", "HASHMI", "JAVED", "LODHI",
    "MUGHAL", "NAQVI", "RANA", "SAEED", "TAREEN", "WARRAICH", "ZAIDI", "BANGASH", "MARWAT",
)  # fmt: skip
# Destination, weight, typical employers.
DESTINATIONS = (
    ("SA", 40, ("SAUDI BINLADIN GROUP", "AL RAJHI CONSTRUCTION", "SAUDI ARAMCO CONTRACTOR")),
    ("AE", 25, ("EMAAR PROPERTIES", "ARABTEC", "DUBAI MUNICIPALITY")),
    ("QA", 10, ("QATAR AIRWAYS", "UDC QATAR", "ASHGHAL")),
    ("OM", 8, ("GALFAR ENGINEERING", "OMAN FLOUR MILLS")),
    ("BH", 5, ("ALBA", "BAHRAIN PETROLEUM COMPANY")),
    ("KW", 5, ("KUWAIT OIL COMPANY", "ALGHANIM INDUSTRIES")),
    ("MY", 3, ("PETRONAS",)),
    ("GB", 2, ("NHS TRUST",)),
    ("IT", 1, ("FINCANTIERI",)),
    ("DE", 1, ("SIEMENS ENERGY",)),
)
TRADES = (
    ("Driver", 15), ("Construction Labourer", 15), ("Mason", 8), ("Electrician", 8),
    ("Plumber", 6), ("Welder", 6), ("Carpenter", 6), ("Steel Fixer", 5), ("Cook", 4),
    ("Heavy Driver", 4), ("Technician", 4), ("Nurse", 3), ("Civil Engineer", 3),
    ("Accountant", 2), ("Doctor", 2), ("Security Guard", 3), ("Salesman", 3),
    ("Software Engineer", 2), ("Pipe Fitter", 3), ("Helper", 5),
)  # fmt: skip
# First CNIC digit by province, weighted as an office sees them.
REGIONS = {
    "ISB": (("6", 3), ("3", 4), ("1", 2), ("8", 1), ("7", 1)),
    "KHI": (("4", 7), ("3", 1), ("5", 1)),
    "LHE": (("3", 9), ("6", 1)),
    "PEW": (("1", 7), ("2", 2), ("6", 1)),
}
OEP_LICENCES = ("1234/RWP", "2087/ISB", "1876/LHR", "3012/KHI", "2450/PEW", "1999/MUL")

BATCH_SIZE = 1000


def _cumulative(pairs: tuple[tuple[object, int], ...]) -> tuple[tuple[object, ...], list[int]]:
    values = tuple(value for value, _ in pairs)
    totals, running = [], 0
    for _, weight in pairs:
        running += weight
        totals.append(running)
    return values, totals


# Weighted choices, prepared once: a million people are drawn from these.
_REGION_CHOICES = {office: _cumulative(pairs) for office, pairs in REGIONS.items()}
_TRADE_CHOICES = _cumulative(TRADES)
_DESTINATION_CHOICES = _cumulative(tuple((d, d[1]) for d in DESTINATIONS))
_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _pick(rng: random.Random, prepared: tuple[tuple[object, ...], list[int]]) -> object:
    values, totals = prepared
    return rng.choices(values, cum_weights=totals)[0]


def _below(rng: random.Random, n: int) -> int:
    """0 <= k < n; cheaper than randint for the many numbers a person needs."""
    return int(rng.random() * n)


def person(rng: random.Random, office: str, today: dt.date, *, serial: int) -> Departure:
    """One believable departing person of an office; `serial` keeps CNIC and passport unique."""
    choice = rng.choice
    sex = "M" if rng.random() < 0.86 else "F"
    if sex == "M":
        given = choice(MALE_NAMES)
        if given != "MUHAMMAD" and rng.random() < 0.45:
            given = "MUHAMMAD " + given
        elif given == "MUHAMMAD":
            given += " " + choice(MALE_NAMES[1:])
    else:
        given = choice(FEMALE_NAMES)
    region = _pick(rng, _REGION_CHOICES.get(office, _REGION_CHOICES["ISB"]))
    # The serial fills the middle block so that no two demo people share a CNIC.
    serial7 = f"{serial % 10_000_000:07d}"
    body = f"{region}{1000 + _below(rng, 9000)}{serial7}"
    last = choice("13579" if sex == "M" else "02468")
    destination, _, employers = _pick(rng, _DESTINATION_CHOICES)  # type: ignore[misc]
    departure_date = today + dt.timedelta(days=_below(rng, 461) - 400)
    birth_date = departure_date - dt.timedelta(days=19 * 365 + _below(rng, 36 * 365))
    issued = departure_date - dt.timedelta(days=30 + _below(rng, 4 * 365))
    channel = "OEP" if rng.random() < 0.7 else "OEC"
    return Departure(
        surname=choice(SURNAMES),
        given_names=given,
        father_name=f"{choice(MALE_NAMES)} {choice(SURNAMES)}",
        cnic=f"{body[:5]}-{body[5:12]}-{last}",
        passport_no=choice(_LETTERS) + choice(_LETTERS) + serial7,
        passport_expiry=dates.add_months(issued, 120) - dt.timedelta(days=1),
        nationality="PAK",
        birth_date=birth_date,
        sex=sex,
        phone=f"+923{_below(rng, 5)}{_below(rng, 10)}{1_000_000 + _below(rng, 9_000_000)}",
        trade=str(_pick(rng, _TRADE_CHOICES)),
        destination=destination,
        employer=choice(employers),
        visa_no=str(100_000_000 + _below(rng, 900_000_000)),
        channel=channel,
        oep_licence_no=choice(OEP_LICENCES) if channel == "OEP" else "",
        protector_no=f"PE-{office}-{departure_date.year}-{serial % 1_000_000:06d}",
        departure_date=departure_date,
        status=DEPARTED if departure_date < today - dt.timedelta(days=3) else RECORDED,
        office=office,
        id=new_id(),
        version=1,
    )


def people(
    count: int,
    office: str,
    *,
    seed: int | None = None,
    start: int = 0,
    today: dt.date | None = None,
) -> Iterator[Departure]:
    """`count` synthetic departures; `start` offsets the serials so that runs never collide."""
    rng = random.Random(seed)
    day = today or clock.today()
    for serial in range(start, start + count):
        yield person(rng, office, day, serial=serial)


def fill(
    db: sqlite_utils.Database,
    actor: Actor,
    count: int,
    *,
    office: str,
    seed: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Add `count` synthetic departures, committed in batches of 1,000 with their audit rows.

    Serials continue after the rows already present, so that running it again adds more
    people rather than duplicates. Returns how many were added.
    """
    require(actor, Action.RECORD_DEPARTURE)
    start = departures.count(db) + 1
    generator = people(count, office, seed=seed, start=start)
    done = 0
    while done < count:
        batch = [next(generator) for _ in range(min(BATCH_SIZE, count - done))]
        _check(batch)
        at = clock.utc_stamp()
        with write(db):
            stored = departures.insert_many(db, batch, user=actor.name, at=at)
            audit.append_many(
                db,
                [
                    {
                        "at": at,
                        "user": actor.name,
                        "action": "record",
                        "entity": "departure",
                        "entity_id": d.id,
                        "after": recorded_fields(d),
                        "reason": "demo data",
                    }
                    for d in stored
                ],
            )
        done += len(batch)
        if progress:
            progress(done, count)
    return done


def _check(batch: list[Departure]) -> None:
    """Demo people must pass the same rules as real ones (a broken generator is a bug)."""
    for departure in batch:
        found = rules.blocks(rules.check_departure(departure, today=clock.today()))
        if found:
            raise AssertionError(f"demo person breaks a rule: {found[0].text}")
