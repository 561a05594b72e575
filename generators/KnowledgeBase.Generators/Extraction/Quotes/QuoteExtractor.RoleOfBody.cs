using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Extraction
{
    // A role held over a named body or place: "The head of the Velden Police said ...", "The mayor of Ostrel told ...".
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// The kinds of named complement after "of" that complete a singular role noun, and who speaks when no person is known to
        /// hold the role: the body itself (its head speaks for it), or nobody named (the text keeps the whole role). Each row has
        /// the kind, whether the body speaks, an invented sentence and the speaker text it gives; the rows run as tests.
        /// </summary>
        internal static readonly RoleOfBodyRow[] RolesOfBodies =
        {
            new(EntityKind.Organization, true, "The head of the Velden Harbour Police told reporters the driver was arrested.", "The head of the Velden Harbour Police"),
            new(EntityKind.Place, false, "The mayor of Ostrel said the old bridge would reopen in May.", "The mayor of Ostrel"),
        };

        /// <summary>
        /// A singular role from <paramref name="roleStart"/> to <paramref name="roleEnd"/> followed by "of", an optional "the" and a
        /// named body or place of a row, all before <paramref name="end"/>: the role's holder (or the body, by its row) with the
        /// whole phrase for text (<paramref name="role"/>: where the role's nouns start); null when no such complement follows.
        /// </summary>
        private Speaker? RoleOfNamedBody(SentenceInfo s, int roleStart, int roleEnd, int role, int end)
        {
            var tokens = s.Tokens;
            if (roleEnd + 1 >= end || !tokens[roleEnd].Is("of") || tokens[roleEnd - 1].Text.EndsWith("s", StringComparison.Ordinal)) return null;
            var at = tokens[roleEnd + 1].Is("the") ? roleEnd + 2 : roleEnd + 1;
            if (at >= end || s.MentionAt(at) is not { IsDemonym: false } body || body.TokenStart != at || body.TokenEnd > end) return null;
            foreach (var row in RolesOfBodies)
            {
                if (row.Kind != body.Entity.Kind) continue;
                var holder = RoleSpeaker(tokens, roleStart, roleEnd, role).Entity;
                // "The president of Turkey" is no president the article named with another country: the holder was named beside the body.
                if (holder is not null && !NamedBeside(holder, body.Entity)) holder = null;
                // "Mira Holt, a nurse and the secretary of the Norvale Union, said": a role joined to another noun describes its person; the body does not speak.
                var joined = roleStart > 0 && (tokens[roleStart - 1].Is("and") || tokens[roleStart - 1].Is("or") || tokens[roleStart - 1].IsPunct(','));
                return new Speaker(holder ?? (row.BodySpeaks && !joined ? body.Entity : null), Join(tokens, roleStart, body.TokenEnd));
            }
            return null;
        }

        /// <summary>Whether the sentence that first names <paramref name="person"/> also names <paramref name="body"/>, or its demonym ("Norwegian President Mira Holt").</summary>
        private static bool NamedBeside(EntityDraft person, EntityDraft body)
        {
            if (person.First is not { } first) return false;
            foreach (var m in first.Mentions)
                if (m.Entity == body) return true;
            // A demonym names no entity of its own: "Norwegian" beside the person is Norway.
            foreach (var t in first.Tokens)
                if (t.IsCapitalized && t.Form?.DemonymOf is { } place && place.Name == body.Name) return true;
            return false;
        }
    }

    /// <summary>One row of <see cref="QuoteExtractor.RolesOfBodies"/>, with its example.</summary>
    internal sealed class RoleOfBodyRow
    {
        public RoleOfBodyRow(EntityKind kind, bool bodySpeaks, string example, string speakerText) =>
            (Kind, BodySpeaks, Example, SpeakerText) = (kind, bodySpeaks, example, speakerText);

        /// <summary>The entity kind of the complement (<see cref="DataLayout"/>).</summary>
        public EntityKind Kind { get; }

        /// <summary>Whether the body speaks when no person holds the role.</summary>
        public bool BodySpeaks { get; }

        /// <summary>An invented sentence with the role.</summary>
        public string Example { get; }

        /// <summary>The speaker text the example gives.</summary>
        public string SpeakerText { get; }
    }
}
