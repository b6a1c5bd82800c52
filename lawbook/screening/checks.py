"""Cross-checks of the ban-list records (run by ``lawbook rulebook check``): ids, listing dates
against the decisions, removals, related organisations, and aliases that read alike.

>>> from lawbook.screening import index
>>> check_rulebook(index().rb)
[]
"""
from __future__ import annotations

from .. import normalise as N
from ..errors import RulebookError


def check_rulebook(rb) -> list[RulebookError]:
    """Cross-checks of the ban-list records (run by ``lawbook rulebook check``)."""
    errors: list[RulebookError] = []
    orgs = rb.records("organisations")
    ids = {o.id for o in orgs}
    if not orgs:
        errors.append(RulebookError("no organisation: the ban lists are empty", str(rb.root / "banlists")))

    def err(o, msg, fld=None):
        path, line = rb.where(o)
        errors.append(RulebookError(msg, path, line, fld))

    keys: dict[tuple, str] = {}
    for o in orgs:
        if not o.id.startswith("org-"):
            err(o, f"organisation id {o.id!r} must start with 'org-'", "id")
        dec = o.decision
        expect = dec.entry_into_force if dec.entry_into_force_status == "confirmed" else dec.date
        if o.listed_from != expect:
            what = "entry_into_force" if dec.entry_into_force_status == "confirmed" else "decision.date (entry into force unverified)"
            err(o, f"listed_from {o.listed_from} differs from {what} {expect}", "listed_from")
        if dec.entry_into_force_status != "confirmed" and o.listed_from_precision != dec.date_precision:
            err(o, f"listed_from_precision {o.listed_from_precision} differs from decision.date_precision "
                   f"{dec.date_precision}", "listed_from_precision")
        if o.removal is not None:
            if o.listed_to != o.removal.date or o.listed_to_precision != o.removal.date_precision:
                err(o, "listed_to and listed_to_precision must equal removal.date and removal.date_precision", "listed_to")
            if o.removal.date <= o.listed_from:
                err(o, f"removal {o.removal.date} is not after listing {o.listed_from}", "removal.date")
        if dec.application_date and dec.application_date > dec.date:
            err(o, "application_date is after the decision", "decision.application_date")
        for r in o.related:
            if r.id not in ids:
                err(o, f"related id {r.id!r} is not an organisation", "related")
            elif r.id == o.id:
                err(o, "an organisation cannot be related to itself", "related")
        screenable = [a for a in o.names if a.screen]
        if not screenable:
            err(o, "no name to screen on (every alias has screen: false)", "names")
        for a in screenable:
            if a.kind == "abbreviation":
                k = ("abbr", N.prepare_word(a.name))
            else:
                toks = N.content_tokens(a.name)
                if not toks:
                    err(o, f"alias {a.name!r} has no word to match on", "names")
                    continue
                k = ("name", " ".join(toks))
            other = keys.get(k)
            if other is not None and other != o.id:
                err(o, f"alias {a.name!r} reads the same as an alias of {other}", "names")
            keys[k] = o.id
    return errors
