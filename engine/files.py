"""The file system, used so that no path can crash, hang or half-write: probes answer instead of raising,
reads are bounded and never block, writes are atomic.

Python's own probes raise on some paths and not on others (`Path.is_file()` raises for a name over 255
bytes, `Path.resolve()` for a symbolic-link loop before Python 3.13, and `open()` on a FIFO waits for a
writer forever), so every stage that touches a file goes through here:

* `is_file`, `is_dir`, `status`, `real` never raise: a path they cannot use is simply not there;
  `problem` says why (the OS's own words: "File name too long", "Too many levels of symbolic links").
* `read_regular` reads at most `limit + 1` bytes of a regular file, refusing anything else (a folder,
  a FIFO, a device) before it is opened, and opening without blocking, so a file swapped for a FIFO in
  between is refused too.
* `write_atomic` writes a temporary file in the target's own folder and renames it into place; the
  target must be a regular file or nothing (never a folder, FIFO or device, which are refused before any
  work), and the temporary file is removed if anything fails, a full disk included.

Every failure is an `OSError` with a file name; the callers turn it into a located user error.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, TypeVar

from engine.limits import MAX_NAME_BYTES

T = TypeVar("T")
PathLike = str | Path
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
_WRITE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"))


class NotRegular(OSError):
    """Something other than a regular file where one was expected (a folder, a FIFO, a device)."""

    def __init__(self, path: PathLike, mode: int) -> None:
        kind = next((name for test, name in _KINDS if test(mode)), "a device or other special file")
        code = errno.EISDIR if stat.S_ISDIR(mode) else errno.EINVAL
        super().__init__(code, f"{kind}, not a regular file", str(path))


def status(path: PathLike) -> os.stat_result | None:
    """`os.stat(path)` (links followed), or None when there is nothing usable there, for any reason."""
    try:
        return os.stat(path)
    except (OSError, ValueError):  # ValueError: a NUL byte in the name (possible in a spec's extends:)
        return None


Stamp = tuple[int, int, int, int, int, int]  # mode, device, inode, size, modification and change times (ns)


def stamp(path: PathLike) -> Stamp | None:
    """What changes when the file or folder at `path` (links followed) is written, replaced, or has an
    entry added, removed or renamed: its mode, device, inode, size, mtime and ctime (an mtime set back
    by hand still moves the ctime). None when nothing usable is there; never raises."""
    found = status(path)
    if found is None:
        return None
    return (found.st_mode, found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns)


def is_file(path: PathLike) -> bool:
    """Whether `path` is a regular file (after links); never raises."""
    found = status(path)
    return found is not None and stat.S_ISREG(found.st_mode)


def is_dir(path: PathLike) -> bool:
    """Whether `path` is a folder (after links); never raises."""
    found = status(path)
    return found is not None and stat.S_ISDIR(found.st_mode)


def exists(path: PathLike) -> bool:
    """Whether anything is at `path`, a dangling or looping link included; never raises."""
    try:
        os.lstat(path)
        return True
    except (OSError, ValueError):
        return False


def too_long(path: PathLike) -> bool:
    """Whether a component of `path` is longer than a file name may be (MAX_NAME_BYTES bytes)."""
    return any(len(os.fsencode(part)) > MAX_NAME_BYTES for part in Path(path).parts)


def problem(path: PathLike) -> OSError | None:
    """Why `path` cannot be used as a file or folder (None when it can): the error the OS gives, or the
    one it would give, as an OSError naming the path."""
    if too_long(path):
        return OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG), str(path))
    try:
        os.stat(path)
    except OSError as exc:
        return OSError(exc.errno, exc.strerror, str(path))
    except ValueError:
        return OSError(errno.EINVAL, "invalid file name (it holds a NUL character)", str(path))
    return None


def missing(error: OSError | None) -> bool:
    """Whether `error` (from `problem`) just means that nothing is there."""
    return error is not None and error.errno in (errno.ENOENT, errno.ENOTDIR)


@functools.cache
def data_dir(name: str) -> Path:
    """`engine/_data/<name>` in a built wheel, else `<repo>/<name>` in a source checkout (an installation
    does not change from one to the other while it runs: looked at once per process)."""
    package = Path(__file__).resolve().parent
    packaged = package / "_data" / name
    return packaged if is_dir(packaged) else package.parent / name


def real(path: PathLike) -> Path:
    """The absolute path with links resolved as far as they go; never raises (a loop stays unresolved)."""
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError):
        return Path(os.path.abspath(path))


def read_regular(path: PathLike, limit: int) -> bytes:
    """Up to `limit + 1` bytes of the regular file at `path` (so a caller can tell that it is too long).

    Raises `NotRegular` for a folder, FIFO, device or socket, before opening it; the file is opened
    without blocking and checked again once open, so a FIFO put there in between is refused as well."""
    found = _stat(path)
    if not stat.S_ISREG(found.st_mode):
        raise NotRegular(path, found.st_mode)
    try:
        fd = os.open(path, _READ_FLAGS)
    except ValueError:
        raise _nul(path) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegular(path, mode)
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_text(path: PathLike, limit: int = 16 << 20) -> str | None:
    """The UTF-8 text of the regular file at `path`, or None when there is no file there or it is not
    text of at most `limit` bytes (a page to compare with: it is stale). Raises for a special file."""
    try:
        raw = read_regular(path, limit)
    except FileNotFoundError:
        return None
    try:
        return raw.decode("utf-8") if len(raw) <= limit else None
    except UnicodeDecodeError:
        return None


def target(path: PathLike) -> Path:
    """The file a write to `path` creates or replaces, after checking that one can be written there:
    its folder exists, its name is not too long, and it is a regular file or nothing (through links).
    Raises an OSError naming `path` otherwise; nothing is created."""
    if too_long(path):
        raise OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG), str(path))
    destination = real(path)
    try:
        found: os.stat_result | None = os.lstat(destination)
    except FileNotFoundError:
        found = None
    except (OSError, ValueError) as exc:
        raise OSError(getattr(exc, "errno", errno.EINVAL), _reason(exc), str(path)) from None
    if found is not None and not stat.S_ISREG(found.st_mode):
        if stat.S_ISLNK(found.st_mode):  # a link real() could not resolve: a loop
            raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path))
        raise NotRegular(path, found.st_mode)
    folder = destination.parent
    if not is_dir(folder):
        error = problem(folder)
        code = error.errno if error is not None and error.errno else errno.ENOTDIR
        reason = "no such folder" if missing(error) or error is None else _reason(error)
        raise OSError(code, f"{reason}: {folder}", str(path))
    return destination


def write_atomic(path: PathLike, fill: Callable[[IO[Any]], T], binary: bool = False) -> T:
    """Call `fill` with a text handle (UTF-8, newlines as written) on a temporary file beside `path`,
    then rename it onto `path`; returns what `fill` returns. The temporary file is removed if anything
    fails (an exception in `fill`, a full disk, an interrupted run), and `path` is left as it was."""
    destination = target(path)
    try:
        previous: int | None = stat.S_IMODE(os.stat(destination).st_mode)
    except OSError:
        previous = None
    temporary = destination.parent / f".engine-{secrets.token_hex(8)}.tmp"
    fd = os.open(temporary, _WRITE_FLAGS, 0o666)  # the umask applies, as to any file the user creates
    try:
        handle = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")
        with handle:
            result = fill(handle)
        if previous is not None:
            os.chmod(temporary, previous)
        os.replace(temporary, destination)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return result


def write_text(path: PathLike, text: str) -> None:
    """Write `text` to `path` atomically (see `write_atomic`)."""
    write_atomic(path, lambda handle: handle.write(text))


def write_bytes(path: PathLike, data: bytes) -> None:
    """Write `data` to `path` atomically (see `write_atomic`)."""
    write_atomic(path, lambda handle: handle.write(data), binary=True)


def _stat(path: PathLike) -> os.stat_result:
    try:
        return os.stat(path)
    except ValueError:
        raise _nul(path) from None


def _nul(path: PathLike) -> OSError:
    return OSError(errno.EINVAL, "invalid file name (it holds a NUL character)", str(path))


def _reason(exc: BaseException) -> str:
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc)


def names_in(folder: PathLike) -> list[str]:
    """The names in `folder`, sorted (none when it cannot be listed); never raises."""
    try:
        with os.scandir(folder) as entries:
            return sorted(entry.name for entry in entries)
    except (OSError, ValueError):
        return []


def subfolders(folder: PathLike) -> list[Path]:
    """The folders in `folder` (links to folders included, loops and dangling links not), sorted by name;
    never raises. The listing's own file types answer, so only links cost a stat."""
    found = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                with contextlib.suppress(OSError):
                    if entry.is_dir():
                        found.append(entry.name)
    except (OSError, ValueError):
        return []
    return [Path(folder) / name for name in sorted(found)]
