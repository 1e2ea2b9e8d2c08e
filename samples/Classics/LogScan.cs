namespace Streams.Samples;

/// <summary>
/// A realistic pipeline: scan a large generated log lazily for the first N error records from one service,
/// in constant memory. Only as many lines are generated as the pipeline pulls.
/// </summary>
public static class LogScan
{
    public readonly record struct Record(long Line, string Level, string Service, string Message);

    /// <summary>An endless log: every line is made on demand, none is stored.</summary>
    public static Iter<string> GenerateLog() =>
        Pull.Positives().Map(n =>
        {
            string level = n % 97 == 0 ? "ERROR" : n % 13 == 0 ? "WARN" : "INFO";
            string service = (n % 5) switch { 0 => "auth", 1 => "billing", 2 => "search", 3 => "auth", _ => "mail" };
            return $"{n:D9} {level} {service} request {n * 7919 % 100_000} took {n % 250} ms";
        });

    public static Record Parse(string line)
    {
        var parts = line.Split(' ', 4);
        return new Record(long.Parse(parts[0]), parts[1], parts[2], parts[3]);
    }

    /// <summary>The first <paramref name="count"/> errors from <paramref name="service"/>; returns them and how many lines were read.</summary>
    public static (List<Record> Errors, long LinesRead) FirstErrors(string service, int count)
    {
        long linesRead = 0;
        var errors = GenerateLog()
            .Inspect(_ => linesRead++)
            .Map(Parse)
            .Filter(r => r.Level == "ERROR" && r.Service == service)
            .Take(count)
            .ToList();
        return (errors, linesRead);
    }
}
