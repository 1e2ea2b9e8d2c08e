// Emission: how generated code names the model's types and the intercepted methods' parameters.
using Microsoft.CodeAnalysis.CSharp;
using Streams.Generators.Model;

namespace Streams.Generators.Emission;

/// <summary>Names in generated code.</summary>
internal static class Names
{
    /// <summary>A type as generated code writes it (fully qualified from <c>global::</c>, keywords for built-ins).</summary>
    public static string Type(TypeRef type) => type.Name;

    /// <summary>A parameter name, escaped with <c>@</c> when it is a keyword.</summary>
    public static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}

/// <summary>Element types of the model's types.</summary>
internal static class Types
{
    /// <summary>The element type of an <c>Iter&lt;T&gt;</c> type, or null.</summary>
    public static TypeRef? Element(TypeRef? type) => type?.Element;
}
