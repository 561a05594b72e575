using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // A quotation introduced as a text someone put out: "The council issued the following statement: "..."".
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// The issuing verb of "X issued/released/made [a|the] [following|brief|...] statement [from Y | on Twitter]: "..."" when the
        /// quotation opening at <paramref name="open"/> follows that colon; -1 otherwise. The verb is no speech cue of its own, but
        /// the text it puts out holds the quoted words, so they are the words of its subject (or of the "from" phrase's speaker).
        /// </summary>
        private static int IssuedTextBefore(List<Token> tokens, int open)
        {
            if (open < 4 || !tokens[open - 1].IsPunct(':')) return -1;
            // A prepositional tail after the noun: "from the king", "on Twitter", "to supporters on Monday" (words only).
            var noun = open - 2;
            for (var k = open - 2; k > open - 10 && k > 1; k--)
            {
                if (!(tokens[k].IsWord || tokens[k].Kind == TokenKind.Possessive)) break;
                if (tokens[k].IsWord && CommonWords.IsIssuedTextNoun(tokens[k].Lower)) { noun = k; break; }
            }
            if (!tokens[noun].IsWord || !CommonWords.IsIssuedTextNoun(tokens[noun].Lower)) return -1;
            if (noun + 1 < open - 1 && !IsPreposition(tokens[noun + 1]) && !tokens[noun + 1].Is("via")) return -1;
            // Up to three modifiers ("the following", "a brief written", "an official"), then a determiner, then the verb.
            var det = noun - 1;
            while (det > noun - 4 && det > 0 && tokens[det].IsWord && !IsDeterminer(tokens[det].Lower) && !CommonWords.IsIssuingVerb(tokens[det].Lower)) det--;
            if (det < 1 || !tokens[det].IsWord || !IsDeterminer(tokens[det].Lower) || tokens[det].Is("that") || tokens[det].Is("this")) return -1;
            var verb = det - 1;
            return tokens[verb].IsWord && !tokens[verb].StartsUpper && CommonWords.IsIssuingVerb(tokens[verb].Lower) ? verb : -1;
        }

        /// <summary>
        /// Who put out the text of <see cref="IssuedTextBefore"/>: a speaker named in its "from" phrase ("the following statement from
        /// the king:"), else the verb's subject.
        /// </summary>
        private Speaker IssuerOfIssuedText(SentenceInfo s, int verb, int open, List<(int Open, int Close)> quoted, List<Speaker> speakers)
        {
            var tokens = s.Tokens;
            for (var k = verb + 2; k < open - 2; k++)
                if (tokens[k].Is("from") && NounPhraseSpeaker(s, k + 1, open - 1) is { IsFound: true } from) return from;
            var subject = SubjectOf(s, verb, quoted, speakers);
            // "a Velden council Facebook account posted ...": a name that only modifies the subject's head noun is not who speaks.
            var head = verb - 1;
            if (subject.Entity is not null && head > 0 && tokens[head].IsWord && !tokens[head].StartsUpper && s.MentionAt(head - 1) is { } modifier
                && modifier.Entity == subject.Entity && modifier.TokenEnd == head && !Titles.IsRoleNoun(tokens[head]) && !IsA(tokens[head], QuoteWords.SpeakingGroup)
                && !IsA(tokens[head], QuoteWords.CompanyNoun) && !IsA(tokens[head], QuoteWords.InstitutionNoun))
                return new Speaker(null, Join(tokens, LeftEdge(s, 0, head), verb));
            return subject;
        }
    }
}
