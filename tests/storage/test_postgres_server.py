"""The throw-away PostgreSQL server the storage tests run against: it starts, is isolated per test and
speaks UTF-8 with a Unicode-aware locale (pg_trgm indexes Chinese characters only then)."""

from __future__ import annotations

from sqlalchemy import URL, create_engine, text

from tests.postgres_server import ThrowAwayServer


def test_each_test_gets_an_empty_utf8_database(postgres_server: ThrowAwayServer, postgres_url: URL) -> None:
    engine = create_engine(postgres_url)
    try:
        with engine.connect() as connection:
            assert connection.scalar(text("SHOW server_encoding")) == "UTF8"
            assert connection.scalar(text("SELECT current_database()")) == postgres_url.database
            tables = connection.scalar(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
            assert tables == 0
            assert connection.scalar(text("SELECT upper('ä张')")) == "Ä张"
    finally:
        engine.dispose()
    assert postgres_server.url().host == "127.0.0.1"
