using System;
using KnowledgeBase.Generators.Extraction.Lexicon;

namespace KnowledgeBase.Generators.Extraction.Lexicons
{
    /// <summary>
    /// Speech, cognition and evaluation cues that introduce reported speech ("said", "emphasized", "believes",
    /// "criticized"), read from the embedded cue-verbs.tsv: every inflected form mapped to its lemma, role and frames.
    /// </summary>
    internal static class CueVerbs
    {
        // Asked of nearly every word of an article: most are turned away without hashing.
        private static readonly Helpers.WordFilter FormWords = new(CueVerbLexicon.Instance.Forms);

        /// <summary>The lemma of a cue form ("emphasized" → "emphasize"), or null.</summary>
        public static string? Lemma(string word) => FormWords.MayContain(word) ? CueVerbLexicon.Instance.OfForm(word)?.Lemma : null;

        /// <summary>The lemma of a cue token, kept by its form (<see cref="WordForm.CueLemma"/>), or null.</summary>
        public static string? Lemma(Token token) => token.CannotCue ? null : token.Form is { } form ? form.CueLemma : Lemma(token.Text);

        /// <summary>Verbs whose first object is the addressee, not the content ("told reporters that ...").</summary>
        public static bool TakesAddressee(string lemma) => Has(lemma, CueFrames.Addressee);

        /// <summary>A cue that reports only with "that" after it ("the court ruled that ..."; "ordered a review" is no statement).</summary>
        public static bool NeedsThat(string lemma) => Has(lemma, CueFrames.ThatOnly);

        /// <summary>A finding ("concluded", "ruled", "found"): what it decides is a clause, not words someone said.</summary>
        public static bool IsFinding(string lemma) => CueVerbLexicon.Instance.OfLemma(lemma)?.Role == CueRole.Finding;

        /// <summary>
        /// Whether a cue that needs "that" also reports a finite clause without it: a finding does ("ruled the ferry lacked
        /// a licence"), a speech cue in a finite form does ("maintained the ferry lacked"), a view never does ("deemed the
        /// report false and ordered an inquiry" judges an object; "the sections deemed unsafe will close" describes them).
        /// </summary>
        public static bool TakesClauseWithoutThat(string lemma, string word) =>
            CueVerbLexicon.Instance.OfLemma(lemma)?.Role is var role && (role == CueRole.Finding || !IsParticiple(word) && role != CueRole.Cognition);

        /// <summary>
        /// A cue whose object is what was said only when it names a stance: "discussed their hope to reopen the ferry line",
        /// not "discussed her chess career", a topic (<see cref="IsStanceNoun"/>).
        /// </summary>
        public static bool NeedsStanceObject(string lemma) => Has(lemma, CueFrames.StanceObject);

        /// <summary>A cue that reports only an object with an "as" description: "listed the mill as a protected site", not "listed the mill".</summary>
        public static bool NeedsAsDescription(string lemma) => Has(lemma, CueFrames.AsOnly);

        /// <summary>A noun naming a stance held: "desire", "hope", "need", "intention", "concern".</summary>
        public static bool IsStanceNoun(in Token token) => Array.IndexOf(StanceNouns, token.Lower) >= 0;

        private static readonly string[] StanceNouns =
            { "desire", "wish", "hope", "hopes", "need", "intention", "intent", "willingness", "readiness", "commitment", "determination", "concern", "concerns" };

        /// <summary>A judgement of someone ("accused", "praised", "criticized"): its role is evaluation.</summary>
        public static bool IsJudgement(string lemma) => CueVerbLexicon.Instance.OfLemma(lemma)?.Role == CueRole.Evaluation;

        /// <summary>A cue whose participle reports evidence, never speech ("signaling", "showing").</summary>
        public static bool IsEvidenceOnly(string lemma) => Has(lemma, CueFrames.EvidenceOnly);

        /// <summary>A cue that passes on what another source says ("the Velden Post reported a source said ...").</summary>
        public static bool Relays(string lemma) => Has(lemma, CueFrames.Relaying);

        /// <summary>A cue whose past form also names the noun before it ("a firm called Velco").</summary>
        public static bool Names(string lemma) => Has(lemma, CueFrames.Naming);

        /// <summary>A cue whose object takes a description of it: a describing frame, or a judgement ("denounced the plan as a farce").</summary>
        public static bool Describes(string lemma) => Has(lemma, CueFrames.Describing) || IsJudgement(lemma);

        private static bool Has(string lemma, CueFrames frame) => CueVerbLexicon.Instance.OfLemma(lemma) is { } cue && (cue.Frames & frame) != 0;

        /// <summary>Past or present participle ("describing", "highlighted").</summary>
        public static bool IsParticiple(string word) => word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

        /// <summary>Base or third-person form ("warn", "warns"): a noun as often as a verb.</summary>
        public static bool IsPresent(string word, string lemma) =>
            word.Equals(lemma, StringComparison.OrdinalIgnoreCase) || (word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase));
    }
}
