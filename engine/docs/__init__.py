"""Documents generated from the specs: one page per spec (pages) and the site (site), the planning guide's
table recomputed (guide, tables) and its errata (errata). Nothing below this package imports it."""
