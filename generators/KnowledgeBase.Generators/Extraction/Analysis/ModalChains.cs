using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Analysis
{
    /// <summary>
    /// "plans to meet", "is scheduled to arrive", "is due to sign", "is going to visit": a modality cue and the
    /// infinitive it governs are one verb group, the infinitive's verb its head.
    /// </summary>
    internal static class ModalChains
    {
        /// <summary>Joins each cue to the infinitive after it, in place: the merged groups stay in text order.</summary>
        public static void Merge(TokenTags tags, List<VerbGroup> groups)
        {
            if (groups.Count < 2 || !HasInfinitiveAfterAnother(tags, groups)) return;
            var merged = 0;
            for (var g = 0; g < groups.Count; g++)
            {
                var group = groups[g];
                while (g + 1 < groups.Count && TryJoin(tags, group, groups[g + 1], out var joined))
                {
                    group = joined!;
                    g++;
                }
                groups[merged++] = group;
            }
            groups.RemoveRange(merged, groups.Count - merged);
        }

        private static bool HasInfinitiveAfterAnother(TokenTags tags, List<VerbGroup> groups)
        {
            for (var g = 1; g < groups.Count; g++)
                if (tags.Tags[groups[g].Start] == Tag.Particle && tags.Lemmas[groups[g].Start] == "to") return true;
            return false;
        }

        private static bool TryJoin(TokenTags tags, VerbGroup cue, VerbGroup infinitive, out VerbGroup? joined)
        {
            joined = null;
            if (!(tags.Tags[infinitive.Start] == Tag.Particle && tags.Lemmas[infinitive.Start] == "to")) return false;
            var (row, cueToken) = RowFor(tags, cue, infinitive);
            if (row is null) return false;
            joined = VerbGroup.Make(cue.Start, infinitive.End, infinitive.Head, infinitive.Lemma);
            joined.Tense = cue.Tense;
            joined.Voice = infinitive.Voice;
            joined.CueVoice = cue.Voice;
            joined.IsNegated = cue.IsNegated || infinitive.IsNegated;
            // "will try to meet": the modal outranks the verb after it.
            if (cue.Modality != Modality.None)
            {
                joined.Modality = cue.Modality;
                joined.Cue = cue.Cue;
            }
            else VerbGroupFinder.SetModality(joined, row, cueToken);
            if (row.Future) joined.Tense = Tense.Future;
            return true;
        }

        private static (ModalityRules.Row? Row, int Cue) RowFor(TokenTags tags, VerbGroup cue, VerbGroup infinitive)
        {
            if (infinitive.Start == cue.End)
            {
                if (cue.Voice == Voice.Passive) return (ModalityRules.Find(cue.Lemma, ModalityCue.PassiveTo), cue.Head);
                if (cue.Lemma == "go" && tags.Forms[cue.Head] == VerbForm.Gerund) return (ModalityRules.Find("go", ModalityCue.BeTo), cue.Head);
                return (ModalityRules.Find(cue.Lemma, ModalityCue.VerbTo), cue.Head);
            }
            // "is due to sign": be, an adjective, the infinitive.
            var adjective = cue.End;
            if (infinitive.Start == adjective + 1 && cue.Lemma == "be" && tags.Tags[adjective] is Tag.Adjective or Tag.Verb)
                return (ModalityRules.Find(tags.Entries[adjective]?.Lower ?? string.Empty, ModalityCue.AdjectiveTo), adjective);
            return (null, -1);
        }
    }
}
