"""Read a Hugging Face config.json into symbol values, as the spec's `hf:` section says.

    config.json -> model_type picks the spec -> each key becomes a symbol's value -> keys the file
    leaves out take the config class's default (`hf.defaults`) or the symbol's own default

The result is a `ConfigValues` that engine.evaluate.assign uses in place of a preset. JSON is read twice:
by `json` (exact numbers, JSON's own syntax errors) and composed as YAML (JSON is YAML) by
engine.spec.source, only to locate every value as `config.json:LINE:COL`. Nothing is downloaded:
`find_cached_config` looks in the local Hugging Face cache and nowhere else.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any, NamedTuple

from engine.errors import Location, Problem, SpecError, UsageError, did_you_mean
from engine.files import is_dir, is_file, read_regular, real, status, subfolders
from engine.limits import MAX_DIGITS, MAX_MODEL_ID, MAX_REF_BYTES
from engine.spec.document import Document, Span
from engine.spec.hf_model_type import spec_for
from engine.spec.load import load_spec
from engine.spec.numbers import exact_decimal
from engine.spec.parse import text_of
from engine.spec.paths import display_path
from engine.spec.types import HFKey, HFSection, Spec, Text

CONFIG_NAME = "config.json"
_MODEL_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)?$")
_REVISION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")  # one folder name: a commit hash, no '/' or '..'


@dataclass(frozen=True)
class ConfigValues:
    """Symbol values read from a file (a Hugging Face config.json); they take the place of a preset."""

    path: str
    values: Mapping[str, Text]


class HFImport(NamedTuple):
    """The spec a config.json is read with, and the values it gives."""

    spec: Path
    config: ConfigValues


def values_from_hf_config(path: Path | str, spec_dirs: Sequence[Path | str] = (), spec: Path | None = None) -> HFImport:
    """The spec for config.json at `path` (a file, or a folder holding one) and its symbol values.

    `model_type` picks the spec among every spec on the search path (yours first), unless `spec`
    names one. Every problem is a `SpecError` located in config.json or in the spec.
    """
    doc = read_config(Path(path))
    model_type = doc.data.get("model_type")
    if spec is None:
        spec = spec_for(doc, model_type, spec_dirs)
    loaded = load_spec(spec, spec_dirs)
    hf = _section(loaded)
    if model_type is not None and hf.model_types and model_type not in hf.model_types:
        raise SpecError(
            f"model_type '{model_type}' is not one that spec '{loaded.name}' reads ("
            + ", ".join(hf.model_types)
            + "); leave out the spec to pick one by model_type",
            doc.loc(("model_type",)),
        )
    return HFImport(spec, ConfigValues(doc.path, read_values(doc, loaded)))


def read_config(path: Path) -> Document:
    """config.json (or the config.json in folder `path`) as data with a location for every value."""
    file = _config_file(path)
    name = display_path(file)
    from engine.spec.source import parse_document, read_text  # YAML only when a config.json is read

    text = read_text(file, name)  # a regular file of bounded size, UTF-8
    try:
        data = json.loads(text, parse_float=_float, parse_int=_int, parse_constant=str)  # exact; NaN stays text
    except json.JSONDecodeError as exc:
        raise SpecError(f"invalid JSON: {exc.msg}", Location(name, exc.lineno, exc.colno)) from None
    except RecursionError:
        raise SpecError("invalid JSON: nested too deeply", Location(name)) from None
    if not isinstance(data, dict):
        raise SpecError("a config.json must hold one JSON object ({...})", Location(name))
    try:  # a raw tab can only be whitespace in valid JSON, and a space keeps every column
        spans = parse_document(text.replace("\t", " "), name).spans
    except SpecError:
        spans = {}  # JSON that YAML cannot compose: problems are then located at the file's start
    return Document(name, data, spans)


class _BadNumber(NamedTuple):
    """A JSON number too long to build exactly (1e-99999999 is a number of 330 million bits; int() refuses
    more than 4,300 digits): an error when a key the spec reads holds it, harmless anywhere else."""

    text: str
    reason: str


def _float(text: str) -> Fraction | int | _BadNumber:
    try:
        return exact_decimal(text)
    except ValueError as exc:
        return _BadNumber(text, str(exc))


def _int(text: str) -> int | _BadNumber:
    return int(text) if len(text) <= MAX_DIGITS else _BadNumber(text, f"has more than {MAX_DIGITS} digits")


def _config_file(path: Path) -> Path:
    """`path` itself, or the config.json in folder `path` (a snapshot, or a cache folder models--org--name)."""
    if not is_dir(path):
        return path
    if is_file(path / CONFIG_NAME):
        return path / CONFIG_NAME
    if is_dir(path / "snapshots"):
        return _snapshot_config(path, str(path))
    raise SpecError(f"no {CONFIG_NAME} in folder {display_path(path)}")


def _section(spec: Spec) -> HFSection:
    if spec.hf is None:
        raise SpecError(f"spec '{spec.name}' has no 'hf:' section, so it cannot read config.json", Location(spec.path))
    return spec.hf


def read_values(doc: Document, spec: Spec) -> dict[str, Text]:
    """Symbol -> value text (located in config.json, or in the spec for defaults) for `spec`."""
    hf = _section(spec)
    values = dict(_architecture_values(doc, spec.name, hf))
    keys_of: dict[str, list[HFKey]] = {}
    for entry in hf.keys:
        keys_of.setdefault(entry.symbol, []).append(entry)
    flags = {s.name for s in spec.symbols if s.domain == "flag"}
    for name, entries in keys_of.items():
        found = _first_value(doc, entries, hf, name in flags)
        if found is not None:
            values[name] = found
    for symbol in spec.symbols:
        if symbol.name in values or symbol.default is not None:
            continue
        if symbol.name in keys_of:
            names = " or ".join(f"'{e.key}'" for e in keys_of[symbol.name])
            raise SpecError(
                f"no {names} in {doc.path}: spec '{spec.name}' needs it for '{symbol.name}', which has no default",
                doc.loc(()),
            )
        raise SpecError(f"no config key gives '{symbol.name}', which has no default (add it to hf.keys)", hf.span.key)
    return values


def _first_value(doc: Document, entries: list[HFKey], hf: HFSection, flag: bool) -> Text | None:
    """The first key present wins; an explicit null means the symbol's default (or the key's `if_null`)."""
    present = [e for e in entries if e.key in doc.data]
    for entry in present:
        raw, span = doc.data[entry.key], doc.span((entry.key,))
        if raw is not None:
            return convert(entry, raw, span, flag)
        if entry.if_null is not None:
            return Text(entry.if_null.text, span)
    if present:
        return None
    for entry in entries:
        if entry.key in hf.defaults:
            return convert(entry, hf.defaults[entry.key], hf.default_spans[entry.key], flag)
    return None


def convert(entry: HFKey, raw: Any, span: Span, flag: bool = True) -> Text:
    """A config value as expression text: true/false -> 1/0 (for a flag symbol only), numbers exactly,
    text through `values`."""
    if isinstance(raw, _BadNumber):
        shown = raw.text if len(raw.text) <= 40 else raw.text[:40] + "..."
        raise SpecError(f"'{entry.key}' is {shown}, which {raw.reason}", span.value)
    if isinstance(raw, bool):
        if not flag:
            raise SpecError(f"'{entry.key}' must be a number, got {str(raw).lower()}", span.value)
        return Text("1" if raw else "0", span)
    if isinstance(raw, int | Fraction):
        return Text(text_of(raw), span)
    if isinstance(raw, str) and entry.values:
        if raw not in entry.values:
            known = ", ".join(entry.values)
            hint = did_you_mean(raw, entry.values)
            raise SpecError(f"'{entry.key}' is '{raw}'{hint}; the spec knows: {known}", span.value)
        return Text(entry.values[raw].text, span)
    kind = f"text '{raw}'" if isinstance(raw, str) else type(raw).__name__.replace("dict", "an object")
    raise SpecError(f"'{entry.key}' must be a number or true/false, got {kind}", span.value)


def _architecture_values(doc: Document, name: str, hf: HFSection) -> Mapping[str, Text]:
    """The symbol values implied by the model class config.json names (its first `architectures` entry)."""
    classes = doc.data.get("architectures")
    if not hf.architectures or not isinstance(classes, list) or not classes:
        return {}
    chosen = classes[0]
    if not isinstance(chosen, str):
        shown = type(chosen).__name__.replace("dict", "an object").replace("list", "a list")
        raise SpecError(f"'architectures' must list class names (text), got {shown}", doc.loc(("architectures", 0)))
    if chosen not in hf.architectures:
        known = ", ".join(hf.architectures)
        raise SpecError(
            f"spec '{name}' counts {known}, not '{chosen}'{did_you_mean(str(chosen), hf.architectures)}",
            doc.loc(("architectures", 0)),
        )
    return hf.architectures[chosen]


def check_defaults(spec: Spec) -> Iterator[Problem]:
    """What `engine validate` adds to engine.spec.checks for an `hf:` section: each default converts."""
    if spec.hf is None:
        return
    entries = {e.key: e for e in spec.hf.keys}
    for key, value in spec.hf.defaults.items():
        if key not in entries:
            continue  # engine.spec.checks reports it
        symbol = spec.symbol(entries[key].symbol)
        try:
            convert(entries[key], value, spec.hf.default_spans[key], symbol is not None and symbol.domain == "flag")
        except SpecError as exc:
            yield Problem(exc.message, location=exc.location)


def find_cached_config(model_id: str, environ: Mapping[str, str] | None = None) -> Path:
    """config.json of `model_id` (org/name) in the local Hugging Face cache; nothing is downloaded."""
    if not _MODEL_ID.match(model_id) or ".." in model_id or len(model_id) > MAX_MODEL_ID:
        raise UsageError(f"'{model_id}' is not a model id such as meta-llama/Llama-2-7b-hf")
    cache = hub_cache(os.environ if environ is None else environ)
    return _snapshot_config(cache / ("models--" + model_id.replace("/", "--")), model_id, cache)


def hub_cache(environ: Mapping[str, str]) -> Path:
    """The hub cache folder, as huggingface_hub finds it: HF_HUB_CACHE, HF_HOME/hub, XDG_CACHE_HOME, ~/.cache."""
    for name, tail in (("HF_HUB_CACHE", ()), ("HUGGINGFACE_HUB_CACHE", ()), ("HF_HOME", ("hub",))):
        if environ.get(name):
            return Path(environ[name]).expanduser().joinpath(*tail)
    base = Path(environ["XDG_CACHE_HOME"]) if environ.get("XDG_CACHE_HOME") else Path.home() / ".cache"
    return base / "huggingface" / "hub"


def _snapshot_config(repo: Path, model_id: str, cache: Path | None = None) -> Path:
    """The config.json of the snapshot `refs/main` points at, else of the newest snapshot. Only files
    inside the model's folder are read (its snapshots link to its own blobs)."""
    snapshots = repo / "snapshots"
    candidates = [_ref_snapshot(repo) / CONFIG_NAME] if is_file(repo / "refs" / "main") else []
    found = [p for p in (s / CONFIG_NAME for s in subfolders(snapshots)) if is_file(p)]  # a broken link is no config
    candidates += sorted(found, key=lambda p: getattr(status(p), "st_mtime_ns", 0), reverse=True)
    inside = real(repo)
    for candidate in candidates:
        if is_file(candidate) and real(candidate).is_relative_to(inside):
            return candidate
    where = display_path(cache or repo)
    raise SpecError(
        f"no config.json for '{model_id}' in the Hugging Face cache ({where}); engine never downloads: "
        f"fetch it once with `huggingface-cli download {model_id} config.json`, or pass --hf-config PATH"
    )


def _ref_snapshot(repo: Path) -> Path:
    """The snapshot folder `refs/main` names: one revision (a commit hash), read bounded, never a path."""
    ref = repo / "refs" / "main"
    where = Location(display_path(ref))
    try:
        raw = read_regular(ref, MAX_REF_BYTES)
    except OSError as exc:
        raise SpecError(f"cannot read file: {exc.strerror or exc}", where) from None
    if len(raw) > MAX_REF_BYTES:
        raise SpecError(f"file is over {MAX_REF_BYTES} bytes: not a revision", where)
    try:
        revision = raw.decode("ascii").strip()
    except UnicodeDecodeError:
        raise SpecError("not a revision (not ASCII text)", where) from None
    if not _REVISION.match(revision):
        raise SpecError("not a revision: refs/main must name one snapshot of this model's folder", where)
    return repo / "snapshots" / revision
