"""Server benchmark: 100,000 generated cases on a local throw-away PostgreSQL server; first page, search,
save, then 10 clients saving at once for 60 s with no lost or overwritten case.

    .venv/bin/python bench/bench_server.py [--cases 100000] [--clients 10] [--seconds 60]

Targets (issue 14): first page <= 200 ms, search <= 50 ms, save <= 20 ms. Each search (page of 50 and
its total, through the repository) is timed against a bare baseline, alternating A B A B … after one
warm-up of each, and printed as ours / bare / ratio: the bare search is one plain SQL statement on an
open psycopg connection, the first 50 matches by ``updated_at`` with no count, planned by PostgreSQL
alone. The words range from one case to every case, 1-2 characters included. Needs PostgreSQL installed
(``python3 dev.py`` installs Debian's package); as root the server runs as the ``postgres`` user.
The clients are threads, each with its own connection pool, as separate copies of the program would
be; they only talk to 127.0.0.1 and stop after ``--seconds``.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import statistics
import sys
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.postgres_server

from bench_storage import OUTCOMES, day, generated_case, report, report_sorted_pages, timed
from tests.postgres_server import throw_away_server, why_unavailable

from liability_wizard.core.case import case_from_json_dict
from liability_wizard.storage.errors import CaseChangedError
from liability_wizard.storage.records import CaseQuery
from liability_wizard.storage.repository import CaseRepository
from liability_wizard.storage.server import init_server
from liability_wizard.storage.sort_keys import pinyin_sort_key


def bulk_copy(repo: CaseRepository, count: int, rng: random.Random) -> float:
    """COPY the generated cases in (the GIN index is filled as they arrive, as with real saves)."""
    started = time.perf_counter()
    cases, facts = io.StringIO(), io.StringIO()
    for number in range(1, count + 1):
        data = generated_case(rng, number)
        moment = f"{day(rng, 2025, 2025)} 10:00:{number % 60:02d}"
        row = (number, data["title"], data["reference"], data["client"]["name"],  # type: ignore[index]
               data["platform"]["name"], rng.choice(OUTCOMES), data["transaction"]["date"],  # type: ignore[index]
               "2025-01-01 00:00:00", moment, "bench", pinyin_sort_key(data["title"]),  # type: ignore[arg-type]
               pinyin_sort_key(data["client"]["name"]), pinyin_sort_key(data["platform"]["name"]),  # type: ignore[index]
               day(rng, 2020, 2029) if rng.random() < 0.8 else "\\N")
        cases.write("\t".join(str(v) for v in row) + "\n")
        facts.write(f"{number}\t" + json.dumps(data, ensure_ascii=False).replace("\\", "\\\\") + "\n")
    raw = repo.database.engine.raw_connection()
    try:
        cursor = raw.cursor()
        with cursor.copy("COPY cases (id, title, reference, client_name, platform_name, platform_liable, "  # type: ignore[attr-defined]
                         "law_date, created_at, updated_at, updated_by, title_sort_key, client_sort_key, "
                         "platform_sort_key, limitation_deadline) FROM STDIN") as copy:
            copy.write(cases.getvalue())
        with cursor.copy("COPY case_facts (case_id, data) FROM STDIN") as copy:  # type: ignore[attr-defined]
            copy.write(facts.getvalue())
        cursor.execute("SELECT setval(pg_get_serial_sequence('cases', 'id'), max(id)) FROM cases")
        raw.commit()
    finally:
        raw.close()
    # What autovacuum does shortly after a bulk load on a real server: statistics and the visibility map
    # (without it a count reads every row instead of the index).
    with repo.database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM ANALYZE")
    return time.perf_counter() - started


#: From one case to every case; 1-2 character words (names) included.
SEARCHES = ("民-012345", "王伟芳", "王伟", "芳", "蓝牙耳机", "某宝商城", "腹泻症状", "网购", "纠纷")
BARE_SEARCH = ("SELECT c.id, c.title, c.reference, c.client_name, c.platform_name, c.platform_liable, c.law_date, "
               "c.created_at, c.updated_at, c.deleted_at, c.version, c.updated_by FROM cases c "
               "JOIN case_facts f ON f.case_id = c.id WHERE c.deleted_at IS NULL AND f.case_search_text LIKE lower(%s) "
               "ORDER BY c.updated_at DESC, c.id DESC LIMIT 50")


def milliseconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def compare_search(repo: CaseRepository, bare: psycopg.Connection, text: str, runs: int) -> bool:
    """Our page + total against the bare first page alone, A B A B …; True when ours meets 50 ms."""
    query = CaseQuery(search=text)
    pattern = f"%{text}%"

    def ours() -> object:
        return repo.list_cases(query)

    def theirs() -> object:
        return bare.execute(BARE_SEARCH, (pattern,), prepare=False).fetchall()

    page = ours()
    theirs()
    matches = bare.execute("SELECT count(*) FROM case_facts WHERE case_search_text LIKE lower(%s)",
                           (pattern,)).fetchone()[0]  # type: ignore[index]
    mine, bare_times = [], []
    for _ in range(runs):
        mine.append(milliseconds(ours))
        bare_times.append(milliseconds(theirs))
    ratios = [m / b for m, b in zip(mine, bare_times, strict=True)]
    median = statistics.median(mine)
    total = f"{page.total:,}" if page.total_exact else f"~{page.total:,}"  # type: ignore[attr-defined]
    print(f"search {text!r:<12} {matches:>7,} matches (total {total:>8}): ours {median:6.1f} / bare "
          f"{statistics.median(bare_times):6.1f} ms / ratio {statistics.median(ratios):5.2f}x "
          f"({min(ratios):.2f}-{max(ratios):.2f})  (target <= 50 ms){' ok' if median <= 50 else ' OVER'}",
          flush=True)
    return median <= 50


def clients_saving(target: str, clients: int, seconds: float, rng: random.Random) -> bool:
    """Each client creates and edits cases of its own and appends lines to five shared cases (with the
    version it loaded, retrying on a conflict). Afterwards every case a client saw committed must hold
    exactly what it saved, and every shared case every line that was saved into it."""
    with CaseRepository.open(target) as repo:
        shared = [repo.create(case_from_json_dict(generated_case(rng, 900_000 + n) | {"notes": ""})).id
                  for n in range(5)]
    own: dict[int, str] = {}  # case id -> the notes its last committed save wrote
    appended: dict[int, list[str]] = {case_id: [] for case_id in shared}
    counts = {"saves": 0, "conflicts": 0}
    lock = threading.Lock()
    errors: list[BaseException] = []
    deadline = time.monotonic() + seconds
    templates = [case_from_json_dict(generated_case(rng, 800_000 + n)) for n in range(clients)]

    def client(number: int) -> None:
        local = random.Random(number)
        try:
            with CaseRepository.open(target) as mine:
                step = 0
                while time.monotonic() < deadline:
                    step += 1
                    if step % 3:  # create, then edit once: the edit must survive
                        case = templates[number].model_copy(update={"notes": f"客户端{number} 第{step}次"})
                        summary = mine.create(case)
                        edited = case.model_copy(update={"notes": f"客户端{number} 第{step}次 已修改"})
                        mine.save_draft(summary.id, edited, expected_version=summary.version)
                        with lock:
                            own[summary.id] = edited.notes or ""
                            counts["saves"] += 2
                        continue
                    case_id = local.choice(shared)
                    while True:
                        stored = mine.load(case_id)
                        line = f"{number}-{step}"
                        notes = f"{stored.case.notes or ''}{line}\n"
                        try:
                            mine.save_draft(case_id, stored.case.model_copy(update={"notes": notes}),
                                            expected_version=stored.summary.version)
                        except CaseChangedError:
                            with lock:
                                counts["conflicts"] += 1
                            continue
                        with lock:
                            appended[case_id].append(line)
                            counts["saves"] += 1
                        break
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    lost = []
    with CaseRepository.open(target) as repo:
        for case_id, notes in own.items():
            if repo.load(case_id).case.notes != notes:
                lost.append(case_id)
        for case_id, lines in appended.items():
            stored = repo.load(case_id)
            if sorted((stored.case.notes or "").split()) != sorted(lines) or \
                    stored.summary.version != 1 + len(lines):
                lost.append(case_id)
    print(f"{clients} clients, {seconds:.0f} s: {counts['saves']:,} saves, {counts['conflicts']:,} conflicts "
          f"refused and retried, {len(own):,} new cases; lost or overwritten: {len(lost)}; errors: {errors[:3]}")
    return not lost and not errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    reason = why_unavailable()
    if reason:
        print(reason, file=sys.stderr)
        return 2
    rng = random.Random(20260101)
    ok = True
    with throw_away_server() as server:
        url = server.create_database("bench")
        init_server(url)
        target = url.render_as_string(hide_password=False)
        with CaseRepository.open(target) as repo:
            seconds = bulk_copy(repo, args.cases, rng)
        print(f"generated {args.cases:,} cases in {seconds:.1f} s ({datetime.now():%H:%M})")

        def open_and_first_page() -> None:
            with CaseRepository.open(target) as repo:
                repo.list_cases(CaseQuery(limit=50))

        ok &= report("connect + first page (50 of 100,000)", timed(open_and_first_page, 7), 200)
        with CaseRepository.open(target) as repo:
            ok &= report("first page, already connected", timed(lambda: repo.list_cases(CaseQuery(limit=50)), 10),
                         200)
            with psycopg.connect(target.replace("postgresql+psycopg", "postgresql")) as bare:
                for text in SEARCHES:
                    ok &= compare_search(repo, bare, text, 10)
            ok &= report_sorted_pages(repo)
            edits = iter([(500 + n, case_from_json_dict(generated_case(rng, n))) for n in range(11)])
            repo.save_draft(*next(edits))  # the first save loads the rules; the GUI pays this once
            ok &= report("save (edit an existing case, incl. evaluation)",
                         timed(lambda: repo.save_draft(*next(edits)), 10), 20)
        ok &= clients_saving(target, args.clients, args.seconds, rng)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
