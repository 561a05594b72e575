using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "Militants loyal to Norway attacked Chile", "rebels backed by Canada shelled Peru": whom a group is loyal to or backed by
    /// stands behind the doers, it does not do the act; the doers are the group (unnamed here) and the one attacked is the target.
    /// </summary>
    internal static partial class EventRoles
    {
        /// <summary>
        /// The words that tie a group to its sponsor, each an adjective or a participle and the preposition after it. Each row has
        /// an invented sentence with the act's kind and its parties (the dateline is Sunday, July 28, 2019); the rows run as tests.
        /// </summary>
        internal static readonly SponsorPhraseRow[] SponsorPhrases =
        {
            new("loyal to", "Militants loyal to Norway attacked Chile on Monday.", "attack", new[] { "Chile" }),
            new("backed by", "Rebels backed by Canada attacked Peru on Tuesday.", "attack", new[] { "Peru" }),
            new("supported by", "Fighters supported by Austria attacked Chile on Monday.", "attack", new[] { "Chile" }),
            new("sponsored by", "Gunmen sponsored by Norway attacked Peru on Monday.", "attack", new[] { "Peru" }),
            new("funded by", "Insurgents funded by Canada attacked Chile on Monday.", "attack", new[] { "Chile" }),
            new("armed by", "Rebels armed by Austria attacked Peru on Monday.", "attack", new[] { "Peru" }),
            new("allied with", "Gunmen allied with Austria attacked Peru on Monday.", "attack", new[] { "Peru" }),
            new("allied to", "Militias allied to Norway attacked Chile on Monday.", "attack", new[] { "Chile" }),
            new("aligned with", "Fighters aligned with Canada attacked Peru on Monday.", "attack", new[] { "Peru" }),
            new("affiliated with", "Militants affiliated with Norway attacked Chile on Monday.", "attack", new[] { "Chile" }),
            new("linked to", "Gunmen linked to Austria attacked Chile on Monday.", "attack", new[] { "Chile" }),
            new("associated with", "Militants associated with Canada attacked Peru on Monday.", "attack", new[] { "Peru" }),
        };

        /// <summary>
        /// Whether the mention names the sponsor of a group ("loyal to Norway", "backed by the Velden Front"): the word before
        /// it (past a "the") is a preposition a <see cref="SponsorPhrases"/> row ends with, and the word before that its first word.
        /// </summary>
        internal static bool NamesASponsor(List<Token> tokens, Mention m)
        {
            var preposition = ClauseReader.GoverningWordAt(tokens, m.TokenStart);
            if (preposition < 1) return false;
            foreach (var row in SponsorPhrases)
                if (tokens[preposition].Is(row.Preposition) && tokens[preposition - 1].Is(row.Tie)) return TiesAGroup(tokens, preposition - 2);
            return false;
        }

        // "militants loyal to", "the rebels, backed by": the tie follows people (a plural or a group noun), not an act ("an
        // operation supported by Norland" is one Norland takes part in).
        private static bool TiesAGroup(List<Token> tokens, int before)
        {
            if (before >= 1 && tokens[before].IsPunct(',')) before--;
            if (before < 0 || !tokens[before].IsWord || before > 0 && !char.IsLower(tokens[before].Text[0])) return false; // capitalized only opening the sentence
            var word = tokens[before].Lower;
            return CommonWords.IsGroupNoun(word) || Array.IndexOf(GroupWords, tokens[before].Lower) >= 0
                || word.EndsWith("s", StringComparison.Ordinal) && EventLexicon.Find(tokens[before]) is null || word.EndsWith("men", StringComparison.Ordinal);
        }

        private static readonly string[] GroupWords = { "group", "militia", "faction", "force", "unit", "army", "party", "movement", "cell" };
    }

    /// <summary>One row of <see cref="EventRoles.SponsorPhrases"/>, with its example.</summary>
    internal sealed class SponsorPhraseRow
    {
        public SponsorPhraseRow(string words, string example, string kind, string[] parties)
        {
            var space = words.IndexOf(' ');
            (Tie, Preposition, Example, Kind, Parties) = (words.Substring(0, space), words.Substring(space + 1), example, kind, parties);
        }

        /// <summary>The adjective or participle that ties the group to its sponsor ("loyal", "backed").</summary>
        public string Tie { get; }

        /// <summary>The preposition before the sponsor ("to", "by").</summary>
        public string Preposition { get; }

        /// <summary>An invented sentence in which a group tied to a sponsor acts.</summary>
        public string Example { get; }

        /// <summary>The kind of the act.</summary>
        public string Kind { get; }

        /// <summary>The act's parties: the sponsor is none of them.</summary>
        public string[] Parties { get; }
    }
}
