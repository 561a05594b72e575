using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// The party whose candidate runs takes part in an election or a primary (the gold lists "the candidate, the party"),
    /// wherever in the sentence the candidacy names it: "Lena Hart, the nominee of the Velden Unity Party, won the vote",
    /// "Velden Party candidate Petra Lind was elected", "ran in 2012 as the candidate of the Farmers Party", "sought the Harbor
    /// Party's presidential nomination". A party named otherwise ("members of the Velden Party voted", "with the Velden Party's
    /// backing") is no candidacy.
    /// </summary>
    internal static class CandidacyParties
    {
        // How many modifiers may stand between: "2016 presumptive vice presidential".
        private const int MaxModifiers = 4;

        /// <summary>
        /// Adds to an election's or a primary's participants (and returns them) every political party its sentence names in a candidacy; not one
        /// whose candidacy carries a year other than the event's (<paramref name="year"/>, 0 when undated): "X, the Velden Party's
        /// 2016 nominee, ran again in 2020" tells of another run.
        /// </summary>
        internal static List<EntityDraft> With(SentenceInfo s, int t, EventTrigger trigger, List<EntityDraft> participants, int year, List<SentenceInfo> sentences)
        {
            if (trigger.Cameo != "000" || trigger.Kind is not ("election" or "primary")) return participants;
            if (!trigger.IsNoun && FrontedGerundWinner(s, t) is { } winner)
            {
                participants.Remove(winner); // the winner first, then the party
                participants.Insert(0, winner);
            }
            // "The Velden Party nominated Ana Ruiz, the Norland Party's former nominee": a party's own contest takes no other party's candidacy.
            var nominating = trigger.Kind == "primary" && participants.Exists(p => IsNominatingParty(s, p));
            var (from, to) = nominating ? (0, 0) : PartSpan(s, t, year);
            foreach (var m in s.Mentions)
                if (m.TokenStart >= from && m.TokenEnd <= to && NamesACandidacy(s, m, year) && !participants.Contains(m.Entity)) participants.Add(m.Entity);
            participants.RemoveAll(p => IsTheOfficeSought(s, p) || nominating && IsAParty(s, p) && !IsNominatingParty(s, p));
            TicketMembers.Add(s, participants);
            if (participants.Exists(static p => p.Kind == EntityKind.Person) && !s.Mentions.Exists(m => IsPoliticalParty(s, m)) && HolderBefore(s, sentences) is { } holder && !participants.Contains(holder))
                participants.Add(holder);
            return participants;
        }

        /// <summary>
        /// "The Velden Unity Party held primaries in four provinces on Sunday. Lena Hart carried all four.": a candidate's win told in
        /// the sentence right after a party holds the contests (same paragraph, no party named in the win's own sentence) is
        /// won in that party's contests; null when the sentence before tells of no party holding any.
        /// </summary>
        private static EntityDraft? HolderBefore(SentenceInfo s, List<SentenceInfo> sentences)
        {
            var k = s.Index - 1;
            if (k < 0 || k >= sentences.Count || sentences[k].BlockIndex != s.BlockIndex) return null;
            var before = sentences[k];
            foreach (var m in before.Mentions)
            {
                if (!IsPoliticalParty(before, m) || m.TokenEnd >= before.Tokens.Count || !TriggerFinder.IsAny(before.Tokens[m.TokenEnd], HoldingVerbs)) continue;
                for (var j = m.TokenEnd + 1; j < before.Tokens.Count && j <= m.TokenEnd + 3; j++)
                    if (TriggerFinder.IsAny(before.Tokens[j], ContestNouns)) return m.Entity;
            }
            return null;
        }

        /// <summary>
        /// "After winning the Velden Party's primaries in Arlon and Ostrel on Tuesday, Lena Hart thanked ...": a gerund that a
        /// fronting word opens the sentence with ("After", "Despite", "Upon") has the subject of the main clause after the comma
        /// that closes its phrase, however long the phrase; that subject, a named person, wins. Null for a passive main clause.
        /// </summary>
        private static EntityDraft? FrontedGerundWinner(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            var comma = t == 1 ? FrontedPhraseEnd(tokens) : -1; // the trigger is the gerund right after "After"
            if (comma < 0) return null;
            foreach (var clause in s.Analysis.Clauses)
            {
                if (clause.Kind != Analysis.ClauseKind.Main || clause.Subject is not { } subject || subject.Start <= comma) continue;
                if (clause.Verb.Voice == Analysis.Voice.Passive) return null;
                for (var i = subject.Start; i < subject.End; i++)
                    if (s.MentionAt(i) is { Entity.Kind: EntityKind.Person } m && !m.IsDemonym) return m.Entity;
                return null;
            }
            return null;
        }

        // Words that open a sentence with a gerund whose doer is the main clause's subject ("After winning ..., X ...").
        private static readonly string[] GerundFronts = { "after", "despite", "upon" };

        // The verb right after the party ("the Harbor Party held ...") and the contest it holds within three words ("held primary elections").
        private static readonly string[] HoldingVerbs = { "held", "holds", "hold" };
        private static readonly string[] ContestNouns = { "primary", "primaries", "caucus", "caucuses", "election", "elections" };

        /// <summary>
        /// The tokens whose parties' candidacies are the event's: "After securing the Velden Party's nomination, Ana Ruiz sought the
        /// nomination of the Norland Party": the fronted gerund's phrase and the main clause after its comma, or the parts of a
        /// sentence a semicolon divides, each name their own candidacy; the part the trigger stands in, when it names a party's
        /// candidacy, and the whole sentence otherwise ("After securing the Velden Party's nomination, Ana Ruiz won the election").
        /// </summary>
        private static (int From, int To) PartSpan(SentenceInfo s, int t, int year)
        {
            var tokens = s.Tokens;
            var (from, to) = (0, tokens.Count);
            for (var i = t - 1; i >= 0 && from == 0; i--)
                if (tokens[i].IsPunct(';')) from = i + 1;
            for (var i = t + 1; i < to; i++)
                if (tokens[i].IsPunct(';')) to = i;
            if (FrontedPhraseEnd(tokens) is var comma && comma > 0)
                (from, to) = t < comma ? (from, System.Math.Min(to, comma)) : (System.Math.Max(from, comma + 1), to);
            foreach (var m in s.Mentions)
                if (m.TokenStart >= from && m.TokenEnd <= to && NamesACandidacy(s, m, year)) return (from, to);
            return (0, tokens.Count);
        }

        // "After winning the Velden Party's primary in Arlon, ...": the comma that closes a fronted gerund's phrase, or -1.
        private static int FrontedPhraseEnd(List<Token> tokens)
        {
            if (tokens.Count < 3 || System.Array.IndexOf(GerundFronts, tokens[0].Lower) < 0 || !tokens[1].Lower.EndsWith("ing", System.StringComparison.Ordinal)) return -1;
            for (var i = 2; i < tokens.Count && i <= 21; i++)
                if (tokens[i].IsPunct(',')) return i;
            return -1;
        }

        private static bool NamesACandidacy(SentenceInfo s, Mention m, int year) =>
            IsPoliticalParty(s, m) && (OwnsACandidacy(s.Tokens, m.TokenEnd, year) || AfterACandidacy(s.Tokens, m.TokenStart));

        private static bool IsAParty(SentenceInfo s, EntityDraft p) => s.Mentions.Exists(m => m.Entity == p && IsPoliticalParty(s, m));

        // A party the sentence names outside any candidacy: the one that holds the contest ("the Velden Party nominated ...").
        private static bool IsNominatingParty(SentenceInfo s, EntityDraft p) =>
            s.Mentions.Exists(m => m.Entity == p && IsPoliticalParty(s, m) && !NamesACandidacy(s, m, 0));

        /// <summary>
        /// "ran for the Velden Party's Senate nomination", "Velden Party assembly candidate Ana Ruiz": a body that is not a party,
        /// named (every time in the sentence) right before a candidacy noun, is the office the candidacy is for, no party to it.
        /// </summary>
        private static bool IsTheOfficeSought(SentenceInfo s, EntityDraft p)
        {
            if (p.Kind != EntityKind.Organization) return false;
            var named = false;
            foreach (var m in s.Mentions)
            {
                if (m.Entity != p) continue;
                if (IsPoliticalParty(s, m) || m.TokenEnd < s.Tokens.Count && EventRoles.IsPossessiveMark(s.Tokens, m.TokenEnd) || !OwnsACandidacy(s.Tokens, m.TokenEnd, 0)) return false;
                named = true;
            }
            return named;
        }

        // An organization whose name ends in a party's head word ("Party", "Front", "Alliance").
        private static bool IsPoliticalParty(SentenceInfo s, Mention m) =>
            m.Entity.Kind == EntityKind.Organization && !m.IsDemonym && Gazetteer.IsPartyHead(s.Tokens[m.TokenEnd - 1].Text);

        // "the Velden Party's nominee", "Velden Party candidate Petra Lind": the name, its "'s", a year and modifiers, then the noun.
        private static bool OwnsACandidacy(List<Token> tokens, int end, int year)
        {
            var i = end;
            if (i < tokens.Count && EventRoles.IsPossessiveMark(tokens, i)) i++;
            for (var k = 0; k < MaxModifiers && i < tokens.Count && (tokens[i].Kind == TokenKind.Number || IsModifier(tokens[i])); k++)
                if (tokens[i++] is { Kind: TokenKind.Number } number && year != 0 && number.Text != year.ToString(System.Globalization.CultureInfo.InvariantCulture)) return false;
            return i < tokens.Count && IsCandidacyNoun(tokens[i]);
        }

        // "the nominee of the Velden Party", "a candidate for the Farmers Party": the noun, "of" or "for", "the", the name.
        private static bool AfterACandidacy(List<Token> tokens, int start)
        {
            var i = start - 1;
            if (i >= 0 && tokens[i].Is("the")) i--;
            return i >= 1 && (tokens[i].Is("of") || tokens[i].Is("for")) && IsCandidacyNoun(tokens[i - 1]);
        }

        private static bool IsCandidacyNoun(Token w) => w.IsWord && EventLexicon.IsCandidacyNoun(w.Text);

        private static bool IsModifier(Token w) => w.IsWord && EventLexicon.IsCandidacyModifier(w.Text);
    }
}
