ENGINE.define({"name":"llama4","kind":"architecture","path":"specs/llama4.yaml","description":"Llama 4 text decoder: grouped-query attention, chunked attention in three of four layers (no parameters), mixture-of-experts feed-forward with a shared expert in every interleave_moe_layer_step-th layer and a dense SwiGLU MLP in the others, untied LM head.","abstract":false,"symbols":[{"name":"vocab_size","domain":"positive_integer","latex":"V","description":"Vocabulary size (config.vocab_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:14:3"},{"name":"hidden_size","domain":"positive_integer","latex":"d","description":"Model width (config.hidden_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:17:3"},{"name":"intermediate_size","domain":"positive_integer","latex":"I","description":"Inner width of one routed expert and of the shared expert (config.intermediate_size)","flag":false,"provider":"","default":null,"key":"specs/llama4.yaml:23:3"},{"name":"num_layers","domain":"positive_integer","latex":"L","description":"Decoder layers (config.num_hidden_layers)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:23:3"},{"name":"num_heads","domain":"positive_integer","latex":"H","description":"Query heads (config.num_attention_heads)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:26:3"},{"name":"num_kv_heads","domain":"positive_integer","latex":"K","description":"Key/value heads, grouped-query attention (config.num_key_value_heads)","flag":false,"provider":"","default":{"text":"num_heads","at":"specs/base/decoder.yaml:32:14","key":"specs/base/decoder.yaml:32:5"},"key":"specs/base/decoder.yaml:29:3"},{"name":"head_dim","domain":"positive_integer","latex":"d_h","description":"Width of one attention head (config.head_dim)","flag":false,"provider":"","default":{"text":"hidden_size / num_heads","at":"specs/base/decoder.yaml:37:14","key":"specs/base/decoder.yaml:37:5"},"key":"specs/base/decoder.yaml:34:3"},{"name":"max_position_embeddings","domain":"positive_integer","latex":"n_{ctx}","description":"Context length the model was trained for (rotary, so no parameters)","flag":false,"provider":"","default":{"text":"131072","at":"specs/llama4.yaml:62:14","key":"specs/llama4.yaml:62:5"},"key":"specs/llama4.yaml:59:3"},{"name":"tie_word_embeddings","domain":"flag","latex":"\\tau","description":"1 if lm_head shares the token embedding matrix","flag":false,"provider":"","default":{"text":"0","at":"specs/base/decoder.yaml:47:14","key":"specs/base/decoder.yaml:47:5"},"key":"specs/base/decoder.yaml:43:3"},{"name":"attention_bias","domain":"flag","latex":"b_{attn}","description":"1 if q/k/v/o projections have biases (config.attention_bias)","flag":false,"provider":"","default":{"text":"0","at":"specs/base/decoder.yaml:52:14","key":"specs/base/decoder.yaml:52:5"},"key":"specs/base/decoder.yaml:48:3"},{"name":"intermediate_size_mlp","domain":"positive_integer","latex":"I_{mlp}","description":"Inner width of the dense MLP of the non-MoE layers (config.intermediate_size_mlp)","flag":false,"provider":"","default":null,"key":"specs/llama4.yaml:26:3"},{"name":"num_experts","domain":"positive_integer","latex":"E","description":"Routed experts per MoE layer (config.num_local_experts)","flag":false,"provider":"","default":null,"key":"specs/llama4.yaml:29:3"},{"name":"num_experts_per_tok","domain":"positive_integer","latex":"k","description":"Routed experts each token uses (config.num_experts_per_tok)","flag":false,"provider":"","default":null,"key":"specs/llama4.yaml:32:3"},{"name":"moe_intermediate_size","domain":"positive_integer","latex":"I_e","description":"Inner width of one routed expert, config.intermediate_size","flag":false,"provider":"","default":{"text":"intermediate_size","at":"specs/llama4.yaml:38:14","key":"specs/llama4.yaml:38:5"},"key":"specs/llama4.yaml:35:3"},{"name":"num_shared_experts","domain":"positive_integer","latex":"E_s","description":"1; one shared expert of intermediate_size per MoE layer","flag":false,"provider":"","default":{"text":"1","at":"specs/llama4.yaml:43:14","key":"specs/llama4.yaml:43:5"},"key":"specs/llama4.yaml:40:3"},{"name":"interleave_moe_layer_step","domain":"positive_integer","latex":"s","description":"Every interleave_moe_layer_step-th layer is an MoE layer (config.interleave_moe_layer_step)","flag":false,"provider":"","default":{"text":"1","at":"specs/llama4.yaml:47:14","key":"specs/llama4.yaml:47:5"},"key":"specs/llama4.yaml:44:3"},{"name":"no_rope_layer_interval","domain":"positive_integer","latex":"p_{nope}","description":"Every no_rope_layer_interval-th layer has no rotary embedding and full attention (config.no_rope_layer_interval)","flag":false,"provider":"","default":{"text":"4","at":"specs/llama4.yaml:52:14","key":"specs/llama4.yaml:52:5"},"key":"specs/llama4.yaml:49:3"},{"name":"attention_chunk_size","domain":"nonnegative_integer","latex":"w_{ch}","description":"Tokens per attention chunk of the rotary layers (config.attention_chunk_size, 0 when null); no parameters","flag":false,"provider":"","default":{"text":"8192","at":"specs/llama4.yaml:58:14","key":"specs/llama4.yaml:58:5"},"key":"specs/llama4.yaml:54:3"}],"presets":[{"name":"llama-4-scout-17b-16e","description":"","values":{"vocab_size":{"text":"202048","at":"specs/llama4.yaml:175:26","key":"specs/llama4.yaml:175:14","value":"202048"},"hidden_size":{"text":"5120","at":"specs/llama4.yaml:175:47","key":"specs/llama4.yaml:175:34","value":"5120"},"intermediate_size":{"text":"8192","at":"specs/llama4.yaml:175:72","key":"specs/llama4.yaml:175:53","value":"8192"},"intermediate_size_mlp":{"text":"16384","at":"specs/llama4.yaml:175:101","key":"specs/llama4.yaml:175:78","value":"16384"},"num_layers":{"text":"48","at":"specs/llama4.yaml:176:26","key":"specs/llama4.yaml:176:14","value":"48"},"num_heads":{"text":"40","at":"specs/llama4.yaml:176:41","key":"specs/llama4.yaml:176:30","value":"40"},"num_kv_heads":{"text":"8","at":"specs/llama4.yaml:176:59","key":"specs/llama4.yaml:176:45","value":"8"},"head_dim":{"text":"128","at":"specs/llama4.yaml:176:72","key":"specs/llama4.yaml:176:62","value":"128"},"num_experts":{"text":"16","at":"specs/llama4.yaml:176:90","key":"specs/llama4.yaml:176:77","value":"16"},"num_experts_per_tok":{"text":"1","at":"specs/llama4.yaml:176:115","key":"specs/llama4.yaml:176:94","value":"1"},"max_position_embeddings":{"text":"262144","at":"specs/llama4.yaml:177:39","key":"specs/llama4.yaml:177:14","value":"262144"}}}],"default_preset":"llama-4-scout-17b-16e","default_rules":null,"total":{"name":"params","key":"","slot":"@q:"},"parts":[["embed_tokens","embed_tokens","@q:embed_tokens",[],false],["layers","layers","@q:layers",[],true],["layers/input_layernorm","input_layernorm","@q:layers/input_layernorm",["@r:layers"],false],["layers/self_attn","self_attn","@q:layers/self_attn",["@r:layers"],true],["layers/self_attn/q_proj","q_proj","@q:layers/self_attn/q_proj",["@r:layers"],false],["layers/self_attn/k_proj","k_proj","@q:layers/self_attn/k_proj",["@r:layers"],false],["layers/self_attn/v_proj","v_proj","@q:layers/self_attn/v_proj",["@r:layers"],false],["layers/self_attn/o_proj","o_proj","@q:layers/self_attn/o_proj",["@r:layers"],false],["layers/post_attention_layernorm","post_attention_layernorm","@q:layers/post_attention_layernorm",["@r:layers"],false],["norm","norm","@q:norm",[],false],["lm_head","lm_head","@q:lm_head",[],false],["moe","moe","@q:moe",[],true],["moe/router","router","@q:moe/router",["@r:moe"],false],["moe/experts","experts","@q:moe/experts",["@r:moe"],true],["moe/experts/gate_up_proj","gate_up_proj","@q:moe/experts/gate_up_proj",["@r:moe"],false],["moe/experts/down_proj","down_proj","@q:moe/experts/down_proj",["@r:moe"],false],["moe/shared_expert","shared_expert","@q:moe/shared_expert",["@r:moe"],true],["moe/shared_expert/gate_proj","gate_proj","@q:moe/shared_expert/gate_proj",["@r:moe"],false],["moe/shared_expert/up_proj","up_proj","@q:moe/shared_expert/up_proj",["@r:moe"],false],["moe/shared_expert/down_proj","down_proj","@q:moe/shared_expert/down_proj",["@r:moe"],false],["dense_mlp","dense_mlp","@q:dense_mlp",[],true],["dense_mlp/gate_proj","gate_proj","@q:dense_mlp/gate_proj",["@r:dense_mlp"],false],["dense_mlp/up_proj","up_proj","@q:dense_mlp/up_proj",["@r:dense_mlp"],false],["dense_mlp/down_proj","down_proj","@q:dense_mlp/down_proj",["@r:dense_mlp"],false]],"derived":{"non_embedding_params":"@d:non_embedding_params","embedding_params":"@d:embedding_params","lm_head_params":"@d:lm_head_params","kv_elements_per_token":"@d:kv_elements_per_token","moe_layers":"@d:moe_layers","active_params":"@d:active_params","expert_params":"@d:expert_params","mlp_activation_width":"@d:mlp_activation_width","full_attention_layers":"@d:full_attention_layers","chunked_attention_layers":"@d:chunked_attention_layers","kv_elements_per_token_full":"@d:kv_elements_per_token_full","kv_elements_per_token_chunked":"@d:kv_elements_per_token_chunked"},"phases":{},"block":{"gated_mlp":"@b:gated_mlp","rms_norm":"@b:rms_norm"},"where":{"":"specs/llama4.yaml:64:1","embed_tokens":"specs/base/decoder.yaml:60:11","layers":"specs/base/decoder.yaml:63:13","layers/input_layernorm":"specs/base/decoder.yaml:67:15","layers/self_attn":"specs/llama4.yaml:68:7","layers/self_attn/q_proj":"specs/base/decoder.yaml:71:19","layers/self_attn/k_proj":"specs/base/decoder.yaml:72:19","layers/self_attn/v_proj":"specs/base/decoder.yaml:73:19","layers/self_attn/o_proj":"specs/base/decoder.yaml:74:19","layers/post_attention_layernorm":"specs/base/decoder.yaml:77:15","norm":"specs/base/decoder.yaml:86:11","lm_head":"specs/base/decoder.yaml:89:11","moe":"specs/llama4.yaml:72:13","moe/router":"specs/llama4.yaml:77:15","moe/experts":"specs/llama4.yaml:79:7","moe/experts/gate_up_proj":"specs/llama4.yaml:82:25","moe/experts/down_proj":"specs/llama4.yaml:83:22","moe/shared_expert":"specs/llama4.yaml:84:7","moe/shared_expert/gate_proj":"specs/llama4.yaml:87:22","moe/shared_expert/up_proj":"specs/llama4.yaml:88:20","moe/shared_expert/down_proj":"specs/llama4.yaml:89:22","dense_mlp":"specs/llama4.yaml:91:13","dense_mlp/gate_proj":"specs/llama4.yaml:95:18","dense_mlp/up_proj":"specs/llama4.yaml:96:16","dense_mlp/down_proj":"specs/llama4.yaml:97:18","non_embedding_params":"specs/base/decoder.yaml:107:11","embedding_params":"specs/base/decoder.yaml:110:11","lm_head_params":"specs/base/decoder.yaml:113:11","kv_elements_per_token":"specs/llama4.yaml:121:11","moe_layers":"specs/llama4.yaml:101:11","active_params":"specs/llama4.yaml:104:11","expert_params":"specs/llama4.yaml:109:11","mlp_activation_width":"specs/llama4.yaml:112:11","full_attention_layers":"specs/llama4.yaml:115:11","chunked_attention_layers":"specs/llama4.yaml:118:11","kv_elements_per_token_full":"specs/llama4.yaml:126:11","kv_elements_per_token_chunked":"specs/llama4.yaml:129:11","gated_mlp":"specs/base/decoder.yaml:99:11","rms_norm":"specs/base/decoder.yaml:102:11"},"options":[],"linears":[{"name":"q_proj","output":false},{"name":"k_proj","output":false},{"name":"v_proj","output":false},{"name":"o_proj","output":false},{"name":"lm_head","output":true},{"name":"router","output":false},{"name":"experts.gate_up_proj","output":false},{"name":"experts.down_proj","output":false},{"name":"shared_expert.gate_proj","output":false},{"name":"shared_expert.up_proj","output":false},{"name":"shared_expert.down_proj","output":false},{"name":"feed_forward.gate_proj","output":false},{"name":"feed_forward.up_proj","output":false},{"name":"feed_forward.down_proj","output":false}],"lora_targets":["q_proj","v_proj"],"hf":{"model_types":["llama4_text"],"keys":[{"key":"vocab_size","symbol":"vocab_size","if_null":null,"values":{}},{"key":"hidden_size","symbol":"hidden_size","if_null":null,"values":{}},{"key":"intermediate_size","symbol":"intermediate_size","if_null":null,"values":{}},{"key":"num_hidden_layers","symbol":"num_layers","if_null":null,"values":{}},{"key":"num_attention_heads","symbol":"num_heads","if_null":null,"values":{}},{"key":"num_key_value_heads","symbol":"num_kv_heads","if_null":null,"values":{}},{"key":"head_dim","symbol":"head_dim","if_null":null,"values":{}},{"key":"max_position_embeddings","symbol":"max_position_embeddings","if_null":null,"values":{}},{"key":"tie_word_embeddings","symbol":"tie_word_embeddings","if_null":null,"values":{}},{"key":"attention_bias","symbol":"attention_bias","if_null":null,"values":{}},{"key":"intermediate_size_mlp","symbol":"intermediate_size_mlp","if_null":null,"values":{}},{"key":"num_local_experts","symbol":"num_experts","if_null":null,"values":{}},{"key":"num_experts_per_tok","symbol":"num_experts_per_tok","if_null":null,"values":{}},{"key":"interleave_moe_layer_step","symbol":"interleave_moe_layer_step","if_null":null,"values":{}},{"key":"no_rope_layer_interval","symbol":"no_rope_layer_interval","if_null":null,"values":{}},{"key":"attention_chunk_size","symbol":"attention_chunk_size","if_null":{"text":"0","at":"specs/llama4.yaml:158:67","key":"specs/llama4.yaml:158:58","value":"0"},"values":{}}],"defaults":{"num_key_value_heads":{"raw":{"number":"8"},"span":{"value":"specs/llama4.yaml:163:26","key":"specs/llama4.yaml:163:5","at":"specs/llama4.yaml:163:26"}},"head_dim":{"raw":{"number":"128"},"span":{"value":"specs/llama4.yaml:164:15","key":"specs/llama4.yaml:164:5","at":"specs/llama4.yaml:164:15"}},"num_experts_per_tok":{"raw":{"number":"1"},"span":{"value":"specs/llama4.yaml:165:26","key":"specs/llama4.yaml:165:5","at":"specs/llama4.yaml:165:26"}},"attention_chunk_size":{"raw":{"number":"8192"},"span":{"value":"specs/llama4.yaml:166:27","key":"specs/llama4.yaml:166:5","at":"specs/llama4.yaml:166:27"}},"max_position_embeddings":{"raw":{"number":"131072"},"span":{"value":"specs/llama4.yaml:167:30","key":"specs/llama4.yaml:167:5","at":"specs/llama4.yaml:167:30"}}},"architectures":{"Llama4ForCausalLM":{}},"key":"specs/llama4.yaml:146:1"},"programs":{"main":0,"defaults":{"num_kv_heads":1,"head_dim":2,"max_position_embeddings":3,"tie_word_embeddings":4,"attention_bias":5,"moe_intermediate_size":6,"num_shared_experts":7,"interleave_moe_layer_step":8,"no_rope_layer_interval":9,"attention_chunk_size":10},"choices":{},"weights":{},"linears":11,"conditions":{}},"formulas":[{"label":"params","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mi>dense_mlp</mi><mo>+</mo><mi>embed_tokens</mi><mo>+</mo><mi>layers</mi><mo>+</mo><mi>lm_head</mi><mo>+</mo><mi>moe</mi><mo>+</mo><mi>norm</mi></mrow></math>","text":"params = dense_mlp + embed_tokens + layers + lm_head + moe + norm","source":""},{"label":"params (in symbols)","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mn>3</mn><mi>d</mi><msub><mi>I</mi><mrow><mi>m</mi><mi>l</mi><mi>p</mi></mrow></msub><mrow><mo>(</mo><mi>L</mi><mo>-</mo><mrow><mo>\u230a</mo><mfrac><mi>L</mi><mi>s</mi></mfrac><mo>\u230b</mo></mrow><mo>)</mo></mrow><mo>+</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow><mo>+</mo><mi>d</mi><mi>V</mi><mo>+</mo><mi>d</mi><mo>+</mo><mi>L</mi><mrow><mo>(</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>H</mi><mo>+</mo><mn>2</mn><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mo>+</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><mi>d</mi><mo>+</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi><mo>+</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>K</mi><mo>+</mo><mn>2</mn><mi>d</mi><mo>)</mo></mrow><mo>+</mo><mrow><mo>(</mo><mn>3</mn><mi>d</mi><mi>I</mi><mo>+</mo><mn>3</mn><mi>d</mi><msub><mi>I</mi><mi>e</mi></msub><mi>E</mi><mo>+</mo><mi>d</mi><mi>E</mi><mo>)</mo></mrow><mrow><mo>\u230a</mo><mfrac><mi>L</mi><mi>s</mi></mfrac><mo>\u230b</mo></mrow></mrow></math>","text":"params (in symbols) = hidden_size + hidden_size*vocab_size + num_layers*(2*hidden_size + attention_bias*hidden_size + attention_bias*head_dim*num_heads + 2*attention_bias*head_dim*num_kv_heads + 2*head_dim*hidden_size*num_heads + 2*head_dim*hidden_size*num_kv_heads) + (hidden_size*num_experts + 3*hidden_size*intermediate_size + 3*hidden_size*moe_intermediate_size*num_experts)*floor(num_layers/interleave_moe_layer_step) + hidden_size*vocab_size*(1 - tie_word_embeddings) + 3*hidden_size*intermediate_size_mlp*(num_layers - floor(num_layers/interleave_moe_layer_step))","source":""},{"label":"embed_tokens","mathml":"<math display=\"block\"><mrow><mi>embed_tokens</mi><mo>=</mo><mi>d</mi><mi>V</mi></mrow></math>","text":"embed_tokens = hidden_size*vocab_size","source":"Model.embed_tokens = nn.Embedding(vocab_size, hidden_size)"},{"label":"layers","mathml":"<math display=\"block\"><mrow><mi>layers</mi><mo>=</mo><mi>L</mi><mrow><mo>(</mo><mi>input_layernorm</mi><mo>+</mo><mi>post_attention_layernorm</mi><mo>+</mo><mi>self_attn</mi><mo>)</mo></mrow></mrow></math>","text":"layers = num_layers*(input_layernorm + post_attention_layernorm + self_attn)","source":""},{"label":"layers/input_layernorm","mathml":"<math display=\"block\"><mrow><mi>input_layernorm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"layers/input_layernorm = hidden_size","source":"DecoderLayer.input_layernorm = RMSNorm(hidden_size), weight only"},{"label":"layers/self_attn","mathml":"<math display=\"block\"><mrow><mi>self_attn</mi><mo>=</mo><mi>k_proj</mi><mo>+</mo><mi>o_proj</mi><mo>+</mo><mi>q_proj</mi><mo>+</mo><mi>v_proj</mi></mrow></math>","text":"layers/self_attn = k_proj + o_proj + q_proj + v_proj","source":"Llama4TextAttention q/k/v/o (nn.Linear, bias=config.attention_bias); qk_norm is Llama4TextL2Norm, no weights"},{"label":"layers/self_attn/q_proj","mathml":"<math display=\"block\"><mrow><mi>q_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>H</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi></mrow></math>","text":"layers/self_attn/q_proj = attention_bias*head_dim*num_heads + head_dim*hidden_size*num_heads","source":""},{"label":"layers/self_attn/k_proj","mathml":"<math display=\"block\"><mrow><mi>k_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>K</mi></mrow></math>","text":"layers/self_attn/k_proj = attention_bias*head_dim*num_kv_heads + head_dim*hidden_size*num_kv_heads","source":""},{"label":"layers/self_attn/v_proj","mathml":"<math display=\"block\"><mrow><mi>v_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>K</mi></mrow></math>","text":"layers/self_attn/v_proj = attention_bias*head_dim*num_kv_heads + head_dim*hidden_size*num_kv_heads","source":""},{"label":"layers/self_attn/o_proj","mathml":"<math display=\"block\"><mrow><mi>o_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><mi>d</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi></mrow></math>","text":"layers/self_attn/o_proj = attention_bias*hidden_size + head_dim*hidden_size*num_heads","source":""},{"label":"layers/post_attention_layernorm","mathml":"<math display=\"block\"><mrow><mi>post_attention_layernorm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"layers/post_attention_layernorm = hidden_size","source":"DecoderLayer.post_attention_layernorm = RMSNorm(hidden_size), weight only"},{"label":"norm","mathml":"<math display=\"block\"><mrow><mi>norm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"norm = hidden_size","source":"Model.norm = RMSNorm(hidden_size)"},{"label":"lm_head","mathml":"<math display=\"block\"><mrow><mi>lm_head</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow></mrow></math>","text":"lm_head = hidden_size*vocab_size*(1 - tie_word_embeddings)","source":"ForCausalLM.lm_head = nn.Linear(hidden_size, vocab_size, bias=False); a tied head adds nothing"},{"label":"moe","mathml":"<math display=\"block\"><mrow><mi>moe</mi><mo>=</mo><mrow><mo>(</mo><mi>experts</mi><mo>+</mo><mi>router</mi><mo>+</mo><mi>shared_expert</mi><mo>)</mo></mrow><mrow><mo>\u230a</mo><mfrac><mi>L</mi><mi>s</mi></mfrac><mo>\u230b</mo></mrow></mrow></math>","text":"moe = (experts + router + shared_expert)*floor(num_layers/interleave_moe_layer_step)","source":"Llama4TextDecoderLayer.feed_forward = Llama4TextMoe(config)"},{"label":"moe/router","mathml":"<math display=\"block\"><mrow><mi>router</mi><mo>=</mo><mi>d</mi><mi>E</mi></mrow></math>","text":"moe/router = hidden_size*num_experts","source":"Llama4Router(nn.Linear(hidden_size, num_local_experts, bias=False))"},{"label":"moe/experts","mathml":"<math display=\"block\"><mrow><mi>experts</mi><mo>=</mo><mi>down_proj</mi><mo>+</mo><mi>gate_up_proj</mi></mrow></math>","text":"moe/experts = down_proj + gate_up_proj","source":"Llama4TextExperts, all routed experts of a layer as two 3-D parameters"},{"label":"moe/experts/gate_up_proj","mathml":"<math display=\"block\"><mrow><mi>gate_up_proj</mi><mo>=</mo><mn>2</mn><mi>d</mi><msub><mi>I</mi><mi>e</mi></msub><mi>E</mi></mrow></math>","text":"moe/experts/gate_up_proj = 2*hidden_size*moe_intermediate_size*num_experts","source":""},{"label":"moe/experts/down_proj","mathml":"<math display=\"block\"><mrow><mi>down_proj</mi><mo>=</mo><mi>d</mi><msub><mi>I</mi><mi>e</mi></msub><mi>E</mi></mrow></math>","text":"moe/experts/down_proj = hidden_size*moe_intermediate_size*num_experts","source":""},{"label":"moe/shared_expert","mathml":"<math display=\"block\"><mrow><mi>shared_expert</mi><mo>=</mo><mi>down_proj</mi><mo>+</mo><mi>gate_proj</mi><mo>+</mo><mi>up_proj</mi></mrow></math>","text":"moe/shared_expert = down_proj + gate_proj + up_proj","source":"Llama4TextMoe.shared_expert = Llama4TextMLP(config), intermediate_size"},{"label":"moe/shared_expert/gate_proj","mathml":"<math display=\"block\"><mrow><mi>gate_proj</mi><mo>=</mo><mi>d</mi><mi>I</mi></mrow></math>","text":"moe/shared_expert/gate_proj = hidden_size*intermediate_size","source":""},{"label":"moe/shared_expert/up_proj","mathml":"<math display=\"block\"><mrow><mi>up_proj</mi><mo>=</mo><mi>d</mi><mi>I</mi></mrow></math>","text":"moe/shared_expert/up_proj = hidden_size*intermediate_size","source":""},{"label":"moe/shared_expert/down_proj","mathml":"<math display=\"block\"><mrow><mi>down_proj</mi><mo>=</mo><mi>d</mi><mi>I</mi></mrow></math>","text":"moe/shared_expert/down_proj = hidden_size*intermediate_size","source":""},{"label":"dense_mlp","mathml":"<math display=\"block\"><mrow><mi>dense_mlp</mi><mo>=</mo><mrow><mo>(</mo><mi>L</mi><mo>-</mo><mrow><mo>\u230a</mo><mfrac><mi>L</mi><mi>s</mi></mfrac><mo>\u230b</mo></mrow><mo>)</mo></mrow><mrow><mo>(</mo><mi>down_proj</mi><mo>+</mo><mi>gate_proj</mi><mo>+</mo><mi>up_proj</mi><mo>)</mo></mrow></mrow></math>","text":"dense_mlp = (num_layers - floor(num_layers/interleave_moe_layer_step))*(down_proj + gate_proj + up_proj)","source":"Llama4TextDecoderLayer.feed_forward = Llama4TextMLP(config, intermediate_size=config.intermediate_size_mlp)"},{"label":"dense_mlp/gate_proj","mathml":"<math display=\"block\"><mrow><mi>gate_proj</mi><mo>=</mo><mi>d</mi><msub><mi>I</mi><mrow><mi>m</mi><mi>l</mi><mi>p</mi></mrow></msub></mrow></math>","text":"dense_mlp/gate_proj = hidden_size*intermediate_size_mlp","source":""},{"label":"dense_mlp/up_proj","mathml":"<math display=\"block\"><mrow><mi>up_proj</mi><mo>=</mo><mi>d</mi><msub><mi>I</mi><mrow><mi>m</mi><mi>l</mi><mi>p</mi></mrow></msub></mrow></math>","text":"dense_mlp/up_proj = hidden_size*intermediate_size_mlp","source":""},{"label":"dense_mlp/down_proj","mathml":"<math display=\"block\"><mrow><mi>down_proj</mi><mo>=</mo><mi>d</mi><msub><mi>I</mi><mrow><mi>m</mi><mi>l</mi><mi>p</mi></mrow></msub></mrow></math>","text":"dense_mlp/down_proj = hidden_size*intermediate_size_mlp","source":""},{"label":"non_embedding_params","mathml":"<math display=\"block\"><mrow><mi>non_embedding_params</mi><mo>=</mo><mo>-</mo><mi>embed_tokens</mi><mo>-</mo><mi>lm_head</mi><mo>+</mo><mi>params</mi></mrow></math>","text":"non_embedding_params = params - embed_tokens - lm_head","source":""},{"label":"embedding_params","mathml":"<math display=\"block\"><mrow><mi>embedding_params</mi><mo>=</mo><mi>embed_tokens</mi></mrow></math>","text":"embedding_params = embed_tokens","source":""},{"label":"lm_head_params","mathml":"<math display=\"block\"><mrow><mi>lm_head_params</mi><mo>=</mo><mi>lm_head</mi></mrow></math>","text":"lm_head_params = lm_head","source":""},{"label":"kv_elements_per_token","mathml":"<math display=\"block\"><mrow><mi>kv_elements_per_token</mi><mo>=</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mi>L</mi></mrow></math>","text":"kv_elements_per_token = 2*head_dim*num_kv_heads*num_layers","source":"formulas.md section 4.2"},{"label":"moe_layers","mathml":"<math display=\"block\"><mrow><mi>moe_layers</mi><mo>=</mo><mrow><mo>\u230a</mo><mfrac><mi>L</mi><mi>s</mi></mfrac><mo>\u230b</mo></mrow></mrow></math>","text":"moe_layers = floor(num_layers/interleave_moe_layer_step)","source":""},{"label":"active_params","mathml":"<math display=\"block\"><mrow><mi>active_params</mi><mo>=</mo><mo>-</mo><mfrac><mrow><mi>experts</mi><mi>moe_layers</mi><mrow><mo>(</mo><mi>E</mi><mo>-</mo><mi>k</mi><mo>)</mo></mrow></mrow><mi>E</mi></mfrac><mo>+</mo><mi>params</mi></mrow></math>","text":"active_params = params - experts*moe_layers*(num_experts - num_experts_per_tok)/num_experts","source":""},{"label":"expert_params","mathml":"<math display=\"block\"><mrow><mi>expert_params</mi><mo>=</mo><mi>experts</mi><mi>moe_layers</mi></mrow></math>","text":"expert_params = experts*moe_layers","source":""},{"label":"mlp_activation_width","mathml":"<math display=\"block\"><mrow><mi>mlp_activation_width</mi><mo>=</mo><msub><mi>I</mi><mi>e</mi></msub><mrow><mo>(</mo><mi>k</mi><mo>+</mo><msub><mi>E</mi><mi>s</mi></msub><mo>)</mo></mrow></mrow></math>","text":"mlp_activation_width = moe_intermediate_size*(num_experts_per_tok + num_shared_experts)","source":""},{"label":"full_attention_layers","mathml":"<math display=\"block\"><mrow><mi>full_attention_layers</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mrow><mo>\u230a</mo><mfrac><mi>L</mi><msub><mi>p</mi><mrow><mi>n</mi><mi>o</mi><mi>p</mi><mi>e</mi></mrow></msub></mfrac><mo>\u230b</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>w</mi><mrow><mi>c</mi><mi>h</mi></mrow></msub><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd><mi>L</mi></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"full_attention_layers = where(attention_chunk_size > 0, floor(num_layers/no_rope_layer_interval), num_layers)","source":""},{"label":"chunked_attention_layers","mathml":"<math display=\"block\"><mrow><mi>chunked_attention_layers</mi><mo>=</mo><mo>-</mo><mi>full_attention_layers</mi><mo>+</mo><mi>L</mi></mrow></math>","text":"chunked_attention_layers = num_layers - full_attention_layers","source":""},{"label":"kv_elements_per_token_full","mathml":"<math display=\"block\"><mrow><mi>kv_elements_per_token_full</mi><mo>=</mo><mn>2</mn><mi>full_attention_layers</mi><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi></mrow></math>","text":"kv_elements_per_token_full = 2*full_attention_layers*head_dim*num_kv_heads","source":""},{"label":"kv_elements_per_token_chunked","mathml":"<math display=\"block\"><mrow><mi>kv_elements_per_token_chunked</mi><mo>=</mo><mn>2</mn><mi>chunked_attention_layers</mi><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi></mrow></math>","text":"kv_elements_per_token_chunked = 2*chunked_attention_layers*head_dim*num_kv_heads","source":""},{"label":"gated_mlp","mathml":"<math display=\"block\"><mrow><mi>gated_mlp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"gated_mlp = 1","source":""},{"label":"rms_norm","mathml":"<math display=\"block\"><mrow><mi>rms_norm</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"rms_norm = 1","source":""},{"label":"default num_kv_heads","mathml":"<math display=\"block\"><mrow><mi>defaultnum_kv_heads</mi><mo>=</mo><mi>H</mi></mrow></math>","text":"default num_kv_heads = num_heads","source":""},{"label":"default head_dim","mathml":"<math display=\"block\"><mrow><mi>defaulthead_dim</mi><mo>=</mo><mfrac><mi>d</mi><mi>H</mi></mfrac></mrow></math>","text":"default head_dim = hidden_size/num_heads","source":""},{"label":"default max_position_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaultmax_position_embeddings</mi><mo>=</mo><mn>131072</mn></mrow></math>","text":"default max_position_embeddings = 131072","source":""},{"label":"default tie_word_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaulttie_word_embeddings</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default tie_word_embeddings = 0","source":""},{"label":"default attention_bias","mathml":"<math display=\"block\"><mrow><mi>defaultattention_bias</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default attention_bias = 0","source":""},{"label":"default moe_intermediate_size","mathml":"<math display=\"block\"><mrow><mi>defaultmoe_intermediate_size</mi><mo>=</mo><mi>I</mi></mrow></math>","text":"default moe_intermediate_size = intermediate_size","source":""},{"label":"default num_shared_experts","mathml":"<math display=\"block\"><mrow><mi>defaultnum_shared_experts</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default num_shared_experts = 1","source":""},{"label":"default interleave_moe_layer_step","mathml":"<math display=\"block\"><mrow><mi>defaultinterleave_moe_layer_step</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default interleave_moe_layer_step = 1","source":""},{"label":"default no_rope_layer_interval","mathml":"<math display=\"block\"><mrow><mi>defaultno_rope_layer_interval</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"default no_rope_layer_interval = 4","source":""},{"label":"default attention_chunk_size","mathml":"<math display=\"block\"><mrow><mi>defaultattention_chunk_size</mi><mo>=</mo><mn>8192</mn></mrow></math>","text":"default attention_chunk_size = 8192","source":""}],"program_meta":[{"i":["vocab_size","hidden_size","intermediate_size","num_layers","num_heads","num_kv_heads","head_dim","max_position_embeddings","tie_word_embeddings","attention_bias","intermediate_size_mlp","num_experts","num_experts_per_tok","moe_intermediate_size","num_shared_experts","interleave_moe_layer_step","no_rope_layer_interval","attention_chunk_size"],"o":["@q:embed_tokens","@q:layers/input_layernorm","@q:layers/self_attn/q_proj","@q:layers/self_attn/k_proj","@q:layers/self_attn/v_proj","@q:layers/self_attn/o_proj","@q:layers/self_attn","@q:layers/post_attention_layernorm","@r:layers","@q:layers","@q:norm","@q:lm_head","@q:moe/router","@q:moe/experts/gate_up_proj","@q:moe/experts/down_proj","@q:moe/experts","@q:moe/shared_expert/gate_proj","@q:moe/shared_expert/up_proj","@q:moe/shared_expert/down_proj","@q:moe/shared_expert","@r:moe","@q:moe","@q:dense_mlp/gate_proj","@q:dense_mlp/up_proj","@q:dense_mlp/down_proj","@r:dense_mlp","@q:dense_mlp","@q:","@d:non_embedding_params","@d:embedding_params","@d:lm_head_params","@d:kv_elements_per_token","@d:moe_layers","@d:active_params","@d:expert_params","@d:mlp_activation_width","@d:full_attention_layers","@d:chunked_attention_layers","@d:kv_elements_per_token_full","@d:kv_elements_per_token_chunked","@b:gated_mlp","@b:rms_norm"],"c":null},{"i":["num_heads"],"o":["num_kv_heads"],"c":null},{"i":["hidden_size","num_heads"],"o":["head_dim"],"c":null},{"i":[],"o":["max_position_embeddings"],"c":"131072"},{"i":[],"o":["tie_word_embeddings"],"c":"0"},{"i":[],"o":["attention_bias"],"c":"0"},{"i":["intermediate_size"],"o":["moe_intermediate_size"],"c":null},{"i":[],"o":["num_shared_experts"],"c":"1"},{"i":[],"o":["interleave_moe_layer_step"],"c":"1"},{"i":[],"o":["no_rope_layer_interval"],"c":"4"},{"i":[],"o":["attention_chunk_size"],"c":"8192"},{"i":["head_dim","hidden_size","interleave_moe_layer_step","intermediate_size","intermediate_size_mlp","moe_intermediate_size","num_experts","num_heads","num_kv_heads","num_layers","vocab_size"],"o":["q_proj/in","q_proj/out","q_proj/count","k_proj/in","k_proj/out","k_proj/count","v_proj/in","v_proj/out","v_proj/count","o_proj/in","o_proj/out","o_proj/count","lm_head/in","lm_head/out","lm_head/count","router/in","router/out","router/count","experts.gate_up_proj/in","experts.gate_up_proj/out","experts.gate_up_proj/count","experts.down_proj/in","experts.down_proj/out","experts.down_proj/count","shared_expert.gate_proj/in","shared_expert.gate_proj/out","shared_expert.gate_proj/count","shared_expert.up_proj/in","shared_expert.up_proj/out","shared_expert.up_proj/count","shared_expert.down_proj/in","shared_expert.down_proj/out","shared_expert.down_proj/count","feed_forward.gate_proj/in","feed_forward.gate_proj/out","feed_forward.gate_proj/count","feed_forward.up_proj/in","feed_forward.up_proj/out","feed_forward.up_proj/count","feed_forward.down_proj/in","feed_forward.down_proj/out","feed_forward.down_proj/count"],"c":null}]},
function ({_Z, _Q, _add, _mul, _pow, _powq, _inv, _mod, _lt, _le, _gt, _ge, _eq, _ne, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17) {
  let v18 = _mul(v1, v0);
  let v19 = v1;
  let v20 = _add(_mul(v9, v6, v4), _mul(v6, v1, v4));
  let v21 = _add(_mul(v9, v6, v5), _mul(v6, v1, v5));
  let v22 = _add(_mul(v9, v6, v5), _mul(v6, v1, v5));
  let v23 = _add(_mul(v9, v1), _mul(v6, v1, v4));
  let v24 = _add(v21, v23, v20, v22);
  let v25 = v1;
  let v26 = v3;
  let v27 = _mul(v26, _add(v19, v25, v24));
  let v28 = v1;
  let v29 = _mul(v1, v0, _add(_Z(1n), _mul(_Z(-1n), v8)));
  let v30 = _mul(v1, v11);
  let v31 = _mul(_Z(2n), v1, v13, v11);
  let v32 = _mul(v1, v13, v11);
  let v33 = _add(v32, v31);
  let v34 = _mul(v1, v2);
  let v35 = _mul(v1, v2);
  let v36 = _mul(v1, v2);
  let v37 = _add(v36, v34, v35);
  let v38 = _floor(_mul(v3, _inv(_pow(v15, 1))));
  let v39 = _mul(v38, _add(v33, v30, v37));
  let v40 = _mul(v1, v10);
  let v41 = _mul(v1, v10);
  let v42 = _mul(v1, v10);
  let v43 = _add(v3, _mul(_Z(-1n), _floor(_mul(v3, _inv(_pow(v15, 1))))));
  let v44 = _mul(v43, _add(v42, v40, v41));
  let v45 = _add(v44, v18, v27, v29, v39, v28);
  let v46 = _add(v45, _mul(_Z(-1n), v18), _mul(_Z(-1n), v29));
  let v47 = v18;
  let v48 = v29;
  let v49 = _mul(_Z(2n), v6, v5, v3);
  let v50 = _floor(_mul(v3, _inv(_pow(v15, 1))));
  let v51 = _add(v45, _mul(_Z(-1n), v50, v33, _inv(_pow(v11, 1)), _add(v11, _mul(_Z(-1n), v12))));
  let v52 = _mul(v50, v33);
  let v53 = _mul(v13, _add(v12, v14));
  let v54 = (_gt(v17, _Z(0n)) ? _floor(_mul(v3, _inv(_pow(v16, 1)))) : v3);
  let v55 = _add(v3, _mul(_Z(-1n), v54));
  let v56 = _mul(_Z(2n), v54, v6, v5);
  let v57 = _mul(_Z(2n), v55, v6, v5);
  let v58 = _Z(1n);
  let v59 = _Z(1n);
  return [v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59];
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
null,
null,
null,
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10) {
  let v11 = v1;
  let v12 = _mul(v0, v7);
  let v13 = v9;
  let v14 = v1;
  let v15 = _mul(v0, v8);
  let v16 = v9;
  let v17 = v1;
  let v18 = _mul(v0, v8);
  let v19 = v9;
  let v20 = _mul(v0, v7);
  let v21 = v1;
  let v22 = v9;
  let v23 = v1;
  let v24 = v10;
  let v25 = _Z(1n);
  let v26 = v1;
  let v27 = v6;
  let v28 = _floor(_mul(v9, _inv(_pow(v2, 1))));
  let v29 = v1;
  let v30 = _mul(_Z(2n), v5);
  let v31 = _mul(v6, _floor(_mul(v9, _inv(_pow(v2, 1)))));
  let v32 = v5;
  let v33 = v1;
  let v34 = _mul(v6, _floor(_mul(v9, _inv(_pow(v2, 1)))));
  let v35 = v1;
  let v36 = v3;
  let v37 = _floor(_mul(v9, _inv(_pow(v2, 1))));
  let v38 = v1;
  let v39 = v3;
  let v40 = _floor(_mul(v9, _inv(_pow(v2, 1))));
  let v41 = v3;
  let v42 = v1;
  let v43 = _floor(_mul(v9, _inv(_pow(v2, 1))));
  let v44 = v1;
  let v45 = v4;
  let v46 = _add(v9, _mul(_Z(-1n), _floor(_mul(v9, _inv(_pow(v2, 1))))));
  let v47 = v1;
  let v48 = v4;
  let v49 = _add(v9, _mul(_Z(-1n), _floor(_mul(v9, _inv(_pow(v2, 1))))));
  let v50 = v4;
  let v51 = v1;
  let v52 = _add(v9, _mul(_Z(-1n), _floor(_mul(v9, _inv(_pow(v2, 1))))));
  return [v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52];
}
];
},
function ({_F, _inv, _mod, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17) {
  let v18 = (v1 * v0);
  let v19 = v1;
  let v20 = ((v9 * v6 * v4) + (v6 * v1 * v4));
  let v21 = ((v9 * v6 * v5) + (v6 * v1 * v5));
  let v22 = ((v9 * v6 * v5) + (v6 * v1 * v5));
  let v23 = ((v9 * v1) + (v6 * v1 * v4));
  let v24 = (v21 + v23 + v20 + v22);
  let v25 = v1;
  let v26 = v3;
  let v27 = (v26 * (v19 + v25 + v24));
  let v28 = v1;
  let v29 = (v1 * v0 * ((1.0) + ((-1.0) * v8)));
  let v30 = (v1 * v11);
  let v31 = ((2.0) * v1 * v13 * v11);
  let v32 = (v1 * v13 * v11);
  let v33 = (v32 + v31);
  let v34 = (v1 * v2);
  let v35 = (v1 * v2);
  let v36 = (v1 * v2);
  let v37 = (v36 + v34 + v35);
  let v38 = _floor((v3 * _inv(v15 ** 1)));
  let v39 = (v38 * (v33 + v30 + v37));
  let v40 = (v1 * v10);
  let v41 = (v1 * v10);
  let v42 = (v1 * v10);
  let v43 = (v3 + ((-1.0) * _floor((v3 * _inv(v15 ** 1)))));
  let v44 = (v43 * (v42 + v40 + v41));
  let v45 = (v44 + v18 + v27 + v29 + v39 + v28);
  let v46 = (v45 + ((-1.0) * v18) + ((-1.0) * v29));
  let v47 = v18;
  let v48 = v29;
  let v49 = ((2.0) * v6 * v5 * v3);
  let v50 = _floor((v3 * _inv(v15 ** 1)));
  let v51 = (v45 + ((-1.0) * v50 * v33 * _inv(v11 ** 1) * (v11 + ((-1.0) * v12))));
  let v52 = (v50 * v33);
  let v53 = (v13 * (v12 + v14));
  let v54 = ((v17 > (0.0)) ? _floor((v3 * _inv(v16 ** 1))) : v3);
  let v55 = (v3 + ((-1.0) * v54));
  let v56 = ((2.0) * v54 * v6 * v5);
  let v57 = ((2.0) * v55 * v6 * v5);
  let v58 = (1.0);
  let v59 = (1.0);
  return [v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59];
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
null,
null,
null,
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10) {
  let v11 = v1;
  let v12 = (v0 * v7);
  let v13 = v9;
  let v14 = v1;
  let v15 = (v0 * v8);
  let v16 = v9;
  let v17 = v1;
  let v18 = (v0 * v8);
  let v19 = v9;
  let v20 = (v0 * v7);
  let v21 = v1;
  let v22 = v9;
  let v23 = v1;
  let v24 = v10;
  let v25 = (1.0);
  let v26 = v1;
  let v27 = v6;
  let v28 = _floor((v9 * _inv(v2 ** 1)));
  let v29 = v1;
  let v30 = ((2.0) * v5);
  let v31 = (v6 * _floor((v9 * _inv(v2 ** 1))));
  let v32 = v5;
  let v33 = v1;
  let v34 = (v6 * _floor((v9 * _inv(v2 ** 1))));
  let v35 = v1;
  let v36 = v3;
  let v37 = _floor((v9 * _inv(v2 ** 1)));
  let v38 = v1;
  let v39 = v3;
  let v40 = _floor((v9 * _inv(v2 ** 1)));
  let v41 = v3;
  let v42 = v1;
  let v43 = _floor((v9 * _inv(v2 ** 1)));
  let v44 = v1;
  let v45 = v4;
  let v46 = (v9 + ((-1.0) * _floor((v9 * _inv(v2 ** 1)))));
  let v47 = v1;
  let v48 = v4;
  let v49 = (v9 + ((-1.0) * _floor((v9 * _inv(v2 ** 1)))));
  let v50 = v4;
  let v51 = v1;
  let v52 = (v9 + ((-1.0) * _floor((v9 * _inv(v2 ** 1)))));
  return [v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52];
}
];
});
