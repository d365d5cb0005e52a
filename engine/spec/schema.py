"""JSON Schema validation of a resolved document; each violation becomes a located `SpecError`.

The schema is chosen by the document's `kind:` (`schemas/<kind>.schema.json`). Messages are built
from `error.validator` (never from jsonschema's English text), and located by walking
`error.absolute_path` back to the YAML node.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry, Resource

from engine.errors import EngineError, Location, SpecError, SpecErrors, did_you_mean
from engine.limits import MAX_REPORTED
from engine.spec.document import Document
from engine.spec.paths import schema_dir

_LOOKS_NUMERIC = re.compile(r"^[+-]?(\d[\d_]*)(\.\d*)?[eE][+-]?\d+$")
_TYPE_NAMES = {
    "string": "a string",
    "number": "a number",
    "integer": "an integer",
    "object": "a mapping",
    "array": "a list",
    "boolean": "true or false",
    "null": "nothing",
}


def kinds() -> list[str]:
    """The spec kinds that have a schema."""
    return sorted(p.name.removesuffix(".schema.json") for p in schema_dir().glob("*.schema.json"))


@cache
def _registry() -> Registry[Any]:
    """Every schema by its $id, so one schema can use another's definitions."""
    resources = []
    for path in iter_schema_files():
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((contents["$id"], Resource.from_contents(contents)))
    return Registry().with_resources(resources)


