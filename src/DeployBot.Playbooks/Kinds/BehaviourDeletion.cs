using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// A deletion the new version now makes where the previous one refused or left things alone (<see cref="DestructiveBehaviour"/>):
/// before the upgrade the plan lists what would be deleted and protects what must stay (a Terraform plan read for destroys
/// and <c>prevent_destroy</c>; a deploy tool's dry run of what it would prune), the data owner approves the list, and the
/// rollback says that going back stops further deletions but brings nothing deleted back.
/// </summary>
internal static class BehaviourDeletion
{
    public static IReadOnlyList<DestructiveBehaviour> Of(PlanFacts facts) => DestructiveBehaviour.Read(facts.Notes);

    /// <summary>One step before anything is upgraded: what the new rule would delete is found and protected first.</summary>
    public static IEnumerable<TimedStep> Steps(PlanFacts facts) =>
        Of(facts).Select(behaviour => Manual(Phase.Prepare, Action(facts, behaviour), Reference(facts), 15));

    public static string? Check(PlanFacts facts) => Of(facts) is { Count: > 0 } behaviours
        ? $"Destructive behaviour change ({Quotes(behaviours)}): the new version deletes where the previous one refused or left things alone; the list of what it would delete in {facts.Env} (the first steps below) is read by the data owner, who approves it before the upgrade, and what must stay has a recent backup."
        : null;

    public static string? Rollback(PlanFacts facts) => Of(facts) is { Count: > 0 } behaviours
        ? $"What the new version deletes under its new behaviour ({Quotes(behaviours)}) cannot be undone: going back to the previous version{(IsTerraform(facts) ? " (its pin and the state backup)" : string.Empty)} stops further deletions but brings nothing back; a deleted {(behaviours.All(behaviour => behaviour.Prunes) ? "resource comes back only by applying its manifest again, and its data only from a backup" : "object comes back only from a backup taken before it (restore it)")}."
        : null;

    private static string Action(PlanFacts facts, DestructiveBehaviour behaviour)
    {
        var quote = $"the notes: \"{NotesQuote.Words(behaviour.Sentence, 180)}\"";
        if (IsTerraform(facts))
        {
            var types = behaviour.Types.Count == 0 ? "the resources the notes name" : Wording.List([.. behaviour.Types.Select(type => $"`{type}`")]);
            return $"Before raising the version: {facts.Package!.Called} now destroys what it used to refuse to ({quote}); read the current `terraform plan` of every root module that uses it for any destroy or replace of {types}, resolve each one, and add `lifecycle {{ prevent_destroy = true }}` to every one that holds data, so that a destroy fails instead of deleting it";
        }

        return behaviour.Prunes
            ? $"Before the first deploy with the new version: it now prunes more than the previous one ({quote}); run its dry run (or a diff of the same templates) against every namespace it deploys to, list every resource it would prune, custom resources included, and add each one that must stay to the templates or exclude it from pruning before deploying for real"
            : $"Before the rollout: the new version now deletes where the previous one refused or left things alone ({quote}); list what it would delete in {facts.Env}, back up or protect each one that must stay, and post the list in the plan's thread for the data owner";
    }

    private static string? Reference(PlanFacts facts) => IsTerraform(facts) ? facts.Paths.Terraform : null;

    private static bool IsTerraform(PlanFacts facts) => facts.Package?.Kind is Package.TerraformProvider or Package.TerraformModule;

    private static string Quotes(IReadOnlyList<DestructiveBehaviour> behaviours) =>
        $"the notes: {string.Join("; ", behaviours.Select(behaviour => $"\"{NotesQuote.Words(behaviour.Sentence, 120)}\""))}";
}
