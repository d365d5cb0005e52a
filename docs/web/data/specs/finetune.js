ENGINE.define({"name":"finetune","kind":"rules","path":"specs/rules/finetune.yaml","description":"LoRA / QLoRA fine-tuning per GPU: a frozen base model (bf16, int8 or NF4 with double quantization), adapters of rank r on the target modules (r x (in + out) parameters each, peft's update_layer) in fp32 with their gradients and optimizer states, full activations, and the training rules' sharding, recomputation, logits, buffers and reserve.","abstract":false,"symbols":[{"name":"params","domain":"positive","latex":"P","description":"Parameters of the model (each tensor once)","flag":false,"provider":"","default":null,"key":"specs/rules/base.yaml:17:3"},{"name":"active_params","domain":"positive","latex":"P_{act}","description":"Parameters used per token (mixture of experts)","flag":false,"provider":"","default":{"text":"params","at":"specs/rules/base.yaml:25:14","key":"specs/rules/base.yaml:25:5"},"key":"specs/rules/base.yaml:21:3"},{"name":"embedding_params","domain":"nonnegative","latex":"P_{emb}","description":"Input embedding parameters, held by the first pipeline stage","flag":false,"provider":"","default":{"text":"vocab_size * hidden_size","at":"specs/rules/base.yaml:30:14","key":"specs/rules/base.yaml:30:5"},"key":"specs/rules/base.yaml:26:3"},{"name":"lm_head_params","domain":"nonnegative","latex":"P_{head}","description":"Untied LM head parameters, held by the last pipeline stage","flag":false,"provider":"","default":{"text":"(1 - tie_word_embeddings) * vocab_size * hidden_size","at":"specs/rules/base.yaml:35:14","key":"specs/rules/base.yaml:35:5"},"key":"specs/rules/base.yaml:31:3"},{"name":"vocab_size","domain":"nonnegative_integer","latex":"V","description":"Vocabulary size (0 when unknown)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:36:111","key":"specs/rules/base.yaml:36:102"},"key":"specs/rules/base.yaml:36:3"},{"name":"hidden_size","domain":"nonnegative_integer","latex":"d","description":"Model width (0 when unknown)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:37:108","key":"specs/rules/base.yaml:37:99"},"key":"specs/rules/base.yaml:37:3"},{"name":"num_layers","domain":"nonnegative_integer","latex":"L","description":"Transformer layers (0 when unknown)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:38:114","key":"specs/rules/base.yaml:38:105"},"key":"specs/rules/base.yaml:38:3"},{"name":"num_heads","domain":"positive_integer","latex":"H","description":"Attention heads","flag":false,"provider":"","default":{"text":"max(1, floor(hidden_size / 128))","at":"specs/rules/base.yaml:43:14","key":"specs/rules/base.yaml:43:5"},"key":"specs/rules/base.yaml:39:3"},{"name":"num_kv_heads","domain":"positive_integer","latex":"K","description":"Key/value heads","flag":false,"provider":"","default":{"text":"num_heads","at":"specs/rules/base.yaml:44:93","key":"specs/rules/base.yaml:44:84"},"key":"specs/rules/base.yaml:44:3"},{"name":"head_dim","domain":"nonnegative","latex":"d_h","description":"Width of one head","flag":false,"provider":"","default":{"text":"hidden_size / num_heads","at":"specs/rules/base.yaml:45:88","key":"specs/rules/base.yaml:45:79"},"key":"specs/rules/base.yaml:45:3"},{"name":"intermediate_size","domain":"nonnegative","latex":"I","description":"MLP inner width","flag":false,"provider":"","default":{"text":"4 * hidden_size","at":"specs/rules/base.yaml:46:93","key":"specs/rules/base.yaml:46:84"},"key":"specs/rules/base.yaml:46:3"},{"name":"mlp_activation_width","domain":"nonnegative","latex":"I_{act}","description":"MLP inner width whose activations one token keeps (top-k experts for a mixture of experts)","flag":false,"provider":"","default":{"text":"intermediate_size","at":"specs/rules/base.yaml:51:14","key":"specs/rules/base.yaml:51:5"},"key":"specs/rules/base.yaml:47:3"},{"name":"num_experts_per_tok","domain":"nonnegative_integer","latex":"k","description":"Experts each token is routed to (0 for a dense model)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:52:141","key":"specs/rules/base.yaml:52:132"},"key":"specs/rules/base.yaml:52:3"},{"name":"moe_intermediate_size","domain":"nonnegative","latex":"I_e","description":"Inner width of one expert","flag":false,"provider":"","default":{"text":"intermediate_size","at":"specs/rules/base.yaml:53:109","key":"specs/rules/base.yaml:53:100"},"key":"specs/rules/base.yaml:53:3"},{"name":"logit_width","domain":"nonnegative","latex":"V_{out}","description":"Width of the output layer's logits (the vocabulary for a language-model head, the labels for a classifier)","flag":false,"provider":"","default":{"text":"vocab_size","at":"specs/rules/base.yaml:58:14","key":"specs/rules/base.yaml:58:5"},"key":"specs/rules/base.yaml:54:3"},{"name":"logit_positions","domain":"nonnegative_integer","latex":"n_{out}","description":"Logit rows per sequence (0 = one per token, as a language-model head; 1 for a sequence classifier)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:64:14","key":"specs/rules/base.yaml:64:5"},"key":"specs/rules/base.yaml:60:3"},{"name":"tie_word_embeddings","domain":"flag","latex":"\\tau","description":"1 if the LM head is the input embedding","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:65:115","key":"specs/rules/base.yaml:65:106"},"key":"specs/rules/base.yaml:65:3"},{"name":"max_position_embeddings","domain":"positive_integer","latex":"n_{ctx}","description":"Context length of the model","flag":false,"provider":"","default":{"text":"2048","at":"specs/rules/base.yaml:66:98","key":"specs/rules/base.yaml:66:89"},"key":"specs/rules/base.yaml:66:3"},{"name":"devices_per_node","domain":"positive_integer","latex":"n_{node}","description":"Devices sharing the fast interconnect","flag":false,"provider":"","default":{"text":"8","at":"specs/rules/base.yaml:68:102","key":"specs/rules/base.yaml:68:93"},"key":"specs/rules/base.yaml:68:3"},{"name":"sm_version","domain":"positive_integer","latex":"c_{sm}","description":"Compute capability x 10 (80 Ampere A100, 86/89 Ampere/Ada, 90 Hopper, 100 Blackwell)","flag":false,"provider":"","default":{"text":"80","at":"specs/rules/base.yaml:72:14","key":"specs/rules/base.yaml:72:5"},"key":"specs/rules/base.yaml:69:3"},{"name":"memory_bandwidth","domain":"positive","latex":"B_{mem}","description":"Memory bandwidth, bytes per second","flag":false,"provider":"","default":{"text":"2 * 10**12","at":"specs/rules/base.yaml:74:118","key":"specs/rules/base.yaml:74:109"},"key":"specs/rules/base.yaml:74:3"},{"name":"flops_bf16","domain":"positive","latex":"F_{bf16}","description":"Dense bf16 tensor FLOP/s","flag":false,"provider":"","default":{"text":"312 * 10**12","at":"specs/rules/base.yaml:75:101","key":"specs/rules/base.yaml:75:92"},"key":"specs/rules/base.yaml:75:3"},{"name":"flops_fp16","domain":"positive","latex":"F_{fp16}","description":"Dense fp16 tensor FLOP/s (the bf16 figure where the profile has none)","flag":false,"provider":"","default":{"text":"flops_bf16","at":"specs/rules/base.yaml:76:146","key":"specs/rules/base.yaml:76:137"},"key":"specs/rules/base.yaml:76:3"},{"name":"flops_fp32","domain":"positive","latex":"F_{fp32}","description":"Dense fp32 FLOP/s without tensor cores (torch's default for fp32 matmuls)","flag":false,"provider":"","default":{"text":"flops_bf16 / 16","at":"specs/rules/base.yaml:77:150","key":"specs/rules/base.yaml:77:141"},"key":"specs/rules/base.yaml:77:3"},{"name":"flops_tf32","domain":"positive","latex":"F_{tf32}","description":"Dense TF32 tensor FLOP/s","flag":false,"provider":"","default":{"text":"flops_bf16 / 2","at":"specs/rules/base.yaml:78:101","key":"specs/rules/base.yaml:78:92"},"key":"specs/rules/base.yaml:78:3"},{"name":"flops_fp8","domain":"nonnegative","latex":"F_{fp8}","description":"Dense fp8 tensor FLOP/s (0 where the chip has none)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:79:129","key":"specs/rules/base.yaml:79:120"},"key":"specs/rules/base.yaml:79:3"},{"name":"intra_node_bandwidth","domain":"positive","latex":"B_{intra}","description":"GPU-to-GPU bandwidth inside a node, per GPU and direction (bytes per second)","flag":false,"provider":"","default":{"text":"150 * 10**9","at":"specs/rules/base.yaml:84:14","key":"specs/rules/base.yaml:84:5"},"key":"specs/rules/base.yaml:80:3"},{"name":"inter_node_bandwidth","domain":"positive","latex":"B_{inter}","description":"Bandwidth between nodes, per GPU and direction (bytes per second)","flag":false,"provider":"","default":{"text":"25 * 10**9","at":"specs/rules/base.yaml:90:14","key":"specs/rules/base.yaml:90:5"},"key":"specs/rules/base.yaml:86:3"},{"name":"price_per_gpu_hour","domain":"nonnegative","latex":"c_{gpu}","description":"On-demand price of one GPU-hour in USD, dated in the GPU profile (0 where none is sourced)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:92:179","key":"specs/rules/base.yaml:92:170"},"key":"specs/rules/base.yaml:92:3"},{"name":"sm_count","domain":"positive_integer","latex":"n_{sm}","description":"Streaming multiprocessors","flag":false,"provider":"","default":{"text":"108","at":"specs/rules/base.yaml:93:80","key":"specs/rules/base.yaml:93:71"},"key":"specs/rules/base.yaml:93:3"},{"name":"cuda_context_bytes","domain":"nonnegative","latex":"R_{ctx}","description":"CUDA context of one process before its first tensor (driver, runtime; lazy module loading)","flag":false,"provider":"","default":{"text":"400 * 2**20","at":"specs/rules/base.yaml:99:14","key":"specs/rules/base.yaml:99:5"},"key":"specs/rules/base.yaml:95:3"},{"name":"lazy_modules_bytes","domain":"nonnegative","latex":"R_{mod}","description":"Kernels loaded on first use (CUDA lazy loading) and library handles, outside the allocator","flag":false,"provider":"","default":{"text":"1 / 4 * 2**30","at":"specs/rules/base.yaml:105:14","key":"specs/rules/base.yaml:105:5"},"key":"specs/rules/base.yaml:101:3"},{"name":"cublas_workspace_bytes","domain":"nonnegative","latex":"R_{blas}","description":"cuBLAS workspace of one stream (through the caching allocator)","flag":false,"provider":"","default":{"text":"where(sm_version == 90, 32 * 2**20, 4096 * 1024 * 2 + 16 * 1024 * 8)","at":"specs/rules/base.yaml:111:14","key":"specs/rules/base.yaml:111:5"},"key":"specs/rules/base.yaml:107:3"},{"name":"nccl_channels","domain":"positive_integer","latex":"n_{ch}","description":"Channels of one NCCL communicator","flag":false,"provider":"","default":{"text":"16","at":"specs/rules/base.yaml:116:14","key":"specs/rules/base.yaml:116:5"},"key":"specs/rules/base.yaml:113:3"},{"name":"nccl_connections","domain":"positive_integer","latex":"n_{conn}","description":"Receive buffers per channel of a collective communicator (a ring neighbour and a tree parent and child)","flag":false,"provider":"","default":{"text":"3","at":"specs/rules/base.yaml:121:14","key":"specs/rules/base.yaml:121:5"},"key":"specs/rules/base.yaml:118:3"},{"name":"nccl_buffer_bytes","domain":"nonnegative","latex":"B_{nccl}","description":"One connection's buffers - Simple 4 MiB, LL 512 KiB, LL128 4.69 MiB (NCCL defaults)","flag":false,"provider":"","default":{"text":"2**22 + 8 * 512 * 8 * 16 + 120 * 640 * 8 * 8","at":"specs/rules/base.yaml:127:14","key":"specs/rules/base.yaml:127:5"},"key":"specs/rules/base.yaml:123:3"},{"name":"nccl_communicator_bytes","domain":"nonnegative","latex":"R_{comm}","description":"Device memory of one connected NCCL communicator","flag":false,"provider":"","default":{"text":"nccl_channels * nccl_connections * nccl_buffer_bytes","at":"specs/rules/base.yaml:133:14","key":"specs/rules/base.yaml:133:5"},"key":"specs/rules/base.yaml:129:3"},{"name":"nvls","domain":"flag","latex":"f_{nvls}","description":"1 where NCCL uses NVLink SHARP (Hopper and later, a full NVSwitch node)","flag":false,"provider":"","default":{"text":"where(sm_version >= 90 and devices_per_node >= 8, 1, 0)","at":"specs/rules/base.yaml:139:14","key":"specs/rules/base.yaml:139:5"},"key":"specs/rules/base.yaml:135:3"},{"name":"nvls_rank_bytes","domain":"nonnegative","latex":"B_{nvls}","description":"NVLS buffers per rank of a communicator (16 channels x 2 x 1 MiB on SM90)","flag":false,"provider":"","default":{"text":"16 * 2 * 128 * 1024 * 8","at":"specs/rules/base.yaml:145:14","key":"specs/rules/base.yaml:145:5"},"key":"specs/rules/base.yaml:141:3"},{"name":"dp","domain":"positive_integer","latex":"N_{dp}","description":"Data-parallel degree","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/base.yaml:148:69","key":"specs/rules/base.yaml:148:60"},"key":"specs/rules/base.yaml:148:3"},{"name":"tp","domain":"positive_integer","latex":"t","description":"Tensor-parallel degree (Megatron)","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/base.yaml:149:75","key":"specs/rules/base.yaml:149:66"},"key":"specs/rules/base.yaml:149:3"},{"name":"pp","domain":"positive_integer","latex":"p","description":"Pipeline-parallel degree","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/base.yaml:150:66","key":"specs/rules/base.yaml:150:57"},"key":"specs/rules/base.yaml:150:3"},{"name":"stage","domain":"nonnegative_integer","latex":"i","description":"The pipeline stage evaluated (0 = the first, holding the embeddings; pp - 1 = the last, holding the LM head, the logits and the loss)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:155:14","key":"specs/rules/base.yaml:155:5"},"key":"specs/rules/base.yaml:151:3"},{"name":"is_first","domain":"flag","latex":"f_{1}","description":"1 on the first pipeline stage (it holds the embeddings)","flag":false,"provider":"","default":{"text":"where(stage == 0, 1, 0)","at":"specs/rules/base.yaml:161:15","key":"specs/rules/base.yaml:161:5"},"key":"specs/rules/base.yaml:157:3"},{"name":"is_last","domain":"flag","latex":"f_{p}","description":"1 on the last pipeline stage (it holds the LM head, the logits and the loss)","flag":false,"provider":"","default":{"text":"where(stage == pp - 1, 1, 0)","at":"specs/rules/base.yaml:166:15","key":"specs/rules/base.yaml:166:5"},"key":"specs/rules/base.yaml:162:3"},{"name":"expert_params","domain":"nonnegative","latex":"P_{exp}","description":"Parameters of the routed experts (sharded by expert parallelism)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/training.yaml:45:14","key":"specs/rules/training.yaml:45:5"},"key":"specs/rules/training.yaml:41:3"},{"name":"gated_mlp","domain":"flag","latex":"g","description":"1 for gate + up + down MLPs (SwiGLU)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/training.yaml:46:99","key":"specs/rules/training.yaml:46:90"},"key":"specs/rules/training.yaml:46:3"},{"name":"mlp_act_tensors","domain":"nonnegative","latex":"c_{mlp}","description":"Intermediate-width tensors transformers' MLP keeps for backward (GPT-2's Python gelu_new keeps 5)","flag":false,"provider":"","default":{"text":"where(gated_mlp == 1, 4, 2)","at":"specs/rules/training.yaml:51:14","key":"specs/rules/training.yaml:51:5"},"key":"specs/rules/training.yaml:47:3"},{"name":"rms_norm","domain":"flag","latex":"r","description":"1 for RMSNorm, 0 for LayerNorm","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/training.yaml:53:94","key":"specs/rules/training.yaml:53:85"},"key":"specs/rules/training.yaml:53:3"},{"name":"softmax_fp32","domain":"flag","latex":"f_{sm}","description":"1 if eager attention computes its softmax in fp32 whatever the model dtype (transformers' Llama family)","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/training.yaml:58:14","key":"specs/rules/training.yaml:58:5"},"key":"specs/rules/training.yaml:54:3"},{"name":"layer_norms","domain":"nonnegative_integer","latex":"n_{ln}","description":"Norms per layer whose inputs a layer keeps (2 in a pre-norm decoder layer; 1 in a parallel block on one norm)","flag":false,"provider":"","default":{"text":"2","at":"specs/rules/training.yaml:63:14","key":"specs/rules/training.yaml:63:5"},"key":"specs/rules/training.yaml:59:3"},{"name":"parallel_block","domain":"flag","latex":"\\pi","description":"1 if attention and MLP run in parallel on one norm's output (GPT-J, Falcon-7B), so the MLP's input is the attention's, kept once","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/training.yaml:69:14","key":"specs/rules/training.yaml:69:5"},"key":"specs/rules/training.yaml:65:3"},{"name":"batch","domain":"positive_integer","latex":"b","description":"Micro-batch size per GPU","flag":true,"provider":"","default":{"text":"1","at":"specs/rules/training.yaml:72:69","key":"specs/rules/training.yaml:72:60"},"key":"specs/rules/training.yaml:72:3"},{"name":"seq_len","domain":"positive_integer","latex":"s","description":"Sequence length","flag":true,"provider":"","default":{"text":"min(2048, max_position_embeddings)","at":"specs/rules/training.yaml:76:14","key":"specs/rules/training.yaml:76:5"},"key":"specs/rules/training.yaml:73:3"},{"name":"cp","domain":"positive_integer","latex":"N_{cp}","description":"Context-parallel degree (each sequence split across cp ranks; keys and values passed around them in a ring)","flag":true,"provider":"","default":{"text":"1","at":"specs/rules/training.yaml:83:14","key":"specs/rules/training.yaml:83:5"},"key":"specs/rules/training.yaml:80:3"},{"name":"ep","domain":"positive_integer","latex":"e","description":"Expert-parallel degree (experts split across data-parallel ranks)","flag":true,"provider":"","default":{"text":"1","at":"specs/rules/training.yaml:86:107","key":"specs/rules/training.yaml:86:98"},"key":"specs/rules/training.yaml:86:3"},{"name":"sp","domain":"flag","latex":"\\sigma","description":"1 with sequence parallelism (splits what tensor parallelism replicates)","flag":true,"provider":"","default":{"text":"1","at":"specs/rules/training.yaml:87:132","key":"specs/rules/training.yaml:87:123"},"key":"specs/rules/training.yaml:87:3"},{"name":"microbatches","domain":"positive_integer","latex":"m","description":"Micro-batches per optimizer step on each data-parallel rank (gradient accumulation; the 1F1B schedule's stage i holds min(pp - i, microbatches) in flight)","flag":false,"provider":"","default":{"text":"where(global_batch > 0, max(1, ceil(global_batch / (dp * batch))), pp)","at":"specs/rules/training.yaml:91:14","key":"specs/rules/training.yaml:91:5"},"key":"specs/rules/training.yaml:88:3"},{"name":"global_batch","domain":"nonnegative_integer","latex":"B_{glob}","description":"Sequences per optimizer step, all data-parallel ranks (0 = dp x batch x microbatches)","flag":true,"provider":"","default":{"text":"0","at":"specs/rules/training.yaml:94:177","key":"specs/rules/training.yaml:94:168"},"key":"specs/rules/training.yaml:94:3"},{"name":"tokens","domain":"nonnegative","latex":"T_{train}","description":"Tokens to train on (0 = no total time)","flag":true,"provider":"","default":{"text":"0","at":"specs/rules/training.yaml:95:115","key":"specs/rules/training.yaml:95:106"},"key":"specs/rules/training.yaml:95:3"},{"name":"price","domain":"nonnegative","latex":"c","description":"USD per GPU-hour (default: the GPU profile's dated price)","flag":true,"provider":"","default":{"text":"price_per_gpu_hour","at":"specs/rules/training.yaml:96:126","key":"specs/rules/training.yaml:96:117"},"key":"specs/rules/training.yaml:96:3"},{"name":"peak_flops","domain":"positive","latex":"F_{peak}","description":"Peak FLOP/s of the matrix multiplies in the chosen precision","flag":false,"provider":"","default":{"text":"flops_bf16","at":"specs/rules/training.yaml:97:137","key":"specs/rules/training.yaml:97:128"},"key":"specs/rules/training.yaml:97:3"},{"name":"matmul_efficiency","domain":"fraction","latex":"\\eta","description":"Fraction of the peak the matrix multiplies reach","flag":false,"provider":"","default":{"text":"3/4","at":"specs/rules/training.yaml:102:14","key":"specs/rules/training.yaml:102:5"},"key":"specs/rules/training.yaml:98:3"},{"name":"elementwise_passes","domain":"nonnegative","latex":"\\kappa","description":"Times each kept activation crosses memory per step (written and read in forward and backward)","flag":false,"provider":"","default":{"text":"4","at":"specs/rules/training.yaml:108:14","key":"specs/rules/training.yaml:108:5"},"key":"specs/rules/training.yaml:104:3"},{"name":"dp_overlap","domain":"nonnegative","latex":"o_{dp}","description":"Fraction of the data-parallel communication hidden behind backward","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/training.yaml:110:144","key":"specs/rules/training.yaml:110:135"},"key":"specs/rules/training.yaml:110:3"},{"name":"tp_overlap","domain":"nonnegative","latex":"o_{tp}","description":"Fraction of the tensor-parallel communication hidden behind compute","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/training.yaml:111:145","key":"specs/rules/training.yaml:111:136"},"key":"specs/rules/training.yaml:111:3"},{"name":"attention_flops_share","domain":"nonnegative","latex":"\\alpha","description":"Share of the n x n attention products counted (1 as Megatron and PaLM count; 1/2 for causal kernels that skip the masked half)","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/training.yaml:116:14","key":"specs/rules/training.yaml:116:5"},"key":"specs/rules/training.yaml:112:3"},{"name":"first_stage_layers","domain":"nonnegative","latex":"L_{first}","description":"Layers on the first pipeline stage (an uneven split; Megatron-LM --decoder-first-pipeline-num-layers)","flag":false,"provider":"","default":{"text":"num_layers / pp","at":"specs/rules/training.yaml:122:14","key":"specs/rules/training.yaml:122:5"},"key":"specs/rules/training.yaml:118:3"},{"name":"last_stage_layers","domain":"nonnegative","latex":"L_{last}","description":"Layers on the last pipeline stage (an uneven split; Megatron-LM --decoder-last-pipeline-num-layers)","flag":false,"provider":"","default":{"text":"num_layers / pp","at":"specs/rules/training.yaml:127:14","key":"specs/rules/training.yaml:127:5"},"key":"specs/rules/training.yaml:123:3"},{"name":"virtual_stages","domain":"positive_integer","latex":"v","description":"Model chunks per pipeline stage (the interleaved schedule's virtual stages; 1 without interleaving)","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/training.yaml:131:14","key":"specs/rules/training.yaml:131:5"},"key":"specs/rules/training.yaml:128:3"},{"name":"gpipe","domain":"flag","latex":"g_{pipe}","description":"1 for a GPipe schedule (all micro-batches' forward passes before any backward)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/training.yaml:136:14","key":"specs/rules/training.yaml:136:5"},"key":"specs/rules/training.yaml:132:3"},{"name":"stage_layers","domain":"nonnegative","latex":"L_{i}","description":"Layers on this pipeline stage (the middle stages share what the first and last leave)","flag":false,"provider":"","default":{"text":"where(pp == 1, num_layers, where(stage == 0, first_stage_layers, where(stage == pp - 1, last_stage_layers, (num_layers - first_stage_layers - last_stage_layers) / max(pp - 2, 1))))","at":"specs/rules/training.yaml:141:14","key":"specs/rules/training.yaml:141:5"},"key":"specs/rules/training.yaml:137:3"},{"name":"in_flight","domain":"nonnegative","latex":"m_{i}","description":"Micro-batches whose activations this stage holds, in units of its layers (1F1B, interleaved, GPipe)","flag":false,"provider":"","default":{"text":"where(gpipe == 1, microbatches, min(microbatches, where(virtual_stages > 1, ((pp - stage - 1) * 2 + (virtual_stages - 1) * pp + 1) / virtual_stages, pp - stage)))","at":"specs/rules/training.yaml:148:14","key":"specs/rules/training.yaml:148:5"},"key":"specs/rules/training.yaml:144:3"},{"name":"weight_bytes","domain":"nonnegative","latex":"B_w","description":"Bytes per stored weight","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:153:3"},{"name":"grad_bytes","domain":"nonnegative","latex":"B_g","description":"Bytes per gradient","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:154:3"},{"name":"master_bytes","domain":"nonnegative","latex":"B_m","description":"Bytes per fp32 master weight (0 without one)","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:155:3"},{"name":"state_bytes","domain":"nonnegative","latex":"B_s","description":"Bytes per optimizer state element","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:156:3"},{"name":"act_bytes","domain":"positive","latex":"B_a","description":"Bytes per activation element inside layers","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:157:3"},{"name":"residual_bytes","domain":"positive","latex":"B_r","description":"Bytes per element of the residual stream (fp32 under autocast)","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:158:3"},{"name":"weight_cast_bytes","domain":"nonnegative","latex":"B_{cast}","description":"Bytes per weight of the 16-bit copies autocast caches for backward","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/training.yaml:163:14","key":"specs/rules/training.yaml:163:5"},"key":"specs/rules/training.yaml:159:3"},{"name":"optimizer_bytes","domain":"nonnegative","latex":"K_{opt}","description":"Optimizer state bytes per parameter","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:164:3"},{"name":"optimizer_temp_bytes","domain":"nonnegative","latex":"K_{tmp}","description":"Bytes per parameter of optimizer-step temporaries","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:165:3"},{"name":"zero_stage","domain":"nonnegative_integer","latex":"z_{ds}","description":"DeepSpeed's ZeRO stage (0 when the sharding is not DeepSpeed's)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/training.yaml:166:151","key":"specs/rules/training.yaml:166:142"},"key":"specs/rules/training.yaml:166:3"},{"name":"shard_weights","domain":"flag","latex":"z_w","description":"1 if weights are sharded over data-parallel ranks","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:167:3"},{"name":"shard_grads","domain":"flag","latex":"z_g","description":"1 if gradients are sharded","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:168:3"},{"name":"shard_optimizer","domain":"flag","latex":"z_o","description":"1 if optimizer states are sharded","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:169:3"},{"name":"shard_group","domain":"nonnegative_integer","latex":"G","description":"Ranks one shard spans (0 = all data-parallel ranks; hybrid sharding uses a node)","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:170:3"},{"name":"gather_units","domain":"nonnegative","latex":"u","description":"Layers of unsharded weights alive at once (ZeRO-3/FSDP; current + prefetched)","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:174:3"},{"name":"bucket_elements","domain":"nonnegative","latex":"B_{bkt}","description":"Gradient communication bucket size in elements (DeepSpeed ZeRO)","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:175:3"},{"name":"ddp_bucket_view","domain":"flag","latex":"v","description":"1 if DDP uses gradient_as_bucket_view=True (no second copy of the gradients)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/training.yaml:180:14","key":"specs/rules/training.yaml:180:5"},"key":"specs/rules/training.yaml:176:3"},{"name":"offload_optimizer","domain":"flag","latex":"o_{opt}","description":"1 if optimizer states and master weights live in CPU memory","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:182:3"},{"name":"offload_params","domain":"flag","latex":"o_w","description":"1 if sharded weights live in CPU memory (ZeRO-3 offload)","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:183:3"},{"name":"keep_grads","domain":"flag","latex":"k_g","description":"1 if gradients stay allocated through the forward pass (zero_grad(set_to_none=False), gradient accumulation)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/training.yaml:188:14","key":"specs/rules/training.yaml:188:5"},"key":"specs/rules/training.yaml:184:3"},{"name":"recompute_selective","domain":"flag","latex":"r_s","description":"1 with selective recomputation (attention scores)","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:190:3"},{"name":"recompute_full","domain":"flag","latex":"r_f","description":"1 with full recomputation (gradient checkpointing per layer)","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:191:3"},{"name":"eager_attention","domain":"flag","latex":"E","description":"1 if attention materialises the s x s scores","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:192:3"},{"name":"kv_saved_heads","domain":"nonnegative","latex":"k_s","description":"Key/value heads the attention keeps for backward (expanded copies count)","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:193:3"},{"name":"lse_bytes","domain":"nonnegative","latex":"B_{lse}","description":"Bytes per row statistic a fused attention kernel keeps (log-sum-exp)","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:194:3"},{"name":"mlp_tensors","domain":"nonnegative","latex":"c_m","description":"Intermediate-width tensors the MLP keeps for backward","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:195:3"},{"name":"norm_bytes","domain":"nonnegative","latex":"B_n","description":"Bytes a norm keeps per element of its input","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:196:3"},{"name":"norm_stat_bytes","domain":"nonnegative","latex":"B_{st}","description":"Bytes a norm keeps per token (mean and rstd, or rsqrt)","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:197:3"},{"name":"logits_output_bytes","domain":"nonnegative","latex":"B_{\\ell}","description":"Bytes per logit of the model output","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:198:3"},{"name":"loss_upcast_bytes","domain":"nonnegative","latex":"B_{up}","description":"Bytes per logit of the loss's fp32 copy (alive while the loss is computed)","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:199:3"},{"name":"log_prob_bytes","domain":"nonnegative","latex":"B_{lp}","description":"Bytes per logit of the log-softmax cross-entropy keeps","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:200:3"},{"name":"logits_grad_bytes","domain":"nonnegative","latex":"B_{g\\ell}","description":"Bytes per logit of the gradients at the start of backward","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:201:3"},{"name":"keep_logits","domain":"flag","latex":"k_{\\ell}","description":"1 if the training loop holds the model outputs (outputs = model(...)) through backward and the step; 0 for loops that keep only the loss (HF Trainer)","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/training.yaml:206:14","key":"specs/rules/training.yaml:206:5"},"key":"specs/rules/training.yaml:202:3"},{"name":"dropout","domain":"flag","latex":"\\delta","description":"1 if dropout is on (masks kept for backward)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/training.yaml:207:110","key":"specs/rules/training.yaml:207:101"},"key":"specs/rules/training.yaml:207:3"},{"name":"nccl_bytes","domain":"nonnegative","latex":"R_{nccl}","description":"NCCL buffers of the communicators this rank joins (data, tensor, expert and context groups; pipeline send/receive)","flag":false,"provider":"","default":{"text":"where(dp > 1, nccl_communicator_bytes + nvls * where(dp > 2, min(dp, devices_per_node) * nvls_rank_bytes, 0), 0) + where(tp > 1, nccl_communicator_bytes + nvls * where(tp > 2, tp * nvls_rank_bytes, 0), 0) + where(ep > 1, nccl_communicator_bytes, 0) + where(cp > 1, nccl_communicator_bytes, 0) + where(pp > 1, (2 - is_first - is_last) * nccl_channels / 2 * 2**22, 0)","at":"specs/rules/training.yaml:213:14","key":"specs/rules/training.yaml:213:5"},"key":"specs/rules/training.yaml:209:3"},{"name":"fragmentation_fraction","domain":"nonnegative","latex":"\\phi","description":"The caching allocator's slack (reserved but not allocated), as a fraction of the activation and logit memory","flag":false,"provider":"","default":{"text":"5/100","at":"specs/rules/training.yaml:224:14","key":"specs/rules/training.yaml:224:5"},"key":"specs/rules/training.yaml:220:3"},{"name":"lora_rank","domain":"positive_integer","latex":"r","description":"LoRA rank r","flag":true,"provider":"","default":{"text":"8","at":"specs/rules/finetune.yaml:21:14","key":"specs/rules/finetune.yaml:21:5"},"key":"specs/rules/finetune.yaml:18:3"},{"name":"lora_in_out","domain":"nonnegative","latex":"\\Sigma_{io}","description":"Sum of (in + out) over the adapted matrices of the model (from the architecture's linears and --lora-targets)","flag":false,"provider":"linears.lora","default":{"text":"0","at":"specs/rules/finetune.yaml:28:14","key":"specs/rules/finetune.yaml:28:5"},"key":"specs/rules/finetune.yaml:24:3"},{"name":"linear_params","domain":"nonnegative","latex":"P_{lin}","description":"Weights of the linear layers (what a 4-bit or 8-bit base format replaces)","flag":false,"provider":"linears.weights","default":{"text":"params - embedding_params - lm_head_params","at":"specs/rules/finetune.yaml:34:14","key":"specs/rules/finetune.yaml:34:5"},"key":"specs/rules/finetune.yaml:30:3"},{"name":"base_linear_bytes","domain":"positive","latex":"B_{base}","description":"Bytes per frozen linear weight of the base model","flag":false,"provider":"","default":null,"key":"specs/rules/finetune.yaml:36:3"},{"name":"adapter_bytes","domain":"positive","latex":"B_{ad}","description":"Bytes per adapter weight (peft keeps adapters in fp32 by default)","flag":false,"provider":"","default":{"text":"4","at":"specs/rules/finetune.yaml:41:14","key":"specs/rules/finetune.yaml:41:5"},"key":"specs/rules/finetune.yaml:37:3"},{"name":"dequant_layers","domain":"nonnegative","latex":"u_{dq}","description":"Layers of linear weights a quantized base holds dequantized at once (transient 16-bit tiles)","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/finetune.yaml:46:14","key":"specs/rules/finetune.yaml:46:5"},"key":"specs/rules/finetune.yaml:42:3"}],"presets":[],"default_preset":null,"default_rules":null,"total":{"name":"all_terms","key":"","slot":"@q:"},"parts":[["weights","weights","@q:weights",[],false],["gradients","gradients","@q:gradients",[],false],["optimizer","optimizer","@q:optimizer",[],true],["optimizer/master_weights","master_weights","@q:optimizer/master_weights",[],false],["optimizer/optimizer_states","optimizer_states","@q:optimizer/optimizer_states",[],false],["activations","activations","@q:activations",[],true],["activations/attention","attention","@q:activations/attention",[],false],["activations/scores","scores","@q:activations/scores",[],false],["activations/mlp","mlp","@q:activations/mlp",[],false],["activations/norms","norms","@q:activations/norms",[],false],["activations/dropout_masks","dropout_masks","@q:activations/dropout_masks",[],false],["activations/layer_inputs","layer_inputs","@q:activations/layer_inputs",[],false],["activations/recompute_working_set","recompute_working_set","@q:activations/recompute_working_set",[],false],["activations/head_inputs","head_inputs","@q:activations/head_inputs",[],false],["logits","logits","@q:logits",[],true],["logits/logits_output","logits_output","@q:logits/logits_output",[],false],["logits/loss_upcast","loss_upcast","@q:logits/loss_upcast",[],false],["logits/log_probs","log_probs","@q:logits/log_probs",[],false],["logits/logits_grad","logits_grad","@q:logits/logits_grad",[],false],["buffers","buffers","@q:buffers",[],true],["buffers/gathered_params","gathered_params","@q:buffers/gathered_params",[],false],["buffers/comm_buckets","comm_buckets","@q:buffers/comm_buckets",[],false],["buffers/ddp_buckets","ddp_buckets","@q:buffers/ddp_buckets",[],false],["buffers/cast_weights","cast_weights","@q:buffers/cast_weights",[],false],["buffers/optimizer_temporaries","optimizer_temporaries","@q:buffers/optimizer_temporaries",[],false],["buffers/dequantized","dequantized","@q:buffers/dequantized",[],false],["reserve","reserve","@q:reserve",[],true],["reserve/cuda_context","cuda_context","@q:reserve/cuda_context",[],false],["reserve/nccl","nccl","@q:reserve/nccl",[],false],["reserve/cublas_workspace","cublas_workspace","@q:reserve/cublas_workspace",[],false],["reserve/fragmentation","fragmentation","@q:reserve/fragmentation",[],false],["adapters","adapters","@q:adapters",[],false]],"derived":{"world_size":"@d:world_size","replicas":"@d:replicas","shard_degree":"@d:shard_degree","params_per_gpu":"@d:params_per_gpu","output_params":"@d:output_params","layer_share":"@d:layer_share","last_logit_tokens":"@d:last_logit_tokens","layer_params":"@d:layer_params","kept_layers":"@d:kept_layers","attention_per_layer":"@d:attention_per_layer","scores_per_layer":"@d:scores_per_layer","mlp_per_layer":"@d:mlp_per_layer","norms_per_layer":"@d:norms_per_layer","masks_per_layer":"@d:masks_per_layer","layer_activations":"@d:layer_activations","micro_tokens":"@d:micro_tokens","replicated_split":"@d:replicated_split","model_states":"@d:model_states","activation_peak":"@d:activation_peak","matmul_params":"@d:matmul_params","attention_flops_per_token":"@d:attention_flops_per_token","flops_per_token":"@d:flops_per_token","hardware_flops_per_token":"@d:hardware_flops_per_token","step_sequences":"@d:step_sequences","step_tokens":"@d:step_tokens","compute_seconds":"@d:compute_seconds","elementwise_seconds":"@d:elementwise_seconds","node_bandwidth":"@d:node_bandwidth","tp_comm_seconds":"@d:tp_comm_seconds","ep_comm_seconds":"@d:ep_comm_seconds","dp_comm_seconds":"@d:dp_comm_seconds","cp_comm_seconds":"@d:cp_comm_seconds","bubble":"@d:bubble","step_seconds":"@d:step_seconds","tokens_per_second":"@d:tokens_per_second","mfu":"@d:mfu","hfu":"@d:hfu","train_seconds":"@d:train_seconds","gpu_hours":"@d:gpu_hours","cost":"@d:cost","lora_params":"@d:lora_params","adapter_params_per_gpu":"@d:adapter_params_per_gpu","base_bytes_per_param":"@d:base_bytes_per_param","base_bytes":"@d:base_bytes"},"phases":{"forward":"@p:forward","backward_start":"@p:backward_start","backward_recompute":"@p:backward_recompute","backward_end":"@p:backward_end","optimizer_step":"@p:optimizer_step"},"block":{},"where":{"":"specs/rules/finetune.yaml:76:1","weights":"specs/rules/finetune.yaml:78:11","gradients":"specs/rules/finetune.yaml:88:11","optimizer":"specs/rules/finetune.yaml:92:3","optimizer/master_weights":"specs/rules/finetune.yaml:95:15","optimizer/optimizer_states":"specs/rules/finetune.yaml:99:15","activations":"specs/rules/training.yaml:443:3","activations/attention":"specs/rules/training.yaml:450:15","activations/scores":"specs/rules/training.yaml:453:15","activations/mlp":"specs/rules/training.yaml:456:15","activations/norms":"specs/rules/training.yaml:459:15","activations/dropout_masks":"specs/rules/training.yaml:462:15","activations/layer_inputs":"specs/rules/training.yaml:465:15","activations/recompute_working_set":"specs/rules/training.yaml:469:15","activations/head_inputs":"specs/rules/training.yaml:473:15","logits":"specs/rules/training.yaml:476:3","logits/logits_output":"specs/rules/training.yaml:483:15","logits/loss_upcast":"specs/rules/training.yaml:486:15","logits/log_probs":"specs/rules/training.yaml:489:15","logits/logits_grad":"specs/rules/training.yaml:492:15","buffers":"specs/rules/finetune.yaml:103:3","buffers/gathered_params":"specs/rules/training.yaml:500:15","buffers/comm_buckets":"specs/rules/training.yaml:504:15","buffers/ddp_buckets":"specs/rules/finetune.yaml:110:15","buffers/cast_weights":"specs/rules/training.yaml:512:15","buffers/optimizer_temporaries":"specs/rules/finetune.yaml:114:15","buffers/dequantized":"specs/rules/finetune.yaml:106:15","reserve":"specs/rules/training.yaml:518:3","reserve/cuda_context":"specs/rules/training.yaml:523:15","reserve/nccl":"specs/rules/training.yaml:527:15","reserve/cublas_workspace":"specs/rules/training.yaml:531:15","reserve/fragmentation":"specs/rules/training.yaml:535:15","adapters":"specs/rules/finetune.yaml:83:11","world_size":"specs/rules/training.yaml:568:22","replicas":"specs/rules/training.yaml:570:11","shard_degree":"specs/rules/training.yaml:574:11","params_per_gpu":"specs/rules/training.yaml:577:11","output_params":"specs/rules/training.yaml:581:11","layer_share":"specs/rules/training.yaml:585:11","last_logit_tokens":"specs/rules/training.yaml:588:11","layer_params":"specs/rules/training.yaml:591:11","kept_layers":"specs/rules/training.yaml:594:11","attention_per_layer":"specs/rules/training.yaml:597:11","scores_per_layer":"specs/rules/training.yaml:600:11","mlp_per_layer":"specs/rules/training.yaml:606:11","norms_per_layer":"specs/rules/training.yaml:609:11","masks_per_layer":"specs/rules/training.yaml:612:11","layer_activations":"specs/rules/training.yaml:615:11","micro_tokens":"specs/rules/training.yaml:618:11","replicated_split":"specs/rules/training.yaml:622:11","model_states":"specs/rules/training.yaml:624:24","activation_peak":"specs/rules/training.yaml:626:11","matmul_params":"specs/rules/training.yaml:631:11","attention_flops_per_token":"specs/rules/training.yaml:635:11","flops_per_token":"specs/rules/training.yaml:639:11","hardware_flops_per_token":"specs/rules/training.yaml:643:11","step_sequences":"specs/rules/training.yaml:647:11","step_tokens":"specs/rules/training.yaml:650:11","compute_seconds":"specs/rules/training.yaml:653:11","elementwise_seconds":"specs/rules/training.yaml:656:11","node_bandwidth":"specs/rules/training.yaml:659:11","tp_comm_seconds":"specs/rules/training.yaml:662:11","ep_comm_seconds":"specs/rules/training.yaml:668:11","dp_comm_seconds":"specs/rules/training.yaml:673:11","cp_comm_seconds":"specs/rules/training.yaml:678:11","bubble":"specs/rules/training.yaml:687:11","step_seconds":"specs/rules/training.yaml:691:11","tokens_per_second":"specs/rules/training.yaml:696:11","mfu":"specs/rules/training.yaml:699:11","hfu":"specs/rules/training.yaml:703:11","train_seconds":"specs/rules/training.yaml:706:11","gpu_hours":"specs/rules/training.yaml:709:11","cost":"specs/rules/training.yaml:712:11","lora_params":"specs/rules/finetune.yaml:120:11","adapter_params_per_gpu":"specs/rules/finetune.yaml:123:34","base_bytes_per_param":"specs/rules/finetune.yaml:125:11","base_bytes":"specs/rules/finetune.yaml:127:22","forward":"specs/rules/finetune.yaml:131:11","backward_start":"specs/rules/finetune.yaml:135:11","backward_recompute":"specs/rules/finetune.yaml:140:11","backward_end":"specs/rules/finetune.yaml:144:11","optimizer_step":"specs/rules/finetune.yaml:146:11"},"options":[{"name":"precision","default":"mixed","description":"What each number is stored in","aliases":[],"choices":[{"name":"fp32","description":"Everything fp32","values":{"weight_bytes":{"text":"4","at":"specs/rules/training.yaml:235:29","key":"specs/rules/training.yaml:235:15"},"grad_bytes":{"text":"4","at":"specs/rules/training.yaml:235:44","key":"specs/rules/training.yaml:235:32"},"master_bytes":{"text":"0","at":"specs/rules/training.yaml:235:61","key":"specs/rules/training.yaml:235:47"},"state_bytes":{"text":"4","at":"specs/rules/training.yaml:235:77","key":"specs/rules/training.yaml:235:64"},"act_bytes":{"text":"4","at":"specs/rules/training.yaml:235:91","key":"specs/rules/training.yaml:235:80"},"residual_bytes":{"text":"4","at":"specs/rules/training.yaml:235:110","key":"specs/rules/training.yaml:235:94"},"peak_flops":{"text":"flops_fp32","at":"specs/rules/training.yaml:235:125","key":"specs/rules/training.yaml:235:113"}}},{"name":"mixed","description":"16-bit weights and gradients, fp32 master weights and optimizer states (ZeRO's 2 + 2 + 12)","values":{"weight_bytes":{"text":"2","at":"specs/rules/training.yaml:239:29","key":"specs/rules/training.yaml:239:15"},"grad_bytes":{"text":"2","at":"specs/rules/training.yaml:239:44","key":"specs/rules/training.yaml:239:32"},"master_bytes":{"text":"4","at":"specs/rules/training.yaml:239:61","key":"specs/rules/training.yaml:239:47"},"state_bytes":{"text":"4","at":"specs/rules/training.yaml:239:77","key":"specs/rules/training.yaml:239:64"},"act_bytes":{"text":"2","at":"specs/rules/training.yaml:239:91","key":"specs/rules/training.yaml:239:80"},"residual_bytes":{"text":"2","at":"specs/rules/training.yaml:239:110","key":"specs/rules/training.yaml:239:94"},"peak_flops":{"text":"flops_bf16","at":"specs/rules/training.yaml:239:125","key":"specs/rules/training.yaml:239:113"}}},{"name":"fp8","description":"As mixed, with the matrix multiplies in fp8 (Transformer Engine): an fp8 copy of each weight for the forward and its transpose for the backward; the rest at bf16","values":{"weight_bytes":{"text":"2","at":"specs/rules/training.yaml:243:29","key":"specs/rules/training.yaml:243:15"},"grad_bytes":{"text":"2","at":"specs/rules/training.yaml:243:44","key":"specs/rules/training.yaml:243:32"},"master_bytes":{"text":"4","at":"specs/rules/training.yaml:243:61","key":"specs/rules/training.yaml:243:47"},"state_bytes":{"text":"4","at":"specs/rules/training.yaml:243:77","key":"specs/rules/training.yaml:243:64"},"act_bytes":{"text":"2","at":"specs/rules/training.yaml:243:91","key":"specs/rules/training.yaml:243:80"},"residual_bytes":{"text":"2","at":"specs/rules/training.yaml:243:110","key":"specs/rules/training.yaml:243:94"},"weight_cast_bytes":{"text":"2","at":"specs/rules/training.yaml:243:132","key":"specs/rules/training.yaml:243:113"},"peak_flops":{"text":"where(flops_fp8 > 0, flops_fp8, flops_bf16)","at":"specs/rules/training.yaml:243:148","key":"specs/rules/training.yaml:243:135"}}},{"name":"mixed-fp32-grads","description":"As mixed, with fp32 gradient accumulation (Megatron, DeepSpeed): 2 + 4 + 12 = 18 bytes","values":{"weight_bytes":{"text":"2","at":"specs/rules/training.yaml:247:29","key":"specs/rules/training.yaml:247:15"},"grad_bytes":{"text":"4","at":"specs/rules/training.yaml:247:44","key":"specs/rules/training.yaml:247:32"},"master_bytes":{"text":"4","at":"specs/rules/training.yaml:247:61","key":"specs/rules/training.yaml:247:47"},"state_bytes":{"text":"4","at":"specs/rules/training.yaml:247:77","key":"specs/rules/training.yaml:247:64"},"act_bytes":{"text":"2","at":"specs/rules/training.yaml:247:91","key":"specs/rules/training.yaml:247:80"},"residual_bytes":{"text":"2","at":"specs/rules/training.yaml:247:110","key":"specs/rules/training.yaml:247:94"},"peak_flops":{"text":"flops_bf16","at":"specs/rules/training.yaml:247:125","key":"specs/rules/training.yaml:247:113"}}},{"name":"amp","description":"torch autocast (HF Trainer bf16=True) - fp32 weights, gradients, states and residual stream; 16-bit matmul inputs and outputs, and a cached 16-bit copy of each weight","values":{"weight_bytes":{"text":"4","at":"specs/rules/training.yaml:251:29","key":"specs/rules/training.yaml:251:15"},"grad_bytes":{"text":"4","at":"specs/rules/training.yaml:251:44","key":"specs/rules/training.yaml:251:32"},"master_bytes":{"text":"0","at":"specs/rules/training.yaml:251:61","key":"specs/rules/training.yaml:251:47"},"state_bytes":{"text":"4","at":"specs/rules/training.yaml:251:77","key":"specs/rules/training.yaml:251:64"},"act_bytes":{"text":"2","at":"specs/rules/training.yaml:251:91","key":"specs/rules/training.yaml:251:80"},"residual_bytes":{"text":"4","at":"specs/rules/training.yaml:251:110","key":"specs/rules/training.yaml:251:94"},"weight_cast_bytes":{"text":"2","at":"specs/rules/training.yaml:251:132","key":"specs/rules/training.yaml:251:113"},"peak_flops":{"text":"flops_bf16","at":"specs/rules/training.yaml:251:147","key":"specs/rules/training.yaml:251:135"}}},{"name":"bf16","description":"Pure bf16 - weights, gradients and optimizer states in bf16","values":{"weight_bytes":{"text":"2","at":"specs/rules/training.yaml:255:29","key":"specs/rules/training.yaml:255:15"},"grad_bytes":{"text":"2","at":"specs/rules/training.yaml:255:44","key":"specs/rules/training.yaml:255:32"},"master_bytes":{"text":"0","at":"specs/rules/training.yaml:255:61","key":"specs/rules/training.yaml:255:47"},"state_bytes":{"text":"2","at":"specs/rules/training.yaml:255:77","key":"specs/rules/training.yaml:255:64"},"act_bytes":{"text":"2","at":"specs/rules/training.yaml:255:91","key":"specs/rules/training.yaml:255:80"},"residual_bytes":{"text":"2","at":"specs/rules/training.yaml:255:110","key":"specs/rules/training.yaml:255:94"},"peak_flops":{"text":"flops_bf16","at":"specs/rules/training.yaml:255:125","key":"specs/rules/training.yaml:255:113"}}}],"situations":[]},{"name":"optimizer","default":"adamw","description":"Optimizer states per parameter and step temporaries","aliases":[],"choices":[{"name":"adamw","description":"AdamW, torch's default foreach implementation (two states; step keeps a sqrt copy of one)","values":{"optimizer_bytes":{"text":"2 * state_bytes","at":"specs/rules/training.yaml:263:32","key":"specs/rules/training.yaml:263:15"},"optimizer_temp_bytes":{"text":"state_bytes","at":"specs/rules/training.yaml:263:71","key":"specs/rules/training.yaml:263:49"}}},{"name":"adamw-loop","description":"AdamW one tensor at a time (foreach=False; transformers' own AdamW, the Trainer default until 2023) - its temporaries are one tensor's, neglected","values":{"optimizer_bytes":{"text":"2 * state_bytes","at":"specs/rules/training.yaml:267:32","key":"specs/rules/training.yaml:267:15"},"optimizer_temp_bytes":{"text":"0","at":"specs/rules/training.yaml:267:71","key":"specs/rules/training.yaml:267:49"}}},{"name":"adamw-fused","description":"AdamW with fused=True (no step temporaries)","values":{"optimizer_bytes":{"text":"2 * state_bytes","at":"specs/rules/training.yaml:271:32","key":"specs/rules/training.yaml:271:15"},"optimizer_temp_bytes":{"text":"0","at":"specs/rules/training.yaml:271:71","key":"specs/rules/training.yaml:271:49"}}},{"name":"adam","description":"Adam (same memory as AdamW)","values":{"optimizer_bytes":{"text":"2 * state_bytes","at":"specs/rules/training.yaml:275:32","key":"specs/rules/training.yaml:275:15"},"optimizer_temp_bytes":{"text":"state_bytes","at":"specs/rules/training.yaml:275:71","key":"specs/rules/training.yaml:275:49"}}},{"name":"sgd","description":"SGD without momentum (no state)","values":{"optimizer_bytes":{"text":"0","at":"specs/rules/training.yaml:279:32","key":"specs/rules/training.yaml:279:15"},"optimizer_temp_bytes":{"text":"0","at":"specs/rules/training.yaml:279:57","key":"specs/rules/training.yaml:279:35"}}},{"name":"sgd-momentum","description":"SGD with momentum (one state)","values":{"optimizer_bytes":{"text":"state_bytes","at":"specs/rules/training.yaml:283:32","key":"specs/rules/training.yaml:283:15"},"optimizer_temp_bytes":{"text":"0","at":"specs/rules/training.yaml:283:67","key":"specs/rules/training.yaml:283:45"}}},{"name":"adafactor","description":"Adafactor without momentum; the factored second moment is O(rows + columns) per matrix","values":{"optimizer_bytes":{"text":"where(hidden_size > 0, 8 / hidden_size, 0)","at":"specs/rules/training.yaml:287:33","key":"specs/rules/training.yaml:287:15"},"optimizer_temp_bytes":{"text":"0","at":"specs/rules/training.yaml:287:100","key":"specs/rules/training.yaml:287:78"}}},{"name":"adam-8bit","description":"bitsandbytes 8-bit Adam - two uint8 states and an fp32 absmax per 2048-element block","values":{"optimizer_bytes":{"text":"2 * (1 + 4 / 2048)","at":"specs/rules/training.yaml:291:32","key":"specs/rules/training.yaml:291:15"},"optimizer_temp_bytes":{"text":"0","at":"specs/rules/training.yaml:291:74","key":"specs/rules/training.yaml:291:52"}}},{"name":"lion","description":"Lion (one momentum state)","values":{"optimizer_bytes":{"text":"state_bytes","at":"specs/rules/training.yaml:295:32","key":"specs/rules/training.yaml:295:15"},"optimizer_temp_bytes":{"text":"0","at":"specs/rules/training.yaml:295:67","key":"specs/rules/training.yaml:295:45"}}}],"situations":[]},{"name":"sharding","default":"zero3","description":"How data-parallel ranks share model states","aliases":[],"choices":[{"name":"none","description":"DDP - every rank holds everything","values":{"shard_weights":{"text":"0","at":"specs/rules/training.yaml:310:30","key":"specs/rules/training.yaml:310:15"},"shard_grads":{"text":"0","at":"specs/rules/training.yaml:310:46","key":"specs/rules/training.yaml:310:33"},"shard_optimizer":{"text":"0","at":"specs/rules/training.yaml:310:66","key":"specs/rules/training.yaml:310:49"},"shard_group":{"text":"0","at":"specs/rules/training.yaml:310:82","key":"specs/rules/training.yaml:310:69"},"gather_units":{"text":"0","at":"specs/rules/training.yaml:310:99","key":"specs/rules/training.yaml:310:85"},"bucket_elements":{"text":"0","at":"specs/rules/training.yaml:310:119","key":"specs/rules/training.yaml:310:102"}}},{"name":"zero1","description":"ZeRO stage 1 - optimizer states sharded","values":{"zero_stage":{"text":"1","at":"specs/rules/training.yaml:314:27","key":"specs/rules/training.yaml:314:15"},"shard_weights":{"text":"0","at":"specs/rules/training.yaml:314:45","key":"specs/rules/training.yaml:314:30"},"shard_grads":{"text":"0","at":"specs/rules/training.yaml:314:61","key":"specs/rules/training.yaml:314:48"},"shard_optimizer":{"text":"1","at":"specs/rules/training.yaml:314:81","key":"specs/rules/training.yaml:314:64"},"shard_group":{"text":"0","at":"specs/rules/training.yaml:314:97","key":"specs/rules/training.yaml:314:84"},"gather_units":{"text":"0","at":"specs/rules/training.yaml:314:114","key":"specs/rules/training.yaml:314:100"},"bucket_elements":{"text":"500000000","at":"specs/rules/training.yaml:314:134","key":"specs/rules/training.yaml:314:117"}}},{"name":"zero2","description":"ZeRO stage 2 - optimizer states and gradients sharded","values":{"zero_stage":{"text":"2","at":"specs/rules/training.yaml:318:27","key":"specs/rules/training.yaml:318:15"},"shard_weights":{"text":"0","at":"specs/rules/training.yaml:318:45","key":"specs/rules/training.yaml:318:30"},"shard_grads":{"text":"1","at":"specs/rules/training.yaml:318:61","key":"specs/rules/training.yaml:318:48"},"shard_optimizer":{"text":"1","at":"specs/rules/training.yaml:318:81","key":"specs/rules/training.yaml:318:64"},"shard_group":{"text":"0","at":"specs/rules/training.yaml:318:97","key":"specs/rules/training.yaml:318:84"},"gather_units":{"text":"0","at":"specs/rules/training.yaml:318:114","key":"specs/rules/training.yaml:318:100"},"bucket_elements":{"text":"500000000","at":"specs/rules/training.yaml:318:134","key":"specs/rules/training.yaml:318:117"}}},{"name":"zero3","description":"ZeRO stage 3 - everything sharded; one layer gathered and one prefetched at a time","values":{"zero_stage":{"text":"3","at":"specs/rules/training.yaml:322:27","key":"specs/rules/training.yaml:322:15"},"shard_weights":{"text":"1","at":"specs/rules/training.yaml:322:45","key":"specs/rules/training.yaml:322:30"},"shard_grads":{"text":"1","at":"specs/rules/training.yaml:322:61","key":"specs/rules/training.yaml:322:48"},"shard_optimizer":{"text":"1","at":"specs/rules/training.yaml:322:81","key":"specs/rules/training.yaml:322:64"},"shard_group":{"text":"0","at":"specs/rules/training.yaml:322:97","key":"specs/rules/training.yaml:322:84"},"gather_units":{"text":"2","at":"specs/rules/training.yaml:322:114","key":"specs/rules/training.yaml:322:100"},"bucket_elements":{"text":"500000000","at":"specs/rules/training.yaml:322:134","key":"specs/rules/training.yaml:322:117"}}},{"name":"fsdp","description":"FSDP FULL_SHARD (the ZeRO-3 totals; fp32 sharded weights instead of bf16 + master)","values":{"shard_weights":{"text":"1","at":"specs/rules/training.yaml:326:30","key":"specs/rules/training.yaml:326:15"},"shard_grads":{"text":"1","at":"specs/rules/training.yaml:326:46","key":"specs/rules/training.yaml:326:33"},"shard_optimizer":{"text":"1","at":"specs/rules/training.yaml:326:66","key":"specs/rules/training.yaml:326:49"},"shard_group":{"text":"0","at":"specs/rules/training.yaml:326:82","key":"specs/rules/training.yaml:326:69"},"gather_units":{"text":"2","at":"specs/rules/training.yaml:326:99","key":"specs/rules/training.yaml:326:85"},"bucket_elements":{"text":"0","at":"specs/rules/training.yaml:326:119","key":"specs/rules/training.yaml:326:102"}}},{"name":"fsdp-shard-grad-op","description":"FSDP SHARD_GRAD_OP - gradients and optimizer sharded, weights kept unsharded","values":{"shard_weights":{"text":"0","at":"specs/rules/training.yaml:330:30","key":"specs/rules/training.yaml:330:15"},"shard_grads":{"text":"1","at":"specs/rules/training.yaml:330:46","key":"specs/rules/training.yaml:330:33"},"shard_optimizer":{"text":"1","at":"specs/rules/training.yaml:330:66","key":"specs/rules/training.yaml:330:49"},"shard_group":{"text":"0","at":"specs/rules/training.yaml:330:82","key":"specs/rules/training.yaml:330:69"},"gather_units":{"text":"0","at":"specs/rules/training.yaml:330:99","key":"specs/rules/training.yaml:330:85"},"bucket_elements":{"text":"0","at":"specs/rules/training.yaml:330:119","key":"specs/rules/training.yaml:330:102"}}},{"name":"hybrid","description":"FSDP HYBRID_SHARD - FULL_SHARD within a node, replicated across nodes (--set shard_group=N to change)","values":{"shard_weights":{"text":"1","at":"specs/rules/training.yaml:334:30","key":"specs/rules/training.yaml:334:15"},"shard_grads":{"text":"1","at":"specs/rules/training.yaml:334:46","key":"specs/rules/training.yaml:334:33"},"shard_optimizer":{"text":"1","at":"specs/rules/training.yaml:334:66","key":"specs/rules/training.yaml:334:49"},"shard_group":{"text":"devices_per_node","at":"specs/rules/training.yaml:334:82","key":"specs/rules/training.yaml:334:69"},"gather_units":{"text":"2","at":"specs/rules/training.yaml:334:114","key":"specs/rules/training.yaml:334:100"},"bucket_elements":{"text":"0","at":"specs/rules/training.yaml:334:134","key":"specs/rules/training.yaml:334:117"}}}],"situations":[{"condition":"dp == 1","choice":"none","why":"one data-parallel rank has nothing to shard (ZeRO section 5 divides each state by N_d = 1) and ZeRO-3 would still gather every layer; --sharding zero3 --offload all offloads the weights of one GPU"},{"condition":"pp > 1","choice":"zero1","why":"DeepSpeed's pipeline engine runs ZeRO stage 0 or 1 only; Megatron-LM shards the optimizer (--use-distributed-optimizer)"}]},{"name":"offload","default":"none","description":"What lives in CPU memory instead","aliases":[],"choices":[{"name":"none","description":"Nothing offloaded","values":{"offload_optimizer":{"text":"0","at":"specs/rules/training.yaml:339:71","key":"specs/rules/training.yaml:339:52"},"offload_params":{"text":"0","at":"specs/rules/training.yaml:339:90","key":"specs/rules/training.yaml:339:74"}}},{"name":"optimizer","description":"Optimizer states and master weights in CPU memory (ZeRO-Offload)","values":{"offload_optimizer":{"text":"1","at":"specs/rules/training.yaml:343:34","key":"specs/rules/training.yaml:343:15"},"offload_params":{"text":"0","at":"specs/rules/training.yaml:343:53","key":"specs/rules/training.yaml:343:37"}}},{"name":"all","description":"Optimizer and sharded weights in CPU memory (ZeRO-3 offload_param)","values":{"offload_optimizer":{"text":"1","at":"specs/rules/training.yaml:347:34","key":"specs/rules/training.yaml:347:15"},"offload_params":{"text":"shard_weights","at":"specs/rules/training.yaml:347:53","key":"specs/rules/training.yaml:347:37"}}}],"situations":[]},{"name":"recompute","default":"full","description":"Activation recomputation","aliases":[],"choices":[{"name":"none","description":"Keep every activation","values":{"recompute_selective":{"text":"0","at":"specs/rules/training.yaml:352:77","key":"specs/rules/training.yaml:352:56"},"recompute_full":{"text":"0","at":"specs/rules/training.yaml:352:96","key":"specs/rules/training.yaml:352:80"}}},{"name":"selective","description":"Recompute the attention core (no s x s tensors kept)","values":{"recompute_selective":{"text":"1","at":"specs/rules/training.yaml:356:36","key":"specs/rules/training.yaml:356:15"},"recompute_full":{"text":"0","at":"specs/rules/training.yaml:356:55","key":"specs/rules/training.yaml:356:39"}}},{"name":"full","description":"Keep each layer's input only; recompute the layer in backward","values":{"recompute_selective":{"text":"0","at":"specs/rules/training.yaml:360:36","key":"specs/rules/training.yaml:360:15"},"recompute_full":{"text":"1","at":"specs/rules/training.yaml:360:55","key":"specs/rules/training.yaml:360:39"}}}],"situations":[]},{"name":"attention","default":"flash","description":"Attention implementation","aliases":[],"choices":[{"name":"flash","description":"FlashAttention-2 - no s x s tensors; keeps an fp32 log-sum-exp per row; native grouped-query attention","values":{"eager_attention":{"text":"0","at":"specs/rules/training.yaml:368:32","key":"specs/rules/training.yaml:368:15"},"kv_saved_heads":{"text":"num_kv_heads","at":"specs/rules/training.yaml:368:51","key":"specs/rules/training.yaml:368:35"},"lse_bytes":{"text":"4","at":"specs/rules/training.yaml:368:76","key":"specs/rules/training.yaml:368:65"}}},{"name":"sdpa","description":"torch scaled_dot_product_attention (flash kernel) - output and fp32 log-sum-exp; grouped k/v heads not repeated (enable_gqa)","values":{"eager_attention":{"text":"0","at":"specs/rules/training.yaml:372:32","key":"specs/rules/training.yaml:372:15"},"kv_saved_heads":{"text":"num_kv_heads","at":"specs/rules/training.yaml:372:51","key":"specs/rules/training.yaml:372:35"},"lse_bytes":{"text":"4","at":"specs/rules/training.yaml:372:76","key":"specs/rules/training.yaml:372:65"}}},{"name":"eager","description":"Plain matmul + softmax - keeps the s x s probabilities (and dropout output and mask)","values":{"eager_attention":{"text":"1","at":"specs/rules/training.yaml:376:32","key":"specs/rules/training.yaml:376:15"},"kv_saved_heads":{"text":"num_heads","at":"specs/rules/training.yaml:376:51","key":"specs/rules/training.yaml:376:35"},"lse_bytes":{"text":"0","at":"specs/rules/training.yaml:376:73","key":"specs/rules/training.yaml:376:62"}}}],"situations":[]},{"name":"kernels","default":"transformers","description":"Whose implementation keeps the activations","aliases":[],"choices":[{"name":"transformers","description":"transformers' PyTorch modules under autograd (unfused norms and MLP, fp32 loss)","values":{"mlp_tensors":{"text":"mlp_act_tensors","at":"specs/rules/training.yaml:385:24","key":"specs/rules/training.yaml:385:11"},"norm_bytes":{"text":"where(rms_norm == 1, 4 + residual_bytes, residual_bytes)","at":"specs/rules/training.yaml:386:23","key":"specs/rules/training.yaml:386:11"},"norm_stat_bytes":{"text":"where(rms_norm == 1, 4, 8)","at":"specs/rules/training.yaml:387:28","key":"specs/rules/training.yaml:387:11"},"logits_output_bytes":{"text":"act_bytes","at":"specs/rules/training.yaml:388:32","key":"specs/rules/training.yaml:388:11"},"loss_upcast_bytes":{"text":"where(act_bytes < 4, 4, 0)","at":"specs/rules/training.yaml:389:30","key":"specs/rules/training.yaml:389:11"},"log_prob_bytes":{"text":"4","at":"specs/rules/training.yaml:390:27","key":"specs/rules/training.yaml:390:11"},"logits_grad_bytes":{"text":"8","at":"specs/rules/training.yaml:391:30","key":"specs/rules/training.yaml:391:11"}}},{"name":"megatron","description":"Megatron-LM fused kernels, the accounting of Korthikanti et al. 2022","values":{"mlp_tensors":{"text":"where(gated_mlp == 1, 3, 2)","at":"specs/rules/training.yaml:396:24","key":"specs/rules/training.yaml:396:11"},"norm_bytes":{"text":"act_bytes","at":"specs/rules/training.yaml:397:23","key":"specs/rules/training.yaml:397:11"},"norm_stat_bytes":{"text":"0","at":"specs/rules/training.yaml:398:28","key":"specs/rules/training.yaml:398:11"},"softmax_fp32":{"text":"0","at":"specs/rules/training.yaml:399:25","key":"specs/rules/training.yaml:399:11"},"logits_output_bytes":{"text":"0","at":"specs/rules/training.yaml:400:32","key":"specs/rules/training.yaml:400:11"},"loss_upcast_bytes":{"text":"4","at":"specs/rules/training.yaml:401:30","key":"specs/rules/training.yaml:401:11"},"log_prob_bytes":{"text":"0","at":"specs/rules/training.yaml:402:27","key":"specs/rules/training.yaml:402:11"},"logits_grad_bytes":{"text":"4","at":"specs/rules/training.yaml:403:30","key":"specs/rules/training.yaml:403:11"}}}],"situations":[]},{"name":"schedule","default":"1f1b","description":"Pipeline schedule (how many micro-batches each stage holds in flight)","aliases":[],"choices":[{"name":"1f1b","description":"One forward, one backward (PipeDream-Flush); stage i holds min(pp - i, m) micro-batches","values":{"virtual_stages":{"text":"1","at":"specs/rules/training.yaml:411:31","key":"specs/rules/training.yaml:411:15"},"gpipe":{"text":"0","at":"specs/rules/training.yaml:411:41","key":"specs/rules/training.yaml:411:34"}}},{"name":"interleaved","description":"Interleaved 1F1B with virtual stages (--set virtual_stages=N; 2 by default)","values":{"virtual_stages":{"text":"2","at":"specs/rules/training.yaml:415:31","key":"specs/rules/training.yaml:415:15"},"gpipe":{"text":"0","at":"specs/rules/training.yaml:415:41","key":"specs/rules/training.yaml:415:34"}}},{"name":"gpipe","description":"GPipe - every micro-batch's activations are kept until the backward passes start","values":{"virtual_stages":{"text":"1","at":"specs/rules/training.yaml:419:31","key":"specs/rules/training.yaml:419:15"},"gpipe":{"text":"1","at":"specs/rules/training.yaml:419:41","key":"specs/rules/training.yaml:419:34"}}}],"situations":[]},{"name":"quant","default":"bf16","description":"Format of the frozen base model's linear layers (embeddings, norms and the LM head stay 16-bit); nf4-dq is QLoRA","aliases":["weights-dtype"],"choices":[{"name":"bf16","description":"bf16 base (LoRA)","values":{"base_linear_bytes":{"text":"2","at":"specs/rules/finetune.yaml:54:70","key":"specs/rules/finetune.yaml:54:51"}}},{"name":"fp32","description":"fp32 base","values":{"base_linear_bytes":{"text":"4","at":"specs/rules/finetune.yaml:55:63","key":"specs/rules/finetune.yaml:55:44"}}},{"name":"int8","description":"LLM.int8 base - int8 weights and an fp32 scale per row","values":{"base_linear_bytes":{"text":"1 + 4 / hidden_size","at":"specs/rules/finetune.yaml:59:34","key":"specs/rules/finetune.yaml:59:15"}}},{"name":"nf4","description":"NF4 base, block 64, fp32 absmax (QLoRA without double quantization)","values":{"base_linear_bytes":{"text":"1/2 + 4 / 64","at":"specs/rules/finetune.yaml:63:34","key":"specs/rules/finetune.yaml:63:15"}}},{"name":"nf4-dq","description":"NF4 base with double quantization (QLoRA) - 4.127 bits per weight","values":{"base_linear_bytes":{"text":"1/2 + 1 / 64 + 4 / (64 * 256)","at":"specs/rules/finetune.yaml:67:34","key":"specs/rules/finetune.yaml:67:15"}}}],"situations":[]}],"linears":[],"lora_targets":[],"hf":null,"programs":{"main":0,"defaults":{"active_params":1,"hidden_size":2,"vocab_size":3,"embedding_params":4,"tie_word_embeddings":5,"lm_head_params":6,"num_layers":7,"num_heads":8,"num_kv_heads":9,"head_dim":10,"intermediate_size":11,"mlp_activation_width":12,"num_experts_per_tok":13,"moe_intermediate_size":14,"logit_width":15,"logit_positions":16,"max_position_embeddings":17,"devices_per_node":18,"sm_version":19,"memory_bandwidth":20,"flops_bf16":21,"flops_fp16":22,"flops_fp32":23,"flops_tf32":24,"flops_fp8":25,"intra_node_bandwidth":26,"inter_node_bandwidth":27,"price_per_gpu_hour":28,"sm_count":29,"cuda_context_bytes":30,"lazy_modules_bytes":31,"cublas_workspace_bytes":32,"nccl_channels":33,"nccl_connections":34,"nccl_buffer_bytes":35,"nccl_communicator_bytes":36,"nvls":37,"nvls_rank_bytes":38,"dp":39,"tp":40,"pp":41,"stage":42,"is_first":43,"is_last":44,"expert_params":45,"gated_mlp":46,"mlp_act_tensors":47,"rms_norm":48,"softmax_fp32":49,"layer_norms":50,"parallel_block":51,"batch":52,"seq_len":53,"cp":54,"ep":55,"sp":56,"global_batch":57,"microbatches":58,"tokens":59,"price":60,"peak_flops":61,"matmul_efficiency":62,"elementwise_passes":63,"dp_overlap":64,"tp_overlap":65,"attention_flops_share":66,"first_stage_layers":67,"last_stage_layers":68,"virtual_stages":69,"gpipe":70,"stage_layers":71,"in_flight":72,"weight_cast_bytes":73,"zero_stage":74,"ddp_bucket_view":75,"keep_grads":76,"keep_logits":77,"dropout":78,"nccl_bytes":79,"fragmentation_fraction":80,"lora_rank":81,"lora_in_out":82,"linear_params":83,"adapter_bytes":84,"dequant_layers":85},"choices":{"precision":{"fp32":{"weight_bytes":86,"grad_bytes":87,"master_bytes":88,"state_bytes":89,"act_bytes":90,"residual_bytes":91,"peak_flops":92},"mixed":{"weight_bytes":93,"grad_bytes":94,"master_bytes":95,"state_bytes":96,"act_bytes":97,"residual_bytes":98,"peak_flops":99},"fp8":{"weight_bytes":100,"grad_bytes":101,"master_bytes":102,"state_bytes":103,"act_bytes":104,"residual_bytes":105,"weight_cast_bytes":106,"peak_flops":107},"mixed-fp32-grads":{"weight_bytes":108,"grad_bytes":109,"master_bytes":110,"state_bytes":111,"act_bytes":112,"residual_bytes":113,"peak_flops":114},"amp":{"weight_bytes":115,"grad_bytes":116,"master_bytes":117,"state_bytes":118,"act_bytes":119,"residual_bytes":120,"weight_cast_bytes":121,"peak_flops":122},"bf16":{"weight_bytes":123,"grad_bytes":124,"master_bytes":125,"state_bytes":126,"act_bytes":127,"residual_bytes":128,"peak_flops":129}},"optimizer":{"adamw":{"optimizer_bytes":130,"optimizer_temp_bytes":131},"adamw-loop":{"optimizer_bytes":132,"optimizer_temp_bytes":133},"adamw-fused":{"optimizer_bytes":134,"optimizer_temp_bytes":135},"adam":{"optimizer_bytes":136,"optimizer_temp_bytes":137},"sgd":{"optimizer_bytes":138,"optimizer_temp_bytes":139},"sgd-momentum":{"optimizer_bytes":140,"optimizer_temp_bytes":141},"adafactor":{"optimizer_bytes":142,"optimizer_temp_bytes":143},"adam-8bit":{"optimizer_bytes":144,"optimizer_temp_bytes":145},"lion":{"optimizer_bytes":146,"optimizer_temp_bytes":147}},"sharding":{"none":{"shard_weights":148,"shard_grads":149,"shard_optimizer":150,"shard_group":151,"gather_units":152,"bucket_elements":153},"zero1":{"zero_stage":154,"shard_weights":155,"shard_grads":156,"shard_optimizer":157,"shard_group":158,"gather_units":159,"bucket_elements":160},"zero2":{"zero_stage":161,"shard_weights":162,"shard_grads":163,"shard_optimizer":164,"shard_group":165,"gather_units":166,"bucket_elements":167},"zero3":{"zero_stage":168,"shard_weights":169,"shard_grads":170,"shard_optimizer":171,"shard_group":172,"gather_units":173,"bucket_elements":174},"fsdp":{"shard_weights":175,"shard_grads":176,"shard_optimizer":177,"shard_group":178,"gather_units":179,"bucket_elements":180},"fsdp-shard-grad-op":{"shard_weights":181,"shard_grads":182,"shard_optimizer":183,"shard_group":184,"gather_units":185,"bucket_elements":186},"hybrid":{"shard_weights":187,"shard_grads":188,"shard_optimizer":189,"shard_group":190,"gather_units":191,"bucket_elements":192}},"offload":{"none":{"offload_optimizer":193,"offload_params":194},"optimizer":{"offload_optimizer":195,"offload_params":196},"all":{"offload_optimizer":197,"offload_params":198}},"recompute":{"none":{"recompute_selective":199,"recompute_full":200},"selective":{"recompute_selective":201,"recompute_full":202},"full":{"recompute_selective":203,"recompute_full":204}},"attention":{"flash":{"eager_attention":205,"kv_saved_heads":206,"lse_bytes":207},"sdpa":{"eager_attention":208,"kv_saved_heads":209,"lse_bytes":210},"eager":{"eager_attention":211,"kv_saved_heads":212,"lse_bytes":213}},"kernels":{"transformers":{"mlp_tensors":214,"norm_bytes":215,"norm_stat_bytes":216,"logits_output_bytes":217,"loss_upcast_bytes":218,"log_prob_bytes":219,"logits_grad_bytes":220},"megatron":{"mlp_tensors":221,"norm_bytes":222,"norm_stat_bytes":223,"softmax_fp32":224,"logits_output_bytes":225,"loss_upcast_bytes":226,"log_prob_bytes":227,"logits_grad_bytes":228}},"schedule":{"1f1b":{"virtual_stages":229,"gpipe":230},"interleaved":{"virtual_stages":231,"gpipe":232},"gpipe":{"virtual_stages":233,"gpipe":234}},"quant":{"bf16":{"base_linear_bytes":235},"fp32":{"base_linear_bytes":236},"int8":{"base_linear_bytes":237},"nf4":{"base_linear_bytes":238},"nf4-dq":{"base_linear_bytes":239}}},"weights":{"forward":240,"backward_start":241,"backward_recompute":242,"backward_end":243,"optimizer_step":244},"linears":null,"conditions":{"constraint:tp_splits_heads":245,"constraint:tp_splits_kv_heads":246,"constraint:cp_splits_sequence":247,"constraint:pipeline_with_zero":248,"keep:tensor":249,"keep:pipeline":250,"stage:pipeline:0":251,"stage:pipeline:1":252,"stage:pipeline:2":253,"default:sharding:0":254,"default:sharding:1":255,"time:train_seconds":256,"time:gpu_hours":257,"time:cost":258,"plan:keep":259,"plan:keep:ep":260,"plan:keep:virtual_stages":261,"plan:value:time":262,"plan:value:cost":263,"plan:value:gpu_hours":264,"plan:value:gpus":265,"plan:when:cost":266}},"formulas":[{"label":"all_terms","mathml":"<math display=\"block\"><mrow><mi>all_terms</mi><mo>=</mo><mi>activations</mi><mo>+</mo><mi>adapters</mi><mo>+</mo><mi>buffers</mi><mo>+</mo><mi>gradients</mi><mo>+</mo><mi>logits</mi><mo>+</mo><mi>optimizer</mi><mo>+</mo><mi>reserve</mi><mo>+</mo><mi>weights</mi></mrow></math>","text":"all_terms = activations + adapters + buffers + gradients + logits + optimizer + reserve + weights","source":""},{"label":"weights","mathml":"<math display=\"block\"><mrow><mi>weights</mi><mo>=</mo><mi>base_bytes_per_param</mi><mi>params_per_gpu</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><msub><mi>o</mi><mi>w</mi></msub><mo>)</mo></mrow><mrow><mo>(</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mn>1</mn><mi>shard_degree</mi></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>z</mi><mi>w</mi></msub><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>1</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow></mrow></math>","text":"weights = base_bytes_per_param*params_per_gpu*(1 - offload_params)*where(shard_weights == 1, 1/shard_degree, 1)","source":"formulas.md 5 (frozen base = P_base x bytes_base)"},{"label":"gradients","mathml":"<math display=\"block\"><mrow><mi>gradients</mi><mo>=</mo><msub><mi>B</mi><mrow><mi>a</mi><mi>d</mi></mrow></msub><mi>adapter_params_per_gpu</mi><mrow><mo>(</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mn>1</mn><mi>shard_degree</mi></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>z</mi><mi>g</mi></msub><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>1</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow></mrow></math>","text":"gradients = adapter_params_per_gpu*adapter_bytes*where(shard_grads == 1, 1/shard_degree, 1)","source":"formulas.md 5"},{"label":"optimizer","mathml":"<math display=\"block\"><mrow><mi>optimizer</mi><mo>=</mo><mi>master_weights</mi><mo>+</mo><mi>optimizer_states</mi></mrow></math>","text":"optimizer = master_weights + optimizer_states","source":""},{"label":"optimizer/master_weights","mathml":"<math display=\"block\"><mrow><mi>master_weights</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"optimizer/master_weights = 0","source":"peft keeps adapter weights in fp32 (no separate master copy)"},{"label":"optimizer/optimizer_states","mathml":"<math display=\"block\"><mrow><mi>optimizer_states</mi><mo>=</mo><mi>adapter_params_per_gpu</mi><msub><mi>K</mi><mrow><mi>o</mi><mi>p</mi><mi>t</mi></mrow></msub><mrow><mo>(</mo><mn>1</mn><mo>-</mo><msub><mi>o</mi><mrow><mi>o</mi><mi>p</mi><mi>t</mi></mrow></msub><mo>)</mo></mrow><mrow><mo>(</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mn>1</mn><mi>shard_degree</mi></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>z</mi><mi>o</mi></msub><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>1</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow></mrow></math>","text":"optimizer/optimizer_states = adapter_params_per_gpu*optimizer_bytes*(1 - offload_optimizer)*where(shard_optimizer == 1, 1/shard_degree, 1)","source":"formulas.md 5"},{"label":"activations","mathml":"<math display=\"block\"><mrow><mi>activations</mi><mo>=</mo><mi>attention</mi><mo>+</mo><mi>dropout_masks</mi><mo>+</mo><mi>head_inputs</mi><mo>+</mo><mi>layer_inputs</mi><mo>+</mo><mi>mlp</mi><mo>+</mo><mi>norms</mi><mo>+</mo><mi>recompute_working_set</mi><mo>+</mo><mi>scores</mi></mrow></math>","text":"activations = attention + dropout_masks + head_inputs + layer_inputs + mlp + norms + recompute_working_set + scores","source":"Korthikanti et al. 2022 section 4 and Table 2, generalised to GQA, gated MLPs and fused attention (formulas.md 3.3)"},{"label":"activations/attention","mathml":"<math display=\"block\"><mrow><mi>attention</mi><mo>=</mo><mi>attention_per_layer</mi><mi>kept_layers</mi></mrow></math>","text":"activations/attention = attention_per_layer*kept_layers","source":""},{"label":"activations/scores","mathml":"<math display=\"block\"><mrow><mi>scores</mi><mo>=</mo><mi>kept_layers</mi><mi>scores_per_layer</mi></mrow></math>","text":"activations/scores = kept_layers*scores_per_layer","source":""},{"label":"activations/mlp","mathml":"<math display=\"block\"><mrow><mi>mlp</mi><mo>=</mo><mi>kept_layers</mi><mi>mlp_per_layer</mi></mrow></math>","text":"activations/mlp = kept_layers*mlp_per_layer","source":""},{"label":"activations/norms","mathml":"<math display=\"block\"><mrow><mi>norms</mi><mo>=</mo><mi>kept_layers</mi><mi>norms_per_layer</mi></mrow></math>","text":"activations/norms = kept_layers*norms_per_layer","source":""},{"label":"activations/dropout_masks","mathml":"<math display=\"block\"><mrow><mi>dropout_masks</mi><mo>=</mo><mfrac><mrow><mi>&#948;</mi><mi>d</mi><msub><mi>m</mi><mi>i</mi></msub><msub><mi>f</mi><mn>1</mn></msub><mi>micro_tokens</mi></mrow><mi>replicated_split</mi></mfrac><mo>+</mo><mi>kept_layers</mi><mi>masks_per_layer</mi></mrow></math>","text":"activations/dropout_masks = kept_layers*masks_per_layer + micro_tokens*in_flight*dropout*hidden_size*is_first/replicated_split","source":""},{"label":"activations/layer_inputs","mathml":"<math display=\"block\"><mrow><mi>layer_inputs</mi><mo>=</mo><mi>d</mi><msub><mi>m</mi><mi>i</mi></msub><mi>micro_tokens</mi><msub><mi>r</mi><mi>f</mi></msub><msub><mi>B</mi><mi>r</mi></msub><msub><mi>L</mi><mi>i</mi></msub></mrow></math>","text":"activations/layer_inputs = micro_tokens*in_flight*stage_layers*hidden_size*recompute_full*residual_bytes","source":"Korthikanti et al. 2022 Table 2 (2sbh per layer)"},{"label":"activations/recompute_working_set","mathml":"<math display=\"block\"><mrow><mi>recompute_working_set</mi><mo>=</mo><mi>layer_activations</mi><msub><mi>r</mi><mi>f</mi></msub></mrow></math>","text":"activations/recompute_working_set = layer_activations*recompute_full","source":"Korthikanti et al. 2022 section 4.2 (the layer's activations exist again during its backward)"},{"label":"activations/head_inputs","mathml":"<math display=\"block\"><mrow><mi>head_inputs</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mrow><msub><mi>m</mi><mi>i</mi></msub><mi>micro_tokens</mi><mrow><mo>(</mo><mi>d</mi><mrow><mo>(</mo><msub><mi>B</mi><mi>a</mi></msub><mo>+</mo><msub><mi>B</mi><mi>n</mi></msub><mo>)</mo></mrow><mo>+</mo><msub><mi>B</mi><mrow><mi>s</mi><mi>t</mi></mrow></msub><mo>)</mo></mrow></mrow><mi>replicated_split</mi></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>i</mi><mo>=</mo><mi>p</mi><mo>-</mo><mn>1</mn><mo>\u2227</mo><mi>d</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"activations/head_inputs = where((hidden_size > 0) and (stage == -1 + pp), micro_tokens*in_flight*(norm_stat_bytes + hidden_size*(norm_bytes + act_bytes))/replicated_split, 0)","source":"Korthikanti et al. 2022 section 4.3"},{"label":"logits","mathml":"<math display=\"block\"><mrow><mi>logits</mi><mo>=</mo><mi>log_probs</mi><mo>+</mo><mi>logits_grad</mi><mo>+</mo><mi>logits_output</mi><mo>+</mo><mi>loss_upcast</mi></mrow></math>","text":"logits = log_probs + logits_grad + logits_output + loss_upcast","source":"transformers loss_utils.py ForCausalLMLoss (logits.float(), cross_entropy); Korthikanti section 4.3 (4sbv/t)"},{"label":"logits/logits_output","mathml":"<math display=\"block\"><mrow><mi>logits_output</mi><mo>=</mo><mfrac><mrow><mi>last_logit_tokens</mi><msub><mi>V</mi><mrow><mi>o</mi><mi>u</mi><mi>t</mi></mrow></msub><msub><mi>B</mi><mi>\u2113</mi></msub></mrow><mi>t</mi></mfrac></mrow></math>","text":"logits/logits_output = last_logit_tokens*logit_width*logits_output_bytes/tp","source":""},{"label":"logits/loss_upcast","mathml":"<math display=\"block\"><mrow><mi>loss_upcast</mi><mo>=</mo><mfrac><mrow><mi>last_logit_tokens</mi><msub><mi>V</mi><mrow><mi>o</mi><mi>u</mi><mi>t</mi></mrow></msub><msub><mi>B</mi><mrow><mi>u</mi><mi>p</mi></mrow></msub></mrow><mi>t</mi></mfrac></mrow></math>","text":"logits/loss_upcast = last_logit_tokens*logit_width*loss_upcast_bytes/tp","source":""},{"label":"logits/log_probs","mathml":"<math display=\"block\"><mrow><mi>log_probs</mi><mo>=</mo><mfrac><mrow><mi>last_logit_tokens</mi><msub><mi>B</mi><mrow><mi>l</mi><mi>p</mi></mrow></msub><msub><mi>V</mi><mrow><mi>o</mi><mi>u</mi><mi>t</mi></mrow></msub></mrow><mi>t</mi></mfrac></mrow></math>","text":"logits/log_probs = last_logit_tokens*log_prob_bytes*logit_width/tp","source":""},{"label":"logits/logits_grad","mathml":"<math display=\"block\"><mrow><mi>logits_grad</mi><mo>=</mo><mfrac><mrow><mi>last_logit_tokens</mi><msub><mi>V</mi><mrow><mi>o</mi><mi>u</mi><mi>t</mi></mrow></msub><msub><mi>B</mi><mrow><mi>g</mi><mi>\u2113</mi></mrow></msub></mrow><mi>t</mi></mfrac></mrow></math>","text":"logits/logits_grad = last_logit_tokens*logit_width*logits_grad_bytes/tp","source":"measured in tests/data/measured_training_steps.json (2 x 4 bytes per logit in fp32)"},{"label":"buffers","mathml":"<math display=\"block\"><mrow><mi>buffers</mi><mo>=</mo><mi>cast_weights</mi><mo>+</mo><mi>comm_buckets</mi><mo>+</mo><mi>ddp_buckets</mi><mo>+</mo><mi>dequantized</mi><mo>+</mo><mi>gathered_params</mi><mo>+</mo><mi>optimizer_temporaries</mi></mrow></math>","text":"buffers = cast_weights + comm_buckets + ddp_buckets + dequantized + gathered_params + optimizer_temporaries","source":""},{"label":"buffers/gathered_params","mathml":"<math display=\"block\"><mrow><mi>gathered_params</mi><mo>=</mo><mfrac><mrow><mi>u</mi><mi>layer_params</mi><msub><mi>B</mi><mi>w</mi></msub><mrow><mo>(</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>1</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>z</mi><mi>w</mi></msub><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow></mrow><mi>t</mi></mfrac></mrow></math>","text":"buffers/gathered_params = layer_params*gather_units*weight_bytes*where(shard_weights == 1, 1, 0)/tp","source":"torch FSDP BackwardPrefetch.BACKWARD_PRE (\"current and next set of parameters\"); formulas.md 2.5"},{"label":"buffers/comm_buckets","mathml":"<math display=\"block\"><mrow><mi>comm_buckets</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>2</mn><msub><mi>B</mi><mrow><mi>b</mi><mi>k</mi><mi>t</mi></mrow></msub></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>N</mi><mrow><mi>d</mi><mi>p</mi></mrow></msub><mo>&gt;</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"buffers/comm_buckets = where(dp > 1, 2*bucket_elements, 0)","source":"DeepSpeed reduce_bucket_size=5e8 (formulas.md 2.3, 2.6)"},{"label":"buffers/ddp_buckets","mathml":"<math display=\"block\"><mrow><mi>ddp_buckets</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>B</mi><mrow><mi>a</mi><mi>d</mi></mrow></msub><mi>adapter_params_per_gpu</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>v</mi><mo>)</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>z</mi><mi>o</mi></msub><mo>=</mo><mn>0</mn><mo>\u2227</mo><msub><mi>N</mi><mrow><mi>d</mi><mi>p</mi></mrow></msub><mo>&gt;</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"buffers/ddp_buckets = where((shard_optimizer == 0) and (dp > 1), adapter_params_per_gpu*adapter_bytes*(1 - ddp_bucket_view), 0)","source":"torch DistributedDataParallel docs, gradient_as_bucket_view"},{"label":"buffers/cast_weights","mathml":"<math display=\"block\"><mrow><mi>cast_weights</mi><mo>=</mo><msub><mi>B</mi><mrow><mi>c</mi><mi>a</mi><mi>s</mi><mi>t</mi></mrow></msub><mrow><mo>(</mo><mo>-</mo><mfrac><mrow><msub><mi>P</mi><mrow><mi>e</mi><mi>m</mi><mi>b</mi></mrow></msub><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow></mrow><mi>t</mi></mfrac><mo>+</mo><mi>params_per_gpu</mi><mo>)</mo></mrow></mrow></math>","text":"buffers/cast_weights = weight_cast_bytes*(params_per_gpu - embedding_params*(1 - tie_word_embeddings)/tp)","source":"torch.autocast weight cast cache; measured in tests/data/measured_training_steps.json (amp case)"},{"label":"buffers/optimizer_temporaries","mathml":"<math display=\"block\"><mrow><mi>optimizer_temporaries</mi><mo>=</mo><mi>adapter_params_per_gpu</mi><msub><mi>K</mi><mrow><mi>t</mi><mi>m</mi><mi>p</mi></mrow></msub><mrow><mo>(</mo><mn>1</mn><mo>-</mo><msub><mi>o</mi><mrow><mi>o</mi><mi>p</mi><mi>t</mi></mrow></msub><mo>)</mo></mrow><mrow><mo>(</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mn>1</mn><mi>shard_degree</mi></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>z</mi><mi>o</mi></msub><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>1</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow></mrow></math>","text":"buffers/optimizer_temporaries = adapter_params_per_gpu*optimizer_temp_bytes*(1 - offload_optimizer)*where(shard_optimizer == 1, 1/shard_degree, 1)","source":""},{"label":"buffers/dequantized","mathml":"<math display=\"block\"><mrow><mi>dequantized</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mrow><mn>2</mn><msub><mi>u</mi><mrow><mi>d</mi><mi>q</mi></mrow></msub><msub><mi>P</mi><mrow><mi>l</mi><mi>i</mi><mi>n</mi></mrow></msub></mrow><mrow><mi>t</mi><mo>max</mo><mrow><mo>(</mo><mn>1</mn><mo>,</mo><mi>L</mi><mo>)</mo></mrow></mrow></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>B</mi><mrow><mi>b</mi><mi>a</mi><mi>s</mi><mi>e</mi></mrow></msub><mo>&lt;</mo><mn>2</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"buffers/dequantized = where(base_linear_bytes < 2, 2*dequant_layers*linear_params/(tp*max(1, num_layers)), 0)","source":"formulas.md 5 (\"QLoRA additionally keeps dequantized 16-bit weight tiles transiently\") [derived]"},{"label":"reserve","mathml":"<math display=\"block\"><mrow><mi>reserve</mi><mo>=</mo><mi>cublas_workspace</mi><mo>+</mo><mi>cuda_context</mi><mo>+</mo><mi>fragmentation</mi><mo>+</mo><mi>nccl</mi></mrow></math>","text":"reserve = cublas_workspace + cuda_context + fragmentation + nccl","source":""},{"label":"reserve/cuda_context","mathml":"<math display=\"block\"><mrow><mi>cuda_context</mi><mo>=</mo><msub><mi>R</mi><mrow><mi>c</mi><mi>t</mi><mi>x</mi></mrow></msub><mo>+</mo><msub><mi>R</mi><mrow><mi>m</mi><mi>o</mi><mi>d</mi></mrow></msub></mrow></math>","text":"reserve/cuda_context = cuda_context_bytes + lazy_modules_bytes","source":"pytorch/pytorch#109888 and PR"},{"label":"reserve/nccl","mathml":"<math display=\"block\"><mrow><mi>nccl</mi><mo>=</mo><msub><mi>R</mi><mrow><mi>n</mi><mi>c</mi><mi>c</mi><mi>l</mi></mrow></msub></mrow></math>","text":"reserve/nccl = nccl_bytes","source":"docs/sources/runtime-memory-facts.md section 3"},{"label":"reserve/cublas_workspace","mathml":"<math display=\"block\"><mrow><mi>cublas_workspace</mi><mo>=</mo><msub><mi>R</mi><mrow><mi>b</mi><mi>l</mi><mi>a</mi><mi>s</mi></mrow></msub></mrow></math>","text":"reserve/cublas_workspace = cublas_workspace_bytes","source":"pytorch aten/src/ATen/cuda/CublasHandlePool.cpp"},{"label":"reserve/fragmentation","mathml":"<math display=\"block\"><mrow><mi>fragmentation</mi><mo>=</mo><mi>&#966;</mi><mrow><mo>(</mo><mi>activations</mi><mo>+</mo><mi>logits</mi><mo>)</mo></mrow></mrow></math>","text":"reserve/fragmentation = fragmentation_fraction*(activations + logits)","source":"Megatron-LM theoretical_memory_usage.py (x1.05); ZeRO section 3.2 (fragmentation)"},{"label":"adapters","mathml":"<math display=\"block\"><mrow><mi>adapters</mi><mo>=</mo><msub><mi>B</mi><mrow><mi>a</mi><mi>d</mi></mrow></msub><mi>adapter_params_per_gpu</mi><mrow><mo>(</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mn>1</mn><mi>shard_degree</mi></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>z</mi><mi>w</mi></msub><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>1</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow></mrow></math>","text":"adapters = adapter_params_per_gpu*adapter_bytes*where(shard_weights == 1, 1/shard_degree, 1)","source":"peft/tuners/lora/layer.py update_layer (A is r x in, B is out x r)"},{"label":"world_size","mathml":"<math display=\"block\"><mrow><mi>world_size</mi><mo>=</mo><msub><mi>N</mi><mrow><mi>c</mi><mi>p</mi></mrow></msub><msub><mi>N</mi><mrow><mi>d</mi><mi>p</mi></mrow></msub><mi>p</mi><mi>t</mi></mrow></math>","text":"world_size = cp*dp*pp*tp","source":""},{"label":"replicas","mathml":"<math display=\"block\"><mrow><mi>replicas</mi><mo>=</mo><msub><mi>N</mi><mrow><mi>c</mi><mi>p</mi></mrow></msub><msub><mi>N</mi><mrow><mi>d</mi><mi>p</mi></mrow></msub></mrow></math>","text":"replicas = cp*dp","source":"Megatron-LM parallel_state (the data-parallel group with context parallelism, used for the gradient reduction and the distributed optimizer)"},{"label":"shard_degree","mathml":"<math display=\"block\"><mrow><mi>shard_degree</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mo>min</mo><mrow><mo>(</mo><mi>replicas</mi><mo>,</mo><mi>G</mi><mo>)</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>G</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd><mi>replicas</mi></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"shard_degree = where(shard_group > 0, min(replicas, shard_group), replicas)","source":""},{"label":"params_per_gpu","mathml":"<math display=\"block\"><mrow><mi>params_per_gpu</mi><mo>=</mo><mfrac><mrow><msub><mi>P</mi><mrow><mi>e</mi><mi>m</mi><mi>b</mi></mrow></msub><msub><mi>f</mi><mn>1</mn></msub><mo>+</mo><msub><mi>f</mi><mi>p</mi></msub><mi>output_params</mi><mo>+</mo><mi>layer_share</mi><mrow><mo>(</mo><mo>-</mo><msub><mi>P</mi><mrow><mi>e</mi><mi>m</mi><mi>b</mi></mrow></msub><mo>-</mo><msub><mi>P</mi><mrow><mi>e</mi><mi>x</mi><mi>p</mi></mrow></msub><mo>-</mo><msub><mi>P</mi><mrow><mi>h</mi><mi>e</mi><mi>a</mi><mi>d</mi></mrow></msub><mo>+</mo><mi>P</mi><mo>)</mo></mrow><mo>+</mo><mfrac><mrow><msub><mi>P</mi><mrow><mi>e</mi><mi>x</mi><mi>p</mi></mrow></msub><mi>layer_share</mi></mrow><mi>e</mi></mfrac></mrow><mi>t</mi></mfrac></mrow></math>","text":"params_per_gpu = (layer_share*(params - embedding_params - expert_params - lm_head_params) + output_params*is_last + embedding_params*is_first + layer_share*expert_params/ep)/tp","source":"Megatron-LM theoretical_memory_usage.py (most loaded and other shards)"},{"label":"output_params","mathml":"<math display=\"block\"><mrow><mi>output_params</mi><mo>=</mo><msub><mi>P</mi><mrow><mi>h</mi><mi>e</mi><mi>a</mi><mi>d</mi></mrow></msub><mo>+</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mi>d</mi><mi>&#964;</mi><mi>V</mi></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>p</mi><mo>&gt;</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"output_params = lm_head_params + where(pp > 1, hidden_size*tie_word_embeddings*vocab_size, 0)","source":"Megatron-LM LanguageModule.setup_embeddings_and_output_layer (the last stage holds a copy of shared word embeddings)"},{"label":"layer_share","mathml":"<math display=\"block\"><mrow><mi>layer_share</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><msub><mi>L</mi><mi>i</mi></msub><mi>L</mi></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>L</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd><mfrac><mn>1</mn><mi>p</mi></mfrac></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"layer_share = where(num_layers > 0, stage_layers/num_layers, 1/pp)","source":""},{"label":"last_logit_tokens","mathml":"<math display=\"block\"><mrow><mi>last_logit_tokens</mi><mo>=</mo><msub><mi>m</mi><mi>i</mi></msub><msub><mi>f</mi><mi>p</mi></msub><mrow><mo>(</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mi>b</mi><msub><mi>n</mi><mrow><mi>o</mi><mi>u</mi><mi>t</mi></mrow></msub></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>n</mi><mrow><mi>o</mi><mi>u</mi><mi>t</mi></mrow></msub><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd><mi>micro_tokens</mi></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow></mrow></math>","text":"last_logit_tokens = in_flight*is_last*where(logit_positions > 0, logit_positions*batch, micro_tokens)","source":""},{"label":"layer_params","mathml":"<math display=\"block\"><mrow><mi>layer_params</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mrow><mo>-</mo><msub><mi>P</mi><mrow><mi>e</mi><mi>m</mi><mi>b</mi></mrow></msub><mo>-</mo><msub><mi>P</mi><mrow><mi>h</mi><mi>e</mi><mi>a</mi><mi>d</mi></mrow></msub><mo>+</mo><mi>P</mi></mrow><mi>L</mi></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>L</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"layer_params = where(num_layers > 0, (params - embedding_params - lm_head_params)/num_layers, 0)","source":""},{"label":"kept_layers","mathml":"<math display=\"block\"><mrow><mi>kept_layers</mi><mo>=</mo><msub><mi>m</mi><mi>i</mi></msub><msub><mi>L</mi><mi>i</mi></msub><mrow><mo>(</mo><mn>1</mn><mo>-</mo><msub><mi>r</mi><mi>f</mi></msub><mo>)</mo></mrow></mrow></math>","text":"kept_layers = in_flight*stage_layers*(1 - recompute_full)","source":""},{"label":"attention_per_layer","mathml":"<math display=\"block\"><mrow><mi>attention_per_layer</mi><mo>=</mo><msub><mi>B</mi><mi>a</mi></msub><mi>micro_tokens</mi><mrow><mo>(</mo><mfrac><mrow><msub><mi>d</mi><mi>h</mi></msub><mrow><mo>(</mo><mn>2</mn><msub><mi>k</mi><mi>s</mi></msub><mo>+</mo><mn>2</mn><mi>H</mi><mo>)</mo></mrow></mrow><mi>t</mi></mfrac><mo>+</mo><mfrac><mi>d</mi><mi>replicated_split</mi></mfrac><mo>)</mo></mrow></mrow></math>","text":"attention_per_layer = micro_tokens*act_bytes*(hidden_size/replicated_split + head_dim*(2*kv_saved_heads + 2*num_heads)/tp)","source":""},{"label":"scores_per_layer","mathml":"<math display=\"block\"><mrow><mi>scores_per_layer</mi><mo>=</mo><mfrac><mrow><mi>micro_tokens</mi><mi>H</mi><mrow><mo>(</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mi>s</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><msub><mi>r</mi><mi>s</mi></msub><mo>)</mo></mrow><mrow><mo>(</mo><mi>&#948;</mi><mrow><mo>(</mo><msub><mi>B</mi><mi>a</mi></msub><mo>+</mo><mn>1</mn><mo>)</mo></mrow><mo>+</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>B</mi><mi>a</mi></msub><mo>+</mo><mn>4</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>f</mi><mrow><mi>s</mi><mi>m</mi></mrow></msub><mo>=</mo><mn>1</mn><mo>\u2227</mo><msub><mi>B</mi><mi>a</mi></msub><mo>&lt;</mo><mn>4</mn></mtd></mtr><mtr><mtd><msub><mi>B</mi><mi>a</mi></msub></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>E</mi><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><msub><mi>B</mi><mrow><mi>l</mi><mi>s</mi><mi>e</mi></mrow></msub></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow></mrow><mi>t</mi></mfrac></mrow></math>","text":"scores_per_layer = micro_tokens*num_heads*where(eager_attention == 1, seq_len*(1 - recompute_selective)*(dropout*(1 + act_bytes) + where((softmax_fp32 == 1) and (act_bytes < 4), 4 + act_bytes, act_bytes)), lse_bytes)/tp","source":""},{"label":"mlp_per_layer","mathml":"<math display=\"block\"><mrow><mi>mlp_per_layer</mi><mo>=</mo><msub><mi>B</mi><mi>a</mi></msub><mi>micro_tokens</mi><mrow><mo>(</mo><mfrac><mrow><mi>d</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#960;</mi><mo>)</mo></mrow></mrow><mi>replicated_split</mi></mfrac><mo>+</mo><mfrac><mrow><msub><mi>I</mi><mrow><mi>a</mi><mi>c</mi><mi>t</mi></mrow></msub><msub><mi>c</mi><mi>m</mi></msub></mrow><mi>t</mi></mfrac><mo>)</mo></mrow></mrow></math>","text":"mlp_per_layer = micro_tokens*act_bytes*(mlp_activation_width*mlp_tensors/tp + hidden_size*(1 - parallel_block)/replicated_split)","source":""},{"label":"norms_per_layer","mathml":"<math display=\"block\"><mrow><mi>norms_per_layer</mi><mo>=</mo><mfrac><mrow><msub><mi>n</mi><mrow><mi>l</mi><mi>n</mi></mrow></msub><mi>micro_tokens</mi><mrow><mo>(</mo><mi>d</mi><msub><mi>B</mi><mi>n</mi></msub><mo>+</mo><msub><mi>B</mi><mrow><mi>s</mi><mi>t</mi></mrow></msub><mo>)</mo></mrow></mrow><mi>replicated_split</mi></mfrac></mrow></math>","text":"norms_per_layer = micro_tokens*layer_norms*(norm_stat_bytes + norm_bytes*hidden_size)/replicated_split","source":""},{"label":"masks_per_layer","mathml":"<math display=\"block\"><mrow><mi>masks_per_layer</mi><mo>=</mo><mfrac><mrow><mn>2</mn><mi>&#948;</mi><mi>d</mi><mi>micro_tokens</mi></mrow><mi>replicated_split</mi></mfrac></mrow></math>","text":"masks_per_layer = 2*micro_tokens*dropout*hidden_size/replicated_split","source":""},{"label":"layer_activations","mathml":"<math display=\"block\"><mrow><mi>layer_activations</mi><mo>=</mo><mi>attention_per_layer</mi><mo>+</mo><mi>masks_per_layer</mi><mo>+</mo><mi>mlp_per_layer</mi><mo>+</mo><mi>norms_per_layer</mi><mo>+</mo><mi>scores_per_layer</mi></mrow></math>","text":"layer_activations = attention_per_layer + masks_per_layer + mlp_per_layer + norms_per_layer + scores_per_layer","source":""},{"label":"micro_tokens","mathml":"<math display=\"block\"><mrow><mi>micro_tokens</mi><mo>=</mo><mfrac><mrow><mi>b</mi><mi>s</mi></mrow><msub><mi>N</mi><mrow><mi>c</mi><mi>p</mi></mrow></msub></mfrac></mrow></math>","text":"micro_tokens = batch*seq_len/cp","source":"NeMo Framework user guide, Context Parallelism (\"Unlike Sequence Parallelism (SP) that partitions the activations of specific layers, CP divides the activations of all layers\")"},{"label":"replicated_split","mathml":"<math display=\"block\"><mrow><mi>replicated_split</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mi>t</mi></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>&#963;</mi><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>1</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"replicated_split = where(sp == 1, tp, 1)","source":""},{"label":"model_states","mathml":"<math display=\"block\"><mrow><mi>model_states</mi><mo>=</mo><mi>gradients</mi><mo>+</mo><mi>optimizer</mi><mo>+</mo><mi>weights</mi></mrow></math>","text":"model_states = gradients + optimizer + weights","source":""},{"label":"activation_peak","mathml":"<math display=\"block\"><mrow><mi>activation_peak</mi><mo>=</mo><mi>activations</mi><mo>+</mo><mi>cast_weights</mi><mo>+</mo><mi>log_probs</mi><mo>+</mo><mi>logits_output</mi><mo>+</mo><mi>loss_upcast</mi><mo>-</mo><mi>recompute_working_set</mi></mrow></math>","text":"activation_peak = activations + cast_weights + log_probs + logits_output + loss_upcast - recompute_working_set","source":""},{"label":"matmul_params","mathml":"<math display=\"block\"><mrow><mi>matmul_params</mi><mo>=</mo><msub><mi>P</mi><mrow><mi>a</mi><mi>c</mi><mi>t</mi></mrow></msub><mo>-</mo><msub><mi>P</mi><mrow><mi>e</mi><mi>m</mi><mi>b</mi></mrow></msub><mo>+</mo><mi>d</mi><mi>&#964;</mi><mi>V</mi></mrow></math>","text":"matmul_params = active_params - embedding_params + hidden_size*tie_word_embeddings*vocab_size","source":"Kaplan et al. 2020 section 2.1 (C = 6N); Narayanan et al. 2021 Eq. 3 (the logit layer's 6 B s V h)"},{"label":"attention_flops_per_token","mathml":"<math display=\"block\"><mrow><mi>attention_flops_per_token</mi><mo>=</mo><mn>4</mn><mi>&#945;</mi><msub><mi>d</mi><mi>h</mi></msub><mi>H</mi><mi>L</mi><mi>s</mi></mrow></math>","text":"attention_flops_per_token = 4*attention_flops_share*head_dim*num_layers*num_heads*seq_len","source":"Narayanan et al. 2021 section 5.1; PaLM appendix B (12 L H Q T for forward and backward)"},{"label":"flops_per_token","mathml":"<math display=\"block\"><mrow><mi>flops_per_token</mi><mo>=</mo><mn>3</mn><mi>attention_flops_per_token</mi><mo>+</mo><mn>6</mn><mi>matmul_params</mi></mrow></math>","text":"flops_per_token = 3*attention_flops_per_token + 6*matmul_params","source":"Kaplan et al. 2020 (6N per token); Narayanan et al. 2021 Eq. 3 without recomputation"},{"label":"hardware_flops_per_token","mathml":"<math display=\"block\"><mrow><mi>hardware_flops_per_token</mi><mo>=</mo><mi>attention_flops_per_token</mi><msub><mi>r</mi><mi>s</mi></msub><mo>+</mo><mi>flops_per_token</mi><mo>+</mo><msub><mi>r</mi><mi>f</mi></msub><mrow><mo>(</mo><mi>attention_flops_per_token</mi><mo>+</mo><mn>2</mn><mi>matmul_params</mi><mo>)</mo></mrow></mrow></math>","text":"hardware_flops_per_token = flops_per_token + attention_flops_per_token*recompute_selective + recompute_full*(attention_flops_per_token + 2*matmul_params)","source":"Narayanan et al. 2021 Eq. 3 (the 4x of full recomputation); Korthikanti et al. 2022 section 6.4 (HFU)"},{"label":"step_sequences","mathml":"<math display=\"block\"><mrow><mi>step_sequences</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>B</mi><mrow><mi>g</mi><mi>l</mi><mi>o</mi><mi>b</mi></mrow></msub></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>B</mi><mrow><mi>g</mi><mi>l</mi><mi>o</mi><mi>b</mi></mrow></msub><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd><mi>b</mi><msub><mi>N</mi><mrow><mi>d</mi><mi>p</mi></mrow></msub><mi>m</mi></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"step_sequences = where(global_batch > 0, global_batch, batch*dp*microbatches)","source":""},{"label":"step_tokens","mathml":"<math display=\"block\"><mrow><mi>step_tokens</mi><mo>=</mo><mi>s</mi><mi>step_sequences</mi></mrow></math>","text":"step_tokens = step_sequences*seq_len","source":""},{"label":"compute_seconds","mathml":"<math display=\"block\"><mrow><mi>compute_seconds</mi><mo>=</mo><mfrac><mrow><mi>hardware_flops_per_token</mi><mi>step_tokens</mi></mrow><mrow><mi>&#951;</mi><msub><mi>F</mi><mrow><mi>p</mi><mi>e</mi><mi>a</mi><mi>k</mi></mrow></msub><mi>world_size</mi></mrow></mfrac></mrow></math>","text":"compute_seconds = hardware_flops_per_token*step_tokens/(world_size*matmul_efficiency*peak_flops)","source":""},{"label":"elementwise_seconds","mathml":"<math display=\"block\"><mrow><mi>elementwise_seconds</mi><mo>=</mo><mfrac><mrow><mi>layer_activations</mi><mi>m</mi><msub><mi>L</mi><mi>i</mi></msub><mrow><mo>(</mo><mi>&#954;</mi><mo>+</mo><mn>2</mn><msub><mi>r</mi><mi>f</mi></msub><mo>)</mo></mrow></mrow><msub><mi>B</mi><mrow><mi>m</mi><mi>e</mi><mi>m</mi></mrow></msub></mfrac></mrow></math>","text":"elementwise_seconds = layer_activations*stage_layers*microbatches*(elementwise_passes + 2*recompute_full)/memory_bandwidth","source":""},{"label":"node_bandwidth","mathml":"<math display=\"block\"><mrow><mi>node_bandwidth</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>B</mi><mrow><mi>i</mi><mi>n</mi><mi>t</mi><mi>e</mi><mi>r</mi></mrow></msub></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>n</mi><mrow><mi>n</mi><mi>o</mi><mi>d</mi><mi>e</mi></mrow></msub><mo>&lt;</mo><mi>world_size</mi></mtd></mtr><mtr><mtd><msub><mi>B</mi><mrow><mi>i</mi><mi>n</mi><mi>t</mi><mi>r</mi><mi>a</mi></mrow></msub></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"node_bandwidth = where(devices_per_node < world_size, inter_node_bandwidth, intra_node_bandwidth)","source":""},{"label":"tp_comm_seconds","mathml":"<math display=\"block\"><mrow><mi>tp_comm_seconds</mi><mo>=</mo><mrow><mo>(</mo><mn>1</mn><mo>-</mo><msub><mi>o</mi><mrow><mi>t</mi><mi>p</mi></mrow></msub><mo>)</mo></mrow><mrow><mo>(</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mrow><mn>8</mn><msub><mi>B</mi><mi>a</mi></msub><mi>d</mi><mi>micro_tokens</mi><mi>m</mi><msub><mi>L</mi><mi>i</mi></msub><mrow><mo>(</mo><mi>t</mi><mo>-</mo><mn>1</mn><mo>)</mo></mrow><mrow><mo>(</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mn>1</mn><msub><mi>B</mi><mrow><mi>i</mi><mi>n</mi><mi>t</mi><mi>r</mi><mi>a</mi></mrow></msub></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>n</mi><mrow><mi>n</mi><mi>o</mi><mi>d</mi><mi>e</mi></mrow></msub><mo>\u2265</mo><mi>t</mi></mtd></mtr><mtr><mtd><mfrac><mn>1</mn><msub><mi>B</mi><mrow><mi>i</mi><mi>n</mi><mi>t</mi><mi>e</mi><mi>r</mi></mrow></msub></mfrac></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow></mrow><mi>t</mi></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>t</mi><mo>&gt;</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow></mrow></math>","text":"tp_comm_seconds = (1 - tp_overlap)*where(tp > 1, 8*micro_tokens*stage_layers*hidden_size*act_bytes*microbatches*(-1 + tp)*where(devices_per_node >= tp, 1/intra_node_bandwidth, 1/inter_node_bandwidth)/tp, 0)","source":"Narayanan et al. 2021 section 3.3 (f and g operators); Korthikanti et al. 2022 section 4.2.2"},{"label":"ep_comm_seconds","mathml":"<math display=\"block\"><mrow><mi>ep_comm_seconds</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mrow><mn>4</mn><msub><mi>B</mi><mi>a</mi></msub><mi>d</mi><mi>micro_tokens</mi><mi>m</mi><mi>k</mi><msub><mi>L</mi><mi>i</mi></msub><mrow><mo>(</mo><mi>e</mi><mo>-</mo><mn>1</mn><mo>)</mo></mrow></mrow><mrow><mi>e</mi><mi>node_bandwidth</mi></mrow></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>e</mi><mo>&gt;</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"ep_comm_seconds = where(ep > 1, 4*micro_tokens*stage_layers*hidden_size*num_experts_per_tok*act_bytes*microbatches*(-1 + ep)/(node_bandwidth*ep), 0)","source":"GShard (Lepikhin et al. 2020) section 3; DeepSeek-V3 report section 3.2.2"},{"label":"dp_comm_seconds","mathml":"<math display=\"block\"><mrow><mi>dp_comm_seconds</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mrow><msub><mi>B</mi><mi>g</mi></msub><mi>params_per_gpu</mi><mrow><mo>(</mo><mi>replicas</mi><mo>-</mo><mn>1</mn><mo>)</mo></mrow><mrow><mo>(</mo><msub><mi>z</mi><mi>w</mi></msub><mo>+</mo><mn>2</mn><mo>)</mo></mrow></mrow><mrow><mi>node_bandwidth</mi><mi>replicas</mi></mrow></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>replicas</mi><mo>&gt;</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"dp_comm_seconds = where(replicas > 1, params_per_gpu*grad_bytes*(-1 + replicas)*(2 + shard_weights)/(node_bandwidth*replicas), 0)","source":"ZeRO section 7 (communication volume 2 Psi for DP and ZeRO-2, 3 Psi for ZeRO-3)"},{"label":"cp_comm_seconds","mathml":"<math display=\"block\"><mrow><mi>cp_comm_seconds</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mrow><mn>6</mn><msub><mi>B</mi><mi>a</mi></msub><mi>b</mi><msub><mi>d</mi><mi>h</mi></msub><mi>m</mi><mi>K</mi><mi>s</mi><msub><mi>L</mi><mi>i</mi></msub><mrow><mo>(</mo><msub><mi>N</mi><mrow><mi>c</mi><mi>p</mi></mrow></msub><mo>-</mo><mn>1</mn><mo>)</mo></mrow><mrow><mo>(</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mn>1</mn><msub><mi>B</mi><mrow><mi>i</mi><mi>n</mi><mi>t</mi><mi>r</mi><mi>a</mi></mrow></msub></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>n</mi><mrow><mi>n</mi><mi>o</mi><mi>d</mi><mi>e</mi></mrow></msub><mo>\u2265</mo><msub><mi>N</mi><mrow><mi>c</mi><mi>p</mi></mrow></msub><mi>t</mi></mtd></mtr><mtr><mtd><mfrac><mn>1</mn><msub><mi>B</mi><mrow><mi>i</mi><mi>n</mi><mi>t</mi><mi>e</mi><mi>r</mi></mrow></msub></mfrac></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow></mrow><mrow><msub><mi>N</mi><mrow><mi>c</mi><mi>p</mi></mrow></msub><mi>t</mi></mrow></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>N</mi><mrow><mi>c</mi><mi>p</mi></mrow></msub><mo>&gt;</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"cp_comm_seconds = where(cp > 1, 6*head_dim*stage_layers*act_bytes*batch*microbatches*num_kv_heads*seq_len*(-1 + cp)*where(devices_per_node >= cp*tp, 1/intra_node_bandwidth, 1/inter_node_bandwidth)/(cp*tp), 0)","source":"Liu et al. 2023 (Ring Attention) section 3; TransformerEngine attention AttnFuncWithCPAndKVP2P (K/V sent to the next rank each step; dK/dV in backward)"},{"label":"bubble","mathml":"<math display=\"block\"><mrow><mi>bubble</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mrow><mi>p</mi><mo>-</mo><mn>1</mn></mrow><mrow><mi>m</mi><mi>v</mi><mo>+</mo><mi>p</mi><mo>-</mo><mn>1</mn></mrow></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>p</mi><mo>&gt;</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"bubble = where(pp > 1, (-1 + pp)/(-1 + pp + microbatches*virtual_stages), 0)","source":"Narayanan et al. 2021 section 2.2 ((p - 1)/m of the ideal; (p - 1)/(v m) interleaved)"},{"label":"step_seconds","mathml":"<math display=\"block\"><mrow><mi>step_seconds</mi><mo>=</mo><mo>max</mo><mrow><mo>(</mo><mn>0</mn><mo>,</mo><mo>-</mo><mfrac><mrow><mn>2</mn><mi>compute_seconds</mi><msub><mi>o</mi><mrow><mi>d</mi><mi>p</mi></mrow></msub></mrow><mn>3</mn></mfrac><mo>+</mo><mi>dp_comm_seconds</mi><mo>)</mo></mrow><mo>+</mo><mfrac><mrow><mi>compute_seconds</mi><mo>+</mo><mi>cp_comm_seconds</mi><mo>+</mo><mi>elementwise_seconds</mi><mo>+</mo><mi>ep_comm_seconds</mi><mo>+</mo><mi>tp_comm_seconds</mi></mrow><mrow><mn>1</mn><mo>-</mo><mi>bubble</mi></mrow></mfrac></mrow></math>","text":"step_seconds = (compute_seconds + cp_comm_seconds + elementwise_seconds + ep_comm_seconds + tp_comm_seconds)/(1 - bubble) + max(0, dp_comm_seconds - 2*compute_seconds*dp_overlap/3)","source":""},{"label":"tokens_per_second","mathml":"<math display=\"block\"><mrow><mi>tokens_per_second</mi><mo>=</mo><mfrac><mi>step_tokens</mi><mi>step_seconds</mi></mfrac></mrow></math>","text":"tokens_per_second = step_tokens/step_seconds","source":""},{"label":"mfu","mathml":"<math display=\"block\"><mrow><mi>mfu</mi><mo>=</mo><mfrac><mrow><mi>flops_per_token</mi><mi>tokens_per_second</mi></mrow><mrow><msub><mi>F</mi><mrow><mi>p</mi><mi>e</mi><mi>a</mi><mi>k</mi></mrow></msub><mi>world_size</mi></mrow></mfrac></mrow></math>","text":"mfu = flops_per_token*tokens_per_second/(world_size*peak_flops)","source":"PaLM appendix B; Korthikanti et al. 2022 section 6.4"},{"label":"hfu","mathml":"<math display=\"block\"><mrow><mi>hfu</mi><mo>=</mo><mfrac><mrow><mi>hardware_flops_per_token</mi><mi>tokens_per_second</mi></mrow><mrow><msub><mi>F</mi><mrow><mi>p</mi><mi>e</mi><mi>a</mi><mi>k</mi></mrow></msub><mi>world_size</mi></mrow></mfrac></mrow></math>","text":"hfu = hardware_flops_per_token*tokens_per_second/(world_size*peak_flops)","source":""},{"label":"train_seconds","mathml":"<math display=\"block\"><mrow><mi>train_seconds</mi><mo>=</mo><mfrac><msub><mi>T</mi><mrow><mi>t</mi><mi>r</mi><mi>a</mi><mi>i</mi><mi>n</mi></mrow></msub><mi>tokens_per_second</mi></mfrac></mrow></math>","text":"train_seconds = tokens/tokens_per_second","source":""},{"label":"gpu_hours","mathml":"<math display=\"block\"><mrow><mi>gpu_hours</mi><mo>=</mo><mfrac><mrow><mi>train_seconds</mi><mi>world_size</mi></mrow><mn>3600</mn></mfrac></mrow></math>","text":"gpu_hours = train_seconds*world_size/3600","source":""},{"label":"cost","mathml":"<math display=\"block\"><mrow><mi>cost</mi><mo>=</mo><mi>gpu_hours</mi><mi>c</mi></mrow></math>","text":"cost = gpu_hours*price","source":""},{"label":"lora_params","mathml":"<math display=\"block\"><mrow><mi>lora_params</mi><mo>=</mo><msub><mi>&#931;</mi><mrow><mi>i</mi><mi>o</mi></mrow></msub><mi>r</mi></mrow></math>","text":"lora_params = lora_in_out*lora_rank","source":"LoRA section 4.1 (|Theta| = 2 x L_hat x d x r for square matrices); peft update_layer"},{"label":"adapter_params_per_gpu","mathml":"<math display=\"block\"><mrow><mi>adapter_params_per_gpu</mi><mo>=</mo><mfrac><mi>lora_params</mi><mrow><mi>p</mi><mi>t</mi></mrow></mfrac></mrow></math>","text":"adapter_params_per_gpu = lora_params/(pp*tp)","source":""},{"label":"base_bytes_per_param","mathml":"<math display=\"block\"><mrow><mi>base_bytes_per_param</mi><mo>=</mo><mfrac><mrow><msub><mi>B</mi><mrow><mi>b</mi><mi>a</mi><mi>s</mi><mi>e</mi></mrow></msub><msub><mi>P</mi><mrow><mi>l</mi><mi>i</mi><mi>n</mi></mrow></msub><mo>-</mo><mn>2</mn><msub><mi>P</mi><mrow><mi>l</mi><mi>i</mi><mi>n</mi></mrow></msub><mo>+</mo><mn>2</mn><mi>P</mi></mrow><mi>P</mi></mfrac></mrow></math>","text":"base_bytes_per_param = (-2*linear_params + 2*params + linear_params*base_linear_bytes)/params","source":""},{"label":"base_bytes","mathml":"<math display=\"block\"><mrow><mi>base_bytes</mi><mo>=</mo><mi>base_bytes_per_param</mi><mi>P</mi></mrow></math>","text":"base_bytes = base_bytes_per_param*params","source":""},{"label":"forward","mathml":"<math display=\"block\"><mrow><mi>forward</mi><mo>=</mo><mi>activations</mi><mo>+</mo><mi>adapters</mi><mo>+</mo><mi>cast_weights</mi><mo>+</mo><mi>comm_buckets</mi><mo>+</mo><mi>ddp_buckets</mi><mo>+</mo><mi>dequantized</mi><mo>+</mo><mi>gathered_params</mi><mo>+</mo><mi>gradients</mi><msub><mi>k</mi><mi>g</mi></msub><mo>+</mo><mi>log_probs</mi><mo>+</mo><mi>logits_output</mi><mo>+</mo><mi>loss_upcast</mi><mo>+</mo><mi>optimizer</mi><mo>-</mo><mi>recompute_working_set</mi><mo>+</mo><mi>reserve</mi><mo>+</mo><mi>weights</mi></mrow></math>","text":"forward = activations + adapters + cast_weights + comm_buckets + ddp_buckets + dequantized + gathered_params + log_probs + logits_output + loss_upcast + optimizer + reserve + weights - recompute_working_set + gradients*keep_grads","source":""},{"label":"backward_start","mathml":"<math display=\"block\"><mrow><mi>backward_start</mi><mo>=</mo><mi>activations</mi><mo>+</mo><mi>adapters</mi><mo>+</mo><mi>cast_weights</mi><mo>+</mo><mi>comm_buckets</mi><mo>+</mo><mi>ddp_buckets</mi><mo>+</mo><mi>dequantized</mi><mo>+</mo><mi>gathered_params</mi><mo>+</mo><mi>gradients</mi><msub><mi>k</mi><mi>g</mi></msub><mo>+</mo><msub><mi>k</mi><mi>\u2113</mi></msub><mi>logits_output</mi><mo>+</mo><mi>log_probs</mi><mo>+</mo><mi>logits_grad</mi><mo>+</mo><mi>optimizer</mi><mo>-</mo><mi>recompute_working_set</mi><mo>+</mo><mi>reserve</mi><mo>+</mo><mi>weights</mi></mrow></math>","text":"backward_start = activations + adapters + cast_weights + comm_buckets + ddp_buckets + dequantized + gathered_params + log_probs + logits_grad + optimizer + reserve + weights - recompute_working_set + gradients*keep_grads + logits_output*keep_logits","source":""},{"label":"backward_recompute","mathml":"<math display=\"block\"><mrow><mi>backward_recompute</mi><mo>=</mo><mi>activations</mi><mo>+</mo><mi>adapters</mi><mo>+</mo><mi>cast_weights</mi><mo>+</mo><mi>comm_buckets</mi><mo>+</mo><mi>ddp_buckets</mi><mo>+</mo><mi>dequantized</mi><mo>+</mo><mi>gathered_params</mi><mo>+</mo><mi>gradients</mi><msub><mi>k</mi><mi>g</mi></msub><mo>+</mo><msub><mi>k</mi><mi>\u2113</mi></msub><mi>logits_output</mi><mo>+</mo><mi>optimizer</mi><mo>+</mo><mi>reserve</mi><mo>+</mo><mi>weights</mi></mrow></math>","text":"backward_recompute = activations + adapters + cast_weights + comm_buckets + ddp_buckets + dequantized + gathered_params + optimizer + reserve + weights + gradients*keep_grads + logits_output*keep_logits","source":""},{"label":"backward_end","mathml":"<math display=\"block\"><mrow><mi>backward_end</mi><mo>=</mo><mi>adapters</mi><mo>+</mo><mi>comm_buckets</mi><mo>+</mo><mi>ddp_buckets</mi><mo>+</mo><mi>gathered_params</mi><mo>+</mo><mi>gradients</mi><mo>+</mo><msub><mi>k</mi><mi>\u2113</mi></msub><mi>logits_output</mi><mo>+</mo><mi>optimizer</mi><mo>+</mo><mi>reserve</mi><mo>+</mo><mi>weights</mi></mrow></math>","text":"backward_end = adapters + comm_buckets + ddp_buckets + gathered_params + gradients + optimizer + reserve + weights + logits_output*keep_logits","source":""},{"label":"optimizer_step","mathml":"<math display=\"block\"><mrow><mi>optimizer_step</mi><mo>=</mo><mi>adapters</mi><mo>+</mo><mi>gradients</mi><mo>+</mo><msub><mi>k</mi><mi>\u2113</mi></msub><mi>logits_output</mi><mo>+</mo><mi>optimizer</mi><mo>+</mo><mi>optimizer_temporaries</mi><mo>+</mo><mi>reserve</mi><mo>+</mo><mi>weights</mi></mrow></math>","text":"optimizer_step = adapters + gradients + optimizer + optimizer_temporaries + reserve + weights + logits_output*keep_logits","source":""},{"label":"default active_params","mathml":"<math display=\"block\"><mrow><mi>defaultactive_params</mi><mo>=</mo><mi>P</mi></mrow></math>","text":"default active_params = params","source":""},{"label":"default embedding_params","mathml":"<math display=\"block\"><mrow><mi>defaultembedding_params</mi><mo>=</mo><mi>d</mi><mi>V</mi></mrow></math>","text":"default embedding_params = hidden_size*vocab_size","source":""},{"label":"default lm_head_params","mathml":"<math display=\"block\"><mrow><mi>defaultlm_head_params</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow></mrow></math>","text":"default lm_head_params = hidden_size*vocab_size*(1 - tie_word_embeddings)","source":""},{"label":"default vocab_size","mathml":"<math display=\"block\"><mrow><mi>defaultvocab_size</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default vocab_size = 0","source":""},{"label":"default hidden_size","mathml":"<math display=\"block\"><mrow><mi>defaulthidden_size</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default hidden_size = 0","source":""},{"label":"default num_layers","mathml":"<math display=\"block\"><mrow><mi>defaultnum_layers</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default num_layers = 0","source":""},{"label":"default num_heads","mathml":"<math display=\"block\"><mrow><mi>defaultnum_heads</mi><mo>=</mo><mo>max</mo><mrow><mo>(</mo><mn>1</mn><mo>,</mo><mrow><mo>\u230a</mo><mfrac><mi>d</mi><mn>128</mn></mfrac><mo>\u230b</mo></mrow><mo>)</mo></mrow></mrow></math>","text":"default num_heads = max(1, floor(hidden_size/128))","source":""},{"label":"default num_kv_heads","mathml":"<math display=\"block\"><mrow><mi>defaultnum_kv_heads</mi><mo>=</mo><mi>H</mi></mrow></math>","text":"default num_kv_heads = num_heads","source":""},{"label":"default head_dim","mathml":"<math display=\"block\"><mrow><mi>defaulthead_dim</mi><mo>=</mo><mfrac><mi>d</mi><mi>H</mi></mfrac></mrow></math>","text":"default head_dim = hidden_size/num_heads","source":""},{"label":"default intermediate_size","mathml":"<math display=\"block\"><mrow><mi>defaultintermediate_size</mi><mo>=</mo><mn>4</mn><mi>d</mi></mrow></math>","text":"default intermediate_size = 4*hidden_size","source":""},{"label":"default mlp_activation_width","mathml":"<math display=\"block\"><mrow><mi>defaultmlp_activation_width</mi><mo>=</mo><mi>I</mi></mrow></math>","text":"default mlp_activation_width = intermediate_size","source":""},{"label":"default num_experts_per_tok","mathml":"<math display=\"block\"><mrow><mi>defaultnum_experts_per_tok</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default num_experts_per_tok = 0","source":""},{"label":"default moe_intermediate_size","mathml":"<math display=\"block\"><mrow><mi>defaultmoe_intermediate_size</mi><mo>=</mo><mi>I</mi></mrow></math>","text":"default moe_intermediate_size = intermediate_size","source":""},{"label":"default logit_width","mathml":"<math display=\"block\"><mrow><mi>defaultlogit_width</mi><mo>=</mo><mi>V</mi></mrow></math>","text":"default logit_width = vocab_size","source":""},{"label":"default logit_positions","mathml":"<math display=\"block\"><mrow><mi>defaultlogit_positions</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default logit_positions = 0","source":""},{"label":"default tie_word_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaulttie_word_embeddings</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default tie_word_embeddings = 0","source":""},{"label":"default max_position_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaultmax_position_embeddings</mi><mo>=</mo><mn>2048</mn></mrow></math>","text":"default max_position_embeddings = 2048","source":""},{"label":"default devices_per_node","mathml":"<math display=\"block\"><mrow><mi>defaultdevices_per_node</mi><mo>=</mo><mn>8</mn></mrow></math>","text":"default devices_per_node = 8","source":""},{"label":"default sm_version","mathml":"<math display=\"block\"><mrow><mi>defaultsm_version</mi><mo>=</mo><mn>80</mn></mrow></math>","text":"default sm_version = 80","source":""},{"label":"default memory_bandwidth","mathml":"<math display=\"block\"><mrow><mi>defaultmemory_bandwidth</mi><mo>=</mo><mn>2000000000000</mn></mrow></math>","text":"default memory_bandwidth = 2000000000000","source":""},{"label":"default flops_bf16","mathml":"<math display=\"block\"><mrow><mi>defaultflops_bf16</mi><mo>=</mo><mn>312000000000000</mn></mrow></math>","text":"default flops_bf16 = 312000000000000","source":""},{"label":"default flops_fp16","mathml":"<math display=\"block\"><mrow><mi>defaultflops_fp16</mi><mo>=</mo><msub><mi>F</mi><mrow><mi>b</mi><mi>f</mi><mn>16</mn></mrow></msub></mrow></math>","text":"default flops_fp16 = flops_bf16","source":""},{"label":"default flops_fp32","mathml":"<math display=\"block\"><mrow><mi>defaultflops_fp32</mi><mo>=</mo><mfrac><msub><mi>F</mi><mrow><mi>b</mi><mi>f</mi><mn>16</mn></mrow></msub><mn>16</mn></mfrac></mrow></math>","text":"default flops_fp32 = flops_bf16/16","source":""},{"label":"default flops_tf32","mathml":"<math display=\"block\"><mrow><mi>defaultflops_tf32</mi><mo>=</mo><mfrac><msub><mi>F</mi><mrow><mi>b</mi><mi>f</mi><mn>16</mn></mrow></msub><mn>2</mn></mfrac></mrow></math>","text":"default flops_tf32 = flops_bf16/2","source":""},{"label":"default flops_fp8","mathml":"<math display=\"block\"><mrow><mi>defaultflops_fp8</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default flops_fp8 = 0","source":""},{"label":"default intra_node_bandwidth","mathml":"<math display=\"block\"><mrow><mi>defaultintra_node_bandwidth</mi><mo>=</mo><mn>150000000000</mn></mrow></math>","text":"default intra_node_bandwidth = 150000000000","source":""},{"label":"default inter_node_bandwidth","mathml":"<math display=\"block\"><mrow><mi>defaultinter_node_bandwidth</mi><mo>=</mo><mn>25000000000</mn></mrow></math>","text":"default inter_node_bandwidth = 25000000000","source":""},{"label":"default price_per_gpu_hour","mathml":"<math display=\"block\"><mrow><mi>defaultprice_per_gpu_hour</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default price_per_gpu_hour = 0","source":""},{"label":"default sm_count","mathml":"<math display=\"block\"><mrow><mi>defaultsm_count</mi><mo>=</mo><mn>108</mn></mrow></math>","text":"default sm_count = 108","source":""},{"label":"default cuda_context_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultcuda_context_bytes</mi><mo>=</mo><mn>419430400</mn></mrow></math>","text":"default cuda_context_bytes = 419430400","source":""},{"label":"default lazy_modules_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultlazy_modules_bytes</mi><mo>=</mo><mn>268435456</mn></mrow></math>","text":"default lazy_modules_bytes = 268435456","source":""},{"label":"default cublas_workspace_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultcublas_workspace_bytes</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>33554432</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>c</mi><mrow><mi>s</mi><mi>m</mi></mrow></msub><mo>=</mo><mn>90</mn></mtd></mtr><mtr><mtd><mn>8519680</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"default cublas_workspace_bytes = where(sm_version == 90, 33554432, 8519680)","source":""},{"label":"default nccl_channels","mathml":"<math display=\"block\"><mrow><mi>defaultnccl_channels</mi><mo>=</mo><mn>16</mn></mrow></math>","text":"default nccl_channels = 16","source":""},{"label":"default nccl_connections","mathml":"<math display=\"block\"><mrow><mi>defaultnccl_connections</mi><mo>=</mo><mn>3</mn></mrow></math>","text":"default nccl_connections = 3","source":""},{"label":"default nccl_buffer_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultnccl_buffer_bytes</mi><mo>=</mo><mn>9633792</mn></mrow></math>","text":"default nccl_buffer_bytes = 9633792","source":""},{"label":"default nccl_communicator_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultnccl_communicator_bytes</mi><mo>=</mo><msub><mi>B</mi><mrow><mi>n</mi><mi>c</mi><mi>c</mi><mi>l</mi></mrow></msub><msub><mi>n</mi><mrow><mi>c</mi><mi>h</mi></mrow></msub><msub><mi>n</mi><mrow><mi>c</mi><mi>o</mi><mi>n</mi><mi>n</mi></mrow></msub></mrow></math>","text":"default nccl_communicator_bytes = nccl_buffer_bytes*nccl_channels*nccl_connections","source":""},{"label":"default nvls","mathml":"<math display=\"block\"><mrow><mi>defaultnvls</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>1</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>n</mi><mrow><mi>n</mi><mi>o</mi><mi>d</mi><mi>e</mi></mrow></msub><mo>\u2265</mo><mn>8</mn><mo>\u2227</mo><msub><mi>c</mi><mrow><mi>s</mi><mi>m</mi></mrow></msub><mo>\u2265</mo><mn>90</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"default nvls = where((devices_per_node >= 8) and (sm_version >= 90), 1, 0)","source":""},{"label":"default nvls_rank_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultnvls_rank_bytes</mi><mo>=</mo><mn>33554432</mn></mrow></math>","text":"default nvls_rank_bytes = 33554432","source":""},{"label":"default dp","mathml":"<math display=\"block\"><mrow><mi>defaultdp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default dp = 1","source":""},{"label":"default tp","mathml":"<math display=\"block\"><mrow><mi>defaulttp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default tp = 1","source":""},{"label":"default pp","mathml":"<math display=\"block\"><mrow><mi>defaultpp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default pp = 1","source":""},{"label":"default stage","mathml":"<math display=\"block\"><mrow><mi>defaultstage</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default stage = 0","source":""},{"label":"default is_first","mathml":"<math display=\"block\"><mrow><mi>defaultis_first</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>1</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>i</mi><mo>=</mo><mn>0</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"default is_first = where(stage == 0, 1, 0)","source":""},{"label":"default is_last","mathml":"<math display=\"block\"><mrow><mi>defaultis_last</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>1</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>i</mi><mo>=</mo><mi>p</mi><mo>-</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"default is_last = where(stage == -1 + pp, 1, 0)","source":""},{"label":"default expert_params","mathml":"<math display=\"block\"><mrow><mi>defaultexpert_params</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default expert_params = 0","source":""},{"label":"default gated_mlp","mathml":"<math display=\"block\"><mrow><mi>defaultgated_mlp</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default gated_mlp = 0","source":""},{"label":"default mlp_act_tensors","mathml":"<math display=\"block\"><mrow><mi>defaultmlp_act_tensors</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>4</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>g</mi><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>2</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"default mlp_act_tensors = where(gated_mlp == 1, 4, 2)","source":""},{"label":"default rms_norm","mathml":"<math display=\"block\"><mrow><mi>defaultrms_norm</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default rms_norm = 0","source":""},{"label":"default softmax_fp32","mathml":"<math display=\"block\"><mrow><mi>defaultsoftmax_fp32</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default softmax_fp32 = 1","source":""},{"label":"default layer_norms","mathml":"<math display=\"block\"><mrow><mi>defaultlayer_norms</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"default layer_norms = 2","source":""},{"label":"default parallel_block","mathml":"<math display=\"block\"><mrow><mi>defaultparallel_block</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default parallel_block = 0","source":""},{"label":"default batch","mathml":"<math display=\"block\"><mrow><mi>defaultbatch</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default batch = 1","source":""},{"label":"default seq_len","mathml":"<math display=\"block\"><mrow><mi>defaultseq_len</mi><mo>=</mo><mo>min</mo><mrow><mo>(</mo><mn>2048</mn><mo>,</mo><msub><mi>n</mi><mrow><mi>c</mi><mi>t</mi><mi>x</mi></mrow></msub><mo>)</mo></mrow></mrow></math>","text":"default seq_len = min(2048, max_position_embeddings)","source":""},{"label":"default cp","mathml":"<math display=\"block\"><mrow><mi>defaultcp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default cp = 1","source":""},{"label":"default ep","mathml":"<math display=\"block\"><mrow><mi>defaultep</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default ep = 1","source":""},{"label":"default sp","mathml":"<math display=\"block\"><mrow><mi>defaultsp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default sp = 1","source":""},{"label":"default microbatches","mathml":"<math display=\"block\"><mrow><mi>defaultmicrobatches</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mo>max</mo><mrow><mo>(</mo><mn>1</mn><mo>,</mo><mrow><mo>\u2308</mo><mfrac><msub><mi>B</mi><mrow><mi>g</mi><mi>l</mi><mi>o</mi><mi>b</mi></mrow></msub><mrow><mi>b</mi><msub><mi>N</mi><mrow><mi>d</mi><mi>p</mi></mrow></msub></mrow></mfrac><mo>\u2309</mo></mrow><mo>)</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>B</mi><mrow><mi>g</mi><mi>l</mi><mi>o</mi><mi>b</mi></mrow></msub><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd><mi>p</mi></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"default microbatches = where(global_batch > 0, max(1, ceil(global_batch/(batch*dp))), pp)","source":""},{"label":"default global_batch","mathml":"<math display=\"block\"><mrow><mi>defaultglobal_batch</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default global_batch = 0","source":""},{"label":"default tokens","mathml":"<math display=\"block\"><mrow><mi>defaulttokens</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default tokens = 0","source":""},{"label":"default price","mathml":"<math display=\"block\"><mrow><mi>defaultprice</mi><mo>=</mo><msub><mi>c</mi><mrow><mi>g</mi><mi>p</mi><mi>u</mi></mrow></msub></mrow></math>","text":"default price = price_per_gpu_hour","source":""},{"label":"default peak_flops","mathml":"<math display=\"block\"><mrow><mi>defaultpeak_flops</mi><mo>=</mo><msub><mi>F</mi><mrow><mi>b</mi><mi>f</mi><mn>16</mn></mrow></msub></mrow></math>","text":"default peak_flops = flops_bf16","source":""},{"label":"default matmul_efficiency","mathml":"<math display=\"block\"><mrow><mi>defaultmatmul_efficiency</mi><mo>=</mo><mfrac><mn>3</mn><mn>4</mn></mfrac></mrow></math>","text":"default matmul_efficiency = 3/4","source":""},{"label":"default elementwise_passes","mathml":"<math display=\"block\"><mrow><mi>defaultelementwise_passes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"default elementwise_passes = 4","source":""},{"label":"default dp_overlap","mathml":"<math display=\"block\"><mrow><mi>defaultdp_overlap</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default dp_overlap = 1","source":""},{"label":"default tp_overlap","mathml":"<math display=\"block\"><mrow><mi>defaulttp_overlap</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default tp_overlap = 0","source":""},{"label":"default attention_flops_share","mathml":"<math display=\"block\"><mrow><mi>defaultattention_flops_share</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default attention_flops_share = 1","source":""},{"label":"default first_stage_layers","mathml":"<math display=\"block\"><mrow><mi>defaultfirst_stage_layers</mi><mo>=</mo><mfrac><mi>L</mi><mi>p</mi></mfrac></mrow></math>","text":"default first_stage_layers = num_layers/pp","source":""},{"label":"default last_stage_layers","mathml":"<math display=\"block\"><mrow><mi>defaultlast_stage_layers</mi><mo>=</mo><mfrac><mi>L</mi><mi>p</mi></mfrac></mrow></math>","text":"default last_stage_layers = num_layers/pp","source":""},{"label":"default virtual_stages","mathml":"<math display=\"block\"><mrow><mi>defaultvirtual_stages</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default virtual_stages = 1","source":""},{"label":"default gpipe","mathml":"<math display=\"block\"><mrow><mi>defaultgpipe</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default gpipe = 0","source":""},{"label":"default stage_layers","mathml":"<math display=\"block\"><mrow><mi>defaultstage_layers</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mi>L</mi></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>p</mi><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>L</mi><mrow><mi>f</mi><mi>i</mi><mi>r</mi><mi>s</mi><mi>t</mi></mrow></msub></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>i</mi><mo>=</mo><mn>0</mn></mtd></mtr><mtr><mtd><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>L</mi><mrow><mi>l</mi><mi>a</mi><mi>s</mi><mi>t</mi></mrow></msub></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>i</mi><mo>=</mo><mi>p</mi><mo>-</mo><mn>1</mn></mtd></mtr><mtr><mtd><mfrac><mrow><mo>-</mo><msub><mi>L</mi><mrow><mi>f</mi><mi>i</mi><mi>r</mi><mi>s</mi><mi>t</mi></mrow></msub><mo>-</mo><msub><mi>L</mi><mrow><mi>l</mi><mi>a</mi><mi>s</mi><mi>t</mi></mrow></msub><mo>+</mo><mi>L</mi></mrow><mrow><mo>max</mo><mrow><mo>(</mo><mn>1</mn><mo>,</mo><mi>p</mi><mo>-</mo><mn>2</mn><mo>)</mo></mrow></mrow></mfrac></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"default stage_layers = where(pp == 1, num_layers, where(stage == 0, first_stage_layers, where(stage == -1 + pp, last_stage_layers, (num_layers - first_stage_layers - last_stage_layers)/max(1, -2 + pp))))","source":""},{"label":"default in_flight","mathml":"<math display=\"block\"><mrow><mi>defaultin_flight</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mi>m</mi></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>g</mi><mrow><mi>p</mi><mi>i</mi><mi>p</mi><mi>e</mi></mrow></msub><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mo>min</mo><mrow><mo>(</mo><mi>m</mi><mo>,</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mrow><mi>p</mi><mrow><mo>(</mo><mi>v</mi><mo>-</mo><mn>1</mn><mo>)</mo></mrow><mo>+</mo><mn>2</mn><mi>p</mi><mo>-</mo><mn>2</mn><mi>i</mi><mo>-</mo><mn>1</mn></mrow><mi>v</mi></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>v</mi><mo>&gt;</mo><mn>1</mn></mtd></mtr><mtr><mtd><mi>p</mi><mo>-</mo><mi>i</mi></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"default in_flight = where(gpipe == 1, microbatches, min(microbatches, where(virtual_stages > 1, (-1 - 2*stage + 2*pp + pp*(-1 + virtual_stages))/virtual_stages, pp - stage)))","source":""},{"label":"default weight_cast_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultweight_cast_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default weight_cast_bytes = 0","source":""},{"label":"default zero_stage","mathml":"<math display=\"block\"><mrow><mi>defaultzero_stage</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default zero_stage = 0","source":""},{"label":"default ddp_bucket_view","mathml":"<math display=\"block\"><mrow><mi>defaultddp_bucket_view</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default ddp_bucket_view = 0","source":""},{"label":"default keep_grads","mathml":"<math display=\"block\"><mrow><mi>defaultkeep_grads</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default keep_grads = 0","source":""},{"label":"default keep_logits","mathml":"<math display=\"block\"><mrow><mi>defaultkeep_logits</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default keep_logits = 1","source":""},{"label":"default dropout","mathml":"<math display=\"block\"><mrow><mi>defaultdropout</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default dropout = 0","source":""},{"label":"default nccl_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultnccl_bytes</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>R</mi><mrow><mi>c</mi><mi>o</mi><mi>m</mi><mi>m</mi></mrow></msub></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>N</mi><mrow><mi>c</mi><mi>p</mi></mrow></msub><mo>&gt;</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>+</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>R</mi><mrow><mi>c</mi><mi>o</mi><mi>m</mi><mi>m</mi></mrow></msub></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>e</mi><mo>&gt;</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>+</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>2097152</mn><msub><mi>n</mi><mrow><mi>c</mi><mi>h</mi></mrow></msub><mrow><mo>(</mo><mo>-</mo><msub><mi>f</mi><mn>1</mn></msub><mo>-</mo><msub><mi>f</mi><mi>p</mi></msub><mo>+</mo><mn>2</mn><mo>)</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>p</mi><mo>&gt;</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>+</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>R</mi><mrow><mi>c</mi><mi>o</mi><mi>m</mi><mi>m</mi></mrow></msub><mo>+</mo><msub><mi>f</mi><mrow><mi>n</mi><mi>v</mi><mi>l</mi><mi>s</mi></mrow></msub><mrow><mo>(</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>B</mi><mrow><mi>n</mi><mi>v</mi><mi>l</mi><mi>s</mi></mrow></msub><mi>t</mi></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>t</mi><mo>&gt;</mo><mn>2</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>t</mi><mo>&gt;</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>+</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>R</mi><mrow><mi>c</mi><mi>o</mi><mi>m</mi><mi>m</mi></mrow></msub><mo>+</mo><msub><mi>f</mi><mrow><mi>n</mi><mi>v</mi><mi>l</mi><mi>s</mi></mrow></msub><mrow><mo>(</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>B</mi><mrow><mi>n</mi><mi>v</mi><mi>l</mi><mi>s</mi></mrow></msub><mo>min</mo><mrow><mo>(</mo><msub><mi>n</mi><mrow><mi>n</mi><mi>o</mi><mi>d</mi><mi>e</mi></mrow></msub><mo>,</mo><msub><mi>N</mi><mrow><mi>d</mi><mi>p</mi></mrow></msub><mo>)</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>N</mi><mrow><mi>d</mi><mi>p</mi></mrow></msub><mo>&gt;</mo><mn>2</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>N</mi><mrow><mi>d</mi><mi>p</mi></mrow></msub><mo>&gt;</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"default nccl_bytes = where(cp > 1, nccl_communicator_bytes, 0) + where(ep > 1, nccl_communicator_bytes, 0) + where(pp > 1, 2097152*nccl_channels*(2 - is_first - is_last), 0) + where(tp > 1, nccl_communicator_bytes + nvls*where(tp > 2, nvls_rank_bytes*tp, 0), 0) + where(dp > 1, nccl_communicator_bytes + nvls*where(dp > 2, nvls_rank_bytes*min(devices_per_node, dp), 0), 0)","source":""},{"label":"default fragmentation_fraction","mathml":"<math display=\"block\"><mrow><mi>defaultfragmentation_fraction</mi><mo>=</mo><mfrac><mn>1</mn><mn>20</mn></mfrac></mrow></math>","text":"default fragmentation_fraction = 1/20","source":""},{"label":"default lora_rank","mathml":"<math display=\"block\"><mrow><mi>defaultlora_rank</mi><mo>=</mo><mn>8</mn></mrow></math>","text":"default lora_rank = 8","source":""},{"label":"default lora_in_out","mathml":"<math display=\"block\"><mrow><mi>defaultlora_in_out</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default lora_in_out = 0","source":""},{"label":"default linear_params","mathml":"<math display=\"block\"><mrow><mi>defaultlinear_params</mi><mo>=</mo><mo>-</mo><msub><mi>P</mi><mrow><mi>e</mi><mi>m</mi><mi>b</mi></mrow></msub><mo>-</mo><msub><mi>P</mi><mrow><mi>h</mi><mi>e</mi><mi>a</mi><mi>d</mi></mrow></msub><mo>+</mo><mi>P</mi></mrow></math>","text":"default linear_params = params - embedding_params - lm_head_params","source":""},{"label":"default adapter_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultadapter_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"default adapter_bytes = 4","source":""},{"label":"default dequant_layers","mathml":"<math display=\"block\"><mrow><mi>defaultdequant_layers</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default dequant_layers = 1","source":""},{"label":"precision=fp32: weight_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=fp32:weight_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=fp32: weight_bytes = 4","source":""},{"label":"precision=fp32: grad_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=fp32:grad_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=fp32: grad_bytes = 4","source":""},{"label":"precision=fp32: master_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=fp32:master_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"precision=fp32: master_bytes = 0","source":""},{"label":"precision=fp32: state_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=fp32:state_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=fp32: state_bytes = 4","source":""},{"label":"precision=fp32: act_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=fp32:act_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=fp32: act_bytes = 4","source":""},{"label":"precision=fp32: residual_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=fp32:residual_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=fp32: residual_bytes = 4","source":""},{"label":"precision=fp32: peak_flops","mathml":"<math display=\"block\"><mrow><mi>precision=fp32:peak_flops</mi><mo>=</mo><msub><mi>F</mi><mrow><mi>f</mi><mi>p</mi><mn>32</mn></mrow></msub></mrow></math>","text":"precision=fp32: peak_flops = flops_fp32","source":""},{"label":"precision=mixed: weight_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=mixed:weight_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=mixed: weight_bytes = 2","source":""},{"label":"precision=mixed: grad_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=mixed:grad_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=mixed: grad_bytes = 2","source":""},{"label":"precision=mixed: master_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=mixed:master_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=mixed: master_bytes = 4","source":""},{"label":"precision=mixed: state_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=mixed:state_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=mixed: state_bytes = 4","source":""},{"label":"precision=mixed: act_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=mixed:act_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=mixed: act_bytes = 2","source":""},{"label":"precision=mixed: residual_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=mixed:residual_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=mixed: residual_bytes = 2","source":""},{"label":"precision=mixed: peak_flops","mathml":"<math display=\"block\"><mrow><mi>precision=mixed:peak_flops</mi><mo>=</mo><msub><mi>F</mi><mrow><mi>b</mi><mi>f</mi><mn>16</mn></mrow></msub></mrow></math>","text":"precision=mixed: peak_flops = flops_bf16","source":""},{"label":"precision=fp8: weight_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=fp8:weight_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=fp8: weight_bytes = 2","source":""},{"label":"precision=fp8: grad_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=fp8:grad_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=fp8: grad_bytes = 2","source":""},{"label":"precision=fp8: master_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=fp8:master_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=fp8: master_bytes = 4","source":""},{"label":"precision=fp8: state_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=fp8:state_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=fp8: state_bytes = 4","source":""},{"label":"precision=fp8: act_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=fp8:act_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=fp8: act_bytes = 2","source":""},{"label":"precision=fp8: residual_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=fp8:residual_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=fp8: residual_bytes = 2","source":""},{"label":"precision=fp8: weight_cast_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=fp8:weight_cast_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=fp8: weight_cast_bytes = 2","source":""},{"label":"precision=fp8: peak_flops","mathml":"<math display=\"block\"><mrow><mi>precision=fp8:peak_flops</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>F</mi><mrow><mi>f</mi><mi>p</mi><mn>8</mn></mrow></msub></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>F</mi><mrow><mi>f</mi><mi>p</mi><mn>8</mn></mrow></msub><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd><msub><mi>F</mi><mrow><mi>b</mi><mi>f</mi><mn>16</mn></mrow></msub></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"precision=fp8: peak_flops = where(flops_fp8 > 0, flops_fp8, flops_bf16)","source":""},{"label":"precision=mixed-fp32-grads: weight_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=mixed-fp32-grads:weight_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=mixed-fp32-grads: weight_bytes = 2","source":""},{"label":"precision=mixed-fp32-grads: grad_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=mixed-fp32-grads:grad_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=mixed-fp32-grads: grad_bytes = 4","source":""},{"label":"precision=mixed-fp32-grads: master_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=mixed-fp32-grads:master_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=mixed-fp32-grads: master_bytes = 4","source":""},{"label":"precision=mixed-fp32-grads: state_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=mixed-fp32-grads:state_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=mixed-fp32-grads: state_bytes = 4","source":""},{"label":"precision=mixed-fp32-grads: act_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=mixed-fp32-grads:act_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=mixed-fp32-grads: act_bytes = 2","source":""},{"label":"precision=mixed-fp32-grads: residual_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=mixed-fp32-grads:residual_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=mixed-fp32-grads: residual_bytes = 2","source":""},{"label":"precision=mixed-fp32-grads: peak_flops","mathml":"<math display=\"block\"><mrow><mi>precision=mixed-fp32-grads:peak_flops</mi><mo>=</mo><msub><mi>F</mi><mrow><mi>b</mi><mi>f</mi><mn>16</mn></mrow></msub></mrow></math>","text":"precision=mixed-fp32-grads: peak_flops = flops_bf16","source":""},{"label":"precision=amp: weight_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=amp:weight_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=amp: weight_bytes = 4","source":""},{"label":"precision=amp: grad_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=amp:grad_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=amp: grad_bytes = 4","source":""},{"label":"precision=amp: master_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=amp:master_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"precision=amp: master_bytes = 0","source":""},{"label":"precision=amp: state_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=amp:state_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=amp: state_bytes = 4","source":""},{"label":"precision=amp: act_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=amp:act_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=amp: act_bytes = 2","source":""},{"label":"precision=amp: residual_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=amp:residual_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=amp: residual_bytes = 4","source":""},{"label":"precision=amp: weight_cast_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=amp:weight_cast_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=amp: weight_cast_bytes = 2","source":""},{"label":"precision=amp: peak_flops","mathml":"<math display=\"block\"><mrow><mi>precision=amp:peak_flops</mi><mo>=</mo><msub><mi>F</mi><mrow><mi>b</mi><mi>f</mi><mn>16</mn></mrow></msub></mrow></math>","text":"precision=amp: peak_flops = flops_bf16","source":""},{"label":"precision=bf16: weight_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=bf16:weight_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=bf16: weight_bytes = 2","source":""},{"label":"precision=bf16: grad_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=bf16:grad_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=bf16: grad_bytes = 2","source":""},{"label":"precision=bf16: master_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=bf16:master_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"precision=bf16: master_bytes = 0","source":""},{"label":"precision=bf16: state_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=bf16:state_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=bf16: state_bytes = 2","source":""},{"label":"precision=bf16: act_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=bf16:act_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=bf16: act_bytes = 2","source":""},{"label":"precision=bf16: residual_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=bf16:residual_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=bf16: residual_bytes = 2","source":""},{"label":"precision=bf16: peak_flops","mathml":"<math display=\"block\"><mrow><mi>precision=bf16:peak_flops</mi><mo>=</mo><msub><mi>F</mi><mrow><mi>b</mi><mi>f</mi><mn>16</mn></mrow></msub></mrow></math>","text":"precision=bf16: peak_flops = flops_bf16","source":""},{"label":"optimizer=adamw: optimizer_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=adamw:optimizer_bytes</mi><mo>=</mo><mn>2</mn><msub><mi>B</mi><mi>s</mi></msub></mrow></math>","text":"optimizer=adamw: optimizer_bytes = 2*state_bytes","source":""},{"label":"optimizer=adamw: optimizer_temp_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=adamw:optimizer_temp_bytes</mi><mo>=</mo><msub><mi>B</mi><mi>s</mi></msub></mrow></math>","text":"optimizer=adamw: optimizer_temp_bytes = state_bytes","source":""},{"label":"optimizer=adamw-loop: optimizer_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=adamw-loop:optimizer_bytes</mi><mo>=</mo><mn>2</mn><msub><mi>B</mi><mi>s</mi></msub></mrow></math>","text":"optimizer=adamw-loop: optimizer_bytes = 2*state_bytes","source":""},{"label":"optimizer=adamw-loop: optimizer_temp_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=adamw-loop:optimizer_temp_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"optimizer=adamw-loop: optimizer_temp_bytes = 0","source":""},{"label":"optimizer=adamw-fused: optimizer_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=adamw-fused:optimizer_bytes</mi><mo>=</mo><mn>2</mn><msub><mi>B</mi><mi>s</mi></msub></mrow></math>","text":"optimizer=adamw-fused: optimizer_bytes = 2*state_bytes","source":""},{"label":"optimizer=adamw-fused: optimizer_temp_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=adamw-fused:optimizer_temp_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"optimizer=adamw-fused: optimizer_temp_bytes = 0","source":""},{"label":"optimizer=adam: optimizer_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=adam:optimizer_bytes</mi><mo>=</mo><mn>2</mn><msub><mi>B</mi><mi>s</mi></msub></mrow></math>","text":"optimizer=adam: optimizer_bytes = 2*state_bytes","source":""},{"label":"optimizer=adam: optimizer_temp_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=adam:optimizer_temp_bytes</mi><mo>=</mo><msub><mi>B</mi><mi>s</mi></msub></mrow></math>","text":"optimizer=adam: optimizer_temp_bytes = state_bytes","source":""},{"label":"optimizer=sgd: optimizer_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=sgd:optimizer_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"optimizer=sgd: optimizer_bytes = 0","source":""},{"label":"optimizer=sgd: optimizer_temp_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=sgd:optimizer_temp_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"optimizer=sgd: optimizer_temp_bytes = 0","source":""},{"label":"optimizer=sgd-momentum: optimizer_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=sgd-momentum:optimizer_bytes</mi><mo>=</mo><msub><mi>B</mi><mi>s</mi></msub></mrow></math>","text":"optimizer=sgd-momentum: optimizer_bytes = state_bytes","source":""},{"label":"optimizer=sgd-momentum: optimizer_temp_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=sgd-momentum:optimizer_temp_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"optimizer=sgd-momentum: optimizer_temp_bytes = 0","source":""},{"label":"optimizer=adafactor: optimizer_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=adafactor:optimizer_bytes</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mn>8</mn><mi>d</mi></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>d</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"optimizer=adafactor: optimizer_bytes = where(hidden_size > 0, 8/hidden_size, 0)","source":""},{"label":"optimizer=adafactor: optimizer_temp_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=adafactor:optimizer_temp_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"optimizer=adafactor: optimizer_temp_bytes = 0","source":""},{"label":"optimizer=adam-8bit: optimizer_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=adam-8bit:optimizer_bytes</mi><mo>=</mo><mfrac><mn>513</mn><mn>256</mn></mfrac></mrow></math>","text":"optimizer=adam-8bit: optimizer_bytes = 513/256","source":""},{"label":"optimizer=adam-8bit: optimizer_temp_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=adam-8bit:optimizer_temp_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"optimizer=adam-8bit: optimizer_temp_bytes = 0","source":""},{"label":"optimizer=lion: optimizer_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=lion:optimizer_bytes</mi><mo>=</mo><msub><mi>B</mi><mi>s</mi></msub></mrow></math>","text":"optimizer=lion: optimizer_bytes = state_bytes","source":""},{"label":"optimizer=lion: optimizer_temp_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=lion:optimizer_temp_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"optimizer=lion: optimizer_temp_bytes = 0","source":""},{"label":"sharding=none: shard_weights","mathml":"<math display=\"block\"><mrow><mi>sharding=none:shard_weights</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=none: shard_weights = 0","source":""},{"label":"sharding=none: shard_grads","mathml":"<math display=\"block\"><mrow><mi>sharding=none:shard_grads</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=none: shard_grads = 0","source":""},{"label":"sharding=none: shard_optimizer","mathml":"<math display=\"block\"><mrow><mi>sharding=none:shard_optimizer</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=none: shard_optimizer = 0","source":""},{"label":"sharding=none: shard_group","mathml":"<math display=\"block\"><mrow><mi>sharding=none:shard_group</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=none: shard_group = 0","source":""},{"label":"sharding=none: gather_units","mathml":"<math display=\"block\"><mrow><mi>sharding=none:gather_units</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=none: gather_units = 0","source":""},{"label":"sharding=none: bucket_elements","mathml":"<math display=\"block\"><mrow><mi>sharding=none:bucket_elements</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=none: bucket_elements = 0","source":""},{"label":"sharding=zero1: zero_stage","mathml":"<math display=\"block\"><mrow><mi>sharding=zero1:zero_stage</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=zero1: zero_stage = 1","source":""},{"label":"sharding=zero1: shard_weights","mathml":"<math display=\"block\"><mrow><mi>sharding=zero1:shard_weights</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=zero1: shard_weights = 0","source":""},{"label":"sharding=zero1: shard_grads","mathml":"<math display=\"block\"><mrow><mi>sharding=zero1:shard_grads</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=zero1: shard_grads = 0","source":""},{"label":"sharding=zero1: shard_optimizer","mathml":"<math display=\"block\"><mrow><mi>sharding=zero1:shard_optimizer</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=zero1: shard_optimizer = 1","source":""},{"label":"sharding=zero1: shard_group","mathml":"<math display=\"block\"><mrow><mi>sharding=zero1:shard_group</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=zero1: shard_group = 0","source":""},{"label":"sharding=zero1: gather_units","mathml":"<math display=\"block\"><mrow><mi>sharding=zero1:gather_units</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=zero1: gather_units = 0","source":""},{"label":"sharding=zero1: bucket_elements","mathml":"<math display=\"block\"><mrow><mi>sharding=zero1:bucket_elements</mi><mo>=</mo><mn>500000000</mn></mrow></math>","text":"sharding=zero1: bucket_elements = 500000000","source":""},{"label":"sharding=zero2: zero_stage","mathml":"<math display=\"block\"><mrow><mi>sharding=zero2:zero_stage</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"sharding=zero2: zero_stage = 2","source":""},{"label":"sharding=zero2: shard_weights","mathml":"<math display=\"block\"><mrow><mi>sharding=zero2:shard_weights</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=zero2: shard_weights = 0","source":""},{"label":"sharding=zero2: shard_grads","mathml":"<math display=\"block\"><mrow><mi>sharding=zero2:shard_grads</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=zero2: shard_grads = 1","source":""},{"label":"sharding=zero2: shard_optimizer","mathml":"<math display=\"block\"><mrow><mi>sharding=zero2:shard_optimizer</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=zero2: shard_optimizer = 1","source":""},{"label":"sharding=zero2: shard_group","mathml":"<math display=\"block\"><mrow><mi>sharding=zero2:shard_group</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=zero2: shard_group = 0","source":""},{"label":"sharding=zero2: gather_units","mathml":"<math display=\"block\"><mrow><mi>sharding=zero2:gather_units</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=zero2: gather_units = 0","source":""},{"label":"sharding=zero2: bucket_elements","mathml":"<math display=\"block\"><mrow><mi>sharding=zero2:bucket_elements</mi><mo>=</mo><mn>500000000</mn></mrow></math>","text":"sharding=zero2: bucket_elements = 500000000","source":""},{"label":"sharding=zero3: zero_stage","mathml":"<math display=\"block\"><mrow><mi>sharding=zero3:zero_stage</mi><mo>=</mo><mn>3</mn></mrow></math>","text":"sharding=zero3: zero_stage = 3","source":""},{"label":"sharding=zero3: shard_weights","mathml":"<math display=\"block\"><mrow><mi>sharding=zero3:shard_weights</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=zero3: shard_weights = 1","source":""},{"label":"sharding=zero3: shard_grads","mathml":"<math display=\"block\"><mrow><mi>sharding=zero3:shard_grads</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=zero3: shard_grads = 1","source":""},{"label":"sharding=zero3: shard_optimizer","mathml":"<math display=\"block\"><mrow><mi>sharding=zero3:shard_optimizer</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=zero3: shard_optimizer = 1","source":""},{"label":"sharding=zero3: shard_group","mathml":"<math display=\"block\"><mrow><mi>sharding=zero3:shard_group</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=zero3: shard_group = 0","source":""},{"label":"sharding=zero3: gather_units","mathml":"<math display=\"block\"><mrow><mi>sharding=zero3:gather_units</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"sharding=zero3: gather_units = 2","source":""},{"label":"sharding=zero3: bucket_elements","mathml":"<math display=\"block\"><mrow><mi>sharding=zero3:bucket_elements</mi><mo>=</mo><mn>500000000</mn></mrow></math>","text":"sharding=zero3: bucket_elements = 500000000","source":""},{"label":"sharding=fsdp: shard_weights","mathml":"<math display=\"block\"><mrow><mi>sharding=fsdp:shard_weights</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=fsdp: shard_weights = 1","source":""},{"label":"sharding=fsdp: shard_grads","mathml":"<math display=\"block\"><mrow><mi>sharding=fsdp:shard_grads</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=fsdp: shard_grads = 1","source":""},{"label":"sharding=fsdp: shard_optimizer","mathml":"<math display=\"block\"><mrow><mi>sharding=fsdp:shard_optimizer</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=fsdp: shard_optimizer = 1","source":""},{"label":"sharding=fsdp: shard_group","mathml":"<math display=\"block\"><mrow><mi>sharding=fsdp:shard_group</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=fsdp: shard_group = 0","source":""},{"label":"sharding=fsdp: gather_units","mathml":"<math display=\"block\"><mrow><mi>sharding=fsdp:gather_units</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"sharding=fsdp: gather_units = 2","source":""},{"label":"sharding=fsdp: bucket_elements","mathml":"<math display=\"block\"><mrow><mi>sharding=fsdp:bucket_elements</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=fsdp: bucket_elements = 0","source":""},{"label":"sharding=fsdp-shard-grad-op: shard_weights","mathml":"<math display=\"block\"><mrow><mi>sharding=fsdp-shard-grad-op:shard_weights</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=fsdp-shard-grad-op: shard_weights = 0","source":""},{"label":"sharding=fsdp-shard-grad-op: shard_grads","mathml":"<math display=\"block\"><mrow><mi>sharding=fsdp-shard-grad-op:shard_grads</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=fsdp-shard-grad-op: shard_grads = 1","source":""},{"label":"sharding=fsdp-shard-grad-op: shard_optimizer","mathml":"<math display=\"block\"><mrow><mi>sharding=fsdp-shard-grad-op:shard_optimizer</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=fsdp-shard-grad-op: shard_optimizer = 1","source":""},{"label":"sharding=fsdp-shard-grad-op: shard_group","mathml":"<math display=\"block\"><mrow><mi>sharding=fsdp-shard-grad-op:shard_group</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=fsdp-shard-grad-op: shard_group = 0","source":""},{"label":"sharding=fsdp-shard-grad-op: gather_units","mathml":"<math display=\"block\"><mrow><mi>sharding=fsdp-shard-grad-op:gather_units</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=fsdp-shard-grad-op: gather_units = 0","source":""},{"label":"sharding=fsdp-shard-grad-op: bucket_elements","mathml":"<math display=\"block\"><mrow><mi>sharding=fsdp-shard-grad-op:bucket_elements</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=fsdp-shard-grad-op: bucket_elements = 0","source":""},{"label":"sharding=hybrid: shard_weights","mathml":"<math display=\"block\"><mrow><mi>sharding=hybrid:shard_weights</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=hybrid: shard_weights = 1","source":""},{"label":"sharding=hybrid: shard_grads","mathml":"<math display=\"block\"><mrow><mi>sharding=hybrid:shard_grads</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=hybrid: shard_grads = 1","source":""},{"label":"sharding=hybrid: shard_optimizer","mathml":"<math display=\"block\"><mrow><mi>sharding=hybrid:shard_optimizer</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=hybrid: shard_optimizer = 1","source":""},{"label":"sharding=hybrid: shard_group","mathml":"<math display=\"block\"><mrow><mi>sharding=hybrid:shard_group</mi><mo>=</mo><msub><mi>n</mi><mrow><mi>n</mi><mi>o</mi><mi>d</mi><mi>e</mi></mrow></msub></mrow></math>","text":"sharding=hybrid: shard_group = devices_per_node","source":""},{"label":"sharding=hybrid: gather_units","mathml":"<math display=\"block\"><mrow><mi>sharding=hybrid:gather_units</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"sharding=hybrid: gather_units = 2","source":""},{"label":"sharding=hybrid: bucket_elements","mathml":"<math display=\"block\"><mrow><mi>sharding=hybrid:bucket_elements</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=hybrid: bucket_elements = 0","source":""},{"label":"offload=none: offload_optimizer","mathml":"<math display=\"block\"><mrow><mi>offload=none:offload_optimizer</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"offload=none: offload_optimizer = 0","source":""},{"label":"offload=none: offload_params","mathml":"<math display=\"block\"><mrow><mi>offload=none:offload_params</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"offload=none: offload_params = 0","source":""},{"label":"offload=optimizer: offload_optimizer","mathml":"<math display=\"block\"><mrow><mi>offload=optimizer:offload_optimizer</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"offload=optimizer: offload_optimizer = 1","source":""},{"label":"offload=optimizer: offload_params","mathml":"<math display=\"block\"><mrow><mi>offload=optimizer:offload_params</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"offload=optimizer: offload_params = 0","source":""},{"label":"offload=all: offload_optimizer","mathml":"<math display=\"block\"><mrow><mi>offload=all:offload_optimizer</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"offload=all: offload_optimizer = 1","source":""},{"label":"offload=all: offload_params","mathml":"<math display=\"block\"><mrow><mi>offload=all:offload_params</mi><mo>=</mo><msub><mi>z</mi><mi>w</mi></msub></mrow></math>","text":"offload=all: offload_params = shard_weights","source":""},{"label":"recompute=none: recompute_selective","mathml":"<math display=\"block\"><mrow><mi>recompute=none:recompute_selective</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"recompute=none: recompute_selective = 0","source":""},{"label":"recompute=none: recompute_full","mathml":"<math display=\"block\"><mrow><mi>recompute=none:recompute_full</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"recompute=none: recompute_full = 0","source":""},{"label":"recompute=selective: recompute_selective","mathml":"<math display=\"block\"><mrow><mi>recompute=selective:recompute_selective</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"recompute=selective: recompute_selective = 1","source":""},{"label":"recompute=selective: recompute_full","mathml":"<math display=\"block\"><mrow><mi>recompute=selective:recompute_full</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"recompute=selective: recompute_full = 0","source":""},{"label":"recompute=full: recompute_selective","mathml":"<math display=\"block\"><mrow><mi>recompute=full:recompute_selective</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"recompute=full: recompute_selective = 0","source":""},{"label":"recompute=full: recompute_full","mathml":"<math display=\"block\"><mrow><mi>recompute=full:recompute_full</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"recompute=full: recompute_full = 1","source":""},{"label":"attention=flash: eager_attention","mathml":"<math display=\"block\"><mrow><mi>attention=flash:eager_attention</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"attention=flash: eager_attention = 0","source":""},{"label":"attention=flash: kv_saved_heads","mathml":"<math display=\"block\"><mrow><mi>attention=flash:kv_saved_heads</mi><mo>=</mo><mi>K</mi></mrow></math>","text":"attention=flash: kv_saved_heads = num_kv_heads","source":""},{"label":"attention=flash: lse_bytes","mathml":"<math display=\"block\"><mrow><mi>attention=flash:lse_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"attention=flash: lse_bytes = 4","source":""},{"label":"attention=sdpa: eager_attention","mathml":"<math display=\"block\"><mrow><mi>attention=sdpa:eager_attention</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"attention=sdpa: eager_attention = 0","source":""},{"label":"attention=sdpa: kv_saved_heads","mathml":"<math display=\"block\"><mrow><mi>attention=sdpa:kv_saved_heads</mi><mo>=</mo><mi>K</mi></mrow></math>","text":"attention=sdpa: kv_saved_heads = num_kv_heads","source":""},{"label":"attention=sdpa: lse_bytes","mathml":"<math display=\"block\"><mrow><mi>attention=sdpa:lse_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"attention=sdpa: lse_bytes = 4","source":""},{"label":"attention=eager: eager_attention","mathml":"<math display=\"block\"><mrow><mi>attention=eager:eager_attention</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"attention=eager: eager_attention = 1","source":""},{"label":"attention=eager: kv_saved_heads","mathml":"<math display=\"block\"><mrow><mi>attention=eager:kv_saved_heads</mi><mo>=</mo><mi>H</mi></mrow></math>","text":"attention=eager: kv_saved_heads = num_heads","source":""},{"label":"attention=eager: lse_bytes","mathml":"<math display=\"block\"><mrow><mi>attention=eager:lse_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"attention=eager: lse_bytes = 0","source":""},{"label":"kernels=transformers: mlp_tensors","mathml":"<math display=\"block\"><mrow><mi>kernels=transformers:mlp_tensors</mi><mo>=</mo><msub><mi>c</mi><mrow><mi>m</mi><mi>l</mi><mi>p</mi></mrow></msub></mrow></math>","text":"kernels=transformers: mlp_tensors = mlp_act_tensors","source":""},{"label":"kernels=transformers: norm_bytes","mathml":"<math display=\"block\"><mrow><mi>kernels=transformers:norm_bytes</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>B</mi><mi>r</mi></msub><mo>+</mo><mn>4</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>r</mi><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><msub><mi>B</mi><mi>r</mi></msub></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"kernels=transformers: norm_bytes = where(rms_norm == 1, 4 + residual_bytes, residual_bytes)","source":""},{"label":"kernels=transformers: norm_stat_bytes","mathml":"<math display=\"block\"><mrow><mi>kernels=transformers:norm_stat_bytes</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>4</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>r</mi><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>8</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"kernels=transformers: norm_stat_bytes = where(rms_norm == 1, 4, 8)","source":""},{"label":"kernels=transformers: logits_output_bytes","mathml":"<math display=\"block\"><mrow><mi>kernels=transformers:logits_output_bytes</mi><mo>=</mo><msub><mi>B</mi><mi>a</mi></msub></mrow></math>","text":"kernels=transformers: logits_output_bytes = act_bytes","source":""},{"label":"kernels=transformers: loss_upcast_bytes","mathml":"<math display=\"block\"><mrow><mi>kernels=transformers:loss_upcast_bytes</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>4</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>B</mi><mi>a</mi></msub><mo>&lt;</mo><mn>4</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"kernels=transformers: loss_upcast_bytes = where(act_bytes < 4, 4, 0)","source":""},{"label":"kernels=transformers: log_prob_bytes","mathml":"<math display=\"block\"><mrow><mi>kernels=transformers:log_prob_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"kernels=transformers: log_prob_bytes = 4","source":""},{"label":"kernels=transformers: logits_grad_bytes","mathml":"<math display=\"block\"><mrow><mi>kernels=transformers:logits_grad_bytes</mi><mo>=</mo><mn>8</mn></mrow></math>","text":"kernels=transformers: logits_grad_bytes = 8","source":""},{"label":"kernels=megatron: mlp_tensors","mathml":"<math display=\"block\"><mrow><mi>kernels=megatron:mlp_tensors</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>3</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>g</mi><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>2</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"kernels=megatron: mlp_tensors = where(gated_mlp == 1, 3, 2)","source":""},{"label":"kernels=megatron: norm_bytes","mathml":"<math display=\"block\"><mrow><mi>kernels=megatron:norm_bytes</mi><mo>=</mo><msub><mi>B</mi><mi>a</mi></msub></mrow></math>","text":"kernels=megatron: norm_bytes = act_bytes","source":""},{"label":"kernels=megatron: norm_stat_bytes","mathml":"<math display=\"block\"><mrow><mi>kernels=megatron:norm_stat_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"kernels=megatron: norm_stat_bytes = 0","source":""},{"label":"kernels=megatron: softmax_fp32","mathml":"<math display=\"block\"><mrow><mi>kernels=megatron:softmax_fp32</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"kernels=megatron: softmax_fp32 = 0","source":""},{"label":"kernels=megatron: logits_output_bytes","mathml":"<math display=\"block\"><mrow><mi>kernels=megatron:logits_output_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"kernels=megatron: logits_output_bytes = 0","source":""},{"label":"kernels=megatron: loss_upcast_bytes","mathml":"<math display=\"block\"><mrow><mi>kernels=megatron:loss_upcast_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"kernels=megatron: loss_upcast_bytes = 4","source":""},{"label":"kernels=megatron: log_prob_bytes","mathml":"<math display=\"block\"><mrow><mi>kernels=megatron:log_prob_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"kernels=megatron: log_prob_bytes = 0","source":""},{"label":"kernels=megatron: logits_grad_bytes","mathml":"<math display=\"block\"><mrow><mi>kernels=megatron:logits_grad_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"kernels=megatron: logits_grad_bytes = 4","source":""},{"label":"schedule=1f1b: virtual_stages","mathml":"<math display=\"block\"><mrow><mi>schedule=1f1b:virtual_stages</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"schedule=1f1b: virtual_stages = 1","source":""},{"label":"schedule=1f1b: gpipe","mathml":"<math display=\"block\"><mrow><mi>schedule=1f1b:gpipe</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"schedule=1f1b: gpipe = 0","source":""},{"label":"schedule=interleaved: virtual_stages","mathml":"<math display=\"block\"><mrow><mi>schedule=interleaved:virtual_stages</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"schedule=interleaved: virtual_stages = 2","source":""},{"label":"schedule=interleaved: gpipe","mathml":"<math display=\"block\"><mrow><mi>schedule=interleaved:gpipe</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"schedule=interleaved: gpipe = 0","source":""},{"label":"schedule=gpipe: virtual_stages","mathml":"<math display=\"block\"><mrow><mi>schedule=gpipe:virtual_stages</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"schedule=gpipe: virtual_stages = 1","source":""},{"label":"schedule=gpipe: gpipe","mathml":"<math display=\"block\"><mrow><mi>schedule=gpipe:gpipe</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"schedule=gpipe: gpipe = 1","source":""},{"label":"quant=bf16: base_linear_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=bf16:base_linear_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"quant=bf16: base_linear_bytes = 2","source":""},{"label":"quant=fp32: base_linear_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=fp32:base_linear_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"quant=fp32: base_linear_bytes = 4","source":""},{"label":"quant=int8: base_linear_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=int8:base_linear_bytes</mi><mo>=</mo><mn>1</mn><mo>+</mo><mfrac><mn>4</mn><mi>d</mi></mfrac></mrow></math>","text":"quant=int8: base_linear_bytes = 1 + 4/hidden_size","source":""},{"label":"quant=nf4: base_linear_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=nf4:base_linear_bytes</mi><mo>=</mo><mfrac><mn>9</mn><mn>16</mn></mfrac></mrow></math>","text":"quant=nf4: base_linear_bytes = 9/16","source":""},{"label":"quant=nf4-dq: base_linear_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=nf4-dq:base_linear_bytes</mi><mo>=</mo><mfrac><mn>2113</mn><mn>4096</mn></mfrac></mrow></math>","text":"quant=nf4-dq: base_linear_bytes = 2113/4096","source":""}],"mode":"finetune","assumptions":[],"shown":["batch","seq_len","dp","tp","pp","cp","sp","ep","microbatches","dropout"],"layout":{"axes":[{"role":"data","symbol":"dp","values":[],"keep":false,"stage":"","stages":0},{"role":"tensor","symbol":"tp","values":[1,2,4,8,16,32,64],"keep":true,"stage":"","stages":0},{"role":"pipeline","symbol":"pp","values":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64],"keep":true,"stage":"stage","stages":3},{"role":"expert","symbol":"ep","values":[],"keep":false,"stage":"","stages":0},{"role":"context","symbol":"cp","values":[],"keep":false,"stage":"","stages":0}],"constraints":[{"name":"tp_splits_heads","message":"does not divide num_heads = {num_heads}: tensor parallelism splits the heads evenly","symbol":"tp","needs":["num_heads"]},{"name":"tp_splits_kv_heads","message":"does not divide num_kv_heads = {num_kv_heads}: tensor parallelism splits the heads evenly","symbol":"tp","needs":["num_kv_heads"]},{"name":"cp_splits_sequence","message":"does not split seq_len = {seq_len} evenly: context parallelism gives each rank two chunks of seq_len / (2 cp) tokens","symbol":"cp","needs":[]},{"name":"pipeline_with_zero","message":"is refused with ZeRO stage {zero_stage}: DeepSpeed's pipeline engine asserts 'ZeRO-2 and ZeRO-3 are incompatible with pipeline parallelism'; choose --sharding zero1, fsdp or none","symbol":"pp","needs":[]}]},"limits":[{"name":"batch","at_most":null,"note":""},{"name":"seq_len","at_most":null,"note":""},{"name":"params","at_most":null,"note":""}],"reports":[],"views":[{"name":"device","minus":[],"capacity":"","decides":true,"description":"What nvidia-smi shows for the process - the allocator's reserved memory, the CUDA context and NCCL","source":"nvidia-smi / torch.cuda.mem_get_info (total - free)"},{"name":"reserved","minus":["reserve/cuda_context","reserve/nccl"],"capacity":"","decides":false,"description":"What the caching allocator holds (torch.cuda.max_memory_reserved)","source":"c10/cuda/CUDACachingAllocator.cpp"},{"name":"allocated","minus":["reserve/cuda_context","reserve/nccl","reserve/fragmentation"],"capacity":"","decides":false,"description":"What live tensors hold (torch.cuda.max_memory_allocated, MemTracker)","source":"torch.cuda.memory_stats allocated_bytes.all.peak"}],"program_meta":[{"i":["params","active_params","embedding_params","lm_head_params","vocab_size","hidden_size","num_layers","num_heads","num_kv_heads","head_dim","intermediate_size","mlp_activation_width","num_experts_per_tok","moe_intermediate_size","logit_width","logit_positions","tie_word_embeddings","max_position_embeddings","devices_per_node","sm_version","memory_bandwidth","flops_bf16","flops_fp16","flops_fp32","flops_tf32","flops_fp8","intra_node_bandwidth","inter_node_bandwidth","price_per_gpu_hour","sm_count","cuda_context_bytes","lazy_modules_bytes","cublas_workspace_bytes","nccl_channels","nccl_connections","nccl_buffer_bytes","nccl_communicator_bytes","nvls","nvls_rank_bytes","dp","tp","pp","stage","is_first","is_last","expert_params","gated_mlp","mlp_act_tensors","rms_norm","softmax_fp32","layer_norms","parallel_block","batch","seq_len","cp","ep","sp","microbatches","global_batch","tokens","price","peak_flops","matmul_efficiency","elementwise_passes","dp_overlap","tp_overlap","attention_flops_share","first_stage_layers","last_stage_layers","virtual_stages","gpipe","stage_layers","in_flight","weight_bytes","grad_bytes","master_bytes","state_bytes","act_bytes","residual_bytes","weight_cast_bytes","optimizer_bytes","optimizer_temp_bytes","zero_stage","shard_weights","shard_grads","shard_optimizer","shard_group","gather_units","bucket_elements","ddp_bucket_view","offload_optimizer","offload_params","keep_grads","recompute_selective","recompute_full","eager_attention","kv_saved_heads","lse_bytes","mlp_tensors","norm_bytes","norm_stat_bytes","logits_output_bytes","loss_upcast_bytes","log_prob_bytes","logits_grad_bytes","keep_logits","dropout","nccl_bytes","fragmentation_fraction","lora_rank","lora_in_out","linear_params","base_linear_bytes","adapter_bytes","dequant_layers"],"o":["@d:base_bytes_per_param","@d:layer_share","@d:output_params","@d:params_per_gpu","@d:replicas","@d:shard_degree","@q:weights","@d:lora_params","@d:adapter_params_per_gpu","@q:gradients","@q:optimizer/master_weights","@q:optimizer/optimizer_states","@q:optimizer","@d:micro_tokens","@d:replicated_split","@d:attention_per_layer","@d:kept_layers","@q:activations/attention","@d:scores_per_layer","@q:activations/scores","@d:mlp_per_layer","@q:activations/mlp","@d:norms_per_layer","@q:activations/norms","@d:masks_per_layer","@q:activations/dropout_masks","@q:activations/layer_inputs","@d:layer_activations","@q:activations/recompute_working_set","@q:activations/head_inputs","@q:activations","@d:last_logit_tokens","@q:logits/logits_output","@q:logits/loss_upcast","@q:logits/log_probs","@q:logits/logits_grad","@q:logits","@d:layer_params","@q:buffers/gathered_params","@q:buffers/comm_buckets","@q:buffers/ddp_buckets","@q:buffers/cast_weights","@q:buffers/optimizer_temporaries","@q:buffers/dequantized","@q:buffers","@q:reserve/cuda_context","@q:reserve/nccl","@q:reserve/cublas_workspace","@q:reserve/fragmentation","@q:reserve","@q:adapters","@q:","@d:world_size","@d:model_states","@d:activation_peak","@d:matmul_params","@d:attention_flops_per_token","@d:flops_per_token","@d:hardware_flops_per_token","@d:step_sequences","@d:step_tokens","@d:compute_seconds","@d:elementwise_seconds","@d:node_bandwidth","@d:tp_comm_seconds","@d:ep_comm_seconds","@d:dp_comm_seconds","@d:cp_comm_seconds","@d:bubble","@d:step_seconds","@d:tokens_per_second","@d:mfu","@d:hfu","@d:train_seconds","@d:gpu_hours","@d:cost","@d:base_bytes","@p:forward","@p:backward_start","@p:backward_recompute","@p:backward_end","@p:optimizer_step"],"c":null},{"i":["params"],"o":["active_params"],"c":null},{"i":[],"o":["hidden_size"],"c":"0"},{"i":[],"o":["vocab_size"],"c":"0"},{"i":["hidden_size","vocab_size"],"o":["embedding_params"],"c":null},{"i":[],"o":["tie_word_embeddings"],"c":"0"},{"i":["hidden_size","tie_word_embeddings","vocab_size"],"o":["lm_head_params"],"c":null},{"i":[],"o":["num_layers"],"c":"0"},{"i":["hidden_size"],"o":["num_heads"],"c":null},{"i":["num_heads"],"o":["num_kv_heads"],"c":null},{"i":["hidden_size","num_heads"],"o":["head_dim"],"c":null},{"i":["hidden_size"],"o":["intermediate_size"],"c":null},{"i":["intermediate_size"],"o":["mlp_activation_width"],"c":null},{"i":[],"o":["num_experts_per_tok"],"c":"0"},{"i":["intermediate_size"],"o":["moe_intermediate_size"],"c":null},{"i":["vocab_size"],"o":["logit_width"],"c":null},{"i":[],"o":["logit_positions"],"c":"0"},{"i":[],"o":["max_position_embeddings"],"c":"2048"},{"i":[],"o":["devices_per_node"],"c":"8"},{"i":[],"o":["sm_version"],"c":"80"},{"i":[],"o":["memory_bandwidth"],"c":"2000000000000"},{"i":[],"o":["flops_bf16"],"c":"312000000000000"},{"i":["flops_bf16"],"o":["flops_fp16"],"c":null},{"i":["flops_bf16"],"o":["flops_fp32"],"c":null},{"i":["flops_bf16"],"o":["flops_tf32"],"c":null},{"i":[],"o":["flops_fp8"],"c":"0"},{"i":[],"o":["intra_node_bandwidth"],"c":"150000000000"},{"i":[],"o":["inter_node_bandwidth"],"c":"25000000000"},{"i":[],"o":["price_per_gpu_hour"],"c":"0"},{"i":[],"o":["sm_count"],"c":"108"},{"i":[],"o":["cuda_context_bytes"],"c":"419430400"},{"i":[],"o":["lazy_modules_bytes"],"c":"268435456"},{"i":["sm_version"],"o":["cublas_workspace_bytes"],"c":null},{"i":[],"o":["nccl_channels"],"c":"16"},{"i":[],"o":["nccl_connections"],"c":"3"},{"i":[],"o":["nccl_buffer_bytes"],"c":"9633792"},{"i":["nccl_buffer_bytes","nccl_channels","nccl_connections"],"o":["nccl_communicator_bytes"],"c":null},{"i":["devices_per_node","sm_version"],"o":["nvls"],"c":null},{"i":[],"o":["nvls_rank_bytes"],"c":"33554432"},{"i":[],"o":["dp"],"c":"1"},{"i":[],"o":["tp"],"c":"1"},{"i":[],"o":["pp"],"c":"1"},{"i":[],"o":["stage"],"c":"0"},{"i":["stage"],"o":["is_first"],"c":null},{"i":["pp","stage"],"o":["is_last"],"c":null},{"i":[],"o":["expert_params"],"c":"0"},{"i":[],"o":["gated_mlp"],"c":"0"},{"i":["gated_mlp"],"o":["mlp_act_tensors"],"c":null},{"i":[],"o":["rms_norm"],"c":"0"},{"i":[],"o":["softmax_fp32"],"c":"1"},{"i":[],"o":["layer_norms"],"c":"2"},{"i":[],"o":["parallel_block"],"c":"0"},{"i":[],"o":["batch"],"c":"1"},{"i":["max_position_embeddings"],"o":["seq_len"],"c":null},{"i":[],"o":["cp"],"c":"1"},{"i":[],"o":["ep"],"c":"1"},{"i":[],"o":["sp"],"c":"1"},{"i":[],"o":["global_batch"],"c":"0"},{"i":["batch","dp","global_batch","pp"],"o":["microbatches"],"c":null},{"i":[],"o":["tokens"],"c":"0"},{"i":["price_per_gpu_hour"],"o":["price"],"c":null},{"i":["flops_bf16"],"o":["peak_flops"],"c":null},{"i":[],"o":["matmul_efficiency"],"c":"3/4"},{"i":[],"o":["elementwise_passes"],"c":"4"},{"i":[],"o":["dp_overlap"],"c":"1"},{"i":[],"o":["tp_overlap"],"c":"0"},{"i":[],"o":["attention_flops_share"],"c":"1"},{"i":["num_layers","pp"],"o":["first_stage_layers"],"c":null},{"i":["num_layers","pp"],"o":["last_stage_layers"],"c":null},{"i":[],"o":["virtual_stages"],"c":"1"},{"i":[],"o":["gpipe"],"c":"0"},{"i":["first_stage_layers","last_stage_layers","num_layers","pp","stage"],"o":["stage_layers"],"c":null},{"i":["gpipe","microbatches","pp","stage","virtual_stages"],"o":["in_flight"],"c":null},{"i":[],"o":["weight_cast_bytes"],"c":"0"},{"i":[],"o":["zero_stage"],"c":"0"},{"i":[],"o":["ddp_bucket_view"],"c":"0"},{"i":[],"o":["keep_grads"],"c":"0"},{"i":[],"o":["keep_logits"],"c":"1"},{"i":[],"o":["dropout"],"c":"0"},{"i":["cp","devices_per_node","dp","ep","is_first","is_last","nccl_channels","nccl_communicator_bytes","nvls","nvls_rank_bytes","pp","tp"],"o":["nccl_bytes"],"c":null},{"i":[],"o":["fragmentation_fraction"],"c":"1/20"},{"i":[],"o":["lora_rank"],"c":"8"},{"i":[],"o":["lora_in_out"],"c":"0"},{"i":["embedding_params","lm_head_params","params"],"o":["linear_params"],"c":null},{"i":[],"o":["adapter_bytes"],"c":"4"},{"i":[],"o":["dequant_layers"],"c":"1"},{"i":[],"o":["weight_bytes"],"c":"4"},{"i":[],"o":["grad_bytes"],"c":"4"},{"i":[],"o":["master_bytes"],"c":"0"},{"i":[],"o":["state_bytes"],"c":"4"},{"i":[],"o":["act_bytes"],"c":"4"},{"i":[],"o":["residual_bytes"],"c":"4"},{"i":["flops_fp32"],"o":["peak_flops"],"c":null},{"i":[],"o":["weight_bytes"],"c":"2"},{"i":[],"o":["grad_bytes"],"c":"2"},{"i":[],"o":["master_bytes"],"c":"4"},{"i":[],"o":["state_bytes"],"c":"4"},{"i":[],"o":["act_bytes"],"c":"2"},{"i":[],"o":["residual_bytes"],"c":"2"},{"i":["flops_bf16"],"o":["peak_flops"],"c":null},{"i":[],"o":["weight_bytes"],"c":"2"},{"i":[],"o":["grad_bytes"],"c":"2"},{"i":[],"o":["master_bytes"],"c":"4"},{"i":[],"o":["state_bytes"],"c":"4"},{"i":[],"o":["act_bytes"],"c":"2"},{"i":[],"o":["residual_bytes"],"c":"2"},{"i":[],"o":["weight_cast_bytes"],"c":"2"},{"i":["flops_bf16","flops_fp8"],"o":["peak_flops"],"c":null},{"i":[],"o":["weight_bytes"],"c":"2"},{"i":[],"o":["grad_bytes"],"c":"4"},{"i":[],"o":["master_bytes"],"c":"4"},{"i":[],"o":["state_bytes"],"c":"4"},{"i":[],"o":["act_bytes"],"c":"2"},{"i":[],"o":["residual_bytes"],"c":"2"},{"i":["flops_bf16"],"o":["peak_flops"],"c":null},{"i":[],"o":["weight_bytes"],"c":"4"},{"i":[],"o":["grad_bytes"],"c":"4"},{"i":[],"o":["master_bytes"],"c":"0"},{"i":[],"o":["state_bytes"],"c":"4"},{"i":[],"o":["act_bytes"],"c":"2"},{"i":[],"o":["residual_bytes"],"c":"4"},{"i":[],"o":["weight_cast_bytes"],"c":"2"},{"i":["flops_bf16"],"o":["peak_flops"],"c":null},{"i":[],"o":["weight_bytes"],"c":"2"},{"i":[],"o":["grad_bytes"],"c":"2"},{"i":[],"o":["master_bytes"],"c":"0"},{"i":[],"o":["state_bytes"],"c":"2"},{"i":[],"o":["act_bytes"],"c":"2"},{"i":[],"o":["residual_bytes"],"c":"2"},{"i":["flops_bf16"],"o":["peak_flops"],"c":null},{"i":["state_bytes"],"o":["optimizer_bytes"],"c":null},{"i":["state_bytes"],"o":["optimizer_temp_bytes"],"c":null},{"i":["state_bytes"],"o":["optimizer_bytes"],"c":null},{"i":[],"o":["optimizer_temp_bytes"],"c":"0"},{"i":["state_bytes"],"o":["optimizer_bytes"],"c":null},{"i":[],"o":["optimizer_temp_bytes"],"c":"0"},{"i":["state_bytes"],"o":["optimizer_bytes"],"c":null},{"i":["state_bytes"],"o":["optimizer_temp_bytes"],"c":null},{"i":[],"o":["optimizer_bytes"],"c":"0"},{"i":[],"o":["optimizer_temp_bytes"],"c":"0"},{"i":["state_bytes"],"o":["optimizer_bytes"],"c":null},{"i":[],"o":["optimizer_temp_bytes"],"c":"0"},{"i":["hidden_size"],"o":["optimizer_bytes"],"c":null},{"i":[],"o":["optimizer_temp_bytes"],"c":"0"},{"i":[],"o":["optimizer_bytes"],"c":"513/256"},{"i":[],"o":["optimizer_temp_bytes"],"c":"0"},{"i":["state_bytes"],"o":["optimizer_bytes"],"c":null},{"i":[],"o":["optimizer_temp_bytes"],"c":"0"},{"i":[],"o":["shard_weights"],"c":"0"},{"i":[],"o":["shard_grads"],"c":"0"},{"i":[],"o":["shard_optimizer"],"c":"0"},{"i":[],"o":["shard_group"],"c":"0"},{"i":[],"o":["gather_units"],"c":"0"},{"i":[],"o":["bucket_elements"],"c":"0"},{"i":[],"o":["zero_stage"],"c":"1"},{"i":[],"o":["shard_weights"],"c":"0"},{"i":[],"o":["shard_grads"],"c":"0"},{"i":[],"o":["shard_optimizer"],"c":"1"},{"i":[],"o":["shard_group"],"c":"0"},{"i":[],"o":["gather_units"],"c":"0"},{"i":[],"o":["bucket_elements"],"c":"500000000"},{"i":[],"o":["zero_stage"],"c":"2"},{"i":[],"o":["shard_weights"],"c":"0"},{"i":[],"o":["shard_grads"],"c":"1"},{"i":[],"o":["shard_optimizer"],"c":"1"},{"i":[],"o":["shard_group"],"c":"0"},{"i":[],"o":["gather_units"],"c":"0"},{"i":[],"o":["bucket_elements"],"c":"500000000"},{"i":[],"o":["zero_stage"],"c":"3"},{"i":[],"o":["shard_weights"],"c":"1"},{"i":[],"o":["shard_grads"],"c":"1"},{"i":[],"o":["shard_optimizer"],"c":"1"},{"i":[],"o":["shard_group"],"c":"0"},{"i":[],"o":["gather_units"],"c":"2"},{"i":[],"o":["bucket_elements"],"c":"500000000"},{"i":[],"o":["shard_weights"],"c":"1"},{"i":[],"o":["shard_grads"],"c":"1"},{"i":[],"o":["shard_optimizer"],"c":"1"},{"i":[],"o":["shard_group"],"c":"0"},{"i":[],"o":["gather_units"],"c":"2"},{"i":[],"o":["bucket_elements"],"c":"0"},{"i":[],"o":["shard_weights"],"c":"0"},{"i":[],"o":["shard_grads"],"c":"1"},{"i":[],"o":["shard_optimizer"],"c":"1"},{"i":[],"o":["shard_group"],"c":"0"},{"i":[],"o":["gather_units"],"c":"0"},{"i":[],"o":["bucket_elements"],"c":"0"},{"i":[],"o":["shard_weights"],"c":"1"},{"i":[],"o":["shard_grads"],"c":"1"},{"i":[],"o":["shard_optimizer"],"c":"1"},{"i":["devices_per_node"],"o":["shard_group"],"c":null},{"i":[],"o":["gather_units"],"c":"2"},{"i":[],"o":["bucket_elements"],"c":"0"},{"i":[],"o":["offload_optimizer"],"c":"0"},{"i":[],"o":["offload_params"],"c":"0"},{"i":[],"o":["offload_optimizer"],"c":"1"},{"i":[],"o":["offload_params"],"c":"0"},{"i":[],"o":["offload_optimizer"],"c":"1"},{"i":["shard_weights"],"o":["offload_params"],"c":null},{"i":[],"o":["recompute_selective"],"c":"0"},{"i":[],"o":["recompute_full"],"c":"0"},{"i":[],"o":["recompute_selective"],"c":"1"},{"i":[],"o":["recompute_full"],"c":"0"},{"i":[],"o":["recompute_selective"],"c":"0"},{"i":[],"o":["recompute_full"],"c":"1"},{"i":[],"o":["eager_attention"],"c":"0"},{"i":["num_kv_heads"],"o":["kv_saved_heads"],"c":null},{"i":[],"o":["lse_bytes"],"c":"4"},{"i":[],"o":["eager_attention"],"c":"0"},{"i":["num_kv_heads"],"o":["kv_saved_heads"],"c":null},{"i":[],"o":["lse_bytes"],"c":"4"},{"i":[],"o":["eager_attention"],"c":"1"},{"i":["num_heads"],"o":["kv_saved_heads"],"c":null},{"i":[],"o":["lse_bytes"],"c":"0"},{"i":["mlp_act_tensors"],"o":["mlp_tensors"],"c":null},{"i":["residual_bytes","rms_norm"],"o":["norm_bytes"],"c":null},{"i":["rms_norm"],"o":["norm_stat_bytes"],"c":null},{"i":["act_bytes"],"o":["logits_output_bytes"],"c":null},{"i":["act_bytes"],"o":["loss_upcast_bytes"],"c":null},{"i":[],"o":["log_prob_bytes"],"c":"4"},{"i":[],"o":["logits_grad_bytes"],"c":"8"},{"i":["gated_mlp"],"o":["mlp_tensors"],"c":null},{"i":["act_bytes"],"o":["norm_bytes"],"c":null},{"i":[],"o":["norm_stat_bytes"],"c":"0"},{"i":[],"o":["softmax_fp32"],"c":"0"},{"i":[],"o":["logits_output_bytes"],"c":"0"},{"i":[],"o":["loss_upcast_bytes"],"c":"4"},{"i":[],"o":["log_prob_bytes"],"c":"0"},{"i":[],"o":["logits_grad_bytes"],"c":"4"},{"i":[],"o":["virtual_stages"],"c":"1"},{"i":[],"o":["gpipe"],"c":"0"},{"i":[],"o":["virtual_stages"],"c":"2"},{"i":[],"o":["gpipe"],"c":"0"},{"i":[],"o":["virtual_stages"],"c":"1"},{"i":[],"o":["gpipe"],"c":"1"},{"i":[],"o":["base_linear_bytes"],"c":"2"},{"i":[],"o":["base_linear_bytes"],"c":"4"},{"i":["hidden_size"],"o":["base_linear_bytes"],"c":null},{"i":[],"o":["base_linear_bytes"],"c":"9/16"},{"i":[],"o":["base_linear_bytes"],"c":"2113/4096"},{"i":["keep_grads"],"o":["weights","gradients","optimizer/master_weights","optimizer/optimizer_states","activations/attention","activations/scores","activations/mlp","activations/norms","activations/dropout_masks","activations/layer_inputs","activations/recompute_working_set","activations/head_inputs","logits/logits_output","logits/loss_upcast","logits/log_probs","logits/logits_grad","buffers/gathered_params","buffers/comm_buckets","buffers/ddp_buckets","buffers/cast_weights","buffers/optimizer_temporaries","buffers/dequantized","reserve/cuda_context","reserve/nccl","reserve/cublas_workspace","reserve/fragmentation","adapters"],"c":null},{"i":["keep_grads","keep_logits"],"o":["weights","gradients","optimizer/master_weights","optimizer/optimizer_states","activations/attention","activations/scores","activations/mlp","activations/norms","activations/dropout_masks","activations/layer_inputs","activations/recompute_working_set","activations/head_inputs","logits/logits_output","logits/loss_upcast","logits/log_probs","logits/logits_grad","buffers/gathered_params","buffers/comm_buckets","buffers/ddp_buckets","buffers/cast_weights","buffers/optimizer_temporaries","buffers/dequantized","reserve/cuda_context","reserve/nccl","reserve/cublas_workspace","reserve/fragmentation","adapters"],"c":null},{"i":["keep_grads","keep_logits"],"o":["weights","gradients","optimizer/master_weights","optimizer/optimizer_states","activations/attention","activations/scores","activations/mlp","activations/norms","activations/dropout_masks","activations/layer_inputs","activations/recompute_working_set","activations/head_inputs","logits/logits_output","logits/loss_upcast","logits/log_probs","logits/logits_grad","buffers/gathered_params","buffers/comm_buckets","buffers/ddp_buckets","buffers/cast_weights","buffers/optimizer_temporaries","buffers/dequantized","reserve/cuda_context","reserve/nccl","reserve/cublas_workspace","reserve/fragmentation","adapters"],"c":null},{"i":["keep_logits"],"o":["weights","gradients","optimizer/master_weights","optimizer/optimizer_states","activations/attention","activations/scores","activations/mlp","activations/norms","activations/dropout_masks","activations/layer_inputs","activations/recompute_working_set","activations/head_inputs","logits/logits_output","logits/loss_upcast","logits/log_probs","logits/logits_grad","buffers/gathered_params","buffers/comm_buckets","buffers/ddp_buckets","buffers/cast_weights","buffers/optimizer_temporaries","buffers/dequantized","reserve/cuda_context","reserve/nccl","reserve/cublas_workspace","reserve/fragmentation","adapters"],"c":null},{"i":["keep_logits"],"o":["weights","gradients","optimizer/master_weights","optimizer/optimizer_states","activations/attention","activations/scores","activations/mlp","activations/norms","activations/dropout_masks","activations/layer_inputs","activations/recompute_working_set","activations/head_inputs","logits/logits_output","logits/loss_upcast","logits/log_probs","logits/logits_grad","buffers/gathered_params","buffers/comm_buckets","buffers/ddp_buckets","buffers/cast_weights","buffers/optimizer_temporaries","buffers/dequantized","reserve/cuda_context","reserve/nccl","reserve/cublas_workspace","reserve/fragmentation","adapters"],"c":null},{"i":["num_heads","tp"],"o":["constraint:tp_splits_heads"],"c":null},{"i":["num_kv_heads","tp"],"o":["constraint:tp_splits_kv_heads"],"c":null},{"i":["cp","seq_len"],"o":["constraint:cp_splits_sequence"],"c":null},{"i":["pp","zero_stage"],"o":["constraint:pipeline_with_zero"],"c":null},{"i":["devices_per_node","tp"],"o":["keep:tensor"],"c":null},{"i":["num_layers","pp"],"o":["keep:pipeline"],"c":null},{"i":[],"o":["stage:pipeline:0"],"c":"0"},{"i":[],"o":["stage:pipeline:1"],"c":"1"},{"i":["pp"],"o":["stage:pipeline:2"],"c":null},{"i":["dp"],"o":["default:sharding:0"],"c":null},{"i":["pp"],"o":["default:sharding:1"],"c":null},{"i":["tokens"],"o":["time:train_seconds"],"c":null},{"i":["tokens"],"o":["time:gpu_hours"],"c":null},{"i":["price","tokens"],"o":["time:cost"],"c":null},{"i":["batch","dp","global_batch"],"o":["plan:keep"],"c":null},{"i":["ep","expert_params"],"o":["plan:keep:ep"],"c":null},{"i":["microbatches","num_layers","pp","virtual_stages"],"o":["plan:keep:virtual_stages"],"c":null},{"i":["tokens","tokens_per_second","train_seconds"],"o":["plan:value:time"],"c":null},{"i":["cost","price","tokens","tokens_per_second","world_size"],"o":["plan:value:cost"],"c":null},{"i":["gpu_hours","tokens","tokens_per_second","world_size"],"o":["plan:value:gpu_hours"],"c":null},{"i":["world_size"],"o":["plan:value:gpus"],"c":null},{"i":["price"],"o":["plan:when:cost"],"c":null}]},
function ({_Z, _Q, _add, _mul, _pow, _powq, _inv, _mod, _lt, _le, _gt, _ge, _eq, _ne, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59, v60, v61, v62, v63, v64, v65, v66, v67, v68, v69, v70, v71, v72, v73, v74, v75, v76, v77, v78, v79, v80, v81, v82, v83, v84, v85, v86, v87, v88, v89, v90, v91, v92, v93, v94, v95, v96, v97, v98, v99, v100, v101, v102, v103, v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114) {
  let v115 = _mul(_inv(_pow(v0, 1)), _add(_mul(_Z(-2n), v111), _mul(_Z(2n), v0), _mul(v111, v112)));
  let v116 = (_gt(v6, _Z(0n)) ? _mul(v71, _inv(_pow(v6, 1))) : _inv(_pow(v41, 1)));
  let v117 = _add(v3, (_gt(v41, _Z(1n)) ? _mul(v5, v16, v4) : _Z(0n)));
  let v118 = _mul(_inv(_pow(v40, 1)), _add(_mul(v116, _add(v0, _mul(_Z(-1n), v2), _mul(_Z(-1n), v45), _mul(_Z(-1n), v3))), _mul(v117, v44), _mul(v2, v43), _mul(v116, v45, _inv(_pow(v55, 1)))));
  let v119 = _mul(v54, v39);
  let v120 = (_gt(v86, _Z(0n)) ? _min(v119, v86) : v119);
  let v121 = _mul(v115, v118, _add(_Z(1n), _mul(_Z(-1n), v91)), (_eq(v83, _Z(1n)) ? _inv(_pow(v120, 1)) : _Z(1n)));
  let v122 = _mul(v110, v109);
  let v123 = _mul(v122, _inv(_pow(v41, 1)), _inv(_pow(v40, 1)));
  let v124 = _mul(v123, v113, (_eq(v84, _Z(1n)) ? _inv(_pow(v120, 1)) : _Z(1n)));
  let v125 = _Z(0n);
  let v126 = _mul(v123, v80, _add(_Z(1n), _mul(_Z(-1n), v90)), (_eq(v85, _Z(1n)) ? _inv(_pow(v120, 1)) : _Z(1n)));
  let v127 = _add(v125, v126);
  let v128 = _mul(v52, v53, _inv(_pow(v54, 1)));
  let v129 = (_eq(v56, _Z(1n)) ? v40 : _Z(1n));
  let v130 = _mul(v128, v77, _add(_mul(v5, _inv(_pow(v129, 1))), _mul(v9, _inv(_pow(v40, 1)), _add(_mul(_Z(2n), v96), _mul(_Z(2n), v7)))));
  let v131 = _mul(v72, v71, _add(_Z(1n), _mul(_Z(-1n), v94)));
  let v132 = _mul(v130, v131);
  let v133 = _mul(v128, v7, _inv(_pow(v40, 1)), (_eq(v95, _Z(1n)) ? _mul(v53, _add(_Z(1n), _mul(_Z(-1n), v93)), _add(_mul(v106, _add(_Z(1n), v77)), (_and(_eq(v49, _Z(1n)), _lt(v77, _Z(4n))) ? _add(_Z(4n), v77) : v77))) : v97));
  let v134 = _mul(v131, v133);
  let v135 = _mul(v128, v77, _add(_mul(v11, v98, _inv(_pow(v40, 1))), _mul(v5, _inv(_pow(v129, 1)), _add(_Z(1n), _mul(_Z(-1n), v51)))));
  let v136 = _mul(v131, v135);
  let v137 = _mul(v128, v50, _inv(_pow(v129, 1)), _add(v100, _mul(v99, v5)));
  let v138 = _mul(v131, v137);
  let v139 = _mul(_Z(2n), v128, v106, v5, _inv(_pow(v129, 1)));
  let v140 = _add(_mul(v131, v139), _mul(v128, v72, v106, v5, v43, _inv(_pow(v129, 1))));
  let v141 = _mul(v128, v72, v71, v5, v94, v78);
  let v142 = _add(v130, v139, v135, v137, v133);
  let v143 = _mul(v142, v94);
  let v144 = (_and(_gt(v5, _Z(0n)), _eq(v42, _add(_Z(-1n), v41))) ? _mul(v128, v72, _inv(_pow(v129, 1)), _add(v100, _mul(v5, _add(v99, v77)))) : _Z(0n));
  let v145 = _add(v132, v140, v144, v141, v136, v138, v143, v134);
  let v146 = _mul(v72, v44, (_gt(v15, _Z(0n)) ? _mul(v15, v52) : v128));
  let v147 = _mul(v146, v14, v101, _inv(_pow(v40, 1)));
  let v148 = _mul(v146, v14, v102, _inv(_pow(v40, 1)));
  let v149 = _mul(v146, v103, v14, _inv(_pow(v40, 1)));
  let v150 = _mul(v146, v14, v104, _inv(_pow(v40, 1)));
  let v151 = _add(v149, v150, v147, v148);
  let v152 = (_gt(v6, _Z(0n)) ? _mul(_inv(_pow(v6, 1)), _add(v0, _mul(_Z(-1n), v2), _mul(_Z(-1n), v3))) : _Z(0n));
  let v153 = _mul(v152, v87, v73, _inv(_pow(v40, 1)), (_eq(v83, _Z(1n)) ? _Z(1n) : _Z(0n)));
  let v154 = (_gt(v39, _Z(1n)) ? _mul(_Z(2n), v88) : _Z(0n));
  let v155 = (_and(_eq(v85, _Z(0n)), _gt(v39, _Z(1n))) ? _mul(v123, v113, _add(_Z(1n), _mul(_Z(-1n), v89))) : _Z(0n));
  let v156 = _mul(v79, _add(v118, _mul(_Z(-1n), v2, _inv(_pow(v40, 1)), _add(_Z(1n), _mul(_Z(-1n), v16)))));
  let v157 = _mul(v123, v81, _add(_Z(1n), _mul(_Z(-1n), v90)), (_eq(v85, _Z(1n)) ? _inv(_pow(v120, 1)) : _Z(1n)));
  let v158 = (_lt(v112, _Z(2n)) ? _mul(_Z(2n), v114, v111, _inv(_pow(v40, 1)), _inv(_pow(_max(_Z(1n), v6), 1))) : _Z(0n));
  let v159 = _add(v156, v154, v155, v158, v153, v157);
  let v160 = _add(v30, v31);
  let v161 = v107;
  let v162 = v32;
  let v163 = _mul(v108, _add(v145, v151));
  let v164 = _add(v162, v160, v163, v161);
  let v165 = _mul(v123, v113, (_eq(v83, _Z(1n)) ? _inv(_pow(v120, 1)) : _Z(1n)));
  let v166 = _add(v145, v165, v159, v124, v151, v127, v164, v121);
  let v167 = _mul(v54, v39, v41, v40);
  let v168 = _add(v124, v127, v121);
  let v169 = _add(v145, v156, v149, v147, v148, _mul(_Z(-1n), v143));
  let v170 = _add(v1, _mul(_Z(-1n), v2), _mul(v5, v16, v4));
  let v171 = _mul(_Z(4n), v66, v9, v6, v7, v53);
  let v172 = _add(_mul(_Z(3n), v171), _mul(_Z(6n), v170));
  let v173 = _add(v172, _mul(v171, v93), _mul(v94, _add(v171, _mul(_Z(2n), v170))));
  let v174 = (_gt(v58, _Z(0n)) ? v58 : _mul(v52, v39, v57));
  let v175 = _mul(v174, v53);
  let v176 = _mul(v173, v175, _inv(_pow(v167, 1)), _inv(_pow(v62, 1)), _inv(_pow(v61, 1)));
  let v177 = _mul(v142, v71, v57, _inv(_pow(v20, 1)), _add(v63, _mul(_Z(2n), v94)));
  let v178 = (_gt(v167, v18) ? v27 : v26);
  let v179 = _mul(_add(_Z(1n), _mul(_Z(-1n), v65)), (_gt(v40, _Z(1n)) ? _mul(_Z(8n), v128, v71, v5, v77, v57, _inv(_pow(v40, 1)), _add(_Z(-1n), v40), (_ge(v18, v40) ? _inv(_pow(v26, 1)) : _inv(_pow(v27, 1)))) : _Z(0n)));
  let v180 = (_gt(v55, _Z(1n)) ? _mul(_Z(4n), v128, v71, v5, v12, v77, v57, _inv(_pow(v178, 1)), _inv(_pow(v55, 1)), _add(_Z(-1n), v55)) : _Z(0n));
  let v181 = (_gt(v119, _Z(1n)) ? _mul(v118, v74, _inv(_pow(v178, 1)), _inv(_pow(v119, 1)), _add(_Z(-1n), v119), _add(_Z(2n), v83)) : _Z(0n));
  let v182 = (_gt(v54, _Z(1n)) ? _mul(_Z(6n), v9, v71, v77, v52, v57, v8, v53, _inv(_pow(v54, 1)), _inv(_pow(v40, 1)), _add(_Z(-1n), v54), (_ge(v18, _mul(v54, v40)) ? _inv(_pow(v26, 1)) : _inv(_pow(v27, 1)))) : _Z(0n));
  let v183 = (_gt(v41, _Z(1n)) ? _mul(_inv(_pow(_add(_Z(-1n), v41, _mul(v57, v69)), 1)), _add(_Z(-1n), v41)) : _Z(0n));
  let v184 = _add(_mul(_inv(_pow(_add(_Z(1n), _mul(_Z(-1n), v183)), 1)), _add(v176, v182, v177, v180, v179)), _max(_Z(0n), _add(v181, _mul(_Q(-2n, 3n), v176, v64))));
  let v185 = _mul(v175, _inv(_pow(v184, 1)));
  let v186 = _mul(v172, v185, _inv(_pow(v167, 1)), _inv(_pow(v61, 1)));
  let v187 = _mul(v173, v185, _inv(_pow(v167, 1)), _inv(_pow(v61, 1)));
  let v188 = _mul(v59, _inv(_pow(v185, 1)));
  let v189 = _mul(_Q(1n, 3600n), v188, v167);
  let v190 = _mul(v189, v60);
  let v191 = _mul(v115, v0);
  let v192 = _add(v145, v165, v156, v154, v155, v158, v153, v149, v147, v148, v127, v164, v121, _mul(_Z(-1n), v143), _mul(v124, v92));
  let v193 = _add(v145, v165, v156, v154, v155, v158, v153, v149, v150, v127, v164, v121, _mul(_Z(-1n), v143), _mul(v124, v92), _mul(v147, v105));
  let v194 = _add(v145, v165, v156, v154, v155, v158, v153, v127, v164, v121, _mul(v124, v92), _mul(v147, v105));
  let v195 = _add(v165, v154, v155, v153, v124, v127, v164, v121, _mul(v147, v105));
  let v196 = _add(v165, v157, v124, v127, v164, v121, _mul(v147, v105));
  return [v115, v116, v117, v118, v119, v120, v121, v122, v123, v124, v125, v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137, v138, v139, v140, v141, v142, v143, v144, v145, v146, v147, v148, v149, v150, v151, v152, v153, v154, v155, v156, v157, v158, v159, v160, v161, v162, v163, v164, v165, v166, v167, v168, v169, v170, v171, v172, v173, v174, v175, v176, v177, v178, v179, v180, v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192, v193, v194, v195, v196];
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
null,
null,
function plan(v0) {
  let v1 = (_eq(v0, _Z(1n)) ? _Z(4n) : _Z(2n));
  return [v1];
},
null,
null,
null,
null,
null,
function plan(v0) {
  let v1 = _min(_Z(2048n), v0);
  return [v1];
},
null,
null,
null,
null,
function plan(v0, v1, v2, v3) {
  let v4 = (_gt(v2, _Z(0n)) ? _max(_Z(1n), _ceil(_mul(v2, _inv(_pow(v0, 1)), _inv(_pow(v1, 1))))) : v3);
  return [v4];
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
function plan(v0, v1) {
  let v2 = _mul(v0, _inv(_pow(v1, 1)));
  return [v2];
},
function plan(v0, v1) {
  let v2 = _mul(v0, _inv(_pow(v1, 1)));
  return [v2];
},
null,
null,
function plan(v0, v1, v2, v3, v4) {
  let v5 = (_eq(v3, _Z(1n)) ? v2 : (_eq(v4, _Z(0n)) ? v0 : (_eq(v4, _add(_Z(-1n), v3)) ? v1 : _mul(_inv(_pow(_max(_Z(1n), _add(_Z(-2n), v3)), 1)), _add(v2, _mul(_Z(-1n), v0), _mul(_Z(-1n), v1))))));
  return [v5];
},
function plan(v0, v1, v2, v3, v4) {
  let v5 = (_eq(v0, _Z(1n)) ? v1 : _min(v1, (_gt(v4, _Z(1n)) ? _mul(_inv(_pow(v4, 1)), _add(_Z(-1n), _mul(_Z(-2n), v3), _mul(_Z(2n), v2), _mul(v2, _add(_Z(-1n), v4)))) : _add(v2, _mul(_Z(-1n), v3)))));
  return [v5];
},
null,
null,
null,
null,
null,
null,
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11) {
  let v12 = _add((_gt(v0, _Z(1n)) ? v7 : _Z(0n)), (_gt(v3, _Z(1n)) ? v7 : _Z(0n)), (_gt(v10, _Z(1n)) ? _mul(_Z(2097152n), v6, _add(_Z(2n), _mul(_Z(-1n), v4), _mul(_Z(-1n), v5))) : _Z(0n)), (_gt(v11, _Z(1n)) ? _add(v7, _mul(v8, (_gt(v11, _Z(2n)) ? _mul(v9, v11) : _Z(0n)))) : _Z(0n)), (_gt(v2, _Z(1n)) ? _add(v7, _mul(v8, (_gt(v2, _Z(2n)) ? _mul(v9, _min(v1, v2)) : _Z(0n)))) : _Z(0n)));
  return [v12];
},
null,
null,
null,
function plan(v0, v1, v2) {
  let v3 = _add(v2, _mul(_Z(-1n), v0), _mul(_Z(-1n), v1));
  return [v3];
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
function plan(v0, v1) {
  let v2 = (_gt(v1, _Z(0n)) ? v1 : v0);
  return [v2];
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
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0) {
  let v1 = _mul(_Z(2n), v0);
  return [v1];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0) {
  let v1 = _mul(_Z(2n), v0);
  return [v1];
},
null,
function plan(v0) {
  let v1 = _mul(_Z(2n), v0);
  return [v1];
},
null,
function plan(v0) {
  let v1 = _mul(_Z(2n), v0);
  return [v1];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
},
null,
null,
function plan(v0) {
  let v1 = v0;
  return [v1];
},
null,
function plan(v0) {
  let v1 = (_gt(v0, _Z(0n)) ? _mul(_Z(8n), _inv(_pow(v0, 1))) : _Z(0n));
  return [v1];
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
function plan(v0) {
  let v1 = v0;
  return [v1];
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
  let v1 = v0;
  return [v1];
},
null,
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0, v1) {
  let v2 = (_eq(v1, _Z(1n)) ? _add(_Z(4n), v0) : v0);
  return [v2];
},
function plan(v0) {
  let v1 = (_eq(v0, _Z(1n)) ? _Z(4n) : _Z(8n));
  return [v1];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0) {
  let v1 = (_lt(v0, _Z(4n)) ? _Z(4n) : _Z(0n));
  return [v1];
},
null,
null,
function plan(v0) {
  let v1 = (_eq(v0, _Z(1n)) ? _Z(3n) : _Z(2n));
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
null,
function plan(v0) {
  let v1 = _Z(1n);
  let v2 = v0;
  let v3 = _Z(1n);
  let v4 = _Z(1n);
  let v5 = _Z(1n);
  let v6 = _Z(1n);
  let v7 = _Z(1n);
  let v8 = _Z(1n);
  let v9 = _Z(1n);
  let v10 = _Z(1n);
  let v11 = _Z(0n);
  let v12 = _Z(1n);
  let v13 = _Z(1n);
  let v14 = _Z(1n);
  let v15 = _Z(1n);
  let v16 = _Z(0n);
  let v17 = _Z(1n);
  let v18 = _Z(1n);
  let v19 = _Z(1n);
  let v20 = _Z(1n);
  let v21 = _Z(0n);
  let v22 = _Z(1n);
  let v23 = _Z(1n);
  let v24 = _Z(1n);
  let v25 = _Z(1n);
  let v26 = _Z(1n);
  let v27 = _Z(1n);
  return [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27];
},
function plan(v0, v1) {
  let v2 = _Z(1n);
  let v3 = v0;
  let v4 = _Z(1n);
  let v5 = _Z(1n);
  let v6 = _Z(1n);
  let v7 = _Z(1n);
  let v8 = _Z(1n);
  let v9 = _Z(1n);
  let v10 = _Z(1n);
  let v11 = _Z(1n);
  let v12 = _Z(0n);
  let v13 = _Z(1n);
  let v14 = v1;
  let v15 = _Z(0n);
  let v16 = _Z(1n);
  let v17 = _Z(1n);
  let v18 = _Z(1n);
  let v19 = _Z(1n);
  let v20 = _Z(1n);
  let v21 = _Z(1n);
  let v22 = _Z(0n);
  let v23 = _Z(1n);
  let v24 = _Z(1n);
  let v25 = _Z(1n);
  let v26 = _Z(1n);
  let v27 = _Z(1n);
  let v28 = _Z(1n);
  return [v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28];
},
function plan(v0, v1) {
  let v2 = _Z(1n);
  let v3 = v0;
  let v4 = _Z(1n);
  let v5 = _Z(1n);
  let v6 = _Z(1n);
  let v7 = _Z(1n);
  let v8 = _Z(1n);
  let v9 = _Z(1n);
  let v10 = _Z(1n);
  let v11 = _Z(1n);
  let v12 = _Z(1n);
  let v13 = _Z(1n);
  let v14 = v1;
  let v15 = _Z(0n);
  let v16 = _Z(0n);
  let v17 = _Z(0n);
  let v18 = _Z(1n);
  let v19 = _Z(1n);
  let v20 = _Z(1n);
  let v21 = _Z(1n);
  let v22 = _Z(0n);
  let v23 = _Z(1n);
  let v24 = _Z(1n);
  let v25 = _Z(1n);
  let v26 = _Z(1n);
  let v27 = _Z(1n);
  let v28 = _Z(1n);
  return [v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28];
},
function plan(v0) {
  let v1 = _Z(1n);
  let v2 = _Z(1n);
  let v3 = _Z(1n);
  let v4 = _Z(1n);
  let v5 = _Z(0n);
  let v6 = _Z(0n);
  let v7 = _Z(0n);
  let v8 = _Z(0n);
  let v9 = _Z(0n);
  let v10 = _Z(0n);
  let v11 = _Z(0n);
  let v12 = _Z(0n);
  let v13 = v0;
  let v14 = _Z(0n);
  let v15 = _Z(0n);
  let v16 = _Z(0n);
  let v17 = _Z(1n);
  let v18 = _Z(1n);
  let v19 = _Z(1n);
  let v20 = _Z(0n);
  let v21 = _Z(0n);
  let v22 = _Z(0n);
  let v23 = _Z(1n);
  let v24 = _Z(1n);
  let v25 = _Z(1n);
  let v26 = _Z(1n);
  let v27 = _Z(1n);
  return [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27];
},
function plan(v0) {
  let v1 = _Z(1n);
  let v2 = _Z(1n);
  let v3 = _Z(1n);
  let v4 = _Z(1n);
  let v5 = _Z(0n);
  let v6 = _Z(0n);
  let v7 = _Z(0n);
  let v8 = _Z(0n);
  let v9 = _Z(0n);
  let v10 = _Z(0n);
  let v11 = _Z(0n);
  let v12 = _Z(0n);
  let v13 = v0;
  let v14 = _Z(0n);
  let v15 = _Z(0n);
  let v16 = _Z(0n);
  let v17 = _Z(0n);
  let v18 = _Z(0n);
  let v19 = _Z(0n);
  let v20 = _Z(0n);
  let v21 = _Z(1n);
  let v22 = _Z(0n);
  let v23 = _Z(1n);
  let v24 = _Z(1n);
  let v25 = _Z(1n);
  let v26 = _Z(1n);
  let v27 = _Z(1n);
  return [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27];
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
  let v2 = _or(_eq(v0, _Z(1n)), _eq(_mod(v1, _mul(_Z(2n), v0)), _Z(0n)));
  return [v2];
},
function plan(v0, v1) {
  let v2 = _or(_eq(v0, _Z(1n)), _lt(v1, _Z(2n)));
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
null,
function plan(v0) {
  let v1 = _add(_Z(-1n), v0);
  return [v1];
},
function plan(v0) {
  let v1 = _eq(v0, _Z(1n));
  return [v1];
},
function plan(v0) {
  let v1 = _gt(v0, _Z(1n));
  return [v1];
},
function plan(v0) {
  let v1 = _gt(v0, _Z(0n));
  return [v1];
},
function plan(v0) {
  let v1 = _gt(v0, _Z(0n));
  return [v1];
},
function plan(v0, v1) {
  let v2 = _and(_gt(v0, _Z(0n)), _gt(v1, _Z(0n)));
  return [v2];
},
function plan(v0, v1, v2) {
  let v3 = _or(_eq(v2, _Z(0n)), _eq(_mod(v2, _mul(v0, v1)), _Z(0n)));
  return [v3];
},
function plan(v0, v1) {
  let v2 = _or(_eq(v0, _Z(1n)), _gt(v1, _Z(0n)));
  return [v2];
},
function plan(v0, v1, v2, v3) {
  let v4 = _and(_and(_gt(v2, _Z(1n)), _eq(_mod(v0, v2), _Z(0n))), _eq(_mod(v1, _mul(v2, v3)), _Z(0n)));
  return [v4];
},
function plan(v0, v1, v2) {
  let v3 = (_gt(v0, _Z(0n)) ? v2 : _mul(_Z(1000000000n), _inv(_pow(v1, 1))));
  return [v3];
},
function plan(v0, v1, v2, v3, v4) {
  let v5 = (_gt(v2, _Z(0n)) ? v0 : _mul(_Q(2500000n, 9n), v4, v1, _inv(_pow(v3, 1))));
  return [v5];
},
function plan(v0, v1, v2, v3) {
  let v4 = (_gt(v1, _Z(0n)) ? v0 : _mul(_Q(2500000n, 9n), v3, _inv(_pow(v2, 1))));
  return [v4];
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
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59, v60, v61, v62, v63, v64, v65, v66, v67, v68, v69, v70, v71, v72, v73, v74, v75, v76, v77, v78, v79, v80, v81, v82, v83, v84, v85, v86, v87, v88, v89, v90, v91, v92, v93, v94, v95, v96, v97, v98, v99, v100, v101, v102, v103, v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114) {
  let v115 = (_inv(v0 ** 1) * (((-2.0) * v111) + ((2.0) * v0) + (v111 * v112)));
  let v116 = ((v6 > (0.0)) ? (v71 * _inv(v6 ** 1)) : _inv(v41 ** 1));
  let v117 = (v3 + ((v41 > (1.0)) ? (v5 * v16 * v4) : (0.0)));
  let v118 = (_inv(v40 ** 1) * ((v116 * (v0 + ((-1.0) * v2) + ((-1.0) * v45) + ((-1.0) * v3))) + (v117 * v44) + (v2 * v43) + (v116 * v45 * _inv(v55 ** 1))));
  let v119 = (v54 * v39);
  let v120 = ((v86 > (0.0)) ? _min(v119, v86) : v119);
  let v121 = (v115 * v118 * ((1.0) + ((-1.0) * v91)) * ((v83 === (1.0)) ? _inv(v120 ** 1) : (1.0)));
  let v122 = (v110 * v109);
  let v123 = (v122 * _inv(v41 ** 1) * _inv(v40 ** 1));
  let v124 = (v123 * v113 * ((v84 === (1.0)) ? _inv(v120 ** 1) : (1.0)));
  let v125 = (0.0);
  let v126 = (v123 * v80 * ((1.0) + ((-1.0) * v90)) * ((v85 === (1.0)) ? _inv(v120 ** 1) : (1.0)));
  let v127 = (v125 + v126);
  let v128 = (v52 * v53 * _inv(v54 ** 1));
  let v129 = ((v56 === (1.0)) ? v40 : (1.0));
  let v130 = (v128 * v77 * ((v5 * _inv(v129 ** 1)) + (v9 * _inv(v40 ** 1) * (((2.0) * v96) + ((2.0) * v7)))));
  let v131 = (v72 * v71 * ((1.0) + ((-1.0) * v94)));
  let v132 = (v130 * v131);
  let v133 = (v128 * v7 * _inv(v40 ** 1) * ((v95 === (1.0)) ? (v53 * ((1.0) + ((-1.0) * v93)) * ((v106 * ((1.0) + v77)) + (_and((v49 === (1.0)), (v77 < (4.0))) ? ((4.0) + v77) : v77))) : v97));
  let v134 = (v131 * v133);
  let v135 = (v128 * v77 * ((v11 * v98 * _inv(v40 ** 1)) + (v5 * _inv(v129 ** 1) * ((1.0) + ((-1.0) * v51)))));
  let v136 = (v131 * v135);
  let v137 = (v128 * v50 * _inv(v129 ** 1) * (v100 + (v99 * v5)));
  let v138 = (v131 * v137);
  let v139 = ((2.0) * v128 * v106 * v5 * _inv(v129 ** 1));
  let v140 = ((v131 * v139) + (v128 * v72 * v106 * v5 * v43 * _inv(v129 ** 1)));
  let v141 = (v128 * v72 * v71 * v5 * v94 * v78);
  let v142 = (v130 + v139 + v135 + v137 + v133);
  let v143 = (v142 * v94);
  let v144 = (_and((v5 > (0.0)), (v42 === ((-1.0) + v41))) ? (v128 * v72 * _inv(v129 ** 1) * (v100 + (v5 * (v99 + v77)))) : (0.0));
  let v145 = (v132 + v140 + v144 + v141 + v136 + v138 + v143 + v134);
  let v146 = (v72 * v44 * ((v15 > (0.0)) ? (v15 * v52) : v128));
  let v147 = (v146 * v14 * v101 * _inv(v40 ** 1));
  let v148 = (v146 * v14 * v102 * _inv(v40 ** 1));
  let v149 = (v146 * v103 * v14 * _inv(v40 ** 1));
  let v150 = (v146 * v14 * v104 * _inv(v40 ** 1));
  let v151 = (v149 + v150 + v147 + v148);
  let v152 = ((v6 > (0.0)) ? (_inv(v6 ** 1) * (v0 + ((-1.0) * v2) + ((-1.0) * v3))) : (0.0));
  let v153 = (v152 * v87 * v73 * _inv(v40 ** 1) * ((v83 === (1.0)) ? (1.0) : (0.0)));
  let v154 = ((v39 > (1.0)) ? ((2.0) * v88) : (0.0));
  let v155 = (_and((v85 === (0.0)), (v39 > (1.0))) ? (v123 * v113 * ((1.0) + ((-1.0) * v89))) : (0.0));
  let v156 = (v79 * (v118 + ((-1.0) * v2 * _inv(v40 ** 1) * ((1.0) + ((-1.0) * v16)))));
  let v157 = (v123 * v81 * ((1.0) + ((-1.0) * v90)) * ((v85 === (1.0)) ? _inv(v120 ** 1) : (1.0)));
  let v158 = ((v112 < (2.0)) ? ((2.0) * v114 * v111 * _inv(v40 ** 1) * _inv(_max((1.0), v6) ** 1)) : (0.0));
  let v159 = (v156 + v154 + v155 + v158 + v153 + v157);
  let v160 = (v30 + v31);
  let v161 = v107;
  let v162 = v32;
  let v163 = (v108 * (v145 + v151));
  let v164 = (v162 + v160 + v163 + v161);
  let v165 = (v123 * v113 * ((v83 === (1.0)) ? _inv(v120 ** 1) : (1.0)));
  let v166 = (v145 + v165 + v159 + v124 + v151 + v127 + v164 + v121);
  let v167 = (v54 * v39 * v41 * v40);
  let v168 = (v124 + v127 + v121);
  let v169 = (v145 + v156 + v149 + v147 + v148 + ((-1.0) * v143));
  let v170 = (v1 + ((-1.0) * v2) + (v5 * v16 * v4));
  let v171 = ((4.0) * v66 * v9 * v6 * v7 * v53);
  let v172 = (((3.0) * v171) + ((6.0) * v170));
  let v173 = (v172 + (v171 * v93) + (v94 * (v171 + ((2.0) * v170))));
  let v174 = ((v58 > (0.0)) ? v58 : (v52 * v39 * v57));
  let v175 = (v174 * v53);
  let v176 = (v173 * v175 * _inv(v167 ** 1) * _inv(v62 ** 1) * _inv(v61 ** 1));
  let v177 = (v142 * v71 * v57 * _inv(v20 ** 1) * (v63 + ((2.0) * v94)));
  let v178 = ((v167 > v18) ? v27 : v26);
  let v179 = (((1.0) + ((-1.0) * v65)) * ((v40 > (1.0)) ? ((8.0) * v128 * v71 * v5 * v77 * v57 * _inv(v40 ** 1) * ((-1.0) + v40) * ((v18 >= v40) ? _inv(v26 ** 1) : _inv(v27 ** 1))) : (0.0)));
  let v180 = ((v55 > (1.0)) ? ((4.0) * v128 * v71 * v5 * v12 * v77 * v57 * _inv(v178 ** 1) * _inv(v55 ** 1) * ((-1.0) + v55)) : (0.0));
  let v181 = ((v119 > (1.0)) ? (v118 * v74 * _inv(v178 ** 1) * _inv(v119 ** 1) * ((-1.0) + v119) * ((2.0) + v83)) : (0.0));
  let v182 = ((v54 > (1.0)) ? ((6.0) * v9 * v71 * v77 * v52 * v57 * v8 * v53 * _inv(v54 ** 1) * _inv(v40 ** 1) * ((-1.0) + v54) * ((v18 >= (v54 * v40)) ? _inv(v26 ** 1) : _inv(v27 ** 1))) : (0.0));
  let v183 = ((v41 > (1.0)) ? (_inv(((-1.0) + v41 + (v57 * v69)) ** 1) * ((-1.0) + v41)) : (0.0));
  let v184 = ((_inv(((1.0) + ((-1.0) * v183)) ** 1) * (v176 + v182 + v177 + v180 + v179)) + _max((0.0), (v181 + (_F(-2, 3) * v176 * v64))));
  let v185 = (v175 * _inv(v184 ** 1));
  let v186 = (v172 * v185 * _inv(v167 ** 1) * _inv(v61 ** 1));
  let v187 = (v173 * v185 * _inv(v167 ** 1) * _inv(v61 ** 1));
  let v188 = (v59 * _inv(v185 ** 1));
  let v189 = (_F(1, 3600) * v188 * v167);
  let v190 = (v189 * v60);
  let v191 = (v115 * v0);
  let v192 = (v145 + v165 + v156 + v154 + v155 + v158 + v153 + v149 + v147 + v148 + v127 + v164 + v121 + ((-1.0) * v143) + (v124 * v92));
  let v193 = (v145 + v165 + v156 + v154 + v155 + v158 + v153 + v149 + v150 + v127 + v164 + v121 + ((-1.0) * v143) + (v124 * v92) + (v147 * v105));
  let v194 = (v145 + v165 + v156 + v154 + v155 + v158 + v153 + v127 + v164 + v121 + (v124 * v92) + (v147 * v105));
  let v195 = (v165 + v154 + v155 + v153 + v124 + v127 + v164 + v121 + (v147 * v105));
  let v196 = (v165 + v157 + v124 + v127 + v164 + v121 + (v147 * v105));
  return [v115, v116, v117, v118, v119, v120, v121, v122, v123, v124, v125, v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137, v138, v139, v140, v141, v142, v143, v144, v145, v146, v147, v148, v149, v150, v151, v152, v153, v154, v155, v156, v157, v158, v159, v160, v161, v162, v163, v164, v165, v166, v167, v168, v169, v170, v171, v172, v173, v174, v175, v176, v177, v178, v179, v180, v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192, v193, v194, v195, v196];
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
null,
null,
function plan(v0) {
  let v1 = ((v0 === (1.0)) ? (4.0) : (2.0));
  return [v1];
},
null,
null,
null,
null,
null,
function plan(v0) {
  let v1 = _min((2048.0), v0);
  return [v1];
},
null,
null,
null,
null,
function plan(v0, v1, v2, v3) {
  let v4 = ((v2 > (0.0)) ? _max((1.0), _ceil((v2 * _inv(v0 ** 1) * _inv(v1 ** 1)))) : v3);
  return [v4];
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
function plan(v0, v1) {
  let v2 = (v0 * _inv(v1 ** 1));
  return [v2];
},
function plan(v0, v1) {
  let v2 = (v0 * _inv(v1 ** 1));
  return [v2];
},
null,
null,
function plan(v0, v1, v2, v3, v4) {
  let v5 = ((v3 === (1.0)) ? v2 : ((v4 === (0.0)) ? v0 : ((v4 === ((-1.0) + v3)) ? v1 : (_inv(_max((1.0), ((-2.0) + v3)) ** 1) * (v2 + ((-1.0) * v0) + ((-1.0) * v1))))));
  return [v5];
},
function plan(v0, v1, v2, v3, v4) {
  let v5 = ((v0 === (1.0)) ? v1 : _min(v1, ((v4 > (1.0)) ? (_inv(v4 ** 1) * ((-1.0) + ((-2.0) * v3) + ((2.0) * v2) + (v2 * ((-1.0) + v4)))) : (v2 + ((-1.0) * v3)))));
  return [v5];
},
null,
null,
null,
null,
null,
null,
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11) {
  let v12 = (((v0 > (1.0)) ? v7 : (0.0)) + ((v3 > (1.0)) ? v7 : (0.0)) + ((v10 > (1.0)) ? ((2097152.0) * v6 * ((2.0) + ((-1.0) * v4) + ((-1.0) * v5))) : (0.0)) + ((v11 > (1.0)) ? (v7 + (v8 * ((v11 > (2.0)) ? (v9 * v11) : (0.0)))) : (0.0)) + ((v2 > (1.0)) ? (v7 + (v8 * ((v2 > (2.0)) ? (v9 * _min(v1, v2)) : (0.0)))) : (0.0)));
  return [v12];
},
null,
null,
null,
function plan(v0, v1, v2) {
  let v3 = (v2 + ((-1.0) * v0) + ((-1.0) * v1));
  return [v3];
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
function plan(v0, v1) {
  let v2 = ((v1 > (0.0)) ? v1 : v0);
  return [v2];
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
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0) {
  let v1 = ((2.0) * v0);
  return [v1];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0) {
  let v1 = ((2.0) * v0);
  return [v1];
},
null,
function plan(v0) {
  let v1 = ((2.0) * v0);
  return [v1];
},
null,
function plan(v0) {
  let v1 = ((2.0) * v0);
  return [v1];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
},
null,
null,
function plan(v0) {
  let v1 = v0;
  return [v1];
},
null,
function plan(v0) {
  let v1 = ((v0 > (0.0)) ? ((8.0) * _inv(v0 ** 1)) : (0.0));
  return [v1];
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
function plan(v0) {
  let v1 = v0;
  return [v1];
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
  let v1 = v0;
  return [v1];
},
null,
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0, v1) {
  let v2 = ((v1 === (1.0)) ? ((4.0) + v0) : v0);
  return [v2];
},
function plan(v0) {
  let v1 = ((v0 === (1.0)) ? (4.0) : (8.0));
  return [v1];
},
function plan(v0) {
  let v1 = v0;
  return [v1];
},
function plan(v0) {
  let v1 = ((v0 < (4.0)) ? (4.0) : (0.0));
  return [v1];
},
null,
null,
function plan(v0) {
  let v1 = ((v0 === (1.0)) ? (3.0) : (2.0));
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
null,
function plan(v0) {
  let v1 = (1.0);
  let v2 = v0;
  let v3 = (1.0);
  let v4 = (1.0);
  let v5 = (1.0);
  let v6 = (1.0);
  let v7 = (1.0);
  let v8 = (1.0);
  let v9 = (1.0);
  let v10 = (1.0);
  let v11 = (0.0);
  let v12 = (1.0);
  let v13 = (1.0);
  let v14 = (1.0);
  let v15 = (1.0);
  let v16 = (0.0);
  let v17 = (1.0);
  let v18 = (1.0);
  let v19 = (1.0);
  let v20 = (1.0);
  let v21 = (0.0);
  let v22 = (1.0);
  let v23 = (1.0);
  let v24 = (1.0);
  let v25 = (1.0);
  let v26 = (1.0);
  let v27 = (1.0);
  return [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27];
},
function plan(v0, v1) {
  let v2 = (1.0);
  let v3 = v0;
  let v4 = (1.0);
  let v5 = (1.0);
  let v6 = (1.0);
  let v7 = (1.0);
  let v8 = (1.0);
  let v9 = (1.0);
  let v10 = (1.0);
  let v11 = (1.0);
  let v12 = (0.0);
  let v13 = (1.0);
  let v14 = v1;
  let v15 = (0.0);
  let v16 = (1.0);
  let v17 = (1.0);
  let v18 = (1.0);
  let v19 = (1.0);
  let v20 = (1.0);
  let v21 = (1.0);
  let v22 = (0.0);
  let v23 = (1.0);
  let v24 = (1.0);
  let v25 = (1.0);
  let v26 = (1.0);
  let v27 = (1.0);
  let v28 = (1.0);
  return [v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28];
},
function plan(v0, v1) {
  let v2 = (1.0);
  let v3 = v0;
  let v4 = (1.0);
  let v5 = (1.0);
  let v6 = (1.0);
  let v7 = (1.0);
  let v8 = (1.0);
  let v9 = (1.0);
  let v10 = (1.0);
  let v11 = (1.0);
  let v12 = (1.0);
  let v13 = (1.0);
  let v14 = v1;
  let v15 = (0.0);
  let v16 = (0.0);
  let v17 = (0.0);
  let v18 = (1.0);
  let v19 = (1.0);
  let v20 = (1.0);
  let v21 = (1.0);
  let v22 = (0.0);
  let v23 = (1.0);
  let v24 = (1.0);
  let v25 = (1.0);
  let v26 = (1.0);
  let v27 = (1.0);
  let v28 = (1.0);
  return [v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28];
},
function plan(v0) {
  let v1 = (1.0);
  let v2 = (1.0);
  let v3 = (1.0);
  let v4 = (1.0);
  let v5 = (0.0);
  let v6 = (0.0);
  let v7 = (0.0);
  let v8 = (0.0);
  let v9 = (0.0);
  let v10 = (0.0);
  let v11 = (0.0);
  let v12 = (0.0);
  let v13 = v0;
  let v14 = (0.0);
  let v15 = (0.0);
  let v16 = (0.0);
  let v17 = (1.0);
  let v18 = (1.0);
  let v19 = (1.0);
  let v20 = (0.0);
  let v21 = (0.0);
  let v22 = (0.0);
  let v23 = (1.0);
  let v24 = (1.0);
  let v25 = (1.0);
  let v26 = (1.0);
  let v27 = (1.0);
  return [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27];
},
function plan(v0) {
  let v1 = (1.0);
  let v2 = (1.0);
  let v3 = (1.0);
  let v4 = (1.0);
  let v5 = (0.0);
  let v6 = (0.0);
  let v7 = (0.0);
  let v8 = (0.0);
  let v9 = (0.0);
  let v10 = (0.0);
  let v11 = (0.0);
  let v12 = (0.0);
  let v13 = v0;
  let v14 = (0.0);
  let v15 = (0.0);
  let v16 = (0.0);
  let v17 = (0.0);
  let v18 = (0.0);
  let v19 = (0.0);
  let v20 = (0.0);
  let v21 = (1.0);
  let v22 = (0.0);
  let v23 = (1.0);
  let v24 = (1.0);
  let v25 = (1.0);
  let v26 = (1.0);
  let v27 = (1.0);
  return [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27];
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
  let v2 = _or((v0 === (1.0)), (_mod(v1, ((2.0) * v0)) === (0.0)));
  return [v2];
},
function plan(v0, v1) {
  let v2 = _or((v0 === (1.0)), (v1 < (2.0)));
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
null,
function plan(v0) {
  let v1 = ((-1.0) + v0);
  return [v1];
},
function plan(v0) {
  let v1 = (v0 === (1.0));
  return [v1];
},
function plan(v0) {
  let v1 = (v0 > (1.0));
  return [v1];
},
function plan(v0) {
  let v1 = (v0 > (0.0));
  return [v1];
},
function plan(v0) {
  let v1 = (v0 > (0.0));
  return [v1];
},
function plan(v0, v1) {
  let v2 = _and((v0 > (0.0)), (v1 > (0.0)));
  return [v2];
},
function plan(v0, v1, v2) {
  let v3 = _or((v2 === (0.0)), (_mod(v2, (v0 * v1)) === (0.0)));
  return [v3];
},
function plan(v0, v1) {
  let v2 = _or((v0 === (1.0)), (v1 > (0.0)));
  return [v2];
},
function plan(v0, v1, v2, v3) {
  let v4 = _and(_and((v2 > (1.0)), (_mod(v0, v2) === (0.0))), (_mod(v1, (v2 * v3)) === (0.0)));
  return [v4];
},
function plan(v0, v1, v2) {
  let v3 = ((v0 > (0.0)) ? v2 : ((1000000000.0) * _inv(v1 ** 1)));
  return [v3];
},
function plan(v0, v1, v2, v3, v4) {
  let v5 = ((v2 > (0.0)) ? v0 : (_F(2500000, 9) * v4 * v1 * _inv(v3 ** 1)));
  return [v5];
},
function plan(v0, v1, v2, v3) {
  let v4 = ((v1 > (0.0)) ? v0 : (_F(2500000, 9) * v3 * _inv(v2 ** 1)));
  return [v4];
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
