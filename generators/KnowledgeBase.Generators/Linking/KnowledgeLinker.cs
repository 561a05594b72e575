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
        // The generated classes' own names and members, and what every class inherits from object
        // (a member named "GetType" would hide it: warning CS0108, an error in most builds).
        internal static readonly string[] ReservedMembers =
        {
            "Knowledge", "Articles", "People", "Organizations", "Places", "Quotes", "Events", "Timeline", "Find", "Search", "Data", "All",
            "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
        };

        /// <summary>One knowledge base per name: the project's (from KnowledgeBaseName) and any an article's metadata names.</summary>
        public static ImmutableArray<KnowledgeModel> LinkAll(ImmutableArray<ArticleModel> articles, ImmutableArray<ArticleTerms> terms, ImmutableArray<ArticleMembership> memberships, GeneratorOptions options, CancellationToken token)
        {
            var nameOf = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var m in memberships) nameOf[m.Path] = m.KnowledgeBase.Length > 0 ? m.KnowledgeBase : options.Name;
            var groups = new SortedDictionary<string, List<ArticleModel>>(StringComparer.Ordinal);
            foreach (var a in articles)
            {
                var name = nameOf.TryGetValue(a.Path, out var n) ? n : options.Name;
                if (!groups.TryGetValue(name, out var list)) groups[name] = list = new List<ArticleModel>();
                list.Add(a);
            }
            if (groups.Count == 0) groups[options.Name] = new List<ArticleModel>(); // an empty knowledge base still compiles
            var result = ImmutableArray.CreateBuilder<KnowledgeModel>(groups.Count);
            // Class names taken so far, in ordinal order of the names asked for: "news" after "News" becomes News2.
            // Ignoring case, as the compiler does for the files' hint names (News.g.cs and NEWS.g.cs are one).
            var classNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in groups)
            {
                token.ThrowIfCancellationRequested();
                result.Add(Link(pair.Value.ToImmutableArray(), terms, options with { Name = pair.Key }, token, classNames));
            }
            return result.MoveToImmutable();
        }

        /// <summary>Links one knowledge base; <paramref name="terms"/> may hold other knowledge bases' articles too, matched by file.</summary>
        public static KnowledgeModel Link(ImmutableArray<ArticleModel> input, ImmutableArray<ArticleTerms> terms, GeneratorOptions options, CancellationToken token, HashSet<string>? classNames = null)
        {
            // Ordinal file order (then path, for two paths that name the same file) makes the output
            // independent of the order the driver hands files in.
            var sorted = new List<ArticleModel>(input);
            sorted.Sort(static (a, b) => string.CompareOrdinal(a.File, b.File) is var byFile and not 0 ? byFile : string.CompareOrdinal(a.Path, b.Path));
            var diagnostics = new List<DiagnosticInfo>();
            foreach (var a in sorted) diagnostics.AddRange(a.Diagnostics);
            var articles = UniqueArticles(sorted, diagnostics, token);

            var name = ClassName(options, classNames ?? new HashSet<string>(StringComparer.OrdinalIgnoreCase), diagnostics);
            var ns = NamespaceName(options, diagnostics);

            // Entities.
            var clusters = EntityLinker.Link(articles);
            clusters.Sort(static (a, b) => a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : string.CompareOrdinal(Slug.Of(a.Name, "entity"), Slug.Of(b.Name, "entity")));
            var local = new Dictionary<(int, string), int>();
            var entityIds = StableIds(clusters, static c => Slug.Of(c.Name, "entity"), (c, n) => KindWord(c.Kind) + (n > 0 ? "-" + StableHash.Hex8(c.Name).Substring(0, 4) : string.Empty));
            for (var i = 0; i < clusters.Count; i++)
            {
                var c = clusters[i];
                c.Index = i;
                c.Id = entityIds[i];
                foreach (var (article, entity) in c.Members) local[(article, entity.Name)] = i;
            }
            int EntityOf(int article, string entityName) => ClusterOf(local, article, entityName);

            var quotes = LinkQuotes(articles, local);

            // Events, in timeline order: dated by date, then undated; ids from date, actors and kind.
            var eventClusters = EventLinker.Link(articles, EntityOf, i => clusters[i].Name);
            var eventIds = StableIds(eventClusters, e => EventId(e, clusters), (e, _) => StableHash.Hex8(FirstSourceKey(e, articles)).Substring(0, 6));
            for (var i = 0; i < eventClusters.Count; i++) eventClusters[i].Id = eventIds[i];
            eventClusters.Sort(static (a, b) =>
            {
                if ((a.Date == 0) != (b.Date == 0)) return a.Date == 0 ? 1 : -1;
                return a.Date != b.Date ? a.Date.CompareTo(b.Date) : string.CompareOrdinal(a.Id, b.Id);
            });
            var events = LinkEvents(eventClusters, clusters, out var dated);

            var entities = LinkEntities(clusters, articles, quotes, events, diagnostics, token);
            var linkedArticles = LinkArticles(articles, diagnostics);

            var files = new List<string>(articles.Count);
            foreach (var a in articles) files.Add(a.File);
            var search = SearchIndexBuilder.Build(files, terms, quotes, events, token);

            return new KnowledgeModel(name, ns, linkedArticles.ToEquatableArray(), entities.ToEquatableArray(), quotes.ToEquatableArray(),
                events.ToEquatableArray(), dated, Aliases(entities).ToEquatableArray(), search, diagnostics.ToEquatableArray());
        }

        /// <summary>The articles with text, the first of each id: a later file with the same id is reported and left out.</summary>
        private static List<ArticleModel> UniqueArticles(List<ArticleModel> sorted, List<DiagnosticInfo> diagnostics, CancellationToken token)
        {
            var articles = new List<ArticleModel>();
            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var a in sorted)
            {
                token.ThrowIfCancellationRequested();
                if (!a.HasText) continue;
                var id = ArticleId(a.File);
                if (ids.TryGetValue(id, out var firstFile))
                {
                    diagnostics.Add(DiagnosticInfo.AtFile(DiagnosticDescriptors.DuplicateArticle, a.Path, firstFile, a.File, id));
                    continue;
                }
                ids.Add(id, a.File);
                articles.Add(a);
            }
            return articles;
        }

        /// <summary>The linked entity an article's entity joined, by article index and the entity's name; -1 for none.</summary>
        private static int ClusterOf(Dictionary<(int, string), int> local, int article, string entityName) =>
            local.TryGetValue((article, entityName), out var index) ? index : -1;

        /// <summary>Quotes, sorted by article and position, their speakers the linked entities.</summary>
        private static List<LinkedQuote> LinkQuotes(List<ArticleModel> articles, Dictionary<(int, string), int> local)
        {
            var quotes = new List<LinkedQuote>();
            for (var a = 0; a < articles.Count; a++)
            {
                var n = 0;
                foreach (var q in articles[a].Quotes)
                {
                    var speaker = q.Speaker is null ? -1 : ClusterOf(local, a, q.Speaker);
                    quotes.Add(new LinkedQuote($"q-{ArticleId(articles[a].File)}-{n++}", a, q.Start, q.Length, speaker, q.SpeakerText, q.Kind, q.Cue, q.SentenceStart, q.SentenceLength));
                }
            }
            return quotes;
        }

        /// <summary>The event records, in the clusters' (timeline) order; <paramref name="dated"/> counts those with a date.</summary>
        private static List<LinkedEvent> LinkEvents(List<EventCluster> eventClusters, List<EntityCluster> clusters, out int dated)
        {
            var events = new List<LinkedEvent>();
            dated = 0;
            foreach (var e in eventClusters)
            {
                if (e.Date != 0) dated++;
                var cameoName = CameoName(e.Cameo, e.Kind);
                events.Add(new LinkedEvent(e.Id, e.Cameo, cameoName, e.Kind, e.Participants.ToEquatableArray(), e.Place, e.Date, e.Status,
                    Summary(e, clusters), e.Sources.ToEquatableArray()));
            }
            return events;
        }

        /// <summary>Entity records with their indexes, gathered in one pass over quotes and events.</summary>
        private static List<LinkedEntity> LinkEntities(List<EntityCluster> clusters, List<ArticleModel> articles, List<LinkedQuote> quotes,
            List<LinkedEvent> events, List<DiagnosticInfo> diagnostics, CancellationToken token)
        {
            var quotesOf = new Dictionary<int, List<int>>();
            for (var q = 0; q < quotes.Count; q++)
                if (quotes[q].Speaker >= 0) Index(quotesOf, quotes[q].Speaker, q);
            var eventsOf = new Dictionary<int, List<int>>();
            for (var ev = 0; ev < events.Count; ev++)
            {
                foreach (var p in events[ev].Participants) Index(eventsOf, p, ev);
                if (events[ev].Place >= 0) Index(eventsOf, events[ev].Place, ev);
            }
            var entities = new List<LinkedEntity>();
            var usedMembers = new Dictionary<EntityKind, HashSet<string>>();
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
                var quoteList = quotesOf.TryGetValue(c.Index, out var spoken) ? spoken : new List<int>();
                var eventList = eventsOf.TryGetValue(c.Index, out var involved) ? involved : new List<int>();
                var (firstArticle, firstEntity) = c.Members[0];
                foreach (var m in c.Members) if (m.Article < firstArticle) (firstArticle, firstEntity) = m;

                if (!usedMembers.TryGetValue(c.Kind, out var members)) usedMembers[c.Kind] = members = new HashSet<string>(ReservedMembers, StringComparer.Ordinal);
                var firstText = articles[firstArticle];
                var member = Member(c.Name, "Entity", members, diagnostics, firstText.Path, firstText.Text, firstEntity.FirstStart, firstEntity.FirstLength);
                entities.Add(new LinkedEntity(c.Id, c.Name, c.Kind, new List<string>(aliases).ToEquatableArray(), quoteList.ToEquatableArray(),
                    eventList.ToEquatableArray(), new List<int>(articleSet).ToEquatableArray(), mentions, firstArticle,
                    firstEntity.FirstStart, firstEntity.FirstLength, member));
            }
            return entities;
        }

        /// <summary>The article records, each with a member name from its title (the title's place in the text for a rename).</summary>
        private static List<LinkedArticle> LinkArticles(List<ArticleModel> articles, List<DiagnosticInfo> diagnostics)
        {
            var linkedArticles = new List<LinkedArticle>();
            var articleMembers = new HashSet<string>(ReservedMembers, StringComparer.Ordinal);
            foreach (var a in articles)
            {
                var titleAt = a.Text.IndexOf(a.Title, StringComparison.Ordinal);
                var member = Member(Emission.MemberNames.ArticleTitle(a.Title), "Article", articleMembers, diagnostics, a.Path, a.Text, Math.Max(titleAt, 0), titleAt < 0 ? 0 : a.Title.Length);
                linkedArticles.Add(new LinkedArticle(ArticleId(a.File), a.File, a.Title, a.Text, a.Published, member));
            }
            return linkedArticles;
        }

        private static void Index(Dictionary<int, List<int>> index, int key, int value)
        {
            if (!index.TryGetValue(key, out var list)) index[key] = list = new List<int>();
            if (list.Count == 0 || list[list.Count - 1] != value) list.Add(value);
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

        /// <summary>The class name for <paramref name="options"/>' name, unique among <paramref name="taken"/> (which it joins).</summary>
        private static string ClassName(GeneratorOptions options, HashSet<string> taken, List<DiagnosticInfo> diagnostics)
        {
            var wanted = options.Name;
            var name = CSharpEscaping.Identifier(wanted, GeneratorOptions.DefaultName);
            if (Array.IndexOf(ReservedMembers, name) >= 0) name += "Base";
            var usable = name;
            for (var n = 2; !taken.Add(name); n++) name = usable + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (name != usable)
                diagnostics.Add(DiagnosticInfo.Global(DiagnosticDescriptors.RenamedIdentifier, wanted, name, $"'{usable}' is the class of another knowledge base of the project"));
            else if (name != wanted)
                diagnostics.Add(DiagnosticInfo.Global(DiagnosticDescriptors.RenamedIdentifier, wanted, name, "KnowledgeBaseName must be a C# class name that is not one of the generated classes' own"));
            return name;
        }

        private static string NamespaceName(GeneratorOptions options, List<DiagnosticInfo> diagnostics)
        {
            var ns = CSharpEscaping.Namespace(options.Namespace);
            if (ns != options.Namespace)
                diagnostics.Add(DiagnosticInfo.Global(DiagnosticDescriptors.RenamedIdentifier, options.Namespace, ns.Length == 0 ? "(the global namespace)" : ns, "the namespace must be C# identifiers separated by dots"));
            return ns;
        }

        /// <summary>A unique member name for a title or name; a rename to avoid a collision is reported where the text stands.</summary>
        private static string Member(string text, string fallback, HashSet<string> used, List<DiagnosticInfo> diagnostics, string path, string articleText, int start, int length)
        {
            var wanted = CSharpEscaping.Identifier(text, fallback);
            if (used.Add(wanted)) return wanted;
            for (var n = 2; ; n++)
            {
                var candidate = wanted + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!used.Add(candidate)) continue;
                diagnostics.Add(DiagnosticInfo.At(DiagnosticDescriptors.RenamedIdentifier, path, articleText, start, length, text, candidate, $"'{wanted}' is taken"));
                return candidate;
            }
        }

        /// <summary>
        /// Ids that depend only on the thing itself: its base id, and where two things share one, a
        /// suffix from each thing's own content, so adding an unrelated article renames nothing.
        /// </summary>
        private static List<string> StableIds<T>(List<T> items, Func<T, string> baseId, Func<T, int, string> disambiguator)
        {
            var bases = new List<string>(items.Count);
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                var id = baseId(item);
                bases.Add(id);
                counts[id] = counts.TryGetValue(id, out var n) ? n + 1 : 1;
            }
            var ids = new List<string>(items.Count);
            var used = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                var id = counts[bases[i]] == 1 ? bases[i] : bases[i] + "-" + disambiguator(items[i], 0);
                if (used.Contains(id)) id = bases[i] + "-" + disambiguator(items[i], 1);
                for (var n = 2; used.Contains(id); n++) id = bases[i] + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                used.Add(id);
                ids.Add(id);
            }
            return ids;
        }

        private static string KindWord(EntityKind kind) => kind == EntityKind.Person ? "person" : kind == EntityKind.Organization ? "organization" : "place";

        private static string FirstSourceKey(EventCluster e, List<ArticleModel> articles)
        {
            var first = e.Sources[0];
            foreach (var s in e.Sources)
                if (string.CompareOrdinal(articles[s.Article].File, articles[first.Article].File) < 0) first = s;
            // The evidence's words, not its offset: the id must not change when line ends do.
            return articles[first.Article].File + "@" + articles[first.Article].Text.Substring(first.Start, first.Length);
        }

        private static string EventId(EventCluster e, List<EntityCluster> entities)
        {
            var builder = new StringBuilder("e-");
            builder.Append(e.Date == 0 ? "undated" : KnowledgeEmitter.FormatDate(e.Date));
            for (var i = 0; i < e.Participants.Count && i < 2; i++)
            {
                var name = entities[e.Participants[i]].Name;
                var parts = name.Split(' ');
                builder.Append('-').Append(Slug.Of(entities[e.Participants[i]].Kind == EntityKind.Person ? parts[parts.Length - 1] : name, "x"));
            }
            builder.Append('-').Append(Slug.Of(e.Kind, "event"));
            return builder.ToString();
        }

        private static string Summary(EventCluster e, List<EntityCluster> entities)
        {
            // An occurrence nobody did ("Outbreak in Samoa on 16 October 2019") is told by its kind alone.
            var actor = e.Participants.Count == 0 ? char.ToUpperInvariant(e.Kind[0]) + e.Kind.Substring(1) : entities[e.Participants[0]].Name;
            var others = new List<string>();
            for (var i = 1; i < e.Participants.Count; i++) others.Add(entities[e.Participants[i]].Name);
            var summary = e.Participants.Count == 0 ? actor : others.Count == 0 ? $"{actor}: {e.Kind}" : $"{actor}: {e.Kind} with {string.Join(", ", others)}";
            if (e.Place >= 0) summary += " in " + entities[e.Place].Name;
            if (e.Date != 0) summary += " on " + KnowledgeEmitter.FormatDate(e.Date);
            if (e.Status == DataLayout.StatusPlanned) summary += " (planned)";
            return summary;
        }

        private static string CameoName(string cameo, string kind) => Extraction.Lexicons.CameoNames.Of(cameo) ?? kind;

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
