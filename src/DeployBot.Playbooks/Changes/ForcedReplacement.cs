using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A resource the notes say a Terraform apply replaces: "unsetting this property now forces replacement of the resource",
/// "`azurerm_role_assignment.x` will be re-created", "changing it destroys and recreates the bucket". A replaced group, role
/// assignment, key, bucket, database, volume or cluster is a new object with a new id: what referred to the old one (members,
/// role assignments, data) is gone, and no state push brings it back. So the plan review stops on such a replace; it is never
/// "a change the notes explain". A sentence that says a replace no longer happens ("no longer forces replacement") is good
/// news, and an attribute "replaced by" another is a rename, not this.
/// </summary>
/// <param name="Names">The resources replaced, in the notes' words (`azuread_group`), or empty when the notes name none.</param>
internal sealed partial record ForcedReplacement(IReadOnlyList<string> Names)
{
    /// <summary>The replacement of a stateful or identity resource the notes announce, or null.</summary>
    public static ForcedReplacement? Read(string notes)
    {
        var names = new List<string>();
        var found = false;
        foreach (var line in notes.Split('\n'))
        {
            if (!Replaces(line))
            {
                continue;
            }

            var resources = Resources(line);
            if (resources.Length > 0)
            {
                found = true;
                names.AddRange(resources);
            }
            else if (StatefulWord().IsMatch(line))
            {
                found = true;
            }
        }

        return found ? new ForcedReplacement([.. names.Distinct(StringComparer.OrdinalIgnoreCase)]) : null;
    }

    /// <summary>"`azuread_group`", "`a` and `b`", or "the resource the notes say is replaced".</summary>
    public string Called => Names.Count == 0 ? "the resource the notes say is replaced" : string.Join(" or ", Names.Select(name => $"`{name}`"));

    /// <summary>The line says a resource is replaced (destroyed and created anew), and does not deny it.</summary>
    private static bool Replaces(string line) =>
        Replacement().Matches(line).Any(match => !Denied().IsMatch(line[Math.Max(0, match.Index - 30)..match.Index]));

    /// <summary>The Terraform resources of the line that hold state or identity: a resource type or address, by its words.</summary>
    private static string[] Resources(string line) =>
        [.. ResourceName().Matches(line).Select(match => match.Groups["name"].Value)
            .Where(name => Addressed(name, line) && Stateful(name))];

    /// <summary>
    /// A resource, not an attribute: an address (`type.name`), a name the line is about ("`azuread_group` - fix …",
    /// "## `x` will be re-created"), or one the line calls a resource.
    /// </summary>
    private static bool Addressed(string name, string line) =>
        name.Contains('.', StringComparison.Ordinal)
        || Regex.IsMatch(line, $@"^[\s#*>-]*(?:\*\*)?`{Regex.Escape(name)}`(?:\*\*)?\s*(?:[-–:]|\bresource\b|will\b|is\b|must\b|now\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout)
        || Regex.IsMatch(line, $@"`{Regex.Escape(name)}`\s+resources?\b|\bresources?\s+`{Regex.Escape(name)}`", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout);

    /// <summary>A resource type whose words (after the provider's) name something that holds data or identity.</summary>
    private static bool Stateful(string name) =>
        name.Split('.')[0].Split('_').Skip(1).Any(word => StatefulWord().IsMatch(word));

    [GeneratedRegex(@"`(?<name>[a-z][a-z0-9]*_[a-z0-9_]+(?:\.[A-Za-z0-9_-]+)?)`", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ResourceName();

    [GeneratedRegex(@"\b(?:groups?|roles?|assignments?|keys?|kms|buckets?|databases?|db|sql|volumes?|disks?|clusters?|users?|identit(?:y|ies)|principals?|applications?|secrets?|vaults?|storage|accounts?|instances?|tables?|filesystems?|snapshots?|certificates?|zones?|queues?|topics?|repositor(?:y|ies)|registr(?:y|ies)|servers?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex StatefulWord();

    /// <summary>
    /// "forces (a) replacement", "force new", "will be re-created / recreated / replaced", "destroy(s) and recreate(s)",
    /// "has to re-create the … resource", "is replaced" (not "replaced by/with": that is a rename).
    /// </summary>
    [GeneratedRegex(@"\bforc(?:e|es|ed|ing)\s+(?:a\s+|the\s+)?(?:replacement|re-?creation|recreate|new\s+resource)\b|\bForceNew\b
        |\b(?:will|would|must|to)\s+be\s+(?:re-?created|destroyed\s+and\s+re-?created)\b
        |\b(?:will|would|must|is|are|gets?)\s+(?:be\s+)?replaced\b(?!\s+(?:by|with)\b)
        |\bdestroy(?:s|ed|ing)?\s+and\s+re-?creat(?:e|es|ed|ing)\b|\b(?:have|has|need|needs)\s+to\s+re-?create\b|\bre-?creat(?:e|es|ed|ing)\s+the\s+`", RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Replacement();

    [GeneratedRegex(@"(?:\bno\s+longer|\bnot|n['’]t|\bwithout|\bavoid(?:s|ing)?|\bprevent(?:s|ing)?|\binstead\s+of|\bnever)\s+(?:\w+\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Denied();
}
