"""`rawangi server init`: IT sets the office server up once (roles, database, schema, admin)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from desktop.cli.common import password, server_password
from desktop.cli.users import first_admin
from desktop.core.errors import ValidationError
from desktop.store import is_server_address, server_admin
from desktop.store import users as user_rows
from desktop.store.engine import PasswordNeeded, describe_address

DESK_PASSWORD_VARIABLE = "RAWANGI_DESK_PASSWORD"  # noqa: S105 - a variable's name, not a secret


def add_parser(commands: argparse._SubParsersAction, name: str) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(name, help="set up the office's PostgreSQL server (IT, once)")
    actions = parser.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init",
        help="create the database, its roles and schema, and the program's first admin",
        description="Run once by the office's IT person, with a PostgreSQL superuser in the "
        "address. Creates the database when missing, the role rawangi_owner (no login) that "
        "owns the schema, and the role rawangi_desk that every desk logs in as: it may read "
        "and save what Rawangi does, never alter or drop a table nor change the audit log. "
        "Then the program's first admin, as `rawangi init` does on a file. Run it again after "
        "an upgrade: pending schema steps are applied and the grants made again (the first "
        "admin is kept). The desks' password comes from RAWANGI_DESK_PASSWORD or is asked for "
        "twice; it is printed nowhere.",
    )
    init.add_argument(
        "address",
        metavar="postgresql://ADMIN@HOST[:PORT]/DBNAME",
        help="a PostgreSQL superuser and the database to create or use",
    )
    init.add_argument("--office", required=True, help="office code, e.g. ISB")
    init.add_argument("--office-name", default="", help="name of a new office")
    init.add_argument("--admin", required=True, metavar="NAME", help="the program's first admin")
    init.add_argument("--full-name", default="", metavar="TEXT")
    init.add_argument("--designation", default="", metavar="TEXT")
    init.add_argument(
        "--desk-password-env",
        default=DESK_PASSWORD_VARIABLE,
        metavar="VARIABLE",
        help=f"environment variable holding the desks' login password (default "
        f"{DESK_PASSWORD_VARIABLE}; else it is asked for twice)",
    )
    init.set_defaults(run=run_init)


def desk_password(variable: str) -> str:
    """The desks' login password: from the variable, else typed twice (never echoed).

    Raises:
        ValidationError: none given and no terminal, the two differ, or shorter than 12.
    """
    value = os.environ.get(variable)
    if value is None:
        if not sys.stdin or not sys.stdin.isatty():
            raise ValidationError(
                f"No password for the desks' login: set {variable} or run the command in a "
                "terminal to type it.",
                "desk_password",
            )
        value = getpass.getpass("New password of the desks' login (rawangi_desk): ")
        if getpass.getpass("The same again: ") != value:
            raise ValidationError("The two passwords differ; nothing was changed.", "desk_password")
    if len(value) < 12:
        raise ValidationError(
            "The desks' login password must be 12 characters or more; nothing was changed.",
            "desk_password",
        )
    return value


def run_init(options: argparse.Namespace) -> int:
    address = options.address
    if not is_server_address(address):
        raise ValidationError(
            f"{address} is not an office server's address: write it as "
            "postgresql://ADMIN@HOST[:PORT]/DBNAME (for a file, use `rawangi init --db PATH`).",
            "address",
        )
    server_admin.database_of(address)  # a name that needs quoting is refused before anything
    desks = desk_password(options.desk_password_env)
    secret = password(f"New password for {options.admin}: ")
    try:
        db, done = server_admin.set_up(address, desk_password=desks, office=options.office)
    except PasswordNeeded as needed:
        typed = server_password(str(needed))
        address = _with_password(address, typed)
        db, done = server_admin.set_up(address, desk_password=desks, office=options.office)
    try:
        if user_rows.count(db):
            admin_line = "The program's users were kept (it was set up before)."
        else:
            actor = first_admin(db, options, secret)
            admin_line = f"Office {actor.office}; admin {actor.name} can now sign in."
    finally:
        db.close()
    made = ", ".join(done.created_roles) or "none (they existed)"
    steps = ", ".join(done.steps) or "none pending"
    print(
        f"Set up {describe_address(address)}: database "
        f"{'created' if done.created_database else 'kept'}; roles made: {made}; schema steps "
        f"applied: {steps}; the desks' grants made. {admin_line}"
    )
    print(f"Point the desks at: {done.desk_address}")
    return 0


def _with_password(address: str, typed: str) -> str:
    import psycopg.conninfo  # noqa: PLC0415 - only this path needs the driver's parser

    return psycopg.conninfo.make_conninfo(address, password=typed)
