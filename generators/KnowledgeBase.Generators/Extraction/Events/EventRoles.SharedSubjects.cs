using KnowledgeBase.Generators.Extraction.Analysis;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Two verbs joined by "and" or "but" share the first one's subject.</summary>
    internal static partial class EventRoles
    {
        /// <summary>
        /// "Karel Brandt met Mira Holt on Sunday and signed a pact", "Norland issued a warrant for Ana Ruiz and demanded her
        /// extradition", "X founded the Velden Union (VU), but was arrested": a finite verb right after "and" or "but" (an adverb
        /// between: "and later testified") has no subject of its own; a name after an earlier finite verb stands in that verb's
        /// object and is not the second verb's subject, unless a finite verb of the second's tense follows the name before the
        /// joining word ("said Norland attacked Tarsk and fled": Norland fled; "predicted Brandt would lose and urged": not Brandt).
        /// </summary>
        internal static bool ObjectBeforeSharedVerb(SentenceInfo s, Mention m, int t)
        {
            var analysis = s.Analysis;
            t = VerbOfObjectNoun(s, t);
            // "reran the team's model and confirmed its findings": who says or confirms is left to the speech rules' own tests of the speaker.
            if (CueVerbs.Lemma(s.Tokens[t]) is "say" or "state" or "confirm") return false;
            if (analysis.FoundGroupAt(t) is not { IsFinite: true, Modality: Modality.None } second || second.Head != t) return false;
            var joining = JoiningWordBefore(s, second.Start);
            if (joining < 0 || m.TokenEnd > joining) return false;
            if (!FiniteVerbBefore(s, m.TokenStart)) return false;
            for (var i = m.TokenEnd; i < joining; i++)
                if (analysis.FoundGroupAt(i) is { Modality: Modality.None } group && group.Tense == second.Tense && group.Head == i) return false;
            return true;
        }

        /// <summary>
        /// "Norland and Velden recognized Ostrel and opened relations with the nation", "Norland and Velden sanctioned Acme Corp
        /// and fined the company": the second verb's object points back ("the nation", "the company", "it", "him") to the first
        /// verb's object, which takes part in the second act too, though two subjects already fill its parties. The reference
        /// is the verb's object (right after it or after a preposition) and fits the name's kind; a name of its own after the
        /// second verb leaves the first object out.
        /// </summary>
        internal static EntityDraft? ObjectPointedBack(SentenceInfo s, int t, int clauseEnd)
        {
            if (BackReferenceAfter(s, t, clauseEnd) is not { } referent) return null;
            for (var i = t - 1; i >= 0; i--)
            {
                if (s.MentionAt(i) is not { } m) continue;
                i = m.TokenStart;
                if (ObjectBeforeSharedVerb(s, m, t)) return Discourse.Fits(m, referent) ? m.Entity : null;
            }
            return null;
        }

        // What the second verb's object may stand for: "the" + a reference noun or an object pronoun right after the verb (or
        // its noun: "opened relations") or after a preposition; none when a name stands there first or a verb follows ("and
        // warned it would": "it" is a subject).
        private static ReferentClass? BackReferenceAfter(SentenceInfo s, int t, int clauseEnd)
        {
            var tokens = s.Tokens;
            var analysis = s.Analysis;
            for (var i = t + 1; i < clauseEnd && i < tokens.Count && i <= t + 6; i++)
            {
                if (s.MentionAt(i) is not null || !tokens[i].IsWord) return null;
                var opening = tokens[i - 1].Is("the") ? i - 1 : i;
                if (Discourse.ClassOf(tokens, i, out _, out var role) is not { } referent || role is not null) continue;
                if (!(tokens[i].Is("him") || tokens[i].Is("her") || tokens[i].Is("it") || tokens[i].Is("them") || opening < i)) return null;
                if (!(opening - 1 == t || analysis.TagAt(opening - 1) == Tag.Preposition)) return null;
                if (i + 1 < tokens.Count && (analysis.TagAt(i + 1) is Tag.Verb or Tag.Modal or Tag.Auxiliary || tokens[i + 1].Kind == TokenKind.Possessive || tokens[i].Is("her") && tokens[i + 1].IsWord && analysis.TagAt(i + 1) != Tag.Preposition)) return null;
                return referent;
            }
            return null;
        }

        /// <summary>"X met Y and signed an agreement": the noun stands for the verb whose object it heads ("signed"); a verb for itself.</summary>
        private static int VerbOfObjectNoun(SentenceInfo s, int t)
        {
            var analysis = s.Analysis;
            if (analysis.TagAt(t) is not (Tag.Noun or Tag.ProperNoun)) return t;
            for (var i = t - 1; i >= 0 && i >= t - 4; i--)
            {
                var tag = analysis.TagAt(i);
                if (tag == Tag.Verb) return i;
                if (tag is not (Tag.Determiner or Tag.Adjective or Tag.Noun or Tag.Number)) break;
            }
            return t;
        }

        /// <summary>"X shot the leader of the Velden Union (VU) and was arrested": who is named in the first verb's object undergoes nothing the shared subject does.</summary>
        internal static bool ObjectBeforeSharedPassive(SentenceInfo s, Mention m, int t) => s.Analysis.IsPassiveAt(t) && ObjectBeforeSharedVerb(s, m, t);

        // The "and" or "but" right before a verb group (a comma or one adverb may stand between: ", and then", "but later"); -1 if none.
        private static int JoiningWordBefore(SentenceInfo s, int groupStart)
        {
            var k = groupStart - 1;
            if (k > 0 && s.Analysis.TagAt(k) == Tag.Adverb && !s.Tokens[k].IsCapitalized) k--;
            return k > 0 && (s.Tokens[k].Is("and") || s.Tokens[k].Is("but")) ? k : -1;
        }

        // A finite verb before the name in its stretch of the sentence (back to a semicolon): the name is in that verb's object.
        private static bool FiniteVerbBefore(SentenceInfo s, int at)
        {
            var from = at - 1;
            while (from >= 0 && !s.Tokens[from].IsPunct(';')) from--;
            return s.Analysis.HasVerbGroupHeadIn(from + 1, at, finite: true);
        }
    }
}
