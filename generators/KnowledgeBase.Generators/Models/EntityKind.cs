using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators
{
    /// <summary>What an entity is; the values are the stored layout's (<see cref="DataLayout"/>), which the emitted tables carry.</summary>
    internal enum EntityKind : byte
    {
        Person = DataLayout.KindPerson,
        Organization = DataLayout.KindOrganization,
        Place = DataLayout.KindPlace,
    }
}
