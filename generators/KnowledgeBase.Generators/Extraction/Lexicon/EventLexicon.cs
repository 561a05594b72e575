using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicon;

namespace KnowledgeBase.Generators.Extraction.Lexicons
{
    /// <summary>An event trigger: the CAMEO code and plain kind word a verb or noun signals.</summary>
    internal sealed class EventTrigger
    {
        public EventTrigger(string cameo, string kind, bool isNoun, string name, string[]? needsAfter = null)
        {
            Cameo = cameo;
            Kind = kind;
            IsNoun = isNoun;
            Name = name;
            NeedsAfter = needsAfter;
        }

        /// <summary>Words one of which must follow the trigger closely ("pleaded guilty"); null when any context will do.</summary>
        public string[]? NeedsAfter { get; }

        public string Cameo { get; }
        public string Kind { get; }
        public bool IsNoun { get; }

        /// <summary>The CAMEO description of the code (GDELT's table), or the kind for "000".</summary>
        public string Name { get; }
    }

    /// <summary>
    /// Which words signal which event code: the trigger rows of event-nouns.tsv and event-verbs.tsv
    /// (<see cref="TriggerRowLexicon"/>), and the named triggers the finder's rules pick (a fixed phrase's trigger is its
    /// row's in event-phrases.tsv, <see cref="PhraseRowLexicon"/>). Codes and names follow the
    /// CAMEO table (cameo-codes.tsv, GDELT's); "000" marks occurrences outside CAMEO, named by their kind word.
    /// </summary>
    internal static partial class EventLexicon
    {
        private static readonly Dictionary<string, EventTrigger> Triggers = Build();

        // The trigger rows list each word form once (a lexicon test holds them to it), so no row overwrites another.
        private static Dictionary<string, EventTrigger> Build()
        {
            var map = new Dictionary<string, EventTrigger>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in TriggerRowLexicon.Instance.Rows)
                foreach (var word in row.Words)
                    map.Add(word, new EventTrigger(row.Cameo, row.Kind, row.Pos == PartOfSpeech.Noun, CameoNames.Of(row.Cameo) ?? row.Kind, row.NeedsAfter));
            return map;
        }

        /// <summary>CAMEO 010, for "released the messages": information made public.</summary>
        public static readonly EventTrigger Publication = new("010", "publication", false, CameoNames.Of("010") ?? "publication");

        /// <summary>CAMEO 057, for "agreed on a border": a settled agreement, not an intent.</summary>
        public static readonly EventTrigger FormalAgreement = new("057", "agreement", false, CameoNames.Of("057") ?? "agreement");

        /// <summary>CAMEO 0256, for "a ceasefire proposed by X".</summary>
        public static readonly EventTrigger Proposal = new("0256", "proposal", true, CameoNames.Of("0256") ?? "proposal");

        /// <summary>CAMEO 087, for agreeing to pause, halt or end strikes or fighting.</summary>
        public static readonly EventTrigger DeEscalation = new("087", "de-escalation", false, "De-escalate military engagement");

        /// <summary>"signed an executive order", "signed the bill into law": legislation, outside CAMEO.</summary>
        public static readonly EventTrigger SignedIntoLaw = new("000", "legislation", false, "legislation");

        /// <summary>CAMEO 010, for named speakers who state or announce.</summary>
        public static readonly EventTrigger Statement = new("010", "statement", false, "Make statement, not specified below");

        private static readonly WordListLexicon ContextWords = WordListLexicon.EventWords.Lists;

        // Exact case, as the trigger's next word is written; asked of the word after most triggers: no hashing.
        private static readonly Helpers.SmallWordSet CompoundHeads = new(ContextWords.Words("compound-head"));

        /// <summary>Nouns a trigger word modifies in a compound ("negotiation strategy", "visit schedule"): no event.</summary>
        public static bool IsCompoundHead(string word) => CompoundHeads.Contains(word);

