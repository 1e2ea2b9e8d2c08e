// The model's vocabulary for types, methods and call sites: everything emission needs to know about a symbol, as
// plain values (strings, enums, flags), so that a site's model compares by value and holds no Roslyn object.
using Microsoft.CodeAnalysis;

namespace Streams.Generators.Model;

/// <summary>A type as generated code uses it.</summary>
/// <param name="Name">Fully qualified from <c>global::</c>, keywords for built-ins (what generated code writes).</param>
/// <param name="Display">The short display form, for comments and messages.</param>
/// <param name="Special">The special type (int, long, double, ...), <see cref="SpecialType.None"/> for others.</param>
/// <param name="AdmitsNull">A reference type or a <c>Nullable&lt;T&gt;</c>.</param>
/// <param name="Element">The element type when this is <c>Streams.Iter&lt;T&gt;</c>, else null.</param>
/// <param name="FuncResult">The last type argument when this is a <c>System.Func</c>, else null.</param>
internal sealed record TypeRef(
    string Name,
    string Display,
    SpecialType Special,
    bool AdmitsNull,
    TypeRef? Element,
    TypeRef? FuncResult)
{
    /// <summary>Whether the type is one of the primitive integers whose addition generated code states as checked
    /// or unchecked.</summary>
    public bool IsSumInteger => Special is SpecialType.System_Int32 or SpecialType.System_Int64
        or SpecialType.System_UInt32 or SpecialType.System_UInt64;
}

/// <summary>One parameter of an intercepted method.</summary>
internal sealed record ParamModel(string Name, TypeRef Type, bool IsParams);

/// <summary>The signature of an intercepted method: what its interceptor must repeat, and what the emitters read.</summary>
/// <param name="ReturnType">Null when the method returns void.</param>
internal sealed record MethodModel(
    string Name,
    EquatableArray<ParamModel> Parameters,
    TypeRef? ReturnType,
    bool IsExtensionMethod,
    EquatableArray<TypeRef> TypeArguments)
{
    /// <summary>Whether the method returns nothing.</summary>
    public bool ReturnsVoid => ReturnType is null;

    /// <summary>The ordinal of the parameter named <paramref name="name"/>, or -1.</summary>
    public int Ordinal(string name)
    {
        for (int i = 0; i < Parameters.Length; i++)
        {
            if (Parameters[i].Name == name) return i;
        }
        return -1;
    }
}

/// <summary>A span of the user's source: 0-based lines and columns, as Roslyn's line positions are.</summary>
internal sealed record SpanModel(string Path, int Start, int Length, int StartLine, int StartColumn, int EndLine,
    int EndColumn);

/// <summary>The data of <c>[InterceptsLocation(version, data)]</c> and the call's display position.</summary>
/// <remarks>The data encodes the checksum of the call's file: any edit to that file gives every call in it a new
/// location, hence a new model (see <see cref="FusionGenerator"/>).</remarks>
internal sealed record InterceptModel(int Version, string Data, string Display);

/// <summary>One intercepted call of a fused expression.</summary>
/// <param name="Method">The method the call binds to.</param>
/// <param name="Location">Where its interceptor attaches.</param>
/// <param name="Call">The call's own span in the user's file (what its interceptor's code maps to).</param>
/// <param name="Stage">The operator kind when the call is a stage, else null (a source or a terminal).</param>
/// <param name="Lambdas">Per parameter ordinal: the argument's lambda when its body can be written out, else null.</param>
/// <param name="ParamsExpanded">Chain only: the params argument is the compiler's array (not one the caller passed).</param>
/// <param name="ZipArray">Zip only: the <c>Pull.From(array)</c> call written as the second input, intercepted so the
/// loop reads the array by index (null: the second input is an opaque iterator, pulled with <c>TryNext</c>).</param>
/// <param name="Inner">FlatMap/SelectMany only: the inner pipeline written in the selector lambda, when the generator
/// knows it (null: the selector's iterator is driven through its <c>TryFold</c>).</param>
internal sealed record CallModel(
    MethodModel Method,
    InterceptModel Location,
    SpanModel Call,
    StageKind? Stage,
    EquatableArray<LambdaModel?> Lambdas,
    bool ParamsExpanded,
    CallModel? ZipArray,
    InnerModel? Inner)
{
    /// <summary>The lambda passed for parameter <paramref name="ordinal"/>, when it can be written out.</summary>
    public LambdaModel? Lambda(int ordinal) => ordinal < Lambdas.Length ? Lambdas[ordinal] : null;
}

/// <summary>The inner pipeline of a FlatMap/SelectMany selector: its source call first, then its operators.</summary>
internal sealed record InnerModel(SourceKind Source, EquatableArray<CallModel> Calls);
