"""Build the symbolic model of a spec: sympy symbols, named quantities in dependency order.

Name lookup in an expression, in order: a declared symbol; the nearest quantity of that name in
the enclosing groups (siblings first, then each ancestor's siblings, then the top level); a
quantity of that name anywhere, when there is exactly one. A reference to a group is the group's
value (its `repeat` times the sum of its parts). Unknown names, ambiguous names, name clashes and
dependency cycles are located `SpecError`s.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import sympy

from engine.build.bounds import check_size
from engine.build.expr import build_expression
from engine.build.phases import phase_weights
from engine.errors import SpecError, did_you_mean, unknown
from engine.spec.expressions import FUNCTIONS, Parsed, parse_expression
from engine.spec.graph import toposort
from engine.spec.types import DOMAINS, Node, Spec, Symbol, Text

# sympy's assumptions for each domain of engine.spec.types.DOMAINS (so sympy can simplify and solve)
ASSUMPTIONS: dict[str, Mapping[str, bool]] = {
    "positive_integer": {"integer": True, "positive": True},
    "nonnegative_integer": {"integer": True, "nonnegative": True},
    "flag": {"integer": True, "nonnegative": True},
    "positive": {"positive": True, "rational": True},
    "nonnegative": {"nonnegative": True, "rational": True},
    "fraction": {"positive": True, "rational": True},
}
assert set(ASSUMPTIONS) == set(DOMAINS)


@dataclass(frozen=True)
class Quantity:
    """A built quantity: `value` of one instance, `weight` = product of the enclosing repeats."""

    node: Node
    value: Any
    weight: Any
    repeat: Any = 1  # a group's built `repeat` expression
    slot: str = ""  # the name this quantity's value has in `Model.plan`

    @property
    def key(self) -> str:
        return self.node.key or self.node.name

    @property
    def contribution(self) -> Any:
        """What this quantity adds to the total: weight x value."""
        return self.weight * self.value


@dataclass(frozen=True)
class Model:
    """The symbolic model of one spec."""

    spec: Spec
    symbols: Mapping[str, sympy.Symbol]
    defaults: Mapping[str, Any]  # symbol name -> default expression, in dependency order
    total: Quantity
    parts: tuple[Quantity, ...]  # every quantity below the total, parents before children
    derived: tuple[Quantity, ...]
    phases: tuple[Quantity, ...] = ()
    block: tuple[Quantity, ...] = ()  # what one layer holds for memory (architectures), as values
    # Every quantity (and group repeat) once, in dependency order, as an expression over symbols and the
    # slots of the quantities it uses: evaluating the plan in order computes everything without
    # repeating shared work (engine.build.compile makes programs of it).
    plan: tuple[tuple[str, Any], ...] = ()
    # phase -> {leaf path: how much of it is alive in that phase}; built once with the model
    phase_weights: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    # every option choice's value expressions, built once (keyed by the text as written)
    choice_exprs: Mapping[Text, Any] = field(default_factory=dict)
    # the architecture's linear layers: name -> (in, out, count, is the output layer), as expressions
    linears: Mapping[str, tuple[Any, Any, Any, bool]] = field(default_factory=dict)

    def declared(self, name: str) -> Symbol:
        found = self.spec.symbol(name)
        assert found is not None
        return found

    @cached_property
    def leaves_under(self) -> dict[str, tuple[str, ...]]:
        """Each part's key -> the keys of the leaves it holds (itself, for a leaf)."""
        leaves = [q.key for q in self.parts if not q.node.is_group]
        return {
            q.key: (q.key,) if not q.node.is_group else tuple(k for k in leaves if k.startswith(q.key + "/"))
            for q in self.parts
        }

    def find(self, name: str) -> Quantity | None:
        """A quantity by path (`layers/mlp`), by unique name (`mlp`), or the total's name."""
        everything = (self.total, *self.parts, *self.derived)
        by_key = [q for q in everything if q.key == name]
        by_name = [q for q in everything if q.node.name == name]
        found = by_key or by_name
        return found[0] if found else None

    def leaves(self) -> Iterator[Quantity]:
        return (q for q in self.parts if not q.node.is_group)


