using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction
{
    /// <summary>
    /// Direct quotes (quotation marks, split and multi-paragraph) and reported speech (a cue from
    /// <see cref="CueVerbs"/> or "according to"), each with its speaker: the cue's subject, with
    /// pronouns and role nouns resolved to the last compatible named person.
    /// </summary>
    internal sealed partial class QuoteExtractor
    {
        private readonly string _text;
        private readonly List<SentenceInfo> _sentences;
        private readonly List<EntityDraft> _entities;
        private readonly List<QuoteDraft> _quotes = new();
        private EntityDraft? _salient;

        private QuoteExtractor(string text, List<SentenceInfo> sentences, List<EntityDraft> entities)
        {
            _text = text;
            _sentences = sentences;
            _entities = entities;
        }

        public static List<QuoteDraft> Extract(string text, List<SentenceInfo> sentences, List<EntityDraft> entities, CancellationToken token)
        {
            var extractor = new QuoteExtractor(text, sentences, entities);
            var paragraph = new List<SentenceInfo>(); // one list for every paragraph in turn: read, never kept
            var i = 0;
            var inAnswer = false;
            var answering = AnsweringLabels(sentences);
            while (i < sentences.Count)
            {
                token.ThrowIfCancellationRequested();
                var j = i + 1;
                while (j < sentences.Count && sentences[j].BlockIndex == sentences[i].BlockIndex) j++;
                if (sentences[i].Block == BlockKind.Paragraph)
                {
                    paragraph.Clear();
                    for (var k = i; k < j; k++) paragraph.Add(sentences[k]);
                    // "((Mira Holt)) I think the bridge ...": an interviewee's answer, and the paragraphs it runs on to, are the
                    // interview itself, not statements the article attributes (the gold's convention); they only move who "he" means,
                    // even when the answer asks a question of its own ("why would I fake it?").
                    inAnswer = paragraph[0].OpensInterviewTurn ? answering is not null && answering.Contains(TurnLabel(paragraph[0])) || !AsksAQuestion(paragraph) : inAnswer;
                    if (inAnswer) extractor.PassOver(paragraph);
                    else extractor.ExtractParagraph(paragraph);
                }
                else
                {
                    inAnswer = false; // a heading ends the transcript's turn
                    if (sentences[i].Block == BlockKind.Title) for (var k = i; k < j; k++) extractor.HeadlineStatement(sentences[k]);
                }
                i = j;
            }
            extractor._quotes.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
            MarkPhrasesQuotedInReports(extractor._quotes);
            return extractor._quotes;
        }

        /// <summary>The person pronouns in later sentences most likely refer to.</summary>
        public EntityDraft? Salient => _salient;

        private int _speakerSentence = -1;
        private Speaker _lastDirect;
        private int _lastDirectBlock = -1;
        private readonly List<Speaker> _lastGroup = new();
        private int _lastGroupSentence = -1;

        // "((WN)) Why did you leave?": the interviewer's turn, whose quoted words ("you wrote \"...\"") are still quotes.
        private static bool AsksAQuestion(List<SentenceInfo> paragraph)
        {
            foreach (var s in paragraph)
                foreach (var t in s.Tokens)
                    if (t.IsPunct('?')) return true;
            return false;
        }

        private void PassOver(List<SentenceInfo> paragraph)
        {
            foreach (var s in paragraph) UpdateSalience(s, NoQuotations);
        }

        private void UpdateSalience(SentenceInfo s, List<(int Open, int Close)> quoted)
        {
            if (_speakerSentence == s.Index) return; // the person who just spoke is who "he" means next

            foreach (var m in s.Mentions)
            {
                // 'Her memoir called it "the year I met Tom Vell".': a name inside quoted words is not whom the text is about.
                if (Inside(quoted, m.TokenStart)) continue;
                // "Karel Dorn's former business partner Tomas Vell held a press conference": the possessor only says whose partner.
                if (OwnsNamedPerson(s, m)) continue;
                // "the martial law imposed by former President X": a person named only in a prepositional phrase is
                // less prominent than the one "he" has meant so far (subjects outrank obliques).
                if (m.Entity.Kind == EntityKind.Person && (_salient is null || !IsOblique(s, m)))
                {
                    _salient = m.Entity;
                    return;
                }
            }
        }


        /// <summary>A quotation in a paragraph: from the opening mark in one sentence to the closing mark in the same or a later one.</summary>
        private readonly struct Quotation
        {
            public Quotation(int openSentence, int open, int closeSentence, int close)
            {
                OpenSentence = openSentence;
                Open = open;
                CloseSentence = closeSentence;
                Close = close;
            }

            public int OpenSentence { get; }
            public int Open { get; }
            public int CloseSentence { get; }

            /// <summary>Token index of the closing mark in <see cref="CloseSentence"/>, or its token count when the paragraph ends first.</summary>
            public int Close { get; }
        }

        // A quotation still open when its paragraph ended: news continues it in the next paragraph.
        private Speaker _runningQuoteSpeaker;

        // The quoted spans of a sentence with none; read, never added to.
        private static readonly List<(int Open, int Close)> NoQuotations = new();

        // The quotations of the paragraph at hand, and the speakers it has named so far: refilled for every paragraph.
        private readonly List<Quotation> _quotations = new();
        private readonly List<Speaker> _speakers = new();

        private void ExtractParagraph(List<SentenceInfo> paragraph)
        {
            var quotations = Quotations(_text, paragraph, _quotations);
            // Most paragraphs quote nothing: their sentences share the empty list of spans.
            var quoted = quotations.Count == 0 ? null : QuotedSpans(paragraph, quotations);
            var speakers = _speakers;
            speakers.Clear();
            var carried = _runningQuoteSpeaker;
            _runningQuoteSpeaker = default;
            var next = 0; // the quotations are in the order they open
            // Sentence by sentence, so pronouns resolve against what came before.
            for (var k = 0; k < paragraph.Count; k++)
            {
                for (; next < quotations.Count && quotations[next].OpenSentence == k; next++) Direct(paragraph, quotations[next], quoted!, speakers, carried);
                var reportedFrom = _quotes.Count;
                if (!IsInterviewQuestion(paragraph[0], paragraph[k])) ExtractReported(paragraph[k], quoted?[k] ?? NoQuotations, speakers);
                QuotedWithinReported(paragraph[k], reportedFrom);
                UpdateSalience(paragraph[k], quoted?[k] ?? NoQuotations);
            }
            if (!_runningQuoteSpeaker.IsFound) _runningQuoteSpeaker = ColonIntroducer(paragraph[paragraph.Count - 1], quoted?[paragraph.Count - 1] ?? NoQuotations, speakers);
        }

        /// <summary>Per sentence of the paragraph, the token spans its quotations cover (-1: open before it; its token count: still open after it).</summary>
        private static List<(int Open, int Close)>[] QuotedSpans(List<SentenceInfo> paragraph, List<Quotation> quotations)
        {
            var quoted = new List<(int Open, int Close)>[paragraph.Count];
            for (var k = 0; k < paragraph.Count; k++) quoted[k] = NoQuotations; // most sentences quote nothing: no list of their own
            foreach (var q in quotations)
            {
                for (var k = q.OpenSentence; k <= q.CloseSentence; k++)
                    (quoted[k] == NoQuotations ? quoted[k] = new List<(int, int)>() : quoted[k]).Add((k == q.OpenSentence ? q.Open : -1, k == q.CloseSentence ? q.Close : paragraph[k].Tokens.Count));
            }
            return quoted;
        }

        // Short quotations with no cue beside them, kept until the sentence's reported speech is known.
        private readonly List<(int Start, int End)> _scareQuotes = new();

        /// <summary>
        /// "Jon Varga said the mayor was in a "serious" condition": a short quotation inside reported content
        /// quotes the same speaker. Other short quotations without a cue stay scare quotes.
        /// </summary>
        private void QuotedWithinReported(SentenceInfo s, int reportedFrom)
        {
            foreach (var (start, end) in _scareQuotes)
            {
                if (end <= start) continue;
                for (var r = reportedFrom; r < _quotes.Count; r++)
                {
                    var reported = _quotes[r];
                    if (reported.Kind != QuoteKind.Indirect || reported.Sentence != s || start < reported.Start || end > reported.End) continue;
                    _quotes.Add(new QuoteDraft(start, end, reported.Speaker, QuoteKind.Direct, reported.Cue, s));
                    break;
                }
            }
            _scareQuotes.Clear();
        }

        /// <summary>The quoted words' characters, without the marks, the spaces inside them and a closing full stop or comma.</summary>
        private (int Start, int End) QuotedSpan(SentenceInfo first, SentenceInfo last, Quotation q)
        {
            var start = first.Tokens[q.Open].End;
            var end = q.Close < last.Tokens.Count ? last.Tokens[q.Close].Start : last.End;
            while (start < end && char.IsWhiteSpace(_text[start])) start++;
            while (end > start && (char.IsWhiteSpace(_text[end - 1]) || char.IsPunctuation(_text[end - 1]) && _text[end - 1] is not (')' or '%' or ']' or '?' or '!'))) end--;
            return (start, end);
        }

        /// <summary>"Doe was described as "reckless" by the police": the agent after the quotation says the quoted words.</summary>
        private (Speaker Speaker, string Cue)? PassiveAgent(SentenceInfo s, Quotation q)
        {
            var tokens = s.Tokens;
            var by = q.Close + 1;
            // The cue stands before the opening mark in the same sentence: q.Open indexes the opening sentence's tokens.
            if (q.OpenSentence != q.CloseSentence || by + 1 >= tokens.Count || !tokens[by].Is("by") || q.Open < 3) return null;
            var cue = q.Open - 1;
            if (tokens[cue].Is("as")) cue--;
            if (cue < 1 || CueVerbs.Lemma(tokens[cue]) is null || !IsPassiveCue(s, cue)) return null;
            var end = by + 1;
            while (end < tokens.Count && !tokens[end].IsPunct(',') && !IsSentenceEnd(tokens[end]) && end < by + 6) end++;
            return (NounPhraseSpeaker(s, by + 1, end), tokens[cue].Text);
        }

        /// <summary>
        /// The cue of a quotation and whose words they are: a cue before it in its first sentence, or just after it in its last,
        /// or the agent of a passive cue after it; the indexes of the cue found before and after it (-1: none).
        /// </summary>
        private (Speaker Speaker, string? Cue, int CueBefore, int CueAfter) CueOf(SentenceInfo first, SentenceInfo last, Quotation q, List<(int Open, int Close)>[] quoted, List<Speaker> speakers)
        {
            var speaker = default(Speaker);
            string? cue = null;
            var cueBefore = CueBefore(first, quoted[q.OpenSentence], q.Open);
            if ((cueBefore < 0 || cueBefore == q.Open - 1) && PersonQuotedAsSaying(first, q.Open) is { IsFound: true } quotedOne)
                return (quotedOne, first.Tokens[q.Open - 1].Text, q.Open - 1, -1);
            // "X noted the need: "...," said Y": a cue right after the closing mark names who spoke the words.
            if (cueBefore >= 0 && TrailingCue(last.Tokens, quoted[q.CloseSentence], q.Close) is var trailing && trailing >= 0
                && SubjectOf(last, trailing, quoted[q.CloseSentence], speakers) is { IsFound: true } trailingSpeaker)
            {
                speaker = trailingSpeaker;
                cue = last.Tokens[trailing].Text;
            }
            else if (cueBefore >= 0)
            {
                speaker = SubjectOf(first, cueBefore, quoted[q.OpenSentence], speakers);
                cue = first.Tokens[cueBefore].Text;
                if (!speaker.IsFound) speaker = TextThatReads(first, cueBefore); // "The event description read, "...""
            }
            var cueAfter = speaker.IsFound ? -1 : CueAfter(last.Tokens, quoted[q.CloseSentence], q.Close);
            if (cueAfter >= 0)
            {
                speaker = SubjectOf(last, cueAfter, quoted[q.CloseSentence], speakers);
                cue = last.Tokens[cueAfter].Text;
            }
            if (!speaker.IsFound && PassiveAgent(last, q) is { } agent && agent.Speaker.IsFound)
            {
                speaker = agent.Speaker;
                cue = agent.Cue;
                cueAfter = q.Close + 1; // the agent stands beside the quotation
            }
            if (!speaker.IsFound && TextReadingAfter(last, q.Close, first) is { } reading)
            {
                (speaker, cue) = reading;
                cueAfter = q.Close + 1; // the text reads out the words beside it
            }
            // '"...," reads the council's statement, "..."': the text that read out the quotation before goes on reading this one.
            if (!speaker.IsFound && cueBefore < 0 && ReadingGoesOn(first, quoted[q.OpenSentence], q.Open) is { } goesOn)
                (speaker, cue, cueBefore) = goesOn;
            return (speaker, cue, cueBefore, cueAfter);
        }

        private void Direct(List<SentenceInfo> paragraph, Quotation q, List<(int Open, int Close)>[] quoted, List<Speaker> speakers, Speaker carried)
        {
            var first = paragraph[q.OpenSentence];
            var last = paragraph[q.CloseSentence];
            var words = QuotedWords(paragraph, q);
            if (words == 0 || IsTitleOfAThing(first, q)) return;

            // The cue stands before the quotation in its first sentence, or just after it in its last.
            var (speaker, cue, cueBefore, cueAfter) = CueOf(first, last, q, quoted, speakers);
            // "X issued the following statement: "..."": the words of the text X put out (IssuedTextBefore).
            if (!speaker.IsFound && cueBefore < 0 && IssuedTextBefore(first.Tokens, q.Open) is var issued && issued >= 0)
                (speaker, cue, cueBefore) = (IssuerOfIssuedText(first, issued, q.Open, quoted[q.OpenSentence], speakers), first.Tokens[issued].Text, issued);
            if (!speaker.IsFound && CueOpeningNextSentence(paragraph, q, quoted) is var next && next >= 0)
                (speaker, cue, cueAfter) = (SubjectOf(paragraph[q.CloseSentence + 1], next, quoted[q.CloseSentence + 1], speakers), paragraph[q.CloseSentence + 1].Tokens[next].Text, next);
            if (!speaker.IsFound && q.OpenSentence == 0 && q.Open == 0 && carried.IsFound) speaker = carried;
            // A second quotation with no cue of its own goes on with the last speaker of the paragraph.
            if (!speaker.IsFound && q.Open == 0 && _lastDirect.IsFound && _lastDirectBlock == first.BlockIndex) speaker = _lastDirect;
            // "Velco referred to the ferry as a "cargo boat"": the name "refer to" gives stands beside its verb however long the object.
            var refer = cueAfter < 0 ? ReferredToAs(first, q) : -1;
            var referred = refer >= 0 && refer > cueBefore;
            // A subject found for a cue before it stays ("X called it a "sham", and on radio referred to the vote as "..."").
            if (referred) (speaker, cue, cueBefore) = (speaker.IsFound ? speaker : SubjectOf(first, refer, quoted[q.OpenSentence], speakers), first.Tokens[refer].Text, refer);
            // Scare quotes ("freeze", "America First") are not statements unless a cue stands right beside them.
            var adjacent = referred || cueBefore >= 0 && q.Open - cueBefore <= 5 || cueAfter >= 0;
            if (!adjacent && (words < 3 || !speaker.IsFound) && CoordinatedWithLast(first, q) is { } joined)
            {
                (speaker, cue, adjacent) = (joined.Speaker, joined.Cue, true);
            }
            if (words < 3 && !adjacent)
            {
                if (q.OpenSentence == q.CloseSentence) _scareQuotes.Add(QuotedSpan(first, last, q));
                return;
            }
            if (!speaker.IsFound) speaker = FirstActor(first, quoted[q.OpenSentence]);
            // "X criticized the decision on Twitter. "...."": a quotation that is its whole sentence, after one reporting X's words, is X's.
            if (!speaker.IsFound && q.Open == 0 && (q.CloseSentence > q.OpenSentence || OnlyMarksAfter(last.Tokens, q.Close))) speaker = SpeakerOfSentenceBefore(first);
            if (!speaker.IsFound)
            {
                // 'The ferry sailed at "a crawling pace" according to the Velden Herald.': words quoted in reported content
                // with no cue of their own are that content's speaker's (QuotedWithinReported).
                if (q.OpenSentence == q.CloseSentence) _scareQuotes.Add(QuotedSpan(first, last, q));
                return;
            }

            var (start, end) = QuotedSpan(first, last, q);
            if (end <= start) return;
            AddDirect(first, start, end, speaker, cue, cueAfter < 0 ? cueBefore : -1, speakers);
            _lastDirect = speaker;
            _lastDirectBlock = first.BlockIndex;
            if (speaker.Entity?.Kind == EntityKind.Person) _salient = speaker.Entity;
            if (q.Close >= last.Tokens.Count && q.CloseSentence == paragraph.Count - 1) _runningQuoteSpeaker = speaker;
        }

        /// <summary>
        /// "called the deal "null and void" and "ridiculous"", ""a disgrace", "a farce" and ...": a quotation joined by a comma,
        /// "and" or "or" to the direct quote just taken from the same sentence goes on with its speaker and cue (unless it opens
        /// with a capital, as names of works do); null otherwise.
        /// </summary>
        private QuoteDraft? CoordinatedWithLast(SentenceInfo s, Quotation q)
        {
            // "songs such as "Dark Star" and "Truckin'"": capitalized words in a list name works, they are not words said.
            if (_quotes.Count == 0 || q.OpenSentence != q.CloseSentence || q.Open + 1 < s.Tokens.Count && s.Tokens[q.Open + 1].IsCapitalized) return null;
            var last = _quotes[_quotes.Count - 1];
            if (last.Kind != QuoteKind.Direct || last.Sentence != s) return null;
            var tokens = s.Tokens;
            var joiners = 0;
            for (var i = q.Open - 1; i >= 0; i--)
            {
                if (tokens[i].Start < last.End) return joiners > 0 ? last : null;
                if (tokens[i].Is("and") || tokens[i].Is("or") || tokens[i].IsPunct(',')) joiners++;
                else if (!IsQuoteClose(tokens[i])) return null;
            }
            return null;
        }

        /// <summary>"The Velden Post quoted Ana Ruiz, a former aide, as saying "..."": who is quoted says the words, not who quotes.</summary>
        private static Speaker PersonQuotedAsSaying(SentenceInfo s, int open)
        {
            var tokens = s.Tokens;
            if (open < 4 || !tokens[open - 2].Is("as") || !CueVerbs.IsParticiple(tokens[open - 1].Text)) return default;
            for (var k = open - 3; k >= 0 && k >= open - 16; k--)
            {
                if (!IsQuotingVerb(tokens[k]) || IsPassiveCue(s, k)) continue;
                return s.MentionAt(k + 1) is { IsDemonym: false } m && m.TokenStart == k + 1 && m.Entity.Kind != EntityKind.Place
                    ? new Speaker(m.Entity, Join(tokens, m.TokenStart, m.TokenEnd)) : default;
            }
            return default;
        }

        /// <summary>
        /// '"Where is the money?" Ana Ruiz asked.': a question or exclamation mark before the closing mark ends the sentence
        /// when a name follows, so the cue of the quotation opens the next sentence of the paragraph; its index there, or -1.
        /// </summary>
        private static int CueOpeningNextSentence(List<SentenceInfo> paragraph, Quotation q, List<(int Open, int Close)>[] quoted)
        {
            var tokens = paragraph[q.CloseSentence].Tokens;
            if (q.CloseSentence + 1 >= paragraph.Count || q.Close < 1 || q.Close >= tokens.Count || !OnlyMarksAfter(tokens, q.Close)
                || !(tokens[q.Close - 1].IsPunct('?') || tokens[q.Close - 1].IsPunct('!'))) return -1;
            return CueAfter(paragraph[q.CloseSentence + 1].Tokens, quoted[q.CloseSentence + 1], -1);
        }

        private static bool OnlyMarksAfter(List<Token> tokens, int close)
        {
            for (var i = close + 1; i < tokens.Count; i++)
                if (tokens[i].Kind != TokenKind.Punctuation) return false;
            return true;
        }

        /// <summary>How many words and numbers stand between the quotation's marks, across its sentences.</summary>
        private static int QuotedWords(List<SentenceInfo> paragraph, Quotation q)
        {
            var words = 0;
            for (var k = q.OpenSentence; k <= q.CloseSentence; k++)
            {
                var tokens = paragraph[k].Tokens;
                var from = k == q.OpenSentence ? q.Open + 1 : 0;
                var to = k == q.CloseSentence ? q.Close : tokens.Count;
                for (var t = from; t < to; t++) if (tokens[t].IsWord || tokens[t].Kind == TokenKind.Number) words++;
            }
            return words;
        }

        private void Add(SentenceInfo s, int tokenStart, int tokenEnd, Speaker speaker, string cue)
        {
            var tokens = s.Tokens;
            while (tokenEnd > tokenStart && tokens[tokenEnd - 1].Kind == TokenKind.Punctuation) tokenEnd--;
            while (tokenStart < tokenEnd && tokens[tokenStart].Kind == TokenKind.Punctuation && !tokens[tokenStart].IsOpeningQuote) tokenStart++;
            if (tokenEnd - tokenStart < 2) return;
            _quotes.Add(new QuoteDraft(tokens[tokenStart].Start, tokens[tokenEnd - 1].End, speaker, QuoteKind.Indirect, cue, s));
        }
    }
}
