using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// Words that refer to parties named elsewhere ("he", "it", "they", "the couple", "police", "him") and parties an act is
    /// laid to ("ascribed to X", "criticism by X").
    /// </summary>
    internal static partial class EventRoles
    {
        /// <summary>
        /// The comma after the party an appositive describes, when the appositive closes with a comma right before verb
        /// <paramref name="t"/> ("X, a politician who served as president of Y, died"); -1 when there is none.
        /// </summary>
        internal static int AppositiveBefore(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            if (t < 3 || !tokens[t - 1].IsPunct(',')) return -1;
            for (var i = t - 2; i > 0 && i >= t - 24; i--)
            {
                if (tokens[i].IsPunct(';') || tokens[i].IsOpeningQuote) return -1;
                // "including A, B, and C, signed": a comma before another name or "and" lists, it closes no appositive.
                if (tokens[i].IsPunct(',') && s.MentionAt(i - 1) is { } m && m.Entity.Kind != EntityKind.Place && !m.IsDemonym && !(s.MentionAt(i + 1) is not null || tokens[i + 1].Is("and") || tokens[i + 1].Is("or"))) return i;
            }
            return -1;
        }

        /// <summary>
        /// "X, the owner of Y's bakery, was found dead": a verb group right after an appositive has the party the
        /// appositive describes as its subject, not a name inside the appositive; null when no appositive closes before it.
        /// </summary>
        internal static List<EntityDraft>? SubjectBeforeAppositive(SentenceInfo s, int t, EntityDraft? salient, List<SentenceInfo> sentences)
        {
            // Without a comma before the trigger's run of words no verb group there follows one (a group holds no punctuation),
            // so the sentence analysis is not asked.
            if (!Analysis.WordBounds.MayFollowComma(s.Tokens, t)) return null;
            var opening = AppositiveBefore(s, s.Analysis.VerbGroupStartAt(t));
            if (opening <= 0) return null;
            var subjects = new List<EntityDraft>(NearestSubject(s, opening, 0, salient, sentences));
            return subjects.Count > 0 ? subjects : null;
        }

        /// <summary>"a man", "the gunman", "the attacker": the unnamed doer of an attack.</summary>
        internal static bool IsCulpritNoun(List<Token> tokens, int i)
        {
            if (i < 1 || Array.IndexOf(CulpritNouns, tokens[i].Lower) < 0) return false;
            // "the suspected gunman", "a lone attacker": one modifier may stand between the article and the noun.
            var article = Array.IndexOf(CulpritModifiers, tokens[i - 1].Lower) >= 0 ? i - 2 : i - 1;
            return article >= 0 && (tokens[article].Is("a") || tokens[article].Is("an") || tokens[article].Is("the"));
        }

        private static readonly string[] CulpritModifiers = { "suspected", "alleged", "lone", "armed", "masked", "accused" };

        /// <summary>"charged the suspect in the robbery with fraud": a culprit noun as the verb's object is the culprit the article names.</summary>
        internal static EntityDraft? CulpritObject(SentenceInfo s, int t, List<SentenceInfo> sentences)
        {
            for (var i = t + 2; i < s.Tokens.Count && i <= t + 3; i++)
                if (IsCulpritNoun(s.Tokens, i)) return Culprit(sentences);
            return null;
        }

        private static readonly string[] CulpritNouns = { "man", "gunman", "attacker", "assailant", "shooter", "suspect", "perpetrator", "bomber", "knifeman", "killer" };

        /// <summary>
        /// The one person the article identifies as the culprit: "The attacker, identified as X", "the gunman was named as X",
        /// "The suspect, X, ..."; null when none or several.
        /// </summary>
        internal static EntityDraft? Culprit(List<SentenceInfo> sentences)
        {
            EntityDraft? culprit = null;
            foreach (var s in sentences)
            {
                var tokens = s.Tokens;
                for (var i = 1; i + 2 < tokens.Count; i++)
                {
                    // "officials identified the suspect as 21-year-old X".
                    if (tokens[i - 1].Is("identified") && IsCulpritNoun(tokens, i + 1) && i + 3 < tokens.Count && tokens[i + 2].Is("as") && PersonWithin(s, i + 3, 4) is { } identified)
                    {
                        if (culprit is not null && culprit != identified) return null;
                        culprit = identified;
                        continue;
                    }
                    if (!IsCulpritNoun(tokens, i) || tokens[i].Is("man")) continue;
                    var k = i + 1;
                    if (tokens[k].IsPunct(',')) k++;
                    if (k + 1 < tokens.Count && (tokens[k].Is("identified") || tokens[k].Is("named")) && tokens[k + 1].Is("as")) k += 2;
                    else if (k == i + 1) continue; // "The suspect X" with no comma is a title; "The suspect, X," is an apposition
                    if (s.MentionAt(k) is not { Entity.Kind: EntityKind.Person } named) continue;
                    if (culprit is not null && culprit != named.Entity) return null;
                    culprit = named.Entity;
                }
            }
            return culprit;
        }

        private static EntityDraft? PersonWithin(SentenceInfo s, int from, int window)
        {
            for (var k = from; k < s.Tokens.Count && k < from + window; k++)
                if (s.MentionAt(k) is { } m) return m.Entity.Kind == EntityKind.Person ? m.Entity : null;
            return null;
        }

        /// <summary>The party after "by" in the object of a criticism ("criticized the decision by the Vella Council"), within the clause.</summary>
        internal static EntityDraft? AuthorOfCriticizedAct(SentenceInfo s, int t, int clauseEnd, EntityDraft critic)
        {
            var tokens = s.Tokens;
            for (var i = t + 2; i + 1 < clauseEnd && i <= t + 16; i++)
            {
                if (!tokens[i].Is("by")) continue;
                var at = i + 1;
                while (at < clauseEnd && at <= i + 8 && s.MentionAt(at) is null && tokens[at].IsWord && !s.Analysis.IntroducesAdverbialClause(at)) at++;
                return s.MentionAt(at) is { IsDemonym: false } m && m.Entity != critic && (m.Entity.Kind != EntityKind.Place || m.Entity.IsCountry) ? PersonNamedLast(s, m, clauseEnd) : null;
            }
            return null;
        }

        // "by the President of Canada Tomas Vell": the person the title ends with, not the country inside it.
        private static EntityDraft PersonNamedLast(SentenceInfo s, Mention m, int clauseEnd)
        {
            if (m.Entity.Kind == EntityKind.Person) return m.Entity;
            for (var k = m.TokenEnd; k < clauseEnd && k <= m.TokenEnd + 2; k++)
                if (s.MentionAt(k) is { Entity.Kind: EntityKind.Person } person) return person.Entity;
            return m.Entity;
        }

        /// <summary>The parties a referring word heading a clause stands for; null when the word refers to none.</summary>
        private static List<EntityDraft>? ReferringWord(SentenceInfo s, int i, int t, int start, EntityDraft? salient, List<SentenceInfo> sentences)
        {
            var tokens = s.Tokens;
            // Asked of every word before a trigger back to its subject: most words are none of those below, which the form knows.
            if (tokens[i].Form is { MayReferToParties: false }) return null;
            if (i == 0 && tokens[i].Is("it")) return OpeningIt(s, t, sentences);
            if (tokens[i].Is("he") || tokens[i].Is("she"))
            {
                var antecedent = FirstPersonBefore(s, i) ?? PersonAfterFrontedTimeClause(s, i) ?? salient;
                return antecedent is null ? new List<EntityDraft>() : new List<EntityDraft> { antecedent };
            }
            // "The Peruvian army said Monday it had shelled": the body that reports, told by its nationality or named.
            if ((tokens[i].Is("it") || tokens[i].Is("they")) && ReportingBody(s, i) is { } body) return new List<EntityDraft> { body };
            // "Norland announced it planned to join": "it" at the head of a reported clause is the one reporting.
            if (tokens[i].Is("it") && i == start && i > 0) return BodyBefore(s, i);
            // "Chile said its soldiers had killed three rebels": the owner of the subject heading a reported clause is the one
            // reporting, as "it" or "they" would be.
            if (OwnsReportedSubject(tokens, i, start))
                return ReportingBody(s, i) is { } owner ? new List<EntityDraft> { owner } : tokens[i].Is("its") ? BodyBefore(s, i) : ReportingOrganization(s, i) is { } reporting ? new List<EntityDraft> { reporting } : null;
            // "Norvale Police said they had arrested a man": "they" heading a reported clause is the organization reporting.
            if (tokens[i].Is("they") && i == start && i > 0 && ReportingOrganization(s, i) is { } reporter) return new List<EntityDraft> { reporter };
            // "Police arrested a man. On Saturday they released him": "they" goes on with the police of the sentence before, the
            // force the article names or the country whose police they are ("Police in Chile detained him. They later ...").
            if (tokens[i].Is("they") && (i == 0 || i == start || OpensAfterFrame(tokens, i)) && PoliceBefore(sentences, s) && (NamedPoliceForce(sentences, s) ?? CountryOfForceBefore(sentences, s)) is { } police)
                return new List<EntityDraft> { police };
            // "X, Y and Z gathered in Cairo. ... They called on Turkey to": the people last named together.
            if (tokens[i].Is("they") && (i == 0 || i == start)) return LastGroup(sentences, s);
            if (tokens[i].Is("leaders") && i > 0 && (tokens[i - 1].Is("both") || tokens[i - 1].Is("two"))) return RecentPeople.Before(sentences, s, i, 2);
            // "Police arrested a man": the police force the article names, when it names one.
            if (tokens[i].Is("police") && NamedPoliceForce(sentences, s) is { } force) return new List<EntityDraft> { force };
            // "The Velden government closed the port. ... The government reopened it": the one government the article names.
            if (tokens[i].Is("government") && i > 0 && tokens[i - 1].Is("the") && NamedGovernment(sentences, s) is { } government) return new List<EntityDraft> { government };
            // "a man in a grey coat began to stab people ... The attacker, identified as X": the culprit named later.
            // Not "the suspect in the shooting": a culprit noun with its own complement heads no clause here.
            if (IsCulpritNoun(tokens, i) && !(i + 1 < tokens.Count && (tokens[i + 1].Is("in") || tokens[i + 1].Is("of"))) && Culprit(sentences) is { } culprit)
                return new List<EntityDraft> { culprit };
            // "The station went off the air": a description heading the clause is what the article named so.
            // Not resolved, it still is the subject: no one named before it takes its place ("After X failed, the minister resigned").
            if ((CountedGroupNamedLater(s, i, sentences) ?? BothOfACountedGroup(s, i, sentences)) is { } namedLater) return namedLater;
            if (DescribedSubject(s, i, sentences, out var described)) return described is null ? NoSubjects : new List<EntityDraft> { described };
            // "The two parents were arrested", "the couple pleaded guilty": the people last named together.
            if (NamesAPair(tokens, i))
            {
                var pair = LastGroup(sentences, s, s.Index); // the last pair named together, however far back
                return pair.Count >= 2 ? pair : RecentPeople.Before(sentences, s, i, 2);
            }
            return null;
        }

        /// <summary>
        /// Whether the word may stand for parties named elsewhere: one of the words <see cref="ReferringWord"/>, <see cref="Possessor"/>
        /// and <see cref="ObjectPronounPerson"/> read, a culprit noun, a word the discourse reads as a description of a party
        /// (<see cref="Analysis.AnaphorRules"/>, a role noun, a person's title: <see cref="DescribedSubject"/>), or a word for two
        /// people. <paramref name="lower"/> is the word's <see cref="Token.Lower"/>. Decided once per spelling.
        /// </summary>
        internal static bool MayReferToParties(string text, string lower)
        {
            foreach (var word in ReadWords)
                if (string.Equals(text, word, StringComparison.OrdinalIgnoreCase)) return true;
            return Array.IndexOf(CulpritNouns, lower) >= 0 || AnaphorWords.Value.Contains(text) || Titles.IsRoleNoun(text) || Titles.IsPersonTitle(text)
                || PluralPeople.Contains(text) || IsRoleNounPlural(text);
        }

        // The words ReferringWord, NamesAPair, Possessor and ObjectPronounPerson compare tokens with.
        private static readonly string[] ReadWords = { "he", "she", "it", "they", "leaders", "police", "government", "couple", "pair", "duo", "his", "her", "him", "both", "its", "their" };

        // The descriptions of parties among the discourse's rows ("the company", "the country"), as Discourse.ClassOf looks them
        // up (any case): DescribedSubject takes only a definite description, and no place.
        private static readonly Lazy<HashSet<string>> AnaphorWords = new(static () =>
        {
            var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in Analysis.AnaphorRules.Rows)
                if (row.Definite && row.Referent != Analysis.ReferentClass.Place) words.UnionWith(row.Words.Split(' '));
            return words;
        }, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

        /// <summary>The organization named just before the speech cue that opens a reported clause at <paramref name="clauseStart"/>.</summary>
        private static EntityDraft? ReportingOrganization(SentenceInfo s, int clauseStart)
        {
            var cue = clauseStart - 1;
            if (s.Tokens[cue].Is("that")) cue--;
            if (cue <= 0 || !ClauseReader.IsSpeechCue(s.Tokens, cue)) return null;
            return s.MentionAt(cue - 1) is { Entity.Kind: EntityKind.Organization } m ? m.Entity : null;
        }

        /// <summary>
        /// "a car bombing ascribed to the Rebel Front", "an attack claimed by X", "a raid carried out by X": whoever an act is
        /// laid to acts, whatever the sentence's subject is.
        /// </summary>
        internal static EntityDraft? AttributedAgent(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            for (var i = t + 1; i + 2 < tokens.Count && i <= t + 12; i++)
            {
                if (!tokens[i].IsWord) continue;
                var by = Array.IndexOf(AttributingVerbs, tokens[i].Lower) >= 0 ? i + 1 : tokens[i].Is("carried") && tokens[i + 1].Is("out") ? i + 2 : -1;
                if (by < 0 || by + 1 >= tokens.Count || !(tokens[by].Is("to") || tokens[by].Is("by") || tokens[by].Is("on"))) continue;
                var at = tokens[by + 1].Is("the") ? by + 2 : by + 1;
                if (s.MentionAt(at) is { } m && (m.Entity.Kind != EntityKind.Place || m.Entity.IsCountry) && !m.IsDemonym) return m.Entity;
            }
            return null;
        }

        /// <summary>"criticism by X", "condemnation from X": the party right after "by" or "from" (a place only if a country).</summary>
        internal static EntityDraft? NounAgent(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            if (t + 2 >= tokens.Count || !(tokens[t + 1].Is("by") || tokens[t + 1].Is("from"))) return null;
            // "by the Freedonian foreign minister and the Vella Council": the first named party of the phrase.
            for (var i = t + 2; i < tokens.Count && i <= t + 10; i++)
            {
                if (tokens[i].IsPunct('.') || tokens[i].IsPunct(';') || tokens[i].IsPunct(':') || s.Analysis.IntroducesAdverbialClause(i)) return null;
                if (s.MentionAt(i) is not { } m) continue;
                if (!m.IsDemonym && (m.Entity.Kind != EntityKind.Place || m.Entity.IsCountry)) return m.Entity;
                i = m.TokenEnd - 1;
            }
            return null;
        }

        private static readonly string[] AttributingVerbs = { "ascribed", "attributed", "blamed", "claimed", "perpetrated", "conducted", "committed", "orchestrated", "staged", "imposed", "declared", "ordered" };

        /// <summary>The person "him" (or a "her" that ends its phrase) after the trigger stands for: the last other party named before it in the sentence.</summary>
        internal static EntityDraft? ObjectPronounPerson(SentenceInfo s, int t, int clauseEnd, EntityDraft? actor, bool violent, List<SentenceInfo> sentences)
        {
            var tokens = s.Tokens;
            for (var i = t + 1; i < clauseEnd && i <= t + 6; i++)
            {
                // "detained her at the depot", "gave her the award": "her" is the object unless a noun, an adjective or a number
                // follows it ("detained her brother", "her new policy").
                var her = tokens[i].Is("her") && (i + 1 >= tokens.Count || s.Analysis.TagAt(i + 1) is not (Analysis.Tag.Noun or Analysis.Tag.ProperNoun or Analysis.Tag.Adjective or Analysis.Tag.Number));
                if (!tokens[i].Is("him") && !her) continue;
                for (var k = s.Mentions.Count - 1; k >= 0; k--)
                {
                    var m = s.Mentions[k];
                    // A surname told again may not be typed yet ("accused Brandt of"): anything but a place or a country will do.
                    if (m.TokenStart < i && m.Entity.Kind != EntityKind.Place && !m.Entity.IsCountry && !m.IsDemonym && m.Entity != actor && !IsPlatformAfterOn(tokens, m)) return m.Entity;
                }
                // "X was pinned down. Officers shot him": the person the sentence before is about; else violence done to "him" with
                // nobody named is done to the culprit the article names.
                return PersonTopicBefore(s, sentences, actor) ?? (violent && Culprit(sentences) is { } culprit && culprit != actor ? culprit : null);
            }
            return null;
        }

        /// <summary>The one police force named up to this sentence ("Norvale Police", "the Eastvale Constabulary"); null when none or several.</summary>
        /// <summary>The one country's government the article has named up to this sentence ("the Velden government"); null when none or several.</summary>
        internal static EntityDraft? NamedGovernment(List<SentenceInfo> sentences, SentenceInfo upTo) =>
            TheOneNamed(sentences, upTo, static m => m.Entity.Government);

        internal static EntityDraft? NamedPoliceForce(List<SentenceInfo> sentences, SentenceInfo upTo) =>
            TheOneNamed(sentences, upTo, static m => m.Entity.Kind == EntityKind.Organization && IsPoliceName(m.Entity.Name) ? m.Entity : null);

        /// <summary>The one entity <paramref name="entityOf"/> gives for the article's mentions up to this sentence; null when none or several.</summary>
        private static EntityDraft? TheOneNamed(List<SentenceInfo> sentences, SentenceInfo upTo, Func<Mention, EntityDraft?> entityOf)
        {
            EntityDraft? found = null;
            for (var k = 0; k <= upTo.Index && k < sentences.Count; k++)
                foreach (var m in sentences[k].Mentions)
                {
                    if (entityOf(m) is not { } named || named == found) continue;
                    if (found is not null) return null;
                    found = named;
                }
            return found;
        }

        // "the network" with only verbs between it and the act: the organization, country or office-holder the article
        // names most (<paramref name="described"/>, null when none fits); false when the word heads no such subject.
        private static bool DescribedSubject(SentenceInfo s, int i, List<SentenceInfo> sentences, out EntityDraft? described)
        {
            described = null;
            if (Analysis.Discourse.ClassOf(s.Tokens, i, out var definite, out _) is not { } referent || !definite || referent == Analysis.ReferentClass.Place) return false;
            // "ordered the channel to close down": after a verb or a preposition the description is an object.
            var before = s.Tokens[i - 1].Is("the") || s.Tokens[i - 1].Is("this") ? i - 2 : i - 3;
            if (before >= 0 && s.Tokens[before].IsWord && (TriggerFinder.LooksLikeVerb(s.Tokens[before]) || ClauseReader.IsGoverningPreposition(s.Tokens[before]))) return false;
            for (var k = i + 1; k < s.Tokens.Count && k <= i + 5; k++)
            {
                var w = s.Tokens[k];
                if (!w.IsWord || s.MentionAt(k) is not null) return false;
                if (w.Is("of") || w.Is("that") || w.Is("which") || w.Is("who")) return false;
                if (!char.IsLower(w.Text[0]) || !TriggerFinder.LooksLikeVerb(w)) continue;
                described = Analysis.Discourse.Of(sentences).SalientReferent(s, i);
                return true;
            }
            return false;
        }

        // Whether the sentence before opens with the police as its subject ("Police arrested ...", "The officers said ...").
        // "Police arrested a man. They released him. On Saturday they arrested another": the police (or the force by its name)
        // open the sentence before,
        // or a chain of sentences opening with "they" goes back to one they open (in the same paragraph).
        private static bool PoliceBefore(List<SentenceInfo> sentences, SentenceInfo s)
        {
            for (var k = s.Index - 1; k >= 0 && k >= s.Index - 3 && k < sentences.Count && sentences[k].BlockIndex == s.BlockIndex; k--)
            {
                var tokens = sentences[k].Tokens;
                var first = tokens.Count > 1 && tokens[0].Is("the") ? 1 : 0;
                if (first < tokens.Count && (tokens[first].Is("police") || tokens[first].Is("officers")
                    || sentences[k].MentionAt(first) is { } opening && IsPoliceName(opening.Entity.Name))) return true;
                var they = OpensAfterFrame(tokens, 1) ? FirstThey(tokens) : 0;
                if (they >= tokens.Count || !tokens[they].Is("they")) return false;
            }
            return false;
        }

        // Where "they" stands after a short opening frame ("On Saturday they"), else the sentence's length.
        private static int FirstThey(List<Token> tokens)
        {
            for (var i = 1; i <= 3 && i < tokens.Count; i++)
                if (tokens[i].Is("they")) return i;
            return tokens.Count;
        }

        // "On Saturday they arrested": a short opening frame before the subject.
        private static bool OpensAfterFrame(List<Token> tokens, int i) =>
            i <= 3 && (tokens[0].Is("on") || tokens[0].Is("later") || tokens[0].Is("then") || tokens[0].Is("subsequently"));

        private static bool IsPoliceName(string name) =>
            name.IndexOf("Police", StringComparison.Ordinal) >= 0 || name.IndexOf("Constabulary", StringComparison.Ordinal) >= 0 || name.IndexOf("Gendarmerie", StringComparison.Ordinal) >= 0;

        /// <summary>"the couple", "the pair", "both parents", "the two officers": two people spoken of together.</summary>
        internal static bool NamesAPair(List<Token> tokens, int i)
        {
            if (i == 0) return false;
            var before = tokens[i - 1];
            if (tokens[i].Is("couple") || tokens[i].Is("pair") || tokens[i].Is("duo")) return before.Is("the");
            if (!(before.Is("both") || before.Is("two") && i > 1 && tokens[i - 2].Is("the"))) return false;
            var word = tokens[i].Text;
            return PluralPeople.Contains(word) || IsRoleNounPlural(word);
        }

        private static readonly HashSet<string> PluralPeople = new(StringComparer.OrdinalIgnoreCase)
        {
            "men", "women", "parents", "brothers", "sisters", "suspects", "defendants", "people", "spouses", "partners",
        };

        /// <summary>The last two or more people named together ("A, B and C") in the sentences before (three unless told).</summary>
        internal static List<EntityDraft> LastGroup(List<SentenceInfo> sentences, SentenceInfo s, int back = 3)
        {
            for (var k = s.Index - 1; k >= 0 && k >= s.Index - back; k--)
            {
                var mentions = sentences[k].Mentions;
                var tokens = sentences[k].Tokens;
                var group = new List<EntityDraft>();
                for (var m = 0; m < mentions.Count; m++)
                {
                    // A group ends at anything but a person joined to the one before by "and" or a comma.
                    var person = mentions[m].Entity.Kind == EntityKind.Person;
                    var joined = person && group.Count > 0 && OnlyConjunctionsBetween(tokens, mentions[m - 1].TokenEnd, mentions[m].TokenStart);
                    if (!joined)
                    {
                        if (group.Count >= 2) return group;
                        group.Clear();
                    }
                    if (person && !group.Contains(mentions[m].Entity)) group.Add(mentions[m].Entity);
                }
                if (group.Count >= 2) return group;
            }
            return new List<EntityDraft>();
        }

    }
}
