// Exact rationals over BigInt, for the engine's exact programs in the browser (no dependency).
//
// A value is a Q: numerator n and denominator d > 0 (BigInts, in lowest terms) and a flag f that says
// whether Python would hold it as a Fraction (true) or an int (false): the engine's exact backend works
// on Python ints and Fractions, and a few results print differently by type (str(Fraction(4, 1)) is "4",
// but int / 2 is a float). Operations follow Python's: floor division and % are floored, min/max return
// the first extreme argument, floor/ceil give ints, and division by zero throws a PlanError.
// Written for engine/web (`engine web`); part of the engine package, MIT licence.
(function (root) {
  "use strict";

  class PlanError extends Error {}

  class Q {
    constructor(n, d, f) {
      this.n = n;
      this.d = d;
      this.f = f;
    }
  }

  const ZERO = 0n;
  const ONE = 1n;

  function babs(x) {
    return x < ZERO ? -x : x;
  }

  function gcd(a, b) {
    a = babs(a);
    b = babs(b);
    while (b) {
      const t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  function make(n, d, f) {
    if (d === ZERO) throw new PlanError("division by zero");
    if (d < ZERO) {
      n = -n;
      d = -d;
    }
    if (d !== ONE) {
      const g = gcd(n, d);
      if (g !== ONE) {
        n /= g;
        d /= g;
      }
    }
    return new Q(n, d, f);
  }

  function int(n) {
    return new Q(BigInt(n), ONE, false);
  }

  function frac(p, q) {
    return make(BigInt(p), BigInt(q), true);
  }

  function add(a, b) {
    if (a.d === ONE && b.d === ONE) return new Q(a.n + b.n, ONE, a.f || b.f);
    return make(a.n * b.d + b.n * a.d, a.d * b.d, true);
  }

  function sub(a, b) {
    if (a.d === ONE && b.d === ONE) return new Q(a.n - b.n, ONE, a.f || b.f);
    return make(a.n * b.d - b.n * a.d, a.d * b.d, true);
  }

  function mul(a, b) {
    if (a.d === ONE && b.d === ONE) return new Q(a.n * b.n, ONE, a.f || b.f);
    return make(a.n * b.n, a.d * b.d, true);
  }

  function div(a, b) {
    // Fraction division (the programs divide only by Fractions: 1/x is printed as _F(1, 1) / x)
    if (b.n === ZERO) throw new PlanError("division by zero");
    return make(a.n * b.d, a.d * b.n, true);
  }

  function neg(a) {
    return new Q(-a.n, a.d, a.f);
  }

  function abs(a) {
    return a.n < ZERO ? neg(a) : a;
  }

  function floorDiv(n, d) {
    // floor(n / d) for BigInts, d > 0 or d < 0 (Python's //)
    const q = n / d;
    return (n % d !== ZERO && (n < ZERO) !== (d < ZERO)) ? q - ONE : q;
  }

  function floor(a) {
    return new Q(floorDiv(a.n, a.d), ONE, false);
  }

  function ceil(a) {
    return new Q(-floorDiv(-a.n, a.d), ONE, false);
  }

  function mod(a, b) {
    if (b.n === ZERO) throw new PlanError("modulo by zero");
    if (a.d === ONE && b.d === ONE) {
      const r = a.n % b.n;
      return new Q(r !== ZERO && (r < ZERO) !== (b.n < ZERO) ? r + b.n : r, ONE, a.f || b.f);
    }
    return sub(a, mul(b, floor(div(a, b))));
  }

  function pow(a, k) {
    // k: a non-negative JS integer (exponents of the specs are small constants)
    const e = BigInt(k);
    return new Q(a.n ** e, a.d ** e, a.f);
  }

  function cmp(a, b) {
    const x = a.d === b.d ? a.n - b.n : a.n * b.d - b.n * a.d;
    return x < ZERO ? -1 : x > ZERO ? 1 : 0;
  }

  function min(...xs) {
    let best = xs[0];
    for (const x of xs.slice(1)) if (cmp(x, best) < 0) best = x;
    return best;
  }

  function max(...xs) {
    let best = xs[0];
    for (const x of xs.slice(1)) if (cmp(x, best) > 0) best = x;
    return best;
  }

  function isInteger(a) {
    return a.d === ONE;
  }

  function bitLength(n) {
    n = babs(n);
    return n === ZERO ? 0 : n.toString(2).length;
  }

  function toNumber(a) {
    // the double nearest to n/d, ties to even (as Python's float(Fraction) and int / int)
    if (a.d === ONE) return Number(a.n);
    const negative = a.n < ZERO;
    const n = babs(a.n);
    const shift = 55 - (bitLength(n) - bitLength(a.d)); // the quotient gets 54 to 56 bits
    const top = shift >= 0 ? n << BigInt(shift) : n;
    const bottom = shift >= 0 ? a.d : a.d << BigInt(-shift);
    let q = top / bottom;
    const sticky = top % bottom !== ZERO;
    const extra = bitLength(q) - 53;
    let mantissa = q >> BigInt(extra);
    const rest = q & ((ONE << BigInt(extra)) - ONE);
    const half = ONE << BigInt(extra - 1);
    if (rest > half || (rest === half && (sticky || (mantissa & ONE) === ONE))) mantissa += ONE;
    const value = Number(mantissa) * 2 ** (extra - shift);
    return negative ? -value : value;
  }

  function fromNumber(x) {
    // the exact value of a finite double (a Fraction, as Fraction.from_float)
    if (!Number.isFinite(x)) throw new PlanError("not a finite number");
    let scale = 0;
    while (!Number.isInteger(x)) {
      x *= 2;
      scale += 1;
    }
    return make(BigInt(x), ONE << BigInt(scale), true);
  }

  function str(a) {
    // Python's str() of an int or a Fraction
    return a.d === ONE ? a.n.toString() : `${a.n}/${a.d}`;
  }

  function parse(text) {
    // "123", "-7/2": the form engine.web writes exact numbers in
    const [p, q] = text.split("/");
    return q === undefined ? int(BigInt(p)) : frac(BigInt(p), BigInt(q));
  }

  function fromDecimal(text) {
    // an exact decimal ('1.5e9', '0.1'); the caller checks the digit and exponent limits
    const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/.exec(text.toLowerCase());
    if (m === null || !(m[2] || m[3])) throw new PlanError("not a decimal");
    const digits = (m[2] || "") + (m[3] || "");
    let n = BigInt(digits || "0") * (m[1] === "-" ? -ONE : ONE);
    const exponent = Number(m[4] || 0) - (m[3] || "").length;
    let d = ONE;
    if (exponent >= 0) n *= 10n ** BigInt(exponent);
    else d = 10n ** BigInt(-exponent);
    const value = make(n, d, true);
    return value.d === ONE ? new Q(value.n, ONE, false) : value; // int when whole, as exact_decimal
  }

  function fixed(x, digits, commas) {
    // Python's format(x, ",.Nf") of a double: the exact binary value rounded half to even
    const exact = fromNumber(Math.abs(x));
    const scaled = mul(exact, int(10n ** BigInt(digits)));
    let q = floorDiv(scaled.n, scaled.d);
    const twice = (scaled.n - q * scaled.d) * 2n;
    if (twice > scaled.d || (twice === scaled.d && (q & ONE) === ONE)) q += ONE;
    let text = q.toString().padStart(digits + 1, "0");
    let head = text.slice(0, text.length - digits);
    const tail = text.slice(text.length - digits);
    if (commas) head = head.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    text = digits ? `${head}.${tail}` : head;
    return x < 0 || Object.is(x, -0) ? "-" + text : text; // Python keeps the sign of -0.001 -> "-0.00"
  }

  function pyRepr(x) {
    // Python's repr() of a float: the shortest digits, in Python's layout
    if (Number.isNaN(x)) return "nan";
    if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
    if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
    const [mant, exp] = x.toExponential().split("e");
    const e = Number(exp);
    const digits = mant.replace("-", "").replace(".", "");
    const sign = x < 0 ? "-" : "";
    if (e < -4 || e >= 16) {
      const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
      return `${sign}${m}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
    }
    if (e < 0) return `${sign}0.${"0".repeat(-e - 1)}${digits}`;
    const intPart = digits.slice(0, e + 1).padEnd(e + 1, "0");
    const fracPart = digits.slice(e + 1) || "0";
    return `${sign}${intPart}.${fracPart}`;
  }

  root.Rational = {
    PlanError, Q, int, frac, make, add, sub, mul, div, neg, abs, floor, ceil, mod, pow, cmp, min, max,
    isInteger, bitLength, toNumber, fromNumber, str, parse, fromDecimal, fixed, pyRepr, floorDiv,
    lt: (a, b) => cmp(a, b) < 0,
    le: (a, b) => cmp(a, b) <= 0,
    gt: (a, b) => cmp(a, b) > 0,
    ge: (a, b) => cmp(a, b) >= 0,
    eq: (a, b) => cmp(a, b) === 0,
    ne: (a, b) => cmp(a, b) !== 0,
  };
})(typeof globalThis !== "undefined" ? globalThis : this);
