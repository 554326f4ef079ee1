using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The forms in which changelogs announce an incompatible change, and fixes that only mention one. The notes are made up
/// in the styles of real changelogs (not copied from the labelled fixtures).
/// </summary>
public sealed class BreakingFormsTests
{
    [Theory]
    [InlineData("## 3.1.0\n\n- feat(api)!: return 404 for unknown tenants")]
    [InlineData("## 3.1.0\n\n- refactor!: merge the two worker pools")]
    [InlineData("## 2.2.0\n\n- Queue priorities are configurable\n\n  BREAKING CHANGE: the `priority` argument takes a number")]
    [InlineData("## 2.2.0\n\n- The minimum Python version supported by the agent is now 3.10.")]
    [InlineData("## 2.2.0\n\n- Drop Node 18")]
    [InlineData("## 2.2.0\n\n- Remove the bulk export feature")]
    [InlineData("## 2.2.0\n\n- Remove `legacyMode` from the client options")]
    [InlineData("## 2.2.0\n\n- Removed the classic theme (deprecated since 1.4)")]
    [InlineData("## 2.2.0\n\n- The `sync` sub-command is now called `pull`.")]
    [InlineData("## 2.2.0\n\n- Rate limits now use the forwarded address. You must configure the number of trusted hops.")]
    [InlineData("## 2.2.0\n\n- If you are using the old token format, regenerate your tokens after upgrading.")]
    [InlineData("## 5.0.0\n\n### Migration guide\n\n- Call `connect()` before the first query.")]
    [InlineData("## 2.2.0\n\n- Added Ruby 3.5 support and dropped 3.1 support")]
    [InlineData("## 2.2.0\n\n- Require the key ID to be set when verifying signed cookies")]
    [InlineData("## 2.2.1\n\n- Changed `Mailer` to accept `max_attempts` instead of `retries` argument.")]
    [InlineData("## 2.2.0\n\n- The `cache-size` setting now takes a byte count instead of a number of entries.")]
    [InlineData("## 2.2.0\n\n- [Store.Pool] Remove unused `:idle_interval`")]
    public void Analyze_AnnouncedIncompatibleChange_IsBreaking(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Breaking));

    [Theory]
    [InlineData("## 2.2.1\n\n- Fix the `--verbose` option being removed from the help output")]
    [InlineData("## 2.2.1\n\n- fix(cli): the retry command no longer crashes on empty input")]
    [InlineData("## 2.3.0\n\n- Add a `timeout` option to the HTTP client\n- Improve the error message for invalid URLs")]
    [InlineData("## 2.3.0\n\n- The agent warns when its spool is world-readable. In future versions the agent will reject such a spool.")]
    public void Analyze_FixOrAdditionMentioningARemoval_IsNotBreaking(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Breaking));

    [Theory]
    [InlineData("## 2.2.0\n\n- Listeners will now be called for timeouts where previously they were not.")]
    [InlineData("## 2.2.0\n\n- Deleting a missing bucket now returns a 404 (previously a 204).")]
    [InlineData("## 2.2.0\n\n- A local token file now wins over the token command.\n- Previously the token command took precedence.")]
    [InlineData("## 2.2.0\n\n- A job whose hook exits non-zero now fails with a terminal error.")]
    [InlineData("## 2.2.0\n\n- Changes the default visibility of new boards from \"public\" to \"team\"")]
    [InlineData("## 2.2.0\n\n- The cookie format changed. Existing sessions fail to validate after the upgrade, so everyone signs in again.")]
    public void Analyze_NewBehaviourContrastedWithTheOld_IsBreaking(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Breaking));

    [Fact]
    public void Analyze_PreviouslyTellingTheBugAFixCures_IsNotBreaking() =>
        Assert.False(ReleaseAnalyzer.Analyze("## 2.2.1\n\n- Fixed escaping in `quote()`.\n- Previously some values were not properly escaped, which allowed an injection.").Has(RiskArea.Breaking));
}
