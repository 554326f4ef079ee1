namespace DeployBot.Testing.Sources;

/// <summary>A changed file as a fake API lists it: <paramref name="Status"/> is GitHub's (added, modified, removed, renamed).</summary>
public sealed record FakeFile(string Path, string Status = "modified", string? Patch = null, string? PreviousPath = null);

/// <summary>A commit: its full SHA and message (first line is the title).</summary>
public sealed record FakeCommit(string Sha, string Message, IReadOnlyList<FakeFile>? Files = null);

/// <summary>A GitHub pull request in <paramref name="Repository"/> (<c>owner/name</c>).</summary>
public sealed record FakePullRequest(
    string Repository, int Number, string Title, string Body, string HeadSha, IReadOnlyList<FakeFile> Files, IReadOnlyList<FakeCommit> Commits);

/// <summary>A check run: <paramref name="Status"/> queued/in_progress/completed; <paramref name="Conclusion"/> success, failure, … when completed.</summary>
public sealed record FakeCheckRun(string Name, string Status = "completed", string? Conclusion = "success");

/// <summary>A commit status: <paramref name="State"/> success, failure, error or pending.</summary>
public sealed record FakeStatus(string Context, string State);

/// <summary>A release (GitHub) or a tagged release (GitLab) pointing at <paramref name="Sha"/>.</summary>
public sealed record FakeRelease(string Repository, string Tag, string Name, string Body, string Sha);

/// <summary>A compare view between two refs.</summary>
public sealed record FakeCompare(string Repository, string Base, string Head, IReadOnlyList<FakeCommit> Commits, IReadOnlyList<FakeFile> Files);
