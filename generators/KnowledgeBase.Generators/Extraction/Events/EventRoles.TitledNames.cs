using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "lost the race to former Chile Minister of Mines and Senator Ivo Brand": a place named before a capitalized title that a
    /// person's name ends says whose office the person holds; the person is the party, and the phrase that names the person
    /// starts at the place, however long the titles run between.
    /// </summary>
    internal static partial class EventRoles
    {
        /// <summary>
        /// The words that join the words of a title inside such a phrase ("Minister of Fisheries", "Senator and Governor",
        /// "Senator from Ohio"). Each row has an invented sentence with the act's kind and its parties (the dateline is Sunday,
        /// July 28, 2019); the rows run as tests.
        /// </summary>
        internal static readonly TitleLinkRow[] TitleLinks =
        {
            new("of", "Sven Dahl praised Norway Minister of Fisheries Liv Aune on Friday.", "praise", new[] { "Sven Dahl", "Liv Aune" }),
            new("and", "Mira Holt lost the primary on Monday to former Chile Minister of Mines and Senator Ivo Brand.", "primary", new[] { "Mira Holt", "Ivo Brand" }),
            new("from", "Karel Brandt criticized United States Senator from Ohio Ana Lind on Friday.", "criticism", new[] { "Karel Brandt", "Ana Lind" }),
        };

        // How many words a title may run between the place and the name.
        private const int TitleLength = 12;

        /// <summary>
        /// The person a place's name stands before, past a capitalized title ("Norway Minister of Fisheries Liv Aune": Liv Aune),
        /// or null. The title opens with a title word, holds at least one rank, and its words are title words, the
        /// <see cref="TitleLinks"/> and a capitalized word or a place after "of" or "from" ("Secretary of State", "Senator
        /// from Ohio"); "and" joins a second title to a first rank ("Senator and Governor"), never two places.
        /// </summary>
        internal static Mention? TitledPersonAfter(SentenceInfo s, Mention m)
        {
            if (m.IsDemonym || m.Entity.Kind != EntityKind.Place) return null;
            var tokens = s.Tokens;
            var rank = false;
            for (var i = m.TokenEnd; i < tokens.Count && i < m.TokenEnd + TitleLength; i++)
            {
                if (s.MentionAt(i) is { } next)
                {
                    if (next.TokenStart != i) return null;
                    if (next.Entity.Kind == EntityKind.Person) return rank || Titles.IsPersonTitle(tokens[i]) ? next : null;
                    // "Senator from Ohio", "and former United States Senator": a place inside the title, after a link or a title word.
                    if (next.Entity.Kind != EntityKind.Place || i == m.TokenEnd || !(IsTitleLink(tokens[i - 1]) || Titles.IsTitleWord(tokens[i - 1]))) return null;
                    i = next.TokenEnd - 1;
                    continue;
                }
                var w = tokens[i];
                if (!w.IsWord || i == m.TokenEnd && !Titles.IsTitleWord(w)) return null;
                if (Titles.IsPersonTitle(w)) rank = true;
                else if (Titles.IsTitleWord(w) || w.Is("the") && tokens[i - 1].Is("of")) continue;
                else if (IsTitleLink(w) ? w.Is("and") && !rank : !AfterLinkToAName(tokens, i)) return null;
            }
            return null;
        }

        /// <summary>Where the phrase that names a titled person starts: at the place before the title (<see cref="TitledPersonAfter"/>), else at the name.</summary>
        internal static int TitledPhraseStart(SentenceInfo s, Mention person)
        {
            if (person.Entity.Kind != EntityKind.Person) return person.TokenStart;
            foreach (var m in s.Mentions)
                if (m.TokenStart < person.TokenStart && m.TokenStart >= person.TokenStart - TitleLength - 3 && TitledPersonAfter(s, m) == person) return StartBeforeQualifier(s.Tokens, m.TokenStart);
            return person.TokenStart;
        }

        // "to former Chile Minister X", "to the Peru Minister X": the phrase opens before the place.
        private static int StartBeforeQualifier(List<Token> tokens, int start)
        {
            if (start > 0 && tokens[start - 1].Is("former")) start--;
            return start > 0 && tokens[start - 1].Is("the") ? start - 1 : start;
        }

        private static bool IsTitleLink(Token w)
        {
            foreach (var row in TitleLinks)
                if (w.Is(row.Word)) return true;
            return false;
        }

        // "Secretary of State", "Senator from Ohio": a name, or a capitalized word, right after a link other than "and".
        private static bool AfterLinkToAName(List<Token> tokens, int i) => i > 0 && IsTitleLink(tokens[i - 1]) && !tokens[i - 1].Is("and") && tokens[i].IsCapitalized;
    }

    /// <summary>One row of <see cref="EventRoles.TitleLinks"/>, with its example.</summary>
    internal sealed class TitleLinkRow
    {
        public TitleLinkRow(string word, string example, string kind, string[] parties) => (Word, Example, Kind, Parties) = (word, example, kind, parties);

        /// <summary>The word that joins the words of a title ("of", "and").</summary>
        public string Word { get; }

        /// <summary>An invented sentence in which a person is named after a place and a title with the word.</summary>
        public string Example { get; }

        /// <summary>The kind of the act.</summary>
        public string Kind { get; }

        /// <summary>The act's parties: the place is none of them.</summary>
        public string[] Parties { get; }
    }
}
