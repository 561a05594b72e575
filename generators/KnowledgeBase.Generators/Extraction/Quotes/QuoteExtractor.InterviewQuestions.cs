using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction
{
    // An interviewer's question in a transcript: "((WN)) In what towns should voters expect to see your name?"; the one asked as
    // "you" in the interviewer's turn: '((WN)) On your website, you wrote "..."'.
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// "((WN)) In what towns should voters expect to see your name?", "((WN)) What according to you matters more?": a sentence of
        /// an interviewer's turn that ends in a question mark asks, and reports no one's words (the gold's convention: the
        /// transcript's unquoted questions are no quotes); what the turn tells as background before its question ("the federation
        /// announced she was banned.") still reports, and quotations in the question are read as before.
        /// </summary>
        private static bool IsInterviewQuestion(SentenceInfo first, SentenceInfo s)
        {
            if (!first.OpensInterviewTurn) return false;
            var tokens = s.Tokens;
            for (var i = tokens.Count - 1; i >= 0; i--)
            {
                if (IsQuoteClose(tokens[i]) || tokens[i].IsPunct(')')) continue;
                return tokens[i].IsPunct('?');
            }
            return false;
        }

        /// <summary>
        /// '((WN)) On your website, you wrote "The ferry will run all year."': in an interviewer's turn, "you" right before the verb
        /// group of a cue of speech whose quotation opens right after it is the one interviewed, whom the transcript's next
        /// "((Name))" label names (the gold credits the quoted words to the one asked); none, nobody speaks. A cue of a view
        /// ("Why do you think "..."?") asks what the interviewee holds and reports nothing.
        /// </summary>
        private Speaker IntervieweeAddressed(SentenceInfo s, int start, int cue)
        {
            var tokens = s.Tokens;
            if (!QuotationOpensAfter(tokens, cue) || !(CueVerbs.Lemma(tokens[cue]) is { } lemma && IsSpeechLemma(lemma)) || !HasWordFrom(tokens, start, "you")) return default;
            var subject = s.Analysis.VerbGroupStartAt(cue) - 1;
            if (subject < start || !tokens[subject].Is("you") || !InInterviewerTurn(s)) return default;
            for (var i = s.Index + 1; i < _sentences.Count && _sentences[i].Block == BlockKind.Paragraph; i++)
            {
                var next = _sentences[i];
                if (next.BlockIndex == s.BlockIndex || !next.OpensInterviewTurn) continue;
                foreach (var m in next.Mentions)
                    if (IsTurnLabel(next.Tokens, m)) return new Speaker(m.Entity, Join(next.Tokens, m.TokenStart, m.TokenEnd));
                return default;
            }
            return default;
        }

        /// <summary>
        /// The labels of a transcript's answering side: "((Mira Holt))" opens turns that mostly ask nothing, while the interviewer's
        /// "((WN))" turns mostly end in a question. An answer that asks a question of its own ("why would I fake it?") stays an answer.
        /// </summary>
        private static HashSet<string>? AnsweringLabels(List<SentenceInfo> sentences)
        {
            Dictionary<string, (int Turns, int Questions)>? counts = null; // most articles are no transcript: nothing allocated
            for (var i = 0; i < sentences.Count; i++)
            {
                var s = sentences[i];
                if (!s.OpensInterviewTurn || s.Block != BlockKind.Paragraph || (i > 0 && sentences[i - 1].BlockIndex == s.BlockIndex)) continue;
                var asks = false;
                for (var k = i; k < sentences.Count && sentences[k].BlockIndex == s.BlockIndex && !asks; k++)
                    foreach (var t in sentences[k].Tokens) asks |= t.IsPunct('?');
                var label = TurnLabel(s);
                counts ??= new Dictionary<string, (int Turns, int Questions)>(System.StringComparer.Ordinal);
                counts.TryGetValue(label, out var c);
                counts[label] = (c.Turns + 1, c.Questions + (asks ? 1 : 0));
            }
            if (counts is null) return null;
            var answering = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var kv in counts)
                if (kv.Value.Questions * 2 < kv.Value.Turns) answering.Add(kv.Key);
            return answering;
        }

        // "((Mira Holt)) ...": the words between the opening "((" and the closing "))".
        private static string TurnLabel(SentenceInfo s)
        {
            var tokens = s.Tokens;
            var end = 2;
            while (end < tokens.Count && !tokens[end].IsPunct(')')) end++;
            return Join(tokens, 2, end);
        }

        // The paragraph of the sentence opens with the interviewer's "((WN))" label.
        private bool InInterviewerTurn(SentenceInfo s)
        {
            var first = s;
            for (var k = s.Index - 1; k >= 0 && _sentences[k].BlockIndex == s.BlockIndex; k--) first = _sentences[k];
            return first.OpensInterviewTurn && first.Tokens[2].Text == "WN";
        }
    }
}
