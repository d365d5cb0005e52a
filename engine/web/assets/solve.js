// The solver in the browser, a port of engine/solve (layouts.py, moving.py, search.py, limits.py,
// answer.py) and of the JSON of engine/render/memory.py: the fewest GPUs (float search settled exactly,
// the same layouts tried in the same order, every pipeline stage and deciding view fitting), the limits
// at a layout and their closed forms, and the command line's `--format json` object. The closed-form
// inequality needs sympy and is left to the command line.
(function (root) {
  "use strict";
  const R = root.Rational;
  const E = root.ENGINE;
  const { SpecError, PlanError, dict, has } = E;

  // ---- layouts (engine.solve.layouts) ----

  function layoutOf(setup) {
    const found = setup.rules.layout;
    if (!found) throw SpecError(`the '${setup.rules.name}' rules have no layout: section, so GPUs cannot be split`);
    return found;
  }

  function axis(setup, role) {
    const found = layoutOf(setup).axes.find((a) => a.role === role);
    if (!found) throw SpecError(`the '${setup.rules.name}' rules' layout has no ${role} axis`);
    return found;
  }

  function symbols(setup) {
    return ["data", "tensor", "pipeline"].map((r) => axis(setup, r).symbol);
  }

  function contextDegree(setup) {
    const found = layoutOf(setup).axes.find((a) => a.role === "context");
    const degree = found && has(setup.fixed, found.symbol) ? Number(R.str(R.floor(setup.fixed[found.symbol]))) : 1;
    return found && degree > 1 ? [found.symbol, degree] : null;
  }

  function layout(setup, dp, tp, pp) {
    const [d, t, p] = symbols(setup);
    const context = contextDegree(setup);
    const values = { [d]: dp, [t]: tp, [p]: pp };
    if (context) values[context[0]] = context[1];
    return { dp, tp, pp, gpus: dp * tp * pp * (context ? context[1] : 1), values };
  }

  function asValues(layoutValues) {
    const out = dict();
    for (const [k, v] of Object.entries(layoutValues)) out[k] = R.int(v);
    return out;
  }

  function layoutValues(setup) {
    const values = Object.assign(dict(), E.assignRules(setup).values);
    Object.assign(values, setup.arch.derived);
    return values;
  }

  function given(setup, names) {
    const arch = setup.arch;
    return names.every((n) => has(arch.assignment.values, n) || has(arch.derived, n));
  }

  function fillMessage(message, values) {
    return message.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (m, name) => (has(values, name) ? E.pyStr(values[name]) : m));
  }

  function sameChoices(a, b) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => has(b, k) && a[k] === b[k]);
  }

  function broken(setup, role, degree, values) {
    const found = layoutOf(setup);
    const symbol = axis(setup, role).symbol;
    const moved = E.withValues(setup, { [symbol]: R.int(degree) });
    if (!values || !sameChoices(moved.choices, setup.choices)) values = layoutValues(moved); // a default_when choice changes
    const at = Object.assign(dict(), values);
    at[symbol] = R.int(degree);
    for (const c of found.constraints) {
      if (c.symbol !== symbol || !given(setup, c.needs)) continue;
      if (!E.condition(setup.rules, `constraint:${c.name}`, at)) return fillMessage(c.message, at);
    }
    return null;
  }

  function searched(setup, role, values) {
    const ax = axis(setup, role);
    const out = [];
    for (const degree of ax.values.length ? ax.values : [1]) {
      const at = Object.assign(dict(), values);
      at[ax.symbol] = R.int(degree);
      if (ax.keep && !E.condition(setup.rules, `keep:${role}`, at)) continue;
      if (broken(setup, role, degree, values) === null) out.push(degree);
    }
    return out;
  }

  function check(setup, role, degree) {
    const message = broken(setup, role, degree);
    if (message === null) return degree;
    const symbol = axis(setup, role).symbol;
    const values = layoutValues(setup);
    const works = [];
    for (let d = 1; d < 65; d++) if (broken(setup, role, d, values) === null) works.push(d);
    const flag = "--" + symbol;
    throw SpecError(`${flag} ${degree} ${message}; try ${flag} ` + works.join(", "));
  }

  function candidates(setup, tp, pp) {
    const values = layoutValues(setup);
    const context = contextDegree(setup);
    if (context) check(setup, "context", context[1]);
    const tps = tp ? [check(setup, "tensor", tp)] : searched(setup, "tensor", values);
    const pps = pp ? [check(setup, "pipeline", pp)] : searched(setup, "pipeline", values);
    const out = [];
    for (const t of tps) for (const p of pps) out.push([t, p]);
    return out.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  }

  function dataDegree(setup, gpus, tp, pp) {
    if (gpus < 1 || tp < 1 || pp < 1) throw SpecError(`--gpus, --tp and --pp must be positive (got ${gpus}, ${tp}, ${pp})`);
    check(setup, "tensor", tp);
    check(setup, "pipeline", pp);
    const split = layout(setup, 1, tp, pp);
    const context = contextDegree(setup);
    if (context) check(setup, "context", context[1]);
    if (gpus % split.gpus) throw SpecError(`--gpus ${gpus} is not a multiple of tp x pp${context ? ` x ${context[0]}` : ""} = ${split.gpus}`);
    return Math.floor(gpus / split.gpus);
  }

  function expertStep(setup) {
    const found = layoutOf(setup).axes.find((a) => a.role === "expert");
    return found && has(setup.fixed, found.symbol) ? Number(R.str(R.floor(setup.fixed[found.symbol]))) : 1;
  }

  // ---- symbols that move with a variable (engine.solve.moving) ----

  function programOf(rules, name, origin) {
    // the program a symbol's value came from (a default or an option's choice), if any
    if (!origin) return null;
    if (origin.kind === "default") return rules.defaults[name] || null;
    if (origin.kind === "choice") {
      const programs = has(rules.choices, origin.source) ? rules.choices[origin.source][origin.choice] : undefined;
      return (programs && programs[name]) || null;
    }
    return null;
  }

  function dependencyOrder(rules, origins) {
    // symbols in an order where each computed one comes after what its program uses
    const names = rules.symbols.map((s) => s.name);
    const order = [];
    const done = new Set();
    const visit = (name, depth) => {
      if (done.has(name) || depth > names.length) return;
      const program = programOf(rules, name, origins[name]);
      for (const used of program ? [...program.inputs].sort() : []) visit(used, depth + 1);
      done.add(name);
      order.push(name);
    };
    for (const name of names) visit(name, 0);
    return order;
  }

  function movingPrograms(rules, origins, variables) {
    // [symbol, program] for each symbol computed from `variables` (nccl_bytes in dp), in the order to run them
    const out = [];
    const moving = new Set(variables);
    for (const name of dependencyOrder(rules, origins)) {
      if (moving.has(name)) continue;
      const program = programOf(rules, name, origins[name]);
      if (program && program.inputs.some((n) => moving.has(n))) {
        out.push([name, program]);
        moving.add(name);
      }
    }
    return out;
  }

  // ---- the search (engine.solve.search) ----

  const floatsOf = (values) => {
    const out = dict();
    for (const [k, v] of Object.entries(values)) out[k] = R.toNumber(v);
    return out;
  };

  class Probe {
    // the peak of `setup` as a function of one symbol: floats to search fast, exact arithmetic to settle;
    // every pipeline stage evaluated must fit, in every view that decides the fit
    constructor(setup, variable) {
      const rules = setup.rules;
      this.setup = setup;
      this.variable = variable;
      const assignment = E.assignRules(setup);
      this.exact = Object.assign(dict(), assignment.values);
      this.moving = movingPrograms(rules, assignment.origins, [variable]);
      this.program = rules.main;
      this.views = E.deciding(rules, setup.view);
      this.capacity = { true: setup.hardware.capacity, false: R.toNumber(setup.hardware.capacity) };
      const points = E.stagePoints(setup, this.exact);
      this.stages = points ? [...points[1]] : [null];
      // each stage's own assignment: symbols such as the stage's layers default to expressions in it
      this.bases = new Map([[null, this.exact]]);
      if (points) {
        const [symbol, stages] = points;
        this.bases = new Map(
          stages.map((s) => [s, Object.assign(dict(), E.assignRules(E.withValues(setup, { [symbol]: R.int(s) })).values)]),
        );
      }
      this.floats = new Map([...this.bases].map(([s, base]) => [s, floatsOf(base)]));
      const leftOut = this.views.some((v) => v !== null && v.minus.length);
      this.weights = new Map([...this.bases].map(([s, base]) => [s, leftOut ? E.phaseWeights(rules, base) : dict()]));
      this.floatWeights = new Map([...this.weights].map(([s, ws]) => [s, Object.fromEntries(Object.entries(ws).map(([p, w]) => [p, floatsOf(w)]))]));
    }

    env(x, exact, stage) {
      const values = Object.assign(dict(), (exact ? this.bases : this.floats).get(stage === undefined ? null : stage));
      values[this.variable] = exact ? R.int(x) : x;
      const backend = exact ? "js" : "js-float";
      for (const [name, program] of this.moving) values[name] = E.run(program, values, backend)[name];
      return E.run(this.program, values, backend);
    }

    counted(x, exact) {
      // [name, bytes, capacity] of every phase of every stage and deciding view at x
      const rules = this.setup.rules;
      const out = [];
      for (const stage of this.stages) {
        const env = this.env(x, exact, stage);
        const base = (exact ? this.bases : this.floats).get(stage);
        const weights = (exact ? this.weights : this.floatWeights).get(stage);
        for (const view of this.views) {
          const capacity = E.viewCapacity(rules, view, env, base, this.capacity[exact]);
          const phases = E.viewPhases(rules, view, env, weights, exact);
          const suffix = stage !== null && this.stages.length > 1 ? ` of stage ${stage}` : "";
          const shown = view !== null && this.views.length > 1 ? ` (${view.name} view)` : "";
          for (const [name, value] of Object.entries(phases)) out.push([`${name}${suffix}${shown}`, value, capacity]);
        }
      }
      return out;
    }

    fits(x, exact, phase) {
      exact = !!exact;
      let counted;
      try {
        counted = this.counted(x, exact);
      } catch (exc) {
        if (!(exc instanceof PlanError)) throw exc;
        if (exact) this.explain(x);
        return this.fits(x, true, phase);
      }
      const is = (name) => !phase || name === phase || name.startsWith(phase + " ");
      return counted.every(([name, value, capacity]) => !is(name) || (exact ? R.le(value, capacity) : value <= capacity));
    }

    explain(x) {
      const at = ` at ${this.variable} = ${x}`;
      try {
        E.evaluateMemory(E.withValues(this.setup, { [this.variable]: R.int(x) }));
      } catch (exc) {
        if (exc instanceof E.EngineError) throw SpecError(exc.message + at, exc.location);
        throw exc;
      }
      throw SpecError(`the rules do not reduce to a number${at} (a division by zero?)`);
    }

    phaseValues(x) {
      // every phase's exact bytes at x and what it is compared with: name -> [value, capacity]
      const out = dict();
      for (const [name, value, capacity] of this.counted(x, true)) out[name] = [value, capacity];
      return out;
    }
  }

  function settle(probe, guess, step, phase) {
    if (guess === null) return null;
    let found = guess;
    let i = 0;
    for (; i < 64; i++) {
      if (probe.fits(found, true, phase)) break;
      found += step;
    }
    if (i === 64) return null;
    while (found - step >= step && probe.fits(found - step, true, phase)) found -= step;
    return found;
  }

  function smallest(fits, step, limit) {
    if (fits(step)) return step;
    let low = 1;
    let high = 2;
    while (!fits(high * step)) {
      low = high;
      high = high * 2;
      if (high * step > limit) {
        if (!fits(Math.floor(limit / step) * step)) return null;
        high = Math.floor(limit / step);
        break;
      }
    }
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (fits(middle * step)) high = middle;
      else low = middle;
    }
    return high * step;
  }

  class ChoiceProbe {
    // a Probe per set of option choices the variable's degree puts in force (an option's default_when may
    // read it: no sharding at one data-parallel rank), so each degree is counted with its own defaults
    constructor(setup, variable) {
      this.setup = setup;
      this.variable = variable;
      this.made = new Map();
    }

    at(x) {
      const choices = E.withValues(this.setup, { [this.variable]: R.int(x) }).choices;
      const key = JSON.stringify(Object.keys(choices).sort().map((k) => [k, choices[k]]));
      if (!this.made.has(key)) {
        const held = new Set(Object.keys(choices)); // held as if picked: the probe's own moves do not resolve them again
        this.made.set(key, new Probe({ ...this.setup, choices, picked: held }, this.variable));
      }
      return this.made.get(key);
    }

    fits(x, exact, phase) {
      return this.at(x).fits(x, exact, phase);
    }
  }

  function minDp(setup, step) {
    const probe = new ChoiceProbe(setup, axis(setup, "data").symbol);
    const guess = smallest((d) => probe.fits(d), step, E.MAX_DP);
    return settle(probe, guess, step);
  }

  function fewestLayout(setup, tp, pp) {
    const step = expertStep(setup);
    const tensor = axis(setup, "tensor").symbol;
    const pipeline = axis(setup, "pipeline").symbol;
    let best = null;
    let tried = 0;
    for (const [t, p] of candidates(setup, tp, pp)) {
      if (best !== null && layout(setup, step, t, p).gpus >= best.gpus) continue;
      tried += 1;
      const dp = minDp(E.withValues(setup, { [tensor]: R.int(t), [pipeline]: R.int(p) }), step);
      if (dp !== null && (best === null || layout(setup, dp, t, p).gpus < best.gpus)) best = layout(setup, dp, t, p);
    }
    return [best, tried];
  }

  // ---- limits (engine.solve.limits) ----

  function maxValue(setup, variable) {
    const probe = new Probe(setup, variable);
    if (!probe.fits(1, true)) return 0;
    let low = 1;
    let high = 2;
    while (probe.fits(high)) {
      low = high;
      high = high * 2;
      if (high > E.MAX_VALUE) return null;
    }
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (probe.fits(middle)) low = middle;
      else high = middle;
    }
    while (!probe.fits(low, true) && low > 1) low -= 1;
    while (probe.fits(low + 1, true)) low += 1;
    return low;
  }

  function computed(setup) {
    const arch = setup.arch;
    return new Set([
      arch.plan.total.name,
      ...Object.keys(arch.parts).filter((k) => !k.includes("/")),
      ...Object.keys(arch.derived),
      ...Object.keys(arch.block),
    ]);
  }

  const trunc = (q) => Number(R.str(q.n < 0n ? R.ceil(q) : R.floor(q))); // Python's int()

  function limits(setup) {
    const out = dict();
    const skip = computed(setup);
    let values = null;
    for (const limit of setup.rules.limits) {
      if (skip.has(limit.name) || !setup.rules.symbolMap[limit.name]) continue;
      let found = maxValue(setup, limit.name);
      if (limit.at_most) {
        values = values || Object.assign(dict(), E.assignRules(setup).values);
        const cap = E.condition(setup.rules, `at_most:${limit.name}`, values);
        if (found === null || R.gt(R.int(found), cap)) found = trunc(cap);
      }
      out[`max_${limit.name}`] = found;
    }
    return out;
  }

  function coefficient(value, name) {
    // value: a Q (Python int or Fraction) or a JS number (a Python float)
    let number;
    if (typeof value === "number") number = R.pyRepr(value);
    else number = value.d === 1n ? R.str(value) : `(${R.str(value)})`;
    return name ? `${number}*${name}` : number;
  }

  function limitForm(setup, variable, largest) {
    if (!largest) return null;
    const probe = new Probe(setup, variable);
    let a, b, c, capacity, binding;
    try {
      const above = probe.phaseValues(largest + 1);
      binding = E.firstMax(Object.entries(above).map(([name, [v, cap]]) => [name, R.sub(v, cap)]))[0]; // the least room
      capacity = above[binding][1];
      const [f1, f2, f3] = [1, 2, 3].map((x) => probe.phaseValues(x)[binding][0]);
      const two = R.int(2);
      const top = R.add(R.sub(f3, R.mul(two, f2)), f1);
      a = R.div(top, two); // exact, as Python's quotient (ints or Fractions alike)
      b = R.sub(R.sub(f2, f1), R.mul(R.int(3), a));
      c = R.sub(R.sub(f1, a), b);
      for (const x of [largest, largest + 1]) {
        const q = R.int(x);
        const want = R.add(R.add(R.mul(R.mul(a, q), q), R.mul(b, q)), c);
        if (R.ne(probe.phaseValues(x)[binding][0], want)) return null;
      }
    } catch (exc) {
      if (exc instanceof PlanError) return null;
      throw exc;
    }
    const nonzero = (k) => (typeof k === "number" ? k !== 0 : k.n !== 0n);
    const terms = [
      [a, `${variable}**2`],
      [b, variable],
      [c, ""],
    ];
    const shown = terms.filter(([k]) => nonzero(k)).map(([k, name]) => coefficient(k, name)).join(" + ");
    return `${shown} <= ${coefficient(capacity, "")} (${binding} phase, bytes)`;
  }

  // ---- answers (engine.solve.answer) ----

  function solveMinGpus(setup, tp, pp) {
    const [best, tried] = fewestLayout(setup, tp, pp);
    if (best === null) {
      const all = candidates(setup, tp, pp);
      const [t, p] = all[all.length - 1];
      const worst = E.evaluateMemory(E.withValues(setup, asValues(layout(setup, E.MAX_DP, t, p).values)));
      return { layout: null, result: worst, tried };
    }
    return { layout: best, result: E.evaluateMemory(E.withValues(setup, asValues(best.values))), tried };
  }

  function refuseBeyondCaps(setup) {
    // a value given beyond its limit's cap (engine.solve.limits.refuse_beyond_caps)
    let values = null;
    for (const limit of setup.rules.limits) {
      const given = has(setup.fixed, limit.name) ? setup.fixed[limit.name] : undefined;
      if (!limit.at_most || given === undefined || given === null) continue;
      values = values || Object.assign(dict(), E.assignRules(setup).values);
      const cap = E.condition(setup.rules, `at_most:${limit.name}`, values);
      const exact = typeof given === "object" ? given : R.int(given);
      if (R.le(exact, cap)) continue;
      const capped = limit.at_most;
      const shown = R.str(exact);
      const raiseIt = /^[A-Za-z_][A-Za-z0-9_]*$/.test(capped) ? `; allow it with --set ${capped}=${shown}` : "";
      const note = limit.note ? ` (${limit.note})` : "";
      const flag = "--" + limit.name.replace(/_/g, "-");
      const capShown = BigInt(R.str(cap)).toLocaleString("en-US");
      throw E.UsageError(`${flag} ${shown} is beyond ${capped} = ${capShown} of ${E.setupLabel(setup)}${note}${raiseIt}`);
    }
  }

  function solve(setup, tp, pp, gpus) {
    refuseBeyondCaps(setup);
    const solution = solveMinGpus(setup, tp, pp);
    let where = solution.layout;
    if (gpus !== null && gpus !== undefined) {
      where = layout(setup, dataDegree(setup, gpus, tp || 1, pp || 1), tp || 1, pp || 1);
    }
    if (where === null) return { solution, limits: dict(), limitsLayout: null, atLimits: null, forms: dict() };
    const here = E.withValues(setup, asValues(where.values));
    const found = limits(here);
    const result = E.evaluateMemory(here);
    const forms = dict();
    for (const [key, value] of Object.entries(found)) {
      const form = limitForm(here, key.replace(/^max_/, ""), typeof value === "number" ? value : null);
      if (form) forms[key] = form;
    }
    for (const report of setup.rules.reports) {
      const values = Object.assign(dict(), result.assignment.values, result.derived);
      if (!report.when || E.condition(setup.rules, `when:${report.name}`, values)) {
        found[report.name] = trunc(result.derived[report.name]);
      }
    }
    return { solution, limits: found, limitsLayout: where, atLimits: result, forms };
  }

  function memory(setup, gpus, tp, pp) {
    refuseBeyondCaps(setup);
    const dp = dataDegree(setup, gpus, tp, pp);
    return E.evaluateMemory(E.withValues(setup, asValues(layout(setup, dp, tp, pp).values)));
  }

  // ---- the command line's JSON (engine.render.memory) ----

  function bytesOf(o) {
    const out = {};
    for (const [k, v] of Object.entries(o)) out[k] = E.wholeBytes(v);
    return out;
  }

  function memoryJson(result) {
    const setup = result.setup;
    const values = result.assignment;
    const shownValues = {};
    const origins = {};
    for (const [k, v] of Object.entries(values.values)) shownValues[k] = E.plain(v);
    for (const [k, o] of Object.entries(values.origins)) origins[k] = E.label(o);
    const layoutShown = {};
    for (const k of symbols(setup)) layoutShown[k] = BigInt(trunc(values.values[k]));
    const views = {};
    for (const [name, v] of result.views) {
      views[name] = {
        peak_bytes: E.wholeBytes(v.peak),
        phase: v.phase,
        capacity_bytes: E.wholeBytes(v.capacity),
        decides: v.decides,
        fits: v.fits,
      };
    }
    const stagePeaks = {};
    for (const [s, v] of result.stagePeaks) stagePeaks[String(s)] = E.wholeBytes(v);
    return {
      per_gpu_bytes: E.wholeBytes(result.perGpu),
      capacity_bytes: E.wholeBytes(result.capacity),
      fits: result.fits,
      peak_phase: result.peak,
      stage: result.stage === null ? null : BigInt(result.stage),
      stage_peaks: stagePeaks,
      view: result.view,
      views,
      phases: bytesOf(result.phases),
      breakdown: bytesOf(result.alive),
      terms: bytesOf(result.terms),
      derived: bytesOf(result.derived),
      layout: layoutShown,
      assumptions: {
        model: setup.arch.plan.name,
        preset: setup.arch.assignment.preset,
        rules: setup.rules.name,
        gpu: setup.hardware.name,
        options: { ...setup.choices },
        notes: E.notes(setup),
        rules_assumptions: [...setup.rules.assumptions],
        values: shownValues,
        origins,
      },
    };
  }

  function doesNotFit(result) {
    const [name, value] = E.largestTerm(result);
    return (
      `does not fit: needs ${E.gib(result.perGpu)} per GPU at the ${result.peak} phase` +
      (result.view ? ` (${result.view} view)` : "") +
      ", " +
      `has ${E.gib(result.capacity)}; largest term: ${name} (${E.gib(value)})`
    );
  }

  function layoutJson(l) {
    if (!l) return null;
    const out = {};
    for (const [k, v] of Object.entries(l.values)) out[k] = BigInt(v);
    return out;
  }

  function solveJson(report) {
    const solution = report.solution;
    const out = memoryJson(report.atLimits || solution.result);
    const limitsShown = {};
    for (const [k, v] of Object.entries(report.limits)) limitsShown[k] = v === null ? null : BigInt(v);
    Object.assign(out, {
      min_gpus: solution.layout ? BigInt(solution.layout.gpus) : null,
      layout: layoutJson(solution.layout),
      limits: limitsShown,
      limits_layout: layoutJson(report.limitsLayout),
      limits_closed_form: { ...report.forms },
      layouts_tried: BigInt(solution.tried),
    });
    if (!solution.layout) out.reason = doesNotFit(solution.result);
    return out;
  }

  Object.assign(E, {
    layoutOf, axis, symbols, layout, candidates, dataDegree, check, Probe, minDp, fewestLayout, maxValue, limits,
    limitForm, solve, solveMinGpus, memory, memoryJson, solveJson, doesNotFit, asValues, movingPrograms,
  });
})(typeof globalThis !== "undefined" ? globalThis : this);
