using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace DeployBot.Testing.Slack.SocketMode;

/// <summary>The fake's memory: connections, single-use tickets, envelopes sent and still unacknowledged, acknowledgements.</summary>
internal sealed class SocketModeLedger
{
    private readonly Lock _gate = new();
    private readonly List<FakeSocketConnection> _connections = [];
    private readonly List<SentEnvelope> _sent = [];
    private readonly List<ReceivedAck> _acks = [];
    private readonly Dictionary<string, (SentEnvelope Envelope, DateTimeOffset SentAt)> _pending = new(StringComparer.Ordinal);
    private readonly List<SentEnvelope> _waiting = [];
    private readonly HashSet<string> _tickets = new(StringComparer.Ordinal);
    private readonly HashSet<string> _loseNext = new(StringComparer.Ordinal);
    private int _urlsIssued;

    public int UrlsIssued => Volatile.Read(ref _urlsIssued);

    public IReadOnlyList<SentEnvelope> SentSnapshot()
    {
        lock (_gate)
        {
            return _sent.ToArray();
        }
    }

    public IReadOnlyList<ReceivedAck> AckSnapshot()
    {
        lock (_gate)
        {
            return _acks.ToArray();
        }
    }

    public IReadOnlyList<SocketConnectionInfo> ConnectionSnapshot()
    {
        lock (_gate)
        {
            return _connections.Select(connection => connection.Describe()).ToArray();
        }
    }

    public IReadOnlyList<FakeSocketConnection> OpenConnections()
    {
        lock (_gate)
        {
            return _connections.Where(connection => connection.IsOpen).ToArray();
        }
    }

    public FakeSocketConnection? Newest() => OpenConnections().LastOrDefault();

    public string IssueTicket()
    {
        var ticket = Guid.NewGuid().ToString("N");
        lock (_gate)
        {
            _tickets.Add(ticket);
            _urlsIssued++;
        }

        return ticket;
    }

    public bool UseTicket(string ticket)
    {
        lock (_gate)
        {
            return _tickets.Remove(ticket);
        }
    }

    public FakeSocketConnection Open(WebSocket socket, HttpContext http)
    {
        lock (_gate)
        {
            var connection = new FakeSocketConnection(_connections.Count + 1, socket, http);
            _connections.Add(connection);
            return connection;
        }
    }

    public void LoseNextAck(string envelopeId)
    {
        lock (_gate)
        {
            _loseNext.Add(envelopeId);
        }
    }

    public async Task DeliverAsync(SentEnvelope envelope)
    {
        if (Newest() is not { } connection)
        {
            lock (_gate)
            {
                _waiting.Add(envelope);
            }

            return;
        }

        var sent = envelope with { Connection = connection.Id };
        lock (_gate)
        {
            _sent.Add(sent);
            _pending[sent.EnvelopeId] = (sent, TimeProvider.System.GetUtcNow());
        }

        // A failed send leaves the envelope pending on a dead connection: it is re-sent on the next one.
        await connection.SendAsync(SocketModeFrames.Envelope(sent));
    }

    public async Task FlushWaitingAsync()
    {
        SentEnvelope[] waiting;
        lock (_gate)
        {
            waiting = _waiting.ToArray();
            _waiting.Clear();
        }

        foreach (var envelope in waiting)
        {
            await DeliverAsync(envelope);
        }
    }

    public Task SendDisconnectAsync(string reason) =>
        Newest() is { } connection ? connection.SendAsync(SocketModeFrames.Disconnect(reason, connection.Id)) : Task.CompletedTask;

    public void Acknowledge(string frame, int connection)
    {
        JsonObject? ack;
        try
        {
            ack = JsonNode.Parse(frame) as JsonObject;
        }
        catch (JsonException)
        {
            ack = null;
        }

        if (ack?["envelope_id"] is not JsonValue idValue || !idValue.TryGetValue<string>(out var envelopeId))
        {
            return;
        }

        lock (_gate)
        {
            var lost = _loseNext.Remove(envelopeId);
            _acks.Add(new ReceivedAck(envelopeId, ack["payload"]?.DeepClone() as JsonObject, connection, lost));
            if (!lost)
            {
                _pending.Remove(envelopeId);
            }
        }
    }

    /// <summary>Re-sends, on the newest connection, every envelope overdue or stranded on a closed connection.</summary>
    public async Task RedeliverOverdueAsync(TimeSpan ackTimeout, int maxRetries)
    {
        if (Newest() is not { } target)
        {
            return;
        }

        List<SentEnvelope> due;
        var now = TimeProvider.System.GetUtcNow();
        lock (_gate)
        {
            var closed = _connections.Where(connection => !connection.IsOpen).Select(connection => connection.Id).ToHashSet();
            due = _pending.Values
                .Where(pending => now - pending.SentAt > ackTimeout || closed.Contains(pending.Envelope.Connection))
                .Select(pending => pending.Envelope)
                .ToList();
            foreach (var envelope in due.Where(envelope => envelope.RetryAttempt >= maxRetries))
            {
                _pending.Remove(envelope.EnvelopeId);
            }
        }

        foreach (var envelope in due.Where(envelope => envelope.RetryAttempt < maxRetries))
        {
            await DeliverAsync(envelope with { RetryAttempt = envelope.RetryAttempt + 1, Connection = target.Id });
        }
    }
}
