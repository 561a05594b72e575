using System;
using KnowledgeBase.Generators.Extraction.Lexicons;
using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction
{
    // The article's persons by the variant keys of their names' words: KnownEntityFor asked every person of the article
    // (about 36 entities a question) whether a lone word is their surname or family name, and four words in five are no one's.
    internal sealed partial class EntityRecognizer
    {
        private sealed partial class Scratch
        {
            /// <summary>The persons by each key of <see cref="EntityDraft.LaterWordKeys"/> and by <see cref="EntityDraft.FirstWordKey"/>.</summary>
            public FirstWordIndex Persons { get; } = new();
        }

        /// <summary>
        /// Indexes a person under the keys of its name's words, as it is made or its name grows. A key a longer name no longer
        /// has stays listed: the question tests each person listed again.
        /// </summary>
        private void IndexPerson(EntityDraft person)
        {
            foreach (var key in person.LaterWordKeys) _persons.Add(key, person);
            if (person.FirstSpace > 0) _persons.Add(person.FirstWordKey, person);
        }

        /// <summary>
        /// Gives a person named by tokens [start, end) (<see cref="Join"/>) the keys of its name's words, read from the
        /// tokens' forms rather than looked up by text in the thread's large table of keys; not when two of the tokens touch
        /// (then the name's words are not its tokens).
        /// </summary>
        private static void KnowWordKeys(EntityDraft person, List<Token> tokens, int start, int end)
        {
            var joined = 0; // the words an Arabic article joins to a surname, each a second key; a generational suffix, none
            for (var k = start + 1; k < end; k++)
            {
                if (tokens[k].Start <= tokens[k - 1].End) return;
                if (EntityDraft.HasJoinedArticle(tokens[k].Text)) joined++;
                if (k >= start + 2 && EntityDraft.IsGenerationalSuffix(tokens[k].Text)) joined--;
            }
            var later = new string[end - start - 1 + joined];
            var at = 0;
            for (var k = start + 1; k < end; k++)
            {
                if (k >= start + 2 && EntityDraft.IsGenerationalSuffix(tokens[k].Text)) continue;
                later[at++] = NameVariants.Key(tokens[k]);
                if (EntityDraft.HasJoinedArticle(tokens[k].Text)) later[at++] = NameVariants.Key(tokens[k].Text.Substring(3));
            }
            var last = end - start >= 3 && EntityDraft.IsGenerationalSuffix(tokens[end - 1].Text) ? end - 2 : end - 1;
            person.KnowWordKeys(end - start >= 2 ? NameVariants.Key(tokens[start]) : null, later, NameVariants.Key(tokens[last]));
        }

        /// <summary><see cref="KnownEntityFor(string)"/> with the variant key of <paramref name="text"/> at hand.</summary>
        private EntityDraft? KnownEntityFor(string text, string variant)
        {
            // The persons are read in the article's order of entities, as a pass over the article's entities read them: the
            // best-known one (the first of those named most often) wins.
            EntityDraft? best = null;
            EntityDraft? familyFirst = null;
            int bestAt = -1, familyFirstAt = -1, firstSurnameAt = -1;
            for (var entry = _persons.First(variant); entry >= 0; entry = _persons.Next(entry))
            {
                var e = _persons.EntityAt(entry);
                var surname = HasLaterKey(e, variant);
                var familyName = IsFamilyNameFirst(e, text, variant);
                if (!surname && !familyName) continue;
                var at = _entities.IndexOf(e);
                // The surname, or either surname of a double one ("Ana Ruiz Vela" → Ruiz).
                if (surname)
                {
                    if (firstSurnameAt < 0 || at < firstSurnameAt) firstSurnameAt = at;
                    if (NamedMoreOrEarlier(e, at, best, bestAt)) (best, bestAt) = (e, at);
                }
                if (familyName && NamedMoreOrEarlier(e, at, familyFirst, familyFirstAt)) (familyFirst, familyFirstAt) = (e, at);
            }
            // "Salling" for "Salling Group", but not "Tesco" for "Tesco Polska": the first such organization or place, found by
            // its first word, wins unless a person of that surname comes before it or a later one is named more often.
            if (FirstNonPersonNamed(text, out var namedAt) is { } named && (best is null || namedAt < firstSurnameAt && best.Mentions <= named.Mentions)) best = named;
            // A given name is no family name: asked only when some name starts with the word (most lone words match none).
            return best ?? (familyFirst is not null && GivenNames.Contains(text) ? null : familyFirst);
        }

        /// <summary>
        /// "Park Min-seo", "Park Min Jun": a word before a hyphenated given name of two short syllables, or a Korean family
        /// name before the given name's two syllables written apart, is a family name written first, though it is also a
        /// place word or a common word ("Park").
        /// </summary>
        private static bool FamilyNameBeforeHyphenatedGivenName(List<Token> tokens, int at, int end) =>
            at + 1 < end && IsHyphenatedGivenName(tokens[at + 1].Text)
            || at + 2 < end && IsKoreanSplitName(tokens[at].Text, tokens[at + 1].Text, tokens[at + 2].Text);

        // "Min-seo", "Jae-won": a capital, a syllable, a hyphen and a lower-case syllable (not "Anti-war": a compound of a common word).
        internal static bool IsHyphenatedGivenName(string word)
        {
            var dash = word.IndexOf('-');
            if (dash < 2 || dash > 5 || word.Length - dash - 1 is < 2 or > 5 || !char.IsUpper(word[0]) || word.IndexOf('-', dash + 1) >= 0) return false;
            for (var k = 1; k < word.Length; k++)
                if (k != dash && !char.IsLower(word[k])) return false;
            return !IsCommonWord(word.Substring(0, dash)) || !IsCommonWord(word.Substring(dash + 1));
        }

        /// <summary>
        /// "Rivera Ruiz" after "Tomas Rivera Ruiz": the person of the article whose longer name ends with the words of
        /// <paramref name="name"/> (two or more), the one named most; null when none.
        /// </summary>
        private EntityDraft? PersonEndingWith(string name)
        {
            var space = name.LastIndexOf(' ');
            if (space < 0) return null;
            EntityDraft? best = null;
            var bestAt = -1;
            for (var entry = _persons.First(NameVariants.Key(name.Substring(space + 1))); entry >= 0; entry = _persons.Next(entry))
            {
                var e = _persons.EntityAt(entry);
                var full = e.Name;
                if (full.Length <= name.Length + 1 || full[full.Length - name.Length - 1] != ' '
                    || !full.EndsWith(name, System.StringComparison.OrdinalIgnoreCase)) continue;
                var at = _entities.IndexOf(e);
                if (NamedMoreOrEarlier(e, at, best, bestAt)) (best, bestAt) = (e, at);
            }
            return best;
        }

        /// <summary>
        /// "Stan Vell" after "Stanislav Vell", "Bill Roe" after "William Roe": the one person of the article with the same surname
        /// whose given name is this one's written short or long (<see cref="GivenNameVariants.SameName"/>); null when none or more
        /// than one.
        /// </summary>
        private EntityDraft? PersonOfShortGivenName(List<Token> tokens, int start, int end)
        {
            if (end - start < 2 || !GivenNames.Contains(tokens[start])) return null;
            var surname = NameVariants.Key(tokens[end - 1]);
            EntityDraft? found = null;
            for (var entry = _persons.First(surname); entry >= 0; entry = _persons.Next(entry))
            {
                var e = _persons.EntityAt(entry);
                if (e == found || e.FirstSpace <= 0 || e.SurnameKey != surname) continue;
                if (!GivenNameVariants.SameName(e.Name.Substring(0, e.FirstSpace), tokens[start].Text)) continue;
                if (found is not null) return null;
                found = e;
            }
            return found;
        }

        /// <summary>
        /// "Grace Okello", "Crystal Varn": a first name the given-name list keeps out as far more often a word or a place, then one
        /// capitalized word that is no English word, noun plural, place, demonym, title nor organization head, names a person
        /// ("Grace Church", "Crystal Palace", "Victoria Falls" and "Charlotte Hornets" do not).
        /// </summary>
        private static bool WordNameThenSurname(List<Token> tokens, int start, int end)
        {
            if (end - start != 2 || !GivenNames.IsWordName(tokens[start].Text)) return false;
            var surname = tokens[end - 1];
            return surname.IsWord && surname.IsCapitalized && !surname.IsAllCaps && !Gazetteer.IsOrganizationHead(surname) && !Titles.IsTitleWord(surname)
                && !IsCommonWord(surname.Text) && !IsNounPlural(surname.Lower) && MatchGazetteer(tokens, start + 1, end, out _) == 0 && MatchDemonym(tokens, start + 1, end, out _) == 0;
        }

        /// <summary>"Twelve-year-old Ilse said": an age before a name, capitalized by the sentence start, is no word of the name.</summary>
        private static bool IsAgeAdjective(in Token token) =>
            token.Text.EndsWith("-year-old", StringComparison.Ordinal) || token.Text.EndsWith("-month-old", StringComparison.Ordinal);

        /// <summary>
        /// "Will Brandt, a dock worker,", "Neighbours thought May Torvik had left": a first name that is also a modal verb ("Will",
        /// "May", "Can") opens a person's name before a surname (<see cref="WordNameThenSurname"/>), unless the sentence asks a
        /// question ("Will Velland sign the deal?").
        /// </summary>
        private static bool ModalNamedPerson(List<Token> tokens, int start, int end) =>
            CommonWords.IsFunctionWord(tokens[start]) && WordNameThenSurname(tokens, start, end) && !tokens.Exists(static t => t.IsPunct('?'));

        /// <summary>
        /// The end of a person's name at <paramref name="k"/> that the known-part reading would take for a place or an
        /// acronym (<see cref="PlaceNamedPerson"/>, <see cref="InitialsBeforeSurname"/>), or -1 when none starts there.
        /// </summary>
        private int PersonNameAt(SentenceInfo s, int k, int end, bool restricted, int matched, GazetteerEntry? place, ref int titleStart)
        {
            var tokens = s.Tokens;
            if (matched == 1 && PlaceNamedPerson(tokens, k, end, place!, titleStart)) ClassifyChunk(s, k, end, titleStart, restricted);
            else if (matched == 0 && tokens[k].IsAllCaps && InitialsBeforeSurname(tokens, k, end, titleStart)) { if (!restricted) AddPerson(s, k, end, titleStart); }
            else if (matched == 0 && GivenNameBeforeKnownSurname(tokens, k, end, titleStart)) { if (!restricted) AddPerson(s, k, end, titleStart); }
            else return -1;
            titleStart = -1;
            return end;
        }

        /// <summary>
        /// "Jordan Vale said", "Coach Dallas Renner", "Georgia Brandt, a lawyer,": a place the given-name list keeps out as a first
        /// name (<see cref="GivenNames.IsWordName"/>), then one surname (<see cref="WordNameThenSurname"/>) ending the run, is a
        /// person's name when a title stands before it or a speech verb, "who", an age or a role apposition after it; "Jordan
        /// Valley", "Georgia Power said" and "the Chad Basin" stay the place's.
        /// </summary>
        private static bool PlaceNamedPerson(List<Token> tokens, int start, int end, GazetteerEntry place, int titleStart) =>
            end - start == 2 && place.Kind != GazetteerKind.Organization && WordNameThenSurname(tokens, start, end) && !IsCapitalizedPlaceWord(tokens[end - 1])
            && (titleStart >= 0 || ActsAfter(tokens, end) || TypeEvidence.At(tokens, start, end) == NameEvidence.Person);

        /// <summary>
        /// "Mayor Anton Reuters", "mayor Jon Tory", "Karel Bloomberg said", "Mira English, a lawyer,": a listed given name, then one
        /// surname ending the run that the gazetteer knows as an organization or a demonym (or as a place, after a title), is a person's name when a title or a
        /// role noun stands before it or a speech verb, "who", an age or a role apposition after it; "Reuters said" and "a
        /// Christian Democrat" stay as they were.
        /// </summary>
        private static bool GivenNameBeforeKnownSurname(List<Token> tokens, int start, int end, int titleStart)
        {
            if (end - start != 2 || !GivenNames.Contains(tokens[start]) || Gazetteer.IsNonEntityAdjective(tokens[start].Text) || tokens[end - 1].IsAllCaps) return false;
            var matched = MatchGazetteer(tokens, start + 1, end, out var entry) == 1;
            var roleBefore = start > 0 && tokens[start - 1].IsWord && char.IsLower(tokens[start - 1].Text[0]) && Titles.IsRoleNoun(tokens[start - 1]); // "mayor Jon Tory"
            // "Defence Secretary Lloyd Austin": after a title, a surname that is also a place's name is the person's too.
            var known = matched && (entry!.Kind == GazetteerKind.Organization || titleStart >= 0 || roleBefore) || MatchDemonym(tokens, start + 1, end, out _) == 1;
            return known && (titleStart >= 0 || roleBefore || ActsAfter(tokens, end) || TypeEvidence.At(tokens, start, end) == NameEvidence.Person);
        }

        /// <summary>
        /// "Christian Vollrath said": an adjective the given-name list also holds opens a person's name when the surname is no
        /// English word nor plural; "Christian Democrat", "Christian Aid" and "Christian Zionists" name no person.
        /// </summary>
        private static bool AdjectiveGivenNameOpens(List<Token> tokens, int start, int end) =>
            GivenNames.Contains(tokens[start]) && !IsCommonWord(tokens[end - 1].Text) && !IsNounPlural(tokens[end - 1].Lower);

        /// <summary>
        /// "C.L. Brandt said", "Judge J.R. Holt", "J.R. Holt, a lawyer,": two dotted initials written without a space, then one
        /// surname ending the run, are a person's name when a title stands before them or a speech verb, "who", an age or a role
        /// apposition after them; the initials are no organization. A known initialism ("U.S.", "U.K.") is the gazetteer's first.
        /// </summary>
        private static bool InitialsBeforeSurname(List<Token> tokens, int start, int end, int titleStart)
        {
            var initials = tokens[start].Text;
            if (end - start != 2 || initials.Length != 4 || initials[1] != '.' || initials[3] != '.') return false;
            var surname = tokens[start + 1];
            return surname.IsWord && surname.IsCapitalized && !surname.IsAllCaps && !Gazetteer.IsOrganizationHead(surname) && !Titles.IsTitleWord(surname) && !IsCapitalizedPlaceWord(surname)
                && MatchGazetteer(tokens, start + 1, end, out _) == 0 && (titleStart >= 0 || ActsAfter(tokens, end) || TypeEvidence.At(tokens, start, end) == NameEvidence.Person);
        }

        /// <summary>
        /// "Karel Castle said", "Senator Anton Bridge", "Mira Hall, a lawyer,": a given name the lexicon knows, then one surname
        /// that is also a place's or a building's head word, is a person's name when a title stands before it or a speech verb,
        /// "who", an age or a role apposition after it ("Velden Castle" and "Karel Castle was built" stay places).
        /// </summary>
        private bool TryGivenNameBeforeHeadWord(SentenceInfo s, int start, int end, bool restricted)
        {
            var tokens = s.Tokens;
            var first = start;
            while (first < end && Titles.IsTitleWord(tokens[first])) first++;
            if (restricted || end - first != 2 || !GivenNames.Contains(tokens[first]) || !(IsCapitalizedPlaceWord(tokens[end - 1]) || tokens[end - 1].Text is "Hall")
                || MatchGazetteer(tokens, first, end, out _) > 0 || !(first > start || ActsAfter(tokens, end) || TypeEvidence.At(tokens, first, end) == NameEvidence.Person)) return false;
            AddPerson(s, first, end, first > start ? start : -1);
            return true;
        }

        private static bool HasLaterKey(EntityDraft person, string variant)
        {
            if (!person.HasLaterKeyOfLength(variant.Length)) return false;
            foreach (var key in person.LaterWordKeys)
                if (key == variant) return true;
            return false;
        }

        // Whether e, at position at of the article's entities, is named more often than the best so far, or as often and before it.
        private static bool NamedMoreOrEarlier(EntityDraft e, int at, EntityDraft? best, int bestAt) =>
            best is null || e.Mentions > best.Mentions || e.Mentions == best.Mentions && at < bestAt;

        /// <summary>
        /// "the ticket of Karel Castle" beside "nominee Karel Castle": a name of several words the article shows as a person at
        /// one mention is that person at every mention; a place or an organization spelled the very same is no second entity.
        /// </summary>
        private void JoinSameNamedToPersons()
        {
            for (var i = _entities.Count - 1; i >= 0; i--)
            {
                var e = _entities[i];
                if (e.Kind == EntityKind.Person || e.FirstSpace < 0) continue;
                foreach (var person in _entities)
                {
                    if (person.Kind != EntityKind.Person || !string.Equals(person.Name, e.Name, StringComparison.Ordinal)) continue;
                    MergeInto(e, person);
                    break;
                }
            }
        }

        /// <summary>
        /// "President Omar al-Fadel met the envoy. Fadel said ...": a surname the article wrote only with its joined Arabic
        /// article ("al-Fadel") is never capitalized alone mid-sentence, yet opening a sentence it is that person's name.
        /// </summary>
        private bool IsJoinedArticleSurname(in Token token)
        {
            var key = NameVariants.Key(token);
            foreach (var e in _entities)
                if (e.Kind == EntityKind.Person && e.FirstSpace > 0 && e.SurnameKey.Length == key.Length + 3 && e.SurnameKey.EndsWith(key, StringComparison.Ordinal)
                    && EntityDraft.HasJoinedArticle(e.Name.Substring(e.Name.LastIndexOf(' ') + 1))) return true;
            return false;
        }

        /// <summary>
        /// "Marta van der Velde" is "van der Velde" too: the particles (<see cref="CommonWords.IsSurnameParticle"/>) before the
        /// surname belong to it when the surname stands without the given name, lower-case or written with a capital ("Tom De
        /// Varga" is "De Varga", "Lina La Sorra" is "La Sorra"). Returns where the surname with its particles starts, or the
        /// surname's own token when no particle precedes it; a name that opens with a particle ("De La Varga said") is all
        /// surname, so the start: its last particle and word ("La Varga") are no form of it.
        /// </summary>
        private static int ParticleSurnameStart(List<Token> tokens, int start, int end)
        {
            var at = end - 1;
            while (at - 1 >= start && tokens[at - 1].IsWord && IsSurnameParticleWord(tokens[at - 1])) at--;
            return at;
        }

        // "van", or "Van" after a given name ("Tom Van Hollis").
        private static bool IsSurnameParticleWord(in Token t) => CommonWords.IsSurnameParticle(t.Text) || CommonWords.IsCapitalizedSurnameParticle(t.Text);

        // "Lorna Day", "Jarvis Day": a given name then "Day" is a person with a common surname, not a holiday ("Boxing Day", "Victoria Day").
        private static bool IsGivenNameThenDaySurname(List<Token> tokens, int start, int end) =>
            end - start == 2 && tokens[end - 1].Text == "Day" && GivenNames.Contains(tokens[start]);
    }
}
