using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>Review 19: analyzer-level counterexamples to the rules added on 2026-12-06 (989e4e3..1b2b7ea).</summary>
public sealed class Review19CounterexampleTests
{
    /// <summary>A parameter literally called `fields` is a name in code font, not a bare plural.</summary>
    [Fact]
    public void RemovedNames_ParameterNamedLikeAPlural_IsStillNamed()
    {
        const string item = "Removed the deprecated `fields` parameter from the search API";

        var removed = ReleaseAnalyzer.RemovedNames(item, [.. ReleaseAnalyzer.ObjectNames(item)]);

        Assert.Contains("fields", removed);
    }

    /// <summary>"primary_key" with an underscore is as often a config or crypto key as a database one: alone it is no schema.</summary>
    [Fact]
    public void Schema_ConfigOptionNamedPrimaryKey_IsNoSchemaChange()
    {
        var analysis = ReleaseAnalyzer.Analyze("## 3.4.0\n\n- Added `primary_key` and `secondary_key` options under `encryption:` in config.yaml, so the data encryption key can be rotated without downtime.\n");

        Assert.DoesNotContain(analysis.Items, item => item.Risks.Contains(DeployBot.Core.Plans.RiskArea.Schema));
    }
}
