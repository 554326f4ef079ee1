using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The lines of the notes that only raise a dependency of the released software: "chore(deps): bump
/// github.com/rabbitmq/amqp091-go from 1.6.0 to 1.6.1", "Bump lodash from 4.17.20 to 4.17.21", "Update module
/// github.com/segmentio/kafka-go to v0.4.47", "The Google Pub/Sub and Sentry provider SDKs have been upgraded". The library
/// they name is compiled into the release: no broker, payment provider or identity provider of the operator's changes
/// with it, so they raise no kind of change (a plan that recorded consumer offsets and rolled out "consumers first" for an
/// AMQP client's patch sent the operator after topics nobody has).
/// </summary>
/// <remarks>
/// A line that upgrades stateful software the operator runs ("Bump Kafka brokers from 3.5 to 3.7") is not a bump of a
/// library (<see cref="StatefulSoftware"/>).
/// </remarks>
internal static partial class DependencyBumps
{
    /// <summary>The text with each dependency-bump line blanked and each sentence saying dependencies were upgraded taken out.</summary>
    public static string Without(string text) =>
        Upgraded().Replace(string.Join('\n', text.Split('\n').Select(line => IsBump(line) ? string.Empty : line)), " ");

    /// <summary>The line or item raises a dependency and does nothing else.</summary>
    /// <remarks>"chore(dep): bump go to 1.26 and migrate of reverse proxy handling" does more than raise one: it stays.</remarks>
    public static bool IsBump(string text) =>
        (Conventional().IsMatch(text) || FromTo().IsMatch(text) || Module().IsMatch(text)) && !AndMore().IsMatch(text) && StatefulSoftware.Read(text).Count == 0;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>A conventional commit scoped to dependencies: "chore(deps): bump …", "build(deps-dev): update …", "deps: upgrade …".</summary>
    [GeneratedRegex(@"\b(?:(?:chore|build|fix|feat|ci|refactor)\((?:[\w./-]*-)?deps?(?:-[\w./-]*)?\)|deps(?:\([\w./-]+\))?)!?:\s*(?:bump|update|upgrade|pin)\w*\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Conventional();

    /// <summary>Dependabot's form: "Bump lodash from 4.17.20 to 4.17.21", "Bumps `@types/node` from 20.1 to 20.2".</summary>
    [GeneratedRegex(@"\bbump(?:s|ed)?\s+[`'""]?[@\w][\w./@-]*[`'""]?\s+from\s+[`'""]?v?\d[\w.+-]*[`'""]?\s+to\s+[`'""]?v?\d", Options, MatchBudget.Milliseconds)]
    private static partial Regex FromTo();

    /// <summary>Renovate's form: "Update module github.com/x/y to v1.2.3", "update dependency @acme/sdk to v2".</summary>
    [GeneratedRegex(@"\b(?:update|upgrade)\s+(?:module|dependency|package|gem|crate)\s+[`'""]?[@\w][\w./@-]*[`'""]?\s+to\s+[`'""]?v?\d", Options, MatchBudget.Milliseconds)]
    private static partial Regex Module();

    /// <summary>The line goes on to another change: "… and migrate of reverse proxy handling", "… and fix the retry loop".</summary>
    [GeneratedRegex(@"\b(?:and|also|plus)\s+(?:migrat|refactor|fix|add|remov|chang|switch|mov|rework|replac|drop|introduc|rewrit|enabl|disabl)\w*", Options, MatchBudget.Milliseconds)]
    private static partial Regex AndMore();

    /// <summary>A sentence saying the software's own dependencies were raised: "The Google Pub/Sub and Sentry provider SDKs have been upgraded to their latest versions."</summary>
    [GeneratedRegex(@"(?<=^|[.!?]\s|\n)[^.!?\n](?:[^.!?]|\.(?=\S)){0,200}?\b(?:SDKs?|dependenc(?:y|ies)|librar(?:y|ies)|modules|packages|gems|crates)\s+(?:have\s+been|has\s+been|were|was|are|is)\s+(?:also\s+)?(?:upgraded|updated|bumped)\b(?:[^.!?]|\.(?=\S)){0,200}[.!?]?", Options, MatchBudget.Milliseconds)]
    private static partial Regex Upgraded();
}
