"""Strict JSON objects declared as annotated classes: the little of pydantic the case file needs.

The case model used to be pydantic. Importing pydantic and building its twelve models took 100–150 ms,
most of ``liability-wizard evaluate`` and of every process that reads a case; validating the small,
fixed schema of a case file needs none of that. A class declares its fields with annotations (the
types the case format uses: ``bool``, ``str``, ``int | float``, ``date``, ``Literal``, ``list``, a
``dict`` with literal keys, another :class:`StrictModel`, each optionally ``| None``), and
``Annotated[..., before(check)]`` runs ``check`` on the raw value first. Validation is strict like
pydantic's strict mode (no coercion: ``"true"`` is not a bool, ``1`` is not ``True``), forbids
unknown keys, reports every error with its location, and the error records keep pydantic's shape
(``loc``, ``type``, ``ctx``, ``input``) so that one function turns them into Chinese messages.

Instances behave like the pydantic models did where the program relies on it: attribute access,
``model_fields_set`` (the keys the file held, plus fields set later), ``model_dump`` (optionally
JSON-ready and without unset fields), ``model_copy(update=...)``, equality of fields and private
state, and ``model_json_schema`` giving the same JSON Schema pydantic wrote.

The models are compiled when their classes are created, in every process that reads a case: the
declarations' annotations are evaluated once per distinct text (``eval``, not ``typing.get_type_hints``:
see ``core/evaluation.py`` on ``compile``), and the small records here are plain classes.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Annotated, Any, ClassVar, Literal, Union, get_args, get_origin

Error = dict[str, Any]
#: A compiled field check: (value, location, errors) → the validated value (errors appended on failure).
Check = Callable[[Any, tuple[Any, ...], list[Error]], Any]
_INVALID = object()


class before:  # used like pydantic's BeforeValidator, inside Annotated
    """Run ``check`` on the raw value before the type check; a ``ValueError`` becomes ``value_error``
    with the exception's text as its code. Compared and hashed by identity: typing hashes the metadata
    of ``Annotated``, and a schema is a dict."""

    __slots__ = ("check", "schema")

    def __init__(self, check: Callable[[Any], Any], schema: dict[str, Any] | None = None) -> None:
        self.check = check
        self.schema = schema  # the JSON Schema of the type, when the check narrows it


class min_length:
    """A JSON Schema ``minLength`` (the check itself lives in a ``before`` validator)."""

    __slots__ = ("value",)

    def __init__(self, value: int) -> None:
        self.value = value


class default_factory:
    """A field's default made fresh for each instance (an empty list, an empty part)."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make


class FieldInfo:
    """A model's field as its class declares it."""

    __slots__ = ("annotation", "check", "default", "factory", "name", "required", "schema")

    def __init__(self, name: str, annotation: Any, required: bool, default: Any, factory: Callable[[], Any] | None,
                 check: Check, schema: dict[str, Any]) -> None:
        self.name = name
        self.annotation = annotation  # the type without ``Annotated`` metadata (as pydantic's FieldInfo.annotation)
        self.required = required
        self.default = default
        self.factory = factory
        self.check = check
        self.schema = schema


class ModelError(ValueError):
    """Validation failed; ``errors`` are pydantic-shaped records, in the order pydantic gave them."""

    def __init__(self, errors: list[Error]) -> None:
        self.errors = errors
        super().__init__(f"{len(errors)} validation error(s)")


def _expected(values: tuple[Any, ...]) -> str:
    """pydantic's wording of the allowed values: ``'a', 'b' or 'c'``."""
    shown = [repr(v) for v in values]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " or " + shown[-1]


def _type_check(type_name: str, types_: tuple[type, ...], *, exact: bool, nullable: bool) -> Check:
    """``exact``: the value's own type must be listed (a bool is an int subclass, but not a number here)."""
    def check(value: Any, loc: tuple[Any, ...], errors: list[Error]) -> Any:
        if (type(value) in types_ if exact else isinstance(value, types_)) or (nullable and value is None):
            return value
        errors.append({"loc": loc, "type": type_name, "input": value})
        return _INVALID
    return check


def _literal_check(values: tuple[Any, ...], *, nullable: bool) -> Check:
    allowed = {(type(v), v) for v in values}
    expected = _expected(values)

    def check(value: Any, loc: tuple[Any, ...], errors: list[Error]) -> Any:
        if (type(value) in (str, int) and (type(value), value) in allowed) or (nullable and value is None):
            return value
        errors.append({"loc": loc, "type": "literal_error", "ctx": {"expected": expected}, "input": value})
        return _INVALID
    return check


