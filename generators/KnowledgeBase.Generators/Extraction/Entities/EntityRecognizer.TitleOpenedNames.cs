using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction
{
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// "the General Supplies Administration", "Major Harbour League": a rank word that opens an organization's name before
        /// more words of the name is part of it, no title of a person; before a given name or a person the article names it is
        /// one ("General Mira Tamm Academy" is the academy of a person).
        /// </summary>
        private bool TitleOpensName(List<Token> tokens, int at, int head)
        {
            if (!Titles.IsPersonTitle(tokens[at]) || at + 1 >= head) return false;
            var next = tokens[at + 1];
            return next.IsCapitalized && !next.IsAllCaps && !Titles.IsTitleWord(next) && !GivenNames.Contains(next)
                && KnownEntityFor(next.Text) is not { Kind: EntityKind.Person };
        }
    }
}
