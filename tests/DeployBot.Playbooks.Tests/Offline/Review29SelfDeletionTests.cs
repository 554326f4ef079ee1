using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// Review 29 (FRESH26 sweep, Squidex 7.9.0): "New collaboration feature based on yjs. This removes all existing comments
/// and notifications." was planned as a contract step run by hand after the rollout, with its snapshot taken after the
/// rollout too — by then the new version had already wiped them. The release deletes what exists as it starts: the
/// snapshot comes before the rollout. Notes of the same form in other projects' words.
/// </summary>
public sealed class Review29SelfDeletionTests
{
    private static int Rollout(List<string> steps) =>
        steps.FindIndex(action => action.StartsWith("Start the rollout", StringComparison.Ordinal) || action.StartsWith("Roll out", StringComparison.Ordinal));

    [Theory]
    [InlineData("## 5.2.0\n\n### Changed\n\n- **Editor**: New review workflow based on threads. This removes all existing annotations and reminders.\n- **UI**: Improved search dialog.\n")]
    public void TheReleaseWipingWhatExists_IsSnapshottedBeforeTheRollout_NotAContractStepAfterIt(string notes)
    {
        var plan = Plan(notes);
        var steps = Actions(plan);

        var snapshot = steps.FindIndex(action => Has(action, "snapshot") && (Has(action, "take a") || Has(action, "take the")));
        Assert.True(snapshot >= 0 && snapshot < Rollout(steps), Dump(plan));
        Assert.DoesNotContain(steps, action => action.StartsWith("Contract step", StringComparison.Ordinal));
        Assert.Contains(steps, action => Has(action, "the new version itself deletes"));
    }

    /// <summary>An operator told to remove what exists by hand still gets a contract step after the rollout (counterexample).</summary>
    [Fact]
    public void AnOperatorRemovingTheOldTable_IsStillAContractStep()
    {
        var plan = Plan("Drop the legacy audit_v1.payload_md5 column and remove the deprecated /v1/audit endpoint");

        Assert.Contains(Actions(plan), action => action.StartsWith("Contract step", StringComparison.Ordinal) && Has(action, "audit_v1.payload_md5"));
    }
}
