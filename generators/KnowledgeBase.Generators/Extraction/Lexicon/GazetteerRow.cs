using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Lexicon
{
    /// <summary>
    /// One row of gazetteer.tsv while the loader gives out its forms: its entry, whose alias and demonym lists are read-only
    /// views of <see cref="Aliases"/> and <see cref="Demonyms"/>, to which the loader adds the spellings it makes.
    /// </summary>
    internal sealed class GazetteerRow
    {
        private GazetteerRow(string name, GazetteerKind kind, string? country, bool isMedia, bool isCapital, int lineNumber)
        {
            Entry = new GazetteerEntry(name, kind, country, isMedia, new ReadOnlyCollection<string>(Aliases), new ReadOnlyCollection<string>(Demonyms), isCapital);
            LineNumber = lineNumber;
        }

        public GazetteerEntry Entry { get; }

        public int LineNumber { get; }

        /// <summary>The row's aliases, then the spellings the loader made for it.</summary>
        public List<string> Aliases { get; } = new List<string>();

        /// <summary>The row's demonyms, then the spellings the loader made for it.</summary>
        public List<string> Demonyms { get; } = new List<string>();

        /// <summary>The row at the reader's line (columns: name, kind, country, aliases, demonyms), or null for an unknown kind.</summary>
        public static GazetteerRow? Read(TsvReader reader)
        {
            GazetteerKind kind;
            bool isCapital = false, isMedia = false, isPlatform = false;
            switch (reader.Field(1))
            {
                case "country": kind = GazetteerKind.Country; break;
                case "capital": kind = GazetteerKind.City; isCapital = true; break;
                case "city": kind = GazetteerKind.City; break;
                case "region": kind = GazetteerKind.Region; break;
                case "continent": kind = GazetteerKind.Continent; break;
                case "organization": kind = GazetteerKind.Organization; break;
                case "media": kind = GazetteerKind.Organization; isMedia = true; break;
                case "platform": kind = GazetteerKind.Organization; isPlatform = true; break;
                default: return null;
            }
            var row = new GazetteerRow(reader.Field(0), kind, reader.FieldIsEmpty(2) ? null : reader.Field(2), isMedia, isCapital, reader.LineNumber) { Entry = { IsPlatform = isPlatform } };
            AddList(row.Aliases, reader.Field(3));
            AddList(row.Demonyms, reader.Field(4));
            return row;
        }

        /// <summary>The name and the aliases the file gives (a copy: spellings are added to <see cref="Aliases"/> while it is read).</summary>
        public List<string> ExplicitSurfaces()
        {
            var surfaces = new List<string>(Aliases.Count + 1) { Entry.Name };
            surfaces.AddRange(Aliases);
            return surfaces;
        }

        /// <summary>Tokens of the longest name, alias or demonym.</summary>
        public int MaxTokens()
        {
            var max = CountTokens(Entry.Name);
            foreach (var alias in Aliases) max = Math.Max(max, CountTokens(alias));
            foreach (var demonym in Demonyms) max = Math.Max(max, CountTokens(demonym));
            return max;
        }

        private static void AddList(List<string> target, string list)
        {
            if (list.Length == 0) return;
            foreach (var value in list.Split(';'))
                if (value.Length > 0) target.Add(value);
        }

        private static int CountTokens(string text)
        {
            var count = 0;
            var inToken = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    inToken = false;
                }
                else if (!inToken)
                {
                    inToken = true;
                    count++;
                }
            }

            return count;
        }
    }
}
