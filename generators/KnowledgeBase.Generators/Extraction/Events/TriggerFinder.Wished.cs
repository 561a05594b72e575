using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction.Events
{
    internal static partial class TriggerFinder
    {
        /// <summary>
        /// "the union preferred an inquiry by the council", "residents want a full ban", "would like to have another vote": an act
        /// that is the object of a verb of wanting (<see cref="EventLexicon.WishingVerbs"/>), or of "have" or "hold" in its
        /// infinitive, is only wished for. Only determiners and lower-case modifiers may stand between ("wanted for murder",
        /// "the wanted man's arrest" keep their acts).
        /// </summary>
        internal static bool IsWishedFor(List<Token> tokens, int t)
        {
            var k = t - 1;
            while (k >= 0 && k >= t - 4 && IsObjectModifier(tokens, k)) k--;
            if (k < 0) return false;
            if (IsWishingVerb(tokens, k)) return true;
            if (!IsHavingVerb(tokens[k]) || k < 2) return false;
            if (tokens[k - 1].Is("to")) return IsWishingVerb(tokens, k - 2);
            // "to call a strike or hold a new ballot": the "to" of the first of two infinitives.
            if (!(tokens[k - 1].Is("and") || tokens[k - 1].Is("or"))) return false;
            for (var i = k - 2; i >= 1 && i >= k - 7; i--)
            {
                if (!tokens[i].IsWord) return false;
                if (tokens[i].Is("to")) return IsWishingVerb(tokens, i - 1);
            }
            return false;
        }

        private static bool IsHavingVerb(Token w) => w.Is("have") || w.Is("hold");

        // "an", "a full public", "another": what may stand between a verb and its object's head.
        private static bool IsObjectModifier(List<Token> tokens, int k)
        {
            var w = tokens[k];
            if (!w.IsWord || w.IsCapitalized || IsHavingVerb(w) || IsWishingVerb(tokens, k)) return false;
            return ClauseReader.IsDeterminerOrPossessive(w.Text) || w.Is("another") || w.Is("more") || w.Is("some") || w.Is("any") || !CommonWords.IsFunctionWord(w);
        }

        // "like" and "love" want only after "would" ("would like a recount"; "like a storm" compares).
        private static bool IsWishingVerb(List<Token> tokens, int k)
        {
            if (k < 0 || !IsAny(tokens[k], EventLexicon.WishingVerbs)) return false;
            return !(tokens[k].Is("like") || tokens[k].Is("love")) || k >= 1 && tokens[k - 1].Is("would");
        }
    }
}
