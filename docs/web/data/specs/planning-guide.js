ENGINE.define({"name":"planning-guide","kind":"architecture","path":"specs/planning-guide.yaml","description":"The planning guide's model, known only by its size (model_params_millions of calculate_min_gpus). engine solve uses the guide's own rules (rules/guide.yaml) unless --rules says otherwise.","abstract":false,"symbols":[{"name":"params_millions","domain":"positive","latex":"P_{M}","description":"model_params_millions of calculate_min_gpus - the parameter count in millions","flag":false,"provider":"","default":null,"key":"specs/planning-guide.yaml:14:3"}],"presets":[{"name":"guide-124m","description":"Small Model (124M parameters); print(calculate_min_gpus(124))","values":{"params_millions":{"text":"124","at":"specs/planning-guide.yaml:35:31","key":"specs/planning-guide.yaml:35:14","value":"124"}}},{"name":"guide-1.3b","description":"Medium Model (1.3B parameters); print(calculate_min_gpus(1300))","values":{"params_millions":{"text":"1300","at":"specs/planning-guide.yaml:39:31","key":"specs/planning-guide.yaml:39:14","value":"1300"}}},{"name":"guide-7b","description":"Large Model (7B parameters); print(calculate_min_gpus(7000))","values":{"params_millions":{"text":"7000","at":"specs/planning-guide.yaml:43:31","key":"specs/planning-guide.yaml:43:14","value":"7000"}}},{"name":"guide-70b","description":"Very Large Model (70B parameters)","values":{"params_millions":{"text":"70000","at":"specs/planning-guide.yaml:47:31","key":"specs/planning-guide.yaml:47:14","value":"70000"}}}],"default_preset":"guide-124m","default_rules":"guide","total":{"name":"params","key":"","slot":"@q:"},"parts":[["model","model","@q:model",[],false]],"derived":{},"phases":{},"block":{},"where":{"":"specs/planning-guide.yaml:20:1","model":"specs/planning-guide.yaml:22:11"},"options":[],"linears":[],"lora_targets":[],"hf":null,"programs":{"main":0,"defaults":{},"choices":{},"weights":{},"linears":null,"conditions":{}},"formulas":[{"label":"params","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mi>model</mi></mrow></math>","text":"params = model","source":""},{"label":"params (in symbols)","mathml":"<math display=\"block\"><mrow><mi>params</mi><mo>=</mo><mn>1000000</mn><msub><mi>P</mi><mi>M</mi></msub></mrow></math>","text":"params (in symbols) = 1000000*params_millions","source":""},{"label":"model","mathml":"<math display=\"block\"><mrow><mi>model</mi><mo>=</mo><mn>1000000</mn><msub><mi>P</mi><mi>M</mi></msub></mrow></math>","text":"model = 1000000*params_millions","source":"calculate_min_gpus: model_params_millions * 1e6 * bytes_per_param"}],"program_meta":[{"i":["params_millions"],"o":["@q:model","@q:"],"c":null}]},
function ({_Z, _Q, _add, _mul, _pow, _powq, _inv, _mod, _lt, _le, _gt, _ge, _eq, _ne, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0) {
  let v1 = _mul(_Z(1000000n), v0);
  let v2 = v1;
  return [v1, v2];
}
];
},
function ({_F, _inv, _mod, _ceil, _floor, _min, _max, _abs, _where, _and, _or, _not}) {
return [
function plan(v0) {
  let v1 = ((1000000.0) * v0);
  let v2 = v1;
  return [v1, v2];
}
];
});
