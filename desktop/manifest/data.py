"""What a manifest says, as plain values: the contingent, its people, and the totals.

The caller (a service reading the database) fills these dataclasses with values already
formatted for print; the manifest package never reads the database. Totals are not passed in:
they are counted here from the rows, so the printed totals can never disagree with the list.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, fields
from typing import Final

from desktop.core.errors import ValidationError

SEXES: Final = ("M", "F", "X")
CHANNELS: Final = ("OEC", "OEP")
PAGE_SIZE_NAMES: Final = ("A4", "Letter")

# The longest text any one value may hold: far above any real name, trade or employer, and low
# enough that a row of real words stays well within a page. (A row that still cannot fit, say
# 200 characters of passport number, is refused by build_pdf with a message; rows never split.)
MAX_FIELD_LENGTH: Final = 200


@dataclass(frozen=True, slots=True)
class ManifestRow:
    """One person on the manifest, every value formatted for print.

    Attributes:
        serial: the S.No printed in the first column (1, 2, 3, ...).
        name: full name as in the passport.
        father_name: father's name.
        cnic: ``XXXXX-XXXXXXX-X``.
        passport_no: passport number.
        passport_expiry: ``YYYY-MM-DD``.
        birth_date: ``YYYY-MM-DD``.
        sex: ``M``, ``F`` or ``X``.
        trade: trade or profession.
        destination: destination country name.
        employer: foreign employer.
        channel: ``OEC`` or ``OEP``.
        oep_licence_no: the promoter's licence (``1234/RWP``) for OEP, else empty.
        protector_no: Protector of Emigrants registration number.
        name_urdu: the name in Urdu script, or empty.
        visa_note: what the visa says where it differs from trade or destination, or empty.
    """

    serial: int
    name: str
    father_name: str
    cnic: str
    passport_no: str
    passport_expiry: str
    birth_date: str
    sex: str
    trade: str
    destination: str
    employer: str
    channel: str
    oep_licence_no: str
    protector_no: str
    name_urdu: str = ""
    visa_note: str = ""

    def __post_init__(self) -> None:
        if self.sex not in SEXES:
            raise ValidationError(
                f"Manifest row {self.serial}: sex must be M, F or X, not {self.sex!r}.", "sex"
            )
        if self.channel not in CHANNELS:
            raise ValidationError(
                f"Manifest row {self.serial}: channel must be OEC or OEP, not {self.channel!r}.",
                "channel",
            )
        _check_lengths(self, f"Manifest row {self.serial}")

    @property
    def channel_label(self) -> str:
        """The channel as printed and counted: ``OEC``, ``OEP 1234/RWP`` or ``OEP``."""
        if self.channel == "OEP" and self.oep_licence_no.strip():
            return f"OEP {self.oep_licence_no.strip()}"
        return self.channel


@dataclass(frozen=True, slots=True)
class NotTravelledRow:
    """A person recorded for the contingent who did not board, with the reason."""

    serial: int
    name: str
    cnic: str
    passport_no: str
    reason: str

    def __post_init__(self) -> None:
        _check_lengths(self, f"Not-travelled row {self.serial}")


@dataclass(frozen=True, slots=True)
class ManifestData:
    """Everything printed on one revision of a contingent's manifest.

    Attributes:
        office_code: ``ISB``, ``KHI``, ...
        office_name: the office as printed under the ministry's name.
        contingent_code: ``ISB-20240319-01``.
        revision: 1 for the first finalization, higher after each reopening.
        flight: ``PK-731``.
        carrier: the airline's name.
        airport: departure airport, IATA code.
        departure_date: ``YYYY-MM-DD``.
        departure_time: ``HH:MM``.
        destinations: the contingent's destination(s) as one line.
        generated_at: when this revision was generated, UTC ISO-8601.
        prepared_by: the clerk's full name (the login name when none is recorded).
        verified_by: the supervisor's full name (likewise).
        audit_head: hex head hash of the audit chain when the manifest was made.
        rows: the people who travel, in print order.
        not_travelled: people of the contingent who did not board.
        page_size: ``A4`` or ``Letter`` (always landscape).
        urdu_names: print the optional Urdu name column.
        prepared_by_designation: the clerk's designation, printed under the name ("" for none).
        verified_by_designation: the supervisor's designation ("" for none).
    """

    office_code: str
    office_name: str
    contingent_code: str
    revision: int
    flight: str
    carrier: str
    airport: str
    departure_date: str
    departure_time: str
    destinations: str
    generated_at: str
    prepared_by: str
    verified_by: str
    audit_head: str
    rows: tuple[ManifestRow, ...]
    not_travelled: tuple[NotTravelledRow, ...] = ()
    page_size: str = "A4"
    urdu_names: bool = False
    prepared_by_designation: str = ""
    verified_by_designation: str = ""

    def __post_init__(self) -> None:
        # Callers often build the rows in a list; keep the dataclass truly immutable.
        if not isinstance(self.rows, tuple):
            object.__setattr__(self, "rows", tuple(self.rows))
        if not isinstance(self.not_travelled, tuple):
            object.__setattr__(self, "not_travelled", tuple(self.not_travelled))
        if self.revision < 1:
            raise ValidationError(
                f"The manifest revision must be 1 or more, not {self.revision}.", "revision"
            )
        if self.page_size not in PAGE_SIZE_NAMES:
            raise ValidationError(
                f"The page size must be A4 or Letter, not {self.page_size!r}.", "page_size"
            )
        _check_lengths(self, "The manifest header")


def _check_lengths(record: object, where: str) -> None:
    """Refuse a text longer than any real value, so that every row fits on one page."""
    for spec in fields(record):  # type: ignore[arg-type]
        value = getattr(record, spec.name)
        if isinstance(value, str) and len(value) > MAX_FIELD_LENGTH:
            raise ValidationError(
                f"{where}: {spec.name.replace('_', ' ')} is longer than "
                f"{MAX_FIELD_LENGTH} characters.",
                spec.name,
            )


@dataclass(frozen=True, slots=True)
class ManifestTotals:
    """The counts printed under the table.

    Attributes:
        male: rows with sex ``M``.
        female: rows with sex ``F``.
        other: rows with sex ``X`` (printed only when not zero).
        total: all rows.
        by_destination: (country, count), alphabetical.
        by_channel: (label, count): ``OEC`` first, then one entry per OEP licence
            (``OEP 1234/RWP``) in licence order, then ``OEP`` for OEP rows without a licence.
        oep_total: all OEP rows, whatever the licence.
    """

    male: int
    female: int
    other: int
    total: int
    by_destination: tuple[tuple[str, int], ...]
    by_channel: tuple[tuple[str, int], ...]
    oep_total: int


def compute_totals(rows: tuple[ManifestRow, ...]) -> ManifestTotals:
    """Count the travelling people by sex, destination and channel.

    OEP rows are grouped per promoter licence because the Protector's office reconciles
    each promoter's people separately; an OEP row with no licence recorded falls in a
    plain ``OEP`` group rather than being hidden.

    Args:
        rows: the manifest rows (not-travelled people are not counted).

    Returns:
        The totals, in print order.
    """
    sexes = Counter(row.sex for row in rows)
    destinations = Counter(row.destination for row in rows)
    channels = Counter(row.channel_label for row in rows)

    def channel_order(label: str) -> tuple[int, str]:
        if label == "OEC":
            return (0, "")
        if label == "OEP":
            return (2, "")
        return (1, label)

    return ManifestTotals(
        male=sexes["M"],
        female=sexes["F"],
        other=sexes["X"],
        total=len(rows),
        by_destination=tuple(sorted(destinations.items(), key=lambda item: item[0].casefold())),
        by_channel=tuple(sorted(channels.items(), key=lambda item: channel_order(item[0]))),
        oep_total=sum(1 for row in rows if row.channel == "OEP"),
    )


# --- synthetic contingents for benchmarks, tests and demonstrations ---------------------------
# Realistic in shape and length (names of one to five words, a few very long ones), but made
# up: no real person's data.

_GIVEN_MALE: Final = (
    ("MUHAMMAD", "محمد"),
    ("IMRAN", "عمران"),
    ("ALI", "علی"),
    ("HASSAN", "حسن"),
    ("USMAN", "عثمان"),
    ("BILAL", "بلال"),
    ("ZAHID", "زاہد"),
    ("TARIQ", "طارق"),
    ("GHULAM", "غلام"),
    ("ARSHAD", "ارشد"),
    ("FAROOQ", "فاروق"),
    ("ASIF", "آصف"),
    ("NADEEM", "ندیم"),
    ("SAJID", "ساجد"),
    ("KAMRAN", "کامران"),
    ("WAQAS", "وقاص"),
)
_GIVEN_FEMALE: Final = (
    ("AYESHA", "عائشہ"),
    ("FATIMA", "فاطمہ"),
    ("SAMINA", "ثمینہ"),
    ("NASREEN", "نسرین"),
    ("RUKHSANA", "رخسانہ"),
    ("SHAZIA", "شازیہ"),
    ("KHADIJA", "خدیجہ"),
    ("ZAINAB", "زینب"),
)
_MIDDLE: Final = (
    ("RASOOL", "رسول"),
    ("HUSSAIN", "حسین"),
    ("AHMED", "احمد"),
    ("RAHMAN", "رحمان"),
    ("AKBAR", "اکبر"),
    ("SHAFIQ", "شفیق"),
    ("JAVED", "جاوید"),
    ("IQBAL", "اقبال"),
)
_SURNAME: Final = (
    ("KHAN", "خان"),
    ("CHAUDHRY", "چوہدری"),
    ("QURESHI", "قریشی"),
    ("BUTT", "بٹ"),
    ("AWAN", "اعوان"),
    ("MALIK", "ملک"),
    ("SHAH", "شاہ"),
    ("YOUSAFZAI", "یوسفزئی"),
    ("ABBASI", "عباسی"),
    ("RAJPUT", "راجپوت"),
    ("NIAZI", "نیازی"),
)
_BIBI: Final = ("BIBI", "بی بی")
_TRADES: Final = (
    "Electrician",
    "Mason",
    "Heavy vehicle driver",
    "Plumber",
    "Steel fixer",
    "Cook",
    "Nurse",
    "Welder",
    "Carpenter",
    "Civil engineer",
    "Security guard",
    "Labourer",
    "Air-conditioning technician",
    "Domestic worker",
)
_DESTINATIONS: Final = (
    ("Saudi Arabia", ("Al Rajhi Construction Co.", "Saudi Binladin Group", "Nesma & Partners")),
    ("Qatar", ("Qatar Building Company", "Hamad Medical Corporation")),
    ("United Arab Emirates", ("Emirates Transport", "Al Futtaim Engineering LLC")),
    ("Oman", ("Oman Oil Company Services", "Galfar Engineering & Contracting SAOG")),
    ("Kuwait", ("Kharafi National",)),
)
_OEP_LICENCES: Final = ("1234/RWP", "2231/LHR", "0987/KHI", "3310/PEW")
_REASONS: Final = (
    "Did not report at the airport",
    "Visa found invalid at check-in",
    "Medical fitness certificate expired",
    "Withdrew on the day of departure for family reasons",
)


def _cnic(rng: random.Random, gender_digit: str) -> str:
    region = rng.randint(1, 8)  # 8 is Azad Jammu & Kashmir
    return f"{region}{rng.randint(1000, 9999)}-{rng.randint(1000000, 9999999)}-{gender_digit}"


def _passport_no(rng: random.Random) -> str:
    return f"{rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')}{rng.randint(1000000, 9999999)}"


def _date(rng: random.Random, first_year: int, last_year: int) -> str:
    year = rng.randint(first_year, last_year)
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def sample_manifest(
    count: int,
    *,
    seed: int = 7,
    urdu_names: bool = False,
    not_travelled: int = 0,
    page_size: str = "A4",
) -> ManifestData:
    """A synthetic but realistic manifest, the same for the same arguments.

    Args:
        count: number of travelling people.
        seed: varies the people.
        urdu_names: fill ``name_urdu`` and print the Urdu column.
        not_travelled: number of people listed as not travelled.
        page_size: ``A4`` or ``Letter``.

    Returns:
        A contingent of Islamabad's office on flight PK-731.
    """
    rng = random.Random(seed)  # noqa: S311 - made-up people, not secrets
    rows: list[ManifestRow] = []
    for serial in range(1, count + 1):
        sex = "F" if rng.random() < 0.18 else "M"
        given = _GIVEN_FEMALE if sex == "F" else _GIVEN_MALE
        parts = [rng.choice(given)]
        parts += [rng.choice(_MIDDLE) for _ in range(rng.choice((0, 1, 1, 2)))]
        # "Bibi" closes many women's names in place of a family name.
        parts.append(_BIBI if sex == "F" and rng.random() < 0.4 else rng.choice(_SURNAME))
        if serial % 97 == 0:  # now and then a very long name, as passports do have
            parts = [parts[0], *_MIDDLE[:5], _SURNAME[-1]]
        name = " ".join(latin for latin, _ in parts)
        name_urdu = " ".join(urdu for _, urdu in parts)
        father = " ".join(
            latin
            for latin, _ in (rng.choice(_GIVEN_MALE), rng.choice(_MIDDLE), rng.choice(_SURNAME))
        )
        destination, employers = rng.choice(_DESTINATIONS)
        channel = "OEC" if rng.random() < 0.3 else "OEP"
        # The last CNIC digit is odd for men and even for women.
        gender_digit = rng.choice("13579" if sex == "M" else "02468")
        rows.append(
            ManifestRow(
                serial=serial,
                name=name,
                father_name=father,
                cnic=_cnic(rng, gender_digit),
                passport_no=_passport_no(rng),
                passport_expiry=_date(rng, 2027, 2034),
                birth_date=_date(rng, 1970, 1999),
                sex=sex,
                trade=rng.choice(_TRADES),
                destination=destination,
                employer=rng.choice(employers),
                channel=channel,
                oep_licence_no=rng.choice(_OEP_LICENCES) if channel == "OEP" else "",
                protector_no=f"ISB-PE-{rng.randint(100000, 999999)}",
                name_urdu=name_urdu if urdu_names else "",
            )
        )
    absent = tuple(
        NotTravelledRow(
            serial=index,
            name=f"{rng.choice(_GIVEN_MALE)[0]} {rng.choice(_SURNAME)[0]}",
            cnic=_cnic(rng, rng.choice("0123456789")),
            passport_no=_passport_no(rng),
            reason=rng.choice(_REASONS),
        )
        for index in range(1, not_travelled + 1)
    )
    destinations = sorted({row.destination for row in rows})
    return ManifestData(
        office_code="ISB",
        office_name="Protector of Emigrants, Islamabad",
        contingent_code="ISB-20240319-01",
        revision=1,
        flight="PK-731",
        carrier="Pakistan International Airlines",
        airport="ISB",
        departure_date="2024-03-19",
        departure_time="09:30",
        destinations=", ".join(destinations) or "Saudi Arabia",
        generated_at="2024-03-18T10:15:00Z",
        prepared_by="Muhammad Asif",
        verified_by="Samina Qureshi",
        audit_head="9f2c4b7a1e0d3c5b8a6f4e2d1c0b9a8f7e6d5c4b3a291807f6e5d4c3b2a19080",
        rows=tuple(rows),
        not_travelled=absent,
        page_size=page_size,
        urdu_names=urdu_names,
        prepared_by_designation="Data Entry Clerk",
        verified_by_designation="Assistant Protector of Emigrants",
    )
