"""``liability-wizard server …`` (the firm's IT person) and ``cases migrate --to URL``.

``server init URL`` creates or upgrades the case tables on the firm's PostgreSQL server, with an owner
role and the ``lawyer`` role (reading and changing cases, no deleting, no schema changes);
``server add-lawyer URL NAME`` adds one person's login. Both log in as the server's superuser.
"""

from __future__ import annotations

import argparse
import sys

from liability_wizard.cli.texts import bilingual


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "server", help=bilingual("律所数据库服务器（PostgreSQL）的设置", "set up the firm's PostgreSQL server"),
        description=bilingual("由 IT 人员以超级用户（postgres）运行。地址形如 postgresql+psycopg://postgres@主机/数据库；"
                              "密码不要写在地址中，请存入钥匙串或使用 PGPASSWORD/.pgpass。",
                              "Run by the IT person as the superuser (postgres). The URL looks like "
                              "postgresql+psycopg://postgres@host/db; no password in it: use the keychain "
                              "or PGPASSWORD/.pgpass."))
    commands = parser.add_subparsers(dest="server_command", metavar="SUBCOMMAND", required=True)
    init = commands.add_parser("init", help=bilingual("建立或升级案件表与角色", "create or upgrade tables and roles"))
    init.add_argument("url", metavar="URL")
    init.set_defaults(run=run_init)
    lawyer = commands.add_parser("add-lawyer", help=bilingual("为一位律师添加登录账户",
                                                              "add a lawyer's login"))
    lawyer.add_argument("url", metavar="URL")
    lawyer.add_argument("name", metavar="NAME", help=bilingual("登录名（例如 li_ming）", "login name"))
    lawyer.add_argument("--owner", action="store_true",
                        help=bilingual("加入所有者角色（可清空回收站、升级结构）",
                                       "member of the owner role (may empty the trash, upgrade)"))
    lawyer.set_defaults(run=run_add_lawyer)


def register_migrate(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """``cases migrate --to URL`` (registered by ``cases``: it copies the ``--db`` database)."""
    migrating = commands.add_parser("migrate", parents=[common],
                                    help=bilingual("把本机数据库复制到律所服务器", "copy to the firm's server"))
    migrating.add_argument("--to", required=True, metavar="URL",
                           help=bilingual("律所服务器地址（已运行 server init）", "server URL (after server init)"))
    migrating.set_defaults(run=run_migrate)


def _server_url(given: str):  # type: ignore[no-untyped-def]
    from liability_wizard.storage.url import ServerAddressError, server_url

    url = server_url(given)
    if url is None:
        raise ServerAddressError(f"{given} 不是数据库服务器地址（应为 postgresql+psycopg://用户名@主机:端口/数据库名）。")
    return url


def run_init(args: argparse.Namespace) -> int:
    from liability_wizard.storage.errors import StorageError
    from liability_wizard.storage.server import LAWYER_ROLE, OWNER_ROLE, init_server

    try:
        report = init_server(_server_url(args.url))
    except StorageError as error:
        print(error.message, file=sys.stderr)
        return 1
    before = report.revision_before or "无（新建）"
    print(f"服务器数据库 {report.database} 已就绪：结构版本 {before} → {report.revision_after}。")
    if report.roles_created:
        print("已创建角色：" + "、".join(report.roles_created))
    print(f"所有者角色 {OWNER_ROLE}（可清空回收站）；律师角色 {LAWYER_ROLE}（只能读写案件）。"
          f"添加律师：liability-wizard server add-lawyer URL 登录名")
    return 0


def run_add_lawyer(args: argparse.Namespace) -> int:
    from liability_wizard.storage.errors import StorageError
    from liability_wizard.storage.server import LAWYER_ROLE, OWNER_ROLE, add_login

    role = OWNER_ROLE if args.owner else LAWYER_ROLE
    try:
        add_login(_server_url(args.url), args.name, role=role)
    except StorageError as error:
        print(error.message, file=sys.stderr)
        return 1
    print(f"已添加登录账户 {args.name}（{role}）。请在 psql 中用 \\password {args.name} 为其设置密码，"
          "再把密码存入该律师电脑的钥匙串。")
    return 0


def run_migrate(args: argparse.Namespace) -> int:
    from liability_wizard.storage.errors import StorageError
    from liability_wizard.storage.location import database_path
    from liability_wizard.storage.transfer import copy_to_server
    from liability_wizard.storage.url import server_url

    try:
        if server_url(args.db) is not None:
            raise StorageError("--db 应为本机数据库文件；服务器地址请写在 --to 之后。")
        source = database_path(args.db)
        report = copy_to_server(source, _server_url(args.to))
    except StorageError as error:
        print(error.message, file=sys.stderr)
        return 1
    print(f"已复制 {report.counts['cases']} 件案件（其中回收站 {report.in_trash} 件）、"
          f"{report.counts['evaluation_snapshots']} 份函件记录；数量与每件案件的内容校验均一致。"
          f"本机文件 {source} 未改动。")
    return 0
