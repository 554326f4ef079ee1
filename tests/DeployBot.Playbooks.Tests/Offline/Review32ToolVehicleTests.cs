using static DeployBot.Playbooks.Tests.Offline.PlanReading;

namespace DeployBot.Playbooks.Tests.Offline;

/// <summary>
/// The vehicle of a command-line tool or a language toolchain, from the FRESH28 review (32nd session, defects 7, 18, 27):
/// goreleaser and elixir were planned as "the rollout of version X as a canary (one replica, about 10% of traffic)" with a
/// 5xx gate, the notes' pre-upgrade checks run "once the new version runs". A tool is pinned where it runs (pipelines, build
/// images, developers' machines): the notes' checks with the old version first, then the pin, its own check, then real runs;
/// a toolchain builds every app with warnings as errors before each app's own release. An application that also ships a
/// CLI keeps its image rollout.
/// </summary>
public sealed class Review32ToolVehicleTests
{
    [Theory]
    [InlineData("goreleaser__goreleaser__v2-upgrading.md")]
    [InlineData("goreleaser__goreleaser__v2-17-other-updates.md")]
    [InlineData("elixir-lang__elixir__v1-20-0-rc-0.md")]
    public void Fresh28ToolOrToolchain_IsPinnedWhereItRuns_WithNoCanaryAndNo5xxGate(string fixture)
    {
        var plan = Plan(Fresh28(fixture));
        var dump = Dump(plan);

        Assert.DoesNotContain(Actions(plan), step => Has(step, "canary"));
        Assert.DoesNotContain("10% of traffic", dump, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Verification.Concat(plan.Rollback), line => Has(line, "5xx"));
        Assert.DoesNotContain(Actions(plan), step => Has(step, "helm upgrade") || Has(step, "configmap"));
        Assert.Contains(Actions(plan), step => Has(step, "Record the version of") && Has(step, "pinned today"));
        Assert.Contains(plan.Rollback, line => Has(line, "rollback: pin the previous version"));
    }

    [Fact]
    public void NotesChecksGivenBeforeTheUpgrade_RunWithTheOldVersion_BeforeTheNewPin()
    {
        var actions = Actions(Plan(Fresh28("goreleaser__goreleaser__v2-upgrading.md")));

        var checks = actions.FindIndex(step => Has(step, "With the current version still installed") && Has(step, "`goreleaser check`") && Has(step, "--rm-dist"));
        var pin = actions.FindIndex(step => Has(step, "Pin `goreleaser` to"));
        var after = actions.FindIndex(step => Has(step, "with the new version") && Has(step, "`goreleaser release --snapshot --clean`"));
        Assert.True(checks >= 0 && pin > checks && after > pin, string.Join("\n", actions));
        Assert.DoesNotContain(actions, step => Has(step, "Once the new version runs"));
    }

    [Fact]
    public void Toolchain_BuildsEveryAppWithWarningsAsErrors_BeforeEachAppsOwnRelease()
    {
        var plan = Plan(Fresh28("elixir-lang__elixir__v1-20-0-rc-0.md"));

        Assert.Contains(Actions(plan), step => Has(step, "build and test with") && Has(step, "warnings as errors") && Has(step, "`require SomeModule`") && Has(step, "`:elixirc_paths`"));
        Assert.Contains(Actions(plan), step => Has(step, "through its own normal release"));
        Assert.DoesNotContain(plan.Rollback, line => Has(line, "From the notes, for the way back"));
    }

    /// <summary>A linter CLI and a release tool in other projects' words: their install channels and self-upgrade say what they are.</summary>
    [Theory]
    [InlineData("## v3.0.0\n\nInstall or upgrade with Homebrew (`brew upgrade acme-lint`), Scoop or winget.\n\n- Removed the `--fast` flag; use `--profile fast` instead.\n- New `acme-lint migrate` command converts v2 configuration files.\n- The `unused-param` rule now ignores blank identifiers.\n", "3.0.0")]
    [InlineData("## Upgrading to v5\n\nRun `shipit validate` with v4 first and fix every deprecation it reports.\nThen upgrade `shipit` to v5 using the method you used to install v4, and run:\n\n```sh\nshipit validate\n```\n", "version v5")]
    public void CommandLineToolInOtherWords_IsPinnedWhereItRuns(string notes, string target)
    {
        var plan = Plan(notes);

        Assert.DoesNotContain(Actions(plan), step => Has(step, "canary"));
        Assert.DoesNotContain("10% of traffic", Dump(plan), StringComparison.Ordinal);
        Assert.Contains(plan.Summary, line => Has(line, "where it runs") && Has(line, target));
        Assert.Contains(Actions(plan), step => Has(step, "Pin") && Has(step, "where it runs"));
        Assert.Contains(plan.Verification, line => Has(line, "Tool: the first pipeline runs"));
        Assert.DoesNotContain(plan.Verification, line => Has(line, "5xx"));
    }

    [Fact]
    public void ToolchainInOtherWords_IsBuiltIntoEveryAppFirst()
    {
        var notes = "## v0.41.0\n\n### Enhancements\n\n  * [lumen build] Warn on unused imports\n  * [lumen test] Add `--only` to run one test module\n  * [lumen deps] Show the lock file's resolved versions\n\n### Potential breaking changes\n\n  * Macros can no longer expand to module attributes at compile time; move such attributes into the module body\n";
        var plan = Plan(notes);

        Assert.DoesNotContain(Actions(plan), step => Has(step, "canary"));
        Assert.DoesNotContain("10% of traffic", Dump(plan), StringComparison.Ordinal);
        Assert.Contains(Actions(plan), step => Has(step, "build and test with version 0.41.0") && Has(step, "warnings as errors"));
    }

    /// <summary>An application that also ships a CLI (install channels named) still speaks of its image, UI and migrations.</summary>
    [Fact]
    public void ApplicationThatAlsoShipsACli_KeepsItsImageRollout()
    {
        var notes = "## 4.2.0\n\n- The `acme` CLI is now available on Homebrew, Scoop and winget.\n- The web UI shows the job history.\n- Run the database migrations before starting the new version; the Docker image is acme/server:4.2.0.\n";
        var plan = Plan(notes);

        Assert.Contains(Actions(plan), step => Has(step, "Start the rollout of version 4.2.0 as a canary"));
        Assert.DoesNotContain(plan.Summary, line => Has(line, "where it runs"));
    }

    internal static string Fresh28(string fixture) =>
        FixtureNotes.Read(FixtureNotes.Files("Fresh28").Single(path => path.EndsWith(fixture, StringComparison.Ordinal))).Notes;
}
