// Analysis: how generated code names types and parameters (the strings the model carries).
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Streams.Generators.Analysis;

/// <summary>How generated code names types and parameters.</summary>
internal static class SymbolNames
{
    /// <summary>A type as generated code writes it: fully qualified from <c>global::</c>, keywords for built-ins.</summary>
    public static string Type(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    /// <summary>A parameter name, escaped with <c>@</c> when it is a keyword.</summary>
    public static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}
