"""Storage benchmark: 100,000 generated cases; open + first page, a full-text search, a save.

    .venv/bin/python bench/bench_storage.py [--cases 100000] [--db PATH]

Targets (issue 4): first page <= 200 ms, search <= 50 ms, save <= 20 ms. The cases are bulk-inserted
with executemany in one transaction (the FTS triggers index them as they go); their stored outcome and
limitation deadline are drawn at random, since the rules engine's speed is not what this measures (a
real save evaluates). Their pinyin sort keys are the real ones (storage/sort_keys.py), so sorting by
title sorts what a real list holds. Migration 0006 (which computes keys and deadlines for stored
cases) is timed on ``--migration-cases`` cases.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from liability_wizard.core.case import case_from_json_dict
from liability_wizard.storage import migrate
from liability_wizard.storage.database import make_engine, writer
from liability_wizard.storage.records import CaseQuery
from liability_wizard.storage.repository import CaseRepository
from liability_wizard.storage.sort_keys import pinyin_sort_key

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余"
GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红娥玲芬燕彩春菊凤洁梅琳素云莲真"
         "月莺媛瑞凡佳嘉琼勤珍贞莉娣璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹"
         "薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸")
PLATFORMS = ["某宝商城", "某东购物", "拼多多多", "某音直播", "某手小店", "饭来外卖", "美团优选", "闲鱼二手",
             "唯品特卖", "考拉海购"]
SUBJECTS = ["蓝牙耳机", "运动鞋", "婴儿奶粉", "保健食品", "笔记本电脑", "手机", "化妆品", "外卖套餐",
            "感冒药", "电动车", "羽绒服", "扫地机器人", "空气净化器", "儿童玩具", "名牌手表", "茶叶礼盒"]
PHRASES = ["客户称商品为假冒", "平台未能提供卖家真实信息", "已向平台投诉三次", "卖家已关闭店铺",
           "商品存在质量问题", "收到商品后发现与描述不符", "平台承诺先行赔付但未履行", "直播间宣称正品",
           "已保存聊天记录和订单截图", "食用后出现腹泻症状", "权利人已发出侵权通知",
           "平台仅删除了被通知的链接"]
CATEGORIES = ["goods", "food", "drug", "service", "content"]
OUTCOMES = ["yes", "no", "uncertain", "not_covered"]


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def day(rng: random.Random, first_year: int, last_year: int) -> str:
    return f"{rng.randint(first_year, last_year)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def generated_case(rng: random.Random, number: int) -> dict[str, object]:
    client, seller = person(rng), f"{rng.choice(['深圳', '杭州', '义乌', '广州'])}{person(rng)}商贸有限公司"
    subject = rng.choice(SUBJECTS)
    return {"format": "liability-wizard-case", "version": 1,
            "title": f"{client}诉{rng.choice(PLATFORMS)}网购{subject}纠纷",
            "reference": f"{2015 + number % 11}-民-{number:06d}", "client_role": "consumer",
            "client": {"name": client, "contact": f"138{rng.randint(0, 99_999_999):08d}"},
            "platform": {"name": rng.choice(PLATFORMS), "self_operated": rng.choice([True, False, None])},
            "seller": {"name": seller},
            "transaction": {"date": day(rng, 2012, 2025),
                            "subject": subject, "category": rng.choice(CATEGORIES),
                            "price": round(rng.uniform(10, 20_000), 2)},
            "notes": "；".join(rng.sample(PHRASES, 3))}


def bulk_insert(db: Path, count: int, rng: random.Random) -> float:
    started = time.perf_counter()
    cases, facts = [], []
    stamp = "2025-01-01 00:00:00.000000"
    for number in range(1, count + 1):
        data = generated_case(rng, number)
        moment = f"{day(rng, 2025, 2025)} 10:00:{number % 60:02d}.000000"
        client, platform = data["client"]["name"], data["platform"]["name"]  # type: ignore[index]
        deadline = day(rng, 2020, 2029) if rng.random() < 0.8 else None
        cases.append((number, data["title"], data["reference"], client, platform, rng.choice(OUTCOMES),
                      data["transaction"]["date"], stamp, moment, pinyin_sort_key(data["title"]),  # type: ignore[index]
                      pinyin_sort_key(client), pinyin_sort_key(platform), deadline))
        facts.append((number, json.dumps(data, ensure_ascii=False)))
    with sqlite3.connect(db) as connection:
        connection.executemany(
            "INSERT INTO cases (id, title, reference, client_name, platform_name, platform_liable, law_date,"
            " created_at, updated_at, title_sort_key, client_sort_key, platform_sort_key, limitation_deadline)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", cases)
        connection.executemany("INSERT INTO case_facts (case_id, data) VALUES (?, ?)", facts)
    return time.perf_counter() - started


def migration_0006(folder: Path, count: int, rng: random.Random) -> float:
    """Seconds to upgrade a revision-0005 database of ``count`` cases to 0006 (keys and deadlines
    computed from each case's facts)."""
    db = folder / "at-0005.sqlite3"
    engine = make_engine(db, foreign_keys=False)
    with writer(engine).connect() as connection, connection.begin():
        migrate.upgrade(connection, "0005")
    with sqlite3.connect(db) as connection:
        for number in range(1, count + 1):
            data = generated_case(rng, number)
            connection.execute("INSERT INTO cases (id, title, law_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                               (number, data["title"], data["transaction"]["date"],  # type: ignore[index]
                                "2025-01-01 00:00:00.000000", "2025-01-01 00:00:00.000000"))
            connection.execute("INSERT INTO case_facts (case_id, data) VALUES (?, ?)",
                               (number, json.dumps(data, ensure_ascii=False)))
    started = time.perf_counter()
    with writer(engine).connect() as connection, connection.begin():
        migrate.upgrade(connection)
    engine.dispose()
    return time.perf_counter() - started


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return times


