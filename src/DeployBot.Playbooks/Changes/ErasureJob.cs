using System.Text.RegularExpressions;
using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A job that erases or anonymises personal data ("GDPR erasure backlog: running erase_users for 1,840 requests (batch
/// DPO-2026-12). deletes profile + addresses, order PII anonymized (orders kept for tax). irreversible"). It is neither a
/// backfill nor a contract step: it runs once for an approved list of requests, each request is done or not, and its
/// snapshot is no ordinary way back, since restoring it brings back what the law required to be erased.
/// </summary>
/// <param name="Job">The job or command the notes run, as written ("erase_users"), or null when they name none.</param>
/// <param name="Batch">The approved batch or ticket the run covers ("DPO-2026-12"), or null.</param>
/// <param name="Requests">How many requests the run covers ("1,840 requests"), or null.</param>
/// <param name="Kept">What the notes say is kept on purpose ("orders kept for tax"), or null.</param>
internal sealed partial record ErasureJob(string? Job, string? Batch, string? Requests, string? Kept)
{
    public static ErasureJob? Read(string notes)
    {
        if (!PersonalDataErasure.Mentions(notes))
        {
            return null;
        }

        var job = Backticked().Match(notes) is { Success: true } command && JobWords().IsMatch(command.Groups["command"].Value) ? command.Groups["command"].Value
            : Ran().Match(notes) is { Success: true } ran ? ran.Groups["job"].Value
            : ErasureName().Match(notes) is { Success: true } named ? named.Value : null;
        var batch = BatchId().Match(notes) is { Success: true } id ? id.Groups["id"].Value : null;
        var requests = RequestCount().Match(notes) is { Success: true } count ? count.Value : null;
        // "GDPR: add a consent banner; delete the old cookie" mentions erasure words but runs no erasure: a job, a batch or
        // the requests it serves make it one.
        if (job is null && batch is null && requests is null && !RequestWords().IsMatch(notes))
        {
            return null;
        }

        return new ErasureJob(job, batch, requests, KeptOnPurpose().Match(notes) is { Success: true } kept ? kept.Value.Trim() : null);
    }

    /// <summary>
    /// A destructive item the job does: it deletes, erases or anonymises records and changes no schema ("deletes profile +
    /// addresses, order PII anonymized"). A table dropped beside it is still a contract step.
    /// </summary>
    public static bool Covers(ReleaseItem item) => !item.Risks.Contains(RiskArea.Schema) && Deletes().IsMatch(item.Text);

    /// <summary>The sentences of an item that delete or anonymise ("deletes profile + addresses, order PII anonymized (orders kept for tax)").</summary>
    /// <remarks>A sentence that says what is deleted is preferred to the one that only names the erasure ("GDPR erasure backlog: running erase_users").</remarks>
    public static string? Deleting(ReleaseItem item)
    {
        var sentences = Sentences.Of(item.Text).Select(sentence => sentence.TrimEnd('.')).Where(sentence => Deletes().IsMatch(sentence)).ToArray();
        var what = sentences.Where(sentence => Removes().IsMatch(sentence)).ToArray();
        return (what.Length > 0 ? what : sentences) is { Length: > 0 } picked ? string.Join(". ", picked) : null;
    }

    /// <summary>"the erasure job `erase_users`", or "the erasure job" when the notes name none.</summary>
    public string Called => Job is { } job ? $"the erasure job `{job}`" : "the erasure job";

    /// <summary>"for the 1,840 requests of batch DPO-2026-12", or what of it the notes give.</summary>
    public string Scope => (Requests, Batch) switch
    {
        ({ } requests, { } batch) => $" for the {requests} of batch {batch}",
        ({ } requests, null) => $" for the {requests}",
        (null, { } batch) => $" for the requests of batch {batch}",
        _ => " for the approved requests",
    };

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"`(?<command>[^`\n]{3,80})`", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Backticked();

    [GeneratedRegex(@"eras|anonymi|forget|gdpr|dsar|purge|pii", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex JobWords();

    /// <summary>"running erase_users", "run the anonymize-accounts job": a job name joined by "_", "-" or ":" after a verb of running.</summary>
    [GeneratedRegex(@"\b(?:run|runs|running|ran|execut\w*|start\w*|trigger\w*)\s+(?:the\s+)?(?<job>[a-z][a-z0-9]*(?:[_:-][a-z0-9]+)+)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex Ran();

    /// <summary>A job-like name about erasure anywhere ("anonymize_closed_accounts", "gdpr:erase").</summary>
    [GeneratedRegex(@"\b(?=[a-z0-9_:-]*(?:eras|anonymi|forget|gdpr|dsar))[a-z][a-z0-9]*(?:[_:-][a-z0-9]+)+\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex ErasureName();

    /// <summary>"(batch DPO-2026-12)", "batch #42", "ticket PRIV-311".</summary>
    [GeneratedRegex(@"\b(?:batch|ticket|request\s+list|list)\s+\#?(?<id>[A-Z][A-Z0-9]*-[\w-]*\d[\w-]*|\d[\w-]*)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex BatchId();

    [GeneratedRegex(@"\b(?:erasure|deletion|gdpr|dsar|data\s+subject)\s+requests?\b|\bdsars?\b|\bright\s+to\s+(?:be\s+forgotten|erasure)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex RequestWords();

    /// <summary>"1,840 requests", "312 erasure requests", "~2k DSARs".</summary>
    [GeneratedRegex(@"~?\d[\d,.]*\s*[k]?\s+(?:erasure\s+|deletion\s+|gdpr\s+)?(?:requests|dsars|subjects|users|accounts)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex RequestCount();

    /// <summary>"orders kept for tax", "invoices are retained for 10 years".</summary>
    [GeneratedRegex(@"\b[a-z]+\s+(?:are\s+|is\s+)?(?:kept|retained|preserved)\b[^.;)\n]{0,40}", Options, MatchBudget.Milliseconds)]
    private static partial Regex KeptOnPurpose();

    [GeneratedRegex(@"\b(?:delet\w*|anonymi[sz]\w*|pseudonymi[sz]\w*|purg\w*|scrub\w*|redact\w*)", Options, MatchBudget.Milliseconds)]
    private static partial Regex Removes();

    [GeneratedRegex(@"\b(?:delet\w*|eras\w*|anonymi[sz]\w*|pseudonymi[sz]\w*|purg\w*|scrub\w*|redact\w*)", Options, MatchBudget.Milliseconds)]
    private static partial Regex Deletes();
}
