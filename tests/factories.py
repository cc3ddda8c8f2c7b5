"""Values for tests: what a clerk would type."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path


def person(**changes: object) -> dict[str, object]:
    """What a clerk types for one valid departure, leaving on 15 March 2026."""
    values: dict[str, object] = {
        "surname": "Khan",
        "given_names": "Muhammad Imran",
        "father_name": "Abdul Rashid Khan",
        "cnic": "35202-1234567-1",
        "passport_no": "AB1234567",
        "passport_expiry": "2031-05-20",
        "nationality": "PAK",
        "birth_date": "1990-04-12",
        "sex": "M",
        "phone": "0300 1234567",
        "trade": "Electrician",
        "destination": "SA",
        "employer": "Al Rajhi Construction",
        "visa_no": "1234567890",
        "channel": "OEP",
        "oep_licence_no": "1234/RWP",
        "protector_no": "PE-ISB-2026-000123",
        "departure_date": "2026-03-15",
        "remarks": "",
    }
    values.update(changes)
    return values


def write_csv(path: Path, rows: Iterable[Sequence[object]], headers: Sequence[str]) -> Path:
    """A candidate list as a spreadsheet saves it: a header row, then the rows."""
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(headers)
        writer.writerows(rows)
    return path
