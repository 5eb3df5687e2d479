"""``@record``: a frozen dataclass made without compiling five of its six methods.

Python 3.11's ``dataclass`` writes out the source of each method it gives a class and
compiles it, class by class: a frozen class gets ``__init__``, ``__repr__``, ``__eq__``,
``__hash__``, ``__setattr__`` and ``__delattr__``, 1.1-1.4 ms a class. The window's start
makes 103 such classes (0.11-0.15 s of it; parsing those sources alone was 9.6 % of the
start's instructions), an import 71, an image's export 79.

``record`` is ``@dataclass(frozen=True)`` for what a class declares: its fields, their
defaults and factories, ``dataclasses.fields``, ``replace``, ``asdict`` and
``is_dataclass``, and ``__dataclass_params__`` as a frozen dataclass has them. Of its
methods only ``__init__`` is compiled, and it fills the instance's ``__dict__`` in one
step, then calls ``__post_init__`` if the class has one: a frozen dataclass's own sets
each field through ``object.__setattr__``, and took twice as long to make a
thirteen-field instance (2.4 µs against 5.1; an import makes a candidate and a plan item
for each row of its file). The other five are functions made here, once for each class,
with no source compiled; they behave as the dataclass's own:

- ``__eq__``: an instance of the very same class with equal compared fields; anything
  else is ``NotImplemented``;
- ``__hash__``: the hash of the tuple of the fields that are hashed (``hash=True``, or
  compared when ``hash`` is not given);
- ``__repr__``: ``Name(field=value, ...)`` of the fields shown, ``...`` where an instance
  holds itself;
- ``__setattr__`` and ``__delattr__``: ``FrozenInstanceError`` for any name on the class's
  own instances, for a field's name on a subclass's.

A class ``record`` cannot make that way (slots, an init-only or ``init=False`` field
without a default, a field named ``self`` or starting with an underscore, a method of its
own among the five) is made by ``dataclass(frozen=True)`` itself.
tests/unit/test_records.py holds records and frozen dataclasses of the same declarations
to the same behaviour.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import MISSING, FrozenInstanceError, dataclass
from operator import attrgetter
from reprlib import recursive_repr
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")

_FACTORY = object()  # a parameter left to its field's default factory
# What @dataclass(frozen=True) gives a class's __dataclass_params__, taken from one.
_FROZEN_PARAMS = dataclass(frozen=True)(type("_Probe", (), {})).__dataclass_params__  # type: ignore[attr-defined]
_OWN = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__")


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def record(cls: type[T]) -> type[T]:
    """``cls`` as ``@dataclass(frozen=True)`` makes it (see the module)."""
    if not _servable(cls):
        return dataclass(frozen=True)(cls)
    made = dataclass(init=False, repr=False, eq=False)(cls)
    fields = dataclasses.fields(made)  # type: ignore[arg-type]
    if not all(
        f.init or f.default is not MISSING or f.default_factory is not MISSING for f in fields
    ):
        raise TypeError(f"{cls.__name__}: an init=False field needs a default")
    compared = tuple(f.name for f in fields if f.compare)
    hashed = tuple(f.name for f in fields if (f.compare if f.hash is None else f.hash))
    shown = tuple(f.name for f in fields if f.repr)
    names = frozenset(f.name for f in fields)
    methods: dict[str, object] = {
        "__dataclass_params__": _FROZEN_PARAMS,
        "__init__": _init(made, fields),
        "__eq__": _eq(made, _getter(compared)),
        "__hash__": _hash(made, _getter(hashed)),
        "__repr__": _repr(made, shown),
        "__setattr__": _setattr(made, names),
        "__delattr__": _delattr(made, names),
    }
    for name, method in methods.items():
        setattr(made, name, method)
    return made


def _servable(cls: type) -> bool:
    own = vars(cls)
    annotations = own.get("__annotations__", {})
    return (
        "__slots__" not in own
        and not any(name in own for name in _OWN)
        and not any(name == "self" or name.startswith("_") for name in annotations)
        # an init-only field goes to __post_init__, which dataclass's __init__ calls
        and not any("InitVar" in str(annotation) for annotation in annotations.values())
        # a base that is a dataclass keeps its own methods: dataclass makes the class
        and not any(hasattr(base, "__dataclass_fields__") for base in cls.__mro__[1:])
    )


def _getter(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """The values of ``names`` of an instance, as a tuple (attrgetter, in C)."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        (name,) = names
        return lambda instance: (getattr(instance, name),)
    return lambda _instance: ()


def _init(cls: type, fields: tuple[dataclasses.Field[Any], ...]) -> Callable[..., None]:
    """An ``__init__`` with the dataclass's parameters that sets the fields at once."""
    names: dict[str, Any] = {"_FACTORY": _FACTORY}
    positional: list[str] = []
    keyword: list[str] = []
    values: list[str] = []
    for index, f in enumerate(fields):
        if f.default is not MISSING:
            names[f"_default_{index}"] = f.default
            parameter, value = f"{f.name}=_default_{index}", f.name
            fixed = f"_default_{index}"
        elif f.default_factory is not MISSING:
            names[f"_factory_{index}"] = f.default_factory
            parameter = f"{f.name}=_FACTORY"
            value = f"_factory_{index}() if {f.name} is _FACTORY else {f.name}"
            fixed = f"_factory_{index}()"
        else:
            parameter = value = fixed = f.name
        if not f.init:  # not a parameter: its default, as dataclass sets it
            values.append(f"{f.name!r}: {fixed}")
            continue
        (keyword if f.kw_only else positional).append(parameter)
        values.append(f"{f.name!r}: {value}")
    parameters = ", ".join(["self", *positional, *(["*", *keyword] if keyword else [])])
    body = f"self.__dict__.update({{{', '.join(values)}}})"
    if hasattr(cls, "__post_init__"):
        body += "\n    self.__post_init__()"
    source = f"def __init__({parameters}) -> None:\n    {body}\n"
    exec(source, names)  # noqa: S102 - made from the class's own field names only
    init: Callable[..., None] = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init


def _eq(cls: type, values: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any, Any], Any]:
    def __eq__(self: Any, other: object) -> Any:  # noqa: N807 - the method's own name
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented

    __eq__.__qualname__ = f"{cls.__qualname__}.__eq__"
    return __eq__


def _hash(cls: type, values: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any], int]:
    def __hash__(self: Any) -> int:  # noqa: N807
        return hash(values(self))

    __hash__.__qualname__ = f"{cls.__qualname__}.__hash__"
    return __hash__


def _repr(cls: type, names: tuple[str, ...]) -> Callable[[Any], str]:
    @recursive_repr()
    def __repr__(self: Any) -> str:  # noqa: N807
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{self.__class__.__qualname__}({shown})"

    __repr__.__qualname__ = f"{cls.__qualname__}.__repr__"
    return __repr__


def _setattr(cls: type[Any], names: frozenset[str]) -> Callable[[Any, str, Any], None]:
    def __setattr__(self: Any, name: str, value: Any) -> None:  # noqa: N807
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    __setattr__.__qualname__ = f"{cls.__qualname__}.__setattr__"
    return __setattr__


def _delattr(cls: type[Any], names: frozenset[str]) -> Callable[[Any, str], None]:
    def __delattr__(self: Any, name: str) -> None:  # noqa: N807
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    __delattr__.__qualname__ = f"{cls.__qualname__}.__delattr__"
    return __delattr__


__all__ = ["record"]
