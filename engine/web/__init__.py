"""The web calculator: a static site that runs the engine's compiled plans in the browser (`engine web`).

engine.web.export turns each spec and its plan into data, with every program printed in JavaScript by
engine.build.codegen_js; engine.web.site writes the page, its vendored scripts (engine/web/assets) and
the data; engine.web.mathml renders the formulas as MathML.
"""
