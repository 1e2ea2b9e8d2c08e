namespace Streams.Tests.Doubles;

/// <summary>
/// What a call produced: its value, or the kind of exception it threw. Differential tests compare the outcome of a
/// LINQ call with the Streams call of the same name. Exception kinds are compared as LINQ documents them:
/// <see cref="IteratorExhaustedException"/> counts as the <see cref="InvalidOperationException"/> it derives from.
/// </summary>
public readonly record struct Outcome<T>(bool Threw, T? Value, string Error)
{
    public static Outcome<T> Of(Func<T> call)
    {
        try
        {
            return new Outcome<T>(false, call(), "");
        }
        catch (Exception e)
        {
            return new Outcome<T>(true, default, Kind(e));
        }
    }

    private static string Kind(Exception e) => e switch
    {
        OverflowException => nameof(OverflowException),
        InvalidOperationException => nameof(InvalidOperationException),
        ArgumentNullException a => $"{nameof(ArgumentNullException)}({a.ParamName})",
        _ => e.GetType().Name,
    };

    public override string ToString() => Threw ? $"throws {Error}" : $"returns {Value}";
}
