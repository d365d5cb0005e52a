// A question from the page's fields, asked as `engine solve` asks it (engine/cli/question.py and
// engine/evaluate/question.py): the model (a preset, a spec or a pasted config.json), the rules (by mode
// or by name), the GPUs, the options, the view (--view), the flags, the layout and the linears a quantized
// checkpoint keeps in 16 bits (--keep-16bit). Each field's problem is the message the command line gives
// for that value; everything else is a message of the whole question.
(function (root) {
  "use strict";
  const R = root.Rational;
  const E = root.ENGINE;
  const { SpecError, UsageError, EngineError } = E;
  const CONFIG = "config.json"; // the model field's value for a pasted config.json

  // ---- command-line values (typer's int options: min=1, or 0 for non-negative symbols) ----

  function parseInt(text, flag, low) {
    const cleaned = String(text).trim();
    if (!/^[+-]?\d+(?:_\d+)*$/.test(cleaned)) {
      throw new E.ClickError(`Invalid value for '${flag}': Input should be a valid integer, unable to parse string as an integer`, null, 2);
    }
    const value = BigInt(cleaned.replace(/_/g, ""));
    if (value < BigInt(low)) throw new E.ClickError(`Invalid value for '${flag}': Input should be greater than or equal to ${low}`, null, 2);
    return value;
  }

  function parseSwitch(text, flag) {
    const value = String(text).trim().toLowerCase();
    if (["1", "true", "on", "yes"].includes(value)) return 1n;
    if (["0", "false", "off", "no"].includes(value)) return 0n;
    throw new E.ClickError(`Invalid value for '${flag}': '${text}' is not on or off`, null, 2);
  }

  const flagName = (name) => "--" + name.replace(/_/g, "-");
  const given = (v) => v !== undefined && v !== null && String(v).trim() !== "";

  function flagInfo(name) {
    for (const r of E.INDEX.rules) {
      const found = r.flags.find((f) => f.name === name);
      if (found) return found;
    }
    return null;
  }

  // ---- what the question names ----

  function resolveModel(ref) {
    // engine.spec.load.resolve_ref: a spec name, or a preset of one
    const specs = E.INDEX.specs;
    const spec = specs.find((s) => s.name === ref);
    if (spec) return [spec.name, null];
    if (Object.prototype.hasOwnProperty.call(E.INDEX.presets, ref)) return [E.INDEX.presets[ref], ref];
    const stems = E.INDEX.files;
    const first = `no spec named '${ref}'${E.didYouMean(ref, stems)}; looked in specs`;
    if (first.includes("did you mean")) throw SpecError(first);
    const hint = E.didYouMean(ref, [...Object.keys(E.INDEX.presets), ...stems]);
    throw SpecError(hint ? `no spec or preset named '${ref}'${hint}` : first);
  }

  function rulesName(state, arch) {
    if (given(state.rules)) {
      const [name] = resolveModel(state.rules.trim());
      return name;
    }
    if (given(state.mode)) {
      const modes = E.INDEX.modes;
      if (!Object.prototype.hasOwnProperty.call(modes, state.mode)) {
        throw UsageError(E.unknown("mode", state.mode, Object.keys(modes)) + "; modes: " + Object.keys(modes).join(", "));
      }
      return modes[state.mode];
    }
    if (arch.default_rules) return arch.default_rules;
    const found = E.INDEX.rules.find((r) => r.default);
    if (!found) throw SpecError("no rules spec is the default (`default: true`); name one with --rules");
    return found.spec;
  }

  function hardware(record) {
    const facts = Object.create(null);
    for (const [k, v] of Object.entries(record.facts)) facts[k] = R.parse(v);
    return { name: record.name, description: record.description, facts, capacity: facts.memory_usable };
  }

  function gpuNames(text) {
    // engine.api.gpu_names: one name, a comma list, or 'all' (smallest memory first)
    const gpus = E.INDEX.gpus;
    if (text.trim().toLowerCase() === "all") return gpus.map((g) => g.name);
    const names = text.split(",").map((n) => n.trim()).filter(Boolean);
    if (!names.length) throw UsageError(`--gpu '${text}' names no GPU; give a name (engine list gpus), a comma list or 'all'`);
    return names;
  }

  function findGpu(name) {
    const lower = name.toLowerCase();
    const found = E.INDEX.gpus.find((g) => g.name.toLowerCase() === lower || g.aliases.some((a) => a.toLowerCase() === lower));
    if (found) return hardware(found);
    const known = E.INDEX.gpus.flatMap((g) => [g.name.toLowerCase(), ...g.aliases.map((a) => a.toLowerCase())]);
    const names = E.INDEX.gpus.map((g) => g.name).sort();
    throw SpecError(`unknown GPU '${name}'${E.didYouMean(lower, known)}; known: ` + names.join(", "));
  }

  // ---- the question ----

  function fieldErrors(state) {
    // typer's checks of the integer options, each on its own
    const errors = {};
    const fixed = Object.create(null);
    for (const [name, text] of Object.entries(state.flags || {})) {
      if (!given(text)) continue;
      const info = flagInfo(name);
      try {
        if (!info) throw new E.ClickError(`No such option: ${flagName(name)}`, null, 2);
        fixed[name] =
          info.domain === "flag"
            ? parseSwitch(text, flagName(name))
            : parseInt(text, flagName(name), info.domain.startsWith("nonnegative") ? 0 : 1);
      } catch (exc) {
        if (!(exc instanceof EngineError)) throw exc;
        errors[name] = exc;
      }
    }
    const layout = {};
    for (const name of ["tp", "pp", "gpus"]) {
      if (!given(state[name])) continue;
      try {
        layout[name] = Number(parseInt(state[name], flagName(name), 1));
      } catch (exc) {
        errors[name] = exc;
      }
    }
    return { errors, fixed, layout };
  }

  async function architecture(state) {
    if (state.model === CONFIG) {
      const doc = E.readConfig(state.config || "", CONFIG);
      const name = E.specFor(doc, E.INDEX.model_types);
      const arch = await E.load(name);
      return { arch, preset: null, config: { path: CONFIG, values: E.readValues(doc, arch) } };
    }
    const [name, preset] = resolveModel((state.model || "").trim());
    const arch = await E.load(name);
    if (arch.kind !== "architecture") throw SpecError(`'${arch.name}' is a ${arch.kind} spec, not an architecture`);
    return { arch, preset, config: null };
  }

  function attempt(errors, field, action) {
    try {
      return action();
    } catch (exc) {
      if (!(exc instanceof EngineError)) throw exc;
      errors[field] = exc;
      return undefined;
    }
  }

  async function ask(state) {
    // -> {errors: {field: EngineError}, answers: [{gpu, report, json}], arch, rules, command}
    const { errors, fixed, layout } = fieldErrors(state);
    const out = { errors, answers: [], arch: null, rules: null };
    let model; // the model and the rules are found even when a field is wrong: they give the page its fields
    try {
      model = await architecture(state);
    } catch (exc) {
      if (!(exc instanceof EngineError)) throw exc;
      errors[state.model === CONFIG ? "config" : "model"] = exc;
      return out;
    }
    out.arch = model.arch;
    let rules;
    try {
      rules = await E.load(rulesName(state, model.arch));
    } catch (exc) {
      if (!(exc instanceof EngineError)) throw exc;
      errors[given(state.rules) ? "rules" : "mode"] = exc;
      return out;
    }
    if (rules.kind !== "rules") {
      errors.rules = SpecError(`'${rules.name}' is an ${rules.kind} spec, not memory rules`);
      return out;
    }
    out.rules = rules;
    if (Object.keys(errors).length) return out;
    const names = attempt(errors, "gpu", () => gpuNames(state.gpu || ""));
    if (!names) return out;
    const gpus = names.map((n) => attempt(errors, "gpu", () => findGpu(n)));
    if (errors.gpu) return out;
    for (const [name, value] of Object.entries(state.options || {})) {
      if (given(value)) attempt(errors, `option:${name}`, () => E.optionChoices(rules, { [name]: value }));
    }
    const view = given(state.view) ? state.view : null;
    if (view !== null) attempt(errors, "view", () => E.deciding(rules, view));
    if (Object.keys(errors).length) return out;
    const targets = (state.lora_targets || "").split(",").map((t) => t.trim()).filter(Boolean);
    const unquantized = (state.keep_16bit || "").split(",").map((t) => t.trim()).filter(Boolean);
    try {
      for (const hw of gpus) {
        const choices = Object.fromEntries(Object.entries(state.options || {}).filter(([, v]) => given(v)));
        let setup = E.loadSetup({ ...model, rules, hardware: hw, choices, targets, view, unquantized });
        for (const [name, value] of Object.entries(fixed)) {
          attempt(errors, name, () => E.fix(setup, { [name]: R.int(value) }, E.INDEX));
        }
        if (Object.keys(errors).length) return out;
        setup = E.fix(setup, Object.fromEntries(Object.entries(fixed).map(([k, v]) => [k, R.int(v)])), E.INDEX);
        if (layout.tp) attempt(errors, "tp", () => E.check(setup, "tensor", layout.tp));
        if (layout.pp) attempt(errors, "pp", () => E.check(setup, "pipeline", layout.pp));
        if (given(state.gpus)) {
          attempt(errors, "gpus", () => E.dataDegree(setup, layout.gpus, layout.tp || 1, layout.pp || 1));
        }
        if (Object.keys(errors).length) return out;
        const report = E.solve(setup, layout.tp || null, layout.pp || null, given(state.gpus) ? layout.gpus : null);
        out.answers.push({ gpu: hw.name, report, json: E.solveJson(report) });
      }
    } catch (exc) {
      if (!(exc instanceof EngineError)) throw exc;
      errors[exc.message.includes("config.json") || String(exc.location).startsWith(CONFIG) ? "config" : "question"] = exc;
      out.answers = [];
    }
    return out;
  }

  function command(state) {
    // the `engine solve` command line that asks the same question
    const quote = (s) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${String(s).replace(/'/g, "'\\''")}'`);
    const parts = ["engine", "solve"];
    parts.push(state.model === CONFIG ? "--hf-config config.json" : quote(state.model || ""));
    parts.push("--gpu", quote(state.gpu || ""));
    if (given(state.mode)) parts.push("--mode", quote(state.mode));
    if (given(state.rules)) parts.push("--rules", quote(state.rules));
    for (const [k, v] of Object.entries(state.options || {})) if (given(v)) parts.push(`--option ${quote(`${k}=${v}`)}`);
    for (const [k, v] of Object.entries(state.flags || {})) {
      if (!given(v)) continue;
      const info = flagInfo(k);
      if (info && info.domain === "flag") {
        parts.push(["1", "true", "on", "yes"].includes(String(v).toLowerCase()) ? flagName(k) : "--no-" + k.replace(/_/g, "-"));
      } else parts.push(flagName(k), quote(v));
    }
    for (const k of ["tp", "pp", "gpus"]) if (given(state[k])) parts.push(flagName(k), quote(state[k]));
    if (given(state.lora_targets)) parts.push("--lora-targets", quote(state.lora_targets));
    if (given(state.view)) parts.push("--view", quote(state.view));
    if (given(state.keep_16bit)) parts.push("--keep-16bit", quote(state.keep_16bit));
    return [...parts, "--format", "json"].join(" ");
  }

  Object.assign(E, { ask, command, CONFIG, resolveModel, findGpu, gpuNames, flagInfo, given });
})(typeof globalThis !== "undefined" ? globalThis : this);
