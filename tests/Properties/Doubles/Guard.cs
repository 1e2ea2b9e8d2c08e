using Xunit;

namespace Streams.Tests.Doubles;

/// <summary>Hang guards: a test body that would hang fails after a generous timeout instead of hanging CI.</summary>
public static class Guard
{
    // Generous, so that a test that is only slow on a loaded machine does not fail; a real hang still does.
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Runs <paramref name="body"/> on its own thread (not the pool, which blocking tests could starve).</summary>
    public static T Within<T>(Func<T> body)
    {
        var task = Task.Factory.StartNew(body, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Assert.True(task.Wait(Timeout), "the operation did not finish within the hang guard");
        return task.Result;
    }

    public static void Within(Action body) => Within(() => { body(); return 0; });

    /// <summary>Fails unless <paramref name="task"/> completes (in any state) within the timeout.</summary>
    public static void Finishes(Task task, string what = "the operation")
    {
        Assert.True(((IAsyncResult)task).AsyncWaitHandle.WaitOne(Timeout), $"{what} did not finish within the hang guard");
    }

    /// <summary>The result of <paramref name="task"/>, which must complete within the timeout.</summary>
    public static T ResultOf<T>(Task<T> task, string what = "the operation")
    {
        Finishes(task, what);
        return task.GetAwaiter().GetResult();
    }

    public static async Task WithinAsync(Func<Task> body)
    {
        var task = Task.Run(body);
        var finished = await Task.WhenAny(task, Task.Delay(Timeout));
        Assert.True(finished == task, "the operation did not finish within the hang guard");
        await task;
    }
}
