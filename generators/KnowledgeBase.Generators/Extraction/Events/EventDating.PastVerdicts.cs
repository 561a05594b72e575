using System;
using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Verdicts told in the passive as a person's record, which a lead of another kind lends no day.</summary>
    internal static partial class EventDating
    {
        /// <summary>
        /// The passive verdicts and sentences ("was convicted", "were acquitted", "was found guilty", "was jailed") that, told with no day of their own after a lead that is no
        /// step of a court case, give a person's record, reached at a time the story does not give: each row has an invented
        /// lead and sentence whose act of the given kind takes no day from the lead (dateline Sunday, July 28, 2019); the rows
        /// run as tests. After a lead that is a court's step ("a court sentenced Dorn on Friday") a verdict may be that day's.
        /// </summary>
        internal static readonly PastVerdictRow[] PastVerdicts =
        {
            new("convicted", "On Friday, the mayor of Velden, Anton Grell, resigned.\n\nGrell's deputy, Lena Dorn, was convicted of fraud.", "conviction"),
            new("acquitted", "On Friday, the Velden council passed a new harbour budget.\n\nTwo councillors, Tomas Vell and Mira Holt, were acquitted of bribery.", "ruling"),
            new("found", "On Friday, the mayor of Velden, Anton Grell, resigned.\n\nGrell's deputy, Lena Dorn, was found guilty of fraud.", "conviction"),
            new("sentenced", "On Friday, the Velden council passed a new harbour budget.\n\nThe council's former treasurer, Tomas Vell, was sentenced to life in prison.", "sentencing"),
            new("jailed", "On Friday, the Velden council passed a new harbour budget.\n\nThe council's former treasurer, Tomas Vell, was jailed for fraud.", "sentencing"),
        };

        // The leads that are a court's or a defendant's step in a case, on whose day a verdict may fall.
        // An arrest, a charge or an extradition opens a case, and who is held may be jailed or sentenced that day.
        private static readonly string[] CourtSteps =
        {
            "sentencing", "conviction", "trial", "plea", "admission", "confession", "ruling", "hearing", "appeal", "arrest", "charge", "indictment", "extradition",
        };

        /// <summary>
        /// Whether <paramref name="e"/> is a verdict of <see cref="PastVerdicts"/> told in the passive ("was convicted", "were
        /// acquitted", an adverb or two between) after <paramref name="lead"/>, an act that is none of <see cref="CourtSteps"/> (or none read).
        /// </summary>
        internal static bool IsPastVerdict(EventDraft? lead, EventDraft e)
        {
            // A lead day the opening sentence gives without an act read from it is no court's step either.
            if (e == lead || lead is not null && Array.IndexOf(CourtSteps, lead.Trigger.Kind) >= 0) return false;
            var tokens = e.Sentence.Tokens;
            var t = e.TriggerToken;
            if (t < 1 || t >= tokens.Count || !IsVerdictWord(tokens[t], e.Trigger.Kind)) return false;
            var i = SkipAdverbs(tokens, t - 1);
            return i >= 0 && (tokens[i].Is("was") || tokens[i].Is("were") || tokens[i].Is("been"));
        }

        // The row's word read as the row's kind of act: "was found guilty" is a conviction, "was found dead" none.
        private static bool IsVerdictWord(Token w, string kind)
        {
            foreach (var row in PastVerdicts)
                if (w.Is(row.Word) && row.Kind == kind) return true;
            return false;
        }
    }

    /// <summary>One row of <see cref="EventDating.PastVerdicts"/>.</summary>
    internal sealed class PastVerdictRow
    {
        public PastVerdictRow(string word, string example, string kind) => (Word, Example, Kind) = (word, example, kind);

        /// <summary>The verdict's participle ("convicted"), the trigger's word.</summary>
        public string Word { get; }

        /// <summary>An invented lead paragraph and a sentence after it whose verdict takes no day from the lead.</summary>
        public string Example { get; }

        /// <summary>The kind of the example's verdict.</summary>
        public string Kind { get; }
    }
}
