"""The pinned hostile case files through the CLI: each is refused naming the file and the field
(or the line and column), or evaluated; a bad file never stops the rest of a batch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from liability_wizard.cli.main import main
from liability_wizard.core.case import CaseFormatError, read_case_file
from tests.hostile_cases import ACCEPTED, EVALUATOR, REFUSED, write_hostile_cases

MESSAGE_LIMIT = 1_000  # characters: a message quotes an excerpt, never the whole value


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_hostile_cases(tmp_path_factory.mktemp("hostile"))


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_hostile_file_is_refused_naming_the_file_and_the_field(name: str, hostile: dict[str, Path]) -> None:
    with pytest.raises(CaseFormatError) as caught:
        read_case_file(hostile[name])
    message = caught.value.message
    field = REFUSED[name][1]
    assert message.startswith(str(hostile[name]) + "：")
    assert (f"字段 {field}" in message) if field else ("第 1 行" in message)
    assert len(message) < MESSAGE_LIMIT
    assert message.isprintable()  # no raw control characters or surrogates
    assert not any(english in message for english in ("Expecting", "Input should", "Extra data", "Unexpected"))


def test_duplicate_keys_name_the_repeated_field_wherever_it_is(tmp_path: Path) -> None:
    path = tmp_path / "dup.lwcase"
    path.write_text('{"format":"liability-wizard-case","version":1,"title":"t","client_role":"consumer",'
                    '"transaction":{"date":"2024-05-01","category":"goods","price":1,"price":2}}', "utf-8")
    with pytest.raises(CaseFormatError, match=r"字段 transaction\.price：出现两次"):
        read_case_file(path)


def test_evaluate_goes_on_after_every_hostile_file(hostile: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    names = sorted(hostile)
    ok = sorted(ACCEPTED)
    status = main(["evaluate", *(str(hostile[n]) for n in names), "--json"])
    out, err = capsys.readouterr()
    assert status == 2
    evaluated = [json.loads(line)["file"] for line in out.splitlines()]
    assert {str(hostile[n]) for n in ok} <= set(evaluated)
    for name in REFUSED:
        assert str(hostile[name]) in err
    for name in EVALUATOR:  # evaluated, or named as an internal error — never a traceback
        assert str(hostile[name]) in evaluated or f"{hostile[name]}：内部错误" in err
    assert "Traceback" not in err


def test_control_characters_from_a_case_never_reach_the_terminal_raw(hostile: dict[str, Path],
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(hostile["escape-title"])]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert "x\\u001b]0;OWNED\\u0007\\u001b[2J\\u009b" in out


def test_json_output_of_a_control_character_title_stays_strict_json(hostile: dict[str, Path],
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(hostile["escape-title"]), str(hostile["loss1e16"])]
    assert main(["evaluate", *paths, "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["file"] for line in lines] == paths
    assert all(ch.isprintable() for line in lines for ch in line)
