using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The names Core reads as removed, which the planner's contract steps and the validator's destructive rule both use, are
/// things an operator can look for: never grammar ("been"), a bare kind ("variable", "database") or a ticket number, and
/// nothing at all for a sentence that denies a drop or says the new version now deletes more.
/// </summary>
public sealed class RemovedNameShapeTests
{
    [Theory]
    [InlineData("The `istio` and `istio_auth` variables have been removed.", "istio,istio_auth")]
    [InlineData("The `kalm_config` variable has been removed.", "kalm_config")]
    [InlineData("The `proxy_enabled` output has also been removed from these modules.", "proxy_enabled")]
    [InlineData("Remove unsupported method `Invoice.pay_now`.", "Invoice.pay_now")]
    [InlineData("Removed the columns `a_old` and `b_old` from the report builder.", "a_old,b_old")]
    public void ABareKindBesideANameInCodeFont_GivesTheName(string item, string expected)
    {
        var names = expected.Split(',');

        var removed = ReleaseAnalyzer.RemovedNames(item, names);

        Assert.Equal(names.Order(StringComparer.Ordinal), removed.Order(StringComparer.Ordinal));
    }

    /// <summary>A Terraform provider's "`resource/x`: Removed `y` attribute" removes x's y, not every "y" of the configuration.</summary>
    [Theory]
    [InlineData("`resource/acme_dns_record`: Removed `ttl_override` attribute ([#42](https://github.com/acme/terraform-provider-acme/issues/42))", "ttl_override", "acme_dns_record.ttl_override")]
    [InlineData("**data-source/acme_zone**: removed the deprecated `legacy` argument", "legacy", "acme_zone.legacy")]
    [InlineData("Removed the `ttl_override` attribute from every record type.", "ttl_override", "ttl_override")]
    public void AProviderResourcesAttribute_IsNamedWithItsResource(string item, string name, string expected)
    {
        var removed = ReleaseAnalyzer.RemovedNames(item, [name]);

        Assert.Equal([expected], removed);
    }

    [Theory]
    [InlineData("Now databases will be dropped in any case.")]
    [InlineData("Don't drop functions in the upgrade migration.")]
    [InlineData("The operator no longer drops `pg_stat_statements` on upgrade.")]
    public void ADeniedDropOrABehaviourChange_RemovesNothing(string item)
    {
        var removed = ReleaseAnalyzer.RemovedNames(item, ["pg_stat_statements"]);

        Assert.Empty(removed);
    }

    [Theory]
    [InlineData("Removed ancient Gopher compatibility class.", "ancient")]
    [InlineData("Removed some deprecated argument from the client.", "some")]
    [InlineData("Existing metrics have been removed.", "metrics")]
    public void GrammarOrAKindWithNoName_IsNeverARemovedName(string item, string junk)
    {
        var removed = ReleaseAnalyzer.RemovedNames(item, []);

        Assert.DoesNotContain(removed, name => name.Equals(junk, StringComparison.OrdinalIgnoreCase) || name.Equals("been", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>An item whose every removal word is denied is no destructive item of the release at all; a clause of time is no denial.</summary>
    [Theory]
    [InlineData("The install migration no longer drops the audit functions.", false)]
    [InlineData("Uploads are not deleted when a project is archived.", false)]
    [InlineData("Rebuild the search index after dropping the legacy_terms table.", true)]
    [InlineData("Drop the legacy_terms table; the archive no longer deletes uploads.", true)]
    public void ADeniedRemoval_IsNoDestructiveItem(string item, bool destructive)
    {
        var analysis = ReleaseAnalyzer.Analyze($"## 3.0.0\n\n- {item}\n");

        Assert.Equal(destructive, analysis.Destructive.Any());
    }

    [Fact]
    public void ATicketReference_IsNoPartOfTheName()
    {
        var removed = ReleaseAnalyzer.RemovedNames("Remove kubernetes deploy annotation prefix #738 (thanks @someone)", []);

        Assert.DoesNotContain(removed, name => name.Contains('#', StringComparison.Ordinal));
    }

    [Fact]
    public void AnIdentifierStillGoes()
    {
        var removed = ReleaseAnalyzer.RemovedNames("Drop the legacy sessions_v1 table", ["sessions_v1"]);

        Assert.Contains("sessions_v1", removed);
    }
}
