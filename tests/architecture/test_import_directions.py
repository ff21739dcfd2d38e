"""Imports run one way, towards knowledge/ (see the README's "Apps" section): these tests fail when a new
import turns a seam around, and name the import to remove."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("import_graph", ROOT / "scripts" / "import_graph.py")
import_graph = importlib.util.module_from_spec(spec)
spec.loader.exec_module(import_graph)

CONTENT_APPS = {"glossary", "methods", "contributions", "quality_system"}


def test_the_core_imports_no_other_app():
    assert import_graph.graph()["knowledge"] == {}


def test_no_content_app_imports_search_or_the_starter_loader():
    graph = import_graph.graph()
    wrong = {
        (app, target)
        for app in CONTENT_APPS & graph.keys()
        for target in graph[app]
        if target in {"search", "starter"}
    }
    assert wrong == set()


def test_no_app_imports_the_starter_loader():
    graph = import_graph.graph()
    assert [app for app, targets in graph.items() if "starter" in targets] == []


def test_there_is_no_import_circle_between_apps():
    graph = import_graph.graph()
    circles = []

    def visit(app, trail):
        for target in graph.get(app, {}):
            if target in trail:
                circles.append([*trail[trail.index(target) :], target])
            else:
                visit(target, [*trail, target])

    for app in graph:
        visit(app, [app])
    assert circles == []


def test_the_graph_sees_an_import_inside_a_function(tmp_path):
    (tmp_path / "core").mkdir()
    (tmp_path / "core" / "apps.py").write_text("")
    (tmp_path / "feature").mkdir()
    (tmp_path / "feature" / "apps.py").write_text("")
    (tmp_path / "core" / "views.py").write_text("def view():\n    from feature.models import Thing\n")
    assert import_graph.graph(tmp_path) == {"core": {"feature": 1}, "feature": {}}
