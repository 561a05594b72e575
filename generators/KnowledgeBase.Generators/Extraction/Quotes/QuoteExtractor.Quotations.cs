using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction
{
    // Quotation marks: pairing them, the cue beside a quotation, and whether a token lies inside one.
    internal sealed partial class QuoteExtractor
    {
        // The marks Quotations pairs: a sentence whose text holds none has no token of them (a mark is a token of its own).
        private static readonly char[] QuotationMarks = { '"', '\u201C', '\u201D' };

        /// <summary>Quotations of a paragraph, into <paramref name="result"/>: curly marks pair by direction, straight ones alternate.</summary>
        private static List<Quotation> Quotations(string text, List<SentenceInfo> paragraph, List<Quotation> result)
        {
            result.Clear();
            int openSentence = -1, open = -1;
            // Most sentences quote nothing: the paragraph's text is searched for the next mark (a vectorized search), and only a
            // sentence that holds it has its tokens read.
            var last = paragraph[paragraph.Count - 1];
            var mark = NextMark(text, paragraph[0].Start, last.End);
            for (var k = 0; k < paragraph.Count && mark >= 0; k++)
            {
                if (mark >= paragraph[k].End) continue;
                mark = NextMark(text, paragraph[k].End, last.End);
                var tokens = paragraph[k].Tokens;
                for (var t = 0; t < tokens.Count; t++)
                {
                    var token = tokens[t];
                    if (token.Kind != TokenKind.Punctuation || token.Length != 1) continue; // every quotation mark is one character
                    var c = token.Text[0];
                    var isOpen = c == '\u201C' || c == '"' && open < 0;
                    var isClose = c == '\u201D' || c == '"' && open >= 0;
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
            if (open >= 0) result.Add(new Quotation(openSentence, open, paragraph.Count - 1, last.Tokens.Count));
            return result;
        }

        private static int NextMark(string text, int from, int end) => from < end ? text.IndexOfAny(QuotationMarks, from, end - from) : -1;

        private static int CueBefore(SentenceInfo s, List<(int Open, int Close)> quoted, int open)
        {
            var tokens = s.Tokens;
            for (var i = open - 1; i >= 0; i--)
            {
                if (Inside(quoted, i)) break;
                if (tokens[i].IsCapitalized && i > 0 || tokens[i].CannotCue || CountedOrOwnedNoun(s, i)) continue; // "United States" is no "state"
                if ((CueVerbs.Lemma(tokens[i]) is { } lemma && (IsSpeechLemma(lemma) || CueAt(s, i) is not null) || DocumentReads(tokens, i) is not null || ReportsAfterDocument(s, i) is not null) && !IsPassiveCue(s, i) && !NamesTheNounBefore(s, i)) return i;
            }
            return -1;
        }

        /// <summary>
        /// "mocked the board's claims as a "sham"", "won none of nine state party contests of "Grey Monday"": a base or "-s" form
        /// of a cue after a possessive or a count (not a year) is a noun, owned or counted; nobody is its subject.
        /// </summary>
        private static bool CountedOrOwnedNoun(SentenceInfo s, int i)
        {
            var tokens = s.Tokens;
            if (i == 0 || CueVerbs.Lemma(tokens[i]) is not { } lemma || !CueVerbs.IsPresent(tokens[i].Text, lemma)) return false;
            var previous = tokens[i - 1];
            if (previous.Kind == TokenKind.Possessive) return true;
            return (previous.Kind == TokenKind.Number || s.Analysis.TagAt(i - 1) == Analysis.Tag.Number) && !IsYear(previous);
        }

        private static int CueAfter(List<Token> tokens, List<(int Open, int Close)> quoted, int close)
        {
            var plainWords = true;
            for (var i = close + 1; i < tokens.Count && i <= close + LongSubjectReach; i++)
            {
                if (Inside(quoted, i)) break;
                // '"...," a spokesperson for the foreign ministry said': past six tokens the cue is looked for only after lower-case
                // words; a name there is found as the quotation's actor, and its aside ("including X, who tried to warn") holds no cue.
                plainWords &= tokens[i].IsWord && !tokens[i].IsCapitalized || tokens[i].Kind == TokenKind.Possessive;
                if (i > close + 6 && !plainWords) break;
                if (tokens[i].IsCapitalized) continue;
                // '"a clear win", saying she would stay': a participle opens what is said next, it reports no quotation before it.
                if (CueVerbs.Lemma(tokens[i]) is { } lemma && IsQuotationCueLemma(lemma)) return CueVerbs.IsParticiple(tokens[i].Text) ? -1 : i;
                // '"...", Ruiz continued.', '"...," she recalls.': going on speaking, or recalling, names the speaker of the quotation before it.
                if (tokens[i].Is("continued") || tokens[i].Is("continues") || tokens[i].Is("recalled") || tokens[i].Is("recalls")) return i;
            }
            return -1;
        }

        // How far after a closing mark a cue may stand when only the words of its subject stand between.
        private const int LongSubjectReach = 10;

        /// <summary>A speech cue right after the closing mark and its comma ("...," said Y), or -1.</summary>
        private static int TrailingCue(List<Token> tokens, List<(int Open, int Close)> quoted, int close)
        {
            var i = close + 1;
            if (i < tokens.Count && tokens[i].IsPunct(',')) i++;
            if (i >= tokens.Count || !tokens[i].IsWord || Inside(quoted, i)) return -1;
            // '"...", adding, "..."': a participle goes on with the speaker before, it names no new one.
            return CueVerbs.Lemma(tokens[i]) is { } lemma && IsQuotationCueLemma(lemma) && !CueVerbs.IsParticiple(tokens[i].Text) ? i : -1;
        }

        /// <summary>
        /// The cues that name the speaker of a quotation before them: the speech lemmas, and further verbs of saying that do so
        /// after a quotation ('"...," the party informed the press', '"...," officials stressed'); the speech lemmas alone are
        /// asked elsewhere.
        /// </summary>
        private static bool IsQuotationCueLemma(string lemma) =>
            IsSpeechLemma(lemma) || lemma is "inform" or "assure" or "note" or "stress" or "reiterate" or "confirm" or "argue" or "admit"
                or "acknowledge" or "emphasize" or "emphasise";

        private static bool IsSpeechLemma(string lemma) =>
            lemma is "say" or "tell" or "state" or "announce" or "add" or "write" or "tweet" or "post" or "call" or "describe" or "explain" or "reply" or "respond" or "declare" or "insist" or "warn" or "ask" or "remark" or "claim" or "portray" or "view";

        // Asked of most tokens a scan passes, nearly always of a sentence that quotes nothing: indexed, not enumerated.
        private static bool Inside(List<(int Open, int Close)> ranges, int i)
        {
            for (var k = 0; k < ranges.Count; k++)
                if (i >= ranges[k].Open && i <= ranges[k].Close && i < int.MaxValue) return true;
            return false;
        }

        /// <summary>
        /// Whether a quotation (not a title naming a thing, nor a word or two: "said the plan was "reckless"") makes up at
        /// least half of tokens [start, end). A full stop just inside a closing mark that ends the content weighs no more than
        /// one after it: 'was "nowhere near enough."' counts as 'was "nowhere near enough".' does.
        /// </summary>
        private static bool HasQuotation(SentenceInfo s, List<(int Open, int Close)> ranges, int start, int end)
        {
            foreach (var (open, close) in ranges)
            {
                var (last, length) = close == end - 1 && close - 1 > open && IsSentenceEnd(s.Tokens[close - 1]) ? (close - 1, end - 1 - start) : (close, end - start);
                if (open >= start && open < end && (close < 0 || close - open > 3) && (Math.Min(last, end) - open) * 2 >= length && !IsTitleOfAThing(s, new Quotation(0, open, 0, close))) return true;
            }
            return false;
        }

        /// <summary>
        /// Whether the content [start, end) of a cue is a direct quote's, not reported speech with quoted words in it: a
        /// quotation opens it, makes up half of it, or is a statement of its own.
        /// </summary>
        private static bool QuotedIsTheStatement(SentenceInfo s, List<(int Open, int Close)> ranges, int start, int end) =>
            StartsQuote(s, ranges, start, end) || HasQuotation(s, ranges, start, end) || QuotationIsTheStatement(s, ranges, start, end);

        /// <summary>
        /// A quotation in tokens [start, end) that is a statement of its own: one opening right after a comma or colon
        /// ("told the press, "..."") or a sentence of its own, opening with a capital that names nobody ("said on the radio
        /// "It is a great loss"").
        /// </summary>
        private static bool QuotationIsTheStatement(SentenceInfo s, List<(int Open, int Close)> ranges, int start, int end)
        {
            var tokens = s.Tokens;
            foreach (var (open, close) in ranges)
            {
                if (open <= start || open >= end) continue;
                if (tokens[open - 1].IsPunct(',') || tokens[open - 1].IsPunct(':')) return true;
                if (open + 1 < tokens.Count && tokens[open + 1].IsCapitalized && s.MentionAt(open + 1) is null && (close < 0 || close - open > 4) && !IsTitleCase(tokens, open + 1, close < 0 ? tokens.Count : close)) return true;
            }
            return false;
        }

        /// <summary>
        /// A quotation opening within four words of the content ("told reporters "..."", "said on Monday "...""): the cue is a
        /// direct quote's. Not a word or two quoted after the reported clause's own verb ("said the plan was "reckless"", or its
        /// infinitive's: "urged her to sell her "old" house"), nor a quoted phrase inside the clause's subject (<see cref="QuotedInSubject"/>),
        /// nor the words for things counted right after their count ("noted over 40 "harbour nets" seized in May").
        /// </summary>
        private static bool StartsQuote(SentenceInfo s, List<(int Open, int Close)> ranges, int start, int end)
        {
            foreach (var (open, close) in ranges)
                if (open >= start && open < end && open <= start + 4 && !(close >= 0 && close - open <= 3 && HasVerbGroup(s, start, open)) && !QuotedInSubject(s, open, close, end)
                    && !(open > start && s.Tokens[open - 1].Kind == TokenKind.Number && !IsYear(s.Tokens[open - 1]))) return true;
            return false;
        }

        /// <summary>
        /// "said the "reckless" mayor had misled the council", "argues that since the phrase "harbour resident" is not defined,
        /// ...": a quoted phrase of up to five words with no verb of its own, whose first verb after it in the content is finite
        /// and not past a punctuation mark or a word opening another clause (<see cref="OtherClauseOpeners"/>), is part of the
        /// reported clause's subject; the clause is what was said, the quoted words only its wording.
        /// </summary>
        private static bool QuotedInSubject(SentenceInfo s, int open, int close, int end)
        {
            if (close <= open || close - open > 6 || close + 1 >= end || HasVerbGroup(s, open + 1, close)) return false;
            var groups = s.Analysis.FoundVerbGroups;
            var verb = -1;
            for (var g = 0; g < groups.Length; g++)
                if (groups[g].Head > close && groups[g].Head < end && (verb < 0 || groups[g].Start < groups[verb].Start)) verb = g;
            if (verb < 0 || !groups[verb].IsFinite) return false;
            for (var i = close + 1; i < groups[verb].Start; i++)
                if (s.Tokens[i].Kind == TokenKind.Punctuation && !IsOpeningQuote(s.Tokens[i]) && !IsQuoteClose(s.Tokens[i]) || Array.IndexOf(OtherClauseOpeners, s.Tokens[i].Lower) >= 0
                    || (s.Tokens[i].Is("and") || s.Tokens[i].Is("or")) && !IsOpeningQuote(s.Tokens[i + 1])) return false; // "the "phony" and "nasty" mayor", not "himself "immune" and offered"
            return true;
        }

        // Words after a quoted phrase that open another clause, whose verb is not the phrase's ("identified him as "Mr. K" as the
        // inquiry went on", "called her a "friend" but left").
        private static readonly string[] OtherClauseOpeners =
            { "but", "as", "when", "while", "because", "after", "before", "if", "since", "until", "although", "though", "that", "which", "who", "where", "so" };

        private static string Join(List<Token> tokens, int start, int end) => EntityRecognizer.Join(tokens, start, Math.Min(end, tokens.Count));

        /// <summary>
        /// "a scheme called "Homes For Velden"", "the motto "Velden Forward"", "known as "the Harbour Five"": a short quotation
        /// in title case that names a plan, a motto or a nickname is a name, not anybody's words. So is one that is the subject
        /// of the verb after it (""Green Harbour Now" requires ..."). "Ana Ruiz called the plan "Reckless"" characterizes.
        /// </summary>
        private static bool IsTitleOfAThing(SentenceInfo s, Quotation q)
        {
            var tokens = s.Tokens;
            if (q.OpenSentence != q.CloseSentence || q.Close - q.Open < 2 || q.Close - q.Open > 7 || !IsTitleCase(tokens, q.Open + 1, q.Close)) return false;
            // A cue after the quotation reports it (""Never Again" said Ana Ruiz").
            // (The words first: the sentence's analysis is asked only of a word that may be a verb and is no cue.)
            if (q.Close + 1 < tokens.Count && tokens[q.Close + 1].IsWord && CueVerbs.Lemma(tokens[q.Close + 1]) is null && Analysis.WordBounds.MayBeVerbAt(tokens, q.Close + 1)
                && s.Analysis.TagAt(q.Close + 1) == Analysis.Tag.Verb && s.Analysis.ClauseOfVerb(q.Close + 1) is { Subject: null }) return true;
            if (q.Open == 0) return false;
            var before = tokens[q.Open - 1];
            // "a Harvest Day "Festival Of Lights"": after the words of a name the title goes on naming ("calling Ana Ruiz "Reckless""
            // characterizes her).
            if (Events.TriggerFinder.IsAny(before, NamingNouns) || before.Kind == TokenKind.Possessive || before.IsWord && before.IsCapitalized && q.Open >= 2 && s.MentionAt(q.Open - 1) is null || before.IsWord && Analysis.ClosedClassWords.Find(before.Lower) is { Tag: Analysis.Tag.Determiner or Analysis.Tag.Possessive }) return true;
            // "a group called", "an operation named", "known as": a participle after its noun names; "Ana Ruiz called it" does not.
            if (q.Open < 2 || !Events.TriggerFinder.IsAny(before, NamingWords)) return false;
            var previous = tokens[q.Open - 2];
            return before.Is("as") ? previous.Is("known") || previous.Is("nicknamed") || previous.Is("identified") : previous.IsWord && !previous.IsCapitalized && Analysis.ClosedClassWords.Find(previous.Lower) is null;
        }

        private static bool IsTitleCase(List<Token> tokens, int start, int end)
        {
            var words = 0;
            for (var i = start; i < end; i++)
            {
                var t = tokens[i];
                if (!t.IsWord) continue;
                words++;
                if (!t.IsCapitalized && !(words > 1 && Events.TriggerFinder.IsAny(t, TitleSmallWords))) return false;
            }
            return words is > 0 and <= 5;
        }

        private static readonly string[] NamingNouns = { "slogan", "theme", "nickname", "motto", "hashtag", "title", "song", "songs", "book", "album", "film", "operation", "campaign" };

        private static readonly string[] NamingWords = { "called", "named", "nicknamed", "dubbed", "titled", "entitled", "as" };

        private static readonly string[] TitleSmallWords = { "of", "the", "a", "an", "and", "for", "to", "in", "on", "at", "by" };
    }
}
