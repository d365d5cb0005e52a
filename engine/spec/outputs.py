"""What a rules spec shows of its numbers: the views of its phases (`views:`) and the derived values of its
time object (`time:`)."""

from __future__ import annotations

from dataclasses import dataclass

from engine.spec.text import Text


@dataclass(frozen=True)
class Timed:
    """A derived value the output's `time` object shows (rules `time:`), its unit, and when it applies."""

    name: str
    unit: str
    when: Text | None = None


@dataclass(frozen=True)
class View:
    """A way of counting the phases (rules `views:`): what torch allocates, what its allocator reserves,
    what the device shows. `minus` are the quantity paths it leaves out; `capacity` the symbol or derived
    quantity it is compared with (empty: the rules' capacity); the views that `decide` settle the fit."""

    name: str
    minus: tuple[str, ...] = ()
    capacity: str = ""
    decides: bool = False
    description: str = ""
    source: str = ""
