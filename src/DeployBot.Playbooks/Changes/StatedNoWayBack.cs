using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A point of no return the notes state: "no rollback to the 3.9 image once v4 models are live", "can't roll back after
/// the v2 events are written". <paramref name="Old"/> is what cannot be gone back to ("the 3.9 image"), or null when the
/// notes do not say; <paramref name="When"/> the moment it closes ("v4 models are live"). With it, the versioned artifacts
/// the notes name ("s3://ml-models/v3/") and the next version's path, when the notes name that version ("v4"). Also an
/// older version that cannot read what the new one writes ("earlier versions of Barman will not work in the presence of
/// any backups taken with 3.0.0"): the moment is the first such thing written. <paramref name="OnData"/> when what the
/// older version cannot use is the database or its data ("after upgrading, users will not be able to use their database
/// with older versions of Sensu"): then the way back after the moment is the snapshot taken before it, not forward only.
/// </summary>
internal sealed partial record StatedNoWayBack(string? Old, string When, string? OldArtifacts, string? NewArtifacts, bool OnData = false)
{
    public static StatedNoWayBack? Read(string notes)
    {
        if (NoWayBack().Match(notes) is not { Success: true } stated)
        {
            return Standalone(notes);
        }

        var old = stated.Groups["old"] is { Success: true } named ? OlderVersions().Replace(named.Value.Trim(), static m => m.Value.ToLowerInvariant()) : null;
        var onData = stated.Groups["data"].Success || DataWritten().IsMatch(stated.Groups["when"].Value);
        // "once you have upgraded to 2024.06, you won't be able to roll back": the moment is the upgrade itself.
        var when = stated.Groups["when"] is { Success: true, Value.Length: > 0 } moment ? Upgraded().Replace(moment.Value.Trim(), "the upgrade") : "the upgrade";
        // "any backups taken with 3.0.0" is a thing, not a moment: the moment is when they exist.
        when = Written().IsMatch(when) ? Written().Replace(when, string.Empty) + " exist" : when;
        if (Artifacts().Match(notes) is { Success: true } path && int.TryParse(path.Groups["n"].Value, out var n)
            && Regex.IsMatch(notes, $@"\bv{n + 1}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout))
        {
            var uri = path.Value;
            var next = string.Concat(uri.AsSpan(0, path.Groups["n"].Index - path.Index), (n + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), uri.AsSpan(path.Groups["n"].Index - path.Index + path.Groups["n"].Length));
            return new StatedNoWayBack(old, when, uri, next, onData);
        }

        return new StatedNoWayBack(old, when, null, null, onData);
    }

    /// <summary>"the 3.9 image", or "the previous version".</summary>
    public string Previous => Old ?? "the previous version";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?:no|without\s+a)\s+(?:roll[\s-]?back|way\s+back|going\s+back|downgrade)(?:\s+(?:to|on)\s+(?<old>(?:[^.;,\n()]|\.(?=\d)){1,40}?))?\s+(?:once|after|as\s+soon\s+as)\s+(?<when>(?:[^.;,\n()]|\.(?=\d)){3,80}) | \b(?:can(?:'|’|no)?t|cannot|won'?t\s+be\s+able\s+to)\s+(?:roll[\s-]?back|go\s+back|downgrade)(?:\s+(?:to|on)\s+(?<old>(?:[^.;,\n()]|\.(?=\d)){1,40}?))?\s+(?:once|after|as\s+soon\s+as)\s+(?<when>(?:[^.;,\n()]|\.(?=\d)){3,80})
        | \b(?:once|after|as\s+soon\s+as)\s+(?<when>(?:[^.;,\n()]|\.(?=\d)){3,80}?),?\s+(?:you\s+|it\s+)?(?:can(?:'|’|no)?t|cannot|won'?t\s+be\s+able\s+to|will\s+not\s+be\s+able\s+to)\s+(?:roll[\s-]?back|go\s+back|downgrade)(?:\s+(?:to|on)\s+(?<old>(?:[^.;,\n()]|\.(?=[\dxX*])){1,40}?))?(?=\s*(?:[.;,](?![\dxX*])|\n|$))
        | \b(?<old>(?:earlier|older|previous|prior)\s+versions?(?:\s+of\s+[\w.-]+)?)\s+(?:will\s+not|won'?t|cannot|can(?:'|’|no)?t|do\s+not|don'?t|are\s+unable\s+to|will\s+be\s+unable\s+to)\s+(?:work|read|open|load|start|understand)\s+(?:in\s+the\s+presence\s+of|with)\s+
          (?<when>(?:any\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:backups?|data|files?|snapshots?|databases?|indexes|indices|segments|metadata|records|state|repositor(?:y|ies))\s+(?:taken|written|created|made|produced|migrated|upgraded)\s+(?:with|by)\s+(?:[^.;,\n()]|\.(?=\d)){1,30})
        | (?:\b(?:once|after|as\s+soon\s+as)\s+(?<when>(?:[^.;,\n()]|\.(?=\d)){3,60}?),?\s+(?:[\w-]+\s+){0,3}?)?(?:will\s+not|won'?t|cannot|can(?:'|’|no)?t|will\s+be\s+unable\s+to|are\s+unable\s+to)\s+(?:be\s+able\s+to\s+)?(?:use|read|open|load|start\s+with)\s+
          (?<data>(?:the|their|your|its|this|that)\s+(?:[\w-]+\s+){0,2}?(?:database|data|data\s+directory|schema|metadata|state|store|storage))\s+(?:with|on|by|in)\s+(?<old>(?:earlier|older|previous|prior)\s+versions?(?:\s+of\s+[\w-]+(?:\.[\w-]+)*)?)
        | \b(?<data>(?:the|their|your|its|this|that)\s+(?:[\w-]+\s+){0,2}?(?:database|data|data\s+directory|schema|metadata|state|store|storage))\s+(?:will\s+not|won'?t|cannot|can(?:'|’|no)?t|can\s+no\s+longer)\s+be\s+(?:used|read|opened|loaded)\s+(?:with|by|on)\s+(?<old>(?:earlier|older|previous|prior)\s+versions?(?:\s+of\s+[\w-]+(?:\.[\w-]+)*)?)", Options, MatchBudget.Milliseconds)]
    private static partial Regex NoWayBack();

    /// <summary>"databases upgraded by 6.0.0", "data written by 3.0": the older version cannot use the data itself.</summary>
    [GeneratedRegex(@"\b(?:databases?|data|metadata|records|state|schemas?)\s+(?:written|migrated|upgraded|converted)\b", Options, MatchBudget.Milliseconds)]
    private static partial Regex DataWritten();

    /// <summary>"Older versions of Sensu" quoted inside a sentence of the plan reads "older versions of Sensu".</summary>
    [GeneratedRegex(@"^(?:Earlier|Older|Previous|Prior)\b", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex OlderVersions();

    [GeneratedRegex(@"^(?:any|the)\s+(?=.*\b(?:taken|written|created|made|produced|migrated|upgraded)\s+(?:with|by)\b)", Options, MatchBudget.Milliseconds)]
    private static partial Regex Written();

    [GeneratedRegex(@"^(?:you\s+(?:have\s+|'ve\s+)?(?:upgraded|upgrade|updated|update)\b|(?:upgrading|updating)$)", Options, MatchBudget.Milliseconds)]
    private static partial Regex Upgraded();

    /// <summary>"s3://ml-models/v3/", "gs://bucket/models/v12": a versioned artifact path.</summary>
    [GeneratedRegex(@"\b(?:s3|gs|az|abfss?|wasbs?)://[\w.\-/]*?/v(?<n>\d{1,4})(?:/|\b)", Options, MatchBudget.Milliseconds)]
    private static partial Regex Artifacts();
}
