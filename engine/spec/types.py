"""Frozen dataclasses for a validated spec: symbols, the quantity tree, presets, options and the rules'
vocabulary (mode, layout, limits, reports); GPU profiles are in engine.spec.hardware. No sympy here.

Expressions stay text (`Text`), each with the `Span` it was written at, so later stages can point at
the exact column of a problem. engine.spec.parse builds these from a schema-valid document.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from engine.spec.document import KeyPath, Span
from engine.spec.domains import DOMAINS as DOMAINS
from engine.spec.domains import Domain as Domain
from engine.spec.outputs import Timed as Timed
from engine.spec.outputs import View as View
from engine.spec.planning import PlanSpec as PlanSpec
from engine.spec.text import Text as Text

DEFAULT_DOMAIN = "positive_integer"
# The one quantity name the engine itself reads from rules: a derived `capacity` is what one GPU offers
# (vLLM's gpu_memory_utilization, the guide's 80 %); without one, the GPU's usable memory.
CAPACITY = "capacity"


@dataclass(frozen=True)
class Symbol:
    """A config input: `hidden_size`, `num_layers`, a 0/1 flag..."""

    name: str
    description: str
    latex: str
    domain: str
    default: Text | None
    unit: str
    source: str
    span: Span
    flag: bool = False  # set on the command line by --name-with-dashes (solve, memory, sweep)
    provider: str = ""  # where an architecture-derived value comes from ("linears.weights", "linears.lora")


@dataclass(frozen=True)
class Node:
    """A named quantity: a leaf with an expression, or a group summing its parts (times `repeat`)."""

    name: str
    path: tuple[str, ...]
    span: Span
    expr: Text | None = None
    repeat: Text | None = None
    parts: tuple[Node, ...] = ()
    description: str = ""
    source: str = ""
    unit: str = ""
    latex: str = ""  # a short name for the term in closed forms (W for weights); '' = its name

    @property
    def is_group(self) -> bool:
        return self.expr is None

    @cached_property
    def key(self) -> str:
        """The slash-separated path used in breakdowns: `layers/attention/q_proj`."""
        return "/".join(self.path)

    def walk(self) -> Iterator[Node]:
        """This node and every node below it, parents before children."""
        yield self
        for part in self.parts:
            yield from part.walk()


@dataclass(frozen=True)
class Preset:
    """A named real configuration: values for some of the symbols."""

    name: str
    values: Mapping[str, Text]
    span: Span
    description: str = ""
    source: str = ""


@dataclass(frozen=True)
class Choice:
    """One way to answer an option: symbol values (expressions) it puts in force."""

    name: str
    values: Mapping[str, Text]
    description: str = ""
    source: str = ""


@dataclass(frozen=True)
class Situation:
    """A default for a situation (rules `default_when:`): `choice` when `condition` holds over the layout."""

    condition: Text
    choice: str
    why: str


@dataclass(frozen=True)
class Option:
    """A named, switchable convention (precision recipe, optimizer, sharding...)."""

    name: str
    default: str
    choices: tuple[Choice, ...]
    span: Span
    description: str = ""
    source: str = ""
    aliases: tuple[str, ...] = ()  # other flag names (without '--')
    situations: tuple[Situation, ...] = ()  # defaults per situation; the first that holds wins

    def choice(self, name: str) -> Choice | None:
        return next((c for c in self.choices if c.name == name), None)


@dataclass(frozen=True)
class HFKey:
    """How one config.json key becomes a symbol's value: booleans are flags, `values` maps text to numbers."""

    key: str
    symbol: str
    span: Span
    if_null: Text | None = None  # the value of an explicit null (else null means: use the symbol's default)
    values: Mapping[str, Text] = field(default_factory=dict)


@dataclass(frozen=True)
class HFSection:
    """The `hf:` section: which Hugging Face configs a spec reads, and how (see docs/spec-language.md)."""

    model_types: tuple[str, ...]
    keys: tuple[HFKey, ...]
    defaults: Mapping[str, object]  # config key -> the config class's default, as config.json would write it
    default_spans: Mapping[str, Span]
    architectures: Mapping[str, Mapping[str, Text]]  # model class -> symbol values it implies
    config_class: str
    span: Span


