using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The tickets the notes cite ("PAY-2231", "SEC-102", "INC-5301"): the plan names them so the people in the channel can
/// find the change's history and close the right ticket. Advisory ids ("CVE-2024-1234", "GHSA-…") and standards
/// ("RFC-7519", "ISO-8601") are references, not the team's tickets.
/// </summary>
internal static partial class Tickets
{
    /// <summary>
    /// The tickets in the order the notes cite them, without duplicates, at most <paramref name="limit"/>; an incident
    /// ticket however it is typed ("inc-4398", "INC 4398"), upper case and first, as the watch step and the status page name it.
    /// </summary>
    public static IReadOnlyList<string> In(string notes, int limit = 3) =>
        [.. new[] { IncidentReading.TicketIn(notes) }.OfType<string>()
            .Concat(Ticket().Matches(notes).Select(match => match.Value).Where(id => !NotTickets.Contains(id[..id.IndexOf('-', StringComparison.Ordinal)])))
            .Distinct(StringComparer.Ordinal).Take(limit)];

    private static readonly HashSet<string> NotTickets = new(StringComparer.Ordinal)
    {
        "CVE", "GHSA", "CWE", "RFC", "ISO", "UTF", "SHA", "TLS", "SSL", "AES", "HTTP", "PEP", "JSR", "JEP", "KIP", "RHSA", "DSA", "USN", "SEV", "GPT",
        "RHEL", "JDK", "JRE", "FIPS", "SOC", "PHP", "ES", "RS", "PS", "HS", "IE", "FY", "PCI", "HIPAA", "ECMA", "IEEE", "ANSI", "NIST", "OWASP", "GDPR",
    };

    // A project key of 2-10 capital letters, a hyphen and a number of 2-6 digits, standing alone or in a tracker link
    // (".../browse/OPS-881", "CORE-88/CORE-89"): not "CVE-2024-1234" (followed by another number), not part of a longer
    // name ("orders-db-2", "X-Api-Key-1"), not "RHEL-9" or "Q3-2025".
    [GeneratedRegex(@"(?<![\w.\-#])[A-Z]{2,10}-\d{2,6}(?![\w\-]|\.\d)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Ticket();
}
