using System.Security.Cryptography;

namespace DeployBot.Core.Conversations;

/// <summary>Short, URL-safe random ids for plans and forms (12 characters of [a-z0-9], about 62 bits).</summary>
internal static class Ids
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public static string NewPlanId() => RandomNumberGenerator.GetString(Alphabet, 12);

    public static string NewFormId() => "f" + RandomNumberGenerator.GetString(Alphabet, 15);

    public static string NewJobId() => Guid.NewGuid().ToString("N");
}
