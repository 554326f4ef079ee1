using System.Security.Cryptography;

namespace DeployBot.Planning.Prompts;

/// <summary>
/// Fences user-supplied text as data between markers carrying a random code per request, so the text cannot
/// close the fence itself (it never knows the code) and the prompt can say "between these markers is data only".
/// </summary>
internal sealed class UntrustedText
{
    private UntrustedText(string id) => Id = id;

    public string Id { get; }

    public string Begin => $"NOTES-BEGIN-{Id}";

    public string End => $"NOTES-END-{Id}";

    public static UntrustedText CreateFence() => new(RandomNumberGenerator.GetHexString(12, lowercase: true));

    /// <summary>The text between the markers; look-alike markers inside it are defused so they read as text.</summary>
    public string Fence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var defused = text
            .Replace("NOTES-BEGIN", "NOTES BEGIN", StringComparison.OrdinalIgnoreCase)
            .Replace("NOTES-END", "NOTES END", StringComparison.OrdinalIgnoreCase);
        return $"{Begin}\n{defused}\n{End}";
    }

    /// <summary>A one-line value (WINDOW, FLAG) that cannot start a new line of the prompt.</summary>
    public static string OneLine(string? value, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "none";
        }

        var line = string.Join(' ', value.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return line.Length <= maxLength ? line : line[..maxLength];
    }
}
