"""Where specs and schemas live: built-in folders, `--spec-dir`, `ENGINE_SPEC_PATH`, and name lookup.

A spec reference is a path (`specs/llama.yaml`) or a name (`llama`) looked up, in order, in the
user's `--spec-dir` folders, the folders in `ENGINE_SPEC_PATH`, and the specs shipped with the
package. Only this module and `source.py` touch the file system.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from stat import S_ISDIR

from engine.errors import Location, SpecError, UsageError, did_you_mean
from engine.files import (
    Stamp,
    data_dir,
    is_dir,
    is_file,
    missing,
    names_in,
    problem,
    real,
    stamp,
    subfolders,
    too_long,
)

SUFFIXES = (".yaml", ".yml")


def builtin_spec_dir() -> Path:
    return data_dir("specs")


def schema_dir() -> Path:
    return data_dir("schemas")


def search_path(spec_dirs: Sequence[Path | str] = ()) -> tuple[Path, ...]:
    """The folders searched for spec names, first match wins."""
    env = [p for p in os.environ.get("ENGINE_SPEC_PATH", "").split(os.pathsep) if p]
    for folder in spec_dirs:  # a typo would otherwise be ignored and the built-ins used silently
        if not is_dir(folder):
            error = problem(folder)
            why = "no such folder" if error is None or missing(error) else f"cannot use it ({error.strerror})"
            raise UsageError(f"--spec-dir {folder}: {why}")
    return (*(Path(p) for p in spec_dirs), *(Path(p) for p in env), builtin_spec_dir())


def looks_like_path(ref: str) -> bool:
    return ref.endswith(SUFFIXES) or "/" in ref or os.sep in ref


def find_spec(
    ref: str,
    folders: Iterable[Path],
    relative_to: Path | None = None,
    absent: list[Path] | None = None,
    listed: list[Path] | None = None,
    hint: bool = True,
) -> Path:
    """The file a spec reference names; a name is looked up in `folders` (and subfolders). Candidates
    tried before the one found are added to `absent`: a file created there later would be found
    instead, so a cached answer must check that they are still absent. So would a file in a new
    subfolder: the folders whose subfolders were searched are added to `listed`.

    A candidate that is there but cannot be used (a link loop, no permission) is an error naming it,
    never skipped: a file that was meant to shadow another must not silently lose to it."""
    missed = absent if absent is not None else []
    if looks_like_path(ref):
        candidate = (relative_to / ref) if relative_to and not Path(ref).is_absolute() else Path(ref)
        if is_file(candidate):
            return candidate
        _refuse_unusable(candidate)
        missed.append(candidate)
        if not is_file(ref):
            _refuse_unusable(Path(ref))
            raise SpecError(f"no such spec file: {ref}")
        return Path(ref)
    folders = tuple(folders)
    if not too_long(ref + SUFFIXES[0]):  # else no file can have that name
        for folder in folders:
            for path in _candidates(folder, ref, listed):
                if is_file(path):
                    return path
                _refuse_unusable(path)
                missed.append(path)
    if not hint:  # the caller looks further (a preset of that name) and words its own error
        raise SpecError(f"no spec named '{ref}'")
    names = [name for name, _ in list_specs(folders)]
    where = ", ".join(display_path(f) for f in folders)
    raise SpecError(f"no spec named '{ref}'{did_you_mean(ref, names)}; looked in {where}")


def _refuse_unusable(path: Path) -> None:
    """A located error for a path that is there (or may be) but cannot be read; nothing when it is absent."""
    error = problem(path)
    if error is not None and not missing(error):
        raise SpecError(f"cannot read file: {error.strerror}", Location(display_path(path)))


def _candidates(folder: Path, name: str, listed: list[Path] | None = None) -> Iterable[Path]:
    yield from (folder / f"{name}{suffix}" for suffix in SUFFIXES)
    if listed is not None:
        listed.append(folder)
    yield from (sub / f"{name}{suffix}" for sub in subfolders(folder) for suffix in SUFFIXES)


def list_specs(folders: Iterable[Path]) -> list[tuple[str, Path]]:
    """(name, path) of every spec file in `folders` and their subfolders, first occurrence of a name wins;
    sorted by name."""
    return sorted(specs_in_order(folders))


def specs_in_order(folders: Iterable[Path], stamps: dict[str, Stamp | None] | None = None) -> list[tuple[str, Path]]:
    """As `list_specs`, in the order of the search path (a file in an earlier folder first). Within a
    folder, files sort as their paths do (by path parts); strings are compared, not Path objects: the
    index looks up the search path several times per question. `stamps` receives the stamp of every
    folder looked at (None: not a folder), each taken before the folder is listed."""
    seen: dict[str, Path] = {}
    marks: dict[str, Stamp | None] = stamps if stamps is not None else {}
    for folder in folders:
        marks[str(folder)] = mark = stamp(folder)
        if mark is None or not S_ISDIR(mark[0]):
            continue
        found: list[tuple[tuple[str, ...], str]] = [((n,), n) for n in names_in(folder) if n.endswith(SUFFIXES)]
        for sub in subfolders(folder):
            marks[str(sub)] = stamp(sub)
            found += [((sub.name, name), name) for name in names_in(sub) if name.endswith(SUFFIXES)]
        for parts, name in sorted(found):
            stem = name.rsplit(".", 1)[0] or name  # as Path.stem (".yaml" is its own stem)
            if stem not in seen:
                seen[stem] = folder.joinpath(*parts)
    return list(seen.items())


def display_path(path: Path) -> str:
    """A path as the user should see it: relative to the working folder when inside it."""
    try:
        return str(real(path).relative_to(real(os.getcwd())))
    except (ValueError, OSError):  # outside the working folder, or the working folder is gone
        return str(path)
