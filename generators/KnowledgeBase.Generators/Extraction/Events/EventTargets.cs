using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Analysis;
using KnowledgeBase.Generators.Extraction.Lexicon;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// Targets an act names by description rather than by name: "fined the broadcaster's owner" (the network the
    /// article named), "criticized the move" (whoever made the move the article tells).
    /// </summary>
    internal static class EventTargets
    {
        // Nouns for an act someone did, which a criticism of "the move" is aimed at the doer of (event-words.tsv, done-act-noun).
        private static readonly HashSet<string> ActNouns = WordListLexicon.EventWords.Lists.Words("done-act-noun");

        // Nouns for a violent act, which a criticism of "the attack" is aimed at the doer of: the first violent act told
        // (event-words.tsv, violent-act-noun).
        private static readonly HashSet<string> ViolentActNouns = WordListLexicon.EventWords.Lists.Words("violent-act-noun");

        /// <summary>Adds the target a described object stands for to an act that has only its source.</summary>
        internal static void AddDescribedTarget(EventDraft draft, SentenceInfo s, int t, List<EventDraft> events, List<SentenceInfo> sentences)
        {
            if (draft.Participants.Count == 1 && draft.Trigger.Kind == "primary") AddDescribedParty(draft, s, t, sentences);
            LegislatureSentTo.Add(draft, s, t, sentences);
            if (draft.Participants.Count == 0 || draft.Trigger.Cameo == "000") return;
            var the = draft.Trigger.IsNoun ? -1 : ObjectArticle(s.Tokens, t);
            // "asked the premier to insist that Chile withdraw": the role the verb's object names is its target, whoever
            // else the sentence goes on to name.
            if (draft.Participants.Count > 1)
            {
                if (the >= 0) AddRoleHolder(draft, s, the + 1, sentences);
                return;
            }
            var source = draft.Participants[0];
            if (the < 0)
            {
                AddDescriptionAfter(draft, s, t, sentences);
                return;
            }
            var head = the + 1;
            var tokens = s.Tokens;
            // "criticized the decision": the doer of the act told, not anyone named in this sentence.
            var violent = ViolentActNouns.Contains(tokens[head].Lower);
            if (draft.Trigger.Cameo.StartsWith("11", StringComparison.Ordinal) && (violent || ActNouns.Contains(tokens[head].Lower))
                && !(head + 1 < tokens.Count && (tokens[head + 1].Is("of") || tokens[head + 1].Is("by"))))
            {
                EventRoles.AddParticipant(draft.Participants, DoerOfTheAct(events, source, violent));
                return;
            }
            // "opposed the withdrawal": an act of a kind the article told before is aimed at who did it.
            if (draft.Trigger.Cameo.StartsWith("11", StringComparison.Ordinal) && !(head + 1 < tokens.Count && (tokens[head + 1].Is("of") || tokens[head + 1].Is("by") || EventRoles.IsPossessiveMark(tokens, head + 1)))
                && EventLexicon.Find(tokens[head]) is { IsNoun: true } told && DoerOfKind(events, told.Kind, source) is { } doer)
            {
                EventRoles.AddParticipant(draft.Participants, doer);
                return;
            }
            if (AddTheGovernment(draft, tokens, head, sentences) || AddRoleHolder(draft, s, head, sentences)) return;
            // "fined the broadcaster's owner", "sanctioned the company": the organization or country last named that fits.
            if (Discourse.ClassOf(tokens, head, out var definite, out var role) is { } referent && definite && role is null && referent != ReferentClass.Place
                && Discourse.Of(sentences).SalientReferent(s, head) is { } described && described != source)
                EventRoles.AddParticipant(draft.Participants, described);
        }

        /// <summary>
        /// "filed a petition, accusing the network of fraud", "a lawsuit against the company", "After a hearing, the Senate
        /// cleared the network": an act with one party whose sentence goes on to describe an organization or a country takes
        /// the one the article named so as its other party.
        /// </summary>
        private static void AddDescriptionAfter(EventDraft draft, SentenceInfo s, int t, List<SentenceInfo> sentences)
        {
            var tokens = s.Tokens;
            for (var i = t + 2; i < tokens.Count && i <= t + DescriptionWindow; i++)
            {
                if (tokens[i].IsPunct(';') || tokens[i].IsOpeningQuote) return;
                // "the Senate" that names a body is no description; one may follow ("After a Senate hearing, the Senate cleared the network").
                if (!(tokens[i - 1].Is("the") || tokens[i - 1].Is("this")) || !tokens[i].IsWord || s.MentionAt(i) is { IsDemonym: false }) continue;
                if (AddTheGovernment(draft, tokens, i, sentences)) return;
                // "across the nation", "in this country": where it happened; "the nation's ills": whose something is.
                if (i >= 2 && tokens[i - 2].IsWord && Array.IndexOf(SettingWords, tokens[i - 2].Lower) >= 0 || i + 1 < tokens.Count && EventRoles.IsPossessiveMark(tokens, i + 1)) continue;
                if (AddRoleHolder(draft, s, i, sentences)) return;
                if (Discourse.ClassOf(tokens, i, out var definite, out var role) is not { } referent || !definite || role is not null || referent == ReferentClass.Place) continue;
                if (Discourse.Of(sentences).SalientReferent(s, i, draft.Participants[0]) is { } described) EventRoles.AddParticipant(draft.Participants, described);
                return;
            }
        }

        /// <summary>
        /// "Jonas Ruhl accepted the party's nomination", "was picked by the party to be its nominee": a party's nomination or
        /// primary that names the party only as "the party" takes the party the article named so (the latest named with the noun).
        /// </summary>
        private static void AddDescribedParty(EventDraft draft, SentenceInfo s, int t, List<SentenceInfo> sentences)
        {
            var tokens = s.Tokens;
            for (var i = t + 2; i < tokens.Count && i <= t + DescriptionWindow; i++)
            {
                if (tokens[i].IsPunct(';') || tokens[i].IsOpeningQuote) return;
                if (!tokens[i].Is("party") || !tokens[i - 1].Is("the")) continue;
                if (Discourse.Of(sentences).SalientReferent(s, i, draft.Participants[0]) is { } party) EventRoles.AddParticipant(draft.Participants, party);
                return;
            }
        }

        /// <summary>
        /// "Karel Brandt accused the government of fraud", "alleged the central government neglects the port": the one country's
        /// government the article names ("the Chilean government", before or after), when it names one, is the target.
        /// </summary>
        private static bool AddTheGovernment(EventDraft draft, List<Token> tokens, int head, List<SentenceInfo> sentences)
        {
            if (head + 1 < tokens.Count && (tokens[head].Is("central") || tokens[head].Is("federal") || tokens[head].Is("national"))) head++;
            if (!tokens[head].Is("government") || head + 1 < tokens.Count && (tokens[head + 1].Is("of") || EventRoles.IsPossessiveMark(tokens, head + 1))) return false;
            if (EventRoles.NamedGovernment(sentences, sentences[sentences.Count - 1]) is not { } government || draft.Participants.Contains(government)) return false;
            draft.Participants.Add(government);
            return true;
        }

        /// <summary>
        /// "Mira Holt called on the president to resign", "Karel Brandt urged the Prime Minister to act": a role ("the president",
        /// one modifier allowed) that the article gave a person it named is that person, the one named most with it; not "the
        /// president of the club" or "the bank's president", someone the article may not name.
        /// </summary>
        private static EntityDraft? PersonInApposition(SentenceInfo s, int noun) => EventRoles.PersonAfterComma(s, noun + 1)?.Entity;

        private static bool AddRoleHolder(EventDraft draft, SentenceInfo s, int head, List<SentenceInfo> sentences)
        {
            var tokens = s.Tokens;
            var noun = head;
            while (noun + 1 < tokens.Count && noun < head + RoleModifiers && Discourse.ClassOf(tokens, noun, out _, out _) is null) noun++;
            if (Discourse.ClassOf(tokens, noun, out var definite, out var role) != ReferentClass.Person || !definite || role is null
                || noun + 1 < tokens.Count && (tokens[noun + 1].Is("of") || EventRoles.IsPossessiveMark(tokens, noun + 1))) return false;
            // "urged the Chilean trade minister ... Trade Minister Jonas Ruhl said": a description that full may come
            // before the name; a bare "the president" refers back.
            var modified = Discourse.IsModifiedRole(tokens, noun);
            var holders = Holders(sentences, modified ? sentences.Count - 1 : s.Index, role, tokens, head, noun);
            // "the Chilean trade minister" in an article that names no such minister: the state the nationality names.
            // "met the Chilean president, Ana Ruiz, on Monday": the person named in apposition holds the role, not the state.
            var holder = PersonInApposition(s, noun) ?? (holders.Count == 1 ? holders[0] : holders.Count == 0 && modified ? DescribedCountry(s, head, noun) : null);
            if (holder is null || draft.Participants.Contains(holder) || holder.Kind == EntityKind.Person && NamedBefore(s, holder, head)) return false;
            EventRoles.AddParticipant(draft.Participants, holder);
            return true;
        }

        // The people named up to sentence <last> with the role and its qualifiers: "the president" in an article that names two
        // presidents (a past one, a foreign one) may be either, and is only the one the article gave it.
        private static List<EntityDraft> Holders(List<SentenceInfo> sentences, int last, string role, List<Token> tokens, int from, int noun)
        {
            var holders = new List<EntityDraft>();
            for (var k = 0; k <= last && k < sentences.Count; k++)
                foreach (var m in sentences[k].Mentions)
                    if (m.Entity.HasRole(role) && !holders.Contains(m.Entity) && HoldsQualifiers(m.Entity, tokens, from, noun)) holders.Add(m.Entity);
            return holders;
        }

        /// <summary>
        /// The party is named in the sentence before <paramref name="token"/>, itself or by its country's name when it is that
        /// country's government ("After Minister X failed, the minister apologised": one named before the description is
        /// someone else; "Norway's government": Norway stands for it).
        /// </summary>
        internal static bool NamedBefore(SentenceInfo s, EntityDraft party, int token) => NamedBetween(s, party, 0, token);

        /// <summary>The party is named from token <paramref name="from"/> up to <paramref name="to"/>, as <see cref="NamedBefore"/> reads a name.</summary>
        internal static bool NamedBetween(SentenceInfo s, EntityDraft party, int from, int to)
        {
            foreach (var m in s.Mentions)
                if (m.TokenStart >= from && m.TokenStart < to && (m.Entity == party || m.Entity.Government == party)) return true;
            return false;
        }

        // Words before a role noun: "the former US foreign minister".
        private const int RoleModifiers = 3;

        // Qualifiers that say when someone held the role, not which role it is: a former minister need not be named "former".
        private static readonly string[] TimeQualifiers = { "former", "outgoing", "incoming", "acting", "interim" };

        // "the foreign minister" is the minister named "Foreign Minister": every qualifier of the role is one the holder was given.
        private static bool HoldsQualifiers(EntityDraft holder, List<Token> tokens, int from, int noun)
        {
            for (var k = from; k < noun; k++)
                if (Titles.IsTitleWord(tokens[k]) && Array.IndexOf(TimeQualifiers, tokens[k].Lower) < 0 && !holder.HasRole(tokens[k].Lower)) return false;
            return true;
        }

        // The one country a role description's modifiers name ("the Chilean trade minister": Chile); null when none or two.
        private static EntityDraft? DescribedCountry(SentenceInfo s, int from, int noun)
        {
            EntityDraft? country = null;
            for (var k = from; k < noun; k++)
            {
                if (s.MentionAt(k) is not { } m || !m.Entity.IsCountry) continue;
                if (country is not null && country != m.Entity) return null;
                country = m.Entity;
            }
            return country;
        }

        // Prepositions whose object is a setting or a topic, not a party: "throughout the nation", "about the company".
        private static readonly string[] SettingWords = { "in", "at", "across", "throughout", "near", "into", "around", "within", "inside", "outside", "on", "for", "about", "of", "over" };

        // The words after the trigger a description is looked for in.
        private const int DescriptionWindow = 16;

        // A violent act whose first party is a body (an armed group, a force, a country) has that body as its doer; a person
        // named first may be its victim ("Karel Brandt was shot"), who is never the one criticized for it.
        private static bool IsBodyActing(EventDraft e, string root) =>
            root is "18" or "19" or "20" && e.Participants[0].Kind != EntityKind.Person && !e.ByTheUnnamed;

        /// <summary>The "the"/"this" that opens the verb's object ("condemned the move", "spoke out against the raid"), or -1.</summary>
        private static int ObjectArticle(List<Token> tokens, int t)
        {
            var at = t + 1;
            if (at < tokens.Count && tokens[at].Is("out")) at++;
            if (at < tokens.Count && (tokens[at].Is("against") || tokens[at].Is("on"))) at++;
            return at + 1 < tokens.Count && (tokens[at].Is("the") || tokens[at].Is("this")) && tokens[at + 1].IsWord ? at : -1;
        }

        /// <summary>The first party of the first act of <paramref name="kind"/> the article told, other than the critic; null when none.</summary>
        private static EntityDraft? DoerOfKind(List<EventDraft> events, string kind, EntityDraft critic)
        {
            foreach (var e in events)
                if (e.Trigger.Kind == kind && e.Participants.Count > 0 && e.Participants[0] != critic) return e.Participants[0];
            return null;
        }

        /// <summary>
        /// Who did the act a later "the move" refers to: the actor of the first act the article tells (a news story
        /// opens with its main act), other than a statement, a criticism or a plan, and other than the critic; for "the attack",
        /// the actor of the first violent act (CAMEO 18-20).
        /// </summary>
        private static EntityDraft? DoerOfTheAct(List<EventDraft> events, EntityDraft critic, bool violent)
        {
            foreach (var e in events)
            {
                var root = EventRecognizer.Root(e.Trigger);
                if (e.Participants.Count == 0 || root is "01" or "11" or "12" || e.Participants[0] == critic || violent && !IsBodyActing(e, root)
                    || e.Status == KnowledgeBase.Storage.DataLayout.StatusPlanned) continue; // a plan is no act done yet to criticize
                return e.Participants[0];
            }
            return null;
        }
    }
}
