"""One program instance for the concurrent-opening test: ``python opener_process.py FOLDER ROUNDS``.

For each round N: prints ``ready N``, waits for the file ``FOLDER/goN`` (so the instances open the
database within a millisecond of each other), opens the new database ``FOLDER/runN/new.sqlite3``,
imports one case, closes it, and prints ``ok N`` or ``failed N: <the Chinese message>``. One process
does every round, so the test pays Python's start-up three times, not 150 times.
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

from liability_wizard.core.case import new_case
from liability_wizard.storage.errors import StorageError
from liability_wizard.storage.repository import CaseRepository


def main() -> None:
    folder, rounds = Path(sys.argv[1]), int(sys.argv[2])
    case = new_case("同时打开", "consumer", date(2024, 5, 1), "goods")
    for number in range(rounds):
        print(f"ready {number}", flush=True)
        go = folder / f"go{number}"
        while not go.exists():
            time.sleep(0.001)
        try:
            with CaseRepository.open(folder / f"run{number}" / "new.sqlite3") as repo:
                repo.create(case)
            print(f"ok {number}", flush=True)
        except StorageError as error:
            print(f"failed {number}: {error.message}", flush=True)


if __name__ == "__main__":
    main()
