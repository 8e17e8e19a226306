"""A throw-away PostgreSQL server for tests and benchmarks: ``initdb`` + ``pg_ctl`` in a temp folder,
listening only on 127.0.0.1 on a free port, stopped (and its folder removed) at the end.

PostgreSQL refuses to run as root, and CI runs as root: then every server command runs as the
``postgres`` user that Debian's package creates (``runuser -u postgres --``), in a folder it owns.
Authentication is ``trust`` on loopback, so the tests can log in as any role they create (the roles'
rights are what the tests check, not their passwords).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, create_engine, text

SUPERUSER = "postgres"


def postgres_bin_dir() -> Path | None:
    """Where ``initdb`` and ``pg_ctl`` are: Debian keeps them out of PATH in a versioned folder."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    return candidates[-1].parent if candidates else None


def why_unavailable() -> str | None:
    """None when a server can be started here; otherwise the reason, for ``pytest.skip``."""
    if postgres_bin_dir() is None:
        return "PostgreSQL 未安装（找不到 initdb）：python3 dev.py 会在 Debian/Ubuntu 上安装 postgresql"
    if os.name == "posix" and os.geteuid() == 0 and shutil.which("runuser") is None:
        return "以 root 运行但没有 runuser，无法以 postgres 用户启动服务器"
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class ThrowAwayServer:
    folder: Path
    port: int
    bin_dir: Path
    durable: bool = False

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> URL:
        return URL.create("postgresql+psycopg", username=user, host="127.0.0.1", port=self.port,
                          database=database)

    def run(self, program: str, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / program), *args]
        if os.name == "posix" and os.geteuid() == 0:
            command = ["runuser", "-u", SUPERUSER, "--", *command]
        return subprocess.run(command, check=True, capture_output=True, text=True, cwd=self.folder)

    def create_database(self, name: str, template: str = "template1") -> URL:
        engine = create_engine(self.url(), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
        finally:
            engine.dispose()
        return self.url(name)

    def start(self) -> None:
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} -c max_connections=60"
        if not self.durable:
            # Most tests do not test durability; without fsync a test database is created in milliseconds.
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self.run("pg_ctl", "-D", str(self.folder / "data"), "-l", str(self.folder / "server.log"), "-o", options,
                 "-w", "start")

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")


@contextlib.contextmanager
def throw_away_server(*, durable: bool = False) -> Iterator[ThrowAwayServer]:
    """``durable``: commits survive a crash of the server (fsync on), for the tests that stop it."""
    bin_dir = postgres_bin_dir()
    assert bin_dir is not None, why_unavailable()
    folder = Path(tempfile.mkdtemp(prefix="lw-postgres-"))
    if os.name == "posix" and os.geteuid() == 0:
        shutil.chown(folder, SUPERUSER, SUPERUSER)
    server = ThrowAwayServer(folder, free_port(), bin_dir, durable)
    try:
        # UTF-8 with a Unicode-aware ctype: pg_trgm then counts Chinese characters as word characters
        # and can index them (under the plain C locale it would skip them).
        server.run("initdb", "-D", str(folder / "data"), "-U", SUPERUSER, "--auth=trust",
                   "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
