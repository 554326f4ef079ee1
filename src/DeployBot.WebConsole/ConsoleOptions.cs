using System.ComponentModel.DataAnnotations;

namespace DeployBot.WebConsole;

/// <summary>The <c>Console</c> section: the local console at <c>GET /</c>.</summary>
public sealed class ConsoleOptions
{
    public const string SectionName = "Console";

    /// <summary>On or off; when unset, on only while no chat platform (Slack, Teams) is configured.</summary>
    public bool? Enabled { get; set; }

    /// <summary>Serve clients that are not on this machine. Off by default: the console has no login.</summary>
    public bool AllowRemote { get; set; }

    /// <summary>With <see cref="AllowRemote"/>: the host names the console answers to (IP addresses always work). Stops DNS rebinding.</summary>
    public string[] AllowedHosts { get; set; } = [];

    /// <summary>The user id the console's requests carry (what <c>AllowedUsers</c> lists for the console).</summary>
    [Required]
    [RegularExpression(ConsoleConstants.NamePattern, ErrorMessage = "Console:UserId must be 1-64 letters, digits, '.', '_' or '-'.")]
    public string UserId { get; set; } = ConsoleConstants.DefaultUserId;

    /// <summary>The name shown on messages typed in the console; the operating-system user when unset.</summary>
    [StringLength(80)]
    public string? UserName { get; set; }

    /// <summary>The channel the composer posts into when the page has not picked one.</summary>
    [Required]
    [RegularExpression(ConsoleConstants.NamePattern, ErrorMessage = "Console:DefaultChannel must be 1-64 letters, digits, '.', '_' or '-'.")]
    public string DefaultChannel { get; set; } = ConsoleConstants.DefaultChannel;

    /// <summary>The display name used when <see cref="UserName"/> is not configured.</summary>
    public string EffectiveUserName =>
        string.IsNullOrWhiteSpace(UserName) ? FallbackUserName() : UserName.Trim();

    private static string FallbackUserName()
    {
        var name = System.Environment.UserName;
        return string.IsNullOrWhiteSpace(name) ? "Local user" : name;
    }
}

/// <summary>Defaults of the console.</summary>
internal static class ConsoleConstants
{
    public const string NamePattern = "^[A-Za-z0-9._-]{1,64}$";
    public const string DefaultUserId = "console-user";
    public const string DefaultChannel = "releases";

    /// <summary>Largest JSON body a console endpoint reads: notes are capped at 4,000 characters, so this is generous.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>Messages kept in memory; the oldest go first. The console is a local tool, not an archive.</summary>
    public const int MaxMessages = 2000;
}
