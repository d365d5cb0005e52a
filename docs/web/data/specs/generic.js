ENGINE.define({"name":"generic","kind":"architecture","path":"specs/generic.yaml","description":"Any model, known by its parameter count; layers, width and vocabulary are optional and only feed the activation and logit rules.","abstract":false,"symbols":[{"name":"params","domain":"positive_integer","latex":"P","description":"Parameter count (e.g. --set params=7e9)","flag":false,"provider":"","default":{"text":"7e9","at":"specs/generic.yaml:15:14","key":"specs/generic.yaml:15:5"},"key":"specs/generic.yaml:11:3"},{"name":"num_layers","domain":"nonnegative_integer","latex":"L","description":"Transformer layers (0 = unknown, no activation term)","flag":false,"provider":"","default":{"text":"0","at":"specs/generic.yaml:20:14","key":"specs/generic.yaml:20:5"},"key":"specs/generic.yaml:16:3"},{"name":"hidden_size","domain":"nonnegative_integer","latex":"d","description":"Model width (0 = unknown, no activation term)","flag":false,"provider":"","default":{"text":"0","at":"specs/generic.yaml:25:14","key":"specs/generic.yaml:25:5"},"key":"specs/generic.yaml:21:3"},{"name":"vocab_size","domain":"nonnegative_integer","latex":"V","description":"Vocabulary size (0 = unknown, no logit term)","flag":false,"provider":"","default":{"text":"0","at":"specs/generic.yaml:30:14","key":"specs/generic.yaml:30:5"},"key":"specs/generic.yaml:26:3"},{"name":"max_position_embeddings","domain":"positive_integer","latex":"n_{ctx}","description":"Context length","flag":false,"provider":"","default":{"text":"2048","at":"specs/generic.yaml:34:14","key":"specs/generic.yaml:34:5"},"key":"specs/generic.yaml:31:3"}],"presets":[],"default_preset":null,"default_rules":null,"total":{"name":"total_params","key":"","slot":"@q:"},"parts":[["model","model","@q:model",[],false]],"derived":{},"phases":{},"block":{},"where":{"":"specs/generic.yaml:36:1","model":"specs/generic.yaml:38:11"},"options":[],"linears":[],"lora_targets":[],"hf":null,"programs":{"main":0,"defaults":{"params":1,"num_layers":2,"hidden_size":3,"vocab_size":4,"max_position_embeddings":5},"choices":{},"weights":{},"linears":null,"conditions":{}},"formulas":[{"label":"total_params","mathml":"<math display=\"block\"><mrow><mi>total_params</mi><mo>=</mo><mi>model</mi></mrow></math>","text":"total_params = model","source":""},{"label":"total_params (in symbols)","mathml":"<math display=\"block\"><mrow><mi>total_params</mi><mo>=</mo><mi>P</mi></mrow></math>","text":"total_params (in symbols) = params","source":""},{"label":"model","mathml":"<math display=\"block\"><mrow><mi>model</mi><mo>=</mo><mi>P</mi></mrow></math>","text":"model = params","source":""},{"label":"default params","mathml":"<math display=\"block\"><mrow><mi>defaultparams</mi><mo>=</mo><mn>7000000000</mn></mrow></math>","text":"default params = 7000000000","source":""},{"label":"default num_layers","mathml":"<math display=\"block\"><mrow><mi>defaultnum_layers</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default num_layers = 0","source":""},{"label":"default hidden_size","mathml":"<math display=\"block\"><mrow><mi>defaulthidden_size</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default hidden_size = 0","source":""},{"label":"default vocab_size","mathml":"<math display=\"block\"><mrow><mi>defaultvocab_size</mi><mo>=</mo><mn>0</mn></mrow></math>","text":"default vocab_size = 0","source":""},{"label":"default max_position_embeddings","mathml":"<math display=\"block\"><mrow><mi>defaultmax_position_embeddings</mi><mo>=</mo><mn>2048</mn></mrow></math>","text":"default max_position_embeddings = 2048","source":""}],"program_meta":[{"i":["params","num_layers","hidden_size","vocab_size","max_position_embeddings"],"o":["@q:model","@q:"],"c":null},{"i":[],"o":["params"],"c":"7000000000"},{"i":[],"o":["num_layers"],"c":"0"},{"i":[],"o":["hidden_size"],"c":"0"},{"i":[],"o":["vocab_size"],"c":"0"},{"i":[],"o":["max_position_embeddings"],"c":"2048"}]},
function ({_Z, _Q, _add, _mul, _pow, _powq, _inv, _mod, _lt, _le, _gt, _ge, _eq, _ne, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4) {
  let v5 = v0;
  let v6 = v5;
  return [v5, v6];
},
null,
null,
null,
null,
null
];
},
function ({_F, _inv, _mod, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0, v1, v2, v3, v4) {
  let v5 = v0;
  let v6 = v5;
  return [v5, v6];
},
null,
null,
null,
null,
null
];
});
