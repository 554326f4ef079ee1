using DeployBot.Sources.Options;
using Microsoft.Extensions.Options;
using Octokit;
using Octokit.Internal;

namespace DeployBot.Sources.GitHub;

/// <summary>
/// Octokit clients over DeployBot's own HTTP pipeline (<see cref="SourceHttp.ClientName"/>: the guard, the Polly
/// pipeline, the checked connect step). The configured API base is used as given: Octokit's
/// <c>GitHubClient(ProductHeaderValue, Uri)</c> would append <c>api/v3/</c> to any host but github.com's.
/// </summary>
internal sealed class GitHubClients(IHttpMessageHandlerFactory handlers, IOptions<SourcesOptions> options)
{
    public static readonly ProductHeaderValue Product = new("DeployBot", typeof(GitHubClients).Assembly.GetName().Version?.ToString(3) ?? "1.0.0");

    /// <summary>A client and the adapter that owns its HttpClient; dispose the adapter when done.</summary>
    public (GitHubClient Client, IDisposable Lifetime) Create()
    {
        var settings = options.Value.GitHub;
        var credentials = settings.Secret is { } token ? new Credentials(token) : Credentials.Anonymous;
        var adapter = new HttpClientAdapter(() => handlers.CreateHandler(SourceHttp.ClientName));
        var connection = new Connection(Product, settings.ApiBase, new InMemoryCredentialStore(credentials), adapter, new SimpleJsonSerializer());
        return (new GitHubClient(connection), adapter);
    }
}
