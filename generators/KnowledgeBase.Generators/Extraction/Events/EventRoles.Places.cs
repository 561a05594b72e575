using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Analysis;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>A country named only to say where something is: a town's address, the country of a city or of a group based there.</summary>
    internal static partial class EventRoles
    {
        /// <summary>
        /// "in Ostrel, Portugal", "Ostrel in Portugal": a country named only after a town is the town's address; it takes no part in
        /// what happened there, nor does one further down a list of places after "in" (<see cref="InPlaceList"/>). A country the
        /// sentence also names elsewhere ("Portugal said ...") keeps its part.
        /// </summary>
        internal static bool OnlyLocatesATown(SentenceInfo s, EntityDraft party)
        {
            if (!party.IsCountry) return false;
            var found = false;
            foreach (var m in s.Mentions)
            {
                if (m.Entity != party) continue;
                // "the Portuguese capital, Lisbon", "the Portuguese city of Braga": the country's adjective before the place noun that
                // heads a town's name.
                if (m.IsDemonym && m.TokenEnd + 1 < s.Tokens.Count && CommonWords.IsPlaceNoun(s.Tokens[m.TokenEnd]) && HeadsATownName(s, m.TokenEnd + 1))
                {
                    found = true;
                    continue;
                }
                if (!IsAddressTail(s, m) && !InPlaceList(s, m) && (m.TokenStart < 2 || !s.Tokens[m.TokenStart - 1].Is("in") || s.MentionAt(m.TokenStart - 2) is not { } town
                    || town.Entity.Kind != EntityKind.Place || town.Entity.IsCountry)) return false;
                found = true;
            }
            return found;
        }

        /// <summary>
        /// "arrests were made in Norland, Velmar, the Ostmark Republic and Eastvale": a country after the first member of a list of
        /// places that "in", "across" or "throughout" governs says where too. "In Norland, Velmar protested" is no list (a member
        /// after a comma has a comma, "and" or "or" after it), nor "in Ostrel and Velmar's capital" (a possessive), nor "in Ostrel and
        /// Velmar condemned it" (the subject of a verb).
        /// </summary>
        private static bool InPlaceList(SentenceInfo s, Mention m)
        {
            var tokens = s.Tokens;
            if (m.TokenEnd < tokens.Count && (tokens[m.TokenEnd].Kind == TokenKind.Possessive || s.Analysis.TagAt(m.TokenEnd) is Tag.Verb or Tag.Auxiliary or Tag.Modal)) return false;
            var i = m.TokenStart - 1;
            if (i >= 0 && tokens[i].Is("the")) i--;
            if (i < 1) return false;
            if (tokens[i].Is("and") || tokens[i].Is("or")) i -= tokens[i - 1].IsPunct(',') ? 2 : 1;
            else if (tokens[i].IsPunct(',') && m.TokenEnd < tokens.Count && (tokens[m.TokenEnd].IsPunct(',') || tokens[m.TokenEnd].Is("and") || tokens[m.TokenEnd].Is("or"))) i--;
            else return false;
            if (i < 0 || s.MentionAt(i) is not { Entity.Kind: EntityKind.Place } before || before.TokenEnd != i + 1) return false;
            var governor = ClauseReader.GoverningWordAt(tokens, before.TokenStart);
            return governor >= 0 && (tokens[governor].Is("in") || tokens[governor].Is("across") || tokens[governor].Is("throughout")) || InPlaceList(s, before);
        }

        /// <summary>
        /// "in Ostrel, Portugal", "in Ostrel, Wexshire, Portugal" (a county the article does not name as a place), "of South
        /// Ostrel, Portugal" (a town it does not name), "at the Velden District Court, Portugal": a place after a comma that ends a
        /// town's or a named body's address, only saying where it is.
        /// Not a list: after a body, not "the Velden Front, Portugal and Chile" nor "..., Portugal, Chile".
        /// </summary>
        internal static bool IsAddressTail(SentenceInfo s, Mention m)
        {
            var tokens = s.Tokens;
            if (m.Entity.Kind != EntityKind.Place || m.TokenStart < 2 || !tokens[m.TokenStart - 1].IsPunct(',')) return false;
            if (EndsAnOpeningPhrase(s, m) || OwnsWhatFollows(m)) return false;
            var before = m.TokenStart - 2;
            // "the Velden Parliament (VP), Portugal": past the short form in brackets.
            before = BeforeShortBrackets(tokens, before, 0);
            // "Ostrel, Wexshire, Portugal": one or two capitalized words the article does not name, after a town and a comma.
            if (s.MentionAt(before) is null && tokens[before].IsWord && tokens[before].IsCapitalized)
            {
                var k = before;
                while (k > before - 2 && k > 1 && s.MentionAt(k - 1) is null && tokens[k - 1].IsWord && tokens[k - 1].IsCapitalized) k--;
                // "the mayor of South Velden, Portugal, said": a town the article does not name, after "of", "in" or "at".
                if (k >= 2 && (tokens[k - 1].Is("of") || tokens[k - 1].Is("in") || tokens[k - 1].Is("at")))
                    return !(m.TokenEnd < tokens.Count && (tokens[m.TokenEnd].Is("and") || tokens[m.TokenEnd].Is("or")));
                if (k < 2 || !tokens[k - 1].IsPunct(',')) return false;
                before = k - 2;
            }
            if (s.MentionAt(before) is not { } named || named.IsDemonym) return false;
            if (named.Entity.Kind == EntityKind.Place) return !named.Entity.IsCountry;
            return named.Entity.Kind == EntityKind.Organization
                && !(m.TokenEnd < tokens.Count && (tokens[m.TokenEnd].IsPunct(',') || tokens[m.TokenEnd].Is("and") || tokens[m.TokenEnd].Is("or")));
        }

        /// <summary>
        /// "In Ostrel, Chilean troops clashed with rebels": a demonym after the comma is the country whose people or forces come
        /// next, never a town's address. (A possessive may be one: "met in Ostrel, Norway's capital".)
        /// </summary>
        private static bool OwnsWhatFollows(Mention m) => m.IsDemonym;

        /// <summary>
        /// "After the talks in Ostrel, Portugal criticized Chile": the comma before the place closes a phrase that opens the
        /// sentence with a preposition, and the place heads the subject of the verb right after it, so it acts. ("Police in
        /// Ostrel, Portugal arrested him" opens with no preposition: there the place only says where the town is.)
        /// </summary>
        private static bool EndsAnOpeningPhrase(SentenceInfo s, Mention m)
        {
            var tokens = s.Tokens;
            if (m.TokenEnd >= tokens.Count || s.Analysis.TagAt(0) is not (Tag.Preposition or Tag.Subordinator)) return false;
            // The phrase ends with the town it names ("in Ostrel,"), not with a body's short form ("the Velden Assembly (VA), Portugal").
            if (s.MentionAt(m.TokenStart - 2) is not { Entity: { Kind: EntityKind.Place, IsCountry: false } }) return false;
            for (var k = 1; k < m.TokenStart - 1; k++)
                if (tokens[k].IsPunct(',')) return false;
            return s.Analysis.ClauseOfVerb(m.TokenEnd) is { Subject: { } subject } && subject.Head >= m.TokenStart && subject.Head < m.TokenEnd;
        }

        /// <summary>
        /// "shot shoppers at a mall in the border city of Velden", "died in the port town of Ostrel": a town or region named after a
        /// place noun and "of", in a phrase that "in", "at" or "near" opens a few words before, is where the act happened, not a party.
        /// </summary>
        internal static bool InPlaceNounPhrase(List<Token> tokens, Mention m)
        {
            if (m.Entity.Kind != EntityKind.Place || m.Entity.IsCountry || m.IsDemonym) return false;
            var of = ClauseReader.GoverningWordAt(tokens, m.TokenStart);
            if (of < 2 || !tokens[of].Is("of") || !CommonWords.IsPlaceNoun(tokens[of - 1])) return false;
            for (var k = of - 2; k >= 0 && k >= of - 6; k--)
            {
                if (tokens[k].Is("in") || tokens[k].Is("at") || tokens[k].Is("near")) return true;
                if (!tokens[k].IsWord) return false;
            }
            return false;
        }

        /// <summary>
        /// "Tomas Vidal was killed by Norland troops in Chile", "rocket attacks on the Velden Embassy in Chile": a country named only
        /// by its name after an "in" that ends a passive's doer ("by ... in") or a named body's address says where the act was; it
        /// takes no part beside the others named. ("Troops attacked rebels in Chile": the rebels' country is the target.)
        /// </summary>
        internal static bool OnlyWhereTheActWas(SentenceInfo s, EntityDraft party)
        {
            if (!party.IsCountry) return false;
            var found = false;
            foreach (var m in s.Mentions)
            {
                if (m.Entity != party) continue;
                var tokens = s.Tokens;
                if (m.IsDemonym || m.TokenStart < 2 || !tokens[m.TokenStart - 1].Is("in") || m.TokenEnd < tokens.Count && tokens[m.TokenEnd].Kind == TokenKind.Possessive
                    || !(s.MentionAt(m.TokenStart - 2) is { Entity: { IsCountry: false, Kind: EntityKind.Organization } } body && body.TokenEnd == m.TokenStart - 1 || AfterPassiveDoer(tokens, m.TokenStart - 1))) return false;
                found = true;
            }
            return found;
        }

        // "by Norland's special forces in": "by" a few words before the "in", with only words and no verb between.
        private static bool AfterPassiveDoer(List<Token> tokens, int at)
        {
            for (var k = at - 1; k >= 0 && k >= at - 5; k--)
            {
                if (tokens[k].Is("by")) return true;
                if (!tokens[k].IsWord && tokens[k].Kind != TokenKind.Possessive) return false;
            }
            return false;
        }

        // After the place noun: its name in apposition (", Braga") or after "of" ("of Braga").
        private static bool HeadsATownName(SentenceInfo s, int next) =>
            s.Tokens[next].IsPunct(',') || s.Tokens[next].Is("of") || s.MentionAt(next) is { Entity.Kind: EntityKind.Place };

        /// <summary>A country every mention of which in the sentence only says where a place or a group is (<see cref="NamesWhereSomethingIs"/>).</summary>
        internal static bool OnlyNamesWhere(SentenceInfo s, EntityDraft party)
        {
            if (!party.IsCountry) return false;
            var found = false;
            foreach (var m in s.Mentions)
            {
                if (m.Entity != party) continue;
                if (!NamesWhereSomethingIs(s.Tokens, m)) return false;
                found = true;
            }
            return found;
        }

        /// <summary>
        /// "protests in several Norland cities", "the Norland border town of Eastvale", "the Norland-based Velden Front": a country's
        /// name before a place noun, or joined to "-based" or "-born", says where a place or a group is; the country does not act.
        /// ("a Norland vessel", "Norland troops" are the country's own.)
        /// </summary>
        private static bool NamesWhereSomethingIs(List<Token> tokens, Mention m)
        {
            var last = tokens[m.TokenEnd - 1].Text;
            if (last.EndsWith("-based", StringComparison.OrdinalIgnoreCase) || last.EndsWith("-born", StringComparison.OrdinalIgnoreCase)) return true;
            if (m.IsDemonym) return false; // "Norlandic cities" is read where a demonym names no actor
            var next = m.TokenEnd;
            // "Norland states", "a Norland city": the places a country's name before them locates. One lower-case word may
            // stand before the place noun: "border city", "coastal town".
            if (next + 1 < tokens.Count && tokens[next].IsWord && char.IsLower(tokens[next].Text[0]) && !CommonWords.IsPlaceNoun(tokens[next])) next++;
            return next < tokens.Count && char.IsLower(tokens[next].Text[0]) && CommonWords.IsPlaceNoun(tokens[next]);
        }
    }
}
