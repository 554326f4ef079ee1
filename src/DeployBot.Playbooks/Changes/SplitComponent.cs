using System.Text.RegularExpressions;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Offline;
using static DeployBot.Playbooks.Offline.TimedStep;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A part the software used to ship inside itself now ships on its own ("The web interface is now a standalone product and
/// no longer distributed inside the sensu-backend binary"): the rollout removes it, so whoever uses it loses it unless it is
/// deployed separately first. The plan deploys it before the rollout (from where the notes point), checks it after, and
/// knows that the previous version brings the bundled part back.
/// </summary>
/// <param name="Component">What moves out, in the notes' words ("web interface").</param>
/// <param name="Quote">The item, quoted for the step.</param>
/// <param name="Url">Where the notes say it now lives, or null.</param>
internal sealed partial record SplitComponent(string Component, string Quote, string? Url)
{
    public static IReadOnlyList<SplitComponent> Read(ReleaseAnalysis analysis)
    {
        var items = analysis.Items;
        return [.. items.Select((item, index) => (item, index, match: NoLonger().Match(item.Text) is { Success: true } found ? found : Standalone().Match(item.Text)))
            .Where(found => found.match.Success)
            .Select(found => new SplitComponent(found.match.Groups["what"].Value.Trim(), NotesQuote.Words(found.item.Text, 160), Where(items, found.index)))
            .DistinctBy(split => split.Component, StringComparer.OrdinalIgnoreCase).Take(2)];
    }

    /// <summary>The address in the item, or in the sentence right after it ("Refer to https://github.com/sensu/web for more").</summary>
    private static string? Where(IReadOnlyList<ReleaseItem> items, int index) =>
        items.Skip(index).Take(2).Select(item => Address().Match(item.Text)).FirstOrDefault(match => match.Success)?.Value.TrimEnd('.', ',', ';', ')');

    public TimedStep Step(PlanFacts facts) => Manual(Phase.Prepare,
        $"Before the rollout, deploy the {Component} on its own, as the notes say (\"{Quote}\"): the new version no longer ships it, so its users lose it at the rollout unless it runs separately by then{(Url is null ? string.Empty : $"; its own release and install instructions are at {Url}")}; point it at {facts.Env} and tell its users where it now lives",
        null, 15);

    public string Verification => $"The {Component}, now deployed on its own, is reachable at its own address and works against the new version (sign in, and its main pages load).";

    public string Rollback => $"The previous version ships the {Component} inside it again: a version rollback brings it back there, and the separately deployed {Component} can stay until the next upgrade.";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const string Part = @"(?<what>(?:web\s+)?(?:ui|interface|dashboard|console|frontend|front-end|admin\s+panel|cli|client|agent|plugin|exporter)|(?:\w+[\s-]){0,2}(?:ui|interface|dashboard|console|frontend|front-end|panel|cli|client|agent|plugin|exporter))";

    /// <summary>"The web interface … no longer distributed inside the sensu-backend binary", "the dashboard is no longer bundled with the server".</summary>
    [GeneratedRegex($@"^\W*(?:the\s+)?{Part}\b[^.\n]{{0,80}}?\b(?:is|are)?\s*no\s+longer\s+(?:distributed|shipped|bundled|included|packaged|embedded|built)\s+(?:inside|in|with|into|as\s+part\s+of)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex NoLonger();

    /// <summary>"The web UI is now a standalone product", "the console moved to its own image".</summary>
    [GeneratedRegex($@"^\W*(?:the\s+)?{Part}\s+(?:is|are|has\s+been|was)\s+(?:now\s+)?(?:a\s+)?(?:standalone|separate)\s+(?:product|component|project|application|app|service|image|binary|package|repository)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Standalone();

    [GeneratedRegex(@"https?://[^\s)\]>""]+", Options, MatchBudget.Milliseconds)]
    private static partial Regex Address();
}
