"""Add the names in corpus/names/names-collected.yaml (each with the address
where a source writes it) to the organisations in rules/banlists/, as aliases
with their own source and confidence; new sources go to
rules/sources/banlist-names.yaml. Names an organisation already has are
skipped; running it twice adds nothing.

    python scripts/import_collected_names.py
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
KIND = {"name": "name", "translation": "translation", "abbreviation": "abbreviation", "transliteration": "name"}


def q(s: str) -> str:
    return yaml.safe_dump(s, allow_unicode=True, width=10_000).strip().removesuffix("...").strip()


def main() -> int:
    collected = yaml.safe_load((ROOT / "corpus" / "names" / "names-collected.yaml").read_text(encoding="utf-8"))
    src_path = ROOT / "rules" / "sources" / "banlist-names.yaml"
    sources = yaml.safe_load(src_path.read_text(encoding="utf-8")) if src_path.exists() else []
    by_url = {s["url"]: s["id"] for s in sources or []}
    new_sources = []
    files = {yaml.safe_load(p.read_text(encoding="utf-8"))["id"]: p for p in (ROOT / "rules" / "banlists").glob("*.yaml")}
    added = 0
    for org, names in collected.items():
        path = files[org]
        text = path.read_text(encoding="utf-8")
        rec = yaml.safe_load(text)
        have = {n["name"] for n in rec.get("names", [])}
        lines = []
        for n in names:
            if n["name"] in have:
                continue
            have.add(n["name"])
            url = n["source_url"]
            sid = by_url.get(url)
            if sid is None:
                sid = by_url[url] = f"ban-N{len(by_url) + 1}"
                new_sources.append({"id": sid, "title": n.get("source_title") or url, "url": url,
                                    "supports": "spelling of an organisation's name as this source writes it"})
            lines += [f"- name: {q(n['name'])}", f"  lang: {n['lang']}", f"  script: {n['script']}",
                      f"  kind: {KIND[n['kind']]}", f"  confidence: {n['confidence']}", f"  sources: [{sid}]"]
            if n.get("note"):
                lines.append(f"  note: {q(str(n['note']))}")
            added += 1
        if not lines:
            continue
        out = text.split("\n")
        i = out.index("names:") + 1
        while i < len(out) and (out[i].startswith("- ") or out[i].startswith("  ") or not out[i].strip()):
            i += 1
        while not out[i - 1].strip():
            i -= 1
        out[i:i] = lines
        path.write_text("\n".join(out), encoding="utf-8")
    if new_sources:
        head = "" if src_path.exists() else ("# Sources of organisation names as Arabic, Kazakh and Russian sources write them\n"
                                             "# (scripts/import_collected_names.py from corpus/names/names-collected.yaml).\n")
        with open(src_path, "a", encoding="utf-8") as fh:
            fh.write(head + yaml.safe_dump(new_sources, allow_unicode=True, sort_keys=False, width=10_000))
    print(f"added {added} names, {len(new_sources)} sources")
    return 0


if __name__ == "__main__":
    sys.exit(main())
