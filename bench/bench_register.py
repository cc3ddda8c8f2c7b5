"""The register over 1,000,000 departures, against the budgets of DESIGN.md.

Run: ``make bench`` (or ``.venv/bin/python bench/bench_register.py``). Every figure comes from a
fresh Python process, through the functions the window itself uses; the 1,000,000-row database
is generated once into bench/data/ and reused. Exits 1 when a budget is missed.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import PASSWORD, REGISTER_ROWS, Verdicts, child, rawangi, register_db, scratch_copy

QUERIES = 1000
SAVES = 1000


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


# -- the children: each runs in its own fresh process -----------------------------------------


def _window(path: str):  # type: ignore[no-untyped-def]
    """Open the window as `rawangi --db PATH` does and wait for the list's first paint."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop import services
    from desktop.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(["rawangi"])
    QCoreApplication.setOrganizationName("RawangiBench")
    started = time.perf_counter()
    db = services.open_office_database(path)
    window = MainWindow(db, services.sign_in(db, "supervisor", PASSWORD))
    window.show_view("register")
    loop = QEventLoop()
    window.register_view.first_painted.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    window.show()
    loop.exec()
    return app, window, time.perf_counter() - started


def child_paint(path: str) -> dict[str, float]:
    _, _, painted = _window(path)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"first_paint": painted, "rss_mb": rss_mb}


def child_jump(path: str) -> dict[str, float]:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    from desktop.gui.register_model import LOADING

    _, window, _ = _window(path)
    view = window.register_view
    model = view.model
    target = 900_000
    started = time.perf_counter()
    # What dragging the scroll bar does: the view asks the model for the rows now visible.
    view.table.scrollTo(model.index(target, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    while model.index(target, 0).data() == LOADING:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    view.table.viewport().repaint()
    elapsed = time.perf_counter() - started
    top = view.table.rowAt(0)
    return {"jump": elapsed, "top_row": top}


def _queries(db, rng: random.Random) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    (high,) = db.conn.execute("SELECT max(rowid) FROM departures").fetchone()
    picks = [rng.randint(1, high) for _ in range(QUERIES)]
    rows = [
        db.conn.execute(
            "SELECT cnic, passport_no, surname FROM departures WHERE rowid = ?", (p,)
        ).fetchone()
        for p in picks
    ]
    forms = (
        lambda c: c,
        lambda c: c.replace("-", ""),
        lambda c: c.replace("-", " "),
        lambda c: c.replace("-", "–"),
    )
    cnics = [rng.choice(forms)(r[0]) for r in rows]
    passports = [rng.choice((str.upper, str.lower))(r[1]) for r in rows]
    names = ["muh"] + [r[2][: rng.randint(1, 3)].lower() for r in rows[1:]]
    return {"cnic": cnics, "passport": passports, "name": names}


def child_search(path: str) -> dict[str, float]:
    from desktop.gui.tasks import reader
    from desktop.store.register import RegisterFilter, Sort, first_answer

    db = reader(path)  # the worker's read-only connection, as in the window
    queries = _queries(db, random.Random(11))
    figures: dict[str, float] = {}
    for kind, texts in queries.items():
        times = []
        for text in texts:
            started = time.perf_counter()
            answer = first_answer(db, RegisterFilter(text=text), Sort(), 200)
            times.append(time.perf_counter() - started)
            if kind != "name":
                assert answer.count.value == 1, (kind, text, answer.count)
        figures[f"{kind}_p50"] = statistics.median(times)
        figures[f"{kind}_p95"] = percentile(times, 0.95)
    return figures


def child_save(path: str) -> dict[str, float]:
    from desktop import services
    from desktop.core import clock
    from desktop.services import demo

    db = services.open_office_database(path)
    actor = services.sign_in(db, "clerk", PASSWORD)
    (start,) = db.conn.execute("SELECT max(rowid) + 10 FROM departures").fetchone()
    today = clock.today()
    times = []
    for person in demo.people(SAVES, "ISB", seed=5, start=start, today=today):
        values = person.to_row()
        values["departure_date"] = (today + dt.timedelta(days=10)).isoformat()
        started = time.perf_counter()
        services.record_departure(db, actor, values, acknowledged=["passport_no:passport.form"])
        times.append(time.perf_counter() - started)
    return {"save_p50": statistics.median(times), "save_p95": percentile(times, 0.95)}


CHILDREN = {"paint": child_paint, "jump": child_jump, "search": child_search, "save": child_save}


# -- the parent ---------------------------------------------------------------------------------


def start_to_window(path: Path) -> float:
    """From launching `rawangi --db PATH --user NAME --quit-after-paint` to the moment the
    register has painted its rows (printed by the program), median of three fresh starts."""
    times = []
    for _ in range(3):
        launched = time.time()
        result = subprocess.run(
            [*rawangi(), "--db", str(path), "--user", "supervisor", "--quit-after-paint"],
            check=True, capture_output=True, text=True,
            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": "/tmp",
                 "RAWANGI_PASSWORD": PASSWORD},
        )  # fmt: skip
        painted = next(
            float(line.split()[-1]) for line in result.stderr.splitlines()
            if line.startswith("painted at ")
        )  # fmt: skip
        times.append(painted - launched)
    return statistics.median(times)


def main() -> int:
    if len(sys.argv) >= 2 and sys.argv[1] == "--child":
        print(json.dumps(CHILDREN[sys.argv[2]](sys.argv[3])))
        return 0
    path = register_db()
    here = Path(__file__)
    verdicts = Verdicts()
    print(f"Register over {REGISTER_ROWS:,} departures ({path.stat().st_size / 2**20:,.0f} MB)")
    verdicts.machine()
    verdicts.check("start to usable main window", start_to_window(path), 1.0, "s")
    paint = child(here, "paint", str(path))
    verdicts.check("list first paint", paint["first_paint"], 0.5, "s")
    verdicts.check("list memory (RSS)", paint["rss_mb"], 150, "MB")
    jump = child(here, "jump", str(path))
    verdicts.check("jump to row 900,000", jump["jump"], 0.2, "s")
    search = child(here, "search", str(path))
    for kind, budget in (("cnic", 0.005), ("passport", 0.005), ("name", 0.050)):
        verdicts.check(
            f"search by {kind}, {QUERIES:,} queries, p50", search[f"{kind}_p50"], None, "s"
        )
        verdicts.check(
            f"search by {kind}, {QUERIES:,} queries, p95", search[f"{kind}_p95"], budget, "s"
        )
    save = child(here, "save", str(scratch_copy(path, "register-save.db")))
    verdicts.check(f"save one departure, {SAVES:,} saves, p50", save["save_p50"], None, "s")
    verdicts.check(f"save one departure, {SAVES:,} saves, p95", save["save_p95"], 0.020, "s")
    return verdicts.exit_code()


if __name__ == "__main__":
    sys.exit(main())
