using System;
using System.Collections.Generic;
using System.Threading;

namespace KnowledgeBase.Generators.Extraction.Lexicon
{
    /// <summary>What a reporting cue does with what follows it.</summary>
    internal enum CueRole
    {
        /// <summary>Says something: "said", "announced", "warned".</summary>
        Speech,

        /// <summary>Holds a view: "believes", "expects", "hopes".</summary>
        Cognition,

        /// <summary>Judges someone or something: "criticized", "praised", "blamed".</summary>
        Evaluation,

        /// <summary>Decides, reported only with "that": "ruled that", "ordered that".</summary>
        Finding,

        /// <summary>What a fact shows, never speech: "showed".</summary>
        Evidence,
    }

    /// <summary>How a cue's complement is read.</summary>
    [Flags]
    internal enum CueFrames
    {
        None = 0,

        /// <summary>The first object is who is told, not what ("told reporters that ...").</summary>
        Addressee = 1,

        /// <summary>A cue only before "that" ("maintained that", not "maintained a stance").</summary>
        ThatOnly = 2,

        /// <summary>Its participle reports evidence, never speech ("..., signaling a shift").</summary>
        EvidenceOnly = 4,

        /// <summary>Its past form right after a noun a verb before it governs names that noun ("runs a firm called Velco").</summary>
        Naming = 8,

        /// <summary>Passes on what another source says: "the Velden Post reported a source said ...".</summary>
        Relaying = 16,

        /// <summary>An object is reported only when it names a stance ("discussed their desire to ..."), not a topic ("discussed the budget").</summary>
        StanceObject = 32,

        /// <summary>Its object takes a description of it ("described the plan as a waste", "called the report false").</summary>
        Describing = 64,

        /// <summary>A cue only when its object takes an "as" description ("listed the mill as a protected site", not "listed the mill").</summary>
        AsOnly = 128,
    }

    /// <summary>A reporting cue's lemma, role and frames.</summary>
    internal sealed class CueVerb
    {
        public CueVerb(string lemma, CueRole role, CueFrames frames)
        {
            Lemma = lemma;
            Role = role;
            Frames = frames;
        }

        public string Lemma { get; }
        public CueRole Role { get; }
        public CueFrames Frames { get; }
    }

    /// <summary>
    /// The reporting cues of cue-verbs.tsv (the project's list in tools/lexicons/cue-verbs.tsv, every form inflected by
    /// the converter with WordNet's irregular forms): inflected form → lemma, role and frames.
    /// </summary>
    internal sealed class CueVerbLexicon
    {
        private static readonly Lazy<CueVerbLexicon> Shared = new Lazy<CueVerbLexicon>(
            () => Parse(LexiconData.Read(LexiconData.CueVerbs)), LazyThreadSafetyMode.ExecutionAndPublication);

        private readonly Dictionary<string, CueVerb> _byForm;
        private readonly Dictionary<string, CueVerb> _byLemma;

        private CueVerbLexicon(Dictionary<string, CueVerb> byForm, Dictionary<string, CueVerb> byLemma, LexiconConflicts conflicts)
        {
            _byForm = byForm;
            _byLemma = byLemma;
            Conflicts = conflicts;
        }

        /// <summary>The lexicon of this compiler process, parsed on first use.</summary>
        public static CueVerbLexicon Instance => Shared.Value;

        public LexiconConflicts Conflicts { get; }

        /// <summary>Every inflected form, for a word filter.</summary>
        public ICollection<string> Forms => _byForm.Keys;

        public IEnumerable<string> Lemmas => _byLemma.Keys;

        public int FormCount => _byForm.Count;

        /// <summary>The cue a form belongs to ("Emphasized" → emphasize), any case; null for no cue.</summary>
        public CueVerb? OfForm(string form) => _byForm.TryGetValue(form, out var cue) ? cue : null;

        public CueVerb? OfLemma(string lemma) => _byLemma.TryGetValue(lemma, out var cue) ? cue : null;

        /// <summary>Parses cue-verbs.tsv (no cache: <see cref="Instance"/> is the cached one).</summary>
        public static CueVerbLexicon Parse(string text)
        {
            var conflicts = new LexiconConflicts();
            var byForm = new Dictionary<string, CueVerb>(StringComparer.OrdinalIgnoreCase);
            var byLemma = new Dictionary<string, CueVerb>(StringComparer.Ordinal);
            var reader = new TsvReader(text);
            while (reader.MoveNext())
            {
                if (!TryRole(reader.Field(2), out var role) || !TryFrames(reader.Field(3), out var frames))
                {
                    conflicts.Unreadable(LexiconData.CueVerbs, reader.LineNumber, "unknown role or frame: " + reader.Field(2) + " " + reader.Field(3));
                    continue;
                }
                var lemma = reader.Field(1);
                if (!byLemma.TryGetValue(lemma, out var cue)) byLemma.Add(lemma, cue = new CueVerb(lemma, role, frames));
                else if (cue.Role != role || cue.Frames != frames) conflicts.Unreadable(LexiconData.CueVerbs, reader.LineNumber, "another role or frame for " + lemma);
                var form = reader.Field(0);
                if (byForm.ContainsKey(form)) conflicts.Duplicate(LexiconData.CueVerbs, reader.LineNumber, form);
                else byForm.Add(form, cue);
            }
            return new CueVerbLexicon(byForm, byLemma, conflicts);
        }

        private static bool TryRole(string text, out CueRole role)
        {
            role = text switch
            {
                "speech" => CueRole.Speech,
                "cognition" => CueRole.Cognition,
                "evaluation" => CueRole.Evaluation,
                "finding" => CueRole.Finding,
                "evidence" => CueRole.Evidence,
                _ => (CueRole)(-1),
            };
            return role >= CueRole.Speech;
        }

        private static bool TryFrames(string text, out CueFrames frames)
        {
            frames = CueFrames.None;
            if (text == "-") return true;
            foreach (var name in text.Split(','))
            {
                switch (name)
                {
                    case "addressee": frames |= CueFrames.Addressee; break;
                    case "that-only": frames |= CueFrames.ThatOnly; break;
                    case "evidence-only": frames |= CueFrames.EvidenceOnly; break;
                    case "naming": frames |= CueFrames.Naming; break;
                    case "relaying": frames |= CueFrames.Relaying; break;
                    case "stance-object": frames |= CueFrames.StanceObject; break;
                    case "describing": frames |= CueFrames.Describing; break;
                    case "as-only": frames |= CueFrames.AsOnly; break;
                    default: return false;
                }
            }
            return true;
        }
    }
}
