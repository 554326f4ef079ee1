using System.Text.Json.Nodes;

namespace DeployBot.Testing.Sources;

/// <summary>Response bodies in the shapes of GitLab's REST API v4 documentation (merge requests, diffs, commits, statuses, releases).</summary>
internal static class GitLabJson
{
    private const string Time = "2026-12-01T10:00:00.000Z";

    public static JsonObject MergeRequest(FakePullRequest mr) => new()
    {
        ["id"] = 9000 + mr.Number,
        ["iid"] = mr.Number,
        ["project_id"] = 77,
        ["title"] = mr.Title,
        ["description"] = mr.Body,
        ["state"] = "opened",
        ["created_at"] = Time,
        ["updated_at"] = Time,
        ["target_branch"] = "main",
        ["source_branch"] = "feature",
        ["author"] = Author(),
        ["draft"] = false,
        ["sha"] = mr.HeadSha,
        ["merge_commit_sha"] = null,
        ["web_url"] = $"https://gitlab.com/{mr.Repository}/-/merge_requests/{mr.Number}",
        ["diff_refs"] = new JsonObject { ["base_sha"] = new string('0', 40), ["head_sha"] = mr.HeadSha, ["start_sha"] = new string('0', 40) },
    };

    public static JsonArray Diffs(IEnumerable<FakeFile> files) => new(files.Select(Diff).ToArray<JsonNode?>());

    public static JsonObject Changes(FakePullRequest mr)
    {
        var json = MergeRequest(mr);
        json["changes"] = Diffs(mr.Files);
        return json;
    }

    public static JsonArray Commits(IEnumerable<FakeCommit> commits) => new(commits.Select(commit => (JsonNode?)new JsonObject
    {
        ["id"] = commit.Sha,
        ["short_id"] = commit.Sha[..8],
        ["title"] = commit.Message.Split('\n')[0],
        ["message"] = commit.Message,
        ["author_name"] = "Dev",
        ["author_email"] = "dev@example.com",
        ["created_at"] = Time,
    }).ToArray());

    public static JsonArray Statuses(IEnumerable<FakeStatus> statuses) => new(statuses.Select((status, index) => (JsonNode?)new JsonObject
    {
        ["id"] = 300 + index,
        ["sha"] = new string('a', 40),
        ["ref"] = "feature",
        ["status"] = status.State,
        ["name"] = status.Context,
        ["target_url"] = "https://gitlab.com/group/shop/-/jobs/1",
        ["description"] = null,
        ["created_at"] = Time,
        ["allow_failure"] = false,
        ["author"] = Author(),
    }).ToArray());

    public static JsonObject Release(FakeRelease release) => new()
    {
        ["tag_name"] = release.Tag,
        ["description"] = release.Body,
        ["name"] = release.Name,
        ["created_at"] = Time,
        ["released_at"] = Time,
        ["author"] = Author(),
        ["commit"] = new JsonObject { ["id"] = release.Sha, ["short_id"] = release.Sha[..8], ["title"] = release.Name, ["message"] = release.Name },
        ["assets"] = new JsonObject { ["count"] = 0, ["sources"] = new JsonArray(), ["links"] = new JsonArray() },
        ["_links"] = new JsonObject { ["self"] = $"https://gitlab.com/{release.Repository}/-/releases/{release.Tag}" },
    };

    private static JsonObject Diff(FakeFile file) => new()
    {
        ["old_path"] = file.PreviousPath ?? file.Path,
        ["new_path"] = file.Path,
        ["a_mode"] = "100644",
        ["b_mode"] = "100644",
        ["diff"] = file.Patch ?? string.Empty,
        ["new_file"] = file.Status == "added",
        ["renamed_file"] = file.Status == "renamed",
        ["deleted_file"] = file.Status == "removed",
        ["generated_file"] = false,
    };

    private static JsonObject Author() => new() { ["id"] = 1, ["username"] = "dev", ["name"] = "Dev" };
}
