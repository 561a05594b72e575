using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>A date told of an event noun inside another act's object: the noun's own time, not the act's.</summary>
    internal static partial class EventDating
    {
        /// <summary>
        /// The dates that may date an event: all of its sentence's, but for a state's end named by the state's noun ("On Sunday,
        /// the curfew imposed on March 3 ended"), none between the noun and the verb that ends it, which tell of the state itself;
        /// for a prize, none of the feat it rewards (<see cref="WithoutRewardedFeat"/>).
        /// </summary>
        internal static List<DateMention> DatesOf(List<Token> tokens, int t, EventTrigger trigger, List<DateMention> dates)
        {
            dates = WithoutRewardedFeat(tokens, t, trigger, dates);
            if (dates.Count < 2 || !trigger.IsNoun || trigger.Cameo != EndOfStateCode) return dates;
            var end = t + 1;
            while (end < tokens.Count && end <= t + 12 && !TriggerFinder.IsAny(tokens[end], EndOfStateVerbs)) end++;
            return dates.FindAll(d => d.TokenStart < t || d.TokenStart > end);
        }

        // CAMEO 0814, a state of emergency or martial law eased or ended; the verbs that say so after its noun (event-phrases.tsv).
        private const string EndOfStateCode = "0814";
        private static readonly string[] EndOfStateVerbs = { "ended", "ends", "lifted", "lifts", "expired", "expires" };

        /// <summary>
        /// How a date bears on the trigger when it is the own date of another event noun ("On Friday, the council condemned the
        /// arrest of Mira Holt in May and demanded ..."): <see cref="NotReached"/> when the trigger is a verb joined by "and" after the
        /// noun ("and demanded an inquiry"), which the noun's time does not reach; 2000 (a distance any other date wins over)
        /// when a date opens the sentence and frames its acts ("On Friday, ... condemned"); <see cref="OwnPhrase"/> when the
        /// trigger is that noun ("criticized her on Friday over her visit to Velden in May": May is the visit's); else 0, as when
        /// no date frames the sentence ("while reporting the seizure in June, the agency named him": June may be the reporting's).
        /// </summary>
        private static int OtherNounsDate(List<Token> tokens, List<DateMention> dates, DateMention d, int t)
        {
            var noun = EventNounOwning(tokens, d);
            if (noun == t && noun >= 0) return OwnPhrase;
            if (noun < 0 || noun < t && t < d.TokenEnd) return 0;
            if (t > noun)
                for (var i = d.TokenEnd; i < t; i++)
                    if (tokens[i].Is("and")) return NotReached;
            return OpensSentence(tokens, dates[0]) && dates[0].TokenStart != d.TokenStart ? 2000 : 0;
        }

        // A distance that puts the date of a noun's own phrase before any other date of its sentence.
        private const int OwnPhrase = -500;

        // A date that does not bear on the trigger at all: "and demanded an inquiry" after "the arrest of X in May".
        private const int NotReached = -1;

        // "the arrest of Mira Holt", "her visit to Velden", "the attack on Marlow", "talks with Karel Brandt": a name after the noun.
        private static readonly string[] NamePrepositions = { "of", "to", "in", "on", "at", "against", "with" };

        /// <summary>
        /// "the arrest of Mira Holt in May", "his arrest on Friday": the event noun whose phrase the date closes (a determiner or
        /// a possessive before the noun, at most a name after one of <see cref="NamePrepositions"/> between it and the date's
        /// "in" or "on"), or -1.
        /// </summary>
        private static int EventNounOwning(List<Token> tokens, DateMention d)
        {
            var i = d.TokenStart - 1;
            if (i < 2 || !(tokens[i].Is("in") || tokens[i].Is("on"))) return -1;
            i--;
            if (tokens[i].IsCapitalized)
            {
                var name = i;
                while (i > name - 5 && i > 1 && tokens[i].IsCapitalized) i--;
                if (!TriggerFinder.IsAny(tokens[i], NamePrepositions)) return -1;
                i--;
            }
            var w = tokens[i];
            if (!w.IsWord || w.IsCapitalized || EventLexicon.Find(w) is not { IsNoun: true }) return -1;
            var before = tokens[i - 1];
            return before.Kind == TokenKind.Possessive || ClauseReader.IsDeterminerOrPossessive(before.Lower) ? i : -1;
        }
    }
}
