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
    [InlineData("0057_remove_order_legacy_status.py - RemoveField order.legacy_status. last reader removed in 3.14.0")]
    [InlineData("EF migration: AspNetUsers.TenantId (uniqueidentifier, null), drops AspNetUsers.LegacyTenantCode")]
    [InlineData("after it finishes: 20261115_orders_currency_not_null.rb sets orders.currency NOT NULL")]
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

    [Theory]
    [InlineData("new index on events(created_at), built concurrently")]
    [InlineData("+ idx orders(user_id)")]
    [InlineData("add orders.refunded_at")]
    [InlineData("feat: team workspaces (new tables workspaces, workspace_members)")]
    [InlineData("status enum: add 'on_hold' to order_status type")]
    [InlineData("HOTFIX sev2: seq scans on cart_items. CREATE INDEX CONCURRENTLY idx_cart_items_cart_id ON cart_items(cart_id); no app change")]
    public void Analyze_AdditiveSchemaShorthand_IsASchemaChangeThatRemovesNothing(string notes)
    {
        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.True(analysis.Has(RiskArea.Schema), string.Join(", ", analysis.Risks));
        Assert.Empty(analysis.Destructive);
    }

    [Theory]
    [InlineData("events table -> partitioned by month (pg_partman); copy 1.2B rows over the weekend, swap names sunday night")]
    [InlineData("nightly cleanup job now deletes soft-deleted accounts after 90 days (was never). first run will hit ~2M rows")]
    public void Analyze_DataJobWithCountedRows_IsADataChange(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Data));

    [Theory]
    [InlineData("add orders.refunded_at; no backfill")]
    [InlineData("ES 7.17 -> 8.13; full reindex not needed")]
    public void Analyze_DataJobTheNotesRuleOut_IsNoDataChange(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Data));

    [Theory]
    [InlineData("INC-5150: worker OOMKilled in a loop since 14:00 -> memory limit 512Mi -> 1Gi. need it out now")]
    [InlineData("SECURITY: patch IDOR on /api/orders/{id} (SEC-77), ship alone asap")]
    public void Analyze_IncidentShorthand_IsAHotfix(string notes) =>
        Assert.Equal(ReleaseKind.Hotfix, ReleaseAnalyzer.Analyze(notes).Kind);

    /// <summary>A dropped document collection and an erasure of personal data destroy stored data: no redeploy brings them back.</summary>
    [Theory]
    [InlineData("catalog-svc: dropping mongo collection product_drafts_old (archived to s3 last week)")]
    [InlineData("remove the legacy collection carts_v1 from MongoDB")]
    [InlineData("GDPR erasure backlog: running erase_users for 1,840 requests. deletes profile + addresses, order PII anonymized. irreversible")]
    public void Analyze_CollectionDroppedOrPersonalDataErased_DestroysData(string notes) =>
        Assert.Contains(ReleaseAnalyzer.Analyze(notes).Items, item => item.DestroysData);

    /// <summary>A datastore moved to another engine is an engine change, like an upgrade of the same one.</summary>
    [Theory]
    [InlineData("search: Elasticsearch 7.17 -> OpenSearch 2.11, full reindex into the new cluster")]
    [InlineData("sessions-cache: redis 7.0 -> valkey 7.2 on ElastiCache")]
    [InlineData("reports: MySQL 5.7 -> Aurora MySQL 3.05 via a read replica promotion")]
    public void Analyze_DatastoreMovedToAnotherEngine_IsAMigration(string notes) =>
        Assert.Equal(ReleaseKind.Migration, ReleaseAnalyzer.Analyze(notes).Kind);

    /// <summary>A ticket named among features is a reference to an incident that is over, not an emergency.</summary>
    [Theory]
    [InlineData("- new saved-cards page\n- export orders as CSV\n- fixes INC-4410 regression in coupon rounding")]
    [InlineData("adds one-click reorder and dark mode for receipts in checkout 2.5.0; also closes INC-3921")]
    public void Analyze_TicketNamedAmongFeatures_IsNotAHotfix(string notes) =>
        Assert.Equal(ReleaseKind.Normal, ReleaseAnalyzer.Analyze(notes).Kind);

    [Theory]
    [InlineData("bump base image node 18 -> 20 (node:20-alpine)", ReleaseKind.Migration)]
    [InlineData("jdk 17 -> 21 for all services", ReleaseKind.Migration)]
    [InlineData("python 3.11 -> 3.12 in the base image", ReleaseKind.Normal)]
    [InlineData("ci: test node 18 -> 20 in the CI matrix", ReleaseKind.Normal)]
    public void Analyze_RuntimeToAnotherMajor_IsAMigration(string notes, ReleaseKind kind) =>
        Assert.Equal(kind, ReleaseAnalyzer.Analyze(notes).Kind);

    [Theory]
    [InlineData("new SENDGRID_API_KEY in vault", RiskArea.External)]
    [InlineData("old OAuth app + GITHUB_OAUTH_CLIENT_SECRET retired", RiskArea.Auth)]
    [InlineData("SESSION_TTL 3600 -> 1800", RiskArea.Auth)]
    public void Analyze_SettingNamedForAVendorOrSignIn_HasThatArea(string notes, RiskArea area) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(area));

    [Theory]
    [InlineData("rename 'Delete account' button to 'Close account'")]
    [InlineData("tables in the billing screen no longer overflow on mobile")]
    public void Analyze_UserInterfaceWording_IsNotBreaking(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Breaking));
}
