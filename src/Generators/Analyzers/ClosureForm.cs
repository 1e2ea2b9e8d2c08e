using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Streams.Generators.Analyzers;

/// <summary>
/// The closure form of a nested pipeline, <c>xs.FlatMap(x =&gt; inner.Map(y =&gt; f(x, y)))</c>, and its rewrite to
/// <c>xs.SelectMany(x =&gt; inner, (x, y) =&gt; f(x, y))</c>. Shared by STRM004 (<see cref="ClosureFormAnalyzer"/>) and
/// the code fix (Streams.CodeFixes), so the diagnostic is reported exactly where the rewrite applies.
/// </summary>
/// <remarks>
/// <para>Why: the inner Map lambda captures the outer parameter, so every call of the outer lambda allocates a display
/// class holding <c>x</c> and a delegate for each capturing inner lambda, before any library or generated code runs.
/// With a result selector, <c>x</c> is an argument of the selector: nothing is captured per outer element.</para>
/// <para>The shape: the outer lambda's body (an expression, or a block whose only <c>return</c> is its last statement)
/// is <c>C.Map(f1)...Map(fn)</c> where <c>f1</c> is the first Map lambda that uses <c>x</c>. <c>C</c> (the inner
/// source and any operators before <c>f1</c>) stays in the collection selector, so it is evaluated once per outer
/// element as before, and may use <c>x</c> outside lambdas (<c>Pull.Range(x)</c>); no lambda in it may capture
/// anything declared in the outer lambda (that closure would remain). <c>f1..fn</c> become the result selector
/// (composed as <c>{ var p2 = e1; ...; return en; }</c>), so each runs once per inner element in the same order as
/// before; they may capture <c>x</c> but nothing else declared in the outer lambda. A Filter (or any operator other than
/// Map/Select) after <c>f1</c>, or one whose lambda uses <c>x</c>, leaves the shape alone: a result selector only maps,
/// and the query form's <c>where</c> would carry a pair per inner element.</para>
/// <para>Semantics kept: the same elements in the same order, the same user-code calls in the same order (the outer
/// lambda's statements and <c>C</c> once per outer element, the Map bodies once per inner element), the same laziness
/// (SelectMany pulls the next outer element only when the inner iterator has ended, as FlatMap does). One difference
/// is excluded rather than kept: a null <c>C</c> throws ArgumentNullException from Map but InvalidOperationException
/// from SelectMany, so the shape requires <c>C</c> not to be maybe-null by the compiler's nullable analysis.</para>
/// </remarks>
internal sealed class ClosureForm
{
    // For each of Maps, the identifiers in its body that refer to its parameter (renamed when Names says so).
    private readonly ImmutableArray<ImmutableHashSet<IdentifierNameSyntax>> _references;

    private ClosureForm(InvocationExpressionSyntax call, IdentifierNameSyntax methodName, int argumentIndex,
        AnonymousFunctionExpressionSyntax outer, string outerName, ExpressionSyntax chain, ExpressionSyntax collection,
        ImmutableArray<LambdaExpressionSyntax> maps, ImmutableArray<string> names,
        ImmutableArray<ImmutableHashSet<IdentifierNameSyntax>> references, int delegates, int closureBytes, bool closureSizeKnown)
    {
        Call = call;
        MethodName = methodName;
        ArgumentIndex = argumentIndex;
        Outer = outer;
        OuterName = outerName;
        Chain = chain;
        Collection = collection;
        Maps = maps;
        Names = names;
        _references = references;
        Delegates = delegates;
        ClosureBytes = closureBytes;
        ClosureSizeKnown = closureSizeKnown;
    }

    /// <summary>The FlatMap (or single-selector SelectMany) call.</summary>
    public InvocationExpressionSyntax Call { get; }

    /// <summary>The called method's name in <see cref="Call"/>.</summary>
    public IdentifierNameSyntax MethodName { get; }

    /// <summary>The index of the selector argument in <see cref="Call"/>'s argument list.</summary>
    public int ArgumentIndex { get; }

    /// <summary>The outer lambda, <c>x =&gt; ...</c>.</summary>
    public AnonymousFunctionExpressionSyntax Outer { get; }

