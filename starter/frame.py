"""The frame: the home page (the default site's root), the three listings, the standard pages (about, the
statements) and the listing of legal sources."""

from wagtail.models import Page, Site

from glossary.models import GlossaryIndexPage
from knowledge.models import HomePage, LegalSourceIndexPage, StandardPage
from methods.models import MethodIndexPage, RoutineIndexPage

from .translation import StringPairs, stream


def load(loader):
    pages = loader.content.pages
    home = HomePage.objects.filter(locale=loader.source).first()
    pairs = StringPairs("pages.yaml:home")
    home_fields = {
        "title": pairs.line(pages["home"]["title"]),
        "intro": pairs.line(pages["home"]["intro"]),
        "body": pairs.rich_text(pages["home"]["body"]),
    }
    pairs.same("kvalitetsnavet")
    if home is None:
        home = create_home(loader, {**home_fields, "last_reviewed": pages["home"]["last_reviewed"]})
    loader.home_pairs = pairs

    indexes = {}
    for key, model in (
        ("method_index", MethodIndexPage),
        ("routine_index", RoutineIndexPage),
        ("glossary_index", GlossaryIndexPage),
    ):
        data = pages[key]
        pairs = StringPairs(f"pages.yaml:{key}")
        slug = pairs.field("slug", data["slug"])
        page = loader.child_by_slug(home, model, slug)
        if page is None:
            page = loader.publish_new(
                home,
                model(
                    title=pairs.line(data["title"]),
                    slug=slug,
                    intro=pairs.rich_text(data["intro"]),
                    show_in_menus=True,
                    last_reviewed=data["last_reviewed"],
                    locale=loader.source,
                ),
            )
        pairs.line(data["title"])
        pairs.rich_text(data["intro"])
        indexes[key] = (page, pairs)

    if home.methods_page_id is None:
        home.methods_page = indexes["method_index"][0]
        home.routines_page = indexes["routine_index"][0]
        home.glossary_page = indexes["glossary_index"][0]
        home.save_revision().publish()

    standard = []
    for data in pages["standard_pages"]:
        pairs = StringPairs(f"pages.yaml:{data['slug']['sv']}")
        slug = pairs.field("slug", data["slug"])
        title = pairs.line(data["title"])
        intro = pairs.line(data["intro"])
        body = [
            stream("data_controller", [None])[0]
            if section.get("data_controller")
            else stream(
                "section",
                [{"heading": pairs.line(section["heading"]), "text": pairs.rich_text(section["text"])}],
            )[0]
            for section in data["sections"]
        ]
        page = loader.child_by_slug(home, StandardPage, slug)
        if page is None:
            page = loader.publish_new(
                home,
                StandardPage(
                    title=title,
                    slug=slug,
                    intro=intro,
                    body=body,
                    # About and the statements are linked from the footer, not the main menu.
                    show_in_menus=False,
                    last_reviewed=data["last_reviewed"],
                    locale=loader.source,
                ),
            )
        standard.append((page, pairs))

    # Translate top-down so every English page gets its English parent.
    loader.ensure_translation(home, loader.home_pairs)
    for page, pairs in [*indexes.values(), *standard]:
        loader.ensure_translation(page, pairs)
    loader.home = home
    loader.indexes = {key: page for key, (page, _pairs) in indexes.items()}
    loader.log("Startsida, listsidor och standardsidor.")


def create_home(loader, fields):
    root = Page.get_first_root_node()
    home = HomePage(slug="kvalitetsnavet", locale=loader.source, **fields)
    root.add_child(instance=home)
    home.save_revision().publish()
    loader.created += 1
    site = Site.objects.filter(is_default_site=True).first()
    old_root = site.root_page if site else None
    if site is None:
        Site.objects.create(
            hostname="localhost", root_page=home, is_default_site=True, site_name="Kvalitetsnavet"
        )
    else:
        site.root_page = home
        site.site_name = "Kvalitetsnavet"
        site.save()
    # Wagtail's placeholder "Welcome" page is of the bare Page type; remove it, never a real page.
    if old_root is not None and old_root.specific_class is Page and old_root.pk != home.pk:
        old_root.delete()
    return home


def load_legal_source_index(loader):
    data = loader.content.pages.get("legal_source_index")
    if not data:
        return
    pairs = StringPairs("pages.yaml:legal_source_index")
    slug = pairs.field("slug", data["slug"])
    title, intro = pairs.line(data["title"]), pairs.rich_text(data["intro"])
    page = loader.child_by_slug(loader.home, LegalSourceIndexPage, slug)
    if page is None:
        page = loader.publish_new(
            loader.home,
            LegalSourceIndexPage(
                title=title,
                slug=slug,
                intro=intro,
                show_in_menus=False,
                last_reviewed=data["last_reviewed"],
                locale=loader.source,
            ),
        )
    loader.ensure_translation(page, pairs)
    loader.indexes["legal_source_index"] = page
