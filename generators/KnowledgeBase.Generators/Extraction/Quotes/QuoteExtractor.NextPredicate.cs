using KnowledgeBase.Generators.Extraction.Analysis;

namespace KnowledgeBase.Generators.Extraction
{
    // The speaker's next act after an object: "The guild expressed sadness and extended its condolences to the family".
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// "The Ostrel guild expressed sadness and extended its condolences", "Mira Holt stressed the need for new piers and
        /// then visited the harbour": an "and" in (<paramref name="start"/>, <paramref name="end"/>) right before an active
        /// past-tense verb ("then", "also" or "later" between them) joins a second act to the cue's subject, with no subject of
        /// its own; the object before it, with no verb group of its own, is all that was said (a verb before the "and" may be
        /// the object's, "the boats that were seized and sold", or open a reported clause, "said the ferry sank and drifted").
        /// Where that object ends (at the comma before the "and", if any), or -1.
        /// </summary>
        private static int BeforeNextPredicate(SentenceInfo s, int start, int end)
        {
            var tokens = s.Tokens;
            var a = s.Analysis;
            for (var i = start + 1; i + 1 < end; i++)
            {
                if (!tokens[i].Is("and")) continue;
                var v = tokens[i + 1].Is("then") || tokens[i + 1].Is("also") || tokens[i + 1].Is("later") ? i + 2 : i + 1;
                if (v >= end || a.TagAt(v) != Tag.Verb || a.Tags.Forms[v] != VerbForm.Past) continue;
                if (a.FoundGroupAt(v) is not { IsFinite: true, Voice: Voice.Active } group || group.Head != v || HasVerbGroup(s, start, i)) return -1;
                // The analysis gives the verb the cue's subject (before the object) or none; one in the object makes it a clause.
                if (a.ClauseOfVerb(v)?.Subject is { } subject && subject.Start >= start) return -1;
                return tokens[i - 1].IsPunct(',') ? i - 1 : i;
            }
            return -1;
        }
    }
}
