"""Read one YAML file into plain data plus a map from key path to where each value was written.

YAML is composed (never constructed by PyYAML), so no tag can run code: only the standard scalar,
mapping and sequence tags are accepted. Duplicate keys, merge keys, oversized files, runaway alias
expansion and deep nesting are rejected with a located `SpecError`. Numbers become exact `int` or
`Fraction` (never float), and mapping keys are always the text that was written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from engine.errors import Location, SpecError
from engine.files import NotRegular, read_regular, real
from engine.limits import MAX_DEPTH, MAX_DIGITS, MAX_FILE_BYTES, MAX_NODES
from engine.spec.document import Document, KeyPath, Span
from engine.spec.numbers import exact_decimal

__all__ = ["Document", "KeyPath", "Span", "parse_document", "read_document", "read_text"]

_TAG = "tag:yaml.org,2002:"
_LOADER = yaml.SafeLoader("")  # only its scalar constructors are used, never construct_object
_SCALARS: dict[str, Any] = {  # tag -> constructor of plain values; anything else is refused
    _TAG + "str": lambda node: str(node.value),
    _TAG + "timestamp": lambda node: str(node.value),  # a date in a `source:` stays text
    _TAG + "int": _LOADER.construct_yaml_int,
    _TAG + "bool": _LOADER.construct_yaml_bool,
    _TAG + "null": _LOADER.construct_yaml_null,
}


def read_document(path: Path, display: str | None = None) -> Document:
    """Read and compose `path`; every problem is a `SpecError` located in the file."""
    name = display or str(path)
    doc = parse_document(read_text(path, name), name)
    return Document(doc.path, doc.data, doc.spans, (str(real(path)),))


def read_text(path: Path, name: str) -> str:
    """The UTF-8 text of a regular file of at most MAX_FILE_BYTES (specs and config.json files)."""
    try:  # /dev/zero or a FIFO would never end or never start: refused before they are opened
        raw = read_regular(path, MAX_FILE_BYTES)
    except NotRegular:
        raise SpecError("not a regular file", Location(name)) from None
    except OSError as exc:
        raise SpecError(f"cannot read file: {exc.strerror or exc}", Location(name)) from None
    if len(raw) > MAX_FILE_BYTES:
        raise SpecError(f"file is over {MAX_FILE_BYTES:,} bytes; the limit is {MAX_FILE_BYTES:,}", Location(name))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SpecError(f"file is not UTF-8 text ({exc.reason} at byte {exc.start})", Location(name)) from None


def _compose(text: str) -> yaml.Node | None:
    """libyaml's composer when present (ten times faster: a spec at the size limit takes a fraction of a
    second); on any problem, PyYAML's own composer, whose messages name the offending character."""
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            return yaml.compose(text, Loader=fast)
        except yaml.YAMLError:
            pass
    return yaml.compose(text, Loader=yaml.SafeLoader)


def parse_document(text: str, name: str) -> Document:
    """Compose YAML text into a `Document` (see the module docstring for what is refused)."""
    try:
        node = _compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = Location(name, mark.line + 1, mark.column + 1) if mark else Location(name)
        problem = exc.problem or exc.context or "invalid YAML"
        raise SpecError(f"YAML syntax: {problem}", where) from None
    except yaml.YAMLError as exc:
        raise SpecError(f"YAML syntax: {exc}", Location(name)) from None
    except RecursionError:
        raise SpecError("YAML is nested too deeply", Location(name)) from None
    if node is None:
        return Document(name, None, {(): Span(Location(name), Location(name))})
    builder = _Builder(name)
    here = builder.location(node)
    data = builder.build(node, (), Span(here, here), 0)
    return Document(name, data, builder.spans)


class _Builder:
    """Turns composed nodes into plain data while recording spans."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.spans: dict[KeyPath, Span] = {}
        self.count = 0

    def location(self, node: yaml.Node) -> Location:
        return Location(self.name, node.start_mark.line + 1, node.start_mark.column + 1)

    def build(self, node: yaml.Node, path: KeyPath, span: Span, depth: int) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise SpecError(f"YAML expands to more than {MAX_NODES:,} values (alias bomb?)", span.value)
        if depth > MAX_DEPTH:
            raise SpecError(f"YAML is nested more than {MAX_DEPTH} levels deep", span.value)
        self.spans[path] = span
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, path, depth)
        if isinstance(node, yaml.SequenceNode):
            self.check_tag(node, _TAG + "seq")
            return [
                self.build(item, (*path, i), self.item_span(item, None), depth + 1) for i, item in enumerate(node.value)
            ]
        return self.scalar(node)

    def item_span(self, node: yaml.Node, key: Location | None) -> Span:
        here = self.location(node)
        text_col = None
        if isinstance(node, yaml.ScalarNode) and node.start_mark.line == node.end_mark.line:
            quoted = node.style in ("'", '"')
            text_col = here.col + (1 if quoted else 0) if node.style in (None, "", "'", '"') else None  # C: ''

        return Span(here, key or here, text_col)

    def mapping(self, node: yaml.MappingNode, path: KeyPath, depth: int) -> dict[str, Any]:
        self.check_tag(node, _TAG + "map")
        out: dict[str, Any] = {}
        first: dict[str, Location] = {}
        for key_node, value_node in node.value:
            key_loc = self.location(key_node)
            if key_node.tag == _TAG + "merge":
                raise SpecError("YAML merge keys ('<<') are not supported; use 'extends:'", key_loc)
            if not isinstance(key_node, yaml.ScalarNode):
                raise SpecError("mapping keys must be plain names, not collections", key_loc)
            if key_node.tag not in _SCALARS and key_node.tag != _TAG + "float":  # keys are read as text
                self.check_tag(key_node, _TAG + "str")
            key = str(key_node.value)
            if key in first:
                seen = first[key]
                raise SpecError(f"duplicate key '{key}' (first defined at line {seen.line})", key_loc)
            first[key] = key_loc
            out[key] = self.build(value_node, (*path, key), self.item_span(value_node, key_loc), depth + 1)
        return out

    def check_tag(self, node: yaml.Node, expected: str) -> None:
        if node.tag != expected:
            raise SpecError(
                f"unsupported YAML tag '{node.tag.replace(_TAG, '!!')}': specs are plain data",
                self.location(node),
            )

    def scalar(self, node: yaml.Node) -> Any:
        text = str(node.value)
        if node.tag in (_TAG + "float", _TAG + "int") and len(text) > MAX_DIGITS:  # before any int() of it
            raise SpecError(f"number '{text[:20]}...' has more than {MAX_DIGITS} digits", self.location(node))
        if node.tag == _TAG + "float":
            try:
                return exact_decimal(text)
            except ValueError as exc:
                raise SpecError(f"'{text}' {exc}", self.location(node)) from None
        construct = _SCALARS.get(node.tag)
        if construct is None:
            raise SpecError(
                f"unsupported YAML tag '{node.tag.replace(_TAG, '!!')}': specs are plain data", self.location(node)
            )
        return construct(node)
