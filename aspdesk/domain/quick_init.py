"""A frozen dataclass whose ``__init__`` sets its fields in one step.

A frozen dataclass's own ``__init__`` sets each field through ``object.__setattr__``, to
get past the ``__setattr__`` that refuses changes: 2 µs of the 2.9 a thirteen-field
instance takes to make. An import makes two such records for each row of a file (the
candidate and the plan's item), 10,000 of each for a list of 10,000 actors. ``quick_init``
gives such a class an ``__init__`` with the same parameters (order, defaults, factories,
keyword-only fields) that fills the instance's ``__dict__`` with one update, as the store
already makes entities it reads (``store/convert.py``). The instance is the same: the same
fields, equal, as frozen; tests/unit/test_quick_init.py holds the two to that.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T")

_FACTORY = object()  # a parameter left to its field's default factory


def quick_init(cls: type[T]) -> type[T]:
    """``cls`` (a frozen dataclass without ``__post_init__``, init-only or ``init=False``
    fields, slots, or a field named ``self`` or with a leading underscore) with an
    ``__init__`` that sets its fields at once. The dataclass's own stays as
    ``__dataclass_init__``."""
    params = vars(cls).get("__dataclass_params__")
    if params is None or not params.frozen:
        raise TypeError(f"{cls.__name__} is not a frozen dataclass")
    every = vars(cls)["__dataclass_fields__"]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if (
        hasattr(cls, "__post_init__")
        or hasattr(cls, "__slots__")
        or len(fields) != len(every)  # an InitVar or ClassVar among them
        or not all(f.init for f in fields)
        # the names the made __init__ uses itself
        or any(f.name == "self" or f.name.startswith("_") for f in fields)
    ):
        raise TypeError(f"{cls.__name__} sets its fields in a way quick_init does not")
    names: dict[str, Any] = {"_FACTORY": _FACTORY}
    positional: list[str] = []
    keyword: list[str] = []
    values: list[str] = []
    for index, f in enumerate(fields):
        if f.default is not dataclasses.MISSING:
            names[f"_default_{index}"] = f.default
            parameter = f"{f.name}=_default_{index}"
            value = f.name
        elif f.default_factory is not dataclasses.MISSING:
            names[f"_factory_{index}"] = f.default_factory
            parameter = f"{f.name}=_FACTORY"
            value = f"_factory_{index}() if {f.name} is _FACTORY else {f.name}"
        else:
            parameter = value = f.name
        (keyword if f.kw_only else positional).append(parameter)
        values.append(f"{f.name!r}: {value}")
    parameters = ", ".join(["self", *positional, *(["*", *keyword] if keyword else [])])
    body = f"self.__dict__.update({{{', '.join(values)}}})"
    source = f"def __init__({parameters}) -> None:\n    {body}\n"
    exec(source, names)  # noqa: S102 - made from the class's own field names only
    init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__dataclass_init__ = cls.__init__  # type: ignore[attr-defined]
    cls.__init__ = init  # type: ignore[method-assign]
    return cls


__all__ = ["quick_init"]
