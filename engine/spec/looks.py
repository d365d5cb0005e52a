"""A look at the search path: its spec files in order and the stamps of what was looked at, remembered so
that a long-running process (the Python API) can tell with a stat per folder and per file, instead of
listing every folder again, that nothing on the path has changed since.

A look records every folder it listed (each folder of the search path and its subfolders, stamped before
it is listed) and every spec file (stamped once listed). It still holds while a stat of each gives the
same stamp (engine.files.stamp): a file added, removed, renamed or replaced in a folder changes the
folder's modification and change times; a file edited in place changes its own (its change time even
when its modification time is set back by hand). Timestamps are coarse (a clock tick on Linux, two
seconds on FAT), so a folder modified within `RECENT_NS` of the look cannot prove that it did not change
again in the same tick: such a look is not trusted, and the next lookup lists the folders again.

Within `one_look()` (one call of the Python API), every lookup of a search path uses the first look
taken in it: a question asks the index three times (the preset, the rules, the GPU).
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISDIR, S_ISREG

from engine.files import Stamp, real, stamp
from engine.spec.paths import specs_in_order

RECENT_NS = 2_000_000_000  # a folder modified this recently (ns) is listed again at the next lookup


@dataclass(frozen=True)
class Look:
    """The spec files of a search path in order (engine.spec.paths.specs_in_order), the index's key for
    them (their paths, sizes, modification times, inodes and change times: an edit of the same size
    whose modification time was set back, as `rsync -t` does, is still a new key), and the stamps that
    must still hold."""

    files: tuple[tuple[str, Path], ...]
    key: str
    stamps: dict[str, Stamp | None]  # path -> stamp, of every folder and spec file looked at
    trusted: bool  # no folder looked at was modified too recently to vouch for the listing
    listed: bool = False  # every folder looked at could be listed (so `names` is all there is)
    names: frozenset[str] = frozenset()  # the name (stem) of every spec entry, file or not
    reals: dict[str, Path] = field(default_factory=dict, compare=False)  # path -> real path, once asked

    def lists_no(self, name: str) -> bool:
        """Whether no entry of the folders looked at is called `name` with a spec suffix: then no lookup of
        `name` in them can find a file (or an unreadable one to complain about)."""
        return self.listed and name not in self.names

    def holds(self) -> bool:
        """Whether a stat of everything looked at gives its stamp again (engine.files.stamp, inlined: this
        is a stat per spec file on every call of the API)."""
        if not self.trusted:
            return False
        for path, mark in self.stamps.items():
            try:
                found = os.stat(path)
            except (OSError, ValueError):
                if mark is None:
                    continue
                return False
            now = (found.st_mode, found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns)
            if now != mark:
                return False
        return True


_LOOKS: dict[tuple[str, ...], Look] = {}
_SCOPE = threading.local()  # .pinned: search path -> the look taken in the current one_look()
_FROZEN = {"on": False}


def freeze() -> None:
    """From now on, the first look at each search path is its only one (engine.spec.index.snapshot)."""
    _FROZEN["on"] = True


def look(folders: Sequence[Path]) -> Look:
    """The look at `folders`: the one taken in the current `one_look()`, else the last one when it still
    holds, else a new one."""
    where = tuple(str(f) for f in folders)
    pinned: dict[tuple[str, ...], Look] | None = getattr(_SCOPE, "pinned", None)
    if pinned is not None and where in pinned:
        return pinned[where]
    found = _LOOKS.get(where)
    if found is None or not (_FROZEN["on"] or found.holds()):
        found = _LOOKS[where] = _take(folders)
    if pinned is not None:
        pinned[where] = found
    return found


def known(path: Path) -> tuple[Path, Stamp] | None:
    """The real path and stamp (engine.files.stamp) of the spec file `path`, from a look checked in the current
    `one_look()` (None outside one, or for a file it did not stamp): its stamp holds for this call, and
    so does its real path (a link or folder on the way that changed would have changed a stamp)."""
    pinned: dict[tuple[str, ...], Look] | None = getattr(_SCOPE, "pinned", None)
    where = str(path)
    for found in pinned.values() if pinned else ():
        mark = found.stamps.get(where)
        if mark is not None and S_ISREG(mark[0]):
            if where not in found.reals:
                found.reals[where] = real(path)
            return found.reals[where], mark
    return None


@contextlib.contextmanager
def one_look() -> Iterator[None]:
    """Within: each search path is looked at once (the first lookup checks or lists it), in this thread."""
    outer = getattr(_SCOPE, "pinned", None)
    if outer is None:
        _SCOPE.pinned = {}
    try:
        yield
    finally:
        if outer is None:
            _SCOPE.pinned = None


def _take(folders: Sequence[Path]) -> Look:
    started = time.time_ns()
    marks: dict[str, Stamp | None] = {}
    files = specs_in_order(folders, marks)
    trusted = all(mark is None or started - mark[4] > RECENT_NS for mark in marks.values())
    keys = []
    for _, path in files:
        marks[str(path)] = mark = stamp(path)  # follows a link: its target's size, times and inode
        if mark is not None:
            keys.append(f"{path}:{mark[3]}:{mark[4]}:{mark[2]}:{mark[5]}")
    key = "index|" + "|".join(str(real(f)) for f in folders) + "|" + "|".join(keys)
    folders_seen = [p for p, m in marks.items() if m is not None and S_ISDIR(m[0])]
    listed = all(os.access(p, os.R_OK | os.X_OK) for p in folders_seen)
    return Look(tuple(files), key, marks, trusted, listed, frozenset(n for n, _ in files))
