// Emission: Take in every form: counts down per element it passes; from here on "go on" needs the count to be left
// (the form stops pulling once it is spent, as the library's Take does).
namespace Streams.Generators.Emission.Stages;

internal static class TakeStage
{
    public static string Write(StageForm form, StageNames s)
    {
        form.Writer.Line($"{s.Counter}--;");
        form.AddTake(s.Counter);
        return s.Current;
    }
}
