using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The forms in which a changelog touches the database schema with SQL's own words, wherever it stands. The notes are
/// made up in the styles of real changelogs (not copied from the labelled fixtures).
/// </summary>
public sealed class SchemaFormsTests
{
    [Theory]
    [InlineData("## 2.4.1\n\n- Fix the generated COMMENT ON COLUMN statement for MySQL")]
    [InlineData("## 2.4.0\n\n- Migrations can create UNLOGGED tables")]
    [InlineData("## 2.4.1\n\n- Map `:check_violation` to the `:foreign_key` constraint error")]
    [InlineData("## 2.4.0\n\n- `belongs_to` accepts a `primary_key` of any type")]
    public void Analyze_SqlDdlWords_TouchTheSchema(string notes) =>
        Assert.Contains(RiskArea.Schema, ReleaseAnalyzer.Analyze(notes).Risks);

    [Theory]
    [InlineData("## 2.4.1\n\n- Add a comment on the pull request when the build fails")]
    [InlineData("## 2.4.0\n\n- Show logged-out users in the sessions table of the admin page")]
    [InlineData("## 2.4.0\n\n- Rotate the primary API key without downtime")]
    [InlineData("## 2.4.0\n\n- Commenting on an index page now notifies its owner")]
    public void Analyze_SameWordsOutsideSql_DoNotTouchTheSchema(string notes) =>
        Assert.DoesNotContain(RiskArea.Schema, ReleaseAnalyzer.Analyze(notes).Risks);

    [Theory]
    [InlineData("## 4.0.0\n\n- Squashed the migrations of 1.x into one.\n- Added a new table for the task queue.")]
    [InlineData("## 4.0.0\n\n- Removed migrations that were squashed in 3.0.\n- Plugins must depend on the new initial migration.")]
    public void Analyze_SquashedMigrations_AreTheDatabaseSchemas(string notes) =>
        Assert.Contains(RiskArea.Schema, ReleaseAnalyzer.Analyze(notes).Risks);

    [Theory]
    [InlineData("## 4.0.0\n\n- Squashed commits in the merge queue\n- Added a new table to the docs")]
    [InlineData("## 4.0.0\n\n- Squash merge is the default\n- Search index migration guide")]
    public void Analyze_SquashOfOtherThings_DoesNotTouchTheSchema(string notes) =>
        Assert.DoesNotContain(RiskArea.Schema, ReleaseAnalyzer.Analyze(notes).Risks);

    [Fact]
    public void Analyze_PurgedSquashedMigrations_RewriteNoData() =>
        Assert.DoesNotContain(RiskArea.Data, ReleaseAnalyzer.Analyze("## 4.0.0\n\n- Purged migrations that were squashed in 3.0.").Risks);

    [Fact]
    public void Analyze_PurgedRecords_StillRewriteData() =>
        Assert.Contains(RiskArea.Data, ReleaseAnalyzer.Analyze("## 4.0.0\n\n- Purged the orphaned upload records left by 3.x.").Risks);
}
