using System.Text.RegularExpressions;
using DeployBot.Core.Plans.Analysis;
using DeployBot.Core.Text;
using DeployBot.Playbooks.Offline;

namespace DeployBot.Playbooks.Kinds;

/// <summary>
/// Passwords moved to another hashing algorithm and rehashed as their users sign in ("bcrypt -> argon2id, rehashed on
/// next successful login"). No data is rewritten in bulk, but the change is one-way for everyone who signs in after the
/// rollout: their stored hash is now the new kind, so a rollback locks them out unless the previous version (or the old
/// setting) still verifies it.
/// </summary>
internal static partial class PasswordRehash
{
    /// <summary>The old and new algorithms, or null when the notes change no password hashing on sign-in.</summary>
    public static (string From, string To)? Read(string notes) =>
        ReleaseAnalyzer.RehashesOnSignIn(notes) && Algorithms().Match(notes) is { Success: true } change
            ? (change.Groups["from"].Value, change.Groups["to"].Value)
            : null;

    public static string? Check(PlanFacts facts) => Read(facts.Notes) is var (_, to)
        ? $"Password hashing: the previous version (or the old hashing setting put back) still verifies {to} hashes ({(Rehearsal.IsRehearsal(facts) ? $"{Rehearsal.ThisRun(facts)}: try it here" : "tried in staging")}: sign in after the rollout, roll back, sign in again), so a rollback does not lock out the users rehashed since."
        : null;

    public static string? Rollback(PlanFacts facts) => Read(facts.Notes) is var (from, to)
        ? $"Password hashes are one-way per user: everyone who signs in after the rollout is rehashed from {from} to {to}, and a rollback works for them only if the previous version still verifies {to} hashes (checked before starting); the {from} hashes of users who have not signed in stay as they are."
        : null;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    private const string Algorithm = @"(?:argon2(?:id|i|d)?|bcrypt|scrypt|pbkdf2[\w-]*|sha-?(?:1|256|512)|md5|yescrypt)";

    [GeneratedRegex($@"(?<from>{Algorithm})\s*(?:->|→|=>|\bto\b)\s*(?<to>{Algorithm})", Options, MatchBudget.Milliseconds)]
    private static partial Regex Algorithms();
}
