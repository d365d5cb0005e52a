ENGINE.define({"name":"cohere","kind":"architecture","path":"specs/cohere.yaml","description":"Cohere decoder: parallel attention and MLP behind one bias-free LayerNorm, grouped-query attention, optional per-head q/k LayerNorms, SwiGLU MLP, tied LM head.","abstract":false,"symbols":[{"name":"vocab_size","domain":"positive_integer","latex":"V","description":"Vocabulary size (config.vocab_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:14:3"},{"name":"hidden_size","domain":"positive_integer","latex":"d","description":"Model width (config.hidden_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:17:3"},{"name":"intermediate_size","domain":"positive_integer","latex":"I","description":"MLP inner width (config.intermediate_size)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:20:3"},{"name":"num_layers","domain":"positive_integer","latex":"L","description":"Decoder layers (config.num_hidden_layers)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:23:3"},{"name":"num_heads","domain":"positive_integer","latex":"H","description":"Query heads (config.num_attention_heads)","flag":false,"provider":"","default":null,"key":"specs/base/decoder.yaml:26:3"},{"name":"num_kv_heads","domain":"positive_integer","latex":"K","description":"Key/value heads, grouped-query attention (config.num_key_value_heads)","flag":false,"provider":"","default":{"text":"num_heads","at":"specs/base/decoder.yaml:32:14","key":"specs/base/decoder.yaml:32:5"},"key":"specs/base/decoder.yaml:29:3"},{"name":"head_dim","domain":"positive_integer","latex":"d_h","description":"Width of one attention head (config.head_dim)","flag":false,"provider":"","default":{"text":"hidden_size / num_heads","at":"specs/base/decoder.yaml:37:14","key":"specs/base/decoder.yaml:37:5"},"key":"specs/base/decoder.yaml:34:3"},{"name":"max_position_embeddings","domain":"positive_integer","latex":"n_{ctx}","description":"Context length the model was trained for (rotary, so no parameters)","flag":false,"provider":"","default":{"text":"8192","at":"specs/cohere.yaml:32:14","key":"specs/cohere.yaml:32:5"},"key":"specs/cohere.yaml:29:3"},{"name":"tie_word_embeddings","domain":"flag","latex":"\\tau","description":"1 if lm_head shares the token embedding matrix (CohereConfig default true)","flag":false,"provider":"","default":{"text":"1","at":"specs/cohere.yaml:23:14","key":"specs/cohere.yaml:23:5"},"key":"specs/cohere.yaml:19:3"},{"name":"attention_bias","domain":"flag","latex":"b_{attn}","description":"1 if q/k/v/o projections have biases (config.attention_bias)","flag":false,"provider":"","default":{"text":"0","at":"specs/base/decoder.yaml:52:14","key":"specs/base/decoder.yaml:52:5"},"key":"specs/base/decoder.yaml:48:3"},{"name":"mlp_bias","domain":"flag","latex":"b_{mlp}","description":"0; CohereMLP builds gate/up/down with bias=False","flag":false,"provider":"","default":{"text":"0","at":"specs/cohere.yaml:18:14","key":"specs/cohere.yaml:18:5"},"key":"specs/cohere.yaml:15:3"},{"name":"use_qk_norm","domain":"flag","latex":"q_n","description":"1 for LayerNorms over each query and key head (config.use_qk_norm)","flag":false,"provider":"","default":{"text":"0","at":"specs/cohere.yaml:28:14","key":"specs/cohere.yaml:28:5"},"key":"specs/cohere.yaml:24:3"}],"presets":[{"name":"command-r-v01","description":"","values":{"vocab_size":{"text":"256000","at":"specs/cohere.yaml:70:26","key":"specs/cohere.yaml:70:14","value":"256000"},"hidden_size":{"text":"8192","at":"specs/cohere.yaml:70:47","key":"specs/cohere.yaml:70:34","value":"8192"},"intermediate_size":{"text":"22528","at":"specs/cohere.yaml:70:72","key":"specs/cohere.yaml:70:53","value":"22528"},"num_layers":{"text":"40","at":"specs/cohere.yaml:70:91","key":"specs/cohere.yaml:70:79","value":"40"},"num_heads":{"text":"64","at":"specs/cohere.yaml:70:106","key":"specs/cohere.yaml:70:95","value":"64"},"num_kv_heads":{"text":"64","at":"specs/cohere.yaml:71:28","key":"specs/cohere.yaml:71:14","value":"64"},"max_position_embeddings":{"text":"8192","at":"specs/cohere.yaml:71:57","key":"specs/cohere.yaml:71:32","value":"8192"}}},{"name":"command-r-plus","description":"","values":{"vocab_size":{"text":"256000","at":"specs/cohere.yaml:74:26","key":"specs/cohere.yaml:74:14","value":"256000"},"hidden_size":{"text":"12288","at":"specs/cohere.yaml:74:47","key":"specs/cohere.yaml:74:34","value":"12288"},"intermediate_size":{"text":"33792","at":"specs/cohere.yaml:74:73","key":"specs/cohere.yaml:74:54","value":"33792"},"num_layers":{"text":"64","at":"specs/cohere.yaml:74:92","key":"specs/cohere.yaml:74:80","value":"64"},"num_heads":{"text":"96","at":"specs/cohere.yaml:74:107","key":"specs/cohere.yaml:74:96","value":"96"},"num_kv_heads":{"text":"8","at":"specs/cohere.yaml:75:28","key":"specs/cohere.yaml:75:14","value":"8"},"use_qk_norm":{"text":"1","at":"specs/cohere.yaml:75:44","key":"specs/cohere.yaml:75:31","value":"1"},"max_position_embeddings":{"text":"8192","at":"specs/cohere.yaml:75:72","key":"specs/cohere.yaml:75:47","value":"8192"}}}],"default_preset":"command-r-v01","default_rules":null,"total":{"name":"params","key":"","slot":"@q:"},"parts":[["embed_tokens","embed_tokens","@q:embed_tokens",[],false],["layers","layers","@q:layers",[],true],["layers/input_layernorm","input_layernorm","@q:layers/input_layernorm",["@r:layers"],false],["layers/self_attn","self_attn","@q:layers/self_attn",["@r:layers"],true],["layers/self_attn/q_proj","q_proj","@q:layers/self_attn/q_proj",["@r:layers"],false],["layers/self_attn/k_proj","k_proj","@q:layers/self_attn/k_proj",["@r:layers"],false],["layers/self_attn/v_proj","v_proj","@q:layers/self_attn/v_proj",["@r:layers"],false],["layers/self_attn/o_proj","o_proj","@q:layers/self_attn/o_proj",["@r:layers"],false],["layers/self_attn/q_norm","q_norm","@q:layers/self_attn/q_norm",["@r:layers"],false],["layers/self_attn/k_norm","k_norm","@q:layers/self_attn/k_norm",["@r:layers"],false],["layers/mlp","mlp","@q:layers/mlp",["@r:layers"],true],["layers/mlp/gate_proj","gate_proj","@q:layers/mlp/gate_proj",["@r:layers"],false],["layers/mlp/up_proj","up_proj","@q:layers/mlp/up_proj",["@r:layers"],false],["layers/mlp/down_proj","down_proj","@q:layers/mlp/down_proj",["@r:layers"],false],["norm","norm","@q:norm",[],false],["lm_head","lm_head","@q:lm_head",[],false]],"derived":{"non_embedding_params":"@d:non_embedding_params","embedding_params":"@d:embedding_params","lm_head_params":"@d:lm_head_params","kv_elements_per_token":"@d:kv_elements_per_token"},"phases":{},"block":{"gated_mlp":"@b:gated_mlp","rms_norm":"@b:rms_norm"},"where":{"":"specs/cohere.yaml:34:1","embed_tokens":"specs/base/decoder.yaml:60:11","layers":"specs/base/decoder.yaml:63:13","layers/input_layernorm":"specs/cohere.yaml:38:15","layers/self_attn":"specs/cohere.yaml:40:7","layers/self_attn/q_proj":"specs/base/decoder.yaml:71:19","layers/self_attn/k_proj":"specs/base/decoder.yaml:72:19","layers/self_attn/v_proj":"specs/base/decoder.yaml:73:19","layers/self_attn/o_proj":"specs/base/decoder.yaml:74:19","layers/self_attn/q_norm":"specs/cohere.yaml:44:19","layers/self_attn/k_norm":"specs/cohere.yaml:47:19","layers/mlp":"specs/base/decoder.yaml:79:7","layers/mlp/gate_proj":"specs/base/decoder.yaml:81:22","layers/mlp/up_proj":"specs/base/decoder.yaml:82:20","layers/mlp/down_proj":"specs/base/decoder.yaml:83:22","norm":"specs/cohere.yaml:51:11","lm_head":"specs/base/decoder.yaml:89:11","non_embedding_params":"specs/base/decoder.yaml:107:11","embedding_params":"specs/base/decoder.yaml:110:11","lm_head_params":"specs/base/decoder.yaml:113:11","kv_elements_per_token":"specs/base/decoder.yaml:116:11","gated_mlp":"specs/base/decoder.yaml:99:11","rms_norm":"specs/cohere.yaml:79:11"},"options":[],"linears":[{"name":"q_proj","output":false},{"name":"k_proj","output":false},{"name":"v_proj","output":false},{"name":"o_proj","output":false},{"name":"gate_proj","output":false},{"name":"up_proj","output":false},{"name":"down_proj","output":false},{"name":"lm_head","output":true}],"lora_targets":["q_proj","v_proj"],"hf":{"model_types":["cohere"],"keys":[{"key":"vocab_size","symbol":"vocab_size","if_null":null,"values":{}},{"key":"hidden_size","symbol":"hidden_size","if_null":null,"values":{}},{"key":"intermediate_size","symbol":"intermediate_size","if_null":null,"values":{}},{"key":"num_hidden_layers","symbol":"num_layers","if_null":null,"values":{}},{"key":"num_attention_heads","symbol":"num_heads","if_null":null,"values":{}},{"key":"num_key_value_heads","symbol":"num_kv_heads","if_null":null,"values":{}},{"key":"head_dim","symbol":"head_dim","if_null":null,"values":{}},{"key":"max_position_embeddings","symbol":"max_position_embeddings","if_null":null,"values":{}},{"key":"tie_word_embeddings","symbol":"tie_word_embeddings","if_null":null,"values":{}},{"key":"attention_bias","symbol":"attention_bias","if_null":null,"values":{}},{"key":"use_qk_norm","symbol":"use_qk_norm","if_null":null,"values":{}}],"defaults":{"tie_word_embeddings":{"raw":{"json":true},"span":{"value":"specs/cohere.yaml:63:26","key":"specs/cohere.yaml:63:5","at":"specs/cohere.yaml:63:26"}},"max_position_embeddings":{"raw":{"number":"8192"},"span":{"value":"specs/cohere.yaml:64:30","key":"specs/cohere.yaml:64:5","at":"specs/cohere.yaml:64:30"}}},"architectures":{"CohereForCausalLM":{}},"key":"specs/cohere.yaml:54:1"},"programs":{"main":0,"defaults":{"num_kv_heads":1,"head_dim":2,"max_position_embeddings":3,"tie_word_embeddings":4,"attention_bias":5,"mlp_bias":6,"use_qk_norm":7},"choices":{},"weights":{},"linears":8,"conditions":{}},"formulas":[{"label":"params","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mi>embed_tokens</mi><mo>+</mo><mi>layers</mi><mo>+</mo><mi>lm_head</mi><mo>+</mo><mi>norm</mi></mrow></math>","text":"params = embed_tokens + layers + lm_head + norm","source":""},{"label":"params (in symbols)","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow><mo>+</mo><mi>d</mi><mi>V</mi><mo>+</mo><mi>d</mi><mo>+</mo><mi>L</mi><mrow><mo>(</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>H</mi><mo>+</mo><mn>2</mn><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mo>+</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><mi>d</mi><mo>+</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi><mo>+</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>K</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>H</mi><msub><mi>q</mi><mi>n</mi></msub><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><msub><mi>q</mi><mi>n</mi></msub><mo>+</mo><mn>3</mn><mi>d</mi><mi>I</mi><mo>+</mo><mi>d</mi><msub><mi>b</mi><mrow><mi>m</mi><mi>l</mi><mi>p</mi></mrow></msub><mo>+</mo><mi>d</mi><mo>+</mo><mn>2</mn><mi>I</mi><msub><mi>b</mi><mrow><mi>m</mi><mi>l</mi><mi>p</mi></mrow></msub><mo>)</mo></mrow></mrow></math>","text":"params (in symbols) = hidden_size + hidden_size*vocab_size + num_layers*(hidden_size + attention_bias*hidden_size + mlp_bias*hidden_size + 2*mlp_bias*intermediate_size + 3*hidden_size*intermediate_size + attention_bias*head_dim*num_heads + use_qk_norm*head_dim*num_heads + use_qk_norm*head_dim*num_kv_heads + 2*attention_bias*head_dim*num_kv_heads + 2*head_dim*hidden_size*num_heads + 2*head_dim*hidden_size*num_kv_heads) + hidden_size*vocab_size*(1 - tie_word_embeddings)","source":""},{"label":"embed_tokens","mathml":"<math display=\"block\"><mrow><mi>embed_tokens</mi><mo>=</mo><mi>d</mi><mi>V</mi></mrow></math>","text":"embed_tokens = hidden_size*vocab_size","source":"Model.embed_tokens = nn.Embedding(vocab_size, hidden_size)"},{"label":"layers","mathml":"<math display=\"block\"><mrow><mi>layers</mi><mo>=</mo><mi>L</mi><mrow><mo>(</mo><mi>input_layernorm</mi><mo>+</mo><mi>mlp</mi><mo>+</mo><mi>self_attn</mi><mo>)</mo></mrow></mrow></math>","text":"layers = num_layers*(input_layernorm + mlp + self_attn)","source":""},{"label":"layers/input_layernorm","mathml":"<math display=\"block\"><mrow><mi>input_layernorm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"layers/input_layernorm = hidden_size","source":"CohereDecoderLayer.input_layernorm = CohereLayerNorm(hidden_size), weight only; attention and MLP both read it"},{"label":"layers/self_attn","mathml":"<math display=\"block\"><mrow><mi>self_attn</mi><mo>=</mo><mi>k_norm</mi><mo>+</mo><mi>k_proj</mi><mo>+</mo><mi>o_proj</mi><mo>+</mo><mi>q_norm</mi><mo>+</mo><mi>q_proj</mi><mo>+</mo><mi>v_proj</mi></mrow></math>","text":"layers/self_attn = k_norm + k_proj + o_proj + q_norm + q_proj + v_proj","source":"CohereAttention q/k/v/o (bias=config.attention_bias), q_norm and k_norm with config.use_qk_norm"},{"label":"layers/self_attn/q_proj","mathml":"<math display=\"block\"><mrow><mi>q_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>H</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi></mrow></math>","text":"layers/self_attn/q_proj = attention_bias*head_dim*num_heads + head_dim*hidden_size*num_heads","source":""},{"label":"layers/self_attn/k_proj","mathml":"<math display=\"block\"><mrow><mi>k_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>K</mi></mrow></math>","text":"layers/self_attn/k_proj = attention_bias*head_dim*num_kv_heads + head_dim*hidden_size*num_kv_heads","source":""},{"label":"layers/self_attn/v_proj","mathml":"<math display=\"block\"><mrow><mi>v_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>K</mi></mrow></math>","text":"layers/self_attn/v_proj = attention_bias*head_dim*num_kv_heads + head_dim*hidden_size*num_kv_heads","source":""},{"label":"layers/self_attn/o_proj","mathml":"<math display=\"block\"><mrow><mi>o_proj</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi><mi>n</mi></mrow></msub><mi>d</mi><mo>+</mo><msub><mi>d</mi><mi>h</mi></msub><mi>d</mi><mi>H</mi></mrow></math>","text":"layers/self_attn/o_proj = attention_bias*hidden_size + head_dim*hidden_size*num_heads","source":""},{"label":"layers/self_attn/q_norm","mathml":"<math display=\"block\"><mrow><mi>q_norm</mi><mo>=</mo><msub><mi>d</mi><mi>h</mi></msub><mi>H</mi><msub><mi>q</mi><mi>n</mi></msub></mrow></math>","text":"layers/self_attn/q_norm = use_qk_norm*head_dim*num_heads","source":"CohereAttention.q_norm = CohereLayerNorm((num_attention_heads, head_dim))"},{"label":"layers/self_attn/k_norm","mathml":"<math display=\"block\"><mrow><mi>k_norm</mi><mo>=</mo><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><msub><mi>q</mi><mi>n</mi></msub></mrow></math>","text":"layers/self_attn/k_norm = use_qk_norm*head_dim*num_kv_heads","source":"CohereAttention.k_norm = CohereLayerNorm((num_key_value_heads, head_dim))"},{"label":"layers/mlp","mathml":"<math display=\"block\"><mrow><mi>mlp</mi><mo>=</mo><mi>down_proj</mi><mo>+</mo><mi>gate_proj</mi><mo>+</mo><mi>up_proj</mi></mrow></math>","text":"layers/mlp = down_proj + gate_proj + up_proj","source":"MLP gate_proj, up_proj, down_proj (nn.Linear, bias=config.mlp_bias)"},{"label":"layers/mlp/gate_proj","mathml":"<math display=\"block\"><mrow><mi>gate_proj</mi><mo>=</mo><mi>d</mi><mi>I</mi><mo>+</mo><mi>I</mi><msub><mi>b</mi><mrow><mi>m</mi><mi>l</mi><mi>p</mi></mrow></msub></mrow></math>","text":"layers/mlp/gate_proj = mlp_bias*intermediate_size + hidden_size*intermediate_size","source":""},{"label":"layers/mlp/up_proj","mathml":"<math display=\"block\"><mrow><mi>up_proj</mi><mo>=</mo><mi>d</mi><mi>I</mi><mo>+</mo><mi>I</mi><msub><mi>b</mi><mrow><mi>m</mi><mi>l</mi><mi>p</mi></mrow></msub></mrow></math>","text":"layers/mlp/up_proj = mlp_bias*intermediate_size + hidden_size*intermediate_size","source":""},{"label":"layers/mlp/down_proj","mathml":"<math display=\"block\"><mrow><mi>down_proj</mi><mo>=</mo><mi>d</mi><mi>I</mi><mo>+</mo><mi>d</mi><msub><mi>b</mi><mrow><mi>m</mi><mi>l</mi><mi>p</mi></mrow></msub></mrow></math>","text":"layers/mlp/down_proj = mlp_bias*hidden_size + hidden_size*intermediate_size","source":""},{"label":"norm","mathml":"<math display=\"block\"><mrow><mi>norm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"norm = hidden_size","source":"CohereModel.norm = CohereLayerNorm(hidden_size), weight only"},{"label":"lm_head","mathml":"<math display=\"block\"><mrow><mi>lm_head</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow></mrow></math>","text":"lm_head = hidden_size*vocab_size*(1 - tie_word_embeddings)","source":"ForCausalLM.lm_head = nn.Linear(hidden_size, vocab_size, bias=False); a tied head adds nothing"},{"label":"non_embedding_params","mathml":"<math display=\"block\"><mrow><mi>non_embedding_params</mi><mo>=</mo><mo>-</mo><mi>embed_tokens</mi><mo>-</mo><mi>lm_head</mi><mo>+</mo><mi>params</mi></mrow></math>","text":"non_embedding_params = params - embed_tokens - lm_head","source":""},{"label":"embedding_params","mathml":"<math display=\"block\"><mrow><mi>embedding_params</mi><mo>=</mo><mi>embed_tokens</mi></mrow></math>","text":"embedding_params = embed_tokens","source":""},{"label":"lm_head_params","mathml":"<math display=\"block\"><mrow><mi>lm_head_params</mi><mo>=</mo><mi>lm_head</mi></mrow></math>","text":"lm_head_params = lm_head","source":""},{"label":"kv_elements_per_token","mathml":"<math display=\"block\"><mrow><mi>kv_elements_per_token</mi><mo>=</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mi>L</mi></mrow></math>","text":"kv_elements_per_token = 2*head_dim*num_kv_heads*num_layers","source":"formulas.md section 4.2"},{"label":"gated_mlp","mathml":"<math display=\"block\"><mrow><mi>gated_mlp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"gated_mlp = 1","source":""},{"label":"rms_norm","mathml":"<math display=\"block\"><mrow><mi>rms_norm</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"rms_norm = 0","source":""},{"label":"default num_kv_heads","mathml":"<math display=\"block\"><mrow><mi>defaultnum_kv_heads</mi><mo>=</mo><mi>H</mi></mrow></math>","text":"default num_kv_heads = num_heads","source":""},{"label":"default head_dim","mathml":"<math display=\"block\"><mrow><mi>defaulthead_dim</mi><mo>=</mo><mfrac><mi>d</mi><mi>H</mi></mfrac></mrow></math>","text":"default head_dim = hidden_size/num_heads","source":""},{"label":"default max_position_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaultmax_position_embeddings</mi><mo>=</mo><mn>8192</mn></mrow></math>","text":"default max_position_embeddings = 8192","source":""},{"label":"default tie_word_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaulttie_word_embeddings</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default tie_word_embeddings = 1","source":""},{"label":"default attention_bias","mathml":"<math display=\"block\"><mrow><mi>defaultattention_bias</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default attention_bias = 0","source":""},{"label":"default mlp_bias","mathml":"<math display=\"block\"><mrow><mi>defaultmlp_bias</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default mlp_bias = 0","source":""},{"label":"default use_qk_norm","mathml":"<math display=\"block\"><mrow><mi>defaultuse_qk_norm</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default use_qk_norm = 0","source":""}],"program_meta":[{"i":["vocab_size","hidden_size","intermediate_size","num_layers","num_heads","num_kv_heads","head_dim","max_position_embeddings","tie_word_embeddings","attention_bias","mlp_bias","use_qk_norm"],"o":["@q:embed_tokens","@q:layers/input_layernorm","@q:layers/self_attn/q_proj","@q:layers/self_attn/k_proj","@q:layers/self_attn/v_proj","@q:layers/self_attn/o_proj","@q:layers/self_attn/q_norm","@q:layers/self_attn/k_norm","@q:layers/self_attn","@q:layers/mlp/gate_proj","@q:layers/mlp/up_proj","@q:layers/mlp/down_proj","@q:layers/mlp","@r:layers","@q:layers","@q:norm","@q:lm_head","@q:","@d:non_embedding_params","@d:embedding_params","@d:lm_head_params","@d:kv_elements_per_token","@b:gated_mlp","@b:rms_norm"],"c":null},{"i":["num_heads"],"o":["num_kv_heads"],"c":null},{"i":["hidden_size","num_heads"],"o":["head_dim"],"c":null},{"i":[],"o":["max_position_embeddings"],"c":"8192"},{"i":[],"o":["tie_word_embeddings"],"c":"1"},{"i":[],"o":["attention_bias"],"c":"0"},{"i":[],"o":["mlp_bias"],"c":"0"},{"i":[],"o":["use_qk_norm"],"c":"0"},{"i":["head_dim","hidden_size","intermediate_size","num_heads","num_kv_heads","num_layers","vocab_size"],"o":["q_proj/in","q_proj/out","q_proj/count","k_proj/in","k_proj/out","k_proj/count","v_proj/in","v_proj/out","v_proj/count","o_proj/in","o_proj/out","o_proj/count","gate_proj/in","gate_proj/out","gate_proj/count","up_proj/in","up_proj/out","up_proj/count","down_proj/in","down_proj/out","down_proj/count","lm_head/in","lm_head/out","lm_head/count"],"c":null}]},
function ({_Z, _Q, _add, _mul, _pow, _powq, _inv, _mod, _lt, _le, _gt, _ge, _eq, _ne, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11) {
  let v12 = _mul(v1, v0);
  let v13 = v1;
  let v14 = _add(_mul(v9, v6, v4), _mul(v6, v1, v4));
  let v15 = _add(_mul(v9, v6, v5), _mul(v6, v1, v5));
  let v16 = _add(_mul(v9, v6, v5), _mul(v6, v1, v5));
  let v17 = _add(_mul(v9, v1), _mul(v6, v1, v4));
  let v18 = _mul(v11, v6, v4);
  let v19 = _mul(v11, v6, v5);
  let v20 = _add(v19, v15, v17, v18, v14, v16);
  let v21 = _add(_mul(v10, v2), _mul(v1, v2));
  let v22 = _add(_mul(v10, v2), _mul(v1, v2));
  let v23 = _add(_mul(v10, v1), _mul(v1, v2));
  let v24 = _add(v23, v21, v22);
  let v25 = v3;
  let v26 = _mul(v25, _add(v13, v24, v20));
  let v27 = v1;
  let v28 = _mul(v1, v0, _add(_Z(1n), _mul(_Z(-1n), v8)));
  let v29 = _add(v12, v26, v28, v27);
  let v30 = _add(v29, _mul(_Z(-1n), v12), _mul(_Z(-1n), v28));
  let v31 = v12;
  let v32 = v28;
  let v33 = _mul(_Z(2n), v6, v5, v3);
  let v34 = _Z(1n);
  let v35 = _Z(0n);
  return [v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35];
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
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11) {
  let v12 = (v1 * v0);
  let v13 = v1;
  let v14 = ((v9 * v6 * v4) + (v6 * v1 * v4));
  let v15 = ((v9 * v6 * v5) + (v6 * v1 * v5));
  let v16 = ((v9 * v6 * v5) + (v6 * v1 * v5));
  let v17 = ((v9 * v1) + (v6 * v1 * v4));
  let v18 = (v11 * v6 * v4);
  let v19 = (v11 * v6 * v5);
  let v20 = (v19 + v15 + v17 + v18 + v14 + v16);
  let v21 = ((v10 * v2) + (v1 * v2));
  let v22 = ((v10 * v2) + (v1 * v2));
  let v23 = ((v10 * v1) + (v1 * v2));
  let v24 = (v23 + v21 + v22);
  let v25 = v3;
  let v26 = (v25 * (v13 + v24 + v20));
  let v27 = v1;
  let v28 = (v1 * v0 * ((1.0) + ((-1.0) * v8)));
  let v29 = (v12 + v26 + v28 + v27);
  let v30 = (v29 + ((-1.0) * v12) + ((-1.0) * v28));
  let v31 = v12;
  let v32 = v28;
  let v33 = ((2.0) * v6 * v5 * v3);
  let v34 = (1.0);
  let v35 = (0.0);
  return [v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35];
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
