using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction
{
    /// <summary>Speakers named by a role: "the minister", "the father", and the person who holds it.</summary>
    internal sealed partial class QuoteExtractor
    {
        /// <summary>A role noun at <paramref name="i"/>: the named person right after it ("envoy Jane Doe"), else the role's holder.</summary>
        private Speaker RoleNounSpeaker(SentenceInfo s, int start, int end, int i)
        {
            var tokens = s.Tokens;
            var roleEnd = i + 1;
            while (roleEnd < end && (Titles.IsRoleNoun(tokens[roleEnd]) || Titles.IsTitleWord(tokens[roleEnd]))) roleEnd++;
            var roleStart = i;
            while (roleStart > start && (tokens[roleStart - 1].Is("the") || tokens[roleStart - 1].IsCapitalized || s.MentionAt(roleStart - 1) is not null || tokens[roleStart - 1].IsWord && char.IsLower(tokens[roleStart - 1].Text[0]) && !CommonWords.IsFunctionWord(tokens[roleStart - 1]))) roleStart--;
            // "Dr. Jane Doe": an abbreviated title keeps its full stop.
            var nameAt = roleEnd < end && tokens[roleEnd].IsPunct('.') ? roleEnd + 1 : roleEnd;
            if (s.MentionAt(nameAt) is { } named && named.Entity.Kind == EntityKind.Person)
                return new Speaker(named.Entity, Join(tokens, named.TokenStart, named.TokenEnd));
            if (RoleOfNamedBody(s, roleStart, roleEnd, i, end) is { } ofBody) return ofBody;
            var holder = RoleSpeaker(tokens, roleStart, roleEnd, i);
            return holder.Entity is null && ContinuedSpeaker(s, roleStart, i, roleEnd) is { } continued ? continued : holder;
        }

        /// <summary>
        /// "The U.S. defense secretary": a country (or other non-person) at <paramref name="i"/> before a role names the
        /// role-holder, the named person right after the role if there is one; null when no role follows the mention.
        /// </summary>
        private Speaker? CountryRoleSpeaker(SentenceInfo s, int start, int end, int i, Mention mention)
        {
            var tokens = s.Tokens;
            if (mention.Entity.Kind == EntityKind.Person || mention.TokenEnd >= end) return null;
            if (!(Titles.IsRoleNoun(tokens[mention.TokenEnd]) || Titles.IsTitleWord(tokens[mention.TokenEnd]) && !tokens[mention.TokenEnd].IsCapitalized
                  || mention.TokenEnd + 1 < end && Titles.IsRoleNoun(tokens[mention.TokenEnd + 1]))) return null;
            var roleEnd = mention.TokenEnd;
            while (roleEnd < end && (Titles.IsRoleNoun(tokens[roleEnd]) || Titles.IsTitleWord(tokens[roleEnd]))) roleEnd++;
            if (roleEnd == mention.TokenEnd) return null;
            if (s.MentionAt(roleEnd) is { } named && named.Entity.Kind == EntityKind.Person)
                return new Speaker(named.Entity, Join(tokens, named.TokenStart, named.TokenEnd));
            var roleStart = i > start && tokens[i - 1].Is("the") ? i - 1 : i;
            var holder = RoleSpeaker(tokens, roleStart, roleEnd, mention.TokenEnd);
            return holder.Entity is null && ContinuedSpeaker(s, roleStart, mention.TokenEnd, roleEnd) is { } continued ? continued : holder;
        }

        /// <summary>"chief veterinary officer", "medical director": a role noun up to three lower-case words on, past the words that qualify it.</summary>
        private static int PastRoleNoun(List<Token> tokens, int from, int end)
        {
            for (var k = from; k < end && k < from + 3 && tokens[k].IsWord && !tokens[k].IsCapitalized && !CommonWords.IsFunctionWord(tokens[k]); k++)
                if (Titles.IsRoleNoun(tokens[k])) return k + 1;
            return from;
        }

        /// <summary>A role ("the president", "Germany's Foreign Minister") resolved to the person whose title it is.</summary>
        private Speaker RoleSpeaker(List<Token> tokens, int start, int end, int roleStart)
        {
            var text = Join(tokens, start, end);
            var role = Join(tokens, roleStart, end);
            EntityDraft? best = null;
            foreach (var e in _entities)
            {
                if (e.Kind != EntityKind.Person) continue;
                var head = tokens[end - 1].Lower;
                // "the foreign minister" is the person introduced as "Foreign Secretary": the two titles name one office.
                var synonym = !IsPortfolioRole(text) ? head : head switch { "minister" => "secretary", "secretary" => "minister", _ => head };
                var holds = e.HasRole(head) || e.HasRole(synonym);
                foreach (var form in e.Forms)
                    holds |= form.IndexOf(role, StringComparison.OrdinalIgnoreCase) >= 0 && form.Length > role.Length;
                if (holds && (best is null || e == _salient || e.Mentions > best.Mentions && best != _salient)) best = e;
            }
            return new Speaker(best ?? FamilyMember(tokens[end - 1].Lower), text);
        }

        /// <summary>
        /// "the father said" in an article about "Jan and Ewa Kowal": a kinship noun is the one member of a named family (people
        /// sharing a surname) whose given name the English lists give the noun's sex; null when not exactly one.
        /// </summary>
        private EntityDraft? FamilyMember(string kin)
        {
            var pronoun = kin switch { "father" or "husband" or "son" or "brother" => "he", "mother" or "wife" or "daughter" or "sister" => "she", _ => null };
            if (pronoun is null) return null;
            EntityDraft? member = null;
            foreach (var e in _entities)
            {
                var space = e.Name.IndexOf(' ');
                if (e.Kind != EntityKind.Person || space <= 0 || GivenNames.PronounOf(e.Name.Substring(0, space)) != pronoun) continue;
                if (!_entities.Exists(o => o != e && o.Kind == EntityKind.Person && o.SurnameKey == e.SurnameKey)) continue;
                if (member is not null) return null;
                member = e;
            }
            return member;
        }

        /// <summary>"foreign minister", "defence secretary": a cabinet portfolio, named a minister in one country and a secretary in another.</summary>
        private static bool IsPortfolioRole(string role)
        {
            foreach (var word in new[] { "foreign", "defence", "defense", "interior", "home", "finance", "health" })
                if (role.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0) return true;
            return false;
        }

        // "X, of Velden Radio, stated, "..."": whether a quotation opens right after the cue (past a comma or a colon).
        private static bool QuotationOpensAfter(List<Token> tokens, int cue)
        {
            var next = cue + 1 < tokens.Count && (tokens[cue + 1].IsPunct(',') || tokens[cue + 1].IsPunct(':')) ? cue + 2 : cue + 1;
            return next < tokens.Count && IsOpeningQuote(tokens[next]);
        }

        // "Norvale's fourth Harbour Ward": an ordinal stays inside the phrase a person speaks for.
        private static bool IsOrdinal(Token t) =>
            Array.IndexOf(Ordinals, t.Text) >= 0 || t.Text.EndsWith("teenth", StringComparison.Ordinal) || t.Text.EndsWith("ieth", StringComparison.Ordinal);

        private static readonly string[] Ordinals = { "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth" };

        /// <summary>
        /// "researchers at Velden University in Ostrel reported", "Ostrel hospital officials said": a town or region named
        /// inside the cue's subject does not speak; the subject's head does (its name when it has one, else the phrase).
        /// "Ostrel said", "the city of Ostrel announced": a subject that is the town itself is its government speaking.
        /// A country that only ends a town's address ("the Velden Ministry of Health in Ostrel, Norland confirmed") speaks no more.
        /// </summary>
        private static Speaker SubjectHeadOverTown(SentenceInfo s, int cue, Speaker speaker)
        {
            if (speaker.Entity is not { Kind: EntityKind.Place } town) return speaker;
            if (AddressOwner(s, cue, town) is { } owner) return new Speaker(owner.Entity, Join(s.Tokens, owner.TokenStart, owner.TokenEnd));
            if (town.IsCountry) return speaker;
            if (s.Analysis.ClauseOfVerb(cue) is not { Subject: { } subject } clause || clause.Verb.Head != cue || subject.Start >= clause.Verb.Start) return speaker;
            if (CommonWords.IsPlaceNoun(s.Tokens[subject.Head])) return speaker;
            if (s.MentionAt(subject.Head) is { } head)
                return head.Entity == town || head.Entity.Kind == EntityKind.Place ? speaker : new Speaker(head.Entity, Join(s.Tokens, head.TokenStart, head.TokenEnd));
            // Only a plain subject phrase of a finite cue: no comma, quotation or clause of its own before the cue.
            for (var i = subject.Start; i < clause.Verb.Start; i++)
                if (s.Tokens[i].IsPunct(',') || s.Tokens[i].IsOpeningQuote) return speaker;
            if (!clause.Verb.IsFinite || HasVerbGroup(s, subject.Start, clause.Verb.Start, finite: true)) return speaker;
            return new Speaker(null, Join(s.Tokens, subject.Start, clause.Verb.Start));
        }

        /// <summary>
        /// "the Velden Ministry of Health in Ostrel, Norland confirmed": the body or person named right before "in"/"at" and the
        /// town whose address the place right before the cue ends.
        /// </summary>
        private static Mention? AddressOwner(SentenceInfo s, int cue, EntityDraft place)
        {
            if (cue < 5 || s.MentionAt(cue - 1) is not { } tail || tail.Entity != place || tail.TokenEnd != cue || !Events.EventRoles.IsAddressTail(s, tail)) return null;
            if (s.MentionAt(tail.TokenStart - 2) is not { Entity.Kind: EntityKind.Place } town || town.TokenStart < 2) return null;
            if (!s.Tokens[town.TokenStart - 1].Is("in") && !s.Tokens[town.TokenStart - 1].Is("at")) return null;
            return s.MentionAt(town.TokenStart - 2) is { Entity.Kind: EntityKind.Organization or EntityKind.Person } owner && !owner.IsDemonym ? owner : null;
        }

        /// <summary>
        /// "Ana Ruiz, a columnist for Velden Radio, said ...": a person opening the clause, described by the apposition that
        /// closes right before the cue, is its subject (not a name, role or document inside the apposition).
        /// </summary>
        private static Mention? DescribedPerson(SentenceInfo s, int cue, List<(int Open, int Close)> quoted)
        {
            var tokens = s.Tokens;
            if (cue < 4 || !tokens[cue - 1].IsPunct(',') || Inside(quoted, cue - 2)) return null;
            var open = PunctuationBefore(tokens, cue - 2);
            // "Ana Ruiz, the mayor of Ostrel, Wexshire, said": a place that only tells where the town is belongs to the apposition.
            if (open > 1 && s.MentionAt(open + 1) is { } tail && tail.TokenStart == open + 1 && tail.TokenEnd == cue - 1 && Events.EventRoles.IsAddressTail(s, tail))
                open = PunctuationBefore(tokens, open - 1);
            // A clause inside the apposition ("mayor since the port opened") is the apposition's own.
            if (open < 1 || !tokens[open].IsPunct(',') || TellsAClauseBefore(s, open) || s.MentionAt(open - 1) is not { } person || person.TokenEnd != open) return null;
            if (person.Entity.Kind != EntityKind.Person || person.TokenStart > 0 && tokens[person.TokenStart - 1].IsWord) return null;
            return person;
        }

        // The nearest punctuation mark at or before <paramref name="i"/> other than a hyphen.
        private static int PunctuationBefore(List<Token> tokens, int i)
        {
            while (i > 0 && !(tokens[i].Kind == TokenKind.Punctuation && !tokens[i].IsPunct('-'))) i--;
            return i;
        }

        /// <summary>
        /// Whether a verb group heads in the span: any ("told him to leave"), or a finite one only ("that in 2018 the losses
        /// doubled" is a clause; "said that in the blog post", "that" the object, is none).
        /// </summary>
        private static bool HasVerbGroup(SentenceInfo s, int start, int end, bool finite = false)
        {
            // A group's head is a verb: most spans are turned away on their words before the analysis is asked.
            return Analysis.WordBounds.MayHaveVerbIn(s.Tokens, start, end) && s.Analysis.HasVerbGroupHeadIn(start, end, finite);
        }

        /// <summary>
        /// "The bridge will reopen, said Ana Ruiz": a comma before the cue closes a clause told before it, and the speaker may
        /// follow the cue. "Ana Ruiz, mayor of Velden, said the bridge would reopen": a comma that closes an apposition leaves
        /// the cue's subject before it, and what follows the cue is what was said.
        /// </summary>
        private static bool TellsAClauseBefore(SentenceInfo s, int comma)
        {
            // The clause's verb has its subject before it: a verb from the second word on ("Ana Ruiz, ..." has none).
            if (!Analysis.WordBounds.MayHaveVerbIn(s.Tokens, 1, comma)) return false;
            foreach (var clause in s.Analysis.Clauses)
                if (clause.Kind != Analysis.ClauseKind.Relative && clause.Verb.IsFinite && clause.Verb.Head < comma && clause.Subject is { } subject && subject.Start < clause.Verb.Start) return true;
            return false;
        }

        /// <summary>
        /// "The mayor's office said", "the governor's spokeswoman told": an unnamed role's office, aide or campaign at <paramref name="i"/>
        /// speaks, named by the whole phrase; the role holder said nothing himself.
        /// </summary>
        private static Speaker RoleOwnedSpeechNoun(SentenceInfo s, int start, int i)
        {
            var tokens = s.Tokens;
            if (i - 2 < start || !IsSpeechNoun(tokens[i].Text) || IsWrittenWordsNoun(tokens[i]) || tokens[i - 1].Kind != TokenKind.Possessive || s.MentionAt(i - 2) is not null || !Titles.IsRoleNoun(tokens[i - 2])) return default;
            return new Speaker(null, Join(tokens, LeftEdge(s, start, i - 2), i + 1));
        }

        /// <summary>A role noun at <paramref name="i"/> (before <paramref name="end"/>) that names a person, not one who speaks for a body ("spokesman").</summary>
        private static bool HeldRoleAfter(List<Token> tokens, int i, int end) => i < end && tokens[i].IsWord && Titles.IsRoleNoun(tokens[i]) && !IsMemberNoun(tokens[i]);

        /// <summary>
        /// "a family spokesperson", "eyewitness reports": a group noun after the first one heads the group; where it ends, through a
        /// second group joined by "and" or "or" with at most two lower-case words before its noun ("police and harbour officials").
        /// </summary>
        private static int GroupEnd(List<Token> tokens, int from, int end)
        {
            while (from < end && IsA(tokens[from], QuoteWords.SpeakingGroup)) from++;
            if (from + 1 >= end || !(tokens[from].Is("and") || tokens[from].Is("or"))) return from;
            for (var k = from + 1; k < end && k <= from + 3; k++)
            {
                if (IsA(tokens[k], QuoteWords.SpeakingGroup)) return GroupEnd(tokens, k, end);
                if (!tokens[k].IsWord || tokens[k].IsCapitalized || CommonWords.IsFunctionWord(tokens[k])) break;
            }
            return from;
        }
    }
}
