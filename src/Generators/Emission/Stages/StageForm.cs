// Emission: the forms a stage is written in. A stage writer (one file per operator in this folder) writes its code
// once, against a form; the form says what "skip this element" and "stop" are there and keeps what the stages
// before have made of "go on" (a spent Take).
using System.Collections.Generic;

namespace Streams.Generators.Emission.Stages;

/// <summary>One place a chain of stages is written: the terminal loop's sink, the iterator's <c>TryAdvance</c>, the
/// iterator's fold sink, or a nested loop over a FlatMap's inner pipeline.</summary>
internal abstract class StageForm(CodeWriter writer, string goOn = "true")
{
    private readonly List<string> _takes = new();

    /// <summary>Where the stages' lines go.</summary>
    public CodeWriter Writer { get; } = writer;

    /// <summary>The condition "every Take written so far still wants elements" ("true" before the first; a form
    /// may start from the condition of the stages written before it).</summary>
    public string GoOn { get; private set; } = goOn;

    /// <summary>The counters of the Take stages written so far, in order.</summary>
    public IReadOnlyList<string> Takes => _takes;

    /// <summary>The statement that drops the current element and goes on with the next one.</summary>
    public abstract string Skip { get; }

    /// <summary>The statement that ends the whole chain (TakeWhile's failed test).</summary>
    public abstract string Stop { get; }

    /// <summary>Records a Take's counter: from here on, going on needs it to be non-zero.</summary>
    public void AddTake(string counter)
    {
        _takes.Add(counter);
        GoOn = GoOn == "true" ? $"{counter} != 0" : $"{GoOn} && {counter} != 0";
    }
}

/// <summary>A sink's <c>Accept</c> (the terminal loop and the iterator's fold): skipping returns "go on", stopping
/// returns false, with <paramref name="beforeStop"/> first when the form must remember why it stopped.</summary>
internal sealed class SinkForm(CodeWriter writer, string goOn = "true", string? beforeStop = null)
    : StageForm(writer, goOn)
{
    public override string Skip => $"return {GoOn};";

    public override string Stop => beforeStop is null ? "return false;" : $"{{ {beforeStop} return false; }}";
}

/// <summary>A loop that pulls one element per turn (the iterator's <c>TryAdvance</c>, a nested loop): skipping goes
/// round again while every Take wants more, stopping leaves the loop.</summary>
internal sealed class LoopForm(CodeWriter writer, bool skipChecksTakes) : StageForm(writer)
{
    public override string Skip => !skipChecksTakes || GoOn == "true" ? "continue;" : $"{{ if ({GoOn}) continue; break; }}";

    public override string Stop => "break;";
}

/// <summary>What one stage needs to write itself: the element it receives, its test or selector (an inlined body or a
/// delegate call), and the names of its per-loop state.</summary>
/// <param name="Current">The variable holding the element the stage receives.</param>
/// <param name="Test">Map's selector or the predicate, over <see cref="Current"/> (null for Take and Skip).</param>
/// <param name="Output">Map: the variable it declares for the element it produces.</param>
/// <param name="Counter">Take/Skip: the remaining-count variable.</param>
/// <param name="Flag">DropWhile: the "still dropping" variable.</param>
/// <param name="Vars">The name this form gives a per-loop variable a stage declares in <see cref="SimpleStages.State"/>,
/// by its role (<see cref="StageVar.Counter"/> is <paramref name="Counter"/>).</param>
internal sealed record StageNames(string Current, string? Test, string Output, string Counter, string Flag,
    System.Func<string, string>? Vars = null)
{
    /// <summary>The variable for the stage-declared role <paramref name="role"/>.</summary>
    public string Var(string role) => role == StageVar.Counter ? Counter
        : Vars?.Invoke(role) ?? throw new System.InvalidOperationException($"this form names no stage variable '{role}'");
}

/// <summary>A per-loop variable a stage declares: every form keeps it where it keeps a Take's count (the state the
/// calls record into, a sink field, an iterator field, a nested loop's local) and sets it at the call.</summary>
/// <param name="Role">A short name, unique within the stage; <see cref="Counter"/> for a count that, like Take's, ends
/// the chain when it reaches zero (the form then stops pulling).</param>
/// <param name="Type">Its C# type.</param>
/// <param name="Init">Its value, as an expression over the call's (escaped) parameter names.</param>
internal sealed record StageVar(string Role, string Type, string Init)
{
    /// <summary>The role of a stopping count (it is <see cref="StageNames.Counter"/>).</summary>
    public const string Counter = "n";
}
