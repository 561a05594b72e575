using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // "Holt described the plan as "a waste of money"", "Brandt called the report "absolutely false"": a description of the
    // object that is wholly quoted is the speaker's direct quote; the object it describes is no reported speech.
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// The quotation that is the whole description in the content [start, end) of the cue at <paramref name="c"/>: one
        /// opening after "as" ("described the new harbour plan as "a costly mistake"") or, after a naming cue, right after its
        /// object ("called the council's parking rules "unfair""), with an article at most before its mark, no comma
        /// between the content's start and it, and nothing but punctuation after its closing mark; (-1, -1) otherwise.
        /// "described the port as an "overlooked" asset" quotes a word inside the description: the reported content stays.
        /// </summary>
        private static (int Open, int Close) QuotedDescription(SentenceInfo s, List<(int Open, int Close)> quoted, string lemma, int start, int end)
        {
            var tokens = s.Tokens;
            if (quoted.Count == 0 || start >= end || !CueVerbs.Describes(lemma) || IsPreposition(tokens[start]) && !tokens[start].Is("as") || tokens[start].Is("that")) return (-1, -1);
            foreach (var (open, close) in quoted)
            {
                if (open <= start || open >= end || close >= tokens.Count) continue;
                var before = open - 1;
                if (tokens[before].Is("a") || tokens[before].Is("an") || tokens[before].Is("the")) before--;
                var afterObject = tokens[before].Is("as") ? before >= start : CueVerbs.Names(lemma) && before >= start && tokens[before].IsWord && !IsPreposition(tokens[before])
                    && !tokens[before].Is("and") && !tokens[before].Is("or") && !tokens[before].Is("but");
                if (!afterObject || close + 1 < end && tokens[close + 1].Kind != TokenKind.Punctuation) continue;
                if (CommaBetween(tokens, start, open)) continue; // "criticized the plan, which she saw as "a farce"": another clause's
                return (open, close);
            }
            return (-1, -1);
        }

        private static bool CommaBetween(List<Token> tokens, int start, int end)
        {
            for (var i = start; i < end; i++) if (tokens[i].IsPunct(',')) return true;
            return false;
        }

        /// <summary>
        /// Whether the content [start, end) of the cue at <paramref name="c"/> is a wholly quoted description, kept as the direct quote it is;
        /// with <paramref name="bySubject"/> (an active cue) each coordinated subject gives it ("Ana Vell and Piet Marr described the plan
        /// as "reckless"", "commentators such as Ana Vell and Piet Marr called it "flat""), as <see cref="Coordinated"/> finds them.
        /// </summary>
        private bool TookQuotedDescription(SentenceInfo s, List<(int Open, int Close)> quoted, int c, string lemma, Speaker speaker, int start, int end, List<Speaker> speakers, bool bySubject = false)
        {
            var (open, close) = QuotedDescription(s, quoted, lemma, start, end);
            if (open < 0) return false;
            KeepQuotedDescription(s, open, close, JointSpeakers(s, speaker, c, bySubject), s.Tokens[c].Text, speakers);
            return true;
        }

        /// <summary>
        /// The wholly quoted description at <paramref name="open"/>..<paramref name="close"/> as the direct quote of each of
        /// <paramref name="group"/>: a short quotation kept aside as scare quotes becomes one; a longer one is already the cue's direct quote.
        /// </summary>
        private void KeepQuotedDescription(SentenceInfo s, int open, int close, List<Speaker> group, string cue, List<Speaker> speakers)
        {
            var tokens = s.Tokens;
            speakers.AddRange(group);
            for (var k = 0; k < _scareQuotes.Count; k++)
            {
                var (start, end) = _scareQuotes[k];
                if (start < tokens[open].End || end > tokens[close].Start) continue;
                foreach (var speaker in group) _quotes.Add(new QuoteDraft(start, end, speaker, QuoteKind.Direct, cue, s));
                _scareQuotes[k] = (start, start); // taken: QuotedWithinReported skips an empty span
                return;
            }
        }
    }
}
