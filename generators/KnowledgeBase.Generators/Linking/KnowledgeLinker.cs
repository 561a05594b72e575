using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using KnowledgeBase.Generators.Diagnostics;
using KnowledgeBase.Generators.Emission;
using KnowledgeBase.Generators.Helpers;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Linking
{
    /// <summary>
    /// Linking stage: every article's model → one <see cref="KnowledgeModel"/> with stable ids,
    /// cross-article entities and events, precomputed indexes and unique member names.
    /// </summary>
    internal static class KnowledgeLinker
    {
        private static readonly string[] ReservedMembers =
        {
            "Knowledge", "Articles", "People", "Organizations", "Places", "Quotes", "Events", "Timeline", "Find", "Search", "Data", "All",
        };

        public static KnowledgeModel Link(ImmutableArray<ArticleModel> input, ImmutableArray<ArticleTerms> terms, GeneratorOptions options, CancellationToken token)
        {
            var diagnostics = new List<DiagnosticInfo>();
            foreach (var a in input) diagnostics.AddRange(a.Diagnostics);

            // Ordinal file order makes the output independent of the order the driver hands files in.
            var sorted = new List<ArticleModel>(input);
            sorted.Sort(static (a, b) => string.CompareOrdinal(a.File, b.File));
            var articles = new List<ArticleModel>();
            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var a in sorted)
            {
                token.ThrowIfCancellationRequested();
                if (!a.HasText) continue;
                var id = ArticleId(a.File);
                if (ids.TryGetValue(id, out var firstFile))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateArticle, string.Empty, 0, 0, 0, 0, firstFile, a.File, id));
                    continue;
                }
                ids.Add(id, a.File);
                articles.Add(a);
            }

            var name = ClassName(options, diagnostics);

            // Entities.
            var clusters = EntityLinker.Link(articles);
            clusters.Sort(static (a, b) => a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : string.CompareOrdinal(Slug.Of(a.Name, "entity"), Slug.Of(b.Name, "entity")));
            var usedIds = new HashSet<string>(StringComparer.Ordinal);
            var local = new Dictionary<(int, string), int>();
            for (var i = 0; i < clusters.Count; i++)
            {
                var c = clusters[i];
                c.Index = i;
                c.Id = Unique(Slug.Of(c.Name, "entity"), usedIds);
                foreach (var (article, entity) in c.Members) local[(article, entity.Name)] = i;
            }
            int EntityOf(int article, string entityName) => local.TryGetValue((article, entityName), out var index) ? index : -1;

            // Quotes, sorted by article and position.
            var quotes = new List<LinkedQuote>();
            for (var a = 0; a < articles.Count; a++)
            {
                var n = 0;
                foreach (var q in articles[a].Quotes)
                {
                    var speaker = q.Speaker is null ? -1 : EntityOf(a, q.Speaker);
                    quotes.Add(new LinkedQuote($"q-{ArticleId(articles[a].File)}-{n++}", a, q.Start, q.Length, speaker, q.SpeakerText, q.Kind, q.Cue, q.SentenceStart, q.SentenceLength));
                }
            }

            // Events, in timeline order: dated by date, then undated; ids from date, actors and kind.
            var eventClusters = EventLinker.Link(articles, EntityOf);
            var usedEventIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var e in eventClusters) e.Id = EventId(e, clusters, usedEventIds);
            eventClusters.Sort(static (a, b) =>
            {
                if ((a.Date == 0) != (b.Date == 0)) return a.Date == 0 ? 1 : -1;
                return a.Date != b.Date ? a.Date.CompareTo(b.Date) : string.CompareOrdinal(a.Id, b.Id);
            });
            var events = new List<LinkedEvent>();
            var dated = 0;
            foreach (var e in eventClusters)
            {
                if (e.Date != 0) dated++;
                var cameoName = CameoName(e.Cameo, e.Kind);
                events.Add(new LinkedEvent(e.Id, e.Cameo, cameoName, e.Kind, e.Participants.ToEquatableArray(), e.Place, e.Date, e.Status,
                    Summary(e, clusters), e.Sources.ToEquatableArray()));
            }

            // Entity records with their indexes (quotes by speaker, events by participant or place, in one pass each).
            var quotesBySpeaker = new Dictionary<int, List<int>>();
            for (var q = 0; q < quotes.Count; q++)
                if (quotes[q].Speaker >= 0) Add(quotesBySpeaker, quotes[q].Speaker, q);
            var eventsByEntity = new Dictionary<int, List<int>>();
            for (var ev = 0; ev < events.Count; ev++)
            {
                if (events[ev].Place >= 0) Add(eventsByEntity, events[ev].Place, ev);
                foreach (var p in events[ev].Participants)
                    if (p != events[ev].Place) Add(eventsByEntity, p, ev);
            }
            var entities = new List<LinkedEntity>();
            var usedMembers = new Dictionary<int, HashSet<string>>();
            foreach (var c in clusters)
            {
                token.ThrowIfCancellationRequested();
                var aliases = new SortedSet<string>(StringComparer.Ordinal);
                var articleSet = new SortedSet<int>();
                var mentions = 0;
                foreach (var (article, entity) in c.Members)
                {
                    articleSet.Add(article);
                    mentions += entity.Mentions;
                    aliases.Add(entity.Name);
                    foreach (var form in entity.Forms) aliases.Add(form);
                }
                aliases.Remove(c.Name);
                var quoteList = quotesBySpeaker.TryGetValue(c.Index, out var spoken) ? spoken : new List<int>();
                var eventList = eventsByEntity.TryGetValue(c.Index, out var involved) ? Distinct(involved) : new List<int>();
                var (firstArticle, firstEntity) = c.Members[0];
                foreach (var m in c.Members) if (m.Article < firstArticle) (firstArticle, firstEntity) = m;

                if (!usedMembers.TryGetValue(c.Kind, out var members)) usedMembers[c.Kind] = members = new HashSet<string>(ReservedMembers, StringComparer.Ordinal);
                var member = Member(c.Name, "Entity", members, diagnostics);
                entities.Add(new LinkedEntity(c.Id, c.Name, c.Kind, new List<string>(aliases).ToEquatableArray(), quoteList.ToEquatableArray(),
                    eventList.ToEquatableArray(), new List<int>(articleSet).ToEquatableArray(), mentions, firstArticle,
                    firstEntity.FirstStart, firstEntity.FirstLength, member));
            }

            var linkedArticles = new List<LinkedArticle>();
            var articleMembers = new HashSet<string>(ReservedMembers, StringComparer.Ordinal);
            foreach (var a in articles)
                linkedArticles.Add(new LinkedArticle(ArticleId(a.File), a.File, a.Title, a.Text, a.Published, Member(a.Title, "Article", articleMembers, diagnostics)));

            var files = new List<string>(articles.Count);
            foreach (var a in articles) files.Add(a.File);
            var search = SearchIndexBuilder.Build(files, terms, quotes, events, token);

            return new KnowledgeModel(name, options.Namespace, linkedArticles.ToEquatableArray(), entities.ToEquatableArray(), quotes.ToEquatableArray(),
                events.ToEquatableArray(), dated, Aliases(entities).ToEquatableArray(), search, diagnostics.ToEquatableArray());
        }

        private static void Add(Dictionary<int, List<int>> index, int key, int value)
        {
            if (!index.TryGetValue(key, out var list)) index.Add(key, list = new List<int>());
            list.Add(value);
        }

        /// <summary>Ascending indices without repeats (an entity may be a participant twice over).</summary>
        private static List<int> Distinct(List<int> items)
        {
            var result = new List<int>(items.Count);
            foreach (var i in items)
                if (result.Count == 0 || result[result.Count - 1] != i) result.Add(i);
            return result;
        }

        /// <summary>The article's stable id: its file name without extension, as a slug.</summary>
        internal static string ArticleId(string file)
        {
            var slash = file.LastIndexOf('/');
            var stem = file.Substring(slash + 1);
            var dot = stem.LastIndexOf('.');
            if (dot > 0) stem = stem.Substring(0, dot);
            var directory = slash > 0 ? Slug.Of(file.Substring(0, slash), string.Empty) : string.Empty;
            var id = Slug.Of(stem, "article");
            return directory.Length > 0 ? directory + "-" + id : id;
        }

        private static string ClassName(GeneratorOptions options, List<DiagnosticInfo> diagnostics)
        {
            var wanted = options.Name;
            var name = CSharpEscaping.Identifier(wanted, GeneratorOptions.DefaultName);
            if (Array.IndexOf(ReservedMembers, name) >= 0) name += "Base";
            if (name != wanted)
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RenamedIdentifier, string.Empty, 0, 0, 0, 0, wanted, wanted, name));
            return name;
        }

        private static string Member(string text, string fallback, HashSet<string> used, List<DiagnosticInfo> diagnostics)
        {
            var wanted = CSharpEscaping.Identifier(text, fallback);
            if (wanted.Length > 64) wanted = wanted.Substring(0, 64);
            if (used.Add(wanted)) return wanted;
            for (var n = 2; ; n++)
            {
                var candidate = wanted + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!used.Add(candidate)) continue;
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RenamedIdentifier, string.Empty, 0, 0, 0, 0, text, wanted, candidate));
                return candidate;
            }
        }

        private static string Unique(string id, HashSet<string> used)
        {
            if (used.Add(id)) return id;
            for (var n = 2; ; n++)
            {
                var candidate = id + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (used.Add(candidate)) return candidate;
            }
        }

        private static string EventId(EventCluster e, List<EntityCluster> entities, HashSet<string> used)
        {
            var builder = new StringBuilder("e-");
            builder.Append(e.Date == 0 ? "undated" : KnowledgeEmitter.FormatDate(e.Date));
            for (var i = 0; i < e.Participants.Count && i < 2; i++)
            {
                var name = entities[e.Participants[i]].Name;
                var parts = name.Split(' ');
                builder.Append('-').Append(Slug.Of(entities[e.Participants[i]].Kind == DataLayout.KindPerson ? parts[parts.Length - 1] : name, "x"));
            }
            builder.Append('-').Append(Slug.Of(e.Kind, "event"));
            return Unique(builder.ToString(), used);
        }

        private static string Summary(EventCluster e, List<EntityCluster> entities)
        {
            var actor = entities[e.Participants[0]].Name;
            var others = new List<string>();
            for (var i = 1; i < e.Participants.Count; i++) others.Add(entities[e.Participants[i]].Name);
            var summary = others.Count == 0 ? $"{actor}: {e.Kind}" : $"{actor}: {e.Kind} with {string.Join(", ", others)}";
            if (e.Place >= 0) summary += " in " + entities[e.Place].Name;
            if (e.Date != 0) summary += " on " + KnowledgeEmitter.FormatDate(e.Date);
            if (e.Status == DataLayout.StatusPlanned) summary += " (planned)";
            return summary;
        }

        private static string CameoName(string cameo, string kind) => CameoNames.Of(cameo) ?? kind;

        /// <summary>Name, alias and id keys, sorted by UTF-8 bytes so the runtime can binary-search them.</summary>
        private static List<AliasEntry> Aliases(List<LinkedEntity> entities)
        {
            var best = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < entities.Count; i++)
            {
                var e = entities[i];
                var keys = new List<string> { e.Name, e.Id };
                keys.AddRange(e.Aliases);
                foreach (var k in keys)
                {
                    var key = NameKey.Normalize(k);
                    if (key.Length == 0) continue;
                    if (!best.TryGetValue(key, out var current) || entities[current].Mentions < e.Mentions || entities[current].Name != k && NameKey.Normalize(entities[current].Name) != key && NameKey.Normalize(e.Name) == key)
                        best[key] = i;
                }
            }
            var list = new List<AliasEntry>();
            foreach (var pair in best) list.Add(new AliasEntry(pair.Key, pair.Value));
            list.Sort(static (a, b) => Utf8Order.Compare(a.Key, b.Key));
            return list;
        }
    }
}
