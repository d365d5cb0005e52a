"""Every bound the engine puts on its input and its work, in one place, with what each one stops.

A stranger's spec, config.json or command line must never hang the tool or exhaust its memory: each
number here is a limit a real input stays far below (the largest shipped value is noted where it
matters), checked before the work it guards starts. docs/spec-language.md lists them for users.
"""

from __future__ import annotations

# ---- files and YAML (engine.spec.source, engine.spec.extends) ----
MAX_FILE_BYTES = 256 << 10  # a spec or config.json; the largest shipped spec is 30 KiB; a full file reads in ~1 s
MAX_DEPTH = 64  # nesting of YAML mappings and lists
MAX_NODES = 10_000  # values in one spec or extends chain: alias bombs, about 1 s of work (largest shipped: 749)
MAX_EXTENDS_DEPTH = 16  # specs in one extends chain
MAX_NAME_BYTES = 255  # a file name (one path component), as most file systems allow

# ---- the Hugging Face cache (engine.spec.hf) ----
MAX_MODEL_ID = 200  # characters of --hf ORG/NAME (the hub allows 96 per name; the folder name stays short)
MAX_REF_BYTES = 256  # refs/main holds a 40-character commit hash; a 30 MB file is not read

# ---- numbers written in a spec, a config.json or on the command line ----
MAX_DIGITS = 300  # digits, and decimal exponent, of a literal (real values have about 20)
MAX_MAGNITUDE = 10**30  # no configuration value is this large; bounds every computed number
MAX_RESULT = 10**60  # no count or byte total is this large (and it stays printable)

# ---- expressions (engine.spec.expressions, engine.build) ----
MAX_LENGTH = 10_000  # characters of expression text (printed formulas must parse back)
MAX_EXPRESSION_NODES = 2_000  # syntax-tree nodes per expression
MAX_EXPONENT = 64  # |e| in a ** e; exponents must be constants
MAX_NUMBER_BITS = 8192  # a constant computed while building (2**30 is fine, 2**100000 is not)
MAX_DEGREE = 4096  # total degree of a built expression (bounds the size of any evaluated number)
# Nodes of a built expression with the quantities it uses written out (the largest shipped: 1,421).
# Quantities that use each other twice per level double at each level; sympy walks such trees without
# sharing, so twenty levels of floor(q / 3) + ceil(q / 5) took minutes before this bound.
MAX_TREE = 5_000
MAX_EXPANDED = 10_000  # terms sympy.expand may produce ((a + b + c + d)**20 would be 1,771 of 4**20 products)

# ---- reporting ----
MAX_REPORTED = 20  # errors of one file shown at once

# ---- the solver (engine.solve) ----
MAX_DP = 2**24  # no layout has more data-parallel ranks than this
MAX_VALUE = 2**50  # search bound for limits (tokens, batch, parameters)

# ---- sweeps ----
MAX_ROWS = 4_000_000  # rows of one sweep: about 1.5 GB of columns and a minute
MAX_GEOMETRIC = 64  # values of a *FACTOR axis (batch=1..2**60*2 has 61)
