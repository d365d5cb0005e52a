"""A disk cache of derivations, like Python's own __pycache__: built models keyed by the content of
the spec files they came from, so a cold command for a known spec derives nothing again.

Entries live under `$ENGINE_CACHE_DIR`, else `$XDG_CACHE_HOME/engine`, else `~/.cache/engine`, in a
folder per engine and Python version. Each entry records the files it was derived from and their
SHA-256; a changed file is a miss. Writes go to a temporary file renamed into place, so processes
running at once never read half an entry. `ENGINE_NO_CACHE=1` turns the cache off; `engine cache
clear` empties it. Entries are pickles of the engine's own objects, written only by this module into
a folder only the user can write, exactly as Python trusts its own bytecode cache.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

VERSION = "1"  # bump when cached objects change shape


_VERSION: list[str] = []


def _engine_version() -> str:
    """The package version and a hash of its code and schemas: any change to either is a new cache."""
    if not _VERSION:
        from engine import __version__
        from engine.catalog import schema_dir

        package = Path(__file__).resolve().parent
        files = [*package.glob("*.py"), *schema_dir().glob("*.json")]
        _VERSION.append(f"{__version__}-{digest(files)[:12]}")
    return _VERSION[0]


def enabled() -> bool:
    return os.environ.get("ENGINE_NO_CACHE", "") in ("", "0")


def cache_dir() -> Path:
    """The folder for this engine and Python version."""
    base = os.environ.get("ENGINE_CACHE_DIR")
    if base:
        root = Path(base)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        root = (Path(xdg) if xdg else Path.home() / ".cache") / "engine"
    return root / f"v{VERSION}-{_engine_version()}-py{sys.version_info[0]}{sys.version_info[1]}"


def digest(paths: Iterable[str | Path]) -> str:
    """SHA-256 over the names and contents of `paths` (missing files hash as absent)."""
    h = hashlib.sha256()
    for path in sorted(str(p) for p in paths):
        h.update(path.encode("utf-8") + b"\0")
        try:
            h.update(Path(path).read_bytes())
        except OSError:
            h.update(b"<missing>")
        h.update(b"\0")
    return h.hexdigest()


def _entry_path(kind: str, key: str) -> Path:
    return cache_dir() / kind / (hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + ".pickle")


def _rebuild(cls: Any, args: tuple[Any, ...]) -> Any:
    """Recreate a sympy node from its (already canonical) arguments without evaluating it again."""
    if hasattr(cls, "_from_args"):
        return cls._from_args(args)
    try:
        return cls(*args, evaluate=False)
    except TypeError:  # a node with no `evaluate` switch (ExprCondPair): build it as it was
        import sympy

        return sympy.Basic.__new__(cls, *args)


class _Pickler(pickle.Pickler):
    """Pickles sympy trees as (class, args) so loading rebuilds them as they were, without re-simplifying
    (re-evaluation on load would redo the derivation and import large parts of sympy)."""

    def reducer_override(self, obj: Any) -> Any:
        import sympy

        if isinstance(obj, sympy.Basic) and obj.args and not obj.is_Atom:
            return _rebuild, (type(obj), obj.args)
        return NotImplemented


def load(kind: str, key: str) -> Any:
    """The value stored for (kind, key) if every file it was derived from is unchanged, else None."""
    if not enabled():
        return None
    try:
        with _entry_path(kind, key).open("rb") as handle:
            files, fingerprint, value = pickle.load(handle)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError, ImportError):
        return None
    return value if digest(files) == fingerprint else None


def store(kind: str, key: str, files: Iterable[str | Path], value: Any) -> None:
    """Remember `value` for (kind, key), derived from `files`; failures to write are ignored."""
    if not enabled():
        return
    paths = sorted({str(Path(f).resolve()) for f in files})
    target = _entry_path(kind, key)
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False, suffix=".tmp") as handle:
            _Pickler(handle, protocol=pickle.HIGHEST_PROTOCOL).dump((paths, digest(paths), value))
        os.replace(handle.name, target)
    except (OSError, pickle.PicklingError, RecursionError, TypeError, AttributeError):
        return


def clear() -> tuple[Path, int]:
    """Remove every entry of every version; returns the folder and how many files went."""
    root = cache_dir().parent
    removed = 0
    if root.is_dir():
        for path in sorted(root.rglob("*"), reverse=True):
            try:
                if path.is_file():
                    path.unlink()
                    removed += 1
                else:
                    path.rmdir()
            except OSError:
                continue
    return root, removed
