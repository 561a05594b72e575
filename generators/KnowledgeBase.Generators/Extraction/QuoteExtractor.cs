using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Extraction
{
    /// <summary>A quote found in one article, before it becomes a <see cref="QuoteModel"/>.</summary>
    internal sealed class QuoteDraft
    {
        public QuoteDraft(int start, int end, Speaker speaker, int kind, string? cue, SentenceInfo sentence)
        {
            Start = start;
            End = end;
            Speaker = speaker;
            Kind = kind;
            Cue = cue;
            Sentence = sentence;
        }

        public int Start { get; }
        public int End { get; }
        public Speaker Speaker { get; }
        public int Kind { get; }
        public string? Cue { get; }
        public SentenceInfo Sentence { get; }
    }

    /// <summary>Who a quote is attributed to: an entity, or only the words that name an unnamed speaker.</summary>
    internal readonly struct Speaker
    {
        public Speaker(EntityDraft? entity, string text)
        {
            Entity = entity;
            Text = text;
        }

        public EntityDraft? Entity { get; }
        public string Text { get; }
        public bool IsFound => !string.IsNullOrEmpty(Text);
    }

    /// <summary>
    /// Direct quotes (quotation marks, split and multi-paragraph) and reported speech (a cue from
    /// <see cref="CueVerbs"/> or "according to"), each with its speaker: the cue's subject, with
    /// pronouns and role nouns resolved to the last compatible named person.
    /// </summary>
    internal sealed class QuoteExtractor
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
            var i = 0;
            while (i < sentences.Count)
            {
                token.ThrowIfCancellationRequested();
                var j = i + 1;
                while (j < sentences.Count && sentences[j].BlockIndex == sentences[i].BlockIndex) j++;
                if (sentences[i].Block == BlockKind.Paragraph) extractor.ExtractParagraph(sentences.GetRange(i, j - i));
                i = j;
            }
            extractor._quotes.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
            return extractor._quotes;
        }

        /// <summary>The person pronouns in later sentences most likely refer to.</summary>
        public EntityDraft? Salient => _salient;

        private int _speakerSentence = -1;
        private Speaker _lastDirect;
        private int _lastDirectBlock = -1;
        private List<Speaker> _lastGroup = new();
        private int _lastGroupSentence = -1;

        private void UpdateSalience(SentenceInfo s)
        {
            if (_speakerSentence == s.Index) return; // the person who just spoke is who "he" means next

            foreach (var m in s.Mentions)
            {
                if (m.Entity.Kind == DataLayout.KindPerson)
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

        private void ExtractParagraph(List<SentenceInfo> paragraph)
        {
            var quotations = Quotations(paragraph);
            var quoted = new List<(int Open, int Close)>[paragraph.Count];
            for (var k = 0; k < paragraph.Count; k++) quoted[k] = new List<(int, int)>();
            foreach (var q in quotations)
            {
                for (var k = q.OpenSentence; k <= q.CloseSentence; k++)
                    quoted[k].Add((k == q.OpenSentence ? q.Open : -1, k == q.CloseSentence ? q.Close : paragraph[k].Tokens.Count));
            }

            var speakers = new List<Speaker>();
            var carried = _runningQuoteSpeaker;
            _runningQuoteSpeaker = default;
            var opening = new List<Quotation>?[paragraph.Count];
            foreach (var q in quotations) (opening[q.OpenSentence] ??= new List<Quotation>()).Add(q);
            // Sentence by sentence, so pronouns resolve against what came before.
            for (var k = 0; k < paragraph.Count; k++)
            {
                if (opening[k] is { } opened)
                    foreach (var q in opened) Direct(paragraph, q, quoted, speakers, carried);
                ExtractReported(paragraph[k], quoted[k], speakers);
                UpdateSalience(paragraph[k]);
            }
        }

        private void Direct(List<SentenceInfo> paragraph, Quotation q, List<(int Open, int Close)>[] quoted, List<Speaker> speakers, Speaker carried)
        {
            {
                var first = paragraph[q.OpenSentence];
                var last = paragraph[q.CloseSentence];
                var words = 0;
                for (var k = q.OpenSentence; k <= q.CloseSentence; k++)
                {
                    var tokens = paragraph[k].Tokens;
                    var from = k == q.OpenSentence ? q.Open + 1 : 0;
                    var to = k == q.CloseSentence ? q.Close : tokens.Count;
                    for (var t = from; t < to; t++) if (tokens[t].IsWord || tokens[t].Kind == TokenKind.Number) words++;
                }
                if (words == 0) return;

                // The cue stands before the quotation in its first sentence, or just after it in its last.
                var speaker = default(Speaker);
                string? cue = null;
                var cueBefore = CueBefore(first.Tokens, quoted[q.OpenSentence], q.Open);
                if (cueBefore >= 0)
                {
                    speaker = SubjectOf(first, cueBefore, quoted[q.OpenSentence], speakers);
                    cue = first.Tokens[cueBefore].Text;
                }
                var cueAfter = speaker.IsFound ? -1 : CueAfter(last.Tokens, quoted[q.CloseSentence], q.Close);
                if (cueAfter >= 0)
                {
                    speaker = SubjectOf(last, cueAfter, quoted[q.CloseSentence], speakers);
                    cue = last.Tokens[cueAfter].Text;
                }
                if (!speaker.IsFound && q.OpenSentence == 0 && q.Open == 0 && carried.IsFound) speaker = carried;
                // A second quotation with no cue of its own goes on with the last speaker of the paragraph.
                if (!speaker.IsFound && q.Open == 0 && _lastDirect.IsFound && _lastDirectBlock == first.BlockIndex) speaker = _lastDirect;
                // Scare quotes ("freeze", "America First") are not statements unless a cue stands right beside them.
                var adjacent = cueBefore >= 0 && q.Open - cueBefore <= 5 || cueAfter >= 0;
                if (words < 3 && !adjacent) return;
                if (!speaker.IsFound) speaker = FirstActor(first, quoted[q.OpenSentence]);
                if (!speaker.IsFound) return;

                var start = first.Tokens[q.Open].End;
                var end = q.Close < last.Tokens.Count ? last.Tokens[q.Close].Start : last.End;
                while (start < end && char.IsWhiteSpace(_text[start])) start++;
                while (end > start && (char.IsWhiteSpace(_text[end - 1]) || char.IsPunctuation(_text[end - 1]) && _text[end - 1] is not (')' or '%' or ']' or '?' or '!'))) end--;
                if (end <= start) return;
                _quotes.Add(new QuoteDraft(start, end, speaker, DataLayout.QuoteDirect, cue, first));
                speakers.Add(speaker);
                _lastDirect = speaker;
                _lastDirectBlock = first.BlockIndex;
                if (speaker.Entity?.Kind == DataLayout.KindPerson) _salient = speaker.Entity;
                if (q.Close >= last.Tokens.Count && q.CloseSentence == paragraph.Count - 1) _runningQuoteSpeaker = speaker;
            }
        }

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

        private void ExtractReported(SentenceInfo s, List<(int Open, int Close)> quoted, List<Speaker> speakers)
        {
            var tokens = s.Tokens;

            for (var c = 0; c < tokens.Count; c++)
            {
                if (Inside(quoted, c)) continue;
                if (tokens[c].Is("according") && c + 1 < tokens.Count && tokens[c + 1].Is("to"))
                {
                    AccordingTo(s, c, quoted, speakers);
                    continue;
                }
                var lemma = CueAt(tokens, c);
                if (lemma is null) continue;
                if (TrailingAttribution(s, c, lemma, quoted, speakers)) continue;
                if (IsPassive(tokens, c))
                {
                    PassiveWithAgent(s, c, speakers);
                    continue;
                }
                if (lemma == "maintain" && !(c + 1 < tokens.Count && tokens[c + 1].Is("that"))) continue; // "maintained a stance" is no statement
                var contentStart = ContentStart(tokens, c, lemma);
                var contentEnd = ContentEnd(tokens, contentStart, SubordinateClause(tokens, c));
                // An object ("announced his resignation shortly before midnight") ends where its time adjunct begins.
                if (contentStart > 0 && !tokens[contentStart - 1].Is("that") && !StartsClause(tokens, contentStart))
                    contentEnd = ObjectEnd(tokens, contentStart, contentEnd);
                if (contentEnd - contentStart < 2 || IsAdjunct(tokens[contentStart])) continue;
                if (StartsQuote(quoted, contentStart, contentEnd)) continue; // the cue of a direct quote
                if (c > 0 && (IsQuoteClose(tokens[c - 1]) || tokens[c - 1].IsPunct(',') && c > 1 && IsQuoteClose(tokens[c - 2]))) continue; // '"...," said X'
                if (HasQuotation(quoted, contentStart, contentEnd)) continue; // the quoted words are the statement
                if (lemma is "say" or "tell" && StartsAnyQuotation(quoted, contentStart, contentEnd)) continue;
                var speaker = SubjectOf(s, c, quoted, speakers);
                if (!speaker.IsFound) continue;
                // "Both leaders expressed X, highlighting Y": Y is reported for both again.
                var group = SharesSubject(tokens, c) && _lastGroup.Count > 0 && _lastGroupSentence == s.Index ? new List<Speaker>(_lastGroup) : new List<Speaker>(Coordinated(s, c, speaker));
                foreach (var one in group)
                {
                    speakers.Add(one);
                    Add(s, contentStart, contentEnd, one, tokens[c].Text);
                }
                _lastGroup = group;
                _lastGroupSentence = s.Index;
                if (speaker.Entity?.Kind == DataLayout.KindPerson)
                {
                    _salient = speaker.Entity;
                    _speakerSentence = s.Index;
                }
            }
        }

        private void AccordingTo(SentenceInfo s, int c, List<(int Open, int Close)> quoted, List<Speaker> speakers)
        {
            var tokens = s.Tokens;
            var npEnd = c + 2;
            while (npEnd < tokens.Count && !tokens[npEnd].IsPunct(',') && !IsSentenceEnd(tokens[npEnd])) npEnd++;
            if (npEnd == c + 2) return;
            var speaker = NounPhraseSpeaker(s, c + 2, npEnd);
            if (!speaker.IsFound) return;
            int start, end;
            if (c <= 1)
            {
                // Everything the source is cited for, up to the sentence end.
                start = npEnd + 1;
                end = tokens.Count;
                for (var i = start; i < tokens.Count; i++) if (tokens[i].IsPunct(';')) { end = i; break; }
            }
            else if (tokens[c - 1].IsPunct(',') && npEnd < tokens.Count && tokens[npEnd].IsPunct(',') && npEnd + 2 < tokens.Count && !IsSentenceEnd(tokens[npEnd + 1]))
            {
                // "X's operation, according to Y in March, is too big for ...": the claim is the sentence around the source.
                start = 0;
                end = tokens.Count;
                while (end > start && tokens[end - 1].Kind == TokenKind.Punctuation) end--;
            }
            else
            {
                start = 0;
                end = c;
                while (end > start && tokens[end - 1].Kind == TokenKind.Punctuation) end--;
            }
            if (end - start < 3) return;
            speakers.Add(speaker);
            Add(s, start, end, speaker, "according to");
            _ = quoted;
        }

        private void Add(SentenceInfo s, int tokenStart, int tokenEnd, Speaker speaker, string cue)
        {
            var tokens = s.Tokens;
            while (tokenEnd > tokenStart && tokens[tokenEnd - 1].Kind == TokenKind.Punctuation) tokenEnd--;
            while (tokenStart < tokenEnd && tokens[tokenStart].Kind == TokenKind.Punctuation && !tokens[tokenStart].IsOpeningQuote) tokenStart++;
            if (tokenEnd - tokenStart < 2) return;
            _quotes.Add(new QuoteDraft(tokens[tokenStart].Start, tokens[tokenEnd - 1].End, speaker, DataLayout.QuoteIndirect, cue, s));
        }

        /// <summary>The lemma when token <paramref name="c"/> is used as a speech cue verb.</summary>
        private static string? CueAt(List<Token> tokens, int c)
        {
            var t = tokens[c];
            if (!t.IsWord || char.IsUpper(t.Text[0]) && c > 0) return null;
            var lemma = CueVerbs.Lemma(t.Text) ?? ReportsAfterName(tokens, c);
            if (lemma is null) return null;
            if (lemma == "think" && c + 1 < tokens.Count && tokens[c + 1].Is("tank")) return null; // a think tank
            var previous = c > 0 ? tokens[c - 1] : default;
            if (c > 0 && previous.IsWord && IsDeterminer(previous.Text)) return null; // "the call", "a report"
            if (lemma == "call" && c + 1 < tokens.Count && (tokens[c + 1].Is("with") || tokens[c + 1].Is("on") || tokens[c + 1].Is("off"))) return null;
            // "continued to emphasize", "went on to say": the infinitive reports speech.
            if (c >= 2 && previous.Is("to") && t.Text.Equals(lemma, StringComparison.OrdinalIgnoreCase) && IsContinuation(tokens[c - 2].Text)) return lemma;
            if (CueVerbs.IsPresent(t.Text, lemma) && !CueVerbs.IsParticiple(t.Text))
            {
                // "analysts warn", "Merkel says": a present form counts only after its subject.
                if (c == 0) return null;
                var ok = previous.IsCapitalized || previous.Kind == TokenKind.Possessive ? false : CommonWords.IsGroupNoun(previous.Text) || previous.Is("some") || previous.Is("others") || CommonWords.IsPersonalPronoun(previous.Text) || previous.Is("they");
                if (!ok && previous.IsCapitalized) ok = true;
                if (!ok && (previous.Is("and") || previous.Is("but")) && c > 1) ok = true; // "lists X as Y and states that ..."
                if (!ok) return null;
            }
            if (CueVerbs.IsParticiple(t.Text) && c > 0 && !(previous.IsPunct(',') || IsContinuation(previous.Text) || CommonWords.IsGroupNoun(previous.Text) || previous.Is("by") || previous.Is("while") || previous.Is("after") || previous.Is("upon") || previous.Is("is") || previous.Is("was") || previous.Is("were") || previous.Is("are"))) return null;
            return lemma;
        }

        /// <summary>"Gazeta Prawna reports only 0.5% ...": after a name and before its content "reports" is the verb, not the noun.</summary>
        private static string? ReportsAfterName(List<Token> tokens, int c)
        {
            if (!tokens[c].Is("reports") || c == 0 || !tokens[c - 1].IsCapitalized || c + 1 >= tokens.Count) return null;
            var next = tokens[c + 1];
            return next.Is("that") || next.Is("the") || next.Is("a") || next.Is("an") || next.Is("only") || next.Is("some") || next.Is("its") || next.Is("their")
                || next.Kind == TokenKind.Number || next.IsCapitalized ? "report" : null;
        }

        /// <summary>A reported clause starts with its own subject: a pronoun or a name followed by a verb-like word.</summary>
        private static bool StartsClause(List<Token> tokens, int start)
        {
            if (start >= tokens.Count) return false;
            var t = tokens[start];
            if (t.Is("he") || t.Is("she") || t.Is("they") || t.Is("it") || t.Is("we") || t.Is("i") || t.Is("there")) return true;
            for (var i = start + 1; i < tokens.Count && i <= start + 4; i++)
                if (tokens[i].IsWord && (tokens[i].Is("is") || tokens[i].Is("was") || tokens[i].Is("were") || tokens[i].Is("are") || tokens[i].Is("had") || tokens[i].Is("has") || tokens[i].Is("would") || tokens[i].Is("will") || tokens[i].Is("could"))) return true;
            return false;
        }

        private static int ObjectEnd(List<Token> tokens, int start, int end)
        {
            for (var i = start + 1; i < end; i++)
            {
                var t = tokens[i];
                if (t.Is("after") || t.Is("before") || t.Is("following") || t.Is("amid") || t.Is("shortly") || t.Is("during") || t.Is("until") || t.Is("since")) return i;
                // "the memoranda between X and Y in which they agreed ...": the object ends before its relative clause.
                if ((t.Is("in") || t.Is("under") || t.Is("by")) && i + 1 < end && (tokens[i + 1].Is("which") || tokens[i + 1].Is("whom"))) return i;
                if (t.Is("on") && i + 1 < end && Reading.DatelineReader.IsWeekday(tokens[i + 1].Text)) return i;
            }
            return end;
        }

        /// <summary>"The entire crew were Iranians, the army said.": the attribution closes the sentence.</summary>
        private bool TrailingAttribution(SentenceInfo s, int c, string lemma, List<(int Open, int Close)> quoted, List<Speaker> speakers)
        {
            var tokens = s.Tokens;
            if (lemma is not ("say" or "tell" or "add" or "report" or "state" or "confirm" or "claim" or "explain" or "announce" or "write" or "note")) return false;
            var after = SkipAdjuncts(tokens, c + 1);
            if (after < tokens.Count && !IsSentenceEnd(tokens[after])) return false;
            var comma = -1;
            for (var i = c - 1; i >= 0 && i >= c - 7; i--)
                if (tokens[i].IsPunct(',')) { comma = i; break; }
            if (comma < 3 || Inside(quoted, comma - 1) || IsQuoteClose(tokens[comma - 1])) return false;
            var speaker = NounPhraseSpeaker(s, comma + 1, c);
            if (!speaker.IsFound) return false;
            speakers.Add(speaker);
            Add(s, 0, comma, speaker, tokens[c].Text);
            if (speaker.Entity?.Kind == DataLayout.KindPerson) _salient = speaker.Entity;
            return true;
        }

        /// <summary>A cue inside "While X said Y, ..." reports only up to the comma.</summary>
        private static bool SubordinateClause(List<Token> tokens, int cue)
        {
            // "..., which local press reported belonging to the military, crashed": a report inside a relative clause.
            for (var i = cue - 1; i >= 0 && i >= cue - 5; i--)
                if (tokens[i].Is("which") || tokens[i].Is("whom") || tokens[i].Is("whose")) return true;
            if (tokens.Count > 0 && IsSubordinator(tokens[0]))
            {
                for (var i = 1; i < cue; i++) if (tokens[i].IsPunct(',') && i + 1 < tokens.Count && (CommonWords.IsPersonalPronoun(tokens[i + 1].Text) || tokens[i + 1].Is("it") || tokens[i + 1].Is("they"))) return false;
                return true;
            }
            for (var i = cue - 1; i >= 0; i--)
            {
                if (tokens[i].IsPunct(',') || tokens[i].IsPunct(';')) return false;
                if (IsSubordinator(tokens[i])) return true;
            }
            return false;
        }

        private static bool IsSubordinator(Token t) =>
            t.IsWord && (t.Is("while") || t.Is("although") || t.Is("though") || t.Is("whereas") || t.Is("because") || t.Is("if") || t.Is("when") || t.Is("unless"));

        /// <summary>"described by Western media as X": the agent speaks, the words after "as" are reported.</summary>
        private void PassiveWithAgent(SentenceInfo s, int c, List<Speaker> speakers)
        {
            var tokens = s.Tokens;
            if (c + 2 >= tokens.Count || !tokens[c + 1].Is("by")) return;
            var asAt = -1;
            for (var i = c + 2; i < tokens.Count && i <= c + 8; i++)
            {
                if (tokens[i].Is("as")) { asAt = i; break; }
                if (tokens[i].Kind == TokenKind.Punctuation) return;
            }
            if (asAt < 0) return;
            var speaker = NounPhraseSpeaker(s, c + 2, asAt);
            if (!speaker.IsFound) return;
            var end = ContentEnd(tokens, asAt + 1);
            if (end - asAt - 1 < 2) return;
            speakers.Add(speaker);
            Add(s, asAt + 1, end, speaker, tokens[c].Text);
        }

        /// <summary>
        /// "Both the Kremlin and Russian media viewed ...", "Both leaders expressed ...": one quote per
        /// speaker; "both leaders" are the two people the text was last about.
        /// </summary>
        private IEnumerable<Speaker> Coordinated(SentenceInfo s, int cue, Speaker speaker)
        {
            var text = speaker.Text.ToLowerInvariant();
            if (speaker.Entity is null && (text.StartsWith("both ", StringComparison.Ordinal) || text.StartsWith("the two ", StringComparison.Ordinal)) && !text.EndsWith(" sides", StringComparison.Ordinal))
            {
                var pair = LastTwoPeople(s, cue);
                if (pair.Count == 2)
                {
                    foreach (var p in pair) yield return new Speaker(p, speaker.Text);
                    yield break;
                }
            }
            yield return speaker;
            // "X and Y <cue>": both speak, whichever of them the subject scan found.
            var tokens = s.Tokens;
            for (var i = cue - 1; i > 0; i--)
            {
                if (tokens[i].IsPunct(',') && i < cue - 1 || tokens[i].Is("that") || tokens[i].IsPunct(';')) break;
                if (!tokens[i].Is("and")) continue;
                var right = NounPhraseSpeaker(s, i + 1, cue);
                var left = s.MentionAt(i - 1) is { } m && !m.IsDemonym ? new Speaker(m.Entity, Join(tokens, m.TokenStart, m.TokenEnd)) : default;
                if (!right.IsFound) break; // "peace in Europe and expressed": the verbs are coordinated, not the subjects
                foreach (var other in new[] { left, right })
                {
                    if (!other.IsFound || other.Text == speaker.Text || other.Entity is not null && other.Entity == speaker.Entity) continue;
                    if (other.Entity is null && speaker.Text.IndexOf(other.Text, StringComparison.Ordinal) >= 0) continue;
                    yield return other;
                }
                break;
            }
        }

        private List<EntityDraft> LastTwoPeople(SentenceInfo s, int cue) => RecentPeople.Before(_sentences, s, cue, 2);

        /// <summary>"was informed", "celebrated by the media": the subject is not the speaker.</summary>
        private static bool IsPassive(List<Token> tokens, int c)
        {
            if (c + 1 < tokens.Count && tokens[c + 1].Is("by")) return true;
            for (var i = c - 1; i >= 0 && i >= c - 3; i--)
            {
                var t = tokens[i];
                if (t.Is("was") || t.Is("were") || t.Is("is") || t.Is("are") || t.Is("been") || t.Is("being") || t.Is("be")) return !CueVerbs.IsParticiple(tokens[c].Text);
                if (!t.IsWord || !t.Text.EndsWith("ly", StringComparison.Ordinal) && !t.Is("also") && !t.Is("not")) break;
            }
            return false;
        }

        private static bool IsAdjunct(Token t) => t.Is("during") || t.Is("for") || t.Is("by") || t.Is("after") || t.Is("before") || t.Is("at") || t.Is("since") || t.Is("until") || t.Is("in");

        private static bool SharesSubject(List<Token> tokens, int cue) =>
            cue > 0 && (tokens[cue - 1].IsPunct(',') && CueVerbs.IsParticiple(tokens[cue].Text) || tokens[cue - 1].Is("and") || tokens[cue - 1].Is("but"));

        private static bool IsContinuation(string word) =>
            word is "continued" or "continues" or "continue" or "continuing" or "kept" or "keeps" or "began" or "begins" or "went" or "goes" or "wanted" or "sought" or "tried" or "used" or "moved" or "rushed" or "hastened";

        private static bool IsDeterminer(string word) =>
            word is "a" or "an" or "the" or "this" or "that" or "his" or "her" or "their" or "its" or "our" or "my" or "your" or "whose" or "every" or "each" or "no" or "any" or "some" or "first" or "follow-up";

        private static int ContentStart(List<Token> tokens, int c, string lemma)
        {
            var i = c + 1;
            // Adverbs and prepositions of manner before the content ("said on Friday that", "told reporters that").
            if (CueVerbs.TakesAddressee(lemma))
            {
                var j = i;
                while (j < tokens.Count && j < i + 4 && (tokens[j].IsCapitalized || tokens[j].Is("him") || tokens[j].Is("her") || tokens[j].Is("them") || tokens[j].Is("reporters") || tokens[j].Is("the") || tokens[j].Kind == TokenKind.Possessive)) j++;
                if (j < tokens.Count && (tokens[j].Is("of") || tokens[j].Is("that"))) i = j + 1;
                else if (j > i && j < tokens.Count && (tokens[j].Is("against") || tokens[j].Is("to"))) i = j;
            }
            i = SkipAdjuncts(tokens, i);
            if (lemma is "call" or "advocate" && i < tokens.Count && (tokens[i].Is("for") || tokens[i].Is("on"))) i++;
            if (i < tokens.Count && (tokens[i].Is("that") || tokens[i].IsPunct(':') || tokens[i].IsPunct(','))) i++;
            return i;
        }

        private static bool IsAudience(Token t) =>
            t.Is("journalists") || t.Is("reporters") || t.Is("press") || t.Is("media") || t.Is("supporters") || t.Is("lawmakers") || t.Is("crowd") || t.Is("audience") || t.Is("nation");

        /// <summary>"said on Friday that", "told reporters yesterday", "said in a statement that": when and where, not what.</summary>
        private static int SkipAdjuncts(List<Token> tokens, int i)
        {
            while (i < tokens.Count)
            {
                var t = tokens[i];
                if (t.Is("yesterday") || t.Is("today") || t.Is("tonight") || t.Is("earlier") || t.Is("later") || t.Is("also") || t.Is("again") || t.Is("previously") || t.Is("publicly") || t.Is("repeatedly"))
                {
                    i++;
                    continue;
                }
                if ((t.Is("on") || t.Is("last") || t.Is("this")) && i + 1 < tokens.Count && (Reading.DatelineReader.IsWeekday(tokens[i + 1].Text) || tokens[i + 1].Is("week") || tokens[i + 1].Is("month") || tokens[i + 1].Is("year") || tokens[i + 1].Is("Twitter") || tokens[i + 1].Is("television")))
                {
                    i += 2;
                    continue;
                }
                // "announcing to journalists that", "said to reporters": the audience, not what was said.
                var audience = i + 1 < tokens.Count && tokens[i + 1].Is("the") ? i + 2 : i + 1;
                if (t.Is("to") && audience < tokens.Count && IsAudience(tokens[audience]))
                {
                    i = audience + 1;
                    continue;
                }
                if (t.Is("in") && i + 2 < tokens.Count && (tokens[i + 1].Is("a") || tokens[i + 1].Is("an") || tokens[i + 1].Is("his") || tokens[i + 1].Is("her") || tokens[i + 1].Is("their") || tokens[i + 1].Is("the"))
                    && (tokens[i + 2].Is("statement") || tokens[i + 2].Is("interview") || tokens[i + 2].Is("speech") || tokens[i + 2].Is("tweet") || tokens[i + 2].Is("post") || tokens[i + 2].Is("letter") || tokens[i + 2].Is("video")))
                {
                    i += 3;
                    continue;
                }
                break;
            }
            return i;
        }

        /// <summary>The content runs to the sentence end, a semicolon, a coordinated cue or a concessive clause.</summary>
        private static int ContentEnd(List<Token> tokens, int start, bool endsAtComma = false)
        {
            for (var i = start; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (endsAtComma && t.IsPunct(',')) return i;
                if (t.IsPunct(';') || t.IsPunct('\u2014') || IsSentenceEnd(t) && i == tokens.Count - 1) return i;
                if (t.IsPunct(',') && i + 1 < tokens.Count)
                {
                    var n = tokens[i + 1];
                    if (n.Is("despite") || n.Is("even") || n.Is("if") || n.Is("although") || n.Is("though") || n.Is("while") || n.Is("whereas") || n.Is("but") || n.Is("as") || n.Is("according")) return i;
                    if (CueVerbs.Lemma(n.Text) is not null && CueVerbs.IsParticiple(n.Text)) return i;
                    if ((n.Is("which") || n.Is("who")) && i + 3 < tokens.Count && (CueVerbs.Lemma(tokens[i + 3].Text) is not null || CueVerbs.Lemma(tokens[i + 2].Text) is not null)) return i;
                }
                if ((t.Is("and") || t.Is("but") || t.Is("or")) && i + 1 < tokens.Count && i > start + 1 && CueVerbs.Lemma(tokens[i + 1].Text) is not null && !CueVerbs.IsParticiple(tokens[i + 1].Text)) return i;
            }
            return tokens.Count;
        }

        private static bool IsSentenceEnd(Token t) => t.Kind == TokenKind.Punctuation && t.Text is "." or "!" or "?";

        /// <summary>The speaker of the cue at <paramref name="cue"/>: the subject of its clause.</summary>
        private Speaker SubjectOf(SentenceInfo s, int cue, List<(int Open, int Close)> quoted, List<Speaker> earlier)
        {
            var tokens = s.Tokens;
            // A participle or a coordinated cue shares the subject of the cue before it.
            if (SharesSubject(tokens, cue) && earlier.Count > 0)
                return earlier[earlier.Count - 1];

            // "..., said Merkel." / "\"...\" said the minister": the subject may follow the cue.
            // Not "X, the CEO, explained that ...": a subject after the cue is never followed by "that".
            if (cue + 1 < tokens.Count && cue > 0 && !tokens[cue + 1].Is("that") && (tokens[cue - 1].IsPunct(',') || Inside(quoted, cue - 1) || IsQuoteClose(tokens[cue - 1]))
                && CueVerbs.Lemma(tokens[cue].Text) is "say" or "add" or "write" or "explain" or "reply" or "ask" or "continue" or "insist" or "remark" or "state")
            {
                // '"...," said UCL astronomer Jane Doe': the person in the phrase after the cue.
                for (var i = cue + 1; i < tokens.Count && i <= cue + 8 && !tokens[i].IsPunct(',') && !tokens[i].IsPunct('.'); i++)
                    if (s.MentionAt(i) is { } m && m.Entity.Kind == DataLayout.KindPerson) return new Speaker(m.Entity, Join(tokens, m.TokenStart, m.TokenEnd));
                var after = NounPhraseSpeaker(s, cue + 1, Math.Min(tokens.Count, cue + 4));
                if (after.IsFound) return after;
            }

            var clauseStart = ClauseStart(tokens, cue, quoted);
            // A finite verb's subject is the nearest subject-like phrase before it; a participle's is the clause's first.
            _blocked = false;
            var nearest = NearestSubject(s, clauseStart, cue);
            if (_blocked) return default;
            if (nearest.IsFound && !CueVerbs.IsParticiple(tokens[cue].Text)) return nearest;
            return NounPhraseSpeaker(s, clauseStart, cue);
        }

        private static bool IsQuoteClose(Token t) => t.Kind == TokenKind.Punctuation && t.Text is "\"" or "\u201D";

        private static int ClauseStart(List<Token> tokens, int cue, List<(int Open, int Close)> quoted)
        {
            var start = 0;
            for (var i = cue - 1; i >= 0; i--)
            {
                if (Inside(quoted, i) || IsQuoteClose(tokens[i])) { start = i + 1; break; }
                // "..., where Dr. X was met with applause upon announcing": a relative clause has its own subject.
                if (tokens[i].Is("that") || tokens[i].IsPunct(';') || tokens[i].Is("which") || (tokens[i].Is("who") || tokens[i].Is("where")) && i < cue - 1)
                {
                    start = i + 1;
                    break;
                }
            }
            // A fronted phrase ("Following a call with X, Merkel said") is not the subject.
            if (start == 0 && tokens.Count > 0 && tokens[0].IsWord && (CommonWords.IsFunctionWord(tokens[0].Text) && !CommonWords.IsGroupNoun(tokens[0].Text) || tokens[0].Text.EndsWith("ing", StringComparison.Ordinal) || tokens[0].Text.EndsWith("ed", StringComparison.Ordinal)))
            {
                for (var i = 1; i < cue; i++)
                {
                    if (tokens[i].IsPunct(','))
                    {
                        start = i + 1;
                        break;
                    }
                }
            }
            return start;
        }

        /// <summary>
        /// The nearest phrase before the cue that can be its subject: a named entity not governed by
        /// a preposition nor possessive, a pronoun, a group noun, or a role ("the U.S. defense secretary").
        /// </summary>
        private Speaker NearestSubject(SentenceInfo s, int start, int cue)
        {
            var tokens = s.Tokens;
            // "Rubel, a Toronto lawyer representing Spanton, told ...": the subject stands before the apposition.
            if (cue > 1 && tokens[cue - 1].IsPunct(','))
            {
                for (var j = cue - 2; j > start && j >= cue - 14; j--)
                {
                    if (!tokens[j].IsPunct(',')) continue;
                    var opens = tokens[j + 1].Is("a") || tokens[j + 1].Is("an") || tokens[j + 1].Is("the") || Titles.IsRoleNoun(tokens[j + 1].Text) || tokens[j + 1].Kind == TokenKind.Number;
                    if (opens && s.MentionAt(j - 1) is { } head && head.Entity.Kind != DataLayout.KindPlace)
                        return new Speaker(head.Entity, Join(tokens, head.TokenStart, head.TokenEnd));
                    break;
                }
            }
            for (var i = cue - 1; i >= start; i--)
            {
                var t = tokens[i];
                if (t.IsPunct(',') && i < cue - 1) break; // an appositive or fronted phrase: let the left-first scan decide
                var mention = s.MentionAt(i);
                if (mention is not null)
                {
                    var after = mention.TokenEnd;
                    var before = mention.TokenStart - 1;
                    if (before >= 0 && tokens[before].Is("the")) before--;
                    // "Trump's remarks indicated": the possessor speaks; "Trump's call indicates": nobody does.
                    if (after < tokens.Count && tokens[after].Kind == TokenKind.Possessive)
                    {
                        _blocked = !HeadsSpeechNoun(tokens, after + 1, cue);
                        return _blocked ? default : new Speaker(mention.Entity, Join(tokens, mention.TokenStart, mention.TokenEnd));
                    }
                    if (before >= 0 && IsPreposition(tokens[before])) { i = mention.TokenStart; continue; }
                    return NounPhraseSpeaker(s, mention.TokenStart, cue);
                }
                if (!t.IsWord) continue;
                if ((t.Is("his") || t.Is("her")) && _salient is not null && HeadsSpeechNoun(tokens, i + 1, cue))
                    return new Speaker(_salient, t.Text);
                if (CommonWords.IsPersonalPronoun(t.Text) && !t.Is("his") && !t.Is("her") && !t.Is("him"))
                    return _salient is null ? default : new Speaker(_salient, t.Text);
                if (t.Is("media") && i > 0 && tokens[i - 1].Is("social")) continue; // a channel, not a speaker
                if (Titles.IsRoleNoun(t.Text) || Titles.IsTitleWord(t.Text) && t.IsCapitalized)
                {
                    // "Jane Doe, the country's governor, said": the role describes the person before it.
                    var edge = LeftEdge(s, start, i);
                    while (edge > start && tokens[edge - 1].Kind == TokenKind.Possessive) edge = LeftEdge(s, start, edge - 2);
                    if (edge > 1 && tokens[edge - 1].IsPunct(',') && s.MentionAt(edge - 2) is { } named && named.Entity.Kind == DataLayout.KindPerson)
                        return new Speaker(named.Entity, Join(tokens, named.TokenStart, named.TokenEnd));
                }
                if (CommonWords.IsGroupNoun(t.Text) && i > 0 && (tokens[i - 1].Is("both") || tokens[i - 1].Is("two")) && t.Text.EndsWith("s", StringComparison.Ordinal))
                {
                    var pair = LastTwoPeople(s, i);
                    if (pair.Count == 2) return new Speaker(null, "both " + t.Text); // expanded to both people by Coordinated
                }
                if (CommonWords.IsGroupNoun(t.Text) || Titles.IsRoleNoun(t.Text)) return NounPhraseSpeaker(s, LeftEdge(s, start, i), cue);
            }
            return default;
        }

        // Set when the nearest subject is a thing someone owns ("Trump's call"): such a subject says nothing.
        private bool _blocked;

        private static bool HeadsSpeechNoun(List<Token> tokens, int from, int cue)
        {
            for (var i = from; i < cue && i < from + 3; i++)
                if (tokens[i].IsWord && IsSpeechNoun(tokens[i].Text)) return true;
            return false;
        }

        private static bool IsSpeechNoun(string word) =>
            word is "remarks" or "remark" or "statement" or "statements" or "comments" or "comment" or "post" or "posts" or "speech" or "letter"
                or "message" or "tweet" or "tweets" or "announcement" or "words" or "rhetoric" or "testimony" or "interview" or "spokesperson"
                or "spokesman" or "spokeswoman" or "office" or "campaign" or "lawyer" or "lawyers" or "team";

        private static bool IsCompanyNoun(string word) =>
            word is "company" or "firm" or "airline" or "carrier" or "retailer" or "chain" or "manufacturer" or "group" or "corporation" or "operator" or "publisher" or "bank"
                or "publication" or "newspaper" or "outlet" or "broadcaster" or "website" or "database" or "agency" or "magazine" or "journal";

        private EntityDraft? LastOrganization(SentenceInfo s)
        {
            for (var k = s.Index; k >= 0 && k >= s.Index - 6; k--)
            {
                var mentions = _sentences[k].Mentions;
                for (var m = mentions.Count - 1; m >= 0; m--)
                    if (mentions[m].Entity.Kind == DataLayout.KindOrganization) return mentions[m].Entity;
            }
            return null;
        }

        private static bool IsGovernmentNoun(string word) =>
            word is "government" or "leadership" or "administration" or "authorities" or "military" or "army" or "forces" or "ministry" or "parliament" or "embassy";

        private static int LeftEdge(SentenceInfo s, int start, int head)
        {
            var i = head;
            while (i > start && (s.Tokens[i - 1].IsWord && !CommonWords.IsFunctionWord(s.Tokens[i - 1].Text) && !IsPreposition(s.Tokens[i - 1]) || s.MentionAt(i - 1) is not null || s.Tokens[i - 1].Is("the") || s.Tokens[i - 1].Is("both") || s.Tokens[i - 1].Is("some"))) i--;
            return i;
        }

        private static bool IsPreposition(Token t) =>
            t.Is("in") || t.Is("from") || t.Is("at") || t.Is("of") || t.Is("with") || t.Is("to") || t.Is("by") || t.Is("for") || t.Is("on") || t.Is("about") || t.Is("against") || t.Is("toward") || t.Is("towards") || t.Is("into") || t.Is("over") || t.Is("between");

        /// <summary>The first speaker-like head in tokens [start, end): a named entity, a pronoun, a role or a group.</summary>
        private Speaker NounPhraseSpeaker(SentenceInfo s, int start, int end)
        {
            var tokens = s.Tokens;
            for (var i = start; i < end; i++)
            {
                var t = tokens[i];
                var mention = s.MentionAt(i);
                if (mention is not null)
                {
                    // "Russian media", "European officials": a demonym before a group noun is an unnamed group.
                    if (mention.IsDemonym && mention.TokenEnd < tokens.Count && IsGovernmentNoun(tokens[mention.TokenEnd].Text))
                        return new Speaker(mention.Entity, Join(tokens, i, mention.TokenEnd + 1));
                    if (mention.IsDemonym && mention.TokenEnd < tokens.Count && CommonWords.IsGroupNoun(tokens[mention.TokenEnd].Text))
                        return new Speaker(null, Join(tokens, i, mention.TokenEnd + 1));
                    // "Germany's Foreign Minister": the role, resolved to the person who holds it.
                    if (mention.TokenEnd < end && tokens[mention.TokenEnd].Kind == TokenKind.Possessive && mention.Entity.Kind != DataLayout.KindPerson)
                    {
                        var roleEnd = mention.TokenEnd + 1;
                        while (roleEnd < end && (Titles.IsTitleWord(tokens[roleEnd].Text) || Titles.IsRoleNoun(tokens[roleEnd].Text))) roleEnd++;
                        if (roleEnd > mention.TokenEnd + 1)
                            return RoleSpeaker(tokens, i, roleEnd, mention.TokenEnd + 1);
                        i = mention.TokenEnd;
                        continue;
                    }
                    // "The U.S. defense secretary": a country before a role names the role-holder.
                    if (mention.Entity.Kind != DataLayout.KindPerson && mention.TokenEnd < end && (Titles.IsRoleNoun(tokens[mention.TokenEnd].Text) || Titles.IsTitleWord(tokens[mention.TokenEnd].Text) && !tokens[mention.TokenEnd].IsCapitalized || mention.TokenEnd + 1 < end && Titles.IsRoleNoun(tokens[mention.TokenEnd + 1].Text)))
                    {
                        var roleEnd = mention.TokenEnd;
                        while (roleEnd < end && (Titles.IsRoleNoun(tokens[roleEnd].Text) || Titles.IsTitleWord(tokens[roleEnd].Text))) roleEnd++;
                        if (roleEnd > mention.TokenEnd && s.MentionAt(roleEnd) is { } named && named.Entity.Kind == DataLayout.KindPerson)
                            return new Speaker(named.Entity, Join(tokens, named.TokenStart, named.TokenEnd));
                        if (roleEnd > mention.TokenEnd)
                        {
                            var roleStart = i > start && tokens[i - 1].Is("the") ? i - 1 : i;
                            return RoleSpeaker(tokens, roleStart, roleEnd, mention.TokenEnd);
                        }
                    }
                    if (mention.IsDemonym) { i = mention.TokenEnd - 1; continue; }
                    return new Speaker(mention.Entity, mention.Entity.Kind == DataLayout.KindPerson ? Join(tokens, mention.TokenStart, mention.TokenEnd) : Join(tokens, mention.TokenStart, mention.TokenEnd));
                }
                if (!t.IsWord) continue;
                if (CommonWords.IsPersonalPronoun(t.Text) && !t.Is("his") && !t.Is("her") && !t.Is("him"))
                    return _salient is null ? default : new Speaker(_salient, t.Text);
                if (IsCompanyNoun(t.Text) && i > start && tokens[i - 1].Is("the") && LastOrganization(s) is { } company)
                    return new Speaker(company, Join(tokens, i - 1, i + 1)); // "the company said"
                if (CommonWords.IsGroupNoun(t.Text) || (t.Is("some") || t.Is("others")) && i + 1 == end)
                {
                    var groupStart = i;
                    while (groupStart > start && tokens[groupStart - 1].IsWord && !CommonWords.IsFunctionWord(tokens[groupStart - 1].Text) || groupStart > start && (tokens[groupStart - 1].Is("both") || tokens[groupStart - 1].Is("some"))) groupStart--;
                    // "the leaders": the people the article has been about.
                    return new Speaker(null, Join(tokens, groupStart, i + 1));
                }
                if (Titles.IsRoleNoun(t.Text) || Titles.IsTitleWord(t.Text) && t.IsCapitalized)
                {
                    var roleEnd = i + 1;
                    while (roleEnd < end && (Titles.IsRoleNoun(tokens[roleEnd].Text) || Titles.IsTitleWord(tokens[roleEnd].Text))) roleEnd++;
                    var roleStart = i;
                    while (roleStart > start && (tokens[roleStart - 1].Is("the") || tokens[roleStart - 1].IsCapitalized || s.MentionAt(roleStart - 1) is not null || tokens[roleStart - 1].IsWord && char.IsLower(tokens[roleStart - 1].Text[0]) && !CommonWords.IsFunctionWord(tokens[roleStart - 1].Text))) roleStart--;
                    // "Dr. Jane Doe": an abbreviated title keeps its full stop.
                    var nameAt = roleEnd < end && tokens[roleEnd].IsPunct('.') ? roleEnd + 1 : roleEnd;
                    if (s.MentionAt(nameAt) is { } named && named.Entity.Kind == DataLayout.KindPerson)
                        return new Speaker(named.Entity, Join(tokens, named.TokenStart, named.TokenEnd)); // "envoy Jane Doe"
                    return RoleSpeaker(tokens, roleStart, roleEnd, i);
                }
            }
            return default;
        }

        /// <summary>A role ("the president", "Germany's Foreign Minister") resolved to the person whose title it is.</summary>
        private Speaker RoleSpeaker(List<Token> tokens, int start, int end, int roleStart)
        {
            var text = Join(tokens, start, end);
            var role = Join(tokens, roleStart, end);
            EntityDraft? best = null;
            foreach (var e in _entities)
            {
                if (e.Kind != DataLayout.KindPerson) continue;
                var holds = e.Roles.Contains(tokens[end - 1].Lower);
                foreach (var form in e.Forms)
                    holds |= form.IndexOf(role, StringComparison.OrdinalIgnoreCase) >= 0 && form.Length > role.Length;
                if (holds && (best is null || e == _salient || e.Mentions > best.Mentions && best != _salient)) best = e;
            }
            return new Speaker(best, text);
        }

        private Speaker FirstActor(SentenceInfo s, List<(int Open, int Close)> quoted)
        {
            foreach (var m in s.Mentions)
            {
                if (Inside(quoted, m.TokenStart)) continue;
                if (m.Entity.Kind == DataLayout.KindPerson) return new Speaker(m.Entity, Join(s.Tokens, m.TokenStart, m.TokenEnd));
            }
            var tokens = s.Tokens;
            for (var i = 0; i < tokens.Count && i < 3; i++)
                if (tokens[i].IsWord && CommonWords.IsPersonalPronoun(tokens[i].Text) && _salient is not null) return new Speaker(_salient, tokens[i].Text);
            return default;
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
            foreach (var (open, _) in ranges)
                if (open >= start && open < end) return true;
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
