"""The glossary's fields in the read-only content API."""

from knowledge.api import PageAwareField
from knowledge.localization import localize


class TermRelationsField(PageAwareField):
    """Related and easily confused terms, each in the term's own language: id, title and kind."""

    def to_representation(self, term):
        relations = list(term.relations.select_related("target"))
        targets = localize([relation.target for relation in relations], term.locale)
        return [
            {"id": target.pk, "title": target.title, "kind": relation.kind}
            for relation, target in zip(relations, targets, strict=True)
            if target.live
        ]
