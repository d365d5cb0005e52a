ENGINE.define({"name":"base","kind":"rules","path":"specs/rules/base.yaml","description":"The architecture interface of the memory rules (the symbols read from a model and a GPU), the layout of data, tensor, pipeline and expert parallelism with its constraints, and the reference question that `engine validate` evaluates every option choice with.","abstract":true,"symbols":[{"name":"params","domain":"positive","latex":"P","description":"Parameters of the model (each tensor once)","flag":false,"provider":"","default":null,"key":"specs/rules/base.yaml:17:3"},{"name":"active_params","domain":"positive","latex":"P_{act}","description":"Parameters used per token (mixture of experts)","flag":false,"provider":"","default":{"text":"params","at":"specs/rules/base.yaml:25:14","key":"specs/rules/base.yaml:25:5"},"key":"specs/rules/base.yaml:21:3"},{"name":"embedding_params","domain":"nonnegative","latex":"P_{emb}","description":"Input embedding parameters, held by the first pipeline stage","flag":false,"provider":"","default":{"text":"vocab_size * hidden_size","at":"specs/rules/base.yaml:30:14","key":"specs/rules/base.yaml:30:5"},"key":"specs/rules/base.yaml:26:3"},{"name":"lm_head_params","domain":"nonnegative","latex":"P_{head}","description":"Untied LM head parameters, held by the last pipeline stage","flag":false,"provider":"","default":{"text":"(1 - tie_word_embeddings) * vocab_size * hidden_size","at":"specs/rules/base.yaml:35:14","key":"specs/rules/base.yaml:35:5"},"key":"specs/rules/base.yaml:31:3"},{"name":"vocab_size","domain":"nonnegative_integer","latex":"V","description":"Vocabulary size (0 when unknown)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:36:111","key":"specs/rules/base.yaml:36:102"},"key":"specs/rules/base.yaml:36:3"},{"name":"hidden_size","domain":"nonnegative_integer","latex":"d","description":"Model width (0 when unknown)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:37:108","key":"specs/rules/base.yaml:37:99"},"key":"specs/rules/base.yaml:37:3"},{"name":"num_layers","domain":"nonnegative_integer","latex":"L","description":"Transformer layers (0 when unknown)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:38:114","key":"specs/rules/base.yaml:38:105"},"key":"specs/rules/base.yaml:38:3"},{"name":"num_heads","domain":"positive_integer","latex":"H","description":"Attention heads","flag":false,"provider":"","default":{"text":"max(1, floor(hidden_size / 128))","at":"specs/rules/base.yaml:43:14","key":"specs/rules/base.yaml:43:5"},"key":"specs/rules/base.yaml:39:3"},{"name":"num_kv_heads","domain":"positive_integer","latex":"K","description":"Key/value heads","flag":false,"provider":"","default":{"text":"num_heads","at":"specs/rules/base.yaml:44:93","key":"specs/rules/base.yaml:44:84"},"key":"specs/rules/base.yaml:44:3"},{"name":"head_dim","domain":"nonnegative","latex":"d_h","description":"Width of one head","flag":false,"provider":"","default":{"text":"hidden_size / num_heads","at":"specs/rules/base.yaml:45:88","key":"specs/rules/base.yaml:45:79"},"key":"specs/rules/base.yaml:45:3"},{"name":"intermediate_size","domain":"nonnegative","latex":"I","description":"MLP inner width","flag":false,"provider":"","default":{"text":"4 * hidden_size","at":"specs/rules/base.yaml:46:93","key":"specs/rules/base.yaml:46:84"},"key":"specs/rules/base.yaml:46:3"},{"name":"mlp_activation_width","domain":"nonnegative","latex":"I_{act}","description":"MLP inner width whose activations one token keeps (top-k experts for a mixture of experts)","flag":false,"provider":"","default":{"text":"intermediate_size","at":"specs/rules/base.yaml:51:14","key":"specs/rules/base.yaml:51:5"},"key":"specs/rules/base.yaml:47:3"},{"name":"num_experts_per_tok","domain":"nonnegative_integer","latex":"k","description":"Experts each token is routed to (0 for a dense model)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:52:141","key":"specs/rules/base.yaml:52:132"},"key":"specs/rules/base.yaml:52:3"},{"name":"moe_intermediate_size","domain":"nonnegative","latex":"I_e","description":"Inner width of one expert","flag":false,"provider":"","default":{"text":"intermediate_size","at":"specs/rules/base.yaml:53:109","key":"specs/rules/base.yaml:53:100"},"key":"specs/rules/base.yaml:53:3"},{"name":"logit_width","domain":"nonnegative","latex":"V_{out}","description":"Width of the output layer's logits (the vocabulary for a language-model head, the labels for a classifier)","flag":false,"provider":"","default":{"text":"vocab_size","at":"specs/rules/base.yaml:58:14","key":"specs/rules/base.yaml:58:5"},"key":"specs/rules/base.yaml:54:3"},{"name":"logit_positions","domain":"nonnegative_integer","latex":"n_{out}","description":"Logit rows per sequence (0 = one per token, as a language-model head; 1 for a sequence classifier)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:64:14","key":"specs/rules/base.yaml:64:5"},"key":"specs/rules/base.yaml:60:3"},{"name":"tie_word_embeddings","domain":"flag","latex":"\\tau","description":"1 if the LM head is the input embedding","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:65:115","key":"specs/rules/base.yaml:65:106"},"key":"specs/rules/base.yaml:65:3"},{"name":"max_position_embeddings","domain":"positive_integer","latex":"n_{ctx}","description":"Context length of the model","flag":false,"provider":"","default":{"text":"2048","at":"specs/rules/base.yaml:66:98","key":"specs/rules/base.yaml:66:89"},"key":"specs/rules/base.yaml:66:3"},{"name":"devices_per_node","domain":"positive_integer","latex":"n_{node}","description":"Devices sharing the fast interconnect","flag":false,"provider":"","default":{"text":"8","at":"specs/rules/base.yaml:68:102","key":"specs/rules/base.yaml:68:93"},"key":"specs/rules/base.yaml:68:3"},{"name":"sm_version","domain":"positive_integer","latex":"c_{sm}","description":"Compute capability x 10 (80 Ampere A100, 86/89 Ampere/Ada, 90 Hopper, 100 Blackwell)","flag":false,"provider":"","default":{"text":"80","at":"specs/rules/base.yaml:72:14","key":"specs/rules/base.yaml:72:5"},"key":"specs/rules/base.yaml:69:3"},{"name":"memory_bandwidth","domain":"positive","latex":"B_{mem}","description":"Memory bandwidth, bytes per second","flag":false,"provider":"","default":{"text":"2 * 10**12","at":"specs/rules/base.yaml:74:118","key":"specs/rules/base.yaml:74:109"},"key":"specs/rules/base.yaml:74:3"},{"name":"flops_bf16","domain":"positive","latex":"F_{bf16}","description":"Dense bf16 tensor FLOP/s","flag":false,"provider":"","default":{"text":"312 * 10**12","at":"specs/rules/base.yaml:75:101","key":"specs/rules/base.yaml:75:92"},"key":"specs/rules/base.yaml:75:3"},{"name":"flops_fp16","domain":"positive","latex":"F_{fp16}","description":"Dense fp16 tensor FLOP/s (the bf16 figure where the profile has none)","flag":false,"provider":"","default":{"text":"flops_bf16","at":"specs/rules/base.yaml:76:146","key":"specs/rules/base.yaml:76:137"},"key":"specs/rules/base.yaml:76:3"},{"name":"flops_fp32","domain":"positive","latex":"F_{fp32}","description":"Dense fp32 FLOP/s without tensor cores (torch's default for fp32 matmuls)","flag":false,"provider":"","default":{"text":"flops_bf16 / 16","at":"specs/rules/base.yaml:77:150","key":"specs/rules/base.yaml:77:141"},"key":"specs/rules/base.yaml:77:3"},{"name":"flops_tf32","domain":"positive","latex":"F_{tf32}","description":"Dense TF32 tensor FLOP/s","flag":false,"provider":"","default":{"text":"flops_bf16 / 2","at":"specs/rules/base.yaml:78:101","key":"specs/rules/base.yaml:78:92"},"key":"specs/rules/base.yaml:78:3"},{"name":"flops_fp8","domain":"nonnegative","latex":"F_{fp8}","description":"Dense fp8 tensor FLOP/s (0 where the chip has none)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:79:129","key":"specs/rules/base.yaml:79:120"},"key":"specs/rules/base.yaml:79:3"},{"name":"intra_node_bandwidth","domain":"positive","latex":"B_{intra}","description":"GPU-to-GPU bandwidth inside a node, per GPU and direction (bytes per second)","flag":false,"provider":"","default":{"text":"150 * 10**9","at":"specs/rules/base.yaml:84:14","key":"specs/rules/base.yaml:84:5"},"key":"specs/rules/base.yaml:80:3"},{"name":"inter_node_bandwidth","domain":"positive","latex":"B_{inter}","description":"Bandwidth between nodes, per GPU and direction (bytes per second)","flag":false,"provider":"","default":{"text":"25 * 10**9","at":"specs/rules/base.yaml:90:14","key":"specs/rules/base.yaml:90:5"},"key":"specs/rules/base.yaml:86:3"},{"name":"price_per_gpu_hour","domain":"nonnegative","latex":"c_{gpu}","description":"On-demand price of one GPU-hour in USD, dated in the GPU profile (0 where none is sourced)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:92:179","key":"specs/rules/base.yaml:92:170"},"key":"specs/rules/base.yaml:92:3"},{"name":"sm_count","domain":"positive_integer","latex":"n_{sm}","description":"Streaming multiprocessors","flag":false,"provider":"","default":{"text":"108","at":"specs/rules/base.yaml:93:80","key":"specs/rules/base.yaml:93:71"},"key":"specs/rules/base.yaml:93:3"},{"name":"cuda_context_bytes","domain":"nonnegative","latex":"R_{ctx}","description":"CUDA context of one process before its first tensor (driver, runtime; lazy module loading)","flag":false,"provider":"","default":{"text":"400 * 2**20","at":"specs/rules/base.yaml:99:14","key":"specs/rules/base.yaml:99:5"},"key":"specs/rules/base.yaml:95:3"},{"name":"lazy_modules_bytes","domain":"nonnegative","latex":"R_{mod}","description":"Kernels loaded on first use (CUDA lazy loading) and library handles, outside the allocator","flag":false,"provider":"","default":{"text":"1 / 4 * 2**30","at":"specs/rules/base.yaml:105:14","key":"specs/rules/base.yaml:105:5"},"key":"specs/rules/base.yaml:101:3"},{"name":"cublas_workspace_bytes","domain":"nonnegative","latex":"R_{blas}","description":"cuBLAS workspace of one stream (through the caching allocator)","flag":false,"provider":"","default":{"text":"where(sm_version == 90, 32 * 2**20, 4096 * 1024 * 2 + 16 * 1024 * 8)","at":"specs/rules/base.yaml:111:14","key":"specs/rules/base.yaml:111:5"},"key":"specs/rules/base.yaml:107:3"},{"name":"nccl_channels","domain":"positive_integer","latex":"n_{ch}","description":"Channels of one NCCL communicator","flag":false,"provider":"","default":{"text":"16","at":"specs/rules/base.yaml:116:14","key":"specs/rules/base.yaml:116:5"},"key":"specs/rules/base.yaml:113:3"},{"name":"nccl_connections","domain":"positive_integer","latex":"n_{conn}","description":"Receive buffers per channel of a collective communicator (a ring neighbour and a tree parent and child)","flag":false,"provider":"","default":{"text":"3","at":"specs/rules/base.yaml:121:14","key":"specs/rules/base.yaml:121:5"},"key":"specs/rules/base.yaml:118:3"},{"name":"nccl_buffer_bytes","domain":"nonnegative","latex":"B_{nccl}","description":"One connection's buffers - Simple 4 MiB, LL 512 KiB, LL128 4.69 MiB (NCCL defaults)","flag":false,"provider":"","default":{"text":"2**22 + 8 * 512 * 8 * 16 + 120 * 640 * 8 * 8","at":"specs/rules/base.yaml:127:14","key":"specs/rules/base.yaml:127:5"},"key":"specs/rules/base.yaml:123:3"},{"name":"nccl_communicator_bytes","domain":"nonnegative","latex":"R_{comm}","description":"Device memory of one connected NCCL communicator","flag":false,"provider":"","default":{"text":"nccl_channels * nccl_connections * nccl_buffer_bytes","at":"specs/rules/base.yaml:133:14","key":"specs/rules/base.yaml:133:5"},"key":"specs/rules/base.yaml:129:3"},{"name":"nvls","domain":"flag","latex":"f_{nvls}","description":"1 where NCCL uses NVLink SHARP (Hopper and later, a full NVSwitch node)","flag":false,"provider":"","default":{"text":"where(sm_version >= 90 and devices_per_node >= 8, 1, 0)","at":"specs/rules/base.yaml:139:14","key":"specs/rules/base.yaml:139:5"},"key":"specs/rules/base.yaml:135:3"},{"name":"nvls_rank_bytes","domain":"nonnegative","latex":"B_{nvls}","description":"NVLS buffers per rank of a communicator (16 channels x 2 x 1 MiB on SM90)","flag":false,"provider":"","default":{"text":"16 * 2 * 128 * 1024 * 8","at":"specs/rules/base.yaml:145:14","key":"specs/rules/base.yaml:145:5"},"key":"specs/rules/base.yaml:141:3"},{"name":"dp","domain":"positive_integer","latex":"N_{dp}","description":"Data-parallel degree","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/base.yaml:148:69","key":"specs/rules/base.yaml:148:60"},"key":"specs/rules/base.yaml:148:3"},{"name":"tp","domain":"positive_integer","latex":"t","description":"Tensor-parallel degree (Megatron)","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/base.yaml:149:75","key":"specs/rules/base.yaml:149:66"},"key":"specs/rules/base.yaml:149:3"},{"name":"pp","domain":"positive_integer","latex":"p","description":"Pipeline-parallel degree","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/base.yaml:150:66","key":"specs/rules/base.yaml:150:57"},"key":"specs/rules/base.yaml:150:3"},{"name":"stage","domain":"nonnegative_integer","latex":"i","description":"The pipeline stage evaluated (0 = the first, holding the embeddings; pp - 1 = the last, holding the LM head, the logits and the loss)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:155:14","key":"specs/rules/base.yaml:155:5"},"key":"specs/rules/base.yaml:151:3"},{"name":"is_first","domain":"flag","latex":"f_{1}","description":"1 on the first pipeline stage (it holds the embeddings)","flag":false,"provider":"","default":{"text":"where(stage == 0, 1, 0)","at":"specs/rules/base.yaml:161:15","key":"specs/rules/base.yaml:161:5"},"key":"specs/rules/base.yaml:157:3"},{"name":"is_last","domain":"flag","latex":"f_{p}","description":"1 on the last pipeline stage (it holds the LM head, the logits and the loss)","flag":false,"provider":"","default":{"text":"where(stage == pp - 1, 1, 0)","at":"specs/rules/base.yaml:166:15","key":"specs/rules/base.yaml:166:5"},"key":"specs/rules/base.yaml:162:3"}],"presets":[],"default_preset":null,"default_rules":null,"total":{"name":"total","key":"","slot":"@q:"},"parts":[],"derived":{},"phases":{},"block":{},"where":{"":"specs/rules/base.yaml:6:1"},"options":[],"linears":[],"lora_targets":[],"hf":null,"programs":{"main":0,"defaults":{"active_params":1,"hidden_size":2,"vocab_size":3,"embedding_params":4,"tie_word_embeddings":5,"lm_head_params":6,"num_layers":7,"num_heads":8,"num_kv_heads":9,"head_dim":10,"intermediate_size":11,"mlp_activation_width":12,"num_experts_per_tok":13,"moe_intermediate_size":14,"logit_width":15,"logit_positions":16,"max_position_embeddings":17,"devices_per_node":18,"sm_version":19,"memory_bandwidth":20,"flops_bf16":21,"flops_fp16":22,"flops_fp32":23,"flops_tf32":24,"flops_fp8":25,"intra_node_bandwidth":26,"inter_node_bandwidth":27,"price_per_gpu_hour":28,"sm_count":29,"cuda_context_bytes":30,"lazy_modules_bytes":31,"cublas_workspace_bytes":32,"nccl_channels":33,"nccl_connections":34,"nccl_buffer_bytes":35,"nccl_communicator_bytes":36,"nvls":37,"nvls_rank_bytes":38,"dp":39,"tp":40,"pp":41,"stage":42,"is_first":43,"is_last":44},"choices":{},"weights":{},"linears":null,"conditions":{"constraint:tp_splits_heads":45,"constraint:tp_splits_kv_heads":46,"keep:tensor":47,"keep:pipeline":48}},"formulas":[{"label":"total","mathml":"<math display=\"block\"><mrow><mi>total</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"total = 0","source":""},{"label":"default active_params","mathml":"<math display=\"block\"><mrow><mi>defaultactive_params</mi><mo>=</mo><mi>P</mi></mrow></math>","text":"default active_params = params","source":""},{"label":"default embedding_params","mathml":"<math display=\"block\"><mrow><mi>defaultembedding_params</mi><mo>=</mo><mi>d</mi><mi>V</mi></mrow></math>","text":"default embedding_params = hidden_size*vocab_size","source":""},{"label":"default lm_head_params","mathml":"<math display=\"block\"><mrow><mi>defaultlm_head_params</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow></mrow></math>","text":"default lm_head_params = hidden_size*vocab_size*(1 - tie_word_embeddings)","source":""},{"label":"default vocab_size","mathml":"<math display=\"block\"><mrow><mi>defaultvocab_size</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default vocab_size = 0","source":""},{"label":"default hidden_size","mathml":"<math display=\"block\"><mrow><mi>defaulthidden_size</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default hidden_size = 0","source":""},{"label":"default num_layers","mathml":"<math display=\"block\"><mrow><mi>defaultnum_layers</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default num_layers = 0","source":""},{"label":"default num_heads","mathml":"<math display=\"block\"><mrow><mi>defaultnum_heads</mi><mo>=</mo><mo>max</mo><mrow><mo>(</mo><mn>1</mn><mo>,</mo><mrow><mo>\u230a</mo><mfrac><mi>d</mi><mn>128</mn></mfrac><mo>\u230b</mo></mrow><mo>)</mo></mrow></mrow></math>","text":"default num_heads = max(1, floor(hidden_size/128))","source":""},{"label":"default num_kv_heads","mathml":"<math display=\"block\"><mrow><mi>defaultnum_kv_heads</mi><mo>=</mo><mi>H</mi></mrow></math>","text":"default num_kv_heads = num_heads","source":""},{"label":"default head_dim","mathml":"<math display=\"block\"><mrow><mi>defaulthead_dim</mi><mo>=</mo><mfrac><mi>d</mi><mi>H</mi></mfrac></mrow></math>","text":"default head_dim = hidden_size/num_heads","source":""},{"label":"default intermediate_size","mathml":"<math display=\"block\"><mrow><mi>defaultintermediate_size</mi><mo>=</mo><mn>4</mn><mi>d</mi></mrow></math>","text":"default intermediate_size = 4*hidden_size","source":""},{"label":"default mlp_activation_width","mathml":"<math display=\"block\"><mrow><mi>defaultmlp_activation_width</mi><mo>=</mo><mi>I</mi></mrow></math>","text":"default mlp_activation_width = intermediate_size","source":""},{"label":"default num_experts_per_tok","mathml":"<math display=\"block\"><mrow><mi>defaultnum_experts_per_tok</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default num_experts_per_tok = 0","source":""},{"label":"default moe_intermediate_size","mathml":"<math display=\"block\"><mrow><mi>defaultmoe_intermediate_size</mi><mo>=</mo><mi>I</mi></mrow></math>","text":"default moe_intermediate_size = intermediate_size","source":""},{"label":"default logit_width","mathml":"<math display=\"block\"><mrow><mi>defaultlogit_width</mi><mo>=</mo><mi>V</mi></mrow></math>","text":"default logit_width = vocab_size","source":""},{"label":"default logit_positions","mathml":"<math display=\"block\"><mrow><mi>defaultlogit_positions</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default logit_positions = 0","source":""},{"label":"default tie_word_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaulttie_word_embeddings</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default tie_word_embeddings = 0","source":""},{"label":"default max_position_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaultmax_position_embeddings</mi><mo>=</mo><mn>2048</mn></mrow></math>","text":"default max_position_embeddings = 2048","source":""},{"label":"default devices_per_node","mathml":"<math display=\"block\"><mrow><mi>defaultdevices_per_node</mi><mo>=</mo><mn>8</mn></mrow></math>","text":"default devices_per_node = 8","source":""},{"label":"default sm_version","mathml":"<math display=\"block\"><mrow><mi>defaultsm_version</mi><mo>=</mo><mn>80</mn></mrow></math>","text":"default sm_version = 80","source":""},{"label":"default memory_bandwidth","mathml":"<math display=\"block\"><mrow><mi>defaultmemory_bandwidth</mi><mo>=</mo><mn>2000000000000</mn></mrow></math>","text":"default memory_bandwidth = 2000000000000","source":""},{"label":"default flops_bf16","mathml":"<math display=\"block\"><mrow><mi>defaultflops_bf16</mi><mo>=</mo><mn>312000000000000</mn></mrow></math>","text":"default flops_bf16 = 312000000000000","source":""},{"label":"default flops_fp16","mathml":"<math display=\"block\"><mrow><mi>defaultflops_fp16</mi><mo>=</mo><msub><mi>F</mi><mrow><mi>b</mi><mi>f</mi><mn>16</mn></mrow></msub></mrow></math>","text":"default flops_fp16 = flops_bf16","source":""},{"label":"default flops_fp32","mathml":"<math display=\"block\"><mrow><mi>defaultflops_fp32</mi><mo>=</mo><mfrac><msub><mi>F</mi><mrow><mi>b</mi><mi>f</mi><mn>16</mn></mrow></msub><mn>16</mn></mfrac></mrow></math>","text":"default flops_fp32 = flops_bf16/16","source":""},{"label":"default flops_tf32","mathml":"<math display=\"block\"><mrow><mi>defaultflops_tf32</mi><mo>=</mo><mfrac><msub><mi>F</mi><mrow><mi>b</mi><mi>f</mi><mn>16</mn></mrow></msub><mn>2</mn></mfrac></mrow></math>","text":"default flops_tf32 = flops_bf16/2","source":""},{"label":"default flops_fp8","mathml":"<math display=\"block\"><mrow><mi>defaultflops_fp8</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default flops_fp8 = 0","source":""},{"label":"default intra_node_bandwidth","mathml":"<math display=\"block\"><mrow><mi>defaultintra_node_bandwidth</mi><mo>=</mo><mn>150000000000</mn></mrow></math>","text":"default intra_node_bandwidth = 150000000000","source":""},{"label":"default inter_node_bandwidth","mathml":"<math display=\"block\"><mrow><mi>defaultinter_node_bandwidth</mi><mo>=</mo><mn>25000000000</mn></mrow></math>","text":"default inter_node_bandwidth = 25000000000","source":""},{"label":"default price_per_gpu_hour","mathml":"<math display=\"block\"><mrow><mi>defaultprice_per_gpu_hour</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default price_per_gpu_hour = 0","source":""},{"label":"default sm_count","mathml":"<math display=\"block\"><mrow><mi>defaultsm_count</mi><mo>=</mo><mn>108</mn></mrow></math>","text":"default sm_count = 108","source":""},{"label":"default cuda_context_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultcuda_context_bytes</mi><mo>=</mo><mn>419430400</mn></mrow></math>","text":"default cuda_context_bytes = 419430400","source":""},{"label":"default lazy_modules_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultlazy_modules_bytes</mi><mo>=</mo><mn>268435456</mn></mrow></math>","text":"default lazy_modules_bytes = 268435456","source":""},{"label":"default cublas_workspace_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultcublas_workspace_bytes</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>33554432</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>c</mi><mrow><mi>s</mi><mi>m</mi></mrow></msub><mo>=</mo><mn>90</mn></mtd></mtr><mtr><mtd><mn>8519680</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"default cublas_workspace_bytes = where(sm_version == 90, 33554432, 8519680)","source":""},{"label":"default nccl_channels","mathml":"<math display=\"block\"><mrow><mi>defaultnccl_channels</mi><mo>=</mo><mn>16</mn></mrow></math>","text":"default nccl_channels = 16","source":""},{"label":"default nccl_connections","mathml":"<math display=\"block\"><mrow><mi>defaultnccl_connections</mi><mo>=</mo><mn>3</mn></mrow></math>","text":"default nccl_connections = 3","source":""},{"label":"default nccl_buffer_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultnccl_buffer_bytes</mi><mo>=</mo><mn>9633792</mn></mrow></math>","text":"default nccl_buffer_bytes = 9633792","source":""},{"label":"default nccl_communicator_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultnccl_communicator_bytes</mi><mo>=</mo><msub><mi>B</mi><mrow><mi>n</mi><mi>c</mi><mi>c</mi><mi>l</mi></mrow></msub><msub><mi>n</mi><mrow><mi>c</mi><mi>h</mi></mrow></msub><msub><mi>n</mi><mrow><mi>c</mi><mi>o</mi><mi>n</mi><mi>n</mi></mrow></msub></mrow></math>","text":"default nccl_communicator_bytes = nccl_buffer_bytes*nccl_channels*nccl_connections","source":""},{"label":"default nvls","mathml":"<math display=\"block\"><mrow><mi>defaultnvls</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>1</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>n</mi><mrow><mi>n</mi><mi>o</mi><mi>d</mi><mi>e</mi></mrow></msub><mo>\u2265</mo><mn>8</mn><mo>\u2227</mo><msub><mi>c</mi><mrow><mi>s</mi><mi>m</mi></mrow></msub><mo>\u2265</mo><mn>90</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"default nvls = where((devices_per_node >= 8) and (sm_version >= 90), 1, 0)","source":""},{"label":"default nvls_rank_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultnvls_rank_bytes</mi><mo>=</mo><mn>33554432</mn></mrow></math>","text":"default nvls_rank_bytes = 33554432","source":""},{"label":"default dp","mathml":"<math display=\"block\"><mrow><mi>defaultdp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default dp = 1","source":""},{"label":"default tp","mathml":"<math display=\"block\"><mrow><mi>defaulttp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default tp = 1","source":""},{"label":"default pp","mathml":"<math display=\"block\"><mrow><mi>defaultpp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default pp = 1","source":""},{"label":"default stage","mathml":"<math display=\"block\"><mrow><mi>defaultstage</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default stage = 0","source":""},{"label":"default is_first","mathml":"<math display=\"block\"><mrow><mi>defaultis_first</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>1</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>i</mi><mo>=</mo><mn>0</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"default is_first = where(stage == 0, 1, 0)","source":""},{"label":"default is_last","mathml":"<math display=\"block\"><mrow><mi>defaultis_last</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>1</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>i</mi><mo>=</mo><mi>p</mi><mo>-</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"default is_last = where(stage == -1 + pp, 1, 0)","source":""}],"mode":null,"assumptions":[],"shown":[],"layout":{"axes":[{"role":"data","symbol":"dp","values":[],"keep":false,"stage":"","stages":0},{"role":"tensor","symbol":"tp","values":[1,2,4,8,16,32,64],"keep":true,"stage":"","stages":0},{"role":"pipeline","symbol":"pp","values":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64],"keep":true,"stage":"","stages":0}],"constraints":[{"name":"tp_splits_heads","message":"does not divide num_heads = {num_heads}: tensor parallelism splits the heads evenly","symbol":"tp","needs":["num_heads"]},{"name":"tp_splits_kv_heads","message":"does not divide num_kv_heads = {num_kv_heads}: tensor parallelism splits the heads evenly","symbol":"tp","needs":["num_kv_heads"]}]},"limits":[],"reports":[],"views":[],"program_meta":[{"i":[],"o":["@q:"],"c":"0"},{"i":["params"],"o":["active_params"],"c":null},{"i":[],"o":["hidden_size"],"c":"0"},{"i":[],"o":["vocab_size"],"c":"0"},{"i":["hidden_size","vocab_size"],"o":["embedding_params"],"c":null},{"i":[],"o":["tie_word_embeddings"],"c":"0"},{"i":["hidden_size","tie_word_embeddings","vocab_size"],"o":["lm_head_params"],"c":null},{"i":[],"o":["num_layers"],"c":"0"},{"i":["hidden_size"],"o":["num_heads"],"c":null},{"i":["num_heads"],"o":["num_kv_heads"],"c":null},{"i":["hidden_size","num_heads"],"o":["head_dim"],"c":null},{"i":["hidden_size"],"o":["intermediate_size"],"c":null},{"i":["intermediate_size"],"o":["mlp_activation_width"],"c":null},{"i":[],"o":["num_experts_per_tok"],"c":"0"},{"i":["intermediate_size"],"o":["moe_intermediate_size"],"c":null},{"i":["vocab_size"],"o":["logit_width"],"c":null},{"i":[],"o":["logit_positions"],"c":"0"},{"i":[],"o":["max_position_embeddings"],"c":"2048"},{"i":[],"o":["devices_per_node"],"c":"8"},{"i":[],"o":["sm_version"],"c":"80"},{"i":[],"o":["memory_bandwidth"],"c":"2000000000000"},{"i":[],"o":["flops_bf16"],"c":"312000000000000"},{"i":["flops_bf16"],"o":["flops_fp16"],"c":null},{"i":["flops_bf16"],"o":["flops_fp32"],"c":null},{"i":["flops_bf16"],"o":["flops_tf32"],"c":null},{"i":[],"o":["flops_fp8"],"c":"0"},{"i":[],"o":["intra_node_bandwidth"],"c":"150000000000"},{"i":[],"o":["inter_node_bandwidth"],"c":"25000000000"},{"i":[],"o":["price_per_gpu_hour"],"c":"0"},{"i":[],"o":["sm_count"],"c":"108"},{"i":[],"o":["cuda_context_bytes"],"c":"419430400"},{"i":[],"o":["lazy_modules_bytes"],"c":"268435456"},{"i":["sm_version"],"o":["cublas_workspace_bytes"],"c":null},{"i":[],"o":["nccl_channels"],"c":"16"},{"i":[],"o":["nccl_connections"],"c":"3"},{"i":[],"o":["nccl_buffer_bytes"],"c":"9633792"},{"i":["nccl_buffer_bytes","nccl_channels","nccl_connections"],"o":["nccl_communicator_bytes"],"c":null},{"i":["devices_per_node","sm_version"],"o":["nvls"],"c":null},{"i":[],"o":["nvls_rank_bytes"],"c":"33554432"},{"i":[],"o":["dp"],"c":"1"},{"i":[],"o":["tp"],"c":"1"},{"i":[],"o":["pp"],"c":"1"},{"i":[],"o":["stage"],"c":"0"},{"i":["stage"],"o":["is_first"],"c":null},{"i":["pp","stage"],"o":["is_last"],"c":null},{"i":["num_heads","tp"],"o":["constraint:tp_splits_heads"],"c":null},{"i":["num_kv_heads","tp"],"o":["constraint:tp_splits_kv_heads"],"c":null},{"i":["devices_per_node","tp"],"o":["keep:tensor"],"c":null},{"i":["num_layers","pp"],"o":["keep:pipeline"],"c":null}]},
function ({_Z, _Q, _add, _mul, _pow, _powq, _inv, _mod, _lt, _le, _gt, _ge, _eq, _ne, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
null,
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
function plan(v0, v1) {
  let v2 = _eq(_mod(v0, v1), _Z(0n));
  return [v2];
},
function plan(v0, v1) {
  let v2 = _eq(_mod(v0, v1), _Z(0n));
  return [v2];
},
function plan(v0, v1) {
  let v2 = _le(v1, v0);
  return [v2];
},
function plan(v0, v1) {
  let v2 = _or(_eq(v1, _Z(1n)), _and(_eq(_mod(v0, v1), _Z(0n)), _le(v1, _max(_Z(1n), v0))));
  return [v2];
}
];
},
function ({_F, _inv, _mod, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
null,
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
function plan(v0, v1) {
  let v2 = (_mod(v0, v1) === (0.0));
  return [v2];
},
function plan(v0, v1) {
  let v2 = (_mod(v0, v1) === (0.0));
  return [v2];
},
function plan(v0, v1) {
  let v2 = (v1 <= v0);
  return [v2];
},
function plan(v0, v1) {
  let v2 = _or((v1 === (1.0)), _and((_mod(v0, v1) === (0.0)), (v1 <= _max((1.0), v0))));
  return [v2];
}
];
});
