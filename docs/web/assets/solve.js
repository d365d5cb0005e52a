// The solver in the browser, a port of engine/solve (layouts.py, search.py, limits.py, answer.py) and of
// the JSON of engine/render/memory.py: the fewest GPUs (float search settled exactly, the same layouts
// tried in the same order), the limits at a layout and their closed forms, and the command line's
// `--format json` object. The closed-form inequality needs sympy and is left to the command line.
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

  function layout(setup, dp, tp, pp) {
    const [d, t, p] = symbols(setup);
    return { dp, tp, pp, gpus: dp * tp * pp, values: { [d]: dp, [t]: tp, [p]: pp } };
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

  function broken(setup, role, degree, values) {
    const found = layoutOf(setup);
    const symbol = axis(setup, role).symbol;
    const at = Object.assign(dict(), values || layoutValues(setup));
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
    const tps = tp ? [check(setup, "tensor", tp)] : searched(setup, "tensor", values);
    const pps = pp ? [pp] : searched(setup, "pipeline", values);
    const out = [];
    for (const t of tps) for (const p of pps) out.push([t, p]);
    return out.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  }

  function dataDegree(setup, gpus, tp, pp) {
    if (gpus < 1 || tp < 1 || pp < 1) throw SpecError(`--gpus, --tp and --pp must be positive (got ${gpus}, ${tp}, ${pp})`);
    check(setup, "tensor", tp);
    if (gpus % (tp * pp)) throw SpecError(`--gpus ${gpus} is not a multiple of tp x pp = ${tp * pp}`);
    return Math.floor(gpus / (tp * pp));
  }

  function expertStep(setup) {
    const found = layoutOf(setup).axes.find((a) => a.role === "expert");
    return found && has(setup.fixed, found.symbol) ? Number(R.str(R.floor(setup.fixed[found.symbol]))) : 1;
  }

  // ---- the search (engine.solve.search) ----

  class Probe {
    constructor(setup, variable) {
      this.setup = setup;
      this.variable = variable;
      this.exact = Object.assign(dict(), E.assignRules(setup).values);
      this.floats = dict();
      for (const [k, v] of Object.entries(this.exact)) this.floats[k] = R.toNumber(v);
      this.phases = setup.rules.phases;
      this.capacitySlot = has(setup.rules.derived, "capacity") ? setup.rules.derived.capacity : null;
      this.capacity = { true: setup.hardware.capacity, false: R.toNumber(setup.hardware.capacity) };
    }

    env(x, exact) {
      const values = Object.assign(dict(), exact ? this.exact : this.floats);
      values[this.variable] = exact ? R.int(x) : x;
      return E.run(this.setup.rules.main, values, exact ? "js" : "js-float");
    }

    fits(x, exact, phase) {
      let env;
      try {
        env = this.env(x, !!exact);
      } catch (exc) {
        if (!(exc instanceof PlanError)) throw exc;
        if (exact) this.explain(x);
        return this.fits(x, true, phase);
      }
      const capacity = this.capacitySlot ? env[this.capacitySlot] : this.capacity[!!exact];
      const slots = phase ? [this.phases[phase]] : Object.values(this.phases);
      return slots.every((slot) => (exact ? R.le(env[slot], capacity) : env[slot] <= capacity));
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
      const env = this.env(x, true);
      const capacity = this.capacitySlot ? env[this.capacitySlot] : this.capacity[true];
      const out = dict();
      for (const [name, slot] of Object.entries(this.phases)) out[name] = env[slot];
      return [out, capacity];
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

  function minDp(setup, step) {
    const probe = new Probe(setup, axis(setup, "data").symbol);
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
      if (best !== null && t * p * step >= best.gpus) continue;
      tried += 1;
      const dp = minDp(E.withValues(setup, { [tensor]: R.int(t), [pipeline]: R.int(p) }), step);
      if (dp !== null && (best === null || dp * t * p < best.gpus)) best = layout(setup, dp, t, p);
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
      let above;
      [above, capacity] = probe.phaseValues(largest + 1);
      binding = E.firstMax(Object.entries(above))[0];
      const [f1, f2, f3] = [1, 2, 3].map((x) => probe.phaseValues(x)[0][binding]);
      const two = R.int(2);
      const top = R.add(R.sub(f3, R.mul(two, f2)), f1);
      if (top.f) {
        a = R.div(top, two);
        b = R.sub(R.sub(f2, f1), R.mul(R.int(3), a));
        c = R.sub(R.sub(f1, a), b);
        for (const x of [largest, largest + 1]) {
          const q = R.int(x);
          const want = R.add(R.add(R.mul(R.mul(a, q), q), R.mul(b, q)), c);
          if (R.ne(probe.phaseValues(x)[0][binding], want)) return null;
        }
      } else {
        // Python: int / 2 is a float, and the rest follows in floats (compared exactly with the ints)
        a = R.toNumber(top) / 2;
        b = R.toNumber(R.sub(f2, f1)) - 3 * a;
        c = R.toNumber(f1) - a - b;
        for (const x of [largest, largest + 1]) {
          const want = a * x * x + b * x + c;
          const got = probe.phaseValues(x)[0][binding];
          if (!Number.isFinite(want) || R.ne(got, R.fromNumber(want))) return null;
        }
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

  function solve(setup, tp, pp, gpus) {
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
    return {
      per_gpu_bytes: E.wholeBytes(result.perGpu),
      capacity_bytes: E.wholeBytes(result.capacity),
      fits: result.fits,
      peak_phase: result.peak,
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
        rules_assumptions: [...setup.rules.assumptions],
        values: shownValues,
        origins,
      },
    };
  }

  function doesNotFit(result) {
    const [name, value] = E.largestTerm(result);
    return (
      `does not fit: needs ${E.gib(result.perGpu)} per GPU at the ${result.peak} phase, ` +
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
    limitForm, solve, solveMinGpus, memory, memoryJson, solveJson, doesNotFit, asValues,
  });
})(typeof globalThis !== "undefined" ? globalThis : this);
