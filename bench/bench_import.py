"""Importing a 100,000-row CSV list into the 1,000,000-row register, against DESIGN.md's budget.

Run: ``make bench`` (or ``.venv/bin/python bench/bench_import.py``). The list is generated once
(realistic people, headers as a promoter's spreadsheet has them); each run imports it with
`rawangi import` in a fresh process into a throw-away copy of the register, and prints the time
of each phase as measured inside that process. Exits 1 when the budget is missed.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from common import DATA, PASSWORD, Verdicts, register_db, scratch_copy

ROWS = 100_000
LIST = DATA / "list-100k.csv"
HEADERS = {
    "surname": "Surname", "given_names": "Given Names", "father_name": "Father Name",
    "cnic": "CNIC No", "passport_no": "Passport No", "passport_expiry": "Passport Expiry",
    "nationality": "Nationality", "birth_date": "Date of Birth", "sex": "Gender",
    "phone": "Mobile", "trade": "Trade", "destination": "Country", "employer": "Employer",
    "visa_no": "Visa No", "channel": "Channel", "oep_licence_no": "OEP Licence",
    "protector_no": "Protector No", "departure_date": "Departure Date", "remarks": "Remarks",
}  # fmt: skip


def make_list() -> Path:
    """100,000 new people (serials far past the register's), as a promoter would send them."""
    if LIST.exists():
        return LIST
    from desktop.services import demo

    today = dt.date.today()
    with LIST.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(HEADERS.values())
        for person in demo.people(ROWS, "ISB", seed=42, start=5_000_001, today=today):
            row = person.to_row()
            row["departure_date"] = (today + dt.timedelta(days=20)).isoformat()
            row["cnic"] = row["cnic"].replace("-", "")  # as typed in a spreadsheet
            writer.writerow("" if row[k] is None else row[k] for k in HEADERS)
    return LIST


def child(path: str, list_path: str) -> dict[str, float]:
    """In a fresh process: the CLI's own steps, each timed."""
    from desktop import services
    from desktop.services import importing

    db = services.open_office_database(path)
    actor = services.sign_in(db, "clerk", PASSWORD)
    started = time.perf_counter()
    source = importing.read_source(Path(list_path))
    read = time.perf_counter()
    report = importing.validate(db, actor, source, importing.mapping_for(db, source))
    checked = time.perf_counter()
    steps: dict[int, float] = {}  # step (1 staged, 2 stored, 3 audited) -> when it ended

    def told(done: int, total: int) -> None:
        if done * 3 % total == 0:
            steps.setdefault(done * 3 // total, time.perf_counter())

    imported = importing.commit(db, actor, report, progress=told)
    done = time.perf_counter()
    return {
        "rows": len(report.results),
        "imported": imported,
        "read": read - started,
        "validate": checked - read,
        "commit": done - checked,
        "stage": steps[1] - checked,
        "store": steps[2] - steps[1],
        "audit": steps[3] - steps[2],
        "sync": done - steps[3],
        "total": done - started,
    }


def storage_floor(register: Path, imported: Path) -> float:
    """What SQLite alone takes to store the same rows, already checked and keyed.

    No Python work at all: the imported rows are copied from the imported file into a
    temporary table of a fresh copy of the register (not timed), then stored with one
    statement, indexed for name search and committed, as the import does (timed). No import
    can take less on this machine.
    """
    target = scratch_copy(register, "register-floor.db")
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA cache_size = -262144")
        (count,) = conn.execute("SELECT max(rowid) FROM departures").fetchone()
        conn.execute("ATTACH ? AS imported", (str(imported),))
        conn.execute(
            "CREATE TEMP TABLE staging AS SELECT * FROM imported.departures WHERE rowid > ?",
            (count,),
        )
        conn.execute("DETACH imported")
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DROP TRIGGER departures_fts_insert")
        conn.execute("INSERT INTO departures SELECT * FROM staging")
        conn.execute(
            "INSERT INTO departures_fts(rowid, surname, given_names, father_name) "
            "SELECT rowid, surname, given_names, father_name FROM departures WHERE rowid > ?",
            (count,),
        )
        conn.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        conn.close()
        target.unlink()


def main() -> int:
    if len(sys.argv) >= 2 and sys.argv[1] == "--child":
        print(json.dumps(child(sys.argv[2], sys.argv[3])))
        return 0
    register = register_db()
    list_path = make_list()
    target = scratch_copy(register, "register-import.db")
    result = subprocess.run(
        [sys.executable, __file__, "--child", str(target), str(list_path)],
        capture_output=True, text=True, check=False, env=dict(os.environ),
    )  # fmt: skip
    if result.returncode != 0:
        raise SystemExit(f"import failed:\n{result.stderr}")
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    floor = storage_floor(register, target)
    target.unlink()
    verdicts = Verdicts()
    print(f"Import of {figures['rows']:,} rows ({list_path.stat().st_size / 2**20:.0f} MB CSV) "
          f"into a register of 1,000,000")  # fmt: skip
    verdicts.machine()
    for phase in ("read", "validate", "commit"):
        verdicts.check(f"  {phase}", figures[phase], None, "s")
    for phase, what in (
        ("stage", "staging the rows (keys, dates, duplicates again)"),
        ("store", "storing them with their indexes (SQLite)"),
        ("audit", "their audit rows"),
        ("sync", "the commit, on disk"),
    ):
        verdicts.check(f"      {what}", figures[phase], None, "s")
    verdicts.check("  SQLite alone: store, index, commit (no Python)", floor, None, "s")
    rate = figures["rows"] / figures["total"]
    print(f"  {'imported':<44} {figures['imported']:>12,}")
    verdicts.check("validated and imported", rate, 20_000, "rows/s", at_least=True)
    return verdicts.exit_code()


if __name__ == "__main__":
    sys.exit(main())
