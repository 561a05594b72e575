using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Analysis;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// Dates an event takes from what it is anchored to rather than from a date expression of its clause: a year that
    /// modifies its noun, the occasion it happened at, the event told just before it.
    /// </summary>
    internal static partial class EventAnchors
    {
        /// <summary>Whether the noun is the event an anniversary remembers ("marked the anniversary of the bombing").</summary>
        internal static bool IsRemembered(List<Token> tokens, int t) => AnniversaryYear(tokens, t, 0) >= 0;

        /// <summary>
        /// "Velden kept the 25th anniversary of the dam burst on Sunday": the event is remembered, not happening; it took
        /// place that many years before the day its anniversary falls on. Returns -1 when the noun is no anniversary's, 0
        /// when its year cannot be told.
        /// </summary>
        internal static int AnniversaryYear(List<Token> tokens, int t, int date)
        {
            var of = t - 1;
            while (of > 0 && of >= t - 5 && !tokens[of].Is("of") && (tokens[of].IsWord || tokens[of].Kind is TokenKind.Possessive or TokenKind.Number)) of--;
            if (of < 1 || !tokens[of].Is("of") || !(tokens[of - 1].Is("anniversary") || tokens[of - 1].Is("anniversaries"))) return -1;
            var ordinal = of >= 2 ? tokens[of - 2].Text : "";
            var digits = 0;
            while (digits < ordinal.Length && char.IsDigit(ordinal[digits])) digits++;
            if (digits == 0 || digits > 3 || date == 0 || !int.TryParse(ordinal.Substring(0, digits), out var years)) return 0;
            return DatelineReader.Valid(date / 10000 - years, 0, 0);
        }

        /// <summary>
        /// "the 2009 Velden outbreak", "the 2020 presidential election": a year modifying an event noun dates it; 0 when none. A
        /// name in capitals between them is a modifier, not the function word it spells ("the 2008 US Senate race": "US", not "us").
        /// </summary>
        internal static int YearBeforeNoun(List<Token> tokens, int t)
        {
            for (var i = t - 1; i >= 1 && i >= t - 5; i--)
            {
                var w = tokens[i];
                if (w.Kind == TokenKind.Number)
                {
                    var before = tokens[i - 1];
                    var opensPhrase = before.Is("the") || before.Is("a") || before.Is("an") || before.Is("its") || before.Is("his") || before.Is("her") || before.Is("their") || before.Kind == TokenKind.Possessive;
                    return opensPhrase && DateResolver.Number(tokens, i, 1800, 2199, out var year) ? DatelineReader.Valid(year, 0, 0) : 0;
                }
                // Only modifiers stand between the year and its noun ("2020 United States presidential").
                if (!w.IsWord || !(w.IsAllCaps && w.Length > 1) && (ClauseReader.IsDeterminerOrPossessive(w.Text) || CommonWords.IsFunctionWord(w))) return 0;
            }
            return 0;
        }

        /// <summary>
        /// "A bomb went off in Velden on Saturday. Two days after the bombing, police arrested five men.": in a sentence of no date
        /// of its own, a span counted in days or weeks ("the day" too) before "after" and a definite noun phrase, an occasion told
        /// before, is counted from that occasion's day (the latest event of its kind dated to the day), else from
        /// <paramref name="lastDay"/>, the last day named; null when there is no such phrase. "After" and a clause ("two days
        /// after Holt resigned") is counted back instead (EventDating.CountedBackFrom).
        /// </summary>
        internal static DateMention? CountedAfterOccasion(SentenceInfo s, List<EventDraft> events, int lastDay)
        {
            var tokens = s.Tokens;
            for (var i = 2; i + 2 < tokens.Count; i++)
            {
                if (!tokens[i].Is("after") || !TriggerFinder.IsAny(tokens[i + 1], DefiniteOpeners)) continue;
                if (!(DateResolver.IsCountedSpan(tokens, i) || tokens[i - 1].Is("day") && tokens[i - 2].Is("the")) || OpensClause(s, i)) continue;
                var day = OccasionDay(tokens, i + 2, events) is var occasion && occasion != 0 ? occasion : lastDay;
                return day % 100 == 0 ? null : DateResolver.CountedAfter(tokens, i, day);
            }
            return null;
        }

        // "two days after the council voted": a clause, whose act the sentence before may have told on another day.
        private static bool OpensClause(SentenceInfo s, int at)
        {
            foreach (var clause in s.Analysis.Clauses)
                if (clause.Kind == ClauseKind.Subordinate && clause.Introducer == at) return true;
            return false;
        }

        // "after the bombing", "after his arrest": an occasion already told; "after a raid" is a new one, of no known day.
        private static readonly string[] DefiniteOpeners = { "the", "his", "her", "its", "their" };

        // The day of the latest event dated to the day of the kind the first event noun from token <paramref name="from"/> names; 0 when none.
        private static int OccasionDay(List<Token> tokens, int from, List<EventDraft> events)
        {
            for (var j = from; j < tokens.Count && j < from + 3; j++)
            {
                if (EventLexicon.Find(tokens[j]) is not { IsNoun: true } occasion) continue;
                for (var k = events.Count - 1; k >= 0; k--)
                    if (events[k].Date % 100 != 0 && EventMerger.SameKind(events[k].Trigger, occasion)) return events[k].Date;
                return 0;
            }
            return 0;
        }

        /// <summary>"apologized to X during the hearing": an act told at an occasion the article dated has the occasion's date.</summary>
        internal static void DateFromOccasion(List<EventDraft> events, EventDraft draft)
        {
            var tokens = draft.Sentence.Tokens;
            for (var i = 0; i + 2 < tokens.Count; i++)
            {
                if (!(tokens[i].Is("during") || tokens[i].Is("at")) || !tokens[i + 1].Is("the") || EventLexicon.Find(tokens[i + 2]) is not { IsNoun: true } occasion) continue;
                for (var k = events.Count - 1; k >= 0; k--)
                {
                    if (events[k].Date == 0 || !EventMerger.SameKind(events[k].Trigger, occasion)) continue;
                    draft.Date = events[k].Date;
                    draft.DateInferred = true;
                    return;
                }
            }
        }

        /// <summary>"the police then surrounded the attacker and shot him": "then" goes on with the day of the event told just before.</summary>
        internal static void DateFromThen(List<EventDraft> events, EventDraft draft)
        {
            if (events.Count == 0 || !HasSequencingThen(draft.Sentence.Tokens)) return;
            var last = events[events.Count - 1];
            if (last.Date % 100 == 0 || draft.Sentence.Index - last.Sentence.Index > 3) return;
            draft.Date = last.Date;
            draft.DateInferred = true;
        }
    
        /// <summary>
        /// A "then" that tells what came next: not "X, then the deputy mayor," (a title held at the time), nor "since then",
        /// "until then", "by then" or "back then" (a time apart from the story's day).
        /// </summary>
        private static bool HasSequencingThen(List<Token> tokens)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens[i].Is("then")) continue;
                var title = i + 1 < tokens.Count && (tokens[i + 1].IsWord && ClauseReader.IsDeterminerOrPossessive(tokens[i + 1].Lower) || tokens[i + 1].IsPunct('-'));
                var apart = i > 0 && TriggerFinder.IsAny(tokens[i - 1], TimesApart);
                if (!title && !apart) return true;
            }
            return false;
        }

        private static readonly string[] TimesApart = { "since", "until", "till", "by", "back" };

        /// <summary>
        /// "On Friday a man stabbed five people. ... The police then shot him.": a news story tells its incident on the day its
        /// lead dates, so an occurred act with no date of its own, told later without a sign of another time (a pluperfect,
        /// "previously", "years") nor as background (EventDating.BackgroundRows), takes the lead's day, marked inferred; an act of
        /// the past of the one the lead's death or pardon befalls (EventDating.LeadAftermaths) takes none, nor keeps one lent.
        /// </summary>
        internal static void DateFromLead(List<EventDraft> events, List<SentenceInfo> sentences, int published)
        {
            var (leadSentence, leadDay, lead) = LeadDay(events, sentences, published);
            if (leadDay == 0) return;
            foreach (var e in events)
            {
                // "X died on Friday. She sued the council.": the day a sentence before lent the dead person's act is not its day.
                if (e.DateInferred && e.Date == leadDay && (EventDating.ToldBeforeTheLead(lead, e) || EventDating.IsPastVerdict(lead, e))) (e.Date, e.DateInferred) = (0, false);
                if (e.Date != 0 || e.KeepsNoDate || e.Status != DataLayout.StatusOccurred || e.Sentence.Index <= leadSentence) continue;
                if (NarratorSaysOtherTime(e, leadDay / 10000) || HasDateOfItsClause(e, published) || InEarlierYear(e.Sentence, sentences, leadSentence, leadDay / 10000, published)
                    || AfterParagraphOfEarlierYear(events, e, sentences, leadSentence, leadDay, published)
                    || EventDating.IsBackground(e.Sentence, e.TriggerToken) || EventDating.ToldBeforeTheLead(lead, e) || EventDating.IsPastVerdict(lead, e)) continue;
                e.Date = leadDay;
                e.DateInferred = true;
            }
        }

        /// <summary>Dates the occurred acts still undated from what frames the whole story: the lead's day, then the month its headline reviews.</summary>
        internal static void DateFromFrames(List<EventDraft> events, List<SentenceInfo> sentences, int published)
        {
            DateFromLead(events, sentences, published);
            DateFromTitlePeriod(events, sentences, published);
        }

        /// <summary>
        /// "At the elections in 2008 the opposition won a majority. Refusing to give up power, he agreed to share it.": a
        /// sentence after one of its paragraph set in an earlier year than the lead's goes on in that year, not on the lead's day,
        /// unless a sentence between returns to the story's time ("The licence expired on Monday."). "The rules cite the 2009
        /// flood. That year's flood was the worst. The council banned fishing.": a sentence set in "that year" or "the same
        /// year" goes on in a year named before, never the lead's ("this year" would be said).
        /// </summary>
        private static bool InEarlierYear(SentenceInfo s, List<SentenceInfo> sentences, int leadSentence, int leadYear, int published)
        {
            for (var k = s.Index - 1; k > leadSentence && k < sentences.Count && sentences[k].BlockIndex == s.BlockIndex; k--)
            {
                if (InThatYear(sentences[k].Tokens)) return true;
                var dates = sentences[k].Dates(published);
                foreach (var d in dates)
                    if (d.Past / 10000 < leadYear) return true;
                if (dates.Count > 0) return false;
            }
            return false;
        }

        /// <summary>
        /// "In 2016, a trader sold the mill to Ostrel Grain. The buyers closed it. (new paragraph) The Velden council sued the
        /// trader and won.": a paragraph whose undated sentences follow one that opens with an earlier year than the lead's goes
        /// on telling that past; the act of the next paragraph's opening stretch, told with no date, goes on there too. Not a
        /// saying (a reaction is told on the story's day) nor an act of the kind of the lead's or of one told before on the lead's
        /// day ("Brandt pardoned Vos." after "Brandt pardoned Holt." dated to the lead's Tuesday is one of the story's pardons),
        /// and only from the paragraph right before.
        /// </summary>
        private static bool AfterParagraphOfEarlierYear(List<EventDraft> events, EventDraft e, List<SentenceInfo> sentences, int leadSentence, int leadDay, int published)
        {
            var s = e.Sentence;
            var leadYear = leadDay / 10000;
            if (IsSaying(e.Trigger) || OfTheStorysKind(events, e, leadDay)) return false;
            var k = s.Index - 1;
            while (k > leadSentence && k < sentences.Count && sentences[k].BlockIndex == s.BlockIndex)
                if (sentences[k--].Dates(published).Count > 0) return false;
            if (k <= leadSentence || k >= sentences.Count || sentences[k].Block != BlockKind.Paragraph) return false;
            for (var block = sentences[k].BlockIndex; k > leadSentence && sentences[k].BlockIndex == block; k--)
            {
                var dates = sentences[k].Dates(published);
                if (dates.Count == 0) continue;
                return dates[0].Past / 10000 < leadYear && EventDating.OpensSentence(sentences[k].Tokens, dates[0]);
            }
            return false;
        }

        // The lead's act, or another act told before of the same kind dated to the lead's day: one of the story's acts told again.
        private static bool OfTheStorysKind(List<EventDraft> events, EventDraft e, int leadDay)
        {
            var root = EventRecognizer.Root(e.Trigger);
            foreach (var other in events)
                if (other != e && other.Date == leadDay && other.Sentence.Index < e.Sentence.Index && EventRecognizer.Root(other.Trigger) == root) return true;
            return false;
        }

        // "that year", "That year's", "the same year": a year named before.
        private static bool InThatYear(List<Token> tokens)
        {
            for (var i = 1; i < tokens.Count; i++)
                if (tokens[i].Is("year") && (tokens[i - 1].Is("that") || tokens[i - 1].Is("same") && i > 1 && tokens[i - 2].Is("the"))) return true;
            return false;
        }

        // Words that place an act at another time than the story's day: before it ("had fled", "was previously jailed", "years ago"), up to now
        // ("have advanced"), or in a witness's account of the past ("she testified she was attacked": the day of the testimony is not the attack's).
        private static readonly string[] OtherTimeWords = { "had", "has", "have", "recently", "currently", "now", "still", "ongoing", "previously", "earlier", "ago", "formerly", "once", "since", "before", "years", "decades", "decade", "century", "months", "weeks", "week", "weekend", "month", "year", "history", "originally", "first", "until", "will", "would", "testified", "recounted" };

        /// <summary>Whether <paramref name="lower"/> (a word in lower case) is one of <see cref="OtherTimeWords"/>.</summary>
        internal static bool IsOtherTimeWord(string lower) => Array.IndexOf(OtherTimeWords, lower) >= 0;

        /// <summary>A statement, an announcement, a comment: the act is the saying, and what follows the cue is what was said.</summary>
        private static bool IsSaying(EventTrigger trigger) => trigger.Cameo.StartsWith("01", StringComparison.Ordinal);

        /// <summary>
        /// Whether the narrator's words place the sentence at another time; the words of a quotation do not, nor, for a
        /// statement, the tense of what it said: after its cue an auxiliary is the reported clause's, shifted back by the
        /// saying ("The ministry announced the flight recorders have been recovered", "said he had been poisoned", "said the
        /// talks would resume"), and so does any act's for a cue after its trigger ("criticized the plan, saying it would fail"),
        /// while a time word there ("announced the vote earlier this week") still counts, and so does a year
        /// before the story's <paramref name="year"/> ("lost the 2016 race"); a time word in a relative clause the act does not
        /// stand in tells of that clause's noun ("Tomas Vell, who led the party until May, criticized the decision").
        /// </summary>
        private static bool NarratorSaysOtherTime(EventDraft e, int year, bool inPeriod = false)
        {
            var tokens = e.Sentence.Tokens;
            var saying = IsSaying(e.Trigger);
            var quoted = false;
            var reported = false;
            for (var i = 0; i < tokens.Count; i++)
            {
                var w = tokens[i];
                if (w.Kind == TokenKind.Punctuation && w.Text is "\"" or "\u201C" or "\u201D") quoted = w.Text == "\u201C" || w.Text == "\"" && !quoted;
                else if (quoted || reported && IsReportedTense(w) || inPeriod && InClauseBelowTrigger(e.Sentence, e.TriggerToken, i)) continue;
                // "X, who was her deputy until May, condemned the plan": a relative clause the act is not in tells of its noun.
                else if (w.IsWord && (w.Form is { } form ? form.IsOtherTimeWord : IsOtherTimeWord(w.Lower)) && TellsTimeAt(tokens, i, inPeriod) && !InOtherRelativeClause(e.Sentence, e.TriggerToken, i)) return true; // the form's kept answer
                else if (EventDating.IsDecade(w) || EventDating.NamesEarlierYear(tokens, i, year)) return true; // "in the 1970s", "the 2016 race"
                else if (!reported && (saying || e.TriggerToken >= 0 && i > e.TriggerToken)) reported = ClauseReader.IsSpeechCue(tokens, i);
            }
            return false;
        }

        /// <summary>
        /// Whether the sentence names a date outside the relative clauses its act does not stand in: "Mira Holt also criticized
        /// the curfew, which was imposed on Monday" gives the criticism no day of its own, so it is dated as any act told
        /// without one; nor does the feat a prize rewards ("won their medal for charting the reef in 1998"). The whole sentence
        /// counts when the trigger's token is unknown.
        /// </summary>
        private static bool HasDateOfItsClause(EventDraft e, int published)
        {
            foreach (var d in e.Sentence.Dates(published))
                if (!InOtherRelativeClause(e.Sentence, e.TriggerToken, d.TokenStart) && !EventDating.DatesRewardedFeat(e.Sentence.Tokens, e.TriggerToken, e.Trigger, d)) return true;
            return false;
        }

        // Whether the token stands in a relative clause that does not hold the trigger at t (nor a clause the trigger's hangs on).
        private static bool InOtherRelativeClause(SentenceInfo s, int t, int token)
        {
            if (t < 0 || s.Analysis.RelativeClauseAround(token) is not { } relative) return false;
            for (var c = s.Analysis.ClauseAround(t); c is not null; c = c.Parent)
                if (c == relative) return false;
            return true;
        }

        /// <summary>
        /// Whether the other-time word at <paramref name="i"/> tells a time there: a counted unit that measures a thing does not
        /// ("a 40 month sentence", "45 years old": <see cref="DateResolver.IsMeasureOfLength"/>), nor an adverb inside a noun phrase
        /// ("the formerly rival towns"); "before" an audience places an act ("gave a
        /// speech before an audience", "testified before Congress"), and "first" after a determiner or as a title ranks a noun ("his
        /// first visit to Velden", "the First Lady"); "before the vote", "was first elected" still tell another time (not, <paramref name="inPeriod"/>, an opening "before the" of a month's review).
        /// </summary>
        private static bool TellsTimeAt(List<Token> tokens, int i, bool inPeriod)
        {
            var w = tokens[i];
            if (DateResolver.IsMeasureOfLength(tokens, i)) return false; // "a 40 month sentence", "45 years old"
            if (i > 0 && i + 1 < tokens.Count && Array.IndexOf(NounPhraseAdverbs, w.Lower) >= 0 && (ClauseReader.IsDeterminerOrPossessive(tokens[i - 1].Lower) || tokens[i - 1].Kind == TokenKind.Possessive)
                && tokens[i + 1].IsWord && !Lexicons.CommonWords.IsFunctionWord(tokens[i + 1])) return false; // "the formerly rival towns"
            if (w.Is("before"))
            {
                if (inPeriod && OpensBeforeOccasion(tokens, i)) return false;
                var noun = i + 1 < tokens.Count && ClauseReader.IsDeterminerOrPossessive(tokens[i + 1].Lower) ? i + 2 : i + 1;
                return !(noun < tokens.Count && Array.IndexOf(Audiences, tokens[noun].Lower) >= 0);
            }
            if (w.Is("first") && i > 0) return !(w.IsCapitalized || ClauseReader.IsDeterminerOrPossessive(tokens[i - 1].Lower) || tokens[i - 1].Kind == TokenKind.Possessive);
            return true;
        }

        // Adverbs that, between a determiner and a modifier, tell of the noun, not of the act: "the formerly rival towns", "its once busy port".
        private static readonly string[] NounPhraseAdverbs = { "formerly", "once", "previously", "originally", "recently", "currently", "still" };

        // Those an act is done before, in their presence: "before a crowd", "before the court".
        private static readonly string[] Audiences =
        {
            "crowd", "crowds", "audience", "audiences", "court", "judge", "jury", "committee", "congress", "parliament", "senate", "reporters",
            "journalists", "supporters", "lawmakers", "legislators", "assembly", "tribunal", "magistrate", "magistrates", "cameras", "delegates", "panel",
        };

        private static bool IsReportedTense(Token w) => w.Is("had") || w.Is("has") || w.Is("have") || w.Is("would") || w.Is("will");

        /// <summary>
        /// The day the lead tells: that of the first paragraph's first event dated to the day by its own words, else the first
        /// day its opening sentence names ("Today, X was named ..."); with the sentence it is told in and that event. 0 when the lead names no day.
        /// An event of a later sentence of the paragraph gives way to the opening sentence's own day ("On Monday, Brandt joined
        /// the calls for Vell's arrest. Vell crashed into a bus on May 3.": the story is Monday's).
        /// </summary>
        private static (int Sentence, int Day, EventDraft? Lead) LeadDay(List<EventDraft> events, List<SentenceInfo> sentences, int published)
        {
            var opening = OpeningSentence(sentences);
            if (opening is null) return (0, 0, null);
            foreach (var e in events)
                if (e.Sentence.BlockIndex == opening.BlockIndex && !e.DateInferred && e.Date % 100 != 0 && e.Status == DataLayout.StatusOccurred)
                    return e.Sentence == opening || OpeningDay(opening, published) == 0 ? (e.Sentence.Index, e.Date, e) : (opening.Index, OpeningDay(opening, published), null);
            return OpeningDay(opening, published) is var day && day != 0 ? (opening.Index, day, null) : (0, 0, null);
        }

        // The first day the opening sentence names, read toward the past; 0 when it names none.
        private static int OpeningDay(SentenceInfo opening, int published)
        {
            foreach (var d in opening.Dates(published))
                if (d.Past % 100 != 0) return d.Past;
            return 0;
        }
    }
}
