"""Write the web calculator (`engine web --out DIR`): a static site that runs the engine's own plans.

    DIR/index.html             the page (engine/web/assets/index.html)
    DIR/assets/*.js, *.css     the vendored run time: rational.js, runtime.js, evaluate.js, solve.js,
                               hf.js, question.js, page.js (no dependency, no network access)
    DIR/data/index.js          what the page lists: specs, presets, GPU profiles, rules and their flags
    DIR/data/specs/NAME.js     one spec: its data and its plan's programs in JavaScript

Data files are scripts (`ENGINE.define(...)`), not JSON fetched at run time, so the page works opened
from file:// as well as served (GitHub Pages). Every program is audited (engine.plan.js) before it is
written; every other byte of a data file is `json.dumps` output.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from engine.errors import EngineError, SpecError
from engine.files import read_text, write_text
from engine.spec.load import MODEL_KINDS, hardware_profiles, index
from engine.spec.paths import list_specs, search_path
from engine.web.export import gpu_record, index_record, spec_record

ASSETS = Path(__file__).parent / "assets"
SCRIPTS = ("rational.js", "runtime.js", "evaluate.js", "solve.js", "hf.js", "question.js", "page.js")
DEFAULT_MODEL = "llama-3-8b"  # the page's first question, as in the README
_SAFE = re.compile(r"[^A-Za-z0-9_.-]")


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=True, separators=(",", ":"))


def file_name(name: str) -> str:
    """A spec's data file: its name with anything but letters, digits, '_', '.' and '-' replaced."""
    return _SAFE.sub("_", name) + ".js"


def site_files(spec_dirs: Sequence[str] = ()) -> dict[str, str]:
    """Every file of the site by its path relative to the site's folder, as text."""
    found = index(spec_dirs)
    paths = [Path(p) for p, kind in found.kinds.items() if kind in MODEL_KINDS]
    records: dict[str, tuple[dict[str, Any], dict[str, str]]] = {}
    names: dict[str, str] = {}
    for path in paths:
        try:
            record, programs = spec_record(path)
        except EngineError:
            continue  # a broken spec is left out, as the index leaves it out; `engine validate` reports it
        records[record["name"]] = (record, programs)
        names[str(path)] = record["name"]
    if not records:
        raise SpecError("no architecture or rules spec could be built, so there is no calculator to write")
    gpus = sorted(hardware_profiles(spec_dirs), key=lambda h: (h.capacity, h.name))
    listing = {
        **index_record(found, names),
        "specs": [
            {
                "name": r["name"],
                "kind": r["kind"],
                "file": file_name(r["name"]),
                "presets": [p["name"] for p in r["presets"]],
                "default_preset": r["default_preset"],
                "description": r["description"],
                "abstract": r["abstract"],
                "hf": r["hf"] is not None,
            }
            for r, _ in records.values()
        ],
        "gpus": [gpu_record(h) for h in gpus],
        "files": [name for name, _ in list_specs(search_path(spec_dirs))],
        "default_model": DEFAULT_MODEL if DEFAULT_MODEL in found.presets else None,
    }
    files = {"data/index.js": f"ENGINE.index({_json(listing)});\n"}
    for record, programs in records.values():
        text = f"ENGINE.define({_json(record)},\n{programs['js']},\n{programs['js-float']});\n"
        files[f"data/specs/{file_name(record['name'])}"] = text
    for asset in (*SCRIPTS, "style.css"):
        files[f"assets/{asset}"] = (ASSETS / asset).read_text(encoding="utf-8")
    files["index.html"] = (ASSETS / "index.html").read_text(encoding="utf-8")
    return files


def stale(out: Path, files: dict[str, str]) -> list[str]:
    """The files of `out` that differ from `files` (or are missing), and data files no spec has any more."""
    changed = [name for name, text in files.items() if not _same(out / name, text)]
    specs = out / "data" / "specs"
    extra = [f"data/specs/{p.name}" for p in sorted(specs.glob("*.js"))] if specs.is_dir() else []
    return changed + [name for name in extra if name not in files]


def write_site(out: Path, files: dict[str, str] | None = None) -> list[str]:
    """Write the site into `out` (created if needed) and return the files that changed; a spec's data
    file that no spec has any more is removed."""
    files = files if files is not None else site_files()
    changed = stale(out, files)
    for name in changed:
        target = out / name
        if name not in files:
            target.unlink()
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        write_text(target, files[name])
    return changed


def _same(path: Path, text: str) -> bool:
    return read_text(path) == text


def size(files: dict[str, str]) -> int:
    """Bytes of the site (UTF-8)."""
    return sum(len(text.encode("utf-8")) for text in files.values())
