"""``cases migrate --to URL``: copy a lawyer's local SQLite database to the firm's server.

Everything that belongs to the firm goes: cases (with their ids, so case numbers in letters and
files stay right), their facts, the letters' snapshots, the trash, the firm profile. The copy is one
transaction on the server, checked before it commits (row counts and every case's content hash) and
checked again afterwards from a fresh connection. The local file is opened read-only and never
migrated, backed up or checkpointed, so it stays byte for byte as it was.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, Connection, Table, create_engine, exc, func, select, text

from liability_wizard.storage import migrate
from liability_wizard.storage.errors import StorageError
from liability_wizard.storage.models import Base
from liability_wizard.storage.server import open_server_database

# Parents before children, for the foreign keys.
COPIED_TABLES = ("cases", "case_facts", "evaluation_snapshots", "firm_profile")
SERIAL_TABLES = ("cases", "evaluation_snapshots", "firm_profile")
BATCH = 1000


class TransferError(StorageError):
    """The copy was refused or did not verify; the server was left as it was."""


@dataclass(frozen=True)
class TransferReport:
    counts: dict[str, int]  # rows copied per table
    in_trash: int


def case_hashes(connection: Connection) -> dict[int, str]:
    """Each case's content hash: SHA-256 of its facts JSON exactly as stored."""
    rows = connection.execute(text("SELECT case_id, data FROM case_facts"))
    return {int(case_id): hashlib.sha256(data.encode("utf-8")).hexdigest() for case_id, data in rows}


def row_counts(connection: Connection) -> dict[str, int]:
    return {name: int(connection.scalar(select(func.count()).select_from(Base.metadata.tables[name])) or 0)
            for name in COPIED_TABLES}


def _batches(rows: Iterable[dict[str, object]]) -> Iterable[list[dict[str, object]]]:
    batch: list[dict[str, object]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _verify(source_counts: dict[str, int], source_hashes: dict[int, str], target: Connection) -> None:
    counts = row_counts(target)
    if counts != source_counts:
        raise TransferError(f"复制后的数量不符（本机 {source_counts}，服务器 {counts}），已撤销，服务器未改动。")
    differing = sorted(case_id for case_id, digest in case_hashes(target).items()
                       if source_hashes.get(case_id) != digest)
    if differing or len(source_hashes) != counts["case_facts"]:
        raise TransferError(f"案件 {differing[:10]} 复制后内容校验不符，已撤销，服务器未改动。")


@contextmanager
def _undone_on_failure() -> Iterator[None]:
    """A server error the copy did not expect (a trigger, a full disk on the server) rolled the whole
    transaction back: said so in Chinese, not as a traceback."""
    try:
        yield
    except exc.DBAPIError as error:
        detail = str(error.orig).strip().splitlines()[0] if str(error.orig).strip() else type(error.orig).__name__
        raise TransferError(f"复制到服务器时出错（{detail}），已全部撤销：服务器上未留下任何内容，"
                            "本机文件未改动。") from error


def copy_to_server(source: Path, url: URL) -> TransferReport:
    source = source.absolute()
    if not source.is_file():
        raise TransferError(f"本机案件数据库 {source} 不存在，未复制任何内容。", source)
    # mode=ro: SQLite neither writes nor checkpoints the file through this connection.
    local = create_engine(URL.create("sqlite", database=f"file:{source.as_posix()}?mode=ro",
                                     query={"uri": "true"}))
    server = open_server_database(url)
    try:
        with local.connect() as reading:
            revision = migrate.current_revision(reading)
            if revision != migrate.head_revision():
                raise TransferError(f"本机案件数据库 {source} 的结构版本（{revision}）与本程序不同：请先用本程序"
                                    "打开它一次（会自动备份并升级），再复制。未复制任何内容。", source)
            source_counts = row_counts(reading)
            source_hashes = case_hashes(reading)
            in_trash = int(reading.scalar(text("SELECT count(*) FROM cases WHERE deleted_at IS NOT NULL")) or 0)
            with _undone_on_failure(), server.errors(), server.engine.connect() as writing, writing.begin():
                already = writing.scalar(text("SELECT count(*) FROM cases"))
                if already:
                    raise TransferError(f"服务器数据库 {server.path} 中已有 {already} 件案件；为免重复，"
                                        "只能复制到空的服务器数据库。未复制任何内容。")
                for name in COPIED_TABLES:
                    table: Table = Base.metadata.tables[name]
                    rows = (dict(row._mapping) for row in reading.execute(select(table).order_by(*table.primary_key)))
                    for batch in _batches(rows):
                        writing.execute(table.insert(), batch)
                for name in SERIAL_TABLES:
                    # Explicit ids leave the sequences at 1: the next new case must not reuse a copied id.
                    writing.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                                         f"coalesce(max(id), 1), max(id) IS NOT NULL) FROM {name}"))
                _verify(source_counts, source_hashes, writing)
            with server.errors(), server.engine.connect() as checking:  # what was committed, seen afresh
                _verify(source_counts, source_hashes, checking)
        return TransferReport(source_counts, in_trash)
    finally:
        local.dispose()
        server.close()
