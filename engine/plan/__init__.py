"""Compiled plans as plain data (program) and their run time (runtime): what evaluation runs without sympy;
serial keeps them on disk as JSON."""
