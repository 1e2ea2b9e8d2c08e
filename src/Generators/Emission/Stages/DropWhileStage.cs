// Emission: DropWhile in every form: elements are skipped while the predicate holds; its first failure clears the
// flag, and the predicate is not called again.
namespace Streams.Generators.Emission.Stages;

internal static class DropWhileStage
{
    public static string Write(StageForm form, StageNames s)
    {
        var w = form.Writer;
        w.Open($"if ({s.Flag})");
        w.Line($"if ({s.Test}) {form.Skip}");
        w.Line($"{s.Flag} = false;");
        w.Close();
        return s.Current;
    }
}
