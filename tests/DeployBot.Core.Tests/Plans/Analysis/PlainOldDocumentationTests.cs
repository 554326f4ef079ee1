using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// Upgrade notes in POD (Perl projects: "C&lt;$Setting&gt;" is code): what they remove is named by its code, and a deletion
/// they only offer ("you may wish to drop …") is no destructive item of the release.
/// </summary>
public sealed class PlainOldDocumentationTests
{
    [Fact]
    public void PodCode_IsTheNameOfWhatIsRemoved()
    {
        var analysis = ReleaseAnalyzer.Analyze("=head2 UPGRADING FROM 5.1.3 AND EARLIER\n\nC<$LegacyTlsMode> has been removed, and setting it logs a warning;\nuse C<%ConnectionOptions> instead.\n");

        var item = Assert.Single(analysis.Destructive);
        Assert.Contains(ReleaseAnalyzer.RemovedNames(item.Text, ["$LegacyTlsMode", "%ConnectionOptions"]), name => name.EndsWith("LegacyTlsMode", StringComparison.Ordinal));
        Assert.DoesNotContain("C<", item.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DeletionTheNotesOnlyOffer_IsNotDestructive()
    {
        var analysis = ReleaseAnalyzer.Analyze("=head2 UPGRADING FROM 5.1.3 AND EARLIER\n\nFor faster search, you may wish to drop existing C<trigram> and C<btree> indexes on C<Messages>, and re-generate them using C<acme-setup-search-index>.\n");

        Assert.Empty(analysis.Destructive);
    }

    [Theory]
    [InlineData("C<$LegacyTlsMode> has been removed", "`$LegacyTlsMode` has been removed")]
    [InlineData("Call C<< $ticket->Load >> first; see F<etc/Site.pm>", "Call `$ticket->Load` first; see `etc/Site.pm`")]
    [InlineData("=head2 UPGRADING FROM 5.1.3", "### UPGRADING FROM 5.1.3")]
    [InlineData("Return a List<T> from the helper; fix a<b> parsing", "Return a List<T> from the helper; fix a<b> parsing")]
    [InlineData("```\nC<kept> inside a fence\n```", "```\nC<kept> inside a fence\n```")]
    public void PodCodes_BecomeMarkdown_AndNothingElseChanges(string notes, string markdown) =>
        Assert.Equal(markdown, PlainOldDocumentation.ToMarkdown(notes));
}
