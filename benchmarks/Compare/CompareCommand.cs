namespace Streams.Benchmarks.Compare;

public static class CompareCommand
{
    public static int Run(string[] args) => 0;
}
