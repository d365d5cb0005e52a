"""The console script's command: only the command asked for, and its parameters coerced without pydantic
where no conversion is needed.

Building the click commands of all fifteen commands, importing every command module (each reads the
rules' flags from the spec index) and typer's coercion (typer 0.29 imports pydantic and builds a
validator per parameter, given or not) were about half of a cached `engine solve`. So `engine solve ...`
imports engine.cli.question only and builds a group holding `solve` alone: its usage, help and errors
are those of the whole application, which anything else (`engine --help`, an unknown command, shell
completion) still gets. Typer stays the parser: a value that needs converting (`--batch 8`, a path,
a choice) goes to typer's own coercion, built the first time it is needed, as typer builds it;
`tests/test_cli_lean.py` checks both routes give the same values for every parameter.
"""

from __future__ import annotations

import copy
import os
import re
from collections.abc import Sequence
from enum import Enum
from importlib import import_module
from typing import Any

import typer.main

from engine.cli.commands import COMMANDS

GLOBAL_FLAGS = ("--debug",)  # the group's options that may come before a command
PLAIN_INTEGER = re.compile(r"0|[1-9][0-9]{0,17}")  # digits only, no sign, blank, underscore or leading zero


def whole() -> Any:
    """The typer application with every command registered."""
    for module in sorted(set(COMMANDS.values())):
        import_module(f"engine.cli.{module}")
    from engine.cli.application import app

    return app


def asked(args: Sequence[str]) -> str | None:
    """The command named on the command line, or None when the whole application must answer."""
    if any(key.endswith("_COMPLETE") for key in os.environ if key.startswith("_")):  # shell completion
        return None
    rest = list(args)
    while rest and rest[0] in GLOBAL_FLAGS:
        rest.pop(0)
    return rest[0] if rest and rest[0] in COMMANDS else None


def command_for(args: Sequence[str]) -> Any:
    """The click command that answers `args`: a group holding only the command asked for, else the
    whole application."""
    name = asked(args)
    if name is None:
        return typer.main.get_command(whole())
    import_module(f"engine.cli.{COMMANDS[name]}")
    from engine.cli.application import app

    lean = copy.copy(app)
    lean.registered_commands = [c for c in app.registered_commands if command_name(c) == name]
    group = typer.main.get_command(lean)
    for command in (group, *getattr(group, "commands", {}).values()):  # click's Group (vendored by typer 0.29)
        lighten(command)
    return group


def command_name(info: Any) -> str:
    """The name a registered command answers to (typer's rule when it was registered without one)."""
    return str(info.name or typer.main.get_command_name(info.callback.__name__))


def lighten(command: Any) -> None:
    """Give each typer parameter of `command` the light coercion (where typer's is not built yet), and
    the --help option too, which click makes when it parses."""
    for param in command.params:
        _light(param)
    make = command.get_help_option

    def help_option(ctx: Any) -> Any:
        option = make(ctx)
        if option is not None:
            _light(option)
        return option

    command.get_help_option = help_option


def _light(param: Any) -> None:
    if hasattr(param, "type_descriptor") and getattr(param, "_runtime_param", False) is None:
        param._runtime_param = Light(param.type_descriptor.annotation, param.type_descriptor.parameter_info)


class Light:
    """Typer's coercion for values that need none: nothing given, a text for a text, a number within its
    bounds for a number (or plain digits for a whole number), a choice for a choice. Anything else goes
    to typer's own coercion."""

    def __init__(self, annotation: Any, info: Any) -> None:
        self.annotation = annotation
        self.low = getattr(info, "min", None)
        self.high = getattr(info, "max", None)
        self.plain = not getattr(info, "parser", None) and not getattr(info, "clamp", None)

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        many = param.multiple or param.nargs == -1
        if value is None:
            return () if many else None
        if self.plain and not many and self.unchanged(value):
            return int(value) if self.annotation is int else value
        texts = isinstance(value, (list, tuple)) and all(type(item) is str for item in value)
        if self.plain and many and self.annotation == list[str] and texts:
            return list(value)
        param._runtime_param = None  # typer's own, built as typer builds it
        return param.get_runtime_param().coerce(value, param=param, ctx=ctx)

    def unchanged(self, value: Any) -> bool:
        kind = self.annotation
        if kind is str:
            return type(value) is str
        if kind is int and type(value) is str and PLAIN_INTEGER.fullmatch(value):
            value = int(value)  # what typer makes of '8', and nothing it would read otherwise
        if kind in (int, float):
            return (
                type(value) is kind
                and (self.low is None or value >= self.low)
                and (self.high is None or value <= self.high)
            )
        return isinstance(kind, type) and issubclass(kind, Enum) and type(value) is kind
