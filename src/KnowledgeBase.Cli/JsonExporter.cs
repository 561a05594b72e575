using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeBase.Cli
{
    /// <summary>Writes the knowledge base as the JSON of export-schema.md, from the compiled records.</summary>
    internal static class JsonExporter
    {
        public static void Write(Knowledge kb, Stream output)
        {
            using var json = new Utf8JsonWriter(output, Options);
            json.WriteStartObject();
            json.WriteStartArray("articles");
            foreach (var a in kb.Articles) WriteArticle(json, a);
            json.WriteEndArray();
            json.WriteStartArray("entities");
            foreach (var e in kb.Entities) WriteEntity(json, e);
            json.WriteEndArray();
            json.WriteStartArray("quotes");
            foreach (var q in kb.Quotes) WriteQuote(json, q);
            json.WriteEndArray();
            json.WriteStartArray("events");
            foreach (var e in kb.Events) WriteEvent(json, e);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        /// <summary>Indented, with non-ASCII text as it is (HTML-sensitive characters are still escaped).</summary>
        public static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        /// <summary>One JSON array of records on the writer, each in its export shape: what a listing's --json prints.</summary>
        public static void WriteArray<T>(TextWriter output, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, Options))
            {
                json.WriteStartArray();
                foreach (var item in items) write(json, item);
                json.WriteEndArray();
            }
            output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }

        public static void WriteArticle(Utf8JsonWriter json, Article a)
        {
            json.WriteStartObject();
            json.WriteString("id", a.Id);
            json.WriteString("file", a.File);
            json.WriteString("title", a.Title);
            WriteDate(json, "published", a.Published);
            json.WriteEndObject();
        }

        public static void WriteEntity(Utf8JsonWriter json, Entity e)
        {
            json.WriteStartObject();
            json.WriteString("id", e.Id);
            json.WriteString("name", e.Name);
            json.WriteString("type", TypeName(e.Kind));
            json.WriteStartArray("aliases");
            foreach (var alias in e.Aliases) json.WriteStringValue(alias);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        public static string TypeName(EntityKind kind) => kind switch { EntityKind.Person => "person", EntityKind.Organization => "organization", _ => "place" };

        public static void WriteQuote(Utf8JsonWriter json, Quote q)
        {
            json.WriteStartObject();
            json.WriteString("id", q.Id);
            json.WriteString("article", q.Article.File);
            json.WriteString("text", q.Text);
            if (q.Speaker is { } speaker) json.WriteString("speaker", speaker.Id); else json.WriteNull("speaker");
            json.WriteString("speakerText", q.SpeakerText);
            json.WriteString("kind", q.Kind == QuoteKind.Direct ? "direct" : "indirect");
            if (q.Cue is { } cue) json.WriteString("cue", cue); else json.WriteNull("cue");
            json.WriteNumber("start", q.Span.Start);
            json.WriteNumber("length", q.Span.Length);
            json.WriteEndObject();
        }

        public static void WriteEvent(Utf8JsonWriter json, Event e)
        {
            json.WriteStartObject();
            json.WriteString("id", e.Id);
            json.WriteString("cameo", e.Cameo.Code);
            json.WriteString("kind", e.Kind);
            json.WriteStartArray("participants");
            foreach (var p in e.Participants) json.WriteStringValue(p.Id);
            json.WriteEndArray();
            WriteDate(json, "date", e.Date);
            WriteDate(json, "reported", e.Reported);
            if (e.Place is { } place) json.WriteString("place", place.Id); else json.WriteNull("place");
            json.WriteString("status", e.Status == EventStatus.Planned ? "planned" : "occurred");
            json.WriteString("summary", e.Summary);
            json.WriteStartArray("sources");
            foreach (var s in e.Sources)
            {
                json.WriteStartObject();
                json.WriteString("article", s.Article.File);
                json.WriteNumber("start", s.Start);
                json.WriteNumber("length", s.Length);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }

        private static void WriteDate(Utf8JsonWriter json, string name, PartialDate? date)
        {
            if (date is { } d) json.WriteString(name, d.ToString()); else json.WriteNull(name);
        }
    }
}
