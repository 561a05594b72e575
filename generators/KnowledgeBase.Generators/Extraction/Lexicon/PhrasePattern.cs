using System;
using System.Collections.Generic;
using System.Globalization;

namespace KnowledgeBase.Generators.Extraction.Lexicon
{
    /// <summary>
    /// The words before or after a phrase row's trigger word (event-phrases.tsv), as places separated by one space:
    /// <c>w1|w2</c> one of these words (any case) at the next place, <c>*</c> any one token, <c>~N w1|w2</c> one of
    /// the words within the next N tokens, and <c>!</c> before a place one that must not match there (it uses up no
    /// token). PETRARCH2's verb patterns (verb-patterns.tsv) are the model, kept to what the rows need.
    /// </summary>
    internal sealed class PhrasePattern
    {
        /// <summary>What <see cref="Match"/> returns when the words are not there (-1 is a place: before the first token).</summary>
        public const int NoMatch = int.MinValue;

        public static readonly PhrasePattern Empty = new PhrasePattern(Array.Empty<Place>(), string.Empty);

        private readonly Place[] _places;

        private PhrasePattern(Place[] places, string text)
        {
            _places = places;
            Text = text;
        }

        /// <summary>The pattern as the row writes it.</summary>
        public string Text { get; }

        /// <summary>
        /// Matches the places from the token at <paramref name="start"/> on: forwards (<paramref name="step"/> +1, the
        /// words after the trigger) or backwards from the last place (-1, the words before it, read outwards). Returns
        /// the index of the first token beyond the match in that direction, or <see cref="NoMatch"/>. Allocates nothing.
        /// </summary>
        public int Match(List<Token> tokens, int start, int step) => Match(tokens, step > 0 ? 0 : _places.Length - 1, start, step);

        // A window tries each place it may start at, nearest first, so that the places after it can still match.
        private int Match(List<Token> tokens, int index, int at, int step)
        {
            if (index < 0 || index >= _places.Length) return at;
            var place = _places[index];
            for (var i = 0; i < place.Window; i++)
            {
                var position = at + i * step;
                if (position < 0 || position >= tokens.Count) break;
                if (!place.Matches(tokens[position])) continue;
                if (place.IsNegated) return NoMatch;
                var end = Match(tokens, index + step, position + step, step);
                if (end != NoMatch) return end;
            }
            return place.IsNegated ? Match(tokens, index + step, at, step) : NoMatch;
        }

        /// <summary>Reads a pattern; null, with the reason, when it breaks the syntax.</summary>
        public static PhrasePattern? Parse(string text, out string? error)
        {
            error = null;
            if (text.Length == 0) return Empty;
            var parts = text.Split(' ');
            var places = new List<Place>();
            for (var i = 0; i < parts.Length; i++)
            {
                var part = parts[i];
                var negated = part.StartsWith("!", StringComparison.Ordinal);
                if (negated) part = part.Substring(1);
                var window = 1;
                if (part.StartsWith("~", StringComparison.Ordinal))
                {
                    if (!int.TryParse(part.Substring(1), NumberStyles.None, CultureInfo.InvariantCulture, out window) || window < 1 || i + 1 == parts.Length)
                        return Fail("'" + part + "' must be ~N (N at least 1) followed by the words", out error);
                    part = parts[++i];
                }
                if (!IsWords(part)) return Fail("'" + part + "' is neither * nor words separated by |", out error);
                places.Add(new Place(part == "*" ? null : part.Split('|'), window, negated));
            }
            return new PhrasePattern(places.ToArray(), text);
        }

        private static bool IsWords(string part)
        {
            if (part == "*") return true;
            foreach (var word in part.Split('|'))
                if (word.Length == 0 || word[0] is '~' or '!' or '*') return false;
            return true;
        }

        private static PhrasePattern? Fail(string reason, out string? error)
        {
            error = reason;
            return null;
        }

        /// <summary>One place of a pattern: its words (null: any token), how many tokens it may be found in, whether it must not match.</summary>
        private sealed class Place
        {
            private readonly string[]? _words;

            public Place(string[]? words, int window, bool negated)
            {
                _words = words;
                Window = window;
                IsNegated = negated;
            }

            public int Window { get; }
            public bool IsNegated { get; }

            public bool Matches(Token token)
            {
                if (_words is null) return true;
                foreach (var word in _words)
                    if (token.Is(word)) return true;
                return false;
            }
        }
    }
}
