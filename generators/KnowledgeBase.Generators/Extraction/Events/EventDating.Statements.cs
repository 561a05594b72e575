using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Dates the statements whose own words give them no day, from the sentence's opening phrase or the paragraph.</summary>
    internal static partial class EventDating
    {
        /// <summary>The dates the article gives events told without one of their own: statements, then seats won in its election.</summary>
        internal static void DateFromArticle(List<EventDraft> events, List<SentenceInfo> sentences, int published)
        {
            DateStatements(events, sentences, published);
            DateElectionOutcomes(events);
        }

        /// <summary>
        /// "In a statement released on Friday, the agency announced ...": the date of the phrase that opens the sentence frames it.
        /// "Yesterday, the minister said ... She also announced a plan to be unveiled next week.": a statement whose sentence
        /// gives it no date of its own goes on with the day that frames the paragraph's sentence before (up to three back, the
        /// nearest that names a date; a month or a year frames no statement), marked inferred; a statement told as before ("had announced") or in another time
        /// ("in the 1990s", "previously") keeps none.
        /// </summary>
        internal static void DateStatements(List<EventDraft> events, List<SentenceInfo> sentences, int published)
        {
            foreach (var e in events)
            {
                if (e.Date != 0 || e.KeepsNoDate || e.Trigger != EventLexicon.Statement || e.Status != DataLayout.StatusOccurred) continue;
                var tokens = e.Sentence.Tokens;
                if (NamesAnotherTime(tokens, 0) || ClauseReader.HasWord(tokens, "earlier") || ToldAsBefore(tokens)) continue;
                var own = e.Sentence.Dates(published);
                var date = OpeningPhraseDate(e.Sentence, own);
                var inferred = date == 0;
                // "announced on its website on Tuesday there were ...": a date of the sentence's own, though not one the statement took, is no gap to
                // fill; a coming one ("a plan to be unveiled later this week") is the plan's, and leaves the statement to its paragraph.
                if (date == 0 && !own.TrueForAll(d => d.Upcoming || EndsAPeriod(tokens, d))) continue;
                if (date == 0) date = ParagraphFraming(e.Sentence, sentences, published);
                // "Her resignation came two days after Karel Brandt announced ...": the speaker of a counted "after" clause spoke that many days before.
                if (inferred && HasCountedAfter(tokens)) date = CountedBackFrom(e.Sentence, SpeakerToken(e), date);
                date = NotAfterDateline(date, DataLayout.StatusOccurred, published);
                if (date == 0) continue;
                e.Date = date;
                e.DateInferred = inferred;
            }
        }

        // "She had announced ...", "Holt, who had led the inquiry, announced ...": a "had" before the first verb of saying tells the
        // statement as before; one after it ("announced that two crew members had been rescued") is in what was said. With no verb
        // of saying, any "had" does.
        private static bool ToldAsBefore(List<Token> tokens)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Is("had")) return true;
                if (tokens[i].IsWord && CueVerbs.Lemma(tokens[i]) is not null) return false;
            }
            return false;
        }

        // The first token of the speaker's mention in the statement's sentence, or -1.
        private static int SpeakerToken(EventDraft e)
        {
            if (e.Participants.Count == 0) return -1;
            foreach (var m in e.Sentence.Mentions)
                if (m.Entity == e.Participants[0]) return m.TokenStart;
            return -1;
        }

        // "In a statement released on Friday, ...", "At a news conference on Tuesday, ...": a date before the first comma of a
        // sentence that opens with a preposition; 0 when none.
        private static int OpeningPhraseDate(SentenceInfo s, List<DateMention> dates)
        {
            var tokens = s.Tokens;
            if (dates.Count == 0 || tokens.Count < 4 || !(tokens[0].Is("in") || tokens[0].Is("at") || tokens[0].Is("during"))) return 0;
            var comma = tokens.FindIndex(static w => w.IsPunct(','));
            if (comma < 0) return 0;
            foreach (var d in dates)
                if (d.TokenEnd <= comma && !EndsAPeriod(tokens, d)) return d.Past;
            return 0;
        }

        // The framing day of the nearest sentence before, in the same paragraph and at most three back, that names a date.
        private static int ParagraphFraming(SentenceInfo s, List<SentenceInfo> sentences, int published)
        {
            for (var k = s.Index - 1; k >= 0 && k >= s.Index - 3; k--)
            {
                if (k >= sentences.Count || sentences[k].Index != k || sentences[k].BlockIndex != s.BlockIndex) return 0;
                var dates = sentences[k].Dates(published);
                if (dates.Count == 0) continue;
                // Only a day frames what follows: "earlier in the month", "in 2005" or "in January" date a background fact, not the next words said.
                var framing = LastFramingDate(sentences[k], dates);
                return framing % 100 != 0 ? framing : 0;
            }
            return 0;
        }
    }
}
