using Xunit;

namespace Streams.Tests.PullTests.Core;

/// <summary>
/// The span capability's cursor, used directly as an operator author would: <see cref="SpanCursor{T}.TryTake"/> takes
/// in order and moves the iterator's own position, <see cref="SpanCursor{T}.Advance"/> checks its argument against what
/// remains, and <see cref="SpanCursor{T}.Remaining"/> is empty once the position is at or past the end.
/// </summary>
public class SpanCursorTests
{
    [Fact]
    public void TryTake_takes_each_element_in_order_and_moves_the_iterators_position()
    {
        var it = Streams.Pull.From(new[] { 10, 20, 30 });
        Assert.True(it.TryGetSpanCursor(out var cursor));
        Assert.True(cursor.TryTake(out int first));
        Assert.Equal(10, first);
        Assert.Equal(1, cursor.Position);
        Assert.Equal(2, cursor.Remaining.Length);
        Assert.True(it.TryNext(out int second)); // the position is the iterator's: a pull continues after the take
        Assert.Equal(20, second);
        Assert.True(cursor.TryTake(out int third));
        Assert.Equal(30, third);
        Assert.False(cursor.TryTake(out int none));
        Assert.Equal(0, none);
        Assert.Equal(3, cursor.Position); // a failed take moves nothing
        Assert.True(cursor.Remaining.IsEmpty);
        Assert.False(it.TryNext(out _));
    }

    [Fact]
    public void TryTake_on_an_empty_span_says_end()
    {
        var it = Streams.Pull.From(Array.Empty<int>());
        Assert.True(it.TryGetSpanCursor(out var cursor));
        Assert.False(cursor.TryTake(out _));
        Assert.Equal(0, cursor.Position);
    }

    [Fact]
    public void Advance_moves_past_what_was_consumed_up_to_the_end()
    {
        var it = Streams.Pull.From(new[] { 1, 2, 3, 4 });
        Assert.True(it.TryGetSpanCursor(out var cursor));
        cursor.Advance(0);
        Assert.Equal(0, cursor.Position);
        cursor.Advance(1);
        Assert.Equal([2, 3, 4], cursor.Remaining.ToArray());
        cursor.Advance(3); // exactly what remains
        Assert.Equal(4, cursor.Position);
        Assert.True(cursor.Remaining.IsEmpty);
        Assert.False(it.TryNext(out _));
    }

    [Theory]
    [InlineData(0, -1)]
    [InlineData(0, 5)]
    [InlineData(1, 4)]
    [InlineData(4, 1)]
    public void Advance_rejects_a_negative_count_or_more_than_remain_and_moves_nothing(int before, int count)
    {
        var it = Streams.Pull.From(new[] { 1, 2, 3, 4 });
        Assert.True(it.TryGetSpanCursor(out var start));
        start.Advance(before);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
        {
            it.TryGetSpanCursor(out var cursor);
            cursor.Advance(count);
        });
        Assert.Equal("count", e.ParamName);
        Assert.True(it.TryGetSpanCursor(out var after));
        Assert.Equal(before, after.Position);
    }

    [Fact]
    public void Remaining_is_empty_past_the_end()
    {
        var items = new[] { 1, 2 };
        int position = 5; // beyond the end: what a released user iterator may leave
        var cursor = new SpanCursor<int>(items, ref position);
        Assert.True(cursor.Remaining.IsEmpty);
        Assert.False(cursor.TryTake(out _));
        Assert.Equal(5, position);
        position = -1; // an index the unsigned compare also rejects
        Assert.True(cursor.Remaining.IsEmpty);
        Assert.False(cursor.TryTake(out _));
        Assert.Equal(2, cursor.Items.Length);
    }

    [Fact]
    public void Fold_into_a_sink_that_stops_leaves_the_position_after_the_last_element_it_accepted()
    {
        var it = Streams.Pull.From(new[] { 1, 2, 3, 4 });
        Assert.True(it.TryGetSpanCursor(out var cursor));
        var sink = new StopAfter(2);
        Assert.False(cursor.Fold(ref sink));
        Assert.Equal(2, sink.Seen);
        Assert.Equal(2, cursor.Position);
        Assert.Equal(3, it.Next());
        var rest = new StopAfter(10);
        Assert.True(cursor.Fold(ref rest));
        Assert.Equal(1, rest.Seen);
    }

    private struct StopAfter(int count) : ISink<int>
    {
        public int Seen;

        public bool Accept(int item) => ++Seen < count;
    }
}
