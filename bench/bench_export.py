"""Export and dashboard times (issue 7). No budgets: figures to watch, not to pass.

Run: ``.venv/bin/python bench/bench_export.py``. Each figure comes from a fresh Python process:

- exporting 100,000 departures to CSV and to XLSX, through `desktop.services.export`, the
  function the window and `rawangi export` call (a 100,000-row register is generated once
  into bench/data/ and reused; each export adds one audit row to it);
- a dashboard year (`desktop.store.stats.totals`) over the 1,000,000-row register, opened
  read-only; its `departures_dashboard` index arrives with the schema step that `make bench`
  applies (bench_register.py upgrades the file first).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import DATA, PASSWORD, REGISTER, Verdicts, child, rawangi

EXPORT_ROWS = 100_000
EXPORT_DB = DATA / "export-100k.db"


def export_db() -> Path:
    """The 100,000-row register, made once (about half a minute) and reused."""
    if not EXPORT_DB.exists():
        print(f"Generating {EXPORT_ROWS:,} departures into {EXPORT_DB} (once)…", flush=True)
        subprocess.run(
            [
                *rawangi(),
                "demo",
                "--db",
                str(EXPORT_DB),
                "--count",
                str(EXPORT_ROWS),
                "--seed",
                "3",
            ],
            check=True,
            capture_output=True,
            env=dict(os.environ, RAWANGI_PASSWORD=PASSWORD),
        )
    return EXPORT_DB


def measure_export(file_format: str) -> dict[str, float]:
    from desktop.services import export, users
    from desktop.store import open_database
    from desktop.store.register import RegisterFilter

    db = open_database(EXPORT_DB)
    actor = users.sign_in(db, "clerk", PASSWORD)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / f"departures.{file_format}"
        start = time.perf_counter()
        rows = export.export_register(db, actor, RegisterFilter(), target)
        seconds = time.perf_counter() - start
        size = target.stat().st_size
    return {"seconds": seconds, "rows": rows, "mb": size / 1e6}


def measure_dashboard() -> dict[str, float]:
    from desktop.store import stats
    from desktop.store.db import connect

    db = connect(REGISTER, readonly=True)
    (indexed,) = db.conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE name = 'departures_dashboard'"
    ).fetchone()
    (last,) = db.conn.execute("SELECT max(departure_date) FROM departures").fetchone()
    year_end = dt.date.fromisoformat(last)
    year_start = year_end.replace(year=year_end.year - 1) + dt.timedelta(days=1)
    times = []
    total = 0
    for _ in range(3):
        start = time.perf_counter()
        total = stats.totals(db, year_start, year_end).total
        times.append(time.perf_counter() - start)
    return {"first": times[0], "best": min(times), "total": total, "indexed": indexed}


def main() -> int:
    verdicts = Verdicts()
    verdicts.machine()
    export_db()
    for file_format in ("csv", "xlsx"):
        found = child(Path(__file__), "export", file_format)
        rate = found["rows"] / found["seconds"]
        verdicts.check(f"export {found['rows']:,.0f} rows to {file_format.upper()}",
                       found["seconds"], None, "s")  # fmt: skip
        print(f"    {rate:,.0f} rows/s, {found['mb']:,.1f} MB")
    if REGISTER.exists():
        found = child(Path(__file__), "dashboard")
        note = "" if found["indexed"] else " (no departures_dashboard index yet: run make bench)"
        verdicts.check(f"dashboard, last 12 months ({found['total']:,.0f} rows), first",
                       found["first"], None, "s")  # fmt: skip
        verdicts.check("dashboard, last 12 months, best of 3", found["best"], None, "s")
        if note:
            print(f"   {note}")
    else:
        print(f"  dashboard: {REGISTER} not generated yet (bench_register.py makes it)")
    return verdicts.exit_code()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        what = sys.argv[2]
        result = measure_dashboard() if what == "dashboard" else measure_export(sys.argv[3])
        print(json.dumps(result))
    else:
        raise SystemExit(main())