def build_model(spec: Spec) -> Model:
    """Parse every expression, resolve names, order by dependency and build sympy expressions."""
    symbols = {s.name: sympy.Symbol(s.name, **ASSUMPTIONS[s.domain]) for s in spec.symbols}
    defaults = _build_defaults(spec, symbols)
    graph = _Graph(spec, set(symbols))
    built: dict[int, Any] = {}
    for node in graph.order():
        built[id(node)] = graph.build(node, symbols, built)
    weights = _weights(spec.total, sympy.Integer(1), graph.repeats)
    one = sympy.Integer(1)
    slot = graph.slot
    parts = tuple(
        Quantity(n, built[id(n)], weights[id(n)], graph.repeats.get(id(n), one), slot(n))
        for n in spec.total.walk()
        if n is not spec.total
    )
    derived = tuple(Quantity(n, built[id(n)], one, one, slot(n)) for n in spec.derived)
    phases = tuple(Quantity(n, built[id(n)], one, one, slot(n)) for n in spec.phases)
    block = tuple(Quantity(n, built[id(n)], one, one, slot(n)) for n in spec.block)
    total = Quantity(spec.total, built[id(spec.total)], one, one, slot(spec.total))
    alive = phase_weights(spec, parts, symbols)
    choices = _choice_exprs(spec, symbols)
    layers = _linears(spec, symbols)
    plan = tuple(graph.plan)
    return Model(spec, symbols, defaults, total, parts, derived, phases, block, plan, alive, choices, layers)


def _linears(spec: Spec, symbols: Mapping[str, Any]) -> dict[str, tuple[Any, Any, Any, bool]]:
    """`linears:` as expressions over the symbols (names checked, located)."""
    out: dict[str, tuple[Any, Any, Any, bool]] = {}
    for linear in spec.linears:
        exprs = []
        for text in (linear.inputs, linear.outputs, linear.count):
            parsed = parse_expression(text.text, text.span)
            for used in sorted(parsed.names - set(symbols)):
                raise SpecError(f"unknown symbol '{used}' in linear '{linear.name}'", parsed.locate(used))
            exprs.append(build_expression(parsed, symbols))
        out[linear.name] = (exprs[0], exprs[1], exprs[2], linear.output)
    return out


def _choice_exprs(spec: Spec, symbols: Mapping[str, Any]) -> dict[Text, Any]:
    """Each option choice's symbol values as expressions over the symbols (names checked, located)."""
    out: dict[Text, Any] = {}
    for option in spec.options:
        for choice in option.choices:
            for text in choice.values.values():
                parsed = parse_expression(text.text, text.span)
                for used in sorted(parsed.names - set(symbols)):
                    raise SpecError(unknown("symbol", used, symbols), parsed.locate(used))
                out[text] = build_expression(parsed, symbols)
    return out


def _weights(node: Node, weight: Any, repeats: Mapping[int, Any]) -> dict[int, Any]:
    out = {id(node): weight}
    inner = weight * repeats.get(id(node), 1)
    for part in node.parts:
        out.update(_weights(part, inner, repeats))
    return out


def _build_defaults(spec: Spec, symbols: Mapping[str, sympy.Symbol]) -> dict[str, Any]:
    parsed = {s.name: parse_expression(s.default.text, s.default.span) for s in spec.symbols if s.default}
    known = set(symbols)
    for name, tree in parsed.items():
        for used in sorted(tree.names - known):
            raise SpecError(
                f"unknown symbol '{used}' in the default of '{name}'{did_you_mean(used, symbols)}"
                " (defaults may use only symbols)",
                tree.locate(used),
            )
    names = set(parsed)
    order = toposort(list(parsed), lambda n: sorted(parsed[n].names & names), lambda n: parsed[n].span.at(0))
    return {name: build_expression(parsed[name], symbols) for name in order}


