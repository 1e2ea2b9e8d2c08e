// Emission: the fields of a generated class, kept as (type, name) so that declarations and the code that clears
// them are written from the same list.
using System.Collections;
using System.Collections.Generic;

namespace Streams.Generators.Emission;

/// <summary>Fields of a generated class, in declaration order.</summary>
internal sealed class FieldList : IEnumerable<(string Type, string Name)>
{
    private readonly List<(string Type, string Name)> _fields = new();

    /// <summary>Adds the field <paramref name="name"/> of type <paramref name="type"/>.</summary>
    public void Add(string type, string name) => _fields.Add((type, name));

    public IEnumerator<(string Type, string Name)> GetEnumerator() => _fields.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
