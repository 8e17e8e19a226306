"""A second program instance for the fault tests: ``python writer_process.py DB LABEL COUNT``.

Creates COUNT cases one by one, edits each once, and prints ``ID LABEL N`` after each commit, so the
test knows exactly which cases a crash must not lose.
"""

from __future__ import annotations

import sys

from liability_wizard.core.case import case_from_json_dict
from liability_wizard.storage.repository import CaseRepository


def facts(label: str, number: int, notes: str) -> dict[str, object]:
    return {"format": "liability-wizard-case", "version": 1, "title": f"{label} 案件 {number}",
            "client_role": "consumer", "client": {"name": f"{label}客户{number}"},
            "transaction": {"date": "2024-05-01", "category": "goods", "subject": f"商品{number}"},
            "notes": notes}


def main() -> None:
    db, label, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with CaseRepository.open(db, daily_backup=False) as repo:
        for number in range(count):
            summary = repo.create(case_from_json_dict(facts(label, number, "初稿")))
            repo.save_draft(summary.id, case_from_json_dict(facts(label, number, "定稿" * 50)))
            print(summary.id, label, number, flush=True)


if __name__ == "__main__":
    main()
