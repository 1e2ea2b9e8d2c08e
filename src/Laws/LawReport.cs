namespace Streams.Laws;

/// <summary>What <see cref="IteratorLaws"/> checked on an iterator that obeyed every law.</summary>
public sealed class LawReport
{
    internal LawReport(IReadOnlyList<string> checkedLaws, IReadOnlyList<string> notApplicable, int elementsSeen, bool reachedEnd, int pulls)
    {
        Checked = checkedLaws;
        NotApplicable = notApplicable;
        ElementsSeen = elementsSeen;
        ReachedEnd = reachedEnd;
        Pulls = pulls;
    }

    /// <summary>The laws that were checked and held.</summary>
    public IReadOnlyList<string> Checked { get; }

    /// <summary>Laws that could not be checked on this iterator, with the reason (e.g. it did not end within the bound).</summary>
    public IReadOnlyList<string> NotApplicable { get; }

    /// <summary>The length of the examined prefix (at most <see cref="LawOptions.MaxElements"/>).</summary>
    public int ElementsSeen { get; }

    /// <summary>Whether the iterator ended within the bound (otherwise it was treated as possibly infinite).</summary>
    public bool ReachedEnd { get; }

    /// <summary>How many pulls the whole check made, over every fresh instance.</summary>
    public int Pulls { get; }

    /// <summary>A one-paragraph summary.</summary>
    /// <returns>The laws checked, and those not applicable.</returns>
    public override string ToString() =>
        $"{Checked.Count} laws held on {ElementsSeen} elements ({(ReachedEnd ? "ended" : "no end within the bound")}, {Pulls} pulls): "
        + string.Join("; ", Checked)
        + (NotApplicable.Count == 0 ? "" : ". Not applicable: " + string.Join("; ", NotApplicable));
}
