using System.Collections.Generic;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>The constructions that tell an act as background to the story, which takes no day from the sentences around it.</summary>
    internal enum BackgroundKind : byte
    {
        /// <summary>
        /// "Karel Brandt, who was convicted of fraud, was freed.": a relative clause describes its noun (unless its sentence
        /// names a day, "who left the city on the day of the fire").
        /// </summary>
        RelativeClause,

        /// <summary>"Police accused Brandt of attacking Ruiz.": what an accusation or a charge says was done, at a time of its own.</summary>
        ChargeContent,

        /// <summary>
        /// "Floods killed hundreds of people in Norland annually.": a frequency ("annually", "every year", "each week", "per
        /// month") tells of a habit, no single day.
        /// </summary>
        HabitualFrequency,

        /// <summary>
        /// "Norland has been shelling villages near Velden.", "Velden is in the process of quitting the league.": a present
        /// progressive or present perfect progressive tells an act still going on, over many days, none of them the day told
        /// before ("was shelling", "had been shelling" are told in the past, and handled as such).
        /// </summary>
        OngoingAspect,

        /// <summary>
        /// "His detention came after a claim that Vell had hit Ruiz.", "The curfew follows an attack on the city hall.": the
        /// occasion that "came after" or "follows" sets an act against happened before it, at a time of its own.
        /// </summary>
        EarlierOccasion,

        /// <summary>
        /// "The Velden Courier interviewed Ana Ruiz about the attack.": a news outlet's own talk with a source (CAMEO 040 with
        /// the outlet among its parties) is how the report was gathered, on a day the story does not give; the day of the
        /// news told before is not its day (see <see cref="EventDating.MediumTalksKeepNoLentDate"/>).
        /// </summary>
        MediumInterview,
    }

    internal static partial class EventDating
    {
        /// <summary>
        /// The background constructions, each with an invented paragraph told after the lead "On Friday, Karel Brandt
        /// attacked Ana Ruiz, the mayor of Velden, at a concert." (dateline Sunday, July 28, 2019) whose act of the given kind
        /// keeps no date; the rows run as tests.
        /// </summary>
        internal static readonly BackgroundRow[] BackgroundRows =
        {
            new(BackgroundKind.RelativeClause, "The Velden police arrested Tomas Vell, who criticized Ana Ruiz.", "criticism"),
            new(BackgroundKind.ChargeContent, "Tomas Vell is accused of crossing the border and shooting Karel Moor.", "shooting"),
            new(BackgroundKind.ChargeContent, "Tomas Vell, a suspect in a shooting of two guards near Ostrel, was freed.", "shooting"),
            new(BackgroundKind.ChargeContent, "Tomas Vell is accused of crossing the border at night and robbing and shooting Karel Moor.", "shooting"),
            new(BackgroundKind.HabitualFrequency, "Floods killed hundreds of people in Norland annually.", "flood"),
            new(BackgroundKind.OngoingAspect, "Tomas Vell met Karel Brandt on Thursday. Mira Holt has been criticizing Ana Ruiz on her radio show.", "criticism"),
            new(BackgroundKind.OngoingAspect, "Tomas Vell is also criticizing Karel Brandt on social media.", "criticism"),
            new(BackgroundKind.EarlierOccasion, "His move came after an allegation he stabbed Mira Holt.", "stabbing"),
            new(BackgroundKind.EarlierOccasion, "The closure follows criticism of the harbour plans by Mira Holt.", "criticism"),
            new(BackgroundKind.MediumInterview, "The Velden Courier interviewed Ana Ruiz about her injuries.", "interview"),
        };

        /// <summary>Whether the trigger at <paramref name="t"/> stands in one of <see cref="BackgroundRows"/>' constructions.</summary>
        internal static bool IsBackground(SentenceInfo s, int t) =>
            t >= 0 && t < s.Tokens.Count && (s.Analysis.RelativeClauseAround(t) is not null && !ClauseReader.HasWord(s.Tokens, "day") || ChargeCue(s.Tokens, t) >= 0 || TellsFrequency(s.Tokens, t) || InOngoingAspect(s.Tokens, t)
                || FollowedOccasion(s.Tokens, t) >= 0);

        /// <summary>
        /// "has been criticizing", "have long been shelling", "is criticizing", "are in the process of quitting": the trigger is
        /// the "-ing" verb of a present progressive or present perfect progressive (an adverb or two may stand between).
        /// </summary>
        internal static bool InOngoingAspect(List<Token> tokens, int t)
        {
            if (t < 1 || t >= tokens.Count || !tokens[t].IsWord || tokens[t].IsCapitalized || !tokens[t].Lower.EndsWith("ing", System.StringComparison.Ordinal)) return false;
            var i = t >= 5 && tokens[t - 1].Is("of") && tokens[t - 2].Is("process") && tokens[t - 3].Is("the") && tokens[t - 4].Is("in") ? t - 5 : SkipAdverbs(tokens, t - 1);
            if (i >= 1 && tokens[i].Is("been")) return (i = SkipAdverbs(tokens, i - 1)) >= 0 && (tokens[i].Is("has") || tokens[i].Is("have"));
            return i >= 0 && (tokens[i].Is("is") || tokens[i].Is("are") || tokens[i].Is("am"));
        }

        // The token before the up to two adverbs ("also", "long", "reportedly") that end at token i.
        internal static int SkipAdverbs(List<Token> tokens, int i)
        {
            for (var n = 0; n < 2 && i >= 0 && tokens[i].IsWord && (IsPerfectAdverb(tokens[i]) || tokens[i].Lower.EndsWith("ly", System.StringComparison.Ordinal)); n++) i--;
            return i;
        }

        /// <summary>
        /// "killed hundreds annually", "protests every week", "300 deaths per year": a frequency in the trigger's stretch of the
        /// sentence (no comma between). "A year" is left out: "a year ago", "within a year" name a time.
        /// </summary>
        internal static bool TellsFrequency(List<Token> tokens, int t)
        {
            for (var i = t + 1; i < tokens.Count && !tokens[i].IsPunct(',') && !tokens[i].IsPunct(';'); i++)
                if (IsFrequency(tokens, i)) return true;
            for (var i = t - 1; i >= 0 && !tokens[i].IsPunct(',') && !tokens[i].IsPunct(';'); i--)
                if (IsFrequency(tokens, i)) return true;
            return false;
        }

        private static bool IsFrequency(List<Token> tokens, int i) =>
            tokens[i].Is("annually") || i + 1 < tokens.Count && TriggerFinder.IsAny(tokens[i], FrequencyWords) && TriggerFinder.IsAny(tokens[i + 1], FrequencyUnits);

        private static readonly string[] FrequencyWords = { "every", "each", "per" };

        private static readonly string[] FrequencyUnits = { "year", "month", "week", "day", "night", "summer", "winter", "spring", "autumn", "weekend" };

        /// <summary>
        /// "accused Brandt of attacking", "charged with the theft of", "suspected of fraud", "the suspect in a shooting": the token
        /// of the accusation's cue before the trigger, in its clause (no comma between), or -1; a gerund may end a longer
        /// chain ("accused of crossing the border and shooting and wounding Moor"). ("Allegedly" doubts an act, it does not move its time.)
        /// </summary>
        internal static int ChargeCue(List<Token> tokens, int t)
        {
            var reach = t < tokens.Count && tokens[t].Lower.EndsWith("ing", System.StringComparison.Ordinal) ? 10 : 6;
            for (var i = t - 1; i >= 1 && i >= t - reach; i--)
            {
                var w = tokens[i];
                if (w.IsPunct(',') || w.IsPunct(';')) return -1;
                if (w.Is("in") && TriggerFinder.IsAny(tokens[i - 1], SuspectIn)) return i - 1;
                if (!(w.Is("of") || w.Is("with"))) continue;
                for (var k = i - 1; k >= 0 && k >= i - 5; k--)
                {
                    if (tokens[k].IsPunct(',')) break;
                    if (TriggerFinder.IsAny(tokens[k], w.Is("of") ? AccusedOf : ChargedWith)) return k;
                }
                return -1;
            }
            return -1;
        }

        private static readonly string[] AccusedOf =
        {
            "accused", "accuse", "accuses", "accusing", "accusation", "accusations", "suspected", "suspect", "suspicion", "guilty",
            "convicted", "acquitted", "allegations", "allegation", "charges", "charge", "counts", "count",
        };

        private static readonly string[] ChargedWith = { "charged", "charging", "charge", "charges" };

        // "the suspect in the killing", "suspected in two robberies": what someone is suspected in was done before.
        private static readonly string[] SuspectIn = { "suspect", "suspects", "suspected" };
    }

    /// <summary>One row of <see cref="EventDating.BackgroundRows"/>.</summary>
    internal sealed class BackgroundRow
    {
        public BackgroundRow(BackgroundKind kind, string example, string eventKind) => (Kind, Example, EventKind) = (kind, example, eventKind);

        /// <summary>The construction.</summary>
        public BackgroundKind Kind { get; }

        /// <summary>An invented sentence told after the lead, whose act of <see cref="EventKind"/> keeps no date.</summary>
        public string Example { get; }

        /// <summary>The kind of the act the example tells as background.</summary>
        public string EventKind { get; }
    }
}
