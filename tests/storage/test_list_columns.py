"""The case list's pinyin order, its 时效届满 column, who changed each case, and the watch that tells a
list another connection changed a case: on SQLite and PostgreSQL alike, through both listing paths."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from sqlalchemy import URL, create_engine, text

from liability_wizard.core.evaluator import evaluate_case
from liability_wizard.storage import migrate
from liability_wizard.storage.case_listing import CaseListing
from liability_wizard.storage.change_watch import ChangeWatch
from liability_wizard.storage.records import CaseQuery, CaseSummary
from liability_wizard.storage.repository import CaseRepository
from liability_wizard.storage.server import ServerDatabase
from liability_wizard.storage.server_listing import ServerListing
from liability_wizard.storage.sort_keys import pinyin_sort_key
from tests.storage.conftest import case_data, make_case
from tests.storage.test_migrations import build_at

#: In pinyin order: an1, bei3, chen2, chong2 (重庆, read as in the word), wang2, zhang1.
TITLES_IN_PINYIN_ORDER = ["安徽某店买到假货", "北京某公司退款纠纷", "陈某网购纠纷", "重庆某公司合同纠纷",
                          "王某诉某平台", "张三诉某平台"]
CLIENTS_IN_PINYIN_ORDER = ["艾某", "白某", "曹某", "邓某", "赵某"]


def titles(repo: CaseRepository, query: CaseQuery) -> list[str]:
    return [summary.title for summary in repo.list_cases(query).items]


def listed(repo: CaseRepository, query: CaseQuery) -> tuple[CaseSummary, ...]:
    """The list as the desktop program and ``cases list`` read it (sqlite3 alone, or the server's)."""
    if not isinstance(repo.path, Path):
        return ServerListing(repo).list_cases(query).items
    with CaseListing.open(repo.path, daily_backup=False) as listing:
        return listing.list_cases(query).items


def test_titles_sort_by_pinyin_both_ways(repo: CaseRepository) -> None:
    # Stored in an order that is neither pinyin nor code point order (陈 U+9648 > 王 U+738B).
    for title in ["张三诉某平台", "陈某网购纠纷", "安徽某店买到假货", "王某诉某平台", "重庆某公司合同纠纷",
                  "北京某公司退款纠纷"]:
        repo.create(make_case(title))
    assert titles(repo, CaseQuery(sort="title", descending=False)) == TITLES_IN_PINYIN_ORDER
    assert titles(repo, CaseQuery(sort="title", descending=True)) == TITLES_IN_PINYIN_ORDER[::-1]
    # Pages follow the same order (the key is in SQL, not sorted after fetching a page).
    second_page = CaseQuery(sort="title", descending=False, offset=2, limit=2)
    assert titles(repo, second_page) == TITLES_IN_PINYIN_ORDER[2:4]
    assert [s.title for s in listed(repo, CaseQuery(sort="title", descending=False))] == TITLES_IN_PINYIN_ORDER


def test_a_renamed_case_moves_to_its_new_place(repo: CaseRepository) -> None:
    first = repo.create(make_case("安某案"))
    repo.create(make_case("李某案"))
    repo.save_draft(first.id, make_case("赵某案"))
    assert titles(repo, CaseQuery(sort="title", descending=False)) == ["李某案", "赵某案"]


def test_clients_and_platforms_sort_by_pinyin_and_none_first(repo: CaseRepository) -> None:
    for client in ["赵某", "白某", "邓某", "艾某", "曹某"]:
        repo.create(make_case(f"{client}的案件", client={"name": client}, platform={"name": f"{client}平台"}))
    repo.create(make_case("没有委托人的案件"))
    by_client = [s.client for s in repo.list_cases(CaseQuery(sort="client", descending=False)).items]
    assert by_client == [None, *CLIENTS_IN_PINYIN_ORDER]
    by_platform = [s.platform for s in repo.list_cases(CaseQuery(sort="platform", descending=True)).items]
    assert by_platform == [f"{c}平台" for c in reversed(CLIENTS_IN_PINYIN_ORDER)] + [None]


def test_the_limitation_deadline_is_stored_and_sorts_with_none_last(repo: CaseRepository) -> None:
    discovered = {"late": "2024-05-10", "early": "2019-03-01", "middle": "2021-07-15"}
    ids = {name: repo.create(make_case(name, harm={"discovered_date": day})).id for name, day in discovered.items()}
    none = repo.create(make_case("无发现日期"))
    assert none.limitation_deadline is None
    expected = {name: evaluate_case(make_case(name, harm={"discovered_date": day})).limitation.deadline
                for name, day in discovered.items()}
    assert all(isinstance(deadline, date) for deadline in expected.values())
    for name, case_id in ids.items():
        assert repo.load(case_id).summary.limitation_deadline == expected[name]
    ascending = repo.list_cases(CaseQuery(sort="deadline", descending=False)).items
    assert [s.title for s in ascending] == ["early", "middle", "late", "无发现日期"]
    descending = repo.list_cases(CaseQuery(sort="deadline", descending=True)).items
    assert [s.title for s in descending] == ["late", "middle", "early", "无发现日期"]
    assert listed(repo, CaseQuery(sort="deadline", descending=False)) == ascending


def test_editing_the_discovery_date_moves_the_deadline(repo: CaseRepository) -> None:
    summary = repo.create(make_case("案件", harm={"discovered_date": "2020-01-01"}))
    saved = repo.save_draft(summary.id, make_case("案件", harm={"discovered_date": "2023-01-01"}))
    assert saved.limitation_deadline == evaluate_case(make_case("案件", harm={"discovered_date": "2023-01-01"})) \
        .limitation.deadline
    assert saved.limitation_deadline != summary.limitation_deadline


def test_who_changed_a_case_is_listed_by_both_paths(repo: CaseRepository) -> None:
    summary = repo.create(make_case())
    user = repo.user_name()
    assert user
    (row,) = listed(repo, CaseQuery())
    assert (row.updated_by, row.updated) == (user, summary.updated)
    assert repo.list_cases(CaseQuery()).items[0].updated_by == user


def test_sort_keys_are_ordered_by_pinyin_then_by_the_text() -> None:
    assert pinyin_sort_key("安") < pinyin_sort_key("北") < pinyin_sort_key("张")
    assert pinyin_sort_key("安") < pinyin_sort_key("安北")  # a prefix first
    assert pinyin_sort_key("妈") < pinyin_sort_key("马")  # ma1 < ma3
    assert pinyin_sort_key("重庆") < pinyin_sort_key("中国")  # chong2: the word's reading, not zhong4
    assert pinyin_sort_key("ABC") == pinyin_sort_key("ａｂｃ")  # full-width and case folded
    assert pinyin_sort_key(None) == pinyin_sort_key("") == ""
    assert len(pinyin_sort_key("张" * 5000)) < 600  # a B-tree entry on PostgreSQL stays small


# -- migration 0006 fills the columns of cases already stored ------------------------------------------

def _insert_at_0005(connection: sqlite3.Connection, facts: dict[str, object]) -> None:
    connection.execute("INSERT INTO cases (id, title, law_date, created_at, updated_at, version) "
                       "VALUES (1, ?, '2024-05-01', '2025-01-02 03:04:05.000000', '2025-01-02 03:04:05.000000', 1)",
                       (facts["title"],))
    connection.execute("INSERT INTO case_facts (case_id, data) VALUES (1, ?)", (json.dumps(facts, ensure_ascii=False),))


def test_migration_0006_fills_the_keys_and_deadline_of_stored_cases(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    build_at(db_path, "0005")
    facts = case_data("重庆某公司合同纠纷", client={"name": "曾某"}, harm={"discovered_date": "2020-01-01"})
    with sqlite3.connect(db_path) as connection:
        _insert_at_0005(connection, facts)
    with CaseRepository.open(db_path) as repo:
        summary = repo.load(1).summary
        assert summary.limitation_deadline == evaluate_case(make_case(
            "重庆某公司合同纠纷", harm={"discovered_date": "2020-01-01"})).limitation.deadline
        repo.create(make_case("安某案"))
        assert titles(repo, CaseQuery(sort="title", descending=False)) == ["安某案", "重庆某公司合同纠纷"]
        assert repo.load(1).summary.version == 1  # filling a list column is not an edit
    with sqlite3.connect(db_path) as connection:
        row = connection.execute("SELECT title_sort_key, client_sort_key FROM cases WHERE id = 1").fetchone()
    assert row == (pinyin_sort_key("重庆某公司合同纠纷"), pinyin_sort_key("曾某"))


def test_migration_0006_fills_stored_cases_on_postgresql(postgres_url: URL) -> None:
    engine = create_engine(postgres_url)
    facts = case_data("北京某公司退款纠纷", harm={"discovered_date": "2021-07-15"})
    try:
        with engine.connect() as connection, connection.begin():
            migrate.upgrade(connection, "0005")
            connection.execute(text("INSERT INTO cases (title, law_date, created_at, updated_at) "
                                    "VALUES (:t, '2024-05-01', now(), now())"), {"t": facts["title"]})
            connection.execute(text("INSERT INTO case_facts (case_id, data) VALUES (1, :d)"),
                               {"d": json.dumps(facts, ensure_ascii=False)})
        with engine.connect() as connection, connection.begin():
            migrate.upgrade(connection)
        with engine.connect() as connection:
            row = connection.execute(text("SELECT title_sort_key, limitation_deadline FROM cases")).one()
    finally:
        engine.dispose()
    deadline = evaluate_case(make_case("x", harm={"discovered_date": "2021-07-15"})).limitation.deadline
    assert row == (pinyin_sort_key("北京某公司退款纠纷"), deadline)


# -- another connection's change is noticed ----------------------------------------------------------

def _noticed(watch: ChangeWatch, seconds: float = 20) -> bool:
    """Ask the watch as the list does, until it says yes or ``seconds`` pass (a loaded CI machine)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if watch.changed():
            return True
        time.sleep(0.1)
    return False


_OTHER_PROCESS = """
import sys
from liability_wizard.core.case import case_from_json_dict
from liability_wizard.storage.repository import CaseRepository
with CaseRepository.open(sys.argv[1], daily_backup=False) as repo:
    repo.create(case_from_json_dict({"format": "liability-wizard-case", "version": 1, "title": "另一进程的案件",
                                     "client_role": "consumer", "transaction": {"date": "2024-05-01", "category": "goods"}}))
"""


def test_a_case_saved_by_another_process_is_noticed_on_sqlite(db_path: Path) -> None:
    with CaseListing.open(db_path, daily_backup=False) as listing:
        watch = listing.change_watch()
        try:
            assert not watch.changed()
            subprocess.run([sys.executable, "-c", _OTHER_PROCESS, str(db_path)], check=True,
                           cwd=Path(__file__).parents[2])
            assert _noticed(watch)
            assert not watch.changed()  # told once per change
            assert [s.title for s in listing.list_cases(CaseQuery()).items] == ["另一进程的案件"]
        finally:
            watch.close()


def test_every_change_another_connection_makes_is_noticed(repo: CaseRepository) -> None:
    """A second repository (its own connection, as another lawyer's program) adds, saves, deletes and
    restores; the first one's watch notices each, and not a mere change of the wizard page."""
    watch = repo.change_watch()
    database = repo.database
    address = database.url.render_as_string(hide_password=False) if isinstance(database, ServerDatabase) \
        else str(repo.path)
    try:
        with CaseRepository.open(address, daily_backup=False) as other:
            assert not watch.changed()
            summary = other.create(make_case())
            assert _noticed(watch)
            other.set_wizard_page(summary.id, "HARM")
            other.save_draft(summary.id, make_case("改过的标题"))
            assert _noticed(watch)
            other.delete(summary.id)
            assert _noticed(watch)
            other.restore(summary.id)
            assert _noticed(watch)
    finally:
        watch.close()


def test_a_wizard_page_change_alone_is_not_announced_on_the_server(initialised_postgres_url: URL) -> None:
    with CaseRepository.open(initialised_postgres_url.render_as_string(hide_password=False)) as repo:
        summary = repo.create(make_case())
        watch = repo.change_watch()
        try:
            repo.set_wizard_page(summary.id, "HARM")
            repo.save_draft(summary.id, make_case("改过的标题"))
            assert _noticed(watch)
            repo.set_wizard_page(summary.id, "PARTIES")
            time.sleep(0.5)  # a NOTIFY is delivered at commit; give a wrong one the chance to arrive
            assert not watch.changed()
        finally:
            watch.close()


def test_the_cli_listing_and_the_repository_agree_on_every_new_sort(repo: CaseRepository) -> None:
    repo.create(make_case("曾某案", client={"name": "曾某"}, harm={"discovered_date": "2019-03-01"}))
    repo.create(make_case("安某案", platform={"name": "某平台"}))
    repo.create(make_case("北某案", client={"name": "安某"}, harm={"discovered_date": "2024-03-01"}))
    for sort in ("title", "client", "platform", "deadline"):
        for descending in (False, True):
            query = CaseQuery(sort=sort, descending=descending)  # type: ignore[arg-type]
            assert listed(repo, query) == repo.list_cases(query).items


def test_a_lawyer_is_listed_by_the_name_the_it_person_gave_the_login(initialised_postgres_url: URL) -> None:
    engine = create_engine(initialised_postgres_url)
    try:
        with engine.connect() as connection, connection.begin():
            connection.execute(text("CREATE ROLE wang_fang LOGIN IN ROLE lawyer"))
            connection.execute(text("COMMENT ON ROLE wang_fang IS '王芳'"))
    finally:
        engine.dispose()
    with CaseRepository.open(initialised_postgres_url.set(username="wang_fang")
                             .render_as_string(hide_password=False)) as repo:
        summary = repo.create(make_case())
        assert summary.updated_by == "王芳"
        assert listed(repo, CaseQuery())[0].updated_by == "王芳"
