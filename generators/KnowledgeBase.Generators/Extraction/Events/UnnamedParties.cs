using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Analysis;
using KnowledgeBase.Generators.Extraction.Lexicon;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// Acts told of people the article does not name: "a gunman shot two people", "thousands protested", "police arrested a
    /// man", "two soldiers were killed". The field codes them with the parties left out (the gold's convention for an
    /// unnamed perpetrator): the act happened, whoever did it.
    /// </summary>
    internal static class UnnamedParties
    {
        /// <summary>
        /// A protest, an arrest, a sentence, violent repression ("police fired tear gas at them"), an assault or a use of force
        /// (CAMEO 14, 173, 116, 175, 18, 19), or an investigation (09) told by its verb in the past or the present,
        /// not negated, not planned, not possible, whose subject is a noun phrase that names nobody (or, for an arrest, a "they"
        /// the article resolves to no party).
        /// </summary>
        public static bool ActOfTheUnnamed(SentenceInfo s, int t, EventTrigger trigger)
        {
            if (IsLawPassed(trigger)) return LawPassedByTheUnnamed(s, t);
            if (!IsActDoneToPeople(trigger.Cameo) && !IsInquiryVerb(trigger)) return false;
            if (trigger.IsNoun) return TellsItHappened(s.Tokens, t, trigger);
            if (s.Analysis.ClauseOfVerb(t) is not { } clause || clause.Verb.Head != t || clause.Verb.IsNegated || clause.Verb.Modality != Modality.None) return false;
            if (!TellsWhatHappened(s.Tokens, clause.Verb) || clause.Subject is not { } subject) return false;
            if (subject.IsPronoun) return ArrestByUnresolvedThey(s, trigger, clause.Verb, subject);
            for (var i = subject.Start; i < subject.End; i++)
                if (s.MentionAt(i) is not null) return false;
            // "Two drones struck a depot": a weapon stands for whoever fired it.
            return NamesPeople(s, subject) || UndergoesLegalAct(trigger, clause.Verb) && !IsWhWord(s.Tokens[subject.Head]) || IsFiredWeapon(s.Tokens[subject.Head]);
        }

        /// <summary>
        /// "A gunman shot two guards outside Ostrel", "two drones struck a depot in Velmar": the towns named are only where the
        /// unnamed acted (they are dropped as parties later), so the act is still theirs.
        /// </summary>
        public static bool ActOfTheUnnamedInTowns(SentenceInfo s, int t, EventTrigger trigger, List<EntityDraft> participants) =>
            participants.Count > 0 && participants.TrueForAll(static p => p.Kind == EntityKind.Place && !p.IsCountry) && ActOfTheUnnamed(s, t, trigger);

        /// <summary>
        /// "Several of the forum's members were convicted", "forty members were sentenced": whoever is convicted or sentenced (CAMEO
        /// 116, told in the passive) is people, whatever the subject's noun; "who were convicted" leaves the act to the clause it
        /// describes. An arrest or a charge still needs a people noun ("a person has been held" retells a named arrest,
        /// "the air was charged with tension" is none).
        /// </summary>
        private static bool UndergoesLegalAct(EventTrigger trigger, VerbGroup verb) =>
            verb.Voice == Voice.Passive && trigger.Cameo.StartsWith("116", StringComparison.Ordinal);

        /// <summary>
        /// "They arrested three men for trespassing", "the sheriff said they arrested one person": an arrest or a charge (CAMEO
        /// 173) told in the active with "they" for subject, which the article resolves to no party (the caller asks only then),
        /// was made by authorities it does not name; "they were arrested" leaves the act to whom "they" stands for.
        /// </summary>
        private static bool ArrestByUnresolvedThey(SentenceInfo s, EventTrigger trigger, VerbGroup verb, NounChunk subject) =>
            trigger.Cameo.StartsWith("173", StringComparison.Ordinal) && verb.Voice == Voice.Active && subject.End == subject.Start + 1 && s.Tokens[subject.Head].Is("they");

        private static bool IsWhWord(Token token) => token.Is("who") || token.Is("whom") || token.Is("which") || token.Is("that") || token.Is("whoever") || token.Is("anyone");

        /// <summary>"shot", "has arrested", "are protesting", "have been killed"; not the generic "are killed".</summary>
        private static bool TellsWhatHappened(List<Token> tokens, VerbGroup verb)
        {
            if (verb.Tense == Tense.Past) return true;
            if (verb.Tense != Tense.Present || verb.Start == verb.Head) return false;
            return verb.Voice == Voice.Active || tokens[verb.Head - 1].Is("been");
        }

        /// <summary>
        /// "Police are investigating the shooting": the trigger word's clause has for subject people it does not name, and the
        /// sentence names no party (a town only says where), so that no name is taken for one ("according to Ana Ruiz").
        /// </summary>
        internal static bool HasUnnamedPeopleSubject(SentenceInfo s, int t)
        {
            if (s.Analysis.ClauseOfVerb(t) is not { Subject: { IsPronoun: false } subject } || !NamesPeople(s, subject)) return false;
            foreach (var m in s.Mentions)
                if (m.Entity.Kind != EntityKind.Place || m.Entity.IsCountry) return false;
            return true;
        }

        /// <summary>"a gunman", "police", "two soldiers", "thousands of protesters", "a 40-year-old man": people, not a thing or an act.</summary>
        private static bool NamesPeople(SentenceInfo s, NounChunk subject)
        {
            var tokens = s.Tokens;
            var head = subject.HeadToken;
            // "Thousands of people": a number heads the chunk, the people follow "of".
            // "Thousands protested": a crowd's count alone is people.
            if (s.Analysis.TagAt(subject.Head) == Tag.Number)
                return subject.End + 1 < tokens.Count && tokens[subject.End].Is("of") ? IsPeopleNoun(tokens[subject.End + 1].Text) : subject.End == subject.Head + 1 && EventLexicon.IsCrowdCount(head.Text);
            // "Police arrested ...": the first word of a sentence is capitalized whatever it is.
            return IsPeopleNoun(subject.Head == 0 ? head.Lower : head.Text);
        }

        // The weapons that may be a violent verb's subject ("two drones struck", "shells hit") and stand for whoever fired them.
        private static bool IsFiredWeapon(Token head) => head.IsWord && EventLexicon.IsFiredWeapon(head.Text);

        private static bool IsPeopleNoun(string word) =>
            !char.IsUpper(word[0]) && (AgentLexicon.Instance.TryGetRole(word, out _) || CommonWords.IsSpeakingGroup(word) || Titles.IsRoleNoun(word));

        /// <summary>"Protests erupted", "a shooting took place", "clashes broke out": a noun whose act the next verb says happened.</summary>
        public static bool IsSubjectOfOccurrence(List<Token> tokens, int t)
        {
            if (t + 1 >= tokens.Count) return false;
            var verb = tokens[t + 1];
            // Two verbs say it with their particle only ("took place", "broke out"); the others are a list of event-words.tsv.
            if (verb.Is("took")) return t + 2 < tokens.Count && tokens[t + 2].Is("place");
            if (verb.Is("broke")) return t + 2 < tokens.Count && tokens[t + 2].Is("out");
            return verb.IsWord && EventLexicon.IsOccurrenceVerb(verb.Text);
        }

        /// <summary>
        /// "Clashes broke out", and for an attack also "a suicide bombing in Velden killed 12", "a shooting at a school left two
        /// dead": the noun's own clause, read up to its verb, says the act happened or what harm it did.
        /// </summary>
        public static bool TellsItHappened(List<Token> tokens, int t, EventTrigger trigger) =>
            IsSubjectOfOccurrence(tokens, t) || IsViolence(trigger.Cameo) && (TriggerSenses.VerbSaysItHappened(tokens, t + 1) || HarmedIn(tokens, t) || TollAfter(tokens, t));

        /// <summary>
        /// "a mass shooting in Velden on Friday, which left nine people dead", "the second attack was at the Ostrel market,
        /// killing four": the noun's phrase (its place, its time, a "was" before them) ends at a comma after which the harm it
        /// did is told, so the act happened, whoever did it.
        /// </summary>
        private static bool TollAfter(List<Token> tokens, int t)
        {
            var inParentheses = false;
            for (var i = t + 1; i < tokens.Count && i <= t + 20; i++)
            {
                var w = tokens[i];
                if (w.Text is "(" or ")") { inParentheses = w.Text == "("; continue; }
                if (inParentheses || w.Kind is TokenKind.Number or TokenKind.Possessive || w.Text == ":") continue;
                if (w.Text == ",") return i + 1 < tokens.Count && IsToll(tokens, i + 1);
                if (!w.IsWord || i > t + 1 && !(w.Is("was") || w.Is("were")) && TriggerFinder.LooksLikeVerb(w)) return false;
            }
            return false;
        }

        // ", killing four", ", leaving two dead", ", which killed four", ", which left 42 people dead".
        private static bool IsToll(List<Token> tokens, int i) =>
            TriggerFinder.IsAny(tokens[i], TollParticiples)
            || (tokens[i].Is("which") || tokens[i].Is("that")) && i + 1 < tokens.Count && TriggerFinder.IsAny(tokens[i + 1], TollVerbs);

        // event-words.tsv: "toll-participle" and "toll-verb".
        private static readonly HashSet<string> TollParticiples = Lexicon.WordListLexicon.EventWords.Lists.Words("toll-participle");

        private static readonly HashSet<string> TollVerbs = Lexicon.WordListLexicon.EventWords.Lists.Words("toll-verb");

        /// <summary>
        /// "Three guests were wounded in the shooting", "two men died in last night's ambush": people harmed in a definite act of
        /// violence say the act happened, whoever did it ("injured in an attack" is left to the acts told around it).
        /// </summary>
        public static bool HarmedIn(List<Token> tokens, int t)
        {
            var definite = false;
            for (var i = t - 1; i >= 1 && i >= t - 4; i--)
            {
                if (tokens[i].Is("in") || tokens[i].Is("during")) return definite && TriggerFinder.IsAny(tokens[i - 1], EventLexicon.HarmedWords);
                if (!tokens[i].IsWord && tokens[i].Kind != TokenKind.Possessive) return false;
                definite |= tokens[i].Kind == TokenKind.Possessive || TriggerFinder.IsAny(tokens[i], Determiners);
            }
            return false;
        }

        /// <summary>
        /// "The shooting took place in Ostrel", "the ambush happened at dawn": an act told as taking place, at the head of its
        /// clause; "since the attack occurred" or "after the raid happened" only set the time of another act.
        /// </summary>
        public static bool TakesPlace(List<Token> tokens, int t)
        {
            if (t + 1 >= tokens.Count || !(tokens[t + 1].Is("happened") || tokens[t + 1].Is("occurred") || tokens[t + 1].Is("unfolded")
                || tokens[t + 1].Is("took") && t + 2 < tokens.Count && tokens[t + 2].Is("place"))) return false;
            var d = t - 1;
            while (d >= 1 && tokens[d].IsWord && !TriggerFinder.IsAny(tokens[d], Determiners) && t - d < 3) d--;
            return !(d >= 1 && TriggerFinder.IsAny(tokens[d], Determiners) && TriggerFinder.IsAny(tokens[d - 1], TimeSubordinators));
        }

        private static readonly string[] Determiners = { "the", "this", "that" };

        private static readonly string[] TimeSubordinators = { "since", "after", "before", "until", "when", "while", "where", "as", "once" };

        private static bool IsViolence(string cameo) => cameo.StartsWith("18", StringComparison.Ordinal) || cameo.StartsWith("19", StringComparison.Ordinal);

        /// <summary>Whether <see cref="ActOfTheUnnamed"/> may hold for the trigger: an act done to people, a law passed, or an investigation told by its verb.</summary>
        public static bool MayBeActOfTheUnnamed(EventTrigger trigger) => IsActDoneToPeople(trigger.Cameo) || IsLawPassed(trigger) || IsInquiryVerb(trigger);

        /// <summary>
        /// "Police are investigating the shooting", "investigators have been examining the wreck": an investigation (CAMEO 09)
        /// told by its verb, whose unnamed investigators leave it with no party (the gold keeps it so); not its noun, which
        /// "the investigation continued" retells.
        /// </summary>
        private static bool IsInquiryVerb(EventTrigger trigger) => !trigger.IsNoun && trigger.Cameo.StartsWith("09", StringComparison.Ordinal);

        private static bool IsLawPassed(EventTrigger trigger) => trigger.Kind == "legislation" && !trigger.IsNoun;

        /// <summary>
        /// "The amendment limiting fares was passed in 1962", "a harbour bill was tabled in 2011": a law told passed or brought in, in
        /// the passive with no "by", was made though the text leaves its legislature unnamed (the gold keeps it with no party);
        /// "was not passed", "would be passed" and "it was approved" tell no law made.
        /// </summary>
        private static bool LawPassedByTheUnnamed(SentenceInfo s, int t) =>
            s.Analysis.ClauseOfVerb(t) is { Agent: null } clause && clause.Verb.Head == t && clause.Verb.Voice == Voice.Passive && !clause.Verb.IsNegated
            && clause.Verb.Modality == Modality.None && clause.Verb.Tense == Tense.Past && clause.Subject is { IsPronoun: false };

        private static bool IsActDoneToPeople(string cameo) =>
            cameo.StartsWith("14", StringComparison.Ordinal) || cameo.StartsWith("173", StringComparison.Ordinal) || cameo.StartsWith("116", StringComparison.Ordinal)
            || cameo.StartsWith("175", StringComparison.Ordinal) || IsViolence(cameo);
    }
}
