"""The front of the data flow: find -> read YAML -> resolve `extends:` -> validate -> parse -> build.

Pure steps are cached by the file's path and modification time, so a spec used twice in one
process (or extended by several others) is read and built once.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from engine.catalog import display_path, find_spec, list_specs, search_path
from engine.errors import SpecError
from engine.model import Model, build_model
from engine.resolve import resolve_extends
from engine.schema import check_document
from engine.source import Document, read_document
from engine.spec import Spec, parse_spec


def locate(ref: str, spec_dirs: Sequence[Path | str] = ()) -> Path:
    """The file a spec reference (path or name) names."""
    return find_spec(ref, search_path(spec_dirs))


def load_document(path: Path, spec_dirs: Sequence[Path | str] = ()) -> Document:
    """Read `path` and merge its `extends:` chain."""
    folders = search_path(spec_dirs)

    def find(ref: str, here: Path) -> Path:
        return find_spec(ref, (here, *folders), relative_to=here)

    return resolve_extends(_read(path), path, find, _read)


def load_spec(ref: str | Path, spec_dirs: Sequence[Path | str] = ()) -> Spec:
    """Read, resolve, validate and parse the spec `ref` names."""
    return _load_spec(*_key(ref, spec_dirs))


def load_model(ref: str | Path, spec_dirs: Sequence[Path | str] = ()) -> Model:
    """The symbolic model of the spec `ref` names (see `load_spec`)."""
    return _load_model(*_key(ref, spec_dirs))


def _key(ref: str | Path, spec_dirs: Sequence[Path | str]) -> tuple[Path, int, tuple[str, ...]]:
    path = ref if isinstance(ref, Path) else locate(ref, spec_dirs)
    try:
        mtime = path.stat().st_mtime_ns
    except OSError as exc:
        raise SpecError(f"cannot read {path}: {exc.strerror}") from None
    return path.resolve(), mtime, tuple(str(d) for d in spec_dirs)


@lru_cache(maxsize=256)
def _load_spec(path: Path, mtime: int, spec_dirs: tuple[str, ...]) -> Spec:
    doc = load_document(path, spec_dirs)
    return parse_spec(doc, check_document(doc))


@lru_cache(maxsize=256)
def _load_model(path: Path, mtime: int, spec_dirs: tuple[str, ...]) -> Model:
    return build_model(_load_spec(path, mtime, spec_dirs))


@lru_cache(maxsize=512)
def _read_cached(path: Path, mtime: int) -> Document:
    return read_document(path, display_path(path))


def _read(path: Path) -> Document:
    try:
        stat = path.stat()
    except OSError as exc:
        raise SpecError(f"cannot read {path}: {exc.strerror}") from None
    return _read_cached(path.resolve(), stat.st_mtime_ns)


def builtin_specs(spec_dirs: Sequence[Path | str] = ()) -> list[tuple[str, Path]]:
    """(name, path) of every spec reachable by name."""
    return list_specs(search_path(spec_dirs))
