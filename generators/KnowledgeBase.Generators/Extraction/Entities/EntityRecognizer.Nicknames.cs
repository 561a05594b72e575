using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // A nickname in quotation marks inside a person's name: "Thomas "Tommy" Reyes" is one person, Thomas Reyes, also "Tommy".
    internal sealed partial class EntityRecognizer
    {
        // At most this many words in each part: the given names, the nickname, the surname.
        private const int NicknamePartWords = 2;

        /// <summary>
        /// "Thomas "Tommy" Reyes", "sergeant Marek "Chile" Dostal": capitalized words (a given name, or a title or role before
        /// them), one or two capitalized words in quotation marks, then one or two capitalized words are one person named by
        /// the words outside the marks; the quoted words are that person's nickname (no country nor organization, even when they
        /// spell one), and a later lone nickname is the person. Returns the end of the name, or -1 when the run
        /// [<paramref name="start"/>, <paramref name="end"/>) does not open one.
        /// </summary>
        private int NicknamedPersonEnd(SentenceInfo s, int start, int end, bool restricted)
        {
            var tokens = s.Tokens;
            if (restricted || end + 3 >= tokens.Count || !tokens[end].IsOpeningQuote) return -1;
            var first = start;
            while (first < end && Titles.IsTitleWord(tokens[first])) first++;
            if (first == end || end - first > NicknamePartWords || !PlainCapitalized(tokens, first, end)) return -1;
            var close = end + 1;
            while (close < tokens.Count && close - end - 1 <= NicknamePartWords && tokens[close].IsCapitalized && tokens[close].IsWord) close++;
            if (close == end + 1 || close - end - 1 > NicknamePartWords || close + 1 >= tokens.Count || !IsClosingQuote(tokens[close])) return -1;
            var surname = close + 1;
            var last = surname;
            while (last < tokens.Count && last - surname < NicknamePartWords && tokens[last].IsCapitalized && !IsDateWord(tokens[last])) last++;
            if (last == surname || last < tokens.Count && tokens[last].IsCapitalized || !PlainCapitalized(tokens, surname, last)) return -1;
            var byRole = first > start || start > 0 && tokens[start - 1].IsWord && Titles.IsRoleNoun(tokens[start - 1]);
            if (!byRole && !GivenNames.Contains(tokens[first]) && !GivenNames.Contains(tokens[end + 1])) return -1;
            AddNicknamedPerson(s, first, end, close, last, first > start ? start : -1);
            return last;
        }

        private static bool IsClosingQuote(in Token t) => t.Kind == TokenKind.Punctuation && t.Text[0] is '"' or '\u201D' or '\u2019';

        // Capitalized words, none a title, an organization's head word or a name the gazetteer knows.
        private static bool PlainCapitalized(List<Token> tokens, int start, int end)
        {
            for (var i = start; i < end; i++)
                if (!tokens[i].IsWord || !tokens[i].IsCapitalized || tokens[i].IsAllCaps || Titles.IsTitleWord(tokens[i]) || Gazetteer.IsOrganizationHead(tokens[i])
                    || MatchGazetteer(tokens, i, end, out _) > 0) return false;
            return true;
        }

        /// <summary>
        /// The person of given names [first, open) and surname [surname, end) with the nickname between the marks; the mention
        /// spans the whole name, its form is the name without the nickname, and the nickname (alone, or before the surname) is
        /// known as the person's.
        /// </summary>
        private void AddNicknamedPerson(SentenceInfo s, int first, int open, int close, int end, int titleStart)
        {
            var tokens = s.Tokens;
            var surname = close + 1;
            var name = Join(tokens, first, open) + " " + Join(tokens, surname, end);
            var nickname = Join(tokens, open + 1, close);
            var surnameKey = NameVariants.Key(tokens[end - 1]);
            var key = Key(EntityKind.Person, NameVariants.Key(tokens[first]) + " " + surnameKey);
            if (!_byKey.TryGetValue(key, out var person))
            {
                person = new EntityDraft(name, EntityKind.Person);
                _byKey.Add(key, person);
                _entities.Add(person);
            }
            var nicknameKey = Key(EntityKind.Person, NameVariants.Key(nickname) + " " + surnameKey);
            if (!_byKey.ContainsKey(nicknameKey)) _byKey.Add(nicknameKey, person); // "Tommy Reyes" in a heading
            var later = new List<string>();
            for (var k = first + 1; k < open; k++) later.Add(NameVariants.Key(tokens[k]));
            for (var k = surname; k < end; k++) later.Add(NameVariants.Key(tokens[k]));
            later.Add(NameVariants.Key(nickname)); // "Tommy" alone: the person, as a surname would be
            // Known as a name at a clause start too ("\"We won,\" Tommy said"), as a word capitalized mid-sentence is.
            if (close - open == 2 && FirstInRun(tokens[open + 1])) _capitalizedMidSentence?.Add(nickname);
            person.KnowWordKeys(NameVariants.Key(tokens[first]), later.ToArray(), surnameKey);
            IndexPerson(person);
            Mention(s, first, end, person, isDemonym: false, null, addForm: false);
            AddForm(person, name);
            AddForm(person, nickname);
            AddForm(person, Join(tokens, surname, end));
            if (titleStart >= 0) AddForm(person, Join(tokens, titleStart, first) + " " + name); // "Sergeant Marek Dostal"
            // The roles the text gives ("sergeant", "Sergeant"), as for any person (AddPerson).
            for (var r = (titleStart >= 0 ? titleStart : first) - 1; r < first; r++)
                if (r >= 0 && tokens[r].IsWord && (Titles.IsTitleWord(tokens[r]) || Titles.IsRoleNoun(tokens[r]))) person.AddRole(tokens[r].Lower);
        }
    }
}
