using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    /// <summary>
    /// A company's or a party's name made of a name and a country after it, with an invented example: <paramref name="Example"/>
    /// names the organization <paramref name="Name"/>, and no place of that country; the rule tests run it.
    /// </summary>
    internal sealed record NationalBranchRow(string Construction, string Example, string Name);

    // "Velcor Canada", "the Clean Future Australia party": a name the country ends is one organization, not a name and a country.
    internal sealed partial class EntityRecognizer
    {
        internal static readonly NationalBranchRow[] NationalBranchRows =
        {
            new("a known organization, then a country: its branch there",
                "The storm was first reported by Reuters Japan on Sunday evening.", "Reuters Japan"),
            new("a word no lexicon knows, then a country: a firm's national company",
                "Its auditor, Brekkon USA, refused to hand over the ledgers.", "Brekkon USA"),
            new("capitalized common words mid-sentence, then a country: a party or a movement",
                "Marta Oskarsen stood for the Clean Future Australia party in the by-election.", "Clean Future Australia"),
        };

        /// <summary>The most words of the name before the country ("Clean Future").</summary>
        private const int MaxBranchNameTokens = 2;

        /// <summary>
        /// "Reuters Japan reported", "its auditor, Brekkon USA,": a run of a known organization, or of one or two capitalized words that
        /// are no known name, title, given name, demonym or direction, then a country's name ending the run, is one organization.
        /// "in Orsk Norway" (a town and its country after a place preposition), "Sydney Australia" (a known place), "New Mexico"
        /// (a known name running into the country's) and "Listed US states" (an English word capitalized by the sentence start) are not.
        /// </summary>
        private bool TryNationalBranchRun(SentenceInfo s, int start, int end, bool restricted)
        {
            var tokens = s.Tokens;
            if (end - start < 2 || end - start > MaxBranchNameTokens + 3) return false;
            for (var k = start + 1; k <= start + MaxBranchNameTokens && k < end; k++)
            {
                if (MatchGazetteer(tokens, k, end, out var country) != end - k || country!.Kind != GazetteerKind.Country) continue;
                var spanned = MatchGazetteer(tokens, start, end, out var named);
                if (spanned > k - start) return false; // "New Mexico": a known name runs into the country's
                var known = spanned == k - start && named!.Kind == GazetteerKind.Organization;
                if (!known && !IsUnknownBranchName(tokens, start, k)) return false;
                if (restricted) return true;
                var branch = AddMention(s, start, end, EntityKind.Organization, Join(tokens, start, end), isDemonym: false);
                // "Brekkon USA ... Brekkon said"; not "Clean Future", whose words are common ones.
                if (!known && !HasCommonWord(tokens, start, k)) AddForm(branch, Join(tokens, start, k));
                return true;
            }
            return false;
        }

        private static bool IsEnglishWord(string word) => IsCommonWord(word) || Lexicon.WordClassLexicon.Instance.Priors(word.ToLowerInvariant()).Total > 0;

        private static bool HasCommonWord(List<Token> tokens, int start, int end)
        {
            for (var i = start; i < end; i++)
                if (IsEnglishWord(tokens[i].Text)) return true;
            return false;
        }

        // Words that name nothing else, after no place preposition ("in Orsk Norway"), and not a common word capitalized by the sentence start.
        private static bool IsUnknownBranchName(List<Token> tokens, int start, int end)
        {
            if (start > 0 && tokens[start - 1].IsWord && (IsPlacePreposition(tokens[start - 1]) || tokens[start - 1].Is("at"))) return false;
            if (start > 0 && tokens[start - 1].Text.Length > 0 && char.IsDigit(tokens[start - 1].Text[0])) return false; // "the 21st Century Velland"

            if ((IsClauseStart(tokens, start) || tokens[start - 1].IsPunct('.')) && IsEnglishWord(tokens[start].Text)) return false; // "Listed US states"

            for (var i = start; i < end; i++)
            {
                var t = tokens[i];
                if (!t.IsWord || !t.IsCapitalized || Titles.IsTitleWord(t) || Titles.IsRoleNoun(t) || CommonWords.IsFunctionWord(t) || GivenNames.Contains(t)
                    || IsA(t, EntityWords.Direction) || Gazetteer.IsNonEntityAdjective(t.Text) || IsCapitalizedPlaceWord(t)
                    || MatchGazetteer(tokens, i, end, out _) > 0 || MatchDemonym(tokens, i, end, out _) > 0) return false;
            }
            return true;
        }
    }
}
