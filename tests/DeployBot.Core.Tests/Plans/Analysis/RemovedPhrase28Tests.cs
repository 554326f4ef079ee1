using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// A removed item is a thing an operator can look for, never a word cut from the sentence around it (FRESH25 sweep, form 5:
/// "Records", "role", "thus", "WebSocket", "using the command", "use", "import" were checked in access logs). The notes here
/// are this file's own; each positive returned the cut word before session 28.
/// </summary>
public sealed class RemovedPhrase28Tests
{
    /// <summary>
    /// The last word of a longer description ("Legacy Audit Ledger Entries were removed"), the kind of a name before it
    /// ("the `acme.web` role have been removed"), an adverb ("and thus dropped"), a use or an import of something.
    /// </summary>
    [Theory]
    [InlineData("* [ISSUE-812] Legacy Audit Ledger Entries were removed", "Entries,ISSUE-812", "Entries")]
    [InlineData("- Several options in the `acme.web` role have been removed:", "acme.web,role", "role")]
    [InlineData("The collection dropped support for some runtimes that reached end of life, and thus dropped support for Ruby 2.6.", "Ruby,2.6", "thus")]
    [InlineData("  - Removed use of `s` a shim for byte strings", "s", "use")]
    [InlineData("  - Removed import for `ujson` and `simplejson`", "ujson,simplejson", "import")]
    public void AWordCutFromProse_IsNoRemovedItem(string item, string names, string cut)
    {
        var removed = ReleaseAnalyzer.RemovedNames(item, names.Split(','));

        Assert.DoesNotContain(cut, removed, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>"Remove `Socket::shutdown`": the whole path goes; "Socket" alone would read as if the type were gone.</summary>
    [Theory]
    [InlineData("- **breaking:** Remove `Socket::shutdown`.", "Socket::shutdown")]
    [InlineData("- Remove `Server::keepalive` and `Builder::keepalive`.", "Server::keepalive,Builder::keepalive")]
    public void ARemovedMemberPath_IsNamedWhole(string item, string expected)
    {
        var removed = ReleaseAnalyzer.RemovedNames(item, ["Socket", "Server", "Builder"]);

        Assert.Equal(expected.Split(',').Order(StringComparer.Ordinal), removed.Order(StringComparer.Ordinal));
    }

    /// <summary>"must be removed using the script": how the thing goes is no thing that goes.</summary>
    [Theory]
    [InlineData("using the script", "Cached entries written by the old serializer cannot be read and must be removed using the script:")]
    [InlineData("via the admin console", "Stale tokens should be deleted via the admin console.")]
    public void TheMeansOfARemoval_IsNoSubject(string what, string item)
    {
        Assert.Null(RemovedShape.Subject(what, item));
    }

    /// <summary>Counterexamples: a real table, endpoint, setting or a plain noun after an article is still named and checked.</summary>
    [Theory]
    [InlineData("The `sessions_v1` table was removed.", "sessions_v1", "sessions_v1")]
    [InlineData("the audit table dropped after the backfill", "audit", "audit")]
    [InlineData("Removed the `/v1/export` endpoint (use `/v2/export`).", "/v1/export,/v2/export", "/v1/export")]
    [InlineData("old MAILGUN_KEY + MAILGUN_DOMAIN removed", "MAILGUN_KEY,MAILGUN_DOMAIN", "MAILGUN_KEY,MAILGUN_DOMAIN")]
    [InlineData("Remove `OptionalFromRequestParts` impl for `Query`", "OptionalFromRequestParts,Query", "OptionalFromRequestParts")]
    public void ARealRemovedThing_IsStillNamed(string item, string names, string expected)
    {
        var removed = ReleaseAnalyzer.RemovedNames(item, names.Split(','));

        Assert.Equal(expected.Split(',').Order(StringComparer.Ordinal), removed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ARemovalWithoutAMeansClause_KeepsItsSubject()
    {
        Assert.Equal("kubernetes deploy annotation prefix", RemovedShape.Subject("kubernetes deploy annotation prefix", "Remove kubernetes deploy annotation prefix"));
    }
}
