"""Task heads get their own output size, and quantized checkpoints keep the modules their
quantization_config names in 16 bits.

- BertForSequenceClassification (transformers/models/bert/modeling_bert.py) returns logits of shape
  [batch, num_labels] from the pooled first token: no vocabulary-sized logits.
- A quantized checkpoint's ignore list (e.g. compressed-tensors `ignore: [lm_head]`, or attention kept in
  bf16) stays 2 bytes per weight; the LM head and embeddings always do (transformers quantizers/base.py
  get_keys_to_not_convert).
"""

from __future__ import annotations

import pytest

from engine.api import load_setup
from engine.errors import SpecError
from engine.evaluate.memory import evaluate_memory

LLAMA_ATTENTION = 32 * (4096 * 4096 * 2 + 4096 * 1024 * 2)  # q, o: 4096 x 4096; k, v: 4096 x 1024 (GQA, 8 heads)


def test_a_classifier_has_logits_of_its_labels_per_sequence() -> None:
    options = {"precision": "fp32", "sharding": "none"}
    setup = load_setup("bert-large-uncased-cls", mode="train", choices=options)
    result = evaluate_memory(setup.with_values(batch=4, seq_len=512))
    # [4, 2] fp32 logits, as BertForSequenceClassification returns them (logits_output at 4 bytes)
    assert result.terms["logits/logits_output"] == 4 * 2 * 4
    masked = evaluate_memory(
        load_setup("bert-large-uncased-mlm", mode="train", choices=options).with_values(batch=4, seq_len=512)
    )
    assert masked.terms["logits/logits_output"] == 4 * 512 * 30522 * 4  # every token scored over the vocabulary


def test_bert_without_a_head_has_no_logits() -> None:
    result = evaluate_memory(load_setup("bert-large-uncased", mode="train").with_values(batch=4, seq_len=512))
    assert result.terms["logits"] == 0


def test_kept_linears_stay_16_bit() -> None:
    kept = ("q_proj", "k_proj", "v_proj", "o_proj")
    plain = evaluate_memory(load_setup("llama-3-8b", mode="infer", choices={"quant": "fp8"}))
    bf16_attention = evaluate_memory(load_setup("llama-3-8b", mode="infer", choices={"quant": "fp8"}, unquantized=kept))
    assert bf16_attention.terms["weights"] - plain.terms["weights"] == LLAMA_ATTENTION * (2 - 1)


def test_an_unknown_kept_module_is_named_with_a_suggestion() -> None:
    with pytest.raises(SpecError, match="did you mean 'q_proj'"):
        load_setup("llama-3-8b", mode="infer", choices={"quant": "fp8"}, unquantized=("qproj",))
