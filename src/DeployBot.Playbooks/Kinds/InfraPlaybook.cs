using System.Text.RegularExpressions;
using DeployBot.Core.Plans;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>Infrastructure (Helm, Terraform, manifests): the plan or diff reviewed first, then applied; rollback is
/// <c>helm rollback</c> or the previous state, not "the previous image".</summary>
internal sealed partial class InfraPlaybook : IPlaybook
{
    public ChangeKind Kind => ChangeKind.Infra;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        if (facts.Package is { } package)
        {
            return ToolVehicles.Steps(facts) ?? PackageSteps.Steps(facts, package);
        }

        return OwnSteps(facts);
    }

    private static IEnumerable<TimedStep> OwnSteps(PlanFacts facts)
    {
        if (Purges(facts))
        {
            yield return Manual(Phase.Prepare, $"Confirm that the new content is published at the origin{Source(facts)} and shows there, so the purge fetches the right version", null, 5);
            yield return Manual(Phase.Rollout, $"Purge the CDN cache for only the paths the notes name{Paths(facts)} and wait until the purge has completed", null, 5);
        }

        if (NodePools(facts) is { } pools)
        {
            foreach (var step in NodePoolSteps.Steps(facts, pools))
            {
                yield return step;
            }
        }
        else if (UsesTerraform(facts))
        {
            yield return Manual(Phase.Prepare, "Run `terraform plan` and have a second person review the diff (no unexpected destroy or replace); record the current state version", facts.Paths.Terraform, 10);
            yield return Manual(Phase.Expand, $"Apply the reviewed plan with `terraform apply` and wait until the changed resources report healthy{Wording.Items(facts.ItemsWith(RiskArea.Infra))}", facts.Paths.Terraform, 15);
        }

        if (ChangesResources(facts))
        {
            foreach (var step in ResourceSteps.Steps(facts, UsesHelm(facts)))
            {
                yield return step;
            }
        }
        else if (AppliesChart(facts))
        {
            var chart = facts.Paths.Chart;
            yield return Manual(Phase.Prepare, $"Run `helm diff upgrade` with `{chart}` against {facts.Env}, have a second person review it, and record the current release revision (`helm history`)", chart, 10);
            yield return Automated(Phase.Rollout, $"Apply `{chart}` with `helm upgrade --atomic` and wait until every pod is ready{Wording.Items(facts.ItemsWith(RiskArea.Infra), NameShapes.IsRunningThing)}", chart, 10);
        }
    }

    public IEnumerable<string> Checks(PlanFacts facts)
    {
        if (facts.Package is { } package)
        {
            yield return ToolVehicles.Check(facts) ?? PackageSteps.Check(package);
            yield break;
        }

        if (PurgeOnly(facts))
        {
            yield return "CDN: the exact paths to purge are listed (purging the whole site sends every request to the origin at once), and the origin can take the refill traffic.";
            yield break;
        }

        if (NodePools(facts) is { } pools)
        {
            foreach (var check in NodePoolSteps.Checks(pools))
            {
                yield return check;
            }
        }

        if (ChangesResources(facts))
        {
            yield return ResourceSteps.Check(facts);
        }

        if (NodePools(facts) is null && !ChangesResources(facts) && (AppliesChart(facts) || UsesTerraform(facts)))
        {
            yield return "Infrastructure: the plan/diff output is reviewed and attached to this plan, and there is capacity headroom for the change.";
        }
    }

    public IEnumerable<string> Verification(PlanFacts facts)
    {
        if (facts.Package is { } package)
        {
            yield return ToolVehicles.Verification(facts) ?? PackageSteps.Verification(package);
            yield break;
        }

        if (Purges(facts))
        {
            yield return $"CDN: the purged paths{Paths(facts)} return the new content from the edge (cache status MISS, then HIT), and origin load and error rate settle within 10 minutes.";
        }

        if (PurgeOnly(facts))
        {
            yield break;
        }

        if (NodePools(facts) is { } pools)
        {
            yield return NodePoolSteps.Verification(pools);
        }

        if (ChangesResources(facts))
        {
            yield return ResourceSteps.Verification(facts);
        }

        yield return "Infrastructure: rollout status is complete, load balancer targets are healthy, and node and pod resource use is within limits.";
    }

    public IEnumerable<string> Rollback(PlanFacts facts)
    {
        if (facts.Package is { } package)
        {
            yield return ToolVehicles.Rollback(facts) ?? PackageSteps.Rollback(facts, package);
            yield break;
        }

        if (Purges(facts))
        {
            yield return $"Cache purge rollback: a purge cannot be undone; to go back, revert the content at its source{Source(facts)} and purge the same paths again.";
        }

        if (ChangesResources(facts))
        {
            yield return ResourceSteps.Rollback(facts, UsesHelm(facts));
        }
        else if (AppliesChart(facts))
        {
            yield return $"Infrastructure rollback: `helm rollback` to the revision recorded before the upgrade (`{facts.Paths.Chart}` stays as it was), then check that every pod is ready.";
        }

        if (NodePools(facts) is { } pools)
        {
            foreach (var line in NodePoolSteps.Rollback(pools))
            {
                yield return line;
            }
        }
        else if (UsesTerraform(facts))
        {
            yield return "Infrastructure rollback: re-apply the previous state from version control with `terraform apply` after reviewing its plan.";
        }
    }

    /// <summary>
    /// A Helm chart is applied: named, or the default for infrastructure work that names neither Terraform nor a purge. An
    /// image rolled out with nothing but the platform's parts named ("The Ingress Controller will fail to start …", an
    /// ingress controller's own release) has one vehicle, that image: an assumed chart upgrade beside it would deploy the
    /// same component twice.
    /// </summary>
    private static bool AppliesChart(PlanFacts facts) => UsesHelm(facts) || (!UsesTerraform(facts) && !Purges(facts) && !(facts.Is(ChangeKind.Image) && !NamesInfraTool(facts)));

    /// <summary>The notes name the tool or files the infrastructure change is applied with (a chart, values, manifests, Kustomize, Pulumi).</summary>
    private static bool NamesInfraTool(PlanFacts facts) => InfraTool().IsMatch(facts.Notes) || facts.Names.Charts.Count > 0;

    [GeneratedRegex(@"\bhelm\b | \bcharts?\b | \bvalues(?:-[\w-]+)?\.ya?ml\b | \bmanifests?\b | \bkustomiz\w* | \bpulumi\b | \bkubectl\s+apply\b", RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex InfraTool();

    /// <summary>Resource settings (limits, requests, replicas, HPA bounds) change on a Deployment, not cloud resources.</summary>
    private static bool ChangesResources(PlanFacts facts) => !UsesTerraform(facts) && ResourceSteps.Of(facts).Count > 0;

    /// <summary>Node pools the notes create or retire: cloud infrastructure, applied with Terraform.</summary>
    private static NodePoolChange? NodePools(PlanFacts facts) => UsesTerraform(facts) ? facts.NodePools : null;

    /// <summary>Terraform (or OpenTofu) is named ("terraform", "tf: …", a .tf file), or the notes change node pools and name no chart.</summary>
    private static bool UsesTerraform(PlanFacts facts) =>
        Terraform().IsMatch(facts.Notes)
        || (!UsesHelm(facts) && facts.NodePools is not null)
        || facts.Names.Files.Any(file => file.EndsWith(".tf", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".tfvars", StringComparison.OrdinalIgnoreCase));

    private static bool UsesHelm(PlanFacts facts) =>
        facts.Notes.Contains("helm", StringComparison.OrdinalIgnoreCase)
        || facts.Names.Charts.Any(path => !path.EndsWith(".tf", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".tfvars", StringComparison.OrdinalIgnoreCase));

    /// <summary>A CDN or cache purge; with no chart or Terraform named it is the whole change.</summary>
    private static bool Purges(PlanFacts facts) => Purge().IsMatch(facts.Notes);

    public static bool PurgeOnly(PlanFacts facts) => Purges(facts) && !UsesTerraform(facts) && !UsesHelm(facts);

    private static IReadOnlyList<Core.Plans.Analysis.ReleaseItem> PurgeItems(PlanFacts facts) =>
        [.. facts.Analysis.Items.Where(item => Purge().IsMatch(item.Text))];

    private static string Paths(PlanFacts facts)
    {
        var items = PurgeItems(facts);
        var urls = items.SelectMany(item => Url().Matches(item.Text).Select(match => match.Value.TrimEnd('.', ',', ';', ')')));
        var names = urls.Concat(items.SelectMany(item => NotesFacts.NamesIn(item.Text))).Distinct(StringComparer.OrdinalIgnoreCase).Take(6).ToArray();
        return names.Length == 0 ? string.Empty : ": " + Wording.Code(names);
    }

    [GeneratedRegex(@"\bterraform\b | \bopen-?tofu\b | \btofu\s+(?:plan|apply)\b | (?<![\w.-])tf(?:\s*:|\s+(?:plan|apply|change|module|state)\b)", RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Terraform();

    [GeneratedRegex(@"https?://[\w.-]+(?:/[\w.~%/-]*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Url();

    /// <summary>Where the content is edited (" in Contentful"), from "updated the pricing copy in Contentful".</summary>
    private static string Source(PlanFacts facts) =>
        ContentSource().Match(facts.Notes) is { Success: true } match ? $" (\"{match.Groups["source"].Value}\")" : string.Empty;

    [GeneratedRegex(@"\bpurg\w* | \binvalidat\w*\s+(?:the\s+)?(?:cdn|cache|edge) | \bcache\s+invalidation", RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Purge();

    [GeneratedRegex(@"\b(?:updated|changed|edited|published|modified|changes?)\b[^.\n]{0,60}?\b(?:in|on|from|via)\s+(?<source>[A-Z][\w.-]*\w)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ContentSource();
}
