using System.Text.RegularExpressions;
using DeployBot.Core.Plans;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// A command-line tool (<see cref="Package.Tool"/>) or a language toolchain (<see cref="Package.Toolchain"/>) adopted where it
/// runs: the version pinned today recorded, the notes' checks run with the old version first and what they find fixed, then
/// the new version pinned in the pipelines, build images and on developers' machines, and its own check or a build of every
/// app run with it before anything real. Nothing is deployed and no traffic is involved; the way back is the previous pin.
/// Part of <see cref="ToolVehicles"/>.
/// </summary>
internal static partial class ToolSteps
{
    public static IEnumerable<TimedStep> Steps(PlanFacts facts, PackagedRelease package)
    {
        var called = Called(package);
        var where = Where(package);
        yield return Manual(Phase.Prepare, $"Record the version of {called} pinned today wherever it runs ({where}) as the rollback target; the new version replaces it in all of them, one change per repository, never some left behind", null, 5);
        var (before, after) = Commands(facts.Notes);
        if (before.Count > 0)
        {
            yield return Manual(Phase.Prepare, $"With the current version still installed, run the checks the notes give before upgrading ({Wording.List([.. before.Select(command => $"`{command}`")])}) in every repository that uses {called}, and fix everything they find in its configuration and scripts before anything is upgraded", null, 15);
        }

        if (package.Kind == Package.Toolchain)
        {
            yield return Manual(Phase.Expand, $"On a branch of every app, build and test with {package.Target} of {called} in CI, with warnings as errors (the build tool's option for it), and fix the incompatible uses the notes name{Incompatible(facts)} in the app's code, before any app is released with it", null, 30);
            yield return Manual(Phase.Rollout, $"Pin {package.Target} in each app's build (its build image, CI configuration or version file) and ship each app through its own normal release, with its own plan, one app at a time: no app's running version changes here", null, 10);
            yield break;
        }

        var breaking = Breaking(facts);
        if (breaking.Length > 0)
        {
            yield return Manual(Phase.Prepare, $"Change the configuration and scripts of every repository that uses {called} for the notes' breaking changes{breaking}, in the same change as the new pin", null, 10);
        }

        yield return Manual(Phase.Upgrade, $"Pin {called} to {package.Target} where it runs ({where}), the same way it was installed before", null, 10);
        yield return Manual(Phase.Rollout, after.Count > 0
            ? $"Run the notes' checks with the new version before any real run ({Wording.List([.. after.Select(command => $"`{command}`")])}) and fix what they report; then let one real pipeline run (on a branch first) use it and compare its output with the previous run's"
            : $"Run {called}'s own configuration check or a dry run with the new version before any real run, fix what it reports, then let one real pipeline run (on a branch first) use it and compare its output with the previous run's", null, 15);
    }

    public static string Check(PlanFacts facts, PackagedRelease package) => package.Kind == Package.Toolchain
        ? $"Toolchain upgrade: every app built with {Called(package)} is listed with the version it pins; no app is deployed by this plan (each ships later through its own release), so no traffic, canary or image rollout is involved in {facts.Env}."
        : $"Tool upgrade: every place that runs {Called(package)} ({Where(package)}) is listed with the version it pins; nothing runs in {facts.Env} because of it, so no traffic, canary or image rollout is involved.";

    public static string Verification(PackagedRelease package) => package.Kind == Package.Toolchain
        ? $"Toolchain: every app builds and its tests pass with {package.Target} of {Called(package)}, with warnings as errors; each app's own release then runs its usual checks."
        : $"Tool: the first pipeline runs with {package.Target} of {Called(package)} succeed with no new warnings, and what they produce matches what the previous version produced (artifact names, checksums and signatures, published packages).";

    public static string Rollback(PackagedRelease package) => package.Kind == Package.Toolchain
        ? $"Toolchain rollback: pin the previous version of {Called(package)} in the app's build again and rebuild; an app already released with the new version rolls back through its own release."
        : $"Tool rollback: pin the previous version of {Called(package)} again where it runs and re-run the failed pipeline; nothing deployed changes, and what was already published with the new version stays as it is (publish it again with the previous version if it is wrong).";

