using System;
using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "The Peruvian army said Monday it had shelled the camp": "it" or "they" heading a reported clause is the body that reports,
    /// even when the body is told by a nationality and a noun, or a time phrase stands between the cue and the pronoun.
    /// </summary>
    internal static partial class EventRoles
    {
        /// <summary>
        /// The state bodies a nationality (or a country's name) names as the one reporting its own act. Each row has the nouns
        /// that head such a body and an invented sentence with the act's kind and parties (the dateline is Sunday, July 28,
        /// 2019); the rows run as tests.
        /// </summary>
        internal static readonly ReportingBodyRow[] ReportingBodies =
        {
            new("army military navy forces force troops", "The Peruvian army said on Monday it had attacked rebels in Chile.", "attack", new[] { "Peru", "Chile" }),
            new("police", "Chilean police said Monday they had arrested the leader of the Velden Front.", "arrest", new[] { "Chile", "Velden Front" }),
            new("ministry government authorities", "The Peruvian foreign ministry said it had expelled the ambassador of Chile.", "withdrawal", new[] { "Peru", "Chile" }),
            new("embassy", "The Peruvian embassy said Monday it had accused Chile of spying.", "accusation", new[] { "Peru", "Chile" }),
            new("parliament cabinet congress", "The Peruvian parliament said on Monday it had condemned Chile.", "criticism", new[] { "Parliament of Peru", "Chile" }),
        };

        // The words a pronoun may stand after its cue by: "said Monday it", "said on Monday that it", "said in a statement it".
        private const int MostWordsAfterCue = 5;

        // The words an adjective or two may put between a nationality and the body it heads ("the Peruvian foreign ministry").
        private const int MostWordsInBody = 3;

        /// <summary>The body whose speech cue opens the reported clause "it" or "they" at <paramref name="pronoun"/> heads; null when none.</summary>
        private static EntityDraft? ReportingBody(SentenceInfo s, int pronoun)
        {
            var tokens = s.Tokens;
            var cue = pronoun - 1;
            while (cue > 0 && cue >= pronoun - MostWordsAfterCue && tokens[cue].IsWord && s.MentionAt(cue) is null && !ClauseReader.IsSpeechCue(tokens, cue)) cue--;
            if (cue < 1 || !ClauseReader.IsSpeechCue(tokens, cue)) return null;
            if (s.MentionAt(cue - 1) is { } named)
                return named.IsDemonym || named.Entity.Kind == EntityKind.Person || named.Entity.Kind == EntityKind.Place && !named.Entity.IsCountry ? null : named.Entity;
            if (!IsReportingBodyHead(tokens[cue - 1])) return null;
            for (var k = cue - 2; k >= 0 && k >= cue - 1 - MostWordsInBody; k--)
            {
                if (s.MentionAt(k) is { } m) return m.IsDemonym || m.Entity.IsCountry ? m.Entity : null;
                if (!tokens[k].IsWord || !char.IsLower(tokens[k].Text[0])) return null;
            }
            return null;
        }

        // The last organization or country named before token i: the body a reported "it" stands for (none when none is named).
        private static List<EntityDraft> BodyBefore(SentenceInfo s, int i)
        {
            for (var k = s.Mentions.Count - 1; k >= 0; k--)
            {
                var before = s.Mentions[k];
                if (before.TokenStart >= i || before.Entity.Kind == EntityKind.Person || before.IsDemonym) continue;
                if (before.Entity.Kind == EntityKind.Place && !before.Entity.IsCountry) continue;
                return new List<EntityDraft> { before.Entity };
            }
            return new List<EntityDraft>();
        }

        // "its soldiers", "their police": "its" or "their" before an actor noun at the head of a clause after another.
        private static bool OwnsReportedSubject(List<Token> tokens, int i, int start) =>
            (tokens[i].Is("its") || tokens[i].Is("their")) && i == start && i > 0 && i + 1 < tokens.Count && IsActorNoun(tokens[i + 1]) && !tokens[i + 1].IsCapitalized;

        /// <summary>A head of <see cref="ReportingBodies"/>: a body a country's adjective names as acting for it ("the Norwegian government", "Chilean security forces").</summary>
        internal static bool IsReportingBodyHead(Token w)
        {
            if (!w.IsWord || !char.IsLower(w.Text[0])) return false;
            foreach (var row in ReportingBodies)
                foreach (var head in row.Heads)
                    if (w.Is(head)) return true;
            return false;
        }
    }

    /// <summary>One row of <see cref="EventRoles.ReportingBodies"/>, with its example.</summary>
    internal sealed class ReportingBodyRow
    {
        public ReportingBodyRow(string heads, string example, string kind, string[] parties) =>
            (Heads, Example, Kind, Parties) = (heads.Split(' '), example, kind, parties);

        /// <summary>The nouns that head the body ("army", "police").</summary>
        public string[] Heads { get; }

        /// <summary>An invented sentence in which the body reports its own act by "it" or "they".</summary>
        public string Example { get; }

        /// <summary>The kind of the act reported.</summary>
        public string Kind { get; }

        /// <summary>The act's parties, the body's country first.</summary>
        public string[] Parties { get; }
    }
}
