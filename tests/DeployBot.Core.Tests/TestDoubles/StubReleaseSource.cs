using System.Collections.Concurrent;
using DeployBot.Core.Releases;

namespace DeployBot.Core.Tests.TestDoubles;

/// <summary>
/// Resolves NOTES that contain <see cref="Link"/> to <see cref="Release"/>, or throws <see cref="Unreadable"/> when set;
/// other notes hold no link. Remembers every call.
/// </summary>
internal sealed class StubReleaseSource : IReleaseSource
{
    public const string Link = "https://github.com/acme/shop/pull/42";

    private readonly ConcurrentQueue<string> _calls = new();

    public IReadOnlyList<string> Calls => _calls.ToArray();

    public ResolvedRelease Release { get; set; } = new(
        Link,
        "Add invoice due dates (#42)",
        "Add invoice due dates (#42)\n\n- ALTER TABLE invoices ADD COLUMN due_date date",
        [new ChangedFile("db/migrations/V42__add_invoice_due_date.sql", "added")],
        "6dcb09b5b57875f334f61aebed695e2e4193db5e",
        new CiSummary(3, 2, [new CiCheck("integration-tests", "failing")]))
    {
        NewSecrets = ["STRIPE_WEBHOOK_SECRET"],
    };

    public ReleaseUnreadableException? Unreadable { get; set; }

    public Task<ResolvedRelease?> ResolveAsync(string notes, CancellationToken cancellationToken)
    {
        _calls.Enqueue(notes);
        if (!notes.Contains(Link, StringComparison.Ordinal))
        {
            return Task.FromResult<ResolvedRelease?>(null);
        }

        return Unreadable is { } unreadable ? Task.FromException<ResolvedRelease?>(unreadable) : Task.FromResult<ResolvedRelease?>(Release);
    }
}
