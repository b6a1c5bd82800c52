"""Classify a described case: facts in, Criminal Code articles and parts out,
under the code in force on the date of the acts.

The flow: check the facts against the vocabulary → screen named organisations
against the ban lists as of the date → pick the rules of the code in force →
run them on durable-rules (or the pure-Python twin) → resolve: articles in
force, displacement, counterparts in the other code, lex mitior.

>>> r = classify({"id": "demo", "date": "2013-05-01",
...               "facts": [{"kind": "financing", "target": "terrorism"}]})
>>> [(f["article"], f["part"]) for f in r["findings"]], r["code"]
([('233-3', '1')], '1997')
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pydantic import ValidationError

from . import rulebook as _rulebook
from .conversion import BOUNDARY, FIRST_DAY, code_on, convert_parsed, index as code_index
from .dates import parse_published, parse_date, published_precision, today
from .errors import BadCase, RulebookError
from .inforce import article_start, start_of
from .models.case import Case
from .models.common import least_confident
from .refs import label as provision
from .vocabulary import ORGANISED_CRIME, STAGE_PART, check_fact, vocabulary


# -- rules in force ------------------------------------------------------------------

def rules_on(rb: _rulebook.Rulebook, code: str, day: dt.date) -> tuple[str, list]:
    """``(ruleset name, rules)`` of ``code`` whose window contains ``day``.

    Rulesets are named by the rulebook hash and the set of rules, so each
    distinct set is compiled once per process.
    """
    cache = rb.cached("rules-on", dict)
    key = (code, day)
    hit = cache.get(key)
    if hit is None:
        rules = [r for r in rb.records("rules") if r.code == code and r.in_force(day)]
        ids = tuple(r.id for r in rules)
        names = rb.cached("ruleset-names", dict)
        name = names.get(ids)
        if name is None:
            name = f"lawbook_{rb.sha256[:10]}_{code}_{len(names)}"
            names[ids] = name
        hit = (name, rules)
        if len(cache) < 50_000:
            cache[key] = hit
    return hit


# -- organisations -------------------------------------------------------------------

def _screen_org(rb, name: str, day: dt.date) -> dict:
    """The ban-list status of an organisation named in a case, on ``day``."""
    from .screening import index as screening_index

    res = screening_index(rb).screen(name, as_of=day)
    best = res.matches[0] if res.matches else None
    threshold = res.threshold
    if best is None or best["score"] < threshold:
        return {"id": None, "name": name, "designation": None, "banned_on_event_date": False,
                "query": name, "note": f"{name!r} matches no organisation on the court ban lists"}
    out = {"id": best["id"], "name": best["name"], "designation": best["designation"],
           "banned_on_event_date": bool(best["in_force"]), "query": name,
           "listed_from": best.get("listed_from"), "listed_to": best.get("listed_to"),
           "matched_alias": best.get("matched_alias"), "score": best["score"]}
    if not best.get("in_force_certain", True) or res.uncertain or res.ambiguous:
        out["uncertain"] = True
        out["note"] = "; ".join(res.notes) or f"{best['name']}: its listing date is known only roughly"
        return out
    if not best["in_force"]:
        if best.get("listed_from") and str(best["listed_from"]) > day.isoformat():
            out["note"] = (f"{best['name']} was not banned on {day}: its ban took effect on "
                           f"{best['listed_from']}, after the acts")
        else:
            out["note"] = f"{best['name']} was no longer banned on {day} (removed {best.get('listed_to')})"
    return out


# -- the case -------------------------------------------------------------------------

def _as_case(case: Case | dict) -> Case:
    if isinstance(case, Case):
        return case
    try:
        return Case.model_validate(case)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(x) for x in err["loc"])
        raise BadCase(f"{field}: {err['msg']}", tuple(err["loc"])) from None


def prepare(case: Case, rb: _rulebook.Rulebook, as_of: dt.date | None = None) -> dict:
    """Check the case, decide the date and code, screen organisations and build
    the facts the engine sees. Returns a working dict used by :func:`classify`."""
    vocab = vocabulary(rb)
    first, last = case.date, case.event_date()
    now = as_of or today()
    if first < FIRST_DAY:
        raise BadCase(loc=("date",), message=f"date: {first} is before 1 January 1998, when the 1997 Criminal Code came into "
                      f"force; lawbook covers no earlier code")
    if last > today():
        raise BadCase(f"date: {last} is in the future", ("date",))
    code = code_on(last)
    notes: list[str] = []
    if first < BOUNDARY <= last:
        notes.append(
            f"The acts continued from {first} to {last}, across 1 January 2015. A continuing act is "
            f"committed until it ends (2014 CC art. 5: the law in force when the act took place), so the "
            f"2014 Code applies to the whole; it may not be applied retroactively where it is harsher "
            f"(art. 6 p.3). (Reading of arts. 5–6: likely.)")
    else:
        notes.append(f"The acts took place on {last}: the {code} Criminal Code applies "
                     + ("(in force 1 January 1998 – 31 December 2014)." if code == "1997"
                        else "(in force since 1 January 2015)."))
    circ = list(dict.fromkeys(case.circumstances))
    facts, orgs, seen_orgs = [], [], {}
    for i, raw in enumerate(case.facts):
        try:
            check_fact(raw, vocab)
        except BadCase as exc:
            raise BadCase(f"facts.{i}.{exc}", ("facts", i) + exc.loc) from None
        f = dict(raw)
        f["fact_id"] = f"f{i + 1}"
        fc = list(f.get("circumstances") or [])
        f["circumstances"] = list(dict.fromkeys(fc + circ)) or None
        if circ:
            check_fact({"kind": f["kind"], "circumstances": f["circumstances"]}, vocab)
        name = f.get("organisation")
        if name:
            st = seen_orgs.get(name)
            if st is None:
                st = _screen_org(rb, name, last)
                seen_orgs[name] = st
                orgs.append(st)
                if st.get("note"):
                    notes.append(st["note"])
            if st["id"] is not None and "banned_for" in vocab[f["kind"]]:
                f["banned_for"] = ({"terrorist": "terrorism", "extremist": "extremism"}.get(st["designation"], "none")
                                   if st["banned_on_event_date"] else "none")
                if "org_type" in vocab[f["kind"]] and st["banned_on_event_date"] and not f.get("org_type"):
                    f["org_type"] = "court_banned"
                if "target" in vocab[f["kind"]] and st["banned_on_event_date"] and not f.get("target") \
                        and "banned_organisation" in vocab[f["kind"]]["target"][2]:
                    f["target"] = "banned_organisation"  # "financed the banned DVK": the listing says what for
        if f.get("stage") in ("preparation", "attempt"):
            notes.append(f"Fact f{i + 1} is {'a preparation' if f['stage'] == 'preparation' else 'an attempt'}: "
                         f"an article found on it applies with art. 24 of the general part; whether the stage is "
                         f"punishable depends on the crime's gravity (art. 24 p2, p4), which the rulebook does not "
                         f"encode, and the sanction may differ.")
        facts.append(f)
    return {"case": case, "code": code, "day": last, "first": first, "facts": facts,
            "orgs": orgs, "notes": notes, "vocab": vocab, "as_of": now}


def run_rules(work: dict, rb: _rulebook.Rulebook, engine: str = "durable") -> list[tuple[str, str]]:
    """``(rule id, fact id)`` for every rule that fires on the case's facts."""
    name, rules = rules_on(rb, work["code"], work["day"])
    if engine == "python":
        from .engine import evaluate_python

        return evaluate_python(rules, work["facts"])
    from .engine import evaluate_durable, flatten

    vocab = work["vocab"]
    flat = [flatten(f, vocab) for f in work["facts"]]
    return evaluate_durable(name, rules, flat, vocab)


