ENGINE.define({"name":"finetune","kind":"rules","path":"specs/rules/finetune.yaml","description":"LoRA / QLoRA fine-tuning per GPU: a frozen base model (bf16, int8 or NF4 with double quantization), adapters of rank r on the target modules (r x (in + out) parameters each, peft's update_layer) in fp32 with their gradients and optimizer states, full activations, and the training rules' sharding, recomputation, logits, buffers and reserve.","abstract":false,"symbols":[{"name":"params","domain":"positive","latex":"P","description":"Parameters of the model (each tensor once)","flag":false,"provider":"","default":null,"key":"specs/rules/base.yaml:17:3"},{"name":"active_params","domain":"positive","latex":"P_{act}","description":"Parameters used per token (mixture of experts)","flag":false,"provider":"","default":{"text":"params","at":"specs/rules/base.yaml:25:14","key":"specs/rules/base.yaml:25:5"},"key":"specs/rules/base.yaml:21:3"},{"name":"embedding_params","domain":"nonnegative","latex":"P_{emb}","description":"Input embedding parameters, held by the first pipeline stage","flag":false,"provider":"","default":{"text":"vocab_size * hidden_size","at":"specs/rules/base.yaml:30:14","key":"specs/rules/base.yaml:30:5"},"key":"specs/rules/base.yaml:26:3"},{"name":"lm_head_params","domain":"nonnegative","latex":"P_{head}","description":"Untied LM head parameters, held by the last pipeline stage","flag":false,"provider":"","default":{"text":"(1 - tie_word_embeddings) * vocab_size * hidden_size","at":"specs/rules/base.yaml:35:14","key":"specs/rules/base.yaml:35:5"},"key":"specs/rules/base.yaml:31:3"},{"name":"vocab_size","domain":"nonnegative_integer","latex":"V","description":"Vocabulary size (0 when unknown)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:36:111","key":"specs/rules/base.yaml:36:102"},"key":"specs/rules/base.yaml:36:3"},{"name":"hidden_size","domain":"nonnegative_integer","latex":"d","description":"Model width (0 when unknown)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:37:108","key":"specs/rules/base.yaml:37:99"},"key":"specs/rules/base.yaml:37:3"},{"name":"num_layers","domain":"nonnegative_integer","latex":"L","description":"Transformer layers (0 when unknown)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:38:114","key":"specs/rules/base.yaml:38:105"},"key":"specs/rules/base.yaml:38:3"},{"name":"num_heads","domain":"positive_integer","latex":"H","description":"Attention heads","flag":false,"provider":"","default":{"text":"max(1, floor(hidden_size / 128))","at":"specs/rules/base.yaml:43:14","key":"specs/rules/base.yaml:43:5"},"key":"specs/rules/base.yaml:39:3"},{"name":"num_kv_heads","domain":"positive_integer","latex":"K","description":"Key/value heads","flag":false,"provider":"","default":{"text":"num_heads","at":"specs/rules/base.yaml:44:93","key":"specs/rules/base.yaml:44:84"},"key":"specs/rules/base.yaml:44:3"},{"name":"head_dim","domain":"nonnegative","latex":"d_h","description":"Width of one head","flag":false,"provider":"","default":{"text":"hidden_size / num_heads","at":"specs/rules/base.yaml:45:88","key":"specs/rules/base.yaml:45:79"},"key":"specs/rules/base.yaml:45:3"},{"name":"intermediate_size","domain":"nonnegative","latex":"I","description":"MLP inner width","flag":false,"provider":"","default":{"text":"4 * hidden_size","at":"specs/rules/base.yaml:46:93","key":"specs/rules/base.yaml:46:84"},"key":"specs/rules/base.yaml:46:3"},{"name":"mlp_activation_width","domain":"nonnegative","latex":"I_{act}","description":"MLP inner width whose activations one token keeps (top-k experts for a mixture of experts)","flag":false,"provider":"","default":{"text":"intermediate_size","at":"specs/rules/base.yaml:51:14","key":"specs/rules/base.yaml:51:5"},"key":"specs/rules/base.yaml:47:3"},{"name":"tie_word_embeddings","domain":"flag","latex":"\\tau","description":"1 if the LM head is the input embedding","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/base.yaml:52:115","key":"specs/rules/base.yaml:52:106"},"key":"specs/rules/base.yaml:52:3"},{"name":"max_position_embeddings","domain":"positive_integer","latex":"n_{ctx}","description":"Context length of the model","flag":false,"provider":"","default":{"text":"2048","at":"specs/rules/base.yaml:53:98","key":"specs/rules/base.yaml:53:89"},"key":"specs/rules/base.yaml:53:3"},{"name":"devices_per_node","domain":"positive_integer","latex":"n_{node}","description":"Devices sharing the fast interconnect","flag":false,"provider":"","default":{"text":"8","at":"specs/rules/base.yaml:55:102","key":"specs/rules/base.yaml:55:93"},"key":"specs/rules/base.yaml:55:3"},{"name":"dp","domain":"positive_integer","latex":"N_{dp}","description":"Data-parallel degree","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/base.yaml:57:69","key":"specs/rules/base.yaml:57:60"},"key":"specs/rules/base.yaml:57:3"},{"name":"tp","domain":"positive_integer","latex":"t","description":"Tensor-parallel degree (Megatron)","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/base.yaml:58:75","key":"specs/rules/base.yaml:58:66"},"key":"specs/rules/base.yaml:58:3"},{"name":"pp","domain":"positive_integer","latex":"p","description":"Pipeline-parallel degree","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/base.yaml:59:66","key":"specs/rules/base.yaml:59:57"},"key":"specs/rules/base.yaml:59:3"},{"name":"expert_params","domain":"nonnegative","latex":"P_{exp}","description":"Parameters of the routed experts (sharded by expert parallelism)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/training.yaml:27:14","key":"specs/rules/training.yaml:27:5"},"key":"specs/rules/training.yaml:23:3"},{"name":"gated_mlp","domain":"flag","latex":"g","description":"1 for gate + up + down MLPs (SwiGLU)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/training.yaml:28:99","key":"specs/rules/training.yaml:28:90"},"key":"specs/rules/training.yaml:28:3"},{"name":"mlp_act_tensors","domain":"nonnegative","latex":"c_{mlp}","description":"Intermediate-width tensors transformers' MLP keeps for backward (GPT-2's Python gelu_new keeps 5)","flag":false,"provider":"","default":{"text":"where(gated_mlp == 1, 4, 2)","at":"specs/rules/training.yaml:33:14","key":"specs/rules/training.yaml:33:5"},"key":"specs/rules/training.yaml:29:3"},{"name":"rms_norm","domain":"flag","latex":"r","description":"1 for RMSNorm, 0 for LayerNorm","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/training.yaml:35:94","key":"specs/rules/training.yaml:35:85"},"key":"specs/rules/training.yaml:35:3"},{"name":"softmax_fp32","domain":"flag","latex":"f_{sm}","description":"1 if eager attention computes its softmax in fp32 whatever the model dtype (transformers' Llama family)","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/training.yaml:40:14","key":"specs/rules/training.yaml:40:5"},"key":"specs/rules/training.yaml:36:3"},{"name":"layer_norms","domain":"nonnegative_integer","latex":"n_{ln}","description":"Norms per layer whose inputs a layer keeps (2 in a pre-norm decoder layer; 1 in a parallel block on one norm)","flag":false,"provider":"","default":{"text":"2","at":"specs/rules/training.yaml:45:14","key":"specs/rules/training.yaml:45:5"},"key":"specs/rules/training.yaml:41:3"},{"name":"parallel_block","domain":"flag","latex":"\\pi","description":"1 if attention and MLP run in parallel on one norm's output (GPT-J, Falcon-7B), so the MLP's input is the attention's, kept once","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/training.yaml:51:14","key":"specs/rules/training.yaml:51:5"},"key":"specs/rules/training.yaml:47:3"},{"name":"batch","domain":"positive_integer","latex":"b","description":"Micro-batch size per GPU","flag":true,"provider":"","default":{"text":"1","at":"specs/rules/training.yaml:54:69","key":"specs/rules/training.yaml:54:60"},"key":"specs/rules/training.yaml:54:3"},{"name":"seq_len","domain":"positive_integer","latex":"s","description":"Sequence length","flag":true,"provider":"","default":{"text":"min(2048, max_position_embeddings)","at":"specs/rules/training.yaml:58:14","key":"specs/rules/training.yaml:58:5"},"key":"specs/rules/training.yaml:55:3"},{"name":"ep","domain":"positive_integer","latex":"e","description":"Expert-parallel degree (experts split across data-parallel ranks)","flag":true,"provider":"","default":{"text":"1","at":"specs/rules/training.yaml:62:107","key":"specs/rules/training.yaml:62:98"},"key":"specs/rules/training.yaml:62:3"},{"name":"sp","domain":"flag","latex":"\\sigma","description":"1 with sequence parallelism (splits what tensor parallelism replicates)","flag":true,"provider":"","default":{"text":"1","at":"specs/rules/training.yaml:63:132","key":"specs/rules/training.yaml:63:123"},"key":"specs/rules/training.yaml:63:3"},{"name":"microbatches","domain":"positive_integer","latex":"m","description":"Micro-batches per step (the first pipeline stage holds min(pp, microbatches) in flight)","flag":false,"provider":"","default":{"text":"pp","at":"specs/rules/training.yaml:67:14","key":"specs/rules/training.yaml:67:5"},"key":"specs/rules/training.yaml:64:3"},{"name":"weight_bytes","domain":"nonnegative","latex":"B_w","description":"Bytes per stored weight","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:69:3"},{"name":"grad_bytes","domain":"nonnegative","latex":"B_g","description":"Bytes per gradient","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:70:3"},{"name":"master_bytes","domain":"nonnegative","latex":"B_m","description":"Bytes per fp32 master weight (0 without one)","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:71:3"},{"name":"state_bytes","domain":"nonnegative","latex":"B_s","description":"Bytes per optimizer state element","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:72:3"},{"name":"act_bytes","domain":"positive","latex":"B_a","description":"Bytes per activation element inside layers","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:73:3"},{"name":"residual_bytes","domain":"positive","latex":"B_r","description":"Bytes per element of the residual stream (fp32 under autocast)","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:74:3"},{"name":"weight_cast_bytes","domain":"nonnegative","latex":"B_{cast}","description":"Bytes per weight of the 16-bit copies autocast caches for backward","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/training.yaml:79:14","key":"specs/rules/training.yaml:79:5"},"key":"specs/rules/training.yaml:75:3"},{"name":"optimizer_bytes","domain":"nonnegative","latex":"K_{opt}","description":"Optimizer state bytes per parameter","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:80:3"},{"name":"optimizer_temp_bytes","domain":"nonnegative","latex":"K_{tmp}","description":"Bytes per parameter of optimizer-step temporaries","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:81:3"},{"name":"shard_weights","domain":"flag","latex":"z_w","description":"1 if weights are sharded over data-parallel ranks","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:82:3"},{"name":"shard_grads","domain":"flag","latex":"z_g","description":"1 if gradients are sharded","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:83:3"},{"name":"shard_optimizer","domain":"flag","latex":"z_o","description":"1 if optimizer states are sharded","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:84:3"},{"name":"shard_group","domain":"nonnegative_integer","latex":"G","description":"Ranks one shard spans (0 = all data-parallel ranks; hybrid sharding uses a node)","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:85:3"},{"name":"gather_units","domain":"nonnegative","latex":"u","description":"Layers of unsharded weights alive at once (ZeRO-3/FSDP; current + prefetched)","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:89:3"},{"name":"bucket_elements","domain":"nonnegative","latex":"B_{bkt}","description":"Gradient communication bucket size in elements (DeepSpeed ZeRO)","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:90:3"},{"name":"ddp_bucket_view","domain":"flag","latex":"v","description":"1 if DDP uses gradient_as_bucket_view=True (no second copy of the gradients)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/training.yaml:95:14","key":"specs/rules/training.yaml:95:5"},"key":"specs/rules/training.yaml:91:3"},{"name":"offload_optimizer","domain":"flag","latex":"o_{opt}","description":"1 if optimizer states and master weights live in CPU memory","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:97:3"},{"name":"offload_params","domain":"flag","latex":"o_w","description":"1 if sharded weights live in CPU memory (ZeRO-3 offload)","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:98:3"},{"name":"keep_grads","domain":"flag","latex":"k_g","description":"1 if gradients stay allocated through the forward pass (zero_grad(set_to_none=False), gradient accumulation)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/training.yaml:103:14","key":"specs/rules/training.yaml:103:5"},"key":"specs/rules/training.yaml:99:3"},{"name":"recompute_selective","domain":"flag","latex":"r_s","description":"1 with selective recomputation (attention scores)","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:105:3"},{"name":"recompute_full","domain":"flag","latex":"r_f","description":"1 with full recomputation (gradient checkpointing per layer)","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:106:3"},{"name":"eager_attention","domain":"flag","latex":"E","description":"1 if attention materialises the s x s scores","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:107:3"},{"name":"kv_saved_heads","domain":"nonnegative","latex":"k_s","description":"Key/value heads the attention keeps for backward (expanded copies count)","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:108:3"},{"name":"lse_bytes","domain":"nonnegative","latex":"B_{lse}","description":"Bytes per row statistic a fused attention kernel keeps (log-sum-exp)","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:109:3"},{"name":"mlp_tensors","domain":"nonnegative","latex":"c_m","description":"Intermediate-width tensors the MLP keeps for backward","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:110:3"},{"name":"norm_bytes","domain":"nonnegative","latex":"B_n","description":"Bytes a norm keeps per element of its input","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:111:3"},{"name":"norm_stat_bytes","domain":"nonnegative","latex":"B_{st}","description":"Bytes a norm keeps per token (mean and rstd, or rsqrt)","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:112:3"},{"name":"logits_output_bytes","domain":"nonnegative","latex":"B_{\\ell}","description":"Bytes per logit of the model output","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:113:3"},{"name":"loss_upcast_bytes","domain":"nonnegative","latex":"B_{up}","description":"Bytes per logit of the loss's fp32 copy (alive while the loss is computed)","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:114:3"},{"name":"log_prob_bytes","domain":"nonnegative","latex":"B_{lp}","description":"Bytes per logit of the log-softmax cross-entropy keeps","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:115:3"},{"name":"logits_grad_bytes","domain":"nonnegative","latex":"B_{g\\ell}","description":"Bytes per logit of the gradients at the start of backward","flag":false,"provider":"","default":null,"key":"specs/rules/training.yaml:116:3"},{"name":"keep_logits","domain":"flag","latex":"k_{\\ell}","description":"1 if the training loop holds the model outputs (outputs = model(...)) through backward and the step; 0 for loops that keep only the loss (HF Trainer)","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/training.yaml:121:14","key":"specs/rules/training.yaml:121:5"},"key":"specs/rules/training.yaml:117:3"},{"name":"dropout","domain":"flag","latex":"\\delta","description":"1 if dropout is on (masks kept for backward)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/training.yaml:122:110","key":"specs/rules/training.yaml:122:101"},"key":"specs/rules/training.yaml:122:3"},{"name":"cuda_context_bytes","domain":"nonnegative","latex":"R_{ctx}","description":"CUDA context and kernels of one process","flag":false,"provider":"","default":{"text":"2**29","at":"specs/rules/training.yaml:128:14","key":"specs/rules/training.yaml:128:5"},"key":"specs/rules/training.yaml:124:3"},{"name":"nccl_bytes","domain":"nonnegative","latex":"R_{nccl}","description":"NCCL communicator buffers when there is more than one GPU","flag":false,"provider":"","default":{"text":"2**29","at":"specs/rules/training.yaml:134:14","key":"specs/rules/training.yaml:134:5"},"key":"specs/rules/training.yaml:130:3"},{"name":"fragmentation_fraction","domain":"nonnegative","latex":"\\phi","description":"Allocator slack, as a fraction of the activation and logit memory","flag":false,"provider":"","default":{"text":"5/100","at":"specs/rules/training.yaml:140:14","key":"specs/rules/training.yaml:140:5"},"key":"specs/rules/training.yaml:136:3"},{"name":"lora_rank","domain":"positive_integer","latex":"r","description":"LoRA rank r","flag":true,"provider":"","default":{"text":"8","at":"specs/rules/finetune.yaml:21:14","key":"specs/rules/finetune.yaml:21:5"},"key":"specs/rules/finetune.yaml:18:3"},{"name":"lora_in_out","domain":"nonnegative","latex":"\\Sigma_{io}","description":"Sum of (in + out) over the adapted matrices of the model (from the architecture's linears and --lora-targets)","flag":false,"provider":"linears.lora","default":{"text":"0","at":"specs/rules/finetune.yaml:28:14","key":"specs/rules/finetune.yaml:28:5"},"key":"specs/rules/finetune.yaml:24:3"},{"name":"linear_params","domain":"nonnegative","latex":"P_{lin}","description":"Weights of the linear layers (what a 4-bit or 8-bit base format replaces)","flag":false,"provider":"linears.weights","default":{"text":"params - embedding_params - lm_head_params","at":"specs/rules/finetune.yaml:34:14","key":"specs/rules/finetune.yaml:34:5"},"key":"specs/rules/finetune.yaml:30:3"},{"name":"base_linear_bytes","domain":"positive","latex":"B_{base}","description":"Bytes per frozen linear weight of the base model","flag":false,"provider":"","default":null,"key":"specs/rules/finetune.yaml:36:3"},{"name":"adapter_bytes","domain":"positive","latex":"B_{ad}","description":"Bytes per adapter weight (peft keeps adapters in fp32 by default)","flag":false,"provider":"","default":{"text":"4","at":"specs/rules/finetune.yaml:41:14","key":"specs/rules/finetune.yaml:41:5"},"key":"specs/rules/finetune.yaml:37:3"},{"name":"dequant_layers","domain":"nonnegative","latex":"u_{dq}","description":"Layers of linear weights a quantized base holds dequantized at once (transient 16-bit tiles)","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/finetune.yaml:46:14","key":"specs/rules/finetune.yaml:46:5"},"key":"specs/rules/finetune.yaml:42:3"}],"presets":[],"default_preset":null,"default_rules":null,"total":{"name":"all_terms","key":"","slot":"@q:"},"parts":[["weights","weights","@q:weights",[],false],["gradients","gradients","@q:gradients",[],false],["optimizer","optimizer","@q:optimizer",[],true],["optimizer/master_weights","master_weights","@q:optimizer/master_weights",[],false],["optimizer/optimizer_states","optimizer_states","@q:optimizer/optimizer_states",[],false],["activations","activations","@q:activations",[],true],["activations/attention","attention","@q:activations/attention",[],false],["activations/scores","scores","@q:activations/scores",[],false],["activations/mlp","mlp","@q:activations/mlp",[],false],["activations/norms","norms","@q:activations/norms",[],false],["activations/dropout_masks","dropout_masks","@q:activations/dropout_masks",[],false],["activations/layer_inputs","layer_inputs","@q:activations/layer_inputs",[],false],["activations/recompute_working_set","recompute_working_set","@q:activations/recompute_working_set",[],false],["activations/head_inputs","head_inputs","@q:activations/head_inputs",[],false],["logits","logits","@q:logits",[],true],["logits/logits_output","logits_output","@q:logits/logits_output",[],false],["logits/loss_upcast","loss_upcast","@q:logits/loss_upcast",[],false],["logits/log_probs","log_probs","@q:logits/log_probs",[],false],["logits/logits_grad","logits_grad","@q:logits/logits_grad",[],false],["buffers","buffers","@q:buffers",[],true],["buffers/gathered_params","gathered_params","@q:buffers/gathered_params",[],false],["buffers/comm_buckets","comm_buckets","@q:buffers/comm_buckets",[],false],["buffers/ddp_buckets","ddp_buckets","@q:buffers/ddp_buckets",[],false],["buffers/cast_weights","cast_weights","@q:buffers/cast_weights",[],false],["buffers/optimizer_temporaries","optimizer_temporaries","@q:buffers/optimizer_temporaries",[],false],["buffers/dequantized","dequantized","@q:buffers/dequantized",[],false],["reserve","reserve","@q:reserve",[],true],["reserve/cuda_context","cuda_context","@q:reserve/cuda_context",[],false],["reserve/nccl","nccl","@q:reserve/nccl",[],false],["reserve/fragmentation","fragmentation","@q:reserve/fragmentation",[],false],["adapters","adapters","@q:adapters",[],false]],"derived":{"world_size":"@d:world_size","shard_degree":"@d:shard_degree","params_per_gpu":"@d:params_per_gpu","layer_params":"@d:layer_params","stage_layers":"@d:stage_layers","in_flight":"@d:in_flight","kept_layers":"@d:kept_layers","attention_per_layer":"@d:attention_per_layer","scores_per_layer":"@d:scores_per_layer","mlp_per_layer":"@d:mlp_per_layer","norms_per_layer":"@d:norms_per_layer","masks_per_layer":"@d:masks_per_layer","layer_activations":"@d:layer_activations","tokens":"@d:tokens","replicated_split":"@d:replicated_split","model_states":"@d:model_states","activation_peak":"@d:activation_peak","lora_params":"@d:lora_params","adapter_params_per_gpu":"@d:adapter_params_per_gpu","base_bytes_per_param":"@d:base_bytes_per_param","base_bytes":"@d:base_bytes"},"phases":{"forward":"@p:forward","backward_start":"@p:backward_start","backward_recompute":"@p:backward_recompute","backward_end":"@p:backward_end","optimizer_step":"@p:optimizer_step"},"block":{},"where":{"":"specs/rules/finetune.yaml:69:1","weights":"specs/rules/finetune.yaml:71:11","gradients":"specs/rules/finetune.yaml:81:11","optimizer":"specs/rules/finetune.yaml:85:3","optimizer/master_weights":"specs/rules/finetune.yaml:88:15","optimizer/optimizer_states":"specs/rules/finetune.yaml:92:15","activations":"specs/rules/training.yaml:328:3","activations/attention":"specs/rules/training.yaml:335:15","activations/scores":"specs/rules/training.yaml:338:15","activations/mlp":"specs/rules/training.yaml:341:15","activations/norms":"specs/rules/training.yaml:344:15","activations/dropout_masks":"specs/rules/training.yaml:347:15","activations/layer_inputs":"specs/rules/training.yaml:350:15","activations/recompute_working_set":"specs/rules/training.yaml:354:15","activations/head_inputs":"specs/rules/training.yaml:358:15","logits":"specs/rules/training.yaml:361:3","logits/logits_output":"specs/rules/training.yaml:368:15","logits/loss_upcast":"specs/rules/training.yaml:371:15","logits/log_probs":"specs/rules/training.yaml:374:15","logits/logits_grad":"specs/rules/training.yaml:377:15","buffers":"specs/rules/finetune.yaml:96:3","buffers/gathered_params":"specs/rules/training.yaml:385:15","buffers/comm_buckets":"specs/rules/training.yaml:389:15","buffers/ddp_buckets":"specs/rules/finetune.yaml:103:15","buffers/cast_weights":"specs/rules/training.yaml:397:15","buffers/optimizer_temporaries":"specs/rules/finetune.yaml:107:15","buffers/dequantized":"specs/rules/finetune.yaml:99:15","reserve":"specs/rules/training.yaml:403:3","reserve/cuda_context":"specs/rules/training.yaml:408:15","reserve/nccl":"specs/rules/training.yaml:411:15","reserve/fragmentation":"specs/rules/training.yaml:414:15","adapters":"specs/rules/finetune.yaml:76:11","world_size":"specs/rules/training.yaml:423:22","shard_degree":"specs/rules/training.yaml:425:11","params_per_gpu":"specs/rules/training.yaml:428:11","layer_params":"specs/rules/training.yaml:432:11","stage_layers":"specs/rules/training.yaml:434:24","in_flight":"specs/rules/training.yaml:436:11","kept_layers":"specs/rules/training.yaml:440:11","attention_per_layer":"specs/rules/training.yaml:443:11","scores_per_layer":"specs/rules/training.yaml:446:11","mlp_per_layer":"specs/rules/training.yaml:452:11","norms_per_layer":"specs/rules/training.yaml:455:11","masks_per_layer":"specs/rules/training.yaml:458:11","layer_activations":"specs/rules/training.yaml:461:11","tokens":"specs/rules/training.yaml:463:18","replicated_split":"specs/rules/training.yaml:465:11","model_states":"specs/rules/training.yaml:467:24","activation_peak":"specs/rules/training.yaml:469:11","lora_params":"specs/rules/finetune.yaml:113:11","adapter_params_per_gpu":"specs/rules/finetune.yaml:116:34","base_bytes_per_param":"specs/rules/finetune.yaml:118:11","base_bytes":"specs/rules/finetune.yaml:120:22","forward":"specs/rules/finetune.yaml:124:11","backward_start":"specs/rules/finetune.yaml:128:11","backward_recompute":"specs/rules/finetune.yaml:133:11","backward_end":"specs/rules/finetune.yaml:137:11","optimizer_step":"specs/rules/finetune.yaml:139:11"},"options":[{"name":"precision","default":"mixed","description":"What each number is stored in","aliases":[],"choices":[{"name":"fp32","description":"Everything fp32","values":{"weight_bytes":{"text":"4","at":"specs/rules/training.yaml:151:29","key":"specs/rules/training.yaml:151:15"},"grad_bytes":{"text":"4","at":"specs/rules/training.yaml:151:44","key":"specs/rules/training.yaml:151:32"},"master_bytes":{"text":"0","at":"specs/rules/training.yaml:151:61","key":"specs/rules/training.yaml:151:47"},"state_bytes":{"text":"4","at":"specs/rules/training.yaml:151:77","key":"specs/rules/training.yaml:151:64"},"act_bytes":{"text":"4","at":"specs/rules/training.yaml:151:91","key":"specs/rules/training.yaml:151:80"},"residual_bytes":{"text":"4","at":"specs/rules/training.yaml:151:110","key":"specs/rules/training.yaml:151:94"}}},{"name":"mixed","description":"16-bit weights and gradients, fp32 master weights and optimizer states (ZeRO's 2 + 2 + 12)","values":{"weight_bytes":{"text":"2","at":"specs/rules/training.yaml:155:29","key":"specs/rules/training.yaml:155:15"},"grad_bytes":{"text":"2","at":"specs/rules/training.yaml:155:44","key":"specs/rules/training.yaml:155:32"},"master_bytes":{"text":"4","at":"specs/rules/training.yaml:155:61","key":"specs/rules/training.yaml:155:47"},"state_bytes":{"text":"4","at":"specs/rules/training.yaml:155:77","key":"specs/rules/training.yaml:155:64"},"act_bytes":{"text":"2","at":"specs/rules/training.yaml:155:91","key":"specs/rules/training.yaml:155:80"},"residual_bytes":{"text":"2","at":"specs/rules/training.yaml:155:110","key":"specs/rules/training.yaml:155:94"}}},{"name":"mixed-fp32-grads","description":"As mixed, with fp32 gradient accumulation (Megatron, DeepSpeed): 2 + 4 + 12 = 18 bytes","values":{"weight_bytes":{"text":"2","at":"specs/rules/training.yaml:159:29","key":"specs/rules/training.yaml:159:15"},"grad_bytes":{"text":"4","at":"specs/rules/training.yaml:159:44","key":"specs/rules/training.yaml:159:32"},"master_bytes":{"text":"4","at":"specs/rules/training.yaml:159:61","key":"specs/rules/training.yaml:159:47"},"state_bytes":{"text":"4","at":"specs/rules/training.yaml:159:77","key":"specs/rules/training.yaml:159:64"},"act_bytes":{"text":"2","at":"specs/rules/training.yaml:159:91","key":"specs/rules/training.yaml:159:80"},"residual_bytes":{"text":"2","at":"specs/rules/training.yaml:159:110","key":"specs/rules/training.yaml:159:94"}}},{"name":"amp","description":"torch autocast (HF Trainer bf16=True) - fp32 weights, gradients, states and residual stream; 16-bit matmul inputs and outputs, and a cached 16-bit copy of each weight","values":{"weight_bytes":{"text":"4","at":"specs/rules/training.yaml:163:29","key":"specs/rules/training.yaml:163:15"},"grad_bytes":{"text":"4","at":"specs/rules/training.yaml:163:44","key":"specs/rules/training.yaml:163:32"},"master_bytes":{"text":"0","at":"specs/rules/training.yaml:163:61","key":"specs/rules/training.yaml:163:47"},"state_bytes":{"text":"4","at":"specs/rules/training.yaml:163:77","key":"specs/rules/training.yaml:163:64"},"act_bytes":{"text":"2","at":"specs/rules/training.yaml:163:91","key":"specs/rules/training.yaml:163:80"},"residual_bytes":{"text":"4","at":"specs/rules/training.yaml:163:110","key":"specs/rules/training.yaml:163:94"},"weight_cast_bytes":{"text":"2","at":"specs/rules/training.yaml:163:132","key":"specs/rules/training.yaml:163:113"}}},{"name":"bf16","description":"Pure bf16 - weights, gradients and optimizer states in bf16","values":{"weight_bytes":{"text":"2","at":"specs/rules/training.yaml:167:29","key":"specs/rules/training.yaml:167:15"},"grad_bytes":{"text":"2","at":"specs/rules/training.yaml:167:44","key":"specs/rules/training.yaml:167:32"},"master_bytes":{"text":"0","at":"specs/rules/training.yaml:167:61","key":"specs/rules/training.yaml:167:47"},"state_bytes":{"text":"2","at":"specs/rules/training.yaml:167:77","key":"specs/rules/training.yaml:167:64"},"act_bytes":{"text":"2","at":"specs/rules/training.yaml:167:91","key":"specs/rules/training.yaml:167:80"},"residual_bytes":{"text":"2","at":"specs/rules/training.yaml:167:110","key":"specs/rules/training.yaml:167:94"}}}]},{"name":"optimizer","default":"adamw","description":"Optimizer states per parameter and step temporaries","aliases":[],"choices":[{"name":"adamw","description":"AdamW, torch's default foreach implementation (two states; step keeps a sqrt copy of one)","values":{"optimizer_bytes":{"text":"2 * state_bytes","at":"specs/rules/training.yaml:175:32","key":"specs/rules/training.yaml:175:15"},"optimizer_temp_bytes":{"text":"state_bytes","at":"specs/rules/training.yaml:175:71","key":"specs/rules/training.yaml:175:49"}}},{"name":"adamw-fused","description":"AdamW with fused=True (no step temporaries)","values":{"optimizer_bytes":{"text":"2 * state_bytes","at":"specs/rules/training.yaml:179:32","key":"specs/rules/training.yaml:179:15"},"optimizer_temp_bytes":{"text":"0","at":"specs/rules/training.yaml:179:71","key":"specs/rules/training.yaml:179:49"}}},{"name":"adam","description":"Adam (same memory as AdamW)","values":{"optimizer_bytes":{"text":"2 * state_bytes","at":"specs/rules/training.yaml:183:32","key":"specs/rules/training.yaml:183:15"},"optimizer_temp_bytes":{"text":"state_bytes","at":"specs/rules/training.yaml:183:71","key":"specs/rules/training.yaml:183:49"}}},{"name":"sgd","description":"SGD without momentum (no state)","values":{"optimizer_bytes":{"text":"0","at":"specs/rules/training.yaml:187:32","key":"specs/rules/training.yaml:187:15"},"optimizer_temp_bytes":{"text":"0","at":"specs/rules/training.yaml:187:57","key":"specs/rules/training.yaml:187:35"}}},{"name":"sgd-momentum","description":"SGD with momentum (one state)","values":{"optimizer_bytes":{"text":"state_bytes","at":"specs/rules/training.yaml:191:32","key":"specs/rules/training.yaml:191:15"},"optimizer_temp_bytes":{"text":"0","at":"specs/rules/training.yaml:191:67","key":"specs/rules/training.yaml:191:45"}}},{"name":"adafactor","description":"Adafactor without momentum; the factored second moment is O(rows + columns) per matrix","values":{"optimizer_bytes":{"text":"where(hidden_size > 0, 8 / hidden_size, 0)","at":"specs/rules/training.yaml:195:33","key":"specs/rules/training.yaml:195:15"},"optimizer_temp_bytes":{"text":"0","at":"specs/rules/training.yaml:195:100","key":"specs/rules/training.yaml:195:78"}}},{"name":"adam-8bit","description":"bitsandbytes 8-bit Adam - two uint8 states and an fp32 absmax per 2048-element block","values":{"optimizer_bytes":{"text":"2 * (1 + 4 / 2048)","at":"specs/rules/training.yaml:199:32","key":"specs/rules/training.yaml:199:15"},"optimizer_temp_bytes":{"text":"0","at":"specs/rules/training.yaml:199:74","key":"specs/rules/training.yaml:199:52"}}},{"name":"lion","description":"Lion (one momentum state)","values":{"optimizer_bytes":{"text":"state_bytes","at":"specs/rules/training.yaml:203:32","key":"specs/rules/training.yaml:203:15"},"optimizer_temp_bytes":{"text":"0","at":"specs/rules/training.yaml:203:67","key":"specs/rules/training.yaml:203:45"}}}]},{"name":"sharding","default":"zero3","description":"How data-parallel ranks share model states","aliases":[],"choices":[{"name":"none","description":"DDP - every rank holds everything","values":{"shard_weights":{"text":"0","at":"specs/rules/training.yaml:211:30","key":"specs/rules/training.yaml:211:15"},"shard_grads":{"text":"0","at":"specs/rules/training.yaml:211:46","key":"specs/rules/training.yaml:211:33"},"shard_optimizer":{"text":"0","at":"specs/rules/training.yaml:211:66","key":"specs/rules/training.yaml:211:49"},"shard_group":{"text":"0","at":"specs/rules/training.yaml:211:82","key":"specs/rules/training.yaml:211:69"},"gather_units":{"text":"0","at":"specs/rules/training.yaml:211:99","key":"specs/rules/training.yaml:211:85"},"bucket_elements":{"text":"0","at":"specs/rules/training.yaml:211:119","key":"specs/rules/training.yaml:211:102"}}},{"name":"zero1","description":"ZeRO stage 1 - optimizer states sharded","values":{"shard_weights":{"text":"0","at":"specs/rules/training.yaml:215:30","key":"specs/rules/training.yaml:215:15"},"shard_grads":{"text":"0","at":"specs/rules/training.yaml:215:46","key":"specs/rules/training.yaml:215:33"},"shard_optimizer":{"text":"1","at":"specs/rules/training.yaml:215:66","key":"specs/rules/training.yaml:215:49"},"shard_group":{"text":"0","at":"specs/rules/training.yaml:215:82","key":"specs/rules/training.yaml:215:69"},"gather_units":{"text":"0","at":"specs/rules/training.yaml:215:99","key":"specs/rules/training.yaml:215:85"},"bucket_elements":{"text":"500000000","at":"specs/rules/training.yaml:215:119","key":"specs/rules/training.yaml:215:102"}}},{"name":"zero2","description":"ZeRO stage 2 - optimizer states and gradients sharded","values":{"shard_weights":{"text":"0","at":"specs/rules/training.yaml:219:30","key":"specs/rules/training.yaml:219:15"},"shard_grads":{"text":"1","at":"specs/rules/training.yaml:219:46","key":"specs/rules/training.yaml:219:33"},"shard_optimizer":{"text":"1","at":"specs/rules/training.yaml:219:66","key":"specs/rules/training.yaml:219:49"},"shard_group":{"text":"0","at":"specs/rules/training.yaml:219:82","key":"specs/rules/training.yaml:219:69"},"gather_units":{"text":"0","at":"specs/rules/training.yaml:219:99","key":"specs/rules/training.yaml:219:85"},"bucket_elements":{"text":"500000000","at":"specs/rules/training.yaml:219:119","key":"specs/rules/training.yaml:219:102"}}},{"name":"zero3","description":"ZeRO stage 3 - everything sharded; one layer gathered and one prefetched at a time","values":{"shard_weights":{"text":"1","at":"specs/rules/training.yaml:223:30","key":"specs/rules/training.yaml:223:15"},"shard_grads":{"text":"1","at":"specs/rules/training.yaml:223:46","key":"specs/rules/training.yaml:223:33"},"shard_optimizer":{"text":"1","at":"specs/rules/training.yaml:223:66","key":"specs/rules/training.yaml:223:49"},"shard_group":{"text":"0","at":"specs/rules/training.yaml:223:82","key":"specs/rules/training.yaml:223:69"},"gather_units":{"text":"2","at":"specs/rules/training.yaml:223:99","key":"specs/rules/training.yaml:223:85"},"bucket_elements":{"text":"500000000","at":"specs/rules/training.yaml:223:119","key":"specs/rules/training.yaml:223:102"}}},{"name":"fsdp","description":"FSDP FULL_SHARD (the ZeRO-3 totals; fp32 sharded weights instead of bf16 + master)","values":{"shard_weights":{"text":"1","at":"specs/rules/training.yaml:227:30","key":"specs/rules/training.yaml:227:15"},"shard_grads":{"text":"1","at":"specs/rules/training.yaml:227:46","key":"specs/rules/training.yaml:227:33"},"shard_optimizer":{"text":"1","at":"specs/rules/training.yaml:227:66","key":"specs/rules/training.yaml:227:49"},"shard_group":{"text":"0","at":"specs/rules/training.yaml:227:82","key":"specs/rules/training.yaml:227:69"},"gather_units":{"text":"2","at":"specs/rules/training.yaml:227:99","key":"specs/rules/training.yaml:227:85"},"bucket_elements":{"text":"0","at":"specs/rules/training.yaml:227:119","key":"specs/rules/training.yaml:227:102"}}},{"name":"fsdp-shard-grad-op","description":"FSDP SHARD_GRAD_OP - gradients and optimizer sharded, weights kept unsharded","values":{"shard_weights":{"text":"0","at":"specs/rules/training.yaml:231:30","key":"specs/rules/training.yaml:231:15"},"shard_grads":{"text":"1","at":"specs/rules/training.yaml:231:46","key":"specs/rules/training.yaml:231:33"},"shard_optimizer":{"text":"1","at":"specs/rules/training.yaml:231:66","key":"specs/rules/training.yaml:231:49"},"shard_group":{"text":"0","at":"specs/rules/training.yaml:231:82","key":"specs/rules/training.yaml:231:69"},"gather_units":{"text":"0","at":"specs/rules/training.yaml:231:99","key":"specs/rules/training.yaml:231:85"},"bucket_elements":{"text":"0","at":"specs/rules/training.yaml:231:119","key":"specs/rules/training.yaml:231:102"}}},{"name":"hybrid","description":"FSDP HYBRID_SHARD - FULL_SHARD within a node, replicated across nodes (--set shard_group=N to change)","values":{"shard_weights":{"text":"1","at":"specs/rules/training.yaml:235:30","key":"specs/rules/training.yaml:235:15"},"shard_grads":{"text":"1","at":"specs/rules/training.yaml:235:46","key":"specs/rules/training.yaml:235:33"},"shard_optimizer":{"text":"1","at":"specs/rules/training.yaml:235:66","key":"specs/rules/training.yaml:235:49"},"shard_group":{"text":"devices_per_node","at":"specs/rules/training.yaml:235:82","key":"specs/rules/training.yaml:235:69"},"gather_units":{"text":"2","at":"specs/rules/training.yaml:235:114","key":"specs/rules/training.yaml:235:100"},"bucket_elements":{"text":"0","at":"specs/rules/training.yaml:235:134","key":"specs/rules/training.yaml:235:117"}}}]},{"name":"offload","default":"none","description":"What lives in CPU memory instead","aliases":[],"choices":[{"name":"none","description":"Nothing offloaded","values":{"offload_optimizer":{"text":"0","at":"specs/rules/training.yaml:240:71","key":"specs/rules/training.yaml:240:52"},"offload_params":{"text":"0","at":"specs/rules/training.yaml:240:90","key":"specs/rules/training.yaml:240:74"}}},{"name":"optimizer","description":"Optimizer states and master weights in CPU memory (ZeRO-Offload)","values":{"offload_optimizer":{"text":"1","at":"specs/rules/training.yaml:244:34","key":"specs/rules/training.yaml:244:15"},"offload_params":{"text":"0","at":"specs/rules/training.yaml:244:53","key":"specs/rules/training.yaml:244:37"}}},{"name":"all","description":"Optimizer and sharded weights in CPU memory (ZeRO-3 offload_param)","values":{"offload_optimizer":{"text":"1","at":"specs/rules/training.yaml:248:34","key":"specs/rules/training.yaml:248:15"},"offload_params":{"text":"shard_weights","at":"specs/rules/training.yaml:248:53","key":"specs/rules/training.yaml:248:37"}}}]},{"name":"recompute","default":"none","description":"Activation recomputation","aliases":[],"choices":[{"name":"none","description":"Keep every activation","values":{"recompute_selective":{"text":"0","at":"specs/rules/training.yaml:253:77","key":"specs/rules/training.yaml:253:56"},"recompute_full":{"text":"0","at":"specs/rules/training.yaml:253:96","key":"specs/rules/training.yaml:253:80"}}},{"name":"selective","description":"Recompute the attention core (no s x s tensors kept)","values":{"recompute_selective":{"text":"1","at":"specs/rules/training.yaml:257:36","key":"specs/rules/training.yaml:257:15"},"recompute_full":{"text":"0","at":"specs/rules/training.yaml:257:55","key":"specs/rules/training.yaml:257:39"}}},{"name":"full","description":"Keep each layer's input only; recompute the layer in backward","values":{"recompute_selective":{"text":"0","at":"specs/rules/training.yaml:261:36","key":"specs/rules/training.yaml:261:15"},"recompute_full":{"text":"1","at":"specs/rules/training.yaml:261:55","key":"specs/rules/training.yaml:261:39"}}}]},{"name":"attention","default":"flash","description":"Attention implementation","aliases":[],"choices":[{"name":"flash","description":"FlashAttention-2 - no s x s tensors; keeps an fp32 log-sum-exp per row; native grouped-query attention","values":{"eager_attention":{"text":"0","at":"specs/rules/training.yaml:269:32","key":"specs/rules/training.yaml:269:15"},"kv_saved_heads":{"text":"num_kv_heads","at":"specs/rules/training.yaml:269:51","key":"specs/rules/training.yaml:269:35"},"lse_bytes":{"text":"4","at":"specs/rules/training.yaml:269:76","key":"specs/rules/training.yaml:269:65"}}},{"name":"sdpa","description":"torch scaled_dot_product_attention (flash kernel) - output and fp32 log-sum-exp; grouped k/v heads not repeated (enable_gqa)","values":{"eager_attention":{"text":"0","at":"specs/rules/training.yaml:273:32","key":"specs/rules/training.yaml:273:15"},"kv_saved_heads":{"text":"num_kv_heads","at":"specs/rules/training.yaml:273:51","key":"specs/rules/training.yaml:273:35"},"lse_bytes":{"text":"4","at":"specs/rules/training.yaml:273:76","key":"specs/rules/training.yaml:273:65"}}},{"name":"eager","description":"Plain matmul + softmax - keeps the s x s probabilities (and dropout output and mask)","values":{"eager_attention":{"text":"1","at":"specs/rules/training.yaml:277:32","key":"specs/rules/training.yaml:277:15"},"kv_saved_heads":{"text":"num_heads","at":"specs/rules/training.yaml:277:51","key":"specs/rules/training.yaml:277:35"},"lse_bytes":{"text":"0","at":"specs/rules/training.yaml:277:73","key":"specs/rules/training.yaml:277:62"}}}]},{"name":"kernels","default":"transformers","description":"Whose implementation keeps the activations","aliases":[],"choices":[{"name":"transformers","description":"transformers' PyTorch modules under autograd (unfused norms and MLP, fp32 loss)","values":{"mlp_tensors":{"text":"mlp_act_tensors","at":"specs/rules/training.yaml:286:24","key":"specs/rules/training.yaml:286:11"},"norm_bytes":{"text":"where(rms_norm == 1, 4 + residual_bytes, residual_bytes)","at":"specs/rules/training.yaml:287:23","key":"specs/rules/training.yaml:287:11"},"norm_stat_bytes":{"text":"where(rms_norm == 1, 4, 8)","at":"specs/rules/training.yaml:288:28","key":"specs/rules/training.yaml:288:11"},"logits_output_bytes":{"text":"act_bytes","at":"specs/rules/training.yaml:289:32","key":"specs/rules/training.yaml:289:11"},"loss_upcast_bytes":{"text":"where(act_bytes < 4, 4, 0)","at":"specs/rules/training.yaml:290:30","key":"specs/rules/training.yaml:290:11"},"log_prob_bytes":{"text":"4","at":"specs/rules/training.yaml:291:27","key":"specs/rules/training.yaml:291:11"},"logits_grad_bytes":{"text":"8","at":"specs/rules/training.yaml:292:30","key":"specs/rules/training.yaml:292:11"}}},{"name":"megatron","description":"Megatron-LM fused kernels, the accounting of Korthikanti et al. 2022","values":{"mlp_tensors":{"text":"where(gated_mlp == 1, 3, 2)","at":"specs/rules/training.yaml:297:24","key":"specs/rules/training.yaml:297:11"},"norm_bytes":{"text":"act_bytes","at":"specs/rules/training.yaml:298:23","key":"specs/rules/training.yaml:298:11"},"norm_stat_bytes":{"text":"0","at":"specs/rules/training.yaml:299:28","key":"specs/rules/training.yaml:299:11"},"softmax_fp32":{"text":"0","at":"specs/rules/training.yaml:300:25","key":"specs/rules/training.yaml:300:11"},"logits_output_bytes":{"text":"0","at":"specs/rules/training.yaml:301:32","key":"specs/rules/training.yaml:301:11"},"loss_upcast_bytes":{"text":"4","at":"specs/rules/training.yaml:302:30","key":"specs/rules/training.yaml:302:11"},"log_prob_bytes":{"text":"0","at":"specs/rules/training.yaml:303:27","key":"specs/rules/training.yaml:303:11"},"logits_grad_bytes":{"text":"4","at":"specs/rules/training.yaml:304:30","key":"specs/rules/training.yaml:304:11"}}}]},{"name":"quant","default":"bf16","description":"Format of the frozen base model's linear layers (embeddings, norms and the LM head stay 16-bit); nf4-dq is QLoRA","aliases":["weights-dtype"],"choices":[{"name":"bf16","description":"bf16 base (LoRA)","values":{"base_linear_bytes":{"text":"2","at":"specs/rules/finetune.yaml:54:70","key":"specs/rules/finetune.yaml:54:51"}}},{"name":"fp32","description":"fp32 base","values":{"base_linear_bytes":{"text":"4","at":"specs/rules/finetune.yaml:55:63","key":"specs/rules/finetune.yaml:55:44"}}},{"name":"int8","description":"LLM.int8 base - int8 weights and an fp32 scale per row","values":{"base_linear_bytes":{"text":"1 + 4 / hidden_size","at":"specs/rules/finetune.yaml:59:34","key":"specs/rules/finetune.yaml:59:15"}}},{"name":"nf4","description":"NF4 base, block 64, fp32 absmax (QLoRA without double quantization)","values":{"base_linear_bytes":{"text":"1/2 + 4 / 64","at":"specs/rules/finetune.yaml:63:34","key":"specs/rules/finetune.yaml:63:15"}}},{"name":"nf4-dq","description":"NF4 base with double quantization (QLoRA) - 4.127 bits per weight","values":{"base_linear_bytes":{"text":"1/2 + 1 / 64 + 4 / (64 * 256)","at":"specs/rules/finetune.yaml:67:34","key":"specs/rules/finetune.yaml:67:15"}}}]}],"linears":[],"lora_targets":[],"hf":null,"programs":{"main":0,"defaults":{"active_params":1,"hidden_size":2,"vocab_size":3,"embedding_params":4,"tie_word_embeddings":5,"lm_head_params":6,"num_layers":7,"num_heads":8,"num_kv_heads":9,"head_dim":10,"intermediate_size":11,"mlp_activation_width":12,"max_position_embeddings":13,"devices_per_node":14,"dp":15,"tp":16,"pp":17,"expert_params":18,"gated_mlp":19,"mlp_act_tensors":20,"rms_norm":21,"softmax_fp32":22,"layer_norms":23,"parallel_block":24,"batch":25,"seq_len":26,"ep":27,"sp":28,"microbatches":29,"weight_cast_bytes":30,"ddp_bucket_view":31,"keep_grads":32,"keep_logits":33,"dropout":34,"cuda_context_bytes":35,"nccl_bytes":36,"fragmentation_fraction":37,"lora_rank":38,"lora_in_out":39,"linear_params":40,"adapter_bytes":41,"dequant_layers":42},"choices":{"precision":{"fp32":{"weight_bytes":43,"grad_bytes":44,"master_bytes":45,"state_bytes":46,"act_bytes":47,"residual_bytes":48},"mixed":{"weight_bytes":49,"grad_bytes":50,"master_bytes":51,"state_bytes":52,"act_bytes":53,"residual_bytes":54},"mixed-fp32-grads":{"weight_bytes":55,"grad_bytes":56,"master_bytes":57,"state_bytes":58,"act_bytes":59,"residual_bytes":60},"amp":{"weight_bytes":61,"grad_bytes":62,"master_bytes":63,"state_bytes":64,"act_bytes":65,"residual_bytes":66,"weight_cast_bytes":67},"bf16":{"weight_bytes":68,"grad_bytes":69,"master_bytes":70,"state_bytes":71,"act_bytes":72,"residual_bytes":73}},"optimizer":{"adamw":{"optimizer_bytes":74,"optimizer_temp_bytes":75},"adamw-fused":{"optimizer_bytes":76,"optimizer_temp_bytes":77},"adam":{"optimizer_bytes":78,"optimizer_temp_bytes":79},"sgd":{"optimizer_bytes":80,"optimizer_temp_bytes":81},"sgd-momentum":{"optimizer_bytes":82,"optimizer_temp_bytes":83},"adafactor":{"optimizer_bytes":84,"optimizer_temp_bytes":85},"adam-8bit":{"optimizer_bytes":86,"optimizer_temp_bytes":87},"lion":{"optimizer_bytes":88,"optimizer_temp_bytes":89}},"sharding":{"none":{"shard_weights":90,"shard_grads":91,"shard_optimizer":92,"shard_group":93,"gather_units":94,"bucket_elements":95},"zero1":{"shard_weights":96,"shard_grads":97,"shard_optimizer":98,"shard_group":99,"gather_units":100,"bucket_elements":101},"zero2":{"shard_weights":102,"shard_grads":103,"shard_optimizer":104,"shard_group":105,"gather_units":106,"bucket_elements":107},"zero3":{"shard_weights":108,"shard_grads":109,"shard_optimizer":110,"shard_group":111,"gather_units":112,"bucket_elements":113},"fsdp":{"shard_weights":114,"shard_grads":115,"shard_optimizer":116,"shard_group":117,"gather_units":118,"bucket_elements":119},"fsdp-shard-grad-op":{"shard_weights":120,"shard_grads":121,"shard_optimizer":122,"shard_group":123,"gather_units":124,"bucket_elements":125},"hybrid":{"shard_weights":126,"shard_grads":127,"shard_optimizer":128,"shard_group":129,"gather_units":130,"bucket_elements":131}},"offload":{"none":{"offload_optimizer":132,"offload_params":133},"optimizer":{"offload_optimizer":134,"offload_params":135},"all":{"offload_optimizer":136,"offload_params":137}},"recompute":{"none":{"recompute_selective":138,"recompute_full":139},"selective":{"recompute_selective":140,"recompute_full":141},"full":{"recompute_selective":142,"recompute_full":143}},"attention":{"flash":{"eager_attention":144,"kv_saved_heads":145,"lse_bytes":146},"sdpa":{"eager_attention":147,"kv_saved_heads":148,"lse_bytes":149},"eager":{"eager_attention":150,"kv_saved_heads":151,"lse_bytes":152}},"kernels":{"transformers":{"mlp_tensors":153,"norm_bytes":154,"norm_stat_bytes":155,"logits_output_bytes":156,"loss_upcast_bytes":157,"log_prob_bytes":158,"logits_grad_bytes":159},"megatron":{"mlp_tensors":160,"norm_bytes":161,"norm_stat_bytes":162,"softmax_fp32":163,"logits_output_bytes":164,"loss_upcast_bytes":165,"log_prob_bytes":166,"logits_grad_bytes":167}},"quant":{"bf16":{"base_linear_bytes":168},"fp32":{"base_linear_bytes":169},"int8":{"base_linear_bytes":170},"nf4":{"base_linear_bytes":171},"nf4-dq":{"base_linear_bytes":172}}},"weights":{"forward":173,"backward_start":174,"backward_recompute":175,"backward_end":176,"optimizer_step":177},"linears":null,"conditions":{"constraint:tp_splits_heads":178,"constraint:tp_splits_kv_heads":179,"keep:tensor":180,"keep:pipeline":181}},"formulas":[{"label":"all_terms","mathml":"<math display=\"block\"><mrow><mi>all_terms</mi><mo>=</mo><mi>activations</mi><mo>+</mo><mi>adapters</mi><mo>+</mo><mi>buffers</mi><mo>+</mo><mi>gradients</mi><mo>+</mo><mi>logits</mi><mo>+</mo><mi>optimizer</mi><mo>+</mo><mi>reserve</mi><mo>+</mo><mi>weights</mi></mrow></math>","text":"all_terms = activations + adapters + buffers + gradients + logits + optimizer + reserve + weights","source":""},{"label":"weights","mathml":"<math display=\"block\"><mrow><mi>weights</mi><mo>=</mo><mi>base_bytes_per_param</mi><mi>params_per_gpu</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><msub><mi>o</mi><mi>w</mi></msub><mo>)</mo></mrow><mrow><mo>(</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mn>1</mn><mi>shard_degree</mi></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>z</mi><mi>w</mi></msub><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>1</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow></mrow></math>","text":"weights = base_bytes_per_param*params_per_gpu*(1 - offload_params)*where(shard_weights == 1, 1/shard_degree, 1)","source":"formulas.md 5 (frozen base = P_base x bytes_base)"},{"label":"gradients","mathml":"<math display=\"block\"><mrow><mi>gradients</mi><mo>=</mo><msub><mi>B</mi><mrow><mi>a</mi><mi>d</mi></mrow></msub><mi>adapter_params_per_gpu</mi><mrow><mo>(</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mn>1</mn><mi>shard_degree</mi></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>z</mi><mi>g</mi></msub><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>1</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow></mrow></math>","text":"gradients = adapter_params_per_gpu*adapter_bytes*where(shard_grads == 1, 1/shard_degree, 1)","source":"formulas.md 5"},{"label":"optimizer","mathml":"<math display=\"block\"><mrow><mi>optimizer</mi><mo>=</mo><mi>master_weights</mi><mo>+</mo><mi>optimizer_states</mi></mrow></math>","text":"optimizer = master_weights + optimizer_states","source":""},{"label":"optimizer/master_weights","mathml":"<math display=\"block\"><mrow><mi>master_weights</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"optimizer/master_weights = 0","source":"peft keeps adapter weights in fp32 (no separate master copy)"},{"label":"optimizer/optimizer_states","mathml":"<math display=\"block\"><mrow><mi>optimizer_states</mi><mo>=</mo><mi>adapter_params_per_gpu</mi><msub><mi>K</mi><mrow><mi>o</mi><mi>p</mi><mi>t</mi></mrow></msub><mrow><mo>(</mo><mn>1</mn><mo>-</mo><msub><mi>o</mi><mrow><mi>o</mi><mi>p</mi><mi>t</mi></mrow></msub><mo>)</mo></mrow><mrow><mo>(</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mn>1</mn><mi>shard_degree</mi></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>z</mi><mi>o</mi></msub><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>1</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow></mrow></math>","text":"optimizer/optimizer_states = adapter_params_per_gpu*optimizer_bytes*(1 - offload_optimizer)*where(shard_optimizer == 1, 1/shard_degree, 1)","source":"formulas.md 5"},{"label":"activations","mathml":"<math display=\"block\"><mrow><mi>activations</mi><mo>=</mo><mi>attention</mi><mo>+</mo><mi>dropout_masks</mi><mo>+</mo><mi>head_inputs</mi><mo>+</mo><mi>layer_inputs</mi><mo>+</mo><mi>mlp</mi><mo>+</mo><mi>norms</mi><mo>+</mo><mi>recompute_working_set</mi><mo>+</mo><mi>scores</mi></mrow></math>","text":"activations = attention + dropout_masks + head_inputs + layer_inputs + mlp + norms + recompute_working_set + scores","source":"Korthikanti et al. 2022 section 4 and Table 2, generalised to GQA, gated MLPs and fused attention (formulas.md 3.3)"},{"label":"activations/attention","mathml":"<math display=\"block\"><mrow><mi>attention</mi><mo>=</mo><mi>attention_per_layer</mi><mi>kept_layers</mi></mrow></math>","text":"activations/attention = attention_per_layer*kept_layers","source":""},{"label":"activations/scores","mathml":"<math display=\"block\"><mrow><mi>scores</mi><mo>=</mo><mi>kept_layers</mi><mi>scores_per_layer</mi></mrow></math>","text":"activations/scores = kept_layers*scores_per_layer","source":""},{"label":"activations/mlp","mathml":"<math display=\"block\"><mrow><mi>mlp</mi><mo>=</mo><mi>kept_layers</mi><mi>mlp_per_layer</mi></mrow></math>","text":"activations/mlp = kept_layers*mlp_per_layer","source":""},{"label":"activations/norms","mathml":"<math display=\"block\"><mrow><mi>norms</mi><mo>=</mo><mi>kept_layers</mi><mi>norms_per_layer</mi></mrow></math>","text":"activations/norms = kept_layers*norms_per_layer","source":""},{"label":"activations/dropout_masks","mathml":"<math display=\"block\"><mrow><mi>dropout_masks</mi><mo>=</mo><mfrac><mrow><mi>&#948;</mi><mi>d</mi><mi>in_flight</mi><mi>tokens</mi></mrow><mi>replicated_split</mi></mfrac><mo>+</mo><mi>kept_layers</mi><mi>masks_per_layer</mi></mrow></math>","text":"activations/dropout_masks = kept_layers*masks_per_layer + in_flight*tokens*dropout*hidden_size/replicated_split","source":""},{"label":"activations/layer_inputs","mathml":"<math display=\"block\"><mrow><mi>layer_inputs</mi><mo>=</mo><mi>d</mi><mi>in_flight</mi><msub><mi>r</mi><mi>f</mi></msub><msub><mi>B</mi><mi>r</mi></msub><mi>stage_layers</mi><mi>tokens</mi></mrow></math>","text":"activations/layer_inputs = in_flight*stage_layers*tokens*hidden_size*recompute_full*residual_bytes","source":"Korthikanti et al. 2022 Table 2 (2sbh per layer)"},{"label":"activations/recompute_working_set","mathml":"<math display=\"block\"><mrow><mi>recompute_working_set</mi><mo>=</mo><mi>layer_activations</mi><msub><mi>r</mi><mi>f</mi></msub></mrow></math>","text":"activations/recompute_working_set = layer_activations*recompute_full","source":"Korthikanti et al. 2022 section 4.2 (the layer's activations exist again during its backward)"},{"label":"activations/head_inputs","mathml":"<math display=\"block\"><mrow><mi>head_inputs</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mrow><mi>tokens</mi><mrow><mo>(</mo><mi>d</mi><mrow><mo>(</mo><msub><mi>B</mi><mi>a</mi></msub><mo>+</mo><msub><mi>B</mi><mi>n</mi></msub><mo>)</mo></mrow><mo>+</mo><msub><mi>B</mi><mrow><mi>s</mi><mi>t</mi></mrow></msub><mo>)</mo></mrow></mrow><mi>replicated_split</mi></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>p</mi><mo>=</mo><mn>1</mn><mo>\u2227</mo><mi>d</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"activations/head_inputs = where((pp == 1) and (hidden_size > 0), tokens*(norm_stat_bytes + hidden_size*(norm_bytes + act_bytes))/replicated_split, 0)","source":"Korthikanti et al. 2022 section 4.3"},{"label":"logits","mathml":"<math display=\"block\"><mrow><mi>logits</mi><mo>=</mo><mi>log_probs</mi><mo>+</mo><mi>logits_grad</mi><mo>+</mo><mi>logits_output</mi><mo>+</mo><mi>loss_upcast</mi></mrow></math>","text":"logits = log_probs + logits_grad + logits_output + loss_upcast","source":"transformers loss_utils.py ForCausalLMLoss (logits.float(), cross_entropy); Korthikanti section 4.3 (4sbv/t)"},{"label":"logits/logits_output","mathml":"<math display=\"block\"><mrow><mi>logits_output</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mrow><msub><mi>B</mi><mi>\u2113</mi></msub><mi>tokens</mi><mi>V</mi></mrow><mi>t</mi></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>p</mi><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"logits/logits_output = where(pp == 1, tokens*logits_output_bytes*vocab_size/tp, 0)","source":""},{"label":"logits/loss_upcast","mathml":"<math display=\"block\"><mrow><mi>loss_upcast</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mrow><msub><mi>B</mi><mrow><mi>u</mi><mi>p</mi></mrow></msub><mi>tokens</mi><mi>V</mi></mrow><mi>t</mi></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>p</mi><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"logits/loss_upcast = where(pp == 1, tokens*loss_upcast_bytes*vocab_size/tp, 0)","source":""},{"label":"logits/log_probs","mathml":"<math display=\"block\"><mrow><mi>log_probs</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mrow><msub><mi>B</mi><mrow><mi>l</mi><mi>p</mi></mrow></msub><mi>tokens</mi><mi>V</mi></mrow><mi>t</mi></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>p</mi><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"logits/log_probs = where(pp == 1, tokens*log_prob_bytes*vocab_size/tp, 0)","source":""},{"label":"logits/logits_grad","mathml":"<math display=\"block\"><mrow><mi>logits_grad</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mrow><msub><mi>B</mi><mrow><mi>g</mi><mi>\u2113</mi></mrow></msub><mi>tokens</mi><mi>V</mi></mrow><mi>t</mi></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>p</mi><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"logits/logits_grad = where(pp == 1, tokens*logits_grad_bytes*vocab_size/tp, 0)","source":"measured in tests/data/measured_training_steps.json (2 x 4 bytes per logit in fp32)"},{"label":"buffers","mathml":"<math display=\"block\"><mrow><mi>buffers</mi><mo>=</mo><mi>cast_weights</mi><mo>+</mo><mi>comm_buckets</mi><mo>+</mo><mi>ddp_buckets</mi><mo>+</mo><mi>dequantized</mi><mo>+</mo><mi>gathered_params</mi><mo>+</mo><mi>optimizer_temporaries</mi></mrow></math>","text":"buffers = cast_weights + comm_buckets + ddp_buckets + dequantized + gathered_params + optimizer_temporaries","source":""},{"label":"buffers/gathered_params","mathml":"<math display=\"block\"><mrow><mi>gathered_params</mi><mo>=</mo><mfrac><mrow><mi>u</mi><mi>layer_params</mi><msub><mi>B</mi><mi>w</mi></msub><mrow><mo>(</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>1</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>z</mi><mi>w</mi></msub><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow></mrow><mi>t</mi></mfrac></mrow></math>","text":"buffers/gathered_params = layer_params*gather_units*weight_bytes*where(shard_weights == 1, 1, 0)/tp","source":"torch FSDP BackwardPrefetch.BACKWARD_PRE (\"current and next set of parameters\"); formulas.md 2.5"},{"label":"buffers/comm_buckets","mathml":"<math display=\"block\"><mrow><mi>comm_buckets</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>2</mn><msub><mi>B</mi><mrow><mi>b</mi><mi>k</mi><mi>t</mi></mrow></msub></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>N</mi><mrow><mi>d</mi><mi>p</mi></mrow></msub><mo>&gt;</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"buffers/comm_buckets = where(dp > 1, 2*bucket_elements, 0)","source":"DeepSpeed reduce_bucket_size=5e8 (formulas.md 2.3, 2.6)"},{"label":"buffers/ddp_buckets","mathml":"<math display=\"block\"><mrow><mi>ddp_buckets</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>B</mi><mrow><mi>a</mi><mi>d</mi></mrow></msub><mi>adapter_params_per_gpu</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>v</mi><mo>)</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>z</mi><mi>o</mi></msub><mo>=</mo><mn>0</mn><mo>\u2227</mo><msub><mi>N</mi><mrow><mi>d</mi><mi>p</mi></mrow></msub><mo>&gt;</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"buffers/ddp_buckets = where((shard_optimizer == 0) and (dp > 1), adapter_params_per_gpu*adapter_bytes*(1 - ddp_bucket_view), 0)","source":"torch DistributedDataParallel docs, gradient_as_bucket_view"},{"label":"buffers/cast_weights","mathml":"<math display=\"block\"><mrow><mi>cast_weights</mi><mo>=</mo><msub><mi>B</mi><mrow><mi>c</mi><mi>a</mi><mi>s</mi><mi>t</mi></mrow></msub><mrow><mo>(</mo><mo>-</mo><mfrac><mrow><msub><mi>P</mi><mrow><mi>e</mi><mi>m</mi><mi>b</mi></mrow></msub><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow></mrow><mi>t</mi></mfrac><mo>+</mo><mi>params_per_gpu</mi><mo>)</mo></mrow></mrow></math>","text":"buffers/cast_weights = weight_cast_bytes*(params_per_gpu - embedding_params*(1 - tie_word_embeddings)/tp)","source":"torch.autocast weight cast cache; measured in tests/data/measured_training_steps.json (amp case)"},{"label":"buffers/optimizer_temporaries","mathml":"<math display=\"block\"><mrow><mi>optimizer_temporaries</mi><mo>=</mo><mi>adapter_params_per_gpu</mi><msub><mi>K</mi><mrow><mi>t</mi><mi>m</mi><mi>p</mi></mrow></msub><mrow><mo>(</mo><mn>1</mn><mo>-</mo><msub><mi>o</mi><mrow><mi>o</mi><mi>p</mi><mi>t</mi></mrow></msub><mo>)</mo></mrow><mrow><mo>(</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mn>1</mn><mi>shard_degree</mi></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>z</mi><mi>o</mi></msub><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>1</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow></mrow></math>","text":"buffers/optimizer_temporaries = adapter_params_per_gpu*optimizer_temp_bytes*(1 - offload_optimizer)*where(shard_optimizer == 1, 1/shard_degree, 1)","source":""},{"label":"buffers/dequantized","mathml":"<math display=\"block\"><mrow><mi>dequantized</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mrow><mn>2</mn><msub><mi>u</mi><mrow><mi>d</mi><mi>q</mi></mrow></msub><msub><mi>P</mi><mrow><mi>l</mi><mi>i</mi><mi>n</mi></mrow></msub></mrow><mrow><mi>t</mi><mo>max</mo><mrow><mo>(</mo><mn>1</mn><mo>,</mo><mi>L</mi><mo>)</mo></mrow></mrow></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>B</mi><mrow><mi>b</mi><mi>a</mi><mi>s</mi><mi>e</mi></mrow></msub><mo>&lt;</mo><mn>2</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"buffers/dequantized = where(base_linear_bytes < 2, 2*dequant_layers*linear_params/(tp*max(1, num_layers)), 0)","source":"formulas.md 5 (\"QLoRA additionally keeps dequantized 16-bit weight tiles transiently\") [derived]"},{"label":"reserve","mathml":"<math display=\"block\"><mrow><mi>reserve</mi><mo>=</mo><mi>cuda_context</mi><mo>+</mo><mi>fragmentation</mi><mo>+</mo><mi>nccl</mi></mrow></math>","text":"reserve = cuda_context + fragmentation + nccl","source":""},{"label":"reserve/cuda_context","mathml":"<math display=\"block\"><mrow><mi>cuda_context</mi><mo>=</mo><msub><mi>R</mi><mrow><mi>c</mi><mi>t</mi><mi>x</mi></mrow></msub></mrow></math>","text":"reserve/cuda_context = cuda_context_bytes","source":"formulas.md 4.5"},{"label":"reserve/nccl","mathml":"<math display=\"block\"><mrow><mi>nccl</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>R</mi><mrow><mi>n</mi><mi>c</mi><mi>c</mi><mi>l</mi></mrow></msub></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>world_size</mi><mo>&gt;</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"reserve/nccl = where(world_size > 1, nccl_bytes, 0)","source":"formulas.md 4.5 and 8"},{"label":"reserve/fragmentation","mathml":"<math display=\"block\"><mrow><mi>fragmentation</mi><mo>=</mo><mi>&#966;</mi><mrow><mo>(</mo><mi>activations</mi><mo>+</mo><mi>logits</mi><mo>)</mo></mrow></mrow></math>","text":"reserve/fragmentation = fragmentation_fraction*(activations + logits)","source":"Megatron-LM theoretical_memory_usage.py (x1.05); ZeRO section 3.2 (fragmentation)"},{"label":"adapters","mathml":"<math display=\"block\"><mrow><mi>adapters</mi><mo>=</mo><msub><mi>B</mi><mrow><mi>a</mi><mi>d</mi></mrow></msub><mi>adapter_params_per_gpu</mi><mrow><mo>(</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mn>1</mn><mi>shard_degree</mi></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>z</mi><mi>w</mi></msub><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>1</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow></mrow></math>","text":"adapters = adapter_params_per_gpu*adapter_bytes*where(shard_weights == 1, 1/shard_degree, 1)","source":"peft/tuners/lora/layer.py update_layer (A is r x in, B is out x r)"},{"label":"world_size","mathml":"<math display=\"block\"><mrow><mi>world_size</mi><mo>=</mo><msub><mi>N</mi><mrow><mi>d</mi><mi>p</mi></mrow></msub><mi>p</mi><mi>t</mi></mrow></math>","text":"world_size = dp*pp*tp","source":""},{"label":"shard_degree","mathml":"<math display=\"block\"><mrow><mi>shard_degree</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mo>min</mo><mrow><mo>(</mo><msub><mi>N</mi><mrow><mi>d</mi><mi>p</mi></mrow></msub><mo>,</mo><mi>G</mi><mo>)</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>G</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd><msub><mi>N</mi><mrow><mi>d</mi><mi>p</mi></mrow></msub></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"shard_degree = where(shard_group > 0, min(dp, shard_group), dp)","source":""},{"label":"params_per_gpu","mathml":"<math display=\"block\"><mrow><mi>params_per_gpu</mi><mo>=</mo><mfrac><mrow><msub><mi>P</mi><mrow><mi>e</mi><mi>m</mi><mi>b</mi></mrow></msub><mo>+</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>P</mi><mrow><mi>h</mi><mi>e</mi><mi>a</mi><mi>d</mi></mrow></msub></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>p</mi><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>+</mo><mfrac><mrow><mo>-</mo><msub><mi>P</mi><mrow><mi>e</mi><mi>m</mi><mi>b</mi></mrow></msub><mo>-</mo><msub><mi>P</mi><mrow><mi>e</mi><mi>x</mi><mi>p</mi></mrow></msub><mo>-</mo><msub><mi>P</mi><mrow><mi>h</mi><mi>e</mi><mi>a</mi><mi>d</mi></mrow></msub><mo>+</mo><mi>P</mi></mrow><mi>p</mi></mfrac><mo>+</mo><mfrac><msub><mi>P</mi><mrow><mi>e</mi><mi>x</mi><mi>p</mi></mrow></msub><mrow><mi>e</mi><mi>p</mi></mrow></mfrac></mrow><mi>t</mi></mfrac></mrow></math>","text":"params_per_gpu = (embedding_params + (params - embedding_params - expert_params - lm_head_params)/pp + expert_params/(ep*pp) + where(pp == 1, lm_head_params, 0))/tp","source":"Megatron-LM theoretical_memory_usage.py params on the most loaded shard"},{"label":"layer_params","mathml":"<math display=\"block\"><mrow><mi>layer_params</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mrow><mo>-</mo><msub><mi>P</mi><mrow><mi>e</mi><mi>m</mi><mi>b</mi></mrow></msub><mo>-</mo><msub><mi>P</mi><mrow><mi>h</mi><mi>e</mi><mi>a</mi><mi>d</mi></mrow></msub><mo>+</mo><mi>P</mi></mrow><mi>L</mi></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>L</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"layer_params = where(num_layers > 0, (params - embedding_params - lm_head_params)/num_layers, 0)","source":""},{"label":"stage_layers","mathml":"<math display=\"block\"><mrow><mi>stage_layers</mi><mo>=</mo><mfrac><mi>L</mi><mi>p</mi></mfrac></mrow></math>","text":"stage_layers = num_layers/pp","source":""},{"label":"in_flight","mathml":"<math display=\"block\"><mrow><mi>in_flight</mi><mo>=</mo><mo>min</mo><mrow><mo>(</mo><mi>m</mi><mo>,</mo><mi>p</mi><mo>)</mo></mrow></mrow></math>","text":"in_flight = min(microbatches, pp)","source":"Korthikanti et al. 2022 section 4.2.3"},{"label":"kept_layers","mathml":"<math display=\"block\"><mrow><mi>kept_layers</mi><mo>=</mo><mi>in_flight</mi><mi>stage_layers</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><msub><mi>r</mi><mi>f</mi></msub><mo>)</mo></mrow></mrow></math>","text":"kept_layers = in_flight*stage_layers*(1 - recompute_full)","source":""},{"label":"attention_per_layer","mathml":"<math display=\"block\"><mrow><mi>attention_per_layer</mi><mo>=</mo><msub><mi>B</mi><mi>a</mi></msub><mi>tokens</mi><mrow><mo>(</mo><mfrac><mrow><msub><mi>d</mi><mi>h</mi></msub><mrow><mo>(</mo><mn>2</mn><msub><mi>k</mi><mi>s</mi></msub><mo>+</mo><mn>2</mn><mi>H</mi><mo>)</mo></mrow></mrow><mi>t</mi></mfrac><mo>+</mo><mfrac><mi>d</mi><mi>replicated_split</mi></mfrac><mo>)</mo></mrow></mrow></math>","text":"attention_per_layer = tokens*act_bytes*(hidden_size/replicated_split + head_dim*(2*kv_saved_heads + 2*num_heads)/tp)","source":""},{"label":"scores_per_layer","mathml":"<math display=\"block\"><mrow><mi>scores_per_layer</mi><mo>=</mo><mfrac><mrow><mi>H</mi><mi>tokens</mi><mrow><mo>(</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mi>s</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><msub><mi>r</mi><mi>s</mi></msub><mo>)</mo></mrow><mrow><mo>(</mo><mi>&#948;</mi><mrow><mo>(</mo><msub><mi>B</mi><mi>a</mi></msub><mo>+</mo><mn>1</mn><mo>)</mo></mrow><mo>+</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>B</mi><mi>a</mi></msub><mo>+</mo><mn>4</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>f</mi><mrow><mi>s</mi><mi>m</mi></mrow></msub><mo>=</mo><mn>1</mn><mo>\u2227</mo><msub><mi>B</mi><mi>a</mi></msub><mo>&lt;</mo><mn>4</mn></mtd></mtr><mtr><mtd><msub><mi>B</mi><mi>a</mi></msub></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>E</mi><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><msub><mi>B</mi><mrow><mi>l</mi><mi>s</mi><mi>e</mi></mrow></msub></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow><mo>)</mo></mrow></mrow><mi>t</mi></mfrac></mrow></math>","text":"scores_per_layer = tokens*num_heads*where(eager_attention == 1, seq_len*(1 - recompute_selective)*(dropout*(1 + act_bytes) + where((softmax_fp32 == 1) and (act_bytes < 4), 4 + act_bytes, act_bytes)), lse_bytes)/tp","source":""},{"label":"mlp_per_layer","mathml":"<math display=\"block\"><mrow><mi>mlp_per_layer</mi><mo>=</mo><msub><mi>B</mi><mi>a</mi></msub><mi>tokens</mi><mrow><mo>(</mo><mfrac><mrow><mi>d</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#960;</mi><mo>)</mo></mrow></mrow><mi>replicated_split</mi></mfrac><mo>+</mo><mfrac><mrow><msub><mi>I</mi><mrow><mi>a</mi><mi>c</mi><mi>t</mi></mrow></msub><msub><mi>c</mi><mi>m</mi></msub></mrow><mi>t</mi></mfrac><mo>)</mo></mrow></mrow></math>","text":"mlp_per_layer = tokens*act_bytes*(mlp_activation_width*mlp_tensors/tp + hidden_size*(1 - parallel_block)/replicated_split)","source":""},{"label":"norms_per_layer","mathml":"<math display=\"block\"><mrow><mi>norms_per_layer</mi><mo>=</mo><mfrac><mrow><msub><mi>n</mi><mrow><mi>l</mi><mi>n</mi></mrow></msub><mi>tokens</mi><mrow><mo>(</mo><mi>d</mi><msub><mi>B</mi><mi>n</mi></msub><mo>+</mo><msub><mi>B</mi><mrow><mi>s</mi><mi>t</mi></mrow></msub><mo>)</mo></mrow></mrow><mi>replicated_split</mi></mfrac></mrow></math>","text":"norms_per_layer = tokens*layer_norms*(norm_stat_bytes + norm_bytes*hidden_size)/replicated_split","source":""},{"label":"masks_per_layer","mathml":"<math display=\"block\"><mrow><mi>masks_per_layer</mi><mo>=</mo><mfrac><mrow><mn>2</mn><mi>&#948;</mi><mi>d</mi><mi>tokens</mi></mrow><mi>replicated_split</mi></mfrac></mrow></math>","text":"masks_per_layer = 2*tokens*dropout*hidden_size/replicated_split","source":""},{"label":"layer_activations","mathml":"<math display=\"block\"><mrow><mi>layer_activations</mi><mo>=</mo><mi>attention_per_layer</mi><mo>+</mo><mi>masks_per_layer</mi><mo>+</mo><mi>mlp_per_layer</mi><mo>+</mo><mi>norms_per_layer</mi><mo>+</mo><mi>scores_per_layer</mi></mrow></math>","text":"layer_activations = attention_per_layer + masks_per_layer + mlp_per_layer + norms_per_layer + scores_per_layer","source":""},{"label":"tokens","mathml":"<math display=\"block\"><mrow><mi>tokens</mi><mo>=</mo><mi>b</mi><mi>s</mi></mrow></math>","text":"tokens = batch*seq_len","source":""},{"label":"replicated_split","mathml":"<math display=\"block\"><mrow><mi>replicated_split</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mi>t</mi></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>&#963;</mi><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>1</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"replicated_split = where(sp == 1, tp, 1)","source":""},{"label":"model_states","mathml":"<math display=\"block\"><mrow><mi>model_states</mi><mo>=</mo><mi>gradients</mi><mo>+</mo><mi>optimizer</mi><mo>+</mo><mi>weights</mi></mrow></math>","text":"model_states = gradients + optimizer + weights","source":""},{"label":"activation_peak","mathml":"<math display=\"block\"><mrow><mi>activation_peak</mi><mo>=</mo><mi>activations</mi><mo>+</mo><mi>cast_weights</mi><mo>+</mo><mi>log_probs</mi><mo>+</mo><mi>logits_output</mi><mo>+</mo><mi>loss_upcast</mi><mo>-</mo><mi>recompute_working_set</mi></mrow></math>","text":"activation_peak = activations + cast_weights + log_probs + logits_output + loss_upcast - recompute_working_set","source":""},{"label":"lora_params","mathml":"<math display=\"block\"><mrow><mi>lora_params</mi><mo>=</mo><msub><mi>&#931;</mi><mrow><mi>i</mi><mi>o</mi></mrow></msub><mi>r</mi></mrow></math>","text":"lora_params = lora_in_out*lora_rank","source":"LoRA section 4.1 (|Theta| = 2 x L_hat x d x r for square matrices); peft update_layer"},{"label":"adapter_params_per_gpu","mathml":"<math display=\"block\"><mrow><mi>adapter_params_per_gpu</mi><mo>=</mo><mfrac><mi>lora_params</mi><mrow><mi>p</mi><mi>t</mi></mrow></mfrac></mrow></math>","text":"adapter_params_per_gpu = lora_params/(pp*tp)","source":""},{"label":"base_bytes_per_param","mathml":"<math display=\"block\"><mrow><mi>base_bytes_per_param</mi><mo>=</mo><mfrac><mrow><msub><mi>B</mi><mrow><mi>b</mi><mi>a</mi><mi>s</mi><mi>e</mi></mrow></msub><msub><mi>P</mi><mrow><mi>l</mi><mi>i</mi><mi>n</mi></mrow></msub><mo>-</mo><mn>2</mn><msub><mi>P</mi><mrow><mi>l</mi><mi>i</mi><mi>n</mi></mrow></msub><mo>+</mo><mn>2</mn><mi>P</mi></mrow><mi>P</mi></mfrac></mrow></math>","text":"base_bytes_per_param = (-2*linear_params + 2*params + linear_params*base_linear_bytes)/params","source":""},{"label":"base_bytes","mathml":"<math display=\"block\"><mrow><mi>base_bytes</mi><mo>=</mo><mi>base_bytes_per_param</mi><mi>P</mi></mrow></math>","text":"base_bytes = base_bytes_per_param*params","source":""},{"label":"forward","mathml":"<math display=\"block\"><mrow><mi>forward</mi><mo>=</mo><mi>activations</mi><mo>+</mo><mi>adapters</mi><mo>+</mo><mi>cast_weights</mi><mo>+</mo><mi>comm_buckets</mi><mo>+</mo><mi>ddp_buckets</mi><mo>+</mo><mi>dequantized</mi><mo>+</mo><mi>gathered_params</mi><mo>+</mo><mi>gradients</mi><msub><mi>k</mi><mi>g</mi></msub><mo>+</mo><mi>log_probs</mi><mo>+</mo><mi>logits_output</mi><mo>+</mo><mi>loss_upcast</mi><mo>+</mo><mi>optimizer</mi><mo>-</mo><mi>recompute_working_set</mi><mo>+</mo><mi>reserve</mi><mo>+</mo><mi>weights</mi></mrow></math>","text":"forward = activations + adapters + cast_weights + comm_buckets + ddp_buckets + dequantized + gathered_params + log_probs + logits_output + loss_upcast + optimizer + reserve + weights - recompute_working_set + gradients*keep_grads","source":""},{"label":"backward_start","mathml":"<math display=\"block\"><mrow><mi>backward_start</mi><mo>=</mo><mi>activations</mi><mo>+</mo><mi>adapters</mi><mo>+</mo><mi>cast_weights</mi><mo>+</mo><mi>comm_buckets</mi><mo>+</mo><mi>ddp_buckets</mi><mo>+</mo><mi>dequantized</mi><mo>+</mo><mi>gathered_params</mi><mo>+</mo><mi>gradients</mi><msub><mi>k</mi><mi>g</mi></msub><mo>+</mo><msub><mi>k</mi><mi>\u2113</mi></msub><mi>logits_output</mi><mo>+</mo><mi>log_probs</mi><mo>+</mo><mi>logits_grad</mi><mo>+</mo><mi>optimizer</mi><mo>-</mo><mi>recompute_working_set</mi><mo>+</mo><mi>reserve</mi><mo>+</mo><mi>weights</mi></mrow></math>","text":"backward_start = activations + adapters + cast_weights + comm_buckets + ddp_buckets + dequantized + gathered_params + log_probs + logits_grad + optimizer + reserve + weights - recompute_working_set + gradients*keep_grads + logits_output*keep_logits","source":""},{"label":"backward_recompute","mathml":"<math display=\"block\"><mrow><mi>backward_recompute</mi><mo>=</mo><mi>activations</mi><mo>+</mo><mi>adapters</mi><mo>+</mo><mi>cast_weights</mi><mo>+</mo><mi>comm_buckets</mi><mo>+</mo><mi>ddp_buckets</mi><mo>+</mo><mi>dequantized</mi><mo>+</mo><mi>gathered_params</mi><mo>+</mo><mi>gradients</mi><msub><mi>k</mi><mi>g</mi></msub><mo>+</mo><msub><mi>k</mi><mi>\u2113</mi></msub><mi>logits_output</mi><mo>+</mo><mi>optimizer</mi><mo>+</mo><mi>reserve</mi><mo>+</mo><mi>weights</mi></mrow></math>","text":"backward_recompute = activations + adapters + cast_weights + comm_buckets + ddp_buckets + dequantized + gathered_params + optimizer + reserve + weights + gradients*keep_grads + logits_output*keep_logits","source":""},{"label":"backward_end","mathml":"<math display=\"block\"><mrow><mi>backward_end</mi><mo>=</mo><mi>adapters</mi><mo>+</mo><mi>comm_buckets</mi><mo>+</mo><mi>ddp_buckets</mi><mo>+</mo><mi>gathered_params</mi><mo>+</mo><mi>gradients</mi><mo>+</mo><msub><mi>k</mi><mi>\u2113</mi></msub><mi>logits_output</mi><mo>+</mo><mi>optimizer</mi><mo>+</mo><mi>reserve</mi><mo>+</mo><mi>weights</mi></mrow></math>","text":"backward_end = adapters + comm_buckets + ddp_buckets + gathered_params + gradients + optimizer + reserve + weights + logits_output*keep_logits","source":""},{"label":"optimizer_step","mathml":"<math display=\"block\"><mrow><mi>optimizer_step</mi><mo>=</mo><mi>adapters</mi><mo>+</mo><mi>gradients</mi><mo>+</mo><msub><mi>k</mi><mi>\u2113</mi></msub><mi>logits_output</mi><mo>+</mo><mi>optimizer</mi><mo>+</mo><mi>optimizer_temporaries</mi><mo>+</mo><mi>reserve</mi><mo>+</mo><mi>weights</mi></mrow></math>","text":"optimizer_step = adapters + gradients + optimizer + optimizer_temporaries + reserve + weights + logits_output*keep_logits","source":""},{"label":"default active_params","mathml":"<math display=\"block\"><mrow><mi>defaultactive_params</mi><mo>=</mo><mi>P</mi></mrow></math>","text":"default active_params = params","source":""},{"label":"default embedding_params","mathml":"<math display=\"block\"><mrow><mi>defaultembedding_params</mi><mo>=</mo><mi>d</mi><mi>V</mi></mrow></math>","text":"default embedding_params = hidden_size*vocab_size","source":""},{"label":"default lm_head_params","mathml":"<math display=\"block\"><mrow><mi>defaultlm_head_params</mi><mo>=</mo><mi>d</mi><mi>V</mi><mrow><mo>(</mo><mn>1</mn><mo>-</mo><mi>&#964;</mi><mo>)</mo></mrow></mrow></math>","text":"default lm_head_params = hidden_size*vocab_size*(1 - tie_word_embeddings)","source":""},{"label":"default vocab_size","mathml":"<math display=\"block\"><mrow><mi>defaultvocab_size</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default vocab_size = 0","source":""},{"label":"default hidden_size","mathml":"<math display=\"block\"><mrow><mi>defaulthidden_size</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default hidden_size = 0","source":""},{"label":"default num_layers","mathml":"<math display=\"block\"><mrow><mi>defaultnum_layers</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default num_layers = 0","source":""},{"label":"default num_heads","mathml":"<math display=\"block\"><mrow><mi>defaultnum_heads</mi><mo>=</mo><mo>max</mo><mrow><mo>(</mo><mn>1</mn><mo>,</mo><mrow><mo>\u230a</mo><mfrac><mi>d</mi><mn>128</mn></mfrac><mo>\u230b</mo></mrow><mo>)</mo></mrow></mrow></math>","text":"default num_heads = max(1, floor(hidden_size/128))","source":""},{"label":"default num_kv_heads","mathml":"<math display=\"block\"><mrow><mi>defaultnum_kv_heads</mi><mo>=</mo><mi>H</mi></mrow></math>","text":"default num_kv_heads = num_heads","source":""},{"label":"default head_dim","mathml":"<math display=\"block\"><mrow><mi>defaulthead_dim</mi><mo>=</mo><mfrac><mi>d</mi><mi>H</mi></mfrac></mrow></math>","text":"default head_dim = hidden_size/num_heads","source":""},{"label":"default intermediate_size","mathml":"<math display=\"block\"><mrow><mi>defaultintermediate_size</mi><mo>=</mo><mn>4</mn><mi>d</mi></mrow></math>","text":"default intermediate_size = 4*hidden_size","source":""},{"label":"default mlp_activation_width","mathml":"<math display=\"block\"><mrow><mi>defaultmlp_activation_width</mi><mo>=</mo><mi>I</mi></mrow></math>","text":"default mlp_activation_width = intermediate_size","source":""},{"label":"default tie_word_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaulttie_word_embeddings</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default tie_word_embeddings = 0","source":""},{"label":"default max_position_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaultmax_position_embeddings</mi><mo>=</mo><mn>2048</mn></mrow></math>","text":"default max_position_embeddings = 2048","source":""},{"label":"default devices_per_node","mathml":"<math display=\"block\"><mrow><mi>defaultdevices_per_node</mi><mo>=</mo><mn>8</mn></mrow></math>","text":"default devices_per_node = 8","source":""},{"label":"default dp","mathml":"<math display=\"block\"><mrow><mi>defaultdp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default dp = 1","source":""},{"label":"default tp","mathml":"<math display=\"block\"><mrow><mi>defaulttp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default tp = 1","source":""},{"label":"default pp","mathml":"<math display=\"block\"><mrow><mi>defaultpp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default pp = 1","source":""},{"label":"default expert_params","mathml":"<math display=\"block\"><mrow><mi>defaultexpert_params</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default expert_params = 0","source":""},{"label":"default gated_mlp","mathml":"<math display=\"block\"><mrow><mi>defaultgated_mlp</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default gated_mlp = 0","source":""},{"label":"default mlp_act_tensors","mathml":"<math display=\"block\"><mrow><mi>defaultmlp_act_tensors</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>4</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>g</mi><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>2</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"default mlp_act_tensors = where(gated_mlp == 1, 4, 2)","source":""},{"label":"default rms_norm","mathml":"<math display=\"block\"><mrow><mi>defaultrms_norm</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default rms_norm = 0","source":""},{"label":"default softmax_fp32","mathml":"<math display=\"block\"><mrow><mi>defaultsoftmax_fp32</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default softmax_fp32 = 1","source":""},{"label":"default layer_norms","mathml":"<math display=\"block\"><mrow><mi>defaultlayer_norms</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"default layer_norms = 2","source":""},{"label":"default parallel_block","mathml":"<math display=\"block\"><mrow><mi>defaultparallel_block</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default parallel_block = 0","source":""},{"label":"default batch","mathml":"<math display=\"block\"><mrow><mi>defaultbatch</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default batch = 1","source":""},{"label":"default seq_len","mathml":"<math display=\"block\"><mrow><mi>defaultseq_len</mi><mo>=</mo><mo>min</mo><mrow><mo>(</mo><mn>2048</mn><mo>,</mo><msub><mi>n</mi><mrow><mi>c</mi><mi>t</mi><mi>x</mi></mrow></msub><mo>)</mo></mrow></mrow></math>","text":"default seq_len = min(2048, max_position_embeddings)","source":""},{"label":"default ep","mathml":"<math display=\"block\"><mrow><mi>defaultep</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default ep = 1","source":""},{"label":"default sp","mathml":"<math display=\"block\"><mrow><mi>defaultsp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default sp = 1","source":""},{"label":"default microbatches","mathml":"<math display=\"block\"><mrow><mi>defaultmicrobatches</mi><mo>=</mo><mi>p</mi></mrow></math>","text":"default microbatches = pp","source":""},{"label":"default weight_cast_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultweight_cast_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default weight_cast_bytes = 0","source":""},{"label":"default ddp_bucket_view","mathml":"<math display=\"block\"><mrow><mi>defaultddp_bucket_view</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default ddp_bucket_view = 0","source":""},{"label":"default keep_grads","mathml":"<math display=\"block\"><mrow><mi>defaultkeep_grads</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default keep_grads = 0","source":""},{"label":"default keep_logits","mathml":"<math display=\"block\"><mrow><mi>defaultkeep_logits</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default keep_logits = 1","source":""},{"label":"default dropout","mathml":"<math display=\"block\"><mrow><mi>defaultdropout</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default dropout = 0","source":""},{"label":"default cuda_context_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultcuda_context_bytes</mi><mo>=</mo><mn>536870912</mn></mrow></math>","text":"default cuda_context_bytes = 536870912","source":""},{"label":"default nccl_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultnccl_bytes</mi><mo>=</mo><mn>536870912</mn></mrow></math>","text":"default nccl_bytes = 536870912","source":""},{"label":"default fragmentation_fraction","mathml":"<math display=\"block\"><mrow><mi>defaultfragmentation_fraction</mi><mo>=</mo><mfrac><mn>1</mn><mn>20</mn></mfrac></mrow></math>","text":"default fragmentation_fraction = 1/20","source":""},{"label":"default lora_rank","mathml":"<math display=\"block\"><mrow><mi>defaultlora_rank</mi><mo>=</mo><mn>8</mn></mrow></math>","text":"default lora_rank = 8","source":""},{"label":"default lora_in_out","mathml":"<math display=\"block\"><mrow><mi>defaultlora_in_out</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default lora_in_out = 0","source":""},{"label":"default linear_params","mathml":"<math display=\"block\"><mrow><mi>defaultlinear_params</mi><mo>=</mo><mo>-</mo><msub><mi>P</mi><mrow><mi>e</mi><mi>m</mi><mi>b</mi></mrow></msub><mo>-</mo><msub><mi>P</mi><mrow><mi>h</mi><mi>e</mi><mi>a</mi><mi>d</mi></mrow></msub><mo>+</mo><mi>P</mi></mrow></math>","text":"default linear_params = params - embedding_params - lm_head_params","source":""},{"label":"default adapter_bytes","mathml":"<math display=\"block\"><mrow><mi>defaultadapter_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"default adapter_bytes = 4","source":""},{"label":"default dequant_layers","mathml":"<math display=\"block\"><mrow><mi>defaultdequant_layers</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default dequant_layers = 1","source":""},{"label":"precision=fp32: weight_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=fp32:weight_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=fp32: weight_bytes = 4","source":""},{"label":"precision=fp32: grad_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=fp32:grad_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=fp32: grad_bytes = 4","source":""},{"label":"precision=fp32: master_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=fp32:master_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"precision=fp32: master_bytes = 0","source":""},{"label":"precision=fp32: state_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=fp32:state_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=fp32: state_bytes = 4","source":""},{"label":"precision=fp32: act_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=fp32:act_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=fp32: act_bytes = 4","source":""},{"label":"precision=fp32: residual_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=fp32:residual_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=fp32: residual_bytes = 4","source":""},{"label":"precision=mixed: weight_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=mixed:weight_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=mixed: weight_bytes = 2","source":""},{"label":"precision=mixed: grad_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=mixed:grad_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=mixed: grad_bytes = 2","source":""},{"label":"precision=mixed: master_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=mixed:master_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=mixed: master_bytes = 4","source":""},{"label":"precision=mixed: state_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=mixed:state_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=mixed: state_bytes = 4","source":""},{"label":"precision=mixed: act_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=mixed:act_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=mixed: act_bytes = 2","source":""},{"label":"precision=mixed: residual_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=mixed:residual_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=mixed: residual_bytes = 2","source":""},{"label":"precision=mixed-fp32-grads: weight_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=mixed-fp32-grads:weight_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=mixed-fp32-grads: weight_bytes = 2","source":""},{"label":"precision=mixed-fp32-grads: grad_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=mixed-fp32-grads:grad_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=mixed-fp32-grads: grad_bytes = 4","source":""},{"label":"precision=mixed-fp32-grads: master_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=mixed-fp32-grads:master_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=mixed-fp32-grads: master_bytes = 4","source":""},{"label":"precision=mixed-fp32-grads: state_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=mixed-fp32-grads:state_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=mixed-fp32-grads: state_bytes = 4","source":""},{"label":"precision=mixed-fp32-grads: act_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=mixed-fp32-grads:act_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=mixed-fp32-grads: act_bytes = 2","source":""},{"label":"precision=mixed-fp32-grads: residual_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=mixed-fp32-grads:residual_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=mixed-fp32-grads: residual_bytes = 2","source":""},{"label":"precision=amp: weight_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=amp:weight_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=amp: weight_bytes = 4","source":""},{"label":"precision=amp: grad_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=amp:grad_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=amp: grad_bytes = 4","source":""},{"label":"precision=amp: master_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=amp:master_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"precision=amp: master_bytes = 0","source":""},{"label":"precision=amp: state_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=amp:state_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=amp: state_bytes = 4","source":""},{"label":"precision=amp: act_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=amp:act_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=amp: act_bytes = 2","source":""},{"label":"precision=amp: residual_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=amp:residual_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=amp: residual_bytes = 4","source":""},{"label":"precision=amp: weight_cast_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=amp:weight_cast_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=amp: weight_cast_bytes = 2","source":""},{"label":"precision=bf16: weight_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=bf16:weight_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=bf16: weight_bytes = 2","source":""},{"label":"precision=bf16: grad_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=bf16:grad_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=bf16: grad_bytes = 2","source":""},{"label":"precision=bf16: master_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=bf16:master_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"precision=bf16: master_bytes = 0","source":""},{"label":"precision=bf16: state_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=bf16:state_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=bf16: state_bytes = 2","source":""},{"label":"precision=bf16: act_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=bf16:act_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=bf16: act_bytes = 2","source":""},{"label":"precision=bf16: residual_bytes","mathml":"<math display=\"block\"><mrow><mi>precision=bf16:residual_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=bf16: residual_bytes = 2","source":""},{"label":"optimizer=adamw: optimizer_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=adamw:optimizer_bytes</mi><mo>=</mo><mn>2</mn><msub><mi>B</mi><mi>s</mi></msub></mrow></math>","text":"optimizer=adamw: optimizer_bytes = 2*state_bytes","source":""},{"label":"optimizer=adamw: optimizer_temp_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=adamw:optimizer_temp_bytes</mi><mo>=</mo><msub><mi>B</mi><mi>s</mi></msub></mrow></math>","text":"optimizer=adamw: optimizer_temp_bytes = state_bytes","source":""},{"label":"optimizer=adamw-fused: optimizer_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=adamw-fused:optimizer_bytes</mi><mo>=</mo><mn>2</mn><msub><mi>B</mi><mi>s</mi></msub></mrow></math>","text":"optimizer=adamw-fused: optimizer_bytes = 2*state_bytes","source":""},{"label":"optimizer=adamw-fused: optimizer_temp_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=adamw-fused:optimizer_temp_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"optimizer=adamw-fused: optimizer_temp_bytes = 0","source":""},{"label":"optimizer=adam: optimizer_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=adam:optimizer_bytes</mi><mo>=</mo><mn>2</mn><msub><mi>B</mi><mi>s</mi></msub></mrow></math>","text":"optimizer=adam: optimizer_bytes = 2*state_bytes","source":""},{"label":"optimizer=adam: optimizer_temp_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=adam:optimizer_temp_bytes</mi><mo>=</mo><msub><mi>B</mi><mi>s</mi></msub></mrow></math>","text":"optimizer=adam: optimizer_temp_bytes = state_bytes","source":""},{"label":"optimizer=sgd: optimizer_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=sgd:optimizer_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"optimizer=sgd: optimizer_bytes = 0","source":""},{"label":"optimizer=sgd: optimizer_temp_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=sgd:optimizer_temp_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"optimizer=sgd: optimizer_temp_bytes = 0","source":""},{"label":"optimizer=sgd-momentum: optimizer_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=sgd-momentum:optimizer_bytes</mi><mo>=</mo><msub><mi>B</mi><mi>s</mi></msub></mrow></math>","text":"optimizer=sgd-momentum: optimizer_bytes = state_bytes","source":""},{"label":"optimizer=sgd-momentum: optimizer_temp_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=sgd-momentum:optimizer_temp_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"optimizer=sgd-momentum: optimizer_temp_bytes = 0","source":""},{"label":"optimizer=adafactor: optimizer_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=adafactor:optimizer_bytes</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mfrac><mn>8</mn><mi>d</mi></mfrac></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>d</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"optimizer=adafactor: optimizer_bytes = where(hidden_size > 0, 8/hidden_size, 0)","source":""},{"label":"optimizer=adafactor: optimizer_temp_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=adafactor:optimizer_temp_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"optimizer=adafactor: optimizer_temp_bytes = 0","source":""},{"label":"optimizer=adam-8bit: optimizer_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=adam-8bit:optimizer_bytes</mi><mo>=</mo><mfrac><mn>513</mn><mn>256</mn></mfrac></mrow></math>","text":"optimizer=adam-8bit: optimizer_bytes = 513/256","source":""},{"label":"optimizer=adam-8bit: optimizer_temp_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=adam-8bit:optimizer_temp_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"optimizer=adam-8bit: optimizer_temp_bytes = 0","source":""},{"label":"optimizer=lion: optimizer_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=lion:optimizer_bytes</mi><mo>=</mo><msub><mi>B</mi><mi>s</mi></msub></mrow></math>","text":"optimizer=lion: optimizer_bytes = state_bytes","source":""},{"label":"optimizer=lion: optimizer_temp_bytes","mathml":"<math display=\"block\"><mrow><mi>optimizer=lion:optimizer_temp_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"optimizer=lion: optimizer_temp_bytes = 0","source":""},{"label":"sharding=none: shard_weights","mathml":"<math display=\"block\"><mrow><mi>sharding=none:shard_weights</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=none: shard_weights = 0","source":""},{"label":"sharding=none: shard_grads","mathml":"<math display=\"block\"><mrow><mi>sharding=none:shard_grads</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=none: shard_grads = 0","source":""},{"label":"sharding=none: shard_optimizer","mathml":"<math display=\"block\"><mrow><mi>sharding=none:shard_optimizer</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=none: shard_optimizer = 0","source":""},{"label":"sharding=none: shard_group","mathml":"<math display=\"block\"><mrow><mi>sharding=none:shard_group</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=none: shard_group = 0","source":""},{"label":"sharding=none: gather_units","mathml":"<math display=\"block\"><mrow><mi>sharding=none:gather_units</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=none: gather_units = 0","source":""},{"label":"sharding=none: bucket_elements","mathml":"<math display=\"block\"><mrow><mi>sharding=none:bucket_elements</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=none: bucket_elements = 0","source":""},{"label":"sharding=zero1: shard_weights","mathml":"<math display=\"block\"><mrow><mi>sharding=zero1:shard_weights</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=zero1: shard_weights = 0","source":""},{"label":"sharding=zero1: shard_grads","mathml":"<math display=\"block\"><mrow><mi>sharding=zero1:shard_grads</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=zero1: shard_grads = 0","source":""},{"label":"sharding=zero1: shard_optimizer","mathml":"<math display=\"block\"><mrow><mi>sharding=zero1:shard_optimizer</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=zero1: shard_optimizer = 1","source":""},{"label":"sharding=zero1: shard_group","mathml":"<math display=\"block\"><mrow><mi>sharding=zero1:shard_group</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=zero1: shard_group = 0","source":""},{"label":"sharding=zero1: gather_units","mathml":"<math display=\"block\"><mrow><mi>sharding=zero1:gather_units</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=zero1: gather_units = 0","source":""},{"label":"sharding=zero1: bucket_elements","mathml":"<math display=\"block\"><mrow><mi>sharding=zero1:bucket_elements</mi><mo>=</mo><mn>500000000</mn></mrow></math>","text":"sharding=zero1: bucket_elements = 500000000","source":""},{"label":"sharding=zero2: shard_weights","mathml":"<math display=\"block\"><mrow><mi>sharding=zero2:shard_weights</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=zero2: shard_weights = 0","source":""},{"label":"sharding=zero2: shard_grads","mathml":"<math display=\"block\"><mrow><mi>sharding=zero2:shard_grads</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=zero2: shard_grads = 1","source":""},{"label":"sharding=zero2: shard_optimizer","mathml":"<math display=\"block\"><mrow><mi>sharding=zero2:shard_optimizer</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=zero2: shard_optimizer = 1","source":""},{"label":"sharding=zero2: shard_group","mathml":"<math display=\"block\"><mrow><mi>sharding=zero2:shard_group</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=zero2: shard_group = 0","source":""},{"label":"sharding=zero2: gather_units","mathml":"<math display=\"block\"><mrow><mi>sharding=zero2:gather_units</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=zero2: gather_units = 0","source":""},{"label":"sharding=zero2: bucket_elements","mathml":"<math display=\"block\"><mrow><mi>sharding=zero2:bucket_elements</mi><mo>=</mo><mn>500000000</mn></mrow></math>","text":"sharding=zero2: bucket_elements = 500000000","source":""},{"label":"sharding=zero3: shard_weights","mathml":"<math display=\"block\"><mrow><mi>sharding=zero3:shard_weights</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=zero3: shard_weights = 1","source":""},{"label":"sharding=zero3: shard_grads","mathml":"<math display=\"block\"><mrow><mi>sharding=zero3:shard_grads</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=zero3: shard_grads = 1","source":""},{"label":"sharding=zero3: shard_optimizer","mathml":"<math display=\"block\"><mrow><mi>sharding=zero3:shard_optimizer</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=zero3: shard_optimizer = 1","source":""},{"label":"sharding=zero3: shard_group","mathml":"<math display=\"block\"><mrow><mi>sharding=zero3:shard_group</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=zero3: shard_group = 0","source":""},{"label":"sharding=zero3: gather_units","mathml":"<math display=\"block\"><mrow><mi>sharding=zero3:gather_units</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"sharding=zero3: gather_units = 2","source":""},{"label":"sharding=zero3: bucket_elements","mathml":"<math display=\"block\"><mrow><mi>sharding=zero3:bucket_elements</mi><mo>=</mo><mn>500000000</mn></mrow></math>","text":"sharding=zero3: bucket_elements = 500000000","source":""},{"label":"sharding=fsdp: shard_weights","mathml":"<math display=\"block\"><mrow><mi>sharding=fsdp:shard_weights</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=fsdp: shard_weights = 1","source":""},{"label":"sharding=fsdp: shard_grads","mathml":"<math display=\"block\"><mrow><mi>sharding=fsdp:shard_grads</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=fsdp: shard_grads = 1","source":""},{"label":"sharding=fsdp: shard_optimizer","mathml":"<math display=\"block\"><mrow><mi>sharding=fsdp:shard_optimizer</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=fsdp: shard_optimizer = 1","source":""},{"label":"sharding=fsdp: shard_group","mathml":"<math display=\"block\"><mrow><mi>sharding=fsdp:shard_group</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=fsdp: shard_group = 0","source":""},{"label":"sharding=fsdp: gather_units","mathml":"<math display=\"block\"><mrow><mi>sharding=fsdp:gather_units</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"sharding=fsdp: gather_units = 2","source":""},{"label":"sharding=fsdp: bucket_elements","mathml":"<math display=\"block\"><mrow><mi>sharding=fsdp:bucket_elements</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=fsdp: bucket_elements = 0","source":""},{"label":"sharding=fsdp-shard-grad-op: shard_weights","mathml":"<math display=\"block\"><mrow><mi>sharding=fsdp-shard-grad-op:shard_weights</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=fsdp-shard-grad-op: shard_weights = 0","source":""},{"label":"sharding=fsdp-shard-grad-op: shard_grads","mathml":"<math display=\"block\"><mrow><mi>sharding=fsdp-shard-grad-op:shard_grads</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=fsdp-shard-grad-op: shard_grads = 1","source":""},{"label":"sharding=fsdp-shard-grad-op: shard_optimizer","mathml":"<math display=\"block\"><mrow><mi>sharding=fsdp-shard-grad-op:shard_optimizer</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=fsdp-shard-grad-op: shard_optimizer = 1","source":""},{"label":"sharding=fsdp-shard-grad-op: shard_group","mathml":"<math display=\"block\"><mrow><mi>sharding=fsdp-shard-grad-op:shard_group</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=fsdp-shard-grad-op: shard_group = 0","source":""},{"label":"sharding=fsdp-shard-grad-op: gather_units","mathml":"<math display=\"block\"><mrow><mi>sharding=fsdp-shard-grad-op:gather_units</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=fsdp-shard-grad-op: gather_units = 0","source":""},{"label":"sharding=fsdp-shard-grad-op: bucket_elements","mathml":"<math display=\"block\"><mrow><mi>sharding=fsdp-shard-grad-op:bucket_elements</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=fsdp-shard-grad-op: bucket_elements = 0","source":""},{"label":"sharding=hybrid: shard_weights","mathml":"<math display=\"block\"><mrow><mi>sharding=hybrid:shard_weights</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=hybrid: shard_weights = 1","source":""},{"label":"sharding=hybrid: shard_grads","mathml":"<math display=\"block\"><mrow><mi>sharding=hybrid:shard_grads</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=hybrid: shard_grads = 1","source":""},{"label":"sharding=hybrid: shard_optimizer","mathml":"<math display=\"block\"><mrow><mi>sharding=hybrid:shard_optimizer</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=hybrid: shard_optimizer = 1","source":""},{"label":"sharding=hybrid: shard_group","mathml":"<math display=\"block\"><mrow><mi>sharding=hybrid:shard_group</mi><mo>=</mo><msub><mi>n</mi><mrow><mi>n</mi><mi>o</mi><mi>d</mi><mi>e</mi></mrow></msub></mrow></math>","text":"sharding=hybrid: shard_group = devices_per_node","source":""},{"label":"sharding=hybrid: gather_units","mathml":"<math display=\"block\"><mrow><mi>sharding=hybrid:gather_units</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"sharding=hybrid: gather_units = 2","source":""},{"label":"sharding=hybrid: bucket_elements","mathml":"<math display=\"block\"><mrow><mi>sharding=hybrid:bucket_elements</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=hybrid: bucket_elements = 0","source":""},{"label":"offload=none: offload_optimizer","mathml":"<math display=\"block\"><mrow><mi>offload=none:offload_optimizer</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"offload=none: offload_optimizer = 0","source":""},{"label":"offload=none: offload_params","mathml":"<math display=\"block\"><mrow><mi>offload=none:offload_params</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"offload=none: offload_params = 0","source":""},{"label":"offload=optimizer: offload_optimizer","mathml":"<math display=\"block\"><mrow><mi>offload=optimizer:offload_optimizer</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"offload=optimizer: offload_optimizer = 1","source":""},{"label":"offload=optimizer: offload_params","mathml":"<math display=\"block\"><mrow><mi>offload=optimizer:offload_params</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"offload=optimizer: offload_params = 0","source":""},{"label":"offload=all: offload_optimizer","mathml":"<math display=\"block\"><mrow><mi>offload=all:offload_optimizer</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"offload=all: offload_optimizer = 1","source":""},{"label":"offload=all: offload_params","mathml":"<math display=\"block\"><mrow><mi>offload=all:offload_params</mi><mo>=</mo><msub><mi>z</mi><mi>w</mi></msub></mrow></math>","text":"offload=all: offload_params = shard_weights","source":""},{"label":"recompute=none: recompute_selective","mathml":"<math display=\"block\"><mrow><mi>recompute=none:recompute_selective</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"recompute=none: recompute_selective = 0","source":""},{"label":"recompute=none: recompute_full","mathml":"<math display=\"block\"><mrow><mi>recompute=none:recompute_full</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"recompute=none: recompute_full = 0","source":""},{"label":"recompute=selective: recompute_selective","mathml":"<math display=\"block\"><mrow><mi>recompute=selective:recompute_selective</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"recompute=selective: recompute_selective = 1","source":""},{"label":"recompute=selective: recompute_full","mathml":"<math display=\"block\"><mrow><mi>recompute=selective:recompute_full</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"recompute=selective: recompute_full = 0","source":""},{"label":"recompute=full: recompute_selective","mathml":"<math display=\"block\"><mrow><mi>recompute=full:recompute_selective</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"recompute=full: recompute_selective = 0","source":""},{"label":"recompute=full: recompute_full","mathml":"<math display=\"block\"><mrow><mi>recompute=full:recompute_full</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"recompute=full: recompute_full = 1","source":""},{"label":"attention=flash: eager_attention","mathml":"<math display=\"block\"><mrow><mi>attention=flash:eager_attention</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"attention=flash: eager_attention = 0","source":""},{"label":"attention=flash: kv_saved_heads","mathml":"<math display=\"block\"><mrow><mi>attention=flash:kv_saved_heads</mi><mo>=</mo><mi>K</mi></mrow></math>","text":"attention=flash: kv_saved_heads = num_kv_heads","source":""},{"label":"attention=flash: lse_bytes","mathml":"<math display=\"block\"><mrow><mi>attention=flash:lse_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"attention=flash: lse_bytes = 4","source":""},{"label":"attention=sdpa: eager_attention","mathml":"<math display=\"block\"><mrow><mi>attention=sdpa:eager_attention</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"attention=sdpa: eager_attention = 0","source":""},{"label":"attention=sdpa: kv_saved_heads","mathml":"<math display=\"block\"><mrow><mi>attention=sdpa:kv_saved_heads</mi><mo>=</mo><mi>K</mi></mrow></math>","text":"attention=sdpa: kv_saved_heads = num_kv_heads","source":""},{"label":"attention=sdpa: lse_bytes","mathml":"<math display=\"block\"><mrow><mi>attention=sdpa:lse_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"attention=sdpa: lse_bytes = 4","source":""},{"label":"attention=eager: eager_attention","mathml":"<math display=\"block\"><mrow><mi>attention=eager:eager_attention</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"attention=eager: eager_attention = 1","source":""},{"label":"attention=eager: kv_saved_heads","mathml":"<math display=\"block\"><mrow><mi>attention=eager:kv_saved_heads</mi><mo>=</mo><mi>H</mi></mrow></math>","text":"attention=eager: kv_saved_heads = num_heads","source":""},{"label":"attention=eager: lse_bytes","mathml":"<math display=\"block\"><mrow><mi>attention=eager:lse_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"attention=eager: lse_bytes = 0","source":""},{"label":"kernels=transformers: mlp_tensors","mathml":"<math display=\"block\"><mrow><mi>kernels=transformers:mlp_tensors</mi><mo>=</mo><msub><mi>c</mi><mrow><mi>m</mi><mi>l</mi><mi>p</mi></mrow></msub></mrow></math>","text":"kernels=transformers: mlp_tensors = mlp_act_tensors","source":""},{"label":"kernels=transformers: norm_bytes","mathml":"<math display=\"block\"><mrow><mi>kernels=transformers:norm_bytes</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><msub><mi>B</mi><mi>r</mi></msub><mo>+</mo><mn>4</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>r</mi><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><msub><mi>B</mi><mi>r</mi></msub></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"kernels=transformers: norm_bytes = where(rms_norm == 1, 4 + residual_bytes, residual_bytes)","source":""},{"label":"kernels=transformers: norm_stat_bytes","mathml":"<math display=\"block\"><mrow><mi>kernels=transformers:norm_stat_bytes</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>4</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>r</mi><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>8</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"kernels=transformers: norm_stat_bytes = where(rms_norm == 1, 4, 8)","source":""},{"label":"kernels=transformers: logits_output_bytes","mathml":"<math display=\"block\"><mrow><mi>kernels=transformers:logits_output_bytes</mi><mo>=</mo><msub><mi>B</mi><mi>a</mi></msub></mrow></math>","text":"kernels=transformers: logits_output_bytes = act_bytes","source":""},{"label":"kernels=transformers: loss_upcast_bytes","mathml":"<math display=\"block\"><mrow><mi>kernels=transformers:loss_upcast_bytes</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>4</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><msub><mi>B</mi><mi>a</mi></msub><mo>&lt;</mo><mn>4</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"kernels=transformers: loss_upcast_bytes = where(act_bytes < 4, 4, 0)","source":""},{"label":"kernels=transformers: log_prob_bytes","mathml":"<math display=\"block\"><mrow><mi>kernels=transformers:log_prob_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"kernels=transformers: log_prob_bytes = 4","source":""},{"label":"kernels=transformers: logits_grad_bytes","mathml":"<math display=\"block\"><mrow><mi>kernels=transformers:logits_grad_bytes</mi><mo>=</mo><mn>8</mn></mrow></math>","text":"kernels=transformers: logits_grad_bytes = 8","source":""},{"label":"kernels=megatron: mlp_tensors","mathml":"<math display=\"block\"><mrow><mi>kernels=megatron:mlp_tensors</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mn>3</mn></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>g</mi><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>2</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"kernels=megatron: mlp_tensors = where(gated_mlp == 1, 3, 2)","source":""},{"label":"kernels=megatron: norm_bytes","mathml":"<math display=\"block\"><mrow><mi>kernels=megatron:norm_bytes</mi><mo>=</mo><msub><mi>B</mi><mi>a</mi></msub></mrow></math>","text":"kernels=megatron: norm_bytes = act_bytes","source":""},{"label":"kernels=megatron: norm_stat_bytes","mathml":"<math display=\"block\"><mrow><mi>kernels=megatron:norm_stat_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"kernels=megatron: norm_stat_bytes = 0","source":""},{"label":"kernels=megatron: softmax_fp32","mathml":"<math display=\"block\"><mrow><mi>kernels=megatron:softmax_fp32</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"kernels=megatron: softmax_fp32 = 0","source":""},{"label":"kernels=megatron: logits_output_bytes","mathml":"<math display=\"block\"><mrow><mi>kernels=megatron:logits_output_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"kernels=megatron: logits_output_bytes = 0","source":""},{"label":"kernels=megatron: loss_upcast_bytes","mathml":"<math display=\"block\"><mrow><mi>kernels=megatron:loss_upcast_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"kernels=megatron: loss_upcast_bytes = 4","source":""},{"label":"kernels=megatron: log_prob_bytes","mathml":"<math display=\"block\"><mrow><mi>kernels=megatron:log_prob_bytes</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"kernels=megatron: log_prob_bytes = 0","source":""},{"label":"kernels=megatron: logits_grad_bytes","mathml":"<math display=\"block\"><mrow><mi>kernels=megatron:logits_grad_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"kernels=megatron: logits_grad_bytes = 4","source":""},{"label":"quant=bf16: base_linear_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=bf16:base_linear_bytes</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"quant=bf16: base_linear_bytes = 2","source":""},{"label":"quant=fp32: base_linear_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=fp32:base_linear_bytes</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"quant=fp32: base_linear_bytes = 4","source":""},{"label":"quant=int8: base_linear_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=int8:base_linear_bytes</mi><mo>=</mo><mn>1</mn><mo>+</mo><mfrac><mn>4</mn><mi>d</mi></mfrac></mrow></math>","text":"quant=int8: base_linear_bytes = 1 + 4/hidden_size","source":""},{"label":"quant=nf4: base_linear_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=nf4:base_linear_bytes</mi><mo>=</mo><mfrac><mn>9</mn><mn>16</mn></mfrac></mrow></math>","text":"quant=nf4: base_linear_bytes = 9/16","source":""},{"label":"quant=nf4-dq: base_linear_bytes","mathml":"<math display=\"block\"><mrow><mi>quant=nf4-dq:base_linear_bytes</mi><mo>=</mo><mfrac><mn>2113</mn><mn>4096</mn></mfrac></mrow></math>","text":"quant=nf4-dq: base_linear_bytes = 2113/4096","source":""}],"mode":"finetune","assumptions":[],"shown":["batch","seq_len","dp","tp","pp","sp","ep","microbatches","dropout"],"layout":{"axes":[{"role":"data","symbol":"dp","values":[],"keep":false},{"role":"tensor","symbol":"tp","values":[1,2,4,8,16,32,64],"keep":true},{"role":"pipeline","symbol":"pp","values":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64],"keep":true}],"constraints":[{"name":"tp_splits_heads","message":"does not divide num_heads = {num_heads}: tensor parallelism splits the heads evenly","symbol":"tp","needs":["num_heads"]},{"name":"tp_splits_kv_heads","message":"does not divide num_kv_heads = {num_kv_heads}: tensor parallelism splits the heads evenly","symbol":"tp","needs":["num_kv_heads"]}]},"limits":[{"name":"batch","at_most":false,"note":""},{"name":"seq_len","at_most":false,"note":""},{"name":"params","at_most":false,"note":""}],"reports":[],"program_meta":[{"i":["params","active_params","embedding_params","lm_head_params","vocab_size","hidden_size","num_layers","num_heads","num_kv_heads","head_dim","intermediate_size","mlp_activation_width","tie_word_embeddings","max_position_embeddings","devices_per_node","dp","tp","pp","expert_params","gated_mlp","mlp_act_tensors","rms_norm","softmax_fp32","layer_norms","parallel_block","batch","seq_len","ep","sp","microbatches","weight_bytes","grad_bytes","master_bytes","state_bytes","act_bytes","residual_bytes","weight_cast_bytes","optimizer_bytes","optimizer_temp_bytes","shard_weights","shard_grads","shard_optimizer","shard_group","gather_units","bucket_elements","ddp_bucket_view","offload_optimizer","offload_params","keep_grads","recompute_selective","recompute_full","eager_attention","kv_saved_heads","lse_bytes","mlp_tensors","norm_bytes","norm_stat_bytes","logits_output_bytes","loss_upcast_bytes","log_prob_bytes","logits_grad_bytes","keep_logits","dropout","cuda_context_bytes","nccl_bytes","fragmentation_fraction","lora_rank","lora_in_out","linear_params","base_linear_bytes","adapter_bytes","dequant_layers"],"o":["@d:base_bytes_per_param","@d:params_per_gpu","@d:shard_degree","@q:weights","@d:lora_params","@d:adapter_params_per_gpu","@q:gradients","@q:optimizer/master_weights","@q:optimizer/optimizer_states","@q:optimizer","@d:replicated_split","@d:tokens","@d:attention_per_layer","@d:in_flight","@d:stage_layers","@d:kept_layers","@q:activations/attention","@d:scores_per_layer","@q:activations/scores","@d:mlp_per_layer","@q:activations/mlp","@d:norms_per_layer","@q:activations/norms","@d:masks_per_layer","@q:activations/dropout_masks","@q:activations/layer_inputs","@d:layer_activations","@q:activations/recompute_working_set","@q:activations/head_inputs","@q:activations","@q:logits/logits_output","@q:logits/loss_upcast","@q:logits/log_probs","@q:logits/logits_grad","@q:logits","@d:layer_params","@q:buffers/gathered_params","@q:buffers/comm_buckets","@q:buffers/ddp_buckets","@q:buffers/cast_weights","@q:buffers/optimizer_temporaries","@q:buffers/dequantized","@q:buffers","@q:reserve/cuda_context","@d:world_size","@q:reserve/nccl","@q:reserve/fragmentation","@q:reserve","@q:adapters","@q:","@d:model_states","@d:activation_peak","@d:base_bytes","@p:forward","@p:backward_start","@p:backward_recompute","@p:backward_end","@p:optimizer_step"],"c":null},{"i":["params"],"o":["active_params"],"c":null},{"i":[],"o":["hidden_size"],"c":"0"},{"i":[],"o":["vocab_size"],"c":"0"},{"i":["hidden_size","vocab_size"],"o":["embedding_params"],"c":null},{"i":[],"o":["tie_word_embeddings"],"c":"0"},{"i":["hidden_size","tie_word_embeddings","vocab_size"],"o":["lm_head_params"],"c":null},{"i":[],"o":["num_layers"],"c":"0"},{"i":["hidden_size"],"o":["num_heads"],"c":null},{"i":["num_heads"],"o":["num_kv_heads"],"c":null},{"i":["hidden_size","num_heads"],"o":["head_dim"],"c":null},{"i":["hidden_size"],"o":["intermediate_size"],"c":null},{"i":["intermediate_size"],"o":["mlp_activation_width"],"c":null},{"i":[],"o":["max_position_embeddings"],"c":"2048"},{"i":[],"o":["devices_per_node"],"c":"8"},{"i":[],"o":["dp"],"c":"1"},{"i":[],"o":["tp"],"c":"1"},{"i":[],"o":["pp"],"c":"1"},{"i":[],"o":["expert_params"],"c":"0"},{"i":[],"o":["gated_mlp"],"c":"0"},{"i":["gated_mlp"],"o":["mlp_act_tensors"],"c":null},{"i":[],"o":["rms_norm"],"c":"0"},{"i":[],"o":["softmax_fp32"],"c":"1"},{"i":[],"o":["layer_norms"],"c":"2"},{"i":[],"o":["parallel_block"],"c":"0"},{"i":[],"o":["batch"],"c":"1"},{"i":["max_position_embeddings"],"o":["seq_len"],"c":null},{"i":[],"o":["ep"],"c":"1"},{"i":[],"o":["sp"],"c":"1"},{"i":["pp"],"o":["microbatches"],"c":null},{"i":[],"o":["weight_cast_bytes"],"c":"0"},{"i":[],"o":["ddp_bucket_view"],"c":"0"},{"i":[],"o":["keep_grads"],"c":"0"},{"i":[],"o":["keep_logits"],"c":"1"},{"i":[],"o":["dropout"],"c":"0"},{"i":[],"o":["cuda_context_bytes"],"c":"536870912"},{"i":[],"o":["nccl_bytes"],"c":"536870912"},{"i":[],"o":["fragmentation_fraction"],"c":"1/20"},{"i":[],"o":["lora_rank"],"c":"8"},{"i":[],"o":["lora_in_out"],"c":"0"},{"i":["embedding_params","lm_head_params","params"],"o":["linear_params"],"c":null},{"i":[],"o":["adapter_bytes"],"c":"4"},{"i":[],"o":["dequant_layers"],"c":"1"},{"i":[],"o":["weight_bytes"],"c":"4"},{"i":[],"o":["grad_bytes"],"c":"4"},{"i":[],"o":["master_bytes"],"c":"0"},{"i":[],"o":["state_bytes"],"c":"4"},{"i":[],"o":["act_bytes"],"c":"4"},{"i":[],"o":["residual_bytes"],"c":"4"},{"i":[],"o":["weight_bytes"],"c":"2"},{"i":[],"o":["grad_bytes"],"c":"2"},{"i":[],"o":["master_bytes"],"c":"4"},{"i":[],"o":["state_bytes"],"c":"4"},{"i":[],"o":["act_bytes"],"c":"2"},{"i":[],"o":["residual_bytes"],"c":"2"},{"i":[],"o":["weight_bytes"],"c":"2"},{"i":[],"o":["grad_bytes"],"c":"4"},{"i":[],"o":["master_bytes"],"c":"4"},{"i":[],"o":["state_bytes"],"c":"4"},{"i":[],"o":["act_bytes"],"c":"2"},{"i":[],"o":["residual_bytes"],"c":"2"},{"i":[],"o":["weight_bytes"],"c":"4"},{"i":[],"o":["grad_bytes"],"c":"4"},{"i":[],"o":["master_bytes"],"c":"0"},{"i":[],"o":["state_bytes"],"c":"4"},{"i":[],"o":["act_bytes"],"c":"2"},{"i":[],"o":["residual_bytes"],"c":"4"},{"i":[],"o":["weight_cast_bytes"],"c":"2"},{"i":[],"o":["weight_bytes"],"c":"2"},{"i":[],"o":["grad_bytes"],"c":"2"},{"i":[],"o":["master_bytes"],"c":"0"},{"i":[],"o":["state_bytes"],"c":"2"},{"i":[],"o":["act_bytes"],"c":"2"},{"i":[],"o":["residual_bytes"],"c":"2"},{"i":["state_bytes"],"o":["optimizer_bytes"],"c":null},{"i":["state_bytes"],"o":["optimizer_temp_bytes"],"c":null},{"i":["state_bytes"],"o":["optimizer_bytes"],"c":null},{"i":[],"o":["optimizer_temp_bytes"],"c":"0"},{"i":["state_bytes"],"o":["optimizer_bytes"],"c":null},{"i":["state_bytes"],"o":["optimizer_temp_bytes"],"c":null},{"i":[],"o":["optimizer_bytes"],"c":"0"},{"i":[],"o":["optimizer_temp_bytes"],"c":"0"},{"i":["state_bytes"],"o":["optimizer_bytes"],"c":null},{"i":[],"o":["optimizer_temp_bytes"],"c":"0"},{"i":["hidden_size"],"o":["optimizer_bytes"],"c":null},{"i":[],"o":["optimizer_temp_bytes"],"c":"0"},{"i":[],"o":["optimizer_bytes"],"c":"513/256"},{"i":[],"o":["optimizer_temp_bytes"],"c":"0"},{"i":["state_bytes"],"o":["optimizer_bytes"],"c":null},{"i":[],"o":["optimizer_temp_bytes"],"c":"0"},{"i":[],"o":["shard_weights"],"c":"0"},{"i":[],"o":["shard_grads"],"c":"0"},{"i":[],"o":["shard_optimizer"],"c":"0"},{"i":[],"o":["shard_group"],"c":"0"},{"i":[],"o":["gather_units"],"c":"0"},{"i":[],"o":["bucket_elements"],"c":"0"},{"i":[],"o":["shard_weights"],"c":"0"},{"i":[],"o":["shard_grads"],"c":"0"},{"i":[],"o":["shard_optimizer"],"c":"1"},{"i":[],"o":["shard_group"],"c":"0"},{"i":[],"o":["gather_units"],"c":"0"},{"i":[],"o":["bucket_elements"],"c":"500000000"},{"i":[],"o":["shard_weights"],"c":"0"},{"i":[],"o":["shard_grads"],"c":"1"},{"i":[],"o":["shard_optimizer"],"c":"1"},{"i":[],"o":["shard_group"],"c":"0"},{"i":[],"o":["gather_units"],"c":"0"},{"i":[],"o":["bucket_elements"],"c":"500000000"},{"i":[],"o":["shard_weights"],"c":"1"},{"i":[],"o":["shard_grads"],"c":"1"},{"i":[],"o":["shard_optimizer"],"c":"1"},{"i":[],"o":["shard_group"],"c":"0"},{"i":[],"o":["gather_units"],"c":"2"},{"i":[],"o":["bucket_elements"],"c":"500000000"},{"i":[],"o":["shard_weights"],"c":"1"},{"i":[],"o":["shard_grads"],"c":"1"},{"i":[],"o":["shard_optimizer"],"c":"1"},{"i":[],"o":["shard_group"],"c":"0"},{"i":[],"o":["gather_units"],"c":"2"},{"i":[],"o":["bucket_elements"],"c":"0"},{"i":[],"o":["shard_weights"],"c":"0"},{"i":[],"o":["shard_grads"],"c":"1"},{"i":[],"o":["shard_optimizer"],"c":"1"},{"i":[],"o":["shard_group"],"c":"0"},{"i":[],"o":["gather_units"],"c":"0"},{"i":[],"o":["bucket_elements"],"c":"0"},{"i":[],"o":["shard_weights"],"c":"1"},{"i":[],"o":["shard_grads"],"c":"1"},{"i":[],"o":["shard_optimizer"],"c":"1"},{"i":["devices_per_node"],"o":["shard_group"],"c":null},{"i":[],"o":["gather_units"],"c":"2"},{"i":[],"o":["bucket_elements"],"c":"0"},{"i":[],"o":["offload_optimizer"],"c":"0"},{"i":[],"o":["offload_params"],"c":"0"},{"i":[],"o":["offload_optimizer"],"c":"1"},{"i":[],"o":["offload_params"],"c":"0"},{"i":[],"o":["offload_optimizer"],"c":"1"},{"i":["shard_weights"],"o":["offload_params"],"c":null},{"i":[],"o":["recompute_selective"],"c":"0"},{"i":[],"o":["recompute_full"],"c":"0"},{"i":[],"o":["recompute_selective"],"c":"1"},{"i":[],"o":["recompute_full"],"c":"0"},{"i":[],"o":["recompute_selective"],"c":"0"},{"i":[],"o":["recompute_full"],"c":"1"},{"i":[],"o":["eager_attention"],"c":"0"},{"i":["num_kv_heads"],"o":["kv_saved_heads"],"c":null},{"i":[],"o":["lse_bytes"],"c":"4"},{"i":[],"o":["eager_attention"],"c":"0"},{"i":["num_kv_heads"],"o":["kv_saved_heads"],"c":null},{"i":[],"o":["lse_bytes"],"c":"4"},{"i":[],"o":["eager_attention"],"c":"1"},{"i":["num_heads"],"o":["kv_saved_heads"],"c":null},{"i":[],"o":["lse_bytes"],"c":"0"},{"i":["mlp_act_tensors"],"o":["mlp_tensors"],"c":null},{"i":["residual_bytes","rms_norm"],"o":["norm_bytes"],"c":null},{"i":["rms_norm"],"o":["norm_stat_bytes"],"c":null},{"i":["act_bytes"],"o":["logits_output_bytes"],"c":null},{"i":["act_bytes"],"o":["loss_upcast_bytes"],"c":null},{"i":[],"o":["log_prob_bytes"],"c":"4"},{"i":[],"o":["logits_grad_bytes"],"c":"8"},{"i":["gated_mlp"],"o":["mlp_tensors"],"c":null},{"i":["act_bytes"],"o":["norm_bytes"],"c":null},{"i":[],"o":["norm_stat_bytes"],"c":"0"},{"i":[],"o":["softmax_fp32"],"c":"0"},{"i":[],"o":["logits_output_bytes"],"c":"0"},{"i":[],"o":["loss_upcast_bytes"],"c":"4"},{"i":[],"o":["log_prob_bytes"],"c":"0"},{"i":[],"o":["logits_grad_bytes"],"c":"4"},{"i":[],"o":["base_linear_bytes"],"c":"2"},{"i":[],"o":["base_linear_bytes"],"c":"4"},{"i":["hidden_size"],"o":["base_linear_bytes"],"c":null},{"i":[],"o":["base_linear_bytes"],"c":"9/16"},{"i":[],"o":["base_linear_bytes"],"c":"2113/4096"},{"i":["keep_grads"],"o":["weights","gradients","optimizer/master_weights","optimizer/optimizer_states","activations/attention","activations/scores","activations/mlp","activations/norms","activations/dropout_masks","activations/layer_inputs","activations/recompute_working_set","activations/head_inputs","logits/logits_output","logits/loss_upcast","logits/log_probs","logits/logits_grad","buffers/gathered_params","buffers/comm_buckets","buffers/ddp_buckets","buffers/cast_weights","buffers/optimizer_temporaries","buffers/dequantized","reserve/cuda_context","reserve/nccl","reserve/fragmentation","adapters"],"c":null},{"i":["keep_grads","keep_logits"],"o":["weights","gradients","optimizer/master_weights","optimizer/optimizer_states","activations/attention","activations/scores","activations/mlp","activations/norms","activations/dropout_masks","activations/layer_inputs","activations/recompute_working_set","activations/head_inputs","logits/logits_output","logits/loss_upcast","logits/log_probs","logits/logits_grad","buffers/gathered_params","buffers/comm_buckets","buffers/ddp_buckets","buffers/cast_weights","buffers/optimizer_temporaries","buffers/dequantized","reserve/cuda_context","reserve/nccl","reserve/fragmentation","adapters"],"c":null},{"i":["keep_grads","keep_logits"],"o":["weights","gradients","optimizer/master_weights","optimizer/optimizer_states","activations/attention","activations/scores","activations/mlp","activations/norms","activations/dropout_masks","activations/layer_inputs","activations/recompute_working_set","activations/head_inputs","logits/logits_output","logits/loss_upcast","logits/log_probs","logits/logits_grad","buffers/gathered_params","buffers/comm_buckets","buffers/ddp_buckets","buffers/cast_weights","buffers/optimizer_temporaries","buffers/dequantized","reserve/cuda_context","reserve/nccl","reserve/fragmentation","adapters"],"c":null},{"i":["keep_logits"],"o":["weights","gradients","optimizer/master_weights","optimizer/optimizer_states","activations/attention","activations/scores","activations/mlp","activations/norms","activations/dropout_masks","activations/layer_inputs","activations/recompute_working_set","activations/head_inputs","logits/logits_output","logits/loss_upcast","logits/log_probs","logits/logits_grad","buffers/gathered_params","buffers/comm_buckets","buffers/ddp_buckets","buffers/cast_weights","buffers/optimizer_temporaries","buffers/dequantized","reserve/cuda_context","reserve/nccl","reserve/fragmentation","adapters"],"c":null},{"i":["keep_logits"],"o":["weights","gradients","optimizer/master_weights","optimizer/optimizer_states","activations/attention","activations/scores","activations/mlp","activations/norms","activations/dropout_masks","activations/layer_inputs","activations/recompute_working_set","activations/head_inputs","logits/logits_output","logits/loss_upcast","logits/log_probs","logits/logits_grad","buffers/gathered_params","buffers/comm_buckets","buffers/ddp_buckets","buffers/cast_weights","buffers/optimizer_temporaries","buffers/dequantized","reserve/cuda_context","reserve/nccl","reserve/fragmentation","adapters"],"c":null},{"i":["num_heads","tp"],"o":["constraint:tp_splits_heads"],"c":null},{"i":["num_kv_heads","tp"],"o":["constraint:tp_splits_kv_heads"],"c":null},{"i":["devices_per_node","tp"],"o":["keep:tensor"],"c":null},{"i":["num_layers","pp"],"o":["keep:pipeline"],"c":null}]},
function ({_Z, _Q, _add, _mul, _pow, _powq, _inv, _mod, _lt, _le, _gt, _ge, _eq, _ne, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59, v60, v61, v62, v63, v64, v65, v66, v67, v68, v69, v70, v71) {
  let v72 = _mul(_inv(_pow(v0, 1)), _add(_mul(_Z(-2n), v68), _mul(_Z(2n), v0), _mul(v68, v69)));
  let v73 = _mul(_inv(_pow(v16, 1)), _add(v2, _mul(_inv(_pow(v17, 1)), _add(v0, _mul(_Z(-1n), v2), _mul(_Z(-1n), v18), _mul(_Z(-1n), v3))), _mul(v18, _inv(_pow(v27, 1)), _inv(_pow(v17, 1))), (_eq(v17, _Z(1n)) ? v3 : _Z(0n))));
  let v74 = (_gt(v42, _Z(0n)) ? _min(v15, v42) : v15);
  let v75 = _mul(v72, v73, _add(_Z(1n), _mul(_Z(-1n), v47)), (_eq(v39, _Z(1n)) ? _inv(_pow(v74, 1)) : _Z(1n)));
  let v76 = _mul(v67, v66);
  let v77 = _mul(v76, _inv(_pow(v17, 1)), _inv(_pow(v16, 1)));
  let v78 = _mul(v77, v70, (_eq(v40, _Z(1n)) ? _inv(_pow(v74, 1)) : _Z(1n)));
  let v79 = _Z(0n);
  let v80 = _mul(v77, v37, _add(_Z(1n), _mul(_Z(-1n), v46)), (_eq(v41, _Z(1n)) ? _inv(_pow(v74, 1)) : _Z(1n)));
  let v81 = _add(v79, v80);
  let v82 = (_eq(v28, _Z(1n)) ? v16 : _Z(1n));
  let v83 = _mul(v25, v26);
  let v84 = _mul(v83, v34, _add(_mul(v5, _inv(_pow(v82, 1))), _mul(v9, _inv(_pow(v16, 1)), _add(_mul(_Z(2n), v52), _mul(_Z(2n), v7)))));
  let v85 = _min(v29, v17);
  let v86 = _mul(v6, _inv(_pow(v17, 1)));
  let v87 = _mul(v85, v86, _add(_Z(1n), _mul(_Z(-1n), v50)));
  let v88 = _mul(v84, v87);
  let v89 = _mul(v83, v7, _inv(_pow(v16, 1)), (_eq(v51, _Z(1n)) ? _mul(v26, _add(_Z(1n), _mul(_Z(-1n), v49)), _add(_mul(v62, _add(_Z(1n), v34)), (_and(_eq(v22, _Z(1n)), _lt(v34, _Z(4n))) ? _add(_Z(4n), v34) : v34))) : v53));
  let v90 = _mul(v87, v89);
  let v91 = _mul(v83, v34, _add(_mul(v11, v54, _inv(_pow(v16, 1))), _mul(v5, _inv(_pow(v82, 1)), _add(_Z(1n), _mul(_Z(-1n), v24)))));
  let v92 = _mul(v87, v91);
  let v93 = _mul(v83, v23, _inv(_pow(v82, 1)), _add(v56, _mul(v55, v5)));
  let v94 = _mul(v87, v93);
  let v95 = _mul(_Z(2n), v83, v62, v5, _inv(_pow(v82, 1)));
  let v96 = _add(_mul(v87, v95), _mul(v85, v83, v62, v5, _inv(_pow(v82, 1))));
  let v97 = _mul(v85, v86, v83, v5, v50, v35);
  let v98 = _add(v84, v95, v91, v93, v89);
  let v99 = _mul(v98, v50);
  let v100 = (_and(_eq(v17, _Z(1n)), _gt(v5, _Z(0n))) ? _mul(v83, _inv(_pow(v82, 1)), _add(v56, _mul(v5, _add(v55, v34)))) : _Z(0n));
  let v101 = _add(v88, v96, v100, v97, v92, v94, v99, v90);
  let v102 = (_eq(v17, _Z(1n)) ? _mul(v83, v57, v4, _inv(_pow(v16, 1))) : _Z(0n));
  let v103 = (_eq(v17, _Z(1n)) ? _mul(v83, v58, v4, _inv(_pow(v16, 1))) : _Z(0n));
  let v104 = (_eq(v17, _Z(1n)) ? _mul(v83, v59, v4, _inv(_pow(v16, 1))) : _Z(0n));
  let v105 = (_eq(v17, _Z(1n)) ? _mul(v83, v60, v4, _inv(_pow(v16, 1))) : _Z(0n));
  let v106 = _add(v104, v105, v102, v103);
  let v107 = (_gt(v6, _Z(0n)) ? _mul(_inv(_pow(v6, 1)), _add(v0, _mul(_Z(-1n), v2), _mul(_Z(-1n), v3))) : _Z(0n));
  let v108 = _mul(v107, v43, v30, _inv(_pow(v16, 1)), (_eq(v39, _Z(1n)) ? _Z(1n) : _Z(0n)));
  let v109 = (_gt(v15, _Z(1n)) ? _mul(_Z(2n), v44) : _Z(0n));
  let v110 = (_and(_eq(v41, _Z(0n)), _gt(v15, _Z(1n))) ? _mul(v77, v70, _add(_Z(1n), _mul(_Z(-1n), v45))) : _Z(0n));
  let v111 = _mul(v36, _add(v73, _mul(_Z(-1n), v2, _inv(_pow(v16, 1)), _add(_Z(1n), _mul(_Z(-1n), v12)))));
  let v112 = _mul(v77, v38, _add(_Z(1n), _mul(_Z(-1n), v46)), (_eq(v41, _Z(1n)) ? _inv(_pow(v74, 1)) : _Z(1n)));
  let v113 = (_lt(v69, _Z(2n)) ? _mul(_Z(2n), v71, v68, _inv(_pow(v16, 1)), _inv(_pow(_max(_Z(1n), v6), 1))) : _Z(0n));
  let v114 = _add(v111, v109, v110, v113, v108, v112);
  let v115 = v63;
  let v116 = _mul(v15, v17, v16);
  let v117 = (_gt(v116, _Z(1n)) ? v64 : _Z(0n));
  let v118 = _mul(v65, _add(v101, v106));
  let v119 = _add(v115, v118, v117);
  let v120 = _mul(v77, v70, (_eq(v39, _Z(1n)) ? _inv(_pow(v74, 1)) : _Z(1n)));
  let v121 = _add(v101, v120, v114, v78, v106, v81, v119, v75);
  let v122 = _add(v78, v81, v75);
  let v123 = _add(v101, v111, v104, v102, v103, _mul(_Z(-1n), v99));
  let v124 = _mul(v72, v0);
  let v125 = _add(v101, v120, v111, v109, v110, v113, v108, v104, v102, v103, v81, v119, v75, _mul(_Z(-1n), v99), _mul(v78, v48));
  let v126 = _add(v101, v120, v111, v109, v110, v113, v108, v104, v105, v81, v119, v75, _mul(_Z(-1n), v99), _mul(v78, v48), _mul(v102, v61));
  let v127 = _add(v101, v120, v111, v109, v110, v113, v108, v81, v119, v75, _mul(v78, v48), _mul(v102, v61));
  let v128 = _add(v120, v109, v110, v108, v78, v81, v119, v75, _mul(v102, v61));
  let v129 = _add(v120, v112, v78, v81, v119, v75, _mul(v102, v61));
  return [v72, v73, v74, v75, v76, v77, v78, v79, v80, v81, v82, v83, v84, v85, v86, v87, v88, v89, v90, v91, v92, v93, v94, v95, v96, v97, v98, v99, v100, v101, v102, v103, v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115, v116, v117, v118, v119, v120, v121, v122, v123, v124, v125, v126, v127, v128, v129];
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
  return [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26];
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
  return [v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27];
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
  return [v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27];
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
  return [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26];
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
  return [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26];
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
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59, v60, v61, v62, v63, v64, v65, v66, v67, v68, v69, v70, v71) {
  let v72 = (_inv(v0 ** 1) * (((-2.0) * v68) + ((2.0) * v0) + (v68 * v69)));
  let v73 = (_inv(v16 ** 1) * (v2 + (_inv(v17 ** 1) * (v0 + ((-1.0) * v2) + ((-1.0) * v18) + ((-1.0) * v3))) + (v18 * _inv(v27 ** 1) * _inv(v17 ** 1)) + ((v17 === (1.0)) ? v3 : (0.0))));
  let v74 = ((v42 > (0.0)) ? _min(v15, v42) : v15);
  let v75 = (v72 * v73 * ((1.0) + ((-1.0) * v47)) * ((v39 === (1.0)) ? _inv(v74 ** 1) : (1.0)));
  let v76 = (v67 * v66);
  let v77 = (v76 * _inv(v17 ** 1) * _inv(v16 ** 1));
  let v78 = (v77 * v70 * ((v40 === (1.0)) ? _inv(v74 ** 1) : (1.0)));
  let v79 = (0.0);
  let v80 = (v77 * v37 * ((1.0) + ((-1.0) * v46)) * ((v41 === (1.0)) ? _inv(v74 ** 1) : (1.0)));
  let v81 = (v79 + v80);
  let v82 = ((v28 === (1.0)) ? v16 : (1.0));
  let v83 = (v25 * v26);
  let v84 = (v83 * v34 * ((v5 * _inv(v82 ** 1)) + (v9 * _inv(v16 ** 1) * (((2.0) * v52) + ((2.0) * v7)))));
  let v85 = _min(v29, v17);
  let v86 = (v6 * _inv(v17 ** 1));
  let v87 = (v85 * v86 * ((1.0) + ((-1.0) * v50)));
  let v88 = (v84 * v87);
  let v89 = (v83 * v7 * _inv(v16 ** 1) * ((v51 === (1.0)) ? (v26 * ((1.0) + ((-1.0) * v49)) * ((v62 * ((1.0) + v34)) + (_and((v22 === (1.0)), (v34 < (4.0))) ? ((4.0) + v34) : v34))) : v53));
  let v90 = (v87 * v89);
  let v91 = (v83 * v34 * ((v11 * v54 * _inv(v16 ** 1)) + (v5 * _inv(v82 ** 1) * ((1.0) + ((-1.0) * v24)))));
  let v92 = (v87 * v91);
  let v93 = (v83 * v23 * _inv(v82 ** 1) * (v56 + (v55 * v5)));
  let v94 = (v87 * v93);
  let v95 = ((2.0) * v83 * v62 * v5 * _inv(v82 ** 1));
  let v96 = ((v87 * v95) + (v85 * v83 * v62 * v5 * _inv(v82 ** 1)));
  let v97 = (v85 * v86 * v83 * v5 * v50 * v35);
  let v98 = (v84 + v95 + v91 + v93 + v89);
  let v99 = (v98 * v50);
  let v100 = (_and((v17 === (1.0)), (v5 > (0.0))) ? (v83 * _inv(v82 ** 1) * (v56 + (v5 * (v55 + v34)))) : (0.0));
  let v101 = (v88 + v96 + v100 + v97 + v92 + v94 + v99 + v90);
  let v102 = ((v17 === (1.0)) ? (v83 * v57 * v4 * _inv(v16 ** 1)) : (0.0));
  let v103 = ((v17 === (1.0)) ? (v83 * v58 * v4 * _inv(v16 ** 1)) : (0.0));
  let v104 = ((v17 === (1.0)) ? (v83 * v59 * v4 * _inv(v16 ** 1)) : (0.0));
  let v105 = ((v17 === (1.0)) ? (v83 * v60 * v4 * _inv(v16 ** 1)) : (0.0));
  let v106 = (v104 + v105 + v102 + v103);
  let v107 = ((v6 > (0.0)) ? (_inv(v6 ** 1) * (v0 + ((-1.0) * v2) + ((-1.0) * v3))) : (0.0));
  let v108 = (v107 * v43 * v30 * _inv(v16 ** 1) * ((v39 === (1.0)) ? (1.0) : (0.0)));
  let v109 = ((v15 > (1.0)) ? ((2.0) * v44) : (0.0));
  let v110 = (_and((v41 === (0.0)), (v15 > (1.0))) ? (v77 * v70 * ((1.0) + ((-1.0) * v45))) : (0.0));
  let v111 = (v36 * (v73 + ((-1.0) * v2 * _inv(v16 ** 1) * ((1.0) + ((-1.0) * v12)))));
  let v112 = (v77 * v38 * ((1.0) + ((-1.0) * v46)) * ((v41 === (1.0)) ? _inv(v74 ** 1) : (1.0)));
  let v113 = ((v69 < (2.0)) ? ((2.0) * v71 * v68 * _inv(v16 ** 1) * _inv(_max((1.0), v6) ** 1)) : (0.0));
  let v114 = (v111 + v109 + v110 + v113 + v108 + v112);
  let v115 = v63;
  let v116 = (v15 * v17 * v16);
  let v117 = ((v116 > (1.0)) ? v64 : (0.0));
  let v118 = (v65 * (v101 + v106));
  let v119 = (v115 + v118 + v117);
  let v120 = (v77 * v70 * ((v39 === (1.0)) ? _inv(v74 ** 1) : (1.0)));
  let v121 = (v101 + v120 + v114 + v78 + v106 + v81 + v119 + v75);
  let v122 = (v78 + v81 + v75);
  let v123 = (v101 + v111 + v104 + v102 + v103 + ((-1.0) * v99));
  let v124 = (v72 * v0);
  let v125 = (v101 + v120 + v111 + v109 + v110 + v113 + v108 + v104 + v102 + v103 + v81 + v119 + v75 + ((-1.0) * v99) + (v78 * v48));
  let v126 = (v101 + v120 + v111 + v109 + v110 + v113 + v108 + v104 + v105 + v81 + v119 + v75 + ((-1.0) * v99) + (v78 * v48) + (v102 * v61));
  let v127 = (v101 + v120 + v111 + v109 + v110 + v113 + v108 + v81 + v119 + v75 + (v78 * v48) + (v102 * v61));
  let v128 = (v120 + v109 + v110 + v108 + v78 + v81 + v119 + v75 + (v102 * v61));
  let v129 = (v120 + v112 + v78 + v81 + v119 + v75 + (v102 * v61));
  return [v72, v73, v74, v75, v76, v77, v78, v79, v80, v81, v82, v83, v84, v85, v86, v87, v88, v89, v90, v91, v92, v93, v94, v95, v96, v97, v98, v99, v100, v101, v102, v103, v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115, v116, v117, v118, v119, v120, v121, v122, v123, v124, v125, v126, v127, v128, v129];
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
  return [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26];
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
  return [v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27];
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
  return [v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27];
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
  return [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26];
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
  return [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26];
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
