// A pasted Hugging Face config.json in the browser, a port of engine/spec/hf.py: the JSON is read as
// Python's json module reads it (the same error messages and positions, numbers exact, NaN kept as
// text), every value located as the command line locates it (config.json:LINE:COL), the spec chosen by
// model_type, and each key turned into a symbol's value through the spec's `hf:` section.
(function (root) {
  "use strict";
  const R = root.Rational;
  const E = root.ENGINE;
  const { SpecError } = E;
  const MAX_FILE_BYTES = 256 << 10;
  const MAX_DEPTH = 64; // engine.limits: a deeper file is not located (the YAML reader refuses it)
  const MAX_NODES = 10000;
  const WHITESPACE = " \t\n\r";
  // characters PyYAML's reader refuses (yaml/reader.py NON_PRINTABLE)
  const NON_PRINTABLE = /[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

  class JsonError extends Error {
    constructor(message, pos) {
      super(message);
      this.pos = pos;
    }
  }

  class Reader {
    constructor(text) {
      this.s = text;
      this.spans = new Map(); // JSON.stringify(path) -> {value: [line, col], key: [line, col], textCol}
      this.located = true;
      this.nodes = 0;
      this.jsonLines = [0]; // json counts lines by '\n'; YAML (which locates values) by more breaks
      this.yamlLines = [0];
      for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === "\n") this.jsonLines.push(i + 1);
        if ("\n\x85\u2028\u2029".includes(c) || (c === "\r" && text[i + 1] !== "\n")) this.yamlLines.push(i + 1);
      }
      if (NON_PRINTABLE.test(text)) this.located = false; // YAML refuses the file: nothing is located
    }

    where(pos, starts) {
      // 1-based line and column in code points, as Python counts characters
      starts = starts || this.jsonLines;
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= pos) lo = mid;
        else hi = mid - 1;
      }
      return [lo + 1, Array.from(this.s.slice(starts[lo], pos)).length + 1];
    }

    ws(pos) {
      while (pos < this.s.length && WHITESPACE.includes(this.s[pos])) pos++;
      return pos;
    }

    record(path, pos, keyPos, quoted, depth) {
      this.nodes += 1;
      if (depth > MAX_DEPTH || this.nodes > MAX_NODES) this.located = false;
      const value = this.where(pos, this.yamlLines);
      this.spans.set(JSON.stringify(path), {
        value,
        key: keyPos === null ? value : this.where(keyPos, this.yamlLines),
        textCol: quoted === null ? null : value[1] + (quoted ? 1 : 0),
      });
    }

    value(pos, path, keyPos, depth) {
      const s = this.s;
      const c = s[pos];
      if (depth > 990) throw new JsonError("nested too deeply", -1); // Python's recursion limit
      if (c === '"') {
        const [text, end] = this.string(pos + 1);
        const oneLine = !s.slice(pos, end).includes("\n");
        this.record(path, pos, keyPos, oneLine ? true : null, depth);
        return [text, end];
      }
      if (c === "{") {
        this.record(path, pos, keyPos, null, depth);
        return this.object(pos + 1, path, depth);
      }
      if (c === "[") {
        this.record(path, pos, keyPos, null, depth);
        return this.array(pos + 1, path, depth);
      }
      for (const [word, value] of [["null", null], ["true", true], ["false", false], ["NaN", "NaN"], ["Infinity", "Infinity"], ["-Infinity", "-Infinity"]]) {
        if (s.startsWith(word, pos)) {
          this.record(path, pos, keyPos, false, depth);
          return [value, pos + word.length];
        }
      }
      const m = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(s.slice(pos, pos + 100000));
      if (m) {
        this.record(path, pos, keyPos, false, depth);
        if (!yamlNumber(m[0])) this.located = false;
        return [number(m[0], m[1] !== undefined || m[2] !== undefined), pos + m[0].length];
      }
      throw new JsonError("Expecting value", pos);
    }

    string(pos) {
      const s = this.s;
      const begin = pos - 1;
      let out = "";
      for (;;) {
        let chunk = pos;
        while (chunk < s.length && s[chunk] !== '"' && s[chunk] !== "\\" && s.charCodeAt(chunk) >= 0x20) chunk++;
        out += s.slice(pos, chunk);
        pos = chunk;
        if (pos >= s.length) throw new JsonError("Unterminated string starting at", begin);
        const c = s[pos];
        if (c === '"') return [out, pos + 1];
        if (c !== "\\") throw new JsonError("Invalid control character at", pos);
        pos += 1;
        if (pos >= s.length) throw new JsonError("Unterminated string starting at", begin);
        const e = s[pos];
        const simple = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
        if (e !== "u") {
          if (!(e in simple)) throw new JsonError("Invalid \\escape", pos - 1);
          out += simple[e];
          pos += 1;
          continue;
        }
        const hex = (at) => {
          const h = s.slice(at, at + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(h)) throw new JsonError("Invalid \\uXXXX escape", at - 1);
          return parseInt(h, 16);
        };
        let code = hex(pos + 1);
        pos += 5;
        if (code >= 0xd800 && code <= 0xdbff && s[pos] === "\\" && s[pos + 1] === "u") {
          const low = hex(pos + 2);
          if (low >= 0xdc00 && low <= 0xdfff) {
            code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
            pos += 6;
          }
        }
        out += String.fromCodePoint(code);
      }
    }

    object(pos, path, depth) {
      const s = this.s;
      const out = new Map();
      pos = this.ws(pos);
      if (s[pos] === "}") return [out, pos + 1];
      for (;;) {
        if (s[pos] !== '"') throw new JsonError("Expecting property name enclosed in double quotes", pos);
        const keyPos = pos;
        const [key, afterKey] = this.string(pos + 1);
        pos = this.ws(afterKey);
        if (s[pos] !== ":") throw new JsonError("Expecting ':' delimiter", pos);
        if (s.slice(afterKey, pos).includes("\n")) this.located = false; // YAML wants key and ':' on one line
        if (out.has(key)) this.located = false; // YAML refuses duplicate keys (json keeps the last)
        pos = this.ws(pos + 1);
        let value;
        [value, pos] = this.value(pos, [...path, key], keyPos, depth + 1);
        out.set(key, value);
        pos = this.ws(pos);
        if (s[pos] === "}") return [out, pos + 1];
        if (s[pos] !== ",") throw new JsonError("Expecting ',' delimiter", pos);
        pos = this.ws(pos + 1);
      }
    }

    array(pos, path, depth) {
      const s = this.s;
      const out = [];
      pos = this.ws(pos);
      if (s[pos] === "]") return [out, pos + 1];
      for (;;) {
        let value;
        [value, pos] = this.value(pos, [...path, out.length], null, depth + 1);
        out.push(value);
        pos = this.ws(pos);
        if (s[pos] === "]") return [out, pos + 1];
        if (s[pos] !== ",") throw new JsonError("Expecting ',' delimiter", pos);
        pos = this.ws(pos + 1);
      }
    }
  }

  function yamlNumber(text) {
    // whether the YAML reader, which locates values, accepts this number (engine.spec.source: at most
    // MAX_DIGITS characters, and a YAML 1.1 float, which has a dot, within the exponent limit)
    const int = /^-?(0|[1-9]\d*)$/.test(text);
    const float = /^-?\d+\.\d*(?:[eE]([-+]\d+))?$/.exec(text);
    if ((int || float) && text.length > E.MAX_DIGITS) return false;
    return !(float && float[1] && (float[1].length > 5 || Math.abs(Number(float[1])) > E.MAX_DIGITS));
  }

  function number(text, isFloat) {
    // engine.spec.hf._int and _float: exact, or a "bad number" that is an error only where it is read
    if (!isFloat) return text.length <= E.MAX_DIGITS ? R.int(BigInt(text)) : { bad: true, text, reason: `has more than ${E.MAX_DIGITS} digits` };
    const m = /^[+-]?(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/.exec(text.toLowerCase());
    if (m[1].length + (m[2] || "").length > E.MAX_DIGITS) return { bad: true, text, reason: `has more than ${E.MAX_DIGITS} digits` };
    if (m[3] && (m[3].length > 5 || Math.abs(Number(m[3])) > E.MAX_DIGITS)) {
      return { bad: true, text, reason: `has an exponent beyond +-${E.MAX_DIGITS}` };
    }
    return R.fromDecimal(text);
  }

  function utf8Length(text) {
    return new TextEncoder().encode(text).length;
  }

  // The document: data, and a span for every path the CLI may point at (engine.spec.document.Document)
  function readConfig(text, name) {
    if (utf8Length(text) > MAX_FILE_BYTES) {
      throw SpecError(`file is over ${MAX_FILE_BYTES.toLocaleString("en-US")} bytes; the limit is ${MAX_FILE_BYTES.toLocaleString("en-US")}`, `${name}:1:1`);
    }
    const reader = new Reader(text); // (the command line gives YAML tabs as spaces: the same columns)
    let data;
    try {
      if (text.startsWith("\ufeff")) throw new JsonError("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
      const start = reader.ws(0);
      let end;
      [data, end] = reader.value(start, [], null, 0);
      end = reader.ws(end);
      if (end !== text.length) throw new JsonError("Extra data", end);
    } catch (exc) {
      if (!(exc instanceof JsonError)) throw exc;
      if (exc.pos < 0) throw SpecError("invalid JSON: nested too deeply", `${name}:1:1`);
      const [line, col] = reader.where(exc.pos);
      throw SpecError(`invalid JSON: ${exc.message}`, `${name}:${line}:${col}`);
    }
    if (!(data instanceof Map)) throw SpecError("a config.json must hold one JSON object ({...})", `${name}:1:1`);
    const spans = reader.located ? reader.spans : new Map();
    return { path: name, data, spans };
  }

  function span(doc, path) {
    // the span of `path`, or of its nearest ancestor that has one
    for (let end = path.length; end >= 0; end--) {
      const found = doc.spans.get(JSON.stringify(path.slice(0, end)));
      if (found) {
        const loc = ([l, c]) => `${doc.path}:${l}:${c}`;
        return {
          value: loc(found.value),
          key: loc(found.key),
          at: found.textCol === null ? loc(found.value) : `${doc.path}:${found.value[0]}:${found.textCol}`,
        };
      }
    }
    const here = `${doc.path}:1:1`;
    return { value: here, key: here, at: here };
  }

  // ---- config.json -> symbol values (engine.spec.hf.read_values) ----

  function isNumber(raw) {
    return raw instanceof R.Q;
  }

  function convert(entry, raw, where, flag) {
    if (raw && raw.bad) {
      const shown = raw.text.length <= 40 ? raw.text : raw.text.slice(0, 40) + "...";
      throw SpecError(`'${entry.key}' is ${shown}, which ${raw.reason}`, where.value);
    }
    if (typeof raw === "boolean") {
      if (!flag) throw SpecError(`'${entry.key}' must be a number, got ${raw}`, where.value);
      return { q: R.int(raw ? 1 : 0), at: where.at, key: where.key };
    }
    if (isNumber(raw)) return { q: raw, at: where.at, key: where.key };
    const known = Object.keys(entry.values);
    if (typeof raw === "string" && known.length) {
      if (!Object.prototype.hasOwnProperty.call(entry.values, raw)) {
        throw SpecError(`'${entry.key}' is '${raw}'${E.didYouMean(raw, known)}; the spec knows: ${known.join(", ")}`, where.value);
      }
      return { q: R.parse(entry.values[raw].value), at: where.at, key: where.key };
    }
    const kind = typeof raw === "string" ? `text '${raw}'` : Array.isArray(raw) ? "list" : raw instanceof Map ? "an object" : "NoneType";
    throw SpecError(`'${entry.key}' must be a number or true/false, got ${kind}`, where.value);
  }

  function rawDefault(info) {
    const raw = info.raw;
    return "number" in raw ? R.parse(raw.number) : raw.json;
  }

  function firstValue(doc, entries, hf, flag) {
    const present = entries.filter((e) => doc.data.has(e.key));
    for (const entry of present) {
      const raw = doc.data.get(entry.key);
      const where = span(doc, [entry.key]);
      if (raw !== null) return convert(entry, raw, where, flag);
      if (entry.if_null) return { q: R.parse(entry.if_null.value), at: where.at, key: where.key };
    }
    if (present.length) return null;
    for (const entry of entries) {
      const info = hf.defaults[entry.key];
      if (info) return convert(entry, rawDefault(info), info.span, flag);
    }
    return null;
  }

  function architectureValues(doc, plan, hf) {
    const classes = doc.data.get("architectures");
    const known = Object.keys(hf.architectures);
    if (!known.length || !Array.isArray(classes) || !classes.length) return [];
    const chosen = classes[0];
    if (typeof chosen !== "string" || !known.includes(chosen)) {
      throw SpecError(
        `spec '${plan.name}' counts ${known.join(", ")}, not '${E.pyStr(chosen)}'${E.didYouMean(E.pyStr(chosen), known)}`,
        span(doc, ["architectures", 0]).value,
      );
    }
    return Object.entries(hf.architectures[chosen]).map(([k, t]) => [k, { q: R.parse(t.value), at: t.at, key: t.key }]);
  }

  function readValues(doc, plan) {
    const hf = plan.hf;
    if (!hf) throw SpecError(`spec '${plan.name}' has no 'hf:' section, so it cannot read config.json`, plan.path);
    const values = new Map(architectureValues(doc, plan, hf));
    const keysOf = new Map();
    for (const entry of hf.keys) {
      if (!keysOf.has(entry.symbol)) keysOf.set(entry.symbol, []);
      keysOf.get(entry.symbol).push(entry);
    }
    const flags = new Set(plan.symbols.filter((s) => s.domain === "flag").map((s) => s.name));
    for (const [name, entries] of keysOf) {
      const found = firstValue(doc, entries, hf, flags.has(name));
      if (found !== null) values.set(name, found);
    }
    for (const symbol of plan.symbols) {
      if (values.has(symbol.name) || symbol.default) continue;
      if (keysOf.has(symbol.name)) {
        const names = keysOf.get(symbol.name).map((e) => `'${e.key}'`).join(" or ");
        throw SpecError(
          `no ${names} in ${doc.path}: spec '${plan.name}' needs it for '${symbol.name}', which has no default`,
          span(doc, []).value,
        );
      }
      throw SpecError(`no config key gives '${symbol.name}', which has no default (add it to hf.keys)`, hf.key);
    }
    return values;
  }

  function specFor(doc, modelTypes) {
    // the spec name a config's model_type picks (engine.spec.hf_model_type.spec_for)
    const modelType = doc.data.has("model_type") ? doc.data.get("model_type") : undefined;
    const known = Object.keys(modelTypes).sort().join(", ");
    if (modelType === undefined || modelType === null) {
      throw SpecError(`no 'model_type' in ${doc.path}, so no spec can be chosen; supported: ${known}`, span(doc, []).value);
    }
    if (typeof modelType !== "string" || !Object.prototype.hasOwnProperty.call(modelTypes, modelType)) {
      const nested = nestedDecoder(doc, modelTypes);
      if (nested) throw SpecError(`unknown model_type '${E.pyStr(modelType)}'${nested}; supported: ${known}`, span(doc, ["model_type"]).value);
      // no did-you-mean: a near name is a different architecture (qwen2_moe is not qwen2)
      throw SpecError(`no spec reads model_type '${E.pyStr(modelType)}'; add one (docs/adding-an-architecture.md); supported: ${known}`, span(doc, ["model_type"]).value);
    }
    return modelTypes[modelType];
  }

  function nestedDecoder(doc, modelTypes) {
    // a multimodal config whose text_config is a model a spec reads (engine.spec.hf_model_type.nested_decoder)
    const inner = doc.data.has("text_config") ? doc.data.get("text_config") : undefined;
    const nested = inner instanceof Map && inner.has("model_type") ? inner.get("model_type") : undefined;
    if (typeof nested !== "string" || !Object.prototype.hasOwnProperty.call(modelTypes, nested)) return "";
    const line = span(doc, ["text_config", "model_type"]).value.split(":").slice(-2)[0];
    return (
      `: its text_config (line ${line}) is a '${nested}' text decoder, which spec '${modelTypes[nested]}' counts;` +
      " only that decoder can be counted, not the vision tower or the multimodal projector: write text_config" +
      " to a file of its own (with the sizes it leaves to the config class's defaults) and pass that to --hf-config"
    );
  }

  Object.assign(E, { readConfig, readValues, specFor, configSpan: span });
})(typeof globalThis !== "undefined" ? globalThis : this);
