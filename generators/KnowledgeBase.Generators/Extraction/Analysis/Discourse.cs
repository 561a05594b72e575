using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Analysis
{
    /// <summary>
    /// Who "he", "she", "they", "it", "the company", "the country", "the minister" stand for in one article: the
    /// most recent compatible entity mention before them (<see cref="AnaphorRules"/>), from the mentions the
    /// sentences carry. Ask it only after entity recognition has filled the mentions.
    /// </summary>
    internal sealed class Discourse
    {
        // Sentences looked back through: pronouns refer to the last few, descriptions ("the company") further.
        private const int PronounWindow = 4;
        private const int DescriptionWindow = 12;

        private static readonly ConditionalWeakTable<List<SentenceInfo>, Discourse> PerArticle = new();
        private static readonly Dictionary<string, AnaphorRules.Row> ByWord = Index();

        private readonly List<SentenceInfo> _sentences;

        public Discourse(List<SentenceInfo> sentences)
        {
            _sentences = sentences;
        }

        /// <summary>The one discourse model of an article's sentence list.</summary>
        public static Discourse Of(List<SentenceInfo> sentences) => PerArticle.GetValue(sentences, static s => new Discourse(s));

        private static Dictionary<string, AnaphorRules.Row> Index()
        {
            var index = new Dictionary<string, AnaphorRules.Row>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in AnaphorRules.Rows)
                foreach (var word in row.Words.Split(' '))
                    index[word] = row;
            return index;
        }

        /// <summary>
        /// What token <paramref name="token"/> of <paramref name="sentence"/> may refer back to, if it is a pronoun,
        /// "the" + a reference noun, or "the" + a role noun ("the minister": a person, one with that role first).
        /// </summary>
        public static ReferentClass? ClassOf(List<Token> tokens, int token, out bool definite, out string? role)
        {
            definite = false;
            role = null;
            var word = tokens[token];
            if (!word.IsWord) return null;
            var afterThe = token > 0 && IsDeterminer(tokens[token - 1]) || token > 1 && IsDeterminer(tokens[token - 2]) && Modifies(tokens[token - 1], word);
            if (ByWord.TryGetValue(word.Text, out var row))
            {
                if (row.Definite && !afterThe) return null;
                definite = row.Definite;
                return row.Referent;
            }
            if (!(Titles.IsRoleNoun(word) || Titles.IsPersonTitle(word)) || !afterThe && RoleDeterminer(tokens, token) < 0) return null;
            definite = true;
            role = word.Lower;
            return ReferentClass.Person;
        }

        private static bool IsDeterminer(Token w) => w.Is("the") || w.Is("this");

        // Modifiers a role noun may take before it ("the Chilean trade minister", "the former US envoy").
        private const int MaxRoleModifiers = 3;

        /// <summary>
        /// The "the"/"this" that opens a role description at <paramref name="token"/> whose modifiers are title words
        /// ("foreign", "former"), a nationality ("Chilean") or a country ("US"), or one word written like the noun; -1 when none.
        /// </summary>
        internal static int RoleDeterminer(List<Token> tokens, int token)
        {
            for (var k = token - 1; k >= 0 && k >= token - 1 - MaxRoleModifiers; k--)
            {
                if (IsDeterminer(tokens[k])) return k < token - 1 ? k : -1;
                var modifier = tokens[k];
                if (!modifier.IsWord || !(k == token - 1 && Modifies(modifier, tokens[token]) || Titles.IsTitleWord(modifier) || NamesCountry(modifier))) return -1;
            }
            return -1;
        }

        /// <summary>A role description with more than one modifier or a country's ("the former US envoy", "the Chilean minister").</summary>
        internal static bool IsModifiedRole(List<Token> tokens, int token) =>
            RoleDeterminer(tokens, token) is var the && the >= 0 && (the < token - 2 || NamesCountry(tokens[token - 1]));

        /// <summary>"Chilean", "US": a word that names a country by itself or by its nationality.</summary>
        internal static bool NamesCountry(Token word) =>
            word.IsCapitalized && (Gazetteer.TryGetByDemonym(word.Text, out var people) && people.Kind == GazetteerKind.Country
                || Gazetteer.TryGetPlaceOrOrganization(word.Text, out var place) && place.Kind == GazetteerKind.Country);

        // "the Prime Minister", "the fisheries department": one modifier written like the noun (both capitalized or neither).
        private static bool Modifies(Token modifier, Token noun) =>
            modifier.IsWord && modifier.IsCapitalized == noun.IsCapitalized && !CommonWords.IsFunctionWord(modifier) && !ByWord.ContainsKey(modifier.Text);

        /// <summary>The mention token <paramref name="token"/> of <paramref name="sentence"/> refers to, or null.</summary>
        public Mention? Referent(SentenceInfo sentence, int token)
        {
            var referent = ClassOf(sentence.Tokens, token, out var definite, out var role);
            if (referent is null) return null;
            var window = definite ? DescriptionWindow : PronounWindow;
            // "the Chilean trade minister" is no one but a holder of the role: never just the latest person.
            var strict = role is not null && IsModifiedRole(sentence.Tokens, token);
            Mention? latest = null;
            for (var k = sentence.Index; k >= 0 && k >= sentence.Index - window && k < _sentences.Count; k--)
            {
                var mentions = _sentences[k].Mentions;
                for (var m = mentions.Count - 1; m >= 0; m--)
                {
                    var mention = mentions[m];
                    if (k == sentence.Index && mention.TokenStart >= token) continue;
                    if (!Fits(mention, referent.Value) || referent == ReferentClass.NamedBody && !HasWord(mention.Entity.Name, sentence.Tokens[token].Text)) continue;
                    if (role is null || mention.Entity.HasRole(role)) return mention;
                    if (!strict) latest ??= mention;
                }
            }
            return latest;
        }

        /// <summary>
        /// What the pronoun opening sentence <paramref name="sentence"/> (at <paramref name="token"/> 0) stands for when it goes on
        /// with the sentence before: the fitting entity that heads that sentence's first main-clause subject ("Ostrel Air is a
        /// carrier based in Velden. It was founded in 1992."), or what that subject refers to in turn ("The carrier is private. It
        /// has ..."); null when that subject is no fitting party ("The fire spread to the Velden plant. It killed nine.").
        /// </summary>
        public Mention? ContinuedTopic(SentenceInfo sentence, int token) =>
            token == 0 && ClassOf(sentence.Tokens, token, out _, out _) is { } referent ? TopicBefore(sentence.Index, referent, 3) : null;

        private Mention? TopicBefore(int index, ReferentClass referent, int depth)
        {
            if (index <= 0 || index > _sentences.Count || depth == 0) return null;
            var before = _sentences[index - 1];
            foreach (var clause in before.Analysis.Clauses)
            {
                if (clause.Kind != ClauseKind.Main || clause.Subject is not { } subject) continue;
                foreach (var m in before.Mentions)
                    if (m.TokenStart <= subject.Head && subject.Head < m.TokenEnd) return Fits(m, referent) ? m : null;
                // "It has ...", "The carrier was ...": a subject that refers goes on with the one it refers to.
                if (ClassOf(before.Tokens, subject.Head, out var definite, out var role) is not { } own || role is not null || own != referent && own != ReferentClass.Organization) return null;
                if (subject.Head == 0) return TopicBefore(before.Index, referent, depth - 1);
                return definite && Referent(before, subject.Head) is { } described && Fits(described, referent) ? described : null;
            }
            return null;
        }

        /// <summary>
        /// What a description ("the network") stands for when the act it takes part in needs a party: among the fitting
        /// entities named in the window, the one named most often so far (the article's subject outweighs a passing name), the
        /// latest on a tie; but among several, the latest named with the description's noun ("the party": the Velden Party). Null
        /// when nothing fits. <paramref name="other"/>, the party the description stands beside, is never it.
        /// </summary>
        public EntityDraft? SalientReferent(SentenceInfo sentence, int token, EntityDraft? other = null)
        {
            var referent = ClassOf(sentence.Tokens, token, out _, out var role);
            if (referent is null) return null;
            if (referent == ReferentClass.NamedBody) return NamedBody(sentence, token, other);
            if (NamedWithNoun(sentence, token, referent.Value) is { } named && named != other) return named;
            var counts = new Dictionary<EntityDraft, int>();
            EntityDraft? best = null;
            for (var k = Math.Min(sentence.Index, _sentences.Count - 1); k >= 0; k--)
            {
                foreach (var mention in _sentences[k].Mentions)
                {
                    if (k == sentence.Index && mention.TokenStart >= token || mention.Entity == other || !Fits(mention, referent.Value) || role is not null && !HoldsRole(sentence, token, mention.Entity, role)) continue;
                    counts.TryGetValue(mention.Entity, out var n);
                    counts[mention.Entity] = n + 1;
                }
            }
            foreach (var pair in counts)
                if (best is null || pair.Value > counts[best]) best = pair.Key;
            return best;
        }

        // "the Prime Minister": only a person the article gave that role, and none named before it in its own sentence ("After
        // Finance Minister X failed, the Prime Minister apologised": the description is someone else, or "he" would do).
        private static bool HoldsRole(SentenceInfo sentence, int token, EntityDraft person, string role)
        {
            if (!person.HasRole(role)) return false;
            foreach (var m in sentence.Mentions)
                if (m.TokenStart < token && m.Entity == person) return false;
            return true;
        }

        // "At the Velden Party's convention, the party nominated ...": the latest fitting entity in the window whose name has the noun.
        private EntityDraft? NamedWithNoun(SentenceInfo sentence, int token, ReferentClass referent)
        {
            var noun = sentence.Tokens[token].Text;
            for (var k = Math.Min(sentence.Index, _sentences.Count - 1); k >= 0 && k >= sentence.Index - DescriptionWindow; k--)
            {
                var mentions = _sentences[k].Mentions;
                for (var m = mentions.Count - 1; m >= 0; m--)
                {
                    var mention = mentions[m];
                    if (k == sentence.Index && mention.TokenStart >= token || !Fits(mention, referent)) continue;
                    if (HasWord(mention.Entity.Name, noun)) return mention.Entity;
                }
            }
            return null;
        }

        /// <summary>
        /// "the court", "the appeals court": among the organizations named in the window whose name has the noun (and the one
        /// modifier, when one has it), the one named most, the latest on a tie; null when none.
        /// </summary>
        private EntityDraft? NamedBody(SentenceInfo sentence, int token, EntityDraft? other)
        {
            var tokens = sentence.Tokens;
            var modifier = token > 1 && !IsDeterminer(tokens[token - 1]) ? tokens[token - 1].Text : null;
            var counts = new Dictionary<EntityDraft, int>();
            EntityDraft? best = null;
            var bestModified = false;
            for (var k = Math.Min(sentence.Index, _sentences.Count - 1); k >= 0 && k >= sentence.Index - DescriptionWindow; k--)
                foreach (var mention in _sentences[k].Mentions)
                {
                    var entity = mention.Entity;
                    if (k == sentence.Index && mention.TokenStart >= token || entity == other || !Fits(mention, ReferentClass.NamedBody) || !HasWord(entity.Name, tokens[token].Text)) continue;
                    counts.TryGetValue(entity, out var n);
                    counts[entity] = ++n;
                    var modified = modifier is not null && HasWord(entity.Name, modifier);
                    if (best is null || modified && !bestModified || modified == bestModified && n > counts[best]) (best, bestModified) = (entity, modified);
                }
            return best;
        }

        /// <summary>Whether <paramref name="word"/> is a whole word of <paramref name="name"/>, in any case ("the Norland administration" has "Administration").</summary>
        internal static bool HasWord(string name, string word)
        {
            for (var at = name.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = name.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
                if ((at == 0 || name[at - 1] == ' ') && (at + word.Length == name.Length || name[at + word.Length] == ' ')) return true;
            return false;
        }

        internal static bool Fits(Mention mention, ReferentClass referent)
        {
            var entity = mention.Entity;
            var isCountry = entity.IsCountry && !mention.IsDemonym;
            return referent switch
            {
                ReferentClass.Person => entity.Kind == EntityKind.Person,
                ReferentClass.Organization or ReferentClass.NamedBody => entity.Kind == EntityKind.Organization && !entity.IsMedia,
                ReferentClass.Country => isCountry,
                ReferentClass.Place => entity.Kind == EntityKind.Place && !entity.IsCountry,
                // "it", "they": an organization or a country, never a news outlet that reports.
                _ => (entity.Kind == EntityKind.Organization && !entity.IsMedia) || isCountry,
            };
        }
    }
}
