using System.Globalization;
using DeployBot.Playbooks.Changes;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Offline;

/// <summary>
/// The steps for what the notes ask of the application's repository (<see cref="BuildChanges"/>): a dependency change,
/// a change to a config file that is code, and commands that write into the source tree are made, committed and built
/// before anything is rolled out; and columns the new version requires (<see cref="RequiredColumns"/>) are added by an
/// expand migration before it starts.
/// </summary>
internal static class BuildChangeSteps
{
    public static IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        var dependencies = Dependencies(facts);
        if (dependencies.Count > 0)
        {
            yield return Manual(Phase.Prepare, $"Before the build, change the application's dependencies as the notes say ({Quotes(facts, dependencies)}): add the package that now provides what moved out, and add explicitly what is no longer pulled in if the application uses it; commit the dependency file and its lock file so CI builds and tests the release with them (without them the application fails to start or loses that feature)", facts.Paths.Pipeline, 10);
        }

        var code = CodeConfig(facts);
        if (code.Count > 0)
        {
            var files = string.Join(" and ", code.Select(item => BuildChanges.CodeConfigPath(item.Text)).OfType<string>().Distinct(StringComparer.Ordinal).Select(path => $"`{path}`"));
            yield return Manual(Phase.Prepare, $"Before the build, change {files} in the application's repository as the notes ask ({Quotes(facts, code)}) and commit it with the upgrade: it is code that ships in the image and CI tests it, not a setting applied on the servers", facts.Paths.Pipeline, 10);
        }

        var generators = Generators(facts);
        if (generators.Count > 0)
        {
            var commands = string.Join(" and ", generators.Select(command => $"`{command.Command}`"));
            yield return Manual(Phase.Prepare, $"Before the build, run {commands} in the application's repository ({Lines(generators.Select(command => command.Line))} of the notes), review and commit the files {(generators.Count == 1 ? "it writes" : "they write")}, so the image carries them: run on a server after the rollout, {(generators.Count == 1 ? "it writes" : "they write")} into a container that is replaced at the next deploy", facts.Paths.Pipeline, 10);
        }

        if (!facts.Is(ChangeKind.Schema))
        {
            foreach (var required in RequiredColumns.Of(facts.Analysis))
            {
                var columns = Wording.Code(required.Columns);
                yield return Automated(Phase.Expand, $"Before the rollout, add {columns} to the `{required.Table}` table with an expand migration ({facts.Paths.MigrationTool}; nullable or with defaults, no long table locks), as the notes require ({Quotes(facts, [required.Item])}): the new version needs {(required.Columns.Count == 1 ? "it" : "them")}, and the running version ignores {(required.Columns.Count == 1 ? "it" : "them")}", facts.Paths.Migrations, 10);
            }
        }
    }

    /// <summary>The lines of the notes these steps carry out, so that no generic "do what line N asks" step repeats them.</summary>
    public static IReadOnlySet<int> CoveredLines(PlanFacts facts) =>
        Dependencies(facts).Concat(CodeConfig(facts)).Concat(RequiredColumns.Of(facts.Analysis).Select(required => required.Item))
            .Select(item => OperatorActions.LineOf(facts.Notes, item.Text)).OfType<int>()
            .Concat(Generators(facts).SelectMany(command => (int[])[command.Line, command.IntroLine]))
            .ToHashSet();

    private static List<Core.Plans.Analysis.ReleaseItem> Dependencies(PlanFacts facts) => [.. facts.Analysis.Items.Where(BuildChanges.ChangesDependency)];

    private static List<Core.Plans.Analysis.ReleaseItem> CodeConfig(PlanFacts facts) => [.. facts.Analysis.Items.Where(BuildChanges.ChangesCodeConfig)];

    private static List<NotesCommands> Generators(PlanFacts facts) =>
        [.. facts.NotesCommands.Where(command => BuildChanges.WritesSourceTree(command.Command)).DistinctBy(command => command.Command)];

    private static string Quotes(PlanFacts facts, IEnumerable<Core.Plans.Analysis.ReleaseItem> items) =>
        string.Join("; ", items.Take(3).Select(item => NotesQuote.Cited(item.Text, OperatorActions.LineOf(facts.Notes, item.Text), 100)));

    private static string Lines(IEnumerable<int> lines)
    {
        var distinct = lines.Distinct().Order().Select(line => line.ToString(CultureInfo.InvariantCulture)).ToArray();
        return distinct.Length == 1 ? $"line {distinct[0]}" : $"lines {Wording.List(distinct)}";
    }
}
