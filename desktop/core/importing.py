"""Candidate lists: which column holds which field, and what is wrong with each row.

Lists arrive from the OEC and from promoters with their own headers ("Father Name", "PP No",
"CNIC #"). `guess_mapping` recognizes the usual English headers; the person importing can
correct the mapping, which is then remembered for lists with the same headers.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
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
_TARGET_SET: Final = frozenset(TARGETS)


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
        known = set(headers)  # a set: a wide list must not make this quadratic
        for header, target in self.columns.items():
            if target not in _TARGET_SET:
                raise ValidationError(
                    f"Column {header!r} maps to unknown field {target!r}.", "mapping"
                )
            if known and header not in known:
                raise ValidationError(f"The list has no column {header!r}.", "mapping")
        used = Counter(t for t in self.columns.values() if t)
        twice = sorted(t for t, count in used.items() if count > 1)
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
        present = columns.get(target)
        if present is None:
            columns[target] = [default] * count
        elif None in present or "" in present:
            columns[target] = [default if c is None or c == "" else c for c in present]
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
    twice: dict[int, list[Problem]] = {}  # index of a later row -> its problems, in order
    for column, label in (("cnic", "CNIC"), ("passport_no", "passport no.")):
        keys = [getattr(r.departure, column) for r in results]
        filled = [k for k in keys if k]
        if len(set(filled)) == len(filled):  # the usual list: no key twice (a test in C)
            continue
        seen: dict[str, int] = {}
        for index, key in enumerate(keys):
            if not key:
                continue
            if key in seen:
                twice.setdefault(index, []).append(
                    Problem(
                        column,
                        Severity.BLOCK,
                        "duplicate.file",
                        f"the same {label} as line {seen[key]} of this list.",
                    )
                )
            else:
                seen[key] = results[index].line
    for index in sorted(twice):
        results[index].problems.extend(twice[index])


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


# -- reading a list's file -------------------------------------------------------------------

# Wider lists are not candidate lists: Excel 2003 stopped at 256 columns, and a real list has
# twenty or thirty. A limit keeps a hostile file from stalling the desk (each column is a row
# of the columns page and a field to map).
MAX_COLUMNS: Final = 256
# The largest list DESIGN.md budgets for; real OEC lists have about 2,000 rows. Checking this
# many rows stays within a few seconds; a longer file is refused before it is checked.
MAX_ROWS: Final = 100_000

UTF8: Final = "UTF-8"
UTF8_BOM: Final = "UTF-8 with BOM"
UTF16: Final = "UTF-16"
WINDOWS_1252: Final = "Windows-1252"

_BOMS: Final = (
    (b"\xef\xbb\xbf", "utf-8-sig", UTF8_BOM),
    (b"\xff\xfe", "utf-16", UTF16),  # Excel's "Unicode text": UTF-16 LE, tab-separated
    (b"\xfe\xff", "utf-16", UTF16),
)
# A character that UTF-8 decoding gave from a valid multi-byte sequence (not ASCII, not one
# of the lone surrogates that `surrogateescape` makes of an invalid byte).
_REAL_NON_ASCII: Final = re.compile("[\x80-\udc7f\udd00-\U0010ffff]")


def _line_and_column(data: bytes, offset: int) -> tuple[int, int]:
    """Line (1-based, counting LF, CRLF and CR as one line end each) and byte in that line."""
    head = data[:offset]
    line = head.count(b"\n") + head.count(b"\r") - head.count(b"\r\n") + 1
    start = max(head.rfind(b"\n"), head.rfind(b"\r")) + 1
    return line, offset - start + 1


def decode_list(data: bytes, name: str) -> tuple[str, str]:
    """The text of a CSV list, decoded strictly, and the encoding used (as people call it).

    UTF-8 (with or without a byte-order mark) and UTF-16 with its byte-order mark are read as
    such. A file that is not UTF-8 anywhere (no valid multi-byte sequence at all) is read as
    Windows-1252, the encoding of older Excel "CSV" saves. A file that is UTF-8 but for a few
    bytes is refused, naming the line and the byte: guessing would store every accented or
    non-Latin letter of the list wrongly.

    Raises:
        ValidationError: naming the file, and the line and byte where it cannot be decoded.
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), label
            except UnicodeDecodeError as error:
                raise ValidationError(
                    f"{name} starts as {label} but is not {label} throughout (byte "
                    f"{error.start + 1:,}): save it again as CSV UTF-8 and import it again.",
                    "file",
                ) from None
    try:
        return data.decode("utf-8"), UTF8
    except UnicodeDecodeError as error:
        first_bad = error.start
    if _REAL_NON_ASCII.search(data.decode("utf-8", "surrogateescape")):
        line, column = _line_and_column(data, first_bad)
        raise ValidationError(
            f"{name} is UTF-8 text with a stray byte 0x{data[first_bad]:02X} on line {line} "
            f"(byte {column} of that line): correct that line or save the list again as CSV "
            "UTF-8, then import it again.",
            "file",
        )
    try:
        return data.decode("cp1252"), WINDOWS_1252
    except UnicodeDecodeError as error:
        line, column = _line_and_column(data, error.start)
        raise ValidationError(
            f"{name} is neither UTF-8 nor Windows-1252 text (byte 0x{data[error.start]:02X} on "
            f"line {line}): save it as CSV UTF-8 and import it again.",
            "file",
        ) from None


def refuse_nul(text: str, name: str) -> None:
    """A NUL character is never stored: the file is damaged or not a list.

    Raises:
        ValidationError: naming the file and the line.
    """
    at = text.find("\x00")
    if at >= 0:
        line = text.count("\n", 0, at) + 1
        raise ValidationError(
            f"{name} holds a NUL character on line {line}: it is damaged or not a list. "
            "Open it in a spreadsheet, save it again and import it again.",
            "file",
        )


def one_line_ending(text: str) -> str:
    """CRLF, LF and CR (lists pasted together mix them) all as LF."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def guess_delimiter(header_line: str) -> str:
    """The delimiter a list's header row uses most (outside quotes): comma, semicolon, tab or
    bar. Linear in the line's length, however wide the list."""
    unquoted = _QUOTED.sub("", header_line)
    counts = {d: unquoted.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


_QUOTED: Final = re.compile(r'"[^"]*"')


def check_headers(headers: Sequence[str], name: str) -> None:
    """A list's header row: not too wide, and no column name twice.

    Raises:
        ValidationError: naming the file and the duplicated header, or the width.
    """
    if len(headers) > MAX_COLUMNS:
        raise ValidationError(
            f"{name} has {len(headers):,} columns; a list may have at most {MAX_COLUMNS}. "
            "Remove the columns that are not part of the list and import it again.",
            "file",
        )
    seen: dict[str, int] = {}
    for number, header in enumerate(headers, start=1):
        if header in seen:
            raise ValidationError(
                f"{name} has two columns named {header!r} (columns {seen[header]} and "
                f"{number}): rename one of them and import the list again.",
                "file",
            )
        seen[header] = number


def too_many_rows(name: str) -> ValidationError:
    """The refusal of a list longer than `MAX_ROWS`."""
    return ValidationError(
        f"{name} has more than {MAX_ROWS:,} rows: split it into smaller lists and import each.",
        "file",
    )
