using System.Reflection;
using System.Runtime.Loader;

namespace Streams.Docs.Tests.Harness;

/// <summary>Runs a compiled program and returns what it wrote to the console.</summary>
internal static class DocRunner
{
    // Console.Out is process-wide: one program at a time.
    private static readonly Lock ConsoleLock = new();

    /// <summary>Runs the entry point of <paramref name="image"/> (with no arguments) in a collectible load context,
    /// which resolves the libraries from the test's own (default) context; returns the console output.</summary>
    /// <exception cref="TimeoutException">The program did not end within <paramref name="timeout"/>.</exception>
    /// <exception cref="DocProgramException">The program threw; carries the output written before.</exception>
    public static string Run(byte[] image, TimeSpan timeout)
    {
        lock (ConsoleLock)
        {
            var context = new AssemblyLoadContext("doc block", isCollectible: true);
            var output = new StringWriter();
            var saved = Console.Out;
            Console.SetOut(TextWriter.Synchronized(output));
            try
            {
                var entry = context.LoadFromStream(new MemoryStream(image)).EntryPoint
                    ?? throw new InvalidOperationException("the block compiled to a program without an entry point");
                object?[]? args = entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()];
                var run = Task.Run(() => entry.Invoke(null, args));
                try
                {
                    if (!run.Wait(timeout)) throw new TimeoutException($"the program ran longer than {timeout}; output so far:\n{output}");
                }
                catch (AggregateException e) when (e.InnerException is TargetInvocationException { InnerException: { } thrown })
                {
                    throw new DocProgramException(output.ToString(), thrown);
                }
                return output.ToString();
            }
            finally
            {
                Console.SetOut(saved);
                context.Unload();
            }
        }
    }
}

/// <summary>A documented program threw.</summary>
/// <param name="output">What it printed before.</param>
/// <param name="inner">What it threw.</param>
internal sealed class DocProgramException(string output, Exception inner)
    : Exception($"the program threw {inner.GetType().Name}: {inner.Message}\noutput before:\n{output}", inner);
