using System.Text.Json;
using DeployBot.Core.Releases;
using DeployBot.Sources.Links;
using DeployBot.Sources.Options;
using DeployBot.Sources.Reading;
using Microsoft.Extensions.Options;

namespace DeployBot.Sources.GitLab;

/// <summary>
/// Reads a GitLab merge request (title, description, commits, diffs) or release (name and description) over the REST
/// API v4, with the CI state of its commit from the commit's statuses (pipeline jobs and external CI).
/// </summary>
internal sealed class GitLabReader(IHttpClientFactory factory, IOptions<SourcesOptions> options, TimeProvider time)
{
    private const int PageSize = 100;

    public async Task<ResolvedRelease> ReadAsync(ForgeLink link, FoundLink found, CancellationToken cancellationToken)
    {
        using var http = factory.CreateClient(SourceHttp.ClientName);
        var api = new GitLabApi(http, options.Value.GitLab, link, found.Text, time);
        return link.Kind == ForgeLinkKind.PullRequest
            ? await MergeRequestAsync(api, link, found, cancellationToken)
            : await ReleaseAsync(api, link, found, cancellationToken);
    }

    private static async Task<ResolvedRelease> MergeRequestAsync(GitLabApi api, ForgeLink link, FoundLink found, CancellationToken cancellationToken)
    {
        var path = $"projects/{api.Project}/merge_requests/{link.Number}";
        using var mr = await api.GetAsync(path, cancellationToken);
        var sha = Text(mr.RootElement, "sha");
        var files = await GitLabDiffs.ReadAsync(api, path, cancellationToken);
        var messages = await CommitMessagesAsync(api, path, cancellationToken);
        var ci = sha is null ? null : await CiAsync(api, sha, cancellationToken);

        var title = $"{Text(mr.RootElement, "title") ?? "Merge request"} (!{link.Number})";
        var text = new ReleaseText().Title(title).Body(Text(mr.RootElement, "description")).Commits(messages).RequesterNote(found.Rest);
        return new ResolvedRelease(found.Text, title, text.ToString(), files.Select(file => file.File).Take(SourceLimits.MaxFiles).ToArray(), sha, ci)
        {
            NewSecrets = ManifestSecrets.Find(files.Select(file => (file.File.Path, file.Patch))),
        };
    }

    private static async Task<ResolvedRelease> ReleaseAsync(GitLabApi api, ForgeLink link, FoundLink found, CancellationToken cancellationToken)
    {
        using var release = await api.GetAsync($"projects/{api.Project}/releases/{Uri.EscapeDataString(link.Reference)}", cancellationToken);
        var root = release.RootElement;
        var tag = Text(root, "tag_name") ?? link.Reference;
        var sha = root.TryGetProperty("commit", out var commit) && commit.ValueKind == JsonValueKind.Object ? Text(commit, "id") : null;
        var ci = sha is null ? null : await CiAsync(api, sha, cancellationToken);

        var name = Text(root, "name");
        var title = name is null ? tag : name.Contains(tag, StringComparison.Ordinal) ? name : $"{name} ({tag})";
        var text = new ReleaseText().Title(title).Body(Text(root, "description")).RequesterNote(found.Rest);
        return new ResolvedRelease(found.Text, title, text.ToString(), [], sha, ci);
    }

    private static async Task<IEnumerable<string?>> CommitMessagesAsync(GitLabApi api, string path, CancellationToken cancellationToken)
    {
        using var commits = await api.TryGetAsync($"{path}/commits?per_page={PageSize}", cancellationToken);
        return commits?.RootElement.ValueKind == JsonValueKind.Array
            ? commits.RootElement.EnumerateArray().Select(commit => Text(commit, "message") ?? Text(commit, "title")).ToList()
            : [];
    }

    /// <summary>Statuses of the commit: <c>success</c> and <c>skipped</c> pass; <c>failed</c> and <c>canceled</c> fail; the rest are pending.</summary>
    private static async Task<CiSummary?> CiAsync(GitLabApi api, string sha, CancellationToken cancellationToken)
    {
        using var statuses = await api.TryGetAsync($"projects/{api.Project}/repository/commits/{sha}/statuses?per_page={PageSize}", cancellationToken);
        var tally = new CiTally();
        var entries = statuses?.RootElement.ValueKind == JsonValueKind.Array ? statuses.RootElement.EnumerateArray().ToList() : [];
        foreach (var status in entries)
        {
            var name = Text(status, "name") ?? "job";
            switch (Text(status, "status"))
            {
                case "success" or "skipped":
                    tally.Passed();
                    break;
                case "failed" or "canceled":
                    tally.NotPassed(name, CiTally.Failing);
                    break;
                default:
                    tally.NotPassed(name, CiTally.Pending);
                    break;
            }
        }

        return tally.Summary();
    }

    internal static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;
}
