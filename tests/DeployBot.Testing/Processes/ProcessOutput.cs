namespace DeployBot.Testing.Processes;

/// <summary>
/// Everything a child process wrote on stdout and stderr, line by line and across restarts (each line tagged with the
/// run it came from), kept for diagnostics. Bounded: only the newest <see cref="Capacity"/> lines are kept.
/// </summary>
public sealed class ProcessOutput
{
    public const int Capacity = 20_000;

    private readonly Lock _gate = new();
    private readonly LinkedList<string> _lines = new();

    /// <summary>Raised for every line as it arrives (on the reader's thread).</summary>
    internal event Action<string>? LineWritten;

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>The last <paramref name="count"/> lines, joined: what to show when a test fails.</summary>
    public string Tail(int count = 120)
    {
        lock (_gate)
        {
            return string.Join(Environment.NewLine, _lines.Skip(Math.Max(0, _lines.Count - count)));
        }
    }

    public bool Contains(string text) => Lines.Any(line => line.Contains(text, StringComparison.Ordinal));

    internal void Add(int run, string stream, string? line)
    {
        if (line is null)
        {
            return;
        }

        var tagged = $"[run {run} {stream}] {line}";
        lock (_gate)
        {
            _lines.AddLast(tagged);
            if (_lines.Count > Capacity)
            {
                _lines.RemoveFirst();
            }
        }

        LineWritten?.Invoke(line);
    }
}
