using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeBase.Generators.Extraction.Lexicon;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>What one step of a CAMEO verb pattern asks of the words.</summary>
    internal enum PatternStepKind : byte
    {
        /// <summary>Words in a row ("cease fire", "air_strike", "{arms shipment}", or the preposition of "(to +)").</summary>
        Words,

        /// <summary>The preposition opening a prepositional phrase ("to" of "(to +)"): the word used as a preposition.</summary>
        Preposition,

        /// <summary>A member of a synonym set ("&amp;CURRENCY").</summary>
        Synset,

        /// <summary>The target actor, '+': a named party.</summary>
        Target,
    }

    /// <summary>One step of a parsed pattern.</summary>
    internal readonly struct PatternStep
    {
        public PatternStep(PatternStepKind kind, string[] words, string? synset, bool bare = false)
        {
            Kind = kind;
            Words = words;
            Synset = synset;
            IsBare = bare;
            var members = synset is null ? NoMembers : SynsetWords.Of(synset);
            Members = members.Phrases;
            FirstWords = members.FirstWords;
        }

        private static readonly SynsetWords NoMembers = new(Array.Empty<string[]>());

        /// <summary>The first words of the members: a token that is none of them starts no member.</summary>
        public HashSet<string> FirstWords { get; }

        /// <summary>The member phrases of the synonym set, split into words once.</summary>
        public string[][] Members { get; }

        public PatternStepKind Kind { get; }
        public string[] Words { get; }
        public string? Synset { get; }

        /// <summary>A preposition alone in its phrase ("(to)"): its object must be named ("went to Velden", not "to 40 percent").</summary>
        public bool IsBare { get; }
    }

    /// <summary>A synonym set's member phrases split into words, and their first words; made once per set and process.</summary>
    internal sealed class SynsetWords
    {
        private static readonly Dictionary<string, SynsetWords> Sets = new(StringComparer.Ordinal);

        public SynsetWords(string[][] phrases)
        {
            Phrases = phrases;
            foreach (var phrase in phrases) FirstWords.Add(phrase[0]);
        }

        public string[][] Phrases { get; }
        public HashSet<string> FirstWords { get; } = new(StringComparer.OrdinalIgnoreCase);

        // The first words of every set's members: a word that is none of them starts no member of any set (kept per word form).
        private static readonly Lazy<HashSet<string>> AllFirstWords = new(BuildAllFirstWords, LazyThreadSafetyMode.ExecutionAndPublication);

        /// <summary>Whether some member of some synonym set begins with <paramref name="word"/> (any case).</summary>
        public static bool IsAnyFirstWord(string word) => AllFirstWords.Value.Contains(word);

        private static HashSet<string> BuildAllFirstWords()
        {
            var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var name in CameoVerbLexicon.Instance.SynsetNames) words.UnionWith(Of(name).FirstWords);
            return words;
        }

        public static SynsetWords Of(string synset)
        {
            lock (Sets)
            {
                if (Sets.TryGetValue(synset, out var words)) return words;
                var members = CameoVerbLexicon.Instance.SynsetMembers(synset);
                var phrases = new string[members.Count][];
                for (var i = 0; i < phrases.Length; i++) phrases[i] = members[i].Split(' ');
                Sets.Add(synset, words = new SynsetWords(phrases));
                return words;
            }
        }
    }

    /// <summary>
    /// A CAMEO verb pattern read as PETRARCH2 reads it (its docs/source/dictionaries.rst): the steps before the verb
    /// ('*') must occur, in order, before it in its clause, the steps after it after it ("* (to +)": "to", then a named
    /// party). '$', '^' and '-' ask for nothing a clause does not already give; a pattern with more steps is more specific.
    /// </summary>
    internal sealed class ParsedPattern
    {
        private ParsedPattern(CameoPattern source, PatternStep[] before, PatternStep[] after, string code)
        {
            Source = source;
            Before = before;
            After = after;
            Code = code;
            Codes = code != CameoVerbLexicon.NullCode;
            NamesItsObject = Array.Exists(after, static s => s.Kind == PatternStepKind.Synset || s.Kind == PatternStepKind.Words && Array.Exists(s.Words, static w => Array.IndexOf(Particles, w) < 0));
            HasSynsetAfter = Array.Exists(after, static s => s.Kind == PatternStepKind.Synset);
            NamesTarget = Array.Exists(after, static s => s.Kind == PatternStepKind.Target);
        }

        public CameoPattern Source { get; }
        public PatternStep[] Before { get; }
        public PatternStep[] After { get; }

        /// <summary>The code for the source acting on the target ("042" of "042:043"), "---" for a null pattern.</summary>
        public string Code { get; }

        /// <summary>Whether <see cref="Code"/> codes something (not "---"): kept, so the scans over many patterns need not read the code's string.</summary>
        public bool Codes { get; }

        public int Specificity => Before.Length + After.Length;

        /// <summary>The words and prepositions the steps after the verb name: all must be among the words after it.</summary>
        public string[] WordsAfter { get; private set; } = Array.Empty<string>();

        /// <summary>Whether a step after the verb is the target, a named party ('+'): the pattern matches nowhere without one after the verb.</summary>
        public bool NamesTarget { get; }

        /// <summary>Whether a step after the verb is a synonym set's member ("send * &amp;MILITARY").</summary>
        public bool HasSynsetAfter { get; }

        /// <summary>
        /// "give * aid", "send * &amp;MILITARY": the pattern names what the verb acts on, so it reads even a verb of many uses;
        /// a particle or a preposition alone ("reach * out", "lead * to") makes an idiom whose sense the dictionary's time may not share.
        /// </summary>
        public bool NamesItsObject { get; }

        // Particles and prepositions name no object: "reach * out", "lead * to".
        private static readonly string[] Particles = { "out", "up", "off", "back", "down", "over", "in", "on", "away", "through", "along", "around", "forward", "aside", "to", "for", "with", "of", "by", "at", "from", "into", "against" };

        internal static ParsedPattern Parse(CameoPattern pattern)
        {
            var before = new List<PatternStep>();
            var after = new List<PatternStep>();
            var steps = before;
            var phrase = new List<string>();
            var grouped = false; // inside "{...}": the words form one phrase
            foreach (var raw in pattern.Text.Split(' '))
            {
                var piece = raw;
                if (piece == "*")
                {
                    Flush(phrase, steps);
                    steps = after;
                    continue;
                }
                var opensGroup = piece.StartsWith("(", StringComparison.Ordinal) || piece.StartsWith("{", StringComparison.Ordinal);
                if (opensGroup && !grouped) Flush(phrase, steps);
                grouped |= piece.StartsWith("{", StringComparison.Ordinal);
                var closesGroup = piece.EndsWith("}", StringComparison.Ordinal) || piece.EndsWith(")", StringComparison.Ordinal);
                piece = piece.Trim('(', ')', '{', '}');
                if (piece.Length == 0 || piece == "$" || piece == "^" || piece == "-") { Flush(phrase, steps); continue; }
                if (piece == "+") { Flush(phrase, steps); steps.Add(new PatternStep(PatternStepKind.Target, Array.Empty<string>(), null)); }
                else if (piece[0] == '&') { Flush(phrase, steps); steps.Add(new PatternStep(PatternStepKind.Synset, Array.Empty<string>(), piece)); }
                else if (raw.StartsWith("(", StringComparison.Ordinal))
                {
                    // "(to +)": "to" used as a preposition, then a party.
                    Flush(phrase, steps);
                    steps.Add(new PatternStep(PatternStepKind.Preposition, new[] { piece }, null, raw.EndsWith(")", StringComparison.Ordinal)));
                }
                else
                {
                    phrase.AddRange(piece.Split('_'));
                    if (!grouped) Flush(phrase, steps);
                }
                if (closesGroup)
                {
                    Flush(phrase, steps);
                    grouped = false;
                }
            }
            Flush(phrase, steps);
            var words = new List<string>();
            foreach (var step in after)
                if (step.Kind is PatternStepKind.Words or PatternStepKind.Preposition) words.AddRange(step.Words);
            return new ParsedPattern(pattern, before.ToArray(), after.ToArray(), FirstCode(pattern.Codes)) { WordsAfter = words.ToArray() };
        }

        private static void Flush(List<string> phrase, List<PatternStep> steps)
        {
            if (phrase.Count == 0) return;
            steps.Add(new PatternStep(PatternStepKind.Words, phrase.ToArray(), null));
            phrase.Clear();
        }

        private static string FirstCode(IReadOnlyList<string> codes)
        {
            var code = codes.Count == 0 ? CameoVerbLexicon.NullCode : codes[0];
            var colon = code.IndexOf(':');
            // ":051" codes only the target's act on the source: nothing the subject did, so nothing to code here.
            if (colon == 0) return CameoVerbLexicon.NullCode;
            if (colon > 0) code = code.Substring(0, colon);
            return code.TrimEnd('!');
        }
    }
}
