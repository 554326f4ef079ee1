using System.Text;
using DeployBot.Sources.Options;

namespace DeployBot.Sources.Reading;

/// <summary>
/// Puts a release's own words together for the analysis and the planner: the title, the body, then the commit
/// messages as bullets, and what the requester wrote beside the link; cut at <see cref="SourceLimits.MaxTextChars"/>.
/// </summary>
internal sealed class ReleaseText
{
    private readonly StringBuilder _text = new();

    public ReleaseText Title(string? title) => Paragraph(title);

    public ReleaseText Body(string? body) => Paragraph(body?.Replace("\r\n", "\n", StringComparison.Ordinal));

    /// <summary>Each message's first line as a bullet, plus the rest of it when it says more.</summary>
    public ReleaseText Commits(IEnumerable<string?> messages)
    {
        var bullets = messages
            .Where(message => !string.IsNullOrWhiteSpace(message))
            .Select(message => "- " + message!.Trim().Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\n  ", StringComparison.Ordinal))
            .ToList();
        return bullets.Count == 0 ? this : Paragraph("Commits:\n" + string.Join('\n', bullets));
    }

    public ReleaseText RequesterNote(string? rest) =>
        string.IsNullOrWhiteSpace(rest) ? this : Paragraph("Requester's note: " + rest.Trim());

    public override string ToString()
    {
        var text = _text.ToString().Trim();
        return text.Length <= SourceLimits.MaxTextChars ? text : text[..SourceLimits.MaxTextChars].TrimEnd() + "\n[… cut: the release text is longer]";
    }

    private ReleaseText Paragraph(string? paragraph)
    {
        if (!string.IsNullOrWhiteSpace(paragraph))
        {
            _text.Append(paragraph.Trim()).Append("\n\n");
        }

        return this;
    }
}
