using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>An act a noun names as announced, in a year before the story's: done then, not still to come.</summary>
    internal static partial class EventDating
    {
        /// <summary>
        /// "When Mira Holt announced her resignation in 1995, Karel Brandt joined the race": a resignation or a retirement
        /// announced is still to come (<see cref="EventModality.IsAnnounced"/>), unless "in" and a year before the dateline's
        /// follow the noun; then the act was done in that year, long before the story, and takes it.
        /// </summary>
        internal static void AnnouncedYearsAgo(EventDraft draft, int t, int published)
        {
            var tokens = draft.Sentence.Tokens;
            if (draft.Status != DataLayout.StatusPlanned || draft.Date != 0 || !draft.Trigger.IsNoun || published == 0 || t + 2 >= tokens.Count
                || !tokens[t + 1].Is("in") || !EventModality.IsAnnounced(tokens, t)) return;
            foreach (var d in draft.Sentence.Dates(published))
                if (d.TokenStart == t + 2 && d.TokenEnd == t + 3 && d.Packed % 10000 == 0 && d.Packed / 10000 < published / 10000)
                {
                    draft.Status = DataLayout.StatusOccurred;
                    draft.Date = d.Packed;
                    draft.KeepsNoDate = false;
                }
        }
    }
}
