using Streams.Samples.Bridges;

// The bridges between pull iterators and the other .NET sequence models, each printing what it shows.
// `dotnet run -c Release --project samples/Bridges` runs all three; pass rx, async or channels to run one.
var which = args.Length == 0 ? ["rx", "async", "channels"] : args;
foreach (var name in which)
{
    switch (name)
    {
        case "rx":
            RxSample.Run();
            break;
        case "async":
            await AsyncSample.RunAsync();
            break;
        case "channels":
            await ChannelsSample.RunAsync();
            break;
        default:
            Console.WriteLine($"unknown sample '{name}': use rx, async or channels");
            return 1;
    }
}
return 0;
