using DeployBot.Testing.Sources;

namespace DeployBot.Sources.Tests.Support;

/// <summary>acme/shop's pull request #42: a migration, a manifest that adds a secret, one failing and one running check.</summary>
internal static class ShopRelease
{
    public const string Repository = "acme/shop";
    public const string HeadSha = "6dcb09b5b57875f334f61aebed695e2e4193db5e";
    public const string PullLink = "https://github.com/acme/shop/pull/42";

    public const string ManifestPatch = """
        @@ -20,6 +20,13 @@ spec:
                 env:
                   - name: LOG_LEVEL
                     value: info
        +          - name: STRIPE_WEBHOOK_SECRET
        +            valueFrom:
        +              secretKeyRef:
        +                name: payments-secrets
        +                key: stripe-webhook-secret
        +          - name: INVOICE_DUE_DAYS
        +            value: "30"
        """;

    public static FakePullRequest Pull { get; } = new(
        Repository,
        42,
        "Add invoice due dates",
        "Invoices get a due date.\n\n- ALTER TABLE invoices ADD COLUMN due_date date\n- Stripe webhooks are verified with a new secret",
        HeadSha,
        [
            new FakeFile("db/migrations/V42__add_invoice_due_date.sql", "added", "@@ -0,0 +1 @@\n+ALTER TABLE invoices ADD COLUMN due_date date;"),
            new FakeFile("src/Invoices/InvoiceService.cs", "modified", "@@ -1 +1 @@\n-old\n+new"),
            new FakeFile("deploy/k8s/deployment.yaml", "modified", ManifestPatch),
            new FakeFile("docs/invoices.md", "renamed", null, "docs/billing.md"),
        ],
        [
            new FakeCommit("1111111111111111111111111111111111111111", "Add due_date column to invoices"),
            new FakeCommit(HeadSha, "Verify Stripe webhooks with a signing secret"),
        ]);

    /// <summary>A fake GitHub holding the pull request, its checks (build passed, integration-tests failed, lint running) and a green status.</summary>
    public static async Task<FakeGitHubApi> StartGitHubAsync()
    {
        var github = await FakeGitHubApi.StartAsync(TestContext.Current.CancellationToken);
        github.Add(Pull);
        github.Add(Repository, HeadSha, new FakeCheckRun("build"), new FakeCheckRun("integration-tests", "completed", "failure"), new FakeCheckRun("lint", "in_progress", null));
        github.Add(Repository, HeadSha, new FakeStatus("ci/jenkins", "success"));
        return github;
    }
}
