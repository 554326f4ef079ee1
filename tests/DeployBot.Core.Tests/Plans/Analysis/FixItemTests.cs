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
    [InlineData("  *) mod_ssl: Fix crashes in PKCS#11 ENGINE support with OpenSSL 3.2.", true)]
    [InlineData("- network: fix clearing the `DHCPDns` field when modifying `IPNetworks`", true)]
    [InlineData("- network: add the `DHCPDns` field to `IPNetworks`", false)]
    // towncrier's "Bugfixes:" prefix (Mailu 1.8.0): the settings it names are where the bug was, not values to set.
    [InlineData("- Bugfixes: Replace PUBLIC_HOSTNAME and PUBLIC_IP in \"Received\" headers to ensure that no undue spam points are attributed", true)]
    [InlineData("- Features: Changed default value of AUTH_RATELIMIT_SUBNET to false.", false)]
    public void Analyze_Item_IsMarkedAsAFixOnlyWhenItDescribesABug(string notes, bool fix)
    {
        var item = Assert.Single(ReleaseAnalyzer.Analyze(notes).Items);

        Assert.Equal(fix, item.Fix);
    }
}
