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
        /// trailing form counts for a speaker; "Velden mayor says ..." headlines are not quotes in the gold, but a document's are
        /// (<see cref="LeadingDocumentStatement"/>).
        /// </summary>
        private void HeadlineStatement(SentenceInfo s)
        {
            var tokens = s.Tokens;
            var end = tokens.Count;
            while (end > 0 && tokens[end - 1].Kind == TokenKind.Punctuation) end--;
            var comma = -1;
            for (var i = end - 2; i >= 0 && i >= end - 5; i--)
                if (tokens[i].IsPunct(',')) { comma = i; break; }
            if (comma < 3) { LeadingDocumentStatement(s); return; }
            int cue, phraseStart, phraseEnd;
            if (IsHeadlineCue(tokens[comma + 1])) (cue, phraseStart, phraseEnd) = (comma + 1, comma + 2, end); // ", say scientists"
            else if (IsHeadlineCue(tokens[end - 1])) (cue, phraseStart, phraseEnd) = (end - 1, comma + 1, end - 1); // ", police report"
            else { LeadingDocumentStatement(s); return; }
            if (phraseEnd <= phraseStart || !Analysis.WordBounds.MayHaveVerbIn(tokens, 1, comma)) { LeadingDocumentStatement(s); return; }
            var speaker = NounPhraseSpeaker(s, phraseStart, phraseEnd);
            // "..., says study": a bare document noun speaks as the study does in the body.
            if (!speaker.IsFound && phraseEnd - phraseStart == 1 && IsDocumentNoun(tokens[phraseStart].Lower)) speaker = new Speaker(null, tokens[phraseStart].Text);
            if (!speaker.IsFound || speaker.Entity?.Kind == EntityKind.Place) return;
            Add(s, 0, comma, speaker, tokens[cue].Text);
        }

        /// <summary>
        /// "Study indicates ferries sink more often in winter", "New survey suggests fares will rise": a headline opening on a
        /// document noun (one word before it at most) and its present cue states what the document says when a finite clause
        /// follows, as the study speaks in the body; "Study finds link between fares and fuel" names a topic and quotes nothing.
        /// </summary>
        private void LeadingDocumentStatement(SentenceInfo s)
        {
            var tokens = s.Tokens;
            var noun = tokens.Count > 3 && IsDocumentNoun(tokens[0].Lower) ? 0 : tokens.Count > 4 && tokens[0].IsWord && IsDocumentNoun(tokens[1].Lower) ? 1 : -1;
            if (noun < 0 || !(CueVerbs.Lemma(tokens[noun + 1].Text) is { } lemma && lemma is "indicate" or "suggest" or "find" or "show" or "say" or "warn" or "reveal" && CueVerbs.IsPresent(tokens[noun + 1].Text, lemma))) return;
            var start = tokens[noun + 2].Is("that") ? noun + 3 : noun + 2;
            var end = tokens.Count;
            while (end > start && tokens[end - 1].Kind == TokenKind.Punctuation) end--;
            // "as marsh dries out, frogs move in": a clause opened by a subordinator opens the statement too.
            var clause = tokens[start].Is("as") || tokens[start].Is("when") || tokens[start].Is("while") || tokens[start].Is("if") ? start + 1 : start;
            if (end - start < 3 || !OpensFiniteClauseAt(s, clause) || !FirstVerbIsSure(s, clause, end)) return;
            Add(s, start, end, new Speaker(null, Join(tokens, 0, noun + 1)), tokens[noun + 1].Text);
        }

        /// <summary>
        /// A headline's capitals leave its nouns and verbs unsure ("Study finds link between ferry fares and ..."): the first
        /// finite verb in tokens [start, end) must be a past form or a word WordNet knows better as a verb than as a noun.
        /// </summary>
        private static bool FirstVerbIsSure(SentenceInfo s, int start, int end)
        {
            var words = Lexicon.WordClassLexicon.Instance;
            foreach (var g in s.Analysis.FoundVerbGroups)
            {
                if (!g.IsFinite || g.Head < start || g.Head >= end) continue;
                var word = s.Tokens[g.Head].Lower;
                var priors = words.Priors(words.Lemmatize(word, Lexicon.PartOfSpeech.Verb));
                return word.EndsWith("ed", System.StringComparison.Ordinal) || priors.Verb > priors.Noun;
            }
            return false;
        }

        // A present form of a verb that attributes a headline's statement ("say", "says", "report", "warn", "finds"), by its text: a
        // headline's capitals leave its words' parts of speech unsure ("police report" reads as a noun phrase).
        private static bool IsHeadlineCue(Token t) =>
            t.IsWord && (t.Is("report") || t.Is("reports") // no cue form of the lexicon: in the body mostly the noun
                || CueVerbs.Lemma(t.Text) is { } lemma && lemma is "say" or "warn" or "claim" or "find" or "suggest" && CueVerbs.IsPresent(t.Text, lemma));
    }
}
