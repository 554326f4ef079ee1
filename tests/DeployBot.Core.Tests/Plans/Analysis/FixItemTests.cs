using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>Items that describe a fixed bug are marked, so planners do not read where the bug was as a change there.</summary>
public sealed class FixItemTests
{
    [Theory]
    [InlineData("- Fix a race where the job queue dropped retries", true)]
    [InlineData("### Bug Fixes\n- The job queue no longer drops retries after a restart", true)]
    [InlineData("### Added\n- A dead-letter queue for failed webhook deliveries", false)]
    [InlineData("### Security\n- Require a password to change the e-mail address", false)]
    public void Analyze_Item_IsMarkedAsAFixOnlyWhenItDescribesABug(string notes, bool fix)
    {
        var item = Assert.Single(ReleaseAnalyzer.Analyze(notes).Items);

        Assert.Equal(fix, item.Fix);
    }
}
