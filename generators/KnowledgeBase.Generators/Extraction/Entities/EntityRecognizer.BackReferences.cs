using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction
{
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// "the Velden Commission on Fisheries ... the Commission said": a head word alone after "the", capitalized, names
        /// again the one organization of the article whose name has that word; it becomes a mention and a form of it. Two
        /// such organizations ("the Supreme Court" and "the Court of Appeals") leave "the Court" to no one.
        /// </summary>
        private void AddBackReferences()
        {
            foreach (var s in _sentences)
            {
                var tokens = s.Tokens;
                for (var i = 0; i < tokens.Count; i++)
                {
                    if (!(i > 0 ? IsBackReferenceAt(tokens, i) : IsTitledHeadAt(tokens)) || s.MentionAt(i) is not null) continue;
                    if (OnlyOrganizationWithWord(tokens[i].Text) is { } named) Mention(s, i, i + 1, named, isDemonym: false, null);
                }
            }
        }

        // "the Commission said", not "the Commission on Fisheries" (a longer name) nor "the Speaker of the House" (a title's body).
        private static bool IsBackReferenceAt(List<Token> tokens, int i)
        {
            // The capital first: it is a bit of the token, and most tokens have none ("the" is a read of the word before).
            if (!tokens[i].IsCapitalized || !tokens[i - 1].Is("the") && !tokens[i - 1].Is("The") || !Gazetteer.IsBackReferenceHead(tokens[i].Text)) return false;
            if (i + 1 < tokens.Count && tokens[i + 1].IsWord && (tokens[i + 1].IsCapitalized || CommonWords.IsNameConnector(tokens[i + 1]))) return false;
            return !(i >= 3 && tokens[i - 2].Is("of") && (Titles.IsTitleWord(tokens[i - 3]) || Titles.IsRoleNoun(tokens[i - 3])));
        }

        // "Society President Mira Holt said": a head word opening the sentence before a person's title and a name is the body's
        // name too (no "the" before it), the title the person's office in it.
        private static bool IsTitledHeadAt(List<Token> tokens) =>
            tokens.Count > 3 && tokens[0].IsCapitalized && Gazetteer.IsBackReferenceHead(tokens[0].Text) && tokens[1].IsWord
            && Titles.IsPersonTitle(tokens[1]) && tokens[2].IsWord && tokens[2].IsCapitalized && !Titles.IsTitleWord(tokens[2]);

        // The article's one organization with the word in its name (in any case: "the Administration", "the Norland administration");
        // one body's long and short names ("Ostrel Governing Board", "Ostrel Board", "Governing Board") count once, as the longest.
        private EntityDraft? OnlyOrganizationWithWord(string word)
        {
            EntityDraft? found = null;
            foreach (var e in _entities)
            {
                if (e.Kind != EntityKind.Organization || e.Name.Length == word.Length || !Analysis.Discourse.HasWord(e.Name, word)) continue;
                if (found is null) found = e;
                else if (ShortNameOf(found.Name, e.Name)) found = e;
                else if (!ShortNameOf(e.Name, found.Name)) return null;
            }
            return found;
        }

        // "Ostrel Board" or "Governing Board" of "Ostrel Governing Board": the same head word, the short name's words in order in
        // the long one, which opens with them or ends with them (not "Velden Harbour Court" and "Ostrel Harbour Court"); "Norland
        // Embassy" of "Norland Embassy in Velden": a mission named without its city (two cities leave the head word to no one).
        private static bool ShortNameOf(string shortName, string longName)
        {
            var s = shortName.Split(' ');
            var l = longName.Split(' ');
            if (s.Length >= 2 && longName.StartsWith(shortName + " in ", StringComparison.Ordinal)) return true;
            if (s.Length < 2 || l.Length <= s.Length || s[s.Length - 1] != l[l.Length - 1]) return false;
            if (longName.EndsWith(" " + shortName, StringComparison.Ordinal)) return true;
            if (s[0] != l[0]) return false;
            var k = 0;
            foreach (var w in l)
                if (k < s.Length && w == s[k]) k++;
            return k == s.Length;
        }
    }
}
