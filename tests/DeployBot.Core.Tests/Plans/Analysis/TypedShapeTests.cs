using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// Typed notes name what they remove by its shape, not by a noun: a route, a SETTING_NAME, a flag, a table's column.
/// Each is a destructive item (contract steps, an approval, an irreversible-rollback line), and a table or column is a
/// schema change. Made-up notes in the forms of Fixtures/Typed.
/// </summary>
public sealed class TypedShapeTests
{
    [Theory]
    [InlineData("drop users.password_md5")]
    [InlineData("drop legacy_sessions")]
    [InlineData("rename orders.cust_id to orders.customer_id")]
    [InlineData("orders.total -> numeric(12,2) (was float)")]
    [InlineData("backfill orders.currency (~18M rows), then set orders.currency NOT NULL")]
    [InlineData("fk drop + col rename on inv tbl, see MR !442")]
    [InlineData("Drop unused column invoices.legacy_ref (#815)")]
    public void Analyze_TableOrColumnByItsName_IsADestructiveSchemaChange(string notes)
    {
        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.True(analysis.Has(RiskArea.Schema), string.Join(", ", analysis.Risks));
        Assert.True(analysis.Has(RiskArea.Breaking));
        Assert.NotEmpty(analysis.Destructive);
    }

    [Theory]
    [InlineData("remove /v1/login")]
    [InlineData("kill GET /api/v2/export")]
    [InlineData("removing: /healthcheck (use /healthz), /metrics-old")]
    [InlineData("removed LEGACY_TOKEN_TTL, use SESSION_TTL")]
    [InlineData("LEGACY_TOKEN_TTL gone, use SESSION_TTL (same units)")]
    [InlineData("old MAILGUN_KEY + MAILGUN_DOMAIN removed from config")]
    [InlineData("/saml/acs and /saml/metadata removed, every tenant was migrated")]
    [InlineData("zookeeper.connect removed from client configs, use bootstrap.servers")]
    [InlineData("the old /api/session/refresh endpoint is gone")]
    public void Analyze_RouteSettingOrKeyRemovedByName_IsDestructiveAndBreaking(string notes)
    {
        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.True(analysis.Has(RiskArea.Breaking), string.Join(", ", analysis.Risks));
        Assert.NotEmpty(analysis.Destructive);
        Assert.False(analysis.Has(RiskArea.Schema));
    }

    [Theory]
    [InlineData("then remove /v1/balances from ledger next week, not in this one")]
    [InlineData("Remove /etc/nginx/conf.d/old.conf from the image")]
    [InlineData("rename/recreate: correctly update the archive's TAM")]
    [InlineData("[CHANGE] Metrics: renamed prometheus_sd_configs_failed_total to prometheus_sd_failed_configs")]
    [InlineData("removed LEGACY_TOKEN_TTL from the docs")]
    public void Analyze_NoRemovalInThisRelease_IsNotDestructive(string notes) =>
        Assert.Empty(ReleaseAnalyzer.Analyze(notes).Destructive);
}
