using System.Collections.Generic;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Subjects joined by "and" or commas: every conjunct acts.</summary>
    internal static partial class EventRoles
    {
        /// <summary>"X and Y were convicted", "X, Y and Z met": every conjunct is a subject, the first first.</summary>
        private static List<EntityDraft> Conjuncts(SentenceInfo s, Mention m, int start, int t)
        {
            var tokens = s.Tokens;
            var conjuncts = new List<EntityDraft> { m.Entity };
            // "the agency's named telescope", "ESA's Rosalind Franklin rover": the organization that owns the named thing acts through it.
            if (m.TokenStart >= 2 && tokens[m.TokenStart - 1].Kind == TokenKind.Possessive && s.MentionAt(m.TokenStart - 2) is { Entity.Kind: EntityKind.Organization } owner)
                conjuncts.Insert(0, owner.Entity);
            var k = m.TokenStart - 1;
            while (k > start)
            {
                // "Mayor Ana Ruiz and Senator Tomas Vell": a person's capitalized title after "and" is no part of the joining.
                k = BeforeTitle(s, conjuncts[0], k, start);
                // "the Velden Front and the Ostrel Brigade": the article after "and" is no part of the joining.
                var article = tokens[k].Is("the") && k - 1 > start && tokens[k - 1].Is("and");
                if (article) k--;
                var and = tokens[k].Is("and");
                // "A, B, and C": the serial comma before "and" joins like "and" alone.
                if (and && k - 1 > start && tokens[k - 1].IsPunct(',')) k--;
                if (!(and || tokens[k].IsPunct(',')) || JoinedBefore(s, m, k, start, t, and, article) is not { } c) break;
                if (!conjuncts.Contains(c.Entity)) conjuncts.Insert(0, c.Entity);
                k = c.TokenStart - 1;
            }
            return conjuncts;
        }

        // The "and" before a person's title of capitalized title words ending at k ("and Prime Minister"), or k when none stands there.
        private static int BeforeTitle(SentenceInfo s, EntityDraft person, int k, int start)
        {
            if (person.Kind != EntityKind.Person) return k;
            var i = k;
            while (i > start && k - i < 4 && s.Tokens[i].IsCapitalized && Lexicons.Titles.IsTitleWord(s.Tokens[i]) && s.MentionAt(i) is null) i--;
            // Only after "and": "Ana Ruiz, Lord Tarsk," names one person twice.
            return i < k && i > start && s.Tokens[i].Is("and") ? i : k;
        }

        /// <summary>
        /// "Authorities in Peru and Chile announced", "firms including Arcon, Belvo and Cardiff Metals have announced": the names
        /// joined with the speaker's own when it is the subject right before the cue (<paramref name="cue"/>), the speaker among
        /// them; none otherwise ("the mayor of Tarsk, Ana Ruiz, announced" joins no one).
        /// </summary>
        internal static List<EntityDraft> JoinedSpeakers(SentenceInfo s, EntityDraft speaker, int cue)
        {
            Mention? last = null;
            foreach (var m in s.Mentions)
                if (m.Entity == speaker && m.TokenEnd <= cue) last = m;
            if (last is null || !OnlyAuxiliariesBetween(s.Tokens, last.TokenEnd, cue) || !CanBeSubject(s, last, cue)) return NoSubjects;
            return Conjuncts(s, last, 0, cue);
        }

        // "X and Y have announced", "X and Y jointly announced": nothing but these between the subject and its verb.
        private static bool OnlyAuxiliariesBetween(List<Token> tokens, int from, int to)
        {
            if (to - from > 2) return false;
            for (var i = from; i < to; i++)
                if (!TriggerFinder.IsAny(tokens[i], SpeakerAuxiliaries)) return false;
            return true;
        }

        private static readonly string[] SpeakerAuxiliaries = { "have", "has", "had", "also", "both", "jointly", "together", "later", "then" };

        /// <summary>
        /// The conjunct named before the joining word at <paramref name="k"/>: the name right before it, or the name a short form
        /// in brackets or a place phrase describes ("the Velden Coast Guard (VCG) and the Norland Navy", "Presidents Mira Holt of
        /// Chile and Karel Brandt of Peru", "researchers from Ostrel College (OC) in Tarsk and the Velden Institute").
        /// </summary>
        private static Mention? JoinedBefore(SentenceInfo s, Mention m, int k, int start, int t, bool and, bool article)
        {
            if (s.MentionAt(k - 1) is { } c && Joins(s, c, m, t, and, article)) return c;
            if (!and) return null;
            var end = PastDescription(s, k - 1, start);
            if (end < k - 1 && s.MentionAt(end) is { } described && Joins(s, described, m, t, and, article)) return described;
            // "Ana Ruiz, an entrepreneur, and Tomas Vell": the serial comma closes a description of the person before it.
            return s.Tokens[k].IsPunct(',') && DescribedPersonBefore(s, k - 1, start) is { } person && Joins(s, person, m, t, and, article) ? person : null;
        }

        /// <summary>
        /// "Ana Ruiz, an entrepreneur,", "Karel Brandt, formerly the mayor of Velden,": the person a short description set off by a
        /// comma after the name describes, the description ending at <paramref name="at"/>; null when no such description ends there.
        /// </summary>
        private static Mention? DescribedPersonBefore(SentenceInfo s, int at, int start)
        {
            var tokens = s.Tokens;
            for (var i = at; i > start + 1 && i >= at - 8; i--)
            {
                if (tokens[i].Is("and") || tokens[i].Is("or") || tokens[i].Is("who") || tokens[i].Is("which") || tokens[i].IsPunct(';') || tokens[i].IsPunct(':')) return null;
                if (!tokens[i].IsPunct(',')) continue;
                // A description opens with an article or a lower-case word ("a Senator from Arlon", "formerly the mayor"), not a name.
                var first = tokens[i + 1];
                if (i == at || !(first.Is("a") || first.Is("an") || first.Is("the") || !first.StartsUpper)) return null;
                return s.MentionAt(i - 1) is { Entity.Kind: EntityKind.Person } person ? person : null;
            }
            return null;
        }

        // Names of two kinds, or one after "and the", join only as subjects ("the State of Norland and the Levant" is one name).
        private static bool Joins(SentenceInfo s, Mention c, Mention m, int t, bool and, bool article)
        {
            var sameKind = c.Entity.Kind == m.Entity.Kind;
            return (sameKind || and && JoinsAsActors(c.Entity, m.Entity)) && !((article || !sameKind) && !CanBeSubject(s, c, t));
        }

        /// <summary>
        /// Where the name ends that what stands before <paramref name="at"/> describes: past a short form in brackets ("(VCG)")
        /// and a place after "of" or "in" ("of Chile", "in the Netherlands") that follows a name.
        /// </summary>
        private static int PastDescription(SentenceInfo s, int at, int start)
        {
            var tokens = s.Tokens;
            for (var pass = 0; pass < 3 && at > start; pass++)
            {
                if (tokens[at].IsPunct(')'))
                {
                    var past = BeforeShortBrackets(tokens, at, start);
                    if (past == at) return at;
                    at = past;
                    continue;
                }
                var campus = CampusAddress.OrganizationBefore(s, at, start);
                if (campus != at) { at = campus; continue; }
                if (s.MentionAt(at) is not { Entity.Kind: EntityKind.Place, IsDemonym: false } place) break;
                var before = place.TokenStart - 1;
                if (before > start && tokens[before].Is("the")) before--;
                // A name or a short form in brackets before it: "Ostrel College in Tarsk", "Ostrel College (OC) in Tarsk".
                if (before <= start || !(tokens[before].Is("of") || tokens[before].Is("in")) || s.MentionAt(before - 1) is null && !tokens[before - 1].IsPunct(')')) break;
                at = before - 1;
            }
            return at;
        }

        /// <summary>
        /// "the Velden Coast Guard (VCG)", "the Velden Parliament (VP), Portugal": the token before the opening bracket of a short
        /// aside that closes at <paramref name="close"/> (at most five tokens back, after <paramref name="floor"/>); <paramref name="close"/> when there is none.
        /// </summary>
        internal static int BeforeShortBrackets(List<Token> tokens, int close, int floor)
        {
            if (!tokens[close].IsPunct(')')) return close;
            for (var open = close - 1; open > floor && open >= close - 5; open--)
                if (tokens[open].IsPunct('(')) return open - 1;
            return close;
        }

        // "Karel Brandt and the Velden Party signed": people, organizations and countries joined by "and" act together; a town
        // joins no actor (a comma joins only names of one kind: "in Chile, Karel Brandt said" is no list).
        private static bool JoinsAsActors(EntityDraft a, EntityDraft b) => IsActor(a) && IsActor(b);

        private static bool IsActor(EntityDraft e) => e.Kind != EntityKind.Place || e.IsCountry;
    }
}
