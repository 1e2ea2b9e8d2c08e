using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Streams.Generators.Analyzers;

/// <summary>
/// STRM003: an Iter&lt;T&gt; passed as <c>IEnumerable&lt;T&gt;</c> (or <c>IEnumerable</c>) to a method of the same
/// compilation that enumerates that parameter more than once. An Iter is one pass: the second enumeration sees only
/// what the first left, so <c>xs.Any() ? xs.First() : ...</c> skips the first element and <c>Count()</c> after a
/// <c>foreach</c> is 0.
/// </summary>
/// <remarks>
/// <para>What enumerates the parameter (one use each): a <c>foreach</c> over it, a <c>GetEnumerator()</c> call, a
/// collection-expression spread, and handing it to a method outside the compilation whose parameter is declared as a
/// sequence (<c>IEnumerable&lt;T&gt;</c> or <c>IEnumerable</c>): every System.Linq call (<c>Any</c>, <c>First</c>,
/// <c>Count</c>, <c>ToList</c>, also the deferred <c>Select</c> or <c>Where</c>, whose result is assumed read once),
/// <c>new List&lt;T&gt;(xs)</c>, <c>string.Join(", ", xs)</c>. <c>TryGetNonEnumeratedCount</c> does not enumerate.
/// Handing it to a method of the same compilation counts as what that method does with its parameter (nothing, once,
/// or more than once), followed through any depth of calls.</para>
/// <para>"More than once" follows the method's control flow graph: two uses on one path (<c>if (xs.Any()) foreach
/// (var x in xs)</c>), or one use that a loop can run again. Uses in the two branches of an <c>if</c> or a <c>?:</c> are
/// on different paths and count once. Precise rather than complete: uses inside a lambda (run at another time, maybe
/// never), through another variable the parameter was copied to, and after the parameter is assigned (the usual fix,
/// <c>xs = xs.ToList()</c>) are not counted.</para>
/// <para>The diagnostic needs every method body of the compilation, so it is reported at the end of the compilation
/// (on build, and in the IDE with full solution analysis).</para>
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MultipleEnumerationAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic's identifier.</summary>
    public const string Id = "STRM003";

    internal static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
        Id,
        "An Iter<T> is passed to a method that enumerates it more than once",
        "An Iter<{0}> is one pass, but {1} enumerates '{2}' more than once ({3}): the second enumeration sees only what the first left; pass a list (ToList()), or give each enumeration its own copy (Tee)",
        "Streams.Usage",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinks.For(Id),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    // Sequence methods outside the compilation that look at their argument without enumerating it.
    private static readonly ImmutableHashSet<string> NotEnumerating = ImmutableHashSet.Create("TryGetNonEnumeratedCount");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var sequences = new SequenceTypes(start.Compilation);
            var assembly = start.Compilation.Assembly;
            var summaries = new ConcurrentDictionary<IParameterSymbol, Summary>(SymbolEqualityComparer.Default);
            var calls = new ConcurrentBag<Call>();
            start.RegisterOperationBlockAction(block =>
            {
                // A method's blocks (its body, parameter initializers) hang under one root; its graph is built once.
                var roots = new HashSet<IOperation>();
                foreach (var operation in block.OperationBlocks)
                {
                    var root = operation;
                    while (root.Parent != null) root = root.Parent;
                    if (root.Kind is not (OperationKind.MethodBody or OperationKind.ConstructorBody or OperationKind.Block) || !roots.Add(root)) continue;
                    // A control flow graph is built only for a body with a sequence parameter to summarize.
                    if (HasSequenceParameter(block.OwningSymbol, sequences)
                        || root.Descendants().Any(o => o is ILocalFunctionOperation f && HasSequenceParameter(f.Symbol, sequences)))
                    {
                        Summarize(block.GetControlFlowGraph(operation), block.OwningSymbol, sequences, assembly, summaries);
                    }
                }
            });
            start.RegisterOperationAction(c =>
            {
                var argument = (IArgumentOperation)c.Operation;
                if (argument.Parameter is not { } parameter || !sequences.Is(parameter.Type)) return;
                if (parameter.ContainingSymbol is not IMethodSymbol callee || !IsInCompilation(callee, assembly)) return;
                if (argument.Value is not IConversionOperation { IsImplicit: true } conversion) return;
                if (IterSymbols.WithoutImplicitConversions(conversion.Operand).Type is not INamedTypeSymbol type || IterSymbols.FindIter(type) is not { } iter) return;
                calls.Add(new Call(argument.Value.Syntax.GetLocation(), parameter.OriginalDefinition, callee, iter.TypeArguments[0]));
            }, OperationKind.Argument);
            start.RegisterCompilationEndAction(end => Report(end, summaries, calls));
        });
    }

    private static bool HasSequenceParameter(ISymbol symbol, SequenceTypes sequences) =>
        symbol is IMethodSymbol method && method.Parameters.Any(p => sequences.Is(p.Type));

    private static bool IsInCompilation(IMethodSymbol method, IAssemblySymbol assembly) =>
        SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, assembly) && method.Locations.Any(l => l.IsInSource);

    private static void Report(CompilationAnalysisContext context, ConcurrentDictionary<IParameterSymbol, Summary> summaries, ConcurrentBag<Call> calls)
    {
        var verdicts = new Dictionary<IParameterSymbol, Verdict>(SymbolEqualityComparer.Default);
        foreach (var call in calls.OrderBy(c => c.Location.SourceTree?.FilePath).ThenBy(c => c.Location.SourceSpan.Start))
        {
            var verdict = Judge(call.Parameter, summaries, verdicts);
            if (verdict.Times < 2) continue;
            context.ReportDiagnostic(Diagnostic.Create(Rule, call.Location, verdict.Where,
                call.Element.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                call.Callee.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                call.Parameter.Name, verdict.Why));
        }
    }

    // How many times (0, 1, or 2 for "more than once") a method enumerates its parameter, and why. A parameter whose
    // verdict is being computed (a recursive call) counts as not enumerated on the recursive edge.
    private static Verdict Judge(IParameterSymbol parameter, ConcurrentDictionary<IParameterSymbol, Summary> summaries, Dictionary<IParameterSymbol, Verdict> verdicts)
    {
        if (verdicts.TryGetValue(parameter, out var known)) return known;
        if (!summaries.TryGetValue(parameter, out var summary)) return Verdict.None;
        verdicts[parameter] = Verdict.None;
        var weights = summary.Uses.Select(u => u.PassedTo == null ? Verdict.Once(u) : Judge(u.PassedTo, summaries, verdicts).Through(u)).ToList();
        var verdict = Verdict.None;
        for (int i = 0; i < weights.Count && verdict.Times < 2; i++)
        {
            if (weights[i].Times >= 2) verdict = weights[i];
            else if (weights[i].Times == 1 && summary.Repeated.Contains(i)) verdict = weights[i].Again();
        }
        foreach (var (first, then) in summary.Sequences)
        {
            if (verdict.Times >= 2) break;
            if (weights[first].Times >= 1 && weights[then].Times >= 1) verdict = Verdict.Twice(weights[first], weights[then]);
        }
        if (verdict.Times == 0) verdict = weights.FirstOrDefault(w => w.Times == 1) ?? Verdict.None;
        verdicts[parameter] = verdict;
        return verdict;
    }

    // Records, for each sequence parameter of the graph's owner (and of its local functions), where it is enumerated
    // and which of those uses can follow one another on a path of the graph.
    private static void Summarize(ControlFlowGraph graph, ISymbol owner, SequenceTypes sequences, IAssemblySymbol assembly,
        ConcurrentDictionary<IParameterSymbol, Summary> summaries)
    {
        foreach (var local in graph.LocalFunctions)
        {
            Summarize(graph.GetLocalFunctionControlFlowGraph(local), local, sequences, assembly, summaries);
        }
        if (!HasSequenceParameter(owner, sequences)) return;
        var method = (IMethodSymbol)owner;
        var uses = new Dictionary<IParameterSymbol, List<(int Block, int Order, Use Use)>>(SymbolEqualityComparer.Default);
        var writes = new Dictionary<IParameterSymbol, List<(int Block, int Order)>>(SymbolEqualityComparer.Default);
        foreach (var block in graph.Blocks)
        {
            var operations = block.BranchValue == null ? block.Operations : block.Operations.Add(block.BranchValue);
            for (int k = 0; k < operations.Length; k++)
            {
                foreach (var reference in operations[k].DescendantsAndSelf().OfType<IParameterReferenceOperation>())
                {
                    var parameter = reference.Parameter;
                    if (!SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method) || !sequences.Is(parameter.Type)) continue;
                    if (IsWrite(reference))
                    {
                        Add(writes, parameter, (block.Ordinal, k));
                    }
                    else if (Classify(reference, sequences, assembly) is { } use)
                    {
                        Add(uses, parameter, (block.Ordinal, k, use));
                    }
                }
            }
        }
        var reach = Reachability(graph);
        foreach (var pair in uses)
        {
            var kept = pair.Value
                .Where(u => !(writes.TryGetValue(pair.Key, out var w) && w.Any(x => Precedes(reach, x.Block, x.Order, u.Block, u.Order))))
                .OrderBy(u => u.Block).ThenBy(u => u.Order).ThenBy(u => u.Use.Location.SourceSpan.Start)
                .ToList();
            if (kept.Count == 0) continue;
            var sequencesFound = new List<(int First, int Then)>();
            var repeated = new HashSet<int>();
            for (int i = 0; i < kept.Count; i++)
            {
                if (reach[kept[i].Block].Contains(kept[i].Block)) repeated.Add(i);
                for (int j = 0; j < kept.Count; j++)
                {
                    if (i == j) continue;
                    bool sameBlockLater = kept[i].Block == kept[j].Block && j > i;
                    if (sameBlockLater || reach[kept[i].Block].Contains(kept[j].Block)) sequencesFound.Add((i, j));
                }
            }
            summaries[pair.Key] = new Summary(kept.Select(u => u.Use).ToList(), sequencesFound, repeated);
        }
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = new List<TValue>();
        list.Add(value);
    }

    // Whether the operation at (block b, index k) can run before the one at (c, m) on some path.
    private static bool Precedes(HashSet<int>[] reach, int b, int k, int c, int m) =>
        (b == c && k < m) || reach[b].Contains(c);

    // For each block, the blocks reachable from it by one or more edges.
    private static HashSet<int>[] Reachability(ControlFlowGraph graph)
    {
        var blocks = graph.Blocks;
        var reach = new HashSet<int>[blocks.Length];
        for (int b = 0; b < blocks.Length; b++)
        {
            var seen = new HashSet<int>();
            var pending = new Stack<int>(Successors(blocks[b]));
            while (pending.Count > 0)
            {
                int next = pending.Pop();
                if (!seen.Add(next)) continue;
                foreach (int s in Successors(blocks[next])) pending.Push(s);
            }
            reach[b] = seen;
        }
        return reach;
    }

    private static IEnumerable<int> Successors(BasicBlock block)
    {
        if (block.FallThroughSuccessor?.Destination is { } fall) yield return fall.Ordinal;
        if (block.ConditionalSuccessor?.Destination is { } conditional) yield return conditional.Ordinal;
    }

    private static bool IsWrite(IParameterReferenceOperation reference) => reference.Parent switch
    {
        IAssignmentOperation assignment => assignment.Target == reference,
        IArgumentOperation argument => argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out,
        _ => reference.Parent is ITupleOperation && reference.Parent.Parent is IDeconstructionAssignmentOperation,
    };

    // What a read of the parameter does with it: enumerate it (a use), hand it to a method of this compilation (a use
    // that counts as what that method does), or neither (null: a null check, a type test, a copy).
    private static Use? Classify(IParameterReferenceOperation reference, SequenceTypes sequences, IAssemblySymbol assembly)
    {
        IOperation node = reference;
        while (node.Parent is IConversionOperation { IsImplicit: true } conversion) node = conversion;
        var location = node.Syntax.GetLocation();
        switch (node.Parent)
        {
            case IArgumentOperation { Parameter: { } parameter } argument when argument.Parent is IInvocationOperation or IObjectCreationOperation:
                if (parameter.ContainingSymbol is not IMethodSymbol callee) return null;
                if (IsInCompilation(callee, assembly))
                {
                    return sequences.Is(parameter.Type) ? new Use(Describe(callee), location, parameter.OriginalDefinition) : null;
                }
                if (!sequences.Is(parameter.OriginalDefinition.Type) || NotEnumerating.Contains(callee.Name)) return null;
                return new Use(Describe(callee), location, null);
            case IInvocationOperation { TargetMethod.Name: "GetEnumerator" } invocation when invocation.Instance == node:
                return new Use(invocation.IsImplicit ? "foreach" : "GetEnumerator()", location, null);
            case ISpreadOperation:
                return new Use("a spread (..)", location, null);
            default:
                return null;
        }
    }

    private static string Describe(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Constructor ? "new " + method.ContainingType.Name + "(...)" : method.Name + "()";

    // The two sequence interfaces an Iter converts to.
    private sealed class SequenceTypes
    {
        private readonly INamedTypeSymbol _generic;
        private readonly INamedTypeSymbol _nonGeneric;

        public SequenceTypes(Compilation compilation)
        {
            _generic = compilation.GetSpecialType(SpecialType.System_Collections_Generic_IEnumerable_T);
            _nonGeneric = compilation.GetSpecialType(SpecialType.System_Collections_IEnumerable);
        }

        public bool Is(ITypeSymbol type) =>
            SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, _generic) || SymbolEqualityComparer.Default.Equals(type, _nonGeneric);
    }

    private sealed record Call(Location Location, IParameterSymbol Parameter, IMethodSymbol Callee, ITypeSymbol Element);

    // One read of a parameter that enumerates it: `What` (e.g. "Any()"), where, and the parameter of a method of this
    // compilation it is handed to, if it is.
    private sealed record Use(string What, Location Location, IParameterSymbol? PassedTo);

    // A parameter's uses, the pairs (i, j) where use j can run after use i on one path, and the uses a loop can repeat.
    private sealed record Summary(List<Use> Uses, List<(int First, int Then)> Sequences, HashSet<int> Repeated);

    // How many times (0, 1, 2 = more than once) a parameter is enumerated, with the reason and the places to show.
    private sealed record Verdict(int Times, string Why, ImmutableArray<Location> Where)
    {
        public static readonly Verdict None = new(0, "", ImmutableArray<Location>.Empty);

        public static Verdict Once(Use use) => new(1, At(use), ImmutableArray.Create(use.Location));

        public static Verdict Twice(Verdict first, Verdict then) => new(2, first.Why + ", then " + then.Why, first.Where.AddRange(then.Where));

        public Verdict Again() => new(2, Why + ", in a loop", Where);

        // This verdict for a parameter, seen from a call that hands the argument to it.
        public Verdict Through(Use use) => Times switch
        {
            0 => None,
            1 => Once(use),
            _ => new Verdict(2, At(use) + ", which enumerates it more than once: " + Why, Where.Insert(0, use.Location)),
        };

        private static string At(Use use) => use.What + " on line " + (use.Location.GetLineSpan().StartLinePosition.Line + 1);
    }
}
