"""Candidate lists: which column holds which field, and what is wrong with each row.

Lists arrive from the OEC and from promoters with their own headers ("Father Name", "PP No",
"CNIC #"). `guess_mapping` recognizes the usual English headers; the person importing can
correct the mapping, which is then remembered for lists with the same headers.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import zip_longest
from typing import Any, Final

from desktop.core.departure import FIELD_BY_NAME, FIELDS, Departure
from desktop.core.errors import ValidationError
from desktop.core.rules import Problem, Severity

# A whole name in one column ("MUHAMMAD IMRAN KHAN"): the last word becomes the surname.
FULL_NAME: Final = "full_name"
IGNORE: Final = ""

# Normalized header -> field. Headers are compared lower case, letters and digits only.
_SYNONYMS: Final[dict[str, str]] = {}
for _field, _names in {
    "surname": ["surname", "lastname", "familyname", "sname"],
    "given_names": ["givenname", "givennames", "firstname", "forename", "forenames", "firstnames"],
    FULL_NAME: [
        "name",
        "fullname",
        "candidatename",
        "nameofcandidate",
        "applicantname",
        "workername",
        "emigrantname",
        "nameinfull",
    ],
    "father_name": [
        "fathername",
        "fathersname",
        "fname",
        "fathershusbandname",
        "fatherhusbandname",
        "so",
        "sonof",
        "guardianname",
    ],
    "cnic": [
        "cnic",
        "cnicno",
        "cnicnumber",
        "nic",
        "nicno",
        "nicop",
        "idcard",
        "idcardno",
        "cnicnicop",
        "nationalidentitycard",
        "nationalid",
    ],
    "passport_no": ["passport", "passportno", "passportnumber", "ppno", "ppnumber", "passportnum"],
    "passport_expiry": [
        "passportexpiry",
        "expiry",
        "expirydate",
        "dateofexpiry",
        "ppexpiry",
        "passportexpirydate",
        "validupto",
        "passportvalidity",
    ],
    "nationality": ["nationality", "citizenship"],
    "birth_date": ["dob", "dateofbirth", "birthdate", "birthday", "datebirth"],
    "sex": ["sex", "gender", "mf"],
    "phone": [
        "phone",
        "phoneno",
        "mobile",
        "mobileno",
        "cell",
        "cellno",
        "contact",
        "contactno",
        "telephone",
        "whatsapp",
    ],
    "trade": [
        "trade",
        "profession",
        "occupation",
        "designation",
        "job",
        "jobtitle",
        "category",
        "skill",
    ],
    "destination": [
        "destination",
        "country",
        "destinationcountry",
        "countryofemployment",
        "receivingcountry",
    ],
    "employer": [
        "employer",
        "foreignemployer",
        "company",
        "sponsor",
        "employername",
        "companyname",
    ],
    "visa_no": ["visa", "visano", "visanumber", "visa#"],
    "visa_profession": ["visaprofession", "professiononvisa", "visaoccupation", "visatrade"],
    "visa_country": ["visacountry", "countryofvisa", "visaissuingcountry"],
    "channel": ["channel", "through", "recruitedthrough", "agency"],
    "oep_licence_no": [
        "oeplicence",
        "oeplicense",
        "licence",
        "license",
        "licenceno",
        "licenseno",
        "oeplicenceno",
        "oeplicenseno",
        "promoterlicence",
        "promoterlicense",
    ],
    "protector_no": [
        "protector",
        "protectorno",
        "protectorate",
        "peno",
        "registrationno",
        "protectorregistration",
        "protectorregistrationno",
        "bepregistration",
    ],
    "departure_date": [
        "departure",
        "departuredate",
        "dateofdeparture",
        "traveldate",
        "flightdate",
        "dateoftravel",
    ],
    "remarks": ["remarks", "notes", "comments", "remark"],
}.items():
    for _name in _names:
        _SYNONYMS[_name] = _field

TARGETS: Final = (IGNORE, FULL_NAME, *(f.name for f in FIELDS))


def target_label(target: str) -> str:
    """How a mapping target is called on screen."""
    if target == IGNORE:
        return "(not imported)"
    if target == FULL_NAME:
        return "Full name (split: last word is the surname)"
    return FIELD_BY_NAME[target].label


def normalized_header(header: str) -> str:
    return re.sub(r"[^a-z0-9#]", "", header.lower()).replace("#", "") or header.strip().lower()


@dataclass(frozen=True)
class ColumnMapping:
    """Which list column fills which field, and values for fields the list lacks."""

    columns: Mapping[str, str]  # header -> target ("" ignores it)
    defaults: Mapping[str, str] = field(default_factory=dict)  # field -> value for every row

    def to_json(self) -> str:
        return json.dumps(
            {"columns": dict(self.columns), "defaults": dict(self.defaults)},
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str, headers: Sequence[str] = ()) -> ColumnMapping:
        """Read `{"columns": {...}, "defaults": {...}}` or a plain `{header: field}` object.

        Raises:
            ValidationError: not JSON of that shape, or an unknown field.
        """
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise ValidationError(
                f"The mapping is not valid JSON: {error.msg}.", "mapping"
            ) from None
        if not isinstance(data, dict):
            raise ValidationError("The mapping must be a JSON object.", "mapping")
        columns = data.get("columns", data if "defaults" not in data else {})
        defaults = data.get("defaults", {})
        if not isinstance(columns, dict) or not isinstance(defaults, dict):
            raise ValidationError("The mapping's columns and defaults are JSON objects.", "mapping")
        mapping = cls(
            {str(k): str(v) for k, v in columns.items()},
            {str(k): str(v) for k, v in defaults.items()},
        )
        mapping.check(headers)
        return mapping

    def check(self, headers: Sequence[str] = ()) -> None:
        """Raises ValidationError naming an unknown field, a header missing from the list, or
        a field filled by two columns."""
        for header, target in self.columns.items():
            if target not in TARGETS:
                raise ValidationError(
                    f"Column {header!r} maps to unknown field {target!r}.", "mapping"
                )
            if headers and header not in headers:
                raise ValidationError(f"The list has no column {header!r}.", "mapping")
        used = [t for t in self.columns.values() if t]
        twice = sorted({t for t in used if used.count(t) > 1})
        if twice:
            raise ValidationError(f"Two columns fill {target_label(twice[0])}.", "mapping")
        for name in self.defaults:
            if name not in FIELD_BY_NAME:
                raise ValidationError(f"Default for unknown field {name!r}.", "mapping")

    def missing_required(self) -> list[str]:
        """Required fields neither a column nor a default fills (names as people read them)."""
        filled = set(self.columns.values()) | set(self.defaults) | {"nationality"}  # PAK
        if FULL_NAME in filled:
            filled |= {"surname", "given_names"}
        return [f.label for f in FIELDS if f.required and f.name not in filled]


def guess_mapping(headers: Sequence[str]) -> ColumnMapping:
    """A first mapping from English headers; unknown columns are left out."""
    columns: dict[str, str] = {}
    taken: set[str] = set()
    for header in headers:
        target = _SYNONYMS.get(normalized_header(header), IGNORE)
        if target in taken:
            target = IGNORE
        if target:
            taken.add(target)
        columns[header] = target
    if FULL_NAME in taken and "surname" in taken:  # both given: the explicit parts win
        columns = {h: (IGNORE if t == FULL_NAME else t) for h, t in columns.items()}
    return ColumnMapping(columns)


def layout_key(headers: Sequence[str]) -> str:
    """Lists with the same headers share a remembered mapping."""
    joined = "\x1f".join(normalized_header(h) for h in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def map_columns(
    headers: Sequence[str], rows: Sequence[Sequence[Any]], mapping: ColumnMapping
) -> dict[str, list[Any]]:
    """The list's cells field by field, one list per mapped or defaulted field.

    Defaults fill the empty cells of their field (or the whole field when no column gives
    it); a full name is split at its last word. Short rows count as empty cells.
    """
    count = len(rows)
    # One transposition in C; short rows are padded with None.
    cells = list(zip_longest(*rows)) if rows else []
    columns: dict[str, list[Any]] = {}
    split: set[str] = set()
    for index, header in enumerate(headers):
        target = mapping.columns.get(header, IGNORE)
        if not target:
            continue
        column = list(cells[index]) if index < len(cells) else [None] * count
        if target == FULL_NAME:
            parts = [str(cell or "").strip().rpartition(" ") for cell in column]
            columns["given_names"] = [given for given, _, _ in parts]
            columns["surname"] = [surname for _, _, surname in parts]
            split.update(("given_names", "surname"))
        else:
            columns[target] = column
    for target, default in mapping.defaults.items():
        if target in split:  # a full name gives both parts, even an empty one
            continue
        column = columns.get(target)
        if column is None:
            columns[target] = [default] * count
        elif None in column or "" in column:
            columns[target] = [default if c is None or c == "" else c for c in column]
    return columns


@dataclass
class RowResult:
    """One list row after validation: its line in the file, the departure, its problems."""

    line: int
    departure: Departure
    problems: list[Problem]

    @property
    def refused(self) -> bool:
        return any(p.severity is not Severity.WARN for p in self.problems)


def duplicates_within(results: Sequence[RowResult]) -> None:
    """Block the later of two rows with the same CNIC or passport number (in place)."""
    first_cnic: dict[str, int] = {}
    first_passport: dict[str, int] = {}
    for result in results:
        departure = result.departure
        for key, seen, column in (
            (departure.cnic, first_cnic, "cnic"),
            (departure.passport_no, first_passport, "passport_no"),
        ):
            if not key:
                continue
            if key in seen:
                label = "CNIC" if column == "cnic" else "passport no."
                result.problems.append(
                    Problem(
                        column,
                        Severity.BLOCK,
                        "duplicate.file",
                        f"the same {label} as line {seen[key]} of this list.",
                    )
                )
            else:
                seen[key] = result.line


REPORT_COLUMNS: Final = (
    "line",
    "surname",
    "given_names",
    "cnic",
    "passport_no",
    "field",
    "severity",
    "problem",
)


def report_rows(results: Sequence[RowResult]) -> list[list[str]]:
    """One line per problem, for the report that can be saved as CSV."""
    lines = []
    for result in results:
        d = result.departure
        for problem in result.problems:
            lines.append(
                [
                    str(result.line),
                    d.surname,
                    d.given_names,
                    d.cnic,
                    d.passport_no,
                    FIELD_BY_NAME[problem.field].label
                    if problem.field in FIELD_BY_NAME
                    else problem.field,
                    problem.severity.value,
                    problem.message,
                ]
            )
    return lines
