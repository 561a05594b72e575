using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction
{
    // An acronym followed by its expansion in brackets is one name: the expansion, with the acronym as its other form.
    internal sealed partial class EntityRecognizer
    {
        // How many words an expansion in brackets may have, its lower-case joining words counted.
        private const int MaxExpansionWords = 9;

        /// <summary>
        /// "the riders of VMF (Velden Motor Federation)", "near OGM [Ostrel Grain Market]": an acronym ending a run, then in round or
        /// square brackets capitalized words (with "of", "at", "and" between) whose initials spell it, is the organization (or the
        /// place the gazetteer knows) those words name when they have a head word or a place; the acronym is its other name, not
        /// an organization of its own. Words with neither ("All Velden Wrestling", "Harbour Tracking System") are a form of
        /// whatever the acronym alone is, and no second entity. A known abbreviation ("CEO"), a title ("Chief Pilot Officer") or
        /// a thing ("Velden Sailing Cup") is left to the other rules; the words of the run before the acronym are a run of their own.
        /// </summary>
        private bool TryAcronymThenExpansion(SentenceInfo s, int start, ref int runEnd, bool restricted)
        {
            var tokens = s.Tokens;
            if (restricted || runEnd + 3 >= tokens.Count || !(tokens[runEnd].IsPunct('(') || tokens[runEnd].IsPunct('['))) return false;
            var at = runEnd - 1; // the acronym ends the run ("riders of VMF", "Olsen and for VMF" are runs too)
            var acronym = tokens[at];
            if (!(acronym.IsAllCaps || IsMixedCaseAcronym(acronym)) || IsCommonAcronym(acronym.Text) || IsRomanNumeral(acronym.Text)) return false;
            var first = NextCapital(acronym.Text, 0);
            if (first < 0 || NextCapital(acronym.Text, first + 1) < 0) return false;
            var open = runEnd + 1;
            var close = ExpansionEnd(tokens, open);
            if (close < 0 || !tokens[open].IsCapitalized || !SpellsWords(tokens, open, close, acronym.Text, first, mayOmit: true)) return false;
            var thing = NamesAThing(tokens, open, close);
            if (thing) MarkSpelledThing(acronym.Text);
            if (thing || OpensWithTitle(tokens, open, close) || IsTitleOrRole(tokens[close - 1])) return false;
            if (MatchGazetteer(tokens, open, close, out var entry) == close - open) AddGazetteerMention(s, open, close, entry!, isDemonym: false);
            else if (HasOrganizationHead(tokens, open, close) || HasPlaceName(tokens, open, close))
                AddMention(s, open, close, EntityKind.Organization, Join(tokens, open, close), isDemonym: false);
            else
            {
                // No head word nor place ("All Velden Wrestling", "Harbour Tracking System"): the acronym is what it was alone, and the words its form.
                AddAcronym(s, at);
                if (s.MentionAt(at) is { } alone) Mention(s, open, close, alone.Entity, isDemonym: false, null);
            }
            if (s.MentionAt(open) is { } named && s.MentionAt(at) is null)
            {
                AddForm(named.Entity, acronym.Text);
                Mention(s, at, at + 1, named.Entity, isDemonym: false, null);
            }
            var before = at;
            while (before > start && !tokens[before - 1].IsCapitalized) before--; // not the connectors before the acronym
            if (before > start) ProcessRun(s, start, before, restricted);
            runEnd = close + 1;
            return true;
        }

        // The closing bracket after the capitalized words (and lower-case joining words) from the token on, or -1 when none closes them.
        private static int ExpansionEnd(List<Token> tokens, int from)
        {
            for (var k = from; k < tokens.Count && k - from <= MaxExpansionWords; k++)
            {
                if (tokens[k].IsPunct(')') || tokens[k].IsPunct(']')) return k - from >= 2 && tokens[k - 1].IsCapitalized ? k : -1;
                if (!tokens[k].IsWord || !(tokens[k].IsCapitalized || AcronymOptionalWords.Contains(tokens[k].Text))) return -1;
            }
            return -1;
        }
    }
}