def resolve(work: dict, fired: list[tuple[str, str]], rb: _rulebook.Rulebook) -> dict:
    """Turn fired rules into findings: articles in force, displacement,
    counterparts, lex mitior, sources."""
    ix = code_index(rb)
    code, day = work["code"], work["day"]
    rules = rb.cached("rules-by-id", lambda: {r.id: r for r in rb.records("rules")})
    facts = {f["fact_id"]: f for f in work["facts"]}
    by_fact = defaultdict(set)
    for rid, fid in fired:
        by_fact[fid].add(rid)
    notes, displaced, not_in_force = list(work["notes"]), [], []
    kept: list[tuple[str, str]] = []
    for fid, rids in sorted(by_fact.items()):
        displacers = defaultdict(list)
        for rid in sorted(rids):
            for d in rules[rid].displaces:
                if d in rids:
                    displacers[d].append(rid)
        # a rule displaced by several names one that is itself kept, if any, the first by id
        # (the same in every run: this was the last one met in a set, which varied by process)
        pushed = {d: next((r for r in by if r not in displacers), by[0]) for d, by in displacers.items()}
        for rid in sorted(rids):
            if rid in pushed:
                r, by = rules[rid], rules[pushed[rid]]
                displaced.append({"rule": rid, "article": r.conclude.article, "part": r.conclude.part,
                                  "by": by.id, "by_article": by.conclude.article, "by_part": by.conclude.part,
                                  "fact": fid})
                continue
            kept.append((rid, fid))
    merged: dict[tuple, dict] = {}
    for rid, fid in kept:
        r = rules[rid]
        art = ix.articles.get((code, r.conclude.article))
        if art is None:
            raise RulebookError(f"rule {rid} concludes {code} art. {r.conclude.article}, which has no record",
                                *rb.where(r), "conclude")
        part = art.part(r.conclude.part) if r.conclude.part else None
        label = provision(r.conclude.article, r.conclude.part)
        starts = [article_start(rb, x, day) for x in (art, part) if x is not None and x.valid_from is not None]
        if any(st == "not yet" for st, _ in starts):
            for st, why in starts:
                if st == "not yet" and why not in notes:
                    notes.append(f"{code} {label}: {why}.")
        if not art.in_force(day) or (part is not None and not part.in_force(day)) \
                or any(st == "not yet" for st, _ in starts):
            frm = (part.valid_from if part is not None and part.valid_from else art.valid_from)
            msg = (f"Rule {rid} points to {code} {label}, but it was not in force on {day}"
                   + (f" (in force from {frm})" if frm else "") + ": it does not apply.")
            if msg not in notes:
                notes.append(msg)
                not_in_force.append({"rule": rid, "article": r.conclude.article, "part": r.conclude.part,
                                     "in_force_from": frm})
            continue
        for st, why in starts:
            if st == "uncertain" and why not in notes:
                notes.append(f"{code} {label}: {why}.")
        key = (r.conclude.article, r.conclude.part)
        f = merged.get(key)
        if f is None:
            f = merged[key] = {"rules": [], "facts": [], "rule_objs": []}
        if any(st == "uncertain" for st, _ in starts):
            f["uncertain"] = True
        if rid not in f["rules"]:
            f["rules"].append(rid)
            f["rule_objs"].append(r)
        if fid not in f["facts"]:
            f["facts"].append(fid)
    findings = []
    from .conversion import article_sort_key

    for (article, part), m in sorted(merged.items(), key=lambda kv: (article_sort_key(kv[0][0]), kv[0][1] or "")):
        art = ix.articles[(code, article)]
        r0 = m["rule_objs"][0]
        srcs = ix.merged_sources(m["rule_objs"])
        confidence = least_confident([r.confidence for r in m["rule_objs"]] + [art.confidence])
        conv = convert_parsed(code, article, part, ix)  # the rule's article and part exist (checked above)
        fitting = _fitting_counterparts(ix, conv.results, [facts[fid] for fid in m["facts"]])
        counterparts = [{"code": c.code, "article": c.article, "part": c.part, "relation": c.relation}
                        for c in fitting]
        if art.start_uncertain_on(day):
            notes.append(f"{code} art. {article} is taken as in force from {art.valid_from}, but that day is "
                         f"{art.valid_from_confidence} (the law's date is used; the exact in-force day is not "
                         f"known): {day} is close to it, so check whether the article already applied.")
        finding = {
            "code": code, "article": article, "part": part,
            "title": art.title_on(day).en,
            "rule": r0.id, "facts": m["facts"],
            "counterparts": counterparts, "sources": srcs, "confidence": confidence,
            "rules": m["rules"],
            "rule_file": rb.where_str(r0),
            "explanation": r0.explain,
            "penalty": _penalty_summary(art, part, day, rb),
        }
        if m.get("uncertain") or (finding["penalty"] or {}).get("uncertain"):
            finding["uncertain"] = True
        if code == "1997":
            finding["lex_mitior"] = lex_mitior(ix, art, part, day, conv_results=counterparts, as_of=work["as_of"])
        findings.append(finding)
    findings.extend(_general_part_findings(ix, rb, code, day, findings, facts))
    notes.extend(_terrorism_ban_gap(rb, code, facts, findings))
    return {"findings": findings, "notes": notes, "displaced": displaced, "not_in_force": not_in_force}


#: Issue 13: before 2015 the 1997 Code had no article for an organisation banned by a court for
#: terrorism; 337-1 covered bans for extremism only (cc-S3, the 1997 text of 337-1).
TERRORISM_BAN_GAP_SOURCES = ("cc-S3",)


