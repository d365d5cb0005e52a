"""Load a spec as a compiled plan: from the disk cache when every file it came from is unchanged (no YAML,
jsonschema or sympy is imported then), else read, checked, built and compiled, and stored for next time.

`load_plan` is what evaluation uses; `load_model` gives the symbolic model (formulas, closed forms,
the located fallback), built at most once per process.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from engine import cache
from engine.errors import EngineError
from engine.files import Stamp
from engine.plan.program import Plan
from engine.spec import fresh
from engine.spec.load import load_checked, load_spec, spec_key
from engine.spec.paths import display_path
from engine.spec.types import Spec

if TYPE_CHECKING:
    from engine.build.model import Model

SpecDirs = Sequence[Path | str]


def load_plan(ref: str | Path, spec_dirs: SpecDirs = ()) -> Plan:
    """The compiled plan of the architecture or rules spec `ref` names."""
    return _load_plan(*spec_key(ref, spec_dirs))


def load_model(ref: str | Path, spec_dirs: SpecDirs = ()) -> Model:
    """The symbolic model of the spec `ref` names."""
    return _load_model(*spec_key(ref, spec_dirs))


_SYMBOLIC: dict[int, tuple[Spec, Model]] = {}


def symbolic(plan: Plan) -> Model:
    """The symbolic model behind `plan` (built once per spec; for formulas and located errors)."""
    hit = _SYMBOLIC.get(id(plan.spec))
    if hit is not None and hit[0] is plan.spec:
        return hit[1]
    from engine.build.model import build_model

    model = build_model(plan.spec)
    _SYMBOLIC[id(plan.spec)] = (plan.spec, model)
    return model


def _cache_key(path: Path, spec_dirs: tuple[str, ...]) -> str:
    env = os.environ.get("ENGINE_SPEC_PATH", "")
    return f"plan|{path}|{'|'.join(spec_dirs)}|{env}|{display_path(path)}"


@lru_cache(maxsize=256)
def _load_plan(path: Path, stamp: Stamp, spec_dirs: tuple[str, ...]) -> Plan:
    from engine.plan.serial import ShapeError, decode_plan

    key = _cache_key(path, spec_dirs)
    stored = cache.load("plan", key)
    if stored is not None:
        try:
            plan, doc = decode_plan(stored)
            fresh.note(path, doc.files, doc.absent)
            return plan
        except (ShapeError, EngineError, KeyError, ValueError, TypeError, IndexError, RecursionError):
            pass  # a damaged, foreign or stale entry: derive afresh (and report any problem properly)
    return _build(path, stamp, spec_dirs, key)


def _build(path: Path, stamp: Stamp, spec_dirs: tuple[str, ...], key: str) -> Plan:
    from engine.build.compile import compile_model
    from engine.plan.serial import encode_plan

    model = _load_model(path, stamp, spec_dirs)
    plan = compile_model(model)
    doc = load_checked(path, spec_dirs)[0]
    cache.store("plan", key, doc.files, encode_plan(plan, doc), doc.absent, doc.listings)
    return plan


@lru_cache(maxsize=256)
def _load_model(path: Path, stamp: Stamp, spec_dirs: tuple[str, ...]) -> Model:
    from engine.build.model import build_model

    return build_model(load_spec(path, spec_dirs))


fresh.on_change(_load_plan.cache_clear)
fresh.on_change(_load_model.cache_clear)
fresh.on_change(_SYMBOLIC.clear)
