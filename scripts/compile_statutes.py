"""Write ``resources/statutes.json``, the form of the catalogue the program reads, from
``resources/statutes/*.toml`` (run after changing a TOML file; a test fails until it is current)."""

from liability_wizard.core.catalogue import compiled_catalogue
from liability_wizard.paths import resources_dir

path = resources_dir() / "statutes.json"
path.write_text(compiled_catalogue(resources_dir() / "statutes"), encoding="utf-8")
print(f"wrote {path}")
