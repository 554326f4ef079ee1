using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Logging;

namespace DeployBot.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket: connected, greeted (<c>hello</c>), then read until it ends. Each envelope is handled on its
/// own task so a slow one never holds up the next; acknowledgements are sent one at a time. <see cref="Ended"/> says why
/// the connection is going away (Slack asked, it closed, or the network failed); reading goes on until it is closed.
/// </summary>
internal sealed class SocketModeConnection : IAsyncDisposable
{
    private const int MaxFrameBytes = 4 * 1024 * 1024;

    private readonly ClientWebSocket _socket;
    private readonly Func<EnvelopeFrame, SocketModeConnection, Task> _onEnvelope;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private readonly ConcurrentDictionary<long, Task> _inFlight = new();
    private readonly TaskCompletionSource<SocketEnd> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private Task _reading = Task.CompletedTask;
    private int _disposed;
    private long _envelopes;

    private SocketModeConnection(ClientWebSocket socket, Func<EnvelopeFrame, SocketModeConnection, Task> onEnvelope, ILogger logger)
    {
        _socket = socket;
        _onEnvelope = onEnvelope;
        _logger = logger;
    }

    /// <summary>Why this connection is ending; completes at most once.</summary>
    public Task<SocketEnd> Ended => _ended.Task;

    /// <summary>True while the socket can still carry acknowledgements.</summary>
    public bool IsOpen => Volatile.Read(ref _disposed) == 0 && _socket.State == WebSocketState.Open;

    /// <summary>Connects to <paramref name="url"/> and waits for Slack's <c>hello</c>; then reads in the background.</summary>
    public static async Task<SocketModeConnection> OpenAsync(
        Uri url, SocketModeTuning tuning, Func<EnvelopeFrame, SocketModeConnection, Task> onEnvelope, ILogger logger, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = tuning.KeepAliveInterval;
        socket.Options.KeepAliveTimeout = tuning.KeepAliveTimeout;
        var connection = new SocketModeConnection(socket, onEnvelope, logger);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(tuning.HelloTimeout);
            await socket.ConnectAsync(url, timeout.Token);
            await connection.WaitForHelloAsync(timeout.Token);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        connection._reading = connection.ReadAsync();
        return connection;
    }

    /// <summary>Sends one frame; false when the connection can no longer carry it (the envelope will come back).</summary>
    public async Task<bool> SendAsync(string json, CancellationToken cancellationToken)
    {
        await _sendGate.WaitAsync(cancellationToken);
        try
        {
            if (_socket.State != WebSocketState.Open)
            {
                return false;
            }

            await _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            return false;
        }
        finally
        {
            _sendGate.Release();
        }
    }

    /// <summary>
    /// Lets envelopes already being handled finish and acknowledge (up to <paramref name="drain"/>), then closes the socket
    /// politely; a socket that does not answer the close is dropped.
    /// </summary>
    public async Task CloseAsync(TimeSpan drain, TimeProvider time)
    {
        await WaitQuietlyAsync(Task.WhenAll(_inFlight.Values), drain, time);
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2), time);
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "reconnecting", timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
            {
                SocketModeLog.CloseFailed(_logger, exception.Message);
            }
        }

        await WaitQuietlyAsync(_reading, TimeSpan.FromSeconds(2), time);
        await DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _ended.TrySetResult(new SocketEnd("closed by DeployBot", OpenNextFirst: false));
        await _stop.CancelAsync();
        _socket.Abort();
        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task WaitForHelloAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var text = await ReceiveTextAsync(cancellationToken) ?? throw new WebSocketException("Slack closed the connection before saying hello.");
            switch (SocketFrame.Parse(text))
            {
                case HelloFrame:
                    return;
                case DisconnectFrame disconnect:
                    throw new WebSocketException($"Slack refused the connection ({disconnect.Reason}).");
                default:
                    SocketModeLog.FrameBeforeHello(_logger);
                    break;
            }
        }
    }

    private async Task ReadAsync()
    {
        try
        {
            while (await ReceiveTextAsync(_stop.Token) is { } text)
            {
                Dispatch(text);
            }

            _ended.TrySetResult(new SocketEnd("Slack closed the connection", OpenNextFirst: false));
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException or InvalidDataException)
        {
            _ended.TrySetResult(new SocketEnd($"the connection failed: {exception.Message}", OpenNextFirst: false));
        }
    }

    private void Dispatch(string text)
    {
        switch (SocketFrame.Parse(text))
        {
            case EnvelopeFrame envelope:
                // Off the read loop: storage or Slack calls in a handler must never delay reading the next frame.
                Track(Task.Run(() => _onEnvelope(envelope, this)));
                break;
            case DisconnectFrame disconnect:
                var openNextFirst = disconnect.Reason is not (DisconnectFrame.TooManyWebsockets or DisconnectFrame.LinkDisabled);
                _ended.TrySetResult(new SocketEnd($"Slack asked to disconnect ({disconnect.Reason})", openNextFirst, disconnect.Reason));
                break;
            case HelloFrame:
                break;
            case UnknownFrame unknown:
                SocketModeLog.EnvelopeIgnored(_logger, unknown.Type);
                break;
            default:
                SocketModeLog.FrameUnreadable(_logger, text.Length);
                break;
        }
    }

    /// <summary>Remembers an envelope being handled until it is done, so closing can wait for its acknowledgement.</summary>
    private void Track(Task handling)
    {
        var id = Interlocked.Increment(ref _envelopes);
        // The continuation never faults (the handler's own failure is observed and was logged by it), so draining can wait on it.
        _inFlight[id] = handling.ContinueWith(
            done => _ = _inFlight.TryRemove(id, out _) && done.Exception is null,
            CancellationToken.None,
            TaskContinuationOptions.None,
            TaskScheduler.Default);
    }

    /// <summary>The next whole text message, or null when Slack closed the connection.</summary>
    private async Task<string?> ReceiveTextAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.GetMemory(8 * 1024), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxFrameBytes)
            {
                throw new InvalidDataException($"A Socket Mode frame exceeded {MaxFrameBytes} bytes.");
            }

            if (result.EndOfMessage)
            {
                return result.MessageType == WebSocketMessageType.Text ? Encoding.UTF8.GetString(buffer.WrittenSpan) : string.Empty;
            }
        }
    }

    private static async Task WaitQuietlyAsync(Task task, TimeSpan limit, TimeProvider time)
    {
        try
        {
            await task.WaitAsync(limit, time);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
            // Past the limit: the envelopes left unacknowledged are re-sent by Slack on the next connection.
        }
    }
}

/// <summary>Why a connection ended; <paramref name="OpenNextFirst"/> when Slack asked politely and the next one should open before this closes.</summary>
internal sealed record SocketEnd(string Reason, bool OpenNextFirst, string? DisconnectReason = null);
