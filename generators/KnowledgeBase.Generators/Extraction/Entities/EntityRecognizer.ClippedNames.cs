using System;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // A name followed in brackets by a short form clipped from its words is one organization with two names.
    internal sealed partial class EntityRecognizer
    {
        /// <summary>The most words a clipped short form in brackets has ("Velden Tech").</summary>
        private const int MaxClippedFormTokens = 3;

        /// <summary>The longest clipped short form compared (the comparison tries each way of cutting it).</summary>
        private const int MaxClippedFormLength = 20;

        /// <summary>
        /// "the Norland Bureau of Tides and Storms (NorTides) said", "the Velden Institute of Technology (Velden Tech)":
        /// a short form in brackets made of the beginnings of the name's words, in order, is another name of what precedes it.
        /// Returns the token after the closing bracket, or <paramref name="end"/> when no such form follows.
        /// </summary>
        private int ClippedFormEnd(SentenceInfo s, int start, int end)
        {
            var tokens = s.Tokens;
            if (end + 2 >= tokens.Count || !tokens[end].IsPunct('(') || s.MentionAt(end - 1) is not { } named
                || !StartsRun(tokens, start, named) || named.Entity.Kind == EntityKind.Person) return end;
            var close = end + 1;
            while (close < tokens.Count && close - end - 1 < MaxClippedFormTokens && tokens[close].IsCapitalized) close++;
            if (close == end + 1 || close >= tokens.Count || !tokens[close].IsPunct(')')) return end;
            var form = Join(tokens, end + 1, close);
            if (form.Length < 3 || form.Length > MaxClippedFormLength || IsCommonAcronym(form) || IsGazetteerPlace(tokens, end + 1, close) || !ClipsWords(named.Entity.Name, form) && !IsCampusShortForm(named.Entity.Name, form)) return end;
            AddForm(named.Entity, form);
            Mention(s, end + 1, close, named.Entity, isDemonym: false, null);
            return close + 1;
        }

        /// <summary>Whether the mention is the whole run, or all of it but its opening "The" ("The Norland Sailing Federation (FNV)").</summary>
        private static bool StartsRun(System.Collections.Generic.List<Token> tokens, int start, Mention named) =>
            named.TokenStart == start || named.TokenStart == start + 1 && tokens[start].Is("the");

        /// <summary>
        /// Whether <paramref name="form"/> (spaces and hyphens aside) is the beginnings of some of <paramref name="name"/>'s words
        /// in their order, ignoring case: "NorTides" of "Norland Bureau of Tides and Storms". A form of one piece must be a whole word
        /// ("Ostrel" of "Velden Ostrel", not "Norway" of "Norwegian Tide Board").
        /// </summary>
        internal static bool ClipsWords(string name, string form)
        {
            var words = name.Split(new[] { ' ', '-' }, StringSplitOptions.RemoveEmptyEntries);
            var letters = form.Replace(" ", "").Replace("-", "");
            return letters.Length > 0 && ClipsFrom(words, 0, letters, 0, pieces: 0);
        }

        private static bool ClipsFrom(string[] words, int word, string letters, int at, int pieces)
        {
            if (at == letters.Length) return pieces > 1 || pieces == 1 && IsWholeWordPiece(words, word - 1, letters);
            for (var w = word; w < words.Length; w++)
            {
                var length = 0;
                while (length < words[w].Length && at + length < letters.Length && char.ToLowerInvariant(words[w][length]) == char.ToLowerInvariant(letters[at + length]))
                {
                    length++;
                    if (ClipsFrom(words, w + 1, letters, at + length, pieces + 1)) return true;
                }
            }
            return false;
        }

        // "VeFTA": three capitals or more, the first one first.
        private static bool IsMixedCaseAcronym(Token t)
        {
            if (!t.IsWord || t.Text.Length < 3 || !char.IsUpper(t.Text[0])) return false;
            var capitals = 0;
            foreach (var c in t.Text) if (char.IsUpper(c)) capitals++;
            return capitals >= 3;
        }

        // "Norland Tide Board (Norland)": a place in brackets is where the organization is, not its short name.
        private static bool IsGazetteerPlace(System.Collections.Generic.List<Token> tokens, int start, int end) =>
            Gazetteer.TryGetPlaceOrOrganization(tokens, start, end, out var entry) && entry.Kind != GazetteerKind.Organization;

        private static bool IsWholeWordPiece(string[] words, int word, string letters) => string.Equals(words[word], letters, StringComparison.OrdinalIgnoreCase);
    }
}
