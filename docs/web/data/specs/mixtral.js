ENGINE.define({"name":"mixtral","kind":"architecture","path":"specs/mixtral.yaml","description":"Mixtral decoder: Mistral attention, a top-k router and num_local_experts SwiGLU experts in every layer, no biases, untied LM head.","abstract":false,"symbols":[{"name":"vocab_size","domain":"positive_integer","latex":"V","description":"Vocabulary size (config.vocab_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:14:3"},{"name":"hidden_size","domain":"positive_integer","latex":"d","description":"Model width (config.hidden_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:17:3"},{"name":"intermediate_size","domain":"positive_integer","latex":"I","description":"MLP inner width (config.intermediate_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:20:3"},{"name":"num_layers","domain":"positive_integer","latex":"L","description":"Decoder layers (config.num_hidden_layers)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:23:3"},{"name":"num_heads","domain":"positive_integer","latex":"H","description":"Query heads (config.num_attention_heads)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:26:3"},{"name":"num_kv_heads","domain":"positive_integer","latex":"K","description":"Key/value heads, grouped-query attention (config.num_key_value_heads)","flag":false,"provider":"","default":{"text":"num_heads","at":"specs/base/decoder.yaml:32:14","key":"specs/base/decoder.yaml:32:5"},"key":"specs/base/decoder.yaml:29:3"},{"name":"head_dim","domain":"positive_integer","latex":"d_h","description":"Width of one attention head (config.head_dim)","flag":false,"provider":"","default":{"text":"hidden_size / num_heads","at":"specs/base/decoder.yaml:37:14","key":"specs/base/decoder.yaml:37:5"},"key":"specs/base/decoder.yaml:34:3"},{"name":"max_position_embeddings","domain":"positive_integer","latex":"n_{ctx}","description":"Context length the model was trained for (rotary, so no parameters)","flag":false,"provider":"","default":{"text":"2048","at":"specs/base/decoder.yaml:42:14","key":"specs/base/decoder.yaml:42:5"},"key":"specs/base/decoder.yaml:39:3"},{"name":"tie_word_embeddings","domain":"flag","latex":"\\tau","description":"1 if lm_head shares the token embedding matrix","flag":false,"provider":"","default":{"text":"0","at":"specs/base/decoder.yaml:47:14","key":"specs/base/decoder.yaml:47:5"},"key":"specs/base/decoder.yaml:43:3"},{"name":"attention_bias","domain":"flag","latex":"b_{attn}","description":"0; MixtralAttention builds q/k/v/o with bias=False","flag":false,"provider":"","default":{"text":"0","at":"specs/mixtral.yaml:16:14","key":"specs/mixtral.yaml:16:5"},"key":"specs/mixtral.yaml:13:3"},{"name":"num_experts","domain":"positive_integer","latex":"E","description":"Experts per layer (config.num_local_experts)","flag":false,"provider":"","default":null,"key":"specs/mixtral.yaml:18:3"},{"name":"num_experts_per_tok","domain":"positive_integer","latex":"k","description":"Experts each token is routed to (config.num_experts_per_tok)","flag":false,"provider":"","default":null,"key":"specs/mixtral.yaml:21:3"},{"name":"moe_intermediate_size","domain":"positive_integer","latex":"I_e","description":"Inner width of one expert; Mixtral's experts use config.intermediate_size","flag":false,"provider":"","default":{"text":"intermediate_size","at":"specs/mixtral.yaml:27:14","key":"specs/mixtral.yaml:27:5"},"key":"specs/mixtral.yaml:24:3"}],"presets":[{"name":"mixtral-8x7b","description":"","values":{"vocab_size":{"text":"32000","at":"specs/mixtral.yaml:86:26","key":"specs/mixtral.yaml:86:14","value":"32000"},"hidden_size":{"text":"4096","at":"specs/mixtral.yaml:86:46","key":"specs/mixtral.yaml:86:33","value":"4096"},"intermediate_size":{"text":"14336","at":"specs/mixtral.yaml:86:71","key":"specs/mixtral.yaml:86:52","value":"14336"},"num_layers":{"text":"32","at":"specs/mixtral.yaml:86:90","key":"specs/mixtral.yaml:86:78","value":"32"},"num_heads":{"text":"32","at":"specs/mixtral.yaml:86:105","key":"specs/mixtral.yaml:86:94","value":"32"},"num_kv_heads":{"text":"8","at":"specs/mixtral.yaml:87:28","key":"specs/mixtral.yaml:87:14","value":"8"},"num_experts":{"text":"8","at":"specs/mixtral.yaml:87:44","key":"specs/mixtral.yaml:87:31","value":"8"},"num_experts_per_tok":{"text":"2","at":"specs/mixtral.yaml:87:68","key":"specs/mixtral.yaml:87:47","value":"2"},"max_position_embeddings":{"text":"32768","at":"specs/mixtral.yaml:87:96","key":"specs/mixtral.yaml:87:71","value":"32768"}}},{"name":"mixtral-8x22b","description":"","values":{"vocab_size":{"text":"32768","at":"specs/mixtral.yaml:90:26","key":"specs/mixtral.yaml:90:14","value":"32768"},"hidden_size":{"text":"6144","at":"specs/mixtral.yaml:90:46","key":"specs/mixtral.yaml:90:33","value":"6144"},"intermediate_size":{"text":"16384","at":"specs/mixtral.yaml:90:71","key":"specs/mixtral.yaml:90:52","value":"16384"},"num_layers":{"text":"56","at":"specs/mixtral.yaml:90:90","key":"specs/mixtral.yaml:90:78","value":"56"},"num_heads":{"text":"48","at":"specs/mixtral.yaml:90:105","key":"specs/mixtral.yaml:90:94","value":"48"},"num_kv_heads":{"text":"8","at":"specs/mixtral.yaml:91:28","key":"specs/mixtral.yaml:91:14","value":"8"},"num_experts":{"text":"8","at":"specs/mixtral.yaml:91:44","key":"specs/mixtral.yaml:91:31","value":"8"},"num_experts_per_tok":{"text":"2","at":"specs/mixtral.yaml:91:68","key":"specs/mixtral.yaml:91:47","value":"2"},"max_position_embeddings":{"text":"65536","at":"specs/mixtral.yaml:91:96","key":"specs/mixtral.yaml:91:71","value":"65536"}}}],"default_preset":"mixtral-8x7b","default_rules":null,"total":{"name":"params","key":"","slot":"@q:"},"parts":[["embed_tokens","embed_tokens","@q:embed_tokens",[],false],["layers","layers","@q:layers",[],true],["layers/input_layernorm","input_layernorm","@q:layers/input_layernorm",["@r:layers"],false],["layers/self_attn","self_attn","@q:layers/self_attn",["@r:layers"],true],["layers/self_attn/q_proj","q_proj","@q:layers/self_attn/q_proj",["@r:layers"],false],["layers/self_attn/k_proj","k_proj","@q:layers/self_attn/k_proj",["@r:layers"],false],["layers/self_attn/v_proj","v_proj","@q:layers/self_attn/v_proj",["@r:layers"],false],["layers/self_attn/o_proj","o_proj","@q:layers/self_attn/o_proj",["@r:layers"],false],["layers/post_attention_layernorm","post_attention_layernorm","@q:layers/post_attention_layernorm",["@r:layers"],false],["layers/mlp","mlp","@q:layers/mlp",["@r:layers"],true],["layers/mlp/gate","gate","@q:layers/mlp/gate",["@r:layers"],false],["layers/mlp/experts","experts","@q:layers/mlp/experts",["@r:layers"],true],["layers/mlp/experts/gate_up_proj","gate_up_proj","@q:layers/mlp/experts/gate_up_proj",["@r:layers"],false],["layers/mlp/experts/down_proj","down_proj","@q:layers/mlp/experts/down_proj",["@r:layers"],false],["norm","norm","@q:norm",[],false],["lm_head","lm_head","@q:lm_head",[],false]],"derived":{"non_embedding_params":"@d:non_embedding_params","embedding_params":"@d:embedding_params","lm_head_params":"@d:lm_head_params","kv_elements_per_token":"@d:kv_elements_per_token","active_params":"@d:active_params","expert_params":"@d:expert_params","mlp_activation_width":"@d:mlp_activation_width"},"phases":{},"block":{"gated_mlp":"@b:gated_mlp","rms_norm":"@b:rms_norm"},"where":{"":"specs/mixtral.yaml:30:1","embed_tokens":"specs/base/decoder.yaml:60:11","layers":"specs/base/decoder.yaml:63:13","layers/input_layernorm":"specs/base/decoder.yaml:67:15","layers/self_attn":"specs/base/decoder.yaml:69:7","layers/self_attn/q_proj":"specs/base/decoder.yaml:71:19","layers/self_attn/k_proj":"specs/base/decoder.yaml:72:19","layers/self_attn/v_proj":"specs/base/decoder.yaml:73:19","layers/self_attn/o_proj":"specs/base/decoder.yaml:74:19","layers/post_attention_layernorm":"specs/base/decoder.yaml:77:15","layers/mlp":"specs/mixtral.yaml:33:7","layers/mlp/gate":"specs/mixtral.yaml:40:19","layers/mlp/experts":"specs/mixtral.yaml:42:11","layers/mlp/experts/gate_up_proj":"specs/mixtral.yaml:45:29","layers/mlp/experts/down_proj":"specs/mixtral.yaml:46:26","norm":"specs/base/decoder.yaml:86:11","lm_head":"specs/base/decoder.yaml:89:11","non_embedding_params":"specs/base/decoder.yaml:107:11","embedding_params":"specs/base/decoder.yaml:110:11","lm_head_params":"specs/base/decoder.yaml:113:11","kv_elements_per_token":"specs/base/decoder.yaml:116:11","active_params":"specs/mixtral.yaml:50:11","expert_params":"specs/mixtral.yaml:54:11","mlp_activation_width":"specs/mixtral.yaml:57:11","gated_mlp":"specs/base/decoder.yaml:99:11","rms_norm":"specs/base/decoder.yaml:102:11"},"options":[],"linears":[{"name":"q_proj","output":false},{"name":"k_proj","output":false},{"name":"v_proj","output":false},{"name":"o_proj","output":false},{"name":"lm_head","output":true},{"name":"experts.gate_up_proj","output":false},{"name":"experts.down_proj","output":false}],"lora_targets":["q_proj","v_proj"],"hf":{"model_types":["mixtral"],"keys":[{"key":"vocab_size","symbol":"vocab_size","if_null":null,"values":{}},{"key":"hidden_size","symbol":"hidden_size","if_null":null,"values":{}},{"key":"intermediate_size","symbol":"intermediate_size","if_null":null,"values":{}},{"key":"num_hidden_layers","symbol":"num_layers","if_null":null,"values":{}},{"key":"num_attention_heads","symbol":"num_heads","if_null":null,"values":{}},{"key":"num_key_value_heads","symbol":"num_kv_heads","if_null":null,"values":{}},{"key":"head_dim","symbol":"head_dim","if_null":null,"values":{}},{"key":"max_position_embeddings","symbol":"max_position_embeddings","if_null":null,"values":{}},{"key":"tie_word_embeddings","symbol":"tie_word_embeddings","if_null":null,"values":{}},{"key":"num_local_experts","symbol":"num_experts","if_null":null,"values":{}},{"key":"num_experts_per_tok","symbol":"num_experts_per_tok","if_null":null,"values":{}}],"defaults":{"num_key_value_heads":{"raw":{"number":"8"},"span":{"value":"specs/mixtral.yaml:78:26","key":"specs/mixtral.yaml:78:5","at":"specs/mixtral.yaml:78:26"}},"num_experts_per_tok":{"raw":{"number":"2"},"span":{"value":"specs/mixtral.yaml:79:26","key":"specs/mixtral.yaml:79:5","at":"specs/mixtral.yaml:79:26"}},"max_position_embeddings":{"raw":{"number":"131072"},"span":{"value":"specs/mixtral.yaml:80:30","key":"specs/mixtral.yaml:80:5","at":"specs/mixtral.yaml:80:30"}}},"architectures":{"MixtralForCausalLM":{}},"key":"specs/mixtral.yaml:67:1"},"programs":{"main":0,"defaults":{"num_kv_heads":1,"head_dim":2,"max_position_embeddings":3,"tie_word_embeddings":4,"attention_bias":5,"moe_intermediate_size":6},"choices":{},"weights":{},"linears":7,"conditions":{}},"formulas":[{"label":"params","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mi>embed_tokens</mi><mo>+</mo><mi>layers</mi><mo>+</mo><mi>lm_head</mi><mo>+</mo><mi>norm</mi></mrow></math>","text":"params = embed_tokens + layers + lm_head + norm","source":""},{"label":"params (in symbols)","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow><mo>+</mo><mi>d</mi><mi>V</mi><mo>+</mo><mi>d</mi><mo>+</mo><mi>L</mi><mrow><mo>(</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>H</mi><mo>+</mo><mn>2</mn><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mo>+</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><mi>d</mi><mo>+</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi><mo>+</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>K</mi><mo>+</mo><mn>3</mn><mi>d</mi><msub><mi>I</mi><mi>e</mi></msub><mi>E</mi><mo>+</mo><mi>d</mi><mi>E</mi><mo>+</mo><mn>2</mn><mi>d</mi><mo>)</mo></mrow></mrow></math>","text":"params (in symbols) = hidden_size + hidden_size*vocab_size + num_layers*(2*hidden_size + attention_bias*hidden_size + hidden_size*num_experts + attention_bias*head_dim*num_heads + 2*attention_bias*head_dim*num_kv_heads + 2*head_dim*hidden_size*num_heads + 2*head_dim*hidden_size*num_kv_heads + 3*hidden_size*moe_intermediate_size*num_experts) + hidden_size*vocab_size*(1 - tie_word_embeddings)","source":""},{"label":"embed_tokens","mathml":"<math display=\"block\"><mrow><mi>embed_tokens</mi><mo>=</mo><mi>d</mi><mi>V</mi></mrow></math>","text":"embed_tokens = hidden_size*vocab_size","source":"Model.embed_tokens = nn.Embedding(vocab_size, hidden_size)"},{"label":"layers","mathml":"<math display=\"block\"><mrow><mi>layers</mi><mo>=</mo><mi>L</mi><mrow><mo>(</mo><mi>input_layernorm</mi><mo>+</mo><mi>mlp</mi><mo>+</mo><mi>post_attention_layernorm</mi><mo>+</mo><mi>self_attn</mi><mo>)</mo></mrow></mrow></math>","text":"layers = num_layers*(input_layernorm + mlp + post_attention_layernorm + self_attn)","source":""},{"label":"layers/input_layernorm","mathml":"<math display=\"block\"><mrow><mi>input_layernorm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"layers/input_layernorm = hidden_size","source":"DecoderLayer.input_layernorm = RMSNorm(hidden_size), weight only"},{"label":"layers/self_attn","mathml":"<math display=\"block\"><mrow><mi>self_attn</mi><mo>=</mo><mi>k_proj</mi><mo>+</mo><mi>o_proj</mi><mo>+</mo><mi>q_proj</mi><mo>+</mo><mi>v_proj</mi></mrow></math>","text":"layers/self_attn = k_proj + o_proj + q_proj + v_proj","source":"Attention q_proj, k_proj, v_proj, o_proj (nn.Linear, bias=config.attention_bias)"},{"label":"layers/self_attn/q_proj","mathml":"<math display=\"block\"><mrow><mi>q_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>H</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi></mrow></math>","text":"layers/self_attn/q_proj = attention_bias*head_dim*num_heads + head_dim*hidden_size*num_heads","source":""},{"label":"layers/self_attn/k_proj","mathml":"<math display=\"block\"><mrow><mi>k_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>K</mi></mrow></math>","text":"layers/self_attn/k_proj = attention_bias*head_dim*num_kv_heads + head_dim*hidden_size*num_kv_heads","source":""},{"label":"layers/self_attn/v_proj","mathml":"<math display=\"block\"><mrow><mi>v_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>K</mi></mrow></math>","text":"layers/self_attn/v_proj = attention_bias*head_dim*num_kv_heads + head_dim*hidden_size*num_kv_heads","source":""},{"label":"layers/self_attn/o_proj","mathml":"<math display=\"block\"><mrow><mi>o_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><mi>d</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi></mrow></math>","text":"layers/self_attn/o_proj = attention_bias*hidden_size + head_dim*hidden_size*num_heads","source":""},{"label":"layers/post_attention_layernorm","mathml":"<math display=\"block\"><mrow><mi>post_attention_layernorm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"layers/post_attention_layernorm = hidden_size","source":"DecoderLayer.post_attention_layernorm = RMSNorm(hidden_size), weight only"},{"label":"layers/mlp","mathml":"<math display=\"block\"><mrow><mi>mlp</mi><mo>=</mo><mi>experts</mi><mo>+</mo><mi>gate</mi></mrow></math>","text":"layers/mlp = experts + gate","source":"MixtralDecoderLayer.mlp = MixtralSparseMoeBlock(config)"},{"label":"layers/mlp/gate","mathml":"<math display=\"block\"><mrow><mi>gate</mi><mo>=</mo><mi>d</mi><mi>E</mi></mrow></math>","text":"layers/mlp/gate = hidden_size*num_experts","source":"MixtralTopKRouter.weight = nn.Parameter(num_local_experts, hidden_size), no bias"},{"label":"layers/mlp/experts","mathml":"<math display=\"block\"><mrow><mi>experts</mi><mo>=</mo><mi>down_proj</mi><mo>+</mo><mi>gate_up_proj</mi></mrow></math>","text":"layers/mlp/experts = down_proj + gate_up_proj","source":"MixtralExperts, all experts of a layer as two 3-D parameters"},{"label":"layers/mlp/experts/gate_up_proj","mathml":"<math display=\"block\"><mrow><mi>gate_up_proj</mi><mo>=</mo><mn>2</mn><mi>d</mi><msub><mi>I</mi><mi>e</mi></msub><mi>E</mi></mrow></math>","text":"layers/mlp/experts/gate_up_proj = 2*hidden_size*moe_intermediate_size*num_experts","source":""},{"label":"layers/mlp/experts/down_proj","mathml":"<math display=\"block\"><mrow><mi>down_proj</mi><mo>=</mo><mi>d</mi><msub><mi>I</mi><mi>e</mi></msub><mi>E</mi></mrow></math>","text":"layers/mlp/experts/down_proj = hidden_size*moe_intermediate_size*num_experts","source":""},{"label":"norm","mathml":"<math display=\"block\"><mrow><mi>norm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"norm = hidden_size","source":"Model.norm = RMSNorm(hidden_size)"},{"label":"lm_head","mathml":"<math display=\"block\"><mrow><mi>lm_head</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow></mrow></math>","text":"lm_head = hidden_size*vocab_size*(1 - tie_word_embeddings)","source":"ForCausalLM.lm_head = nn.Linear(hidden_size, vocab_size, bias=False); a tied head adds nothing"},{"label":"non_embedding_params","mathml":"<math display=\"block\"><mrow><mi>non_embedding_params</mi><mo>=</mo><mo>-</mo><mi>embed_tokens</mi><mo>-</mo><mi>lm_head</mi><mo>+</mo><mi>params</mi></mrow></math>","text":"non_embedding_params = params - embed_tokens - lm_head","source":""},{"label":"embedding_params","mathml":"<math display=\"block\"><mrow><mi>embedding_params</mi><mo>=</mo><mi>embed_tokens</mi></mrow></math>","text":"embedding_params = embed_tokens","source":""},{"label":"lm_head_params","mathml":"<math display=\"block\"><mrow><mi>lm_head_params</mi><mo>=</mo><mi>lm_head</mi></mrow></math>","text":"lm_head_params = lm_head","source":""},{"label":"kv_elements_per_token","mathml":"<math display=\"block\"><mrow><mi>kv_elements_per_token</mi><mo>=</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mi>L</mi></mrow></math>","text":"kv_elements_per_token = 2*head_dim*num_kv_heads*num_layers","source":"formulas.md section 4.2"},{"label":"active_params","mathml":"<math display=\"block\"><mrow><mi>active_params</mi><mo>=</mo><mo>-</mo><mfrac><mrow><mi>experts</mi><mi>L</mi><mrow><mo>(</mo><mi>E</mi><mo>-</mo><mi>k</mi><mo>)</mo></mrow></mrow><mi>E</mi></mfrac><mo>+</mo><mi>params</mi></mrow></math>","text":"active_params = params - experts*num_layers*(num_experts - num_experts_per_tok)/num_experts","source":"formulas.md section 1.2, \"Mixtral\" (active = total - L(E - top_k)3dI)"},{"label":"expert_params","mathml":"<math display=\"block\"><mrow><mi>expert_params</mi><mo>=</mo><mi>experts</mi><mi>L</mi></mrow></math>","text":"expert_params = experts*num_layers","source":""},{"label":"mlp_activation_width","mathml":"<math display=\"block\"><mrow><mi>mlp_activation_width</mi><mo>=</mo><msub><mi>I</mi><mi>e</mi></msub><mi>k</mi></mrow></math>","text":"mlp_activation_width = moe_intermediate_size*num_experts_per_tok","source":""},{"label":"gated_mlp","mathml":"<math display=\"block\"><mrow><mi>gated_mlp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"gated_mlp = 1","source":""},{"label":"rms_norm","mathml":"<math display=\"block\"><mrow><mi>rms_norm</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"rms_norm = 1","source":""},{"label":"default num_kv_heads","mathml":"<math display=\"block\"><mrow><mi>defaultnum_kv_heads</mi><mo>=</mo><mi>H</mi></mrow></math>","text":"default num_kv_heads = num_heads","source":""},{"label":"default head_dim","mathml":"<math display=\"block\"><mrow><mi>defaulthead_dim</mi><mo>=</mo><mfrac><mi>d</mi><mi>H</mi></mfrac></mrow></math>","text":"default head_dim = hidden_size/num_heads","source":""},{"label":"default max_position_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaultmax_position_embeddings</mi><mo>=</mo><mn>2048</mn></mrow></math>","text":"default max_position_embeddings = 2048","source":""},{"label":"default tie_word_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaulttie_word_embeddings</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default tie_word_embeddings = 0","source":""},{"label":"default attention_bias","mathml":"<math display=\"block\"><mrow><mi>defaultattention_bias</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default attention_bias = 0","source":""},{"label":"default moe_intermediate_size","mathml":"<math display=\"block\"><mrow><mi>defaultmoe_intermediate_size</mi><mo>=</mo><mi>I</mi></mrow></math>","text":"default moe_intermediate_size = intermediate_size","source":""}],"program_meta":[{"i":["vocab_size","hidden_size","intermediate_size","num_layers","num_heads","num_kv_heads","head_dim","max_position_embeddings","tie_word_embeddings","attention_bias","num_experts","num_experts_per_tok","moe_intermediate_size"],"o":["@q:embed_tokens","@q:layers/input_layernorm","@q:layers/self_attn/q_proj","@q:layers/self_attn/k_proj","@q:layers/self_attn/v_proj","@q:layers/self_attn/o_proj","@q:layers/self_attn","@q:layers/post_attention_layernorm","@q:layers/mlp/gate","@q:layers/mlp/experts/gate_up_proj","@q:layers/mlp/experts/down_proj","@q:layers/mlp/experts","@q:layers/mlp","@r:layers","@q:layers","@q:norm","@q:lm_head","@q:","@d:non_embedding_params","@d:embedding_params","@d:lm_head_params","@d:kv_elements_per_token","@d:active_params","@d:expert_params","@d:mlp_activation_width","@b:gated_mlp","@b:rms_norm"],"c":null},{"i":["num_heads"],"o":["num_kv_heads"],"c":null},{"i":["hidden_size","num_heads"],"o":["head_dim"],"c":null},{"i":[],"o":["max_position_embeddings"],"c":"2048"},{"i":[],"o":["tie_word_embeddings"],"c":"0"},{"i":[],"o":["attention_bias"],"c":"0"},{"i":["intermediate_size"],"o":["moe_intermediate_size"],"c":null},{"i":["head_dim","hidden_size","moe_intermediate_size","num_experts","num_heads","num_kv_heads","num_layers","vocab_size"],"o":["q_proj/in","q_proj/out","q_proj/count","k_proj/in","k_proj/out","k_proj/count","v_proj/in","v_proj/out","v_proj/count","o_proj/in","o_proj/out","o_proj/count","lm_head/in","lm_head/out","lm_head/count","experts.gate_up_proj/in","experts.gate_up_proj/out","experts.gate_up_proj/count","experts.down_proj/in","experts.down_proj/out","experts.down_proj/count"],"c":null}]},
function ({_Z, _Q, _add, _mul, _pow, _powq, _inv, _mod, _lt, _le, _gt, _ge, _eq, _ne, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12) {
  let v13 = _mul(v1, v0);
  let v14 = v1;
  let v15 = _add(_mul(v9, v6, v4), _mul(v6, v1, v4));
  let v16 = _add(_mul(v9, v6, v5), _mul(v6, v1, v5));
  let v17 = _add(_mul(v9, v6, v5), _mul(v6, v1, v5));
  let v18 = _add(_mul(v9, v1), _mul(v6, v1, v4));
  let v19 = _add(v16, v18, v15, v17);
  let v20 = v1;
  let v21 = _mul(v1, v10);
  let v22 = _mul(_Z(2n), v1, v12, v10);
  let v23 = _mul(v1, v12, v10);
  let v24 = _add(v23, v22);
  let v25 = _add(v24, v21);
  let v26 = v3;
  let v27 = _mul(v26, _add(v14, v25, v20, v19));
  let v28 = v1;
  let v29 = _mul(v1, v0, _add(_Z(1n), _mul(_Z(-1n), v8)));
  let v30 = _add(v13, v27, v29, v28);
  let v31 = _add(v30, _mul(_Z(-1n), v13), _mul(_Z(-1n), v29));
  let v32 = v13;
  let v33 = v29;
  let v34 = _mul(_Z(2n), v6, v5, v3);
  let v35 = _add(v30, _mul(_Z(-1n), v24, v3, _inv(_pow(v10, 1)), _add(v10, _mul(_Z(-1n), v11))));
  let v36 = _mul(v24, v3);
  let v37 = _mul(v12, v11);
  let v38 = _Z(1n);
  let v39 = _Z(1n);
  return [v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39];
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
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12) {
  let v13 = (v1 * v0);
  let v14 = v1;
  let v15 = ((v9 * v6 * v4) + (v6 * v1 * v4));
  let v16 = ((v9 * v6 * v5) + (v6 * v1 * v5));
  let v17 = ((v9 * v6 * v5) + (v6 * v1 * v5));
  let v18 = ((v9 * v1) + (v6 * v1 * v4));
  let v19 = (v16 + v18 + v15 + v17);
  let v20 = v1;
  let v21 = (v1 * v10);
  let v22 = ((2.0) * v1 * v12 * v10);
  let v23 = (v1 * v12 * v10);
  let v24 = (v23 + v22);
  let v25 = (v24 + v21);
  let v26 = v3;
  let v27 = (v26 * (v14 + v25 + v20 + v19));
  let v28 = v1;
  let v29 = (v1 * v0 * ((1.0) + ((-1.0) * v8)));
  let v30 = (v13 + v27 + v29 + v28);
  let v31 = (v30 + ((-1.0) * v13) + ((-1.0) * v29));
  let v32 = v13;
  let v33 = v29;
  let v34 = ((2.0) * v6 * v5 * v3);
  let v35 = (v30 + ((-1.0) * v24 * v3 * _inv(v10 ** 1) * (v10 + ((-1.0) * v11))));
  let v36 = (v24 * v3);
  let v37 = (v12 * v11);
  let v38 = (1.0);
  let v39 = (1.0);
  return [v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39];
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
