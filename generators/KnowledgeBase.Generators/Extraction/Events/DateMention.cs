namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>A date expression in a sentence, resolved to a packed partial date.</summary>
    internal readonly struct DateMention
    {
        public DateMention(int tokenStart, int tokenEnd, int packed, int past = 0, int ahead = 0, bool upcoming = false, bool weekday = false)
        {
            Weekday = weekday;
            Upcoming = upcoming;
            TokenStart = tokenStart;
            TokenEnd = tokenEnd;
            Packed = packed;
            Past = past == 0 ? packed : past;
            Ahead = ahead == 0 ? packed : ahead;
        }

        public int TokenStart { get; }
        public int TokenEnd { get; }

        /// <summary>The date as the sentence reads it: ahead of the dateline when the sentence speaks of the future anywhere.</summary>
        public int Packed { get; }

        /// <summary>
        /// The date read toward the past: "Tuesday" is the latest Tuesday on or before the dateline even when another clause
        /// says "will" ("X resigned on Tuesday; Y will replace him"). Only "next Tuesday" stays ahead.
        /// </summary>
        public int Past { get; }

        /// <summary>
        /// The date of a planned act: "said the hall would open on March 3" in an article of December is the next
        /// March 3, though no word of the sentence speaks of the future. A yearless month or day read two months or more
        /// before the dateline is read ahead; a nearer one stays (a plan for last week was likely called off or held).
        /// </summary>
        public int Ahead { get; }

        /// <summary>
        /// A day written without its year that comes in the 60 days after the dateline ("remains in custody until his court
        /// appearance on April 5" in an article of March 17): the coming one. Read toward the past it would be almost a year
        /// back, which a writer says with its year or "last"; so it dates no act that has happened.
        /// </summary>
        public bool Upcoming { get; }

        /// <summary>A weekday named alone ("on Thursday", not "next Thursday"): the one day of its name in a week.</summary>
        public bool Weekday { get; }
    }
}
