using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>The feat a prize is given for: "won the medal for charting the reef in 1998".</summary>
    internal static partial class EventDating
    {
        /// <summary>
        /// "Ilse Marr won the Vardel Medal for charting the northern reef in 1998": a date after "for" and the -ing verb it
        /// governs, after a prize or win with no comma between, dates the feat the prize rewards, done before, not the prize;
        /// the dates left (or the paragraph's) date it. Only prizes: "was arrested for stealing a car in 2015" may date either.
        /// </summary>
        private static List<DateMention> WithoutRewardedFeat(List<Token> tokens, int t, EventTrigger trigger, List<DateMention> dates)
        {
            if (dates.Count == 0 || trigger.Cameo != "000" || trigger.Kind is not ("award" or "win")) return dates;
            return dates.FindAll(d => !DatesRewardedFeat(tokens, t, trigger, d));
        }

        /// <summary>
        /// Whether the date is the rewarded feat's ("won their medal for charting the reef in 1998"): no date of the prize's own
        /// clause, so the prize told in a paragraph of its own still takes the lead's day (<see cref="EventAnchors"/>).
        /// </summary>
        internal static bool DatesRewardedFeat(List<Token> tokens, int t, EventTrigger trigger, DateMention d) =>
            t >= 0 && trigger.Cameo == "000" && trigger.Kind is ("award" or "win") && d.TokenStart > t && ReasonGerundBetween(tokens, t, d.TokenStart);

        private static bool ReasonGerundBetween(List<Token> tokens, int t, int date)
        {
            for (var i = t + 1; i < date - 1; i++)
            {
                if (tokens[i].IsPunct(',') || tokens[i].IsPunct(';')) return false;
                var next = tokens[i + 1];
                if (tokens[i].Is("for") && ClauseReader.IsIngForm(next)) return true;
            }
            return false;
        }
    }
}
