"""Which spec reads a Hugging Face config.json: its `model_type` looked up among the specs' `hf.model_types`.

A multimodal config (a `*ForConditionalGeneration` of Gemma 3, Llama 4, ...) has a model_type no spec reads
and nests its language model in `text_config`; when that nested model_type is one a spec reads, the error
says so: only the text decoder can be counted, from text_config written to a file of its own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from engine.errors import SpecError
from engine.spec.document import Document
from engine.spec.load import index


def spec_for(doc: Document, model_type: Any, spec_dirs: Sequence[Path | str]) -> Path:
    """The spec whose `hf.model_types` holds `model_type`; else an error located at config.json's model_type."""
    found = model_type_index(spec_dirs)
    known = ", ".join(sorted(found))
    if model_type is None:
        raise SpecError(f"no 'model_type' in {doc.path}, so no spec can be chosen; supported: {known}", doc.loc(()))
    if not isinstance(model_type, str) or model_type not in found:
        nested = nested_decoder(doc, found)
        if nested:
            raise SpecError(f"unknown model_type '{model_type}'{nested}; supported: {known}", doc.loc(("model_type",)))
        # no did-you-mean: a near name is a different architecture (qwen2_moe is not qwen2)
        raise SpecError(
            f"no spec reads model_type '{model_type}'; add one (docs/adding-an-architecture.md); supported: {known}",
            doc.loc(("model_type",)),
        )
    return found[model_type]


def nested_decoder(doc: Document, found: Mapping[str, Path]) -> str:
    """The plain words for a config whose `text_config` is a model a spec reads: what can and cannot be counted."""
    inner = doc.data.get("text_config")
    nested = inner.get("model_type") if isinstance(inner, dict) else None
    if not isinstance(nested, str) or nested not in found:
        return ""
    where = doc.loc(("text_config", "model_type"))
    return (
        f": its text_config (line {where.line}) is a '{nested}' text decoder, which spec '{found[nested].stem}' counts;"
        " only that decoder can be counted, not the vision tower or the multimodal projector: write text_config"
        " to a file of its own (with the sizes it leaves to the config class's defaults) and pass that to --hf-config"
    )


def model_type_index(spec_dirs: Sequence[Path | str] = ()) -> dict[str, Path]:
    """model_type -> the spec that reads it; a spec in an earlier folder of the search path wins."""
    return {k: Path(v) for k, v in index(spec_dirs).model_types.items()}
