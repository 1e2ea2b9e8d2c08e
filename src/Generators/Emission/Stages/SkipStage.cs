// Emission: Skip in every form: the first count elements are dropped, counting down.
namespace Streams.Generators.Emission.Stages;

internal static class SkipStage
{
    public static string Write(StageForm form, StageNames s)
    {
        var w = form.Writer;
        w.Open($"if ({s.Counter} > 0)");
        w.Line($"{s.Counter}--;");
        w.Line(form.Skip);
        w.Close();
        return s.Current;
    }
}
