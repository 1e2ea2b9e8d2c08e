// Emission: Map (Select) in every form: the selector's result becomes the current element.
namespace Streams.Generators.Emission.Stages;

internal static class MapStage
{
    public static string Write(StageForm form, StageNames s)
    {
        form.Writer.Line($"var {s.Output} = {s.Test};");
        return s.Output;
    }
}
