"""One person's departure record, as the rest of the program speaks of it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

RECORDED: Final = "recorded"
DEPARTED: Final = "departed"
NO_SHOW: Final = "no-show"
WITHDRAWN: Final = "withdrawn"
STATUSES: Final = (RECORDED, DEPARTED, NO_SHOW, WITHDRAWN)

CHANNELS: Final = ("OEC", "OEP")
SEXES: Final = ("M", "F", "X")


@dataclass(frozen=True)
class Field:
    """What the form, the import and the manifest need to know of one column."""

    name: str
    label: str
    required: bool = False
    kind: str = "text"  # text | date | choice


# The columns a person fills in, in the order of the paper form. Names are the database's.
# `Departure` declares its fields in this same order (`rules.read_departures` relies on it).
FIELDS: Final[tuple[Field, ...]] = (
    Field("surname", "Surname", required=True),
    Field("given_names", "Given names"),
    Field("father_name", "Father's name", required=True),
    Field("cnic", "CNIC", required=True),
    Field("passport_no", "Passport no.", required=True),
    Field("passport_expiry", "Passport expiry", required=True, kind="date"),
    Field("nationality", "Nationality", required=True, kind="choice"),
    Field("birth_date", "Date of birth", required=True, kind="date"),
    Field("sex", "Sex", required=True, kind="choice"),
    Field("phone", "Phone"),
    Field("trade", "Trade / profession", required=True),
    Field("destination", "Destination country", required=True, kind="choice"),
    Field("employer", "Foreign employer"),
    Field("visa_no", "Visa no."),
    # What the visa says of the job, as printed on it: checked against trade and destination.
    Field("visa_profession", "Visa profession"),
    Field("visa_country", "Visa country", kind="choice"),
    Field("channel", "Channel", required=True, kind="choice"),
    Field("oep_licence_no", "OEP licence no."),
    Field("protector_no", "Protector registration no."),
    Field("departure_date", "Departure date", required=True, kind="date"),
    Field("remarks", "Remarks"),
    Field("name_urdu", "Name in Urdu"),
)
FIELD_BY_NAME: Final = {f.name: f for f in FIELDS}

# Fields a clerk keeps from one person to the next in a group leaving together.
TRAVEL_FIELDS: Final = (
    "trade",
    "destination",
    "employer",
    "channel",
    "oep_licence_no",
    "departure_date",
)

DATE_FIELDS: Final = frozenset(f.name for f in FIELDS if f.kind == "date")


def label(field_name: str) -> str:
    """The label people see for a column name (the name itself when unknown)."""
    known = FIELD_BY_NAME.get(field_name)
    return known.label if known else field_name.replace("_", " ").capitalize()


@dataclass(slots=True, kw_only=True)
class Departure:
    """A departure as entered: identity, job and travel. Values are already normalized.

    Treated as immutable: change it with `replace`. (Not declared frozen because a frozen
    dataclass is ten times slower to build, and imports build a hundred thousand.)
    """

    surname: str = ""
    given_names: str = ""
    father_name: str = ""
    cnic: str = ""
    passport_no: str = ""
    passport_expiry: dt.date | None = None
    nationality: str = "PAK"
    birth_date: dt.date | None = None
    sex: str = ""
    phone: str = ""
    trade: str = ""
    destination: str = ""
    employer: str = ""
    visa_no: str = ""
    visa_profession: str = ""
    visa_country: str = ""
    channel: str = ""
    oep_licence_no: str = ""
    protector_no: str = ""
    departure_date: dt.date | None = None
    remarks: str = ""
    name_urdu: str = ""
    status: str = RECORDED
    status_reason: str = ""
    office: str = ""
    contingent_id: str | None = None
    id: str | None = None
    version: int = 0

    @property
    def full_name(self) -> str:
        """Given names then surname, as people say it."""
        return " ".join(part for part in (self.given_names, self.surname) if part)

    def replace(self, **changes: Any) -> Departure:
        """A copy with some values changed."""
        return dataclasses.replace(self, **changes)

    def to_row(self) -> dict[str, Any]:
        """The values as stored: dates as ISO text, everything else as it is."""
        row = {name: getattr(self, name) for name in DEPARTURE_COLUMNS}
        for name in DATE_FIELDS:
            value = row[name]
            if value is not None:
                row[name] = value.isoformat()
        return row

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Departure:
        """A departure from a stored row (extra columns are ignored)."""
        values: dict[str, Any] = {}
        for name in DEPARTURE_COLUMNS:
            if name not in row:
                continue
            value = row[name]
            if name in DATE_FIELDS and isinstance(value, str) and value:
                value = dt.date.fromisoformat(value)
            elif name in DATE_FIELDS and not value:
                value = None
            elif value is None and name not in ("contingent_id", "id"):
                value = ""
            values[name] = value
        return cls(**values)


# Every attribute of a Departure, which are also its stored columns.
DEPARTURE_COLUMNS: Final = tuple(f.name for f in dataclasses.fields(Departure))


# What the audit row of a new departure holds: every column but the key and the version.
RECORDED_COLUMNS: Final = tuple(
    sorted(name for name in DEPARTURE_COLUMNS if name not in ("id", "version"))
)


# What the audit row of a departure created in bulk (import, demo) holds: who the person is
# and where the record went; the rest is the row itself as created (see store.audit).
BULK_RECORDED_COLUMNS: Final = ("cnic", "contingent_id", "office", "passport_no", "surname")


def recorded_fields(departure: Departure) -> dict[str, Any]:
    """The values a new record was saved with, for its audit row."""
    row = departure.to_row()
    return {name: row[name] for name in RECORDED_COLUMNS}


def changed_fields(before: Departure, after: Departure) -> tuple[dict[str, Any], dict[str, Any]]:
    """The stored values that differ between two versions: (old, new), for the audit log."""
    old_row, new_row = before.to_row(), after.to_row()
    skip = {"id", "version"}
    keys = [k for k in new_row if k not in skip and old_row.get(k) != new_row[k]]
    return {k: old_row.get(k) for k in keys}, {k: new_row[k] for k in keys}