def report(name: str, times: list[float], target_ms: float | None = None) -> bool:
    median, worst = statistics.median(times), max(times)
    verdict = "" if target_ms is None else (" ok" if median <= target_ms else f" OVER {target_ms:.0f} ms")
    goal = "" if target_ms is None else f" (target <= {target_ms:.0f} ms)"
    print(f"{name:<46} median {median:8.1f} ms   max {worst:8.1f} ms{goal}{verdict}")
    return target_ms is None or median <= target_ms


def report_sorted_pages(repo: CaseRepository) -> bool:
    """The first page sorted by the pinyin keys and by 时效届满, both ways (target 200 ms each)."""
    ok = True
    for sort in ("title", "client", "deadline"):
        for descending in (False, True):
            query = CaseQuery(limit=50, sort=sort, descending=descending)  # type: ignore[arg-type]
            ok &= report(f"first page sorted by {sort} ({'descending' if descending else 'ascending'})",
                         timed(lambda query=query: repo.list_cases(query), 10), 200)
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="keep the database here (default: a temporary folder)")
    parser.add_argument("--migration-cases", type=int, default=2000)
    args = parser.parse_args()
    folder = None if args.db else tempfile.TemporaryDirectory()
    db = args.db or Path(folder.name) / "cases.sqlite3"  # type: ignore[union-attr]
    rng = random.Random(20260101)

    CaseRepository.open(db).close()  # schema
    seconds = bulk_insert(db, args.cases, rng)
    print(f"generated {args.cases:,} cases in {seconds:.1f} s; database {db.stat().st_size / 1e6:.0f} MB")

    def open_and_first_page() -> None:
        with CaseRepository.open(db) as repo:
            repo.list_cases(CaseQuery(limit=50))

    ok = True
    report("first open of the day (incl. daily backup)", timed(open_and_first_page, 1))
    ok &= report("open + first page (50 of 100,000)", timed(open_and_first_page, 7), 200)
    with CaseRepository.open(db) as repo:
        ok &= report("first page, already open", timed(lambda: repo.list_cases(CaseQuery(limit=50)), 10), 200)
        for text in ("蓝牙耳机", "腹泻症状", "民-012345", "王伟芳", "某宝商城"):
            search = CaseQuery(search=text)
            ok &= report(f"search {text!r} (FTS, page + total)",
                         timed(lambda search=search: repo.list_cases(search), 10), 50)
        for text in ("王伟", "芳", "网购", "纠纷"):  # as bench_server.py searches them
            short = CaseQuery(search=text)
            report(f"search {text!r} (1-2 chars: LIKE scan)", timed(lambda short=short: repo.list_cases(short), 5))
        report("filter outcome=no, sorted by law date",
               timed(lambda: repo.list_cases(CaseQuery(outcomes=frozenset({"no"}), sort="law_date")), 5))
        ok &= report_sorted_pages(repo)
        edits = iter([(500 + n, case_from_json_dict(generated_case(rng, n))) for n in range(11)])
        repo.save_draft(*next(edits))  # the first save loads the rules; the GUI pays this once per session
        ok &= report("save (edit an existing case, incl. evaluation)",
                     timed(lambda: repo.save_draft(*next(edits)), 10), 20)
        cases = [case_from_json_dict(generated_case(rng, n)) for n in range(1)]
        ok &= report("create a new case (incl. evaluation)", timed(lambda: repo.create(cases[0]), 10), 20)
    with tempfile.TemporaryDirectory() as scratch:
        seconds = migration_0006(Path(scratch), args.migration_cases, rng)
    print(f"migration 0006 of {args.migration_cases:,} stored cases: {seconds:.1f} s "
          f"({seconds / args.migration_cases * 1000:.2f} ms per case)")
    if folder:
        folder.cleanup()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
