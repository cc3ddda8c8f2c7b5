"""Crash harness: kill a program while it saves departures; nothing it acknowledged may be lost.

A child process signs in a demo clerk and saves departures through the services in a loop,
printing "begin SERIAL" before each save and "saved ID" once the commit has returned. The
parent kills it with SIGKILL after a random number of lines, sometimes right after a
"saved" line and more often a random moment after a "begin" (inside the save), then opens
the database and checks: every acknowledged id is there, no departure lacks its audit row and
no audit row lacks its departure, `PRAGMA integrity_check` is ok and the audit chain verifies.
Each child also takes over the stale lock its killed predecessor left.

    .venv/bin/python bench/crash_test.py --kills 500      (make crash-test)

The fast variant in tests/store/test_crash.py runs the same code with about 15 kills.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop import services  # noqa: E402 - after the path is set
from desktop.core import clock  # noqa: E402
from desktop.core.departure import FIELD_BY_NAME, Departure  # noqa: E402
from desktop.services import demo, users  # noqa: E402
from desktop.store import audit, health, lock, open_database  # noqa: E402
from desktop.store.db import connect  # noqa: E402

PASSWORD = "crash-test-password"  # synthetic demo users only
SERIALS_PER_CHILD = 100_000
MAX_SAVES_BEFORE_KILL = 12
IN_SAVE_SHARE = 0.6


def departure_values(departure: Departure) -> dict[str, object]:
    """What a clerk would type for this person: the form's fields, dates as text."""
    row = departure.to_row()
    return {name: row[name] for name in FIELD_BY_NAME}


# -- the child: a program saving departures until it is killed -----------------------------------


def child(db_path: Path, start: int, seed: int) -> None:
    held = lock.acquire(db_path)  # one program per database, like the window
    db = connect(db_path)
    actor = services.sign_in(db, "clerk", PASSWORD)
    rng = random.Random(seed)
    today = clock.today()
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    serial = start
    while True:
        values = departure_values(demo.person(rng, actor.office, today, serial=serial))
        review = services.review_departure(db, actor, values)
        if not review.blocks:
            acknowledged = {services.warning_key(w) for w in review.warnings}
            out.write(f"begin {serial}\n")
            out.flush()
            stored = services.record_departure(db, actor, values, acknowledged=acknowledged)
            out.write(f"saved {stored.id}\n")
            out.flush()
        serial += 1
    held.release()  # never reached: the parent kills us


# -- the parent ----------------------------------------------------------------------------------


@dataclass
class Figures:
    kills: int = 0
    inside: int = 0  # inside a transaction: a journal was left, or "begin" without its id
    begun_not_saved: int = 0
    journal_left: int = 0  # a rollback journal beside the file right after the kill
    hot_journal: int = 0  # ... with a committed header: killed during the commit itself
    acknowledged: int = 0
    lost: int = 0
    half_saved: int = 0
    integrity_failures: int = 0
    chain_failures: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        failures = self.lost + self.half_saved + self.integrity_failures + self.chain_failures
        return failures == 0 and not self.problems

    def lines(self) -> list[str]:
        share = f"{self.inside / self.kills:.0%}" if self.kills else "-"
        return [
            f"kills                         {self.kills:>8,}",
            f"kills inside a transaction    {self.inside:>8,}  ({share}; begin without its id "
            f"{self.begun_not_saved:,}, journal left {self.journal_left:,}, of which hot "
            f"{self.hot_journal:,})",
            f"acknowledged records          {self.acknowledged:>8,}",
            f"lost records                  {self.lost:>8,}",
            f"half-saved records            {self.half_saved:>8,}",
            f"integrity failures            {self.integrity_failures:>8,}",
            f"chain failures                {self.chain_failures:>8,}",
            f"time                          {self.seconds:>8.1f} s "
            f"({self.seconds / max(self.kills, 1):.2f} s per kill)",
        ]


def prepare(db_path: Path) -> None:
    """A new office database with the demo users."""
    db = open_database(db_path)
    try:
        users.ensure_demo_users(db, PASSWORD)
    finally:
        db.close()


def _spawn(db_path: Path, start: int, seed: int, stderr: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).resolve()),
            "--child",
            str(db_path),
            "--start",
            str(start),
            "--seed",
            str(seed),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=stderr,  # type: ignore[arg-type]
        text=True,
        bufsize=1,
    )


