using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The forms of the 23rd session's areas round, each written as release notes of several projects put it, with a
/// counterexample that must not match. Made-up notes in the wording of real changelogs.
/// </summary>
public sealed class Areas23FormsTests
{
    [Theory]
    [InlineData("- `CACHE_TTL` was reset to its default; if you changed it, you must set it again after upgrading", "CACHE_TTL")]
    [InlineData("- The `ingest.batch_size` option now defaults to 500; it must be lowered again on small nodes", "ingest.batch_size")]
    [InlineData("- `SESSION_SECRET` is now required; this means every replica needs the same value", "SESSION_SECRET")]
    [InlineData("- The `legacy_auth` flag was removed; unless you disabled them, API keys keep working", "legacy_auth")]
    public void Analyze_ClauseThatRefersBackAfterASemicolon_StaysWithTheNameItIsAbout(string notes, string name)
    {
        var items = ReleaseAnalyzer.Analyze(notes).Items;

        var item = Assert.Single(items);
        Assert.Contains(name, item.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- Add the `orders.note` column; this release also drops `orders.legacy_note`")]
    [InlineData("- Rotate `STRIPE_API_KEY`; these settings are read at start-up only")]
    [InlineData("- Bump Redis to 7.2; drop the `legacy_cache` table")]
    [InlineData("- Classic groups drive their own subscription, so the broker never assigns them a topic; they are unaffected.")]
    public void Analyze_ClauseWithItsOwnSubjectOrNoNameToCarry_IsAnItemOfItsOwn(string notes)
    {
        Assert.Equal(2, ReleaseAnalyzer.Analyze(notes).Items.Count);
    }

    [Fact]
    public void Analyze_NameInAnEarlierSentenceOnly_LeavesThePronounClauseApart()
    {
        var items = ReleaseAnalyzer.Analyze("- The client now trusts `OffsetFetch` in both paths. Share groups drive their own subscription; they are unaffected.").Items;

        Assert.Equal(3, items.Count);
    }

    [Theory]
    [InlineData("- Run `ALTER TABLE events ADD COLUMN created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP` before upgrading")]
    [InlineData("- Migration: ALTER TABLE jobs ADD COLUMN attempts INT NOT NULL DEFAULT 0")]
    [InlineData("- New column `audit.seen_at`: ADD COLUMN seen_at TIMESTAMPTZ DEFAULT NOW()")]
    [InlineData("- The upgrade runs `ALTER TABLE users ALTER COLUMN locale SET DEFAULT 'en'`")]
    public void Analyze_SqlDefaultOfAColumn_IsSchemaNotConfiguration(string notes)
    {
        var analysis = ReleaseAnalyzer.Analyze(notes);

        Assert.True(analysis.Has(RiskArea.Schema), notes);
        Assert.False(analysis.Has(RiskArea.Config), string.Join(", ", ReleaseAnalyzer.Evidence(notes, RiskArea.Config)));
    }

    [Theory]
    [InlineData("- `CACHE_TTL` now defaults to 300; run `ALTER TABLE events ADD COLUMN ttl INT DEFAULT 300`")]
    [InlineData("- `max_connections` now defaults to 200 (ALTER TABLE limits ADD COLUMN max INT DEFAULT 200)")]
    public void Analyze_SettingBesideSql_IsStillConfiguration(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Config), notes);
}
