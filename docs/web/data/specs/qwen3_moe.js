ENGINE.define({"name":"qwen3_moe","kind":"architecture","path":"specs/qwen3_moe.yaml","description":"Qwen3-MoE decoder: Qwen3 attention with per-head RMSNorm on queries and keys, a top-k router over num_experts SwiGLU experts in every decoder_sparse_step-th layer, no shared expert, untied LM head.","abstract":false,"symbols":[{"name":"vocab_size","domain":"positive_integer","latex":"V","description":"Vocabulary size (config.vocab_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:14:3"},{"name":"hidden_size","domain":"positive_integer","latex":"d","description":"Model width (config.hidden_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:17:3"},{"name":"intermediate_size","domain":"positive_integer","latex":"I","description":"MLP inner width (config.intermediate_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:20:3"},{"name":"num_layers","domain":"positive_integer","latex":"L","description":"Decoder layers (config.num_hidden_layers)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:23:3"},{"name":"num_heads","domain":"positive_integer","latex":"H","description":"Query heads (config.num_attention_heads)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:26:3"},{"name":"num_kv_heads","domain":"positive_integer","latex":"K","description":"Key/value heads, grouped-query attention (config.num_key_value_heads)","flag":false,"provider":"","default":{"text":"num_heads","at":"specs/base/decoder.yaml:32:14","key":"specs/base/decoder.yaml:32:5"},"key":"specs/base/decoder.yaml:29:3"},{"name":"head_dim","domain":"positive_integer","latex":"d_h","description":"Width of one attention head (config.head_dim)","flag":false,"provider":"","default":{"text":"hidden_size / num_heads","at":"specs/base/decoder.yaml:37:14","key":"specs/base/decoder.yaml:37:5"},"key":"specs/base/decoder.yaml:34:3"},{"name":"max_position_embeddings","domain":"positive_integer","latex":"n_{ctx}","description":"Context length the model was trained for (rotary, so no parameters)","flag":false,"provider":"","default":{"text":"32768","at":"specs/qwen3_moe.yaml:49:14","key":"specs/qwen3_moe.yaml:49:5"},"key":"specs/qwen3_moe.yaml:46:3"},{"name":"tie_word_embeddings","domain":"flag","latex":"\\tau","description":"1 if lm_head shares the token embedding matrix","flag":false,"provider":"","default":{"text":"0","at":"specs/base/decoder.yaml:47:14","key":"specs/base/decoder.yaml:47:5"},"key":"specs/base/decoder.yaml:43:3"},{"name":"attention_bias","domain":"flag","latex":"b_{attn}","description":"1 if q/k/v/o projections have biases (config.attention_bias)","flag":false,"provider":"","default":{"text":"0","at":"specs/base/decoder.yaml:52:14","key":"specs/base/decoder.yaml:52:5"},"key":"specs/base/decoder.yaml:48:3"},{"name":"num_experts","domain":"positive_integer","latex":"E","description":"Routed experts per sparse layer (config.num_experts)","flag":false,"provider":"","default":null,"key":"specs/qwen3_moe.yaml:16:3"},{"name":"num_experts_per_tok","domain":"positive_integer","latex":"k","description":"Routed experts each token uses (config.num_experts_per_tok)","flag":false,"provider":"","default":null,"key":"specs/qwen3_moe.yaml:19:3"},{"name":"moe_intermediate_size","domain":"positive_integer","latex":"I_e","description":"Inner width of one routed expert (config.moe_intermediate_size)","flag":false,"provider":"","default":null,"key":"specs/qwen3_moe.yaml:22:3"},{"name":"decoder_sparse_step","domain":"positive_integer","latex":"s","description":"Every decoder_sparse_step-th layer is sparse, layer i when (i + 1) % step == 0 (config.decoder_sparse_step)","flag":false,"provider":"","default":{"text":"1","at":"specs/qwen3_moe.yaml:28:14","key":"specs/qwen3_moe.yaml:28:5"},"key":"specs/qwen3_moe.yaml:25:3"},{"name":"use_sliding_window","domain":"flag","latex":"u_w","description":"1 if every layer attends over config.sliding_window tokens (config.use_sliding_window)","flag":false,"provider":"","default":{"text":"0","at":"specs/qwen3_moe.yaml:33:14","key":"specs/qwen3_moe.yaml:33:5"},"key":"specs/qwen3_moe.yaml:29:3"},{"name":"config_sliding_window","domain":"nonnegative_integer","latex":"w_{cfg}","description":"config.sliding_window as written (0 when null); used only with use_sliding_window","flag":false,"provider":"","default":{"text":"4096","at":"specs/qwen3_moe.yaml:38:14","key":"specs/qwen3_moe.yaml:38:5"},"key":"specs/qwen3_moe.yaml:34:3"},{"name":"sliding_window","domain":"nonnegative_integer","latex":"w","description":"Attention window of every layer in tokens, 0 for full attention (Qwen3MoeConfig keeps config.sliding_window only with use_sliding_window; no parameters, read by the KV-cache rules)","flag":false,"provider":"","default":{"text":"where(use_sliding_window == 1, config_sliding_window, 0)","at":"specs/qwen3_moe.yaml:45:14","key":"specs/qwen3_moe.yaml:45:5"},"key":"specs/qwen3_moe.yaml:39:3"}],"presets":[{"name":"qwen3-30b-a3b","description":"","values":{"vocab_size":{"text":"151936","at":"specs/qwen3_moe.yaml:135:26","key":"specs/qwen3_moe.yaml:135:14","value":"151936"},"hidden_size":{"text":"2048","at":"specs/qwen3_moe.yaml:135:47","key":"specs/qwen3_moe.yaml:135:34","value":"2048"},"intermediate_size":{"text":"6144","at":"specs/qwen3_moe.yaml:135:72","key":"specs/qwen3_moe.yaml:135:53","value":"6144"},"num_layers":{"text":"48","at":"specs/qwen3_moe.yaml:135:90","key":"specs/qwen3_moe.yaml:135:78","value":"48"},"num_heads":{"text":"32","at":"specs/qwen3_moe.yaml:135:105","key":"specs/qwen3_moe.yaml:135:94","value":"32"},"num_kv_heads":{"text":"4","at":"specs/qwen3_moe.yaml:136:28","key":"specs/qwen3_moe.yaml:136:14","value":"4"},"head_dim":{"text":"128","at":"specs/qwen3_moe.yaml:136:41","key":"specs/qwen3_moe.yaml:136:31","value":"128"},"num_experts":{"text":"128","at":"specs/qwen3_moe.yaml:136:59","key":"specs/qwen3_moe.yaml:136:46","value":"128"},"num_experts_per_tok":{"text":"8","at":"specs/qwen3_moe.yaml:136:85","key":"specs/qwen3_moe.yaml:136:64","value":"8"},"moe_intermediate_size":{"text":"768","at":"specs/qwen3_moe.yaml:136:111","key":"specs/qwen3_moe.yaml:136:88","value":"768"},"max_position_embeddings":{"text":"40960","at":"specs/qwen3_moe.yaml:137:39","key":"specs/qwen3_moe.yaml:137:14","value":"40960"}}},{"name":"qwen3-235b-a22b","description":"","values":{"vocab_size":{"text":"151936","at":"specs/qwen3_moe.yaml:140:26","key":"specs/qwen3_moe.yaml:140:14","value":"151936"},"hidden_size":{"text":"4096","at":"specs/qwen3_moe.yaml:140:47","key":"specs/qwen3_moe.yaml:140:34","value":"4096"},"intermediate_size":{"text":"12288","at":"specs/qwen3_moe.yaml:140:72","key":"specs/qwen3_moe.yaml:140:53","value":"12288"},"num_layers":{"text":"94","at":"specs/qwen3_moe.yaml:140:91","key":"specs/qwen3_moe.yaml:140:79","value":"94"},"num_heads":{"text":"64","at":"specs/qwen3_moe.yaml:140:106","key":"specs/qwen3_moe.yaml:140:95","value":"64"},"num_kv_heads":{"text":"4","at":"specs/qwen3_moe.yaml:141:28","key":"specs/qwen3_moe.yaml:141:14","value":"4"},"head_dim":{"text":"128","at":"specs/qwen3_moe.yaml:141:41","key":"specs/qwen3_moe.yaml:141:31","value":"128"},"num_experts":{"text":"128","at":"specs/qwen3_moe.yaml:141:59","key":"specs/qwen3_moe.yaml:141:46","value":"128"},"num_experts_per_tok":{"text":"8","at":"specs/qwen3_moe.yaml:141:85","key":"specs/qwen3_moe.yaml:141:64","value":"8"},"moe_intermediate_size":{"text":"1536","at":"specs/qwen3_moe.yaml:141:111","key":"specs/qwen3_moe.yaml:141:88","value":"1536"},"max_position_embeddings":{"text":"40960","at":"specs/qwen3_moe.yaml:142:39","key":"specs/qwen3_moe.yaml:142:14","value":"40960"}}}],"default_preset":"qwen3-30b-a3b","default_rules":null,"total":{"name":"params","key":"","slot":"@q:"},"parts":[["embed_tokens","embed_tokens","@q:embed_tokens",[],false],["layers","layers","@q:layers",[],true],["layers/input_layernorm","input_layernorm","@q:layers/input_layernorm",["@r:layers"],false],["layers/self_attn","self_attn","@q:layers/self_attn",["@r:layers"],true],["layers/self_attn/q_proj","q_proj","@q:layers/self_attn/q_proj",["@r:layers"],false],["layers/self_attn/k_proj","k_proj","@q:layers/self_attn/k_proj",["@r:layers"],false],["layers/self_attn/v_proj","v_proj","@q:layers/self_attn/v_proj",["@r:layers"],false],["layers/self_attn/o_proj","o_proj","@q:layers/self_attn/o_proj",["@r:layers"],false],["layers/self_attn/q_norm","q_norm","@q:layers/self_attn/q_norm",["@r:layers"],false],["layers/self_attn/k_norm","k_norm","@q:layers/self_attn/k_norm",["@r:layers"],false],["layers/post_attention_layernorm","post_attention_layernorm","@q:layers/post_attention_layernorm",["@r:layers"],false],["norm","norm","@q:norm",[],false],["lm_head","lm_head","@q:lm_head",[],false],["moe","moe","@q:moe",[],true],["moe/gate","gate","@q:moe/gate",["@r:moe"],false],["moe/experts","experts","@q:moe/experts",["@r:moe"],true],["moe/experts/gate_up_proj","gate_up_proj","@q:moe/experts/gate_up_proj",["@r:moe"],false],["moe/experts/down_proj","down_proj","@q:moe/experts/down_proj",["@r:moe"],false],["dense_mlp","dense_mlp","@q:dense_mlp",[],true],["dense_mlp/gate_proj","gate_proj","@q:dense_mlp/gate_proj",["@r:dense_mlp"],false],["dense_mlp/up_proj","up_proj","@q:dense_mlp/up_proj",["@r:dense_mlp"],false],["dense_mlp/down_proj","down_proj","@q:dense_mlp/down_proj",["@r:dense_mlp"],false]],"derived":{"non_embedding_params":"@d:non_embedding_params","embedding_params":"@d:embedding_params","lm_head_params":"@d:lm_head_params","kv_elements_per_token":"@d:kv_elements_per_token","moe_layers":"@d:moe_layers","active_params":"@d:active_params","expert_params":"@d:expert_params","mlp_activation_width":"@d:mlp_activation_width"},"phases":{},"block":{"gated_mlp":"@b:gated_mlp","rms_norm":"@b:rms_norm"},"where":{"":"specs/qwen3_moe.yaml:51:1","embed_tokens":"specs/base/decoder.yaml:60:11","layers":"specs/base/decoder.yaml:63:13","layers/input_layernorm":"specs/base/decoder.yaml:67:15","layers/self_attn":"specs/qwen3_moe.yaml:55:7","layers/self_attn/q_proj":"specs/base/decoder.yaml:71:19","layers/self_attn/k_proj":"specs/base/decoder.yaml:72:19","layers/self_attn/v_proj":"specs/base/decoder.yaml:73:19","layers/self_attn/o_proj":"specs/base/decoder.yaml:74:19","layers/self_attn/q_norm":"specs/qwen3_moe.yaml:59:19","layers/self_attn/k_norm":"specs/qwen3_moe.yaml:62:19","layers/post_attention_layernorm":"specs/base/decoder.yaml:77:15","norm":"specs/base/decoder.yaml:86:11","lm_head":"specs/base/decoder.yaml:89:11","moe":"specs/qwen3_moe.yaml:66:13","moe/gate":"specs/qwen3_moe.yaml:71:15","moe/experts":"specs/qwen3_moe.yaml:73:7","moe/experts/gate_up_proj":"specs/qwen3_moe.yaml:76:25","moe/experts/down_proj":"specs/qwen3_moe.yaml:77:22","dense_mlp":"specs/qwen3_moe.yaml:79:13","dense_mlp/gate_proj":"specs/qwen3_moe.yaml:83:18","dense_mlp/up_proj":"specs/qwen3_moe.yaml:84:16","dense_mlp/down_proj":"specs/qwen3_moe.yaml:85:18","non_embedding_params":"specs/base/decoder.yaml:107:11","embedding_params":"specs/base/decoder.yaml:110:11","lm_head_params":"specs/base/decoder.yaml:113:11","kv_elements_per_token":"specs/base/decoder.yaml:116:11","moe_layers":"specs/qwen3_moe.yaml:89:11","active_params":"specs/qwen3_moe.yaml:92:11","expert_params":"specs/qwen3_moe.yaml:95:11","mlp_activation_width":"specs/qwen3_moe.yaml:98:11","gated_mlp":"specs/base/decoder.yaml:99:11","rms_norm":"specs/base/decoder.yaml:102:11"},"options":[],"linears":[{"name":"q_proj","output":false},{"name":"k_proj","output":false},{"name":"v_proj","output":false},{"name":"o_proj","output":false},{"name":"lm_head","output":true},{"name":"experts.gate_up_proj","output":false},{"name":"experts.down_proj","output":false},{"name":"mlp.gate_proj","output":false},{"name":"mlp.up_proj","output":false},{"name":"mlp.down_proj","output":false}],"lora_targets":["q_proj","v_proj"],"hf":{"model_types":["qwen3_moe"],"keys":[{"key":"vocab_size","symbol":"vocab_size","if_null":null,"values":{}},{"key":"hidden_size","symbol":"hidden_size","if_null":null,"values":{}},{"key":"intermediate_size","symbol":"intermediate_size","if_null":null,"values":{}},{"key":"num_hidden_layers","symbol":"num_layers","if_null":null,"values":{}},{"key":"num_attention_heads","symbol":"num_heads","if_null":null,"values":{}},{"key":"num_key_value_heads","symbol":"num_kv_heads","if_null":null,"values":{}},{"key":"head_dim","symbol":"head_dim","if_null":null,"values":{}},{"key":"max_position_embeddings","symbol":"max_position_embeddings","if_null":null,"values":{}},{"key":"tie_word_embeddings","symbol":"tie_word_embeddings","if_null":null,"values":{}},{"key":"attention_bias","symbol":"attention_bias","if_null":null,"values":{}},{"key":"num_experts","symbol":"num_experts","if_null":null,"values":{}},{"key":"num_experts_per_tok","symbol":"num_experts_per_tok","if_null":null,"values":{}},{"key":"moe_intermediate_size","symbol":"moe_intermediate_size","if_null":null,"values":{}},{"key":"decoder_sparse_step","symbol":"decoder_sparse_step","if_null":null,"values":{}},{"key":"use_sliding_window","symbol":"use_sliding_window","if_null":null,"values":{}},{"key":"sliding_window","symbol":"config_sliding_window","if_null":{"text":"0","at":"specs/qwen3_moe.yaml:123:62","key":"specs/qwen3_moe.yaml:123:53","value":"0"},"values":{}}],"defaults":{"num_key_value_heads":{"raw":{"number":"4"},"span":{"value":"specs/qwen3_moe.yaml:127:26","key":"specs/qwen3_moe.yaml:127:5","at":"specs/qwen3_moe.yaml:127:26"}},"num_experts_per_tok":{"raw":{"number":"8"},"span":{"value":"specs/qwen3_moe.yaml:128:26","key":"specs/qwen3_moe.yaml:128:5","at":"specs/qwen3_moe.yaml:128:26"}},"max_position_embeddings":{"raw":{"number":"32768"},"span":{"value":"specs/qwen3_moe.yaml:129:30","key":"specs/qwen3_moe.yaml:129:5","at":"specs/qwen3_moe.yaml:129:30"}}},"architectures":{"Qwen3MoeForCausalLM":{}},"key":"specs/qwen3_moe.yaml:111:1"},"programs":{"main":0,"defaults":{"num_kv_heads":1,"head_dim":2,"max_position_embeddings":3,"tie_word_embeddings":4,"attention_bias":5,"decoder_sparse_step":6,"use_sliding_window":7,"config_sliding_window":8,"sliding_window":9},"choices":{},"weights":{},"linears":10,"conditions":{}},"formulas":[{"label":"params","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mi>dense_mlp</mi><mo>+</mo><mi>embed_tokens</mi><mo>+</mo><mi>layers</mi><mo>+</mo><mi>lm_head</mi><mo>+</mo><mi>moe</mi><mo>+</mo><mi>norm</mi></mrow></math>","text":"params = dense_mlp + embed_tokens + layers + lm_head + moe + norm","source":""},{"label":"params (in symbols)","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mn>3</mn><mi>d</mi><mi>I</mi><mrow><mo>(</mo><mi>L</mi><mo>-</mo><mrow><mo>\u230a</mo><mfrac><mi>L</mi><mi>s</mi></mfrac><mo>\u230b</mo></mrow><mo>)</mo></mrow><mo>+</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow><mo>+</mo><mi>d</mi><mi>V</mi><mo>+</mo><mi>d</mi><mo>+</mo><mi>L</mi><mrow><mo>(</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>H</mi><mo>+</mo><mn>2</mn><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mo>+</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><mi>d</mi><mo>+</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi><mo>+</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>K</mi><mo>+</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mo>+</mo><mn>2</mn><mi>d</mi><mo>)</mo></mrow><mo>+</mo><mrow><mo>(</mo><mn>3</mn><mi>d</mi><msub><mi>I</mi><mi>e</mi></msub><mi>E</mi><mo>+</mo><mi>d</mi><mi>E</mi><mo>)</mo></mrow><mrow><mo>\u230a</mo><mfrac><mi>L</mi><mi>s</mi></mfrac><mo>\u230b</mo></mrow></mrow></math>","text":"params (in symbols) = hidden_size + hidden_size*vocab_size + num_layers*(2*head_dim + 2*hidden_size + attention_bias*hidden_size + attention_bias*head_dim*num_heads + 2*attention_bias*head_dim*num_kv_heads + 2*head_dim*hidden_size*num_heads + 2*head_dim*hidden_size*num_kv_heads) + (hidden_size*num_experts + 3*hidden_size*moe_intermediate_size*num_experts)*floor(num_layers/decoder_sparse_step) + hidden_size*vocab_size*(1 - tie_word_embeddings) + 3*hidden_size*intermediate_size*(num_layers - floor(num_layers/decoder_sparse_step))","source":""},{"label":"embed_tokens","mathml":"<math display=\"block\"><mrow><mi>embed_tokens</mi><mo>=</mo><mi>d</mi><mi>V</mi></mrow></math>","text":"embed_tokens = hidden_size*vocab_size","source":"Model.embed_tokens = nn.Embedding(vocab_size, hidden_size)"},{"label":"layers","mathml":"<math display=\"block\"><mrow><mi>layers</mi><mo>=</mo><mi>L</mi><mrow><mo>(</mo><mi>input_layernorm</mi><mo>+</mo><mi>post_attention_layernorm</mi><mo>+</mo><mi>self_attn</mi><mo>)</mo></mrow></mrow></math>","text":"layers = num_layers*(input_layernorm + post_attention_layernorm + self_attn)","source":""},{"label":"layers/input_layernorm","mathml":"<math display=\"block\"><mrow><mi>input_layernorm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"layers/input_layernorm = hidden_size","source":"DecoderLayer.input_layernorm = RMSNorm(hidden_size), weight only"},{"label":"layers/self_attn","mathml":"<math display=\"block\"><mrow><mi>self_attn</mi><mo>=</mo><mi>k_norm</mi><mo>+</mo><mi>k_proj</mi><mo>+</mo><mi>o_proj</mi><mo>+</mo><mi>q_norm</mi><mo>+</mo><mi>q_proj</mi><mo>+</mo><mi>v_proj</mi></mrow></math>","text":"layers/self_attn = k_norm + k_proj + o_proj + q_norm + q_proj + v_proj","source":"Qwen3MoeAttention q_proj, k_proj, v_proj, o_proj (bias=config.attention_bias), q_norm, k_norm"},{"label":"layers/self_attn/q_proj","mathml":"<math display=\"block\"><mrow><mi>q_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>H</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi></mrow></math>","text":"layers/self_attn/q_proj = attention_bias*head_dim*num_heads + head_dim*hidden_size*num_heads","source":""},{"label":"layers/self_attn/k_proj","mathml":"<math display=\"block\"><mrow><mi>k_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>K</mi></mrow></math>","text":"layers/self_attn/k_proj = attention_bias*head_dim*num_kv_heads + head_dim*hidden_size*num_kv_heads","source":""},{"label":"layers/self_attn/v_proj","mathml":"<math display=\"block\"><mrow><mi>v_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>K</mi></mrow></math>","text":"layers/self_attn/v_proj = attention_bias*head_dim*num_kv_heads + head_dim*hidden_size*num_kv_heads","source":""},{"label":"layers/self_attn/o_proj","mathml":"<math display=\"block\"><mrow><mi>o_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><mi>d</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi></mrow></math>","text":"layers/self_attn/o_proj = attention_bias*hidden_size + head_dim*hidden_size*num_heads","source":""},{"label":"layers/self_attn/q_norm","mathml":"<math display=\"block\"><mrow><mi>q_norm</mi><mo>=</mo><msub><mi>d</mi><mi>h</mi></msub></mrow></math>","text":"layers/self_attn/q_norm = head_dim","source":"Qwen3MoeAttention.q_norm = Qwen3MoeRMSNorm(head_dim), shared by all query heads"},{"label":"layers/self_attn/k_norm","mathml":"<math display=\"block\"><mrow><mi>k_norm</mi><mo>=</mo><msub><mi>d</mi><mi>h</mi></msub></mrow></math>","text":"layers/self_attn/k_norm = head_dim","source":"Qwen3MoeAttention.k_norm = Qwen3MoeRMSNorm(head_dim), shared by all key heads"},{"label":"layers/post_attention_layernorm","mathml":"<math display=\"block\"><mrow><mi>post_attention_layernorm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"layers/post_attention_layernorm = hidden_size","source":"DecoderLayer.post_attention_layernorm = RMSNorm(hidden_size), weight only"},{"label":"norm","mathml":"<math display=\"block\"><mrow><mi>norm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"norm = hidden_size","source":"Model.norm = RMSNorm(hidden_size)"},{"label":"lm_head","mathml":"<math display=\"block\"><mrow><mi>lm_head</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow></mrow></math>","text":"lm_head = hidden_size*vocab_size*(1 - tie_word_embeddings)","source":"ForCausalLM.lm_head = nn.Linear(hidden_size, vocab_size, bias=False); a tied head adds nothing"},{"label":"moe","mathml":"<math display=\"block\"><mrow><mi>moe</mi><mo>=</mo><mrow><mo>(</mo><mi>experts</mi><mo>+</mo><mi>gate</mi><mo>)</mo></mrow><mrow><mo>\u230a</mo><mfrac><mi>L</mi><mi>s</mi></mfrac><mo>\u230b</mo></mrow></mrow></math>","text":"moe = (experts + gate)*floor(num_layers/decoder_sparse_step)","source":"Qwen3MoeDecoderLayer.mlp = Qwen3MoeSparseMoeBlock(config)"},{"label":"moe/gate","mathml":"<math display=\"block\"><mrow><mi>gate</mi><mo>=</mo><mi>d</mi><mi>E</mi></mrow></math>","text":"moe/gate = hidden_size*num_experts","source":"Qwen3MoeTopKRouter.weight = nn.Parameter(num_experts, hidden_size)"},{"label":"moe/experts","mathml":"<math display=\"block\"><mrow><mi>experts</mi><mo>=</mo><mi>down_proj</mi><mo>+</mo><mi>gate_up_proj</mi></mrow></math>","text":"moe/experts = down_proj + gate_up_proj","source":"Qwen3MoeExperts, all routed experts of a layer as two 3-D parameters"},{"label":"moe/experts/gate_up_proj","mathml":"<math display=\"block\"><mrow><mi>gate_up_proj</mi><mo>=</mo><mn>2</mn><mi>d</mi><msub><mi>I</mi><mi>e</mi></msub><mi>E</mi></mrow></math>","text":"moe/experts/gate_up_proj = 2*hidden_size*moe_intermediate_size*num_experts","source":""},{"label":"moe/experts/down_proj","mathml":"<math display=\"block\"><mrow><mi>down_proj</mi><mo>=</mo><mi>d</mi><msub><mi>I</mi><mi>e</mi></msub><mi>E</mi></mrow></math>","text":"moe/experts/down_proj = hidden_size*moe_intermediate_size*num_experts","source":""},{"label":"dense_mlp","mathml":"<math display=\"block\"><mrow><mi>dense_mlp</mi><mo>=</mo><mrow><mo>(</mo><mi>L</mi><mo>-</mo><mrow><mo>\u230a</mo><mfrac><mi>L</mi><mi>s</mi></mfrac><mo>\u230b</mo></mrow><mo>)</mo></mrow><mrow><mo>(</mo><mi>down_proj</mi><mo>+</mo><mi>gate_proj</mi><mo>+</mo><mi>up_proj</mi><mo>)</mo></mrow></mrow></math>","text":"dense_mlp = (num_layers - floor(num_layers/decoder_sparse_step))*(down_proj + gate_proj + up_proj)","source":"Qwen3MoeDecoderLayer.mlp = Qwen3MoeMLP(config, intermediate_size=config.intermediate_size)"},{"label":"dense_mlp/gate_proj","mathml":"<math display=\"block\"><mrow><mi>gate_proj</mi><mo>=</mo><mi>d</mi><mi>I</mi></mrow></math>","text":"dense_mlp/gate_proj = hidden_size*intermediate_size","source":""},{"label":"dense_mlp/up_proj","mathml":"<math display=\"block\"><mrow><mi>up_proj</mi><mo>=</mo><mi>d</mi><mi>I</mi></mrow></math>","text":"dense_mlp/up_proj = hidden_size*intermediate_size","source":""},{"label":"dense_mlp/down_proj","mathml":"<math display=\"block\"><mrow><mi>down_proj</mi><mo>=</mo><mi>d</mi><mi>I</mi></mrow></math>","text":"dense_mlp/down_proj = hidden_size*intermediate_size","source":""},{"label":"non_embedding_params","mathml":"<math display=\"block\"><mrow><mi>non_embedding_params</mi><mo>=</mo><mo>-</mo><mi>embed_tokens</mi><mo>-</mo><mi>lm_head</mi><mo>+</mo><mi>params</mi></mrow></math>","text":"non_embedding_params = params - embed_tokens - lm_head","source":""},{"label":"embedding_params","mathml":"<math display=\"block\"><mrow><mi>embedding_params</mi><mo>=</mo><mi>embed_tokens</mi></mrow></math>","text":"embedding_params = embed_tokens","source":""},{"label":"lm_head_params","mathml":"<math display=\"block\"><mrow><mi>lm_head_params</mi><mo>=</mo><mi>lm_head</mi></mrow></math>","text":"lm_head_params = lm_head","source":""},{"label":"kv_elements_per_token","mathml":"<math display=\"block\"><mrow><mi>kv_elements_per_token</mi><mo>=</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mi>L</mi></mrow></math>","text":"kv_elements_per_token = 2*head_dim*num_kv_heads*num_layers","source":"formulas.md section 4.2"},{"label":"moe_layers","mathml":"<math display=\"block\"><mrow><mi>moe_layers</mi><mo>=</mo><mrow><mo>\u230a</mo><mfrac><mi>L</mi><mi>s</mi></mfrac><mo>\u230b</mo></mrow></mrow></math>","text":"moe_layers = floor(num_layers/decoder_sparse_step)","source":""},{"label":"active_params","mathml":"<math display=\"block\"><mrow><mi>active_params</mi><mo>=</mo><mo>-</mo><mfrac><mrow><mi>experts</mi><mi>moe_layers</mi><mrow><mo>(</mo><mi>E</mi><mo>-</mo><mi>k</mi><mo>)</mo></mrow></mrow><mi>E</mi></mfrac><mo>+</mo><mi>params</mi></mrow></math>","text":"active_params = params - experts*moe_layers*(num_experts - num_experts_per_tok)/num_experts","source":""},{"label":"expert_params","mathml":"<math display=\"block\"><mrow><mi>expert_params</mi><mo>=</mo><mi>experts</mi><mi>moe_layers</mi></mrow></math>","text":"expert_params = experts*moe_layers","source":""},{"label":"mlp_activation_width","mathml":"<math display=\"block\"><mrow><mi>mlp_activation_width</mi><mo>=</mo><msub><mi>I</mi><mi>e</mi></msub><mi>k</mi></mrow></math>","text":"mlp_activation_width = moe_intermediate_size*num_experts_per_tok","source":""},{"label":"gated_mlp","mathml":"<math display=\"block\"><mrow><mi>gated_mlp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"gated_mlp = 1","source":""},{"label":"rms_norm","mathml":"<math display=\"block\"><mrow><mi>rms_norm</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"rms_norm = 1","source":""},{"label":"default num_kv_heads","mathml":"<math display=\"block\"><mrow><mi>defaultnum_kv_heads</mi><mo>=</mo><mi>H</mi></mrow></math>","text":"default num_kv_heads = num_heads","source":""},{"label":"default head_dim","mathml":"<math display=\"block\"><mrow><mi>defaulthead_dim</mi><mo>=</mo><mfrac><mi>d</mi><mi>H</mi></mfrac></mrow></math>","text":"default head_dim = hidden_size/num_heads","source":""},{"label":"default max_position_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaultmax_position_embeddings</mi><mo>=</mo><mn>32768</mn></mrow></math>","text":"default max_position_embeddings = 32768","source":""},{"label":"default tie_word_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaulttie_word_embeddings</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default tie_word_embeddings = 0","source":""},{"label":"default attention_bias","mathml":"<math display=\"block\"><mrow><mi>defaultattention_bias</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default attention_bias = 0","source":""},{"label":"default decoder_sparse_step","mathml":"<math display=\"block\"><mrow><mi>defaultdecoder_sparse_step</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default decoder_sparse_step = 1","source":""},{"label":"default use_sliding_window","mathml":"<math display=\"block\"><mrow><mi>defaultuse_sliding_window</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default use_sliding_window = 0","source":""},{"label":"default config_sliding_window","mathml":"<math display=\"block\"><mrow><mi>defaultconfig_sliding_window</mi><mo>=</mo><mn>4096</mn></mrow></math>","text":"default config_sliding_window = 4096","source":""},{"label":"default sliding_window","mathml":"<math display=\"block\"><mrow><mi>defaultsliding_window</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>w</mi><mrow><mi>c</mi><mi>f</mi><mi>g</mi></mrow></msub></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>u</mi><mi>w</mi></msub><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"default sliding_window = where(use_sliding_window == 1, config_sliding_window, 0)","source":""}],"program_meta":[{"i":["vocab_size","hidden_size","intermediate_size","num_layers","num_heads","num_kv_heads","head_dim","max_position_embeddings","tie_word_embeddings","attention_bias","num_experts","num_experts_per_tok","moe_intermediate_size","decoder_sparse_step","use_sliding_window","config_sliding_window","sliding_window"],"o":["@q:embed_tokens","@q:layers/input_layernorm","@q:layers/self_attn/q_proj","@q:layers/self_attn/k_proj","@q:layers/self_attn/v_proj","@q:layers/self_attn/o_proj","@q:layers/self_attn/q_norm","@q:layers/self_attn/k_norm","@q:layers/self_attn","@q:layers/post_attention_layernorm","@r:layers","@q:layers","@q:norm","@q:lm_head","@q:moe/gate","@q:moe/experts/gate_up_proj","@q:moe/experts/down_proj","@q:moe/experts","@r:moe","@q:moe","@q:dense_mlp/gate_proj","@q:dense_mlp/up_proj","@q:dense_mlp/down_proj","@r:dense_mlp","@q:dense_mlp","@q:","@d:non_embedding_params","@d:embedding_params","@d:lm_head_params","@d:kv_elements_per_token","@d:moe_layers","@d:active_params","@d:expert_params","@d:mlp_activation_width","@b:gated_mlp","@b:rms_norm"],"c":null},{"i":["num_heads"],"o":["num_kv_heads"],"c":null},{"i":["hidden_size","num_heads"],"o":["head_dim"],"c":null},{"i":[],"o":["max_position_embeddings"],"c":"32768"},{"i":[],"o":["tie_word_embeddings"],"c":"0"},{"i":[],"o":["attention_bias"],"c":"0"},{"i":[],"o":["decoder_sparse_step"],"c":"1"},{"i":[],"o":["use_sliding_window"],"c":"0"},{"i":[],"o":["config_sliding_window"],"c":"4096"},{"i":["config_sliding_window","use_sliding_window"],"o":["sliding_window"],"c":null},{"i":["decoder_sparse_step","head_dim","hidden_size","intermediate_size","moe_intermediate_size","num_experts","num_heads","num_kv_heads","num_layers","vocab_size"],"o":["q_proj/in","q_proj/out","q_proj/count","k_proj/in","k_proj/out","k_proj/count","v_proj/in","v_proj/out","v_proj/count","o_proj/in","o_proj/out","o_proj/count","lm_head/in","lm_head/out","lm_head/count","experts.gate_up_proj/in","experts.gate_up_proj/out","experts.gate_up_proj/count","experts.down_proj/in","experts.down_proj/out","experts.down_proj/count","mlp.gate_proj/in","mlp.gate_proj/out","mlp.gate_proj/count","mlp.up_proj/in","mlp.up_proj/out","mlp.up_proj/count","mlp.down_proj/in","mlp.down_proj/out","mlp.down_proj/count"],"c":null}]},
function ({_Z, _Q, _add, _mul, _pow, _powq, _inv, _mod, _lt, _le, _gt, _ge, _eq, _ne, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16) {
  let v17 = _mul(v1, v0);
  let v18 = v1;
  let v19 = _add(_mul(v9, v6, v4), _mul(v6, v1, v4));
  let v20 = _add(_mul(v9, v6, v5), _mul(v6, v1, v5));
  let v21 = _add(_mul(v9, v6, v5), _mul(v6, v1, v5));
  let v22 = _add(_mul(v9, v1), _mul(v6, v1, v4));
  let v23 = v6;
  let v24 = v6;
  let v25 = _add(v24, v20, v22, v23, v19, v21);
  let v26 = v1;
  let v27 = v3;
  let v28 = _mul(v27, _add(v18, v26, v25));
  let v29 = v1;
  let v30 = _mul(v1, v0, _add(_Z(1n), _mul(_Z(-1n), v8)));
  let v31 = _mul(v1, v10);
  let v32 = _mul(_Z(2n), v1, v12, v10);
  let v33 = _mul(v1, v12, v10);
  let v34 = _add(v33, v32);
  let v35 = _floor(_mul(v3, _inv(_pow(v13, 1))));
  let v36 = _mul(v35, _add(v34, v31));
  let v37 = _mul(v1, v2);
  let v38 = _mul(v1, v2);
  let v39 = _mul(v1, v2);
  let v40 = _add(v3, _mul(_Z(-1n), _floor(_mul(v3, _inv(_pow(v13, 1))))));
  let v41 = _mul(v40, _add(v39, v37, v38));
  let v42 = _add(v41, v17, v28, v30, v36, v29);
  let v43 = _add(v42, _mul(_Z(-1n), v17), _mul(_Z(-1n), v30));
  let v44 = v17;
  let v45 = v30;
  let v46 = _mul(_Z(2n), v6, v5, v3);
  let v47 = _floor(_mul(v3, _inv(_pow(v13, 1))));
  let v48 = _add(v42, _mul(_Z(-1n), v47, v34, _inv(_pow(v10, 1)), _add(v10, _mul(_Z(-1n), v11))));
  let v49 = _mul(v47, v34);
  let v50 = _mul(v12, v11);
  let v51 = _Z(1n);
  let v52 = _Z(1n);
  return [v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52];
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
null,
null,
function plan(v0, v1) {
  let v2 = (_eq(v1, _Z(1n)) ? v0 : _Z(0n));
  return [v2];
},
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9) {
  let v10 = v2;
  let v11 = _mul(v1, v6);
  let v12 = v8;
  let v13 = v2;
  let v14 = _mul(v1, v7);
  let v15 = v8;
  let v16 = v2;
  let v17 = _mul(v1, v7);
  let v18 = v8;
  let v19 = _mul(v1, v6);
  let v20 = v2;
  let v21 = v8;
  let v22 = v2;
  let v23 = v9;
  let v24 = _Z(1n);
  let v25 = v2;
  let v26 = _mul(_Z(2n), v4);
  let v27 = _mul(v5, _floor(_mul(v8, _inv(_pow(v0, 1)))));
  let v28 = v4;
  let v29 = v2;
  let v30 = _mul(v5, _floor(_mul(v8, _inv(_pow(v0, 1)))));
  let v31 = v2;
  let v32 = v3;
  let v33 = _add(v8, _mul(_Z(-1n), _floor(_mul(v8, _inv(_pow(v0, 1))))));
  let v34 = v2;
  let v35 = v3;
  let v36 = _add(v8, _mul(_Z(-1n), _floor(_mul(v8, _inv(_pow(v0, 1))))));
  let v37 = v3;
  let v38 = v2;
  let v39 = _add(v8, _mul(_Z(-1n), _floor(_mul(v8, _inv(_pow(v0, 1))))));
  return [v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39];
}
];
},
function ({_F, _inv, _mod, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16) {
  let v17 = (v1 * v0);
  let v18 = v1;
  let v19 = ((v9 * v6 * v4) + (v6 * v1 * v4));
  let v20 = ((v9 * v6 * v5) + (v6 * v1 * v5));
  let v21 = ((v9 * v6 * v5) + (v6 * v1 * v5));
  let v22 = ((v9 * v1) + (v6 * v1 * v4));
  let v23 = v6;
  let v24 = v6;
  let v25 = (v24 + v20 + v22 + v23 + v19 + v21);
  let v26 = v1;
  let v27 = v3;
  let v28 = (v27 * (v18 + v26 + v25));
  let v29 = v1;
  let v30 = (v1 * v0 * ((1.0) + ((-1.0) * v8)));
  let v31 = (v1 * v10);
  let v32 = ((2.0) * v1 * v12 * v10);
  let v33 = (v1 * v12 * v10);
  let v34 = (v33 + v32);
  let v35 = _floor((v3 * _inv(v13 ** 1)));
  let v36 = (v35 * (v34 + v31));
  let v37 = (v1 * v2);
  let v38 = (v1 * v2);
  let v39 = (v1 * v2);
  let v40 = (v3 + ((-1.0) * _floor((v3 * _inv(v13 ** 1)))));
  let v41 = (v40 * (v39 + v37 + v38));
  let v42 = (v41 + v17 + v28 + v30 + v36 + v29);
  let v43 = (v42 + ((-1.0) * v17) + ((-1.0) * v30));
  let v44 = v17;
  let v45 = v30;
  let v46 = ((2.0) * v6 * v5 * v3);
  let v47 = _floor((v3 * _inv(v13 ** 1)));
  let v48 = (v42 + ((-1.0) * v47 * v34 * _inv(v10 ** 1) * (v10 + ((-1.0) * v11))));
  let v49 = (v47 * v34);
  let v50 = (v12 * v11);
  let v51 = (1.0);
  let v52 = (1.0);
  return [v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52];
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
null,
null,
function plan(v0, v1) {
  let v2 = ((v1 === (1.0)) ? v0 : (0.0));
  return [v2];
},
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9) {
  let v10 = v2;
  let v11 = (v1 * v6);
  let v12 = v8;
  let v13 = v2;
  let v14 = (v1 * v7);
  let v15 = v8;
  let v16 = v2;
  let v17 = (v1 * v7);
  let v18 = v8;
  let v19 = (v1 * v6);
  let v20 = v2;
  let v21 = v8;
  let v22 = v2;
  let v23 = v9;
  let v24 = (1.0);
  let v25 = v2;
  let v26 = ((2.0) * v4);
  let v27 = (v5 * _floor((v8 * _inv(v0 ** 1))));
  let v28 = v4;
  let v29 = v2;
  let v30 = (v5 * _floor((v8 * _inv(v0 ** 1))));
  let v31 = v2;
  let v32 = v3;
  let v33 = (v8 + ((-1.0) * _floor((v8 * _inv(v0 ** 1)))));
  let v34 = v2;
  let v35 = v3;
  let v36 = (v8 + ((-1.0) * _floor((v8 * _inv(v0 ** 1)))));
  let v37 = v3;
  let v38 = v2;
  let v39 = (v8 + ((-1.0) * _floor((v8 * _inv(v0 ** 1)))));
  return [v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39];
}
];
});
