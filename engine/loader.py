"""The front of the data flow: find -> read YAML -> resolve `extends:` -> validate -> parse -> build.

Pure steps are cached by the file's path and modification time, so a spec used twice in one
process (or extended by several others) is read and built once.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from engine.catalog import display_path, find_spec, list_specs, search_path
from engine.errors import EngineError, SpecError
from engine.hardware import Hardware, parse_hardware
from engine.model import Model, build_model
from engine.resolve import resolve_extends
from engine.schema import check_document
from engine.source import Document, read_document
from engine.spec import Spec, parse_spec

MODEL_KINDS = ("architecture", "rules")
SpecDirs = Sequence[Path | str]


def locate(ref: str, spec_dirs: SpecDirs = ()) -> Path:
    """The file a spec reference (path or name) names."""
    return find_spec(ref, search_path(spec_dirs))


def load_document(path: Path, spec_dirs: SpecDirs = ()) -> Document:
    """Read `path` and merge its `extends:` chain."""
    folders = search_path(spec_dirs)

    def find(ref: str, here: Path) -> Path:
        return find_spec(ref, (here, *folders), relative_to=here)

    return resolve_extends(_read(path), path, find, _read)


def load_checked(ref: str | Path, spec_dirs: SpecDirs = ()) -> tuple[Document, str]:
    """The resolved, schema-valid document `ref` names, and its kind."""
    return _load_checked(*_key(ref, spec_dirs))


def load_spec(ref: str | Path, spec_dirs: SpecDirs = ()) -> Spec:
    """Read, resolve, validate and parse the architecture or rules spec `ref` names."""
    return _load_spec(*_key(ref, spec_dirs))


def load_model(ref: str | Path, spec_dirs: SpecDirs = ()) -> Model:
    """The symbolic model of the spec `ref` names (see `load_spec`)."""
    return _load_model(*_key(ref, spec_dirs))


def load_hardware(ref: str | Path, spec_dirs: SpecDirs = ()) -> Hardware:
    """The hardware profile in the file `ref` names."""
    return _load_hardware(*_key(ref, spec_dirs))


def hardware_profiles(spec_dirs: SpecDirs = ()) -> list[Hardware]:
    """Every hardware profile on the search path (a broken one is skipped; `engine validate` reports it)."""
    profiles = []
    for _, path in list_specs(search_path(spec_dirs)):
        try:
            _doc, kind = load_checked(path, spec_dirs)
            if kind == "hardware":
                profiles.append(load_hardware(path, spec_dirs))
        except EngineError:
            continue
    return profiles


def _key(ref: str | Path, spec_dirs: SpecDirs) -> tuple[Path, int, tuple[str, ...]]:
    path = ref if isinstance(ref, Path) else locate(ref, spec_dirs)
    try:
        mtime = path.stat().st_mtime_ns
    except OSError as exc:
        raise SpecError(f"cannot read {path}: {exc.strerror}") from None
    return path.resolve(), mtime, tuple(str(d) for d in spec_dirs)


@lru_cache(maxsize=512)
def _load_checked(path: Path, mtime: int, spec_dirs: tuple[str, ...]) -> tuple[Document, str]:
    doc = load_document(path, spec_dirs)
    return doc, check_document(doc)


@lru_cache(maxsize=256)
def _load_spec(path: Path, mtime: int, spec_dirs: tuple[str, ...]) -> Spec:
    doc, kind = _load_checked(path, mtime, spec_dirs)
    if kind not in MODEL_KINDS:
        raise SpecError(f"{display_path(path)} is a {kind} spec; expected an architecture or rules spec")
    return parse_spec(doc, kind)


@lru_cache(maxsize=256)
def _load_model(path: Path, mtime: int, spec_dirs: tuple[str, ...]) -> Model:
    return build_model(_load_spec(path, mtime, spec_dirs))


@lru_cache(maxsize=256)
def _load_hardware(path: Path, mtime: int, spec_dirs: tuple[str, ...]) -> Hardware:
    doc, kind = _load_checked(path, mtime, spec_dirs)
    if kind != "hardware":
        raise SpecError(f"{display_path(path)} is a {kind} spec, not a hardware profile")
    return parse_hardware(doc)


@lru_cache(maxsize=512)
def _read_cached(path: Path, mtime: int) -> Document:
    return read_document(path, display_path(path))


def _read(path: Path) -> Document:
    try:
        stat = path.stat()
    except OSError as exc:
        raise SpecError(f"cannot read {path}: {exc.strerror}") from None
    return _read_cached(path.resolve(), stat.st_mtime_ns)


def builtin_specs(spec_dirs: SpecDirs = ()) -> list[tuple[str, Path]]:
    """(name, path) of every spec reachable by name."""
    return list_specs(search_path(spec_dirs))


def specs_of_kind(kind: str, spec_dirs: SpecDirs = ()) -> list[tuple[str, Path]]:
    """(name, path) of every spec of `kind` reachable by name (broken files are left to `engine validate`)."""
    out = []
    for name, path in builtin_specs(spec_dirs):
        try:
            if load_checked(path, spec_dirs)[1] == kind:
                out.append((name, path))
        except EngineError:
            continue
    return out
