using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// Removals as release managers type them: a list after one verb ("drops the X extension + Y col"), a stream deleted in
/// another item than the one that names it, a verb typed in a hurry, a connection or DAG gone with a platform upgrade,
/// a Helm value removed. Each must reach the plan as a removal of the right names. Made-up notes in the typed notes' shapes.
/// </summary>
public sealed class RemovalFormsTests
{
    [Theory]
    [InlineData("pg 13 -> 16 on orders-db (pg_upgrade --link, ~20 min read-only). also drops the unused hstore extension + orders.attrs_hstore col", "hstore", "orders.attrs_hstore")]
    [InlineData("pg 15 -> 17 on crm-db. also drops the citext extension and accounts.email_ci col", "citext", "accounts.email_ci")]
    public void Analyze_DropOfAListWithNouns_DropsEveryObjectAsASchemaChange(string notes, string first, string second)
    {
        var item = Assert.Single(ReleaseAnalyzer.Analyze(notes).Items);

        Assert.True(item.Destructive);
        Assert.Contains(RiskArea.Schema, item.Risks);
        Assert.Contains(RiskArea.Breaking, item.Risks);
        Assert.Equal([first, second], ReleaseAnalyzer.RemovedNames(item.Text, [.. ReleaseAnalyzer.ObjectNames(item.Text)]));
    }

    [Theory]
    [InlineData("new topic order-events.v2 (12 partitions); producers write v2 only from now, order-events (v1) deleted once consumers drain it")]
    [InlineData("- new queue billing-jobs.v3 for the scheduler\n- workers read v3 from now on; billing-jobs (v2) gets purged once empty")]
    public void Analyze_StreamNamedElsewhereDeleted_IsDestructive(string notes)
    {
        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.Single(analysis.Destructive);
        Assert.True(analysis.Has(RiskArea.Breaking));
    }

    [Fact]
    public void Analyze_StreamNamedElsewhereStillRead_IsNotDestructive()
    {
        var analysis = ReleaseAnalyzer.Analyze("new topic audit-log.v2 (6 partitions); consumers of audit-log keep reading v1 until next month");

        Assert.Empty(analysis.Destructive);
        Assert.True(analysis.Has(RiskArea.Infra));
    }

    [Theory]
    [InlineData("ad colum users.timezone (nullable, defualt UTC) + show in profle page, remvoe users.tz_offset")]
    [InlineData("add column invoices.paid_at, droped colunm invoices.legacy_paid")]
    [InlineData("new column orders.region, delted column orders.zone_code")]
    public void Analyze_RemovalVerbWithATypo_IsADestructiveSchemaChange(string notes)
    {
        var item = Assert.Single(ReleaseAnalyzer.Analyze(notes).Items);

        Assert.True(item.Destructive);
        Assert.Contains(RiskArea.Schema, item.Risks);
    }

    [Theory]
    [InlineData("remote users sync now retries on timeouts")]
    [InlineData("remoter cache warmed for orders.status lookups")]
    public void Analyze_WordCloseToARemovalVerb_IsNotARemoval(string notes)
    {
        Assert.Empty(ReleaseAnalyzer.Analyze(notes).Destructive);
    }

    [Theory]
    [InlineData("remvoe", "remove")]
    [InlineData("droped", "dropped")]
    [InlineData("colunm", "column")]
    [InlineData("renmaed", "renamed")]
    [InlineData("remote", "remote")]
    [InlineData("reamed", "reamed")]
    [InlineData("defualt", "defualt")]
    [InlineData("drpo", "drpo")]
    public void Correct_OneSlipOfARemovalWord_IsSpelledRightAndNothingElse(string typed, string read)
    {
        Assert.Equal(read, Typos.Correct(typed));
    }

    [Theory]
    [InlineData("airflow 2.7 -> 2.9 (metadata db via airflow db migrate). dags untouched except legacy_sales_export removed + its connection sales_ftp deleted")]
    [InlineData("superset 3.1 -> 4.0 (metadata db via superset db upgrade). dashboards unchanged except the connection warehouse_ro deleted")]
    public void Analyze_PlatformUpgradeWithMetadataMigrationAndDeletedConnection_IsADestructiveMigration(string notes)
    {
        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.Equal(ReleaseKind.Migration, analysis.Kind);
        Assert.Single(analysis.Destructive);
        Assert.True(analysis.Has(RiskArea.Config));
        Assert.True(analysis.Has(RiskArea.Infra));
    }

    [Fact]
    public void Analyze_CopyAndLinkTweaksAboutLoginWebhooksAndKeys_HasNoRiskArea()
    {
        const string notes = """
            Changes:
            - fix typo on pricing page (recieve -> receive)
            - footer links open in new tab
            - settings page: 'Drop-down' menus are now keyboard accessible
            - login page: show/hide password eye icon alignment
            - update help center link for webhooks docs
            - refresh empty-state copy on the API keys page
            """;

        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.Empty(analysis.Risks);
        Assert.Empty(analysis.Destructive);
    }

    [Theory]
    [InlineData("refresh copy on the login page and enforce SSO for admins", RiskArea.Auth)]
    [InlineData("the login page now requires MFA for every account", RiskArea.Auth)]
    [InlineData("new API keys page: keys can be rotated from the UI", RiskArea.Config)]
    public void Analyze_ScreenNamedBesideARealChange_KeepsTheArea(string notes, RiskArea area)
    {
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(area));
    }

    [Theory]
    [InlineData("helm values checkout chart: replicas 4 -> 6, resources.limits.memory 1Gi -> 1.5Gi. removed .Values.legacyIngress (traffic via gateway api HTTPRoute since 2.3)", ".Values.legacyIngress")]
    [InlineData("api chart: cpu.limit 500m -> 1, removed .Values.oldService.enabled", ".Values.oldService.enabled")]
    public void RemovedNames_HelmValueRemoved_IsTheValuesPath(string item, string removed)
    {
        Assert.Equal([removed], ReleaseAnalyzer.RemovedNames(item, [.. ReleaseAnalyzer.ObjectNames(item)]));
    }

    [Theory]
    [InlineData("delete the order-events.v1 topic once consumers moved to order-events.v2", "order-events.v1")]
    [InlineData("Drop the legacy users.password_md5 column", "users.password_md5")]
    public void ObjectNames_HyphenatedTopic_IsNamedWhole(string item, string removed)
    {
        var names = ReleaseAnalyzer.ObjectNames(item).ToArray();

        Assert.Contains(removed, names);
        Assert.DoesNotContain(names, name => removed.EndsWith(name, StringComparison.Ordinal) && name != removed);
    }
}
