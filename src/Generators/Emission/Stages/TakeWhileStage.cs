// Emission: TakeWhile in every form: the first element the predicate rejects ends the chain.
namespace Streams.Generators.Emission.Stages;

internal static class TakeWhileStage
{
    public static string Write(StageForm form, StageNames s)
    {
        form.Writer.Line($"if (!({s.Test})) {form.Stop}");
        return s.Current;
    }
}
