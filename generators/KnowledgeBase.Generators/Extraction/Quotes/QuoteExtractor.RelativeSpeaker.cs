using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// "Vell said he closed the crossing in May, which Jon Brant opposed as rash. He claimed ...": the speaker of a cue inside a
        /// relative clause ("which"/"whom" before the speaker's name and its titles) is not whom the text goes on about; the next
        /// "he" is still the main clause's subject.
        /// </summary>
        private static bool SpeaksInRelativeClause(SentenceInfo s, int cue)
        {
            var tokens = s.Tokens;
            var i = cue - 1;
            while (i >= 0 && (tokens[i].Is("has") || tokens[i].Is("had") || tokens[i].Is("have") || tokens[i].Is("also") || tokens[i].Is("later"))) i--;
            if (i < 0 || s.MentionAt(i) is not { } named || named.Entity.Kind != EntityKind.Person) return false;
            var before = named.TokenStart - 1;
            // "which Velden Port Director Jon Brant said": the titles and bodies before the name belong to it.
            for (var n = 0; n < 4 && before >= 0 && tokens[before].IsWord && (tokens[before].IsCapitalized || Titles.IsRoleNoun(tokens[before])); n++) before--;
            return before >= 0 && (tokens[before].Is("which") || tokens[before].Is("whom"));
        }
    }
}
