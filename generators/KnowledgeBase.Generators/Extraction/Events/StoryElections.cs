using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "The Harbor Party gained members before the 2024 presidential election": a national election (presidential, general,
    /// parliamentary) named without its country nor anyone taking part is the election of the country the article is about,
    /// when one country is named at least twice as often as any other (the gold lists the country, as for "Norland's election").
    /// Only one election, told definite ("the presidential election", "the 2024 general election"): "took part in a federal
    /// election", "the last general election" or "in presidential elections" name none of them in particular.
    /// </summary>
    internal static class StoryElections
    {
        /// <summary>The article's dominant country for a national election noun at <paramref name="t"/> left with no party; null otherwise.</summary>
        internal static EntityDraft? CountryOf(SentenceInfo s, int t, EventTrigger trigger, List<EntityDraft> participants, List<SentenceInfo> sentences)
        {
            if (participants.Count != 0 || !trigger.IsNoun || trigger.Kind != "election" || !s.Tokens[t].Is("election") || !IsTheNational(s.Tokens, t)) return null;
            var countries = EventRecognizer.ArticleCountries(sentences);
            if (countries.Count == 0) return null;
            return countries.Count == 1 || countries[0].Mentions >= 2 * countries[1].Mentions ? countries[0] : null;
        }

        // "the presidential election", "the 2024 general election": "the", a year, a word of NationalModifiers, the noun at t.
        private static bool IsTheNational(List<Token> tokens, int t)
        {
            if (t < 2 || !TriggerFinder.IsAny(tokens[t - 1], NationalModifiers)) return false;
            var k = t - 2;
            if (tokens[k].Kind == TokenKind.Number) k--;
            return k >= 0 && tokens[k].Is("the");
        }

        // The words that make an election a whole country's ("the 2024 presidential election", "a general election").
        private static readonly string[] NationalModifiers = { "presidential", "general", "parliamentary", "legislative", "federal", "midterm" };
    }
}
