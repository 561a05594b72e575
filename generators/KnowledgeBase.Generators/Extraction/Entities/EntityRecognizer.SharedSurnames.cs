using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction
{
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// "Piet Dorran and his son Anders Dorran": a one-word form two people of the article share (their surname) is a form
        /// only of those a lone mention of it names, and of neither when none does; each full name gave it to both.
        /// </summary>
        private void DropSharedOneWordForms()
        {
            List<(EntityDraft Person, string Form)>? dropped = null; // decided on every form before any goes: the sharing is of them all
            foreach (var e in _entities)
            {
                if (e.Kind != EntityKind.Person) continue;
                foreach (var form in e.Forms)
                    if (form.IndexOf(' ') < 0 && form != e.Name && SharedByAnotherPerson(e, form) && !NamedAloneBy(e, form)) (dropped ??= new()).Add((e, form));
            }
            if (dropped is null) return;
            foreach (var (person, form) in dropped) person.Forms.Remove(form);
        }

        private bool SharedByAnotherPerson(EntityDraft person, string form)
        {
            foreach (var other in _entities)
                if (other != person && other.Kind == EntityKind.Person && other.Name != form && other.Forms.Contains(form)) return true;
            return false;
        }

        // Whether a mention of the entity is the one word alone.
        private bool NamedAloneBy(EntityDraft entity, string form)
        {
            foreach (var s in _sentences)
                foreach (var m in s.Mentions)
                    if (m.Entity == entity && m.TokenEnd - m.TokenStart == 1 && s.Tokens[m.TokenStart].Text == form) return true;
            return false;
        }
    }
}
