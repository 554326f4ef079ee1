using System.Text.RegularExpressions;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Kinds;

/// <summary>Application image: verify the image, record the previous tag, canary then rollout; rollback = the previous image.
/// Several services roll out one by one, in the order the notes require, with the contract between them checked.</summary>
internal sealed partial class ImagePlaybook : IPlaybook
{
    public ChangeKind Kind => ChangeKind.Image;

    public IEnumerable<TimedStep> Steps(PlanFacts facts)
    {
        // Settings or secrets alone are applied and restarted by the config playbook: there is no image to build or canary.
        if (Urgency.ConfigOnly(facts))
        {
            yield break;
        }

        var p = facts.Paths;
        var dark = facts.Flag is { } flag ? $"deploy with {flag} off; the new code path stays dark" : null;
        if (facts.Package is { Kind: Package.Library } library)
        {
            // A library ships in the services that depend on it: each is rebuilt with the bumped dependency and rolled out.
            foreach (var step in LibrarySteps.Steps(facts, library, what => Rollout(facts, what, p.Deployment, dark)))
            {
                yield return step;
            }

            yield break;
        }

        var target = Urgency.IsIncident(facts)
            ? "record the last image tag that ran before the incident as the rollback target (the one running now may be the broken one)"
            : "record the image tag running now as the rollback target";
        var baseImage = BaseImage().Match(facts.Notes) is { Success: true } named ? $" on the base image `{named.Groups["image"].Value}`" : string.Empty;
        var cves = Cve().Matches(facts.Notes).Select(match => match.Value.ToUpperInvariant()).Distinct().Take(4).ToArray();
        var scan = cves.Length > 0 ? $" (the scan no longer reports {string.Join(", ", cves)})" : string.Empty;
        var built = baseImage.Length + scan.Length == 0
            ? "Confirm that CI built and scanned the release image for the release commit"
            : $"Confirm that CI built the release image{baseImage} for the release commit and scanned it{scan}";
        yield return Automated(Phase.Prepare, $"{built}, and {target}", p.Pipeline, 5);
        if (StartOnce.Applies(facts))
        {
            yield return StartOnce.Announce(facts);
        }

        var services = facts.Names.Services;
        if (services.Count == 0)
        {
            var version = NotesFacts.VersionOf(facts.Notes, null);
            foreach (var step in Rollout(facts, version is null ? "the new version" : $"version {version}", p.Deployment, dark))
            {
                yield return step;
            }

            yield break;
        }

        foreach (var (service, index) in services.Select((s, i) => (s, i)))
        {
            // "(first)" only orders several services; a lone service has nothing to be first of.
            var order = services.Count == 1 ? string.Empty : index == 0 ? " (first)" : $" (after {services[index - 1]} is healthy)";
            var version = NotesFacts.VersionOf(facts.Notes, service) is { } v ? $" {v}" : string.Empty;
            foreach (var step in Rollout(facts, $"{service}{version}{order}", p.Deployment, index == 0 ? dark : null))
            {
                yield return step;
            }
        }
    }

    public IEnumerable<string> Checks(PlanFacts facts) =>
        facts.Package is { Kind: Package.Library } library && !Urgency.ConfigOnly(facts) ? [LibrarySteps.Check(library)] : [];

    public IEnumerable<string> Verification(PlanFacts facts)
    {
        if (facts.Package is { Kind: Package.Library } library && !Urgency.ConfigOnly(facts))
        {
            yield return LibrarySteps.Verification(library);
        }

        if (facts.Names.Services.Count >= 2 && !Urgency.ConfigOnly(facts))
        {
            yield return $"Between services: contract tests between {Wording.List(facts.Names.Services)} pass, and each one's calls to the next show no new 4xx/5xx.";
        }
    }