    /// <summary>The outer lambda's parameter name.</summary>
    public string OuterName { get; }

    /// <summary>The pipeline the outer lambda returns (its expression body, or its last statement's expression).</summary>
    public ExpressionSyntax Chain { get; }

    /// <summary>The part of <see cref="Chain"/> that stays in the collection selector.</summary>
    public ExpressionSyntax Collection { get; }

    /// <summary>The Map lambdas that become the result selector, in call order (at least one).</summary>
    public ImmutableArray<LambdaExpressionSyntax> Maps { get; }

    /// <summary>The name each of <see cref="Maps"/>' parameters has in the result selector: its own, or a fresh one where
    /// it would clash in the composed lambda (<c>.Map(y =&gt; x * y).Map(y =&gt; y + 1)</c>: the second <c>y</c> is
    /// renamed, with every reference to it).</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>The delegates allocated per outer element for the capturing Map lambdas.</summary>
    public int Delegates { get; }

    /// <summary>The display class's size on 64-bit (a lower bound when <see cref="ClosureSizeKnown"/> is false).</summary>
    public int ClosureBytes { get; }

    /// <summary>Whether <see cref="ClosureBytes"/> is exact (the captured type's size is known).</summary>
    public bool ClosureSizeKnown { get; }

    /// <summary>A delegate object's size on 64-bit: header, method table, target, method pointer and four more fields.</summary>
    public const int DelegateBytes = 64;

    /// <summary>What is allocated per outer element, for the diagnostic's message: "a closure and a delegate".</summary>
    public string Allocations => "a closure and " + (Delegates == 1 ? "a delegate" : Delegates + " delegates");

    /// <summary>How many bytes that is, for the diagnostic's message: "88 B on 64-bit".</summary>
    public string Bytes => (ClosureSizeKnown ? "" : "at least ") + (ClosureBytes + Delegates * DelegateBytes) + " B on 64-bit";

    /// <summary>The first Map lambda's parameter name (the result selector's second parameter).</summary>
    public string InnerName => ParameterName(Maps[0]);

    /// <summary>The closure form at <paramref name="call"/>, or null when the call is not one the rewrite applies
    /// to.</summary>
    public static ClosureForm? Find(InvocationExpressionSyntax call, SemanticModel model, CancellationToken cancellationToken)
    {
        if (call.Expression switch { MemberAccessExpressionSyntax m => m.Name, IdentifierNameSyntax i => i, _ => null } is not IdentifierNameSyntax name) return null;
        if (name.Identifier.ValueText is not ("FlatMap" or "SelectMany")) return null;
        var arguments = call.ArgumentList.Arguments;
        if (arguments.Count == 0 || arguments.Any(a => a.NameColon != null || !a.RefKindKeyword.IsKind(SyntaxKind.None))) return null;
        int index = arguments.Count - 1;
        if (!IsPlainLambda(arguments[index].Expression, out var outer, out var outerParameter)) return null;
        if (model.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol method || !IsFlatMap(method)) return null;
        if (model.GetDeclaredSymbol(outerParameter, cancellationToken) is not IParameterSymbol x) return null;

        var chain = ReturnedExpression(outer);
        if (chain == null) return null;

        // The Map calls at the end of the chain, innermost (first called) first.
        var maps = new List<(InvocationExpressionSyntax Call, LambdaExpressionSyntax Lambda)>();
        var receiver = chain;
        while (receiver is InvocationExpressionSyntax inv
            && inv.Expression is MemberAccessExpressionSyntax { Name: IdentifierNameSyntax { Identifier.ValueText: "Map" or "Select" } } access
            && access.IsKind(SyntaxKind.SimpleMemberAccessExpression)
            && inv.ArgumentList.Arguments.Count == 1
            && inv.ArgumentList.Arguments[0] is { NameColon: null } argument && argument.RefKindKeyword.IsKind(SyntaxKind.None)
            && IsPlainLambda(argument.Expression, out var lambda, out _)
            && model.GetSymbolInfo(inv, cancellationToken).Symbol is IMethodSymbol map && IsMap(map))
        {
            maps.Add((inv, (LambdaExpressionSyntax)lambda));
            receiver = access.Expression;
        }
        maps.Reverse();

        // Captures of each Map lambda: what it uses that is declared in the outer lambda (x, the block's locals) and
        // whether it captures anything at all (a lambda that captures nothing is cached by the compiler).
        var captures = maps.Select(m => Captures(m.Lambda, outer, model, cancellationToken)).ToList();
        int first = captures.FindIndex(c => c.FromOuter.Contains(x));
        if (first < 0) return null;
        for (int i = first; i < maps.Count; i++)
        {
            if (captures[i].FromOuter.Any(s => !SymbolEqualityComparer.Default.Equals(s, x))) return null;
        }

        // What stays in the collection selector (the block's statements, the source, the operators before the first
        // Map that uses x): no lambda there may capture from the outer lambda, and no local function of the outer
        // lambda may become a delegate there, or a closure would remain after the rewrite.
        var collection = first == 0 ? receiver : ((MemberAccessExpressionSyntax)maps[first].Call.Expression).Expression;
        var selectorSpans = maps.Skip(first).Select(m => m.Lambda.Span).ToList();
        var staying = outer.Body.DescendantNodes().Where(n => !selectorSpans.Any(span => span.Contains(n.Span))).ToList();
        foreach (var function in staying.OfType<AnonymousFunctionExpressionSyntax>())
        {
            if (Captures(function, outer, model, cancellationToken).FromOuter.Count > 0) return null;
        }
        if (staying.OfType<IdentifierNameSyntax>()
            .Any(n => model.GetSymbolInfo(n, cancellationToken).Symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction } f && DeclaredIn(f, outer)
                && n.Parent is not InvocationExpressionSyntax)) return null;
        if (model.GetTypeInfo(collection, cancellationToken).Nullability.FlowState == NullableFlowState.MaybeNull) return null;

