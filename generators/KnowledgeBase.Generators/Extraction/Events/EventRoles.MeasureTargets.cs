using System;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>One row of <see cref="EventRoles.MeasureTargets"/>, with its example.</summary>
    internal sealed class MeasureTargetRow
    {
        public MeasureTargetRow(string code, string prepositions, bool asObject, bool doer, string example, string kind, string[] parties) =>
            (Code, Prepositions, Object, Doer, Example, Kind, Parties) = (code, prepositions.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries), asObject, doer, example, kind, parties);

        /// <summary>The CAMEO code prefix of the measures ("16": sanctions, embargoes, expulsions).</summary>
        public string Code { get; }

        /// <summary>The prepositions before the demonym ("on", "against").</summary>
        public string[] Prepositions { get; }

        /// <summary>Whether the demonym may open the verb's object ("seized a Peruvian tanker").</summary>
        public bool Object { get; }

        /// <summary>Whether a state named right before the measure's noun takes it ("Canadian sanctions").</summary>
        public bool Doer { get; }

        /// <summary>An invented sentence in which the measure is taken.</summary>
        public string Example { get; }

        /// <summary>The kind of the measure.</summary>
        public string Kind { get; }

        /// <summary>The measure's parties, the one who takes it first.</summary>
        public string[] Parties { get; }
    }

    /// <summary>
    /// "imposed sanctions on Chilean banks", "seized a Peruvian tanker": a measure aimed at a state's banks, firms, ships or
    /// goods is aimed at that state, though a demonym before such a noun names no actor elsewhere ("its Chilean shops").
    /// </summary>
    internal static partial class EventRoles
    {
        /// <summary>
        /// The measures whose target a demonym names, by CAMEO code prefix, with the prepositions that govern it and whether it
        /// may stand as the verb's object. Each row has an invented sentence with the act's kind and parties (the dateline is
        /// Sunday, July 28, 2019); the rows run as tests.
        /// </summary>
        internal static readonly MeasureTargetRow[] MeasureTargets =
        {
            new("16", "on against", false, true, "Canada imposed sanctions on Chilean banks on Monday.", "sanction", new[] { "Canada", "Chile" }),
            new("1711", "", true, false, "Norway seized a Peruvian oil tanker on Thursday.", "seizure", new[] { "Norway", "Peru" }),
        };

        /// <summary>
        /// Whether a demonym before no actor noun names no party of the act: not of violence, not of a disapproved act's doer
        /// ("condemned Chilean strikes") and not of the state a measure is aimed at.
        /// </summary>
        internal static bool DemonymNamesNoPartyOf(SentenceInfo s, int t, EventTrigger trigger, Mention m) =>
            !IsViolent(trigger) && NamesNoActor(m, s.Tokens) && !(trigger.Cameo.StartsWith("11", StringComparison.Ordinal) && DemonymDoerOfActAfter(s, m) is not null)
            && !NamesTheStateAMeasureIsAimedAt(s.Tokens, t, trigger, m);

        /// <summary>
        /// Whether the demonym <paramref name="m"/> after the trigger at <paramref name="t"/> names the state a
        /// <see cref="MeasureTargets"/> row's measure is aimed at: after one of its prepositions, or as the verb's object
        /// (right after it, past "a", "an" or "the"); never before people ("two Chilean officers" describe them).
        /// </summary>
        internal static bool NamesTheStateAMeasureIsAimedAt(System.Collections.Generic.List<Token> tokens, int t, EventTrigger trigger, Mention m)
        {
            if (!m.IsDemonym || !m.Entity.IsCountry || m.TokenStart <= t || DescribesPeople(tokens, m.TokenEnd)) return false;
            var before = m.TokenStart - 1;
            var determiner = before > t && (tokens[before].Is("a") || tokens[before].Is("an") || tokens[before].Is("the"));
            var asObject = !trigger.IsNoun && (before == t || determiner && before - 1 == t);
            foreach (var row in MeasureTargets)
            {
                if (!trigger.Cameo.StartsWith(row.Code, StringComparison.Ordinal)) continue;
                if (row.Object && asObject) return true;
                // The governing word is looked for only for a measure's code, not for every demonym after a trigger.
                var governing = ClauseReader.GoverningWordAt(tokens, m.TokenStart);
                if (governing > t && Array.IndexOf(row.Prepositions, tokens[governing].Lower) >= 0) return true;
            }
            return false;
        }
    }

    internal static partial class EventRoles
    {
        /// <summary>
        /// "Canadian sanctions", "United States sanctions", "an EU embargo": a state or union named right before the noun of
        /// a <see cref="MeasureTargets"/> row's measure takes it, as "Canada's sanctions" does.
        /// </summary>
        internal static EntityDraft? MeasureDoer(SentenceInfo s, int t, EventTrigger trigger)
        {
            if (t == 0 || s.MentionAt(t - 1) is not { } m || m.TokenEnd != t || !(m.Entity.IsCountry || m.Entity.Kind == EntityKind.Organization && !m.IsDemonym)) return null;
            foreach (var row in MeasureTargets)
                if (row.Doer && trigger.Cameo.StartsWith(row.Code, StringComparison.Ordinal)) return m.Entity;
            return null;
        }

        /// <summary>
        /// "has been under Canadian sanctions since 2016", "is the subject of Japanese sanctions": a measure whose taker is
        /// named right before its noun (<see cref="MeasureDoer"/>), borne by the clause subject, is one in force.
        /// </summary>
        internal static bool IsBorneMeasure(SentenceInfo s, int t, EventTrigger trigger)
        {
            if (MeasureDoer(s, t, trigger) is null) return false;
            var before = s.MentionAt(t - 1)!.TokenStart - 1;
            return before >= 1 && (s.Tokens[before].Is("under") || s.Tokens[before].Is("of") && TriggerFinder.IsAny(s.Tokens[before - 1], BearerNouns));
        }

        // "the subject of", "a target of": what bears a measure.
        private static readonly string[] BearerNouns = { "subject", "target" };
    }
}
