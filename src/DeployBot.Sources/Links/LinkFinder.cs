using System.Text.RegularExpressions;

namespace DeployBot.Sources.Links;

/// <summary>
/// Finds the link NOTES ask to be read. NOTES that are little more than a link ("https://github.com/acme/shop/pull/42",
/// "ship https://… tonight") name it whatever its host, so an unreadable one is reported rather than planned from. In
/// longer notes, only a bare link to a known source (GitHub, GitLab, an allowed host) is read, and only when it is the
/// only one: a pasted changelog links every item to its pull request, and cites one in parentheses when it has one.
/// Other links there are references in notes that stand on their own, and so is a Markdown link or image to an unknown
/// host in short notes.
/// </summary>
internal static partial class LinkFinder
{
    /// <summary>Notes with at most this many words besides their links are a request to read the link.</summary>
    public const int MaxWordsBesideALink = 12;

    /// <param name="notes">The NOTES as written.</param>
    /// <param name="isKnownSource">The link's host is a source DeployBot reads (GitHub, GitLab, an allowed host).</param>
    /// <param name="isRelease">
    /// The link is one DeployBot reads a release from (a pull request, release, compare view, commit, raw file); in longer
    /// notes only such a link is read. "Closes https://github.com/…/issues/7286" in a pasted changelog is a reference, and
    /// failing the whole request over it would lose the notes that stand on their own. Null: every known-source link is.
    /// </param>
    public static FoundLink? Find(string notes, Func<Uri, bool> isKnownSource, Func<Uri, bool>? isRelease = null)
    {
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(isKnownSource);
        var links = Links(notes).ToList();
        if (links.Count == 0)
        {
            return null;
        }

        var rest = Rest(notes, links);
        var shortNotes = rest.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= MaxWordsBesideALink;
        // A Markdown link or image ("[details](https://…)") is a reference the author wrote into prose, not a request to read it.
        var bare = links.Where(link => !notes.Contains("](" + link.Text, StringComparison.Ordinal)).ToList();
        bool Known(Candidate link) => link.Uri is { } uri && isKnownSource(uri);
        // In longer notes a link in parentheses or in reStructuredText's link markup ("… (https://…/pull/1193).",
        // "`#2988 <https://…/pull/2988>`__") cites where an item came from; the notes around it are the release.
        var known = (shortNotes ? links : bare.Where(link => !Cited(notes, link.Text))).Where(Known).ToList();
        // A changelog pasted as NOTES links its items to their pull requests ("… by @ana in https://github.com/…/pull/12",
        // "([#4112](https://github.com/…))"): references, not one release to read. Longer notes are read from a link only
        // when it is the one known-source link they have (bare or not: a Markdown link to a pull request makes them a
        // changelog too), written bare.
        var knownAnywhere = links.Where(Known).Select(link => link.Text).Distinct(StringComparer.Ordinal).Count();
        var chosen = shortNotes || (known.Count > 0 && knownAnywhere == 1 && (isRelease is null || isRelease(known[0].Uri!))) ? known.FirstOrDefault() : null;
        if (chosen is null && bare.Count > 0 && shortNotes)
        {
            chosen = bare[0];
        }

        return chosen is null ? null : new FoundLink(chosen.Text, chosen.Uri, rest);
    }

    /// <summary>Every place the link is written, it is a citation: "(https://…)" (Slack may wrap it as "(&lt;https://…&gt;)") or RST's "&lt;https://…&gt;`_".</summary>
    private static bool Cited(string notes, string link)
    {
        var at = notes.IndexOf(link, StringComparison.Ordinal);
        var cited = at >= 0;
        for (; at >= 0; at = notes.IndexOf(link, at + link.Length, StringComparison.Ordinal))
        {
            var before = notes[..at].TrimEnd();
            var after = notes[(at + link.Length)..];
            var rst = before.EndsWith('<') && after.StartsWith(">`_", StringComparison.Ordinal);
            before = before.TrimEnd('<').TrimEnd();
            cited &= rst || before.EndsWith('(');
        }

        return cited;
    }

    private static IEnumerable<Candidate> Links(string notes) =>
        Url().Matches(notes).Select(match =>
        {
            var text = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', ']', '\'', '"');
            return new Candidate(text, Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : null);
        });

    /// <summary>The notes without their links: what the requester added in their own words.</summary>
    private static string Rest(string notes, List<Candidate> links)
    {
        var rest = links.Aggregate(notes, (text, link) => text.Replace(link.Text, " ", StringComparison.Ordinal));
        // Slack's link markup (<url> and <url|label>) is markup, not words.
        rest = Blank().Replace(SlackMarkup().Replace(rest, " "), " ");
        return SpaceBeforePunctuation().Replace(rest, "$1").Trim();
    }

    [GeneratedRegex(@"https?://[^\s<>""'|`]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Blank();

    [GeneratedRegex(@"[<>|]")]
    private static partial Regex SlackMarkup();

    [GeneratedRegex(@" ([,.;:!?])")]
    private static partial Regex SpaceBeforePunctuation();

    private sealed record Candidate(string Text, Uri? Uri);
}

/// <summary>The link to read as the requester wrote it, parsed when it parses, and the rest of their notes.</summary>
internal sealed record FoundLink(string Text, Uri? Uri, string Rest);