        var selectorMaps = maps.Skip(first).Select(m => m.Lambda).ToImmutableArray();
        var references = selectorMaps.Select(m => ParameterReferences(m, model, cancellationToken)).ToImmutableArray();
        if (ComposedNames(outerParameter.Identifier.ValueText, selectorMaps, references) is not { } names) return null;

        var capturing = captures.Skip(first).ToList();
        int delegates = capturing.Count(c => c.Any);
        int fields = SizeOf(x.Type, out bool known) + (capturing.Any(c => c.FromOuter.Count > 0 && c.FromOutside) ? 8 : 0);
        int closure = System.Math.Max(24, 16 + (fields + 7) / 8 * 8);
        return new ClosureForm(call, name, index, outer, outerParameter.Identifier.ValueText, chain, collection,
            selectorMaps, names, references, delegates, closure, known);
    }

    /// <summary>The call rewritten: <c>SelectMany(x =&gt; C, (x, p) =&gt; body)</c>. <paramref name="annotation"/>, if
    /// given, marks the new result selector (the code fix asks the formatter to lay it out).</summary>
    public InvocationExpressionSyntax Rewrite(SyntaxAnnotation? annotation = null)
    {
        var collectionSelector = Outer.ReplaceNode(Chain, Collection.WithTriviaFrom(Chain));
        var parameters = SyntaxFactory.ParameterList(SyntaxFactory.SeparatedList(
            [SyntaxFactory.Parameter(SyntaxFactory.Identifier(OuterName)), SyntaxFactory.Parameter(SyntaxFactory.Identifier(Names[0]))],
            [SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space)]));
        var arrow = SyntaxFactory.Token(SyntaxKind.EqualsGreaterThanToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space);
        ParenthesizedLambdaExpressionSyntax resultSelector;
        if (Maps.Length == 1)
        {
            resultSelector = Body(0) is BlockSyntax block
                ? SyntaxFactory.ParenthesizedLambdaExpression(parameters, block).WithArrowToken(arrow)
                : SyntaxFactory.ParenthesizedLambdaExpression(parameters, (ExpressionSyntax)Body(0)).WithArrowToken(arrow);
        }
        else
        {
            // { var p2 = e1; var p3 = e2; ...; return en; } (or the last lambda's own statements).
            var statements = new List<StatementSyntax>();
            for (int i = 0; i + 1 < Maps.Length; i++)
            {
                statements.Add(SyntaxFactory.LocalDeclarationStatement(SyntaxFactory.VariableDeclaration(
                    SyntaxFactory.IdentifierName("var"),
                    SyntaxFactory.SingletonSeparatedList(SyntaxFactory.VariableDeclarator(SyntaxFactory.Identifier(Names[i + 1]))
                        .WithInitializer(SyntaxFactory.EqualsValueClause(((ExpressionSyntax)Body(i)).WithoutTrivia()))))));
            }
            var last = Body(Maps.Length - 1);
            if (last is BlockSyntax lastBlock) statements.AddRange(lastBlock.Statements);
            else statements.Add(SyntaxFactory.ReturnStatement(((ExpressionSyntax)last).WithoutTrivia()));
            // One statement a line (the formatter keeps a block written on one line as it is).
            var block = SyntaxFactory.Block(
                SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(SyntaxFactory.ElasticLineFeed),
                SyntaxFactory.List(statements.Select(st => st.HasTrailingTrivia ? st : st.WithTrailingTrivia(SyntaxFactory.ElasticLineFeed))),
                SyntaxFactory.Token(SyntaxKind.CloseBraceToken));
            resultSelector = SyntaxFactory.ParenthesizedLambdaExpression(parameters, block).WithArrowToken(arrow);
        }
        if (annotation != null) resultSelector = resultSelector.WithAdditionalAnnotations(annotation);

        var arguments = Call.ArgumentList.Arguments;
        var selector = arguments[ArgumentIndex];
        var nodes = arguments.ToList();
        nodes[ArgumentIndex] = selector.WithExpression(collectionSelector).WithTrailingTrivia();
        nodes.Insert(ArgumentIndex + 1, SyntaxFactory.Argument(resultSelector).WithTrailingTrivia(selector.GetTrailingTrivia()));
        var separators = arguments.GetSeparators().ToList();
        separators.Insert(ArgumentIndex, SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
        var argumentList = Call.ArgumentList.WithArguments(SyntaxFactory.SeparatedList(nodes, separators));
        var newName = SyntaxFactory.IdentifierName("SelectMany").WithTriviaFrom(MethodName);
        return Call.ReplaceNodes(new SyntaxNode[] { MethodName, Call.ArgumentList }, (original, _) => original == MethodName ? newName : argumentList);
    }

    // Map lambda i's body, its parameter's references renamed to Names[i].
    private CSharpSyntaxNode Body(int i)
    {
        var lambda = Maps[i];
        var body = (CSharpSyntaxNode?)lambda.ExpressionBody ?? lambda.Block!;
        if (Names[i] == ParameterName(lambda)) return body;
        if (body is IdentifierNameSyntax self && _references[i].Contains(self)) return SyntaxFactory.IdentifierName(Names[i]).WithTriviaFrom(self);
        return body.ReplaceNodes(_references[i], (original, _) => SyntaxFactory.IdentifierName(Names[i]).WithTriviaFrom(original));
    }

    // Streams.Pull.FlatMap(Iter<T>, Func<T, Iter<R>>) or its alias SelectMany(Iter<T>, Func<T, Iter<R>>).
    private static bool IsFlatMap(IMethodSymbol method)
    {
        var definition = (method.ReducedFrom ?? method).OriginalDefinition;
        return IsPull(definition.ContainingType) && definition.Name is "FlatMap" or "SelectMany" && definition.Parameters.Length == 2
            && definition.Parameters[1].Type is INamedTypeSymbol { Name: "Func", TypeArguments.Length: 2 } func
            && IterSymbols.IsIter(func.TypeArguments[1]);
    }

    // Streams.Pull.Map(Iter<T>, Func<T, R>) or its alias Select, called as an extension method.
    private static bool IsMap(IMethodSymbol method)
    {
        if (method.ReducedFrom is not { } definition) return false;
        definition = definition.OriginalDefinition;
        return IsPull(definition.ContainingType) && definition.Name is "Map" or "Select" && definition.Parameters.Length == 2
            && definition.Parameters[1].Type is INamedTypeSymbol { Name: "Func", TypeArguments.Length: 2 };
    }

    private static bool IsPull(INamedTypeSymbol? type) =>
        type is { Name: "Pull", ContainingType: null } && type.ContainingNamespace is { Name: "Streams", ContainingNamespace.IsGlobalNamespace: true };

    // A lambda of one parameter with nothing around it: not async or static, no attributes, no explicit return type, a
    // parameter without modifiers or attributes (an explicit type is allowed: the rewrite drops it from the result
    // selector, where SelectMany's signature infers the same type).
    private static bool IsPlainLambda(ExpressionSyntax expression, out AnonymousFunctionExpressionSyntax lambda, out ParameterSyntax parameter)
    {
        lambda = null!;
        parameter = null!;
        switch (expression)
        {
            case SimpleLambdaExpressionSyntax simple when simple.Modifiers.Count == 0 && simple.AttributeLists.Count == 0:
                lambda = simple;
                parameter = simple.Parameter;
                break;
            case ParenthesizedLambdaExpressionSyntax parenthesized when parenthesized.Modifiers.Count == 0 && parenthesized.AttributeLists.Count == 0
                && parenthesized.ReturnType == null && parenthesized.ParameterList.Parameters.Count == 1:
                lambda = parenthesized;
                parameter = parenthesized.ParameterList.Parameters[0];
                break;
            default:
                return false;
        }
        return parameter.Modifiers.Count == 0 && parameter.AttributeLists.Count == 0 && parameter.Default == null;
    }

    // The expression the outer lambda returns: its expression body, or the last statement of a block that has no other
    // return (a return inside a nested lambda or local function is that function's own).
    private static ExpressionSyntax? ReturnedExpression(AnonymousFunctionExpressionSyntax outer)
    {
        if (outer.ExpressionBody is { } body) return body;
        if (outer.Block is not { Statements.Count: > 0 } block || block.Statements.Last() is not ReturnStatementSyntax { Expression: { } returned }) return null;
        int returns = block.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            .Count(n => n is ReturnStatementSyntax);
        return returns == 1 ? returned : null;
    }

    private static string ParameterName(LambdaExpressionSyntax lambda) => lambda switch
    {
        SimpleLambdaExpressionSyntax simple => simple.Parameter.Identifier.ValueText,
        ParenthesizedLambdaExpressionSyntax parenthesized => parenthesized.ParameterList.Parameters[0].Identifier.ValueText,
        _ => throw new System.InvalidOperationException("not a lambda of one parameter"),
    };

    // The names the Map lambdas' parameters take in the composed result selector, or null when the lambdas do not
    // compose without a name changing what it refers to. A lambda other than the last must have an expression body (it
    // becomes a local's initialiser). A parameter whose name is already taken (x, an earlier parameter or a name
    // declared in an earlier body) gets a fresh name that no body mentions, and its references (found by symbol) are
    // renamed. Then no name may be declared twice (a body's locals, pattern and out variables, nested lambdas'
    // parameters, against the parameters and the other bodies' declarations), and no body may mention a name declared
    // before it in the composed lambda (where it was written, that name meant something else).
    private static ImmutableArray<string>? ComposedNames(string outerName, ImmutableArray<LambdaExpressionSyntax> maps,
        ImmutableArray<ImmutableHashSet<IdentifierNameSyntax>> references)
    {
        var everyToken = new HashSet<string>(maps.SelectMany(m => m.DescendantTokens()).Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText)) { outerName };
        var parameters = new HashSet<string> { outerName };
        var declaredSoFar = new HashSet<string>();
        var visible = new HashSet<string>();
        var names = ImmutableArray.CreateBuilder<string>(maps.Length);
        for (int i = 0; i < maps.Length; i++)
        {
            var lambda = maps[i];
            if (i + 1 < maps.Length && lambda.ExpressionBody == null) return null;
            string p = ParameterName(lambda);
            if (parameters.Contains(p) || declaredSoFar.Contains(p))
            {
                int n = 2;
                while (everyToken.Contains(p + n)) n++;
                p += n;
                everyToken.Add(p);
            }
            parameters.Add(p);
            names.Add(p);
            var body = (SyntaxNode?)lambda.ExpressionBody ?? lambda.Block!;
            var tokens = body.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).ToList();
            var mentioned = tokens.Where(t => t.Parent is SimpleNameSyntax && !(t.Parent is IdentifierNameSyntax id && references[i].Contains(id))).Select(t => t.ValueText);
            var declared = tokens.Where(t => t.Parent is not SimpleNameSyntax).Select(t => t.ValueText).ToList();
            if (mentioned.Any(visible.Contains)) return null;
            foreach (var d in declared)
            {
                if (parameters.Contains(d) || declaredSoFar.Contains(d)) return null;
            }
            visible.Add(p);
            foreach (var d in declared)
            {
                declaredSoFar.Add(d);
                visible.Add(d);
            }
        }
        return names.MoveToImmutable();
    }

    // The identifiers in a Map lambda's body that refer to its parameter.
    private static ImmutableHashSet<IdentifierNameSyntax> ParameterReferences(LambdaExpressionSyntax lambda, SemanticModel model, CancellationToken cancellationToken)
    {
        var parameter = lambda switch
        {
            SimpleLambdaExpressionSyntax simple => simple.Parameter,
            ParenthesizedLambdaExpressionSyntax parenthesized => parenthesized.ParameterList.Parameters[0],
            _ => null,
        };
        if (parameter == null || model.GetDeclaredSymbol(parameter, cancellationToken) is not { } symbol) return ImmutableHashSet<IdentifierNameSyntax>.Empty;
        return lambda.Body.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>()
            .Where(n => n.Identifier.ValueText == symbol.Name && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(n, cancellationToken).Symbol, symbol))
            .ToImmutableHashSet();
    }

    private sealed class Capture
    {
        public List<ISymbol> FromOuter { get; } = [];

        public bool FromOutside { get; set; }

        public bool Any => FromOuter.Count > 0 || FromOutside;
    }

    // What `function` captures: the variables and local functions declared in `outer` but outside `function`, and
    // whether it captures anything declared outside `outer` (a local, a parameter, `this`, a local function).
    private static Capture Captures(AnonymousFunctionExpressionSyntax function, AnonymousFunctionExpressionSyntax outer, SemanticModel model, CancellationToken cancellationToken)
    {
        var capture = new Capture();
        if (model.GetOperation(function, cancellationToken) is not { } operation) return capture;
        foreach (var op in operation.DescendantsAndSelf())
        {
            ISymbol? symbol = op switch
            {
                ILocalReferenceOperation { Local.IsConst: false } l => l.Local,
                IParameterReferenceOperation p => p.Parameter,
                IInvocationOperation { TargetMethod.MethodKind: MethodKind.LocalFunction } f => f.TargetMethod,
                IMethodReferenceOperation { Method.MethodKind: MethodKind.LocalFunction } f => f.Method,
                _ => null,
            };
            if (op is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance })
            {
                capture.FromOutside = true;
                continue;
            }
            if (symbol == null || DeclaredIn(symbol, function)) continue;
            if (DeclaredIn(symbol, outer))
            {
                if (!capture.FromOuter.Contains(symbol, SymbolEqualityComparer.Default)) capture.FromOuter.Add(symbol);
            }
            else if (symbol is not IMethodSymbol { IsStatic: true })
            {
                capture.FromOutside = true;
            }
        }
        return capture;
    }

    private static bool DeclaredIn(ISymbol symbol, SyntaxNode node) =>
        symbol.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == node.SyntaxTree && node.Span.Contains(r.Span));

    // A field's size on 64-bit; `known` is false for a struct whose layout is not looked into (then 8, a lower bound).
    private static int SizeOf(ITypeSymbol type, out bool known)
    {
        known = true;
        if (type.IsReferenceType || type.TypeKind == TypeKind.Pointer) return 8;
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum, EnumUnderlyingType: { } underlying }) type = underlying;
        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean or SpecialType.System_Byte or SpecialType.System_SByte: return 1;
            case SpecialType.System_Char or SpecialType.System_Int16 or SpecialType.System_UInt16: return 2;
            case SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Single: return 4;
            case SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Double
                or SpecialType.System_IntPtr or SpecialType.System_UIntPtr: return 8;
            case SpecialType.System_Decimal: return 16;
            default:
                known = false;
                return 8;
        }
    }
}
