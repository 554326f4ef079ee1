using DeployBot.Testing.Plans;

namespace DeployBot.Playbooks.Tests.Kinds;

/// <summary>
/// A hashing change applied at sign-in is one-way per user: the plan checks that a rollback still verifies the new hashes
/// and says so in the rollback, instead of a contract step and a snapshot for data nobody rewrites in bulk.
/// </summary>
public sealed class PasswordRehashTests
{
    private const string Notes = "passwords: bcrypt -> argon2id, rehashed on next successful login (no bulk rewrite). PASSWORD_HASHER=argon2id, ARGON2_MEMORY_KIB=65536";

    [Fact]
    public void CreatePlan_RehashOnLogin_ChecksThatARollbackStillVerifiesTheNewHashes()
    {
        var plan = OfflinePlans.ValidProduction(Notes);

        Assert.Contains(plan.PreDeploymentChecks, line => line.StartsWith("Password hashing: the previous version (or the old hashing setting put back) still verifies argon2id hashes", StringComparison.Ordinal));
        Assert.Contains(plan.Rollback, line => line.Contains("rehashed from bcrypt to argon2id", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Steps, step => step.Action.StartsWith("Contract step", StringComparison.Ordinal) || step.Action.Contains("snapshot", StringComparison.Ordinal));
    }
}
