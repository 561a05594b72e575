using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Lexicon
{
    /// <summary>
    /// The checks of a phrase row that are no word sequence, named in event-phrases.tsv in lower case with hyphens
    /// ("capitalized-next"); each is one small method of <c>Events.PhraseConstraints</c>.
    /// </summary>
    internal enum PhraseConstraint
    {
        /// <summary>The phrase's first word starts lower case: a capital opens a sentence or a title.</summary>
        LowerCase,

        /// <summary>The token after the phrase starts with a capital: "called on Norland to".</summary>
        CapitalizedNext,

        /// <summary>A named person right after the phrase: "succeeded by Tomas Vell".</summary>
        PersonNext,

        /// <summary>The first name within three tokens after the phrase is an organization, not a medium: "banned Ostrel Air".</summary>
        OrganizationNext,

        /// <summary>After the phrase, punctuation, a function word or "to": "convened in Velden", not "gathered evidence".</summary>
        FunctionWordNext,

        /// <summary>A named actor, not a place, right before the phrase: "Norland called for".</summary>
        ActorBefore,

        /// <summary>The object after the phrase opens no clause reported without "that": "announced the zoo was closing".</summary>
        NoReportedClause,

        /// <summary>The object after the phrase names no act another rule codes: not "announced her resignation".</summary>
        NamesNoAct,

        /// <summary>The object after the phrase has a complement: "declared the drought a disaster".</summary>
        WithComplement,

        /// <summary>What follows calls the object something that disapproves of it: "called the deal "a disgrace"", "described Vell as a liar".</summary>
        DisapprovingDescription,

        /// <summary>
        /// The clause of the trigger word has a named subject (a name that is no mere place, or "he"/"she"): "Ana Ruiz refused to",
        /// "Karel Brandt was found dead"; not "police were investigating" nor "the man was found dead", where a name elsewhere in
        /// the sentence (the one it is "according to") is no party.
        /// </summary>
        NamedSubject,

        /// <summary>
        /// As <see cref="NamedSubject"/>, and the subject is no news medium: "Ana Ruiz asked Tomas Vell to resign", not "the Velden
        /// Herald asked two economists to explain the budget" (a reporter's question).
        /// </summary>
        ActorSubject,

        /// <summary>The first name within three tokens after the phrase is a party (a person, an organization or a country, not a demonym nor a medium): "praised Tomas Vell".</summary>
        PartyNext,

        /// <summary>A country named right after the phrase, not by its demonym: "recognized Norway".</summary>
        CountryNext,

        /// <summary>The clause of the trigger word has a country for subject, not by its demonym: "Norway left the EU".</summary>
        CountrySubject,

        /// <summary>The clause of the trigger word has a named person for subject: "Tomas Vell signed with Ostrel Shipping".</summary>
        PersonSubject,

        /// <summary>The first name within three tokens after the phrase is a news medium: "spoke to the Velden Herald".</summary>
        MediumNext,

        /// <summary>The clause of the trigger word has a news medium for subject: "the Velden Herald interviewed Ana Ruiz".</summary>
        MediumSubject,

        /// <summary>The clause of the trigger word has a crowd for subject, people counted by the thousand: "Hundreds of protesters, waving flags, marched".</summary>
        CrowdSubject,

        /// <summary>
        /// The clause of the trigger word has for subject people it does not name, and the sentence names no party: "Police are
        /// investigating the shooting"; not "police are investigating, according to Ana Ruiz", where the name would be taken for one.
        /// </summary>
        UnnamedPeopleSubject,
    }

    /// <summary>
    /// One phrase rule as data: the words before and after the trigger word, the checks that are no word sequence, and
    /// the rest as a trigger row has it: the trigger word's forms, the code, kind and part of speech the phrase yields
    /// (borrowed from a trigger row's word, or its own), and an invented example that a test runs through the extractor,
    /// expecting the code's root, the kind and the named participants.
    /// </summary>
    internal sealed class PhraseRow
    {
        public PhraseRow(TriggerRow trigger, PhrasePattern before, PhrasePattern then, string? borrows, PhraseConstraint[] constraints)
        {
            Trigger = trigger;
            Before = before;
            Then = then;
            Borrows = borrows;
            Constraints = constraints;
        }

        /// <summary>The forms of the word the event is anchored on, what it yields, the example, participants and why (no <see cref="TriggerRow.NeedsAfter"/>: the patterns say what follows).</summary>
        public TriggerRow Trigger { get; }

        public string[] Words => Trigger.Words;
        public PhrasePattern Before { get; }
        public PhrasePattern Then { get; }

        /// <summary>The trigger row word whose trigger the phrase yields ("stepped down": "resigned"), or null.</summary>
        public string? Borrows { get; }

        public PhraseConstraint[] Constraints { get; }

        /// <summary>The phrase as a reader sees it, with its first form: "stepped down".</summary>
        public string Text => Describe(Before, Words.Length > 0 ? Words[0] : "?", Then);

        public static string Describe(PhrasePattern before, string word, PhrasePattern then) =>
            (before.Text.Length > 0 ? before.Text + " " : string.Empty) + word + (then.Text.Length > 0 ? " " + then.Text : string.Empty);

        /// <summary>The same row with fewer forms (those another row already has are left out).</summary>
        public PhraseRow WithWords(string[] words) =>
            new PhraseRow(new TriggerRow(words, Trigger.Pos, Trigger.Cameo, Trigger.Kind, null, Trigger.Example, Trigger.Participants, Trigger.Why), Before, Then, Borrows, Constraints);
    }

    /// <summary>
    /// The project's phrase trigger rules, event-phrases.tsv, in file order: a word's rows are tried in that order. A row
    /// that repeats another's forms, words before and after, and constraints could never fire, and is reported.
    /// </summary>
    internal sealed class PhraseRowLexicon
    {
        private const int Columns = 8;

        private static readonly Lazy<PhraseRowLexicon> Shared = new Lazy<PhraseRowLexicon>(
            () => Parse(LexiconData.Read(LexiconData.EventPhrases)), LazyThreadSafetyMode.ExecutionAndPublication);

        private static readonly Dictionary<string, PhraseConstraint> ConstraintNames = NameConstraints();

        private PhraseRowLexicon(List<PhraseRow> rows, LexiconConflicts conflicts)
        {
            Rows = rows;
            Conflicts = conflicts;
        }

        /// <summary>The rules of this compiler process, parsed on first use.</summary>
        public static PhraseRowLexicon Instance => Shared.Value;

        public IReadOnlyList<PhraseRow> Rows { get; }

        public LexiconConflicts Conflicts { get; }

        /// <summary>Parses the file (no cache: <see cref="Instance"/> is the cached one); a borrowed word must be a row of <see cref="TriggerRowLexicon"/>.</summary>
        public static PhraseRowLexicon Parse(string text)
        {
            var conflicts = new LexiconConflicts();
            var rows = new List<PhraseRow>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var reader = new TsvReader(text);
            while (reader.MoveNext())
            {
                var row = ReadRow(reader, out var error);
                if (row is null)
                {
                    conflicts.Unreadable(LexiconData.EventPhrases, reader.LineNumber, error!);
                    continue;
                }
                var words = new List<string>();
                foreach (var word in row.Words)
                {
                    if (seen.Add(word + "\t" + row.Before.Text + "\t" + row.Then.Text + "\t" + reader.Field(4))) words.Add(word);
                    else conflicts.Duplicate(LexiconData.EventPhrases, reader.LineNumber, PhraseRow.Describe(row.Before, word, row.Then));
                }
                rows.Add(words.Count == row.Words.Length ? row : row.WithWords(words.ToArray()));
            }
            return new PhraseRowLexicon(rows, conflicts);
        }

        // Columns: words, before, then, trigger, constraints, example, participants, why.
        private static PhraseRow? ReadRow(TsvReader reader, out string? error)
        {
            error = null;
            if (reader.FieldCount != Columns || reader.FieldIsEmpty(0) || reader.FieldIsEmpty(3))
                return Fail("expected " + Columns + " columns with words and a trigger", out error);
            var before = PhrasePattern.Parse(reader.Field(1), out error);
            var then = before is null ? null : PhrasePattern.Parse(reader.Field(2), out error);
            if (before is null || then is null) return null;
            if (!TryReadConstraints(reader.Field(4), out var constraints, out error)) return null;
            var trigger = reader.Field(3);
            var words = reader.Field(0).Split(' ');
            if (Array.IndexOf(words, string.Empty) >= 0) return Fail("word forms are separated by one space", out error);
            string cameo, kind;
            PartOfSpeech pos;
            if (!char.IsDigit(trigger[0]))
            {
                var borrowed = TriggerRowLexicon.Instance.RowOf(trigger);
                if (borrowed is null) return Fail("'" + trigger + "' is no word of event-verbs.tsv or event-nouns.tsv", out error);
                (cameo, kind, pos) = (borrowed.Cameo, borrowed.Kind, borrowed.Pos);
            }
            else
            {
                // "163 verb ban": a code, noun or verb, and a kind that may have spaces ("end of state of emergency").
                var parts = trigger.Split(new[] { ' ' }, 3);
                if (parts.Length != 3 || parts[1] is not ("noun" or "verb") || (parts[0] != "000" && CameoNames.Of(parts[0]) is null))
                    return Fail("'" + trigger + "' is neither a trigger word nor a CAMEO code (or 000), noun or verb, and a kind", out error);
                (cameo, kind, pos) = (parts[0], parts[2], parts[1] == "noun" ? PartOfSpeech.Noun : PartOfSpeech.Verb);
            }
            var participants = reader.FieldIsEmpty(6) ? Array.Empty<string>() : reader.Field(6).Split('|');
            var row = new TriggerRow(words, pos, cameo, kind, null, reader.Field(5), participants, reader.Field(7));
            return new PhraseRow(row, before, then, char.IsDigit(trigger[0]) ? null : trigger, constraints);
        }

        private static bool TryReadConstraints(string field, out PhraseConstraint[] constraints, out string? error)
        {
            error = null;
            constraints = Array.Empty<PhraseConstraint>();
            if (field.Length == 0) return true;
            var names = field.Split(' ');
            constraints = new PhraseConstraint[names.Length];
            for (var i = 0; i < names.Length; i++)
                if (!ConstraintNames.TryGetValue(names[i], out constraints[i]))
                {
                    error = "unknown constraint '" + names[i] + "' (known: " + string.Join(", ", ConstraintNames.Keys) + ")";
                    return false;
                }
            return true;
        }

        // "CapitalizedNext" is written "capitalized-next".
        private static Dictionary<string, PhraseConstraint> NameConstraints()
        {
            var names = new Dictionary<string, PhraseConstraint>(StringComparer.Ordinal);
            foreach (PhraseConstraint constraint in Enum.GetValues(typeof(PhraseConstraint)))
            {
                var name = new StringBuilder();
                foreach (var c in constraint.ToString())
                {
                    if (char.IsUpper(c) && name.Length > 0) name.Append('-');
                    name.Append(char.ToLowerInvariant(c));
                }
                names.Add(name.ToString(), constraint);
            }
            return names;
        }

        private static PhraseRow? Fail(string reason, out string? error)
        {
            error = reason;
            return null;
        }
    }
}
