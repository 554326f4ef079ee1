namespace DeployBot.Planning.Model;

/// <summary>
/// The model never sees the API key, but a key echoed by a compromised or confused server must not reach a channel:
/// every model answer (plans, revisions, thread answers) passes through here before anything reads it.
/// </summary>
internal static class ApiKeyRedaction
{
    public const string Replacement = "[redacted]";

    /// <summary>Keys shorter than this are too likely to occur by chance to be replaced.</summary>
    private const int MinimumKeyLength = 8;

    public static string Redact(string text, string? apiKey) =>
        string.IsNullOrEmpty(apiKey) || apiKey.Length < MinimumKeyLength || string.IsNullOrEmpty(text)
            ? text
            : text.Replace(apiKey, Replacement, StringComparison.Ordinal);
}
