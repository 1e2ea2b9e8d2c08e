using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Streams.Generators.Tests.Driver;

namespace Streams.Generators.Tests.Equivalence;

/// <summary>
/// Which methods of the equivalence tables the generator really replaces: the tables compiled again with the generator
/// (as this project is), and for each method whether any call in it is intercepted. A shape that is not intercepted
/// would compare the library with itself and prove nothing about the generated code.
/// </summary>
internal static class ShapeInterception
{
    private static readonly Lazy<Dictionary<string, bool>> ByMethod = new(Compute);

    /// <summary>Whether a call in <paramref name="className"/>.<paramref name="method"/> is intercepted.</summary>
    public static bool IsIntercepted(string className, string method) =>
        ByMethod.Value.TryGetValue($"{className}.{method}", out bool intercepted)
            ? intercepted
            : throw new InvalidOperationException($"no method {className}.{method} in the tables");

    private static Dictionary<string, bool> Compute()
    {
        var compilation = Harness.Compile(Harness.ShapeSources());
        var (_, output, _) = Harness.Generate(compilation);
        var result = new Dictionary<string, bool>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            // The user's trees are the same objects in the output compilation, now with the interceptors beside them.
            var model = output.GetSemanticModel(tree);
            foreach (var method in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                if (method.Parent is not ClassDeclarationSyntax type) continue;
                bool intercepted = method.DescendantNodes().OfType<InvocationExpressionSyntax>()
                    .Any(call => model.GetInterceptorMethod(call) is not null);
                result[$"{type.Identifier.ValueText}.{method.Identifier.ValueText}"] = intercepted;
            }
        }
        return result;
    }
}
