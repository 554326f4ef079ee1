using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace DeployBot.Testing.Slack.SocketMode;

/// <summary>The server side of one Socket Mode WebSocket: serialized sends, a read loop that hands acks over, abort.</summary>
internal sealed class FakeSocketConnection(int id, WebSocket socket, HttpContext http)
{
    private readonly SemaphoreSlim _send = new(1, 1);

    public int Id { get; } = id;

    public DateTimeOffset OpenedAt { get; } = TimeProvider.System.GetUtcNow();

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosedBy { get; private set; }

    public bool IsOpen => ClosedAt is null && socket.State == WebSocketState.Open;

    public async Task<bool> SendAsync(JsonObject frame)
    {
        await _send.WaitAsync();
        try
        {
            if (!IsOpen)
            {
                return false;
            }

            await socket.SendAsync(Encoding.UTF8.GetBytes(frame.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
            return true;
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            return false;
        }
        finally
        {
            _send.Release();
        }
    }

    /// <summary>Reads frames until the bot closes or the connection fails; each text frame goes to <paramref name="onFrame"/>.</summary>
    public async Task RunAsync(Action<string> onFrame, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, cancellationToken);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    MarkClosed("bot");
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                    return;
                }

                onFrame(Encoding.UTF8.GetString(message.ToArray()));
            }
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            MarkClosed(ClosedBy ?? "network");
        }
    }

    /// <summary>Cuts the TCP connection without a close handshake, like a network failure.</summary>
    public void Drop()
    {
        MarkClosed("network");
        http.Abort();
    }

    public SocketConnectionInfo Describe() => new(Id, OpenedAt, ClosedAt, ClosedBy);

    private void MarkClosed(string by)
    {
        if (ClosedAt is null)
        {
            ClosedBy = by;
            ClosedAt = TimeProvider.System.GetUtcNow();
        }
    }
}
