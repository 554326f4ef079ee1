using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace DeployBot.Slack.Security;

/// <summary>
/// Slack's request signing (slack-protocol.md §1): <c>v0=</c> + hex HMAC-SHA256 of <c>v0:{timestamp}:{raw body}</c> keyed
/// with the signing secret, compared in constant time, and the timestamp within five minutes either side of now.
/// Anything missing or malformed fails: there is no open mode.
/// </summary>
internal sealed class SlackSignatureVerifier(IOptions<SlackOptions> options, TimeProvider time)
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(5);

    public bool Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        var secret = options.Value.SigningSecret;
        if (string.IsNullOrEmpty(secret) || string.IsNullOrEmpty(signature) || !IsFresh(timestamp))
        {
            return false;
        }

        // The sent signature as bytes (lower-case hex only, as Slack sends it), against the MAC computed in a pooled buffer:
        // this runs for every request, so it allocates nothing.
        Span<byte> sent = stackalloc byte[MacBytes];
        if (signature.Length != 3 + (2 * MacBytes) || !signature.StartsWith("v0=", StringComparison.Ordinal)
            || signature.AsSpan(3).ContainsAnyExcept(LowerHex)
            || Convert.FromHexString(signature.AsSpan(3), sent, out _, out var written) != System.Buffers.OperationStatus.Done || written != MacBytes)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[MacBytes];
        Mac(KeyOf(secret), timestamp!, body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, sent);
    }

    /// <summary>
    /// What can be checked before the body is read: a secret to check with, a fresh timestamp and a signature of the
    /// right shape (<c>v0=</c> and 64 hex digits). False means the request is refused unread.
    /// </summary>
    public bool HeadersCanVerify(string? timestamp, string? signature) =>
        !string.IsNullOrEmpty(options.Value.SigningSecret)
        && IsFresh(timestamp)
        && signature is { Length: 67 } && signature.StartsWith("v0=", StringComparison.Ordinal)
        && !signature.AsSpan(3).ContainsAnyExcept(LowerHex);

    /// <summary>The signature Slack would send for this body (also used by tests that sign for real).</summary>
    public static string Compute(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);
        return "v0=" + Convert.ToHexStringLower(mac);
    }

    private const int MacBytes = 32;

    private static readonly System.Buffers.SearchValues<char> LowerHex = System.Buffers.SearchValues.Create("0123456789abcdef");

    /// <summary>The signing secret's bytes, kept for the secret they were made from.</summary>
    private (string Secret, byte[] Key)? _key;

    private byte[] KeyOf(string secret)
    {
        if (_key is not { } key || !ReferenceEquals(key.Secret, secret))
        {
            key = (secret, Encoding.UTF8.GetBytes(secret));
            _key = key;
        }

        return key.Key;
    }

    /// <summary>
    /// Each thread's HMAC, keyed once: the one-shot <see cref="HMACSHA256.HashData(byte[], byte[])"/> sets up a new
    /// OpenSSL MAC context for every request (about 3% of an acknowledgement's CPU); a kept one is only reset to its key.
    /// </summary>
    [ThreadStatic]
    private static (byte[] Key, IncrementalHash Hmac)? _threadHmac;

    /// <summary>HMAC-SHA256 of <c>v0:{timestamp}:{body}</c> into <paramref name="mac"/>, with this thread's HMAC for <paramref name="key"/>.</summary>
    private static void Mac(byte[] key, string timestamp, ReadOnlySpan<byte> body, Span<byte> mac)
    {
        if (_threadHmac is not { } kept || !ReferenceEquals(kept.Key, key))
        {
            _threadHmac?.Hmac.Dispose();
            kept = (key, IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key));
            _threadHmac = kept;
        }

        // Digits only (IsFresh checked it), so one byte a character; leading zeros could make it long.
        Span<byte> stamp = timestamp.Length <= 32 ? stackalloc byte[32] : new byte[timestamp.Length];
        var written = Encoding.UTF8.GetBytes(timestamp, stamp);
        kept.Hmac.AppendData("v0:"u8);
        kept.Hmac.AppendData(stamp[..written]);
        kept.Hmac.AppendData(":"u8);
        kept.Hmac.AppendData(body);
        kept.Hmac.GetHashAndReset(mac);
    }

    private bool IsFresh(string? timestamp)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        return Math.Abs(now - seconds) <= (long)MaxSkew.TotalSeconds;
    }
}
