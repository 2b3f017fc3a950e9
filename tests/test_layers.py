"""Who may import whom (docs/architecture.md): ui -> storage -> core, never the other way."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"


def _imported_modules(path: Path) -> set[str]:
    """Every module a file names in an import, at any depth (lazy imports included)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        ("storage", ("app.ui",)),
        ("core", ("app.ui", "app.storage")),
    ],
)
def test_a_lower_layer_never_imports_a_higher_one(layer: str, forbidden: tuple[str, ...]) -> None:
    offenders = sorted(
        f"{path.relative_to(APP)}: {name}"
        for path in (APP / layer).rglob("*.py")
        for name in _imported_modules(path)
        if name.startswith(forbidden)
    )
    assert offenders == []


def test_every_ui_folder_is_a_package_the_wheel_ships() -> None:
    """A new folder under app/ui must be listed in pyproject.toml, or installs would lack it."""
    import tomllib

    listed = set(
        tomllib.loads((APP.parent / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"][
            "packages"
        ]
    )
    folders = {
        ".".join(path.parent.relative_to(APP.parent).parts)
        for path in (APP / "ui").rglob("__init__.py")
    }
    assert folders - listed == set()
