"""PETRARCH2 actor and agent dictionaries → countries.tsv, actors.tsv, agents.tsv rows (used by convert.py)."""
import os
import re
import sys

from petrarch_text import actor_records, dictionary_lines, phrase, plural

ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")


def country_kind(name, is_primary, wordnet):
    if is_primary:
        return "name"
    if name in wordnet.capitals:
        return "capital"
    if " " not in name and (wordnet.has(name, "a") or (name.endswith("s") and wordnet.has(name[:-1], "a"))):
        return "adjective"
    if name in wordnet.places:
        return "place"
    return "name"


def actor_kind(file_name, code, dated):
    if dated:
        return "officeholder"
    if file_name == "Phoenix.MilNonState.actors.txt":
        return "armedgroup"
    for prefix, kind in (("IGO", "igo"), ("NGO", "ngo"), ("NGM", "ngo"), ("MNC", "company"), ("IMG", "armedgroup")):
        if code.startswith(prefix):
            return kind
    return "institution"


def current_country_code(primary, restrictions):
    """The code of a country-level record of the countries file: a three-letter code without an end date."""
    candidates = [primary] if primary else []
    candidates += [code for code, _, end in restrictions if not end]
    for code in candidates:
        if len(code) == 3 and code.isalpha():
            return code
    return None


def actor_rows(petrarch, wordnet, countries, actors):
    for file_name in ACTOR_FILES:
        for origin, names, primary, restrictions in actor_records(os.path.join(petrarch, file_name)):
            names = [n for n in names if n]
            country = current_country_code(primary, restrictions) if file_name == ACTOR_FILES[0] else None
            if country:
                for index, name in enumerate(names):
                    countries.add((name,), (country, country_kind(name, index == 0, wordnet)), origin)
                if not restrictions:
                    continue
            if primary:
                restrictions = restrictions + [(primary, "", "")]
            restrictions = [r for r in restrictions if r[0] != "---"]
            if not restrictions:
                print("skipped record without a code: %s %s" % (origin, names[0] if names else ""), file=sys.stderr)
                continue
            for name in names:
                for code, start, end in restrictions:
                    kind = "country" if country else actor_kind(file_name, code, bool(start or end))
                    actors.add((name, start, end, code), (kind,), origin)


def agent_rows(petrarch, agents):
    path = os.path.join(petrarch, "Phoenix.agents.txt")
    macros = {}
    for number, line in dictionary_lines(path):
        origin = "Phoenix.agents.txt:%d" % number
        stripped = line.strip()
        macro = re.match(r"^(![A-Z]+!)\s*=\s*(.*)$", stripped)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        code_match = re.search(r"\[([^\]}]*)[\]}]", stripped)
        if not code_match:
            print("skipped agent without a code: %s %s" % (origin, stripped), file=sys.stderr)
            continue
        code = code_match.group(1).strip()
        placement = "suffix" if code.startswith("~") else "prefix"
        code = code.strip("~")
        head = stripped[:code_match.start()]
        plurals = re.search(r"\{([^}]*)\}", head)
        root = re.sub(r"\{[^}]*\}", " ", head).strip()
        for form in agent_forms(root, plurals, macros):
            agents.add((phrase(form),), (code, placement), origin)


def agent_forms(root, plurals, macros):
    marker = re.search(r"![A-Z]+!", root)
    if marker:
        return [root.replace(marker.group(0), word) for word in macros[marker.group(0)]]
    forms = [root]
    if plurals is None:
        words = root.rstrip("_").split("_")
        last = plural(words[-1].lower()).upper()
        if last != words[-1]:
            forms.append("_".join(words[:-1] + [last]))
    else:
        forms.extend(p for p in plurals.group(1).split() if p)
    return forms
