using DeployBot.Core.Plans;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// A library or SDK release (<see cref="PackagedRelease"/>, <see cref="Package.Library"/>) adopted the way one is: the
/// services that depend on it are listed, the dependency is raised in each and their code changed for its breaking
/// changes, CI tests them, and each service is rolled out with its own canary. Nothing of the library's own is deployed,
/// so no image "of version 5.0.0" is built; the way back is pinning the previous version. Part of <see cref="ImagePlaybook"/>.
/// </summary>
internal static class LibrarySteps
{
    public static IEnumerable<TimedStep> Steps(PlanFacts facts, PackagedRelease library, Func<string, IEnumerable<TimedStep>> rollout)
    {
        yield return Manual(Phase.Prepare, $"List every service that depends on {library.Called} and the version each one pins today (its lock file: `package-lock.json`, `yarn.lock`, `poetry.lock`, `Gemfile.lock`, `composer.lock`, `go.sum`, `packages.lock.json` or the Maven/Gradle build), and record each one's running image tag as its rollback target", null, 10);
        var breaking = Breaking(facts);
        var code = breaking.Length == 0 ? string.Empty : $", and change its code for the library's breaking changes ({breaking})";
        yield return Manual(Phase.Prepare, $"In each of those services, raise {library.Called} to {library.Target} and update the lock file{code}; CI builds each service and runs its tests against {library.Target}, and a service whose build or tests fail stays on its current version tonight", facts.Paths.Pipeline, 15);
        var moved = LibraryPackages.Moved(facts.Notes);
        var discontinued = LibraryPackages.Discontinued(facts.Notes);
        if (moved.Length + discontinued.Length > 0)
        {
            var add = moved.Length == 0 ? string.Empty : $"add the new package of each part the notes move out ({moved}) to every service that uses that part (search its code and its configuration files, such as logging targets, for the part's name): without it the build fails, or a part named only in a configuration file is silently dropped at start-up";
            var remove = discontinued.Length == 0 ? string.Empty : $"{(add.Length == 0 ? string.Empty : "; ")}remove the reference to the package the notes discontinue ({discontinued}), which conflicts with {library.Target} if it stays";
            yield return Manual(Phase.Prepare, $"In the same change as the bump, {add}{remove}{(moved.Length == 0 ? string.Empty : "; after each service starts, check that what moved is loaded (its startup log lists it, one message or call goes through it)")}", facts.Paths.Pipeline, 10);
        }

        foreach (var step in rollout($"each service upgraded to {library.Called} {library.Target}, one service at a time"))
        {
            yield return step;
        }
    }

    /// <summary>
    /// The breaking changes the services' code is changed for, quoted from the notes ("migrate to Node 18", "move maxExtension
    /// into subscriber options"): a library's breaking items rarely name anything a name list would catch. Its removals have
    /// their own step (<see cref="PackageRemovals"/>).
    /// </summary>
    private static string Breaking(PlanFacts facts)
    {
        var items = facts.ItemsWith(RiskArea.Breaking).Select(item => NotesQuote.Words(item.Text, 80)).Where(text => text.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var quoted = string.Join("; ", items.Take(Quoted).Select(text => $"\"{text}\""));
        return items.Length > Quoted ? $"{quoted}; and {items.Length - Quoted} more in the notes" : quoted;
    }

    private const int Quoted = 4;

    public static string Check(PackagedRelease library) =>
        $"Library upgrade: every service that depends on {library.Called} is listed with the version it pins, and each one's CI passed with {library.Target} before this window.";

    /// <summary>A library's breaking changes break the code of the services that call it, not API consumers of ours.</summary>
    public static string BreakingCheck(PackagedRelease library) =>
        $"Breaking changes: the code of every service that uses {library.Called} was changed for the notes' breaking changes in the same change as the dependency bump, and its tests ran against {library.Target}.";

    public static string Verification(PackagedRelease library) =>
        $"Library: each upgraded service runs {library.Called} at {library.Target} (its lock file and the running build's dependency list show it), and the calls it makes through the library succeed: no new errors, timeouts or deprecation warnings from them in its logs, and its error rate at baseline.";

    public static string Rollback(PlanFacts facts, PackagedRelease library) =>
        $"Library rollback: redeploy each upgraded service's previous image tag, recorded before its rollout (`kubectl rollout undo` on `{facts.Paths.Deployment}`), then pin the previous version of {library.Called} in its code (the lock file as it was) so its next build does not bring {library.Target} back; the library keeps no state of its own.";
}
