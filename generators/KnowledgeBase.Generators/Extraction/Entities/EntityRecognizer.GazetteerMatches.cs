using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    internal sealed partial class EntityRecognizer
    {
        [ThreadStatic] private static GazetteerMatches? t_gazetteerMatches;

        private void ScanSentence(SentenceInfo s, bool restricted)
        {
            var matches = t_gazetteerMatches ??= new GazetteerMatches();
            matches.Begin(s.Tokens);
            try
            {
                ScanRuns(s, restricted);
            }
            finally
            {
                matches.End();
            }
        }

        /// <summary>
        /// The gazetteer name last found at each start of the sentence being scanned, and the end it was looked for before:
        /// a run's splitting asks for the name at the same start several times (the known part, the name chunk's loop, the
        /// run tests), and each asking builds joins and looks them up in the large name table. Kept only while
        /// <see cref="ScanSentence"/> scans the sentence; the thread's arrays are reused, their entries told apart by a stamp.
        /// </summary>
        private sealed class GazetteerMatches
        {
            private int _stamp;
            private int[] _asked = new int[64];
            private int[] _end = new int[64];
            private int[] _length = new int[64];
            private GazetteerEntry?[] _entry = new GazetteerEntry?[64];

            /// <summary>The tokens of the sentence being scanned (null between scans: nothing is kept or answered).</summary>
            public List<Token>? Tokens { get; private set; }

            public void Begin(List<Token> tokens)
            {
                if (_asked.Length < tokens.Count)
                {
                    var size = Math.Max(tokens.Count, 2 * _asked.Length);
                    _asked = new int[size];
                    _end = new int[size];
                    _length = new int[size];
                    _entry = new GazetteerEntry?[size];
                    _stamp = 0;
                }
                if (++_stamp == int.MaxValue)
                {
                    Array.Clear(_asked, 0, _asked.Length);
                    _stamp = 1;
                }
                Tokens = tokens;
            }

            public void End() => Tokens = null;

            /// <summary>
            /// The name found from <paramref name="start"/> before <paramref name="earlierEnd"/> is the one before
            /// <paramref name="end"/> when it fits there too and <paramref name="end"/> is no further: no longer join fitting
            /// before the earlier end matched, nor can one before this end.
            /// </summary>
            public bool TryGet(int start, int end, out int length, out GazetteerEntry? entry)
            {
                length = _length[start];
                entry = _entry[start];
                return _asked[start] == _stamp && end <= _end[start] && length <= end - start;
            }

            public void Keep(int start, int end, int length, GazetteerEntry? entry)
            {
                _asked[start] = _stamp;
                _end[start] = end;
                _length[start] = length;
                _entry[start] = entry;
            }
        }

        /// <summary>
        /// "Speaker of the House Jon Varga", "Secretary of the Treasury Mira Holt": a person's title, "of the" at
        /// <paramref name="of"/>, then three or more capitalized words (the body and a name) is one run, the titled person's;
        /// "the Minister of the Interior said" (one word after "the") and "Staff Attorney of the Vella Civil Foundation" (an
        /// organization's head word last) stay two runs.
        /// </summary>
        private static bool TitleOfTheBodyBeforeName(List<Token> tokens, int of)
        {
            if (!Titles.IsPersonTitle(tokens[of - 1])) return false;
            var k = of + 2;
            while (k < tokens.Count && tokens[k].IsCapitalized) k++;
            return k - (of + 2) >= 3 && !Gazetteer.IsOrganizationHead(tokens[k - 1]);
        }
    }
}