def _nullable(inner: Check) -> Check:
    def check(value: Any, loc: tuple[Any, ...], errors: list[Error]) -> Any:
        return None if value is None else inner(value, loc, errors)
    return check


def _with_before(function: Callable[[Any], Any], inner: Check) -> Check:
    def check(value: Any, loc: tuple[Any, ...], errors: list[Error]) -> Any:
        try:
            value = function(value)
        except ValueError as exc:
            errors.append({"loc": loc, "type": "value_error", "ctx": {"error": str(exc)}, "input": value})
            return _INVALID
        return inner(value, loc, errors)
    return check


def _list_check(item: Check) -> Check:
    def check(value: Any, loc: tuple[Any, ...], errors: list[Error]) -> Any:
        if type(value) is not list:
            errors.append({"loc": loc, "type": "list_type", "input": value})
            return _INVALID
        before_count = len(errors)
        items = [item(v, (*loc, i), errors) for i, v in enumerate(value)]
        return _INVALID if len(errors) > before_count else items
    return check


def _dict_check(key: Check, item: Check) -> Check:
    def check(value: Any, loc: tuple[Any, ...], errors: list[Error]) -> Any:
        if not isinstance(value, dict):
            errors.append({"loc": loc, "type": "dict_type", "input": value})
            return _INVALID
        before_count = len(errors)
        result = {}
        for k, v in value.items():
            checked_key = key(k, (*loc, k, "[key]"), errors)
            result[checked_key] = item(v, (*loc, k), errors)
        return _INVALID if len(errors) > before_count else result
    return check


def _model_check(model: type[StrictModel]) -> Check:
    def check(value: Any, loc: tuple[Any, ...], errors: list[Error]) -> Any:
        if isinstance(value, model):
            return value
        if not isinstance(value, dict):
            errors.append({"loc": loc, "type": "model_type", "input": value})
            return _INVALID
        return model._validate(value, loc, errors)
    return check


_NULL = {"type": "null"}


def _compile(annotation: Any, *, nullable: bool = False) -> tuple[Check, dict[str, Any], Any]:
    """The check and JSON Schema of one annotation, and the annotation without metadata. ``nullable``
    (from ``| None``) is built into the checks of plain types: they run for every fact of every case."""
    origin = get_origin(annotation)
    if origin is Annotated:
        base, *metadata = get_args(annotation)
        check, schema, bare = _compile(base)
        for item in metadata:  # as pydantic: the last one listed runs first
            if isinstance(item, before):
                check = _with_before(item.check, check)
                schema = dict(item.schema) if item.schema is not None else schema
            elif isinstance(item, min_length):
                schema = {**schema, "minLength": item.value}
        return _nullable(check) if nullable else check, schema, bare
    if origin in (Union, types.UnionType):
        members = get_args(annotation)
        if type(None) in members:
            rest = [m for m in members if m is not type(None)]
            inner = rest[0] if len(rest) == 1 else Union[tuple(rest)]  # noqa: UP007 — built at run time
            check, schema, _bare = _compile(inner, nullable=True)
            return check, {"anyOf": [schema, _NULL]}, annotation
        if set(members) == {int, float}:  # any JSON number but a bool
            number = _type_check("float_type", (int, float), exact=True, nullable=nullable)
            return number, {"type": "number"}, annotation
        raise TypeError(f"unsupported union {annotation!r}")
    if origin is Literal:
        values = get_args(annotation)
        kind = "string" if all(type(v) is str for v in values) else "integer"
        check = _literal_check(values, nullable=nullable)
        if len(values) == 1:
            return check, {"const": values[0], "type": kind}, annotation
        return check, {"enum": list(values), "type": kind}, annotation
    if origin is list:
        (item,) = get_args(annotation)
        check, schema, _bare = _compile(item)
        check = _list_check(check)
        return _nullable(check) if nullable else check, {"items": schema, "type": "array"}, annotation
    if origin is dict:
        key, item = get_args(annotation)
        key_check, key_schema, _ = _compile(key)
        item_check, item_schema, _ = _compile(item)
        names = {k: v for k, v in key_schema.items() if k != "type"}
        schema = {"additionalProperties": item_schema, "propertyNames": names, "type": "object"}
        check = _dict_check(key_check, item_check)
        return _nullable(check) if nullable else check, schema, annotation
    if annotation is bool:
        return _type_check("bool_type", (bool,), exact=True, nullable=nullable), {"type": "boolean"}, bool
    if annotation is str:
        return _type_check("string_type", (str,), exact=False, nullable=nullable), {"type": "string"}, str
    if annotation is date:
        check = _type_check("date_type", (date,), exact=False, nullable=nullable)
        return check, {"format": "date", "type": "string"}, date
    if isinstance(annotation, type) and issubclass(annotation, StrictModel):
        check = _model_check(annotation)
        return _nullable(check) if nullable else check, {"$ref": f"#/$defs/{annotation.__name__}"}, annotation
    raise TypeError(f"unsupported field type {annotation!r}")


