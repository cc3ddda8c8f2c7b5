"""Realistic synthetic departures for demonstrations, tests and benchmarks.

Every person passes the rules of `desktop.core.rules`: valid CNIC with the right gender digit,
Pakistani passport valid well past departure, adult, OEP departures with a licence number.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core import clock, dates, rules
from desktop.core.contingent import Contingent
from desktop.core.departure import (
    BULK_RECORDED_COLUMNS,
    DEPARTED,
    RECORDED,
    RECORDED_COLUMNS,
    Departure,
)
from desktop.core.ids import new_id
from desktop.core.roles import Action, Actor
from desktop.services import contingents
from desktop.services.access import authorize
from desktop.store import Database, audit, departures, write
from desktop.store import contingents as contingent_rows

if TYPE_CHECKING:
    from desktop.manifest.signature import SigningKey

MALE_NAMES = (
    "MUHAMMAD",
    "AHMED",
    "ALI",
    "HASSAN",
    "HUSSAIN",
    "IMRAN",
    "USMAN",
    "BILAL",
    "HAMZA",
    "ASAD",
    "ZUBAIR",
    "TARIQ",
    "SHAHID",
    "KASHIF",
    "ADNAN",
    "FAISAL",
    "WAQAS",
    "NAVEED",
    "SAEED",
    "ABDUL REHMAN",
    "ABDULLAH",
    "IRFAN",
    "JUNAID",
    "KAMRAN",
    "RIZWAN",
    "SAJID",
    "SHAHZAD",
    "ZEESHAN",
    "YASIR",
    "ARSLAN",
    "UMAIR",
    "FAHAD",
    "NADEEM",
    "AAMIR",
    "ASIF",
    "KHALID",
    "RASHID",
    "SOHAIL",
    "WASEEM",
    "ZAHID",
    "GHULAM",
    "NOOR",
    "ATIF",
    "BABAR",
    "DANISH",
)
FEMALE_NAMES = (
    "AYESHA",
    "FATIMA",
    "ZAINAB",
    "MARYAM",
    "SANA",
    "SAIMA",
    "NADIA",
    "RABIA",
    "HINA",
    "AMNA",
    "SADIA",
    "ASMA",
    "BUSHRA",
    "FARAH",
    "IQRA",
    "KIRAN",
    "MEHWISH",
    "NAZIA",
    "SAMINA",
    "SHAZIA",
    "UZMA",
    "HUMA",
    "LUBNA",
    "MISBAH",
    "NOSHEEN",
    "RUKHSANA",
    "TAHIRA",
)
SURNAMES = (
    "KHAN",
    "AHMED",
    "ALI",
    "HUSSAIN",
    "SHAH",
    "MALIK",
    "BUTT",
    "CHAUDHRY",
    "QURESHI",
    "IQBAL",
    "AKHTAR",
    "RAZA",
    "MIRZA",
    "SHEIKH",
    "SIDDIQUI",
    "ABBASI",
    "AWAN",
    "BHATTI",
    "GONDAL",
    "JANJUA",
    "KHATTAK",
    "YOUSAFZAI",
    "AFRIDI",
    "BALOCH",
    "JATOI",
    "MEMON",
    "RAJPUT",
    "ARAIN",
    "NIAZI",
    "GILANI",
    "BAIG",
    "CHEEMA",
    "DOGAR",
    "GORAYA",
    "HASHMI",
    "JAVED",
    "LODHI",
    "MUGHAL",
    "NAQVI",
    "RANA",
    "SAEED",
    "TAREEN",
    "WARRAICH",
    "ZAIDI",
    "BANGASH",
    "MARWAT",
)
# Each demo name in Urdu script, for the manifest's optional Urdu name column.
URDU = {
    "AAMIR": "عامر",
    "ABBASI": "عباسی",
    "ABDUL": "عبد",
    "ABDUL REHMAN": "عبدالرحمٰن",
    "ABDULLAH": "عبداللہ",
    "ADNAN": "عدنان",
    "AFRIDI": "آفریدی",
    "AHMED": "احمد",
    "AKHTAR": "اختر",
    "ALI": "علی",
    "AMNA": "آمنہ",
    "ARAIN": "آرائیں",
    "ARSLAN": "ارسلان",
    "ASAD": "اسد",
    "ASIF": "آصف",
    "ASMA": "اسماء",
    "ATIF": "عاطف",
    "AWAN": "اعوان",
    "AYESHA": "عائشہ",
    "BABAR": "بابر",
    "BAIG": "بیگ",
    "BALOCH": "بلوچ",
    "BANGASH": "بنگش",
    "BHATTI": "بھٹی",
    "BILAL": "بلال",
    "BUSHRA": "بشریٰ",
    "BUTT": "بٹ",
    "CHAUDHRY": "چوہدری",
    "CHEEMA": "چیمہ",
    "DANISH": "دانش",
    "DOGAR": "ڈوگر",
    "FAHAD": "فہد",
    "FAISAL": "فیصل",
    "FARAH": "فرح",
    "FATIMA": "فاطمہ",
    "GHULAM": "غلام",
    "GILANI": "گیلانی",
    "GONDAL": "گوندل",
    "GORAYA": "گورایہ",
    "HAMZA": "حمزہ",
    "HASHMI": "ہاشمی",
    "HASSAN": "حسن",
    "HINA": "حنا",
    "HUMA": "ہما",
    "HUSSAIN": "حسین",
    "IMRAN": "عمران",
    "IQBAL": "اقبال",
    "IQRA": "اقراء",
    "IRFAN": "عرفان",
    "JANJUA": "جنجوعہ",
    "JATOI": "جتوئی",
    "JAVED": "جاوید",
    "JUNAID": "جنید",
    "KAMRAN": "کامران",
    "KASHIF": "کاشف",
    "KHALID": "خالد",
    "KHAN": "خان",
    "KHATTAK": "خٹک",
    "KIRAN": "کرن",
    "LODHI": "لودھی",
    "LUBNA": "لبنیٰ",
    "MALIK": "ملک",
    "MARWAT": "مروت",
    "MARYAM": "مریم",
    "MEHWISH": "مہوش",
    "MEMON": "میمن",
    "MIRZA": "مرزا",
    "MISBAH": "مصباح",
    "MUGHAL": "مغل",
    "MUHAMMAD": "محمد",
    "NADEEM": "ندیم",
    "NADIA": "نادیہ",
    "NAQVI": "نقوی",
    "NAVEED": "نوید",
    "NAZIA": "نازیہ",
    "NIAZI": "نیازی",
    "NOOR": "نور",
    "NOSHEEN": "نوشین",
    "QURESHI": "قریشی",
    "RABIA": "رابعہ",
    "RAJPUT": "راجپوت",
    "RANA": "رانا",
    "RASHID": "راشد",
    "RAZA": "رضا",
    "REHMAN": "رحمٰن",
    "RIZWAN": "رضوان",
    "RUKHSANA": "رخسانہ",
    "SADIA": "سعدیہ",
    "SAEED": "سعید",
    "SAIMA": "صائمہ",
    "SAJID": "ساجد",
    "SAMINA": "ثمینہ",
    "SANA": "ثناء",
    "SHAH": "شاہ",
    "SHAHID": "شاہد",
    "SHAHZAD": "شہزاد",
    "SHAZIA": "شازیہ",
    "SHEIKH": "شیخ",
    "SIDDIQUI": "صدیقی",
    "SOHAIL": "سہیل",
    "TAHIRA": "طاہرہ",
    "TAREEN": "ترین",
    "TARIQ": "طارق",
    "UMAIR": "عمیر",
    "USMAN": "عثمان",
    "UZMA": "عظمیٰ",
    "WAQAS": "وقاص",
    "WARRAICH": "وڑائچ",
    "WASEEM": "وسیم",
    "YASIR": "یاسر",
    "YOUSAFZAI": "یوسفزئی",
    "ZAHID": "زاہد",
    "ZAIDI": "زیدی",
    "ZAINAB": "زینب",
    "ZEESHAN": "ذیشان",
    "ZUBAIR": "زبیر",
}


def in_urdu(name: str) -> str:
    """A demo name written in Urdu ("ABDUL REHMAN KHAN" → "عبدالرحمٰن خان")."""
    words = name.replace("ABDUL REHMAN", "ABDUL\u00a0REHMAN").split(" ")
    return " ".join(URDU[word.replace("\u00a0", " ")] for word in words)


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
    ("Driver", 15),
    ("Construction Labourer", 15),
    ("Mason", 8),
    ("Electrician", 8),
    ("Plumber", 6),
    ("Welder", 6),
    ("Carpenter", 6),
    ("Steel Fixer", 5),
    ("Cook", 4),
    ("Heavy Driver", 4),
    ("Technician", 4),
    ("Nurse", 3),
    ("Civil Engineer", 3),
    ("Accountant", 2),
    ("Doctor", 2),
    ("Security Guard", 3),
    ("Salesman", 3),
    ("Software Engineer", 2),
    ("Pipe Fitter", 3),
    ("Helper", 5),
)
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
_EMPLOYERS = {code: employers for code, _, employers in DESTINATIONS}
# A flight and carrier per first destination, for demo contingents.
_FLIGHTS = {
    "SA": ("SV-727", "Saudia"),
    "AE": ("EK-613", "Emirates"),
    "QA": ("QR-633", "Qatar Airways"),
    "OM": ("WY-346", "Oman Air"),
    "BH": ("GF-771", "Gulf Air"),
    "KW": ("KU-206", "Kuwait Airways"),
    "MY": ("PK-894", "Pakistan International Airlines"),
    "GB": ("PK-785", "Pakistan International Airlines"),
    "IT": ("TK-711", "Turkish Airlines"),
    "DE": ("TK-711", "Turkish Airlines"),
}
_AIRPORTS = {"ISB": "ISB", "KHI": "KHI", "LHE": "LHE", "PEW": "PEW"}


def _pick(rng: random.Random, prepared: tuple[tuple[object, ...], list[int]]) -> object:
    values, totals = prepared
    return rng.choices(values, cum_weights=totals)[0]


def _below(rng: random.Random, n: int) -> int:
    """0 <= k < n; cheaper than randint for the many numbers a person needs."""
    return int(rng.random() * n)


def person(
    rng: random.Random, office: str, today: dt.date, *, serial: int, group: Group | None = None
) -> Departure:
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
    surname = choice(SURNAMES)
    region = _pick(rng, _REGION_CHOICES.get(office, _REGION_CHOICES["ISB"]))
    # The serial fills the middle block so that no two demo people share a CNIC.
    serial7 = f"{serial % 10_000_000:07d}"
    body = f"{region}{1000 + _below(rng, 9000)}{serial7}"
    last = choice("13579" if sex == "M" else "02468")
    destination, _, employers = _pick(rng, _DESTINATION_CHOICES)  # type: ignore[misc]
    departure_date = today + dt.timedelta(days=_below(rng, 461) - 400)
    if group is not None:
        destination = choice(group.destinations)
        employers = _EMPLOYERS[destination]
        departure_date = group.departure_date
    birth_date = departure_date - dt.timedelta(days=19 * 365 + _below(rng, 36 * 365))
    issued = departure_date - dt.timedelta(days=30 + _below(rng, 4 * 365))
    channel = "OEP" if rng.random() < 0.7 else "OEC"
    return Departure(
        surname=surname,
        given_names=given,
        name_urdu=f"{in_urdu(given)} {in_urdu(surname)}",
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
        contingent_id=group.contingent_id if group else None,
        id=new_id(),
        version=1,
    )


@dataclass
class Group:
    """People recruited together: one departure day, one or two destinations."""

    departure_date: dt.date
    destinations: tuple[str, ...]
    size: int
    contingent_id: str | None = None


def plan_groups(
    rng: random.Random, count: int, today: dt.date, sizes: tuple[int, int]
) -> list[Group]:
    """Split `count` people into groups; the first leaves soon (an open contingent), the
    second left a day or two ago (a contingent to finalize), the rest over the past year."""
    groups: list[Group] = []
    left = count
    while left > 0:
        size = min(left, rng.randint(*sizes))
        if not groups:
            day = today + dt.timedelta(days=rng.randint(5, 60))
        elif len(groups) == 1:
            day = today - dt.timedelta(days=rng.randint(1, 3))
        else:
            day = today + dt.timedelta(days=rng.randint(-400, 60))
        first = str(_pick(rng, _DESTINATION_CHOICES)[0])  # type: ignore[index]
        second = str(_pick(rng, _DESTINATION_CHOICES)[0])  # type: ignore[index]
        destinations = (first, second) if rng.random() < 0.3 and second != first else (first,)
        groups.append(Group(day, destinations, size))
        left -= size
    return groups


def people(
    count: int,
    office: str,
    *,
    seed: int | None = None,
    start: int = 0,
    today: dt.date | None = None,
    groups: list[Group] | None = None,
) -> Iterator[Departure]:
    """`count` synthetic departures; `start` offsets the serials so that runs never collide.

    With `groups`, people come group by group, sharing departure day, destinations and
    contingent; without, each has a day and destination of their own.
    """
    rng = random.Random(seed)
    day = today or clock.today()
    serial = start
    for group in groups or [None]:  # type: ignore[list-item]
        size = group.size if group else count
        for _ in range(size):
            yield person(rng, office, day, serial=serial, group=group)
            serial += 1


def fill(
    db: Database,
    actor: Actor,
    count: int,
    *,
    office: str,
    seed: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    contingent_size: int | None = None,
    supervisor: Actor | None = None,
    signing: SigningKey | None = None,
) -> int:
    """Add `count` synthetic departures, committed in batches of 1,000 with their audit rows.

    People come in groups of a contingent's size (`contingent_size`, else 150 to 400): groups
    leaving from today on get an open contingent; those that left in the last few days get a
    contingent that `supervisor` finalizes, with its manifest; older groups have none, as
    records from before contingents were kept; their manifests are signed with `signing`
    when given (the demo office's key). Serials continue after the rows already
    present, so that running it again adds more people rather than duplicates.
    Returns how many were added.
    """
    authorize(db, actor, Action.RECORD_DEPARTURE)
    today = clock.today()
    rng = random.Random(seed)
    sizes = (contingent_size, contingent_size) if contingent_size else (150, 400)
    groups = plan_groups(rng, count, today, sizes)
    to_finalize = _contingents_for(db, actor, groups, office, today)
    start = departures.count(db) + 1
    generator = people(count, office, seed=seed, start=start, today=today, groups=groups)
    done = 0
    while done < count:
        batch = [next(generator) for _ in range(min(BATCH_SIZE, count - done))]
        _check(batch, today)
        at = clock.utc_stamp()
        with write(db):
            staged = departures.stage(db, batch)
            created = audit.CreatedRows(
                db,
                staged.columns,
                at=at,
                user=actor.name,
                reason="demo data",
                columns=BULK_RECORDED_COLUMNS,
                hashed=RECORDED_COLUMNS,
            )
            departures.insert_staged(db, staged, user=actor.name, at=at, alongside=created.make)
            created.write(db)
        done += len(batch)
        if progress:
            progress(done, count)
    if supervisor is not None:
        for contingent_id in to_finalize:
            contingents.finalize(db, supervisor, contingent_id, signing=signing)
    return done


FINALIZED_PER_RUN = 3


def _contingents_for(
    db: Database, actor: Actor, groups: list[Group], office: str, today: dt.date
) -> list[str]:
    """Create the groups' contingents; returns those to finalize once their people are in."""
    to_finalize: list[str] = []
    at = clock.utc_stamp()
    with write(db):
        for group in groups:
            recent = today - dt.timedelta(days=3) <= group.departure_date < today
            if group.departure_date < today and not (
                recent and len(to_finalize) < FINALIZED_PER_RUN
            ):
                continue
            code = contingent_rows.next_code(db, office, group.departure_date)
            flight, carrier = _FLIGHTS[group.destinations[0]]
            contingent = Contingent(
                id=new_id(),
                code=code,
                office=office,
                flight_no=flight,
                carrier=carrier,
                airport=_AIRPORTS.get(office, "ISB"),
                departure_date=group.departure_date,
                departure_time="09:30",
                destinations=group.destinations,
                capacity=max(group.size, 150),
                created_by=actor.name,
            )
            contingent_rows.insert(db, contingent, user=actor.name, at=at)
            audit.append(
                db,
                at=at,
                user=actor.name,
                action="create",
                entity="contingent",
                entity_id=contingent.id,
                after=contingents.created_facts(contingent),
                reason="demo data",
            )
            group.contingent_id = contingent.id
            if recent:
                to_finalize.append(contingent.id)
    return to_finalize


def _check(batch: list[Departure], today: dt.date) -> None:
    """Demo people must pass the same rules as real ones (a broken generator is a bug)."""
    for departure in batch:
        found = rules.blocks(rules.check_departure(departure, today=today))
        if found:
            raise AssertionError(f"demo person breaks a rule: {found[0].text}")