def _terrorism_ban_gap(rb, code: str, facts: dict, findings: list[dict]) -> list[str]:
    """A note for each fact of organising or taking part in an organisation banned for
    terrorism, under the 1997 Code, that no finding covers: the gap is the law's, not lawbook's."""
    if code != "1997":
        return []
    covered = {fid for f in findings for fid in f["facts"]}
    out = []
    for fid, f in sorted(facts.items()):
        if f.get("kind") != "organisation_activity" or f.get("banned_for") != "terrorism" or fid in covered:
            continue
        sources = code_index(rb).sources
        src = "; ".join(f"{s} {getattr(sources.get(s), 'title', '') or ''}".strip() for s in TERRORISM_BAN_GAP_SOURCES)
        out.append(f"Fact {fid}: the 1997 Criminal Code had no article for organising or taking part in an "
                   f"organisation banned by a court for terrorism: art. 337-1 covered bans for extremism only "
                   f"[{src}]. Art. 233-2 (terrorist group) applies only where the organisation is a group created "
                   f"to commit terrorist crimes (org_type: terrorist_group). 2014 art. 405, which covers bans for "
                   f"terrorism, applies from 1 January 2015 and not to earlier acts.")
    return out




def _general_part_findings(ix, rb, code: str, day: dt.date, findings: list[dict], facts: dict) -> list[dict]:
    """Art. 24 beside every finding made on a fact that is a preparation or an attempt."""
    art = ix.articles.get((code, "24"))
    if art is None or not art.in_force(day):
        return []
    by_part: dict[str, dict] = {}
    for f in findings:
        for fid in f["facts"]:
            stage = facts[fid].get("stage")
            part = STAGE_PART.get(stage)
            if part is None or art.part(part) is None:
                continue
            g = by_part.get(part)
            if g is None:
                g = by_part[part] = {
                    "code": code, "article": "24", "part": part, "title": art.title_on(day).en,
                    "rule": f"general-part/{stage}", "facts": [], "counterparts": [],
                    "sources": ix.merged_sources([art]), "confidence": art.confidence, "rules": [],
                    "rule_file": rb.where_str(art),
                    "explanation": (f"The acts are {'an attempt' if stage == 'attempt' else 'a preparation'} (art. 24 p{part}): the completed crime's article "
                                    f"applies with a reference to art. 24 (p5)."),
                    "penalty": None, "with": []}
            if fid not in g["facts"]:
                g["facts"].append(fid)
            label = f"{f['article']}" + (f" p{f['part']}" if f["part"] else "")
            if label not in g["with"]:
                g["with"].append(label)
    return [by_part[p] for p in sorted(by_part)]


def _fitting_counterparts(ix, results, facts: list[dict]) -> list:
    """Counterparts whose limb fits the facts: a mapping row with
    ``limb_when`` (e.g. 233-1's terrorism limb → 256, its extremism limb →
    174/179/180) is kept only when one of the finding's facts meets it."""
    rows = ix.rows_by_id
    out = []
    for c in results:
        limbs = [rows[mid].limb_when for mid in c.mapping if mid in rows]
        if not limbs or any(w is None for w in limbs):
            out.append(c)
            continue
        if any(all(cond.matches(f) for cond in w) for w in limbs for f in facts):
            out.append(c)
    return out or list(results)


def _penalty_summary(art, part_no, day, rb=None):
    """The penalty on ``day``, read through the law that made it (:mod:`lawbook.inforce`):
    inside a law's uncertain in-force window both readings are given."""
    if rb is None:
        pen = art.penalty_on(day, part_no)
        pr = {"penalty": pen, "uncertain": False, "readings": [], "note": None}
    else:
        from .inforce import penalty_readings

        p = art.part(part_no) if part_no else None
        pr = penalty_readings(rb, p.penalties if p is not None else art.penalties, day)
    pen = pr["penalty"]
    if pen is None:
        return None
    out = {"text": pen.text, "max_imprisonment_years": pen.max_imprisonment_years(), "confidence": pen.confidence}
    if pr["uncertain"]:
        out["uncertain"] = True
        out["readings"] = [{"text": x.text, "max_imprisonment_years": x.max_imprisonment_years(),
                            "confidence": x.confidence} for x in pr["readings"] if x is not None]
    if pr["note"]:
        out["note"] = pr["note"]
    return out


def lex_mitior(ix, art, part_no, day, conv_results, as_of) -> dict:
    """Compare the 1997 sanction on the date of the acts with the 2014
    counterpart's mildest sanction in force from 2015 to ``as_of`` (2014 CC
    art. 6: a law that mitigates punishment applies retroactively). How
    sanctions of different kinds compare: ``Penalty.severity_key`` and
    docs/decisions/0013.

    The 1997 sanction is read through the law that made it
    (:func:`lawbook.inforce.penalty_readings`): inside a law's uncertain
    in-force window the comparison is made for both readings (the previous
    penalty and the new one), ``uncertain: true``, ``readings`` holding each,
    and ``milder`` is their common answer or ``"uncertain"`` when they differ.
    """
    from .inforce import penalty_readings

    p = art.part(part_no) if part_no else None
    pr = penalty_readings(ix.rb, p.penalties if p is not None else art.penalties, day)
    if pr["uncertain"] and len([x for x in pr["readings"] if x is not None]) > 1:
        olds = [x for x in pr["readings"] if x is not None]
        each = [_lex_mitior_one(ix, art, part_no, day, conv_results, as_of, old) for old in olds]
        out = dict(each[-1])
        answers = {e["milder"] for e in each}
        out["milder"] = answers.pop() if len(answers) == 1 else "uncertain"
        out["uncertain"] = True
        out["readings"] = [{"old": e.get("old"), "new": e.get("new"), "milder": e["milder"],
                            "explanation": e["explanation"]} for e in each]
        out["note"] = pr["note"]
        out["explanation"] = (f"UNCERTAIN, both readings ({pr['note']}): "
                              + " | ".join(f"if {o.text} applied: {e['explanation']}" for o, e in zip(olds, each)))
        return out
    out = _lex_mitior_one(ix, art, part_no, day, conv_results, as_of, pr["penalty"])
    if pr["note"]:
        out["note"] = pr["note"]
    return out


