using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    /// <summary>
    /// Whether two given names are one person's, written short and long: "Stan" and "Stanislav" (the short one begins the long
    /// one, three letters or more), or an English pet form and its name ("Bill" and "William", "Jim" and "James"), both known
    /// given names that no English list gives opposite sexes ("Chris" and "Christina" are two people).
    /// </summary>
    internal static class GivenNameVariants
    {
        // Pet forms whose letters do not all begin their name, each row the name's key then its pet forms' keys; a general lexicon of
        // English names (forms shared by two names, "Ted" of Edward and Theodore, "Harry" of Henry and Harold, are left out).
        private static readonly string[] Rows =
        {
            "william bill billy will willy", "robert bob bobby rob robbie", "james jim jimmy", "richard dick rick ricky rich richie",
            "michael mike mick mickey", "edward ed eddie ned", "anthony tony", "joseph joe joey", "charles chuck charlie",
            "henry hank", "margaret peggy meg maggie", "elizabeth liz lizzie beth betty", "lawrence larry", "stephen steve",
            "steven steve", "andrew andy drew", "david dave", "donald don donny", "ronald ron ronnie", "bernard bernie",
            "nathan nate", "nathaniel nate", "susan sue susie", "patricia patty", "jennifer jenny jen", "rebecca becky",
            "katherine kate katie kathy", "catherine kate katie cathy", "alexander sasha", "theodore teddy", "francis frank", "nicholas nick nicky",
            "christopher kit", "zachary zach zack", "isaac ike", "abraham abe", "benjamin ben benny", "gregory greg", "jeffrey jeff",
        };

        private static readonly Dictionary<string, HashSet<string>> PetForms = Build();

        private static Dictionary<string, HashSet<string>> Build()
        {
            var forms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var row in Rows)
            {
                var words = row.Split(' ');
                for (var i = 0; i < words.Length; i++) words[i] = NameVariants.Key(words[i]); // "Bill" is keyed "bil"
                if (!forms.TryGetValue(words[0], out var set)) forms[words[0]] = set = new HashSet<string>(StringComparer.Ordinal);
                for (var i = 1; i < words.Length; i++) set.Add(words[i]);
            }
            return forms;
        }

        /// <summary>Whether <paramref name="one"/> and <paramref name="other"/> (given names as written) are one name short and long.</summary>
        public static bool SameName(string one, string other)
        {
            var a = NameVariants.Key(one);
            var b = NameVariants.Key(other);
            if (a == b || !GivenNames.Contains(one) || !GivenNames.Contains(other) || OppositeSexes(one, other)) return false;
            var shorter = Math.Min(a.Length, b.Length);
            if (shorter >= 3 && string.CompareOrdinal(a, 0, b, 0, shorter) == 0) return true;
            return PetForms.TryGetValue(a, out var forms) && forms.Contains(b) || PetForms.TryGetValue(b, out forms) && forms.Contains(a);
        }

        private static bool OppositeSexes(string first, string second) =>
            GivenNames.PronounOf(first) is { } one && GivenNames.PronounOf(second) is { } other && one != other;
    }
}
