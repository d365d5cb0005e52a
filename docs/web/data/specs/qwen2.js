ENGINE.define({"name":"qwen2","kind":"architecture","path":"specs/qwen2.yaml","description":"Qwen2 decoder: Llama layout with biases on the q/k/v projections, grouped-query attention, SwiGLU MLP; small sizes tie the LM head.","abstract":false,"symbols":[{"name":"vocab_size","domain":"positive_integer","latex":"V","description":"Vocabulary size (config.vocab_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:14:3"},{"name":"hidden_size","domain":"positive_integer","latex":"d","description":"Model width (config.hidden_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:17:3"},{"name":"intermediate_size","domain":"positive_integer","latex":"I","description":"MLP inner width (config.intermediate_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:20:3"},{"name":"num_layers","domain":"positive_integer","latex":"L","description":"Decoder layers (config.num_hidden_layers)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:23:3"},{"name":"num_heads","domain":"positive_integer","latex":"H","description":"Query heads (config.num_attention_heads)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:26:3"},{"name":"num_kv_heads","domain":"positive_integer","latex":"K","description":"Key/value heads, grouped-query attention (config.num_key_value_heads)","flag":false,"provider":"","default":{"text":"num_heads","at":"specs/base/decoder.yaml:32:14","key":"specs/base/decoder.yaml:32:5"},"key":"specs/base/decoder.yaml:29:3"},{"name":"head_dim","domain":"positive_integer","latex":"d_h","description":"Width of one attention head (config.head_dim)","flag":false,"provider":"","default":{"text":"hidden_size / num_heads","at":"specs/base/decoder.yaml:37:14","key":"specs/base/decoder.yaml:37:5"},"key":"specs/base/decoder.yaml:34:3"},{"name":"max_position_embeddings","domain":"positive_integer","latex":"n_{ctx}","description":"Context length the model was trained for (rotary, so no parameters)","flag":false,"provider":"","default":{"text":"2048","at":"specs/base/decoder.yaml:42:14","key":"specs/base/decoder.yaml:42:5"},"key":"specs/base/decoder.yaml:39:3"},{"name":"tie_word_embeddings","domain":"flag","latex":"\\tau","description":"1 if lm_head shares the token embedding matrix","flag":false,"provider":"","default":{"text":"0","at":"specs/base/decoder.yaml:47:14","key":"specs/base/decoder.yaml:47:5"},"key":"specs/base/decoder.yaml:43:3"},{"name":"attention_bias","domain":"flag","latex":"b_{attn}","description":"1; Qwen2Attention always builds q/k/v with bias=True (o_proj has none)","flag":false,"provider":"","default":{"text":"1","at":"specs/qwen2.yaml:15:14","key":"specs/qwen2.yaml:15:5"},"key":"specs/qwen2.yaml:12:3"},{"name":"mlp_bias","domain":"flag","latex":"b_{mlp}","description":"0; Qwen2MLP builds gate/up/down with bias=False","flag":false,"provider":"","default":{"text":"0","at":"specs/qwen2.yaml:20:14","key":"specs/qwen2.yaml:20:5"},"key":"specs/qwen2.yaml:17:3"}],"presets":[{"name":"qwen2-7b","description":"","values":{"vocab_size":{"text":"152064","at":"specs/qwen2.yaml:46:26","key":"specs/qwen2.yaml:46:14","value":"152064"},"hidden_size":{"text":"3584","at":"specs/qwen2.yaml:46:47","key":"specs/qwen2.yaml:46:34","value":"3584"},"intermediate_size":{"text":"18944","at":"specs/qwen2.yaml:46:72","key":"specs/qwen2.yaml:46:53","value":"18944"},"num_layers":{"text":"28","at":"specs/qwen2.yaml:46:91","key":"specs/qwen2.yaml:46:79","value":"28"},"num_heads":{"text":"28","at":"specs/qwen2.yaml:46:106","key":"specs/qwen2.yaml:46:95","value":"28"},"num_kv_heads":{"text":"4","at":"specs/qwen2.yaml:47:28","key":"specs/qwen2.yaml:47:14","value":"4"},"max_position_embeddings":{"text":"131072","at":"specs/qwen2.yaml:47:56","key":"specs/qwen2.yaml:47:31","value":"131072"}}},{"name":"qwen2.5-7b","description":"","values":{"vocab_size":{"text":"152064","at":"specs/qwen2.yaml:50:26","key":"specs/qwen2.yaml:50:14","value":"152064"},"hidden_size":{"text":"3584","at":"specs/qwen2.yaml:50:47","key":"specs/qwen2.yaml:50:34","value":"3584"},"intermediate_size":{"text":"18944","at":"specs/qwen2.yaml:50:72","key":"specs/qwen2.yaml:50:53","value":"18944"},"num_layers":{"text":"28","at":"specs/qwen2.yaml:50:91","key":"specs/qwen2.yaml:50:79","value":"28"},"num_heads":{"text":"28","at":"specs/qwen2.yaml:50:106","key":"specs/qwen2.yaml:50:95","value":"28"},"num_kv_heads":{"text":"4","at":"specs/qwen2.yaml:51:28","key":"specs/qwen2.yaml:51:14","value":"4"},"max_position_embeddings":{"text":"131072","at":"specs/qwen2.yaml:51:56","key":"specs/qwen2.yaml:51:31","value":"131072"}}},{"name":"qwen2.5-72b","description":"","values":{"vocab_size":{"text":"152064","at":"specs/qwen2.yaml:54:26","key":"specs/qwen2.yaml:54:14","value":"152064"},"hidden_size":{"text":"8192","at":"specs/qwen2.yaml:54:47","key":"specs/qwen2.yaml:54:34","value":"8192"},"intermediate_size":{"text":"29568","at":"specs/qwen2.yaml:54:72","key":"specs/qwen2.yaml:54:53","value":"29568"},"num_layers":{"text":"80","at":"specs/qwen2.yaml:54:91","key":"specs/qwen2.yaml:54:79","value":"80"},"num_heads":{"text":"64","at":"specs/qwen2.yaml:54:106","key":"specs/qwen2.yaml:54:95","value":"64"},"num_kv_heads":{"text":"8","at":"specs/qwen2.yaml:55:28","key":"specs/qwen2.yaml:55:14","value":"8"},"max_position_embeddings":{"text":"32768","at":"specs/qwen2.yaml:55:56","key":"specs/qwen2.yaml:55:31","value":"32768"}}},{"name":"qwen2-0.5b","description":"","values":{"vocab_size":{"text":"151936","at":"specs/qwen2.yaml:58:26","key":"specs/qwen2.yaml:58:14","value":"151936"},"hidden_size":{"text":"896","at":"specs/qwen2.yaml:58:47","key":"specs/qwen2.yaml:58:34","value":"896"},"intermediate_size":{"text":"4864","at":"specs/qwen2.yaml:58:71","key":"specs/qwen2.yaml:58:52","value":"4864"},"num_layers":{"text":"24","at":"specs/qwen2.yaml:58:89","key":"specs/qwen2.yaml:58:77","value":"24"},"num_heads":{"text":"14","at":"specs/qwen2.yaml:58:104","key":"specs/qwen2.yaml:58:93","value":"14"},"num_kv_heads":{"text":"2","at":"specs/qwen2.yaml:59:28","key":"specs/qwen2.yaml:59:14","value":"2"},"tie_word_embeddings":{"text":"1","at":"specs/qwen2.yaml:59:52","key":"specs/qwen2.yaml:59:31","value":"1"},"max_position_embeddings":{"text":"131072","at":"specs/qwen2.yaml:59:80","key":"specs/qwen2.yaml:59:55","value":"131072"}}}],"default_preset":"qwen2-7b","default_rules":null,"total":{"name":"params","key":"","slot":"@q:"},"parts":[["embed_tokens","embed_tokens","@q:embed_tokens",[],false],["layers","layers","@q:layers",[],true],["layers/input_layernorm","input_layernorm","@q:layers/input_layernorm",["@r:layers"],false],["layers/self_attn","self_attn","@q:layers/self_attn",["@r:layers"],true],["layers/self_attn/q_proj","q_proj","@q:layers/self_attn/q_proj",["@r:layers"],false],["layers/self_attn/k_proj","k_proj","@q:layers/self_attn/k_proj",["@r:layers"],false],["layers/self_attn/v_proj","v_proj","@q:layers/self_attn/v_proj",["@r:layers"],false],["layers/self_attn/o_proj","o_proj","@q:layers/self_attn/o_proj",["@r:layers"],false],["layers/post_attention_layernorm","post_attention_layernorm","@q:layers/post_attention_layernorm",["@r:layers"],false],["layers/mlp","mlp","@q:layers/mlp",["@r:layers"],true],["layers/mlp/gate_proj","gate_proj","@q:layers/mlp/gate_proj",["@r:layers"],false],["layers/mlp/up_proj","up_proj","@q:layers/mlp/up_proj",["@r:layers"],false],["layers/mlp/down_proj","down_proj","@q:layers/mlp/down_proj",["@r:layers"],false],["norm","norm","@q:norm",[],false],["lm_head","lm_head","@q:lm_head",[],false]],"derived":{"non_embedding_params":"@d:non_embedding_params","embedding_params":"@d:embedding_params","lm_head_params":"@d:lm_head_params","kv_elements_per_token":"@d:kv_elements_per_token"},"phases":{},"block":{"gated_mlp":"@b:gated_mlp","rms_norm":"@b:rms_norm"},"where":{"":"specs/qwen2.yaml:22:1","embed_tokens":"specs/base/decoder.yaml:60:11","layers":"specs/base/decoder.yaml:63:13","layers/input_layernorm":"specs/base/decoder.yaml:67:15","layers/self_attn":"specs/qwen2.yaml:25:7","layers/self_attn/q_proj":"specs/base/decoder.yaml:71:19","layers/self_attn/k_proj":"specs/base/decoder.yaml:72:19","layers/self_attn/v_proj":"specs/base/decoder.yaml:73:19","layers/self_attn/o_proj":"specs/qwen2.yaml:28:19","layers/post_attention_layernorm":"specs/base/decoder.yaml:77:15","layers/mlp":"specs/base/decoder.yaml:79:7","layers/mlp/gate_proj":"specs/base/decoder.yaml:81:22","layers/mlp/up_proj":"specs/base/decoder.yaml:82:20","layers/mlp/down_proj":"specs/base/decoder.yaml:83:22","norm":"specs/base/decoder.yaml:86:11","lm_head":"specs/base/decoder.yaml:89:11","non_embedding_params":"specs/base/decoder.yaml:107:11","embedding_params":"specs/base/decoder.yaml:110:11","lm_head_params":"specs/base/decoder.yaml:113:11","kv_elements_per_token":"specs/base/decoder.yaml:116:11","gated_mlp":"specs/base/decoder.yaml:99:11","rms_norm":"specs/base/decoder.yaml:102:11"},"options":[],"linears":[{"name":"q_proj","output":false},{"name":"k_proj","output":false},{"name":"v_proj","output":false},{"name":"o_proj","output":false},{"name":"gate_proj","output":false},{"name":"up_proj","output":false},{"name":"down_proj","output":false},{"name":"lm_head","output":true}],"lora_targets":["q_proj","v_proj"],"hf":{"model_types":["qwen2"],"keys":[{"key":"vocab_size","symbol":"vocab_size","if_null":null,"values":{}},{"key":"hidden_size","symbol":"hidden_size","if_null":null,"values":{}},{"key":"intermediate_size","symbol":"intermediate_size","if_null":null,"values":{}},{"key":"num_hidden_layers","symbol":"num_layers","if_null":null,"values":{}},{"key":"num_attention_heads","symbol":"num_heads","if_null":null,"values":{}},{"key":"num_key_value_heads","symbol":"num_kv_heads","if_null":null,"values":{}},{"key":"head_dim","symbol":"head_dim","if_null":null,"values":{}},{"key":"max_position_embeddings","symbol":"max_position_embeddings","if_null":null,"values":{}},{"key":"tie_word_embeddings","symbol":"tie_word_embeddings","if_null":null,"values":{}}],"defaults":{"num_key_value_heads":{"raw":{"number":"32"},"span":{"value":"specs/qwen2.yaml:39:26","key":"specs/qwen2.yaml:39:5","at":"specs/qwen2.yaml:39:26"}},"max_position_embeddings":{"raw":{"number":"32768"},"span":{"value":"specs/qwen2.yaml:40:30","key":"specs/qwen2.yaml:40:5","at":"specs/qwen2.yaml:40:30"}}},"architectures":{"Qwen2ForCausalLM":{}},"key":"specs/qwen2.yaml:30:1"},"programs":{"main":0,"defaults":{"num_kv_heads":1,"head_dim":2,"max_position_embeddings":3,"tie_word_embeddings":4,"attention_bias":5,"mlp_bias":6},"choices":{},"weights":{},"linears":7,"conditions":{}},"formulas":[{"label":"params","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mi>embed_tokens</mi><mo>+</mo><mi>layers</mi><mo>+</mo><mi>lm_head</mi><mo>+</mo><mi>norm</mi></mrow></math>","text":"params = embed_tokens + layers + lm_head + norm","source":""},{"label":"params (in symbols)","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow><mo>+</mo><mi>d</mi><mi>V</mi><mo>+</mo><mi>d</mi><mo>+</mo><mi>L</mi><mrow><mo>(</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>H</mi><mo>+</mo><mn>2</mn><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mo>+</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi><mo>+</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>K</mi><mo>+</mo><mn>3</mn><mi>d</mi><mi>I</mi><mo>+</mo><mi>d</mi><msub><mi>b</mi><mrow><mi>m</mi><mi>l</mi><mi>p</mi></mrow></msub><mo>+</mo><mn>2</mn><mi>d</mi><mo>+</mo><mn>2</mn><mi>I</mi><msub><mi>b</mi><mrow><mi>m</mi><mi>l</mi><mi>p</mi></mrow></msub><mo>)</mo></mrow></mrow></math>","text":"params (in symbols) = hidden_size + hidden_size*vocab_size + num_layers*(2*hidden_size + mlp_bias*hidden_size + 2*mlp_bias*intermediate_size + 3*hidden_size*intermediate_size + attention_bias*head_dim*num_heads + 2*attention_bias*head_dim*num_kv_heads + 2*head_dim*hidden_size*num_heads + 2*head_dim*hidden_size*num_kv_heads) + hidden_size*vocab_size*(1 - tie_word_embeddings)","source":""},{"label":"embed_tokens","mathml":"<math display=\"block\"><mrow><mi>embed_tokens</mi><mo>=</mo><mi>d</mi><mi>V</mi></mrow></math>","text":"embed_tokens = hidden_size*vocab_size","source":"Model.embed_tokens = nn.Embedding(vocab_size, hidden_size)"},{"label":"layers","mathml":"<math display=\"block\"><mrow><mi>layers</mi><mo>=</mo><mi>L</mi><mrow><mo>(</mo><mi>input_layernorm</mi><mo>+</mo><mi>mlp</mi><mo>+</mo><mi>post_attention_layernorm</mi><mo>+</mo><mi>self_attn</mi><mo>)</mo></mrow></mrow></math>","text":"layers = num_layers*(input_layernorm + mlp + post_attention_layernorm + self_attn)","source":""},{"label":"layers/input_layernorm","mathml":"<math display=\"block\"><mrow><mi>input_layernorm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"layers/input_layernorm = hidden_size","source":"DecoderLayer.input_layernorm = RMSNorm(hidden_size), weight only"},{"label":"layers/self_attn","mathml":"<math display=\"block\"><mrow><mi>self_attn</mi><mo>=</mo><mi>k_proj</mi><mo>+</mo><mi>o_proj</mi><mo>+</mo><mi>q_proj</mi><mo>+</mo><mi>v_proj</mi></mrow></math>","text":"layers/self_attn = k_proj + o_proj + q_proj + v_proj","source":"Qwen2Attention q_proj, k_proj, v_proj (bias=True), o_proj (bias=False)"},{"label":"layers/self_attn/q_proj","mathml":"<math display=\"block\"><mrow><mi>q_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>H</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi></mrow></math>","text":"layers/self_attn/q_proj = attention_bias*head_dim*num_heads + head_dim*hidden_size*num_heads","source":""},{"label":"layers/self_attn/k_proj","mathml":"<math display=\"block\"><mrow><mi>k_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>K</mi></mrow></math>","text":"layers/self_attn/k_proj = attention_bias*head_dim*num_kv_heads + head_dim*hidden_size*num_kv_heads","source":""},{"label":"layers/self_attn/v_proj","mathml":"<math display=\"block\"><mrow><mi>v_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>K</mi></mrow></math>","text":"layers/self_attn/v_proj = attention_bias*head_dim*num_kv_heads + head_dim*hidden_size*num_kv_heads","source":""},{"label":"layers/self_attn/o_proj","mathml":"<math display=\"block\"><mrow><mi>o_proj</mi><mo>=</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi></mrow></math>","text":"layers/self_attn/o_proj = head_dim*hidden_size*num_heads","source":""},{"label":"layers/post_attention_layernorm","mathml":"<math display=\"block\"><mrow><mi>post_attention_layernorm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"layers/post_attention_layernorm = hidden_size","source":"DecoderLayer.post_attention_layernorm = RMSNorm(hidden_size), weight only"},{"label":"layers/mlp","mathml":"<math display=\"block\"><mrow><mi>mlp</mi><mo>=</mo><mi>down_proj</mi><mo>+</mo><mi>gate_proj</mi><mo>+</mo><mi>up_proj</mi></mrow></math>","text":"layers/mlp = down_proj + gate_proj + up_proj","source":"MLP gate_proj, up_proj, down_proj (nn.Linear, bias=config.mlp_bias)"},{"label":"layers/mlp/gate_proj","mathml":"<math display=\"block\"><mrow><mi>gate_proj</mi><mo>=</mo><mi>d</mi><mi>I</mi><mo>+</mo><mi>I</mi><msub><mi>b</mi><mrow><mi>m</mi><mi>l</mi><mi>p</mi></mrow></msub></mrow></math>","text":"layers/mlp/gate_proj = mlp_bias*intermediate_size + hidden_size*intermediate_size","source":""},{"label":"layers/mlp/up_proj","mathml":"<math display=\"block\"><mrow><mi>up_proj</mi><mo>=</mo><mi>d</mi><mi>I</mi><mo>+</mo><mi>I</mi><msub><mi>b</mi><mrow><mi>m</mi><mi>l</mi><mi>p</mi></mrow></msub></mrow></math>","text":"layers/mlp/up_proj = mlp_bias*intermediate_size + hidden_size*intermediate_size","source":""},{"label":"layers/mlp/down_proj","mathml":"<math display=\"block\"><mrow><mi>down_proj</mi><mo>=</mo><mi>d</mi><mi>I</mi><mo>+</mo><mi>d</mi><msub><mi>b</mi><mrow><mi>m</mi><mi>l</mi><mi>p</mi></mrow></msub></mrow></math>","text":"layers/mlp/down_proj = mlp_bias*hidden_size + hidden_size*intermediate_size","source":""},{"label":"norm","mathml":"<math display=\"block\"><mrow><mi>norm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"norm = hidden_size","source":"Model.norm = RMSNorm(hidden_size)"},{"label":"lm_head","mathml":"<math display=\"block\"><mrow><mi>lm_head</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow></mrow></math>","text":"lm_head = hidden_size*vocab_size*(1 - tie_word_embeddings)","source":"ForCausalLM.lm_head = nn.Linear(hidden_size, vocab_size, bias=False); a tied head adds nothing"},{"label":"non_embedding_params","mathml":"<math display=\"block\"><mrow><mi>non_embedding_params</mi><mo>=</mo><mo>-</mo><mi>embed_tokens</mi><mo>-</mo><mi>lm_head</mi><mo>+</mo><mi>params</mi></mrow></math>","text":"non_embedding_params = params - embed_tokens - lm_head","source":""},{"label":"embedding_params","mathml":"<math display=\"block\"><mrow><mi>embedding_params</mi><mo>=</mo><mi>embed_tokens</mi></mrow></math>","text":"embedding_params = embed_tokens","source":""},{"label":"lm_head_params","mathml":"<math display=\"block\"><mrow><mi>lm_head_params</mi><mo>=</mo><mi>lm_head</mi></mrow></math>","text":"lm_head_params = lm_head","source":""},{"label":"kv_elements_per_token","mathml":"<math display=\"block\"><mrow><mi>kv_elements_per_token</mi><mo>=</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mi>L</mi></mrow></math>","text":"kv_elements_per_token = 2*head_dim*num_kv_heads*num_layers","source":"formulas.md section 4.2"},{"label":"gated_mlp","mathml":"<math display=\"block\"><mrow><mi>gated_mlp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"gated_mlp = 1","source":""},{"label":"rms_norm","mathml":"<math display=\"block\"><mrow><mi>rms_norm</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"rms_norm = 1","source":""},{"label":"default num_kv_heads","mathml":"<math display=\"block\"><mrow><mi>defaultnum_kv_heads</mi><mo>=</mo><mi>H</mi></mrow></math>","text":"default num_kv_heads = num_heads","source":""},{"label":"default head_dim","mathml":"<math display=\"block\"><mrow><mi>defaulthead_dim</mi><mo>=</mo><mfrac><mi>d</mi><mi>H</mi></mfrac></mrow></math>","text":"default head_dim = hidden_size/num_heads","source":""},{"label":"default max_position_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaultmax_position_embeddings</mi><mo>=</mo><mn>2048</mn></mrow></math>","text":"default max_position_embeddings = 2048","source":""},{"label":"default tie_word_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaulttie_word_embeddings</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default tie_word_embeddings = 0","source":""},{"label":"default attention_bias","mathml":"<math display=\"block\"><mrow><mi>defaultattention_bias</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default attention_bias = 1","source":""},{"label":"default mlp_bias","mathml":"<math display=\"block\"><mrow><mi>defaultmlp_bias</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default mlp_bias = 0","source":""}],"program_meta":[{"i":["vocab_size","hidden_size","intermediate_size","num_layers","num_heads","num_kv_heads","head_dim","max_position_embeddings","tie_word_embeddings","attention_bias","mlp_bias"],"o":["@q:embed_tokens","@q:layers/input_layernorm","@q:layers/self_attn/q_proj","@q:layers/self_attn/k_proj","@q:layers/self_attn/v_proj","@q:layers/self_attn/o_proj","@q:layers/self_attn","@q:layers/post_attention_layernorm","@q:layers/mlp/gate_proj","@q:layers/mlp/up_proj","@q:layers/mlp/down_proj","@q:layers/mlp","@r:layers","@q:layers","@q:norm","@q:lm_head","@q:","@d:non_embedding_params","@d:embedding_params","@d:lm_head_params","@d:kv_elements_per_token","@b:gated_mlp","@b:rms_norm"],"c":null},{"i":["num_heads"],"o":["num_kv_heads"],"c":null},{"i":["hidden_size","num_heads"],"o":["head_dim"],"c":null},{"i":[],"o":["max_position_embeddings"],"c":"2048"},{"i":[],"o":["tie_word_embeddings"],"c":"0"},{"i":[],"o":["attention_bias"],"c":"1"},{"i":[],"o":["mlp_bias"],"c":"0"},{"i":["head_dim","hidden_size","intermediate_size","num_heads","num_kv_heads","num_layers","vocab_size"],"o":["q_proj/in","q_proj/out","q_proj/count","k_proj/in","k_proj/out","k_proj/count","v_proj/in","v_proj/out","v_proj/count","o_proj/in","o_proj/out","o_proj/count","gate_proj/in","gate_proj/out","gate_proj/count","up_proj/in","up_proj/out","up_proj/count","down_proj/in","down_proj/out","down_proj/count","lm_head/in","lm_head/out","lm_head/count"],"c":null}]},
function ({_Z, _Q, _add, _mul, _pow, _powq, _inv, _mod, _lt, _le, _gt, _ge, _eq, _ne, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10) {
  let v11 = _mul(v1, v0);
  let v12 = v1;
  let v13 = _add(_mul(v9, v6, v4), _mul(v6, v1, v4));
  let v14 = _add(_mul(v9, v6, v5), _mul(v6, v1, v5));
  let v15 = _add(_mul(v9, v6, v5), _mul(v6, v1, v5));
  let v16 = _mul(v6, v1, v4);
  let v17 = _add(v14, v16, v13, v15);
  let v18 = v1;
  let v19 = _add(_mul(v10, v2), _mul(v1, v2));
  let v20 = _add(_mul(v10, v2), _mul(v1, v2));
  let v21 = _add(_mul(v10, v1), _mul(v1, v2));
  let v22 = _add(v21, v19, v20);
  let v23 = v3;
  let v24 = _mul(v23, _add(v12, v22, v18, v17));
  let v25 = v1;
  let v26 = _mul(v1, v0, _add(_Z(1n), _mul(_Z(-1n), v8)));
  let v27 = _add(v11, v24, v26, v25);
  let v28 = _add(v27, _mul(_Z(-1n), v11), _mul(_Z(-1n), v26));
  let v29 = v11;
  let v30 = v26;
  let v31 = _mul(_Z(2n), v6, v5, v3);
  let v32 = _Z(1n);
  let v33 = _Z(1n);
  return [v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33];
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
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10) {
  let v11 = (v1 * v0);
  let v12 = v1;
  let v13 = ((v9 * v6 * v4) + (v6 * v1 * v4));
  let v14 = ((v9 * v6 * v5) + (v6 * v1 * v5));
  let v15 = ((v9 * v6 * v5) + (v6 * v1 * v5));
  let v16 = (v6 * v1 * v4);
  let v17 = (v14 + v16 + v13 + v15);
  let v18 = v1;
  let v19 = ((v10 * v2) + (v1 * v2));
  let v20 = ((v10 * v2) + (v1 * v2));
  let v21 = ((v10 * v1) + (v1 * v2));
  let v22 = (v21 + v19 + v20);
  let v23 = v3;
  let v24 = (v23 * (v12 + v22 + v18 + v17));
  let v25 = v1;
  let v26 = (v1 * v0 * ((1.0) + ((-1.0) * v8)));
  let v27 = (v11 + v24 + v26 + v25);
  let v28 = (v27 + ((-1.0) * v11) + ((-1.0) * v26));
  let v29 = v11;
  let v30 = v26;
  let v31 = ((2.0) * v6 * v5 * v3);
  let v32 = (1.0);
  let v33 = (1.0);
  return [v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33];
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
