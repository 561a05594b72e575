using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicon;

namespace KnowledgeBase.Generators.Extraction.Lexicons
{
    /// <summary>
    /// The word lists of event-words.tsv that say what the words around a trigger make of it (TriggerFinder's context rules):
    /// an act stopped, prevented, claimed, foreseen or faced; any case. Read from the file's cached lists, not the main part's
    /// field: the order of static fields across a partial class's files is not defined.
    /// </summary>
    internal static partial class EventLexicon
    {
        /// <summary>Verbs whose object, an act, stops or does not go ahead ("agreed to pause strikes", "ended its offensive").</summary>
        internal static readonly HashSet<string> StoppingVerbs = WordListLexicon.EventWords.Lists.Words("stopping-verb");

        /// <summary>Verbs that lift a restriction or a sanction, which is then eased ("lifted the curfew").</summary>
        internal static readonly HashSet<string> LiftingVerbs = WordListLexicon.EventWords.Lists.Words("lifting-verb");

        /// <summary>Verbs whose object, an act, was kept from happening ("foiled an attack").</summary>
        internal static readonly HashSet<string> PreventingVerbs = WordListLexicon.EventWords.Lists.Words("preventing-verb");

        /// <summary>Words that, before an act noun, frame it rather than make it a preventing verb's object ("fled after the airstrikes").</summary>
        internal static readonly HashSet<string> FramingWords = WordListLexicon.EventWords.Lists.Words("framing-word");

        /// <summary>Participles after "was" that call off the act named before ("the summit was cancelled").</summary>
        internal static readonly HashSet<string> CallingOffWords = WordListLexicon.EventWords.Lists.Words("calling-off");

        /// <summary>Verbs of claiming, whose clause tells no act as having happened ("claimed he was jailed").</summary>
        internal static readonly HashSet<string> ClaimVerbs = WordListLexicon.EventWords.Lists.Words("claim-verb");

        /// <summary>Words that make "sentence" a court's ("a prison sentence").</summary>
        internal static readonly HashSet<string> LegalWords = WordListLexicon.EventWords.Lists.Words("legal-word");

        /// <summary>Realms one governs ("ruled the country": governing, not a ruling).</summary>
        internal static readonly HashSet<string> RealmNouns = WordListLexicon.EventWords.Lists.Words("realm-noun");

        /// <summary>Words that make an attack or an arrest the body's failure ("a cardiac arrest").</summary>
        internal static readonly HashSet<string> MedicalModifiers = WordListLexicon.EventWords.Lists.Words("medical-modifier");

        /// <summary>Verbs whose object is sought or encouraged and has not happened ("sought the release of").</summary>
        internal static readonly HashSet<string> SeekingWords = WordListLexicon.EventWords.Lists.Words("seeking-word");

        /// <summary>What is fired in an attack, before "fired" ("a missile fired by the rebels").</summary>
        internal static readonly HashSet<string> FiredProjectiles = WordListLexicon.EventWords.Lists.Words("fired-projectile");

        /// <summary>Verbs whose "for" names what is asked for ("called for talks").</summary>
        internal static readonly HashSet<string> AskingForVerbs = WordListLexicon.EventWords.Lists.Words("asking-for-verb");

        /// <summary>Forms of "face", whose measure faced has not been taken ("faces deportation").</summary>
        internal static readonly HashSet<string> FaceVerbs = WordListLexicon.EventWords.Lists.Words("face-verb");

        /// <summary>Words that may describe a measure faced ("faces a possible life sentence").</summary>
        internal static readonly HashSet<string> FacedModifiers = WordListLexicon.EventWords.Lists.Words("faced-modifier");

        /// <summary>What is faced once brought ("faces charges of fraud" tells a charge).</summary>
        internal static readonly HashSet<string> FacedCharges = WordListLexicon.EventWords.Lists.Words("faced-charge");

        /// <summary>Words of warning, whose "against" names what has not happened.</summary>
        internal static readonly HashSet<string> WarningWords = WordListLexicon.EventWords.Lists.Words("warning-word");

