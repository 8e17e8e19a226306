"""One lawyer's program saving one case, for the two-process test:
``python same_case_process.py DB CASE_ID VERSION NOTES GO_FILE``.

Opens the database, prints ``ready``, waits until GO_FILE exists (so that both processes save at the
same moment), saves the case with NOTES on top of VERSION and prints ``saved V`` or ``changed BY``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from liability_wizard.core.case import case_from_json_dict
from liability_wizard.storage.errors import CaseChangedError
from liability_wizard.storage.repository import CaseRepository
from tests.storage.writer_process import facts


def main() -> None:
    db, case_id, version, notes, go = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], Path(sys.argv[5])
    with CaseRepository.open(db, daily_backup=False) as repo:
        case = case_from_json_dict(facts("同", 0, notes))
        repo.load(case_id)  # connected and warmed up before the start signal
        print("ready", flush=True)
        while not go.exists():
            time.sleep(0.005)
        try:
            summary = repo.save_draft(case_id, case, expected_version=version)
        except CaseChangedError as error:
            print("changed", error.updated_by, error.current_version, flush=True)
            return
        print("saved", summary.version, flush=True)


if __name__ == "__main__":
    main()
