using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// An image rollout with a point of no return the notes state (<see cref="StatedNoWayBack"/>): "no rollback to the 3.9
/// image once v4 models are live". The new artifacts are published beside the old ones before the new image needs them,
/// the old ones kept as the old image's only way back, and a go/no-go comes before the point the notes name; the
/// rollback says what is left after it. Added before <see cref="ImagePlaybook"/>, so its go/no-go precedes the canary.
/// </summary>
internal sealed class NoWayBackPlaybook : IPlaybook
{
    public ChangeKind Kind => ChangeKind.Image;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        if (facts.NoWayBack is not { } stated)
        {
            yield break;
        }

        if (stated is { OldArtifacts: { } old, NewArtifacts: { } next })
        {
            yield return Manual(Phase.Prepare, $"Publish the new version's artifacts to `{next}`, beside `{old}`, before the new image needs them, and check that the new image loads them {(Rehearsal.IsRehearsal(facts) ? $"in {facts.Env}" : "in staging")}; do not overwrite or delete `{old}`: the old image can load only those, and they are its way back", null, 10);
        }

        if (stated.OnData)
        {
            // What closes the way back is the new version changing the database: the go/no-go comes after the snapshot and
            // before the first step that migrates or starts the new version against it.
            yield return Manual(Phase.Snapshot, $"Go/no-go before {stated.When} changes the database (the point of no return the notes name): the rollback owner confirms that the checks above passed and the snapshot id is in the thread, and accepts that after it {stated.Previous} cannot use the database, so the only way back is restoring that snapshot, losing writes made since; if anyone is unsure, stop here, where the way back is still open", null, 5);
            yield break;
        }

        var kept = stated.OldArtifacts is { } artifacts ? $", `{artifacts}` is kept as it is" : string.Empty;
        yield return Manual(Phase.Rollout, $"Go/no-go before {stated.When} (the point of no return the notes name): the rollback owner confirms that the checks above passed{kept} and the new image is ready, and accepts that from here there is no rollback to {stated.Previous}; if anyone is unsure, stop here, where the way back is still open", null, 5);
    }

    public IEnumerable<string> Checks(PlanFacts facts)
    {
        if (facts.NoWayBack is { OnData: true } onData)
        {
            yield return $"Point of no return (from the notes): {onData.Previous} cannot use the database once {onData.When} has changed it; a restore of the snapshot taken right before was tested recently, and the rollback owner knows the go/no-go before it (Deployment Steps).";
        }
        else if (facts.NoWayBack is { } stated)
        {
            yield return $"Point of no return (from the notes): no rollback to {stated.Previous} once {stated.When}; the rollback owner knows the go/no-go before it (Deployment Steps) and the way back after it (Rollback Readiness).";
        }
    }

    public IEnumerable<string> Rollback(PlanFacts facts)
    {
        if (facts.NoWayBack is not { } stated)
        {
            yield break;
        }

        if (stated.OnData)
        {
            yield return $"Point of no return (from the notes): {stated.Previous} cannot use the database once {stated.When} has changed it. Until then, the way back is redeploying the previous image tag. After it, redeploying the previous version alone does not work and there is no down-migration to rely on: the way back is restoring the snapshot taken right before (its id is in the thread) and then redeploying the previous image tag, losing every write made since, otherwise only forward, fixing on the new version.";
            yield break;
        }

        var before = stated.OldArtifacts is { } old ? $"redeploying the previous image tag, which still reads `{old}`" : "redeploying the previous image tag";
        var after = stated.OldArtifacts is { } kept
            ? $"{stated.Previous} cannot load what the new version uses, so redeploying it alone does not work: the way back is the old image serving the artifacts kept in `{kept}` again (only while they are kept and nothing the service needs exists only in the new ones), otherwise only forward, fixing on the new image"
            : $"{stated.Previous} cannot be redeployed as it was: the way back is only forward, fixing on the new version";
        yield return $"Point of no return (from the notes): no rollback to {stated.Previous} once {stated.When}. Until then, the way back is {before}. After it, {after}.";
    }
}
