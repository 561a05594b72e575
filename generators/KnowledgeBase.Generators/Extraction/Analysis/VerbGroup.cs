using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Analysis
{
    /// <summary>A verb with its auxiliaries, modals, negation and modality cue: "did not sign", "plans to meet".</summary>
    internal sealed class VerbGroup
    {
        private VerbGroup()
        {
        }

        /// <summary>A group of tokens [<paramref name="start"/>, <paramref name="end"/>): one given back by a released analysis, else a new one.</summary>
        public static VerbGroup Make(int start, int end, int head, string lemma)
        {
            var group = Spares<VerbGroup>.Take() ?? new VerbGroup();
            group.Start = start;
            group.End = end;
            group.Head = head;
            group.Lemma = lemma;
            return group;
        }

        /// <summary>Empties the group, whose analysis is released, and keeps it for <see cref="Make"/>.</summary>
        internal void GiveBack()
        {
            Lemma = null!;
            Tense = Tense.None;
            Voice = Voice.Active;
            Modality = Modality.None;
            IsNegated = false;
            Cue = -1;
            CueVoice = Voice.Active;
            Spares<VerbGroup>.GiveBack(this);
        }

        public int Start { get; private set; }

        /// <summary>One past the last token.</summary>
        public int End { get; private set; }

        /// <summary>The main verb ("meet" in "plans to meet").</summary>
        public int Head { get; private set; }
        public string Lemma { get; private set; } = null!;
        public Tense Tense { get; internal set; }
        public Voice Voice { get; internal set; }
        public Modality Modality { get; internal set; }
        public bool IsNegated { get; internal set; }

        /// <summary>The word that gives the modality ("will", "plans", "scheduled"), or -1.</summary>
        public int Cue { get; internal set; } = -1;

        /// <summary>The voice of a cue verb joined to its infinitive: passive in "is expected to arrive".</summary>
        public Voice CueVoice { get; internal set; }

        public bool IsFinite => Tense != Tense.None;

        public bool Contains(int token) => token >= Start && token < End;

        public override string ToString() => Lemma + " " + Tense + " " + Voice + " " + Modality + (IsNegated ? " negated" : string.Empty);
    }

    /// <summary>
    /// Verb groups of a tagged sentence: modal and auxiliaries up to the main verb, with tense (the first finite
    /// word), voice (be + participle, or a participle before "by"), negation (not, n't, never, no longer) and
    /// modality (<see cref="ModalityRules"/>); "plans to meet" and "is scheduled to arrive" become one group.
    /// </summary>
    internal static class VerbGroupFinder
    {
        [System.ThreadStatic] private static List<VerbGroup>? _found;

        public static VerbGroup[] Find(List<Token> tokens, TokenTags tags)
        {
            var groups = ScratchLists.Empty(ref _found);
            var i = 0;
            while (i < tags.Count)
            {
                if (!StartsGroup(tags, i))
                {
                    i++;
                    continue;
                }
                var end = Extend(tags, i, out var head);
                if (head < 0)
                {
                    i = end > i ? end : i + 1;
                    continue;
                }
                groups.Add(Build(tokens, tags, i, end, head));
                i = end;
            }
            ModalChains.Merge(tags, groups);
            return ScratchLists.CopyOut(groups);
        }

        /// <summary>"confirmed", "reported", "believed": a participle of knowing, as in "were confirmed killed".</summary>
        internal static bool IsKnowingParticiple(TokenTags tags, int i) =>
            i >= 0 && tags.Tags[i] == Tag.Verb && tags.Forms[i] == VerbForm.Participle
            && tags.Lemmas[i] is "confirm" or "report" or "believe" or "fear" or "presume" or "think" or "know";

        private static bool IsVerbal(Tag tag) => tag is Tag.Verb or Tag.Auxiliary or Tag.Modal;

        // Asked of nearly every token: the tag is tested before the lemma is read ("no" is a determiner, or an adverb before
        // "longer"), so a noun's lemma string is not fetched from memory to be compared.
        private static bool IsNegationOrAdverb(List<Token>? tokens, TokenTags tags, int i) =>
            tags.Tags[i] == Tag.Adverb || (tags.Tags[i] == Tag.Particle && tags.Lemmas[i] is "not" or "n't")
            || (tags.Tags[i] == Tag.Determiner && tags.Lemmas[i] == "no" && i + 1 < tags.Count && tags.Lemmas[i + 1] == "longer");

        private static int SkipModifiers(TokenTags tags, int i)
        {
            while (i < tags.Count && IsNegationOrAdverb(null, tags, i)) i++;
            return i;
        }

        private static bool StartsGroup(TokenTags tags, int i)
        {
            var tag = tags.Tags[i];
            if (IsVerbal(tag)) return true;
            if (tag == Tag.Particle && tags.Lemmas[i] == "to") return i + 1 < tags.Count && IsVerbal(tags.Tags[i + 1]);
            // "found there may be too little salt": an existential "there" is the clause's subject, not an adverb of its verb group.
            if (IsNegationOrAdverb(null, tags, i) && !(tag == Tag.Adverb && tags.Lemmas[i] == "there"))
            {
                var j = SkipModifiers(tags, i);
                return j < tags.Count && IsVerbal(tags.Tags[j]);
            }
            return false;
        }

        private static int Extend(TokenTags tags, int start, out int head)
        {
            head = -1;
            var j = start;
            var lastAuxiliary = -1;
            while (j < tags.Count)
            {
                var tag = tags.Tags[j];
                if (tag is Tag.Modal or Tag.Auxiliary)
                {
                    lastAuxiliary = j++;
                    continue;
                }
                if (IsNegationOrAdverb(null, tags, j))
                {
                    var k = SkipModifiers(tags, j);
                    if (k < tags.Count && (IsVerbal(tags.Tags[k]) || (lastAuxiliary >= 0 && tags.Tags[k] == Tag.Particle && tags.Lemmas[k] == "to"))) { j = k; continue; }
                    break;
                }
                // "is to sign", "to meet".
                if (tag == Tag.Particle && tags.Lemmas[j] == "to" && (j == start || (lastAuxiliary >= 0 && tags.Lemmas[lastAuxiliary] == "be")))
                {
                    j++;
                    continue;
                }
                if (tag == Tag.Verb)
                {
                    head = j++;
                    // "were confirmed killed", "was reported injured": the participle after one of knowing says what happened.
                    if (j < tags.Count && tags.Tags[j] == Tag.Verb && tags.Forms[j] == VerbForm.Participle && IsKnowingParticiple(tags, head)) head = j++;
                    break;
                }
                break;
            }
            if (head < 0) head = lastAuxiliary;
            // "set up", "carried out": a particle right after the verb is part of it.
            if (head >= 0 && j < tags.Count && tags.Tags[j] == Tag.Particle && tags.Lemmas[j] is not ("not" or "n't" or "to")) j++;
            return j;
        }

        private static VerbGroup Build(List<Token> tokens, TokenTags tags, int start, int end, int head)
        {
            var group = VerbGroup.Make(start, end, head, tags.Lemmas[head]);
            var auxiliaryBe = false;
            var sawTo = false;
            var tenseSet = false;
            for (var i = start; i < end; i++)
            {
                var tag = tags.Tags[i];
                if (tags.Lemmas[i] is "not" or "n't" or "never" || tags.Entries[i]?.Closed?.Negated == true || (tags.Lemmas[i] == "no" && i + 1 < end && tags.Lemmas[i + 1] == "longer"))
                    group.IsNegated = true;
                if (tag == Tag.Particle && tags.Lemmas[i] == "to")
                {
                    sawTo = true;
                    if (auxiliaryBe) SetModality(group, ModalityRules.Find("be", ModalityCue.BeTo), i - 1);
                    continue;
                }
                if (!IsVerbal(tag)) continue;
                if (tag == Tag.Modal) SetModality(group, ModalityRules.Find(tags.Lemmas[i], ModalityCue.Modal), i);
                if (!tenseSet)
                {
                    group.Tense = sawTo ? Tense.None : TenseOf(tags, i);
                    tenseSet = true;
                }
                if (i < head && tags.Lemmas[i] == "be" && tag == Tag.Auxiliary) auxiliaryBe = true;
            }
            var participle = tags.Forms[head] == VerbForm.Participle && tags.Tags[head] == Tag.Verb;
            if (participle && (auxiliaryBe || (end < tokens.Count && tokens[end].Is("by"))))
                group.Voice = Voice.Passive;
            return group;
        }

        internal static void SetModality(VerbGroup group, ModalityRules.Row? row, int cue)
        {
            if (row is null || group.Modality != Modality.None) return;
            group.Modality = row.Modality;
            group.Cue = cue;
            if (row.Future) group.Tense = Tense.Future;
        }

        private static Tense TenseOf(TokenTags tags, int i)
        {
            if (tags.Tags[i] == Tag.Modal) return tags.Lemmas[i] is "will" or "shall" ? Tense.Future : Tense.Present;
            return tags.Forms[i] switch
            {
                VerbForm.Past => Tense.Past,
                VerbForm.ThirdSingular or VerbForm.Base => Tense.Present,
                _ => Tense.None,
            };
        }
    }
}
