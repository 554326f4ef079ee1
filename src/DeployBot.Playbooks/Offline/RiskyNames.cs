using System.Text.RegularExpressions;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Changes;

namespace DeployBot.Playbooks.Offline;

/// <summary>
/// The names the summary gives for the risky items: what the operator looks for at 2 a.m. Not a dependency the release
/// raised ("chore(deps): bump github.com/rabbitmq/amqp091-go …", <see cref="DependencyBumps"/>), not a piece of a module
/// path or URL ("/rabbitmq/amqp091-go", "golang.org" of "golang.org/x/crypto"), and not a member named beside the thing
/// it belongs to ("the `object` property of the `MeterEvent`": "MeterEvent" says it, "object" alone says nothing).
/// </summary>
internal static class RiskyNames
{
    /// <summary>Up to four names, settings the notes keep as they are left out ("REDIS_URL stays the same").</summary>
    public static string[] Of(PlanFacts facts) =>
        [.. UnchangedSettings.Changed(
            facts.RiskyItems.Where(item => !DependencyBumps.IsBump(item.Text))
                .SelectMany(item => NotesFacts.ObjectsOf(item.Text).Where(name => !PathPiece(name, item.Text) && !MemberOfNamed(name, item.Text)))
                .Concat(facts.Names.Keys).Distinct(), facts.Notes).Take(4)];

    /// <summary>
    /// The name is in the text only as the head or the tail of a longer path: "golang.org" and "/x/net" of
    /// "golang.org/x/net", "/rabbitmq/amqp091-go" of "github.com/rabbitmq/amqp091-go", "/pull/2683" of a link.
    /// </summary>
    private static bool PathPiece(string name, string text) =>
        text.Contains(name, StringComparison.OrdinalIgnoreCase)
        && !Regex.IsMatch(text, $@"{(name.StartsWith('/') ? @"(?<![\w.-])" : string.Empty)}{Regex.Escape(name)}(?!/\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout);

    /// <summary>"the `object` property of the `MeterEvent`": a member whose owner the text names.</summary>
    private static bool MemberOfNamed(string name, string text) =>
        Regex.IsMatch(text, $@"(?<![\w.-])[`'""]?{Regex.Escape(name)}[`'""]?\s+(?:property|attribute|field|member)\s+(?:of|on)\s+(?:the\s+|an?\s+)?[`'""]?[A-Za-z_]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout);
}
