using System.Collections.Generic;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>An occasion a noun phrase names with its year, and the acts done at it.</summary>
    internal static partial class EventDating
    {
        /// <summary>
        /// The occasions whose year, told before their noun ("the 2016 race", "his 2012 campaign", "the 1998 Ostrander Prize"),
        /// dates an act outside CAMEO that a verb tells done at them (a win, a loss, an award, a nomination), over a day carried
        /// from the sentences before (an event noun is dated by a year of its own phrase, EventAnchors.YearBeforeNoun: "the 2019
        /// season's eighth storm" is no act done at the season, and keeps the day of its storm); each row has an invented sentence told after the lead "On Friday, Karel Brandt attacked Ana Ruiz,
        /// the mayor of Velden, at a concert." (dateline Sunday, July 28, 2019) and a sentence set in another year, whose act
        /// of the given kind takes the occasion's year. The rows run as tests.
        /// </summary>
        internal static readonly OccasionYearRow[] OccasionYearRows =
        {
            new(new[] { "race", "election", "elections", "primary", "primaries", "contest", "runoff", "nomination", "nominations", "convention", "conventions" },
                "In 2005, Mira Holt moved to Ostria. She lost the 2016 race for mayor to Karel Brandt.", "defeat", 2016),
            new(new[] { "campaign", "bid" },
                "In 2001, Tomas Vell left the council. Lena Dorn picked Vell as her running mate for her 2012 campaign.", "appointment", 2012),
            new(new[] { "prize", "award", "medal" },
                "In 1990, Tomas Vell married Lena Dorn. The Ostrander Academy honoured his work by awarding Vell the 1998 Ostrander Prize.", "award", 1998),
            new(new[] { "championship", "championships", "tournament", "cup", "games", "olympics", "season", "final", "title" },
                "In 2003, Mira Holt joined the Velden Rowing Club. She won the 2009 national championship in Ostria.", "win", 2009),
            new(new[] { "trip", "trips", "tour", "tours", "journey" },
                "In 2003, Mira Holt joined the Velden Rowing Club. She died during her 2011 trip to Ostria.", "death", 2011),
        };

        /// <summary>
        /// "lost the 2016 race for mayor", "awarding her the 1998 Ostrander Prize": the year of an occasion of
        /// <see cref="OccasionYearRows"/> named after the trigger in its stretch of the sentence (no comma between), a
        /// determiner or possessive before the year and only modifiers between it and the noun; 0 when none, or when a word of
        /// sequence sets the act beside the occasion ("after the 2016 race", "since the 2009 season").
        /// </summary>
        internal static int OccasionYearAfter(List<Token> tokens, int t)
        {
            for (var i = t + 2; i < tokens.Count && i <= t + 14; i++)
            {
                var w = tokens[i];
                if (w.IsPunct(',') || w.IsPunct(';')) return 0;
                if (w.Kind != TokenKind.Number || !(tokens[i - 1].Kind == TokenKind.Possessive || IsYearDeterminer(tokens[i - 1]))) continue;
                if (i >= 2 && TriggerFinder.IsAny(tokens[i - 2], SequenceWords) || !DateResolver.Number(tokens, i, 1800, 2199, out var year)) return 0;
                return OccasionNounAfter(tokens, i) ? DatelineReader.Valid(year, 0, 0) : 0;
            }
            return 0;
        }

        /// <summary>
        /// "In the 2016 Ostria mayoral race, Mira Holt lost to Karel Brandt": an occasion of <see cref="OccasionYearRows"/> named
        /// with its year by the phrase that opens the sentence ("In", "At" or "During", a determiner or possessive, perhaps one
        /// modifier ("At the virtual 2031 Velden Party convention"), the year, only
        /// modifiers before the noun) and closed by a comma before the trigger frames every act the sentence tells; its year, or 0.
        /// The phrase may open the clause told after "that" or after a speaker's tag and its colon, before the trigger: "Vos
        /// claimed that during a 2031 trip to Ostria, Holt refused ...", "Q: During the 2031 campaign, Holt said ...".
        /// </summary>
        internal static int OccasionYearOpening(List<Token> tokens, int t)
        {
            var o = 0;
            for (var k = 0; k < t - 1 && k < tokens.Count - 1; k++)
                if (tokens[k].IsPunct(':') && k < 6 || tokens[k].Is("that")) { o = k + 1; break; }
            if (o > 0 && !(tokens[o].Is("in") || tokens[o].Is("at") || tokens[o].Is("during"))) o = 0;
            if (tokens.Count < o + 6 || !(tokens[o].Is("in") || tokens[o].Is("at") || tokens[o].Is("during")) || !(tokens[o + 1].Kind == TokenKind.Possessive || IsYearDeterminer(tokens[o + 1]))) return 0;
            var y = tokens[o + 2].IsWord && !Lexicons.CommonWords.IsFunctionWord(tokens[o + 2]) && tokens[o + 3].Kind == TokenKind.Number ? o + 3 : o + 2; // "At the virtual 2031 ..."
            if (tokens[y].Kind != TokenKind.Number || !DateResolver.Number(tokens, y, 1800, 2199, out var year) || !OccasionNounAfter(tokens, y)) return 0;
            for (var i = y + 1; i < t && i <= y + 7; i++)
                if (tokens[i].IsPunct(',')) return DatelineReader.Valid(year, 0, 0);
            return 0;
        }

        /// <summary>
        /// "Rocco Vell, who ran again this year, was the Velden Party's 2016 presidential nominee": the year a nominee phrase gives
        /// itself (a determiner or possessive, the year, only modifiers, then "nominee") in the verb's stretch of the sentence (no
        /// comma between) is the year of the nomination, over any day the clause tells; 0 when none.
        /// </summary>
        internal static int NomineeYearAfter(List<Token> tokens, int t)
        {
            for (var i = t + 2; i < tokens.Count && i <= t + 8; i++)
            {
                var w = tokens[i];
                if (w.IsPunct(',') || w.IsPunct(';')) return 0;
                if (w.Kind != TokenKind.Number || !(tokens[i - 1].Kind == TokenKind.Possessive || IsYearDeterminer(tokens[i - 1]))) continue;
                if (!DateResolver.Number(tokens, i, 1800, 2199, out var year)) return 0;
                for (var k = i + 1; k < tokens.Count && k <= i + 4; k++)
                {
                    if (tokens[k].Is("nominee")) return DatelineReader.Valid(year, 0, 0);
                    if (!tokens[k].IsWord || Lexicons.CommonWords.IsFunctionWord(tokens[k])) return 0;
                }
                return 0;
            }
            return 0;
        }

        // "after the 2016 race", "since the 2009 season", "than the 2012 games": the occasion is another time than the act's.
        private static readonly string[] SequenceWords = { "after", "since", "before", "following", "than", "until", "ahead" };

        // Up to four modifiers ("Velden presidential", "national") between the year and its occasion noun.
        private static bool OccasionNounAfter(List<Token> tokens, int year)
        {
            for (var i = year + 1; i < tokens.Count && i <= year + 5; i++)
            {
                var w = tokens[i];
                if (!w.IsWord || Lexicons.CommonWords.IsFunctionWord(w)) return false;
                foreach (var row in OccasionYearRows)
                    if (TriggerFinder.IsAny(w, row.Nouns)) return true;
            }
            return false;
        }
    }

    /// <summary>One row of <see cref="EventDating.OccasionYearRows"/>.</summary>
    internal sealed class OccasionYearRow
    {
        public OccasionYearRow(string[] nouns, string example, string eventKind, int year) => (Nouns, Example, EventKind, Year) = (nouns, example, eventKind, year);

        /// <summary>The occasion nouns, singular and plural.</summary>
        public string[] Nouns { get; }

        /// <summary>An invented paragraph told after the lead, whose act of <see cref="EventKind"/> takes <see cref="Year"/>.</summary>
        public string Example { get; }

        /// <summary>The kind of the act done at the occasion.</summary>
        public string EventKind { get; }

        /// <summary>The occasion's year.</summary>
        public int Year { get; }
    }
}
