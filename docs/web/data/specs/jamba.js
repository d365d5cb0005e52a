ENGINE.define({"name":"jamba","kind":"architecture","path":"specs/jamba.yaml","description":"Jamba hybrid: Mamba layers (in_proj, depthwise conv1d, x_proj, dt_proj, A_log, D, dt/B/C RMSNorms, out_proj) interleaved with grouped-query attention layers, mixture-of-experts feed-forward in every expert_layer_period-th layer and SwiGLU MLPs in the others, untied LM head.","abstract":false,"symbols":[{"name":"vocab_size","domain":"positive_integer","latex":"V","description":"Vocabulary size (config.vocab_size)","flag":false,"provider":"","default":null,"key":"specs/jamba.yaml:17:3"},{"name":"hidden_size","domain":"positive_integer","latex":"d","description":"Model width (config.hidden_size)","flag":false,"provider":"","default":null,"key":"specs/jamba.yaml:20:3"},{"name":"intermediate_size","domain":"positive_integer","latex":"I","description":"Inner width of the dense MLP and of every expert (config.intermediate_size)","flag":false,"provider":"","default":null,"key":"specs/jamba.yaml:23:3"},{"name":"num_layers","domain":"positive_integer","latex":"L","description":"Decoder layers, attention and Mamba (config.num_hidden_layers)","flag":false,"provider":"","default":null,"key":"specs/jamba.yaml:26:3"},{"name":"num_heads","domain":"positive_integer","latex":"H","description":"Query heads of the attention layers (config.num_attention_heads)","flag":false,"provider":"","default":null,"key":"specs/jamba.yaml:29:3"},{"name":"num_kv_heads","domain":"positive_integer","latex":"K","description":"Key/value heads of the attention layers (config.num_key_value_heads)","flag":false,"provider":"","default":{"text":"num_heads","at":"specs/jamba.yaml:35:14","key":"specs/jamba.yaml:35:5"},"key":"specs/jamba.yaml:32:3"},{"name":"head_dim","domain":"positive_integer","latex":"d_h","description":"Width of one attention head, hidden_size / num_attention_heads","flag":false,"provider":"","default":{"text":"hidden_size / num_heads","at":"specs/jamba.yaml:39:14","key":"specs/jamba.yaml:39:5"},"key":"specs/jamba.yaml:36:3"},{"name":"attn_layer_period","domain":"positive_integer","latex":"p_a","description":"Period of the attention layers (config.attn_layer_period)","flag":false,"provider":"","default":{"text":"8","at":"specs/jamba.yaml:43:14","key":"specs/jamba.yaml:43:5"},"key":"specs/jamba.yaml:40:3"},{"name":"attn_layer_offset","domain":"nonnegative_integer","latex":"o_a","description":"Index of the first attention layer within a period (config.attn_layer_offset)","flag":false,"provider":"","default":{"text":"4","at":"specs/jamba.yaml:48:14","key":"specs/jamba.yaml:48:5"},"key":"specs/jamba.yaml:44:3"},{"name":"expert_layer_period","domain":"positive_integer","latex":"p_e","description":"Period of the mixture-of-experts layers (config.expert_layer_period)","flag":false,"provider":"","default":{"text":"2","at":"specs/jamba.yaml:52:14","key":"specs/jamba.yaml:52:5"},"key":"specs/jamba.yaml:49:3"},{"name":"expert_layer_offset","domain":"nonnegative_integer","latex":"o_e","description":"Index of the first mixture-of-experts layer within a period (config.expert_layer_offset)","flag":false,"provider":"","default":{"text":"1","at":"specs/jamba.yaml:57:14","key":"specs/jamba.yaml:57:5"},"key":"specs/jamba.yaml:53:3"},{"name":"num_experts","domain":"positive_integer","latex":"E","description":"Experts per MoE layer (config.num_experts; 1 means no MoE layers)","flag":false,"provider":"","default":null,"key":"specs/jamba.yaml:58:3"},{"name":"num_experts_per_tok","domain":"positive_integer","latex":"k","description":"Experts each token is routed to (config.num_experts_per_tok)","flag":false,"provider":"","default":null,"key":"specs/jamba.yaml:61:3"},{"name":"moe_intermediate_size","domain":"positive_integer","latex":"I_e","description":"Inner width of one expert, config.intermediate_size","flag":false,"provider":"","default":{"text":"intermediate_size","at":"specs/jamba.yaml:67:14","key":"specs/jamba.yaml:67:5"},"key":"specs/jamba.yaml:64:3"},{"name":"mamba_d_state","domain":"positive_integer","latex":"N","description":"SSM state size per channel (config.mamba_d_state)","flag":false,"provider":"","default":{"text":"16","at":"specs/jamba.yaml:72:14","key":"specs/jamba.yaml:72:5"},"key":"specs/jamba.yaml:69:3"},{"name":"mamba_d_conv","domain":"positive_integer","latex":"K_c","description":"Taps of the depthwise causal convolution (config.mamba_d_conv)","flag":false,"provider":"","default":{"text":"4","at":"specs/jamba.yaml:76:14","key":"specs/jamba.yaml:76:5"},"key":"specs/jamba.yaml:73:3"},{"name":"mamba_expand","domain":"positive_integer","latex":"e","description":"Inner width factor of the Mamba mixer (config.mamba_expand)","flag":false,"provider":"","default":{"text":"2","at":"specs/jamba.yaml:80:14","key":"specs/jamba.yaml:80:5"},"key":"specs/jamba.yaml:77:3"},{"name":"mamba_intermediate_size","domain":"positive_integer","latex":"I_m","description":"Inner width of the Mamba mixer, mamba_expand * hidden_size","flag":false,"provider":"","default":{"text":"mamba_expand * hidden_size","at":"specs/jamba.yaml:84:14","key":"specs/jamba.yaml:84:5"},"key":"specs/jamba.yaml:81:3"},{"name":"mamba_dt_rank","domain":"positive_integer","latex":"R","description":"Rank of the time-step projection (config.mamba_dt_rank; \"auto\" is ceil(hidden_size / 16))","flag":false,"provider":"","default":{"text":"ceil(hidden_size / 16)","at":"specs/jamba.yaml:88:14","key":"specs/jamba.yaml:88:5"},"key":"specs/jamba.yaml:85:3"},{"name":"mamba_conv_bias","domain":"flag","latex":"b_c","description":"1 if conv1d has a bias (config.mamba_conv_bias)","flag":false,"provider":"","default":{"text":"1","at":"specs/jamba.yaml:93:14","key":"specs/jamba.yaml:93:5"},"key":"specs/jamba.yaml:89:3"},{"name":"mamba_proj_bias","domain":"flag","latex":"b_p","description":"1 if in_proj and out_proj have biases (config.mamba_proj_bias)","flag":false,"provider":"","default":{"text":"0","at":"specs/jamba.yaml:98:14","key":"specs/jamba.yaml:98:5"},"key":"specs/jamba.yaml:94:3"},{"name":"tie_word_embeddings","domain":"flag","latex":"\\tau","description":"1 if lm_head shares the token embedding matrix","flag":false,"provider":"","default":{"text":"0","at":"specs/jamba.yaml:103:14","key":"specs/jamba.yaml:103:5"},"key":"specs/jamba.yaml:99:3"},{"name":"max_position_embeddings","domain":"positive_integer","latex":"n_{ctx}","description":"Context length the model was trained for (no positional parameters)","flag":false,"provider":"","default":{"text":"262144","at":"specs/jamba.yaml:107:14","key":"specs/jamba.yaml:107:5"},"key":"specs/jamba.yaml:104:3"}],"presets":[{"name":"jamba-v0.1","description":"","values":{"vocab_size":{"text":"65536","at":"specs/jamba.yaml:304:26","key":"specs/jamba.yaml:304:14","value":"65536"},"hidden_size":{"text":"4096","at":"specs/jamba.yaml:304:46","key":"specs/jamba.yaml:304:33","value":"4096"},"intermediate_size":{"text":"14336","at":"specs/jamba.yaml:304:71","key":"specs/jamba.yaml:304:52","value":"14336"},"num_layers":{"text":"32","at":"specs/jamba.yaml:304:90","key":"specs/jamba.yaml:304:78","value":"32"},"num_heads":{"text":"32","at":"specs/jamba.yaml:304:105","key":"specs/jamba.yaml:304:94","value":"32"},"num_kv_heads":{"text":"8","at":"specs/jamba.yaml:305:28","key":"specs/jamba.yaml:305:14","value":"8"},"num_experts":{"text":"16","at":"specs/jamba.yaml:305:44","key":"specs/jamba.yaml:305:31","value":"16"},"num_experts_per_tok":{"text":"2","at":"specs/jamba.yaml:305:69","key":"specs/jamba.yaml:305:48","value":"2"},"mamba_dt_rank":{"text":"256","at":"specs/jamba.yaml:305:87","key":"specs/jamba.yaml:305:72","value":"256"}}}],"default_preset":"jamba-v0.1","default_rules":null,"total":{"name":"params","key":"","slot":"@q:"},"parts":[["embed_tokens","embed_tokens","@q:embed_tokens",[],false],["layers","layers","@q:layers",[],true],["layers/input_layernorm","input_layernorm","@q:layers/input_layernorm",["@r:layers"],false],["layers/pre_ff_layernorm","pre_ff_layernorm","@q:layers/pre_ff_layernorm",["@r:layers"],false],["attention","attention","@q:attention",[],true],["attention/q_proj","q_proj","@q:attention/q_proj",["@r:attention"],false],["attention/k_proj","k_proj","@q:attention/k_proj",["@r:attention"],false],["attention/v_proj","v_proj","@q:attention/v_proj",["@r:attention"],false],["attention/o_proj","o_proj","@q:attention/o_proj",["@r:attention"],false],["mamba","mamba","@q:mamba",[],true],["mamba/in_proj","in_proj","@q:mamba/in_proj",["@r:mamba"],false],["mamba/conv1d","conv1d","@q:mamba/conv1d",["@r:mamba"],false],["mamba/x_proj","x_proj","@q:mamba/x_proj",["@r:mamba"],false],["mamba/dt_proj","dt_proj","@q:mamba/dt_proj",["@r:mamba"],false],["mamba/A_log","A_log","@q:mamba/A_log",["@r:mamba"],false],["mamba/D","D","@q:mamba/D",["@r:mamba"],false],["mamba/out_proj","out_proj","@q:mamba/out_proj",["@r:mamba"],false],["mamba/dt_layernorm","dt_layernorm","@q:mamba/dt_layernorm",["@r:mamba"],false],["mamba/b_layernorm","b_layernorm","@q:mamba/b_layernorm",["@r:mamba"],false],["mamba/c_layernorm","c_layernorm","@q:mamba/c_layernorm",["@r:mamba"],false],["moe","moe","@q:moe",[],true],["moe/router","router","@q:moe/router",["@r:moe"],false],["moe/experts","experts","@q:moe/experts",["@r:moe"],true],["moe/experts/gate_up_proj","gate_up_proj","@q:moe/experts/gate_up_proj",["@r:moe"],false],["moe/experts/down_proj","down_proj","@q:moe/experts/down_proj",["@r:moe"],false],["dense_mlp","dense_mlp","@q:dense_mlp",[],true],["dense_mlp/gate_proj","gate_proj","@q:dense_mlp/gate_proj",["@r:dense_mlp"],false],["dense_mlp/up_proj","up_proj","@q:dense_mlp/up_proj",["@r:dense_mlp"],false],["dense_mlp/down_proj","down_proj","@q:dense_mlp/down_proj",["@r:dense_mlp"],false],["final_layernorm","final_layernorm","@q:final_layernorm",[],false],["lm_head","lm_head","@q:lm_head",[],false]],"derived":{"attention_layers":"@d:attention_layers","mamba_layers":"@d:mamba_layers","moe_layers":"@d:moe_layers","non_embedding_params":"@d:non_embedding_params","embedding_params":"@d:embedding_params","lm_head_params":"@d:lm_head_params","active_params":"@d:active_params","expert_params":"@d:expert_params","mlp_activation_width":"@d:mlp_activation_width","kv_elements_per_token":"@d:kv_elements_per_token","conv_state_elements_per_sequence":"@d:conv_state_elements_per_sequence","ssm_state_elements_per_sequence":"@d:ssm_state_elements_per_sequence","state_elements_per_sequence":"@d:state_elements_per_sequence"},"phases":{},"block":{"gated_mlp":"@b:gated_mlp","rms_norm":"@b:rms_norm"},"where":{"":"specs/jamba.yaml:109:1","embed_tokens":"specs/jamba.yaml:111:11","layers":"specs/jamba.yaml:114:13","layers/input_layernorm":"specs/jamba.yaml:118:15","layers/pre_ff_layernorm":"specs/jamba.yaml:121:15","attention":"specs/jamba.yaml:124:13","attention/q_proj":"specs/jamba.yaml:128:15","attention/k_proj":"specs/jamba.yaml:129:15","attention/v_proj":"specs/jamba.yaml:130:15","attention/o_proj":"specs/jamba.yaml:131:15","mamba":"specs/jamba.yaml:133:13","mamba/in_proj":"specs/jamba.yaml:138:15","mamba/conv1d":"specs/jamba.yaml:141:15","mamba/x_proj":"specs/jamba.yaml:144:15","mamba/dt_proj":"specs/jamba.yaml:147:15","mamba/A_log":"specs/jamba.yaml:150:15","mamba/D":"specs/jamba.yaml:153:15","mamba/out_proj":"specs/jamba.yaml:156:15","mamba/dt_layernorm":"specs/jamba.yaml:159:15","mamba/b_layernorm":"specs/jamba.yaml:162:15","mamba/c_layernorm":"specs/jamba.yaml:165:15","moe":"specs/jamba.yaml:168:13","moe/router":"specs/jamba.yaml:173:15","moe/experts":"specs/jamba.yaml:175:7","moe/experts/gate_up_proj":"specs/jamba.yaml:178:25","moe/experts/down_proj":"specs/jamba.yaml:179:22","dense_mlp":"specs/jamba.yaml:181:13","dense_mlp/gate_proj":"specs/jamba.yaml:185:18","dense_mlp/up_proj":"specs/jamba.yaml:186:16","dense_mlp/down_proj":"specs/jamba.yaml:187:18","final_layernorm":"specs/jamba.yaml:189:11","lm_head":"specs/jamba.yaml:192:11","attention_layers":"specs/jamba.yaml:210:11","mamba_layers":"specs/jamba.yaml:213:11","moe_layers":"specs/jamba.yaml:216:11","non_embedding_params":"specs/jamba.yaml:219:11","embedding_params":"specs/jamba.yaml:222:11","lm_head_params":"specs/jamba.yaml:225:11","active_params":"specs/jamba.yaml:228:11","expert_params":"specs/jamba.yaml:231:11","mlp_activation_width":"specs/jamba.yaml:234:11","kv_elements_per_token":"specs/jamba.yaml:237:11","conv_state_elements_per_sequence":"specs/jamba.yaml:240:11","ssm_state_elements_per_sequence":"specs/jamba.yaml:245:11","state_elements_per_sequence":"specs/jamba.yaml:248:11","gated_mlp":"specs/jamba.yaml:202:11","rms_norm":"specs/jamba.yaml:205:11"},"options":[],"linears":[{"name":"q_proj","output":false},{"name":"k_proj","output":false},{"name":"v_proj","output":false},{"name":"o_proj","output":false},{"name":"in_proj","output":false},{"name":"x_proj","output":false},{"name":"dt_proj","output":false},{"name":"out_proj","output":false},{"name":"experts.gate_up_proj","output":false},{"name":"experts.down_proj","output":false},{"name":"gate_proj","output":false},{"name":"up_proj","output":false},{"name":"down_proj","output":false},{"name":"lm_head","output":true}],"lora_targets":["q_proj","v_proj"],"hf":{"model_types":["jamba"],"keys":[{"key":"vocab_size","symbol":"vocab_size","if_null":null,"values":{}},{"key":"hidden_size","symbol":"hidden_size","if_null":null,"values":{}},{"key":"intermediate_size","symbol":"intermediate_size","if_null":null,"values":{}},{"key":"num_hidden_layers","symbol":"num_layers","if_null":null,"values":{}},{"key":"num_attention_heads","symbol":"num_heads","if_null":null,"values":{}},{"key":"num_key_value_heads","symbol":"num_kv_heads","if_null":null,"values":{}},{"key":"attn_layer_period","symbol":"attn_layer_period","if_null":null,"values":{}},{"key":"attn_layer_offset","symbol":"attn_layer_offset","if_null":null,"values":{}},{"key":"expert_layer_period","symbol":"expert_layer_period","if_null":null,"values":{}},{"key":"expert_layer_offset","symbol":"expert_layer_offset","if_null":null,"values":{}},{"key":"num_experts","symbol":"num_experts","if_null":null,"values":{}},{"key":"num_experts_per_tok","symbol":"num_experts_per_tok","if_null":null,"values":{}},{"key":"mamba_d_state","symbol":"mamba_d_state","if_null":null,"values":{}},{"key":"mamba_d_conv","symbol":"mamba_d_conv","if_null":null,"values":{}},{"key":"mamba_expand","symbol":"mamba_expand","if_null":null,"values":{}},{"key":"mamba_dt_rank","symbol":"mamba_dt_rank","if_null":null,"values":{}},{"key":"mamba_conv_bias","symbol":"mamba_conv_bias","if_null":null,"values":{}},{"key":"mamba_proj_bias","symbol":"mamba_proj_bias","if_null":null,"values":{}},{"key":"tie_word_embeddings","symbol":"tie_word_embeddings","if_null":null,"values":{}},{"key":"max_position_embeddings","symbol":"max_position_embeddings","if_null":null,"values":{}}],"defaults":{"num_key_value_heads":{"raw":{"number":"8"},"span":{"value":"specs/jamba.yaml:297:26","key":"specs/jamba.yaml:297:5","at":"specs/jamba.yaml:297:26"}},"num_experts_per_tok":{"raw":{"number":"2"},"span":{"value":"specs/jamba.yaml:298:26","key":"specs/jamba.yaml:298:5","at":"specs/jamba.yaml:298:26"}}},"architectures":{"JambaForCausalLM":{}},"key":"specs/jamba.yaml:268:1"},"programs":{"main":0,"defaults":{"num_kv_heads":1,"head_dim":2,"attn_layer_period":3,"attn_layer_offset":4,"expert_layer_period":5,"expert_layer_offset":6,"moe_intermediate_size":7,"mamba_d_state":8,"mamba_d_conv":9,"mamba_expand":10,"mamba_intermediate_size":11,"mamba_dt_rank":12,"mamba_conv_bias":13,"mamba_proj_bias":14,"tie_word_embeddings":15,"max_position_embeddings":16},"choices":{},"weights":{},"linears":17,"conditions":{}},"formulas":[{"label":"params","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mi>attention</mi><mo>+</mo><mi>dense_mlp</mi><mo>+</mo><mi>embed_tokens</mi><mo>+</mo><mi>final_layernorm</mi><mo>+</mo><mi>layers</mi><mo>+</mo><mi>lm_head</mi><mo>+</mo><mi>mamba</mi><mo>+</mo><mi>moe</mi></mrow></math>","text":"params = attention + dense_mlp + embed_tokens + final_layernorm + layers + lm_head + mamba + moe","source":""},{"label":"params (in symbols)","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mn>3</mn><mi>d</mi><mi>I</mi><mrow><mo>(</mo><mi>L</mi><mo>-</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mrow><mo>\u230a</mo><mfrac><mrow><mo>-</mo><msub><mi>o</mi><mi>e</mi></msub><mo>+</mo><msub><mi>p</mi><mi>e</mi></msub><mo>+</mo><mi>L</mi><mo>-</mo><mn>1</mn></mrow><msub><mi>p</mi><mi>e</mi></msub></mfrac><mo>\u230b</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>E</mi><mo>&gt;</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow><mo>+</mo><mn>2</mn><mi>d</mi><mi>L</mi><mo>+</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow><mo>+</mo><mi>d</mi><mi>V</mi><mo>+</mo><mi>d</mi><mo>+</mo><mrow><mo>(</mo><mi>L</mi><mo>-</mo><mrow><mo>\u230a</mo><mfrac><mrow><mo>-</mo><msub><mi>o</mi><mi>a</mi></msub><mo>+</mo><msub><mi>p</mi><mi>a</mi></msub><mo>+</mo><mi>L</mi><mo>-</mo><mn>1</mn></mrow><msub><mi>p</mi><mi>a</mi></msub></mfrac><mo>\u230b</mo></mrow><mo>)</mo></mrow><mrow><mo>(</mo><mi>d</mi><msub><mi>I</mi><mi>m</mi></msub><mo>+</mo><mi>d</mi><msub><mi>b</mi><mi>p</mi></msub><mo>+</mo><mi>N</mi><msub><mi>I</mi><mi>m</mi></msub><mo>+</mo><mn>2</mn><mi>N</mi><mo>+</mo><mi>R</mi><msub><mi>I</mi><mi>m</mi></msub><mo>+</mo><mi>R</mi><mo>+</mo><msub><mi>I</mi><mi>m</mi></msub><mrow><mo>(</mo><mn>2</mn><mi>d</mi><mo>+</mo><mn>2</mn><msub><mi>b</mi><mi>p</mi></msub><mo>)</mo></mrow><mo>+</mo><msub><mi>I</mi><mi>m</mi></msub><mrow><mo>(</mo><msub><mi>b</mi><mi>c</mi></msub><mo>+</mo><msub><mi>K</mi><mi>c</mi></msub><mo>)</mo></mrow><mo>+</mo><msub><mi>I</mi><mi>m</mi></msub><mrow><mo>(</mo><mn>2</mn><mi>N</mi><mo>+</mo><mi>R</mi><mo>)</mo></mrow><mo>+</mo><mn>2</mn><msub><mi>I</mi><mi>m</mi></msub><mo>)</mo></mrow><mo>+</mo><mrow><mo>(</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi><mo>+</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>K</mi><mo>)</mo></mrow><mrow><mo>\u230a</mo><mfrac><mrow><mo>-</mo><msub><mi>o</mi><mi>a</mi></msub><mo>+</mo><msub><mi>p</mi><mi>a</mi></msub><mo>+</mo><mi>L</mi><mo>-</mo><mn>1</mn></mrow><msub><mi>p</mi><mi>a</mi></msub></mfrac><mo>\u230b</mo></mrow><mo>+</mo><mrow><mo>(</mo><mn>3</mn><mi>d</mi><msub><mi>I</mi><mi>e</mi></msub><mi>E</mi><mo>+</mo><mi>d</mi><mi>E</mi><mo>)</mo></mrow><mrow><mo>(</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mrow><mo>\u230a</mo><mfrac><mrow><mo>-</mo><msub><mi>o</mi><mi>e</mi></msub><mo>+</mo><msub><mi>p</mi><mi>e</mi></msub><mo>+</mo><mi>L</mi><mo>-</mo><mn>1</mn></mrow><msub><mi>p</mi><mi>e</mi></msub></mfrac><mo>\u230b</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>E</mi><mo>&gt;</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow></mrow></math>","text":"params (in symbols) = hidden_size + hidden_size*vocab_size + (num_layers - floor((-1 + attn_layer_period + num_layers - attn_layer_offset)/attn_layer_period))*(mamba_dt_rank + 2*mamba_d_state + 2*mamba_intermediate_size + mamba_proj_bias*hidden_size + hidden_size*mamba_intermediate_size + mamba_d_state*mamba_intermediate_size + mamba_dt_rank*mamba_intermediate_size + mamba_intermediate_size*(mamba_conv_bias + mamba_d_conv) + mamba_intermediate_size*(mamba_dt_rank + 2*mamba_d_state) + mamba_intermediate_size*(2*mamba_proj_bias + 2*hidden_size)) + (hidden_size*num_experts + 3*hidden_size*moe_intermediate_size*num_experts)*where(num_experts > 1, floor((-1 + expert_layer_period + num_layers - expert_layer_offset)/expert_layer_period), 0) + (2*head_dim*hidden_size*num_heads + 2*head_dim*hidden_size*num_kv_heads)*floor((-1 + attn_layer_period + num_layers - attn_layer_offset)/attn_layer_period) + 2*hidden_size*num_layers + hidden_size*vocab_size*(1 - tie_word_embeddings) + 3*hidden_size*intermediate_size*(num_layers - where(num_experts > 1, floor((-1 + expert_layer_period + num_layers - expert_layer_offset)/expert_layer_period), 0))","source":""},{"label":"embed_tokens","mathml":"<math display=\"block\"><mrow><mi>embed_tokens</mi><mo>=</mo><mi>d</mi><mi>V</mi></mrow></math>","text":"embed_tokens = hidden_size*vocab_size","source":"JambaModel.embed_tokens = nn.Embedding(vocab_size, hidden_size)"},{"label":"layers","mathml":"<math display=\"block\"><mrow><mi>layers</mi><mo>=</mo><mi>L</mi><mrow><mo>(</mo><mi>input_layernorm</mi><mo>+</mo><mi>pre_ff_layernorm</mi><mo>)</mo></mrow></mrow></math>","text":"layers = num_layers*(input_layernorm + pre_ff_layernorm)","source":""},{"label":"layers/input_layernorm","mathml":"<math display=\"block\"><mrow><mi>input_layernorm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"layers/input_layernorm = hidden_size","source":"JambaAttentionDecoderLayer / JambaMambaDecoderLayer .input_layernorm = JambaRMSNorm(hidden_size)"},{"label":"layers/pre_ff_layernorm","mathml":"<math display=\"block\"><mrow><mi>pre_ff_layernorm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"layers/pre_ff_layernorm = hidden_size","source":".pre_ff_layernorm = JambaRMSNorm(hidden_size)"},{"label":"attention","mathml":"<math display=\"block\"><mrow><mi>attention</mi><mo>=</mo><mrow><mo>(</mo><mi>k_proj</mi><mo>+</mo><mi>o_proj</mi><mo>+</mo><mi>q_proj</mi><mo>+</mo><mi>v_proj</mi><mo>)</mo></mrow><mrow><mo>\u230a</mo><mfrac><mrow><mo>-</mo><msub><mi>o</mi><mi>a</mi></msub><mo>+</mo><msub><mi>p</mi><mi>a</mi></msub><mo>+</mo><mi>L</mi><mo>-</mo><mn>1</mn></mrow><msub><mi>p</mi><mi>a</mi></msub></mfrac><mo>\u230b</mo></mrow></mrow></math>","text":"attention = (k_proj + o_proj + q_proj + v_proj)*floor((-1 + attn_layer_period + num_layers - attn_layer_offset)/attn_layer_period)","source":"JambaAttentionDecoderLayer.self_attn = JambaAttention (nn.Linear, bias=False)"},{"label":"attention/q_proj","mathml":"<math display=\"block\"><mrow><mi>q_proj</mi><mo>=</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi></mrow></math>","text":"attention/q_proj = head_dim*hidden_size*num_heads","source":""},{"label":"attention/k_proj","mathml":"<math display=\"block\"><mrow><mi>k_proj</mi><mo>=</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>K</mi></mrow></math>","text":"attention/k_proj = head_dim*hidden_size*num_kv_heads","source":""},{"label":"attention/v_proj","mathml":"<math display=\"block\"><mrow><mi>v_proj</mi><mo>=</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>K</mi></mrow></math>","text":"attention/v_proj = head_dim*hidden_size*num_kv_heads","source":""},{"label":"attention/o_proj","mathml":"<math display=\"block\"><mrow><mi>o_proj</mi><mo>=</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi></mrow></math>","text":"attention/o_proj = head_dim*hidden_size*num_heads","source":""},{"label":"mamba","mathml":"<math display=\"block\"><mrow><mi>mamba</mi><mo>=</mo><mrow><mo>(</mo><mi>L</mi><mo>-</mo><mrow><mo>\u230a</mo><mfrac><mrow><mo>-</mo><msub><mi>o</mi><mi>a</mi></msub><mo>+</mo><msub><mi>p</mi><mi>a</mi></msub><mo>+</mo><mi>L</mi><mo>-</mo><mn>1</mn></mrow><msub><mi>p</mi><mi>a</mi></msub></mfrac><mo>\u230b</mo></mrow><mo>)</mo></mrow><mrow><mo>(</mo><mi>A_log</mi><mo>+</mo><mi mathvariant=\"normal\">D</mi><mo>+</mo><mi>b_layernorm</mi><mo>+</mo><mi>c_layernorm</mi><mo>+</mo><mi>conv1d</mi><mo>+</mo><mi>dt_layernorm</mi><mo>+</mo><mi>dt_proj</mi><mo>+</mo><mi>in_proj</mi><mo>+</mo><mi>out_proj</mi><mo>+</mo><mi>x_proj</mi><mo>)</mo></mrow></mrow></math>","text":"mamba = (num_layers - floor((-1 + attn_layer_period + num_layers - attn_layer_offset)/attn_layer_period))*(A_log + D + b_layernorm + c_layernorm + conv1d + dt_layernorm + dt_proj + in_proj + out_proj + x_proj)","source":"JambaMambaDecoderLayer.mamba = JambaMambaMixer(config, layer_idx)"},{"label":"mamba/in_proj","mathml":"<math display=\"block\"><mrow><mi>in_proj</mi><mo>=</mo><msub><mi>I</mi><mi>m</mi></msub><mrow><mo>(</mo><mn>2</mn><mi>d</mi><mo>+</mo><mn>2</mn><msub><mi>b</mi><mi>p</mi></msub><mo>)</mo></mrow></mrow></math>","text":"mamba/in_proj = mamba_intermediate_size*(2*mamba_proj_bias + 2*hidden_size)","source":"nn.Linear(hidden_size, 2 * intermediate_size, bias=config.mamba_proj_bias)"},{"label":"mamba/conv1d","mathml":"<math display=\"block\"><mrow><mi>conv1d</mi><mo>=</mo><msub><mi>I</mi><mi>m</mi></msub><mrow><mo>(</mo><msub><mi>b</mi><mi>c</mi></msub><mo>+</mo><msub><mi>K</mi><mi>c</mi></msub><mo>)</mo></mrow></mrow></math>","text":"mamba/conv1d = mamba_intermediate_size*(mamba_conv_bias + mamba_d_conv)","source":"nn.Conv1d(intermediate_size, intermediate_size, kernel_size=mamba_d_conv, groups=intermediate_size, bias=config.mamba_conv_bias)"},{"label":"mamba/x_proj","mathml":"<math display=\"block\"><mrow><mi>x_proj</mi><mo>=</mo><msub><mi>I</mi><mi>m</mi></msub><mrow><mo>(</mo><mn>2</mn><mi>N</mi><mo>+</mo><mi>R</mi><mo>)</mo></mrow></mrow></math>","text":"mamba/x_proj = mamba_intermediate_size*(mamba_dt_rank + 2*mamba_d_state)","source":"nn.Linear(intermediate_size, time_step_rank + 2 * ssm_state_size, bias=False)"},{"label":"mamba/dt_proj","mathml":"<math display=\"block\"><mrow><mi>dt_proj</mi><mo>=</mo><mi>R</mi><msub><mi>I</mi><mi>m</mi></msub><mo>+</mo><msub><mi>I</mi><mi>m</mi></msub></mrow></math>","text":"mamba/dt_proj = mamba_intermediate_size + mamba_dt_rank*mamba_intermediate_size","source":"nn.Linear(time_step_rank, intermediate_size, bias=True)"},{"label":"mamba/A_log","mathml":"<math display=\"block\"><mrow><mi>A_log</mi><mo>=</mo><mi>N</mi><msub><mi>I</mi><mi>m</mi></msub></mrow></math>","text":"mamba/A_log = mamba_d_state*mamba_intermediate_size","source":"nn.Parameter(intermediate_size, ssm_state_size)"},{"label":"mamba/D","mathml":"<math display=\"block\"><mrow><mi mathvariant=\"normal\">D</mi><mo>=</mo><msub><mi>I</mi><mi>m</mi></msub></mrow></math>","text":"mamba/D = mamba_intermediate_size","source":"nn.Parameter(intermediate_size)"},{"label":"mamba/out_proj","mathml":"<math display=\"block\"><mrow><mi>out_proj</mi><mo>=</mo><mi>d</mi><msub><mi>I</mi><mi>m</mi></msub><mo>+</mo><mi>d</mi><msub><mi>b</mi><mi>p</mi></msub></mrow></math>","text":"mamba/out_proj = mamba_proj_bias*hidden_size + hidden_size*mamba_intermediate_size","source":"nn.Linear(intermediate_size, hidden_size, bias=config.mamba_proj_bias)"},{"label":"mamba/dt_layernorm","mathml":"<math display=\"block\"><mrow><mi>dt_layernorm</mi><mo>=</mo><mi>R</mi></mrow></math>","text":"mamba/dt_layernorm = mamba_dt_rank","source":"JambaRMSNorm(time_step_rank)"},{"label":"mamba/b_layernorm","mathml":"<math display=\"block\"><mrow><mi>b_layernorm</mi><mo>=</mo><mi>N</mi></mrow></math>","text":"mamba/b_layernorm = mamba_d_state","source":"JambaRMSNorm(ssm_state_size)"},{"label":"mamba/c_layernorm","mathml":"<math display=\"block\"><mrow><mi>c_layernorm</mi><mo>=</mo><mi>N</mi></mrow></math>","text":"mamba/c_layernorm = mamba_d_state","source":"JambaRMSNorm(ssm_state_size)"},{"label":"moe","mathml":"<math display=\"block\"><mrow><mi>moe</mi><mo>=</mo><mrow><mo>(</mo><mi>experts</mi><mo>+</mo><mi>router</mi><mo>)</mo></mrow><mrow><mo>(</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mrow><mo>\u230a</mo><mfrac><mrow><mo>-</mo><msub><mi>o</mi><mi>e</mi></msub><mo>+</mo><msub><mi>p</mi><mi>e</mi></msub><mo>+</mo><mi>L</mi><mo>-</mo><mn>1</mn></mrow><msub><mi>p</mi><mi>e</mi></msub></mfrac><mo>\u230b</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>E</mi><mo>&gt;</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow></mrow></math>","text":"moe = (experts + router)*where(num_experts > 1, floor((-1 + expert_layer_period + num_layers - expert_layer_offset)/expert_layer_period), 0)","source":".feed_forward = JambaSparseMoeBlock(config) when config.layers_num_experts[i] > 1"},{"label":"moe/router","mathml":"<math display=\"block\"><mrow><mi>router</mi><mo>=</mo><mi>d</mi><mi>E</mi></mrow></math>","text":"moe/router = hidden_size*num_experts","source":"JambaSparseMoeBlock.router = JambaTopKRouter, weight = nn.Parameter(num_experts, hidden_size)"},{"label":"moe/experts","mathml":"<math display=\"block\"><mrow><mi>experts</mi><mo>=</mo><mi>down_proj</mi><mo>+</mo><mi>gate_up_proj</mi></mrow></math>","text":"moe/experts = down_proj + gate_up_proj","source":"JambaExperts, all experts of a layer as two 3-D parameters"},{"label":"moe/experts/gate_up_proj","mathml":"<math display=\"block\"><mrow><mi>gate_up_proj</mi><mo>=</mo><mn>2</mn><mi>d</mi><msub><mi>I</mi><mi>e</mi></msub><mi>E</mi></mrow></math>","text":"moe/experts/gate_up_proj = 2*hidden_size*moe_intermediate_size*num_experts","source":""},{"label":"moe/experts/down_proj","mathml":"<math display=\"block\"><mrow><mi>down_proj</mi><mo>=</mo><mi>d</mi><msub><mi>I</mi><mi>e</mi></msub><mi>E</mi></mrow></math>","text":"moe/experts/down_proj = hidden_size*moe_intermediate_size*num_experts","source":""},{"label":"dense_mlp","mathml":"<math display=\"block\"><mrow><mi>dense_mlp</mi><mo>=</mo><mrow><mo>(</mo><mi>L</mi><mo>-</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mrow><mo>\u230a</mo><mfrac><mrow><mo>-</mo><msub><mi>o</mi><mi>e</mi></msub><mo>+</mo><msub><mi>p</mi><mi>e</mi></msub><mo>+</mo><mi>L</mi><mo>-</mo><mn>1</mn></mrow><msub><mi>p</mi><mi>e</mi></msub></mfrac><mo>\u230b</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>E</mi><mo>&gt;</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow><mrow><mo>(</mo><mi>down_proj</mi><mo>+</mo><mi>gate_proj</mi><mo>+</mo><mi>up_proj</mi><mo>)</mo></mrow></mrow></math>","text":"dense_mlp = (num_layers - where(num_experts > 1, floor((-1 + expert_layer_period + num_layers - expert_layer_offset)/expert_layer_period), 0))*(down_proj + gate_proj + up_proj)","source":".feed_forward = JambaMLP(config) (nn.Linear, bias=False)"},{"label":"dense_mlp/gate_proj","mathml":"<math display=\"block\"><mrow><mi>gate_proj</mi><mo>=</mo><mi>d</mi><mi>I</mi></mrow></math>","text":"dense_mlp/gate_proj = hidden_size*intermediate_size","source":""},{"label":"dense_mlp/up_proj","mathml":"<math display=\"block\"><mrow><mi>up_proj</mi><mo>=</mo><mi>d</mi><mi>I</mi></mrow></math>","text":"dense_mlp/up_proj = hidden_size*intermediate_size","source":""},{"label":"dense_mlp/down_proj","mathml":"<math display=\"block\"><mrow><mi>down_proj</mi><mo>=</mo><mi>d</mi><mi>I</mi></mrow></math>","text":"dense_mlp/down_proj = hidden_size*intermediate_size","source":""},{"label":"final_layernorm","mathml":"<math display=\"block\"><mrow><mi>final_layernorm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"final_layernorm = hidden_size","source":"JambaModel.final_layernorm = JambaRMSNorm(hidden_size)"},{"label":"lm_head","mathml":"<math display=\"block\"><mrow><mi>lm_head</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow></mrow></math>","text":"lm_head = hidden_size*vocab_size*(1 - tie_word_embeddings)","source":"JambaForCausalLM.lm_head = nn.Linear(hidden_size, vocab_size, bias=False)"},{"label":"attention_layers","mathml":"<math display=\"block\"><mrow><mi>attention_layers</mi><mo>=</mo><mrow><mo>\u230a</mo><mfrac><mrow><mo>-</mo><msub><mi>o</mi><mi>a</mi></msub><mo>+</mo><msub><mi>p</mi><mi>a</mi></msub><mo>+</mo><mi>L</mi><mo>-</mo><mn>1</mn></mrow><msub><mi>p</mi><mi>a</mi></msub></mfrac><mo>\u230b</mo></mrow></mrow></math>","text":"attention_layers = floor((-1 + attn_layer_period + num_layers - attn_layer_offset)/attn_layer_period)","source":""},{"label":"mamba_layers","mathml":"<math display=\"block\"><mrow><mi>mamba_layers</mi><mo>=</mo><mo>-</mo><mi>attention_layers</mi><mo>+</mo><mi>L</mi></mrow></math>","text":"mamba_layers = num_layers - attention_layers","source":""},{"label":"moe_layers","mathml":"<math display=\"block\"><mrow><mi>moe_layers</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mrow><mo>\u230a</mo><mfrac><mrow><mo>-</mo><msub><mi>o</mi><mi>e</mi></msub><mo>+</mo><msub><mi>p</mi><mi>e</mi></msub><mo>+</mo><mi>L</mi><mo>-</mo><mn>1</mn></mrow><msub><mi>p</mi><mi>e</mi></msub></mfrac><mo>\u230b</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>E</mi><mo>&gt;</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"moe_layers = where(num_experts > 1, floor((-1 + expert_layer_period + num_layers - expert_layer_offset)/expert_layer_period), 0)","source":""},{"label":"non_embedding_params","mathml":"<math display=\"block\"><mrow><mi>non_embedding_params</mi><mo>=</mo><mo>-</mo><mi>embed_tokens</mi><mo>-</mo><mi>lm_head</mi><mo>+</mo><mi>params</mi></mrow></math>","text":"non_embedding_params = params - embed_tokens - lm_head","source":""},{"label":"embedding_params","mathml":"<math display=\"block\"><mrow><mi>embedding_params</mi><mo>=</mo><mi>embed_tokens</mi></mrow></math>","text":"embedding_params = embed_tokens","source":""},{"label":"lm_head_params","mathml":"<math display=\"block\"><mrow><mi>lm_head_params</mi><mo>=</mo><mi>lm_head</mi></mrow></math>","text":"lm_head_params = lm_head","source":""},{"label":"active_params","mathml":"<math display=\"block\"><mrow><mi>active_params</mi><mo>=</mo><mo>-</mo><mfrac><mrow><mi>experts</mi><mi>moe_layers</mi><mrow><mo>(</mo><mi>E</mi><mo>-</mo><mi>k</mi><mo>)</mo></mrow></mrow><mi>E</mi></mfrac><mo>+</mo><mi>params</mi></mrow></math>","text":"active_params = params - experts*moe_layers*(num_experts - num_experts_per_tok)/num_experts","source":""},{"label":"expert_params","mathml":"<math display=\"block\"><mrow><mi>expert_params</mi><mo>=</mo><mi>experts</mi><mi>moe_layers</mi></mrow></math>","text":"expert_params = experts*moe_layers","source":""},{"label":"mlp_activation_width","mathml":"<math display=\"block\"><mrow><mi>mlp_activation_width</mi><mo>=</mo><msub><mi>I</mi><mi>e</mi></msub><mi>k</mi></mrow></math>","text":"mlp_activation_width = moe_intermediate_size*num_experts_per_tok","source":""},{"label":"kv_elements_per_token","mathml":"<math display=\"block\"><mrow><mi>kv_elements_per_token</mi><mo>=</mo><mn>2</mn><mi>attention_layers</mi><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi></mrow></math>","text":"kv_elements_per_token = 2*attention_layers*head_dim*num_kv_heads","source":""},{"label":"conv_state_elements_per_sequence","mathml":"<math display=\"block\"><mrow><mi>conv_state_elements_per_sequence</mi><mo>=</mo><msub><mi>K</mi><mi>c</mi></msub><msub><mi>I</mi><mi>m</mi></msub><mi>mamba_layers</mi></mrow></math>","text":"conv_state_elements_per_sequence = mamba_layers*mamba_d_conv*mamba_intermediate_size","source":""},{"label":"ssm_state_elements_per_sequence","mathml":"<math display=\"block\"><mrow><mi>ssm_state_elements_per_sequence</mi><mo>=</mo><mi>N</mi><msub><mi>I</mi><mi>m</mi></msub><mi>mamba_layers</mi></mrow></math>","text":"ssm_state_elements_per_sequence = mamba_layers*mamba_d_state*mamba_intermediate_size","source":""},{"label":"state_elements_per_sequence","mathml":"<math display=\"block\"><mrow><mi>state_elements_per_sequence</mi><mo>=</mo><mi>conv_state_elements_per_sequence</mi><mo>+</mo><mi>ssm_state_elements_per_sequence</mi></mrow></math>","text":"state_elements_per_sequence = conv_state_elements_per_sequence + ssm_state_elements_per_sequence","source":""},{"label":"gated_mlp","mathml":"<math display=\"block\"><mrow><mi>gated_mlp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"gated_mlp = 1","source":""},{"label":"rms_norm","mathml":"<math display=\"block\"><mrow><mi>rms_norm</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"rms_norm = 1","source":""},{"label":"default num_kv_heads","mathml":"<math display=\"block\"><mrow><mi>defaultnum_kv_heads</mi><mo>=</mo><mi>H</mi></mrow></math>","text":"default num_kv_heads = num_heads","source":""},{"label":"default head_dim","mathml":"<math display=\"block\"><mrow><mi>defaulthead_dim</mi><mo>=</mo><mfrac><mi>d</mi><mi>H</mi></mfrac></mrow></math>","text":"default head_dim = hidden_size/num_heads","source":""},{"label":"default attn_layer_period","mathml":"<math display=\"block\"><mrow><mi>defaultattn_layer_period</mi><mo>=</mo><mn>8</mn></mrow></math>","text":"default attn_layer_period = 8","source":""},{"label":"default attn_layer_offset","mathml":"<math display=\"block\"><mrow><mi>defaultattn_layer_offset</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"default attn_layer_offset = 4","source":""},{"label":"default expert_layer_period","mathml":"<math display=\"block\"><mrow><mi>defaultexpert_layer_period</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"default expert_layer_period = 2","source":""},{"label":"default expert_layer_offset","mathml":"<math display=\"block\"><mrow><mi>defaultexpert_layer_offset</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default expert_layer_offset = 1","source":""},{"label":"default moe_intermediate_size","mathml":"<math display=\"block\"><mrow><mi>defaultmoe_intermediate_size</mi><mo>=</mo><mi>I</mi></mrow></math>","text":"default moe_intermediate_size = intermediate_size","source":""},{"label":"default mamba_d_state","mathml":"<math display=\"block\"><mrow><mi>defaultmamba_d_state</mi><mo>=</mo><mn>16</mn></mrow></math>","text":"default mamba_d_state = 16","source":""},{"label":"default mamba_d_conv","mathml":"<math display=\"block\"><mrow><mi>defaultmamba_d_conv</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"default mamba_d_conv = 4","source":""},{"label":"default mamba_expand","mathml":"<math display=\"block\"><mrow><mi>defaultmamba_expand</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"default mamba_expand = 2","source":""},{"label":"default mamba_intermediate_size","mathml":"<math display=\"block\"><mrow><mi>defaultmamba_intermediate_size</mi><mo>=</mo><mi>d</mi><mi>e</mi></mrow></math>","text":"default mamba_intermediate_size = hidden_size*mamba_expand","source":""},{"label":"default mamba_dt_rank","mathml":"<math display=\"block\"><mrow><mi>defaultmamba_dt_rank</mi><mo>=</mo><mrow><mo>\u2308</mo><mfrac><mi>d</mi><mn>16</mn></mfrac><mo>\u2309</mo></mrow></mrow></math>","text":"default mamba_dt_rank = ceil(hidden_size/16)","source":""},{"label":"default mamba_conv_bias","mathml":"<math display=\"block\"><mrow><mi>defaultmamba_conv_bias</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default mamba_conv_bias = 1","source":""},{"label":"default mamba_proj_bias","mathml":"<math display=\"block\"><mrow><mi>defaultmamba_proj_bias</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default mamba_proj_bias = 0","source":""},{"label":"default tie_word_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaulttie_word_embeddings</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default tie_word_embeddings = 0","source":""},{"label":"default max_position_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaultmax_position_embeddings</mi><mo>=</mo><mn>262144</mn></mrow></math>","text":"default max_position_embeddings = 262144","source":""}],"program_meta":[{"i":["vocab_size","hidden_size","intermediate_size","num_layers","num_heads","num_kv_heads","head_dim","attn_layer_period","attn_layer_offset","expert_layer_period","expert_layer_offset","num_experts","num_experts_per_tok","moe_intermediate_size","mamba_d_state","mamba_d_conv","mamba_expand","mamba_intermediate_size","mamba_dt_rank","mamba_conv_bias","mamba_proj_bias","tie_word_embeddings","max_position_embeddings"],"o":["@q:embed_tokens","@q:layers/input_layernorm","@q:layers/pre_ff_layernorm","@r:layers","@q:layers","@q:attention/q_proj","@q:attention/k_proj","@q:attention/v_proj","@q:attention/o_proj","@r:attention","@q:attention","@q:mamba/in_proj","@q:mamba/conv1d","@q:mamba/x_proj","@q:mamba/dt_proj","@q:mamba/A_log","@q:mamba/D","@q:mamba/out_proj","@q:mamba/dt_layernorm","@q:mamba/b_layernorm","@q:mamba/c_layernorm","@r:mamba","@q:mamba","@q:moe/router","@q:moe/experts/gate_up_proj","@q:moe/experts/down_proj","@q:moe/experts","@r:moe","@q:moe","@q:dense_mlp/gate_proj","@q:dense_mlp/up_proj","@q:dense_mlp/down_proj","@r:dense_mlp","@q:dense_mlp","@q:final_layernorm","@q:lm_head","@q:","@d:attention_layers","@d:mamba_layers","@d:moe_layers","@d:non_embedding_params","@d:embedding_params","@d:lm_head_params","@d:active_params","@d:expert_params","@d:mlp_activation_width","@d:kv_elements_per_token","@d:conv_state_elements_per_sequence","@d:ssm_state_elements_per_sequence","@d:state_elements_per_sequence","@b:gated_mlp","@b:rms_norm"],"c":null},{"i":["num_heads"],"o":["num_kv_heads"],"c":null},{"i":["hidden_size","num_heads"],"o":["head_dim"],"c":null},{"i":[],"o":["attn_layer_period"],"c":"8"},{"i":[],"o":["attn_layer_offset"],"c":"4"},{"i":[],"o":["expert_layer_period"],"c":"2"},{"i":[],"o":["expert_layer_offset"],"c":"1"},{"i":["intermediate_size"],"o":["moe_intermediate_size"],"c":null},{"i":[],"o":["mamba_d_state"],"c":"16"},{"i":[],"o":["mamba_d_conv"],"c":"4"},{"i":[],"o":["mamba_expand"],"c":"2"},{"i":["hidden_size","mamba_expand"],"o":["mamba_intermediate_size"],"c":null},{"i":["hidden_size"],"o":["mamba_dt_rank"],"c":null},{"i":[],"o":["mamba_conv_bias"],"c":"1"},{"i":[],"o":["mamba_proj_bias"],"c":"0"},{"i":[],"o":["tie_word_embeddings"],"c":"0"},{"i":[],"o":["max_position_embeddings"],"c":"262144"},{"i":["attn_layer_offset","attn_layer_period","expert_layer_offset","expert_layer_period","head_dim","hidden_size","intermediate_size","mamba_d_state","mamba_dt_rank","mamba_intermediate_size","moe_intermediate_size","num_experts","num_heads","num_kv_heads","num_layers","vocab_size"],"o":["q_proj/in","q_proj/out","q_proj/count","k_proj/in","k_proj/out","k_proj/count","v_proj/in","v_proj/out","v_proj/count","o_proj/in","o_proj/out","o_proj/count","in_proj/in","in_proj/out","in_proj/count","x_proj/in","x_proj/out","x_proj/count","dt_proj/in","dt_proj/out","dt_proj/count","out_proj/in","out_proj/out","out_proj/count","experts.gate_up_proj/in","experts.gate_up_proj/out","experts.gate_up_proj/count","experts.down_proj/in","experts.down_proj/out","experts.down_proj/count","gate_proj/in","gate_proj/out","gate_proj/count","up_proj/in","up_proj/out","up_proj/count","down_proj/in","down_proj/out","down_proj/count","lm_head/in","lm_head/out","lm_head/count"],"c":null}]},
function ({_Z, _Q, _add, _mul, _pow, _powq, _inv, _mod, _lt, _le, _gt, _ge, _eq, _ne, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22) {
  let v23 = _mul(v1, v0);
  let v24 = v1;
  let v25 = v1;
  let v26 = v3;
  let v27 = _mul(v26, _add(v24, v25));
  let v28 = _mul(v6, v1, v4);
  let v29 = _mul(v6, v1, v5);
  let v30 = _mul(v6, v1, v5);
  let v31 = _mul(v6, v1, v4);
  let v32 = _floor(_mul(_inv(_pow(v7, 1)), _add(_Z(-1n), v7, v3, _mul(_Z(-1n), v8))));
  let v33 = _mul(v32, _add(v29, v31, v28, v30));
  let v34 = _mul(v17, _add(_mul(_Z(2n), v20), _mul(_Z(2n), v1)));
  let v35 = _mul(v17, _add(v19, v15));
  let v36 = _mul(v17, _add(v18, _mul(_Z(2n), v14)));
  let v37 = _add(v17, _mul(v18, v17));
  let v38 = _mul(v14, v17);
  let v39 = v17;
  let v40 = _add(_mul(v20, v1), _mul(v1, v17));
  let v41 = v18;
  let v42 = v14;
  let v43 = v14;
  let v44 = _add(v3, _mul(_Z(-1n), _floor(_mul(_inv(_pow(v7, 1)), _add(_Z(-1n), v7, v3, _mul(_Z(-1n), v8))))));
  let v45 = _mul(v44, _add(v38, v39, v42, v43, v35, v41, v37, v34, v40, v36));
  let v46 = _mul(v1, v11);
  let v47 = _mul(_Z(2n), v1, v13, v11);
  let v48 = _mul(v1, v13, v11);
  let v49 = _add(v48, v47);
  let v50 = (_gt(v11, _Z(1n)) ? _floor(_mul(_inv(_pow(v9, 1)), _add(_Z(-1n), v9, v3, _mul(_Z(-1n), v10)))) : _Z(0n));
  let v51 = _mul(v50, _add(v49, v46));
  let v52 = _mul(v1, v2);
  let v53 = _mul(v1, v2);
  let v54 = _mul(v1, v2);
  let v55 = _add(v3, _mul(_Z(-1n), (_gt(v11, _Z(1n)) ? _floor(_mul(_inv(_pow(v9, 1)), _add(_Z(-1n), v9, v3, _mul(_Z(-1n), v10)))) : _Z(0n))));
  let v56 = _mul(v55, _add(v54, v52, v53));
  let v57 = v1;
  let v58 = _mul(v1, v0, _add(_Z(1n), _mul(_Z(-1n), v21)));
  let v59 = _add(v33, v56, v23, v57, v27, v58, v45, v51);
  let v60 = _floor(_mul(_inv(_pow(v7, 1)), _add(_Z(-1n), v7, v3, _mul(_Z(-1n), v8))));
  let v61 = _add(v3, _mul(_Z(-1n), v60));
  let v62 = (_gt(v11, _Z(1n)) ? _floor(_mul(_inv(_pow(v9, 1)), _add(_Z(-1n), v9, v3, _mul(_Z(-1n), v10)))) : _Z(0n));
  let v63 = _add(v59, _mul(_Z(-1n), v23), _mul(_Z(-1n), v58));
  let v64 = v23;
  let v65 = v58;
  let v66 = _add(v59, _mul(_Z(-1n), v62, v49, _inv(_pow(v11, 1)), _add(v11, _mul(_Z(-1n), v12))));
  let v67 = _mul(v62, v49);
  let v68 = _mul(v13, v12);
  let v69 = _mul(_Z(2n), v60, v6, v5);
  let v70 = _mul(v61, v15, v17);
  let v71 = _mul(v61, v14, v17);
  let v72 = _add(v70, v71);
  let v73 = _Z(1n);
  let v74 = _Z(1n);
  return [v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59, v60, v61, v62, v63, v64, v65, v66, v67, v68, v69, v70, v71, v72, v73, v74];
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
null,
null,
function plan(v0, v1) {
  let v2 = _mul(v0, v1);
  return [v2];
},
function plan(v0) {
  let v1 = _ceil(_mul(_Q(1n, 16n), v0));
  return [v1];
},
null,
null,
null,
null,
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15) {
  let v16 = v5;
  let v17 = _mul(v4, v12);
  let v18 = _floor(_mul(_inv(_pow(v1, 1)), _add(_Z(-1n), v1, v14, _mul(_Z(-1n), v0))));
  let v19 = v5;
  let v20 = _mul(v4, v13);
  let v21 = _floor(_mul(_inv(_pow(v1, 1)), _add(_Z(-1n), v1, v14, _mul(_Z(-1n), v0))));
  let v22 = v5;
  let v23 = _mul(v4, v13);
  let v24 = _floor(_mul(_inv(_pow(v1, 1)), _add(_Z(-1n), v1, v14, _mul(_Z(-1n), v0))));
  let v25 = _mul(v4, v12);
  let v26 = v5;
  let v27 = _floor(_mul(_inv(_pow(v1, 1)), _add(_Z(-1n), v1, v14, _mul(_Z(-1n), v0))));
  let v28 = v5;
  let v29 = _mul(_Z(2n), v9);
  let v30 = _add(v14, _mul(_Z(-1n), _floor(_mul(_inv(_pow(v1, 1)), _add(_Z(-1n), v1, v14, _mul(_Z(-1n), v0))))));
  let v31 = v9;
  let v32 = _add(v8, _mul(_Z(2n), v7));
  let v33 = _add(v14, _mul(_Z(-1n), _floor(_mul(_inv(_pow(v1, 1)), _add(_Z(-1n), v1, v14, _mul(_Z(-1n), v0))))));
  let v34 = v8;
  let v35 = v9;
  let v36 = _add(v14, _mul(_Z(-1n), _floor(_mul(_inv(_pow(v1, 1)), _add(_Z(-1n), v1, v14, _mul(_Z(-1n), v0))))));
  let v37 = v9;
  let v38 = v5;
  let v39 = _add(v14, _mul(_Z(-1n), _floor(_mul(_inv(_pow(v1, 1)), _add(_Z(-1n), v1, v14, _mul(_Z(-1n), v0))))));
  let v40 = v5;
  let v41 = _mul(_Z(2n), v10);
  let v42 = _mul(v11, (_gt(v11, _Z(1n)) ? _floor(_mul(_inv(_pow(v3, 1)), _add(_Z(-1n), v3, v14, _mul(_Z(-1n), v2)))) : _Z(0n)));
  let v43 = v10;
  let v44 = v5;
  let v45 = _mul(v11, (_gt(v11, _Z(1n)) ? _floor(_mul(_inv(_pow(v3, 1)), _add(_Z(-1n), v3, v14, _mul(_Z(-1n), v2)))) : _Z(0n)));
  let v46 = v5;
  let v47 = v6;
  let v48 = _add(v14, _mul(_Z(-1n), (_gt(v11, _Z(1n)) ? _floor(_mul(_inv(_pow(v3, 1)), _add(_Z(-1n), v3, v14, _mul(_Z(-1n), v2)))) : _Z(0n))));
  let v49 = v5;
  let v50 = v6;
  let v51 = _add(v14, _mul(_Z(-1n), (_gt(v11, _Z(1n)) ? _floor(_mul(_inv(_pow(v3, 1)), _add(_Z(-1n), v3, v14, _mul(_Z(-1n), v2)))) : _Z(0n))));
  let v52 = v6;
  let v53 = v5;
  let v54 = _add(v14, _mul(_Z(-1n), (_gt(v11, _Z(1n)) ? _floor(_mul(_inv(_pow(v3, 1)), _add(_Z(-1n), v3, v14, _mul(_Z(-1n), v2)))) : _Z(0n))));
  let v55 = v5;
  let v56 = v15;
  let v57 = _Z(1n);
  return [v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57];
}
];
},
function ({_F, _inv, _mod, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22) {
  let v23 = (v1 * v0);
  let v24 = v1;
  let v25 = v1;
  let v26 = v3;
  let v27 = (v26 * (v24 + v25));
  let v28 = (v6 * v1 * v4);
  let v29 = (v6 * v1 * v5);
  let v30 = (v6 * v1 * v5);
  let v31 = (v6 * v1 * v4);
  let v32 = _floor((_inv(v7 ** 1) * ((-1.0) + v7 + v3 + ((-1.0) * v8))));
  let v33 = (v32 * (v29 + v31 + v28 + v30));
  let v34 = (v17 * (((2.0) * v20) + ((2.0) * v1)));
  let v35 = (v17 * (v19 + v15));
  let v36 = (v17 * (v18 + ((2.0) * v14)));
  let v37 = (v17 + (v18 * v17));
  let v38 = (v14 * v17);
  let v39 = v17;
  let v40 = ((v20 * v1) + (v1 * v17));
  let v41 = v18;
  let v42 = v14;
  let v43 = v14;
  let v44 = (v3 + ((-1.0) * _floor((_inv(v7 ** 1) * ((-1.0) + v7 + v3 + ((-1.0) * v8))))));
  let v45 = (v44 * (v38 + v39 + v42 + v43 + v35 + v41 + v37 + v34 + v40 + v36));
  let v46 = (v1 * v11);
  let v47 = ((2.0) * v1 * v13 * v11);
  let v48 = (v1 * v13 * v11);
  let v49 = (v48 + v47);
  let v50 = ((v11 > (1.0)) ? _floor((_inv(v9 ** 1) * ((-1.0) + v9 + v3 + ((-1.0) * v10)))) : (0.0));
  let v51 = (v50 * (v49 + v46));
  let v52 = (v1 * v2);
  let v53 = (v1 * v2);
  let v54 = (v1 * v2);
  let v55 = (v3 + ((-1.0) * ((v11 > (1.0)) ? _floor((_inv(v9 ** 1) * ((-1.0) + v9 + v3 + ((-1.0) * v10)))) : (0.0))));
  let v56 = (v55 * (v54 + v52 + v53));
  let v57 = v1;
  let v58 = (v1 * v0 * ((1.0) + ((-1.0) * v21)));
  let v59 = (v33 + v56 + v23 + v57 + v27 + v58 + v45 + v51);
  let v60 = _floor((_inv(v7 ** 1) * ((-1.0) + v7 + v3 + ((-1.0) * v8))));
  let v61 = (v3 + ((-1.0) * v60));
  let v62 = ((v11 > (1.0)) ? _floor((_inv(v9 ** 1) * ((-1.0) + v9 + v3 + ((-1.0) * v10)))) : (0.0));
  let v63 = (v59 + ((-1.0) * v23) + ((-1.0) * v58));
  let v64 = v23;
  let v65 = v58;
  let v66 = (v59 + ((-1.0) * v62 * v49 * _inv(v11 ** 1) * (v11 + ((-1.0) * v12))));
  let v67 = (v62 * v49);
  let v68 = (v13 * v12);
  let v69 = ((2.0) * v60 * v6 * v5);
  let v70 = (v61 * v15 * v17);
  let v71 = (v61 * v14 * v17);
  let v72 = (v70 + v71);
  let v73 = (1.0);
  let v74 = (1.0);
  return [v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59, v60, v61, v62, v63, v64, v65, v66, v67, v68, v69, v70, v71, v72, v73, v74];
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
null,
null,
function plan(v0, v1) {
  let v2 = (v0 * v1);
  return [v2];
},
function plan(v0) {
  let v1 = _ceil((_F(1, 16) * v0));
  return [v1];
},
null,
null,
null,
null,
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15) {
  let v16 = v5;
  let v17 = (v4 * v12);
  let v18 = _floor((_inv(v1 ** 1) * ((-1.0) + v1 + v14 + ((-1.0) * v0))));
  let v19 = v5;
  let v20 = (v4 * v13);
  let v21 = _floor((_inv(v1 ** 1) * ((-1.0) + v1 + v14 + ((-1.0) * v0))));
  let v22 = v5;
  let v23 = (v4 * v13);
  let v24 = _floor((_inv(v1 ** 1) * ((-1.0) + v1 + v14 + ((-1.0) * v0))));
  let v25 = (v4 * v12);
  let v26 = v5;
  let v27 = _floor((_inv(v1 ** 1) * ((-1.0) + v1 + v14 + ((-1.0) * v0))));
  let v28 = v5;
  let v29 = ((2.0) * v9);
  let v30 = (v14 + ((-1.0) * _floor((_inv(v1 ** 1) * ((-1.0) + v1 + v14 + ((-1.0) * v0))))));
  let v31 = v9;
  let v32 = (v8 + ((2.0) * v7));
  let v33 = (v14 + ((-1.0) * _floor((_inv(v1 ** 1) * ((-1.0) + v1 + v14 + ((-1.0) * v0))))));
  let v34 = v8;
  let v35 = v9;
  let v36 = (v14 + ((-1.0) * _floor((_inv(v1 ** 1) * ((-1.0) + v1 + v14 + ((-1.0) * v0))))));
  let v37 = v9;
  let v38 = v5;
  let v39 = (v14 + ((-1.0) * _floor((_inv(v1 ** 1) * ((-1.0) + v1 + v14 + ((-1.0) * v0))))));
  let v40 = v5;
  let v41 = ((2.0) * v10);
  let v42 = (v11 * ((v11 > (1.0)) ? _floor((_inv(v3 ** 1) * ((-1.0) + v3 + v14 + ((-1.0) * v2)))) : (0.0)));
  let v43 = v10;
  let v44 = v5;
  let v45 = (v11 * ((v11 > (1.0)) ? _floor((_inv(v3 ** 1) * ((-1.0) + v3 + v14 + ((-1.0) * v2)))) : (0.0)));
  let v46 = v5;
  let v47 = v6;
  let v48 = (v14 + ((-1.0) * ((v11 > (1.0)) ? _floor((_inv(v3 ** 1) * ((-1.0) + v3 + v14 + ((-1.0) * v2)))) : (0.0))));
  let v49 = v5;
  let v50 = v6;
  let v51 = (v14 + ((-1.0) * ((v11 > (1.0)) ? _floor((_inv(v3 ** 1) * ((-1.0) + v3 + v14 + ((-1.0) * v2)))) : (0.0))));
  let v52 = v6;
  let v53 = v5;
  let v54 = (v14 + ((-1.0) * ((v11 > (1.0)) ? _floor((_inv(v3 ** 1) * ((-1.0) + v3 + v14 + ((-1.0) * v2)))) : (0.0))));
  let v55 = v5;
  let v56 = v15;
  let v57 = (1.0);
  return [v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57];
}
];
});
