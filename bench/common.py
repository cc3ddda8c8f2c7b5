"""What the benchmarks share: the reused 1,000,000-row register, fresh processes, verdicts."""

from __future__ import annotations

import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
REGISTER = DATA / "register-1m.db"
REGISTER_ROWS = 1_000_000
# The demo users' password in benchmark databases (not a secret: synthetic data only).
PASSWORD = "bench-password"
sys.path.insert(0, str(ROOT))


def rawangi() -> list[str]:
    """The program as the office runs it, from this checkout's environment."""
    return [sys.executable, "-m", "desktop"]


def register_db() -> Path:
    """The generated 1,000,000-row register, made once (about 5 minutes) and reused."""
    DATA.mkdir(parents=True, exist_ok=True)
    if REGISTER.exists():
        with sqlite3.connect(f"file:{REGISTER}?mode=ro", uri=True) as conn:
            (rows,) = conn.execute("SELECT count(*) FROM departures").fetchone()
            # Registers made before bulk creations logged a replay hash cannot be replayed:
            # `audit verify` would have nothing to measure on them.
            (last,) = conn.execute(
                "SELECT after FROM audit WHERE action = 'record' ORDER BY id DESC LIMIT 1"
            ).fetchone() or ("",)
        if rows >= REGISTER_ROWS and "row_sha256" in (last or ""):
            # Files made before sign-in existed get the demo users (a no-op otherwise).
            subprocess.run(
                [*rawangi(), "demo", "--db", str(REGISTER), "--count", "0"],
                check=True,
                capture_output=True,
                env=dict(os.environ, RAWANGI_PASSWORD=PASSWORD),
            )
            return REGISTER
        REGISTER.unlink()
    print(f"Generating {REGISTER_ROWS:,} departures into {REGISTER} (once)…", flush=True)
    subprocess.run(
        [*rawangi(), "demo", "--db", str(REGISTER), "--count", str(REGISTER_ROWS), "--seed", "7"],
        check=True,
        env=dict(os.environ, RAWANGI_PASSWORD=PASSWORD),
    )
    return REGISTER


def scratch_copy(source: Path, name: str) -> Path:
    """A throw-away copy of a database for benchmarks that write."""
    target = DATA / name
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)
    # On disk before the measured run, as an office's register is: otherwise the run's first
    # commit also pays for writing out the whole fresh copy.
    with target.open("rb+") as copy:
        os.fsync(copy.fileno())
    return target


def child(script: Path, *args: str) -> dict[str, float]:
    """Run `script --child ARGS` in a fresh Python; it prints one JSON object last."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(script), "--child", *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    if result.returncode != 0:
        raise SystemExit(f"{script.name} {' '.join(args)} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


class Verdicts:
    """Prints each figure next to its budget; remembers misses for the exit code."""

    def __init__(self) -> None:
        self.missed: list[str] = []

    @staticmethod
    def _shown(value: float, unit: str) -> str:
        if unit == "s":
            return f"{value * 1000:,.1f} ms" if value < 1 else f"{value:,.2f} s"
        if unit == "×":
            return f"{value:,.2f} ×"
        if unit == "MB":
            return f"{value:,.1f} MB"
        return f"{value:,.0f} {unit}"

    def check(
        self, what: str, value: float, budget: float | None, unit: str, *, at_least: bool = False
    ) -> None:
        """Print a figure beside its budget (at most, or `at_least`); remember a miss."""
        shown = self._shown(value, unit)
        if budget is None:
            print(f"  {what:<46} {shown:>14}   {'—':>14}")
            return
        ok = value >= budget if at_least else value <= budget
        sign = "≥" if at_least else "≤"
        limit = self._shown(budget, unit)
        print(f"  {what:<46} {shown:>14}   budget {sign} {limit:<12} {'PASS' if ok else 'MISS'}")
        if not ok:
            self.missed.append(what)

    def machine(self) -> None:
        cpu = platform.processor() or platform.machine()
        print(
            f"Machine: {os.cpu_count()} cores, {cpu}, Python {platform.python_version()}, "
            f"SQLite {sqlite3.sqlite_version}"
        )

    def exit_code(self) -> int:
        if self.missed:
            print(f"MISSED: {', '.join(self.missed)}")
            return 1
        return 0
