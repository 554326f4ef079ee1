namespace DeployBot.Core.Plans.Rendering;

/// <summary>
/// What every renderer shows of <see cref="DeploymentPlan.Source"/> in the context block: the title the link resolved
/// to, the link (only as a link when it is a plain http(s) address), and the CI line when there is one.
/// </summary>
public static class ReleaseSourceText
{
    /// <summary>The link as an address safe to render as a link (absolute http or https, no spaces); null otherwise.</summary>
    public static Uri? Address(ReleaseSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var link = source.Link.Trim();
        return !link.Any(char.IsWhiteSpace) && Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : null;
    }

    /// <summary>The resolved title on one line, or the link when the title is blank.</summary>
    public static string Title(ReleaseSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return MarkdownText.Inline(source.Title) ?? MarkdownText.Inline(source.Link) ?? "(untitled)";
    }

    /// <summary>The CI line on one line ("CI: 14/14 checks passed on 6dcb09b"), or null.</summary>
    public static string? Ci(ReleaseSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return MarkdownText.Inline(source.Ci);
    }
}
