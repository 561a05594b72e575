using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction
{
    // The left conjunct of coordinated speakers: "Presidents Ana Vell of Ostland and Piet Marr of Velden announced ...".
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// The speaker of the left conjunct that <paramref name="last"/> closes: <paramref name="last"/> itself when no preposition
        /// governs it (an agent's "by" does not); the person an "of"/"from"/"at" phrase describes ("Ana Vell of Ostland", "Judge Karel
        /// Dorn of the Velden High Court"), when that person is no preposition's object itself; else null ("researchers from
        /// Velden University", "the daughter of Ana Vell of Ostland").
        /// </summary>
        private static Mention? ConjunctHead(SentenceInfo s, Mention last)
        {
            var tokens = s.Tokens;
            var p = last.TokenStart - 1;
            if (p > 0 && tokens[p].Is("the")) p--;
            if (p < 0 || !IsPreposition(tokens[p]) || tokens[p].Is("by")) return last;
            if (p == 0 || !(tokens[p].Is("of") || tokens[p].Is("from") || tokens[p].Is("at"))) return null;
            return s.MentionAt(p - 1) is { Entity.Kind: EntityKind.Person, IsDemonym: false } person && person.TokenEnd == p
                && (person.TokenStart == 0 || !IsPreposition(tokens[person.TokenStart - 1])) ? person : null;
        }
    }
}