def _lex_mitior_one(ix, art, part_no, day, conv_results, as_of, old) -> dict:
    """One reading of :func:`lex_mitior`: ``old`` is the 1997 sanction taken to apply on ``day``."""
    if old is None:
        return {"milder": "unknown", "explanation": "the rulebook has no sanction for the 1997 provision on that date"}
    if not conv_results:
        return {"milder": "unknown", "explanation": "no 2014 counterpart is recorded"}
    comparisons = []
    for c in conv_results:
        new_art = ix.articles.get(("2014", c["article"]))
        if new_art is None:
            continue
        versions = []
        new_part = c["part"]
        if new_part is None and part_no and c["relation"] in ("same", "same-with-changes") and new_art.part(part_no):
            new_part = part_no  # an article-level row of a part-for-part article: compare the same part
            c = dict(c, part=part_no, assumed_part=True)
        if new_part:
            p = new_art.part(new_part)
            versions = list(p.penalties) if p else []
        else:
            versions = list(new_art.penalties)
        versions = [v for v in versions if (v.valid_to is None or v.valid_to > BOUNDARY)
                    and (v.valid_from is None or v.valid_from <= as_of)]
        if not versions:
            continue
        mildest = min(versions, key=lambda v: v.severity_key())
        comparisons.append((c, mildest))
    if not comparisons:
        return {"milder": "unknown", "explanation": "the 2014 counterpart has no sanction in the rulebook"}
    c, new = min(comparisons, key=lambda t: t[1].severity_key())
    o_max, n_max = old.max_imprisonment_years(), new.max_imprisonment_years()
    label = provision(c["article"], c["part"], "2014")
    old_label = provision(art.number, part_no, "1997")
    ok, nk = old.severity_key(), new.severity_key()

    def fmt(x):
        return "no imprisonment" if x is None else ("life or death" if x == float("inf") else f"up to {x:g} years")

    if nk < ok:
        milder, why = "2014", (f"{label} ({fmt(n_max)}) is milder than {old_label} on {day} ({fmt(o_max)}): "
                               f"under 2014 CC art. 6 the milder new law applies retroactively.")
    elif nk > ok:
        milder, why = "1997", (f"{label} ({fmt(n_max)}) is harsher than {old_label} on {day} ({fmt(o_max)}): "
                               f"the 1997 sanction stays (2014 CC art. 6 p.3: no retroactive worsening).")
    else:
        milder, why = "same", f"{label} and {old_label} carry the same maximum ({fmt(o_max)})."
    conf = "likely" if "unverified" not in (old.confidence, new.confidence) else "unverified"
    if c.get("assumed_part"):
        why += f" (The correspondence is recorded article to article; part {c['part']} is compared with part {c['part']}.)"
    return {"milder": milder, "old": {"provision": old_label, "max_imprisonment_years": o_max, "text": old.text},
            "new": {"provision": label, "max_imprisonment_years": n_max, "text": new.text},
            "explanation": why, "confidence": conf}


def classify(case: Case | dict, rulebook: _rulebook.Rulebook | None = None, engine: str = "durable",
             as_of: dt.date | str | None = None, extracted: list | None = None) -> dict:
    """Classify one case; return the JSON-shaped result (see the README)."""
    rb = rulebook or _rulebook.load()
    c = _as_case(case)
    work = prepare(c, rb, parse_date(as_of) if as_of else None)
    fired = run_rules(work, rb, engine)
    res = resolve(work, fired, rb)
    if not res["findings"]:
        res["notes"].append("No rule in the rulebook covers the facts as stated: no article applies. "
                            "(lawbook does not guess.)")
    return {
        "id": c.id, "event_date": work["day"], "code": work["code"],
        "findings": res["findings"],
        "organisations": [{k: v for k, v in o.items()} for o in work["orgs"]],
        "notes": res["notes"],
        "extracted": extracted or [],
        "date_from": c.date, "date_to": c.date_to,
        "displaced": res["displaced"],
        "not_in_force": res["not_in_force"],
        "facts": work["facts"],
        "engine": engine,
        "rulebook": rb.stamp(),
    }


def classify_text(text: str, date: dt.date | str | None = None, case_id: str = "text",
                  rulebook: _rulebook.Rulebook | None = None, engine: str = "durable",
                  published: dt.date | str | None = None) -> dict:
    """Read a plain account (English, Russian or Kazakh) and classify its facts.

    Each fact carries its evidence in ``extracted``: the cue (with its
    ``file:line``), the words, who alleges it and what proposed it.
    ``published`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) is when the account
    was written: the acts are no later, so an account that gives no date is
    read as of that day rather than today.

    >>> r = classify_text("He handed out leaflets of Hizb ut-Tahrir.", published="2012-03")
    >>> str(r["event_date"]), r["code"], [f["article"] for f in r["findings"]]
    ('2012-03-31', '1997', ['337-1'])
    """
    from .reading import read

    rb = rulebook or _rulebook.load()
    day = parse_date(date, "date") if date else None
    written = parse_published(published, "published") if published else None
    ex = read(text, rb, date=day, undated=lambda t, r, charged=None: _assumed_date(t, r, charged, written),
              written=(written, published_precision(published)) if written else None)
    case = {"id": case_id, "date": ex["date"], "narrative": text[:2000], "facts": ex["facts"],
            "circumstances": ex["circumstances"], "place": ex.get("place")}
    if ex.get("date_to") and ex["date_to"] > ex["date"] and ex["date_to"] <= today():
        case["date_to"] = ex["date_to"]
    res = classify(case, rb, engine=engine, extracted=ex["extracted"])
    found = next((x for x in ex["extracted"] if x.get("what") == "date"), None)
    if found and found.get("relative_to"):
        res["notes"].insert(0, f"{found['text']!r} is counted from when the account was published ({written}): "
                               f"{found['value']}.")
    if found and found["precision"] != "day" and not found.get("date_to"):
        unit = "year" if found["precision"] == "year" else "month"
        res["notes"].insert(0, f"The account dates the acts only to the {unit} ({found['text']!r}); lawbook took "
                               f"{found['value']}, the first day of that {unit}. A law or ban that took effect later "
                               f"in the {unit} is not applied: give --date for a precise answer.")
        res = _read_again_after_a_change(res, case, rb, engine, ex["extracted"], found)
    if ex.get("to_present") and not day:
        res, at_writing = _read_again_at_the_time_of_writing(res, case, rb, engine, ex["extracted"], ex["to_present"],
                                                             written)
    else:
        at_writing = False
    # read on the day of writing: the reading's note that it took the acts' start (and asks for --date) is past
    res["notes"][0:0] = [n for n in ex["notes"]
                         if not (at_writing and n.startswith("The account says the acts go on to the time of writing"))]
    if ex["assumed"]:
        res["notes"].insert(0, ex["assumed"])
        res["uncertain"] = True
        res["date_assumed"] = True
    res["language"] = ex["language"]
    res["unread"] = ex["unread"]
    evidence = [x for x in ex["extracted"] if x.get("what") == "fact"]
    for finding in res["findings"]:
        support = []
        for fid in finding.get("facts", []):
            k = int(fid[1:]) - 1
            if 0 <= k < len(evidence):
                ev = evidence[k]
                support.append({"fact": fid, "sentence": ev.get("sentence"), "words": list(dict.fromkeys(e["text"] for e in ev["evidence"])),
                                "cues": [e["cue"] + (f" ({e['where']})" if e.get("where") else "") for e in ev["evidence"]],
                                "alleged_by": ev["alleged_by"], "proposed_by": ev["proposed_by"],
                                "in_charge": ev.get("in_charge", False), "kind": ev["fact"]["kind"],
                                "stage": ev["fact"].get("stage")})
        finding["support"] = support
        finding["alleged_by"] = sorted({s["alleged_by"] for s in support})
    res["also_described"] = []
    _part_as_printed(res, ex["extracted"], rb)
    _part_not_stated(res, ex["extracted"], rb)
    _set_aside_uncharged(res, ex["extracted"], rb)
    if not ex["in_field"]:
        _set_aside_ordinary_crimes(res, rb)
    uncovered = sorted({(x["code"], x["article"]) for x in ex["extracted"]
                        if x.get("what") == "charge" and x.get("covered") is False})
    if uncovered:
        res["notes"].append("The account names the charge " + ", ".join(f"{c} art. {a}" for c, a in uncovered)
                            + ": lawbook's rulebook does not cover that article, so it is not classified here.")
    if not res["findings"] and ex["unread"]:
        res["notes"].extend("Not read: " + u for u in ex["unread"][:5])
    return res


