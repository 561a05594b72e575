using System.Linq;
using BenchmarkDotNet.Attributes;

namespace KnowledgeBase.Benchmarks
{
    /// <summary>Queries against the 295 Wikinews articles compiled into this assembly, once their records exist.</summary>
    public class LookupBenchmarks
    {
        private static readonly PartialDate From = new(2020, 1, 1);
        private static readonly PartialDate To = new(2020, 6, 30);
        private Person _person = null!;
        private string _personName = string.Empty;
        private string _personId = string.Empty;
        private string _eventId = string.Empty;
        private string _misspelled = string.Empty;
        private readonly string _tenThousandCharacters = new('x', 10_000);

        [GlobalSetup]
        public void Setup()
        {
            // The most quoted person: the heaviest "quotes of" answer in the corpus.
            _person = Wikinews.People.All.OrderByDescending(p => p.Quotes.Count).ThenBy(p => p.Id, System.StringComparer.Ordinal).First();
            _personName = _person.Name;
            _personId = _person.Id;
            _eventId = Wikinews.Events.All[Wikinews.Events.All.Count / 2].Id;
            _misspelled = _personName.Remove(_personName.Length / 2, 1);
            // Make every record a lookup can touch, as a warm process has.
            foreach (var e in Wikinews.Knowledge.Entities) _ = e.Quotes.Count + e.Events.Count;
            foreach (var q in Wikinews.Quotes.All) _ = q.Id;
            foreach (var e in Wikinews.Events.All) _ = e.Id;
            foreach (var h in Wikinews.Search("election")) _ = h.Quote ?? (object?)h.Event;
        }

        [Benchmark]
        public Entity? FindByName() => Wikinews.Find(_personName);

        [Benchmark]
        public Entity? FindById() => Wikinews.Find(_personId);

        [Benchmark]
        public Event? EventById() => Wikinews.Knowledge.FindEvent(_eventId);

        [Benchmark]
        public int QuotesOfPerson()
        {
            var n = 0;
            foreach (var q in _person.Quotes) n += q.Index;
            return n;
        }

        [Benchmark]
        public int EventsInDateRange()
        {
            var n = 0;
            foreach (var e in Wikinews.Events.Between(From, To)) n += e.Index;
            return n;
        }

        [Benchmark]
        public int SearchOneWord()
        {
            var n = 0;
            foreach (var hit in Wikinews.Search("election")) n += hit.Sentence.Start;
            return n;
        }

        [Benchmark]
        public int SearchTwoWords()
        {
            var n = 0;
            foreach (var hit in Wikinews.Search("election results")) n += hit.Sentence.Start;
            return n;
        }

        /// <summary>"Did you mean" for a name with one letter dropped: a banded distance against every alias.</summary>
        [Benchmark]
        public int ClosestToMisspelling() => Wikinews.Knowledge.FindClosest(_misspelled).Count;

        /// <summary>"Did you mean" for a 10,000-character argument: past the length cap, no alias is compared.</summary>
        [Benchmark]
        public int ClosestToLongArgument() => Wikinews.Knowledge.FindClosest(_tenThousandCharacters).Count;
    }
}
