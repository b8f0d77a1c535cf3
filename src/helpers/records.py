"""Faster construction for the frozen dataclasses built thousands of times per article."""

from __future__ import annotations

import dataclasses
from typing import TypeVar

Record = TypeVar("Record", bound=type)


def quick_init(cls: Record) -> Record:
    """`cls`, a frozen dataclass with slots, with an __init__ that fills each slot through its
    descriptor rather than calling `object.__setattr__` by name for every field, as a frozen
    dataclass's own does: the same parameters, defaults and frozen instances, built in about half
    the time (tests/test_speed.py compares both). Written, as `dataclasses` writes its own, from
    source; applied above `@dataclass`, which makes the slotted class."""
    params = getattr(cls, "__dataclass_params__", None)
    fields = dataclasses.fields(cls) if params is not None else ()
    if params is None or not params.frozen or "__slots__" not in vars(cls) or hasattr(cls, "__post_init__") or any(
        not f.init or f.kw_only is True or f.default_factory is not dataclasses.MISSING for f in fields
    ):
        raise TypeError(f"quick_init takes a frozen dataclass with slots and plain fields, not {cls.__name__}")
    scope = {f"_set_{f.name}": getattr(cls, f.name).__set__ for f in fields}
    scope.update({f"_default_{f.name}": f.default for f in fields if f.default is not dataclasses.MISSING})
    arguments = "".join(f", {f.name}" if f.default is dataclasses.MISSING else f", {f.name}=_default_{f.name}" for f in fields)
    body = "".join(f"\n    _set_{f.name}(self, {f.name})" for f in fields) or "\n    pass"
    exec(f"def __init__(self{arguments}):{body}", scope)  # source built from the field names alone
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init  # type: ignore[misc]
    return cls
