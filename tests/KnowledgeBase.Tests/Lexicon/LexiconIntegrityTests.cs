using System.Collections.Generic;
using System.IO;
using System.Linq;
using KnowledgeBase.Generators.Extraction.Lexicon;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Lexicon;

/// <summary>The embedded lexicons are whole: no key twice, no unreadable line, nothing unreachable, and small enough.</summary>
public sealed class LexiconIntegrityTests
{
    private const long MaxGeneratorBytes = 10L * 1024 * 1024;

    [Fact]
    public void Loaders_report_no_duplicate_key_or_unreadable_line()
    {
        Assert.Empty(WordClassLexicon.Instance.Conflicts.Messages);
        Assert.Empty(ActorLexicon.Instance.Conflicts.Messages);
        Assert.Empty(AgentLexicon.Instance.Conflicts.Messages);
        Assert.Empty(CameoVerbLexicon.Instance.Conflicts.Messages);
        Assert.Empty(CueVerbLexicon.Instance.Conflicts.Messages);
        Assert.Empty(TriggerRowLexicon.Instance.Conflicts.Messages);
        Assert.Empty(PhraseRowLexicon.Instance.Conflicts.Messages);
        Assert.Empty(GazetteerLexicon.Instance.Conflicts.Messages);
        Assert.Empty(GivenNameLexicon.Instance.Conflicts.Messages);
        Assert.Empty(CameoCodeLexicon.Instance.Conflicts.Messages);
        foreach (var file in WordListLexicon.Files) Assert.Empty(file.Lists.Conflicts.Messages);
    }

    public static TheoryData<string> WrittenListFiles => new()
    {
        LexiconData.GazetteerNames, LexiconData.GazetteerWords, LexiconData.GivenNames, LexiconData.TitleWords,
        LexiconData.CommonWords, LexiconData.EventWords, LexiconData.CameoCodes,
    };

    [Theory]
    [MemberData(nameof(WrittenListFiles))]
    public void A_row_of_a_written_list_given_twice_is_reported(string fileName)
    {
        var text = LexiconData.Read(fileName);
        var firstRow = text.Split('\n').Select(line => line.TrimEnd('\r')).First(line => line.Length > 0 && line[0] != '#');
        Assert.Empty(ParseWrittenList(fileName, text).Messages);
        var messages = ParseWrittenList(fileName, text + firstRow + "\n").Messages;
        Assert.NotEmpty(messages);
        Assert.All(messages, message => Assert.Contains("duplicate key", message));
    }

    [Fact]
    public void A_gazetteer_form_two_rows_give_is_reported_but_a_made_spelling_yields_to_a_given_one()
    {
        var twice = GazetteerLexicon.Parse("Velden\tcountry\t\tVeldenia\t\nVeldenia\tcountry\t\t\t\n");
        Assert.Contains("duplicate key 'Veldenia'", Assert.Single(twice.Conflicts.Messages));
        var spelled = GazetteerLexicon.Parse("Côte Vell\tcountry\t\t\t\nCote Vell\tregion\t\t\t\n");
        Assert.Empty(spelled.Conflicts.Messages);
        Assert.True(spelled.TryGetSurface("Cote Vell", out var entry));
        Assert.Equal(GazetteerKind.Region, entry.Kind);
        var unknownCountry = GazetteerLexicon.Parse("Ostrel\tcity\tVelden\t\t\n");
        Assert.Contains("a country row above", Assert.Single(unknownCountry.Conflicts.Messages));
    }

    [Fact]
    public void Word_lists_compare_as_their_file_says_and_given_names_by_their_accent_free_form()
    {
        var titles = WordListLexicon.Parse("Justice\ttitle\njustice\ttitle\nJustice\trole-noun\n", WordListLexicon.TitleWords);
        Assert.Contains("duplicate key 'justice' in 'title'", Assert.Single(titles.Conflicts.Messages));
        var connectors = WordListLexicon.Parse("of\tname-connector\nOf\tname-connector\n", WordListLexicon.CommonWords);
        Assert.Empty(connectors.Conflicts.Messages);
        var names = GivenNameLexicon.Parse("José\tiberian-latin-american\nJose\tinternational\n");
        Assert.Contains("duplicate key 'Jose'", Assert.Single(names.Conflicts.Messages));
    }

