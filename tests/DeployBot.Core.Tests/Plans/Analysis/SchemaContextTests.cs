using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// "Migration", "index", "schema", "table" and "column" are a database schema change only in a database context.
/// The notes are made up in the styles of real changelogs (not copied from the labelled fixtures).
/// </summary>
public sealed class SchemaContextTests
{
    [Theory]
    [InlineData("## 2.4.0\n\n- Add support for creating an index template with custom shard counts\n- Faster bulk ingestion of documents")]
    [InlineData("## 5.1.0\n\n- See the migration guide for moving from the v4 client to v5.\n- New `retries` option for the producer")]
    [InlineData("## 3.2.0\n\n- Read the [v3 migration guide](https://example.org/docs/v3-migration-guide.html) before upgrading.")]
    [InlineData("## 1.9.0\n\n- Fixed the CRD schema: `port` now declares `format: int32`")]
    [InlineData("## 0.8.0\n\n- Remove the table of contents from the generated HTML report\n- Add a sortable column to the job list")]
    [InlineData("## 4.0.0\n\n- After migration to the new cluster layout, check the broker logs for stale topic metadata.")]
    [InlineData("## 4.0.0\n\n- Events v2 (Avro, registered in the Schema Registry)\n- new topic events.v2 with 12 partitions")]
    [InlineData("## 6.2.1\n\n- Fix the PostgreSQL schema cache being reloaded twice after a NOTIFY")]
    [InlineData("## 6.2.0\n\n- [Store.Schema] Add a `:readonly` option to fields backed by MySQL")]
    public void Analyze_SchemaWordsOutsideADatabase_AreNotSchema(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Schema), string.Join(", ", ReleaseAnalyzer.Evidence(notes, RiskArea.Schema)));

    [Theory]
    [InlineData("## 2.4.0\n\n- Add an index on `orders.created_at`\n- Support PostgreSQL 17")]
    [InlineData("## 1.3.1\n\n- Fix a broken migration introduced in 1.3.0")]
    [InlineData("## 0.12.0\n\n- Add missing indexes for faster cleanup of expired sessions")]
    [InlineData("## 7.2.0\n\n- The database is now checked on startup\n- Add migration for the new `audit_log` retention")]
    [InlineData("## 3.0.0\n\n- ALTER TABLE statements are now run in a transaction")]
    [InlineData("## 2.1.0\n\n- Ensure the migration that renames the `state` field is applied before the worker starts")]
    [InlineData("## 2.1.0\n\n- remove the audit_events_old table")]
    [InlineData("## 2.1.0\n\n- Order events are registered in the schema registry\n- rename the billing.plan_code column")]
    public void Analyze_SchemaWordsInADatabaseContext_AreSchema(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Schema));
}
