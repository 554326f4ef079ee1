using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DeployBot.Testing.Sources;

/// <summary>
/// GitLab's REST API v4 on loopback: a merge request with its diffs (paginated, or the older <c>/changes</c> when
/// <see cref="OnlyChangesEndpoint"/>), commits and commit statuses, and releases by tag, in the documented shapes. Projects
/// are addressed by URL-encoded path (<c>group%2Fshop</c>); <c>PRIVATE-TOKEN</c> is checked like GitLab does (401 for a
/// wrong one, 404 for a private project without one).
/// </summary>
public sealed class FakeGitLabApi : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, bool> _private = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<(string, int), FakePullRequest> _mergeRequests = new();
    private readonly ConcurrentDictionary<(string, string), List<FakeStatus>> _statuses = new();
    private readonly ConcurrentDictionary<(string, string), FakeRelease> _releases = new();
    private FakeSourceHost _host = null!;

    private FakeGitLabApi()
    {
    }

    public string Token { get; } = "glpat-fakeTestToken00000";

    /// <summary>What <c>Sources:GitLab:ApiBaseUrl</c> should be (the fake serves the API at its root, as <c>/api/v4/</c> would).</summary>
    public string ApiBaseUrl => _host.Root.ToString();

    public IReadOnlyList<SourceCall> Calls => _host.Calls;

    /// <summary>Answer <c>/diffs</c> with 404, as GitLab before 15.7 does, so clients use <c>/changes</c>.</summary>
    public bool OnlyChangesEndpoint { get; set; }

    public static async Task<FakeGitLabApi> StartAsync(CancellationToken cancellationToken = default)
    {
        var fake = new FakeGitLabApi();
        fake._host = await FakeSourceHost.StartAsync(fake.Map, cancellationToken);
        return fake;
    }

    public void MakePrivate(string project) => _private[project] = true;

    public void Add(FakePullRequest mergeRequest) => _mergeRequests[(mergeRequest.Repository, mergeRequest.Number)] = mergeRequest;

    public void Add(string project, string sha, params FakeStatus[] statuses) => _statuses.GetOrAdd((project, sha), _ => []).AddRange(statuses);

    public void Add(FakeRelease release) => _releases[(release.Repository, release.Tag)] = release;

    public void FailNext(SourceFailure failure, int times = 1) => _host.FailNext(failure, times);

    private void Map(WebApplication app)
    {
        const string Mr = "/projects/{id}/merge_requests/{iid:int}";
        app.MapGet(Mr, http => Answer(http, project => MergeRequest(project, http) is { } mr ? GitLabJson.MergeRequest(mr) : null));
        app.MapGet(Mr + "/diffs", http => Answer(http, project => !OnlyChangesEndpoint && MergeRequest(project, http) is { } mr ? GitLabJson.Diffs(Page(http, mr.Files)) : null));
        app.MapGet(Mr + "/changes", http => Answer(http, project => MergeRequest(project, http) is { } mr ? GitLabJson.Changes(mr) : null));
        app.MapGet(Mr + "/commits", http => Answer(http, project => MergeRequest(project, http) is { } mr ? GitLabJson.Commits(mr.Commits) : null));
        app.MapGet("/projects/{id}/repository/commits/{sha}/statuses", http => Answer(http, project => GitLabJson.Statuses(_statuses.GetValueOrDefault((project, Value(http, "sha"))) ?? [])));
        app.MapGet("/projects/{id}/releases/{*tag}", http => Answer(http, project => _releases.TryGetValue((project, Value(http, "tag")), out var release) ? GitLabJson.Release(release) : null));
    }

    private FakePullRequest? MergeRequest(string project, HttpContext http) =>
        _mergeRequests.GetValueOrDefault((project, int.Parse(Value(http, "iid"), System.Globalization.CultureInfo.InvariantCulture)));

    private static IEnumerable<FakeFile> Page(HttpContext http, IReadOnlyList<FakeFile> files)
    {
        var size = int.TryParse(http.Request.Query["per_page"], out var perPage) ? perPage : 20;
        var page = int.TryParse(http.Request.Query["page"], out var number) ? number : 1;
        http.Response.Headers["X-Total"] = files.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return files.Skip((page - 1) * size).Take(size);
    }

    private async Task Answer(HttpContext http, Func<string, JsonNode?> find)
    {
        var project = Value(http, "id");
        var token = http.Request.Headers["PRIVATE-TOKEN"].ToString();
        if (token.Length > 0 && token != Token)
        {
            await Write(http, 401, new JsonObject { ["message"] = "401 Unauthorized" });
            return;
        }

        if ((token.Length > 0 || !_private.ContainsKey(project) ? find(project) : null) is not { } body)
        {
            await Write(http, 404, new JsonObject { ["message"] = "404 Not found" });
            return;
        }

        http.Response.Headers["RateLimit-Limit"] = "2000";
        http.Response.Headers["RateLimit-Remaining"] = "1999";
        await Write(http, 200, body);
    }

    private static string Value(HttpContext http, string name) => Uri.UnescapeDataString(http.Request.RouteValues[name]?.ToString() ?? string.Empty);

    private static Task Write(HttpContext http, int status, JsonNode body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(body.ToJsonString(), http.RequestAborted);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
