using System.Collections.Generic;
using KnowledgeBase.Storage;

namespace KnowledgeBase
{
    /// <summary>Whether an event has happened or is announced.</summary>
    public enum EventStatus
    {
        /// <summary>Reported as having happened.</summary>
        Occurred = DataLayout.StatusOccurred,
        /// <summary>Announced or scheduled.</summary>
        Planned = DataLayout.StatusPlanned,
    }

    /// <summary>
    /// One real-world occurrence (who did what with whom, where and when), with the evidence
    /// of every article that reports it.
    /// </summary>
    public sealed class Event
    {
        private readonly Knowledge _knowledge;
        private readonly int _row;
        private RecordList<Entity>? _participants;
        private IReadOnlyList<SourceSpan>? _sources;

        internal Event(Knowledge knowledge, int index)
        {
            _knowledge = knowledge;
            Index = index;
            _row = knowledge.EventRow(index);
        }

        /// <summary>Position in <see cref="Knowledge.Events"/>.</summary>
        public int Index { get; }

        /// <summary>Stable id, such as <c>e-2024-11-08-trump-putin-call</c>.</summary>
        public string Id => _knowledge.String(_knowledge.Int(_row + DataLayout.EventId));

        /// <summary>The CAMEO code.</summary>
        public CameoCode Cameo => new(
            _knowledge.String(_knowledge.Int(_row + DataLayout.EventCameo)),
            _knowledge.String(_knowledge.Int(_row + DataLayout.EventCameoName)));

        /// <summary>A plain word for the kind of event (call, meeting, visit, strike, election, ...).</summary>
        public string Kind => _knowledge.String(_knowledge.Int(_row + DataLayout.EventKind));

        /// <summary>Who took part, actor first.</summary>
        public RecordList<Entity> Participants => _participants ??= _knowledge.EntityList(_row + DataLayout.EventParticipants);

        /// <summary>Where it happened, or null.</summary>
        public Place? Place
        {
            get
            {
                var place = _knowledge.Int(_row + DataLayout.EventPlace);
                return place < 0 ? null : _knowledge.Entities[place] as Place;
            }
        }

        /// <summary>When it happened, at the precision the text supports, or null.</summary>
        public PartialDate? Date => PartialDate.FromPacked(_knowledge.Int(_row + DataLayout.EventDate));

        /// <summary>
        /// When it was first reported: the earliest published date among the articles that tell it, or null when
        /// none is dated. Every event reported by a dated article has one, dated or not itself.
        /// </summary>
        public PartialDate? Reported
        {
            get
            {
                PartialDate? earliest = null;
                foreach (var source in Sources)
                    if (source.Article.Published is { } published && (earliest is null || published.CompareTo(earliest.Value) < 0))
                        earliest = published;
                return earliest;
            }
        }

        /// <summary>Occurred or planned.</summary>
        public EventStatus Status => (EventStatus)_knowledge.Int(_row + DataLayout.EventStatus);

        /// <summary>A one-line summary.</summary>
        public string Summary => _knowledge.String(_knowledge.Int(_row + DataLayout.EventSummary));

        /// <summary>The evidence in every article that reports it.</summary>
        public IReadOnlyList<SourceSpan> Sources => _sources ??= _knowledge.SourceList(_row + DataLayout.EventSources);

        /// <summary>
        /// The evidence sentence of the first article that reports it (every source is the sentence that
        /// states the event); <see cref="SourceSpan.Text"/> is its text.
        /// </summary>
        public SourceSpan Sentence => Sources[0];

        /// <summary>The summary, after the date (or "undated"): <c>2024-11-08 Donald Trump spoke with Vladimir Putin by phone.</c></summary>
        public override string ToString() => $"{Date?.ToString() ?? "undated"} {Summary}";
    }
}
