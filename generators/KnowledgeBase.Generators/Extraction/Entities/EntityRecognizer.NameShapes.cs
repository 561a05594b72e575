using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction
{
    // What a run of tokens looks like: gazetteer names, demonyms, acronyms, organization heads, place words, person names.
    internal sealed partial class EntityRecognizer
    {
        private static int MatchGazetteer(List<Token> tokens, int start, int end, out GazetteerEntry? entry)
        {
            entry = null;
            if (!GazetteerPrefixes.MayStartSurface(tokens[start])) return 0;
            if (t_gazetteerMatches is not { } matches || !ReferenceEquals(matches.Tokens, tokens)) return LongestGazetteerName(tokens, start, end, out entry);
            if (matches.TryGet(start, end, out var known, out entry)) return known;
            var length = LongestGazetteerName(tokens, start, end, out entry);
            matches.Keep(start, end, length, entry);
            return length;
        }

        private static int LongestGazetteerName(List<Token> tokens, int start, int end, out GazetteerEntry? entry)
        {
            entry = null;
            var longest = Gazetteer.LongestPossibleSurface(tokens, start, Math.Min(Gazetteer.MaxSurfaceTokens, end - start));
            for (var n = longest; n >= 2; n--)
            {
                if (Gazetteer.TryGetPlaceOrOrganization(tokens, start, start + n, out var found) && !IsPlaceBeforeNoun(tokens, start, n, found))
                {
                    entry = found;
                    return n;
                }
            }
            if (longest < 1) return 0;
            // The word alone (the most asked): its answer is kept on its form.
            entry = tokens[start].Form is { } form ? form.PlaceOrOrganization : Gazetteer.TryGetPlaceOrOrganization(tokens[start].Text, out var alone) ? alone : null;
            return entry is null ? 0 : 1;
        }

        private static int MatchDemonym(List<Token> tokens, int start, int end, out GazetteerEntry? entry)
        {
            entry = null;
            if (!GazetteerPrefixes.MayStartDemonym(tokens[start])) return 0;
            for (var n = Math.Min(3, end - start); n >= 2; n--)
            {
                if (Gazetteer.TryGetByDemonym(Join(tokens, start, start + n), out var found))
                {
                    entry = found;
                    return n;
                }
            }
            if (end - start < 1) return 0;
            // The word alone (the most asked): its answer is kept on its form.
            entry = tokens[start].Form is { } form ? form.DemonymOf : Gazetteer.TryGetByDemonym(tokens[start].Text, out var alone) ? alone : null;
            return entry is null ? 0 : 1;
        }

        /// <summary>
        /// Whether the capitals of <paramref name="acronym"/> are the capital initials of <paramref name="name"/>'s words
        /// (split at spaces and hyphens): "African Union" and "AU". Compared in place, without building either string,
        /// since every acronym is compared with every entity of the article.
        /// </summary>
        internal static bool SpellsInitials(string name, string acronym)
        {
            var letter = NextCapital(acronym, 0);
            var wordStart = true;
            foreach (var c in name)
            {
                if (c == ' ' || c == '-')
                {
                    wordStart = true;
                    continue;
                }
                if (!wordStart) continue;
                wordStart = false;
                if (!char.IsUpper(c)) continue;
                if (letter < 0 || acronym[letter] != c) return false;
                letter = NextCapital(acronym, letter + 1);
            }
            return letter < 0;
        }

        /// <summary>
        /// "the Norway Commission on Fair Elections ... CFE said": an organization named with its country or region first is
        /// often abbreviated without it; the acronym spells the words after a leading place name (up to three words).
        /// </summary>
        internal static bool SpellsInitialsAfterPlace(string name, string acronym)
        {
            var space = -1;
            for (var words = 1; words <= 3; words++)
            {
                space = name.IndexOf(' ', space + 1);
                if (space < 0) return false;
                if (Gazetteer.TryGetPlaceOrOrganization(name.Substring(0, space), out var place) && place.Kind != GazetteerKind.Organization)
                    return SpellsInitials(name.Substring(space + 1), acronym);
            }
            return false;
        }

        private static int NextCapital(string text, int from)
        {
            for (var i = from; i < text.Length; i++)
                if (char.IsUpper(text[i])) return i;
            return -1;
        }

        /// <summary>Acronyms that name no organization (DNA, GDP, UTC, DVD...: common-words.tsv), and those with a digit.</summary>
        private static bool IsCommonAcronym(string word) => HasDigit(word) || IsCommonAcronymWord(word);

        private static bool HasDigit(string word)
        {
            foreach (var c in word) if (char.IsDigit(c)) return true;
            return false;
        }

        private static bool IsCommonAcronymWord(string word) => CommonWords.IsCommonAcronym(word);

        /// <summary>The index of the word that makes a run an organization: the last head word, or a head followed by "of"/"for".</summary>
        private static int OrganizationHead(List<Token> tokens, int start, int end)
        {
            if (end - start >= 2 && Gazetteer.IsOrganizationHead(tokens[end - 1])) return end - 1;
            for (var i = start; i < end - 2; i++)
            {
                // The head word's answer is kept on its form; "of", "for", "on" or "to" after it is the cheaper test, so asked
                // first ("to" is in a run only before a verb: "Coalition to End Velden Waste").
                if ((tokens[i + 1].Is("of") || tokens[i + 1].Is("for") || tokens[i + 1].Is("on") || tokens[i + 1].Is("to")) && (Gazetteer.IsOrganizationHead(tokens[i]) || tokens[i].Text is "House" or "Bank" or "Ministry"))
                    return i;
                if (tokens[i + 1].Is("General") && i + 3 < end && (tokens[i + 2].Is("of") || tokens[i + 2].Is("for")) && Gazetteer.IsOrganizationHead(tokens[i])) return i; // "Directorate General of Civil Aviation"
            }
            return -1;
        }

        /// <summary>True when a gazetteer name covering the head word ends the run ("Leaders of African Union").</summary>
        private static bool KnownNameEnds(List<Token> tokens, int start, int end, int head)
        {
            for (var p = start + 1; p <= head; p++)
                if (IsGazetteerName(tokens, p, end)) return true;
            return false;
        }

        /// <summary>
        /// Whether the words from <paramref name="start"/> to <paramref name="end"/> are a place's or an organization's name:
        /// asked of whole runs and their tails, it builds their join and looks it up in the large name table only when the
        /// first word begins a name (as in <see cref="MatchGazetteer"/>; most words begin none).
        /// </summary>
        private static bool IsGazetteerName(List<Token> tokens, int start, int end) =>
            GazetteerPrefixes.MayStartSurface(tokens[start]) && Gazetteer.TryGetPlaceOrOrganization(tokens, start, end, out _);

        // Asked of the last word of every run: the answer is kept on the word's form.
        private static bool IsCapitalizedPlaceWord(in Token token) => token.Form?.Has(WordTrait.CapitalizedPlaceWord) ?? IsCapitalizedPlaceWord(token.Text);

        /// <summary>
        /// "Mira Hall", "Anna Mira Hall", "Karel Temple": after a given name a building word that is also a surname is the
        /// surname ("Royal Albert Hall" opens with an adjective: a place).
        /// </summary>
        private static bool EndsWithSurnamePlaceWord(List<Token> tokens, int start, int end) =>
            end - start >= 2 && tokens[end - 1].Text is "Hall" or "Temple"
            && (GivenNames.Contains(tokens[start]) || GivenNames.Contains(tokens[end - 2]) && !Gazetteer.IsNonEntityAdjective(tokens[start].Text));

        /// <summary>A place word that ends no place here: a surname ("Mira Hall"), the head of an institution ("the Ostrel Hall of Fame"), a court's district.</summary>
        private static bool PlaceWordNamesNoPlace(List<Token> tokens, int start, int end) =>
            EndsWithSurnamePlaceWord(tokens, start, end) || tokens[end - 1].Is("Hall") && end < tokens.Count && tokens[end].Is("of") || NamesCourtDistrict(tokens, start, end);

        internal static bool IsCapitalizedPlaceWord(string word) => char.IsUpper(word[0]) && Gazetteer.IsPlaceSuffix(word) && word is not ("State" or "Republic" or "City" or "Coast" or "Channel" or "Range" or "Front");

        /// <summary>The classes of a spelling, as the word tests read it (case as written).</summary>
        internal static EntityWords ClassesOf(string word) =>
            (IsThingFirstWord(word) ? EntityWords.ThingFirstWord : EntityWords.None)
            | (IsThingWord(word) ? EntityWords.ThingWord : EntityWords.None)
            | (IsDirection(word) ? EntityWords.Direction : EntityWords.None);

        // Asked of the words of every run: the classes are worked out once per spelling and kept on its form.
        private static bool IsA(in Token t, EntityWords kind) => ((t.Form?.EntityWords ?? ClassesOf(t.Text)) & kind) != 0;

        private static bool IsDirection(string word) =>
            word is "Northern" or "Southern" or "Eastern" or "Western" or "Central" or "North" or "South" or "East" or "West" or "Northeast" or "Northwest" or "Southeast" or "Southwest" or "Upper" or "Lower";

        /// <summary>Runs that name an event, a storm, a prize or a device rather than a person, organization or place.</summary>
        private static bool NamesAThing(List<Token> tokens, int start, int end)
        {
            if (end - start >= 2 && IsA(tokens[start], EntityWords.ThingFirstWord)) return true;
            // "National Medal of Science", "Vella Prize for Poetry": a thing word heading an "of"/"for" phrase.
            for (var i = start + 1; i + 2 < end; i++)
                if (IsA(tokens[i], EntityWords.ThingWord) && (tokens[i + 1].Is("of") || tokens[i + 1].Is("for"))) return true;
            return end - start >= 2 && IsA(tokens[end - 1], EntityWords.ThingWord) && !IsGivenNameThenDaySurname(tokens, start, end) && !EndsInABodysIllness(tokens, start, end);
        }

        private static bool IsThingFirstWord(string first) => first is "Hurricane" or "Typhoon" or "Cyclone" or "Storm" or "Tropical" or "Operation";

        private static bool IsThingWord(string last)
        {
            return last is "Telescope" or "Award" or "Awards" or "Prize" or "Act" or "Bill" or "Cup" or "Championship" or "Championships"
                or "Games" or "Olympics" or "Day" or "Festival" or "Week" or "War" or "Treaty" or "Accords" or "Accord" or "Agreement" or "Convention"
                or "Protocol" or "Doctrine" or "Award" or "Medal" or "Trophy" or "Tournament" or "Open" or "Grand" or "Prix" or "Marathon" or "Series"
                or "Mission" or "Satellite" or "Rover" or "Probe" or "Virus" or "Syndrome" or "Disease" or "Pandemic" or "Summit" or "Expo" or "Show";
        }

        /// <summary>
        /// "identified as Tomas Lima, 43,": a name with an age in apposition is a person's, even when a word of it
        /// is also a place's name.
        /// </summary>
        private bool TryAgedPerson(SentenceInfo s, int start, int end, bool restricted)
        {
            var tokens = s.Tokens;
            if (restricted || end - start < 2 || end - start > 3 || end + 2 >= tokens.Count || !tokens[end].IsPunct(',') || tokens[end + 1].Kind != TokenKind.Number
                || !tokens[end + 2].IsPunct(',') || MatchGazetteer(tokens, start, end, out _) > 0 || Titles.IsTitleWord(tokens[start]) || !LooksLikePersonName(tokens, start, end)) return false;
            for (var i = start; i < end; i++)
                if (MatchDemonym(tokens, i, end, out _) > 0) return false;
            AddPerson(s, start, end, -1);
            return true;
        }

        /// <summary>"Mara Holland said": a given name and one word a place also bears is a person's name.</summary>
        private bool TryGivenNameBeforePlace(SentenceInfo s, int start, int end, bool restricted)
        {
            var tokens = s.Tokens;
            if (restricted || end - start != 2 || !GivenNames.Contains(tokens[start]) || MatchGazetteer(tokens, start, end, out _) > 0
                || MatchGazetteer(tokens, start + 1, end, out var place) != 1 || place!.Kind == GazetteerKind.Organization || !LooksLikePersonName(tokens, start, end)) return false;
            AddPerson(s, start, end, -1);
            return true;
        }

        private static bool IsDateWord(in Token token) => IsWeekday(token) || IsMonth(token);

        private static bool IsWeekday(in Token token) => !token.NamesNoDay && (token.Form?.Has(WordTrait.WeekdayWord) ?? Reading.DatelineReader.IsWeekday(token.Text));

        private static bool IsMonth(in Token token) => !token.NamesNoDay && (token.Form?.Has(WordTrait.MonthWord) ?? Reading.DatelineReader.TryMonth(token.Text, out _));

        private static bool IsCalendarWord(List<Token> tokens, int i)
        {
            var t = tokens[i];
            if (!t.IsWord) return false;
            if (IsWeekday(t) && t.Text.Length > 3) return true;
            if (!IsMonth(t) || t.Text.Length <= 3 && t.Text != "May") return false;
            // "Ana May", "Tomas March": a month that is also a surname is a month only where a date is read ("in May", "June 4").
            if (t.Text is not ("May" or "March" or "June")) return true;
            if (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Number) return true;
            if (i == 0) return false;
            // "in May", "since June"; "by June Tabor", "after March Holt": before a capitalized word these prepositions open a name.
            var previous = tokens[i - 1];
            return previous.Is("in") || previous.Is("since") || previous.Is("until") || previous.Is("during") || previous.Is("early") || previous.Is("late") || previous.Is("mid")
                || previous.Is("last") || previous.Is("next") || previous.Is("this") || previous.Is("through")
                || (previous.Is("on") || previous.Is("by") || previous.Is("from") || previous.Is("of") || previous.Is("before") || previous.Is("after")) && !(i + 1 < tokens.Count && tokens[i + 1].IsCapitalized);
        }

        /// <summary>
        /// The end of "Given particle(s) Surname" at <paramref name="k"/> ("Karim bin Fadel", "Ursula von der Velde"): one
        /// capitalized word that is no organization or place word, one or two particles, one or two capitalized words; 0 when
        /// the words are no such name.
        /// </summary>
        private static int ParticleSurnameEnd(List<Token> tokens, int k, int end)
        {
            // "Maria Helena da Silva", "Paulo Tomás Vieira da Costa": one or two more names may stand between a given name and the particle.
            var i = GivenNames.Contains(tokens[k]) ? ParticleAfterMoreNames(tokens, k, end) : k + 1;
            var particles = 0;
            while (i < end && particles < 2 && IsLowerSurnameParticle(tokens[i])) { i++; particles++; }
            if (particles == 0 || i >= end || !tokens[i].IsCapitalized) return 0;
            // A given name before the particle, or an Arabic patronymic ("bin", "ibn"): "Observatoire de Velden" is no person.
            if (!GivenNames.Contains(tokens[k]) && !IsPatronymic(tokens[k + 1])) return 0;
            var last = i + 1;
            // "Karim bin Omar Al Fadel": up to three capitalized words after the particle.
            while (last < end && last <= i + 2 && tokens[last].IsCapitalized && !tokens[last].IsAllCaps && !Titles.IsTitleWord(tokens[last])) last++;
            return LooksLikePersonName(tokens, k, last) ? last : 0;
        }

        /// <summary>A given name and a surname particle, or a patronymic, inside the name ("Bill de Varga", "Omar bin Fadel").</summary>
        private static bool HasSurnameParticle(List<Token> tokens, int start, int end)
        {
            for (var i = start + 1; i < end - 1; i++)
                if (IsLowerSurnameParticle(tokens[i])) return IsPatronymic(tokens[i]) || GivenNames.Contains(tokens[start]);
            return false;
        }

        private static bool IsPatronymic(Token w) => w.Is("bin") || w.Is("ibn");

        private static bool LooksLikePersonName(List<Token> tokens, int start, int end, bool allowSingle = false)
        {
            if (end - start < (allowSingle ? 1 : 2) || end - start == 1 && EntityDraft.IsGenerationalSuffix(tokens[start].Text)) return false; // "Jr" names nobody
            var allTitles = true;
            for (var i = start; i < end; i++) allTitles &= Titles.IsTitleWord(tokens[i]);
            if (allTitles) return false; // "Foreign Minister" alone is a role, not a name
            // "Presidential Envoy", "Regional Commissioner": a role ends the run, and no given name opens it.
            if (end - start >= 2 && Titles.IsPersonTitle(tokens[end - 1]) && !GivenNames.Contains(tokens[start])) return false;
            for (var i = start; i < end; i++)
            {
                var t = tokens[i];
                if (i > start && i < end - 1 && IsLowerSurnameParticle(t)) continue; // "bin", "von der"
                if (i == end - 1 && i > start && IsWordSurname(tokens, start, t)) continue;
                if (i == end - 1 && EndsWithSurnamePlaceWord(tokens, start, end)) continue;
                if (i == start && t.IsCapitalized && !t.IsAllCaps && FamilyNameBeforeHyphenatedGivenName(tokens, i, end)) continue; // "Park Min-seo"
                if (!t.IsCapitalized || t.IsAllCaps && t.Text.Length > 2 && !(i == end - 1 && i > start && IsRomanNumeral(t.Text)) || CommonWords.IsNonNameWord(t.Text) || CommonWords.IsFunctionWord(t) && !(i == start && ModalNamedPerson(tokens, start, end))) return false;
                if (Gazetteer.IsOrganizationHead(t) || Gazetteer.IsPlaceSuffix(t.Text) || Gazetteer.IsNonEntityAdjective(t.Text) && !(i == start && AdjectiveGivenNameOpens(tokens, start, end))) return false;
                foreach (var c in t.Text)
                    if (char.IsDigit(c)) return false;
            }
            return true;
        }

        // NameVariants.PersonKey of the tokens' texts, without gathering them into an array first.
        private static string PersonKey(List<Token> tokens, int start, int end) =>
            end - start <= 0 ? string.Empty
            : end - start == 1 ? NameVariants.Key(tokens[start])
            : NameVariants.Key(tokens[start]) + " " + NameVariants.Key(tokens[end - 1]);

        /// <summary>
        /// <see cref="NameVariants.Key(string)"/> of <see cref="Join"/> of tokens [start, end), put together from the tokens' keys
        /// (each kept on its form) rather than looked up in the thread's large table of keys: with a space between each two
        /// tokens the name's words are the tokens' words, and its key their keys, joined. The first word's "us" becoming
        /// "united states" is a rule of the whole name's words; a name it may differ on is looked up whole.
        /// </summary>
        private static string VariantKey(List<Token> tokens, int start, int end)
        {
            var first = NameVariants.Key(tokens[start]);
            if (end - start == 1) return first;
            var length = first.Length;
            for (var k = start + 1; k < end; k++)
            {
                var key = NameVariants.Key(tokens[k]);
                if (tokens[k].Start <= tokens[k - 1].End || first.Length == 0 || key.StartsWith("united states", StringComparison.Ordinal)) return NameVariants.Key(Join(tokens, start, end));
                if (key.Length > 0) length += key.Length + 1;
            }
            if (length > first.Length && first == "us") return NameVariants.Key(Join(tokens, start, end)); // "U.S. Navy": the whole name's rule
            var buffer = t_joinBuffer is { } own && own.Length >= length ? own : t_joinBuffer = new char[Math.Max(length, 64)];
            first.CopyTo(0, buffer, 0, first.Length);
            var at = first.Length;
            for (var k = start + 1; k < end; k++)
            {
                var key = NameVariants.Key(tokens[k]);
                if (key.Length == 0) continue;
                buffer[at++] = ' ';
                key.CopyTo(0, buffer, at, key.Length);
                at += key.Length;
            }
            return at == first.Length ? first : new string(buffer, 0, at);
        }

        private static EntityKey Key(EntityKind kind, string variantKey) => new(kind, variantKey);

        /// <summary>An entity's kind and the variant key of its name: what makes two mentions one entity. A pair, not a joined string, so that a look-up builds nothing.</summary>
        private readonly struct EntityKey : IEquatable<EntityKey>
        {
            public EntityKey(EntityKind kind, string variant)
            {
                Kind = kind;
                Variant = variant;
            }

            public EntityKind Kind { get; }
            public string Variant { get; }

            public bool Equals(EntityKey other) => Kind == other.Kind && string.Equals(Variant, other.Variant, StringComparison.Ordinal);

            public override bool Equals(object? obj) => obj is EntityKey other && Equals(other);

            // Only looked up, never enumerated: the hash decides no order, so it need not be the randomized string hash
            // (Marvin), which costs more than a plain loop over a name's few characters.
            public override int GetHashCode()
            {
                var hash = (int)Kind;
                var variant = Variant;
                for (var i = 0; i < variant.Length; i++) hash = (hash << 5) - hash + variant[i];
                return hash ^ (hash >> 15);
            }
        }

        internal static string Join(List<Token> tokens, int start, int end)
        {
            if (end - start == 1) return tokens[start].Text;
            // Names are joined for every look-up and mention: two words without a builder, longer ones sized once.
            if (end - start == 2)
            {
                Token first = tokens[start], second = tokens[start + 1];
                return second.Start > first.End ? string.Concat(first.Text, " ", second.Text) : string.Concat(first.Text, second.Text);
            }
            var length = 0;
            for (var i = start; i < end; i++) length += tokens[i].Text.Length + 1;
            // Gathered in this thread's buffer, so that the string is the one allocation.
            var buffer = t_joinBuffer is { } own && own.Length >= length ? own : t_joinBuffer = new char[Math.Max(length, 64)];
            var at = 0;
            for (var i = start; i < end; i++)
            {
                if (i > start && tokens[i].Start > tokens[i - 1].End) buffer[at++] = ' ';
                var text = tokens[i].Text;
                text.CopyTo(0, buffer, at, text.Length);
                at += text.Length;
            }
            return new string(buffer, 0, at);
        }

        [ThreadStatic] private static char[]? t_joinBuffer;
    }
}
