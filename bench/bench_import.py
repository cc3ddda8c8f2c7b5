"""Lists in and the audit replay, on the 1,000,000-row register, against DESIGN.md's budgets.

Run: ``make bench`` (or ``.venv/bin/python bench/bench_import.py``). The lists are generated once
(realistic people, headers as a promoter's spreadsheet has them). Each figure is taken in a
fresh process, through the functions `rawangi import` and the import wizard use:

- a 100,000-row list imported into a throw-away copy of the register (each phase timed), beside
  what SQLite alone needs to store the same rows (the floor): at least 10,000 rows/s, and
  within 4 times the floor of the same run;
- a 2,000-row list (the size an OEC list really has), read, checked and imported: at most 1 s;
- hostile and large lists checked or refused: at most 5 s each (a 1.3 MB list of 100,000
  columns, 10 MB of tiny rows, 10 MB of real rows, a 9.6 MB workbook of 80,000 rows);
- `audit verify` (hash chain and replay) over the register: at most a minute.

Exits 1 when a budget is missed.
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
SMALL_LIST = DATA / "list-2k.csv"
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


def make_small_list() -> Path:
    """The first 2,000 people of the big list, under its headers."""
    if not SMALL_LIST.exists():
        with make_list().open(encoding="utf-8") as source:
            lines = [next(source) for _ in range(2_001)]
        SMALL_LIST.write_text("".join(lines), encoding="utf-8")
    return SMALL_LIST


def make_hostile_lists() -> dict[str, Path]:
    """Lists that once stalled the desk, and the largest ones it must still check at once."""
    wide = DATA / "list-wide.csv"  # 1.3 MB: 100,000 columns (102 s to import before the limit)
    if not wide.exists():
        header = ",".join(f"C{n}" for n in range(100_000))
        wide.write_text(header + "\n" + ",".join("ab" for _ in range(100_000)) + "\n")
    tiny = DATA / "list-tiny-rows.csv"  # 10 MB of two-cell rows
    if not tiny.exists():
        tiny.write_text("Name,CNIC\n" + "a,b\n" * (10 * 2**20 // 4))
    full = DATA / "list-10mb.csv"  # 10 MB of real rows (about 58,000)
    if not full.exists():
        with make_list().open(encoding="utf-8") as source, full.open("w") as out:
            written = 0
            for line in source:
                written += len(line.encode())
                if written > 10 * 2**20:
                    break
                out.write(line)
    workbook = DATA / "list-80k.xlsx"  # 9.6 MB: 80,000 people as an Excel workbook
    if not workbook.exists():
        import openpyxl

        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet()
        with make_list().open(encoding="utf-8", newline="") as source:
            for _, cells in zip(range(80_001), csv.reader(source), strict=False):
                sheet.append(cells)
        book.save(workbook)
    return {
        f"{workbook.stat().st_size / 2**20:.1f} MB workbook, 80,000 rows": workbook,
        "1.3 MB, 100,000 columns": wide,
        "10 MB of two-cell rows": tiny,
        "10 MB of real rows": full,
    }


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


def check_child(path: str, list_path: str) -> dict[str, float]:
    """In a fresh process: read and check a list as `rawangi import --dry-run` does."""
    from desktop.core.errors import ValidationError
    from desktop.core.roles import Actor, Role
    from desktop.services import importing
    from desktop.store import open_database

    db = open_database(path)  # the shared register: no sign-in row written to it
    actor = Actor("clerk", Role.CLERK, "ISB")
    started = time.perf_counter()
    try:
        source = importing.read_source(Path(list_path))
        importing.validate(db, actor, source, importing.mapping_for(db, source))
        refused = 0.0
    except ValidationError:
        refused = 1.0
    return {"seconds": time.perf_counter() - started, "refused": refused}


def verify_child(path: str) -> dict[str, float]:
    """In a fresh process: `rawangi audit verify`, the chain then the replay."""
    from desktop.store import audit, open_database, replay

    db = open_database(path)
    started = time.perf_counter()
    chain = audit.verify(db)
    chained = time.perf_counter()
    replayed = replay.replay(db)
    done = time.perf_counter()
    return {
        "chain": chained - started,
        "replay": done - chained,
        "total": done - started,
        "ok": float(chain.ok and replayed.ok),
        "records": float(sum(replayed.replayed.values())),
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


def run_child(*args: str) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        capture_output=True, text=True, check=False, env=dict(os.environ),
    )  # fmt: skip
    if result.returncode != 0:
        raise SystemExit(f"{args[0]} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


CHILDREN = {"import": child, "check": check_child, "verify": verify_child}


def main() -> int:
    if len(sys.argv) >= 3 and sys.argv[1] == "--child":
        print(json.dumps(CHILDREN[sys.argv[2]](*sys.argv[3:])))
        return 0
    register = register_db()
    list_path, small_path, hostile = make_list(), make_small_list(), make_hostile_lists()
    verdicts = Verdicts()

    target = scratch_copy(register, "register-import.db")
    figures = run_child("import", str(target), str(list_path))
    floor = storage_floor(register, target)
    target.unlink()
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
    verdicts.check("validated and imported", rate, 10_000, "rows/s", at_least=True)
    verdicts.check("  the same, in SQLite floors", figures["total"] / floor, 4, "×")

    target = scratch_copy(register, "register-import.db")
    small = run_child("import", str(target), str(small_path))
    target.unlink()
    verdicts.check(f"{small['rows']:,}-row list validated and imported", small["total"], 1.0, "s")

    print("Lists checked or refused (read and checked, nothing imported)")
    for what, path in hostile.items():
        found = run_child("check", str(register), str(path))
        outcome = "refused" if found["refused"] else "checked"
        verdicts.check(f"  {what}: {outcome}", found["seconds"], 5.0, "s")

    found = run_child("verify", str(register))
    print(f"audit verify over the register ({found['records']:,.0f} records replayed, "
          f"{'OK' if found['ok'] else 'NOT OK'})")  # fmt: skip
    verdicts.check("  hash chain", found["chain"], None, "s")
    verdicts.check("  replay of every record", found["replay"], None, "s")
    verdicts.check("  audit verify", found["total"], 60.0, "s")
    return verdicts.exit_code()


if __name__ == "__main__":
    sys.exit(main())