@cache
def _annotation(text: str, module: str) -> Any:
    """A field's annotation, written as text under ``from __future__ import annotations``, evaluated in
    its module as ``typing.get_type_hints`` would; ``bool | None`` alone recurs ~60 times in the case."""
    return eval(text, vars(sys.modules[module]))


def _title(name: str) -> str:
    return name.replace("_", " ").title()


def _json_ready(value: Any, exclude_unset: bool) -> Any:
    if isinstance(value, StrictModel):
        return value.model_dump(mode="json", exclude_unset=exclude_unset)
    if isinstance(value, list):
        return [_json_ready(v, exclude_unset) for v in value]
    if isinstance(value, dict):
        return {k: _json_ready(v, exclude_unset) for k, v in value.items()}
    if isinstance(value, date):
        return value.isoformat()
    return value


def _python(value: Any, exclude_unset: bool) -> Any:
    if isinstance(value, StrictModel):
        return value.model_dump(exclude_unset=exclude_unset)
    if isinstance(value, list):
        return [_python(v, exclude_unset) for v in value]
    if isinstance(value, dict):
        return {k: _python(v, exclude_unset) for k, v in value.items()}
    return value


class StrictModel:
    """Base of the case file's objects: fields from annotations, strict validation, no unknown keys."""

    __slots__ = ("__dict__", "_fields_set")
    model_fields: ClassVar[dict[str, FieldInfo]] = {}
    _plan: ClassVar[tuple[tuple[str, Check, bool, Any, Callable[[], Any] | None], ...]] = ()
    #: Extra private state compared by ``==`` and copied by ``model_copy`` (slot names).
    _private: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields = dict(cls.model_fields)  # the base class's fields first
        for name, declared in cls.__annotations__.items():  # its own (Python 3.10+), not inherited
            annotation = _annotation(declared, cls.__module__) if isinstance(declared, str) else declared
            if name.startswith("_") or get_origin(annotation) is ClassVar:
                continue
            check, schema, bare = _compile(annotation)
            default = cls.__dict__.get(name, _INVALID)
            factory = default.make if isinstance(default, default_factory) else None
            if isinstance(factory, type) and issubclass(factory, StrictModel):
                factory = factory._blank  # defaults are valid: no need to validate an empty object
            required = default is _INVALID
            fields[name] = FieldInfo(name, bare, required, None if factory or required else default, factory,
                                     check, schema)
        cls.model_fields = fields
        cls._plan = tuple((name, f.check, f.required, f.default, f.factory) for name, f in fields.items())

    @classmethod
    def _blank(cls) -> Any:
        """An instance with every field at its default and none set (an absent object of a file)."""
        model = cls.__new__(cls)
        values = {}
        for name, _check, required, default, factory in cls._plan:
            if required:
                raise TypeError(f"{cls.__name__}.{name} has no default")
            values[name] = factory() if factory is not None else default
        object.__setattr__(model, "__dict__", values)
        object.__setattr__(model, "_fields_set", set())
        return model

    @classmethod
    def _validate(cls, data: dict[str, Any], loc: tuple[Any, ...], errors: list[Error]) -> Any:
        before_count = len(errors)
        values: dict[str, Any] = {}
        fields_set = set()
        for name, check, required, default, factory in cls._plan:
            if name in data:
                values[name] = check(data[name], (*loc, name), errors)
                fields_set.add(name)
            elif required:
                errors.append({"loc": (*loc, name), "type": "missing", "input": data})
            else:
                values[name] = factory() if factory is not None else default
        if len(fields_set) != len(data):
            errors += [{"loc": (*loc, key), "type": "extra_forbidden", "input": value}
                       for key, value in data.items() if key not in cls.model_fields]
        if len(errors) > before_count:
            return _INVALID
        model = cls.__new__(cls)
        object.__setattr__(model, "__dict__", values)
        object.__setattr__(model, "_fields_set", fields_set)
        try:
            model._after_validation()
        except ValueError as exc:
            errors.append({"loc": loc, "type": "value_error", "ctx": {"error": str(exc)}, "input": data})
            return _INVALID
        return model

    def _after_validation(self) -> None:
        """Checks across fields, run once every field is valid; raise ``ValueError(code)``."""

    @classmethod
    def model_validate(cls, data: Any) -> Any:
        errors: list[Error] = []
        model = _model_check(cls)(data, (), errors)
        if errors:
            raise ModelError(errors)
        return model

    def __init__(self, **data: Any) -> None:
        model = type(self).model_validate(data)
        object.__setattr__(self, "__dict__", model.__dict__)
        object.__setattr__(self, "_fields_set", model._fields_set)
        for name in self._private:
            object.__setattr__(self, name, getattr(model, name))

    def __setattr__(self, name: str, value: Any) -> None:
        # Like pydantic: a field set by assignment is not re-validated, and counts as set.
        if name in self.model_fields:
            self.__dict__[name] = value
            self._fields_set.add(name)
        else:
            object.__setattr__(self, name, value)

    @property
    def model_fields_set(self) -> set[str]:
        return self._fields_set

    def model_dump(self, *, mode: str = "python", exclude_unset: bool = False) -> dict[str, Any]:
        convert = _json_ready if mode == "json" else _python
        names = [n for n in self.model_fields if n in self._fields_set] if exclude_unset else self.model_fields
        return {name: convert(self.__dict__[name], exclude_unset) for name in names}

    def model_copy(self, *, update: dict[str, Any] | None = None) -> Any:
        """A shallow copy; the fields in ``update`` are replaced (not validated) and count as set."""
        copied = type(self).__new__(type(self))
        object.__setattr__(copied, "__dict__", {**self.__dict__, **(update or {})})
        object.__setattr__(copied, "_fields_set", self._fields_set | set(update or ()))
        for name in self._private:
            object.__setattr__(copied, name, getattr(self, name))
        return copied

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.__dict__ == other.__dict__ and all(
            getattr(self, name) == getattr(other, name) for name in self._private)

    __hash__ = None  # type: ignore[assignment]  # mutable, like a pydantic model

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())})"

    @classmethod
    def model_json_schema(cls) -> dict[str, Any]:
        """The JSON Schema pydantic wrote for the same declarations (sub-objects under ``$defs``)."""
        definitions: dict[str, dict[str, Any]] = {}
        top = cls._object_schema(definitions)
        return {"$defs": dict(sorted(definitions.items())), **top} if definitions else top

    @classmethod
    def _object_schema(cls, definitions: dict[str, dict[str, Any]]) -> dict[str, Any]:
        properties = {}
        for name, field in cls.model_fields.items():
            for part in _models_in(field.annotation):
                if part.__name__ not in definitions:
                    definitions[part.__name__] = {}  # reserved first: a part may be reached twice
                    definitions[part.__name__] = part._object_schema(definitions)
            schema = dict(field.schema)
            if "$ref" not in schema:
                schema["title"] = _title(name)
                if not field.required and field.factory is None:
                    schema["default"] = field.default
            properties[name] = _sorted(schema)
        schema: dict[str, Any] = {"additionalProperties": False, "properties": properties}
        if cls.__doc__ and "__doc__" in cls.__dict__:
            import inspect  # only the schema needs it, and importing it takes longer than reading a case

            schema["description"] = inspect.cleandoc(cls.__doc__)
        required = [name for name, field in cls.model_fields.items() if field.required]
        if required:
            schema["required"] = required
        schema |= {"title": cls.__name__, "type": "object"}
        return _sorted(schema)


def _sorted(schema: Any) -> Any:
    """Keys in pydantic's order: sorted, except the properties, which keep the declaration order."""
    if isinstance(schema, list):
        return [_sorted(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    return {key: ({name: _sorted(s) for name, s in value.items()} if key == "properties" else _sorted(value))
            for key, value in sorted(schema.items())}


def _models_in(annotation: Any) -> list[type[StrictModel]]:
    if isinstance(annotation, type) and issubclass(annotation, StrictModel):
        return [annotation]
    return [m for arg in get_args(annotation) for m in _models_in(arg)]
