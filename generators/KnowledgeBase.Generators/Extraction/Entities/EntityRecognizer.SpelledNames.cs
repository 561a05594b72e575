using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // A name followed by the acronym of its initials in brackets is one name, whatever place words are inside it.
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// The lower-case words inside a name that its acronym may spell or skip: "Velden Institute for Research in Tidal
        /// Studies (VIRTS)" skips them, "Notes from Ostrel (NFO)" spells one.
        /// </summary>
        private static readonly HashSet<string> AcronymOptionalWords = new HashSet<string> { "of", "for", "in", "and", "the", "on", "from", "at", "to" };

        /// <summary>
        /// "Researchers at Velden College Ostrel (VCO) said": a capitalized run right before an acronym in brackets that spells the
        /// initials of its words, with a head word or a place inside, is one organization from its first spelled word, the acronym its other name, and no place word
        /// inside it ("Ostrel") a place of its own. Words before it ("Dr Ana Holt of") are a run of their own. A name the
        /// gazetteer knows whole, a title ("Grand Master (GM)") or a thing ("Ostrel Water Act (OWA)") is left to the other rules.
        /// </summary>
        private bool TrySpelledNameRun(SentenceInfo s, int start, ref int runEnd, bool restricted)
        {
            var tokens = s.Tokens;
            var end = BracketAfterName(tokens, runEnd);
            if (restricted || end + 2 >= tokens.Count || !tokens[end].IsPunct('(') || !tokens[end + 2].IsPunct(')')) return false;
            var acronym = tokens[end + 1];
            if (!(acronym.IsAllCaps || IsMixedCaseAcronym(acronym)) || IsCommonAcronym(acronym.Text)) return false;
            var first = NextCapital(acronym.Text, 0);
            if (first < 0 || NextCapital(acronym.Text, first + 1) < 0) return false;
            for (var k = start; k + 1 < end; k++)
            {
                if (!tokens[k].IsCapitalized || CommonWords.IsFunctionWord(tokens[k]) || !SpellsWords(tokens, k, end, acronym.Text, first)) continue;
                if (!IsSpelledOrganizationShape(tokens, k, end))
                {
                    if (NamesAThing(tokens, k, end)) MarkSpelledThing(acronym.Text);
                    return false;
                }
                var before = k;
                while (before > start && !tokens[before - 1].IsCapitalized) before--; // "Dr Ana Holt of the": not the connectors
                if (before > start) ProcessRun(s, start, before, restricted);
                var named = AddMention(s, k, end, EntityKind.Organization, Join(tokens, k, end), isDemonym: false);
                AddForm(named, acronym.Text);
                Mention(s, end + 1, end + 2, named, isDemonym: false, null);
                runEnd = end + 3;
                return true;
            }
            return false;
        }

        /// <summary>
        /// Where the bracket after a run's name is: at the run's end, or after lower-case optional words and capitalized words
        /// that go on with it ("Institute for Research in Tidal Studies (ITS)" ends its run before "in", "Institute of Tides, Storm
        /// Control and Research (ITSCR)" at the comma).
        /// </summary>
        private static int BracketAfterName(List<Token> tokens, int end)
        {
            for (var k = end; k < tokens.Count && k < end + MaxWordsToBracket; k++)
            {
                if (tokens[k].IsPunct('(')) return k;
                if (IsNameComma(tokens, k)) continue;
                if (!tokens[k].IsWord || !(tokens[k].IsCapitalized || AcronymOptionalWords.Contains(tokens[k].Text))) return end;
            }
            return end;
        }

        // "Institute of Tides, Storm Control and Research (ITSCR)": a comma before a capitalized word of a long name, not a place
        // of a list ("Velden, Ostrel and Karn (VOK)").
        private static bool IsNameComma(List<Token> tokens, int k) =>
            tokens[k].IsPunct(',') && k + 1 < tokens.Count && tokens[k + 1].IsCapitalized && MatchGazetteer(tokens, k + 1, tokens.Count, out _) == 0;

        // The acronyms the article spells out as a thing ("Ostrel Water Act (OWA)", "Velden Fishing Treaty (VFT)"): no organization
        // of their own anywhere in it (a title, "Grand Master (GM)", is left alone: "Railway Police Force (RPF)" opens with one).
        // Made at the first such spelling; most articles have none.
        private HashSet<string>? _spelledThings;

        private void MarkSpelledThing(string acronym) => (_spelledThings ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(acronym);

        private bool IsSpelledThing(string acronym) => _spelledThings is not null && _spelledThings.Contains(acronym);

        // How far after a run its bracket may be: the tail of a long name, a few words.
        private const int MaxWordsToBracket = 6;

        // An organization's head word or a place or its adjective inside ("Kenya Tidal Survey (KTS)", "Kenyan Free Trade Area (KFTA)"): a title ("Grand Master (GM)") or a
        // system ("Harbour Tracking System (HTS)") has neither.
        private static bool IsSpelledOrganizationShape(List<Token> tokens, int start, int end) =>
            MatchGazetteer(tokens, start, end, out _) < end - start && !NamesAThing(tokens, start, end)
            && !IsTitleOrRole(tokens[start]) && !IsTitleOrRole(tokens[end - 1]) && (HasOrganizationHead(tokens, start, end) || HasPlaceName(tokens, start, end));

        private static bool HasPlaceName(List<Token> tokens, int start, int end)
        {
            for (var k = start; k < end; k++)
                if (tokens[k].IsCapitalized && (MatchGazetteer(tokens, k, end, out var entry) > 0 && entry!.Kind != GazetteerKind.Organization || MatchDemonym(tokens, k, end, out _) > 0)) return true;
            return false;
        }

        // A title or role opening the words ("Chief Pilot Officer"), but not people in the plural before a body's head word
        // ("Officials Committee for Flood Control", "Pilots Union of Velden"): the body they make up.
        private static bool OpensWithTitle(List<Token> tokens, int start, int end) =>
            IsTitleOrRole(tokens[start]) && !(tokens[start].Text.EndsWith("s", System.StringComparison.Ordinal) && HasOrganizationHead(tokens, start + 1, end));

        private static bool IsTitleOrRole(in Token token) => Titles.IsTitleWord(token) || Titles.IsRoleNoun(token);

        /// <summary>
        /// Whether tokens [k, end) spell the acronym's capitals from <paramref name="letter"/> on: each capitalized word its
        /// initial or its first two letters ("Ex-Sailors of Velden (EXSV)"), a hyphened one then all of its parts' initials too,
        /// each optional lower-case word its initial or nothing, a comma between words nothing ("Institute of Tides, Storm Control
        /// and Research (ITSCR)"). With <paramref name="mayOmit"/> (an expansion whose ends the brackets fix) one capitalized word
        /// after the first and before the last may spell nothing ("OFSC [Officials Committee for Flood and Storm Coordination]").
        /// </summary>
        private static bool SpellsWords(List<Token> tokens, int k, int end, string acronym, int letter, bool mayOmit = false)
        {
            if (k == end) return letter < 0;
            var token = tokens[k];
            if (token.IsPunct(',')) return k + 1 < end && SpellsWords(tokens, k + 1, end, acronym, letter, mayOmit);
            if (!token.IsWord) return false;
            var word = token.Text;
            if (AcronymOptionalWords.Contains(word))
                return letter >= 0 && char.ToUpperInvariant(word[0]) == acronym[letter] && SpellsWords(tokens, k + 1, end, acronym, NextCapital(acronym, letter + 1), mayOmit)
                    || SpellsWords(tokens, k + 1, end, acronym, letter, mayOmit);
            if (!char.IsUpper(word[0])) return false;
            if (mayOmit && k + 1 < end && letter > NextCapital(acronym, 0) && SpellsWords(tokens, k + 1, end, acronym, letter)) return true;
            if (letter < 0 || word[0] != acronym[letter]) return false;
            var next = NextCapital(acronym, letter + 1);
            if (SpellsWords(tokens, k + 1, end, acronym, next, mayOmit) || SpellsParts(tokens, k, end, acronym, next, mayOmit)) return true;
            // "Ex-Sailors" of "EXS": the word's first two letters, then its parts or the next word.
            if (next < 0 || word.Length < 3 || !char.IsLower(word[1]) || char.ToUpperInvariant(word[1]) != acronym[next]) return false;
            next = NextCapital(acronym, next + 1);
            return SpellsWords(tokens, k + 1, end, acronym, next, mayOmit) || SpellsParts(tokens, k, end, acronym, next, mayOmit);
        }

        // "Anti-Graft": the initials of every part after the first of a hyphened word, then the words after it.
        private static bool SpellsParts(List<Token> tokens, int k, int end, string acronym, int next, bool mayOmit)
        {
            var word = tokens[k].Text;
            if (word.IndexOf('-') <= 0) return false;
            for (var c = 1; c < word.Length - 1; c++)
            {
                if (word[c] != '-') continue;
                if (next < 0 || word[c + 1] != acronym[next]) return false;
                next = NextCapital(acronym, next + 1);
            }
            return SpellsWords(tokens, k + 1, end, acronym, next, mayOmit);
        }
    }
}
