using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Analysis
{
    internal static partial class OpenWordChoices
    {
        // Verbs whose object takes a bare infinitive ("let the peso float", "helped the town rebuild"): after them a
        // noun may be followed by a verb.
        private static readonly HashSet<string> BareInfinitiveVerbs = new(System.StringComparer.Ordinal)
        {
            "let", "make", "help", "see", "watch", "hear", "have", "feel", "notice",
        };

        private static readonly HashSet<string> ClauseOpeners = new(System.StringComparer.Ordinal) { "after", "before", "until", "till", "since", "as", "than" };

        /// <summary>
        /// "Chile joined the peace talks", "Berg arrived for a state visit": a word that can be a noun, after a noun, where the
        /// clause already has its verb before them, is the head of a compound and not a second finite verb ("talks" as
        /// "he talks"). A verb of saying or thinking may take a clause without "that" ("said the minister talks"), and one of
        /// letting or making an object with a bare infinitive ("let the peso float"); a past form may be a participle ("the
        /// deal signed"): those are left to the other choices.
        /// </summary>
        private static bool IsCompoundHeadInObject(List<Token> tokens, TokenTags tags, int i, WordEntry entry)
        {
            if (!entry.Can(OpenClass.Noun) || entry.CanBeForm(VerbForm.Past) || i == 0) return false;
            if (tags.Tags[i - 1] is not (Tag.Noun or Tag.ProperNoun)) return false;
            for (var p = i - 2; p >= 0 && p >= i - 12; p--)
            {
                switch (tags.Tags[p])
                {
                    case Tag.Punctuation or Tag.Conjunction or Tag.Subordinator or Tag.WhWord:
                        return false;
                    // "escaped after airstrikes hit the camp": a preposition that may open a clause.
                    case Tag.Preposition when ClauseOpeners.Contains(tokens[p].Lower):
                        return false;
                    case Tag.Auxiliary or Tag.Modal:
                        return true;
                    case Tag.Verb:
                        var lemma = tags.Lemmas[p];
                        return !BareInfinitiveVerbs.Contains(lemma) && !TakesClauseWithoutThat(tokens[p], lemma);
                }
            }
            return false;
        }

        // "said the minister talks", "believes the plan works"; a judgement ("condemned the terror attacks") or an
        // agreement ("agreed a ceasefire deal") takes its object, not a clause.
        private static bool TakesClauseWithoutThat(Token verb, string lemma) =>
            CueVerbs.Lemma(verb) is { } cue ? !CueVerbs.Describes(cue)
            : ClosedWordRules.IsCognitionVerb(lemma) && lemma is not ("agree" or "decide" or "ensure");
    }
}
