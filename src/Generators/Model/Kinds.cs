// Model: the kinds of source, stage and terminal the generator writes.
namespace Streams.Generators.Model;

/// <summary>The sources the generator runs as a loop of its own; anything else is an opaque <c>Iter&lt;T&gt;</c>.</summary>
internal enum SourceKind
{
    /// <summary>Any <c>Iter&lt;T&gt;</c> expression (a variable, an unrecognised call): driven through its public
    /// <c>TryFold</c> with a generated struct sink, which keeps the runtime's semantics at the source.</summary>
    Iter,

    /// <summary><c>Pull.From(T[])</c>: a loop over the array, reading each element when it is reached.</summary>
    Array,

    /// <summary><c>Pull.Positives()</c> and <c>Pull.Count(start, step)</c> over long: an endless counter.</summary>
    Counter,

    /// <summary><c>Pull.Range(start, stop[, step])</c> over int or long: the runtime's count, computed once.</summary>
    Range,

    /// <summary><c>Pull.Repeat(value)</c> (endless) and <c>Pull.Repeat(value, count)</c> (a negative count is empty).</summary>
    Repeat,

    /// <summary><c>Pull.From(List&lt;T&gt;)</c>: a fold reads the list's span as it is when the loop starts, like the
    /// runtime's ListSource; a pull-path terminal (First without a predicate) reads the live list by index.</summary>
    List,
}

/// <summary>The operators written into the loop.</summary>
internal enum StageKind
{
    Map,
    Filter,
    Take,
    Skip,
    TakeWhile,
    DropWhile,
    StepBy,
    Enumerate,
    Scan,
    Accumulate,

    /// <summary><c>Slice(start, stop, step)</c> (Python's islice): written by Emission/Stages/SliceStage.cs.</summary>
    Slice,

    /// <summary><c>Accumulate(folder, initial)</c>: produces its initial value before it pulls.</summary>
    AccumulateSeeded,

    // Operators with a second input or a nested pipeline (NestedEmitter): Zip pulls a second input once per element,
    // Chain runs more inputs after the upstream into the same downstream, FlatMap/SelectMany nest a loop per element.
    Zip,
    Chain,
    FlatMap,
    SelectMany,
}

/// <summary>The terminals that end a fused pipeline.</summary>
internal enum TerminalKind
{
    Sum,
    WrappingSum,
    Count,
    Any,
    All,
    Contains,
    Fold,
    ForEach,
    ToList,
    ToArray,
    Min,
    Max,
    First,
    FirstOrDefault,
    Average,

    /// <summary>LINQ's <c>Aggregate(func)</c>: the first element is the accumulator, <c>func</c> runs from the second
    /// on; empty throws. (<c>Aggregate(seed, func[, resultSelector])</c> is <see cref="Fold"/>.)</summary>
    Aggregate,

    /// <summary><c>JoinToString(separator)</c>: a StringBuilder filled in the loop, each element appended as an
    /// object, as the library's generic sink appends it.</summary>
    JoinToString,
}
