using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // Persons named by common English words ("Affairs", "Interest Groups"): misread capitals, dropped.
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// A "person" named by common English words ("Affairs", "Cabinet", "Interest Groups") with no given name, nor a rank
        /// before them, is a misread capital, not a person: dropped, with its mentions.
        /// </summary>
        private void DropCommonWordPersons()
        {
            HashSet<EntityDraft>? drop = null; // made only for an article that drops someone
            foreach (var e in _entities)
                if (e.Kind == EntityKind.Person && IsCommonWordName(e)) (drop ??= new HashSet<EntityDraft>()).Add(e);
            if (drop is not null) Remove(drop);
        }

        /// <summary>Removes the entities and their mentions (apart from the test, so that an article dropping none makes no closure).</summary>
        private void Remove(HashSet<EntityDraft> drop)
        {
            Predicate<Mention> dropped = m => drop.Contains(m.Entity); // one delegate for all sentences, not one each
            foreach (var s in _sentences) s.Mentions.RemoveAll(dropped);
            _entities.RemoveAll(drop.Contains);
        }

        private static bool IsCommonWordName(EntityDraft e)
        {
            // A person named in full takes the full name as its name; titles before a lone word ("Foreign Affairs",
            // "Chief Technical") leave it one word.
            if (e.Name.IndexOf(' ') < 0) return !GivenNames.Contains(e.Name) && IsCommonWord(e.Name);
            // "Interest Groups", "Asset Management": common words all, with no given name and no rank before them.
            var words = e.Name.Split(' ');
            foreach (var w in words)
                if (GivenNames.Contains(w) || !IsCommonWord(w)) return false;
            foreach (var form in e.Forms)
                if (form.Length > e.Name.Length && form.EndsWith(e.Name, StringComparison.Ordinal) && Array.Exists(form.Substring(0, form.Length - e.Name.Length).Split(' '), Titles.IsPersonTitle)) return false;
            return true;
        }

        /// <summary>
        /// "Universal Basic Income", "Vehicle Regulations", "Outbreak Detection": English words all (WordNet's, no given name),
        /// the last one a word for an idea, a rule or a measure, name no organization when nothing else shows what they name.
        /// </summary>
        private static bool NamesAConcept(List<Token> tokens, int start, int end)
        {
            if (end - start < 2 || !CommonWords.IsConceptHead(tokens[end - 1].Text)) return false;
            for (var k = start; k < end - 1; k++)
                if (tokens[k].Kind != TokenKind.Word || GivenNames.Contains(tokens[k]) || !IsCommonWord(tokens[k].Text) && Lexicon.WordClassLexicon.Instance.Priors(tokens[k].Text.ToLowerInvariant()).Total == 0) return false;
            return true;
        }

        // The thread's answers by spelling: names and capitals recur across sentences and articles, and an answer costs a
        // lower-casing and up to two searches of WordNet's sorted lemmas. Emptied when it grows past the bound.
        [ThreadStatic] private static Dictionary<string, bool>? t_commonWords;
        private const int CommonWordsKept = 1 << 15;

        internal static bool IsCommonWord(string name)
        {
            var known = t_commonWords ??= new Dictionary<string, bool>(StringComparer.Ordinal);
            if (known.TryGetValue(name, out var common)) return common;
            if (known.Count >= CommonWordsKept) known.Clear();
            return known[name] = LooksUpCommonWord(name);
        }

        private static bool LooksUpCommonWord(string name)
        {
            var word = name.ToLowerInvariant();
            var lexicon = Lexicon.WordClassLexicon.Instance;
            var priors = lexicon.Priors(word);
            // "Affairs", "Workers", "Conditions": the singular is the word when WordNet lists the plural rarely or not at all.
            if (priors.Noun < 3 && word.Length > 3 && word[word.Length - 1] == 's' && lexicon.Priors(word.Substring(0, word.Length - 1)) is var singular && singular.Total > priors.Total) priors = singular;
            // A SemCor count of two or more (the priors add one): a word met in running text, not only a name in WordNet.
            return priors.Noun >= 3 || priors.Adjective >= 3 && priors.Adjective >= priors.Noun;
        }
    }
}
