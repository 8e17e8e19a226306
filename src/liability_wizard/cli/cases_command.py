"""``liability-wizard cases …``: the saved cases — list, import, export, delete, restore, backup.

Exit codes: 0 done; 1 the database could not be used (corrupt, read-only, full disk, no such case);
2 a case file was not valid (the other files are still imported).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from json.encoder import encode_basestring  # type: ignore[attr-defined]  # C, as json.dumps uses
from typing import TYPE_CHECKING, TextIO, TypeVar

from liability_wizard.cli import server_command
from liability_wizard.cli.texts import bilingual

if TYPE_CHECKING:
    from liability_wizard.storage.case_import import CaseImport
    from liability_wizard.storage.case_listing import CaseListing
    from liability_wizard.storage.records import CaseSummary
    from liability_wizard.storage.repository import CaseRepository

Item = TypeVar("Item")
Store = TypeVar("Store", "CaseRepository", "CaseListing", "CaseImport | CaseRepository")

OUTCOME_LABELS = {"yes": "应担责", "no": "不担责", "uncertain": "不确定", "not_covered": "不适用",
                  None: "未评估"}
TEXT_LIST_LIMIT = 50
#: Cases imported per transaction: each commit waits for the disk (synchronous=FULL), so a thousand
#: files cost a few waits instead of a thousand.
IMPORT_BATCH = 200


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "cases", help=bilingual("管理已保存的案件", "manage saved cases"),
        description=bilingual("已保存案件的列表、导入、导出、删除、恢复与备份。数据库位置：--db，"
                              "否则环境变量 LIABILITY_WIZARD_DB，否则用户数据目录。",
                              "List, import, export, delete, restore and back up saved cases. Database: "
                              "--db, else $LIABILITY_WIZARD_DB, else the user data folder."))
    # --db belongs to each subcommand: argparse lets a subparser's default overwrite a parent's value.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH|URL",
                        help=bilingual("案件数据库文件，或律所服务器地址 postgresql+psycopg://用户名@主机/数据库",
                                       "case database file, or the firm's server "
                                       "postgresql+psycopg://user@host/db"))
    commands = parser.add_subparsers(dest="cases_command", metavar="SUBCOMMAND", required=True)

    listing = commands.add_parser("list", parents=[common], help=bilingual("列出案件", "list cases"))
    listing.add_argument("--search", "-s", metavar="Q", default="",
                         help=bilingual("按名称、标的、备注等搜索", "search names, subject, notes …"))
    listing.add_argument("--limit", type=int, metavar="N",
                         help=bilingual(f"最多显示 N 件（文字输出默认 {TEXT_LIST_LIMIT}，--json 默认全部）",
                                        f"at most N cases (text: {TEXT_LIST_LIMIT} by default, --json: all)"))
    listing.add_argument("--trash", action="store_true",
                         help=bilingual("列出回收站中的案件", "list the trash"))
    listing.add_argument("--json", action="store_true",
                         help=bilingual("输出 JSON 数组", "print a JSON array"))
    listing.set_defaults(run=run_list)

    importing = commands.add_parser("import", parents=[common],
                                    help=bilingual("导入案件文件", "import case files"))
    importing.add_argument("files", nargs="+", metavar="FILE", help=bilingual(".lwcase 文件", ".lwcase file"))
    importing.set_defaults(run=run_import)

    exporting = commands.add_parser("export", parents=[common],
                                    help=bilingual("导出案件文件", "export a case"),
                                    usage="%(prog)s (ID -o FILE | --all DIR) [--db PATH|URL]")
    exporting.add_argument("id", type=int, metavar="ID", nargs="?")
    exporting.add_argument("-o", "--output", metavar="FILE",
                           help=bilingual("写入的 .lwcase 文件", ".lwcase file to write"))
    exporting.add_argument("--all", metavar="DIR", dest="all_into",
                           help=bilingual("把全部案件（回收站中的在“回收站”子文件夹）导出到新的或空的文件夹 DIR",
                                          "export every case (the trash into a subfolder) to a new or empty folder"))
    exporting.set_defaults(run=run_export)

    for name, zh, en in (("delete", "移入回收站", "move a case to the trash"),
                         ("restore", "从回收站恢复", "restore a case from the trash")):
        command = commands.add_parser(name, parents=[common], help=bilingual(zh, en))
        command.add_argument("id", type=int, metavar="ID")
        command.set_defaults(run=run_delete_or_restore)

    backing_up = commands.add_parser("backup", parents=[common],
                                     help=bilingual("备份整个数据库", "back up the whole database"))
    backing_up.add_argument("-o", "--output", required=True, metavar="FILE",
                            help=bilingual("备份文件", "backup file"))
    backing_up.set_defaults(run=run_backup)

    restoring = commands.add_parser(
        "restore-backup", parents=[common],
        help=bilingual("从备份恢复整个数据库", "restore the whole database from a backup"),
        description=bilingual("用备份替换案件数据库（默认用 backups 文件夹中最新的备份）。原数据库连同 -wal、-shm "
                              "移到 backups/damaged-… 保留。请先关闭桌面程序。",
                              "Replace the case database by a backup (default: the newest in backups/). The "
                              "old database and its -wal/-shm are kept in backups/damaged-…. Close the "
                              "desktop program first."))
    restoring.add_argument("backup", nargs="?", metavar="BACKUP",
                           help=bilingual("备份文件（默认最新的）", "backup file (default: the newest)"))
    restoring.set_defaults(run=run_restore_backup)

    server_command.register_migrate(commands, common)


def _open(args: argparse.Namespace) -> CaseRepository:
    from liability_wizard.storage.repository import CaseRepository

    return CaseRepository.open(args.db)


def _open_listing(args: argparse.Namespace) -> CaseListing:
    # Listing needs neither SQLAlchemy nor the case model: ~0.45 s less to start.
    from liability_wizard.storage.case_listing import CaseListing

    return CaseListing.open(args.db)


def _open_import(args: argparse.Namespace) -> CaseImport | CaseRepository:
    # Into SQLite through sqlite3 alone: importing SQLAlchemy was a third of a 1,000-file import.
    from liability_wizard.storage.case_import import CaseImport

    return CaseImport.open(args.db)


def _with_repository(action: Callable[[Store, argparse.Namespace], int],
                     opener: Callable[[argparse.Namespace], Store] = _open) -> Callable[[argparse.Namespace], int]:
    """Open the database, run ``action(repo, args)``, and turn storage failures into a message + exit 1."""

    def run(args: argparse.Namespace) -> int:
        from liability_wizard.storage.errors import StorageError

        try:
            with opener(args) as repo:
                for notice in repo.notices:  # read-only opening, a missed daily backup
                    print(notice, file=sys.stderr)
                return action(repo, args)
        except StorageError as error:
            print(error.message, file=sys.stderr)
            return 1

    return run


def _text_row(summary: CaseSummary) -> str:
    updated = summary.updated.astimezone().strftime("%Y-%m-%d %H:%M")
    parts = [f"{summary.id:>6}", updated, OUTCOME_LABELS[summary.platform_liable], summary.title,
             summary.client or "", summary.platform or ""]
    return "  ".join(parts).rstrip()


def _list(listing: CaseListing, args: argparse.Namespace) -> int:
    from liability_wizard.storage.records import CaseQuery

    limit = args.limit if args.limit is not None else (None if args.json else TEXT_LIST_LIMIT)
    query = CaseQuery(search=args.search, in_trash=args.trash, limit=limit)
    if args.json:
        _write_json_array(listing.summaries_json(query))
        return 0
    page = listing.list_cases(query)
    for summary in page.items:
        print(_text_row(summary))
    if page.total > len(page.items):
        print(f"（{'共' if page.total_exact else '约'} {page.total} 件，显示 {len(page.items)} 件；用 --limit 显示更多）", file=sys.stderr)
    elif not page.items:
        print("没有符合条件的案件。", file=sys.stderr)
    return 0


def _write_json_array(items: Iterable[dict[str, object]], out: TextIO | None = None) -> None:
    """``json.dumps(list(items), ensure_ascii=False, indent=2)``, byte for byte, for flat objects (every
    value a string, number, boolean or null), written item by item: 100,000 cases are never held in
    memory at once. Each value goes through json's C encoder; its indenting encoder is pure Python and
    was most of the time of a 100,000-case listing."""
    out = out or sys.stdout
    encode = json.JSONEncoder(ensure_ascii=False).encode  # builds an encoder per call: only for the rare kinds

    def value_text(value: object) -> str:
        if value.__class__ is str:
            return encode_basestring(value)  # type: ignore[arg-type]
        if value is None:
            return "null"
        if value.__class__ is int:  # every case's id: json writes an int as its repr (a bool is not int)
            return int.__repr__(value)  # type: ignore[arg-type]
        return encode(value)

    members: dict[str, str] = {}  # '"key": ' by key: the same few keys on every item
    separator = "[\n  {\n    "
    for item in items:
        out.write(separator + ",\n    ".join([(members.get(key) or members.setdefault(key, encode(key) + ": "))
                                           + value_text(value) for key, value in item.items()]))
        separator = "\n  },\n  {\n    "
    out.write("[]\n" if separator.startswith("[") else "\n  }\n]\n")


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _import(target: CaseImport | CaseRepository, args: argparse.Namespace) -> int:
    from liability_wizard.cli.case_files import CaseFileReader
    from liability_wizard.storage.outcome import outcome_of

    reader = CaseFileReader()
    # A case the evaluator fails on is not imported: it could be listed but never opened (F2).
    evaluated = ((path, case, reader.evaluate(path, case)) for path, case in reader.read(args.files))
    evaluable = ((path, case, evaluation) for path, case, evaluation in evaluated if evaluation is not None)
    for batch in _batches(evaluable, IMPORT_BATCH):
        summaries = target.create_many([case for _path, case, _evaluation in batch],
                                       outcomes=[outcome_of(evaluation) for _path, _case, evaluation in batch])
        for (path, _case, _evaluation), summary in zip(batch, summaries, strict=True):
            print(f"{path} → 案件 {summary.id}：{summary.title}")
    return reader.status


def _export(repo: CaseRepository, args: argparse.Namespace) -> int:
    from liability_wizard.core.case import write_case_file

    if args.all_into is not None:
        from liability_wizard.cli import export_all

        return export_all.run(repo, args.all_into)
    stored = repo.load(args.id)
    try:
        write_case_file(stored.case, args.output)
    except OSError as error:
        print(f"无法写入 {args.output}：{error.strerror or error}", file=sys.stderr)
        return 1
    print(f"案件 {args.id} → {args.output}")
    return 0


def _delete_or_restore(repo: CaseRepository, args: argparse.Namespace) -> int:
    if args.cases_command == "delete":
        summary = repo.delete(args.id)
        print(f"案件 {summary.id}（{summary.title}）已移入回收站；可用 cases restore {summary.id} 恢复。")
    else:
        summary = repo.restore(args.id)
        print(f"案件 {summary.id}（{summary.title}）已恢复。")
    return 0


def _backup(repo: CaseRepository, args: argparse.Namespace) -> int:
    target = repo.backup_to(args.output)
    print(f"数据库已备份到 {target}")
    return 0


run_list = _with_repository(_list, _open_listing)
run_import = _with_repository(_import, _open_import)
run_delete_or_restore = _with_repository(_delete_or_restore)
run_backup = _with_repository(_backup)


def run_export(args: argparse.Namespace) -> int:
    one = args.id is not None and args.output is not None and args.all_into is None
    every = args.all_into is not None and args.id is None and args.output is None
    if not (one or every):
        print("请给出案件编号和 -o 文件（导出一件），或 --all 文件夹（导出全部），二者选一。", file=sys.stderr)
        return 2
    return _with_repository(_export)(args)


def run_restore_backup(args: argparse.Namespace) -> int:
    """Not through ``_with_repository``: the database to replace is usually one that cannot be opened."""
    from pathlib import Path

    from liability_wizard.storage.errors import StorageError
    from liability_wizard.storage.location import database_path
    from liability_wizard.storage.restore import restore_backup

    try:
        restored = restore_backup(database_path(args.db), Path(args.backup) if args.backup else None)
    except StorageError as error:
        print(error.message, file=sys.stderr)
        return 1
    print(restored.message)
    return 0
