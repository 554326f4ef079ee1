namespace DeployBot.Sources.Links;

/// <summary>What a GitHub or GitLab web link points at.</summary>
internal enum ForgeLinkKind
{
    PullRequest,
    Release,
    Compare,
    Commit,
}

/// <summary>
/// A GitHub or GitLab web link taken apart: the repository (GitHub <c>owner/name</c>, GitLab the full project path),
/// its kind, and the number, tag, commit or base and head it names.
/// </summary>
internal sealed record ForgeLink(Uri Link, string Repository, ForgeLinkKind Kind, string Reference, string? BaseReference = null)
{
    /// <summary>GitHub: the owner of <see cref="Repository"/>.</summary>
    public string Owner => Repository[..Repository.IndexOf('/', StringComparison.Ordinal)];

    /// <summary>GitHub: the repository name of <see cref="Repository"/>.</summary>
    public string Name => Repository[(Repository.IndexOf('/', StringComparison.Ordinal) + 1)..];

    public int Number => int.Parse(Reference, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>github.com/acme/shop/pull/42, …/releases/tag/v2.4.0, …/compare/v2.3.0...v2.4.0, …/commit/6dcb09b.</summary>
    public static ForgeLink? ParseGitHub(Uri link)
    {
        var parts = Segments(link);
        if (parts.Length < 4)
        {
            return null;
        }

        var repository = $"{parts[0]}/{parts[1]}";
        var rest = parts[3..];
        return parts[2] switch
        {
            "pull" when IsNumber(rest[0]) => new ForgeLink(link, repository, ForgeLinkKind.PullRequest, rest[0]),
            "releases" when rest.Length >= 2 && rest[0] == "tag" => new ForgeLink(link, repository, ForgeLinkKind.Release, string.Join('/', rest[1..])),
            "commit" => new ForgeLink(link, repository, ForgeLinkKind.Commit, rest[0]),
            "compare" => Compare(link, repository, string.Join('/', rest)),
            _ => null,
        };
    }

    /// <summary>gitlab.com/group/sub/project/-/merge_requests/7 and …/-/releases/v1.2.0.</summary>
    public static ForgeLink? ParseGitLab(Uri link)
    {
        var parts = Segments(link);
        var dash = Array.IndexOf(parts, "-");
        if (dash < 2 || parts.Length < dash + 3)
        {
            return null;
        }

        var project = string.Join('/', parts[..dash]);
        var rest = parts[(dash + 2)..];
        return parts[dash + 1] switch
        {
            "merge_requests" when IsNumber(rest[0]) => new ForgeLink(link, project, ForgeLinkKind.PullRequest, rest[0]),
            "releases" => new ForgeLink(link, project, ForgeLinkKind.Release, string.Join('/', rest)),
            _ => null,
        };
    }

    private static ForgeLink? Compare(Uri link, string repository, string range)
    {
        var separator = range.Contains("...", StringComparison.Ordinal) ? "..." : "..";
        var ends = range.Split(separator, 2);
        return ends.Length == 2 && ends[0].Length > 0 && ends[1].Length > 0
            ? new ForgeLink(link, repository, ForgeLinkKind.Compare, ends[1], ends[0])
            : null;
    }

    private static string[] Segments(Uri link) =>
        link.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();

    private static bool IsNumber(string text) => text.Length is > 0 and < 10 && text.All(char.IsAsciiDigit);
}
