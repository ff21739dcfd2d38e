"""Print which of the project's apps each app imports (``python scripts/import_graph.py``).

The apps are the top-level packages that have an ``apps.py``; an import counts whether it sits at module level
or inside a function, because both bind the two apps together. Migrations are left out: they name other apps'
models by string and are generated.
"""

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def project_apps(root=ROOT):
    return sorted(path.parent.name for path in root.glob("*/apps.py"))


def imported_apps(app, apps, root=ROOT):
    """The other project apps that ``app``'s code imports, each with the number of import statements."""
    found = {}
    for source in (root / app).rglob("*.py"):
        if "migrations" in source.parts:
            continue
        tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top in apps and top != app:
                    found[top] = found.get(top, 0) + 1
    return found


def graph(root=ROOT):
    apps = project_apps(root)
    return {app: imported_apps(app, apps, root) for app in apps}


def main():
    for app, targets in graph().items():
        listed = ", ".join(f"{target} ({count})" for target, count in sorted(targets.items())) or "-"
        sys.stdout.write(f"{app} -> {listed}\n")


if __name__ == "__main__":
    main()
