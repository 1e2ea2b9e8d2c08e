using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Streams.Generators.Analyzers;

/// <summary>
/// STRM002: a call on an Iter&lt;T&gt; receiver that binds to a sequence extension outside Streams, so the pipeline
/// leaves Streams (slower, no laws, an IEnumerable result). Two cases:
/// <list type="bullet">
/// <item>any method of System.Linq.Enumerable: Streams has a counterpart for every one that takes a sequence, so this
/// fires only when one is missing (a newer LINQ) or the argument types make LINQ's overload the better one;</item>
/// <item>an extension on <c>IEnumerable&lt;T&gt;</c> or <c>IEnumerable</c> declared outside Streams (System.Linq.AsyncEnumerable's
/// <c>ToAsyncEnumerable</c>, a library's or the project's own helper) when Streams has a method of that name that
/// applies to the receiver, so the Streams operation was meant; where Streams has no such operation the call is the
/// only way to do it and is not reported.</item>
/// </list>
/// To leave on purpose, call <c>AsEnumerable()</c> first: its result is no longer an Iter.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LinqOnIterAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic's identifier.</summary>
    public const string Id = "STRM002";

    internal static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
        Id,
        "A call on an Iter<T> binds to a sequence method outside Streams",
        "'{0}' on an Iter<{1}> binds to {2}.{0}: the pipeline leaves Streams (no laws, an IEnumerable result); use the Streams operator, or AsEnumerable() to leave on purpose",
        "Streams.Usage",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinks.For(Id));

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = new Symbols(start.Compilation);
            start.RegisterOperationAction(c => Check(c, symbols), OperationKind.Invocation);
        });
    }

    private static void Check(OperationAnalysisContext context, Symbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (IterSymbols.IsInStreams(method.ContainingType)) return;
        var receiver = IterSymbols.ExtensionReceiver(invocation);
        if (receiver?.Type is not INamedTypeSymbol receiverType || IterSymbols.FindIter(receiverType) is not { } iter) return;
        bool fires = SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.Enumerable)
            || (symbols.IsSequenceInterface(IterSymbols.ExtendedType(method)) && symbols.StreamsHas(method.Name, receiverType));
        if (!fires) return;
        var element = iter.TypeArguments[0].ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        // A C# 14 extension block is named by the static class that declares it.
        var declaring = method.ContainingType.IsExtension ? method.ContainingType.ContainingType : method.ContainingType;
        var containing = declaring.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
        context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), method.Name, element, containing));
    }

    // What the analyzer looks up once per compilation: LINQ's Enumerable, the sequence interfaces, and, by name, the
    // Streams methods an Iter receiver could call.
    private sealed class Symbols
    {
        private readonly Compilation _compilation;
        private readonly INamedTypeSymbol? _enumerableOfT;
        private readonly INamedTypeSymbol? _nonGenericEnumerable;
        private readonly Lazy<ILookup<string, IMethodSymbol>> _streamsExtensions;
        private readonly ConcurrentDictionary<(string, ITypeSymbol), bool> _answers = new();

        public Symbols(Compilation compilation)
        {
            _compilation = compilation;
            Enumerable = compilation.GetTypeByMetadataName("System.Linq.Enumerable");
            _enumerableOfT = compilation.GetSpecialType(SpecialType.System_Collections_Generic_IEnumerable_T);
            _nonGenericEnumerable = compilation.GetSpecialType(SpecialType.System_Collections_IEnumerable);
            _streamsExtensions = new Lazy<ILookup<string, IMethodSymbol>>(FindStreamsExtensions);
        }

        public INamedTypeSymbol? Enumerable { get; }

        public bool IsSequenceInterface(ITypeSymbol? type) =>
            type != null && (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, _enumerableOfT)
                || SymbolEqualityComparer.Default.Equals(type, _nonGenericEnumerable));

        // Whether Streams has a method called `name` that applies to a receiver of type `receiver` (an Iter): an
        // instance method of the Iter, or a Streams extension method whose `this` parameter accepts it.
        public bool StreamsHas(string name, ITypeSymbol receiver) =>
            _answers.GetOrAdd((name, receiver), key =>
            {
                for (var t = key.Item2 as INamedTypeSymbol; t != null; t = t.BaseType)
                {
                    if (t.GetMembers(key.Item1).OfType<IMethodSymbol>().Any(m => !m.IsStatic && m.DeclaredAccessibility == Accessibility.Public)) return true;
                }
                return _streamsExtensions.Value[key.Item1].Any(m => m.ReduceExtensionMethod(key.Item2) != null);
            });

        // The public extension methods in the Streams namespace of every referenced assembly (and this one), by name.
        private ILookup<string, IMethodSymbol> FindStreamsExtensions()
        {
            var streams = _compilation.GlobalNamespace.GetNamespaceMembers().FirstOrDefault(n => n.Name == "Streams");
            if (streams == null) return Array.Empty<IMethodSymbol>().ToLookup(m => m.Name);
            return streams.GetTypeMembers()
                .Where(t => t.IsStatic && t.MightContainExtensionMethods && t.DeclaredAccessibility == Accessibility.Public)
                .SelectMany(t => t.GetMembers().OfType<IMethodSymbol>())
                .Where(m => m.IsExtensionMethod && m.DeclaredAccessibility == Accessibility.Public)
                .ToLookup(m => m.Name);
        }
    }
}
