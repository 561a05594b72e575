using KnowledgeBase.Generators.Extraction.Lexicon;

namespace KnowledgeBase.Generators.Extraction.Lexicons
{
    /// <summary>
    /// The CAMEO event codes and their descriptions: the taxonomy of GDELT, ICEWS and PETRARCH
    /// (Schrodt, Gerner et al.), read from the embedded cameo-codes.tsv (<see cref="CameoCodeLexicon"/>).
    /// </summary>
    internal static class CameoNames
    {
        /// <summary>The description of a code, or null for codes outside CAMEO (such as "000").</summary>
        public static string? Of(string code) => CameoCodeLexicon.Instance.DescriptionOf(code);

        /// <summary>True for a code of the CAMEO table.</summary>
        public static bool IsKnown(string code) => CameoCodeLexicon.Instance.DescriptionOf(code) is not null;
    }
}
