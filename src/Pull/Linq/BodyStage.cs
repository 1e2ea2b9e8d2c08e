namespace Streams;

// The stage behind the LINQ-named operators that are not single-pass loops of their own: an IEnumerable body (a C#
// iterator method, or System.Linq's own algorithm for sorting, grouping and joining) built at the first pull over the
// upstream. It keeps the Iter laws: nothing runs before the first pull; after the end, an exception or Dispose it stays
// finished; Release disposes the body's enumerator, the upstream and a second input that is an Iter (owned, like Zip's).
// Cost: one interface call per element (MoveNext/Current) on top of the body's own work; the buffering operators hash or
// sort every element, which dwarfs it.
internal sealed class BodyStage<TSource, TResult>(
    Iter<TSource> source, Func<Iter<TSource>, IEnumerable<TResult>> body, object? other = null) : Stage<TResult>(Math.Max(source.StackDepth, DepthGuard.Of(other)))
{
    private IEnumerator<TResult>? _body;

    protected override bool TryAdvance(out TResult item)
    {
        var body1 = _body ??= body(source).GetEnumerator();
        if (body1.MoveNext())
        {
            item = body1.Current;
            return true;
        }
        item = default!;
        return false;
    }

    // Each of the three is released even if another's release throws (DisposeHelper: one failure rethrown as is,
    // several as an AggregateException).
    protected override void Release() => DisposeHelper.DisposeAll(_body, source, other as IDisposable);
}
