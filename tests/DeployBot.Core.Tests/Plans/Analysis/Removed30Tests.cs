using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// In "A has been renamed to B", "A merged into B", "A --> B", "use B instead", "B should be used instead", B is what
/// replaces A and stays (FRESH26 sweep #3, terraform-aws-iam 6.0: listing B as removed told the operator to delete the
/// module blocks that hold the IAM roles, a destroy). A bug fix is never a deletion put off (#6). The notes here are this
/// file's own; each positive failed before session 30.
/// </summary>
public sealed class Removed30Tests
{
    /// <summary>The new name shares the start of the old hyphenated one ("`db-cluster`" inside "`db-cluster-legacy`").</summary>
    [Theory]
    [InlineData("- `vpc-endpoints-legacy` has been renamed to `vpc-endpoints`", "vpc-endpoints-legacy,vpc-endpoints", "vpc-endpoints")]
    [InlineData("- `sg-rules-with-cidr` has been merged into `sg-rules`", "sg-rules-with-cidr,sg-rules", "sg-rules")]
    [InlineData("- `bucket-notification` has been removed; `bucket-events` or [`event-bridge`](https://example.org/x) should be used instead", "bucket-notification,bucket-events,event-bridge", "bucket-events")]
    [InlineData("  - `iteritems` --> `items` and `unicode` --> `str`", "iteritems,items,unicode,str", "items")]
    [InlineData("- Removed `KeyKind.Legacy`; use `KeyKind.Rsa` and `KeyKind.Ec` instead", "KeyKind.Legacy,KeyKind.Rsa,KeyKind.Ec", "KeyKind.Ec")]
    [InlineData("- Renamed the `auth-ldapv2` module as `auth-ldap`", "auth-ldapv2,auth-ldap", "auth-ldap")]
    public void TheReplacement_IsNeverRemoved(string item, string names, string replacement)
    {
        var removed = ReleaseAnalyzer.RemovedNames(item, names.Split(','));

        Assert.DoesNotContain(replacement, removed, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Counterexample: a module removed outright is still listed as removed.</summary>
    [Theory]
    [InlineData("- `bucket-notification` has been removed; `bucket-events` should be used instead", "bucket-notification,bucket-events", "bucket-notification")]
    [InlineData("- `vpc-endpoints-legacy` has been removed", "vpc-endpoints-legacy", "vpc-endpoints-legacy")]
    public void TheOldName_IsStillRemoved(string item, string names, string old)
    {
        Assert.Contains(old, ReleaseAnalyzer.RemovedNames(item, names.Split(',')), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>"(Bugfix) Disable X when Y": what a fix disables "when" something holds is behaviour, not a deletion to schedule.</summary>
    [Theory]
    [InlineData("- (Bugfix) Disable shard rebalancing when a follower is not in sync")]
    [InlineData("* [BUGFIX] Remove stale locks once the leader steps down")]
    [InlineData("- Bugfix: drop cached tokens when the signing key rotates")]
    public void ABugFix_IsNoLaterDeletion(string item)
    {
        Assert.Empty(ReleaseAnalyzer.LaterDeletions(item));
    }

    /// <summary>Counterexample: a deletion the notes put off is still one.</summary>
    [Fact]
    public void ADeletionPutOff_IsStillOne()
    {
        Assert.NotEmpty(ReleaseAnalyzer.LaterDeletions("- Reads move to `orders_v3`; drop orders_v2 after 48h"));
    }
}
