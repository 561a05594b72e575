using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction
{
    // Whether a nationality adjective names its place: the knowledge base keeps no place that every article names by its adjective alone.
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// "the European mainland", "Velden's coast": the adjective names the land itself; "Norlandic troops", "Ostrelian
        /// warplanes", "the Ostrelian air force": the state's armed forces act for it. Elsewhere ("the Canadian embassy", "a Spanish court", "British
        /// police") a nationality adjective names no entity.
        /// </summary>
        internal static bool DemonymNamesPlace(List<Token> tokens, int after) =>
            IsGeographyWordAt(tokens, after) || after < tokens.Count && tokens[after].Text is "troops" or "forces" or "soldiers" or "army" or "navy" or "military"
                or "warplanes" or "warships" or "auxiliaries" or "jets" or "drones"
            || after + 1 < tokens.Count && tokens[after].Text == "air" && tokens[after + 1].Text is "force" or "forces";
    }
}
