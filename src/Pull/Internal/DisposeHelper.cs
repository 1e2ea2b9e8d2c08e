using System.Runtime.ExceptionServices;

namespace Streams;

// Multi-input operators own several upstreams; each must be released even if releasing another throws.
internal static class DisposeHelper
{
    /// Disposes every item (nulls skipped), then rethrows the first exception, if any, with its original stack.
    public static void DisposeAll(params ReadOnlySpan<IDisposable?> items)
    {
        Exception? first = null;
        foreach (var item in items)
        {
            try
            {
                item?.Dispose();
            }
            catch (Exception e)
            {
                first ??= e;
            }
        }
        if (first is not null) ExceptionDispatchInfo.Throw(first);
    }
}
