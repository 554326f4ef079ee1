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
}
