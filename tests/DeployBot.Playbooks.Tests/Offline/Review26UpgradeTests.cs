using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// What the 26th session's reading of the FRESH22 plans found about upgrades: a product's own data upgrade (RT 4.0.9) was
/// planned as a settings-only restart with no snapshot, a change that breaks every user unless their code changes (paho
/// 2.0.0) had no step, and a product's own database upgrade (RT 5.0) got a contract-phase follow-up for tables nobody here
/// owns. The notes here are this file's own.
/// </summary>
public sealed class Review26UpgradeTests
{
    /// <summary>
    /// A "Data upgrades" section, an upgrade step that deletes rows, or "now stores X instead of NULL" is a data migration: a
    /// snapshot, then the project's database upgrade, a new version deployed (never "no new image"), and a one-way rollback.
    /// </summary>
    [Theory]
    [InlineData("=head1 UPGRADING FROM 7.1.2 AND EARLIER\n\n=head2 Data upgrades\n\nThe 7.1.3 upgrade step deletes orphaned attachment rows that no ticket refers to any more.\n\n=head2 Configuration\n\nIf you set a custom @StyleSheets in SiteConfig.pm, add the new print.css file to it.\n")]
    [InlineData("## 3.4.0\n\n### Database\n\nTags without a name were stored in tags.label as NULL. The app now stores an empty string instead of NULL for them.\n\n### Settings\n\n- Set `TAG_CACHE_TTL` to 300 in production.\n")]
    public void DataUpgrade_IsSnapshottedAndDeployed_NeverARestartOnly(string notes)
    {
        var plan = Plan(notes);
        var steps = Actions(plan);
        var snapshot = steps.FindIndex(action => Has(action, "snapshot right before the first data change"));
        var upgrade = steps.FindIndex(action => Has(action, "database upgrade step that ships with"));

        Assert.True(snapshot >= 0, Dump(plan));
        Assert.True(upgrade > snapshot, Dump(plan));
        Assert.DoesNotContain(steps, action => Has(action, "no new image"));
        Assert.Contains(steps, action => Has(action, "Start the rollout"));
        Assert.Contains(plan.Rollback, line => Has(line, "data upgrade") && Has(line, "cannot be undone") && Has(line, "restoring the snapshot"));
        Assert.Contains(plan.PreDeploymentChecks, line => Has(line, "Data upgrade") && Has(line, "data owner approves"));
    }

    /// <summary>The operator's own optional clean-up, or an upgrade that keeps the data, is no data upgrade.</summary>
    [Theory]
    [InlineData("## 3.4.1\n\n- You can delete old exports during the upgrade window if you want the disk space back.\n- Set `EXPORT_TTL_DAYS` to 30 in production.\n")]
    [InlineData("## 3.4.2\n\n- The upgrade does not delete or rewrite any stored rows.\n- Faster search results.\n")]
    public void NoStoredDataChanged_AddsNoDataUpgradeStep(string notes)
    {
        var plan = Plan(notes);
        var text = Dump(plan);

        Assert.False(Has(text, "database upgrade step that ships with"), text);
        Assert.DoesNotContain(plan.Rollback, line => Has(line, "The data upgrade"));
    }

    /// <summary>
    /// "This breaks every user … tl;dr pass X": the quoted edit is confirmed in the build before anything rolls out.
    /// </summary>
    [Theory]
    [InlineData("## 3.0.0\n\n- **BREAKING** The `Session` constructor takes a protocol version. This breaks *every* existing caller of `Session()`.\n  tl;dr pass `ProtocolVersion.V1` as the first argument of `Session()`\n- Drop support for Python 3.7.\n", "pass ProtocolVersion.V1 as the first argument of Session()")]
    [InlineData("## 4.0.0\n\n- Tokens are signed with a new default algorithm. Your sessions will break unless you set `signing_algorithm = \"HS256\"` in the client config.\n", "set signing_algorithm = 'HS256' in the client config")]
    public void ChangeThatBreaksEveryUser_ShipsTheQuotedFixBeforeTheRollout(string notes, string fix)
    {
        var plan = Plan(notes);
        var steps = Actions(plan);
        var required = steps.FindIndex(action => Has(action, "code change the notes require") && Has(action, fix));
        var rollout = steps.FindIndex(action => Has(action, "Start the rollout") || Has(action, "Once the new version runs"));

        Assert.True(required >= 0, Dump(plan));
        Assert.True(rollout < 0 || rollout > required, Dump(plan));
        Assert.Contains(plan.PreDeploymentChecks, line => Has(line, "Required code change") && Has(line, fix));
    }

    /// <summary>A breaking removal with no "breaks every user … add X" gets no required-code step.</summary>
    [Fact]
    public void BreakingRemovalWithoutAFix_GetsNoRequiredCodeStep()
    {
        var plan = Plan("## 3.0.0\n\n- **BREAKING** Removed `Session.reset()`; it did nothing since 2.4.\n- This does not break existing callers of `Session()`.\n");

        Assert.DoesNotContain(Actions(plan), action => Has(action, "code change the notes require"));
    }

    /// <summary>
    /// A product's own database upgrade (its command in the notes) leaves the team no contract-phase migration to schedule;
    /// the team's own expand migration still gets that follow-up.
    /// </summary>
    [Fact]
    public void ProductsOwnDatabaseUpgrade_GetsNoContractPhaseFollowUp()
    {
        var own = Plan("## Upgrading to 6.0\n\nThis release adds two new tables to the schema. Install the new code, then run `make upgrade-database` before starting it.\n");
        var team = Plan("## 2.1.0\n\n- Add nullable column `orders.note` (migration 0042_add_order_note).\n");

        Assert.DoesNotContain(own.NextActions, line => Has(line, "contract-phase migration"));
        Assert.Contains(team.NextActions, line => Has(line, "contract-phase migration"));
    }
}
