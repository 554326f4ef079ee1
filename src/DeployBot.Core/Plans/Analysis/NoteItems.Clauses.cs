using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>How <see cref="NoteItems"/> cuts a line at ";" outside code, keeping a clause that points back with its name.</summary>
internal static partial class NoteItems
{
    /// <summary>
    /// The ";"-separated clauses of <paramref name="line"/>; a clause that refers back by a pronoun to a name the clause
    /// before it gives ("`CACHE_TTL` was reset to its default; if you changed it, you must set it again") stays with it, so
    /// what it asks of the operator keeps the name a step can act on. Where the sentence before the ";" names nothing ("…, so
    /// the broker never assigns them a topic; they are unaffected") the pronoun has no name to carry, and the clauses stay apart.
    /// </summary>
    private static IEnumerable<string> SplitOutsideCode(string line)
    {
        string? pending = null;
        foreach (var part in SemicolonParts(line))
        {
            if (pending is not null && RefersBack().IsMatch(part) && NamedObject().IsMatch(Sentences(pending).Last()))
            {
                pending += ";" + part;
                continue;
            }

            if (pending is not null)
            {
                yield return pending;
            }

            pending = part;
        }

        if (pending is not null)
        {
            yield return pending;
        }
    }

    private static IEnumerable<string> SemicolonParts(string line)
    {
        var start = 0;
        var inCode = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '`')
            {
                inCode = !inCode;
            }
            else if (line[i] == ';' && !inCode)
            {
                yield return line[start..i];
                start = i + 1;
            }
        }

        yield return line[start..];
    }

    /// <summary>
    /// A clause whose subject points back at the clause before it: it opens with "it" or "they" ("; it is now required"),
    /// with "this", "these" or "those" standing alone before a verb ("; this means …", "; these must be set again"), or with
    /// a condition that names the earlier thing by a pronoun ("; if you changed it, …", "; unless you set them, …").
    /// "This release …" or "these options …" name a thing of their own, so they start a clause of their own.
    /// </summary>
    [GeneratedRegex("""
        ^\s*(?:(?:and|but|so|otherwise)\s+)?
        (?: (?:it|they|them)\b(?!['’]s\s+(?:now\s+)?(?:possible|recommended)\b)
          | (?:this|these|those)\b(?=\s*(?:[,.:]|$)|\s+(?:is|are|was|were|will|would|can|cannot|could|must|should|may|might|means?|meant|requires?|has|have|had|only|also|now|no|not|affects?|appl(?:y|ies)|allows?|makes?|breaks?|changes?|needs?)\b)
          | (?:if|when|unless|once|after|before|where|in\s+case)\s+[^,;]{0,60}?\b(?:it|they|them)\b )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    internal static partial Regex RefersBack();

    /// <summary>A name an operator acts on: a code span (<c>`CACHE_TTL`</c>), a SETTING_NAME or a dotted key (<c>ingest.batch_size</c>).</summary>
    [GeneratedRegex(@"`[^`\n]+`|\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\b[a-z_]+(?:\.[a-z_]+)+\b", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex NamedObject();
}
