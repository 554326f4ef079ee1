using System.Globalization;
using System.Security.Cryptography;

namespace DeployBot.Core.Conversations;

/// <summary>
/// Short, URL-safe ids of [a-z0-9]. Plan and job ids start with the time they were made (milliseconds, base 36, eight
/// characters until the year 2059) and end with random characters: stored as primary and unique keys, ids that grow
/// with time are added at the end of their index, so a group commit of a hundred requests writes a few index pages
/// rather than a random page per request for each key.
/// </summary>
internal static class Ids
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>14 characters: the time and 6 random characters (31 bits; unique within a millisecond by a wide margin).</summary>
    public static string NewPlanId(DateTimeOffset now) => TimePrefix(now) + RandomNumberGenerator.GetString(Alphabet, 6);

    public static string NewFormId() => "f" + RandomNumberGenerator.GetString(Alphabet, 15);

    /// <summary>24 characters: the time and 16 random characters (about 82 bits).</summary>
    public static string NewJobId(DateTimeOffset now) => TimePrefix(now) + RandomNumberGenerator.GetString(Alphabet, 16);

    private static string TimePrefix(DateTimeOffset now)
    {
        var value = Math.Max(0, now.ToUnixTimeMilliseconds());
        Span<char> digits = stackalloc char[8];
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            digits[i] = Digits[(int)(value % 36)];
            value /= 36;
        }

        return new string(digits);
    }
}
