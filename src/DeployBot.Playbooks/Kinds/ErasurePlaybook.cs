using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// A personal-data erasure job (<see cref="ErasureJob"/>): the data protection officer's approved list of requests, a
/// dry run that counts per request, then the job in batches that resume from the last finished request, each request
/// logged for the officer's record. It cannot be reversed, and must not be: its snapshot repairs a wrong erasure only.
/// </summary>
internal sealed class ErasurePlaybook : IPlaybook
{
    private const int DefaultMinutes = 30;

    public ChangeKind Kind => ChangeKind.Erasure;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        var job = facts.Erasure!;
        var minutes = facts.Names.StatedMinutes ?? DefaultMinutes;
        var source = BackfillPlaybook.Untimed(facts) ?? "the duration the notes give";
        // The step names what the job deletes in the notes' words: that is the destructive item it carries out.
        var what = facts.Destructive.Where(ErasureJob.Covers).Select(ErasureJob.Deleting).OfType<string>().FirstOrDefault() is { } deletes
            ? $"; it does what the notes say (\"{Short(deletes)}\") and nothing else"
            : string.Empty;
        yield return Automated(Phase.AfterRollout,
            $"Run {job.Called}{job.Scope}, the data protection officer's approved list only{what}: in small batches with a rate limit, resuming from the last finished request, logging each finished request id for the officer's record, and stopping at the first count that differs from the dry run, while watching replica lag and database load ({source})",
            null, minutes);
    }

    public IEnumerable<string> Checks(PlanFacts facts)
    {
        var job = facts.Erasure!;
        var kept = job.Kept is { } what ? $" ({what}, as the notes say)" : " (for example orders kept for tax)";
        yield return $"Erasure: the data protection officer approved the exact list of requests in this run{(job.Batch is { } batch ? $" (batch {batch})" : string.Empty)}, and a dry run of {job.Called} counted the records each request erases or anonymises; records the law says to keep are excluded{kept}.";
        var stated = facts.Names.StatedMinutes is { } minutes ? $" (about {minutes} minutes)" : string.Empty;
        yield return Rehearsal.IsRehearsal(facts)
            ? $"{Capitalized(job.Called)}: {Rehearsal.ThisRun(facts)}: {facts.Env} holds no real personal data (only test or masked records), and the run is timed{stated} and its time recorded in the thread as the production estimate; it runs in batches, resumes from the last finished request, and has a throttle."
            : $"{Capitalized(job.Called)} was run on a staging copy that holds no real personal data and timed{stated}; it runs in batches, resumes from the last finished request, and has a throttle.";
    }

    public IEnumerable<string> Verification(PlanFacts facts)
    {
        var job = facts.Erasure!;
        var kept = job.Kept is { } what ? $", and what is kept on purpose ({what}) is still there without personal fields" : string.Empty;
        yield return $"Erasure: {job.Called}'s log lists every request of the run as done, with counts that match the dry run; for a sample of requests, looking the person up by user id and email finds nothing left{kept}; replica lag stayed under 30 seconds.";
    }

    public IEnumerable<string> Rollback(PlanFacts facts)
    {
        var job = facts.Erasure!;
        yield return "Personal-data erasure cannot be reversed, and must not be: restoring the snapshot taken before it brings the erased personal data back, so restore it only to repair records the job damaged by mistake, with the data protection officer's approval, then run the erasure again for every request it covered; the snapshot expires under the backup retention policy like the others.";
        yield return $"Stop, not undo: at the first error or a count that differs from the dry run, stop {job.Called}; it resumes from the last finished request once the cause is fixed, and the requests not yet done stay on the officer's list with their legal deadline.";
    }

    /// <summary>What the erasure leaves for after tonight: the copies of the erased data that backups still hold.</summary>
    public static IEnumerable<string> FollowUps(PlanFacts facts)
    {
        if (facts.Erasure is not null)
        {
            yield return "Follow-up (the data protection officer): record the completed requests; backups and snapshots taken before the run still hold the erased data until they expire under the retention policy, so note that date, and re-apply the erasure if one of them is ever restored.";
        }
    }

    private static string Short(string text) => text.Length <= 140 ? text : text[..137] + "...";

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
