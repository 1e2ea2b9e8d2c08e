namespace Streams;

// The pattern that finishes an iterator as an exception passes without catching it:
//     Exception? error = null;
//     try { ... } catch (Exception e) when (ExceptionFilter.Remember(e, out error)) { throw; } finally { if (error is not null) Finish... }
// A catch block that rethrows starts a new exception dispatch on top of the stack the first one still occupies; stages
// that each caught and rethrew would nest one dispatch per stage, and a deep pipeline would overflow the stack while
// unwinding from a depth guard's InsufficientExecutionStackException. A filter runs once per frame in the first pass and
// a finally once per frame in the second, neither nested. Cost on the normal path: none beyond the try region.
internal static class ExceptionFilter
{
    /// <summary>Records <paramref name="e"/> in <paramref name="error"/> and declines to catch it.</summary>
    public static bool Remember(Exception e, out Exception error)
    {
        error = e;
        return false;
    }
}
