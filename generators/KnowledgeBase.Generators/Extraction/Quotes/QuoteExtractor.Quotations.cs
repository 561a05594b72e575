using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Extraction
{
    // Quotation marks: pairing them, the cue beside a quotation, and whether a token lies inside one.
    internal sealed partial class QuoteExtractor
    {
        /// <summary>Quotations of a paragraph: curly marks pair by direction, straight ones alternate.</summary>
        private static List<Quotation> Quotations(List<SentenceInfo> paragraph)
        {
            var result = new List<Quotation>();
            int openSentence = -1, open = -1;
            for (var k = 0; k < paragraph.Count; k++)
            {
                var tokens = paragraph[k].Tokens;
                for (var t = 0; t < tokens.Count; t++)
                {
                    var token = tokens[t];
                    if (token.Kind != TokenKind.Punctuation) continue;
                    var isOpen = token.Text == "\u201C" || token.Text == "\"" && open < 0;
                    var isClose = token.Text == "\u201D" || token.Text == "\"" && open >= 0;
                    if (isOpen && open < 0)
                    {
                        openSentence = k;
                        open = t;
                    }
                    else if (isClose && open >= 0)
                    {
                        result.Add(new Quotation(openSentence, open, k, t));
                        open = -1;
                    }
                }
            }
            if (open >= 0) result.Add(new Quotation(openSentence, open, paragraph.Count - 1, paragraph[paragraph.Count - 1].Tokens.Count));
            return result;
        }

        private static int CueBefore(List<Token> tokens, List<(int Open, int Close)> quoted, int open)
        {
            for (var i = open - 1; i >= 0; i--)
            {
                if (Inside(quoted, i)) break;
                if (tokens[i].IsCapitalized && i > 0) continue; // "United States" is no "state"
                if (CueVerbs.Lemma(tokens[i].Text) is { } lemma && (IsSpeechLemma(lemma) || CueAt(tokens, i) is not null) && !IsPassive(tokens, i)) return i;
            }
            return -1;
        }

        private static int CueAfter(List<Token> tokens, List<(int Open, int Close)> quoted, int close)
        {
            for (var i = close + 1; i < tokens.Count && i <= close + 6; i++)
            {
                if (Inside(quoted, i)) break;
                if (tokens[i].IsCapitalized) continue;
                if (CueVerbs.Lemma(tokens[i].Text) is { } lemma && IsSpeechLemma(lemma)) return i;
            }
            return -1;
        }

        /// <summary>A speech cue right after the closing mark and its comma ("...," said Y), or -1.</summary>
        private static int TrailingCue(List<Token> tokens, List<(int Open, int Close)> quoted, int close)
        {
            var i = close + 1;
            if (i < tokens.Count && tokens[i].IsPunct(',')) i++;
            if (i >= tokens.Count || !tokens[i].IsWord || Inside(quoted, i)) return -1;
            // '"...", adding, "..."': a participle goes on with the speaker before, it names no new one.
            return CueVerbs.Lemma(tokens[i].Text) is { } lemma && IsSpeechLemma(lemma) && !CueVerbs.IsParticiple(tokens[i].Text) ? i : -1;
        }

        private static bool IsSpeechLemma(string lemma) =>
            lemma is "say" or "tell" or "state" or "announce" or "add" or "write" or "tweet" or "post" or "call" or "describe" or "explain" or "reply" or "respond" or "declare" or "insist" or "warn" or "ask" or "remark" or "claim" or "portray" or "view";

        private static bool Inside(List<(int Open, int Close)> ranges, int i)
        {
            foreach (var (open, close) in ranges)
                if (i >= open && i <= close && i < int.MaxValue) return true;
            return false;
        }

        private static bool StartsAnyQuotation(List<(int Open, int Close)> ranges, int start, int end)
        {
            // A quotation of one or two words ("a "serious" condition") is part of the reported content, not its own statement.
            foreach (var (open, close) in ranges)
                if (open >= start && open < end && (close < 0 || close - open > 3)) return true;
            return false;
        }

        private static bool HasQuotation(List<(int Open, int Close)> ranges, int start, int end)
        {
            foreach (var (open, close) in ranges)
                if (open >= start && open < end && (Math.Min(close, end) - open) * 2 >= end - start) return true;
            return false;
        }

        private static bool StartsQuote(List<(int Open, int Close)> ranges, int start, int end)
        {
            foreach (var (open, _) in ranges)
                if (open >= start && open < end && open <= start + 4) return true;
            return false;
        }

        private static string Join(List<Token> tokens, int start, int end) => EntityRecognizer.Join(tokens, start, Math.Min(end, tokens.Count));
    }
}
