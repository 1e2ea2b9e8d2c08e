"""CPython oracle for tests/Properties/Pull/CPythonOracleTests.cs.

Run with python3; the output is pasted into the test as data (CI has no Python).
"""
from itertools import islice, repeat, takewhile

def case(name, f):
    print(f"{name}: {f()!r}")

def islice_then_next():
    it = iter(range(6)); list(islice(it, 3)); return next(it, -1)

def zip_self(n):
    it = iter(range(n)); return list(zip(it, it))

def islice_then_rest():
    it = iter(range(6)); return (list(islice(it, 2)), list(it))

def repeat_negative():
    return list(repeat('x', -1))

def takewhile_then_next():
    it = iter(range(6)); taken = list(takewhile(lambda x: x < 3, it)); return (taken, next(it, -1))

case("islice_then_next", islice_then_next)
case("zip_self_6", lambda: zip_self(6))
case("zip_self_7", lambda: zip_self(7))
case("islice_then_rest", islice_then_rest)
case("repeat_negative", repeat_negative)
case("takewhile_then_next", takewhile_then_next)
