using System.Runtime.ExceptionServices;

namespace Streams;

// Multi-input operators own several upstreams; each must be released exactly once even if releasing another throws.
internal static class DisposeHelper
{
    /// Disposes every item (nulls skipped), then throws what failed: one exception unchanged (original stack), or an
    /// AggregateException of all of them, in input order, when several failed.
    public static void DisposeAll(params ReadOnlySpan<IDisposable?> items)
    {
        List<Exception>? errors = null;
        foreach (var item in items)
        {
            try
            {
                item?.Dispose();
            }
            catch (Exception e)
            {
                (errors ??= []).Add(e);
            }
        }
        ThrowAll(errors);
    }

    /// Throws nothing for no errors, the one error unchanged, or an AggregateException of several.
    public static void ThrowAll(List<Exception>? errors)
    {
        if (errors is null) return;
        if (errors.Count == 1) ExceptionDispatchInfo.Throw(errors[0]);
        throw new AggregateException("Releasing several iterators failed; every one was still released.", errors);
    }
}
