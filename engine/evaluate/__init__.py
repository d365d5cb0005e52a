"""Values in, exact numbers out: every symbol's value and its origin (assign), the one evaluator with its
located fallback (evaluator), parameter counts (params), linear layers (linears), the question binding a
model, rules and a GPU (question), and memory per GPU at a layout (memory)."""
