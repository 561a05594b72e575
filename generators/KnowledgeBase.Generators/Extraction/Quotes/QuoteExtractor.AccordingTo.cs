using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // "According to X, ...": the source cited, and what it is cited for.
    internal sealed partial class QuoteExtractor
    {
        /// <summary>"by X", "by the Presidential Spokesperson X": the name after an article and the capitalized title before it.</summary>
        private static Mention? AuthorAfter(SentenceInfo s, int from, int end)
        {
            var i = from;
            if (i < end && s.Tokens[i].Is("the")) i++;
            while (i < end && i < from + 4 && s.MentionAt(i) is null && s.Tokens[i].IsCapitalized) i++;
            return i < end ? s.MentionAt(i) : null;
        }

        private static bool QuotedAsSaying(List<Token> tokens, int cue) => cue >= 3 && tokens[cue - 1].Is("as") && IsQuotingVerb(tokens[cue - 2]);

        /// <summary>"quoted", "cited": a verb that passes on someone else's words ("quoted X as saying", "was cited as saying").</summary>
        private static bool IsQuotingVerb(Token word) => word.Is("quoted") || word.Is("cited");

        // Words that open a clause or phrase of its own after a cited source (subordinators count too: IsSubordinator).
        private static readonly string[] ClauseOpeners = { "but", "and", "which", "who", "whom", "whose", "where", "some", "many", "most", "with", "after", "before", "including" };

        private void AccordingTo(SentenceInfo s, int c, List<(int Open, int Close)> quoted, List<Speaker> speakers)
        {
            var tokens = s.Tokens;
            var npEnd = c + 2;
            // "According to Dr. Karel Brandt, ...": the full stop of a title's abbreviation ends no phrase.
            while (npEnd < tokens.Count && !tokens[npEnd].IsPunct(',') && !(IsSentenceEnd(tokens[npEnd]) && !(tokens[npEnd].IsPunct('.') && Titles.IsTitleWord(tokens[npEnd - 1])))) npEnd++;
            if (npEnd == c + 2) return;
            var speaker = NounPhraseSpeaker(s, c + 2, npEnd);
            // "according to a blog post by X": the author of the document cited is the source, not where it was posted.
            for (var i = c + 2; i + 1 < npEnd; i++)
                if (tokens[i].Is("by") && Array.IndexOf(DocumentNouns, tokens[i - 1].Lower) >= 0 && AuthorAfter(s, i + 1, npEnd) is { IsDemonym: false } author && author.Entity.Kind != EntityKind.Place)
                {
                    speaker = new Speaker(author.Entity, Join(tokens, author.TokenStart, author.TokenEnd));
                    break;
                }
            // "According to Vella's first selectman, Jon Varga, ...": the person in apposition is the source.
            if (npEnd + 2 < tokens.Count && s.MentionAt(npEnd + 1) is { } named && named.TokenStart == npEnd + 1 && named.Entity.Kind == EntityKind.Person
                && named.TokenEnd < tokens.Count && tokens[named.TokenEnd].IsPunct(',') && speaker.Entity?.Kind != EntityKind.Person)
            {
                speaker = new Speaker(named.Entity, Join(tokens, named.TokenStart, named.TokenEnd));
                npEnd = named.TokenEnd;
            }
            // "According to Ostrel College botanist Mira Holt, ...": the person closing the phrase is the source.
            if (speaker.Entity?.Kind != EntityKind.Person && s.MentionAt(npEnd - 1) is { Entity.Kind: EntityKind.Person } closing && closing.TokenEnd == npEnd)
                speaker = new Speaker(closing.Entity, Join(tokens, closing.TokenStart, closing.TokenEnd));
            if (!speaker.IsFound) speaker = CitedDocumentOrPronoun(s, c + 2, npEnd);
            if (!speaker.IsFound) speaker = CitedRecord(s, c + 2, npEnd);
            if (!speaker.IsFound) return;
            int start, end;
            // "There were four on board; according to investigators, one died.": after a semicolon the source opens its own clause.
            if (c <= 1 || tokens[c - 1].IsPunct(';'))
            {
                // Everything the source is cited for, up to the sentence end.
                start = SkipApposition(s, npEnd + 1);
                end = tokens.Count;
                for (var i = start; i < tokens.Count; i++) if (tokens[i].IsPunct(';')) { end = i; break; }
            }
            else if (tokens[c - 1].IsPunct(',') && npEnd < tokens.Count && tokens[npEnd].IsPunct(',') && npEnd + 2 < tokens.Count && !IsSentenceEnd(tokens[npEnd + 1])
                && !(TellsAClauseBefore(s, c - 1) && (Events.TriggerFinder.IsAny(tokens[npEnd + 1], ClauseOpeners) || IsSubordinator(tokens[npEnd + 1]))))
            {
                // "X's operation, according to Y in March, is too big for ...": the claim is the sentence around the source.
                // "Four bridges closed, according to engineers, most of whom ...": a clause told before the source, with another
                // opening after it, is the claim ("Ruiz later won, according to X, the closest vote" goes on after the source).
                start = 0;
                end = tokens.Count;
                while (end > start && tokens[end - 1].Kind == TokenKind.Punctuation) end--;
            }
            else
            {
                start = 0;
                end = c;
                while (end > start && tokens[end - 1].Kind == TokenKind.Punctuation) end--;
                if (AllQuoted(tokens, quoted, start, end)) return; // '"The bridge is safe," according to X': the quotation is X's direct quote
            }
            if (end - start < 3) return;
            speakers.Add(speaker);
            Add(s, start, end, speaker, "according to");
            CitedPersonSpoke(s, speaker);
        }

        /// <summary>
        /// "By reports, Karel Brandt won the vote.", "Per reports, ...", "By reports he won": a sentence opened by "by" or "per"
        /// and "reports" cites them as "according to reports" does; the clause after them (to a semicolon or the sentence end),
        /// with a finite verb, is theirs. Not "By Monday, reports ..." nor "by reports of ..." (a preposition follows).
        /// </summary>
        private void ByReports(SentenceInfo s, List<(int Open, int Close)> quoted, List<Speaker> speakers)
        {
            var tokens = s.Tokens;
            if (tokens.Count < 7 || !(tokens[0].Is("by") || tokens[0].Is("per")) || !tokens[1].Is("reports") || Inside(quoted, 0)) return;
            var start = tokens[2].IsPunct(',') ? 3 : 2;
            if (!tokens[start].IsWord || IsPreposition(tokens[start])) return;
            var end = start;
            while (end < tokens.Count && !tokens[end].IsPunct(';')) end++;
            while (end > start && tokens[end - 1].Kind == TokenKind.Punctuation) end--;
            if (end - start < 3 || !(OpensFiniteClauseAt(s, start) || HasVerbGroup(s, start, end, finite: true))) return;
            var speaker = new Speaker(null, Join(tokens, 1, 2));
            speakers.Add(speaker);
            Add(s, start, end, speaker, "according to");
        }

        /// <summary>
        /// "According to Dr. Ana Ruiz, few patients return. "...," she said.": a person cited as the source is the one who just
        /// spoke, whom "he"/"she" means next, though named after a preposition.
        /// </summary>
        private void CitedPersonSpoke(SentenceInfo s, Speaker speaker)
        {
            if (speaker.Entity?.Kind != EntityKind.Person) return;
            _salient = speaker.Entity;
            _speakerSentence = s.Index;
        }

        /// <summary>Whether every word in [<paramref name="start"/>, <paramref name="end"/>) stands inside a quotation (at least one word).</summary>
        private static bool AllQuoted(List<Token> tokens, List<(int Open, int Close)> quoted, int start, int end)
        {
            var words = 0;
            for (var i = start; i < end; i++)
            {
                if (tokens[i].Kind == TokenKind.Punctuation) continue;
                if (!Inside(quoted, i)) return false;
                words++;
            }
            return words > 0;
        }

        /// <summary>
        /// "According to Dr. Jan Roe, formerly the director of the agency, the strike is ...": a phrase after the source
        /// with no finite verb, closed by a comma, describes the source; the claim starts after it.
        /// </summary>
        private static int SkipApposition(SentenceInfo s, int start)
        {
            var tokens = s.Tokens;
            var comma = -1;
            for (var i = start; i < tokens.Count && comma < 0; i++)
                if (tokens[i].IsPunct(',')) comma = i;
                // "the Norland States' Institute for ...": a plural possessive's apostrophe stays inside the apposition.
                else if (tokens[i].Kind == TokenKind.Punctuation && !tokens[i].IsPunct('.') && !tokens[i].IsPunct('\'') && !tokens[i].IsPunct('\u2019') || IsSentenceEnd(tokens[i])) break;
            if (comma < 0 || comma == start || comma + 3 >= tokens.Count) return start;
            // A verb group is a run of words: one overlapping the phrase lies between the comma and the punctuation before the phrase.
            var runStart = start;
            while (runStart > 0 && tokens[runStart - 1].IsWord) runStart--;
            if (!Analysis.WordBounds.MayHaveVerbIn(tokens, runStart, comma)) return comma + 1;
            foreach (var group in s.Analysis.FoundVerbGroups) // spans and tense: no clauses needed
                if (group.IsFinite && group.Start < comma && group.End > start) return start;
            return comma + 1;
        }

        /// <summary>
        /// "according to the report", "according to its filing": a document, whose author is the organization named lately
        /// before the same noun or the speaker quoted lately in a sentence naming it, or the owner its possessive names
        /// (<see cref="OwnerOfCitedDocument"/>), else the document itself (a quote just
        /// before that names no such document need not be its author); "according to him": the
        /// person the text is about; "according to state television": the broadcaster, unnamed.
        /// </summary>
        private Speaker CitedDocumentOrPronoun(SentenceInfo s, int start, int end)
        {
            var tokens = s.Tokens;
            if (end == start + 1 && (tokens[start].Is("him") || tokens[start].Is("her"))) return PronounSpeaker(s, start);
            if (end - start < 2 || end - start > 4) return default;
            for (var i = start + 1; i < end; i++)
                if (!tokens[i].IsWord || tokens[i].IsCapitalized) return default;
            var noun = tokens[end - 1];
            if (noun.Is("television") || noun.Is("radio")) return new Speaker(null, Join(tokens, start, end));
            if (!IsDocumentNoun(noun.Lower) || !(tokens[start].Is("the") || tokens[start].Is("its") || tokens[start].Is("their") || tokens[start].Is("his") || tokens[start].Is("her"))) return default;
            return new Speaker(AuthorNamedBefore(s, noun.Lower) ?? SpeakerInDocument(s, noun.Lower) ?? IssuerNamedEarlier(s, noun.Lower) ?? OwnerOfCitedDocument(s, start, end), Join(tokens, start, end));
        }

        /// <summary>"Ostrel Shipping said in a filing ... . According to the filing, ...": who was quoted lately in a sentence naming the document.</summary>
        private EntityDraft? SpeakerInDocument(SentenceInfo s, string noun)
        {
            for (var q = _quotes.Count - 1; q >= 0; q--)
            {
                var quote = _quotes[q];
                if (quote.Sentence.Index < s.Index - 3) break;
                if (quote.Speaker.Entity is null || quote.Sentence.Index == s.Index) continue;
                foreach (var t in quote.Sentence.Tokens)
                    if (t.Is(noun)) return quote.Speaker.Entity;
            }
            return null;
        }

        /// <summary>
        /// "The Velden Post, citing anonymous sources, reported ...", "X reported, citing police data, ...": the comma closing a
        /// participle of citing that opens at <paramref name="participle"/> right after a comma, when a cue stands right before
        /// its opening comma or right after its closing one; -1 otherwise. The phrase names the report's source: no words of its own.
        /// </summary>
        private static int CitedSourceAside(List<Token> tokens, int participle)
        {
            if (participle < 2 || participle >= tokens.Count || !(tokens[participle].Is("citing") || tokens[participle].Is("quoting")) || !tokens[participle - 1].IsPunct(',')) return -1;
            for (var close = participle + 2; close < tokens.Count && close <= participle + 10; close++)
            {
                if (!tokens[close].IsPunct(',')) continue;
                return CueVerbs.Lemma(tokens[participle - 2]) is not null || close + 1 < tokens.Count && CueVerbs.Lemma(tokens[close + 1]) is not null ? close : -1;
            }
            return -1;
        }
    }
}