@dataclass(frozen=True)
class Linear:
    """One kind of linear layer of an architecture, for LoRA targets and weight quantization."""

    name: str
    inputs: Text
    outputs: Text
    count: Text
    output: bool  # the output layer (quantizers keep it 16-bit)


@dataclass(frozen=True)
class Constraint:
    """A condition a layout must meet (`num_heads % tp == 0`), what to say when it does not, and which
    layout symbol to blame. `needs`: architecture symbols without which it does not apply."""

    name: str
    condition: Text
    message: str
    symbol: str
    needs: tuple[str, ...] = ()
    source: str = ""


@dataclass(frozen=True)
class Axis:
    """A layout symbol and, when the solver searches it, the values it tries and which to keep."""

    role: str  # data, tensor, pipeline, expert, context
    symbol: str
    values: tuple[int, ...] = ()
    keep_if: Text | None = None
    stage: str = ""  # the pipeline axis: the rules' symbol of the stage evaluated
    stages: tuple[Text, ...] = ()  # ...and which stages (expressions in the degree)


@dataclass(frozen=True)
class LayoutSpec:
    """How the GPUs of a question are split (rules `layout:`): axes by role, and the constraints."""

    axes: tuple[Axis, ...]
    constraints: tuple[Constraint, ...] = ()

    def role(self, role: str) -> Axis | None:
        return next((a for a in self.axes if a.role == role), None)

    @property
    def symbols(self) -> tuple[str, ...]:
        return tuple(a.symbol for a in self.axes)


@dataclass(frozen=True)
class Limit:
    """A variable whose largest value `engine solve` reports (when it is an input of the question)."""

    name: str
    at_most: Text | None = None  # a cap from elsewhere (the model's context for vLLM's max_model_len)
    note: str = ""


@dataclass(frozen=True)
class Report:
    """A derived value `engine solve` reports beside the limits, when its condition holds."""

    name: str
    when: Text | None = None


@dataclass(frozen=True)
class Reference:
    """What `engine validate` evaluates a rules spec with: a model, a GPU, and layout values."""

    model: str
    gpu: str
    values: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Spec:
    """A validated spec (architecture or rules), ready to be built into a symbolic model."""

    kind: str
    name: str
    path: str
    symbols: tuple[Symbol, ...]
    total: Node
    derived: tuple[Node, ...] = ()
    presets: tuple[Preset, ...] = ()
    default_preset: str | None = None
    description: str = ""
    source: str = ""
    options: tuple[Option, ...] = ()
    phases: tuple[Node, ...] = ()
    abstract: bool = False
    hf: HFSection | None = None
    spans: Mapping[KeyPath, Span] = field(default_factory=dict)  # where each value of the document was written
    files: tuple[str, ...] = ()  # the spec files it was read from
    # ---- architectures ----
    default_rules: str | None = None
    linears: tuple[Linear, ...] = ()
    lora_targets: tuple[str, ...] = ()
    block: tuple[Node, ...] = ()  # what one layer holds for memory, as values the rules read
    # ---- rules ----
    mode: str | None = None
    mode_default: bool = False
    assumptions: tuple[str, ...] = ()
    layout: LayoutSpec | None = None
    limits: tuple[Limit, ...] = ()
    reports: tuple[Report, ...] = ()
    views: tuple[View, ...] = ()
    time: tuple[Timed, ...] = ()
    shown: tuple[str, ...] = ()  # step values the output's header shows
    keep: tuple[str, ...] = ()  # symbols a closed form keeps by name (params)
    reference: Reference | None = None
    plan: PlanSpec | None = None  # what engine plan searches and ranks by (rules `plan:`)

    def view(self, name: str) -> View | None:
        return next((v for v in self.views if v.name == name), None)

    def option(self, name: str) -> Option | None:
        return next((o for o in self.options if o.name == name), None)

    def preset(self, name: str) -> Preset | None:
        return next((p for p in self.presets if p.name == name), None)

    def symbol(self, name: str) -> Symbol | None:
        return self._symbols.get(name)

    @cached_property
    def _symbols(self) -> dict[str, Symbol]:  # a scan per lookup made 5,000 symbols take seconds
        return {s.name: s for s in self.symbols}
