using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>Review 19: analyzer-level counterexamples to the rules added on 2026-12-06 (989e4e3..1b2b7ea).</summary>
public sealed class Review19CounterexampleTests
{
    /// <summary>A parameter literally called `fields` is a name in code font, not a bare plural.</summary>
    [Fact(Skip = "review19: NoName drops a code-font name that is a plural word (`fields`), so the removal names nothing")]
    public void RemovedNames_ParameterNamedLikeAPlural_IsStillNamed()
    {
        const string item = "Removed the deprecated `fields` parameter from the search API";

        var removed = ReleaseAnalyzer.RemovedNames(item, [.. ReleaseAnalyzer.ObjectNames(item)]);

        Assert.Contains("fields", removed);
    }
}
