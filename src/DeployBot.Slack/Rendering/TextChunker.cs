using System.Text;

namespace DeployBot.Slack.Rendering;

/// <summary>Splits long text into pieces that fit one section block, at line breaks where possible, never dropping text.</summary>
internal static class TextChunker
{
    public static IReadOnlyList<string> Chunk(IEnumerable<string> lines, int max = SlackLimits.SectionText)
    {
        var chunks = new List<string>();
        var current = new StringBuilder();
        foreach (var piece in lines.SelectMany(line => SplitLongLine(line, max)))
        {
            if (current.Length > 0 && current.Length + 1 + piece.Length > max)
            {
                chunks.Add(current.ToString());
                current.Clear();
            }

            if (current.Length > 0)
            {
                current.Append('\n');
            }

            current.Append(piece);
        }

        if (current.Length > 0)
        {
            chunks.Add(current.ToString());
        }

        return chunks;
    }

    private static IEnumerable<string> SplitLongLine(string line, int max)
    {
        if (line.Length <= max)
        {
            yield return line;
            yield break;
        }

        var start = 0;
        while (start < line.Length)
        {
            var length = Math.Min(max, line.Length - start);
            var end = start + length;
            // Never cut an escape sequence (&amp; &lt; &gt;) in half.
            var amp = end < line.Length ? line.LastIndexOf('&', end - 1, Math.Min(length, 5)) : -1;
            if (amp > start && line.IndexOf(';', amp) >= end)
            {
                length = amp - start;
            }

            yield return line.Substring(start, length);
            start += length;
        }
    }
}
