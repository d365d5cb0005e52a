"""The front of the data flow: find -> read YAML -> resolve `extends:` -> validate -> parse -> build.

Pure steps are cached by the file's path and modification time, so a spec used twice in one
process (or extended by several others) is read and built once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from engine import cache
from engine.catalog import display_path, find_spec, list_specs, search_path
from engine.document import Document
from engine.errors import EngineError, Location, SpecError, did_you_mean
from engine.hardware import Hardware, parse_hardware
from engine.model import Model, build_model
from engine.resolve import resolve_extends
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
    for path in sorted(set(index(spec_dirs).hardware.values())):
        try:
            profiles.append(load_hardware(Path(path), spec_dirs))
        except EngineError:
            continue
    return profiles


@dataclass(frozen=True)
class Index:
    """What the search path holds, by name: kinds, presets, GPU names and aliases (cached on disk)."""

    kinds: dict[str, str]  # path -> kind
    presets: dict[str, str]  # preset name -> architecture path (the first on the search path wins)
    hardware: dict[str, str]  # GPU name or alias (lower case) -> path
    gpu_names: tuple[str, ...]


def index(spec_dirs: SpecDirs = ()) -> Index:
    """The index of every spec reachable by name, rebuilt only when a file on the search path changes."""
    files = [str(path.resolve()) for _, path in list_specs(search_path(spec_dirs))]
    key = "|".join(files) + "|" + "|".join(str(d) for d in spec_dirs)
    found = cache.load("index", key)
    if found is None:
        found = _build_index(spec_dirs)
        cache.store("index", key, files, found)
    return found  # type: ignore[no-any-return]  # the cache holds what was stored


def _build_index(spec_dirs: SpecDirs) -> Index:
    kinds: dict[str, str] = {}
    presets: dict[str, str] = {}
    hardware: dict[str, str] = {}
    names: list[str] = []
    for _, path in list_specs(search_path(spec_dirs)):
        try:
            doc, kind = load_checked(path, spec_dirs)
        except EngineError:
            continue  # broken files are reported by `engine validate`, not here
        kinds[str(path)] = kind
        data = doc.data
        if kind == "architecture":
            for preset in data.get("presets", {}):
                presets.setdefault(preset, str(path))
        elif kind == "hardware":
            names.append(str(data["name"]))
            for name in (data["name"], *data.get("aliases", ())):
                hardware.setdefault(str(name).lower(), str(path))
    return Index(kinds, presets, hardware, tuple(sorted(names)))


def find_gpu(name: str, spec_dirs: SpecDirs = ()) -> Hardware:
    """The GPU profile called `name` or with `name` as an alias (case-insensitive), with a did-you-mean."""
    found = index(spec_dirs)
    path = found.hardware.get(name.lower())
    if path is None:
        try:  # a broken profile of that name is left out of the index: give its own located error
            broken = locate(name, spec_dirs)
        except SpecError:
            broken = None
        if broken is not None:
            load_hardware(broken, spec_dirs)
        hint = did_you_mean(name.lower(), found.hardware)
        raise SpecError(f"unknown GPU '{name}'{hint}; known: " + ", ".join(found.gpu_names))
    return load_hardware(Path(path), spec_dirs)


def _key(ref: str | Path, spec_dirs: SpecDirs) -> tuple[Path, int, tuple[str, ...]]:
    path = ref if isinstance(ref, Path) else locate(ref, spec_dirs)
    try:
        mtime = path.stat().st_mtime_ns
    except OSError as exc:
        raise SpecError(f"cannot read file: {exc.strerror}", Location(display_path(path))) from None
    return path.resolve(), mtime, tuple(str(d) for d in spec_dirs)


@lru_cache(maxsize=512)
def _load_checked(path: Path, mtime: int, spec_dirs: tuple[str, ...]) -> tuple[Document, str]:
    from engine.schema import check_document  # jsonschema is needed only when a spec is (re)read

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
    key = f"{path}|{spec_dirs}|{display_path(path)}"
    model = cache.load("model", key)
    if model is None:
        model = build_model(_load_spec(path, mtime, spec_dirs))
        cache.store("model", key, model.spec.files, model)
    return model  # type: ignore[no-any-return]  # the cache holds what was stored


@lru_cache(maxsize=256)
def _load_hardware(path: Path, mtime: int, spec_dirs: tuple[str, ...]) -> Hardware:
    key = f"{path}|{spec_dirs}|{display_path(path)}"
    hardware = cache.load("hardware", key)
    if hardware is None:
        doc, kind = _load_checked(path, mtime, spec_dirs)
        if kind != "hardware":
            raise SpecError(f"{display_path(path)} is a {kind} spec, not a hardware profile")
        hardware = parse_hardware(doc)
        cache.store("hardware", key, doc.files, hardware)
    return hardware  # type: ignore[no-any-return]  # the cache holds what was stored


@lru_cache(maxsize=512)
def _read_cached(path: Path, mtime: int) -> Document:
    from engine.source import read_document  # YAML is needed only when a spec is (re)read

    return read_document(path, display_path(path))


def _read(path: Path) -> Document:
    try:
        stat = path.stat()
    except OSError as exc:
        raise SpecError(f"cannot read file: {exc.strerror}", Location(display_path(path))) from None
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
