using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// Security told by its threat or its defence rather than by the word "security": an attack or an attacker, a commit
/// filed as "cve:", account lockout and brute-force protection of a login. The notes are made up in the style of changelogs.
/// </summary>
public sealed class SecurityThreatFormsTests
{
    [Theory]
    [InlineData("## 1.8.3\n\n- cve: fix file overwrite in the `copy` helper through a crafted archive GH-412")]
    [InlineData("## 2.0.1\n\n- Fixed: uploads no longer follow symlinks, which let an attacker read files outside the data directory")]
    [InlineData("## 4.2.0\n\n- Add `LOCKOUT_WINDOW` so accounts are locked out for a configurable time after repeated failures")]
    [InlineData("## 4.3.0\n\n- Return 429 as the default lockout response")]
    [InlineData("## 3.1.0\n\n- Throttle brute-force guesses per IP and username")]
    public void Analyze_SecurityToldByItsThreatOrDefence_IsAuth(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Auth));
}
