"""Where specs and schemas live: built-in folders, `--spec-dir`, `ENGINE_SPEC_PATH`, and name lookup.

A spec reference is a path (`specs/llama.yaml`) or a name (`llama`) looked up, in order, in the
user's `--spec-dir` folders, the folders in `ENGINE_SPEC_PATH`, and the specs shipped with the
package. Only this module and `source.py` touch the file system.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from engine.errors import SpecError, UsageError, did_you_mean

_PACKAGE = Path(__file__).resolve().parents[1]  # engine/
SUFFIXES = (".yaml", ".yml")


def _data_dir(name: str) -> Path:
    """`engine/_data/<name>` in a built wheel, else `<repo>/<name>` in a source checkout."""
    packaged = _PACKAGE / "_data" / name
    return packaged if packaged.is_dir() else _PACKAGE.parent / name


def builtin_spec_dir() -> Path:
    return _data_dir("specs")


def schema_dir() -> Path:
    return _data_dir("schemas")


def search_path(spec_dirs: Sequence[Path | str] = ()) -> tuple[Path, ...]:
    """The folders searched for spec names, first match wins."""
    env = [p for p in os.environ.get("ENGINE_SPEC_PATH", "").split(os.pathsep) if p]
    for folder in spec_dirs:  # a typo would otherwise be ignored and the built-ins used silently
        if not Path(folder).is_dir():
            raise UsageError(f"--spec-dir {folder}: no such folder")
    return (*(Path(p) for p in spec_dirs), *(Path(p) for p in env), builtin_spec_dir())


def looks_like_path(ref: str) -> bool:
    return ref.endswith(SUFFIXES) or "/" in ref or os.sep in ref


def find_spec(
    ref: str, folders: Iterable[Path], relative_to: Path | None = None, absent: list[Path] | None = None
) -> Path:
    """The file a spec reference names; a name is looked up in `folders` (and subfolders). Candidates
    tried before the one found are added to `absent`: a file created there later would be found
    instead, so a cached answer must check that they are still absent."""
    missed = absent if absent is not None else []
    if looks_like_path(ref):
        candidate = (relative_to / ref) if relative_to and not Path(ref).is_absolute() else Path(ref)
        if candidate.is_file():
            return candidate
        missed.append(candidate)
        if not Path(ref).is_file():
            raise SpecError(f"no such spec file: {ref}")
        return Path(ref)
    folders = tuple(folders)
    for folder in folders:
        for path in _candidates(folder, ref):
            if path.is_file():
                return path
            missed.append(path)
    names = [name for name, _ in list_specs(folders)]
    where = ", ".join(display_path(f) for f in folders)
    raise SpecError(f"no spec named '{ref}'{did_you_mean(ref, names)}; looked in {where}")


def _candidates(folder: Path, name: str) -> list[Path]:
    direct = [folder / f"{name}{suffix}" for suffix in SUFFIXES]
    nested = [sub / f"{name}{suffix}" for sub in sorted(folder.glob("*/")) for suffix in SUFFIXES]
    return direct + nested


def list_specs(folders: Iterable[Path]) -> list[tuple[str, Path]]:
    """(name, path) of every spec file in `folders` and their subfolders, first occurrence of a name wins;
    sorted by name."""
    return sorted(specs_in_order(folders))


def specs_in_order(folders: Iterable[Path]) -> list[tuple[str, Path]]:
    """As `list_specs`, in the order of the search path (a file in an earlier folder first)."""
    return [(name, path) for name, path, _ in spec_files(folders)]


def spec_files(folders: Iterable[Path]) -> list[tuple[str, Path, str]]:
    """(name, path, stamp) of every spec file in `folders` and their subfolders, in search-path order; the
    stamp (size, modification time, inode) says when a file changed. One directory scan per folder: the
    index is looked up several times per question."""
    seen: dict[str, tuple[Path, str]] = {}
    for folder in folders:
        try:
            top = list(os.scandir(folder))
        except OSError:
            continue
        found: list[tuple[str, os.DirEntry[str]]] = []
        for entry in top:
            if entry.name.endswith(SUFFIXES) and entry.is_file():
                found.append((entry.path, entry))
            elif entry.is_dir():
                try:
                    found += [(e.path, e) for e in os.scandir(entry.path) if e.name.endswith(SUFFIXES) and e.is_file()]
                except OSError:
                    continue
        for where, entry in sorted(found, key=lambda item: item[0].split(os.sep)):  # as Path order
            stem = entry.name.rsplit(".", 1)[0]
            if stem in seen:
                continue
            try:
                info = entry.stat()
            except OSError:
                continue
            seen[stem] = (Path(where), f"{info.st_size}:{info.st_mtime_ns}:{info.st_ino}")
    return [(name, path, stamp) for name, (path, stamp) in seen.items()]


def display_path(path: Path) -> str:
    """A path as the user should see it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