def _one_kill(
    db_path: Path,
    number: int,
    rng: random.Random,
    save_times: list[float],
    workdir: Path,
) -> tuple[list[str], bool, str]:
    """Run one child and kill it; returns (acknowledged ids, begun without id, problem)."""
    saves_first = rng.randint(0, MAX_SAVES_BEFORE_KILL)
    # Kills right after a "saved" line mostly land between saves; those after a "begin" land
    # inside one unless the save is quicker than the delay: weighted so that well over a
    # third of all kills are inside a transaction.
    in_save = rng.random() < IN_SAVE_SHARE
    typical = statistics.median(save_times[-50:]) if save_times else 0.01
    delay = rng.uniform(0, typical * 0.9)
    log = workdir / "child-stderr.txt"
    with log.open("w") as stderr:
        child_process = _spawn(
            db_path, number * SERIALS_PER_CHILD + 1, rng.randrange(1 << 30), stderr
        )
        assert child_process.stdout is not None
        lines: list[str] = []
        saved = 0
        begun_at = 0.0
        while True:
            line = child_process.stdout.readline()
            if not line:  # the child ended on its own: a bug, reported below
                break
            lines.append(line.strip())
            if line.startswith("begin"):
                begun_at = time.perf_counter()
                if in_save and saved >= saves_first:
                    time.sleep(delay)  # somewhere inside the save: the point of the harness
                    break
            elif line.startswith("saved"):
                save_times.append(time.perf_counter() - begun_at)
                saved += 1
                if not in_save and saved > saves_first:
                    break
        child_process.kill()
        child_process.wait()
        # Whatever it printed before it died was acknowledged too.
        lines += [rest.strip() for rest in child_process.stdout.read().splitlines()]
        child_process.stdout.close()
    problem = ""
    if child_process.returncode != -9 and sys.platform != "win32":
        problem = f"child {number} ended by itself: {log.read_text()[-500:]}"
    ids = [line.split(" ", 1)[1] for line in lines if line.startswith("saved ")]
    events = [line for line in lines if line.startswith(("begin", "saved"))]
    begun_not_saved = bool(events) and events[-1].startswith("begin")
    return ids, begun_not_saved, problem


def _check(db_path: Path, acknowledged: list[str], figures: Figures) -> None:
    db = connect(db_path)  # a writable connection: SQLite rolls a hot journal back first
    try:
        conn = db.conn
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            figures.integrity_failures += 1
            figures.problems.append(f"integrity_check after kill {figures.kills}: {rows[:3]}")
        verdict = audit.verify(db)
        if not verdict.ok:
            figures.chain_failures += 1
            figures.problems.append(f"audit chain after kill {figures.kills}: {verdict.message}")
        (present,) = conn.execute(
            "SELECT count(*) FROM departures WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(acknowledged),),
        ).fetchone()
        figures.lost = len(acknowledged) - present
        (without_audit,) = conn.execute(
            "SELECT count(*) FROM departures d WHERE NOT EXISTS (SELECT 1 FROM audit a "
            "WHERE a.entity = 'departure' AND a.entity_id = d.id AND a.action = 'record')"
        ).fetchone()
        (without_departure,) = conn.execute(
            "SELECT count(*) FROM audit a WHERE a.entity = 'departure' AND a.action = 'record' "
            "AND NOT EXISTS (SELECT 1 FROM departures d WHERE d.id = a.entity_id)"
        ).fetchone()
        figures.half_saved = without_audit + without_departure
    finally:
        db.close()


def run(
    kills: int,
    workdir: Path,
    *,
    seed: int | None = None,
    report: Callable[[Figures], None] | None = None,
) -> Figures:
    """Kill `kills` children in turn, checking the database after each."""
    rng = random.Random(seed)
    db_path = workdir / "crash.db"
    prepare(db_path)
    figures = Figures()
    acknowledged: list[str] = []
    save_times: list[float] = []
    started = time.perf_counter()
    for number in range(kills):
        ids, begun_not_saved, problem = _one_kill(db_path, number, rng, save_times, workdir)
        if problem:
            figures.problems.append(problem)
        figures.kills += 1
        journal = Path(f"{db_path}-journal")
        journal_left = journal.exists() and journal.stat().st_size > 0
        hot = health.hot_journal(db_path)
        figures.journal_left += journal_left
        figures.hot_journal += hot
        figures.begun_not_saved += begun_not_saved
        figures.inside += journal_left or begun_not_saved
        acknowledged += ids
        figures.acknowledged = len(acknowledged)
        _check(db_path, acknowledged, figures)
        if report:
            report(figures)
        if not figures.ok:
            break
    figures.seconds = time.perf_counter() - started
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=500)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep the database")
    parser.add_argument("--child", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--start", type=int, default=1, help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.child:
        child(Path(options.child), options.start, options.seed or 0)
        return 0

    def progress(figures: Figures) -> None:
        if figures.kills % 25 == 0:
            print(
                f"  {figures.kills:,} kills, {figures.inside:,} inside a transaction, "
                f"{figures.acknowledged:,} acknowledged, {figures.lost:,} lost",
                flush=True,
            )

    with tempfile.TemporaryDirectory(prefix="rawangi-crash-") as scratch:
        workdir = Path(options.keep) if options.keep else Path(scratch)
        workdir.mkdir(parents=True, exist_ok=True)
        print(f"Crash harness: {options.kills:,} kills of a child saving departures ({workdir})")
        figures = run(options.kills, workdir, seed=options.seed, report=progress)
    print("\n".join(figures.lines()))
    for problem in figures.problems[:10]:
        print(f"PROBLEM: {problem}")
    enough_inside = figures.inside * 3 >= figures.kills
    if not enough_inside:
        print("PROBLEM: fewer than a third of the kills landed inside a transaction")
    return 0 if figures.ok and enough_inside else 1


if __name__ == "__main__":
    sys.exit(main())
