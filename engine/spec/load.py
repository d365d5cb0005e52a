"""The front of the data flow: find -> read YAML -> resolve `extends:` -> validate -> parse -> check.

`load_spec` returns a checked `Spec` (architecture or rules), `load_hardware` a GPU profile. Pure steps
are cached in this process by the file's path and stamp (engine.files.stamp), so a spec used twice (or
extended by several others) is read once; an edit to a file it extends forgets them (engine.spec.fresh).
`index` says what the search path holds by name (kinds, presets, GPU names, model types, the rules'
options and flags) from a cheap scan, kept on disk between runs.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from fractions import Fraction
from functools import lru_cache
from pathlib import Path
from typing import NoReturn

from engine import cache
from engine.errors import EngineError, Location, SpecError, did_you_mean
from engine.files import Stamp, real, stamp
from engine.spec import fresh
from engine.spec.checks import check_spec, require
from engine.spec.document import Document
from engine.spec.extends import resolve_extends
from engine.spec.gpu import parse_hardware
from engine.spec.hardware import Fact, Hardware
from engine.spec.index import Index, build_index
from engine.spec.looks import known, look, one_look
from engine.spec.parse import parse_spec
from engine.spec.paths import display_path, find_spec, list_specs, looks_like_path, search_path
from engine.spec.types import Spec

MODEL_KINDS = ("architecture", "rules")
SpecDirs = Sequence[Path | str]


def locate(ref: str, spec_dirs: SpecDirs = ()) -> Path:
    """The file a spec reference (path or name) names."""
    return find_spec(ref, search_path(spec_dirs))


@one_look()
def resolve_ref(ref: str, spec_dirs: SpecDirs = ()) -> tuple[Path, str | None]:
    """The spec file `ref` names, and a preset when `ref` is a preset name (`llama-3-8b`)."""
    if not looks_like_path(ref) and look(search_path(spec_dirs)).lists_no(ref):  # no file by that name
        path = index(spec_dirs).presets.get(ref)
        if path is not None:
            return Path(path), ref
    try:
        return find_spec(ref, search_path(spec_dirs), hint=looks_like_path(ref)), None
    except SpecError as exc:
        if looks_like_path(ref) or exc.location is not None:  # a file of that name that cannot be read
            raise
        path = index(spec_dirs).presets.get(ref)
        if path is not None:
            return Path(path), ref
        try:
            locate(ref, spec_dirs)  # the message with the folders searched and a did-you-mean of specs
        except SpecError as worded:
            known = [*index(spec_dirs).presets, *(name for name, _ in list_specs(search_path(spec_dirs)))]
            hint = did_you_mean(ref, known)
            if hint and "did you mean" not in worded.message:
                raise SpecError(f"no spec or preset named '{ref}'{hint}") from None
            raise worded from None
        raise


def load_document(path: Path, spec_dirs: SpecDirs = ()) -> Document:
    """Read `path` and merge its `extends:` chain; the document records the files it came from and the
    files that, had they existed, `extends:` would have found instead."""
    folders = search_path(spec_dirs)
    absent: list[Path] = []
    listed: list[Path] = []

    def find(ref: str, here: Path) -> Path:
        return find_spec(ref, (here, *folders), relative_to=here, absent=absent, listed=listed)

    doc = resolve_extends(_read(path), path, find, _read)
    return replace(
        doc,
        absent=tuple(sorted({str(real(p)) for p in absent})),
        listings=tuple(sorted({str(real(p)) for p in listed})),
    )


def load_checked(ref: str | Path, spec_dirs: SpecDirs = ()) -> tuple[Document, str]:
    """The resolved, schema-valid document `ref` names, and its kind."""
    return _load_checked(*spec_key(ref, spec_dirs))


def load_spec(ref: str | Path, spec_dirs: SpecDirs = ()) -> Spec:
    """Read, resolve, validate, parse and check the architecture or rules spec `ref` names."""
    return _load_spec(*spec_key(ref, spec_dirs))


def load_hardware(ref: str | Path, spec_dirs: SpecDirs = ()) -> Hardware:
    """The hardware profile in the file `ref` names."""
    return _load_hardware(*spec_key(ref, spec_dirs))


def hardware_profiles(spec_dirs: SpecDirs = ()) -> list[Hardware]:
    """Every hardware profile on the search path (a broken one is skipped; `engine validate` reports it)."""
    profiles = []
    for path in sorted(set(index(spec_dirs).hardware.values())):
        try:
            profiles.append(load_hardware(Path(path), spec_dirs))
        except EngineError:
            continue
    return profiles


def find_hardware(name: str, profiles: Sequence[Hardware]) -> Hardware:
    """The profile called `name` (or with `name` as an alias), case-insensitive."""
    wanted = name.lower()
    for profile in profiles:
        if wanted == profile.name.lower() or wanted in (a.lower() for a in profile.aliases):
            return profile
    names = [p.name for p in profiles]
    hint = did_you_mean(wanted, names + [a for p in profiles for a in p.aliases])
    raise SpecError(f"unknown GPU '{name}'{hint}; known: " + ", ".join(sorted(names)))


def find_gpu(name: str, spec_dirs: SpecDirs = ()) -> Hardware:
    """The GPU profile called `name` or with `name` as an alias (case-insensitive), with a did-you-mean."""
    found = index(spec_dirs)
    path = found.hardware.get(name.lower())
    if path is None:
        try:  # a broken profile of that name is left out of the index: give its own located error
            broken = locate(name, spec_dirs)
        except SpecError as exc:
            if exc.location is not None:  # a file of that name that cannot be read (a link loop)
                raise
            broken = None
        if broken is not None:
            load_hardware(broken, spec_dirs)
        hint = did_you_mean(name.lower(), found.hardware)
        raise SpecError(f"unknown GPU '{name}'{hint}; known: " + ", ".join(found.gpu_names))
    return load_hardware(Path(path), spec_dirs)


def index(spec_dirs: SpecDirs = ()) -> Index:
    """What the search path holds by name (engine.spec.index), rebuilt when a file on it changes."""
    return build_index(search_path(spec_dirs), lambda path: load_document(path, spec_dirs))


def builtin_specs(spec_dirs: SpecDirs = ()) -> list[tuple[str, Path]]:
    """(name, path) of every spec reachable by name."""
    return list_specs(search_path(spec_dirs))


def specs_of_kind(kind: str, spec_dirs: SpecDirs = ()) -> list[tuple[str, Path]]:
    """(name, path) of every spec of `kind` reachable by name (broken files are left to `engine validate`)."""
    kinds = index(spec_dirs).kinds
    return [(name, path) for name, path in builtin_specs(spec_dirs) if kinds.get(str(path)) == kind]


def spec_key(ref: str | Path, spec_dirs: SpecDirs) -> tuple[Path, Stamp, tuple[str, ...]]:
    """What identifies a spec in this process: its resolved path, stamp (engine.files.stamp: an edit
    whose modification time was set back still moves its change time) and spec folders."""
    path = ref if isinstance(ref, Path) else locate(ref, spec_dirs)
    fresh.check(path)  # a file it extends was edited: everything loaded is read again
    found = known(path)  # a file the look of this API call stamped (engine.spec.looks)
    if found is not None:
        return found[0], found[1], tuple(str(d) for d in spec_dirs)
    mark = stamp(path)
    if mark is None:
        _unreadable(path)
    return real(path), mark, tuple(str(d) for d in spec_dirs)


@lru_cache(maxsize=512)
def _load_checked(path: Path, stamp: Stamp, spec_dirs: tuple[str, ...]) -> tuple[Document, str]:
    from engine.spec.schema import check_document  # jsonschema is needed only when a spec is (re)read

    doc = load_document(path, spec_dirs)
    fresh.note(path, doc.files, doc.absent)
    return doc, check_document(doc)


@lru_cache(maxsize=256)
def _load_spec(path: Path, stamp: Stamp, spec_dirs: tuple[str, ...]) -> Spec:
    doc, kind = _load_checked(path, stamp, spec_dirs)
    if kind not in MODEL_KINDS:
        raise SpecError(f"{display_path(path)} is a {kind} spec; expected an architecture or rules spec")
    spec = parse_spec(doc, kind)
    require(spec, check_spec(spec))
    return spec


@lru_cache(maxsize=256)
def _load_hardware(path: Path, stamp: Stamp, spec_dirs: tuple[str, ...]) -> Hardware:
    env = os.environ.get("ENGINE_SPEC_PATH", "")  # where `extends:` by name looks, as the plan's key
    key = f"hardware|{path}|{'|'.join(spec_dirs)}|{env}|{display_path(path)}"
    data = cache.load("hardware", key)
    stored = _hardware_from(data)
    if stored is not None:
        fresh.note(path, _strings(data, "files"), _strings(data, "absent"))
        return stored
    doc, kind = _load_checked(path, stamp, spec_dirs)
    if kind != "hardware":
        raise SpecError(f"{display_path(path)} is a {kind} spec, not a hardware profile")
    hardware = parse_hardware(doc)
    facts = {
        k: [str(Fraction(f.value).numerator), str(Fraction(f.value).denominator), f.source, f.estimated]
        for k, f in hardware.facts.items()
    }
    payload = {
        "name": hardware.name,
        "description": hardware.description,
        "path": hardware.path,
        "aliases": list(hardware.aliases),
        "facts": facts,
        "files": list(doc.files),
        "absent": list(doc.absent),
    }
    cache.store("hardware", key, doc.files, payload, doc.absent, doc.listings)
    return hardware


def _hardware_from(data: object) -> Hardware | None:
    """A profile from its cached form (None when the data does not have that form)."""
    try:
        if not isinstance(data, dict):
            return None
        facts = {}
        for name, (top, bottom, source, estimated) in data["facts"].items():
            value = Fraction(int(top), int(bottom))
            if not (isinstance(name, str) and isinstance(source, str) and isinstance(estimated, bool)):
                return None
            facts[name] = Fact(int(value) if value.denominator == 1 else value, source, estimated)
        fields = (data["name"], data["description"], data["path"])
        if not all(isinstance(x, str) for x in (*fields, *data["aliases"])):
            return None
        return Hardware(*fields, tuple(data["aliases"]), facts)
    except (KeyError, TypeError, ValueError, ZeroDivisionError):
        return None


def _strings(data: dict[str, object], name: str) -> list[str]:
    found = data.get(name)
    return [f for f in found if isinstance(f, str)] if isinstance(found, list) else []


@lru_cache(maxsize=512)
def _read_cached(path: Path, stamp: Stamp) -> Document:
    from engine.spec.source import read_document  # YAML is needed only when a spec is (re)read

    return read_document(path, display_path(path))


def _read(path: Path) -> Document:
    found = stamp(path)
    if found is None:
        _unreadable(path)
    return _read_cached(real(path), found)


def _unreadable(path: Path) -> NoReturn:
    try:
        path.stat()
    except OSError as exc:
        raise SpecError(f"cannot read file: {exc.strerror}", Location(display_path(path))) from None
    raise SpecError("cannot read file", Location(display_path(path)))


for _cached in (_load_checked, _load_spec, _load_hardware, _read_cached):
    fresh.on_change(_cached.cache_clear)
