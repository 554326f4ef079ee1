using System.Net;

namespace DeployBot.Host.Tests.Security;

/// <summary>
/// A chunked request body (no Content-Length) of <paramref name="totalBytes"/> generated on demand, counting how much the
/// server actually pulled: a server that buffers the whole body pulls all of it, one that stops at its cap does not.
/// </summary>
internal sealed class CountingContent(long totalBytes, byte fill = (byte)'a') : HttpContent
{
    private const int ChunkBytes = 16 * 1024;
    private long _written;

    public long Written => Interlocked.Read(ref _written);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var chunk = new byte[ChunkBytes];
        Array.Fill(chunk, fill);
        try
        {
            while (Written < totalBytes)
            {
                var size = (int)Math.Min(ChunkBytes, totalBytes - Written);
                await stream.WriteAsync(chunk.AsMemory(0, size));
                Interlocked.Add(ref _written, size);
            }
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or InvalidOperationException)
        {
            // The server answered and stopped reading: that is the point.
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
