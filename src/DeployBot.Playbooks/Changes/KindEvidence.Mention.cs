using System.Text.RegularExpressions;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A line that names no setting and speaks of config only in passing: "Cluster restart rules were fixed for some
/// structured settings", "Support dynamically modifying the exporter's configuration (#812)", "For more information, see
/// the settings documentation", "`tls: true` now logs a warning". The release changed something; the operator has no
/// value to apply, so no config step ("Apply the new settings and secrets of line 6") and no revocation date.
/// </summary>
internal static partial class KindEvidence
{
    /// <summary>
    /// The item names no setting, and no sentence of it that speaks of config asks the operator to do something there:
    /// no "you must / should / need to / please / make sure", no "must be", no "set X to", no "your … config", no config
    /// file, no setting named in code font beside its kind, no changed default, no rename of a setting, and no instruction
    /// in the imperative, unless a ticket reference shows the imperative is a changelog entry's
    /// ("Update the compose configuration to use memcached (#1405)": what the project did).
    /// </summary>
    private static bool OnlyMentionsConfig(ReleaseItem item, IReadOnlyCollection<string> settings)
    {
        if (settings.Count > 0)
        {
            return false;
        }

        var ticket = TicketReference().IsMatch(item.Text);
        var sentences = item.Text.Split('\n').SelectMany(Sentences.Of).Where(sentence => ConfigWord().IsMatch(CliOption().Replace(sentence, " "))).ToArray();
        return !sentences.Any(sentence => AsksOperator().IsMatch(sentence) || NamedSetting().IsMatch(sentence) || Default().IsMatch(sentence)
            || (!ticket && Imperative().IsMatch(sentence)));
    }

    /// <summary>"you must", "you need to", "please", "make sure", "set `X` to", "your logging configuration", a setting renamed or replaced.</summary>
    [GeneratedRegex(@"\b(?:you|operators?|admins?|administrators?|users?)\s+(?:will\s+)?(?:must|should|need\s+to|needs\s+to|have\s+to|has\s+to)\b | \bplease\b | \bmake\s+sure\b | \bensure\b | \bbe\s+sure\s+to\b | \bset\s+[`'""]?[\w.-]+[`'""]?\s*(?:to|=) | \byour\s+(?:\w+\s+){0,2}(?:config\w*|settings?|secrets?|env\w*|credentials?|keys?|tokens?|passwords?|vault|inventory|values) | \b(?:must|should|needs?\s+to|has\s+to|have\s+to)\s+be\b | \bconfig(?:uration)?\s+files?\b | \brenam(?:e|es|ed|ing)\b | \breplac(?:e|es|ed|ing)\s+[^.;\n]{0,60}?\b(?:with|by)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex AsksOperator();

    /// <summary>A setting named in code font beside its kind: "the `cache.ttl` setting", "New setting `x`", "Setting `x` to `false`".</summary>
    [GeneratedRegex(@"`[^`\n]+`+\s+(?:setting|option|config(?:uration)?\s+(?:item|key|option)|key)s?\b | \b(?:setting|option|config(?:uration)?\s+(?:item|key|option))s?:?\s+`", Options, MatchBudget.Milliseconds)]
    private static partial Regex NamedSetting();

    /// <summary>A sentence or a clause ("…, rotate SENDGRID key") that opens with an operator's verb in the imperative: "Rotate the Stripe key", "Move the SMTP password to Vault", "Patch the volume …".</summary>
    [GeneratedRegex(@"(?:^|[,;+]\s)[\s>*+\-\d.)]*(?:\*\*[^*]+\*\*:?\s*)?(?:rotate|set|update|change|move|load|provide|replace|renew|revoke|remove|delete|store|put|switch|point|enable|disable|raise|lower|increase|decrease|patch|configure|create|generate|issue|apply|restore|migrate|copy|export|import|mount|inject|pass|add)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Imperative();

    /// <summary>"(#1405)", "[#6051](…)", "[PROJ-4501]", "…/pull/12": the line is a project changelog's entry for a change already made.</summary>
    [GeneratedRegex(@"\[\#?\d+\] | \(\#\d+\) | (?<![\w&])\#\d{2,}\b | \[[A-Z][A-Z0-9]+-\d+\] | /(?:pull|issues|browse)/", RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex TicketReference();
}
