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
    public static string NewPlanId(DateTimeOffset now) => string.Create(8 + 6, now, static (id, now) => Fill(id, now));

    public static string NewFormId() => string.Create(16, 0, static (id, _) =>
    {
        id[0] = 'f';
        RandomCharacters.Fill(id[1..]);
    });

    /// <summary>24 characters: the time and 16 random characters (about 82 bits).</summary>
    public static string NewJobId(DateTimeOffset now) => string.Create(8 + 16, now, static (id, now) => Fill(id, now));

    private static void Fill(Span<char> id, DateTimeOffset now)
    {
        var value = Math.Max(0, now.ToUnixTimeMilliseconds());
        for (var i = 7; i >= 0; i--)
        {
            id[i] = Digits[(int)(value % 36)];
            value /= 36;
        }

        RandomCharacters.Fill(id[8..]);
    }

    /// <summary>
    /// Uniformly random characters of <see cref="Alphabet"/> from the system's cryptographic generator, drawn from a
    /// per-thread buffer refilled a kilobyte at a time: each call into the generator costs a few microseconds on a VM
    /// whatever its size (two per slash command, for the plan's and the job's id, were 6% of an acknowledgement's CPU).
    /// </summary>
    private static class RandomCharacters
    {
        /// <summary>The largest multiple of 36 that fits a byte: bytes from here up are skipped, so no character is likelier.</summary>
        private const int Unbiased = 252;

        [ThreadStatic]
        private static byte[]? _bytes;

        [ThreadStatic]
        private static int _next;

        public static void Fill(Span<char> characters)
        {
            for (var i = 0; i < characters.Length;)
            {
                var random = NextByte();
                if (random < Unbiased)
                {
                    characters[i++] = Alphabet[random % Alphabet.Length];
                }
            }
        }

        private static byte NextByte()
        {
            var bytes = _bytes ??= new byte[1024];
            if (_next == 0 || _next == bytes.Length)
            {
                RandomNumberGenerator.Fill(bytes);
                _next = 0;
            }

            return bytes[_next++];
        }
    }
}
