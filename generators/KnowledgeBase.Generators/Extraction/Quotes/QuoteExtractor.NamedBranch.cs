using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // A place written right after an organization's name: a branch or campus named by its place ("the Velden Trust Peru").
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// "Scientists from the Velden Trust Peru estimate ...", "researchers at Velden College London said ...": whether the place
        /// <paramref name="mention"/> closes the name of the organization mentioned right before it (the name recognizer read the two
        /// apart), so that the place is no subject of its own and the subject is looked for from the organization on. Only after a
        /// preposition or at the sentence start: after a verb ("He told Velden Radio Peru would ...") the place opens its own clause.
        /// </summary>
        private static bool ClosesOrganizationName(SentenceInfo s, Mention mention)
        {
            if (mention.Entity.Kind != EntityKind.Place || mention.IsDemonym || mention.TokenStart < 1) return false;
            if (s.MentionAt(mention.TokenStart - 1) is not { } organization || organization.Entity.Kind != EntityKind.Organization || organization.TokenEnd != mention.TokenStart) return false;
            var before = organization.TokenStart - 1;
            if (before >= 0 && s.Tokens[before].Is("the")) before--;
            return before < 0 || IsPreposition(s.Tokens[before]);
        }
    }
}
