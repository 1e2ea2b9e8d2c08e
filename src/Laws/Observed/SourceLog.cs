namespace Streams.Laws;

// Every source one build of a law subject made (the primary, second inputs, inner sources made later), each with the
// stage that takes it in (-1: the primary source), so laws can check each is pulled lazily and released exactly once.
internal sealed class SourceLog
{
    public List<(WatchedSource Source, int Stage)> All { get; } = [];

    // The stage being built; -1 while the primary source is made.
    public int Stage { get; set; } = -1;

    public TIter Add<TIter>(TIter iterator, WatchedSource watched)
    {
        All.Add((watched, Stage));
        return iterator;
    }

    public WatchedSource Primary => All.First(x => x.Stage < 0).Source;

    // Whether e is an exception a watched source threw: the only exceptions a law expects, and they must reach the
    // caller unchanged (the same object), so a wrapped or replaced exception is not one of them.
    public bool Threw(Exception e) => All.Exists(x => ReferenceEquals(x.Source.Thrown(), e));
}
