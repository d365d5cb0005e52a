ENGINE.define({"name":"starcoder2","kind":"architecture","path":"specs/starcoder2.yaml","description":"StarCoder2 decoder: LayerNorms with bias, grouped-query attention with biases, c_fc -> GeLU -> c_proj MLP with biases, sliding-window attention in every layer, tied LM head.","abstract":false,"symbols":[{"name":"vocab_size","domain":"positive_integer","latex":"V","description":"Vocabulary size (config.vocab_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:14:3"},{"name":"hidden_size","domain":"positive_integer","latex":"d","description":"Model width (config.hidden_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:17:3"},{"name":"intermediate_size","domain":"positive_integer","latex":"I","description":"MLP inner width (config.intermediate_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:20:3"},{"name":"num_layers","domain":"positive_integer","latex":"L","description":"Decoder layers (config.num_hidden_layers)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:23:3"},{"name":"num_heads","domain":"positive_integer","latex":"H","description":"Query heads (config.num_attention_heads)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:26:3"},{"name":"num_kv_heads","domain":"positive_integer","latex":"K","description":"Key/value heads, grouped-query attention (config.num_key_value_heads)","flag":false,"provider":"","default":{"text":"num_heads","at":"specs/base/decoder.yaml:32:14","key":"specs/base/decoder.yaml:32:5"},"key":"specs/base/decoder.yaml:29:3"},{"name":"head_dim","domain":"positive_integer","latex":"d_h","description":"Width of one attention head (config.head_dim)","flag":false,"provider":"","default":{"text":"hidden_size / num_heads","at":"specs/base/decoder.yaml:37:14","key":"specs/base/decoder.yaml:37:5"},"key":"specs/base/decoder.yaml:34:3"},{"name":"max_position_embeddings","domain":"positive_integer","latex":"n_{ctx}","description":"Context length the model was trained for (rotary, so no parameters)","flag":false,"provider":"","default":{"text":"4096","at":"specs/starcoder2.yaml:36:14","key":"specs/starcoder2.yaml:36:5"},"key":"specs/starcoder2.yaml:33:3"},{"name":"tie_word_embeddings","domain":"flag","latex":"\\tau","description":"1 if lm_head shares the token embedding matrix (Starcoder2Config default true)","flag":false,"provider":"","default":{"text":"1","at":"specs/starcoder2.yaml:25:14","key":"specs/starcoder2.yaml:25:5"},"key":"specs/starcoder2.yaml:21:3"},{"name":"use_bias","domain":"flag","latex":"b","description":"1 if q/k/v/o_proj, c_fc and c_proj have biases (config.use_bias)","flag":false,"provider":"","default":{"text":"1","at":"specs/starcoder2.yaml:20:14","key":"specs/starcoder2.yaml:20:5"},"key":"specs/starcoder2.yaml:16:3"},{"name":"sliding_window","domain":"nonnegative_integer","latex":"w","description":"Attention window of every layer in tokens, 0 for full attention (config.sliding_window; no parameters, read by the KV-cache rules)","flag":false,"provider":"","default":{"text":"0","at":"specs/starcoder2.yaml:32:14","key":"specs/starcoder2.yaml:32:5"},"key":"specs/starcoder2.yaml:26:3"}],"presets":[{"name":"starcoder2-3b","description":"","values":{"vocab_size":{"text":"49152","at":"specs/starcoder2.yaml:92:26","key":"specs/starcoder2.yaml:92:14","value":"49152"},"hidden_size":{"text":"3072","at":"specs/starcoder2.yaml:92:46","key":"specs/starcoder2.yaml:92:33","value":"3072"},"intermediate_size":{"text":"12288","at":"specs/starcoder2.yaml:92:71","key":"specs/starcoder2.yaml:92:52","value":"12288"},"num_layers":{"text":"30","at":"specs/starcoder2.yaml:92:90","key":"specs/starcoder2.yaml:92:78","value":"30"},"num_heads":{"text":"24","at":"specs/starcoder2.yaml:92:105","key":"specs/starcoder2.yaml:92:94","value":"24"},"num_kv_heads":{"text":"2","at":"specs/starcoder2.yaml:93:28","key":"specs/starcoder2.yaml:93:14","value":"2"},"sliding_window":{"text":"4096","at":"specs/starcoder2.yaml:93:47","key":"specs/starcoder2.yaml:93:31","value":"4096"},"max_position_embeddings":{"text":"16384","at":"specs/starcoder2.yaml:93:78","key":"specs/starcoder2.yaml:93:53","value":"16384"}}},{"name":"starcoder2-7b","description":"","values":{"vocab_size":{"text":"49152","at":"specs/starcoder2.yaml:96:26","key":"specs/starcoder2.yaml:96:14","value":"49152"},"hidden_size":{"text":"4608","at":"specs/starcoder2.yaml:96:46","key":"specs/starcoder2.yaml:96:33","value":"4608"},"intermediate_size":{"text":"18432","at":"specs/starcoder2.yaml:96:71","key":"specs/starcoder2.yaml:96:52","value":"18432"},"num_layers":{"text":"32","at":"specs/starcoder2.yaml:96:90","key":"specs/starcoder2.yaml:96:78","value":"32"},"num_heads":{"text":"36","at":"specs/starcoder2.yaml:96:105","key":"specs/starcoder2.yaml:96:94","value":"36"},"num_kv_heads":{"text":"4","at":"specs/starcoder2.yaml:97:28","key":"specs/starcoder2.yaml:97:14","value":"4"},"sliding_window":{"text":"4096","at":"specs/starcoder2.yaml:97:47","key":"specs/starcoder2.yaml:97:31","value":"4096"},"max_position_embeddings":{"text":"16384","at":"specs/starcoder2.yaml:97:78","key":"specs/starcoder2.yaml:97:53","value":"16384"}}},{"name":"starcoder2-15b","description":"","values":{"vocab_size":{"text":"49152","at":"specs/starcoder2.yaml:100:26","key":"specs/starcoder2.yaml:100:14","value":"49152"},"hidden_size":{"text":"6144","at":"specs/starcoder2.yaml:100:46","key":"specs/starcoder2.yaml:100:33","value":"6144"},"intermediate_size":{"text":"24576","at":"specs/starcoder2.yaml:100:71","key":"specs/starcoder2.yaml:100:52","value":"24576"},"num_layers":{"text":"40","at":"specs/starcoder2.yaml:100:90","key":"specs/starcoder2.yaml:100:78","value":"40"},"num_heads":{"text":"48","at":"specs/starcoder2.yaml:100:105","key":"specs/starcoder2.yaml:100:94","value":"48"},"num_kv_heads":{"text":"4","at":"specs/starcoder2.yaml:101:28","key":"specs/starcoder2.yaml:101:14","value":"4"},"sliding_window":{"text":"4096","at":"specs/starcoder2.yaml:101:47","key":"specs/starcoder2.yaml:101:31","value":"4096"},"max_position_embeddings":{"text":"16384","at":"specs/starcoder2.yaml:101:78","key":"specs/starcoder2.yaml:101:53","value":"16384"}}}],"default_preset":"starcoder2-15b","default_rules":null,"total":{"name":"params","key":"","slot":"@q:"},"parts":[["embed_tokens","embed_tokens","@q:embed_tokens",[],false],["layers","layers","@q:layers",[],true],["layers/input_layernorm","input_layernorm","@q:layers/input_layernorm",["@r:layers"],false],["layers/self_attn","self_attn","@q:layers/self_attn",["@r:layers"],true],["layers/self_attn/q_proj","q_proj","@q:layers/self_attn/q_proj",["@r:layers"],false],["layers/self_attn/k_proj","k_proj","@q:layers/self_attn/k_proj",["@r:layers"],false],["layers/self_attn/v_proj","v_proj","@q:layers/self_attn/v_proj",["@r:layers"],false],["layers/self_attn/o_proj","o_proj","@q:layers/self_attn/o_proj",["@r:layers"],false],["layers/post_attention_layernorm","post_attention_layernorm","@q:layers/post_attention_layernorm",["@r:layers"],false],["layers/mlp","mlp","@q:layers/mlp",["@r:layers"],true],["layers/mlp/c_fc","c_fc","@q:layers/mlp/c_fc",["@r:layers"],false],["layers/mlp/c_proj","c_proj","@q:layers/mlp/c_proj",["@r:layers"],false],["norm","norm","@q:norm",[],false],["lm_head","lm_head","@q:lm_head",[],false]],"derived":{"non_embedding_params":"@d:non_embedding_params","embedding_params":"@d:embedding_params","lm_head_params":"@d:lm_head_params","kv_elements_per_token":"@d:kv_elements_per_token"},"phases":{},"block":{"gated_mlp":"@b:gated_mlp","rms_norm":"@b:rms_norm"},"where":{"":"specs/starcoder2.yaml:38:1","embed_tokens":"specs/base/decoder.yaml:60:11","layers":"specs/base/decoder.yaml:63:13","layers/input_layernorm":"specs/starcoder2.yaml:42:15","layers/self_attn":"specs/starcoder2.yaml:44:7","layers/self_attn/q_proj":"specs/starcoder2.yaml:47:19","layers/self_attn/k_proj":"specs/starcoder2.yaml:48:19","layers/self_attn/v_proj":"specs/starcoder2.yaml:49:19","layers/self_attn/o_proj":"specs/starcoder2.yaml:50:19","layers/post_attention_layernorm":"specs/starcoder2.yaml:52:15","layers/mlp":"specs/starcoder2.yaml:54:7","layers/mlp/c_fc":"specs/starcoder2.yaml:60:17","layers/mlp/c_proj":"specs/starcoder2.yaml:61:19","norm":"specs/starcoder2.yaml:63:11","lm_head":"specs/base/decoder.yaml:89:11","non_embedding_params":"specs/base/decoder.yaml:107:11","embedding_params":"specs/base/decoder.yaml:110:11","lm_head_params":"specs/base/decoder.yaml:113:11","kv_elements_per_token":"specs/base/decoder.yaml:116:11","gated_mlp":"specs/starcoder2.yaml:105:11","rms_norm":"specs/starcoder2.yaml:108:11"},"options":[],"linears":[{"name":"q_proj","output":false},{"name":"k_proj","output":false},{"name":"v_proj","output":false},{"name":"o_proj","output":false},{"name":"lm_head","output":true},{"name":"c_fc","output":false},{"name":"c_proj","output":false}],"lora_targets":["q_proj","v_proj"],"hf":{"model_types":["starcoder2"],"keys":[{"key":"vocab_size","symbol":"vocab_size","if_null":null,"values":{}},{"key":"hidden_size","symbol":"hidden_size","if_null":null,"values":{}},{"key":"intermediate_size","symbol":"intermediate_size","if_null":null,"values":{}},{"key":"num_hidden_layers","symbol":"num_layers","if_null":null,"values":{}},{"key":"num_attention_heads","symbol":"num_heads","if_null":null,"values":{}},{"key":"num_key_value_heads","symbol":"num_kv_heads","if_null":null,"values":{}},{"key":"head_dim","symbol":"head_dim","if_null":null,"values":{}},{"key":"max_position_embeddings","symbol":"max_position_embeddings","if_null":null,"values":{}},{"key":"tie_word_embeddings","symbol":"tie_word_embeddings","if_null":null,"values":{}},{"key":"use_bias","symbol":"use_bias","if_null":null,"values":{}},{"key":"sliding_window","symbol":"sliding_window","if_null":{"text":"0","at":"specs/starcoder2.yaml:82:55","key":"specs/starcoder2.yaml:82:46","value":"0"},"values":{}}],"defaults":{"num_key_value_heads":{"raw":{"number":"2"},"span":{"value":"specs/starcoder2.yaml:84:26","key":"specs/starcoder2.yaml:84:5","at":"specs/starcoder2.yaml:84:26"}},"tie_word_embeddings":{"raw":{"json":true},"span":{"value":"specs/starcoder2.yaml:85:26","key":"specs/starcoder2.yaml:85:5","at":"specs/starcoder2.yaml:85:26"}},"max_position_embeddings":{"raw":{"number":"4096"},"span":{"value":"specs/starcoder2.yaml:86:30","key":"specs/starcoder2.yaml:86:5","at":"specs/starcoder2.yaml:86:30"}}},"architectures":{"Starcoder2ForCausalLM":{}},"key":"specs/starcoder2.yaml:73:1"},"programs":{"main":0,"defaults":{"num_kv_heads":1,"head_dim":2,"max_position_embeddings":3,"tie_word_embeddings":4,"use_bias":5,"sliding_window":6},"choices":{},"weights":{},"linears":7,"conditions":{}},"formulas":[{"label":"params","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mi>embed_tokens</mi><mo>+</mo><mi>layers</mi><mo>+</mo><mi>lm_head</mi><mo>+</mo><mi>norm</mi></mrow></math>","text":"params = embed_tokens + layers + lm_head + norm","source":""},{"label":"params (in symbols)","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow><mo>+</mo><mi>d</mi><mi>V</mi><mo>+</mo><mn>2</mn><mi>d</mi><mo>+</mo><mi>L</mi><mrow><mo>(</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>H</mi><mrow><mo>(</mo><mi>d</mi><mo>+</mo><mi>b</mi><mo>)</mo></mrow><mo>+</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mrow><mo>(</mo><mi>d</mi><mo>+</mo><mi>b</mi><mo>)</mo></mrow><mo>+</mo><mi>d</mi><mi>I</mi><mo>+</mo><mn>2</mn><mi>d</mi><mi>b</mi><mo>+</mo><mn>4</mn><mi>d</mi><mo>+</mo><mi>I</mi><mrow><mo>(</mo><mi>d</mi><mo>+</mo><mi>b</mi><mo>)</mo></mrow><mo>)</mo></mrow></mrow></math>","text":"params (in symbols) = 2*hidden_size + hidden_size*vocab_size + num_layers*(4*hidden_size + hidden_size*intermediate_size + intermediate_size*(use_bias + hidden_size) + 2*use_bias*hidden_size + head_dim*hidden_size*num_heads + head_dim*num_heads*(use_bias + hidden_size) + 2*head_dim*num_kv_heads*(use_bias + hidden_size)) + hidden_size*vocab_size*(1 - tie_word_embeddings)","source":""},{"label":"embed_tokens","mathml":"<math display=\"block\"><mrow><mi>embed_tokens</mi><mo>=</mo><mi>d</mi><mi>V</mi></mrow></math>","text":"embed_tokens = hidden_size*vocab_size","source":"Model.embed_tokens = nn.Embedding(vocab_size, hidden_size)"},{"label":"layers","mathml":"<math display=\"block\"><mrow><mi>layers</mi><mo>=</mo><mi>L</mi><mrow><mo>(</mo><mi>input_layernorm</mi><mo>+</mo><mi>mlp</mi><mo>+</mo><mi>post_attention_layernorm</mi><mo>+</mo><mi>self_attn</mi><mo>)</mo></mrow></mrow></math>","text":"layers = num_layers*(input_layernorm + mlp + post_attention_layernorm + self_attn)","source":""},{"label":"layers/input_layernorm","mathml":"<math display=\"block\"><mrow><mi>input_layernorm</mi><mo>=</mo><mn>2</mn><mi>d</mi></mrow></math>","text":"layers/input_layernorm = 2*hidden_size","source":"Starcoder2DecoderLayer.input_layernorm = nn.LayerNorm(hidden_size), weight and bias"},{"label":"layers/self_attn","mathml":"<math display=\"block\"><mrow><mi>self_attn</mi><mo>=</mo><mi>k_proj</mi><mo>+</mo><mi>o_proj</mi><mo>+</mo><mi>q_proj</mi><mo>+</mo><mi>v_proj</mi></mrow></math>","text":"layers/self_attn = k_proj + o_proj + q_proj + v_proj","source":"Starcoder2Attention q_proj, k_proj, v_proj, o_proj (nn.Linear, bias=config.use_bias)"},{"label":"layers/self_attn/q_proj","mathml":"<math display=\"block\"><mrow><mi>q_proj</mi><mo>=</mo><msub><mi>d</mi><mi>h</mi></msub><mi>H</mi><mrow><mo>(</mo><mi>d</mi><mo>+</mo><mi>b</mi><mo>)</mo></mrow></mrow></math>","text":"layers/self_attn/q_proj = head_dim*num_heads*(use_bias + hidden_size)","source":""},{"label":"layers/self_attn/k_proj","mathml":"<math display=\"block\"><mrow><mi>k_proj</mi><mo>=</mo><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mrow><mo>(</mo><mi>d</mi><mo>+</mo><mi>b</mi><mo>)</mo></mrow></mrow></math>","text":"layers/self_attn/k_proj = head_dim*num_kv_heads*(use_bias + hidden_size)","source":""},{"label":"layers/self_attn/v_proj","mathml":"<math display=\"block\"><mrow><mi>v_proj</mi><mo>=</mo><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mrow><mo>(</mo><mi>d</mi><mo>+</mo><mi>b</mi><mo>)</mo></mrow></mrow></math>","text":"layers/self_attn/v_proj = head_dim*num_kv_heads*(use_bias + hidden_size)","source":""},{"label":"layers/self_attn/o_proj","mathml":"<math display=\"block\"><mrow><mi>o_proj</mi><mo>=</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi><mo>+</mo><mi>d</mi><mi>b</mi></mrow></math>","text":"layers/self_attn/o_proj = use_bias*hidden_size + head_dim*hidden_size*num_heads","source":""},{"label":"layers/post_attention_layernorm","mathml":"<math display=\"block\"><mrow><mi>post_attention_layernorm</mi><mo>=</mo><mn>2</mn><mi>d</mi></mrow></math>","text":"layers/post_attention_layernorm = 2*hidden_size","source":"Starcoder2DecoderLayer.post_attention_layernorm = nn.LayerNorm(hidden_size), weight and bias"},{"label":"layers/mlp","mathml":"<math display=\"block\"><mrow><mi>mlp</mi><mo>=</mo><mi>c_fc</mi><mo>+</mo><mi>c_proj</mi></mrow></math>","text":"layers/mlp = c_fc + c_proj","source":"Starcoder2MLP c_fc, c_proj (nn.Linear, bias=config.use_bias)"},{"label":"layers/mlp/c_fc","mathml":"<math display=\"block\"><mrow><mi>c_fc</mi><mo>=</mo><mi>I</mi><mrow><mo>(</mo><mi>d</mi><mo>+</mo><mi>b</mi><mo>)</mo></mrow></mrow></math>","text":"layers/mlp/c_fc = intermediate_size*(use_bias + hidden_size)","source":""},{"label":"layers/mlp/c_proj","mathml":"<math display=\"block\"><mrow><mi>c_proj</mi><mo>=</mo><mi>d</mi><mi>I</mi><mo>+</mo><mi>d</mi><mi>b</mi></mrow></math>","text":"layers/mlp/c_proj = use_bias*hidden_size + hidden_size*intermediate_size","source":""},{"label":"norm","mathml":"<math display=\"block\"><mrow><mi>norm</mi><mo>=</mo><mn>2</mn><mi>d</mi></mrow></math>","text":"norm = 2*hidden_size","source":"Starcoder2Model.norm = nn.LayerNorm(hidden_size), weight and bias"},{"label":"lm_head","mathml":"<math display=\"block\"><mrow><mi>lm_head</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow></mrow></math>","text":"lm_head = hidden_size*vocab_size*(1 - tie_word_embeddings)","source":"ForCausalLM.lm_head = nn.Linear(hidden_size, vocab_size, bias=False); a tied head adds nothing"},{"label":"non_embedding_params","mathml":"<math display=\"block\"><mrow><mi>non_embedding_params</mi><mo>=</mo><mo>-</mo><mi>embed_tokens</mi><mo>-</mo><mi>lm_head</mi><mo>+</mo><mi>params</mi></mrow></math>","text":"non_embedding_params = params - embed_tokens - lm_head","source":""},{"label":"embedding_params","mathml":"<math display=\"block\"><mrow><mi>embedding_params</mi><mo>=</mo><mi>embed_tokens</mi></mrow></math>","text":"embedding_params = embed_tokens","source":""},{"label":"lm_head_params","mathml":"<math display=\"block\"><mrow><mi>lm_head_params</mi><mo>=</mo><mi>lm_head</mi></mrow></math>","text":"lm_head_params = lm_head","source":""},{"label":"kv_elements_per_token","mathml":"<math display=\"block\"><mrow><mi>kv_elements_per_token</mi><mo>=</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mi>L</mi></mrow></math>","text":"kv_elements_per_token = 2*head_dim*num_kv_heads*num_layers","source":"formulas.md section 4.2"},{"label":"gated_mlp","mathml":"<math display=\"block\"><mrow><mi>gated_mlp</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"gated_mlp = 0","source":""},{"label":"rms_norm","mathml":"<math display=\"block\"><mrow><mi>rms_norm</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"rms_norm = 0","source":""},{"label":"default num_kv_heads","mathml":"<math display=\"block\"><mrow><mi>defaultnum_kv_heads</mi><mo>=</mo><mi>H</mi></mrow></math>","text":"default num_kv_heads = num_heads","source":""},{"label":"default head_dim","mathml":"<math display=\"block\"><mrow><mi>defaulthead_dim</mi><mo>=</mo><mfrac><mi>d</mi><mi>H</mi></mfrac></mrow></math>","text":"default head_dim = hidden_size/num_heads","source":""},{"label":"default max_position_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaultmax_position_embeddings</mi><mo>=</mo><mn>4096</mn></mrow></math>","text":"default max_position_embeddings = 4096","source":""},{"label":"default tie_word_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaulttie_word_embeddings</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default tie_word_embeddings = 1","source":""},{"label":"default use_bias","mathml":"<math display=\"block\"><mrow><mi>defaultuse_bias</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default use_bias = 1","source":""},{"label":"default sliding_window","mathml":"<math display=\"block\"><mrow><mi>defaultsliding_window</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default sliding_window = 0","source":""}],"program_meta":[{"i":["vocab_size","hidden_size","intermediate_size","num_layers","num_heads","num_kv_heads","head_dim","max_position_embeddings","tie_word_embeddings","use_bias","sliding_window"],"o":["@q:embed_tokens","@q:layers/input_layernorm","@q:layers/self_attn/q_proj","@q:layers/self_attn/k_proj","@q:layers/self_attn/v_proj","@q:layers/self_attn/o_proj","@q:layers/self_attn","@q:layers/post_attention_layernorm","@q:layers/mlp/c_fc","@q:layers/mlp/c_proj","@q:layers/mlp","@r:layers","@q:layers","@q:norm","@q:lm_head","@q:","@d:non_embedding_params","@d:embedding_params","@d:lm_head_params","@d:kv_elements_per_token","@b:gated_mlp","@b:rms_norm"],"c":null},{"i":["num_heads"],"o":["num_kv_heads"],"c":null},{"i":["hidden_size","num_heads"],"o":["head_dim"],"c":null},{"i":[],"o":["max_position_embeddings"],"c":"4096"},{"i":[],"o":["tie_word_embeddings"],"c":"1"},{"i":[],"o":["use_bias"],"c":"1"},{"i":[],"o":["sliding_window"],"c":"0"},{"i":["head_dim","hidden_size","intermediate_size","num_heads","num_kv_heads","num_layers","vocab_size"],"o":["q_proj/in","q_proj/out","q_proj/count","k_proj/in","k_proj/out","k_proj/count","v_proj/in","v_proj/out","v_proj/count","o_proj/in","o_proj/out","o_proj/count","lm_head/in","lm_head/out","lm_head/count","c_fc/in","c_fc/out","c_fc/count","c_proj/in","c_proj/out","c_proj/count"],"c":null}]},
function ({_Z, _Q, _add, _mul, _pow, _powq, _inv, _mod, _lt, _le, _gt, _ge, _eq, _ne, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10) {
  let v11 = _mul(v1, v0);
  let v12 = _mul(_Z(2n), v1);
  let v13 = _mul(v6, v4, _add(v9, v1));
  let v14 = _mul(v6, v5, _add(v9, v1));
  let v15 = _mul(v6, v5, _add(v9, v1));
  let v16 = _add(_mul(v9, v1), _mul(v6, v1, v4));
  let v17 = _add(v14, v16, v13, v15);
  let v18 = _mul(_Z(2n), v1);
  let v19 = _mul(v2, _add(v9, v1));
  let v20 = _add(_mul(v9, v1), _mul(v1, v2));
  let v21 = _add(v19, v20);
  let v22 = v3;
  let v23 = _mul(v22, _add(v12, v21, v18, v17));
  let v24 = _mul(_Z(2n), v1);
  let v25 = _mul(v1, v0, _add(_Z(1n), _mul(_Z(-1n), v8)));
  let v26 = _add(v11, v23, v25, v24);
  let v27 = _add(v26, _mul(_Z(-1n), v11), _mul(_Z(-1n), v25));
  let v28 = v11;
  let v29 = v25;
  let v30 = _mul(_Z(2n), v6, v5, v3);
  let v31 = _Z(0n);
  let v32 = _Z(0n);
  return [v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32];
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
  let v20 = v6;
  let v21 = _Z(1n);
  let v22 = v1;
  let v23 = v2;
  let v24 = v5;
  let v25 = v2;
  let v26 = v1;
  let v27 = v5;
  return [v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27];
}
];
},
function ({_F, _inv, _mod, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10) {
  let v11 = (v1 * v0);
  let v12 = ((2.0) * v1);
  let v13 = (v6 * v4 * (v9 + v1));
  let v14 = (v6 * v5 * (v9 + v1));
  let v15 = (v6 * v5 * (v9 + v1));
  let v16 = ((v9 * v1) + (v6 * v1 * v4));
  let v17 = (v14 + v16 + v13 + v15);
  let v18 = ((2.0) * v1);
  let v19 = (v2 * (v9 + v1));
  let v20 = ((v9 * v1) + (v1 * v2));
  let v21 = (v19 + v20);
  let v22 = v3;
  let v23 = (v22 * (v12 + v21 + v18 + v17));
  let v24 = ((2.0) * v1);
  let v25 = (v1 * v0 * ((1.0) + ((-1.0) * v8)));
  let v26 = (v11 + v23 + v25 + v24);
  let v27 = (v26 + ((-1.0) * v11) + ((-1.0) * v25));
  let v28 = v11;
  let v29 = v25;
  let v30 = ((2.0) * v6 * v5 * v3);
  let v31 = (0.0);
  let v32 = (0.0);
  return [v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32];
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
  let v20 = v6;
  let v21 = (1.0);
  let v22 = v1;
  let v23 = v2;
  let v24 = v5;
  let v25 = v2;
  let v26 = v1;
  let v27 = v5;
  return [v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27];
}
];
});
