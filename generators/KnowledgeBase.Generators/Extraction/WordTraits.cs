using KnowledgeBase.Generators.Extraction.Events;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction
{
    /// <summary>A yes-or-no question a lexicon answers of a word by its spelling alone, kept on the word's <see cref="WordForm"/>.</summary>
    internal enum WordTrait
    {
        /// <summary>A form of the CAMEO verb dictionary that may code (<see cref="DictionaryTriggers.IsCodableForm"/>).</summary>
        CodableVerbForm,

        /// <summary>An irregular past or participle of a verb (<see cref="DictionaryTriggers.IsIrregularPast"/>).</summary>
        IrregularPast,

        /// <summary>A month's name or abbreviation (<see cref="DatelineReader.TryMonth"/>).</summary>
        MonthWord,

        /// <summary>A weekday's name (<see cref="DatelineReader.IsWeekday"/>).</summary>
        WeekdayWord,

        /// <summary>A word of a personal title or its qualifier (<see cref="Lexicons.Titles.IsTitleWord(string)"/>).</summary>
        TitleWord,

        /// <summary>A title word that is no qualifier (<see cref="Lexicons.Titles.IsPersonTitle(string)"/>).</summary>
        PersonTitle,

        /// <summary>A role noun (<see cref="Lexicons.Titles.IsRoleNoun(string)"/>).</summary>
        RoleNoun,

        /// <summary>A given name as written (<see cref="Lexicons.GivenNames.Contains(string)"/>).</summary>
        GivenName,

        /// <summary>An organization's head word (<see cref="Lexicons.Gazetteer.IsOrganizationHead(string)"/>).</summary>
        OrganizationHead,

        /// <summary>A function word (<see cref="Lexicons.CommonWords.IsFunctionWord(string)"/>).</summary>
        FunctionWord,

        /// <summary>A word that joins the words of a name (<see cref="Lexicons.CommonWords.IsNameConnector(string)"/>).</summary>
        NameConnector,

        /// <summary>A word some place or organization name may start with (<see cref="Lexicons.GazetteerPrefixes.MayStartSurface(string)"/>).</summary>
        GazetteerNameStart,

        /// <summary>"Freedonia-based": a name joined to a compound suffix (<see cref="EntityRecognizer.IsNameCompound(string)"/>).</summary>
        NameCompound,

        /// <summary>A capitalized word that ends a place's name ("Island", "County": <see cref="EntityRecognizer.IsCapitalizedPlaceWord(string)"/>).</summary>
        CapitalizedPlaceWord,

        /// <summary>A title, role, gazetteer, demonym or function word (<see cref="EntityRecognizer.IsKnownCapitalizedElsewhere(string)"/>).</summary>
        KnownCapitalizedElsewhere,

        /// <summary>A word some demonym may start with (<see cref="Lexicons.GazetteerPrefixes.MayStartDemonym(string)"/>).</summary>
        DemonymStart,

        /// <summary>A modal or hedging word that makes a clause speculation (<see cref="Lexicons.EventLexicon.IsSpeculative(string)"/>).</summary>
        SpeculativeWord,
    }

    /// <summary>Which lexicon answers each <see cref="WordTrait"/>: the very test the extractors asked before the answers were kept.</summary>
    internal static class WordTraits
    {
        public static bool Holds(WordTrait trait, string word) => trait switch
        {
            WordTrait.CodableVerbForm => DictionaryTriggers.IsCodableForm(word),
            WordTrait.IrregularPast => DictionaryTriggers.IsIrregularPast(word),
            WordTrait.MonthWord => DatelineReader.TryMonth(word, out _),
            WordTrait.WeekdayWord => DatelineReader.IsWeekday(word),
            WordTrait.TitleWord => Lexicons.Titles.IsTitleWord(word),
            WordTrait.PersonTitle => Lexicons.Titles.IsPersonTitle(word),
            WordTrait.RoleNoun => Lexicons.Titles.IsRoleNoun(word),
            WordTrait.GivenName => Lexicons.GivenNames.Contains(word),
            WordTrait.OrganizationHead => Lexicons.Gazetteer.IsOrganizationHead(word),
            WordTrait.FunctionWord => Lexicons.CommonWords.IsFunctionWord(word),
            WordTrait.NameConnector => Lexicons.CommonWords.IsNameConnector(word),
            WordTrait.GazetteerNameStart => Lexicons.GazetteerPrefixes.MayStartSurface(word),
            WordTrait.NameCompound => EntityRecognizer.IsNameCompound(word),
            WordTrait.CapitalizedPlaceWord => EntityRecognizer.IsCapitalizedPlaceWord(word),
            WordTrait.KnownCapitalizedElsewhere => EntityRecognizer.IsKnownCapitalizedElsewhere(word),
            WordTrait.DemonymStart => Lexicons.GazetteerPrefixes.MayStartDemonym(word),
            WordTrait.SpeculativeWord => Lexicons.EventLexicon.IsSpeculative(word),
            _ => throw new System.ArgumentOutOfRangeException(nameof(trait)),
        };
    }
}
