ENGINE.define({"name":"guide","kind":"rules","path":"specs/rules/guide.yaml","description":"The planning guide's method: training memory is 4x the model memory (weights, gradients and two Adam states at bytes_per_param each, activations folded in), FSDP divides it by the number of GPUs, DDP does not, and a GPU offers 80 % of its memory. The guide's GB are 2**30 bytes (it divides by 1024**3).","abstract":false,"symbols":[{"name":"params","domain":"positive","latex":"P","description":"Parameters (calculate_min_gpus takes model_params_millions and multiplies by 1e6)","flag":false,"provider":"","default":null,"key":"specs/rules/guide.yaml:32:3"},{"name":"memory_nominal","domain":"positive","latex":"M_{nom}","description":"The GPU's memory in bytes (from the hardware profile)","flag":false,"provider":"","default":{"text":"8 * 2**30","at":"specs/rules/guide.yaml:40:14","key":"specs/rules/guide.yaml:40:5"},"key":"specs/rules/guide.yaml:36:3"},{"name":"gpu_memory_gb","domain":"positive","latex":"M_{GB}","description":"gpu_memory_gb of calculate_min_gpus - the GPU's memory in the guide's GB, which are GiB (default the GPU's nominal memory)","flag":false,"provider":"","default":{"text":"memory_nominal / 2**30","at":"specs/rules/guide.yaml:45:14","key":"specs/rules/guide.yaml:45:5"},"key":"specs/rules/guide.yaml:41:3"},{"name":"utilization","domain":"fraction","latex":"u","description":"Share of a GPU's memory the guide lets training use","flag":false,"provider":"","default":{"text":"8/10","at":"specs/rules/guide.yaml:51:14","key":"specs/rules/guide.yaml:51:5"},"key":"specs/rules/guide.yaml:47:3"},{"name":"bytes_per_param","domain":"positive","latex":"b","description":"Bytes per parameter, the same for weights, gradients and Adam states","flag":false,"provider":"","default":null,"key":"specs/rules/guide.yaml:53:3"},{"name":"activation_gb","domain":"nonnegative","latex":"A_{GB}","description":"activation_memory of the DDP and FSDP rules of thumb, in the guide's GB (calculate_min_gpus has none; its 4x is said to include activations)","flag":false,"provider":"","default":{"text":"0","at":"specs/rules/guide.yaml:61:14","key":"specs/rules/guide.yaml:61:5"},"key":"specs/rules/guide.yaml:57:3"},{"name":"shard","domain":"flag","latex":"z","description":"1 if the training memory is divided by the number of GPUs (FSDP), 0 if every GPU holds it all (DDP)","flag":false,"provider":"","default":null,"key":"specs/rules/guide.yaml:63:3"},{"name":"dp","domain":"positive_integer","latex":"N_{dp}","description":"GPUs (the guide knows only data parallelism)","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/guide.yaml:67:93","key":"specs/rules/guide.yaml:67:84"},"key":"specs/rules/guide.yaml:67:3"},{"name":"tp","domain":"positive_integer","latex":"t","description":"Tensor-parallel degree (the guide has none; a split still counts as GPUs that share the memory)","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/guide.yaml:68:137","key":"specs/rules/guide.yaml:68:128"},"key":"specs/rules/guide.yaml:68:3"},{"name":"pp","domain":"positive_integer","latex":"p","description":"Pipeline-parallel degree (the guide has none; a split still counts as GPUs that share the memory)","flag":false,"provider":"","default":{"text":"1","at":"specs/rules/guide.yaml:69:139","key":"specs/rules/guide.yaml:69:130"},"key":"specs/rules/guide.yaml:69:3"}],"presets":[],"default_preset":null,"default_rules":null,"total":{"name":"training_memory","key":"","slot":"@q:"},"parts":[["weights","weights","@q:weights",[],false],["gradients","gradients","@q:gradients",[],false],["optimizer_states","optimizer_states","@q:optimizer_states",[],false],["activations","activations","@q:activations",[],false]],"derived":{"world_size":"@d:world_size","shards":"@d:shards","model_memory":"@d:model_memory","capacity":"@d:capacity"},"phases":{"training":"@p:training"},"block":{},"where":{"":"specs/rules/guide.yaml:98:1","weights":"specs/rules/guide.yaml:100:11","gradients":"specs/rules/guide.yaml:105:11","optimizer_states":"specs/rules/guide.yaml:109:11","activations":"specs/rules/guide.yaml:113:11","world_size":"specs/rules/guide.yaml:124:22","shards":"specs/rules/guide.yaml:126:11","model_memory":"specs/rules/guide.yaml:129:11","capacity":"specs/rules/guide.yaml:133:11","training":"specs/rules/guide.yaml:139:11"},"options":[{"name":"precision","default":"fp32","description":"What each number is stored in","aliases":[],"choices":[{"name":"fp32","description":"4 bytes per parameter (calculate_min_gpus's default)","values":{"bytes_per_param":{"text":"4","at":"specs/rules/guide.yaml:80:32","key":"specs/rules/guide.yaml:80:15"}}},{"name":"fp16","description":"2 bytes per parameter for everything (Memory Optimization Strategies, \"FP16 reduces memory by ~50%\")","values":{"bytes_per_param":{"text":"2","at":"specs/rules/guide.yaml:84:32","key":"specs/rules/guide.yaml:84:15"}}}],"situations":[]},{"name":"sharding","default":"fsdp","description":"How GPUs share the training memory","aliases":[],"choices":[{"name":"fsdp","description":"The guide's \"SFDP\" (FSDP) - training memory divided by the number of GPUs","values":{"shard":{"text":"1","at":"specs/rules/guide.yaml:92:22","key":"specs/rules/guide.yaml:92:15"}}},{"name":"none","description":"DDP - every GPU needs the full model and training overhead","values":{"shard":{"text":"0","at":"specs/rules/guide.yaml:96:22","key":"specs/rules/guide.yaml:96:15"}}}],"situations":[]}],"linears":[],"lora_targets":[],"hf":null,"programs":{"main":0,"defaults":{"memory_nominal":1,"gpu_memory_gb":2,"utilization":3,"activation_gb":4,"dp":5,"tp":6,"pp":7},"choices":{"precision":{"fp32":{"bytes_per_param":8},"fp16":{"bytes_per_param":9}},"sharding":{"fsdp":{"shard":10},"none":{"shard":11}}},"weights":{"training":12},"linears":null,"conditions":{}},"formulas":[{"label":"training_memory","mathml":"<math display=\"block\"><mrow><mi>training_memory</mi><mo>=</mo><mi>activations</mi><mo>+</mo><mi>gradients</mi><mo>+</mo><mi>optimizer_states</mi><mo>+</mo><mi>weights</mi></mrow></math>","text":"training_memory = activations + gradients + optimizer_states + weights","source":""},{"label":"weights","mathml":"<math display=\"block\"><mrow><mi>weights</mi><mo>=</mo><mfrac><mrow><mi>b</mi><mi>P</mi></mrow><mi>shards</mi></mfrac></mrow></math>","text":"weights = bytes_per_param*params/shards","source":"Training Memory (FP32): Parameters: 1x model size"},{"label":"gradients","mathml":"<math display=\"block\"><mrow><mi>gradients</mi><mo>=</mo><mfrac><mrow><mi>b</mi><mi>P</mi></mrow><mi>shards</mi></mfrac></mrow></math>","text":"gradients = bytes_per_param*params/shards","source":"Training Memory (FP32): Gradients: 1x model size"},{"label":"optimizer_states","mathml":"<math display=\"block\"><mrow><mi>optimizer_states</mi><mo>=</mo><mfrac><mrow><mn>2</mn><mi>b</mi><mi>P</mi></mrow><mi>shards</mi></mfrac></mrow></math>","text":"optimizer_states = 2*bytes_per_param*params/shards","source":"Training Memory (FP32): Optimizer states (Adam): 2x model size (momentum + variance)"},{"label":"activations","mathml":"<math display=\"block\"><mrow><mi>activations</mi><mo>=</mo><mn>1073741824</mn><msub><mi>A</mi><mrow><mi>G</mi><mi>B</mi></mrow></msub></mrow></math>","text":"activations = 1073741824*activation_gb","source":"How Many GPUs Should You Use?: + activation_memory"},{"label":"world_size","mathml":"<math display=\"block\"><mrow><mi>world_size</mi><mo>=</mo><msub><mi>N</mi><mrow><mi>d</mi><mi>p</mi></mrow></msub><mi>p</mi><mi>t</mi></mrow></math>","text":"world_size = dp*pp*tp","source":""},{"label":"shards","mathml":"<math display=\"block\"><mrow><mi>shards</mi><mo>=</mo><mrow><mo>{</mo><mtable class=\"cases\"><mtr><mtd><mi>world_size</mi></mtd><mtd><mtext>for</mtext><mspace width=\"0.22em\"/><mi>z</mi><mo>=</mo><mn>1</mn></mtd></mtr><mtr><mtd><mn>1</mn></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow></math>","text":"shards = where(shard == 1, world_size, 1)","source":""},{"label":"model_memory","mathml":"<math display=\"block\"><mrow><mi>model_memory</mi><mo>=</mo><mi>b</mi><mi>P</mi></mrow></math>","text":"model_memory = bytes_per_param*params","source":"model_memory_gb = (model_params_millions * 1e6 * bytes_per_param) / (1024**3)"},{"label":"capacity","mathml":"<math display=\"block\"><mrow><mi>capacity</mi><mo>=</mo><mn>1073741824</mn><msub><mi>M</mi><mrow><mi>G</mi><mi>B</mi></mrow></msub><mi>u</mi></mrow></math>","text":"capacity = 1073741824*gpu_memory_gb*utilization","source":"calculate_min_gpus: gpu_memory_gb * 0.8  # 80% utilization"},{"label":"training","mathml":"<math display=\"block\"><mrow><mi>training</mi><mo>=</mo><mi>activations</mi><mo>+</mo><mi>gradients</mi><mo>+</mo><mi>optimizer_states</mi><mo>+</mo><mi>weights</mi></mrow></math>","text":"training = activations + gradients + optimizer_states + weights","source":""},{"label":"default memory_nominal","mathml":"<math display=\"block\"><mrow><mi>defaultmemory_nominal</mi><mo>=</mo><mn>8589934592</mn></mrow></math>","text":"default memory_nominal = 8589934592","source":""},{"label":"default gpu_memory_gb","mathml":"<math display=\"block\"><mrow><mi>defaultgpu_memory_gb</mi><mo>=</mo><mfrac><msub><mi>M</mi><mrow><mi>n</mi><mi>o</mi><mi>m</mi></mrow></msub><mn>1073741824</mn></mfrac></mrow></math>","text":"default gpu_memory_gb = memory_nominal/1073741824","source":""},{"label":"default utilization","mathml":"<math display=\"block\"><mrow><mi>defaultutilization</mi><mo>=</mo><mfrac><mn>4</mn><mn>5</mn></mfrac></mrow></math>","text":"default utilization = 4/5","source":""},{"label":"default activation_gb","mathml":"<math display=\"block\"><mrow><mi>defaultactivation_gb</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default activation_gb = 0","source":""},{"label":"default dp","mathml":"<math display=\"block\"><mrow><mi>defaultdp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default dp = 1","source":""},{"label":"default tp","mathml":"<math display=\"block\"><mrow><mi>defaulttp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default tp = 1","source":""},{"label":"default pp","mathml":"<math display=\"block\"><mrow><mi>defaultpp</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"default pp = 1","source":""},{"label":"precision=fp32: bytes_per_param","mathml":"<math display=\"block\"><mrow><mi>precision=fp32:bytes_per_param</mi><mo>=</mo><mn>4</mn></mrow></math>","text":"precision=fp32: bytes_per_param = 4","source":""},{"label":"precision=fp16: bytes_per_param","mathml":"<math display=\"block\"><mrow><mi>precision=fp16:bytes_per_param</mi><mo>=</mo><mn>2</mn></mrow></math>","text":"precision=fp16: bytes_per_param = 2","source":""},{"label":"sharding=fsdp: shard","mathml":"<math display=\"block\"><mrow><mi>sharding=fsdp:shard</mi><mo>=</mo><mn>1</mn></mrow></math>","text":"sharding=fsdp: shard = 1","source":""},{"label":"sharding=none: shard","mathml":"<math display=\"block\"><mrow><mi>sharding=none:shard</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"sharding=none: shard = 0","source":""}],"mode":"train","assumptions":["training memory = 4 x model memory (weights 1x, gradients 1x, Adam 2x); activations have no term of their own (calculate_min_gpus says its 4x includes them)","fp16 halves everything (2 bytes per parameter for weights, gradients and Adam states alike)","FSDP divides all of it by the number of GPUs; DDP keeps it all on every GPU; no tensor or pipeline parallelism","a GPU offers 80 % of gpu_memory_gb; GB = 2**30 bytes (the guide divides by 1024**3)","nothing else - no CUDA context, NCCL or allocator reserve, no logits, no optimizer-step temporaries, no DDP buckets"],"shown":["dp","tp","pp"],"layout":{"axes":[{"role":"data","symbol":"dp","values":[],"keep":false,"stage":"","stages":0},{"role":"tensor","symbol":"tp","values":[1],"keep":false,"stage":"","stages":0},{"role":"pipeline","symbol":"pp","values":[1],"keep":false,"stage":"","stages":0}],"constraints":[]},"limits":[{"name":"params","at_most":null,"note":""}],"reports":[],"views":[],"program_meta":[{"i":["params","memory_nominal","gpu_memory_gb","utilization","bytes_per_param","activation_gb","shard","dp","tp","pp"],"o":["@d:world_size","@d:shards","@q:weights","@q:gradients","@q:optimizer_states","@q:activations","@q:","@d:model_memory","@d:capacity","@p:training"],"c":null},{"i":[],"o":["memory_nominal"],"c":"8589934592"},{"i":["memory_nominal"],"o":["gpu_memory_gb"],"c":null},{"i":[],"o":["utilization"],"c":"4/5"},{"i":[],"o":["activation_gb"],"c":"0"},{"i":[],"o":["dp"],"c":"1"},{"i":[],"o":["tp"],"c":"1"},{"i":[],"o":["pp"],"c":"1"},{"i":[],"o":["bytes_per_param"],"c":"4"},{"i":[],"o":["bytes_per_param"],"c":"2"},{"i":[],"o":["shard"],"c":"1"},{"i":[],"o":["shard"],"c":"0"},{"i":[],"o":["weights","gradients","optimizer_states","activations"],"c":null}]},
function ({_Z, _Q, _add, _mul, _pow, _powq, _inv, _mod, _lt, _le, _gt, _ge, _eq, _ne, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9) {
  let v10 = _mul(v7, v9, v8);
  let v11 = (_eq(v6, _Z(1n)) ? v10 : _Z(1n));
  let v12 = _mul(v4, v0, _inv(_pow(v11, 1)));
  let v13 = _mul(v4, v0, _inv(_pow(v11, 1)));
  let v14 = _mul(_Z(2n), v4, v0, _inv(_pow(v11, 1)));
  let v15 = _mul(_Z(1073741824n), v5);
  let v16 = _add(v15, v13, v14, v12);
  let v17 = _mul(v4, v0);
  let v18 = _mul(_Z(1073741824n), v2, v3);
  let v19 = _add(v15, v13, v14, v12);
  return [v10, v11, v12, v13, v14, v15, v16, v17, v18, v19];
},
null,
function plan(v0) {
  let v1 = _mul(_Q(1n, 1073741824n), v0);
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
function plan() {
  let v0 = _Z(1n);
  let v1 = _Z(1n);
  let v2 = _Z(1n);
  let v3 = _Z(1n);
  return [v0, v1, v2, v3];
}
];
},
function ({_F, _inv, _mod, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9) {
  let v10 = (v7 * v9 * v8);
  let v11 = ((v6 === (1.0)) ? v10 : (1.0));
  let v12 = (v4 * v0 * _inv(v11 ** 1));
  let v13 = (v4 * v0 * _inv(v11 ** 1));
  let v14 = ((2.0) * v4 * v0 * _inv(v11 ** 1));
  let v15 = ((1073741824.0) * v5);
  let v16 = (v15 + v13 + v14 + v12);
  let v17 = (v4 * v0);
  let v18 = ((1073741824.0) * v2 * v3);
  let v19 = (v15 + v13 + v14 + v12);
  return [v10, v11, v12, v13, v14, v15, v16, v17, v18, v19];
},
null,
function plan(v0) {
  let v1 = (_F(1, 1073741824) * v0);
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
function plan() {
  let v0 = (1.0);
  let v1 = (1.0);
  let v2 = (1.0);
  let v3 = (1.0);
  return [v0, v1, v2, v3];
}
];
});
