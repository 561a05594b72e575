using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Analysis;
using KnowledgeBase.Generators.Extraction.Lexicon;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// The clause around a trigger and the small word tests its readers share.
    /// </summary>
    internal static class ClauseReader
    {
        // "United States forces killed": a capitalized word inside the sentence is a name, not the verb "states".
        internal static bool IsSpeechCue(List<Token> tokens, int i) =>
            i >= 0 && tokens[i].IsWord && !(i > 0 && tokens[i].IsCapitalized) && CueVerbs.Lemma(tokens[i]) is "say" or "tell" or "report" or "announce" or "state" or "confirm" or "add";

        /// <summary>
        /// The clause from <paramref name="clauseStart"/> is reported by a cue before it, so that the name at <paramref name="mention"/>
        /// before it names who says it: "said [the] ...", "believe Y ordered ...", or "told the Velden Post that ...", "said on Monday
        /// that ..." (say, tell or report only: who announces that her government will act is a party to it), with up to five
        /// words between the cue and "that" and no semicolon between the name and the cue; who says it takes no part in what it reports.
        /// </summary>
        internal static bool OpensReport(List<Token> tokens, int clauseStart, int mention)
        {
            if (clauseStart < 1) return false;
            if (IsSpeechCue(tokens, clauseStart - 1) || IsBeliefCue(tokens, clauseStart - 1)) return true;
            return CueBeforeThat(tokens, clauseStart, anyCue: false) is var cue && cue >= 0 && !HasSemicolon(tokens, mention, cue);
        }

        /// <summary>
        /// "X confirmed that two men were arrested", "X announced that police detained Y": a reported clause with a subject of
        /// its own (<see cref="EventBuilder"/> asks) leaves whoever reports it out, whatever the cue.
        /// </summary>
        internal static bool OpensReportByAnyCue(List<Token> tokens, int clauseStart, int mention) =>
            clauseStart >= 1 && (IsSpeechCue(tokens, clauseStart - 1) || CueBeforeThat(tokens, clauseStart, anyCue: true) is var cue && cue >= 0 && !HasSemicolon(tokens, mention, cue));

        // The speech cue up to five words before the "that" that opens the clause at clauseStart ("said on Monday that"); -1 when none.
        private static int CueBeforeThat(List<Token> tokens, int clauseStart, bool anyCue)
        {
            if (!tokens[clauseStart - 1].Is("that")) return -1;
            for (var i = clauseStart - 2; i >= 0 && i >= clauseStart - 7 && tokens[i].IsWord; i--)
                if (IsSpeechCue(tokens, i) && (anyCue || CueVerbs.Lemma(tokens[i]) is "say" or "tell" or "report")) return i;
            return -1;
        }

        private static bool HasSemicolon(List<Token> tokens, int from, int to)
        {
            for (var k = from; k < to; k++)
                if (tokens[k].IsPunct(';')) return true;
            return false;
        }

        // "intelligence agencies believe Y ordered the killing": a belief reports, as a cue does.
        private static bool IsBeliefCue(List<Token> tokens, int i) => tokens[i].IsWord && CueVerbs.Lemma(tokens[i]) is "believe" or "suspect";

        internal static bool HasCoordinationBefore(List<Token> tokens, int t, int clauseStart)
        {
            if (tokens[clauseStart - 1].IsPunct(';')) return true;
            for (var i = t - 1; i >= clauseStart && i >= t - 4; i--)
                if (tokens[i].Is("and")) return true;
            return false;
        }

        // One to three words, the most a call names (not a word list of the rules): no params array is allocated for each call.
        internal static bool HasWordBefore(List<Token> tokens, int t, int window, string a, string? b = null, string? c = null)
        {
            for (var i = Math.Max(0, t - window); i < t; i++)
                if (IsOneOf(tokens[i], a, b, c)) return true;
            return false;
        }

        internal static bool HasWordAfter(List<Token> tokens, int t, int window, string a, string? b = null, string? c = null)
        {
            for (var i = t + 1; i < tokens.Count && i <= t + window; i++)
                if (IsOneOf(tokens[i], a, b, c)) return true;
            return false;
        }

        internal static bool HasWord(List<Token> tokens, string a, string? b = null, string? c = null)
        {
            foreach (var t in tokens)
                if (IsOneOf(t, a, b, c)) return true;
            return false;
        }

        // Token.Is is false for a null word.
        private static bool IsOneOf(Token w, string a, string? b, string? c) => w.Is(a) || w.Is(b!) || w.Is(c!);

        internal static bool HasWordBefore(List<Token> tokens, int t, int window, params string[] words)
        {
            for (var i = Math.Max(0, t - window); i < t; i++)
                foreach (var w in words) if (tokens[i].Is(w)) return true;
            return false;
        }

        internal static bool HasWordAfter(List<Token> tokens, int t, int window, params string[] words)
        {
            for (var i = t + 1; i < tokens.Count && i <= t + window; i++)
                foreach (var w in words) if (tokens[i].Is(w)) return true;
            return false;
        }

        internal static bool HasWord(List<Token> tokens, params string[] words)
        {
            foreach (var t in tokens)
                foreach (var w in words)
                    if (t.Is(w)) return true;
            return false;
        }

        // The same, for a lexicon's word list (any case).
        internal static bool HasWordBefore(List<Token> tokens, int t, int window, HashSet<string> words)
        {
            for (var i = Math.Max(0, t - window); i < t; i++)
                if (TriggerFinder.IsAny(tokens[i], words)) return true;
            return false;
        }

        internal static bool HasWordAfter(List<Token> tokens, int t, int window, HashSet<string> words)
        {
            for (var i = t + 1; i < tokens.Count && i <= t + window; i++)
                if (TriggerFinder.IsAny(tokens[i], words)) return true;
            return false;
        }

        internal static bool HasWord(List<Token> tokens, HashSet<string> words)
        {
            foreach (var t in tokens)
                if (TriggerFinder.IsAny(t, words)) return true;
            return false;
        }

        /// <summary>
        /// The clause around the trigger: from a semicolon, an active speech cue, what introduces the analysis's "that" or
        /// adverbial clause, or the noun a who/which relative clause describes, to a semicolon, the analysis's next adverbial or relative clause, or a comma before a phrase told
        /// beside it ("despite", "but", "according to", "after").
        /// </summary>
        internal static (int Start, int End) Clause(SentenceInfo s, int t)
        {
            if (s.LastClause.Token == t) return (s.LastClause.Start, s.LastClause.End);
            var (start, end) = ReadClause(s, t);
            s.LastClause = (t, start, end);
            return (start, end);
        }

        /// <summary>The clause of <paramref name="t"/> is a relative clause set off by commas that ends at the comma at <paramref name="end"/>.</summary>
        internal static bool EndsSetOffRelative(SentenceInfo s, int t, int end) =>
            end < s.Tokens.Count && ClosesSetOffClause(s, end) && s.Analysis.RelativeClauseAround(t) is { Introducer: > 0 } relative && IsSetOff(s.Tokens, relative);

        internal static bool IsSetOff(List<Token> tokens, Analysis.Clause relative) =>
            relative.Introducer > 0 && tokens[relative.Introducer - 1].IsPunct(',') && !tokens[relative.Introducer].Is("that");

        // A comma before no name and no "and" or "or" (which go on a list or an address: "visited Kabul, Afghanistan,").
        private static bool ClosesSetOffClause(SentenceInfo s, int i) =>
            s.Tokens[i].IsPunct(',') && i + 1 < s.Tokens.Count && s.MentionAt(i + 1) is null && !s.Tokens[i + 1].Is("and") && !s.Tokens[i + 1].Is("or");

        private static (int Start, int End) ReadClause(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            var start = 0;
            // "the territory, which was occupied by X": a relative clause's parties are its own and the noun it describes ("that"
            // is left out: it opens reported clauses the analysis may take for relative ones).
            var relative = MayIntroduceClauseIn(tokens, 0, t + 1) ? s.Analysis.RelativeClauseAround(t) : null;
            for (var i = t - 1; i >= 0; i--)
            {
                if (relative is not null && i == relative.Introducer && !tokens[i].Is("that"))
                {
                    start = relative.Antecedent is { } antecedent && antecedent.Start < i ? antecedent.Start : i + 1;
                    break;
                }
                // "X said the mayor was stabbed": the reported clause starts after the speech cue.
                // "were reported by local media to have visited": a passive report keeps its subject.
                // "X said in a meeting with Y that ...": the occasion the cue is said on is the speaker's, no reported clause.
                var speech = i < t - 1 && IsSpeechCue(tokens, i) && !OccasionOfCue(tokens, i, t) && !(WordBounds.MayBePassiveAt(tokens, i) && s.Analysis.IsPassiveAt(i));
                // "a shift ... as X prepares to take office": a subordinate clause has its own subject and mood.
                var subordinate = i < t - 1 && MayIntroduceClause(tokens, i) && s.Analysis.IntroducesAdverbialClause(i);
                if (tokens[i].IsPunct(';') || i < t - 1 && tokens[i].Is("that") && s.Analysis.ClauseIntroducedBy(i) is not null || speech || subordinate) { start = i + 1; break; }
            }
            var end = tokens.Count;
            // "X, who visited Y last week, criticized Z": a relative clause set off by commas ends at its closing comma.
            var setOff = relative is not null && IsSetOff(tokens, relative);
            for (var i = t + 1; i < tokens.Count; i++)
            {
                if (tokens[i].IsPunct(';') || setOff && ClosesSetOffClause(s, i)) { end = i; break; }
                // "visited the hospital while X received surgery": a subordinate clause has its own parties.
                if (i > t + 1 && MayIntroduceClause(tokens, i) && s.Analysis.IntroducesAdverbialClause(i) && !tokens[i].Is("as")) { end = i; break; }
                if (tokens[i].IsPunct(',') && i + 1 < tokens.Count)
                {
                    var n = tokens[i + 1];
                    // ", which ...", ", who ...", ", while ...": a relative or adverbial clause; ", despite ...", ", but ...",
                    // ", according to ...", ", after ...": a phrase or clause told beside the trigger's.
                    if ((MayIntroduceClause(tokens, i + 1) || MayIntroduceClause(tokens, i + 2)) && (s.Analysis.OpensRelativeClause(i) || s.Analysis.IntroducesAdverbialClause(i + 1))) { end = i; break; }
                    if (n.Is("despite") || n.Is("but") || n.Is("as") || n.Is("according") || n.Is("following") || n.Is("after") || n.Is("before"))
                    {
                        end = i;
                        break;
                    }
                }
            }
            // "When Ana Ruiz resigned in May, Karel Brandt joined the race": a subordinate clause that opens the sentence ends
            // before the main clause's subject.
            var fronted = FrontedClauseEnd(s, t);
            if (fronted > t && fronted < end) end = fronted;
            return (start, end);
        }

        /// <summary>
        /// The comma before the main clause's subject when the sentence opens with a subordinate clause ("When", "After",
        /// "Although") with its own subject and <paramref name="t"/> stands in it before that comma; -1 otherwise. Who the main
        /// clause names takes no part in the subordinate clause's act ("After Mira Holt visited Ostrel, Jonas Ruhl criticized the
        /// trip"); a clause without a subject ("While agreeing to a truce, Ana Ruiz ...") is the main subject's act.
        /// </summary>
        internal static int FrontedClauseEnd(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            if (tokens.Count < 4 || !MayIntroduceClause(tokens, 0) || s.Analysis.ClauseIntroducedBy(0) is not { Kind: ClauseKind.Subordinate, Subject: not null }) return -1;
            foreach (var clause in s.Analysis.Clauses)
                if (clause.Kind == ClauseKind.Main)
                    return clause.Subject is { } subject && subject.Start > t + 1 && tokens[subject.Start - 1].IsPunct(',') ? subject.Start - 1 : -1;
            return -1;
        }

        /// <summary>
        /// "said in a meeting with Y", "told reporters during a visit to Y": the trigger heads a phrase of time or occasion right
        /// after the speech cue (or after its one-word object), which tells when it was said, not what.
        /// </summary>
        private static bool OccasionOfCue(List<Token> tokens, int cue, int t)
        {
            // "from the state during the lockdown": "state" after an article is a noun, no cue.
            if (cue > 0 && (tokens[cue - 1].Is("the") || tokens[cue - 1].Is("a"))) return false;
            var p = cue + 1;
            if (p < t && tokens[p].IsWord && !IsOccasionPreposition(tokens[p])) p++;
            // "in a meeting", "during his visit": the trigger heads the noun phrase the preposition takes ("said, in remarks
            // published by X" is no such phrase).
            if (p + 1 >= t || t > p + 3 || !IsOccasionPreposition(tokens[p]) || !IsDeterminerOrPossessive(tokens[p + 1].Text)) return false;
            for (var k = p + 1; k < t; k++)
                if (!tokens[k].IsWord || tokens[k].IsCapitalized || tokens[k].Is("that")) return false; // "said in a statement Y attacked": Y's clause
            return true;
        }

        private static bool IsOccasionPreposition(Token w) => w.Is("in") || w.Is("during") || w.Is("at") || w.Is("after") || w.Is("following");

        // WordBounds.MayIntroduceClause, kept on the word's form (asked of every word of the sentence for each clause read).
        private static bool MayIntroduceClause(List<Token> tokens, int k) =>
            k < tokens.Count && tokens[k].IsWord && (tokens[k].Form is { } form ? form.MayIntroduceClause : WordBounds.MayIntroduceClause(tokens, k));

        private static bool MayIntroduceClauseIn(List<Token> tokens, int start, int end)
        {
            for (var k = start; k < end && k < tokens.Count; k++)
                if (MayIntroduceClause(tokens, k)) return true;
            return false;
        }

        /// <summary>"like Ana Ruiz", "unlike the Velden Front": a party named only to compare with.</summary>
        internal static bool IsCompared(List<Token> tokens, int mentionStart) =>
            GovernedBy(tokens, mentionStart, "like") || GovernedBy(tokens, mentionStart, "unlike") || GovernedBy(tokens, mentionStart, "besides") || GovernedBy(tokens, mentionStart, "except");

        internal static bool GovernedBy(List<Token> tokens, int mentionStart, string word) =>
            GoverningWordAt(tokens, mentionStart) is var i && i >= 0 && tokens[i].Is(word);

        /// <summary>The word right before a name, past a "the" ("loyal to the Velden Front": "to"); -1 at the sentence's start.</summary>
        internal static int GoverningWordAt(List<Token> tokens, int mentionStart)
        {
            var i = mentionStart - 1;
            if (i >= 0 && tokens[i].Is("the")) i--;
            return i;
        }

        internal static bool IsGoverningPreposition(Token w) =>
            w.Is("of") || w.Is("with") || w.Is("for") || w.Is("about") || w.Is("by") || w.Is("to") || w.Is("from") || w.Is("against") || w.Is("over") || w.Is("than") || w.Is("via") || w.Is("toward") || w.Is("towards")
            || w.Is("like") || w.Is("unlike") || w.Is("besides") || w.Is("except"); // "X, like Y, resigned": Y is compared, not the subject

        /// <summary>"is", "are", "was", "were": a finite form of "be".</summary>
        internal static bool IsBeForm(Token w) => w.Is("is") || w.Is("are") || w.Is("was") || w.Is("were") || w.Is("am");

        internal static EntityDraft? AgentAfterBy(SentenceInfo s, int t, int end)
        {
            var tokens = s.Tokens;
            for (var i = t + 1; i < end && i <= t + 3; i++)
            {
                if (!tokens[i].Is("by")) continue;
                for (var j = i + 1; j < end && j <= i + 4; j++)
                    if (s.MentionAt(j) is { } m) return m.Entity;
                return null;
            }
            return null;
        }

        /// <summary>
        /// "was killed in an Israeli airstrike", "died in a US counterterrorism operation": a passive act's occasion is a violent act,
        /// whose doer, if named before the noun, is the act's doer (<paramref name="doer"/>, or null when unnamed).
        /// </summary>
        internal static bool ViolentOccasionAfter(SentenceInfo s, int t, int end, out EntityDraft? doer)
        {
            doer = null;
            var tokens = s.Tokens;
            for (var i = t + 1; i < end && i <= t + 3; i++)
            {
                // "killed in the attack": an act told before, whose event is told already.
                if (!(tokens[i].Is("in") || tokens[i].Is("during")) || i + 1 >= end || tokens[i + 1].Is("the")) continue;
                for (var j = i + 1; j < end && j <= i + 6; j++)
                {
                    if (s.MentionAt(j) is { } m)
                    {
                        doer ??= m.Entity;
                        j = m.TokenEnd - 1;
                        continue;
                    }
                    if (!tokens[j].IsWord || ClauseReader.IsGoverningPreposition(tokens[j])) break;
                    if (tokens[j].Is("operation") || tokens[j].Is("raid") || EventLexicon.Find(tokens[j].Text) is { IsNoun: true } noun && EventRoles.IsViolent(noun)) return true;
                }
                break;
            }
            doer = null;
            return false;
        }

        /// <summary>"in the Kherson region," is where it happened; "in U.S. foreign policy" is not.</summary>
        internal static bool EndsPlacePhrase(List<Token> tokens, int after) =>
            after >= tokens.Count || !tokens[after].IsWord || CommonWords.IsFunctionWord(tokens[after].Text)
            || tokens[after].Text.EndsWith("ly", StringComparison.Ordinal) || tokens[after].Is("soon")
            // "a bombing in Velden killed 12": the verb of what the act did ends the place before it.
            || !tokens[after].StartsUpper && (EventLexicon.IsHarmVerb(tokens[after].Text) || EventLexicon.IsOccurrenceVerb(tokens[after].Text));

        /// <summary>"he", "she", "it", "we", "they", "I" (any case): a personal pronoun in its subject form.</summary>
        internal static bool IsSubjectPronoun(Token w) => w.Is("he") || w.Is("she") || w.Is("it") || w.Is("they") || w.Is("we") || w.Is("i");

        /// <summary>
        /// "taking", "blocking": a lower-case word in "-ing", a gerund or a present participle by its spelling. Not by the analysis'
        /// tag, which reads one WordNet lists as a noun ("funding", "shelling") as a noun unless its context says verb.
        /// </summary>
        internal static bool IsIngForm(Token w) => w.IsWord && char.IsLower(w.Text[0]) && w.Text.EndsWith("ing", StringComparison.Ordinal);

        /// <summary>"his", "her", "their", "its" (any case): a pronoun owning the noun after it.</summary>
        internal static bool IsPossessivePronoun(Token w) => w.Is("his") || w.Is("her") || w.Is("their") || w.Is("its");

        /// <summary>"a", "an", "the" or a possessive pronoun (any case): a word that opens a noun phrase ("a banker", "her aide").</summary>
        internal static bool IsArticleOrPossessive(Token w) => w.Is("a") || w.Is("an") || w.Is("the") || IsPossessivePronoun(w);

        /// <summary>"he" for "he", "his", "him"; "she" for "she", "her"; else null: the subject form a third-person pronoun agrees as.</summary>
        internal static string? SubjectFormOf(Token w) =>
            w.Is("he") || w.Is("his") || w.Is("him") ? "he" : w.Is("she") || w.Is("her") ? "she" : null;

        internal static bool IsDeterminerOrPossessive(string word) => word is "a" or "an" or "the" or "his" or "her" or "their" or "its" or "this" or "that";

        internal static bool IsPlacePreposition(List<Token> tokens, int mentionStart)
        {
            var i = GoverningWordAt(tokens, mentionStart);
            return i >= 0 && (tokens[i].Is("in") || tokens[i].Is("at") || tokens[i].Is("across") || tokens[i].Is("near") || tokens[i].Is("from") || tokens[i].Is("to") || tokens[i].Is("into"));
        }

        /// <summary>The first opening quotation mark after <paramref name="t"/>, or the sentence's end.</summary>
        internal static int OpeningQuoteAfter(List<Token> tokens, int t)
        {
            for (var i = t + 1; i < tokens.Count; i++)
                if (tokens[i].IsOpeningQuote) return i;
            return tokens.Count;
        }
    }
}
