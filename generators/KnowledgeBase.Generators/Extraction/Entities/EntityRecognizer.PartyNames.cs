using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // Party names that hold a shorter known party's name.
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// "the Democratic Labour Party", "the New Democratic Party": the words of a party's creed (party-name-word) in
        /// [<paramref name="start"/>, <paramref name="chunkEnd"/>) before a known party's name (one ending in a party-head
        /// word) open the name of another party. Returns where that name ends, or 0.
        /// </summary>
        private static int PartyNameEnd(List<Token> tokens, int start, int chunkEnd, int end)
        {
            if (chunkEnd >= end) return 0;
            for (var i = start; i < chunkEnd; i++)
                if (!Gazetteer.IsPartyNameWord(tokens[i].Text)) return 0;
            var matched = MatchGazetteer(tokens, chunkEnd, end, out var party);
            return matched > 0 && party!.Kind == GazetteerKind.Organization && Gazetteer.IsPartyHead(tokens[chunkEnd + matched - 1].Text) ? chunkEnd + matched : 0;
        }

        /// <summary>Names the party of tokens [<paramref name="start"/>, <paramref name="end"/>) (not in a restricted pass); returns its end.</summary>
        private int AddPartyName(SentenceInfo s, int start, int end, bool restricted)
        {
            if (!restricted) AddMention(s, start, end, EntityKind.Organization, Join(s.Tokens, start, end), isDemonym: false);
            return end;
        }
    }
}
