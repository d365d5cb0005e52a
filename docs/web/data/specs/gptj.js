ENGINE.define({"name":"gptj","kind":"architecture","path":"specs/gptj.yaml","description":"GPT-J decoder: token embedding, parallel attention + MLP layers on one LayerNorm, bias-free q/k/v/out projections with partial rotary positions (no parameters), a GeLU MLP with biases, a final LayerNorm and an untied LM head with a bias.","abstract":false,"symbols":[{"name":"vocab_size","domain":"positive_integer","latex":"V","description":"Vocabulary size (config.vocab_size)","flag":false,"provider":"","default":null,"key":"specs/gptj.yaml:14:3"},{"name":"max_position_embeddings","domain":"positive_integer","latex":"n_{ctx}","description":"Context length the model was trained for (config.n_positions; rotary, so no parameters)","flag":false,"provider":"","default":{"text":"2048","at":"specs/gptj.yaml:20:14","key":"specs/gptj.yaml:20:5"},"key":"specs/gptj.yaml:17:3"},{"name":"hidden_size","domain":"positive_integer","latex":"d","description":"Model width (config.n_embd)","flag":false,"provider":"","default":null,"key":"specs/gptj.yaml:21:3"},{"name":"num_layers","domain":"positive_integer","latex":"L","description":"Decoder blocks (config.n_layer)","flag":false,"provider":"","default":null,"key":"specs/gptj.yaml:24:3"},{"name":"num_heads","domain":"positive_integer","latex":"H","description":"Attention heads (config.n_head); no parameters of their own","flag":false,"provider":"","default":null,"key":"specs/gptj.yaml:27:3"},{"name":"rotary_dim","domain":"positive_integer","latex":"d_{rot}","description":"Dimensions of each head that rotary embeddings rotate (config.rotary_dim); no parameters","flag":false,"provider":"","default":{"text":"64","at":"specs/gptj.yaml:33:14","key":"specs/gptj.yaml:33:5"},"key":"specs/gptj.yaml:30:3"},{"name":"intermediate_size","domain":"positive_integer","latex":"I","description":"MLP inner width (config.n_inner)","flag":false,"provider":"","default":{"text":"4 * hidden_size","at":"specs/gptj.yaml:37:14","key":"specs/gptj.yaml:37:5"},"key":"specs/gptj.yaml:34:3"},{"name":"tie_word_embeddings","domain":"flag","latex":"\\tau","description":"1 if lm_head's weight is wte's (its bias stays its own)","flag":false,"provider":"","default":{"text":"0","at":"specs/gptj.yaml:43:14","key":"specs/gptj.yaml:43:5"},"key":"specs/gptj.yaml:39:3"}],"presets":[{"name":"gpt-j-6b","description":"","values":{"vocab_size":{"text":"50400","at":"specs/gptj.yaml:126:26","key":"specs/gptj.yaml:126:14","value":"50400"},"hidden_size":{"text":"4096","at":"specs/gptj.yaml:126:46","key":"specs/gptj.yaml:126:33","value":"4096"},"num_layers":{"text":"28","at":"specs/gptj.yaml:126:64","key":"specs/gptj.yaml:126:52","value":"28"},"num_heads":{"text":"16","at":"specs/gptj.yaml:126:79","key":"specs/gptj.yaml:126:68","value":"16"},"rotary_dim":{"text":"64","at":"specs/gptj.yaml:126:95","key":"specs/gptj.yaml:126:83","value":"64"}}}],"default_preset":"gpt-j-6b","default_rules":null,"total":{"name":"params","key":"","slot":"@q:"},"parts":[["wte","wte","@q:wte",[],false],["h","h","@q:h",[],true],["h/ln_1","ln_1","@q:h/ln_1",["@r:h"],false],["h/attn","attn","@q:h/attn",["@r:h"],true],["h/attn/q_proj","q_proj","@q:h/attn/q_proj",["@r:h"],false],["h/attn/k_proj","k_proj","@q:h/attn/k_proj",["@r:h"],false],["h/attn/v_proj","v_proj","@q:h/attn/v_proj",["@r:h"],false],["h/attn/out_proj","out_proj","@q:h/attn/out_proj",["@r:h"],false],["h/mlp","mlp","@q:h/mlp",["@r:h"],true],["h/mlp/fc_in","fc_in","@q:h/mlp/fc_in",["@r:h"],false],["h/mlp/fc_out","fc_out","@q:h/mlp/fc_out",["@r:h"],false],["ln_f","ln_f","@q:ln_f",[],false],["lm_head","lm_head","@q:lm_head",[],false]],"derived":{"non_embedding_params":"@d:non_embedding_params","embedding_params":"@d:embedding_params","lm_head_params":"@d:lm_head_params","kv_elements_per_token":"@d:kv_elements_per_token"},"phases":{},"block":{"layer_norms":"@b:layer_norms","parallel_block":"@b:parallel_block","gated_mlp":"@b:gated_mlp","mlp_act_tensors":"@b:mlp_act_tensors"},"where":{"":"specs/gptj.yaml:45:1","wte":"specs/gptj.yaml:47:11","h":"specs/gptj.yaml:50:13","h/ln_1":"specs/gptj.yaml:54:15","h/attn":"specs/gptj.yaml:56:7","h/attn/q_proj":"specs/gptj.yaml:58:19","h/attn/k_proj":"specs/gptj.yaml:59:19","h/attn/v_proj":"specs/gptj.yaml:60:19","h/attn/out_proj":"specs/gptj.yaml:61:21","h/mlp":"specs/gptj.yaml:63:7","h/mlp/fc_in":"specs/gptj.yaml:65:18","h/mlp/fc_out":"specs/gptj.yaml:66:19","ln_f":"specs/gptj.yaml:69:11","lm_head":"specs/gptj.yaml:72:11","non_embedding_params":"specs/gptj.yaml:99:11","embedding_params":"specs/gptj.yaml:102:11","lm_head_params":"specs/gptj.yaml:105:11","kv_elements_per_token":"specs/gptj.yaml:108:11","layer_norms":"specs/gptj.yaml:82:11","parallel_block":"specs/gptj.yaml:86:11","gated_mlp":"specs/gptj.yaml:90:11","mlp_act_tensors":"specs/gptj.yaml:93:11"},"options":[],"linears":[{"name":"q_proj","output":false},{"name":"k_proj","output":false},{"name":"v_proj","output":false},{"name":"out_proj","output":false},{"name":"fc_in","output":false},{"name":"fc_out","output":false},{"name":"lm_head","output":true}],"lora_targets":["q_proj","v_proj"],"hf":{"model_types":["gptj"],"keys":[{"key":"vocab_size","symbol":"vocab_size","if_null":null,"values":{}},{"key":"n_embd","symbol":"hidden_size","if_null":null,"values":{}},{"key":"hidden_size","symbol":"hidden_size","if_null":null,"values":{}},{"key":"n_positions","symbol":"max_position_embeddings","if_null":null,"values":{}},{"key":"max_position_embeddings","symbol":"max_position_embeddings","if_null":null,"values":{}},{"key":"n_layer","symbol":"num_layers","if_null":null,"values":{}},{"key":"num_hidden_layers","symbol":"num_layers","if_null":null,"values":{}},{"key":"n_head","symbol":"num_heads","if_null":null,"values":{}},{"key":"num_attention_heads","symbol":"num_heads","if_null":null,"values":{}},{"key":"rotary_dim","symbol":"rotary_dim","if_null":null,"values":{}},{"key":"n_inner","symbol":"intermediate_size","if_null":null,"values":{}},{"key":"tie_word_embeddings","symbol":"tie_word_embeddings","if_null":null,"values":{}}],"defaults":{"vocab_size":{"raw":{"number":"50400"},"span":{"value":"specs/gptj.yaml:147:17","key":"specs/gptj.yaml:147:5","at":"specs/gptj.yaml:147:17"}},"n_positions":{"raw":{"number":"2048"},"span":{"value":"specs/gptj.yaml:148:18","key":"specs/gptj.yaml:148:5","at":"specs/gptj.yaml:148:18"}},"n_embd":{"raw":{"number":"4096"},"span":{"value":"specs/gptj.yaml:149:13","key":"specs/gptj.yaml:149:5","at":"specs/gptj.yaml:149:13"}},"n_layer":{"raw":{"number":"28"},"span":{"value":"specs/gptj.yaml:150:14","key":"specs/gptj.yaml:150:5","at":"specs/gptj.yaml:150:14"}},"n_head":{"raw":{"number":"16"},"span":{"value":"specs/gptj.yaml:151:13","key":"specs/gptj.yaml:151:5","at":"specs/gptj.yaml:151:13"}},"rotary_dim":{"raw":{"number":"64"},"span":{"value":"specs/gptj.yaml:152:17","key":"specs/gptj.yaml:152:5","at":"specs/gptj.yaml:152:17"}},"tie_word_embeddings":{"raw":{"json":false},"span":{"value":"specs/gptj.yaml:153:26","key":"specs/gptj.yaml:153:5","at":"specs/gptj.yaml:153:26"}}},"architectures":{"GPTJForCausalLM":{}},"key":"specs/gptj.yaml:128:1"},"programs":{"main":0,"defaults":{"max_position_embeddings":1,"rotary_dim":2,"intermediate_size":3,"tie_word_embeddings":4},"choices":{},"weights":{},"linears":5,"conditions":{}},"formulas":[{"label":"params","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mi mathvariant=\"normal\">h</mi><mo>+</mo><mi>lm_head</mi><mo>+</mo><mi>ln_f</mi><mo>+</mo><mi>wte</mi></mrow></math>","text":"params = h + lm_head + ln_f + wte","source":""},{"label":"params (in symbols)","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow><mo>+</mo><mi>d</mi><mi>V</mi><mo>+</mo><mn>2</mn><mi>d</mi><mo>+</mo><mi>L</mi><mrow><mo>(</mo><mn>4</mn><msup><mi>d</mi><mn>2</mn></msup><mo>+</mo><mn>2</mn><mi>d</mi><mi>I</mi><mo>+</mo><mn>3</mn><mi>d</mi><mo>+</mo><mi>I</mi><mo>)</mo></mrow><mo>+</mo><mi>V</mi></mrow></math>","text":"params (in symbols) = vocab_size + 2*hidden_size + hidden_size*vocab_size + num_layers*(intermediate_size + 3*hidden_size + 4*hidden_size**2 + 2*hidden_size*intermediate_size) + hidden_size*vocab_size*(1 - tie_word_embeddings)","source":""},{"label":"wte","mathml":"<math display=\"block\"><mrow><mi>wte</mi><mo>=</mo><mi>d</mi><mi>V</mi></mrow></math>","text":"wte = hidden_size*vocab_size","source":"GPTJModel.wte = nn.Embedding(vocab_size, n_embd)"},{"label":"h","mathml":"<math display=\"block\"><mrow><mi mathvariant=\"normal\">h</mi><mo>=</mo><mi>L</mi><mrow><mo>(</mo><mi>attn</mi><mo>+</mo><mi>ln_1</mi><mo>+</mo><mi>mlp</mi><mo>)</mo></mrow></mrow></math>","text":"h = num_layers*(attn + ln_1 + mlp)","source":""},{"label":"h/ln_1","mathml":"<math display=\"block\"><mrow><mi>ln_1</mi><mo>=</mo><mn>2</mn><mi>d</mi></mrow></math>","text":"h/ln_1 = 2*hidden_size","source":"GPTJBlock.ln_1 = nn.LayerNorm(n_embd), weight and bias"},{"label":"h/attn","mathml":"<math display=\"block\"><mrow><mi>attn</mi><mo>=</mo><mi>k_proj</mi><mo>+</mo><mi>out_proj</mi><mo>+</mo><mi>q_proj</mi><mo>+</mo><mi>v_proj</mi></mrow></math>","text":"h/attn = k_proj + out_proj + q_proj + v_proj","source":"GPTJAttention q_proj, k_proj, v_proj, out_proj (nn.Linear, bias=False)"},{"label":"h/attn/q_proj","mathml":"<math display=\"block\"><mrow><mi>q_proj</mi><mo>=</mo><msup><mi>d</mi><mn>2</mn></msup></mrow></math>","text":"h/attn/q_proj = hidden_size**2","source":""},{"label":"h/attn/k_proj","mathml":"<math display=\"block\"><mrow><mi>k_proj</mi><mo>=</mo><msup><mi>d</mi><mn>2</mn></msup></mrow></math>","text":"h/attn/k_proj = hidden_size**2","source":""},{"label":"h/attn/v_proj","mathml":"<math display=\"block\"><mrow><mi>v_proj</mi><mo>=</mo><msup><mi>d</mi><mn>2</mn></msup></mrow></math>","text":"h/attn/v_proj = hidden_size**2","source":""},{"label":"h/attn/out_proj","mathml":"<math display=\"block\"><mrow><mi>out_proj</mi><mo>=</mo><msup><mi>d</mi><mn>2</mn></msup></mrow></math>","text":"h/attn/out_proj = hidden_size**2","source":""},{"label":"h/mlp","mathml":"<math display=\"block\"><mrow><mi>mlp</mi><mo>=</mo><mi>fc_in</mi><mo>+</mo><mi>fc_out</mi></mrow></math>","text":"h/mlp = fc_in + fc_out","source":"GPTJMLP fc_in, fc_out (nn.Linear with bias)"},{"label":"h/mlp/fc_in","mathml":"<math display=\"block\"><mrow><mi>fc_in</mi><mo>=</mo><mi>d</mi><mi>I</mi><mo>+</mo><mi>I</mi></mrow></math>","text":"h/mlp/fc_in = intermediate_size + hidden_size*intermediate_size","source":""},{"label":"h/mlp/fc_out","mathml":"<math display=\"block\"><mrow><mi>fc_out</mi><mo>=</mo><mi>d</mi><mi>I</mi><mo>+</mo><mi>d</mi></mrow></math>","text":"h/mlp/fc_out = hidden_size + hidden_size*intermediate_size","source":""},{"label":"ln_f","mathml":"<math display=\"block\"><mrow><mi>ln_f</mi><mo>=</mo><mn>2</mn><mi>d</mi></mrow></math>","text":"ln_f = 2*hidden_size","source":"GPTJModel.ln_f = nn.LayerNorm(n_embd)"},{"label":"lm_head","mathml":"<math display=\"block\"><mrow><mi>lm_head</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow><mo>+</mo><mi>V</mi></mrow></math>","text":"lm_head = vocab_size + hidden_size*vocab_size*(1 - tie_word_embeddings)","source":"GPTJForCausalLM.lm_head = nn.Linear(n_embd, vocab_size) (with a bias)"},{"label":"non_embedding_params","mathml":"<math display=\"block\"><mrow><mi>non_embedding_params</mi><mo>=</mo><mo>-</mo><mi>lm_head</mi><mo>+</mo><mi>params</mi><mo>-</mo><mi>wte</mi></mrow></math>","text":"non_embedding_params = params - lm_head - wte","source":""},{"label":"embedding_params","mathml":"<math display=\"block\"><mrow><mi>embedding_params</mi><mo>=</mo><mi>wte</mi></mrow></math>","text":"embedding_params = wte","source":""},{"label":"lm_head_params","mathml":"<math display=\"block\"><mrow><mi>lm_head_params</mi><mo>=</mo><mi>lm_head</mi></mrow></math>","text":"lm_head_params = lm_head","source":""},{"label":"kv_elements_per_token","mathml":"<math display=\"block\"><mrow><mi>kv_elements_per_token</mi><mo>=</mo><mn>2</mn><mi>d</mi><mi>L</mi></mrow></math>","text":"kv_elements_per_token = 2*hidden_size*num_layers","source":"formulas.md section 4.2"},{"label":"layer_norms","mathml":"<math display=\"block\"><mrow><mi>layer_norms</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"layer_norms = 1","source":"transformers GPTJBlock.__init__ (ln_1 only)"},{"label":"parallel_block","mathml":"<math display=\"block\"><mrow><mi>parallel_block</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"parallel_block = 1","source":"transformers GPTJBlock.forward: hidden_states = self.ln_1(hidden_states); attn(hidden_states); mlp(hidden_states)"},{"label":"gated_mlp","mathml":"<math display=\"block\"><mrow><mi>gated_mlp</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"gated_mlp = 0","source":""},{"label":"mlp_act_tensors","mathml":"<math display=\"block\"><mrow><mi>mlp_act_tensors</mi><mo>=</mo><mn>5</mn></mrow></math>","text":"mlp_act_tensors = 5","source":"transformers/activations.py NewGELUActivation (GPT-J's activation_function); as GPT-2"},{"label":"default max_position_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaultmax_position_embeddings</mi><mo>=</mo><mn>2048</mn></mrow></math>","text":"default max_position_embeddings = 2048","source":""},{"label":"default rotary_dim","mathml":"<math display=\"block\"><mrow><mi>defaultrotary_dim</mi><mo>=</mo><mn>64</mn></mrow></math>","text":"default rotary_dim = 64","source":""},{"label":"default intermediate_size","mathml":"<math display=\"block\"><mrow><mi>defaultintermediate_size</mi><mo>=</mo><mn>4</mn><mi>d</mi></mrow></math>","text":"default intermediate_size = 4*hidden_size","source":""},{"label":"default tie_word_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaulttie_word_embeddings</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default tie_word_embeddings = 0","source":""}],"program_meta":[{"i":["vocab_size","max_position_embeddings","hidden_size","num_layers","num_heads","rotary_dim","intermediate_size","tie_word_embeddings"],"o":["@q:wte","@q:h/ln_1","@q:h/attn/q_proj","@q:h/attn/k_proj","@q:h/attn/v_proj","@q:h/attn/out_proj","@q:h/attn","@q:h/mlp/fc_in","@q:h/mlp/fc_out","@q:h/mlp","@r:h","@q:h","@q:ln_f","@q:lm_head","@q:","@d:non_embedding_params","@d:embedding_params","@d:lm_head_params","@d:kv_elements_per_token","@b:layer_norms","@b:parallel_block","@b:gated_mlp","@b:mlp_act_tensors"],"c":null},{"i":[],"o":["max_position_embeddings"],"c":"2048"},{"i":[],"o":["rotary_dim"],"c":"64"},{"i":["hidden_size"],"o":["intermediate_size"],"c":null},{"i":[],"o":["tie_word_embeddings"],"c":"0"},{"i":["hidden_size","intermediate_size","num_layers","vocab_size"],"o":["q_proj/in","q_proj/out","q_proj/count","k_proj/in","k_proj/out","k_proj/count","v_proj/in","v_proj/out","v_proj/count","out_proj/in","out_proj/out","out_proj/count","fc_in/in","fc_in/out","fc_in/count","fc_out/in","fc_out/out","fc_out/count","lm_head/in","lm_head/out","lm_head/count"],"c":null}]},
function ({_Z, _Q, _add, _mul, _pow, _powq, _inv, _mod, _lt, _le, _gt, _ge, _eq, _ne, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7) {
  let v8 = _mul(v2, v0);
  let v9 = _mul(_Z(2n), v2);
  let v10 = _pow(v2, 2);
  let v11 = _pow(v2, 2);
  let v12 = _pow(v2, 2);
  let v13 = _pow(v2, 2);
  let v14 = _add(v11, v13, v10, v12);
  let v15 = _add(v6, _mul(v2, v6));
  let v16 = _add(v2, _mul(v2, v6));
  let v17 = _add(v15, v16);
  let v18 = v3;
  let v19 = _mul(v18, _add(v14, v9, v17));
  let v20 = _mul(_Z(2n), v2);
  let v21 = _add(v0, _mul(v2, v0, _add(_Z(1n), _mul(_Z(-1n), v7))));
  let v22 = _add(v19, v21, v20, v8);
  let v23 = _add(v22, _mul(_Z(-1n), v21), _mul(_Z(-1n), v8));
  let v24 = v8;
  let v25 = v21;
  let v26 = _mul(_Z(2n), v2, v3);
  let v27 = _Z(1n);
  let v28 = _Z(1n);
  let v29 = _Z(0n);
  let v30 = _Z(5n);
  return [v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30];
},
null,
null,
function plan(v0) {
  let v1 = _mul(_Z(4n), v0);
  return [v1];
},
null,
function plan(v0, v1, v2, v3) {
  let v4 = v0;
  let v5 = v0;
  let v6 = v2;
  let v7 = v0;
  let v8 = v0;
  let v9 = v2;
  let v10 = v0;
  let v11 = v0;
  let v12 = v2;
  let v13 = v0;
  let v14 = v0;
  let v15 = v2;
  let v16 = v0;
  let v17 = v1;
  let v18 = v2;
  let v19 = v1;
  let v20 = v0;
  let v21 = v2;
  let v22 = v0;
  let v23 = v3;
  let v24 = _Z(1n);
  return [v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24];
}
];
},
function ({_F, _inv, _mod, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7) {
  let v8 = (v2 * v0);
  let v9 = ((2.0) * v2);
  let v10 = (v2 ** 2);
  let v11 = (v2 ** 2);
  let v12 = (v2 ** 2);
  let v13 = (v2 ** 2);
  let v14 = (v11 + v13 + v10 + v12);
  let v15 = (v6 + (v2 * v6));
  let v16 = (v2 + (v2 * v6));
  let v17 = (v15 + v16);
  let v18 = v3;
  let v19 = (v18 * (v14 + v9 + v17));
  let v20 = ((2.0) * v2);
  let v21 = (v0 + (v2 * v0 * ((1.0) + ((-1.0) * v7))));
  let v22 = (v19 + v21 + v20 + v8);
  let v23 = (v22 + ((-1.0) * v21) + ((-1.0) * v8));
  let v24 = v8;
  let v25 = v21;
  let v26 = ((2.0) * v2 * v3);
  let v27 = (1.0);
  let v28 = (1.0);
  let v29 = (0.0);
  let v30 = (5.0);
  return [v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30];
},
null,
null,
function plan(v0) {
  let v1 = ((4.0) * v0);
  return [v1];
},
null,
function plan(v0, v1, v2, v3) {
  let v4 = v0;
  let v5 = v0;
  let v6 = v2;
  let v7 = v0;
  let v8 = v0;
  let v9 = v2;
  let v10 = v0;
  let v11 = v0;
  let v12 = v2;
  let v13 = v0;
  let v14 = v0;
  let v15 = v2;
  let v16 = v0;
  let v17 = v1;
  let v18 = v2;
  let v19 = v1;
  let v20 = v0;
  let v21 = v2;
  let v22 = v0;
  let v23 = v3;
  let v24 = (1.0);
  return [v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24];
}
];
});
