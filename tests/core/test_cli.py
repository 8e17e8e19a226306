"""The command line, run as a user runs it (a real subprocess): evaluate, law, --version, --help."""

from __future__ import annotations

import io
import itertools
import json
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from liability_wizard import __version__
from liability_wizard.cli.evaluate_command import plain_arguments
from liability_wizard.cli.main import build_parser
from liability_wizard.core.case import read_case_file
from liability_wizard.core.catalogue import load_catalogue
from liability_wizard.core.evaluator import evaluate_case
from tests.conftest import EXAMPLE_CASES

pytestmark = pytest.mark.slow

CONSOLE_SCRIPT = Path(sys.executable).with_name("liability-wizard")


def run_cli(*args: str, lang: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env["LANG"] = lang
    result = subprocess.run(
        [sys.executable, "-m", "liability_wizard", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def in_process(path: Path) -> dict:
    return evaluate_case(read_case_file(path)).to_json_dict()


def test_evaluate_one_file_prints_exactly_the_evaluation() -> None:
    path = EXAMPLE_CASES[0]
    result = run_cli("evaluate", str(path), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == in_process(path)  # json.loads refuses anything beside one object
    assert "file" not in json.loads(result.stdout)


def test_evaluate_several_files_prints_json_lines_in_order() -> None:
    paths = [str(p) for p in reversed(EXAMPLE_CASES)]
    result = run_cli("evaluate", *paths, "--json")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(paths)
    for path, line in zip(paths, lines, strict=True):
        data = json.loads(line)
        assert data.pop("file") == path
        assert data == in_process(Path(path))


def test_bad_file_among_good_ones_exits_2_naming_file_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "坏案件.lwcase"
    data = json.loads(EXAMPLE_CASES[0].read_text("utf-8"))
    data["platform"]["rating"] = 5
    bad.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    missing = tmp_path / "不存在.lwcase"
    good = [str(EXAMPLE_CASES[0]), str(EXAMPLE_CASES[1])]
    result = run_cli("evaluate", good[0], str(bad), str(missing), good[1], "--json")
    assert result.returncode == 2
    assert str(bad) in result.stderr and "platform.rating" in result.stderr
    assert str(missing) in result.stderr
    assert [json.loads(line)["file"] for line in result.stdout.splitlines()] == good


def test_human_summary_is_chinese() -> None:
    path = next(p for p in EXAMPLE_CASES if p.name.startswith("e01"))
    result = run_cli("evaluate", str(path))
    assert result.returncode == 0, result.stderr
    assert "结论" in result.stdout and "CRPL:44.1" in result.stdout
    with pytest.raises(json.JSONDecodeError):
        json.loads(result.stdout)


def test_law_prints_the_exact_text_as_json() -> None:
    result = run_cli("law", "CRPL:44.1", "--on", "2024-05-01", "--json")
    assert result.returncode == 0, result.stderr
    article = load_catalogue().article("CRPL:44")  # the catalogue's texts are the spec's (test_catalogue)
    assert json.loads(result.stdout) == {
        "code": "CRPL:44.1",
        "law": "中华人民共和国消费者权益保护法",
        "text": article.versions[-1].paragraphs[0],
        "in_force": True,
        "mark": article.mark,
    }


def test_law_reports_a_repealed_article_as_not_in_force() -> None:
    result = run_cli("law", "TLL:36", "--on", "2024-05-01", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["in_force"] is False and data["law"] == "中华人民共和国侵权责任法"
    article = load_catalogue().article("TLL:36")
    assert data["text"] == f"{article.label} " + "\n".join(article.versions[-1].paragraphs)


def test_law_human_output_names_the_law() -> None:
    result = run_cli("law", "ECL:38", "--on", "2020-01-01")
    assert result.returncode == 0, result.stderr
    assert "《中华人民共和国电子商务法》第三十八条" in result.stdout


def test_law_list_lists_the_whole_catalogue() -> None:
    result = run_cli("law", "--list")
    assert result.returncode == 0, result.stderr
    codes = {line.split()[0] for line in result.stdout.splitlines() if line.strip()}
    assert codes == {f"{law.code}:{n}" for law in load_catalogue().laws.values() for n in law.articles}


@pytest.mark.parametrize("citation", ["CRPL:999", "XX:1", "crpl:44", "CRPL:44.9"])
def test_unknown_citation_exits_2(citation: str) -> None:
    result = run_cli("law", citation)
    assert result.returncode == 2
    assert citation in result.stderr
    assert result.stdout == ""


def test_law_refuses_an_impossible_date() -> None:
    result = run_cli("law", "CRPL:44", "--on", "2023-02-30")
    assert result.returncode == 2 and "--on" in result.stderr


def test_evaluates_usual_arguments_are_read_as_argparse_reads_them() -> None:
    """``evaluate`` reads its usual arguments without argparse: whatever it reads so, argparse reads
    alike, and whatever else it leaves to argparse (every list of up to four of these arguments)."""
    parser = build_parser("evaluate")
    arguments = ["a.lwcase", "b", "", "x y", "--json", "--js", "--json=1", "-j", "--", "-", "-h", "-x y"]
    read_plainly = 0
    for count in range(5):
        for given in itertools.product(arguments, repeat=count):
            plain = plain_arguments(list(given))
            if plain is None:
                continue
            with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
                parsed = parser.parse_args(["evaluate", *given])  # SystemExit: argparse would refuse it
            assert vars(plain) == vars(parsed), given
            read_plainly += 1
    # Lists of 1-4 arguments that are --json or one of the 4 case names, the names in one run:
    # 4 + (16 + 2·4) + (64 + 2·16 + 3·4) + (256 + 2·64 + 3·16 + 4·4).
    assert read_plainly == 4 + 24 + 108 + 448
    assert plain_arguments(["a.lwcase", "--json", "b.lwcase"]) is None  # argparse: unrecognized b.lwcase


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"liability-wizard {__version__}"


@pytest.mark.parametrize(
    ("lang", "expected", "absent"),
    [
        ("zh_CN.UTF-8", "网络交易平台责任评估向导", "Liability Wizard"),
        ("en_US.UTF-8", "Liability Wizard", "网络交易平台责任评估向导"),
    ],
)
def test_help_speaks_the_locale(lang: str, expected: str, absent: str) -> None:
    result = run_cli("--help", lang=lang)
    assert result.returncode == 0
    assert expected in result.stdout and absent not in result.stdout
    assert "evaluate" in result.stdout and "law" in result.stdout
    sub = run_cli("evaluate", "--help", lang=lang)
    assert sub.returncode == 0
    assert ("评估" in sub.stdout) == lang.startswith("zh")


def test_shared_check_examples_tool_passes(shared: Path) -> None:
    assert CONSOLE_SCRIPT.exists(), f"console script not installed next to {sys.executable}"
    result = subprocess.run(
        [sys.executable, str(shared / "tools" / "check_examples.py"), str(CONSOLE_SCRIPT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{len(EXAMPLE_CASES)}/{len(EXAMPLE_CASES)} examples match" in result.stdout
