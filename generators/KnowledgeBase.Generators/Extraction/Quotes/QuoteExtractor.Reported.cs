using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction
{
    // Reported speech: a cue verb with its content, "according to", trailing and passive attributions, coordinated speakers.
    internal sealed partial class QuoteExtractor
    {
        private void ExtractReported(SentenceInfo s, List<(int Open, int Close)> quoted, List<Speaker> speakers)
        {
            var tokens = s.Tokens;
            ByReports(s, quoted, speakers); // "By reports, ...": as "According to reports, ..."
            for (var c = 0; c < tokens.Count; c++)
            {
                if (tokens[c].CannotCue) continue; // neither a cue nor "according to": most words
                if (Inside(quoted, c)) continue;
                if (tokens[c].Is("according") && c + 1 < tokens.Count && tokens[c + 1].Is("to"))
                {
                    AccordingTo(s, c, quoted, speakers);
                    continue;
                }
                var lemma = CueAt(s, c);
                if (lemma is null || NamesTheNounBefore(s, c) || RaisedAfterItsNoun(s, c) || CitedSourceAside(tokens, c) > 0) continue;
                if (TrailingAttribution(s, c, lemma, quoted, speakers) || InvertedAttribution(s, c, lemma, quoted, speakers) || MedialAttribution(s, c, lemma, quoted, speakers)) continue;
                // "was informed", "celebrated by the media": the subject is not the speaker. With no "by" after the cue a passive one
                // reports nothing but an impersonal report (PassiveReport), so the voice is asked below, only of a cue with a speaker.
                var agentMayFollow = AgentMayFollow(tokens, c);
                if (PassiveReport(s, c, lemma, agentMayFollow, quoted, speakers)) continue;
                // "The Velden Post show, which airs on Fridays, ...": a relative clause after a comma tells of a noun, not a cue's words.
                if (c + 2 < tokens.Count && tokens[c + 1].IsPunct(',') && (tokens[c + 2].Is("which") || tokens[c + 2].Is("who") || tokens[c + 2].Is("whose"))) continue;
                if (lemma == "show" && c + 1 < tokens.Count && tokens[c + 1].Is("up")) continue; // "a hundred people showed up" came, and said nothing
                if (c > 0 && !CueVerbs.IsParticiple(tokens[c].Text) && (IsQuoteClose(tokens[c - 1]) || tokens[c - 1].IsPunct(',') && c > 1 && IsQuoteClose(tokens[c - 2]))) continue; // '"...," said X', not '"...", saying'
                // "X was quoted as saying ...": the one quoted says it; the subject is the passive's, before "was quoted as". Found before
                // the content (read from the analysis; the steps between change nothing): a cue with no speaker ("I think") needs none.
                // '"...," Ruiz said.': content that would start at the last token is under the two words a statement needs (it
                // only moves on past an addressee), so the speaker is not looked for.
                var wordsFrom = ContentStart(tokens, c, lemma);
                if (wordsFrom >= tokens.Count - 1) continue;
                var that = PhraseBeforeThat(tokens, wordsFrom) is var phraseThat && phraseThat > 0 && (OpensFiniteClauseAt(s, phraseThat + 1) || OpensLongSubjectClause(s, phraseThat + 1)) ? phraseThat : 0;
                if (that > 0) wordsFrom = that + 1;
                var speaker = CueSpeaker(s, c, quoted, speakers);
                if (!speaker.IsFound || !agentMayFollow && IsPassiveCue(s, c)) continue;
                // "maintained a stance", "ordered a review" are no statements; "ruled that X lacked", "ruled X lacked" are.
                // The participle of such a cue of speech ("observing the divers") has its clause only after "that": its object is
                // what it watched or kept to; a finding's participle ("finding the storm had weakened") still reports a clause.
                if (CueVerbs.NeedsThat(lemma) && !tokens[wordsFrom - 1].Is("that") && SkipAdjuncts(tokens, c + 1) is var after
                    && !(after < tokens.Count && (tokens[after].Is("that") || CueVerbs.TakesClauseWithoutThat(lemma, tokens[c].Text) && OpensReportedClauseAt(s, after)))) continue;
                var contentStart = PastStanceNoun(s, PastNamedAddressee(s, c, lemma, wordsFrom)); // "expressed hope that X": X
                var contentEnd = ReportedContentEnd(s, c, contentStart, quoted);
                // "said in a statement" names no content; "said that in 2018 the losses doubled" opens its clause with the adjunct.
                if (contentEnd - contentStart < 2 || IsAdjunct(tokens[contentStart]) && !OpensQuantity(tokens, contentStart) && !(tokens[contentStart - 1].Is("that") && HasVerbGroup(s, contentStart, contentEnd, finite: true))) continue;
                // "responded to the verdict on Twitter": what is answered, not said; "member states had asked": the cue word is a noun; '"...," she said, noting the toll had doubled': the participle's clause.
                if (lemma is "respond" or "reply" && tokens[contentStart].Is("to") || OnlyWhereItWasSaid(s, contentStart, contentEnd) || DescribesTheText(s, c, contentStart, contentEnd) || ConjunctionAfterCue(tokens, c, contentStart) || ParticipleCueAfterComma(s, contentStart) || OpensWithAuxiliary(s, c, contentStart)) continue;
                // "said about X: "..."": the topic before a quotation is not what was said.
                if (contentEnd < tokens.Count && tokens[contentEnd].IsPunct(':') && IsPreposition(tokens[contentStart])) continue;
                // "told the press", "informed the press", "asked them about their health": an addressee (and a topic) with nothing said; "posted a video": a thing, not words.
                if (lemma is "tell" or "inform" or "post" && !HasVerbGroup(s, contentStart, contentEnd) || CueVerbs.TakesAddressee(lemma) && AddresseeAndTopic(tokens, contentStart, contentEnd)) continue;
                if (CueVerbs.NeedsAsDescription(lemma) && !HasWord(tokens, contentStart, contentEnd, "as")) continue; // "listed the mill" files nothing; "listed the mill as a protected site" does
                if (CueVerbs.NeedsStanceObject(lemma) && !tokens[contentStart - 1].Is("that") && !NamesAStance(tokens, contentStart, contentEnd) && !ListsTopics(tokens, contentStart, contentEnd) || JudgesANamedAct(s, lemma, speaker, contentStart, contentEnd)) continue; // "discussed her career": a topic; "rejected the proposal": what was judged
                if (QuotedIsTheStatement(s, quoted, contentStart, contentEnd) || CitesAsSaying(tokens, lemma, contentStart) || TookQuotedDescription(s, quoted, c, lemma, speaker, contentStart, contentEnd, speakers, bySubject: true)) continue; // the cue of a direct quote, of "as saying", of a quoted description
                if (CueVerbs.Relays(lemma) && ReportsAnotherSpeaker(s, contentStart, contentEnd)) continue; // "the Velden Post reported a source said ...": the source's words
                if (!RestatesOuterQuote(s, c)) AddReported(s, c, speaker, contentStart, contentEnd, speakers);
                if (that > 0) c = that; // "suggested in a July tweet that": the phrase's words cue nothing
            }
        }

        private static bool HasWord(List<Token> tokens, int start, int end, string word)
        {
            for (var i = start; i < end && i < tokens.Count; i++) if (tokens[i].Is(word)) return true;
            return false;
        }

        private static bool ParticipleCueAfterComma(SentenceInfo s, int start) =>
            start > 0 && start < s.Tokens.Count && s.Tokens[start - 1].IsPunct(',') && CueVerbs.IsParticiple(s.Tokens[start].Text) && CueAt(s, start) is not null;

        // "their shared desire to ...": a stance noun among the object's first words.
        private static bool NamesAStance(List<Token> tokens, int start, int end)
        {
            for (var i = start; i < end && i < start + 4; i++) if (CueVerbs.IsStanceNoun(tokens[i])) return true;
            return false;
        }

        /// <summary>
        /// "discussed her schooling, the move to Velden, and her first season": a list of three topics or more (a comma, then
        /// "and"/"or" after it) is what the gold takes as said, where one or two topics are not. A comma that opens a relative
        /// or another clause ("the plan, which ...") lists nothing.
        /// </summary>
        private static bool ListsTopics(List<Token> tokens, int start, int end)
        {
            var comma = -1;
            for (var i = start + 1; i < end - 1 && comma < 0; i++) if (tokens[i].IsPunct(',')) comma = i;
            if (comma < 0 || Array.IndexOf(ClauseAfterComma, tokens[comma + 1].Lower) >= 0) return false;
            for (var i = comma + 2; i < end - 1; i++) if (tokens[i].Is("and") || tokens[i].Is("or")) return true;
            return false;
        }

        private static readonly string[] ClauseAfterComma =
            { "which", "who", "whom", "whose", "where", "when", "while", "but", "although", "though", "as", "because", "saying", "adding", "including", "and", "or" };

        /// <summary>The content of the cue at <paramref name="c"/>, reported for its speaker and those coordinated with it.</summary>
        private void AddReported(SentenceInfo s, int c, Speaker speaker, int contentStart, int contentEnd, List<Speaker> speakers)
        {
            // "Both leaders expressed X, highlighting Y": Y is reported for both again.
            if (!(SharesSubject(s.Tokens, c) && _lastGroup.Count > 0 && _lastGroupSentence == s.Index)) Coordinated(s, c, speaker, _lastGroup);
            foreach (var one in _lastGroup)
            {
                speakers.Add(one);
                Add(s, contentStart, contentEnd, one, s.Tokens[c].Text);
            }
            _lastGroupSentence = s.Index;
            if (speaker.Entity?.Kind == EntityKind.Person && !SpeaksInRelativeClause(s, c))
            {
                _salient = speaker.Entity;
                _speakerSentence = s.Index;
            }
        }

        /// <summary>
        /// "The Velden Post reported on Monday a government source, whom it did not name, said the ban ...", "In May, an official said
        /// that ..., the Velden Post reported.": the content of a relaying cue (<see cref="CueVerbs.Relays"/>) that is itself an
        /// active clause of saying (<see cref="IsSpeechLemma"/>) with a subject of its own, not a pronoun (at its start, after
        /// "that" or after a fronted phrase and its comma), passes on that subject's words; they are the inner cue's quote, and
        /// the outlet that relays them quotes nothing of its own. ("According to X, Y said ..." keeps both: the gold credits the
        /// claim to X too; "In the book, Mira Holt claims the mayor asked the minister ...", "Karel Brandt said his brother had
        /// told him ..." are the speaker's own claims.)
        /// </summary>
        private static bool ReportsAnotherSpeaker(SentenceInfo s, int start, int end)
        {
            var tokens = s.Tokens;
            if (start < tokens.Count && tokens[start].Is("that")) start++;
            if (end - start < 3 || !Analysis.WordBounds.MayHaveVerbIn(tokens, start, end)) return false;
            var a = s.Analysis;
            foreach (var clause in a.Clauses)
            {
                if (clause.Verb.Start <= start) continue;
                if (clause.Verb.Start >= end) break;
                if (clause.Kind == Analysis.ClauseKind.Relative) continue; // "a source, whom they did not name, said"
                if (!clause.IsSpeech || !clause.Verb.IsFinite || clause.Verb.Voice == Analysis.Voice.Passive || clause.Subject is not { } subject || subject.Start < start
                    || a.TagAt(subject.Head) == Analysis.Tag.Pronoun || !(CueVerbs.Lemma(tokens[clause.Verb.Head]) is { } lemma && IsSpeechLemma(lemma))) return false;
                if (subject.Start == start) return true;
                // Only a fronted phrase and its comma before the subject: "In May, an official said".
                if (!tokens[subject.Start - 1].IsPunct(',')) return false;
                for (var i = start; i < subject.Start; i++)
                    if (a.TagAt(i) is Analysis.Tag.Conjunction or Analysis.Tag.Verb or Analysis.Tag.Auxiliary or Analysis.Tag.Modal) return false;
                return true;
            }
            return false;
        }

        /// <summary>"The entire crew were Iranians, the army said.": the attribution closes the sentence.</summary>
        private bool TrailingAttribution(SentenceInfo s, int c, string lemma, List<(int Open, int Close)> quoted, List<Speaker> speakers)
        {
            var tokens = s.Tokens;
            // "..., police revealed on Saturday.", "..., the research showed.", "..., university data indicated.": a disclosure or a finding too.
            if (lemma is not ("say" or "tell" or "add" or "report" or "state" or "confirm" or "claim" or "explain" or "announce" or "write" or "note" or "reveal" or "indicate" or "show")) return false;
            var after = SkipAdjuncts(tokens, lemma == "tell" ? PastToldAddressee(s, c) : c + 1); // "..., Brandt told reporters."
            after = PastPlaceBeforeNewClause(s, after); // "..., Brandt said in Velden, adding that ..."
            var midSentence = after < tokens.Count && !IsSentenceEnd(tokens[after]) && !PhrasesCloseTheSentence(s, after); // "X is unsafe, officials said, and ...": the clause before
            // "X was charged with arson, they said Sunday — a crime that ...": an aside after a dash closes the clause the attribution closes.
            if (midSentence && !(tokens[after].IsPunct(',') && after + 1 < tokens.Count && NewClauseAfterAttribution(tokens[after + 1]) || IsDash(tokens[after]))) return false;
            // "..., the opera company Ostrel Stage (OS) announced", "..., the harbour authority of the city of Velden said": a subject
            // of up to eleven words, names, "of" phrases and a bracketed acronym, no clause of its own.
            var comma = -1;
            for (var i = c - 1; i >= 0 && i >= c - 12; i--)
            {
                if (tokens[i].IsPunct(',')) { comma = i; break; }
                if (i < c - 6 && (tokens[i].Kind == TokenKind.Punctuation && !tokens[i].IsPunct('(') && !tokens[i].IsPunct(')') && !tokens[i].IsPunct('.') || tokens[i].Is("and") || tokens[i].Is("but") || tokens[i].Is("that") || tokens[i].Is("which") || tokens[i].Is("who"))) break;
            }
            if (comma < 3 || Inside(quoted, comma - 1) || IsQuoteClose(tokens[comma - 1]) || midSentence && !TellsAClauseBefore(s, comma)) return false;
            var speaker = c == comma + 2 && tokens[comma + 1].Is("they") ? TrailingThey(s, comma) : NounPhraseSpeaker(s, comma + 1, c);
            // "..., the report said.": a document says what its authors wrote.
            if (!speaker.IsFound && c - comma == 3 && IsDocumentNoun(tokens[c - 1].Lower) && (tokens[comma + 1].Is("the") || tokens[comma + 1].Is("its")))
                speaker = DocumentSpeaker(s, tokens[c - 1].Lower, Join(tokens, comma + 1, c));
            // "..., the harbour authority of the city of Velden said": a place named deep in a long subject only places it.
            if (!speaker.IsFound || comma < c - 7 && speaker.Entity?.Kind == EntityKind.Place) return false;
            if (CueVerbs.Relays(lemma) && ReportsAnotherSpeaker(s, 0, comma)) return true; // "In May, an official said X, the Velden Post reported.": the official's words
            speakers.Add(speaker);
            Add(s, 0, comma, speaker, tokens[c].Text);
            if (speaker.Entity?.Kind == EntityKind.Person) _salient = speaker.Entity;
            return true;
        }

        /// <summary>"told the Vella Times the attack took place at 7 p.m.": a named addressee before a clause is not what was said.</summary>
        /// <summary>"The death of X was announced on Friday by the Vella Institute": what was announced is the subject, the agent announced it.</summary>
        private bool AnnouncedBy(SentenceInfo s, int c, List<Speaker> speakers)
        {
            var tokens = s.Tokens;
            if (c < 3 || CueVerbs.Lemma(tokens[c]) is not ("announce" or "confirm" or "report" or "reveal" or "disclose")) return false;
            var by = SkipAdjuncts(tokens, c + 1);
            if (by + 1 >= tokens.Count || !tokens[by].Is("by") || !(tokens[c - 1].Is("was") || tokens[c - 1].Is("were"))) return false;
            var phraseEnd = by + 1;
            while (phraseEnd < tokens.Count && phraseEnd <= by + 10 && !IsSentenceEnd(tokens[phraseEnd]) && !tokens[phraseEnd].IsPunct(';')) phraseEnd++;
            // "were reported by X to have left": what was reported is the infinitive's (PassiveWithAgent), not the subject.
            for (var i = by + 2; i + 1 < phraseEnd; i++)
                if (s.Analysis.IsInfinitiveToAt(i)) return false;
            var speaker = NounPhraseSpeaker(s, by + 1, phraseEnd);
            var start = ClauseStart(tokens, c, NoQuotations);
            // "The excerpts, which are only X's words, were reported by CNN": the subject is no clause of a relative pronoun.
            if (!speaker.IsFound || speaker.Entity is null || c - 1 - start < 2 || start > 0 && (tokens[start - 1].Is("which") || tokens[start - 1].Is("who") || tokens[start - 1].Is("that"))) return false;
            speakers.Add(speaker);
            Add(s, start, c - 1, speaker, tokens[c].Text);
            return true;
        }

        private static int PastNamedAddressee(SentenceInfo s, int cue, string lemma, int contentStart)
        {
            var tokens = s.Tokens;
            if (!CueVerbs.TakesAddressee(lemma) || contentStart != cue + 1) return contentStart;
            var i = cue + 1;
            if (i < tokens.Count && tokens[i].Is("the")) i++;
            // "told Ana Ruiz the plan was dead", and unnamed: "told reporters the plan was dead", "told the court she was forced".
            // An unnamed addressee is a chunk of the analysis, asked for only when a "that" or a verb after it may follow (past its
            // first word, the chunk's own: ends past the chunk's end, a verb past the word after).
            var end = AudienceEnd(tokens, i) is var heard && heard > 0 ? heard : s.MentionAt(i) is { } addressee && addressee.TokenStart == i ? addressee.TokenEnd
                : HasWordFrom(tokens, cue + 2, "that") || Analysis.WordBounds.MayHaveVerbIn(tokens, cue + 3, tokens.Count)
                  ? s.Analysis.ChunkAt(cue + 1) is { } chunk && chunk.Start == cue + 1 && (IsAddresseeLike(chunk) || lemma == "tell" && !IsToldThing(chunk)) ? chunk.End : -1 : -1;
            if (end >= 0) end = SkipAdjuncts(tokens, end); // "told reporters today the plan was dead"
            if (end >= 0) end = PastAddresseePhrases(s, end); // "told farmers in Velden the plan was dead"
            if (end >= 0 && PhraseBeforeThat(tokens, end) is var that && that > 0) end = that; // "told reporters in Velden on Monday that"
            if (end < 0 || !(end < tokens.Count && tokens[end].Is("that") || OpensFiniteClauseAt(s, end))) return lemma is "tell" or "inform" or "assure" or "remind" ? ClauseAfterNamedAddressee(s, i, contentStart) : contentStart;
            return end < tokens.Count && tokens[end].Is("that") ? end + 1 : end;
        }

        /// <summary>"reporters", "the court", "her", "Wikinews": a chunk that can be told something (not "promised protests every week").</summary>
        private static bool IsAddresseeLike(Analysis.NounChunk chunk)
        {
            var head = chunk.HeadToken;
            return chunk.IsPronoun || head.IsCapitalized || CommonWords.IsSpeakingGroup(head.Text) || Titles.IsRoleNoun(head) || IsInstitutionNoun(head.Lower);
        }

        /// <summary>
        /// A cue inside "While X said Y, Z left" or "The plane, which local press reported belonging to X, crashed" reports only
        /// up to the comma: the analysis's subordinate clause with a main clause after it, or its relative clause inside the
        /// subject of a main clause after it ("CNN, who reported that ..., only 21 ..." runs on: that subject is its own). "As X said, ..." runs on too:
        /// what was said is the sentence around it.
        /// </summary>
        private static bool SubordinateClause(SentenceInfo s, int cue, List<(int Open, int Close)> quoted)
        {
            if (!Analysis.WordBounds.MayIntroduceClauseIn(s.Tokens, 0, cue)) return false; // answered without the sentence's analysis
            var analysis = s.Analysis;
            if (analysis.ClauseOfVerb(cue) is not { Kind: Analysis.ClauseKind.Subordinate or Analysis.ClauseKind.Relative } clause) return false;
            if (clause.Introducer >= 0 && analysis.LemmaAt(clause.Introducer) == "as") return false;
            foreach (var main in analysis.Clauses)
            {
                if (main.Kind != Analysis.ClauseKind.Main || main.Verb.Start < clause.Verb.End || Inside(quoted, main.Verb.Start)) continue;
                if (clause.Kind == Analysis.ClauseKind.Subordinate || main.Subject is null || main.Subject.Start < clause.Start) return true;
            }
            return false;
        }

        private static bool IsSubordinator(Token t) =>
            t.IsWord && (t.Is("while") || t.Is("although") || t.Is("though") || t.Is("whereas") || t.Is("because") || t.Is("if") || t.Is("when") || t.Is("unless"));

        /// <summary>
        /// "described by the Velden Post as X", "were reported by the Velden Post to have left", "was told by the minister that the
        /// border would close": the agent speaks, the words after "as" or "that" (or from the infinitive's "to") are reported; in a phrase set off by commas ("The ship, reported by X as
        /// belonging to the navy, sank") they end at its closing comma.
        /// </summary>
        private void PassiveWithAgent(SentenceInfo s, int c, string lemma, List<(int Open, int Close)> quoted, List<Speaker> speakers)
        {
            var tokens = s.Tokens;
            if (AnnouncedBy(s, c, speakers)) return;
            if (c + 2 >= tokens.Count || !tokens[c + 1].Is("by")) return;
            var asAt = -1;
            for (var i = c + 2; i < tokens.Count && i <= c + 8; i++)
            {
                if (tokens[i].Is("as") || s.Analysis.IsInfinitiveToAt(i) || tokens[i].Is("that") && Array.IndexOf(AddresseeSubjectCues, lemma) >= 0) { asAt = i; break; }
                if (tokens[i].Kind == TokenKind.Punctuation) return;
            }
            if (asAt < 0) return;
            var speaker = NounPhraseSpeaker(s, c + 2, asAt);
            if (!speaker.IsFound) return;
            var start = tokens[asAt].Is("to") ? asAt : asAt + 1;
            var end = ContentEnd(tokens, start, endsAtComma: c > 0 && tokens[c - 1].IsPunct(','));
            if (end - start < 2 || TookQuotedDescription(s, quoted, c, lemma, speaker, asAt, end, speakers)) return; // "was described by X as a "farce""
            speakers.Add(speaker);
            Add(s, start, end, speaker, tokens[c].Text);
        }

        // Cues whose passive subject is the one addressed: "was told by the minister that", "were warned by police that".
        private static readonly string[] AddresseeSubjectCues = { "tell", "inform", "warn", "assure", "advise", "notify", "remind" };

        /// <summary>
        /// "Both the Kremlin and Russian media viewed ...", "Both leaders expressed ...": one quote per
        /// speaker, put in <paramref name="group"/> (emptied first); "both leaders" are the two people the text was last about.
        /// </summary>
        private void Coordinated(SentenceInfo s, int cue, Speaker speaker, List<Speaker> group)
        {
            group.Clear();
            var text = speaker.Text.ToLowerInvariant();
            if (speaker.Entity is null && (text.StartsWith("both ", StringComparison.Ordinal) || text.StartsWith("the two ", StringComparison.Ordinal)) && !text.EndsWith(" sides", StringComparison.Ordinal))
            {
                var pair = RoleHolders(s, text) ?? LastTwoPeople(s, cue);
                if (pair.Count == 2)
                {
                    foreach (var p in pair) group.Add(new Speaker(p, speaker.Text));
                    return;
                }
            }
            group.Add(speaker);
            // "X and Y <cue>", "X, Y, and Z <cue>": all speak, whichever of them the subject scan found.
            var tokens = s.Tokens;
            for (var i = PastRelativeClause(tokens, cue); i > 0; i--)
            {
                if (tokens[i].IsPunct(',') && i < cue - 1 || tokens[i].Is("that") || tokens[i].IsPunct(';')) break;
                if (!tokens[i].Is("and")) continue;
                // "Ana Ruiz of the Velden Institute of Soil and Water Studies said": an "and" inside a name joins no speakers.
                if (s.MentionAt(i) is { } name && name.TokenStart < i) { i = name.TokenStart; continue; }
                // "trade with Velland and asked": the verbs are coordinated, not the subjects; "workers in X and in Y": places, not speakers.
                if (IsPreposition(tokens[i + 1]) || NounPhraseSpeaker(s, i + 1, cue) is not { IsFound: true } right) break;
                // "researchers from Velden University and the Ostrel Institute said": a body after the "and" is the preposition's too.
                if (right.Entity?.Kind != EntityKind.Person && ConjoinedToPrepositionObject(s, i)) break;
                // "businessman and Brandt loyalist Piet Varga said": the speaker's own name closing the right conjunct makes it the
                // speaker described twice; a name before it ("Brandt") only describes the speaker.
                if (speaker.Entity is { } own && s.MentionAt(cue - 1) is { } closing && closing.Entity == own && closing.TokenStart > i) right = speaker;
                var listed = new List<Speaker>();
                var first = i;
                for (var k = tokens[i - 1].IsPunct(',') ? i - 2 : i - 1; k >= 0 && s.MentionAt(k) is { IsDemonym: false } last && last.TokenEnd == k + 1; k = first - 2)
                {
                    // "researchers from Velden University in Ostria and ...": a preposition's object is no speaker of its own, but the
                    // person it describes is ("Ana Vell of Ostland and ..."); an agent's is ("projections by the Velden Post and ...").
                    if (ConjunctHead(s, last) is not { } m || m != last && right.Entity?.Kind == EntityKind.Place) break;
                    listed.Add(new Speaker(m.Entity, Join(tokens, m.TokenStart, m.TokenEnd)));
                    first = m.TokenStart;
                    if (m.TokenStart < 2 || !tokens[m.TokenStart - 1].IsPunct(',')) break;
                }
                // "Velden banks including X, Y and Z said": examples of the subject, which speaks for them; two names are still both heard.
                if (listed.Count > 1 && first > 0 && (tokens[first - 1].Is("including") || tokens[first - 1].Is("as") || tokens[first - 1].Is("like"))) listed.Clear();
                // "a critic of Karel Brandt, and his aides said": a comma before "and" joins a list of three or more, else two clauses.
                if (listed.Count == 1 && tokens[i - 1].IsPunct(',')) listed.Clear();
                // "Velden and Ostrel County officials said": places listed before the place that names an unnamed group name its places too.
                if (PlacesOfGroup(s, i, cue, right, listed)) { group[0] = new Speaker(null, Join(tokens, first, i + 1) + " " + right.Text); break; }
                for (var j = listed.Count - 1; j >= 0; j--) AddOther(group, speaker, listed[j]); // in the order of the text
                AddOther(group, speaker, right);
                break;
            }
        }

        /// <summary>The unnamed group after the "and" at <paramref name="and"/> opens with a place before its group noun and only places are listed before the "and".</summary>
        private static bool PlacesOfGroup(SentenceInfo s, int and, int cue, Speaker right, List<Speaker> listed) =>
            right.Entity is null && listed.Count > 0 && listed.TrueForAll(p => p.Entity?.Kind == EntityKind.Place)
                && s.MentionAt(and + 1) is { Entity.Kind: EntityKind.Place } named && named.TokenEnd < cue && CommonWords.IsSpeakingGroup(s.Tokens[named.TokenEnd].Text);

        /// <summary>
        /// "Mira Holt, who teaches in Velden and plays for the Ostrel Rovers, said": a relative clause closing with the comma before
        /// the cue joins its own verbs with its "and", and the scan for coordinated subjects stops at the comma that opens it, as
        /// at any comma; where the backward scan starts (0: nowhere; the token before the cue when no such clause closes there).
        /// </summary>
        private static int PastRelativeClause(List<Token> tokens, int cue)
        {
            if (cue < 3 || !tokens[cue - 1].IsPunct(',')) return cue - 1;
            for (var i = cue - 2; i > 0; i--)
            {
                if (tokens[i].IsPunct(',') || tokens[i].IsPunct(';')) return cue - 1;
                if ((tokens[i].Is("who") || tokens[i].Is("which") || tokens[i].Is("whose")) && tokens[i - 1].IsPunct(',')) return 0;
            }
            return cue - 1;
        }

        /// <summary>Adds a coordinated subject that is not the speaker already found (nor a part of its text).</summary>
        private static void AddOther(List<Speaker> group, Speaker speaker, Speaker other)
        {
            if (!other.IsFound || other.Text == speaker.Text || other.Entity is not null && other.Entity == speaker.Entity) return;
            if (other.Entity is null && speaker.Text.IndexOf(other.Text, StringComparison.Ordinal) >= 0) return;
            group.Add(other);
        }

        private List<EntityDraft> LastTwoPeople(SentenceInfo s, int cue) => RecentPeople.Before(_sentences, s, cue, 2);

        /// <summary>
        /// "Both officers said": the last two people the text gave that role ("police officers Jan Kowal and Ana Ruiz"),
        /// not merely the last two people named; null when fewer than two hold it.
        /// </summary>
        private List<EntityDraft>? RoleHolders(SentenceInfo s, string group)
        {
            var words = group.Split(' ');
            var plural = words[words.Length - 1];
            if (words.Length < 2 || !plural.EndsWith("s", StringComparison.Ordinal)) return null;
            var singular = plural.Substring(0, plural.Length - 1);
            var holders = RecentPeople.Before(_sentences, s, s.Tokens.Count, 2, 12, e => e.HasRole(singular) || e.HasRole(plural));
            return holders.Count == 2 ? holders : null;
        }
    }
}