        /// <summary>Words whose "of" names what is foreseen or feared ("the risk of a flood").</summary>
        internal static readonly HashSet<string> ForeseeingWords = WordListLexicon.EventWords.Lists.Words("foreseeing-word");

        /// <summary>Honours one is nominated for, which are no post ("nominated for a Grammy award").</summary>
        internal static readonly HashSet<string> HonourNouns = WordListLexicon.EventWords.Lists.Words("honour-noun");

        /// <summary>A news item a medium or a website publishes, which is no study ("published stories on the crash").</summary>
        internal static readonly HashSet<string> NewsItems = WordListLexicon.EventWords.Lists.Words("news-item");

        /// <summary>A noun for what is signed into law ("signed the bill", "the decree signed by").</summary>
        internal static readonly HashSet<string> LawNouns = WordListLexicon.EventWords.Lists.Words("law-noun");

        /// <summary>A word that makes a win or a defeat an election's ("won the election", "defeated in the vote").</summary>
        internal static readonly HashSet<string> ElectionWords = WordListLexicon.EventWords.Lists.Words("election-word");

        /// <summary>A word after a hosting verb for what is hosted, so the verb hosts a visit ("hosted the summit", "received his counterpart").</summary>
        internal static readonly HashSet<string> HostedThings = WordListLexicon.EventWords.Lists.Words("hosted-thing");

        /// <summary>A word after "withdrew" for what a withdrawal takes back ("withdrew its troops", "withdrew recognition").</summary>
        internal static readonly HashSet<string> WithdrawnThings = WordListLexicon.EventWords.Lists.Words("withdrawn-thing");

        /// <summary>A participle of harm before "in a(n)", after which the act happened ("wounded in a shooting", "died in an attack").</summary>
        internal static readonly HashSet<string> HarmedWords = WordListLexicon.EventWords.Lists.Words("harmed-word");

        /// <summary>A noun of a plan after an act noun, so the act was only planned ("a bomb plot", "coup plans").</summary>
        internal static readonly HashSet<string> PlanNouns = WordListLexicon.EventWords.Lists.Words("plan-noun");

        /// <summary>Animals whose killing is property destroyed, not violence against people ("killed 40,000 chickens").</summary>
        internal static readonly HashSet<string> AnimalNouns = WordListLexicon.EventWords.Lists.Words("animal-noun");

        /// <summary>A weapon from the air that makes a killing in its sentence an airstrike's ("killed in a drone strike").</summary>
        internal static readonly HashSet<string> AerialWeapons = WordListLexicon.EventWords.Lists.Words("aerial-weapon");

        /// <summary>An undertaking or a market that collapses without falling down ("the talks collapsed").</summary>
        internal static readonly HashSet<string> UndertakingNouns = WordListLexicon.EventWords.Lists.Words("undertaking-noun");

        /// <summary>A verb of leaving a post, whose "in protest" tells why ("resigned in protest").</summary>
        internal static readonly HashSet<string> LeavingVerbs = WordListLexicon.EventWords.Lists.Words("leaving-verb");

        /// <summary>A noun of people one frees or releases ("the hostages were released", "freed two sailors").</summary>
        internal static readonly HashSet<string> FreedPeopleNouns = WordListLexicon.EventWords.Lists.Words("freed-people-noun");

        /// <summary>A head noun after an event noun that still tells the event ("attack victims", "election results").</summary>
        internal static readonly HashSet<string> EventKeepingHeads = WordListLexicon.EventWords.Lists.Words("event-keeping-head");

        /// <summary>A disease or virus, whose deaths are no one's act ("dengue killed").</summary>
        internal static readonly HashSet<string> DiseaseWords = WordListLexicon.EventWords.Lists.Words("disease-word");

        /// <summary>A natural force, whose deaths are no one's act ("a typhoon killed").</summary>
        internal static readonly HashSet<string> NaturalForces = WordListLexicon.EventWords.Lists.Words("natural-force");

        /// <summary>Verbs of wanting or preferring, whose object, an act, is only wished for ("preferred an inquiry"; "like" and "love" after "would").</summary>
        internal static readonly HashSet<string> WishingVerbs = WordListLexicon.EventWords.Lists.Words("wishing-verb");
    }
}
