"""tools/lexicons/cue-verbs.tsv -> every inflected form of each cue lemma with its role and frames (used by convert.py)."""
import os

SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cue-verbs.tsv")
ROLES = {"speech", "cognition", "evaluation", "finding", "evidence"}
FRAMES = {"addressee", "that-only", "evidence-only", "naming", "relaying", "stance-object", "describing", "as-only"}


def regular_forms(lemma):
    """The forms English spelling rules make: "state" -> states, stated, stating; "deny" -> denies, denied; "ask" -> asks."""
    if lemma.endswith("e"):
        return [lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith("y") and not lemma.endswith(("ey", "ay")):
        return [lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    plural = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x")) else "s")
    return [plural, lemma + "ed", lemma + "ing"]


def inflect(lemma, irregular):
    """Rule forms, minus those WordNet's irregular forms replace ("said" for "sayed", "regretted" for "regreted"), plus those."""
    third, past, gerund = regular_forms(lemma)
    forms = [third]
    strong_past = any(not f.endswith(("ed", "ing", "n")) for f in irregular)
    # American spelling keeps one l where British doubles it ("signaled", "signalled"): both are words.
    american = lemma.endswith("l")
    if not strong_past and (american or not any(f.endswith("ed") for f in irregular)):
        forms.append(past)
    if american or not any(f.endswith("ing") for f in irregular):
        forms.append(gerund)
    return forms + list(irregular)


def read_source(path=SOURCE):
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 4:
                raise SystemExit("cue-verbs.tsv:%d: 4 columns expected" % number)
            lemma, role, frames, nouns = fields
            if role not in ROLES:
                raise SystemExit("cue-verbs.tsv:%d: unknown role %s" % (number, role))
            frame_list = [] if frames == "-" else frames.split(",")
            if any(f not in FRAMES for f in frame_list):
                raise SystemExit("cue-verbs.tsv:%d: unknown frame in %s" % (number, frames))
            rows.append((lemma, role, frame_list, [] if nouns == "-" else nouns.split(",")))
    return rows


def cue_rows(wordnet, table, path=SOURCE):
    irregular = wordnet.irregular_verb_forms()
    seen = set()
    for lemma, role, frames, nouns in read_source(path):
        if lemma in seen:
            raise SystemExit("cue-verbs.tsv: %s is listed twice" % lemma)
        seen.add(lemma)
        if not wordnet.has(lemma, "v"):
            raise SystemExit("cue-verbs.tsv: %s is no verb in WordNet" % lemma)
        forms = {lemma, *inflect(lemma, irregular.get(lemma, []))}
        for noun in nouns:
            if noun not in forms:
                raise SystemExit("cue-verbs.tsv: %s is no form of %s" % (noun, lemma))
            forms.discard(noun)
        value = (lemma, role, ",".join(frames) or "-")
        for form in sorted(forms):
            table.add((form,), value, "cue-verbs.tsv " + lemma)
