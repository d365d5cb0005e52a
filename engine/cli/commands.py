"""Which module of engine.cli registers each command: the console script imports only the one asked for
(engine.cli.lean); tests/test_cli_lean.py checks the table against the registrations."""

COMMANDS = {
    "params": "specs",
    "formula": "specs",
    "validate": "specs",
    "list": "specs",
    "solve": "question",
    "memory": "question",
    "sweep": "question",
    "check": "check",
    "plan": "plan",
    "plot": "plot",
    "table": "docs",
    "docs": "docs",
    "errata": "docs",
    "web": "web",
    "cache": "cache",
}
