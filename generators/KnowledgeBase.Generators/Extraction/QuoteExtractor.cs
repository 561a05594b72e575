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
            foreach (var s in sentences)
            {
                token.ThrowIfCancellationRequested();
                if (s.Block != BlockKind.Paragraph) continue;
                extractor.ExtractSentence(s);
                extractor.UpdateSalience(s);
            }
            extractor._quotes.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
            return extractor._quotes;
        }

        /// <summary>The person pronouns in later sentences most likely refer to.</summary>
        public EntityDraft? Salient => _salient;

        private void UpdateSalience(SentenceInfo s)
        {
            foreach (var m in s.Mentions)
            {
                if (m.Entity.Kind == DataLayout.KindPerson)
                {
                    _salient = m.Entity;
                    return;
                }
            }
        }

        private void ExtractSentence(SentenceInfo s)
        {
            var tokens = s.Tokens;
            var quoted = QuotedRanges(tokens);
            var speakers = new List<Speaker>();

            // Direct quotes.
            foreach (var (open, close) in quoted)
            {
                var words = 0;
                for (var i = open + 1; i < close; i++) if (tokens[i].IsWord || tokens[i].Kind == TokenKind.Number) words++;
                var cueAt = NearestCue(tokens, quoted, open, close);
                if (words < 3 && cueAt < 0) continue; // scare quotes ("freeze") are not statements
                if (close - open < 2) continue;
                var speaker = cueAt >= 0 ? SubjectOf(s, cueAt, quoted, speakers) : FirstActor(s, quoted);
                if (!speaker.IsFound) continue;
                var start = tokens[open + 1].Start;
                var end = tokens[close - 1].End;
                while (end > start && (char.IsPunctuation(_text[end - 1]) && _text[end - 1] != ')' && _text[end - 1] != '%')) end--;
                if (end == start) continue; // only punctuation between the marks: no words to quote
                _quotes.Add(new QuoteDraft(start, end, speaker, DataLayout.QuoteDirect, cueAt >= 0 ? tokens[cueAt].Text : null, s));
                if (speaker.Entity?.Kind == DataLayout.KindPerson) _salient = speaker.Entity;
            }

            // Reported speech.
            for (var c = 0; c < tokens.Count; c++)
            {
                if (Inside(quoted, c)) continue;
                if (tokens[c].Is("according") && c + 1 < tokens.Count && tokens[c + 1].Is("to"))
                {
                    AccordingTo(s, c, quoted, speakers);
                    continue;
                }
                var lemma = CueAt(tokens, c);
                if (lemma is null || IsPassive(tokens, c)) continue;
                var contentStart = ContentStart(tokens, c, lemma);
                var contentEnd = ContentEnd(tokens, contentStart);
                if (contentEnd - contentStart < 2 || IsAdjunct(tokens[contentStart])) continue;
                if (StartsQuote(quoted, contentStart, contentEnd)) continue; // the cue of a direct quote
                var speaker = SubjectOf(s, c, quoted, speakers);
                if (!speaker.IsFound) continue;
                speakers.Add(speaker);
                Add(s, contentStart, contentEnd, speaker, tokens[c].Text);
                if (speaker.Entity?.Kind == DataLayout.KindPerson) _salient = speaker.Entity;
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
                start = npEnd + 1;
                end = ContentEnd(tokens, start);
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
            var lemma = CueVerbs.Lemma(t.Text);
            if (lemma is null) return null;
            var previous = c > 0 ? tokens[c - 1] : default;
            if (c > 0 && previous.IsWord && IsDeterminer(previous.Text)) return null; // "the call", "a report"
            if (lemma == "call" && c + 1 < tokens.Count && (tokens[c + 1].Is("with") || tokens[c + 1].Is("on") || tokens[c + 1].Is("off"))) return null;
            if (CueVerbs.IsPresent(t.Text, lemma) && !CueVerbs.IsParticiple(t.Text))
            {
                // "analysts warn", "Merkel says": a present form counts only after its subject.
                if (c == 0) return null;
                var ok = previous.IsCapitalized || previous.Kind == TokenKind.Possessive ? false : CommonWords.IsGroupNoun(previous.Text) || previous.Is("some") || previous.Is("others") || CommonWords.IsPersonalPronoun(previous.Text) || previous.Is("they");
                if (!ok && previous.IsCapitalized) ok = true;
                if (!ok) return null;
            }
            if (CueVerbs.IsParticiple(t.Text) && c > 0 && !(previous.IsPunct(',') || previous.Is("by") || previous.Is("while") || previous.Is("after") || previous.Is("is") || previous.Is("was") || previous.Is("were") || previous.Is("are"))) return null;
            return lemma;
        }

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

        private static bool IsAdjunct(Token t) => t.Is("during") || t.Is("by") || t.Is("after") || t.Is("before") || t.Is("at") || t.Is("since") || t.Is("until") || t.Is("in");

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
            if (i < tokens.Count && (tokens[i].Is("that") || tokens[i].IsPunct(':') || tokens[i].IsPunct(','))) i++;
            return i;
        }

        /// <summary>The content runs to the sentence end, a semicolon, a coordinated cue or a concessive clause.</summary>
        private static int ContentEnd(List<Token> tokens, int start)
        {
            for (var i = start; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (t.IsPunct(';') || t.IsPunct('\u2014') || IsSentenceEnd(t) && i == tokens.Count - 1) return i;
                if (t.IsPunct(',') && i + 1 < tokens.Count)
                {
                    var n = tokens[i + 1];
                    if (n.Is("despite") || n.Is("although") || n.Is("though") || n.Is("while") || n.Is("whereas") || n.Is("but") || n.Is("which") || n.Is("as") || n.Is("according")) return i;
                    if (CueVerbs.Lemma(n.Text) is not null && CueVerbs.IsParticiple(n.Text)) return i;
                }
                if (t.Is("and") && i + 1 < tokens.Count && i > start + 1 && CueVerbs.Lemma(tokens[i + 1].Text) is not null && !CueVerbs.IsParticiple(tokens[i + 1].Text)) return i;
            }
            return tokens.Count;
        }

        private static bool IsSentenceEnd(Token t) => t.Kind == TokenKind.Punctuation && t.Text is "." or "!" or "?";

        /// <summary>The speaker of the cue at <paramref name="cue"/>: the subject of its clause.</summary>
        private Speaker SubjectOf(SentenceInfo s, int cue, List<(int Open, int Close)> quoted, List<Speaker> earlier)
        {
            var tokens = s.Tokens;
            // A participle or a coordinated cue shares the subject of the cue before it.
            if (cue > 0 && (tokens[cue - 1].IsPunct(',') && CueVerbs.IsParticiple(tokens[cue].Text) || tokens[cue - 1].Is("and")) && earlier.Count > 0)
                return earlier[earlier.Count - 1];

            // "..., said Merkel." / "\"...\" said the minister": the subject may follow the cue.
            if (cue + 1 < tokens.Count && cue > 0 && (tokens[cue - 1].IsPunct(',') || Inside(quoted, cue - 1) || IsQuoteClose(tokens[cue - 1]))
                && CueVerbs.Lemma(tokens[cue].Text) is { } lemma && IsSpeechLemma(lemma))
            {
                var after = NounPhraseSpeaker(s, cue + 1, Math.Min(tokens.Count, cue + 4));
                if (after.IsFound) return after;
            }

            var clauseStart = ClauseStart(tokens, cue, quoted);
            // A finite verb's subject is the nearest subject-like phrase before it; a participle's is the clause's first.
            if (!CueVerbs.IsParticiple(tokens[cue].Text))
            {
                var nearest = NearestSubject(s, clauseStart, cue);
                if (nearest.IsFound) return nearest;
            }
            return NounPhraseSpeaker(s, clauseStart, cue);
        }

        private static bool IsQuoteClose(Token t) => t.Kind == TokenKind.Punctuation && t.Text is "\"" or "\u201D";

        private static int ClauseStart(List<Token> tokens, int cue, List<(int Open, int Close)> quoted)
        {
            var start = 0;
            for (var i = cue - 1; i >= 0; i--)
            {
                if (Inside(quoted, i) || IsQuoteClose(tokens[i])) { start = i + 1; break; }
                if (tokens[i].Is("that") || tokens[i].IsPunct(';') || tokens[i].Is("which") || tokens[i].Is("who") && i < cue - 1)
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
                    if (after < tokens.Count && tokens[after].Kind == TokenKind.Possessive) return default;
                    if (before >= 0 && IsPreposition(tokens[before])) { i = mention.TokenStart; continue; }
                    return NounPhraseSpeaker(s, mention.TokenStart, cue);
                }
                if (!t.IsWord) continue;
                if (CommonWords.IsPersonalPronoun(t.Text) && !t.Is("his") && !t.Is("her") && !t.Is("him"))
                    return _salient is null ? default : new Speaker(_salient, t.Text);
                if (CommonWords.IsGroupNoun(t.Text) || Titles.IsRoleNoun(t.Text)) return NounPhraseSpeaker(s, LeftEdge(s, start, i), cue);
            }
            return default;
        }

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
                foreach (var form in e.Forms)
                {
                    if (form.IndexOf(role, StringComparison.OrdinalIgnoreCase) >= 0 && form.Length > role.Length)
                    {
                        if (best is null || e == _salient || e.Mentions > best.Mentions && best != _salient) best = e;
                        break;
                    }
                }
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

        private static int NearestCue(List<Token> tokens, List<(int Open, int Close)> quoted, int open, int close)
        {
            for (var d = 1; d <= 6; d++)
            {
                var before = open - d;
                if (before >= 0 && !Inside(quoted, before) && CueVerbs.Lemma(tokens[before].Text) is { } l1 && IsSpeechLemma(l1)) return before;
                var after = close + d;
                if (after < tokens.Count && !Inside(quoted, after) && CueVerbs.Lemma(tokens[after].Text) is { } l2 && IsSpeechLemma(l2)) return after;
            }
            for (var i = 0; i < tokens.Count; i++)
                if (!Inside(quoted, i) && !(i > open && i < close) && CueAt(tokens, i) is { } l3 && (l3 == "portray" || l3 == "describe" || l3 == "call" || l3 == "view")) return i;
            return -1;
        }

        private static bool IsSpeechLemma(string lemma) =>
            lemma is "say" or "tell" or "state" or "announce" or "add" or "write" or "tweet" or "post" or "call" or "describe" or "explain" or "reply" or "respond" or "declare" or "insist" or "warn" or "ask" or "remark" or "claim";

        /// <summary>Token ranges (open mark, close mark) of quotations, straight or curly.</summary>
        private static List<(int Open, int Close)> QuotedRanges(List<Token> tokens)
        {
            var ranges = new List<(int, int)>();
            var open = -1;
            for (var i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (t.Kind != TokenKind.Punctuation) continue;
                if (t.Text == "\u201C") open = i;
                else if (t.Text == "\u201D" && open >= 0) { ranges.Add((open, i)); open = -1; }
                else if (t.Text == "\"")
                {
                    if (open < 0) open = i;
                    else { ranges.Add((open, i)); open = -1; }
                }
            }
            // An opening mark with no close: the quote runs to the end of the sentence (or paragraph).
            if (open >= 0 && open + 2 < tokens.Count) ranges.Add((open, tokens.Count));
            return ranges;
        }

        private static bool Inside(List<(int Open, int Close)> ranges, int i)
        {
            foreach (var (open, close) in ranges)
                if (i >= open && i <= close && i < int.MaxValue) return true;
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
