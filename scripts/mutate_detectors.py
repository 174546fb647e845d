"""A mutation pass over the personal-data detectors: does every detection rule have a test?

Each mutant changes one thing in yhdyspinta_cli/privacy/detectors.py (a comparison, an
arithmetic or boolean operator, a number, a `not`, an `if` condition, a returned truth value,
an upper-casing), is written over the source file (the tests run against the source, as the
editable install does), and the detector tests run with -x; the source is restored afterwards,
also on Ctrl-C. Mutants the tests do not kill are listed; the exit code is 1 if any survive.

This is a small hand-written mutation tool rather than mutmut: mutmut 3 runs the tests in a
copy of the project (mutants/), where the test suite's guard that the checkout's own source is
tested stops it, and it cannot be made to pass the data files along without changing the suite.
The regular expressions themselves are not mutated (their cases are the data-driven tests).

    .venv/bin/python scripts/mutate_detectors.py            # every mutant
    .venv/bin/python scripts/mutate_detectors.py --list     # what would be tried
    .venv/bin/python scripts/mutate_detectors.py --only is_hetu --only _take_groups
"""

from __future__ import annotations

import argparse
import ast
import copy
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "yhdyspinta_cli" / "privacy" / "detectors.py"
TESTS = (
    "tests/test_privacy_detector_rules.py",
    "tests/test_privacy_normalising.py",
    "tests/test_check_personal_data.py",
)
SWAPS: dict[type, type] = {
    ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt, ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq, ast.In: ast.NotIn, ast.NotIn: ast.In, ast.Is: ast.IsNot,
    ast.IsNot: ast.Is, ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mod: ast.FloorDiv,
    ast.And: ast.Or, ast.Or: ast.And,
}  # fmt: skip
CASE_CALLS = ("upper", "lower")
# Module-level numbers that are detection rules (the regular expressions are left alone).
RULE_CONSTANTS = ("NATIONAL_DIGITS", "INTERNATIONAL_DIGITS")
# Mutants that cannot change a result, each with the reason; they are tried but not counted.
EQUIVALENT = {
    "Normalised.of: Or -> And": "the ASCII test is a shortcut; the full path gives the same text",
    # century - yy and century + yy (0-99) are leap years alike, and only that decides a date
    "is_hetu: Add -> Sub": "the year only decides 29 February, the same either way",
}


def iter_mutations(tree: ast.Module) -> Iterator[tuple[ast.AST, str, ast.AST]]:
    """(node, description, replacement) for every mutation of a detection rule."""
    for top in tree.body:
        if isinstance(top, ast.Assign) and _names(top) & set(RULE_CONSTANTS):
            for node, what, new in _number_mutations(top):
                yield node, f"{', '.join(sorted(_names(top)))}: {what}", new
        elif isinstance(top, ast.FunctionDef):
            yield from _body_mutations(top, top.name)
        elif isinstance(top, ast.ClassDef):
            for method in top.body:
                if isinstance(method, ast.FunctionDef):
                    yield from _body_mutations(method, f"{top.name}.{method.name}")


def _body_mutations(scope: ast.FunctionDef, name: str) -> Iterator[tuple[ast.AST, str, ast.AST]]:
    # Decorators (an lru_cache size) tune speed, not what is detected.
    skipped = {id(n) for d in scope.decorator_list for n in ast.walk(d)}
    for node, what, new in _node_mutations(scope):
        if id(node) not in skipped:
            yield node, f"{name}: {what}", new


def _node_mutations(scope: ast.AST) -> Iterator[tuple[ast.AST, str, ast.AST]]:
    for node in ast.walk(scope):
        if isinstance(node, ast.Compare):
            for index, op in enumerate(node.ops):
                if type(op) in SWAPS:
                    new = copy.deepcopy(node)
                    new.ops[index] = SWAPS[type(op)]()
                    yield node, f"{type(op).__name__} -> {type(new.ops[index]).__name__}", new
        elif isinstance(node, (ast.BinOp, ast.BoolOp)) and type(node.op) in SWAPS:
            new = copy.deepcopy(node)
            new.op = SWAPS[type(node.op)]()
            yield node, f"{type(node.op).__name__} -> {type(new.op).__name__}", new
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            yield node, "drop `not`", node.operand
        elif isinstance(node, ast.If):
            new = copy.deepcopy(node)
            new.test = ast.UnaryOp(ast.Not(), new.test)
            yield node, "negate `if`", new
        elif isinstance(node, ast.Return) and isinstance(node.value, ast.Constant):
            if isinstance(node.value.value, bool):
                yield node, "flip returned bool", ast.Return(ast.Constant(not node.value.value))
        elif _is_case_call(node):
            assert isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            yield node, f"drop .{node.func.attr}()", node.func.value
        if isinstance(node, ast.Constant) and type(node.value) is int:
            yield from _number_mutations(node)


def _number_mutations(scope: ast.AST) -> Iterator[tuple[ast.AST, str, ast.AST]]:
    for node in ast.walk(scope):
        if isinstance(node, ast.Constant) and type(node.value) is int:
            for new in {node.value + 1, max(node.value - 1, 0)} - {node.value}:
                yield node, f"{node.value} -> {new}", ast.Constant(new)


def _is_case_call(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in CASE_CALLS
        and not node.args
    )


def _names(assign: ast.Assign) -> set[str]:
    return {target.id for target in assign.targets if isinstance(target, ast.Name)}


class _Replace(ast.NodeTransformer):
    def __init__(self, old: ast.AST, new: ast.AST) -> None:
        self.old, self.new = old, new

    def visit(self, node: ast.AST) -> ast.AST:
        if node is self.old:
            return self.new
        return super().visit(node)


def mutant_source(original: str, index: int) -> tuple[str, str]:
    """The source with mutation `index` applied, and where and what it is."""
    tree = ast.parse(original)
    node, what, new = list(iter_mutations(tree))[index]
    where = f"line {getattr(node, 'lineno', '?')}"
    mutated = ast.fix_missing_locations(_Replace(node, new).visit(tree))
    return ast.unparse(mutated) + "\n", f"{where}: {what}"


def killed(source: str) -> bool:
    """Whether the detector tests fail against `source` written over the module."""
    SOURCE.write_text(source, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *TESTS],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.returncode != 0


def main() -> int:
    """Try every mutant; print the survivors."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="only list the mutants")
    parser.add_argument("--only", action="append", default=[], help="try only these functions")
    args = parser.parse_args()
    original = SOURCE.read_text(encoding="utf-8")
    count = len(list(iter_mutations(ast.parse(original))))
    survivors: list[str] = []
    tried = 0
    try:
        for index in range(count):
            source, what = mutant_source(original, index)
            if args.only and not any(f" {name}: " in what for name in args.only):
                continue
            if args.list:
                print(f"{index:3} {what}")
                continue
            tried += 1
            verdict = "killed" if killed(source) else "SURVIVED"
            reason = EQUIVALENT.get(what.split(": ", 1)[1])
            if verdict == "SURVIVED" and reason:
                verdict = "equivalent"
            print(f"{index + 1:3}/{count} {verdict:10} {what}", flush=True)
            if verdict == "SURVIVED":
                survivors.append(what)
    finally:
        SOURCE.write_text(original, encoding="utf-8")
    if not args.list:
        print(f"{tried - len(survivors)} of {tried} mutants killed or equivalent")
        for what in survivors:
            print(f"survived: {what}")
    return 1 if survivors else 0


if __name__ == "__main__":
    sys.exit(main())
