using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// The notes are an Ansible collection's or a set of Ansible roles' changelog: nothing of theirs runs as an image. Adopting
/// the release means pinning the new version (a collection in <c>requirements.yml</c>, roles at a checkout), renaming the
/// inventory variables the notes rename, and running the playbook with <c>--check --diff</c> on one host group before the
/// rest; its way back is the previous pin and a re-run.
/// </summary>
/// <remarks>
/// Known from what only Ansible content says of itself, several signals together: "ansible-core", <c>ansible-galaxy</c>,
/// "inventory variables", a connection, inventory or lookup plugin, module utils and doc fragments, a role's
/// <c>defaults/main.yml</c>, "the collection", roles, playbooks. A service that ships an Ansible role beside itself says
/// one of these, and its image, server or migration count against.
/// </remarks>
internal sealed partial record PackagedRelease
{
    private const int AnsibleThreshold = 3;

    /// <summary>An Ansible collection or roles release, or null.</summary>
    private static PackagedRelease? ReadAnsible(string notes, string? version)
    {
        var score = (AnsibleCore().IsMatch(notes) ? 2 : 0)
            + (AnsibleInventory().IsMatch(notes) ? 2 : 0)
            + (AnsiblePlugins().IsMatch(notes) ? 2 : 0)
            + (AnsibleFiles().IsMatch(notes) ? 2 : 0)
            + Math.Min(2, AnsibleContentWords().Matches(notes).Select(match => match.Value.ToLowerInvariant().TrimEnd('s')).Distinct().Count())
            - ServiceWords().Matches(notes).Select(Family).Where(family => family is not ("port" or "config")).Distinct().Count() * 2;
        return score < AnsibleThreshold && !AnsibleRepository(notes) ? null : new(CollectionWords().IsMatch(notes) ? Package.AnsibleCollection : Package.AnsibleRoles, null, version);
    }

    /// <summary>
    /// The notes link their own pull requests or issues in a repository named by Ansible's conventions: the
    /// <c>ansible-collections</c> organisation, <c>ansible-role-x</c>, <c>x.ansible_collection</c>.
    /// </summary>
    private static bool AnsibleRepository(string notes) =>
        RepositoryLink().Matches(notes.Replace("\\", string.Empty, StringComparison.Ordinal)).Any(match =>
            match.Groups["kind"].Value is "pull" or "issues" or "compare" or "commit"
            && (match.Groups["owner"].Value.Equals("ansible-collections", StringComparison.OrdinalIgnoreCase) || AnsibleRepositoryName().IsMatch(match.Groups["name"].Value)));

    [GeneratedRegex(@"^ansible[-_](?:role|collection)[-_]|[-_.]ansible[-_]collection$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex AnsibleRepositoryName();

    [GeneratedRegex(@"\bansible-(?:core|base)\b|\bansible-galaxy\b|\bansible-playbook\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex AnsibleCore();

    [GeneratedRegex(@"\binventory\s+variables?\b|\bAnsible\s+inventory\b|\b(?:group|host)_vars\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex AnsibleInventory();

    [GeneratedRegex(@"\b(?:connection|inventory|lookup|callback|filter|become|action|cache|strategy)\s+plugins?\b|\b(?:module|plugin)\s+utils\b|\bdoc\s+fragments?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex AnsiblePlugins();

    [GeneratedRegex(@"\b(?:defaults|tasks|handlers|meta)/main\.ya?ml\b|\brequirements\.ya?ml\b|\bgalaxy\.ya?ml\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex AnsibleFiles();

    /// <summary>"Ansible", "the collection", "role", "playbook", a fully qualified module ("``ansible.posix.authorized_key`` module").</summary>
    [GeneratedRegex(@"\bAnsible\b|\bthe\s+collection\b|\broles?\b|\bplaybooks?\b|\b\w+\.\w+\.\w+`{1,2}\s+module\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex AnsibleContentWords();

    /// <summary>The release is a collection (installed with <c>ansible-galaxy collection install</c>) rather than roles checked out.</summary>
    [GeneratedRegex(@"\bcollections?\b|\bansible-galaxy\s+collection\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex CollectionWords();
}
