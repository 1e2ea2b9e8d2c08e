using Xunit;

namespace Streams.Tests.Laws;

/// <summary>The table's <see cref="MismatchAsValue"/> turns only the strict operators' length mismatch into a value:
/// another <see cref="InvalidOperationException"/> from the pipeline must reach the law and fail it.</summary>
public class MismatchAsValueTests
{
    [Fact]
    public void A_strict_zip_mismatch_becomes_the_mismatch_value()
    {
        var it = new MismatchAsValue(Streams.Pull.Of(1, 2).ZipStrict(Streams.Pull.Of(10), (x, y) => x + y));
        Assert.Equal([11, TableModels.Mismatch], it.ToList());
    }

    [Fact]
    public void A_strict_batch_mismatch_becomes_the_mismatch_value()
    {
        var it = new MismatchAsValue(Streams.Pull.Of(1, 2, 3).Batch(2, strict: true).Map(b => b.Length));
        Assert.Equal([2, TableModels.Mismatch], it.ToList());
    }

    [Fact]
    public void Another_invalid_operation_passes_through()
    {
        var it = new MismatchAsValue(Streams.Pull.Of(1, 2).Map(x =>
            x == 2 ? throw new InvalidOperationException("some other failure") : x));
        Assert.True(it.TryNext(out var first));
        Assert.Equal(1, first);
        var e = Assert.Throws<InvalidOperationException>(() => it.TryNext(out _));
        Assert.Equal("some other failure", e.Message);
    }

    [Fact]
    public void A_derived_invalid_operation_with_a_mismatch_like_message_passes_through()
    {
        var inner = Streams.Pull.Of(1).Map<int, int>(_ =>
            throw new ObjectDisposedException("ZipStrict: the first iterator ended before the second"));
        Assert.Throws<ObjectDisposedException>(() => new MismatchAsValue(inner).ToList());
    }

    [Fact]
    public void The_iterator_exhausted_exception_passes_through()
    {
        var inner = Streams.Pull.Of(1).Map(_ => Streams.Pull.Empty<int>().Next());
        Assert.Throws<IteratorExhaustedException>(() => new MismatchAsValue(inner).ToList());
    }
}
