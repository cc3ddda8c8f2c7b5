"""The register on the office server (PostgreSQL), against the budgets of DESIGN.md.

Run: ``make bench-server`` (not part of ``make test``). A PostgreSQL cluster of its own is kept in
bench/data/server/ (started for the run and stopped after it, on a Unix socket in that folder);
its 1,000,000-row register is copied once from the file register of ``make bench`` and reused.
Then, each in fresh processes and through the functions the window uses: the list's first paint,
the jump to row 900,000, search by CNIC / passport / name, one desk saving; and eight desks
saving at once for 60 s (people drawn from one shared pool, so that desks try to record the same
person at the same time): saves per second, p50 / p95 per save, duplicates that slipped through
(must be 0) and the audit chain verified. Exits 1 when a budget is missed.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time

from common import DATA, PASSWORD, REGISTER_ROWS, ROOT, Verdicts, child, rawangi, register_db

sys.path.insert(0, str(ROOT))

from tests import server_cluster

FOLDER = DATA / "server"
DATABASE = "register1m"
DESKS = 8
DESK_SECONDS = 60
POOL = 20_000  # people the eight desks draw from at random: some are tried at two desks at once
TABLES = ("offices", "settings", "users", "contingents", "departures", "manifests", "audit")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


# -- the cluster, kept between runs -------------------------------------------------------------


def start_cluster() -> server_cluster.Cluster:
    """Start bench/data/server (made on first use), listening on a socket in that folder."""
    binaries = server_cluster.binaries()
    if binaries is None:
        raise SystemExit("PostgreSQL is not installed (Debian: apt-get install postgresql).")
    data = FOLDER / "data"
    FOLDER.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(FOLDER, server_cluster.SUPERUSER)
    FOLDER.chmod(0o700)
    if not data.exists():
        server_cluster._as_owner([str(binaries / "initdb"), "-D", str(data), "-A", "trust",
                                  "-U", server_cluster.SUPERUSER, "-E", "UTF8",
                                  "--locale=C.UTF-8"])  # fmt: skip
    port = server_cluster._free_port()
    # Durable as an office's server is (fsync and synchronous commit on): saves pay for it.
    options = f"-k {FOLDER} -p {port} -c listen_addresses='' -c max_connections=100"
    started = server_cluster._as_owner([str(binaries / "pg_ctl"), "-D", str(data), "-l",
                                        str(FOLDER / "log"), "-o", options, "-w", "start"],
                                       check=False)  # fmt: skip
    if started.returncode != 0:
        raise SystemExit(f"PostgreSQL did not start: {started.stderr}")
    return server_cluster.Cluster(FOLDER, port, binaries)


def stop_cluster(cluster: server_cluster.Cluster) -> None:
    server_cluster._as_owner([str(cluster.bin / "pg_ctl"), "-D", str(cluster.folder / "data"),
                              "-m", "fast", "-w", "stop"], check=False)  # fmt: skip


def register_on_server(cluster: server_cluster.Cluster) -> str:
    """The 1,000,000-row register on the server, copied once from the file register."""
    address = cluster.address(DATABASE)
    with cluster.admin() as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE,))
        if exists.fetchone():
            return address
    source = register_db()
    print(f"Copying {REGISTER_ROWS:,} departures into the server (once)…", flush=True)
    started = time.perf_counter()
    with cluster.admin() as conn:
        conn.execute(f"CREATE DATABASE {DATABASE}")
    from desktop.store import Use, open_checked

    db = open_checked(address, Use.CREATE)
    raw = db.conn.raw
    lite = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    with raw.transaction():
        raw.execute("ALTER TABLE audit DISABLE TRIGGER USER")
        for table in ("offices", "settings"):
            raw.execute(f"DELETE FROM {table}")
        for table in TABLES:
            columns = [row[1] for row in lite.execute(f"PRAGMA table_info({table})")]
            names = ", ".join(f'"{c}"' for c in columns)
            with raw.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in lite.execute(f"SELECT {names} FROM {table} ORDER BY rowid"):
                    copy.write_row(row)
        raw.execute("ALTER TABLE audit ENABLE TRIGGER USER")
    raw.execute("ANALYZE")
    lite.close()
    db.close()
    print(f"  copied in {time.perf_counter() - started:,.0f} s", flush=True)
    return address


# -- eight desks --------------------------------------------------------------------------------


def desk(address: str, number: int, seconds: float, pool: list[dict], out) -> None:  # type: ignore[no-untyped-def]
    """One desk: save people drawn from the shared pool until the time is up."""
    from desktop import services
    from desktop.core.errors import RawangiError

    db = services.open_office_database(address)
    actor = services.sign_in(db, "clerk", PASSWORD)
    rng = random.Random(number)
    times: list[float] = []
    refused = 0
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        values = dict(rng.choice(pool))
        started = time.perf_counter()
        try:
            services.record_departure(db, actor, values, acknowledged=["passport_no:passport.form"])
        except RawangiError:  # the same person saved at another desk first, or busy
            refused += 1
            continue
        times.append(time.perf_counter() - started)
    db.close()
    out.put({"times": times, "refused": refused})


def eight_desks(address: str) -> dict[str, float]:
    import datetime as dt

    from desktop.core import clock
    from desktop.services import demo

    today = clock.today()
    pool = []
    for person in demo.people(POOL, "ISB", seed=99, start=REGISTER_ROWS * 3, today=today):
        values = person.to_row()
        values["departure_date"] = (today + dt.timedelta(days=10)).isoformat()
        pool.append(values)
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    desks = [
        context.Process(target=desk, args=(address, n, DESK_SECONDS, pool, out))
        for n in range(DESKS)
    ]
    for process in desks:
        process.start()
    # A desk that dies says so on stderr; the run then stops instead of waiting for ever.
    results = [out.get(timeout=DESK_SECONDS + 120) for _ in desks]
    for process in desks:
        process.join()
    times = [t for result in results for t in result["times"]]
    cnics = {p["cnic"] for p in pool}
    from desktop import services

    db = services.open_office_database(address)
    slipped = db.conn.execute(
        "SELECT count(*) FROM (SELECT cnic FROM departures WHERE cnic = ANY(?) "
        "AND status = 'recorded' GROUP BY cnic HAVING count(*) > 1) AS twice",
        (sorted(cnics),),
    ).fetchone()[0]
    db.close()
    return {
        "saves": len(times),
        "per_second": len(times) / DESK_SECONDS,
        "p50": statistics.median(times) if times else 0.0,
        "p95": percentile(times, 0.95) if times else 0.0,
        "refused": sum(r["refused"] for r in results),
        "slipped": int(slipped),
    }


def chain_verifies(address: str) -> tuple[bool, float]:
    started = time.perf_counter()
    result = subprocess.run(
        [*rawangi(), "audit", "verify", "--db", address],
        check=False, capture_output=True, text=True, stdin=subprocess.DEVNULL,
        env=dict(os.environ, RAWANGI_PASSWORD=PASSWORD),
    )  # fmt: skip
    if result.returncode != 0:
        print(result.stdout + result.stderr)
    return result.returncode == 0, time.perf_counter() - started


def main() -> int:
    here = ROOT / "bench" / "bench_register.py"
    cluster = start_cluster()
    try:
        address = register_on_server(cluster)
        verdicts = Verdicts()
        print(f"Office server (PostgreSQL) over {REGISTER_ROWS:,} departures")
        verdicts.machine()
        paint = child(here, "paint", address)
        verdicts.check("list first paint", paint["first_paint"], 0.5, "s")
        verdicts.check("list memory (RSS)", paint["rss_mb"], 150, "MB")
        jump = child(here, "jump", address)
        verdicts.check("jump to row 900,000", jump["jump"], 0.2, "s")
        search = child(here, "search", address)
        for kind, budget in (("cnic", 0.005), ("passport", 0.005), ("name", 0.050)):
            verdicts.check(f"search by {kind}, p50", search[f"{kind}_p50"], None, "s")
            verdicts.check(f"search by {kind}, p95", search[f"{kind}_p95"], budget, "s")
        save = child(here, "save", address)
        verdicts.check("save one departure (one desk), p50", save["save_p50"], None, "s")
        verdicts.check("save one departure (one desk), p95", save["save_p95"], 0.020, "s")
        desks = eight_desks(address)
        print(f"Eight desks saving at once for {DESK_SECONDS} s: {desks['saves']:,} saved, "
              f"{desks['refused']:,} refused as duplicates or busy")  # fmt: skip
        verdicts.check("eight desks: saves per second", desks["per_second"], None, "/s")
        verdicts.check("eight desks: save p50", desks["p50"], None, "s")
        verdicts.check("eight desks: save p95", desks["p95"], 0.050, "s")
        verdicts.check("eight desks: duplicates slipped", desks["slipped"], 0, "")
        verified, took = chain_verifies(address)
        verdicts.check("audit chain verifies after the desks (1 = yes)", float(verified), None, "")
        if not verified:
            verdicts.missed.append("audit chain")
        verdicts.check("audit verify on the server", took, 60.0, "s")
        return verdicts.exit_code()
    finally:
        stop_cluster(cluster)


if __name__ == "__main__":
    sys.exit(main())
