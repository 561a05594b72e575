using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Analysis;

namespace KnowledgeBase.Generators.Extraction
{
    // A cue word inside a noun phrase: "the NRS signal received from ...", "Velland voice actor Mira Holt", "member states had asked".
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// "the NRS signal received from the port", "Velland voice actor Mira Holt laughed": the base form of a cue (not its "-s"
        /// form) right after one capitalized word that opens the sentence or follows "the", which is no plural ("Scientists
        /// report") and no speaking group ("Police say"), is a noun that the name modifies; a singular name takes "-s" as its
        /// verb ("the NRS signals"). Names after a preposition ("scientists from Velden University say") keep their cue.
        /// </summary>
        private static bool NameModifiesBaseForm(List<Token> tokens, int c, string lemma)
        {
            if (c == 0 || !tokens[c].Text.Equals(lemma, System.StringComparison.OrdinalIgnoreCase)) return false;
            var name = tokens[c - 1];
            if (!name.IsCapitalized || name.Text.EndsWith("s", System.StringComparison.Ordinal) || IsA(name, QuoteWords.SpeakingGroup)) return false;
            return c == 1 || tokens[c - 2].Is("the");
        }

        /// <summary>
        /// "Seven member states had asked to house it": content that opens right after the cue with a finite "be", "have" or "do"
        /// or a modal has no subject of its own; the cue word is the noun that is the subject ("states"), and nothing is
        /// reported. A capitalized word there is a name or a month ("announced May 4 as ..."); "having", "being" open a
        /// gerund's clause ("recalled having met her"). A relative word before the cue ("a curfew, which the mayor said
        /// would end by May") or a dash ("the Velden reef — the survey noted was the largest") takes the content's subject out of
        /// it, and the cue reports as before.
        /// </summary>
        private static bool OpensWithAuxiliary(SentenceInfo s, int c, int start)
        {
            var tokens = s.Tokens;
            if (start != c + 1 || start >= tokens.Count || tokens[start].IsCapitalized) return false;
            var a = s.Analysis;
            var finite = a.TagAt(start) == Tag.Modal
                || a.TagAt(start) is Tag.Auxiliary or Tag.Verb && a.LemmaAt(start) is "be" or "have" or "do"
                    && (a.Tags.Forms[start] is VerbForm.Past or VerbForm.ThirdSingular || a.Tags.Forms[start] == VerbForm.Base && a.LemmaAt(start) == "be" && !tokens[start].Is("be"));
            if (!finite) return false;
            for (var i = c - 1; i >= 0 && !tokens[i].IsPunct(';') && !tokens[i].IsPunct(':'); i--)
                if (a.TagAt(i) == Tag.WhWord || tokens[i].Is("that") || tokens[i].Is("as") || tokens[i].Is("than") || IsDash(tokens[i])) return false;
            return true;
        }

        private static bool IsDash(Token t) => t.Kind == TokenKind.Punctuation && t.Text is "—" or "–" or "-" or "--";
    }
}
