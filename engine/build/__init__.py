"""The symbolic stage (sympy): expressions built from checked syntax trees (expr, within bounds), the model
of a spec in dependency order (model), printed as formulas (printing) and compiled into plans (codegen,
compile); the symbolic path that locates evaluation errors (explain); loading with the cache (load)."""