    [Fact]
    public void Cameo_codes_are_the_code_and_description_columns_of_the_tools_cameo_table()
    {
        var table = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "tools", "cameo", "cameo.tsv")).Skip(1)
            .Where(line => line.Length > 0).Select(line => line.Split('\t')).Select(fields => fields[0] + "\t" + fields[3]);
        Assert.Equal(table, CameoCodeLexicon.Instance.Codes.Select(code => code.Key + "\t" + code.Value));
    }

    private static LexiconConflicts ParseWrittenList(string fileName, string text) => fileName switch
    {
        LexiconData.GazetteerNames => GazetteerLexicon.Parse(text).Conflicts,
        LexiconData.GivenNames => GivenNameLexicon.Parse(text).Conflicts,
        LexiconData.CameoCodes => CameoCodeLexicon.Parse(text).Conflicts,
        _ => WordListLexicon.Parse(text, WordListLexicon.Files.Single(file => file.FileName == fileName)).Conflicts,
    };

    [Fact]
    public void Loaders_report_a_key_given_twice_instead_of_overwriting_it()
    {
        var agents = AgentLexicon.Parse("# test\npolice\tCOP\tsuffix\npolice\tMIL\tsuffix\n");
        Assert.Single(agents.Conflicts.Messages);
        Assert.True(agents.TryGetRole("police", out var role));
        Assert.Equal("COP", role.Code);
        var countries = ActorLexicon.Parse("kabul\tAFG\tcapital\nkabul\tPAK\tname\n", "");
        Assert.Single(countries.Conflicts.Messages);
        var actors = ActorLexicon.Parse("", "# header\nun\t\t\tIGOUNO\tigo\nun\t\t\tIGOUNO\tngo\n");
        Assert.Contains("duplicate key 'un'", Assert.Single(actors.Conflicts.Messages));
        var unsorted = WordClassLexicon.Parse("zebra\t2\t0\t0\t0\nant\t2\t0\t0\t0\n", "", "");
        Assert.Contains("out of order", Assert.Single(unsorted.Conflicts.Messages));
    }

    [Fact]
    public void A_trigger_word_form_is_in_one_row_of_the_two_files_only()
    {
        var twiceInVerbs = TriggerRowLexicon.Parse("", "met meets\t040\tmeeting\t\t\t\t\nmeets\t043\tvisit\t\t\t\t\n");
        Assert.Contains("duplicate key 'meets'", Assert.Single(twiceInVerbs.Conflicts.Messages));
        Assert.Equal(new[] { "met", "meets" }, twiceInVerbs.Rows[0].Words);
        var nounAndVerb = TriggerRowLexicon.Parse("demands\t100\tdemand\t\t\t\t\n", "Demands\t100\tdemand\t\t\t\t\n");
        Assert.Contains("event-verbs.tsv:1: duplicate key 'Demands'", Assert.Single(nounAndVerb.Conflicts.Messages));
        var unknownCode = TriggerRowLexicon.Parse("talks\t049\tdiscussion\t\t\t\t\n", "");
        Assert.Single(unknownCode.Conflicts.Messages);
    }

    [Fact]
    public void A_phrase_row_that_repeats_another_or_names_what_does_not_exist_is_reported()
    {
        const string stepDown = "step steps\t\tdown\tresigned\t\t\t\t\n";
        var twice = PhraseRowLexicon.Parse(stepDown + "steps\t\tdown\tresigned\t\t\t\t\n");
        Assert.Contains("event-phrases.tsv:2: duplicate key 'steps down'", Assert.Single(twice.Conflicts.Messages));
        Assert.Equal(new[] { "step", "steps" }, twice.Rows[0].Words);
        var otherCheck = PhraseRowLexicon.Parse(stepDown + "steps\t\tdown\tresigned\tlower-case\t\t\t\n");
        Assert.Empty(otherCheck.Conflicts.Messages);
        var unknownConstraint = PhraseRowLexicon.Parse("banned\t\t\t163 verb ban\tcompany-next\t\t\t\n");
        Assert.Contains("unknown constraint 'company-next'", Assert.Single(unknownConstraint.Conflicts.Messages));
        var unknownWord = PhraseRowLexicon.Parse("step\t\tdown\tstepped-down\t\t\t\t\n");
        Assert.Contains("'stepped-down' is no word", Assert.Single(unknownWord.Conflicts.Messages));
        var unknownCode = PhraseRowLexicon.Parse("banned\t\t\t169 verb ban\t\t\t\t\n");
        Assert.Single(unknownCode.Conflicts.Messages);
        var badPattern = PhraseRowLexicon.Parse("won\t\t~0 seats\t000 verb election\t\t\t\t\n");
        Assert.Contains("'~0' must be ~N", Assert.Single(badPattern.Conflicts.Messages));
    }

    [Fact]
    public void Every_pattern_block_is_reached_from_a_verb_form()
    {
        var lexicon = CameoVerbLexicon.Instance;
        var unreached = new List<string>();
        foreach (var block in lexicon.PatternBlocks)
        {
            var reached = lexicon.VerbsOfBlock(block).Any(verb =>
                verb.Forms.Append(verb.Lemma).Any(form => lexicon.VerbsOfForm(form).Contains(verb)));
            if (!reached) unreached.Add(block);
        }
        Assert.Empty(unreached);
    }

    [Fact]
    public void Every_synset_a_pattern_names_is_defined()
    {
        var lexicon = CameoVerbLexicon.Instance;
        var defined = new HashSet<string>(lexicon.SynsetNames);
        var undefined = new SortedSet<string>();
        foreach (var block in lexicon.PatternBlocks)
            foreach (var pattern in lexicon.PatternsOfBlock(block))
                foreach (var token in pattern.Text.Split(' ', '(', ')', '{', '}'))
                    if (token.StartsWith('&') && !defined.Contains(token)) undefined.Add(token + " in " + block);
        Assert.Empty(undefined);
    }

    [Fact]
    public void Generator_assembly_stays_under_10_MB()
    {
        var path = typeof(LexiconData).Assembly.Location;
        Assert.InRange(new FileInfo(path).Length, 1, MaxGeneratorBytes);
    }

    [Fact]
    public void Full_parse_reads_every_file() => Assert.True(LexiconData.ParseAllUncached() > 100_000);
}
