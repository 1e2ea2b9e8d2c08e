// Emission: the line mapping of generated files. Everything is #line hidden (a debugger steps over it, it has no
// place in the user's file) except the lines holding an inlined lambda body, which map to the body's span in the
// user's file, so an exception thrown there reports the user's file and line and a breakpoint on the body binds.
using System.Text;
using Streams.Generators.Model;

namespace Streams.Generators.Emission;

/// <summary>Writes a generated file's lines with their <c>#line</c> directives.</summary>
internal static class LineMap
{
    /// <summary>The file's final text: <paramref name="text"/> line by line, each line that holds a fragment marked by
    /// <see cref="LineMarks"/> written without the marks between a <c>#line</c> span directive for the (first) marked
    /// fragment and <c>#line hidden</c>.</summary>
    public static string Apply(string text)
    {
        if (text.IndexOf(LineMarks.Open) < 0) return text;
        var sb = new StringBuilder(text.Length + 256);
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length - 1;
            var line = text.Substring(start, end - start + 1);
            start = end + 1;
            if (line.IndexOf(LineMarks.Open) < 0)
            {
                sb.Append(line);
                continue;
            }
            WriteMapped(sb, line);
        }
        return sb.ToString();
    }

    private static void WriteMapped(StringBuilder sb, string line)
    {
        var plain = new StringBuilder(line.Length);
        string? directive = null;
        int i = 0;
        while (i < line.Length)
        {
            char c = line[i];
            if (c == LineMarks.Close)
            {
                i++;
                continue;
            }
            if (c != LineMarks.Open)
            {
                plain.Append(c);
                i++;
                continue;
            }
            // Open, then five fields each ended by Separator: start line, start column, end line, end column, path.
            var fields = new string[5];
            int p = i + 1;
            for (int f = 0; f < 5; f++)
            {
                int sep = line.IndexOf(LineMarks.Separator, p);
                fields[f] = line.Substring(p, sep - p);
                p = sep + 1;
            }
            // The first fragment of a line maps it (one line has one mapping); a path with a quote cannot be written.
            if (directive is null && fields[4].IndexOf('"') < 0)
            {
                // Lines and columns of a span directive are 1-based, as is the character offset of the fragment.
                directive = $"#line ({int.Parse(fields[0]) + 1}, {int.Parse(fields[1]) + 1}) - ({int.Parse(fields[2]) + 1}, {int.Parse(fields[3]) + 1}) {plain.Length + 1} \"{fields[4]}\"";
            }
            i = p;
        }
        if (directive is not null) sb.AppendLine(directive);
        sb.Append(plain);
        if (directive is not null) sb.AppendLine("#line hidden");
    }
}
