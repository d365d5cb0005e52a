ENGINE.define({"name":"gpt2","kind":"architecture","path":"specs/gpt2.yaml","description":"GPT-2 decoder: learned position embeddings, pre-LayerNorm with biases, Conv1D projections with biases, GeLU MLP, LM head tied to the token embedding.","abstract":false,"symbols":[{"name":"vocab_size","domain":"positive_integer","latex":"V","description":"Vocabulary size (config.vocab_size)","flag":false,"provider":"","default":null,"key":"specs/gpt2.yaml:11:3"},{"name":"max_position_embeddings","domain":"positive_integer","latex":"n_{ctx}","description":"Learned positions, also the context length (config.n_positions)","flag":false,"provider":"","default":{"text":"1024","at":"specs/gpt2.yaml:17:14","key":"specs/gpt2.yaml:17:5"},"key":"specs/gpt2.yaml:14:3"},{"name":"hidden_size","domain":"positive_integer","latex":"d","description":"Model width (config.n_embd)","flag":false,"provider":"","default":null,"key":"specs/gpt2.yaml:18:3"},{"name":"num_layers","domain":"positive_integer","latex":"L","description":"Decoder blocks (config.n_layer)","flag":false,"provider":"","default":null,"key":"specs/gpt2.yaml:21:3"},{"name":"num_heads","domain":"positive_integer","latex":"H","description":"Attention heads (config.n_head); no parameters of their own","flag":false,"provider":"","default":null,"key":"specs/gpt2.yaml:24:3"},{"name":"intermediate_size","domain":"positive_integer","latex":"I","description":"MLP inner width (config.n_inner)","flag":false,"provider":"","default":{"text":"4 * hidden_size","at":"specs/gpt2.yaml:30:14","key":"specs/gpt2.yaml:30:5"},"key":"specs/gpt2.yaml:27:3"},{"name":"tie_word_embeddings","domain":"flag","latex":"\\tau","description":"1 if lm_head shares wte","flag":false,"provider":"","default":{"text":"1","at":"specs/gpt2.yaml:36:14","key":"specs/gpt2.yaml:36:5"},"key":"specs/gpt2.yaml:32:3"}],"presets":[{"name":"gpt2","description":"","values":{"vocab_size":{"text":"50257","at":"specs/gpt2.yaml:115:26","key":"specs/gpt2.yaml:115:14","value":"50257"},"hidden_size":{"text":"768","at":"specs/gpt2.yaml:115:46","key":"specs/gpt2.yaml:115:33","value":"768"},"num_layers":{"text":"12","at":"specs/gpt2.yaml:115:63","key":"specs/gpt2.yaml:115:51","value":"12"},"num_heads":{"text":"12","at":"specs/gpt2.yaml:115:78","key":"specs/gpt2.yaml:115:67","value":"12"}}},{"name":"gpt2-medium","description":"","values":{"vocab_size":{"text":"50257","at":"specs/gpt2.yaml:118:26","key":"specs/gpt2.yaml:118:14","value":"50257"},"hidden_size":{"text":"1024","at":"specs/gpt2.yaml:118:46","key":"specs/gpt2.yaml:118:33","value":"1024"},"num_layers":{"text":"24","at":"specs/gpt2.yaml:118:64","key":"specs/gpt2.yaml:118:52","value":"24"},"num_heads":{"text":"16","at":"specs/gpt2.yaml:118:79","key":"specs/gpt2.yaml:118:68","value":"16"}}},{"name":"gpt2-large","description":"","values":{"vocab_size":{"text":"50257","at":"specs/gpt2.yaml:121:26","key":"specs/gpt2.yaml:121:14","value":"50257"},"hidden_size":{"text":"1280","at":"specs/gpt2.yaml:121:46","key":"specs/gpt2.yaml:121:33","value":"1280"},"num_layers":{"text":"36","at":"specs/gpt2.yaml:121:64","key":"specs/gpt2.yaml:121:52","value":"36"},"num_heads":{"text":"20","at":"specs/gpt2.yaml:121:79","key":"specs/gpt2.yaml:121:68","value":"20"}}},{"name":"gpt2-xl","description":"","values":{"vocab_size":{"text":"50257","at":"specs/gpt2.yaml:124:26","key":"specs/gpt2.yaml:124:14","value":"50257"},"hidden_size":{"text":"1600","at":"specs/gpt2.yaml:124:46","key":"specs/gpt2.yaml:124:33","value":"1600"},"num_layers":{"text":"48","at":"specs/gpt2.yaml:124:64","key":"specs/gpt2.yaml:124:52","value":"48"},"num_heads":{"text":"25","at":"specs/gpt2.yaml:124:79","key":"specs/gpt2.yaml:124:68","value":"25"}}}],"default_preset":"gpt2","default_rules":null,"total":{"name":"params","key":"","slot":"@q:"},"parts":[["wte","wte","@q:wte",[],false],["wpe","wpe","@q:wpe",[],false],["h","h","@q:h",[],true],["h/ln_1","ln_1","@q:h/ln_1",["@r:h"],false],["h/attn","attn","@q:h/attn",["@r:h"],true],["h/attn/c_attn","c_attn","@q:h/attn/c_attn",["@r:h"],false],["h/attn/c_proj","c_proj","@q:h/attn/c_proj",["@r:h"],false],["h/ln_2","ln_2","@q:h/ln_2",["@r:h"],false],["h/mlp","mlp","@q:h/mlp",["@r:h"],true],["h/mlp/c_fc","c_fc","@q:h/mlp/c_fc",["@r:h"],false],["h/mlp/c_proj","c_proj","@q:h/mlp/c_proj",["@r:h"],false],["ln_f","ln_f","@q:ln_f",[],false],["lm_head","lm_head","@q:lm_head",[],false]],"derived":{"non_embedding_params":"@d:non_embedding_params","embedding_params":"@d:embedding_params","lm_head_params":"@d:lm_head_params","kv_elements_per_token":"@d:kv_elements_per_token"},"phases":{},"block":{"softmax_fp32":"@b:softmax_fp32","mlp_act_tensors":"@b:mlp_act_tensors","gated_mlp":"@b:gated_mlp"},"where":{"":"specs/gpt2.yaml:37:1","wte":"specs/gpt2.yaml:39:11","wpe":"specs/gpt2.yaml:42:11","h":"specs/gpt2.yaml:45:13","h/ln_1":"specs/gpt2.yaml:49:15","h/attn":"specs/gpt2.yaml:51:7","h/attn/c_attn":"specs/gpt2.yaml:53:19","h/attn/c_proj":"specs/gpt2.yaml:54:19","h/ln_2":"specs/gpt2.yaml:57:15","h/mlp":"specs/gpt2.yaml:59:7","h/mlp/c_fc":"specs/gpt2.yaml:61:17","h/mlp/c_proj":"specs/gpt2.yaml:62:19","ln_f":"specs/gpt2.yaml:65:11","lm_head":"specs/gpt2.yaml:68:11","non_embedding_params":"specs/gpt2.yaml:90:11","embedding_params":"specs/gpt2.yaml:93:11","lm_head_params":"specs/gpt2.yaml:96:11","kv_elements_per_token":"specs/gpt2.yaml:99:11","softmax_fp32":"specs/gpt2.yaml:78:11","mlp_act_tensors":"specs/gpt2.yaml:81:11","gated_mlp":"specs/gpt2.yaml:85:11"},"options":[],"linears":[{"name":"c_attn","output":false},{"name":"attn.c_proj","output":false},{"name":"c_fc","output":false},{"name":"mlp.c_proj","output":false},{"name":"lm_head","output":true}],"lora_targets":["c_attn"],"hf":{"model_types":["gpt2"],"keys":[{"key":"vocab_size","symbol":"vocab_size","if_null":null,"values":{}},{"key":"n_embd","symbol":"hidden_size","if_null":null,"values":{}},{"key":"hidden_size","symbol":"hidden_size","if_null":null,"values":{}},{"key":"n_positions","symbol":"max_position_embeddings","if_null":null,"values":{}},{"key":"max_position_embeddings","symbol":"max_position_embeddings","if_null":null,"values":{}},{"key":"n_layer","symbol":"num_layers","if_null":null,"values":{}},{"key":"num_hidden_layers","symbol":"num_layers","if_null":null,"values":{}},{"key":"n_head","symbol":"num_heads","if_null":null,"values":{}},{"key":"num_attention_heads","symbol":"num_heads","if_null":null,"values":{}},{"key":"n_inner","symbol":"intermediate_size","if_null":null,"values":{}},{"key":"tie_word_embeddings","symbol":"tie_word_embeddings","if_null":null,"values":{}}],"defaults":{},"architectures":{"GPT2LMHeadModel":{}},"key":"specs/gpt2.yaml:126:1"},"programs":{"main":0,"defaults":{"max_position_embeddings":1,"intermediate_size":2,"tie_word_embeddings":3},"choices":{},"weights":{},"linears":4,"conditions":{}},"formulas":[{"label":"params","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mi mathvariant=\"normal\">h</mi><mo>+</mo><mi>lm_head</mi><mo>+</mo><mi>ln_f</mi><mo>+</mo><mi>wpe</mi><mo>+</mo><mi>wte</mi></mrow></math>","text":"params = h + lm_head + ln_f + wpe + wte","source":""},{"label":"params (in symbols)","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mi>d</mi><msub><mi>n</mi><mrow><mi>c</mi><mi>t</mi><mi>x</mi></mrow></msub><mo>+</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow><mo>+</mo><mi>d</mi><mi>V</mi><mo>+</mo><mn>2</mn><mi>d</mi><mo>+</mo><mi>L</mi><mrow><mo>(</mo><mn>4</mn><msup><mi>d</mi><mn>2</mn></msup><mo>+</mo><mn>2</mn><mi>d</mi><mi>I</mi><mo>+</mo><mn>9</mn><mi>d</mi><mo>+</mo><mi>I</mi><mo>)</mo></mrow></mrow></math>","text":"params (in symbols) = 2*hidden_size + hidden_size*max_position_embeddings + hidden_size*vocab_size + num_layers*(intermediate_size + 4*hidden_size**2 + 9*hidden_size + 2*hidden_size*intermediate_size) + hidden_size*vocab_size*(1 - tie_word_embeddings)","source":""},{"label":"wte","mathml":"<math display=\"block\"><mrow><mi>wte</mi><mo>=</mo><mi>d</mi><mi>V</mi></mrow></math>","text":"wte = hidden_size*vocab_size","source":"GPT2Model.wte = nn.Embedding(vocab_size, n_embd)"},{"label":"wpe","mathml":"<math display=\"block\"><mrow><mi>wpe</mi><mo>=</mo><mi>d</mi><msub><mi>n</mi><mrow><mi>c</mi><mi>t</mi><mi>x</mi></mrow></msub></mrow></math>","text":"wpe = hidden_size*max_position_embeddings","source":"GPT2Model.wpe = nn.Embedding(n_positions, n_embd)"},{"label":"h","mathml":"<math display=\"block\"><mrow><mi mathvariant=\"normal\">h</mi><mo>=</mo><mi>L</mi><mrow><mo>(</mo><mi>attn</mi><mo>+</mo><mi>ln_1</mi><mo>+</mo><mi>ln_2</mi><mo>+</mo><mi>mlp</mi><mo>)</mo></mrow></mrow></math>","text":"h = num_layers*(attn + ln_1 + ln_2 + mlp)","source":""},{"label":"h/ln_1","mathml":"<math display=\"block\"><mrow><mi>ln_1</mi><mo>=</mo><mn>2</mn><mi>d</mi></mrow></math>","text":"h/ln_1 = 2*hidden_size","source":"nn.LayerNorm(n_embd), weight and bias"},{"label":"h/attn","mathml":"<math display=\"block\"><mrow><mi>attn</mi><mo>=</mo><mi>c_attn</mi><mo>+</mo><mi>c_proj</mi></mrow></math>","text":"h/attn = c_attn + c_proj","source":"GPT2Attention (Conv1D with bias)"},{"label":"h/attn/c_attn","mathml":"<math display=\"block\"><mrow><mi>c_attn</mi><mo>=</mo><mn>3</mn><msup><mi>d</mi><mn>2</mn></msup><mo>+</mo><mn>3</mn><mi>d</mi></mrow></math>","text":"h/attn/c_attn = 3*hidden_size + 3*hidden_size**2","source":""},{"label":"h/attn/c_proj","mathml":"<math display=\"block\"><mrow><mi>c_proj</mi><mo>=</mo><msup><mi>d</mi><mn>2</mn></msup><mo>+</mo><mi>d</mi></mrow></math>","text":"h/attn/c_proj = hidden_size + hidden_size**2","source":""},{"label":"h/ln_2","mathml":"<math display=\"block\"><mrow><mi>ln_2</mi><mo>=</mo><mn>2</mn><mi>d</mi></mrow></math>","text":"h/ln_2 = 2*hidden_size","source":"nn.LayerNorm(n_embd), weight and bias"},{"label":"h/mlp","mathml":"<math display=\"block\"><mrow><mi>mlp</mi><mo>=</mo><mi>c_fc</mi><mo>+</mo><mi>c_proj</mi></mrow></math>","text":"h/mlp = c_fc + c_proj","source":"GPT2MLP (Conv1D with bias)"},{"label":"h/mlp/c_fc","mathml":"<math display=\"block\"><mrow><mi>c_fc</mi><mo>=</mo><mi>d</mi><mi>I</mi><mo>+</mo><mi>I</mi></mrow></math>","text":"h/mlp/c_fc = intermediate_size + hidden_size*intermediate_size","source":""},{"label":"h/mlp/c_proj","mathml":"<math display=\"block\"><mrow><mi>c_proj</mi><mo>=</mo><mi>d</mi><mi>I</mi><mo>+</mo><mi>d</mi></mrow></math>","text":"h/mlp/c_proj = hidden_size + hidden_size*intermediate_size","source":""},{"label":"ln_f","mathml":"<math display=\"block\"><mrow><mi>ln_f</mi><mo>=</mo><mn>2</mn><mi>d</mi></mrow></math>","text":"ln_f = 2*hidden_size","source":"GPT2Model.ln_f = nn.LayerNorm(n_embd)"},{"label":"lm_head","mathml":"<math display=\"block\"><mrow><mi>lm_head</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow></mrow></math>","text":"lm_head = hidden_size*vocab_size*(1 - tie_word_embeddings)","source":"GPT2LMHeadModel.lm_head, tied to wte by default"},{"label":"non_embedding_params","mathml":"<math display=\"block\"><mrow><mi>non_embedding_params</mi><mo>=</mo><mo>-</mo><mi>lm_head</mi><mo>+</mo><mi>params</mi><mo>-</mo><mi>wpe</mi><mo>-</mo><mi>wte</mi></mrow></math>","text":"non_embedding_params = params - lm_head - wpe - wte","source":""},{"label":"embedding_params","mathml":"<math display=\"block\"><mrow><mi>embedding_params</mi><mo>=</mo><mi>wpe</mi><mo>+</mo><mi>wte</mi></mrow></math>","text":"embedding_params = wpe + wte","source":""},{"label":"lm_head_params","mathml":"<math display=\"block\"><mrow><mi>lm_head_params</mi><mo>=</mo><mi>lm_head</mi></mrow></math>","text":"lm_head_params = lm_head","source":""},{"label":"kv_elements_per_token","mathml":"<math display=\"block\"><mrow><mi>kv_elements_per_token</mi><mo>=</mo><mn>2</mn><mi>d</mi><mi>L</mi></mrow></math>","text":"kv_elements_per_token = 2*hidden_size*num_layers","source":"formulas.md section 4.2"},{"label":"softmax_fp32","mathml":"<math display=\"block\"><mrow><mi>softmax_fp32</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"softmax_fp32 = 0","source":""},{"label":"mlp_act_tensors","mathml":"<math display=\"block\"><mrow><mi>mlp_act_tensors</mi><mo>=</mo><mn>5</mn></mrow></math>","text":"mlp_act_tensors = 5","source":"transformers/activations.py NewGELUActivation; measured in tests/data/measured_training_steps.json"},{"label":"gated_mlp","mathml":"<math display=\"block\"><mrow><mi>gated_mlp</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"gated_mlp = 0","source":""},{"label":"default max_position_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaultmax_position_embeddings</mi><mo>=</mo><mn>1024</mn></mrow></math>","text":"default max_position_embeddings = 1024","source":""},{"label":"default intermediate_size","mathml":"<math display=\"block\"><mrow><mi>defaultintermediate_size</mi><mo>=</mo><mn>4</mn><mi>d</mi></mrow></math>","text":"default intermediate_size = 4*hidden_size","source":""},{"label":"default tie_word_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaulttie_word_embeddings</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default tie_word_embeddings = 1","source":""}],"program_meta":[{"i":["vocab_size","max_position_embeddings","hidden_size","num_layers","num_heads","intermediate_size","tie_word_embeddings"],"o":["@q:wte","@q:wpe","@q:h/ln_1","@q:h/attn/c_attn","@q:h/attn/c_proj","@q:h/attn","@q:h/ln_2","@q:h/mlp/c_fc","@q:h/mlp/c_proj","@q:h/mlp","@r:h","@q:h","@q:ln_f","@q:lm_head","@q:","@d:non_embedding_params","@d:embedding_params","@d:lm_head_params","@d:kv_elements_per_token","@b:softmax_fp32","@b:mlp_act_tensors","@b:gated_mlp"],"c":null},{"i":[],"o":["max_position_embeddings"],"c":"1024"},{"i":["hidden_size"],"o":["intermediate_size"],"c":null},{"i":[],"o":["tie_word_embeddings"],"c":"1"},{"i":["hidden_size","intermediate_size","num_layers","vocab_size"],"o":["c_attn/in","c_attn/out","c_attn/count","attn.c_proj/in","attn.c_proj/out","attn.c_proj/count","c_fc/in","c_fc/out","c_fc/count","mlp.c_proj/in","mlp.c_proj/out","mlp.c_proj/count","lm_head/in","lm_head/out","lm_head/count"],"c":null}]},
function ({_Z, _Q, _add, _mul, _pow, _powq, _inv, _mod, _lt, _le, _gt, _ge, _eq, _ne, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6) {
  let v7 = _mul(v2, v0);
  let v8 = _mul(v2, v1);
  let v9 = _mul(_Z(2n), v2);
  let v10 = _add(_mul(_Z(3n), v2), _mul(_Z(3n), _pow(v2, 2)));
  let v11 = _add(v2, _pow(v2, 2));
  let v12 = _add(v10, v11);
  let v13 = _mul(_Z(2n), v2);
  let v14 = _add(v5, _mul(v2, v5));
  let v15 = _add(v2, _mul(v2, v5));
  let v16 = _add(v14, v15);
  let v17 = v3;
  let v18 = _mul(v17, _add(v12, v9, v13, v16));
  let v19 = _mul(_Z(2n), v2);
  let v20 = _mul(v2, v0, _add(_Z(1n), _mul(_Z(-1n), v6)));
  let v21 = _add(v18, v20, v19, v8, v7);
  let v22 = _add(v21, _mul(_Z(-1n), v20), _mul(_Z(-1n), v8), _mul(_Z(-1n), v7));
  let v23 = _add(v8, v7);
  let v24 = v20;
  let v25 = _mul(_Z(2n), v2, v3);
  let v26 = _Z(0n);
  let v27 = _Z(5n);
  let v28 = _Z(0n);
  return [v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28];
},
null,
function plan(v0) {
  let v1 = _mul(_Z(4n), v0);
  return [v1];
},
null,
function plan(v0, v1, v2, v3) {
  let v4 = v0;
  let v5 = _mul(_Z(3n), v0);
  let v6 = v2;
  let v7 = v0;
  let v8 = v0;
  let v9 = v2;
  let v10 = v0;
  let v11 = v1;
  let v12 = v2;
  let v13 = v1;
  let v14 = v0;
  let v15 = v2;
  let v16 = v0;
  let v17 = v3;
  let v18 = _Z(1n);
  return [v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18];
}
];
},
function ({_F, _inv, _mod, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6) {
  let v7 = (v2 * v0);
  let v8 = (v2 * v1);
  let v9 = ((2.0) * v2);
  let v10 = (((3.0) * v2) + ((3.0) * (v2 ** 2)));
  let v11 = (v2 + (v2 ** 2));
  let v12 = (v10 + v11);
  let v13 = ((2.0) * v2);
  let v14 = (v5 + (v2 * v5));
  let v15 = (v2 + (v2 * v5));
  let v16 = (v14 + v15);
  let v17 = v3;
  let v18 = (v17 * (v12 + v9 + v13 + v16));
  let v19 = ((2.0) * v2);
  let v20 = (v2 * v0 * ((1.0) + ((-1.0) * v6)));
  let v21 = (v18 + v20 + v19 + v8 + v7);
  let v22 = (v21 + ((-1.0) * v20) + ((-1.0) * v8) + ((-1.0) * v7));
  let v23 = (v8 + v7);
  let v24 = v20;
  let v25 = ((2.0) * v2 * v3);
  let v26 = (0.0);
  let v27 = (5.0);
  let v28 = (0.0);
  return [v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28];
},
null,
function plan(v0) {
  let v1 = ((4.0) * v0);
  return [v1];
},
null,
function plan(v0, v1, v2, v3) {
  let v4 = v0;
  let v5 = ((3.0) * v0);
  let v6 = v2;
  let v7 = v0;
  let v8 = v0;
  let v9 = v2;
  let v10 = v0;
  let v11 = v1;
  let v12 = v2;
  let v13 = v1;
  let v14 = v0;
  let v15 = v2;
  let v16 = v0;
  let v17 = v3;
  let v18 = (1.0);
  return [v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18];
}
];
});
