ENGINE.define({"name":"phi3","kind":"architecture","path":"specs/phi3.yaml","description":"Phi-3 decoder: fused qkv_proj and gate_up_proj, grouped-query attention, SwiGLU MLP, no biases, untied LM head.","abstract":false,"symbols":[{"name":"vocab_size","domain":"positive_integer","latex":"V","description":"Vocabulary size (config.vocab_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:14:3"},{"name":"hidden_size","domain":"positive_integer","latex":"d","description":"Model width (config.hidden_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:17:3"},{"name":"intermediate_size","domain":"positive_integer","latex":"I","description":"MLP inner width (config.intermediate_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:20:3"},{"name":"num_layers","domain":"positive_integer","latex":"L","description":"Decoder layers (config.num_hidden_layers)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:23:3"},{"name":"num_heads","domain":"positive_integer","latex":"H","description":"Query heads (config.num_attention_heads)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:26:3"},{"name":"num_kv_heads","domain":"positive_integer","latex":"K","description":"Key/value heads, grouped-query attention (config.num_key_value_heads)","flag":false,"provider":"","default":{"text":"num_heads","at":"specs/base/decoder.yaml:32:14","key":"specs/base/decoder.yaml:32:5"},"key":"specs/base/decoder.yaml:29:3"},{"name":"head_dim","domain":"positive_integer","latex":"d_h","description":"Width of one attention head (config.head_dim)","flag":false,"provider":"","default":{"text":"hidden_size / num_heads","at":"specs/base/decoder.yaml:37:14","key":"specs/base/decoder.yaml:37:5"},"key":"specs/base/decoder.yaml:34:3"},{"name":"max_position_embeddings","domain":"positive_integer","latex":"n_{ctx}","description":"Context length the model was trained for (rotary, so no parameters)","flag":false,"provider":"","default":{"text":"4096","at":"specs/phi3.yaml:18:14","key":"specs/phi3.yaml:18:5"},"key":"specs/phi3.yaml:15:3"},{"name":"tie_word_embeddings","domain":"flag","latex":"\\tau","description":"1 if lm_head shares the token embedding matrix","flag":false,"provider":"","default":{"text":"0","at":"specs/base/decoder.yaml:47:14","key":"specs/base/decoder.yaml:47:5"},"key":"specs/base/decoder.yaml:43:3"}],"presets":[{"name":"phi-3-mini-4k","description":"","values":{"vocab_size":{"text":"32064","at":"specs/phi3.yaml:52:26","key":"specs/phi3.yaml:52:14","value":"32064"},"hidden_size":{"text":"3072","at":"specs/phi3.yaml:52:46","key":"specs/phi3.yaml:52:33","value":"3072"},"intermediate_size":{"text":"8192","at":"specs/phi3.yaml:52:71","key":"specs/phi3.yaml:52:52","value":"8192"},"num_layers":{"text":"32","at":"specs/phi3.yaml:52:89","key":"specs/phi3.yaml:52:77","value":"32"},"num_heads":{"text":"32","at":"specs/phi3.yaml:52:104","key":"specs/phi3.yaml:52:93","value":"32"},"num_kv_heads":{"text":"32","at":"specs/phi3.yaml:53:28","key":"specs/phi3.yaml:53:14","value":"32"},"max_position_embeddings":{"text":"4096","at":"specs/phi3.yaml:53:57","key":"specs/phi3.yaml:53:32","value":"4096"}}},{"name":"phi-3-mini-128k","description":"","values":{"vocab_size":{"text":"32064","at":"specs/phi3.yaml:56:26","key":"specs/phi3.yaml:56:14","value":"32064"},"hidden_size":{"text":"3072","at":"specs/phi3.yaml:56:46","key":"specs/phi3.yaml:56:33","value":"3072"},"intermediate_size":{"text":"8192","at":"specs/phi3.yaml:56:71","key":"specs/phi3.yaml:56:52","value":"8192"},"num_layers":{"text":"32","at":"specs/phi3.yaml:56:89","key":"specs/phi3.yaml:56:77","value":"32"},"num_heads":{"text":"32","at":"specs/phi3.yaml:56:104","key":"specs/phi3.yaml:56:93","value":"32"},"num_kv_heads":{"text":"32","at":"specs/phi3.yaml:57:28","key":"specs/phi3.yaml:57:14","value":"32"},"max_position_embeddings":{"text":"131072","at":"specs/phi3.yaml:57:57","key":"specs/phi3.yaml:57:32","value":"131072"}}},{"name":"phi-3-medium-4k","description":"","values":{"vocab_size":{"text":"32064","at":"specs/phi3.yaml:60:26","key":"specs/phi3.yaml:60:14","value":"32064"},"hidden_size":{"text":"5120","at":"specs/phi3.yaml:60:46","key":"specs/phi3.yaml:60:33","value":"5120"},"intermediate_size":{"text":"17920","at":"specs/phi3.yaml:60:71","key":"specs/phi3.yaml:60:52","value":"17920"},"num_layers":{"text":"40","at":"specs/phi3.yaml:60:90","key":"specs/phi3.yaml:60:78","value":"40"},"num_heads":{"text":"40","at":"specs/phi3.yaml:60:105","key":"specs/phi3.yaml:60:94","value":"40"},"num_kv_heads":{"text":"10","at":"specs/phi3.yaml:61:28","key":"specs/phi3.yaml:61:14","value":"10"},"max_position_embeddings":{"text":"4096","at":"specs/phi3.yaml:61:57","key":"specs/phi3.yaml:61:32","value":"4096"}}}],"default_preset":"phi-3-mini-4k","default_rules":null,"total":{"name":"params","key":"","slot":"@q:"},"parts":[["embed_tokens","embed_tokens","@q:embed_tokens",[],false],["layers","layers","@q:layers",[],true],["layers/input_layernorm","input_layernorm","@q:layers/input_layernorm",["@r:layers"],false],["layers/self_attn","self_attn","@q:layers/self_attn",["@r:layers"],true],["layers/self_attn/o_proj","o_proj","@q:layers/self_attn/o_proj",["@r:layers"],false],["layers/self_attn/qkv_proj","qkv_proj","@q:layers/self_attn/qkv_proj",["@r:layers"],false],["layers/post_attention_layernorm","post_attention_layernorm","@q:layers/post_attention_layernorm",["@r:layers"],false],["layers/mlp","mlp","@q:layers/mlp",["@r:layers"],true],["layers/mlp/down_proj","down_proj","@q:layers/mlp/down_proj",["@r:layers"],false],["layers/mlp/gate_up_proj","gate_up_proj","@q:layers/mlp/gate_up_proj",["@r:layers"],false],["norm","norm","@q:norm",[],false],["lm_head","lm_head","@q:lm_head",[],false]],"derived":{"non_embedding_params":"@d:non_embedding_params","embedding_params":"@d:embedding_params","lm_head_params":"@d:lm_head_params","kv_elements_per_token":"@d:kv_elements_per_token"},"phases":{},"block":{"gated_mlp":"@b:gated_mlp","rms_norm":"@b:rms_norm"},"where":{"":"specs/phi3.yaml:20:1","embed_tokens":"specs/base/decoder.yaml:60:11","layers":"specs/base/decoder.yaml:63:13","layers/input_layernorm":"specs/base/decoder.yaml:67:15","layers/self_attn":"specs/phi3.yaml:23:7","layers/self_attn/o_proj":"specs/phi3.yaml:29:19","layers/self_attn/qkv_proj":"specs/phi3.yaml:30:21","layers/post_attention_layernorm":"specs/base/decoder.yaml:77:15","layers/mlp":"specs/phi3.yaml:31:7","layers/mlp/down_proj":"specs/phi3.yaml:37:22","layers/mlp/gate_up_proj":"specs/phi3.yaml:36:25","norm":"specs/base/decoder.yaml:86:11","lm_head":"specs/base/decoder.yaml:89:11","non_embedding_params":"specs/base/decoder.yaml:107:11","embedding_params":"specs/base/decoder.yaml:110:11","lm_head_params":"specs/base/decoder.yaml:113:11","kv_elements_per_token":"specs/base/decoder.yaml:116:11","gated_mlp":"specs/base/decoder.yaml:99:11","rms_norm":"specs/base/decoder.yaml:102:11"},"options":[],"linears":[{"name":"q_proj","output":false},{"name":"k_proj","output":false},{"name":"v_proj","output":false},{"name":"o_proj","output":false},{"name":"gate_proj","output":false},{"name":"up_proj","output":false},{"name":"down_proj","output":false},{"name":"lm_head","output":true}],"lora_targets":["q_proj","v_proj"],"hf":{"model_types":["phi3"],"keys":[{"key":"vocab_size","symbol":"vocab_size","if_null":null,"values":{}},{"key":"hidden_size","symbol":"hidden_size","if_null":null,"values":{}},{"key":"intermediate_size","symbol":"intermediate_size","if_null":null,"values":{}},{"key":"num_hidden_layers","symbol":"num_layers","if_null":null,"values":{}},{"key":"num_attention_heads","symbol":"num_heads","if_null":null,"values":{}},{"key":"num_key_value_heads","symbol":"num_kv_heads","if_null":null,"values":{}},{"key":"head_dim","symbol":"head_dim","if_null":null,"values":{}},{"key":"max_position_embeddings","symbol":"max_position_embeddings","if_null":null,"values":{}},{"key":"tie_word_embeddings","symbol":"tie_word_embeddings","if_null":null,"values":{}}],"defaults":{},"architectures":{"Phi3ForCausalLM":{}},"key":"specs/phi3.yaml:39:1"},"programs":{"main":0,"defaults":{"num_kv_heads":1,"head_dim":2,"max_position_embeddings":3,"tie_word_embeddings":4},"choices":{},"weights":{},"linears":5,"conditions":{}},"formulas":[{"label":"params","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mi>embed_tokens</mi><mo>+</mo><mi>layers</mi><mo>+</mo><mi>lm_head</mi><mo>+</mo><mi>norm</mi></mrow></math>","text":"params = embed_tokens + layers + lm_head + norm","source":""},{"label":"params (in symbols)","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow><mo>+</mo><mi>d</mi><mi>V</mi><mo>+</mo><mi>d</mi><mo>+</mo><mi>L</mi><mrow><mo>(</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mrow><mo>(</mo><mi>H</mi><mo>+</mo><mn>2</mn><mi>K</mi><mo>)</mo></mrow><mo>+</mo><mn>3</mn><mi>d</mi><mi>I</mi><mo>+</mo><mn>2</mn><mi>d</mi><mo>)</mo></mrow></mrow></math>","text":"params (in symbols) = hidden_size + hidden_size*vocab_size + num_layers*(2*hidden_size + 3*hidden_size*intermediate_size + head_dim*hidden_size*num_heads + head_dim*hidden_size*(num_heads + 2*num_kv_heads)) + hidden_size*vocab_size*(1 - tie_word_embeddings)","source":""},{"label":"embed_tokens","mathml":"<math display=\"block\"><mrow><mi>embed_tokens</mi><mo>=</mo><mi>d</mi><mi>V</mi></mrow></math>","text":"embed_tokens = hidden_size*vocab_size","source":"Model.embed_tokens = nn.Embedding(vocab_size, hidden_size)"},{"label":"layers","mathml":"<math display=\"block\"><mrow><mi>layers</mi><mo>=</mo><mi>L</mi><mrow><mo>(</mo><mi>input_layernorm</mi><mo>+</mo><mi>mlp</mi><mo>+</mo><mi>post_attention_layernorm</mi><mo>+</mo><mi>self_attn</mi><mo>)</mo></mrow></mrow></math>","text":"layers = num_layers*(input_layernorm + mlp + post_attention_layernorm + self_attn)","source":""},{"label":"layers/input_layernorm","mathml":"<math display=\"block\"><mrow><mi>input_layernorm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"layers/input_layernorm = hidden_size","source":"DecoderLayer.input_layernorm = RMSNorm(hidden_size), weight only"},{"label":"layers/self_attn","mathml":"<math display=\"block\"><mrow><mi>self_attn</mi><mo>=</mo><mi>o_proj</mi><mo>+</mo><mi>qkv_proj</mi></mrow></math>","text":"layers/self_attn = o_proj + qkv_proj","source":"Phi3Attention (fused qkv_proj; nn.Linear, bias=False)"},{"label":"layers/self_attn/o_proj","mathml":"<math display=\"block\"><mrow><mi>o_proj</mi><mo>=</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi></mrow></math>","text":"layers/self_attn/o_proj = head_dim*hidden_size*num_heads","source":""},{"label":"layers/self_attn/qkv_proj","mathml":"<math display=\"block\"><mrow><mi>qkv_proj</mi><mo>=</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mrow><mo>(</mo><mi>H</mi><mo>+</mo><mn>2</mn><mi>K</mi><mo>)</mo></mrow></mrow></math>","text":"layers/self_attn/qkv_proj = head_dim*hidden_size*(num_heads + 2*num_kv_heads)","source":""},{"label":"layers/post_attention_layernorm","mathml":"<math display=\"block\"><mrow><mi>post_attention_layernorm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"layers/post_attention_layernorm = hidden_size","source":"DecoderLayer.post_attention_layernorm = RMSNorm(hidden_size), weight only"},{"label":"layers/mlp","mathml":"<math display=\"block\"><mrow><mi>mlp</mi><mo>=</mo><mi>down_proj</mi><mo>+</mo><mi>gate_up_proj</mi></mrow></math>","text":"layers/mlp = down_proj + gate_up_proj","source":"Phi3MLP (fused gate_up_proj; nn.Linear, bias=False)"},{"label":"layers/mlp/down_proj","mathml":"<math display=\"block\"><mrow><mi>down_proj</mi><mo>=</mo><mi>d</mi><mi>I</mi></mrow></math>","text":"layers/mlp/down_proj = hidden_size*intermediate_size","source":""},{"label":"layers/mlp/gate_up_proj","mathml":"<math display=\"block\"><mrow><mi>gate_up_proj</mi><mo>=</mo><mn>2</mn><mi>d</mi><mi>I</mi></mrow></math>","text":"layers/mlp/gate_up_proj = 2*hidden_size*intermediate_size","source":""},{"label":"norm","mathml":"<math display=\"block\"><mrow><mi>norm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"norm = hidden_size","source":"Model.norm = RMSNorm(hidden_size)"},{"label":"lm_head","mathml":"<math display=\"block\"><mrow><mi>lm_head</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow></mrow></math>","text":"lm_head = hidden_size*vocab_size*(1 - tie_word_embeddings)","source":"ForCausalLM.lm_head = nn.Linear(hidden_size, vocab_size, bias=False); a tied head adds nothing"},{"label":"non_embedding_params","mathml":"<math display=\"block\"><mrow><mi>non_embedding_params</mi><mo>=</mo><mo>-</mo><mi>embed_tokens</mi><mo>-</mo><mi>lm_head</mi><mo>+</mo><mi>params</mi></mrow></math>","text":"non_embedding_params = params - embed_tokens - lm_head","source":""},{"label":"embedding_params","mathml":"<math display=\"block\"><mrow><mi>embedding_params</mi><mo>=</mo><mi>embed_tokens</mi></mrow></math>","text":"embedding_params = embed_tokens","source":""},{"label":"lm_head_params","mathml":"<math display=\"block\"><mrow><mi>lm_head_params</mi><mo>=</mo><mi>lm_head</mi></mrow></math>","text":"lm_head_params = lm_head","source":""},{"label":"kv_elements_per_token","mathml":"<math display=\"block\"><mrow><mi>kv_elements_per_token</mi><mo>=</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mi>L</mi></mrow></math>","text":"kv_elements_per_token = 2*head_dim*num_kv_heads*num_layers","source":"formulas.md section 4.2"},{"label":"gated_mlp","mathml":"<math display=\"block\"><mrow><mi>gated_mlp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"gated_mlp = 1","source":""},{"label":"rms_norm","mathml":"<math display=\"block\"><mrow><mi>rms_norm</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"rms_norm = 1","source":""},{"label":"default num_kv_heads","mathml":"<math display=\"block\"><mrow><mi>defaultnum_kv_heads</mi><mo>=</mo><mi>H</mi></mrow></math>","text":"default num_kv_heads = num_heads","source":""},{"label":"default head_dim","mathml":"<math display=\"block\"><mrow><mi>defaulthead_dim</mi><mo>=</mo><mfrac><mi>d</mi><mi>H</mi></mfrac></mrow></math>","text":"default head_dim = hidden_size/num_heads","source":""},{"label":"default max_position_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaultmax_position_embeddings</mi><mo>=</mo><mn>4096</mn></mrow></math>","text":"default max_position_embeddings = 4096","source":""},{"label":"default tie_word_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaulttie_word_embeddings</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default tie_word_embeddings = 0","source":""}],"program_meta":[{"i":["vocab_size","hidden_size","intermediate_size","num_layers","num_heads","num_kv_heads","head_dim","max_position_embeddings","tie_word_embeddings"],"o":["@q:embed_tokens","@q:layers/input_layernorm","@q:layers/self_attn/o_proj","@q:layers/self_attn/qkv_proj","@q:layers/self_attn","@q:layers/post_attention_layernorm","@q:layers/mlp/down_proj","@q:layers/mlp/gate_up_proj","@q:layers/mlp","@r:layers","@q:layers","@q:norm","@q:lm_head","@q:","@d:non_embedding_params","@d:embedding_params","@d:lm_head_params","@d:kv_elements_per_token","@b:gated_mlp","@b:rms_norm"],"c":null},{"i":["num_heads"],"o":["num_kv_heads"],"c":null},{"i":["hidden_size","num_heads"],"o":["head_dim"],"c":null},{"i":[],"o":["max_position_embeddings"],"c":"4096"},{"i":[],"o":["tie_word_embeddings"],"c":"0"},{"i":["head_dim","hidden_size","intermediate_size","num_heads","num_kv_heads","num_layers","vocab_size"],"o":["q_proj/in","q_proj/out","q_proj/count","k_proj/in","k_proj/out","k_proj/count","v_proj/in","v_proj/out","v_proj/count","o_proj/in","o_proj/out","o_proj/count","gate_proj/in","gate_proj/out","gate_proj/count","up_proj/in","up_proj/out","up_proj/count","down_proj/in","down_proj/out","down_proj/count","lm_head/in","lm_head/out","lm_head/count"],"c":null}]},
function ({_Z, _Q, _add, _mul, _pow, _powq, _inv, _mod, _lt, _le, _gt, _ge, _eq, _ne, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8) {
  let v9 = _mul(v1, v0);
  let v10 = v1;
  let v11 = _mul(v6, v1, v4);
  let v12 = _mul(v6, v1, _add(v4, _mul(_Z(2n), v5)));
  let v13 = _add(v11, v12);
  let v14 = v1;
  let v15 = _mul(v1, v2);
  let v16 = _mul(_Z(2n), v1, v2);
  let v17 = _add(v15, v16);
  let v18 = v3;
  let v19 = _mul(v18, _add(v10, v17, v14, v13));
  let v20 = v1;
  let v21 = _mul(v1, v0, _add(_Z(1n), _mul(_Z(-1n), v8)));
  let v22 = _add(v9, v19, v21, v20);
  let v23 = _add(v22, _mul(_Z(-1n), v9), _mul(_Z(-1n), v21));
  let v24 = v9;
  let v25 = v21;
  let v26 = _mul(_Z(2n), v6, v5, v3);
  let v27 = _Z(1n);
  let v28 = _Z(1n);
  return [v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0, v1) {
  let v2 = _mul(v0, _inv(_pow(v1, 1)));
  return [v2];
},
null,
null,
function plan(v0, v1, v2, v3, v4, v5, v6) {
  let v7 = v1;
  let v8 = _mul(v0, v3);
  let v9 = v5;
  let v10 = v1;
  let v11 = _mul(v0, v4);
  let v12 = v5;
  let v13 = v1;
  let v14 = _mul(v0, v4);
  let v15 = v5;
  let v16 = _mul(v0, v3);
  let v17 = v1;
  let v18 = v5;
  let v19 = v1;
  let v20 = v2;
  let v21 = v5;
  let v22 = v1;
  let v23 = v2;
  let v24 = v5;
  let v25 = v2;
  let v26 = v1;
  let v27 = v5;
  let v28 = v1;
  let v29 = v6;
  let v30 = _Z(1n);
  return [v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30];
}
];
},
function ({_F, _inv, _mod, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8) {
  let v9 = (v1 * v0);
  let v10 = v1;
  let v11 = (v6 * v1 * v4);
  let v12 = (v6 * v1 * (v4 + ((2.0) * v5)));
  let v13 = (v11 + v12);
  let v14 = v1;
  let v15 = (v1 * v2);
  let v16 = ((2.0) * v1 * v2);
  let v17 = (v15 + v16);
  let v18 = v3;
  let v19 = (v18 * (v10 + v17 + v14 + v13));
  let v20 = v1;
  let v21 = (v1 * v0 * ((1.0) + ((-1.0) * v8)));
  let v22 = (v9 + v19 + v21 + v20);
  let v23 = (v22 + ((-1.0) * v9) + ((-1.0) * v21));
  let v24 = v9;
  let v25 = v21;
  let v26 = ((2.0) * v6 * v5 * v3);
  let v27 = (1.0);
  let v28 = (1.0);
  return [v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0, v1) {
  let v2 = (v0 * _inv(v1 ** 1));
  return [v2];
},
null,
null,
function plan(v0, v1, v2, v3, v4, v5, v6) {
  let v7 = v1;
  let v8 = (v0 * v3);
  let v9 = v5;
  let v10 = v1;
  let v11 = (v0 * v4);
  let v12 = v5;
  let v13 = v1;
  let v14 = (v0 * v4);
  let v15 = v5;
  let v16 = (v0 * v3);
  let v17 = v1;
  let v18 = v5;
  let v19 = v1;
  let v20 = v2;
  let v21 = v5;
  let v22 = v1;
  let v23 = v2;
  let v24 = v5;
  let v25 = v2;
  let v26 = v1;
  let v27 = v5;
  let v28 = v1;
  let v29 = v6;
  let v30 = (1.0);
  return [v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30];
}
];
});
