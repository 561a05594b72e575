using System;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // A cue's past form opening the object of the verb before it: "to extradite accused smugglers", "shielding alleged fraudsters".
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// "The treaty lets Ostland extradite accused smugglers", "a charity shielding alleged fraudsters": a past form right after a
        /// lower-case verb's base or "-ing" form (no auxiliary, no cue) and before a noun, or an adjective and a noun, opens that
        /// verb's object and describes its noun; nobody's words are reported. A finite past right after a base or "-ing" form
        /// would need a subject between them.
        /// </summary>
        private static bool OpensTheObjectOfAVerb(SentenceInfo s, int c)
        {
            var tokens = s.Tokens;
            if (c == 0 || c + 1 >= tokens.Count || !tokens[c].Text.EndsWith("ed", StringComparison.Ordinal)) return false;
            var previous = tokens[c - 1];
            if (!previous.IsWord || previous.IsCapitalized || s.Analysis.TagAt(c - 1) != Analysis.Tag.Verb || CueVerbs.Lemma(previous) is not null
                || s.Analysis.Tags.Forms[c - 1] is not (Analysis.VerbForm.Base or Analysis.VerbForm.Gerund) || IsNoMainVerb(s, c - 1)) return false;
            var noun = c + 1;
            if (noun + 1 < tokens.Count && s.Analysis.TagAt(noun) == Analysis.Tag.Adjective && !tokens[noun].IsCapitalized) noun++;
            return tokens[noun].IsWord && !tokens[noun].IsCapitalized && s.Analysis.TagAt(noun) == Analysis.Tag.Noun;
        }

        // "being accused", "getting arrested": a form of "be", "have", "do" or "get" (by the analysis' lemma) helps the past form after
        // it. Not the verb groups: where they read the past form as an adjective ("being alleged fraudsters"), "being" heads its own.
        private static bool IsNoMainVerb(SentenceInfo s, int v) => s.Analysis.LemmaAt(v) is "be" or "have" or "do" or "get";
    }
}
