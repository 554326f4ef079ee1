using System.Text.RegularExpressions;

namespace DeployBot.Core.Windows;

/// <summary>
/// The WINDOW text still to be read. Each pattern takes what it recognises and blanks it, so a date is never read again
/// as a time range and an offset never again as a clock time.
/// </summary>
internal sealed class WindowScan(string text)
{
    private readonly char[] remaining = Normalize(text).ToCharArray();
    private string? _text;

    /// <summary>What is left to read (rebuilt only after something was taken).</summary>
    public string Text => _text ??= new string(remaining);

    /// <summary>The matches of <paramref name="pattern"/> that <paramref name="accept"/> approves, now blanked.</summary>
    /// <remarks>
    /// Most patterns find nothing in a given window ("Sat 22:00-23:00 CET" has no date, offset, length or "now"), so an
    /// allocation-free <see cref="Regex.IsMatch(ReadOnlySpan{char})"/> answers those before any match objects are made:
    /// every slash command with a WINDOW reads it before it is acknowledged.
    /// </remarks>
    public List<Match> Take(Regex pattern, Func<Match, bool>? accept = null)
    {
        var text = Text;
        if (!pattern.IsMatch(text.AsSpan()))
        {
            return [];
        }

        var taken = new List<Match>();
        foreach (Match match in pattern.Matches(text))
        {
            if (accept is null || accept(match))
            {
                Array.Fill(remaining, ' ', match.Index, match.Length);
                _text = null;
                taken.Add(match);
            }
        }

        return taken;
    }

    /// <summary>One spelling per thing: ASCII dashes and spaces, "pm" for "p.m.", ISO "T" and "Z" split off.</summary>
    private static string Normalize(string text)
    {
        var plain = WindowLocalWords.Translate(WindowPatterns.Dash().Replace(text, "-"))
            .Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('\u2009', ' ');
        plain = WindowPatterns.DottedHalf().Replace(plain, match => match.Groups["x"].Value + "m");
        plain = WindowPatterns.IsoDateTime().Replace(
            plain, match => $"{match.Groups["date"].Value} {match.Groups["time"].Value}{(match.Groups["z"].Success ? " Z" : string.Empty)}");
        return WindowPatterns.ZuluSuffix().Replace(plain, " Z");
    }
}
