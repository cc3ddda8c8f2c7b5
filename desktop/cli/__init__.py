"""`rawangi SUBCOMMAND …`: the command line. It never imports Qt.

Exit codes (DESIGN.md "Command line"): 0 done; 1 refused, invalid input or a failed check,
with one line saying why; 2 wrong usage.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop import __version__, logs
from desktop.core.errors import RawangiError

if TYPE_CHECKING:
    from desktop.store.db import EngineError

# name -> (module, function adding its parser, one line for `rawangi --help`). Modules are
# imported only for the command that runs, so that `rawangi --version`, each command and the
# window (which asks `wants_command_line` first) start without loading the others.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "init": ("users", "add_init_parser", "first run: the office this PC serves and its admin"),
    "user": ("users", "add_user_parser", "add or list users (admins)"),
    "demo": ("demo", "add_parser", "fill a new database with synthetic departures"),
    "find": ("find", "add_parser", "search departures by CNIC, passport number or name"),
    "audit": ("audit", "add_parser", "check the audit log"),
    "check": ("check", "add_parser", "check a database file for damage, page by page"),
    "backup": ("backup", "add_backup_parser", "take a verified backup (supervisors, admins)"),
    "restore": ("backup", "add_restore_parser", "restore a backup into a new file (admins)"),
    "contingent": ("contingents", "add_contingent_parser", "list contingents"),
    "manifest": ("contingents", "add_manifest_parser", "print or verify a manifest"),
    "slips": ("slips", "add_parser", "print the departure slips of a contingent"),
    "import": ("importing", "add_parser", "check and import a CSV or XLSX candidate list"),
    "export": ("export", "add_parser", "export departures to CSV or XLSX"),
    "bundle": ("bundle", "add_parser", "export or import a headquarters bundle"),
    "keys": ("keys", "add_parser", "the office's signing key and certificate (admins)"),
    "hq": ("hq", "add_parser", "headquarters: the root and office certificates"),
    "trust": ("trust", "add_parser", "export the signed trust list (headquarters)"),
    "verify-qr": ("verify", "add_parser", "check a manifest's or slip's QR text offline"),
}


def wants_command_line(args: Sequence[str]) -> bool:
    """Whether the arguments name a subcommand (or ask for help or the version)."""
    if any(a in ("-h", "--help", "--version") for a in args):
        return True
    takes_value = {"--db", "--user"}
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in takes_value:
            skip = True
        elif not arg.startswith("-"):
            return arg in COMMANDS or True  # any bare word is meant as a command
    return False


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser, complete for `command` (others get a one-line entry for --help)."""
    parser = argparse.ArgumentParser(
        prog="rawangi",
        description="Rawangi: departures, contingents and manifests of an overseas-employment "
        "field office. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"rawangi {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, function, summary) in COMMANDS.items():
        if name == command:
            getattr(importlib.import_module(f"desktop.cli.{module}"), function)(commands, name)
        else:
            commands.add_parser(name, help=summary)
    return parser


def main(args: Sequence[str]) -> int:
    args = list(args)
    command = args[0] if args and args[0] in COMMANDS else None
    if args and args[0] == "find":
        from desktop.cli import find  # noqa: PLC0415 - loaded only for this command

        args = ["find", *find.protect_query(args[1:])]
    parser = build_parser(command)
    options = parser.parse_args(args)
    if options.command is None:
        parser.print_help()
        return 2
    logs.configure_quietly()
    # Every command has loaded the store by now (the module of its subparser imports it).
    from desktop.store.db import EngineError  # noqa: PLC0415 - after the command's own imports

    try:
        return int(options.run(options))
    except RawangiError as error:
        return refuse(str(error))
    except EngineError as error:  # met while reading: one line naming the file, not a trace
        return refuse(sqlite_message(error, getattr(options, "db", None)))
    except OSError as error:  # a file the command reads or writes, not the database
        where = f" {error.filename}" if error.filename else ""
        return refuse(f"Cannot use{where}: {error.strerror or error}.")
    except KeyboardInterrupt:
        return refuse("interrupted")


def refuse(message: str) -> int:
    """One line on stderr (a message never spans lines), exit 1."""
    print(f"rawangi: {' '.join(message.split())}", file=sys.stderr)
    return 1


def sqlite_message(error: EngineError, db: str | None) -> str:
    """What to say of a SQLite error that reached a command: by its result code, naming the
    file and what to do."""
    from desktop.store.db import (  # noqa: PLC0415 - only on this path
        CHECK_ADVICE,
        default_path,
        storage_error,
    )

    path = db or str(default_path())
    found = storage_error(error, path)
    if found is not error:
        return str(found)
    return (
        f"{path} could not be read as a Rawangi database (SQLite says: {error}). Nothing was "
        f"changed. {CHECK_ADVICE.format(path=path)} If it reports damage, restore the newest "
        "verified backup."
    )
