"""python -m eval NAME [args]: run one evaluation (see the modules in this folder)."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def available() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)]) if not m.name.startswith("_"))


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in available():
        raise SystemExit(f"usage: python -m eval NAME [args]; NAME is one of: {', '.join(available())}")
    module = importlib.import_module(f"eval.{sys.argv[1]}")
    module.main(sys.argv[2:])


main()
