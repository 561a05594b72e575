
namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "the University of Ostrel at Marnhill (UOM)", "Velden College in Tarsk": a campus or town after an organization's name is
    /// part of its address, not a party of its own. The campus is a place's name or up to <see cref="MaxCampusWords"/>
    /// capitalized words no name covers; read forward from the name's end (a list of authors) or back from the campus (a
    /// list of actors read right to left).
    /// </summary>
    internal static class CampusAddress
    {
        private const int MaxCampusWords = 3;

        /// <summary>
        /// The token after the campus or town that starts at <paramref name="i"/> ("at"/"in" and its name, ending before a
        /// bracket, "and" or a comma when it is unnamed words); <paramref name="i"/> when none starts there.
        /// </summary>
        internal static int After(SentenceInfo s, int i)
        {
            var tokens = s.Tokens;
            if (i + 1 >= tokens.Count || !(tokens[i].Is("at") || tokens[i].Is("in"))) return i;
            if (s.MentionAt(i + 1) is { Entity.Kind: EntityKind.Place } place) return place.TokenEnd;
            var k = i + 1;
            while (k < tokens.Count && k - i <= MaxCampusWords && IsUnnamedCapitalized(s, k)) k++;
            return k > i + 1 && k < tokens.Count && (tokens[k].IsPunct('(') || tokens[k].Is("and") || tokens[k].IsPunct(',')) ? k : i;
        }

        /// <summary>
        /// The organization's last token when <paramref name="at"/> ends a campus after "at" that follows it (not before
        /// <paramref name="start"/>); <paramref name="at"/> when there is no such campus.
        /// </summary>
        internal static int OrganizationBefore(SentenceInfo s, int at, int start)
        {
            var tokens = s.Tokens;
            var k = at;
            if (s.MentionAt(at) is { Entity.Kind: EntityKind.Place, IsDemonym: false } place) k = place.TokenStart - 1;
            else
                while (k > start && at - k < MaxCampusWords && IsUnnamedCapitalized(s, k)) k--;
            if (k == at || k - 1 <= start || !tokens[k].Is("at")) return at;
            return s.MentionAt(k - 1) is { Entity.Kind: EntityKind.Organization } ? k - 1 : at;
        }

        private static bool IsUnnamedCapitalized(SentenceInfo s, int k) => s.Tokens[k].IsWord && s.Tokens[k].StartsUpper && s.MentionAt(k) is null;
    }
}
