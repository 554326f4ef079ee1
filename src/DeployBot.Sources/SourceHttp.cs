namespace DeployBot.Sources;

/// <summary>The one named HttpClient every link is read through (GitHub via Octokit, GitLab, raw files).</summary>
internal static class SourceHttp
{
    public const string ClientName = "deploybot-sources";
}
