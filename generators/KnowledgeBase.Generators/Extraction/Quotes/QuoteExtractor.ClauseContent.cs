using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction
{
    // Which clause a cue reports when it is not the one right after it: the clause of a stance noun ("expressed hope that X"),
    // the clause before an attribution whose subject follows its cue ("X, said Mira Holt, who ...").
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// "expressed hope that the bridge would reopen", "voiced their deep concern that fees were rising": an object that is a
        /// noun naming what is held (<see cref="ThatClauseNouns"/>, after at most two modifiers) followed by "that" and a finite
        /// clause reports that clause; the content starts after "that". "expressed hope for a settlement" keeps its object.
        /// </summary>
        private static int PastStanceNoun(SentenceInfo s, int contentStart)
        {
            var tokens = s.Tokens;
            if (contentStart < 1 || contentStart >= tokens.Count || tokens[contentStart - 1].Is("that")) return contentStart;
            for (var i = contentStart; i < tokens.Count && i <= contentStart + 2; i++)
            {
                var t = tokens[i];
                if (!t.IsWord || t.IsCapitalized || t.Is("that")) return contentStart;
                if (Array.IndexOf(ThatClauseNouns, t.Lower) < 0) continue;
                return i + 2 < tokens.Count && tokens[i + 1].Is("that") && OpensFiniteClauseAt(s, i + 2) ? i + 2 : contentStart;
            }
            return contentStart;
        }

        // Nouns of a stance or a claim whose "that" clause is their content ("the hope that", "assurances that").
        private static readonly string[] ThatClauseNouns =
        {
            "hope", "hopes", "concern", "concerns", "fear", "fears", "confidence", "belief", "beliefs", "optimism", "worry", "worries",
            "doubt", "doubts", "conviction", "view", "expectation", "expectations", "assurance", "assurances", "suspicion", "suspicions",
        };

        /// <summary>
        /// "The pier is unsafe, said Mira Holt, who inspected it.", "The ferry will not sail, stated Minister Karel Brandt, and ...",
        /// "The ferry sank, reported officials.", "..., said the report, which ...":
        /// a cue of saying right after a comma that closes a clause (<see cref="TellsAClauseBefore"/>), with its speaker named in a
        /// short phrase after it that a comma, a semicolon or the sentence end closes, reports the clause before the comma; the
        /// words after the speaker describe the speaker or go on with the sentence. A quotation before the comma is a direct
        /// quote's, and "said that", "said in ..." open content after the cue.
        /// </summary>
        private bool InvertedAttribution(SentenceInfo s, int c, string lemma, List<(int Open, int Close)> quoted, List<Speaker> speakers)
        {
            var tokens = s.Tokens;
            if (c < 4 || c + 2 >= tokens.Count || !tokens[c - 1].IsPunct(',') || lemma is not ("say" or "state" or "add" or "explain" or "write" or "insist" or "remark" or "announce" or "confirm" or "claim" or "note" or "report")) return false;
            if (CueVerbs.IsParticiple(tokens[c].Text) || tokens[c + 1].Is("that") || IsPreposition(tokens[c + 1]) || Inside(quoted, c - 2) || IsQuoteClose(tokens[c - 2])) return false;
            var phraseEnd = c + 1;
            while (phraseEnd < tokens.Count && !tokens[phraseEnd].IsPunct(',') && !tokens[phraseEnd].IsPunct(';') && !IsSentenceEnd(tokens[phraseEnd])) phraseEnd++;
            if (phraseEnd - c > 10 || !TellsAClauseBefore(s, c - 1) || HasVerbBeforeRelative(s, c + 1, phraseEnd)) return false;
            var person = PersonAfterCue(s, c);
            var speaker = person is not null && person.TokenEnd <= phraseEnd ? new Speaker(person.Entity, Join(tokens, person.TokenStart, person.TokenEnd)) : NounPhraseSpeaker(s, c + 1, phraseEnd);
            // "..., said the report, which ...": a document says what its authors wrote.
            if (!speaker.IsFound && phraseEnd == c + 3 && (tokens[c + 1].Is("the") || tokens[c + 1].Is("its")) && IsDocumentNoun(tokens[c + 2].Lower))
                speaker = DocumentSpeaker(s, tokens[c + 2].Lower, Join(tokens, c + 1, c + 3));
            if (!speaker.IsFound || speaker.Entity?.Kind == EntityKind.Place) return false;
            var start = 0;
            for (var i = c - 2; i >= 0; i--)
                if (tokens[i].IsPunct(';') || Inside(quoted, i) || IsQuoteClose(tokens[i])) { start = i + 1; break; }
            if (c - 1 - start < 3) return false;
            speakers.Add(speaker);
            Add(s, start, SubordinateGoesOn(s, start, phraseEnd) is var main && main > 0 ? main : c - 1, speaker, tokens[c].Text);
            if (speaker.Entity?.Kind == EntityKind.Person) _salient = speaker.Entity;
            return true;
        }

        /// <summary>
        /// "..., says the study, ...", "..., says Mira Holt.": after a comma, a present form is inverted when "the" or a name follows it
        /// and a short phrase (at most six words) then closes at a comma or the sentence end.
        /// </summary>
        private static bool SpeakerAfterInvertedCue(List<Token> tokens, int c)
        {
            if (c + 2 >= tokens.Count || !(tokens[c + 1].Is("the") || tokens[c + 1].IsCapitalized && tokens[c + 1].IsWord)) return false;
            for (var i = c + 2; i < tokens.Count && i <= c + 7; i++)
            {
                if (tokens[i].IsPunct(',') || IsSentenceEnd(tokens[i])) return true;
                if (!(tokens[i].IsWord || tokens[i].Kind == TokenKind.Possessive)) return false;
            }
            return false;
        }

        /// <summary>
        /// "Because salt water freezes later, says the study, it flows on under the ice": a fronted subordinate clause before the
        /// attribution leaves its main clause after it, which was said with it; where that clause ends, or -1.
        /// </summary>
        private static int SubordinateGoesOn(SentenceInfo s, int start, int phraseEnd)
        {
            var tokens = s.Tokens;
            if (!IsSubordinator(tokens[start]) || phraseEnd + 2 >= tokens.Count || !tokens[phraseEnd].IsPunct(',')) return -1;
            var end = ContentEnd(tokens, phraseEnd + 1);
            return HasVerbGroup(s, phraseEnd + 1, end, finite: true) ? end : -1;
        }

        /// <summary>
        /// "Velland had still not, by Monday, confirmed a decision to withdraw the soldiers": a verb after the cue, before any "who",
        /// "which" or "that", makes the words an object with a clause of its own, not a speaker named after the cue.
        /// </summary>
        private static bool HasVerbBeforeRelative(SentenceInfo s, int start, int end)
        {
            var stop = start;
            while (stop < end && !(s.Tokens[stop].Is("who") || s.Tokens[stop].Is("which") || s.Tokens[stop].Is("that"))) stop++;
            return HasVerbGroup(s, start, stop);
        }

        /// <summary>
        /// "The office said it believes the leak began at the pier", "she told reporters she believed him": a cue whose subject is a
        /// pronoun opening the content of a quote just taken from its sentence (at most an adverb or an auxiliary between) is
        /// that speaker's own thought, already inside the quote; it is no second quote.
        /// </summary>
        private bool RestatesOuterQuote(SentenceInfo s, int cue)
        {
            var tokens = s.Tokens;
            var at = tokens[cue].Start;
            for (var k = _quotes.Count - 1; k >= 0 && _quotes[k].Sentence == s; k--)
            {
                var outer = _quotes[k];
                // "According to the Velden Post, he describes himself as ...": the outlet relays; the pronoun's cue is his own.
                if (outer.Kind != QuoteKind.Indirect || outer.Start >= at || outer.End <= at || outer.Cue == "according to") continue;
                for (var p = cue - 1; p >= 0 && p >= cue - 3; p--)
                    if (tokens[p].Start == outer.Start) return tokens[p].Is("he") || tokens[p].Is("she") || tokens[p].Is("they") || tokens[p].Is("it") || tokens[p].Is("we");
            }
            return false;
        }

        /// <summary>
        /// "X is unsafe, officials said, and the port will close", "..., Mira Holt said, adding that ...": after an attribution
        /// closed by a comma, a conjunction or a cue's participle opens a clause of its own, so the clause before it is what was said;
        /// any other word goes on with a clause the attribution interrupts ("the bridge, which, she said, engineers had checked").
        /// </summary>
        private static bool NewClauseAfterAttribution(Token next) =>
            next.Is("and") || next.Is("but") || CueVerbs.IsParticiple(next.Text) && CueVerbs.Lemma(next) is not null;

        /// <summary>
        /// "..., Mira Holt said in Velden, adding that ...", "..., she told farmers near the port, and ...": a place phrase of at most
        /// five words (no verb, no mark) after the cue at <paramref name="i"/>, closed by a comma before a new clause
        /// (<see cref="NewClauseAfterAttribution"/>), tells where; the comma, else <paramref name="i"/>.
        /// </summary>
        private static int PastPlaceBeforeNewClause(SentenceInfo s, int i)
        {
            var tokens = s.Tokens;
            if (i >= tokens.Count || !Events.TriggerFinder.IsAny(tokens[i], PlaceAndTimePrepositions)) return i;
            for (var j = i + 2; j < tokens.Count && j <= i + 6; j++)
            {
                if (!tokens[j].IsPunct(',')) continue;
                return j + 1 < tokens.Count && NewClauseAfterAttribution(tokens[j + 1]) && AllWords(tokens, i + 1, j) && !HasVerbGroup(s, i + 1, j) ? j : i;
            }
            return i;
        }

        /// <summary>
        /// "told farmers in Velden the plan was dead", "told a meeting of dockers the port would close", "told a group of pupils
        /// that ...": up to two phrases of a preposition of <see cref="AddresseePhrasePrepositions"/> and its noun chunk after
        /// the addressee ending at <paramref name="end"/> say who or where the told are; past them, when a "that" or a finite
        /// clause follows. Otherwise <paramref name="end"/>.
        /// </summary>
        private static int PastAddresseePhrases(SentenceInfo s, int end)
        {
            var tokens = s.Tokens;
            var at = end;
            for (var phrase = 0; phrase < 2 && at + 1 < tokens.Count && Events.TriggerFinder.IsAny(tokens[at], AddresseePhrasePrepositions); phrase++)
            {
                if (s.Analysis.ChunkAt(at + 1) is not { } chunk || chunk.Start != at + 1 || chunk.IsPronoun) return end;
                at = SkipAdjuncts(tokens, chunk.End);
                if (at < tokens.Count && tokens[at].Is("that") || OpensFiniteClauseAt(s, at)) return at;
            }
            return end;
        }

        private static readonly string[] AddresseePhrasePrepositions = { "of", "in", "at", "from", "near", "across", "outside", "inside" };

        /// <summary>"told the story", "told a lie": what "tell" takes that is told, not told to.</summary>
        private static bool IsToldThing(Analysis.NounChunk chunk) => chunk.IsPronoun || Events.TriggerFinder.IsAny(chunk.HeadToken, ToldThings);

        private static readonly string[] ToldThings = { "story", "stories", "truth", "lie", "lies", "joke", "jokes", "tale", "tales", "news", "time", "it", "this", "that" };

        private static bool AllWords(List<Token> tokens, int start, int end)
        {
            for (var k = start; k < end; k++)
                if (!tokens[k].IsWord) return false;
            return true;
        }
    }
}
