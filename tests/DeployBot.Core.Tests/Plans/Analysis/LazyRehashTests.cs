using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// Passwords rehashed as their users sign in rewrite no stored data in bulk: not destructive, not a data rewrite. A bulk
/// rehash of stored values still is both.
/// </summary>
public sealed class LazyRehashTests
{
    [Theory]
    [InlineData("passwords: bcrypt -> argon2id, rehashed on next successful login (no bulk rewrite). PASSWORD_HASHER=argon2id")]
    [InlineData("Switch to scrypt with lazy rehash of existing passwords")]
    public void Analyze_RehashOnSignIn_IsNeitherDestructiveNorData(string notes)
    {
        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.Empty(analysis.Destructive);
        Assert.DoesNotContain(RiskArea.Data, analysis.Risks);
    }

    [Fact]
    public void Analyze_BulkRehashOfStoredTokens_IsStillADestructiveDataRewrite()
    {
        var analysis = ReleaseAnalyzer.Analyze("Rehash all stored API tokens with SHA-256 in a one-off job (~2M rows)");

        Assert.NotEmpty(analysis.Destructive);
        Assert.Contains(RiskArea.Data, analysis.Risks);
    }
}
