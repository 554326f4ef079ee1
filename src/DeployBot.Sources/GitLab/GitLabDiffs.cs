using System.Text.Json;
using DeployBot.Core.Releases;
using DeployBot.Sources.Options;

namespace DeployBot.Sources.GitLab;

/// <summary>
/// A merge request's changed files with their diffs: <c>/diffs</c> page by page (GitLab 15.7 and later), or the older
/// <c>/changes</c> where <c>/diffs</c> does not exist.
/// </summary>
internal static class GitLabDiffs
{
    private const int PageSize = 100;

    public static async Task<List<(ChangedFile File, string? Patch)>> ReadAsync(GitLabApi api, string mergeRequestPath, CancellationToken cancellationToken)
    {
        var files = new List<(ChangedFile, string?)>();
        for (var page = 1; files.Count < SourceLimits.MaxFiles; page++)
        {
            using var diffs = await api.TryGetAsync($"{mergeRequestPath}/diffs?per_page={PageSize}&page={page}", cancellationToken);
            if (diffs is null)
            {
                return page == 1 ? await ChangesAsync(api, mergeRequestPath, cancellationToken) : files;
            }

            var entries = diffs.RootElement.ValueKind == JsonValueKind.Array ? diffs.RootElement.EnumerateArray().ToList() : [];
            files.AddRange(entries.Select(Read));
            if (entries.Count < PageSize)
            {
                break;
            }
        }

        return files;
    }

    private static async Task<List<(ChangedFile, string?)>> ChangesAsync(GitLabApi api, string mergeRequestPath, CancellationToken cancellationToken)
    {
        using var changes = await api.GetAsync($"{mergeRequestPath}/changes", cancellationToken);
        return changes.RootElement.TryGetProperty("changes", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(Read).ToList()
            : [];
    }

    private static (ChangedFile, string?) Read(JsonElement diff)
    {
        var path = GitLabReader.Text(diff, "new_path") ?? GitLabReader.Text(diff, "old_path") ?? "(unnamed)";
        var previous = GitLabReader.Text(diff, "old_path");
        var status = Flag(diff, "new_file") ? "added" : Flag(diff, "deleted_file") ? "removed" : Flag(diff, "renamed_file") ? "renamed" : "modified";
        var file = new ChangedFile(path, status, status == "renamed" ? previous : null);
        return (file, diff.TryGetProperty("diff", out var patch) && patch.ValueKind == JsonValueKind.String ? patch.GetString() : null);
    }

    private static bool Flag(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