    public IEnumerable<string> Rollback(PlanFacts facts)
    {
        if (Urgency.ConfigOnly(facts))
        {
            yield break;
        }

        if (facts.Package is { Kind: Package.Library } library)
        {
            yield return LibrarySteps.Rollback(facts, library);
            yield break;
        }

        var which = facts.Names.Services.Count >= 2 ? $" for each of {Wording.List(facts.Names.Services)}, in the reverse order" : string.Empty;
        var target = Urgency.IsIncident(facts) ? "the last image tag from before the incident" : "the previous image tag recorded before the rollout";
        // A point of no return the notes state limits it: after it, the previous image alone no longer works (NoWayBackPlaybook).
        var until = facts.NoWayBack is { } stated ? $", only until {stated.When} (the point of no return above)" : string.Empty;
        if (StartOnce.Migrates(facts) && facts.NoWayBack is null)
        {
            yield return StartOnce.Rollback(facts, target + which);
            yield break;
        }

        yield return $"Version rollback{until}: redeploy {target}{which} (`kubectl rollout undo` on `{facts.Paths.Deployment}`).";
    }

    private static IEnumerable<TimedStep> Rollout(PlanFacts facts, string what, string manifest, string? dark)
    {
        if (facts.IsProduction && Urgency.IsIncident(facts))
        {
            // The incident is the outage: a 10-minute canary hold keeps 90% of users on the broken version for longer.
            yield return Automated(Phase.Rollout, $"Roll out {what} to all replicas now (an incident hotfix: no canary hold), keeping the previous ReplicaSet, and watch the incident's symptom clear as pods turn over", manifest, 10, dark);
        }
        else if (StartOnce.Applies(facts))
        {
            // The notes stop the old version first, or the new one changes the data as it starts: a canary would run the two side by side.
            yield return StartOnce.Start(facts, what, manifest);
        }
        else if (facts.IsProduction && StatedCanary(facts) is { } canary)
        {
            var hold = canary.HoldMinutes ?? 10;
            var stages = canary.Percents.Where(percent => percent < 100).ToArray();
            yield return Automated(Phase.Rollout, $"Start the rollout of {what} as a canary at {stages[0]}% of traffic, as the notes ask (replicas in that proportion, or the weight your ingress or mesh splits traffic by), and watch errors and latency for {hold} minutes", manifest, hold + 5, dark);
            foreach (var percent in stages.Skip(1))
            {
                yield return Automated(Phase.Rollout, $"Raise {what} to {percent}% of traffic and watch errors and latency for {hold} minutes; go on only while they meet the pass criteria", manifest, hold + 2);
            }

            yield return Automated(Phase.Rollout, $"Complete the rollout of {what} to all replicas (100%), keeping the previous ReplicaSet for a quick undo", manifest, 10);
        }
        else if (facts.IsProduction)
        {
            yield return Automated(Phase.Rollout, $"Start the rollout of {what} as a canary (one replica, about 10% of traffic) and watch errors and latency for 10 minutes", manifest, 15, dark);
            yield return Automated(Phase.Rollout, $"Complete the rollout of {what} to all replicas, keeping the previous ReplicaSet for a quick undo", manifest, 10);
        }
        else
        {
            yield return Automated(Phase.Rollout, $"Run the rollout of {what} as a rolling update", manifest, 10, dark);
        }
    }

    /// <summary>
    /// The canary stages the notes give the rollout itself ("canary 10% then 50/100", "roll out 5% -> 25% -> 100%, 20 min
    /// each"), when no flag takes the ramp; a ramp spread over days is a flag's, and its first stage is tonight's.
    /// </summary>
    private static StatedRamp? StatedCanary(PlanFacts facts) =>
        facts.Flag is null && CanaryClause().Match(facts.Notes) is { Success: true } clause
        && StatedRamp.Read(clause.Value) is { Over: null } ramp && ramp.Percents.Any(percent => percent < 100) ? ramp : null;

    [GeneratedRegex(@"\b(?:canary|canaries|traffic\s+split|weighted\s+rollout|rollout|roll\s+(?:it\s+|this\s+)?out)\b[^\n.;]{0,30}?\d{1,3}\s?%[^\n;]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex CanaryClause();

    /// <summary>"base image eclipse-temurin:21.0.5_11-jre-jammy", "FROM node:20.11-alpine".</summary>
    [GeneratedRegex(@"(?:\bbase\s+image|\bFROM)\s+(?:to\s+|is\s+now\s+)?`?(?<image>[a-z0-9][\w./-]*:[\w.-]*[\w])`?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex BaseImage();

    [GeneratedRegex(@"\b(?:CVE-\d{4}-\d{4,7}|GHSA(?:-[23456789cfghjmpqrvwx]{4}){3})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Cve();
}
