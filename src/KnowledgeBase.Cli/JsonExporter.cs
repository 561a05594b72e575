using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeBase.Cli
{
    /// <summary>Writes the knowledge base as the JSON of export-schema.md, from the compiled records.</summary>
    internal static class JsonExporter
    {
        public static void Write(Knowledge kb, Stream output)
        {
            using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            json.WriteStartObject();

            json.WriteStartArray("articles");
            foreach (var a in kb.Articles)
            {
                json.WriteStartObject();
                json.WriteString("id", a.Id);
                json.WriteString("file", a.File);
                json.WriteString("title", a.Title);
                WriteDate(json, "published", a.Published);
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("entities");
            foreach (var e in kb.Entities)
            {
                json.WriteStartObject();
                json.WriteString("id", e.Id);
                json.WriteString("name", e.Name);
                json.WriteString("type", e.Kind switch { EntityKind.Person => "person", EntityKind.Organization => "organization", _ => "place" });
                json.WriteStartArray("aliases");
                foreach (var alias in e.Aliases) json.WriteStringValue(alias);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("quotes");
            foreach (var q in kb.Quotes)
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
            json.WriteEndArray();

            json.WriteStartArray("events");
            foreach (var e in kb.Events)
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
            json.WriteEndArray();

            json.WriteEndObject();
        }

        private static void WriteDate(Utf8JsonWriter json, string name, PartialDate? date)
        {
            if (date is { } d) json.WriteString(name, d.ToString()); else json.WriteNull(name);
        }
    }
}
