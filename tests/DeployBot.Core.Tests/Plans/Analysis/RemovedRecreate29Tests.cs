using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// "Drop the X database and recreate it" is one recreate step of a procedure, not a removed item (Icinga DB RC2 of FRESH24:
/// the plan dropped "Icinga" in a contract step after the rollout). The notes here are this file's own; each positive
/// returned the cut word, or was no recreate, before session 29.
/// </summary>
public sealed class RemovedRecreate29Tests
{
    [Theory]
    [InlineData("7. Drop the Acme Store MySQL database and recreate it using the provided schema.", "Acme")]
    [InlineData("A lot has changed in the cache and database layout, which is why they have to be deleted and recreated.", "cache")]
    public void ADropThatRecreates_RemovesNoName(string item, string name)
    {
        Assert.Empty(ReleaseAnalyzer.RemovedNames(item, [name]));
        Assert.True(RemovedShape.Recreates(item));
    }

    /// <summary>Counterexamples: a real removed table is still removed, also beside a recreate of something else.</summary>
    [Theory]
    [InlineData("- Drop the `legacy_sessions` table.", "legacy_sessions")]
    [InlineData("- Drop the `audit_old` table and recreate the index on `audit`.", "audit_old")]
    public void ARealRemoval_IsStillRemoved(string item, string name)
    {
        Assert.Contains(name, ReleaseAnalyzer.RemovedNames(item, [name]));
        Assert.False(RemovedShape.Recreates(item));
    }
}
