using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// The learned kind reading in C# computes what the Python that trained it computes. Expected values are printed by
/// <c>FixtureTools/train_kind.py rules.tsv --predict out.tsv</c> (its <c>probabilities</c>, from the committed
/// <c>Learned/kind-model.json</c>); the rules' verdicts are given as they were dumped then, so a change of the rules does
/// not move these numbers. Retraining the model changes them: re-run the script and copy them here.
/// </summary>
public sealed class LearnedKindTests
{
    private const double Tolerance = 1e-12;

    // A note with every marker token: a Markdown link to a URL, versions, a code span, a SETTING_NAME, issue references.
    private const string Marked = "## [v2.3.1](https://github.com/acme/app/compare/v2.3.0...v2.3.1) (2026-11-02)\n\n### Bug Fixes\n\n"
        + "* Hotfix: `session.Timeout` no longer ignores SESSION_TTL_SECONDS ([#1234](https://github.com/acme/app/issues/1234), acme/app#77, GH-12, JIRA-881)\n"
        + "* Emergency patch for CVE-2026-1234, see www.example.com/advisory 3 times";

    [Fact]
    public void Notes_are_read_as_the_same_tokens_as_in_training()
    {
        // learned_model.tokens(Marked) in Python.
        string[] expected =
        [
            "xversion", "xnum", "xnum", "xnum", "bug", "fixes", "hotfix", "xcode", "session", "timeout", "no", "longer", "ignores",
            "xsetting", "xref", "xref", "xref", "xref", "emergency", "patch", "for", "xref", "xnum", "see", "xurl", "xnum", "times",
        ];

        Assert.Equal(expected, LearnedKindFeatures.Tokens(Marked));
    }

    [Theory]
    [InlineData(ReleaseKind.Hotfix, "Config", 0.00591789135629755, 0.9937476258705324, 0.0003344827731701248)]
    [InlineData(ReleaseKind.Normal, "", 0.3058404029421805, 0.6927273766085893, 0.0014322204492302965)]
    public void Probabilities_of_new_notes_equal_the_training_scripts(ReleaseKind ruleKind, string ruleRisks, double normal, double hotfix, double migration) =>
        AssertProbabilities(Marked, ruleKind, ruleRisks, normal, hotfix, migration);

    // The rules' verdicts as dumped on 7 Dec 2026 at 5d77ce8 (after the FRESH27 round) (the model's training input, 2,020 excerpts: every set but FRESH28, the newest blind one) and train_kind.py --predict on that model.
    [Theory]
    [InlineData("All", "BurntSushi__ripgrep__14-1-0.md", ReleaseKind.Normal, "", 0.9971298343779276, 0.0027261519680724234, 0.00014401365399988397)]
    [InlineData("Fresh21", "ClickHouse__clickhouse-go__v2-breaking-changes.md", ReleaseKind.Normal, "Breaking", 0.006233522668664067, 0.0017692561771083825, 0.9919972211542276)]
    [InlineData("Fresh24", "PowerDNS__pdns__dnsdist-2-1-1.md", ReleaseKind.Hotfix, "Auth", 0.002555623482551379, 0.9973521228400131, 9.225367743545875e-05)]
    [InlineData("Typed", "001-drop-password-md5.md", ReleaseKind.Normal, "Schema,Auth,Breaking", 0.9988361963252559, 0.0002208189756712989, 0.000942984699072719)]
    public void Probabilities_of_labelled_excerpts_equal_the_training_scripts(
        string set, string name, ReleaseKind ruleKind, string ruleRisks, double normal, double hotfix, double migration) =>
        AssertProbabilities(Excerpt(set, name).Notes, ruleKind, ruleRisks, normal, hotfix, migration);

    [Fact]
    public void A_release_the_rules_call_normal_is_a_migration_when_the_model_reads_one()
    {
        // clickhouse-go's "v2 breaking changes" guide: no heading or upgrade-step word the rules know, a migration all the same.
        var notes = Excerpt("Fresh21", "ClickHouse__clickhouse-go__v2-breaking-changes.md").Notes;

        Assert.Equal(ReleaseKind.Normal, ReleaseAnalyzer.AnalyzeByRules(notes).Kind);
        Assert.Equal(ReleaseKind.Migration, ReleaseAnalyzer.Analyze(notes).Kind);
    }

    private static void AssertProbabilities(string notes, ReleaseKind ruleKind, string ruleRisks, double normal, double hotfix, double migration)
    {
        var risks = ruleRisks.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(area => Enum.Parse<RiskArea>(area)).ToArray();

        var probabilities = LearnedKind.Probabilities(notes, ruleKind, risks);

        Assert.Equal(new[] { ReleaseKind.Normal, ReleaseKind.Hotfix, ReleaseKind.Migration }, LearnedKind.Kinds);
        Assert.Equal(normal, probabilities[0], Tolerance);
        Assert.Equal(hotfix, probabilities[1], Tolerance);
        Assert.Equal(migration, probabilities[2], Tolerance);
    }

    private static LabelledExcerpt Excerpt(string set, string name) => (set switch
    {
        "All" => LabelledExcerpt.All(),
        "Fresh21" => LabelledExcerpt.Fresh21(),
        "Fresh24" => LabelledExcerpt.Fresh24(),
        "Typed" => LabelledExcerpt.Typed(),
        _ => throw new ArgumentOutOfRangeException(nameof(set), set, "No such labelled set."),
    }).Single(excerpt => excerpt.Name == name);
}
