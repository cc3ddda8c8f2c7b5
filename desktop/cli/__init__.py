"""`rawangi SUBCOMMAND …`: the command line. It never imports Qt.

Exit codes (DESIGN.md "Command line"): 0 done; 1 refused, invalid input or a failed check,
with one line saying why; 2 wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.cli import demo, find
from desktop.core.errors import RawangiError

COMMANDS = {"demo": demo, "find": find}


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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rawangi",
        description="Rawangi: departures, contingents and manifests of an overseas-employment "
        "field office. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"rawangi {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module in COMMANDS.items():
        module.add_parser(commands, name)
    return parser


def main(args: Sequence[str]) -> int:
    parser = build_parser()
    args = list(args)
    if args and args[0] == "find":
        args = ["find", *find.protect_query(args[1:])]
    options = parser.parse_args(args)
    if options.command is None:
        parser.print_help()
        return 2
    try:
        return int(options.run(options))
    except RawangiError as error:
        print(f"rawangi: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("rawangi: interrupted", file=sys.stderr)
        return 1
