"""PETRARCH2 CAMEO verb dictionary → verbs.tsv, verb-patterns.tsv, synsets.tsv rows (used by convert.py)."""
import os
import re
import sys

from petrarch_text import dictionary_lines, phrase, plural


def third_person(word):
    if word.endswith(("s", "x", "z", "ch", "sh", "o")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def past(word):
    if word.endswith("e"):
        return word + "d"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ied"
    return word + "ed"


def gerund(word):
    if word.endswith("ie"):
        return word[:-2] + "ying"
    if word.endswith("e") and not word.endswith(("ee", "ye", "oe")) and len(word) > 2:
        return word[:-1] + "ing"
    return word + "ing"


def verb_words(text):
    """'+ASK_FOR' -> (['ask', 'for'], index of the inflected word)."""
    words = text.replace("_", " ").lower().split()
    index = 0
    for i, word in enumerate(words):
        if word.startswith("+"):
            index = i
    return [w.lstrip("+") for w in words], index


def verb_forms(text, irregular, wordnet_forms):
    """The lemma's words and all its forms: the file's {...} forms if given, else regular forms made by
    rule plus WordNet's verb.exc forms of the verb word ("cutting", "eavesdropped", "burnt")."""
    words, index = verb_words(text)
    forms = {" ".join(words)}
    if irregular is not None:
        forms.update(" ".join(verb_words(f)[0]) for f in re.split(r"[\s,]+", irregular) if f)
        return words, forms
    made = [inflect(words[index]) for inflect in (third_person, past, gerund)] + wordnet_forms.get(words[index], [])
    forms.update(" ".join(words[:index] + [form] + words[index + 1:]) for form in made)
    return words, forms


def pattern_text(text):
    """Tokens joined by one space, words lower case; synset names (&NAME) keep their case."""
    parts = re.split(r"(&[A-Z0-9_]+)", " ".join(text.split()))
    return "".join(part if part.startswith("&") else part.lower() for part in parts)


def synset_member(label, member, synsets, origin):
    no_plural = label.endswith("_") or member.endswith("_")
    name = "&" + label.strip("&").rstrip("_")
    words = phrase(member).split()
    if not words:
        return
    synsets.add((name, " ".join(words)), (), origin)
    if not no_plural:
        synsets.add((name, " ".join(words[:-1] + [plural(words[-1])])), (), origin)


def verb_rows(petrarch, wordnet_forms, verbs, patterns, synsets):
    block, block_code, label = None, "---", None
    for number, line in dictionary_lines(os.path.join(petrarch, "CAMEO.2.0.txt")):
        origin = "CAMEO.2.0.txt:%d" % number
        stripped = line.strip()
        header = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s*---", stripped)
        if header:
            block, block_code, label = phrase(header.group(1)), header.group(2).strip() or "---", None
        elif stripped.startswith("&"):
            label = stripped.split()[0]
        elif stripped.startswith("+") and label is not None:
            synset_member(label, stripped[1:], synsets, origin)
        elif stripped.startswith("~"):
            continue  # compound-verb transformations: not kept
        elif stripped.startswith("-") and block is not None:
            match = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]\s*$", stripped)
            if not match:
                print("skipped pattern: %s %s" % (origin, stripped), file=sys.stderr)
                continue
            patterns.add((block, pattern_text(match.group(1))), (match.group(2).strip(),), origin)
        elif block is not None:
            label = None
            verb_line(stripped, block, block_code, wordnet_forms, verbs, origin)


def drop_patterns_with_undefined_synsets(patterns, synsets):
    """As PETRARCH does: a pattern naming a synonym set that the file never defines is ignored."""
    defined = {key[0] for key in synsets.rows}
    for key in sorted(patterns.rows):
        undefined = [name for name in re.findall(r"&[A-Z0-9_]+", key[1]) if name not in defined]
        if undefined:
            print("skipped pattern with undefined %s: %s %s (%s)" % (
                " ".join(undefined), key[0], key[1], patterns.origins[key]), file=sys.stderr)
            del patterns.rows[key]


def verb_line(text, block, block_code, wordnet_forms, verbs, origin):
    code_match = re.search(r"\[([^\]]*)\]\s*$", text)
    code = code_match.group(1).strip() if code_match else block_code
    text = text[:code_match.start()] if code_match else text
    braces = re.search(r"\{([^}]*)\}", text)
    head = re.sub(r"\{[^}]*\}", " ", text).strip()
    words, forms = verb_forms(head, braces.group(1) if braces else None, wordnet_forms)
    lemma = " ".join(words)
    verbs.add((lemma, block), (code, ",".join(sorted(forms - {lemma}))), origin)
