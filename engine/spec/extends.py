"""Resolve `extends:`: merge a spec over the spec it extends, later wins, keeping every value's origin.

Mappings merge key by key; any other value (text, number, list) replaces the inherited one; a key
set to `null` removes the inherited key. The keys in `NOT_INHERITED` describe one file, not a family,
so they are never inherited: `abstract` (a base written to be extended), `mode_default`, `default` and
`docs_table` (the rules a mode or any question uses unless told otherwise, the docs' tables), and
`hf.model_types` (the config.json files *this* spec reads). Each value keeps the `Span` of the file it
came from, so an error in an inherited value points at the parent file. Cycles, chains deeper than
`MAX_EXTENDS_DEPTH` and chains holding more than `MAX_NODES` values in all are errors.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from engine.errors import SpecError
from engine.files import real
from engine.limits import MAX_EXTENDS_DEPTH, MAX_NODES
from engine.spec.document import Document, KeyPath, Span

NOT_INHERITED: tuple[KeyPath, ...] = (
    ("abstract",),
    ("mode_default",),
    ("default",),
    ("docs_table",),
    ("hf", "model_types"),
)

# (reference text, folder of the file that wrote it) -> the parent's path
Finder = Callable[[str, Path], Path]
Reader = Callable[[Path], Document]


def resolve_extends(doc: Document, path: Path, find: Finder, read: Reader) -> Document:
    """`doc` with its `extends:` chain merged in (the result has no `extends` key)."""
    return _resolve(doc, path, find, read, (real(path),), len(doc.spans))


def _resolve(doc: Document, path: Path, find: Finder, read: Reader, chain: tuple[Path, ...], values: int) -> Document:
    data = doc.data
    if not isinstance(data, dict) or "extends" not in data:
        return doc
    ref = data["extends"]
    where = doc.loc(("extends",))
    if not isinstance(ref, str):
        raise SpecError("'extends' must name one spec (a path or a built-in name)", where)
    if len(chain) > MAX_EXTENDS_DEPTH:
        raise SpecError(f"'extends' chain is deeper than {MAX_EXTENDS_DEPTH} specs", where)
    try:
        parent_path = find(ref, path.parent)
    except SpecError as exc:
        raise SpecError(exc.message, where) from None
    if real(parent_path) in chain:
        names = " -> ".join(p.name for p in (*chain, real(parent_path)))
        raise SpecError(f"'extends' cycle: {names}", where)
    parent_doc = read(parent_path)
    values += len(parent_doc.spans)
    if values > MAX_NODES:  # each file is bounded; sixteen full-size files merged would not be
        raise SpecError(f"'extends' chain holds more than {MAX_NODES:,} values in all", where)
    parent = _resolve(parent_doc, parent_path, find, read, (*chain, real(parent_path)), values)
    if isinstance(parent.data, dict) and parent.data.get("kind") != data.get("kind"):
        raise SpecError(
            f"'{ref}' is a spec of kind '{parent.data.get('kind')}', this one is '{data.get('kind')}'", where
        )
    return merge_documents(parent, doc)


def merge_documents(base: Document, over: Document) -> Document:
    """`over` merged onto `base` (see the module docstring); `extends` itself is dropped."""
    spans: dict[KeyPath, Span] = {}
    data = _merge(_drop(base.data, NOT_INHERITED), over.data, (), base, over, spans)
    if isinstance(data, dict):
        data.pop("extends", None)
        spans = {p: s for p, s in spans.items() if p[:1] != ("extends",)}
    return Document(over.path, data, spans, (*base.files, *over.files))


def _merge(old: Any, new: Any, path: KeyPath, base: Document, over: Document, spans: dict[KeyPath, Span]) -> Any:
    if not (isinstance(old, dict) and isinstance(new, dict)):
        _copy_spans(over, path, new, spans)
        return new
    spans[path] = over.spans.get(path) or base.span(path)
    out: dict[str, Any] = {}
    for key, value in old.items():  # the parent's order first, so breakdowns read the same
        if key not in new:
            out[key] = value
            _copy_spans(base, (*path, key), value, spans)
        elif new[key] is not None:  # null deletes an inherited key
            out[key] = _merge(value, new[key], (*path, key), base, over, spans)
    for key, value in new.items():
        if key not in old and value is not None:
            out[key] = value
            _copy_spans(over, (*path, key), value, spans)
    return out


def _copy_spans(doc: Document, path: KeyPath, value: Any, spans: dict[KeyPath, Span]) -> None:
    """The spans of `value` (written at `path` in `doc`) and everything inside it. Walks the value, not
    every span of the file: a merge stays linear in the size of the specs (scanning all spans per key
    took minutes for a parent with 20,000 symbols)."""
    span = doc.spans.get(path)
    if span is not None:
        spans[path] = span
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        _copy_spans(doc, (*path, key), item, spans)


def _drop(data: Any, paths: tuple[KeyPath, ...]) -> Any:
    """A copy of `data` without the values at `paths` (mappings along each path are copied, not changed)."""
    for path in paths:
        data = _drop_one(data, path)
    return data


def _drop_one(data: Any, path: KeyPath) -> Any:
    if not isinstance(data, dict) or path[0] not in data:
        return data
    if len(path) == 1:
        return {k: v for k, v in data.items() if k != path[0]}
    return {**data, path[0]: _drop_one(data[path[0]], path[1:])}
