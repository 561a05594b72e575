using System;
using System.Globalization;
using KnowledgeBase.Storage;

namespace KnowledgeBase
{
    /// <summary>
    /// A date known to the year, the month or the day, as news gives it ("in 2022",
    /// "last August", "on November 8, 2024").
    /// </summary>
    public readonly record struct PartialDate : IComparable<PartialDate>
    {
        /// <summary>Creates a date; leave <paramref name="month"/> or <paramref name="day"/> out for a coarser one.</summary>
        public PartialDate(int year, int? month = null, int? day = null)
        {
            if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year));
            if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month));
            if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value)))
                throw new ArgumentOutOfRangeException(nameof(day));
            Year = year;
            Month = month;
            Day = day;
        }

        /// <summary>The year.</summary>
        public int Year { get; }

        /// <summary>The month (1–12), or null when only the year is known.</summary>
        public int? Month { get; }

        /// <summary>The day of the month, or null when only the year or month is known.</summary>
        public int? Day { get; }

        /// <summary>How precise the date is.</summary>
        public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

        /// <summary>The first calendar day the date may mean.</summary>
        public DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

        /// <summary>The last calendar day the date may mean.</summary>
        public DateOnly End => new(Year, Month ?? 12, Day ?? DateTime.DaysInMonth(Year, Month ?? 12));

        /// <summary>True when every day this date may mean lies within <paramref name="from"/>…<paramref name="to"/>.</summary>
        public bool IsWithin(PartialDate from, PartialDate to) => Start >= from.Start && End <= to.End;

        internal int Packed => DataLayout.PackDate(Year, Month ?? 0, Day ?? 0);

        internal static PartialDate? FromPacked(int packed)
        {
            if (packed <= 0) return null;
            int year = packed / 10000, month = packed / 100 % 100, day = packed % 100;
            return new PartialDate(year, month == 0 ? null : month, day == 0 ? null : day);
        }

        // Packed dates sort coarse-first; the start key maps unknown parts to 01 so it
        // stays monotonic over that order and can drive a binary search.
        internal static int StartKey(int packed)
        {
            int year = packed / 10000, month = packed / 100 % 100, day = packed % 100;
            return DataLayout.PackDate(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
        }

        /// <summary>Orders coarser dates before finer ones that start the same day.</summary>
        public int CompareTo(PartialDate other) => Packed.CompareTo(other.Packed);

        /// <summary>Compares two dates by <see cref="CompareTo"/>.</summary>
        public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;
        /// <summary>Compares two dates by <see cref="CompareTo"/>.</summary>
        public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;
        /// <summary>Compares two dates by <see cref="CompareTo"/>.</summary>
        public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;
        /// <summary>Compares two dates by <see cref="CompareTo"/>.</summary>
        public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

        /// <summary>
        /// Reads <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> (ASCII digits, the culture does not matter),
        /// the form <see cref="ToString"/> writes; false for anything else, an impossible day among them.
        /// </summary>
        public static bool TryParse(string? text, out PartialDate date)
        {
            date = default;
            if (text is null || text.Length is not (4 or 7 or 10)) return false;
            if (!TryDigits(text, 0, 4, out var year) || year < 1) return false;
            if (text.Length == 4) { date = new PartialDate(year); return true; }
            if (text[4] != '-' || !TryDigits(text, 5, 2, out var month) || month is < 1 or > 12) return false;
            if (text.Length == 7) { date = new PartialDate(year, month); return true; }
            if (text[7] != '-' || !TryDigits(text, 8, 2, out var day) || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
            date = new PartialDate(year, month, day);
            return true;
        }

        /// <summary>Reads <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; throws <see cref="FormatException"/> for anything else.</summary>
        public static PartialDate Parse(string text)
        {
            ArgumentNullException.ThrowIfNull(text);
            return TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.");
        }

        private static bool TryDigits(string text, int start, int count, out int value)
        {
            value = 0;
            for (var i = start; i < start + count; i++)
            {
                if (text[i] is < '0' or > '9') return false;
                value = value * 10 + (text[i] - '0');
            }
            return true;
        }

        /// <summary>ISO form at the date's precision: <c>2025</c>, <c>2025-02</c> or <c>2025-02-13</c>.</summary>
        public override string ToString() => Precision switch
        {
            DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
            DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
            _ => Year.ToString("D4", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
    public enum DatePrecision
    {
        /// <summary>Only the year.</summary>
        Year,
        /// <summary>Year and month.</summary>
        Month,
        /// <summary>Year, month and day.</summary>
        Day,
    }
}
