using System.Diagnostics;

namespace Streams;

/// <summary>
/// Turns compile-time pipeline fusion off for the pipelines written inside the marked method, class or assembly:
/// they run through the library exactly as written. Fusion is otherwise on wherever the Streams.Pull package is
/// referenced (turn it off for a whole project with <c>&lt;StreamsFusion&gt;false&lt;/StreamsFusion&gt;</c>).
/// </summary>
/// <remarks>
/// Fusion never changes what a pipeline computes; this switch exists to compare the two paths, to step through the
/// library in a debugger, or to keep one hot site on the shared runtime path. The attribute is read at compile time
/// only (it is not kept in the compiled assembly).
/// </remarks>
/// <example>
/// <code>
/// [DisableFusion]
/// static long Runtime(int[] a) => Pull.From(a).Map(x =&gt; (long)x).Sum(); // runs the library's stages
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method
    | AttributeTargets.Constructor | AttributeTargets.Property, Inherited = false)]
[Conditional("STREAMS_FUSION_ATTRIBUTES")]
public sealed class DisableFusionAttribute : Attribute
{
}
