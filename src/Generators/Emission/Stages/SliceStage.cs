// Emission: Slice(start, stop, step) in every form (Python's islice, as the runtime's SliceIter pulls): a budget of
// max(start, stop) pulls (endless without a stop), spent like Take's count, then a gap countdown that lets the
// element at position start and every step-th after it through. Its state and eager checks are declared here too
// (SimpleStages.State, SimpleStages.Checks), so no emitter names Slice.
using System.Collections.Generic;
using Streams.Generators.Model;

namespace Streams.Generators.Emission.Stages;

internal static class SliceStage
{
    // SliceIter ends without pulling once max(start, stop) elements are pulled: positions before start are pulled
    // even when stop <= start, nothing at or after stop is. Without a stop the budget is long.MaxValue, which a
    // pull counter (the runtime's _count is a long too) cannot exhaust.
    public static IReadOnlyList<StageVar> State(MethodModel m)
    {
        string start = Names.Escape(m.Parameters[1].Name), stop = Names.Escape(m.Parameters[2].Name);
        string step = Names.Escape(m.Parameters[3].Name);
        return new[]
        {
            new StageVar(StageVar.Counter, "long", $"{stop} is long {stop}Value ? global::System.Math.Max({start}, {stop}Value) : long.MaxValue"),
            new StageVar("g", "long", start),
            new StageVar("p", "long", step),
        };
    }

    // The runtime's checks, in its order, with its parameter names (the messages are the same calls').
    public static IEnumerable<string> Checks(MethodModel m)
    {
        string start = Names.Escape(m.Parameters[1].Name), stop = Names.Escape(m.Parameters[2].Name);
        string step = Names.Escape(m.Parameters[3].Name);
        yield return $"global::System.ArgumentOutOfRangeException.ThrowIfNegative({start}, \"{m.Parameters[1].Name}\");";
        yield return $"if ({stop} is long {stop}Checked) global::System.ArgumentOutOfRangeException.ThrowIfNegative({stop}Checked, \"{m.Parameters[2].Name}\");";
        yield return $"global::System.ArgumentOutOfRangeException.ThrowIfNegativeOrZero({step}, \"{m.Parameters[3].Name}\");";
    }

    public static string Write(StageForm form, StageNames s)
    {
        var w = form.Writer;
        w.Line($"{s.Counter}--;");
        form.AddTake(s.Counter);
        w.Open($"if ({s.Var("g")} > 0)");
        w.Line($"{s.Var("g")}--;");
        w.Line(form.Skip);
        w.Close();
        w.Line($"{s.Var("g")} = {s.Var("p")} - 1;");
        return s.Current;
    }
}