        /// <summary>The trigger of a token's word, kept on its <see cref="WordForm"/>.</summary>
        public static EventTrigger? Find(in Token token) => token.CannotTrigger ? null : token.Form is { } form ? form.Trigger : Find(token.Text);

        public static EventTrigger? Find(string word) => TriggerWords.MayContain(word) && Triggers.TryGetValue(word, out var t) ? t : null;

        // Asked of nearly every word of an article: most are turned away without hashing.
        private static readonly Helpers.WordFilter TriggerWords = new(Triggers.Keys);

        private static readonly HashSet<string> SpeculativeWords = ContextWords.Words("speculative");

        private static readonly HashSet<string> PlannedWords = ContextWords.Words("planned");

        /// <summary>Modal and hedging words that make a clause speculation, which is no event (any case: no lower-cased copy).</summary>
        public static bool IsSpeculative(string word) => SpeculativeWords.Contains(word);

        private static readonly HashSet<string> OccurrenceWords = ContextWords.Words("occurrence");

        /// <summary>Verbs that, right after an event noun, say the event happened ("protests erupted"; any case).</summary>
        public static bool IsOccurrenceVerb(string word) => OccurrenceWords.Contains(word);

        private static readonly HashSet<string> HarmVerbs = ContextWords.Words("harm-verb");

        /// <summary>Verbs that, after a fire's or a storm's noun, say what it did ("a blaze gutted the depot", "Hurricane Mira hit Velden"; any case): it took place.</summary>
        public static bool IsHarmVerb(string word) => HarmVerbs.Contains(word);

        private static readonly HashSet<string> StanceWords = ContextWords.Words("stance");

        /// <summary>Nouns of what someone decided, proposed or said ("the decision", "his remarks"; any case): attacked only in words.</summary>
        public static bool IsStanceNoun(string word) => StanceWords.Contains(word);

        private static readonly HashSet<string> VerbalAttackWords = ContextWords.Words("verbal-attack");

        /// <summary>Verbs of force that news also uses for attacks in words ("assailed the plan", "hammered Ruiz for her remarks"; any case).</summary>
        public static bool IsVerbalAttack(string word) => VerbalAttackWords.Contains(word);

        private static readonly HashSet<string> DisapprovalWords = ContextWords.Words("disapproval");

        /// <summary>Words that, in what someone is called or described as, disapprove of it ("a disgrace", "illegal"; any case).</summary>
        public static bool IsDisapproval(string word) => DisapprovalWords.Contains(word);

        private static readonly HashSet<string> DecisionWords = ContextWords.Words("decision");

        /// <summary>Verbs of deciding that, before an infinitive's "to", make its act one decided ("voted to lift"; any case).</summary>
        public static bool IsDecision(string word) => DecisionWords.Contains(word);

        private static readonly HashSet<string> CandidacyNouns = ContextWords.Words("candidacy-noun");
        private static readonly HashSet<string> CandidacyModifiers = ContextWords.Words("candidacy-modifier");

        /// <summary>Nouns of a run for office a party's name owns ("the Velden Party's nominee", "candidate of the Velden Party"; any case).</summary>
        public static bool IsCandidacyNoun(string word) => CandidacyNouns.Contains(word);

        /// <summary>Words between a party's name and its candidacy noun ("the Velden Party's presumptive presidential nominee"; any case).</summary>
        public static bool IsCandidacyModifier(string word) => CandidacyModifiers.Contains(word);

        private static readonly HashSet<string> StatePartyNouns = ContextWords.Words("state-party-noun");
        private static readonly HashSet<string> MilitaryMeans = ContextWords.Words("military-means");
        private static readonly HashSet<string> FiredWeapons = ContextWords.Words("fired-weapon");

        /// <summary>A state's forces, government or envoys, which a demonym or possessive before them makes the state ("Ostrian troops", "its delegation"; any case).</summary>
        public static bool IsStatePartyNoun(string word) => StatePartyNouns.Contains(word);

