using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction
{
    /// <summary>
    /// A division word written before the division's name (<paramref name="Word"/>), with an invented example:
    /// <paramref name="Example"/> names the place <paramref name="Name"/>; the rule tests run it.
    /// </summary>
    internal sealed record DivisionFirstRow(string Word, string Example, string Name);

    // "County Varrow", "County Ostrel and County Dunmere": the Irish way of naming a county puts the word first.
    internal sealed partial class EntityRecognizer
    {
        internal static readonly DivisionFirstRow[] DivisionFirstRows =
        {
            new("County", "Flood warnings were issued for County Varrow and County Dunmere on Monday.", "County Varrow"),
        };

        /// <summary>
        /// "County Varrow", "County Ostrel and County Dunmere": a run made only of a division word and one capitalized name
        /// after it (twice when "and" joins two) names each division, a place with the word in its name, not the town
        /// the name may also be. "County Council", "County Sheriff Jon Varga", "County Hall" (a head word, a title, a place
        /// word after it) and "Velden County" (the word last) are not.
        /// </summary>
        private bool TryDivisionFirstRun(SentenceInfo s, int start, int end, bool restricted)
        {
            var tokens = s.Tokens;
            for (var k = start; k < end; k += 3)
                if (!IsDivisionFirstAt(tokens, k, end) || k + 2 < end && !tokens[k + 2].Is("and")) return false;
            if (restricted) return true;
            for (var k = start; k < end; k += 3)
                AddMention(s, k, k + 2, EntityKind.Place, Join(tokens, k, k + 2), isDemonym: false);
            return true;
        }

        private static bool IsDivisionFirstAt(List<Token> tokens, int k, int end)
        {
            if (k + 2 > end || !IsDivisionFirstWord(tokens[k].Text)) return false;
            var name = tokens[k + 1];
            return name.IsWord && name.IsCapitalized && !name.IsAllCaps && !Titles.IsTitleWord(name) && !Titles.IsRoleNoun(name)
                && !Gazetteer.IsOrganizationHead(name) && !Gazetteer.IsPlaceSuffix(name.Text) && !IsCommonWord(name.Text);
        }

        private static bool IsDivisionFirstWord(string word)
        {
            foreach (var row in DivisionFirstRows)
                if (row.Word == word) return true;
            return false;
        }
    }
}
