ENGINE.define({"name":"deepseek","kind":"architecture","path":"specs/base/deepseek.yaml","description":"Base for DeepSeek-V2/V3: MLA attention with LoRA-compressed queries and a cached key/value latent, first_k_dense_replace dense layers, then mixture-of-experts layers with shared experts; untied head.","abstract":true,"symbols":[{"name":"vocab_size","domain":"positive_integer","latex":"V","description":"Vocabulary size (config.vocab_size)","flag":false,"provider":"","default":null,"key":"specs/base/deepseek.yaml:13:3"},{"name":"hidden_size","domain":"positive_integer","latex":"d","description":"Model width (config.hidden_size)","flag":false,"provider":"","default":null,"key":"specs/base/deepseek.yaml:16:3"},{"name":"intermediate_size","domain":"positive_integer","latex":"I","description":"Inner width of the dense MLP of the first layers (config.intermediate_size)","flag":false,"provider":"","default":null,"key":"specs/base/deepseek.yaml:19:3"},{"name":"moe_intermediate_size","domain":"positive_integer","latex":"I_e","description":"Inner width of one routed expert (config.moe_intermediate_size)","flag":false,"provider":"","default":null,"key":"specs/base/deepseek.yaml:22:3"},{"name":"num_layers","domain":"positive_integer","latex":"L","description":"Decoder layers (config.num_hidden_layers)","flag":false,"provider":"","default":null,"key":"specs/base/deepseek.yaml:25:3"},{"name":"first_k_dense_replace","domain":"nonnegative_integer","latex":"L_d","description":"Leading layers with a dense MLP instead of experts (config.first_k_dense_replace)","flag":false,"provider":"","default":{"text":"0","at":"specs/base/deepseek.yaml:32:14","key":"specs/base/deepseek.yaml:32:5"},"key":"specs/base/deepseek.yaml:28:3"},{"name":"num_heads","domain":"positive_integer","latex":"H","description":"Attention heads (config.num_attention_heads)","flag":false,"provider":"","default":null,"key":"specs/base/deepseek.yaml:33:3"},{"name":"q_lora_rank","domain":"nonnegative_integer","latex":"r_q","description":"Rank of the query compression (config.q_lora_rank; 0 when null, a plain q_proj)","flag":false,"provider":"","default":null,"key":"specs/base/deepseek.yaml:36:3"},{"name":"kv_lora_rank","domain":"positive_integer","latex":"r_{kv}","description":"Rank of the key/value latent, the part that is cached (config.kv_lora_rank)","flag":false,"provider":"","default":null,"key":"specs/base/deepseek.yaml:40:3"},{"name":"qk_nope_head_dim","domain":"positive_integer","latex":"d_{nope}","description":"Per-head query/key width without rotary positions (config.qk_nope_head_dim)","flag":false,"provider":"","default":null,"key":"specs/base/deepseek.yaml:43:3"},{"name":"qk_rope_head_dim","domain":"positive_integer","latex":"d_{rope}","description":"Per-head query/key width with rotary positions; the key part is shared (config.qk_rope_head_dim)","flag":false,"provider":"","default":null,"key":"specs/base/deepseek.yaml:46:3"},{"name":"v_head_dim","domain":"positive_integer","latex":"d_v","description":"Per-head value width (config.v_head_dim)","flag":false,"provider":"","default":null,"key":"specs/base/deepseek.yaml:49:3"},{"name":"head_dim","domain":"positive_integer","latex":"d_h","description":"Query/key width of one head, qk_nope_head_dim + qk_rope_head_dim (the configs' own head_dim is the rotary part only)","flag":false,"provider":"","default":{"text":"qk_nope_head_dim + qk_rope_head_dim","at":"specs/base/deepseek.yaml:57:14","key":"specs/base/deepseek.yaml:57:5"},"key":"specs/base/deepseek.yaml:52:3"},{"name":"num_experts","domain":"positive_integer","latex":"E","description":"Routed experts per MoE layer (config.n_routed_experts)","flag":false,"provider":"","default":null,"key":"specs/base/deepseek.yaml:59:3"},{"name":"num_shared_experts","domain":"positive_integer","latex":"E_s","description":"Shared experts per MoE layer, fused into one MLP (config.n_shared_experts)","flag":false,"provider":"","default":null,"key":"specs/base/deepseek.yaml:62:3"},{"name":"num_experts_per_tok","domain":"positive_integer","latex":"k","description":"Routed experts each token uses (config.num_experts_per_tok)","flag":false,"provider":"","default":null,"key":"specs/base/deepseek.yaml:65:3"},{"name":"attention_bias","domain":"flag","latex":"b_{attn}","description":"1 if q_a_proj, kv_a_proj_with_mqa and o_proj have biases (config.attention_bias)","flag":false,"provider":"","default":{"text":"0","at":"specs/base/deepseek.yaml:72:14","key":"specs/base/deepseek.yaml:72:5"},"key":"specs/base/deepseek.yaml:68:3"},{"name":"mlp_bias","domain":"flag","latex":"b_{mlp}","description":"1 if the dense and shared-expert MLPs have biases (config.mlp_bias)","flag":false,"provider":"","default":{"text":"0","at":"specs/base/deepseek.yaml:77:14","key":"specs/base/deepseek.yaml:77:5"},"key":"specs/base/deepseek.yaml:73:3"},{"name":"max_position_embeddings","domain":"positive_integer","latex":"n_{ctx}","description":"Context length the model was trained for (rotary, so no parameters)","flag":false,"provider":"","default":{"text":"2048","at":"specs/base/deepseek.yaml:81:14","key":"specs/base/deepseek.yaml:81:5"},"key":"specs/base/deepseek.yaml:78:3"},{"name":"tie_word_embeddings","domain":"flag","latex":"\\tau","description":"1 if lm_head shares the token embedding matrix","flag":false,"provider":"","default":{"text":"0","at":"specs/base/deepseek.yaml:86:14","key":"specs/base/deepseek.yaml:86:5"},"key":"specs/base/deepseek.yaml:82:3"},{"name":"mla","domain":"flag","latex":"m","description":"1; multi-head latent attention caches one compressed latent per token (read by the KV-cache rules)","flag":false,"provider":"","default":{"text":"1","at":"specs/base/deepseek.yaml:91:14","key":"specs/base/deepseek.yaml:91:5"},"key":"specs/base/deepseek.yaml:87:3"}],"presets":[],"default_preset":null,"default_rules":null,"total":{"name":"params","key":"","slot":"@q:"},"parts":[["embed_tokens","embed_tokens","@q:embed_tokens",[],false],["layers","layers","@q:layers",[],true],["layers/input_layernorm","input_layernorm","@q:layers/input_layernorm",["@r:layers"],false],["layers/self_attn","self_attn","@q:layers/self_attn",["@r:layers"],true],["layers/self_attn/q_proj","q_proj","@q:layers/self_attn/q_proj",["@r:layers"],false],["layers/self_attn/q_a_proj","q_a_proj","@q:layers/self_attn/q_a_proj",["@r:layers"],false],["layers/self_attn/q_a_layernorm","q_a_layernorm","@q:layers/self_attn/q_a_layernorm",["@r:layers"],false],["layers/self_attn/q_b_proj","q_b_proj","@q:layers/self_attn/q_b_proj",["@r:layers"],false],["layers/self_attn/kv_a_proj_with_mqa","kv_a_proj_with_mqa","@q:layers/self_attn/kv_a_proj_with_mqa",["@r:layers"],false],["layers/self_attn/kv_a_layernorm","kv_a_layernorm","@q:layers/self_attn/kv_a_layernorm",["@r:layers"],false],["layers/self_attn/kv_b_proj","kv_b_proj","@q:layers/self_attn/kv_b_proj",["@r:layers"],false],["layers/self_attn/o_proj","o_proj","@q:layers/self_attn/o_proj",["@r:layers"],false],["layers/post_attention_layernorm","post_attention_layernorm","@q:layers/post_attention_layernorm",["@r:layers"],false],["dense_mlp","dense_mlp","@q:dense_mlp",[],true],["dense_mlp/gate_proj","gate_proj","@q:dense_mlp/gate_proj",["@r:dense_mlp"],false],["dense_mlp/up_proj","up_proj","@q:dense_mlp/up_proj",["@r:dense_mlp"],false],["dense_mlp/down_proj","down_proj","@q:dense_mlp/down_proj",["@r:dense_mlp"],false],["moe","moe","@q:moe",[],true],["moe/gate","gate","@q:moe/gate",["@r:moe"],false],["moe/experts","experts","@q:moe/experts",["@r:moe"],true],["moe/experts/gate_up_proj","gate_up_proj","@q:moe/experts/gate_up_proj",["@r:moe"],false],["moe/experts/down_proj","down_proj","@q:moe/experts/down_proj",["@r:moe"],false],["moe/shared_experts","shared_experts","@q:moe/shared_experts",["@r:moe"],true],["moe/shared_experts/gate_proj","gate_proj","@q:moe/shared_experts/gate_proj",["@r:moe"],false],["moe/shared_experts/up_proj","up_proj","@q:moe/shared_experts/up_proj",["@r:moe"],false],["moe/shared_experts/down_proj","down_proj","@q:moe/shared_experts/down_proj",["@r:moe"],false],["norm","norm","@q:norm",[],false],["lm_head","lm_head","@q:lm_head",[],false]],"derived":{"active_params":"@d:active_params","non_embedding_params":"@d:non_embedding_params","embedding_params":"@d:embedding_params","lm_head_params":"@d:lm_head_params","expert_params":"@d:expert_params","mlp_activation_width":"@d:mlp_activation_width","kv_elements_per_token":"@d:kv_elements_per_token"},"phases":{},"block":{"gated_mlp":"@b:gated_mlp","rms_norm":"@b:rms_norm"},"where":{"":"specs/base/deepseek.yaml:93:1","embed_tokens":"specs/base/deepseek.yaml:95:11","layers":"specs/base/deepseek.yaml:98:13","layers/input_layernorm":"specs/base/deepseek.yaml:102:15","layers/self_attn":"specs/base/deepseek.yaml:104:7","layers/self_attn/q_proj":"specs/base/deepseek.yaml:107:19","layers/self_attn/q_a_proj":"specs/base/deepseek.yaml:108:21","layers/self_attn/q_a_layernorm":"specs/base/deepseek.yaml:109:26","layers/self_attn/q_b_proj":"specs/base/deepseek.yaml:110:21","layers/self_attn/kv_a_proj_with_mqa":"specs/base/deepseek.yaml:111:31","layers/self_attn/kv_a_layernorm":"specs/base/deepseek.yaml:112:27","layers/self_attn/kv_b_proj":"specs/base/deepseek.yaml:113:22","layers/self_attn/o_proj":"specs/base/deepseek.yaml:114:19","layers/post_attention_layernorm":"specs/base/deepseek.yaml:116:15","dense_mlp":"specs/base/deepseek.yaml:119:13","dense_mlp/gate_proj":"specs/base/deepseek.yaml:123:18","dense_mlp/up_proj":"specs/base/deepseek.yaml:124:16","dense_mlp/down_proj":"specs/base/deepseek.yaml:125:18","moe":"specs/base/deepseek.yaml:127:13","moe/gate":"specs/base/deepseek.yaml:132:15","moe/experts":"specs/base/deepseek.yaml:134:7","moe/experts/gate_up_proj":"specs/base/deepseek.yaml:137:25","moe/experts/down_proj":"specs/base/deepseek.yaml:138:22","moe/shared_experts":"specs/base/deepseek.yaml:139:7","moe/shared_experts/gate_proj":"specs/base/deepseek.yaml:142:22","moe/shared_experts/up_proj":"specs/base/deepseek.yaml:143:20","moe/shared_experts/down_proj":"specs/base/deepseek.yaml:144:22","norm":"specs/base/deepseek.yaml:146:11","lm_head":"specs/base/deepseek.yaml:149:11","active_params":"specs/base/deepseek.yaml:167:11","non_embedding_params":"specs/base/deepseek.yaml:171:11","embedding_params":"specs/base/deepseek.yaml:174:11","lm_head_params":"specs/base/deepseek.yaml:177:11","expert_params":"specs/base/deepseek.yaml:180:11","mlp_activation_width":"specs/base/deepseek.yaml:183:11","kv_elements_per_token":"specs/base/deepseek.yaml:186:11","gated_mlp":"specs/base/deepseek.yaml:159:11","rms_norm":"specs/base/deepseek.yaml:162:11"},"options":[],"linears":[{"name":"q_proj","output":false},{"name":"q_a_proj","output":false},{"name":"q_b_proj","output":false},{"name":"kv_a_proj_with_mqa","output":false},{"name":"kv_b_proj","output":false},{"name":"o_proj","output":false},{"name":"mlp.gate_proj","output":false},{"name":"mlp.up_proj","output":false},{"name":"mlp.down_proj","output":false},{"name":"shared_experts.gate_proj","output":false},{"name":"shared_experts.up_proj","output":false},{"name":"shared_experts.down_proj","output":false},{"name":"experts.gate_up_proj","output":false},{"name":"experts.down_proj","output":false},{"name":"lm_head","output":true}],"lora_targets":["q_a_proj","q_b_proj","kv_a_proj_with_mqa","kv_b_proj"],"hf":{"model_types":[],"keys":[{"key":"vocab_size","symbol":"vocab_size","if_null":null,"values":{}},{"key":"hidden_size","symbol":"hidden_size","if_null":null,"values":{}},{"key":"intermediate_size","symbol":"intermediate_size","if_null":null,"values":{}},{"key":"moe_intermediate_size","symbol":"moe_intermediate_size","if_null":null,"values":{}},{"key":"num_hidden_layers","symbol":"num_layers","if_null":null,"values":{}},{"key":"first_k_dense_replace","symbol":"first_k_dense_replace","if_null":null,"values":{}},{"key":"num_attention_heads","symbol":"num_heads","if_null":null,"values":{}},{"key":"q_lora_rank","symbol":"q_lora_rank","if_null":{"text":"0","at":"specs/base/deepseek.yaml:217:49","key":"specs/base/deepseek.yaml:217:40","value":"0"},"values":{}},{"key":"kv_lora_rank","symbol":"kv_lora_rank","if_null":null,"values":{}},{"key":"qk_nope_head_dim","symbol":"qk_nope_head_dim","if_null":null,"values":{}},{"key":"qk_rope_head_dim","symbol":"qk_rope_head_dim","if_null":null,"values":{}},{"key":"v_head_dim","symbol":"v_head_dim","if_null":null,"values":{}},{"key":"n_routed_experts","symbol":"num_experts","if_null":null,"values":{}},{"key":"n_shared_experts","symbol":"num_shared_experts","if_null":null,"values":{}},{"key":"num_experts_per_tok","symbol":"num_experts_per_tok","if_null":null,"values":{}},{"key":"attention_bias","symbol":"attention_bias","if_null":null,"values":{}},{"key":"mlp_bias","symbol":"mlp_bias","if_null":null,"values":{}},{"key":"max_position_embeddings","symbol":"max_position_embeddings","if_null":null,"values":{}},{"key":"tie_word_embeddings","symbol":"tie_word_embeddings","if_null":null,"values":{}}],"defaults":{"q_lora_rank":{"raw":{"number":"1536"},"span":{"value":"specs/base/deepseek.yaml:230:18","key":"specs/base/deepseek.yaml:230:5","at":"specs/base/deepseek.yaml:230:18"}},"kv_lora_rank":{"raw":{"number":"512"},"span":{"value":"specs/base/deepseek.yaml:231:19","key":"specs/base/deepseek.yaml:231:5","at":"specs/base/deepseek.yaml:231:19"}},"qk_nope_head_dim":{"raw":{"number":"128"},"span":{"value":"specs/base/deepseek.yaml:232:23","key":"specs/base/deepseek.yaml:232:5","at":"specs/base/deepseek.yaml:232:23"}},"qk_rope_head_dim":{"raw":{"number":"64"},"span":{"value":"specs/base/deepseek.yaml:233:23","key":"specs/base/deepseek.yaml:233:5","at":"specs/base/deepseek.yaml:233:23"}},"v_head_dim":{"raw":{"number":"128"},"span":{"value":"specs/base/deepseek.yaml:234:17","key":"specs/base/deepseek.yaml:234:5","at":"specs/base/deepseek.yaml:234:17"}}},"architectures":{},"key":"specs/base/deepseek.yaml:208:1"},"programs":{"main":0,"defaults":{"first_k_dense_replace":1,"head_dim":2,"attention_bias":3,"mlp_bias":4,"max_position_embeddings":5,"tie_word_embeddings":6,"mla":7},"choices":{},"weights":{},"linears":8,"conditions":{}},"formulas":[{"label":"params","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mi>dense_mlp</mi><mo>+</mo><mi>embed_tokens</mi><mo>+</mo><mi>layers</mi><mo>+</mo><mi>lm_head</mi><mo>+</mo><mi>moe</mi><mo>+</mo><mi>norm</mi></mrow></math>","text":"params = dense_mlp + embed_tokens + layers + lm_head + moe + norm","source":""},{"label":"params (in symbols)","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><msub><mi>L</mi><mi>d</mi></msub><mrow><mo>(</mo><mn>3</mn><mi>d</mi><mi>I</mi><mo>+</mo><mi>d</mi><msub><mi>b</mi><mrow><mi>m</mi><mi>l</mi><mi>p</mi></mrow></msub><mo>+</mo><mn>2</mn><mi>I</mi><msub><mi>b</mi><mrow><mi>m</mi><mi>l</mi><mi>p</mi></mrow></msub><mo>)</mo></mrow><mo>+</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow><mo>+</mo><mi>d</mi><mi>V</mi><mo>+</mo><mi>d</mi><mo>+</mo><mi>L</mi><mrow><mo>(</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><mi>d</mi><mo>+</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>r</mi><mi>q</mi></msub><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>H</mi><msub><mi>r</mi><mi>q</mi></msub><mo>+</mo><mi>d</mi><mi>H</mi><msub><mi>d</mi><mi>v</mi></msub><mo>+</mo><mi>d</mi><msub><mi>r</mi><mi>q</mi></msub><mo>+</mo><mn>2</mn><mi>d</mi><mo>+</mo><msub><mi>r</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><mi>H</mi><mrow><mo>(</mo><msub><mi>d</mi><mrow><mi>n</mi><mi>o</mi><mi>p</mi><mi>e</mi></mrow></msub><mo>+</mo><msub><mi>d</mi><mi>v</mi></msub><mo>)</mo></mrow><mo>+</mo><msub><mi>r</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><mo>+</mo><msub><mi>r</mi><mi>q</mi></msub><mo>+</mo><mrow><mo>(</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><mo>+</mo><mi>d</mi><mo>)</mo></mrow><mrow><mo>(</mo><msub><mi>r</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><mo>+</mo><msub><mi>d</mi><mrow><mi>r</mi><mi>o</mi><mi>p</mi><mi>e</mi></mrow></msub><mo>)</mo></mrow><mo>+</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>r</mi><mi>q</mi></msub><mo>=</mo><mn>0</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow><mo>+</mo><mrow><mo>(</mo><mo>-</mo><msub><mi>L</mi><mi>d</mi></msub><mo>+</mo><mi>L</mi><mo>)</mo></mrow><mrow><mo>(</mo><mi>d</mi><msub><mi>b</mi><mrow><mi>m</mi><mi>l</mi><mi>p</mi></mrow></msub><mo>+</mo><mn>3</mn><mi>d</mi><msub><mi>I</mi><mi>e</mi></msub><mi>E</mi><mo>+</mo><mi>d</mi><msub><mi>I</mi><mi>e</mi></msub><msub><mi>E</mi><mi>s</mi></msub><mo>+</mo><mi>d</mi><mi>E</mi><mo>+</mo><mn>2</mn><msub><mi>I</mi><mi>e</mi></msub><msub><mi>E</mi><mi>s</mi></msub><mrow><mo>(</mo><mi>d</mi><mo>+</mo><msub><mi>b</mi><mrow><mi>m</mi><mi>l</mi><mi>p</mi></mrow></msub><mo>)</mo></mrow><mo>)</mo></mrow></mrow></math>","text":"params (in symbols) = hidden_size + first_k_dense_replace*(mlp_bias*hidden_size + 2*mlp_bias*intermediate_size + 3*hidden_size*intermediate_size) + hidden_size*vocab_size + num_layers*(q_lora_rank + kv_lora_rank + 2*hidden_size + attention_bias*q_lora_rank + attention_bias*hidden_size + q_lora_rank*hidden_size + (attention_bias + hidden_size)*(kv_lora_rank + qk_rope_head_dim) + q_lora_rank*head_dim*num_heads + hidden_size*num_heads*v_head_dim + kv_lora_rank*num_heads*(qk_nope_head_dim + v_head_dim) + where(q_lora_rank == 0, head_dim*hidden_size*num_heads, 0)) + (num_layers - first_k_dense_replace)*(mlp_bias*hidden_size + hidden_size*num_experts + hidden_size*moe_intermediate_size*num_shared_experts + 2*moe_intermediate_size*num_shared_experts*(mlp_bias + hidden_size) + 3*hidden_size*moe_intermediate_size*num_experts) + hidden_size*vocab_size*(1 - tie_word_embeddings)","source":""},{"label":"embed_tokens","mathml":"<math display=\"block\"><mrow><mi>embed_tokens</mi><mo>=</mo><mi>d</mi><mi>V</mi></mrow></math>","text":"embed_tokens = hidden_size*vocab_size","source":"Model.embed_tokens = nn.Embedding(vocab_size, hidden_size)"},{"label":"layers","mathml":"<math display=\"block\"><mrow><mi>layers</mi><mo>=</mo><mi>L</mi><mrow><mo>(</mo><mi>input_layernorm</mi><mo>+</mo><mi>post_attention_layernorm</mi><mo>+</mo><mi>self_attn</mi><mo>)</mo></mrow></mrow></math>","text":"layers = num_layers*(input_layernorm + post_attention_layernorm + self_attn)","source":""},{"label":"layers/input_layernorm","mathml":"<math display=\"block\"><mrow><mi>input_layernorm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"layers/input_layernorm = hidden_size","source":"DecoderLayer.input_layernorm = RMSNorm(hidden_size)"},{"label":"layers/self_attn","mathml":"<math display=\"block\"><mrow><mi>self_attn</mi><mo>=</mo><mi>kv_a_layernorm</mi><mo>+</mo><mi>kv_a_proj_with_mqa</mi><mo>+</mo><mi>kv_b_proj</mi><mo>+</mo><mi>o_proj</mi><mo>+</mo><mi>q_a_layernorm</mi><mo>+</mo><mi>q_a_proj</mi><mo>+</mo><mi>q_b_proj</mi><mo>+</mo><mi>q_proj</mi></mrow></math>","text":"layers/self_attn = kv_a_layernorm + kv_a_proj_with_mqa + kv_b_proj + o_proj + q_a_layernorm + q_a_proj + q_b_proj + q_proj","source":"Attention (MLA); q_proj when q_lora_rank is null, else q_a_proj, q_a_layernorm, q_b_proj"},{"label":"layers/self_attn/q_proj","mathml":"<math display=\"block\"><mrow><mi>q_proj</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>r</mi><mi>q</mi></msub><mo>=</mo><mn>0</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"layers/self_attn/q_proj = where(q_lora_rank == 0, head_dim*hidden_size*num_heads, 0)","source":""},{"label":"layers/self_attn/q_a_proj","mathml":"<math display=\"block\"><mrow><mi>q_a_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>r</mi><mi>q</mi></msub><mo>+</mo><mi>d</mi><msub><mi>r</mi><mi>q</mi></msub></mrow></math>","text":"layers/self_attn/q_a_proj = attention_bias*q_lora_rank + q_lora_rank*hidden_size","source":""},{"label":"layers/self_attn/q_a_layernorm","mathml":"<math display=\"block\"><mrow><mi>q_a_layernorm</mi><mo>=</mo><msub><mi>r</mi><mi>q</mi></msub></mrow></math>","text":"layers/self_attn/q_a_layernorm = q_lora_rank","source":""},{"label":"layers/self_attn/q_b_proj","mathml":"<math display=\"block\"><mrow><mi>q_b_proj</mi><mo>=</mo><msub><mi>d</mi><mi>h</mi></msub><mi>H</mi><msub><mi>r</mi><mi>q</mi></msub></mrow></math>","text":"layers/self_attn/q_b_proj = q_lora_rank*head_dim*num_heads","source":""},{"label":"layers/self_attn/kv_a_proj_with_mqa","mathml":"<math display=\"block\"><mrow><mi>kv_a_proj_with_mqa</mi><mo>=</mo><mrow><mo>(</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><mo>+</mo><mi>d</mi><mo>)</mo></mrow><mrow><mo>(</mo><msub><mi>r</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><mo>+</mo><msub><mi>d</mi><mrow><mi>r</mi><mi>o</mi><mi>p</mi><mi>e</mi></mrow></msub><mo>)</mo></mrow></mrow></math>","text":"layers/self_attn/kv_a_proj_with_mqa = (attention_bias + hidden_size)*(kv_lora_rank + qk_rope_head_dim)","source":""},{"label":"layers/self_attn/kv_a_layernorm","mathml":"<math display=\"block\"><mrow><mi>kv_a_layernorm</mi><mo>=</mo><msub><mi>r</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub></mrow></math>","text":"layers/self_attn/kv_a_layernorm = kv_lora_rank","source":""},{"label":"layers/self_attn/kv_b_proj","mathml":"<math display=\"block\"><mrow><mi>kv_b_proj</mi><mo>=</mo><msub><mi>r</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><mi>H</mi><mrow><mo>(</mo><msub><mi>d</mi><mrow><mi>n</mi><mi>o</mi><mi>p</mi><mi>e</mi></mrow></msub><mo>+</mo><msub><mi>d</mi><mi>v</mi></msub><mo>)</mo></mrow></mrow></math>","text":"layers/self_attn/kv_b_proj = kv_lora_rank*num_heads*(qk_nope_head_dim + v_head_dim)","source":""},{"label":"layers/self_attn/o_proj","mathml":"<math display=\"block\"><mrow><mi>o_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><mi>d</mi><mo>+</mo><mi>d</mi><mi>H</mi><msub><mi>d</mi><mi>v</mi></msub></mrow></math>","text":"layers/self_attn/o_proj = attention_bias*hidden_size + hidden_size*num_heads*v_head_dim","source":""},{"label":"layers/post_attention_layernorm","mathml":"<math display=\"block\"><mrow><mi>post_attention_layernorm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"layers/post_attention_layernorm = hidden_size","source":"DecoderLayer.post_attention_layernorm = RMSNorm(hidden_size)"},{"label":"dense_mlp","mathml":"<math display=\"block\"><mrow><mi>dense_mlp</mi><mo>=</mo><msub><mi>L</mi><mi>d</mi></msub><mrow><mo>(</mo><mi>down_proj</mi><mo>+</mo><mi>gate_proj</mi><mo>+</mo><mi>up_proj</mi><mo>)</mo></mrow></mrow></math>","text":"dense_mlp = first_k_dense_replace*(down_proj + gate_proj + up_proj)","source":"DecoderLayer.mlp = MLP(config) (gate/up/down nn.Linear, bias=config.mlp_bias in V2)"},{"label":"dense_mlp/gate_proj","mathml":"<math display=\"block\"><mrow><mi>gate_proj</mi><mo>=</mo><mi>d</mi><mi>I</mi><mo>+</mo><mi>I</mi><msub><mi>b</mi><mrow><mi>m</mi><mi>l</mi><mi>p</mi></mrow></msub></mrow></math>","text":"dense_mlp/gate_proj = mlp_bias*intermediate_size + hidden_size*intermediate_size","source":""},{"label":"dense_mlp/up_proj","mathml":"<math display=\"block\"><mrow><mi>up_proj</mi><mo>=</mo><mi>d</mi><mi>I</mi><mo>+</mo><mi>I</mi><msub><mi>b</mi><mrow><mi>m</mi><mi>l</mi><mi>p</mi></mrow></msub></mrow></math>","text":"dense_mlp/up_proj = mlp_bias*intermediate_size + hidden_size*intermediate_size","source":""},{"label":"dense_mlp/down_proj","mathml":"<math display=\"block\"><mrow><mi>down_proj</mi><mo>=</mo><mi>d</mi><mi>I</mi><mo>+</mo><mi>d</mi><msub><mi>b</mi><mrow><mi>m</mi><mi>l</mi><mi>p</mi></mrow></msub></mrow></math>","text":"dense_mlp/down_proj = mlp_bias*hidden_size + hidden_size*intermediate_size","source":""},{"label":"moe","mathml":"<math display=\"block\"><mrow><mi>moe</mi><mo>=</mo><mrow><mo>(</mo><mo>-</mo><msub><mi>L</mi><mi>d</mi></msub><mo>+</mo><mi>L</mi><mo>)</mo></mrow><mrow><mo>(</mo><mi>experts</mi><mo>+</mo><mi>gate</mi><mo>+</mo><mi>shared_experts</mi><mo>)</mo></mrow></mrow></math>","text":"moe = (num_layers - first_k_dense_replace)*(experts + gate + shared_experts)","source":"DecoderLayer.mlp = MoE(config)"},{"label":"moe/gate","mathml":"<math display=\"block\"><mrow><mi>gate</mi><mo>=</mo><mi>d</mi><mi>E</mi></mrow></math>","text":"moe/gate = hidden_size*num_experts","source":"TopkRouter.weight = nn.Parameter(n_routed_experts, hidden_size)"},{"label":"moe/experts","mathml":"<math display=\"block\"><mrow><mi>experts</mi><mo>=</mo><mi>down_proj</mi><mo>+</mo><mi>gate_up_proj</mi></mrow></math>","text":"moe/experts = down_proj + gate_up_proj","source":"Experts, all routed experts of a layer as two 3-D parameters"},{"label":"moe/experts/gate_up_proj","mathml":"<math display=\"block\"><mrow><mi>gate_up_proj</mi><mo>=</mo><mn>2</mn><mi>d</mi><msub><mi>I</mi><mi>e</mi></msub><mi>E</mi></mrow></math>","text":"moe/experts/gate_up_proj = 2*hidden_size*moe_intermediate_size*num_experts","source":""},{"label":"moe/experts/down_proj","mathml":"<math display=\"block\"><mrow><mi>down_proj</mi><mo>=</mo><mi>d</mi><msub><mi>I</mi><mi>e</mi></msub><mi>E</mi></mrow></math>","text":"moe/experts/down_proj = hidden_size*moe_intermediate_size*num_experts","source":""},{"label":"moe/shared_experts","mathml":"<math display=\"block\"><mrow><mi>shared_experts</mi><mo>=</mo><mi>down_proj</mi><mo>+</mo><mi>gate_proj</mi><mo>+</mo><mi>up_proj</mi></mrow></math>","text":"moe/shared_experts = down_proj + gate_proj + up_proj","source":"MoE.shared_experts = MLP(intermediate_size=moe_intermediate_size * n_shared_experts)"},{"label":"moe/shared_experts/gate_proj","mathml":"<math display=\"block\"><mrow><mi>gate_proj</mi><mo>=</mo><msub><mi>I</mi><mi>e</mi></msub><msub><mi>E</mi><mi>s</mi></msub><mrow><mo>(</mo><mi>d</mi><mo>+</mo><msub><mi>b</mi><mrow><mi>m</mi><mi>l</mi><mi>p</mi></mrow></msub><mo>)</mo></mrow></mrow></math>","text":"moe/shared_experts/gate_proj = moe_intermediate_size*num_shared_experts*(mlp_bias + hidden_size)","source":""},{"label":"moe/shared_experts/up_proj","mathml":"<math display=\"block\"><mrow><mi>up_proj</mi><mo>=</mo><msub><mi>I</mi><mi>e</mi></msub><msub><mi>E</mi><mi>s</mi></msub><mrow><mo>(</mo><mi>d</mi><mo>+</mo><msub><mi>b</mi><mrow><mi>m</mi><mi>l</mi><mi>p</mi></mrow></msub><mo>)</mo></mrow></mrow></math>","text":"moe/shared_experts/up_proj = moe_intermediate_size*num_shared_experts*(mlp_bias + hidden_size)","source":""},{"label":"moe/shared_experts/down_proj","mathml":"<math display=\"block\"><mrow><mi>down_proj</mi><mo>=</mo><mi>d</mi><msub><mi>b</mi><mrow><mi>m</mi><mi>l</mi><mi>p</mi></mrow></msub><mo>+</mo><mi>d</mi><msub><mi>I</mi><mi>e</mi></msub><msub><mi>E</mi><mi>s</mi></msub></mrow></math>","text":"moe/shared_experts/down_proj = mlp_bias*hidden_size + hidden_size*moe_intermediate_size*num_shared_experts","source":""},{"label":"norm","mathml":"<math display=\"block\"><mrow><mi>norm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"norm = hidden_size","source":"Model.norm = RMSNorm(hidden_size)"},{"label":"lm_head","mathml":"<math display=\"block\"><mrow><mi>lm_head</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow></mrow></math>","text":"lm_head = hidden_size*vocab_size*(1 - tie_word_embeddings)","source":"ForCausalLM.lm_head = nn.Linear(hidden_size, vocab_size, bias=False)"},{"label":"active_params","mathml":"<math display=\"block\"><mrow><mi>active_params</mi><mo>=</mo><mo>-</mo><mfrac><mrow><mi>experts</mi><mrow><mo>(</mo><mo>-</mo><msub><mi>L</mi><mi>d</mi></msub><mo>+</mo><mi>L</mi><mo>)</mo></mrow><mrow><mo>(</mo><mi>E</mi><mo>-</mo><mi>k</mi><mo>)</mo></mrow></mrow><mi>E</mi></mfrac><mo>+</mo><mi>params</mi></mrow></math>","text":"active_params = params - experts*(num_experts - num_experts_per_tok)*(num_layers - first_k_dense_replace)/num_experts","source":"formulas.md section 1.2, \"DeepSeek-V2 / V3\" (active params, derived)"},{"label":"non_embedding_params","mathml":"<math display=\"block\"><mrow><mi>non_embedding_params</mi><mo>=</mo><mo>-</mo><mi>embed_tokens</mi><mo>-</mo><mi>lm_head</mi><mo>+</mo><mi>params</mi></mrow></math>","text":"non_embedding_params = params - embed_tokens - lm_head","source":""},{"label":"embedding_params","mathml":"<math display=\"block\"><mrow><mi>embedding_params</mi><mo>=</mo><mi>embed_tokens</mi></mrow></math>","text":"embedding_params = embed_tokens","source":""},{"label":"lm_head_params","mathml":"<math display=\"block\"><mrow><mi>lm_head_params</mi><mo>=</mo><mi>lm_head</mi></mrow></math>","text":"lm_head_params = lm_head","source":""},{"label":"expert_params","mathml":"<math display=\"block\"><mrow><mi>expert_params</mi><mo>=</mo><mi>experts</mi><mrow><mo>(</mo><mo>-</mo><msub><mi>L</mi><mi>d</mi></msub><mo>+</mo><mi>L</mi><mo>)</mo></mrow></mrow></math>","text":"expert_params = experts*(num_layers - first_k_dense_replace)","source":""},{"label":"mlp_activation_width","mathml":"<math display=\"block\"><mrow><mi>mlp_activation_width</mi><mo>=</mo><msub><mi>I</mi><mi>e</mi></msub><mrow><mo>(</mo><mi>k</mi><mo>+</mo><msub><mi>E</mi><mi>s</mi></msub><mo>)</mo></mrow></mrow></math>","text":"mlp_activation_width = moe_intermediate_size*(num_experts_per_tok + num_shared_experts)","source":""},{"label":"kv_elements_per_token","mathml":"<math display=\"block\"><mrow><mi>kv_elements_per_token</mi><mo>=</mo><mi>L</mi><mrow><mo>(</mo><msub><mi>r</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><mo>+</mo><msub><mi>d</mi><mrow><mi>r</mi><mi>o</mi><mi>p</mi><mi>e</mi></mrow></msub><mo>)</mo></mrow></mrow></math>","text":"kv_elements_per_token = num_layers*(kv_lora_rank + qk_rope_head_dim)","source":"formulas.md section 4 (DeepSeek-V2 Table 9, mla_kv_bytes_per_token)"},{"label":"gated_mlp","mathml":"<math display=\"block\"><mrow><mi>gated_mlp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"gated_mlp = 1","source":""},{"label":"rms_norm","mathml":"<math display=\"block\"><mrow><mi>rms_norm</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"rms_norm = 1","source":""},{"label":"default first_k_dense_replace","mathml":"<math display=\"block\"><mrow><mi>defaultfirst_k_dense_replace</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default first_k_dense_replace = 0","source":""},{"label":"default head_dim","mathml":"<math display=\"block\"><mrow><mi>defaulthead_dim</mi><mo>=</mo><msub><mi>d</mi><mrow><mi>n</mi><mi>o</mi><mi>p</mi><mi>e</mi></mrow></msub><mo>+</mo><msub><mi>d</mi><mrow><mi>r</mi><mi>o</mi><mi>p</mi><mi>e</mi></mrow></msub></mrow></math>","text":"default head_dim = qk_nope_head_dim + qk_rope_head_dim","source":""},{"label":"default attention_bias","mathml":"<math display=\"block\"><mrow><mi>defaultattention_bias</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default attention_bias = 0","source":""},{"label":"default mlp_bias","mathml":"<math display=\"block\"><mrow><mi>defaultmlp_bias</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default mlp_bias = 0","source":""},{"label":"default max_position_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaultmax_position_embeddings</mi><mo>=</mo><mn>2048</mn></mrow></math>","text":"default max_position_embeddings = 2048","source":""},{"label":"default tie_word_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaulttie_word_embeddings</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default tie_word_embeddings = 0","source":""},{"label":"default mla","mathml":"<math display=\"block\"><mrow><mi>defaultmla</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default mla = 1","source":""}],"program_meta":[{"i":["vocab_size","hidden_size","intermediate_size","moe_intermediate_size","num_layers","first_k_dense_replace","num_heads","q_lora_rank","kv_lora_rank","qk_nope_head_dim","qk_rope_head_dim","v_head_dim","head_dim","num_experts","num_shared_experts","num_experts_per_tok","attention_bias","mlp_bias","max_position_embeddings","tie_word_embeddings","mla"],"o":["@q:embed_tokens","@q:layers/input_layernorm","@q:layers/self_attn/q_proj","@q:layers/self_attn/q_a_proj","@q:layers/self_attn/q_a_layernorm","@q:layers/self_attn/q_b_proj","@q:layers/self_attn/kv_a_proj_with_mqa","@q:layers/self_attn/kv_a_layernorm","@q:layers/self_attn/kv_b_proj","@q:layers/self_attn/o_proj","@q:layers/self_attn","@q:layers/post_attention_layernorm","@r:layers","@q:layers","@q:dense_mlp/gate_proj","@q:dense_mlp/up_proj","@q:dense_mlp/down_proj","@r:dense_mlp","@q:dense_mlp","@q:moe/gate","@q:moe/experts/gate_up_proj","@q:moe/experts/down_proj","@q:moe/experts","@q:moe/shared_experts/gate_proj","@q:moe/shared_experts/up_proj","@q:moe/shared_experts/down_proj","@q:moe/shared_experts","@r:moe","@q:moe","@q:norm","@q:lm_head","@q:","@d:active_params","@d:non_embedding_params","@d:embedding_params","@d:lm_head_params","@d:expert_params","@d:mlp_activation_width","@d:kv_elements_per_token","@b:gated_mlp","@b:rms_norm"],"c":null},{"i":[],"o":["first_k_dense_replace"],"c":"0"},{"i":["qk_nope_head_dim","qk_rope_head_dim"],"o":["head_dim"],"c":null},{"i":[],"o":["attention_bias"],"c":"0"},{"i":[],"o":["mlp_bias"],"c":"0"},{"i":[],"o":["max_position_embeddings"],"c":"2048"},{"i":[],"o":["tie_word_embeddings"],"c":"0"},{"i":[],"o":["mla"],"c":"1"},{"i":["first_k_dense_replace","head_dim","hidden_size","intermediate_size","kv_lora_rank","moe_intermediate_size","num_experts","num_heads","num_layers","num_shared_experts","q_lora_rank","qk_nope_head_dim","qk_rope_head_dim","v_head_dim","vocab_size"],"o":["q_proj/in","q_proj/out","q_proj/count","q_a_proj/in","q_a_proj/out","q_a_proj/count","q_b_proj/in","q_b_proj/out","q_b_proj/count","kv_a_proj_with_mqa/in","kv_a_proj_with_mqa/out","kv_a_proj_with_mqa/count","kv_b_proj/in","kv_b_proj/out","kv_b_proj/count","o_proj/in","o_proj/out","o_proj/count","mlp.gate_proj/in","mlp.gate_proj/out","mlp.gate_proj/count","mlp.up_proj/in","mlp.up_proj/out","mlp.up_proj/count","mlp.down_proj/in","mlp.down_proj/out","mlp.down_proj/count","shared_experts.gate_proj/in","shared_experts.gate_proj/out","shared_experts.gate_proj/count","shared_experts.up_proj/in","shared_experts.up_proj/out","shared_experts.up_proj/count","shared_experts.down_proj/in","shared_experts.down_proj/out","shared_experts.down_proj/count","experts.gate_up_proj/in","experts.gate_up_proj/out","experts.gate_up_proj/count","experts.down_proj/in","experts.down_proj/out","experts.down_proj/count","lm_head/in","lm_head/out","lm_head/count"],"c":null}]},
function ({_Z, _Q, _add, _mul, _pow, _powq, _inv, _mod, _lt, _le, _gt, _ge, _eq, _ne, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20) {
  let v21 = _mul(v1, v0);
  let v22 = v1;
  let v23 = (_eq(v7, _Z(0n)) ? _mul(v12, v1, v6) : _Z(0n));
  let v24 = _add(_mul(v16, v7), _mul(v7, v1));
  let v25 = v7;
  let v26 = _mul(v7, v12, v6);
  let v27 = _mul(_add(v16, v1), _add(v8, v10));
  let v28 = v8;
  let v29 = _mul(v8, v6, _add(v9, v11));
  let v30 = _add(_mul(v16, v1), _mul(v1, v6, v11));
  let v31 = _add(v28, v27, v29, v30, v25, v24, v26, v23);
  let v32 = v1;
  let v33 = v4;
  let v34 = _mul(v33, _add(v22, v32, v31));
  let v35 = _add(_mul(v17, v2), _mul(v1, v2));
  let v36 = _add(_mul(v17, v2), _mul(v1, v2));
  let v37 = _add(_mul(v17, v1), _mul(v1, v2));
  let v38 = v5;
  let v39 = _mul(v38, _add(v37, v35, v36));
  let v40 = _mul(v1, v13);
  let v41 = _mul(_Z(2n), v1, v3, v13);
  let v42 = _mul(v1, v3, v13);
  let v43 = _add(v42, v41);
  let v44 = _mul(v3, v14, _add(v17, v1));
  let v45 = _mul(v3, v14, _add(v17, v1));
  let v46 = _add(_mul(v17, v1), _mul(v1, v3, v14));
  let v47 = _add(v46, v44, v45);
  let v48 = _add(v4, _mul(_Z(-1n), v5));
  let v49 = _mul(v48, _add(v43, v40, v47));
  let v50 = v1;
  let v51 = _mul(v1, v0, _add(_Z(1n), _mul(_Z(-1n), v19)));
  let v52 = _add(v39, v21, v34, v51, v49, v50);
  let v53 = _add(v52, _mul(_Z(-1n), v43, _inv(_pow(v13, 1)), _add(v13, _mul(_Z(-1n), v15)), _add(v4, _mul(_Z(-1n), v5))));
  let v54 = _add(v52, _mul(_Z(-1n), v21), _mul(_Z(-1n), v51));
  let v55 = v21;
  let v56 = v51;
  let v57 = _mul(v43, _add(v4, _mul(_Z(-1n), v5)));
  let v58 = _mul(v3, _add(v15, v14));
  let v59 = _mul(v4, _add(v8, v10));
  let v60 = _Z(1n);
  let v61 = _Z(1n);
  return [v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59, v60, v61];
},
null,
function plan(v0, v1) {
  let v2 = _add(v0, v1);
  return [v2];
},
null,
null,
null,
null,
null,
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14) {
  let v15 = v2;
  let v16 = (_eq(v10, _Z(0n)) ? _mul(v1, v7) : _Z(0n));
  let v17 = v8;
  let v18 = v2;
  let v19 = v10;
  let v20 = v8;
  let v21 = v10;
  let v22 = _mul(v1, v7);
  let v23 = v8;
  let v24 = v2;
  let v25 = _add(v4, v12);
  let v26 = v8;
  let v27 = v4;
  let v28 = _mul(v7, _add(v11, v13));
  let v29 = v8;
  let v30 = _mul(v7, v13);
  let v31 = v2;
  let v32 = v8;
  let v33 = v2;
  let v34 = v3;
  let v35 = v0;
  let v36 = v2;
  let v37 = v3;
  let v38 = v0;
  let v39 = v3;
  let v40 = v2;
  let v41 = v0;
  let v42 = v2;
  let v43 = _mul(v5, v9);
  let v44 = _add(v8, _mul(_Z(-1n), v0));
  let v45 = v2;
  let v46 = _mul(v5, v9);
  let v47 = _add(v8, _mul(_Z(-1n), v0));
  let v48 = _mul(v5, v9);
  let v49 = v2;
  let v50 = _add(v8, _mul(_Z(-1n), v0));
  let v51 = v2;
  let v52 = _mul(_Z(2n), v5);
  let v53 = _mul(v6, _add(v8, _mul(_Z(-1n), v0)));
  let v54 = v5;
  let v55 = v2;
  let v56 = _mul(v6, _add(v8, _mul(_Z(-1n), v0)));
  let v57 = v2;
  let v58 = v14;
  let v59 = _Z(1n);
  return [v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59];
}
];
},
function ({_F, _inv, _mod, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20) {
  let v21 = (v1 * v0);
  let v22 = v1;
  let v23 = ((v7 === (0.0)) ? (v12 * v1 * v6) : (0.0));
  let v24 = ((v16 * v7) + (v7 * v1));
  let v25 = v7;
  let v26 = (v7 * v12 * v6);
  let v27 = ((v16 + v1) * (v8 + v10));
  let v28 = v8;
  let v29 = (v8 * v6 * (v9 + v11));
  let v30 = ((v16 * v1) + (v1 * v6 * v11));
  let v31 = (v28 + v27 + v29 + v30 + v25 + v24 + v26 + v23);
  let v32 = v1;
  let v33 = v4;
  let v34 = (v33 * (v22 + v32 + v31));
  let v35 = ((v17 * v2) + (v1 * v2));
  let v36 = ((v17 * v2) + (v1 * v2));
  let v37 = ((v17 * v1) + (v1 * v2));
  let v38 = v5;
  let v39 = (v38 * (v37 + v35 + v36));
  let v40 = (v1 * v13);
  let v41 = ((2.0) * v1 * v3 * v13);
  let v42 = (v1 * v3 * v13);
  let v43 = (v42 + v41);
  let v44 = (v3 * v14 * (v17 + v1));
  let v45 = (v3 * v14 * (v17 + v1));
  let v46 = ((v17 * v1) + (v1 * v3 * v14));
  let v47 = (v46 + v44 + v45);
  let v48 = (v4 + ((-1.0) * v5));
  let v49 = (v48 * (v43 + v40 + v47));
  let v50 = v1;
  let v51 = (v1 * v0 * ((1.0) + ((-1.0) * v19)));
  let v52 = (v39 + v21 + v34 + v51 + v49 + v50);
  let v53 = (v52 + ((-1.0) * v43 * _inv(v13 ** 1) * (v13 + ((-1.0) * v15)) * (v4 + ((-1.0) * v5))));
  let v54 = (v52 + ((-1.0) * v21) + ((-1.0) * v51));
  let v55 = v21;
  let v56 = v51;
  let v57 = (v43 * (v4 + ((-1.0) * v5)));
  let v58 = (v3 * (v15 + v14));
  let v59 = (v4 * (v8 + v10));
  let v60 = (1.0);
  let v61 = (1.0);
  return [v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59, v60, v61];
},
null,
function plan(v0, v1) {
  let v2 = (v0 + v1);
  return [v2];
},
null,
null,
null,
null,
null,
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14) {
  let v15 = v2;
  let v16 = ((v10 === (0.0)) ? (v1 * v7) : (0.0));
  let v17 = v8;
  let v18 = v2;
  let v19 = v10;
  let v20 = v8;
  let v21 = v10;
  let v22 = (v1 * v7);
  let v23 = v8;
  let v24 = v2;
  let v25 = (v4 + v12);
  let v26 = v8;
  let v27 = v4;
  let v28 = (v7 * (v11 + v13));
  let v29 = v8;
  let v30 = (v7 * v13);
  let v31 = v2;
  let v32 = v8;
  let v33 = v2;
  let v34 = v3;
  let v35 = v0;
  let v36 = v2;
  let v37 = v3;
  let v38 = v0;
  let v39 = v3;
  let v40 = v2;
  let v41 = v0;
  let v42 = v2;
  let v43 = (v5 * v9);
  let v44 = (v8 + ((-1.0) * v0));
  let v45 = v2;
  let v46 = (v5 * v9);
  let v47 = (v8 + ((-1.0) * v0));
  let v48 = (v5 * v9);
  let v49 = v2;
  let v50 = (v8 + ((-1.0) * v0));
  let v51 = v2;
  let v52 = ((2.0) * v5);
  let v53 = (v6 * (v8 + ((-1.0) * v0)));
  let v54 = v5;
  let v55 = v2;
  let v56 = (v6 * (v8 + ((-1.0) * v0)));
  let v57 = v2;
  let v58 = v14;
  let v59 = (1.0);
  return [v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59];
}
];
});