def _window_end(day: dt.date, precision: str) -> dt.date:
    """The last day of the year or month an imprecise date stands for.

    >>> _window_end(dt.date(2018, 1, 1), "year"), _window_end(dt.date(2018, 2, 1), "month")
    (datetime.date(2018, 12, 31), datetime.date(2018, 2, 28))
    """
    if precision == "year":
        return dt.date(day.year, 12, 31)
    nxt = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _read_again_after_a_change(res: dict, case: dict, rb: _rulebook.Rulebook, engine: str, extracted: list[dict],
                         found: dict) -> dict:
    """Both readings when an organisation's ban, or the article a rule points to, took effect inside the year or
    month an account's date stands for.

    "В 2018 году суд признал его виновным в участии в деятельности запрещённого движения «ДВК»": lawbook takes
    2018-01-01, when the movement was not yet banned (its ban took effect on 2018-03-13); the account does not say
    on which side of that day the acts fell. So too "in 2014 … detained trying to leave for Syria to take part in
    the armed conflict" and 1997 art. 162-1, whose law took effect between 2014-05-04 and 2014-06-03 (its
    in-force window from rules/codes/laws.yaml). The result then carries the reading on the later day, each of its
    findings ``uncertain``, ``date_read_on`` naming both days and a note giving both readings; when that reading
    finds nothing more, the first one stands.
    """
    day = parse_date(found["value"], "date")
    end = min(_window_end(day, found["precision"]), today())

    def inside(d) -> bool:
        return d is not None and day.isoformat() < str(d) <= end.isoformat()

    changes = {str(o["listed_from"]): (f"the ban on {o['name']}", str(o["listed_from"]))
               for o in res.get("organisations", [])
               if o.get("id") and not o.get("banned_on_event_date") and inside(o.get("listed_from"))}
    for x in res.get("not_in_force", []):
        # an article dated by its law's signing applied from the day that law took effect (rules/codes/laws.yaml)
        # ("in May 2014": Law 200-V took effect between 4 May and 3 June, so 162-1 may have applied late in May)
        earliest, latest, _ = start_of(rb, x.get("in_force_from"))
        if earliest is not None and earliest <= end and (latest is None or day < latest):
            # a law whose last possible day is unknown (rules/codes/laws.yaml: no in_force_latest) may have taken
            # effect any day from its earliest: the window's last day is the later reading
            when = (str(latest) if earliest == latest else f"between {earliest} and {latest}" if latest
                    else f"on {earliest} or later, its last possible day unknown")
            changes[str(min(latest or end, end))] = (f"{res['code']} art. {x['article']}", when)
    if not changes:
        return res
    first = {(f["code"], f["article"], f.get("part")) for f in res["findings"]}
    # the change's own day, else the window's last (a law whose in-force day is itself known only to a window)
    for on in dict.fromkeys([parse_date(max(changes), "date"), end]):
        res2 = classify(dict(case, date=on), rb, engine=engine, extracted=extracted)
        if res2["code"] == res["code"] and {(f["code"], f["article"], f.get("part")) for f in res2["findings"]} - first:
            break
    else:
        return res
    what = ", ".join(f"{changes[d][0]} ({changes[d][1]})" for d in sorted(changes))
    said = (", ".join(f"{f['code']} art. {f['article']}" + (f" p{f['part']}" if f.get("part") else "")
                      for f in res["findings"]) or "no article")
    for f in res2["findings"]:
        f["uncertain"] = True
    unit = found["precision"]
    # the first two notes are the first reading's: the date taken (the caller's) and the code (prepare's), which the
    # later reading shares; they are told again for both days
    res2["notes"] = [
        f"The account dates the acts only to the {unit} ({found['text']!r}); lawbook read them on {day}, the first "
        f"day of that {unit}, and on {on}, after {what} took effect: give --date for a precise answer.",
        res["notes"][1].replace(f"took place on {day}", f"are read on {day} and {on}"),
    ] + res2["notes"][1:] + [
        f"Uncertain: {what} took effect inside the {unit} the account gives ({found['text']!r}). "
        f"Acts after it took effect (read on {on}): the findings given; acts before: {said}. "
        f"Give --date for one answer."]
    res2["date_read_on"] = [day, on]
    res2["uncertain"] = True
    return res2


def _read_again_at_the_time_of_writing(res: dict, case: dict, rb: _rulebook.Rulebook, engine: str,
                                       extracted: list[dict], words: str,
                                       written: dt.date | None = None) -> tuple[dict, bool]:
    """Both readings when acts go on "to the present" from before 1 January 2015 and the account gives no later
    date: a continuing act is committed on its last day (2014 CC art. 5; 1997 CC art. 5), which is the unknown
    time of writing. The result stays the reading on the start, marked uncertain, and ``other_reading`` gives
    the reading on today's date (the latest day the writing can have), with a note naming both; when both
    readings find the same articles in the same code nothing is added. When the time of writing is known
    (``written``, the account's ``published``), that day is the acts' last and the only reading. Returns the
    result and whether it was read on the day of writing.
    """
    if case["date"] >= BOUNDARY or not res["findings"]:
        return res, False
    if written is not None and written >= case["date"]:
        res2 = classify(dict(case, date=written), rb, engine=engine, extracted=extracted)
        res2["notes"] = res2["notes"] + [f"The acts go on to the time of writing ({words!r}), which was {written} "
                                        f"(published): a continuing act is committed on its last day (2014 CC art. 5; "
                                        f"1997 CC art. 5), so they are read on that day, under the {res2['code']} "
                                        f"Code."]
        return res2, True
    on = today()
    res2 = classify(dict(case, date=on), rb, engine=engine, extracted=extracted)
    key = [(f["code"], f["article"], f.get("part")) for f in res["findings"]]
    other = [(f["code"], f["article"], f.get("part")) for f in res2["findings"]]
    if res2["code"] == res["code"] and sorted(other) == sorted(key):
        return res, False
    told = ", ".join(f"{c} art. {a}" + (f" p{p}" if p else "") for c, a, p in other) or "no article"
    for f in res["findings"]:
        f["uncertain"] = True
    res["uncertain"] = True
    res["other_reading"] = {"date": on, "code": res2["code"],
                            "findings": [{"code": c, "article": a, "part": p} for c, a, p in other]}
    res["notes"].append(f"Uncertain: the acts go on to the time of writing ({words!r}), which the account does not "
                        f"date. If they ended before 1 January 2015: the findings given ({case['date']}, the "
                        f"{res['code']} Code). If they went on past it, the {res2['code']} Code applies (read on "
                        f"{on}): {told}. Give --date (the day the acts ended or the account's date) for one answer.")
    return res, False


