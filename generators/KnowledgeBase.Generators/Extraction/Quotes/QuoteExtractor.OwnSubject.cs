using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction
{
    // Whose words a cue reports when a relative clause or a first verb with its object stands between its subject and it.
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// "Karel Brandt, who had met Ana Ruiz in May, sent letters and said the house was sold", "Karel Brandt, who was called
        /// "reckless" by the police, sent letters, and urged ...": a cue whose subject is not said again before it (its verb
        /// group follows a comma, "and" or "but") has the noun a relative clause before it describes as its subject, when that
        /// noun is the subject of the cue's own clause or the subject scan would start inside the relative clause (after a
        /// quotation in it). A name inside the relative clause ("Ana Ruiz", "the police") says nothing. Default: the scan decides.
        /// </summary>
        private Speaker SubjectPastRelativeClause(SentenceInfo s, int cue, List<(int Open, int Close)> quoted)
        {
            var tokens = s.Tokens;
            if (RelativePronounAntecedent(s, cue) is { IsFound: true } described) return described;
            if (!HasRelativePronounBefore(tokens, cue)) return default; // read without the sentence's analysis
            var analysis = s.Analysis;
            var group = analysis.VerbGroupStartAt(cue);
            if (group < 1 || !(tokens[group - 1].IsPunct(',') || tokens[group - 1].Is("and") || tokens[group - 1].Is("but"))) return default;
            var ownSubject = analysis.ClauseOfVerb(cue) is { Kind: Analysis.ClauseKind.Main } own ? own.Subject : null;
            var scanStart = ClauseStart(tokens, cue, quoted);
            foreach (var clause in analysis.Clauses)
            {
                if (clause.Kind != Analysis.ClauseKind.Relative || clause.Verb.End > cue || clause.Antecedent is not { IsPronoun: false } antecedent || antecedent.End > clause.Start) continue;
                // The noun opens the clause as its subject ("Mira Holt talked about her brother Karel, who ..., and pledged": an object;
                // "Mira Holt of the Velden Trust, which ..., said": an "of" phrase), and the relative clause's comma is followed by its verb.
                if (antecedent.Preposition >= 0 || antecedent.AttachedTo is not null || antecedent.ConjunctOf is not null
                    || antecedent.Start > 0 && !tokens[antecedent.Start - 1].IsPunct(',') || HasVerbGroup(s, 0, antecedent.Start)) continue;
                var closing = ClosingComma(tokens, clause.Verb.End, group, quoted);
                if (closing < 0 || !OpensVerbGroupAt(s, closing + 1)) continue;
                if (antecedent == ownSubject || clause.Start < scanStart && scanStart <= closing) return NounPhraseSpeaker(s, antecedent.Start, antecedent.End);
            }
            return default;
        }

        /// <summary>
        /// "The council hired Tomas Vell, who said ...", "The prize went to the mayor, who has told ...": "who" after a person (or
        /// "which" after a body) right before the verb group of a cue that tells a clause, its auxiliaries and adverbs, speaks for
        /// the person or body named just before it, or the noun phrase after its article there, wherever that noun stands in the
        /// sentence. Default: the scan decides.
        /// </summary>
        private Speaker RelativePronounAntecedent(SentenceInfo s, int cue)
        {
            var tokens = s.Tokens;
            var w = cue - 1;
            while (w > 0 && w >= cue - 3 && (Events.TriggerFinder.IsAny(tokens[w], Auxiliaries) || Events.TriggerFinder.IsAny(tokens[w], AdverbsBeforeCue))) w--;
            if (w < 2 || !(tokens[w].Is("who") || tokens[w].Is("which")) || !(CueVerbs.Lemma(tokens[cue]) is { } lemma && Array.IndexOf(ClauseSpeechLemmas, lemma) >= 0)) return default;
            var end = tokens[w - 1].IsPunct(',') ? w - 1 : w;
            if (s.MentionAt(end - 1) is { } named && named.TokenEnd == end)
                return named.Entity.Kind == (tokens[w].Is("who") ? EntityKind.Person : EntityKind.Organization)
                    ? new Speaker(named.Entity, Join(tokens, named.TokenStart, named.TokenEnd)) : default;
            var article = end - 2;
            while (article >= 0 && article >= end - 3 && !(tokens[article].Is("the") || tokens[article].Is("a") || tokens[article].Is("an"))) article--;
            if (!tokens[w].Is("who") || article < 0 || article < end - 3 || !tokens[end - 1].IsWord || tokens[end - 1].IsCapitalized) return default;
            // "a fisherman, who said": an unnamed person speaks as described.
            return NounPhraseSpeaker(s, article, end) is { IsFound: true } role ? role : new Speaker(null, Join(tokens, article, end));
        }

        // Cues that tell a clause; "which cited sources", "who wrote op-eds", "which rejected, the day before, ..." report no words.
        private static readonly string[] ClauseSpeechLemmas =
        {
            "say", "tell", "state", "announce", "add", "explain", "declare", "insist", "warn", "claim", "confirm", "indicate", "promise",
            "report", "argue", "note", "predict", "acknowledge", "admit", "deny", "suggest", "estimate", "allege",
        };

        private static readonly string[] AdverbsBeforeCue = { "also", "later", "then", "previously", "publicly", "repeatedly", "reportedly" };

        /// <summary>
        /// "Mira Holt hailed the report on Monday and warned that ...": a cue coordinated by "and"/"but" with the verb of a main
        /// clause shares that clause's subject (the analysis's shared subject); the first verb's object or a name in its phrases
        /// ("the report", "Twitter") says nothing. Also when the first verb is a cue ("praised X ... and said \"...\""): its quotation
        /// is read before the first verb's words, so no speaker before it in the sentence is known yet.
        /// </summary>
        private Speaker SubjectOfFirstConjunct(SentenceInfo s, int cue, List<(int Open, int Close)> quoted)
        {
            var tokens = s.Tokens;
            if (!HasWordFrom(tokens, 1, "and") && !HasWordFrom(tokens, 1, "but")) return default; // read without the sentence's analysis
            var analysis = s.Analysis;
            var group = analysis.VerbGroupStartAt(cue);
            // "X called it a "sham", and on YouTube described the vote as ...": the platform the words are posted on is no subject.
            if (group >= 5 && s.MentionAt(group - 1) is { } channel && channel.TokenEnd == group && Events.EventRoles.IsPlatformAfterOn(tokens, channel)
                && channel.TokenStart >= 4 && tokens[channel.TokenStart - 1].Is("on") && (tokens[channel.TokenStart - 2].Is("and") || tokens[channel.TokenStart - 2].Is("but")))
                return SubjectBeforeConjunction(s, channel.TokenStart - 2, quoted);
            if (group < 3 || !(tokens[group - 1].Is("and") || tokens[group - 1].Is("but"))) return default;
            var clauses = analysis.Clauses;
            var k = 1;
            while (k < clauses.Length && !clauses[k].Verb.Contains(cue)) k++;
            if (k >= clauses.Length || clauses[k].Kind != Analysis.ClauseKind.Main) return default;
            if (clauses[k].Subject is not { } subject || Inside(quoted, subject.Head)) return default;
            // The main clause whose subject the cue shares may stand before a clause it reports or a "to" verb ("Velcor reported that
            // sales rose, and called ...", "The board voted to reopen the pier and accepted ..."); a subject shared only with
            // such a clause ("urged Karel to resign and said": Karel) is no main clause's, and is left to the scan.
            var j = k - 1;
            while (j >= 0 && (clauses[j].Subject != subject || clauses[j].Kind != Analysis.ClauseKind.Main)) j--;
            if (j < 0) return default;
            var first = clauses[j];
            if (first.Kind != Analysis.ClauseKind.Main || !first.Verb.IsFinite || subject.End > first.Verb.Start) return default;
            // "The councillors voted to reopen the harbour and acknowledged ...": a subject no entity, role or group is made of speaks
            // unnamed; a noun after the first verb ("the harbour") does not.
            var shared = NearestSubject(s, ClauseStart(tokens, subject.End, quoted), subject.End);
            return shared.IsFound || j == k - 1 ? shared : new Speaker(null, Join(tokens, subject.Start, subject.End));
        }

        /// <summary>The subject of the last main clause with a finite verb before the "and" at <paramref name="and"/>, or none.</summary>
        private Speaker SubjectBeforeConjunction(SentenceInfo s, int and, List<(int Open, int Close)> quoted)
        {
            var clauses = s.Analysis.Clauses;
            for (var j = clauses.Length - 1; j >= 0; j--)
            {
                var clause = clauses[j];
                // A "verb" inside a quotation before the "and" ("a "witch hunt"") heads no clause of the sentence's own.
                if (clause.Verb.Start >= and || clause.Kind != Analysis.ClauseKind.Main || !clause.Verb.IsFinite || Inside(quoted, clause.Verb.Start)) continue;
                if (clause.Subject is not { } subject || subject.End > clause.Verb.Start || Inside(quoted, subject.Head)) return default;
                return NearestSubject(s, ClauseStart(s.Tokens, subject.End, quoted), subject.End);
            }
            return default;
        }

        private static bool HasRelativePronounBefore(List<Token> tokens, int cue)
        {
            for (var i = 1; i < cue; i++)
                if (tokens[i - 1].IsPunct(',') && (tokens[i].Is("who") || tokens[i].Is("which") || tokens[i].Is("whose"))) return true;
            return false;
        }

        private static bool OpensVerbGroupAt(SentenceInfo s, int i)
        {
            foreach (var group in s.Analysis.FoundVerbGroups)
                if (group.Start == i) return true;
            return false;
        }

        /// <summary>The first comma outside quotations in tokens [from, end), or -1.</summary>
        private static int ClosingComma(List<Token> tokens, int from, int end, List<(int Open, int Close)> quoted)
        {
            for (var i = from; i < end; i++)
                if (tokens[i].IsPunct(',') && !Inside(quoted, i)) return i;
            return -1;
        }
    }
}
