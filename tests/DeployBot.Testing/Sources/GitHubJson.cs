using System.Text.Json.Nodes;

namespace DeployBot.Testing.Sources;

/// <summary>
/// Response bodies in the shapes of GitHub's REST API documentation (pulls, pulls/files, pulls/commits, check-runs,
/// combined status, releases, compare, commits), trimmed to what a client reads plus the fields around it.
/// </summary>
internal static class GitHubJson
{
    private const string Time = "2026-12-01T10:00:00Z";

    public static JsonObject PullRequest(Uri root, FakePullRequest pull) => new()
    {
        ["url"] = $"{root}repos/{pull.Repository}/pulls/{pull.Number}",
        ["id"] = 1000 + pull.Number,
        ["node_id"] = "PR_kwDOfake",
        ["html_url"] = $"https://github.com/{pull.Repository}/pull/{pull.Number}",
        ["number"] = pull.Number,
        ["state"] = "open",
        ["locked"] = false,
        ["title"] = pull.Title,
        ["user"] = User(),
        ["body"] = pull.Body,
        ["created_at"] = Time,
        ["updated_at"] = Time,
        ["merged_at"] = null,
        ["merge_commit_sha"] = null,
        ["head"] = Ref("feature", pull.HeadSha, pull.Repository),
        ["base"] = Ref("main", new string('0', 40), pull.Repository),
        ["draft"] = false,
        ["merged"] = false,
        ["commits"] = pull.Commits.Count,
        ["changed_files"] = pull.Files.Count,
    };

    public static JsonArray Files(IEnumerable<FakeFile> files) => new(files.Select(File).ToArray<JsonNode?>());

    public static JsonObject File(FakeFile file)
    {
        var json = new JsonObject
        {
            ["sha"] = new string('f', 40),
            ["filename"] = file.Path,
            ["status"] = file.Status,
            ["additions"] = 1,
            ["deletions"] = 0,
            ["changes"] = 1,
            ["blob_url"] = $"https://github.com/acme/shop/blob/main/{file.Path}",
            ["raw_url"] = $"https://github.com/acme/shop/raw/main/{file.Path}",
            ["contents_url"] = $"https://api.github.com/repos/acme/shop/contents/{file.Path}",
        };
        if (file.Patch is not null)
        {
            json["patch"] = file.Patch;
        }

        if (file.PreviousPath is not null)
        {
            json["previous_filename"] = file.PreviousPath;
        }

        return json;
    }

    public static JsonObject Commit(Uri root, string repository, FakeCommit commit, bool withFiles) => new()
    {
        ["sha"] = commit.Sha,
        ["node_id"] = "C_kwDOfake",
        ["commit"] = new JsonObject
        {
            ["author"] = new JsonObject { ["name"] = "Dev", ["email"] = "dev@example.com", ["date"] = Time },
            ["committer"] = new JsonObject { ["name"] = "Dev", ["email"] = "dev@example.com", ["date"] = Time },
            ["message"] = commit.Message,
            ["tree"] = new JsonObject { ["sha"] = new string('e', 40), ["url"] = $"{root}repos/{repository}/git/trees/x" },
            ["url"] = $"{root}repos/{repository}/git/commits/{commit.Sha}",
            ["comment_count"] = 0,
        },
        ["url"] = $"{root}repos/{repository}/commits/{commit.Sha}",
        ["html_url"] = $"https://github.com/{repository}/commit/{commit.Sha}",
        ["author"] = User(),
        ["committer"] = User(),
        ["parents"] = new JsonArray(),
        ["files"] = withFiles ? Files(commit.Files ?? []) : null,
    };

    public static JsonObject CheckRuns(IReadOnlyList<FakeCheckRun> runs, string sha) => new()
    {
        ["total_count"] = runs.Count,
        ["check_runs"] = new JsonArray(runs.Select((run, index) => (JsonNode?)new JsonObject
        {
            ["id"] = 4000 + index,
            ["head_sha"] = sha,
            ["node_id"] = "CR_kwDOfake",
            ["external_id"] = string.Empty,
            ["url"] = $"https://api.github.com/repos/acme/shop/check-runs/{4000 + index}",
            ["html_url"] = $"https://github.com/acme/shop/runs/{4000 + index}",
            ["details_url"] = "https://ci.example.com/",
            ["status"] = run.Status,
            ["conclusion"] = run.Conclusion,
            ["started_at"] = Time,
            ["completed_at"] = run.Status == "completed" ? Time : null,
            ["output"] = new JsonObject { ["title"] = run.Name, ["summary"] = string.Empty, ["annotations_count"] = 0 },
            ["name"] = run.Name,
            ["check_suite"] = new JsonObject { ["id"] = 5 },
            ["pull_requests"] = new JsonArray(),
        }).ToArray()),
    };

    public static JsonObject CombinedStatus(IReadOnlyList<FakeStatus> statuses, string sha) => new()
    {
        ["state"] = statuses.Count == 0 ? "pending" : statuses.All(s => s.State == "success") ? "success" : statuses.Any(s => s.State is "failure" or "error") ? "failure" : "pending",
        ["statuses"] = new JsonArray(statuses.Select((status, index) => (JsonNode?)new JsonObject
        {
            ["url"] = $"https://api.github.com/repos/acme/shop/statuses/{sha}",
            ["id"] = 6000 + index,
            ["node_id"] = "SC_kwDOfake",
            ["state"] = status.State,
            ["description"] = status.Context,
            ["target_url"] = "https://ci.example.com/build",
            ["context"] = status.Context,
            ["created_at"] = Time,
            ["updated_at"] = Time,
        }).ToArray()),
        ["sha"] = sha,
        ["total_count"] = statuses.Count,
    };

    public static JsonObject Release(Uri root, FakeRelease release) => new()
    {
        ["url"] = $"{root}repos/{release.Repository}/releases/1",
        ["html_url"] = $"https://github.com/{release.Repository}/releases/tag/{release.Tag}",
        ["id"] = 1,
        ["node_id"] = "RE_kwDOfake",
        ["tag_name"] = release.Tag,
        ["target_commitish"] = "main",
        ["name"] = release.Name,
        ["body"] = release.Body,
        ["draft"] = false,
        ["prerelease"] = false,
        ["created_at"] = Time,
        ["published_at"] = Time,
        ["author"] = User(),
        ["assets"] = new JsonArray(),
    };

    public static JsonObject Compare(Uri root, FakeCompare compare) => new()
    {
        ["url"] = $"{root}repos/{compare.Repository}/compare/{compare.Base}...{compare.Head}",
        ["html_url"] = $"https://github.com/{compare.Repository}/compare/{compare.Base}...{compare.Head}",
        ["status"] = "ahead",
        ["ahead_by"] = compare.Commits.Count,
        ["behind_by"] = 0,
        ["total_commits"] = compare.Commits.Count,
        ["commits"] = new JsonArray(compare.Commits.Select(commit => (JsonNode?)Commit(root, compare.Repository, commit, withFiles: false)).ToArray()),
        ["files"] = Files(compare.Files),
    };

    public static JsonObject Error(string message, string documentation) => new()
    {
        ["message"] = message,
        ["documentation_url"] = documentation,
    };

    private static JsonObject User() => new() { ["login"] = "octocat", ["id"] = 1, ["type"] = "User" };

    private static JsonObject Ref(string name, string sha, string repository) => new()
    {
        ["label"] = $"{repository.Split('/')[0]}:{name}",
        ["ref"] = name,
        ["sha"] = sha,
        ["user"] = User(),
    };
}