def _part_as_printed(res: dict, extracted: list[dict], rb: _rulebook.Rulebook) -> None:
    """Give a finding without a part the part the account prints for that charge.

    The rules decide a part from the facts only where the rulebook encodes the
    article's parts; for an article whose parts it does not encode (2014 art. 274,
    378…), or when the facts do not reach a part, a charge sentence that prints
    the part ("по пункту 3 части 2 статьи 274") still says which part was charged.
    The finding takes that part with ``part_basis`` saying it is the account's
    number, not the rules' conclusion; a part the rulebook knows does not exist
    is never taken (the citation reader already drops those).
    """
    ix = code_index(rb)
    printed: dict[tuple, set] = defaultdict(set)
    for x in extracted:
        if x.get("what") == "charge" and x.get("part"):
            printed[(x["code"], x["article"])].add(x["part"])
    for f in res["findings"]:
        parts = printed.get((f["code"], f["article"]))
        if f.get("part") or not parts or len(parts) != 1:
            continue
        (part,) = parts
        art = ix.articles.get((f["code"], f["article"]))
        if art is None or (art.parts and art.part(part) is None):
            continue
        f["part"] = part
        f["part_basis"] = ("printed in the account's charge sentence; the rules did not conclude a part"
                           + ("" if art.parts else " (lawbook does not encode this article's parts, so the "
                                                   "number is the source's, unchecked)"))


def _role_parts(rb: _rulebook.Rulebook, code: str, article: str) -> dict[str, str]:
    """``{part: the roles its rules ask}`` for an article whose parts differ by
    the person's role (organising a band is 2014 art. 268 p1, taking part in it
    p2); empty when the parts do not turn on the role.

    >>> from lawbook import rulebook
    >>> sorted(_role_parts(rulebook.load(), "2014", "268"))  # p3: either role, by an official
    ['1', '2', '3']
    >>> _role_parts(rulebook.load(), "2014", "174")
    {}
    """
    from .reading.charges import rules_concluding

    roles: dict[str, set] = defaultdict(set)
    for r in rules_concluding(rb, code, article):
        for c in r.when:
            if c.attr == "role" and r.conclude.part:
                name, arg = c.op()
                if name in ("eq", "in"):
                    roles[r.conclude.part].update([arg] if isinstance(arg, str) else arg)
    if len({frozenset(v) for v in roles.values()}) < 2:
        return {}
    return {p: ", ".join(sorted(v)) for p, v in sorted(roles.items())}


def _part_not_stated(res: dict, extracted: list[dict], rb: _rulebook.Rulebook) -> None:
    """Take the part back from a finding that rests only on an article cited
    without its part, when the article's parts differ by the person's role.

    "осуждён по статье 268 УК" names the article; the rules need a role to reach
    a part, and the citation's fact was given the lowest part's (organising), which
    nobody stated. The finding keeps the article with ``part: null`` and
    ``part_basis`` saying why; its penalty and counterparts are the article's.
    """
    ix = code_index(rb)
    lexicon = rb.cached("lexicon-by-id", lambda: {e.id: e for e in rb.records("lexicon")})
    unprinted = {(x["code"], x["article"]) for x in extracted if x.get("what") == "charge" and not x.get("part")}
    printed = {(x["code"], x["article"]) for x in extracted if x.get("what") == "charge" and x.get("part")}

    def role_from_words(s: dict) -> bool:
        for c in s.get("cues", []):
            cid = c.split(" (")[0]
            e = lexicon.get(cid)
            if e is not None and ("role" in (e.fact or {}) or "role" in (getattr(e, "sets", None) or {})):
                return True
        return False

    for f in res["findings"]:
        key = (f["code"], f["article"])
        if not f.get("part") or key not in unprinted or key in printed or not f.get("support"):
            continue
        if not all(any(c.startswith("citation:") for c in s.get("cues", [])) and not role_from_words(s)
                   for s in f["support"]):
            continue
        roles = _role_parts(rb, *key)
        if f["part"] not in roles:
            continue
        art = ix.articles[key]
        day = res["event_date"]
        f["part"] = None
        f["part_basis"] = ("not stated: the account cites the article without its part, and its parts differ by the "
                           "person's role (" + "; ".join(f"p{p}: {r}" for p, r in roles.items())
                           + "), which the account does not say")
        f["explanation"] = f"{art.title_on(day).en} ({f['article']}), part not stated."
        f["penalty"] = _penalty_summary(art, None, day, rb)
        f["counterparts"] = [{"code": c.code, "article": c.article, "part": c.part, "relation": c.relation}
                             for c in convert_parsed(f["code"], f["article"], None, ix).results]


def _rests_only_on(s: dict, rb: _rulebook.Rulebook, field: str) -> bool:
    """Whether a finding's support ``s`` (one fact) was made by cues with the
    lexicon flag ``field`` alone (``umbrella``: "convicted of terrorism";
    ``describes_people``: "members of the banned group"), not by another cue
    that states a fact or by a cited article."""
    def build():
        es = rb.records("lexicon")
        return ({e.id for e in es if e.fact is not None and getattr(e, field)},
                {e.id for e in es if e.fact is not None and not getattr(e, field)})

    flagged, other = rb.cached(f"lexicon-{field}", build)
    ids = {c.split(" (")[0] for c in s["cues"]}
    return bool(ids & flagged) and not ids & other and not any(i.startswith("citation:") for i in ids)


#: Acts whose plot or attempt an account reports as the case itself, not as background.
PLOTTED_ACTS = ("act_of_terrorism", "seizure_of_power", "hostage_taking", "seizure", "sabotage")


