"""Write ``resources/case.schema.json`` from the case model (run after changing ``core/case.py``)."""

import json

from liability_wizard.core.case import case_json_schema
from liability_wizard.paths import resources_dir

path = resources_dir() / "case.schema.json"
path.write_text(json.dumps(case_json_schema(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(f"wrote {path}")
