using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Analysis;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "Mara Ruiz will send the harbour bill to the congress", "Lina Berg sent the bill to the senate": a bill brought to a legislature
    /// the sentence names only by its noun goes to the body the article named with that noun (the Norland Congress), as a
    /// bill sent "to the Ostland Senate" takes that senate: the one who brings it, then the legislature.
    /// </summary>
    internal static class LegislatureSentTo
    {
        // Words from the act to "to the": "sent a bill to", "present the harbour bill to"; any punctuation ends the search.
        private const int Window = 6;

        internal static void Add(EventDraft draft, SentenceInfo s, int t, List<SentenceInfo> sentences)
        {
            if (draft.Trigger.Kind != "legislation" || draft.Trigger.IsNoun || draft.Participants.Count != 1) return;
            var tokens = s.Tokens;
            for (var i = t + 1; i + 2 < tokens.Count && i <= t + Window; i++)
            {
                if (!tokens[i].IsWord) return;
                if (!tokens[i].Is("to") || !tokens[i + 1].Is("the")) continue;
                // Only a body's noun ("the senate", "the congress"): "to the states" or "to the public" name no legislature.
                var body = i + 2;
                if (s.MentionAt(body) is not null || Discourse.ClassOf(tokens, body, out var definite, out _) != ReferentClass.NamedBody || !definite) return;
                if (Discourse.Of(sentences).SalientReferent(s, body, draft.Participants[0]) is { } named) EventRoles.AddParticipant(draft.Participants, named);
                return;
            }
        }
    }
}