class _Graph:
    """Quantities, their parsed expressions and what each depends on."""

    def __init__(self, spec: Spec, symbols: set[str]) -> None:
        self.spec, self.symbols = spec, symbols
        self.repeats: dict[int, Any] = {}  # id(group) -> its built repeat expression
        self.plan: list[tuple[str, Any]] = []  # (slot, expression over symbols and earlier slots)
        self.derived_ids = {id(d) for d in (*spec.derived, *spec.phases, *spec.block)}
        self.phase_ids = {id(p) for p in spec.phases}
        self.block_ids = {id(b) for b in spec.block}
        self.parents: dict[int, Node] = {}
        self.nodes: list[Node] = [*spec.total.walk(), *spec.derived, *spec.phases, *spec.block]
        for node in spec.total.walk():
            for part in node.parts:
                self.parents[id(part)] = node
        self.by_name: dict[str, list[Node]] = {}
        for node in self.nodes:
            self.by_name.setdefault(node.name, []).append(node)
        self.parsed: dict[int, list[Parsed]] = {id(n): self._parse(n) for n in self.nodes}
        self.deps: dict[int, list[Node]] = {id(n): self._dependencies(n) for n in self.nodes}

    def _parse(self, node: Node) -> list[Parsed]:
        texts = [t for t in (node.expr, node.repeat) if t is not None]
        return [parse_expression(t.text, t.span) for t in texts]

    def _dependencies(self, node: Node) -> list[Node]:
        deps = list(node.parts)
        for parsed in self.parsed[id(node)]:
            for name in sorted(parsed.names - self.symbols):
                deps.append(self.resolve(name, node, parsed))
        return deps

    def resolve(self, name: str, node: Node, parsed: Parsed) -> Node:
        scope = self.parents.get(id(node), None if id(node) in self.derived_ids else self.spec.total)
        while scope is not None:
            match = next((p for p in scope.parts if p.name == name), None)
            if match is not None:
                return match
            scope = self.parents.get(id(scope))
        derived = next((d for d in (*self.spec.derived, *self.spec.phases, *self.spec.block) if d.name == name), None)
        if derived is not None:
            return derived
        if name == self.spec.total.name:
            return self.spec.total
        top = next((p for p in self.spec.total.parts if p.name == name), None)
        candidates = [top] if top else self.by_name.get(name, [])
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            paths = ", ".join(c.key for c in candidates)
            raise SpecError(f"ambiguous name '{name}': it could be any of {paths}", parsed.locate(name))
        known = [*self.symbols, *self.by_name, *FUNCTIONS]
        raise SpecError(unknown("name", name, known), parsed.locate(name))

    def order(self) -> list[Node]:
        index = {id(n): n for n in self.nodes}
        keys = toposort(
            [id(n) for n in self.nodes],
            lambda k: [id(d) for d in self.deps[k]],
            lambda k: _where(index[k]),
            label=lambda k: index[k].key or index[k].name,
        )
        return [index[k] for k in keys]

    def build(self, node: Node, symbols: Mapping[str, Any], built: Mapping[int, Any]) -> Any:
        parsed = self.parsed[id(node)]

        def env(tree: Parsed) -> dict[str, Any]:
            return {n: symbols[n] if n in symbols else built[id(self.resolve(n, node, tree))] for n in tree.names}

        def slots(tree: Parsed) -> dict[str, Any]:
            return {
                n: symbols[n] if n in symbols else sympy.Symbol(self.slot(self.resolve(n, node, tree)))
                for n in tree.names
            }

        if not node.is_group:
            self.plan.append((self.slot(node), build_expression(parsed[0], slots(parsed[0]))))
            return build_expression(parsed[0], env(parsed[0]))
        total = sympy.Add(*(built[id(p)] for p in node.parts))
        children = sympy.Add(*(sympy.Symbol(self.slot(p)) for p in node.parts))
        if node.repeat is None:
            self.plan.append((self.slot(node), children))
            return total
        repeat = build_expression(parsed[0], env(parsed[0]))
        self.repeats[id(node)] = repeat
        self.plan.append(("@r:" + node.key, build_expression(parsed[0], slots(parsed[0]))))
        self.plan.append((self.slot(node), sympy.Symbol("@r:" + node.key) * children))
        return check_size(repeat * total, parsed[0].span.at(0))  # nested repeats multiply

    def slot(self, node: Node) -> str:
        """The plan's name for a node's value: '@q:layers/mlp', '@d:active_params', '@p:forward', '@b:norms'."""
        if id(node) in self.derived_ids:
            prefix = "@p:" if id(node) in self.phase_ids else "@b:" if id(node) in self.block_ids else "@d:"
            return prefix + node.name
        return "@q:" + node.key


def _where(node: Node) -> Any:
    text = node.expr or node.repeat
    return text.span.at(0) if text else node.span.key