def _umbrella_only(f: dict, rb: _rulebook.Rulebook) -> bool:
    """Whether finding ``f`` rests only on an umbrella word ("on terrorism charges").

    >>> from lawbook import rulebook
    >>> rb = rulebook.load()
    >>> _umbrella_only({"support": [{"cues": ["en.frame.charge.terrorism (lexicon/en-frames.yaml:973)"]}]}, rb)
    True
    >>> _umbrella_only({"support": [{"cues": ["en.frame.charge.terrorism (x)", "citation:kz/cc2014/rule/255/1"]}]}, rb)
    False
    """
    return bool(f.get("support")) and all(_rests_only_on(s, rb, "umbrella") for s in f["support"])


def _set_aside_uncharged(res: dict, extracted: list[dict], rb: _rulebook.Rulebook) -> None:
    """When the account names the charges, set aside the findings it does not charge.

    An account that says what the person was charged with or convicted of
    ("found guilty of inciting hatred and propagating terrorism", "по статье
    174") names the offences; the rest of it is background ("five members of
    the banned Hizb ut-Tahrir were sentenced"). A finding that rests only on
    facts read outside the charge sentences, and whose article is not among the
    charged ones, moves from ``findings`` to ``also_described`` with a note: the
    facts may fit it, but the account does not say it was charged. An account
    that names no charge keeps every finding; so does one whose only charge-like
    words say who the people are ("members of the banned group were
    sentenced"). Art. 24 (preparation, attempt)
    goes with the findings it qualifies, and aside when the account cites the
    charges by number without it.
    """
    # charges cited by number or by an article's quoted title («по статьям „Пропаганда терроризма“ …») name them exactly
    by_number = {(x["code"], x["article"]) for x in extracted if x.get("what") == "charge"
                 and x.get("by") in ("number", "title")}

    def charged_support(f):
        # "convicted of terrorism" beside charges cited by number names the field, not another charge;
        # "five members of the banned group were sentenced" says who they are, not what they were charged with
        return any(s.get("in_charge") and not (by_number and (f["code"], f["article"]) not in by_number
                                               and _rests_only_on(s, rb, "umbrella"))
                   and not _rests_only_on(s, rb, "describes_people")
                   for s in f.get("support", ()))

    def plotted(f):
        # a plot stopped or an attempt foiled ("the attack was thwarted at the preparation stage") is the case's act,
        # not background, even when the account names other people's charges
        return not by_number and any(s.get("stage") in ("preparation", "attempt") and s.get("kind") in PLOTTED_ACTS
                                     for s in f.get("support", ()))

    charged = {(x["code"], x["article"]) for x in extracted if x.get("what") == "charge"}
    charged |= {(f["code"], f["article"]) for f in res["findings"] if charged_support(f) and f["article"] != "24"}
    # "on terrorism charges … of propagating terrorism": the umbrella word gives way to the terrorism charges named
    named = rb.cached("umbrella-gives-way", lambda: {a for e in rb.records("lexicon") if e.umbrella for a in e.gives_way_to})
    described = [f for f in res["findings"] if f["article"] in named
                 and not any(_rests_only_on(s, rb, "umbrella") for s in f.get("support", ()))]
    family = {(f["code"], f["article"]) for f in described if charged_support(f)}
    if not family and not by_number and any(charged_support(f) and _umbrella_only(f, rb) for f in res["findings"]):
        # "arrested on terrorism charges … he set up a terrorist group": with no other charge named, the umbrella
        # word's charges are the terrorism offences the account describes
        family = {(f["code"], f["article"]) for f in described}
        charged |= family
    if family:
        umbrella_only = [f for f in res["findings"] if _umbrella_only(f, rb)]
        charged -= {(f["code"], f["article"]) for f in umbrella_only}
        for f in umbrella_only:
            for s in f["support"]:
                s["in_charge"] = False
    # "convicted for violating the rules of storing weapons": a charge lawbook has no rule for still names the charges
    others = sorted({x["offence"] for x in extracted if x.get("what") == "other-charge"})
    if not charged and not others:
        return
    keep, aside = [], []
    for f in res["findings"]:
        if f["article"] == "24":
            keep.append(f)  # decided below, with the findings it goes with
        elif charged_support(f) or (f["code"], f["article"]) in charged or plotted(f):
            keep.append(f)
        else:
            aside.append(f)
    kept_facts = {fid for f in keep if f["article"] != "24" for fid in f.get("facts", ())}
    # an account that cites the charges by number and not art. 24 does not say the stage was charged
    final = []
    for f in keep:
        if f["article"] == "24" and (not set(f.get("facts", ())) & kept_facts
                                     or (by_number and (f["code"], "24") not in by_number)):
            aside.append(f)
        else:
            final.append(f)
    if not aside:
        return
    res["findings"] = final
    res["also_described"] = aside
    names = ", ".join(sorted({f"{c} art. {a}" for c, a in charged}) + others)
    res["notes"].append(
        "The account names the charges (" + names + "). It also describes acts that would fit "
        + ", ".join(f"{f['code']} art. {f['article']}" for f in aside)
        + ", outside the sentences about the charges; the account does not say they were charged, "
          "so they are listed under 'also described', not as findings.")


def _set_aside_ordinary_crimes(res: dict, rb: _rulebook.Rulebook) -> None:
    """An account that describes only ordinary crimes (murder, robbery, fraud…)
    or violence done (a shoot-out) and never speaks of terrorism, extremism,
    seizure of power or separatism, cites no article, nor names a listed
    organisation is outside the field lawbook reads: those findings move to
    ``also_described``. A planned attack (art. 24 with it) stays. Beside an
    offence of its own (mass riots), violence read as an act of terrorism with
    no word of terrorism moves aside alone; the riots and ordinary crimes stay.

    lawbook's rules for general crimes exist to name the charges that come with
    terrorism and extremism ("convicted of terrorism and murder"); an axe attack
    at a school or a shoot-out at an eviction, with no act of terrorism or
    extremism, is not classified as one, and the note says so.
    """
    kinds = rb.cached("rule-kinds", lambda: {r.id: r.kind for r in rb.records("rules")})
    findings = res["findings"]
    ordinary = ("general_offence", "act_of_terrorism")
    # a planned bombing or shooting (art. 24 with it) is not a brawl: only acts done are weighed here
    if not findings or any(f["article"] == "24" for f in findings):
        return
    crime_groups = rb.cached("organised-crime-rules", lambda: _organised_crime_rules(rb))
    if all(kinds.get(f.get("rule")) in ordinary or f.get("rule") in crime_groups for f in findings):
        aside = findings
    else:
        # beside riots or other offences of its own, violence told without a word of terrorism is still no act of
        # terrorism ("protestors serving time over the clashes … police officers imprisoned for shooting protestors")
        aside = [f for f in findings if kinds.get(f.get("rule")) == "act_of_terrorism"]
        if not aside:
            return
    res["also_described"] = res.get("also_described", []) + aside
    res["findings"] = [f for f in findings if f not in aside]
    res["notes"].append(
        "The account describes " + ("only " if not res["findings"] else "") + "violence or ordinary crimes that would fit "
        + ", ".join(f"{f['code']} art. {f['article']}" for f in aside)
        + ", and never speaks of terrorism, extremism, seizure of power or separatism, cites no article and names no "
          "listed organisation: lawbook reads those acts only beside the offences it is built for, so they are listed "
          "under 'also described', not as findings.")


