ENGINE.define({"name":"inference","kind":"rules","path":"specs/rules/inference.yaml","description":"Serving memory per GPU of each pipeline stage: quantized weights split by tensor and pipeline parallelism, a paged KV cache for `concurrency` sequences of `context` tokens (grouped-query, multi-query and latent attention; sliding windows), the peak of the runtime's profile run (a prefill of its batched tokens and its sampler's logits), and memory outside PyTorch. The runtime option says how a runtime and version counts these against its budget (vLLM's gpu_memory_utilization, SGLang's mem_fraction_static, TensorRT-LLM's free_gpu_memory_fraction); the device view adds what it leaves out. Also the decode-step and prefill-time lower bounds.","abstract":false,"symbols":[{"name":"params","domain":"positive","latex":"P","description":"Parameters of the model (each tensor once)","flag":false,"provider":"","default":null,"key":"specs/rules/base.yaml:17:3"},{"name":"active_params","domain":"positive","latex":"P_{act}","description":"Parameters used per token (mixture of experts)","flag":false,"provider":"","default":{"text":"params","at":"specs/rules/base.yaml:25:14","key":"specs/rules/base.yaml:25:5"},"key":"specs/rules/base.yaml:21:3"},{"name":"embedding_params","domain":"nonnegative","latex":"P_{emb}","description":"Input embedding parameters, held by the first pipeline stage","flag":false,"provider":"","default":{"text":"vocab_size * hidden_size","at":"specs/rules/base.yaml:30:14","key":"specs/rules/base.yaml:30:5"},"key":"specs/rules/base.yaml:26:3"},{"name":"lm_head_params","domain":"nonnegative","latex":"P_{head}","description":"Untied LM head parameters, held by the last pipeline stage","flag":false,"provider":"","default":{"text":"(1 - tie_word_embeddings) * vocab_size * hidden_size","at":"specs/rules/base.yaml:35:14","key":"specs/rules/base.yaml:35:5"},"key":"specs/rules/base.yaml:31:3"},{"name":"vocab_size","domain":"nonnegative_integer","latex":"V","description":"Vocabulary size (0 when unknown)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:36:111","key":"specs/rules/base.yaml:36:102"},"key":"specs/rules/base.yaml:36:3"},{"name":"hidden_size","domain":"nonnegative_integer","latex":"d","description":"Model width (0 when unknown)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:37:108","key":"specs/rules/base.yaml:37:99"},"key":"specs/rules/base.yaml:37:3"},{"name":"num_layers","domain":"nonnegative_integer","latex":"L","description":"Transformer layers (0 when unknown)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:38:114","key":"specs/rules/base.yaml:38:105"},"key":"specs/rules/base.yaml:38:3"},{"name":"num_heads","domain":"positive_integer","latex":"H","description":"Attention heads","flag":false,"provider":"","default":{"text":"max(1, floor(hidden_size / 128))","at":"specs/rules/base.yaml:43:14","key":"specs/rules/base.yaml:43:5"},"key":"specs/rules/base.yaml:39:3"},{"name":"num_kv_heads","domain":"positive_integer","latex":"K","description":"Key/value heads","flag":false,"provider":"","default":{"text":"num_heads","at":"specs/rules/base.yaml:44:93","key":"specs/rules/base.yaml:44:84"},"key":"specs/rules/base.yaml:44:3"},{"name":"head_dim","domain":"nonnegative","latex":"d_h","description":"Width of one head","flag":false,"provider":"","default":{"text":"hidden_size / num_heads","at":"specs/rules/base.yaml:45:88","key":"specs/rules/base.yaml:45:79"},"key":"specs/rules/base.yaml:45:3"},{"name":"intermediate_size","domain":"nonnegative","latex":"I","description":"MLP inner width","flag":false,"provider":"","default":{"text":"4 * hidden_size","at":"specs/rules/base.yaml:46:93","key":"specs/rules/base.yaml:46:84"},"key":"specs/rules/base.yaml:46:3"},{"name":"mlp_activation_width","domain":"nonnegative","latex":"I_{act}","description":"MLP inner width whose activations one token keeps (top-k experts for a mixture of experts)","flag":false,"provider":"","default":{"text":"intermediate_size","at":"specs/rules/base.yaml:51:14","key":"specs/rules/base.yaml:51:5"},"key":"specs/rules/base.yaml:47:3"},{"name":"num_experts_per_tok","domain":"nonnegative_integer","latex":"k","description":"Experts each token is routed to (0 for a dense model)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:52:141","key":"specs/rules/base.yaml:52:132"},"key":"specs/rules/base.yaml:52:3"},{"name":"moe_intermediate_size","domain":"nonnegative","latex":"I_e","description":"Inner width of one expert","flag":false,"provider":"","default":{"text":"intermediate_size","at":"specs/rules/base.yaml:53:109","key":"specs/rules/base.yaml:53:100"},"key":"specs/rules/base.yaml:53:3"},{"name":"logit_width","domain":"nonnegative","latex":"V_{out}","description":"Width of the output layer's logits (the vocabulary for a language-model head, the labels for a classifier)","flag":false,"provider":"","default":{"text":"vocab_size","at":"specs/rules/base.yaml:58:14","key":"specs/rules/base.yaml:58:5"},"key":"specs/rules/base.yaml:54:3"},{"name":"logit_positions","domain":"nonnegative_integer","latex":"n_{out}","description":"Logit rows per sequence (0 = one per token, as a language-model head; 1 for a sequence classifier)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:64:14","key":"specs/rules/base.yaml:64:5"},"key":"specs/rules/base.yaml:60:3"},{"name":"tie_word_embeddings","domain":"flag","latex":"\\tau","description":"1 if the LM head is the input embedding","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:65:115","key":"specs/rules/base.yaml:65:106"},"key":"specs/rules/base.yaml:65:3"},{"name":"max_position_embeddings","domain":"positive_integer","latex":"n_{ctx}","description":"Context length of the model","flag":false,"provider":"","default":{"text":"2048","at":"specs/rules/base.yaml:66:98","key":"specs/rules/base.yaml:66:89"},"key":"specs/rules/base.yaml:66:3"},{"name":"devices_per_node","domain":"positive_integer","latex":"n_{node}","description":"Devices sharing the fast interconnect","flag":false,"provider":"","default":{"text":"8","at":"specs/rules/base.yaml:68:102","key":"specs/rules/base.yaml:68:93"},"key":"specs/rules/base.yaml:68:3"},{"name":"sm_version","domain":"positive_integer","latex":"c_{sm}","description":"Compute capability x 10 (80 Ampere A100, 86/89 Ampere/Ada, 90 Hopper, 100 Blackwell)","flag":false,"provider":"","default":{"text":"80","at":"specs/rules/base.yaml:72:14","key":"specs/rules/base.yaml:72:5"},"key":"specs/rules/base.yaml:69:3"},{"name":"memory_bandwidth","domain":"positive","latex":"B_{mem}","description":"Memory bandwidth, bytes per second","flag":false,"provider":"","default":{"text":"2 * 10**12","at":"specs/rules/base.yaml:74:118","key":"specs/rules/base.yaml:74:109"},"key":"specs/rules/base.yaml:74:3"},{"name":"flops_bf16","domain":"positive","latex":"F_{bf16}","description":"Dense bf16 tensor FLOP/s","flag":false,"provider":"","default":{"text":"312 * 10**12","at":"specs/rules/base.yaml:75:101","key":"specs/rules/base.yaml:75:92"},"key":"specs/rules/base.yaml:75:3"},{"name":"flops_fp16","domain":"positive","latex":"F_{fp16}","description":"Dense fp16 tensor FLOP/s (the bf16 figure where the profile has none)","flag":false,"provider":"","default":{"text":"flops_bf16","at":"specs/rules/base.yaml:76:146","key":"specs/rules/base.yaml:76:137"},"key":"specs/rules/base.yaml:76:3"},{"name":"flops_fp32","domain":"positive","latex":"F_{fp32}","description":"Dense fp32 FLOP/s without tensor cores (torch's default for fp32 matmuls)","flag":false,"provider":"","default":{"text":"flops_bf16 / 16","at":"specs/rules/base.yaml:77:150","key":"specs/rules/base.yaml:77:141"},"key":"specs/rules/base.yaml:77:3"},{"name":"flops_tf32","domain":"positive","latex":"F_{tf32}","description":"Dense TF32 tensor FLOP/s","flag":false,"provider":"","default":{"text":"flops_bf16 / 2","at":"specs/rules/base.yaml:78:101","key":"specs/rules/base.yaml:78:92"},"key":"specs/rules/base.yaml:78:3"},{"name":"flops_fp8","domain":"nonnegative","latex":"F_{fp8}","description":"Dense fp8 tensor FLOP/s (0 where the chip has none)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:79:129","key":"specs/rules/base.yaml:79:120"},"key":"specs/rules/base.yaml:79:3"},{"name":"intra_node_bandwidth","domain":"positive","latex":"B_{intra}","description":"GPU-to-GPU bandwidth inside a node, per GPU and direction (bytes per second)","flag":false,"provider":"","default":{"text":"150 * 10**9","at":"specs/rules/base.yaml:84:14","key":"specs/rules/base.yaml:84:5"},"key":"specs/rules/base.yaml:80:3"},{"name":"inter_node_bandwidth","domain":"positive","latex":"B_{inter}","description":"Bandwidth between nodes, per GPU and direction (bytes per second)","flag":false,"provider":"","default":{"text":"25 * 10**9","at":"specs/rules/base.yaml:90:14","key":"specs/rules/base.yaml:90:5"},"key":"specs/rules/base.yaml:86:3"},{"name":"price_per_gpu_hour","domain":"nonnegative","latex":"c_{gpu}","description":"On-demand price of one GPU-hour in USD, dated in the GPU profile (0 where none is sourced)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:92:179","key":"specs/rules/base.yaml:92:170"},"key":"specs/rules/base.yaml:92:3"},{"name":"sm_count","domain":"positive_integer","latex":"n_{sm}","description":"Streaming multiprocessors","flag":false,"provider":"","default":{"text":"108","at":"specs/rules/base.yaml:93:80","key":"specs/rules/base.yaml:93:71"},"key":"specs/rules/base.yaml:93:3"},{"name":"cuda_context_bytes","domain":"nonnegative","latex":"R_{ctx}","description":"CUDA context of one process before its first tensor (driver, runtime; lazy module loading)","flag":false,"provider":"","default":{"text":"400 * 2**20","at":"specs/rules/base.yaml:99:14","key":"specs/rules/base.yaml:99:5"},"key":"specs/rules/base.yaml:95:3"},{"name":"lazy_modules_bytes","domain":"nonnegative","latex":"R_{mod}","description":"Kernels loaded on first use (CUDA lazy loading) and library handles, outside the allocator","flag":false,"provider":"","default":{"text":"1 / 4 * 2**30","at":"specs/rules/base.yaml:105:14","key":"specs/rules/base.yaml:105:5"},"key":"specs/rules/base.yaml:101:3"},{"name":"cublas_workspace_bytes","domain":"nonnegative","latex":"R_{blas}","description":"cuBLAS workspace of one stream (through the caching allocator)","flag":false,"provider":"","default":{"text":"where(sm_version == 90, 32 * 2**20, 4096 * 1024 * 2 + 16 * 1024 * 8)","at":"specs/rules/base.yaml:111:14","key":"specs/rules/base.yaml:111:5"},"key":"specs/rules/base.yaml:107:3"},{"name":"nccl_channels","domain":"positive_integer","latex":"n_{ch}","description":"Channels of one NCCL communicator","flag":false,"provider":"","default":{"text":"16","at":"specs/rules/base.yaml:116:14","key":"specs/rules/base.yaml:116:5"},"key":"specs/rules/base.yaml:113:3"},{"name":"nccl_connections","domain":"positive_integer","latex":"n_{conn}","description":"Receive buffers per channel of a collective communicator (a ring neighbour and a tree parent and child)","flag":false,"provider":"","default":{"text":"3","at":"specs/rules/base.yaml:121:14","key":"specs/rules/base.yaml:121:5"},"key":"specs/rules/base.yaml:118:3"},{"name":"nccl_buffer_bytes","domain":"nonnegative","latex":"B_{nccl}","description":"One connection's buffers - Simple 4 MiB, LL 512 KiB, LL128 4.69 MiB (NCCL defaults)","flag":false,"provider":"","default":{"text":"2**22 + 8 * 512 * 8 * 16 + 120 * 640 * 8 * 8","at":"specs/rules/base.yaml:127:14","key":"specs/rules/base.yaml:127:5"},"key":"specs/rules/base.yaml:123:3"},{"name":"nccl_communicator_bytes","domain":"nonnegative","latex":"R_{comm}","description":"Device memory of one connected NCCL communicator","flag":false,"provider":"","default":{"text":"nccl_channels * nccl_connections * nccl_buffer_bytes","at":"specs/rules/base.yaml:133:14","key":"specs/rules/base.yaml:133:5"},"key":"specs/rules/base.yaml:129:3"},{"name":"nvls","domain":"flag","latex":"f_{nvls}","description":"1 where NCCL uses NVLink SHARP (Hopper and later, a full NVSwitch node)","flag":false,"provider":"","default":{"text":"where(sm_version >= 90 and devices_per_node >= 8, 1, 0)","at":"specs/rules/base.yaml:139:14","key":"specs/rules/base.yaml:139:5"},"key":"specs/rules/base.yaml:135:3"},{"name":"nvls_rank_bytes","domain":"nonnegative","latex":"B_{nvls}","description":"NVLS buffers per rank of a communicator (16 channels x 2 x 1 MiB on SM90)","flag":false,"provider":"","default":{"text":"16 * 2 * 128 * 1024 * 8","at":"specs/rules/base.yaml:145:14","key":"specs/rules/base.yaml:145:5"},"key":"specs/rules/base.yaml:141:3"},{"name":"dp","domain":"positive_integer","latex":"N_{dp}","description":"Replicas (each holds the whole model; does not change per-GPU memory)","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/base.yaml:148:69","key":"specs/rules/base.yaml:148:60"},"key":"specs/rules/inference.yaml:118:3"},{"name":"tp","domain":"positive_integer","latex":"t","description":"Tensor-parallel degree (Megatron)","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/base.yaml:149:75","key":"specs/rules/base.yaml:149:66"},"key":"specs/rules/base.yaml:149:3"},{"name":"pp","domain":"positive_integer","latex":"p","description":"Pipeline-parallel degree","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/base.yaml:150:66","key":"specs/rules/base.yaml:150:57"},"key":"specs/rules/base.yaml:150:3"},{"name":"stage","domain":"nonnegative_integer","latex":"i","description":"The pipeline stage evaluated (0 = the first, holding the embeddings; pp - 1 = the last, holding the LM head, the logits and the loss)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:155:14","key":"specs/rules/base.yaml:155:5"},"key":"specs/rules/base.yaml:151:3"},{"name":"is_first","domain":"flag","latex":"f_{1}","description":"1 on the first pipeline stage (it holds the embeddings)","flag":false,"provider":"","default":{"text":"where(stage == 0, 1, 0)","at":"specs/rules/base.yaml:161:15","key":"specs/rules/base.yaml:161:5"},"key":"specs/rules/base.yaml:157:3"},{"name":"is_last","domain":"flag","latex":"f_{p}","description":"1 on the last pipeline stage (it holds the LM head, the logits and the loss)","flag":false,"provider":"","default":{"text":"where(stage == pp - 1, 1, 0)","at":"specs/rules/base.yaml:166:15","key":"specs/rules/base.yaml:166:5"},"key":"specs/rules/base.yaml:162:3"},{"name":"linear_params","domain":"nonnegative","latex":"P_{lin}","description":"Weights of the linear layers a quantizer replaces (all but the output layer)","flag":false,"provider":"linears.weights","default":{"text":"params - embedding_params - lm_head_params","at":"specs/rules/inference.yaml:53:14","key":"specs/rules/inference.yaml:53:5"},"key":"specs/rules/inference.yaml:49:3"},{"name":"unquantized_params","domain":"nonnegative","latex":"P_{16}","description":"Weights of the linear layers a quantized checkpoint keeps in 16 bits (--keep-16bit; its quantization_config ignore list)","flag":false,"provider":"linears.unquantized","default":{"text":"0","at":"specs/rules/inference.yaml:59:14","key":"specs/rules/inference.yaml:59:5"},"key":"specs/rules/inference.yaml:55:3"},{"name":"kv_elements_per_token","domain":"nonnegative","latex":"e_{kv}","description":"Key and value elements cached per token, all layers (latent attention - the compressed latent)","flag":false,"provider":"","default":{"text":"2 * num_layers * num_kv_heads * head_dim","at":"specs/rules/inference.yaml:65:14","key":"specs/rules/inference.yaml:65:5"},"key":"specs/rules/inference.yaml:61:3"},{"name":"mla","domain":"flag","latex":"m","description":"1 for multi-head latent attention (every tensor-parallel rank caches the whole latent)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/inference.yaml:67:143","key":"specs/rules/inference.yaml:67:134"},"key":"specs/rules/inference.yaml:67:3"},{"name":"kv_cache_groups","domain":"positive_integer","latex":"g_{kv}","description":"Cache groups of a hybrid model (vLLM's blocks count per group)","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/inference.yaml:68:126","key":"specs/rules/inference.yaml:68:117"},"key":"specs/rules/inference.yaml:68:3"},{"name":"sliding_window","domain":"nonnegative_integer","latex":"w","description":"Attention window of every layer in tokens (0 = full attention)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/inference.yaml:69:145","key":"specs/rules/inference.yaml:69:136"},"key":"specs/rules/inference.yaml:69:3"},{"name":"attention_layers","domain":"nonnegative_integer","latex":"L_{att}","description":"Layers with attention (the others of a state-space hybrid keep a fixed state instead)","flag":false,"provider":"","default":{"text":"num_layers","at":"specs/rules/inference.yaml:73:178","key":"specs/rules/inference.yaml:73:169"},"key":"specs/rules/inference.yaml:73:3"},{"name":"sliding_attention_layers","domain":"nonnegative_integer","latex":"L_{sw}","description":"Attention layers with their own sliding window (sliding_window_size)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/inference.yaml:74:168","key":"specs/rules/inference.yaml:74:159"},"key":"specs/rules/inference.yaml:74:3"},{"name":"chunked_attention_layers","domain":"nonnegative_integer","latex":"L_{ch}","description":"Attention layers attending within chunks of attention_chunk_size tokens","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/inference.yaml:75:171","key":"specs/rules/inference.yaml:75:162"},"key":"specs/rules/inference.yaml:75:3"},{"name":"kv_elements_per_token_sliding","domain":"nonnegative","latex":"e_{sw}","description":"Key and value elements per token of the sliding-window layers (part of kv_elements_per_token)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/inference.yaml:76:192","key":"specs/rules/inference.yaml:76:183"},"key":"specs/rules/inference.yaml:76:3"},{"name":"kv_elements_per_token_chunked","domain":"nonnegative","latex":"e_{ch}","description":"Key and value elements per token of the chunked layers (part of kv_elements_per_token)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/inference.yaml:77:185","key":"specs/rules/inference.yaml:77:176"},"key":"specs/rules/inference.yaml:77:3"},{"name":"sliding_window_size","domain":"nonnegative_integer","latex":"w_{sw}","description":"Window in tokens of the sliding-window layers (0 = they attend over everything)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/inference.yaml:78:174","key":"specs/rules/inference.yaml:78:165"},"key":"specs/rules/inference.yaml:78:3"},{"name":"attention_chunk_size","domain":"nonnegative_integer","latex":"w_{ch}","description":"Tokens per attention chunk of the chunked layers (0 = no chunks)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/inference.yaml:79:160","key":"specs/rules/inference.yaml:79:151"},"key":"specs/rules/inference.yaml:79:3"},{"name":"conv_state_elements_per_sequence","domain":"nonnegative","latex":"e_{conv}","description":"Convolution-window elements a sequence keeps in the state-space layers (any length)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/inference.yaml:80:185","key":"specs/rules/inference.yaml:80:176"},"key":"specs/rules/inference.yaml:80:3"},{"name":"ssm_state_elements_per_sequence","domain":"nonnegative","latex":"e_{ssm}","description":"SSM-state elements a sequence keeps in the state-space layers (any length)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/inference.yaml:81:174","key":"specs/rules/inference.yaml:81:165"},"key":"specs/rules/inference.yaml:81:3"},{"name":"conv_state_bytes","domain":"positive","latex":"B_{conv}","description":"Bytes per cached convolution-window element (the model dtype)","flag":false,"provider":"","default":{"text":"act_bytes","at":"specs/rules/inference.yaml:82:144","key":"specs/rules/inference.yaml:82:135"},"key":"specs/rules/inference.yaml:82:3"},{"name":"ssm_state_bytes","domain":"positive","latex":"B_{ssm}","description":"Bytes per cached SSM-state element","flag":false,"provider":"","default":{"text":"4","at":"specs/rules/inference.yaml:87:14","key":"specs/rules/inference.yaml:87:5"},"key":"specs/rules/inference.yaml:83:3"},{"name":"memory_usable","domain":"positive","latex":"M","description":"Bytes the framework can allocate on one GPU","flag":false,"provider":"","default":null,"key":"specs/rules/inference.yaml:90:3"},{"name":"context","domain":"positive_integer","latex":"n","description":"Tokens per sequence, prompt and generated (vLLM max_model_len; default the model's context)","flag":true,"provider":"","default":{"text":"max_position_embeddings","at":"specs/rules/inference.yaml:95:14","key":"specs/rules/inference.yaml:95:5"},"key":"specs/rules/inference.yaml:92:3"},{"name":"gen_tokens","domain":"nonnegative_integer","latex":"n_{gen}","description":"Generated tokens of each sequence (the rest of the context is prompt)","flag":true,"provider":"","default":{"text":"0","at":"specs/rules/inference.yaml:97:156","key":"specs/rules/inference.yaml:97:147"},"key":"specs/rules/inference.yaml:97:3"},{"name":"concurrency","domain":"positive_integer","latex":"c","description":"Sequences served at once (batch)","flag":true,"provider":"","default":{"text":"1","at":"specs/rules/inference.yaml:98:83","key":"specs/rules/inference.yaml:98:74"},"key":"specs/rules/inference.yaml:98:3"},{"name":"prefill_tokens","domain":"positive_integer","latex":"n_{pf}","description":"Tokens of the runtime's profile run and largest prefill step (vLLM max_num_batched_tokens; the runtime sets the default)","flag":false,"provider":"","default":null,"key":"specs/rules/inference.yaml:99:3"},{"name":"max_num_seqs","domain":"positive_integer","latex":"n_{seq}","description":"Sequences the runtime schedules at once (vLLM max_num_seqs; its profile run samples this many)","flag":false,"provider":"","default":null,"key":"specs/rules/inference.yaml:104:3"},{"name":"llm_class","domain":"flag","latex":"f_{llm}","description":"1 for vLLM's offline LLM class (larger batch defaults than vllm serve)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/inference.yaml:109:141","key":"specs/rules/inference.yaml:109:132"},"key":"specs/rules/inference.yaml:109:3"},{"name":"block_size","domain":"positive_integer","latex":"b_{kv}","description":"Tokens per KV-cache block (page)","flag":false,"provider":"","default":{"text":"16","at":"specs/rules/inference.yaml:110:89","key":"specs/rules/inference.yaml:110:80"},"key":"specs/rules/inference.yaml:110:3"},{"name":"gpu_memory_utilization","domain":"fraction","latex":"u","description":"Fraction of the GPU vLLM may use","flag":false,"provider":"","default":{"text":"9/10","at":"specs/rules/inference.yaml:115:14","key":"specs/rules/inference.yaml:115:5"},"key":"specs/rules/inference.yaml:111:3"},{"name":"quant_bytes","domain":"positive","latex":"B_q","description":"Bytes per quantized linear weight (group scales included)","flag":false,"provider":"","default":null,"key":"specs/rules/inference.yaml:120:3"},{"name":"weight_bytes","domain":"positive","latex":"B_w","description":"Bytes per weight that stays unquantized","flag":false,"provider":"","default":{"text":"2","at":"specs/rules/inference.yaml:121:113","key":"specs/rules/inference.yaml:121:104"},"key":"specs/rules/inference.yaml:121:3"},{"name":"kv_bytes","domain":"positive","latex":"B_{kv}","description":"Bytes per cached key/value element","flag":false,"provider":"","default":null,"key":"specs/rules/inference.yaml:122:3"},{"name":"kv_scale_bytes","domain":"nonnegative","latex":"B_{ks}","description":"Scale bytes per cached token and key/value head (int8/fp8 per-token-head)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/inference.yaml:123:155","key":"specs/rules/inference.yaml:123:146"},"key":"specs/rules/inference.yaml:123:3"},{"name":"act_bytes","domain":"positive","latex":"B_a","description":"Bytes per activation element","flag":false,"provider":"","default":{"text":"2","at":"specs/rules/inference.yaml:124:99","key":"specs/rules/inference.yaml:124:90"},"key":"specs/rules/inference.yaml:124:3"},{"name":"eager_attention","domain":"flag","latex":"E","description":"1 if prefill materialises n x n scores","flag":false,"provider":"","default":null,"key":"specs/rules/inference.yaml:125:3"},{"name":"budget_fraction","domain":"fraction","latex":"u_{rt}","description":"The fraction of the GPU the runtime's budget is (vLLM gpu_memory_utilization, SGLang mem_fraction_static, TensorRT-LLM free_gpu_memory_fraction)","flag":false,"provider":"","default":null,"key":"specs/rules/inference.yaml:127:3"},{"name":"charge_context","domain":"flag","latex":"c_{ctx}","description":"1 if the runtime charges the CUDA context and the start-up communicator against its budget","flag":false,"provider":"","default":null,"key":"specs/rules/inference.yaml:131:3"},{"name":"charge_graphs","domain":"flag","latex":"c_{cg}","description":"1 if the runtime charges its CUDA graphs against its budget","flag":false,"provider":"","default":null,"key":"specs/rules/inference.yaml:132:3"},{"name":"charge_runtime","domain":"flag","latex":"c_{rt}","description":"1 if the runtime charges its profile peak and non-torch memory against its budget","flag":false,"provider":"","default":null,"key":"specs/rules/inference.yaml:133:3"},{"name":"free_fraction_rule","domain":"flag","latex":"f_{free}","description":"1 if the budget is a fraction of the memory left free once everything else is loaded (TensorRT-LLM)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/inference.yaml:134:180","key":"specs/rules/inference.yaml:134:171"},"key":"specs/rules/inference.yaml:134:3"},{"name":"sampler_rows","domain":"nonnegative","latex":"n_{smp}","description":"Rows of logits the profile run samples","flag":false,"provider":"","default":null,"key":"specs/rules/inference.yaml:135:3"},{"name":"sampler_bytes","domain":"nonnegative","latex":"B_{smp}","description":"Bytes per logit alive at the sampler's peak","flag":false,"provider":"","default":null,"key":"specs/rules/inference.yaml:136:3"},{"name":"peak_flops","domain":"positive","latex":"F_{peak}","description":"Peak FLOP/s of the matrix multiplies (bf16; fp8 weights and an fp8 cache keep bf16 arithmetic unless --set)","flag":false,"provider":"","default":{"text":"flops_bf16","at":"specs/rules/inference.yaml:140:184","key":"specs/rules/inference.yaml:140:175"},"key":"specs/rules/inference.yaml:140:3"},{"name":"matmul_efficiency","domain":"fraction","latex":"\\eta","description":"Fraction of the peak the matrix multiplies reach","flag":false,"provider":"","default":{"text":"3/4","at":"specs/rules/inference.yaml:145:14","key":"specs/rules/inference.yaml:145:5"},"key":"specs/rules/inference.yaml:141:3"},{"name":"bandwidth_efficiency","domain":"fraction","latex":"\\eta_{mem}","description":"Fraction of the memory bandwidth a decode step reaches","flag":false,"provider":"","default":{"text":"9/10","at":"specs/rules/inference.yaml:151:14","key":"specs/rules/inference.yaml:151:5"},"key":"specs/rules/inference.yaml:147:3"},{"name":"attention_flops_share","domain":"nonnegative","latex":"\\alpha","description":"Share of the n x n attention products counted (1/2 for causal prefill kernels)","flag":false,"provider":"","default":{"text":"1/2","at":"specs/rules/inference.yaml:153:167","key":"specs/rules/inference.yaml:153:158"},"key":"specs/rules/inference.yaml:153:3"},{"name":"sampler_buffer_rows","domain":"nonnegative","latex":"n_{buf}","description":"Rows of vocabulary-sized fp32 buffers the sampler's kernels keep (vLLM's Triton top-k/top-p: one per SM)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/inference.yaml:154:194","key":"specs/rules/inference.yaml:154:185"},"key":"specs/rules/inference.yaml:154:3"},{"name":"profile_communicators","domain":"nonnegative_integer","latex":"n_{comm}","description":"NCCL communicators of the tensor-parallel group connected during the profile run","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/inference.yaml:155:179","key":"specs/rules/inference.yaml:155:170"},"key":"specs/rules/inference.yaml:155:3"},{"name":"startup_communicators","domain":"nonnegative_integer","latex":"n_{init}","description":"NCCL communicators connected before the runtime's first memory snapshot","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/inference.yaml:156:170","key":"specs/rules/inference.yaml:156:161"},"key":"specs/rules/inference.yaml:156:3"},{"name":"allreduce_buffer_bytes","domain":"nonnegative","latex":"B_{ar}","description":"Custom all-reduce and symmetric-memory buffers with tensor parallelism","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/inference.yaml:157:160","key":"specs/rules/inference.yaml:157:151"},"key":"specs/rules/inference.yaml:157:3"},{"name":"cuda_graph_count","domain":"nonnegative","latex":"n_{cg}","description":"CUDA graphs the runtime captures per mode","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/inference.yaml:158:125","key":"specs/rules/inference.yaml:158:116"},"key":"specs/rules/inference.yaml:158:3"},{"name":"cuda_graph_modes","domain":"nonnegative_integer","latex":"m_{cg}","description":"Sets of CUDA graphs (vLLM 0.19 captures FULL and PIECEWISE)","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/inference.yaml:159:151","key":"specs/rules/inference.yaml:159:142"},"key":"specs/rules/inference.yaml:159:3"},{"name":"cuda_graph_tokens","domain":"nonnegative","latex":"n_{cgt}","description":"Tokens of the largest captured graph","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/inference.yaml:160:122","key":"specs/rules/inference.yaml:160:113"},"key":"specs/rules/inference.yaml:160:3"},{"name":"sglang_graph_batch","domain":"nonnegative","latex":"n_{sgl}","description":"SGLang's cuda_graph_max_bs by GPU size and tensor parallelism","flag":false,"provider":"","default":{"text":"where(memory_usable < 20 * 2**30, 8, where(memory_usable < 35 * 2**30, where(tp >= 4, 80, 16), where(memory_usable < 60 * 2**30, where(tp >= 4, 160, 32), where(memory_usable < 160 * 2**30, where(tp >= 4, 512, 256), 512))))","at":"specs/rules/inference.yaml:165:14","key":"specs/rules/inference.yaml:165:5"},"key":"specs/rules/inference.yaml:161:3"},{"name":"sglang_reserved","domain":"nonnegative","latex":"R_{sgl}","description":"Bytes SGLang keeps outside mem_fraction_static (512 MB + 1.5 x chunked prefill + 2 x graph batch + tp x pp / 8 x 1 GB, in MiB)","flag":false,"provider":"","default":{"text":"(512 + max(prefill_tokens, 2048) * 3 / 2 + sglang_graph_batch * 2 + tp * pp / 8 * 1024) * 2**20","at":"specs/rules/inference.yaml:173:14","key":"specs/rules/inference.yaml:173:5"},"key":"specs/rules/inference.yaml:169:3"},{"name":"graph_bytes","domain":"nonnegative","latex":"B_{cg}","description":"Memory each further CUDA graph adds (driver and graph-private pool)","flag":false,"provider":"","default":{"text":"6 * 2**20","at":"specs/rules/inference.yaml:179:14","key":"specs/rules/inference.yaml:179:5"},"key":"specs/rules/inference.yaml:175:3"}],"presets":[],"default_preset":null,"default_rules":null,"total":{"name":"all_terms","key":"","slot":"@q:"},"parts":[["weights","weights","@q:weights",[],false],["kv_cache","kv_cache","@q:kv_cache",[],true],["kv_cache/attention","attention","@q:kv_cache/attention",[],false],["kv_cache/state","state","@q:kv_cache/state",[],false],["activations","activations","@q:activations",[],false],["non_torch","non_torch","@q:non_torch",[],true],["non_torch/kernels","kernels","@q:non_torch/kernels",[],false],["non_torch/nccl","nccl","@q:non_torch/nccl",[],false],["non_torch/allreduce_buffers","allreduce_buffers","@q:non_torch/allreduce_buffers",[],false],["cuda_graphs","cuda_graphs","@q:cuda_graphs",[],false],["startup","startup","@q:startup",[],true],["startup/cuda_context","cuda_context","@q:startup/cuda_context",[],false],["startup/startup_nccl","startup_nccl","@q:startup/startup_nccl",[],false]],"derived":{"capacity":"@d:capacity","forward_peak":"@d:forward_peak","sampler_peak":"@d:sampler_peak","moe_workspace":"@d:moe_workspace","cuda_graph_first":"@d:cuda_graph_first","kv_heads_per_gpu":"@d:kv_heads_per_gpu","kv_gpu_share":"@d:kv_gpu_share","kv_elements_per_gpu_token":"@d:kv_elements_per_gpu_token","kv_scale_tokens":"@d:kv_scale_tokens","kv_token_bytes_full":"@d:kv_token_bytes_full","kv_token_bytes_sliding":"@d:kv_token_bytes_sliding","kv_token_bytes_chunked":"@d:kv_token_bytes_chunked","cached_tokens":"@d:cached_tokens","blocks_per_sequence":"@d:blocks_per_sequence","sliding_blocks_per_sequence":"@d:sliding_blocks_per_sequence","chunked_blocks_per_sequence":"@d:chunked_blocks_per_sequence","state_bytes_per_sequence":"@d:state_bytes_per_sequence","kv_local_layers":"@d:kv_local_layers","kv_group_layers":"@d:kv_group_layers","kv_groups":"@d:kv_groups","kv_bytes_per_token":"@d:kv_bytes_per_token","page_bytes":"@d:page_bytes","kv_available":"@d:kv_available","kv_blocks":"@d:kv_blocks","kv_state_share":"@d:kv_state_share","kv_tokens":"@d:kv_tokens","matmul_params":"@d:matmul_params","prompt_tokens":"@d:prompt_tokens","prefill_flops":"@d:prefill_flops","prefill_compute_seconds":"@d:prefill_compute_seconds","prefill_memory_seconds":"@d:prefill_memory_seconds","prefill_seconds":"@d:prefill_seconds","decode_tokens":"@d:decode_tokens","decode_kv_bytes":"@d:decode_kv_bytes","decode_compute_seconds":"@d:decode_compute_seconds","decode_memory_seconds":"@d:decode_memory_seconds","decode_step_seconds":"@d:decode_step_seconds","decode_tokens_per_second":"@d:decode_tokens_per_second","tokens_per_second_per_user":"@d:tokens_per_second_per_user"},"phases":{"serving":"@p:serving"},"block":{},"where":{"":"specs/rules/inference.yaml:372:1","weights":"specs/rules/inference.yaml:374:11","kv_cache":"specs/rules/inference.yaml:380:3","kv_cache/attention":"specs/rules/inference.yaml:385:15","kv_cache/state":"specs/rules/inference.yaml:394:15","activations":"specs/rules/inference.yaml:398:11","non_torch":"specs/rules/inference.yaml:402:3","non_torch/kernels":"specs/rules/inference.yaml:407:15","non_torch/nccl":"specs/rules/inference.yaml:411:15","non_torch/allreduce_buffers":"specs/rules/inference.yaml:417:15","cuda_graphs":"specs/rules/inference.yaml:421:11","startup":"specs/rules/inference.yaml:425:3","startup/cuda_context":"specs/rules/inference.yaml:430:15","startup/startup_nccl":"specs/rules/inference.yaml:433:15","capacity":"specs/rules/inference.yaml:443:11","forward_peak":"specs/rules/inference.yaml:449:11","sampler_peak":"specs/rules/inference.yaml:456:11","moe_workspace":"specs/rules/inference.yaml:460:11","cuda_graph_first":"specs/rules/inference.yaml:466:11","kv_heads_per_gpu":"specs/rules/inference.yaml:469:11","kv_gpu_share":"specs/rules/inference.yaml:473:11","kv_elements_per_gpu_token":"specs/rules/inference.yaml:476:11","kv_scale_tokens":"specs/rules/inference.yaml:479:11","kv_token_bytes_full":"specs/rules/inference.yaml:482:11","kv_token_bytes_sliding":"specs/rules/inference.yaml:487:11","kv_token_bytes_chunked":"specs/rules/inference.yaml:490:11","cached_tokens":"specs/rules/inference.yaml:493:11","blocks_per_sequence":"specs/rules/inference.yaml:496:11","sliding_blocks_per_sequence":"specs/rules/inference.yaml:500:11","chunked_blocks_per_sequence":"specs/rules/inference.yaml:506:11","state_bytes_per_sequence":"specs/rules/inference.yaml:510:11","kv_local_layers":"specs/rules/inference.yaml:516:11","kv_group_layers":"specs/rules/inference.yaml:519:11","kv_groups":"specs/rules/inference.yaml:527:11","kv_bytes_per_token":"specs/rules/inference.yaml:533:11","page_bytes":"specs/rules/inference.yaml:536:11","kv_available":"specs/rules/inference.yaml:540:11","kv_blocks":"specs/rules/inference.yaml:544:11","kv_state_share":"specs/rules/inference.yaml:548:11","kv_tokens":"specs/rules/inference.yaml:551:11","matmul_params":"specs/rules/inference.yaml:554:11","prompt_tokens":"specs/rules/inference.yaml:558:11","prefill_flops":"specs/rules/inference.yaml:561:11","prefill_compute_seconds":"specs/rules/inference.yaml:565:11","prefill_memory_seconds":"specs/rules/inference.yaml:570:11","prefill_seconds":"specs/rules/inference.yaml:575:11","decode_tokens":"specs/rules/inference.yaml:580:11","decode_kv_bytes":"specs/rules/inference.yaml:583:11","decode_compute_seconds":"specs/rules/inference.yaml:592:11","decode_memory_seconds":"specs/rules/inference.yaml:597:11","decode_step_seconds":"specs/rules/inference.yaml:602:11","decode_tokens_per_second":"specs/rules/inference.yaml:607:11","tokens_per_second_per_user":"specs/rules/inference.yaml:611:11","serving":"specs/rules/inference.yaml:617:11"},"options":[{"name":"runtime","default":"vllm-0.19","description":"The serving runtime and version whose memory accounting is used","aliases":[],"choices":[{"name":"vllm-0.19","description":"vLLM V1, 0.10-0.20 - a per-instance budget (the CUDA context and start-up NCCL are not charged), profile run of max_num_batched_tokens, CUDA graphs not charged (VLLM_MEMORY_PROFILER_ESTIMATE_CUDAGRAPHS=0)","values":{"budget_fraction":{"text":"gpu_memory_utilization","at":"specs/rules/inference.yaml:192:28","key":"specs/rules/inference.yaml:192:11"},"charge_context":{"text":"0","at":"specs/rules/inference.yaml:193:27","key":"specs/rules/inference.yaml:193:11"},"charge_graphs":{"text":"0","at":"specs/rules/inference.yaml:194:26","key":"specs/rules/inference.yaml:194:11"},"charge_runtime":{"text":"1","at":"specs/rules/inference.yaml:195:27","key":"specs/rules/inference.yaml:195:11"},"prefill_tokens":{"text":"where(memory_usable >= 70 * 2**30 and sm_version != 80, where(llm_class == 1, 16384, 8192), where(llm_class == 1, 8192, 2048))","at":"specs/rules/inference.yaml:196:27","key":"specs/rules/inference.yaml:196:11"},"max_num_seqs":{"text":"where(memory_usable >= 70 * 2**30 and sm_version != 80, 1024, 256)","at":"specs/rules/inference.yaml:197:25","key":"specs/rules/inference.yaml:197:11"},"sampler_rows":{"text":"min(max_num_seqs, prefill_tokens)","at":"specs/rules/inference.yaml:198:25","key":"specs/rules/inference.yaml:198:11"},"sampler_bytes":{"text":"where(act_bytes == 4, 12, act_bytes + 12)","at":"specs/rules/inference.yaml:199:26","key":"specs/rules/inference.yaml:199:11"},"sampler_buffer_rows":{"text":"where(sampler_rows >= 8, sm_count, 0)","at":"specs/rules/inference.yaml:200:32","key":"specs/rules/inference.yaml:200:11"},"profile_communicators":{"text":"2","at":"specs/rules/inference.yaml:201:34","key":"specs/rules/inference.yaml:201:11"},"startup_communicators":{"text":"1","at":"specs/rules/inference.yaml:202:34","key":"specs/rules/inference.yaml:202:11"},"allreduce_buffer_bytes":{"text":"8 * 2**20 + where(sm_version == 90, where(tp == 4, 32, 64), 0) * 2**20","at":"specs/rules/inference.yaml:203:35","key":"specs/rules/inference.yaml:203:11"},"cuda_graph_tokens":{"text":"min(2 * max_num_seqs, 512, prefill_tokens)","at":"specs/rules/inference.yaml:204:30","key":"specs/rules/inference.yaml:204:11"},"cuda_graph_count":{"text":"where(cuda_graph_tokens >= 256, 35 + floor((cuda_graph_tokens - 256) / 16), 3 + floor(max(cuda_graph_tokens - 8, 0) / 8) + where(cuda_graph_tokens >= 8, 1, 0))","at":"specs/rules/inference.yaml:205:29","key":"specs/rules/inference.yaml:205:11"},"cuda_graph_modes":{"text":"2","at":"specs/rules/inference.yaml:206:29","key":"specs/rules/inference.yaml:206:11"}}},{"name":"vllm-0.8","description":"vLLM V1 0.8 - a global budget (everything on the GPU not allocated by torch is charged, the CUDA context included), larger defaults from 70 GiB","values":{"budget_fraction":{"text":"gpu_memory_utilization","at":"specs/rules/inference.yaml:211:28","key":"specs/rules/inference.yaml:211:11"},"charge_context":{"text":"1","at":"specs/rules/inference.yaml:212:27","key":"specs/rules/inference.yaml:212:11"},"charge_graphs":{"text":"0","at":"specs/rules/inference.yaml:213:26","key":"specs/rules/inference.yaml:213:11"},"charge_runtime":{"text":"1","at":"specs/rules/inference.yaml:214:27","key":"specs/rules/inference.yaml:214:11"},"prefill_tokens":{"text":"where(memory_usable >= 70 * 2**30, where(llm_class == 1, 16384, 8192), where(llm_class == 1, 8192, 2048))","at":"specs/rules/inference.yaml:215:27","key":"specs/rules/inference.yaml:215:11"},"max_num_seqs":{"text":"where(memory_usable >= 70 * 2**30, 1024, 256)","at":"specs/rules/inference.yaml:216:25","key":"specs/rules/inference.yaml:216:11"},"sampler_rows":{"text":"min(max_num_seqs, prefill_tokens)","at":"specs/rules/inference.yaml:217:25","key":"specs/rules/inference.yaml:217:11"},"sampler_bytes":{"text":"where(act_bytes == 4, 12, act_bytes + 12)","at":"specs/rules/inference.yaml:218:26","key":"specs/rules/inference.yaml:218:11"},"profile_communicators":{"text":"2","at":"specs/rules/inference.yaml:219:34","key":"specs/rules/inference.yaml:219:11"},"startup_communicators":{"text":"1","at":"specs/rules/inference.yaml:220:34","key":"specs/rules/inference.yaml:220:11"},"allreduce_buffer_bytes":{"text":"8 * 2**20","at":"specs/rules/inference.yaml:221:35","key":"specs/rules/inference.yaml:221:11"},"cuda_graph_tokens":{"text":"min(512, prefill_tokens)","at":"specs/rules/inference.yaml:222:30","key":"specs/rules/inference.yaml:222:11"},"cuda_graph_count":{"text":"67","at":"specs/rules/inference.yaml:223:29","key":"specs/rules/inference.yaml:223:11"}}},{"name":"vllm-0.6","description":"vLLM V0 0.6.5-0.7 - a per-instance budget; without chunked prefill (contexts up to 32K) the profile run is one max_model_len prefill; max_num_seqs 256 dummy sequences sampled","values":{"budget_fraction":{"text":"gpu_memory_utilization","at":"specs/rules/inference.yaml:228:28","key":"specs/rules/inference.yaml:228:11"},"charge_context":{"text":"0","at":"specs/rules/inference.yaml:229:27","key":"specs/rules/inference.yaml:229:11"},"charge_graphs":{"text":"0","at":"specs/rules/inference.yaml:230:26","key":"specs/rules/inference.yaml:230:11"},"charge_runtime":{"text":"1","at":"specs/rules/inference.yaml:231:27","key":"specs/rules/inference.yaml:231:11"},"prefill_tokens":{"text":"where(context > 32768, 2048, max(context, 2048))","at":"specs/rules/inference.yaml:232:27","key":"specs/rules/inference.yaml:232:11"},"max_num_seqs":{"text":"256","at":"specs/rules/inference.yaml:233:25","key":"specs/rules/inference.yaml:233:11"},"sampler_rows":{"text":"max_num_seqs","at":"specs/rules/inference.yaml:234:25","key":"specs/rules/inference.yaml:234:11"},"sampler_bytes":{"text":"where(act_bytes == 4, 12, act_bytes + 12)","at":"specs/rules/inference.yaml:235:26","key":"specs/rules/inference.yaml:235:11"},"profile_communicators":{"text":"2","at":"specs/rules/inference.yaml:236:34","key":"specs/rules/inference.yaml:236:11"},"startup_communicators":{"text":"1","at":"specs/rules/inference.yaml:237:34","key":"specs/rules/inference.yaml:237:11"},"allreduce_buffer_bytes":{"text":"8 * 2**20","at":"specs/rules/inference.yaml:238:35","key":"specs/rules/inference.yaml:238:11"},"cuda_graph_tokens":{"text":"min(256, max_num_seqs)","at":"specs/rules/inference.yaml:239:30","key":"specs/rules/inference.yaml:239:11"},"cuda_graph_count":{"text":"35","at":"specs/rules/inference.yaml:240:29","key":"specs/rules/inference.yaml:240:11"}}},{"name":"vllm-0.6.4","description":"vLLM V0 0.6.4 - a global budget (the device's used memory not allocated by torch is charged, the CUDA context and other processes included)","values":{"budget_fraction":{"text":"gpu_memory_utilization","at":"specs/rules/inference.yaml:245:28","key":"specs/rules/inference.yaml:245:11"},"charge_context":{"text":"1","at":"specs/rules/inference.yaml:246:27","key":"specs/rules/inference.yaml:246:11"},"charge_graphs":{"text":"0","at":"specs/rules/inference.yaml:247:26","key":"specs/rules/inference.yaml:247:11"},"charge_runtime":{"text":"1","at":"specs/rules/inference.yaml:248:27","key":"specs/rules/inference.yaml:248:11"},"prefill_tokens":{"text":"where(context > 32768, 512, max(context, 2048))","at":"specs/rules/inference.yaml:249:27","key":"specs/rules/inference.yaml:249:11"},"max_num_seqs":{"text":"256","at":"specs/rules/inference.yaml:250:25","key":"specs/rules/inference.yaml:250:11"},"sampler_rows":{"text":"max_num_seqs","at":"specs/rules/inference.yaml:251:25","key":"specs/rules/inference.yaml:251:11"},"sampler_bytes":{"text":"where(act_bytes == 4, 12, act_bytes + 12)","at":"specs/rules/inference.yaml:252:26","key":"specs/rules/inference.yaml:252:11"},"profile_communicators":{"text":"2","at":"specs/rules/inference.yaml:253:34","key":"specs/rules/inference.yaml:253:11"},"startup_communicators":{"text":"1","at":"specs/rules/inference.yaml:254:34","key":"specs/rules/inference.yaml:254:11"},"allreduce_buffer_bytes":{"text":"8 * 2**20","at":"specs/rules/inference.yaml:255:35","key":"specs/rules/inference.yaml:255:11"},"cuda_graph_tokens":{"text":"min(256, max_num_seqs)","at":"specs/rules/inference.yaml:256:30","key":"specs/rules/inference.yaml:256:11"},"cuda_graph_count":{"text":"35","at":"specs/rules/inference.yaml:257:29","key":"specs/rules/inference.yaml:257:11"}}},{"name":"vllm-0.4","description":"vLLM V0 0.4-0.6.3 - the budget less the instance's own growth since start-up (free memory before and after the profile run); no chunked prefill by default","values":{"budget_fraction":{"text":"gpu_memory_utilization","at":"specs/rules/inference.yaml:262:28","key":"specs/rules/inference.yaml:262:11"},"charge_context":{"text":"0","at":"specs/rules/inference.yaml:263:27","key":"specs/rules/inference.yaml:263:11"},"charge_graphs":{"text":"0","at":"specs/rules/inference.yaml:264:26","key":"specs/rules/inference.yaml:264:11"},"charge_runtime":{"text":"1","at":"specs/rules/inference.yaml:265:27","key":"specs/rules/inference.yaml:265:11"},"prefill_tokens":{"text":"max(context, 2048)","at":"specs/rules/inference.yaml:266:27","key":"specs/rules/inference.yaml:266:11"},"max_num_seqs":{"text":"256","at":"specs/rules/inference.yaml:267:25","key":"specs/rules/inference.yaml:267:11"},"sampler_rows":{"text":"max_num_seqs","at":"specs/rules/inference.yaml:268:25","key":"specs/rules/inference.yaml:268:11"},"sampler_bytes":{"text":"where(act_bytes == 4, 12, act_bytes + 12)","at":"specs/rules/inference.yaml:269:26","key":"specs/rules/inference.yaml:269:11"},"profile_communicators":{"text":"2","at":"specs/rules/inference.yaml:270:34","key":"specs/rules/inference.yaml:270:11"},"startup_communicators":{"text":"1","at":"specs/rules/inference.yaml:271:34","key":"specs/rules/inference.yaml:271:11"},"allreduce_buffer_bytes":{"text":"8 * 2**20","at":"specs/rules/inference.yaml:272:35","key":"specs/rules/inference.yaml:272:11"},"cuda_graph_tokens":{"text":"min(256, max_num_seqs)","at":"specs/rules/inference.yaml:273:30","key":"specs/rules/inference.yaml:273:11"},"cuda_graph_count":{"text":"35","at":"specs/rules/inference.yaml:274:29","key":"specs/rules/inference.yaml:274:11"}}},{"name":"hf-generate","description":"transformers generate with its DynamicCache - no pages, no budget (the whole device), every prompt prefilled at once, fp32 logits of the last position","values":{"budget_fraction":{"text":"1","at":"specs/rules/inference.yaml:279:28","key":"specs/rules/inference.yaml:279:11"},"charge_context":{"text":"1","at":"specs/rules/inference.yaml:280:27","key":"specs/rules/inference.yaml:280:11"},"charge_graphs":{"text":"1","at":"specs/rules/inference.yaml:281:26","key":"specs/rules/inference.yaml:281:11"},"charge_runtime":{"text":"1","at":"specs/rules/inference.yaml:282:27","key":"specs/rules/inference.yaml:282:11"},"prefill_tokens":{"text":"max(1, concurrency * (context - gen_tokens))","at":"specs/rules/inference.yaml:283:27","key":"specs/rules/inference.yaml:283:11"},"max_num_seqs":{"text":"concurrency","at":"specs/rules/inference.yaml:284:25","key":"specs/rules/inference.yaml:284:11"},"sampler_rows":{"text":"concurrency","at":"specs/rules/inference.yaml:285:25","key":"specs/rules/inference.yaml:285:11"},"sampler_bytes":{"text":"act_bytes + 4","at":"specs/rules/inference.yaml:286:26","key":"specs/rules/inference.yaml:286:11"},"block_size":{"text":"1","at":"specs/rules/inference.yaml:287:23","key":"specs/rules/inference.yaml:287:11"}}},{"name":"sglang-0.5","description":"SGLang 0.5 - mem_fraction_static of the GPU holds the weights and the token pool (the CUDA context counts against it); activations, CUDA graphs and NCCL live in the rest","values":{"budget_fraction":{"text":"(memory_usable - where(memory_usable > 60 * 2**30, max(10 * 2**30, sglang_reserved), sglang_reserved)) / memory_usable","at":"specs/rules/inference.yaml:292:28","key":"specs/rules/inference.yaml:292:11"},"charge_context":{"text":"1","at":"specs/rules/inference.yaml:294:27","key":"specs/rules/inference.yaml:294:11"},"charge_graphs":{"text":"0","at":"specs/rules/inference.yaml:295:26","key":"specs/rules/inference.yaml:295:11"},"charge_runtime":{"text":"0","at":"specs/rules/inference.yaml:296:27","key":"specs/rules/inference.yaml:296:11"},"prefill_tokens":{"text":"where(memory_usable < 20 * 2**30, 2048, where(memory_usable < 35 * 2**30, 2048, where(memory_usable < 60 * 2**30, 4096, where(memory_usable < 160 * 2**30, 8192, 16384))))","at":"specs/rules/inference.yaml:297:27","key":"specs/rules/inference.yaml:297:11"},"max_num_seqs":{"text":"sglang_graph_batch","at":"specs/rules/inference.yaml:300:25","key":"specs/rules/inference.yaml:300:11"},"sampler_rows":{"text":"min(max_num_seqs, prefill_tokens)","at":"specs/rules/inference.yaml:301:25","key":"specs/rules/inference.yaml:301:11"},"sampler_bytes":{"text":"where(act_bytes == 4, 12, act_bytes + 12)","at":"specs/rules/inference.yaml:302:26","key":"specs/rules/inference.yaml:302:11"},"profile_communicators":{"text":"1","at":"specs/rules/inference.yaml:303:34","key":"specs/rules/inference.yaml:303:11"},"startup_communicators":{"text":"1","at":"specs/rules/inference.yaml:304:34","key":"specs/rules/inference.yaml:304:11"},"cuda_graph_tokens":{"text":"sglang_graph_batch","at":"specs/rules/inference.yaml:305:30","key":"specs/rules/inference.yaml:305:11"},"cuda_graph_count":{"text":"sglang_graph_batch / 8 + 3","at":"specs/rules/inference.yaml:306:29","key":"specs/rules/inference.yaml:306:11"},"block_size":{"text":"1","at":"specs/rules/inference.yaml:307:23","key":"specs/rules/inference.yaml:307:11"}}},{"name":"trtllm","description":"TensorRT-LLM - the KV cache takes free_gpu_memory_fraction (0.9) of what is free once the engine, its activations and the context are loaded; 32-token blocks","values":{"budget_fraction":{"text":"9/10","at":"specs/rules/inference.yaml:312:28","key":"specs/rules/inference.yaml:312:11"},"free_fraction_rule":{"text":"1","at":"specs/rules/inference.yaml:313:31","key":"specs/rules/inference.yaml:313:11"},"charge_context":{"text":"1","at":"specs/rules/inference.yaml:314:27","key":"specs/rules/inference.yaml:314:11"},"charge_graphs":{"text":"1","at":"specs/rules/inference.yaml:315:26","key":"specs/rules/inference.yaml:315:11"},"charge_runtime":{"text":"1","at":"specs/rules/inference.yaml:316:27","key":"specs/rules/inference.yaml:316:11"},"prefill_tokens":{"text":"8192","at":"specs/rules/inference.yaml:317:27","key":"specs/rules/inference.yaml:317:11"},"max_num_seqs":{"text":"2048","at":"specs/rules/inference.yaml:318:25","key":"specs/rules/inference.yaml:318:11"},"sampler_rows":{"text":"min(max_num_seqs, prefill_tokens)","at":"specs/rules/inference.yaml:319:25","key":"specs/rules/inference.yaml:319:11"},"sampler_bytes":{"text":"act_bytes + 4","at":"specs/rules/inference.yaml:320:26","key":"specs/rules/inference.yaml:320:11"},"profile_communicators":{"text":"1","at":"specs/rules/inference.yaml:321:34","key":"specs/rules/inference.yaml:321:11"},"startup_communicators":{"text":"1","at":"specs/rules/inference.yaml:322:34","key":"specs/rules/inference.yaml:322:11"},"block_size":{"text":"32","at":"specs/rules/inference.yaml:323:23","key":"specs/rules/inference.yaml:323:11"}}}],"situations":[]},{"name":"quant","default":"bf16","description":"Weight format of the linear layers (embeddings, norms and the output layer stay 16-bit)","aliases":["weights-dtype"],"choices":[{"name":"bf16","description":"bf16 / fp16","values":{"quant_bytes":{"text":"2","at":"specs/rules/inference.yaml:330:59","key":"specs/rules/inference.yaml:330:46"}}},{"name":"fp32","description":"fp32 weights","values":{"quant_bytes":{"text":"4","at":"specs/rules/inference.yaml:331:60","key":"specs/rules/inference.yaml:331:47"},"weight_bytes":{"text":"4","at":"specs/rules/inference.yaml:331:77","key":"specs/rules/inference.yaml:331:63"},"act_bytes":{"text":"4","at":"specs/rules/inference.yaml:331:91","key":"specs/rules/inference.yaml:331:80"}}},{"name":"fp8","description":"fp8 weights (per-tensor scales)","values":{"quant_bytes":{"text":"1","at":"specs/rules/inference.yaml:332:78","key":"specs/rules/inference.yaml:332:65"}}},{"name":"int8","description":"LLM.int8 - int8 weights and an fp32 scale per output row","values":{"quant_bytes":{"text":"1 + 4 / hidden_size","at":"specs/rules/inference.yaml:336:28","key":"specs/rules/inference.yaml:336:15"}}},{"name":"awq","description":"AWQ 4-bit, group 128 - int32-packed weights, zeros and fp16 scales per group","values":{"quant_bytes":{"text":"1/2 + (2 + 1/2) / 128","at":"specs/rules/inference.yaml:340:28","key":"specs/rules/inference.yaml:340:15"}}},{"name":"gptq","description":"GPTQ 4-bit, group 128 - packed weights, zeros, fp16 scales and an int32 g_idx per input row","values":{"quant_bytes":{"text":"1/2 + 5/2 / 128 + 4 / hidden_size","at":"specs/rules/inference.yaml:344:28","key":"specs/rules/inference.yaml:344:15"}}},{"name":"nf4","description":"bitsandbytes NF4, block 64 - 4-bit weights and an fp32 absmax per block","values":{"quant_bytes":{"text":"1/2 + 4 / 64","at":"specs/rules/inference.yaml:348:28","key":"specs/rules/inference.yaml:348:15"}}},{"name":"nf4-dq","description":"NF4 with double quantization - 8-bit absmax, fp32 second-level scale per 256 blocks","values":{"quant_bytes":{"text":"1/2 + 1 / 64 + 4 / (64 * 256)","at":"specs/rules/inference.yaml:352:28","key":"specs/rules/inference.yaml:352:15"}}}],"situations":[]},{"name":"kv_dtype","default":"bf16","description":"Key/value cache element type","aliases":[],"choices":[{"name":"bf16","description":"","values":{"kv_bytes":{"text":"2","at":"specs/rules/inference.yaml:357:30","key":"specs/rules/inference.yaml:357:20"},"kv_scale_bytes":{"text":"0","at":"specs/rules/inference.yaml:357:49","key":"specs/rules/inference.yaml:357:33"}}},{"name":"fp32","description":"fp32 (vLLM's kv_cache_dtype=auto for an fp32 model)","values":{"kv_bytes":{"text":"4","at":"specs/rules/inference.yaml:358:98","key":"specs/rules/inference.yaml:358:88"},"kv_scale_bytes":{"text":"0","at":"specs/rules/inference.yaml:358:117","key":"specs/rules/inference.yaml:358:101"}}},{"name":"fp8","description":"","values":{"kv_bytes":{"text":"1","at":"specs/rules/inference.yaml:359:62","key":"specs/rules/inference.yaml:359:52"},"kv_scale_bytes":{"text":"0","at":"specs/rules/inference.yaml:359:81","key":"specs/rules/inference.yaml:359:65"}}},{"name":"int8","description":"int8 with an fp32 scale per token and head for keys and values","values":{"kv_bytes":{"text":"1","at":"specs/rules/inference.yaml:363:25","key":"specs/rules/inference.yaml:363:15"},"kv_scale_bytes":{"text":"8","at":"specs/rules/inference.yaml:363:44","key":"specs/rules/inference.yaml:363:28"}}}],"situations":[]},{"name":"attention","default":"flash","description":"Prefill attention","aliases":[],"choices":[{"name":"flash","description":"","values":{"eager_attention":{"text":"0","at":"specs/rules/inference.yaml:368:38","key":"specs/rules/inference.yaml:368:21"}}},{"name":"sdpa","description":"","values":{"eager_attention":{"text":"0","at":"specs/rules/inference.yaml:369:37","key":"specs/rules/inference.yaml:369:20"}}},{"name":"eager","description":"Materialises n x n scores per head","values":{"eager_attention":{"text":"1","at":"specs/rules/inference.yaml:370:87","key":"specs/rules/inference.yaml:370:70"}}}],"situations":[]}],"linears":[],"lora_targets":[],"hf":null,"programs":{"main":0,"defaults":{"active_params":1,"hidden_size":2,"vocab_size":3,"embedding_params":4,"tie_word_embeddings":5,"lm_head_params":6,"num_layers":7,"num_heads":8,"num_kv_heads":9,"head_dim":10,"intermediate_size":11,"mlp_activation_width":12,"num_experts_per_tok":13,"moe_intermediate_size":14,"logit_width":15,"logit_positions":16,"max_position_embeddings":17,"devices_per_node":18,"sm_version":19,"memory_bandwidth":20,"flops_bf16":21,"flops_fp16":22,"flops_fp32":23,"flops_tf32":24,"flops_fp8":25,"intra_node_bandwidth":26,"inter_node_bandwidth":27,"price_per_gpu_hour":28,"sm_count":29,"cuda_context_bytes":30,"lazy_modules_bytes":31,"cublas_workspace_bytes":32,"nccl_channels":33,"nccl_connections":34,"nccl_buffer_bytes":35,"nccl_communicator_bytes":36,"nvls":37,"nvls_rank_bytes":38,"dp":39,"tp":40,"pp":41,"stage":42,"is_first":43,"is_last":44,"linear_params":45,"unquantized_params":46,"kv_elements_per_token":47,"mla":48,"kv_cache_groups":49,"sliding_window":50,"attention_layers":51,"sliding_attention_layers":52,"chunked_attention_layers":53,"kv_elements_per_token_sliding":54,"kv_elements_per_token_chunked":55,"sliding_window_size":56,"attention_chunk_size":57,"conv_state_elements_per_sequence":58,"ssm_state_elements_per_sequence":59,"act_bytes":60,"conv_state_bytes":61,"ssm_state_bytes":62,"context":63,"gen_tokens":64,"concurrency":65,"llm_class":66,"block_size":67,"gpu_memory_utilization":68,"weight_bytes":69,"kv_scale_bytes":70,"free_fraction_rule":71,"peak_flops":72,"matmul_efficiency":73,"bandwidth_efficiency":74,"attention_flops_share":75,"sampler_buffer_rows":76,"profile_communicators":77,"startup_communicators":78,"allreduce_buffer_bytes":79,"cuda_graph_count":80,"cuda_graph_modes":81,"cuda_graph_tokens":82,"sglang_graph_batch":83,"sglang_reserved":84,"graph_bytes":85},"choices":{"runtime":{"vllm-0.19":{"budget_fraction":86,"charge_context":87,"charge_graphs":88,"charge_runtime":89,"prefill_tokens":90,"max_num_seqs":91,"sampler_rows":92,"sampler_bytes":93,"sampler_buffer_rows":94,"profile_communicators":95,"startup_communicators":96,"allreduce_buffer_bytes":97,"cuda_graph_tokens":98,"cuda_graph_count":99,"cuda_graph_modes":100},"vllm-0.8":{"budget_fraction":101,"charge_context":102,"charge_graphs":103,"charge_runtime":104,"prefill_tokens":105,"max_num_seqs":106,"sampler_rows":107,"sampler_bytes":108,"profile_communicators":109,"startup_communicators":110,"allreduce_buffer_bytes":111,"cuda_graph_tokens":112,"cuda_graph_count":113},"vllm-0.6":{"budget_fraction":114,"charge_context":115,"charge_graphs":116,"charge_runtime":117,"prefill_tokens":118,"max_num_seqs":119,"sampler_rows":120,"sampler_bytes":121,"profile_communicators":122,"startup_communicators":123,"allreduce_buffer_bytes":124,"cuda_graph_tokens":125,"cuda_graph_count":126},"vllm-0.6.4":{"budget_fraction":127,"charge_context":128,"charge_graphs":129,"charge_runtime":130,"prefill_tokens":131,"max_num_seqs":132,"sampler_rows":133,"sampler_bytes":134,"profile_communicators":135,"startup_communicators":136,"allreduce_buffer_bytes":137,"cuda_graph_tokens":138,"cuda_graph_count":139},"vllm-0.4":{"budget_fraction":140,"charge_context":141,"charge_graphs":142,"charge_runtime":143,"prefill_tokens":144,"max_num_seqs":145,"sampler_rows":146,"sampler_bytes":147,"profile_communicators":148,"startup_communicators":149,"allreduce_buffer_bytes":150,"cuda_graph_tokens":151,"cuda_graph_count":152},"hf-generate":{"budget_fraction":153,"charge_context":154,"charge_graphs":155,"charge_runtime":156,"prefill_tokens":157,"max_num_seqs":158,"sampler_rows":159,"sampler_bytes":160,"block_size":161},"sglang-0.5":{"budget_fraction":162,"charge_context":163,"charge_graphs":164,"charge_runtime":165,"prefill_tokens":166,"max_num_seqs":167,"sampler_rows":168,"sampler_bytes":169,"profile_communicators":170,"startup_communicators":171,"cuda_graph_tokens":172,"cuda_graph_count":173,"block_size":174},"trtllm":{"budget_fraction":175,"free_fraction_rule":176,"charge_context":177,"charge_graphs":178,"charge_runtime":179,"prefill_tokens":180,"max_num_seqs":181,"sampler_rows":182,"sampler_bytes":183,"profile_communicators":184,"startup_communicators":185,"block_size":186}},"quant":{"bf16":{"quant_bytes":187},"fp32":{"quant_bytes":188,"weight_bytes":189,"act_bytes":190},"fp8":{"quant_bytes":191},"int8":{"quant_bytes":192},"awq":{"quant_bytes":193},"gptq":{"quant_bytes":194},"nf4":{"quant_bytes":195},"nf4-dq":{"quant_bytes":196}},"kv_dtype":{"bf16":{"kv_bytes":197,"kv_scale_bytes":198},"fp32":{"kv_bytes":199,"kv_scale_bytes":200},"fp8":{"kv_bytes":201,"kv_scale_bytes":202},"int8":{"kv_bytes":203,"kv_scale_bytes":204}},"attention":{"flash":{"eager_attention":205},"sdpa":{"eager_attention":206},"eager":{"eager_attention":207}}},"weights":{"serving":208},"linears":null,"conditions":{"constraint:tp_splits_heads":209,"constraint:tp_splits_kv_heads":210,"keep:tensor":211,"keep:pipeline":212,"stage:pipeline:0":213,"stage:pipeline:1":214,"at_most:context":215,"when:kv_blocks":216,"plan:value:cost":217,"plan:value:gpus":218,"plan:value:time":219,"plan:when:cost":220,"plan:target:ttft":221,"plan:target:tpot":222}},"formulas":[{"label":"all_terms","mathml":"<math display=\"block\"><mrow><mi>all_terms</mi><mo>=</mo><mi>activations</mi><mo>+</mo><mi>cuda_graphs</mi><mo>+</mo><mi>kv_cache</mi><mo>+</mo><mi>non_torch</mi><mo>+</mo><mi>startup</mi><mo>+</mo><mi>weights</mi></mrow></math>","text":"all_terms = activations + cuda_graphs + kv_cache + non_torch + startup + weights","source":""},{"label":"weights","mathml":"<math display=\"block\"><mrow><mi>weights</mi><mo>=</mo><mfrac><mrow><msub><mi>B</mi><mi>w</mi></msub><mrow><mo>(</mo><msub><mi>P</mi><mrow><mi>e</mi><mi>m</mi><mi>b</mi></mrow></msub><msub><mi>f</mi><mn>1</mn></msub><mo>+</mo><msub><mi>f</mi><mi>p</mi></msub><mrow><mo>(</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>P</mi><mrow><mi>e</mi><mi>m</mi><mi>b</mi></mrow></msub></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>P</mi><mrow><mi>h</mi><mi>e</mi><mi>a</mi><mi>d</mi></mrow></msub><mo>=</mo><mn>0</mn><mo>\u2227</mo><mi>p</mi><mo>&gt;</mo><mn>1</mn></mtd></mtr><mtr><mtd><msub><mi>P</mi><mrow><mi>h</mi><mi>e</mi><mi>a</mi><mi>d</mi></mrow></msub></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow><mo>)</mo></mrow></mrow><mi>t</mi></mfrac><mo>+</mo><mfrac><mrow><msub><mi>B</mi><mi>q</mi></msub><mrow><mo>(</mo><msub><mi>P</mi><mrow><mi>l</mi><mi>i</mi><mi>n</mi></mrow></msub><mo>-</mo><msub><mi>P</mi><mn>16</mn></msub><mo>)</mo></mrow><mo>+</mo><msub><mi>B</mi><mi>w</mi></msub><mrow><mo>(</mo><mo>-</mo><msub><mi>P</mi><mrow><mi>e</mi><mi>m</mi><mi>b</mi></mrow></msub><mo>-</mo><msub><mi>P</mi><mrow><mi>l</mi><mi>i</mi><mi>n</mi></mrow></msub><mo>-</mo><msub><mi>P</mi><mrow><mi>h</mi><mi>e</mi><mi>a</mi><mi>d</mi></mrow></msub><mo>+</mo><mi>P</mi><mo>+</mo><msub><mi>P</mi><mn>16</mn></msub><mo>)</mo></mrow></mrow><mrow><mi>p</mi><mi>t</mi></mrow></mfrac></mrow></math>","text":"weights = weight_bytes*(embedding_params*is_first + is_last*where((lm_head_params == 0) and (pp > 1), embedding_params, lm_head_params))/tp + (quant_bytes*(linear_params - unquantized_params) + weight_bytes*(unquantized_params + params - embedding_params - linear_params - lm_head_params))/(pp*tp)","source":"formulas.md 4.1; vLLM loads the tied embedding again as the last stage's ParallelLMHead"},{"label":"kv_cache","mathml":"<math display=\"block\"><mrow><mi>kv_cache</mi><mo>=</mo><mi>attention</mi><mo>+</mo><mi>state</mi></mrow></math>","text":"kv_cache = attention + state","source":""},{"label":"kv_cache/attention","mathml":"<math display=\"block\"><mrow><mi>attention</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><mi>c</mi><mrow><mo>(</mo><mi>blocks_per_sequence</mi><mi>kv_token_bytes_full</mi><mo>+</mo><mi>chunked_blocks_per_sequence</mi><mi>kv_token_bytes_chunked</mi><mo>+</mo><mi>kv_token_bytes_sliding</mi><mi>sliding_blocks_per_sequence</mi><mo>)</mo></mrow></mrow></math>","text":"kv_cache/attention = block_size*concurrency*(blocks_per_sequence*kv_token_bytes_full + chunked_blocks_per_sequence*kv_token_bytes_chunked + kv_token_bytes_sliding*sliding_blocks_per_sequence)","source":"formulas.md 4.2-4.3; vllm/v1/kv_cache_interface.py FullAttentionSpec / MLAAttentionSpec / SlidingWindowSpec / ChunkedLocalAttentionSpec; vllm/v1/core/single_type_kv_cache_manager.py (SlidingWindowManager and ChunkedLocalAttentionManager free the blocks before the window: get_num_skipped_tokens)"},{"label":"kv_cache/state","mathml":"<math display=\"block\"><mrow><mi>state</mi><mo>=</mo><mi>c</mi><mi>state_bytes_per_sequence</mi></mrow></math>","text":"kv_cache/state = state_bytes_per_sequence*concurrency","source":"vllm/v1/kv_cache_interface.py MambaSpec (one state per sequence; conv and SSM shapes from mamba_utils.py MambaStateShapeCalculator)"},{"label":"activations","mathml":"<math display=\"block\"><mrow><mi>activations</mi><mo>=</mo><mi>moe_workspace</mi><mo>+</mo><mo>max</mo><mrow><mo>(</mo><mi>forward_peak</mi><mo>,</mo><msub><mi>f</mi><mi>p</mi></msub><mi>sampler_peak</mi><mo>)</mo></mrow></mrow></math>","text":"activations = moe_workspace + max(forward_peak, sampler_peak*is_last)","source":"vllm 0.19.0 gpu_model_runner.py profile_run (_dummy_run of max_num_tokens, then _dummy_sampler_run); gpu_worker.py (torch_peak_increase)"},{"label":"non_torch","mathml":"<math display=\"block\"><mrow><mi>non_torch</mi><mo>=</mo><mi>allreduce_buffers</mi><mo>+</mo><mi>kernels</mi><mo>+</mo><mi>nccl</mi></mrow></math>","text":"non_torch = allreduce_buffers + kernels + nccl","source":""},{"label":"non_torch/kernels","mathml":"<math display=\"block\"><mrow><mi>kernels</mi><mo>=</mo><msub><mi>R</mi><mrow><mi>m</mi><mi>o</mi><mi>d</mi></mrow></msub></mrow></math>","text":"non_torch/kernels = lazy_modules_bytes","source":"vLLM 0.19.0 logs, non-torch forward increase at tp = 1 (base.yaml lazy_modules_bytes)"},{"label":"non_torch/nccl","mathml":"<math display=\"block\"><mrow><mi>nccl</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>2097152</mn><msub><mi>n</mi><mrow><mi>c</mi><mi>h</mi></mrow></msub><mrow><mo>(</mo><mo>-</mo><msub><mi>f</mi><mn>1</mn></msub><mo>-</mo><msub><mi>f</mi><mi>p</mi></msub><mo>+</mo><mn>2</mn><mo>)</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>p</mi><mo>&gt;</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>+</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>n</mi><mrow><mi>c</mi><mi>o</mi><mi>m</mi><mi>m</mi></mrow></msub><mrow><mo>(</mo><msub><mi>R</mi><mrow><mi>c</mi><mi>o</mi><mi>m</mi><mi>m</mi></mrow></msub><mo>+</mo><msub><mi>f</mi><mrow><mi>n</mi><mi>v</mi><mi>l</mi><mi>s</mi></mrow></msub><mrow><mo>(</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>B</mi><mrow><mi>n</mi><mi>v</mi><mi>l</mi><mi>s</mi></mrow></msub><mi>t</mi></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>t</mi><mo>&gt;</mo><mn>2</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow><mo>)</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>t</mi><mo>&gt;</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"non_torch/nccl = where(tp > 1, profile_communicators*(nccl_communicator_bytes + nvls*where(tp > 2, nvls_rank_bytes*tp, 0)), 0) + where(pp > 1, 2097152*nccl_channels*(2 - is_first - is_last), 0)","source":"NCCL buffer sizes (base.yaml); vLLM CudaCommunicator (PyNcclCommunicator and the torch device group) [derived: 0.19.0 logs show +1.82 GiB at tp = 2 on H100, two communicators]"},{"label":"non_torch/allreduce_buffers","mathml":"<math display=\"block\"><mrow><mi>allreduce_buffers</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>B</mi><mrow><mi>a</mi><mi>r</mi></mrow></msub></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>t</mi><mo>&gt;</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"non_torch/allreduce_buffers = where(tp > 1, allreduce_buffer_bytes, 0)","source":"vllm 0.19.0 distributed/device_communicators/custom_all_reduce.py (max_size 8 MiB), all_reduce_utils.py SYMM_MEM_ALL_REDUCE_MAX_SIZES"},{"label":"cuda_graphs","mathml":"<math display=\"block\"><mrow><mi>cuda_graphs</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mi>cuda_graph_first</mi><mo>+</mo><msub><mi>m</mi><mrow><mi>c</mi><mi>g</mi></mrow></msub><msub><mi>B</mi><mrow><mi>c</mi><mi>g</mi></mrow></msub><mrow><mo>(</mo><msub><mi>n</mi><mrow><mi>c</mi><mi>g</mi></mrow></msub><mo>-</mo><mn>1</mn><mo>)</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>n</mi><mrow><mi>c</mi><mi>g</mi></mrow></msub><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"cuda_graphs = where(cuda_graph_count > 0, cuda_graph_first + graph_bytes*cuda_graph_modes*(-1 + cuda_graph_count), 0)","source":"vllm 0.19.0 gpu_model_runner.py profile_cudagraph_memory (max first capture + per-graph x (n - 1) per mode)"},{"label":"startup","mathml":"<math display=\"block\"><mrow><mi>startup</mi><mo>=</mo><mi>cuda_context</mi><mo>+</mo><mi>startup_nccl</mi></mrow></math>","text":"startup = cuda_context + startup_nccl","source":""},{"label":"startup/cuda_context","mathml":"<math display=\"block\"><mrow><mi>cuda_context</mi><mo>=</mo><msub><mi>R</mi><mrow><mi>c</mi><mi>t</mi><mi>x</mi></mrow></msub></mrow></math>","text":"startup/cuda_context = cuda_context_bytes","source":"the GPU profile; base.yaml cuda_context_bytes"},{"label":"startup/startup_nccl","mathml":"<math display=\"block\"><mrow><mi>startup_nccl</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>R</mi><mrow><mi>c</mi><mi>o</mi><mi>m</mi><mi>m</mi></mrow></msub><msub><mi>n</mi><mrow><mi>i</mi><mi>n</mi><mi>i</mi><mi>t</mi></mrow></msub></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>p</mi><mi>t</mi><mo>&gt;</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"startup/startup_nccl = where(pp*tp > 1, nccl_communicator_bytes*startup_communicators, 0)","source":"vLLM 0.19.0 logs on H100: init snapshot 0.51 GiB at tp = 1, 1.53 GiB at tp = 2, 1.43 GiB at pp = 2 (llm-d-planner PR #205)"},{"label":"capacity","mathml":"<math display=\"block\"><mrow><mi>capacity</mi><mo>=</mo><msub><mi>u</mi><mrow><mi>r</mi><mi>t</mi></mrow></msub><mi>M</mi><mo>+</mo><mi>cuda_graphs</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><msub><mi>c</mi><mrow><mi>c</mi><mi>g</mi></mrow></msub><mo>)</mo></mrow><mo>+</mo><msub><mi>f</mi><mrow><mi>f</mi><mi>r</mi><mi>e</mi><mi>e</mi></mrow></msub><mrow><mo>(</mo><mn>1</mn><mo>-</mo><msub><mi>u</mi><mrow><mi>r</mi><mi>t</mi></mrow></msub><mo>)</mo></mrow><mrow><mo>(</mo><mi>all_terms</mi><mo>-</mo><mi>kv_cache</mi><mo>)</mo></mrow><mo>+</mo><mi>startup</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><msub><mi>c</mi><mrow><mi>c</mi><mi>t</mi><mi>x</mi></mrow></msub><mo>)</mo></mrow><mo>+</mo><mrow><mo>(</mo><mn>1</mn><mo>-</mo><msub><mi>c</mi><mrow><mi>r</mi><mi>t</mi></mrow></msub><mo>)</mo></mrow><mrow><mo>(</mo><mi>activations</mi><mo>+</mo><mi>non_torch</mi><mo>)</mo></mrow></mrow></math>","text":"capacity = cuda_graphs*(1 - charge_graphs) + startup*(1 - charge_context) + budget_fraction*memory_usable + (1 - charge_runtime)*(activations + non_torch) + free_fraction_rule*(1 - budget_fraction)*(all_terms - kv_cache)","source":"vllm/v1/worker/gpu_worker.py (requested_memory = total x gpu_memory_utilization; KV = requested - non_kv); SGLang and TensorRT-LLM as the runtime option says"},{"label":"forward_peak","mathml":"<math display=\"block\"><mrow><mi>forward_peak</mi><mo>=</mo><msub><mi>B</mi><mi>a</mi></msub><msub><mi>n</mi><mrow><mi>p</mi><mi>f</mi></mrow></msub><mrow><mo>(</mo><msub><mi>d</mi><mi>h</mi></msub><mrow><mo>(</mo><mn>2</mn><mi>kv_heads_per_gpu</mi><mo>+</mo><mfrac><mi>H</mi><mi>t</mi></mfrac><mo>)</mo></mrow><mo>+</mo><mn>4</mn><mi>d</mi><mo>+</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>0</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>k</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd><mfrac><mrow><mn>3</mn><msub><mi>I</mi><mrow><mi>a</mi><mi>c</mi><mi>t</mi></mrow></msub></mrow><mi>t</mi></mfrac></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow><mo>+</mo><mfrac><mrow><mn>4</mn><mi>E</mi><mi>H</mi><msub><mi>n</mi><mrow><mi>p</mi><mi>f</mi></mrow></msub><mo>min</mo><mrow><mo>(</mo><mi>n</mi><mo>,</mo><msub><mi>n</mi><mrow><mi>p</mi><mi>f</mi></mrow></msub><mo>)</mo></mrow></mrow><mi>t</mi></mfrac></mrow></math>","text":"forward_peak = act_bytes*prefill_tokens*(4*hidden_size + head_dim*(2*kv_heads_per_gpu + num_heads/tp) + where(num_experts_per_tok > 0, 0, 3*mlp_activation_width/tp)) + 4*eager_attention*num_heads*prefill_tokens*min(context, prefill_tokens)/tp","source":"formulas.md 4.4 [derived]"},{"label":"sampler_peak","mathml":"<math display=\"block\"><mrow><mi>sampler_peak</mi><mo>=</mo><msub><mi>B</mi><mi>a</mi></msub><mi>d</mi><msub><mi>n</mi><mrow><mi>p</mi><mi>f</mi></mrow></msub><mo>+</mo><mn>4</mn><msub><mi>V</mi><mrow><mi>o</mi><mi>u</mi><mi>t</mi></mrow></msub><msub><mi>n</mi><mrow><mi>b</mi><mi>u</mi><mi>f</mi></mrow></msub><mo>+</mo><msub><mi>V</mi><mrow><mi>o</mi><mi>u</mi><mi>t</mi></mrow></msub><msub><mi>B</mi><mrow><mi>s</mi><mi>m</mi><mi>p</mi></mrow></msub><msub><mi>n</mi><mrow><mi>s</mi><mi>m</mi><mi>p</mi></mrow></msub></mrow></math>","text":"sampler_peak = 4*logit_width*sampler_buffer_rows + logit_width*sampler_bytes*sampler_rows + hidden_size*act_bytes*prefill_tokens","source":"vllm 0.19.0 gpu_model_runner.py _dummy_sampler_run; v1/sample/sampler.py (logits.to(float32)); ops/topk_topp_sampler.py (softmax, random_sample q = empty_like(probs)); topk_topp_triton.py (per-program buffer of vocab floats)"},{"label":"moe_workspace","mathml":"<math display=\"block\"><mrow><mi>moe_workspace</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>B</mi><mi>a</mi></msub><msub><mi>n</mi><mrow><mi>p</mi><mi>f</mi></mrow></msub><mrow><mo>(</mo><mi>d</mi><mo>+</mo><mi>k</mi><mrow><mo>(</mo><mo>max</mo><mrow><mo>(</mo><mi>d</mi><mo>,</mo><mfrac><msub><mi>I</mi><mi>e</mi></msub><mi>t</mi></mfrac><mo>)</mo></mrow><mo>+</mo><mo>max</mo><mrow><mo>(</mo><mi>d</mi><mo>,</mo><mfrac><mrow><mn>2</mn><msub><mi>I</mi><mi>e</mi></msub></mrow><mi>t</mi></mfrac><mo>)</mo></mrow><mo>)</mo></mrow><mo>)</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>k</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"moe_workspace = where(num_experts_per_tok > 0, act_bytes*prefill_tokens*(hidden_size + num_experts_per_tok*(max(hidden_size, moe_intermediate_size/tp) + max(hidden_size, 2*moe_intermediate_size/tp))), 0)","source":"vllm 0.19.0 model_executor/layers/fused_moe/fused_moe.py workspace_shapes; v1/worker/workspace.py (one buffer, grown to the largest request)"},{"label":"cuda_graph_first","mathml":"<math display=\"block\"><mrow><mi>cuda_graph_first</mi><mo>=</mo><msub><mi>B</mi><mi>a</mi></msub><msub><mi>n</mi><mrow><mi>c</mi><mi>g</mi><mi>t</mi></mrow></msub><mrow><mo>(</mo><msub><mi>d</mi><mi>h</mi></msub><mrow><mo>(</mo><mn>2</mn><mi>kv_heads_per_gpu</mi><mo>+</mo><mfrac><mi>H</mi><mi>t</mi></mfrac><mo>)</mo></mrow><mo>+</mo><mn>4</mn><mi>d</mi><mo>+</mo><mfrac><mrow><mn>3</mn><msub><mi>I</mi><mrow><mi>a</mi><mi>c</mi><mi>t</mi></mrow></msub></mrow><mi>t</mi></mfrac><mo>)</mo></mrow></mrow></math>","text":"cuda_graph_first = cuda_graph_tokens*act_bytes*(4*hidden_size + head_dim*(2*kv_heads_per_gpu + num_heads/tp) + 3*mlp_activation_width/tp)","source":""},{"label":"kv_heads_per_gpu","mathml":"<math display=\"block\"><mrow><mi>kv_heads_per_gpu</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>1</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>m</mi><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mo>max</mo><mrow><mo>(</mo><mn>1</mn><mo>,</mo><mrow><mo>\u230a</mo><mfrac><mi>K</mi><mi>t</mi></mfrac><mo>\u230b</mo></mrow><mo>)</mo></mrow></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"kv_heads_per_gpu = where(mla == 1, 1, max(1, floor(num_kv_heads/tp)))","source":"vllm/config/model.py get_num_kv_heads"},{"label":"kv_gpu_share","mathml":"<math display=\"block\"><mrow><mi>kv_gpu_share</mi><mo>=</mo><mfrac><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>1</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>m</mi><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mfrac><mi>kv_heads_per_gpu</mi><mi>K</mi></mfrac></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mi>p</mi></mfrac></mrow></math>","text":"kv_gpu_share = where(mla == 1, 1, kv_heads_per_gpu/num_kv_heads)/pp","source":""},{"label":"kv_elements_per_gpu_token","mathml":"<math display=\"block\"><mrow><mi>kv_elements_per_gpu_token</mi><mo>=</mo><msub><mi>e</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><mi>kv_gpu_share</mi></mrow></math>","text":"kv_elements_per_gpu_token = kv_gpu_share*kv_elements_per_token","source":""},{"label":"kv_scale_tokens","mathml":"<math display=\"block\"><mrow><mi>kv_scale_tokens</mi><mo>=</mo><mfrac><mrow><msub><mi>L</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi></mrow></msub><mi>kv_heads_per_gpu</mi><msub><mi>B</mi><mrow><mi>k</mi><mi>s</mi></mrow></msub></mrow><mi>p</mi></mfrac></mrow></math>","text":"kv_scale_tokens = kv_heads_per_gpu*kv_scale_bytes*attention_layers/pp","source":""},{"label":"kv_token_bytes_full","mathml":"<math display=\"block\"><mrow><mi>kv_token_bytes_full</mi><mo>=</mo><msub><mi>B</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><mi>kv_gpu_share</mi><mrow><mo>(</mo><msub><mi>e</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><mo>-</mo><msub><mi>e</mi><mrow><mi>c</mi><mi>h</mi></mrow></msub><mo>-</mo><msub><mi>e</mi><mrow><mi>s</mi><mi>w</mi></mrow></msub><mo>)</mo></mrow><mo>+</mo><mfrac><mrow><mi>kv_heads_per_gpu</mi><msub><mi>B</mi><mrow><mi>k</mi><mi>s</mi></mrow></msub><mrow><mo>(</mo><msub><mi>L</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi></mrow></msub><mo>-</mo><msub><mi>L</mi><mrow><mi>c</mi><mi>h</mi></mrow></msub><mo>-</mo><msub><mi>L</mi><mrow><mi>s</mi><mi>w</mi></mrow></msub><mo>)</mo></mrow></mrow><mi>p</mi></mfrac></mrow></math>","text":"kv_token_bytes_full = kv_gpu_share*kv_bytes*(kv_elements_per_token - kv_elements_per_token_chunked - kv_elements_per_token_sliding) + kv_heads_per_gpu*kv_scale_bytes*(attention_layers - chunked_attention_layers - sliding_attention_layers)/pp","source":""},{"label":"kv_token_bytes_sliding","mathml":"<math display=\"block\"><mrow><mi>kv_token_bytes_sliding</mi><mo>=</mo><msub><mi>B</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><msub><mi>e</mi><mrow><mi>s</mi><mi>w</mi></mrow></msub><mi>kv_gpu_share</mi><mo>+</mo><mfrac><mrow><mi>kv_heads_per_gpu</mi><msub><mi>B</mi><mrow><mi>k</mi><mi>s</mi></mrow></msub><msub><mi>L</mi><mrow><mi>s</mi><mi>w</mi></mrow></msub></mrow><mi>p</mi></mfrac></mrow></math>","text":"kv_token_bytes_sliding = kv_gpu_share*kv_elements_per_token_sliding*kv_bytes + kv_heads_per_gpu*kv_scale_bytes*sliding_attention_layers/pp","source":""},{"label":"kv_token_bytes_chunked","mathml":"<math display=\"block\"><mrow><mi>kv_token_bytes_chunked</mi><mo>=</mo><mfrac><mrow><msub><mi>L</mi><mrow><mi>c</mi><mi>h</mi></mrow></msub><mi>kv_heads_per_gpu</mi><msub><mi>B</mi><mrow><mi>k</mi><mi>s</mi></mrow></msub></mrow><mi>p</mi></mfrac><mo>+</mo><msub><mi>B</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><msub><mi>e</mi><mrow><mi>c</mi><mi>h</mi></mrow></msub><mi>kv_gpu_share</mi></mrow></math>","text":"kv_token_bytes_chunked = kv_gpu_share*kv_elements_per_token_chunked*kv_bytes + kv_heads_per_gpu*kv_scale_bytes*chunked_attention_layers/pp","source":""},{"label":"cached_tokens","mathml":"<math display=\"block\"><mrow><mi>cached_tokens</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mo>min</mo><mrow><mo>(</mo><mi>n</mi><mo>,</mo><msub><mi>b</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><mo>+</mo><mi>w</mi><mo>)</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>w</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd><mi>n</mi></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"cached_tokens = where(sliding_window > 0, min(context, sliding_window + block_size), context)","source":""},{"label":"blocks_per_sequence","mathml":"<math display=\"block\"><mrow><mi>blocks_per_sequence</mi><mo>=</mo><mrow><mo>\u2308</mo><mfrac><mi>cached_tokens</mi><msub><mi>b</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub></mfrac><mo>\u2309</mo></mrow></mrow></math>","text":"blocks_per_sequence = ceil(cached_tokens/block_size)","source":"vLLM allocates tokens in whole blocks of block_size"},{"label":"sliding_blocks_per_sequence","mathml":"<math display=\"block\"><mrow><mi>sliding_blocks_per_sequence</mi><mo>=</mo><mrow><mo>\u2308</mo><mfrac><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mo>min</mo><mrow><mo>(</mo><mi>n</mi><mo>,</mo><msub><mi>b</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><mo>+</mo><msub><mi>w</mi><mrow><mi>s</mi><mi>w</mi></mrow></msub><mo>)</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>w</mi><mrow><mi>s</mi><mi>w</mi></mrow></msub><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd><mi>n</mi></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><msub><mi>b</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub></mfrac><mo>\u2309</mo></mrow></mrow></math>","text":"sliding_blocks_per_sequence = ceil(where(sliding_window_size > 0, min(context, sliding_window_size + block_size), context)/block_size)","source":"vllm/v1/core/single_type_kv_cache_manager.py SlidingWindowManager (get_num_skipped_tokens = n - sliding_window + 1; remove_skipped_blocks)"},{"label":"chunked_blocks_per_sequence","mathml":"<math display=\"block\"><mrow><mi>chunked_blocks_per_sequence</mi><mo>=</mo><mrow><mo>\u2308</mo><mfrac><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mo>min</mo><mrow><mo>(</mo><msub><mi>w</mi><mrow><mi>c</mi><mi>h</mi></mrow></msub><mo>,</mo><mi>n</mi><mo>)</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>w</mi><mrow><mi>c</mi><mi>h</mi></mrow></msub><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd><mi>n</mi></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><msub><mi>b</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub></mfrac><mo>\u2309</mo></mrow></mrow></math>","text":"chunked_blocks_per_sequence = ceil(where(attention_chunk_size > 0, min(attention_chunk_size, context), context)/block_size)","source":"vllm/v1/core/single_type_kv_cache_manager.py ChunkedLocalAttentionManager (get_num_skipped_tokens = n // attention_chunk_size * attention_chunk_size)"},{"label":"state_bytes_per_sequence","mathml":"<math display=\"block\"><mrow><mi>state_bytes_per_sequence</mi><mo>=</mo><mfrac><mrow><msub><mi>B</mi><mrow><mi>c</mi><mi>o</mi><mi>n</mi><mi>v</mi></mrow></msub><msub><mi>e</mi><mrow><mi>c</mi><mi>o</mi><mi>n</mi><mi>v</mi></mrow></msub><mo>+</mo><msub><mi>B</mi><mrow><mi>s</mi><mi>s</mi><mi>m</mi></mrow></msub><msub><mi>e</mi><mrow><mi>s</mi><mi>s</mi><mi>m</mi></mrow></msub></mrow><mrow><mi>p</mi><mi>t</mi></mrow></mfrac></mrow></math>","text":"state_bytes_per_sequence = (conv_state_elements_per_sequence*conv_state_bytes + ssm_state_elements_per_sequence*ssm_state_bytes)/(pp*tp)","source":"vllm/v1/kv_cache_interface.py MambaSpec page_size_bytes (the shapes' elements times their dtypes); transformers cache_utils.py"},{"label":"kv_local_layers","mathml":"<math display=\"block\"><mrow><mi>kv_local_layers</mi><mo>=</mo><msub><mi>L</mi><mrow><mi>c</mi><mi>h</mi></mrow></msub><mo>+</mo><msub><mi>L</mi><mrow><mi>s</mi><mi>w</mi></mrow></msub></mrow></math>","text":"kv_local_layers = chunked_attention_layers + sliding_attention_layers","source":""},{"label":"kv_group_layers","mathml":"<math display=\"block\"><mrow><mi>kv_group_layers</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mo>max</mo><mrow><mo>(</mo><mi>kv_local_layers</mi><mo>,</mo><msub><mi>L</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi></mrow></msub><mo>-</mo><mi>kv_local_layers</mi><mo>)</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mo>max</mo><mrow><mo>(</mo><mi>kv_local_layers</mi><mo>,</mo><msub><mi>L</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi></mrow></msub><mo>-</mo><mi>kv_local_layers</mi><mo>)</mo></mrow><mo>&lt;</mo><mfrac><mrow><mn>5</mn><mo>min</mo><mrow><mo>(</mo><mi>kv_local_layers</mi><mo>,</mo><msub><mi>L</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi></mrow></msub><mo>-</mo><mi>kv_local_layers</mi><mo>)</mo></mrow></mrow><mn>4</mn></mfrac></mtd></mtr><mtr><mtd><mo>min</mo><mrow><mo>(</mo><mi>kv_local_layers</mi><mo>,</mo><msub><mi>L</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi></mrow></msub><mo>-</mo><mi>kv_local_layers</mi><mo>)</mo></mrow></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>L</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi></mrow></msub><mo>&gt;</mo><mi>kv_local_layers</mi><mo>\u2227</mo><mi>kv_local_layers</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd><mfrac><msub><mi>L</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi></mrow></msub><msub><mi>g</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub></mfrac></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"kv_group_layers = where((attention_layers > kv_local_layers) and (kv_local_layers > 0), where(max(kv_local_layers, attention_layers - kv_local_layers) < 5*min(kv_local_layers, attention_layers - kv_local_layers)/4, max(kv_local_layers, attention_layers - kv_local_layers), min(kv_local_layers, attention_layers - kv_local_layers)), attention_layers/kv_cache_groups)","source":"vllm/v1/core/kv_cache_utils.py _get_kv_cache_groups_uniform_page_size (group_size = min_num_layers; max_num_layers when max < 1.25 x min)"},{"label":"kv_groups","mathml":"<math display=\"block\"><mrow><mi>kv_groups</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mrow><mo>\u2308</mo><mfrac><mi>kv_local_layers</mi><mi>kv_group_layers</mi></mfrac><mo>\u2309</mo></mrow><mo>+</mo><mrow><mo>\u2308</mo><mfrac><mrow><msub><mi>L</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi></mrow></msub><mo>-</mo><mi>kv_local_layers</mi></mrow><mi>kv_group_layers</mi></mfrac><mo>\u2309</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>L</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi></mrow></msub><mo>&gt;</mo><mi>kv_local_layers</mi><mo>\u2227</mo><mi>kv_local_layers</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd><msub><mi>g</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"kv_groups = where((attention_layers > kv_local_layers) and (kv_local_layers > 0), ceil(kv_local_layers/kv_group_layers) + ceil((attention_layers - kv_local_layers)/kv_group_layers), kv_cache_groups)","source":"vllm/v1/core/kv_cache_utils.py _get_kv_cache_groups_uniform_page_size (num_groups = cdiv(len(layers), group_size) per kind)"},{"label":"kv_bytes_per_token","mathml":"<math display=\"block\"><mrow><mi>kv_bytes_per_token</mi><mo>=</mo><msub><mi>B</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><msub><mi>e</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub></mrow></math>","text":"kv_bytes_per_token = kv_elements_per_token*kv_bytes","source":""},{"label":"page_bytes","mathml":"<math display=\"block\"><mrow><mi>page_bytes</mi><mo>=</mo><mfrac><mrow><msub><mi>b</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><msub><mi>B</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><mi>kv_elements_per_gpu_token</mi><mi>p</mi></mrow><mrow><mo>max</mo><mrow><mo>(</mo><mn>1</mn><mo>,</mo><msub><mi>L</mi><mrow><mi>a</mi><mi>t</mi><mi>t</mi></mrow></msub><mo>)</mo></mrow></mrow></mfrac><mo>+</mo><msub><mi>b</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><mi>kv_heads_per_gpu</mi><msub><mi>B</mi><mrow><mi>k</mi><mi>s</mi></mrow></msub></mrow></math>","text":"page_bytes = kv_heads_per_gpu*kv_scale_bytes*block_size + kv_elements_per_gpu_token*kv_bytes*block_size*pp/max(1, attention_layers)","source":"vllm/v1/kv_cache_interface.py page_size_bytes"},{"label":"kv_available","mathml":"<math display=\"block\"><mrow><mi>kv_available</mi><mo>=</mo><mo>-</mo><mi>all_terms</mi><mo>+</mo><mi>capacity</mi><mo>+</mo><mi>kv_cache</mi></mrow></math>","text":"kv_available = capacity + kv_cache - all_terms","source":"vllm/v1/worker/gpu_worker.py determine_available_memory"},{"label":"kv_blocks","mathml":"<math display=\"block\"><mrow><mi>kv_blocks</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mrow><mo>\u230a</mo><mfrac><mrow><mo>\u230a</mo><mfrac><mrow><mo>max</mo><mrow><mo>(</mo><mn>0</mn><mo>,</mo><mi>kv_available</mi><mo>-</mo><mi>kv_state_share</mi><mo>)</mo></mrow></mrow><mi>page_bytes</mi></mfrac><mo>\u230b</mo></mrow><mrow><mo>max</mo><mrow><mo>(</mo><mn>1</mn><mo>,</mo><mfrac><mi>kv_group_layers</mi><mi>p</mi></mfrac><mo>)</mo></mrow></mrow></mfrac><mo>\u230b</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>page_bytes</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"kv_blocks = where(page_bytes > 0, floor(floor(max(0, kv_available - kv_state_share)/page_bytes)/max(1, kv_group_layers/pp)), 0)","source":"vllm/v1/core/kv_cache_utils.py get_num_blocks - int(available // page_size // num_layers), num_layers the layers of one group"},{"label":"kv_state_share","mathml":"<math display=\"block\"><mrow><mi>kv_state_share</mi><mo>=</mo><mi>c</mi><mi>state_bytes_per_sequence</mi></mrow></math>","text":"kv_state_share = state_bytes_per_sequence*concurrency","source":""},{"label":"kv_tokens","mathml":"<math display=\"block\"><mrow><mi>kv_tokens</mi><mo>=</mo><msub><mi>b</mi><mrow><mi>k</mi><mi>v</mi></mrow></msub><mrow><mo>\u230a</mo><mfrac><mi>kv_blocks</mi><mi>kv_groups</mi></mfrac><mo>\u230b</mo></mrow></mrow></math>","text":"kv_tokens = block_size*floor(kv_blocks/kv_groups)","source":""},{"label":"matmul_params","mathml":"<math display=\"block\"><mrow><mi>matmul_params</mi><mo>=</mo><msub><mi>P</mi><mrow><mi>a</mi><mi>c</mi><mi>t</mi></mrow></msub><mo>-</mo><msub><mi>P</mi><mrow><mi>e</mi><mi>m</mi><mi>b</mi></mrow></msub><mo>+</mo><mi>d</mi><mi>&#964;</mi><mi>V</mi></mrow></math>","text":"matmul_params = active_params - embedding_params + hidden_size*tie_word_embeddings*vocab_size","source":"Kaplan et al. 2020 section 2.1"},{"label":"prompt_tokens","mathml":"<math display=\"block\"><mrow><mi>prompt_tokens</mi><mo>=</mo><mi>n</mi><mo>-</mo><msub><mi>n</mi><mrow><mi>g</mi><mi>e</mi><mi>n</mi></mrow></msub></mrow></math>","text":"prompt_tokens = context - gen_tokens","source":""},{"label":"prefill_flops","mathml":"<math display=\"block\"><mrow><mi>prefill_flops</mi><mo>=</mo><mi>c</mi><mrow><mo>(</mo><mn>2</mn><mi>&#945;</mi><msub><mi>d</mi><mi>h</mi></msub><mi>H</mi><mi>L</mi><msup><mi>prompt_tokens</mi><mn>2</mn></msup><mo>+</mo><mn>2</mn><mi>matmul_params</mi><mi>prompt_tokens</mi><mo>)</mo></mrow></mrow></math>","text":"prefill_flops = concurrency*(2*matmul_params*prompt_tokens + 2*attention_flops_share*head_dim*num_layers*num_heads*prompt_tokens**2)","source":"formulas.md 6.5; Kaplan et al. 2020 section 2.1"},{"label":"prefill_compute_seconds","mathml":"<math display=\"block\"><mrow><mi>prefill_compute_seconds</mi><mo>=</mo><mfrac><mi>prefill_flops</mi><mrow><mi>&#951;</mi><msub><mi>F</mi><mrow><mi>p</mi><mi>e</mi><mi>a</mi><mi>k</mi></mrow></msub><mi>p</mi><mi>t</mi></mrow></mfrac></mrow></math>","text":"prefill_compute_seconds = prefill_flops/(matmul_efficiency*peak_flops*pp*tp)","source":"formulas.md 6.5 (roofline)"},{"label":"prefill_memory_seconds","mathml":"<math display=\"block\"><mrow><mi>prefill_memory_seconds</mi><mo>=</mo><mfrac><mrow><mi>p</mi><mi>weights</mi></mrow><mrow><msub><mi>&#951;</mi><mrow><mi>m</mi><mi>e</mi><mi>m</mi></mrow></msub><msub><mi>B</mi><mrow><mi>m</mi><mi>e</mi><mi>m</mi></mrow></msub></mrow></mfrac></mrow></math>","text":"prefill_memory_seconds = weights*pp/(bandwidth_efficiency*memory_bandwidth)","source":"formulas.md 6.5 (roofline)"},{"label":"prefill_seconds","mathml":"<math display=\"block\"><mrow><mi>prefill_seconds</mi><mo>=</mo><mo>max</mo><mrow><mo>(</mo><mi>prefill_compute_seconds</mi><mo>,</mo><mi>prefill_memory_seconds</mi><mo>)</mo></mrow></mrow></math>","text":"prefill_seconds = max(prefill_compute_seconds, prefill_memory_seconds)","source":"formulas.md 6.5 (roofline)"},{"label":"decode_tokens","mathml":"<math display=\"block\"><mrow><mi>decode_tokens</mi><mo>=</mo><mfrac><msub><mi>n</mi><mrow><mi>g</mi><mi>e</mi><mi>n</mi></mrow></msub><mn>2</mn></mfrac><mo>+</mo><mi>prompt_tokens</mi></mrow></math>","text":"decode_tokens = prompt_tokens + gen_tokens/2","source":""},{"label":"decode_kv_bytes","mathml":"<math display=\"block\"><mrow><mi>decode_kv_bytes</mi><mo>=</mo><mi>c</mi><mrow><mo>(</mo><mi>kv_token_bytes_chunked</mi><mrow><mo>(</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mo>min</mo><mrow><mo>(</mo><msub><mi>w</mi><mrow><mi>c</mi><mi>h</mi></mrow></msub><mo>,</mo><mi>decode_tokens</mi><mo>)</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>w</mi><mrow><mi>c</mi><mi>h</mi></mrow></msub><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd><mi>decode_tokens</mi></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow><mo>+</mo><mi>kv_token_bytes_full</mi><mrow><mo>(</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mo>min</mo><mrow><mo>(</mo><mi>decode_tokens</mi><mo>,</mo><mi>w</mi><mo>)</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>w</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd><mi>decode_tokens</mi></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow><mo>+</mo><mi>kv_token_bytes_sliding</mi><mrow><mo>(</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mo>min</mo><mrow><mo>(</mo><mi>decode_tokens</mi><mo>,</mo><msub><mi>w</mi><mrow><mi>s</mi><mi>w</mi></mrow></msub><mo>)</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>w</mi><mrow><mi>s</mi><mi>w</mi></mrow></msub><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd><mi>decode_tokens</mi></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow><mo>+</mo><mi>state_bytes_per_sequence</mi><mo>)</mo></mrow></mrow></math>","text":"decode_kv_bytes = concurrency*(state_bytes_per_sequence + kv_token_bytes_chunked*where(attention_chunk_size > 0, min(attention_chunk_size, decode_tokens), decode_tokens) + kv_token_bytes_full*where(sliding_window > 0, min(decode_tokens, sliding_window), decode_tokens) + kv_token_bytes_sliding*where(sliding_window_size > 0, min(decode_tokens, sliding_window_size), decode_tokens))","source":""},{"label":"decode_compute_seconds","mathml":"<math display=\"block\"><mrow><mi>decode_compute_seconds</mi><mo>=</mo><mfrac><mrow><mi>c</mi><mrow><mo>(</mo><mn>4</mn><mi>decode_tokens</mi><msub><mi>d</mi><mi>h</mi></msub><mi>H</mi><mi>L</mi><mo>+</mo><mn>2</mn><mi>matmul_params</mi><mo>)</mo></mrow></mrow><mrow><mi>&#951;</mi><msub><mi>F</mi><mrow><mi>p</mi><mi>e</mi><mi>a</mi><mi>k</mi></mrow></msub><mi>t</mi></mrow></mfrac></mrow></math>","text":"decode_compute_seconds = concurrency*(2*matmul_params + 4*decode_tokens*head_dim*num_layers*num_heads)/(matmul_efficiency*peak_flops*tp)","source":"formulas.md 6.5 (roofline of a decode step)"},{"label":"decode_memory_seconds","mathml":"<math display=\"block\"><mrow><mi>decode_memory_seconds</mi><mo>=</mo><mfrac><mrow><mi>p</mi><mrow><mo>(</mo><mi>decode_kv_bytes</mi><mo>+</mo><mi>weights</mi><mo>)</mo></mrow></mrow><mrow><msub><mi>&#951;</mi><mrow><mi>m</mi><mi>e</mi><mi>m</mi></mrow></msub><msub><mi>B</mi><mrow><mi>m</mi><mi>e</mi><mi>m</mi></mrow></msub></mrow></mfrac></mrow></math>","text":"decode_memory_seconds = pp*(decode_kv_bytes + weights)/(bandwidth_efficiency*memory_bandwidth)","source":"formulas.md 6.5 (roofline of a decode step)"},{"label":"decode_step_seconds","mathml":"<math display=\"block\"><mrow><mi>decode_step_seconds</mi><mo>=</mo><mo>max</mo><mrow><mo>(</mo><mi>decode_compute_seconds</mi><mo>,</mo><mi>decode_memory_seconds</mi><mo>)</mo></mrow></mrow></math>","text":"decode_step_seconds = max(decode_compute_seconds, decode_memory_seconds)","source":"formulas.md 6.5 (roofline of a decode step)"},{"label":"decode_tokens_per_second","mathml":"<math display=\"block\"><mrow><mi>decode_tokens_per_second</mi><mo>=</mo><mfrac><mi>c</mi><mi>decode_step_seconds</mi></mfrac></mrow></math>","text":"decode_tokens_per_second = concurrency/decode_step_seconds","source":""},{"label":"tokens_per_second_per_user","mathml":"<math display=\"block\"><mrow><mi>tokens_per_second_per_user</mi><mo>=</mo><mfrac><mn>1</mn><mi>decode_step_seconds</mi></mfrac></mrow></math>","text":"tokens_per_second_per_user = 1/decode_step_seconds","source":""},{"label":"serving","mathml":"<math display=\"block\"><mrow><mi>serving</mi><mo>=</mo><mi>activations</mi><mo>+</mo><mi>cuda_graphs</mi><mo>+</mo><mi>kv_cache</mi><mo>+</mo><mi>non_torch</mi><mo>+</mo><mi>startup</mi><mo>+</mo><mi>weights</mi></mrow></math>","text":"serving = activations + cuda_graphs + kv_cache + non_torch + startup + weights","source":""},{"label":"default active_params","mathml":"<math display=\"block\"><mrow><mi>defaultactive_params</mi><mo>=</mo><mi>P</mi></mrow></math>","text":"default active_params = params","source":""},{"label":"default embedding_params","mathml":"<math display=\"block\"><mrow><mi>defaultembedding_params</mi><mo>=</mo><mi>d</mi><mi>V</mi></mrow></math>","text":"default embedding_params = hidden_size*vocab_size","source":""},{"label":"default lm_head_params","mathml":"<math display=\"block\"><mrow><mi>defaultlm_head_params</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow></mrow></math>","text":"default lm_head_params = hidden_size*vocab_size*(1 - tie_word_embeddings)","source":""},{"label":"default vocab_size","mathml":"<math display=\"block\"><mrow><mi>defaultvocab_size</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default vocab_size = 0","source":""},{"label":"default hidden_size","mathml":"<math display=\"block\"><mrow><mi>defaulthidden_size</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default hidden_size = 0","source":""},{"label":"default num_layers","mathml":"<math display=\"block\"><mrow><mi>defaultnum_layers</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default num_layers = 0","source":""},{"label":"default num_heads","mathml":"<math display=\"block\"><mrow><mi>defaultnum_heads</mi><mo>=</mo><mo>max</mo><mrow><mo>(</mo><mn>1</mn><mo>,</mo><mrow><mo>\u230a</mo><mfrac><mi>d</mi><mn>128</mn></mfrac><mo>\u230b</mo></mrow><mo>)</mo></mrow></mrow></math>","text":"default num_heads = max(1, floor(hidden_size/128))","source":""},{"label":"default num_kv_heads","mathml":"<math display=\"block\"><mrow><mi>defaultnum_kv_heads</mi><mo>=</mo><mi>H</mi></mrow></math>","text":"default num_kv_heads = num_heads","source":""},{"label":"default head_dim","mathml":"<math display=\"block\"><mrow><mi>defaulthead_dim</mi><mo>=</mo><mfrac><mi>d</mi><mi>H</mi></mfrac></mrow></math>","text":"default head_dim = hidden_size/num_heads","source":""},{"label":"default intermediate_size","mathml":"<math display=\"block\"><mrow><mi>defaultintermediate_size</mi><mo>=</mo><mn>4</mn><mi>d</mi></mrow></math>","text":"default intermediate_size = 4*hidden_size","source":""},{"label":"default mlp_activation_width","mathml":"<math display=\"block\"><mrow><mi>defaultmlp_activation_width</mi><mo>=</mo><mi>I</mi></mrow></math>","text":"default mlp_activation_width = intermediate_size","source":""},{"label":"default num_experts_per_tok","mathml":"<math display=\"block\"><mrow><mi>defaultnum_experts_per_tok</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default num_experts_per_tok = 0","source":""},{"label":"default moe_intermediate_size","mathml":"<math display=\"block\"><mrow><mi>defaultmoe_intermediate_size</mi><mo>=</mo><mi>I</mi></mrow></math>","text":"default moe_intermediate_size = intermediate_size","source":""},{"label":"default logit_width","mathml":"<math display=\"block\"><mrow><mi>defaultlogit_width</mi><mo>=</mo><mi>V</mi></mrow></math>","text":"default logit_width = vocab_size","source":""},{"label":"default logit_positions","mathml":"<math display=\"block\"><mrow><mi>defaultlogit_positions</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default logit_positions = 0","source":""},{"label":"default tie_word_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaulttie_word_embeddings</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default tie_word_embeddings = 0","source":""},{"label":"default max_position_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaultmax_position_embeddings</mi><mo>=</mo><mn>2048</mn></mrow></math>","text":"default max_position_embeddings = 2048","source":""},{"label":"default devices_per_node","mathml":"<math display=\"block\"><mrow><mi>defaultdevices_per_node</mi><mo>=</mo><mn>8</mn></mrow></math>","text":"default devices_per_node = 8","source":""},{"label":"default sm_version","mathml":"<math display=\"block\"><mrow><mi>defaultsm_version</mi><mo>=</mo><mn>80</mn></mrow></math>","text":"default sm_version = 80","source":""},{"label":"default memory_bandwidth","mathml":"<math display=\"block\"><mrow><mi>defaultmemory_bandwidth</mi><mo>=</mo><mn>2000000000000</mn></mrow></math>","text":"default memory_bandwidth = 2000000000000","source":""},{"label":"default flops_bf16","mathml":"<math display=\"block\"><mrow><mi>defaultflops_bf16</mi><mo>=</mo><mn>312000000000000</mn></mrow></math>","text":"default flops_bf16 = 312000000000000","source":""},{"label":"default flops_fp16","mathml":"<math display=\"block\"><mrow><mi>defaultflops_fp16</mi><mo>=</mo><msub><mi>F</mi><mrow><mi>b</mi><mi>f</mi><mn>16</mn></mrow></msub></mrow></math>","text":"default flops_fp16 = flops_bf16","source":""},{"label":"default flops_fp32","mathml":"<math display=\"block\"><mrow><mi>defaultflops_fp32</mi><mo>=</mo><mfrac><msub><mi>F</mi><mrow><mi>b</mi><mi>f</mi><mn>16</mn></mrow></msub><mn>16</mn></mfrac></mrow></math>","text":"default flops_fp32 = flops_bf16/16","source":""},{"label":"default flops_tf32","mathml":"<math display=\"block\"><mrow><mi>defaultflops_tf32</mi><mo>=</mo><mfrac><msub><mi>F</mi><mrow><mi>b</mi><mi>f</mi><mn>16</mn></mrow></msub><mn>2</mn></mfrac></mrow></math>","text":"default flops_tf32 = flops_bf16/2","source":""},{"label":"default flops_fp8","mathml":"<math display=\"block\"><mrow><mi>defaultflops_fp8</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default flops_fp8 = 0","source":""},{"label":"default intra_node_bandwidth","mathml":"<math display=\"block\"><mrow><mi>defaultintra_node_bandwidth</mi><mo>=</mo><mn>150000000000</mn></mrow></math>","text":"default intra_node_bandwidth = 150000000000","source":""},{"label":"default inter_node_bandwidth","mathml":"<math display=\"block\"><mrow><mi>defaultinter_node_bandwidth</mi><mo>=</mo><mn>25000000000</mn></mrow></math>","text":"default inter_node_bandwidth = 25000000000","source":""},{"label":"default price_per_gpu_hour","mathml":"<math display=\"block\"><mrow><mi>defaultprice_per_gpu_hour</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default price_per_gpu_hour = 0","source":""},{"label":"default sm_count","mathml":"<math display=\"block\"><mrow><mi>defaultsm_count</mi><mo>=</mo><mn>108</mn></mrow></math>","text":"default sm_count = 108","source":""},{"label":"default cuda_context_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultcuda_context_bytes</mi><mo>=</mo><mn>419430400</mn></mrow></math>","text":"default cuda_context_bytes = 419430400","source":""},{"label":"default lazy_modules_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultlazy_modules_bytes</mi><mo>=</mo><mn>268435456</mn></mrow></math>","text":"default lazy_modules_bytes = 268435456","source":""},{"label":"default cublas_workspace_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultcublas_workspace_bytes</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>33554432</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>c</mi><mrow><mi>s</mi><mi>m</mi></mrow></msub><mo>=</mo><mn>90</mn></mtd></mtr><mtr><mtd><mn>8519680</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"default cublas_workspace_bytes = where(sm_version == 90, 33554432, 8519680)","source":""},{"label":"default nccl_channels","mathml":"<math display=\"block\"><mrow><mi>defaultnccl_channels</mi><mo>=</mo><mn>16</mn></mrow></math>","text":"default nccl_channels = 16","source":""},{"label":"default nccl_connections","mathml":"<math display=\"block\"><mrow><mi>defaultnccl_connections</mi><mo>=</mo><mn>3</mn></mrow></math>","text":"default nccl_connections = 3","source":""},{"label":"default nccl_buffer_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultnccl_buffer_bytes</mi><mo>=</mo><mn>9633792</mn></mrow></math>","text":"default nccl_buffer_bytes = 9633792","source":""},{"label":"default nccl_communicator_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultnccl_communicator_bytes</mi><mo>=</mo><msub><mi>B</mi><mrow><mi>n</mi><mi>c</mi><mi>c</mi><mi>l</mi></mrow></msub><msub><mi>n</mi><mrow><mi>c</mi><mi>h</mi></mrow></msub><msub><mi>n</mi><mrow><mi>c</mi><mi>o</mi><mi>n</mi><mi>n</mi></mrow></msub></mrow></math>","text":"default nccl_communicator_bytes = nccl_buffer_bytes*nccl_channels*nccl_connections","source":""},{"label":"default nvls","mathml":"<math display=\"block\"><mrow><mi>defaultnvls</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>1</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>n</mi><mrow><mi>n</mi><mi>o</mi><mi>d</mi><mi>e</mi></mrow></msub><mo>\u2265</mo><mn>8</mn><mo>\u2227</mo><msub><mi>c</mi><mrow><mi>s</mi><mi>m</mi></mrow></msub><mo>\u2265</mo><mn>90</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"default nvls = where((devices_per_node >= 8) and (sm_version >= 90), 1, 0)","source":""},{"label":"default nvls_rank_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultnvls_rank_bytes</mi><mo>=</mo><mn>33554432</mn></mrow></math>","text":"default nvls_rank_bytes = 33554432","source":""},{"label":"default dp","mathml":"<math display=\"block\"><mrow><mi>defaultdp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default dp = 1","source":""},{"label":"default tp","mathml":"<math display=\"block\"><mrow><mi>defaulttp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default tp = 1","source":""},{"label":"default pp","mathml":"<math display=\"block\"><mrow><mi>defaultpp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default pp = 1","source":""},{"label":"default stage","mathml":"<math display=\"block\"><mrow><mi>defaultstage</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default stage = 0","source":""},{"label":"default is_first","mathml":"<math display=\"block\"><mrow><mi>defaultis_first</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>1</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>i</mi><mo>=</mo><mn>0</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"default is_first = where(stage == 0, 1, 0)","source":""},{"label":"default is_last","mathml":"<math display=\"block\"><mrow><mi>defaultis_last</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>1</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>i</mi><mo>=</mo><mi>p</mi><mo>-</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"default is_last = where(stage == -1 + pp, 1, 0)","source":""},{"label":"default linear_params","mathml":"<math display=\"block\"><mrow><mi>defaultlinear_params</mi><mo>=</mo><mo>-</mo><msub><mi>P</mi><mrow><mi>e</mi><mi>m</mi><mi>b</mi></mrow></msub><mo>-</mo><msub><mi>P</mi><mrow><mi>h</mi><mi>e</mi><mi>a</mi><mi>d</mi></mrow></msub><mo>+</mo><mi>P</mi></mrow></math>","text":"default linear_params = params - embedding_params - lm_head_params","source":""},{"label":"default unquantized_params","mathml":"<math display=\"block\"><mrow><mi>defaultunquantized_params</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default unquantized_params = 0","source":""},{"label":"default kv_elements_per_token","mathml":"<math display=\"block\"><mrow><mi>defaultkv_elements_per_token</mi><mo>=</mo><mn>2</mn><msub><mi>d</mi><mi>h</mi></msub><mi>K</mi><mi>L</mi></mrow></math>","text":"default kv_elements_per_token = 2*head_dim*num_layers*num_kv_heads","source":""},{"label":"default mla","mathml":"<math display=\"block\"><mrow><mi>defaultmla</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default mla = 0","source":""},{"label":"default kv_cache_groups","mathml":"<math display=\"block\"><mrow><mi>defaultkv_cache_groups</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default kv_cache_groups = 1","source":""},{"label":"default sliding_window","mathml":"<math display=\"block\"><mrow><mi>defaultsliding_window</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default sliding_window = 0","source":""},{"label":"default attention_layers","mathml":"<math display=\"block\"><mrow><mi>defaultattention_layers</mi><mo>=</mo><mi>L</mi></mrow></math>","text":"default attention_layers = num_layers","source":""},{"label":"default sliding_attention_layers","mathml":"<math display=\"block\"><mrow><mi>defaultsliding_attention_layers</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default sliding_attention_layers = 0","source":""},{"label":"default chunked_attention_layers","mathml":"<math display=\"block\"><mrow><mi>defaultchunked_attention_layers</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default chunked_attention_layers = 0","source":""},{"label":"default kv_elements_per_token_sliding","mathml":"<math display=\"block\"><mrow><mi>defaultkv_elements_per_token_sliding</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default kv_elements_per_token_sliding = 0","source":""},{"label":"default kv_elements_per_token_chunked","mathml":"<math display=\"block\"><mrow><mi>defaultkv_elements_per_token_chunked</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default kv_elements_per_token_chunked = 0","source":""},{"label":"default sliding_window_size","mathml":"<math display=\"block\"><mrow><mi>defaultsliding_window_size</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default sliding_window_size = 0","source":""},{"label":"default attention_chunk_size","mathml":"<math display=\"block\"><mrow><mi>defaultattention_chunk_size</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default attention_chunk_size = 0","source":""},{"label":"default conv_state_elements_per_sequence","mathml":"<math display=\"block\"><mrow><mi>defaultconv_state_elements_per_sequence</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default conv_state_elements_per_sequence = 0","source":""},{"label":"default ssm_state_elements_per_sequence","mathml":"<math display=\"block\"><mrow><mi>defaultssm_state_elements_per_sequence</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default ssm_state_elements_per_sequence = 0","source":""},{"label":"default conv_state_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultconv_state_bytes</mi><mo>=</mo><msub><mi>B</mi><mi>a</mi></msub></mrow></math>","text":"default conv_state_bytes = act_bytes","source":""},{"label":"default ssm_state_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultssm_state_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"default ssm_state_bytes = 4","source":""},{"label":"default context","mathml":"<math display=\"block\"><mrow><mi>defaultcontext</mi><mo>=</mo><msub><mi>n</mi><mrow><mi>c</mi><mi>t</mi><mi>x</mi></mrow></msub></mrow></math>","text":"default context = max_position_embeddings","source":""},{"label":"default gen_tokens","mathml":"<math display=\"block\"><mrow><mi>defaultgen_tokens</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default gen_tokens = 0","source":""},{"label":"default concurrency","mathml":"<math display=\"block\"><mrow><mi>defaultconcurrency</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default concurrency = 1","source":""},{"label":"default llm_class","mathml":"<math display=\"block\"><mrow><mi>defaultllm_class</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default llm_class = 0","source":""},{"label":"default block_size","mathml":"<math display=\"block\"><mrow><mi>defaultblock_size</mi><mo>=</mo><mn>16</mn></mrow></math>","text":"default block_size = 16","source":""},{"label":"default gpu_memory_utilization","mathml":"<math display=\"block\"><mrow><mi>defaultgpu_memory_utilization</mi><mo>=</mo><mfrac><mn>9</mn><mn>10</mn></mfrac></mrow></math>","text":"default gpu_memory_utilization = 9/10","source":""},{"label":"default weight_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultweight_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"default weight_bytes = 2","source":""},{"label":"default kv_scale_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultkv_scale_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default kv_scale_bytes = 0","source":""},{"label":"default act_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultact_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"default act_bytes = 2","source":""},{"label":"default free_fraction_rule","mathml":"<math display=\"block\"><mrow><mi>defaultfree_fraction_rule</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default free_fraction_rule = 0","source":""},{"label":"default peak_flops","mathml":"<math display=\"block\"><mrow><mi>defaultpeak_flops</mi><mo>=</mo><msub><mi>F</mi><mrow><mi>b</mi><mi>f</mi><mn>16</mn></mrow></msub></mrow></math>","text":"default peak_flops = flops_bf16","source":""},{"label":"default matmul_efficiency","mathml":"<math display=\"block\"><mrow><mi>defaultmatmul_efficiency</mi><mo>=</mo><mfrac><mn>3</mn><mn>4</mn></mfrac></mrow></math>","text":"default matmul_efficiency = 3/4","source":""},{"label":"default bandwidth_efficiency","mathml":"<math display=\"block\"><mrow><mi>defaultbandwidth_efficiency</mi><mo>=</mo><mfrac><mn>9</mn><mn>10</mn></mfrac></mrow></math>","text":"default bandwidth_efficiency = 9/10","source":""},{"label":"default attention_flops_share","mathml":"<math display=\"block\"><mrow><mi>defaultattention_flops_share</mi><mo>=</mo><mfrac><mn>1</mn><mn>2</mn></mfrac></mrow></math>","text":"default attention_flops_share = 1/2","source":""},{"label":"default sampler_buffer_rows","mathml":"<math display=\"block\"><mrow><mi>defaultsampler_buffer_rows</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default sampler_buffer_rows = 0","source":""},{"label":"default profile_communicators","mathml":"<math display=\"block\"><mrow><mi>defaultprofile_communicators</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default profile_communicators = 0","source":""},{"label":"default startup_communicators","mathml":"<math display=\"block\"><mrow><mi>defaultstartup_communicators</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default startup_communicators = 0","source":""},{"label":"default allreduce_buffer_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultallreduce_buffer_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default allreduce_buffer_bytes = 0","source":""},{"label":"default cuda_graph_count","mathml":"<math display=\"block\"><mrow><mi>defaultcuda_graph_count</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default cuda_graph_count = 0","source":""},{"label":"default cuda_graph_modes","mathml":"<math display=\"block\"><mrow><mi>defaultcuda_graph_modes</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default cuda_graph_modes = 1","source":""},{"label":"default cuda_graph_tokens","mathml":"<math display=\"block\"><mrow><mi>defaultcuda_graph_tokens</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default cuda_graph_tokens = 0","source":""},{"label":"default sglang_graph_batch","mathml":"<math display=\"block\"><mrow><mi>defaultsglang_graph_batch</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>8</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>M</mi><mo>&lt;</mo><mn>21474836480</mn></mtd></mtr><mtr><mtd><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>80</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>t</mi><mo>\u2265</mo><mn>4</mn></mtd></mtr><mtr><mtd><mn>16</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>M</mi><mo>&lt;</mo><mn>37580963840</mn></mtd></mtr><mtr><mtd><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>160</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>t</mi><mo>\u2265</mo><mn>4</mn></mtd></mtr><mtr><mtd><mn>32</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>M</mi><mo>&lt;</mo><mn>64424509440</mn></mtd></mtr><mtr><mtd><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>512</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>t</mi><mo>\u2265</mo><mn>4</mn></mtd></mtr><mtr><mtd><mn>256</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>M</mi><mo>&lt;</mo><mn>171798691840</mn></mtd></mtr><mtr><mtd><mn>512</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"default sglang_graph_batch = where(memory_usable < 21474836480, 8, where(memory_usable < 37580963840, where(tp >= 4, 80, 16), where(memory_usable < 64424509440, where(tp >= 4, 160, 32), where(memory_usable < 171798691840, where(tp >= 4, 512, 256), 512))))","source":""},{"label":"default sglang_reserved","mathml":"<math display=\"block\"><mrow><mi>defaultsglang_reserved</mi><mo>=</mo><mn>134217728</mn><mi>p</mi><mi>t</mi><mo>+</mo><mn>2097152</mn><msub><mi>n</mi><mrow><mi>s</mi><mi>g</mi><mi>l</mi></mrow></msub><mo>+</mo><mn>1572864</mn><mo>max</mo><mrow><mo>(</mo><mn>2048</mn><mo>,</mo><msub><mi>n</mi><mrow><mi>p</mi><mi>f</mi></mrow></msub><mo>)</mo></mrow><mo>+</mo><mn>536870912</mn></mrow></math>","text":"default sglang_reserved = 536870912 + 1572864*max(2048, prefill_tokens) + 2097152*sglang_graph_batch + 134217728*pp*tp","source":""},{"label":"default graph_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultgraph_bytes</mi><mo>=</mo><mn>6291456</mn></mrow></math>","text":"default graph_bytes = 6291456","source":""},{"label":"runtime=vllm-0.19: budget_fraction","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.19:budget_fraction</mi><mo>=</mo><mi>u</mi></mrow></math>","text":"runtime=vllm-0.19: budget_fraction = gpu_memory_utilization","source":""},{"label":"runtime=vllm-0.19: charge_context","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.19:charge_context</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"runtime=vllm-0.19: charge_context = 0","source":""},{"label":"runtime=vllm-0.19: charge_graphs","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.19:charge_graphs</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"runtime=vllm-0.19: charge_graphs = 0","source":""},{"label":"runtime=vllm-0.19: charge_runtime","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.19:charge_runtime</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"runtime=vllm-0.19: charge_runtime = 1","source":""},{"label":"runtime=vllm-0.19: prefill_tokens","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.19:prefill_tokens</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>16384</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>f</mi><mrow><mi>l</mi><mi>l</mi><mi>m</mi></mrow></msub><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>8192</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>M</mi><mo>\u2265</mo><mn>75161927680</mn><mo>\u2227</mo><msub><mi>c</mi><mrow><mi>s</mi><mi>m</mi></mrow></msub><mo>\u2260</mo><mn>80</mn></mtd></mtr><mtr><mtd><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>8192</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>f</mi><mrow><mi>l</mi><mi>l</mi><mi>m</mi></mrow></msub><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>2048</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"runtime=vllm-0.19: prefill_tokens = where((memory_usable >= 75161927680) and (sm_version != 80), where(llm_class == 1, 16384, 8192), where(llm_class == 1, 8192, 2048))","source":""},{"label":"runtime=vllm-0.19: max_num_seqs","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.19:max_num_seqs</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>1024</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>M</mi><mo>\u2265</mo><mn>75161927680</mn><mo>\u2227</mo><msub><mi>c</mi><mrow><mi>s</mi><mi>m</mi></mrow></msub><mo>\u2260</mo><mn>80</mn></mtd></mtr><mtr><mtd><mn>256</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"runtime=vllm-0.19: max_num_seqs = where((memory_usable >= 75161927680) and (sm_version != 80), 1024, 256)","source":""},{"label":"runtime=vllm-0.19: sampler_rows","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.19:sampler_rows</mi><mo>=</mo><mo>min</mo><mrow><mo>(</mo><msub><mi>n</mi><mrow><mi>s</mi><mi>e</mi><mi>q</mi></mrow></msub><mo>,</mo><msub><mi>n</mi><mrow><mi>p</mi><mi>f</mi></mrow></msub><mo>)</mo></mrow></mrow></math>","text":"runtime=vllm-0.19: sampler_rows = min(max_num_seqs, prefill_tokens)","source":""},{"label":"runtime=vllm-0.19: sampler_bytes","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.19:sampler_bytes</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>12</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>B</mi><mi>a</mi></msub><mo>=</mo><mn>4</mn></mtd></mtr><mtr><mtd><msub><mi>B</mi><mi>a</mi></msub><mo>+</mo><mn>12</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"runtime=vllm-0.19: sampler_bytes = where(act_bytes == 4, 12, 12 + act_bytes)","source":""},{"label":"runtime=vllm-0.19: sampler_buffer_rows","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.19:sampler_buffer_rows</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>n</mi><mrow><mi>s</mi><mi>m</mi></mrow></msub></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>n</mi><mrow><mi>s</mi><mi>m</mi><mi>p</mi></mrow></msub><mo>\u2265</mo><mn>8</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"runtime=vllm-0.19: sampler_buffer_rows = where(sampler_rows >= 8, sm_count, 0)","source":""},{"label":"runtime=vllm-0.19: profile_communicators","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.19:profile_communicators</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"runtime=vllm-0.19: profile_communicators = 2","source":""},{"label":"runtime=vllm-0.19: startup_communicators","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.19:startup_communicators</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"runtime=vllm-0.19: startup_communicators = 1","source":""},{"label":"runtime=vllm-0.19: allreduce_buffer_bytes","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.19:allreduce_buffer_bytes</mi><mo>=</mo><mn>1048576</mn><mrow><mo>(</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>32</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>t</mi><mo>=</mo><mn>4</mn></mtd></mtr><mtr><mtd><mn>64</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>c</mi><mrow><mi>s</mi><mi>m</mi></mrow></msub><mo>=</mo><mn>90</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow><mo>+</mo><mn>8388608</mn></mrow></math>","text":"runtime=vllm-0.19: allreduce_buffer_bytes = 8388608 + 1048576*where(sm_version == 90, where(tp == 4, 32, 64), 0)","source":""},{"label":"runtime=vllm-0.19: cuda_graph_tokens","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.19:cuda_graph_tokens</mi><mo>=</mo><mo>min</mo><mrow><mo>(</mo><mn>512</mn><mo>,</mo><mn>2</mn><msub><mi>n</mi><mrow><mi>s</mi><mi>e</mi><mi>q</mi></mrow></msub><mo>,</mo><msub><mi>n</mi><mrow><mi>p</mi><mi>f</mi></mrow></msub><mo>)</mo></mrow></mrow></math>","text":"runtime=vllm-0.19: cuda_graph_tokens = min(512, prefill_tokens, 2*max_num_seqs)","source":""},{"label":"runtime=vllm-0.19: cuda_graph_count","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.19:cuda_graph_count</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mrow><mo>\u230a</mo><mfrac><msub><mi>n</mi><mrow><mi>c</mi><mi>g</mi><mi>t</mi></mrow></msub><mn>16</mn></mfrac><mo>\u230b</mo></mrow><mo>+</mo><mn>19</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>n</mi><mrow><mi>c</mi><mi>g</mi><mi>t</mi></mrow></msub><mo>\u2265</mo><mn>256</mn></mtd></mtr><mtr><mtd><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>1</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>n</mi><mrow><mi>c</mi><mi>g</mi><mi>t</mi></mrow></msub><mo>\u2265</mo><mn>8</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>+</mo><mrow><mo>\u230a</mo><mfrac><mrow><mo>max</mo><mrow><mo>(</mo><mn>0</mn><mo>,</mo><msub><mi>n</mi><mrow><mi>c</mi><mi>g</mi><mi>t</mi></mrow></msub><mo>-</mo><mn>8</mn><mo>)</mo></mrow></mrow><mn>8</mn></mfrac><mo>\u230b</mo></mrow><mo>+</mo><mn>3</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"runtime=vllm-0.19: cuda_graph_count = where(cuda_graph_tokens >= 256, 19 + floor(cuda_graph_tokens/16), 3 + where(cuda_graph_tokens >= 8, 1, 0) + floor(max(0, -8 + cuda_graph_tokens)/8))","source":""},{"label":"runtime=vllm-0.19: cuda_graph_modes","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.19:cuda_graph_modes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"runtime=vllm-0.19: cuda_graph_modes = 2","source":""},{"label":"runtime=vllm-0.8: budget_fraction","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.8:budget_fraction</mi><mo>=</mo><mi>u</mi></mrow></math>","text":"runtime=vllm-0.8: budget_fraction = gpu_memory_utilization","source":""},{"label":"runtime=vllm-0.8: charge_context","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.8:charge_context</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"runtime=vllm-0.8: charge_context = 1","source":""},{"label":"runtime=vllm-0.8: charge_graphs","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.8:charge_graphs</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"runtime=vllm-0.8: charge_graphs = 0","source":""},{"label":"runtime=vllm-0.8: charge_runtime","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.8:charge_runtime</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"runtime=vllm-0.8: charge_runtime = 1","source":""},{"label":"runtime=vllm-0.8: prefill_tokens","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.8:prefill_tokens</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>16384</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>f</mi><mrow><mi>l</mi><mi>l</mi><mi>m</mi></mrow></msub><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>8192</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>M</mi><mo>\u2265</mo><mn>75161927680</mn></mtd></mtr><mtr><mtd><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>8192</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>f</mi><mrow><mi>l</mi><mi>l</mi><mi>m</mi></mrow></msub><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>2048</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"runtime=vllm-0.8: prefill_tokens = where(memory_usable >= 75161927680, where(llm_class == 1, 16384, 8192), where(llm_class == 1, 8192, 2048))","source":""},{"label":"runtime=vllm-0.8: max_num_seqs","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.8:max_num_seqs</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>1024</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>M</mi><mo>\u2265</mo><mn>75161927680</mn></mtd></mtr><mtr><mtd><mn>256</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"runtime=vllm-0.8: max_num_seqs = where(memory_usable >= 75161927680, 1024, 256)","source":""},{"label":"runtime=vllm-0.8: sampler_rows","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.8:sampler_rows</mi><mo>=</mo><mo>min</mo><mrow><mo>(</mo><msub><mi>n</mi><mrow><mi>s</mi><mi>e</mi><mi>q</mi></mrow></msub><mo>,</mo><msub><mi>n</mi><mrow><mi>p</mi><mi>f</mi></mrow></msub><mo>)</mo></mrow></mrow></math>","text":"runtime=vllm-0.8: sampler_rows = min(max_num_seqs, prefill_tokens)","source":""},{"label":"runtime=vllm-0.8: sampler_bytes","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.8:sampler_bytes</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>12</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>B</mi><mi>a</mi></msub><mo>=</mo><mn>4</mn></mtd></mtr><mtr><mtd><msub><mi>B</mi><mi>a</mi></msub><mo>+</mo><mn>12</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"runtime=vllm-0.8: sampler_bytes = where(act_bytes == 4, 12, 12 + act_bytes)","source":""},{"label":"runtime=vllm-0.8: profile_communicators","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.8:profile_communicators</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"runtime=vllm-0.8: profile_communicators = 2","source":""},{"label":"runtime=vllm-0.8: startup_communicators","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.8:startup_communicators</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"runtime=vllm-0.8: startup_communicators = 1","source":""},{"label":"runtime=vllm-0.8: allreduce_buffer_bytes","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.8:allreduce_buffer_bytes</mi><mo>=</mo><mn>8388608</mn></mrow></math>","text":"runtime=vllm-0.8: allreduce_buffer_bytes = 8388608","source":""},{"label":"runtime=vllm-0.8: cuda_graph_tokens","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.8:cuda_graph_tokens</mi><mo>=</mo><mo>min</mo><mrow><mo>(</mo><mn>512</mn><mo>,</mo><msub><mi>n</mi><mrow><mi>p</mi><mi>f</mi></mrow></msub><mo>)</mo></mrow></mrow></math>","text":"runtime=vllm-0.8: cuda_graph_tokens = min(512, prefill_tokens)","source":""},{"label":"runtime=vllm-0.8: cuda_graph_count","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.8:cuda_graph_count</mi><mo>=</mo><mn>67</mn></mrow></math>","text":"runtime=vllm-0.8: cuda_graph_count = 67","source":""},{"label":"runtime=vllm-0.6: budget_fraction","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.6:budget_fraction</mi><mo>=</mo><mi>u</mi></mrow></math>","text":"runtime=vllm-0.6: budget_fraction = gpu_memory_utilization","source":""},{"label":"runtime=vllm-0.6: charge_context","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.6:charge_context</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"runtime=vllm-0.6: charge_context = 0","source":""},{"label":"runtime=vllm-0.6: charge_graphs","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.6:charge_graphs</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"runtime=vllm-0.6: charge_graphs = 0","source":""},{"label":"runtime=vllm-0.6: charge_runtime","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.6:charge_runtime</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"runtime=vllm-0.6: charge_runtime = 1","source":""},{"label":"runtime=vllm-0.6: prefill_tokens","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.6:prefill_tokens</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>2048</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>n</mi><mo>&gt;</mo><mn>32768</mn></mtd></mtr><mtr><mtd><mo>max</mo><mrow><mo>(</mo><mn>2048</mn><mo>,</mo><mi>n</mi><mo>)</mo></mrow></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"runtime=vllm-0.6: prefill_tokens = where(context > 32768, 2048, max(2048, context))","source":""},{"label":"runtime=vllm-0.6: max_num_seqs","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.6:max_num_seqs</mi><mo>=</mo><mn>256</mn></mrow></math>","text":"runtime=vllm-0.6: max_num_seqs = 256","source":""},{"label":"runtime=vllm-0.6: sampler_rows","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.6:sampler_rows</mi><mo>=</mo><msub><mi>n</mi><mrow><mi>s</mi><mi>e</mi><mi>q</mi></mrow></msub></mrow></math>","text":"runtime=vllm-0.6: sampler_rows = max_num_seqs","source":""},{"label":"runtime=vllm-0.6: sampler_bytes","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.6:sampler_bytes</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>12</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>B</mi><mi>a</mi></msub><mo>=</mo><mn>4</mn></mtd></mtr><mtr><mtd><msub><mi>B</mi><mi>a</mi></msub><mo>+</mo><mn>12</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"runtime=vllm-0.6: sampler_bytes = where(act_bytes == 4, 12, 12 + act_bytes)","source":""},{"label":"runtime=vllm-0.6: profile_communicators","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.6:profile_communicators</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"runtime=vllm-0.6: profile_communicators = 2","source":""},{"label":"runtime=vllm-0.6: startup_communicators","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.6:startup_communicators</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"runtime=vllm-0.6: startup_communicators = 1","source":""},{"label":"runtime=vllm-0.6: allreduce_buffer_bytes","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.6:allreduce_buffer_bytes</mi><mo>=</mo><mn>8388608</mn></mrow></math>","text":"runtime=vllm-0.6: allreduce_buffer_bytes = 8388608","source":""},{"label":"runtime=vllm-0.6: cuda_graph_tokens","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.6:cuda_graph_tokens</mi><mo>=</mo><mo>min</mo><mrow><mo>(</mo><mn>256</mn><mo>,</mo><msub><mi>n</mi><mrow><mi>s</mi><mi>e</mi><mi>q</mi></mrow></msub><mo>)</mo></mrow></mrow></math>","text":"runtime=vllm-0.6: cuda_graph_tokens = min(256, max_num_seqs)","source":""},{"label":"runtime=vllm-0.6: cuda_graph_count","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.6:cuda_graph_count</mi><mo>=</mo><mn>35</mn></mrow></math>","text":"runtime=vllm-0.6: cuda_graph_count = 35","source":""},{"label":"runtime=vllm-0.6.4: budget_fraction","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.6.4:budget_fraction</mi><mo>=</mo><mi>u</mi></mrow></math>","text":"runtime=vllm-0.6.4: budget_fraction = gpu_memory_utilization","source":""},{"label":"runtime=vllm-0.6.4: charge_context","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.6.4:charge_context</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"runtime=vllm-0.6.4: charge_context = 1","source":""},{"label":"runtime=vllm-0.6.4: charge_graphs","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.6.4:charge_graphs</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"runtime=vllm-0.6.4: charge_graphs = 0","source":""},{"label":"runtime=vllm-0.6.4: charge_runtime","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.6.4:charge_runtime</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"runtime=vllm-0.6.4: charge_runtime = 1","source":""},{"label":"runtime=vllm-0.6.4: prefill_tokens","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.6.4:prefill_tokens</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>512</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>n</mi><mo>&gt;</mo><mn>32768</mn></mtd></mtr><mtr><mtd><mo>max</mo><mrow><mo>(</mo><mn>2048</mn><mo>,</mo><mi>n</mi><mo>)</mo></mrow></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"runtime=vllm-0.6.4: prefill_tokens = where(context > 32768, 512, max(2048, context))","source":""},{"label":"runtime=vllm-0.6.4: max_num_seqs","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.6.4:max_num_seqs</mi><mo>=</mo><mn>256</mn></mrow></math>","text":"runtime=vllm-0.6.4: max_num_seqs = 256","source":""},{"label":"runtime=vllm-0.6.4: sampler_rows","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.6.4:sampler_rows</mi><mo>=</mo><msub><mi>n</mi><mrow><mi>s</mi><mi>e</mi><mi>q</mi></mrow></msub></mrow></math>","text":"runtime=vllm-0.6.4: sampler_rows = max_num_seqs","source":""},{"label":"runtime=vllm-0.6.4: sampler_bytes","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.6.4:sampler_bytes</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>12</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>B</mi><mi>a</mi></msub><mo>=</mo><mn>4</mn></mtd></mtr><mtr><mtd><msub><mi>B</mi><mi>a</mi></msub><mo>+</mo><mn>12</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"runtime=vllm-0.6.4: sampler_bytes = where(act_bytes == 4, 12, 12 + act_bytes)","source":""},{"label":"runtime=vllm-0.6.4: profile_communicators","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.6.4:profile_communicators</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"runtime=vllm-0.6.4: profile_communicators = 2","source":""},{"label":"runtime=vllm-0.6.4: startup_communicators","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.6.4:startup_communicators</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"runtime=vllm-0.6.4: startup_communicators = 1","source":""},{"label":"runtime=vllm-0.6.4: allreduce_buffer_bytes","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.6.4:allreduce_buffer_bytes</mi><mo>=</mo><mn>8388608</mn></mrow></math>","text":"runtime=vllm-0.6.4: allreduce_buffer_bytes = 8388608","source":""},{"label":"runtime=vllm-0.6.4: cuda_graph_tokens","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.6.4:cuda_graph_tokens</mi><mo>=</mo><mo>min</mo><mrow><mo>(</mo><mn>256</mn><mo>,</mo><msub><mi>n</mi><mrow><mi>s</mi><mi>e</mi><mi>q</mi></mrow></msub><mo>)</mo></mrow></mrow></math>","text":"runtime=vllm-0.6.4: cuda_graph_tokens = min(256, max_num_seqs)","source":""},{"label":"runtime=vllm-0.6.4: cuda_graph_count","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.6.4:cuda_graph_count</mi><mo>=</mo><mn>35</mn></mrow></math>","text":"runtime=vllm-0.6.4: cuda_graph_count = 35","source":""},{"label":"runtime=vllm-0.4: budget_fraction","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.4:budget_fraction</mi><mo>=</mo><mi>u</mi></mrow></math>","text":"runtime=vllm-0.4: budget_fraction = gpu_memory_utilization","source":""},{"label":"runtime=vllm-0.4: charge_context","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.4:charge_context</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"runtime=vllm-0.4: charge_context = 0","source":""},{"label":"runtime=vllm-0.4: charge_graphs","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.4:charge_graphs</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"runtime=vllm-0.4: charge_graphs = 0","source":""},{"label":"runtime=vllm-0.4: charge_runtime","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.4:charge_runtime</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"runtime=vllm-0.4: charge_runtime = 1","source":""},{"label":"runtime=vllm-0.4: prefill_tokens","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.4:prefill_tokens</mi><mo>=</mo><mo>max</mo><mrow><mo>(</mo><mn>2048</mn><mo>,</mo><mi>n</mi><mo>)</mo></mrow></mrow></math>","text":"runtime=vllm-0.4: prefill_tokens = max(2048, context)","source":""},{"label":"runtime=vllm-0.4: max_num_seqs","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.4:max_num_seqs</mi><mo>=</mo><mn>256</mn></mrow></math>","text":"runtime=vllm-0.4: max_num_seqs = 256","source":""},{"label":"runtime=vllm-0.4: sampler_rows","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.4:sampler_rows</mi><mo>=</mo><msub><mi>n</mi><mrow><mi>s</mi><mi>e</mi><mi>q</mi></mrow></msub></mrow></math>","text":"runtime=vllm-0.4: sampler_rows = max_num_seqs","source":""},{"label":"runtime=vllm-0.4: sampler_bytes","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.4:sampler_bytes</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>12</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>B</mi><mi>a</mi></msub><mo>=</mo><mn>4</mn></mtd></mtr><mtr><mtd><msub><mi>B</mi><mi>a</mi></msub><mo>+</mo><mn>12</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"runtime=vllm-0.4: sampler_bytes = where(act_bytes == 4, 12, 12 + act_bytes)","source":""},{"label":"runtime=vllm-0.4: profile_communicators","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.4:profile_communicators</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"runtime=vllm-0.4: profile_communicators = 2","source":""},{"label":"runtime=vllm-0.4: startup_communicators","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.4:startup_communicators</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"runtime=vllm-0.4: startup_communicators = 1","source":""},{"label":"runtime=vllm-0.4: allreduce_buffer_bytes","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.4:allreduce_buffer_bytes</mi><mo>=</mo><mn>8388608</mn></mrow></math>","text":"runtime=vllm-0.4: allreduce_buffer_bytes = 8388608","source":""},{"label":"runtime=vllm-0.4: cuda_graph_tokens","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.4:cuda_graph_tokens</mi><mo>=</mo><mo>min</mo><mrow><mo>(</mo><mn>256</mn><mo>,</mo><msub><mi>n</mi><mrow><mi>s</mi><mi>e</mi><mi>q</mi></mrow></msub><mo>)</mo></mrow></mrow></math>","text":"runtime=vllm-0.4: cuda_graph_tokens = min(256, max_num_seqs)","source":""},{"label":"runtime=vllm-0.4: cuda_graph_count","mathml":"<math display=\"block\"><mrow><mi>runtime=vllm-0.4:cuda_graph_count</mi><mo>=</mo><mn>35</mn></mrow></math>","text":"runtime=vllm-0.4: cuda_graph_count = 35","source":""},{"label":"runtime=hf-generate: budget_fraction","mathml":"<math display=\"block\"><mrow><mi>runtime=hf-generate:budget_fraction</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"runtime=hf-generate: budget_fraction = 1","source":""},{"label":"runtime=hf-generate: charge_context","mathml":"<math display=\"block\"><mrow><mi>runtime=hf-generate:charge_context</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"runtime=hf-generate: charge_context = 1","source":""},{"label":"runtime=hf-generate: charge_graphs","mathml":"<math display=\"block\"><mrow><mi>runtime=hf-generate:charge_graphs</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"runtime=hf-generate: charge_graphs = 1","source":""},{"label":"runtime=hf-generate: charge_runtime","mathml":"<math display=\"block\"><mrow><mi>runtime=hf-generate:charge_runtime</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"runtime=hf-generate: charge_runtime = 1","source":""},{"label":"runtime=hf-generate: prefill_tokens","mathml":"<math display=\"block\"><mrow><mi>runtime=hf-generate:prefill_tokens</mi><mo>=</mo><mo>max</mo><mrow><mo>(</mo><mn>1</mn><mo>,</mo><mi>c</mi><mrow><mo>(</mo><mi>n</mi><mo>-</mo><msub><mi>n</mi><mrow><mi>g</mi><mi>e</mi><mi>n</mi></mrow></msub><mo>)</mo></mrow><mo>)</mo></mrow></mrow></math>","text":"runtime=hf-generate: prefill_tokens = max(1, concurrency*(context - gen_tokens))","source":""},{"label":"runtime=hf-generate: max_num_seqs","mathml":"<math display=\"block\"><mrow><mi>runtime=hf-generate:max_num_seqs</mi><mo>=</mo><mi>c</mi></mrow></math>","text":"runtime=hf-generate: max_num_seqs = concurrency","source":""},{"label":"runtime=hf-generate: sampler_rows","mathml":"<math display=\"block\"><mrow><mi>runtime=hf-generate:sampler_rows</mi><mo>=</mo><mi>c</mi></mrow></math>","text":"runtime=hf-generate: sampler_rows = concurrency","source":""},{"label":"runtime=hf-generate: sampler_bytes","mathml":"<math display=\"block\"><mrow><mi>runtime=hf-generate:sampler_bytes</mi><mo>=</mo><msub><mi>B</mi><mi>a</mi></msub><mo>+</mo><mn>4</mn></mrow></math>","text":"runtime=hf-generate: sampler_bytes = 4 + act_bytes","source":""},{"label":"runtime=hf-generate: block_size","mathml":"<math display=\"block\"><mrow><mi>runtime=hf-generate:block_size</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"runtime=hf-generate: block_size = 1","source":""},{"label":"runtime=sglang-0.5: budget_fraction","mathml":"<math display=\"block\"><mrow><mi>runtime=sglang-0.5:budget_fraction</mi><mo>=</mo><mfrac><mrow><mi>M</mi><mo>-</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mo>max</mo><mrow><mo>(</mo><mn>10737418240</mn><mo>,</mo><msub><mi>R</mi><mrow><mi>s</mi><mi>g</mi><mi>l</mi></mrow></msub><mo>)</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>M</mi><mo>&gt;</mo><mn>64424509440</mn></mtd></mtr><mtr><mtd><msub><mi>R</mi><mrow><mi>s</mi><mi>g</mi><mi>l</mi></mrow></msub></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow><mi>M</mi></mfrac></mrow></math>","text":"runtime=sglang-0.5: budget_fraction = (memory_usable - where(memory_usable > 64424509440, max(10737418240, sglang_reserved), sglang_reserved))/memory_usable","source":""},{"label":"runtime=sglang-0.5: charge_context","mathml":"<math display=\"block\"><mrow><mi>runtime=sglang-0.5:charge_context</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"runtime=sglang-0.5: charge_context = 1","source":""},{"label":"runtime=sglang-0.5: charge_graphs","mathml":"<math display=\"block\"><mrow><mi>runtime=sglang-0.5:charge_graphs</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"runtime=sglang-0.5: charge_graphs = 0","source":""},{"label":"runtime=sglang-0.5: charge_runtime","mathml":"<math display=\"block\"><mrow><mi>runtime=sglang-0.5:charge_runtime</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"runtime=sglang-0.5: charge_runtime = 0","source":""},{"label":"runtime=sglang-0.5: prefill_tokens","mathml":"<math display=\"block\"><mrow><mi>runtime=sglang-0.5:prefill_tokens</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>2048</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>M</mi><mo>&lt;</mo><mn>21474836480</mn></mtd></mtr><mtr><mtd><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>2048</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>M</mi><mo>&lt;</mo><mn>37580963840</mn></mtd></mtr><mtr><mtd><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>4096</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>M</mi><mo>&lt;</mo><mn>64424509440</mn></mtd></mtr><mtr><mtd><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>8192</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>M</mi><mo>&lt;</mo><mn>171798691840</mn></mtd></mtr><mtr><mtd><mn>16384</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"runtime=sglang-0.5: prefill_tokens = where(memory_usable < 21474836480, 2048, where(memory_usable < 37580963840, 2048, where(memory_usable < 64424509440, 4096, where(memory_usable < 171798691840, 8192, 16384))))","source":""},{"label":"runtime=sglang-0.5: max_num_seqs","mathml":"<math display=\"block\"><mrow><mi>runtime=sglang-0.5:max_num_seqs</mi><mo>=</mo><msub><mi>n</mi><mrow><mi>s</mi><mi>g</mi><mi>l</mi></mrow></msub></mrow></math>","text":"runtime=sglang-0.5: max_num_seqs = sglang_graph_batch","source":""},{"label":"runtime=sglang-0.5: sampler_rows","mathml":"<math display=\"block\"><mrow><mi>runtime=sglang-0.5:sampler_rows</mi><mo>=</mo><mo>min</mo><mrow><mo>(</mo><msub><mi>n</mi><mrow><mi>s</mi><mi>e</mi><mi>q</mi></mrow></msub><mo>,</mo><msub><mi>n</mi><mrow><mi>p</mi><mi>f</mi></mrow></msub><mo>)</mo></mrow></mrow></math>","text":"runtime=sglang-0.5: sampler_rows = min(max_num_seqs, prefill_tokens)","source":""},{"label":"runtime=sglang-0.5: sampler_bytes","mathml":"<math display=\"block\"><mrow><mi>runtime=sglang-0.5:sampler_bytes</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>12</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>B</mi><mi>a</mi></msub><mo>=</mo><mn>4</mn></mtd></mtr><mtr><mtd><msub><mi>B</mi><mi>a</mi></msub><mo>+</mo><mn>12</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"runtime=sglang-0.5: sampler_bytes = where(act_bytes == 4, 12, 12 + act_bytes)","source":""},{"label":"runtime=sglang-0.5: profile_communicators","mathml":"<math display=\"block\"><mrow><mi>runtime=sglang-0.5:profile_communicators</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"runtime=sglang-0.5: profile_communicators = 1","source":""},{"label":"runtime=sglang-0.5: startup_communicators","mathml":"<math display=\"block\"><mrow><mi>runtime=sglang-0.5:startup_communicators</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"runtime=sglang-0.5: startup_communicators = 1","source":""},{"label":"runtime=sglang-0.5: cuda_graph_tokens","mathml":"<math display=\"block\"><mrow><mi>runtime=sglang-0.5:cuda_graph_tokens</mi><mo>=</mo><msub><mi>n</mi><mrow><mi>s</mi><mi>g</mi><mi>l</mi></mrow></msub></mrow></math>","text":"runtime=sglang-0.5: cuda_graph_tokens = sglang_graph_batch","source":""},{"label":"runtime=sglang-0.5: cuda_graph_count","mathml":"<math display=\"block\"><mrow><mi>runtime=sglang-0.5:cuda_graph_count</mi><mo>=</mo><mfrac><msub><mi>n</mi><mrow><mi>s</mi><mi>g</mi><mi>l</mi></mrow></msub><mn>8</mn></mfrac><mo>+</mo><mn>3</mn></mrow></math>","text":"runtime=sglang-0.5: cuda_graph_count = 3 + sglang_graph_batch/8","source":""},{"label":"runtime=sglang-0.5: block_size","mathml":"<math display=\"block\"><mrow><mi>runtime=sglang-0.5:block_size</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"runtime=sglang-0.5: block_size = 1","source":""},{"label":"runtime=trtllm: budget_fraction","mathml":"<math display=\"block\"><mrow><mi>runtime=trtllm:budget_fraction</mi><mo>=</mo><mfrac><mn>9</mn><mn>10</mn></mfrac></mrow></math>","text":"runtime=trtllm: budget_fraction = 9/10","source":""},{"label":"runtime=trtllm: free_fraction_rule","mathml":"<math display=\"block\"><mrow><mi>runtime=trtllm:free_fraction_rule</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"runtime=trtllm: free_fraction_rule = 1","source":""},{"label":"runtime=trtllm: charge_context","mathml":"<math display=\"block\"><mrow><mi>runtime=trtllm:charge_context</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"runtime=trtllm: charge_context = 1","source":""},{"label":"runtime=trtllm: charge_graphs","mathml":"<math display=\"block\"><mrow><mi>runtime=trtllm:charge_graphs</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"runtime=trtllm: charge_graphs = 1","source":""},{"label":"runtime=trtllm: charge_runtime","mathml":"<math display=\"block\"><mrow><mi>runtime=trtllm:charge_runtime</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"runtime=trtllm: charge_runtime = 1","source":""},{"label":"runtime=trtllm: prefill_tokens","mathml":"<math display=\"block\"><mrow><mi>runtime=trtllm:prefill_tokens</mi><mo>=</mo><mn>8192</mn></mrow></math>","text":"runtime=trtllm: prefill_tokens = 8192","source":""},{"label":"runtime=trtllm: max_num_seqs","mathml":"<math display=\"block\"><mrow><mi>runtime=trtllm:max_num_seqs</mi><mo>=</mo><mn>2048</mn></mrow></math>","text":"runtime=trtllm: max_num_seqs = 2048","source":""},{"label":"runtime=trtllm: sampler_rows","mathml":"<math display=\"block\"><mrow><mi>runtime=trtllm:sampler_rows</mi><mo>=</mo><mo>min</mo><mrow><mo>(</mo><msub><mi>n</mi><mrow><mi>s</mi><mi>e</mi><mi>q</mi></mrow></msub><mo>,</mo><msub><mi>n</mi><mrow><mi>p</mi><mi>f</mi></mrow></msub><mo>)</mo></mrow></mrow></math>","text":"runtime=trtllm: sampler_rows = min(max_num_seqs, prefill_tokens)","source":""},{"label":"runtime=trtllm: sampler_bytes","mathml":"<math display=\"block\"><mrow><mi>runtime=trtllm:sampler_bytes</mi><mo>=</mo><msub><mi>B</mi><mi>a</mi></msub><mo>+</mo><mn>4</mn></mrow></math>","text":"runtime=trtllm: sampler_bytes = 4 + act_bytes","source":""},{"label":"runtime=trtllm: profile_communicators","mathml":"<math display=\"block\"><mrow><mi>runtime=trtllm:profile_communicators</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"runtime=trtllm: profile_communicators = 1","source":""},{"label":"runtime=trtllm: startup_communicators","mathml":"<math display=\"block\"><mrow><mi>runtime=trtllm:startup_communicators</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"runtime=trtllm: startup_communicators = 1","source":""},{"label":"runtime=trtllm: block_size","mathml":"<math display=\"block\"><mrow><mi>runtime=trtllm:block_size</mi><mo>=</mo><mn>32</mn></mrow></math>","text":"runtime=trtllm: block_size = 32","source":""},{"label":"quant=bf16: quant_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=bf16:quant_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"quant=bf16: quant_bytes = 2","source":""},{"label":"quant=fp32: quant_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=fp32:quant_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"quant=fp32: quant_bytes = 4","source":""},{"label":"quant=fp32: weight_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=fp32:weight_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"quant=fp32: weight_bytes = 4","source":""},{"label":"quant=fp32: act_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=fp32:act_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"quant=fp32: act_bytes = 4","source":""},{"label":"quant=fp8: quant_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=fp8:quant_bytes</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"quant=fp8: quant_bytes = 1","source":""},{"label":"quant=int8: quant_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=int8:quant_bytes</mi><mo>=</mo><mn>1</mn><mo>+</mo><mfrac><mn>4</mn><mi>d</mi></mfrac></mrow></math>","text":"quant=int8: quant_bytes = 1 + 4/hidden_size","source":""},{"label":"quant=awq: quant_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=awq:quant_bytes</mi><mo>=</mo><mfrac><mn>133</mn><mn>256</mn></mfrac></mrow></math>","text":"quant=awq: quant_bytes = 133/256","source":""},{"label":"quant=gptq: quant_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=gptq:quant_bytes</mi><mo>=</mo><mfrac><mn>133</mn><mn>256</mn></mfrac><mo>+</mo><mfrac><mn>4</mn><mi>d</mi></mfrac></mrow></math>","text":"quant=gptq: quant_bytes = 133/256 + 4/hidden_size","source":""},{"label":"quant=nf4: quant_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=nf4:quant_bytes</mi><mo>=</mo><mfrac><mn>9</mn><mn>16</mn></mfrac></mrow></math>","text":"quant=nf4: quant_bytes = 9/16","source":""},{"label":"quant=nf4-dq: quant_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=nf4-dq:quant_bytes</mi><mo>=</mo><mfrac><mn>2113</mn><mn>4096</mn></mfrac></mrow></math>","text":"quant=nf4-dq: quant_bytes = 2113/4096","source":""},{"label":"kv_dtype=bf16: kv_bytes","mathml":"<math display=\"block\"><mrow><mi>kv_dtype=bf16:kv_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"kv_dtype=bf16: kv_bytes = 2","source":""},{"label":"kv_dtype=bf16: kv_scale_bytes","mathml":"<math display=\"block\"><mrow><mi>kv_dtype=bf16:kv_scale_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"kv_dtype=bf16: kv_scale_bytes = 0","source":""},{"label":"kv_dtype=fp32: kv_bytes","mathml":"<math display=\"block\"><mrow><mi>kv_dtype=fp32:kv_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"kv_dtype=fp32: kv_bytes = 4","source":""},{"label":"kv_dtype=fp32: kv_scale_bytes","mathml":"<math display=\"block\"><mrow><mi>kv_dtype=fp32:kv_scale_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"kv_dtype=fp32: kv_scale_bytes = 0","source":""},{"label":"kv_dtype=fp8: kv_bytes","mathml":"<math display=\"block\"><mrow><mi>kv_dtype=fp8:kv_bytes</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"kv_dtype=fp8: kv_bytes = 1","source":""},{"label":"kv_dtype=fp8: kv_scale_bytes","mathml":"<math display=\"block\"><mrow><mi>kv_dtype=fp8:kv_scale_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"kv_dtype=fp8: kv_scale_bytes = 0","source":""},{"label":"kv_dtype=int8: kv_bytes","mathml":"<math display=\"block\"><mrow><mi>kv_dtype=int8:kv_bytes</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"kv_dtype=int8: kv_bytes = 1","source":""},{"label":"kv_dtype=int8: kv_scale_bytes","mathml":"<math display=\"block\"><mrow><mi>kv_dtype=int8:kv_scale_bytes</mi><mo>=</mo><mn>8</mn></mrow></math>","text":"kv_dtype=int8: kv_scale_bytes = 8","source":""},{"label":"attention=flash: eager_attention","mathml":"<math display=\"block\"><mrow><mi>attention=flash:eager_attention</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"attention=flash: eager_attention = 0","source":""},{"label":"attention=sdpa: eager_attention","mathml":"<math display=\"block\"><mrow><mi>attention=sdpa:eager_attention</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"attention=sdpa: eager_attention = 0","source":""},{"label":"attention=eager: eager_attention","mathml":"<math display=\"block\"><mrow><mi>attention=eager:eager_attention</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"attention=eager: eager_attention = 1","source":""}],"mode":"infer","assumptions":[],"shown":["dp","tp","pp","context","concurrency"],"layout":{"axes":[{"role":"data","symbol":"dp","values":[],"keep":false,"stage":"","stages":0},{"role":"tensor","symbol":"tp","values":[1,2,4,8,16,32,64],"keep":true,"stage":"","stages":0},{"role":"pipeline","symbol":"pp","values":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64],"keep":true,"stage":"stage","stages":2}],"constraints":[{"name":"tp_splits_heads","message":"does not divide num_heads = {num_heads}: tensor parallelism splits the heads evenly","symbol":"tp","needs":["num_heads"]},{"name":"tp_splits_kv_heads","message":"does not divide num_kv_heads = {num_kv_heads}, and is not a multiple of it (vLLM replicates key/value heads then)","symbol":"tp","needs":["num_kv_heads"]}]},"limits":[{"name":"context","at_most":"max_position_embeddings","note":"vLLM serves at most the model's own context, max_model_len; a longer one needs rope scaling"},{"name":"concurrency","at_most":null,"note":""},{"name":"params","at_most":null,"note":""}],"reports":[{"name":"kv_blocks","when":true}],"views":[{"name":"runtime","minus":[],"capacity":"","decides":true,"description":"What the runtime counts against its budget (gpu_memory_utilization, mem_fraction_static...): it refuses to start, or to hold the sequences, beyond it","source":"the runtime option"},{"name":"device","minus":[],"capacity":"memory_usable","decides":true,"description":"What nvidia-smi shows - everything, against the whole GPU","source":""},{"name":"allocated","minus":["non_torch","startup"],"capacity":"memory_usable","decides":false,"description":"What torch allocates (weights, the cache, the profile peak, the CUDA graph pool)","source":""}],"program_meta":[{"i":["params","active_params","embedding_params","lm_head_params","vocab_size","hidden_size","num_layers","num_heads","num_kv_heads","head_dim","intermediate_size","mlp_activation_width","num_experts_per_tok","moe_intermediate_size","logit_width","logit_positions","tie_word_embeddings","max_position_embeddings","devices_per_node","sm_version","memory_bandwidth","flops_bf16","flops_fp16","flops_fp32","flops_tf32","flops_fp8","intra_node_bandwidth","inter_node_bandwidth","price_per_gpu_hour","sm_count","cuda_context_bytes","lazy_modules_bytes","cublas_workspace_bytes","nccl_channels","nccl_connections","nccl_buffer_bytes","nccl_communicator_bytes","nvls","nvls_rank_bytes","dp","tp","pp","stage","is_first","is_last","linear_params","unquantized_params","kv_elements_per_token","mla","kv_cache_groups","sliding_window","attention_layers","sliding_attention_layers","chunked_attention_layers","kv_elements_per_token_sliding","kv_elements_per_token_chunked","sliding_window_size","attention_chunk_size","conv_state_elements_per_sequence","ssm_state_elements_per_sequence","conv_state_bytes","ssm_state_bytes","memory_usable","context","gen_tokens","concurrency","prefill_tokens","max_num_seqs","llm_class","block_size","gpu_memory_utilization","quant_bytes","weight_bytes","kv_bytes","kv_scale_bytes","act_bytes","eager_attention","budget_fraction","charge_context","charge_graphs","charge_runtime","free_fraction_rule","sampler_rows","sampler_bytes","peak_flops","matmul_efficiency","bandwidth_efficiency","attention_flops_share","sampler_buffer_rows","profile_communicators","startup_communicators","allreduce_buffer_bytes","cuda_graph_count","cuda_graph_modes","cuda_graph_tokens","sglang_graph_batch","sglang_reserved","graph_bytes"],"o":["@q:weights","@d:cached_tokens","@d:blocks_per_sequence","@d:chunked_blocks_per_sequence","@d:kv_heads_per_gpu","@d:kv_gpu_share","@d:kv_token_bytes_chunked","@d:kv_token_bytes_full","@d:kv_token_bytes_sliding","@d:sliding_blocks_per_sequence","@q:kv_cache/attention","@d:state_bytes_per_sequence","@q:kv_cache/state","@q:kv_cache","@d:forward_peak","@d:moe_workspace","@d:sampler_peak","@q:activations","@q:non_torch/kernels","@q:non_torch/nccl","@q:non_torch/allreduce_buffers","@q:non_torch","@d:cuda_graph_first","@q:cuda_graphs","@q:startup/cuda_context","@q:startup/startup_nccl","@q:startup","@q:","@d:capacity","@d:kv_elements_per_gpu_token","@d:kv_scale_tokens","@d:kv_local_layers","@d:kv_group_layers","@d:kv_groups","@d:kv_bytes_per_token","@d:page_bytes","@d:kv_available","@d:kv_state_share","@d:kv_blocks","@d:kv_tokens","@d:matmul_params","@d:prompt_tokens","@d:prefill_flops","@d:prefill_compute_seconds","@d:prefill_memory_seconds","@d:prefill_seconds","@d:decode_tokens","@d:decode_kv_bytes","@d:decode_compute_seconds","@d:decode_memory_seconds","@d:decode_step_seconds","@d:decode_tokens_per_second","@d:tokens_per_second_per_user","@p:serving"],"c":null},{"i":["params"],"o":["active_params"],"c":null},{"i":[],"o":["hidden_size"],"c":"0"},{"i":[],"o":["vocab_size"],"c":"0"},{"i":["hidden_size","vocab_size"],"o":["embedding_params"],"c":null},{"i":[],"o":["tie_word_embeddings"],"c":"0"},{"i":["hidden_size","tie_word_embeddings","vocab_size"],"o":["lm_head_params"],"c":null},{"i":[],"o":["num_layers"],"c":"0"},{"i":["hidden_size"],"o":["num_heads"],"c":null},{"i":["num_heads"],"o":["num_kv_heads"],"c":null},{"i":["hidden_size","num_heads"],"o":["head_dim"],"c":null},{"i":["hidden_size"],"o":["intermediate_size"],"c":null},{"i":["intermediate_size"],"o":["mlp_activation_width"],"c":null},{"i":[],"o":["num_experts_per_tok"],"c":"0"},{"i":["intermediate_size"],"o":["moe_intermediate_size"],"c":null},{"i":["vocab_size"],"o":["logit_width"],"c":null},{"i":[],"o":["logit_positions"],"c":"0"},{"i":[],"o":["max_position_embeddings"],"c":"2048"},{"i":[],"o":["devices_per_node"],"c":"8"},{"i":[],"o":["sm_version"],"c":"80"},{"i":[],"o":["memory_bandwidth"],"c":"2000000000000"},{"i":[],"o":["flops_bf16"],"c":"312000000000000"},{"i":["flops_bf16"],"o":["flops_fp16"],"c":null},{"i":["flops_bf16"],"o":["flops_fp32"],"c":null},{"i":["flops_bf16"],"o":["flops_tf32"],"c":null},{"i":[],"o":["flops_fp8"],"c":"0"},{"i":[],"o":["intra_node_bandwidth"],"c":"150000000000"},{"i":[],"o":["inter_node_bandwidth"],"c":"25000000000"},{"i":[],"o":["price_per_gpu_hour"],"c":"0"},{"i":[],"o":["sm_count"],"c":"108"},{"i":[],"o":["cuda_context_bytes"],"c":"419430400"},{"i":[],"o":["lazy_modules_bytes"],"c":"268435456"},{"i":["sm_version"],"o":["cublas_workspace_bytes"],"c":null},{"i":[],"o":["nccl_channels"],"c":"16"},{"i":[],"o":["nccl_connections"],"c":"3"},{"i":[],"o":["nccl_buffer_bytes"],"c":"9633792"},{"i":["nccl_buffer_bytes","nccl_channels","nccl_connections"],"o":["nccl_communicator_bytes"],"c":null},{"i":["devices_per_node","sm_version"],"o":["nvls"],"c":null},{"i":[],"o":["nvls_rank_bytes"],"c":"33554432"},{"i":[],"o":["dp"],"c":"1"},{"i":[],"o":["tp"],"c":"1"},{"i":[],"o":["pp"],"c":"1"},{"i":[],"o":["stage"],"c":"0"},{"i":["stage"],"o":["is_first"],"c":null},{"i":["pp","stage"],"o":["is_last"],"c":null},{"i":["embedding_params","lm_head_params","params"],"o":["linear_params"],"c":null},{"i":[],"o":["unquantized_params"],"c":"0"},{"i":["head_dim","num_kv_heads","num_layers"],"o":["kv_elements_per_token"],"c":null},{"i":[],"o":["mla"],"c":"0"},{"i":[],"o":["kv_cache_groups"],"c":"1"},{"i":[],"o":["sliding_window"],"c":"0"},{"i":["num_layers"],"o":["attention_layers"],"c":null},{"i":[],"o":["sliding_attention_layers"],"c":"0"},{"i":[],"o":["chunked_attention_layers"],"c":"0"},{"i":[],"o":["kv_elements_per_token_sliding"],"c":"0"},{"i":[],"o":["kv_elements_per_token_chunked"],"c":"0"},{"i":[],"o":["sliding_window_size"],"c":"0"},{"i":[],"o":["attention_chunk_size"],"c":"0"},{"i":[],"o":["conv_state_elements_per_sequence"],"c":"0"},{"i":[],"o":["ssm_state_elements_per_sequence"],"c":"0"},{"i":[],"o":["act_bytes"],"c":"2"},{"i":["act_bytes"],"o":["conv_state_bytes"],"c":null},{"i":[],"o":["ssm_state_bytes"],"c":"4"},{"i":["max_position_embeddings"],"o":["context"],"c":null},{"i":[],"o":["gen_tokens"],"c":"0"},{"i":[],"o":["concurrency"],"c":"1"},{"i":[],"o":["llm_class"],"c":"0"},{"i":[],"o":["block_size"],"c":"16"},{"i":[],"o":["gpu_memory_utilization"],"c":"9/10"},{"i":[],"o":["weight_bytes"],"c":"2"},{"i":[],"o":["kv_scale_bytes"],"c":"0"},{"i":[],"o":["free_fraction_rule"],"c":"0"},{"i":["flops_bf16"],"o":["peak_flops"],"c":null},{"i":[],"o":["matmul_efficiency"],"c":"3/4"},{"i":[],"o":["bandwidth_efficiency"],"c":"9/10"},{"i":[],"o":["attention_flops_share"],"c":"1/2"},{"i":[],"o":["sampler_buffer_rows"],"c":"0"},{"i":[],"o":["profile_communicators"],"c":"0"},{"i":[],"o":["startup_communicators"],"c":"0"},{"i":[],"o":["allreduce_buffer_bytes"],"c":"0"},{"i":[],"o":["cuda_graph_count"],"c":"0"},{"i":[],"o":["cuda_graph_modes"],"c":"1"},{"i":[],"o":["cuda_graph_tokens"],"c":"0"},{"i":["memory_usable","tp"],"o":["sglang_graph_batch"],"c":null},{"i":["pp","prefill_tokens","sglang_graph_batch","tp"],"o":["sglang_reserved"],"c":null},{"i":[],"o":["graph_bytes"],"c":"6291456"},{"i":["gpu_memory_utilization"],"o":["budget_fraction"],"c":null},{"i":[],"o":["charge_context"],"c":"0"},{"i":[],"o":["charge_graphs"],"c":"0"},{"i":[],"o":["charge_runtime"],"c":"1"},{"i":["llm_class","memory_usable","sm_version"],"o":["prefill_tokens"],"c":null},{"i":["memory_usable","sm_version"],"o":["max_num_seqs"],"c":null},{"i":["max_num_seqs","prefill_tokens"],"o":["sampler_rows"],"c":null},{"i":["act_bytes"],"o":["sampler_bytes"],"c":null},{"i":["sampler_rows","sm_count"],"o":["sampler_buffer_rows"],"c":null},{"i":[],"o":["profile_communicators"],"c":"2"},{"i":[],"o":["startup_communicators"],"c":"1"},{"i":["sm_version","tp"],"o":["allreduce_buffer_bytes"],"c":null},{"i":["max_num_seqs","prefill_tokens"],"o":["cuda_graph_tokens"],"c":null},{"i":["cuda_graph_tokens"],"o":["cuda_graph_count"],"c":null},{"i":[],"o":["cuda_graph_modes"],"c":"2"},{"i":["gpu_memory_utilization"],"o":["budget_fraction"],"c":null},{"i":[],"o":["charge_context"],"c":"1"},{"i":[],"o":["charge_graphs"],"c":"0"},{"i":[],"o":["charge_runtime"],"c":"1"},{"i":["llm_class","memory_usable"],"o":["prefill_tokens"],"c":null},{"i":["memory_usable"],"o":["max_num_seqs"],"c":null},{"i":["max_num_seqs","prefill_tokens"],"o":["sampler_rows"],"c":null},{"i":["act_bytes"],"o":["sampler_bytes"],"c":null},{"i":[],"o":["profile_communicators"],"c":"2"},{"i":[],"o":["startup_communicators"],"c":"1"},{"i":[],"o":["allreduce_buffer_bytes"],"c":"8388608"},{"i":["prefill_tokens"],"o":["cuda_graph_tokens"],"c":null},{"i":[],"o":["cuda_graph_count"],"c":"67"},{"i":["gpu_memory_utilization"],"o":["budget_fraction"],"c":null},{"i":[],"o":["charge_context"],"c":"0"},{"i":[],"o":["charge_graphs"],"c":"0"},{"i":[],"o":["charge_runtime"],"c":"1"},{"i":["context"],"o":["prefill_tokens"],"c":null},{"i":[],"o":["max_num_seqs"],"c":"256"},{"i":["max_num_seqs"],"o":["sampler_rows"],"c":null},{"i":["act_bytes"],"o":["sampler_bytes"],"c":null},{"i":[],"o":["profile_communicators"],"c":"2"},{"i":[],"o":["startup_communicators"],"c":"1"},{"i":[],"o":["allreduce_buffer_bytes"],"c":"8388608"},{"i":["max_num_seqs"],"o":["cuda_graph_tokens"],"c":null},{"i":[],"o":["cuda_graph_count"],"c":"35"},{"i":["gpu_memory_utilization"],"o":["budget_fraction"],"c":null},{"i":[],"o":["charge_context"],"c":"1"},{"i":[],"o":["charge_graphs"],"c":"0"},{"i":[],"o":["charge_runtime"],"c":"1"},{"i":["context"],"o":["prefill_tokens"],"c":null},{"i":[],"o":["max_num_seqs"],"c":"256"},{"i":["max_num_seqs"],"o":["sampler_rows"],"c":null},{"i":["act_bytes"],"o":["sampler_bytes"],"c":null},{"i":[],"o":["profile_communicators"],"c":"2"},{"i":[],"o":["startup_communicators"],"c":"1"},{"i":[],"o":["allreduce_buffer_bytes"],"c":"8388608"},{"i":["max_num_seqs"],"o":["cuda_graph_tokens"],"c":null},{"i":[],"o":["cuda_graph_count"],"c":"35"},{"i":["gpu_memory_utilization"],"o":["budget_fraction"],"c":null},{"i":[],"o":["charge_context"],"c":"0"},{"i":[],"o":["charge_graphs"],"c":"0"},{"i":[],"o":["charge_runtime"],"c":"1"},{"i":["context"],"o":["prefill_tokens"],"c":null},{"i":[],"o":["max_num_seqs"],"c":"256"},{"i":["max_num_seqs"],"o":["sampler_rows"],"c":null},{"i":["act_bytes"],"o":["sampler_bytes"],"c":null},{"i":[],"o":["profile_communicators"],"c":"2"},{"i":[],"o":["startup_communicators"],"c":"1"},{"i":[],"o":["allreduce_buffer_bytes"],"c":"8388608"},{"i":["max_num_seqs"],"o":["cuda_graph_tokens"],"c":null},{"i":[],"o":["cuda_graph_count"],"c":"35"},{"i":[],"o":["budget_fraction"],"c":"1"},{"i":[],"o":["charge_context"],"c":"1"},{"i":[],"o":["charge_graphs"],"c":"1"},{"i":[],"o":["charge_runtime"],"c":"1"},{"i":["concurrency","context","gen_tokens"],"o":["prefill_tokens"],"c":null},{"i":["concurrency"],"o":["max_num_seqs"],"c":null},{"i":["concurrency"],"o":["sampler_rows"],"c":null},{"i":["act_bytes"],"o":["sampler_bytes"],"c":null},{"i":[],"o":["block_size"],"c":"1"},{"i":["memory_usable","sglang_reserved"],"o":["budget_fraction"],"c":null},{"i":[],"o":["charge_context"],"c":"1"},{"i":[],"o":["charge_graphs"],"c":"0"},{"i":[],"o":["charge_runtime"],"c":"0"},{"i":["memory_usable"],"o":["prefill_tokens"],"c":null},{"i":["sglang_graph_batch"],"o":["max_num_seqs"],"c":null},{"i":["max_num_seqs","prefill_tokens"],"o":["sampler_rows"],"c":null},{"i":["act_bytes"],"o":["sampler_bytes"],"c":null},{"i":[],"o":["profile_communicators"],"c":"1"},{"i":[],"o":["startup_communicators"],"c":"1"},{"i":["sglang_graph_batch"],"o":["cuda_graph_tokens"],"c":null},{"i":["sglang_graph_batch"],"o":["cuda_graph_count"],"c":null},{"i":[],"o":["block_size"],"c":"1"},{"i":[],"o":["budget_fraction"],"c":"9/10"},{"i":[],"o":["free_fraction_rule"],"c":"1"},{"i":[],"o":["charge_context"],"c":"1"},{"i":[],"o":["charge_graphs"],"c":"1"},{"i":[],"o":["charge_runtime"],"c":"1"},{"i":[],"o":["prefill_tokens"],"c":"8192"},{"i":[],"o":["max_num_seqs"],"c":"2048"},{"i":["max_num_seqs","prefill_tokens"],"o":["sampler_rows"],"c":null},{"i":["act_bytes"],"o":["sampler_bytes"],"c":null},{"i":[],"o":["profile_communicators"],"c":"1"},{"i":[],"o":["startup_communicators"],"c":"1"},{"i":[],"o":["block_size"],"c":"32"},{"i":[],"o":["quant_bytes"],"c":"2"},{"i":[],"o":["quant_bytes"],"c":"4"},{"i":[],"o":["weight_bytes"],"c":"4"},{"i":[],"o":["act_bytes"],"c":"4"},{"i":[],"o":["quant_bytes"],"c":"1"},{"i":["hidden_size"],"o":["quant_bytes"],"c":null},{"i":[],"o":["quant_bytes"],"c":"133/256"},{"i":["hidden_size"],"o":["quant_bytes"],"c":null},{"i":[],"o":["quant_bytes"],"c":"9/16"},{"i":[],"o":["quant_bytes"],"c":"2113/4096"},{"i":[],"o":["kv_bytes"],"c":"2"},{"i":[],"o":["kv_scale_bytes"],"c":"0"},{"i":[],"o":["kv_bytes"],"c":"4"},{"i":[],"o":["kv_scale_bytes"],"c":"0"},{"i":[],"o":["kv_bytes"],"c":"1"},{"i":[],"o":["kv_scale_bytes"],"c":"0"},{"i":[],"o":["kv_bytes"],"c":"1"},{"i":[],"o":["kv_scale_bytes"],"c":"8"},{"i":[],"o":["eager_attention"],"c":"0"},{"i":[],"o":["eager_attention"],"c":"0"},{"i":[],"o":["eager_attention"],"c":"1"},{"i":[],"o":["weights","kv_cache/attention","kv_cache/state","activations","non_torch/kernels","non_torch/nccl","non_torch/allreduce_buffers","cuda_graphs","startup/cuda_context","startup/startup_nccl"],"c":null},{"i":["num_heads","tp"],"o":["constraint:tp_splits_heads"],"c":null},{"i":["num_kv_heads","tp"],"o":["constraint:tp_splits_kv_heads"],"c":null},{"i":["devices_per_node","tp"],"o":["keep:tensor"],"c":null},{"i":["num_layers","pp"],"o":["keep:pipeline"],"c":null},{"i":[],"o":["stage:pipeline:0"],"c":"0"},{"i":["pp"],"o":["stage:pipeline:1"],"c":null},{"i":["max_position_embeddings"],"o":["at_most:context"],"c":null},{"i":["page_bytes"],"o":["when:kv_blocks"],"c":null},{"i":["dp","pp","price_per_gpu_hour","tp"],"o":["plan:value:cost"],"c":null},{"i":["dp","pp","tp"],"o":["plan:value:gpus"],"c":null},{"i":["decode_step_seconds"],"o":["plan:value:time"],"c":null},{"i":["price_per_gpu_hour"],"o":["plan:when:cost"],"c":null},{"i":["prefill_seconds"],"o":["plan:target:ttft"],"c":null},{"i":["decode_step_seconds"],"o":["plan:target:tpot"],"c":null}]},
function ({_Z, _Q, _add, _mul, _pow, _powq, _inv, _mod, _lt, _le, _gt, _ge, _eq, _ne, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59, v60, v61, v62, v63, v64, v65, v66, v67, v68, v69, v70, v71, v72, v73, v74, v75, v76, v77, v78, v79, v80, v81, v82, v83, v84, v85, v86, v87, v88, v89, v90, v91, v92, v93, v94, v95, v96, v97) {
  let v98 = _add(_mul(v72, _inv(_pow(v40, 1)), _add(_mul(v2, v43), _mul(v44, (_and(_eq(v3, _Z(0n)), _gt(v41, _Z(1n))) ? v2 : v3)))), _mul(_inv(_pow(v41, 1)), _inv(_pow(v40, 1)), _add(_mul(v71, _add(v45, _mul(_Z(-1n), v46))), _mul(v72, _add(v46, v0, _mul(_Z(-1n), v2), _mul(_Z(-1n), v45), _mul(_Z(-1n), v3))))));
  let v99 = (_gt(v50, _Z(0n)) ? _min(v63, _add(v50, v69)) : v63);
  let v100 = _ceil(_mul(v99, _inv(_pow(v69, 1))));
  let v101 = _ceil(_mul(_inv(_pow(v69, 1)), (_gt(v57, _Z(0n)) ? _min(v57, v63) : v63)));
  let v102 = (_eq(v48, _Z(1n)) ? _Z(1n) : _max(_Z(1n), _floor(_mul(v8, _inv(_pow(v40, 1))))));
  let v103 = _mul(_inv(_pow(v41, 1)), (_eq(v48, _Z(1n)) ? _Z(1n) : _mul(v102, _inv(_pow(v8, 1)))));
  let v104 = _add(_mul(v103, v55, v73), _mul(v102, v74, v53, _inv(_pow(v41, 1))));
  let v105 = _add(_mul(v103, v73, _add(v47, _mul(_Z(-1n), v55), _mul(_Z(-1n), v54))), _mul(v102, v74, _inv(_pow(v41, 1)), _add(v51, _mul(_Z(-1n), v53), _mul(_Z(-1n), v52))));
  let v106 = _add(_mul(v103, v54, v73), _mul(v102, v74, v52, _inv(_pow(v41, 1))));
  let v107 = _ceil(_mul(_inv(_pow(v69, 1)), (_gt(v56, _Z(0n)) ? _min(v63, _add(v56, v69)) : v63)));
  let v108 = _mul(v69, v65, _add(_mul(v100, v105), _mul(v101, v104), _mul(v106, v107)));
  let v109 = _mul(_inv(_pow(v41, 1)), _inv(_pow(v40, 1)), _add(_mul(v58, v60), _mul(v59, v61)));
  let v110 = _mul(v109, v65);
  let v111 = _add(v108, v110);
  let v112 = _add(_mul(v75, v66, _add(_mul(_Z(4n), v5), _mul(v9, _add(_mul(_Z(2n), v102), _mul(v7, _inv(_pow(v40, 1))))), (_gt(v12, _Z(0n)) ? _Z(0n) : _mul(_Z(3n), v11, _inv(_pow(v40, 1)))))), _mul(_Z(4n), v76, v7, v66, _inv(_pow(v40, 1)), _min(v63, v66)));
  let v113 = (_gt(v12, _Z(0n)) ? _mul(v75, v66, _add(v5, _mul(v12, _add(_max(v5, _mul(v13, _inv(_pow(v40, 1)))), _max(v5, _mul(_Z(2n), v13, _inv(_pow(v40, 1)))))))) : _Z(0n));
  let v114 = _add(_mul(_Z(4n), v14, v88), _mul(v14, v83, v82), _mul(v5, v75, v66));
  let v115 = _add(v113, _max(v112, _mul(v114, v44)));
  let v116 = v31;
  let v117 = _add((_gt(v40, _Z(1n)) ? _mul(v89, _add(v36, _mul(v37, (_gt(v40, _Z(2n)) ? _mul(v38, v40) : _Z(0n))))) : _Z(0n)), (_gt(v41, _Z(1n)) ? _mul(_Z(2097152n), v33, _add(_Z(2n), _mul(_Z(-1n), v43), _mul(_Z(-1n), v44))) : _Z(0n)));
  let v118 = (_gt(v40, _Z(1n)) ? v91 : _Z(0n));
  let v119 = _add(v118, v116, v117);
  let v120 = _mul(v94, v75, _add(_mul(_Z(4n), v5), _mul(v9, _add(_mul(_Z(2n), v102), _mul(v7, _inv(_pow(v40, 1))))), _mul(_Z(3n), v11, _inv(_pow(v40, 1)))));
  let v121 = (_gt(v92, _Z(0n)) ? _add(v120, _mul(v97, v93, _add(_Z(-1n), v92))) : _Z(0n));
  let v122 = v30;
  let v123 = (_gt(_mul(v41, v40), _Z(1n)) ? _mul(v36, v90) : _Z(0n));
  let v124 = _add(v122, v123);
  let v125 = _add(v115, v121, v111, v119, v124, v98);
  let v126 = _add(_mul(v121, _add(_Z(1n), _mul(_Z(-1n), v79))), _mul(v124, _add(_Z(1n), _mul(_Z(-1n), v78))), _mul(v77, v62), _mul(_add(_Z(1n), _mul(_Z(-1n), v80)), _add(v115, v119)), _mul(v81, _add(_Z(1n), _mul(_Z(-1n), v77)), _add(v125, _mul(_Z(-1n), v111))));
  let v127 = _mul(v103, v47);
  let v128 = _mul(v102, v74, v51, _inv(_pow(v41, 1)));
  let v129 = _add(v53, v52);
  let v130 = (_and(_gt(v129, _Z(0n)), _lt(v129, v51)) ? (_lt(_max(v129, _add(v51, _mul(_Z(-1n), v129))), _mul(_Q(5n, 4n), _min(v129, _add(v51, _mul(_Z(-1n), v129))))) ? _max(v129, _add(v51, _mul(_Z(-1n), v129))) : _min(v129, _add(v51, _mul(_Z(-1n), v129)))) : _mul(v51, _inv(_pow(v49, 1))));
  let v131 = (_and(_gt(v129, _Z(0n)), _lt(v129, v51)) ? _add(_ceil(_mul(v129, _inv(_pow(v130, 1)))), _ceil(_mul(_inv(_pow(v130, 1)), _add(v51, _mul(_Z(-1n), v129))))) : v49);
  let v132 = _mul(v47, v73);
  let v133 = _add(_mul(v102, v74, v69), _mul(v127, v73, v69, v41, _inv(_pow(_max(_Z(1n), v51), 1))));
  let v134 = _add(v126, v111, _mul(_Z(-1n), v125));
  let v135 = _mul(v109, v65);
  let v136 = (_gt(v133, _Z(0n)) ? _floor(_mul(_inv(_pow(_max(_Z(1n), _mul(v130, _inv(_pow(v41, 1)))), 1)), _floor(_mul(_inv(_pow(v133, 1)), _max(_Z(0n), _add(v134, _mul(_Z(-1n), v135))))))) : _Z(0n));
  let v137 = _mul(v69, _floor(_mul(v136, _inv(_pow(v131, 1)))));
  let v138 = _add(v1, _mul(_Z(-1n), v2), _mul(v5, v16, v4));
  let v139 = _add(v63, _mul(_Z(-1n), v64));
  let v140 = _mul(v65, _add(_mul(_Z(2n), v138, v139), _mul(_Z(2n), v87, v9, v6, v7, _pow(v139, 2))));
  let v141 = _mul(v140, _inv(_pow(v85, 1)), _inv(_pow(v84, 1)), _inv(_pow(v41, 1)), _inv(_pow(v40, 1)));
  let v142 = _mul(v98, v41, _inv(_pow(v86, 1)), _inv(_pow(v20, 1)));
  let v143 = _max(v141, v142);
  let v144 = _add(v139, _mul(_Q(1n, 2n), v64));
  let v145 = _mul(v65, _add(v109, _mul(v104, (_gt(v57, _Z(0n)) ? _min(v144, v57) : v144)), _mul(v105, (_gt(v50, _Z(0n)) ? _min(v144, v50) : v144)), _mul(v106, (_gt(v56, _Z(0n)) ? _min(v144, v56) : v144))));
  let v146 = _mul(v65, _inv(_pow(v85, 1)), _inv(_pow(v84, 1)), _inv(_pow(v40, 1)), _add(_mul(_Z(2n), v138), _mul(_Z(4n), v144, v9, v6, v7)));
  let v147 = _mul(v41, _inv(_pow(v86, 1)), _inv(_pow(v20, 1)), _add(v145, v98));
  let v148 = _max(v146, v147);
  let v149 = _mul(v65, _inv(_pow(v148, 1)));
  let v150 = _inv(_pow(v148, 1));
  let v151 = _add(v115, v121, v111, v119, v124, v98);
  return [v98, v99, v100, v101, v102, v103, v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115, v116, v117, v118, v119, v120, v121, v122, v123, v124, v125, v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137, v138, v139, v140, v141, v142, v143, v144, v145, v146, v147, v148, v149, v150, v151];
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
function plan(v0) {
  let v1 = v0;
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
null,
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0) {
  let v1 = _mul(_Q(1n, 16n), v0);
  return [v1];
},
function plan(v0) {
  let v1 = _mul(_Q(1n, 2n), v0);
  return [v1];
},
null,
null,
null,
null,
null,
null,
null,
function plan(v0) {
  let v1 = (_eq(v0, _Z(90n)) ? _Z(33554432n) : _Z(8519680n));
  return [v1];
},
null,
null,
null,
function plan(v0, v1, v2) {
  let v3 = _mul(v0, v1, v2);
  return [v3];
},
function plan(v0, v1) {
  let v2 = (_and(_ge(v0, _Z(8n)), _ge(v1, _Z(90n))) ? _Z(1n) : _Z(0n));
  return [v2];
},
null,
null,
null,
null,
null,
function plan(v0) {
  let v1 = (_eq(v0, _Z(0n)) ? _Z(1n) : _Z(0n));
  return [v1];
},
function plan(v0, v1) {
  let v2 = (_eq(v1, _add(_Z(-1n), v0)) ? _Z(1n) : _Z(0n));
  return [v2];
},
function plan(v0, v1, v2) {
  let v3 = _add(v2, _mul(_Z(-1n), v0), _mul(_Z(-1n), v1));
  return [v3];
},
null,
function plan(v0, v1, v2) {
  let v3 = _mul(_Z(2n), v0, v2, v1);
  return [v3];
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
null,
null,
null,
null,
null,
function plan(v0) {
  let v1 = v0;
  return [v1];
},
null,
function plan(v0) {
  let v1 = v0;
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
function plan(v0) {
  let v1 = v0;
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
function plan(v0, v1) {
  let v2 = (_lt(v0, _Z(21474836480n)) ? _Z(8n) : (_lt(v0, _Z(37580963840n)) ? (_ge(v1, _Z(4n)) ? _Z(80n) : _Z(16n)) : (_lt(v0, _Z(64424509440n)) ? (_ge(v1, _Z(4n)) ? _Z(160n) : _Z(32n)) : (_lt(v0, _Z(171798691840n)) ? (_ge(v1, _Z(4n)) ? _Z(512n) : _Z(256n)) : _Z(512n)))));
  return [v2];
},
function plan(v0, v1, v2, v3) {
  let v4 = _add(_Z(536870912n), _mul(_Z(1572864n), _max(_Z(2048n), v1)), _mul(_Z(2097152n), v2), _mul(_Z(134217728n), v0, v3));
  return [v4];
},
null,
function plan(v0) {
  let v1 = v0;
  return [v1];
},
null,
null,
null,
function plan(v0, v1, v2) {
  let v3 = (_and(_ge(v1, _Z(75161927680n)), _ne(v2, _Z(80n))) ? (_eq(v0, _Z(1n)) ? _Z(16384n) : _Z(8192n)) : (_eq(v0, _Z(1n)) ? _Z(8192n) : _Z(2048n)));
  return [v3];
},
function plan(v0, v1) {
  let v2 = (_and(_ge(v0, _Z(75161927680n)), _ne(v1, _Z(80n))) ? _Z(1024n) : _Z(256n));
  return [v2];
},
function plan(v0, v1) {
  let v2 = _min(v0, v1);
  return [v2];
},
function plan(v0) {
  let v1 = (_eq(v0, _Z(4n)) ? _Z(12n) : _add(_Z(12n), v0));
  return [v1];
},
function plan(v0, v1) {
  let v2 = (_ge(v0, _Z(8n)) ? v1 : _Z(0n));
  return [v2];
},
null,
null,
function plan(v0, v1) {
  let v2 = _add(_Z(8388608n), _mul(_Z(1048576n), (_eq(v0, _Z(90n)) ? (_eq(v1, _Z(4n)) ? _Z(32n) : _Z(64n)) : _Z(0n))));
  return [v2];
},
function plan(v0, v1) {
  let v2 = _min(_Z(512n), v1, _mul(_Z(2n), v0));
  return [v2];
},
function plan(v0) {
  let v1 = (_ge(v0, _Z(256n)) ? _add(_Z(19n), _floor(_mul(_Q(1n, 16n), v0))) : _add(_Z(3n), (_ge(v0, _Z(8n)) ? _Z(1n) : _Z(0n)), _floor(_mul(_Q(1n, 8n), _max(_Z(0n), _add(_Z(-8n), v0))))));
  return [v1];
},
null,
function plan(v0) {
  let v1 = v0;
  return [v1];
},
null,
null,
null,
function plan(v0, v1) {
  let v2 = (_ge(v1, _Z(75161927680n)) ? (_eq(v0, _Z(1n)) ? _Z(16384n) : _Z(8192n)) : (_eq(v0, _Z(1n)) ? _Z(8192n) : _Z(2048n)));
  return [v2];
},
function plan(v0) {
  let v1 = (_ge(v0, _Z(75161927680n)) ? _Z(1024n) : _Z(256n));
  return [v1];
},
function plan(v0, v1) {
  let v2 = _min(v0, v1);
  return [v2];
},
function plan(v0) {
  let v1 = (_eq(v0, _Z(4n)) ? _Z(12n) : _add(_Z(12n), v0));
  return [v1];
},
null,
null,
null,
function plan(v0) {
  let v1 = _min(_Z(512n), v0);
  return [v1];
},
null,
function plan(v0) {
  let v1 = v0;
  return [v1];
},
null,
null,
null,
function plan(v0) {
  let v1 = (_gt(v0, _Z(32768n)) ? _Z(2048n) : _max(_Z(2048n), v0));
  return [v1];
},
null,
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0) {
  let v1 = (_eq(v0, _Z(4n)) ? _Z(12n) : _add(_Z(12n), v0));
  return [v1];
},
null,
null,
null,
function plan(v0) {
  let v1 = _min(_Z(256n), v0);
  return [v1];
},
null,
function plan(v0) {
  let v1 = v0;
  return [v1];
},
null,
null,
null,
function plan(v0) {
  let v1 = (_gt(v0, _Z(32768n)) ? _Z(512n) : _max(_Z(2048n), v0));
  return [v1];
},
null,
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0) {
  let v1 = (_eq(v0, _Z(4n)) ? _Z(12n) : _add(_Z(12n), v0));
  return [v1];
},
null,
null,
null,
function plan(v0) {
  let v1 = _min(_Z(256n), v0);
  return [v1];
},
null,
function plan(v0) {
  let v1 = v0;
  return [v1];
},
null,
null,
null,
function plan(v0) {
  let v1 = _max(_Z(2048n), v0);
  return [v1];
},
null,
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0) {
  let v1 = (_eq(v0, _Z(4n)) ? _Z(12n) : _add(_Z(12n), v0));
  return [v1];
},
null,
null,
null,
function plan(v0) {
  let v1 = _min(_Z(256n), v0);
  return [v1];
},
null,
null,
null,
null,
null,
function plan(v0, v1, v2) {
  let v3 = _max(_Z(1n), _mul(v0, _add(v1, _mul(_Z(-1n), v2))));
  return [v3];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0) {
  let v1 = _add(_Z(4n), v0);
  return [v1];
},
null,
function plan(v0, v1) {
  let v2 = _mul(_inv(_pow(v0, 1)), _add(v0, _mul(_Z(-1n), (_gt(v0, _Z(64424509440n)) ? _max(_Z(10737418240n), v1) : v1))));
  return [v2];
},
null,
null,
null,
function plan(v0) {
  let v1 = (_lt(v0, _Z(21474836480n)) ? _Z(2048n) : (_lt(v0, _Z(37580963840n)) ? _Z(2048n) : (_lt(v0, _Z(64424509440n)) ? _Z(4096n) : (_lt(v0, _Z(171798691840n)) ? _Z(8192n) : _Z(16384n)))));
  return [v1];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0, v1) {
  let v2 = _min(v0, v1);
  return [v2];
},
function plan(v0) {
  let v1 = (_eq(v0, _Z(4n)) ? _Z(12n) : _add(_Z(12n), v0));
  return [v1];
},
null,
null,
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0) {
  let v1 = _add(_Z(3n), _mul(_Q(1n, 8n), v0));
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
function plan(v0, v1) {
  let v2 = _min(v0, v1);
  return [v2];
},
function plan(v0) {
  let v1 = _add(_Z(4n), v0);
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
null,
null,
function plan() {
  let v0 = _Z(1n);
  let v1 = _Z(1n);
  let v2 = _Z(1n);
  let v3 = _Z(1n);
  let v4 = _Z(1n);
  let v5 = _Z(1n);
  let v6 = _Z(1n);
  let v7 = _Z(1n);
  let v8 = _Z(1n);
  let v9 = _Z(1n);
  return [v0, v1, v2, v3, v4, v5, v6, v7, v8, v9];
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
null,
function plan(v0) {
  let v1 = _add(_Z(-1n), v0);
  return [v1];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0) {
  let v1 = _gt(v0, _Z(0n));
  return [v1];
},
function plan(v0, v1, v2, v3) {
  let v4 = _mul(v2, v0, v1, v3);
  return [v4];
},
function plan(v0, v1, v2) {
  let v3 = _mul(v0, v1, v2);
  return [v3];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0) {
  let v1 = _gt(v0, _Z(0n));
  return [v1];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
}
];
},
function ({_F, _inv, _mod, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59, v60, v61, v62, v63, v64, v65, v66, v67, v68, v69, v70, v71, v72, v73, v74, v75, v76, v77, v78, v79, v80, v81, v82, v83, v84, v85, v86, v87, v88, v89, v90, v91, v92, v93, v94, v95, v96, v97) {
  let v98 = ((v72 * _inv(v40 ** 1) * ((v2 * v43) + (v44 * (_and((v3 === (0.0)), (v41 > (1.0))) ? v2 : v3)))) + (_inv(v41 ** 1) * _inv(v40 ** 1) * ((v71 * (v45 + ((-1.0) * v46))) + (v72 * (v46 + v0 + ((-1.0) * v2) + ((-1.0) * v45) + ((-1.0) * v3))))));
  let v99 = ((v50 > (0.0)) ? _min(v63, (v50 + v69)) : v63);
  let v100 = _ceil((v99 * _inv(v69 ** 1)));
  let v101 = _ceil((_inv(v69 ** 1) * ((v57 > (0.0)) ? _min(v57, v63) : v63)));
  let v102 = ((v48 === (1.0)) ? (1.0) : _max((1.0), _floor((v8 * _inv(v40 ** 1)))));
  let v103 = (_inv(v41 ** 1) * ((v48 === (1.0)) ? (1.0) : (v102 * _inv(v8 ** 1))));
  let v104 = ((v103 * v55 * v73) + (v102 * v74 * v53 * _inv(v41 ** 1)));
  let v105 = ((v103 * v73 * (v47 + ((-1.0) * v55) + ((-1.0) * v54))) + (v102 * v74 * _inv(v41 ** 1) * (v51 + ((-1.0) * v53) + ((-1.0) * v52))));
  let v106 = ((v103 * v54 * v73) + (v102 * v74 * v52 * _inv(v41 ** 1)));
  let v107 = _ceil((_inv(v69 ** 1) * ((v56 > (0.0)) ? _min(v63, (v56 + v69)) : v63)));
  let v108 = (v69 * v65 * ((v100 * v105) + (v101 * v104) + (v106 * v107)));
  let v109 = (_inv(v41 ** 1) * _inv(v40 ** 1) * ((v58 * v60) + (v59 * v61)));
  let v110 = (v109 * v65);
  let v111 = (v108 + v110);
  let v112 = ((v75 * v66 * (((4.0) * v5) + (v9 * (((2.0) * v102) + (v7 * _inv(v40 ** 1)))) + ((v12 > (0.0)) ? (0.0) : ((3.0) * v11 * _inv(v40 ** 1))))) + ((4.0) * v76 * v7 * v66 * _inv(v40 ** 1) * _min(v63, v66)));
  let v113 = ((v12 > (0.0)) ? (v75 * v66 * (v5 + (v12 * (_max(v5, (v13 * _inv(v40 ** 1))) + _max(v5, ((2.0) * v13 * _inv(v40 ** 1))))))) : (0.0));
  let v114 = (((4.0) * v14 * v88) + (v14 * v83 * v82) + (v5 * v75 * v66));
  let v115 = (v113 + _max(v112, (v114 * v44)));
  let v116 = v31;
  let v117 = (((v40 > (1.0)) ? (v89 * (v36 + (v37 * ((v40 > (2.0)) ? (v38 * v40) : (0.0))))) : (0.0)) + ((v41 > (1.0)) ? ((2097152.0) * v33 * ((2.0) + ((-1.0) * v43) + ((-1.0) * v44))) : (0.0)));
  let v118 = ((v40 > (1.0)) ? v91 : (0.0));
  let v119 = (v118 + v116 + v117);
  let v120 = (v94 * v75 * (((4.0) * v5) + (v9 * (((2.0) * v102) + (v7 * _inv(v40 ** 1)))) + ((3.0) * v11 * _inv(v40 ** 1))));
  let v121 = ((v92 > (0.0)) ? (v120 + (v97 * v93 * ((-1.0) + v92))) : (0.0));
  let v122 = v30;
  let v123 = (((v41 * v40) > (1.0)) ? (v36 * v90) : (0.0));
  let v124 = (v122 + v123);
  let v125 = (v115 + v121 + v111 + v119 + v124 + v98);
  let v126 = ((v121 * ((1.0) + ((-1.0) * v79))) + (v124 * ((1.0) + ((-1.0) * v78))) + (v77 * v62) + (((1.0) + ((-1.0) * v80)) * (v115 + v119)) + (v81 * ((1.0) + ((-1.0) * v77)) * (v125 + ((-1.0) * v111))));
  let v127 = (v103 * v47);
  let v128 = (v102 * v74 * v51 * _inv(v41 ** 1));
  let v129 = (v53 + v52);
  let v130 = (_and((v129 > (0.0)), (v129 < v51)) ? ((_max(v129, (v51 + ((-1.0) * v129))) < (_F(5, 4) * _min(v129, (v51 + ((-1.0) * v129))))) ? _max(v129, (v51 + ((-1.0) * v129))) : _min(v129, (v51 + ((-1.0) * v129)))) : (v51 * _inv(v49 ** 1)));
  let v131 = (_and((v129 > (0.0)), (v129 < v51)) ? (_ceil((v129 * _inv(v130 ** 1))) + _ceil((_inv(v130 ** 1) * (v51 + ((-1.0) * v129))))) : v49);
  let v132 = (v47 * v73);
  let v133 = ((v102 * v74 * v69) + (v127 * v73 * v69 * v41 * _inv(_max((1.0), v51) ** 1)));
  let v134 = (v126 + v111 + ((-1.0) * v125));
  let v135 = (v109 * v65);
  let v136 = ((v133 > (0.0)) ? _floor((_inv(_max((1.0), (v130 * _inv(v41 ** 1))) ** 1) * _floor((_inv(v133 ** 1) * _max((0.0), (v134 + ((-1.0) * v135))))))) : (0.0));
  let v137 = (v69 * _floor((v136 * _inv(v131 ** 1))));
  let v138 = (v1 + ((-1.0) * v2) + (v5 * v16 * v4));
  let v139 = (v63 + ((-1.0) * v64));
  let v140 = (v65 * (((2.0) * v138 * v139) + ((2.0) * v87 * v9 * v6 * v7 * (v139 ** 2))));
  let v141 = (v140 * _inv(v85 ** 1) * _inv(v84 ** 1) * _inv(v41 ** 1) * _inv(v40 ** 1));
  let v142 = (v98 * v41 * _inv(v86 ** 1) * _inv(v20 ** 1));
  let v143 = _max(v141, v142);
  let v144 = (v139 + (_F(1, 2) * v64));
  let v145 = (v65 * (v109 + (v104 * ((v57 > (0.0)) ? _min(v144, v57) : v144)) + (v105 * ((v50 > (0.0)) ? _min(v144, v50) : v144)) + (v106 * ((v56 > (0.0)) ? _min(v144, v56) : v144))));
  let v146 = (v65 * _inv(v85 ** 1) * _inv(v84 ** 1) * _inv(v40 ** 1) * (((2.0) * v138) + ((4.0) * v144 * v9 * v6 * v7)));
  let v147 = (v41 * _inv(v86 ** 1) * _inv(v20 ** 1) * (v145 + v98));
  let v148 = _max(v146, v147);
  let v149 = (v65 * _inv(v148 ** 1));
  let v150 = _inv(v148 ** 1);
  let v151 = (v115 + v121 + v111 + v119 + v124 + v98);
  return [v98, v99, v100, v101, v102, v103, v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115, v116, v117, v118, v119, v120, v121, v122, v123, v124, v125, v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137, v138, v139, v140, v141, v142, v143, v144, v145, v146, v147, v148, v149, v150, v151];
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
function plan(v0) {
  let v1 = v0;
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
null,
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0) {
  let v1 = (_F(1, 16) * v0);
  return [v1];
},
function plan(v0) {
  let v1 = (_F(1, 2) * v0);
  return [v1];
},
null,
null,
null,
null,
null,
null,
null,
function plan(v0) {
  let v1 = ((v0 === (90.0)) ? (33554432.0) : (8519680.0));
  return [v1];
},
null,
null,
null,
function plan(v0, v1, v2) {
  let v3 = (v0 * v1 * v2);
  return [v3];
},
function plan(v0, v1) {
  let v2 = (_and((v0 >= (8.0)), (v1 >= (90.0))) ? (1.0) : (0.0));
  return [v2];
},
null,
null,
null,
null,
null,
function plan(v0) {
  let v1 = ((v0 === (0.0)) ? (1.0) : (0.0));
  return [v1];
},
function plan(v0, v1) {
  let v2 = ((v1 === ((-1.0) + v0)) ? (1.0) : (0.0));
  return [v2];
},
function plan(v0, v1, v2) {
  let v3 = (v2 + ((-1.0) * v0) + ((-1.0) * v1));
  return [v3];
},
null,
function plan(v0, v1, v2) {
  let v3 = ((2.0) * v0 * v2 * v1);
  return [v3];
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
null,
null,
null,
null,
null,
function plan(v0) {
  let v1 = v0;
  return [v1];
},
null,
function plan(v0) {
  let v1 = v0;
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
function plan(v0) {
  let v1 = v0;
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
function plan(v0, v1) {
  let v2 = ((v0 < (21474836480.0)) ? (8.0) : ((v0 < (37580963840.0)) ? ((v1 >= (4.0)) ? (80.0) : (16.0)) : ((v0 < (64424509440.0)) ? ((v1 >= (4.0)) ? (160.0) : (32.0)) : ((v0 < (171798691840.0)) ? ((v1 >= (4.0)) ? (512.0) : (256.0)) : (512.0)))));
  return [v2];
},
function plan(v0, v1, v2, v3) {
  let v4 = ((536870912.0) + ((1572864.0) * _max((2048.0), v1)) + ((2097152.0) * v2) + ((134217728.0) * v0 * v3));
  return [v4];
},
null,
function plan(v0) {
  let v1 = v0;
  return [v1];
},
null,
null,
null,
function plan(v0, v1, v2) {
  let v3 = (_and((v1 >= (75161927680.0)), (v2 !== (80.0))) ? ((v0 === (1.0)) ? (16384.0) : (8192.0)) : ((v0 === (1.0)) ? (8192.0) : (2048.0)));
  return [v3];
},
function plan(v0, v1) {
  let v2 = (_and((v0 >= (75161927680.0)), (v1 !== (80.0))) ? (1024.0) : (256.0));
  return [v2];
},
function plan(v0, v1) {
  let v2 = _min(v0, v1);
  return [v2];
},
function plan(v0) {
  let v1 = ((v0 === (4.0)) ? (12.0) : ((12.0) + v0));
  return [v1];
},
function plan(v0, v1) {
  let v2 = ((v0 >= (8.0)) ? v1 : (0.0));
  return [v2];
},
null,
null,
function plan(v0, v1) {
  let v2 = ((8388608.0) + ((1048576.0) * ((v0 === (90.0)) ? ((v1 === (4.0)) ? (32.0) : (64.0)) : (0.0))));
  return [v2];
},
function plan(v0, v1) {
  let v2 = _min((512.0), v1, ((2.0) * v0));
  return [v2];
},
function plan(v0) {
  let v1 = ((v0 >= (256.0)) ? ((19.0) + _floor((_F(1, 16) * v0))) : ((3.0) + ((v0 >= (8.0)) ? (1.0) : (0.0)) + _floor((_F(1, 8) * _max((0.0), ((-8.0) + v0))))));
  return [v1];
},
null,
function plan(v0) {
  let v1 = v0;
  return [v1];
},
null,
null,
null,
function plan(v0, v1) {
  let v2 = ((v1 >= (75161927680.0)) ? ((v0 === (1.0)) ? (16384.0) : (8192.0)) : ((v0 === (1.0)) ? (8192.0) : (2048.0)));
  return [v2];
},
function plan(v0) {
  let v1 = ((v0 >= (75161927680.0)) ? (1024.0) : (256.0));
  return [v1];
},
function plan(v0, v1) {
  let v2 = _min(v0, v1);
  return [v2];
},
function plan(v0) {
  let v1 = ((v0 === (4.0)) ? (12.0) : ((12.0) + v0));
  return [v1];
},
null,
null,
null,
function plan(v0) {
  let v1 = _min((512.0), v0);
  return [v1];
},
null,
function plan(v0) {
  let v1 = v0;
  return [v1];
},
null,
null,
null,
function plan(v0) {
  let v1 = ((v0 > (32768.0)) ? (2048.0) : _max((2048.0), v0));
  return [v1];
},
null,
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0) {
  let v1 = ((v0 === (4.0)) ? (12.0) : ((12.0) + v0));
  return [v1];
},
null,
null,
null,
function plan(v0) {
  let v1 = _min((256.0), v0);
  return [v1];
},
null,
function plan(v0) {
  let v1 = v0;
  return [v1];
},
null,
null,
null,
function plan(v0) {
  let v1 = ((v0 > (32768.0)) ? (512.0) : _max((2048.0), v0));
  return [v1];
},
null,
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0) {
  let v1 = ((v0 === (4.0)) ? (12.0) : ((12.0) + v0));
  return [v1];
},
null,
null,
null,
function plan(v0) {
  let v1 = _min((256.0), v0);
  return [v1];
},
null,
function plan(v0) {
  let v1 = v0;
  return [v1];
},
null,
null,
null,
function plan(v0) {
  let v1 = _max((2048.0), v0);
  return [v1];
},
null,
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0) {
  let v1 = ((v0 === (4.0)) ? (12.0) : ((12.0) + v0));
  return [v1];
},
null,
null,
null,
function plan(v0) {
  let v1 = _min((256.0), v0);
  return [v1];
},
null,
null,
null,
null,
null,
function plan(v0, v1, v2) {
  let v3 = _max((1.0), (v0 * (v1 + ((-1.0) * v2))));
  return [v3];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0) {
  let v1 = ((4.0) + v0);
  return [v1];
},
null,
function plan(v0, v1) {
  let v2 = (_inv(v0 ** 1) * (v0 + ((-1.0) * ((v0 > (64424509440.0)) ? _max((10737418240.0), v1) : v1))));
  return [v2];
},
null,
null,
null,
function plan(v0) {
  let v1 = ((v0 < (21474836480.0)) ? (2048.0) : ((v0 < (37580963840.0)) ? (2048.0) : ((v0 < (64424509440.0)) ? (4096.0) : ((v0 < (171798691840.0)) ? (8192.0) : (16384.0)))));
  return [v1];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0, v1) {
  let v2 = _min(v0, v1);
  return [v2];
},
function plan(v0) {
  let v1 = ((v0 === (4.0)) ? (12.0) : ((12.0) + v0));
  return [v1];
},
null,
null,
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0) {
  let v1 = ((3.0) + (_F(1, 8) * v0));
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
function plan(v0, v1) {
  let v2 = _min(v0, v1);
  return [v2];
},
function plan(v0) {
  let v1 = ((4.0) + v0);
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
null,
null,
function plan() {
  let v0 = (1.0);
  let v1 = (1.0);
  let v2 = (1.0);
  let v3 = (1.0);
  let v4 = (1.0);
  let v5 = (1.0);
  let v6 = (1.0);
  let v7 = (1.0);
  let v8 = (1.0);
  let v9 = (1.0);
  return [v0, v1, v2, v3, v4, v5, v6, v7, v8, v9];
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
null,
function plan(v0) {
  let v1 = ((-1.0) + v0);
  return [v1];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0) {
  let v1 = (v0 > (0.0));
  return [v1];
},
function plan(v0, v1, v2, v3) {
  let v4 = (v2 * v0 * v1 * v3);
  return [v4];
},
function plan(v0, v1, v2) {
  let v3 = (v0 * v1 * v2);
  return [v3];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0) {
  let v1 = (v0 > (0.0));
  return [v1];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
}
];
});
