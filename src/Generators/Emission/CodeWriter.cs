// Emission: the writer generated code goes through. It owns indentation: callers write lines and open or close
// blocks; nobody counts spaces or re-indents text afterwards.
using System.Text;

namespace Streams.Generators.Emission;

/// <summary>Lines of C# at a current indentation (four spaces a level).</summary>
internal sealed class CodeWriter(int level = 0)
{
    private readonly StringBuilder _text = new();

    /// <summary>The current indentation level.</summary>
    public int Level { get; set; } = level;

    /// <summary>Whether nothing was written.</summary>
    public bool IsEmpty => _text.Length == 0;

    /// <summary>Writes <paramref name="line"/> at the current level (an empty line without indentation).</summary>
    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0) _text.Append(' ', Level * 4).Append(line);
        _text.AppendLine();
        return this;
    }

    /// <summary>Writes <paramref name="header"/> (when given) and <c>{</c>, then indents.</summary>
    public CodeWriter Open(string? header = null)
    {
        if (header is not null) Line(header);
        Line("{");
        Level++;
        return this;
    }

    /// <summary>Unindents and writes <c>}</c> (followed by <paramref name="tail"/>, e.g. <c>;</c>).</summary>
    public CodeWriter Close(string tail = "")
    {
        Level--;
        return Line("}" + tail);
    }

    /// <summary>Writes each line of another writer's text at this writer's current level.</summary>
    public CodeWriter Lines(CodeWriter other)
    {
        foreach (var line in other.ToString().Split('\n'))
        {
            var l = line.TrimEnd('\r');
            if (l.Length > 0) Line(l);
        }
        return this;
    }

    /// <inheritdoc />
    public override string ToString() => _text.ToString();
}
