"""Cache entries shipped in the wheel ("seeds"), so that the first question after installing (or after
`engine cache clear`) about a built-in spec needs no sympy.

When the wheel is built (hatch_build.py), the README's questions are asked once against the package
as it will be installed, and the cache entries they leave (compiled plans, closed forms, GPU profiles)
are shipped under `engine/_data/seeds`. They are asked twice: with the package outside the working
folder and inside it (a virtual environment in the project, as the README makes it, where the built-in
specs are shown by a path relative to it). An entry names files by path, so the built-in specs' folder,
the working folder and the specs' folder as shown are written as tokens. A seed is found by its key
with the same folders tokenised, put back in place, and then checked exactly as any cache entry is (the
engine version, the payload's SHA-256, every file it came from by content, every absence it relied on),
so a seed whose files differ from the user's is never used. The spec index is never seeded: its key
holds the files' time stamps. Seeds are data (JSON), never code; `ENGINE_NO_CACHE=1` turns them off too.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

from engine import files

SEEDED = ("plan", "inequality", "hardware")  # the kinds of entry shipped
TOKENS = ("\u0001specs\u0001", "\u0001cwd\u0001", "\u0001shown\u0001")  # control characters: no path has them
INSTALLED = os.sep.join(("engine", "_data", "specs"))  # how an installed package's specs folder ends
STAMP = "version.json"  # the engine version and Python the seeds were made with


def folder() -> Path:
    """Where the seeds are: `$ENGINE_SEEDS_DIR` (tests), else `engine/_data/seeds`."""
    given = os.environ.get("ENGINE_SEEDS_DIR")
    return Path(given) if given else Path(__file__).resolve().parent / "_data" / "seeds"


Places = tuple[tuple[str, str], ...]  # (text, token), in the order they are written as tokens


def roots(specs: Path, cwd: str | None = None) -> Places | None:
    """The folders written as tokens: the built-in specs' and the working folder (real paths), and, when
    the package is installed inside the working folder (a virtual environment in the project, as the
    README makes it), the specs' folder as shown relative to it. None when no seed applies: the working
    folder inside the specs, or specs inside it that are not an installed package's (a checkout)."""
    first, second = str(specs.resolve()), os.path.realpath(cwd if cwd is not None else os.getcwd())
    if first == second or second.startswith(first + os.sep):
        return None
    places = ((first, TOKENS[0]), (second, TOKENS[1]))
    if not first.startswith(second + os.sep):
        return places
    shown = first[len(second) + 1 :]
    return (*places, (shown, TOKENS[2])) if shown.endswith(os.sep + INSTALLED) else None


def _swap(text: str, pairs: list[tuple[str, str]]) -> str:
    for old, new in pairs:
        text = text.replace(old, new)
    return text


def _form(encoded: bool) -> Callable[[str], str]:
    return (lambda s: json.dumps(s)[1:-1]) if encoded else (lambda s: s)


def tokenise(text: str, places: Places, encoded: bool) -> str:
    """`text` with the folders written as tokens (`encoded`: as they appear inside JSON strings); the
    specs' full path goes first, as it may hold the working folder's."""
    form = _form(encoded)
    return _swap(text, [(form(place), form(token)) for place, token in places])


def untokenise(text: str, places: Places, encoded: bool) -> str:
    form = _form(encoded)
    return _swap(text, [(form(token), form(place)) for place, token in places])


def name(kind: str, key: str) -> str:
    return f"{kind}/{hashlib.sha256(key.encode('utf-8')).hexdigest()[:32]}.json"


def lookup(kind: str, key: str, version: str, places: Places | None, limit: int) -> bytes | None:
    """The shipped entry for (kind, key), put back in place (as the cache stores entries), or None."""
    if kind not in SEEDED or places is None:
        return None
    base = folder()
    try:  # bounded reads that refuse a FIFO or device planted there, as the cache's own
        stamp = json.loads(files.read_regular(base / STAMP, 4096))
        if stamp != {"version": version}:
            return None
        raw = files.read_regular(base / name(kind, tokenise(key, places, encoded=False)), limit)
    except (OSError, ValueError):
        return None
    if len(raw) > limit:
        return None
    head, _, body = raw.partition(b"\n")
    try:  # a damaged or foreign seed is no seed
        header = json.loads(head)
        if not isinstance(header, dict) or header.get("digest") != hashlib.sha256(body).hexdigest():
            return None
        text = untokenise((head + b"\n" + body).decode("ascii"), places, encoded=True)
        head, _, body = text.encode("ascii").partition(b"\n")
        header = json.loads(head)
        if not isinstance(header, dict):
            return None
    except (ValueError, UnicodeError, RecursionError):
        return None
    header["digest"] = hashlib.sha256(body).hexdigest()  # of the payload as put back
    return json.dumps(header, ensure_ascii=True).encode("ascii") + b"\n" + body


def make(cache_folder: Path, out: Path, version: str, places: Places) -> int:
    """Seeds from the entries in `cache_folder` (one version's folder of a cache), written to `out`;
    returns how many."""
    made = 0
    for kind in SEEDED:
        for entry in sorted((cache_folder / kind).glob("*.json")) if (cache_folder / kind).is_dir() else []:
            raw = entry.read_bytes()
            head, _, body = raw.partition(b"\n")
            header = json.loads(head)
            text = tokenise((head + b"\n" + body).decode("ascii"), places, encoded=True)
            new_head, _, new_body = text.encode("ascii").partition(b"\n")
            shipped = json.loads(new_head)
            shipped["digest"] = hashlib.sha256(new_body).hexdigest()
            target = out / name(kind, tokenise(header["key"], places, encoded=False))
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(json.dumps(shipped, ensure_ascii=True).encode("ascii") + b"\n" + new_body)
            made += 1
    (out / STAMP).write_text(json.dumps({"version": version}), encoding="utf-8")
    return made