@cache
def _validator(kind: str) -> jsonschema.protocols.Validator:
    schema = json.loads((schema_dir() / f"{kind}.schema.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, registry=_registry())


def check_document(doc: Document) -> str:
    """Validate `doc` against the schema of its kind; return the kind or raise located errors."""
    data = doc.data
    if not isinstance(data, dict):
        got = _describe(data)
        raise SpecError(f"a spec must be a mapping with a 'kind:' key, got {got}", doc.loc(()))
    kind = data.get("kind")
    known = kinds()
    if kind not in known:
        where = doc.loc(("kind",)) if "kind" in data else doc.loc(())
        if not isinstance(kind, str):
            raise SpecError("missing 'kind:' (one of " + ", ".join(known) + ")", where)
        raise SpecError(f"unknown kind '{kind}'{did_you_mean(kind, known)}; known: " + ", ".join(known), where)
    found = _without_consequences([best_match([e]) for e in _validator(kind).iter_errors(data)])
    errors = [_to_spec_error(e, doc) for e in found]
    if errors:
        errors.sort(key=lambda e: e.location or Location(""))
        raise errors[0] if len(errors) == 1 else SpecErrors(_unique(errors)[:MAX_REPORTED])
    return str(kind)


def _without_consequences(errors: list[ValidationError]) -> list[ValidationError]:
    """Drop "missing key 'x'" where the same mapping has a misspelt key close to 'x'."""
    typos: dict[tuple[Any, ...], set[str]] = {}
    for error in errors:
        if error.validator == "additionalProperties":
            instance, _ = _fields(error)
            schema: Any = error.schema
            typos.setdefault(tuple(error.absolute_path), set()).update(
                set(instance) - set(schema.get("properties", {}))
            )

    def consequence(error: ValidationError) -> bool:
        extra = typos.get(tuple(error.absolute_path), set())
        _, wanted = _fields(error)
        return error.validator == "required" and any(did_you_mean(k, extra) for k in wanted)

    return [e for e in errors if not consequence(e)]


def _unique(errors: list[SpecError]) -> list[EngineError]:
    seen: set[str] = set()
    out: list[EngineError] = []
    for error in errors:
        if str(error) not in seen:
            seen.add(str(error))
            out.append(error)
    return out


def _to_spec_error(error: ValidationError, doc: Document) -> SpecError:
    path = tuple(error.absolute_path)
    message, where = _MESSAGES.get(str(error.validator), _generic)(error, doc, path)
    return SpecError(message, where)


Located = tuple[str, Location]


def _fields(error: ValidationError) -> tuple[Any, Any]:
    """The offending instance and the schema keyword's value (typed loosely on purpose)."""
    instance: Any = error.instance
    value: Any = error.validator_value
    return instance, value


def _required(error: ValidationError, doc: Document, path: tuple[Any, ...]) -> Located:
    instance, wanted = _fields(error)
    present = set(instance) if isinstance(instance, dict) else set()
    missing = [k for k in wanted if k not in present]
    owner = f" in '{path[-1]}'" if path else ""
    return f"missing required key '{missing[0]}'{owner}", doc.span(path).key


def _additional(error: ValidationError, doc: Document, path: tuple[Any, ...]) -> Located:
    instance, _ = _fields(error)
    schema: Any = error.schema
    allowed = set(schema.get("properties", {}))
    extra = [k for k in instance if k not in allowed]
    key = extra[0] if extra else "?"
    choices = ", ".join(sorted(allowed))
    hint = ""
    texts = [v for v in instance.values() if isinstance(v, str)]
    if " " in key.strip() or any(t.count("(") > t.count(")") for t in texts):
        # `{description: a, b}` or `{expr: max(1, x)}`: the comma ended the text and began a key
        hint = "; in a {...} mapping a comma starts a new key: quote text that contains commas"
    message = f"unknown key '{key}'{did_you_mean(key, allowed)}; expected one of: {choices}{hint}"
    return message, doc.span((*path, key)).key


def _type(error: ValidationError, doc: Document, path: tuple[Any, ...]) -> Located:
    instance, value = _fields(error)
    wanted = value if isinstance(value, list) else [value]
    expected = " or ".join(_TYPE_NAMES.get(str(t), str(t)) for t in wanted)
    message = f"expected {expected}, got {_describe(instance)}"
    if "number" in wanted and isinstance(instance, str) and _LOOKS_NUMERIC.match(instance):
        message += f"; YAML reads '{instance}' as text: write it with a dot and a sign, e.g. 80.0e+9"
    return message, doc.loc(path)


def _enum(error: ValidationError, doc: Document, path: tuple[Any, ...]) -> Located:
    instance, value = _fields(error)
    options = [str(o) for o in value]
    hint = did_you_mean(str(instance), options)
    return f"'{instance}' is not allowed{hint}; expected one of: " + ", ".join(options), doc.loc(path)


def _const(error: ValidationError, doc: Document, path: tuple[Any, ...]) -> Located:
    return f"expected '{error.validator_value}', got {_describe(error.instance)}", doc.loc(path)


def _pattern(error: ValidationError, doc: Document, path: tuple[Any, ...]) -> Located:
    # Under propertyNames the path is the mapping and the instance is the offending key itself.
    instance, _ = _fields(error)
    key_span = doc.spans.get((*path, instance)) if isinstance(instance, str) else None
    if key_span is not None:
        return _bad_name(instance), key_span.key
    return _bad_name(str(instance)), doc.loc(path)


def _last(path: tuple[Any, ...]) -> str:
    return str(path[-1]) if path else ""


def _bad_name(name: str) -> str:
    return f"'{name}' is not a valid name: use letters, digits and '_' (and '-' or '.' in spec and preset names)"


def _too_few(error: ValidationError, doc: Document, path: tuple[Any, ...]) -> Located:
    return f"'{_last(path) or 'document'}' must not be empty", doc.loc(path)


def _too_long(error: ValidationError, doc: Document, path: tuple[Any, ...]) -> Located:
    return f"'{error.instance}' is longer than {error.validator_value} characters", doc.loc(path)


def _generic(error: ValidationError, doc: Document, path: tuple[Any, ...]) -> Located:
    return f"invalid value ({error.validator} {error.validator_value!r})", doc.loc(path)


_MESSAGES: dict[str, Callable[[ValidationError, Document, tuple[Any, ...]], Located]] = {
    "required": _required,
    "additionalProperties": _additional,
    "type": _type,
    "enum": _enum,
    "const": _const,
    "pattern": _pattern,
    "minProperties": _too_few,
    "maxLength": _too_long,
}


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"'{str(value).lower()}'"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"text '{value}'"
    return f"'{value}'"


def iter_schema_files() -> Iterator[Path]:
    """Every schema file (for tests that check them)."""
    yield from sorted(schema_dir().glob("*.schema.json"))
