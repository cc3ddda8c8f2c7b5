"""`rawangi init` (first run) and `rawangi user add|list` (admins)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from desktop.cli.common import (
    acting_user,
    add_db_option,
    add_user_option,
    created_or_removed,
    open_db,
    open_for_reading,
    password,
)
from desktop.core.roles import Actor, Role
from desktop.services import reading, users
from desktop.store import Database, Use


def add_init_parser(commands: argparse._SubParsersAction, name: str) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        name,
        help="first run: the office this PC serves and its first admin",
        description="Set up a new database: the office (ISB, KHI, LHE, PEW, or a new code with "
        "--office-name) and the first admin, whose password comes from RAWANGI_PASSWORD or is "
        "asked for.",
    )
    add_db_option(parser)
    parser.add_argument("--office", required=True, help="office code, e.g. ISB")
    parser.add_argument("--office-name", default="", help="name of a new office")
    parser.add_argument("--admin", required=True, metavar="NAME", help="the first admin's name")
    _add_person_options(parser)
    parser.set_defaults(run=run_init)


def _add_person_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--full-name", default="", metavar="TEXT", help="name printed on manifests they sign"
    )
    parser.add_argument(
        "--designation", default="", metavar="TEXT", help="title printed under the name"
    )


def first_admin(db: Database, options: argparse.Namespace, secret: str) -> Actor:
    """The office and its first admin, as `init` and `server init` are given them."""
    return users.initialize(
        db,
        office=options.office,
        admin_name=options.admin,
        password=secret,
        office_name=options.office_name,
        full_name=options.full_name,
        designation=options.designation,
    )


def run_init(options: argparse.Namespace) -> int:
    secret = password(f"New password for {options.admin}: ")
    with created_or_removed(options):
        db = open_db(options, Use.CREATE)
        try:
            actor = first_admin(db, options, secret)
        finally:
            db.close()
    print(f"Set up for office {actor.office}; admin {actor.name} can now sign in.")
    return 0


def add_user_parser(commands: argparse._SubParsersAction, name: str) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(name, help="add or list users (admins)")
    actions = parser.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a user; the new password comes like the admin's")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--office", default=None, help="office code (default: the admin's)")
    _add_person_options(add)
    add.add_argument(
        "--new-password-env",
        default="RAWANGI_NEW_PASSWORD",
        metavar="VARIABLE",
        help="environment variable holding the new user's password "
        "(default RAWANGI_NEW_PASSWORD; else it is asked for)",
    )
    add_db_option(add)
    add_user_option(add)
    add.set_defaults(run=run_add)
    listing = actions.add_parser(
        "list",
        help="list the users",
        description="Every user with role, office and state (admins). The listing is recorded "
        "in the audit log as an export.",
    )
    listing.add_argument("--format", choices=("table", "json"), default="table")
    add_db_option(listing)
    add_user_option(listing)
    listing.set_defaults(run=run_list)


def run_add(options: argparse.Namespace) -> int:
    db = open_db(options)
    actor = acting_user(options, db)
    secret = os.environ.get(options.new_password_env)
    if secret is None:
        secret = password(f"New password for {options.name}: ")
    user = users.create_user(
        db,
        actor,
        options.name,
        options.role,
        secret,
        office=options.office,
        full_name=options.full_name,
        designation=options.designation,
    )
    person = ", ".join(part for part in (user.full_name, user.designation) if part)
    print(f"Added {user.role.value} {user.name} ({user.office}){': ' + person if person else ''}.")
    return 0


def run_list(options: argparse.Namespace) -> int:
    db = open_for_reading(options)
    try:
        actor = acting_user(options, db)
        accounts = reading.list_user_accounts(db, actor, shown_as=options.format)
    finally:
        db.close()
    rows: list[dict[str, Any]] = [
        {
            "name": u.name,
            "role": u.role.value,
            "office": u.office,
            "active": u.active,
            "locked_until": u.locked_until,
            "full_name": u.full_name,
            "designation": u.designation,
        }
        for u in accounts
    ]
    if options.format == "json":
        json.dump(rows, sys.stdout, indent=2)
        print()
        return 0
    for row in rows:
        state = "active" if row["active"] else "deactivated"
        if row["locked_until"]:
            state += f", locked until {row['locked_until']}"
        person = ", ".join(part for part in (row["full_name"], row["designation"]) if part)
        print(f"{row['name']:<20} {row['role']:<11} {row['office']}  {state:<12} {person}".rstrip())
    return 0
