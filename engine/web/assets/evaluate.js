// Evaluation in the browser, a port of engine/evaluate (assign.py, evaluator.py, params.py, linears.py,
// question.py, views.py, memory.py): every symbol's value and origin, the plan's quantities exactly, a
// question (model, rules, GPU, options and their default_when situations) bound as a setup, and its
// memory per GPU at a layout (every pipeline stage, every view). Same order of work and same messages as
// the command line, so that a wrong value reads the same in both.
(function (root) {
  "use strict";
  const R = root.Rational;
  const E = root.ENGINE;
  const { SpecError, UsageError, PlanError } = E;

  const dict = () => Object.create(null);
  const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

  // ---- domains (engine.spec.types.DOMAINS) ----

  const zero = R.int(0);
  const one = R.int(1);
  const DOMAINS = {
    positive_integer: ["a positive integer", (v) => R.isInteger(v) && R.gt(v, zero)],
    nonnegative_integer: ["an integer >= 0", (v) => R.isInteger(v) && R.ge(v, zero)],
    flag: ["0 or 1", (v) => R.eq(v, zero) || R.eq(v, one)],
    positive: ["a number > 0", (v) => R.gt(v, zero)],
    nonnegative: ["a number >= 0", (v) => R.ge(v, zero)],
    fraction: ["a number in (0, 1]", (v) => R.gt(v, zero) && R.le(v, one)],
  };

  function label(origin) {
    if (origin.kind === "choice") return `${origin.source}=${origin.choice}`;
    return origin.kind === "bound" ? origin.source : origin.kind;
  }

  function normal(v) {
    // a Fraction with denominator 1 becomes an int (checked() and exact())
    return v.f && v.d === 1n ? new R.Q(v.n, 1n, false) : v;
  }

  function checked(plan, name, value, where, context) {
    const [text, accepts] = DOMAINS[plan.symbolMap[name].domain];
    context = context || "";
    if (!accepts(value)) throw SpecError(`'${name}' must be ${text}, got ${E.showNumber(value)}${context}`, where);
    if (R.gt(R.abs(value), E.MAX_MAGNITUDE)) {
      throw SpecError(
        `'${name}' = ${E.showNumber(value)} is larger than any real configuration (limit 1e30)${context}`,
        where,
      );
    }
    return normal(value);
  }

  // ---- dependency order (engine.spec.graph.toposort) ----

  function toposort(keys, deps, where) {
    const state = new Map();
    const order = [];
    for (const root of keys) {
      if (state.get(root) === 2) continue;
      const path = [root];
      const pending = [deps(root)[Symbol.iterator]()];
      state.set(root, 1);
      while (pending.length) {
        const next = pending[pending.length - 1].next();
        if (next.done) {
          pending.pop();
          const done = path.pop();
          state.set(done, 2);
          order.push(done);
        } else if (state.get(next.value) === 1) {
          const dep = next.value;
          const cycle = [...path.slice(path.indexOf(dep)), dep];
          throw SpecError("dependency cycle: " + cycle.join(" -> "), where(cycle[0]));
        } else if (state.get(next.value) !== 2) {
          state.set(next.value, 1);
          path.push(next.value);
          pending.push(deps(next.value)[Symbol.iterator]());
        }
      }
    }
    return order;
  }

  // ---- assign (engine.evaluate.assign) ----

  function option(plan, name) {
    return plan.options.find((o) => o.name === name) || null;
  }

  function picked(plan, choices) {
    const out = dict();
    for (const opt of plan.options) {
      const name = has(choices, opt.name) ? choices[opt.name] : opt.default;
      const choice = opt.choices.find((c) => c.name === name);
      if (!choice) continue;
      const programs = plan.choices[opt.name][choice.name];
      for (const [key, text] of Object.entries(choice.values)) {
        out[key] = [programs[key], text, { kind: "choice", source: opt.name, choice: choice.name }];
      }
    }
    return out;
  }

  function fill(plan, values, origins, chosen) {
    const pending = dict();
    for (const [key, program] of Object.entries(plan.defaults)) {
      pending[key] = [program, plan.symbolMap[key].default, { kind: "default" }];
    }
    for (const [key, item] of Object.entries(chosen)) pending[key] = item;
    for (const key of Object.keys(pending)) if (has(values, key)) delete pending[key];
    const uses = dict();
    for (const [key, [program]] of Object.entries(pending)) {
      uses[key] = program.inputs.filter((n) => has(pending, n)).sort();
    }
    const order = toposort(Object.keys(pending), (k) => uses[k], (k) => pending[k][1].at);
    for (const key of order) {
      const [program, text, origin] = pending[key];
      const missing = program.inputs.filter((n) => !has(values, n)).sort();
      if (missing.length) throw SpecError(`the value of '${key}' needs '${missing[0]}', which has no value`, text.at);
      const context = ` (its ${label(origin)} ${text.text})`;
      let value;
      try {
        value = E.runOne(program, values);
      } catch (exc) {
        if (!(exc instanceof PlanError)) throw exc;
        const domain = DOMAINS[plan.symbolMap[key].domain][0];
        throw SpecError(`'${key}' must be ${domain}, got a division by zero${context}`, text.at);
      }
      if (typeof value === "boolean") value = R.int(value ? 1 : 0);
      values[key] = checked(plan, key, value, text.at, context);
      origins[key] = origin;
    }
  }

  // given: [[name, {value, at, key}, origin], ...] (a preset's or a config file's values, in order)
  function assign(plan, preset, bound, choices, config) {
    const name = preset !== null || config ? preset : plan.default_preset;
    const given = new Map();
    if (name !== null && name !== undefined) {
      const chosen = plan.presets.find((p) => p.name === name);
      if (!chosen) {
        const names = plan.presets.map((p) => p.name);
        throw SpecError(
          `spec '${plan.name}' has no preset '${name}'${E.didYouMean(name, names)}; presets: ${names.join(", ") || "none"}`,
        );
      }
      for (const [k, v] of Object.entries(chosen.values)) given.set(k, [v, { kind: "preset" }]);
    }
    if (config) for (const [k, v] of config.values) given.set(k, [v, { kind: "config" }]);
    for (const [key, [text]] of given) {
      if (!plan.symbolMap[key]) throw SpecError(E.unknown("symbol", key, plan.symbols.map((s) => s.name)), text.key);
    }
    const values = dict();
    const origins = dict();
    for (const [key, [text, origin]] of given) {
      values[key] = checked(plan, key, text.q || R.parse(text.value), text.at);
      origins[key] = origin;
    }
    const chosen = picked(plan, choices || {});
    for (const [key, [value, origin]] of bound || []) {
      if (plan.symbolMap[key] && !has(values, key) && !has(chosen, key)) {
        values[key] = checked(plan, key, value, plan.symbolMap[key].key, ` (${label(origin)})`);
        origins[key] = origin;
      }
    }
    fill(plan, values, origins, chosen);
    for (const symbol of plan.symbols) {
      if (!has(values, symbol.name)) {
        const by = name ? `preset '${name}'` : config ? config.path : "";
        throw SpecError(
          `no value for '${symbol.name}': it has no default and ` +
            (by ? `${by} does not set it` : "no preset is chosen") +
            `; give one with --set ${symbol.name}=VALUE`,
          symbol.key,
        );
      }
    }
    const ordered = dict();
    const originsOut = dict();
    for (const s of plan.symbols) {
      ordered[s.name] = values[s.name];
      originsOut[s.name] = origins[s.name];
    }
    return { preset: name === undefined ? null : name, values: ordered, origins: originsOut, config: config ? config.path : null };
  }

  // ---- the one evaluator (engine.evaluate.evaluator) ----

  function contribution(env, part) {
    let value = env[part[2]];
    for (const slot of part[3]) value = R.mul(value, env[slot]);
    return value;
  }

  function exact(v) {
    if (typeof v === "boolean") return R.int(v ? 1 : 0);
    if (!(v instanceof R.Q)) throw new TypeError("not an exact number");
    return normal(v);
  }

  function evaluate(plan, values, check) {
    let env;
    try {
      env = E.run(plan.main, values);
    } catch (exc) {
      if (!(exc instanceof PlanError)) throw exc;
      throw symbolicFailure(plan, values, exc);
    }
    const pick = (slots) => {
      const out = dict();
      for (const [k, slot] of Object.entries(slots)) out[k] = exact(env[slot]);
      return out;
    };
    const parts = dict();
    for (const p of plan.parts) parts[p[0]] = exact(contribution(env, p));
    const numbers = {
      parts,
      total: exact(env[plan.total.slot]),
      derived: pick(plan.derived),
      phases: pick(plan.phases),
      block: pick(plan.block),
      env,
    };
    located(plan, numbers, check); // the checks of engine.build.explain, in its order
    return numbers;
  }

  function located(plan, numbers, check) {
    const one = (key, value, whole, nonnegative) => {
      const where = plan.where[key];
      if (R.gt(R.abs(value), E.MAX_RESULT)) {
        throw SpecError(`'${key}' = ${E.showNumber(value)} for these values; no model or GPU is that large`, where);
      }
      if (whole && !R.isInteger(value)) {
        throw SpecError(`'${key}' = ${E.showNumber(value)} is not a whole number of parameters`, where);
      }
      if (nonnegative && R.lt(value, zero)) {
        throw SpecError(`'${key}' is negative (${R.str(value)} bytes) for these values`, where);
      }
    };
    const leavesFirst = [...plan.parts.filter((p) => !p[4]), ...plan.parts.filter((p) => p[4])];
    for (const p of leavesFirst) one(p[0], numbers.parts[p[0]], check.whole, check.nonnegative);
    one(plan.total.key, numbers.total, check.whole, false);
    for (const [k, v] of Object.entries(numbers.derived)) one(k, v, check.whole, false);
    for (const [k, v] of Object.entries(numbers.phases)) one(k, v, false, check.nonnegative);
    for (const [k, v] of Object.entries(numbers.block)) one(k, v, false, false);
  }

  function symbolicFailure(plan, values, exc) {
    // engine.build.explain: the first quantity (leaves first, then the total, derived values, phases and
    // block values) whose value divides by zero, found by running the plan on poisoned helpers
    const main = plan.poisoned();
    const env = main(...plan.main.inputs.map((name) => values[name]));
    const slots = Object.create(null);
    plan.main.outputs.forEach((name, i) => {
      slots[name] = env[i];
    });
    const poisoned = (part) => [part[2], ...part[3]].some((slot) => slots[slot] === E.POISON);
    const leavesFirst = [...plan.parts.filter((p) => !p[4]), ...plan.parts.filter((p) => p[4])];
    const culprit =
      leavesFirst.find(poisoned)?.[0] ??
      (slots[plan.total.slot] === E.POISON ? plan.total.key : undefined) ??
      [plan.derived, plan.phases, plan.block]
        .flatMap((group) => Object.entries(group))
        .find(([, slot]) => slots[slot] === E.POISON)?.[0];
    if (culprit === undefined) {
      return SpecError(`the '${plan.name}' spec does not reduce to a number for these values (${exc.message})`);
    }
    return SpecError(`'${culprit}' divides by zero`, plan.where[culprit]);
  }

  // Python's bool() and int() of a condition's value (a boolean, or an exact number)
  const truth = (v) => (v instanceof R.Q ? v.n !== 0n : Boolean(v));
  const pyInt = (v) => {
    if (!(v instanceof R.Q)) return v ? 1 : 0;
    return Number(R.str(v.n < 0n ? R.ceil(v) : R.floor(v)));
  };

  function condition(plan, name, values) {
    const program = plan.conditions[name];
    try {
      return E.run(program, values)[program.outputs[0]];
    } catch (exc) {
      if (!(exc instanceof PlanError)) throw exc;
      throw SpecError(`the rules' condition '${name.split(":").slice(1).join(":")}' cannot be evaluated here (${exc.message})`);
    }
  }

  function count(plan, assignment) {
    const found = evaluate(plan, assignment.values, { whole: true });
    return { plan, assignment, total: found.total, parts: found.parts, derived: found.derived, block: found.block };
  }

  // ---- linear layers (engine.evaluate.linears) ----

  function linears(arch) {
    const program = arch.plan.linearsProgram;
    if (!program) return [];
    const found = E.run(program, arch.assignment.values);
    return arch.plan.linears.map((x) => ({
      name: x.name,
      inputs: found[`${x.name}/in`],
      outputs: found[`${x.name}/out`],
      count: found[`${x.name}/count`],
      output: x.output,
    }));
  }

  const sum = (xs) => xs.reduce(R.add, zero);

  function select(layers, targets) {
    if (targets.length === 1 && targets[0] === "all-linear") return layers.filter((x) => !x.output);
    const chosen = [];
    for (const target of targets) {
      const matched = layers.filter((x) => x.name === target || x.name.endsWith("." + target));
      if (!matched.length) {
        const names = [...layers.map((x) => x.name), ...layers.map((x) => x.name.split(".").pop()), "all-linear"];
        const known = [...layers.map((x) => x.name), "all-linear"].join(", ");
        throw SpecError(`no linear layer '${target}'${E.didYouMean(target, names)}; this model has: ${known}`);
      }
      for (const x of matched) if (!chosen.includes(x)) chosen.push(x);
    }
    return chosen;
  }

  function linearParams(layers) {
    // weights a quantizer replaces: every linear but the output layer
    return sum(layers.filter((x) => !x.output).map((x) => R.mul(R.mul(x.inputs, x.outputs), x.count)));
  }

  const PROVIDED = {
    "linears.weights": (arch) => (arch.plan.linearsProgram ? [linearParams(linears(arch)), ""] : null),
    "linears.lora": (arch, setup) => {
      const chosen = setup.targets.length ? setup.targets : arch.plan.lora_targets;
      if (!arch.plan.linearsProgram || !chosen.length) return null;
      const layers = select(linears(arch), chosen);
      return [sum(layers.map((x) => R.mul(x.count, R.add(x.inputs, x.outputs)))), " " + chosen.join(",")];
    },
    // the linears a quantized checkpoint keeps in 16 bits (--keep-16bit)
    "linears.unquantized": (arch, setup) => {
      const kept = setup.unquantized;
      if (!arch.plan.linearsProgram || !kept.length) return null;
      return [linearParams(select(linears(arch), kept)), " " + kept.join(",")];
    },
  };

  // ---- a question (engine.evaluate.question) ----

  function setupLabel(setup) {
    const preset = setup.arch.assignment.preset;
    return setup.arch.plan.name + (preset ? ` ${preset}` : "");
  }

  function optionChoices(rules, chosenIn) {
    const chosen = dict();
    for (const [name, value] of Object.entries(chosenIn)) {
      if (value === null || value === undefined) continue;
      const opt = option(rules, name);
      if (!opt) {
        const names = rules.options.map((o) => o.name);
        throw SpecError(`rules '${rules.name}' have no option '${name}'${E.didYouMean(name, names)}`);
      }
      if (!opt.choices.some((c) => c.name === value)) {
        const names = opt.choices.map((c) => c.name);
        throw SpecError(`unknown ${name} '${value}'${E.didYouMean(value, names)}; choices: ` + names.join(", "));
      }
      chosen[name] = value;
    }
    const out = dict();
    for (const o of rules.options) out[o.name] = has(chosen, o.name) ? chosen[o.name] : o.default;
    return out;
  }

  function loadSetup({ arch, preset, config, rules, hardware, choices, targets, view, unquantized }) {
    const archCount = count(arch, assign(arch, config ? null : preset, null, null, config));
    const given = choices || {};
    const picked = new Set(Object.keys(given).filter((k) => given[k] !== null && given[k] !== undefined));
    const chosen = situational(rules, optionChoices(rules, given), picked, dict());
    if (view) deciding(rules, view); // an unknown view is an error here, with the views there are
    const kept = unquantized || [];
    if (kept.length && arch.linearsProgram) select(linears(archCount), kept); // an unknown module: did you mean
    return {
      arch: archCount,
      rules,
      hardware,
      choices: chosen,
      fixed: dict(),
      targets: targets || [],
      picked,
      view: view || null,
      unquantized: kept,
    };
  }

  function withValues(setup, values) {
    const fixed = Object.assign(dict(), setup.fixed);
    for (const [k, v] of Object.entries(values)) fixed[k] = v;
    return { ...setup, fixed, choices: situational(setup.rules, setup.choices, setup.picked, fixed) };
  }

  function situational(rules, choices, picked, fixed) {
    // each option the user did not pick: its first default_when that holds at the layout's degrees in
    // `fixed` (a degree not given is 1), else its default
    const out = Object.assign(dict(), choices);
    const degrees = dict();
    for (const a of rules.layout ? rules.layout.axes : []) degrees[a.symbol] = has(fixed, a.symbol) ? fixed[a.symbol] : one;
    for (const opt of rules.options) {
      if (picked.has(opt.name) || !opt.situations.length) continue;
      const held = opt.situations.find((s, i) => truth(condition(rules, `default:${opt.name}:${i}`, degrees)));
      out[opt.name] = held ? held.choice : opt.default;
    }
    return out;
  }

  function notes(setup) {
    // why a default differs from the option's usual one: 'sharding=zero1 by default when pp > 1: ...'
    const out = [];
    for (const opt of setup.rules.options) {
      const chosen = setup.choices[opt.name];
      if (setup.picked.has(opt.name) || chosen === opt.default) continue;
      const why = opt.situations.find((s) => s.choice === chosen);
      if (why) out.push(`${opt.name}=${chosen} by default when ${why.condition}: ${why.why}`);
    }
    return out;
  }

  function fix(setup, values, index) {
    for (const name of Object.keys(values)) {
      if (!setup.rules.symbolMap[name]) {
        const users = index.rules.filter((r) => r.flags.some((f) => f.name === name) && r.mode);
        const where = users.length ? ` (it applies to --mode ${users[0].mode})` : "";
        const flag = "--" + name.replace(/_/g, "-");
        throw SpecError(`${flag} does not apply to the '${setup.rules.name}' rules (${setup.rules.mode || ""})${where}`);
      }
    }
    return withValues(setup, values);
  }

  function boundValues(setup) {
    const arch = setup.arch;
    const origin = { kind: "bound", source: setupLabel(setup) };
    const out = new Map();
    for (const [k, v] of Object.entries(arch.assignment.values)) out.set(k, [v, origin]);
    out.set(arch.plan.total.name, [arch.total, origin]);
    for (const [k, v] of Object.entries(arch.parts)) if (!k.includes("/")) out.set(k, [v, origin]);
    for (const [k, v] of Object.entries(arch.derived)) out.set(k, [v, origin]);
    for (const [k, v] of Object.entries(arch.block)) out.set(k, [v, origin]);
    for (const [k, v] of Object.entries(setup.hardware.facts)) out.set(k, [v, { kind: "bound", source: setup.hardware.name }]);
    for (const symbol of setup.rules.symbols) {
      if (symbol.provider) {
        const found = PROVIDED[symbol.provider](arch, setup);
        if (found) out.set(symbol.name, [found[0], { kind: "bound", source: setupLabel(setup) + found[1] }]);
      }
    }
    return out;
  }

  // ---- views of the phases (engine.evaluate.views) ----

  function leavesUnder(plan) {
    const leaves = plan.parts.filter((p) => !p[4]).map((p) => p[0]);
    const out = dict();
    for (const p of plan.parts) out[p[0]] = p[4] ? leaves.filter((k) => k.startsWith(p[0] + "/")) : [p[0]];
    return out;
  }

  function minusParts(plan, view) {
    // the leaves `view` leaves out (a group named in `minus` leaves out all of its leaves)
    if (!view || !view.minus.length) return [];
    const under = leavesUnder(plan);
    const keys = [...new Set(view.minus.flatMap((path) => (has(under, path) ? under[path] : [])))].sort();
    return keys.map((key) => plan.parts.find((p) => p[0] === key)).filter((p) => p !== undefined);
  }

  function phaseWeights(plan, values, backend) {
    // how much of each leaf is alive in each phase, at `values`
    const out = dict();
    for (const [phase, program] of Object.entries(plan.weights)) out[phase] = E.run(program, values, backend);
    return out;
  }

  function viewPhases(plan, view, env, weights, exact) {
    // each phase of `view` from the main program's values `env`
    const minus = minusParts(plan, view);
    const out = dict();
    for (const [phase, slot] of Object.entries(plan.phases)) {
      let value = env[slot];
      const alive = has(weights, phase) ? weights[phase] : dict();
      for (const part of minus) {
        if (!has(alive, part[0])) continue;
        value = exact
          ? R.sub(value, R.mul(alive[part[0]], contribution(env, part)))
          : value - alive[part[0]] * floatContribution(env, part);
      }
      out[phase] = value;
    }
    return out;
  }

  function floatContribution(env, part) {
    let value = env[part[2]];
    for (const slot of part[3]) value = value * env[slot];
    return value;
  }

  function viewCapacity(plan, view, env, values, fallback) {
    // what `view` is compared with: its capacity (a derived quantity or a symbol), else the rules'
    // capacity quantity, else `fallback` (the GPU's usable memory)
    const name = view && view.capacity ? view.capacity : CAPACITY;
    if (has(plan.derived, name)) return env[plan.derived[name]];
    if (has(values, name)) return values[name];
    return fallback;
  }

  function deciding(plan, chosen) {
    // the views that decide the fit: the one the user chose, else those marked `decides` (none: [null])
    const views = plan.views || [];
    if (chosen) {
      const found = views.find((v) => v.name === chosen);
      if (!found) {
        const names = views.map((v) => v.name);
        if (!names.length) throw UsageError(`--view ${chosen}: the '${plan.name}' rules define no views`);
        throw UsageError(`unknown view '${chosen}'${E.didYouMean(chosen, names)}; views: ` + names.join(", "));
      }
      return [found];
    }
    const marked = views.filter((v) => v.decides);
    return marked.length ? marked : [null];
  }

  // ---- memory per GPU (engine.evaluate.memory) ----

  const CAPACITY = "capacity";

  function assignRules(setup) {
    const bound = boundValues(setup);
    for (const [k, v] of Object.entries(setup.fixed)) bound.set(k, [v, { kind: "layout" }]);
    return assign(setup.rules, null, bound, setup.choices, null);
  }

  function firstMax(entries) {
    let best = null;
    for (const entry of entries) if (best === null || R.gt(entry[1], best[1])) best = entry;
    return best;
  }

  function firstMin(entries) {
    let best = null;
    for (const entry of entries) if (best === null || R.lt(entry[1], best[1])) best = entry;
    return best;
  }

  function stagePoints(setup, values) {
    // [the stage symbol, the pipeline stages to evaluate at `values`], or null when the rules have no
    // stages or the stage is fixed
    const layout = setup.rules.layout;
    const ax = layout ? layout.axes.find((a) => a.role === "pipeline") : undefined;
    if (!ax || !ax.stage || has(setup.fixed, ax.stage)) return null;
    const degree = pyInt(values[ax.symbol]);
    const found = new Set();
    for (let i = 0; i < ax.stages; i++) found.add(pyInt(condition(setup.rules, `stage:pipeline:${i}`, values)));
    const stages = [...found].filter((s) => s >= 0 && s < degree).sort((a, b) => a - b);
    return [ax.stage, stages.length ? stages : [0]];
  }

  function evaluateMemory(setup, assignment) {
    // every term and phase in exact bytes at the layout in setup.fixed; with pipeline stages, the
    // numbers of the most loaded stage, and every stage's peak
    const values = assignment || assignRules(setup);
    const points = assignment ? null : stagePoints(setup, values.values);
    if (points === null) return evaluateOne(setup, values);
    const [symbol, stages] = points;
    if (stages.length === 1 && has(values.values, symbol) && pyInt(values.values[symbol]) === stages[0]) {
      // one stage, the one assigned already (pp = 1): evaluated once, as engine/evaluate/memory.py does
      const only = evaluateOne(setup, values);
      return { ...only, stage: stages[0], stagePeaks: [[stages[0], only.perGpu]] };
    }
    const results = new Map(stages.map((s) => [s, evaluateOne(withValues(setup, { [symbol]: R.int(s) }))]));
    const [binding] = firstMax(stages.map((s) => [s, results.get(s).perGpu]));
    const stagePeaks = stages.map((s) => [s, results.get(s).perGpu]);
    return { ...results.get(binding), stage: binding, stagePeaks };
  }

  function evaluateOne(setup, values) {
    values = values || assignRules(setup);
    const rules = setup.rules;
    const numbers = evaluate(rules, values.values, { nonnegative: true });
    const weights = phaseWeights(rules, values.values);
    const fallback = capacity(setup, numbers);
    const chosen = deciding(rules, setup.view);
    const counted = new Map();
    const views = [];
    for (const view of [...(rules.views || []), ...(chosen[0] === null ? [null] : [])]) {
      const leftOut = minusParts(rules, view);
      const phases = dict();
      for (const [k, v] of Object.entries(numbers.phases)) {
        const w = weights[k];
        phases[k] = R.sub(v, sum(leftOut.map((p) => R.mul(has(w, p[0]) ? w[p[0]] : zero, numbers.parts[p[0]]))));
      }
      const name = view && view.capacity ? view.capacity : CAPACITY;
      const cap = has(numbers.derived, name) ? numbers.derived[name] : has(values.values, name) ? values.values[name] : fallback;
      counted.set(view ? view.name : null, [phases, cap]);
      if (view) {
        const [top, peak] = firstMax(Object.entries(phases));
        views.push([view.name, { peak, phase: top, capacity: cap, decides: chosen.includes(view), fits: R.le(peak, cap) }]);
      }
    }
    const room = (view) => {
      const [phases, cap] = counted.get(view ? view.name : null);
      return R.sub(cap, firstMax(Object.entries(phases))[1]);
    };
    const binding = firstMin(chosen.map((v) => [v, room(v)]))[0]; // of the deciding views, the least room
    const [phases, cap] = counted.get(binding ? binding.name : null);
    const [peak, perGpu] = firstMax(Object.entries(phases));
    const leftOutKeys = new Set(minusParts(rules, binding).map((p) => p[0]));
    const aliveWeights = weights[peak];
    const alive = dict();
    for (const [key, leaves] of Object.entries(leavesUnder(rules))) {
      const w = (leaf) => (has(aliveWeights, leaf) && !leftOutKeys.has(leaf) ? aliveWeights[leaf] : zero);
      alive[key] = sum(leaves.map((leaf) => R.mul(w(leaf), numbers.parts[leaf])));
    }
    const deciders = views.filter(([, v]) => v.decides);
    return {
      setup,
      assignment: values,
      terms: numbers.parts,
      phases,
      peak,
      alive,
      derived: numbers.derived,
      capacity: cap,
      perGpu,
      fits: deciders.length ? deciders.every(([, v]) => v.fits) : R.le(perGpu, cap),
      stage: null,
      stagePeaks: [],
      view: binding ? binding.name : null,
      views,
    };
  }

  function capacity(setup, numbers) {
    // bytes one GPU offers: the rules' own `capacity` quantity when they define one, else the GPU's usable memory
    if (!has(setup.rules.derived, CAPACITY)) return setup.hardware.capacity;
    return (numbers || evaluate(setup.rules, assignRules(setup).values, { nonnegative: true })).derived[CAPACITY];
  }

  function largestTerm(result) {
    return firstMax(Object.entries(result.alive).filter(([k]) => !k.includes("/")));
  }

  Object.assign(E, {
    DOMAINS, checked, toposort, assign, evaluate, condition, count, linears, select, loadSetup, withValues, fix,
    boundValues, assignRules, evaluateMemory, largestTerm, optionChoices, setupLabel, label, firstMax, firstMin, dict,
    has, truth, pyInt, situational, notes, stagePoints, deciding, minusParts, phaseWeights, viewPhases, viewCapacity,
    contribution, CAPACITY,
  });
})(typeof globalThis !== "undefined" ? globalThis : this);
