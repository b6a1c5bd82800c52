"""The API names are the functions, whatever has been imported (issue 14, §4):
the modules are named after their job (conversion, screening, classification),
so no submodule shares a name with an API function, and ``import lawbook``
imports no submodule until a name is used."""
from __future__ import annotations

import importlib
import inspect
import pkgutil
import subprocess
import sys

import lawbook


def test_every_submodule_imported_then_the_names_are_still_the_functions():
    names = [m.name for m in pkgutil.walk_packages(lawbook.__path__, "lawbook.") if m.name != "lawbook.__main__"]
    assert {"lawbook.conversion", "lawbook.screening", "lawbook.classification", "lawbook.cli"} <= set(names)
    for name in names:
        importlib.import_module(name)
    for api in ("convert", "screen", "classify", "article", "banlist", "classify_text", "threat_level"):
        assert inspect.isfunction(getattr(lawbook, api)), api
    assert lawbook.convert("337-1 ч.2", from_code="1997").results[0].article == "405"
    assert not {"convert", "screen", "classify"} & {m.rsplit(".", 1)[-1] for m in names if m.count(".") == 1}


def test_import_lawbook_is_cheap():
    code = ("import sys, lawbook; print(sorted(m for m in sys.modules if m.startswith('lawbook.')));"
            "lawbook.screen; print(lawbook.screen.__module__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[0] == "[]" and out[1] == "lawbook.screening"


def test_the_screening_package_keeps_its_names_after_every_submodule_is_imported():
    """lawbook.screening is a package (decision 0008): a module of it named ``index`` or ``screen``
    would replace the function of that name once imported, as ``lawbook.screen`` once was."""
    import lawbook.screening as S

    subs = [m.name for m in pkgutil.iter_modules(S.__path__, "lawbook.screening.")]
    assert {"lawbook.screening.scoring", "lawbook.screening.short_road"} <= set(subs)
    for name in subs:
        importlib.import_module(name)
    for api in ("index", "screen", "banlist", "banlist_changes", "check_rulebook", "validate_name"):
        assert inspect.isfunction(getattr(S, api)), api
    assert S.screen.__module__ == "lawbook.screening" and S.ScreeningIndex.__module__ == "lawbook.screening"
    assert set(S.__all__) <= set(dir(S))
    ix = S.index()
    assert isinstance(ix, S.ScreeningIndex) and ix.screen("ИГИЛ", as_of="2024-06-01").banned
