"""Fuzzing the loader: whatever the bytes, the result is a valid project or a ProjectFileError.

Generated documents: valid files with one part of the JSON tree mutated (wrong types, deleted
keys, unknown keys, random ids), truncations and bit flips of the example files, and random
bytes. Together well over 1,000 documents per run, in a few seconds.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from procedit.model import Project, check_integrity
from procedit.storage import ProjectFileError, dumps, loads

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SMALL = (EXAMPLES / "small_en.procmap").read_bytes()
BIG = (EXAMPLES / "marketing_ru.procmap").read_bytes()
SMALL_TREE = json.loads(SMALL)
FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)


def all_paths(tree: Any, prefix: tuple = ()) -> list[tuple]:
    """Every place in the tree (the root is ``()``)."""
    out = [prefix]
    if isinstance(tree, dict):
        for k, v in tree.items():
            out += all_paths(v, (*prefix, k))
    elif isinstance(tree, list):
        for i, v in enumerate(tree):
            out += all_paths(v, (*prefix, i))
    return out


PATHS = all_paths(SMALL_TREE)
json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)


def walk(tree: Any, path: tuple) -> Any:
    for part in path:
        tree = tree[part]
    return tree


def check(data: bytes) -> None:
    """The loader's promise: a consistent project, or a one-line ProjectFileError."""
    try:
        project = loads(data, "fuzz.procmap")
    except ProjectFileError as e:
        assert e.path == "fuzz.procmap"
        assert "\n" not in str(e) and "\n" not in e.message("ru")
        return
    assert isinstance(project, Project)
    assert check_integrity(project) == []
    assert loads(dumps(project), "again") == project


@st.composite
def mutated_documents(draw, source: bytes = SMALL) -> bytes:
    tree = json.loads(source)  # a fresh copy (faster than deepcopy)
    path = draw(st.sampled_from(PATHS if source is SMALL else all_paths(tree)))
    kind = draw(st.sampled_from(["replace", "delete", "add_key", "random_id", "swap_ids", "wrap"]))
    if not path:
        tree = draw(json_values) if kind == "replace" else tree
    else:
        parent, key = walk(tree, path[:-1]), path[-1]
        if kind == "replace":
            parent[key] = draw(json_values)
        elif kind == "delete":
            del parent[key]
        elif kind == "add_key":
            target = parent[key] if isinstance(parent[key], dict) else parent
            if isinstance(target, dict):
                target[draw(st.text(min_size=1, max_size=8))] = draw(json_values)
        elif kind == "random_id":
            parent[key] = draw(st.sampled_from(ID_POOL) | st.text(min_size=1, max_size=10))
        elif kind == "swap_ids":
            parent[key] = draw(st.sampled_from(ID_POOL))
        else:
            parent[key] = [parent[key]]
    return json.dumps(tree, ensure_ascii=draw(st.booleans())).encode("utf-8")


ID_POOL = sorted(
    {
        v
        for p in PATHS
        for v in [walk(SMALL_TREE, p)]
        if p and isinstance(p[-1], str) and (p[-1] == "id" or p[-1].endswith("_id")) and isinstance(v, str)
    }
)


@settings(FUZZ, max_examples=500)
@given(mutated_documents())
def test_mutated_trees(data):
    check(data)


V1 = (Path(__file__).parent / "data" / "marketing_v1.procmap").read_bytes()


@settings(FUZZ, max_examples=150)
@given(mutated_documents(V1))
def test_mutated_format_1_files(data):
    """The migration path keeps the same promise."""
    check(data)


@settings(FUZZ, max_examples=200)
@given(st.sampled_from([SMALL, BIG]), st.integers(min_value=0, max_value=len(BIG)))
def test_truncated_files(source, n):
    check(source[: n % (len(source) + 1)])


@settings(FUZZ, max_examples=250)
@given(
    st.sampled_from([SMALL, BIG]),
    st.lists(
        st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=7)), min_size=1, max_size=4
    ),
)
def test_bit_flips(source, flips):
    data = bytearray(source)
    for pos, bit in flips:
        data[pos % len(data)] ^= 1 << bit
    check(bytes(data))


@settings(FUZZ, max_examples=100)
@given(st.binary(max_size=200) | st.text(max_size=100).map(lambda s: s.encode("utf-8", "surrogatepass")))
def test_random_bytes(data):
    check(data)


def test_the_fuzzed_sources_are_valid():
    check(SMALL)
    check(V1)
    assert loads(SMALL, "x").maps
