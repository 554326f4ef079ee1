using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DeployBot.Host.Tests.Security;

/// <summary>
/// Counts the request-body bytes the host's endpoints actually read, by wrapping <c>Request.Body</c> first thing in the
/// pipeline. "Not buffered" is then a number: at most the cap (plus one read), never the whole upload.
/// </summary>
internal sealed class BodyReadCounter : IStartupFilter
{
    private long _read;

    public long BytesRead => Interlocked.Read(ref _read);

    /// <summary>A client for <paramref name="factory"/> whose server counts into a new counter.</summary>
    public static (HttpClient Client, BodyReadCounter Counter, IDisposable Factory) Attach<TEntry>(WebApplicationFactory<TEntry> factory, params DelegatingHandler[] handlers)
        where TEntry : class
    {
        var counter = new BodyReadCounter();
        var counted = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(counter)));
        return (counted.CreateDefaultClient(handlers), counter, counted);
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Request.Body = new CountingStream(context.Request.Body, this);
            return nextMiddleware(context);
        });
        next(app);
    };

    private void Add(int count) => Interlocked.Add(ref _read, count);

    private sealed class CountingStream(Stream inner, BodyReadCounter counter) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await inner.ReadAsync(buffer, cancellationToken);
            counter.Add(read);
            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            counter.Add(read);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
