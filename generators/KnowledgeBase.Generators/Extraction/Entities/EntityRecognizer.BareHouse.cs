using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction
{
    // "the Speaker of the House", "the Senate and House": the US lower chamber named by its bare word.
    internal sealed partial class EntityRecognizer
    {
        private const string UsHouse = "United States House of Representatives";

        /// <summary>
        /// "Congress must act soon, the Speaker of the House, Lyle Varga, warned", "term limits for the Senate and House": in an
        /// article that names the US Congress, Senate or the United States and no other "House of ..." body (the House of
        /// Commons, a country's House of Representatives), "House" alone, capitalized, is the US lower chamber. It runs before
        /// the back-references, which would give "the House" to the White House or the House Oversight Committee.
        /// </summary>
        private void AddBareUsHouse()
        {
            if (!_entities.Exists(static e => e.Name is "United States Congress" or "United States Senate" or "United States")
                || _entities.Exists(static e => e.Kind == EntityKind.Organization && e.Name != UsHouse && (e.Name.Contains("House of") || e.Name.Contains("Parliament")))) return;
            EntityDraft? house = _entities.Find(static e => e.Name == UsHouse);
            foreach (var s in _sentences)
            {
                var tokens = s.Tokens;
                for (var i = 1; i < tokens.Count; i++)
                {
                    if (!IsBareHouseAt(tokens, i) || s.MentionAt(i) is not null) continue;
                    house ??= NewUsHouse(s);
                    Mention(s, i, i + 1, house, isDemonym: false, null);
                }
            }
        }

        // "the House said", "the Senate and House on Monday", not "the House Oversight Committee" nor "House of Lords" (longer names).
        private static bool IsBareHouseAt(List<Token> tokens, int i)
        {
            // The length first: it is kept in the token, the text is a read away.
            if (tokens[i].Length != 5 || tokens[i].Text != "House" || i + 1 < tokens.Count && tokens[i + 1].IsWord && (tokens[i + 1].IsCapitalized || tokens[i + 1].Is("of"))) return false;
            return tokens[i - 1].Is("the") || i >= 2 && tokens[i - 1].Is("and") && tokens[i - 2].Is("Senate");
        }

        private EntityDraft NewUsHouse(SentenceInfo s)
        {
            var house = new EntityDraft(UsHouse, EntityKind.Organization);
            var key = Key(EntityKind.Organization, NameVariants.Key(UsHouse));
            if (!_byKey.ContainsKey(key)) _byKey.Add(key, house);
            _entities.Add(house);
            house.First = s;
            Indexed(house, UsHouse);
            return house;
        }
    }
}
