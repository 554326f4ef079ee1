using System.Net;

namespace DeployBot.Planning.Resilience;

/// <summary>
/// Caps what is read from the model server. The OpenAI SDK reads answers as streams (so <c>HttpClient</c>'s own buffer
/// limit never applies): a declared length over the cap is refused at once, and any other body is read through a stream
/// that fails as soon as it passes the cap. A plan is tens of KB; a server that sends more is broken or hostile.
/// </summary>
internal sealed class ResponseSizeLimitHandler(long maxBytes) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            response.Dispose();
            throw new HttpRequestException($"The model server's answer is larger than {maxBytes} bytes; it was not read.", null, HttpStatusCode.InsufficientStorage);
        }

        var limited = new StreamContent(new LimitedStream(await response.Content.ReadAsStreamAsync(cancellationToken), maxBytes));
        foreach (var header in response.Content.Headers)
        {
            limited.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = limited;
        return response;
    }

    private sealed class LimitedStream(Stream inner, long maxBytes) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Count(int read)
        {
            _read += read;
            return _read > maxBytes
                ? throw new HttpRequestException($"The model server's answer passed {maxBytes} bytes; reading stopped.")
                : read;
        }
    }
}
