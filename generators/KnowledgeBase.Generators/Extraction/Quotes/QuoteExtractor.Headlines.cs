using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction
{
    // The headline's own statement: headlines otherwise retell the lead and quote nobody.
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// "Marsh frogs sing louder in the rain, say scientists", "..., says study", "..., Norvalese police report": a headline that
        /// ends in its attribution states what the speakers say (the gold's convention: a headline statement is a quote). Only that
        /// trailing form counts; "Velden mayor says ..." headlines are not quotes in the gold.
        /// </summary>
        private void HeadlineStatement(SentenceInfo s)
        {
            var tokens = s.Tokens;
            var end = tokens.Count;
            while (end > 0 && tokens[end - 1].Kind == TokenKind.Punctuation) end--;
            var comma = -1;
            for (var i = end - 2; i >= 0 && i >= end - 5; i--)
                if (tokens[i].IsPunct(',')) { comma = i; break; }
            if (comma < 3) return;
            int cue, phraseStart, phraseEnd;
            if (IsHeadlineCue(tokens[comma + 1])) (cue, phraseStart, phraseEnd) = (comma + 1, comma + 2, end); // ", say scientists"
            else if (IsHeadlineCue(tokens[end - 1])) (cue, phraseStart, phraseEnd) = (end - 1, comma + 1, end - 1); // ", police report"
            else return;
            if (phraseEnd <= phraseStart || !Analysis.WordBounds.MayHaveVerbIn(tokens, 1, comma)) return;
            var speaker = NounPhraseSpeaker(s, phraseStart, phraseEnd);
            // "..., says study": a bare document noun speaks as the study does in the body.
            if (!speaker.IsFound && phraseEnd - phraseStart == 1 && IsDocumentNoun(tokens[phraseStart].Lower)) speaker = new Speaker(null, tokens[phraseStart].Text);
            if (!speaker.IsFound || speaker.Entity?.Kind == EntityKind.Place) return;
            Add(s, 0, comma, speaker, tokens[cue].Text);
        }

        // A present form of a verb that attributes a headline's statement ("say", "says", "report", "warn", "finds"), by its text: a
        // headline's capitals leave its words' parts of speech unsure ("police report" reads as a noun phrase).
        private static bool IsHeadlineCue(Token t) =>
            t.IsWord && (t.Is("report") || t.Is("reports") // no cue form of the lexicon: in the body mostly the noun
                || CueVerbs.Lemma(t.Text) is { } lemma && lemma is "say" or "warn" or "claim" or "find" or "suggest" && CueVerbs.IsPresent(t.Text, lemma));
    }
}
