namespace DeployBot.Core.Releases;

/// <summary>
/// What a link in NOTES said about the release once read (DESIGN.md "Understanding the release"): its title and text
/// (PR body, release body, commit messages), the files it changes and the CI state of its head commit.
/// </summary>
/// <param name="Link">The link as the requester wrote it.</param>
/// <param name="Title">The title it resolved to ("Add invoice due dates (#42)", "v2.4.0").</param>
/// <param name="Text">The release's own words: title, body and commit messages, analysed like typed NOTES.</param>
/// <param name="Files">The changed files (empty for a release or raw file that lists none).</param>
/// <param name="Commit">The head commit the plan is for, when known.</param>
/// <param name="Ci">The CI state of that commit, when the source reports one.</param>
public sealed record ResolvedRelease(
    string Link,
    string Title,
    string Text,
    IReadOnlyList<ChangedFile> Files,
    string? Commit,
    CiSummary? Ci)
{
    /// <summary>Names of environment variables and secrets that the changed manifests introduce.</summary>
    public IReadOnlyList<string> NewSecrets { get; init; } = [];
}

/// <summary>A changed file: its path and <c>added</c>, <c>modified</c>, <c>removed</c> or <c>renamed</c>.</summary>
public sealed record ChangedFile(string Path, string Status, string? PreviousPath = null);

/// <summary>The CI state of a commit: every check run and commit status, and those that did not pass.</summary>
public sealed record CiSummary(int Total, int Passed, IReadOnlyList<CiCheck> NotPassed)
{
    public bool AllGreen => Total > 0 && NotPassed.Count == 0;
}

/// <summary>One check that did not pass: its name and <c>failing</c> or <c>pending</c>.</summary>
public sealed record CiCheck(string Name, string State);