def _organised_crime_rules(rb: _rulebook.Rulebook) -> frozenset:
    """The ids of the rules that conclude on an organised criminal group, a criminal
    community or a band (2014 arts. 262, 263, 268; 1997 arts. 235, 235-1, 237): an
    ordinary crime's organisation, read as the field's only beside its offences.

    >>> from lawbook import rulebook
    >>> ids = _organised_crime_rules(rulebook.load())
    >>> "kz/cc2014/rule/262/1" in ids, "kz/cc2014/rule/257/1" in ids
    (True, False)
    """
    return frozenset(r.id for r in rb.records("rules")
                     if any(c.attr == "org_type" and (c.eq in ORGANISED_CRIME or set(c.in_ or ()) & ORGANISED_CRIME)
                            for c in r.when))


def _decided_by_words(reason: str) -> bool:
    """Whether a citation's code was decided by the words beside it (its title or subject, or the offence its sentence
    describes), not by a number or a date.

    >>> _decided_by_words("subject: the words around the citation (жал, турал) name 2014 art. 273 ...")
    True
    >>> _decided_by_words("again: art. 174 is cited again 454 characters away, decided by subject (subject: ...)")
    True
    >>> _decided_by_words("number: art. 405 exists only in the 2014 Code"), _decided_by_words("date-in-text: 2011")
    (False, False)
    """
    return reason.startswith(("subject", "title", "offence read")) or (
        reason.startswith("again") and any(f"decided by {k} (" in reason for k in ("subject", "title", "offence read")))


def _assumed_date(text: str, rb, charged: list[tuple[int, int]] | None = None,
                  written: dt.date | None = None) -> tuple[dt.date, str]:
    """A date to classify an undated account on, with the note that says so:
    the code a cited number only one code has; failing one, the code the words
    around its citations lean to (an offence's title beside the number: on the
    dev accounts with no date, 12 of 12 leaned the right way); else the day the
    account was written (``written``, its ``published``: the acts are no later)
    or, without one, today. Only citations inside ``charged`` (the spans of the
    sentences about the account's charges, when given) lean: another person's
    earlier case or a law's text does not date the account's acts.

    >>> from lawbook import rulebook
    >>> day, note = _assumed_date("He handed out leaflets.", rulebook.load(), written=dt.date(2013, 5, 31))
    >>> day, note.split("(")[1].split(")")[0]
    (datetime.date(2013, 5, 31), 'it was published by 2013-05-31 and nothing in it dates the acts: they are no later')
    """
    from .reading.charges import account_citations

    cits = account_citations(text, rb)
    codes = {c.code for c in cits if c.code and c.code_reason.startswith(("number", "explicit"))}
    inside = [c for c in cits if charged is None or any(a <= c.span[0] < b for a, b in charged)]
    leans = {code for c in inside if not c.code for _, code, _ in c.leans}
    # a citation the words around it decide (an offence's title or subject beside the number) leans the same way
    leans |= {c.code for c in inside if c.code and _decided_by_words(c.code_reason)}
    before = BOUNDARY - dt.timedelta(days=1) if written is None else min(written, BOUNDARY - dt.timedelta(days=1))
    if codes == {"1997"}:
        day = before
        why = "it cites an article only the 1997 Code has"
    elif not codes and leans == {"1997"}:
        day = before
        why = "the words around its citations lean to the 1997 Code"
    elif not codes and not leans and (event := _named_event(text, rb)):
        (e, words) = event
        day = e.date
        why = f"it names {e.title.en} ({words!r}; {e.id}), dated to that day in rules/events ({e.confidence})"
    else:
        day = today()
        why = ("it cites an article only the 2014 Code has" if codes == {"2014"}
               else "the words around its citations lean to the 2014 Code" if not codes and leans == {"2014"}
               else "nothing in it dates the acts")
        if written is not None and (written >= BOUNDARY or why == "nothing in it dates the acts"):
            day = written
            why = f"it was published by {written} and {why}: they are no later"
    return day, (f"UNCERTAIN: the account gives no date of the acts. lawbook classified it as of {day} ({why}); "
                 f"the articles and penalties may differ on the real date: pass --date YYYY-MM-DD.")


def _named_event(text: str, rb) -> tuple | None:
    """The dated event (``rules/events``) an undated account names, with the words that name it: the latest one
    when it names several of one code; ``None`` when it names none, or events of both codes.

    >>> from lawbook import rulebook
    >>> e, words = _named_event("Kozlov was jailed over the unrest in Zhanaozen.", rulebook.load())
    >>> e.id, str(e.date), words
    ('event/zhanaozen-2011', '2011-12-16', 'unrest in Zhanaozen')
    """
    from .events import named_events

    named = named_events(text, rb)
    if not named or len({code_on(e.date) for e, _ in named}) > 1:
        return None
    return max(named, key=lambda n: n[0].date)


# -- rulebook cross-checks -----------------------------------------------------------

def check_rulebook(rb: _rulebook.Rulebook) -> list[RulebookError]:
    """Rules conclude existing articles and parts, displace existing rules, use
    only vocabulary words, and stay inside durable-rules' limits."""
    from .engine import preflight

    errors: list[RulebookError] = []
    ix = code_index(rb)
    rules = rb.records("rules")
    ids = {r.id for r in rules}
    vocab = vocabulary(rb)
    for r in rules:
        path, line = rb.where(r)
        art = ix.articles.get((r.code, r.conclude.article))
        if art is None:
            errors.append(RulebookError(f"concludes {r.code} art. {r.conclude.article}, which has no record", path, line, "conclude"))
        elif r.conclude.part and art.part(r.conclude.part) is None:
            errors.append(RulebookError(f"concludes {r.code} art. {r.conclude.article} part {r.conclude.part}, which the article does not have", path, line, "conclude"))
        for d in r.displaces:
            if d not in ids:
                errors.append(RulebookError(f"displaces unknown rule {d!r}", path, line, "displaces"))
    for code in ("1997", "2014"):
        for r, field, msg in preflight([r for r in rules if r.code == code], vocab):
            path, line = rb.where(r)
            errors.append(RulebookError(msg, path, line, field))
    return errors
