"""One desk of the office server in a process of its own, for tests/cli/test_server_races.py.

    python tests/cli/race_desk.py import DB USER FILE
        `rawangi import FILE --db DB --user USER`, the command itself;
    python tests/cli/race_desk.py save DB USER DESK COUNT
        signs in, then creates two contingents and saves COUNT departures through the services,
        people of its own (numbered by DESK).

Each prints "ready" once it has loaded everything it needs, then waits for a line on stdin, so
that the test starts every desk at the same moment; it prints what it did as its last line.
Every desk lives on 1 March 2026, as the tests do.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop import services
from desktop.__main__ import main
from desktop.core import clock
from desktop.services import contingents
from desktop.store import open_database
from tests.factories import person

FLIGHT = {
    "flight_no": "PK 731",
    "carrier": "Pakistan International Airlines",
    "airport": "isb",
    "departure_date": "2026-03-15",
    "departure_time": "09:30",
    "destinations": "Saudi Arabia",
    "capacity": "400",
}


def wait_for_go() -> None:
    print("ready", flush=True)
    sys.stdin.readline()


def import_list(db: str, user: str, file: str) -> int:
    wait_for_go()
    return main(["import", file, "--db", db, "--user", user])


def save(db_target: str, user: str, desk: int, count: int) -> int:
    db = open_database(db_target)
    actor = services.sign_in(db, user, os.environ["RAWANGI_PASSWORD"])
    wait_for_go()
    codes = [contingents.create_contingent(db, actor, FLIGHT).code for _ in range(2)]
    for number in range(count):
        cnic = f"3520{desk}-{number:07d}-1"
        passport = f"A{chr(ord('A') + desk)}{number:07d}"
        services.record_departure(db, actor, person(cnic=cnic, passport_no=passport))
    db.close()
    print(f"saved {count} " + " ".join(codes), flush=True)
    return 0


if __name__ == "__main__":
    clock.today = lambda: dt.date(2026, 3, 1)  # as tests/conftest.py fixes it
    what, target, who, *rest = sys.argv[1:]
    if what == "import":
        sys.exit(import_list(target, who, rest[0]))
    sys.exit(save(target, who, int(rest[0]), int(rest[1])))
