"""WordNet 3.0 → parts of speech with SemCor priors, multiword lemmas, irregular forms, capitals and places (used by convert.py)."""
import os
import re

POS_LETTERS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
SENSE_KEY_POS = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
LEMMA_CHARS = re.compile(r"^[a-z0-9'_-]+$")
PLACE_WORDS = {"city", "town", "port", "state", "province", "region", "american_state",
               "provincial_capital", "state_capital", "port_of_entry", "island"}


class WordNet:
    def __init__(self, folder):
        self.folder = folder
        self.lemmas = {}   # lemma -> {pos letter: SemCor count}
        for pos, letter in POS_LETTERS.items():
            with open(os.path.join(folder, "index." + pos), encoding="utf-8") as handle:
                for line in handle:
                    if not line.startswith(" "):
                        self.lemmas.setdefault(line.split(" ", 1)[0], {})[letter] = 0
        with open(os.path.join(folder, "cntlist.rev"), encoding="utf-8") as handle:
            for line in handle:
                sense_key, _, count = line.split()
                lemma, rest = sense_key.split("%", 1)
                letter = SENSE_KEY_POS[rest[0]]
                counts = self.lemmas.get(lemma)
                if counts is not None and letter in counts:
                    counts[letter] += int(count)
        self.capitals, self.places = self.instance_words()  # places: cities, states, regions that are no country

    def instance_words(self):
        """Noun lemmas that are instances of 'national_capital', and of a city, town, state, region... but of no country."""
        words_of, instance_of = {}, {}
        with open(os.path.join(self.folder, "data.noun"), encoding="utf-8") as handle:
            for line in handle:
                if line.startswith(" "):
                    continue
                fields = line.split(" | ", 1)[0].split()
                offset, count = fields[0], int(fields[3], 16)
                words = [fields[4 + 2 * i].lower() for i in range(count)]
                words_of[offset] = words
                pointers = fields[4 + 2 * count + 1:]
                instance_of[offset] = [pointers[i + 1] for i in range(0, len(pointers) - 3, 4) if pointers[i] == "@i"]
        capital = {o for o, w in words_of.items() if "national_capital" in w}
        nation = {o for o, w in words_of.items() if any("country" in x or "nation" in x for x in w)}
        place = {o for o, w in words_of.items() if PLACE_WORDS & set(w)} - nation
        capitals, places, nations = set(), set(), set()
        for offset, parents in instance_of.items():
            names = [w.replace("_", " ") for w in words_of[offset]]
            if capital & set(parents):
                capitals.update(names)
            if place & set(parents):
                places.update(names)
            if nation & set(parents):
                nations.update(names)
        return capitals, places - nations

    def has(self, word, letter):
        return letter in self.lemmas.get(word.replace(" ", "_"), {})

    def pos_rows(self, table, multiword):
        for lemma in sorted(self.lemmas):
            if not LEMMA_CHARS.match(lemma):
                continue
            counts = self.lemmas[lemma]
            priors = tuple(str(counts[l] + 1) if l in counts else "0" for l in "nvar")
            if "_" in lemma:
                multiword.add((lemma,), ("".join(l for l in "nvar" if l in counts),), "index")
            else:
                table.add((lemma,), priors, "index")

    def irregular_verb_forms(self):
        """verb.exc inverted: lemma -> sorted irregular forms ("go" -> ["gone", "went"])."""
        forms = {}
        with open(os.path.join(self.folder, "verb.exc"), encoding="utf-8") as handle:
            for line in handle:
                words = line.split()
                for lemma in words[1:]:
                    forms.setdefault(lemma, set()).add(words[0])
        return {lemma: sorted(found) for lemma, found in forms.items()}

    def exception_rows(self, table):
        for pos, letter in POS_LETTERS.items():
            with open(os.path.join(self.folder, pos + ".exc"), encoding="utf-8") as handle:
                for line in handle:
                    words = line.split()
                    if not LEMMA_CHARS.match(words[0]):
                        continue
                    for lemma in words[1:]:
                        if LEMMA_CHARS.match(lemma):
                            table.add((words[0], letter, lemma), (), pos + ".exc")
