ENGINE.define({"name":"phimoe","kind":"architecture","path":"specs/phimoe.yaml","description":"Phi-3.5-MoE decoder: LayerNorms with bias, grouped-query attention with biases, a top-2 router over num_local_experts SwiGLU experts in every layer, untied LM head with a bias.","abstract":false,"symbols":[{"name":"vocab_size","domain":"positive_integer","latex":"V","description":"Vocabulary size (config.vocab_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:14:3"},{"name":"hidden_size","domain":"positive_integer","latex":"d","description":"Model width (config.hidden_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:17:3"},{"name":"intermediate_size","domain":"positive_integer","latex":"I","description":"MLP inner width (config.intermediate_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:20:3"},{"name":"num_layers","domain":"positive_integer","latex":"L","description":"Decoder layers (config.num_hidden_layers)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:23:3"},{"name":"num_heads","domain":"positive_integer","latex":"H","description":"Query heads (config.num_attention_heads)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:26:3"},{"name":"num_kv_heads","domain":"positive_integer","latex":"K","description":"Key/value heads, grouped-query attention (config.num_key_value_heads)","flag":false,"provider":"","default":{"text":"num_heads","at":"specs/base/decoder.yaml:32:14","key":"specs/base/decoder.yaml:32:5"},"key":"specs/base/decoder.yaml:29:3"},{"name":"head_dim","domain":"positive_integer","latex":"d_h","description":"Width of one attention head (config.head_dim)","flag":false,"provider":"","default":{"text":"hidden_size / num_heads","at":"specs/base/decoder.yaml:37:14","key":"specs/base/decoder.yaml:37:5"},"key":"specs/base/decoder.yaml:34:3"},{"name":"max_position_embeddings","domain":"positive_integer","latex":"n_{ctx}","description":"Context length the model was trained for (rotary, so no parameters)","flag":false,"provider":"","default":{"text":"131072","at":"specs/phimoe.yaml:42:14","key":"specs/phimoe.yaml:42:5"},"key":"specs/phimoe.yaml:39:3"},{"name":"tie_word_embeddings","domain":"flag","latex":"\\tau","description":"1 if lm_head shares the token embedding matrix","flag":false,"provider":"","default":{"text":"0","at":"specs/base/decoder.yaml:47:14","key":"specs/base/decoder.yaml:47:5"},"key":"specs/base/decoder.yaml:43:3"},{"name":"attention_bias","domain":"flag","latex":"b_{attn}","description":"1 if q/k/v/o projections have biases (config.attention_bias)","flag":false,"provider":"","default":{"text":"0","at":"specs/base/decoder.yaml:52:14","key":"specs/base/decoder.yaml:52:5"},"key":"specs/base/decoder.yaml:48:3"},{"name":"lm_head_bias","domain":"flag","latex":"b_{head}","description":"1 if lm_head has a bias (config.lm_head_bias)","flag":false,"provider":"","default":{"text":"0","at":"specs/phimoe.yaml:20:14","key":"specs/phimoe.yaml:20:5"},"key":"specs/phimoe.yaml:16:3"},{"name":"num_experts","domain":"positive_integer","latex":"E","description":"Experts per layer (config.num_local_experts)","flag":false,"provider":"","default":null,"key":"specs/phimoe.yaml:21:3"},{"name":"num_experts_per_tok","domain":"positive_integer","latex":"k","description":"Experts each token is routed to (config.num_experts_per_tok)","flag":false,"provider":"","default":null,"key":"specs/phimoe.yaml:24:3"},{"name":"moe_intermediate_size","domain":"positive_integer","latex":"I_e","description":"Inner width of one expert; Phimoe's experts use config.intermediate_size","flag":false,"provider":"","default":{"text":"intermediate_size","at":"specs/phimoe.yaml:30:14","key":"specs/phimoe.yaml:30:5"},"key":"specs/phimoe.yaml:27:3"},{"name":"sliding_window","domain":"nonnegative_integer","latex":"w","description":"Attention window of every layer in tokens, 0 for full attention (config.sliding_window; the released config sets it to the whole context, 131072; no parameters, read by the KV-cache rules)","flag":false,"provider":"","default":{"text":"0","at":"specs/phimoe.yaml:38:14","key":"specs/phimoe.yaml:38:5"},"key":"specs/phimoe.yaml:32:3"}],"presets":[{"name":"phi-3.5-moe","description":"","values":{"vocab_size":{"text":"32064","at":"specs/phimoe.yaml:119:26","key":"specs/phimoe.yaml:119:14","value":"32064"},"hidden_size":{"text":"4096","at":"specs/phimoe.yaml:119:46","key":"specs/phimoe.yaml:119:33","value":"4096"},"intermediate_size":{"text":"6400","at":"specs/phimoe.yaml:119:71","key":"specs/phimoe.yaml:119:52","value":"6400"},"num_layers":{"text":"32","at":"specs/phimoe.yaml:119:89","key":"specs/phimoe.yaml:119:77","value":"32"},"num_heads":{"text":"32","at":"specs/phimoe.yaml:119:104","key":"specs/phimoe.yaml:119:93","value":"32"},"num_kv_heads":{"text":"8","at":"specs/phimoe.yaml:120:28","key":"specs/phimoe.yaml:120:14","value":"8"},"num_experts":{"text":"16","at":"specs/phimoe.yaml:120:44","key":"specs/phimoe.yaml:120:31","value":"16"},"num_experts_per_tok":{"text":"2","at":"specs/phimoe.yaml:120:69","key":"specs/phimoe.yaml:120:48","value":"2"},"attention_bias":{"text":"1","at":"specs/phimoe.yaml:120:88","key":"specs/phimoe.yaml:120:72","value":"1"},"lm_head_bias":{"text":"1","at":"specs/phimoe.yaml:120:105","key":"specs/phimoe.yaml:120:91","value":"1"},"sliding_window":{"text":"131072","at":"specs/phimoe.yaml:121:30","key":"specs/phimoe.yaml:121:14","value":"131072"},"max_position_embeddings":{"text":"131072","at":"specs/phimoe.yaml:121:63","key":"specs/phimoe.yaml:121:38","value":"131072"}}}],"default_preset":"phi-3.5-moe","default_rules":null,"total":{"name":"params","key":"","slot":"@q:"},"parts":[["embed_tokens","embed_tokens","@q:embed_tokens",[],false],["layers","layers","@q:layers",[],true],["layers/input_layernorm","input_layernorm","@q:layers/input_layernorm",["@r:layers"],false],["layers/self_attn","self_attn","@q:layers/self_attn",["@r:layers"],true],["layers/self_attn/q_proj","q_proj","@q:layers/self_attn/q_proj",["@r:layers"],false],["layers/self_attn/k_proj","k_proj","@q:layers/self_attn/k_proj",["@r:layers"],false],["layers/self_attn/v_proj","v_proj","@q:layers/self_attn/v_proj",["@r:layers"],false],["layers/self_attn/o_proj","o_proj","@q:layers/self_attn/o_proj",["@r:layers"],false],["layers/post_attention_layernorm","post_attention_layernorm","@q:layers/post_attention_layernorm",["@r:layers"],false],["layers/mlp","mlp","@q:layers/mlp",["@r:layers"],true],["layers/mlp/router","router","@q:layers/mlp/router",["@r:layers"],false],["layers/mlp/experts","experts","@q:layers/mlp/experts",["@r:layers"],true],["layers/mlp/experts/gate_up_proj","gate_up_proj","@q:layers/mlp/experts/gate_up_proj",["@r:layers"],false],["layers/mlp/experts/down_proj","down_proj","@q:layers/mlp/experts/down_proj",["@r:layers"],false],["norm","norm","@q:norm",[],false],["lm_head","lm_head","@q:lm_head",[],false]],"derived":{"non_embedding_params":"@d:non_embedding_params","embedding_params":"@d:embedding_params","lm_head_params":"@d:lm_head_params","kv_elements_per_token":"@d:kv_elements_per_token","active_params":"@d:active_params","expert_params":"@d:expert_params","mlp_activation_width":"@d:mlp_activation_width"},"phases":{},"block":{"gated_mlp":"@b:gated_mlp","rms_norm":"@b:rms_norm"},"where":{"":"specs/phimoe.yaml:44:1","embed_tokens":"specs/base/decoder.yaml:60:11","layers":"specs/base/decoder.yaml:63:13","layers/input_layernorm":"specs/phimoe.yaml:48:15","layers/self_attn":"specs/base/decoder.yaml:69:7","layers/self_attn/q_proj":"specs/base/decoder.yaml:71:19","layers/self_attn/k_proj":"specs/base/decoder.yaml:72:19","layers/self_attn/v_proj":"specs/base/decoder.yaml:73:19","layers/self_attn/o_proj":"specs/base/decoder.yaml:74:19","layers/post_attention_layernorm":"specs/phimoe.yaml:51:15","layers/mlp":"specs/phimoe.yaml:53:7","layers/mlp/router":"specs/phimoe.yaml:60:19","layers/mlp/experts":"specs/phimoe.yaml:62:11","layers/mlp/experts/gate_up_proj":"specs/phimoe.yaml:65:29","layers/mlp/experts/down_proj":"specs/phimoe.yaml:66:26","norm":"specs/phimoe.yaml:68:11","lm_head":"specs/phimoe.yaml:71:11","non_embedding_params":"specs/base/decoder.yaml:107:11","embedding_params":"specs/base/decoder.yaml:110:11","lm_head_params":"specs/base/decoder.yaml:113:11","kv_elements_per_token":"specs/base/decoder.yaml:116:11","active_params":"specs/phimoe.yaml:81:11","expert_params":"specs/phimoe.yaml:84:11","mlp_activation_width":"specs/phimoe.yaml:87:11","gated_mlp":"specs/base/decoder.yaml:99:11","rms_norm":"specs/phimoe.yaml:76:11"},"options":[],"linears":[{"name":"q_proj","output":false},{"name":"k_proj","output":false},{"name":"v_proj","output":false},{"name":"o_proj","output":false},{"name":"lm_head","output":true},{"name":"router","output":false},{"name":"experts.gate_up_proj","output":false},{"name":"experts.down_proj","output":false}],"lora_targets":["q_proj","v_proj"],"hf":{"model_types":["phimoe"],"keys":[{"key":"vocab_size","symbol":"vocab_size","if_null":null,"values":{}},{"key":"hidden_size","symbol":"hidden_size","if_null":null,"values":{}},{"key":"intermediate_size","symbol":"intermediate_size","if_null":null,"values":{}},{"key":"num_hidden_layers","symbol":"num_layers","if_null":null,"values":{}},{"key":"num_attention_heads","symbol":"num_heads","if_null":null,"values":{}},{"key":"num_key_value_heads","symbol":"num_kv_heads","if_null":null,"values":{}},{"key":"head_dim","symbol":"head_dim","if_null":null,"values":{}},{"key":"max_position_embeddings","symbol":"max_position_embeddings","if_null":null,"values":{}},{"key":"tie_word_embeddings","symbol":"tie_word_embeddings","if_null":null,"values":{}},{"key":"attention_bias","symbol":"attention_bias","if_null":null,"values":{}},{"key":"lm_head_bias","symbol":"lm_head_bias","if_null":null,"values":{}},{"key":"num_local_experts","symbol":"num_experts","if_null":null,"values":{}},{"key":"num_experts_per_tok","symbol":"num_experts_per_tok","if_null":null,"values":{}},{"key":"sliding_window","symbol":"sliding_window","if_null":{"text":"0","at":"specs/phimoe.yaml:109:55","key":"specs/phimoe.yaml:109:46","value":"0"},"values":{}}],"defaults":{"num_key_value_heads":{"raw":{"number":"8"},"span":{"value":"specs/phimoe.yaml:111:26","key":"specs/phimoe.yaml:111:5","at":"specs/phimoe.yaml:111:26"}},"num_experts_per_tok":{"raw":{"number":"2"},"span":{"value":"specs/phimoe.yaml:112:26","key":"specs/phimoe.yaml:112:5","at":"specs/phimoe.yaml:112:26"}},"max_position_embeddings":{"raw":{"number":"131072"},"span":{"value":"specs/phimoe.yaml:113:30","key":"specs/phimoe.yaml:113:5","at":"specs/phimoe.yaml:113:30"}}},"architectures":{"PhimoeForCausalLM":{},"PhiMoEForCausalLM":{}},"key":"specs/phimoe.yaml:98:1"},"programs":{"main":0,"defaults":{"num_kv_heads":1,"head_dim":2,"max_position_embeddings":3,"tie_word_embeddings":4,"attention_bias":5,"lm_head_bias":6,"moe_intermediate_size":7,"sliding_window":8},"choices":{},"weights":{},"linears":9,"conditions":{}},"formulas":[{"label":"params","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mi>embed_tokens</mi><mo>+</mo><mi>layers</mi><mo>+</mo><mi>lm_head</mi><mo>+</mo><mi>norm</mi></mrow></math>","text":"params = embed_tokens + layers + lm_head + norm","source":""},{"label":"params (in symbols)","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow><mo>+</mo><mi>d</mi><mi>V</mi><mo>+</mo><mn>2</mn><mi>d</mi><mo>+</mo><msub><mi>b</mi><mrow><mi>h</mi><mi>e</mi><mi>a</mi><mi>d</mi></mrow></msub><mi>V</mi><mo>+</mo><mi>L</mi><mrow><mo>(</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>H</mi><mo>+</mo><mn>2</mn><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mo>+</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><mi>d</mi><mo>+</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi><mo>+</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>K</mi><mo>+</mo><mn>3</mn><mi>d</mi><msub><mi>I</mi><mi>e</mi></msub><mi>E</mi><mo>+</mo><mi>d</mi><mi>E</mi><mo>+</mo><mn>4</mn><mi>d</mi><mo>)</mo></mrow></mrow></math>","text":"params (in symbols) = 2*hidden_size + lm_head_bias*vocab_size + hidden_size*vocab_size + num_layers*(4*hidden_size + attention_bias*hidden_size + hidden_size*num_experts + attention_bias*head_dim*num_heads + 2*attention_bias*head_dim*num_kv_heads + 2*head_dim*hidden_size*num_heads + 2*head_dim*hidden_size*num_kv_heads + 3*hidden_size*moe_intermediate_size*num_experts) + hidden_size*vocab_size*(1 - tie_word_embeddings)","source":""},{"label":"embed_tokens","mathml":"<math display=\"block\"><mrow><mi>embed_tokens</mi><mo>=</mo><mi>d</mi><mi>V</mi></mrow></math>","text":"embed_tokens = hidden_size*vocab_size","source":"Model.embed_tokens = nn.Embedding(vocab_size, hidden_size)"},{"label":"layers","mathml":"<math display=\"block\"><mrow><mi>layers</mi><mo>=</mo><mi>L</mi><mrow><mo>(</mo><mi>input_layernorm</mi><mo>+</mo><mi>mlp</mi><mo>+</mo><mi>post_attention_layernorm</mi><mo>+</mo><mi>self_attn</mi><mo>)</mo></mrow></mrow></math>","text":"layers = num_layers*(input_layernorm + mlp + post_attention_layernorm + self_attn)","source":""},{"label":"layers/input_layernorm","mathml":"<math display=\"block\"><mrow><mi>input_layernorm</mi><mo>=</mo><mn>2</mn><mi>d</mi></mrow></math>","text":"layers/input_layernorm = 2*hidden_size","source":"PhimoeDecoderLayer.input_layernorm = nn.LayerNorm(hidden_size), weight and bias"},{"label":"layers/self_attn","mathml":"<math display=\"block\"><mrow><mi>self_attn</mi><mo>=</mo><mi>k_proj</mi><mo>+</mo><mi>o_proj</mi><mo>+</mo><mi>q_proj</mi><mo>+</mo><mi>v_proj</mi></mrow></math>","text":"layers/self_attn = k_proj + o_proj + q_proj + v_proj","source":"Attention q_proj, k_proj, v_proj, o_proj (nn.Linear, bias=config.attention_bias)"},{"label":"layers/self_attn/q_proj","mathml":"<math display=\"block\"><mrow><mi>q_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>H</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi></mrow></math>","text":"layers/self_attn/q_proj = attention_bias*head_dim*num_heads + head_dim*hidden_size*num_heads","source":""},{"label":"layers/self_attn/k_proj","mathml":"<math display=\"block\"><mrow><mi>k_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>K</mi></mrow></math>","text":"layers/self_attn/k_proj = attention_bias*head_dim*num_kv_heads + head_dim*hidden_size*num_kv_heads","source":""},{"label":"layers/self_attn/v_proj","mathml":"<math display=\"block\"><mrow><mi>v_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>K</mi></mrow></math>","text":"layers/self_attn/v_proj = attention_bias*head_dim*num_kv_heads + head_dim*hidden_size*num_kv_heads","source":""},{"label":"layers/self_attn/o_proj","mathml":"<math display=\"block\"><mrow><mi>o_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><mi>d</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi></mrow></math>","text":"layers/self_attn/o_proj = attention_bias*hidden_size + head_dim*hidden_size*num_heads","source":""},{"label":"layers/post_attention_layernorm","mathml":"<math display=\"block\"><mrow><mi>post_attention_layernorm</mi><mo>=</mo><mn>2</mn><mi>d</mi></mrow></math>","text":"layers/post_attention_layernorm = 2*hidden_size","source":"PhimoeDecoderLayer.post_attention_layernorm = nn.LayerNorm(hidden_size), weight and bias"},{"label":"layers/mlp","mathml":"<math display=\"block\"><mrow><mi>mlp</mi><mo>=</mo><mi>experts</mi><mo>+</mo><mi>router</mi></mrow></math>","text":"layers/mlp = experts + router","source":"PhimoeDecoderLayer.mlp = PhimoeSparseMoeBlock(config)"},{"label":"layers/mlp/router","mathml":"<math display=\"block\"><mrow><mi>router</mi><mo>=</mo><mi>d</mi><mi>E</mi></mrow></math>","text":"layers/mlp/router = hidden_size*num_experts","source":"PhimoeTopKRouter(nn.Linear(hidden_size, num_local_experts, bias=False))"},{"label":"layers/mlp/experts","mathml":"<math display=\"block\"><mrow><mi>experts</mi><mo>=</mo><mi>down_proj</mi><mo>+</mo><mi>gate_up_proj</mi></mrow></math>","text":"layers/mlp/experts = down_proj + gate_up_proj","source":"PhimoeExperts, all experts of a layer as two 3-D parameters"},{"label":"layers/mlp/experts/gate_up_proj","mathml":"<math display=\"block\"><mrow><mi>gate_up_proj</mi><mo>=</mo><mn>2</mn><mi>d</mi><msub><mi>I</mi><mi>e</mi></msub><mi>E</mi></mrow></math>","text":"layers/mlp/experts/gate_up_proj = 2*hidden_size*moe_intermediate_size*num_experts","source":""},{"label":"layers/mlp/experts/down_proj","mathml":"<math display=\"block\"><mrow><mi>down_proj</mi><mo>=</mo><mi>d</mi><msub><mi>I</mi><mi>e</mi></msub><mi>E</mi></mrow></math>","text":"layers/mlp/experts/down_proj = hidden_size*moe_intermediate_size*num_experts","source":""},{"label":"norm","mathml":"<math display=\"block\"><mrow><mi>norm</mi><mo>=</mo><mn>2</mn><mi>d</mi></mrow></math>","text":"norm = 2*hidden_size","source":"PhimoeModel.norm = nn.LayerNorm(hidden_size), weight and bias"},{"label":"lm_head","mathml":"<math display=\"block\"><mrow><mi>lm_head</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow><mo>+</mo><msub><mi>b</mi><mrow><mi>h</mi><mi>e</mi><mi>a</mi><mi>d</mi></mrow></msub><mi>V</mi></mrow></math>","text":"lm_head = lm_head_bias*vocab_size + hidden_size*vocab_size*(1 - tie_word_embeddings)","source":"PhimoeForCausalLM.lm_head = nn.Linear(hidden_size, vocab_size, bias=config.lm_head_bias)"},{"label":"non_embedding_params","mathml":"<math display=\"block\"><mrow><mi>non_embedding_params</mi><mo>=</mo><mo>-</mo><mi>embed_tokens</mi><mo>-</mo><mi>lm_head</mi><mo>+</mo><mi>params</mi></mrow></math>","text":"non_embedding_params = params - embed_tokens - lm_head","source":""},{"label":"embedding_params","mathml":"<math display=\"block\"><mrow><mi>embedding_params</mi><mo>=</mo><mi>embed_tokens</mi></mrow></math>","text":"embedding_params = embed_tokens","source":""},{"label":"lm_head_params","mathml":"<math display=\"block\"><mrow><mi>lm_head_params</mi><mo>=</mo><mi>lm_head</mi></mrow></math>","text":"lm_head_params = lm_head","source":""},{"label":"kv_elements_per_token","mathml":"<math display=\"block\"><mrow><mi>kv_elements_per_token</mi><mo>=</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mi>L</mi></mrow></math>","text":"kv_elements_per_token = 2*head_dim*num_kv_heads*num_layers","source":"formulas.md section 4.2"},{"label":"active_params","mathml":"<math display=\"block\"><mrow><mi>active_params</mi><mo>=</mo><mo>-</mo><mfrac><mrow><mi>experts</mi><mi>L</mi><mrow><mo>(</mo><mi>E</mi><mo>-</mo><mi>k</mi><mo>)</mo></mrow></mrow><mi>E</mi></mfrac><mo>+</mo><mi>params</mi></mrow></math>","text":"active_params = params - experts*num_layers*(num_experts - num_experts_per_tok)/num_experts","source":""},{"label":"expert_params","mathml":"<math display=\"block\"><mrow><mi>expert_params</mi><mo>=</mo><mi>experts</mi><mi>L</mi></mrow></math>","text":"expert_params = experts*num_layers","source":""},{"label":"mlp_activation_width","mathml":"<math display=\"block\"><mrow><mi>mlp_activation_width</mi><mo>=</mo><msub><mi>I</mi><mi>e</mi></msub><mi>k</mi></mrow></math>","text":"mlp_activation_width = moe_intermediate_size*num_experts_per_tok","source":""},{"label":"gated_mlp","mathml":"<math display=\"block\"><mrow><mi>gated_mlp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"gated_mlp = 1","source":""},{"label":"rms_norm","mathml":"<math display=\"block\"><mrow><mi>rms_norm</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"rms_norm = 0","source":""},{"label":"default num_kv_heads","mathml":"<math display=\"block\"><mrow><mi>defaultnum_kv_heads</mi><mo>=</mo><mi>H</mi></mrow></math>","text":"default num_kv_heads = num_heads","source":""},{"label":"default head_dim","mathml":"<math display=\"block\"><mrow><mi>defaulthead_dim</mi><mo>=</mo><mfrac><mi>d</mi><mi>H</mi></mfrac></mrow></math>","text":"default head_dim = hidden_size/num_heads","source":""},{"label":"default max_position_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaultmax_position_embeddings</mi><mo>=</mo><mn>131072</mn></mrow></math>","text":"default max_position_embeddings = 131072","source":""},{"label":"default tie_word_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaulttie_word_embeddings</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default tie_word_embeddings = 0","source":""},{"label":"default attention_bias","mathml":"<math display=\"block\"><mrow><mi>defaultattention_bias</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default attention_bias = 0","source":""},{"label":"default lm_head_bias","mathml":"<math display=\"block\"><mrow><mi>defaultlm_head_bias</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default lm_head_bias = 0","source":""},{"label":"default moe_intermediate_size","mathml":"<math display=\"block\"><mrow><mi>defaultmoe_intermediate_size</mi><mo>=</mo><mi>I</mi></mrow></math>","text":"default moe_intermediate_size = intermediate_size","source":""},{"label":"default sliding_window","mathml":"<math display=\"block\"><mrow><mi>defaultsliding_window</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default sliding_window = 0","source":""}],"program_meta":[{"i":["vocab_size","hidden_size","intermediate_size","num_layers","num_heads","num_kv_heads","head_dim","max_position_embeddings","tie_word_embeddings","attention_bias","lm_head_bias","num_experts","num_experts_per_tok","moe_intermediate_size","sliding_window"],"o":["@q:embed_tokens","@q:layers/input_layernorm","@q:layers/self_attn/q_proj","@q:layers/self_attn/k_proj","@q:layers/self_attn/v_proj","@q:layers/self_attn/o_proj","@q:layers/self_attn","@q:layers/post_attention_layernorm","@q:layers/mlp/router","@q:layers/mlp/experts/gate_up_proj","@q:layers/mlp/experts/down_proj","@q:layers/mlp/experts","@q:layers/mlp","@r:layers","@q:layers","@q:norm","@q:lm_head","@q:","@d:non_embedding_params","@d:embedding_params","@d:lm_head_params","@d:kv_elements_per_token","@d:active_params","@d:expert_params","@d:mlp_activation_width","@b:gated_mlp","@b:rms_norm"],"c":null},{"i":["num_heads"],"o":["num_kv_heads"],"c":null},{"i":["hidden_size","num_heads"],"o":["head_dim"],"c":null},{"i":[],"o":["max_position_embeddings"],"c":"131072"},{"i":[],"o":["tie_word_embeddings"],"c":"0"},{"i":[],"o":["attention_bias"],"c":"0"},{"i":[],"o":["lm_head_bias"],"c":"0"},{"i":["intermediate_size"],"o":["moe_intermediate_size"],"c":null},{"i":[],"o":["sliding_window"],"c":"0"},{"i":["head_dim","hidden_size","moe_intermediate_size","num_experts","num_heads","num_kv_heads","num_layers","vocab_size"],"o":["q_proj/in","q_proj/out","q_proj/count","k_proj/in","k_proj/out","k_proj/count","v_proj/in","v_proj/out","v_proj/count","o_proj/in","o_proj/out","o_proj/count","lm_head/in","lm_head/out","lm_head/count","router/in","router/out","router/count","experts.gate_up_proj/in","experts.gate_up_proj/out","experts.gate_up_proj/count","experts.down_proj/in","experts.down_proj/out","experts.down_proj/count"],"c":null}]},
function ({_Z, _Q, _add, _mul, _pow, _powq, _inv, _mod, _lt, _le, _gt, _ge, _eq, _ne, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14) {
  let v15 = _mul(v1, v0);
  let v16 = _mul(_Z(2n), v1);
  let v17 = _add(_mul(v9, v6, v4), _mul(v6, v1, v4));
  let v18 = _add(_mul(v9, v6, v5), _mul(v6, v1, v5));
  let v19 = _add(_mul(v9, v6, v5), _mul(v6, v1, v5));
  let v20 = _add(_mul(v9, v1), _mul(v6, v1, v4));
  let v21 = _add(v18, v20, v17, v19);
  let v22 = _mul(_Z(2n), v1);
  let v23 = _mul(v1, v11);
  let v24 = _mul(_Z(2n), v1, v13, v11);
  let v25 = _mul(v1, v13, v11);
  let v26 = _add(v25, v24);
  let v27 = _add(v26, v23);
  let v28 = v3;
  let v29 = _mul(v28, _add(v16, v27, v22, v21));
  let v30 = _mul(_Z(2n), v1);
  let v31 = _add(_mul(v10, v0), _mul(v1, v0, _add(_Z(1n), _mul(_Z(-1n), v8))));
  let v32 = _add(v15, v29, v31, v30);
  let v33 = _add(v32, _mul(_Z(-1n), v15), _mul(_Z(-1n), v31));
  let v34 = v15;
  let v35 = v31;
  let v36 = _mul(_Z(2n), v6, v5, v3);
  let v37 = _add(v32, _mul(_Z(-1n), v26, v3, _inv(_pow(v11, 1)), _add(v11, _mul(_Z(-1n), v12))));
  let v38 = _mul(v26, v3);
  let v39 = _mul(v13, v12);
  let v40 = _Z(1n);
  let v41 = _Z(0n);
  return [v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41];
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
  let v24 = v3;
  let v25 = v6;
  let v26 = v1;
  let v27 = _mul(_Z(2n), v2);
  let v28 = _mul(v3, v6);
  let v29 = v2;
  let v30 = v1;
  let v31 = _mul(v3, v6);
  return [v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31];
}
];
},
function ({_F, _inv, _mod, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14) {
  let v15 = (v1 * v0);
  let v16 = ((2.0) * v1);
  let v17 = ((v9 * v6 * v4) + (v6 * v1 * v4));
  let v18 = ((v9 * v6 * v5) + (v6 * v1 * v5));
  let v19 = ((v9 * v6 * v5) + (v6 * v1 * v5));
  let v20 = ((v9 * v1) + (v6 * v1 * v4));
  let v21 = (v18 + v20 + v17 + v19);
  let v22 = ((2.0) * v1);
  let v23 = (v1 * v11);
  let v24 = ((2.0) * v1 * v13 * v11);
  let v25 = (v1 * v13 * v11);
  let v26 = (v25 + v24);
  let v27 = (v26 + v23);
  let v28 = v3;
  let v29 = (v28 * (v16 + v27 + v22 + v21));
  let v30 = ((2.0) * v1);
  let v31 = ((v10 * v0) + (v1 * v0 * ((1.0) + ((-1.0) * v8))));
  let v32 = (v15 + v29 + v31 + v30);
  let v33 = (v32 + ((-1.0) * v15) + ((-1.0) * v31));
  let v34 = v15;
  let v35 = v31;
  let v36 = ((2.0) * v6 * v5 * v3);
  let v37 = (v32 + ((-1.0) * v26 * v3 * _inv(v11 ** 1) * (v11 + ((-1.0) * v12))));
  let v38 = (v26 * v3);
  let v39 = (v13 * v12);
  let v40 = (1.0);
  let v41 = (0.0);
  return [v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41];
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
  let v24 = v3;
  let v25 = v6;
  let v26 = v1;
  let v27 = ((2.0) * v2);
  let v28 = (v3 * v6);
  let v29 = v2;
  let v30 = v1;
  let v31 = (v3 * v6);
  return [v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31];
}
];
});
