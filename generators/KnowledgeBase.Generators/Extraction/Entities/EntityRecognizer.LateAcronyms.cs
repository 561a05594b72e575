using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction
{
    // A name that became an organization only once the article was read still owns the acronym in brackets after it.
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// "the minister said the Tarnow Freight Railway (TFR) would add trains": a name with no head word is an organization
        /// only after every sentence is read, so the bracket after it found no mention to join. Once names are resolved, an
        /// acronym in brackets right after an organization's or a place's mention that spells its initials is that entity's
        /// other name; an entity named only by the acronym ("TFR denied it") is the same one.
        /// </summary>
        private void LinkLateAcronyms()
        {
            foreach (var s in _sentences)
            {
                var tokens = s.Tokens;
                for (var m = 0; m < s.Mentions.Count; m++)
                {
                    var named = s.Mentions[m];
                    var at = named.TokenEnd;
                    if (named.Entity.Kind == EntityKind.Person || !IsBracketAcronymAt(tokens, at) || !SpellsAnyForm(named.Entity, tokens[at + 1].Text)) continue;
                    var acronym = tokens[at + 1].Text;
                    var had = s.MentionAt(at + 1);
                    if (had is not null && had.Entity != named.Entity && had.Entity.Name == acronym && had.Entity.Kind != EntityKind.Person) MergeInto(had.Entity, named.Entity);
                    else if (had is not null) continue;
                    AddForm(named.Entity, acronym);
                    if (s.MentionAt(at + 1) is null) Mention(s, at + 1, at + 2, named.Entity, isDemonym: false, null);
                }
            }
            ExpandLoneAcronyms();
        }

        // "( TFR )": an acronym alone in brackets at the token.
        private static bool IsBracketAcronymAt(List<Token> tokens, int at) =>
            at + 2 < tokens.Count && tokens[at].IsPunct('(') && (tokens[at + 1].IsAllCaps || IsMixedCaseAcronym(tokens[at + 1])) && tokens[at + 2].IsPunct(')')
            && !IsCommonAcronym(tokens[at + 1].Text);
    }
}
