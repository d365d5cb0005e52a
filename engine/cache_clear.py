"""`engine cache clear`: remove every entry the cache wrote (any version) and the folders it made once
they are empty; files that are not entries, links and folders that are not the user's are left alone."""

from __future__ import annotations

import contextlib
import fnmatch
import stat
from pathlib import Path

from engine import files
from engine.cache import FORMAT, SUFFIX, _owned, root


def clear() -> tuple[Path, int]:
    """Remove every entry this cache wrote (any version), and the folders it made once they are empty;
    returns the root and how many files went. Files that are not entries are left where they are, and
    folders that cannot be read are passed over."""
    top = root()
    removed = 0
    versions = [top / n for n in files.names_in(top) if fnmatch.fnmatchcase(n, "v*-*-py*")]
    for version in versions:
        if not _own_folder(version):
            continue
        for kind in (version / n for n in files.names_in(version)):
            if not _own_folder(kind):
                continue
            for entry in (kind / n for n in files.names_in(kind)):
                if _is_entry(entry):
                    try:
                        entry.unlink()
                        removed += 1
                    except OSError:
                        continue
            _remove_if_empty(kind)
        _remove_if_empty(version)
    return top, removed


def _own_folder(path: Path) -> bool:
    """A folder (not a link to one) of the user's."""
    try:
        info = path.lstat()
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and _owned(info)


def _is_entry(path: Path) -> bool:
    """A file the cache wrote: an entry (its header says so) or one of its temporary files."""
    try:
        if not stat.S_ISREG(path.lstat().st_mode):  # links, folders, FIFOs: never ours
            return False
    except OSError:
        return False
    if path.name.startswith(".entry-") and path.name.endswith(".tmp"):
        return True
    if not path.name.endswith(SUFFIX):
        return False
    try:
        start = files.read_regular(path, 64)[:64]
    except OSError:
        return False
    return start.startswith(b'{"format": "' + FORMAT.encode() + b'"')


def _remove_if_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):
        folder.rmdir()
