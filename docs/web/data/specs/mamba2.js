ENGINE.define({"name":"mamba2","kind":"architecture","path":"specs/mamba2.yaml","description":"Mamba-2 language model: token embedding, num_hidden_layers pre-RMSNorm Mamba-2 mixers (in_proj, depthwise conv1d, dt/A/D per head, gated RMSNorm, out_proj), final RMSNorm, untied LM head.","abstract":false,"symbols":[{"name":"vocab_size","domain":"positive_integer","latex":"V","description":"Vocabulary size (config.vocab_size)","flag":false,"provider":"","default":null,"key":"specs/mamba2.yaml:18:3"},{"name":"hidden_size","domain":"positive_integer","latex":"d","description":"Model width (config.hidden_size)","flag":false,"provider":"","default":null,"key":"specs/mamba2.yaml:21:3"},{"name":"num_layers","domain":"positive_integer","latex":"L","description":"Mamba-2 blocks (config.num_hidden_layers)","flag":false,"provider":"","default":null,"key":"specs/mamba2.yaml:24:3"},{"name":"expand","domain":"positive_integer","latex":"e","description":"Inner width factor of the mixer (config.expand)","flag":false,"provider":"","default":{"text":"2","at":"specs/mamba2.yaml:30:14","key":"specs/mamba2.yaml:30:5"},"key":"specs/mamba2.yaml:27:3"},{"name":"intermediate_size","domain":"positive_integer","latex":"I","description":"Inner width of the mixer, expand * hidden_size (Mamba2Mixer.intermediate_size)","flag":false,"provider":"","default":{"text":"expand * hidden_size","at":"specs/mamba2.yaml:34:14","key":"specs/mamba2.yaml:34:5"},"key":"specs/mamba2.yaml:31:3"},{"name":"state_size","domain":"positive_integer","latex":"N","description":"SSM state per head channel (config.state_size)","flag":false,"provider":"","default":null,"key":"specs/mamba2.yaml:35:3"},{"name":"n_groups","domain":"positive_integer","latex":"G","description":"Groups sharing the input-dependent B and C (config.n_groups)","flag":false,"provider":"","default":{"text":"8","at":"specs/mamba2.yaml:41:14","key":"specs/mamba2.yaml:41:5"},"key":"specs/mamba2.yaml:38:3"},{"name":"mamba_num_heads","domain":"positive_integer","latex":"H_m","description":"SSM heads (config.num_heads); each has its own dt bias, A and D","flag":false,"provider":"","default":null,"key":"specs/mamba2.yaml:42:3"},{"name":"mamba_head_dim","domain":"positive_integer","latex":"P","description":"Channels per SSM head (config.head_dim); mamba_num_heads * mamba_head_dim = intermediate_size","flag":false,"provider":"","default":{"text":"intermediate_size / mamba_num_heads","at":"specs/mamba2.yaml:48:14","key":"specs/mamba2.yaml:48:5"},"key":"specs/mamba2.yaml:45:3"},{"name":"conv_kernel","domain":"positive_integer","latex":"K_c","description":"Taps of the depthwise causal convolution (config.conv_kernel)","flag":false,"provider":"","default":{"text":"4","at":"specs/mamba2.yaml:52:14","key":"specs/mamba2.yaml:52:5"},"key":"specs/mamba2.yaml:49:3"},{"name":"use_bias","domain":"flag","latex":"b","description":"1 if in_proj and out_proj have biases (config.use_bias)","flag":false,"provider":"","default":{"text":"0","at":"specs/mamba2.yaml:57:14","key":"specs/mamba2.yaml:57:5"},"key":"specs/mamba2.yaml:53:3"},{"name":"use_conv_bias","domain":"flag","latex":"b_c","description":"1 if conv1d has a bias (config.use_conv_bias)","flag":false,"provider":"","default":{"text":"1","at":"specs/mamba2.yaml:62:14","key":"specs/mamba2.yaml:62:5"},"key":"specs/mamba2.yaml:58:3"},{"name":"tie_word_embeddings","domain":"flag","latex":"\\tau","description":"1 if lm_head shares the token embedding matrix","flag":false,"provider":"","default":{"text":"0","at":"specs/mamba2.yaml:67:14","key":"specs/mamba2.yaml:67:5"},"key":"specs/mamba2.yaml:63:3"},{"name":"max_position_embeddings","domain":"positive_integer","latex":"n_{ctx}","description":"Context length for the memory rules' default context; Mamba-2 has no positional limit and its config no such key (2048 is the rules' own default)","flag":false,"provider":"","default":{"text":"2048","at":"specs/mamba2.yaml:73:14","key":"specs/mamba2.yaml:73:5"},"key":"specs/mamba2.yaml:68:3"}],"presets":[{"name":"mamba-codestral-7b","description":"","values":{"vocab_size":{"text":"32768","at":"specs/mamba2.yaml:193:26","key":"specs/mamba2.yaml:193:14","value":"32768"},"hidden_size":{"text":"4096","at":"specs/mamba2.yaml:193:46","key":"specs/mamba2.yaml:193:33","value":"4096"},"num_layers":{"text":"64","at":"specs/mamba2.yaml:193:64","key":"specs/mamba2.yaml:193:52","value":"64"},"expand":{"text":"2","at":"specs/mamba2.yaml:193:76","key":"specs/mamba2.yaml:193:68","value":"2"},"state_size":{"text":"128","at":"specs/mamba2.yaml:193:91","key":"specs/mamba2.yaml:193:79","value":"128"},"n_groups":{"text":"8","at":"specs/mamba2.yaml:193:106","key":"specs/mamba2.yaml:193:96","value":"8"},"mamba_num_heads":{"text":"128","at":"specs/mamba2.yaml:194:31","key":"specs/mamba2.yaml:194:14","value":"128"},"mamba_head_dim":{"text":"64","at":"specs/mamba2.yaml:194:52","key":"specs/mamba2.yaml:194:36","value":"64"},"conv_kernel":{"text":"4","at":"specs/mamba2.yaml:194:69","key":"specs/mamba2.yaml:194:56","value":"4"}}}],"default_preset":"mamba-codestral-7b","default_rules":null,"total":{"name":"params","key":"","slot":"@q:"},"parts":[["embeddings","embeddings","@q:embeddings",[],false],["layers","layers","@q:layers",[],true],["layers/norm","norm","@q:layers/norm",["@r:layers"],false],["layers/mixer","mixer","@q:layers/mixer",["@r:layers"],true],["layers/mixer/in_proj","in_proj","@q:layers/mixer/in_proj",["@r:layers"],false],["layers/mixer/conv1d","conv1d","@q:layers/mixer/conv1d",["@r:layers"],false],["layers/mixer/dt_bias","dt_bias","@q:layers/mixer/dt_bias",["@r:layers"],false],["layers/mixer/A_log","A_log","@q:layers/mixer/A_log",["@r:layers"],false],["layers/mixer/D","D","@q:layers/mixer/D",["@r:layers"],false],["layers/mixer/norm","norm","@q:layers/mixer/norm",["@r:layers"],false],["layers/mixer/out_proj","out_proj","@q:layers/mixer/out_proj",["@r:layers"],false],["norm_f","norm_f","@q:norm_f",[],false],["lm_head","lm_head","@q:lm_head",[],false]],"derived":{"non_embedding_params":"@d:non_embedding_params","embedding_params":"@d:embedding_params","lm_head_params":"@d:lm_head_params","mamba_layers":"@d:mamba_layers","attention_layers":"@d:attention_layers","kv_elements_per_token":"@d:kv_elements_per_token","conv_dim":"@d:conv_dim","conv_state_elements_per_sequence":"@d:conv_state_elements_per_sequence","ssm_state_elements_per_sequence":"@d:ssm_state_elements_per_sequence","state_elements_per_sequence":"@d:state_elements_per_sequence"},"phases":{},"block":{"gated_mlp":"@b:gated_mlp","rms_norm":"@b:rms_norm"},"where":{"":"specs/mamba2.yaml:75:1","embeddings":"specs/mamba2.yaml:77:11","layers":"specs/mamba2.yaml:80:13","layers/norm":"specs/mamba2.yaml:84:15","layers/mixer":"specs/mamba2.yaml:86:7","layers/mixer/in_proj":"specs/mamba2.yaml:90:19","layers/mixer/conv1d":"specs/mamba2.yaml:93:19","layers/mixer/dt_bias":"specs/mamba2.yaml:96:19","layers/mixer/A_log":"specs/mamba2.yaml:99:19","layers/mixer/D":"specs/mamba2.yaml:102:19","layers/mixer/norm":"specs/mamba2.yaml:105:19","layers/mixer/out_proj":"specs/mamba2.yaml:108:19","norm_f":"specs/mamba2.yaml:111:11","lm_head":"specs/mamba2.yaml:114:11","non_embedding_params":"specs/mamba2.yaml:132:11","embedding_params":"specs/mamba2.yaml:135:11","lm_head_params":"specs/mamba2.yaml:138:11","mamba_layers":"specs/mamba2.yaml:141:11","attention_layers":"specs/mamba2.yaml:144:11","kv_elements_per_token":"specs/mamba2.yaml:147:11","conv_dim":"specs/mamba2.yaml:150:11","conv_state_elements_per_sequence":"specs/mamba2.yaml:153:11","ssm_state_elements_per_sequence":"specs/mamba2.yaml:158:11","state_elements_per_sequence":"specs/mamba2.yaml:161:11","gated_mlp":"specs/mamba2.yaml:124:11","rms_norm":"specs/mamba2.yaml:127:11"},"options":[],"linears":[{"name":"in_proj","output":false},{"name":"out_proj","output":false},{"name":"lm_head","output":true}],"lora_targets":["in_proj","out_proj"],"hf":{"model_types":["mamba2"],"keys":[{"key":"vocab_size","symbol":"vocab_size","if_null":null,"values":{}},{"key":"hidden_size","symbol":"hidden_size","if_null":null,"values":{}},{"key":"num_hidden_layers","symbol":"num_layers","if_null":null,"values":{}},{"key":"expand","symbol":"expand","if_null":null,"values":{}},{"key":"state_size","symbol":"state_size","if_null":null,"values":{}},{"key":"n_groups","symbol":"n_groups","if_null":null,"values":{}},{"key":"num_heads","symbol":"mamba_num_heads","if_null":null,"values":{}},{"key":"head_dim","symbol":"mamba_head_dim","if_null":null,"values":{}},{"key":"conv_kernel","symbol":"conv_kernel","if_null":null,"values":{}},{"key":"use_bias","symbol":"use_bias","if_null":null,"values":{}},{"key":"use_conv_bias","symbol":"use_conv_bias","if_null":null,"values":{}},{"key":"tie_word_embeddings","symbol":"tie_word_embeddings","if_null":null,"values":{}}],"defaults":{},"architectures":{"Mamba2ForCausalLM":{}},"key":"specs/mamba2.yaml:170:1"},"programs":{"main":0,"defaults":{"expand":1,"intermediate_size":2,"n_groups":3,"mamba_head_dim":4,"conv_kernel":5,"use_bias":6,"use_conv_bias":7,"tie_word_embeddings":8,"max_position_embeddings":9},"choices":{},"weights":{},"linears":10,"conditions":{}},"formulas":[{"label":"params","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mi>embeddings</mi><mo>+</mo><mi>layers</mi><mo>+</mo><mi>lm_head</mi><mo>+</mo><mi>norm_f</mi></mrow></math>","text":"params = embeddings + layers + lm_head + norm_f","source":""},{"label":"params (in symbols)","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow><mo>+</mo><mi>d</mi><mi>V</mi><mo>+</mo><mi>d</mi><mo>+</mo><mi>L</mi><mrow><mo>(</mo><mi>d</mi><mi>I</mi><mo>+</mo><mi>d</mi><mi>b</mi><mo>+</mo><mi>d</mi><mo>+</mo><mi>I</mi><mo>+</mo><mn>3</mn><msub><mi>H</mi><mi>m</mi></msub><mo>+</mo><mrow><mo>(</mo><msub><mi>K</mi><mi>c</mi></msub><mo>+</mo><msub><mi>b</mi><mi>c</mi></msub><mo>)</mo></mrow><mrow><mo>(</mo><mi>I</mi><mo>+</mo><mn>2</mn><mi>G</mi><mi>N</mi><mo>)</mo></mrow><mo>+</mo><mrow><mo>(</mo><mi>d</mi><mo>+</mo><mi>b</mi><mo>)</mo></mrow><mrow><mo>(</mo><mn>2</mn><mi>I</mi><mo>+</mo><msub><mi>H</mi><mi>m</mi></msub><mo>+</mo><mn>2</mn><mi>G</mi><mi>N</mi><mo>)</mo></mrow><mo>)</mo></mrow></mrow></math>","text":"params (in symbols) = hidden_size + hidden_size*vocab_size + num_layers*(hidden_size + intermediate_size + 3*mamba_num_heads + use_bias*hidden_size + hidden_size*intermediate_size + (use_bias + hidden_size)*(mamba_num_heads + 2*intermediate_size + 2*n_groups*state_size) + (use_conv_bias + conv_kernel)*(intermediate_size + 2*n_groups*state_size)) + hidden_size*vocab_size*(1 - tie_word_embeddings)","source":""},{"label":"embeddings","mathml":"<math display=\"block\"><mrow><mi>embeddings</mi><mo>=</mo><mi>d</mi><mi>V</mi></mrow></math>","text":"embeddings = hidden_size*vocab_size","source":"Mamba2Model.embeddings = nn.Embedding(vocab_size, hidden_size)"},{"label":"layers","mathml":"<math display=\"block\"><mrow><mi>layers</mi><mo>=</mo><mi>L</mi><mrow><mo>(</mo><mi>mixer</mi><mo>+</mo><mi>norm</mi><mo>)</mo></mrow></mrow></math>","text":"layers = num_layers*(mixer + norm)","source":""},{"label":"layers/norm","mathml":"<math display=\"block\"><mrow><mi>norm</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"layers/norm = hidden_size","source":"Mamba2Block.norm = Mamba2RMSNorm(hidden_size)"},{"label":"layers/mixer","mathml":"<math display=\"block\"><mrow><mi>mixer</mi><mo>=</mo><mi>A_log</mi><mo>+</mo><mi mathvariant=\"normal\">D</mi><mo>+</mo><mi>conv1d</mi><mo>+</mo><mi>dt_bias</mi><mo>+</mo><mi>in_proj</mi><mo>+</mo><mi>norm</mi><mo>+</mo><mi>out_proj</mi></mrow></math>","text":"layers/mixer = A_log + D + conv1d + dt_bias + in_proj + norm + out_proj","source":"Mamba2Block.mixer = Mamba2Mixer(config)"},{"label":"layers/mixer/in_proj","mathml":"<math display=\"block\"><mrow><mi>in_proj</mi><mo>=</mo><mrow><mo>(</mo><mi>d</mi><mo>+</mo><mi>b</mi><mo>)</mo></mrow><mrow><mo>(</mo><mn>2</mn><mi>I</mi><mo>+</mo><msub><mi>H</mi><mi>m</mi></msub><mo>+</mo><mn>2</mn><mi>G</mi><mi>N</mi><mo>)</mo></mrow></mrow></math>","text":"layers/mixer/in_proj = (use_bias + hidden_size)*(mamba_num_heads + 2*intermediate_size + 2*n_groups*state_size)","source":"nn.Linear(hidden_size, intermediate_size + conv_dim + num_heads, bias=config.use_bias)"},{"label":"layers/mixer/conv1d","mathml":"<math display=\"block\"><mrow><mi>conv1d</mi><mo>=</mo><mrow><mo>(</mo><msub><mi>K</mi><mi>c</mi></msub><mo>+</mo><msub><mi>b</mi><mi>c</mi></msub><mo>)</mo></mrow><mrow><mo>(</mo><mi>I</mi><mo>+</mo><mn>2</mn><mi>G</mi><mi>N</mi><mo>)</mo></mrow></mrow></math>","text":"layers/mixer/conv1d = (use_conv_bias + conv_kernel)*(intermediate_size + 2*n_groups*state_size)","source":"nn.Conv1d(conv_dim, conv_dim, kernel_size=conv_kernel, groups=conv_dim, bias=config.use_conv_bias)"},{"label":"layers/mixer/dt_bias","mathml":"<math display=\"block\"><mrow><mi>dt_bias</mi><mo>=</mo><msub><mi>H</mi><mi>m</mi></msub></mrow></math>","text":"layers/mixer/dt_bias = mamba_num_heads","source":"Mamba2Mixer.dt_bias = nn.Parameter(num_heads)"},{"label":"layers/mixer/A_log","mathml":"<math display=\"block\"><mrow><mi>A_log</mi><mo>=</mo><msub><mi>H</mi><mi>m</mi></msub></mrow></math>","text":"layers/mixer/A_log = mamba_num_heads","source":"Mamba2Mixer.A_log = nn.Parameter(num_heads)"},{"label":"layers/mixer/D","mathml":"<math display=\"block\"><mrow><mi mathvariant=\"normal\">D</mi><mo>=</mo><msub><mi>H</mi><mi>m</mi></msub></mrow></math>","text":"layers/mixer/D = mamba_num_heads","source":"Mamba2Mixer.D = nn.Parameter(num_heads)"},{"label":"layers/mixer/norm","mathml":"<math display=\"block\"><mrow><mi>norm</mi><mo>=</mo><mi>I</mi></mrow></math>","text":"layers/mixer/norm = intermediate_size","source":"Mamba2Mixer.norm = MambaRMSNormGated(intermediate_size)"},{"label":"layers/mixer/out_proj","mathml":"<math display=\"block\"><mrow><mi>out_proj</mi><mo>=</mo><mi>d</mi><mi>I</mi><mo>+</mo><mi>d</mi><mi>b</mi></mrow></math>","text":"layers/mixer/out_proj = use_bias*hidden_size + hidden_size*intermediate_size","source":"nn.Linear(intermediate_size, hidden_size, bias=config.use_bias)"},{"label":"norm_f","mathml":"<math display=\"block\"><mrow><mi>norm_f</mi><mo>=</mo><mi>d</mi></mrow></math>","text":"norm_f = hidden_size","source":"Mamba2Model.norm_f = Mamba2RMSNorm(hidden_size)"},{"label":"lm_head","mathml":"<math display=\"block\"><mrow><mi>lm_head</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow></mrow></math>","text":"lm_head = hidden_size*vocab_size*(1 - tie_word_embeddings)","source":"Mamba2ForCausalLM.lm_head = nn.Linear(hidden_size, vocab_size, bias=False)"},{"label":"non_embedding_params","mathml":"<math display=\"block\"><mrow><mi>non_embedding_params</mi><mo>=</mo><mo>-</mo><mi>embeddings</mi><mo>-</mo><mi>lm_head</mi><mo>+</mo><mi>params</mi></mrow></math>","text":"non_embedding_params = params - embeddings - lm_head","source":""},{"label":"embedding_params","mathml":"<math display=\"block\"><mrow><mi>embedding_params</mi><mo>=</mo><mi>embeddings</mi></mrow></math>","text":"embedding_params = embeddings","source":""},{"label":"lm_head_params","mathml":"<math display=\"block\"><mrow><mi>lm_head_params</mi><mo>=</mo><mi>lm_head</mi></mrow></math>","text":"lm_head_params = lm_head","source":""},{"label":"mamba_layers","mathml":"<math display=\"block\"><mrow><mi>mamba_layers</mi><mo>=</mo><mi>L</mi></mrow></math>","text":"mamba_layers = num_layers","source":""},{"label":"attention_layers","mathml":"<math display=\"block\"><mrow><mi>attention_layers</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"attention_layers = 0","source":""},{"label":"kv_elements_per_token","mathml":"<math display=\"block\"><mrow><mi>kv_elements_per_token</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"kv_elements_per_token = 0","source":""},{"label":"conv_dim","mathml":"<math display=\"block\"><mrow><mi>conv_dim</mi><mo>=</mo><mi>I</mi><mo>+</mo><mn>2</mn><mi>G</mi><mi>N</mi></mrow></math>","text":"conv_dim = intermediate_size + 2*n_groups*state_size","source":""},{"label":"conv_state_elements_per_sequence","mathml":"<math display=\"block\"><mrow><mi>conv_state_elements_per_sequence</mi><mo>=</mo><mi>conv_dim</mi><msub><mi>K</mi><mi>c</mi></msub><mi>mamba_layers</mi></mrow></math>","text":"conv_state_elements_per_sequence = conv_dim*mamba_layers*conv_kernel","source":""},{"label":"ssm_state_elements_per_sequence","mathml":"<math display=\"block\"><mrow><mi>ssm_state_elements_per_sequence</mi><mo>=</mo><mi>P</mi><mi>mamba_layers</mi><msub><mi>H</mi><mi>m</mi></msub><mi>N</mi></mrow></math>","text":"ssm_state_elements_per_sequence = mamba_layers*mamba_head_dim*mamba_num_heads*state_size","source":""},{"label":"state_elements_per_sequence","mathml":"<math display=\"block\"><mrow><mi>state_elements_per_sequence</mi><mo>=</mo><mi>conv_state_elements_per_sequence</mi><mo>+</mo><mi>ssm_state_elements_per_sequence</mi></mrow></math>","text":"state_elements_per_sequence = conv_state_elements_per_sequence + ssm_state_elements_per_sequence","source":""},{"label":"gated_mlp","mathml":"<math display=\"block\"><mrow><mi>gated_mlp</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"gated_mlp = 0","source":""},{"label":"rms_norm","mathml":"<math display=\"block\"><mrow><mi>rms_norm</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"rms_norm = 1","source":""},{"label":"default expand","mathml":"<math display=\"block\"><mrow><mi>defaultexpand</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"default expand = 2","source":""},{"label":"default intermediate_size","mathml":"<math display=\"block\"><mrow><mi>defaultintermediate_size</mi><mo>=</mo><mi>e</mi><mi>d</mi></mrow></math>","text":"default intermediate_size = expand*hidden_size","source":""},{"label":"default n_groups","mathml":"<math display=\"block\"><mrow><mi>defaultn_groups</mi><mo>=</mo><mn>8</mn></mrow></math>","text":"default n_groups = 8","source":""},{"label":"default mamba_head_dim","mathml":"<math display=\"block\"><mrow><mi>defaultmamba_head_dim</mi><mo>=</mo><mfrac><mi>I</mi><msub><mi>H</mi><mi>m</mi></msub></mfrac></mrow></math>","text":"default mamba_head_dim = intermediate_size/mamba_num_heads","source":""},{"label":"default conv_kernel","mathml":"<math display=\"block\"><mrow><mi>defaultconv_kernel</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"default conv_kernel = 4","source":""},{"label":"default use_bias","mathml":"<math display=\"block\"><mrow><mi>defaultuse_bias</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default use_bias = 0","source":""},{"label":"default use_conv_bias","mathml":"<math display=\"block\"><mrow><mi>defaultuse_conv_bias</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default use_conv_bias = 1","source":""},{"label":"default tie_word_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaulttie_word_embeddings</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default tie_word_embeddings = 0","source":""},{"label":"default max_position_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaultmax_position_embeddings</mi><mo>=</mo><mn>2048</mn></mrow></math>","text":"default max_position_embeddings = 2048","source":""}],"program_meta":[{"i":["vocab_size","hidden_size","num_layers","expand","intermediate_size","state_size","n_groups","mamba_num_heads","mamba_head_dim","conv_kernel","use_bias","use_conv_bias","tie_word_embeddings","max_position_embeddings"],"o":["@q:embeddings","@q:layers/norm","@q:layers/mixer/in_proj","@q:layers/mixer/conv1d","@q:layers/mixer/dt_bias","@q:layers/mixer/A_log","@q:layers/mixer/D","@q:layers/mixer/norm","@q:layers/mixer/out_proj","@q:layers/mixer","@r:layers","@q:layers","@q:norm_f","@q:lm_head","@q:","@d:non_embedding_params","@d:embedding_params","@d:lm_head_params","@d:mamba_layers","@d:attention_layers","@d:kv_elements_per_token","@d:conv_dim","@d:conv_state_elements_per_sequence","@d:ssm_state_elements_per_sequence","@d:state_elements_per_sequence","@b:gated_mlp","@b:rms_norm"],"c":null},{"i":[],"o":["expand"],"c":"2"},{"i":["expand","hidden_size"],"o":["intermediate_size"],"c":null},{"i":[],"o":["n_groups"],"c":"8"},{"i":["intermediate_size","mamba_num_heads"],"o":["mamba_head_dim"],"c":null},{"i":[],"o":["conv_kernel"],"c":"4"},{"i":[],"o":["use_bias"],"c":"0"},{"i":[],"o":["use_conv_bias"],"c":"1"},{"i":[],"o":["tie_word_embeddings"],"c":"0"},{"i":[],"o":["max_position_embeddings"],"c":"2048"},{"i":["hidden_size","intermediate_size","mamba_num_heads","n_groups","num_layers","state_size","vocab_size"],"o":["in_proj/in","in_proj/out","in_proj/count","out_proj/in","out_proj/out","out_proj/count","lm_head/in","lm_head/out","lm_head/count"],"c":null}]},
function ({_Z, _Q, _add, _mul, _pow, _powq, _inv, _mod, _lt, _le, _gt, _ge, _eq, _ne, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13) {
  let v14 = _mul(v1, v0);
  let v15 = v1;
  let v16 = _mul(_add(v10, v1), _add(v7, _mul(_Z(2n), v4), _mul(_Z(2n), v6, v5)));
  let v17 = _mul(_add(v11, v9), _add(v4, _mul(_Z(2n), v6, v5)));
  let v18 = v7;
  let v19 = v7;
  let v20 = v7;
  let v21 = v4;
  let v22 = _add(_mul(v10, v1), _mul(v1, v4));
  let v23 = _add(v19, v20, v17, v18, v16, v21, v22);
  let v24 = v2;
  let v25 = _mul(v24, _add(v23, v15));
  let v26 = v1;
  let v27 = _mul(v1, v0, _add(_Z(1n), _mul(_Z(-1n), v12)));
  let v28 = _add(v14, v25, v27, v26);
  let v29 = _add(v28, _mul(_Z(-1n), v14), _mul(_Z(-1n), v27));
  let v30 = v14;
  let v31 = v27;
  let v32 = v2;
  let v33 = _Z(0n);
  let v34 = _Z(0n);
  let v35 = _add(v4, _mul(_Z(2n), v6, v5));
  let v36 = _mul(v35, v32, v9);
  let v37 = _mul(v32, v8, v7, v5);
  let v38 = _add(v36, v37);
  let v39 = _Z(0n);
  let v40 = _Z(1n);
  return [v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40];
},
null,
function plan(v0, v1) {
  let v2 = _mul(v0, v1);
  return [v2];
},
null,
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
  let v7 = v0;
  let v8 = _add(v2, _mul(_Z(2n), v1), _mul(_Z(2n), v3, v5));
  let v9 = v4;
  let v10 = v1;
  let v11 = v0;
  let v12 = v4;
  let v13 = v0;
  let v14 = v6;
  let v15 = _Z(1n);
  return [v7, v8, v9, v10, v11, v12, v13, v14, v15];
}
];
},
function ({_F, _inv, _mod, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13) {
  let v14 = (v1 * v0);
  let v15 = v1;
  let v16 = ((v10 + v1) * (v7 + ((2.0) * v4) + ((2.0) * v6 * v5)));
  let v17 = ((v11 + v9) * (v4 + ((2.0) * v6 * v5)));
  let v18 = v7;
  let v19 = v7;
  let v20 = v7;
  let v21 = v4;
  let v22 = ((v10 * v1) + (v1 * v4));
  let v23 = (v19 + v20 + v17 + v18 + v16 + v21 + v22);
  let v24 = v2;
  let v25 = (v24 * (v23 + v15));
  let v26 = v1;
  let v27 = (v1 * v0 * ((1.0) + ((-1.0) * v12)));
  let v28 = (v14 + v25 + v27 + v26);
  let v29 = (v28 + ((-1.0) * v14) + ((-1.0) * v27));
  let v30 = v14;
  let v31 = v27;
  let v32 = v2;
  let v33 = (0.0);
  let v34 = (0.0);
  let v35 = (v4 + ((2.0) * v6 * v5));
  let v36 = (v35 * v32 * v9);
  let v37 = (v32 * v8 * v7 * v5);
  let v38 = (v36 + v37);
  let v39 = (0.0);
  let v40 = (1.0);
  return [v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40];
},
null,
function plan(v0, v1) {
  let v2 = (v0 * v1);
  return [v2];
},
null,
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
  let v7 = v0;
  let v8 = (v2 + ((2.0) * v1) + ((2.0) * v3 * v5));
  let v9 = v4;
  let v10 = v1;
  let v11 = v0;
  let v12 = v4;
  let v13 = v0;
  let v14 = v6;
  let v15 = (1.0);
  return [v7, v8, v9, v10, v11, v12, v13, v14, v15];
}
];
});
