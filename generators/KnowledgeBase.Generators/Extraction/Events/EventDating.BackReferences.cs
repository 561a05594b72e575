using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>When a date in a sentence that names an earlier event again is that event's own.</summary>
    internal static partial class EventDating
    {
        /// <summary>
        /// "The fire started on Monday", "Police said the riot began in May", "the attack on Monday", "Monday's attack": the date
        /// is the earlier event's when its noun is the subject of the clause, or the date stands right at the noun. Inside another
        /// phrase it is not: "On Friday the mayor said the toll of the blaze had risen to nine" dates the toll, "the vote in June
        /// to end the strike by law" the vote.
        /// </summary>
        private static bool DatesTheNoun(List<Token> tokens, int t, DateMention d)
        {
            // "the attack on Monday", "the attack of March 3".
            if (d.TokenStart == t + 1 || d.TokenStart == t + 2 && (tokens[t + 1].Is("on") || tokens[t + 1].Is("of") || tokens[t + 1].Is("in"))) return true;
            // The noun's phrase: its modifiers ("the deadly fire"); what stands before them says whether it is a subject.
            var i = t - 1;
            while (i >= 0 && IsModifier(tokens[i])) i--;
            if (i >= 0 && tokens[i].Kind == TokenKind.Possessive)
            {
                // "Monday's deadly attack": the date owns the noun; "Ruiz's arrest" goes on to what stands before its owner.
                if (d.TokenStart < i && d.TokenEnd >= i) return true;
                for (i--; i >= 0 && IsModifier(tokens[i]);) i--;
            }
            if (i >= 0 && ClauseReader.IsDeterminerOrPossessive(tokens[i].Lower)) i--;
            return i < 0 || tokens[i].IsPunct(',') || tokens[i].IsPunct(';') || tokens[i].Is("that") || tokens[i].Is("and") || tokens[i].Is("but") || ClauseReader.IsSpeechCue(tokens, i);
        }

        private static bool IsModifier(Token w) => w.IsWord && !CommonWords.IsFunctionWord(w);
    }
}
