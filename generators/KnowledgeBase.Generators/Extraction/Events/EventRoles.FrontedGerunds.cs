using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Analysis;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>An -ing form in a phrase that opens the sentence: its act is the main clause subject's.</summary>
    internal static partial class EventRoles
    {
        // The words the opening phrase may run past its -ing form to its closing comma, and the main clause's subject to its verb.
        private const int MostWordsToComma = 20;
        private const int MostWordsToMainVerb = 10;

        /// <summary>Who does the act of an -ing form that has no subject of its own (<see cref="FrontedGerundDoer"/>, <see cref="LeaverBeforeComma"/>); null when none is found.</summary>
        internal static List<EntityDraft>? ParticipleDoer(SentenceInfo s, int t, EventTrigger trigger, EntityDraft? salient, List<SentenceInfo> sentences) =>
            FrontedGerundDoer(s, t, salient, sentences) ?? LeaverBeforeComma(s, t, trigger, salient, sentences);

        /// <summary>
        /// "Mara Vell left the Velden Party in 2018, resigning in protest", "joined the party in 1990, stepping down as its leader in
        /// 2012": a participle of leaving a post after a comma is done by the subject of the finite verb nearest before the comma
        /// ("named her deputy, a post she held until 2016, resigning": she resigned, not who named her).
        /// </summary>
        private static List<EntityDraft>? LeaverBeforeComma(SentenceInfo s, int t, EventTrigger trigger, EntityDraft? salient, List<SentenceInfo> sentences)
        {
            if (trigger.Kind is not ("resignation" or "retirement") || t < 2 || !s.Tokens[t - 1].IsPunct(',') || !s.Tokens[t].Text.EndsWith("ing", StringComparison.Ordinal)) return null;
            VerbGroup? last = null;
            foreach (var group in s.Analysis.VerbGroups)
                if (group.IsFinite && group.Head < t - 1) last = group;
            if (last is null) return null;
            // "named her deputy, which she stayed until 2016": a relative clause between has its own subject, which a pronoun leaves unnamed.
            if (s.Analysis.RelativeClauseAround(last.Head) is not null) return NoSubjects;
            for (var k = t - 2; k > last.Head; k--)
                if (IsRelativeWord(s.Tokens[k]) || s.Tokens[k].Is("that")) return NoSubjects;
            var subjects = NearestSubject(s, last.Start, 0, salient, sentences);
            return subjects.Count > 0 ? subjects : null;
        }

        /// <summary>
        /// "After stepping down as chair of Ostrel Bank, Tomas Brandt founded a charity", "Before resigning from the board, she
        /// sold her shares": an -ing form right after a preposition that opens the sentence ("after", "before", "since", "upon",
        /// the event lexicon's gerund openers) has no subject of its own; who does it is the subject of the main clause after
        /// the comma that closes the phrase. Null when the trigger is no such form or that clause names no subject.
        /// </summary>
        private static List<EntityDraft>? FrontedGerundDoer(SentenceInfo s, int t, EntityDraft? salient, List<SentenceInfo> sentences)
        {
            var tokens = s.Tokens;
            if (!tokens[t].Text.EndsWith("ing", StringComparison.Ordinal) || t < 1) return null;
            // "After briefly stepping down": one adverb may stand between.
            var opener = t - 1;
            if (opener == 1 && tokens[opener].Text.EndsWith("ly", StringComparison.Ordinal)) opener--;
            if (opener != 0 || !EventLexicon.IsGerundOpener(tokens[0].Lower)) return null;
            var comma = ClosingComma(tokens, t);
            if (comma < 0) return null;
            foreach (var group in s.Analysis.VerbGroups)
            {
                if (group.Start <= comma) continue;
                if (!group.IsFinite || group.Start > comma + MostWordsToMainVerb) return null;
                var subjects = NearestSubject(s, group.Start, comma + 1, salient, sentences);
                return subjects.Count > 0 ? subjects : null;
            }
            return null;
        }

        // The comma that closes the opening phrase: the first one after the -ing form, with no other stop or quotation mark before it; -1 if none.
        private static int ClosingComma(List<Token> tokens, int t)
        {
            for (var k = t + 1; k < tokens.Count && k <= t + MostWordsToComma; k++)
            {
                if (tokens[k].IsPunct(',')) return k;
                if (tokens[k].Kind == TokenKind.Punctuation && !tokens[k].IsPunct('-') && !tokens[k].IsPunct('(') && !tokens[k].IsPunct(')')) return -1;
            }
            return -1;
        }
    }
}
