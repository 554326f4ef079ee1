using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// A code change the notes say every user needs (<see cref="RequiredCodeChange"/>): it is confirmed in the build before
/// anything is rolled out, with the notes' own fix quoted, and checked before starting.
/// </summary>
internal static class RequiredCodeSteps
{
    public static IEnumerable<TimedStep> Steps(PlanFacts facts) =>
        RequiredCodeChange.Read(facts.Notes).Select(change => Manual(Phase.Prepare,
            $"Before the rollout, confirm that the code change the notes require of every user is in the release build: \"{NotesQuote.Words(change.Fix, 160)}\" (the notes: \"{NotesQuote.Words(change.Breaks, 140)}\"); search the code for every call site it applies to, and stop here if one is missing: the new version fails without it",
            null, 10));

    public static string? Check(PlanFacts facts) => RequiredCodeChange.Read(facts.Notes) is { Count: > 0 } changes
        ? $"Required code change: the release commit already contains {Wording.List([.. changes.Select(change => $"\"{NotesQuote.Words(change.Fix, 120)}\"")])} for every call site, and CI is green with it; it ships in the same build, before the rollout, never after it."
        : null;
}
