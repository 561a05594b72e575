using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction
{
    // "Mirek Halvan, president of the Norvian Chess Federation": a role told in the apposition after a name is the person's
    // as much as a title before it, so "the federation president said" later finds him.
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// The roles of the apposition opening with a comma at <paramref name="end"/>: past an article, up to five words
        /// (qualifiers, a possessive, the role nouns) whose last role noun or title ends the phrase before "of", "at", "for",
        /// "in", "and", "who" or punctuation. "Ana Voss, President Tomas Brell and ...": a role before a name is that name's.
        /// </summary>
        private static void AddAppositiveRoles(List<Token> tokens, int end, EntityDraft person)
        {
            if (end + 1 >= tokens.Count || !tokens[end].IsPunct(',')) return;
            var k = end + 1;
            if (tokens[k].Is("a") || tokens[k].Is("an") || tokens[k].Is("the")) k++;
            List<string>? roles = null;
            var ended = false;
            for (var limit = k + 5; k < tokens.Count && k < limit; k++)
            {
                var t = tokens[k];
                if (t.Kind == TokenKind.Possessive) continue;
                var isRole = t.IsWord && (t.IsCapitalized ? Titles.IsPersonTitle(t.Text) : Titles.IsRoleNoun(t));
                if (isRole) { (roles ??= new List<string>()).Add(t.Lower); continue; }
                if (IsAppositionEnd(t)) { ended = true; break; }
                // A name after the role is the role's holder; any other word only qualifies the role.
                if (!t.IsWord || roles is not null && t.IsCapitalized || !t.IsCapitalized && CommonWords.IsFunctionWord(t)) return;
            }
            if (roles is null || !ended && k < tokens.Count) return;
            foreach (var role in roles) person.AddRole(role);
        }

        private static bool IsAppositionEnd(in Token t) =>
            t.Kind == TokenKind.Punctuation || t.Is("of") || t.Is("at") || t.Is("for") || t.Is("in") || t.Is("and") || t.Is("who") || t.Is("with") || t.Is("from");
    }
}
