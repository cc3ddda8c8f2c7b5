"""Every setting, declared once: its name, type, default and what it is for.

Two kinds (as Picard's `options.py` declares both):

- office settings, kept in the database's `settings` table and shared by every desk of the
  file (`desktop.services.office` reads and changes them);
- per-user settings of this PC, kept with QSettings (INI) in the platform's config folder
  (`desktop.gui.user_settings` reads and writes them).

Callers read a setting through its declaration, never with a default of their own. A setting
declared without a default must be stored: a file without it is refused, with a message that
names it and says what to do (`missing_message`). A declaration whose name ends in "." or "/"
is a family of keys (`passport_validity_months.SA`, `geometry/main_window`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Final

from desktop.core.errors import RawangiError
from desktop.core.rules import DEFAULT_VALIDITY_MONTHS


class SettingMissing(RawangiError):
    """A setting that must be stored is not: nothing is done under a guessed value."""


class Scope(enum.Enum):
    """Where a setting is kept."""

    OFFICE = "office"  # the database's settings table: every desk of the file
    USER = "user"  # QSettings on this PC, for the person signed in to the computer


@dataclass(frozen=True)
class Option:
    """One declared setting.

    Attributes:
        name: the key as stored; ending in "." or "/" for a family of keys.
        type: str, int, bool or bytes (as QSettings keeps a window's geometry).
        default: the value when nothing is stored; None when it must be stored.
        help: what it is for, in a sentence (the README's Settings table says the same).
    """

    name: str
    type: type
    default: object
    help: str
    scope: Scope

    @property
    def family(self) -> bool:
        return self.name.endswith((".", "/"))

    def parse(self, text: str) -> object:
        """The stored text as a value of the setting's type (office settings are text)."""
        if self.type is bool:
            return text == "1"
        if self.type is int:
            return int(text)
        return text

    def text(self, value: object) -> str:
        """A value as the settings table stores it."""
        if self.type is bool:
            return "1" if value else "0"
        return str(value)


def _office(name: str, type_: type, default: object, help_: str) -> Option:
    return Option(name, type_, default, help_, Scope.OFFICE)


def _user(name: str, type_: type, default: object, help_: str) -> Option:
    return Option(name, type_, default, help_, Scope.USER)


OPTIONS: Final[tuple[Option, ...]] = (
    _office(
        "office",
        str,
        None,
        "The code of the office this database serves (ISB, KHI, LHE, PEW …); set by "
        "`rawangi init` or the first-run dialog.",
    ),
    _office(
        "database_id",
        str,
        None,
        "This database's own id, made once with the file; headquarters tells bundles apart by it.",
    ),
    _office(
        "idle_minutes", int, 5, "Minutes without a key or click before the screen locks (1-120)."
    ),
    _office(
        "passport_validity_months",
        int,
        DEFAULT_VALIDITY_MONTHS,
        "Months a passport must stay valid after departure before a warning (0-24).",
    ),
    _office(
        "passport_validity_months.",
        int,
        None,
        "The same for one destination (ISO code after the dot); else the office's own.",
    ),
    _office("manifest_page_size", str, "A4", "Paper of the manifest: A4 or Letter."),
    _office(
        "manifest_urdu_names", bool, False, "Whether the manifest has a column of names in Urdu."
    ),
    _office(
        "import_mapping.",
        str,
        None,
        "The columns last chosen for a list of one layout (its headers' key after the dot).",
    ),
    _office(
        "demo",
        bool,
        False,
        "Set in a file `rawangi demo` made: the only kind it adds demo data to.",
    ),
    _office(
        "backup.",
        str,
        None,
        "What a backup file says of itself (taken_at, reason, audit_head, source, verified); "
        "only in backups.",
    ),
    _user("ui/language", str, "en", "The language of the interface: en or ur (Urdu)."),
    _user("ui/last_view", str, "register", "The view shown when the window last closed."),
    _user(
        "verify/trust_list",
        str,
        "",
        "The trust list from headquarters (trust.json) that Tools > Verify a document checks "
        "codes against.",
    ),
    _user(
        "geometry/",
        bytes,
        None,
        "Where each window was and its size (the window's name after the slash).",
    ),
)

BY_NAME: Final[dict[str, Option]] = {option.name: option for option in OPTIONS}


def option(key: str, scope: Scope) -> Option:
    """The declaration of a stored key (a member of a family gets the family's).

    Raises:
        KeyError: nothing declares the key.
    """
    found = BY_NAME.get(key)
    if found is None:
        found = next(
            (o for o in OPTIONS if o.family and key.startswith(o.name) and key != o.name), None
        )
    if found is None or found.scope is not scope:
        raise KeyError(f"undeclared {scope.value} setting {key!r}")
    return found


def missing_message(key: str) -> str:
    """What to say when a setting that must be stored is not."""
    if key == "office":
        return (
            "This database does not say which office it serves (the setting `office` is "
            "missing), so nothing is done under a guessed office. Restore the newest verified "
            "backup (Backups window, or `rawangi restore`), or ask whoever looks after Rawangi "
            "to set the office."
        )
    return (
        f"The setting `{key}` is missing from this database. Restore the newest verified "
        "backup, or ask whoever looks after Rawangi."
    )


def _shown_name(declared: Option) -> str:
    return f"{declared.name}*" if declared.family else declared.name


def markdown_table() -> str:
    """The README's Settings table, made from the declarations (a test keeps them equal)."""
    lines = [
        "| setting | kept | type | default | what it is for |",
        "| --- | --- | --- | --- | --- |",
    ]
    for declared in OPTIONS:
        kept = "database" if declared.scope is Scope.OFFICE else "this PC, per user"
        if declared.default is None:
            default = "only when set" if declared.family else "none: must be set"
        else:
            default = f"`{declared.text(declared.default)}`"
        lines.append(
            f"| `{_shown_name(declared)}` | {kept} | {declared.type.__name__} | {default} | "
            f"{declared.help} |"
        )
    return "\n".join(lines) + "\n"
