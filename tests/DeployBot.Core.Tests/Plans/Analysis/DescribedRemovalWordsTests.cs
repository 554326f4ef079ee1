using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// What a removal names: an adjective describing what goes ("optional", "incomplete") is no name; a bare "route" is the
/// route the item names; and what the item adds is never what goes. Shapes seen in FRESH15 and the typed notes.
/// </summary>
public sealed class DescribedRemovalWordsTests
{
    [Theory]
    [InlineData("package.json: remove optional lesser used plugins #3550", "optional")]
    [InlineData("Remove incomplete \"provider specific signing key\" feature (#250)", "incomplete")]
    public void RemovedNames_AdjectiveAfterTheVerb_IsNotAName(string item, string adjective)
    {
        Assert.DoesNotContain(adjective, ReleaseAnalyzer.RemovedNames(item, [.. ReleaseAnalyzer.ObjectNames(item)]));
    }

    [Fact]
    public void RemovedNames_BareRouteRemoved_IsTheRouteTheItemNames()
    {
        const string item = "sec hotfix: /debug/pprof reachable from the internet via platform-gw. route removed from public listener, ENABLE_PPROF flag removed";

        var removed = ReleaseAnalyzer.RemovedNames(item, [.. ReleaseAnalyzer.ObjectNames(item)]);

        Assert.Contains("/debug/pprof", removed);
        Assert.DoesNotContain("route", removed);
    }

    [Fact]
    public void RemovedNames_ColumnTheMigrationAdds_IsNotRemoved()
    {
        const string item = "migration adds api_keys.key_hash, hashes every existing api_keys.key into it and nulls the plaintext column";

        var removed = ReleaseAnalyzer.RemovedNames(item, [.. ReleaseAnalyzer.ObjectNames(item)]);

        Assert.DoesNotContain("api_keys.key_hash", removed);
        Assert.Contains("api_keys.key", removed);
    }

    /// <summary>Mailu 2024.06 and Flux kustomize-controller 1.0: a quantifier or a bare plural names nothing, nor does another name of the item.</summary>
    [Theory]
    [InlineData("New settings have been introduced and some settings have been removed.", "some")]
    [InlineData("The `Kustomization` kind was promoted from v1beta2 to v1 (GA) and deprecated fields were removed.", "fields")]
    public void RemovedNames_QuantifierOrBarePlural_NamesNothing(string item, string word)
    {
        var removed = ReleaseAnalyzer.RemovedNames(item, [.. ReleaseAnalyzer.ObjectNames(item)]);

        Assert.DoesNotContain(word, removed);
        Assert.DoesNotContain("Kustomization", removed);
    }

    [Fact]
    public void RemovedNames_NamedThingBesideAKindNoun_IsStillNamed()
    {
        const string item = "Removed the deprecated `legacy_mode` and `strict_v1` options";

        var removed = ReleaseAnalyzer.RemovedNames(item, [.. ReleaseAnalyzer.ObjectNames(item)]);

        Assert.Contains("legacy_mode", removed);
    }
}
