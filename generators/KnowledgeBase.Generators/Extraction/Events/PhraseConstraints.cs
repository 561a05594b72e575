using System;
using KnowledgeBase.Generators.Extraction.Lexicon;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// The checks of event-phrases.tsv that are no word sequence (<see cref="PhraseConstraint"/>): the case of a word, a
    /// named entity's kind, the shape of the object a statement makes public. Each reads the tokens around the matched
    /// phrase: <c>before</c> is the index of the token just before it (-1 at the sentence start), <c>after</c> the index
    /// of the token just after it.
    /// </summary>
    internal static class PhraseConstraints
    {
        internal static bool Hold(PhraseConstraint constraint, SentenceInfo s, int t, int before, int after) => constraint switch
        {
            PhraseConstraint.LowerCase => !s.Tokens[before + 1].IsCapitalized,
            PhraseConstraint.CapitalizedNext => after < s.Tokens.Count && s.Tokens[after].IsCapitalized,
            PhraseConstraint.PersonNext => PersonNext(s, after),
            PhraseConstraint.OrganizationNext => FirstNameAfter(s, after) is { } organization && organization.Entity.Kind == EntityKind.Organization && !organization.Entity.IsMedia,
            PhraseConstraint.FunctionWordNext => after < s.Tokens.Count && IsFunctionWord(s.Tokens[after]),
            PhraseConstraint.ActorBefore => before >= 0 && s.MentionAt(before) is { } actor && (actor.Entity.Kind != EntityKind.Place || actor.Entity.IsCountry && !actor.IsDemonym),
            PhraseConstraint.NoReportedClause => !OpensReportedClause(s, after),
            PhraseConstraint.NamesNoAct => !NamesAnAct(s, after),
            PhraseConstraint.WithComplement => HasComplement(s, after),
            PhraseConstraint.DisapprovingDescription => DescribesWithDisapproval(s, after),
            PhraseConstraint.NamedSubject => HasNamedSubject(s, t, media: true),
            PhraseConstraint.ActorSubject => HasNamedSubject(s, t, media: false),
            PhraseConstraint.PartyNext => FirstNameAfter(s, after) is { } party && !party.Entity.IsMedia && (party.Entity.Kind != EntityKind.Place || party.Entity.IsCountry),
            PhraseConstraint.CountryNext => after < s.Tokens.Count && s.MentionAt(after) is { IsDemonym: false, Entity.IsCountry: true },
            PhraseConstraint.CountrySubject => SubjectNames(s, t, static m => m.Entity.IsCountry && !m.IsDemonym),
            PhraseConstraint.PersonSubject => SubjectNames(s, t, static m => m.Entity.Kind == EntityKind.Person),
            PhraseConstraint.MediumNext => FirstNameAfter(s, after) is { Entity.IsMedia: true },
            PhraseConstraint.MediumSubject => SubjectNames(s, t, static m => m.Entity.IsMedia),
            PhraseConstraint.CrowdSubject => HasCrowdSubject(s, t),
            PhraseConstraint.UnnamedPeopleSubject => UnnamedParties.HasUnnamedPeopleSubject(s, t),
            _ => throw new ArgumentOutOfRangeException(nameof(constraint), constraint, "a phrase constraint without a check"),
        };

        // "Norway left the EU" (a country), "The Velden Herald interviewed" (an outlet): a name of the kind in the subject of the
        // trigger word's clause (its own or the one it shares).
        private static bool SubjectNames(SentenceInfo s, int t, Func<Mention, bool> kind)
        {
            if (s.Analysis.ClauseOfVerb(t) is not { Subject: { } subject }) return false;
            foreach (var m in s.Mentions)
                if (m.TokenStart >= subject.Start && m.TokenStart < subject.End && kind(m)) return true;
            return false;
        }

        // "Hundreds of protesters, carrying banners and flags, marched", "on Friday, thousands of students wearing helmets gathered":
        // a crowd of people counted in thousands or hundreds opens the sentence (after a fronted time or place and its comma) and the
        // trigger word is the first finite verb after it, however long the crowd's noun phrase; "the ministers gathered",
        // "supporters gathered to greet him" and "thousands who were detained marched" are none, and a bare "Protesters, ...,
        // marched" mostly retells a march already told.
        private static bool HasCrowdSubject(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            // "when several thousand people rallied": the clause's own subject, where the analysis finds it.
            if (s.Analysis.ClauseOfVerb(t) is { Subject: { IsPronoun: false } subject } && subject.Head < t && CrowdEnd(tokens, subject.Start, t) > subject.Head) return true;
            var start = 0;
            for (var i = 0; i < t && i <= 6; i++)
                if (tokens[i].IsPunct(',')) { start = i + 1; break; }
            var crowdEnd = CrowdEnd(tokens, start, t);
            if (crowdEnd < 0 && start > 0) crowdEnd = CrowdEnd(tokens, 0, t);
            if (crowdEnd < 0) return false;
            for (var i = crowdEnd; i < t; i++)
                if (s.Analysis.Tags.Forms[i] == Analysis.VerbForm.Past || TriggerFinder.IsAny(tokens[i], FiniteWords) || tokens[i].IsPunct(';') || tokens[i].IsPunct(':')) return false;
            return true;
        }

        // The end of the crowd that starts at the token given ("thousands of Velden students", "several thousand people"), or -1.
        private static int CrowdEnd(System.Collections.Generic.List<Token> tokens, int start, int t)
        {
            if (start >= t) return -1;
            for (var c = start; c < t && c <= start + 2; c++)
            {
                if (!(tokens[c].IsWord && EventLexicon.IsCrowdCount(tokens[c].Text))) continue;
                for (var n = c + 1; n < t && n <= c + 4; n++)
                    if (tokens[n].IsWord && EventLexicon.IsCrowdNoun(tokens[n].Text)) return n + 1;
                return -1;
            }
            return -1;
        }

        private static readonly string[] FiniteWords = { "who", "which", "that", "was", "were", "is", "are", "has", "have", "had", "will", "would", "said", "says" };

        // The first name within three tokens after the phrase, passing over demonyms ("banned Norland's Ostrel Air"): "praised
        // Tomas Vell" names whom the act is done to, "spoke to the Velden Herald" an outlet; null when none.
        private static Mention? FirstNameAfter(SentenceInfo s, int after)
        {
            for (var i = after; i < s.Tokens.Count && i <= after + 2; i++)
                if (s.MentionAt(i) is { IsDemonym: false } m) return m;
            return null;
        }

        // "received Tomas Vell", "received Norwegian Prime Minister Tomas Vell": the first name after the phrase is a person's;
        // a title or a demonym before it is passed over (capitalized words), anything else ("received threats from") is not.
        private static bool PersonNext(SentenceInfo s, int after)
        {
            for (var i = after; i < s.Tokens.Count && i <= after + 3; i++)
            {
                if (s.MentionAt(i) is { } m && !m.IsDemonym) return m.Entity.Kind == EntityKind.Person;
                if (!s.Tokens[i].IsCapitalized) return false;
            }
            return false;
        }

        // "gathered in Velden", "convened on Monday", "gathered." and "gathered to": no object follows.
        private static bool IsFunctionWord(Token token) => !token.IsWord || CommonWords.IsFunctionWord(token) || token.Is("to");

        // "announced the ministry was closing": a clause reported without "that" is a quote, not an object.
        private static bool OpensReportedClause(SentenceInfo s, int objectStart)
        {
            var tokens = s.Tokens;
            for (var k = objectStart; k < tokens.Count && k <= objectStart + 7 && !tokens[k].IsPunct(','); k++)
                if (tokens[k].Is("was") || tokens[k].Is("were") || tokens[k].Is("is") || tokens[k].Is("are") || tokens[k].Is("had") || tokens[k].Is("has") || tokens[k].Is("have") || tokens[k].Is("will") || tokens[k].Is("would")) return true;
            return false;
        }

        // "the drought a disaster", "the group a banned organization": an object with its complement, before any comma; "the
        // outbreak of fever in the five northern districts to be an epidemic": a long object's complement after "to be".
        private static bool HasComplement(SentenceInfo s, int objectStart)
        {
            var tokens = s.Tokens;
            for (var k = objectStart + 1; k < tokens.Count && k <= objectStart + 25 && !tokens[k].IsPunct(','); k++)
                if (k <= objectStart + 15 && (tokens[k].Is("a") || tokens[k].Is("an")) || tokens[k].Is("be") && tokens[k - 1].Is("to")) return true;
            return false;
        }

        // "called the deal "null and void"", "described Vell as a liar, a cheat": a disapproval word (event-words.tsv) in
        // the description, within twelve tokens and before the clause or sentence ends.
        private static bool DescribesWithDisapproval(SentenceInfo s, int objectStart)
        {
            var tokens = s.Tokens;
            for (var k = objectStart; k < tokens.Count && k <= objectStart + 12 && !tokens[k].IsPunct(';') && !tokens[k].IsPunct('.'); k++)
                if (tokens[k].IsWord && EventLexicon.IsDisapproval(tokens[k].Text)) return true;
            return false;
        }

        // The subject of the trigger word's clause, or of the clause it is the infinitive of, names a party: a name (a country,
        // not another place) within the subject or its conjuncts, or a personal pronoun the discourse resolves.
        internal static bool HasNamedSubject(SentenceInfo s, int t, bool media)
        {
            if (s.Analysis.ClauseOfVerb(t) is not { Subject: { } subject }) return false;
            if (subject.IsPronoun) return s.Tokens[subject.Head].Is("he") || s.Tokens[subject.Head].Is("she");
            // "The prime minister, Mira Holt, called for": a name in apposition to the subject names it.
            if (NamesAParty(s, subject, media) || subject.Apposition is { } apposition && NamesAParty(s, apposition, media)) return true;
            if (subject.Conjuncts is { } conjuncts)
                foreach (var conjunct in conjuncts)
                    if (NamesAParty(s, conjunct, media)) return true;
            return false;
        }

        // A medium names a party only where it may act ("the Velden Herald contacted"), not where it only asks what it reports.
        // "The government of Canada refused": the name after "of" that ends the subject's noun names it too.
        private static bool NamesAParty(SentenceInfo s, Analysis.NounChunk chunk, bool media)
        {
            var end = chunk.End < s.Tokens.Count - 1 && s.Tokens[chunk.End].Is("of") ? chunk.End + 2 : chunk.End;
            for (var i = chunk.Start; i < end; i++)
            {
                if (s.MentionAt(i) is not { } m) continue;
                if (!m.IsDemonym && (m.Entity.Kind != EntityKind.Place || m.Entity.IsCountry) && (media || !m.Entity.IsMedia)) return true;
                // "the Norwegian government", "the Chilean foreign ministry": a country's body named by its adjective acts for it.
                if (m.IsDemonym && m.Entity.IsCountry && m.TokenEnd <= chunk.Head && EventRoles.IsReportingBodyHead(s.Tokens[chunk.Head])) return true;
            }
            return false;
        }

        // Acts announced that other rules make events of: "a state of emergency", "his intention to negotiate", "her candidacy".
        private static readonly string[] AnnouncedActs = { "emergency", "law", "intention", "intentions", "intent", "plan", "plans", "candidacy", "bid", "retirement", "departure" };

        // Whether the noun phrase from objectStart names an act the lexicon knows ("his resignation", "a state of emergency").
        private static bool NamesAnAct(SentenceInfo s, int objectStart)
        {
            var tokens = s.Tokens;
            for (var k = objectStart; k < tokens.Count && k <= objectStart + 3 && tokens[k].IsWord; k++)
                if (EventLexicon.Find(tokens[k]) is { IsNoun: true } || Array.IndexOf(AnnouncedActs, tokens[k].Lower) >= 0) return true;
            return false;
        }
    }
}
