using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Linking
{
    /// <summary>A cluster of article entities that name one real thing.</summary>
    internal sealed class EntityCluster
    {
        public EntityCluster(EntityKind kind) => Kind = kind;

        public EntityKind Kind { get; set; }
        public List<(int Article, ArticleEntity Entity)> Members { get; } = new();
        public string Name { get; set; } = string.Empty;
        public string Id { get; set; } = string.Empty;
        public int Index { get; set; }
    }

    /// <summary>
    /// Links entities across articles: one cluster per real thing, joined on any shared name form
    /// (spelling variants folded), and surname-only people joined to the one full name they fit.
    /// </summary>
    internal static class EntityLinker
    {
        public static List<EntityCluster> Link(IReadOnlyList<ArticleModel> articles)
        {
            var nodes = new List<(int Article, ArticleEntity Entity)>();
            for (var a = 0; a < articles.Count; a++)
                foreach (var e in articles[a].Entities) nodes.Add((a, e));

            var parent = new int[nodes.Count];
            for (var i = 0; i < parent.Length; i++) parent[i] = i;
            int Find(int x)
            {
                while (parent[x] != x) x = parent[x] = parent[parent[x]];
                return x;
            }
            void Union(int x, int y)
            {
                x = Find(x);
                y = Find(y);
                if (x != y) parent[Math.Max(x, y)] = Math.Min(x, y);
            }

            // Same kind and a shared multi-word form (or any form, for organizations and places).
            var byForm = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < nodes.Count; i++)
            {
                var e = nodes[i].Entity;
                foreach (var form in Keys(e))
                {
                    if (byForm.TryGetValue(form, out var other)) Union(i, other);
                    else byForm.Add(form, i);
                }
            }

            JoinSurnames(nodes, Find, Union);
            JoinGivenNameVariants(nodes, Union);
            JoinShortForms(nodes, Union);
            var retyped = JoinPeopleNamedAsOrganizations(nodes, Union);

            var clusters = new Dictionary<int, EntityCluster>();
            var order = new List<EntityCluster>();
            for (var i = 0; i < nodes.Count; i++)
            {
                var root = Find(i);
                if (!clusters.TryGetValue(root, out var cluster))
                {
                    clusters[root] = cluster = new EntityCluster(nodes[i].Entity.Kind);
                    order.Add(cluster);
                }
                cluster.Members.Add(nodes[i]);
            }
            foreach (var c in order)
            {
                if (retyped.Contains(c.Members[0].Entity)) c.Kind = EntityKind.Person;
                c.Name = CanonicalName(c);
            }
            // "the Canadian embassy", "British police": a place that every article names only by its nationality adjective is
            // no entity of the knowledge base; its article entities join no cluster, so no quote, event or place refers to it.
            order.RemoveAll(static c => c.Members.TrueForAll(static m => m.Entity.DemonymOnly));
            return order;
        }

        /// <summary>
        /// A person named by surname only joins the one full-named person with that surname; one named by a given name only
        /// ("his wife Mira" in another article) joins the one full-named person with that given name.
        /// </summary>
        private static void JoinSurnames(List<(int Article, ArticleEntity Entity)> nodes, Func<int, int> find, Action<int, int> union)
        {
            var surnames = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
            var givenNames = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
            for (var i = 0; i < nodes.Count; i++)
            {
                var e = nodes[i].Entity;
                if (e.Kind != EntityKind.Person || e.Name.IndexOf(' ') < 0) continue;
                var parts = e.Name.Split(' ');
                Add(surnames, NameVariants.Key(parts[parts.Length - 1]), find(i));
                if (Extraction.Lexicons.GivenNames.Contains(parts[0])) Add(givenNames, NameVariants.Key(parts[0]), find(i));
                foreach (var form in e.Forms)
                    if (IsParticleSurnameOf(form, e.Name)) Add(surnames, NameVariants.Key(form), find(i));
            }
            for (var i = 0; i < nodes.Count; i++)
            {
                var e = nodes[i].Entity;
                // A lone surname, or one with its capitalized particles ("De La Varga"), joins the one person it is the surname of.
                if (e.Kind != EntityKind.Person || e.Name.IndexOf(' ') >= 0 && !OpensWithCapitalizedParticle(e.Name)) continue;
                if (surnames.TryGetValue(NameVariants.Key(e.Name), out var set)
                    || Extraction.Lexicons.GivenNames.Contains(e.Name) && givenNames.TryGetValue(NameVariants.Key(e.Name), out set))
                {
                    var roots = new HashSet<int>();
                    foreach (var r in set) roots.Add(find(r));
                    if (roots.Count == 1) foreach (var r in roots) union(i, r);
                }
            }
        }

        /// <summary>
        /// "Bill Roe" in one article and "William Roe" in another, "Stan Vell" and "Stanislav Vell", "Ana Ruiz" and "Ana Maria
        /// Ruiz": full-named people of one surname whose given names are one name short and long, or whose names differ only by
        /// middle names written out (not initials: "Jon R. Vell" and "Jon T. Vell" may be father and son).
        /// </summary>
        private static void JoinGivenNameVariants(List<(int Article, ArticleEntity Entity)> nodes, Action<int, int> union)
        {
            var bySurname = new Dictionary<string, List<(int Node, string[] Words)>>(StringComparer.Ordinal);
            for (var i = 0; i < nodes.Count; i++)
            {
                var e = nodes[i].Entity;
                if (e.Kind != EntityKind.Person || e.Name.IndexOf(' ') < 0) continue;
                var words = e.Name.Split(' ');
                var key = NameVariants.Key(words[words.Length - 1]);
                if (!bySurname.TryGetValue(key, out var list)) bySurname[key] = list = new List<(int, string[])>();
                list.Add((i, words));
            }
            foreach (var list in bySurname.Values)
                for (var x = 0; x < list.Count; x++)
                    for (var y = x + 1; y < list.Count; y++)
                        if (GivenNameVariants.SameName(list[x].Words[0], list[y].Words[0]) && list[x].Words.Length == 2 && list[y].Words.Length == 2
                            || MiddleNamesWrittenOut(list[x].Words, list[y].Words) || MiddleNamesWrittenOut(list[y].Words, list[x].Words)) union(list[x].Node, list[y].Node);
        }

        // "Ana Ruiz" and "Ana Maria Ruiz": the same first word, the longer name's middle words all written out.
        private static bool MiddleNamesWrittenOut(string[] shortName, string[] longName)
        {
            if (shortName.Length != 2 || longName.Length < 3 || NameVariants.Key(shortName[0]) != NameVariants.Key(longName[0])) return false;
            for (var i = 1; i < longName.Length - 1; i++)
                if (longName[i].Length <= 2 || longName[i].IndexOf('.') >= 0 || !char.IsUpper(longName[i][0])) return false;
            return true;
        }

        private static void Add(Dictionary<string, HashSet<int>> index, string key, int root)
        {
            if (!index.TryGetValue(key, out var set)) index[key] = set = new HashSet<int>();
            set.Add(root);
        }

        /// <summary>
        /// In one article, an organization's short form is the organization: its name without the "of" part
        /// ("Port Authority" of "Port Authority of Vella"), without its head word ("Vella Motor" of "Vella Motor
        /// Company", "Vella" of it), or the unit after a hyphen ("Quds Force" of "Vella Guard-Quds Force").
        /// </summary>
        private static void JoinShortForms(List<(int Article, ArticleEntity Entity)> nodes, Action<int, int> union)
        {
            var start = 0;
            while (start < nodes.Count)
            {
                var end = start + 1;
                while (end < nodes.Count && nodes[end].Article == nodes[start].Article) end++;
                for (var i = start; i < end; i++)
                    for (var j = start; j < end; j++)
                        if (i != j && nodes[i].Entity.Kind == nodes[j].Entity.Kind && nodes[i].Entity.Kind != EntityKind.Person
                            && IsShortForm(nodes[i].Entity.Name, nodes[j].Entity.Name)) union(i, j);
                for (var i = start; i < end; i++)
                    if (OnlyNameEndingWith(nodes, start, end, i) is { } full) union(i, full);
                start = end;
            }
        }

        /// <summary>
        /// "Harbour Committee" of "Velden Harbour Committee", "Green League" of "Norland Green League": in one article, an
        /// organization's name of two or more words the world's lexicon does not know is the one other organization of the
        /// article whose name ends with it after a capitalized word (not "and": the second of two names run together); the
        /// index of that organization, or null when none, more than one ("Harbour Court" of both "Velden Harbour Court"
        /// and "Ostrel Harbour Court") or one a sub-national place names ("Ohio Green Party" is the state's party).
        /// </summary>
        private static int? OnlyNameEndingWith(List<(int Article, ArticleEntity Entity)> nodes, int start, int end, int at)
        {
            var shortName = nodes[at].Entity.Name;
            if (nodes[at].Entity.Kind != EntityKind.Organization || shortName.IndexOf(' ') < 0
                || Extraction.Lexicons.Gazetteer.TryGetPlaceOrOrganization(shortName, out _)) return null;
            int? found = null;
            for (var j = start; j < end; j++)
            {
                var full = nodes[j].Entity.Name;
                if (j == at || nodes[j].Entity.Kind != EntityKind.Organization || full.Length <= shortName.Length + 1
                    || !full.EndsWith(" " + shortName, StringComparison.Ordinal)) continue;
                var before = full.Substring(0, full.Length - shortName.Length - 1);
                var word = before.Substring(before.LastIndexOf(' ') + 1);
                if (word.Length == 0 || !char.IsUpper(word[0])) continue;
                if (found is not null || IsSubnationalPlace(before)) return null;
                found = j;
            }
            return found;
        }

        private static bool IsSubnationalPlace(string name) =>
            Extraction.Lexicons.Gazetteer.TryGetPlaceOrOrganization(name, out var place)
            && place.Kind is not Extraction.Lexicons.GazetteerKind.Country and not Extraction.Lexicons.GazetteerKind.Organization;

        private static bool IsShortForm(string shortName, string fullName)
        {
            if (fullName.Length <= shortName.Length + 1) return false;
            var words = shortName.Split(' ').Length;
            if (fullName.StartsWith(shortName + " ", StringComparison.Ordinal))
            {
                var rest = fullName.Substring(shortName.Length + 1);
                if (rest.StartsWith("of ", StringComparison.Ordinal)) return words >= 2;
                return Extraction.Lexicons.Gazetteer.IsOrganizationHead(rest.Substring(rest.LastIndexOf(' ') + 1)) && rest.IndexOf(" of ", StringComparison.Ordinal) < 0;
            }
            if (words >= 2 && fullName.EndsWith("-" + shortName, StringComparison.Ordinal)) return true;
            // "Air Force" of "Freedonia Air Force": the country names whose.
            if (words >= 2 && fullName.EndsWith(" " + shortName, StringComparison.Ordinal)
                && Extraction.Lexicons.Gazetteer.TryGetPlaceOrOrganization(fullName.Substring(0, fullName.Length - shortName.Length - 1), out var owner) && owner.Kind == Extraction.Lexicons.GazetteerKind.Country) return true;
            // "VAH" of "Vella Arts Hall": an acronym of the name.
            if (words == 1 && shortName.Length >= 2 && IsAllCaps(shortName) && Initials(fullName) == shortName) return true;
            return words >= 2 && KeepsEnds(shortName.Split(' '), fullName.Split(' '));
        }

        // "Vella Airport" of "Vella International Airport": the same first and last words, some between left out; a country's
        // adjective opening the full name is no word of the short one ("Harbour Board" of "Danish Harbour Review Board").
        private static bool KeepsEnds(string[] shortWords, string[] fullWords)
        {
            // Only with a word between left out too: "Liberal Party" beside "Australian Liberal Party" may be another country's.
            var from = shortWords[0] != fullWords[0] && fullWords.Length > shortWords.Length + 1
                && Extraction.Lexicons.Gazetteer.TryGetByDemonym(fullWords[0], out _) ? 1 : 0;
            if (fullWords.Length <= shortWords.Length + from || shortWords[0] != fullWords[from] || shortWords[shortWords.Length - 1] != fullWords[fullWords.Length - 1]) return false;
            var k = 0;
            for (var i = from; i < fullWords.Length; i++)
                if (k < shortWords.Length && fullWords[i] == shortWords[k]) k++;
            return k == shortWords.Length;
        }

        private static bool IsAllCaps(string word)
        {
            foreach (var c in word)
                if (!char.IsUpper(c)) return false;
            return true;
        }

        private static string Initials(string name)
        {
            var builder = new System.Text.StringBuilder();
            foreach (var word in name.Split(' ', '-'))
                if (word.Length > 0 && char.IsUpper(word[0])) builder.Append(word[0]);
            return builder.ToString();
        }

        /// <summary>
        /// A full name one article makes a person's and another an organization's ("Jon Varga" cited with no
        /// title) is one person: the organization joins the person. Returns the entities so retyped.
        /// </summary>
        private static HashSet<ArticleEntity> JoinPeopleNamedAsOrganizations(List<(int Article, ArticleEntity Entity)> nodes, Action<int, int> union)
        {
            var people = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < nodes.Count; i++)
            {
                var e = nodes[i].Entity;
                if (e.Kind == EntityKind.Person && e.Name.IndexOf(' ') > 0 && !people.ContainsKey(NameVariants.Key(e.Name))) people.Add(NameVariants.Key(e.Name), i);
            }
            var retyped = new HashSet<ArticleEntity>();
            for (var i = 0; i < nodes.Count; i++)
            {
                var e = nodes[i].Entity;
                if (e.Kind != EntityKind.Organization || e.Name.IndexOf(' ') < 0 || !people.TryGetValue(NameVariants.Key(e.Name), out var person)) continue;
                union(person, i);
                retyped.Add(e);
            }
            return retyped;
        }

        // "De Souza" of "Ana De Souza": the surname with its capitalized particles, the name's end.
        private static bool IsParticleSurnameOf(string form, string name) =>
            form.IndexOf(' ') > 0 && name.EndsWith(" " + form, StringComparison.Ordinal) && OpensWithCapitalizedParticle(form);

        private static bool OpensWithCapitalizedParticle(string form) =>
            Extraction.Lexicons.CommonWords.IsCapitalizedSurnameParticle(form.Substring(0, form.IndexOf(' ')));

        private static IEnumerable<string> Keys(ArticleEntity e)
        {
            var prefix = ((int)e.Kind).ToString(System.Globalization.CultureInfo.InvariantCulture) + ":";
            yield return prefix + NameVariants.Key(e.Name);
            if (e.Kind == EntityKind.Person && e.Name.IndexOf(' ') > 0) yield return prefix + "~" + VowelKey(NameVariants.Key(e.Name));
            if (e.Kind == EntityKind.Organization && SingularOfLastWord(e.Name) is { } singular) yield return prefix + NameVariants.Key(singular);
            foreach (var form in e.Forms)
            {
                // A person's lone surname is too weak a key to join on; it is handled above.
                if (e.Kind == EntityKind.Person && form.IndexOf(' ') < 0) continue;
                // So is a surname with its lower-case particles ("de Arrieta", "bin Rashad"): relatives and namesakes share it.
                if (e.Kind == EntityKind.Person && Extraction.Lexicons.CommonWords.IsSurnameParticle(form.Substring(0, form.IndexOf(' ')))) continue;
                // And with capitalized ones ("De Souza" of "Ana De Souza"): her brother "Paulo De Souza" shares it.
                if (e.Kind == EntityKind.Person && IsParticleSurnameOf(form, e.Name)) continue;
                if (e.Kind == EntityKind.Person && !SameSurname(form, e.Name)) continue;
                // "Senate" of "Senate of Norland": the bare head word names another country's body in another article.
                // So is "Senate" of "Texas Senate".
                if (e.Kind != EntityKind.Person && (e.Name.StartsWith(form + " of ", StringComparison.Ordinal) || e.Name.EndsWith(" " + form, StringComparison.Ordinal))
                    && (Extraction.Lexicons.Gazetteer.TryGetPlaceOrOrganization(form, out _) || Extraction.EntityRecognizer.IsBareForce(form))) continue;
                // "Commission" of "Velden Commission on Fisheries": the head word alone names another body in another article.
                if (e.Kind != EntityKind.Person && form != e.Name && Extraction.Lexicons.Gazetteer.IsBackReferenceHead(form)) continue;
                yield return prefix + NameVariants.Key(form);
            }
        }

        /// <summary>
        /// "Velden Defence Forces" and "Velden Defence Force": an organization's name of two words or more ending in a plural
        /// is keyed by its singular too, so the two spellings of one body are one across articles ("Forces", not "Congress").
        /// </summary>
        private static string? SingularOfLastWord(string name)
        {
            var space = name.LastIndexOf(' ');
            if (space < 0 || name.Length - space - 1 < 4 || name[name.Length - 1] != 's' || name[name.Length - 2] is 's' or 'u' or 'i') return null;
            return name.Substring(0, name.Length - 1);
        }

        /// <summary>
        /// "Usama bin Ladin" and "Osama bin Laden", "Mohammed Kassem" and "Muhammad Kasim", "el-Sadr" and "al-Sadr": a full
        /// name's transliterations differ in their vowels. Words of four letters or more keep their consonants and last
        /// letter ("Maria" and "Mario" stay apart); shorter ones stay whole ("Jan" and "Jon"), but the article "el" is "al".
        /// </summary>
        private static string VowelKey(string key)
        {
            var words = key.Split(' ');
            for (var w = 0; w < words.Length; w++)
            {
                var word = words[w];
                if (word == "el") words[w] = "al";
                if (word.Length < 4) continue;
                var chars = word.ToCharArray();
                for (var i = 0; i < chars.Length - 1; i++)
                    if (chars[i] is 'a' or 'e' or 'i' or 'o' or 'u') chars[i] = 'a';
                words[w] = new string(chars);
            }
            return string.Join(" ", words);
        }

        private static bool SameSurname(string form, string name)
        {
            var f = form.Split(' ');
            var n = name.Split(' ');
            return NameVariants.Key(f[f.Length - 1]) == NameVariants.Key(n[n.Length - 1]);
        }

        private static bool EndsAnother(IEnumerable<string> names, string surname)
        {
            foreach (var name in names)
                if (name.EndsWith(" " + surname, StringComparison.Ordinal)) return true;
            return false;
        }

        /// <summary>People: the most used full name; others: the most used name.</summary>
        private static string CanonicalName(EntityCluster c)
        {
            var votes = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (_, e) in c.Members)
            {
                votes.TryGetValue(e.Name, out var n);
                votes[e.Name] = n + e.Mentions;
            }
            string best = string.Empty;
            var bestScore = -1;
            foreach (var pair in votes)
            {
                var words = pair.Key.Split(' ').Length;
                // "De La Varga" beside "Rocco De La Varga": a surname with its particles, not a full name.
                if (c.Kind == EntityKind.Person && words > 1 && OpensWithCapitalizedParticle(pair.Key) && EndsAnother(votes.Keys, pair.Key)) words = 1;
                var score = (c.Kind == EntityKind.Person ? Math.Min(words, 2) * 100000 : 0) + pair.Value;
                if (score > bestScore || score == bestScore && string.CompareOrdinal(pair.Key, best) < 0)
                {
                    best = pair.Key;
                    bestScore = score;
                }
            }
            return best;
        }
    }
}
