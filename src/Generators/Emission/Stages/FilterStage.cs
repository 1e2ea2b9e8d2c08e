// Emission: Filter (Where) in every form: an element the predicate rejects is skipped.
namespace Streams.Generators.Emission.Stages;

internal static class FilterStage
{
    public static string Write(StageForm form, StageNames s)
    {
        form.Writer.Line($"if (!({s.Test})) {form.Skip}");
        return s.Current;
    }
}
