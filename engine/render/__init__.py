"""Results as text, JSON or Markdown: shared units and escaping (text), parameter counts (params),
formulas (formula), memory and solve answers (memory), sweep rows (sweep)."""
