"""The pinned hostile case files of the reliability review (F1, F9, F11–F14), generated
deterministically: the fuzz benchmark runs them every time, the GUI test opens each by "double-click".

``REFUSED`` files break the case format and must be refused with the file and the field named;
``ACCEPTED`` files are valid (however odd) and must be evaluated; ``EVALUATOR`` files are valid but
made the evaluator crash when the review ran (their fix belongs to the evaluator): they must end
either evaluated or refused with the file named, never in a traceback.
"""

from __future__ import annotations

from pathlib import Path

_HEAD = ('{"format":"liability-wizard-case","version":1,"title":"t","client_role":"consumer",'
         '"transaction":{"date":"2024-05-01","category":"goods"')

#: name → (file text, the field its message must name; "" when the message names a line and column)
REFUSED: dict[str, tuple[str, str]] = {
    "deep": ("[" * 100_000 + "]" * 100_000, ""),
    "deep-inside-notes": (_HEAD + '},"notes":' + "[" * 5000 + "]" * 5000 + "}", ""),
    "int5000": (_HEAD + ',"price":1' + "0" * 5000 + "}}", "transaction.price"),
    "int400": (_HEAD + ',"price":1' + "0" * 400 + "}}", "transaction.price"),
    "version-huge": (_HEAD.replace('"version":1', '"version":' + "9" * 5000) + "}}", "version"),
    "surrogate-name": (_HEAD + '},"platform":{"name":"\\ud800"}}', "platform.name"),
    "surrogate-title": (_HEAD + '},"title":"\\udfff"}', "title"),
    "duplicate-title": (_HEAD + '},"title":"dup-second"}', "title"),
    "empty-key": (_HEAD + '},"":1}', '""'),
    "nan-loss": (_HEAD + '},"harm":{"loss":NaN}}', "harm.loss"),
    "infinity-price": (_HEAD + ',"price":Infinity}}', "transaction.price"),
    "big-role": (_HEAD.replace("consumer", "x" * 2_000_000) + "}}", "client_role"),
    "huge-key": (_HEAD + '},"' + "k" * 100_000 + '":1}', "k" * 40),
    "double-bom": ("\ufeff\ufeff" + _HEAD + "}}", ""),
    "not-json": ("PK\x03\x04 this is a zip file", ""),
}
ACCEPTED: dict[str, str] = {
    "loss1e16": _HEAD + '},"harm":{"loss":1e16}}',
    "escape-title": _HEAD.replace('"title":"t"', '"title":"x\\u001b]0;OWNED\\u0007\\u001b[2J\\u009b"') + "}}",
}
EVALUATOR: dict[str, str] = {
    "loss1e26": _HEAD + '},"harm":{"loss":1e26}}',
    "discovered9999": _HEAD + '},"harm":{"discovered_date":"9999-12-31"}}',
}


def write_hostile_cases(folder: Path) -> dict[str, Path]:
    """Every pinned hostile file in ``folder`` as ``NAME.lwcase`` (UTF-8); name → path."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = {name: text for name, (text, _field) in REFUSED.items()} | ACCEPTED | EVALUATOR
    paths = {}
    for name, text in texts.items():
        path = folder / f"{name}.lwcase"
        path.write_bytes(text.encode("utf-8"))
        paths[name] = path
    return paths
