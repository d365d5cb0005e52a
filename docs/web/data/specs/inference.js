ENGINE.define({"name":"inference","kind":"rules","path":"specs/rules/inference.yaml","description":"Serving memory per GPU: quantized weights split by tensor and pipeline parallelism, a paged KV cache for `concurrency` sequences of `context` tokens (grouped-query, multi-query and latent attention; sliding windows), the prefill activation peak, last-position logits and a reserve, all within vLLM's gpu_memory_utilization. Also the decode-step and prefill-time lower bounds.","abstract":false,"symbols":[{"name":"params","domain":"positive","latex":"P","description":"Parameters of the model (each tensor once)","flag":false,"provider":"","default":null,"key":"specs/rules/base.yaml:17:3"},{"name":"active_params","domain":"positive","latex":"P_{act}","description":"Parameters used per token (mixture of experts)","flag":false,"provider":"","default":{"text":"params","at":"specs/rules/base.yaml:25:14","key":"specs/rules/base.yaml:25:5"},"key":"specs/rules/base.yaml:21:3"},{"name":"embedding_params","domain":"nonnegative","latex":"P_{emb}","description":"Input embedding parameters, held by the first pipeline stage","flag":false,"provider":"","default":{"text":"vocab_size * hidden_size","at":"specs/rules/base.yaml:30:14","key":"specs/rules/base.yaml:30:5"},"key":"specs/rules/base.yaml:26:3"},{"name":"lm_head_params","domain":"nonnegative","latex":"P_{head}","description":"Untied LM head parameters, held by the last pipeline stage","flag":false,"provider":"","default":{"text":"(1 - tie_word_embeddings) * vocab_size * hidden_size","at":"specs/rules/base.yaml:35:14","key":"specs/rules/base.yaml:35:5"},"key":"specs/rules/base.yaml:31:3"},{"name":"vocab_size","domain":"nonnegative_integer","latex":"V","description":"Vocabulary size (0 when unknown)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:36:111","key":"specs/rules/base.yaml:36:102"},"key":"specs/rules/base.yaml:36:3"},{"name":"hidden_size","domain":"nonnegative_integer","latex":"d","description":"Model width (0 when unknown)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:37:108","key":"specs/rules/base.yaml:37:99"},"key":"specs/rules/base.yaml:37:3"},{"name":"num_layers","domain":"nonnegative_integer","latex":"L","description":"Transformer layers (0 when unknown)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:38:114","key":"specs/rules/base.yaml:38:105"},"key":"specs/rules/base.yaml:38:3"},{"name":"num_heads","domain":"positive_integer","latex":"H","description":"Attention heads","flag":false,"provider":"","default":{"text":"max(1, floor(hidden_size / 128))","at":"specs/rules/base.yaml:43:14","key":"specs/rules/base.yaml:43:5"},"key":"specs/rules/base.yaml:39:3"},{"name":"num_kv_heads","domain":"positive_integer","latex":"K","description":"Key/value heads","flag":false,"provider":"","default":{"text":"num_heads","at":"specs/rules/base.yaml:44:93","key":"specs/rules/base.yaml:44:84"},"key":"specs/rules/base.yaml:44:3"},{"name":"head_dim","domain":"nonnegative","latex":"d_h","description":"Width of one head","flag":false,"provider":"","default":{"text":"hidden_size / num_heads","at":"specs/rules/base.yaml:45:88","key":"specs/rules/base.yaml:45:79"},"key":"specs/rules/base.yaml:45:3"},{"name":"intermediate_size","domain":"nonnegative","latex":"I","description":"MLP inner width","flag":false,"provider":"","default":{"text":"4 * hidden_size","at":"specs/rules/base.yaml:46:93","key":"specs/rules/base.yaml:46:84"},"key":"specs/rules/base.yaml:46:3"},{"name":"mlp_activation_width","domain":"nonnegative","latex":"I_{act}","description":"MLP inner width whose activations one token keeps (top-k experts for a mixture of experts)","flag":false,"provider":"","default":{"text":"intermediate_size","at":"specs/rules/base.yaml:51:14","key":"specs/rules/base.yaml:51:5"},"key":"specs/rules/base.yaml:47:3"},{"name":"tie_word_embeddings","domain":"flag","latex":"\\tau","description":"1 if the LM head is the input embedding","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:52:115","key":"specs/rules/base.yaml:52:106"},"key":"specs/rules/base.yaml:52:3"},{"name":"max_position_embeddings","domain":"positive_integer","latex":"n_{ctx}","description":"Context length of the model","flag":false,"provider":"","default":{"text":"2048","at":"specs/rules/base.yaml:53:98","key":"specs/rules/base.yaml:53:89"},"key":"specs/rules/base.yaml:53:3"},{"name":"devices_per_node","domain":"positive_integer","latex":"n_{node}","description":"Devices sharing the fast interconnect","flag":false,"provider":"","default":{"text":"8","at":"specs/rules/base.yaml:55:102","key":"specs/rules/base.yaml:55:93"},"key":"specs/rules/base.yaml:55:3"},{"name":"dp","domain":"positive_integer","latex":"N_{dp}","description":"Replicas (each holds the whole model; does not change per-GPU memory)","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/base.yaml:57:69","key":"specs/rules/base.yaml:57:60"},"key":"specs/rules/inference.yaml:72:3"},{"name":"tp","domain":"positive_integer","latex":"t","description":"Tensor-parallel degree (Megatron)","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/base.yaml:58:75","key":"specs/rules/base.yaml:58:66"},"key":"specs/rules/base.yaml:58:3"},{"name":"pp","domain":"positive_integer","latex":"p","description":"Pipeline-parallel degree","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/base.yaml:59:66","key":"specs/rules/base.yaml:59:57"},"key":"specs/rules/base.yaml:59:3"},{"name":"linear_params","domain":"nonnegative","latex":"P_{lin}","description":"Weights of the linear layers a quantizer replaces (all but the output layer)","flag":false,"provider":"linears.weights","default":{"text":"params - embedding_params - lm_head_params","at":"specs/rules/inference.yaml:37:14","key":"specs/rules/inference.yaml:37:5"},"key":"specs/rules/inference.yaml:33:3"},{"name":"kv_elements_per_token","domain":"nonnegative","latex":"e_{kv}","description":"Key and value elements cached per token, all layers (latent attention - the compressed latent)","flag":false,"provider":"","default":{"text":"2 * num_layers * num_kv_heads * head_dim","at":"specs/rules/inference.yaml:43:14","key":"specs/rules/inference.yaml:43:5"},"key":"specs/rules/inference.yaml:39:3"},{"name":"mla","domain":"flag","latex":"m","description":"1 for multi-head latent attention (every tensor-parallel rank caches the whole latent)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/inference.yaml:45:143","key":"specs/rules/inference.yaml:45:134"},"key":"specs/rules/inference.yaml:45:3"},{"name":"sliding_window","domain":"nonnegative_integer","latex":"w","description":"Attention window in tokens (0 = full attention)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/inference.yaml:46:130","key":"specs/rules/inference.yaml:46:121"},"key":"specs/rules/inference.yaml:46:3"},{"name":"memory_usable","domain":"positive","latex":"M","description":"Bytes the framework can allocate on one GPU","flag":false,"provider":"","default":null,"key":"specs/rules/inference.yaml:48:3"},{"name":"memory_bandwidth","domain":"positive","latex":"B_{mem}","description":"Memory bandwidth, bytes per second","flag":false,"provider":"","default":null,"key":"specs/rules/inference.yaml:49:3"},{"name":"flops_bf16","domain":"positive","latex":"F","description":"Dense bf16 FLOP/s","flag":false,"provider":"","default":null,"key":"specs/rules/inference.yaml:50:3"},{"name":"context","domain":"positive_integer","latex":"n","description":"Tokens per sequence, prompt and generated (vLLM max_model_len; default the model's context)","flag":true,"provider":"","default":{"text":"max_position_embeddings","at":"specs/rules/inference.yaml:55:14","key":"specs/rules/inference.yaml:55:5"},"key":"specs/rules/inference.yaml:52:3"},{"name":"gen_tokens","domain":"nonnegative_integer","latex":"n_{gen}","description":"Generated tokens of each sequence (the rest of the context is prompt)","flag":true,"provider":"","default":{"text":"0","at":"specs/rules/inference.yaml:57:156","key":"specs/rules/inference.yaml:57:147"},"key":"specs/rules/inference.yaml:57:3"},{"name":"concurrency","domain":"positive_integer","latex":"c","description":"Sequences served at once (batch)","flag":true,"provider":"","default":{"text":"1","at":"specs/rules/inference.yaml:58:83","key":"specs/rules/inference.yaml:58:74"},"key":"specs/rules/inference.yaml:58:3"},{"name":"prefill_tokens","domain":"positive_integer","latex":"n_{pf}","description":"Tokens one prefill step processes (vLLM max_num_batched_tokens)","flag":false,"provider":"","default":{"text":"min(8192, context)","at":"specs/rules/inference.yaml:62:14","key":"specs/rules/inference.yaml:62:5"},"key":"specs/rules/inference.yaml:59:3"},{"name":"block_size","domain":"positive_integer","latex":"b_{kv}","description":"Tokens per KV-cache block (page)","flag":false,"provider":"","default":{"text":"16","at":"specs/rules/inference.yaml:64:89","key":"specs/rules/inference.yaml:64:80"},"key":"specs/rules/inference.yaml:64:3"},{"name":"gpu_memory_utilization","domain":"fraction","latex":"u","description":"Fraction of the GPU vLLM may use","flag":false,"provider":"","default":{"text":"9/10","at":"specs/rules/inference.yaml:69:14","key":"specs/rules/inference.yaml:69:5"},"key":"specs/rules/inference.yaml:65:3"},{"name":"quant_bytes","domain":"positive","latex":"B_q","description":"Bytes per quantized linear weight (group scales included)","flag":false,"provider":"","default":null,"key":"specs/rules/inference.yaml:74:3"},{"name":"weight_bytes","domain":"positive","latex":"B_w","description":"Bytes per weight that stays unquantized","flag":false,"provider":"","default":{"text":"2","at":"specs/rules/inference.yaml:75:113","key":"specs/rules/inference.yaml:75:104"},"key":"specs/rules/inference.yaml:75:3"},{"name":"kv_bytes","domain":"positive","latex":"B_{kv}","description":"Bytes per cached key/value element","flag":false,"provider":"","default":null,"key":"specs/rules/inference.yaml:76:3"},{"name":"kv_scale_bytes","domain":"nonnegative","latex":"B_{ks}","description":"Scale bytes per cached token and key/value head (int8/fp8 per-token-head)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/inference.yaml:77:155","key":"specs/rules/inference.yaml:77:146"},"key":"specs/rules/inference.yaml:77:3"},{"name":"act_bytes","domain":"positive","latex":"B_a","description":"Bytes per activation element","flag":false,"provider":"","default":{"text":"2","at":"specs/rules/inference.yaml:78:99","key":"specs/rules/inference.yaml:78:90"},"key":"specs/rules/inference.yaml:78:3"},{"name":"eager_attention","domain":"flag","latex":"E","description":"1 if prefill materialises n x n scores","flag":false,"provider":"","default":null,"key":"specs/rules/inference.yaml:79:3"},{"name":"cuda_context_bytes","domain":"nonnegative","latex":"R_{ctx}","description":"CUDA context","flag":false,"provider":"","default":{"text":"2**29","at":"specs/rules/inference.yaml:81:99","key":"specs/rules/inference.yaml:81:90"},"key":"specs/rules/inference.yaml:81:3"},{"name":"nccl_bytes","domain":"nonnegative","latex":"R_{nccl}","description":"NCCL buffers with more than one GPU","flag":false,"provider":"","default":{"text":"2**29","at":"specs/rules/inference.yaml:82:115","key":"specs/rules/inference.yaml:82:106"},"key":"specs/rules/inference.yaml:82:3"}],"presets":[],"default_preset":null,"default_rules":null,"total":{"name":"all_terms","key":"","slot":"@q:"},"parts":[["weights","weights","@q:weights",[],false],["kv_cache","kv_cache","@q:kv_cache",[],false],["activations","activations","@q:activations",[],false],["logits","logits","@q:logits",[],false],["reserve","reserve","@q:reserve",[],true],["reserve/cuda_context","cuda_context","@q:reserve/cuda_context",[],false],["reserve/nccl","nccl","@q:reserve/nccl",[],false]],"derived":{"capacity":"@d:capacity","kv_heads_per_gpu":"@d:kv_heads_per_gpu","kv_elements_per_gpu_token":"@d:kv_elements_per_gpu_token","kv_scale_tokens":"@d:kv_scale_tokens","cached_tokens":"@d:cached_tokens","blocks_per_sequence":"@d:blocks_per_sequence","kv_bytes_per_token":"@d:kv_bytes_per_token","page_bytes":"@d:page_bytes","kv_available":"@d:kv_available","kv_blocks":"@d:kv_blocks","decode_step_seconds":"@d:decode_step_seconds","decode_tokens_per_second":"@d:decode_tokens_per_second","prefill_seconds":"@d:prefill_seconds"},"phases":{"serving":"@p:serving"},"block":{},"where":{"":"specs/rules/inference.yaml:132:1","weights":"specs/rules/inference.yaml:134:11","kv_cache":"specs/rules/inference.yaml:139:11","activations":"specs/rules/inference.yaml:144:11","logits":"specs/rules/inference.yaml:151:11","reserve":"specs/rules/inference.yaml:155:3","reserve/cuda_context":"specs/rules/inference.yaml:158:28","reserve/nccl":"specs/rules/inference.yaml:159:21","capacity":"specs/rules/inference.yaml:167:11","kv_heads_per_gpu":"specs/rules/inference.yaml:171:11","kv_elements_per_gpu_token":"specs/rules/inference.yaml:175:11","kv_scale_tokens":"specs/rules/inference.yaml:178:11","cached_tokens":"specs/rules/inference.yaml:181:11","blocks_per_sequence":"specs/rules/inference.yaml:184:11","kv_bytes_per_token":"specs/rules/inference.yaml:188:11","page_bytes":"specs/rules/inference.yaml:191:11","kv_available":"specs/rules/inference.yaml:195:11","kv_blocks":"specs/rules/inference.yaml:199:11","decode_step_seconds":"specs/rules/inference.yaml:203:11","decode_tokens_per_second":"specs/rules/inference.yaml:208:11","prefill_seconds":"specs/rules/inference.yaml:212:11","serving":"specs/rules/inference.yaml:219:11"},"options":[{"name":"quant","default":"bf16","description":"Weight format of the linear layers (embeddings, norms and the output layer stay 16-bit)","aliases":["weights-dtype"],"choices":[{"name":"bf16","description":"bf16 / fp16","values":{"quant_bytes":{"text":"2","at":"specs/rules/inference.yaml:91:59","key":"specs/rules/inference.yaml:91:46"}}},{"name":"fp32","description":"fp32 weights","values":{"quant_bytes":{"text":"4","at":"specs/rules/inference.yaml:92:60","key":"specs/rules/inference.yaml:92:47"},"weight_bytes":{"text":"4","at":"specs/rules/inference.yaml:92:77","key":"specs/rules/inference.yaml:92:63"},"act_bytes":{"text":"4","at":"specs/rules/inference.yaml:92:91","key":"specs/rules/inference.yaml:92:80"}}},{"name":"fp8","description":"fp8 weights (per-tensor scales)","values":{"quant_bytes":{"text":"1","at":"specs/rules/inference.yaml:93:78","key":"specs/rules/inference.yaml:93:65"}}},{"name":"int8","description":"LLM.int8 - int8 weights and an fp32 scale per output row","values":{"quant_bytes":{"text":"1 + 4 / hidden_size","at":"specs/rules/inference.yaml:97:28","key":"specs/rules/inference.yaml:97:15"}}},{"name":"awq","description":"AWQ 4-bit, group 128 - int32-packed weights, zeros and fp16 scales per group","values":{"quant_bytes":{"text":"1/2 + (2 + 1/2) / 128","at":"specs/rules/inference.yaml:101:28","key":"specs/rules/inference.yaml:101:15"}}},{"name":"gptq","description":"GPTQ 4-bit, group 128 - packed weights, zeros, fp16 scales and an int32 g_idx per input row","values":{"quant_bytes":{"text":"1/2 + 5/2 / 128 + 4 / hidden_size","at":"specs/rules/inference.yaml:105:28","key":"specs/rules/inference.yaml:105:15"}}},{"name":"nf4","description":"bitsandbytes NF4, block 64 - 4-bit weights and an fp32 absmax per block","values":{"quant_bytes":{"text":"1/2 + 4 / 64","at":"specs/rules/inference.yaml:109:28","key":"specs/rules/inference.yaml:109:15"}}},{"name":"nf4-dq","description":"NF4 with double quantization - 8-bit absmax, fp32 second-level scale per 256 blocks","values":{"quant_bytes":{"text":"1/2 + 1 / 64 + 4 / (64 * 256)","at":"specs/rules/inference.yaml:113:28","key":"specs/rules/inference.yaml:113:15"}}}]},{"name":"kv_dtype","default":"bf16","description":"Key/value cache element type","aliases":[],"choices":[{"name":"bf16","description":"","values":{"kv_bytes":{"text":"2","at":"specs/rules/inference.yaml:118:30","key":"specs/rules/inference.yaml:118:20"},"kv_scale_bytes":{"text":"0","at":"specs/rules/inference.yaml:118:49","key":"specs/rules/inference.yaml:118:33"}}},{"name":"fp8","description":"","values":{"kv_bytes":{"text":"1","at":"specs/rules/inference.yaml:119:62","key":"specs/rules/inference.yaml:119:52"},"kv_scale_bytes":{"text":"0","at":"specs/rules/inference.yaml:119:81","key":"specs/rules/inference.yaml:119:65"}}},{"name":"int8","description":"int8 with an fp32 scale per token and head for keys and values","values":{"kv_bytes":{"text":"1","at":"specs/rules/inference.yaml:123:25","key":"specs/rules/inference.yaml:123:15"},"kv_scale_bytes":{"text":"8","at":"specs/rules/inference.yaml:123:44","key":"specs/rules/inference.yaml:123:28"}}}]},{"name":"attention","default":"flash","description":"Prefill attention","aliases":[],"choices":[{"name":"flash","description":"","values":{"eager_attention":{"text":"0","at":"specs/rules/inference.yaml:128:38","key":"specs/rules/inference.yaml:128:21"}}},{"name":"sdpa","description":"","values":{"eager_attention":{"text":"0","at":"specs/rules/inference.yaml:129:37","key":"specs/rules/inference.yaml:129:20"}}},{"name":"eager","description":"Materialises n x n scores per head","values":{"eager_attention":{"text":"1","at":"specs/rules/inference.yaml:130:87","key":"specs/rules/inference.yaml:130:70"}}}]}],"linears":[],"lora_targets":[],"hf":null,"programs":{"main":0,"defaults":{"active_params":1,"hidden_size":2,"vocab_size":3,"embedding_params":4,"tie_word_embeddings":5,"lm_head_params":6,"num_layers":7,"num_heads":8,"num_kv_heads":9,"head_dim":10,"intermediate_size":11,"mlp_activation_width":12,"max_position_embeddings":13,"devices_per_node":14,"dp":15,"tp":16,"pp":17,"linear_params":18,"kv_elements_per_token":19,"mla":20,"sliding_window":21,"context":22,"gen_tokens":23,"concurrency":24,"prefill_tokens":25,"block_size":26,"gpu_memory_utilization":27,"weight_bytes":28,"kv_scale_bytes":29,"act_bytes":30,"cuda_context_bytes":31,"nccl_bytes":32},"choices":{"quant":{"bf16":{"quant_bytes":33},"fp32":{"quant_bytes":34,"weight_bytes":35,"act_bytes":36},"fp8":{"quant_bytes":37},"int8":{"quant_bytes":38},"awq":{"quant_bytes":39},"gptq":{"quant_bytes":40},"nf4":{"quant_bytes":41},"nf4-dq":{"quant_bytes":42}},"kv_dtype":{"bf16":{"kv_bytes":43,"kv_scale_bytes":44},"fp8":{"kv_bytes":45,"kv_scale_bytes":46},"int8":{"kv_bytes":47,"kv_scale_bytes":48}},"attention":{"flash":{"eager_attention":49},"sdpa":{"eager_attention":50},"eager":{"eager_attention":51}}},"weights":{"serving":52},"linears":null,"conditions":{"constraint:tp_splits_heads":53,"constraint:tp_splits_kv_heads":54,"keep:tensor":55,"keep:pipeline":56,"at_most:context":57,"when:kv_blocks":58}},"formulas":[{"label":"all_terms","mathml":"<math display=\"block\"><mrow><mi>all_terms</mi><mo>=</mo><mi>activations</mi><mo>+</mo><mi>kv_cache</mi><mo>+</mo><mi>logits</mi><mo>+</mo><mi>reserve</mi><mo>+</mo><mi>weights</mi></mrow></math>","text":"all_terms = activations + kv_cache + logits + reserve + weights","source":""},{"label":"weights","mathml":"<math display=\"block\"><mrow><mi>weights</mi><mo>=</mo><mfrac><mrow><msub><mi>B</mi><mi>w</mi></msub><mrow><mo>(</mo><msub><mi>P</mi><mrow><mi>e</mi><mi>m</mi><mi>b</mi></mrow></msub><mo>+</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>P</mi><mrow><mi>h</mi><mi>e</mi><mi>a</mi><mi>d</mi></mrow></msub></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>p</mi><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow></mrow><mi>t</mi></mfrac><mo>+</mo><mfrac><mrow><msub><mi>P</mi><mrow><mi>l</mi><mi>i</mi><mi>n</mi></mrow></msub><msub><mi>B</mi><mi>q</mi></msub><mo>+</mo><msub><mi>B</mi><mi>w</mi></msub><mrow><mo>(</mo><mo>-</mo><msub><mi>P</mi><mrow><mi>e</mi><mi>m</mi><mi>b</mi></mrow></msub><mo>-</mo><msub><mi>P</mi><mrow><mi>l</mi><mi>i</mi><mi>n</mi></mrow></msub><mo>-</mo><msub><mi>P</mi><mrow><mi>h</mi><mi>e</mi><mi>a</mi><mi>d</mi></mrow></msub><mo>+</mo><mi>P</mi><mo>)</mo></mrow></mrow><mrow><mi>p</mi><mi>t</mi></mrow></mfrac></mrow></math>","text":"weights = weight_bytes*(embedding_params + where(pp == 1, lm_head_params, 0))/tp + (linear_params*quant_bytes + weight_bytes*(params - embedding_params - linear_params - lm_head_params))/(pp*tp)","source":"formulas.md 4.1"},{"label":"kv_cache","mathml":"<math display=\"block\"><mrow><mi>kv_cache</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><mi>blocks_per_sequence</mi><mi>c</mi><mrow><mo>(</mo><msub><mi>B</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><mi>kv_elements_per_gpu_token</mi><mo>+</mo><mi>kv_scale_tokens</mi><mo>)</mo></mrow></mrow></math>","text":"kv_cache = blocks_per_sequence*block_size*concurrency*(kv_scale_tokens + kv_elements_per_gpu_token*kv_bytes)","source":"formulas.md 4.2-4.3; vllm/v1/kv_cache_interface.py FullAttentionSpec / MLAAttentionSpec"},{"label":"activations","mathml":"<math display=\"block\"><mrow><mi>activations</mi><mo>=</mo><msub><mi>B</mi><mi>a</mi></msub><msub><mi>n</mi><mrow><mi>p</mi><mi>f</mi></mrow></msub><mrow><mo>(</mo><msub><mi>d</mi><mi>h</mi></msub><mrow><mo>(</mo><mn>2</mn><mi>kv_heads_per_gpu</mi><mo>+</mo><mfrac><mi>H</mi><mi>t</mi></mfrac><mo>)</mo></mrow><mo>+</mo><mn>4</mn><mi>d</mi><mo>+</mo><mfrac><mrow><mn>3</mn><msub><mi>I</mi><mrow><mi>a</mi><mi>c</mi><mi>t</mi></mrow></msub></mrow><mi>t</mi></mfrac><mo>)</mo></mrow><mo>+</mo><mfrac><mrow><mn>4</mn><mi>E</mi><mi>H</mi><msub><mi>n</mi><mrow><mi>p</mi><mi>f</mi></mrow></msub><mo>min</mo><mrow><mo>(</mo><mi>n</mi><mo>,</mo><msub><mi>n</mi><mrow><mi>p</mi><mi>f</mi></mrow></msub><mo>)</mo></mrow></mrow><mi>t</mi></mfrac></mrow></math>","text":"activations = act_bytes*prefill_tokens*(4*hidden_size + head_dim*(2*kv_heads_per_gpu + num_heads/tp) + 3*mlp_activation_width/tp) + 4*eager_attention*num_heads*prefill_tokens*min(context, prefill_tokens)/tp","source":"formulas.md 4.4 [derived]; vLLM profiles it with max_num_batched_tokens"},{"label":"logits","mathml":"<math display=\"block\"><mrow><mi>logits</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mrow><mn>4</mn><mi>c</mi><mi>V</mi></mrow><mi>t</mi></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>p</mi><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"logits = where(pp == 1, 4*vocab_size*concurrency/tp, 0)","source":"formulas.md 4.4 (nanoGPT lm_head(x[:, [-1], :]); transformers logits_to_keep)"},{"label":"reserve","mathml":"<math display=\"block\"><mrow><mi>reserve</mi><mo>=</mo><mi>cuda_context</mi><mo>+</mo><mi>nccl</mi></mrow></math>","text":"reserve = cuda_context + nccl","source":""},{"label":"reserve/cuda_context","mathml":"<math display=\"block\"><mrow><mi>cuda_context</mi><mo>=</mo><msub><mi>R</mi><mrow><mi>c</mi><mi>t</mi><mi>x</mi></mrow></msub></mrow></math>","text":"reserve/cuda_context = cuda_context_bytes","source":"formulas.md 4.5"},{"label":"reserve/nccl","mathml":"<math display=\"block\"><mrow><mi>nccl</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>R</mi><mrow><mi>n</mi><mi>c</mi><mi>c</mi><mi>l</mi></mrow></msub></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>p</mi><mi>t</mi><mo>&gt;</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"reserve/nccl = where(pp*tp > 1, nccl_bytes, 0)","source":"formulas.md 4.5 (vLLM initialises NCCL before its memory snapshot)"},{"label":"capacity","mathml":"<math display=\"block\"><mrow><mi>capacity</mi><mo>=</mo><mi>u</mi><mi>M</mi></mrow></math>","text":"capacity = gpu_memory_utilization*memory_usable","source":"vllm/v1/worker/gpu_worker.py requested_memory = total_gpu_memory * gpu_memory_utilization"},{"label":"kv_heads_per_gpu","mathml":"<math display=\"block\"><mrow><mi>kv_heads_per_gpu</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>1</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>m</mi><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mo>max</mo><mrow><mo>(</mo><mn>1</mn><mo>,</mo><mrow><mo>\u230a</mo><mfrac><mi>K</mi><mi>t</mi></mfrac><mo>\u230b</mo></mrow><mo>)</mo></mrow></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"kv_heads_per_gpu = where(mla == 1, 1, max(1, floor(num_kv_heads/tp)))","source":"vllm/config/model.py get_num_kv_heads"},{"label":"kv_elements_per_gpu_token","mathml":"<math display=\"block\"><mrow><mi>kv_elements_per_gpu_token</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><msub><mi>e</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><mi>p</mi></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>m</mi><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mfrac><mrow><msub><mi>e</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><mi>kv_heads_per_gpu</mi></mrow><mrow><mi>K</mi><mi>p</mi></mrow></mfrac></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"kv_elements_per_gpu_token = where(mla == 1, kv_elements_per_token/pp, kv_heads_per_gpu*kv_elements_per_token/(num_kv_heads*pp))","source":""},{"label":"kv_scale_tokens","mathml":"<math display=\"block\"><mrow><mi>kv_scale_tokens</mi><mo>=</mo><mfrac><mrow><mi>kv_heads_per_gpu</mi><msub><mi>B</mi><mrow><mi>k</mi><mi>s</mi></mrow></msub><mi>L</mi></mrow><mi>p</mi></mfrac></mrow></math>","text":"kv_scale_tokens = kv_heads_per_gpu*kv_scale_bytes*num_layers/pp","source":""},{"label":"cached_tokens","mathml":"<math display=\"block\"><mrow><mi>cached_tokens</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mo>min</mo><mrow><mo>(</mo><mi>n</mi><mo>,</mo><msub><mi>b</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><mo>+</mo><mi>w</mi><mo>)</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>w</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd><mi>n</mi></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"cached_tokens = where(sliding_window > 0, min(context, sliding_window + block_size), context)","source":""},{"label":"blocks_per_sequence","mathml":"<math display=\"block\"><mrow><mi>blocks_per_sequence</mi><mo>=</mo><mrow><mo>\u2308</mo><mfrac><mi>cached_tokens</mi><msub><mi>b</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub></mfrac><mo>\u2309</mo></mrow></mrow></math>","text":"blocks_per_sequence = ceil(cached_tokens/block_size)","source":"vLLM allocates tokens in whole blocks of block_size"},{"label":"kv_bytes_per_token","mathml":"<math display=\"block\"><mrow><mi>kv_bytes_per_token</mi><mo>=</mo><msub><mi>B</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><msub><mi>e</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub></mrow></math>","text":"kv_bytes_per_token = kv_elements_per_token*kv_bytes","source":""},{"label":"page_bytes","mathml":"<math display=\"block\"><mrow><mi>page_bytes</mi><mo>=</mo><mfrac><mrow><msub><mi>b</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><msub><mi>B</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><mi>kv_elements_per_gpu_token</mi><mi>p</mi></mrow><mrow><mo>max</mo><mrow><mo>(</mo><mn>1</mn><mo>,</mo><mi>L</mi><mo>)</mo></mrow></mrow></mfrac><mo>+</mo><msub><mi>b</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><mi>kv_heads_per_gpu</mi><msub><mi>B</mi><mrow><mi>k</mi><mi>s</mi></mrow></msub></mrow></math>","text":"page_bytes = kv_heads_per_gpu*kv_scale_bytes*block_size + kv_elements_per_gpu_token*kv_bytes*block_size*pp/max(1, num_layers)","source":"vllm/v1/kv_cache_interface.py page_size_bytes"},{"label":"kv_available","mathml":"<math display=\"block\"><mrow><mi>kv_available</mi><mo>=</mo><mo>-</mo><mi>activations</mi><mo>+</mo><mi>capacity</mi><mo>-</mo><mi>logits</mi><mo>-</mo><mi>reserve</mi><mo>-</mo><mi>weights</mi></mrow></math>","text":"kv_available = capacity - activations - logits - reserve - weights","source":"vllm/v1/worker/gpu_worker.py determine_available_memory"},{"label":"kv_blocks","mathml":"<math display=\"block\"><mrow><mi>kv_blocks</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mrow><mo>\u230a</mo><mfrac><mrow><mi>p</mi><mrow><mo>\u230a</mo><mfrac><mi>kv_available</mi><mi>page_bytes</mi></mfrac><mo>\u230b</mo></mrow></mrow><mi>L</mi></mfrac><mo>\u230b</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>kv_available</mi><mo>&gt;</mo><mn>0</mn><mo>\u2227</mo><mi>page_bytes</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"kv_blocks = where((kv_available > 0) and (page_bytes > 0), floor(pp*floor(kv_available/page_bytes)/num_layers), 0)","source":"vllm/v1/core/kv_cache_utils.py get_num_blocks - int(available // page_size // num_layers)"},{"label":"decode_step_seconds","mathml":"<math display=\"block\"><mrow><mi>decode_step_seconds</mi><mo>=</mo><mfrac><mrow><msub><mi>b</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><mi>blocks_per_sequence</mi><mi>c</mi><msub><mi>B</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><mi>kv_elements_per_gpu_token</mi><mo>+</mo><mi>weights</mi></mrow><msub><mi>B</mi><mrow><mi>m</mi><mi>e</mi><mi>m</mi></mrow></msub></mfrac></mrow></math>","text":"decode_step_seconds = (weights + blocks_per_sequence*kv_elements_per_gpu_token*kv_bytes*block_size*concurrency)/memory_bandwidth","source":"formulas.md 6.5"},{"label":"decode_tokens_per_second","mathml":"<math display=\"block\"><mrow><mi>decode_tokens_per_second</mi><mo>=</mo><mfrac><mi>c</mi><mi>decode_step_seconds</mi></mfrac></mrow></math>","text":"decode_tokens_per_second = concurrency/decode_step_seconds","source":""},{"label":"prefill_seconds","mathml":"<math display=\"block\"><mrow><mi>prefill_seconds</mi><mo>=</mo><mfrac><mrow><mi>c</mi><mrow><mo>(</mo><mn>2</mn><msub><mi>P</mi><mrow><mi>a</mi><mi>c</mi><mi>t</mi></mrow></msub><mrow><mo>(</mo><mi>n</mi><mo>-</mo><msub><mi>n</mi><mrow><mi>g</mi><mi>e</mi><mi>n</mi></mrow></msub><mo>)</mo></mrow><mo>+</mo><mn>4</mn><msub><mi>d</mi><mi>h</mi></msub><mi>H</mi><mi>L</mi><msup><mrow><mo>(</mo><mi>n</mi><mo>-</mo><msub><mi>n</mi><mrow><mi>g</mi><mi>e</mi><mi>n</mi></mrow></msub><mo>)</mo></mrow><mn>2</mn></msup><mo>)</mo></mrow></mrow><mrow><mi>F</mi><mi>p</mi><mi>t</mi></mrow></mfrac></mrow></math>","text":"prefill_seconds = concurrency*(2*active_params*(context - gen_tokens) + 4*head_dim*num_layers*num_heads*(context - gen_tokens)**2)/(flops_bf16*pp*tp)","source":"formulas.md 6.5"},{"label":"serving","mathml":"<math display=\"block\"><mrow><mi>serving</mi><mo>=</mo><mi>activations</mi><mo>+</mo><mi>kv_cache</mi><mo>+</mo><mi>logits</mi><mo>+</mo><mi>reserve</mi><mo>+</mo><mi>weights</mi></mrow></math>","text":"serving = activations + kv_cache + logits + reserve + weights","source":""},{"label":"default active_params","mathml":"<math display=\"block\"><mrow><mi>defaultactive_params</mi><mo>=</mo><mi>P</mi></mrow></math>","text":"default active_params = params","source":""},{"label":"default embedding_params","mathml":"<math display=\"block\"><mrow><mi>defaultembedding_params</mi><mo>=</mo><mi>d</mi><mi>V</mi></mrow></math>","text":"default embedding_params = hidden_size*vocab_size","source":""},{"label":"default lm_head_params","mathml":"<math display=\"block\"><mrow><mi>defaultlm_head_params</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow></mrow></math>","text":"default lm_head_params = hidden_size*vocab_size*(1 - tie_word_embeddings)","source":""},{"label":"default vocab_size","mathml":"<math display=\"block\"><mrow><mi>defaultvocab_size</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default vocab_size = 0","source":""},{"label":"default hidden_size","mathml":"<math display=\"block\"><mrow><mi>defaulthidden_size</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default hidden_size = 0","source":""},{"label":"default num_layers","mathml":"<math display=\"block\"><mrow><mi>defaultnum_layers</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default num_layers = 0","source":""},{"label":"default num_heads","mathml":"<math display=\"block\"><mrow><mi>defaultnum_heads</mi><mo>=</mo><mo>max</mo><mrow><mo>(</mo><mn>1</mn><mo>,</mo><mrow><mo>\u230a</mo><mfrac><mi>d</mi><mn>128</mn></mfrac><mo>\u230b</mo></mrow><mo>)</mo></mrow></mrow></math>","text":"default num_heads = max(1, floor(hidden_size/128))","source":""},{"label":"default num_kv_heads","mathml":"<math display=\"block\"><mrow><mi>defaultnum_kv_heads</mi><mo>=</mo><mi>H</mi></mrow></math>","text":"default num_kv_heads = num_heads","source":""},{"label":"default head_dim","mathml":"<math display=\"block\"><mrow><mi>defaulthead_dim</mi><mo>=</mo><mfrac><mi>d</mi><mi>H</mi></mfrac></mrow></math>","text":"default head_dim = hidden_size/num_heads","source":""},{"label":"default intermediate_size","mathml":"<math display=\"block\"><mrow><mi>defaultintermediate_size</mi><mo>=</mo><mn>4</mn><mi>d</mi></mrow></math>","text":"default intermediate_size = 4*hidden_size","source":""},{"label":"default mlp_activation_width","mathml":"<math display=\"block\"><mrow><mi>defaultmlp_activation_width</mi><mo>=</mo><mi>I</mi></mrow></math>","text":"default mlp_activation_width = intermediate_size","source":""},{"label":"default tie_word_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaulttie_word_embeddings</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default tie_word_embeddings = 0","source":""},{"label":"default max_position_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaultmax_position_embeddings</mi><mo>=</mo><mn>2048</mn></mrow></math>","text":"default max_position_embeddings = 2048","source":""},{"label":"default devices_per_node","mathml":"<math display=\"block\"><mrow><mi>defaultdevices_per_node</mi><mo>=</mo><mn>8</mn></mrow></math>","text":"default devices_per_node = 8","source":""},{"label":"default dp","mathml":"<math display=\"block\"><mrow><mi>defaultdp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default dp = 1","source":""},{"label":"default tp","mathml":"<math display=\"block\"><mrow><mi>defaulttp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default tp = 1","source":""},{"label":"default pp","mathml":"<math display=\"block\"><mrow><mi>defaultpp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default pp = 1","source":""},{"label":"default linear_params","mathml":"<math display=\"block\"><mrow><mi>defaultlinear_params</mi><mo>=</mo><mo>-</mo><msub><mi>P</mi><mrow><mi>e</mi><mi>m</mi><mi>b</mi></mrow></msub><mo>-</mo><msub><mi>P</mi><mrow><mi>h</mi><mi>e</mi><mi>a</mi><mi>d</mi></mrow></msub><mo>+</mo><mi>P</mi></mrow></math>","text":"default linear_params = params - embedding_params - lm_head_params","source":""},{"label":"default kv_elements_per_token","mathml":"<math display=\"block\"><mrow><mi>defaultkv_elements_per_token</mi><mo>=</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mi>L</mi></mrow></math>","text":"default kv_elements_per_token = 2*head_dim*num_layers*num_kv_heads","source":""},{"label":"default mla","mathml":"<math display=\"block\"><mrow><mi>defaultmla</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default mla = 0","source":""},{"label":"default sliding_window","mathml":"<math display=\"block\"><mrow><mi>defaultsliding_window</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default sliding_window = 0","source":""},{"label":"default context","mathml":"<math display=\"block\"><mrow><mi>defaultcontext</mi><mo>=</mo><msub><mi>n</mi><mrow><mi>c</mi><mi>t</mi><mi>x</mi></mrow></msub></mrow></math>","text":"default context = max_position_embeddings","source":""},{"label":"default gen_tokens","mathml":"<math display=\"block\"><mrow><mi>defaultgen_tokens</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default gen_tokens = 0","source":""},{"label":"default concurrency","mathml":"<math display=\"block\"><mrow><mi>defaultconcurrency</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default concurrency = 1","source":""},{"label":"default prefill_tokens","mathml":"<math display=\"block\"><mrow><mi>defaultprefill_tokens</mi><mo>=</mo><mo>min</mo><mrow><mo>(</mo><mn>8192</mn><mo>,</mo><mi>n</mi><mo>)</mo></mrow></mrow></math>","text":"default prefill_tokens = min(8192, context)","source":""},{"label":"default block_size","mathml":"<math display=\"block\"><mrow><mi>defaultblock_size</mi><mo>=</mo><mn>16</mn></mrow></math>","text":"default block_size = 16","source":""},{"label":"default gpu_memory_utilization","mathml":"<math display=\"block\"><mrow><mi>defaultgpu_memory_utilization</mi><mo>=</mo><mfrac><mn>9</mn><mn>10</mn></mfrac></mrow></math>","text":"default gpu_memory_utilization = 9/10","source":""},{"label":"default weight_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultweight_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"default weight_bytes = 2","source":""},{"label":"default kv_scale_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultkv_scale_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default kv_scale_bytes = 0","source":""},{"label":"default act_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultact_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"default act_bytes = 2","source":""},{"label":"default cuda_context_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultcuda_context_bytes</mi><mo>=</mo><mn>536870912</mn></mrow></math>","text":"default cuda_context_bytes = 536870912","source":""},{"label":"default nccl_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultnccl_bytes</mi><mo>=</mo><mn>536870912</mn></mrow></math>","text":"default nccl_bytes = 536870912","source":""},{"label":"quant=bf16: quant_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=bf16:quant_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"quant=bf16: quant_bytes = 2","source":""},{"label":"quant=fp32: quant_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=fp32:quant_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"quant=fp32: quant_bytes = 4","source":""},{"label":"quant=fp32: weight_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=fp32:weight_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"quant=fp32: weight_bytes = 4","source":""},{"label":"quant=fp32: act_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=fp32:act_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"quant=fp32: act_bytes = 4","source":""},{"label":"quant=fp8: quant_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=fp8:quant_bytes</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"quant=fp8: quant_bytes = 1","source":""},{"label":"quant=int8: quant_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=int8:quant_bytes</mi><mo>=</mo><mn>1</mn><mo>+</mo><mfrac><mn>4</mn><mi>d</mi></mfrac></mrow></math>","text":"quant=int8: quant_bytes = 1 + 4/hidden_size","source":""},{"label":"quant=awq: quant_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=awq:quant_bytes</mi><mo>=</mo><mfrac><mn>133</mn><mn>256</mn></mfrac></mrow></math>","text":"quant=awq: quant_bytes = 133/256","source":""},{"label":"quant=gptq: quant_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=gptq:quant_bytes</mi><mo>=</mo><mfrac><mn>133</mn><mn>256</mn></mfrac><mo>+</mo><mfrac><mn>4</mn><mi>d</mi></mfrac></mrow></math>","text":"quant=gptq: quant_bytes = 133/256 + 4/hidden_size","source":""},{"label":"quant=nf4: quant_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=nf4:quant_bytes</mi><mo>=</mo><mfrac><mn>9</mn><mn>16</mn></mfrac></mrow></math>","text":"quant=nf4: quant_bytes = 9/16","source":""},{"label":"quant=nf4-dq: quant_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=nf4-dq:quant_bytes</mi><mo>=</mo><mfrac><mn>2113</mn><mn>4096</mn></mfrac></mrow></math>","text":"quant=nf4-dq: quant_bytes = 2113/4096","source":""},{"label":"kv_dtype=bf16: kv_bytes","mathml":"<math display=\"block\"><mrow><mi>kv_dtype=bf16:kv_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"kv_dtype=bf16: kv_bytes = 2","source":""},{"label":"kv_dtype=bf16: kv_scale_bytes","mathml":"<math display=\"block\"><mrow><mi>kv_dtype=bf16:kv_scale_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"kv_dtype=bf16: kv_scale_bytes = 0","source":""},{"label":"kv_dtype=fp8: kv_bytes","mathml":"<math display=\"block\"><mrow><mi>kv_dtype=fp8:kv_bytes</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"kv_dtype=fp8: kv_bytes = 1","source":""},{"label":"kv_dtype=fp8: kv_scale_bytes","mathml":"<math display=\"block\"><mrow><mi>kv_dtype=fp8:kv_scale_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"kv_dtype=fp8: kv_scale_bytes = 0","source":""},{"label":"kv_dtype=int8: kv_bytes","mathml":"<math display=\"block\"><mrow><mi>kv_dtype=int8:kv_bytes</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"kv_dtype=int8: kv_bytes = 1","source":""},{"label":"kv_dtype=int8: kv_scale_bytes","mathml":"<math display=\"block\"><mrow><mi>kv_dtype=int8:kv_scale_bytes</mi><mo>=</mo><mn>8</mn></mrow></math>","text":"kv_dtype=int8: kv_scale_bytes = 8","source":""},{"label":"attention=flash: eager_attention","mathml":"<math display=\"block\"><mrow><mi>attention=flash:eager_attention</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"attention=flash: eager_attention = 0","source":""},{"label":"attention=sdpa: eager_attention","mathml":"<math display=\"block\"><mrow><mi>attention=sdpa:eager_attention</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"attention=sdpa: eager_attention = 0","source":""},{"label":"attention=eager: eager_attention","mathml":"<math display=\"block\"><mrow><mi>attention=eager:eager_attention</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"attention=eager: eager_attention = 1","source":""}],"mode":"infer","assumptions":[],"shown":["dp","tp","pp","context","concurrency"],"layout":{"axes":[{"role":"data","symbol":"dp","values":[],"keep":false},{"role":"tensor","symbol":"tp","values":[1,2,4,8,16,32,64],"keep":true},{"role":"pipeline","symbol":"pp","values":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64],"keep":true}],"constraints":[{"name":"tp_splits_heads","message":"does not divide num_heads = {num_heads}: tensor parallelism splits the heads evenly","symbol":"tp","needs":["num_heads"]},{"name":"tp_splits_kv_heads","message":"does not divide num_kv_heads = {num_kv_heads}, and is not a multiple of it (vLLM replicates key/value heads then)","symbol":"tp","needs":["num_kv_heads"]}]},"limits":[{"name":"context","at_most":true,"note":"vLLM serves at most the model's own context (max_model_len)"},{"name":"concurrency","at_most":false,"note":""},{"name":"params","at_most":false,"note":""}],"reports":[{"name":"kv_blocks","when":true}],"program_meta":[{"i":["params","active_params","embedding_params","lm_head_params","vocab_size","hidden_size","num_layers","num_heads","num_kv_heads","head_dim","intermediate_size","mlp_activation_width","tie_word_embeddings","max_position_embeddings","devices_per_node","dp","tp","pp","linear_params","kv_elements_per_token","mla","sliding_window","memory_usable","memory_bandwidth","flops_bf16","context","gen_tokens","concurrency","prefill_tokens","block_size","gpu_memory_utilization","quant_bytes","weight_bytes","kv_bytes","kv_scale_bytes","act_bytes","eager_attention","cuda_context_bytes","nccl_bytes"],"o":["@q:weights","@d:cached_tokens","@d:blocks_per_sequence","@d:kv_heads_per_gpu","@d:kv_elements_per_gpu_token","@d:kv_scale_tokens","@q:kv_cache","@q:activations","@q:logits","@q:reserve/cuda_context","@q:reserve/nccl","@q:reserve","@q:","@d:capacity","@d:kv_bytes_per_token","@d:page_bytes","@d:kv_available","@d:kv_blocks","@d:decode_step_seconds","@d:decode_tokens_per_second","@d:prefill_seconds","@p:serving"],"c":null},{"i":["params"],"o":["active_params"],"c":null},{"i":[],"o":["hidden_size"],"c":"0"},{"i":[],"o":["vocab_size"],"c":"0"},{"i":["hidden_size","vocab_size"],"o":["embedding_params"],"c":null},{"i":[],"o":["tie_word_embeddings"],"c":"0"},{"i":["hidden_size","tie_word_embeddings","vocab_size"],"o":["lm_head_params"],"c":null},{"i":[],"o":["num_layers"],"c":"0"},{"i":["hidden_size"],"o":["num_heads"],"c":null},{"i":["num_heads"],"o":["num_kv_heads"],"c":null},{"i":["hidden_size","num_heads"],"o":["head_dim"],"c":null},{"i":["hidden_size"],"o":["intermediate_size"],"c":null},{"i":["intermediate_size"],"o":["mlp_activation_width"],"c":null},{"i":[],"o":["max_position_embeddings"],"c":"2048"},{"i":[],"o":["devices_per_node"],"c":"8"},{"i":[],"o":["dp"],"c":"1"},{"i":[],"o":["tp"],"c":"1"},{"i":[],"o":["pp"],"c":"1"},{"i":["embedding_params","lm_head_params","params"],"o":["linear_params"],"c":null},{"i":["head_dim","num_kv_heads","num_layers"],"o":["kv_elements_per_token"],"c":null},{"i":[],"o":["mla"],"c":"0"},{"i":[],"o":["sliding_window"],"c":"0"},{"i":["max_position_embeddings"],"o":["context"],"c":null},{"i":[],"o":["gen_tokens"],"c":"0"},{"i":[],"o":["concurrency"],"c":"1"},{"i":["context"],"o":["prefill_tokens"],"c":null},{"i":[],"o":["block_size"],"c":"16"},{"i":[],"o":["gpu_memory_utilization"],"c":"9/10"},{"i":[],"o":["weight_bytes"],"c":"2"},{"i":[],"o":["kv_scale_bytes"],"c":"0"},{"i":[],"o":["act_bytes"],"c":"2"},{"i":[],"o":["cuda_context_bytes"],"c":"536870912"},{"i":[],"o":["nccl_bytes"],"c":"536870912"},{"i":[],"o":["quant_bytes"],"c":"2"},{"i":[],"o":["quant_bytes"],"c":"4"},{"i":[],"o":["weight_bytes"],"c":"4"},{"i":[],"o":["act_bytes"],"c":"4"},{"i":[],"o":["quant_bytes"],"c":"1"},{"i":["hidden_size"],"o":["quant_bytes"],"c":null},{"i":[],"o":["quant_bytes"],"c":"133/256"},{"i":["hidden_size"],"o":["quant_bytes"],"c":null},{"i":[],"o":["quant_bytes"],"c":"9/16"},{"i":[],"o":["quant_bytes"],"c":"2113/4096"},{"i":[],"o":["kv_bytes"],"c":"2"},{"i":[],"o":["kv_scale_bytes"],"c":"0"},{"i":[],"o":["kv_bytes"],"c":"1"},{"i":[],"o":["kv_scale_bytes"],"c":"0"},{"i":[],"o":["kv_bytes"],"c":"1"},{"i":[],"o":["kv_scale_bytes"],"c":"8"},{"i":[],"o":["eager_attention"],"c":"0"},{"i":[],"o":["eager_attention"],"c":"0"},{"i":[],"o":["eager_attention"],"c":"1"},{"i":[],"o":["weights","kv_cache","activations","logits","reserve/cuda_context","reserve/nccl"],"c":null},{"i":["num_heads","tp"],"o":["constraint:tp_splits_heads"],"c":null},{"i":["num_kv_heads","tp"],"o":["constraint:tp_splits_kv_heads"],"c":null},{"i":["devices_per_node","tp"],"o":["keep:tensor"],"c":null},{"i":["num_layers","pp"],"o":["keep:pipeline"],"c":null},{"i":["max_position_embeddings"],"o":["at_most:context"],"c":null},{"i":["page_bytes"],"o":["when:kv_blocks"],"c":null}]},
function ({_Z, _Q, _add, _mul, _pow, _powq, _inv, _mod, _lt, _le, _gt, _ge, _eq, _ne, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38) {
  let v39 = _add(_mul(v32, _inv(_pow(v16, 1)), _add(v2, (_eq(v17, _Z(1n)) ? v3 : _Z(0n)))), _mul(_inv(_pow(v17, 1)), _inv(_pow(v16, 1)), _add(_mul(v18, v31), _mul(v32, _add(v0, _mul(_Z(-1n), v2), _mul(_Z(-1n), v18), _mul(_Z(-1n), v3))))));
  let v40 = (_gt(v21, _Z(0n)) ? _min(v25, _add(v21, v29)) : v25);
  let v41 = _ceil(_mul(v40, _inv(_pow(v29, 1))));
  let v42 = (_eq(v20, _Z(1n)) ? _Z(1n) : _max(_Z(1n), _floor(_mul(v8, _inv(_pow(v16, 1))))));
  let v43 = (_eq(v20, _Z(1n)) ? _mul(v19, _inv(_pow(v17, 1))) : _mul(v42, v19, _inv(_pow(v8, 1)), _inv(_pow(v17, 1))));
  let v44 = _mul(v42, v34, v6, _inv(_pow(v17, 1)));
  let v45 = _mul(v41, v29, v27, _add(v44, _mul(v43, v33)));
  let v46 = _add(_mul(v35, v28, _add(_mul(_Z(4n), v5), _mul(v9, _add(_mul(_Z(2n), v42), _mul(v7, _inv(_pow(v16, 1))))), _mul(_Z(3n), v11, _inv(_pow(v16, 1))))), _mul(_Z(4n), v36, v7, v28, _inv(_pow(v16, 1)), _min(v25, v28)));
  let v47 = (_eq(v17, _Z(1n)) ? _mul(_Z(4n), v4, v27, _inv(_pow(v16, 1))) : _Z(0n));
  let v48 = v37;
  let v49 = (_gt(_mul(v17, v16), _Z(1n)) ? v38 : _Z(0n));
  let v50 = _add(v48, v49);
  let v51 = _add(v46, v45, v47, v50, v39);
  let v52 = _mul(v30, v22);
  let v53 = _mul(v19, v33);
  let v54 = _add(_mul(v42, v34, v29), _mul(v43, v33, v29, v17, _inv(_pow(_max(_Z(1n), v6), 1))));
  let v55 = _add(v52, _mul(_Z(-1n), v46), _mul(_Z(-1n), v47), _mul(_Z(-1n), v50), _mul(_Z(-1n), v39));
  let v56 = (_and(_gt(v55, _Z(0n)), _gt(v54, _Z(0n))) ? _floor(_mul(v17, _inv(_pow(v6, 1)), _floor(_mul(v55, _inv(_pow(v54, 1)))))) : _Z(0n));
  let v57 = _mul(_inv(_pow(v23, 1)), _add(v39, _mul(v41, v43, v33, v29, v27)));
  let v58 = _mul(v27, _inv(_pow(v57, 1)));
  let v59 = _mul(v27, _inv(_pow(v24, 1)), _inv(_pow(v17, 1)), _inv(_pow(v16, 1)), _add(_mul(_Z(2n), v1, _add(v25, _mul(_Z(-1n), v26))), _mul(_Z(4n), v9, v6, v7, _pow(_add(v25, _mul(_Z(-1n), v26)), 2))));
  let v60 = _add(v46, v45, v47, v50, v39);
  return [v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59, v60];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
},
null,
null,
function plan(v0, v1) {
  let v2 = _mul(v0, v1);
  return [v2];
},
null,
function plan(v0, v1, v2) {
  let v3 = _mul(v0, v2, _add(_Z(1n), _mul(_Z(-1n), v1)));
  return [v3];
},
null,
function plan(v0) {
  let v1 = _max(_Z(1n), _floor(_mul(_Q(1n, 128n), v0)));
  return [v1];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0, v1) {
  let v2 = _mul(v0, _inv(_pow(v1, 1)));
  return [v2];
},
function plan(v0) {
  let v1 = _mul(_Z(4n), v0);
  return [v1];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
},
null,
null,
null,
null,
null,
function plan(v0, v1, v2) {
  let v3 = _add(v2, _mul(_Z(-1n), v0), _mul(_Z(-1n), v1));
  return [v3];
},
function plan(v0, v1, v2) {
  let v3 = _mul(_Z(2n), v0, v2, v1);
  return [v3];
},
null,
null,
function plan(v0) {
  let v1 = v0;
  return [v1];
},
null,
null,
function plan(v0) {
  let v1 = _min(_Z(8192n), v0);
  return [v1];
},
null,
null,
null,
null,
null,
null,
null,
null,
null,
null,
null,
null,
function plan(v0) {
  let v1 = _add(_Z(1n), _mul(_Z(4n), _inv(_pow(v0, 1))));
  return [v1];
},
null,
function plan(v0) {
  let v1 = _add(_Q(133n, 256n), _mul(_Z(4n), _inv(_pow(v0, 1))));
  return [v1];
},
null,
null,
null,
null,
null,
null,
null,
null,
null,
null,
null,
function plan() {
  let v0 = _Z(1n);
  let v1 = _Z(1n);
  let v2 = _Z(1n);
  let v3 = _Z(1n);
  let v4 = _Z(1n);
  let v5 = _Z(1n);
  return [v0, v1, v2, v3, v4, v5];
},
function plan(v0, v1) {
  let v2 = _eq(_mod(v0, v1), _Z(0n));
  return [v2];
},
function plan(v0, v1) {
  let v2 = _or(_eq(_mod(v0, v1), _Z(0n)), _eq(_mod(v1, v0), _Z(0n)));
  return [v2];
},
function plan(v0, v1) {
  let v2 = _le(v1, v0);
  return [v2];
},
function plan(v0, v1) {
  let v2 = _or(_eq(v1, _Z(1n)), _and(_eq(_mod(v0, v1), _Z(0n)), _le(v1, _max(_Z(1n), v0))));
  return [v2];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0) {
  let v1 = _gt(v0, _Z(0n));
  return [v1];
}
];
},
function ({_F, _inv, _mod, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38) {
  let v39 = ((v32 * _inv(v16 ** 1) * (v2 + ((v17 === (1.0)) ? v3 : (0.0)))) + (_inv(v17 ** 1) * _inv(v16 ** 1) * ((v18 * v31) + (v32 * (v0 + ((-1.0) * v2) + ((-1.0) * v18) + ((-1.0) * v3))))));
  let v40 = ((v21 > (0.0)) ? _min(v25, (v21 + v29)) : v25);
  let v41 = _ceil((v40 * _inv(v29 ** 1)));
  let v42 = ((v20 === (1.0)) ? (1.0) : _max((1.0), _floor((v8 * _inv(v16 ** 1)))));
  let v43 = ((v20 === (1.0)) ? (v19 * _inv(v17 ** 1)) : (v42 * v19 * _inv(v8 ** 1) * _inv(v17 ** 1)));
  let v44 = (v42 * v34 * v6 * _inv(v17 ** 1));
  let v45 = (v41 * v29 * v27 * (v44 + (v43 * v33)));
  let v46 = ((v35 * v28 * (((4.0) * v5) + (v9 * (((2.0) * v42) + (v7 * _inv(v16 ** 1)))) + ((3.0) * v11 * _inv(v16 ** 1)))) + ((4.0) * v36 * v7 * v28 * _inv(v16 ** 1) * _min(v25, v28)));
  let v47 = ((v17 === (1.0)) ? ((4.0) * v4 * v27 * _inv(v16 ** 1)) : (0.0));
  let v48 = v37;
  let v49 = (((v17 * v16) > (1.0)) ? v38 : (0.0));
  let v50 = (v48 + v49);
  let v51 = (v46 + v45 + v47 + v50 + v39);
  let v52 = (v30 * v22);
  let v53 = (v19 * v33);
  let v54 = ((v42 * v34 * v29) + (v43 * v33 * v29 * v17 * _inv(_max((1.0), v6) ** 1)));
  let v55 = (v52 + ((-1.0) * v46) + ((-1.0) * v47) + ((-1.0) * v50) + ((-1.0) * v39));
  let v56 = (_and((v55 > (0.0)), (v54 > (0.0))) ? _floor((v17 * _inv(v6 ** 1) * _floor((v55 * _inv(v54 ** 1))))) : (0.0));
  let v57 = (_inv(v23 ** 1) * (v39 + (v41 * v43 * v33 * v29 * v27)));
  let v58 = (v27 * _inv(v57 ** 1));
  let v59 = (v27 * _inv(v24 ** 1) * _inv(v17 ** 1) * _inv(v16 ** 1) * (((2.0) * v1 * (v25 + ((-1.0) * v26))) + ((4.0) * v9 * v6 * v7 * ((v25 + ((-1.0) * v26)) ** 2))));
  let v60 = (v46 + v45 + v47 + v50 + v39);
  return [v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59, v60];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
},
null,
null,
function plan(v0, v1) {
  let v2 = (v0 * v1);
  return [v2];
},
null,
function plan(v0, v1, v2) {
  let v3 = (v0 * v2 * ((1.0) + ((-1.0) * v1)));
  return [v3];
},
null,
function plan(v0) {
  let v1 = _max((1.0), _floor((_F(1, 128) * v0)));
  return [v1];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0, v1) {
  let v2 = (v0 * _inv(v1 ** 1));
  return [v2];
},
function plan(v0) {
  let v1 = ((4.0) * v0);
  return [v1];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
},
null,
null,
null,
null,
null,
function plan(v0, v1, v2) {
  let v3 = (v2 + ((-1.0) * v0) + ((-1.0) * v1));
  return [v3];
},
function plan(v0, v1, v2) {
  let v3 = ((2.0) * v0 * v2 * v1);
  return [v3];
},
null,
null,
function plan(v0) {
  let v1 = v0;
  return [v1];
},
null,
null,
function plan(v0) {
  let v1 = _min((8192.0), v0);
  return [v1];
},
null,
null,
null,
null,
null,
null,
null,
null,
null,
null,
null,
null,
function plan(v0) {
  let v1 = ((1.0) + ((4.0) * _inv(v0 ** 1)));
  return [v1];
},
null,
function plan(v0) {
  let v1 = (_F(133, 256) + ((4.0) * _inv(v0 ** 1)));
  return [v1];
},
null,
null,
null,
null,
null,
null,
null,
null,
null,
null,
null,
function plan() {
  let v0 = (1.0);
  let v1 = (1.0);
  let v2 = (1.0);
  let v3 = (1.0);
  let v4 = (1.0);
  let v5 = (1.0);
  return [v0, v1, v2, v3, v4, v5];
},
function plan(v0, v1) {
  let v2 = (_mod(v0, v1) === (0.0));
  return [v2];
},
function plan(v0, v1) {
  let v2 = _or((_mod(v0, v1) === (0.0)), (_mod(v1, v0) === (0.0)));
  return [v2];
},
function plan(v0, v1) {
  let v2 = (v1 <= v0);
  return [v2];
},
function plan(v0, v1) {
  let v2 = _or((v1 === (1.0)), _and((_mod(v0, v1) === (0.0)), (v1 <= _max((1.0), v0))));
  return [v2];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0) {
  let v1 = (v0 > (0.0));
  return [v1];
}
];
});