    public static string Watch(PackagedRelease package) => package.Kind == Package.Toolchain
        ? $"Watch the CI builds of every app with {package.Target} (failed builds, new warnings)"
        : $"Watch the next runs of every pipeline that uses {Called(package)} (failed jobs, new warnings, missing artifacts)";

    public static string Pass(PackagedRelease package) => package.Kind == Package.Toolchain
        ? $"Pass: every app builds with {package.Target} and its tests pass; fail: a build or test that passed with the previous version fails."
        : $"Pass: the check and the first real runs with {package.Target} succeed and their artifacts match the previous version's; fail: a run that passed before fails, or an artifact is missing or changed.";

    public static IReadOnlyList<string> Triggers(PackagedRelease package) =>
        package.Kind == Package.Toolchain
            ? ["an app that no longer builds or passes its tests with the new version", "new compiler warnings in an app's build"]
            : ["a pipeline run that fails with the new version where it passed with the previous one", "an artifact missing or different from what the previous version produced"];

    public static string Called(PackagedRelease package) => package.Name is { } name ? $"`{name}`" : package.Kind == Package.Toolchain ? "the toolchain" : "the tool";

    private static string Where(PackagedRelease package) => package.Kind == Package.Toolchain
        ? "each app's build image, CI configuration and version file, and developers' machines"
        : "the CI and release pipelines, build images and developers' machines";

    /// <summary>The notes' commands, split at the sentence that upgrades the tool: those before run with the old version.</summary>
    private static (IReadOnlyList<string> Before, IReadOnlyList<string> After) Commands(string notes)
    {
        var lines = NotesLines.Of(notes);
        var upgrade = Array.FindIndex(lines, line => UpgradeSentence().IsMatch(line)) + 1;
        var commands = NotesCommands.Read(notes).Select(command => (Text: Comment().Replace(command.Command, string.Empty).Trim(), command.Line)).Where(command => command.Text.Length > 0).ToArray();
        return upgrade <= 0
            ? ([], [.. commands.Select(command => command.Text).Distinct(StringComparer.Ordinal)])
            : ([.. commands.Where(command => command.Line < upgrade).Select(command => command.Text).Distinct(StringComparer.Ordinal)],
               [.. commands.Where(command => command.Line > upgrade).Select(command => command.Text).Distinct(StringComparer.Ordinal)]);
    }

    private static string Breaking(PlanFacts facts) => Wording.Items([.. facts.ItemsWith(RiskArea.Breaking)]);

    /// <summary>
    /// " (`require SomeModule`, `:elixirc_paths`)": the first code span of each line that says a use no longer works, is
    /// deprecated, now required or enforced; empty when there is none.
    /// </summary>
    private static string Incompatible(PlanFacts facts)
    {
        var uses = NotesLines.Of(facts.Notes).Where(line => Incompatibility().IsMatch(line))
            .Select(line => CodeSpan().Match(line)).Where(match => match.Success).Select(match => $"`{match.Groups["code"].Value}`")
            .Distinct(StringComparer.Ordinal).Take(6).ToArray();
        return uses.Length == 0 ? Breaking(facts) : $" ({Wording.List(uses)})";
    }

    [GeneratedRegex(@"\bno\s+longer\b|\bdeprecated\b|\bnow\s+requires?\b|\benforce[sd]?\b|\bremoved\b|\bmust\s+now\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Incompatibility();

    [GeneratedRegex(@"`(?<code>[^`\n]{1,80})`", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex CodeSpan();

    /// <summary>"then, upgrade `goreleaser` to v2", "install the new version", "upgrade the CLI".</summary>
    [GeneratedRegex(@"\b(?:upgrade|update|install)\s+(?:`[\w.-]+`|the\s+(?:new\s+version|CLI|binary|tool))(?:\s+to\s+v?\d+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex UpgradeSentence();

    /// <summary>A shell comment after a command ("goreleaser check # using the latest v1").</summary>
    [GeneratedRegex(@"\s+#.*$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Comment();
}
