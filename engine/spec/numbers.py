"""How a number written in a spec, a config.json or on the command line becomes an exact value.

`exact_decimal('1.5e9')` is 1500000000 and `exact_decimal('0.1')` is 1/10: ints and Fractions, never
floats, with the digit and exponent limits of engine.limits checked before anything is built.
"""

from __future__ import annotations

import re
from fractions import Fraction

from engine.limits import MAX_DIGITS

Number = int | Fraction

_DECIMAL = re.compile(r"[+-]?(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?")

NOT_FINITE = frozenset({".inf", ".nan", "inf", "nan", "infinity"})


def exact_decimal(text: str) -> Number:
    """A decimal number as an exact value: '1.5e9' -> 1500000000, '0.1' -> 1/10.

    Raises ValueError saying what is wrong: not finite, not a decimal, more than `MAX_DIGITS` digits, or
    an exponent beyond +-`MAX_DIGITS` ('1e-99999999' would otherwise build a number of 330 million bits).
    """
    cleaned = text.replace("_", "").lower()
    if cleaned.lstrip("+-") in NOT_FINITE:
        raise ValueError("is not a finite number")
    match = _DECIMAL.fullmatch(cleaned)
    if match is None or not (match.group(1) or match.group(2)):
        raise ValueError("is not a number this tool can read exactly")
    whole, fraction, exponent = match.groups()
    if len(whole) + len(fraction or "") > MAX_DIGITS:
        raise ValueError(f"has more than {MAX_DIGITS} digits")
    if exponent and (len(exponent) > 5 or abs(int(exponent)) > MAX_DIGITS):
        raise ValueError(f"has an exponent beyond +-{MAX_DIGITS}")
    value = Fraction(cleaned)
    return int(value) if value.denominator == 1 else value


def show_number(value: Number) -> str:
    """A number for a message: exact when short, else its order of magnitude ('about 10**3999')."""
    value = Fraction(value)
    if max(abs(value.numerator).bit_length(), value.denominator.bit_length()) > 100:
        import math

        exponent = math.floor(math.log10(abs(value.numerator)) - math.log10(value.denominator))
        return f"{'-' if value < 0 else ''}about 10**{exponent}"
    return str(value)
