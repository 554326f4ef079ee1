using DeployBot.Core.Releases;
using DeployBot.Sources.Links;
using DeployBot.Sources.Reading;
using Octokit;

namespace DeployBot.Sources.GitHub;

/// <summary>
/// The CI state of a commit on GitHub: its check runs (GitHub Actions and apps) and its combined commit statuses
/// (older CI services) together. Where the token may not see one of them, that part is left out rather than failing
/// the read; a rate limit still fails it.
/// </summary>
internal static class GitHubCi
{
    private static readonly string[] PassingConclusions = ["success", "neutral", "skipped"];

    public static async Task<CiSummary?> ReadAsync(GitHubClient client, ForgeLink link, string sha)
    {
        var tally = new CiTally();
        var checks = Optional(client.Check.Run.GetAllForReference(link.Owner, link.Name, sha));
        var statuses = Optional(client.Repository.Status.GetCombined(link.Owner, link.Name, sha));
        await Task.WhenAll(checks, statuses);
        foreach (var run in (await checks)?.CheckRuns ?? [])
        {
            Count(tally, run);
        }

        foreach (var status in (await statuses)?.Statuses ?? [])
        {
            Count(tally, status);
        }

        return tally.Summary();
    }

    /// <summary>The commit a tag points at, or null when GitHub does not know it.</summary>
    public static async Task<string?> ShaOfAsync(GitHubClient client, ForgeLink link, string reference) =>
        (await Optional(client.Repository.Commit.Get(link.Owner, link.Name, reference)))?.Sha;

    private static void Count(CiTally tally, CheckRun run)
    {
        var name = run.Name ?? "check";
        if (run.Status.StringValue != "completed")
        {
            tally.NotPassed(name, CiTally.Pending);
        }
        else if (PassingConclusions.Contains(run.Conclusion?.StringValue))
        {
            tally.Passed();
        }
        else
        {
            tally.NotPassed(name, CiTally.Failing);
        }
    }

    private static void Count(CiTally tally, CommitStatus status)
    {
        var name = status.Context ?? "status";
        switch (status.State.StringValue)
        {
            case "success":
                tally.Passed();
                break;
            case "pending":
                tally.NotPassed(name, CiTally.Pending);
                break;
            default:
                tally.NotPassed(name, CiTally.Failing);
                break;
        }
    }

    private static async Task<T?> Optional<T>(Task<T> read)
        where T : class
    {
        try
        {
            return await read;
        }
        catch (ApiException exception) when (exception is NotFoundException || (exception is ForbiddenException && !GitHubFailures.IsRateLimited(exception)))
        {
            return null;
        }
    }
}
