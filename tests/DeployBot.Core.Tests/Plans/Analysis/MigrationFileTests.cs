using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// A numbered migration file (Django's <c>0007_….py</c>, Rails' timestamped <c>….rb</c>, Flyway's <c>V3__….sql</c>) is a
/// schema migration wherever it is named: only migration tools number their files so. A data migration rewrites rows,
/// not the schema. The notes are made up in the style of changelogs.
/// </summary>
public sealed class MigrationFileTests
{
    [Theory]
    [InlineData("## 6.5.1\n\n- Make 0004_alter_loginrecord_unique_together.py migration reversible.")]
    [InlineData("## 3.2.2\n\n- Make the 20240301101500_split_names.rb migration reversible")]
    [InlineData("## 1.9.1\n\n- Make the V12__orders_status.sql migration idempotent")]
    public void Analyze_ANumberedMigrationFile_IsASchemaChange(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Schema), string.Join(", ", ReleaseAnalyzer.Evidence(notes, RiskArea.Schema)));

    [Fact]
    public void Analyze_ADataMigration_IsNotASchemaChange()
    {
        const string notes = "## 5.3.0\n\n- Avoid running the data migration on read-only databases.";

        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Schema), string.Join(", ", ReleaseAnalyzer.Evidence(notes, RiskArea.Schema)));
    }
}
