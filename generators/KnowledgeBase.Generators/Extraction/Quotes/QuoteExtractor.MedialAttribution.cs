using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction
{
    // An attribution between two commas inside the clause it reports ("The tolls, she said, will rise in May").
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// "The ferry tolls, Mira Holt said, will rise by a third in May", "The old quay would be drained, she said, to let divers
        /// inspect it": a short subject (at most five words) and its cue of saying between two commas, with a verb, an auxiliary
        /// or an infinitive's "to" right after the second comma, interrupt one clause, and the whole clause was said: from its start
        /// (the sentence's, or the comma or semicolon before the first comma) to its end, the attribution inside it. A clause that
        /// opens after the attribution with a subject of its own ("In May, she said, the tolls rose") is the cue's content as
        /// usual, and a relative word before it ("the ferry, which, she said, ...") leaves no clause of two words; a name alone
        /// or a noun ("Brandt, she said, had left early", "Officials, she said, were paid late") is a subject of one word. A
        /// report interrupts as a saying does ("the toll, they reported, was revised to nine").
        /// </summary>
        private bool MedialAttribution(SentenceInfo s, int c, string lemma, List<(int Open, int Close)> quoted, List<Speaker> speakers)
        {
            var tokens = s.Tokens;
            if (c + 3 >= tokens.Count || !tokens[c + 1].IsPunct(',') || CueVerbs.IsParticiple(tokens[c].Text) || !(IsSpeechLemma(lemma) || lemma == "report")) return false;
            var open = c - 1;
            while (open >= 0 && open >= c - 5 && (tokens[open].IsWord || tokens[open].Kind == TokenKind.Possessive)) open--;
            if (open < 1 || open == c - 1 || !tokens[open].IsPunct(',')) return false;
            var next = tokens[c + 2];
            if (!next.IsWord || next.IsCapitalized || NewClauseAfterAttribution(next) || Inside(quoted, c + 2)
                || !(next.Is("to") || s.Analysis.TagAt(c + 2) is Analysis.Tag.Verb or Analysis.Tag.Auxiliary or Analysis.Tag.Modal)) return false;
            var start = 0;
            for (var i = open - 1; i >= 0; i--)
                if (tokens[i].IsPunct(',') || tokens[i].IsPunct(';') || Inside(quoted, i) || IsQuoteClose(tokens[i])) { start = i + 1; break; }
            if (open - start < 2 && !(open - start == 1 && tokens[start].IsWord && !CommonWords.IsFunctionWord(tokens[start]))) return false; // "Brandt, she said, had left"
            var speaker = CueSpeaker(s, c, quoted, speakers);
            if (!speaker.IsFound) return false;
            var end = ContentEnd(tokens, c + 2);
            if (NextReportingClause(tokens, c + 2, end) is var nextClause && nextClause > 0) end = nextClause;
            AddReported(s, c, speaker, start, end, speakers);
            return true;
        }
    }
}
