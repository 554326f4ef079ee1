using System.Text.RegularExpressions;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Playbooks.Changes;

/// <summary>Which SETTING_NAMES of the notes are settings of the deployment.</summary>
internal sealed partial record NotesFacts
{
    /// <summary>
    /// SETTING_NAMES the text gives, except permissions and database objects written the same way ("`METADATA_WRITE`
    /// permission to the dashboard", "the scope READ_ORDERS", "the table `USER_CONSENT_CLIENT_SCOPE`"): a grant to a user
    /// or client, or a table, not a setting to apply to the deployment.
    /// </summary>
    public static IEnumerable<string> Settings(string text) =>
        ReleaseAnalyzer.SettingNames(text).Where(name => !PermissionNamed(text, name));

    private static bool PermissionNamed(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            if (PermissionAfter().IsMatch(text.AsSpan(at + name.Length, Math.Min(30, text.Length - at - name.Length)))
                || PermissionBefore().IsMatch(text.AsSpan(Math.Max(0, at - 30), Math.Min(30, at))))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^[`'""*]*\s+(?:\w+\s+)?(?:permissions?|privileges?|authorit(?:y|ies)|scopes?|roles?|rights?|tables?|columns?|index(?:es)?|views?|constraints?|sequences?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PermissionAfter();

    [GeneratedRegex(@"\b(?:permissions?|privileges?|authorit(?:y|ies)|scopes?|roles?|rights?|grants?|tables?|columns?|index(?:es)?|views?|constraints?|sequences?)\s+(?:\w+\s+)?[`'""*]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PermissionBefore();
}
