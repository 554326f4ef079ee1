using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Playbooks.Changes;

/// <summary>Which SETTING_NAMES of the notes are settings of the deployment.</summary>
internal sealed partial record NotesFacts
{
    /// <summary>
    /// SETTING_NAMES the text gives, except permissions and database objects written the same way ("`METADATA_WRITE`
    /// permission to the dashboard", "the table `USER_CONSENT_CLIENT_SCOPE`"): a grant to a user or client, or a table,
    /// not a setting to apply to the deployment. The analysis uses the same rule for the config risk area.
    /// </summary>
    public static IEnumerable<string> Settings(string text) => ReleaseAnalyzer.ConfigSettingNames(text);
}
