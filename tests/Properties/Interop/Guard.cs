using Xunit;

namespace Streams.Tests.Interop;

/// <summary>Hang guards: a test body that would hang fails after a generous timeout instead of hanging CI.</summary>
internal static class Guard
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>Runs <paramref name="body"/> on its own thread (not the pool, which blocking tests could starve).</summary>
    public static T Within<T>(Func<T> body)
    {
        var task = Task.Factory.StartNew(body, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Assert.True(task.Wait(Timeout), "the operation did not finish within the hang guard");
        return task.Result;
    }

    public static void Within(Action body) => Within(() => { body(); return 0; });

    public static async Task WithinAsync(Func<Task> body)
    {
        var task = Task.Run(body);
        var finished = await Task.WhenAny(task, Task.Delay(Timeout));
        Assert.True(finished == task, "the operation did not finish within the hang guard");
        await task;
    }
}
