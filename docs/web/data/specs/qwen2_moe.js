ENGINE.define({"name":"qwen2_moe","kind":"architecture","path":"specs/qwen2_moe.yaml","description":"Qwen2-MoE decoder: Qwen2 attention with q/k/v biases, a top-k router over num_experts SwiGLU experts and a gated shared expert in every decoder_sparse_step-th layer, untied LM head.","abstract":false,"symbols":[{"name":"vocab_size","domain":"positive_integer","latex":"V","description":"Vocabulary size (config.vocab_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:14:3"},{"name":"hidden_size","domain":"positive_integer","latex":"d","description":"Model width (config.hidden_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:17:3"},{"name":"intermediate_size","domain":"positive_integer","latex":"I","description":"MLP inner width (config.intermediate_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:20:3"},{"name":"num_layers","domain":"positive_integer","latex":"L","description":"Decoder layers (config.num_hidden_layers)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:23:3"},{"name":"num_heads","domain":"positive_integer","latex":"H","description":"Query heads (config.num_attention_heads)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:26:3"},{"name":"num_kv_heads","domain":"positive_integer","latex":"K","description":"Key/value heads, grouped-query attention (config.num_key_value_heads)","flag":false,"provider":"","default":{"text":"num_heads","at":"specs/base/decoder.yaml:32:14","key":"specs/base/decoder.yaml:32:5"},"key":"specs/base/decoder.yaml:29:3"},{"name":"head_dim","domain":"positive_integer","latex":"d_h","description":"Width of one attention head (config.head_dim)","flag":false,"provider":"","default":{"text":"hidden_size / num_heads","at":"specs/base/decoder.yaml:37:14","key":"specs/base/decoder.yaml:37:5"},"key":"specs/base/decoder.yaml:34:3"},{"name":"max_position_embeddings","domain":"positive_integer","latex":"n_{ctx}","description":"Context length the model was trained for (rotary, so no parameters)","flag":false,"provider":"","default":{"text":"32768","at":"specs/qwen2_moe.yaml:40:14","key":"specs/qwen2_moe.yaml:40:5"},"key":"specs/qwen2_moe.yaml:37:3"},{"name":"tie_word_embeddings","domain":"flag","latex":"\\tau","description":"1 if lm_head shares the token embedding matrix","flag":false,"provider":"","default":{"text":"0","at":"specs/base/decoder.yaml:47:14","key":"specs/base/decoder.yaml:47:5"},"key":"specs/base/decoder.yaml:43:3"},{"name":"qkv_bias","domain":"flag","latex":"b_{qkv}","description":"1 if q_proj, k_proj and v_proj have biases (config.qkv_bias)","flag":false,"provider":"","default":{"text":"1","at":"specs/qwen2_moe.yaml:20:14","key":"specs/qwen2_moe.yaml:20:5"},"key":"specs/qwen2_moe.yaml:16:3"},{"name":"num_experts","domain":"positive_integer","latex":"E","description":"Routed experts per sparse layer (config.num_experts)","flag":false,"provider":"","default":null,"key":"specs/qwen2_moe.yaml:21:3"},{"name":"num_experts_per_tok","domain":"positive_integer","latex":"k","description":"Routed experts each token uses (config.num_experts_per_tok)","flag":false,"provider":"","default":null,"key":"specs/qwen2_moe.yaml:24:3"},{"name":"moe_intermediate_size","domain":"positive_integer","latex":"I_e","description":"Inner width of one routed expert (config.moe_intermediate_size)","flag":false,"provider":"","default":null,"key":"specs/qwen2_moe.yaml:27:3"},{"name":"shared_expert_intermediate_size","domain":"positive_integer","latex":"I_s","description":"Inner width of the shared expert (config.shared_expert_intermediate_size)","flag":false,"provider":"","default":null,"key":"specs/qwen2_moe.yaml:30:3"},{"name":"decoder_sparse_step","domain":"positive_integer","latex":"s","description":"Every decoder_sparse_step-th layer is sparse, layer i when (i + 1) % step == 0 (config.decoder_sparse_step)","flag":false,"provider":"","default":{"text":"1","at":"specs/qwen2_moe.yaml:36:14","key":"specs/qwen2_moe.yaml:36:5"},"key":"specs/qwen2_moe.yaml:33:3"}],"presets":[{"name":"qwen1.5-moe-a2.7b","description":"","values":{"vocab_size":{"text":"151936","at":"specs/qwen2_moe.yaml:142:26","key":"specs/qwen2_moe.yaml:142:14","value":"151936"},"hidden_size":{"text":"2048","at":"specs/qwen2_moe.yaml:142:47","key":"specs/qwen2_moe.yaml:142:34","value":"2048"},"intermediate_size":{"text":"5632","at":"specs/qwen2_moe.yaml:142:72","key":"specs/qwen2_moe.yaml:142:53","value":"5632"},"num_layers":{"text":"24","at":"specs/qwen2_moe.yaml:142:90","key":"specs/qwen2_moe.yaml:142:78","value":"24"},"num_heads":{"text":"16","at":"specs/qwen2_moe.yaml:142:105","key":"specs/qwen2_moe.yaml:142:94","value":"16"},"num_kv_heads":{"text":"16","at":"specs/qwen2_moe.yaml:143:28","key":"specs/qwen2_moe.yaml:143:14","value":"16"},"num_experts":{"text":"60","at":"specs/qwen2_moe.yaml:143:45","key":"specs/qwen2_moe.yaml:143:32","value":"60"},"num_experts_per_tok":{"text":"4","at":"specs/qwen2_moe.yaml:143:70","key":"specs/qwen2_moe.yaml:143:49","value":"4"},"moe_intermediate_size":{"text":"1408","at":"specs/qwen2_moe.yaml:143:96","key":"specs/qwen2_moe.yaml:143:73","value":"1408"},"shared_expert_intermediate_size":{"text":"5632","at":"specs/qwen2_moe.yaml:144:47","key":"specs/qwen2_moe.yaml:144:14","value":"5632"},"max_position_embeddings":{"text":"8192","at":"specs/qwen2_moe.yaml:144:78","key":"specs/qwen2_moe.yaml:144:53","value":"8192"}}},{"name":"qwen2-57b-a14b","description":"","values":{"vocab_size":{"text":"151936","at":"specs/qwen2_moe.yaml:147:26","key":"specs/qwen2_moe.yaml:147:14","value":"151936"},"hidden_size":{"text":"3584","at":"specs/qwen2_moe.yaml:147:47","key":"specs/qwen2_moe.yaml:147:34","value":"3584"},"intermediate_size":{"text":"18944","at":"specs/qwen2_moe.yaml:147:72","key":"specs/qwen2_moe.yaml:147:53","value":"18944"},"num_layers":{"text":"28","at":"specs/qwen2_moe.yaml:147:91","key":"specs/qwen2_moe.yaml:147:79","value":"28"},"num_heads":{"text":"28","at":"specs/qwen2_moe.yaml:147:106","key":"specs/qwen2_moe.yaml:147:95","value":"28"},"num_kv_heads":{"text":"4","at":"specs/qwen2_moe.yaml:148:28","key":"specs/qwen2_moe.yaml:148:14","value":"4"},"num_experts":{"text":"64","at":"specs/qwen2_moe.yaml:148:44","key":"specs/qwen2_moe.yaml:148:31","value":"64"},"num_experts_per_tok":{"text":"8","at":"specs/qwen2_moe.yaml:148:69","key":"specs/qwen2_moe.yaml:148:48","value":"8"},"moe_intermediate_size":{"text":"2560","at":"specs/qwen2_moe.yaml:148:95","key":"specs/qwen2_moe.yaml:148:72","value":"2560"},"shared_expert_intermediate_size":{"text":"20480","at":"specs/qwen2_moe.yaml:149:47","key":"specs/qwen2_moe.yaml:149:14","value":"20480"},"max_position_embeddings":{"text":"131072","at":"specs/qwen2_moe.yaml:149:79","key":"specs/qwen2_moe.yaml:149:54","value":"131072"}}}],"default_preset":"qwen1.5-moe-a2.7b","default_rules":null,"total":{"name":"params","key":"","slot":"@q:"},"parts":[["embed_tokens","embed_tokens","@q:embed_tokens",[],false],["layers","layers","@q:layers",[],true],["layers/input_layernorm","input_layernorm","@q:layers/input_layernorm",["@r:layers"],false],["layers/self_attn","self_attn","@q:layers/self_attn",["@r:layers"],true],["layers/self_attn/q_proj","q_proj","@q:layers/self_attn/q_proj",["@r:layers"],false],["layers/self_attn/k_proj","k_proj","@q:layers/self_attn/k_proj",["@r:layers"],false],["layers/self_attn/v_proj","v_proj","@q:layers/self_attn/v_proj",["@r:layers"],false],["layers/self_attn/o_proj","o_proj","@q:layers/self_attn/o_proj",["@r:layers"],false],["layers/post_attention_layernorm","post_attention_layernorm","@q:layers/post_attention_layernorm",["@r:layers"],false],["norm","norm","@q:norm",[],false],["lm_head","lm_head","@q:lm_head",[],false],["moe","moe","@q:moe",[],true],["moe/gate","gate","@q:moe/gate",["@r:moe"],false],["moe/experts","experts","@q:moe/experts",["@r:moe"],true],["moe/experts/gate_up_proj","gate_up_proj","@q:moe/experts/gate_up_proj",["@r:moe"],false],["moe/experts/down_proj","down_proj","@q:moe/experts/down_proj",["@r:moe"],false],["moe/shared_expert","shared_expert","@q:moe/shared_expert",["@r:moe"],true],["moe/shared_expert/gate_proj","gate_proj","@q:moe/shared_expert/gate_proj",["@r:moe"],false],["moe/shared_expert/up_proj","up_proj","@q:moe/shared_expert/up_proj",["@r:moe"],false],["moe/shared_expert/down_proj","down_proj","@q:moe/shared_expert/down_proj",["@r:moe"],false],["moe/shared_expert_gate","shared_expert_gate","@q:moe/shared_expert_gate",["@r:moe"],false],["dense_mlp","dense_mlp","@q:dense_mlp",[],true],["dense_mlp/gate_proj","gate_proj","@q:dense_mlp/gate_proj",["@r:dense_mlp"],false],["dense_mlp/up_proj","up_proj","@q:dense_mlp/up_proj",["@r:dense_mlp"],false],["dense_mlp/down_proj","down_proj","@q:dense_mlp/down_proj",["@r:dense_mlp"],false]],"derived":{"non_embedding_params":"@d:non_embedding_params","embedding_params":"@d:embedding_params","lm_head_params":"@d:lm_head_params","kv_elements_per_token":"@d:kv_elements_per_token","moe_layers":"@d:moe_layers","active_params":"@d:active_params","expert_params":"@d:expert_params","mlp_activation_width":"@d:mlp_activation_width"},"phases":{},"block":{"gated_mlp":"@b:gated_mlp","rms_norm":"@b:rms_norm"},"where":{"":"specs/qwen2_moe.yaml:42:1","embed_tokens":"specs/base/decoder.yaml:60:11","layers":"specs/base/decoder.yaml:63:13","layers/input_layernorm":"specs/base/decoder.yaml:67:15","layers/self_attn":"specs/qwen2_moe.yaml:46:7","layers/self_attn/q_proj":"specs/qwen2_moe.yaml:49:19","layers/self_attn/k_proj":"specs/qwen2_moe.yaml:50:19","layers/self_attn/v_proj":"specs/qwen2_moe.yaml:51:19","layers/self_attn/o_proj":"specs/qwen2_moe.yaml:52:19","layers/post_attention_layernorm":"specs/base/decoder.yaml:77:15","norm":"specs/base/decoder.yaml:86:11","lm_head":"specs/base/decoder.yaml:89:11","moe":"specs/qwen2_moe.yaml:55:13","moe/gate":"specs/qwen2_moe.yaml:60:15","moe/experts":"specs/qwen2_moe.yaml:62:7","moe/experts/gate_up_proj":"specs/qwen2_moe.yaml:65:25","moe/experts/down_proj":"specs/qwen2_moe.yaml:66:22","moe/shared_expert":"specs/qwen2_moe.yaml:67:7","moe/shared_expert/gate_proj":"specs/qwen2_moe.yaml:70:22","moe/shared_expert/up_proj":"specs/qwen2_moe.yaml:71:20","moe/shared_expert/down_proj":"specs/qwen2_moe.yaml:72:22","moe/shared_expert_gate":"specs/qwen2_moe.yaml:74:15","dense_mlp":"specs/qwen2_moe.yaml:77:13","dense_mlp/gate_proj":"specs/qwen2_moe.yaml:81:18","dense_mlp/up_proj":"specs/qwen2_moe.yaml:82:16","dense_mlp/down_proj":"specs/qwen2_moe.yaml:83:18","non_embedding_params":"specs/base/decoder.yaml:107:11","embedding_params":"specs/base/decoder.yaml:110:11","lm_head_params":"specs/base/decoder.yaml:113:11","kv_elements_per_token":"specs/base/decoder.yaml:116:11","moe_layers":"specs/qwen2_moe.yaml:87:11","active_params":"specs/qwen2_moe.yaml:90:11","expert_params":"specs/qwen2_moe.yaml:95:11","mlp_activation_width":"specs/qwen2_moe.yaml:98:11","gated_mlp":"specs/base/decoder.yaml:99:11","rms_norm":"specs/base/decoder.yaml:102:11"},"options":[],"linears":[{"name":"q_proj","output":false},{"name":"k_proj","output":false},{"name":"v_proj","output":false},{"name":"o_proj","output":false},{"name":"lm_head","output":true},{"name":"experts.gate_up_proj","output":false},{"name":"experts.down_proj","output":false},{"name":"shared_expert.gate_proj","output":false},{"name":"shared_expert.up_proj","output":false},{"name":"shared_expert.down_proj","output":false},{"name":"shared_expert_gate","output":false},{"name":"mlp.gate_proj","output":false},{"name":"mlp.up_proj","output":false},{"name":"mlp.down_proj","output":false}],"lora_targets":["q_proj","v_proj"],"hf":{"model_types":["qwen2_moe"],"keys":[{"key":"vocab_size","symbol":"vocab_size","if_null":null,"values":{}},{"key":"hidden_size","symbol":"hidden_size","if_null":null,"values":{}},{"key":"intermediate_size","symbol":"intermediate_size","if_null":null,"values":{}},{"key":"num_hidden_layers","symbol":"num_layers","if_null":null,"values":{}},{"key":"num_attention_heads","symbol":"num_heads","if_null":null,"values":{}},{"key":"num_key_value_heads","symbol":"num_kv_heads","if_null":null,"values":{}},{"key":"head_dim","symbol":"head_dim","if_null":null,"values":{}},{"key":"max_position_embeddings","symbol":"max_position_embeddings","if_null":null,"values":{}},{"key":"tie_word_embeddings","symbol":"tie_word_embeddings","if_null":null,"values":{}},{"key":"qkv_bias","symbol":"qkv_bias","if_null":null,"values":{}},{"key":"num_experts","symbol":"num_experts","if_null":null,"values":{}},{"key":"num_experts_per_tok","symbol":"num_experts_per_tok","if_null":null,"values":{}},{"key":"moe_intermediate_size","symbol":"moe_intermediate_size","if_null":null,"values":{}},{"key":"shared_expert_intermediate_size","symbol":"shared_expert_intermediate_size","if_null":null,"values":{}},{"key":"decoder_sparse_step","symbol":"decoder_sparse_step","if_null":null,"values":{}}],"defaults":{"num_key_value_heads":{"raw":{"number":"16"},"span":{"value":"specs/qwen2_moe.yaml:134:26","key":"specs/qwen2_moe.yaml:134:5","at":"specs/qwen2_moe.yaml:134:26"}},"num_experts_per_tok":{"raw":{"number":"4"},"span":{"value":"specs/qwen2_moe.yaml:135:26","key":"specs/qwen2_moe.yaml:135:5","at":"specs/qwen2_moe.yaml:135:26"}},"max_position_embeddings":{"raw":{"number":"32768"},"span":{"value":"specs/qwen2_moe.yaml:136:30","key":"specs/qwen2_moe.yaml:136:5","at":"specs/qwen2_moe.yaml:136:30"}}},"architectures":{"Qwen2MoeForCausalLM":{}},"key":"specs/qwen2_moe.yaml:115:1"},"programs":{"main":0,"defaults":{"num_kv_heads":1,"head_dim":2,"max_position_embeddings":3,"tie_word_embeddings":4,"qkv_bias":5,"decoder_sparse_step":6},"choices":{},"weights":{},"linears":7,"conditions":{}},"formulas":[{"label":"params","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mi>dense_mlp</mi><mo>+</mo><mi>embed_tokens</mi><mo>+</mo><mi>layers</mi><mo>+</mo><mi>lm_head</mi><mo>+</mo><mi>moe</mi><mo>+</mo><mi>norm</mi></mrow></math>","text":"params = dense_mlp + embed_tokens + layers + lm_head + moe + norm","source":""},{"label":"params (in symbols)","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mn>3</mn><mi>d</mi><mi>I</mi><mrow><mo>(</mo><mi>L</mi><mo>-</mo><mrow><mo>\u230a</mo><mfrac><mi>L</mi><mi>s</mi></mfrac><mo>\u230b</mo></mrow><mo>)</mo></mrow><mo>+</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow><mo>+</mo><mi>d</mi><mi>V</mi><mo>+</mo><mi>d</mi><mo>+</mo><mi>L</mi><mrow><mo>(</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>H</mi><mrow><mo>(</mo><mi>d</mi><mo>+</mo><msub><mi>b</mi><mrow><mi>q</mi><mi>k</mi><mi>v</mi></mrow></msub><mo>)</mo></mrow><mo>+</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mrow><mo>(</mo><mi>d</mi><mo>+</mo><msub><mi>b</mi><mrow><mi>q</mi><mi>k</mi><mi>v</mi></mrow></msub><mo>)</mo></mrow><mo>+</mo><mn>2</mn><mi>d</mi><mo>)</mo></mrow><mo>+</mo><mrow><mo>(</mo><mn>3</mn><mi>d</mi><msub><mi>I</mi><mi>e</mi></msub><mi>E</mi><mo>+</mo><mi>d</mi><mi>E</mi><mo>+</mo><mn>3</mn><mi>d</mi><msub><mi>I</mi><mi>s</mi></msub><mo>+</mo><mi>d</mi><mo>)</mo></mrow><mrow><mo>\u230a</mo><mfrac><mi>L</mi><mi>s</mi></mfrac><mo>\u230b</mo></mrow></mrow></math>","text":"params (in symbols) = hidden_size + hidden_size*vocab_size + num_layers*(2*hidden_size + head_dim*hidden_size*num_heads + head_dim*num_heads*(qkv_bias + hidden_size) + 2*head_dim*num_kv_heads*(qkv_bias + hidden_size)) + (hidden_size + hidden_size*num_experts + 3*hidden_size*shared_expert_intermediate_size + 3*hidden_size*moe_intermediate_size*num_experts)*floor(num_layers/decoder_sparse_step) + hidden_size*vocab_size*(1 - tie_word_embeddings) + 3*hidden_size*intermediate_size*(num_layers - floor(num_layers/decoder_sparse_step))","source":""},{"label":"embed_tokens","mathml":"<math display=\"block\"><mrow><mi>embed_tokens</mi><mo>=</mo><mi>d</mi><mi>V</mi></mrow></math>","text":"embed_tokens = hidden_size*vocab_size","source":"Model.embed_tokens = nn.Embedding(vocab_size, hidden_size)"},{"label":"layers","mathml":"<math display=\"block\"><mrow><mi>layers</mi><mo>=</mo><mi>L</mi><mrow><mo>(</mo><mi>input_layernorm</mi><mo>+</mo><mi>post_attention_layernorm</mi><mo>+</mo><mi>self_attn</mi><mo>)</mo></mrow></mrow></math>","text":"layers = num_layers*(input_layernorm + post_attention_layernorm + self_attn)","source":""},{"label":"layers/input_layernorm","mathml":"<math display=\"block\"><mrow><mi>input_layernorm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"layers/input_layernorm = hidden_size","source":"DecoderLayer.input_layernorm = RMSNorm(hidden_size), weight only"},{"label":"layers/self_attn","mathml":"<math display=\"block\"><mrow><mi>self_attn</mi><mo>=</mo><mi>k_proj</mi><mo>+</mo><mi>o_proj</mi><mo>+</mo><mi>q_proj</mi><mo>+</mo><mi>v_proj</mi></mrow></math>","text":"layers/self_attn = k_proj + o_proj + q_proj + v_proj","source":"Qwen2MoeAttention q/k/v (bias=config.qkv_bias), o_proj (bias=False)"},{"label":"layers/self_attn/q_proj","mathml":"<math display=\"block\"><mrow><mi>q_proj</mi><mo>=</mo><msub><mi>d</mi><mi>h</mi></msub><mi>H</mi><mrow><mo>(</mo><mi>d</mi><mo>+</mo><msub><mi>b</mi><mrow><mi>q</mi><mi>k</mi><mi>v</mi></mrow></msub><mo>)</mo></mrow></mrow></math>","text":"layers/self_attn/q_proj = head_dim*num_heads*(qkv_bias + hidden_size)","source":""},{"label":"layers/self_attn/k_proj","mathml":"<math display=\"block\"><mrow><mi>k_proj</mi><mo>=</mo><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mrow><mo>(</mo><mi>d</mi><mo>+</mo><msub><mi>b</mi><mrow><mi>q</mi><mi>k</mi><mi>v</mi></mrow></msub><mo>)</mo></mrow></mrow></math>","text":"layers/self_attn/k_proj = head_dim*num_kv_heads*(qkv_bias + hidden_size)","source":""},{"label":"layers/self_attn/v_proj","mathml":"<math display=\"block\"><mrow><mi>v_proj</mi><mo>=</mo><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mrow><mo>(</mo><mi>d</mi><mo>+</mo><msub><mi>b</mi><mrow><mi>q</mi><mi>k</mi><mi>v</mi></mrow></msub><mo>)</mo></mrow></mrow></math>","text":"layers/self_attn/v_proj = head_dim*num_kv_heads*(qkv_bias + hidden_size)","source":""},{"label":"layers/self_attn/o_proj","mathml":"<math display=\"block\"><mrow><mi>o_proj</mi><mo>=</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi></mrow></math>","text":"layers/self_attn/o_proj = head_dim*hidden_size*num_heads","source":""},{"label":"layers/post_attention_layernorm","mathml":"<math display=\"block\"><mrow><mi>post_attention_layernorm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"layers/post_attention_layernorm = hidden_size","source":"DecoderLayer.post_attention_layernorm = RMSNorm(hidden_size), weight only"},{"label":"norm","mathml":"<math display=\"block\"><mrow><mi>norm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"norm = hidden_size","source":"Model.norm = RMSNorm(hidden_size)"},{"label":"lm_head","mathml":"<math display=\"block\"><mrow><mi>lm_head</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow></mrow></math>","text":"lm_head = hidden_size*vocab_size*(1 - tie_word_embeddings)","source":"ForCausalLM.lm_head = nn.Linear(hidden_size, vocab_size, bias=False); a tied head adds nothing"},{"label":"moe","mathml":"<math display=\"block\"><mrow><mi>moe</mi><mo>=</mo><mrow><mo>(</mo><mi>experts</mi><mo>+</mo><mi>gate</mi><mo>+</mo><mi>shared_expert</mi><mo>+</mo><mi>shared_expert_gate</mi><mo>)</mo></mrow><mrow><mo>\u230a</mo><mfrac><mi>L</mi><mi>s</mi></mfrac><mo>\u230b</mo></mrow></mrow></math>","text":"moe = (experts + gate + shared_expert + shared_expert_gate)*floor(num_layers/decoder_sparse_step)","source":"Qwen2MoeDecoderLayer.mlp = Qwen2MoeSparseMoeBlock(config)"},{"label":"moe/gate","mathml":"<math display=\"block\"><mrow><mi>gate</mi><mo>=</mo><mi>d</mi><mi>E</mi></mrow></math>","text":"moe/gate = hidden_size*num_experts","source":"Qwen2MoeTopKRouter.weight = nn.Parameter(num_experts, hidden_size)"},{"label":"moe/experts","mathml":"<math display=\"block\"><mrow><mi>experts</mi><mo>=</mo><mi>down_proj</mi><mo>+</mo><mi>gate_up_proj</mi></mrow></math>","text":"moe/experts = down_proj + gate_up_proj","source":"Qwen2MoeExperts, all routed experts of a layer as two 3-D parameters"},{"label":"moe/experts/gate_up_proj","mathml":"<math display=\"block\"><mrow><mi>gate_up_proj</mi><mo>=</mo><mn>2</mn><mi>d</mi><msub><mi>I</mi><mi>e</mi></msub><mi>E</mi></mrow></math>","text":"moe/experts/gate_up_proj = 2*hidden_size*moe_intermediate_size*num_experts","source":""},{"label":"moe/experts/down_proj","mathml":"<math display=\"block\"><mrow><mi>down_proj</mi><mo>=</mo><mi>d</mi><msub><mi>I</mi><mi>e</mi></msub><mi>E</mi></mrow></math>","text":"moe/experts/down_proj = hidden_size*moe_intermediate_size*num_experts","source":""},{"label":"moe/shared_expert","mathml":"<math display=\"block\"><mrow><mi>shared_expert</mi><mo>=</mo><mi>down_proj</mi><mo>+</mo><mi>gate_proj</mi><mo>+</mo><mi>up_proj</mi></mrow></math>","text":"moe/shared_expert = down_proj + gate_proj + up_proj","source":"Qwen2MoeSparseMoeBlock.shared_expert = Qwen2MoeMLP(intermediate_size=shared_expert_intermediate_size)"},{"label":"moe/shared_expert/gate_proj","mathml":"<math display=\"block\"><mrow><mi>gate_proj</mi><mo>=</mo><mi>d</mi><msub><mi>I</mi><mi>s</mi></msub></mrow></math>","text":"moe/shared_expert/gate_proj = hidden_size*shared_expert_intermediate_size","source":""},{"label":"moe/shared_expert/up_proj","mathml":"<math display=\"block\"><mrow><mi>up_proj</mi><mo>=</mo><mi>d</mi><msub><mi>I</mi><mi>s</mi></msub></mrow></math>","text":"moe/shared_expert/up_proj = hidden_size*shared_expert_intermediate_size","source":""},{"label":"moe/shared_expert/down_proj","mathml":"<math display=\"block\"><mrow><mi>down_proj</mi><mo>=</mo><mi>d</mi><msub><mi>I</mi><mi>s</mi></msub></mrow></math>","text":"moe/shared_expert/down_proj = hidden_size*shared_expert_intermediate_size","source":""},{"label":"moe/shared_expert_gate","mathml":"<math display=\"block\"><mrow><mi>shared_expert_gate</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"moe/shared_expert_gate = hidden_size","source":"Qwen2MoeSparseMoeBlock.shared_expert_gate = nn.Linear(hidden_size, 1, bias=False)"},{"label":"dense_mlp","mathml":"<math display=\"block\"><mrow><mi>dense_mlp</mi><mo>=</mo><mrow><mo>(</mo><mi>L</mi><mo>-</mo><mrow><mo>\u230a</mo><mfrac><mi>L</mi><mi>s</mi></mfrac><mo>\u230b</mo></mrow><mo>)</mo></mrow><mrow><mo>(</mo><mi>down_proj</mi><mo>+</mo><mi>gate_proj</mi><mo>+</mo><mi>up_proj</mi><mo>)</mo></mrow></mrow></math>","text":"dense_mlp = (num_layers - floor(num_layers/decoder_sparse_step))*(down_proj + gate_proj + up_proj)","source":"Qwen2MoeDecoderLayer.mlp = Qwen2MoeMLP(config, intermediate_size=config.intermediate_size)"},{"label":"dense_mlp/gate_proj","mathml":"<math display=\"block\"><mrow><mi>gate_proj</mi><mo>=</mo><mi>d</mi><mi>I</mi></mrow></math>","text":"dense_mlp/gate_proj = hidden_size*intermediate_size","source":""},{"label":"dense_mlp/up_proj","mathml":"<math display=\"block\"><mrow><mi>up_proj</mi><mo>=</mo><mi>d</mi><mi>I</mi></mrow></math>","text":"dense_mlp/up_proj = hidden_size*intermediate_size","source":""},{"label":"dense_mlp/down_proj","mathml":"<math display=\"block\"><mrow><mi>down_proj</mi><mo>=</mo><mi>d</mi><mi>I</mi></mrow></math>","text":"dense_mlp/down_proj = hidden_size*intermediate_size","source":""},{"label":"non_embedding_params","mathml":"<math display=\"block\"><mrow><mi>non_embedding_params</mi><mo>=</mo><mo>-</mo><mi>embed_tokens</mi><mo>-</mo><mi>lm_head</mi><mo>+</mo><mi>params</mi></mrow></math>","text":"non_embedding_params = params - embed_tokens - lm_head","source":""},{"label":"embedding_params","mathml":"<math display=\"block\"><mrow><mi>embedding_params</mi><mo>=</mo><mi>embed_tokens</mi></mrow></math>","text":"embedding_params = embed_tokens","source":""},{"label":"lm_head_params","mathml":"<math display=\"block\"><mrow><mi>lm_head_params</mi><mo>=</mo><mi>lm_head</mi></mrow></math>","text":"lm_head_params = lm_head","source":""},{"label":"kv_elements_per_token","mathml":"<math display=\"block\"><mrow><mi>kv_elements_per_token</mi><mo>=</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mi>L</mi></mrow></math>","text":"kv_elements_per_token = 2*head_dim*num_kv_heads*num_layers","source":"formulas.md section 4.2"},{"label":"moe_layers","mathml":"<math display=\"block\"><mrow><mi>moe_layers</mi><mo>=</mo><mrow><mo>\u230a</mo><mfrac><mi>L</mi><mi>s</mi></mfrac><mo>\u230b</mo></mrow></mrow></math>","text":"moe_layers = floor(num_layers/decoder_sparse_step)","source":""},{"label":"active_params","mathml":"<math display=\"block\"><mrow><mi>active_params</mi><mo>=</mo><mo>-</mo><mfrac><mrow><mi>experts</mi><mi>moe_layers</mi><mrow><mo>(</mo><mi>E</mi><mo>-</mo><mi>k</mi><mo>)</mo></mrow></mrow><mi>E</mi></mfrac><mo>+</mo><mi>params</mi></mrow></math>","text":"active_params = params - experts*moe_layers*(num_experts - num_experts_per_tok)/num_experts","source":""},{"label":"expert_params","mathml":"<math display=\"block\"><mrow><mi>expert_params</mi><mo>=</mo><mi>experts</mi><mi>moe_layers</mi></mrow></math>","text":"expert_params = experts*moe_layers","source":""},{"label":"mlp_activation_width","mathml":"<math display=\"block\"><mrow><mi>mlp_activation_width</mi><mo>=</mo><msub><mi>I</mi><mi>e</mi></msub><mi>k</mi><mo>+</mo><msub><mi>I</mi><mi>s</mi></msub></mrow></math>","text":"mlp_activation_width = shared_expert_intermediate_size + moe_intermediate_size*num_experts_per_tok","source":""},{"label":"gated_mlp","mathml":"<math display=\"block\"><mrow><mi>gated_mlp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"gated_mlp = 1","source":""},{"label":"rms_norm","mathml":"<math display=\"block\"><mrow><mi>rms_norm</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"rms_norm = 1","source":""},{"label":"default num_kv_heads","mathml":"<math display=\"block\"><mrow><mi>defaultnum_kv_heads</mi><mo>=</mo><mi>H</mi></mrow></math>","text":"default num_kv_heads = num_heads","source":""},{"label":"default head_dim","mathml":"<math display=\"block\"><mrow><mi>defaulthead_dim</mi><mo>=</mo><mfrac><mi>d</mi><mi>H</mi></mfrac></mrow></math>","text":"default head_dim = hidden_size/num_heads","source":""},{"label":"default max_position_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaultmax_position_embeddings</mi><mo>=</mo><mn>32768</mn></mrow></math>","text":"default max_position_embeddings = 32768","source":""},{"label":"default tie_word_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaulttie_word_embeddings</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default tie_word_embeddings = 0","source":""},{"label":"default qkv_bias","mathml":"<math display=\"block\"><mrow><mi>defaultqkv_bias</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default qkv_bias = 1","source":""},{"label":"default decoder_sparse_step","mathml":"<math display=\"block\"><mrow><mi>defaultdecoder_sparse_step</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default decoder_sparse_step = 1","source":""}],"program_meta":[{"i":["vocab_size","hidden_size","intermediate_size","num_layers","num_heads","num_kv_heads","head_dim","max_position_embeddings","tie_word_embeddings","qkv_bias","num_experts","num_experts_per_tok","moe_intermediate_size","shared_expert_intermediate_size","decoder_sparse_step"],"o":["@q:embed_tokens","@q:layers/input_layernorm","@q:layers/self_attn/q_proj","@q:layers/self_attn/k_proj","@q:layers/self_attn/v_proj","@q:layers/self_attn/o_proj","@q:layers/self_attn","@q:layers/post_attention_layernorm","@r:layers","@q:layers","@q:norm","@q:lm_head","@q:moe/gate","@q:moe/experts/gate_up_proj","@q:moe/experts/down_proj","@q:moe/experts","@q:moe/shared_expert/gate_proj","@q:moe/shared_expert/up_proj","@q:moe/shared_expert/down_proj","@q:moe/shared_expert","@q:moe/shared_expert_gate","@r:moe","@q:moe","@q:dense_mlp/gate_proj","@q:dense_mlp/up_proj","@q:dense_mlp/down_proj","@r:dense_mlp","@q:dense_mlp","@q:","@d:non_embedding_params","@d:embedding_params","@d:lm_head_params","@d:kv_elements_per_token","@d:moe_layers","@d:active_params","@d:expert_params","@d:mlp_activation_width","@b:gated_mlp","@b:rms_norm"],"c":null},{"i":["num_heads"],"o":["num_kv_heads"],"c":null},{"i":["hidden_size","num_heads"],"o":["head_dim"],"c":null},{"i":[],"o":["max_position_embeddings"],"c":"32768"},{"i":[],"o":["tie_word_embeddings"],"c":"0"},{"i":[],"o":["qkv_bias"],"c":"1"},{"i":[],"o":["decoder_sparse_step"],"c":"1"},{"i":["decoder_sparse_step","head_dim","hidden_size","intermediate_size","moe_intermediate_size","num_experts","num_heads","num_kv_heads","num_layers","shared_expert_intermediate_size","vocab_size"],"o":["q_proj/in","q_proj/out","q_proj/count","k_proj/in","k_proj/out","k_proj/count","v_proj/in","v_proj/out","v_proj/count","o_proj/in","o_proj/out","o_proj/count","lm_head/in","lm_head/out","lm_head/count","experts.gate_up_proj/in","experts.gate_up_proj/out","experts.gate_up_proj/count","experts.down_proj/in","experts.down_proj/out","experts.down_proj/count","shared_expert.gate_proj/in","shared_expert.gate_proj/out","shared_expert.gate_proj/count","shared_expert.up_proj/in","shared_expert.up_proj/out","shared_expert.up_proj/count","shared_expert.down_proj/in","shared_expert.down_proj/out","shared_expert.down_proj/count","shared_expert_gate/in","shared_expert_gate/out","shared_expert_gate/count","mlp.gate_proj/in","mlp.gate_proj/out","mlp.gate_proj/count","mlp.up_proj/in","mlp.up_proj/out","mlp.up_proj/count","mlp.down_proj/in","mlp.down_proj/out","mlp.down_proj/count"],"c":null}]},
function ({_Z, _Q, _add, _mul, _pow, _powq, _inv, _mod, _lt, _le, _gt, _ge, _eq, _ne, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14) {
  let v15 = _mul(v1, v0);
  let v16 = v1;
  let v17 = _mul(v6, v4, _add(v9, v1));
  let v18 = _mul(v6, v5, _add(v9, v1));
  let v19 = _mul(v6, v5, _add(v9, v1));
  let v20 = _mul(v6, v1, v4);
  let v21 = _add(v18, v20, v17, v19);
  let v22 = v1;
  let v23 = v3;
  let v24 = _mul(v23, _add(v16, v22, v21));
  let v25 = v1;
  let v26 = _mul(v1, v0, _add(_Z(1n), _mul(_Z(-1n), v8)));
  let v27 = _mul(v1, v10);
  let v28 = _mul(_Z(2n), v1, v12, v10);
  let v29 = _mul(v1, v12, v10);
  let v30 = _add(v29, v28);
  let v31 = _mul(v1, v13);
  let v32 = _mul(v1, v13);
  let v33 = _mul(v1, v13);
  let v34 = _add(v33, v31, v32);
  let v35 = v1;
  let v36 = _floor(_mul(v3, _inv(_pow(v14, 1))));
  let v37 = _mul(v36, _add(v30, v27, v34, v35));
  let v38 = _mul(v1, v2);
  let v39 = _mul(v1, v2);
  let v40 = _mul(v1, v2);
  let v41 = _add(v3, _mul(_Z(-1n), _floor(_mul(v3, _inv(_pow(v14, 1))))));
  let v42 = _mul(v41, _add(v40, v38, v39));
  let v43 = _add(v42, v15, v24, v26, v37, v25);
  let v44 = _add(v43, _mul(_Z(-1n), v15), _mul(_Z(-1n), v26));
  let v45 = v15;
  let v46 = v26;
  let v47 = _mul(_Z(2n), v6, v5, v3);
  let v48 = _floor(_mul(v3, _inv(_pow(v14, 1))));
  let v49 = _add(v43, _mul(_Z(-1n), v48, v30, _inv(_pow(v10, 1)), _add(v10, _mul(_Z(-1n), v11))));
  let v50 = _mul(v48, v30);
  let v51 = _add(v13, _mul(v12, v11));
  let v52 = _Z(1n);
  let v53 = _Z(1n);
  return [v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53];
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
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10) {
  let v11 = v2;
  let v12 = _mul(v1, v6);
  let v13 = v8;
  let v14 = v2;
  let v15 = _mul(v1, v7);
  let v16 = v8;
  let v17 = v2;
  let v18 = _mul(v1, v7);
  let v19 = v8;
  let v20 = _mul(v1, v6);
  let v21 = v2;
  let v22 = v8;
  let v23 = v2;
  let v24 = v10;
  let v25 = _Z(1n);
  let v26 = v2;
  let v27 = _mul(_Z(2n), v4);
  let v28 = _mul(v5, _floor(_mul(v8, _inv(_pow(v0, 1)))));
  let v29 = v4;
  let v30 = v2;
  let v31 = _mul(v5, _floor(_mul(v8, _inv(_pow(v0, 1)))));
  let v32 = v2;
  let v33 = v9;
  let v34 = _floor(_mul(v8, _inv(_pow(v0, 1))));
  let v35 = v2;
  let v36 = v9;
  let v37 = _floor(_mul(v8, _inv(_pow(v0, 1))));
  let v38 = v9;
  let v39 = v2;
  let v40 = _floor(_mul(v8, _inv(_pow(v0, 1))));
  let v41 = v2;
  let v42 = _Z(1n);
  let v43 = _floor(_mul(v8, _inv(_pow(v0, 1))));
  let v44 = v2;
  let v45 = v3;
  let v46 = _add(v8, _mul(_Z(-1n), _floor(_mul(v8, _inv(_pow(v0, 1))))));
  let v47 = v2;
  let v48 = v3;
  let v49 = _add(v8, _mul(_Z(-1n), _floor(_mul(v8, _inv(_pow(v0, 1))))));
  let v50 = v3;
  let v51 = v2;
  let v52 = _add(v8, _mul(_Z(-1n), _floor(_mul(v8, _inv(_pow(v0, 1))))));
  return [v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52];
}
];
},
function ({_F, _inv, _mod, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14) {
  let v15 = (v1 * v0);
  let v16 = v1;
  let v17 = (v6 * v4 * (v9 + v1));
  let v18 = (v6 * v5 * (v9 + v1));
  let v19 = (v6 * v5 * (v9 + v1));
  let v20 = (v6 * v1 * v4);
  let v21 = (v18 + v20 + v17 + v19);
  let v22 = v1;
  let v23 = v3;
  let v24 = (v23 * (v16 + v22 + v21));
  let v25 = v1;
  let v26 = (v1 * v0 * ((1.0) + ((-1.0) * v8)));
  let v27 = (v1 * v10);
  let v28 = ((2.0) * v1 * v12 * v10);
  let v29 = (v1 * v12 * v10);
  let v30 = (v29 + v28);
  let v31 = (v1 * v13);
  let v32 = (v1 * v13);
  let v33 = (v1 * v13);
  let v34 = (v33 + v31 + v32);
  let v35 = v1;
  let v36 = _floor((v3 * _inv(v14 ** 1)));
  let v37 = (v36 * (v30 + v27 + v34 + v35));
  let v38 = (v1 * v2);
  let v39 = (v1 * v2);
  let v40 = (v1 * v2);
  let v41 = (v3 + ((-1.0) * _floor((v3 * _inv(v14 ** 1)))));
  let v42 = (v41 * (v40 + v38 + v39));
  let v43 = (v42 + v15 + v24 + v26 + v37 + v25);
  let v44 = (v43 + ((-1.0) * v15) + ((-1.0) * v26));
  let v45 = v15;
  let v46 = v26;
  let v47 = ((2.0) * v6 * v5 * v3);
  let v48 = _floor((v3 * _inv(v14 ** 1)));
  let v49 = (v43 + ((-1.0) * v48 * v30 * _inv(v10 ** 1) * (v10 + ((-1.0) * v11))));
  let v50 = (v48 * v30);
  let v51 = (v13 + (v12 * v11));
  let v52 = (1.0);
  let v53 = (1.0);
  return [v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53];
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
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10) {
  let v11 = v2;
  let v12 = (v1 * v6);
  let v13 = v8;
  let v14 = v2;
  let v15 = (v1 * v7);
  let v16 = v8;
  let v17 = v2;
  let v18 = (v1 * v7);
  let v19 = v8;
  let v20 = (v1 * v6);
  let v21 = v2;
  let v22 = v8;
  let v23 = v2;
  let v24 = v10;
  let v25 = (1.0);
  let v26 = v2;
  let v27 = ((2.0) * v4);
  let v28 = (v5 * _floor((v8 * _inv(v0 ** 1))));
  let v29 = v4;
  let v30 = v2;
  let v31 = (v5 * _floor((v8 * _inv(v0 ** 1))));
  let v32 = v2;
  let v33 = v9;
  let v34 = _floor((v8 * _inv(v0 ** 1)));
  let v35 = v2;
  let v36 = v9;
  let v37 = _floor((v8 * _inv(v0 ** 1)));
  let v38 = v9;
  let v39 = v2;
  let v40 = _floor((v8 * _inv(v0 ** 1)));
  let v41 = v2;
  let v42 = (1.0);
  let v43 = _floor((v8 * _inv(v0 ** 1)));
  let v44 = v2;
  let v45 = v3;
  let v46 = (v8 + ((-1.0) * _floor((v8 * _inv(v0 ** 1)))));
  let v47 = v2;
  let v48 = v3;
  let v49 = (v8 + ((-1.0) * _floor((v8 * _inv(v0 ** 1)))));
  let v50 = v3;
  let v51 = v2;
  let v52 = (v8 + ((-1.0) * _floor((v8 * _inv(v0 ** 1)))));
  return [v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52];
}
];
});
