using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Streams.Generators.Analyzers;

/// <summary>Symbol tests shared by the analyzers: what is an Iter, and the value an argument had before conversion.</summary>
internal static class IterSymbols
{
    /// <summary>Whether <paramref name="type"/> is Streams.Iter&lt;T&gt; or derives from it.</summary>
    public static bool IsIter(ITypeSymbol? type) => type is INamedTypeSymbol named && FindIter(named) != null;

    /// <summary>The Streams.Iter&lt;T&gt; that <paramref name="type"/> is or derives from, or null.</summary>
    public static INamedTypeSymbol? FindIter(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? t = type; t != null; t = t.BaseType)
        {
            if (t.Name == "Iter" && t.Arity == 1 && IsStreamsNamespace(t.ContainingNamespace)) return t;
        }
        return null;
    }

    /// <summary>Whether <paramref name="type"/> (or the type it is nested in) is declared in the Streams namespace or
    /// one below it.</summary>
    public static bool IsInStreams(ITypeSymbol type)
    {
        for (var ns = type.ContainingNamespace; ns != null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
        {
            if (IsStreamsNamespace(ns)) return true;
        }
        return false;
    }

    private static bool IsStreamsNamespace(INamespaceSymbol? ns) =>
        ns is { Name: "Streams" } && ns.ContainingNamespace is { IsGlobalNamespace: true };

    /// <summary>The operand under any implicit conversions (an extension call's receiver is converted to the
    /// parameter type).</summary>
    public static IOperation WithoutImplicitConversions(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion) operation = conversion.Operand;
        return operation;
    }

    /// <summary>The receiver of an extension-method call written as <c>x.M(...)</c> or <c>C.M(x, ...)</c>, or of a
    /// call to an instance member of a C# 14 extension block.</summary>
    public static IOperation? ExtensionReceiver(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.IsExtensionMethod && invocation.Arguments.Length > 0) return WithoutImplicitConversions(invocation.Arguments[0].Value);
        if (method.ContainingType is { IsExtension: true } && !method.IsStatic && invocation.Instance != null) return WithoutImplicitConversions(invocation.Instance);
        return null;
    }

    /// <summary>The type an extension method (or extension block member) extends: its <c>this</c> parameter's type, or
    /// the extension block's receiver type; null for other methods.</summary>
    public static ITypeSymbol? ExtendedType(IMethodSymbol method)
    {
        if (method.IsExtensionMethod) return (method.ReducedFrom ?? method).Parameters.FirstOrDefault()?.Type;
        return method.ContainingType is { IsExtension: true } extension ? extension.ExtensionParameter?.Type : null;
    }
}
