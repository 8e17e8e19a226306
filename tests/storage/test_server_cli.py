"""The command line against the firm's server: URLs in --db and LIABILITY_WIZARD_DB, passwords refused,
``server init`` and its roles, ``cases migrate --to``."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import URL, create_engine, text

from liability_wizard.cli.main import main
from liability_wizard.core.case import case_from_json_dict
from liability_wizard.core.evaluator import evaluate_case
from liability_wizard.core.firm import FirmProfile
from liability_wizard.storage.records import CaseQuery
from liability_wizard.storage.repository import CaseRepository
from liability_wizard.storage.server import ServerPermissionError, add_login, init_server
from tests.conftest import EXAMPLE_CASES
from tests.storage.conftest import example_json, make_case, run_cli


def as_text(url: URL) -> str:
    return url.render_as_string(hide_password=False)


@pytest.mark.parametrize("flag", ["--db", "env"])
def test_a_password_in_the_url_is_refused_and_never_printed(
        flag: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    given = "postgresql+psycopg://li_ming:S3cret-pw@db.example.invalid/firm"
    if flag == "env":
        monkeypatch.setenv("LIABILITY_WIZARD_DB", given)
        assert run_cli("list") == 1
    else:
        assert run_cli("list", "--db", given) == 1
    err = capsys.readouterr().err
    assert "不能包含密码" in err and "钥匙串" in err and "PGPASSWORD" in err and ".pgpass" in err
    assert "S3cret-pw" not in err
    assert "li_ming@db.example.invalid:5432/firm" in err  # the keychain entry to create


def test_an_unreachable_server_is_explained_in_chinese(capsys: pytest.CaptureFixture[str],
                                                       postgres_server: object) -> None:
    from tests.postgres_server import free_port

    assert run_cli("list", "--db", f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/x") == 1
    err = capsys.readouterr().err
    assert "无法连接律所数据库服务器" in err and "Traceback" not in err


def test_the_environment_variable_can_name_the_server(initialised_postgres_url: URL, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LIABILITY_WIZARD_DB", as_text(initialised_postgres_url))
    assert run_cli("import", EXAMPLE_CASES[0]) == 0
    capsys.readouterr()
    assert run_cli("list") == 0
    assert example_json(EXAMPLE_CASES[0])["title"] in capsys.readouterr().out


def test_server_init_gives_lawyers_only_row_rights(postgres_url: URL,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["server", "init", as_text(postgres_url)]) == 0
    assert "已就绪" in capsys.readouterr().out
    assert main(["server", "add-lawyer", as_text(postgres_url), "li_ming"]) == 0
    add_login(postgres_url, "wang_partner", role="liability_wizard_owner")
    lawyer_url = postgres_url.set(username="li_ming")

    with CaseRepository.open(as_text(lawyer_url)) as repo:
        summary = repo.create(make_case("李明的案件"))
        assert summary.updated_by == "li_ming"  # who saved: the lawyer's own login
        saved = repo.save_draft(summary.id, make_case("李明改过的案件"))
        assert saved.updated_by == "li_ming"
        repo.set_firm_profile(FirmProfile(name="某律所"))
        repo.delete(summary.id)
        with pytest.raises(ServerPermissionError, match="所有者"):
            repo.purge(summary.id)  # only the owner empties the trash
        assert repo.load(summary.id).summary.deleted is not None  # nothing changed
    engine = create_engine(lawyer_url)
    try:
        for statement in ("DROP TABLE cases", "ALTER TABLE cases ADD COLUMN x int", "CREATE TABLE t (x int)",
                          "DELETE FROM case_facts", "UPDATE alembic_version SET version_num = '0001'"):
            with engine.connect() as connection:
                with pytest.raises(Exception, match=r"permission denied|must be owner") as caught:
                    connection.execute(text(statement))
                assert getattr(caught.value.orig, "sqlstate", None) == "42501", statement  # type: ignore[attr-defined]
    finally:
        engine.dispose()
    with CaseRepository.open(as_text(postgres_url.set(username="wang_partner"))) as repo:
        repo.purge(summary.id)
        assert repo.list_cases(CaseQuery(in_trash=True)).total == 0


def test_a_lawyer_login_cannot_run_server_init(postgres_url: URL) -> None:
    init_server(postgres_url)
    add_login(postgres_url, "zhao_lawyer")
    with pytest.raises(ServerPermissionError):
        init_server(postgres_url.set(username="zhao_lawyer"))


def test_cases_migrate_copies_everything_and_leaves_the_local_file_untouched(
        db_path: Path, initialised_postgres_url: URL, capsys: pytest.CaptureFixture[str]) -> None:
    with CaseRepository.open(db_path) as local:
        ids = [local.create(case_from_json_dict(example_json(p))).id for p in EXAMPLE_CASES]
        case = local.load(ids[0]).case
        local.add_snapshot(ids[0], case, evaluate_case(case), rules_version="3",
                           letter_sha256=hashlib.sha256(b"letter").hexdigest())
        local.delete(ids[1])
        local.set_firm_profile(FirmProfile(name="某某律师事务所", lawyer="王律师"))
        expected = {i: local.load(i) for i in ids}
    before = db_path.read_bytes()

    assert run_cli("migrate", "--db", db_path, "--to", as_text(initialised_postgres_url)) == 0
    out = capsys.readouterr().out
    assert f"已复制 {len(ids)} 件案件（其中回收站 1 件）、1 份函件记录" in out
    assert db_path.read_bytes() == before

    with CaseRepository.open(as_text(initialised_postgres_url)) as server:
        for case_id, stored in expected.items():
            copied = server.load(case_id)
            assert copied.case.to_json_dict() == stored.case.to_json_dict()
            assert copied.summary == stored.summary
        assert [s.id for s in server.list_cases(CaseQuery(in_trash=True)).items] == [ids[1]]
        assert server.snapshots(ids[0])[0].letter_sha256 == hashlib.sha256(b"letter").hexdigest()
        assert server.firm_profile().name == "某某律师事务所"
        assert server.create(make_case("迁移后新建")).id == max(ids) + 1  # the sequence follows the copy

    # A second copy would duplicate every case: refused, nothing added.
    assert run_cli("migrate", "--db", db_path, "--to", as_text(initialised_postgres_url)) == 1
    assert "已有" in capsys.readouterr().err
    with CaseRepository.open(as_text(initialised_postgres_url)) as server:
        assert server.list_cases(CaseQuery(limit=None)).total == len(ids)  # len(ids) - 1 live + the new one


def test_server_urls_and_file_paths_are_told_apart() -> None:
    from liability_wizard.storage.url import server_url

    url = server_url("postgresql://li_ming@office-db:5433/cases?sslmode=verify-full&sslrootcert=/etc/firm-ca.pem")
    assert url is not None and url.drivername == "postgresql+psycopg"  # the driver the program ships
    assert (url.username, url.host, url.port, url.database) == ("li_ming", "office-db", 5433, "cases")
    assert dict(url.query) == {"sslmode": "verify-full", "sslrootcert": "/etc/firm-ca.pem"}  # TLS reaches libpq
    for path in ("cases.sqlite3", "/home/a/postgresql/cases.sqlite3", "C:\\案件\\cases.sqlite3"):
        assert server_url(path) is None


def test_cases_list_reads_the_server_as_it_reads_a_file(initialised_postgres_url: URL,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """``cases list`` opens the light listing; named a server, it lists the server's cases (text and the
    streamed --json alike), and a case's version and last editor reach the list."""
    import json

    from liability_wizard.storage import server_listing

    with CaseRepository.open(as_text(initialised_postgres_url)) as repo:
        ids = [repo.create(make_case(f"服务器案件{n}")).id for n in range(5)]
        repo.save_draft(ids[0], make_case("服务器案件0 已修改"))
    original = server_listing.STREAM_PAGE
    server_listing.STREAM_PAGE = 2  # several pages, so the paging itself is what is checked
    try:
        assert run_cli("list", "--json", "--db", as_text(initialised_postgres_url)) == 0
    finally:
        server_listing.STREAM_PAGE = original
    rows = json.loads(capsys.readouterr().out)
    assert [row["id"] for row in rows] == [ids[0], *reversed(ids[1:])]  # newest change first
    assert run_cli("list", "--limit", "3", "--db", as_text(initialised_postgres_url)) == 0
    captured = capsys.readouterr()
    assert "服务器案件0 已修改" in captured.out and "共 5 件" in captured.err
    from liability_wizard.storage.case_listing import CaseListing

    with CaseListing.open(as_text(initialised_postgres_url)) as listing:
        first = listing.list_cases().items[0]
    assert (first.id, first.version, first.updated_by) == (ids[0], 2, "postgres")


def test_the_sqlite_listing_shows_version_and_last_editor(repo: CaseRepository) -> None:
    from liability_wizard.storage.case_listing import CaseListing

    saved = repo.create(make_case())
    repo.save_draft(saved.id, make_case(notes="改"))
    with CaseListing.open(str(repo.path)) as listing:
        (listed,) = listing.list_cases().items
    assert (listed.version, listed.updated_by) == (2, repo.user_name())
