using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction
{
    /// <summary>
    /// Finds people, organizations and places: runs of capitalized words split into titles,
    /// gazetteer names, demonyms and names, classified by general rules. Surname-only and
    /// variant-spelled mentions are resolved against the full names the article uses.
    /// </summary>
    internal sealed partial class EntityRecognizer
    {
        private readonly List<SentenceInfo> _sentences;
        private readonly List<EntityDraft> _entities = new();
        private readonly Dictionary<EntityKey, EntityDraft> _byKey;

        // The texts of words capitalized mid-sentence; kept only when a text may have more than one form: when the article's
        // tokens share a form exactly when they share a text (WordForms.Restarts), a mark on the form says what the set would.
        private readonly HashSet<string>? _capitalizedMidSentence;
        private readonly List<Candidate> _deferred;
        private readonly List<Candidate> _uncertain;
        private readonly FirstWordIndex _nonPersons;
        private readonly FirstWordIndex _persons;

        private EntityRecognizer(List<SentenceInfo> sentences, bool formPerText)
        {
            _sentences = sentences;
            if (!formPerText) _capitalizedMidSentence = new HashSet<string>(StringComparer.Ordinal);
            var scratch = t_scratch ??= new Scratch();
            _byKey = scratch.ByKey;
            _deferred = scratch.Deferred;
            _uncertain = scratch.Uncertain;
            _evidenceWords = scratch.EvidenceWords;
            _capitalized = scratch.Capitalized;
            _nonPersons = scratch.NonPersons;
            _persons = scratch.Persons;
        }

        /// <summary>
        /// The collections an article's recognition needs and does not hand on, kept per thread and emptied for each article:
        /// made anew, each grew from nothing, reallocating and copying as it went.
        /// </summary>
        private sealed partial class Scratch
        {
            public Dictionary<EntityKey, EntityDraft> ByKey { get; } = new();
            public List<Candidate> Deferred { get; } = new();
            public List<Candidate> Uncertain { get; } = new();
            public HashSet<string> EvidenceWords { get; } = new(StringComparer.Ordinal);

            /// <summary>The evidence for the uncertain names, and the words titled before or acting after (<see cref="ActsAsPerson"/>).</summary>
            public Dictionary<string, NameEvidence> Evidence { get; } = new(StringComparer.Ordinal);
            public HashSet<string> TitledBefore { get; } = new(StringComparer.Ordinal);
            public HashSet<string> ActsAfter { get; } = new(StringComparer.Ordinal);

            public void Clear()
            {
                ByKey.Clear();
                Deferred.Clear();
                Uncertain.Clear();
                EvidenceWords.Clear();
                Capitalized.Clear();
                Evidence.Clear();
                TitledBefore.Clear();
                ActsAfter.Clear();
                ProductNames.Clear();
                NonPersons.Clear();
                Persons.Clear();
            }
        }

        [ThreadStatic] private static Scratch? t_scratch;

        private static long s_runs;
        private readonly long _run = Interlocked.Increment(ref s_runs);

        // False when this run has already put the token's form (so its text) in the set: adding it again would change nothing.
        private bool FirstInRun(in Token token)
        {
            if (token.Form is not { } form) return true;
            if (form.CapitalizedInRun == _run) return false;
            form.CapitalizedInRun = _run;
            return true;
        }

        /// <param name="formPerText">Whether the tokens share a form exactly when they share a text (<see cref="WordForms.Restarts"/>).</param>
        public static List<EntityDraft> Recognize(List<SentenceInfo> sentences, bool formPerText, CancellationToken token)
        {
            var recognizer = new EntityRecognizer(sentences, formPerText);
            try
            {
                recognizer.Run(token);
            }
            finally
            {
                t_scratch!.Clear(); // holds the article's sentences no longer than its recognition
            }
            return recognizer._entities;
        }

        private readonly struct Candidate // a struct: one per capitalized name left for later, kept in two lists
        {
            public Candidate(SentenceInfo sentence, int start, int end, bool hasTitle, int titleStart, bool restricted)
            {
                Sentence = sentence;
                Start = start;
                End = end;
                HasTitle = hasTitle;
                TitleStart = titleStart;
                Restricted = restricted;
            }

            public SentenceInfo Sentence { get; }
            public int Start { get; }
            public int End { get; }
            public bool HasTitle { get; }
            public int TitleStart { get; }
            public bool Restricted { get; }
        }

        private void Run(CancellationToken token)
        {
            foreach (var s in _sentences) NoteCapitalized(s);

            foreach (var s in _sentences)
            {
                token.ThrowIfCancellationRequested();
                var restricted = s.Block is BlockKind.Title or BlockKind.Heading;
                ScanSentence(s, restricted);
                if (!restricted) AddSharedSurnames(s);
            }

            var names = new string[_uncertain.Count];
            for (var u = 0; u < names.Length; u++) names[u] = AddEvidenceWords(_uncertain[u]);
            ResolveUncertain(names, token);

            // Surnames and variants resolve once every full name of the article is known.
            foreach (var c in _deferred)
            {
                token.ThrowIfCancellationRequested();
                ResolveDeferred(c);
            }
            // A single word met before the sentence that made it a name ("Tesco and ..." before "Tesco stated"):
            // one more pass links it to what it has since become.
            foreach (var c in _deferred)
                if (c.End - c.Start == 1 && c.Sentence.MentionAt(c.Start) is null) ResolveDeferred(c);
            LinkLateAcronyms();

            DropCommonWordPersons();
            RetypeCommonWordNames();
            JoinSameNamedToPersons();
            JoinMisspelledNames();
            DropAdjectiveOnlyPlaces();
            AddGovernments();
            LocalizeBareInstitutions();
            AddBareUsHouse();
            JoinPlaceLedShortNames();
            JoinHeadlessShortNames();
            AddBackReferences();
            DropSharedOneWordForms();
            foreach (var s in _sentences)
                s.Mentions.Sort(static (a, b) => a.TokenStart.CompareTo(b.TokenStart));
        }

        /// <summary>
        /// Names with no given name nor title: the form of an entity the article already has, a person when the
        /// article treats them as one, a place when a preposition and a place name frame them, else an organization.
        /// </summary>
        private void ResolveUncertain(string[] names, CancellationToken token)
        {
            var evidence = t_scratch!.Evidence; // emptied after the article
            for (var u = 0; u < names.Length; u++)
            {
                var c = _uncertain[u];
                var found = TypeEvidence.At(c.Sentence.Tokens, c.Start, c.End);
                if (found != NameEvidence.None && !(evidence.TryGetValue(names[u], out var had) && had == NameEvidence.Person)) evidence[names[u]] = found;
            }
            for (var u = 0; u < names.Length; u++)
            {
                token.ThrowIfCancellationRequested();
                var c = _uncertain[u];
                evidence.TryGetValue(names[u], out var shown);
                if ((KnownForm(names[u]) ?? PersonEndingWith(names[u])) is { } known) Mention(c.Sentence, c.Start, c.End, known, isDemonym: false, null);
                else if (shown == NameEvidence.Organization) AddMention(c.Sentence, c.Start, c.End, EntityKind.Organization, names[u], isDemonym: false);
                else if (shown == NameEvidence.Person || _byKey.ContainsKey(Key(EntityKind.Person, PersonKey(c.Sentence.Tokens, c.Start, c.End))) || ActsAsPerson(names[u])
                    || WordNameThenSurname(c.Sentence.Tokens, c.Start, c.End)
                    || ListedWithAPerson(c.Sentence.Tokens, c.Start, c.End, unknownToo: shown != NameEvidence.Place)) AddPerson(c.Sentence, c.Start, c.End, c.TitleStart);
                else if (shown == NameEvidence.Place) AddMention(c.Sentence, c.Start, c.End, EntityKind.Place, names[u], isDemonym: false);
                else if (!FillsQuotation(c.Sentence.Tokens, c.Start, c.End) && !NamesAnOccurrence(c.Sentence.Tokens, c.Start, c.End) && !NamesAConcept(c.Sentence.Tokens, c.Start, c.End)) AddMention(c.Sentence, c.Start, c.End, EntityKind.Organization, names[u], isDemonym: false);
            }
        }

        /// <summary>
        /// "the song "Velden Nights"", "a talk titled "Ostrel Biology."": capitalized words that fill a quotation are a title
        /// of a work, a slogan or a nickname, no organization when nothing else shows what they name.
        /// </summary>
        private static bool FillsQuotation(List<Token> tokens, int start, int end)
        {
            if (start == 0 || !tokens[start - 1].IsOpeningQuote) return false;
            if (end < tokens.Count && tokens[end].Kind == TokenKind.Punctuation && tokens[end].Text is "," or "." or "!" or "?") end++;
            return end < tokens.Count && tokens[end].Kind == TokenKind.Punctuation && tokens[end].Text[0] is '"' or '\u201D' or '\u2019';
        }


        /// <summary>
        /// "the Velden Presidential Election", "a Witch Hunt", "Swine Flu": capitalized words ending in a word for an occurrence, a
        /// contest or an illness name that, no organization, when nothing else shows what they name.
        /// </summary>
        private static bool NamesAnOccurrence(List<Token> tokens, int start, int end) =>
            end - start >= 2 && CommonWords.IsOccurrenceHead(tokens[end - 1].Text);

        /// <summary>
        /// "Vella Hospital and Dorna Hospital", "Kenya and Jon Varga": "and" after a whole name (a known name, an
        /// organization head or a place word) joins two names, unless a known name spans it ("Trinidad and Tobago").
        /// </summary>
        private static bool NameCompleteBefore(List<Token> tokens, int start, int and)
        {
            // "the Velden Institute and Center for Harbour Studies": a head word with its own "for"/"of" opens a second name.
            if (and + 2 < tokens.Count && Gazetteer.IsOrganizationHead(tokens[and + 1]) && (tokens[and + 2].Is("for") || tokens[and + 2].Is("of"))) return true;
            var complete = Gazetteer.IsOrganizationHead(tokens[and - 1]) || IsCapitalizedPlaceWord(tokens[and - 1]) || IsForeignPrefixedPlace(tokens, start, and);
            for (var p = start; p < and && !complete; p++)
                complete = MatchGazetteer(tokens, p, and, out _) == and - p;
            if (!complete) return false;
            // "Port Authority of Vella and Dorna": inside an organization's "of" phrase "and" joins its objects.
            for (var p = start + 1; p < and; p++)
                if (tokens[p].Is("of") && Gazetteer.IsOrganizationHead(tokens[p - 1])) return HeadedNameAfter(tokens, and) || PlaceThenOtherName(tokens, p + 1, and);
            for (var p = start; p < and; p++)
                if (MatchGazetteer(tokens, p, Math.Min(tokens.Count, and + 3), out _) > and - p) return false;
            return true;
        }

        // A capitalized verb ("Protect", "End") with a capitalized word after it, and no place or organization ("to Kenya").
        private static bool IsCapitalizedVerbBeforeName(List<Token> tokens, int at)
        {
            if (at + 1 >= tokens.Count || !tokens[at].IsCapitalized || !tokens[at + 1].IsCapitalized || MatchGazetteer(tokens, at, tokens.Count, out _) > 0) return false;
            return Lexicon.WordClassLexicon.Instance.Priors(tokens[at].Lower).Verb > 0;
        }

        private static bool HasOrganizationHead(List<Token> tokens, int start, int end)
        {
            for (var k = start; k < end; k++)
                if (Gazetteer.IsOrganizationHead(tokens[k])) return true;
            return false;
        }

        /// <summary>
        /// "the Velden Institute of Arts, Letters and Sciences": a name the gazetteer lists with a comma in it is one name, not
        /// the run before the comma and another after it.
        /// </summary>
        private static int GazetteerNameEnd(List<Token> tokens, int start, int end)
        {
            if (end >= tokens.Count || !tokens[end].IsPunct(',')) return end;
            // Only a name longer than the run matters: the longest one is the first found from the longest down (as in
            // MatchGazetteer), and the shorter joins, the word alone among them, need not be built nor looked up.
            if (!GazetteerPrefixes.MayStartSurface(tokens[start])) return end;
            for (var n = Gazetteer.LongestPossibleSurface(tokens, start, Math.Min(Gazetteer.MaxSurfaceTokens, tokens.Count - start)); n > end - start && n >= 2; n--)
                if (Gazetteer.TryGetPlaceOrOrganization(tokens, start, start + n, out _)) return start + n;
            return end;
        }

        // The name or a longer form ("Velden Free Trade Area" for VeFTA) has the acronym's initials.
        private static bool SpellsAnyForm(EntityDraft e, string acronym)
        {
            if (SpellsInitials(e.Name, acronym)) return true;
            foreach (var form in e.Forms)
                if (form.IndexOf(' ') > 0 && SpellsInitials(form, acronym)) return true;
            return false;
        }

        /// <summary>
        /// "University of Freedonia, Vella": a state university's campus city after a comma is part of its name
        /// (not a country: "University of Vella, Freedonia" is the university and the country).
        /// </summary>
        private static int CampusEnd(List<Token> tokens, int start, int end)
        {
            if (end - start < 3 || !tokens[start].Is("University") || !tokens[start + 1].Is("of") || end + 1 >= tokens.Count || !tokens[end].IsPunct(',')
                || MatchGazetteer(tokens, start + 2, end, out var region) != end - start - 2 || region!.Kind != GazetteerKind.Region) return end;
            var city = MatchGazetteer(tokens, end + 1, tokens.Count, out var place);
            return city > 0 && place!.Kind == GazetteerKind.City && !(end + 1 + city < tokens.Count && tokens[end + 1 + city].IsCapitalized) ? end + 1 + city : end;
        }

        private static bool IsClauseStart(List<Token> tokens, int i)
        {
            if (i == 0) return true;
            var previous = tokens[i - 1];
            return previous.Kind == TokenKind.Punctuation && (previous.IsOpeningQuote || previous.Text is ":" or "(" or "\u2014" or "-");
        }

        private void ScanRuns(SentenceInfo s, bool restricted)
        {
            var tokens = s.Tokens;
            var i = 0;
            while (i < tokens.Count)
            {
                // "I'd", "I'm", "I've": the first person, contracted, is no name.
                if (!tokens[i].IsCapitalized || IsCalendarWord(tokens, i) || IsFirstPersonContraction(tokens[i]))
                {
                    i++;
                    continue;
                }
                var j = i + 1;
                // "Freedonia-based" is an adjective: a run of its own, never part of a longer name.
                var startsCompound = IsNameCompound(tokens[i]);
                while (j < tokens.Count && !startsCompound && !IsNameCompound(tokens[j]))
                {
                    if (tokens[j].IsCapitalized && !IsCalendarWord(tokens, j)) { j++; continue; }
                    var connector = tokens[j].IsWord && CommonWords.IsNameConnector(tokens[j]); // asked by both tests below
                    // "the Agency on February 18", "Council on Monday": a date after the connector is no part of the name.
                    // "The Velden Herald and The Ostrel Post": a name opening with "The" after "and" is a second name.
                    if (connector && j + 1 < tokens.Count && tokens[j + 1].IsCapitalized && !IsDateWord(tokens[j + 1]) && !IsNameCompound(tokens[j + 1])
                        && !(tokens[j].Is("and") && (NameCompleteBefore(tokens, i, j) || tokens[j + 1].Text == "The"))) { j += 2; continue; }
                    // "Ursula von der Velde", "Rocky de la Vega": two surname particles before the surname.
                    if (connector && char.IsLower(tokens[j].Text[0]) && j + 2 < tokens.Count && tokens[j + 1].IsWord && CommonWords.IsNameConnector(tokens[j + 1])
                        && char.IsLower(tokens[j + 1].Text[0]) && !tokens[j + 1].Is("and") && !tokens[j + 1].Is("of") && tokens[j + 2].IsCapitalized && !IsDateWord(tokens[j + 2])) { j += 3; continue; }
                    // "Arroio Fundo do Sul": "do", an English verb too, joins only the words of a place name with a particle.
                    if (tokens[j].Is("do") && ParticlePlaceThrough(tokens, i, j) is var placeEnd && placeEnd > j) { j = placeEnd; continue; }
                    // "Parliament of the United Kingdom", "Court of Appeals for the Fifth Circuit", "Speaker of the House Jon Varga"
                    if (j + 2 < tokens.Count && tokens[j + 1].Is("the") && tokens[j + 2].IsCapitalized
                        && (tokens[j].Is("of") && (Gazetteer.IsOrganizationHead(tokens[j - 1]) || TitleOfTheBodyBeforeName(tokens, j))
                            || tokens[j].Is("for") && HasOrganizationHead(tokens, i, j))) { j += 3; continue; }
                    // "Velden Veterans Against the Quarry": "the" goes on with an advocacy group's name.
                    if (IsAgainstTheInGroupName(tokens, i, j) && !IsDateWord(tokens[j + 1])) { j += 2; continue; }
                    // "the League to Save Ostrel Lighthouses": a head word, "to" and a capitalized verb go on with the name.
                    if (tokens[j].Is("to") && Gazetteer.IsOrganizationHead(tokens[j - 1]) && IsCapitalizedVerbBeforeName(tokens, j + 1)) { j += 2; continue; }
                    // "the Norland Embassy in Velden", "the People's Party": "in" after a mission, a possessive after a people's noun.
                    if (j + 1 < tokens.Count && tokens[j + 1].IsCapitalized && !IsDateWord(tokens[j + 1]) && GoesOnWithName(tokens, i, j)) { j += 2; continue; }
                    // "the Lost 52 Project", "the Apollo 11 Foundation": a number before an organization's head word is part of its name.
                    if (tokens[j].Kind == TokenKind.Number && j + 1 < tokens.Count && Gazetteer.IsOrganizationHead(tokens[j + 1])) { j += 2; continue; }
                    break;
                }
                j = CampusEnd(tokens, i, GazetteerNameEnd(tokens, i, j));
                if (NicknamedPersonEnd(s, i, j, restricted) is var nicknamed && nicknamed > 0) { i = nicknamed; continue; } // "Thomas "Tommy" Reyes"
                if (!TryAcronymThenExpansion(s, i, ref j, restricted) && !TrySpelledNameRun(s, i, ref j, restricted)) ProcessRun(s, i, j, restricted);
                // "African Union (AU)": the acronym in brackets is another name of what precedes it.
                // Not when the name is only the tail of the run ("University College London (UCL)" is not London's)
                // and its initials do not spell the acronym.
                // "Velden Free Trade Area (VeFTA)": an acronym in mixed case must spell the name's initials.
                if (j + 2 < tokens.Count && tokens[j].IsPunct('(') && (tokens[j + 1].IsAllCaps || IsMixedCaseAcronym(tokens[j + 1])) && tokens[j + 2].IsPunct(')') && s.MentionAt(j - 1) is { } named
                    && (named.Entity.Kind != EntityKind.Person && StartsRun(tokens, i, named) && j - i >= 2 && tokens[j + 1].IsAllCaps || SpellsAnyForm(named.Entity, tokens[j + 1].Text)))
                {
                    AddForm(named.Entity, tokens[j + 1].Text);
                    Mention(s, j + 1, j + 2, named.Entity, isDemonym: false, null);
                    j += 3;
                }
                else j = ClippedFormEnd(s, i, j);
                i = j;
            }
        }

        /// <summary>
        /// A region or continent named only by its adjective ("Latin American countries", "Eastern Europeans") is
        /// a description, not the place, unless the adjective names the land ("the European mainland").
        /// An adjective that names a language or a style ("Spanish language", "in English", "Irish pub") does not
        /// name the place; a place named only that way is dropped. Elsewhere ("North Korean troops",
        /// "Malaysian stores") the adjective stands for the country.
        /// </summary>
        private void DropAdjectiveOnlyPlaces()
        {
            // A mark on the entity, not a set of the kept: the article's entities are its own, this pass marks them once.
            foreach (var s in _sentences)
                foreach (var m in s.Mentions)
                    if (!m.Entity.KeptByMention && (!m.IsDemonym || (m.Entity.IsCountry || IsGeographyWordAt(s.Tokens, m.TokenEnd)) && !(m.TokenEnd < s.Tokens.Count && IsCultureWord(s.Tokens[m.TokenEnd].Text) || m.TokenStart > 0 && s.Tokens[m.TokenStart - 1].Is("in") && (m.TokenEnd >= s.Tokens.Count || !s.Tokens[m.TokenEnd].IsWord))))
                        m.Entity.KeptByMention = true;
            if (_entities.TrueForAll(static e => e.KeptByMention)) return; // most articles: nothing to drop, no list to rewrite
            foreach (var s in _sentences)
                if (s.Mentions.Count > 0) s.Mentions.RemoveAll(static m => !m.Entity.KeptByMention);
            _entities.RemoveAll(static e => !e.KeptByMention);
        }

        private static bool IsFirstPersonContraction(in Token token) => token.Length >= 3 && token.Text is var word && word[0] == 'I' && (word[1] == '\'' || word[1] == '\u2019');

        // "the United States", "the Philippines", "the Czech Republic": plural and union names take the article.
        private static bool TakesThe(string country) =>
            country.EndsWith("s", StringComparison.Ordinal) && !country.EndsWith("ss", StringComparison.Ordinal) || country.StartsWith("United ", StringComparison.Ordinal)
            || country.EndsWith(" Republic", StringComparison.Ordinal) || country.EndsWith(" Kingdom", StringComparison.Ordinal);

        // "the European mainland", "the African coast": the adjective names the land itself.
        private static bool IsGeographyWordAt(List<Token> tokens, int at) =>
            at < tokens.Count && tokens[at].Text is "mainland" or "coast" or "coastline" or "continent" or "soil" or "waters" or "shores" or "interior";

        private static bool IsCultureWord(string word) =>
            word is "language" or "languages" or "speaking" or "speaker" or "speakers" or "translation" or "dialect" or "literature" or "cuisine"
                or "food" or "pub" or "restaurant" or "accent" or "subtitles" or "version" or "edition" or "name" or "word" or "football" or "style";
    }
}
