using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// Statements (CAMEO 010) made by named speakers, from the quotes.
    /// </summary>
    internal static partial class StatementEvents
    {
        /// <summary>
        /// "The Velden Port Authority confirmed the harbour would close": a principal confirms. Not "had not confirmed" (nothing
        /// said), not "the Senate confirmed Ana Ruiz as minister" (a person confirmed is appointed), not a town or city (a place
        /// speaks through its council; a town named as the speaker is a name that modifies another noun).
        /// </summary>
        private static bool Confirms(QuoteDraft q, EntityDraft speaker)
        {
            if (speaker.Kind == EntityKind.Place && !speaker.IsCountry) return false;
            var tokens = q.Sentence.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Text != q.Cue || Reports(q, tokens[i])) continue;
                for (var k = Math.Max(0, i - 3); k < i; k++)
                    if (tokens[k].Is("not") || tokens[k].Is("n't") || tokens[k].Is("never") || tokens[k].Is("yet")) return false;
                var next = i + 1 < tokens.Count && Titles.IsTitleWord(tokens[i + 1]) ? i + 2 : i + 1;
                return q.Sentence.MentionAt(next) is not { Entity.Kind: EntityKind.Person };
            }
            return true;
        }

        /// <summary>"X responded by emphasizing ...": the cue is the manner of a response, and a response is a statement.</summary>
        internal static bool RespondedBy(QuoteDraft q)
        {
            var tokens = q.Sentence.Tokens;
            for (var i = 2; i < tokens.Count; i++)
                if (tokens[i].Text == q.Cue && tokens[i - 1].Is("by") && CueVerbs.Lemma(tokens[i - 2]) is "respond" or "reply") return true;
            return false;
        }

        /// <summary>
        /// "said in a statement", "said at a press conference", "In a brief statement, X said": words given on the record are a
        /// statement, whatever the cue.
        /// </summary>
        internal static bool OnRecord(QuoteDraft q)
        {
            var tokens = q.Sentence.Tokens;
            for (var i = 0; i + 3 < tokens.Count; i++)
            {
                if (tokens[i].Text != q.Cue || Reports(q, tokens[i])) continue;
                // A cue that codes an act of its own ("In a statement, X blamed Y": an accusation) is that act, not a statement.
                if (RecordBefore(q, i) && IsPlainSpeech(CueVerbs.Lemma(q.Cue))) return true;
                var at = i + 1;
                if (!(tokens[at].Is("in") || tokens[at].Is("at") || tokens[at].Is("during"))) continue;
                at++;
                if (ClauseReader.IsArticleOrPossessive(tokens[at])) at++;
                for (var k = at; k < tokens.Count && k <= at + 2; k++)
                    if (IsRecordNoun(tokens[k])) return true;
            }
            return false;
        }

        // Cues that only report words ("said", "stressed", "confirmed"), no act of their own ("blamed": an accusation).
        private static bool IsPlainSpeech(string? lemma) =>
            lemma is "say" or "tell" or "add" or "write" or "explain" or "note" or "stress" or "emphasize" or "emphasise" or "reiterate" or "insist" or "confirm" or "continue";

        /// <summary>
        /// "On Monday, in a short written statement, X said", "In her farewell speech, X stressed", "During a press
        /// conference, X said": the record named before the cue, outside what is reported.
        /// </summary>
        private static bool RecordBefore(QuoteDraft q, int cue)
        {
            var tokens = q.Sentence.Tokens;
            for (var i = 0; i < cue; i++)
            {
                if (!(tokens[i].Is("in") || tokens[i].Is("at") || tokens[i].Is("during") || tokens[i].Is("on")) || Reports(q, tokens[i])) continue;
                for (var k = i + 1; k < cue && k <= i + 5 && tokens[k].IsWord; k++)
                    if (IsRecordNoun(tokens[k])) return true;
            }
            return false;
        }

        private static bool IsRecordNoun(Token word)
        {
            foreach (var noun in RecordNouns)
                if (word.Is(noun)) return true;
            return false;
        }

        /// <summary>"A statement from X said ...", "X's statement said ...": words a statement carries are X's statement.</summary>
        internal static bool ThroughAStatement(QuoteDraft q) => SubjectHead(q) is "statement" or "communique" or "communiqué";

        /// <summary>
        /// '"...," reads an Ostrel Rail press release', "Velco released a statement which read, "..."": the words a statement or
        /// press release reads out are its issuer's statement. Not a sign, a notice or a letter that reads (no statement issued).
        /// Not "the statement" (told before).
        /// </summary>
        internal static bool ReadByARelease(QuoteDraft q)
        {
            var tokens = q.Sentence.Tokens;
            var cue = CueAt(q);
            if (cue < 0 || !(tokens[cue].Is("read") || tokens[cue].Is("reads"))) return false;
            for (var k = Math.Max(0, cue - 4); k < tokens.Count && k <= cue + 6; k++)
                if (k != cue && !Reports(q, tokens[k]) && IsReleaseNoun(tokens[k])) return !Anaphoric(tokens, k);
            return false;
        }

        // '"...;" read the statement': "the statement" with no owner is one already told, whose statement is counted there.
        private static bool Anaphoric(List<Token> tokens, int noun)
        {
            var d = noun > 0 && tokens[noun - 1].Is("press") ? noun - 2 : noun - 1;
            return d >= 0 && (tokens[d].Is("the") || tokens[d].Is("this") || tokens[d].Is("that"));
        }

        private static bool IsReleaseNoun(Token word) => word.Is("statement") || word.Is("release") || word.Is("communique") || word.Is("communiqué");

        private static readonly string[] RecordNouns = { "statement", "conference", "briefing", "speech", "address" };

        /// <summary>"The U.S. defense secretary articulated ...": an unnamed official speaks for the country named in the role.</summary>
        internal static EntityDraft? CountryOfUnnamed(QuoteDraft q)
        {
            var text = q.Speaker.Text;
            if (string.IsNullOrEmpty(text)) return null;
            foreach (var m in q.Sentence.Mentions)
            {
                // "the U.S. defense secretary", not "a U.S. state": a lower-case "state" is a place.
                if (!m.Entity.IsCountry || m.TokenEnd >= q.Sentence.Tokens.Count || !Titles.IsTitleWord(q.Sentence.Tokens[m.TokenEnd].Text) || q.Sentence.Tokens[m.TokenEnd].Text is "state" or "states") continue;
                var first = q.Sentence.Tokens[m.TokenStart].Text;
                if (text.IndexOf(first, StringComparison.Ordinal) >= 0) return m.Entity;
            }
            return null;
        }

        /// <summary>The named subject a reported clause opens with ("announced [that] Canada was to join"), if any.</summary>
        internal static EntityDraft? ReportedSubject(QuoteDraft q)
        {
            if (q.Kind != QuoteKind.Indirect) return null;
            var s = q.Sentence;
            var tokens = s.Tokens;
            var i = 0;
            while (i < tokens.Count && tokens[i].Start < q.Start) i++;
            if (i < tokens.Count && tokens[i].Is("that")) i++;
            if (i < tokens.Count && tokens[i].Is("the")) i++;
            if (s.MentionAt(i) is not { } m || m.IsDemonym || m.Entity.IsMedia || m.Entity == q.Speaker.Entity) return null;
            // "announced Canada was to join", not "announced Canada's decision" (the possessor is the clause's subject only in name).
            if (m.TokenEnd < tokens.Count && tokens[m.TokenEnd].Kind == TokenKind.Possessive) return null;
            return m.Entity;
        }

        /// <summary>A named speaker who states, announces or clarifies makes a statement (CAMEO 010).</summary>
        internal static void AddStatements(List<EventDraft> events, Dictionary<string, List<EventDraft>> byKind, List<QuoteDraft> quotes, int published)
        {
            var saidOn = new Dictionary<EntityDraft, List<int>>(); // each speaker whose statement was told, with its days
            EventDraft? last = null;
            QuoteDraft? lastQuote = null;
            foreach (var q in quotes)
            {
                var speaker = q.Speaker.Entity ?? CountryOfUnnamed(q);
                // Words quoted inside a report are said in the report, whose own quote makes the statement.
                if (speaker is null || q.Cue is null || speaker.IsMedia || q.InsideReport) continue;
                // "X and Y announced their plan": a co-speaker joins the joint statement even when a statement of Y's was told before.
                if (last is not null && SameOccasion(lastQuote!, q))
                {
                    Said(saidOn, speaker, last.Date);
                    EventRoles.AddParticipant(last.Participants, speaker);
                    continue;
                }
                if (!Principals.IsPrincipal(speaker, q.Sentence)) continue;
                // "announced ... shortly before midnight Wednesday": the sentence's own date dates the statement.
                var date = EventDating.NotAfterDateline(StatementDate(q, q.Sentence.Dates(published)), DataLayout.StatusOccurred, published);
                if (saidOn.ContainsKey(speaker) && !AnotherOccasion(saidOn, speaker, date)) continue;
                var lemma = CueVerbs.Lemma(q.Cue);
                if (lemma is not ("state" or "announce" or "clarify" or "outline" or "articulate" or "declare" or "respond" or "tweet" or "confirm") && !RespondedBy(q) && !OnRecord(q) && !ThroughAStatement(q) && !ReadByARelease(q)) continue;
                if (SaidByADocument(q) || InACourtsWriting(q) || ToTheMedia(q) && !OnRecord(q) || lemma == "confirm" && !Confirms(q, speaker)) continue;
                Said(saidOn, speaker, date);
                // "X and Y announced their agreement": one joint statement, not one each, with every co-speaker named.
                var participants = new List<EntityDraft> { speaker };
                foreach (var other in quotes)
                    if (other != q && SameOccasion(other, q) && other.Speaker.Entity is { IsMedia: false } coSpeaker) EventRoles.AddParticipant(participants, coSpeaker);
                // "Authorities in Peru and Chile announced": the quote names one speaker of a joined subject; the others speak with it.
                foreach (var joined in EventRoles.JoinedSpeakers(q.Sentence, speaker, CueAt(q))) EventRoles.AddParticipant(participants, joined);
                // "X announced Canada was to join": whom the statement is about takes part too.
                EventRoles.AddParticipant(participants, ReportedSubject(q));
                if (ToldByTheCue(events, q, speaker, date) || ToldAsAnAct(events, q, speaker, date)) continue;
                last = new EventDraft(EventLexicon.Statement, participants, null, date, DataLayout.StatusOccurred, q.Sentence);
                lastQuote = q;
                EventMerger.Add(events, byKind, last);
            }
        }

        /// <summary>
        /// "The Velden Post announced its selection of Mira Holt as ...": the cue verb was read as an act of its own (an
        /// announcement, CAMEO 01) by the same speaker in the same sentence; one occasion is one event, so the statement is
        /// that act, which takes the statement's date if it had none. "announced it on Monday and again on Friday" tells two.
        /// "Canada announced $40 million in aid to Chile": the cue word itself coded another act (an offer of aid, 033), which
        /// is the statement's occasion too.
        /// </summary>
        private static bool ToldByTheCue(List<EventDraft> events, QuoteDraft q, EntityDraft speaker, int date)
        {
            if (ClauseReader.HasWord(q.Sentence.Tokens, "again")) return false;
            foreach (var e in events)
            {
                // "X and Y announced": the act read from the cue may name the co-speaker first.
                var ofTheSpeaker = e.Participants.Count > 0 && (e.Participants[0] == speaker || e.Participants.Contains(speaker) && AnchoredOnTheCue(q, e));
                if (e.Sentence != q.Sentence || !ofTheSpeaker || !e.Trigger.Cameo.StartsWith("01", StringComparison.Ordinal) && !AnchoredOnTheCue(q, e)) continue;
                if (e.Date == 0) e.Date = date;
                return true;
            }
            return false;
        }

        // Verbal acts of a clearer type than a statement: appeal (02), demand (10), disapprove (11), reject (12), threaten (13),
        // and admission (015), denial (016), apology (055); and coercion (17): "the federation announced two rowers were banned"
        // tells the ban, whose announcing is no statement besides.
        private static readonly string[] ClearerRoots = { "02", "10", "11", "12", "13", "17" };
        private static readonly string[] ClearerCodes = { "015", "016", "055" };

        // Words between a pronoun subject and the act: "it had also rejected", "she strongly condemned".
        private static readonly string[] AuxiliariesAndAdverbs = { "had", "has", "have", "also", "strongly", "firmly", "again", "once", "categorically", "unequivocally", "publicly" };

        /// <summary>
        /// "The government of Norland stated that it rejected the plan", "X said in a statement that she apologised to Y": the
        /// words reported are the speaker's own act of a clearer type (an appeal, a demand, criticism, a rejection, a threat, a
        /// denial, an apology, a ban); one occasion is one event, that act, with the speaker as its actor, and no statement besides.
        /// "X said that Norland had rejected the plan" reports another's act, and the statement stays.
        /// </summary>
        private static bool ToldAsAnAct(List<EventDraft> events, QuoteDraft q, EntityDraft speaker, int date)
        {
            var tokens = q.Sentence.Tokens;
            foreach (var e in events)
            {
                if (e.Sentence != q.Sentence || e.TriggerToken < 0 || !IsClearerAct(e.Trigger.Cameo) || !Reports(q, tokens[e.TriggerToken])) continue;
                if (!(e.Participants.Count > 0 && e.Participants[0] == speaker) && !PronounActs(tokens, e.TriggerToken)) continue;
                e.Participants.Remove(speaker);
                e.Participants.Insert(0, speaker);
                if (e.Date == 0) e.Date = date;
                return true;
            }
            return false;
        }

        private static bool IsClearerAct(string cameo) =>
            cameo.Length >= 3 && (Array.IndexOf(ClearerRoots, cameo.Substring(0, 2)) >= 0 || Array.IndexOf(ClearerCodes, cameo.Substring(0, 3)) >= 0);

        /// <summary>"that it rejected", "that she had also condemned": a pronoun is the subject of the act, the speaker's own.</summary>
        private static bool PronounActs(List<Token> tokens, int t)
        {
            for (var i = t - 1; i >= 0 && i >= t - 3; i--)
            {
                if (ClauseReader.IsSubjectPronoun(tokens[i])) return true;
                if (!TriggerFinder.IsAny(tokens[i], AuxiliariesAndAdverbs)) return false;
            }
            return false;
        }

        /// <summary>
        /// "Speaking to the Velden Herald, X stated ...", "In an interview, X announced ...", "In a Velden Radio report, X stated ...": words given
        /// to a news outlet are an interview, and an interview is no official statement (the speaker gets the quote only).
        /// </summary>
        internal static bool ToTheMedia(QuoteDraft q)
        {
            var tokens = q.Sentence.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (Reports(q, tokens[i])) continue;
                if (tokens[i].Is("interview") || tokens[i].Is("interviewed")) return true;
                // "Speaking to the Velden Herald," "Talking to reporters": the participle that opens the sentence names whom it is said to.
                if (i == 0 && (tokens[i].Is("speaking") || tokens[i].Is("talking")) && tokens.Count > 1 && tokens[1].Is("to")) return true;
                if (q.Sentence.MentionAt(i) is { Entity.IsMedia: true } m && m.Entity != q.Speaker.Entity && BeforeOrJustAfterCue(q, i)) return true;
            }
            return false;
        }

        // "In a Velden Radio report, X stated", "X stated to the Velden Herald": the outlet is named before the cue or within three words after it.
        private static bool BeforeOrJustAfterCue(QuoteDraft q, int i)
        {
            var tokens = q.Sentence.Tokens;
            for (var c = 0; c < tokens.Count; c++)
                if (tokens[c].Text == q.Cue && !Reports(q, tokens[c])) return i < c || i <= c + 3;
            return false;
        }

        /// <summary>
        /// "The court's decision stated ...", "Estimates by the government state ...": what a document says is no act of
        /// whoever wrote it; the statement is the document's content, not an event.
        /// </summary>
        internal static bool SaidByADocument(QuoteDraft q) => SubjectHead(q) is { } head && Array.IndexOf(DocumentNouns, head) >= 0;

        /// <summary>
        /// The head of the sentence's subject, lower case: its first common noun, past names, determiners and possessives;
        /// null when the sentence opens with a preposition ("In a report, X stated": that noun is no subject) or has none.
        /// </summary>
        private static string? SubjectHead(QuoteDraft q)
        {
            var tokens = q.Sentence.Tokens;
            for (var i = 0; i < tokens.Count && !Reports(q, tokens[i]); i++)
            {
                var w = tokens[i];
                if (i == 0 && w.IsWord && (ClauseReader.IsGoverningPreposition(w) || Array.IndexOf(OpeningPrepositions, w.Lower) >= 0)) return null;
                if (!w.IsWord || i > 0 && w.IsCapitalized || q.Sentence.MentionAt(i) is not null || CommonWords.IsFunctionWord(w)) continue;
                return w.Lower;
            }
            return null;
        }

        private static readonly string[] OpeningPrepositions = { "in", "at", "on", "after", "before", "during", "under", "according", "as", "following" };

        private static readonly string[] DocumentNouns = { "estimates", "estimate", "decision", "ruling", "opinion", "database", "report", "reports", "study", "data", "figures", "document", "documents", "filing", "law", "statute", "records", "website", "survey", "poll", "analysis" };

        /// <summary>Two quotes of one saying: the same words with the same cue in the same sentence ("X and Y announced ...").</summary>
        private static bool SameOccasion(QuoteDraft a, QuoteDraft b) => a.Sentence == b.Sentence && a.Cue == b.Cue && a.Start == b.Start;

        private static bool AnchoredOnTheCue(QuoteDraft q, EventDraft e) =>
            e.TriggerToken >= 0 && e.TriggerToken < q.Sentence.Tokens.Count && q.Sentence.Tokens[e.TriggerToken].Text == q.Cue && !Reports(q, q.Sentence.Tokens[e.TriggerToken]);

        private static bool Reports(QuoteDraft q, Token t) => t.Start >= q.Start && t.Start < q.End;

        // The cue word's token outside the reported words; -1 when none.
        private static int CueAt(QuoteDraft q)
        {
            var tokens = q.Sentence.Tokens;
            for (var i = 0; i < tokens.Count; i++)
                if (tokens[i].Text == q.Cue && !Reports(q, tokens[i])) return i;
            return -1;
        }
    }
}
