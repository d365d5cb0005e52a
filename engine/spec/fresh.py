"""Whether the specs read in this process still hold: each loaded spec's other files (its `extends:`
chain) and the files that chain found absent, stamped when it was read. The caches of loaded specs,
GPUs, plans and models are keyed by a file's own path and stamp; an edit to a file it extends, or a
new file that would now shadow one, changes no such key, so `check` forgets them all when any such
file changed. A command-line process answers from the files as they were when it started
(engine.spec.index.snapshot) and checks nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from engine.files import Stamp, real, stamp

_DEPENDS: dict[str, tuple[tuple[str, Stamp | None], ...]] = {}
_FORGET: list[Callable[[], None]] = []
_FROZEN = {"on": False}


def on_change(forget: Callable[[], None]) -> None:
    """Call `forget` (an lru_cache's cache_clear) whenever a file a loaded spec came from changed."""
    _FORGET.append(forget)


def note(path: Path, read_from: Iterable[str], absent: Iterable[str]) -> None:
    """Remember what the spec at `path` was read from (besides itself) and what it found absent."""
    own = str(real(path))
    _DEPENDS[str(path)] = tuple((f, stamp(f)) for f in (*read_from, *absent) if f != own)


def check(path: Path) -> None:
    """Forget every loaded spec when a file the spec at `path` was read from (or found absent) changed."""
    if _FROZEN["on"]:
        return
    if any(stamp(f) != was for f, was in _DEPENDS.get(str(path), ())):
        _DEPENDS.clear()
        for forget in _FORGET:
            forget()


def freeze() -> None:
    _FROZEN["on"] = True
