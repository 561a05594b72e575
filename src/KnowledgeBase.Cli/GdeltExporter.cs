using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace KnowledgeBase.Cli
{
    /// <summary>
    /// The events as rows of the GDELT 2.0 Events table: its 61 columns in its order, tab-separated, with a
    /// header line. Events outside CAMEO (code 000) are left out: GDELT holds CAMEO events only.
    /// </summary>
    internal static class GdeltExporter
    {
        /// <summary>The GDELT 2.0 Events table's columns (the event codebook's names), in its order.</summary>
        public static readonly string[] Columns = BuildColumns();

        private static string[] BuildColumns()
        {
            var columns = new List<string> { "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate" };
            foreach (var actor in new[] { "Actor1", "Actor2" })
                foreach (var field in new[] { "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code" })
                    columns.Add(actor + field);
            columns.AddRange(new[] { "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone" });
            foreach (var geo in new[] { "Actor1Geo", "Actor2Geo", "ActionGeo" })
                foreach (var field in new[] { "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID" })
                    columns.Add(geo + "_" + field);
            columns.AddRange(new[] { "DATEADDED", "SOURCEURL" });
            return columns.ToArray();
        }

        public static void Write(Knowledge kb, TextWriter output)
        {
            output.Write(string.Join('\t', Columns));
            output.Write('\n');
            foreach (var e in kb.Events)
            {
                if (e.Cameo.IsOutsideCameo) continue;
                output.Write(string.Join('\t', Row(e).Select(Field)));
                output.Write('\n');
            }
        }

        /// <summary>QuadClass from the CAMEO root as GDELT assigns it: 1 verbal cooperation (01–05), 2 material cooperation (06–08), 3 verbal conflict (09–14), 4 material conflict (15–20).</summary>
        public static int QuadClass(CameoRoot root) => (int)root switch
        {
            <= 5 => 1,
            <= 8 => 2,
            <= 14 => 3,
            _ => 4,
        };

        /// <summary>The event's QuadClass, or 0 for an event outside CAMEO.</summary>
        public static int QuadClassOrZero(Event e) => e.Cameo.IsOutsideCameo ? 0 : QuadClass(e.Cameo.Root);

        /// <summary>The day GDELT files an event under: its date when known to the day, else the first day it may mean, else the day it was reported.</summary>
        public static DateOnly? Day(Event e) => e.Date?.Start ?? e.Reported?.Start;

        private static IEnumerable<string> Row(Event e)
        {
            var day = Day(e);
            yield return Num(StableId(e.Id));
            yield return day?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? string.Empty;
            yield return day?.ToString("yyyyMM", CultureInfo.InvariantCulture) ?? string.Empty;
            yield return day?.ToString("yyyy", CultureInfo.InvariantCulture) ?? string.Empty;
            yield return day is { } d ? (d.Year + d.DayOfYear / 365.0).ToString("0.0000", CultureInfo.InvariantCulture) : string.Empty;
            foreach (var field in Actor(e.Participants.Count > 0 ? e.Participants[0] : null, e.Date ?? e.Reported)) yield return field;
            foreach (var field in Actor(e.Participants.Count > 1 ? e.Participants[1] : null, e.Date ?? e.Reported)) yield return field;
            var code = e.Cameo.Code;
            yield return "1"; // IsRootEvent: every event, see README
            yield return code;
            yield return code.Substring(0, Math.Min(3, code.Length));
            yield return code.Substring(0, 2);
            yield return Num(QuadClass(e.Cameo.Root));
            yield return GoldsteinScale.Of(code) ?? string.Empty;
            var articles = e.Sources.Select(s => s.Article).Distinct().Count();
            yield return Num(e.Sources.Count);
            yield return Num(articles);
            yield return Num(articles);
            yield return string.Empty; // AvgTone
            for (var i = 0; i < 16; i++) yield return string.Empty; // Actor1Geo_*, Actor2Geo_*
            foreach (var field in Geo(e.Place)) yield return field;
            yield return e.Reported is { } reported ? reported.Start.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000" : string.Empty;
            yield return e.Sources[0].Article.File;
        }

        /// <summary>Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code.</summary>
        private static IEnumerable<string> Actor(Entity? actor, PartialDate? when)
        {
            if (actor is null)
            {
                for (var i = 0; i < 10; i++) yield return string.Empty;
                yield break;
            }
            var code = PhoenixActors.Of(actor, when) ?? FromTable(actor);
            yield return code?.Code ?? string.Empty;
            yield return actor.Name;
            yield return code?.Country ?? string.Empty;
            yield return code?.KnownGroup ?? string.Empty;
            for (var i = 0; i < 3; i++) yield return string.Empty; // ethnic, religions
            yield return code?.Type1 ?? string.Empty;
            yield return string.Empty;
            yield return string.Empty;
        }

        /// <summary>What the small table of country and role words knows, for a name the Phoenix dictionaries lack.</summary>
        private static ActorCode? FromTable(Entity actor)
        {
            var (country, role) = ActorCodes.Of(actor);
            if (country is null && role is null) return null;
            var iso = country?.Iso3 ?? string.Empty;
            return role == "IGO" ? new ActorCode("IGO", iso, string.Empty, "IGO") : new ActorCode(iso + (role ?? string.Empty), iso, string.Empty, role ?? string.Empty);
        }

        /// <summary>Type, FullName, CountryCode (FIPS), ADM1Code, ADM2Code, Lat, Long, FeatureID.</summary>
        private static IEnumerable<string> Geo(Place? place)
        {
            var country = place is null ? null : ActorCodes.CountryNamed(place.Name);
            yield return country is not null ? "1" : string.Empty;
            yield return place?.Name ?? string.Empty;
            yield return country?.Fips ?? string.Empty;
            yield return country?.Fips ?? string.Empty; // GDELT gives a country its FIPS code as ADM1 too
            yield return string.Empty;
            yield return string.Empty;
            yield return string.Empty;
            yield return country?.Fips ?? string.Empty;
        }

        /// <summary>A positive integer from the event's stable id (FNV-1a, 53 bits: exact in a double, so in every tool).</summary>
        public static long StableId(string id)
        {
            var hash = 14695981039346656037UL;
            foreach (var c in id)
            {
                hash ^= c;
                hash *= 1099511628211UL;
            }
            var value = (long)(hash & ((1UL << 53) - 1));
            return value == 0 ? 1 : value;
        }

        // A field never holds the tab or line break that would split the row.
        private static string Field(string text) =>
            text.IndexOfAny(Separators) < 0 ? text : string.Join(' ', text.Split(Separators));

        private static readonly char[] Separators = { '\t', '\n', '\r' };

        private static string Num(long n) => n.ToString(CultureInfo.InvariantCulture);
    }
}
