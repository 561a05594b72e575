using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Lexicon
{
    /// <summary>
    /// A verb of the CAMEO dictionary in one of its blocks ("negotiate" in block "compromise", code 080). A block is
    /// a set of verbs that share patterns; <see cref="Code"/> is the verb's own code, "---" for none.
    /// </summary>
    internal sealed class CameoVerb
    {
        public CameoVerb(string lemma, string block, string code, IReadOnlyList<string> forms)
        {
            Lemma = lemma;
            Block = block;
            Code = code;
            Forms = forms;
            HasCode = code != CameoVerbLexicon.NullCode;
        }

        public string Lemma { get; }
        public string Block { get; }
        public string Code { get; }

        /// <summary>Inflected forms besides the lemma ("negotiated", "negotiates", "negotiating").</summary>
        public IReadOnlyList<string> Forms { get; }

        /// <summary>Whether the verb codes an event by itself (its code is not the null code "---").</summary>
        /// <remarks>Kept, not compared on each asking: the dictionary scan asks it of every verb of a candidate form (the code's string is elsewhere in memory).</remarks>
        public bool HasCode { get; }

        private Events.PatternIndex? _patterns;

        /// <summary>The index of the verb's block's patterns, kept on the verb (not looked up by the block's name each time). Threads that race store the same index.</summary>
        public Events.PatternIndex Patterns => _patterns ??= Events.PatternIndex.Of(Block);

        /// <summary>
        /// Whether the verb is one of many uses, once someone has asked: a WordNet look-up asked of every verb of every
        /// candidate form, made once per verb. Threads that race write the same value (one byte, written whole).
        /// </summary>
        public VerbCommonness Commonness { get; set; }
    }

    /// <summary>Whether a CAMEO verb is one of many uses ("give", "lead"), decided when first asked.</summary>
    internal enum VerbCommonness : byte
    {
        NotYetAsked,
        Specific,
        OfManyUses,
    }

    /// <summary>
    /// A pattern of a verb block in the normalized compact form of the converter: tokens joined by one space,
    /// words lower case; '*' the verb, '$' the source, '+' the target, '&amp;NAME' a synonym set, '(...)' a
    /// prepositional phrase and '{...}' a noun phrase, '_' joins words that must be consecutive.
    /// </summary>
    internal sealed class CameoPattern
    {
        public CameoPattern(string block, string text, IReadOnlyList<string> codes)
        {
            Block = block;
            Text = text;
            Codes = codes;
        }

        public string Block { get; }
        public string Text { get; }

        /// <summary>CAMEO codes as written ("042", "042:043", "080!"); more than one when the source repeats the pattern with another code.</summary>
        public IReadOnlyList<string> Codes { get; }
    }
}
