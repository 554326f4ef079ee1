using DeployBot.Core.Releases;
using DeployBot.Sources.Links;
using DeployBot.Sources.Options;
using DeployBot.Sources.Reading;
using Microsoft.Extensions.Options;
using Octokit;

namespace DeployBot.Sources.GitHub;

/// <summary>
/// Reads a GitHub pull request, release, compare view or commit through Octokit: its words, its changed files (and the
/// secrets their manifests add), and the CI state of its head commit.
/// </summary>
internal sealed class GitHubReader(GitHubClients clients, IOptions<SourcesOptions> options)
{
    // GitHub lists at most 3,000 files of a pull request, 100 a page; DeployBot keeps the first few hundred.
    private static readonly ApiOptions FilePages = new() { PageSize = 100, PageCount = SourceLimits.MaxFiles / 100 };

    public async Task<ResolvedRelease> ReadAsync(ForgeLink link, FoundLink found, CancellationToken cancellationToken)
    {
        var (client, lifetime) = clients.Create();
        using (lifetime)
        {
            try
            {
                var read = link.Kind switch
                {
                    ForgeLinkKind.PullRequest => PullRequestAsync(client, link, found),
                    ForgeLinkKind.Release => ReleaseAsync(client, link, found),
                    ForgeLinkKind.Compare => CompareAsync(client, link, found),
                    _ => CommitAsync(client, link, found),
                };
                return await read.WaitAsync(cancellationToken);
            }
            catch (ApiException exception)
            {
                throw GitHubFailures.Unreadable(found.Text, link, exception, options.Value.GitHub);
            }
        }
    }

    private static async Task<ResolvedRelease> PullRequestAsync(GitHubClient client, ForgeLink link, FoundLink found)
    {
        var pull = await client.PullRequest.Get(link.Owner, link.Name, link.Number);
        var files = client.PullRequest.Files(link.Owner, link.Name, link.Number, FilePages);
        var commits = client.PullRequest.Commits(link.Owner, link.Name, link.Number);
        var ci = GitHubCi.ReadAsync(client, link, pull.Head.Sha);
        await Task.WhenAll(files, commits, ci);

        var title = $"{pull.Title} (#{pull.Number})";
        var text = new ReleaseText().Title(title).Body(pull.Body).Commits((await commits).Select(commit => commit.Commit?.Message)).RequesterNote(found.Rest);
        var changed = (await files).Select(file => new Changed(file.FileName, file.Status, file.PreviousFileName, file.Patch)).ToList();
        return Resolved(found, title, text, changed, pull.Head.Sha, await ci);
    }

    private static async Task<ResolvedRelease> ReleaseAsync(GitHubClient client, ForgeLink link, FoundLink found)
    {
        var release = await client.Repository.Release.Get(link.Owner, link.Name, link.Reference);
        var sha = await GitHubCi.ShaOfAsync(client, link, release.TagName);
        var ci = sha is null ? null : await GitHubCi.ReadAsync(client, link, sha);

        var title = string.IsNullOrWhiteSpace(release.Name) ? release.TagName
            : release.Name.Contains(release.TagName, StringComparison.Ordinal) ? release.Name.Trim() : $"{release.Name.Trim()} ({release.TagName})";
        var text = new ReleaseText().Title(title).Body(release.Body).RequesterNote(found.Rest);
        return Resolved(found, title, text, [], sha, ci);
    }

    private static async Task<ResolvedRelease> CompareAsync(GitHubClient client, ForgeLink link, FoundLink found)
    {
        var compare = await client.Repository.Commit.Compare(link.Owner, link.Name, link.BaseReference, link.Reference);
        var sha = compare.Commits?.LastOrDefault()?.Sha;
        var ci = sha is null ? null : await GitHubCi.ReadAsync(client, link, sha);

        var title = $"{link.Repository} {link.BaseReference}...{link.Reference} ({compare.TotalCommits} commits)";
        var text = new ReleaseText().Title(title).Commits((compare.Commits ?? []).Select(commit => commit.Commit?.Message)).RequesterNote(found.Rest);
        var changed = (compare.Files ?? []).Select(file => new Changed(file.Filename, file.Status, file.PreviousFileName, file.Patch)).ToList();
        return Resolved(found, title, text, changed, sha, ci);
    }

    private static async Task<ResolvedRelease> CommitAsync(GitHubClient client, ForgeLink link, FoundLink found)
    {
        var commit = await client.Repository.Commit.Get(link.Owner, link.Name, link.Reference);
        var ci = await GitHubCi.ReadAsync(client, link, commit.Sha);

        var message = commit.Commit?.Message?.Trim() ?? string.Empty;
        var title = message.Split('\n')[0].Trim() is { Length: > 0 } first ? first : $"Commit {ShortSha(commit.Sha)}";
        var text = new ReleaseText().Body(message).RequesterNote(found.Rest);
        var changed = (commit.Files ?? []).Select(file => new Changed(file.Filename, file.Status, file.PreviousFileName, file.Patch)).ToList();
        return Resolved(found, title, text, changed, commit.Sha, ci);
    }

    private static ResolvedRelease Resolved(
        FoundLink found, string title, ReleaseText text, List<Changed> files, string? sha, CiSummary? ci) =>
        new(found.Text, title, text.ToString(), files.Take(SourceLimits.MaxFiles).Select(file => new ChangedFile(file.Path, Status(file.Status), NullIfEmpty(file.Previous))).ToArray(), sha, ci)
        {
            NewSecrets = ManifestSecrets.Find(files.Select(file => (file.Path, file.Patch))),
        };

    /// <summary>GitHub's file states in the contract's words (<c>copied</c> is a new file; <c>changed</c> a modified one).</summary>
    private static string Status(string? status) => status switch
    {
        "added" or "copied" => "added",
        "removed" => "removed",
        "renamed" => "renamed",
        _ => "modified",
    };

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    internal static string ShortSha(string sha) => sha.Length > 7 ? sha[..7] : sha;

    /// <summary>A changed file as GitHub lists it, with its patch (absent for binary and very large files).</summary>
    private sealed record Changed(string Path, string? Status, string? Previous, string? Patch);
}
