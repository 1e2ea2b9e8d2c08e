using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Streams.Generators.Analyzers;

/// <summary>Symbol tests shared by the analyzers: what is an Iter, and the value an argument had before conversion.</summary>
internal static class IterSymbols
{
    /// <summary>Whether <paramref name="type"/> is Streams.Iter&lt;T&gt; or derives from it.</summary>
    public static bool IsIter(ITypeSymbol? type)
    {
        for (var t = type as INamedTypeSymbol; t != null; t = t.BaseType)
        {
            if (t.Name == "Iter" && t.Arity == 1 && t.ContainingNamespace is { Name: "Streams" } ns
                && ns.ContainingNamespace is { IsGlobalNamespace: true })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The operand under any implicit conversions (an extension call's receiver is converted to the
    /// parameter type).</summary>
    public static IOperation WithoutImplicitConversions(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion) operation = conversion.Operand;
        return operation;
    }

    /// <summary>The receiver of an extension-method call written as <c>x.M(...)</c> or <c>C.M(x, ...)</c>.</summary>
    public static IOperation? ExtensionReceiver(IInvocationOperation invocation) =>
        invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0
            ? WithoutImplicitConversions(invocation.Arguments[0].Value)
            : null;
}
