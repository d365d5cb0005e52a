ENGINE.define({"name":"gpt_oss","kind":"architecture","path":"specs/gpt_oss.yaml","description":"gpt-oss decoder: grouped-query attention with biases and per-head attention sinks, alternating 128-token sliding-window and full attention, a top-4 router with a bias over num_local_experts experts with biases in every layer, untied LM head.","abstract":false,"symbols":[{"name":"vocab_size","domain":"positive_integer","latex":"V","description":"Vocabulary size (config.vocab_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:14:3"},{"name":"hidden_size","domain":"positive_integer","latex":"d","description":"Model width (config.hidden_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:17:3"},{"name":"intermediate_size","domain":"positive_integer","latex":"I","description":"MLP inner width (config.intermediate_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:20:3"},{"name":"num_layers","domain":"positive_integer","latex":"L","description":"Decoder layers (config.num_hidden_layers)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:23:3"},{"name":"num_heads","domain":"positive_integer","latex":"H","description":"Query heads (config.num_attention_heads)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:26:3"},{"name":"num_kv_heads","domain":"positive_integer","latex":"K","description":"Key/value heads, grouped-query attention (config.num_key_value_heads)","flag":false,"provider":"","default":{"text":"num_heads","at":"specs/base/decoder.yaml:32:14","key":"specs/base/decoder.yaml:32:5"},"key":"specs/base/decoder.yaml:29:3"},{"name":"head_dim","domain":"positive_integer","latex":"d_h","description":"Width of one attention head (config.head_dim)","flag":false,"provider":"","default":{"text":"hidden_size / num_heads","at":"specs/base/decoder.yaml:37:14","key":"specs/base/decoder.yaml:37:5"},"key":"specs/base/decoder.yaml:34:3"},{"name":"max_position_embeddings","domain":"positive_integer","latex":"n_{ctx}","description":"Context length the model was trained for (rotary, so no parameters)","flag":false,"provider":"","default":{"text":"131072","at":"specs/gpt_oss.yaml:45:14","key":"specs/gpt_oss.yaml:45:5"},"key":"specs/gpt_oss.yaml:42:3"},{"name":"tie_word_embeddings","domain":"flag","latex":"\\tau","description":"1 if lm_head shares the token embedding matrix","flag":false,"provider":"","default":{"text":"0","at":"specs/base/decoder.yaml:47:14","key":"specs/base/decoder.yaml:47:5"},"key":"specs/base/decoder.yaml:43:3"},{"name":"attention_bias","domain":"flag","latex":"b_{attn}","description":"1 if q/k/v/o projections have biases (config.attention_bias; GptOssConfig default true)","flag":false,"provider":"","default":{"text":"1","at":"specs/gpt_oss.yaml:25:14","key":"specs/gpt_oss.yaml:25:5"},"key":"specs/gpt_oss.yaml:21:3"},{"name":"num_experts","domain":"positive_integer","latex":"E","description":"Experts per layer (config.num_local_experts)","flag":false,"provider":"","default":null,"key":"specs/gpt_oss.yaml:26:3"},{"name":"num_experts_per_tok","domain":"positive_integer","latex":"k","description":"Experts each token is routed to (config.num_experts_per_tok)","flag":false,"provider":"","default":null,"key":"specs/gpt_oss.yaml:29:3"},{"name":"moe_intermediate_size","domain":"positive_integer","latex":"I_e","description":"Inner width of one expert; gpt-oss's experts use config.intermediate_size","flag":false,"provider":"","default":{"text":"intermediate_size","at":"specs/gpt_oss.yaml:35:14","key":"specs/gpt_oss.yaml:35:5"},"key":"specs/gpt_oss.yaml:32:3"},{"name":"sliding_window_size","domain":"nonnegative_integer","latex":"w_{sw}","description":"Tokens a sliding-window layer attends over (config.sliding_window); no parameters","flag":false,"provider":"","default":{"text":"128","at":"specs/gpt_oss.yaml:41:14","key":"specs/gpt_oss.yaml:41:5"},"key":"specs/gpt_oss.yaml:37:3"}],"presets":[{"name":"gpt-oss-20b","description":"","values":{"vocab_size":{"text":"201088","at":"specs/gpt_oss.yaml:130:26","key":"specs/gpt_oss.yaml:130:14","value":"201088"},"hidden_size":{"text":"2880","at":"specs/gpt_oss.yaml:130:47","key":"specs/gpt_oss.yaml:130:34","value":"2880"},"intermediate_size":{"text":"2880","at":"specs/gpt_oss.yaml:130:72","key":"specs/gpt_oss.yaml:130:53","value":"2880"},"num_layers":{"text":"24","at":"specs/gpt_oss.yaml:130:90","key":"specs/gpt_oss.yaml:130:78","value":"24"},"num_heads":{"text":"64","at":"specs/gpt_oss.yaml:130:105","key":"specs/gpt_oss.yaml:130:94","value":"64"},"num_kv_heads":{"text":"8","at":"specs/gpt_oss.yaml:131:28","key":"specs/gpt_oss.yaml:131:14","value":"8"},"head_dim":{"text":"64","at":"specs/gpt_oss.yaml:131:41","key":"specs/gpt_oss.yaml:131:31","value":"64"},"num_experts":{"text":"32","at":"specs/gpt_oss.yaml:131:58","key":"specs/gpt_oss.yaml:131:45","value":"32"},"num_experts_per_tok":{"text":"4","at":"specs/gpt_oss.yaml:131:83","key":"specs/gpt_oss.yaml:131:62","value":"4"},"max_position_embeddings":{"text":"131072","at":"specs/gpt_oss.yaml:131:111","key":"specs/gpt_oss.yaml:131:86","value":"131072"}}},{"name":"gpt-oss-120b","description":"","values":{"vocab_size":{"text":"201088","at":"specs/gpt_oss.yaml:134:26","key":"specs/gpt_oss.yaml:134:14","value":"201088"},"hidden_size":{"text":"2880","at":"specs/gpt_oss.yaml:134:47","key":"specs/gpt_oss.yaml:134:34","value":"2880"},"intermediate_size":{"text":"2880","at":"specs/gpt_oss.yaml:134:72","key":"specs/gpt_oss.yaml:134:53","value":"2880"},"num_layers":{"text":"36","at":"specs/gpt_oss.yaml:134:90","key":"specs/gpt_oss.yaml:134:78","value":"36"},"num_heads":{"text":"64","at":"specs/gpt_oss.yaml:134:105","key":"specs/gpt_oss.yaml:134:94","value":"64"},"num_kv_heads":{"text":"8","at":"specs/gpt_oss.yaml:135:28","key":"specs/gpt_oss.yaml:135:14","value":"8"},"head_dim":{"text":"64","at":"specs/gpt_oss.yaml:135:41","key":"specs/gpt_oss.yaml:135:31","value":"64"},"num_experts":{"text":"128","at":"specs/gpt_oss.yaml:135:58","key":"specs/gpt_oss.yaml:135:45","value":"128"},"num_experts_per_tok":{"text":"4","at":"specs/gpt_oss.yaml:135:84","key":"specs/gpt_oss.yaml:135:63","value":"4"},"max_position_embeddings":{"text":"131072","at":"specs/gpt_oss.yaml:135:112","key":"specs/gpt_oss.yaml:135:87","value":"131072"}}}],"default_preset":"gpt-oss-20b","default_rules":null,"total":{"name":"params","key":"","slot":"@q:"},"parts":[["embed_tokens","embed_tokens","@q:embed_tokens",[],false],["layers","layers","@q:layers",[],true],["layers/input_layernorm","input_layernorm","@q:layers/input_layernorm",["@r:layers"],false],["layers/self_attn","self_attn","@q:layers/self_attn",["@r:layers"],true],["layers/self_attn/q_proj","q_proj","@q:layers/self_attn/q_proj",["@r:layers"],false],["layers/self_attn/k_proj","k_proj","@q:layers/self_attn/k_proj",["@r:layers"],false],["layers/self_attn/v_proj","v_proj","@q:layers/self_attn/v_proj",["@r:layers"],false],["layers/self_attn/o_proj","o_proj","@q:layers/self_attn/o_proj",["@r:layers"],false],["layers/self_attn/sinks","sinks","@q:layers/self_attn/sinks",["@r:layers"],false],["layers/post_attention_layernorm","post_attention_layernorm","@q:layers/post_attention_layernorm",["@r:layers"],false],["layers/mlp","mlp","@q:layers/mlp",["@r:layers"],true],["layers/mlp/router","router","@q:layers/mlp/router",["@r:layers"],false],["layers/mlp/experts","experts","@q:layers/mlp/experts",["@r:layers"],true],["layers/mlp/experts/gate_up_proj","gate_up_proj","@q:layers/mlp/experts/gate_up_proj",["@r:layers"],false],["layers/mlp/experts/down_proj","down_proj","@q:layers/mlp/experts/down_proj",["@r:layers"],false],["norm","norm","@q:norm",[],false],["lm_head","lm_head","@q:lm_head",[],false]],"derived":{"non_embedding_params":"@d:non_embedding_params","embedding_params":"@d:embedding_params","lm_head_params":"@d:lm_head_params","kv_elements_per_token":"@d:kv_elements_per_token","active_params":"@d:active_params","expert_params":"@d:expert_params","mlp_activation_width":"@d:mlp_activation_width","sliding_attention_layers":"@d:sliding_attention_layers","full_attention_layers":"@d:full_attention_layers","kv_elements_per_token_full":"@d:kv_elements_per_token_full","kv_elements_per_token_sliding":"@d:kv_elements_per_token_sliding"},"phases":{},"block":{"gated_mlp":"@b:gated_mlp","rms_norm":"@b:rms_norm"},"where":{"":"specs/gpt_oss.yaml:47:1","embed_tokens":"specs/base/decoder.yaml:60:11","layers":"specs/base/decoder.yaml:63:13","layers/input_layernorm":"specs/base/decoder.yaml:67:15","layers/self_attn":"specs/gpt_oss.yaml:50:7","layers/self_attn/q_proj":"specs/base/decoder.yaml:71:19","layers/self_attn/k_proj":"specs/base/decoder.yaml:72:19","layers/self_attn/v_proj":"specs/base/decoder.yaml:73:19","layers/self_attn/o_proj":"specs/base/decoder.yaml:74:19","layers/self_attn/sinks":"specs/gpt_oss.yaml:54:19","layers/post_attention_layernorm":"specs/base/decoder.yaml:77:15","layers/mlp":"specs/gpt_oss.yaml:56:7","layers/mlp/router":"specs/gpt_oss.yaml:63:19","layers/mlp/experts":"specs/gpt_oss.yaml:65:11","layers/mlp/experts/gate_up_proj":"specs/gpt_oss.yaml:68:29","layers/mlp/experts/down_proj":"specs/gpt_oss.yaml:69:26","norm":"specs/base/decoder.yaml:86:11","lm_head":"specs/base/decoder.yaml:89:11","non_embedding_params":"specs/base/decoder.yaml:107:11","embedding_params":"specs/base/decoder.yaml:110:11","lm_head_params":"specs/base/decoder.yaml:113:11","kv_elements_per_token":"specs/gpt_oss.yaml:88:11","active_params":"specs/gpt_oss.yaml:73:11","expert_params":"specs/gpt_oss.yaml:76:11","mlp_activation_width":"specs/gpt_oss.yaml:79:11","sliding_attention_layers":"specs/gpt_oss.yaml:82:11","full_attention_layers":"specs/gpt_oss.yaml:85:11","kv_elements_per_token_full":"specs/gpt_oss.yaml:93:11","kv_elements_per_token_sliding":"specs/gpt_oss.yaml:96:11","gated_mlp":"specs/base/decoder.yaml:99:11","rms_norm":"specs/base/decoder.yaml:102:11"},"options":[],"linears":[{"name":"q_proj","output":false},{"name":"k_proj","output":false},{"name":"v_proj","output":false},{"name":"o_proj","output":false},{"name":"lm_head","output":true},{"name":"experts.gate_up_proj","output":false},{"name":"experts.down_proj","output":false}],"lora_targets":["q_proj","v_proj"],"hf":{"model_types":["gpt_oss"],"keys":[{"key":"vocab_size","symbol":"vocab_size","if_null":null,"values":{}},{"key":"hidden_size","symbol":"hidden_size","if_null":null,"values":{}},{"key":"intermediate_size","symbol":"intermediate_size","if_null":null,"values":{}},{"key":"num_hidden_layers","symbol":"num_layers","if_null":null,"values":{}},{"key":"num_attention_heads","symbol":"num_heads","if_null":null,"values":{}},{"key":"num_key_value_heads","symbol":"num_kv_heads","if_null":null,"values":{}},{"key":"head_dim","symbol":"head_dim","if_null":null,"values":{}},{"key":"max_position_embeddings","symbol":"max_position_embeddings","if_null":null,"values":{}},{"key":"tie_word_embeddings","symbol":"tie_word_embeddings","if_null":null,"values":{}},{"key":"attention_bias","symbol":"attention_bias","if_null":null,"values":{}},{"key":"num_local_experts","symbol":"num_experts","if_null":null,"values":{}},{"key":"num_experts_per_tok","symbol":"num_experts_per_tok","if_null":null,"values":{}},{"key":"sliding_window","symbol":"sliding_window_size","if_null":{"text":"0","at":"specs/gpt_oss.yaml:115:60","key":"specs/gpt_oss.yaml:115:51","value":"0"},"values":{}}],"defaults":{"num_key_value_heads":{"raw":{"number":"8"},"span":{"value":"specs/gpt_oss.yaml:119:26","key":"specs/gpt_oss.yaml:119:5","at":"specs/gpt_oss.yaml:119:26"}},"head_dim":{"raw":{"number":"64"},"span":{"value":"specs/gpt_oss.yaml:120:15","key":"specs/gpt_oss.yaml:120:5","at":"specs/gpt_oss.yaml:120:15"}},"attention_bias":{"raw":{"json":true},"span":{"value":"specs/gpt_oss.yaml:121:21","key":"specs/gpt_oss.yaml:121:5","at":"specs/gpt_oss.yaml:121:21"}},"num_experts_per_tok":{"raw":{"number":"4"},"span":{"value":"specs/gpt_oss.yaml:122:26","key":"specs/gpt_oss.yaml:122:5","at":"specs/gpt_oss.yaml:122:26"}},"sliding_window":{"raw":{"number":"128"},"span":{"value":"specs/gpt_oss.yaml:123:21","key":"specs/gpt_oss.yaml:123:5","at":"specs/gpt_oss.yaml:123:21"}},"max_position_embeddings":{"raw":{"number":"131072"},"span":{"value":"specs/gpt_oss.yaml:124:30","key":"specs/gpt_oss.yaml:124:5","at":"specs/gpt_oss.yaml:124:30"}}},"architectures":{"GptOssForCausalLM":{}},"key":"specs/gpt_oss.yaml:106:1"},"programs":{"main":0,"defaults":{"num_kv_heads":1,"head_dim":2,"max_position_embeddings":3,"tie_word_embeddings":4,"attention_bias":5,"moe_intermediate_size":6,"sliding_window_size":7},"choices":{},"weights":{},"linears":8,"conditions":{}},"formulas":[{"label":"params","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mi>embed_tokens</mi><mo>+</mo><mi>layers</mi><mo>+</mo><mi>lm_head</mi><mo>+</mo><mi>norm</mi></mrow></math>","text":"params = embed_tokens + layers + lm_head + norm","source":""},{"label":"params (in symbols)","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow><mo>+</mo><mi>d</mi><mi>V</mi><mo>+</mo><mi>d</mi><mo>+</mo><mi>L</mi><mrow><mo>(</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>H</mi><mo>+</mo><mn>2</mn><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mo>+</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><mi>d</mi><mo>+</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi><mo>+</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>K</mi><mo>+</mo><mn>3</mn><mi>d</mi><msub><mi>I</mi><mi>e</mi></msub><mi>E</mi><mo>+</mo><mn>2</mn><mi>d</mi><mi>E</mi><mo>+</mo><mn>2</mn><mi>d</mi><mo>+</mo><mn>2</mn><msub><mi>I</mi><mi>e</mi></msub><mi>E</mi><mo>+</mo><mi>E</mi><mo>+</mo><mi>H</mi><mo>)</mo></mrow></mrow></math>","text":"params (in symbols) = hidden_size + hidden_size*vocab_size + num_layers*(num_experts + num_heads + 2*hidden_size + attention_bias*hidden_size + 2*hidden_size*num_experts + 2*moe_intermediate_size*num_experts + attention_bias*head_dim*num_heads + 2*attention_bias*head_dim*num_kv_heads + 2*head_dim*hidden_size*num_heads + 2*head_dim*hidden_size*num_kv_heads + 3*hidden_size*moe_intermediate_size*num_experts) + hidden_size*vocab_size*(1 - tie_word_embeddings)","source":""},{"label":"embed_tokens","mathml":"<math display=\"block\"><mrow><mi>embed_tokens</mi><mo>=</mo><mi>d</mi><mi>V</mi></mrow></math>","text":"embed_tokens = hidden_size*vocab_size","source":"Model.embed_tokens = nn.Embedding(vocab_size, hidden_size)"},{"label":"layers","mathml":"<math display=\"block\"><mrow><mi>layers</mi><mo>=</mo><mi>L</mi><mrow><mo>(</mo><mi>input_layernorm</mi><mo>+</mo><mi>mlp</mi><mo>+</mo><mi>post_attention_layernorm</mi><mo>+</mo><mi>self_attn</mi><mo>)</mo></mrow></mrow></math>","text":"layers = num_layers*(input_layernorm + mlp + post_attention_layernorm + self_attn)","source":""},{"label":"layers/input_layernorm","mathml":"<math display=\"block\"><mrow><mi>input_layernorm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"layers/input_layernorm = hidden_size","source":"DecoderLayer.input_layernorm = RMSNorm(hidden_size), weight only"},{"label":"layers/self_attn","mathml":"<math display=\"block\"><mrow><mi>self_attn</mi><mo>=</mo><mi>k_proj</mi><mo>+</mo><mi>o_proj</mi><mo>+</mo><mi>q_proj</mi><mo>+</mo><mi>sinks</mi><mo>+</mo><mi>v_proj</mi></mrow></math>","text":"layers/self_attn = k_proj + o_proj + q_proj + sinks + v_proj","source":"GptOssAttention q/k/v/o (nn.Linear, bias=config.attention_bias), sinks"},{"label":"layers/self_attn/q_proj","mathml":"<math display=\"block\"><mrow><mi>q_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>H</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi></mrow></math>","text":"layers/self_attn/q_proj = attention_bias*head_dim*num_heads + head_dim*hidden_size*num_heads","source":""},{"label":"layers/self_attn/k_proj","mathml":"<math display=\"block\"><mrow><mi>k_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>K</mi></mrow></math>","text":"layers/self_attn/k_proj = attention_bias*head_dim*num_kv_heads + head_dim*hidden_size*num_kv_heads","source":""},{"label":"layers/self_attn/v_proj","mathml":"<math display=\"block\"><mrow><mi>v_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>K</mi></mrow></math>","text":"layers/self_attn/v_proj = attention_bias*head_dim*num_kv_heads + head_dim*hidden_size*num_kv_heads","source":""},{"label":"layers/self_attn/o_proj","mathml":"<math display=\"block\"><mrow><mi>o_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><mi>d</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi></mrow></math>","text":"layers/self_attn/o_proj = attention_bias*hidden_size + head_dim*hidden_size*num_heads","source":""},{"label":"layers/self_attn/sinks","mathml":"<math display=\"block\"><mrow><mi>sinks</mi><mo>=</mo><mi>H</mi></mrow></math>","text":"layers/self_attn/sinks = num_heads","source":"GptOssAttention.sinks = nn.Parameter(num_attention_heads), one attention sink logit per head"},{"label":"layers/post_attention_layernorm","mathml":"<math display=\"block\"><mrow><mi>post_attention_layernorm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"layers/post_attention_layernorm = hidden_size","source":"DecoderLayer.post_attention_layernorm = RMSNorm(hidden_size), weight only"},{"label":"layers/mlp","mathml":"<math display=\"block\"><mrow><mi>mlp</mi><mo>=</mo><mi>experts</mi><mo>+</mo><mi>router</mi></mrow></math>","text":"layers/mlp = experts + router","source":"GptOssDecoderLayer.mlp = GptOssMLP(config), a router and the experts"},{"label":"layers/mlp/router","mathml":"<math display=\"block\"><mrow><mi>router</mi><mo>=</mo><mi>d</mi><mi>E</mi><mo>+</mo><mi>E</mi></mrow></math>","text":"layers/mlp/router = num_experts + hidden_size*num_experts","source":"GptOssTopKRouter.weight (num_local_experts, hidden_size) and .bias (num_local_experts)"},{"label":"layers/mlp/experts","mathml":"<math display=\"block\"><mrow><mi>experts</mi><mo>=</mo><mi>down_proj</mi><mo>+</mo><mi>gate_up_proj</mi></mrow></math>","text":"layers/mlp/experts = down_proj + gate_up_proj","source":"GptOssExperts, all experts of a layer as 3-D weights and 2-D biases"},{"label":"layers/mlp/experts/gate_up_proj","mathml":"<math display=\"block\"><mrow><mi>gate_up_proj</mi><mo>=</mo><mn>2</mn><mi>d</mi><msub><mi>I</mi><mi>e</mi></msub><mi>E</mi><mo>+</mo><mn>2</mn><msub><mi>I</mi><mi>e</mi></msub><mi>E</mi></mrow></math>","text":"layers/mlp/experts/gate_up_proj = 2*moe_intermediate_size*num_experts + 2*hidden_size*moe_intermediate_size*num_experts","source":""},{"label":"layers/mlp/experts/down_proj","mathml":"<math display=\"block\"><mrow><mi>down_proj</mi><mo>=</mo><mi>d</mi><msub><mi>I</mi><mi>e</mi></msub><mi>E</mi><mo>+</mo><mi>d</mi><mi>E</mi></mrow></math>","text":"layers/mlp/experts/down_proj = hidden_size*num_experts + hidden_size*moe_intermediate_size*num_experts","source":""},{"label":"norm","mathml":"<math display=\"block\"><mrow><mi>norm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"norm = hidden_size","source":"Model.norm = RMSNorm(hidden_size)"},{"label":"lm_head","mathml":"<math display=\"block\"><mrow><mi>lm_head</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow></mrow></math>","text":"lm_head = hidden_size*vocab_size*(1 - tie_word_embeddings)","source":"ForCausalLM.lm_head = nn.Linear(hidden_size, vocab_size, bias=False); a tied head adds nothing"},{"label":"non_embedding_params","mathml":"<math display=\"block\"><mrow><mi>non_embedding_params</mi><mo>=</mo><mo>-</mo><mi>embed_tokens</mi><mo>-</mo><mi>lm_head</mi><mo>+</mo><mi>params</mi></mrow></math>","text":"non_embedding_params = params - embed_tokens - lm_head","source":""},{"label":"embedding_params","mathml":"<math display=\"block\"><mrow><mi>embedding_params</mi><mo>=</mo><mi>embed_tokens</mi></mrow></math>","text":"embedding_params = embed_tokens","source":""},{"label":"lm_head_params","mathml":"<math display=\"block\"><mrow><mi>lm_head_params</mi><mo>=</mo><mi>lm_head</mi></mrow></math>","text":"lm_head_params = lm_head","source":""},{"label":"kv_elements_per_token","mathml":"<math display=\"block\"><mrow><mi>kv_elements_per_token</mi><mo>=</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mi>L</mi></mrow></math>","text":"kv_elements_per_token = 2*head_dim*num_kv_heads*num_layers","source":"formulas.md section 4.2"},{"label":"active_params","mathml":"<math display=\"block\"><mrow><mi>active_params</mi><mo>=</mo><mo>-</mo><mfrac><mrow><mi>experts</mi><mi>L</mi><mrow><mo>(</mo><mi>E</mi><mo>-</mo><mi>k</mi><mo>)</mo></mrow></mrow><mi>E</mi></mfrac><mo>+</mo><mi>params</mi></mrow></math>","text":"active_params = params - experts*num_layers*(num_experts - num_experts_per_tok)/num_experts","source":""},{"label":"expert_params","mathml":"<math display=\"block\"><mrow><mi>expert_params</mi><mo>=</mo><mi>experts</mi><mi>L</mi></mrow></math>","text":"expert_params = experts*num_layers","source":""},{"label":"mlp_activation_width","mathml":"<math display=\"block\"><mrow><mi>mlp_activation_width</mi><mo>=</mo><msub><mi>I</mi><mi>e</mi></msub><mi>k</mi></mrow></math>","text":"mlp_activation_width = moe_intermediate_size*num_experts_per_tok","source":""},{"label":"sliding_attention_layers","mathml":"<math display=\"block\"><mrow><mi>sliding_attention_layers</mi><mo>=</mo><mi>L</mi><mo>-</mo><mrow><mo>\u230a</mo><mfrac><mi>L</mi><mn>2</mn></mfrac><mo>\u230b</mo></mrow></mrow></math>","text":"sliding_attention_layers = num_layers - floor(num_layers/2)","source":""},{"label":"full_attention_layers","mathml":"<math display=\"block\"><mrow><mi>full_attention_layers</mi><mo>=</mo><mrow><mo>\u230a</mo><mfrac><mi>L</mi><mn>2</mn></mfrac><mo>\u230b</mo></mrow></mrow></math>","text":"full_attention_layers = floor(num_layers/2)","source":""},{"label":"kv_elements_per_token_full","mathml":"<math display=\"block\"><mrow><mi>kv_elements_per_token_full</mi><mo>=</mo><mn>2</mn><mi>full_attention_layers</mi><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi></mrow></math>","text":"kv_elements_per_token_full = 2*full_attention_layers*head_dim*num_kv_heads","source":""},{"label":"kv_elements_per_token_sliding","mathml":"<math display=\"block\"><mrow><mi>kv_elements_per_token_sliding</mi><mo>=</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mi>sliding_attention_layers</mi></mrow></math>","text":"kv_elements_per_token_sliding = 2*sliding_attention_layers*head_dim*num_kv_heads","source":""},{"label":"gated_mlp","mathml":"<math display=\"block\"><mrow><mi>gated_mlp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"gated_mlp = 1","source":""},{"label":"rms_norm","mathml":"<math display=\"block\"><mrow><mi>rms_norm</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"rms_norm = 1","source":""},{"label":"default num_kv_heads","mathml":"<math display=\"block\"><mrow><mi>defaultnum_kv_heads</mi><mo>=</mo><mi>H</mi></mrow></math>","text":"default num_kv_heads = num_heads","source":""},{"label":"default head_dim","mathml":"<math display=\"block\"><mrow><mi>defaulthead_dim</mi><mo>=</mo><mfrac><mi>d</mi><mi>H</mi></mfrac></mrow></math>","text":"default head_dim = hidden_size/num_heads","source":""},{"label":"default max_position_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaultmax_position_embeddings</mi><mo>=</mo><mn>131072</mn></mrow></math>","text":"default max_position_embeddings = 131072","source":""},{"label":"default tie_word_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaulttie_word_embeddings</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default tie_word_embeddings = 0","source":""},{"label":"default attention_bias","mathml":"<math display=\"block\"><mrow><mi>defaultattention_bias</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default attention_bias = 1","source":""},{"label":"default moe_intermediate_size","mathml":"<math display=\"block\"><mrow><mi>defaultmoe_intermediate_size</mi><mo>=</mo><mi>I</mi></mrow></math>","text":"default moe_intermediate_size = intermediate_size","source":""},{"label":"default sliding_window_size","mathml":"<math display=\"block\"><mrow><mi>defaultsliding_window_size</mi><mo>=</mo><mn>128</mn></mrow></math>","text":"default sliding_window_size = 128","source":""}],"program_meta":[{"i":["vocab_size","hidden_size","intermediate_size","num_layers","num_heads","num_kv_heads","head_dim","max_position_embeddings","tie_word_embeddings","attention_bias","num_experts","num_experts_per_tok","moe_intermediate_size","sliding_window_size"],"o":["@q:embed_tokens","@q:layers/input_layernorm","@q:layers/self_attn/q_proj","@q:layers/self_attn/k_proj","@q:layers/self_attn/v_proj","@q:layers/self_attn/o_proj","@q:layers/self_attn/sinks","@q:layers/self_attn","@q:layers/post_attention_layernorm","@q:layers/mlp/router","@q:layers/mlp/experts/gate_up_proj","@q:layers/mlp/experts/down_proj","@q:layers/mlp/experts","@q:layers/mlp","@r:layers","@q:layers","@q:norm","@q:lm_head","@q:","@d:non_embedding_params","@d:embedding_params","@d:lm_head_params","@d:kv_elements_per_token","@d:active_params","@d:expert_params","@d:mlp_activation_width","@d:sliding_attention_layers","@d:full_attention_layers","@d:kv_elements_per_token_full","@d:kv_elements_per_token_sliding","@b:gated_mlp","@b:rms_norm"],"c":null},{"i":["num_heads"],"o":["num_kv_heads"],"c":null},{"i":["hidden_size","num_heads"],"o":["head_dim"],"c":null},{"i":[],"o":["max_position_embeddings"],"c":"131072"},{"i":[],"o":["tie_word_embeddings"],"c":"0"},{"i":[],"o":["attention_bias"],"c":"1"},{"i":["intermediate_size"],"o":["moe_intermediate_size"],"c":null},{"i":[],"o":["sliding_window_size"],"c":"128"},{"i":["head_dim","hidden_size","moe_intermediate_size","num_experts","num_heads","num_kv_heads","num_layers","vocab_size"],"o":["q_proj/in","q_proj/out","q_proj/count","k_proj/in","k_proj/out","k_proj/count","v_proj/in","v_proj/out","v_proj/count","o_proj/in","o_proj/out","o_proj/count","lm_head/in","lm_head/out","lm_head/count","experts.gate_up_proj/in","experts.gate_up_proj/out","experts.gate_up_proj/count","experts.down_proj/in","experts.down_proj/out","experts.down_proj/count"],"c":null}]},
function ({_Z, _Q, _add, _mul, _pow, _powq, _inv, _mod, _lt, _le, _gt, _ge, _eq, _ne, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13) {
  let v14 = _mul(v1, v0);
  let v15 = v1;
  let v16 = _add(_mul(v9, v6, v4), _mul(v6, v1, v4));
  let v17 = _add(_mul(v9, v6, v5), _mul(v6, v1, v5));
  let v18 = _add(_mul(v9, v6, v5), _mul(v6, v1, v5));
  let v19 = _add(_mul(v9, v1), _mul(v6, v1, v4));
  let v20 = v4;
  let v21 = _add(v17, v19, v16, v20, v18);
  let v22 = v1;
  let v23 = _add(v10, _mul(v1, v10));
  let v24 = _add(_mul(_Z(2n), v12, v10), _mul(_Z(2n), v1, v12, v10));
  let v25 = _add(_mul(v1, v10), _mul(v1, v12, v10));
  let v26 = _add(v25, v24);
  let v27 = _add(v26, v23);
  let v28 = v3;
  let v29 = _mul(v28, _add(v15, v27, v22, v21));
  let v30 = v1;
  let v31 = _mul(v1, v0, _add(_Z(1n), _mul(_Z(-1n), v8)));
  let v32 = _add(v14, v29, v31, v30);
  let v33 = _add(v32, _mul(_Z(-1n), v14), _mul(_Z(-1n), v31));
  let v34 = v14;
  let v35 = v31;
  let v36 = _mul(_Z(2n), v6, v5, v3);
  let v37 = _add(v32, _mul(_Z(-1n), v26, v3, _inv(_pow(v10, 1)), _add(v10, _mul(_Z(-1n), v11))));
  let v38 = _mul(v26, v3);
  let v39 = _mul(v12, v11);
  let v40 = _add(v3, _mul(_Z(-1n), _floor(_mul(_Q(1n, 2n), v3))));
  let v41 = _floor(_mul(_Q(1n, 2n), v3));
  let v42 = _mul(_Z(2n), v41, v6, v5);
  let v43 = _mul(_Z(2n), v40, v6, v5);
  let v44 = _Z(1n);
  let v45 = _Z(1n);
  return [v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45];
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
function plan(v0) {
  let v1 = v0;
  return [v1];
},
null,
function plan(v0, v1, v2, v3, v4, v5, v6, v7) {
  let v8 = v1;
  let v9 = _mul(v0, v4);
  let v10 = v6;
  let v11 = v1;
  let v12 = _mul(v0, v5);
  let v13 = v6;
  let v14 = v1;
  let v15 = _mul(v0, v5);
  let v16 = v6;
  let v17 = _mul(v0, v4);
  let v18 = v1;
  let v19 = v6;
  let v20 = v1;
  let v21 = v7;
  let v22 = _Z(1n);
  let v23 = v1;
  let v24 = _mul(_Z(2n), v2);
  let v25 = _mul(v3, v6);
  let v26 = v2;
  let v27 = v1;
  let v28 = _mul(v3, v6);
  return [v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28];
}
];
},
function ({_F, _inv, _mod, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13) {
  let v14 = (v1 * v0);
  let v15 = v1;
  let v16 = ((v9 * v6 * v4) + (v6 * v1 * v4));
  let v17 = ((v9 * v6 * v5) + (v6 * v1 * v5));
  let v18 = ((v9 * v6 * v5) + (v6 * v1 * v5));
  let v19 = ((v9 * v1) + (v6 * v1 * v4));
  let v20 = v4;
  let v21 = (v17 + v19 + v16 + v20 + v18);
  let v22 = v1;
  let v23 = (v10 + (v1 * v10));
  let v24 = (((2.0) * v12 * v10) + ((2.0) * v1 * v12 * v10));
  let v25 = ((v1 * v10) + (v1 * v12 * v10));
  let v26 = (v25 + v24);
  let v27 = (v26 + v23);
  let v28 = v3;
  let v29 = (v28 * (v15 + v27 + v22 + v21));
  let v30 = v1;
  let v31 = (v1 * v0 * ((1.0) + ((-1.0) * v8)));
  let v32 = (v14 + v29 + v31 + v30);
  let v33 = (v32 + ((-1.0) * v14) + ((-1.0) * v31));
  let v34 = v14;
  let v35 = v31;
  let v36 = ((2.0) * v6 * v5 * v3);
  let v37 = (v32 + ((-1.0) * v26 * v3 * _inv(v10 ** 1) * (v10 + ((-1.0) * v11))));
  let v38 = (v26 * v3);
  let v39 = (v12 * v11);
  let v40 = (v3 + ((-1.0) * _floor((_F(1, 2) * v3))));
  let v41 = _floor((_F(1, 2) * v3));
  let v42 = ((2.0) * v41 * v6 * v5);
  let v43 = ((2.0) * v40 * v6 * v5);
  let v44 = (1.0);
  let v45 = (1.0);
  return [v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45];
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
function plan(v0) {
  let v1 = v0;
  return [v1];
},
null,
function plan(v0, v1, v2, v3, v4, v5, v6, v7) {
  let v8 = v1;
  let v9 = (v0 * v4);
  let v10 = v6;
  let v11 = v1;
  let v12 = (v0 * v5);
  let v13 = v6;
  let v14 = v1;
  let v15 = (v0 * v5);
  let v16 = v6;
  let v17 = (v0 * v4);
  let v18 = v1;
  let v19 = v6;
  let v20 = v1;
  let v21 = v7;
  let v22 = (1.0);
  let v23 = v1;
  let v24 = ((2.0) * v2);
  let v25 = (v3 * v6);
  let v26 = v2;
  let v27 = v1;
  let v28 = (v3 * v6);
  return [v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28];
}
];
});
