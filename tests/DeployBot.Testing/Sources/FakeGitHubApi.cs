using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DeployBot.Testing.Sources;

/// <summary>
/// GitHub's REST API on loopback, for the real Octokit client: pulls (with files and commits), check runs and combined
/// statuses of a commit, releases by tag, compare and commits, in the documented shapes. Private repositories answer
/// 404 without the token (as GitHub does), a wrong token gets 401 "Bad credentials", and failures (rate limits, 5xx,
/// hangs) can be scripted before the real answer.
/// </summary>
public sealed class FakeGitHubApi : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, bool> _private = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<(string, int), FakePullRequest> _pulls = new();
    private readonly ConcurrentDictionary<(string, string), FakeCommit> _commits = new();
    private readonly ConcurrentDictionary<(string, string), List<FakeCheckRun>> _checks = new();
    private readonly ConcurrentDictionary<(string, string), List<FakeStatus>> _statuses = new();
    private readonly ConcurrentDictionary<(string, string), FakeRelease> _releases = new();
    private readonly ConcurrentDictionary<(string, string), FakeCompare> _compares = new();
    private FakeSourceHost _host = null!;

    private FakeGitHubApi()
    {
    }

    public string Token { get; } = "ghp_fakeTestToken0000000000000000000000";

    /// <summary>What <c>Sources:GitHub:ApiBaseUrl</c> should be.</summary>
    public string ApiBaseUrl => _host.Root.ToString();

    public IReadOnlyList<SourceCall> Calls => _host.Calls;

    public static async Task<FakeGitHubApi> StartAsync(CancellationToken cancellationToken = default)
    {
        var fake = new FakeGitHubApi();
        fake._host = await FakeSourceHost.StartAsync(fake.Map, cancellationToken);
        return fake;
    }

    public void MakePrivate(string repository) => _private[repository] = true;

    public void Add(FakePullRequest pull)
    {
        _pulls[(pull.Repository, pull.Number)] = pull;
        Add(pull.Repository, new FakeCommit(pull.HeadSha, pull.Commits.LastOrDefault()?.Message ?? pull.Title));
    }

    public void Add(string repository, FakeCommit commit, params string[] refs)
    {
        _commits[(repository, commit.Sha)] = commit;
        foreach (var reference in refs)
        {
            _commits[(repository, reference)] = commit;
        }
    }

    public void Add(string repository, string sha, params FakeCheckRun[] runs) => _checks.GetOrAdd((repository, sha), _ => []).AddRange(runs);

    public void Add(string repository, string sha, params FakeStatus[] statuses) => _statuses.GetOrAdd((repository, sha), _ => []).AddRange(statuses);

    public void Add(FakeRelease release)
    {
        _releases[(release.Repository, release.Tag)] = release;
        Add(release.Repository, new FakeCommit(release.Sha, release.Name), release.Tag);
    }

    public void Add(FakeCompare compare)
    {
        _compares[(compare.Repository, $"{compare.Base}...{compare.Head}")] = compare;
        foreach (var commit in compare.Commits)
        {
            Add(compare.Repository, commit);
        }
    }

    public void FailNext(SourceFailure failure, int times = 1) => _host.FailNext(failure, times);

    private void Map(WebApplication app)
    {
        const string Repo = "/repos/{owner}/{repo}";
        app.MapGet(Repo + "/pulls/{number:int}", http => Answer(http, (repo, root) => Pull(repo, http) is { } pull ? GitHubJson.PullRequest(root, pull) : null));
        app.MapGet(Repo + "/pulls/{number:int}/files", http => Answer(http, (repo, _) => Pull(repo, http) is { } pull ? GitHubJson.Files(pull.Files) : null));
        app.MapGet(Repo + "/pulls/{number:int}/commits", http => Answer(http, (repo, root) => Pull(repo, http) is { } pull
            ? new JsonArray(pull.Commits.Select(commit => (JsonNode?)GitHubJson.Commit(root, repo, commit, withFiles: false)).ToArray())
            : null));
        app.MapGet(Repo + "/commits/{ref}/check-runs", http => Answer(http, (repo, _) => GitHubJson.CheckRuns(_checks.GetValueOrDefault((repo, Value(http, "ref"))) ?? [], Value(http, "ref"))));
        app.MapGet(Repo + "/commits/{ref}/status", http => Answer(http, (repo, _) => GitHubJson.CombinedStatus(_statuses.GetValueOrDefault((repo, Value(http, "ref"))) ?? [], Value(http, "ref"))));
        app.MapGet(Repo + "/commits/{ref}", http => Answer(http, (repo, root) => _commits.TryGetValue((repo, Value(http, "ref")), out var commit) ? GitHubJson.Commit(root, repo, commit, withFiles: true) : null));
        app.MapGet(Repo + "/releases/tags/{*tag}", http => Answer(http, (repo, root) => _releases.TryGetValue((repo, Value(http, "tag")), out var release) ? GitHubJson.Release(root, release) : null));
        app.MapGet(Repo + "/compare/{*basehead}", http => Answer(http, (repo, root) => _compares.TryGetValue((repo, Value(http, "basehead")), out var compare) ? GitHubJson.Compare(root, compare) : null));
    }

    private FakePullRequest? Pull(string repository, HttpContext http) =>
        _pulls.GetValueOrDefault((repository, int.Parse(Value(http, "number"), System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>401 for a wrong token, 404 for a private repository without one or for what does not exist, else the JSON.</summary>
    private async Task Answer(HttpContext http, Func<string, Uri, JsonNode?> find)
    {
        var repository = $"{Value(http, "owner")}/{Value(http, "repo")}";
        var authorization = http.Request.Headers.Authorization.ToString();
        var authorized = authorization.Length > 0 && authorization.EndsWith(" " + Token, StringComparison.Ordinal);
        if (authorization.Length > 0 && !authorized)
        {
            await Write(http, 401, GitHubJson.Error("Bad credentials", "https://docs.github.com/rest"));
            return;
        }

        var visible = authorized || !_private.ContainsKey(repository);
        if ((visible ? find(repository, _host.Root) : null) is not { } body)
        {
            await Write(http, 404, GitHubJson.Error("Not Found", "https://docs.github.com/rest"));
            return;
        }

        http.Response.Headers["X-RateLimit-Limit"] = authorized ? "5000" : "60";
        http.Response.Headers["X-RateLimit-Remaining"] = "59";
        await Write(http, 200, body);
    }

    private static string Value(HttpContext http, string name) => Uri.UnescapeDataString(http.Request.RouteValues[name]?.ToString() ?? string.Empty);

    private static Task Write(HttpContext http, int status, JsonNode body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        return http.Response.WriteAsync(body.ToJsonString(), http.RequestAborted);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
