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
