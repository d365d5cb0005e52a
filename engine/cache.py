"""A disk cache of derivations (the spec index, compiled plans, closed forms), like Python's __pycache__,
but holding data only: JSON, never pickle, so a planted or damaged entry can at worst be ignored.

An entry is one file: a header line (format, version, kind, the full key, the files the value was
derived from with their SHA-256, the files whose absence it relies on, the folders whose list of
subfolders it relies on with a hash of that list, and the SHA-256 of the payload), then the payload as
JSON. It is used only when everything in the header still holds. Entries live under
`$ENGINE_CACHE_DIR`, else `$XDG_CACHE_HOME/engine`, else `~/.cache/engine`, in a folder per cache format,
engine version and Python version. Every folder the cache creates is 0700; a folder that is not the
user's own, or that others may write to, is not used (one warning, the answer is computed afresh).
Writes go to a temporary file renamed into place, removed if anything fails. `ENGINE_NO_CACHE=1` turns
the cache off; `engine cache clear` removes the entries the cache wrote, and nothing else
(engine.cache_clear). An entry the user's cache lacks may come from those shipped in the wheel
(engine.seeds), checked exactly as the user's own and then copied into the user's cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from engine import files

VERSION = "3"  # bump when an entry's shape changes
FORMAT = "engine-cache"
SUFFIX = ".json"
MAX_ENTRY_BYTES = 64 << 20  # an entry larger than this is not ours to read

_STATE: dict[str, Any] = {"version": None, "warned": False, "unsafe": set()}


def _engine_version() -> str:
    """The package version and a hash of its code and schemas (by name within the package, so that the
    same code installed elsewhere is the same version): any change to either is a new cache."""
    if _STATE["version"] is None:
        from engine.version import __version__

        package = Path(__file__).resolve().parent
        sources = sorted(package.rglob("*.py")) + sorted((package.parent / "schemas").glob("*.json"))
        sources += sorted((package / "_data" / "schemas").glob("*.json"))
        h = hashlib.sha256()
        for path in sources:
            name = path.relative_to(package.parent).as_posix().replace("engine/_data/schemas/", "schemas/")
            h.update(name.encode("utf-8") + b"\0" + _file_hash(str(path)).encode() + b"\0")
        _STATE["version"] = f"{__version__}-{h.hexdigest()[:12]}"
    return str(_STATE["version"])


def enabled() -> bool:
    return os.environ.get("ENGINE_NO_CACHE", "") in ("", "0")


def root() -> Path:
    base = os.environ.get("ENGINE_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "engine"


def cache_dir() -> Path:
    """The folder for this cache format, engine and Python version."""
    return root() / f"v{VERSION}-{_engine_version()}-py{sys.version_info[0]}{sys.version_info[1]}"


def digest(paths: Iterable[str | Path]) -> str:
    """SHA-256 over the names and contents of `paths` (missing files hash as absent)."""
    h = hashlib.sha256()
    for path in sorted(str(p) for p in paths):
        h.update(path.encode("utf-8") + b"\0" + _file_hash(path).encode() + b"\0")
    return h.hexdigest()


def _file_hash(path: str) -> str:
    try:  # bounded and non-blocking: a recorded file swapped for a FIFO or a huge file is just changed
        raw = files.read_regular(path, MAX_ENTRY_BYTES)
    except OSError:
        return "<missing>"
    return hashlib.sha256(raw).hexdigest() if len(raw) <= MAX_ENTRY_BYTES else "<too large>"


def _listing(folder: str) -> str:
    """A hash of the names of the subfolders of `folder` (a new one could hold a file that shadows)."""
    names = "\0".join(p.name for p in files.subfolders(folder))
    return hashlib.sha256(names.encode("utf-8", "surrogateescape")).hexdigest()


def _entry_path(kind: str, key: str) -> Path:
    return cache_dir() / kind / (hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + SUFFIX)


def _safe(folder: Path, create: bool) -> bool:
    """Whether `folder` (and each cache folder above it, up to the root) is the user's own and closed to
    others; with `create`, missing folders are made 0700."""
    top = root()
    chain = [folder, *[p for p in folder.parents if p == top or top in p.parents]]
    if create and not files.exists(top):  # ~/.cache itself may be missing: made 0700 as well
        chain += [p for p in top.parents if not files.exists(p)]
    for level in reversed(chain):
        try:
            info = level.lstat()
        except FileNotFoundError:
            if not create:
                return False
            try:
                level.mkdir(mode=0o700)
                os.chmod(level, 0o700)  # the umask may have widened it
            except FileExistsError:
                pass
            except OSError:
                return False
            info = level.lstat()
        except OSError:
            return False
        if not stat.S_ISDIR(info.st_mode) or not _owned(info):
            return _unsafe(level, "is not a folder of yours")
        if info.st_mode & 0o022:
            if level == top:
                return _unsafe(level, "can be written by other users")
            try:
                os.chmod(level, 0o700)  # a folder the cache made: close it again
            except OSError:
                return _unsafe(level, "can be written by other users")
    return True


def _owned(info: os.stat_result) -> bool:
    getuid = getattr(os, "getuid", None)
    return getuid is None or info.st_uid == getuid()


def _unsafe(folder: Path, why: str) -> bool:
    if not _STATE["warned"]:
        _STATE["warned"] = True
        shown = str(folder).encode("unicode_escape").decode("ascii")
        print(f"warning: not using the cache folder {shown}: it {why}", file=sys.stderr)
    return False


def load(kind: str, key: str) -> Any:
    """The payload stored for (kind, key) if it is intact and every file it was derived from is
    unchanged (and every file it relied on the absence of is still absent), else None. When the user's
    cache has none, an entry shipped with the package (engine.seeds) is checked the same way."""
    if not enabled():
        return None
    target = _entry_path(kind, key)
    found = None
    try:
        if _safe(target.parent, create=False):
            found = _checked(files.read_regular(target, MAX_ENTRY_BYTES), kind, key)  # a FIFO is refused
    except OSError:
        found = None
    if found is None:
        from engine import seeds

        places = seeds.roots(files.data_dir("specs"))
        shipped = seeds.lookup(kind, key, cache_dir().name, places, MAX_ENTRY_BYTES)
        if shipped is not None:
            found = _checked(shipped, kind, key)
            if found is not None:
                _write(target, shipped)  # the user's cache holds it from now on, as if derived here
    return None if found is None else found[0]


def _checked(raw: bytes, kind: str, key: str) -> tuple[Any] | None:
    """(payload,) of an entry whose header still holds, else None."""
    try:
        head, _, body = raw.partition(b"\n")
        header = json.loads(head)
        if (
            len(raw) > MAX_ENTRY_BYTES
            or not isinstance(header, dict)
            or header.get("format") != FORMAT
            or header.get("version") != VERSION
            or header.get("kind") != kind
            or header.get("key") != key
            or header.get("digest") != hashlib.sha256(body).hexdigest()
        ):
            return None
        derived, absent, listings = header.get("files"), header.get("absent"), header.get("listings")
        if not (isinstance(derived, list) and isinstance(absent, list) and isinstance(listings, list)):
            return None
        for entry in (*derived, *listings):
            if not (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], str)):
                return None
        if any(_file_hash(name) != digest for name, digest in derived):
            return None
        if any(not isinstance(p, str) or files.exists(p) for p in absent):
            return None
        if any(_listing(folder) != digest for folder, digest in listings):
            return None
        return (json.loads(body),)
    except (OSError, ValueError, UnicodeDecodeError, RecursionError):
        return None


def store(
    kind: str,
    key: str,
    derived_from: Iterable[str | Path],
    payload: Any,
    absent: Iterable[str] = (),
    listings: Iterable[str] = (),
) -> None:
    """Remember `payload` (JSON data) for (kind, key), derived from the files `derived_from`, relying on
    the files `absent` staying absent and the folders `listings` keeping their subfolders; failures to
    write are ignored."""
    if not enabled():
        return
    paths = sorted({str(files.real(f)) for f in derived_from})
    try:
        body = json.dumps(payload, separators=(",", ":"), ensure_ascii=True).encode("ascii")
        header = {
            "format": FORMAT,
            "version": VERSION,
            "kind": kind,
            "key": key,
            "files": [[p, _file_hash(p)] for p in paths],
            "absent": sorted(set(absent)),
            "listings": [[folder, _listing(folder)] for folder in sorted(set(listings))],
            "digest": hashlib.sha256(body).hexdigest(),
        }
        _write(_entry_path(kind, key), json.dumps(header, ensure_ascii=True).encode("ascii") + b"\n" + body)
    except (OSError, ValueError, TypeError, RecursionError):
        return


def _write(target: Path, data: bytes) -> None:
    """`data` to `target` through a temporary file renamed into place (removed if anything fails)."""
    temporary: str | None = None
    try:
        if not _safe(target.parent, create=True):
            return
        fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=".entry-", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temporary, target)
        temporary = None
    except OSError:
        return
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
