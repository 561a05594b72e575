using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Analysis;
using KnowledgeBase.Generators.Extraction.Lexicon;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>An event the CAMEO verb dictionary codes: the trigger, its source (the subject, or a passive's by-agent) and target.</summary>
    internal sealed class DictionaryMatch
    {
        public DictionaryMatch(EventTrigger trigger, EntityDraft source, EntityDraft target, Clause clause)
        {
            Trigger = trigger;
            Source = source;
            Target = target;
            Clause = clause;
        }

        public EventTrigger Trigger { get; }
        public EntityDraft Source { get; }
        public EntityDraft Target { get; }
        public Clause Clause { get; }
    }

    /// <summary>
    /// Verbs the trigger rows do not know, coded by PETRARCH2's CAMEO verb dictionary as PETRARCH2 codes them: a verb of
    /// the dictionary in a clause that tells something done (finite, not negated, not possible or conditional), whose
    /// subject is a named party (the source; the by-agent of a passive) acting on another named party (the target: the
    /// party a matched pattern names, else the object; the subject of a passive). The most specific matching pattern
    /// gives the code, the verb's own code when none matches; a null pattern ("abandon * plan") codes nothing, and a verb
    /// of many uses ("give", "send", "take") codes only by a pattern that names what it acts on ("give * aid", "take *
    /// hostage"; not "lead * to" nor an event noun the trigger rows read), never by its own code.
    /// "Ana Ruiz pardoned Tomas Vell" is 080 with Ana Ruiz the source; "Tomas Vell was pardoned by Ana Ruiz" the same.
    /// </summary>
    internal static class DictionaryTriggers
    {
        // Words after the verb a pattern is matched over: the verb phrase, not the rest of a long clause.
        private const int AfterWindow = 10;

        // Statements (01) are a principal's, read from reported speech (StatementEvents), never from any verb of saying.
        private static readonly string[] UncodedRoots = { "01" };

        /// <summary>The match of the word at <paramref name="t"/>, or null; <paramref name="parties"/> is the sentence's <see cref="Parties"/>, worked out here on first need.</summary>
        public static DictionaryMatch? Find(SentenceInfo s, int t, List<SentenceInfo> sentences, ref PartySpan? parties)
        {
            var token = s.Tokens[t];
            // Asked of nearly every word: the forms that may code are known once per process, and the analysis is asked only
            // for a past form or a future between two parties that may code ("the support", "an aid" never reach it).
            // The word's own tests come first, then the sentence's parties (worked out only for a word that passes them; once
            // known, read before the tests that read the word's form): all only turn the word away, so their order changes no answer.
            if (!token.IsWord || token.StartsUpper || token.CannotCode || parties is { } known && (t >= known.LastStart || !HasPartyBefore(s, t, known))) return null;
            if (s.MentionAt(t) is not null || !(token.Form is { } form ? form.Has(WordTrait.CodableVerbForm) : IsCodableForm(token.Text))) return null;
            var regular = token.Text.EndsWith("ed", StringComparison.Ordinal) || TriggerFinder.FollowsFuture(s.Tokens, t, infinitive: true) || IsProgressive(s.Tokens, t);
            if (!regular && !(token.Form?.Has(WordTrait.IrregularPast) ?? IsIrregularPast(token.Text))) return null;
            var span = parties ??= Parties(s);
            if (t >= span.LastStart || !HasPartyBefore(s, t, span) || t > 0 && IsDeterminer(s.Tokens[t - 1])) return null;
            var verbs = token.Form?.CameoVerbs ?? CameoVerbLexicon.Instance.VerbsOfForm(token.Text);
            if (!MayCode(s, t, verbs)) return null;
            var analysis = s.Analysis;
            if (analysis.TagAt(t) != Tag.Verb || analysis.ClauseOfVerb(t) is not { } clause || clause.Verb.Head != t || !TellsAnAct(s, clause)) return null;
            var (_, end) = ClauseReader.Clause(s, t);
            end = Math.Min(end, t + 1 + AfterWindow);
            var best = BestPattern(s, t, clause, end, verbs, out var named, out var verb);
            var code = best?.Code ?? (verb is { HasCode: true } ? verb.Code : CameoVerbLexicon.NullCode);
            if (code == CameoVerbLexicon.NullCode || verb is null || Array.IndexOf(UncodedRoots, code.Substring(0, 2)) >= 0) return null;
            // "held talks", "opened an investigation": an event noun after a verb of many uses is the trigger rows' to read.
            if (best is not null && IsCommonVerb(verb) && NamesAnEventNoun(s, clause, best)) return null;
            var discourse = Discourse.Of(sentences);
            var passive = clause.Verb.Voice == Voice.Passive;
            var source = passive ? Party(s, clause.Agent, discourse) : NameBeforeVerb(s, clause) ?? Party(s, clause.Subject ?? clause.Antecedent, discourse);
            // "endorsed it": an object "it" is mostly a thing (a plan, a law), not a party.
            var objectChunk = passive ? clause.Subject ?? clause.Antecedent : clause.Object;
            var target = named?.Entity ?? (objectChunk is { IsPronoun: true } && s.Tokens[objectChunk.Head].Is("it") ? null : Party(s, objectChunk, discourse));
            // "sent aid to Norland", "took Ana Ruiz hostage": a pattern naming the thing acted on leaves the party to the phrase after it.
            if (target is null && best is { NamesItsObject: true }) target = PartyAfterObject(s, clause, objectChunk, code);
            if (source is null || target is null || source == target || ComparesShares(s, target)) return null;
            var name = CameoNames.Of(code) ?? verb.Lemma;
            return new DictionaryMatch(new EventTrigger(code, verb.Lemma, false, name), source, target, clause);
        }

        /// <summary>The event of a match: source and target, the place the clause names with "in" or "at", its date and status.</summary>
        public static EventDraft Build(SentenceInfo s, DictionaryMatch match, List<DateMention> dates, int previousDate)
        {
            var group = match.Clause.Verb;
            var planned = (group.Tense == Tense.Future || group.Modality == Modality.Planned) && !TriggerFinder.IsDecided(s.Tokens, group.Head);
            var date = EventDating.ClauseDate(s, group.Head, dates, previousDate, !planned, out var inferred, out var otherClauseDated);
            EntityDraft? place = null;
            foreach (var attachment in match.Clause.Attachments)
            {
                if (attachment.Word is not ("in" or "at")) continue;
                foreach (var m in s.Mentions)
                    if (m.TokenStart >= attachment.Chunk.Start && m.TokenEnd <= attachment.Chunk.End && m.Entity.Kind == EntityKind.Place) place ??= m.Entity;
            }
            var participants = new List<EntityDraft> { match.Source, match.Target };
            return new EventDraft(match.Trigger, participants, place, date, planned ? DataLayout.StatusPlanned : DataLayout.StatusOccurred, s) { DateInferred = inferred, KeepsNoDate = (otherClauseDated || EventDating.InOngoingAspect(s.Tokens, group.Head)) && date == 0 };
        }

        // SemCor count above which a verb is one of many uses ("give", "leave", "join", "lead"): its own code does not tell which
        // use a sentence makes of it, nor a pattern of a particle or a preposition alone (a lead in a survey "to" some figure is no
        // visit); only a pattern that names what it acts on does ("give * aid").
        private const int CommonVerbCount = 40;

        private static bool IsCommonVerb(CameoVerb verb)
        {
            if (verb.Commonness == VerbCommonness.NotYetAsked)
                verb.Commonness = verb.Lemma.IndexOf(' ') >= 0 || WordClassLexicon.Instance.Priors(verb.Lemma).Of(Lexicon.PartOfSpeech.Verb) > CommonVerbCount ? VerbCommonness.OfManyUses : VerbCommonness.Specific;
            return verb.Commonness == VerbCommonness.OfManyUses;
        }

        private static bool AnyNamesAnObject(IReadOnlyList<CameoVerb> verbs)
        {
            foreach (var verb in verbs)
                if (verb.Patterns.NamesAnObject) return true;
            return false;
        }

        private static bool AllCommon(IReadOnlyList<CameoVerb> verbs)
        {
            foreach (var verb in verbs)
                if (!IsCommonVerb(verb)) return false;
            return true;
        }

        /// <summary>
        /// The one-word forms of the dictionary that may code: some verb of the form is not common, none belongs to the trigger
        /// rows, and the form is no cue of speech. These depend on the word alone, so they are decided once per compiler process.
        /// </summary>
        private static readonly Lazy<FilteredWordSet> CodableForms = new Lazy<FilteredWordSet>(BuildCodableForms, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

        /// <summary>Whether <paramref name="word"/> is one of the forms that may code (kept per word on its <see cref="WordForm"/>).</summary>
        internal static bool IsCodableForm(string word) => CodableForms.Value.Contains(word);

        private static FilteredWordSet BuildCodableForms()
        {
            var forms = new List<string>();
            foreach (var form in CameoVerbLexicon.Instance.Forms)
            {
                if (form.IndexOf(' ') >= 0) continue;
                var verbs = CameoVerbLexicon.Instance.VerbsOfForm(form);
                if ((!AllCommon(verbs) || AnyNamesAnObject(verbs)) && !IsOwnedByTriggerRows(verbs) && CueVerbs.Lemma(form) is null) forms.Add(form);
            }
            return new FilteredWordSet(forms);
        }

        /// <summary>A verb one of whose forms a trigger row (event-nouns.tsv, event-verbs.tsv) codes belongs to the rows: their rules read its senses.</summary>
        private static bool IsOwnedByTriggerRows(IReadOnlyList<CameoVerb> verbs)
        {
            foreach (var verb in verbs)
            {
                if (EventLexicon.Find(verb.Lemma) is not null) return true;
                foreach (var form in verb.Forms)
                    if (EventLexicon.Find(form) is not null) return true;
            }
            return false;
        }

        /// <summary>Finite, not negated, neither possible nor conditional, not a nonfinite or speech clause.</summary>
        private static bool TellsAnAct(SentenceInfo s, Clause clause)
        {
            var tokens = s.Tokens;
            var group = clause.Verb;
            // "voted to expel the envoy": the infinitive's act is the decision told.
            var decided = clause.Kind == ClauseKind.Nonfinite && TriggerFinder.IsDecided(tokens, group.Head);
            if (!decided && (!group.IsFinite || clause.Kind == ClauseKind.Nonfinite) || group.IsNegated || clause.IsSpeech) return false;
            if (group.Modality is Modality.Possible or Modality.Conditional) return false;
            // The simple present tells what is usual ("Norland supplies Velden with grain"); the present perfect what was done.
            if (group.Tense == Tense.Present && !HasPerfectAuxiliary(tokens, group) && !EventDating.InOngoingAspect(tokens, group.Head)) return false;
            return !EventModality.IsSpeculative(s, group.Head);
        }

        private static bool HasPerfectAuxiliary(List<Token> tokens, VerbGroup group)
        {
            for (var i = group.Start; i < group.Head; i++)
                if (tokens[i].Is("has") || tokens[i].Is("have")) return true;
            return false;
        }

        /// <summary>"led", "given": an irregular form that can tell what was done (the simple present never does here).</summary>
        internal static bool IsIrregularPast(string word) => WordClassLexicon.Instance.IrregularLemmas(word, Lexicon.PartOfSpeech.Verb).Count > 0;

        // "the detained man", "his appointed successor": after a determiner a verb form describes a noun.
        private static bool IsDeterminer(Token previous) => previous.IsWord && ClosedClassWords.Find(previous.Text) is { Tag: Tag.Determiner or Tag.Possessive };

        /// <summary>"is visiting", "has been shelling", "was also fighting": the "-ing" verb of a progressive tells an act being done.</summary>
        private static bool IsProgressive(List<Token> tokens, int t) => EventDating.InOngoingAspect(tokens, t)
            || tokens[t].Text.EndsWith("ing", StringComparison.Ordinal) && EventDating.SkipAdverbs(tokens, t - 1) is var i && i >= 0 && (tokens[i].Is("was") || tokens[i].Is("were"));

        /// <summary>Whether a verb codes by itself or one of its patterns fits the words after it (before any analysis).</summary>
        private static bool MayCode(SentenceInfo s, int t, IReadOnlyList<CameoVerb> verbs)
        {
            var end = Math.Min(s.Tokens.Count, t + 1 + AfterWindow);
            var synsetWords = MayStartSynsetMember(s.Tokens, t + 1, end);
            // A '+' step matches only a named party that starts after the verb (PatternMatcher): a pattern with one need not be tried when none does.
            var partyAfter = PartyStartsIn(s, t + 1, end);
            // Indexed, not enumerated: an enumerator of the interface is an object.
            for (var v = 0; v < verbs.Count; v++)
            {
                var verb = verbs[v];
                // A verb of many uses ("give", "send") codes only by a pattern that names what it acts on ("give * aid").
                var common = IsCommonVerb(verb);
                if (verb.HasCode && !common) return true;
                // Whether any candidate (PatternIndex.Candidates) matches: read in place, not gathered into a list first
                // (a pattern met twice is only tried twice; the answer is the same). A null pattern never makes the verb code.
                var index = verb.Patterns;
                for (var needs = 0; needs < PatternIndex.Needs; needs++)
                {
                    if ((needs & PatternIndex.NeedsParty) != 0 && !partyAfter || (needs & PatternIndex.NeedsSynsetMember) != 0 && !synsetWords) continue;
                    foreach (var parsed in index.WordlessCoding(common, needs))
                        if (MayMatch(s, t, end, parsed, common, synsetWords, partyAfter)) return true;
                }
                for (var i = t + 1; i < end; i++)
                {
                    // Most words are under no block's patterns, most others under none of this block's (PatternIndex.Under tells so unhashed).
                    if (index.Under(s.Tokens[i]) is not { } listed) continue;
                    foreach (var parsed in listed)
                        if (MayMatch(s, t, end, parsed, common, synsetWords, partyAfter)) return true;
                }
            }
            return false;
        }

        private static bool MayMatch(SentenceInfo s, int t, int end, ParsedPattern parsed, bool common, bool synsetWords, bool partyAfter)
        {
            if (!parsed.Codes || common && !parsed.NamesItsObject || parsed.HasSynsetAfter && !synsetWords || parsed.NamesTarget && !partyAfter || !PatternMatcher.HasWords(s.Tokens, parsed.WordsAfter, t + 1, end)) return false;
            Mention? target = null;
            return PatternMatcher.Matches(s, null, parsed.After, t + 1, end, ref target);
        }

        private static ParsedPattern? BestPattern(SentenceInfo s, int t, Clause clause, int end, IReadOnlyList<CameoVerb> verbs, out Mention? named, out CameoVerb? verbOfBest)
        {
            ParsedPattern? best = null;
            named = null;
            verbOfBest = null;
            var candidates = new List<ParsedPattern>();
            var synsetWords = MayStartSynsetMember(s.Tokens, t + 1, end);
            foreach (var verb in verbs)
            {
                var common = IsCommonVerb(verb);
                if (!common) verbOfBest ??= verb.HasCode ? verb : null;
                candidates.Clear();
                verb.Patterns.Candidates(s.Tokens, t + 1, end, candidates, common);
                foreach (var parsed in candidates)
                {
                    if (best is not null && parsed.Specificity <= best.Specificity || common && !parsed.NamesItsObject || parsed.HasSynsetAfter && !synsetWords || !PatternMatcher.HasWords(s.Tokens, parsed.WordsAfter, t + 1, end)) continue;
                    Mention? target = null;
                    if (!PatternMatcher.Matches(s, clause, parsed.Before, clause.Start, t, ref target)) continue;
                    target = null;
                    if (!PatternMatcher.Matches(s, clause, parsed.After, t + 1, end, ref target)) continue;
                    best = parsed;
                    named = target;
                    verbOfBest = verb;
                }
            }
            return best;
        }

        /// <summary>
        /// Whether a word of [<paramref name="from"/>, <paramref name="to"/>) may begin a synonym set's member: a synset step matches
        /// nowhere else (<see cref="PatternMatcher"/>), so a pattern with one after the verb need not be tried when none does.
        /// </summary>
        private static bool MayStartSynsetMember(List<Token> tokens, int from, int to)
        {
            for (var i = from; i < to; i++)
                if (tokens[i].IsWord && tokens[i].Form is not { StartsCameoSynsetMember: false }) return true;
            return false;
        }

        /// <summary>Whether a named party (<see cref="IsParty"/>) starts at a token of [<paramref name="from"/>, <paramref name="to"/>).</summary>
        private static bool PartyStartsIn(SentenceInfo s, int from, int to)
        {
            foreach (var m in s.Mentions)
                if (m.TokenStart >= from && m.TokenStart < to && IsParty(m)) return true;
            return false;
        }

        /// <summary>The named party a noun chunk stands for: a name in it, or what its pronoun or description refers to.</summary>
        private static EntityDraft? Party(SentenceInfo s, NounChunk? chunk, Discourse discourse)
        {
            if (chunk is null) return null;
            // The party is the chunk's head ("the Velden envoy" names no party; "a plan of Norland" is a plan).
            // A party's people or forces are the party ("Norland's troops", "Velden police").
            // "declined Ruiz's offer": the one whose offer it is.
            // "endorsed her former rival, Karel Brandt": a name in apposition to the object names it (before its possessor).
            var found = s.MentionAt(chunk.Head) ?? (chunk.Apposition is { } named ? s.MentionAt(named.Head) : null) ?? (EventRoles.IsActorNoun(chunk.HeadToken) ? FirstParty(s, chunk) : null)
                ?? (chunk.Possessor is { } owner ? s.MentionAt(owner.Head) : null) ?? discourse.Referent(s, chunk.Head);
            return found is not null && IsParty(found) ? found.Entity : null;
        }

        private static bool NamesAnEventNoun(SentenceInfo s, Clause clause, ParsedPattern pattern)
        {
            if (clause.Object is { } taken && EventLexicon.Find(s.Tokens[taken.Head]) is { IsNoun: true }) return true;
            foreach (var word in pattern.WordsAfter)
                if (EventLexicon.Find(word) is { IsNoun: true }) return true;
            return false;
        }

        /// <summary>"Ana Ruiz outpolled Tomas Vell 52 percent to 31": a share right after the target compares figures; nobody acted.</summary>
        private static bool ComparesShares(SentenceInfo s, EntityDraft target)
        {
            var tokens = s.Tokens;
            foreach (var m in s.Mentions)
                if (m.Entity == target && m.TokenEnd + 1 < tokens.Count && tokens[m.TokenEnd].Kind == TokenKind.Number
                    && (tokens[m.TokenEnd + 1].Is("percent") || tokens[m.TokenEnd + 1].Is("%") || tokens[m.TokenEnd + 1].Is("points") || tokens[m.TokenEnd].Text.EndsWith("%", StringComparison.Ordinal)))
                    return true;
            return false;
        }

        private static EntityDraft? PartyAfterObject(SentenceInfo s, Clause clause, NounChunk? objectChunk, string code)
        {
            // "sent weapons to X": the one it goes to; "took X hostage": the one named in the object (not "Norland-made weapons").
            foreach (var attachment in clause.Attachments)
                if (IsRecipientPreposition(attachment.Word, code) && s.MentionAt(attachment.Chunk.Head) is { } m && IsParty(m)) return m.Entity;
            if (objectChunk is not null)
                foreach (var m in s.Mentions)
                    if (m.TokenStart >= objectChunk.Start && m.TokenEnd <= objectChunk.End && !m.IsDemonym && IsParty(m)) return m.Entity;
            return null;
        }

        // Cooperation goes to or with a party; only hostility (10 and above) is against one.
        private static bool IsRecipientPreposition(string word, string code) =>
            word is "to" or "for" || word == "with" && string.CompareOrdinal(code, 0, "06", 0, 2) < 0 || word is "against" or "into" && string.CompareOrdinal(code, 0, "10", 0, 2) >= 0;

        /// <summary>"Mayor of Velden Ana Ruiz endorsed": a name right before the verb, after a subject that names nobody.</summary>
        private static EntityDraft? NameBeforeVerb(SentenceInfo s, Clause clause)
        {
            if (clause.Subject is not { } subject || s.MentionAt(subject.Head) is not null || clause.Verb.Start == 0) return null;
            return s.MentionAt(clause.Verb.Start - 1) is { } m && m.TokenStart >= subject.End && IsParty(m) ? m.Entity : null;
        }

        private static Mention? FirstParty(SentenceInfo s, NounChunk chunk)
        {
            foreach (var m in s.Mentions)
                if (m.TokenStart >= chunk.Start && m.TokenEnd <= chunk.Head && IsParty(m)) return m;
            return null;
        }

        /// <summary>A person, an organization or a country; never a news outlet, a medal or a building.</summary>
        internal static bool IsParty(Mention m)
        {
            var e = m.Entity;
            if (e.IsMedia || EventRoles.IsThing(e)) return false;
            return e.Kind != EntityKind.Place || e.IsCountry;
        }

        /// <summary>Where a sentence's named parties are: the end of the one that ends first, the start of the one that starts last.</summary>
        public static PartySpan Parties(SentenceInfo s)
        {
            int firstEnd = int.MaxValue, lastStart = -1;
            foreach (var m in s.Mentions)
            {
                if (!IsParty(m)) continue;
                firstEnd = Math.Min(firstEnd, m.TokenEnd);
                lastStart = Math.Max(lastStart, m.TokenStart);
            }
            return new PartySpan(firstEnd, lastStart);
        }

        private static bool HasPartyBefore(SentenceInfo s, int t, PartySpan parties)
        {
            if (parties.FirstEnd <= t) return true;
            // "He expelled the envoy": the pronoun's party is found later, from the discourse.
            for (var i = Math.Max(0, t - 4); i < t; i++)
                if (s.Tokens[i].Is("he") || s.Tokens[i].Is("she") || s.Tokens[i].Is("it") || s.Tokens[i].Is("they")) return true;
            return false;
        }

    }

    /// <summary>The end of a sentence's first named party and the start of its last: a verb between two parties may code.</summary>
    internal readonly struct PartySpan
    {
        public PartySpan(int firstEnd, int lastStart)
        {
            FirstEnd = firstEnd;
            LastStart = lastStart;
        }

        public int FirstEnd { get; }
        public int LastStart { get; }
    }
}
