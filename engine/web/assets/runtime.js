// The run time of the engine's plans in the browser: the helpers generated programs call (the names of
// engine/plan/js.py JS_HELPERS), running a program on exact or float values, the engine's errors as
// the command line prints them, and the text helpers its messages use (Python's difflib for "did you
// mean", show_number, GiB). A port of engine/plan/runtime.py and engine/errors.py.
(function (root) {
  "use strict";
  const R = root.Rational;
  const { PlanError, Q } = R;
  const E = (root.ENGINE = root.ENGINE || {});

  // ---- errors: `file:line:col: error: message`, as engine.errors.EngineError.__str__ ----

  class EngineError extends Error {
    constructor(message, location, exitCode) {
      super(message);
      this.location = location || null;
      this.exitCode = exitCode || 1;
    }
    toString() {
      return (this.location ? `${this.location}: ` : "") + `error: ${this.message}`;
    }
  }
  class ClickError extends EngineError {
    // a value the command line's parser refuses (typer/click: `Error: Invalid value for '--batch': ...`)
    toString() {
      return `Error: ${this.message}`;
    }
  }
  const SpecError = (message, location) => new EngineError(message, location, 1);
  const UsageError = (message, location) => new EngineError(message, location, 2);

  // ---- the helpers of generated programs ----

  const ONE_FRACTION = R.frac(1n, 1n); // Python's _F(1, 1)
  function noBranch() {
    throw new PlanError("no branch of a conditional applies");
  }
  const EXACT = {
    _Z: (n) => new Q(n, 1n, false),
    _Q: (p, q) => R.frac(p, q),
    _add: (...xs) => xs.reduce(R.add),
    _mul: (...xs) => xs.reduce(R.mul),
    _pow: R.pow,
    _powq: () => {
      throw new PlanError("a fractional power is not exact");
    },
    _inv: (x) => R.div(ONE_FRACTION, x),
    _mod: R.mod,
    _lt: R.lt,
    _le: R.le,
    _gt: R.gt,
    _ge: R.ge,
    _eq: R.eq,
    _ne: R.ne,
    _ceil: R.ceil,
    _floor: R.floor,
    _min: R.min,
    _max: R.max,
    _abs: R.abs,
    _where: noBranch,
    _and: (a, b) => a && b,
    _or: (a, b) => a || b,
    _not: (a) => !a,
  };
  function finite(f) {
    return (x) => {
      if (!Number.isFinite(x)) throw new PlanError("not a finite number"); // math.ceil(inf) fails in Python
      return f(x);
    };
  }
  function first(better) {
    return (...xs) => xs.reduce((best, x) => (better(x, best) ? x : best));
  }
  const FLOAT = {
    _F: (p, q) => p / q,
    _inv: (x) => {
      if (x === 0) throw new PlanError("float division by zero");
      return 1 / x;
    },
    _mod: (a, b) => {
      if (b === 0) throw new PlanError("float modulo");
      const r = a % b;
      return r !== 0 && r < 0 !== b < 0 ? r + b : r;
    },
    _ceil: finite(Math.ceil),
    _floor: finite(Math.floor),
    _min: first((x, best) => x < best),
    _max: first((x, best) => x > best),
    _abs: Math.abs,
    _where: noBranch,
    _and: (a, b) => a && b,
    _or: (a, b) => a || b,
    _not: (a) => !a,
  };

  // The symbolic path of the command line (engine.build.explain) substitutes values into each quantity
  // and blames the first that divides by zero. Programs run on POISONED helpers give the same answer:
  // a division by zero, or a conditional with no branch, gives POISON, which every operation passes on.
  const POISON = Object.freeze({ poison: true });
  const POISONED = Object.create(null);
  for (const [name, f] of Object.entries(EXACT)) {
    POISONED[name] = (...xs) => (xs.some((x) => x === POISON) ? POISON : f(...xs));
  }
  POISONED._inv = (x) => (x === POISON || x.n === 0n ? POISON : EXACT._inv(x));
  POISONED._mod = (a, b) => (a === POISON || b === POISON || b.n === 0n ? POISON : EXACT._mod(a, b));
  POISONED._where = () => POISON;
  POISONED._powq = () => POISON;

  // ---- plans: the data engine.web.export writes, with their programs ----

  const PLANS = Object.create(null);
  const waiting = Object.create(null);

  function define(record, exactFactory, floatFactory) {
    const exact = exactFactory(EXACT);
    record.poisoned = () => {
      const programs = exactFactory(POISONED);
      return programs[record.programs.main];
    };
    const float = floatFactory(FLOAT);
    record.programList = record.program_meta.map((meta, i) => ({
      inputs: meta.i,
      outputs: meta.o,
      constant: meta.c === null ? null : R.parse(meta.c),
      js: exact[i],
      "js-float": float[i],
    }));
    const p = record.programs;
    const get = (i) => (i === null ? null : record.programList[i]);
    const map = (o, f) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));
    record.main = get(p.main);
    record.defaults = map(p.defaults, get);
    record.choices = map(p.choices, (cs) => map(cs, (vs) => map(vs, get)));
    record.weights = map(p.weights, get);
    record.linearsProgram = get(p.linears);
    record.conditions = map(p.conditions, get);
    record.symbolMap = Object.create(null);
    for (const s of record.symbols) record.symbolMap[s.name] = s;
    PLANS[record.name] = record;
    for (const resolve of waiting[record.name] || []) resolve(record);
    delete waiting[record.name];
  }

  function index(data) {
    E.INDEX = data; // data/index.js: what the page lists
  }

  function specFile(name) {
    const spec = E.INDEX.specs.find((s) => s.name === name);
    return spec ? spec.file : null;
  }

  function load(name) {
    // the plan of spec `name`, loading data/specs/NAME.js once (a script, so that file:// works)
    if (PLANS[name]) return Promise.resolve(PLANS[name]);
    const file = specFile(name);
    if (file === null) return Promise.reject(SpecError(`no spec named '${name}'`));
    return new Promise((resolve, reject) => {
      const first = !waiting[name];
      (waiting[name] = waiting[name] || []).push(resolve);
      if (!first) return;
      const script = document.createElement("script");
      script.src = `data/specs/${file}`;
      script.onerror = () => reject(SpecError(`cannot load the data of spec '${name}' (data/specs/${file})`));
      document.head.appendChild(script);
    });
  }

  function run(program, values, backend) {
    backend = backend || "js";
    const out = Object.create(null);
    if (program.constant !== null) {
      out[program.outputs[0]] = backend === "js" ? program.constant : R.toNumber(program.constant);
      return out;
    }
    if (program.outputs.length === 0) return out;
    const args = program.inputs.map((name) => {
      const v = values[name];
      if (v === undefined) throw new Error(`no value for '${name}'`);
      return v;
    });
    let results;
    try {
      results = program[backend](...args);
    } catch (exc) {
      if (exc instanceof PlanError) throw exc;
      if (exc instanceof TypeError || exc instanceof RangeError) throw new PlanError(exc.message);
      throw exc;
    }
    program.outputs.forEach((name, i) => {
      out[name] = results[i];
    });
    return out;
  }

  function runOne(program, values, backend) {
    return run(program, values, backend)[program.outputs[0]];
  }

  // ---- Python's difflib.get_close_matches(word, candidates, n=1, cutoff=0.6) ----

  function longestMatch(a, b, b2j, alo, ahi, blo, bhi) {
    let besti = alo;
    let bestj = blo;
    let bestsize = 0;
    let j2len = new Map();
    for (let i = alo; i < ahi; i++) {
      const newj2len = new Map();
      for (const j of b2j.get(a[i]) || []) {
        if (j < blo) continue;
        if (j >= bhi) break;
        const k = (j2len.get(j - 1) || 0) + 1;
        newj2len.set(j, k);
        if (k > bestsize) {
          besti = i - k + 1;
          bestj = j - k + 1;
          bestsize = k;
        }
      }
      j2len = newj2len;
    }
    while (besti > alo && bestj > blo && a[besti - 1] === b[bestj - 1]) {
      besti -= 1;
      bestj -= 1;
      bestsize += 1;
    }
    while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] === b[bestj + bestsize]) {
      bestsize += 1;
    }
    return [besti, bestj, bestsize];
  }

  function matchingSize(a, b, b2j) {
    const queue = [[0, a.length, 0, b.length]];
    let total = 0;
    while (queue.length) {
      const [alo, ahi, blo, bhi] = queue.pop();
      const [i, j, k] = longestMatch(a, b, b2j, alo, ahi, blo, bhi);
      if (k) {
        total += k;
        if (alo < i && blo < j) queue.push([alo, i, blo, j]);
        if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
      }
    }
    return total;
  }

  function ratio(matches, length) {
    return length ? (2.0 * matches) / length : 1.0;
  }

  function closeMatch(word, candidates) {
    const b = Array.from(word);
    const b2j = new Map();
    b.forEach((c, i) => {
      if (!b2j.has(c)) b2j.set(c, []);
      b2j.get(c).push(i);
    });
    if (b.length >= 200) {
      const limit = Math.floor(b.length / 100) + 1;
      for (const [c, indices] of [...b2j]) if (indices.length > limit) b2j.delete(c);
    }
    const counts = new Map();
    for (const c of b) counts.set(c, (counts.get(c) || 0) + 1);
    let best = null;
    const sorted = [...new Set(candidates)].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    for (const x of sorted) {
      const a = Array.from(x);
      const length = a.length + b.length;
      if (ratio(Math.min(a.length, b.length), length) < 0.6) continue;
      const avail = new Map();
      let quick = 0;
      for (const c of a) {
        const n = avail.has(c) ? avail.get(c) : counts.get(c) || 0;
        avail.set(c, n - 1);
        if (n > 0) quick += 1;
      }
      if (ratio(quick, length) < 0.6) continue;
      const score = ratio(matchingSize(a, b, b2j), length);
      if (score < 0.6) continue;
      if (best === null || score > best[0] || (score === best[0] && x > best[1])) best = [score, x];
    }
    return best === null ? null : best[1];
  }

  function didYouMean(word, candidates) {
    const close = closeMatch(word, candidates);
    return close === null ? "" : ` (did you mean '${close}'?)`;
  }

  function unknown(kind, name, known) {
    return `unknown ${kind} '${name}'${didYouMean(name, known)}`;
  }

  // ---- numbers in messages and tables ----

  function log10Big(n) {
    const bits = R.bitLength(n);
    if (bits <= 1000) return Math.log10(Number(n));
    const shift = BigInt(bits - 60);
    return Math.log10(Number(n >> shift)) + Number(shift) * Math.log10(2);
  }

  function showNumber(q) {
    // engine.spec.numbers.show_number
    if (Math.max(R.bitLength(q.n), R.bitLength(q.d)) > 100) {
      const n = q.n < 0n ? -q.n : q.n;
      const exponent = Math.floor(log10Big(n) - log10Big(q.d));
      return `${q.n < 0n ? "-" : ""}about 10**${exponent}`;
    }
    return R.str(q);
  }

  const GIB = 2 ** 30;
  function gib(q, digits) {
    const value = typeof q === "number" ? q : R.toNumber(q);
    return `${R.fixed(value / GIB, digits === undefined ? 2 : digits, true)} GiB`;
  }

  function wholeBytes(q) {
    // engine.render.text.whole_bytes: rounded up, as a BigInt
    return R.ceil(q).n;
  }

  function plain(q) {
    // engine.render.text.plain: a BigInt when whole, else the nearest double
    return q.d === 1n ? q.n : R.toNumber(q);
  }

  function toJson(value, indent) {
    // JSON with BigInts written exactly and floats as Python writes them
    const pad = (n) => (indent ? "\n" + " ".repeat(n) : "");
    const sep = indent ? ": " : ":";
    function write(v, depth) {
      if (v === null || v === undefined) return "null";
      if (typeof v === "bigint") return v.toString();
      if (typeof v === "number") return R.pyRepr(v); // integers travel as BigInts
      if (typeof v === "boolean" || typeof v === "string") return JSON.stringify(v);
      if (Array.isArray(v)) {
        if (!v.length) return "[]";
        return "[" + v.map((x) => pad(depth + 2) + write(x, depth + 2)).join(",") + pad(depth) + "]";
      }
      const keys = Object.keys(v);
      if (!keys.length) return "{}";
      const items = keys.map((k) => pad(depth + 2) + JSON.stringify(k) + sep + write(v[k], depth + 2));
      return "{" + items.join(",") + pad(depth) + "}";
    }
    return write(value, 0);
  }

  function pyStr(value) {
    // str() of a value from a JSON file or a plan, for messages
    if (value instanceof Q) return R.str(value);
    if (value === true) return "True";
    if (value === false) return "False";
    if (value === null) return "None";
    if (typeof value === "string") return value;
    return pyRepr(value);
  }

  function pyRepr(value) {
    if (typeof value === "string") {
      const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
      const body = value.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\t/g, "\\t");
      return quote + (quote === "'" ? body.replace(/'/g, "\\'") : body) + quote;
    }
    if (Array.isArray(value)) return "[" + value.map(pyRepr).join(", ") + "]";
    if (value instanceof Map) return "{" + [...value].map(([k, v]) => `${pyRepr(k)}: ${pyRepr(v)}`).join(", ") + "}";
    if (value && value.bad) return value.text;
    return pyStr(value);
  }

  Object.assign(E, {
    EngineError, ClickError, SpecError, UsageError, PlanError, EXACT, POISON, FLOAT, PLANS, waiting, define, index, load, run, runOne,
    didYouMean, unknown, closeMatch, showNumber, gib, wholeBytes, plain, toJson, pyStr, pyRepr, GIB,
    MAX_MAGNITUDE: R.int(10n ** 30n),
    MAX_RESULT: R.int(10n ** 60n),
    MAX_DP: 2 ** 24,
    MAX_VALUE: 2 ** 50,
    MAX_DIGITS: 300,
  });
})(typeof globalThis !== "undefined" ? globalThis : this);
