using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace DeployBot.Http;

/// <summary>
/// Reads a request body with a hard cap: a declared length over the cap is refused unread, the server's own limit is
/// lowered to the cap (so Kestrel stops receiving and closes the connection), and a chunked body is read in small
/// pieces and given up on the moment it passes the cap. Nothing larger than the cap is ever held in memory.
/// </summary>
public static class BoundedBody
{
    private const int ChunkBytes = 16 * 1024;

    /// <summary>The body, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpContext http, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Request.ContentLength > maxBytes)
        {
            return null;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        try
        {
            return http.Request.ContentLength is { } length
                ? await ReadExactlyAsync(http.Request.Body, (int)length, cancellationToken)
                : await ReadUpToAsync(http.Request.Body, maxBytes, cancellationToken);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
    }

    /// <summary>
    /// A body of declared length (already checked against the cap; the server enforces the length): read straight into
    /// one array of that size. Every Slack and Bot Framework request declares its length, and this is the per-request
    /// path, so it allocates the body and nothing else.
    /// </summary>
    private static async Task<byte[]> ReadExactlyAsync(Stream body, int length, CancellationToken cancellationToken)
    {
        var bytes = length == 0 ? [] : new byte[length];
        var filled = 0;
        int read;
        while (filled < length && (read = await body.ReadAsync(bytes.AsMemory(filled), cancellationToken)) > 0)
        {
            filled += read;
        }

        return filled == length ? bytes : bytes[..filled];
    }

    /// <summary>A chunked body: read in pieces (a pooled buffer), given up on once it passes the cap.</summary>
    private static async Task<byte[]?> ReadUpToAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk.AsMemory(0, Math.Min(ChunkBytes, maxBytes + 1 - (int)buffer.Length)), cancellationToken)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes)
                {
                    return null;
                }
            }

            return buffer.ToArray();
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
