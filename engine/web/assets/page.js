// The calculator page: the fields, the URL hash that holds them, and the answer drawn from the engine's
// own JSON (question.js asks the question as `engine solve` would). Every figure carries its exact value
// in a data attribute (data-term="weights" data-bytes="..."), charts are SVG, formulas are MathML. The
// views of the phases, the pipeline stages and the notes on situational defaults are shown as the
// command line's table shows them.
(function (root) {
  "use strict";
  const E = root.ENGINE;
  const R = root.Rational;
  const SVG = "http://www.w3.org/2000/svg";
  const LAYOUT_FIELDS = ["tp", "pp", "gpus"];
  const TEXT_FIELDS = [...LAYOUT_FIELDS, "lora_targets", "keep_16bit"]; // typed in
  const SELECTS = ["model", "gpu", "mode", "rules", "view"]; // chosen
  const RESERVED = new Set([...SELECTS, ...TEXT_FIELDS]);
  const COLORS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];
  let state = null;
  let config = "";
  let sequence = 0;
  let fieldsFor = null;

  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "text") node.textContent = v;
      else node.setAttribute(k, v === true ? "" : String(v));
    }
    for (const child of children) if (child !== null && child !== undefined) node.append(child);
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) node.setAttribute(k, String(v));
    for (const child of children) if (child !== null && child !== undefined) node.append(child);
    return node;
  }

  // ---- the state in the URL hash: index.html#model=llama-3-8b&gpu=a100-80&mode=train&batch=4 ----

  function defaults() {
    const first = E.INDEX.specs.find((s) => s.kind === "architecture" && s.presets.length);
    return { model: E.INDEX.default_model || (first && first.presets[0]) || "", gpu: "a100-80", mode: "", rules: "", view: "" };
  }

  function readHash() {
    const params = new URLSearchParams(location.hash.replace(/^#/, ""));
    const out = { ...defaults(), options: {}, flags: {}, tp: "", pp: "", gpus: "", lora_targets: "", keep_16bit: "" };
    for (const [key, value] of params) {
      if (RESERVED.has(key)) out[key] = value;
      else if (E.flagInfo(key)) out.flags[key] = value;
      else out.options[key] = value; // checked against the rules' options when asked
    }
    out.config = config;
    return out;
  }

  function hashOf(s) {
    const params = new URLSearchParams();
    for (const key of ["model", "gpu", "mode", "rules"]) if (s[key]) params.set(key, s[key]);
    for (const [k, v] of Object.entries(s.options)) if (E.given(v)) params.set(k, v);
    if (s.view) params.set("view", s.view);
    for (const [k, v] of Object.entries(s.flags)) if (E.given(v)) params.set(k, v);
    for (const key of TEXT_FIELDS) if (E.given(s[key])) params.set(key, s[key]);
    return "#" + params.toString();
  }

  // ---- fields ----

  function optionList(select, items, value) {
    select.replaceChildren(...items.map(([v, label, group]) => el("option", { value: v, text: label, "data-group": group })));
    if (![...select.options].some((o) => o.value === value)) select.append(el("option", { value, text: value }));
    select.value = value;
  }

  function staticFields() {
    const model = $("model");
    model.replaceChildren();
    for (const spec of E.INDEX.specs) {
      if (spec.kind !== "architecture" || !spec.presets.length) continue;
      const group = el("optgroup", { label: spec.name });
      for (const p of spec.presets) group.append(el("option", { value: p, text: p }));
      model.append(group);
    }
    model.append(el("option", { value: E.CONFIG, text: "paste a config.json…" }));
    const gpus = E.INDEX.gpus.map((g) => [g.name, `${g.name} (${E.gib(R.parse(g.facts.memory_usable), 1)} usable)`]);
    optionList($("gpu"), [["all", "all GPUs (compare)"], ...gpus], state.gpu);
    const modes = Object.keys(E.INDEX.modes).map((m) => [m, `${m} (rules: ${E.INDEX.modes[m]})`]);
    optionList($("mode"), [["", "the model's default"], ...modes], state.mode);
    const rules = E.INDEX.rules.map((r) => [r.name, r.name + (r.mode ? ` (${r.mode})` : "")]);
    optionList($("rules"), [["", "the mode's rules"], ...rules], state.rules);
  }

  function fieldRow(name, label, control, help) {
    return el(
      "div",
      { class: "field", "data-field": name },
      el("label", { for: control.id, text: label }),
      control,
      help ? el("small", { text: help }) : null,
      el("span", { class: "error", "data-error-for": name, role: "alert" }),
    );
  }

  function dynamicFields(rules) {
    const own = new Set(rules ? [...rules.options.map((o) => o.name), ...rules.symbols.map((s) => s.name)] : []);
    const extra = [...Object.keys(state.options), ...Object.keys(state.flags)].filter((k) => !own.has(k));
    const key = (rules ? rules.name : "") + "|" + extra.sort().join(","); // rebuilt only when these change
    if (key === fieldsFor) return;
    fieldsFor = key;
    const options = $("options");
    const flags = $("flags");
    options.replaceChildren();
    flags.replaceChildren();
    const shownOptions = rules ? rules.options.map((o) => o.name) : [];
    for (const name of new Set([...shownOptions, ...Object.keys(state.options)])) {
      const option = rules && rules.options.find((o) => o.name === name);
      const select = el("select", { id: `option-${name}`, "data-option": name });
      const choices = option ? option.choices.map((c) => [c.name, c.name + (c.name === option.default ? " (default)" : "")]) : [];
      optionList(select, [["", "default" + (option ? ` (${option.default})` : "")], ...choices], state.options[name] || "");
      options.append(fieldRow(`option:${name}`, name, select, option ? option.description : ""));
    }
    const shownFlags = rules ? rules.symbols.filter((s) => s.flag).map((s) => s.name) : [];
    for (const name of new Set([...shownFlags, ...Object.keys(state.flags)])) {
      const symbol = rules && rules.symbols.find((s) => s.name === name);
      const info = E.flagInfo(name);
      let control;
      if (info && info.domain === "flag") {
        control = el("select", { id: `flag-${name}`, "data-flag": name });
        optionList(control, [["", "default"], ["1", "on"], ["0", "off"]], state.flags[name] || "");
      } else {
        const shown = symbol && symbol.default ? `default: ${symbol.default.text}` : "";
        control = el("input", { id: `flag-${name}`, "data-flag": name, inputmode: "numeric", placeholder: shown });
        control.value = state.flags[name] || "";
      }
      flags.append(fieldRow(name, "--" + name.replace(/_/g, "-"), control, symbol ? symbol.description : ""));
    }
    const lora = rules && rules.symbols.some((s) => s.provider === "linears.lora");
    $("lora-row").hidden = !lora && !state.lora_targets;
    const keep = rules && rules.symbols.some((s) => s.provider === "linears.unquantized");
    $("keep-row").hidden = !keep && !state.keep_16bit;
    const views = rules ? rules.views : [];
    const deciding = views.filter((v) => v.decides).map((v) => v.name).join(", ");
    const items = views.map((v) => [v.name, v.name + (v.decides ? " (decides)" : "") + (v.description ? ` - ${v.description}` : "")]);
    optionList($("view"), [["", deciding ? `the deciding views (${deciding})` : "the phases as they are"], ...items], state.view || "");
    $("view-row").hidden = !views.length && !state.view;
  }

  function collect() {
    const s = { ...state, options: {}, flags: {} };
    for (const key of SELECTS) s[key] = $(key).value;
    for (const node of document.querySelectorAll("[data-option]")) if (node.value) s.options[node.dataset.option] = node.value;
    for (const node of document.querySelectorAll("[data-flag]")) if (node.value.trim()) s.flags[node.dataset.flag] = node.value.trim();
    for (const key of TEXT_FIELDS) s[key] = $(key).value.trim();
    config = $("config").value;
    s.config = config;
    return s;
  }

  function showErrors(errors) {
    for (const node of document.querySelectorAll("[data-error-for]")) {
      node.textContent = "";
      node.closest(".field")?.classList.remove("invalid");
    }
    const general = [];
    for (const [field, exc] of Object.entries(errors)) {
      const node = document.querySelector(`[data-error-for="${CSS.escape(field)}"]`);
      if (node) {
        node.textContent = String(exc);
        node.closest(".field")?.classList.add("invalid");
      } else general.push(String(exc));
    }
    $("question-error").textContent = general.join("\n");
  }

  // ---- the answer ----

  const bytesText = (b) => E.gib(R.int(b));
  const json = (v) => E.toJson(v);

  function figure(name, value, text, attr) {
    return el("span", { class: "figure", "data-figure": name, [attr || "data-value"]: json(value), text });
  }

  function bar(j) {
    // the per-GPU breakdown at the peak phase as stacked SVG rectangles against the capacity line
    const width = 760;
    const left = 10;
    const top = 28;
    const height = 46;
    const terms = Object.entries(j.breakdown).filter(([k, v]) => !k.includes("/") && v > 0n);
    const total = terms.reduce((s, [, v]) => s + v, 0n);
    const scale = Number(total > j.capacity_bytes ? total : j.capacity_bytes) * 1.08;
    const x = (b) => left + (Number(b) / scale) * (width - 2 * left);
    const chart = svg("svg", { id: "breakdown-chart", viewBox: `0 0 ${width} 150`, role: "img", "aria-label": "per-GPU memory at the peak phase" });
    let at = 0n;
    terms.forEach(([name, value], i) => {
      const rect = svg("rect", {
        x: x(at).toFixed(2), y: top, width: Math.max(0.5, x(at + value) - x(at)).toFixed(2), height,
        fill: COLORS[i % COLORS.length], "data-term": name, "data-bytes": value,
      }, svg("title", {}, `${name}: ${bytesText(value)}`));
      chart.append(rect);
      at += value;
    });
    const cx = x(j.capacity_bytes).toFixed(2);
    chart.append(
      svg("line", { id: "capacity-line", x1: cx, x2: cx, y1: top - 12, y2: top + height + 8, stroke: "#111", "stroke-width": 2, "stroke-dasharray": "5 3", "data-bytes": j.capacity_bytes }),
      svg("text", { x: cx, y: top - 15, "text-anchor": "middle", class: "axis" }, `capacity ${bytesText(j.capacity_bytes)}`),
    );
    const legend = svg("g", { transform: `translate(${left}, ${top + height + 22})` });
    let lx = 0;
    let ly = 0;
    terms.forEach(([name, value], i) => {
      const label = `${name} ${bytesText(value)}`;
      const w = 18 + label.length * 6.4;
      if (lx + w > width - 2 * left) {
        lx = 0;
        ly += 18;
      }
      legend.append(
        svg("rect", { x: lx, y: ly, width: 11, height: 11, fill: COLORS[i % COLORS.length] }),
        svg("text", { x: lx + 15, y: ly + 10, class: "legend", "data-legend": name }, label),
      );
      lx += w + 10;
    });
    chart.append(legend);
    return chart;
  }

  function viewLine(j) {
    // 'views: device 33.32 GiB of 79.11 GiB (decides), reserved 32.90 GiB, ...' (engine.render.memory.view_line)
    const names = Object.keys(j.views);
    if (!names.length) return [];
    const items = names.map((name, i) => {
      const v = j.views[name];
      const decides = v.decides ? ` of ${bytesText(v.capacity_bytes)} (decides${v.fits ? "" : ": does not fit"})` : "";
      const attrs = { "data-view": name, "data-bytes": v.peak_bytes, "data-phase": v.phase, "data-capacity-bytes": v.capacity_bytes };
      return [i ? ", " : "", el("span", { ...attrs, text: `${name} ${bytesText(v.peak_bytes)}${decides}` })];
    });
    return [el("p", { class: "views" }, "views: ", ...items.flat(), `; the numbers below are the ${j.view || ""} view`)];
  }

  function stageLine(j) {
    // 'pipeline stages: 0 (first) 31.54 GiB, 1 (last) 105.10 GiB; the numbers below are of stage 1'
    const stages = Object.keys(j.stage_peaks).map(Number).sort((a, b) => a - b);
    if (stages.length < 2) return [];
    const last = stages[stages.length - 1];
    const name = (s) => (s === 0 ? "0 (first)" : s === last ? `${last} (last)` : String(s));
    const items = stages.map((s, i) => [
      i ? ", " : "",
      el("span", { "data-stage": s, "data-bytes": j.stage_peaks[String(s)], text: `${name(s)} ${bytesText(j.stage_peaks[String(s)])}` }),
    ]);
    return [el("p", { class: "stages" }, "pipeline stages: ", ...items.flat(), `; the numbers below are of stage ${name(Number(j.stage || 0))}`)];
  }

  function table(head, rows) {
    return el("table", {}, el("thead", {}, el("tr", {}, ...head.map((h) => el("th", { text: h })))), el("tbody", {}, ...rows));
  }

  function single(answer) {
    const j = answer.json;
    const box = el("section", { class: "answer", "data-gpu": answer.gpu });
    const l = j.layout;
    const shape = l ? Object.entries(l).map(([k, v]) => `${k}=${v}`).join(" x ") : "";
    box.append(
      el(
        "p",
        { class: "headline" },
        j.min_gpus === null ? figure("reason", j.reason, j.reason) : el("span", {}, "minimum GPUs: ", figure("min_gpus", j.min_gpus, String(j.min_gpus)), ` (${shape})`),
        el("span", { class: "figure", "data-figure": "layout", "data-value": json(j.layout), hidden: true }),
        el("span", { class: "figure", "data-figure": "layouts_tried", "data-value": json(j.layouts_tried), text: ` · ${j.layouts_tried} layout(s) tried` }),
      ),
    );
    const n = j.limits_layout ? Object.values(j.limits_layout).reduce((a, b) => a * b, 1n) : null;
    const where = n === null ? "at the least it can be" : `at ${n} GPUs`;
    box.append(...j.assumptions.notes.map((note) => el("p", { class: "note", "data-note": "", text: `note: ${note}` })));
    box.append(
      el(
        "p",
        {},
        `per GPU${j.view ? ` (${j.view} view)` : ""} ${where}: `,
        figure("per_gpu_bytes", j.per_gpu_bytes, bytesText(j.per_gpu_bytes), "data-bytes"),
        " of ",
        figure("capacity_bytes", j.capacity_bytes, bytesText(j.capacity_bytes), "data-bytes"),
        " (peak: ",
        figure("peak_phase", j.peak_phase, j.peak_phase),
        ") · ",
        figure("fits", j.fits, j.fits ? "fits" : "does not fit"),
        el("span", { class: "figure", "data-figure": "limits_layout", "data-value": json(j.limits_layout), hidden: true }),
      ),
    );
    box.append(...viewLine(j), ...stageLine(j));
    box.append(bar(j), el("p", { class: "units", text: "GiB = 2**30 bytes. Every figure holds its exact value (data-bytes), as the JSON below." }));
    const limits = Object.entries(j.limits).map(([k, v]) =>
      el("li", { "data-limit": k, "data-value": json(v), text: `${k.replace(/^max_/, "largest ")}: ${v === null ? "unbounded" : v.toLocaleString("en-US")}` }),
    );
    const forms = Object.entries(j.limits_closed_form).map(([k, v]) => el("li", {}, el("code", { "data-closed-form": k, text: `${k.replace(/^max_/, "")}: ${v}` })));
    if (limits.length) box.append(el("h3", { text: `Limits ${where}` }), el("ul", { class: "limits" }, ...limits, ...forms));
    const per = j.per_gpu_bytes;
    const rows = Object.entries(j.breakdown).map(([key, alive]) =>
      el(
        "tr",
        { "data-term": key, "data-bytes": alive, "data-allocated": j.terms[key], class: key.includes("/") ? "sub" : "top" },
        el("td", { text: "\u00a0\u00a0".repeat(key.split("/").length - 1) + key.split("/").pop() }),
        el("td", { text: bytesText(alive) }),
        el("td", { text: bytesText(j.terms[key]) }),
        el("td", { text: per ? `${((Number(alive) / Number(per)) * 100).toFixed(1)}%` : "-" }),
      ),
    );
    box.append(el("h3", { text: "Per GPU, by term" }), table(["term", "at peak", "allocated", "share of peak"], rows));
    const phases = Object.entries(j.phases).map(([k, v]) => el("tr", { "data-phase": k, "data-bytes": v }, el("td", { text: k }), el("td", { text: bytesText(v) })));
    box.append(el("h3", { text: "Phases (the peak is the largest)" }), table(["phase", "per GPU"], phases));
    const derived = Object.entries(j.derived).map(([k, v]) => el("tr", { "data-derived": k, "data-value": v }, el("td", { text: k }), el("td", { text: v.toLocaleString("en-US") })));
    const values = Object.entries(j.assumptions.values).map(([k, v]) =>
      el("tr", { "data-symbol": k, "data-value": json(v), "data-origin": j.assumptions.origins[k] }, el("td", { text: k }), el("td", { text: json(v) }), el("td", { text: j.assumptions.origins[k] })),
    );
    box.append(
      el("details", {}, el("summary", { text: "Derived values (rounded up to whole numbers, as in the JSON)" }), table(["name", "value"], derived)),
      el("details", {}, el("summary", { text: "Every value and where it came from" }), table(["symbol", "value", "origin"], values)),
    );
    return box;
  }

  function compare(answers) {
    const rows = answers.map(({ gpu, json: j }) => {
      const gpus = j.min_gpus;
      const shape = j.layout ? Object.entries(j.layout).map(([k, v]) => `${k}=${v}`).join(" ") : "-";
      const info = E.INDEX.gpus.find((g) => g.name === gpu);
      const perNode = info ? BigInt(info.facts.devices_per_node) : 1n;
      const note = gpus === null ? "does not fit" : `${(gpus + perNode - 1n) / perNode} node(s)`;
      const row = el(
        "tr",
        { "data-gpu": gpu, "data-min-gpus": json(gpus), "data-per-gpu-bytes": j.per_gpu_bytes, "data-capacity-bytes": j.capacity_bytes, "data-peak-phase": j.peak_phase, tabindex: 0 },
        el("td", { text: gpu }),
        el("td", { text: bytesText(j.capacity_bytes) }),
        el("td", { text: gpus === null ? "-" : String(gpus) }),
        el("td", { text: shape }),
        el("td", { text: bytesText(j.per_gpu_bytes) }),
        el("td", { text: j.peak_phase }),
        el("td", { text: note }),
      );
      row.addEventListener("click", () => {
        $("gpu").value = gpu;
        changed();
      });
      return row;
    });
    return el("section", { class: "answer compare" }, table(["gpu", "capacity", "min GPUs", "layout", "per GPU at min", "peak phase", "note"], rows));
  }

  function formulas(plan, title) {
    const box = el("details", { class: "formulas", "data-formulas": plan.name }, el("summary", { text: title }));
    box.addEventListener("toggle", () => {
      if (!box.open || box.dataset.filled) return;
      box.dataset.filled = "1";
      for (const f of plan.formulas) {
        const math = el("div", { class: "math" });
        math.innerHTML = f.mathml; // engine.web.mathml writes it; every text in it is escaped there
        box.append(el("div", { class: "formula", "data-formula": f.label }, math, el("pre", { text: f.text }), f.source ? el("small", { text: `source: ${f.source}` }) : null));
      }
    });
    return box;
  }

  function render(result, s) {
    const out = $("answer");
    out.replaceChildren();
    const answers = result.answers;
    if (answers.length === 1) out.append(single(answers[0]));
    else if (answers.length > 1) out.append(compare(answers));
    const shown = answers.length === 1 ? answers[0].json : answers.map((a) => a.json);
    $("json").textContent = answers.length ? E.toJson(shown, true) : "";
    $("command").textContent = E.command(s);
    const f = $("formula-list");
    f.replaceChildren();
    if (result.arch) f.append(formulas(result.arch, `Formulas of ${result.arch.name} (${result.arch.path})`));
    if (result.rules) f.append(formulas(result.rules, `Formulas of the ${result.rules.name} rules (${result.rules.path})`));
    const docs = $("docs-link");
    if (result.arch) {
      docs.href = `../models/${encodeURIComponent(result.arch.name)}.md`;
      docs.textContent = `docs/models/${result.arch.name}.md`;
    }
  }

  // ---- the loop: fields -> hash -> question -> answer ----

  async function refresh() {
    const mine = ++sequence;
    document.body.dataset.state = "busy";
    const s = state;
    let result;
    try {
      result = await E.ask(s);
    } catch (exc) {
      result = { errors: { question: { toString: () => `internal error: ${exc && exc.message}` } }, answers: [] };
      console.error(exc);
    }
    if (mine !== sequence) return;
    dynamicFields(result.rules);
    showErrors(result.errors);
    render(result, s);
    document.body.dataset.question = location.hash;
    document.body.dataset.run = String(mine);
    document.body.dataset.state = "done";
  }

  let timer = null;
  function changed() {
    state = collect();
    $("config-row").hidden = state.model !== E.CONFIG;
    const hash = hashOf(state);
    if (hash !== location.hash) history.replaceState(null, "", hash);
    clearTimeout(timer);
    timer = setTimeout(refresh, 120);
  }

  function fromHash() {
    state = readHash();
    staticFields();
    for (const key of SELECTS) {
      const select = $(key);
      if (![...select.options].some((o) => o.value === state[key])) select.append(el("option", { value: state[key], text: state[key] }));
      select.value = state[key];
    }
    for (const key of TEXT_FIELDS) $(key).value = state[key] || "";
    $("config-row").hidden = state.model !== E.CONFIG;
    fieldsFor = null;
    return refresh();
  }

  function start() {
    $("form").addEventListener("input", changed);
    $("form").addEventListener("change", changed);
    $("form").addEventListener("submit", (event) => event.preventDefault());
    window.addEventListener("hashchange", fromHash);
    fromHash();
  }

  E.page = { start, refresh, readHash, hashOf };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})(typeof globalThis !== "undefined" ? globalThis : this);
