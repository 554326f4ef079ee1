using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// An item that opens with its ticket ("#2095 …", "19636: …", "CORE-88 …") is read from the word after it (the sixteenth
/// session): the reference says where the change was tracked, and a removal or fix that follows is still one. Made-up items.
/// </summary>
public sealed class TicketPrefixTests
{
    [Fact]
    public void Analyze_ARemovalAfterItsTicketInAClientLibrary_IsDestructive()
    {
        const string notes = "## 9.0.0\n- #4410 Pin this SDK to API version `2031-01-15`.\n- #4411 Remove unused idempotency header support";

        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.Contains(analysis.Destructive, item => item.Text.Contains("#4411", StringComparison.Ordinal));
        Assert.True(analysis.Has(RiskArea.Breaking));
    }

    [Theory]
    [InlineData("- CORE-88 Fix: totals shown twice on the invoices page")]
    [InlineData("- #977 Fix the retry loop when the broker closes the channel")]
    public void Analyze_AFixAfterItsTicket_IsAFix(string item) =>
        Assert.True(ReleaseAnalyzer.Analyze(item).Items.Single().Fix);
}
