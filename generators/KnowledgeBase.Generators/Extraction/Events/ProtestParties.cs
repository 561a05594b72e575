using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Analysis;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// Who protests (CAMEO 14): the subject of the protest verb, the holder of the protest noun. A name outside the protest's
    /// own clause is none of them: the main clause's parties across the relative clause that tells the protest ("Speakers
    /// included Karl Enn and a sister of Pia Rand, whose death set off protests"), the one supported ("rallied in support of
    /// Karl Enn to protest the results"), whom an act protested was done to ("protesting the arrest of Tomas Vell"), and who is
    /// named in a claim the protesters make ("groups claiming the vote was stolen from Karl Enn gathered for a rally").
    /// </summary>
    internal static class ProtestParties
    {
        /// <summary>
        /// Drops the named parties of a protest that do not protest; true when none is left, so that the protest is told as one
        /// by people the article does not name.
        /// </summary>
        internal static bool DropNonProtesters(SentenceInfo s, int t, EventTrigger trigger, List<EntityDraft> participants)
        {
            if (participants.Count == 0 || !trigger.Cameo.StartsWith("14", StringComparison.Ordinal)) return false;
            var relative = s.Analysis.RelativeClauseAround(t) is { Introducer: >= 0 } around && around.Introducer < t ? around : null;
            var dropped = false;
            for (var i = participants.Count - 1; i >= 0; i--)
            {
                if (Protests(s, t, relative, participants[i])) continue;
                participants.RemoveAt(i);
                dropped = true;
            }
            return dropped && participants.Count == 0;
        }

        // A party with a mention in the sentence protests when one of its mentions may tell a protester; one named only elsewhere
        // ("he", the person in focus) is left as it was found.
        private static bool Protests(SentenceInfo s, int t, Clause? relative, EntityDraft party)
        {
            var named = false;
            foreach (var m in s.Mentions)
            {
                if (m.Entity != party) continue;
                named = true;
                if (!(relative is not null && OutsideRelative(s, t, relative, m) || IsSupported(s.Tokens, m) || IsUndergoerOfProtestedAct(s, t, m) || InClaim(s, t, m) || TellsWhere(s.Tokens, m))) return true;
            }
            return !named;
        }

        /// <summary>
        /// "Karl Enn and two sisters of Pia Rand, whose death set off protests": a name before the relative clause that tells the
        /// protest is none of its protesters, unless it is the clause's antecedent and the clause's subject is the relative word
        /// ("Ana Ruiz, who led protests against the tax").
        /// </summary>
        private static bool OutsideRelative(SentenceInfo s, int t, Clause relative, Mention m)
        {
            if (m.TokenStart >= relative.Introducer) return false;
            return !(IsAntecedent(s.Tokens, relative, m) && AntecedentProtests(s, t, relative));
        }

        // "Ana Ruiz, who", "the students of Velden who", "Ana Ruiz, a student who": the name the relative word stands for.
        private static bool IsAntecedent(List<Token> tokens, Clause relative, Mention m)
        {
            if (relative.Antecedent is not { } antecedent) return m.TokenEnd == relative.Introducer || m.TokenEnd == relative.Introducer - 1 && tokens[m.TokenEnd].IsPunct(',');
            if (m.TokenStart >= antecedent.Start && m.TokenStart < Math.Max(antecedent.End, relative.Introducer)) return true;
            return m.TokenEnd == antecedent.Start - 1 && tokens[m.TokenEnd].IsPunct(',');
        }

        // "who protested", "who led protests", "who took part in protests", "who went on to protest": the relative word is the
        // subject, and the protest is its clause's verb, object or "in" phrase, or the verb of a non-finite clause hanging on it.
        // Not "whose death set off protests", "who drew guns on protesters", "who was sued over a report on a march".
        private static bool AntecedentProtests(SentenceInfo s, int t, Clause relative)
        {
            var word = s.Tokens[relative.Introducer];
            if (!(word.Is("who") || word.Is("that") || word.Is("which")) || relative.Subject is { } subject && relative.Antecedent is { } antecedent && subject.Start != antecedent.Start) return false;
            if (relative.Verb.Contains(t) || relative.Object?.Contains(t) == true) return true;
            foreach (var attachment in relative.Attachments)
                if (attachment.Word == "in" && attachment.Chunk.Contains(t)) return true;
            return s.Analysis.ClauseOfVerb(t) is { Kind: ClauseKind.Nonfinite } own && own.Verb.Contains(t) && own.Parent == relative;
        }

        /// <summary>
        /// "protests went on in Ostrel and through the northern part of Chile", "marches in cities throughout Chile", "no protests in
        /// Velden, in northern Chile": a place named in a phrase that says where the protest went on ("in", "through", "throughout",
        /// "across", "around", with a side of the country between), or after "of" and a part or a place noun such a phrase opens,
        /// is where the protesters were, not one of them.
        /// </summary>
        private static bool TellsWhere(List<Token> tokens, Mention m)
        {
            if (m.Entity.Kind != EntityKind.Place || m.IsDemonym) return false;
            var i = ClauseReader.GoverningWordAt(tokens, m.TokenStart);
            if (i >= 1 && tokens[i].Is("of") && (tokens[i - 1].Is("part") || tokens[i - 1].Is("parts") || CommonWords.IsPlaceNoun(tokens[i - 1])))
            {
                // "through the southern part of", "in many cities of": up to three lower-case words before the noun.
                var stop = i - 5;
                for (i -= 2; i >= 0 && i > stop && tokens[i].IsWord && char.IsLower(tokens[i].Text[0]) && !IsWhereWord(tokens[i]); i--) { }
            }
            // "in northern Chile", "across the south-western Chile": a side of the country between.
            if (i >= 1 && tokens[i].IsWord && char.IsLower(tokens[i].Text[0]) && tokens[i].Text.EndsWith("ern", StringComparison.Ordinal)) i = ClauseReader.GoverningWordAt(tokens, i);
            return i >= 0 && IsWhereWord(tokens[i]);
        }

        private static bool IsWhereWord(Token w) => w.Is("in") || w.Is("through") || w.Is("throughout") || w.Is("across") || w.Is("around");

        /// <summary>"rallied in support of Governor Karl Enn", "marched in favour of Ana Ruiz", "a rally backing Ana Ruiz": the one supported.</summary>
        private static bool IsSupported(List<Token> tokens, Mention m)
        {
            var k = m.TokenStart - 1;
            while (k >= 0 && k >= m.TokenStart - 3 && (tokens[k].Is("the") || IsTitleLike(tokens[k]))) k--; // "of US President Ana Ruiz"
            if (k < 0) return false;
            if (tokens[k].Is("supporting") || tokens[k].Is("backing")) return true;
            return k >= 2 && tokens[k].Is("of") && (tokens[k - 1].Is("support") || tokens[k - 1].Is("favour") || tokens[k - 1].Is("favor")) && tokens[k - 2].Is("in");
        }

        // A capitalized word standing before a name in the same phrase: a title or the country of an office ("Governor", "US").
        private static bool IsTitleLike(Token w) => w.IsWord && char.IsUpper(w.Text[0]);

        /// <summary>
        /// "protesting the arrest of Tomas Vell", "protests over the death of Ana Ruiz": whom the act protested was done to is
        /// not who protests (the "of" names the undergoer of another event noun after the protest, not of a protest noun).
        /// </summary>
        private static bool IsUndergoerOfProtestedAct(SentenceInfo s, int t, Mention m)
        {
            var tokens = s.Tokens;
            var of = m.TokenStart - 1;
            if (of <= t + 1 || !tokens[of].Is("of") || EventLexicon.Find(tokens[of - 1]) is not { } act || act.Cameo.StartsWith("14", StringComparison.Ordinal)) return false;
            for (var k = t + 1; k < of - 1; k++)
                if (!tokens[k].IsWord) return false; // the noun stands in the protest's own phrase
            return of - 1 - t <= 8;
        }

        /// <summary>"groups claiming the vote was stolen from Karl Enn gathered for a rally": a name in what is claimed, a clause the protest is not in.</summary>
        private static bool InClaim(SentenceInfo s, int t, Mention m)
        {
            if (s.Analysis.ClauseAround(m.TokenStart) is not { Kind: ClauseKind.Reported } reported || reported.Verb.Contains(t)) return false;
            return !(reported.Start <= t && t < SentenceAnalysis.EndOf(reported));
        }
    }
}
