"""Expression text and where it was written (every expression of a spec keeps its `Span`)."""

from __future__ import annotations

from dataclasses import dataclass

from engine.spec.document import Span


@dataclass(frozen=True)
class Text:
    """Expression text and where it was written."""

    text: str
    span: Span
