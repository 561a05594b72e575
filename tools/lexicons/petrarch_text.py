"""PETRARCH2 dictionary text: comments, phrases, dates, actor records, plurals (used by convert.py)."""
import datetime
import os
import re
import sys

DATE_RANGE = re.compile(r"^(\d+)-(\d+)$")


def dictionary_lines(path):
    """Lines of a PETRARCH file without comments (#, legacy ;, <!-- -->), keeping leading tabs."""
    in_xml_comment = False
    with open(path, encoding="latin-1") as handle:
        for number, raw in enumerate(handle, 1):
            line = raw.rstrip("\r\n")
            if in_xml_comment:
                if "-->" not in line:
                    continue
                line, in_xml_comment = line.split("-->", 1)[1], False
            while "<!--" in line:
                before, after = line.split("<!--", 1)
                if "-->" in after:
                    line = before + after.split("-->", 1)[1]
                else:
                    line, in_xml_comment = before, True
            line = line.split("#", 1)[0].split(";", 1)[0]
            if line.strip():
                yield number, line


def phrase(text):
    """PETRARCH phrase -> lower-case words joined by one space (underscores and blanks both join words)."""
    return " ".join(text.replace("_", " ").lower().split())


def full_date(text, origin):
    if len(text) == 6:
        year = int(text[:2])
        text = ("20" if year <= 30 else "19") + text
    if len(text) != 8:
        raise ValueError("%s: bad date %s" % (origin, text))
    datetime.date(int(text[:4]), int(text[4:6]), int(text[6:8]))  # raises on an impossible date
    return text


def restriction(body, origin):
    """'CODE', 'CODE >date', 'CODE <date', 'CODE d-d' -> (code, from, to), dates YYYYMMDD or ''."""
    parts = body.split()
    code, span = parts[0], "".join(parts[1:])
    if not span:
        return code, "", ""
    if span.startswith(">"):
        return code, full_date(span[1:], origin), ""
    if span.startswith("<"):
        return code, "", full_date(span[1:], origin)
    match = DATE_RANGE.match(span)
    if not match:
        raise ValueError("%s: bad date range %s" % (origin, span))
    return code, full_date(match.group(1), origin), full_date(match.group(2), origin)


def actor_records(path):
    """Yields (origin, phrases, primary code or None, [restrictions]) per actor record.

    A record with neither code nor restriction that runs straight into the next record (no blank
    or comment line between) lists more names of that record: the source sometimes omits the '+'.
    """
    record, last_number = None, 0
    name = os.path.basename(path)
    for number, line in dictionary_lines(path):
        origin = "%s:%d" % (name, number)
        stripped = line.strip()
        brackets = re.findall(r"\[([^\]]*)\]", stripped)
        text = re.sub(r"\[[^\]]*\]", " ", stripped).strip()
        if line[0] in " \t" and stripped.startswith("["):
            if record is not None:
                record[3].extend(brackets_to_restrictions(brackets, origin))
        elif stripped.startswith("+"):
            if record is not None:
                record[1].append(phrase(text[1:]))
                record[3].extend(brackets_to_restrictions(brackets, origin))
        else:
            pending = []
            if record is not None:
                if record[2] is None and not record[3] and number == last_number + 1:
                    pending = record[1]
                else:
                    yield record
            primary, restrictions = None, []
            if len(brackets) == 1 and len(brackets[0].split()) == 1:
                primary = brackets[0].strip()
            else:
                restrictions = brackets_to_restrictions(brackets, origin)
            record = [origin, pending + [phrase(text)], primary, restrictions]
        last_number = number
    if record is not None:
        yield record


def brackets_to_restrictions(brackets, origin):
    result = []
    for body in brackets:
        if not body.strip():
            continue
        try:
            result.append(restriction(body, origin))
        except ValueError as error:
            print("skipped restriction: %s" % error, file=sys.stderr)
    return result


def plural(word):
    if not word[-1:].isalpha():
        return word
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith("ss"):
        return word + "es"
    return word + "s"
