using System;
using System.Collections.Generic;
using System.Threading;

namespace KnowledgeBase.Generators.Extraction.Lexicon
{
    /// <summary>Where PETRARCH puts an agent code relative to the actor's code.</summary>
    internal enum AgentPlacement
    {
        /// <summary>'~COP': after the actor code (RUS + COP = RUSCOP); the usual case.</summary>
        AfterActor,

        /// <summary>'NGO~': before it, for organizations.</summary>
        BeforeActor,
    }

    /// <summary>An agent noun's role code (COP, GOV, MIL, REB, OPP, MED, JUD, BUS, EDU, ...).</summary>
    internal readonly struct AgentRole
    {
        public AgentRole(string code, AgentPlacement placement)
        {
            Code = code;
            Placement = placement;
        }

        public string Code { get; }
        public AgentPlacement Placement { get; }
    }

    /// <summary>
    /// PETRARCH2's agent dictionary: nouns and noun phrases for roles ("police" → COP, "foreign minister" →
    /// GOVFRM), singular and plural, with its !PERSON!-style macros expanded by the converter.
    /// </summary>
    internal sealed class AgentLexicon
    {
        private static readonly Lazy<AgentLexicon> Shared = new Lazy<AgentLexicon>(
            () => Parse(LexiconData.Read(LexiconData.Agents)), LazyThreadSafetyMode.ExecutionAndPublication);

        private readonly Dictionary<string, AgentRole> _roles;

        private AgentLexicon(Dictionary<string, AgentRole> roles, LexiconConflicts conflicts)
        {
            _roles = roles;
            Conflicts = conflicts;
        }

        /// <summary>The lexicon of this compiler process, parsed on first use.</summary>
        public static AgentLexicon Instance => Shared.Value;

        public LexiconConflicts Conflicts { get; }

        public int PhraseCount => _roles.Count;

        /// <summary>The role of an agent phrase ("police", "Foreign Minister"); any case, '_' or spaces.</summary>
        public bool TryGetRole(string phrase, out AgentRole role) =>
            _roles.TryGetValue(PhraseKey.Normalize(phrase), out role);

        /// <summary>Parses agents.tsv (no cache: <see cref="Instance"/> is the cached one).</summary>
        public static AgentLexicon Parse(string text)
        {
            var conflicts = new LexiconConflicts();
            var roles = new Dictionary<string, AgentRole>(6_000, StringComparer.Ordinal);
            var codes = new Dictionary<string, string>(StringComparer.Ordinal);
            var reader = new TsvReader(text);
            while (reader.MoveNext())
            {
                AgentPlacement placement;
                if (reader.FieldEquals(2, "suffix")) placement = AgentPlacement.AfterActor;
                else if (reader.FieldEquals(2, "prefix")) placement = AgentPlacement.BeforeActor;
                else
                {
                    conflicts.Unreadable(LexiconData.Agents, reader.LineNumber, "unknown placement " + reader.Field(2));
                    continue;
                }
                var phrase = reader.Field(0);
                var role = new AgentRole(ActorLexicon.Intern(codes, reader.Field(1)), placement);
                if (roles.ContainsKey(phrase)) conflicts.Duplicate(LexiconData.Agents, reader.LineNumber, phrase);
                else roles.Add(phrase, role);
            }
            return new AgentLexicon(roles, conflicts);
        }
    }
}
