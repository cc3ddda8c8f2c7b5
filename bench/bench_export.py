"""Export and dashboard times (issue 7). No budgets: figures to watch, not to pass.

Run: ``.venv/bin/python bench/bench_export.py``. Each figure comes from a fresh Python process:

- exporting 100,000 departures to CSV and to XLSX, through `desktop.services.export`, the
  function the window and `rawangi export` call (a 100,000-row register is generated once
  into bench/data/ and reused; each export adds one audit row to it);
- a dashboard year (`desktop.store.stats.totals`) over the 1,000,000-row register, opened
  read-only; its `departures_dashboard` index arrives with the schema step that `make bench`
  applies (bench_register.py upgrades the file first);
- a full headquarters bundle of a copy of the 1,000,000-row register, through
  `desktop.services.bundles.export_bundle`, while a desk saves a departure every 50 ms through
  another connection: the longest time the export held the register's read lock in one go,
  and the slowest of the desk's saves (a save that waits past its 5 s busy timeout fails).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from common import DATA, PASSWORD, REGISTER, Verdicts, child, rawangi, scratch_copy

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
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {"seconds": seconds, "rows": rows, "mb": size / 1e6, "rss_mb": peak}


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


DESK_PAUSE = 0.05  # seconds between the desk's saves during the bundle export


def measure_bundle(path: str) -> dict[str, float]:
    """A full bundle of the register while a desk keeps saving through its own connection."""
    from desktop import services
    from desktop.core import clock
    from desktop.core.errors import StorageError
    from desktop.services import bundles, demo

    db = services.open_office_database(path)
    supervisor = services.sign_in(db, "supervisor", PASSWORD)
    desk = services.open_office_database(path)
    clerk = services.sign_in(desk, "clerk", PASSWORD)
    (start,) = desk.conn.execute("SELECT max(rowid) + 10 FROM departures").fetchone()
    today = clock.today()
    steps: list[tuple[float, str]] = []
    done = threading.Event()
    saves: list[float] = []
    refused: list[str] = []

    def keep_saving() -> None:
        for person in demo.people(100_000, "ISB", seed=9, start=start, today=today):
            if done.is_set():
                return
            values = person.to_row()
            values["departure_date"] = (today + dt.timedelta(days=10)).isoformat()
            began = time.perf_counter()
            try:
                services.record_departure(
                    desk, clerk, values, acknowledged=["passport_no:passport.form"]
                )
            except StorageError as error:
                refused.append(str(error))
            saves.append(time.perf_counter() - began)
            done.wait(DESK_PAUSE)

    saver = threading.Thread(target=keep_saving)
    with tempfile.TemporaryDirectory(dir=DATA) as folder:
        began = time.perf_counter()
        saver.start()
        try:
            made = bundles.export_bundle(
                db,
                supervisor,
                Path(folder) / "bundle.zip",
                progress=lambda text: steps.append((time.perf_counter(), text)),
            )
        finally:
            done.set()
            saver.join()
        seconds = time.perf_counter() - began
    # The copy runs from the first "Copying" step until the check starts (the old code held
    # one read transaction over exactly this span).
    copying = [at for at, text in steps if text.startswith("Copying")]
    checking = [at for at, text in steps if text.startswith("Checking")]
    copy_phase = checking[0] - copying[0]
    return {
        "seconds": seconds,
        "departures": made.info.counts["departures"],
        "copy_phase": copy_phase,
        "longest_read": getattr(made, "longest_read", copy_phase),
        "saves": len(saves),
        "refused": len(refused),
        "slowest_save": max(saves, default=0.0),
    }


def main() -> int:
    verdicts = Verdicts()
    verdicts.machine()
    export_db()
    for file_format in ("csv", "xlsx"):
        found = child(Path(__file__), "export", file_format)
        rate = found["rows"] / found["seconds"]
        verdicts.check(f"export {found['rows']:,.0f} rows to {file_format.upper()}",
                       found["seconds"], None, "s")  # fmt: skip
        print(f"    {rate:,.0f} rows/s, {found['mb']:,.1f} MB, peak RSS {found['rss_mb']:,.0f} MB")
    if REGISTER.exists():
        copy = scratch_copy(REGISTER, "bundle-export.db")
        try:
            found = child(Path(__file__), "bundle", str(copy))
        finally:
            copy.unlink(missing_ok=True)
        verdicts.check(f"bundle export, {found['departures']:,.0f} departures",
                       found["seconds"], None, "s")  # fmt: skip
        verdicts.check("  its copy phase", found["copy_phase"], None, "s")
        verdicts.check("  longest hold of the read lock", found["longest_read"], None, "s")
        verdicts.check(f"  slowest of {found['saves']:,.0f} saves meanwhile",
                       found["slowest_save"], None, "s")  # fmt: skip
        print(f"    {found['refused']:,.0f} saves refused as busy")
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
        if what == "dashboard":
            result = measure_dashboard()
        elif what == "bundle":
            result = measure_bundle(sys.argv[3])
        else:
            result = measure_export(sys.argv[3])
        print(json.dumps(result))
    else:
        raise SystemExit(main())
