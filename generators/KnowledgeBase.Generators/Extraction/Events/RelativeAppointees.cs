using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "Louis Orban, a banker whom President Ana Ruiz appointed to the post in 2017, resigned": an appointment told in a relative
    /// clause that describes a person has that person for the one appointed (its object is the name the clause hangs on), after
    /// who appoints. With "whom" or "that" ("Louis Orban, whom Ruiz appointed in 2017") or, without one, when a noun phrase
    /// opened by an article or a possessive stands between the comma and the appointer ("Louis Orban, a banker Ruiz appointed to
    /// the post"). Not when an object follows the verb ("whom Ruiz praised after she appointed Vell").
    /// </summary>
    internal static class RelativeAppointees
    {
        // How many words the noun phrase before the appointer may have: "a Republican fundraiser", "her longtime aide".
        private const int MaxDescriptionWords = 6;

        /// <summary>Adds the person the relative clause describes to an appointment whose only participant is its appointer; returns the list.</summary>
        internal static List<EntityDraft> With(SentenceInfo s, int t, EventTrigger trigger, List<EntityDraft> participants)
        {
            if (trigger.IsNoun || trigger.Cameo != "000" || trigger.Kind is not ("appointment" or "hiring") || participants.Count != 1 || !NoObjectAfter(s.Tokens, t)) return participants;
            if (s.MentionAt(t - 1) is not { } appointer || appointer.TokenEnd != t || appointer.Entity != participants[0]) return participants;
            if (Antecedent(s, appointer.TokenStart - 1) is { } appointee && appointee != participants[0]) participants.Add(appointee);
            return participants;
        }

        /// <summary>The person named right before the comma that opens the relative clause ending at <paramref name="k"/>, or null.</summary>
        private static EntityDraft? Antecedent(SentenceInfo s, int k)
        {
            var tokens = s.Tokens;
            while (k >= 0 && tokens[k].IsWord && (Titles.IsTitleWord(tokens[k]) || Titles.IsRoleNoun(tokens[k]))) k--; // "President Ana Ruiz"
            var introduced = k >= 0 && (tokens[k].Is("whom") || tokens[k].Is("that"));
            if (introduced) k--;
            var words = 0;
            for (; k >= 0 && tokens[k].IsWord && !tokens[k].Is("whom") && !tokens[k].Is("who") && !tokens[k].Is("which"); k--)
                if (++words > MaxDescriptionWords) return null;
            // "a banker", "the party's treasurer", "her aide": an appositive noun phrase.
            if (k < 1 || !tokens[k].IsPunct(',') || words > 0 && !ClauseReader.IsArticleOrPossessive(tokens[k + 1]) || words == 0 && !introduced) return null;
            return s.MentionAt(k - 1) is { Entity.Kind: EntityKind.Person, IsDemonym: false } m && m.TokenEnd == k ? m.Entity : null;
        }

        // "appointed to the post", "appointed in 2017", "appointed as ...", "appointed last year", "appointed ,": nothing the verb takes as its object.
        private static bool NoObjectAfter(List<Token> tokens, int t) =>
            t + 1 < tokens.Count && (tokens[t + 1].Kind == TokenKind.Punctuation || tokens[t + 1].Is("to") || tokens[t + 1].Is("as") || tokens[t + 1].Is("in")
                || tokens[t + 1].Is("on") || tokens[t + 1].Is("at") || tokens[t + 1].Is("last") || tokens[t + 1].Is("earlier"));
    }
}
