"""Faults with a real server: the server going away in the middle of work, and a migration that fails
halfway (the server is left as it was)."""

from __future__ import annotations

import pytest
from sqlalchemy import URL, create_engine, text

from liability_wizard.storage import migrate
from liability_wizard.storage.repository import CaseRepository
from liability_wizard.storage.server import ServerUnavailableError, init_server
from tests.postgres_server import ThrowAwayServer, throw_away_server
from tests.storage.conftest import make_case


@pytest.mark.slow
def test_a_server_that_goes_away_is_explained_and_keeps_every_committed_save(
        postgres_server: ThrowAwayServer) -> None:
    # A server of its own, durable as a real one: stopping the shared one would break the other tests.
    with throw_away_server(durable=True) as server:
        url = server.create_database("office")
        init_server(url)
        with CaseRepository.open(url.render_as_string(hide_password=False)) as repo:
            saved = repo.create(make_case("已保存的案件"))
            server.stop()  # immediate shutdown, as a power cut of the server would be
            with pytest.raises(ServerUnavailableError, match="无法连接律所数据库服务器") as caught:
                repo.save_draft(saved.id, make_case("服务器停机时的修改"))
            assert "本次操作未保存" in caught.value.message
            server.start()
            # The pool replaces the dead connections by itself (pre-ping): no restart of the program.
            assert repo.load(saved.id).case.title == "已保存的案件"
            assert repo.save_draft(saved.id, make_case("恢复后的修改")).title == "恢复后的修改"


def test_a_migration_failing_halfway_leaves_the_server_as_it_was(postgres_url: URL) -> None:
    engine = create_engine(postgres_url)
    try:
        with engine.begin() as connection:  # something in the way of revision 0003's table
            connection.execute(text("CREATE TABLE evaluation_snapshots (x int)"))
        with pytest.raises(Exception, match="evaluation_snapshots"):
            init_server(postgres_url)
        with engine.connect() as connection:
            tables = set(connection.scalars(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")))
            assert tables == {"evaluation_snapshots"}  # no cases, no alembic_version: nothing half-done
            assert migrate.current_revision(connection) is None
    finally:
        engine.dispose()


def test_cases_migrate_failing_halfway_leaves_the_server_as_it_was(db_path, initialised_postgres_url: URL,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """The copy breaks off after some cases are in (a server-side trigger refuses the fourth one, as a
    full disk or a dropped connection would): nothing stays on the server, the local file is unchanged."""
    from liability_wizard.core.case import case_from_json_dict
    from tests.conftest import EXAMPLE_CASES
    from tests.storage.conftest import example_json, run_cli

    with CaseRepository.open(db_path) as local:
        for path in EXAMPLE_CASES[:6]:
            local.create(case_from_json_dict(example_json(path)))
    before = db_path.read_bytes()
    engine = create_engine(initialised_postgres_url)
    try:
        with engine.begin() as connection:
            connection.execute(text(
                "CREATE FUNCTION refuse_fourth() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "IF (SELECT count(*) FROM cases) >= 3 THEN RAISE EXCEPTION 'disk full (simulated)'; END IF; "
                "RETURN NEW; END $$"))
            connection.execute(text("CREATE TRIGGER refuse_fourth BEFORE INSERT ON cases "
                                    "FOR EACH ROW EXECUTE FUNCTION refuse_fourth()"))
        assert run_cli("migrate", "--db", db_path, "--to",
                       initialised_postgres_url.render_as_string(hide_password=False)) == 1
        assert "已全部撤销：服务器上未留下任何内容" in capsys.readouterr().err
        with engine.connect() as connection:
            assert connection.scalar(text("SELECT count(*) FROM cases")) == 0
            assert connection.scalar(text("SELECT count(*) FROM case_facts")) == 0
    finally:
        engine.dispose()
    assert db_path.read_bytes() == before
