using System.Diagnostics.CodeAnalysis;

// RS0027 guards *future* versions against adding an optional parameter next to an overload of equal arity. Nothing of
// Streams.Pull has shipped yet (PublicAPI.Shipped.txt is empty), so nothing is broken; the suppression names one member,
// so any other overload that breaks the rule still fails the build.
// SequenceEqual(source, other: Iter, comparer = null) sits beside LINQ's SequenceEqual(first, second: IEnumerable, comparer).
[assembly: SuppressMessage("ApiDesign", "RS0027:API with optional parameter(s) should have the most parameters amongst its public overloads",
    Scope = "member",
    Target = "~M:Streams.Pull.SequenceEqual``1(Streams.Iter{``0},Streams.Iter{``0},System.Collections.Generic.IEqualityComparer{``0})~System.Boolean",
    Justification = "Not shipped; LINQ's IEnumerable shape is an overload of the same arity.")]
