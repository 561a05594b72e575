using System;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction
{
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// "The Vasquet campaign said", "the Vasquet legal team argued": a person's name before the campaign, team or office that speaks for
        /// them; the speaker is the person and the text keeps the noun (and a member after it: "Vasquet campaign officials"). Else the name's end.
        /// </summary>
        private static int PersonAgentEnd(SentenceInfo s, Mention mention, int end)
        {
            if (mention.Entity.Kind != EntityKind.Person || mention.TokenEnd >= end || !s.Tokens[mention.TokenEnd].IsWord) return mention.TokenEnd;
            var nounEnd = SpeechNounEnd(s.Tokens, mention.TokenEnd, Math.Min(end, mention.TokenEnd + 2));
            return nounEnd > 0 && s.Tokens[nounEnd - 1].Text is "campaign" or "team" or "office" or "lawyers" or "attorneys" or "spokesman" or "spokeswoman" or "spokesperson"
                ? BodyTextEnd(s, nounEnd, end) : mention.TokenEnd;
        }
    }
}
