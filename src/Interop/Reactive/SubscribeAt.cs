namespace Streams;

/// <summary>
/// When the observable-to-pull bridge
/// (<see cref="ObservableInterop.ToIter{T}(IObservable{T}, int, OverflowPolicy, SubscribeAt)"/>) subscribes to its
/// source.
/// </summary>
public enum SubscribeAt
{
    /// <summary>At the first pull, on a background thread of the bridge's own: for <b>cold</b> sources (each
    /// subscription starts the sequence from its beginning), so building a pipeline starts nothing. A synchronous
    /// source that pushes everything inside <c>Subscribe</c> is safe under every policy. A <b>hot</b> source (a
    /// <c>Subject</c>, events) loses whatever it pushes before the first pull.</summary>
    FirstPull,

    /// <summary>At once, on the calling thread, before <c>ToIter</c> returns: for <b>hot</b> sources, so nothing
    /// pushed after the call is lost. A synchronous cold source then pushes into the buffer during the call: under
    /// <see cref="OverflowPolicy.Block"/>, more than the capacity fails instead of deadlocking the caller (see
    /// <see cref="OverflowPolicy.Block"/>).</summary>
    Now,
}
