using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction
{
    // The article's organizations and places by the first word of their names and forms: KnownEntityFor asked every one of
    // them for every lone capitalized word (about 36 entities a question), and nearly every word names none.
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// Entities by the hash of the first word of each text they were added under (the organizations and places by their
        /// names and forms; the persons by their words' keys). Entries are only added, never taken back, so a list may hold an
        /// entity that no longer fits, or one whose text only shares the hash: the question tests each one again.
        /// </summary>
        private sealed class FirstWordIndex
        {
            // The first entry of each hash's list, and the entries: entity, then the next entry's index (-1: the last).
            private readonly Dictionary<int, int> _heads = new();
            private readonly List<KeyValuePair<EntityDraft, int>> _entries = new();

            public void Add(string text, EntityDraft entity)
            {
                var hash = FirstWordHash(text);
                var head = _heads.TryGetValue(hash, out var first) ? first : -1;
                for (var at = head; at >= 0; at = _entries[at].Value)
                    if (_entries[at].Key == entity) return;
                _heads[hash] = _entries.Count;
                _entries.Add(new KeyValuePair<EntityDraft, int>(entity, head));
            }

            /// <summary>The first entry of the list for <paramref name="text"/>'s first word (-1: none); <see cref="Next"/> walks on.</summary>
            public int First(string text) => _heads.TryGetValue(FirstWordHash(text), out var first) ? first : -1;

            public EntityDraft EntityAt(int at) => _entries[at].Key;
            public int Next(int at) => _entries[at].Value;

            public void Clear()
            {
                _heads.Clear();
                _entries.Clear();
            }

            // FNV-1a of the characters before the first space, read in place (no substring made).
            private static int FirstWordHash(string text)
            {
                var hash = 2166136261u;
                foreach (var ch in text)
                {
                    if (ch == ' ') break;
                    hash = (hash ^ ch) * 16777619u;
                }
                return (int)hash;
            }
        }

        private sealed partial class Scratch
        {
            public FirstWordIndex NonPersons { get; } = new();
        }

        /// <summary>Adds <paramref name="form"/> to <paramref name="entity"/>, and to the index when it is new and the entity no person's.</summary>
        private void AddForm(EntityDraft entity, string form)
        {
            var count = entity.Forms.Count;
            entity.AddForm(form);
            if (entity.Forms.Count != count) Indexed(entity, form);
        }

        /// <summary>Records that an organization or place has <paramref name="text"/> as a form or name (persons are not indexed).</summary>
        private void Indexed(EntityDraft entity, string text)
        {
            if (entity.Kind != EntityKind.Person) _nonPersons.Add(text, entity);
        }

        /// <summary>
        /// The first organization or place in the article's list found in the scan with this exact form ("Vella Dorna" of
        /// "Vella Dorna province"): read from the index, not from every entity's forms.
        /// </summary>
        private EntityDraft? KnownForm(string name)
        {
            EntityDraft? found = null;
            var at = -1;
            for (var entry = _nonPersons.First(name); entry >= 0; entry = _nonPersons.Next(entry))
            {
                var e = _nonPersons.EntityAt(entry);
                if (!e.Forms.Contains(name)) continue;
                var position = _entities.IndexOf(e);
                if (position >= 0 && (found is null || position < at)) (found, at) = (e, position);
            }
            return found;
        }

        /// <summary>
        /// The first organization or place in the article's list that has <paramref name="text"/> as a form or is named by it
        /// before its head (<see cref="IsNameBeforeHead"/>), and where it stands in the list; null and -1 when none.
        /// </summary>
        private EntityDraft? FirstNonPersonNamed(string text, out int at)
        {
            EntityDraft? found = null;
            at = -1;
            for (var entry = _nonPersons.First(text); entry >= 0; entry = _nonPersons.Next(entry))
            {
                var e = _nonPersons.EntityAt(entry);
                if (!(e.Forms.Contains(text) || IsNameBeforeHead(text, e))) continue;
                var position = _entities.IndexOf(e);
                if (position >= 0 && (found is null || position < at))
                {
                    found = e;
                    at = position;
                }
            }
            return found;
        }
    }
}
