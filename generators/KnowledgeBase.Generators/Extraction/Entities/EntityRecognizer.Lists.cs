using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // A name listed with people is a person's: "the plaintiffs, Tavi Ulu, Mele Ulu and John Faasalu": coordination joins
    // like with like, and a list item that starts with a given name shows what the list holds.
    internal sealed partial class EntityRecognizer
    {
        // A list is read for at most this many items either side: news lists of people are short.
        private const int ListItemsRead = 5;

        /// <summary>
        /// Whether the name at [start, end) of two or more words is an item of a list ("," or "and" between items) in which
        /// another item is a person's full name: two or more capitalized words, the first a given name. With
        /// <paramref name="unknownToo"/>, a name of two or three plain words ("Tarvo Keskel and Orsk Lavid") is listed with a
        /// person when another item is such a name too: two unknown full names joined are two people, not two organizations.
        /// </summary>
        private static bool ListedWithAPerson(List<Token> tokens, int start, int end, bool unknownToo)
        {
            if (end - start < 2 || Gazetteer.IsOrganizationHead(tokens[end - 1])) return false;
            // "Grateful Dead", "Black Sabbath": a name of common words only is a band's or a work's as often as a person's.
            if (IsCommonWord(tokens[start].Text) && IsCommonWord(tokens[end - 1].Text)) return false;
            var plain = unknownToo && IsPlainFullName(tokens, start, end);
            return PersonItemAfter(tokens, end, plain) || PersonItemBefore(tokens, start, plain);
        }

        // Two or three words shaped like a person's name, none an English word, a noun's plural ("Tribes", "Rangers") nor a name
        // the gazetteer knows ("Tarvo Keskel").
        private static bool IsPlainFullName(List<Token> tokens, int start, int end)
        {
            if (end - start > 3 || !LooksLikePersonName(tokens, start, end)) return false;
            for (var i = start; i < end; i++)
                if (tokens[i].IsAllCaps || IsCommonWord(tokens[i].Text) || IsNounPlural(tokens[i].Lower) || MatchGazetteer(tokens, i, i + 1, out _) > 0
                    || MatchDemonym(tokens, i, i + 1, out _) > 0) return false;
            return true;
        }

        private static bool IsNounPlural(string lower) =>
            lower.Length > 3 && lower[lower.Length - 1] == 's' && lower[lower.Length - 2] != 's'
            && Lexicon.WordClassLexicon.Instance.Priors(lower.Substring(0, lower.Length - 1)).Noun > 0;

        private static bool PersonItemAfter(List<Token> tokens, int at, bool plain)
        {
            for (var item = 0; item < ListItemsRead; item++)
            {
                at = PastSeparator(tokens, at);
                if (at < 0) return false;
                var runEnd = at;
                while (runEnd < tokens.Count && tokens[runEnd].IsCapitalized) runEnd++;
                if (runEnd == at) return false;
                if (IsFullPersonName(tokens, at, runEnd) || plain && IsPlainFullName(tokens, at, runEnd)) return true;
                at = runEnd;
            }
            return false;
        }

        private static bool PersonItemBefore(List<Token> tokens, int at, bool plain)
        {
            for (var item = 0; item < ListItemsRead; item++)
            {
                var runEnd = SeparatorBefore(tokens, at);
                if (runEnd < 0) return false;
                var runStart = runEnd;
                while (runStart > 0 && tokens[runStart - 1].IsCapitalized) runStart--;
                if (runStart == runEnd) return false;
                if (IsFullPersonName(tokens, runStart, runEnd) || plain && IsPlainFullName(tokens, runStart, runEnd)) return true;
                at = runStart;
            }
            return false;
        }

        // ",", "and" or ", and" from `at`: the index after it, or -1.
        private static int PastSeparator(List<Token> tokens, int at)
        {
            var i = at;
            if (i < tokens.Count && tokens[i].IsPunct(',')) i++;
            if (i < tokens.Count && tokens[i].Is("and")) i++;
            return i > at && i < tokens.Count ? i : -1;
        }

        // ",", "and" or ", and" ending right before `at`: the index where it starts, or -1.
        private static int SeparatorBefore(List<Token> tokens, int at)
        {
            var i = at;
            if (i > 0 && tokens[i - 1].Is("and")) i--;
            if (i > 0 && tokens[i - 1].IsPunct(',')) i--;
            return i < at && i > 0 ? i : -1;
        }

        private static bool IsFullPersonName(List<Token> tokens, int start, int end) =>
            end - start >= 2 && end - start <= 4 && GivenNames.Contains(tokens[start]) && !Gazetteer.IsOrganizationHead(tokens[end - 1]);
    }
}
