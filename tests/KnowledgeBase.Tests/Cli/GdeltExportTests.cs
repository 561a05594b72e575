using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KnowledgeBase.Cli;
using Xunit;

namespace KnowledgeBase.Tests.Cli;

/// <summary>kb export --format gdelt: the GDELT 2.0 Events table's 61 columns, read back by a TSV reader.</summary>
public sealed class GdeltExportTests
{
    // The GDELT 2.0 event codebook's columns, in its order.
    private static readonly string[] Codebook =
    {
        "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    };

    private static string Export(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(new[] { "export" }.Concat(args).ToArray(), output, error, Seeds.Knowledge);
        Assert.True(code == 0, error.ToString());
        return output.ToString();
    }

    /// <summary>A TSV reader as pandas or DuckDB reads the file: a header line, then rows of tab-separated text.</summary>
    private static List<Dictionary<string, string>> ReadTsv(string text, out string[] header)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        header = lines[0].Split('\t');
        var rows = new List<Dictionary<string, string>>();
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split('\t');
            Assert.True(fields.Length == header.Length, $"{fields.Length} fields: {line}");
            var row = new Dictionary<string, string>();
            for (var i = 0; i < header.Length; i++) row[header[i]] = fields[i];
            rows.Add(row);
        }
        return rows;
    }

    [Fact]
    public void The_header_is_the_GDELT_2_events_table_and_every_row_has_its_61_columns()
    {
        var text = Export("--format", "gdelt");
        var rows = ReadTsv(text, out var header);
        Assert.Equal(61, Codebook.Length);
        Assert.Equal(Codebook, header);
        Assert.NotEmpty(rows);
        Assert.All(text.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Equal(61, line.Split('\t').Length));
    }

    [Fact]
    public void A_round_trip_gives_back_every_CAMEO_events_code_actors_date_and_article_count()
    {
        var rows = ReadTsv(Export("--format", "gdelt"), out _);
        var events = Seeds.Knowledge.Events.Where(e => !e.Cameo.IsOutsideCameo).ToList();
        Assert.True(events.Count < Seeds.Knowledge.Events.Count, "the seeds have events outside CAMEO, which the export leaves out");
        Assert.Equal(events.Count, rows.Count);
        for (var i = 0; i < events.Count; i++)
        {
            var (e, row) = (events[i], rows[i]);
            Assert.Equal(e.Cameo.Code, row["EventCode"]);
            Assert.Equal(e.Cameo.Code[..Math.Min(3, e.Cameo.Code.Length)], row["EventBaseCode"]);
            Assert.Equal(e.Cameo.Code[..2], row["EventRootCode"]);
            Assert.Equal(e.Participants.Count > 0 ? e.Participants[0].Name : string.Empty, row["Actor1Name"]);
            Assert.Equal(e.Participants.Count > 1 ? e.Participants[1].Name : string.Empty, row["Actor2Name"]);
            var day = e.Date?.Start ?? e.Reported?.Start;
            Assert.Equal(day?.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, row["Day"]);
            Assert.Equal(e.Sources.Select(s => s.Article).Distinct().Count().ToString(System.Globalization.CultureInfo.InvariantCulture), row["NumArticles"]);
            Assert.Equal(e.Sources.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), row["NumMentions"]);
            Assert.Equal(e.Sources[0].Article.File, row["SOURCEURL"]);
            Assert.Equal(GdeltExporter.StableId(e.Id).ToString(System.Globalization.CultureInfo.InvariantCulture), row["GlobalEventID"]);
        }
        Assert.Equal(rows.Count, rows.Select(r => r["GlobalEventID"]).Distinct().Count());
    }

    [Fact]
    public void Codes_come_from_the_CAMEO_and_actor_tables()
    {
        var rows = ReadTsv(Export("--format", "gdelt"), out _);
        // The call of 2024-11-08: 041 "Discuss by telephone", Goldstein 1.0 in cameo.tsv, verbal cooperation.
        var call = rows.Single(r => r["EventCode"] == "041" && r["Day"] == "20241108");
        Assert.Equal("1.0", call["GoldsteinScale"]);
        Assert.Equal("1", call["QuadClass"]);
        Assert.Equal("Vladimir Putin", call["Actor2Name"]);
        Assert.Equal("RUS", call["Actor2CountryCode"]); // "Russian President Vladimir Putin"
        Assert.Equal("GOV", call["Actor2Type1Code"]);
        Assert.Equal("RUSGOV", call["Actor2Code"]);
        // The invasion: Russia upon Ukraine in Ukraine, material conflict, a country as the place.
        var invasion = rows.Single(r => r["EventCode"] == "190" && r["Day"] == "20220101");
        Assert.Equal(("RUS", "UKR", "4", "-10.0"), (invasion["Actor1Code"], invasion["Actor2Code"], invasion["QuadClass"], invasion["GoldsteinScale"]));
        Assert.Equal(("1", "Ukraine", "UP"), (invasion["ActionGeo_Type"], invasion["ActionGeo_FullName"], invasion["ActionGeo_CountryCode"]));
    }

    [Theory]
    [InlineData(CameoRoot.Statement, 1)]
    [InlineData(CameoRoot.DiplomaticCooperation, 1)]
    [InlineData(CameoRoot.MaterialCooperation, 2)]
    [InlineData(CameoRoot.Yield, 2)]
    [InlineData(CameoRoot.Investigate, 3)]
    [InlineData(CameoRoot.Protest, 3)]
    [InlineData(CameoRoot.ExhibitForce, 4)]
    [InlineData(CameoRoot.MassViolence, 4)]
    public void QuadClass_follows_the_CAMEO_root(CameoRoot root, int quadClass) => Assert.Equal(quadClass, GdeltExporter.QuadClass(root));

    [Fact]
    public void Json_stays_the_default_format()
    {
        Assert.Equal(Export(), Export("--format", "json"));
        Assert.StartsWith("{", Export());
        using var error = new StringWriter();
        Assert.Equal(CliApp.UsageError, CliApp.Run(new[] { "export", "--format", "csv" }, new StringWriter(), error, Seeds.Knowledge));
    }

    [Fact]
    public void Actor_codes_come_from_the_Phoenix_dictionaries_with_the_role_held_on_the_day()
    {
        var putin = Seeds.People.VladimirPutin;
        // The dictionary's office-holder ranges: an elite figure before 1999-08-09, head of government or state after.
        Assert.Equal("RUSELI", KnowledgeBase.Cli.PhoenixActors.Of(putin, new PartialDate(1995, 6, 1))!.Code);
        Assert.Equal(new KnowledgeBase.Cli.ActorCode("RUSGOV", "RUS", string.Empty, "GOV"), KnowledgeBase.Cli.PhoenixActors.Of(putin, new PartialDate(2024, 11, 8)));
        Assert.Equal("RUSGOV", KnowledgeBase.Cli.PhoenixActors.Of(putin, null)!.Code); // no day: the latest role
        var nato = Seeds.Knowledge.Find("NATO")!;
        Assert.Equal(new KnowledgeBase.Cli.ActorCode("IGOWSTNAT", string.Empty, "WSTNAT", "IGO"), KnowledgeBase.Cli.PhoenixActors.Of(nato, null));
        Assert.Equal("UKR", KnowledgeBase.Cli.PhoenixActors.Of(Seeds.Knowledge.Find("Ukraine")!, new PartialDate(2025))!.Country);
    }
}
