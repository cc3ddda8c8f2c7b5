"""A throwaway PostgreSQL cluster for the tests of the office server (DESIGN.md "Several desks").

Started once per test session in a temporary folder, listening only on a Unix socket there (no
other host is ever reached), stopped and removed at the end. PostgreSQL refuses to run as root:
as root the cluster runs as the `postgres` user (`runuser`). Each test gets a database of its own,
cloned from a template that already holds the schema (a clone takes a few milliseconds).

Without PostgreSQL on the machine the server half of the suite is skipped and says so, unless
RAWANGI_REQUIRE_SERVER=1 (CI) makes that a failure.
"""

from __future__ import annotations

import atexit
import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import psycopg

TEMPLATE = "rawangi_template"
SUPERUSER = "postgres"
_numbers = itertools.count(1)


def binaries() -> Path | None:
    """The folder of `initdb` and `pg_ctl` (PostgreSQL 15 or newer), or None."""
    found = shutil.which("pg_ctl")
    candidates = [Path(found).parent] if found else []
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


@dataclass
class Cluster:
    folder: Path
    port: int
    bin: Path

    def address(self, database: str, user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@/{database}?host={self.folder}&port={self.port}"

    def admin(self) -> psycopg.Connection:
        return psycopg.connect(self.address("postgres"), autocommit=True)

    def new_database(self, *, template: str | None = TEMPLATE) -> str:
        name = f"t{os.getpid()}_{next(_numbers)}"
        with self.admin() as conn:
            clone = f" TEMPLATE {template}" if template else ""
            conn.execute(f"CREATE DATABASE {name}{clone}")
        return name

    def drop(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        _as_owner(
            [
                str(self.bin / "pg_ctl"),
                "-D",
                str(self.folder / "data"),
                "-m",
                "immediate",
                "-w",
                "stop",
            ],
            check=False,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def _as_owner(command: list[str], *, check: bool = True) -> subprocess.CompletedProcess[str]:
    if os.geteuid() == 0:
        command = ["runuser", "-u", SUPERUSER, "--", *command]
    return subprocess.run(
        command, check=check, capture_output=True, text=True, stdin=subprocess.DEVNULL
    )


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start() -> Cluster:
    """Start a cluster in a new temporary folder.

    Raises:
        RuntimeError: PostgreSQL is not installed, or would not start (its log is in the text).
    """
    folder_bin = binaries()
    if folder_bin is None:
        raise RuntimeError("PostgreSQL (initdb, pg_ctl) is not installed on this machine")
    folder = Path(tempfile.mkdtemp(prefix="rawangi-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, SUPERUSER)
    folder.chmod(0o700)
    port = _free_port()
    _as_owner(
        [
            str(folder_bin / "initdb"),
            "-D",
            str(folder / "data"),
            "-A",
            "trust",
            "-U",
            SUPERUSER,
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ]
    )
    options = (
        f"-k {folder} -p {port} -c listen_addresses='' -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    )
    started = _as_owner(
        [
            str(folder_bin / "pg_ctl"),
            "-D",
            str(folder / "data"),
            "-l",
            str(folder / "log"),
            "-o",
            options,
            "-w",
            "start",
        ],
        check=False,
    )
    if started.returncode != 0:
        log = (folder / "log").read_text(errors="replace") if (folder / "log").exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL did not start: {started.stderr}{log}")
    cluster = Cluster(folder, port, folder_bin)
    atexit.register(cluster.stop)
    _make_template(cluster)
    return cluster


def _make_template(cluster: Cluster) -> None:
    from desktop.store import Use, open_checked

    with cluster.admin() as conn:
        conn.execute(f"CREATE DATABASE {TEMPLATE}")
    db = open_checked(cluster.address(TEMPLATE), Use.CREATE)
    db.close()
