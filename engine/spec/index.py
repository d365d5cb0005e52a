"""What the search path holds, by name: each file's kind, the presets of the architectures, GPU names and
aliases, the model types config.json files can name, and the rules' vocabulary (modes, options with
their choices, command-line flags, layout symbols) that the command line is built from.

The index comes from a cheap read of every file (YAML composed and `extends:` merged, no schema): a
broken file is simply left out, and `engine validate` reports it. It is kept on disk (engine.cache),
keyed by every file's path, size and modification time, and in memory for the process.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from engine import cache
from engine.errors import EngineError
from engine.files import real
from engine.spec import fresh
from engine.spec.document import Document
from engine.spec.looks import freeze, look


@dataclass(frozen=True)
class OptionEntry:
    name: str
    default: str
    choices: tuple[tuple[str, str], ...]  # (choice, description)
    description: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class FlagEntry:
    """A rules symbol set by a command-line flag."""

    name: str
    description: str
    domain: str
    default: str | None = None


@dataclass(frozen=True)
class RulesEntry:
    name: str
    path: str
    mode: str | None
    mode_default: bool
    default: bool = False  # the rules used when neither --mode, --rules nor the model names any
    docs_table: int = 0  # where the generated docs pages show the fewest GPUs with these rules (0: not)
    description: str = ""
    options: tuple[OptionEntry, ...] = ()
    flags: tuple[FlagEntry, ...] = ()
    layout: tuple[tuple[str, str], ...] = ()  # (role, symbol)
    views: tuple[str, ...] = ()  # the file's own views (an extending file may inherit others)
    ranks: tuple[tuple[str, str], ...] = ()  # engine plan's rankings (name, description), the default first
    targets: tuple[tuple[str, str], ...] = ()  # engine plan's targets (name, description)


@dataclass(frozen=True)
class Index:
    kinds: dict[str, str] = field(default_factory=dict)  # path -> kind
    presets: dict[str, str] = field(default_factory=dict)  # preset -> architecture path (first on the path wins)
    hardware: dict[str, str] = field(default_factory=dict)  # GPU name or alias (lower case) -> path
    gpu_names: tuple[str, ...] = ()
    model_types: dict[str, str] = field(default_factory=dict)  # config.json model_type -> architecture path
    rules: tuple[RulesEntry, ...] = ()

    def modes(self) -> dict[str, RulesEntry]:
        """mode -> the rules it uses unless --rules says otherwise (the first on the search path)."""
        out: dict[str, RulesEntry] = {}
        for entry in self.rules:
            if entry.mode and entry.mode_default:
                out.setdefault(entry.mode, entry)
        return out

    def rules_named(self, name: str) -> RulesEntry | None:
        return next((r for r in self.rules if r.name == name or Path(r.path).stem == name), None)


_MEMORY: dict[str, Index] = {}
_SEEN: dict[tuple[str, ...], Index] = {}  # search path -> its index, as last looked at
_SNAPSHOT = {"on": False}


def snapshot() -> None:
    """From now on, look at each search path's files once: a command-line process answers from the
    files as they were when it started (one scan instead of one per lookup, nine in a `solve`). A
    long-running process (the Python API) does not call this: each lookup sees a changed file."""
    _SNAPSHOT["on"] = True
    freeze()
    fresh.freeze()


def build_index(folders: Sequence[Path], read: Callable[[Path], Document]) -> Index:
    """The index of every spec in `folders` (see the module docstring)."""
    where = tuple(str(f) for f in folders)
    seen = _SEEN.get(where) if _SNAPSHOT["on"] else None
    if seen is not None:
        return seen
    found = look(folders)  # engine.spec.looks: a stat per folder and file while nothing has changed
    key, files = found.key, found.files
    index = _MEMORY.get(key)
    if index is not None:
        _SEEN[where] = index
        return index
    stored = cache.load("index", key)
    index = _decode(stored) if stored is not None else None
    if index is None:
        docs: list[Document] = []
        index = _build([p for _, p in files], read, docs)
        # the key stamps the files on the search path; what they extend from elsewhere is hashed
        stamped = {str(real(path)) for _, path in files}
        others = {f for d in docs for f in d.files if f not in stamped}
        absent = {f for d in docs for f in d.absent}
        cache.store("index", key, others, asdict(index), absent, {f for d in docs for f in d.listings})
    _MEMORY[key] = _SEEN[where] = index
    return index


def _build(paths: Sequence[Path], read: Callable[[Path], Document], docs: list[Document]) -> Index:
    kinds: dict[str, str] = {}
    presets: dict[str, str] = {}
    hardware: dict[str, str] = {}
    names: list[str] = []
    model_types: dict[str, str] = {}
    rules: list[RulesEntry] = []
    for path in paths:
        try:
            doc = read(path)
        except (EngineError, RecursionError):
            continue
        docs.append(doc)
        data = doc.data
        if not isinstance(data, dict) or not isinstance(data.get("kind"), str) or not isinstance(data.get("name"), str):
            continue
        kind, where = data["kind"], str(path)
        kinds[where] = kind
        if kind == "architecture":
            for preset in _mapping(data.get("presets")):
                presets.setdefault(preset, where)
            if not data.get("abstract"):
                for model_type in _strings(_mapping(data.get("hf")).get("model_types")):
                    model_types.setdefault(model_type, where)
        elif kind == "hardware":
            names.append(data["name"])
            for name in (data["name"], *_strings(data.get("aliases"))):
                hardware.setdefault(name.lower(), where)
        elif kind == "rules" and not data.get("abstract"):
            rules.append(_rules_entry(data, where))
    return Index(kinds, presets, hardware, tuple(sorted(names)), model_types, tuple(rules))


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _integer(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _rules_entry(data: dict[str, Any], path: str) -> RulesEntry:
    options = []
    for name, info in _mapping(data.get("options")).items():
        info = _mapping(info)
        choices = tuple(
            (c, _text(_mapping(body).get("description"))) for c, body in _mapping(info.get("choices")).items()
        )
        default = info.get("default")
        options.append(
            OptionEntry(
                name,
                default if isinstance(default, str) else "",
                choices,
                _text(info.get("description")),
                tuple(_strings(info.get("aliases"))),
            )
        )
    flags = []
    for name, info in _mapping(data.get("symbols")).items():
        info = _mapping(info)
        if info.get("flag") is True:
            default = info.get("default")
            flags.append(
                FlagEntry(
                    name,
                    _text(info.get("description")),
                    _text(info.get("domain")) or "positive_integer",
                    None if default is None else str(default),
                )
            )
    axes = _mapping(_mapping(data.get("layout")).get("axes"))
    layout = []
    for role, entry in axes.items():
        symbol = entry if isinstance(entry, str) else _mapping(entry).get("symbol")
        if isinstance(symbol, str):
            layout.append((role, symbol))
    plan = _mapping(data.get("plan"))
    ranks = tuple((n, _text(_mapping(v).get("description"))) for n, v in _mapping(plan.get("rank")).items())
    targets = tuple((n, _text(_mapping(v).get("description"))) for n, v in _mapping(plan.get("targets")).items())
    mode = data.get("mode")
    return RulesEntry(
        data["name"],
        path,
        mode if isinstance(mode, str) else None,
        data.get("mode_default") is True,
        data.get("default") is True,
        _integer(data.get("docs_table")),
        _text(data.get("description")),
        tuple(options),
        tuple(flags),
        tuple(layout),
        tuple(n for n in _mapping(data.get("views")) if isinstance(n, str)),
        ranks,
        targets,
    )


def _decode(data: Any) -> Index | None:
    """An index from its cached form (None when it does not have that form)."""
    try:
        rules = tuple(
            RulesEntry(
                r["name"],
                r["path"],
                r["mode"],
                bool(r["mode_default"]),
                bool(r["default"]),
                int(r["docs_table"]),
                r["description"],
                tuple(
                    OptionEntry(
                        o["name"],
                        o["default"],
                        tuple((c, d) for c, d in o["choices"]),
                        o["description"],
                        tuple(o["aliases"]),
                    )
                    for o in r["options"]
                ),
                tuple(FlagEntry(f["name"], f["description"], f["domain"], f["default"]) for f in r["flags"]),
                tuple((role, symbol) for role, symbol in r["layout"]),
                tuple(r["views"]),
                tuple((n, d) for n, d in r["ranks"]),
                tuple((n, d) for n, d in r["targets"]),
            )
            for r in data["rules"]
        )
        index = Index(
            dict(data["kinds"]),
            dict(data["presets"]),
            dict(data["hardware"]),
            tuple(data["gpu_names"]),
            dict(data["model_types"]),
            rules,
        )
    except (KeyError, TypeError, ValueError):
        return None
    tables = (index.kinds, index.presets, index.hardware, index.model_types)
    if not all(isinstance(k, str) and isinstance(v, str) for table in tables for k, v in table.items()):
        return None
    return index
