using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction
{
    // A common noun capitalized only by the sentence start, describing the person named after it.
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// "Podcaster Ana Ruiz said", "Voter Tomas Vell told": a common noun opening the sentence before a given name and a
        /// surname describes the person, as a role noun does; it is no part of the name. Before a given name the lexicon does
        /// not know ("Beekeeper Jory Vantz said"), only a noun that names a person by itself does so.
        /// </summary>
        private static bool DescribesTheNameAfter(List<Token> tokens, int start, int end)
        {
            // "Hurricane Ana Advisory Number 2" names a thing, and its first word is part of the name.
            if (end - start < 3 || GivenNames.Contains(tokens[start]) || Titles.IsTitleWord(tokens[start]) || NamesAThing(tokens, start, end)) return false;
            // "Mount Ana Hospital", "Lake Mira Park": a place or an institution keeps its first word.
            for (var i = start; i < end; i++)
                if (Gazetteer.IsPlaceSuffix(tokens[i].Text) || Gazetteer.IsOrganizationHead(tokens[i])) return false;
            var words = Lexicon.WordClassLexicon.Instance;
            var lower = tokens[start].Lower;
            // A common noun WordNet knows, or an agent noun newer than it ("podcaster", "vlogger").
            var newAgent = words.Priors(lower) is { Noun: 0, Verb: 0, Adjective: 0, Adverb: 0 } && HasAgentSuffix(lower);
            var isNoun = newAgent || words.Has(words.Lemmatize(lower, Lexicon.PartOfSpeech.Noun), Lexicon.PartOfSpeech.Noun);
            if (!isNoun || Gazetteer.IsOrganizationHead(tokens[start]) || NamesPlaceOrOrganization(tokens[start])) return false;
            if (GivenNames.Contains(tokens[start + 1])) return true;
            // An unknown given name: the noun must name a person ("voter", "shopkeeper"), and a two-word name follow it.
            return end - start == 3 && (newAgent || NamesAPerson(lower)) && LooksLikePersonName(tokens, start + 1, end);
        }

        /// <summary>
        /// "game developer Tomas Vell", "publisher Mira Ostrel": a descriptor that names a person's occupation as well as a business,
        /// before a known given name and one or two more names, describes a person; the run is no business's name.
        /// </summary>
        private static bool NamesPersonByOccupation(List<Token> tokens, int start, int end) =>
            end - start <= 3 && CommonWords.IsOccupationDescriptor(tokens[start - 1].Text) && GivenNames.Contains(tokens[start]) && !Gazetteer.IsOrganizationHead(tokens[end - 1]);

        /// <summary>A noun for a person: a role noun, an agent noun of PETRARCH's dictionary, or one made with an agent's suffix.</summary>
        private static bool NamesAPerson(string lower) =>
            Titles.IsRoleNoun(lower) || Lexicon.AgentLexicon.Instance.TryGetRole(lower, out _) || HasAgentSuffix(lower);

        /// <summary>
        /// "by Sheriffs Jory Vantz and Dilo Praske", "Councillors Tamsin Orle": a title's plural opening the run is the title of
        /// each name "and" joins after it, and makes each a person; it is no part of the first name.
        /// </summary>
        private bool TryPluralTitleRun(SentenceInfo s, int start, int end, bool restricted)
        {
            var tokens = s.Tokens;
            if (end - start < 2 || !IsPluralTitle(tokens[start])) return false;
            var nameEnd = start + 1;
            while (nameEnd < end && tokens[nameEnd].IsCapitalized) nameEnd++;
            if (!LooksLikePersonName(tokens, start + 1, nameEnd, allowSingle: true)) return false;
            for (var a = start + 1; a < end;)
            {
                var b = a;
                while (b < end && tokens[b].IsCapitalized) b++;
                if (b == a) { a++; continue; }
                if (!restricted && LooksLikePersonName(tokens, a, b)) AddPerson(s, a, b, -1);
                else ProcessRun(s, a, b, restricted);
                a = b;
            }
            return true;
        }

        /// <summary>"Senators", "Councillors": the plural of a title that stands for a person's rank ("Senator").</summary>
        private static bool IsPluralTitle(in Token token)
        {
            var text = token.Text;
            return token.IsWord && token.IsCapitalized && text.Length > 4 && text[text.Length - 1] == 's' && text[text.Length - 2] != 's'
                && Titles.IsPersonTitle(text.Substring(0, text.Length - 1));
        }

        private static readonly string[] AgentSuffixes = { "er", "ist", "or", "ian", "ant", "man" };

        private static bool HasAgentSuffix(string lower)
        {
            foreach (var suffix in AgentSuffixes)
                if (lower.Length > suffix.Length + 2 && lower.EndsWith(suffix, StringComparison.Ordinal)) return true;
            return false;
        }
    }
}
