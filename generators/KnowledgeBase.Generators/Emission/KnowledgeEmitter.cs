using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using KnowledgeBase.Generators.Helpers;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Storage;
using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Generators.Emission
{
    /// <summary>
    /// Turns the linked knowledge base into C#: a static class of named members with XML docs,
    /// and a nested data class whose text is one UTF-8 literal and whose numbers are one int table.
    /// </summary>
    internal static class KnowledgeEmitter
    {
        private const string Tool = "KnowledgeBase.Generators";
        private static readonly string ToolVersion = typeof(KnowledgeEmitter).Assembly.GetName().Version?.ToString() ?? "0.0.0";

        public static void Emit(SourceProductionContext context, KnowledgeModel model)
        {
            foreach (var diagnostic in model.Diagnostics)
                context.ReportDiagnostic(diagnostic.ToDiagnostic());

            // Every number below is formatted with the invariant culture (Inv): generated source
            // must not depend on the culture of the machine that builds it.
            var token = context.CancellationToken;
            context.AddSource(model.Name + ".g.cs", EmitSurface(model, token));
            var data = DataTableBuilder.Build(model, token);
            context.AddSource(model.Name + ".Data.g.cs", EmitData(model, data, token));
        }

        internal static string EmitSurface(KnowledgeModel model, CancellationToken token = default)
        {
            var w = Header();
            var hasNamespace = model.Namespace.Length > 0;
            if (hasNamespace) w.Open("namespace " + model.Namespace);

            int people = 0, organizations = 0, places = 0;
            foreach (var e in model.Entities)
            {
                if (e.Kind == EntityKind.Person) people++;
                else if (e.Kind == EntityKind.Organization) organizations++;
                else places++;
            }

            w.Line("/// <summary>");
            w.Line($"/// Knowledge base compiled from {Plural(model.Articles.Count, "article")}: {Plural(people, "person", "people")}, "
                + $"{Plural(organizations, "organization")}, {Plural(places, "place")}, {Plural(model.Quotes.Count, "quote")} and {Plural(model.Events.Count, "event")}.");
            w.Line("/// </summary>");
            w.Line(GeneratedCode());
            w.Open("public static partial class " + model.Name);

            w.Line("private static global::KnowledgeBase.Knowledge? s_knowledge;");
            w.Line();
            w.Line("/// <summary>The whole knowledge base with its queries.</summary>");
            w.Line("public static global::KnowledgeBase.Knowledge Knowledge => s_knowledge ??= new global::KnowledgeBase.Knowledge(new Data());");
            w.Line();
            w.Line("/// <summary>Dated events in date order.</summary>");
            w.Line("public static global::KnowledgeBase.EventList Timeline => Knowledge.Timeline;");
            w.Line();
            w.Line("/// <summary>The person, organization or place a name, alias or id stands for, or null.</summary>");
            w.Line("/// <param name=\"nameOrAlias\">A name, alias or id; case, a leading \"the\" and curly quotes do not matter.</param>");
            w.Line("public static global::KnowledgeBase.Entity? Find(string nameOrAlias) => Knowledge.Find(nameOrAlias);");
            w.Line();
            w.Line("/// <summary>Sentences that hold the words, best first, from the inverted index compiled with the articles.</summary>");
            w.Line("/// <param name=\"words\">Words to look for; case, a plural \"s\" and common function words do not matter.</param>");
            w.Line("public static global::KnowledgeBase.SearchResults Search(string words) => Knowledge.Search(words);");

            EmitArticles(w, model, token);
            EmitEntities(w, model, EntityKind.Person, "People", "Person", "people", token);
            EmitEntities(w, model, EntityKind.Organization, "Organizations", "Organization", "organizations", token);
            EmitEntities(w, model, EntityKind.Place, "Places", "Place", "places", token);
            EmitQuotes(w, model, token);
            EmitEvents(w, model, token);

            w.Close();
            if (hasNamespace) w.Close();
            return w.ToString();
        }

        private static void EmitArticles(SourceWriter w, KnowledgeModel model, CancellationToken token)
        {
            w.Line();
            w.Line($"/// <summary>The {Plural(model.Articles.Count, "article")} the knowledge base was compiled from.</summary>");
            w.Open("public static class Articles");
            w.Line("/// <summary>Every article, in file order.</summary>");
            w.Line("public static global::KnowledgeBase.RecordList<global::KnowledgeBase.Article> All => Knowledge.Articles;");
            for (var i = 0; i < model.Articles.Count; i++)
            {
                token.ThrowIfCancellationRequested();
                var a = model.Articles[i];
                w.Line();
                w.Line($"/// <summary>{CSharpEscaping.XmlDoc(a.Title)}</summary>");
                w.Line($"/// <remarks>{CSharpEscaping.XmlDoc(a.File)}; {(a.Published > 0 ? "published " + FormatDate(a.Published) : "no dateline")}.</remarks>");
                w.Line($"public static global::KnowledgeBase.Article {a.Member} => Knowledge.Articles[{Inv(i)}];");
            }
            w.Close();
        }

        private static void EmitEntities(SourceWriter w, KnowledgeModel model, EntityKind kind, string className, string typeName, string plural, CancellationToken token)
        {
            var count = 0;
            foreach (var e in model.Entities) if (e.Kind == kind) count++;
            w.Line();
            w.Line($"/// <summary>The {Inv(count)} {plural} named in the articles.</summary>");
            w.Open("public static class " + className);
            w.Line($"/// <summary>Every one of the {plural}, by id.</summary>");
            w.Line($"public static global::KnowledgeBase.RecordList<global::KnowledgeBase.{typeName}> All => Knowledge.{className};");
            for (var i = 0; i < model.Entities.Count; i++)
            {
                var e = model.Entities[i];
                if (e.Kind != kind) continue;
                token.ThrowIfCancellationRequested();
                var first = model.Articles[e.FirstArticle];
                var sentence = Clip(first.Text.Substring(e.FirstStart, e.FirstLength), 240);
                w.Line();
                w.Line($"/// <summary>{CSharpEscaping.XmlDoc(e.Name)} ({typeName.ToLowerInvariant()}): named {Plural(e.Mentions, "time")} in {Plural(e.Articles.Count, "article")}; "
                    + $"speaker of {Plural(e.Quotes.Count, "quote")}; in {Plural(e.Events.Count, "event")}.</summary>");
                if (e.Aliases.Count > 0)
                    w.Line($"/// <remarks>Also called: {CSharpEscaping.XmlDoc(string.Join(", ", e.Aliases))}. First mention ({CSharpEscaping.XmlDoc(first.File)}): \u201C{CSharpEscaping.XmlDoc(sentence)}\u201D</remarks>");
                else
                    w.Line($"/// <remarks>First mention ({CSharpEscaping.XmlDoc(first.File)}): \u201C{CSharpEscaping.XmlDoc(sentence)}\u201D</remarks>");
                w.Line($"public static global::KnowledgeBase.{typeName} {e.Member} => (global::KnowledgeBase.{typeName})Knowledge.Entities[{Inv(i)}];");
            }
            w.Close();
        }

        /// <summary>Named members stop here: beyond it a knowledge base is queried, not browsed, and members cost compile time.</summary>
        internal const int MaxNamedRecords = 5000;

        private static void EmitQuotes(SourceWriter w, KnowledgeModel model, CancellationToken token)
        {
            w.Line();
            w.Line($"/// <summary>The {Plural(model.Quotes.Count, "quote")} of the articles: direct quotes and reported speech with their speakers.</summary>");
            w.Open("public static class Quotes");
            w.Line("/// <summary>Every quote, by article and position.</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::KnowledgeBase.Quote> All => Knowledge.Quotes;");
            w.Line();
            w.Line("/// <summary>The quotes a person or organization is the speaker of.</summary>");
            w.Line("/// <param name=\"speaker\">The speaker.</param>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::KnowledgeBase.Quote> By(global::KnowledgeBase.Entity speaker) => speaker.Quotes;");
            // Names every class has (ToString, Equals...) and the class's own members are taken.
            var used = new HashSet<string>(Linking.KnowledgeLinker.ReservedMembers, StringComparer.Ordinal) { "By", "Quotes" };
            for (var i = 0; i < model.Quotes.Count && i < MaxNamedRecords; i++)
            {
                token.ThrowIfCancellationRequested();
                var q = model.Quotes[i];
                var article = model.Articles[q.Article];
                var speaker = q.Speaker >= 0 ? model.Entities[q.Speaker].Name : q.SpeakerText;
                var kind = q.Kind == DataLayout.QuoteDirect ? "direct" : "indirect";
                var cue = q.Cue is null ? string.Empty : ", \u201C" + q.Cue + "\u201D";
                w.Line();
                w.Line($"/// <summary>{CSharpEscaping.XmlDoc(speaker)} ({kind}{CSharpEscaping.XmlDoc(cue)}): \u201C{CSharpEscaping.XmlDoc(Clip(article.Text.Substring(q.Start, q.Length), 200))}\u201D</summary>");
                w.Line($"/// <remarks>{CSharpEscaping.XmlDoc(article.File)}: \u201C{CSharpEscaping.XmlDoc(Clip(article.Text.Substring(q.SentenceStart, q.SentenceLength), 300))}\u201D</remarks>");
                w.Line($"public static global::KnowledgeBase.Quote {MemberNames.Unique(MemberNames.Quote(model, q), used)} => Knowledge.Quotes[{Inv(i)}];");
            }
            w.Close();
        }

        private static void EmitEvents(SourceWriter w, KnowledgeModel model, CancellationToken token)
        {
            w.Line();
            w.Line($"/// <summary>The {Plural(model.Events.Count, "event")} the articles report, dated ones in date order, each with its evidence.</summary>");
            w.Open("public static class Events");
            w.Line("/// <summary>Every event: dated ones in date order, then undated ones.</summary>");
            w.Line("public static global::KnowledgeBase.EventList All => Knowledge.Events;");
            w.Line();
            w.Line("/// <summary>Events whose date lies wholly within <paramref name=\"from\"/>…<paramref name=\"to\"/>, in date order.</summary>");
            w.Line("/// <param name=\"from\">The first day.</param>");
            w.Line("/// <param name=\"to\">The last day.</param>");
            // The struct itself, not IEnumerable: "foreach" over it allocates nothing.
            w.Line("public static global::KnowledgeBase.EventsBetween Between(global::KnowledgeBase.PartialDate from, global::KnowledgeBase.PartialDate to) => Knowledge.Events.Between(from, to);");
            w.Line();
            w.Line("/// <summary>Events of a CAMEO root class.</summary>");
            w.Line("/// <param name=\"root\">The root class.</param>");
            w.Line("public static global::System.Collections.Generic.IEnumerable<global::KnowledgeBase.Event> OfKind(global::KnowledgeBase.CameoRoot root) => Knowledge.Events.OfKind(root);");
            w.Line();
            w.Line("/// <summary>Events of a kind word (\"call\", \"election\") or CAMEO code prefix (\"04\").</summary>");
            w.Line("/// <param name=\"kindOrCode\">The kind word or code prefix.</param>");
            w.Line("public static global::System.Collections.Generic.IEnumerable<global::KnowledgeBase.Event> OfKind(string kindOrCode) => Knowledge.Events.OfKind(kindOrCode);");
            w.Line();
            w.Line("/// <summary>Events a person, organization or place takes part in or that happened there.</summary>");
            w.Line("/// <param name=\"entity\">The entity.</param>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::KnowledgeBase.Event> Involving(global::KnowledgeBase.Entity entity) => entity.Events;");
            var used = new HashSet<string>(Linking.KnowledgeLinker.ReservedMembers, StringComparer.Ordinal) { "Between", "OfKind", "Involving", "Events" };
            for (var i = 0; i < model.Events.Count && i < MaxNamedRecords; i++)
            {
                token.ThrowIfCancellationRequested();
                var e = model.Events[i];
                var source = e.Sources[0];
                var article = model.Articles[source.Article];
                w.Line();
                w.Line($"/// <summary>{CSharpEscaping.XmlDoc(e.Summary)} (CAMEO {CSharpEscaping.XmlDoc(e.Cameo)}, {(e.Status == DataLayout.StatusPlanned ? "planned" : "occurred")}; {Plural(e.Sources.Count, "source")}).</summary>");
                w.Line($"/// <remarks>{CSharpEscaping.XmlDoc(article.File)}: \u201C{CSharpEscaping.XmlDoc(Clip(article.Text.Substring(source.Start, source.Length), 300))}\u201D</remarks>");
                w.Line($"public static global::KnowledgeBase.Event {MemberNames.Unique(MemberNames.Event(model, e), used)} => Knowledge.Events[{Inv(i)}];");
            }
            w.Close();
        }

        internal static string EmitData(KnowledgeModel model, DataTableBuilder data, CancellationToken token = default)
        {
            var w = Header();
            var hasNamespace = model.Namespace.Length > 0;
            if (hasNamespace) w.Open("namespace " + model.Namespace);
            w.Open("public static partial class " + model.Name);
            w.Line("/// <summary>The compiled data: UTF-8 text and the int table laid out by KnowledgeBase.Storage.DataLayout.</summary>");
            w.Line(GeneratedCode());
            w.Open("private sealed class Data : global::KnowledgeBase.Storage.KnowledgeData");
            w.Line("/// <inheritdoc/>");
            w.Line($"public override string Name => {CSharpEscaping.Literal(model.Name)};");
            w.Line();
            w.Line($"/// <inheritdoc/>");
            // The text literal is escaped straight into the line that holds it (megabytes: no string of its own).
            var text = data.Text;
            var literal = new StringBuilder(text.Length + text.Length / 8 + 96).Append("public override global::System.ReadOnlySpan<byte> Utf8 => ");
            w.Line(CSharpEscaping.AppendLiteral(literal, text).Append("u8;"));
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line("public override global::System.ReadOnlySpan<int> Table => new int[]");
            w.Line("{");
            // Half a million numbers for a few hundred articles: written digit by digit, not as a string each.
            var table = data.Table;
            var line = new StringBuilder(24 * 12);
            var digits = new char[11];
            for (var i = 0; i < table.Length; i++)
            {
                AppendInvariant(line, table[i], digits);
                line.Append(',');
                if ((i & 4095) == 0) token.ThrowIfCancellationRequested();
                if (i % 24 == 23 || i == table.Length - 1)
                {
                    w.Write("    ").Line(line);
                    line.Clear();
                }
                else
                {
                    line.Append(' ');
                }
            }
            w.Line("};");
            w.Close();
            w.Close();
            if (hasNamespace) w.Close();
            return w.ToString();
        }

        private static SourceWriter Header()
        {
            var w = new SourceWriter();
            w.Line("// <auto-generated/>");
            w.Line("// Generated by KnowledgeBase.Generators from the articles in the project's AdditionalFiles.");
            w.Line("#nullable enable");
            w.Line();
            return w;
        }

        private static string GeneratedCode() =>
            $"[global::System.CodeDom.Compiler.GeneratedCode(\"{Tool}\", \"{ToolVersion}\")]";

        internal static string FormatDate(int packed)
        {
            int year = packed / 10000, month = packed / 100 % 100, day = packed % 100;
            if (month == 0) return year.ToString("D4", CultureInfo.InvariantCulture);
            if (day == 0) return string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}", year, month);
            return string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", year, month, day);
        }

        private static string Inv(int n) => n.ToString(CultureInfo.InvariantCulture);

        /// <summary>Appends <paramref name="n"/> in ASCII digits with '-' for negatives, whatever the current culture.</summary>
        private static void AppendInvariant(StringBuilder builder, int n, char[] digits)
        {
            var value = n < 0 ? -(long)n : n;
            var at = digits.Length;
            do
            {
                digits[--at] = (char)('0' + (int)(value % 10));
                value /= 10;
            }
            while (value > 0);
            if (n < 0) builder.Append('-');
            builder.Append(digits, at, digits.Length - at);
        }

        private static string Plural(int n, string one, string? many = null) =>
            n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many ?? one + "s");

        private static string Clip(string text, int max) => text.Length <= max ? text : text.Substring(0, max - 1) + "\u2026";
    }
}