        /// <summary>Arms that stand for the state whose forces act with them ("Ostrian jets bombed the depot"; any case).</summary>
        public static bool IsMilitaryMeans(string word) => MilitaryMeans.Contains(word);

        /// <summary>Weapons fired from afar, whose strike is someone's attack ("a drone struck the depot"; any case).</summary>
        public static bool IsFiredWeapon(string word) => FiredWeapons.Contains(word);

        private static readonly HashSet<string> TeamNouns = ContextWords.Words("team-noun");
        private static readonly HashSet<string> TeamModifiers = ContextWords.Words("team-modifier");
        private static readonly HashSet<string> MakingParticiples = ContextWords.Words("making-participle");

        /// <summary>Nouns for a team of a study's authors besides the group nouns ("by a team from X"; any case).</summary>
        public static bool IsTeamNoun(string word) => TeamNouns.Contains(word);

        /// <summary>Words between "by" and a team noun ("by an international team"; any case).</summary>
        public static bool IsTeamModifier(string word) => TeamModifiers.Contains(word);

        /// <summary>Participles that say who made a study ("published in X, conducted by Y"; any case).</summary>
        public static bool IsMakingParticiple(string word) => MakingParticiples.Contains(word);

        private static readonly HashSet<string> AuthorRanks = ContextWords.Words("author-rank");
        private static readonly HashSet<string> AuthorNouns = ContextWords.Words("author-noun");

        /// <summary>Words that before "author" name a study's leading author ("lead author X"; any case).</summary>
        public static bool IsAuthorRank(string word) => AuthorRanks.Contains(word);

        /// <summary>Nouns that alone name one of a study's authors ("co-author X"; any case).</summary>
        public static bool IsAuthorNoun(string word) => AuthorNouns.Contains(word);

        private static readonly HashSet<string> StudyNouns = ContextWords.Words("study-noun");

        /// <summary>Nouns for a published study ("findings published in X"; any case).</summary>
        public static bool IsStudyNoun(string word) => StudyNouns.Contains(word);

        private static readonly HashSet<string> ToldStudies = ContextWords.Words("told-study");

        /// <summary>Nouns that after "the" or "this" before "was published" name a study told before ("The model was published in X"; any case).</summary>
        public static bool IsToldStudy(string word) => StudyNouns.Contains(word) || ToldStudies.Contains(word);

        private static readonly HashSet<string> CrowdCounts = ContextWords.Words("crowd-count");
        private static readonly HashSet<string> CrowdNouns = ContextWords.Words("crowd-noun");

        /// <summary>Words that count a crowd ("thousands of", "several hundred"; any case).</summary>
        public static bool IsCrowdCount(string word) => CrowdCounts.Contains(word);

        /// <summary>Nouns for the people a counted crowd is made of ("thousands of students"; any case).</summary>
        public static bool IsCrowdNoun(string word) => CrowdNouns.Contains(word);

        private static readonly HashSet<string> SpanHedges = ContextWords.Words("span-hedge");

        /// <summary>Words that hedge a counted span of time ("approximately one week after"; any case).</summary>
        public static bool IsSpanHedge(string word) => SpanHedges.Contains(word);

        private static readonly HashSet<string> PleaWords = ContextWords.Words("plea-word");

        /// <summary>Words that make "plea" a plea in court ("changed his plea", "a guilty plea"; any case).</summary>
        public static bool IsPleaWord(string word) => PleaWords.Contains(word);

        private static readonly HashSet<string> HearingVerbs = ContextWords.Words("hearing-verb");

        /// <summary>Verbs of a court hearing a case, before "appeals" ("hears appeals"; event-words.tsv, hearing-verb).</summary>
        public static bool IsHearingVerb(string word) => HearingVerbs.Contains(word);

        /// <summary>Words that make an event announced rather than happened (any case).</summary>
        public static bool IsPlanned(string word) => PlannedWords.Contains(word);
    }
}
